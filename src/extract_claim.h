// Claim text and what can be read off it (private): quote marks removed,
// whitespace collapsed, trimmed; mode, negation, condition; whether it only
// reports that a call took place; the speech act of its main verb.
#ifndef KARABAKH_DIFF_SRC_EXTRACT_CLAIM_H_
#define KARABAKH_DIFF_SRC_EXTRACT_CLAIM_H_

#include <optional>
#include <string>
#include <vector>

#include "extract_text.h"
#include "extract_words.h"
#include "gazetteer.h"
#include "karabakh_diff/statement.h"

namespace kd {

struct Claim {
  std::string text;  // no quote marks, single spaces
  Span span;         // Document::text, trimmed
  Mode mode = Mode::kIndirect;
  bool negated = false;
  bool conditional = false;
};

// The claim of `part` (and of `second`, the rest of a split quotation).
// nullopt when nothing is left after trimming. `cues` knows which words after
// "without" set no condition.
std::optional<Claim> make_claim(const Document& doc, const std::vector<Quote>& quotes, Span part,
                                const std::optional<Span>& second, const CueIndex& cues);

// True when the claim only says that a call or meeting took place ("Erdogan
// and Putin had a phone conversation late Nov. 7"): names, titles, dates and
// event words, nothing said.
bool only_reports_event(const Claim& claim, const Gazetteer& gazetteer, const CueIndex& cues);

// The class of the claim's own main verb when it is a stronger speech act
// than a neutral report ("the Kremlin said the leaders agreed ..." is a
// commitment), else nullptr. `paragraph` holds the tokens of the paragraph
// the claim was found in (tokenize() of it): the claim's tokens are taken
// from there when they are the same as tokenizing the claim alone would give.
const Cue* inner_cue(const Document& doc, const std::vector<Quote>& quotes, const Claim& claim,
                     const CueIndex& cues, const std::vector<Token>& paragraph);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_CLAIM_H_
