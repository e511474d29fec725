#include "compare_roles.h"
#include "extract_words.h"

#include <algorithm>

namespace kd::cmp {

namespace {

// Diplomatic offices: the titles of their holders and the names of the
// institutions that speak for them. Plurals match through stemming.
struct OfficeWords {
  const char* office;
  std::vector<const char*> holders;
  std::vector<const char*> institutions;
};

const std::vector<OfficeWords>& office_words() {
  static const std::vector<OfficeWords> kWords = {
      {"head of state",
       {"president", "head of state"},
       {"presidency", "presidential", "kremlin", "white house", "elysee"}},
      {"head of government",
       {"prime minister", "premier", "chancellor", "head of government"},
       {"government", "chancellery", "cabinet"}},
      {"foreign affairs",
       {"foreign minister", "foreign secretary", "secretary of state",
        "minister of foreign affairs", "foreign affairs minister", "top diplomat", "chief diplomat",
        "head of foreign ministry", "head of the foreign ministry"},
       {"foreign ministry", "foreign office", "state department", "department of state",
        "ministry of foreign affairs", "foreign service"}},
      {"defence",
       {"defence minister", "defense minister", "defence secretary", "defense secretary",
        "minister of defence", "minister of defense", "armed forces minister"},
       {"defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
        "pentagon", "defense department"}},
  };
  return kWords;
}

// Words before a title that make its bearer not the holder.
bool is_title_modifier(const Token& t) {
  static constexpr std::string_view kWords[] = {"deputy",    "vice", "former", "ex",  "first",
                                                "assistant", "late", "acting", "then"};
  for (std::string_view w : kWords)
    if (is(t.folded(), w)) return true;
  return false;
}

bool is_group_noun(const Token& t) {
  static constexpr std::string_view kNouns[] = {"country", "countries", "side",  "sides",
                                                "nation",  "nations",   "state", "states"};
  for (std::string_view w : kNouns)
    if (is(t.folded(), w)) return true;
  return false;
}

bool is_pair_word(const Token& t) { return is(t.folded(), "two") || is(t.folded(), "both"); }

}  // namespace

Offices::Offices(const Lexicon& lexicon) {
  for (const OfficeWords& o : office_words()) {
    for (const char* p : o.holders) {
      holder_phrases_.add(p);
      holder_office_.push_back(o.office);
    }
    for (const char* p : o.institutions) {
      institution_phrases_.add(p);
      institution_office_.push_back(o.office);
    }
  }
  for (const Entity& e : lexicon.entities) {
    by_name_.emplace(e.name, &e);
    const Office office = compute_office(e);
    if (office.relation == OfficeRelation::kHolder) holders_[{office.name, e.side}].push_back(&e);
    office_of_.emplace(&e, office);
  }
  for (const auto& [name, e] : by_name_) office_by_name_.emplace(name, office_of_.at(e));
}

Office Offices::of(const Entity& entity) const {
  auto it = office_of_.find(&entity);
  return it != office_of_.end() ? it->second : compute_office(entity);
}

Office Offices::compute_office(const Entity& entity) const {
  if (entity.kind == SpeakerKind::kMedia || entity.kind == SpeakerKind::kSource) return {};
  const std::vector<Token> role = tokenize(entity.role);
  if (entity.kind == SpeakerKind::kPerson) {
    for (const auto& m : holder_phrases_.find(role)) {
      const bool modified = m.range.first > 0 && is_title_modifier(role[m.range.first - 1]);
      return {holder_office_[m.id], modified ? OfficeRelation::kVoice : OfficeRelation::kHolder};
    }
    for (const auto& m : institution_phrases_.find(role))
      return {institution_office_[m.id], OfficeRelation::kVoice};
    return {};
  }
  for (const std::string& text : {entity.role, entity.name}) {
    for (const auto& m : institution_phrases_.find(tokenize(text)))
      return {institution_office_[m.id], OfficeRelation::kInstitution};
  }
  return {};
}

Office Offices::of_name(const std::string& canonical) const {
  auto it = office_by_name_.find(canonical);
  return it == office_by_name_.end() ? Office{} : it->second;
}

int pick_salient(const std::vector<int64_t>& scores) {
  int best = -1;
  int64_t best_score = 0;
  bool tie = false;
  for (size_t i = 0; i < scores.size(); ++i) {
    if (scores[i] > best_score) {
      best = static_cast<int>(i);
      best_score = scores[i];
      tie = false;
    } else if (scores[i] == best_score && scores[i] > 0) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

const Entity* Offices::holder(const std::string& office, const std::string& side,
                              const Salience& salience, std::string_view same_role) const {
  auto it = holders_.find({office, side});
  if (it == holders_.end() || it->second.empty()) return nullptr;
  // "his Indian counterpart" of a foreign minister: India's foreign
  // minister, not its foreign secretary, when the lexicon titles them so.
  std::vector<const Entity*> holders;
  for (const Entity* e : it->second)
    if (e->role == same_role) holders.push_back(e);
  if (holders.empty()) holders = it->second;
  if (holders.size() == 1) return holders.front();
  // Several people held the office: take the one the articles talk about.
  std::vector<int64_t> scores;
  for (const Entity* e : holders) scores.push_back(salience.score ? salience.score(*e) : 0);
  const int best = pick_salient(scores);
  const Entity* chosen = best < 0 ? nullptr : holders[static_cast<size_t>(best)];
  if (salience.choices) {
    HolderChoice choice;
    for (const Entity* e : holders) choice.candidates.push_back(e->name);
    if (chosen) choice.chosen = chosen->name;
    salience.choices->push_back(std::move(choice));
  }
  return chosen;
}

SideTable side_table(const Gazetteer& gazetteer, std::string_view text, uint32_t base,
                     const std::vector<Token>& tokens) {
  return side_table(gazetteer.find_sides(text), base, tokens);
}

void SideTable::set(size_t first, size_t length, const std::string& side) {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), first,
                             [](const Entry& e, size_t i) { return e.first < i; });
  if (it != entries_.end() && it->first == first) {
    it->length = length;
    it->side = side;
    return;
  }
  entries_.insert(it, Entry{first, length, side});  // at the end: mentions come in text order
}

const SideTable::Entry* SideTable::at(size_t i) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), i,
                             [](const Entry& e, size_t k) { return e.first < k; });
  return it != entries_.end() && it->first == i ? &*it : nullptr;
}

