// karabakh-diff compare [FILE.jsonl|-]...: the cross-article half of the run
// on the lines `extract` wrote (from any number of extract runs,
// concatenated), with the report of the one-shot run.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli.h"
#include "karabakh_diff/jsonl.h"
#include "karabakh_diff/output.h"
#include "karabakh_diff/pipeline.h"
#include "karabakh_diff/render.h"
#include "karabakh_diff/run_store.h"

namespace kd::cli {

namespace {

struct CompareFlags {
  std::vector<std::string> inputs, lexicons;
  std::string format = "text", output, sides, event, color = "auto";
  int width = 0;
  RunOptions run;
};

// Adds the results in `path` ("-" = standard input) to `store`, parsed on
// `jobs` threads.
Status read_results(const std::string& path, int jobs, RunStore& store) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, std::fclose);
  std::FILE* in = stdin;
  if (path != "-") {
    file.reset(std::fopen(path.c_str(), "rb"));
    if (!file) return Error{path + ": cannot open"};
    in = file.get();
  }
  ExtractReader reader(in, path == "-" ? "standard input" : path);
  return read_extract_results(reader, jobs,
                              [&](DocumentResult&& r) { return store.add(std::move(r)); });
}

int run_compare(CompareFlags& f) {
  if (f.inputs.empty()) f.inputs.push_back("-");
  Result<Lexicon> lexicon = load_lexicon(f.lexicons);
  if (!lexicon.ok()) return fail(lexicon.error().message);
  if (Status s = parse_sides(f.sides, lexicon.value(), f.run.compare); !s.ok())
    return fail(s.error().message);

  const Comparer comparer(lexicon.value());
  RunStore store(lexicon.value(), comparer, f.run);
  for (const std::string& input : f.inputs)
    if (Status s = read_results(input, effective_jobs(f.run.jobs), store); !s.ok())
      return fail(s.error().message);
  if (Status s = store.finish(); !s.ok()) return fail(s.error().message);
  print_diagnostics(store.diagnostics());
  if (!f.event.empty())
    if (Status s = store.select_event(f.event); !s.ok()) return fail(s.error().message);

  const bool tty = f.output.empty() && isatty(STDOUT_FILENO);
  const bool colour = f.color == "always" || (f.color == "auto" && tty && !std::getenv("NO_COLOR"));
  const TextOptions text{colour, f.width > 0 ? f.width : terminal_width()};
  if (int code = write_streamed(
          f.output, [&](ByteSink& out) { return write_format(store, f.format, text, out); });
      code != 0)
    return code;
  return store.exit_code();
}

}  // namespace

Command add_compare_command(CLI::App& app) {
  auto f = std::make_shared<CompareFlags>();
  CLI::App* sub = app.add_subcommand(
      "compare", "Cross-article half of the run, on the JSON lines of 'extract'");
  sub->add_option("inputs", f->inputs, "Output of 'extract' (default and '-': standard input)")
      ->type_name("FILE.jsonl");
  sub->add_option("-f,--format", f->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  sub->add_option("-o,--output", f->output, "Write the output to FILE atomically instead of stdout")
      ->type_name("FILE");
  sub->add_option("--lexicon", f->lexicons, "Extra lexicon JSON file (as given to extract)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  sub->add_option("--sides", f->sides,
                  "The two sides to compare in every event, as A,B (default: each event's own two)")
      ->type_name("A,B");
  sub->add_option("--event", f->event, "Show only the event with this id (e.g. E2)")
      ->type_name("ID");
  sub->add_option("--color", f->color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  sub->add_option("--width", f->width, "Columns of the text report (default: the terminal's)")
      ->type_name("N");
  sub->add_option("-j,--jobs", f->run.jobs, "Worker threads (default: one per core)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  return {sub, [f] { return run_compare(*f); }};
}

}  // namespace kd::cli
