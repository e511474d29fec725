#include "compare_text.h"

#include <algorithm>

#include "ascii8.h"
#include "fold.h"

namespace kd::cmp {

namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of a punctuation or space character starting at `i` that is not
// plain ASCII: U+2000..U+206F (dashes, quotes, ellipsis), U+00A0, U+00AB,
// U+00BB. 0 when the bytes at `i` are something else.
inline size_t unicode_punct_len(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 2 < s.size() && b(i) == 0xE2 && (b(i + 1) == 0x80 || b(i + 1) == 0x81)) return 3;
  if (i + 1 < s.size() && b(i) == 0xC2 &&
      (b(i + 1) == 0xA0 || b(i + 1) == 0xAB || b(i + 1) == 0xBB))
    return 2;
  return 0;
}

// Inlined: tokenize calls it for every byte of every sentence and claim.
[[gnu::always_inline]] inline bool is_word_byte(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_ascii_alnum(c);
  return unicode_punct_len(s, i) == 0;
}

// Suffix test against a literal, compared byte by byte: the suffixes are
// 1-4 letters and a memcmp call per test cost more than the test (tokenize
// runs it a dozen times per word).
template <size_t N>
bool ends_with(std::string_view s, const char (&suffix)[N]) {
  constexpr size_t k = N - 1;
  if (s.size() < k) return false;
  const char* tail = s.data() + s.size() - k;
  for (size_t i = 0; i < k; ++i)
    if (tail[i] != suffix[i]) return false;
  return true;
}

// Space then a capital letter or a quote after position `i`.
bool sentence_follows(std::string_view s, size_t i) {
  if (i >= s.size() || (s[i] != ' ' && s[i] != '\n')) return false;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
  return i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '"' || s[i] == '\'');
}

}  // namespace

size_t apostrophe_len(std::string_view s, size_t i) {
  if (s[i] == '\'') return 1;
  if (unicode_punct_len(s, i) == 3 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x98 ||
       static_cast<unsigned char>(s[i + 2]) == 0x99))
    return 3;
  return 0;
}

