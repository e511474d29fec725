#include "gazetteer_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "fold.h"

namespace kd::gaz {

namespace {

// ASCII letters and digits without a call into ICU: most of the text.
constexpr bool ascii_alnum(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_alnum(UChar32 c) { return c < 0x80 ? ascii_alnum(c) : u_isalnum(c); }
bool is_lower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }
bool is_word_char(UChar32 c) {
  return c < 0x80 ? ascii_alnum(c) : (u_isalnum(c) || u_getCombiningClass(c) > 0);
}

// ASCII letters and digits by byte, for the scan's inner loops: one load
// instead of three range tests.
struct AsciiAlnum {
  bool at[256] = {};
  constexpr AsciiAlnum() {
    for (int c = 0; c < 256; ++c) at[c] = c < 0x80 && ascii_alnum(c);
  }
};
constexpr AsciiAlnum kAsciiAlnum;

}  // namespace

void Words::split(std::string_view text) {
  words_.clear();
  tokens_.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  // An ASCII word folds to as many bytes as it has, so the buffer holds the
  // rest of the text as long as it has room for it; only a non-ASCII word,
  // whose folding may be longer, has to make room.
  if (buffer_.size() < text.size()) buffer_.resize(text.size());
  size_t used = 0;
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    // ASCII separators (most of the non-word bytes) skip the decoder.
    if (s[i] < 0x80 && !kAsciiAlnum.at[s[i]]) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !is_alnum(c)) continue;
    bool caps = !is_lower(c);
    const bool capital = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
    bool ascii_word = c < 0x80;
    // fold() of ASCII is its lower case: written and hashed during the scan.
    // Letters and digits lower-case with one bit (digits have it already).
    char* out = buffer_.data() + used;
    uint64_t h = kHashSeed;
    if (ascii_word) {
      *out++ = static_cast<char>(c | 0x20);
      h = hash_step(h, static_cast<unsigned char>(c | 0x20));
    }
    int32_t end = i;
    uint8_t highest = 0;  // of the ASCII letters and digits: >= 'a' is lower case
    while (end < n) {
      const uint8_t b = s[end];
      if (kAsciiAlnum.at[b]) {  // ASCII: no decoding
        highest = std::max(highest, b);
        *out++ = static_cast<char>(b | 0x20);
        h = hash_step(h, b | 0x20);
        ++end;
        continue;
      }
      if (b < 0x80) break;
      int32_t next = end;
      U8_NEXT(s, next, n, c);
      if (c < 0 || !is_word_char(c)) break;
      if (is_lower(c)) caps = false;
      ascii_word = false;
      end = next;
    }
    if (highest >= 'a') caps = false;
    size_t size = static_cast<size_t>(end - start);
    if (!ascii_word) {
      const std::string folded = fold(text.substr(start, end - start));
      size = folded.size();
      const size_t need = used + size + static_cast<size_t>(n - end);
      if (buffer_.size() < need) grow(need);
      std::memcpy(buffer_.data() + used, folded.data(), size);
      h = hash_word(folded);
    }
    words_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), caps, capital});
    tokens_.push_back({std::string_view(buffer_.data() + used, size), h});
    used += size;
    i = end;
  }
}

void Words::grow(size_t need) {
  const char* before = buffer_.data();
  std::vector<size_t> at(tokens_.size());
  for (size_t k = 0; k < tokens_.size(); ++k)
    at[k] = static_cast<size_t>(tokens_[k].text.data() - before);
  buffer_.resize(std::max(need, 2 * buffer_.size()));
  for (size_t k = 0; k < tokens_.size(); ++k)
    tokens_[k].text = std::string_view(buffer_.data() + at[k], tokens_[k].text.size());
}

}  // namespace kd::gaz
