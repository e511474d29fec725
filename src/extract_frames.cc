// Frames found at their cue: "X said that ...", "X told Y: ...", "As noted
// by X, ...", "it was stressed that ...", ", noting that ...", '"...," said
// X'. What follows a cue, "according to" and frames after their claim are
// in extract_complement.cc; the subject before a cue in extract_subject.cc.
#include "extract_frames.h"

#include <algorithm>

#include <initializer_list>

namespace kd {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// "In his address to Putin, Pashinyan said ...": the person a speech or
// letter named before the frame was addressed to. `addresses` are the
// positions of "address/letter/... to" in the sentence, in order.
std::optional<std::string> addressed_to(const SentenceView& s, size_t cue,
                                        const std::vector<size_t>& addresses,
                                        const Discourse& discourse) {
  const auto& T = s.toks;
  for (size_t k : addresses) {
    if (k + 2 >= cue) break;
    for (const EntityMention* m : discourse.entities_in(T[k + 2].start, T[k + 2].end))
      if (m->entity->kind != SpeakerKind::kMedia) return m->entity->name;
  }
  return std::nullopt;
}

}  // namespace

std::vector<Frame> FrameFinder::find(const SentenceView& s) const {
  std::vector<Frame> out;
  // Found once per sentence: looking back from every cue would be quadratic
  // in a run-on sentence with thousands of frames.
  std::vector<size_t> addresses;
  for (size_t k = s.begin; k + 1 < s.end; ++k)
    if (s.toks[k + 1].is("to") &&  // rare: asked first
        one_of(s.toks[k], {"address", "letter", "message", "appeal", "speech"}))
      addresses.push_back(k);
  for (size_t i = s.begin; i < s.end; ++i) {
    const Token& t = s.toks[i];
    if (!t.word()) continue;
    // 'Blinken also "raised concerns about ..."': a quotation that opens
    // with the verb after its subject; other quoted words frame nothing.
    const bool quoted_verb = t.in_quote && i > s.begin &&
                             s.toks[i - 1].kind == TokKind::kQuoteOpen &&
                             opens_quote_after_subject(s, i);
    if (t.in_quote && !quoted_verb) continue;
    if (t.is("according") && i + 1 < s.end && s.toks[i + 1].is("to")) {
      if (auto f = according_to(s, i)) out.push_back(std::move(*f));
      ++i;
      continue;
    }
    CueMatch m = quoted_verb ? cues_.match_quoted(s.toks, i, s.end) : cues_.match(s.toks, i, s.end);
    if (!m.cue || (quoted_verb && m.base)) continue;
    if (auto f = at_cue(s, i, m)) {
      if (!f->addressee && !f->trailing) f->addressee = addressed_to(s, i, addresses, discourse_);
      out.push_back(std::move(*f));
    }
    i += m.length - 1;
  }
  return out;
}

size_t FrameFinder::clause_start(const SentenceView& s, size_t limit) const {
  const auto& T = s.toks;
  size_t cs = s.begin;
  // A quotation closes a clause when it ends one ("..., " or "...,"), not
  // when it is a phrase inside it ('turn the Aegean into "a sea of peace"
  // and called for ...').
  for (size_t k = s.begin; k < limit; ++k)
    if (T[k].is(";") || (T[k].kind == TokKind::kQuoteClose &&
                         ((k > s.begin && one_of(T[k - 1], {",", ".", "?", "!"})) ||
                          (k + 1 < limit && one_of(T[k + 1], {",", ".", "?", "!"})))))
      cs = k + 1;
  while (cs < limit && !T[cs].word()) ++cs;
  // An introductory phrase ("Earlier Thursday,", "In his call with X,").
  if (cs < limit && (is_preposition(T[cs].low) || is_frame_adverb(T[cs].low) ||
                     one_of(T[cs], {"however", "besides", "furthermore", "nevertheless", "for",
                                    "moreover", "meanwhile", "separately"}))) {
    for (size_t k = cs; k < limit; ++k) {
      if (T[k].is(",")) {
        cs = k + 1;
        break;
      }
    }
  }
  return cs;
}

