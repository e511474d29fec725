// --format markdown: a report to paste into an issue or commit next to the
// data, rendered by code-hosting sites (GitHub Flavored Markdown tables).
#include <fmt/format.h>

#include <algorithm>

#include "karabakh_diff/render.h"
#include "render_report.h"

namespace kd {

namespace {

// Text in a table cell or list item: no markup, no line break, no cell split.
std::string md(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '#':
      case '~':
        out += '\\';
        out += c;
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces
// to hyphens ("E1: call on 2020-10-01" -> "e1-call-on-2020-10-01").
std::string heading_anchor(std::string_view heading) {
  std::string out;
  for (char c : heading) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '_') {
      out += c;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c == ' ') {
      out += '-';
    }
  }
  return out;
}

std::string event_heading(const Event& e) {
  return fmt::format("{}: {} on {}", e.id, to_string(e.kind), event_date(e));
}

class MarkdownReport {
 public:
  explicit MarkdownReport(const Analysis& a) : a_(a), index_(a) {}

  std::string render() {
    out_ += "# karabakh-diff report\n\n" + counts_line(a_) + "\n";
    problems();
    if (!a_.events.empty()) summary();
    for (const Event& e : a_.events) event(e);
    return std::move(out_);
  }

 private:
  void problems() {
    if (a_.diagnostics.empty()) return;
    out_ += "\n## Problems\n\n";
    for (const Diagnostic& d : a_.diagnostics)
      out_ += fmt::format("- {} {}: {}\n", to_string(d.severity), md(d.path), md(d.message));
  }

  void summary() {
    out_ +=
        "\n| event | kind | date | participants | readouts | findings |\n"
        "| --- | --- | --- | --- | --- | --- |\n";
    for (const Event& e : a_.events) {
      std::string findings;
      for (const auto& [kind, n] : findings_by_kind(e))
        findings += fmt::format("{}{} {}", findings.empty() ? "" : ", ", n, to_string(kind));
      out_ += fmt::format("| [{}](#{}) | {} | {} | {} | {} | {} |\n", e.id,
                          heading_anchor(event_heading(e)), to_string(e.kind), event_date(e),
                          md(join(e.participants, ", ")), md(readout_counts(e)),
                          findings.empty() ? "none" : findings);
    }
  }

  void event(const Event& e) {
    const EventLayout layout = layout_event(e);
    out_ += "\n## " + event_heading(e) + "\n\n";
    std::vector<std::string> meta;
    if (!e.participants.empty()) meta.push_back(md(join(e.participants, ", ")));
    meta.push_back("articles: " + md(join(e.documents, ", ")));
    if (e.initiator) meta.push_back("initiated by " + md(*e.initiator));
    out_ += join(meta, " · ") + "\n";
    if (e.compared.size() != 2) {
      if (layout.other_readouts.empty()) out_ += "\nNo readout in these articles.\n";
    } else if (layout.rows.empty()) {
      out_ += fmt::format("\nNo readout of {} or {} in these articles.\n", md(e.compared[0]),
                          md(e.compared[1]));
    } else {
      out_ += fmt::format("\n| topic | finding | {} | {} |\n| --- | --- | --- | --- |\n",
                          md(e.compared[0]), md(e.compared[1]));
      for (const TopicRow& row : layout.rows) table_row(row, layout);
    }
    for (const auto& [side, ids] : layout.other_readouts)
      out_ += fmt::format("\n{} readout: {}\n", md(side), cell(ids, layout));
    statements(layout);
  }

  void table_row(const TopicRow& row, const EventLayout& layout) {
    std::string finding =
        row.kind ? fmt::format("**{}**: {}", to_string(*row.kind), md(row.summary)) : std::string();
    for (const auto& [side, id] : row.others)
      finding += fmt::format("<br>{}: {}", md(side), cell({id}, layout));
    out_ += fmt::format("| {} | {} | {} | {} |\n", row.kind ? md(row.topic) : "*no finding*",
                        finding, cell(row.side_a, layout), cell(row.side_b, layout));
  }

  // Labels and short claims; the statements list below has them in full.
  std::string cell(const std::vector<std::string>& ids, const EventLayout& layout) {
    std::vector<std::string> items;
    for (const std::string& id : ids) {
      const StatementIndex::Entry* entry = index_.find(id);
      if (entry == nullptr) continue;
      items.push_back(fmt::format("**{}** {}: \"{}\"", layout.labels.at(id),
                                  md(entry->statement->speaker.name),
                                  md(clip(entry->statement->claim, 100))));
    }
    return join(items, "<br>");
  }

  void statements(const EventLayout& layout) {
    std::vector<std::pair<std::string, std::string>> by_label;  // sorted A1, A2, ..., B1, ...
    for (const auto& [id, label] : layout.labels) by_label.emplace_back(label, id);
    std::sort(by_label.begin(), by_label.end(), [](const auto& x, const auto& y) {
      return x.first[0] != y.first[0] ? x.first[0] < y.first[0]
                                      : std::stoi(x.first.substr(1)) < std::stoi(y.first.substr(1));
    });
    if (by_label.empty()) return;
    out_ += "\n<details><summary>Statements in full</summary>\n\n";
    for (const auto& [label, id] : by_label) {
      const StatementIndex::Entry* entry = index_.find(id);
      if (entry == nullptr) continue;
      const Statement& s = *entry->statement;
      std::string who = md(s.speaker.name) + " (" + md(s.account);
      if (s.via) who += ", via " + md(*s.via);
      who += ")";
      out_ += fmt::format("- **{}** {} {}: \"{}\" — {}, sentence {}\n", label, who, md(s.cue),
                          md(s.claim), md(a_.documents[entry->document].doc.path), s.sentence + 1);
    }
    out_ += "\n</details>\n";
  }

  const Analysis& a_;
  StatementIndex index_;
  std::string out_;
};

}  // namespace

std::string render_markdown(const Analysis& analysis) { return MarkdownReport(analysis).render(); }

}  // namespace kd
