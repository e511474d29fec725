// The run as a whole: the streamed per-document step, then the check of
// every result against the facts of the whole run, then the cross-document
// comparison.
#include "karabakh_diff/pipeline.h"

#include "pipeline_internal.h"

namespace kd {

Analysis finish_run(std::vector<DocumentResult> results, const Lexicon& lexicon,
                    const Comparer& comparer, const RunOptions& options, const SourceSpill* spill) {
  CorpusTally tally;
  for (const DocumentResult& r : results)
    if (!r.error) tally.add(r.document.doc.published, r.evidence);
  const CorpusFacts facts = tally.facts();
  // Results computed on a guess of the run's facts that turned out wrong:
  // a second pass with the real ones (the facts do not change by it: they
  // come from published dates and names, which no guess affects).
  std::vector<size_t> redo;
  for (size_t i = 0; i < results.size(); ++i)
    if (!results[i].error && !Comparer::holds(results[i].evidence, facts)) redo.push_back(i);
  if (!redo.empty()) {  // the context's indexes take tens of milliseconds to build
    const pipeline::Context ctx{lexicon, comparer, options};
    pipeline::parallel_for(redo.size(), effective_jobs(options.jobs), [&](size_t k) {
      DocumentResult& r = results[redo[k]];
      if (!r.source && spill) r.source = spill->get(redo[k]);
      r = pipeline::reprocess(std::move(r), ctx, facts);
    });
  }

  Analysis analysis;
  std::vector<DocEvidence> evidence;
  for (DocumentResult& r : results) {
    if (r.error) {
      analysis.diagnostics.push_back(std::move(*r.error));
      continue;
    }
    for (const Diagnostic& d : r.document.doc.diagnostics) analysis.diagnostics.push_back(d);
    analysis.documents.push_back(std::move(r.document));
    evidence.push_back(std::move(r.evidence));
    r.source.reset();
  }
  results = std::vector<DocumentResult>();
  comparer.corpus(analysis, evidence, options.compare);
  return analysis;
}

Analysis run(const std::vector<std::string>& paths, const Lexicon& lexicon,
             const RunOptions& options) {
  const Comparer comparer(lexicon);
  std::vector<DocumentResult> results;
  results.reserve(paths.size());
  process_documents(paths, lexicon, comparer, options,
                    [&](DocumentResult&& r) { results.push_back(std::move(r)); });
  return finish_run(std::move(results), lexicon, comparer, options);
}

int exit_code(const Analysis& analysis) {
  if (analysis.has_errors()) return 2;
  return analysis.divergence_count() > 0 ? 1 : 0;
}

}  // namespace kd
