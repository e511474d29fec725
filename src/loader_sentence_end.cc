#include "loader_sentence_end.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

#include "ascii8.h"

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
  bool stops_are_known = false;  // the ASCII stops are the four no_stops() looks for
};

// Whether none of the eight bytes of `w` stops the skip: all are ASCII and
// none is a terminator or separator, '.', '!', '?' or CR. Once the high bits
// are known clear, x + 0x7F sets a byte's high bit iff x is not zero, and
// never carries into the next byte.
inline bool no_stops(uint64_t w) {
  if ((w & kHigh8) != 0) return false;
  auto nonzero = [w](uint8_t c) { return (w ^ (kOnes8 * c)) + kOnes8 * 0x7F; };
  return (nonzero('.') & nonzero('!') & nonzero('?') & nonzero('\r') & kHigh8) == kHigh8;
}

const AsciiTables& ascii_tables() {
  static const AsciiTables tables = [] {
    AsciiTables t;
    for (UChar32 c = 0; c < 128; ++c) t.kind[static_cast<size_t>(c)] = kind_of(c);
    t.kind['\n'] = Kind::kSpace;
    for (size_t b = 0; b < 256; ++b)
      t.stop[b] = b >= 128 || t.kind[b] == Kind::kTerm || t.kind[b] == Kind::kSeparator;
    t.stops_are_known = true;
    for (size_t b = 0; b < 128; ++b) t.stops_are_known &= t.stop[b] == !no_stops(b);
    return t;
  }();
  return tables;
}

bool is_ascii_letter(uint8_t b) {
  const auto lower = static_cast<uint8_t>(b | 0x20);
  return lower >= 'a' && lower <= 'z';
}

// Windows closer than this many bytes are merged: one more ICU call costs
// more than scanning the bytes between two windows.
constexpr size_t kMergeGap = 24;

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

bool sentence_break_windows(std::string_view text, std::vector<BreakWindow>& windows) {
  const AsciiTables& ascii = ascii_tables();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  windows.clear();
  // A cut at `i` falls between two ASCII letters.
  auto between_letters = [&](size_t i) {
    return i > 0 && i < n && is_ascii_letter(s[i - 1]) && is_ascii_letter(s[i]);
  };
  auto add = [&](size_t start, size_t end) {
    if (!windows.empty() && start - windows.back().end < kMergeGap)
      windows.back().end = end;
    else
      windows.push_back({start, end});
  };
  bool open = false;  // inside a window, whose end is not found yet
  size_t start = 0;
  for (size_t i = 0; i < n;) {
    if (!open) {
      // Between windows only terminators and separators count.
      if (ascii.stops_are_known)
        while (i + 8 <= n && no_stops(load8(s + i))) i += 8;
      while (i < n && !ascii.stop[s[i]]) ++i;
      if (i == n) break;
    } else if (between_letters(i)) {
      add(start, i);
      open = false;
      continue;
    }
    const size_t at = i;
    Kind k;
    if (s[i] < 0x80) {
      k = ascii.kind[s[i++]];
    } else {
      auto j = static_cast<int32_t>(i);
      UChar32 c;
      U8_NEXT(s, j, static_cast<int32_t>(n), c);
      if (c < 0) return false;  // not UTF-8: ICU sees U+FFFD there
      i = static_cast<size_t>(j);
      k = kind_of(c);
    }
    if (k == Kind::kSeparator) return false;
    if (k == Kind::kTerm && !open) {
      // Back to the last cut between letters before the terminator; the
      // previous window's end is one, and so is the start of the text.
      const size_t floor = windows.empty() ? 0 : windows.back().end;
      start = at;
      while (start > floor && !between_letters(start)) --start;
      open = true;
    }
  }
  if (open) add(start, n);
  return true;
}

}  // namespace kd
