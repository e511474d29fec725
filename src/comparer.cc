// Stage 3 driver: per document, find events and assign statements; then
// merge events across documents and compare the two sides' accounts.
#include "karabakh_diff/comparer.h"

#include <unordered_map>

#include "compare_divergence.h"
#include "compare_events.h"
#include "compare_merge.h"
#include "compare_statements.h"

namespace kd {

namespace {

bool has_side(const Event& e, const std::string& side) {
  return std::find(e.sides.begin(), e.sides.end(), side) != e.sides.end();
}

}  // namespace

void compare(Analysis& analysis, const Lexicon& lexicon, const CompareOptions& options) {
  analysis.events.clear();
  const cmp::Resources res(lexicon);
  const std::optional<int> year = corpus_year(analysis.documents);
  std::vector<cmp::DocWork> work(analysis.documents.size());
  // How often each person is named, in the whole run: when a role names
  // several office holders ("the Turkish foreign minister"), the articles'
  // own protagonists win.
  std::unordered_map<const Entity*, int> corpus_counts;
  for (size_t d = 0; d < analysis.documents.size(); ++d) {
    const Document& doc = analysis.documents[d].doc;
    cmp::DocWork& w = work[d];
    for (Statement& st : analysis.documents[d].statements) st.event.reset();
    for (const Sentence& s : doc.sentences)
      w.sentence_tokens.push_back(cmp::tokenize(doc.slice(s.span), s.span.start));
    cmp::find_names(doc, res, w);
    for (const auto& names : w.sentence_names)
      for (const cmp::EntityRef& n : names) ++corpus_counts[n.entity];
  }
  for (size_t d = 0; d < analysis.documents.size(); ++d) {
    const DocumentAnalysis& da = analysis.documents[d];
    cmp::DocWork& w = work[d];
    std::unordered_map<const Entity*, int> doc_counts;
    for (const auto& names : w.sentence_names)
      for (const cmp::EntityRef& n : names) ++doc_counts[n.entity];
    const cmp::Salience salience = [&](const Entity& e) {
      auto in_doc = doc_counts.find(&e);
      auto in_corpus = corpus_counts.find(&e);
      return (in_doc == doc_counts.end() ? 0 : 1000 * in_doc->second) +
             (in_corpus == corpus_counts.end() ? 0 : in_corpus->second);
    };
    w.dates = cmp::scan_dates(da.doc, year, w.sentence_tokens);
    cmp::detect_events(da.doc, res, salience, w);
    cmp::describe_statements(da, res, w);
    cmp::assign_statements(da, res, w);
  }
  std::vector<cmp::MergedEvent> merged = cmp::merge_events(analysis, work);
  for (cmp::MergedEvent& m : merged) {
    Event& event = m.event;
    for (const auto& [d, k] : m.members) {
      for (size_t i : work[d].events[k].readouts) {
        Statement& st = analysis.documents[d].statements[i];
        st.event = event.id;
        event.readouts[st.account.empty() ? st.speaker.side : st.account].push_back(st.id);
      }
    }
  }
  for (cmp::MergedEvent& m : merged) {
    Event& event = m.event;
    const cmp::EventView view{m, analysis, work, res};
    if (has_side(event, options.side_a) && has_side(event, options.side_b) &&
        options.side_a != options.side_b) {
      const cmp::SideAccount a = cmp::side_account(view, options.side_a);
      const cmp::SideAccount b = cmp::side_account(view, options.side_b);
      cmp::find_divergences(view, a, b, event);
      cmp::find_source_divergences(view, a, b, event);
    }
    analysis.events.push_back(std::move(event));
  }
}

}  // namespace kd