void FrameFinder::cut_trailing_source(const SentenceView& s, size_t from, Frame& f) const {
  const auto& T = s.toks;
  for (size_t k = from + 1; k + 1 < s.end; ++k) {
    if (T[k].in_quote || T[k].kind == TokKind::kQuoteOpen) return;
    if (!T[k].is(",") || !opens_citation(T[k + 1])) continue;
    for (size_t e = k + 2; e < s.end; ++e)
      if (T[e].is(",") || T[e].is(";")) return;  // not the sentence's last phrase
    Frame citation;                              // what the phrase names, read apart from the frame
    relay_phrases(s, k, s.end, citation);
    if (!citation.cited) return;
    f.cited = std::move(citation.cited);
    f.claim.end = std::min(f.claim.end, T[k].start);
    return;
  }
}

bool FrameFinder::opens_quote_after_subject(const SentenceView& s, size_t i) const {
  const auto& T = s.toks;
  return i >= s.begin + 2 && T[i - 1].kind == TokKind::kQuoteOpen && T[i - 2].word() &&
         !T[i - 2].in_quote && !cues_.match(T, i - 2, s.end).cue;
}

bool FrameFinder::in_relative_clause_before_verb(const SentenceView& s, size_t i) const {
  const auto& T = s.toks;
  const size_t j = verb_group_start(s, i);
  if (j < s.begin + 2 || !T[j - 1].is("who") || !T[j - 2].is(",")) return false;
  for (size_t k = i + 1; k + 1 < s.end; ++k) {
    if (T[k].in_quote || T[k].kind == TokKind::kQuoteOpen) return false;
    if (!T[k].is(",")) continue;
    size_t v = k + 1;
    while (v < s.end && T[v].word() && (is_auxiliary(T[v].low) || is_frame_adverb(T[v].low))) ++v;
    return v < s.end && cues_.match(T, v, s.end).cue != nullptr;
  }
  return false;
}

bool FrameFinder::demonym_before_noun(const std::vector<Token>& toks, size_t a, size_t b) const {
  if (b < a + 2 || !is_determiner(toks[a].low)) return false;
  for (size_t k = a + 1; k < b; ++k) {
    const std::string_view w = toks[k].low;
    if (!toks[k].word() || w.back() == 's' ||
        discourse_.gazetteer().side_of_word(toks[k].low).empty())
      return false;
  }
  return true;
}

