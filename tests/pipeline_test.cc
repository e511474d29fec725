// The whole run through the library API: bad paths become diagnostics, the
// other inputs are still processed, the exit code follows the findings.
#include "karabakh_diff/pipeline.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "karabakh_diff/render.h"

namespace kd {
namespace {

const std::string kSeed = KD_SOURCE_DIR "/data/000_d8b6bdfa25336eff.txt";
const std::vector<std::string> kSeeds = {
    KD_SOURCE_DIR "/data/000_d8b6bdfa25336eff.txt", KD_SOURCE_DIR "/data/001_241556ccb3234d5d.txt",
    KD_SOURCE_DIR "/data/002_f153d9323a63ad09.txt", KD_SOURCE_DIR "/data/003_4cc61a2a5a4223e5.txt",
    KD_SOURCE_DIR "/data/004_9167b2b24af47697.txt"};

// Per-document results of `paths`, each computed as if it were alone in
// the run (as separate extract runs would): no guess of the run's facts.
std::vector<DocumentResult> alone(const std::vector<std::string>& paths,
                                  const RunOptions& options) {
  const Comparer comparer(default_lexicon());
  std::vector<DocumentResult> out;
  for (const std::string& p : paths)
    process_documents({p}, default_lexicon(), comparer, options,
                      [&](DocumentResult&& r) { out.push_back(std::move(r)); });
  return out;
}

TEST(PipelineTest, MissingInputIsADiagnosticAndTheRestIsProcessed) {
  Analysis a = run({"/nonexistent/article.txt", kSeed}, default_lexicon(), {});
  ASSERT_EQ(a.documents.size(), 1u);
  EXPECT_EQ(a.documents[0].doc.path, kSeed);
  ASSERT_EQ(a.diagnostics.size(), 1u);
  EXPECT_EQ(a.diagnostics[0].path, "/nonexistent/article.txt");
  EXPECT_EQ(a.diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(a.diagnostics[0].message, "no such file");
  EXPECT_FALSE(a.documents[0].statements.empty());
  EXPECT_EQ(exit_code(a), 2);
}

TEST(PipelineTest, ExitCodeFollowsDivergencesLikeDiff) {
  Analysis a;
  EXPECT_EQ(exit_code(a), 0);
  a.events.emplace_back();
  EXPECT_EQ(exit_code(a), 0);
  a.events[0].divergences.emplace_back();
  EXPECT_EQ(exit_code(a), 1);
  a.diagnostics.push_back({"x", Severity::kWarning, "invalid UTF-8 replaced"});
  EXPECT_EQ(exit_code(a), 1);
  a.diagnostics.push_back({"y", Severity::kError, "empty file"});
  EXPECT_EQ(exit_code(a), 2);
}

TEST(PipelineTest, StatementsOfTheRunAreAssignedToEvents) {
  Analysis a = run({kSeed}, default_lexicon(), {});
  ASSERT_FALSE(a.events.empty());
  size_t assigned = 0;
  for (const Statement& s : a.documents[0].statements)
    if (s.event) ++assigned;
  EXPECT_GT(assigned, 0u);
}

TEST(PipelineTest, TextsAreDroppedUnlessKept) {
  Analysis lean = run({kSeed}, default_lexicon(), {});
  ASSERT_EQ(lean.documents.size(), 1u);
  EXPECT_TRUE(lean.documents[0].doc.text.empty());
  EXPECT_TRUE(lean.documents[0].doc.sentences.empty());
  EXPECT_FALSE(lean.documents[0].doc.headline.empty());
  RunOptions keep;
  keep.keep_text = true;
  Analysis full = run({kSeed}, default_lexicon(), keep);
  EXPECT_FALSE(full.documents[0].doc.text.empty());
  EXPECT_FALSE(full.documents[0].doc.sentences.empty());
  EXPECT_EQ(render_json(full), render_json(lean));
}

TEST(PipelineTest, SameAnalysisForAnyNumberOfJobs) {
  RunOptions one, many;
  one.jobs = 1;
  many.jobs = 4;
  std::vector<std::string> paths;
  for (int round = 0; round < 3; ++round) paths.insert(paths.end(), kSeeds.begin(), kSeeds.end());
  EXPECT_EQ(render_json(run(paths, default_lexicon(), many)),
            render_json(run(paths, default_lexicon(), one)));
}

TEST(PipelineTest, ResultsComputedAloneAreRedoneWithTheFactsOfTheRun) {
  // Alone, the undated articles know no year and the others' names; the
  // second pass reads their files again.
  const std::vector<DocumentResult> results = alone(kSeeds, {});
  size_t relying = 0;
  for (const DocumentResult& r : results) relying += r.evidence.uses_year ? 1 : 0;
  EXPECT_GT(relying, 0u);
  const Comparer comparer(default_lexicon());
  EXPECT_EQ(render_json(finish_run(results, default_lexicon(), comparer, {})),
            render_json(run(kSeeds, default_lexicon(), {})));
}

TEST(PipelineTest, KeptSourcesServeWhenTheFilesAreGone) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("kd_pipeline_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::vector<std::string> copies;
  for (const std::string& p : kSeeds) {
    copies.push_back((dir / fs::path(p).filename()).string());
    fs::copy_file(p, copies.back(), fs::copy_options::overwrite_existing);
  }
  const std::string expected = render_json(run(copies, default_lexicon(), {}));
  RunOptions keep;
  keep.keep_source = true;
  std::vector<DocumentResult> results = alone(copies, keep);
  fs::remove_all(dir);
  const Comparer comparer(default_lexicon());
  SourceSpill spill;
  for (size_t i = 0; i < results.size(); ++i) ASSERT_TRUE(spill.put(i, results[i]).ok());
  for (const DocumentResult& r : results) EXPECT_FALSE(r.source.has_value());
  Analysis a = finish_run(std::move(results), default_lexicon(), comparer, {}, &spill);
  EXPECT_EQ(render_json(a), expected);
}

TEST(PipelineTest, ADocumentOverItsTimeIsSkippedAndReported) {
  RunOptions hurried;
  hurried.document_time = std::chrono::milliseconds(0);
  hurried.document_time_per_mb = std::chrono::milliseconds(0);
  Analysis a = run({kSeed}, default_lexicon(), hurried);
  EXPECT_TRUE(a.documents.empty());
  ASSERT_EQ(a.diagnostics.size(), 1u);
  EXPECT_EQ(a.diagnostics[0].path, kSeed);
  EXPECT_EQ(a.diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(a.diagnostics[0].message, "skipped: took longer than 0.0 s to process");
  EXPECT_EQ(exit_code(a), 2);
}

TEST(PipelineTest, EffectiveJobs) {
  EXPECT_EQ(effective_jobs(3), 3);
  EXPECT_GE(effective_jobs(0), 1);
}

}  // namespace
}  // namespace kd
