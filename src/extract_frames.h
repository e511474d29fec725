// Attribution frames of one sentence (private): a reporting cue, who it
// attributes the words to, and where the attributed words (the claim) are.
#ifndef KARABAKH_DIFF_SRC_EXTRACT_FRAMES_H_
#define KARABAKH_DIFF_SRC_EXTRACT_FRAMES_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract_speaker.h"
#include "extract_text.h"
#include "extract_words.h"

namespace kd {

// How the claim follows the cue.
// kOrder: "told Wang to stop the drills" (a demand; the claim starts at the listener).
enum class Complement {
  kNone,
  kThat,
  kQuote,
  kColon,
  kClause,
  kObject,
  kAfterComma,
  kBefore,
  kOrder
};

struct Frame {
  size_t cue_tok = 0;  // first token of the cue (sentence token index)
  const Cue* cue = nullptr;
  Span cue_span;  // the cue as written (may include "it was", "As")
  std::optional<Referent> speaker;
  std::optional<Referent> cited;   // "citing a diplomatic source": the real speaker
  std::optional<std::string> via;  // media named in the frame
  std::optional<Speaker> relay;    // nested speech: who passed the words on
  std::optional<std::string> addressee;
  Complement complement = Complement::kNone;
  Span claim;                  // Document::text offsets
  std::optional<Span> claim2;  // second half of a split quotation
  bool trailing = false;       // frame after its claim ("..., X said")
  bool continuation = false;   // ", noting that ...": same speaker as the frame before
  bool parenthetical = false;  // "The call, Wong said, was warm": inside its claim
  std::string rule;
};

struct SentenceView {
  const std::vector<Token>& toks;  // the paragraph's tokens
  size_t begin;                    // token range of the sentence
  size_t end;
  Span span;  // sentence text span
  uint32_t paragraph;
};

// The token is one of `words` (folded, as Token::low).
inline bool one_of(const Token& t, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (t.low == w) return true;
  return false;
}

// "citing" or "quoting": what follows names whom the words come from.
inline bool opens_citation(const Token& t) { return one_of(t, {"citing", "quoting"}); }

// The first token of the verb at s.toks[i] with the auxiliaries and frame
// adverbs before it, outside quotations ("has also said": "has").
inline size_t verb_group_start(const SentenceView& s, size_t i) {
  while (i > s.begin && s.toks[i - 1].word() && !s.toks[i - 1].in_quote &&
         (is_auxiliary(s.toks[i - 1].low) || is_frame_adverb(s.toks[i - 1].low)))
    --i;
  return i;
}

// Whether token b of s is a period that ends the sentence (no word after
// it): the others are abbreviations' ("U.S.", "St."), inside a phrase.
bool period_ends_sentence(const SentenceView& s, size_t b);

// A bare clause starts at token j: a subject-like word, then a verb-like
// word soon after ("the call was useful", "Beijing supports dialogue").
bool bare_clause_at(const SentenceView& s, size_t j);

// No clause (FrameFinder::clause_after_phrase).
constexpr size_t kNoClause = static_cast<size_t>(-1);

class FrameFinder {
 public:
  FrameFinder(const Document& doc, const CueIndex& cues, const Discourse& discourse,
              const std::vector<Quote>& quotes)
      : doc_(doc), cues_(cues), discourse_(discourse), quotes_(quotes) {}

  // Every frame of the sentence, in cue order. Claims of leading frames run to
  // the end of the sentence (or of a quotation that continues past it);
  // nesting and continuations are sorted out by the caller.
  std::vector<Frame> find(const SentenceView& s) const;
  // A transcript's "Name: answer" opening the sentence's paragraph.
  std::optional<Frame> transcript_label(const SentenceView& s) const;
  // A "- Name" line right after a quotation set apart: its speaker.
  std::optional<Frame> signed_quotation(const SentenceView& s) const;

