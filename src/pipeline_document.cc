// The per-document step: load -> extract -> per-document comparison, under
// a deadline, leaving only what the cross-document step and the renderers
// need.
#include <cmath>
#include <cstdio>
#include <limits>

#include "karabakh_diff/extractor.h"
#include "karabakh_diff/loader.h"
#include "loader_resources.h"
#include "pipeline_internal.h"

namespace kd::pipeline {

namespace {

// Texts, sentence and offset maps are what makes a document big; the
// cross-document step and the JSON and text renderers read none of them.
void drop_text(Document& doc) {
  doc.text = std::string();
  doc.offsets = OffsetMap();
  doc.paragraphs = std::vector<Span>();
  doc.sentences = std::vector<Sentence>();
  doc.dropped = std::vector<DroppedLine>();
}

bool depends_on_run(const DocEvidence& e) { return e.uses_year || !e.choices.empty(); }

std::string seconds(std::chrono::nanoseconds d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::chrono::duration<double>(d).count());
  return buf;
}

// Extracts and compares a loaded document. `started` is when its loading
// began: loading counts against its time too.
DocumentResult analyze(Document doc, const Context& ctx, const CorpusFacts& assumed,
                       Deadline::Clock::time_point started) {
  const RunOptions& o = ctx.options;
  const double mb = static_cast<double>(doc.text.size()) / (1 << 20);
  const auto limit = o.document_time + std::chrono::duration_cast<std::chrono::nanoseconds>(
                                           o.document_time_per_mb * mb);
  const Deadline deadline(started + limit);
  DocumentResult out;
  const std::string path = doc.path;
  auto timed_out = [&] {
    DocumentResult skipped;
    skipped.error = Diagnostic{path, Severity::kError,
                               "skipped: took longer than " + seconds(limit) + " s to process"};
    return skipped;
  };
  if (deadline.expired()) return timed_out();
  out.document.statements = ctx.extractor.extract(doc, ExtractContext{assumed.year, &deadline});
  if (deadline.expired()) return timed_out();
  out.document.doc = std::move(doc);
  out.evidence = ctx.comparer.document(out.document, assumed, &deadline);
  if (deadline.expired()) return timed_out();
  if (!o.keep_text) drop_text(out.document.doc);
  return out;
}

}  // namespace

DocumentResult process_path(const std::string& path, const Context& ctx,
                            const CorpusFacts& assumed) {
  const auto started = Deadline::Clock::now();
  // Standard input cannot be read twice: keep its bytes in case the
  // document has to be processed again.
  std::optional<std::string> stdin_bytes;
  std::string file_bytes;
  Result<Document> loaded = Error{""};
  if (path == "-") {
    Result<std::string> bytes = read_input(path, ctx.options.load);
    if (bytes.ok()) {
      loaded = load_bytes(path, bytes.value(), ctx.options.load, ctx.loading);
      stdin_bytes = std::move(bytes.value());
    } else {
      loaded = bytes.error();
    }
  } else {
    // Kept bytes come from this read: reading the file again for them cost
    // five system calls per article.
    loaded = load_file(path, ctx.options.load, ctx.loading,
                       ctx.options.keep_source ? &file_bytes : nullptr);
  }
  if (!loaded.ok()) {
    DocumentResult failed;
    failed.error = Diagnostic{path, Severity::kError, loaded.error().message};
    return failed;
  }
  DocumentResult out = analyze(std::move(loaded.value()), ctx, assumed, started);
  if (out.error || !depends_on_run(out.evidence)) return out;
  if (stdin_bytes) {
    out.source = std::move(stdin_bytes);
  } else if (ctx.options.keep_source) {
    out.source = std::move(file_bytes);
  }
  return out;
}

DocumentResult reprocess(DocumentResult old, const Context& ctx, const CorpusFacts& facts) {
  const auto started = Deadline::Clock::now();
  const Document& was = old.document.doc;
  Result<Document> loaded = Error{""};
  if (old.source) {
    // The same bytes give the same document; what load_file took from the
    // sidecar or the command line (outlet, published) comes from the result.
    LoadOptions load;
    load.max_file_size = std::numeric_limits<uint64_t>::max();
    load.outlet = was.outlet;
    loaded = load_bytes(was.path, *old.source, load, ctx.loading);
    if (loaded.ok()) {
      Document& doc = loaded.value();
      if (!doc.published) doc.published = was.published;
      doc.diagnostics = was.diagnostics;
    }
  } else {
    loaded = load_file(was.path, ctx.options.load, ctx.loading);
  }
  DocumentResult again;
  if (loaded.ok()) again = analyze(std::move(loaded.value()), ctx, facts, started);
  if (loaded.ok() && !again.error) return again;
  const std::string why = loaded.ok() ? again.error->message : loaded.error().message;
  old.document.doc.diagnostics.push_back(
      {was.path, Severity::kWarning,
       "could not be processed again with the facts of the whole run (" + why +
           "); its events may differ"});
  return old;
}

}  // namespace kd::pipeline
