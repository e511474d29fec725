// The command line (private to the karabakh-diff executable): each command
// registers its flags with CLI11 and returns what to run once they are
// parsed. Only this layer prints and picks exit codes.
#ifndef KARABAKH_DIFF_SRC_CLI_CLI_H_
#define KARABAKH_DIFF_SRC_CLI_CLI_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "karabakh_diff/comparer.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/render.h"
#include "karabakh_diff/status.h"

namespace kd::cli {

using Runner = std::function<int()>;

struct Command {
  CLI::App* app;  // the subcommand (nullptr for the default command)
  Runner run;
};

// The default command: karabakh-diff [OPTIONS] FILE... (report).
Command add_report_command(CLI::App& app);
// karabakh-diff check --golden DIR FILE... (check_command.cc).
Command add_check_command(CLI::App& app);
// karabakh-diff extract FILE... (extract_command.cc).
Command add_extract_command(CLI::App& app);
// karabakh-diff compare [FILE.jsonl|-] (compare_command.cc).
Command add_compare_command(CLI::App& app);

// Prints "karabakh-diff: error: MESSAGE" and returns 2.
int fail(const std::string& message);

// Sets options.side_a and side_b from "A,B" (--sides); "" (the flag not
// given) leaves them empty: each event's own two sides. Fails with
// "--sides takes two sides, as A,B" or "unknown side 'X' (did you mean 'Y'?)"
// when a side is not one of the lexicon's.
Status parse_sides(const std::string& sides, const Lexicon& lexicon, CompareOptions& options);

// Prints each diagnostic as "karabakh-diff: error|warning: PATH: MESSAGE".
void print_diagnostics(const std::vector<Diagnostic>& diagnostics);

// Writes `text` atomically to `output` (a device, a FIFO or /dev/stdout is
// written in place), or to stdout when `output` is empty. Returns 0; 2 after printing
// why it could not ("karabakh-diff: error: standard output: cannot write:
// No space left on device"); or 141 (128 + SIGPIPE), silently, when the
// reader closed the pipe.
int write_output(const std::string& output, const std::string& text);
// The same for output that `render` streams into the sink it is given: -o
// FILE still replaces FILE only once all is written. A failure of `render`
// (a result that cannot be read back) is one line and 2.
int write_streamed(const std::string& output, const std::function<Status(ByteSink&)>& render);

// The streamed renderer of `format` (json, jsonl, csv, else text) on `source`.
Status write_format(const AnalysisSource& source, const std::string& format,
                    const TextOptions& text, ByteSink& out);

// The built-in lexicon plus every --lexicon FILE, in order.
Result<Lexicon> load_lexicon(const std::vector<std::string>& extra_files);

// Columns of the terminal: COLUMNS, else the tty's width, else 80.
int terminal_width();

}  // namespace kd::cli

#endif  // KARABAKH_DIFF_SRC_CLI_CLI_H_
