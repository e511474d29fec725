// --format html: one self-contained page to share (inline CSS, no script):
// summary of events, per event the two sides in columns aligned by topic,
// claims linked to their sentences in the article texts at the bottom.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "karabakh_diff/render.h"
#include "render_html_style.h"
#include "render_report.h"

namespace kd {

namespace {

std::string badge(DivergenceKind kind, const std::string& text) {
  return fmt::format("<span class=\"badge {}\">{}</span>", to_string(kind), html(text));
}

std::string sentence_anchor(size_t document, uint32_t sentence) {
  return fmt::format("d{}-s{}", document, sentence);
}

class HtmlReport {
 public:
  explicit HtmlReport(const Analysis& a) : a_(a), index_(a) {
    for (const Event& e : a.events) {
      layouts_.push_back(layout_event(e));
      for (const auto& [id, label] : layouts_.back().labels)
        back_links_.emplace(id, e.id + "-" + label);  // the first event wins
    }
  }

  std::string render() {
    out_ +=
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>karabakh-diff report</title>\n<style>";
    out_ += html_style() + "</style>\n</head>\n<body>\n";
    out_ += "<header><h1>karabakh-diff report</h1>\n";
    out_ += fmt::format(
        "<p class=\"counts\">{} · per event, its two sides' readouts side by side</p></header>\n",
        html(counts_line(a_)));
    problems();
    summary();
    for (size_t i = 0; i < a_.events.size(); ++i) event(a_.events[i], layouts_[i]);
    articles();
    out_ += "</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void problems() {
    if (a_.diagnostics.empty()) return;
    out_ += "<section class=\"problems\"><h2>Problems</h2><ul>\n";
    for (const Diagnostic& d : a_.diagnostics)
      out_ +=
          fmt::format("<li>{} {}: {}</li>\n", to_string(d.severity), html(d.path), html(d.message));
    out_ += "</ul></section>\n";
  }

  void summary() {
    out_ += "<section id=\"summary\"><h2>Events</h2>\n<table class=\"summary\"><thead><tr>";
    out_ += fmt::format(
        "<th>event</th><th>kind</th><th>date</th><th>participants</th><th>readouts</th>"
        "<th>findings</th><th>articles</th></tr></thead>\n<tbody>\n");
    for (const Event& e : a_.events) {
      std::string findings;
      for (const auto& [kind, n] : findings_by_kind(e))
        findings += badge(kind, fmt::format("{} {}", n, to_string(kind)));
      out_ += fmt::format(
          "<tr><td><a href=\"#{0}\">{0}</a></td><td>{1}</td><td>{2}</td><td>{3}</td><td>{4}</td>"
          "<td>{5}</td><td>{6}</td></tr>\n",
          html(e.id), to_string(e.kind), event_date(e), html(join(e.participants, ", ")),
          html(readout_counts(e)), findings.empty() ? "none" : findings, e.documents.size());
    }
    out_ += "</tbody></table></section>\n";
  }

  void event(const Event& e, const EventLayout& layout) {
    out_ += fmt::format("<section class=\"event\" id=\"{}\">\n<h2>{} · {} · {}</h2>\n", html(e.id),
                        html(e.id), to_string(e.kind), event_date(e));
    std::vector<std::string> documents;
    for (const std::string& path : e.documents) documents.push_back(document_link(path));
    out_ += fmt::format("<p class=\"meta\">{} · articles: {}{}</p>\n",
                        html(join(e.participants, ", ")), join(documents, ", "),
                        e.initiator ? " · initiated by " + html(*e.initiator) : "");
    if (e.compared.size() != 2) {
      if (layout.other_readouts.empty())
        out_ += "<p class=\"none\">No readout in these articles.</p>\n";
    } else if (layout.rows.empty()) {
      out_ += fmt::format("<p class=\"none\">No readout of {} or {} in these articles.</p>\n",
                          html(e.compared[0]), html(e.compared[1]));
    } else {
      out_ += fmt::format(
          "<table class=\"sides\"><colgroup><col class=\"topic\"><col class=\"side\">"
          "<col class=\"side\"></colgroup>\n<thead><tr><th>topic</th><th>{}</th><th>{}</th>"
          "</tr></thead>\n<tbody>\n",
          html(e.compared[0]), html(e.compared[1]));
      for (const TopicRow& row : layout.rows) topic_row(e, row, layout);
      out_ += "</tbody></table>\n";
    }
    for (const auto& [side, ids] : layout.other_readouts)
      out_ += fmt::format("<div class=\"other-readout\"><h3>{} readout</h3>{}</div>\n", html(side),
                          claims(e, ids, layout));
    out_ += "</section>\n";
  }

  void topic_row(const Event& e, const TopicRow& row, const EventLayout& layout) {
    std::string head;
    if (row.kind) {
      head = badge(*row.kind, to_string(*row.kind)) +
             fmt::format("<div class=\"topic-name\">{}</div><p class=\"summary\">{}</p>",
                         html(row.topic), html(row.summary));
    } else {
      head = "<div class=\"topic-name\">no finding</div>";
    }
    for (const auto& [side, id] : row.others)
      head += fmt::format("<p class=\"summary\">{}:</p>{}", html(side), claims(e, {id}, layout));
    out_ += fmt::format("<tr class=\"row {}\"><th scope=\"row\">{}</th>{}{}</tr>\n",
                        row.kind ? to_string(*row.kind) : "none", head, cell(e, row.side_a, layout),
                        cell(e, row.side_b, layout));
  }

