// A run whose documents are kept in an unnamed temporary file instead of
// memory, for inputs of any size: memory holds per document only where its
// record is, its event reports in compact form (for merging, ReportTable)
// and its diagnostics; the cross-document step and the renderers read
// documents back one at a time, as binary records that cost a fraction of
// a JSON parse.
//
//   RunStore store(lexicon, comparer, options);
//   store.process(paths);              // or store.add() each extract line
//   store.finish();
//   write_json(store, sink);           // any streamed renderer (render.h)
//
// Gives the renderers exactly the bytes of run() + render_*() on the same
// inputs (what finish_run() and Comparer::corpus() compute, in the same
// order).
#ifndef KARABAKH_DIFF_RUN_STORE_H_
#define KARABAKH_DIFF_RUN_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "karabakh_diff/comparer.h"
#include "karabakh_diff/pipeline.h"
#include "karabakh_diff/render.h"

namespace kd {

class RunStore : public AnalysisSource, public DocumentSource {
 public:
  // All three must outlive the store.
  RunStore(const Lexicon& lexicon, const Comparer& comparer, const RunOptions& options);
  ~RunStore() override;
  RunStore(const RunStore&) = delete;
  RunStore& operator=(const RunStore&) = delete;

  // Adds the next result, in input order. Fails when the temporary file
  // cannot be created or written (disk full); records are written a block
  // at a time, so the failure may show at a later add() or at finish().
  Status add(DocumentResult&& result);
  // The per-document step on `paths` (process_documents), each result
  // added as it comes.
  Status process(const std::vector<std::string>& paths);
  // The cross-document half (see finish_run): redoes the results whose
  // evidence does not hold for the whole run, then compares. Call once,
  // after the last add().
  Status finish();
  // Keeps only event `id` (as select_event() in output.h).
  Status select_event(const std::string& id);
  // As kd::exit_code() for the Analysis of the run.
  int exit_code() const;

  // AnalysisSource (after finish()).
  size_t document_count() const override { return docs_.size(); }
  size_t statement_count() const override { return statements_; }
  const std::vector<Event>& events() const override { return events_; }
  const std::vector<Diagnostic>& diagnostics() const override { return diagnostics_; }
  Status each_document(const std::function<Status(const DocumentAnalysis&)>& each) const override;
  Status event_statements(size_t e, const StatementMap*& out) const override;
  // Read documents back and render on options.jobs threads.
  Status render_documents(const DocumentRenderer& render,
                          const std::function<void(std::string_view)>& sink) const override;
  Status render_events(const EventRenderer& render,
                       const std::function<void(std::string_view)>& sink) const override;
  Status render_bare_events(const BareEventRenderer& render,
                            const std::function<void(std::string_view)>& sink) const override;

  // DocumentSource.
  Status load(size_t d, const std::vector<uint32_t>& reports, DocumentAnalysis& document,
              DocEvidence& evidence) const override;

 private:
  struct Doc {
    uint64_t offset = 0, length = 0;  // its record in the file
    uint64_t core = 0;                // the length of its core (record::core_size)
    uint32_t statements = 0;
    std::vector<Diagnostic> diagnostics;
    // What Comparer::holds() reads, when the result relies on facts of the
    // run (else null: it always holds).
    std::unique_ptr<DocEvidence> assumed;
  };

  // Stores `record`, the encoding of `result`, as document d: appended to
  // the file once kWriteBlock bytes are pending, or at flush().
  Status put(size_t d, const DocumentResult& result, std::string_view record);
  // Writes the pending records: they can be read back from then on.
  Status flush();
  // add() of a result whose record is already encoded.
  Status add(DocumentResult&& result, std::string_view record);
  // The bytes of document d's record, or only its core (all but the
  // source bytes: most readers skip them).
  Status read_bytes(size_t d, bool whole, std::string& bytes) const;
  // Document d as stored; `with_source` keeps its bytes.
  Result<DocumentResult> read(size_t d, bool with_source = false) const;
  // Document d as the renderers see it: read back, Statement::event set.
  Result<DocumentAnalysis> document(size_t d) const;
  // The documents of events_[e] as document() reads them, and their
  // statements by id (pointing into `documents`).
  Status event_documents(size_t e, std::vector<DocumentAnalysis>& documents,
                         StatementMap& statements) const;

  const Lexicon& lexicon_;
  const Comparer& comparer_;
  const RunOptions& options_;
  int fd_ = -1;
  static constexpr size_t kWriteBlock = size_t{1} << 20;
  uint64_t size_ = 0;    // of the file, pending records included
  std::string pending_;  // records not written yet
  std::vector<Doc> docs_;
  std::vector<std::string> paths_;
  ReportTable reports_;                                // for merging only
  std::vector<std::pair<size_t, Diagnostic>> errors_;  // (documents before it, error)
  CorpusTally tally_;
  size_t statements_ = 0;
  std::vector<Event> events_;
  std::vector<size_t> event_index_;  // events_[i] is event event_index_[i] of the run
  StoredCorpus corpus_;              // events moved to events_
  std::vector<Diagnostic> diagnostics_;
  mutable std::vector<DocumentAnalysis> current_;  // documents of the last event_statements()
  mutable StatementMap current_map_;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_RUN_STORE_H_
