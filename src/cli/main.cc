// karabakh-diff: registers the commands, parses flags, runs the one chosen.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli.h"
#include "karabakh_diff/output.h"

namespace {

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

}  // namespace

int main(int argc, char** argv) {
  // Output to a file or pipe in 64 KiB writes (the default buffer made one
  // write call per 4 KiB: a tenth of a run's system time); a terminal keeps
  // its line buffering.
  // (glibc ignores the size without a buffer of the caller's.)
  static char out_buffer[1 << 16];
  if (!::isatty(STDOUT_FILENO)) std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  CLI::App app{"Compares governments' readouts of the same diplomatic call across news articles.",
               "karabakh-diff"};
  app.set_version_flag("--version", std::string("karabakh-diff ") + KD_VERSION);
  std::vector<kd::cli::Command> commands = {
      kd::cli::add_report_command(app), kd::cli::add_check_command(app),
      kd::cli::add_extract_command(app), kd::cli::add_compare_command(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const CLI::App* failed = &app;
    for (const CLI::App* sub : app.get_subcommands()) failed = sub;
    return kd::cli::fail(usage_error(*failed, e) + " (see 'karabakh-diff --help')");
  }
  for (const kd::cli::Command& c : commands)
    if (c.app != nullptr && c.app->parsed()) return c.run();
  return commands.front().run();
}
