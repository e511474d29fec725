#include "cli.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>

#include "karabakh_diff/output.h"

namespace kd::cli {

namespace {

// `s` with control characters escaped (\n, \r, \t, \xHH): a file name or
// a message read from `extract` output may contain a newline, and a
// diagnostic must stay one line (and must not drive the terminal).
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) {
      out += c;
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
    } else {
      static const char kHex[] = "0123456789abcdef";
      out += {'\\', 'x', kHex[u >> 4], kHex[u & 0xF]};
    }
  }
  return out;
}

}  // namespace

int fail(const std::string& message) {
  std::cerr << "karabakh-diff: error: " << one_line(message) << "\n";
  return 2;
}

Status parse_sides(const std::string& sides, const Lexicon& lexicon, CompareOptions& options) {
  if (sides.empty()) return Ok{};
  const size_t comma = sides.find(',');
  if (comma == std::string::npos) return Error{"--sides takes two sides, as A,B"};
  options.side_a = sides.substr(0, comma);
  options.side_b = sides.substr(comma + 1);
  const std::vector<std::string> known = known_sides(lexicon);
  for (const std::string& side : {options.side_a, options.side_b}) {
    if (std::find(known.begin(), known.end(), side) != known.end()) continue;
    const std::string hint = closest_match(side, known);
    return Error{"unknown side '" + side + "'" +
                 (hint.empty() ? "" : " (did you mean '" + hint + "'?)")};
  }
  return Ok{};
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    std::cerr << "karabakh-diff: " << to_string(d.severity) << ": " << one_line(d.path) << ": "
              << one_line(d.message) << "\n";
}

namespace {

// Exit status when the reader of our output went away (`| head -1`): what a
// shell reports for a death by SIGPIPE, so it is the same whichever way the
// process learns of it.
constexpr int kBrokenPipe = 128 + SIGPIPE;

// Writes all of `text` to `fd`; returns 0 or the errno of the failure.
int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n < 0 ? errno : ENOSPC;
    text.remove_prefix(static_cast<size_t>(n));
  }
  return 0;
}

int cannot_write(const std::string& what, int err) {
  return fail(what + ": cannot write: " + std::strerror(err));
}

// Whether -o must write to `path` in place rather than replace it: a
// device or FIFO (-o /dev/full, a named pipe), or a name for a descriptor
// (-o /dev/stdout). Replacing would rename a regular file over the device
// node or the /dev symlink, which root is allowed to do.
bool write_in_place(const std::string& path) {
  for (const char* fd_name : {"/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/"})
    if (path.rfind(fd_name, 0) == 0) return true;
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

}  // namespace

int write_output(const std::string& output, const std::string& text) {
  if (!output.empty()) {
    if (write_in_place(output)) {
      // O_APPEND: /dev/stdout may be a file the shell opened with >>.
      const int fd = ::open(output.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
      if (fd < 0) return cannot_write(output, errno);
      int err = write_all(fd, text);
      if (::close(fd) != 0 && err == 0) err = errno;
      if (err == EPIPE) return kBrokenPipe;
      return err == 0 ? 0 : cannot_write(output, err);
    }
    if (Status s = write_file_atomically(output, text); !s.ok())
      return fail(output + ": " + s.error().message);
    return 0;
  }
  // stdout is written unbuffered in one go so that the failure, if any, is
  // seen here with its errno. A closed pipe is not our error: with SIGPIPE
  // at its default the process just ends quietly (no message, no core
  // dump, like cat or grep); with SIGPIPE ignored by the parent, EPIPE ends
  // it just as quietly. Anything else (a full disk, a closed descriptor) is
  // a one-line error and exit 2.
  std::fflush(stdout);
  const int err = write_all(STDOUT_FILENO, text);
  if (err == EPIPE) return kBrokenPipe;
  return err == 0 ? 0 : cannot_write("standard output", err);
}

int write_streamed(const std::string& output, const std::function<Status(ByteSink&)>& render) {
  if (!output.empty() && !write_in_place(output)) {
    AtomicFile file;
    if (Status s = file.open(output); !s.ok()) return fail(output + ": " + s.error().message);
    if (Status s = render(file.sink()); !s.ok()) return fail(s.error().message);
    if (Status s = file.commit(); !s.ok()) return fail(output + ": " + s.error().message);
    return 0;
  }
  int fd = STDOUT_FILENO;
  if (!output.empty()) {
    fd = ::open(output.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) return cannot_write(output, errno);
  }
  std::fflush(stdout);
  FdSink sink(fd);
  const Status rendered = render(sink);
  int err = sink.flush();
  if (fd != STDOUT_FILENO && ::close(fd) != 0 && err == 0) err = errno;
  if (err == EPIPE) return kBrokenPipe;
  if (err != 0) return cannot_write(output.empty() ? "standard output" : output, err);
  return rendered.ok() ? 0 : fail(rendered.error().message);
}

Status write_format(const AnalysisSource& source, const std::string& format,
                    const TextOptions& text, ByteSink& out) {
  if (format == "json") return write_json(source, out);
  if (format == "jsonl") return write_jsonl(source, out);
  if (format == "csv") return write_csv(source, out);
  return write_text(source, text, out);
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
