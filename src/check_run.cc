// karabakh-diff check: every article against its golden file, or --update.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "karabakh_diff/check.h"
#include "karabakh_diff/output.h"

namespace kd {

namespace {

// A missing golden file is not an I/O failure but a step the user skipped.
Result<std::string> read_golden(const std::string& path) {
  if (std::error_code ec; std::filesystem::is_directory(path, ec)) return Error{"is a directory"};
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT)
      return Error{"no golden file (create it with 'karabakh-diff check --update')"};
    return Error{std::string("cannot read: ") + std::strerror(errno)};
  }
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Error{std::string("cannot read: ") + std::strerror(errno)};
  return ss.str();
}

// A recall of 19/20 must pass --min-recall 0.95 whatever the rounding.
bool at_least(double value, double minimum) { return value + 1e-9 >= minimum; }

void set_error(FileCheck& f, const std::string& path, const std::string& message) {
  f.outcome = CheckOutcome::kError;
  f.error_path = path;
  f.error = message;
}

void update(FileCheck& f, const std::string& current) {
  Result<std::string> old = read_golden(f.golden);
  if (old.ok() && old.value() == current) {
    f.outcome = CheckOutcome::kUnchanged;
    return;
  }
  if (old.ok())  // shows what the update changes; an unreadable old file shows nothing
    if (Result<GoldenDiff> d = diff_golden(old.value(), current, f.golden, f.path); d.ok())
      f.diff = std::move(d.value());
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(f.golden).parent_path(), ec);
  if (Status s = write_file_atomically(f.golden, current); !s.ok())
    return set_error(f, f.golden, s.error().message);
  f.outcome = old.ok() ? CheckOutcome::kUpdated : CheckOutcome::kCreated;
}

void compare(FileCheck& f, const std::string& current, const CheckOptions& options) {
  Result<std::string> golden = read_golden(f.golden);
  if (!golden.ok()) return set_error(f, f.golden, golden.error().message);
  Result<GoldenDiff> d = diff_golden(golden.value(), current, f.golden, f.path);
  if (!d.ok()) return set_error(f, f.golden, d.error().message);
  f.diff = std::move(d.value());
  const bool pass = options.tolerant()
                        ? at_least(f.diff.recall(), options.min_recall.value_or(1.0)) &&
                              at_least(f.diff.precision(), options.min_precision.value_or(1.0))
                        : f.diff.identical();
  f.outcome = pass ? CheckOutcome::kPassed : CheckOutcome::kFailed;
}

std::string scores(const GoldenDiff& d, const CheckOptions& options) {
  auto score = [](const char* name, double value, size_t found, size_t of, double minimum) {
    return fmt::format("{} {:.3f} ({}/{}){}", name, value, found, of,
                       at_least(value, minimum) ? "" : fmt::format(" < {:.3f}", minimum));
  };
  return score("recall", d.recall(), d.found, d.golden_statements,
               options.min_recall.value_or(1.0)) +
         ", " +
         score("precision", d.precision(), d.found, d.current_statements,
               options.min_precision.value_or(1.0));
}

}  // namespace

int CheckReport::exit_code() const {
  int code = 0;
  for (const FileCheck& f : files) {
    if (f.outcome == CheckOutcome::kError) return 2;
    if (f.outcome == CheckOutcome::kFailed) code = 1;
  }
  return code;
}

CheckReport check_files(const std::vector<std::string>& paths, const Lexicon& lexicon,
                        const CheckOptions& options) {
  CheckReport report;
  std::map<std::string, std::string> owner;  // golden file -> the article that uses it
  for (const std::string& path : paths) {
    FileCheck& f = report.files.emplace_back();
    f.path = path;
    f.golden = golden_path(options.golden_dir, path);
    if (path == "-") {
      set_error(f, path, "standard input has no name for a golden file; give a file");
      continue;
    }
    if (auto [it, fresh] = owner.emplace(f.golden, path); !fresh) {
      set_error(f, path,
                fmt::format("same golden file {} as {}; rename one of them", f.golden, it->second));
      continue;
    }
    const Analysis analysis = run({path}, lexicon, options.run);
    for (const Diagnostic& d : analysis.diagnostics) {
      if (d.severity == Severity::kError && f.error.empty()) set_error(f, d.path, d.message);
      if (d.severity == Severity::kWarning) f.warnings.push_back(d);
    }
    if (!f.error.empty()) continue;
    const std::string current = golden_json(analysis);
    if (options.update) {
      update(f, current);
    } else {
      compare(f, current, options);
    }
  }
  return report;
}

std::string render_check(const CheckReport& report, const CheckOptions& options) {
  std::string out;
  std::map<CheckOutcome, size_t> n;
  for (const FileCheck& f : report.files) {
    ++n[f.outcome];
    out += f.diff.text;
    switch (f.outcome) {
      case CheckOutcome::kPassed:
        out += fmt::format("PASS {}", f.path);
        if (options.tolerant()) out += ": " + scores(f.diff, options);
        break;
      case CheckOutcome::kFailed:
        out += fmt::format("FAIL {}: {}", f.path,
                           options.tolerant() ? scores(f.diff, options) : f.diff.summary);
        break;
      case CheckOutcome::kCreated:
        out += fmt::format("created {}", f.golden);
        break;
      case CheckOutcome::kUpdated:
        out += fmt::format("updated {}", f.golden);
        if (!f.diff.identical()) out += ": " + f.diff.summary;
        break;
      case CheckOutcome::kUnchanged:
        out += fmt::format("unchanged {}", f.golden);
        break;
      case CheckOutcome::kError:
        out += fmt::format("ERROR {}", f.path);  // why: on stderr
        break;
    }
    out += "\n";
  }
  if (options.update) {
    out += fmt::format("{} updated, {} unchanged",
                       n[CheckOutcome::kCreated] + n[CheckOutcome::kUpdated],
                       n[CheckOutcome::kUnchanged]);
    if (n[CheckOutcome::kError]) out += fmt::format(", {} failed", n[CheckOutcome::kError]);
  } else {
    out += fmt::format("{} passed, {} failed", n[CheckOutcome::kPassed],
                       n[CheckOutcome::kFailed] + n[CheckOutcome::kError]);
  }
  return out + "\n";
}

}  // namespace kd
