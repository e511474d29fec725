// Golden regression checks: the extraction of each article against its
// committed golden file, so that CI catches regressions when lexicons or
// rules change (karabakh-diff check).
#ifndef KARABAKH_DIFF_CHECK_H_
#define KARABAKH_DIFF_CHECK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/pipeline.h"
#include "karabakh_diff/status.h"

namespace kd {

// Schema identifier of golden files.
inline constexpr const char* kGoldenSchema = "karabakh-diff-golden/1";

// DIR/NAME.golden.json for the article DIR2/NAME.EXT (NAME: the file name
// without its last extension).
std::string golden_path(const std::string& golden_dir, const std::string& article_path);

// The golden record of the analysis of ONE article: its statements, events,
// divergences and agreements. Pretty-printed JSON with sorted keys,
// statements in text order, a trailing newline: the same analysis always
// gives the same bytes, and a change shows up as a small diff in review.
std::string golden_json(const Analysis& analysis);

// What changed between a golden record and the current one.
struct GoldenDiff {
  // Unified-diff-style report ("--- golden", "+++ current", "@@ section @@",
  // lines "- " lost, "+ " gained, "~ " changed with the fields that changed);
  // "" when the records are equal.
  std::string text;
  size_t lost = 0, gained = 0, changed = 0;  // records of all sections
  // Per section: "statements: 1 lost, 2 changed; events: 1 changed".
  std::string summary;
  // Statement matching for --min-recall/--min-precision: a golden statement
  // is found when a current statement has its id or overlaps its span and
  // has the same speaker and account.
  size_t golden_statements = 0, current_statements = 0, found = 0;

  bool identical() const { return text.empty(); }
  double recall() const;     // found / golden statements (1 when there are none)
  double precision() const;  // found / current statements (1 when there are none)
};

// Compares two golden records given as JSON text. The labels head the diff.
// Fails with a one-line reason when either text is not a golden record.
Result<GoldenDiff> diff_golden(std::string_view golden, std::string_view current,
                               const std::string& golden_label, const std::string& current_label);

struct CheckOptions {
  std::string golden_dir;
  bool update = false;  // write the golden files instead of comparing
  // Tolerances: when either is set, a file passes when its statements reach
  // both (an unset one counts as 1.0) instead of when it matches exactly.
  std::optional<double> min_recall, min_precision;
  RunOptions run;

  bool tolerant() const { return min_recall || min_precision; }
};

enum class CheckOutcome { kPassed, kFailed, kCreated, kUpdated, kUnchanged, kError };

struct FileCheck {
  std::string path;    // the article
  std::string golden;  // its golden file
  CheckOutcome outcome = CheckOutcome::kError;
  GoldenDiff diff;
  // kError: the file the error is about (article or golden) and why.
  std::string error_path, error;
  std::vector<Diagnostic> warnings;  // about the article (e.g. repaired encoding)
};

struct CheckReport {
  std::vector<FileCheck> files;
  // 2 when a file could not be read or written, else 1 when a check
  // failed, else 0.
  int exit_code() const;
};

// Analyses every article on its own (so that a golden file does not depend
// on which other articles are checked with it) and compares it with, or
// with options.update writes, its golden file. Never fails as a whole.
CheckReport check_files(const std::vector<std::string>& paths, const Lexicon& lexicon,
                        const CheckOptions& options);

// The report for stdout: the diffs, one line per file, and a summary line
// ("4 passed, 1 failed"; with --update "1 updated, 4 unchanged").
std::string render_check(const CheckReport& report, const CheckOptions& options);

}  // namespace kd

#endif  // KARABAKH_DIFF_CHECK_H_