std::optional<Frame> FrameFinder::at_cue(const SentenceView& s, size_t i, const CueMatch& m) const {
  const auto& T = s.toks;
  const Cue& cue = *m.cue;
  Frame f;
  f.cue = m.cue;
  f.cue_tok = i;
  f.cue_span = {T[i].start, T[i + m.length - 1].end};
  const size_t prev = i > s.begin ? i - 1 : kNone;
  size_t j = i + m.length;
  // Nouns and infinitives: "the statement", "Azerbaijan's claims", "to
  // discuss", "Secretary of State", "head of state".
  // ("ABC News reported": "News" ends a name there, it is no determiner.)
  const bool name_news = prev != kNone && prev > s.begin && T[prev].is("news") && T[prev].capital &&
                         T[prev - 1].word() && T[prev - 1].capital;
  if (prev != kNone && T[prev].word() && !name_news &&
      (is_determiner(T[prev].low) || T[prev].is("'s") || T[prev].is("to") || T[prev].is("of")))
    return std::nullopt;
  // "a two-state solution": a word joined by a hyphen is part of a compound.
  if (prev != kNone && prev > s.begin && T[prev].is("-") && T[prev].start == T[prev - 1].end &&
      T[prev].end == T[i].start)
    return std::nullopt;
  // "in a phone call on Thursday", "the video call": a noun after a word of
  // an event's name, itself after a determiner.
  if (m.base && prev != kNone && prev > s.begin && T[prev].word() && T[prev - 1].word() &&
      is_determiner(T[prev - 1].low) && !is_preposition(T[prev].low) &&
      cues_.is_event_cue_word(T[prev].low))
    return std::nullopt;
  // "As noted on the TV channel, ...", "as reported by X, ..."
  if (prev != kNone && T[prev].is("as") && m.past) {
    size_t a = j < s.end && T[j].word() && (is_preposition(T[j].low) || T[j].is("by")) ? j + 1 : j;
    size_t b = a;
    while (b < s.end && !T[b].is(",")) ++b;
    if (a == b || b + 1 >= s.end) return std::nullopt;
    f.speaker = discourse_.resolve(T, a, b);
    if (!f.speaker) return std::nullopt;
    f.cue_span.start = T[prev].start;
    f.claim = claim_to_end(s, b + 1);
    f.complement = Complement::kAfterComma;
    f.rule = "as-noted";
    return f;
  }
  // Passives: the impersonal "it was stressed (with satisfaction) that ..."
  // attributes words, to the government whose own readout this is, else to
  // the last speaker; in such a readout an agentless passive ("The situation
  // in Syria was discussed") is its account too.
  size_t aux = prev;  // "were also touched upon"
  while (aux != kNone && aux > s.begin && T[aux].word() && is_frame_adverb(T[aux].low)) --aux;
  if (aux != kNone && m.past && one_of(T[aux], {"was", "were", "is", "are", "been", "be"})) {
    size_t k = aux;
    if (T[k].is("been") && k > s.begin && one_of(T[k - 1], {"has", "have", "had"})) --k;
    const std::optional<Referent>& publisher = discourse_.publisher();
    size_t that = j;
    while (that < s.end && that - j < 3 && T[that].word() && !T[that].is("that") &&
           !T[that].in_quote)
      ++that;
    if (k > s.begin && T[k - 1].is("it") && that < s.end && T[that].is("that")) {
      f.speaker = publisher ? publisher : discourse_.last_speaker(T[i].start, s.paragraph);
      if (!f.speaker) return std::nullopt;
      f.speaker->speaker.mention = std::string(doc_.slice({T[k - 1].start, T[k - 1].end}));
      f.cue_span.start = T[k - 1].start;
      f.claim = claim_to_end(s, that + 1);
      f.complement = Complement::kThat;
      f.rule = "passive-it-that";
      return f;
    }
    // The subject opens the sentence: no introductory phrase or clause.
    size_t cs = s.begin;
    while (cs < k && !T[cs].word()) ++cs;
    if (publisher && cs < k && clause_start(s, k) == cs && !is_pronoun_subject(T[cs].low) &&
        cue.cls != CueClass::kDenial && !(j < s.end && T[j].is("by")) &&
        std::none_of(T.begin() + cs, T.begin() + k, [](const Token& t) { return t.in_quote; })) {
      f.speaker = publisher;
      f.cue_span.start = T[k].start;  // "was discussed"
      f.claim = claim_to_end(s, cs);
      f.complement = Complement::kClause;
      f.rule = "readout-passive";
      return f;
    }
    return std::nullopt;
  }
  if (m.participle && prev != kNone && T[prev].is("as")) {
    // "Xinhua quoted Xi as saying that ...": the one quoted is the speaker,
    // whoever quoted him passed the words on.
    size_t q = prev;
    while (q > s.begin && prev - q < 12 && !one_of(T[q - 1], {"quoted", "cited"}) &&
           subject_word(T, q - 1, s.begin))
      --q;
    // "Medinsky was quoted by TASS as saying ...": the subject speaks, the
    // one after "by" relays.
    const bool passive = q > s.begin + 2 && q < prev && T[q - 1].is("by") &&
                         one_of(T[q - 2], {"quoted", "cited"}) && is_auxiliary(T[q - 3].low);
    std::optional<Referent> by;  // whoever quoted
    size_t verb = q - 1;         // "quoted" or "cited"
    if (passive) {
      verb = q - 2;
      auto who = subject_before(s, verb);
      if (!who) return std::nullopt;
      f.speaker = discourse_.resolve(T, who->first, who->second);
      by = discourse_.resolve(T, q, prev);
      if (!f.speaker || !by) return std::nullopt;
    } else {
      if (q == prev || q == s.begin || !one_of(T[q - 1], {"quoted", "cited"})) return std::nullopt;
      f.speaker = discourse_.resolve(T, q, prev);
      if (!f.speaker) return std::nullopt;
      if (auto subject = subject_before(s, verb))
        by = discourse_.resolve(T, subject->first, subject->second);
    }
    if (by) {
      if (by->speaker.kind == SpeakerKind::kMedia || by->speaker.kind == SpeakerKind::kInstitution)
        f.via = by->speaker.name;
      else if (by->speaker.name != f.speaker->speaker.name)
        f.relay = by->speaker;
    }
    f.cue_span.start = T[verb].start;
    f.complement = complement_after(s, j, cue, f);
    if (f.complement == Complement::kNone) f.complement = Complement::kClause;
    f.claim = claim_to_end(s, j);
    f.rule = passive ? "passive-quoted-by" : "quoted-as-saying";
    return f;
  }
  if (m.participle) {
    // "issued a joint statement urging ..."
    size_t k = prev;
    while (k != kNone && k > s.begin && !is_document_noun(T[k].low) && i - k < 3) --k;
    if (k != kNone && is_document_noun(T[k].low)) {
      size_t v = k;
      while (v > s.begin && i - v < 6 && !is_issue_verb(T[v].low)) --v;
      if (is_issue_verb(T[v].low)) {
        auto subj = subject_before(s, v);
        if (!subj) return std::nullopt;
        f.speaker = discourse_.resolve(T, subj->first, subj->second);
        f.cue_span.start = T[v].start;
        f.complement = complement_after(s, j, cue, f);
        if (f.complement == Complement::kNone) f.complement = Complement::kObject;
        f.claim = claim_to_end(s, j);
        f.rule = "statement-participle";
        return f;
      }
    }
    // ", noting that ...", ", saying: "...""; the comma may be inside a quote.
    const bool after_comma =
        prev != kNone && (T[prev].is(",") || (T[prev].kind == TokKind::kQuoteClose &&
                                              prev > s.begin && T[prev - 1].is(",")));
    if (!after_comma) return std::nullopt;
    f.complement = complement_after(s, j, cue, f);
    // ", saying the issue was not on the table": a bare clause too; ",
    // calling for a solution": an object, when the verb takes one.
    if (f.complement != Complement::kThat && f.complement != Complement::kQuote &&
        f.complement != Complement::kColon && f.complement != Complement::kClause &&
        !(f.complement == Complement::kObject && cue.takes_object))
      return std::nullopt;
    f.continuation = true;
    const size_t comma = T[prev].is(",") ? prev : prev - 1;
    const auto subj = subject_before(s, comma);
    if (subj) f.speaker = discourse_.resolve(T, subj->first, subj->second);
    // "Lavrov spoke to journalists after the call, telling reporters that
    // ...": the phrase before the comma is an object ("to journalists",
    // "with Putin"); the participle goes with the clause's subject.
    // "Erdogan thanked Mitsotakis, saying": the object of a verb, likewise;
    // without a subject before the comma ("praised Mitsotakis for his
    // courage, saying"), the clause's.
    const size_t a = subj && f.speaker ? subj->first : comma;
    if (a > s.begin && T[a - 1].word() && !T[a - 1].is("by") && !T[a - 1].is("and")) {
      const size_t cs = clause_start(s, comma);
      size_t b = cs;
      while (b < a && b - cs < 12 && subject_word(T, b, s.begin)) ++b;
      if (b > cs && b < a)
        if (auto main = discourse_.resolve(T, cs, b)) f.speaker = main;
    }
    f.claim = f.complement == Complement::kQuote ? quote_at_mark(quotes_, T[j].start)->inner
                                                 : claim_to_end(s, j);
    f.rule = "participle-continuation";
    return f;
  }
  // "A Saudi official, who asked not to be named, said ...": the relative
  // clause only describes the speaker; its main verb frames the words.
  if (in_relative_clause_before_verb(s, i)) return std::nullopt;
  // The subject of a quoted verb ends before the quotation mark.
  auto subj = subject_before(s, T[i].in_quote ? i - 1 : i);
  if (subj && !(m.base && demonym_before_noun(T, subj->first, subj->second)))
    f.speaker = discourse_.resolve(T, subj->first, subj->second);
  if (f.speaker) {
    // "In remarks broadcast by CCTV, Xi said", "In an interview with Al
    // Jazeera, ...": a medium named in the opening phrase relays the words.
    if (subj->first > s.begin + 1 && T[subj->first - 1].is(",")) {
      size_t k = s.begin;
      while (k < subj->first && !T[k].word()) ++k;
      if (k < subj->first && is_preposition(T[k].low)) relay_phrases(s, k, subj->first - 1, f);
    }
    // "Reuters, citing two diplomats, reported that ...": the source between
    // the subject and its verb.
    if (subj->second + 1 < i && T[subj->second].is(",") && opens_citation(T[subj->second + 1]))
      relay_phrases(s, subj->second, i, f);
    size_t jj = j;
    f.complement = complement_after(s, jj, cue, f);
    switch (f.complement) {
      case Complement::kQuote: {
        f.claim = quote_at_mark(quotes_, T[jj].start)->inner;
        f.rule = "frame-before-quote";
        // 'called for "a ceasefire" in Ukraine and for talks': a quoted
        // object the clause goes on after is part of the claim, not all of it.
        if (cue.takes_object && jj > i && !T[jj - 1].is(",") && !T[jj - 1].is(":"))
          for (size_t k = jj + 1; k + 1 < s.end; ++k) {
            if (T[k].kind != TokKind::kQuoteClose) continue;
            if (T[k].start == f.claim.end && T[k + 1].word() && !T[k + 1].in_quote)
              f.claim.end = claim_to_end(s, k + 1).end;
            break;
          }
        // '"We are ready," X said, "but ..."': one claim split by its frame.
        size_t q = subj->first;
        if (q > s.begin && T[q - 1].is(",")) --q;
        if (q > s.begin && T[q - 1].kind == TokKind::kQuoteClose) {
          if (const Quote* first = quote_at_mark(quotes_, T[q - 1].start)) {
            f.claim2 = f.claim;
            f.claim = first->inner;
            f.rule = "split-quote";
          }
        }
        return f;
      }
      case Complement::kThat:
        f.rule = "reported-that";
        break;
      case Complement::kColon:
        f.rule = "colon-unquoted";
        break;
      case Complement::kClause:
        f.rule = "reported-clause";
        break;
      case Complement::kObject:
        f.rule = "reported-object";
        break;
      case Complement::kOrder:
        f.rule = "reported-order";
        break;
      default:
        // "The parties agreed to continue ...", "Putin and Macron discussed
        // ...": in a government's own readout what the participants did
        // together is its account, the whole clause (as "It said Lavrov and
        // Cavusoglu agreed on ..." relays it); in news copy an event.
        if (cue.that_only && f.speaker->group && discourse_.publisher() &&
            clause_start(s, subj->first) == subj->first) {
          f.speaker = discourse_.publisher();
          f.claim = claim_to_end(s, subj->first);
          f.complement = Complement::kClause;
          f.rule = "readout-joint";
          return f;
        }
        // Event verbs ("exchanged views", "agreed") after a comma describe, not attribute.
        if (cue.that_only) return std::nullopt;
        return trailing_frame(s, subj->first, j, f) ? std::optional<Frame>(std::move(f))
                                                    : std::nullopt;
    }
    f.claim = claim_to_end(s, jj);
    cut_trailing_source(s, jj, f);
    return f;
  }
  // '"...," said the statement', '"...," added X'; never a base form: in
  // '..., state broadcaster CCTV reported' "state" names the owner.
  if (prev != kNone && !m.base && (T[prev].kind == TokKind::kQuoteClose || T[prev].is(","))) {
    size_t b = j;
    // "said readout of the call publicized by the Russian foreign ministry";
    // "said a diplomat familiar with the call": what the speaker knows of
    // belongs to the phrase, prepositions and all.
    bool knows = false;
    while (b < s.end && T[b].kind != TokKind::kQuoteOpen &&
           !one_of(T[b], {",", ".", ":", "that"})) {
      if (const size_t n = knowledge_phrase(T, b, s.end);
          n > 0 && b > j && !knows && knower_noun(T[b - 1].low)) {
        knows = true;
        b += n;
        continue;
      }
      if (!knows && T[b].word() && is_preposition(T[b].low) && !T[b].is("by")) break;
      ++b;
    }
    f.speaker = discourse_.resolve(T, j, b);
    if (!f.speaker) return std::nullopt;
    if (trailing_frame(s, i, b, f)) return f;
  }
  return std::nullopt;
}

}  // namespace kd
