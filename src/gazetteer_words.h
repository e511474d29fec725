// Words of a text as the gazetteer matches them (private): letter/digit runs,
// folded (fold.h) and hashed once, kept in one buffer that is reused from
// call to call, so splitting a sentence allocates nothing in the steady state.
#ifndef KARABAKH_DIFF_SRC_GAZETTEER_WORDS_H_
#define KARABAKH_DIFF_SRC_GAZETTEER_WORDS_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "ascii8.h"

namespace kd::gaz {

// Words are hashed eight bytes at a time, as they are folded (Words::split).
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "a word's tail is a masked load");

inline uint64_t hash_chunk(uint64_t h, uint64_t chunk) {
  h = (h ^ chunk) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

inline constexpr uint64_t kHashSeed = 0xCBF29CE484222325ull;

// The hash every table of the gazetteer is keyed by: of the word's bytes in
// eight-byte chunks, the last one zero-padded.
inline uint64_t hash_word(std::string_view w) {
  uint64_t h = kHashSeed;
  size_t k = 0;
  for (; k + 8 <= w.size(); k += 8) h = hash_chunk(h, load8(w.data() + k));
  if (k < w.size()) {
    uint64_t tail = 0;
    std::memcpy(&tail, w.data() + k, w.size() - k);
    h = hash_chunk(h, tail);
  }
  return h;
}

// A folded word with its hash; `text` points into a Words buffer or a table.
struct Token {
  std::string_view text;
  uint64_t hash = 0;
};

struct Word {
  uint32_t start;  // byte range in the split text
  uint32_t end;
  bool caps;     // every letter upper case ("US", "AFP")
  bool capital;  // first letter upper case
};

// Apostrophes, dots and hyphens separate words: "Kremlin's" is "kremlin" +
// "s", "U.N." is "u" + "n".
class Words {
 public:
  // Replaces the words with those of UTF-8 `text`; earlier tokens dangle.
  void split(std::string_view text);
  // Words a caller split already (the comparer, from its own tokens of the
  // same sentence): the token's text must be what split() would make of the
  // word, and must outlive the use of the Words.
  void clear() { entries_.clear(); }
  // `t.hash` must be hash_word(t.text).
  void add(const Token& t, const Word& w) { entries_.push_back({t, w}); }

  size_t size() const { return entries_.size(); }
  const Word& operator[](size_t i) const { return entries_[i].word; }
  const Token& token(size_t i) const { return entries_[i].token; }

 private:
  // Makes room for `need` bytes of folded words, moving the tokens along.
  void grow(size_t need);

  struct Entry {
    Token token;  // points into buffer_
    Word word;
  };
  std::vector<Entry> entries_;
  std::string buffer_;
};

}  // namespace kd::gaz

#endif  // KARABAKH_DIFF_SRC_GAZETTEER_WORDS_H_
