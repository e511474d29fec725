#include "loader_lines.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <utility>

#include "ascii8.h"

namespace kd {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Letters per script within one line; a line rarely mixes more than two.
class ScriptTally {
 public:
  void add(int32_t script, uint32_t count = 1) {
    if (count == 0) return;
    for (size_t i = 0; i < used_; ++i) {
      if (slots_[i].first == script) {
        slots_[i].second += count;
        return;
      }
    }
    if (used_ < slots_.size()) slots_[used_++] = {script, count};
  }
  std::pair<int32_t, uint32_t> top() const {
    std::pair<int32_t, uint32_t> best{-1, 0};
    for (size_t i = 0; i < used_; ++i)
      if (slots_[i].second > best.second) best = slots_[i];
    return best;
  }

 private:
  std::array<std::pair<int32_t, uint32_t>, 6> slots_{};
  size_t used_ = 0;
};

// Word-at-a-time tests on eight ASCII bytes: 0x80 in each byte that passes.
// Word starts need the byte order (the byte before is the lower one).
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr bool kLittleEndian = true;
#else
constexpr bool kLittleEndian = false;
#endif
constexpr uint64_t kOnes = kOnes8, kHigh = kHigh8;
// The tests below take words of ASCII bytes only (every high bit clear), so
// adding a constant below 0x80 to a byte never carries into the next one.
// 0x80 in each byte that is not zero.
uint64_t ascii_nonzero(uint64_t w) { return (w + kOnes * 0x7F) & kHigh; }
// 0x80 in each byte in 'a'..'z'.
uint64_t ascii_lower_letters(uint64_t w) {
  return (w + kOnes * (0x80 - 'a')) & ~(w + kOnes * (0x7F - 'z')) & kHigh;
}
uint32_t count_marked(uint64_t m) { return static_cast<uint32_t>(((m >> 7) * kOnes) >> 56); }

void measure(std::string_view text, Line& line) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  uint32_t i = line.trimmed.start;
  const uint32_t end = line.trimmed.end;
  ScriptTally tally;
  bool in_word = false;
  uint32_t token_chars = 0;
  bool token_has_lower = false;
  line.caps_tokens = true;
  auto close_token = [&] {
    if (token_chars > 3 || token_has_lower) line.caps_tokens = false;
    token_chars = 0;
    token_has_lower = false;
  };
  uint32_t latin = 0;  // ASCII letters, added to the tally at the end
  while (i < end) {
    uint64_t w;
    // Once the line has a long or lower-case token, tokens no longer matter,
    // only words, letters and quotes: count those eight ASCII bytes at a time.
    if (kLittleEndian && !line.caps_tokens && i + 8 <= end && ((w = load8(s + i)) & kHigh) == 0) {
      const uint64_t word = ascii_nonzero(w ^ (kOnes * ' ')) & ascii_nonzero(w ^ (kOnes * '\t'));
      if (line.words < kMaxCountedWords) {
        const uint64_t starts = word & ~((word << 8) | (in_word ? 0x80 : 0));
        line.words = std::min(kMaxCountedWords, line.words + count_marked(starts));
      }
      in_word = (word >> 63) != 0;
      if (!line.has_quote) line.has_quote = (~ascii_nonzero(w ^ (kOnes * '"')) & kHigh) != 0;
      latin += count_marked(ascii_lower_letters(w | (kOnes * 0x20)));
      i += 8;
      continue;
    }
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT_UNSAFE(s, i, c);
    }
    if (c == ' ' || c == '\t') {
      if (in_word) close_token();
      in_word = false;
      continue;
    }
    if (!in_word && line.words < kMaxCountedWords) ++line.words;
    in_word = true;
    ++token_chars;
    if (c == '"') line.has_quote = true;
    if (c < 0x80) {
      const bool lower = c >= 'a' && c <= 'z';
      if (lower || (c >= 'A' && c <= 'Z')) ++latin;
      token_has_lower |= lower;
    } else if (u_isalpha(c)) {
      ++line.letters;
      token_has_lower |= u_islower(c) != 0;
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &status);
      if (U_SUCCESS(status) && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
        tally.add(script);
    }
  }
  if (in_word) close_token();
  if (line.words == 0) line.caps_tokens = false;
  line.letters += latin;
  tally.add(USCRIPT_LATIN, latin);
  std::tie(line.script, line.script_letters) = tally.top();

  // Sentence punctuation before any closing quotes or brackets: `said."`.
  uint32_t j = end;
  while (j > line.trimmed.start && std::strchr("\"')]", text[j - 1]) != nullptr) --j;
  if (j > line.trimmed.start) {
    const char last = text[j - 1];
    line.ends_sentence = last == '.' || last == '!' || last == '?' ||
                         (j - line.trimmed.start >= 3 && text.substr(j - 3, 3) == "\u2026");
  }
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0;
  for (;;) {
    size_t nl = text.find('\n', start);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    Line line;
    line.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    size_t a = start, b = end;
    while (a < b && is_space(text[a])) ++a;
    while (b > a && is_space(text[b - 1])) --b;
    line.trimmed = {static_cast<uint32_t>(a), static_cast<uint32_t>(b)};
    if (a < b) measure(text, line);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

int32_t main_script(const std::vector<Line>& lines) {
  std::vector<std::pair<int32_t, uint64_t>> totals;
  for (const Line& line : lines) {
    if (line.script < 0) continue;
    auto it = std::find_if(totals.begin(), totals.end(),
                           [&](const auto& t) { return t.first == line.script; });
    if (it == totals.end()) {
      totals.push_back({line.script, line.script_letters});
    } else {
      it->second += line.script_letters;
    }
  }
  std::pair<int32_t, uint64_t> best{-1, 0};
  for (const auto& t : totals)
    if (t.second > best.second) best = t;
  return best.first;
}

}  // namespace kd
