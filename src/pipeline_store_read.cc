// RunStore, the reading side: documents and events read back from the
// temporary file for the renderers, on several threads where the renderer
// allows it (render_documents, render_events, render_bare_events).
#include "karabakh_diff/run_store.h"
#include "pipeline_ordered.h"

namespace kd {

namespace {

// produce(i, text) for i in 0..n-1 on `jobs` threads, the texts handed to
// `sink` in order on this thread.
Status render_in_order(size_t n, int jobs,
                       const std::function<Status(size_t, std::string&)>& produce,
                       const std::function<void(std::string_view)>& sink) {
  return pipeline::ordered_for(n, jobs, produce, [&](size_t, std::string& text) -> Status {
    sink(text);
    return Ok{};
  });
}

}  // namespace

Result<DocumentAnalysis> RunStore::document(size_t d) const {
  Result<DocumentResult> r = read(d);
  if (!r.ok()) return r.error();
  DocumentAnalysis& document = r.value().document;
  set_statement_events(document, r.value().evidence, corpus_.report_events[d]);
  return std::move(document);
}

Status RunStore::each_document(const std::function<Status(const DocumentAnalysis&)>& each) const {
  for (size_t d = 0; d < docs_.size(); ++d) {
    Result<DocumentAnalysis> document = this->document(d);
    if (!document.ok()) return document.error();
    if (Status s = each(document.value()); !s.ok()) return s;
  }
  return Ok{};
}

Status RunStore::render_documents(const DocumentRenderer& render,
                                  const std::function<void(std::string_view)>& sink) const {
  auto produce = [&](size_t d, std::string& text) -> Status {
    Result<DocumentAnalysis> document = this->document(d);
    if (!document.ok()) return document.error();
    render(document.value(), text);
    return Ok{};
  };
  return render_in_order(docs_.size(), effective_jobs(options_.jobs), produce, sink);
}

Status RunStore::event_documents(size_t e, std::vector<DocumentAnalysis>& documents,
                                 StatementMap& statements) const {
  const std::vector<uint32_t>& docs = corpus_.event_documents[event_index_[e]];
  documents.assign(docs.size(), {});
  statements.clear();
  for (size_t i = 0; i < docs.size(); ++i) {
    Result<DocumentAnalysis> document = this->document(docs[i]);
    if (!document.ok()) return document.error();
    documents[i] = std::move(document.value());
    for (const Statement& st : documents[i].statements) statements[st.id] = &st;
  }
  return Ok{};
}

Status RunStore::event_statements(size_t e, const StatementMap*& out) const {
  if (Status s = event_documents(e, current_, current_map_); !s.ok()) return s;
  out = &current_map_;
  return Ok{};
}

Status RunStore::render_events(const EventRenderer& render,
                               const std::function<void(std::string_view)>& sink) const {
  auto produce = [&](size_t e, std::string& text) -> Status {
    std::vector<DocumentAnalysis> documents;
    StatementMap statements;
    if (Status s = event_documents(e, documents, statements); !s.ok()) return s;
    render(events_[e], statements, text);
    return Ok{};
  };
  return render_in_order(events_.size(), effective_jobs(options_.jobs), produce, sink);
}

Status RunStore::render_bare_events(const BareEventRenderer& render,
                                    const std::function<void(std::string_view)>& sink) const {
  auto produce = [&](size_t e, std::string& text) -> Status {
    render(events_[e], text);
    return Ok{};
  };
  return render_in_order(events_.size(), effective_jobs(options_.jobs), produce, sink);
}

}  // namespace kd
