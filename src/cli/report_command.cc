// The default command: compare the articles and print the report.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "cli.h"
#include "karabakh_diff/output.h"
#include "karabakh_diff/pipeline.h"
#include "karabakh_diff/render.h"
#include "karabakh_diff/run_store.h"

namespace kd::cli {

namespace {

struct ReportFlags {
  std::vector<std::string> files, lexicons;
  std::string format = "text", output, sides, event, color = "auto", outlet;
  bool explain = false;
  int width = 0;
  RunOptions run;
};

TextOptions text_options(const ReportFlags& f) {
  const bool tty = f.output.empty() && isatty(STDOUT_FILENO);
  const bool colour = f.color == "always" || (f.color == "auto" && tty && !std::getenv("NO_COLOR"));
  return {colour, f.width > 0 ? f.width : terminal_width()};
}

// Formats rendered one document at a time: the documents wait in a
// temporary file (RunStore), not in memory.
int run_streamed(ReportFlags& f, const Lexicon& lexicon) {
  const Comparer comparer(lexicon);
  RunStore store(lexicon, comparer, f.run);
  Status s = store.process(f.files);
  if (s.ok()) s = store.finish();
  if (!s.ok()) return fail(s.error().message);
  print_diagnostics(store.diagnostics());
  if (!f.event.empty())
    if (Status e = store.select_event(f.event); !e.ok()) return fail(e.error().message);
  const TextOptions text = text_options(f);
  if (int code = write_streamed(
          f.output, [&](ByteSink& out) { return write_format(store, f.format, text, out); });
      code != 0)
    return code;
  return store.exit_code();
}

int run_report(ReportFlags& f) {
  if (f.files.empty()) return fail("no input files (see 'karabakh-diff --help')");
  Result<Lexicon> lexicon = load_lexicon(f.lexicons);
  if (!lexicon.ok()) return fail(lexicon.error().message);
  if (Status s = parse_sides(f.sides, lexicon.value(), f.run.compare); !s.ok())
    return fail(s.error().message);
  if (!f.outlet.empty()) f.run.load.outlet = f.outlet;
  f.run.keep_text = f.explain;  // the explanation quotes every sentence
  // The HTML report shows the articles.
  if (f.format == "html") f.run.keep_text = true;
  if (!f.explain && f.format != "markdown" && f.format != "html")
    return run_streamed(f, lexicon.value());

  Analysis analysis = run(f.files, lexicon.value(), f.run);
  print_diagnostics(analysis.diagnostics);
  if (!f.event.empty())
    if (Status s = select_event(analysis, f.event); !s.ok()) return fail(s.error().message);

  std::string text;
  if (f.explain) {
    text = render_explain(analysis);
  } else if (f.format == "json") {
    text = render_json(analysis);
  } else if (f.format == "jsonl") {
    text = render_jsonl(analysis);
  } else if (f.format == "markdown") {
    text = render_markdown(analysis);
  } else if (f.format == "html") {
    text = render_html(analysis);
  } else if (f.format == "csv") {
    text = render_csv(analysis);
  } else {
    const bool tty = f.output.empty() && isatty(STDOUT_FILENO);
    const bool colour =
        f.color == "always" || (f.color == "auto" && tty && !std::getenv("NO_COLOR"));
    text = render_text(analysis, {colour, f.width > 0 ? f.width : terminal_width()});
  }
  if (int code = write_output(f.output, text); code != 0) return code;
  return exit_code(analysis);
}

}  // namespace

Command add_report_command(CLI::App& app) {
  auto f = std::make_shared<ReportFlags>();
  app.add_option("files", f->files, "Article texts to compare ('-' reads standard input)")
      ->type_name("FILE");
  app.add_option("-f,--format", f->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl", "markdown", "html", "csv"}))
      ->capture_default_str();
  app.add_option("-o,--output", f->output, "Write the output to FILE atomically instead of stdout")
      ->type_name("FILE");
  app.add_flag("--explain", f->explain, "Show per sentence which rule found which statement");
  app.add_option("--lexicon", f->lexicons, "Extra lexicon JSON file (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_option("--outlet", f->outlet, "Outlet to assume for articles that name none")
      ->type_name("NAME");
  app.add_option("--sides", f->sides,
                 "The two sides to compare in every event, as A,B (default: each event's own two)")
      ->type_name("A,B");
  app.add_option("--event", f->event, "Show only the event with this id (e.g. E2)")
      ->type_name("ID");
  app.add_option("--color", f->color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--width", f->width, "Columns of the text report (default: the terminal's)")
      ->type_name("N");
  app.add_option("-j,--jobs", f->run.jobs, "Worker threads (default: one per core)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--max-file-size", f->run.load.max_file_size, "Reject larger inputs (bytes)")
      ->capture_default_str();
  app.add_option("--max-line-length", f->run.load.max_line_length,
                 "Reject inputs with a longer line (bytes; 0: no limit)")
      ->capture_default_str();
  return {nullptr, [f] { return run_report(*f); }};
}

}  // namespace kd::cli
