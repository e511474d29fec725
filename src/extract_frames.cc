// Frames found at their cue: "X said that ...", "X told Y: ...", "As noted
// by X, ...", '"...," said X'. Special forms of the verb (passives,
// participles) are in extract_frames_forms.cc; the sentence's frames and
// clause bounds in extract_frames_find.cc; what follows a cue, "according
// to" and frames after their claim in extract_complement.cc; the subject
// before a cue in extract_subject.cc.
#include "extract_frames.h"

#include <algorithm>

#include <initializer_list>

namespace kd {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

}  // namespace

bool FrameFinder::parenthetical(const SentenceView& s, size_t subject, size_t after, const Cue& cue,
                                Frame& f) const {
  const auto& T = s.toks;
  // (Not "States" of "the United States, noted": a verb is in lower case.)
  if (cue.act || cue.that_only || T[after - 1].capital || subject < s.begin + 2 ||
      !T[subject - 1].is(",") || after + 2 >= s.end || !T[after].is(","))
    return false;
  // The words before the first comma open the claim: a subject, with no
  // other comma and not an introductory phrase ("In the call, ...").
  size_t first = s.begin;
  while (first < subject - 1 && !T[first].word() && T[first].kind != TokKind::kQuoteOpen) ++first;
  if (first >= subject - 1 || (T[first].word() && is_preposition(T[first].low))) return false;
  // (A verb there makes them a clause of their own: "Other issues were
  // discussed, the directorate added, without elaborating.")
  for (size_t k = first; k < subject - 1; ++k)
    if ((T[k].is(",") && !T[k].in_quote) || T[k].kind == TokKind::kQuoteClose ||
        (T[k].word() && !T[k].in_quote && is_auxiliary(T[k].low)))
      return false;
  // The words after the second comma go on with a verb ("was", "did not",
  // "told Erdogan that ...").
  const Token& next = T[after + 1];
  if (!next.word() || next.capital || next.is("according")) return false;
  if (!is_auxiliary(next.low))
    if (const CueMatch m = cues_.match(T, after + 1, s.end); !m.cue || !m.past) return false;
  f.claim = {T[first].start, T[subject - 1].start};
  f.claim2 = claim_to_end(s, after + 1);
  f.complement = Complement::kBefore;
  f.trailing = true;
  f.parenthetical = true;
  f.rule = "parenthetical";
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
  // "Garibashvili, asked about the dispute, said ...": a question put to
  // the speaker between commas, no words of his.
  if (T[i].is("asked") && prev != kNone && T[prev].is(",") && j < s.end &&
      one_of(T[j], {"about", "whether", "if", "on", "why", "how", "what", "when", "by"}))
    return std::nullopt;
  // "Asked whether Trump had raised tariffs, ...": the verb of a question
  // put to someone, no words of the subject.
  for (size_t k = i; k-- > s.begin && i - k <= 12 && !T[k].is(",");)
    if (T[k].is("whether") ||
        (T[k].is("if") && k > s.begin && (T[k - 1].is("asked") || T[k - 1].is("asking"))))
      return std::nullopt;
  // "Iranian state TV said", "state-run media": a modifier of a medium.
  if (m.base && j < s.end &&
      ((T[j].word() && is_media_noun(T[j].low)) ||
       (T[j].is("-") && T[j].start == T[j - 1].end && j + 1 < s.end && T[j + 1].start == T[j].end)))
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
  if (aux != kNone && m.past && one_of(T[aux], {"was", "were", "is", "are", "been", "be"}))
    return passive_at(s, i, m, aux, j, std::move(f));
  if (m.participle && prev != kNone && T[prev].is("as"))
    return quoted_as_saying(s, m, prev, j, std::move(f));
  // "Iranian state media is reporting that ...": a progressive, its subject
  // before the auxiliary.
  const bool progressive =
      m.participle && aux != kNone && aux > s.begin && one_of(T[aux], {"is", "are", "was", "were"});
  if (m.participle && !progressive) return participle_at(s, i, m, prev, j, std::move(f));
  // "A Saudi official, who asked not to be named, said ...": the relative
  // clause only describes the speaker; its main verb frames the words.
  if (in_relative_clause_before_verb(s, i)) return std::nullopt;
  // The subject of a quoted verb ends before the quotation mark.
  auto subj = subject_before(s, progressive ? aux : T[i].in_quote ? i - 1 : i);
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
    // "Adam Szlapka, quoted by PAP, said": the medium between them relays.
    if (subj->second + 1 < i && T[subj->second].is(",") &&
        (opens_citation(T[subj->second + 1]) || T[subj->second + 1].is("quoted") ||
         T[subj->second + 1].is("cited")))
      relay_phrases(s, subj->second, i, f);
    if (parenthetical(s, subj->first, j, cue, f)) return f;
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
        // "..., the Kremlin official stressed in response to a question from
        // TASS.": after a comma, a phrase of circumstance is no object; the
        // frame is the claim's before the comma.
        if (jj < s.end && T[jj].word() &&
            one_of(T[jj], {"in", "at", "during", "after", "when", "while"}) &&
            subj->first > s.begin && T[subj->first - 1].is(",") &&
            trailing_frame(s, subj->first, j, f))
          return f;
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
    // '"...," said Bonnie Glaser of the German Marshall Fund': a person's
    // name, then "of" and where she works, which is no part of who speaks
    // (as before the verb: "Glaser of the Fund said").
    if (!f.speaker) {
      size_t of = j;
      while (of < b && !T[of].is("of")) ++of;
      if (of > j && of < b)
        if (auto who = discourse_.resolve(T, j, of);
            who && who->speaker.kind == SpeakerKind::kPerson && !who->group)
          f.speaker = std::move(who);
    }
    if (!f.speaker) return std::nullopt;
    if (trailing_frame(s, i, b, f)) return f;
  }
  return std::nullopt;
}

}  // namespace kd
