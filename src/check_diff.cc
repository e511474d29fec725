// Diff of two golden records: statements, events and divergences lost,
// gained or changed (with the fields that changed), like a unified diff.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "check_util.h"
#include "karabakh_diff/check.h"
#include "render_report.h"

namespace kd {

namespace {

using Json = nlohmann::json;

// The lists of a golden record; everything else is the "document" section.
constexpr const char* kLists[] = {"statements", "events", "divergences"};

Result<Json> parse_record(std::string_view text) {
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::exception& e) {
    return Error{"not a golden file: " + json_error_message(e)};
  }
  if (!j.is_object()) return Error{"not a golden file: not a JSON object"};
  const Json& schema = j.value("schema", Json());
  if (schema != kGoldenSchema)
    return Error{fmt::format("not a golden file: schema is {}, expected \"{}\"", schema.dump(),
                             kGoldenSchema)};
  for (const char* list : kLists) {
    if (!j.contains(list)) j[list] = Json::array();
    if (!j[list].is_array())
      return Error{fmt::format("not a golden file: '{}' is not a list", list)};
    for (const Json& item : j[list])
      if (!item.is_object())
        return Error{fmt::format("not a golden file: an entry of '{}' is not an object", list)};
  }
  return j;
}

// A member of an object, or null: a hand-edited golden file may lack any field.
const Json& member(const Json& j, const char* key) {
  static const Json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

std::string str(const Json& j, const char* key) {
  const Json& v = member(j, key);
  return v.is_string() ? v.get<std::string>() : v.is_null() ? "" : v.dump();
}

// span.start or span.end of a statement; -1 when it has none.
int64_t span_bound(const Json& statement, const char* bound) {
  const Json& v = member(member(statement, "span"), bound);
  return v.is_number_integer() ? v.get<int64_t>() : -1;
}

bool spans_overlap(const Json& a, const Json& b) {
  const int64_t a_start = span_bound(a, "start"), b_start = span_bound(b, "start");
  return a_start >= 0 && b_start >= 0 && a_start < span_bound(b, "end") &&
         b_start < span_bound(a, "end");
}

// One line that names a record in the diff.
std::string headline(const std::string& section, const Json& j) {
  if (section == "statements") {
    const std::string speaker = str(member(j, "speaker"), "name");
    return fmt::format("{}  {} ({}) {}: \"{}\"", str(j, "id"), speaker, str(j, "account"),
                       str(j, "cue"), clip(str(j, "claim"), 70));
  }
  if (section == "events") {
    std::string participants;
    const Json& list = member(j, "participants");
    for (const Json& p : list.is_array() ? list : Json::array())
      participants +=
          (participants.empty() ? "" : ", ") + (p.is_string() ? p.get<std::string>() : p.dump());
    return fmt::format("{}  {}  {}  {}", str(j, "id"), str(j, "kind"),
                       str(j, "date").empty() ? "date unknown" : str(j, "date"), participants);
  }
  return fmt::format("{}  {}  {}: {}", str(j, "event"), str(j, "kind"), str(j, "topic"),
                     clip(str(j, "summary"), 70));
}

// Divergences have no id: event, kind and topic name one (numbered if repeated).
std::vector<std::string> keys(const std::string& section, const Json& list) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (const Json& j : list) {
    std::string key = section == "divergences"
                          ? str(j, "event") + " " + str(j, "kind") + " " + str(j, "topic")
                          : str(j, "id");
    if (int n = ++seen[key]; n > 1) key += " #" + std::to_string(n);
    out.push_back(key);
  }
  return out;
}

struct Entry {
  int64_t order;
  char change;  // '-' lost, '+' gained, '~' changed
  std::string text;
};

class Differ {
 public:
  GoldenDiff run(const Json& golden, const Json& current, const std::string& golden_label,
                 const std::string& current_label) {
    Json g_meta = golden, c_meta = current;
    for (const char* list : kLists) {
      g_meta.erase(list);
      c_meta.erase(list);
    }
    std::vector<Entry> meta;
    if (g_meta != c_meta) meta.push_back({0, '~', changed_lines("document", g_meta, c_meta)});
    section("document", meta);
    for (const char* list : kLists) section(list, compare_list(list, golden[list], current[list]));
    result_.golden_statements = golden["statements"].size();
    result_.current_statements = current["statements"].size();
    if (!body_.empty())
      result_.text = fmt::format("--- {}\n+++ {}\n{}", golden_label, current_label, body_);
    return std::move(result_);
  }

