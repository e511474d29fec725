// Finding known speakers, institutions and media in text (private, shared by
// the extractor and the comparer).
#ifndef KARABAKH_DIFF_SRC_GAZETTEER_H_
#define KARABAKH_DIFF_SRC_GAZETTEER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/document.h"
#include "karabakh_diff/lexicon.h"

namespace kd {

namespace gaz {
class Words;
struct WordInfo;
}  // namespace gaz

struct EntityMention {
  Span span;             // byte range in the searched text
  const Entity* entity;  // points into the Lexicon given to the Gazetteer
};

// A side word or phrase found in text ("Russian", "United States", "Minsk Group").
struct SideMention {
  Span span;         // byte range in the searched text
  std::string side;  // "Moscow", ...
};

// Index of a lexicon's entities and side words by folded name.
// The Lexicon must outlive the Gazetteer and every EntityMention it returns.
class Gazetteer {
 public:
  explicit Gazetteer(const Lexicon& lexicon);

  // Entity mentions in UTF-8 `text`, in text order, non-overlapping (longest
  // match wins). Matching is on folded words (case, accents, transliteration:
  // "Çavuşoğlu" = "Cavusoglu") and tolerates one edit in names of 7+ letters
  // ("Zakharvoa").
  std::vector<EntityMention> find(std::string_view text) const;

  // Side named by one word ("Russian", "Moscow", "Kremlin", "Turkey's"),
  // folded or not; "" when the word names no side.
  std::string side_of_word(std::string_view word) const;

  // Side words and phrases in `text`, in text order, non-overlapping (longest
  // match wins; "United States" is one mention).
  std::vector<SideMention> find_sides(std::string_view text) const;

  // find() and find_sides() of the same text, splitting it into words once.
  void find_both(std::string_view text, std::vector<EntityMention>& entities,
                 std::vector<SideMention>& sides) const;
  // The same of a text split already (Words::add), spans as in `words`.
  void find_both(const gaz::Words& words, std::vector<EntityMention>& entities,
                 std::vector<SideMention>& sides) const;

  // The entity with this canonical name, or nullptr.
  const Entity* by_name(std::string_view canonical) const;

  // The gender of the people of the lexicon whose names open with the first
  // name `word` ("Bruno": male), kUnknown when none has it or both genders
  // do.
  Gender given_name_gender(std::string_view word) const;

 private:
  struct Impl;
  // The index entry of one word as find() folds it, or nullptr when `word`
  // is not one word; `caps` tells whether it is written in capitals.
  const gaz::WordInfo* word_info(std::string_view word, bool& caps) const;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_GAZETTEER_H_
