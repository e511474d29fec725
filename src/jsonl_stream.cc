// ExtractReader: extract lines from a stream, one line buffered at a time.
#include <cerrno>
#include <cstring>

#include "karabakh_diff/jsonl.h"

namespace kd {

ExtractReader::ExtractReader(std::FILE* in, std::string name, size_t max_line)
    : in_(in), name_(std::move(name)), max_line_(max_line) {}

Result<std::optional<DocumentResult>> ExtractReader::next() {
  while (!done_) {
    line_.clear();
    bool eol = false;
    char buf[1 << 16];
    // fgets() cannot report NUL bytes or a line's length: read by bytes
    // through getc_unlocked's buffer instead, in chunks.
    while (!eol) {
      size_t n = 0;
      int c = 0;
      while (n < sizeof buf && (c = getc_unlocked(in_)) != EOF) {
        if (c == '\n') {
          eol = true;
          break;
        }
        buf[n++] = static_cast<char>(c);
      }
      if (line_.size() + n > max_line_) {
        done_ = true;
        return Error{name_ + ": line " + std::to_string(line_number_ + 1) + ": longer than " +
                     std::to_string(max_line_) + " bytes"};
      }
      line_.append(buf, n);
      if (c == EOF) break;
    }
    if (std::ferror(in_)) {
      done_ = true;
      return Error{name_ + ": " + std::strerror(errno)};
    }
    if (!eol) done_ = true;  // end of input (a last line without '\n' still counts)
    if (!eol && line_.empty()) break;
    ++line_number_;
    if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<DocumentResult> r = parse_extract_line(line_);
    if (!r.ok()) {
      done_ = true;
      return Error{name_ + ": line " + std::to_string(line_number_) + ": " + r.error().message};
    }
    return std::optional<DocumentResult>(std::move(r.value()));
  }
  return std::optional<DocumentResult>();
}

}  // namespace kd
