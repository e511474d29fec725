// PLACEHOLDER — replaced by the implementation of the 'extract' command.
#include "cli.h"

namespace kd::cli {

Command add_extract_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("extract", "(not yet available)");
  return {sub, [] { return fail("'extract' is not available yet"); }};
}

}  // namespace kd::cli
