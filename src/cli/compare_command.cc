// PLACEHOLDER — replaced by the implementation of the 'compare' command.
#include "cli.h"

namespace kd::cli {

Command add_compare_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("compare", "(not yet available)");
  return {sub, [] { return fail("'compare' is not available yet"); }};
}

}  // namespace kd::cli
