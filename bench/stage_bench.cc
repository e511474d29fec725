// Throughput of each stage after the loader (bytes/s of article text): the
// sentence splitter, the extractor, the per-document and the
// cross-document comparison, and the whole per-document step. Inputs are the
// seed articles of data/, loaded once outside the timed loops.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "karabakh_diff/comparer.h"
#include "karabakh_diff/extractor.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"
#include "karabakh_diff/pipeline.h"
#include "loader_sentences.h"

namespace {

std::vector<std::string> SeedPaths() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(KD_SOURCE_DIR "/data"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

// The seeds, loaded, extracted and compared, as the stages get them.
struct Seeds {
  Seeds() {
    for (const std::string& p : SeedPaths()) {
      kd::Result<kd::Document> doc = kd::load_file(p, {}, lexicon);
      if (!doc.ok()) continue;
      kd::DocumentAnalysis da;
      da.doc = std::move(doc.value());
      da.statements = extractor.extract(da.doc, {2020});
      bytes += static_cast<int64_t>(da.doc.text.size());
      docs.push_back(std::move(da));
    }
    kd::CorpusTally tally;
    for (const kd::DocumentAnalysis& da : docs) {
      evidence.push_back(comparer.document(da, {}));
      tally.add(da.doc.published, evidence.back());
    }
    facts = tally.facts();
  }
  const kd::Lexicon& lexicon = kd::default_lexicon();
  const kd::Comparer comparer{lexicon};
  const kd::Extractor extractor{lexicon};
  std::vector<kd::DocumentAnalysis> docs;
  std::vector<kd::DocEvidence> evidence;
  kd::CorpusFacts facts;
  int64_t bytes = 0;
};

const Seeds& seeds() {
  static const Seeds s;
  return s;
}

void BM_SentenceSplit(benchmark::State& state) {
  const Seeds& s = seeds();
  for (auto _ : state)
    for (const kd::DocumentAnalysis& da : s.docs)
      benchmark::DoNotOptimize(
          kd::split_sentences(da.doc.text, da.doc.paragraphs, s.lexicon.abbreviations));
  state.SetBytesProcessed(state.iterations() * s.bytes);
}
BENCHMARK(BM_SentenceSplit);

void BM_Extract(benchmark::State& state) {
  const Seeds& s = seeds();
  for (auto _ : state)
    for (const kd::DocumentAnalysis& da : s.docs)
      benchmark::DoNotOptimize(s.extractor.extract(da.doc, {2020}));
  state.SetBytesProcessed(state.iterations() * s.bytes);
}
BENCHMARK(BM_Extract);

void BM_CompareDocument(benchmark::State& state) {
  const Seeds& s = seeds();
  for (auto _ : state)
    for (const kd::DocumentAnalysis& da : s.docs)
      benchmark::DoNotOptimize(s.comparer.document(da, s.facts));
  state.SetBytesProcessed(state.iterations() * s.bytes);
}
BENCHMARK(BM_CompareDocument);

// The cross-document step on state.range(0) copies of the seeds (documents
// without their texts, as the pipeline keeps them); bytes are those of the
// articles the documents came from.
void BM_CompareCorpus(benchmark::State& state) {
  const Seeds& s = seeds();
  kd::Analysis analysis;
  std::vector<kd::DocEvidence> evidence;
  for (int64_t copy = 0; copy < state.range(0); ++copy) {
    for (size_t d = 0; d < s.docs.size(); ++d) {
      kd::DocumentAnalysis da;
      da.doc.path = std::to_string(copy) + "_" + s.docs[d].doc.path;
      da.doc.published = s.docs[d].doc.published;
      da.statements = s.docs[d].statements;
      analysis.documents.push_back(std::move(da));
      evidence.push_back(s.evidence[d]);
    }
  }
  for (auto _ : state) s.comparer.corpus(analysis, evidence, {});
  state.SetBytesProcessed(state.iterations() * state.range(0) * s.bytes);
  state.counters["documents"] = static_cast<double>(analysis.documents.size());
}
BENCHMARK(BM_CompareCorpus)->Arg(1)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// Load, extract and compare per document, from the files (page cache).
void BM_DocumentStep(benchmark::State& state) {
  const Seeds& s = seeds();
  const std::vector<std::string> paths = SeedPaths();
  kd::RunOptions options;
  options.jobs = 1;
  for (auto _ : state)
    kd::process_documents(paths, s.lexicon, s.comparer, options,
                          [](kd::DocumentResult&& r) { benchmark::DoNotOptimize(r); });
  state.SetBytesProcessed(state.iterations() * s.bytes);
}
BENCHMARK(BM_DocumentStep);

}  // namespace
