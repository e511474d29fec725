// Helpers for the extractor tests: run loader + extractor on text written
// for the test.
#ifndef KARABAKH_DIFF_TESTS_EXTRACT_TEST_UTIL_H_
#define KARABAKH_DIFF_TESTS_EXTRACT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "karabakh_diff/extractor.h"
#include "karabakh_diff/loader.h"

namespace kd::testing {

// `body` becomes the article body under a headline (and a byline with
// `dateline` when given); paragraphs are separated by blank lines.
inline std::vector<Statement> extract_text(const std::string& body,
                                           const std::string& dateline = "",
                                           std::optional<int> corpus_year = std::nullopt) {
  std::string text = "Talks between the capitals\n\n";
  if (!dateline.empty()) text += "By Test Wire | " + dateline + "\n\n";
  text += body + "\n";
  Result<Document> doc = load_bytes("dir/test_article.txt", text, {}, default_lexicon());
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  static const Extractor extractor(default_lexicon());  // its indexes, built once
  return extractor.extract(doc.value(), ExtractContext{corpus_year});
}

inline std::string describe(const std::vector<Statement>& sts) {
  std::string out;
  for (const Statement& s : sts)
    out += "  [" + s.rule + "] " + s.speaker.name + " (" + s.account +
           ") via=" + s.via.value_or("-") + " cue=" + s.cue + ": " + s.claim + "\n";
  return out;
}

// A statement as speaker and claim, for tables of expected statements.
struct Said {
  std::string speaker;
  std::string claim;
  bool operator==(const Said& o) const { return speaker == o.speaker && claim == o.claim; }
};

inline std::ostream& operator<<(std::ostream& os, const Said& s) {
  return os << "{" << s.speaker << ": " << s.claim << "}";
}

inline std::vector<Said> said(const std::vector<Statement>& sts) {
  std::vector<Said> out;
  for (const Statement& st : sts) out.push_back({st.speaker.name, st.claim});
  return out;
}

}  // namespace kd::testing

#endif  // KARABAKH_DIFF_TESTS_EXTRACT_TEST_UTIL_H_