namespace {

// Words are filed under (first byte | 0x20) & 31: the same slot for both
// cases of an ASCII letter (digits share slots with letters; the full
// compare rejects the extra candidates).
unsigned first_byte_slot(unsigned char c) { return (c | 0x20u) & 31u; }

// Whether one of `words` (bit n of `starting[slot]` for words[n]) is the
// ASCII word starting at text[i], ignoring case: the byte after it is no
// ASCII letter or digit, and when `exact`, no word byte at all. (Without
// `exact`, a letter outside ASCII after it answers true too, which
// may_contain_word() would answer at that letter anyway.)
bool word_starts_at(std::string_view text, size_t i, const uint64_t (&starting)[32],
                    const std::string_view* words, bool exact) {
  for (uint64_t m = starting[first_byte_slot(static_cast<unsigned char>(text[i]))]; m != 0;
       m &= m - 1) {
    const std::string_view w = words[__builtin_ctzll(m)];
    if (w.size() > text.size() - i) continue;
    size_t k = 0;
    while (k < w.size() && ascii_lower(text[i + k]) == w[k]) ++k;
    if (k == w.size() && (i + k == text.size() ||
                          (exact ? !is_word_byte(text, i + k)
                                 : !is_ascii_alnum(static_cast<unsigned char>(text[i + k])))))
      return true;
  }
  return false;
}

// The scan behind may_contain_word() (`exact` false) and has_word()
// (`exact` true). A token of ASCII letters and digits is a maximal run of
// them: only the bytes that start one are tried, found eight at a time (the
// frames this runs on are mostly ASCII; a chunk with a byte outside it goes
// byte by byte up to that byte). The words are those tokenize() makes: it
// steps over punctuation characters whole (their later bytes would pass for
// letters on their own). A letter outside ASCII answers true when not
// `exact`; when `exact`, its word is fold()ed whole and compared.
bool scan_words(std::string_view text, const std::string_view* words, size_t count, bool exact) {
  if (count > 64)  // one bit per word below
    return scan_words(text, words, 64, exact) || scan_words(text, words + 64, count - 64, exact);
  uint64_t starting[32] = {};
  for (size_t n = 0; n < count; ++n)
    if (!words[n].empty())
      starting[first_byte_slot(static_cast<unsigned char>(words[n][0]))] |= uint64_t{1} << n;
  const size_t n = text.size();
  bool after_alnum = false;  // the byte before i is an ASCII letter or digit
  size_t i = 0;
  while (i < n) {
    uint64_t x = 0;
    const size_t len = std::min<size_t>(8, n - i);
    if (len == 8) {
      x = load8(text.data() + i);
    } else {
      std::memcpy(&x, text.data() + i, len);  // zero bytes past the text: no letters
    }
    if ((x & kHigh8) != 0) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x80) {
        if (const size_t punct = unicode_punct_len(text, i); punct > 0) {
          i += punct;
          after_alnum = false;
          continue;
        }
        if (!exact) return true;  // a letter outside ASCII: fold() decides
        // Its word starts after the last byte that is no ASCII letter or
        // digit (an earlier such letter would have taken the word whole)
        // and ends at the next byte that is no word byte.
        size_t start = i;
        while (start > 0 && is_ascii_alnum(static_cast<unsigned char>(text[start - 1]))) --start;
        size_t end = i + 1;
        while (end < n && is_word_byte(text, end)) ++end;
        const std::string folded = fold(text.substr(start, end - start));
        for (size_t k = 0; k < count; ++k)
          if (folded == words[k]) return true;
        i = end;
        after_alnum = false;
        continue;
      }
      const bool alnum = is_ascii_alnum(c);
      if (alnum && !after_alnum && word_starts_at(text, i, starting, words, exact)) return true;
      after_alnum = alnum;
      ++i;
      continue;
    }
    // With the case bit (0x20) set, letters of either case are 'a'..'z'.
    const uint64_t alnum =
        bytes_in_range(x | kOnes8 * 0x20, 'a', 'z') | bytes_in_range(x, '0', '9');
    // Little-endian: shifting up a byte puts each byte's bit on the next one.
    for (uint64_t starts = alnum & ~(alnum << 8 | (after_alnum ? 0x80u : 0u)); starts != 0;
         starts &= starts - 1)
      if (word_starts_at(text, i + static_cast<size_t>(__builtin_ctzll(starts)) / 8, starting,
                         words, exact))
        return true;
    after_alnum = (alnum >> 63) != 0;
    i += len;
  }
  return false;
}

}  // namespace

bool may_contain_word(std::string_view text, const std::string_view* words, size_t count) {
  return scan_words(text, words, count, /*exact=*/false);
}

bool has_word(std::string_view text, const std::string_view* words, size_t count) {
  return scan_words(text, words, count, /*exact=*/true);
}

namespace {

// light_stem of the `n` chars at `s`, in place; returns the stem's length.
// Every step shortens the word or keeps it, so it works in any buffer
// (tokenize stems in a stack buffer, without string calls).
size_t stem_chars(char* s, size_t n) {
  auto ends = [&](const auto& suffix) { return ends_with(std::string_view(s, n), suffix); };
  if (n <= 3) return n;
  // Each step below needs the word to end in its letter ('s', then 'g' or
  // 'd', then 'e'): most words end in none and are their own stem.
  if (const char last = s[n - 1]; last != 's' && last != 'g' && last != 'd' && last != 'e')
    return n;
  if (ends("ies") && n > 4) {
    s[n - 3] = 'y';  // "ies" -> "y"
    n -= 2;
  } else if (ends("sses")) {
    n -= 2;
  } else if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    n -= 1;
  }
  if (ends("ing") && n >= 6) {
    n -= 3;
  } else if (ends("eed")) {
    n -= 1;
  } else if (ends("ied") && n > 4) {
    s[n - 3] = 'y';  // "ied" -> "y"
    n -= 2;
  } else if (ends("ed") && n >= 5) {
    n -= 2;
  }
  if (ends("e") && n > 4) n -= 1;
  return n;
}

}  // namespace

