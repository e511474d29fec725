// Who takes part in an event and how they are named (private to the
// comparer): the names of each sentence, people who speak for others, a
// second call "hours later, with" someone, "the two leaders" named before,
// and who initiated an event.
#include <algorithm>

#include "compare_event_cues.h"
#include "compare_event_people.h"
#include "compare_events.h"
#include "compare_statements.h"
#include "compare_words.h"

namespace kd::cmp {

namespace {

// Whether the name at token `name` lies in a relative clause (", who
// accompanied Erdogan,") that the cue at token `cue` is not in: the clause
// tells about its subject, and who it names takes no part in the event.
bool in_relative_clause(const std::vector<Token>& tokens, size_t name, size_t cue) {
  size_t start = name;
  while (start > 0 && !tokens[start].clause_start) --start;
  const std::string_view w = tokens[start].folded();
  if (!tokens[start].clause_start || !(is(w, "who") || is(w, "whom") || is(w, "which")))
    return false;
  size_t end = name + 1;
  while (end < tokens.size() && !tokens[end].clause_start) ++end;
  return cue < start || cue >= end;
}

// Whether the name at token `name` lies in a clause of time or cause after
// the cue at token `cue` ("the first meeting ... since Javier Milei took
// office"): the clause is about the name, who takes no part.
bool in_subordinate_clause(const std::vector<Token>& tokens, size_t name, size_t cue) {
  for (size_t k = name; k-- > cue + 1;) {
    if (tokens[k + 1].clause_start) return false;
    const std::string_view w = tokens[k].folded();
    if (is(w, "since") || is(w, "until") || is(w, "because") || is(w, "when")) return true;
  }
  return false;
}

// Words that may stand between a clause and "with" of a later event of its
// subject ("and, hours later, with", "and then with").
bool between_events_word(const Token& t) {
  static const char* const kWords[] = {"and",  "then",    "later", "hours", "hour", "minutes",
                                       "days", "earlier", "also",  "after", "that", "separately",
                                       "the",  "same",    "day",   "a",     "few",  "subsequently"};
  if (!t.folded().empty() && t.folded()[0] >= '0' && t.folded()[0] <= '9') return true;
  for (const char* w : kWords)
    if (is(t.folded(), w)) return true;
  return false;
}

// Sentences back that "the two leaders" may reach for the people it names.
constexpr size_t kPartiesReach = 3;

// Rank bits of a phrase that names participants without a rank ("both
// sides").
constexpr unsigned kAnyRank = 1u << 8;

// Whether a person's office is of `rank` (kAnyRank: any office).
bool of_rank(const Entity& e, unsigned rank, const Resources& res) {
  if (rank & kAnyRank) return true;
  const Office o = res.offices.of_name(e.name);
  if (o.relation != OfficeRelation::kHolder) return false;
  return ((rank & kMinisters) && (o.name == "foreign affairs" || o.name == "defence")) ||
         ((rank & kLeaders) && (o.name == "head of state" || o.name == "head of government"));
}

// "at the latter's request": of the two (or more) bodies or people named
// before token `before`, the last one, or the first for "the former".
const Entity* former_or_latter(const std::vector<EntityRef>& names, size_t before, bool latter) {
  std::vector<const Entity*> named;
  for (const EntityRef& n : names)
    if (n.range.last < before && std::find(named.begin(), named.end(), n.entity) == named.end())
      named.push_back(n.entity);
  if (named.size() < 2) return nullptr;
  return latter ? named.back() : named.front();
}

}  // namespace

// The person after "with" in tokens (clause_hi, hi] when only such words
// (and commas) lead to it, and who is not among `people`; else nullptr.
// Named people of tokens[range] that take part in the event of the cue at
// token `cue`: not "Pashinyan" in "Pashinyan's letter", but "Lavrov" in
// "Lavrov's talks with".
std::vector<const Entity*> named_people(const std::vector<EntityRef>& names, TokenRange range,
                                        size_t cue, const std::vector<Token>& tokens,
                                        const std::vector<CueHit>& cues) {
  std::vector<const Entity*> out;
  for (const EntityRef& n : names) {
    // A spokesperson tells of a call or meeting and takes no part in it
    // ("In the call with Lavrov, Rubio ..., spokesperson Tammy Bruce said").
    if (n.entity->kind != SpeakerKind::kPerson || is_spokesperson(*n.entity)) continue;
    if (n.range.first < range.first || n.range.last > range.last) continue;
    if (in_relative_clause(tokens, n.range.first, cue) ||
        in_subordinate_clause(tokens, n.range.first, cue))
      continue;
    if (tokens[n.range.last].possessive) {
      const size_t next = n.range.last + 1;
      bool cue_next = false;
      for (const CueHit& c : cues) cue_next = cue_next || c.range.first == next;
      if (!cue_next) continue;
    }
    if (std::find(out.begin(), out.end(), n.entity) == out.end()) out.push_back(n.entity);
  }
  return out;
}

const Entity* later_with(const std::vector<EntityRef>& names, const std::vector<Token>& tokens,
                         size_t clause_hi, size_t hi, const std::vector<const Entity*>& people) {
  size_t k = clause_hi + 1;
  bool with = false;
  while (k <= hi && k < tokens.size() && !with) {
    with = is(tokens[k].folded(), "with");
    if (!with && !between_events_word(tokens[k])) return nullptr;
    ++k;
  }
  if (!with) return nullptr;
  for (const EntityRef& n : names)
    if (n.range.first >= k && n.range.first <= k + 6 && n.range.last <= hi &&
        n.entity->kind == SpeakerKind::kPerson && !is_spokesperson(*n.entity) &&
        std::find(people.begin(), people.end(), n.entity) == people.end())
      return n.entity;
  return nullptr;
}

// A phrase in tokens [lo, hi] of sentence `s` that names an event's
// participants ("the two leaders", "both sides"): its rank bits, kAnyRank
// when it has none; 0 without such a phrase.
unsigned parties_named_in(const Resources& res, DocWork& work, size_t s, size_t lo, size_t hi) {
  for (const PhraseMatcher::Match& m : references_in(res, work, s))
    if (m.id >= 0 && res.names_parties[static_cast<size_t>(m.id)] && m.range.first >= lo &&
        m.range.last <= hi) {
      const unsigned rank = rank_named(work.sentence_tokens[s], m.range);
      return rank != 0 ? rank : kAnyRank;
    }
  return 0;
}

// The last two people of `rank` and of two different sides in `named`
// (latest last), named within kPartiesReach sentences before `s`, in the
// order named.
std::vector<const Entity*> last_pair(const std::vector<std::pair<const Entity*, size_t>>& named,
                                     size_t s, unsigned rank, const Resources& res) {
  for (size_t b = named.size(); b-- > 0;) {
    if (named[b].second + kPartiesReach < s) break;
    if (!of_rank(*named[b].first, rank, res)) continue;
    for (size_t a = b; a-- > 0;) {
      if (named[a].second + kPartiesReach < s) break;
      if (named[a].first->side != named[b].first->side && of_rank(*named[a].first, rank, res))
        return {named[a].first, named[b].first};
    }
  }
  return {};
}

const std::pair<const Entity*, size_t>* last_of_other_side(
    const std::vector<std::pair<const Entity*, size_t>>& named, size_t s, const Entity& person) {
  for (size_t b = named.size(); b-- > 0;) {
    if (named[b].second + kPartiesReach < s) break;
    const Entity& e = *named[b].first;
    if (!e.side.empty() && e.side != person.side && !is_spokesperson(e)) return &named[b];
  }
  return nullptr;
}

std::vector<const Entity*> people_of_sides(const DocWork& work, size_t s, size_t lo, size_t hi) {
  std::vector<std::string> sides;
  const SideTable& table = work.sentence_sides[s];
  for (size_t k = lo; k <= hi && k < work.sentence_tokens[s].size(); ++k) {
    const std::string& side = table.side(k);
    if (!side.empty() && is_government_side(side) &&
        std::find(sides.begin(), sides.end(), side) == sides.end())
      sides.push_back(side);
  }
  if (sides.size() != 2) return {};
  std::vector<const Entity*> out;
  for (const std::string& side : sides)
    for (const EntityRef& n : work.sentence_names[s + 1])
      if (n.entity->kind == SpeakerKind::kPerson && n.entity->side == side &&
          !is_spokesperson(*n.entity)) {
        out.push_back(n.entity);
        break;
      }
  if (out.size() != 2) return {};
  return out;
}

std::optional<std::string> initiator_in(const std::vector<Token>& tokens,
                                        const std::vector<EntityRef>& names, const SideTable& sides,
                                        const Resources& res) {
  for (const PhraseMatcher::Match& m : res.initiative.find(tokens)) {
    // "at the initiative of the Turkish side", then "at Ankara's initiative".
    for (size_t k = m.range.last + 1; k < tokens.size() && k <= m.range.last + 5; ++k) {
      for (const EntityRef& n : names)
        if (n.range.first == k) return n.entity->side;
      if (!sides.side(k).empty()) return sides.side(k);
    }
    for (size_t k = m.range.first; k <= m.range.last; ++k) {
      if (!tokens[k].possessive) continue;
      // "at the Chinese side's request": the side word before "side".
      if (k > m.range.first && (is(tokens[k].folded(), "side") || is(tokens[k].folded(), "party")))
        for (size_t start = m.range.first; start < k; ++start)
          if (!sides.side(start).empty() && start + sides.length(start) == k)
            return sides.side(start);
      if (is(tokens[k].folded(), "latter") || is(tokens[k].folded(), "former"))
        if (const Entity* e =
                former_or_latter(names, m.range.first, is(tokens[k].folded(), "latter")))
          return e->side;
      for (const EntityRef& n : names)
        if (n.range.last == k) return n.entity->side;
      for (size_t start = m.range.first; start <= k; ++start)
        if (!sides.side(start).empty() && start + sides.length(start) == k + 1)
          return sides.side(start);
    }
  }
  return std::nullopt;
}

std::pair<size_t, std::vector<const Entity*>> lede_pair(const DocWork& work, size_t end,
                                                        size_t skip) {
  for (size_t s = 0; s < end && s < work.sentence_names.size(); ++s) {
    if (s == skip) continue;
    std::vector<const Entity*> people;
    for (const EntityRef& n : work.sentence_names[s]) {
      const Entity* e = n.entity;
      if (e->kind != SpeakerKind::kPerson || !is_government_side(e->side) ||
          work.sentence_tokens[s][n.range.last].possessive)  // "Wang Yi's letter"
        continue;
      if (std::none_of(people.begin(), people.end(),
                       [&](const Entity* p) { return p->side == e->side; }))
        people.push_back(e);
      if (people.size() == 2) return {s, people};
    }
  }
  return {end, {}};
}

void find_names(const Document& doc, const Resources& res, DocWork& work) {
  work.sentence_names.assign(doc.sentences.size(), {});
  work.sentence_sides.clear();
  std::vector<EntityMention> entities;
  std::vector<SideMention> sides;
  thread_local gaz::Words words;  // reused: no allocation per sentence or document
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sp = doc.sentences[s].span;
    // The sentence's tokens give the gazetteer its words unless the text
    // has letters outside ASCII: splitting it again cost a tenth of this step.
    if (gazetteer_words(doc.slice(sp), sp.start, work.sentence_tokens[s], words)) {
      res.gazetteer.find_both(words, entities, sides);
    } else {
      res.gazetteer.find_both(doc.slice(sp), entities, sides);
    }
    work.sentence_sides.push_back(side_table(sides, sp.start, work.sentence_tokens[s]));
    for (const EntityMention& m : entities) {
      if (!m.entity) continue;
      EntityRef ref{m.entity, {}, {sp.start + m.span.start, sp.start + m.span.end}};
      if (tokens_in(work.sentence_tokens[s], ref.span, ref.range))
        work.sentence_names[s].push_back(ref);
    }
  }
}

}  // namespace kd::cmp
