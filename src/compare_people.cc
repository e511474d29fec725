// People the lexicon does not know, as event participants. The extractor
// names a speaker from a title and a full name ("Indian Foreign Secretary
// Vikram Misri said ..."); such a person takes part in the events the
// document reports as the lexicon's people do, where the text names him in
// full or, after that, by surname ("Misri met Sun in Beijing").
#include <algorithm>
#include <string>
#include <vector>

#include "compare_events.h"
#include "extract_words.h"

namespace kd::cmp {

namespace {

// The first and last words of `name` are capitalised (or start outside
// ASCII), and so are the others but short particles ("Faisal bin Farhan",
// "Ursula von der Leyen"): a proper name, not a description the extractor
// kept as written ("two sides").
bool proper_name(std::string_view name) {
  constexpr size_t kParticle = 4;  // "bin", "von", "de", "al": at most this long
  std::vector<std::string_view> words;
  for (size_t i = 0; i < name.size();) {
    const size_t j = std::min(name.find(' ', i), name.size());
    if (j > i) words.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  if (words.size() < 2) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const auto c = static_cast<unsigned char>(words[k][0]);
    const bool capital = (c >= 'A' && c <= 'Z') || c >= 0x80;
    const bool inner = k > 0 && k + 1 < words.size();
    if (!capital && !(inner && words[k].size() <= kParticle)) return false;
  }
  return true;
}

struct Person {
  const Entity* entity;
  std::vector<std::string> words;  // folded
};

bool overlaps(const std::vector<EntityRef>& names, TokenRange r) {
  return std::any_of(names.begin(), names.end(), [&](const EntityRef& n) {
    return n.range.first <= r.last && r.first <= n.range.last;
  });
}

bool capitalised(std::string_view text, const Token& t) {
  const auto c = static_cast<unsigned char>(text[t.span.start]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

constexpr size_t kTitleReach = 4;  // "Peruvian Deputy Foreign Minister": side to title
constexpr size_t kNameWords = 3;   // at most, after the title

// People the lexicon does not know, named in full after a title of their
// side ("Peruvian Foreign Minister Luis Quispe", "his Chilean counterpart
// Ana Rojas", "Minister of Foreign Affairs of Malaysia Mohamad Hasan"),
// whether they speak or not: as the extractor's titled speakers, with the
// side from the words before the title or the phrase after it. After such
// a phrase one word is a name too ("... of Indonesia Sugiono").
void add_titled_people(const DocWork& work, std::string_view text, const Resources& res,
                       std::vector<std::pair<std::string, std::string>>& out) {
  for (size_t s = 0; s < work.sentence_tokens.size(); ++s) {
    const std::vector<Token>& tokens = work.sentence_tokens[s];
    const SideTable& sides = work.sentence_sides[s];
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
      // Cheap tests first: a capital or "of" after the title word.
      if (!capitalised(text, tokens[i + 1]) && !is(tokens[i + 1].folded(), "of")) continue;
      if (!is_person_title(tokens[i].folded())) continue;
      std::string side;
      // "Minister of Foreign Affairs of the Republic of Indonesia Sugiono".
      size_t first = i + 1;
      if (is(tokens[i + 1].folded(), "of")) {
        const size_t after = after_side_phrase(tokens, sides, i + 1, tokens.size(), true, side);
        if (!side.empty()) first = after;
      }
      const bool office_of = !side.empty();
      if (first >= tokens.size() || !capitalised(text, tokens[first])) continue;
      // The name may stand in apposition: "the Taliban's defence minister,
      // Mullah Mohammad Yaqoob".
      size_t end = first;
      while (end < tokens.size() && end - first < kNameWords && capitalised(text, tokens[end]) &&
             (end == first || !tokens[end].clause_start) &&
             !is_person_title(tokens[end].folded()) && !(end > first && tokens[end - 1].possessive))
        ++end;
      const size_t words = end - first;
      if (words < (office_of ? 1u : 2u) || tokens[end - 1].possessive ||
          overlaps(work.sentence_names[s], {first, end - 1}))
        continue;
      if (end < tokens.size() && capitalised(text, tokens[end]) && !tokens[end].clause_start)
        continue;  // a longer run of capitals: a body's name, not a person's
      for (size_t k = i; !office_of && k-- > 0 && k + kTitleReach >= i && side.empty();) {
        if (!sides.side(k).empty() && k + sides.length(k) <= i) side = sides.side(k);
        if (tokens[k].clause_start) break;
      }
      if (side.empty() || !is_government_side(side)) continue;
      const std::string name(text.substr(tokens[first].span.start,
                                         tokens[end - 1].span.end - tokens[first].span.start));
      const bool one_word_ok =
          words == 1 && name.size() > 3 && !is_body_noun(tokens[first].folded());
      if ((proper_name(name) || one_word_ok) && !res.gazetteer.by_name(name))
        out.push_back({name, side});
      i = end - 1;
    }
  }
}

}  // namespace

void add_unknown_speakers(const DocumentAnalysis& da, const Resources& res, DocWork& work) {
  std::vector<std::pair<std::string, std::string>> found;  // name, side
  for (const Statement& st : da.statements) {
    const Speaker& s = st.speaker;
    if (s.kind != SpeakerKind::kPerson || s.anonymous || !is_government_side(s.side) ||
        !proper_name(s.name) || res.gazetteer.by_name(s.name))
      continue;
    found.push_back({s.name, s.side});
  }
  add_titled_people(work, da.doc.text, res, found);
  std::vector<Person> people;
  for (const auto& [found_name, found_side] : found) {
    // (Named copies: a lambda may not capture a structured binding in C++17.)
    const std::string& name = found_name;
    const std::string& side = found_side;
    if (std::any_of(people.begin(), people.end(),
                    [&](const Person& p) { return p.entity->name == name; }))
      continue;
    Person p;
    for (const Token& t : tokenize(name)) p.words.emplace_back(t.folded());
    if (p.words.empty()) continue;
    work.people.push_back(Entity{name, {}, side, SpeakerKind::kPerson, ""});
    p.entity = &work.people.back();
    people.push_back(std::move(p));
  }
  if (people.empty()) return;
  const std::string_view text = da.doc.text;
  std::vector<bool> named_in_full(people.size(), false);
  for (size_t s = 0; s < work.sentence_tokens.size(); ++s) {
    const std::vector<Token>& tokens = work.sentence_tokens[s];
    std::vector<EntityRef>& names = work.sentence_names[s];
    const size_t known = names.size();
    for (size_t i = 0; i < tokens.size(); ++i) {
      for (size_t k = 0; k < people.size(); ++k) {
        const std::vector<std::string>& w = people[k].words;
        size_t n = 0;
        if (i + w.size() <= tokens.size() &&
            std::equal(w.begin(), w.end(), tokens.begin() + static_cast<std::ptrdiff_t>(i),
                       [](const std::string& a, const Token& t) { return t.folded() == a; })) {
          n = w.size();
          named_in_full[k] = true;
        } else if (named_in_full[k] &&
                   (tokens[i].folded() == w.back() || tokens[i].folded() == w.front()) &&
                   text[tokens[i].span.start] >= 'A' && text[tokens[i].span.start] <= 'Z') {
          n = 1;  // the surname (last or, as in "Li Ming", first), once named in full
        }
        if (n == 0) continue;
        const TokenRange r{i, i + n - 1};
        if (overlaps(names, r)) continue;
        names.push_back({people[k].entity, r, {tokens[i].span.start, tokens[r.last].span.end}});
        i = r.last;
        break;
      }
    }
    if (names.size() > known)
      std::sort(names.begin(), names.end(), [](const EntityRef& a, const EntityRef& b) {
        return a.range.first < b.range.first;
      });
  }
}

}  // namespace kd::cmp
