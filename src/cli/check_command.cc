// PLACEHOLDER — replaced by the implementation of the 'check' command.
#include "cli.h"

namespace kd::cli {

Command add_check_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("check", "(not yet available)");
  return {sub, [] { return fail("'check' is not available yet"); }};
}

}  // namespace kd::cli
