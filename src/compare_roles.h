// Offices of government (private to the comparer): who holds which office,
// which institution and spokesperson speaks for it, and resolution of role
// phrases to people: "the foreign ministers of Russia and Turkey", "Russian
// and Turkish presidents", "the two countries' foreign ministers", "the
// President of Azerbaijan", "his Turkish counterpart".
#ifndef KARABAKH_DIFF_SRC_COMPARE_ROLES_H_
#define KARABAKH_DIFF_SRC_COMPARE_ROLES_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compare_text.h"
#include "gazetteer.h"
#include "karabakh_diff/comparer.h"
#include "karabakh_diff/lexicon.h"

namespace kd::cmp {

enum class OfficeRelation {
  kNone,
  kHolder,       // holds the office: a president, a foreign minister
  kInstitution,  // the office's institution: Kremlin, foreign ministry
  kVoice,        // speaks for it: spokesperson, aide, deputy minister
};

struct Office {
  std::string name;  // "head of state", "head of government", "foreign affairs", "defence"; "" none
  OfficeRelation relation = OfficeRelation::kNone;
};

// Sides named in a token list (from Gazetteer::find_sides, so "United
// States" is one side): side(i) is the side named by the words starting at
// token i ("" for none), length(i) how many tokens they take (0 for none).
// Kept as the few sides a sentence names rather than a slot per token: a
// string and a length per token cost more to make and free than the lookups.
class SideTable {
 public:
  SideTable() = default;
  explicit SideTable(size_t capacity) { entries_.reserve(capacity); }
  // The words starting at token `first` name `side` and take `length`
  // tokens (replaces what was set at `first` before).
  void set(size_t first, size_t length, const std::string& side);
  const std::string& side(size_t i) const;
  size_t length(size_t i) const;

 private:
  struct Entry {
    size_t first;
    size_t length;
    std::string side;
  };
  const Entry* at(size_t i) const;
  std::vector<Entry> entries_;  // by `first`
};

// Side table of `tokens`, the tokens of `text` shifted by `base`.
SideTable side_table(const Gazetteer& gazetteer, std::string_view text, uint32_t base,
                     const std::vector<Token>& tokens);
// The same from the side mentions of the text, already found.
SideTable side_table(const std::vector<SideMention>& found, uint32_t base,
                     const std::vector<Token>& tokens);

// The end of the phrase of a side from token `k` on, before token `end`:
// "of the Republic of Indonesia" ("of", "the", "republic", "kingdom" and
// side words; with `office_words`, also what an office is of: "of Foreign
// Affairs of Malaysia"). `side` is set to the last side named (left as it
// is when none is).
size_t after_side_phrase(const std::vector<Token>& tokens, const SideTable& table, size_t k,
                         size_t end, bool office_words, std::string& side);

// Ranks candidate office holders when a role names several (a lexicon lists
// every foreign minister a country had): higher = more likely meant. The
// choices made are recorded, because the score depends on other articles
// (see Comparer::holds).
struct Salience {
  std::function<int64_t(const Entity&)> score;
  std::vector<HolderChoice>* choices = nullptr;  // appended to when not null
};

// Index of the single highest positive score; -1 when none is positive or
// the highest ties.
int pick_salient(const std::vector<int64_t>& scores);

class Offices {
 public:
  explicit Offices(const Lexicon& lexicon);

  // Office of a lexicon entity, from its role (and name, for "Kremlin").
  Office of(const Entity& entity) const;
  Office of_name(const std::string& canonical) const;

  // People named by role phrases within tokens [range.first, range.last].
  // `context_sides` resolves "the two countries' ministers"; `person_at[i]`
  // is the named person starting at token i, if any: an explicit name wins
  // over the role in front of it, and "his Turkish counterpart" takes the
  // office of the nearest named person before it.
  std::vector<const Entity*> resolve(const std::vector<Token>& tokens, const SideTable& sides,
                                     TokenRange range,
                                     const std::vector<std::string>& context_sides,
                                     const std::vector<const Entity*>& person_at,
                                     const Salience& salience) const;

 private:
  const Entity* holder(const std::string& office, const std::string& side, const Salience& salience,
                       std::string_view same_role = {}) const;
  Office compute_office(const Entity& entity) const;  // of() without the table
  PhraseMatcher holder_phrases_;
  std::vector<std::string> holder_office_;  // by holder phrase id
  PhraseMatcher institution_phrases_;
  std::vector<std::string> institution_office_;
  std::map<std::pair<std::string, std::string>, std::vector<const Entity*>> holders_;
  std::map<std::string, const Entity*> by_name_;
  // of() and of_name() of every lexicon entity, computed once: both run for
  // every statement and would tokenize the role each time.
  std::unordered_map<const Entity*, Office> office_of_;
  std::unordered_map<std::string, Office> office_by_name_;
};

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_ROLES_H_
