// Frames after their claim ('"...," X said.', '..., CNN Turk reports citing
// a source.') and "according to", before, inside or after its claim.
#include <algorithm>

#include "extract_frames.h"

namespace kd {

namespace {

// The first word or opening quotation mark of the sentence before `limit`.
size_t opening_token(const SentenceView& s, size_t limit) {
  size_t cs = s.begin;
  while (cs < limit && !s.toks[cs].word() && s.toks[cs].kind != TokKind::kQuoteOpen) ++cs;
  return cs;
}

// Whether T[cs, end) is an introductory phrase, not a claim ("After the
// talks", "As agreed", "If needed" and, with `according`, "According to
// X"): it opens with such a word and holds no comma outside quotations.
bool introductory(const SentenceView& s, size_t cs, size_t end, bool according) {
  const Token& first = s.toks[cs];
  if (!(is_preposition(first.low) || first.is("as") || first.is("if") ||
        (according && first.is("according"))))
    return false;
  for (size_t k = cs; k < end; ++k)
    if (s.toks[k].is(",") && !s.toks[k].in_quote) return false;
  return true;
}

}  // namespace

bool FrameFinder::trailing_frame(const SentenceView& s, size_t frame_start, size_t after,
                                 Frame& f) const {
  const auto& T = s.toks;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t split = kNone;
  size_t k = after;
  int words = 0;
  for (; k < s.end; ++k) {
    const Token& t = T[k];
    if (t.kind == TokKind::kQuoteOpen) {
      if (k > after && T[k - 1].is(",")) {
        split = k;
        break;
      }
      return false;
    }
    if (t.in_quote || t.is("that") || t.is(":") || t.is(";")) return false;
    // ", adding that ...": a continuation follows; this frame ends here.
    if (t.is(",") && k + 1 < s.end && cues_.match(T, k + 1, s.end).participle) break;
    if (t.word() && ++words > 16) return false;
  }
  const size_t frame_end = split != kNone ? split - 1 : k;
  if (frame_start <= s.begin) return false;
  size_t p = frame_start - 1;
  // "..., a statement by the Kremlin said": the document before "by" is
  // part of the frame.
  if ((T[p].is("by") || T[p].is("from")) && p > s.begin) {
    size_t q = p;
    bool document = false;
    while (q > s.begin && T[q - 1].word() &&
           (is_determiner(T[q - 1].low) || is_document_noun(T[q - 1].low) ||
            is_issue_verb(T[q - 1].low))) {
      document |= is_document_noun(T[q - 1].low);
      --q;
    }
    if (document && q > s.begin && T[q - 1].is(",")) p = q - 1;
  }
  // "..., EU foreign policy chief Josep Borrell said": title words the
  // speaker's phrase did not take lie between the comma and the name.
  if (T[p].word() && !T[p].in_quote && !T[p].capital) {
    size_t q = p;
    // (Not across a relative pronoun or a conjunction: ", which Indian
    // officials said had been raised" frames no claim before the comma.)
    while (q > s.begin && p - q < 6 && (T[q].word() || T[q].is("'s")) && !T[q].in_quote &&
           !one_of(T[q], {"that", "which", "who", "whom", "whose", "where", "and", "but", "or",
                          "as", "because", "if", "although", "since"}) &&
           !is_preposition(T[q].low) && !cues_.match(T, q, s.end).cue)
      --q;
    if (T[q].is(",") && q < p) {
      // "..., a characterisation Tehran rejected", "..., a claim Moscow
      // denied": a noun in apposition to the claim, whose verb frames none.
      const Token& noun = T[q + 2];
      if ((T[q + 1].is("a") || T[q + 1].is("an")) && q + 2 < frame_start && noun.word() &&
          !is_person_title(noun.low) && !is_np_modifier(noun.low) && !knower_noun(noun.low) &&
          !is_expert_word(noun.low))
        return false;
      p = q;
    }
  }
  if (T[p].is(",") && p > s.begin && T[p - 1].kind == TokKind::kQuoteClose) --p;
  const size_t cs = opening_token(s, p);
  if (T[p].kind == TokKind::kQuoteClose) {
    const Quote* q = quote_at_mark(quotes_, T[p].start);
    if (!q) return false;
    f.claim = q->inner;
    f.rule = split != kNone ? "split-quote" : "quote-before-frame";
    // 'Xi warned that the US was "playing with fire", CCTV reported': a
    // quotation that ends a longer clause of this sentence is part of the
    // claim, which is the clause (and its own frame, if any, is nested).
    if (split == kNone && cs < p && T[cs].word() && q->open > T[cs].start &&
        q->open >= s.span.start && !is_preposition(T[cs].low) && !T[cs].is("according"))
      f.claim = {T[cs].start, q->close};
  } else if (T[p].is(",")) {
    // The clause before the comma must be the claim, not an introductory
    // phrase ("After the talks, the ministers said ..."; "According to X,
    // Y said ...": X is no claim).
    if (p < cs + 3 || introductory(s, cs, p, true)) return false;
    f.claim = {T[cs].start, T[p].start};
    f.rule = "claim-before-frame";
  } else {
    return false;
  }
  if (split != kNone)
    if (const Quote* q2 = quote_at_mark(quotes_, T[split].start)) f.claim2 = q2->inner;
  f.complement = Complement::kBefore;
  f.trailing = true;
  relay_phrases(s, after, frame_end, f);
  return true;
}

std::optional<Frame> FrameFinder::according_to(const SentenceView& s, size_t i) const {
  const auto& T = s.toks;
  CueMatch m = cues_.match(T, i, s.end);
  if (!m.cue) return std::nullopt;
  // The source's phrase runs to a comma, colon, quotation or the sentence's
  // end ("according to the U.S. readout.").
  size_t b = i + 2;
  while (b < s.end && !T[b].is(",") && !period_ends_sentence(s, b) &&
         T[b].kind != TokKind::kQuoteOpen && !T[b].is(":"))
    ++b;
  Frame f;
  f.cue = m.cue;
  f.cue_tok = i;
  f.cue_span = {T[i].start, T[i + 1].end};
  f.speaker = discourse_.resolve(T, i + 2, b);
  if (!f.speaker) return std::nullopt;
  // "..., according to the Brazilian government, while Caracas portrayed
  // ...": a contrast after the phrase is another side's, no part of this.
  const bool contrast_after =
      b + 2 < s.end && T[b].is(",") && (T[b + 1].is("while") || T[b + 1].is("whereas"));
  const bool more_after = b + 1 < s.end && T[b].is(",") && !contrast_after;
  // The claim before the phrase ends at a comma, or at a quotation closed
  // after its comma ('... "the crimes of the regime," according to IRNA').
  const bool comma_before =
      i > s.begin + 1 && (T[i - 1].is(",") || (T[i - 1].kind == TokKind::kQuoteClose &&
                                               i > s.begin + 2 && T[i - 2].is(",")));
  // Only read with comma_before: T[i - 1] exists then.
  const uint32_t before_end =
      !comma_before ? 0 : (T[i - 1].is(",") ? T[i - 1].start : T[i - 1].end);
  // A verb right after the phrase that frames words itself ("Putin,
  // according to X, said ..."); "agreed" without "that" frames nothing.
  const CueMatch verb = more_after ? cues_.match(T, b + 1, s.end) : CueMatch{};
  const size_t after_verb = b + 1 + verb.length;
  const bool verb_frames =
      verb.cue && !(verb.cue->that_only && !(after_verb < s.end && T[after_verb].is("that")));
  if (more_after && comma_before && !verb_frames) {
    // "Wang agreed to X, according to the readout, but rejected Y", "The
    // two ministers, according to the Kremlin, discussed Y": the phrase
    // interrupts the claim, which is both halves. Not after an
    // introductory phrase ("In the call, according to X, ..."), and not
    // before a verb of speech ("Putin, according to X, said ..."), whose
    // own frame takes the words.
    const size_t cs = opening_token(s, i - 1);
    if (cs < i - 1 && !introductory(s, cs, i - 1, false)) {
      f.claim = {T[cs].start, before_end};
      f.claim2 = claim_to_end(s, b + 1);
      f.complement = Complement::kBefore;
      f.trailing = true;
      f.rule = "claim-around-according-to";
      return f;
    }
  }
  if (more_after) {
    f.claim = claim_to_end(s, b + 1);
    f.complement = Complement::kAfterComma;
    f.rule = "according-to";
    return f;
  }
  if (comma_before) {
    f.claim = {T[s.begin].start, before_end};
    f.complement = Complement::kBefore;
    f.trailing = true;
    f.rule = "claim-according-to";
    return f;
  }
  return std::nullopt;
}

}  // namespace kd