namespace {

// word_hash eight bytes at a time: a multiply per eight bytes instead of one
// per byte (byte-wise FNV was a tenth of tokenize()). The length goes into
// the seed, so that words differing only by trailing zero padding differ.
constexpr uint64_t kHashStart = 0xCBF29CE484222325u;
inline uint64_t hash_chunk(uint64_t h, uint64_t chunk) { return (h ^ chunk) * 0x9E3779B97F4A7C15u; }
inline uint64_t hash_finish(uint64_t h) {
  h ^= h >> 29;  // the filter uses the top bits: mix the low ones in
  h *= 0xBF58476D1CE4E5B9u;
  return h ^ (h >> 32);
}

// word_hash of the `n` bytes at `s`, where the bytes up to the next multiple
// of eight past `s` may be read (tokenize()'s stack buffers): no copy of the
// last chunk, whose bytes past `n` are masked off.
inline uint64_t hash_padded(const char* s, size_t n) {
  uint64_t h = kHashStart ^ n;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) h = hash_chunk(h, load8(s + k));
  if (k < n) h = hash_chunk(h, load8(s + k) & ((uint64_t{1} << (8 * (n - k))) - 1));
  return hash_finish(h);
}

}  // namespace

uint64_t word_hash(std::string_view word) {
  const size_t full = word.size() & ~size_t{7};
  char tail[8] = {};
  std::memcpy(tail, word.data() + full, word.size() - full);
  uint64_t h = kHashStart ^ word.size();
  for (size_t k = 0; k < full; k += 8) h = hash_chunk(h, load8(word.data() + k));
  if (full < word.size()) h = hash_chunk(h, load8(tail));
  return hash_finish(h);
}

std::string light_stem(std::string_view folded) {
  std::string s(folded);
  s.resize(stem_chars(s.data(), s.size()));
  return s;
}

