// Direct JSON text for the bulk of the JSON report (documents and their
// statements): string appends that give the bytes nlohmann's dump gives,
// without building a DOM per document.
#ifndef KARABAKH_DIFF_SRC_RENDER_JSON_WRITER_H_
#define KARABAKH_DIFF_SRC_RENDER_JSON_WRITER_H_

#include <string>
#include <string_view>

#include "karabakh_diff/analysis.h"

namespace kd {

// Appends `s` as a JSON string (with its quotes), escaped as nlohmann's
// dump(..., ensure_ascii = false, error_handler_t::replace) does: \" \\ \b
// \f \n \r \t, other bytes below 0x20 as \u00xx, valid UTF-8 as is, and each
// maximal ill-formed subpart replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);

// Appends the document object as nlohmann's dump(2) of document_json() would
// print it, every line after the first indented by `indent` more spaces.
void append_document_json(std::string& out, const DocumentAnalysis& d, int indent);

// The same for an event (event_json()) and a diagnostic (diagnostic_json()).
void append_event_json(std::string& out, const Event& e, int indent);
void append_diagnostic_json(std::string& out, const Diagnostic& d, int indent);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_RENDER_JSON_WRITER_H_
