// Loader throughput (bytes/s) on a corpus built in memory from data/*.txt.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"

namespace {

// The seed articles, in file name order.
std::vector<std::string> SeedArticles() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(KD_SOURCE_DIR "/data"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

// Many small documents, as in a real run: every seed article `copies` times.
void BM_LoadArticles(benchmark::State& state) {
  const std::vector<std::string> seeds = SeedArticles();
  const kd::Lexicon& lexicon = kd::default_lexicon();
  const kd::LoadOptions options;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& article : seeds) {
      auto doc = kd::load_bytes("seed.txt", article, options, lexicon);
      benchmark::DoNotOptimize(doc);
      bytes += static_cast<int64_t>(article.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["articles"] = static_cast<double>(seeds.size());
}
BENCHMARK(BM_LoadArticles);

// One big document: all seed articles concatenated until it reaches
// state.range(0) bytes (headline, repeated lines and all).
void BM_LoadBigDocument(benchmark::State& state) {
  const std::vector<std::string> seeds = SeedArticles();
  std::string corpus;
  while (corpus.size() < static_cast<size_t>(state.range(0)))
    for (const std::string& article : seeds) corpus += article + "\n\n";
  const kd::Lexicon& lexicon = kd::default_lexicon();
  kd::LoadOptions options;
  options.max_file_size = corpus.size() + 1;
  for (auto _ : state) {
    auto doc = kd::load_bytes("corpus.txt", corpus, options, lexicon);
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.size()));
}
BENCHMARK(BM_LoadBigDocument)->Arg(1 << 20)->Arg(16 << 20)->Unit(benchmark::kMillisecond);

}  // namespace
