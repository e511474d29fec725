// karabakh-diff extract FILE... --format jsonl: the per-document half of the
// run (load, extract, find the events each article reports), one JSON line
// per input, streamed in input order. `compare` does the other half; any
// number of extract outputs can be concatenated for it (see README,
// "Performance and scale").
#include <cstdio>
#include <memory>

#include "cli.h"
#include "karabakh_diff/jsonl.h"
#include "karabakh_diff/pipeline.h"

namespace kd::cli {

namespace {

struct ExtractFlags {
  std::vector<std::string> files, lexicons;
  std::string format = "jsonl", outlet;
  bool no_source = false;
  RunOptions run;
};

int run_extract(ExtractFlags& f) {
  if (f.files.empty()) return fail("extract: no input files (see 'karabakh-diff extract --help')");
  Result<Lexicon> lexicon = load_lexicon(f.lexicons);
  if (!lexicon.ok()) return fail(lexicon.error().message);
  if (!f.outlet.empty()) f.run.load.outlet = f.outlet;
  // compare may have to redo a document once it knows the whole run; it
  // cannot read files of another machine, so the bytes travel along.
  f.run.keep_source = !f.no_source;
  const Comparer comparer(lexicon.value());
  bool failed_input = false, write_error = false;
  // Lines are written on the workers, in parallel; only their output is
  // sequential.
  process_documents(
      f.files, lexicon.value(), comparer, f.run, extract_line,
      [&](DocumentResult&& r, std::string&& line) {
        if (r.error) {
          failed_input = true;
          print_diagnostics({*r.error});
        } else {
          print_diagnostics(r.document.doc.diagnostics);
        }
        if (!write_error && std::fwrite(line.data(), 1, line.size(), stdout) != line.size())
          write_error = true;
      });
  if (std::fflush(stdout) != 0 || write_error) return fail("extract: cannot write the output");
  return failed_input ? 2 : 0;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
  auto f = std::make_shared<ExtractFlags>();
  CLI::App* sub = app.add_subcommand(
      "extract", "Per-article half of the run: statements and event reports as JSON lines");
  sub->add_option("files", f->files, "Article texts ('-' reads standard input)")->type_name("FILE");
  sub->add_option("-f,--format", f->format, "Output format (one JSON object per input)")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  sub->add_option("--lexicon", f->lexicons, "Extra lexicon JSON file (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  sub->add_option("--outlet", f->outlet, "Outlet to assume for articles that name none")
      ->type_name("NAME");
  sub->add_flag("--no-source", f->no_source,
                "Leave out the article bytes that compare may need to redo an article; compare "
                "then reads the article again from its path");
  sub->add_option("-j,--jobs", f->run.jobs, "Worker threads (default: one per core)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--max-file-size", f->run.load.max_file_size, "Reject larger inputs (bytes)")
      ->capture_default_str();
  sub->add_option("--max-line-length", f->run.load.max_line_length,
                  "Reject inputs with a longer line (bytes; 0: no limit)")
      ->capture_default_str();
  return {sub, [f] { return run_extract(*f); }};
}

}  // namespace kd::cli
