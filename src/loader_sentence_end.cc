#include "loader_sentence_end.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <array>
#include <cstdint>

namespace kd {

namespace {

// The Sentence_Break classes that decide whether a break can occur.
enum class Kind : uint8_t { kOther, kTerm, kClose, kSpace, kSeparator, kAttached };

Kind kind_of(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM:
    case U_SB_STERM:
      return Kind::kTerm;
    case U_SB_CLOSE:
      return Kind::kClose;
    case U_SB_SP:
      return Kind::kSpace;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return Kind::kSeparator;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return Kind::kAttached;  // SB5: counts as the character before it
    default:
      return Kind::kOther;
  }
}

const std::array<Kind, 128>& ascii_kinds() {
  static const std::array<Kind, 128> table = [] {
    std::array<Kind, 128> t{};
    for (UChar32 c = 0; c < 128; ++c) t[static_cast<size_t>(c)] = kind_of(c);
    return t;
  }();
  return table;
}

}  // namespace

bool breaks_only_at_end(std::u16string_view text) {
  const std::array<Kind, 128>& ascii = ascii_kinds();
  // Before the first terminator, then in "Term Close*", then in "Sp*".
  enum class State { kBefore, kClosing, kSpacing } state = State::kBefore;
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(text.data(), i, n, c);
    const Kind k = c < 128 ? ascii[static_cast<size_t>(c)] : kind_of(c);
    if (k == Kind::kSeparator) return false;
    if (k == Kind::kAttached) continue;
    if (k == Kind::kTerm) {
      state = State::kClosing;
      continue;
    }
    switch (state) {
      case State::kBefore:
        break;
      case State::kClosing:
        if (k == Kind::kSpace)
          state = State::kSpacing;
        else if (k != Kind::kClose)
          return false;
        break;
      case State::kSpacing:
        if (k != Kind::kSpace) return false;
        break;
    }
  }
  return true;
}

}  // namespace kd
