#include "gazetteer_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "fold.h"

namespace kd::gaz {

namespace {

// ASCII letters and digits without a call into ICU: most of the text.
bool is_alnum(UChar32 c) { return c < 0x80 ? is_ascii_alnum(c) : u_isalnum(c); }
bool is_lower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }
bool is_word_char(UChar32 c) {
  return c < 0x80 ? is_ascii_alnum(c) : (u_isalnum(c) || u_getCombiningClass(c) > 0);
}

// 0x80 in every byte of x that is an ASCII letter or digit.
uint64_t alnum_bytes(uint64_t x) {
  return bytes_in_range(x, '0', '9') | bytes_in_range(x | kOnes8 * 0x20, 'a', 'z');
}

// The end of a word whose letters continue at s[i], decoding UTF-8; clears
// `caps` at a lower-case letter and `ascii` at a non-ASCII letter.
int32_t word_end(const uint8_t* s, int32_t i, int32_t n, bool& caps, bool& ascii) {
  while (i < n) {
    if (s[i] < 0x80) {
      if (!is_ascii_alnum(s[i])) break;
      if (s[i] >= 'a') caps = false;  // of letters and digits, only lower case
      ++i;
      continue;
    }
    int32_t next = i;
    UChar32 c;
    U8_NEXT(s, next, n, c);
    if (c < 0 || !is_word_char(c)) break;
    if (is_lower(c)) caps = false;
    ascii = false;
    i = next;
  }
  return i;
}

}  // namespace

void Words::split(std::string_view text) {
  entries_.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  // An ASCII word folds to as many bytes as it has, written eight at a time:
  // the buffer holds the rest of the text and eight bytes more as long as
  // it has room for them; only a non-ASCII word, whose folding may be
  // longer, has to make room.
  if (buffer_.size() < text.size() + 8) buffer_.resize(text.size() + 8);
  // Words are separated, so there are at most half as many as bytes.
  entries_.reserve(text.size() / 2 + 1);
  size_t used = 0;
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    const uint8_t first = s[i];
    bool caps = true;  // until a lower-case letter
    bool capital;
    bool ascii_word = first < 0x80;
    if (ascii_word) {
      // ASCII separators (most of the non-word bytes) skip the decoder, and
      // an ASCII first letter is read with the rest of the word.
      if (!is_ascii_alnum(first)) {
        ++i;
        continue;
      }
      capital = first >= 'A' && first <= 'Z';
    } else {
      UChar32 c;
      U8_NEXT(s, i, n, c);
      if (c < 0 || !is_alnum(c)) continue;
      caps = !is_lower(c);
      capital = u_isupper(c) || u_istitle(c);
    }
    int32_t end;
    size_t size = 0;
    uint64_t h = kHashSeed;
    if (ascii_word) {
      // Found, folded and hashed eight bytes at a time. fold() of ASCII
      // letters and digits is their lower case: one bit, which digits have
      // already. A lower-case letter is the one with both 0x40 and 0x20.
      char* out = buffer_.data() + used;
      uint64_t lower = 0;
      size_t at = static_cast<size_t>(start);
      for (;;) {
        uint64_t x = 0;  // zero bytes past the text end the word
        if (at + 8 <= text.size()) {
          x = load8(s + at);
        } else {
          std::memcpy(&x, s + at, text.size() - at);
        }
        const uint64_t stop = ~alnum_bytes(x) & kHigh8;
        const uint64_t keep = stop ? ((stop & (0 - stop)) >> 7) - 1 : ~uint64_t{0};
        x &= keep;
        lower |= x & (x << 1);
        x |= 0x2020202020202020ull & keep;
        std::memcpy(out + (at - start), &x, 8);
        if (!stop) {
          h = hash_chunk(h, x);
          at += 8;
          continue;
        }
        const size_t in_word = static_cast<size_t>(__builtin_ctzll(stop)) >> 3;
        if (in_word) h = hash_chunk(h, x);
        at += in_word;
        break;
      }
      end = static_cast<int32_t>(at);
      caps = (lower & 0x4040404040404040ull) == 0;
      size = at - start;
      // A non-ASCII letter after ASCII ones: the decoding scan decides.
      if (end < n && s[end] >= 0x80) {
        caps = true;
        end = word_end(s, start, n, caps, ascii_word);
      }
    } else {
      end = word_end(s, i, n, caps, ascii_word);
    }
    if (!ascii_word) {
      const std::string folded = fold(text.substr(start, end - start));
      size = folded.size();
      const size_t need = used + size + static_cast<size_t>(n - end) + 8;
      if (buffer_.size() < need) grow(need);
      std::memcpy(buffer_.data() + used, folded.data(), size);
      h = hash_word(folded);
    }
    entries_.push_back({{std::string_view(buffer_.data() + used, size), h},
                        {static_cast<uint32_t>(start), static_cast<uint32_t>(end), caps, capital}});
    used += size;
    // What ends a word is no letter or digit: an ASCII one is a separator,
    // skipped here rather than by another turn of the loop.
    i = end < n && s[end] < 0x80 ? end + 1 : end;
  }
}

void Words::grow(size_t need) {
  const char* before = buffer_.data();
  std::vector<size_t> at(entries_.size());
  for (size_t k = 0; k < entries_.size(); ++k)
    at[k] = static_cast<size_t>(entries_[k].token.text.data() - before);
  buffer_.resize(std::max(need, 2 * buffer_.size()));
  for (size_t k = 0; k < entries_.size(); ++k) {
    Token& t = entries_[k].token;
    t.text = std::string_view(buffer_.data() + at[k], t.text.size());
  }
}

}  // namespace kd::gaz
