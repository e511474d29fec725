// Stage 2: a Document in, its attributed statements out.
#ifndef KARABAKH_DIFF_EXTRACTOR_H_
#define KARABAKH_DIFF_EXTRACTOR_H_

#include <optional>
#include <vector>

#include "karabakh_diff/deadline.h"
#include "karabakh_diff/document.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/statement.h"

namespace kd {

struct ExtractContext {
  // Year to assume for dates like "Nov. 7" when the document has no
  // published date (taken from the other articles of the run).
  std::optional<int> corpus_year;
  // When set and passed, extract() stops early and returns what it has
  // (the caller, who set it, discards that). Must outlive the call.
  const Deadline* deadline = nullptr;
};

// Finds every attributed statement (direct quotes, reported speech, according
// to, nested relays) in document order. Never fails; a document without
// statements yields an empty vector. `doc` and `lexicon` must outlive the call
// only; the statements own their strings.
std::vector<Statement> extract(const Document& doc, const Lexicon& lexicon,
                               const ExtractContext& context = {});

}  // namespace kd

#endif  // KARABAKH_DIFF_EXTRACTOR_H_
