// The body of the jsonl fuzz target: what `karabakh-diff compare` does with
// the JSON lines of `extract` (include/karabakh_diff/jsonl.h), which may
// come from another version, another machine or a truncated file. Any bytes:
// a one-line "line N: reason", or results that survive a round trip, agree
// with the streaming reader, and go through the cross-document half and the
// renderers without a crash.
#ifndef KARABAKH_DIFF_FUZZ_FUZZ_JSONL_H_
#define KARABAKH_DIFF_FUZZ_FUZZ_JSONL_H_

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "karabakh_diff/jsonl.h"
#include "karabakh_diff/pipeline.h"
#include "karabakh_diff/render.h"

namespace kd::fuzz {

// The streaming reader on the same bytes: the number of results, or its error.
inline Result<size_t> stream_count(std::string_view input) {
  std::string copy(input);  // fmemopen wants a mutable buffer, even for "r"
  if (copy.empty()) return size_t{0};
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(fmemopen(copy.data(), copy.size(), "r"),
                                                     std::fclose);
  if (!in) return size_t{0};
  ExtractReader reader(in.get(), "fuzz");
  size_t n = 0;
  for (;;) {
    Result<std::optional<DocumentResult>> r = reader.next();
    if (!r.ok()) return r.error();
    if (!r.value()) return n;
    ++n;
  }
}

inline int fuzz_jsonl(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = default_lexicon();
  static const Comparer comparer(lexicon);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Result<std::vector<DocumentResult>> read = read_extract_jsonl(input);
  Result<size_t> streamed = stream_count(input);
  if (!read.ok()) {
    const std::string& reason = read.error().message;
    KD_FUZZ_CHECK(reason.rfind("line ", 0) == 0 && reason.find('\n') == std::string::npos);
    KD_FUZZ_CHECK(!streamed.ok() && streamed.error().message == "fuzz: " + reason);
    return 0;
  }
  KD_FUZZ_CHECK(streamed.ok() && streamed.value() == read.value().size());

  // What was read writes back to a line that reads back the same.
  for (const DocumentResult& r : read.value()) {
    const std::string line = extract_line(r);
    KD_FUZZ_CHECK(!line.empty() && line.back() == '\n' && line.find('\n') == line.size() - 1);
    Result<DocumentResult> again = parse_extract_line(line);
    KD_FUZZ_CHECK(again.ok());
    if (again.ok()) KD_FUZZ_CHECK(extract_line(again.value()) == line);
  }

  // The cross-document half. Results whose evidence no longer holds are
  // processed again from their source, or from their path: keep that small.
  RunOptions options;
  options.jobs = 1;
  options.load = fuzz_load_options();
  Analysis analysis = finish_run(std::move(read.value()), lexicon, comparer, options);
  KD_FUZZ_CHECK(!nlohmann::json::parse(render_json(analysis), nullptr, false).is_discarded());
  render_text(analysis, {false, 60});
  return 0;
}

}  // namespace kd::fuzz

#endif  // KARABAKH_DIFF_FUZZ_FUZZ_JSONL_H_
