#include "compare_events.h"
#include "compare_event_cues.h"
#include "compare_event_people.h"

#include <algorithm>
#include <map>
#include <optional>

#include "compare_words.h"

namespace kd::cmp {

namespace {

// Words between "the talks were held" and the date that dates them.
constexpr size_t kDateAfterReference = 6;

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Adds a mention to the event with the same participants, kind and date,
// or starts a new event. Returns the event's index.
// Events of a document by their sorted participants.
using EventIndex = std::map<std::vector<std::string>, std::vector<size_t>>;

size_t add_mention(std::vector<DocEvent>& events, EventIndex& index,
                   const std::vector<const Entity*>& people, CueKind kind, const DateRef* day,
                   const Mention& mention) {
  std::vector<std::string> names;
  for (const Entity* e : people) names.push_back(e->name);
  const std::optional<Date> date = day ? day->date : std::nullopt;
  const int weekday = day ? day->weekday : -1;
  std::vector<size_t>& same_people = index[sorted(names)];
  for (auto it = same_people.rbegin(); it != same_people.rend(); ++it) {
    const size_t i = *it;
    DocEvent& e = events[i];
    if (!kinds_fit(e.kind, kind) || !dates_fit(e, date, weekday)) continue;
    e.mentions.push_back(mention);
    if (e.kind == CueKind::kTalks) e.kind = kind;
    if (!e.date && date) {
      e.date = date;
      e.date_source = day->source;
    }
    if (e.weekday < 0) e.weekday = weekday;
    return i;
  }
  DocEvent e;
  e.kind = kind;
  e.participants = names;
  for (const Entity* p : people)
    if (std::find(e.sides.begin(), e.sides.end(), p->side) == e.sides.end())
      e.sides.push_back(p->side);
  e.date = date;
  e.weekday = weekday;
  if (date) e.date_source = day->source;
  e.mentions.push_back(mention);
  events.push_back(std::move(e));
  same_people.push_back(events.size() - 1);
  return events.size() - 1;
}

}  // namespace

void detect_events(const Document& doc, const Resources& res, const Salience& salience,
                   DocWork& work) {
  std::vector<DocEvent>& events = work.events;
  int context = -1;  // event of the latest mention: what "the call" refers to
  DateClues clues;
  EventIndex index;
  clues.in_sentence.resize(doc.sentences.size());
  // People named in the sentences before, the latest last, with the
  // sentence of their latest mention: whom "the two leaders" may be.
  std::vector<std::pair<const Entity*, size_t>> named_before;
  // The first cue reported without its parties ("the call lasted 45
  // minutes"): its kind and sentence.
  struct Unparted {
    CueKind kind;
    size_t sentence;
    const DateRef* day;  // the cue's own ("held talks on Saturday"), if any
    bool reference;      // "the call", not a cue
  };
  std::optional<Unparted> unparted;
  for (size_t s = 0; s < doc.sentences.size() && !expired(work.deadline); ++s) {
    const std::vector<Token>& tokens = work.sentence_tokens[s];
    const std::vector<EntityRef>& names = work.sentence_names[s];
    const std::vector<DateRef>& days = work.dates.by_sentence[s];
    const std::vector<CueHit> cues = cue_hits(res, tokens, names);
    const int context_before = context;
    std::vector<const Entity*> person_at(tokens.size(), nullptr);
    for (const EntityRef& n : names)
      if (n.entity->kind == SpeakerKind::kPerson) person_at[n.range.first] = n.entity;
    std::vector<int> cue_event(cues.size(), -1);
    std::vector<bool> cue_planned(cues.size(), false);
    size_t aside_end = 0;  // tokens before it are in an aside (past_aside)
    bool new_event = false;
    auto people_in = [&](TokenRange r, size_t cue) {
      std::vector<std::string> context_sides;
      if (context >= 0) context_sides = events[static_cast<size_t>(context)].sides;
      std::vector<const Entity*> people = named_people(names, r, cue, tokens, cues);
      for (const Entity* e : res.offices.resolve(tokens, work.sentence_sides[s], r, context_sides,
                                                 person_at, salience))
        if (std::find(people.begin(), people.end(), e) == people.end()) people.push_back(e);
      return people;
    };
    auto record = [&](size_t c, const std::vector<const Entity*>& people, const DateRef* day) {
      const TokenRange cue = cues[c].range;
      const Mention mention{static_cast<uint32_t>(s),
                            doc.sentences[s].paragraph,
                            {tokens[cue.first].span.start, tokens[cue.last].span.end}};
      const int e =
          static_cast<int>(add_mention(events, index, people, cues[c].kind, day, mention));
      // "Erdogan and Aliyev last met in Antalya": background, not what "the
      // call" and the readouts after it are about.
      if (told_as_background(tokens, cue.first) &&
          events[static_cast<size_t>(e)].mentions.size() == 1)
        events[static_cast<size_t>(e)].background = true;
      if (!events[static_cast<size_t>(e)].background) context = e;
      cue_event[c] = e;
      clues.in_sentence[s].push_back(e);
      new_event = true;
    };
    for (size_t c = 0; c < cues.size(); ++c) {
      const TokenRange cue = cues[c].range;
      // A cue's participants are in its clause, else between its neighbour
      // cues; when no cue of the sentence has any, the first takes the
      // whole sentence ("X received a phone call from Y").
      const size_t lo = c > 0 ? cues[c - 1].range.last + 1 : 0;
      const size_t hi = c + 1 < cues.size() ? cues[c + 1].range.first - 1 : tokens.size() - 1;
      size_t clause_lo = cue.first, clause_hi = cue.last;
      while (clause_lo > lo && !tokens[clause_lo].clause_start) --clause_lo;
      while (clause_hi < hi && !tokens[clause_hi + 1].clause_start) ++clause_hi;
      if (cue.first < aside_end) continue;  // in the aside of a cue before
      // "The previous telephone conversation between Putin and Trump took
      // place on June 14": an earlier event of the same people.
      if (earlier_one_before(tokens, cue.first)) continue;
      if (const size_t end = past_aside(tokens, cue.first)) {
        aside_end = end;
        continue;
      }
      if (planned(res, tokens, clause_lo, cue.first)) {
        cue_planned[c] = true;
        continue;
      }
      std::vector<const Entity*> people = people_in({clause_lo, clause_hi}, cue.first);
      if (people.size() < 2) people = people_in({lo, hi}, cue.first);
      if (people.size() < 2 && c + 1 == cues.size() && !new_event && cues.size() > 1 &&
          cues[0].range.first >= aside_end) {
        // (Of this cue when the first plans an event: "discussed
        // preparations for the summit in a phone conversation".)
        const size_t first = cue_planned[0] ? c : 0;
        people = people_in({0, tokens.size() - 1}, cues[first].range.first);
        if (people.size() >= 2) {
          record(first, people,
                 nearest_day(days, tokens[cues[first].range.first].span.start, 0, 0));
          continue;
        }
      }
      // "The two leaders held talks" before any event: the two people of
      // two sides named last, in the sentences just before.
      if (people.size() < 2 && context < 0)
        if (const unsigned rank = parties_named_in(res, work, s, lo, hi); rank != 0)
          people = last_pair(named_before, s, rank, res);
      // "During the phone call, Erdogan said": "the" call, before any event
      // was reported, is his with the person of another side named just
      // before ("Erdogan told his Russian counterpart Vladimir Putin that").
      // Its day is the one told there ("on Monday told ...").
      const DateRef* told_day = nullptr;
      if (people.size() == 1 && context < 0 && cue.first > 0 &&
          is(tokens[cue.first - 1].folded(), "the"))
        if (const auto* other = last_of_other_side(named_before, s, *people[0])) {
          people.push_back(other->first);
          for (const DateRef& d : work.dates.by_sentence[other->second])
            if (!d.relative && !told_day) told_day = &d;
        }
      // "The United States and Iran held talks ... US envoy Steve Witkoff
      // and Iranian Foreign Minister Abbas Araghchi sat ...": the people of
      // the two countries before the cue, named in the next sentence.
      if (people.empty() && cue.first > lo && s + 1 < doc.sentences.size() &&
          doc.sentences[s + 1].paragraph == doc.sentences[s].paragraph)
        people = people_of_sides(work, s, lo, cue.first - 1);
      if (people.size() < 2) {
        cue_event[c] = context;  // "the phone call": the event talked about
        // ("after two hours of talks": a cue that names nobody, not even
        // "the two ministers" who are not the people named before.)
        if (!unparted && people.empty() && cues[c].kind != CueKind::kStatement &&
            parties_named_in(res, work, s, lo, hi) == 0)
          unparted = Unparted{cues[c].kind, s,
                              nearest_day(days, tokens[cue.first].span.start,
                                          tokens[clause_lo].span.start, tokens[clause_hi].span.end),
                              false};
        continue;
      }
      const DateRef* day = nearest_day(days, tokens[cue.first].span.start,
                                       tokens[clause_lo].span.start, tokens[clause_hi].span.end);
      if (day && (day->span.start < tokens[lo].span.start || day->span.end > tokens[hi].span.end))
        day = nullptr;  // belongs to another cue of the sentence
      // "China on Wednesday urged ..., a day after X and Y spoke": the day
      // before the phrase is not this event's, but a day from it.
      size_t where = 0;
      std::optional<DateClues::DayFill> offset_day;
      if (const std::optional<int> offset = day_offset_phrase(tokens, where);
          offset && day && day->date && day->span.end <= tokens[where].span.start &&
          cue.first > where) {
        if (day->date->complete())
          offset_day = {-1, Date::from_days(day->date->days() + *offset), day->source};
        day = nullptr;
      }
      if (!day) day = told_day;
      if (people.size() > 2 && separate_events(res, tokens, clause_lo, clause_hi)) {
        // "held separate phone calls with Putin and Zelensky": one event
        // with each of the others, for the one named first.
        // One of its own side is no other party ("Cavusoglu, with Erdogan,
        // met Blinken separately").
        for (size_t k = 1; k < people.size(); ++k)
          if (people[k]->side.empty() || people[k]->side != people[0]->side)
            record(c, {people[0], people[k]}, day);
      } else {
        record(c, people, day);
        // "spoke with Lavrov and, hours later, with Wang Yi": a second
        // call of the one named first, after the clause.
        if (const Entity* later = later_with(names, tokens, clause_hi, hi, people))
          record(c, {people[0], later}, day);
      }
      if (offset_day) {
        offset_day->event = cue_event[c];
        clues.day_fills.push_back(*offset_day);
      }
      if (!day)
        for (const DateRef& d : days)
          if (d.of_words && d.date && d.span.start >= tokens[lo].span.start &&
              d.span.end <= tokens[hi].span.end) {
            clues.said_fills.push_back({cue_event[c], &d});
            break;
          }
      if (!day) {
        // "spoke by phone last week", "last met in June 2024": the day is
        // unknown, not the dateline's.
        DocEvent& e = events[static_cast<size_t>(cue_event[c])];
        if (month_and_year_in(tokens, lo, hi)) e.other_month = true;
        for (const DateRef& d : days)
          if (d.relative && d.span.start >= tokens[lo].span.start &&
              d.span.end <= tokens[hi].span.end)
            e.vague_date = true;
      }
    }
    // ("the call lasted 45 minutes": a reference to an event none reported.)
    if (!unparted && context < 0)
      for (const PhraseMatcher::Match& m : references_in(res, work, s))
        if (m.id >= 0 && res.names_event[static_cast<size_t>(m.id)]) {
          unparted = Unparted{res.reference_kinds[static_cast<size_t>(m.id)], s, nullptr, true};
          break;
        }
    for (const EntityRef& n : names) {
      if (n.entity->kind != SpeakerKind::kPerson) continue;
      auto it = std::find_if(named_before.begin(), named_before.end(),
                             [&](const auto& p) { return p.first == n.entity; });
      if (it != named_before.end()) named_before.erase(it);
      named_before.push_back({n.entity, s});
    }
    // "The talks were held on November 1": a back-reference followed
    // closely by a date dates the event it refers to (applied last).
    if (!new_event && context >= 0) {
      std::vector<PhraseMatcher::Match> refs = references_in(res, work, s);
      for (const CueHit& c : cues) refs.push_back({-1, c.range});
      for (const PhraseMatcher::Match& m : refs) {
        // ("The previous telephone conversation took place on June 14": an
        // earlier event, not the one talked about.)
        if (earlier_one_before(tokens, m.range.first)) continue;
        const size_t limit = std::min(tokens.size() - 1, m.range.last + kDateAfterReference);
        for (const DateRef& d : days)
          if (d.date && !d.relative && d.span.start >= tokens[m.range.last].span.end &&
              d.span.end <= tokens[limit].span.end)
            clues.fills.push_back({context, &d});
      }
    }
    // "X came one day after Y": Y's date from X's. X or Y may be a cue or a
    // back-reference ("the call") to the event talked about before.
    size_t where = 0;
    if (std::optional<int> offset = day_offset_phrase(tokens, where); offset) {
      std::vector<std::pair<size_t, int>> anchors;  // (token, event)
      for (size_t c = 0; c < cues.size(); ++c)
        anchors.push_back({cues[c].range.first, cue_event[c]});
      for (const PhraseMatcher::Match& m : references_in(res, work, s))
        anchors.push_back({m.range.first, context_before});
      std::sort(anchors.begin(), anchors.end());
      int after = -1, before = -1;
      for (const auto& [token, event] : anchors) {
        if (token > where && after < 0) after = event;
        if (token < where && event >= 0) before = event;
      }
      if (after >= 0 && before >= 0 && after != before)
        clues.links.push_back({before, after, *offset});
    }
  }
  // "Rubio told Wang Yi on Friday that ... A senior official said the call
  // lasted 45 minutes": no sentence reported the event with its parties, but
  // one referred to it; its parties are the people of two governments the
  // lede names together, its day that sentence's.
  if (unparted &&
      std::all_of(events.begin(), events.end(), [](const DocEvent& e) { return e.background; })) {
    // (A cue's sentence has no two parties, else it would have had them;
    // "The United States and Iran held talks on Saturday. US envoy Steve
    // Witkoff and ...": the sentence after it may.)
    const auto [s, people] = !unparted->reference
                                 ? lede_pair(work, unparted->sentence + 2, unparted->sentence)
                                 : lede_pair(work, unparted->sentence, unparted->sentence);
    if (people.size() == 2) {
      const Span span = doc.sentences[s].span;
      const Mention mention{static_cast<uint32_t>(s), doc.sentences[s].paragraph, span};
      const DateRef* day = nearest_day(work.dates.by_sentence[s], span.start, span.start, span.end);
      if (!day) day = unparted->day;
      const size_t e = add_mention(events, index, people, unparted->kind, day, mention);
      clues.in_sentence[s].push_back(static_cast<int>(e));
    }
  }
  settle_dates(doc, clues, events);
  for (DocEvent& e : events) {
    for (const Mention& m : e.mentions) {
      if (e.initiator) break;
      e.initiator = initiator_in(work.sentence_tokens[m.sentence], work.sentence_names[m.sentence],
                                 work.sentence_sides[m.sentence], res);
    }
  }
}

}  // namespace kd::cmp
