// The frames of a sentence (FrameFinder::find) and the clause tests the
// frame rules share: where a clause starts, a relative clause before the
// verb, a source named after a claim, a demonym before a noun.
#include <algorithm>
#include <initializer_list>

#include "extract_frames.h"

namespace kd {

namespace {

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

std::optional<Frame> FrameFinder::transcript_label(const SentenceView& s) const {
  // "Mao Ning: China has indisputable sovereignty ...", "MR. MILLER: We've
  // seen those reports": the speaker's name (or title and name) opening a
  // paragraph of a briefing's transcript, then a colon; the answer runs to
  // the paragraph's end. Not "Q:", "Update:", "Photo:".
  const auto& T = s.toks;
  size_t first = s.begin;
  while (first < s.end && !T[first].word()) ++first;
  // The paragraph's first sentence, or the one after a lone "MR." the
  // sentence splitter cut off.
  for (size_t k = 0; k < first; ++k)
    if (T[k].word() && !is_honorific(T[k].low)) return std::nullopt;
  constexpr size_t kLabelWords = 5;
  size_t colon = first;
  while (colon < s.end && colon - first <= kLabelWords && (T[colon].word() || T[colon].is(".")) &&
         (!T[colon].word() || T[colon].capital) && !T[colon].in_quote)
    ++colon;
  if (colon >= s.end || colon == first || !T[colon].is(":") || colon + 1 >= T.size())
    return std::nullopt;
  std::optional<Referent> who = discourse_.resolve(T, first, colon);
  if (!who || who->group || who->speaker.kind != SpeakerKind::kPerson || who->speaker.anonymous)
    return std::nullopt;
  // A name the lexicon knows, or one of two words or more ("Pham Thu Hang").
  size_t words = 0;
  for (size_t k = first; k < colon; ++k) words += T[k].word() ? 1 : 0;
  if (!who->entity && words < 2) return std::nullopt;
  Frame f;
  f.cue_tok = first;
  f.cue_span = {T[first].start, T[colon].end};
  f.speaker = std::move(who);
  f.complement = Complement::kColon;
  f.claim = {T[colon + 1].start, T.back().end};
  f.rule = "transcript";
  return f;
}

std::optional<Frame> FrameFinder::signed_quotation(const SentenceView& s) const {
  // A quotation set apart, then its speaker on a line of his own after a
  // dash: "\"Our position is principled.\"" / "- Foreign Minister Hakan
  // Fidan". The dash line ends the sentence; the quotation ends right
  // before it (in this paragraph or the one before).
  const auto& T = s.toks;
  size_t dash = s.end;
  for (size_t k = s.begin; k < s.end; ++k)
    if (T[k].is("-") && !T[k].in_quote &&
        (k == 0 || T[k - 1].kind == TokKind::kQuoteClose ||
         (T[k - 1].is(".") && k >= 2 && T[k - 2].kind == TokKind::kQuoteClose))) {
      dash = k;
      break;
    }
  constexpr size_t kNameWords = 7;
  if (dash + 2 > s.end || s.end - dash - 1 > kNameWords) return std::nullopt;
  // The dash opens a line: only spaces and a line break before it.
  const uint32_t at = T[dash].start;
  uint32_t k = at;
  while (k > 0 && doc_.text[k - 1] == ' ') --k;
  if (k > 0 && doc_.text[k - 1] != '\n') return std::nullopt;
  for (size_t w = dash + 1; w < s.end; ++w)
    if (!(T[w].word() && T[w].capital) && !T[w].is(".")) return std::nullopt;
  const Quote* quote = nullptr;
  for (const Quote& q : quotes_) {
    if (q.close > at) break;
    quote = &q;
  }
  if (!quote) return std::nullopt;
  for (uint32_t c = quote->close; c < k; ++c)
    if (doc_.text[c] != ' ' && doc_.text[c] != '\n' && doc_.text[c] != '.') return std::nullopt;
  std::optional<Referent> who = discourse_.resolve(T, dash + 1, s.end);
  if (!who || who->group || who->speaker.kind != SpeakerKind::kPerson) return std::nullopt;
  Frame f;
  f.cue_tok = dash;
  f.cue_span = {T[dash].start, T[dash].end};
  f.speaker = std::move(who);
  f.complement = Complement::kBefore;
  f.trailing = true;
  f.claim = quote->inner;
  f.rule = "signed-quotation";
  return f;
}

std::vector<Frame> FrameFinder::find(const SentenceView& s) const {
  std::vector<Frame> out;
  if (auto f = transcript_label(s)) {
    out.push_back(std::move(*f));
    return out;
  }
  if (auto f = signed_quotation(s)) {
    out.push_back(std::move(*f));
    return out;
  }
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
  // The relative pronoun before the verb (", who asked"), or before the
  // verb's own subject (", which Hegseth has accused of stonewalling,"):
  // either way the verb is the clause's.
  size_t rel = j;
  constexpr size_t kSubjectReach = 6;
  while (rel > s.begin + 1 && j - rel < kSubjectReach && T[rel - 1].word() &&
         !T[rel - 1].in_quote && !one_of(T[rel - 1], {"who", "which", "whom"}))
    --rel;
  if (rel < s.begin + 2 || !T[rel - 2].is(",")) return false;
  if (!T[rel - 1].is("who") && !(rel < j && one_of(T[rel - 1], {"which", "whom", "who"})))
    return false;
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

}  // namespace kd
