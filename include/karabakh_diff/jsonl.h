// The interchange format of `karabakh-diff extract --format jsonl` and
// `karabakh-diff compare`: one JSON object per line, one line per input.
//
//   {"schema":"karabakh-diff-extract/1","type":"document","path":...,
//    "outlet":...,"published":...,"headline":...,"encoding":...,
//    "diagnostics":[...],"statements":[...],"evidence":{...},"source":...}
//   {"schema":"karabakh-diff-extract/1","type":"error","path":...,"message":...}
//
// "source" (base64 of the original bytes) is present only when the evidence
// relies on facts of the whole run and may have to be recomputed. Lines from
// any number of extract runs can be concatenated; blank lines are skipped.
// Reading never trusts its input: every index is range-checked, so a
// malformed line is an error with its line number, never a crash.
#ifndef KARABAKH_DIFF_JSONL_H_
#define KARABAKH_DIFF_JSONL_H_

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/pipeline.h"
#include "karabakh_diff/status.h"

namespace kd {

// Schema identifier of the extract lines.
inline constexpr const char* kExtractSchema = "karabakh-diff-extract/1";

// One line (ending in '\n') for `result`. Strings are written as valid UTF-8
// (invalid bytes become U+FFFD).
std::string extract_line(const DocumentResult& result);

// Parses one line (with or without its '\n'). Fails with a one-line reason
// ("not JSON", "statements[3].span: end before start", ...) when the line is
// not a well-formed extract line of this schema.
Result<DocumentResult> parse_extract_line(std::string_view line);

// Every non-blank line of `text`, in order. Fails on the first bad line
// with "line N: reason" (N counts from 1).
Result<std::vector<DocumentResult>> read_extract_jsonl(std::string_view text);

// Reads extract lines from a stream one at a time (for `compare -`), so
// that only the current line is buffered. Lines longer than `max_line`
// bytes are an error, not an allocation of that size.
class ExtractReader {
 public:
  // `in` must outlive the reader; it is not closed. `name` prefixes errors.
  ExtractReader(std::FILE* in, std::string name, size_t max_line = size_t{1} << 30);

  // The next result; nullopt at the end of input. Errors read
  // "NAME: line N: reason"; after an error the reader stays at the end.
  Result<std::optional<DocumentResult>> next();

  // The next non-blank line, unparsed and without its '\n', valid until the
  // next call; nullopt at the end of input. Errors as next().
  Result<std::optional<std::string_view>> next_line();
  // The number of the line next_line() returned last (from 1).
  size_t line_number() const { return line_number_; }
  // "NAME: line N: reason" for line number `line`.
  std::string error_at(size_t line, std::string_view reason) const;

 private:
  std::FILE* in_;
  std::string name_;
  size_t max_line_;
  size_t line_number_ = 0;
  bool done_ = false;
  std::string line_;
  std::string buffer_;  // read ahead from in_: bytes [pos_, end_) not yet used
  size_t pos_ = 0, end_ = 0;
};

// Every result of `reader`, parsed on up to `jobs` threads and handed to
// `sink` in input order on the calling thread. Fails as
// ExtractReader::next() does, or with the first failure of `sink`.
Status read_extract_results(ExtractReader& reader, int jobs,
                            const std::function<Status(DocumentResult&&)>& sink);

}  // namespace kd

#endif  // KARABAKH_DIFF_JSONL_H_
