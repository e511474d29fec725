// Pieces of the pipeline shared by its files (private).
#ifndef KARABAKH_DIFF_SRC_PIPELINE_INTERNAL_H_
#define KARABAKH_DIFF_SRC_PIPELINE_INTERNAL_H_

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "karabakh_diff/comparer.h"
#include "karabakh_diff/extractor.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/pipeline.h"
#include "loader_resources.h"
#include "pipeline_ordered.h"

namespace kd::pipeline {

// What every per-document step reads; all of it outlives the run.
struct Context {
  const Lexicon& lexicon;
  const Comparer& comparer;
  const RunOptions& options;
  // What the loader derives from the lexicon (folded phrases and names),
  // made once per run instead of checked against the lexicon per document.
  const LoadResources loading{lexicon};
  const Extractor extractor{lexicon};
};

// Load, extract and compare one input, assuming `assumed` about the run.
// Never fails: problems become DocumentResult::error.
DocumentResult process_path(const std::string& path, const Context& ctx,
                            const CorpusFacts& assumed);

// The per-document step again, with the real facts of the run, from the
// kept source bytes or else by reading the path again. On failure the old
// result is returned with a warning added.
DocumentResult reprocess(DocumentResult old, const Context& ctx, const CorpusFacts& facts);

// Runs body(0..n-1) on up to `jobs` threads (the calling thread included).
void parallel_for(size_t n, int jobs, const std::function<void(size_t)>& body);

// Guesses of the run's facts for the per-document step that depend on the
// input order only, never on timing, so that `extract` writes the same bytes
// for any number of jobs: input i assumes the facts of inputs [0, b), where
// b = boundary(i) is the largest multiple of kBlock not above i - kBlock
// (inputs that close to i may still be running). Only a guess: a wrong one
// costs a second pass over a document, never a different output.
class GuessBook {
 public:
  static constexpr size_t kBlock = 64;
  static size_t boundary(size_t i) { return i < 2 * kBlock ? 0 : (i / kBlock - 1) * kBlock; }

  // Records result `index`; results must come in input order.
  void add(size_t index, const DocumentResult& result);
  // Whether the guess for input i is known (all inputs before boundary(i) added).
  bool ready(size_t i) const { return boundary(i) <= added_; }
  // Precondition: ready(i).
  std::shared_ptr<const CorpusFacts> guess(size_t i) const;

 private:
  CorpusTally tally_;
  size_t added_ = 0;
  // Facts at the last two boundaries: those that running inputs can ask for.
  std::map<size_t, std::shared_ptr<const CorpusFacts>> at_;
};

}  // namespace kd::pipeline

#endif  // KARABAKH_DIFF_SRC_PIPELINE_INTERNAL_H_
