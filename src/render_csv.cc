// --format csv: one row per statement, for spreadsheets (RFC 4180).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "karabakh_diff/render.h"
#include "render_report.h"

namespace kd {

namespace {

// Quoted only when needed, as RFC 4180 allows; quotes doubled inside.
std::string field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void row(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += field(fields[i]);
  }
  out += "\r\n";
}

std::string flag(bool b) { return b ? "true" : "false"; }

}  // namespace

Status write_csv(const AnalysisSource& source, ByteSink& sink) {
  // Statement id -> "E1 contradiction: ceasefire" for every finding citing it.
  std::map<std::string, std::vector<std::string>> findings;
  for (const Event& e : source.events())
    for (const auto* list : {&e.divergences, &e.agreements})
      for (const Divergence& d : *list)
        for (const auto& [side, ids] : d.statements)
          for (const std::string& id : ids) {
            std::string f = fmt::format("{} {}: {}", e.id, to_string(d.kind), d.topic);
            std::vector<std::string>& v = findings[id];
            if (std::find(v.begin(), v.end(), f) == v.end()) v.push_back(std::move(f));
          }
  std::string out;
  row(out, {"document",  "id",        "event",    "speaker", "speaker_side", "speaker_kind",
            "anonymous", "relay",     "via",      "account", "addressee",    "mode",
            "cue",       "cue_class", "polarity", "negated", "conditional",  "date",
            "claim",     "start",     "end",      "findings"});
  sink.write(out);
  auto render = [&findings](const DocumentAnalysis& d, std::string& out) {
    for (const Statement& s : d.statements) {
      auto it = findings.find(s.id);
      row(out, {d.doc.path,
                s.id,
                s.event.value_or(""),
                s.speaker.name,
                s.speaker.side,
                to_string(s.speaker.kind),
                flag(s.speaker.anonymous),
                s.relay ? s.relay->name : "",
                s.via.value_or(""),
                s.account,
                s.addressee.value_or(""),
                to_string(s.mode),
                s.cue,
                to_string(s.cue_class),
                std::to_string(s.polarity),
                flag(s.negated),
                flag(s.conditional),
                s.date && s.date->complete() ? s.date->iso() : "",
                s.claim,
                std::to_string(s.span.start),
                std::to_string(s.span.end),
                it == findings.end() ? "" : join(it->second, "; ")});
    }
  };
  return source.render_documents(render, [&](std::string_view text) { sink.write(text); });
}

std::string render_csv(const Analysis& analysis) {
  StringSink out;
  (void)write_csv(MemorySource(analysis), out);  // a MemorySource never fails
  return std::move(out.text);
}

}  // namespace kd
