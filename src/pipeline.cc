#include "karabakh_diff/pipeline.h"

#include "karabakh_diff/extractor.h"

namespace kd {

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
