// Stage 2: a Document in, its attributed statements out.
#ifndef KARABAKH_DIFF_EXTRACTOR_H_
#define KARABAKH_DIFF_EXTRACTOR_H_

#include <memory>
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

// The extractor of one lexicon: its indexes (gazetteer of names, reporting
// verbs, offices) built once, read-only after, so one Extractor serves any
// number of documents on any number of threads. `lexicon` must outlive it.
class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Finds every attributed statement (direct quotes, reported speech,
  // according to, nested relays) in document order. Never fails; a document
  // without statements yields an empty vector. `doc` must outlive the call
  // only; the statements own their strings.
  std::vector<Statement> extract(const Document& doc, const ExtractContext& context = {}) const;

 private:
  struct Indexes;  // point into the lexicon
  std::unique_ptr<const Indexes> indexes_;
};

// Extractor(lexicon).extract(doc, context): the indexes are built for this
// call alone (tens of milliseconds); for many documents make an Extractor.
std::vector<Statement> extract(const Document& doc, const Lexicon& lexicon,
                               const ExtractContext& context = {});

}  // namespace kd

#endif  // KARABAKH_DIFF_EXTRACTOR_H_
