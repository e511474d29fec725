// Renderers: an Analysis in, bytes out. They only render; no analysis here.
#ifndef KARABAKH_DIFF_RENDER_H_
#define KARABAKH_DIFF_RENDER_H_

#include <string>

#include "karabakh_diff/analysis.h"

namespace kd {

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
  std::string side_a = "Moscow";
  std::string side_b = "Ankara";
};

// The terminal report: per event a header, the readouts of both sides,
// divergences with their evidence.
std::string render_text(const Analysis& analysis, const TextOptions& options);

// Per sentence of every document: statements found and the rule that fired,
// then the lines the loader dropped and why.
std::string render_explain(const Analysis& analysis);

// Shareable reports (Markdown, HTML): the two sides whose readouts stand
// side by side, side_a on the left.
struct ReportOptions {
  std::string side_a = "Moscow";
  std::string side_b = "Ankara";
};

// Markdown that renders on code-hosting sites: a summary table of events,
// then per event a table of findings by topic with both sides' statements,
// and the statements in full.
std::string render_markdown(const Analysis& analysis, const ReportOptions& options);

// One self-contained HTML page (inline CSS, no script, no external asset): a
// summary table of events, per event side_a and side_b in two columns with
// rows aligned by topic and coloured by kind of divergence, each claim
// linked to its sentence in the article texts shown below.
std::string render_html(const Analysis& analysis, const ReportOptions& options);

// CSV (RFC 4180: quoted where needed, CRLF line ends): a header row, then one
// row per statement of every document, with the findings that cite it.
std::string render_csv(const Analysis& analysis);

}  // namespace kd

#endif  // KARABAKH_DIFF_RENDER_H_
