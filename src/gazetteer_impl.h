// The gazetteer's index (private to gazetteer*.cc).
//
// Every word of every name and side phrase is numbered once (WordTable), and
// patterns are kept as word numbers: a text word is looked up once, by its
// hash, and from then on compared to pattern words as a number. What is known
// of a word (the patterns it starts, whether it is a name word) is one array
// read away; unknown words are number 0, whose entry is empty.
#ifndef KARABAKH_DIFF_SRC_GAZETTEER_IMPL_H_
#define KARABAKH_DIFF_SRC_GAZETTEER_IMPL_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gazetteer.h"
#include "gazetteer_table.h"
#include "gazetteer_words.h"

namespace kd {

namespace gaz {

// A name (or side phrase) as numbered folded words. Short all-capital words
// ("US", "AP") only match capitalised text, so the pronoun "us" is not
// Washington.
struct Pattern {
  std::vector<uint32_t> words;
  std::vector<bool> caps_only;
  const Entity* entity = nullptr;
  std::string side;
};

// A pattern starting with a word, with what rejects most candidates at once.
struct Candidate {
  uint32_t pattern;  // index into Impl::names or Impl::sides
  uint32_t length;   // words
  uint32_t second;   // number of the second word, if any
};

inline constexpr uint8_t kWomansName = 1;
inline constexpr uint8_t kMansName = 2;

struct WordInfo {
  // Patterns starting with the word, longest first, in index order among
  // equally long ones: the first that matches is the one to report.
  std::vector<Candidate> names;
  std::vector<Candidate> sides;
  bool vocabulary = false;  // a word of a name: corrections go to these
  bool given = false;       // first word of a person's name of two words or more
  // Whose first name it is, of the people the lexicon gives a gender:
  // kWomansName, kMansName, both or neither.
  uint8_t given_genders = 0;
  // The first one-word side pattern of the word, as an index into sides, or
  // -1; and whether any one-word side pattern of it is capitals only.
  int32_t side_word = -1;
  bool caps_side_word = false;
};

// Scratch space of the calls on one thread: words and numbers are reused,
// not reallocated per sentence. No call's result points into it.
struct Scratch {
  Words words;
  std::vector<uint32_t> numbers;       // of the words, as they are
  std::vector<uint32_t> name_numbers;  // of the words, corrected
};
Scratch& scratch();

constexpr size_t kMinFuzzyLength = 7;

}  // namespace gaz

struct Gazetteer::Impl {
  // Tells Impls apart for the per-thread cache of corrections, even one
  // built where a destroyed one was.
  const uint64_t id = next_id();
  static uint64_t next_id() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }
  // Tells apart what find() can answer: Impls built from the same entities
  // (same addresses, names and aliases, in the same order) share it. The
  // extractor and the comparer each build a Gazetteer of one lexicon and
  // search the same claims; with this the comparer's search is a memo hit.
  uint64_t names_id = 0;
  // The words of the entities' roles ("minister", "spokeswoman"): titles
  // before a name, not first names.
  std::set<std::string, std::less<>> role_words;
  // First words of each person's names of two words or more, folded.
  std::unordered_map<const Entity*, std::vector<std::string>> given_names;
  // Whether the one-word name of `e` at text word i is someone else's
  // surname, after a first name the lexicon does not know or gives to
  // other people only.
  bool someone_else(const gaz::Words& text, const std::vector<uint32_t>& numbers, size_t i,
                    const Entity& e) const;
  static uint64_t names_id_of(std::string key);

  std::vector<gaz::Pattern> names;
  std::vector<gaz::Pattern> sides;
  gaz::WordTable words;             // every word of every pattern
  std::vector<gaz::WordInfo> info;  // by word number
  // Symmetric-delete index: a name word and its one-letter deletions, to the
  // name words they come from.
  std::unordered_map<std::string, std::vector<std::string>> deletions;
  std::unordered_map<std::string, const Entity*> by_canonical;

  // Building (gazetteer.cc).
  gaz::Pattern pattern(std::string_view text);
  // `given_first`: the name's first word is a first name (false where
  // names open with the family name), whose gender it learns.
  void add_name(std::string_view alias, const Entity* e, bool given_first);
  void add_side(std::string_view phrase, const std::string& side);
  static void add_candidate(std::vector<gaz::Candidate>& to, const gaz::Pattern& p, uint32_t index);

  // Matching (gazetteer_match.cc). `numbers` are the word numbers of
  // `words`, from number_words().
  void number_words(const gaz::Words& words, std::vector<uint32_t>& numbers) const;
  void entities_in(const gaz::Words& words, const std::vector<uint32_t>& numbers,
                   std::vector<uint32_t>& corrected, std::vector<EntityMention>& out) const;
  void sides_in(const gaz::Words& words, const std::vector<uint32_t>& numbers,
                std::vector<SideMention>& out) const;
  // The number of the name word a capitalised text word not itself a name
  // word stands for (the single one within one edit), or 0.
  uint32_t correct(const gaz::Token& t) const;
  uint32_t search(std::string_view word) const;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_GAZETTEER_IMPL_H_
