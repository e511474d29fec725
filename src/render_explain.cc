// --explain: how every statement was found and what the loader removed.
#include <fmt/format.h>

#include "karabakh_diff/render.h"

namespace kd {

std::string render_explain(const Analysis& analysis) {
  std::string out;
  for (const DocumentAnalysis& d : analysis.documents) {
    const Document& doc = d.doc;
    out += fmt::format("== {}\n", doc.path);
    out += fmt::format("headline: {}\n", doc.headline);
    out += fmt::format("outlet: {}  published: {}  encoding: {}\n", doc.outlet.value_or("-"),
                       doc.published && doc.published->complete() ? doc.published->iso() : "-",
                       doc.encoding);
    for (const DroppedLine& line : doc.dropped)
      out += fmt::format("dropped ({}): {}\n", line.reason, doc.slice(line.span));
    size_t next = 0;
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& sentence = doc.sentences[i];
      out += fmt::format("\n[{}:{}] {}\n", sentence.paragraph, i, doc.slice(sentence.span));
      bool any = false;
      for (; next < d.statements.size() && d.statements[next].sentence <= i; ++next) {
        const Statement& s = d.statements[next];
        any = true;
        out += fmt::format("  -> {} rule={} speaker=\"{}\" ({}, {}) account={} cue=\"{}\" mode={}",
                           s.id, s.rule, s.speaker.name, s.speaker.side, to_string(s.speaker.kind),
                           s.account, s.cue, to_string(s.mode));
        if (s.via) out += fmt::format(" via={}", *s.via);
        if (s.addressee) out += fmt::format(" to={}", *s.addressee);
        if (s.event) out += fmt::format(" event={}", *s.event);
        out += fmt::format("\n     claim: {}\n", s.claim);
      }
      if (!any) out += "  (no attributed statement)\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace kd
