// Eight bytes at a time (private): most article text is ASCII, and testing a
// 64-bit word for high bits is eight byte tests in one. Shared by the
// loader's scans, the sentence splitter's widening and the JSONL escaper.
#ifndef KARABAKH_DIFF_SRC_ASCII8_H_
#define KARABAKH_DIFF_SRC_ASCII8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace kd {

inline constexpr uint64_t kOnes8 = 0x0101010101010101ull;  // 0x01 in every byte
inline constexpr uint64_t kHigh8 = kOnes8 * 0x80;          // the high bit of every byte

// The eight bytes at `p` as one word (any alignment).
inline uint64_t load8(const void* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// The first index >= i of a byte >= 0x80 in s[0, n), or n.
inline size_t skip_ascii(const uint8_t* s, size_t i, size_t n) {
  while (i + 8 <= n && (load8(s + i) & kHigh8) == 0) i += 8;
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

// The whitespace that separates words in article text: space, tab, newline, CR.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// 0x80 in each byte of `w` that is in [lo, hi] (both below 0x80), 0 in every
// other byte, non-ASCII ones included. A range test is two additions whose
// carry lands in the byte's high bit; the bytes are cut to seven bits first
// so that no carry crosses into the next byte.
inline uint64_t bytes_in_range(uint64_t w, unsigned lo, unsigned hi) {
  const uint64_t v = w & ~kHigh8;
  return (v + kOnes8 * (0x80 - lo)) & ~(v + kOnes8 * (0x7F - hi)) & ~w & kHigh8;
}

// 0x80 in each zero byte of `w`, and maybe in bytes above one (the borrow):
// exact as a test of whether any byte is zero, only candidates per byte.
inline uint64_t zero_bytes(uint64_t w) { return (w - kOnes8) & ~w & kHigh8; }

// Whether any byte of `w` is `c` (exact: zero_bytes is exact as a test of any).
inline bool has_byte(uint64_t w, uint8_t c) { return zero_bytes(w ^ (kOnes8 * c)) != 0; }

// ASCII letters and digits by byte, false for every byte >= 0x80: the
// tokenizers ask of every byte, and one load costs less than three range tests.
struct AsciiAlnumTable {
  bool at[256] = {};
  constexpr AsciiAlnumTable() {
    for (int c = 0; c < 128; ++c)
      at[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
};
inline constexpr AsciiAlnumTable kAsciiAlnum;
inline bool is_ascii_alnum(unsigned char c) { return kAsciiAlnum.at[c]; }

// Copies n ASCII bytes (all < 0x80) from `in` to `out` with 'A'..'Z' made
// lower case, eight at a time.
inline void lower_ascii(const char* in, size_t n, char* out) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const uint64_t w = load8(in + i);
    const uint64_t lowered = w | (bytes_in_range(w, 'A', 'Z') >> 2);  // 0x80 >> 2: the case bit
    std::memcpy(out + i, &lowered, 8);
  }
  for (; i < n; ++i) out[i] = in[i] >= 'A' && in[i] <= 'Z' ? static_cast<char>(in[i] + 32) : in[i];
}

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_ASCII8_H_