namespace {

// Lower-cases the ASCII letters and digits that start text[i, i + 8) into
// out[0, 8) (all eight bytes are written, those past the word too) and
// returns how many there are (8: the word may go on). Bytes past the text
// read as zero, which ends a word.
[[gnu::always_inline]] inline size_t lower_word_chunk(std::string_view text, size_t i, char* out) {
  uint64_t x = 0;
  if (i + 8 <= text.size()) {
    x = load8(text.data() + i);
  } else {
    std::memcpy(&x, text.data() + i, text.size() - i);
  }
  // With the case bit (0x20) set, letters of either case are 'a'..'z'.
  const uint64_t letters = bytes_in_range(x | kOnes8 * 0x20, 'a', 'z');
  const uint64_t lowered = x | (letters >> 2);  // 0x80 >> 2: the case bit
  std::memcpy(out, &lowered, 8);
  const uint64_t other = ~(letters | bytes_in_range(x, '0', '9')) & kHigh8;
  return other == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(other)) / 8;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> out;
  out.reserve(text.size() / 6 + 1);  // about a word per six bytes of English
  bool pending_break = false;
  size_t i = 0;
  while (i < text.size()) {
    if (is_word_byte(text, i)) {
      const size_t start = i;
      // Most words are short and ASCII: a tight loop lower-cases them into a
      // stack buffer (fold() of ASCII) eight bytes at a time while it finds
      // their end. Any other byte of a word, or a word too long for the
      // buffer, leaves it to the general loop, and such words to the string
      // path below.
      constexpr size_t kShortWord = Token::kWordBuffer;
      static_assert(kShortWord % 8 == 0, "whole chunks fill the buffer");
      char folded[kShortWord], stem[kShortWord];
      bool whole = false;  // the chunks ended at an ASCII byte: no word byte
      for (size_t n = 0; n < kShortWord;) {
        const size_t k = lower_word_chunk(text, i, folded + n);
        n += k;
        i += k;
        if (k < 8) {
          whole = i >= text.size() || static_cast<unsigned char>(text[i]) < 0x80;
          break;
        }
      }
      bool ascii = true;
      if (!whole)
        for (; i < text.size() && is_word_byte(text, i); ++i)
          ascii = ascii && static_cast<unsigned char>(text[i]) < 0x80;
      const std::string_view word = text.substr(start, i - start);
      const Span span{base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i)};
      if (ascii && word.size() <= kShortWord) {
        std::memcpy(stem, folded, kShortWord);  // a constant size: a few moves, no call
        const size_t n = stem_chars(stem, word.size());
        out.emplace_back(folded, word.size(), stem, n, hash_padded(stem, n), span);
        // No stopword is longer than 5 bytes: the first eight bytes of the
        // buffer hold any of them.
        out.back().stop = word.size() <= 5 && is_stopword_chunk(load8(folded), word.size());
      } else {
        std::string folded;
        if (ascii) {
          for (char c : word) folded += ascii_lower(c);
        } else {
          folded = fold(word);
        }
        std::string stem = folded;
        stem.resize(stem_chars(stem.data(), stem.size()));
        out.emplace_back(folded, stem, span);
        out.back().stop = is_stopword(out.back().folded());
      }
      Token& t = out.back();
      t.clause_start = pending_break;
      t.capital = word[0] >= 'A' && word[0] <= 'Z';
      pending_break = false;
      continue;
    }
    if (text[i] == ' ' || text[i] == '\n') {
      ++i;  // most bytes between words: no break, no apostrophe, no dash
      continue;
    }
    const bool after_word = !out.empty() && out.back().span.end == base + i;
    if (size_t a = apostrophe_len(text, i); a > 0 && after_word) {
      // "Russia's", "countries'": mark the owner instead of making a token "s".
      const size_t next = i + a;
      const bool s_follows = next < text.size() && (text[next] == 's' || text[next] == 'S') &&
                             (next + 1 >= text.size() || !is_word_byte(text, next + 1));
      const bool bare = next >= text.size() || !is_word_byte(text, next);
      if (s_follows || (bare && ends_with(out.back().folded(), "s"))) {
        out.back().possessive = true;
        i = next + (s_follows ? 1 : 0);
        continue;
      }
    }
    const char c = text[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
        c == '!' || c == '?') {
      pending_break = true;
    } else if (c == '.' && after_word && out.back().span.end - out.back().span.start >= 4 &&
               sentence_follows(text, i + 1)) {
      // A sentence end inside a multi-sentence claim; not "U.S. Secretary",
      // "Nov. 7" or "Mr. Lavrov" (short words before the dot).
      pending_break = true;
    } else if (c == '-') {
      // A hyphen inside a word ("cease-fire") joins; a spaced dash separates.
      const bool word_after = i + 1 < text.size() && is_word_byte(text, i + 1);
      if (!(after_word && word_after)) pending_break = true;
    }
    size_t len = unicode_punct_len(text, i);
    if (len == 3 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) >= 0x93 &&
        static_cast<unsigned char>(text[i + 2]) <= 0x95)
      pending_break = true;  // en/em dash
    i += len > 0 ? len : 1;
  }
  return out;
}

bool tokens_in(const std::vector<Token>& tokens, Span span, TokenRange& out) {
  auto first = std::lower_bound(tokens.begin(), tokens.end(), span.start,
                                [](const Token& t, uint32_t pos) { return t.span.end <= pos; });
  if (first == tokens.end() || first->span.start >= span.end) return false;
  auto last = first;
  while (last + 1 != tokens.end() && (last + 1)->span.start < span.end) ++last;
  out.first = static_cast<size_t>(first - tokens.begin());
  out.last = static_cast<size_t>(last - tokens.begin());
  return true;
}

void add_content_keys(const std::vector<Token>& tokens, std::vector<std::string>& keys) {
  for (const Token& t : tokens)
    if (const std::string_view key = content_key(t); !key.empty()) keys.emplace_back(key);
}

std::vector<std::string> content_keys(std::string_view text) {
  std::vector<std::string> keys;
  add_content_keys(tokenize(text), keys);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace kd::cmp
