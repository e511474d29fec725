// karabakh-diff: parses flags, runs the library, prints, picks the exit code.
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "karabakh_diff/output.h"
#include "karabakh_diff/pipeline.h"
#include "karabakh_diff/render.h"

namespace {

int fail(const std::string& message) {
  std::cerr << "karabakh-diff: error: " << message << "\n";
  return 2;
}

// "unknown option '--formt' (did you mean '--format'?)" for CLI11's extras.
std::string usage_error(const CLI::App& app, const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e) == nullptr) return e.what();
  std::vector<std::string> names;
  for (const CLI::Option* opt : app.get_options())
    for (const std::string& n : opt->get_lnames()) names.push_back("--" + n);
  for (const std::string& arg : app.remaining()) {
    if (arg.size() < 2 || arg[0] != '-') continue;
    std::string flag = arg.substr(0, arg.find('='));
    std::string hint = kd::closest_match(flag, names);
    return "unknown option '" + flag + "'" +
           (hint.empty() ? "" : " (did you mean '" + hint + "'?)");
  }
  return e.what();
}

int terminal_width() {
  if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 0) return std::atoi(c);
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Compares governments' readouts of the same diplomatic call across news articles.",
               "karabakh-diff"};
  std::vector<std::string> files, lexicons;
  std::string format = "text", output, sides = "Moscow,Ankara", event, color = "auto", outlet;
  bool explain = false;
  int width = 0;
  kd::RunOptions run;
  app.add_option("files", files, "Article texts to compare ('-' reads standard input)")
      ->type_name("FILE");
  app.add_option("-f,--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  app.add_option("-o,--output", output, "Write the output to FILE atomically instead of stdout")
      ->type_name("FILE");
  app.add_flag("--explain", explain, "Show per sentence which rule found which statement");
  app.add_option("--lexicon", lexicons, "Extra lexicon JSON file (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_option("--outlet", outlet, "Outlet to assume for articles that name none")
      ->type_name("NAME");
  app.add_option("--sides", sides, "The two sides to compare, as A,B")
      ->type_name("A,B")
      ->capture_default_str();
  app.add_option("--event", event, "Show only the event with this id (e.g. E2)")->type_name("ID");
  app.add_option("--color", color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--width", width, "Columns of the text report (default: the terminal's)")
      ->type_name("N");
  app.add_option("--max-file-size", run.load.max_file_size, "Reject larger inputs (bytes)")
      ->capture_default_str();
  app.set_version_flag("--version", std::string("karabakh-diff ") + KD_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(usage_error(app, e) + " (see 'karabakh-diff --help')");
  }
  if (files.empty()) return fail("no input files (see 'karabakh-diff --help')");

  kd::Lexicon lexicon = kd::default_lexicon();
  for (const std::string& path : lexicons)
    if (kd::Status s = kd::merge_lexicon_file(lexicon, path); !s.ok())
      return fail(s.error().message);
  const size_t comma = sides.find(',');
  if (comma == std::string::npos) return fail("--sides takes two sides, as A,B");
  run.compare.side_a = sides.substr(0, comma);
  run.compare.side_b = sides.substr(comma + 1);
  for (const std::string& side : {run.compare.side_a, run.compare.side_b}) {
    std::vector<std::string> known = kd::known_sides(lexicon);
    if (std::find(known.begin(), known.end(), side) != known.end()) continue;
    std::string hint = kd::closest_match(side, known);
    return fail("unknown side '" + side + "'" +
                (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
  }
  if (!outlet.empty()) run.load.outlet = outlet;

  kd::Analysis analysis = kd::run(files, lexicon, run);
  for (const kd::Diagnostic& d : analysis.diagnostics)
    std::cerr << "karabakh-diff: " << kd::to_string(d.severity) << ": " << d.path << ": "
              << d.message << "\n";
  if (!event.empty())
    if (kd::Status s = kd::select_event(analysis, event); !s.ok()) return fail(s.error().message);

  std::string text;
  if (explain) {
    text = kd::render_explain(analysis);
  } else if (format == "json") {
    text = kd::render_json(analysis);
  } else if (format == "jsonl") {
    text = kd::render_jsonl(analysis);
  } else {
    const bool tty = output.empty() && isatty(STDOUT_FILENO);
    const bool colour = color == "always" || (color == "auto" && tty && !std::getenv("NO_COLOR"));
    text = kd::render_text(analysis, {colour, width > 0 ? width : terminal_width(),
                                      run.compare.side_a, run.compare.side_b});
  }
  if (!output.empty()) {
    if (kd::Status s = kd::write_file_atomically(output, text); !s.ok())
      return fail(output + ": " + s.error().message);
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0) return 2;
  }
  return kd::exit_code(analysis);
}
