// The body of the report fuzz target: the default command's whole run on
// up to four articles (the input split at form feeds), from load to every
// renderer. The comparer lines statements up across documents by index and
// the renderers follow those indexes: this is where one article's oddity
// meets another's.
#ifndef KARABAKH_DIFF_FUZZ_FUZZ_REPORT_H_
#define KARABAKH_DIFF_FUZZ_FUZZ_REPORT_H_

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "karabakh_diff/comparer.h"
#include "karabakh_diff/render.h"

namespace kd::fuzz {

inline int fuzz_report(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = default_lexicon();
  static const Extractor extractor(lexicon);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!valid_utf8(input)) return -1;
  Analysis analysis;
  size_t start = 0;
  for (int n = 0; start <= input.size() && n < 4; ++n) {
    size_t end = input.find('\f', start);
    if (end == std::string_view::npos || n == 3) end = input.size();
    const std::string path = "fuzz" + std::to_string(n) + ".txt";
    Result<Document> doc =
        load_bytes(path, input.substr(start, end - start), fuzz_load_options(), lexicon);
    if (doc.ok())
      analysis.documents.push_back({std::move(doc.value()), {}});
    else
      analysis.diagnostics.push_back({path, Severity::kError, doc.error().message});
    start = end + 1;
  }
  ExtractContext context{corpus_year(analysis.documents)};
  std::set<std::string> ids;
  for (DocumentAnalysis& d : analysis.documents) {
    d.statements = extractor.extract(d.doc, context);
    for (const Statement& s : d.statements) ids.insert(s.id);
  }
  // compare() without building the matchers each time (as slow as the rest
  // of a run): its steps, with one Comparer for the whole fuzzing session.
  static const Comparer comparer(lexicon);
  CorpusFacts assumed;
  assumed.year = context.corpus_year;
  std::vector<DocEvidence> evidence;
  CorpusTally tally;
  for (const DocumentAnalysis& da : analysis.documents) {
    evidence.push_back(comparer.document(da, assumed));
    tally.add(da.doc.published, evidence.back());
  }
  const CorpusFacts facts = tally.facts();
  for (size_t d = 0; d < evidence.size(); ++d)
    if (!Comparer::holds(evidence[d], facts))
      evidence[d] = comparer.document(analysis.documents[d], facts);
  comparer.corpus(analysis, evidence, {});

  // Events only point at statements that exist.
  std::set<std::string> event_ids;
  for (const Event& e : analysis.events) {
    KD_FUZZ_CHECK(event_ids.insert(e.id).second);
    for (const auto& [side, readout] : e.readouts)
      for (const std::string& id : readout) KD_FUZZ_CHECK(ids.count(id) == 1);
    for (const auto* list : {&e.divergences, &e.agreements})
      for (const Divergence& d : *list)
        for (const auto& [side, cited] : d.statements)
          for (const std::string& id : cited) KD_FUZZ_CHECK(ids.count(id) == 1);
  }
  for (const DocumentAnalysis& d : analysis.documents)
    for (const Statement& s : d.statements)
      if (s.event) KD_FUZZ_CHECK(event_ids.count(*s.event) == 1);

  // Every renderer runs; the JSON ones produce JSON.
  KD_FUZZ_CHECK(!nlohmann::json::parse(render_json(analysis), nullptr, false).is_discarded());
  std::istringstream lines(render_jsonl(analysis));
  for (std::string line; std::getline(lines, line);)
    KD_FUZZ_CHECK(!nlohmann::json::parse(line, nullptr, false).is_discarded());
  KD_FUZZ_CHECK(!render_text(analysis, {false, 60}).empty());
  render_explain(analysis);
  render_markdown(analysis);
  render_html(analysis);
  render_csv(analysis);
  return 0;
}

}  // namespace kd::fuzz

#endif  // KARABAKH_DIFF_FUZZ_FUZZ_REPORT_H_
