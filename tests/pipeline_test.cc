// The whole run through the library API: bad paths become diagnostics, the
// other inputs are still processed, the exit code follows the findings.
#include "karabakh_diff/pipeline.h"

#include <gtest/gtest.h>

namespace kd {
namespace {

const std::string kSeed = KD_SOURCE_DIR "/data/000_d8b6bdfa25336eff.txt";

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

}  // namespace
}  // namespace kd
