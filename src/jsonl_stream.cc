// ExtractReader: extract lines from a stream, one line buffered at a time;
// and read_extract_results(), which parses them on several threads (the
// JSON parse is most of what `compare` spends).
#include <algorithm>
#include <cerrno>
#include <cstring>

#include "karabakh_diff/jsonl.h"
#include "pipeline_ordered.h"

namespace kd {

namespace {

constexpr size_t kReadAhead = size_t{1} << 16;

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

}  // namespace

ExtractReader::ExtractReader(std::FILE* in, std::string name, size_t max_line)
    : in_(in), name_(std::move(name)), max_line_(max_line) {}

std::string ExtractReader::error_at(size_t line, std::string_view reason) const {
  return name_ + ": line " + std::to_string(line) + ": " + std::string(reason);
}

Result<std::optional<std::string_view>> ExtractReader::next_line() {
  while (!done_) {
    line_.clear();
    bool eol = false;
    // fgets() cannot report NUL bytes or a line's length: read blocks and
    // find the line ends with memchr instead.
    while (!eol) {
      if (pos_ == end_) {
        buffer_.resize(kReadAhead);
        end_ = std::fread(buffer_.data(), 1, kReadAhead, in_);
        pos_ = 0;
        if (end_ == 0) break;
      }
      const char* from = buffer_.data() + pos_;
      const auto* nl = static_cast<const char*>(std::memchr(from, '\n', end_ - pos_));
      const size_t n = nl ? static_cast<size_t>(nl - from) : end_ - pos_;
      if (line_.size() + n > max_line_) {
        done_ = true;
        return Error{
            error_at(line_number_ + 1, "longer than " + std::to_string(max_line_) + " bytes")};
      }
      line_.append(from, n);
      pos_ += n + (nl ? 1 : 0);
      eol = nl != nullptr;
    }
    if (std::ferror(in_)) {
      done_ = true;
      return Error{name_ + ": " + std::strerror(errno)};
    }
    if (!eol) done_ = true;  // end of input (a last line without '\n' still counts)
    if (!eol && line_.empty()) break;
    ++line_number_;
    if (!blank(line_)) return std::optional<std::string_view>(line_);
  }
  return std::optional<std::string_view>();
}

Result<std::optional<DocumentResult>> ExtractReader::next() {
  Result<std::optional<std::string_view>> line = next_line();
  if (!line.ok()) return line.error();
  if (!line.value()) return std::optional<DocumentResult>();
  Result<DocumentResult> r = parse_extract_line(*line.value());
  if (!r.ok()) {
    done_ = true;
    return Error{error_at(line_number_, r.error().message)};
  }
  return std::optional<DocumentResult>(std::move(r.value()));
}

Status read_extract_results(ExtractReader& reader, int jobs,
                            const std::function<Status(DocumentResult&&)>& sink) {
  // Lines are read a batch at a time on this thread (memchr: cheap), then
  // parsed in parallel and handed over in order.
  const size_t batch_size = 32 * static_cast<size_t>(std::max(1, jobs));
  std::vector<std::string> lines;
  std::vector<size_t> numbers;
  std::vector<std::optional<DocumentResult>> parsed;
  for (bool more = true; more;) {
    lines.clear();
    numbers.clear();
    while (lines.size() < batch_size) {
      Result<std::optional<std::string_view>> line = reader.next_line();
      if (!line.ok()) return line.error();
      if (!line.value()) {
        more = false;
        break;
      }
      lines.emplace_back(*line.value());
      numbers.push_back(reader.line_number());
    }
    parsed.assign(lines.size(), std::nullopt);
    auto parse = [&](size_t k, std::string&) -> Status {
      Result<DocumentResult> r = parse_extract_line(lines[k]);
      if (!r.ok()) return Error{reader.error_at(numbers[k], r.error().message)};
      parsed[k] = std::move(r.value());
      return Ok{};
    };
    auto hand_over = [&](size_t k, std::string&) -> Status {
      DocumentResult r = std::move(*parsed[k]);
      parsed[k].reset();
      return sink(std::move(r));
    };
    if (Status s = pipeline::ordered_for(lines.size(), jobs, parse, hand_over); !s.ok()) return s;
  }
  return Ok{};
}

}  // namespace kd
