// A set of words numbered from 1 in insertion order, looked up by a Token
// (word and its precomputed hash_word) (private). Almost every word of a text
// is looked up and almost every lookup misses: with open addressing at a load
// of at most 1/4 a miss is about one slot read, and a string is compared only
// when the 64-bit hashes are equal.
#ifndef KARABAKH_DIFF_SRC_GAZETTEER_TABLE_H_
#define KARABAKH_DIFF_SRC_GAZETTEER_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gazetteer_words.h"

namespace kd::gaz {

class WordTable {
 public:
  // The number of absent words, so that a table indexed by number can hold
  // what is known of them (nothing) at [0], and a lookup needs no branch.
  static constexpr uint32_t kNone = 0;

  WordTable() { grow(); }

  // The number of `t.text`, or kNone.
  uint32_t find(const Token& t) const {
    for (size_t i = index(t.hash);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.hash == t.hash && words_[s.id] == t.text) return s.id;
    }
  }
  uint32_t find(std::string_view w) const { return find(Token{w, hash_word(w)}); }

  // The number of `w`, and whether it was added (numbered size()).
  std::pair<uint32_t, bool> insert(std::string_view w) {
    const Token t{w, hash_word(w)};
    if (uint32_t id = find(t); id != kNone) return {id, false};
    if ((words_.size() + 1) * 4 > slots_.size()) grow();
    words_.emplace_back(w);
    const auto id = static_cast<uint32_t>(words_.size() - 1);
    place(t.hash, id);
    return {id, true};
  }

  size_t size() const { return words_.size() - 1; }
  // Stable once the table is no longer added to.
  const std::string& word(uint32_t id) const { return words_[id]; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kNone;
  };
  // Fibonacci hashing: the top bits of the product mix every bit of the hash.
  size_t index(uint64_t h) const {
    return static_cast<size_t>((h * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  void place(uint64_t h, uint32_t id) {
    size_t i = index(h);
    while (slots_[i].id != kNone) i = (i + 1) & mask_;
    slots_[i] = {h, id};
  }
  void grow() {
    const size_t size = slots_.empty() ? 16 : 2 * slots_.size();
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    shift_ = 64;
    for (size_t s = size; s > 1; s >>= 1) --shift_;
    for (uint32_t id = 1; id < words_.size(); ++id) place(hash_word(words_[id]), id);
  }

  std::vector<Slot> slots_;
  std::vector<std::string> words_ = {""};  // by number; [0] stands for absent words
  size_t mask_ = 0;
  unsigned shift_ = 64;
};

}  // namespace kd::gaz

#endif  // KARABAKH_DIFF_SRC_GAZETTEER_TABLE_H_
