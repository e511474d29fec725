#include "cli.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "karabakh_diff/output.h"

namespace kd::cli {

int fail(const std::string& message) {
  std::cerr << "karabakh-diff: error: " << message << "\n";
  return 2;
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    std::cerr << "karabakh-diff: " << to_string(d.severity) << ": " << d.path << ": " << d.message
              << "\n";
}

int write_output(const std::string& output, const std::string& text) {
  if (!output.empty()) {
    if (Status s = write_file_atomically(output, text); !s.ok())
      return fail(output + ": " + s.error().message);
    return 0;
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}

Result<Lexicon> load_lexicon(const std::vector<std::string>& extra_files) {
  Lexicon lexicon = default_lexicon();
  for (const std::string& path : extra_files)
    if (Status s = merge_lexicon_file(lexicon, path); !s.ok()) return s.error();
  return lexicon;
}

int terminal_width() {
  if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 0) return std::atoi(c);
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace kd::cli
