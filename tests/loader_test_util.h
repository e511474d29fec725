// Shared checks for the loader tests (test-only, private).
#ifndef KARABAKH_DIFF_TESTS_LOADER_TEST_UTIL_H_
#define KARABAKH_DIFF_TESTS_LOADER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "karabakh_diff/document.h"
#include "loader_normalize.h"

namespace kd {

// The OffsetMap contract: the original bytes behind every sentence,
// paragraph and dropped line, decoded and normalized on their own, are
// exactly that piece of Document::text.
inline void ExpectOffsetsRoundTrip(const Document& doc, std::string_view original) {
  auto check = [&](Span span, const char* what) {
    const Span o = doc.offsets.to_original(span);
    ASSERT_LE(o.start, o.end) << what;
    ASSERT_LE(o.end, original.size()) << what;
    EXPECT_EQ(normalize_bytes(original.substr(o.start, o.size()), doc.encoding), doc.slice(span))
        << what << " at text [" << span.start << ", " << span.end << ") -> original [" << o.start
        << ", " << o.end << ")";
  };
  for (const Sentence& s : doc.sentences) check(s.span, "sentence");
  for (const Span& p : doc.paragraphs) check(p, "paragraph");
  for (const DroppedLine& d : doc.dropped) check(d.span, "dropped line");
  EXPECT_EQ(doc.offsets.to_original(static_cast<uint32_t>(doc.text.size())), original.size());
}

// Every sentence text, in order.
inline std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

}  // namespace kd

#endif  // KARABAKH_DIFF_TESTS_LOADER_TEST_UTIL_H_
