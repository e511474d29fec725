// A tiny Bloom-style pre-check for hash lookups by word (private).
//
// The gazetteer, the phrase matcher and the cue index look up every word of
// every sentence in a std::unordered_map<std::string, ...>, and almost every
// lookup misses (a text has few names and cues). Hashing the whole key and
// probing costs far more than the miss is worth, so each index keeps this
// filter of the keys' length, first, second and last letters: one bit test
// answers "certainly absent" for most words; only a hit goes to the map.
// No false negatives, so results are the same as without the filter.
#ifndef KARABAKH_DIFF_SRC_KEY_FILTER_H_
#define KARABAKH_DIFF_SRC_KEY_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kd {

class KeyFilter {
 public:
  void add(std::string_view key) { set(slot(key)); }
  bool may_contain(std::string_view key) const { return test(slot(key)); }

 private:
  static constexpr unsigned kBits = 14;  // 16 K bits = 2 KB: fits in L1
  static uint32_t slot(std::string_view k) {
    const auto n = static_cast<uint32_t>(k.size());
    if (n == 0) return 0;
    const auto first = static_cast<unsigned char>(k[0]);
    const auto second = static_cast<unsigned char>(n > 1 ? k[1] : 0);
    const auto last = static_cast<unsigned char>(k[n - 1]);
    uint32_t h = (n * 0x9E3779B1u) ^ first ^ (second << 8) ^ (last << 16);
    h *= 0x85EBCA6Bu;
    h ^= h >> 15;
    h *= 0xC2B2AE35u;
    return h >> (32 - kBits);
  }
  void set(uint32_t s) { words_[s >> 6] |= uint64_t{1} << (s & 63); }
  bool test(uint32_t s) const { return (words_[s >> 6] >> (s & 63)) & 1; }

  std::array<uint64_t, (size_t{1} << kBits) / 64> words_{};
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_KEY_FILTER_H_
