// Stage 1: bytes of a scraped article in, a normalized Document out.
#ifndef KARABAKH_DIFF_LOADER_H_
#define KARABAKH_DIFF_LOADER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "karabakh_diff/document.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/status.h"

namespace kd {

struct LoadOptions {
  uint64_t max_file_size = 64ull << 20;  // larger inputs are rejected
  // A longer line (bytes between line breaks) rejects the input: no article
  // has a 1 MiB paragraph, and one would cost the extractor seconds per MB.
  // 0: no limit.
  uint64_t max_line_length = 1ull << 20;
  std::optional<std::string> outlet;  // used when the article names none
};

// Decodes and normalizes `bytes` (see Document::text), finds headline, byline
// outlet, dateline, paragraphs and sentences, drops boilerplate lines.
// `path` is only recorded. Fails (one-line reason, e.g. "empty file",
// "binary file (NUL bytes)", "file too large (N bytes, limit M bytes)",
// "line L too long (N bytes, limit M bytes)") when the input cannot be an article; repairs (invalid
// UTF-8 replaced) are warnings in Document::diagnostics instead. The lexicon must outlive the call
// only.
Result<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions& options,
                            const Lexicon& lexicon);

// The bytes of `path` ("-" = standard input), with load_file's checks and
// reasons (size limit, "no such file", ...); no sidecar, no decoding.
Result<std::string> read_input(const std::string& path, const LoadOptions& options);

// Reads `path` ("-" = standard input) and calls load_bytes. Also reads the
// sidecar NAME.meta.json (outlet, url, published) next to NAME.txt when
// present. Fails with reasons like "no such file", "is a directory",
// "permission denied". When `bytes_read` is not null it receives the bytes
// read (when they could be read), so a caller that keeps them for later
// need not read the file again.
Result<Document> load_file(const std::string& path, const LoadOptions& options,
                           const Lexicon& lexicon, std::string* bytes_read = nullptr);

}  // namespace kd

#endif  // KARABAKH_DIFF_LOADER_H_
