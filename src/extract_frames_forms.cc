// Frames of special verb forms at their cue (see extract_frames.cc): a
// passive ("it was stressed that ...", a readout's "The situation was
// discussed"), "quoted X as saying", and participles ("issued a statement
// urging ...", ", noting that ...").
#include <algorithm>

#include "extract_frames.h"
#include "extract_words.h"

namespace kd {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

}  // namespace

std::optional<Frame> FrameFinder::passive_at(const SentenceView& s, size_t i, const CueMatch& m,
                                             size_t aux, size_t j, Frame f) const {
  const auto& T = s.toks;
  const Cue& cue = *m.cue;
  size_t k = aux;
  if (T[k].is("been") && k > s.begin && one_of(T[k - 1], {"has", "have", "had"})) --k;
  const std::optional<Referent>& publisher = discourse_.publisher();
  size_t that = j;
  while (that < s.end && that - j < 3 && T[that].word() && !T[that].is("that") && !T[that].in_quote)
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

std::optional<Frame> FrameFinder::quoted_as_saying(const SentenceView& s, const CueMatch& m,
                                                   size_t prev, size_t j, Frame f) const {
  const auto& T = s.toks;
  const Cue& cue = *m.cue;
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
  // A medium or body that quoted relays the words; a person passed them on.
  auto take_by = [&f](const std::optional<Referent>& who) {
    if (!who) return;
    if (who->speaker.kind == SpeakerKind::kMedia || who->speaker.kind == SpeakerKind::kInstitution)
      f.via = who->speaker.name;
    else if (who->speaker.name != f.speaker->speaker.name)
      f.relay = who->speaker;
  };
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
    if (auto subject = subject_before(s, verb)) {
      by = discourse_.resolve(T, subject->first, subject->second);
      // '"Russia will not back down," Ushakov quoted Putin as saying.': the
      // quotation before is the claim.
      const size_t a = subject->first;
      size_t close = a;  // the closing mark, before or after the comma
      if (close > s.begin && T[close - 1].is(",")) --close;
      if ((j >= s.end || !T[j].word()) && close > s.begin &&
          T[close - 1].kind == TokKind::kQuoteClose)
        if (const Quote* quote = quote_at_mark(quotes_, T[close - 1].start)) {
          take_by(by);
          f.cue_span.start = T[verb].start;
          f.claim = quote->inner;
          f.complement = Complement::kBefore;
          f.trailing = true;
          f.rule = "quote-quoted-as-saying";
          return f;
        }
    }
  }
  take_by(by);
  f.cue_span.start = T[verb].start;
  f.complement = complement_after(s, j, cue, f);
  if (f.complement == Complement::kNone) f.complement = Complement::kClause;
  f.claim = claim_to_end(s, j);
  f.rule = passive ? "passive-quoted-by" : "quoted-as-saying";
  return f;
}

std::optional<Frame> FrameFinder::participle_at(const SentenceView& s, size_t i, const CueMatch& m,
                                                size_t prev, size_t j, Frame f) const {
  const auto& T = s.toks;
  const Cue& cue = *m.cue;
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

}  // namespace kd
