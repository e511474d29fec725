// Direct JSON text for the events and diagnostics of the report: the bytes
// of nlohmann's dump(2) of event_json() and diagnostic_json() (render_json.cc).
#include <map>
#include <string>
#include <vector>

#include "json_layout.h"
#include "render_json_writer.h"

namespace kd {

namespace {

void write_strings(JsonLayout& w, const std::vector<std::string>& strings) {
  w.open('[');
  for (const std::string& s : strings) {
    w.element();
    w.string(s);
  }
  w.close_maybe_empty(']');
}

void write_side_map(JsonLayout& w, const std::map<std::string, std::vector<std::string>>& m) {
  w.open('{');
  for (const auto& [side, ids] : m) {
    w.escaped_key(side);
    write_strings(w, ids);
  }
  w.close_maybe_empty('}');
}

void write_divergences(JsonLayout& w, const std::vector<Divergence>& divergences) {
  w.open('[');
  for (const Divergence& d : divergences) {
    w.element();
    w.open('{');
    w.key("topic");
    w.string(d.topic);
    w.key("kind");
    w.string(to_string(d.kind));
    w.key("statements");
    write_side_map(w, d.statements);
    w.key("summary");
    w.string(d.summary);
    w.close('}');
  }
  w.close_maybe_empty(']');
}

}  // namespace

void append_event_json(std::string& out, const Event& e, int indent) {
  JsonLayout w(out, indent);
  w.open('{');
  w.key("id");
  w.string(e.id);
  w.key("kind");
  w.string(to_string(e.kind));
  w.key("date");
  w.optional_date(e.date);
  w.key("date_source");
  w.string(to_string(e.date_source));
  w.key("participants");
  write_strings(w, e.participants);
  w.key("sides");
  write_strings(w, e.sides);
  w.key("documents");
  write_strings(w, e.documents);
  w.key("initiator");
  w.optional_string(e.initiator);
  w.key("readouts");
  write_side_map(w, e.readouts);
  w.key("compared");
  write_strings(w, e.compared);
  w.key("divergences");
  write_divergences(w, e.divergences);
  w.key("agreements");
  write_divergences(w, e.agreements);
  w.close('}');
}

void append_diagnostic_json(std::string& out, const Diagnostic& d, int indent) {
  JsonLayout w(out, indent);
  w.open('{');
  w.key("path");
  w.string(d.path);
  w.key("severity");
  w.string(to_string(d.severity));
  w.key("message");
  w.string(d.message);
  w.close('}');
}

}  // namespace kd
