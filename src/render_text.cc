// The terminal report: what an analyst reads first.
#include <fmt/format.h>

#include <map>
#include <unordered_map>

#include "karabakh_diff/render.h"
#include "render_text_util.h"

namespace kd {

namespace {

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

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

class TextReport {
 public:
  TextReport(const Analysis& a, const TextOptions& o) : a_(a), o_(o), style_{o.color} {
    for (const DocumentAnalysis& d : a.documents)
      for (const Statement& s : d.statements) by_id_[s.id] = &s;
  }

  std::string render() {
    size_t statements = 0;
    for (const DocumentAnalysis& d : a_.documents) statements += d.statements.size();
    std::string head =
        fmt::format("karabakh-diff: {} article{}, {} statements, {} event{}, {} divergence{}",
                    a_.documents.size(), plural(a_.documents.size()), statements, a_.events.size(),
                    plural(a_.events.size()), a_.divergence_count(), plural(a_.divergence_count()));
    out_ += style_("1", wrap(head, "", "  ", width()));
    for (const Event& e : a_.events) event(e);
    return std::move(out_);
  }

 private:
  static const char* plural(size_t n) { return n == 1 ? "" : "s"; }

  void event(const Event& e) {
    labels_.clear();
    out_ += "\n";
    std::string date = e.date && e.date->complete() ? e.date->iso() : "date unknown";
    out_ += style_("1", fmt::format("{}  {}  {}  {}", e.id, to_string(e.kind), date,
                                    join(e.participants, ", ")));
    out_ += "\n";
    out_ += wrap("articles: " + join(e.documents, ", "), "  ", "    ", width());
    if (e.initiator) out_ += "  initiated by: " + *e.initiator + "\n";
    readout(e, o_.side_a, "A");
    readout(e, o_.side_b, "B");
    findings(e.divergences, "divergences");
    findings(e.agreements, "agreements");
  }

  void readout(const Event& e, const std::string& side, const char* prefix) {
    auto it = e.readouts.find(side);
    const size_t n = it == e.readouts.end() ? 0 : it->second.size();
    out_ += style_("1", fmt::format("  {} readout", side));
    out_ += n ? fmt::format(" ({} statement{})\n", n, plural(n)) : ": none\n";
    if (!n) return;
    int i = 0;
    for (const std::string& id : it->second) {
      auto s = by_id_.find(id);
      if (s == by_id_.end()) continue;
      const Statement& st = *s->second;
      std::string label = fmt::format("{}{}", prefix, ++i);
      labels_[id] = label;
      std::string who = st.speaker.name;
      if (st.via) who += " via " + *st.via;
      std::string head = fmt::format("[{}] {} ({}): ", label, who, st.cue);
      out_ += wrap(head + "\"" + st.claim + "\"", "    ", "         ", width());
    }
  }

  void findings(const std::vector<Divergence>& list, const char* title) {
    if (list.empty()) return;
    out_ += style_("1", fmt::format("  {}", title)) + "\n";
    for (const Divergence& d : list) {
      std::string refs;
      for (const auto& [side, ids] : d.statements)
        for (const std::string& id : ids) {
          auto l = labels_.find(id);
          refs += refs.empty() ? "" : " ";
          refs += l != labels_.end() ? l->second : id;
        }
      std::string line = fmt::format("{}: {}", d.topic, d.summary);
      if (!refs.empty()) line += " [" + refs + "]";
      std::string tag = style_(kind_colour(d.kind), fmt::format("{:<13}", to_string(d.kind)));
      out_ += wrap(line, "    " + tag + " ", std::string(18, ' '), width() + (tag.size() - 13));
    }
  }

  size_t width() const { return o_.width < 40 ? 40 : static_cast<size_t>(o_.width); }

  const Analysis& a_;
  const TextOptions& o_;
  Style style_;
  std::string out_;
  std::unordered_map<std::string, const Statement*> by_id_;
  std::map<std::string, std::string> labels_;  // statement id -> [A1]-style label
};

}  // namespace

std::string render_text(const Analysis& analysis, const TextOptions& options) {
  return TextReport(analysis, options).render();
}

}  // namespace kd
