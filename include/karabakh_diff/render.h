// Renderers: an Analysis in, bytes out. They only render; no analysis here.
#ifndef KARABAKH_DIFF_RENDER_H_
#define KARABAKH_DIFF_RENDER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/status.h"

namespace kd {

// Where a streamed renderer writes: bytes in order, as they are produced.
// A sink that fails (full disk) remembers it and drops the rest; the caller
// asks it afterwards (see FdSink in output.h).
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual void write(std::string_view bytes) = 0;
};

// Collects everything in memory.
class StringSink : public ByteSink {
 public:
  void write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

// Statements by id, valid until the next call that fills the map.
using StatementMap = std::unordered_map<std::string, const Statement*>;

// What the streamed renderers read: an Analysis in memory (MemorySource) or
// a run whose documents are read back one at a time (RunStore, run_store.h).
// Both give the renderers the same bytes.
class AnalysisSource {
 public:
  virtual ~AnalysisSource() = default;
  virtual size_t document_count() const = 0;
  virtual size_t statement_count() const = 0;
  virtual const std::vector<Event>& events() const = 0;
  virtual const std::vector<Diagnostic>& diagnostics() const = 0;
  // Calls `each` with every document in order, Statement::event set; the
  // reference is valid during the call only. Fails when a document cannot
  // be read back; stops at the first failure of `each`.
  virtual Status each_document(
      const std::function<Status(const DocumentAnalysis&)>& each) const = 0;
  // Renders every document to text with `render` and hands the texts to
  // `sink` in document order, on the calling thread. `render` may run on
  // several threads at once, each call with its own document and string:
  // it must only read shared state. The string comes cleared. Fails as
  // each_document() does. This default renders on the calling thread.
  using DocumentRenderer = std::function<void(const DocumentAnalysis&, std::string&)>;
  virtual Status render_documents(const DocumentRenderer& render,
                                  const std::function<void(std::string_view)>& sink) const;
  // Points `out` at a map that holds (at least) the statements events()[e]
  // cites: its readouts and the statements of its findings. The map and
  // its pointers stay valid until the next call.
  virtual Status event_statements(size_t e, const StatementMap*& out) const = 0;
  // Renders every event with `render`, given the statements it cites (as
  // event_statements() finds them), and hands the texts to `sink` in order,
  // on the calling thread. As with render_documents(), `render` may run on
  // several threads at once. This default renders on the calling thread.
  using EventRenderer = std::function<void(const Event&, const StatementMap&, std::string&)>;
  virtual Status render_events(const EventRenderer& render,
                               const std::function<void(std::string_view)>& sink) const;
  // The same for a renderer that reads the event alone (JSON): no
  // statements are looked up. This default renders on the calling thread.
  using BareEventRenderer = std::function<void(const Event&, std::string&)>;
  virtual Status render_bare_events(const BareEventRenderer& render,
                                    const std::function<void(std::string_view)>& sink) const;
  size_t divergence_count() const;
};

// An Analysis held in memory, as a source. `analysis` must outlive it.
class MemorySource : public AnalysisSource {
 public:
  explicit MemorySource(const Analysis& analysis);
  size_t document_count() const override { return a_.documents.size(); }
  size_t statement_count() const override;
  const std::vector<Event>& events() const override { return a_.events; }
  const std::vector<Diagnostic>& diagnostics() const override { return a_.diagnostics; }
  Status each_document(const std::function<Status(const DocumentAnalysis&)>& each) const override;
  Status event_statements(size_t e, const StatementMap*& out) const override;

 private:
  const Analysis& a_;
  mutable StatementMap by_id_;  // every statement; built on first use
};

// Schema identifier of the JSON/JSONL output.
inline constexpr const char* kSchema = "karabakh-diff/1";

// One JSON document (schema/karabakh-diff.schema.json), pretty-printed, with a
// trailing newline.
std::string render_json(const Analysis& analysis);

// One JSON object per line: {"type":"document",...} per document, then
// {"type":"event",...} per event, then {"type":"diagnostic",...}.
std::string render_jsonl(const Analysis& analysis);

struct TextOptions {
  bool color = false;  // ANSI colours
  int width = 80;      // terminal columns for wrapping
};

// The terminal report: per event a header, the readouts of the two sides
// compared (Event::compared, left first), divergences with their evidence.
std::string render_text(const Analysis& analysis, const TextOptions& options);

// Per sentence of every document: statements found and the rule that fired,
// then the lines the loader dropped and why.
std::string render_explain(const Analysis& analysis);

// Markdown that renders on code-hosting sites: a summary table of events,
// then per event a table of findings by topic with the statements of the
// two sides compared (Event::compared, left first), and the statements in
// full.
std::string render_markdown(const Analysis& analysis);

// One self-contained HTML page (inline CSS, no script, no external asset): a
// summary table of events, per event the two sides compared in two columns
// with rows aligned by topic and coloured by kind of divergence, each claim
// linked to its sentence in the article texts shown below.
std::string render_html(const Analysis& analysis);

// CSV (RFC 4180: quoted where needed, CRLF line ends): a header row, then one
// row per statement of every document, with the findings that cite it.
std::string render_csv(const Analysis& analysis);

// The same renderers, streamed into `out`: identical bytes for the same
// result. Only a document (or an event's statements) at a time is held by
// the renderer itself. Fail when the source cannot read a document back.
Status write_json(const AnalysisSource& source, ByteSink& out);
Status write_jsonl(const AnalysisSource& source, ByteSink& out);
Status write_text(const AnalysisSource& source, const TextOptions& options, ByteSink& out);
Status write_csv(const AnalysisSource& source, ByteSink& out);

}  // namespace kd

#endif  // KARABAKH_DIFF_RENDER_H_
