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

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_ASCII8_H_
