#include "karabakh_diff/lexicon.h"

#include <gtest/gtest.h>

#include "lexicon_embedded.h"

namespace kd {
namespace {

TEST(LexiconTest, EmbeddedFilesAllParse) {
  Lexicon lex;
  Status s = load_embedded_lexicon(lex);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  EXPECT_GT(kEmbeddedLexiconCount, 0u);
}

TEST(LexiconTest, MergeAppendsEntriesAndSideWords) {
  Lexicon lex;
  ASSERT_TRUE(
      merge_lexicon_json(lex, R"({"sides":[{"side":"Paris","words":["France"]}]})", "a").ok());
  ASSERT_TRUE(merge_lexicon_json(lex, R"({
      "sides":[{"side":"Paris","words":["French"]}],
      "entities":[{"name":"Emmanuel Macron","aliases":["Macron"],"side":"Paris","role":"president"}],
      "cues":[{"phrase":"deny","forms":["denied"],"class":"denial","polarity":-1}]})",
                                 "b")
                  .ok());
  ASSERT_EQ(lex.sides.size(), 1u);
  EXPECT_EQ(lex.sides[0].words, (std::vector<std::string>{"France", "French"}));
  ASSERT_EQ(lex.entities.size(), 1u);
  EXPECT_EQ(lex.entities[0].kind, SpeakerKind::kPerson);
  ASSERT_EQ(lex.cues.size(), 1u);
  EXPECT_EQ(lex.cues[0].cls, CueClass::kDenial);
  EXPECT_EQ(lex.cues[0].polarity, -1);
}

TEST(LexiconTest, ErrorsNameTheOriginAndLeaveTheLexiconUnchanged) {
  struct Case {
    const char* json;
    const char* message;
  } cases[] = {
      {"{", "extra.json: not valid JSON"},
      {"[]", "extra.json: top level must be an object"},
      {R"({"entities":[{"aliases":[]}]})", "extra.json: missing \"name\""},
      {R"({"entities":[{"name":"X","kind":"robot"}]})",
       "extra.json: unknown entity kind \"robot\""},
      {R"({"cues":[{"phrase":"say","class":"shout"}]})", "extra.json: unknown cue class \"shout\""},
      {R"({"topics":{}})", "extra.json: \"topics\" must be an array"},
  };
  for (const Case& c : cases) {
    Lexicon lex;
    lex.boilerplate.push_back("show more");
    Status s = merge_lexicon_json(lex, c.json, "extra.json");
    ASSERT_FALSE(s.ok()) << c.json;
    EXPECT_EQ(s.error().message, c.message);
    EXPECT_EQ(lex.boilerplate.size(), 1u);
  }
}

TEST(LexiconTest, MissingFileIsAnError) {
  Lexicon lex;
  Status s = merge_lexicon_file(lex, "/nonexistent/lexicon.json");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message, "/nonexistent/lexicon.json: cannot read lexicon file");
}

}  // namespace
}  // namespace kd