const std::string& SideTable::side(size_t i) const {
  static const std::string kNone;
  const Entry* e = at(i);
  return e ? e->side : kNone;
}

size_t SideTable::length(size_t i) const {
  const Entry* e = at(i);
  return e ? e->length : 0;
}

SideTable side_table(const std::vector<SideMention>& found, uint32_t base,
                     const std::vector<Token>& tokens) {
  SideTable table(found.size());
  for (const SideMention& m : found) {
    TokenRange r;
    if (!tokens_in(tokens, {base + m.span.start, base + m.span.end}, r)) continue;
    table.set(r.first, r.last - r.first + 1, m.side);
  }
  return table;
}

namespace {

// Side named by the words ending at token k - 1 (walking backwards).
std::string side_ending_before(const SideTable& sides, size_t k, size_t lower, size_t& used) {
  for (size_t start = k; start-- > lower && k - start <= 4;) {
    if (!sides.side(start).empty() && start + sides.length(start) == k) {
      used = sides.length(start);
      return sides.side(start);
    }
  }
  used = 0;
  return "";
}

// "Russian and Turkish presidents", "the two countries' foreign ministers":
// sides named in front of the title at token `first`.
std::vector<std::string> sides_before(const std::vector<Token>& tokens, const SideTable& table,
                                      size_t first, size_t lower,
                                      const std::vector<std::string>& context) {
  std::vector<std::string> sides;
  size_t k = first;
  while (k > lower) {
    const Token& t = tokens[k - 1];
    if (is_pair_word(t)) return context;  // "the two foreign ministers"
    if (is_group_noun(t) && k - 1 > lower && is_pair_word(tokens[k - 2])) return context;
    if (is(t.folded(), "the") || (is(t.folded(), "and") && !sides.empty())) {
      --k;
      continue;
    }
    size_t used = 0;
    std::string side = side_ending_before(table, k, lower, used);
    if (side.empty()) break;
    sides.insert(sides.begin(), side);
    k -= used;
  }
  return sides;
}

// "the foreign ministers of Russia and Turkey", "the presidents of Russia,
// France and the United States", "heads of foreign ministries of both countries".
std::vector<std::string> sides_after(const std::vector<Token>& tokens, const SideTable& table,
                                     size_t last, size_t upper,
                                     const std::vector<std::string>& context) {
  std::vector<std::string> sides;
  size_t k = last + 1;
  if (k > upper || (!is(tokens[k].folded(), "of") && !is(tokens[k].folded(), "from"))) return sides;
  ++k;
  while (k <= upper) {
    const Token& t = tokens[k];
    if (is_pair_word(t) && k + 1 <= upper && is_group_noun(tokens[k + 1])) return context;
    if (is(t.folded(), "the") || (is(t.folded(), "and") && !sides.empty())) {
      ++k;
      continue;
    }
    if (table.side(k).empty()) break;
    sides.push_back(table.side(k));
    k += table.length(k);
  }
  return sides;
}

}  // namespace

