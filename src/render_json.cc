#include "karabakh_diff/render.h"
namespace kd {
std::string render_json(const Analysis&) { return "{}\n"; }
std::string render_jsonl(const Analysis&) { return ""; }
std::string render_text(const Analysis&, const TextOptions&) { return ""; }
std::string render_explain(const Analysis&) { return ""; }
}  // namespace kd
