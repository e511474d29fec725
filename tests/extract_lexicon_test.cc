// The extractor with a user lexicon (--lexicon FILE): what the lexicon says of
// a verb's syntax, and of the words after "without", is what the extractor does.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract_test_util.h"

namespace kd {
namespace {

using testing::describe;

// The statements of `body` with the default lexicon and `extra` merged. The
// lexicon lives for this call only: the next one may take its address, as
// an Extractor's indexes are its own (no cache keyed by the address).
std::vector<Statement> extract_with(const std::string& extra, const std::string& body) {
  auto owned = std::make_unique<Lexicon>(default_lexicon());
  Lexicon& lexicon = *owned;
  const Status merged = merge_lexicon_json(lexicon, extra, "user.json");
  EXPECT_TRUE(merged.ok()) << (merged.ok() ? "" : merged.error().message);
  Result<Document> doc = load_bytes("dir/test_article.txt",
                                    "Talks between the capitals\n\n" + body + "\n", {}, lexicon);
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  return extract(doc.value(), lexicon);
}

// "opine" is in no default entry: its syntax is the user entry's.
TEST(ExtractLexiconTest, UserVerbSyntaxDecidesItsComplement) {
  struct Case {
    const char* syntax;  // the entry's "syntax" member, "" for none
    const char* body;
    const char* claim;  // of the one statement, "" for no statement
  } cases[] = {
      // A bare clause only for a verb that takes one.
      {R"(, "syntax": ["clause"])", "Sergey Lavrov opined the talks were useful.",
       "the talks were useful"},
      {"", "Sergey Lavrov opined the talks were useful.", ""},
      {R"(, "syntax": ["object"])", "Sergey Lavrov opined the talks were useful.",
       "the talks were useful"},
      // "that" frames whatever the syntax; "that-only" frames nothing else.
      {"", "Sergey Lavrov opined that the talks were useful.", "the talks were useful"},
      {R"(, "syntax": ["that-only"])", "Sergey Lavrov opined that the talks were useful.",
       "the talks were useful"},
      {R"(, "syntax": ["clause", "that-only"])", "Sergey Lavrov opined the talks were useful.", ""},
  };
  for (const Case& c : cases) {
    const std::string extra =
        std::string(R"({"cues": [{"phrase": "opine", "forms": ["opines", "opined"],
                      "class": "report")") +
        c.syntax + "}]}";
    const std::vector<Statement> sts = extract_with(extra, c.body);
    if (!*c.claim) {
      EXPECT_TRUE(sts.empty()) << c.syntax << " " << c.body << "\n" << describe(sts);
      continue;
    }
    ASSERT_EQ(sts.size(), 1u) << c.syntax << " " << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, "Sergei Lavrov") << c.syntax;
    EXPECT_EQ(sts[0].cue, "opined") << c.syntax;
    EXPECT_EQ(sts[0].claim, c.claim) << c.syntax << " " << c.body;
  }
}

// A word added to "unconditional_without" lifts the condition "without" sets.
TEST(ExtractLexiconTest, UnconditionalWithoutWordsComeFromTheLexicon) {
  const std::string body = "Sergey Lavrov said Moscow would sign without hesitation.";
  for (const bool listed : {false, true}) {
    const std::vector<Statement> sts =
        extract_with(listed ? R"({"unconditional_without": ["Hesitation"]})" : "{}", body);
    ASSERT_EQ(sts.size(), 1u) << describe(sts);
    EXPECT_EQ(sts[0].claim, "Moscow would sign without hesitation");
    EXPECT_EQ(sts[0].conditional, !listed);
  }
}

}  // namespace
}  // namespace kd
