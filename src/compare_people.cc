// People the lexicon does not know, as event participants. The extractor
// names a speaker from a title and a full name ("Indian Foreign Secretary
// Vikram Misri said ..."); such a person takes part in the events the
// document reports as the lexicon's people do, where the text names him in
// full or, after that, by surname ("Misri met Sun in Beijing").
#include <algorithm>
#include <string>
#include <vector>

#include "compare_events.h"

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

}  // namespace

void add_unknown_speakers(const DocumentAnalysis& da, const Resources& res, DocWork& work) {
  std::vector<Person> people;
  for (const Statement& st : da.statements) {
    const Speaker& s = st.speaker;
    if (s.kind != SpeakerKind::kPerson || s.anonymous || !is_government_side(s.side) ||
        !proper_name(s.name) || res.gazetteer.by_name(s.name))
      continue;
    if (std::any_of(people.begin(), people.end(),
                    [&](const Person& p) { return p.entity->name == s.name; }))
      continue;
    Person p;
    for (const Token& t : tokenize(s.name)) p.words.emplace_back(t.folded());
    if (p.words.size() < 2) continue;
    work.people.push_back(Entity{s.name, {}, s.side, SpeakerKind::kPerson, ""});
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
