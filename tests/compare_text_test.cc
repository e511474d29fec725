// Tokens, stems and the phrase matcher of the comparer.
#include "compare_text.h"

#include <gtest/gtest.h>

namespace kd::cmp {
namespace {

std::vector<std::string> folded(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.folded);
  return out;
}

TEST(CompareTextTest, TokensFoldSplitHyphensAndMarkPossessivesAndClauses) {
  const std::vector<Token> t = tokenize("Çavuşoğlu's cease-fire, the countries' talks - now");
  EXPECT_EQ(folded(t), (std::vector<std::string>{"cavusoglu", "cease", "fire", "the", "countries",
                                                 "talks", "now"}));
  EXPECT_TRUE(t[0].possessive);
  EXPECT_FALSE(t[1].possessive);
  EXPECT_TRUE(t[4].possessive);
  EXPECT_TRUE(t[3].clause_start);   // after the comma
  EXPECT_FALSE(t[2].clause_start);  // inside "cease-fire"
  EXPECT_TRUE(t[6].clause_start);   // after a spaced dash
  EXPECT_EQ(t[0].span.start, 0u);
}

TEST(CompareTextTest, SpansCarryTheBaseOffset) {
  const std::vector<Token> t = tokenize("ab cd", 100);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].span.start, 103u);
  EXPECT_EQ(t[1].span.end, 105u);
  TokenRange r;
  ASSERT_TRUE(tokens_in(t, {101, 104}, r));
  EXPECT_EQ(r.first, 0u);
  EXPECT_EQ(r.last, 1u);
  EXPECT_FALSE(tokens_in(t, {200, 210}, r));
}

TEST(CompareTextTest, LightStemMatchesInflections) {
  EXPECT_EQ(light_stem("meetings"), light_stem("meeting"));
  EXPECT_EQ(light_stem("meeting"), light_stem("meet"));
  EXPECT_EQ(light_stem("phoned"), light_stem("phone"));
  EXPECT_EQ(light_stem("agreed"), light_stem("agree"));
  EXPECT_EQ(light_stem("ministries"), light_stem("ministry"));
  EXPECT_NE(light_stem("minister"), light_stem("ministry"));
  EXPECT_EQ(light_stem("talks"), "talk");
}

TEST(CompareTextTest, PhrasesMatchByStemPrefixAndGap) {
  PhraseMatcher m;
  const int call = m.add("telephone conversation");
  const int views = m.add("exchanged views ... over the phone");
  const int withdraw = m.add("withdr*");
  const std::vector<PhraseMatcher::Match> found = m.find(
      tokenize("They held telephone conversations and exchanged views about trade over the phone; "
               "troops withdrew."));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].id, call);
  EXPECT_EQ(found[1].id, views);
  EXPECT_EQ(found[1].range.last - found[1].range.first, 6u);
  EXPECT_EQ(found[2].id, withdraw);
}

TEST(CompareTextTest, TopicStyleMatchingSkipsStopwordsAndOneWord) {
  PhraseMatcher::Options o;
  o.skip_stopwords = true;
  o.max_gap = 1;
  PhraseMatcher m(o);
  m.add("halt* hostilit*");
  EXPECT_EQ(m.find(tokenize("an immediate halt to the ongoing hostilities")).size(), 1u);
  EXPECT_EQ(m.find(tokenize("a halt to the long bloody hostilities")).size(), 0u);  // two words
  EXPECT_EQ(m.find(tokenize("a halt, then hostilities")).size(), 0u);  // across a clause
}

TEST(CompareTextTest, ExactMatcherDoesNotSkipWords) {
  PhraseMatcher m;
  m.add("the call");
  EXPECT_EQ(m.find(tokenize("after the call")).size(), 1u);
  EXPECT_EQ(m.find(tokenize("after the phone call")).size(), 0u);
  EXPECT_EQ(m.find(tokenize("Russia called for calm")).size(), 0u);
}

TEST(CompareTextTest, ContentKeysIgnoreStopwordsAndNumbers) {
  EXPECT_EQ(content_keys("The coordination of the 2 sides, coordinated"),
            (std::vector<std::string>{"coord", "sides"}));
}

}  // namespace
}  // namespace kd::cmp
