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

}  // namespace kd

#endif  // KARABAKH_DIFF_RENDER_H_