 private:
  std::vector<Entry> compare_list(const std::string& section, const Json& golden,
                                  const Json& current) {
    const std::vector<std::string> gk = keys(section, golden), ck = keys(section, current);
    std::vector<int> match(golden.size(), -1);
    std::vector<bool> taken(current.size(), false);
    for (size_t i = 0; i < golden.size(); ++i)
      for (size_t k = 0; k < current.size(); ++k)
        if (!taken[k] && gk[i] == ck[k]) {
          match[i] = static_cast<int>(k);
          taken[k] = true;
          break;
        }
    // A statement whose claim moved by a few bytes changes its id; pairing
    // by overlapping spans shows it as changed rather than lost and gained.
    if (section == "statements")
      for (size_t i = 0; i < golden.size(); ++i)
        for (size_t k = 0; k < current.size() && match[i] < 0; ++k)
          if (!taken[k] && spans_overlap(golden[i], current[k])) {
            match[i] = static_cast<int>(k);
            taken[k] = true;
          }
    const bool by_span = section == "statements";
    std::vector<Entry> entries;
    for (size_t i = 0; i < golden.size(); ++i) {
      const int64_t order = by_span ? span_bound(golden[i], "start") : static_cast<int64_t>(i);
      if (match[i] < 0) {
        entries.push_back({order, '-', "- " + headline(section, golden[i]) + "\n"});
        continue;
      }
      const Json& now = current[match[i]];
      if (by_span &&
          str(member(golden[i], "speaker"), "name") == str(member(now, "speaker"), "name") &&
          str(golden[i], "account") == str(now, "account"))
        ++result_.found;
      if (golden[i] != now) entries.push_back({order, '~', changed_lines(section, golden[i], now)});
    }
    for (size_t k = 0; k < current.size(); ++k) {
      if (taken[k]) continue;
      const int64_t order =
          by_span ? span_bound(current[k], "start") : static_cast<int64_t>(1e9 + k);
      entries.push_back({order, '+', "+ " + headline(section, current[k]) + "\n"});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.order < b.order; });
    return entries;
  }

  // "~ headline" and, per field that differs, its old and new value.
  std::string changed_lines(const std::string& section, const Json& before, const Json& after) {
    std::map<std::string, std::string> old_fields, new_fields;
    flatten(before, "", old_fields);
    flatten(after, "", new_fields);
    std::string out =
        "~ " + (section == "document" ? std::string("document") : headline(section, after)) + "\n";
    std::map<std::string, int> names;
    for (const auto& [name, value] : old_fields) names[name];
    for (const auto& [name, value] : new_fields) names[name];
    for (const auto& [name, unused] : names) {
      auto o = old_fields.find(name), n = new_fields.find(name);
      if (o != old_fields.end() && n != new_fields.end() && o->second == n->second) continue;
      if (o != old_fields.end()) out += fmt::format("-     {}: {}\n", name, o->second);
      if (n != new_fields.end()) out += fmt::format("+     {}: {}\n", name, n->second);
    }
    return out;
  }

  // "@@ statements: 1 lost, 2 changed @@" and the entries; the counts also
  // go into the one-line summary.
  void section(const std::string& name, const std::vector<Entry>& entries) {
    if (entries.empty()) return;
    size_t lost = 0, gained = 0, changed = 0;
    for (const Entry& e : entries) ++(e.change == '-' ? lost : e.change == '+' ? gained : changed);
    result_.lost += lost;
    result_.gained += gained;
    result_.changed += changed;
    std::string counts;
    for (auto [n, what] : {std::pair{lost, "lost"}, {gained, "gained"}, {changed, "changed"}})
      if (n) counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", n, what);
    body_ += fmt::format("@@ {}: {} @@\n", name, counts);
    for (const Entry& e : entries) body_ += e.text;
    result_.summary += fmt::format("{}{}: {}", result_.summary.empty() ? "" : "; ", name, counts);
  }

  GoldenDiff result_;
  std::string body_;
};

}  // namespace

double GoldenDiff::recall() const {
  return golden_statements == 0 ? 1.0 : static_cast<double>(found) / golden_statements;
}

double GoldenDiff::precision() const {
  return current_statements == 0 ? 1.0 : static_cast<double>(found) / current_statements;
}

Result<GoldenDiff> diff_golden(std::string_view golden, std::string_view current,
                               const std::string& golden_label, const std::string& current_label) {
  Result<Json> g = parse_record(golden);
  if (!g.ok()) return g.error();
  Result<Json> c = parse_record(current);
  if (!c.ok()) return c.error();
  return Differ().run(g.value(), c.value(), golden_label, current_label);
}

}  // namespace kd
