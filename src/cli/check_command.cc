// karabakh-diff check: golden regression checks for CI (see check.h).
#include <cstdlib>
#include <memory>

#include "cli.h"
#include "karabakh_diff/check.h"

namespace kd::cli {

namespace {

// CLI11's Range prints "Value 1.5 not in range 0.000000 to 1.000000".
const CLI::Validator kShare(
    [](std::string& text) -> std::string {
      char* end = nullptr;
      const double v = std::strtod(text.c_str(), &end);
      if (text.empty() || *end != '\0' || !(v >= 0.0 && v <= 1.0))
        return "'" + text + "' is not a number from 0 to 1";
      return "";
    },
    "0..1");

struct CheckFlags {
  std::vector<std::string> files, lexicons;
  CheckOptions options;
};

int run_check(CheckFlags& f) {
  if (f.options.golden_dir.empty()) return fail("check needs --golden DIR");
  if (f.files.empty()) return fail("no input files (see 'karabakh-diff check --help')");
  if (f.options.update && f.options.tolerant())
    return fail("--update writes exact golden files; it takes no --min-recall/--min-precision");
  Result<Lexicon> lexicon = load_lexicon(f.lexicons);
  if (!lexicon.ok()) return fail(lexicon.error().message);

  const CheckReport report = check_files(f.files, lexicon.value(), f.options);
  for (const FileCheck& file : report.files) {
    print_diagnostics(file.warnings);
    if (file.outcome == CheckOutcome::kError) fail(file.error_path + ": " + file.error);
  }
  if (int code = write_output("", render_check(report, f.options)); code != 0) return code;
  return report.exit_code();
}

}  // namespace

Command add_check_command(CLI::App& app) {
  auto f = std::make_shared<CheckFlags>();
  CLI::App* sub = app.add_subcommand(
      "check", "Compare the extraction of each FILE with its golden file DIR/NAME.golden.json");
  sub->add_option("files", f->files, "Article texts to check")->type_name("FILE");
  sub->add_option("--golden", f->options.golden_dir, "Directory of the golden files")
      ->type_name("DIR");
  sub->add_flag("--update", f->options.update, "Write the golden files instead of comparing");
  sub->add_option("--min-recall", f->options.min_recall,
                  "Pass when this share of golden statements is still found")
      ->type_name("X")
      ->check(kShare);
  sub->add_option("--min-precision", f->options.min_precision,
                  "Pass when this share of current statements is in the golden file")
      ->type_name("Y")
      ->check(kShare);
  sub->add_option("--lexicon", f->lexicons, "Extra lexicon JSON file (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  return {sub, [f] { return run_check(*f); }};
}

}  // namespace kd::cli
