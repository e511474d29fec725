// Words of a text as the gazetteer matches them (private): letter/digit runs,
// folded (fold.h) and hashed once, kept in one buffer that is reused from
// call to call, so splitting a sentence allocates nothing in the steady state.
#ifndef KARABAKH_DIFF_SRC_GAZETTEER_WORDS_H_
#define KARABAKH_DIFF_SRC_GAZETTEER_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kd::gaz {

inline constexpr uint64_t kHashSeed = 14695981039346656037ull;  // FNV-1a 64
inline constexpr uint64_t kHashPrime = 1099511628211ull;

inline uint64_t hash_step(uint64_t h, unsigned char c) { return (h ^ c) * kHashPrime; }

// The hash every table of the gazetteer is keyed by; Words computes the same
// hash while it folds, so a word is never hashed twice.
inline uint64_t hash_word(std::string_view w) {
  uint64_t h = kHashSeed;
  for (char c : w) h = hash_step(h, static_cast<unsigned char>(c));
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

  size_t size() const { return words_.size(); }
  const Word& operator[](size_t i) const { return words_[i]; }
  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  // Makes room for `need` bytes of folded words, moving the tokens along.
  void grow(size_t need);

  std::vector<Word> words_;
  std::vector<Token> tokens_;  // point into buffer_
  std::string buffer_;
};

}  // namespace kd::gaz

#endif  // KARABAKH_DIFF_SRC_GAZETTEER_WORDS_H_