 private:
  std::optional<Frame> at_cue(const SentenceView& s, size_t i, const CueMatch& m) const;
  // at_cue() for special forms of the verb (extract_frames_forms.cc), given
  // the frame so far, the token before the cue (`prev`), the one after it
  // (`j`): a passive with its auxiliary at `aux`, "quoted X as saying" and a
  // participle.
  std::optional<Frame> passive_at(const SentenceView& s, size_t i, const CueMatch& m, size_t aux,
                                  size_t j, Frame f) const;
  std::optional<Frame> quoted_as_saying(const SentenceView& s, const CueMatch& m, size_t prev,
                                        size_t j, Frame f) const;
  std::optional<Frame> participle_at(const SentenceView& s, size_t i, const CueMatch& m,
                                     size_t prev, size_t j, Frame f) const;
  std::optional<Frame> according_to(const SentenceView& s, size_t i) const;
  // Subject phrase ending just before token i: [a, b), or nullopt.
  std::optional<std::pair<size_t, size_t>> subject_before(const SentenceView& s, size_t i) const;
  size_t clause_start(const SentenceView& s, size_t limit) const;
  // Fills addressee/via and returns the complement kind and where it starts.
  Complement complement_after(const SentenceView& s, size_t& j, const Cue& cue, Frame& f) const;
  // Where a bare clause starts after a listener, place or time phrase that
  // starts at j ("told reporters | the call was useful"), looking before
  // `limit`; kNoClause when none does.
  size_t clause_after_phrase(const SentenceView& s, size_t j, size_t limit) const;
  // Sets the addressee or the relay (via) of the listener toks[a, b) of a cue.
  void listener_or_relay(const SentenceView& s, size_t a, size_t b, Frame& f) const;
  // A frame after its claim ("...," X said in Moscow.): true when toks from
  // `after` on hold only frame material (addressee, places, dates, relays) and
  // a quotation or a clause and comma come before `frame_start`; sets the claim.
  bool trailing_frame(const SentenceView& s, size_t frame_start, size_t after, Frame& f) const;
  Span claim_to_end(const SentenceView& s, size_t j) const;
  // T[i], a word in quotation marks, is the first of a quotation after a
  // word outside them that is no cue ('Blinken also "raised ...').
  bool opens_quote_after_subject(const SentenceView& s, size_t i) const;
  // The cue at T[i] is the verb of a relative clause after the main
  // subject (", who asked not to be named,"; ", which Hegseth has accused
  // of stonewalling,") that a comma and another cue end.
  bool in_relative_clause_before_verb(const SentenceView& s, size_t i) const;
  // The end of a name the lexicon knows that starts at T[j] (after "the"):
  // the token after it, else j.
  size_t known_name_end(const SentenceView& s, size_t j) const;
  // "The conversation, Wong said, was warm": a frame between commas
  // inside its claim, after the claim's subject (T[subject] opens the
  // frame's own subject, T[after] follows its verb); fills f and returns
  // whether the sentence is so.
  bool parenthetical(const SentenceView& s, size_t subject, size_t after, const Cue& cue,
                     Frame& f) const;
  // "the Russian demand to stop aid", "the Chinese call for restraint": a
  // determiner and a singular side word (no noun) before a cue in its base
  // form make the cue a noun, not a verb with that subject.
  bool demonym_before_noun(const std::vector<Token>& toks, size_t a, size_t b) const;
  void relay_phrases(const SentenceView& s, size_t from, size_t to, Frame& f) const;
  // "... that the talks had stalled, citing two diplomats.": the source at
  // the end of the sentence is who the claim is from, not part of it; cuts
  // the claim (which starts at token `from`) before it.
  void cut_trailing_source(const SentenceView& s, size_t from, Frame& f) const;
  // np_word(), or a name the lexicon writes in lower case ("dpa reported"):
  // the word exactly as a canonical name of an entity.
  bool subject_word(const std::vector<Token>& toks, size_t k, size_t begin) const;

  const Document& doc_;
  const CueIndex& cues_;
  const Discourse& discourse_;
  const std::vector<Quote>& quotes_;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_FRAMES_H_
