#include "karabakh_diff/pipeline.h"

#include <map>

#include "karabakh_diff/extractor.h"

namespace kd {

namespace {

// The year most articles of the run were published in (ties: the earliest),
// for articles whose text gives dates without a year.
std::optional<int> corpus_year(const std::vector<DocumentAnalysis>& docs) {
  std::map<int, int> counts;
  for (const DocumentAnalysis& d : docs)
    if (d.doc.published) ++counts[d.doc.published->year];
  std::optional<int> best;
  int best_count = 0;
  for (const auto& [year, count] : counts) {
    if (count > best_count) {
      best = year;
      best_count = count;
    }
  }
  return best;
}

}  // namespace

Analysis run(const std::vector<std::string>& paths, const Lexicon& lexicon,
             const RunOptions& options) {
  Analysis analysis;
  for (const std::string& path : paths) {
    Result<Document> loaded = load_file(path, options.load, lexicon);
    if (!loaded.ok()) {
      analysis.diagnostics.push_back({path, Severity::kError, loaded.error().message});
      continue;
    }
    Document& doc = loaded.value();
    for (const Diagnostic& d : doc.diagnostics) analysis.diagnostics.push_back(d);
    analysis.documents.push_back(DocumentAnalysis{std::move(doc), {}});
  }
  ExtractContext context{corpus_year(analysis.documents)};
  for (DocumentAnalysis& d : analysis.documents) d.statements = extract(d.doc, lexicon, context);
  compare(analysis, lexicon, options.compare);
  return analysis;
}

int exit_code(const Analysis& analysis) {
  if (analysis.has_errors()) return 2;
  return analysis.divergence_count() > 0 ? 1 : 0;
}

}  // namespace kd