  std::string cell(const Event& e, const std::vector<std::string>& ids, const EventLayout& layout) {
    if (ids.empty()) return "<td class=\"empty\">—</td>";
    return "<td>" + claims(e, ids, layout) + "</td>";
  }

  // Each claim in full the first time, clipped after that. Links go to the
  // sentence when the page has the article text (a run may have dropped it).
  std::string claims(const Event& e, const std::vector<std::string>& ids,
                     const EventLayout& layout) {
    std::string out;
    for (const std::string& id : ids) {
      const StatementIndex::Entry* entry = index_.find(id);
      if (entry == nullptr) continue;
      const Statement& s = *entry->statement;
      const std::string label = layout.labels.at(id), anchor = e.id + "-" + label;
      const bool first = shown_.insert(anchor).second;
      const bool has_text = s.sentence < a_.documents[entry->document].doc.sentences.size();
      const std::string sentence = has_text ? sentence_anchor(entry->document, s.sentence) : "";
      auto link = [](const char* cls, const std::string& target, const std::string& text) {
        return target.empty()
                   ? fmt::format("<span class=\"{}\">{}</span>", cls, text)
                   : fmt::format("<a class=\"{}\" href=\"#{}\">{}</a>", cls, html(target), text);
      };
      std::string who = html(s.speaker.name);
      if (s.via) who += " via " + html(*s.via);
      out += fmt::format(
          "<div class=\"claim{}\"{} title=\"{}\">{} <span class=\"who\">{}</span> <span "
          "class=\"cue\">{}</span> {}</div>",
          first ? "" : " repeat", first ? " id=\"" + html(anchor) + "\"" : "", html(s.id),
          link("label", first ? sentence : anchor, label), who, html(s.cue),
          link("quote", sentence, "“" + html(first ? s.claim : clip(s.claim, 100)) + "”"));
    }
    return out;
  }

  std::string document_link(const std::string& path) {
    for (size_t i = 0; i < a_.documents.size(); ++i)
      if (a_.documents[i].doc.path == path)
        return fmt::format("<a href=\"#doc-{}\">{}</a>", i, html(path));
    return html(path);
  }

  void articles() {
    out_ += "<section id=\"articles\"><h2>Articles</h2>\n";
    for (size_t i = 0; i < a_.documents.size(); ++i) article(i, a_.documents[i]);
    out_ += "</section>\n";
  }

  void article(size_t i, const DocumentAnalysis& d) {
    const Document& doc = d.doc;
    out_ += fmt::format("<article id=\"doc-{}\"><h3>{}</h3>\n<p class=\"meta\">{}", i,
                        html(doc.headline.empty() ? doc.path : doc.headline), html(doc.path));
    if (doc.outlet) out_ += " · " + html(*doc.outlet);
    if (doc.published && doc.published->complete()) out_ += " · " + doc.published->iso();
    out_ += "</p>\n";
    std::vector<const Statement*> by_start;
    for (const Statement& s : d.statements) by_start.push_back(&s);
    std::sort(by_start.begin(), by_start.end(), [](const Statement* x, const Statement* y) {
      return x->text_span.start < y->text_span.start;
    });
    std::optional<uint32_t> paragraph;
    for (uint32_t j = 0; j < doc.sentences.size(); ++j) {
      const Sentence& sentence = doc.sentences[j];
      if (paragraph != sentence.paragraph) out_ += paragraph ? "</p>\n<p>" : "<p>";
      if (paragraph == sentence.paragraph) out_ += ' ';
      paragraph = sentence.paragraph;
      out_ += fmt::format("<span class=\"sentence\" id=\"{}\">{}</span>", sentence_anchor(i, j),
                          marked(doc, sentence.span, by_start));
    }
    out_ += paragraph ? "</p>\n</article>\n" : "</article>\n";
  }

  // The sentence with the claims in it marked (each linked back to its first
  // place in an event); a claim overlapping an earlier one is marked from
  // where that one ends, so that the tags nest.
  std::string marked(const Document& doc, Span span, const std::vector<const Statement*>& claims) {
    std::string out;
    uint32_t pos = span.start;
    for (const Statement* s : claims) {
      const uint32_t start = std::max(pos, s->text_span.start);
      const uint32_t end = std::min(span.end, s->text_span.end);
      if (start >= end || end > doc.text.size()) continue;
      out += html(doc.slice({pos, start}));
      auto link = back_links_.find(s->id);
      const std::string text = html(doc.slice({start, end}));
      out += link == back_links_.end()
                 ? fmt::format("<mark class=\"claim\" title=\"{}\">{}</mark>", html(s->id), text)
                 : fmt::format("<a class=\"claim\" href=\"#{}\" title=\"{}\">{}</a>",
                               html(link->second), html(s->id), text);
      pos = end;
    }
    if (pos < span.end && span.end <= doc.text.size()) out += html(doc.slice({pos, span.end}));
    return out;
  }

  const Analysis& a_;
  StatementIndex index_;
  std::vector<EventLayout> layouts_;
  std::map<std::string, std::string> back_links_;  // statement id -> "E1-A1"
  std::set<std::string> shown_;                    // anchors already in the page
  std::string out_;
};

}  // namespace

std::string render_html(const Analysis& analysis) { return HtmlReport(analysis).render(); }

}  // namespace kd
