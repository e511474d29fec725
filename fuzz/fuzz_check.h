// Shared by the fuzz targets: invariant checks that abort (so libFuzzer
// records the input as a crash) and the structural invariants of a loaded
// Document. A sanitizer finds memory errors on its own; these find results
// that are wrong without touching bad memory, e.g. a span past the text.
#ifndef KARABAKH_DIFF_FUZZ_FUZZ_CHECK_H_
#define KARABAKH_DIFF_FUZZ_FUZZ_CHECK_H_

#include <unicode/utf8.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "karabakh_diff/document.h"

// tests/fuzz_regression_test.cc defines it as a gtest expectation first.
#ifndef KD_FUZZ_CHECK
#define KD_FUZZ_CHECK(cond)                                                             \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                     \
    }                                                                                   \
  } while (0)
#endif

namespace kd::fuzz {

// Strict UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF), as
// ICU decodes it. Fuzz inputs are capped far below 2 GiB.
inline bool valid_utf8(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

inline bool within(Span s, size_t size) { return s.start <= s.end && s.end <= size; }

// What the loader promises about a Document made from `input_size` bytes.
inline void check_document(const Document& doc, size_t input_size) {
  KD_FUZZ_CHECK(valid_utf8(doc.text));
  KD_FUZZ_CHECK(valid_utf8(doc.headline));
  const Span all{0, static_cast<uint32_t>(doc.text.size())};
  KD_FUZZ_CHECK(doc.offsets.to_original(all).end <= input_size);
  uint32_t last_end = 0;
  for (const Span& p : doc.paragraphs) {
    KD_FUZZ_CHECK(within(p, doc.text.size()));
    KD_FUZZ_CHECK(p.start >= last_end);  // in text order, not overlapping
    last_end = p.end;
  }
  uint32_t last_start = 0;
  for (const Sentence& s : doc.sentences) {
    KD_FUZZ_CHECK(within(s.span, doc.text.size()));
    KD_FUZZ_CHECK(s.span.start >= last_start);
    KD_FUZZ_CHECK(s.paragraph < doc.paragraphs.size());
    last_start = s.span.start;
  }
  for (const DroppedLine& d : doc.dropped) KD_FUZZ_CHECK(within(d.span, doc.text.size()));
}

}  // namespace kd::fuzz

#endif  // KARABAKH_DIFF_FUZZ_FUZZ_CHECK_H_
