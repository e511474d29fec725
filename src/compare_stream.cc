// Comparer::corpus() for documents kept outside memory: events are merged
// from the reports alone, then each event reads back only its own
// documents, compares them and lets them go; events run in parallel (their
// findings do not depend on one another).
#include <algorithm>
#include <atomic>
#include <thread>

#include "compare_corpus.h"
#include "compare_reports.h"
#include "karabakh_diff/comparer.h"

namespace kd {

namespace {

// The findings of one event, its documents read back (only what the event
// reads of them) and indexed locally (in ascending order, so that every
// order the finders use is kept).
Status compare_event(cmp::MergedEvent& m, const std::vector<uint32_t>& docs,
                     const DocumentSource& documents, const cmp::Resources& res,
                     const CompareOptions& options) {
  cmp::MergedEvent view{std::move(m.event), {}};
  std::vector<std::vector<uint32_t>> reports(docs.size());
  for (const auto& [d, k] : m.members) {
    const auto it = std::lower_bound(docs.begin(), docs.end(), static_cast<uint32_t>(d));
    const auto i = static_cast<size_t>(it - docs.begin());
    view.members.push_back({i, k});
    reports[i].push_back(static_cast<uint32_t>(k));
  }
  Analysis local;
  std::vector<DocEvidence> evidence(docs.size());
  local.documents.resize(docs.size());
  for (size_t i = 0; i < docs.size(); ++i)
    if (Status s = documents.load(docs[i], reports[i], local.documents[i], evidence[i]); !s.ok()) {
      m.event = std::move(view.event);
      return s;
    }
  cmp::event_readouts(view, local, evidence);
  cmp::event_findings(view, local, evidence, res, options);
  m.event = std::move(view.event);
  return Ok{};
}

}  // namespace

std::vector<bool> statements_read(const DocEvidence& evidence,
                                  const std::vector<uint32_t>& reports) {
  std::vector<bool> read(evidence.statements.size());
  for (size_t i = 0; i < read.size(); ++i) read[i] = may_be_position(evidence.statements[i]);
  for (uint32_t k : reports)
    if (k < evidence.events.size())
      for (uint32_t i : evidence.events[k].readouts)
        if (i < read.size()) read[i] = true;
  return read;
}

void set_statement_events(DocumentAnalysis& document, const DocEvidence& evidence,
                          const std::vector<uint32_t>& report_events) {
  std::vector<int64_t> last(document.statements.size(), -1);
  for (size_t k = 0; k < evidence.events.size() && k < report_events.size(); ++k)
    for (uint32_t i : evidence.events[k].readouts)
      if (i < last.size()) last[i] = std::max<int64_t>(last[i], report_events[k]);
  for (size_t i = 0; i < last.size(); ++i) {
    if (last[i] >= 0)
      document.statements[i].event = "E" + std::to_string(last[i] + 1);
    else
      document.statements[i].event.reset();
  }
}

Result<StoredCorpus> Comparer::corpus(ReportTable reports, const std::vector<std::string>& paths,
                                      const DocumentSource& documents,
                                      const CompareOptions& options, int jobs) const {
  std::vector<cmp::MergedEvent> merged =
      cmp::merge_events(reports.data(), [&](size_t d) -> const std::string& { return paths[d]; });
  StoredCorpus out;
  const size_t n = reports.documents();
  out.report_events.resize(n);
  for (size_t d = 0; d < n; ++d) out.report_events[d].resize(reports.data().where[d].second);
  out.event_documents.resize(merged.size());
  for (size_t e = 0; e < merged.size(); ++e) {
    std::vector<uint32_t>& docs = out.event_documents[e];
    for (const auto& [d, k] : merged[e].members) {
      out.report_events[d][k] = static_cast<uint32_t>(e);
      if (docs.empty() || docs.back() != d) docs.push_back(static_cast<uint32_t>(d));
    }
  }
  reports = {};  // the events hold what they need of them
  std::vector<Status> status(merged.size(), Ok{});
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t e = next++; e < merged.size(); e = next++)
      status[e] = compare_event(merged[e], out.event_documents[e], documents, *res_, options);
  };
  std::vector<std::thread> pool;
  const size_t threads = std::min(merged.size(), static_cast<size_t>(std::max(1, jobs)));
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  for (const Status& s : status)
    if (!s.ok()) return s.error();
  for (cmp::MergedEvent& m : merged) out.events.push_back(std::move(m.event));
  return out;
}

}  // namespace kd
