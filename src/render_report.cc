#include "render_report.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace kd {

std::string clip(std::string_view text, size_t max) {
  size_t chars = 0, cut = text.size();
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (chars == max) {
      cut = i;
      break;
    }
    ++chars;
  }
  if (cut == text.size()) return std::string(text);
  std::string_view head = text.substr(0, cut);
  if (const size_t space = head.rfind(' '); space != std::string_view::npos && space > cut * 2 / 3)
    head = head.substr(0, space);
  while (!head.empty() && (head.back() == ' ' || head.back() == ',')) head.remove_suffix(1);
  return std::string(head) + "...";
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

std::string event_date(const Event& e) {
  return e.date && e.date->complete() ? e.date->iso() : "date unknown";
}

std::string counts_line(const Analysis& analysis) {
  size_t statements = 0;
  for (const DocumentAnalysis& d : analysis.documents) statements += d.statements.size();
  auto count = [](size_t n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
  };
  return count(analysis.documents.size(), "article") + ", " + count(statements, "statement") +
         ", " + count(analysis.events.size(), "event") + ", " +
         count(analysis.divergence_count(), "divergence");
}

std::vector<std::pair<DivergenceKind, size_t>> findings_by_kind(const Event& e) {
  std::map<DivergenceKind, size_t> n;
  for (const Divergence& d : e.divergences) ++n[d.kind];
  for (const Divergence& d : e.agreements) ++n[d.kind];
  return {n.begin(), n.end()};
}

StatementIndex::StatementIndex(const Analysis& analysis) {
  for (size_t d = 0; d < analysis.documents.size(); ++d)
    for (const Statement& s : analysis.documents[d].statements) by_id_[s.id] = {&s, d};
}

const StatementIndex::Entry* StatementIndex::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &it->second;
}

std::string readout_counts(const Event& e) {
  std::vector<std::string> parts;
  auto count = [&](const std::string& side) {
    parts.push_back(fmt::format("{} {}", side, e.readout_count(side)));
  };
  if (e.compared.size() == 2) {
    for (const std::string& side : e.compared) count(side);
  } else {
    for (const auto& [side, ids] : e.readouts) count(side);
  }
  return parts.empty() ? "none" : join(parts, ", ");
}

EventLayout layout_event(const Event& e) {
  static const std::string kNone;
  const std::string& side_a = e.compared.size() == 2 ? e.compared[0] : kNone;
  const std::string& side_b = e.compared.size() == 2 ? e.compared[1] : kNone;
  EventLayout layout;
  std::map<char, int> counters;
  auto label = [&](const std::string& id, char prefix) {
    if (!layout.labels.count(id)) layout.labels[id] = prefix + std::to_string(++counters[prefix]);
  };
  auto prefix_of = [&](const std::string& side) {
    return side == side_a ? 'A' : side == side_b ? 'B' : 'C';
  };
  for (const std::string& side : {side_a, side_b})
    if (auto it = e.readouts.find(side); it != e.readouts.end())
      for (const std::string& id : it->second) label(id, prefix_of(side));
  for (const auto& [side, ids] : e.readouts)
    if (side != side_a && side != side_b) {
      layout.other_readouts[side] = ids;
      for (const std::string& id : ids) label(id, 'C');
    }

  std::set<std::string> cited;
  for (const auto* list : {&e.divergences, &e.agreements})
    for (const Divergence& d : *list) {
      TopicRow row{d.topic, d.kind, d.summary, {}, {}, {}};
      for (const auto& [side, ids] : d.statements)
        for (const std::string& id : ids) {
          cited.insert(id);
          if (side == side_a) {
            row.side_a.push_back(id);
          } else if (side == side_b) {
            row.side_b.push_back(id);
          } else {
            row.others.emplace_back(side, id);
          }
        }
      // Labels in column order, whatever order the map of sides has.
      for (const std::string& id : row.side_a) label(id, 'A');
      for (const std::string& id : row.side_b) label(id, 'B');
      for (const auto& [side, id] : row.others) label(id, 'C');
      layout.rows.push_back(std::move(row));
    }

  TopicRow rest;
  for (const std::string& side : {side_a, side_b})
    if (auto it = e.readouts.find(side); it != e.readouts.end())
      for (const std::string& id : it->second)
        if (!cited.count(id)) (side == side_a ? rest.side_a : rest.side_b).push_back(id);
  if (!rest.side_a.empty() || !rest.side_b.empty()) layout.rows.push_back(std::move(rest));
  return layout;
}

}  // namespace kd
