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

// Copies n ASCII bytes (all < 0x80) from `in` to `out` with 'A'..'Z' made
// lower case, eight at a time: a byte's high bit is clear, so adding to it
// never carries into the next one.
inline void lower_ascii(const char* in, size_t n, char* out) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const uint64_t w = load8(in + i);
    const uint64_t at_least_a = w + kOnes8 * (0x80 - 'A');    // high bit: byte >= 'A'
    const uint64_t beyond_z = w + kOnes8 * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
    const uint64_t upper = at_least_a & ~beyond_z & kHigh8;
    const uint64_t lowered = w | (upper >> 2);  // 0x80 >> 2 == 0x20, the case bit
    std::memcpy(out + i, &lowered, 8);
  }
  for (; i < n; ++i) out[i] = in[i] >= 'A' && in[i] <= 'Z' ? static_cast<char>(in[i] + 32) : in[i];
}

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_ASCII8_H_