std::vector<const Entity*> Offices::resolve(const std::vector<Token>& tokens,
                                            const SideTable& table, TokenRange range,
                                            const std::vector<std::string>& context_sides,
                                            const std::vector<const Entity*>& person_at,
                                            const Salience& salience) const {
  std::vector<const Entity*> out;
  auto add = [&](const Entity* e) {
    if (e && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  auto name_follows = [&](size_t b) {
    for (size_t k = b + 1; k <= std::min(range.last, b + 2); ++k)
      if (person_at[k]) return true;
    // "Minister of Foreign Affairs of the Republic of Indonesia Sugiono".
    std::string side;
    const size_t k = after_side_phrase(tokens, table, b + 1, range.last + 1, false, side);
    return k > b + 1 && k <= range.last && person_at[k];
  };
  std::vector<PhraseMatcher::Match> found;
  for (size_t i = range.first; i <= range.last && i < tokens.size(); ++i)
    holder_phrases_.find_at(tokens, i, found);
  for (const auto& m : found) {
    const size_t a = m.range.first, b = m.range.last;
    if (b > range.last) continue;
    if (a > 0 && is_title_modifier(tokens[a - 1])) continue;
    if (name_follows(b)) continue;  // "Turkish Foreign Minister Mevlut Cavusoglu"
    std::vector<std::string> sides = sides_before(tokens, table, a, range.first, context_sides);
    for (std::string& s : sides_after(tokens, table, b, range.last, context_sides))
      sides.push_back(std::move(s));
    for (const std::string& side : sides) add(holder(holder_office_[m.id], side, salience));
  }
  // "his Turkish counterpart": same office as the person named before.
  for (size_t i = range.first; i <= range.last && i < tokens.size(); ++i) {
    if (!is(tokens[i].stem(), "counterpart") || name_follows(i)) continue;
    size_t used = 0;
    std::string side = side_ending_before(table, i, range.first, used);
    if (side.empty() && i + 2 <= range.last &&
        (is(tokens[i + 1].folded(), "from") || is(tokens[i + 1].folded(), "of")))
      side = table.side(i + 2);
    const Entity* before = nullptr;
    for (size_t k = i; k > 0 && !before; --k) before = person_at[k - 1];
    if (side.empty() || !before || before->side == side) continue;
    const Office office = of(*before);
    if (office.relation == OfficeRelation::kHolder)
      add(holder(office.name, side, salience, before->role));
  }
  return out;
}

size_t after_side_phrase(const std::vector<Token>& tokens, const SideTable& table, size_t k,
                         size_t end, bool office_words, std::string& side) {
  end = std::min(end, tokens.size());
  while (k < end) {
    const std::string_view w = tokens[k].folded();
    if (!table.side(k).empty()) {
      side = table.side(k);
      k += table.length(k);
    } else if (is(w, "of") || is(w, "the") || is(w, "republic") || is(w, "kingdom") ||
               (office_words && is_office_object(w))) {
      ++k;
    } else {
      break;
    }
  }
  return k;
}

}  // namespace kd::cmp
