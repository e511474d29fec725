// Event cues of a sentence: phrases of the lexicon's event cues, merged
// when they overlap or restate each other, and the clauses that plan an
// event rather than report it.
#include "compare_event_cues.h"

#include <algorithm>

namespace kd::cmp {

namespace {

// Whether cue `next` restates cue `h` of the sentence ("met on the
// sidelines of the APEC summit in Lima on Friday": the summit is where they
// met): in its clause, of a fitting kind, with no "after"/"before" between
// ("the call came a day after a conversation between...") and nobody named
// after it in the clause, who would be its own participants.
bool restates(const CueHit& h, const CueHit& next, const std::vector<Token>& tokens,
              const std::vector<EntityRef>& names) {
  if (!kinds_fit(h.kind, next.kind)) return false;
  for (size_t k = h.range.last + 1; k <= next.range.first; ++k)
    if (tokens[k].clause_start || is(tokens[k].folded(), "after") ||
        is(tokens[k].folded(), "before"))
      return false;
  size_t end = next.range.last + 1;
  while (end < tokens.size() && !tokens[end].clause_start) ++end;
  for (const EntityRef& n : names)
    if (n.range.first > next.range.last && n.range.first < end) return false;
  return true;
}

// Whether a cue of kind "hosted" ("received", "hosted") reports no visit:
// the sentence reports a call ("received a phone call from"), or its clause
// names a thing received ("received a letter from").
bool not_a_visit(const Resources& res, const std::vector<Token>& tokens,
                 const std::vector<PhraseMatcher::Match>& cues, TokenRange hit) {
  for (const PhraseMatcher::Match& m : cues)
    if (res.cue_kinds[static_cast<size_t>(m.id)] == CueKind::kCall &&
        res.cue_rules[static_cast<size_t>(m.id)] == CueRule::kPlain)
      return true;
  size_t end = hit.last + 1;
  while (end < tokens.size() && !tokens[end].clause_start) ++end;
  for (const PhraseMatcher::Match& m : res.received_things.find(tokens))
    if (m.range.first > hit.last && m.range.first < end) return true;
  return false;
}

// Whether the folded words of tokens[.., end) are `words`.
bool words_end_at(const std::vector<Token>& tokens, size_t end,
                  const std::vector<std::string>& words) {
  if (words.size() > end) return false;
  for (size_t i = 0; i < words.size(); ++i)
    if (tokens[end - words.size() + i].folded() != words[i]) return false;
  return true;
}

}  // namespace

bool kinds_fit(CueKind a, CueKind b) {
  if (a == b) return true;
  if (a == CueKind::kStatement || b == CueKind::kStatement) return false;
  return a == CueKind::kTalks || b == CueKind::kTalks;
}

// Event cues of a sentence; overlapping phrases ("held talks" + "talks
// with") are one cue, and a specific kind beats "talks"; so is a cue that
// restates the one before (which would otherwise take the date after it
// from the cue that has the participants). "X spoke with Y" reports a
// call, unless the sentence places the two in one room ("on the sidelines
// of the summit", "in person"); "spoke by phone with" stays a call.
// "X received Y" reports a meeting, unless not_a_visit.
std::vector<CueHit> cue_hits(const Resources& res, const std::vector<Token>& tokens,
                             const std::vector<EntityRef>& names) {
  std::vector<CueHit> hits;
  bool placed = false, venue_known = false;
  const std::vector<PhraseMatcher::Match> found = res.event_cues.find(tokens);
  for (const PhraseMatcher::Match& m : found) {
    const auto id = static_cast<size_t>(m.id);
    CueHit hit{res.cue_kinds[id], m.range};
    if (res.cue_rules[id] == CueRule::kPlaceable) {
      if (!venue_known) placed = !res.venues.find(tokens).empty();
      venue_known = true;
      if (placed) hit.kind = CueKind::kMeeting;
    } else if (res.cue_rules[id] == CueRule::kHostLike &&
               not_a_visit(res, tokens, found, m.range)) {
      continue;
    }
    if (!hits.empty()) {
      CueHit& h = hits.back();
      if (m.range.first <= h.range.last || restates(h, hit, tokens, names)) {
        h.range.last = std::max(h.range.last, m.range.last);
        if (h.kind == CueKind::kTalks) h.kind = hit.kind;
        continue;
      }
    }
    hits.push_back(hit);
  }
  return hits;
}

// A cue in a clause that plans the event rather than reports it: "X will
// meet Y", "would travel to Moscow for talks with Y", "plans to hold
// talks", "is expected to meet", and the lexicon's prospects ("no date was
// set for a meeting", "a possible meeting"). Reports in the past are what
// the readouts are compared on; a planned meeting is another event, not
// this one. The modal verbs are grammar, so they live here.
bool planned(const Resources& res, const std::vector<Token>& tokens, size_t clause_lo, size_t cue) {
  if (cue > 0 && is(tokens[cue - 1].folded(), "to")) return true;  // "plans to meet"
  for (size_t k = clause_lo; k < cue; ++k) {
    const std::string_view w = tokens[k].folded();
    if (is(w, "will") || is(w, "would") || is(w, "shall")) return true;
    // "Lula invited Milei to the Mercosur summit": an invitation.
    if (is(w, "invited") || is(w, "invites") || is(w, "inviting") || is(w, "invitation"))
      return true;
  }
  // The prospect word right before the cue, an article or up to two
  // adjectives between ("preparations for the informal summit"), and the
  // words of a name ("preparations for the second China-Central Asia
  // Summit").
  constexpr size_t kWordsBetween = 2;
  size_t k = cue;
  for (size_t between = 0; k > clause_lo && between <= kWordsBetween; --k) {
    for (const std::vector<std::string>& words : res.prospects)
      if (words_end_at(tokens, k, words)) return true;
    const std::string_view w = tokens[k - 1].folded();
    if (tokens[k - 1].clause_start) break;
    if (!(is(w, "a") || is(w, "an") || is(w, "the") || tokens[k - 1].capital)) {
      if (tokens[k - 1].stop) break;
      ++between;
    }
  }
  return false;
}

// The clause tokens[lo, hi] says its event was held with each party apart
// (event cue kind "separate": "separate calls", "spoke separately").
bool separate_events(const Resources& res, const std::vector<Token>& tokens, size_t lo, size_t hi) {
  for (const PhraseMatcher::Match& m : res.separately.find(tokens))
    if (m.range.first >= lo && m.range.last <= hi) return true;
  return false;
}

// "in June 2024", "in 2024": a month and a year, or a year alone after
// "in", among tokens [lo, hi]; no day.
bool month_and_year_in(const std::vector<Token>& tokens, size_t lo, size_t hi) {
  auto year = [&](size_t k) {
    const std::string_view w = tokens[k].folded();
    return w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (size_t k = lo + 1; k <= hi && k < tokens.size(); ++k)
    if (year(k) &&
        (month_from_name(tokens[k - 1].folded()) > 0 || is(tokens[k - 1].folded(), "in")))
      return true;
  return false;
}

// "last met", "previously spoke", "had met": the word before the cue at
// token `cue` tells of an earlier event ("had" only as an auxiliary: "had
// talks with" is this event; "their first meeting" may be it too).
bool told_as_background(const std::vector<Token>& tokens, size_t cue) {
  if (cue == 0) return false;
  const std::string_view w = tokens[cue - 1].folded();
  const std::string_view verb = tokens[cue].folded();
  return is(w, "last") || is(w, "previously") ||
         (is(w, "had") && (is(verb, "met") || is(verb, "spoken") || is(verb, "talked") ||
                           is(verb, "held") || is(verb, "hosted")));
}

size_t past_aside(const std::vector<Token>& tokens, size_t cue) {
  if (cue == 0 || !is(tokens[cue - 1].folded(), "who")) return 0;
  size_t end = cue + 1;
  while (end < tokens.size() && !tokens[end].clause_start) ++end;
  for (size_t k = cue + 1; k < end; ++k) {
    const std::string_view x = tokens[k].folded();
    if (is(x, "before") || is(x, "ago") || is(x, "earlier") || is(x, "last") || is(x, "previously"))
      return end;
  }
  return 0;
}

bool earlier_one_before(const std::vector<Token>& tokens, size_t at) {
  for (size_t k = at; k-- > 0 && at - k <= 2;) {
    const std::string_view w = tokens[k].folded();
    if ((is(w, "previous") || is(w, "last") || is(w, "earlier") || is(w, "prior") ||
         is(w, "preceding") || is(w, "former")) &&
        k > 0 && (is(tokens[k - 1].folded(), "the") || is(tokens[k - 1].folded(), "their")))
      return true;  // ("last met" is no noun: told_as_background)
  }
  return false;
}

}  // namespace kd::cmp
