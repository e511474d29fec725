// What follows a cue: its addressee, relays ("quoted by", "citing", "in an
// interview with"), the kind of complement and the claim. Frames after
// their claim and "according to" are in extract_trailing.cc.
#include "extract_frames.h"
#include "karabakh_diff/date.h"

#include <algorithm>

namespace kd {

namespace {

// Nouns that say a medium is one, before its name ("news agency APS").
bool is_medium_noun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"agency",  "broadcaster", "newspaper", "daily",
                                                "channel", "television",  "tv",        "radio",
                                                "outlet",  "website"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

}  // namespace

Span FrameFinder::claim_to_end(const SentenceView& s, size_t j) const {
  const auto& T = s.toks;
  if (j >= s.end) return {s.span.end, s.span.end};
  Span c{T[j].start, s.span.end};
  // A quotation opened inside the claim may close in a later sentence.
  bool quoted = false;
  for (size_t k = j; k < s.end; ++k) {
    if (T[k].kind != TokKind::kQuoteOpen) continue;
    quoted = true;
    if (const Quote* q = quote_at_mark(quotes_, T[k].start); q && q->close > c.end)
      c.end = q->close;
  }
  // "..., speaking to reporters in Sochi after the call.": where the words
  // were said ends the sentence, outside the claim.
  for (size_t k = j + 1; !quoted && k + 1 < s.end; ++k) {
    if (!T[k].is(",") || !T[k + 1].word() || !is_adjunct_participle(T[k + 1].low)) continue;
    size_t e = k + 2;
    while (e < s.end && !T[e].is(",") && !T[e].is(";")) ++e;
    if (e >= s.end) c.end = T[k].start;
    break;
  }
  return c;
}

void FrameFinder::relay_phrases(const SentenceView& s, size_t from, size_t to, Frame& f) const {
  const auto& T = s.toks;
  if (from >= to) return;
  for (const EntityMention* m : discourse_.entities_in(T[from].start, T[to - 1].end))
    if (m->entity->kind == SpeakerKind::kMedia && !f.via) f.via = m->entity->name;
  // "quoted by state news agency APS": a medium the lexicon does not know,
  // named after the noun that says what it is.
  for (size_t k = from; k + 1 < to && !f.via; ++k) {
    if (!T[k].word() || !is_medium_noun(T[k].low) || !T[k + 1].word() || !T[k + 1].capital ||
        T[k + 1].in_quote)
      continue;
    size_t e = k + 1;
    while (e < to && e - k <= 4 && T[e].word() && T[e].capital) ++e;
    f.via = std::string(doc_.slice({T[k + 1].start, T[e - 1].end}));
  }
  for (size_t k = from; k < to; ++k) {
    if (!opens_citation(T[k])) continue;
    size_t b = k + 1;
    while (b < to && !T[b].is(",") && !period_ends_sentence(s, b)) ++b;
    if (auto r = discourse_.resolve(T, k + 1, b); r && r->speaker.kind != SpeakerKind::kMedia) {
      f.cited = r;
    } else if (r && !f.via) {
      f.via = r->speaker.name;
    }
  }
}

// The listener toks[a, b) of "told": a person or body is the addressee; a
// medium ("Anadolu", "state television") relays the words; a venue ("a news
// conference", "a regular briefing", "the summit") is where they were said,
// no listener.
void FrameFinder::listener_or_relay(const SentenceView& s, size_t a, size_t b, Frame& f) const {
  const auto& T = s.toks;
  bool media = false;
  for (const EntityMention* m : discourse_.entities_in(T[a].start, T[b - 1].end)) {
    if (m->entity->kind == SpeakerKind::kMedia) {
      f.via = m->entity->name;
      media = true;
    } else if (!f.addressee) {
      f.addressee = m->entity->name;
    }
  }
  if (media || f.addressee) return;
  const Token& head = T[b - 1];
  if (is_venue(head.low)) return;
  // "the press" and "the media" are the people listening, as "reporters".
  if (is_media_noun(head.low) && !is_audience(head.low)) {
    size_t w = a;
    while (w + 1 < b && one_of(T[w], {"the", "a", "an"})) ++w;
    if (!f.via) f.via = std::string(doc_.slice({T[w].start, T[b - 1].end}));
    return;
  }
  f.addressee = std::string(doc_.slice({T[a].start, T[b - 1].end}));
}

namespace {

// The word after "on" in a phrase of time or manner, not of a topic: "on
// Monday", "on March 3", "on condition of anonymity", "on behalf of".
bool time_or_manner_after_on(const Token& t) {
  if (!t.word()) return true;
  if (!t.low.empty() && t.low[0] >= '0' && t.low[0] <= '9') return true;
  return weekday_from_name(t.low) >= 0 || month_from_name(t.low) > 0 || t.is("condition") ||
         t.is("background") || t.is("behalf");
}

// The end of a bare phrase of time at T[j] ("Thursday", "Friday evening",
// "today", "Jan. 5"), as AP writes it after the verb: "said Thursday that";
// j when there is none.
size_t bare_time_end(const std::vector<Token>& T, size_t j, size_t end) {
  if (j >= end || !T[j].word() || T[j].in_quote) return j;
  size_t k = j;
  if (weekday_from_name(T[j].low) >= 0 || one_of(T[j], {"today", "yesterday", "tonight"})) {
    k = j + 1;
  } else if (month_from_name(T[j].low) > 0 && T[j].capital) {
    k = j + 1;
    if (k < end && T[k].is(".") && T[k].start == T[j].end) ++k;
    if (k >= end || T[k].low.empty() || T[k].low[0] < '0' || T[k].low[0] > '9') return j;
    ++k;
  } else {
    return j;
  }
  if (k < end && one_of(T[k], {"morning", "afternoon", "evening", "night"})) ++k;
  return k;
}

// "said, as quoted by AZERTAC, that", "said, in a statement, that": at the
// comma T[j], a phrase of a preposition (or "as") set off by commas before
// "that", an aside between the verb and its clause.
bool aside_before_that(const SentenceView& s, size_t j) {
  const std::vector<Token>& T = s.toks;
  if (j + 1 >= s.end || !T[j + 1].word() || T[j + 1].in_quote ||
      !(is_preposition(T[j + 1].low) || T[j + 1].is("as")))
    return false;
  for (size_t k = j + 2; k + 1 < s.end && k - j < 14; ++k) {
    if (T[k].kind == TokKind::kQuoteOpen || T[k].is(":")) return false;
    if (T[k].is(",")) return T[k + 1].is("that");
  }
  return false;
}

}  // namespace

size_t FrameFinder::known_name_end(const SentenceView& s, size_t j) const {
  const auto& T = s.toks;
  constexpr size_t kNameWords = 8;
  const size_t last = std::min(s.end, j + kNameWords) - 1;
  const uint32_t base = T[j].start;
  const uint32_t first = T[j].is("the") && j + 1 <= last ? T[j + 1].start - base : 0;
  for (const EntityMention& m : discourse_.gazetteer().find(doc_.slice({base, T[last].end}))) {
    if (m.span.start != 0 && m.span.start != first) break;
    for (size_t k = j; k <= last; ++k)
      if (T[k].end == base + m.span.end) return k + 1;
  }
  return j;
}

Complement FrameFinder::complement_after(const SentenceView& s, size_t& j, const Cue& cue,
                                         Frame& f) const {
  const auto& T = s.toks;
  // "told Lavrov that", "informed AFP that", "told reporters in Moscow",
  // "told a regular briefing on Wednesday that": the listener runs up to a
  // delimiter or a place/time phrase.
  if (cue.takes_addressee && j < s.end && T[j].word() && !T[j].in_quote &&
      !one_of(T[j], {"that", "about", "of", "on", "to", "in", "at"})) {
    size_t b = j + 1;  // the listener's first word may be a cue's ("state television")
    // "told The Times of Israel that": a name the lexicon knows runs on
    // past "of".
    const size_t named = known_name_end(s, j);
    while (b < s.end &&
           (b < named || (b - j < 6 && T[b].word() && !T[b].in_quote &&
                          !one_of(T[b], {"that", "about", "of", "to", "and", "but"}) &&
                          !is_preposition(T[b].low) && bare_time_end(T, b, s.end) == b &&
                          !cues_.match(T, b, s.end).cue)))
      ++b;
    // "told reporters Friday that": the time after the listener.
    const size_t time_end = bare_time_end(T, b, s.end);
    const bool timed = time_end > b && time_end < s.end && T[time_end].is("that");
    const size_t clause = cue.takes_clause ? clause_after_phrase(s, j, b) : kNoClause;
    if (clause != kNoClause) b = clause;
    const bool delimited = clause != kNoClause || b >= s.end || !T[b].word() || T[b].in_quote ||
                           one_of(T[b], {"that", "about", "of", "to"}) ||
                           is_preposition(T[b].low) || timed;
    if (b > j && delimited) {
      const size_t listener = j;
      listener_or_relay(s, j, b, f);
      j = timed ? time_end : b;
      // "told Wang to stop the drills": an order, reported; the claim reads
      // as after "urged" (listener and infinitive).
      if (T[b - 1].word() && b + 1 < s.end && T[b].is("to") && T[b + 1].word() &&
          !T[b + 1].capital && !T[b + 1].in_quote && !is_determiner(T[b + 1].low) &&
          cue.takes_order) {
        j = listener;
        return Complement::kOrder;
      }
    }
  }
  // Places, times and relays between the cue and the content.
  for (int guard = 0; guard < 4 && j < s.end; ++guard) {
    if (const size_t time_end = bare_time_end(T, j, s.end);
        time_end > j && time_end < s.end &&
        (T[time_end].is("that") || T[time_end].is(",") ||
         (cue.takes_clause && T[time_end].word() && !T[time_end].is("'s")))) {
      j = time_end;  // "said Thursday that", "said Friday he", "said Friday, citing ..."
      continue;
    }
    const Token& t = T[j];
    // "briefed Lavrov on the talks in Muscat": after a listener, "on" or
    // "of" says what about ("on Monday" is a time).
    if ((t.is("on") || t.is("of")) && f.addressee && cue.takes_addressee && j + 1 < s.end &&
        !time_or_manner_after_on(T[j + 1]))
      break;
    const bool relay =
        t.is(",") && j + 1 < s.end &&
        (T[j + 1].is("quoted") || opens_citation(T[j + 1]) || aside_before_that(s, j));
    if (!relay && !(t.word() && !t.in_quote && (is_preposition(t.low) || is_frame_adverb(t.low))))
      break;
    size_t k = relay ? j + 1 : j;
    while (k < s.end && k - j < 14 && !T[k].is("that") && !T[k].is(":") && !T[k].is(",") &&
           T[k].kind != TokKind::kQuoteOpen)
      ++k;
    // "expressed concern over X, and ...": after a verb that takes an
    // object, such a phrase up to a comma is the object, not a place or time.
    if (!relay && k < s.end && T[k].is(",") && cue.takes_object &&
        one_of(t, {"over", "about", "at", "regarding", "on", "to", "with"}) &&
        !(t.is("on") && j + 1 < s.end && time_or_manner_after_on(T[j + 1])))
      break;
    if (k >= s.end || k - j >= 14) {
      // No delimiter: a bare clause may follow the phrase ("said on Friday
      // the two sides had agreed"), for verbs that take one.
      if (relay || !cue.takes_clause || cue.takes_object) break;
      const size_t clause = clause_after_phrase(s, j, std::min(k, j + 14));
      if (clause == kNoClause) break;
      relay_phrases(s, j, clause, f);
      j = clause;
      break;
    }
    // "said on Thursday he had a \"very good\" call": a clause starts
    // before the quotation, which is part of it, not the words said.
    if (!relay && T[k].kind == TokKind::kQuoteOpen && cue.takes_clause && !cue.takes_object) {
      const size_t clause = clause_after_phrase(s, j, k);
      if (clause != kNoClause) {
        relay_phrases(s, j, clause, f);
        j = clause;
        break;
      }
    }
    relay_phrases(s, j, k, f);
    j = k;
    // "reported, citing unnamed sources, that ...": the comma closes the relay.
    if (relay && j + 1 < s.end && T[j].is(",") && T[j + 1].is("that")) ++j;
  }
  if (j >= s.end) return Complement::kNone;
  const Token& t = T[j];
  if (t.kind == TokKind::kQuoteOpen) return Complement::kQuote;
  if (t.is("that")) {
    ++j;
    return Complement::kThat;
  }
  if (t.is(":")) {
    ++j;
    if (j < s.end && T[j].kind == TokKind::kQuoteOpen) return Complement::kQuote;
    return j < s.end ? Complement::kColon : Complement::kNone;
  }
  if (t.is(",") && j + 1 < s.end && T[j + 1].kind == TokKind::kQuoteOpen) {
    ++j;
    return Complement::kQuote;
  }
  if (!t.word() || cue.that_only) return Complement::kNone;
  // "recalled its ambassador from Paris": a government acts on its envoy;
  // no words are reported.
  // ("said the mission was lawful" reports a clause.)
  if (is_determiner(t.low) && j + 1 < s.end && T[j + 1].word() && is_envoy_noun(T[j + 1].low) &&
      !(cue.takes_clause && bare_clause_at(s, j)))
    return Complement::kNone;
  // "informed his counterpart of the progress", "briefed Lavrov on the
  // talks": after a listener "of" or "on" says what about, as "about" does.
  if (cue.takes_object || t.is("about") ||
      ((t.is("of") || t.is("on")) && f.addressee && cue.takes_addressee && j + 1 < s.end &&
       !time_or_manner_after_on(T[j + 1])))
    return Complement::kObject;
  if (!cue.takes_clause) return Complement::kNone;
  return bare_clause_at(s, j) ? Complement::kClause : Complement::kNone;
}

}  // namespace kd
