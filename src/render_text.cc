// The terminal report: what an analyst reads first.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "karabakh_diff/render.h"
#include "render_report.h"
#include "render_text_util.h"

namespace kd {

namespace {

const char* plural(size_t n) { return n == 1 ? "" : "s"; }

// Columns the report is wrapped to: the terminal's, but never too narrow.
size_t report_width(const TextOptions& o) {
  return o.width < 40 ? 40 : static_cast<size_t>(o.width);
}

// From this width on, the two readouts are shown in two columns.
constexpr size_t kSideBySideWidth = 120;

const char* kind_colour(DivergenceKind k) {
  switch (k) {
    case DivergenceKind::kContradiction:
      return "1;31";
    case DivergenceKind::kOmission:
      return "33";
    case DivergenceKind::kFraming:
      return "35";
    case DivergenceKind::kSource:
      return "36";
    case DivergenceKind::kAgreement:
      break;
  }
  return "32";
}

// One event of the report, rendered alone (so that events can be rendered
// on several threads): its head, the two readouts, the findings.
class EventText {
 public:
  EventText(const TextOptions& o, const StatementMap& statements)
      : o_(o), style_{o.color}, by_id_(&statements) {}

  void render(const Event& e, std::string& out) {
    event(e);
    out = std::move(out_);
  }

 private:
  void event(const Event& e) {
    labels_.clear();
    out_ += "\n";
    std::string date = e.date && e.date->complete() ? e.date->iso() : "date unknown";
    out_ += style_("1", fmt::format("{}  {}  {}  {}", e.id, to_string(e.kind), date,
                                    join(e.participants, ", ")));
    out_ += "\n";
    out_ += wrap("articles: " + join(e.documents, ", "), "  ", "    ", width());
    if (e.initiator) out_ += "  initiated by: " + *e.initiator + "\n";
    if (e.compared.size() == 2) {
      const Column a = readout(e, e.compared[0], "A"), b = readout(e, e.compared[1], "B");
      if (width() >= kSideBySideWidth) {
        side_by_side(a, b);
      } else {
        out_ += a.text;
        out_ += b.text;
      }
    } else {
      // No two sides to line up (a meeting of one government's officials):
      // each side's readout in turn, at full width.
      if (e.readouts.empty()) out_ += "  readouts: none\n";
      char prefix[2] = {'A', '\0'};
      for (const auto& [side, ids] : e.readouts) {
        out_ += readout(e, side, prefix, width()).text;
        if (prefix[0] < 'Z') ++prefix[0];
      }
    }
    findings(e, e.divergences, "divergences");
    findings(e, e.agreements, "agreements");
  }

  // One side's readout, wrapped to `column` columns: its own statements,
  // then statements the findings cite that are not a readout of the event
  // (e.g. what the side said elsewhere that day).
  struct Column {
    std::string text;
  };

  Column readout(const Event& e, const std::string& side, const char* prefix) {
    return readout(e, side, prefix, width() >= kSideBySideWidth ? (width() - 2) / 2 : width());
  }
  Column readout(const Event& e, const std::string& side, const char* prefix, size_t column) {
    std::vector<std::string> own, cited;
    if (auto it = e.readouts.find(side); it != e.readouts.end()) own = it->second;
    for (const auto* list : {&e.divergences, &e.agreements})
      for (const Divergence& d : *list)
        if (auto it = d.statements.find(side); it != d.statements.end())
          for (const std::string& id : it->second)
            if (!labels_.count(id) && std::find(own.begin(), own.end(), id) == own.end() &&
                std::find(cited.begin(), cited.end(), id) == cited.end())
              cited.push_back(id);
    Column c;
    const size_t n = own.size();
    c.text += style_("1", fmt::format("  {} readout", side));
    c.text += n ? fmt::format(" ({} statement{})\n", n, plural(n)) : ": none\n";
    int i = 0;
    auto item = [&](const std::string& id) {
      auto s = by_id_->find(id);
      if (s == by_id_->end()) return;
      const Statement& st = *s->second;
      std::string label = fmt::format("{}{}", prefix, ++i);
      labels_[id] = label;
      std::string who = st.speaker.name;
      if (st.via) who += " via " + *st.via;
      std::string head = fmt::format("[{}] {} ({}): ", label, who, st.cue);
      c.text += wrap(head + "\"" + st.claim + "\"", "    ", "         ", column);
    };
    for (const std::string& id : own) item(id);
    if (!cited.empty())
      c.text += fmt::format("  also cited from {} (not a readout of {}):\n", side, e.id);
    for (const std::string& id : cited) item(id);
    return c;
  }

