// From settled frames to Statements (private): relays and accounts that need
// the discourse so far, claim text, cue class, dates, ids and spans.
#ifndef KARABAKH_DIFF_SRC_EXTRACT_STATEMENT_H_
#define KARABAKH_DIFF_SRC_EXTRACT_STATEMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "date_text.h"
#include "extract_frames.h"
#include "karabakh_diff/extractor.h"

namespace kd {

// A frame that survived settling, with the sentence it was found in.
struct Pending {
  Frame frame;
  std::string account;  // the reporting side when it differs from the speaker's
  Span sentence;
  uint32_t paragraph = 0;
  std::string cue_text;  // overrides the text at frame.cue_span (quote continuations)
  std::optional<CueClass> cue_class;
  int polarity = 1;
};

class StatementMaker {
 public:
  StatementMaker(const Document& doc, const Gazetteer& gazetteer, const CueIndex& cues,
                 const std::vector<Quote>& quotes, const std::vector<Sentence>& sentences,
                 const ExtractContext& context);

  // The statement of `p`, or nullopt when its claim is empty or only reports
  // that a call took place. Records the speaker in `discourse`.
  // `paragraph`: the tokens of the paragraph `p` was found in.
  std::optional<Statement> make(Pending& p, Discourse& discourse,
                                const std::vector<Token>& paragraph) const;

  // A sentence that is one whole quotation without a frame, right after a
  // quoted statement: more words of the same speaker.
  std::optional<Pending> quote_continuation(const SentenceView& s,
                                            const std::vector<Statement>& so_far) const;
  // A paragraph that opens with one whole quotation without a frame, after
  // a paragraph whose last sentence names its speaker as its subject and
  // says nothing itself ("Khan was more cautious." then "\"We will ...\"").
  std::optional<Pending> introduced_quote(const SentenceView& s,
                                          const std::vector<Statement>& so_far,
                                          const Discourse& discourse) const;

 private:
  // The person of the lexicon a claim opens with, titles allowed before
  // ("Foreign Minister Yoko Kamikawa to New Delhi"), else nullopt.
  std::optional<EntityMention> opening_person(std::string_view claim) const;
  // The government side of opening_person() ("Manalo had conveyed ..."),
  // else "".
  std::string side_of_claim_subject(std::string_view claim) const;
  // The object of an act is only someone received or greeted:
  // opening_person() and nothing more, or then only where to or a visit
  // ("welcomed Foreign Minister Yoko Kamikawa to New Delhi").
  bool greets_someone(std::string_view claim) const;
  // The government whose own outlet `name` is exactly ("SPA", "Xinhua",
  // "CGTN": is_state_media()), else "" (not private or foreign outlets).
  std::string state_agency_side(std::string_view name) const;
  void resolve_relays(Pending& p, Referent& who, const Discourse& discourse) const;
  void set_date(Statement& st, Span sentence) const;
  // True when no words follow quotation `q` in the sentence it closes in.
  bool bare_quote_end(const Quote& q) const;
  // The quotation sentence `s` is wholly made of (it opens the sentence, no
  // word follows where it closes, nor where it ends if it runs on), else
  // null: the words quote_continuation() and introduced_quote() attribute.
  const Quote* frameless_quotation(const SentenceView& s) const;
  uint32_t sentence_index(uint32_t pos) const;

  const Document& doc_;
  const Gazetteer& gazetteer_;
  const CueIndex& cues_;
  const std::vector<Quote>& quotes_;
  const std::vector<Sentence>& sentences_;
  ExtractContext context_;
  std::string stem_;
  // The dates of the sentence set_date saw last: all frames of a sentence
  // share them, and a run-on sentence can have thousands of frames.
  mutable std::optional<Span> dated_sentence_;
  mutable std::vector<DateMention> sentence_dates_;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_STATEMENT_H_
