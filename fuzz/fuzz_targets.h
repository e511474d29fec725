// The bodies of the fuzz targets, one function per target, so that
// tests/fuzz_regression_test.cc replays fuzz/regressions/TARGET/* through
// exactly the code and checks the fuzzer ran (fuzz/TARGET_fuzzer.cc only
// forwards LLVMFuzzerTestOneInput here).
#ifndef KARABAKH_DIFF_FUZZ_FUZZ_TARGETS_H_
#define KARABAKH_DIFF_FUZZ_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "karabakh_diff/extractor.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"

namespace kd::fuzz {

// Inputs are capped so that one execution stays fast; big inputs are the
// business of tests/badcontent_test.cc.
inline LoadOptions fuzz_load_options() {
  LoadOptions options;
  options.max_file_size = 1 << 20;
  return options;
}

// Raw bytes of a "file" -> load_bytes. Any bytes at all: a one-line reason,
// or a Document that keeps its promises (see check_document).
inline int fuzz_loader(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = default_lexicon();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<Document> doc = load_bytes("fuzz.txt", bytes, fuzz_load_options(), lexicon);
  if (!doc.ok()) {
    const std::string& reason = doc.error().message;
    KD_FUZZ_CHECK(!reason.empty() && reason.find('\n') == std::string::npos);
    return 0;
  }
  check_document(doc.value(), size);
  for (const Diagnostic& d : doc.value().diagnostics)
    KD_FUZZ_CHECK(!d.message.empty() && d.message.find('\n') == std::string::npos);
  return 0;
}

// UTF-8 text -> load_bytes + extract. Other bytes are rejected (-1: not
// added to the corpus) so that the fuzzer spends its time on quote marks,
// verbs and names rather than on charset detection (fuzz_loader's job).
inline int fuzz_extractor(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = default_lexicon();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!valid_utf8(text)) return -1;
  Result<Document> loaded = load_bytes("fuzz.txt", text, fuzz_load_options(), lexicon);
  if (!loaded.ok()) return 0;
  const Document& doc = loaded.value();
  ExtractContext context;  // the corpus year only matters for dates without one
  if (size % 2 == 0) context.corpus_year = 2020;
  static const Extractor extractor(lexicon);
  for (const Statement& s : extractor.extract(doc, context)) {
    KD_FUZZ_CHECK(within(s.text_span, doc.text.size()));
    KD_FUZZ_CHECK(within(s.span, size));
    // Indexes into the loader's split; when it found no body (a headline
    // only), extract() scans a fallback split and they refer to that.
    if (!doc.sentences.empty()) KD_FUZZ_CHECK(s.sentence < doc.sentences.size());
    if (!doc.paragraphs.empty()) KD_FUZZ_CHECK(s.paragraph < doc.paragraphs.size());
    KD_FUZZ_CHECK(valid_utf8(s.claim) && valid_utf8(s.speaker.name));
    KD_FUZZ_CHECK(!s.id.empty());
  }
  return 0;
}

}  // namespace kd::fuzz

#endif  // KARABAKH_DIFF_FUZZ_FUZZ_TARGETS_H_
