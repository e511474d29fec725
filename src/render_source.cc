// MemorySource: an Analysis in memory seen through AnalysisSource, so that
// the in-memory renderers and the streamed run share one implementation.
#include "karabakh_diff/render.h"

namespace kd {

size_t AnalysisSource::divergence_count() const {
  size_t n = 0;
  for (const Event& e : events()) n += e.divergences.size();
  return n;
}

Status AnalysisSource::render_documents(const DocumentRenderer& render,
                                        const std::function<void(std::string_view)>& sink) const {
  std::string text;
  return each_document([&](const DocumentAnalysis& d) -> Status {
    text.clear();
    render(d, text);
    sink(text);
    return Ok{};
  });
}

Status AnalysisSource::render_events(const EventRenderer& render,
                                     const std::function<void(std::string_view)>& sink) const {
  std::string text;
  for (size_t e = 0; e < events().size(); ++e) {
    const StatementMap* statements = nullptr;
    if (Status s = event_statements(e, statements); !s.ok()) return s;
    text.clear();
    render(events()[e], *statements, text);
    sink(text);
  }
  return Ok{};
}

Status AnalysisSource::render_bare_events(const BareEventRenderer& render,
                                          const std::function<void(std::string_view)>& sink) const {
  std::string text;
  for (const Event& e : events()) {
    text.clear();
    render(e, text);
    sink(text);
  }
  return Ok{};
}

MemorySource::MemorySource(const Analysis& analysis) : a_(analysis) {}

size_t MemorySource::statement_count() const {
  size_t n = 0;
  for (const DocumentAnalysis& d : a_.documents) n += d.statements.size();
  return n;
}

Status MemorySource::each_document(
    const std::function<Status(const DocumentAnalysis&)>& each) const {
  for (const DocumentAnalysis& d : a_.documents)
    if (Status s = each(d); !s.ok()) return s;
  return Ok{};
}

Status MemorySource::event_statements(size_t, const StatementMap*& out) const {
  // Every statement: the same lookup the renderers always had (a later
  // document wins when two share an id).
  if (by_id_.empty())
    for (const DocumentAnalysis& d : a_.documents)
      for (const Statement& s : d.statements) by_id_[s.id] = &s;
  out = &by_id_;
  return Ok{};
}

}  // namespace kd