  // Two columns, left and right, padded by display width.
  void side_by_side(const Column& a, const Column& b) {
    const size_t column = (width() - 2) / 2;
    auto lines = [](const std::string& text) {
      std::vector<std::string> v;
      size_t pos = 0;
      while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        v.push_back(text.substr(pos, nl - pos));
        pos = nl + 1;
      }
      return v;
    };
    const std::vector<std::string> left = lines(a.text), right = lines(b.text);
    for (size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
      std::string l = i < left.size() ? left[i] : "";
      const std::string r = i < right.size() ? right[i] : "";
      if (!r.empty()) l += std::string(column + 2 - std::min(column + 2, visible_width(l)), ' ');
      out_ += l + r + "\n";
    }
  }

  // Display width without ANSI escapes.
  static size_t visible_width(const std::string& s) {
    std::string plain;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\x1b') {
        while (i < s.size() && s[i] != 'm') ++i;
        continue;
      }
      plain += s[i];
    }
    return display_width(plain);
  }

  void findings(const Event& e, const std::vector<Divergence>& list, const char* title) {
    if (list.empty()) return;
    out_ += style_("1", fmt::format("  {}", title)) + "\n";
    for (const Divergence& d : list) {
      std::string refs;
      auto add_refs = [&](const std::vector<std::string>& ids) {
        for (const std::string& id : ids) {
          auto l = labels_.find(id);
          refs += refs.empty() ? "" : " ";
          refs += l != labels_.end() ? l->second : id;
        }
      };
      // Left side's labels first, whatever order the map of sides has.
      for (const std::string& side : e.compared)
        if (auto it = d.statements.find(side); it != d.statements.end()) add_refs(it->second);
      for (const auto& [side, ids] : d.statements)
        if (std::find(e.compared.begin(), e.compared.end(), side) == e.compared.end())
          add_refs(ids);
      std::string line = fmt::format("{}: {}", d.topic, d.summary);
      if (!refs.empty()) line += " [" + refs + "]";
      std::string tag = style_(kind_colour(d.kind), fmt::format("{:<13}", to_string(d.kind)));
      out_ += wrap(line, "    " + tag + " ", std::string(18, ' '), width() + (tag.size() - 13));
    }
  }

  size_t width() const { return report_width(o_); }

  const TextOptions& o_;
  Style style_;
  std::string out_;
  const StatementMap* by_id_;                  // the event's statements
  std::map<std::string, std::string> labels_;  // statement id -> [A1]-style label
};

}  // namespace

Status write_text(const AnalysisSource& source, const TextOptions& options, ByteSink& out) {
  const size_t documents = source.document_count(), statements = source.statement_count();
  const size_t events = source.events().size(), divergences = source.divergence_count();
  const std::string head = fmt::format(
      "karabakh-diff: {} article{}, {} statements, {} event{}, {} divergence{}", documents,
      plural(documents), statements, events, plural(events), divergences, plural(divergences));
  out.write(Style{options.color}("1", wrap(head, "", "  ", report_width(options))));
  return source.render_events(
      [&options](const Event& e, const StatementMap& cited, std::string& text) {
        EventText(options, cited).render(e, text);
      },
      [&](std::string_view text) { out.write(text); });
}

std::string render_text(const Analysis& analysis, const TextOptions& options) {
  StringSink out;
  (void)write_text(MemorySource(analysis), options, out);  // a MemorySource never fails
  return std::move(out.text);
}

}  // namespace kd
