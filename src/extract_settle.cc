// The frames of one sentence that overlap: a frame inside another's claim
// is either nested speech ("X told Anadolu that Y told Z that ..."), a
// second verb of the same speaker, a contrast with another speaker, or part
// of the claim; continuations (", noting that") take their speaker; relays
// (via) and accounts are set.
#include "extract_settle.h"

#include <algorithm>

namespace kd {

namespace {

// A relay of another government than the one speaking in `inner`: the words
// are then in that government's account.
bool of_other_government(const Referent& relay, const Frame& inner) {
  return is_government_side(relay.speaker.side) && !relay.group &&
         relay.speaker.side != inner.speaker->speaker.side;
}

constexpr size_t kNoToken = static_cast<size_t>(-1);

// The "while", "whereas", "but" or "and" after a comma that opens the
// clause of the cue at token `cue` ("..., while the Kremlin emphasized",
// "..., but Gulf officials say"; not "..., and that"), not before token
// `from`; kNoToken without one.
constexpr size_t kContrastReach = 8;  // words of the subject phrase

size_t contrast_before(const SentenceView& s, size_t cue, uint32_t from) {
  for (size_t k = cue; k-- > s.begin + 1 && cue - k <= kContrastReach;) {
    const Token& t = s.toks[k];
    if (t.start < from || t.in_quote || !t.word()) return kNoToken;
    if (!s.toks[k - 1].is(",")) continue;
    if (t.is("while") || t.is("whereas")) return k;
    // "..., but Gulf officials say", "..., and a person familiar with it
    // told the Post": a subject of its own after the conjunction (not a
    // second verb of the same one: "..., and had reaffirmed", "..., and
    // urged").
    const Token& next = s.toks[k + 1];
    if ((t.is("but") || t.is("and")) && k + 1 < cue && !next.is("that") &&
        !is_auxiliary(next.low) && (next.capital || is_determiner(next.low)))
      return k;
  }
  return kNoToken;
}

bool takes_clause(const Frame& f) {
  return !f.trailing && (f.complement == Complement::kThat || f.complement == Complement::kQuote ||
                         f.complement == Complement::kColon);
}

// "Putin said any settlement must be long-term, the Kremlin said": a speech
// verb's clause without "that" inside the claim of a frame that follows it
// is speech nested in that frame's, as with "that".
bool reports_clause_before(const Frame& outer, const Frame& inner) {
  return outer.trailing && !inner.trailing && inner.complement == Complement::kClause;
}

// "According to Xinhua, Wang Yi said Beijing supports dialogue": the
// according-to phrase only tells where the words come from, so a speaker
// inside its claim, with any complement, is the one speaking.
bool relayed_by_according_to(const Frame& outer, const Frame& inner) {
  return outer.rule == "according-to" && !inner.trailing &&
         (takes_clause(inner) || inner.complement == Complement::kClause ||
          inner.complement == Complement::kObject);
}

// '"...," Wang said, according to a readout published by Xinhua.': a
// trailing according-to phrase after a frame only says where the frame comes
// from, as a leading one does. Its source is the relay (an outlet or the
// speaker's own government, as with "According to the Kremlin, Putin said").
bool relayed_by_trailing_according_to(const Frame& outer, const Frame& inner) {
  return outer.rule == "claim-according-to" && inner.trailing && inner.speaker &&
         inner.rule != "claim-according-to" && inner.cue_span.start >= outer.claim.start &&
         inner.cue_span.end <= outer.claim.end;
}

// "his office", "their government": the according-to phrase from token
// `from` on names the body of the one speaking.
bool owned_by_speaker(const SentenceView& s, size_t from) {
  for (size_t k = from; k < s.end && !s.toks[k].is(","); ++k)
    if (s.toks[k].is("his") || s.toks[k].is("her") || s.toks[k].is("their")) return true;
  return false;
}

constexpr size_t kNoFrame = static_cast<size_t>(-1);

// The "and" that joins the verb at token `cue` to an earlier one ("... and
// also stressed"), or kNoToken.
size_t and_before_verb(const SentenceView& s, size_t cue) {
  size_t k = cue;
  while (k > s.begin && s.toks[k - 1].word() &&
         (is_frame_adverb(s.toks[k - 1].low) || is_auxiliary(s.toks[k - 1].low)))
    --k;
  return k > s.begin && (s.toks[k - 1].is("and") || s.toks[k - 1].is("but")) ? k - 1 : kNoToken;
}

}  // namespace

std::vector<Pending> settle(std::vector<Frame> frames, const SentenceView& s) {
  const size_t n = frames.size();
  std::vector<bool> drop(n, false);
  std::vector<std::string> account(n);
  std::vector<size_t> relay_of(n, kNoFrame);  // innermost frame relaying each
  // Before claims are cut below: the according-to claim holds the frame.
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n && frames[a].speaker; ++b) {
      if (a == b || !relayed_by_trailing_according_to(frames[a], frames[b])) continue;
      const Referent& ra = *frames[a].speaker;
      drop[a] = true;
      const bool other_side = of_other_government(ra, frames[b]);
      // "according to a statement released by his office": the speaker's
      // own office; a body of another government is a wrong guess.
      if (other_side && owned_by_speaker(s, frames[a].cue_tok + 2)) continue;
      if (!frames[b].via) frames[b].via = ra.speaker.name;
      if (other_side) account[b] = ra.speaker.side;
      frames[b].relay = ra.speaker;
      frames[b].rule += "+according-to";
    }
  }
  // A frame after its claim ends the claims of the frames before it:
  // "X suggested Y, CNN Turk reports" - X's claim stops at the comma.
  for (size_t b = 0; b < n; ++b) {
    if (!frames[b].trailing) continue;
    for (size_t a = 0; a < n; ++a) {
      Span& c = frames[a].claim;
      if (a != b && frames[b].cue_span.start >= c.start && frames[b].cue_span.start < c.end)
        c.end = std::max(c.start, std::min(c.end, frames[b].claim.end));
    }
  }
  std::vector<size_t> joint_of(n);  // per frame, not per pair: run-ons have thousands
  for (size_t b = 0; b < n; ++b) joint_of[b] = and_before_verb(s, frames[b].cue_tok);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      Frame& A = frames[a];
      Frame& B = frames[b];
      if (a == b || B.continuation || B.trailing || !A.speaker || !B.speaker) continue;
      // "Putin agreed to X, according to the Kremlin, but rejected Y": a
      // verb of the subject in the half after the phrase is a statement of
      // its own, relayed by the source, which keeps the first half (Y may
      // carry a condition X does not).
      if (A.claim2 && B.cue_span.start >= A.claim2->start && B.cue_span.start < A.claim2->end) {
        // "The Australian side, sources said, did not raise X": the verb
        // after the parenthesis is the claim's own; one that frames a
        // clause is speech nested in it ("The minister, sources said, told
        // Wang that ...").
        if (A.parenthetical && !takes_clause(B)) {
          drop[b] = true;
          continue;
        }
        A.claim2.reset();
        if (!B.via) B.via = A.via ? A.via : std::optional<std::string>(A.speaker->speaker.name);
        relay_of[b] = a;
        continue;
      }
      if (B.cue_span.start < A.claim.start || B.cue_span.start >= A.claim.end) continue;
      const Referent& ra = *A.speaker;
      // The "and" before B's verb, when it lies inside A's claim.
      const size_t joint = joint_of[b] != kNoToken && s.toks[joint_of[b]].start > A.claim.start
                               ? joint_of[b]
                               : kNoToken;
      // "The Secretary raised concerns about X and underscored that ...":
      // a second verb of the same speaker, not speech nested in the first
      // claim; that claim ends at the "and". A second verb with only an
      // object stays in the first claim ("called for a ceasefire and
      // proposed to act as a negotiator").
      if (joint != kNoToken && B.speaker->speaker.name == ra.speaker.name) {
        // ("welcomed FM Kamikawa on her visit and recalled the warm
        // exchanges": words after an act are words, not its object.)
        const bool words_after_act = A.cue && A.cue->act && !(B.cue && B.cue->act);
        if (takes_clause(B) || B.complement == Complement::kClause || words_after_act)
          A.claim.end = std::min(A.claim.end, s.toks[joint].start);
        else
          drop[b] = true;
        continue;
      }
      // "The Turkish statement highlighted X, while the Kremlin emphasized
      // Y": a contrast with another speaker's words ends A's claim.
      if (const size_t w = contrast_before(s, B.cue_tok, A.claim.start); w != kNoToken) {
        A.claim.end = std::min(A.claim.end, s.toks[w - 1].start);
        continue;
      }
      const bool wrapper = A.trailing && ra.speaker.kind == SpeakerKind::kMedia && !A.cited;
      // "Blinken told Lavrov that ..., Blinken told reporters": the speaker
      // telling his own words on is no relay; a medium he told them to is.
      const bool self =
          !ra.group && !B.speaker->group && ra.speaker.name == B.speaker->speaker.name;
      if (self && takes_clause(B)) {
        if (!B.via) B.via = A.via;
        drop[a] = true;
      } else if (wrapper) {  // "... drew attention to X, Azernews reports."
        if (!B.via) B.via = ra.speaker.name;
        drop[a] = true;
      } else if ((takes_clause(B) || relayed_by_according_to(A, B) ||
                  reports_clause_before(A, B)) &&
                 !B.speaker->group && !(B.cue && B.cue->act)) {  // nested speech
        if (!B.via) B.via = A.via ? A.via : std::optional<std::string>(ra.speaker.name);
        if (of_other_government(ra, B)) account[b] = ra.speaker.side;
        // The innermost relay is B's; set once after the loop, so speech
        // nested a thousand deep copies no speaker a million times.
        relay_of[b] = a;
        // "The Kremlin said Putin informed Erdogan of X and noted that Y":
        // X stays the Kremlin's statement, up to the "and".
        if (joint != kNoToken)
          A.claim.end = std::min(A.claim.end, s.toks[joint].start);
        else
          drop[a] = true;
      } else {
        drop[b] = true;  // part of A's claim ("the Kremlin said Erdogan voiced concern")
      }
    }
  }
  for (size_t b = 0; b < n; ++b) {
    if (relay_of[b] == kNoFrame) continue;
    const Speaker& relay = frames[relay_of[b]].speaker->speaker;
    frames[b].relay = relay;
    frames[b].rule = "nested:" + frames[b].rule + (relay.anonymous ? "(anonymous relay)" : "");
  }
  for (size_t c = 0; c < n; ++c) {
    if (!frames[c].continuation) continue;
    // The comma before the participle (or the quote mark after it: '...," noting').
    size_t comma = frames[c].cue_tok - 1;
    if (s.toks[comma].kind == TokKind::kQuoteClose && comma > s.begin && s.toks[comma - 1].is(","))
      --comma;
    const uint32_t cut = s.toks[comma].start;
    for (size_t p = 0; p < n; ++p)
      if (p != c && frames[p].claim.start < cut && frames[p].claim.end > cut)
        frames[p].claim.end = cut;
    for (size_t p = c; p-- > 0;) {
      if (drop[p] || !frames[p].speaker) continue;
      frames[c].speaker = frames[p].speaker;
      if (!frames[c].via) frames[c].via = frames[p].via;
      account[c] = account[p];
      break;
    }
    if (!frames[c].speaker) drop[c] = true;
  }
  std::vector<Pending> out;
  for (size_t k = 0; k < n; ++k) {
    if (drop[k] || !frames[k].speaker) continue;
    Frame& f = frames[k];
    if (f.cited) {  // "CNN Turk reports citing a diplomatic source"
      if (!f.via && f.speaker->speaker.kind == SpeakerKind::kMedia) f.via = f.speaker->speaker.name;
      f.speaker = f.cited;
      f.rule += "+citing";
    }
    Pending pd;
    pd.frame = std::move(f);
    pd.account = std::move(account[k]);
    pd.sentence = s.span;
    pd.paragraph = s.paragraph;
    out.push_back(std::move(pd));
  }
  return out;
}

}  // namespace kd
