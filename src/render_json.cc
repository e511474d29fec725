// JSON and JSONL renderers: the machine contract (schema/karabakh-diff.schema.json),
// streamed one document or event at a time (a small DOM per element).
#include <nlohmann/json.hpp>

#include "karabakh_diff/render.h"
#include "render_json_writer.h"

namespace kd {

namespace {

using Json = nlohmann::ordered_json;

template <class T>
Json optional_string(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json optional_date(const std::optional<Date>& d) {
  return d && d->complete() ? Json(d->iso()) : Json(nullptr);
}

Json side_map(const std::map<std::string, std::vector<std::string>>& m) {
  Json out = Json::object();
  for (const auto& [side, ids] : m) out[side] = ids;
  return out;
}

Json speaker_json(const Speaker& s) {
  return Json{{"name", s.name},
              {"mention", s.mention},
              {"side", s.side},
              {"kind", to_string(s.kind)},
              {"anonymous", s.anonymous}};
}

Json statement_json(const Statement& s) {
  return Json{
      {"id", s.id},
      {"speaker", speaker_json(s.speaker)},
      {"account", s.account},
      {"via", optional_string(s.via)},
      {"relay", s.relay ? speaker_json(*s.relay) : Json(nullptr)},
      {"addressee", optional_string(s.addressee)},
      {"mode", to_string(s.mode)},
      {"cue", s.cue},
      {"cue_class", to_string(s.cue_class)},
      {"polarity", s.polarity},
      {"negated", s.negated},
      {"conditional", s.conditional},
      {"claim", s.claim},
      {"date", optional_date(s.date)},
      {"date_source", to_string(s.date_source)},
      {"event", optional_string(s.event)},
      {"span", {{"start", s.span.start}, {"end", s.span.end}}},
  };
}

Json document_json(const DocumentAnalysis& d) {
  Json statements = Json::array();
  for (const Statement& s : d.statements) statements.push_back(statement_json(s));
  return Json{{"path", d.doc.path},
              {"outlet", optional_string(d.doc.outlet)},
              {"published", optional_date(d.doc.published)},
              {"headline", d.doc.headline},
              {"encoding", d.doc.encoding},
              {"statements", std::move(statements)}};
}

Json divergence_json(const Divergence& d) {
  return Json{{"topic", d.topic},
              {"kind", to_string(d.kind)},
              {"statements", side_map(d.statements)},
              {"summary", d.summary}};
}

Json event_json(const Event& e) {
  Json divergences = Json::array(), agreements = Json::array();
  for (const Divergence& d : e.divergences) divergences.push_back(divergence_json(d));
  for (const Divergence& d : e.agreements) agreements.push_back(divergence_json(d));
  return Json{{"id", e.id},
              {"kind", to_string(e.kind)},
              {"date", optional_date(e.date)},
              {"date_source", to_string(e.date_source)},
              {"participants", e.participants},
              {"sides", e.sides},
              {"documents", e.documents},
              {"initiator", optional_string(e.initiator)},
              {"readouts", side_map(e.readouts)},
              {"compared", e.compared},
              {"divergences", std::move(divergences)},
              {"agreements", std::move(agreements)}};
}

Json diagnostic_json(const Diagnostic& d) {
  return Json{{"path", d.path}, {"severity", to_string(d.severity)}, {"message", d.message}};
}

// Invalid UTF-8 must never abort a run: replace it instead of throwing.
std::string dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// A pretty-printed (indent 2) JSON array at depth 1 of the document, one
// element at a time: the bytes nlohmann would print for the whole array.
// Elements are rendered by render_json_writer.h, which prints what dump(2)
// of the DOM below would, without building it: the report of a large
// corpus is hundreds of MB.
class ArrayWriter {
 public:
  explicit ArrayWriter(ByteSink& out) : out_(out) {}
  // An element already rendered at depth 2 (as append_document_json(.., 4)).
  void add_rendered(std::string_view element) {
    out_.write(first_ ? "[\n    " : ",\n    ");
    first_ = false;
    out_.write(element);
  }
  void close() { out_.write(first_ ? "[]" : "\n  ]"); }

 private:
  ByteSink& out_;
  bool first_ = true;
};

// A line of --format jsonl: schema and type first, then the object's members.
Json jsonl_object(const char* type, Json body) {
  Json j{{"schema", kSchema}, {"type", type}};
  j.update(body);
  return j;
}

}  // namespace

Status write_json(const AnalysisSource& source, ByteSink& out) {
  out.write("{\n  \"schema\": " + dump(Json(kSchema), 2) + ",\n  \"documents\": ");
  ArrayWriter documents(out);
  // Documents, events and diagnostics are written directly
  // (render_json_writer.h): the bytes of dump(document_json(d), 2) and so on.
  Status read = source.render_documents(
      [](const DocumentAnalysis& d, std::string& text) { append_document_json(text, d, 4); },
      [&](std::string_view text) { documents.add_rendered(text); });
  if (!read.ok()) return read;
  documents.close();
  out.write(",\n  \"events\": ");
  ArrayWriter events(out);
  read = source.render_bare_events(
      [](const Event& e, std::string& text) { append_event_json(text, e, 4); },
      [&](std::string_view text) { events.add_rendered(text); });
  if (!read.ok()) return read;
  events.close();
  out.write(",\n  \"diagnostics\": ");
  ArrayWriter diagnostics(out);
  std::string text;
  for (const Diagnostic& d : source.diagnostics()) {
    text.clear();
    append_diagnostic_json(text, d, 4);
    diagnostics.add_rendered(text);
  }
  diagnostics.close();
  out.write("\n}\n");
  return Ok{};
}

Status write_jsonl(const AnalysisSource& source, ByteSink& out) {
  auto line = [&](const char* type, Json body) {
    out.write(dump(jsonl_object(type, std::move(body)), -1) + "\n");
  };
  Status read = source.render_documents(
      [](const DocumentAnalysis& d, std::string& text) {
        text = dump(jsonl_object("document", document_json(d)), -1);
        text += '\n';
      },
      [&](std::string_view text) { out.write(text); });
  if (!read.ok()) return read;
  read = source.render_bare_events(
      [](const Event& e, std::string& text) {
        text = dump(jsonl_object("event", event_json(e)), -1);
        text += '\n';
      },
      [&](std::string_view text) { out.write(text); });
  if (!read.ok()) return read;
  for (const Diagnostic& d : source.diagnostics()) line("diagnostic", diagnostic_json(d));
  return Ok{};
}

std::string render_json(const Analysis& analysis) {
  StringSink out;
  (void)write_json(MemorySource(analysis), out);  // a MemorySource never fails
  return std::move(out.text);
}

std::string render_jsonl(const Analysis& analysis) {
  StringSink out;
  (void)write_jsonl(MemorySource(analysis), out);
  return std::move(out.text);
}

}  // namespace kd
