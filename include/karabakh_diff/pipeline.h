// The whole run: paths in, Analysis out (load -> extract -> compare).
//
// Documents are streamed: worker threads load, extract and run the
// per-document comparison (Comparer::document) in parallel; the results
// come back in input order, without their texts; the cross-document
// comparison (Comparer::corpus) runs once all are in. The same two halves
// serve `extract` (results written as JSONL, see jsonl.h) and `compare`
// (results read back), so that extract|compare gives the one-shot output.
#ifndef KARABAKH_DIFF_PIPELINE_H_
#define KARABAKH_DIFF_PIPELINE_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/comparer.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"

namespace kd {

struct RunOptions {
  LoadOptions load;
  CompareOptions compare;
  int jobs = 0;            // worker threads; 0 = one per core
  bool keep_text = false;  // keep Document texts and sentences (render_explain needs them)
  // Time one document may take: document_time plus document_time_per_mb for
  // each MB of input. A document over it is skipped with an error diagnostic.
  std::chrono::milliseconds document_time{10000};
  std::chrono::milliseconds document_time_per_mb{1000};
  // Keep the original bytes of a document whose result may have to be
  // recomputed once the whole run is known (DocumentResult::source). For
  // `extract`, whose output is compared elsewhere; a one-shot run reads the
  // file again instead.
  bool keep_source = false;
};

// One input after the per-document step: its document, statements and
// evidence for the comparison; or why it could not be processed.
struct DocumentResult {
  std::optional<Diagnostic> error;  // set: the input was skipped (no document)
  DocumentAnalysis document;        // text and sentences dropped unless keep_text
  DocEvidence evidence;             // parallel to document.statements
  // Original bytes, when kept (see RunOptions::keep_source) and the evidence
  // relies on facts of the run (corpus year, names in other articles).
  std::optional<std::string> source;

  const std::string& path() const { return error ? error->path : document.doc.path; }
};

// Number of worker threads `jobs` asks for: itself when positive, else the
// number of cores (at least 1).
int effective_jobs(int jobs);

// Runs the per-document step on `paths` with options.jobs threads and calls
// `sink` with each result in input order, on the calling thread, as soon as
// it and all before it are done. At most a few results per thread are held
// at a time. `lexicon` and `comparer` must outlive the call.
void process_documents(const std::vector<std::string>& paths, const Lexicon& lexicon,
                       const Comparer& comparer, const RunOptions& options,
                       const std::function<void(DocumentResult&&)>& sink);

// The same, and `render` runs on the worker thread right after each step
// (so that, e.g., writing JSON lines is parallel too): its text comes to the
// sink with the result. `render` must be safe to call from several threads.
void process_documents(const std::vector<std::string>& paths, const Lexicon& lexicon,
                       const Comparer& comparer, const RunOptions& options,
                       const std::function<std::string(const DocumentResult&)>& render,
                       const std::function<void(DocumentResult&&, std::string&&)>& sink);

// Original bytes of documents set aside in an unnamed temporary file until
// the run is finished, so that memory holds only where they are: `compare`
// reads results that all carry their source and needs few of them.
class SourceSpill {
 public:
  SourceSpill() = default;
  ~SourceSpill();
  SourceSpill(const SourceSpill&) = delete;
  SourceSpill& operator=(const SourceSpill&) = delete;

  // Moves result.source, when set, into the spill under `index`. Fails when
  // the temporary file cannot be created or written (the disk is full).
  Status put(size_t index, DocumentResult& result);
  // The bytes put under `index`; nullopt when none were (or on a read
  // error). Safe to call from several threads at once.
  std::optional<std::string> get(size_t index) const;

 private:
  int fd_ = -1;
  uint64_t size_ = 0;
  std::map<size_t, std::pair<uint64_t, uint64_t>> where_;  // index -> (offset, length)
};

// The cross-document half: checks every result against the facts of the
// whole run, processes again (from DocumentResult::source, else by reading
// its path again) those whose evidence does not hold, then compares. Results
// keep their order; failed inputs become diagnostics. `spill`, when given,
// holds the sources of results by their index in `results`.
Analysis finish_run(std::vector<DocumentResult> results, const Lexicon& lexicon,
                    const Comparer& comparer, const RunOptions& options,
                    const SourceSpill* spill = nullptr);

// Both halves. Loads every path (one that fails becomes an error diagnostic
// and is skipped; the others are still processed), extracts statements,
// compares. Never fails as a whole. `lexicon` must outlive the call only.
// Output is identical for any options.jobs.
Analysis run(const std::vector<std::string>& paths, const Lexicon& lexicon,
             const RunOptions& options);

// Exit status a CLI should use: 2 when an input could not be read, else 1
// when divergences were flagged, else 0.
int exit_code(const Analysis& analysis);

}  // namespace kd

#endif  // KARABAKH_DIFF_PIPELINE_H_
