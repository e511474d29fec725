// Golden records: what the extraction of one article produced, as stable JSON.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "karabakh_diff/check.h"

namespace kd {

namespace {

// std::map-backed: keys come out sorted, whatever order the code sets them.
using Json = nlohmann::json;

template <class T>
Json optional_value(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json optional_date(const std::optional<Date>& d) {
  return d && d->complete() ? Json(d->iso()) : Json(nullptr);
}

Json speaker_json(const Speaker& s) {
  return Json{{"name", s.name},
              {"mention", s.mention},
              {"side", s.side},
              {"kind", to_string(s.kind)},
              {"anonymous", s.anonymous}};
}

// Every field of the JSON output except the extraction rule, which names
// code rather than a result, so that renaming a rule is not a regression.
Json statement_json(const Statement& s) {
  return Json{{"id", s.id},
              {"speaker", speaker_json(s.speaker)},
              {"account", s.account},
              {"via", optional_value(s.via)},
              {"relay", s.relay ? speaker_json(*s.relay) : Json(nullptr)},
              {"addressee", optional_value(s.addressee)},
              {"mode", to_string(s.mode)},
              {"cue", s.cue},
              {"cue_class", to_string(s.cue_class)},
              {"polarity", s.polarity},
              {"negated", s.negated},
              {"conditional", s.conditional},
              {"claim", s.claim},
              {"date", optional_date(s.date)},
              {"date_source", to_string(s.date_source)},
              {"event", optional_value(s.event)},
              {"span", {{"start", s.span.start}, {"end", s.span.end}}}};
}

// Without the document paths: they depend on the directory check runs in.
Json event_json(const Event& e) {
  return Json{{"id", e.id},
              {"kind", to_string(e.kind)},
              {"date", optional_date(e.date)},
              {"date_source", to_string(e.date_source)},
              {"participants", e.participants},
              {"sides", e.sides},
              {"initiator", optional_value(e.initiator)},
              {"readouts", e.readouts}};
}

Json finding_json(const Event& e, const Divergence& d) {
  return Json{{"event", e.id},
              {"kind", to_string(d.kind)},
              {"topic", d.topic},
              {"statements", d.statements},
              {"summary", d.summary}};
}

std::string file_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string golden_path(const std::string& golden_dir, const std::string& article_path) {
  std::string name = file_name(article_path);
  if (const size_t dot = name.find_last_of('.'); dot != std::string::npos && dot > 0)
    name.resize(dot);
  std::string dir = golden_dir;
  if (!dir.empty() && dir.back() != '/') dir += '/';
  return dir + name + ".golden.json";
}

std::string golden_json(const Analysis& analysis) {
  Json root{{"schema", kGoldenSchema}};
  Json statements = Json::array(), events = Json::array(), divergences = Json::array();
  if (!analysis.documents.empty()) {
    const DocumentAnalysis& d = analysis.documents.front();
    root["file"] = file_name(d.doc.path);
    root["document"] = Json{{"headline", d.doc.headline},
                            {"outlet", optional_value(d.doc.outlet)},
                            {"published", optional_date(d.doc.published)}};
    std::vector<const Statement*> sorted;
    for (const Statement& s : d.statements) sorted.push_back(&s);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Statement* a, const Statement* b) {
      return a->span.start != b->span.start ? a->span.start < b->span.start : a->id < b->id;
    });
    for (const Statement* s : sorted) statements.push_back(statement_json(*s));
  }
  for (const Event& e : analysis.events) {
    events.push_back(event_json(e));
    for (const Divergence& d : e.divergences) divergences.push_back(finding_json(e, d));
    for (const Divergence& d : e.agreements) divergences.push_back(finding_json(e, d));
  }
  root["statements"] = std::move(statements);
  root["events"] = std::move(events);
  root["divergences"] = std::move(divergences);
  // Invalid UTF-8 must not abort a check run: replace it instead of throwing.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace kd
