#include "loader_sentence_end.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

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

// The kinds of the ASCII code points as the splitter shows them to ICU
// ('\n' is a space), and which bytes end the skip before the first
// terminator: terminators, separators and every byte of a non-ASCII
// character (decoded and asked of ICU).
struct AsciiTables {
  std::array<Kind, 128> kind{};
  std::array<bool, 256> stop{};
};

const AsciiTables& ascii_tables() {
  static const AsciiTables tables = [] {
    AsciiTables t;
    for (UChar32 c = 0; c < 128; ++c) t.kind[static_cast<size_t>(c)] = kind_of(c);
    t.kind['\n'] = Kind::kSpace;
    for (size_t b = 0; b < 256; ++b)
      t.stop[b] = b >= 128 || t.kind[b] == Kind::kTerm || t.kind[b] == Kind::kSeparator;
    return t;
  }();
  return tables;
}

}  // namespace

bool breaks_only_at_end(std::string_view text) {
  const AsciiTables& ascii = ascii_tables();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  // Before the first terminator, then in "Term Close*", then in "Sp*".
  enum class State { kBefore, kClosing, kSpacing } state = State::kBefore;
  for (int32_t i = 0; i < n;) {
    // Before the first terminator only terminators and separators count:
    // most of a paragraph is skipped a byte at a time, undecoded.
    if (state == State::kBefore) {
      while (i < n && !ascii.stop[s[i]]) ++i;
      if (i == n) break;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;  // not UTF-8: ICU sees U+FFFD there
    const Kind k = c < 128 ? ascii.kind[static_cast<size_t>(c)] : kind_of(c);
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
