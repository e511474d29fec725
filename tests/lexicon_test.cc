#include "karabakh_diff/lexicon.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "fold.h"

#include "lexicon_embedded.h"

namespace kd {
namespace {

TEST(LexiconTest, EmbeddedFilesAllParse) {
  Lexicon lex;
  Status s = load_embedded_lexicon(lex);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  EXPECT_GT(kEmbeddedLexiconCount, 0u);
}

// A side word listed for two sides would point at whichever is listed
// first; folded, no word may appear twice.
TEST(LexiconTest, NoSideWordIsListedTwice) {
  const Lexicon& lex = default_lexicon();
  std::map<std::string, std::string> seen;
  for (const SideWords& sw : lex.sides)
    for (const std::string& w : sw.words) {
      const auto [it, added] = seen.emplace(fold(w), sw.side);
      EXPECT_TRUE(added) << w << ": " << it->second << " and " << sw.side;
    }
  EXPECT_GT(seen.size(), 700u);
}

// Every UN member's side is there, among them the ones of the brief's calls.
TEST(LexiconTest, SidesOfManyGovernments) {
  const Lexicon& lex = default_lexicon();
  std::map<std::string, int> sides;
  for (const SideWords& sw : lex.sides) ++sides[sw.side];
  for (const char* side :
       {"Jerusalem",     "Ramallah", "Cairo",    "Riyadh",    "Doha",        "Amman",
        "Beirut",        "Damascus", "Baghdad",  "Islamabad", "Kabul",       "Seoul",
        "Pyongyang",     "Taipei",   "Rome",     "Madrid",    "The Hague",   "Athens",
        "Nicosia",       "Tbilisi",  "Astana",   "Tashkent",  "Bishkek",     "Dushanbe",
        "Ashgabat",      "Minsk",    "Budapest", "Belgrade",  "Brasilia",    "Mexico City",
        "Ottawa",        "Canberra", "Pretoria", "Abuja",     "Addis Ababa", "NATO",
        "United Nations"})
    EXPECT_EQ(sides.count(side), 1u) << side;
  EXPECT_GT(sides.size(), 200u);
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
