// The comparer's phrase matcher: first words by stem and prefix, gaps,
// stopwords, and the per-sentence back-references built on it.
#include <gtest/gtest.h>

#include "compare_model.h"
#include "compare_test_util.h"
#include "compare_text.h"
#include "karabakh_diff/lexicon.h"

namespace kd::cmp {
namespace {

TEST(ComparePhrasesTest, PhrasesMatchByStemPrefixAndGap) {
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

TEST(ComparePhrasesTest, MatchesAtATokenComeStemsFirstThenPrefixesShortestFirst) {
  PhraseMatcher m;
  m.add("agree*");                // 0
  m.add("ag*");                   // 1
  m.add("agreement");             // 2
  m.add("agreements ... truce");  // 3
  m.add("agreem*");               // 4
  m.add("ba*");                   // 5
  struct Row {
    const char* text;
    std::vector<int> ids;  // matches starting at the first token, in order
  };
  const Row rows[] = {
      {"agreements on a truce", {2, 3, 1, 0, 4}},
      {"agreement", {2, 1, 0, 4}},
      {"agree", {1, 0}},
      {"ag", {1}},
      {"a", {}},
      {"bag", {5}},
      {"truce", {}},
  };
  for (const Row& r : rows) EXPECT_EQ(testing::ids_at_start(m, r.text), r.ids) << r.text;
}

TEST(ComparePhrasesTest, MatchesWithinASliceAreThoseOfTheSliceAlone) {
  for (const bool topic_style : {false, true}) {
    PhraseMatcher::Options o;
    o.skip_stopwords = topic_style;
    o.max_gap = topic_style ? 1 : 0;
    PhraseMatcher m(o);
    m.add("the talks");
    m.add("talks with");
    m.add("held ... talks");
    m.add("cease* fire");
    m.add("ministers");
    const std::string text =
        "The ministers held talks with Baku, the talks on a cease-fire, and ministers' talks with";
    const std::vector<Token> tokens = tokenize(text);
    const std::vector<PhraseMatcher::Match> all = m.find(tokens);
    // Every slice of the text from a token's start to a token's end, as
    // tokens_of_slice makes for a claim.
    for (size_t first = 0; first < tokens.size(); ++first) {
      for (size_t last = first; last < tokens.size(); ++last) {
        std::vector<Token> slice;
        ASSERT_TRUE(
            tokens_of_slice(tokens, {tokens[first].span.start, tokens[last].span.end}, 0, slice));
        const std::vector<PhraseMatcher::Match> want = m.find(slice);
        const std::vector<PhraseMatcher::Match> got = PhraseMatcher::within(all, first, last);
        ASSERT_EQ(got.size(), want.size()) << first << " " << last;
        for (size_t k = 0; k < got.size(); ++k) {
          EXPECT_EQ(got[k].id, want[k].id);
          EXPECT_EQ(got[k].range.first, want[k].range.first);
          EXPECT_EQ(got[k].range.last, want[k].range.last);
        }
      }
    }
  }
}

TEST(ComparePhrasesTest, TopicStyleMatchingSkipsStopwordsAndOneWord) {
  PhraseMatcher::Options o;
  o.skip_stopwords = true;
  o.max_gap = 1;
  PhraseMatcher m(o);
  m.add("halt* hostilit*");
  EXPECT_EQ(m.find(tokenize("an immediate halt to the ongoing hostilities")).size(), 1u);
  EXPECT_EQ(m.find(tokenize("a halt to the long bloody hostilities")).size(), 0u);  // two words
  EXPECT_EQ(m.find(tokenize("a halt, then hostilities")).size(), 0u);  // across a clause
}

TEST(ComparePhrasesTest, ExactMatcherDoesNotSkipWords) {
  PhraseMatcher m;
  m.add("the call");
  EXPECT_EQ(m.find(tokenize("after the call")).size(), 1u);
  EXPECT_EQ(m.find(tokenize("after the phone call")).size(), 0u);
  EXPECT_EQ(m.find(tokenize("Russia called for calm")).size(), 0u);
}

TEST(ComparePhrasesTest, SecondWordMustFollowUnlessAGapIsAllowed) {
  PhraseMatcher exact;
  exact.add("the call");       // 0
  exact.add("the ... talks");  // 1
  exact.add("the sid*");       // 2
  PhraseMatcher::Options o;
  o.max_gap = 1;
  PhraseMatcher loose(o);
  loose.add("the call");  // 0
  struct Row {
    const char* text;
    std::vector<int> exact_ids, loose_ids;  // ids matched, in order
  };
  const Row rows[] = {
      {"the call", {0}, {0}}, {"the calls", {0}, {0}}, {"the phone call", {}, {0}},
      {"the, call", {}, {}},  {"the", {}, {}},         {"the long talks", {1}, {}},
      {"the sides", {2}, {}}, {"call the", {}, {}},
  };
  auto ids = [](const std::vector<PhraseMatcher::Match>& found) {
    std::vector<int> out;
    for (const PhraseMatcher::Match& m : found) out.push_back(m.id);
    return out;
  };
  for (const Row& r : rows) {
    EXPECT_EQ(ids(exact.find(tokenize(r.text))), r.exact_ids) << r.text;
    EXPECT_EQ(ids(loose.find(tokenize(r.text))), r.loose_ids) << r.text;
  }
}

TEST(ComparePhrasesTest, ReferencesOfASentenceAreFoundOnceAsFindFindsThem) {
  const Resources res(default_lexicon());
  struct Row {
    const char* sentence;
    size_t references;
  };
  const Row rows[] = {
      {"The call lasted an hour.", 1},
      {"Lavrov and Cavusoglu spoke by phone.", 0},
      {"During the talks, the two sides discussed the situation.", 2},
      {"", 0},
  };
  DocWork work;
  for (const Row& r : rows) work.sentence_tokens.push_back(tokenize(r.sentence));
  for (size_t s = std::size(rows); s-- > 0;) {  // any order: each is found on its own
    const std::vector<PhraseMatcher::Match>& found = references_in(res, work, s);
    EXPECT_EQ(found.size(), rows[s].references) << rows[s].sentence;
    const std::vector<PhraseMatcher::Match> expected = res.references.find(work.sentence_tokens[s]);
    ASSERT_EQ(found.size(), expected.size()) << rows[s].sentence;
    for (size_t k = 0; k < found.size(); ++k) {
      EXPECT_EQ(found[k].id, expected[k].id);
      EXPECT_EQ(found[k].range.first, expected[k].range.first);
      EXPECT_EQ(found[k].range.last, expected[k].range.last);
    }
    EXPECT_EQ(&references_in(res, work, s), &found);  // the same, not found again
  }
}

TEST(ComparePhrasesTest, FindTriesOnlyTokensThatMayStartAPhrase) {
  PhraseMatcher::Options o;
  o.skip_stopwords = true;
  PhraseMatcher m(o);
  m.add("Zagreb talks");  // 0: a stem first
  m.add("ceasefir*");     // 1: a prefix first
  m.add("the truce");     // 2: "the" skipped: "truce" first
  struct Row {
    const char* text;
    std::vector<int> ids;
  };
  const Row rows[] = {
      {"zagreb talks", {0}},  {"a ceasefire in zagreb talk", {1, 0}},
      {"the truce", {2}},     {"truce", {2}},
      {"CEASEFIRES", {1}},    {"cease fire", {}},
      {"zagreber talks", {}}, {"the", {}},
  };
  for (const Row& r : rows) {
    std::vector<int> ids;
    for (const PhraseMatcher::Match& x : m.find(tokenize(r.text))) ids.push_back(x.id);
    EXPECT_EQ(ids, r.ids) << r.text;
  }
}

}  // namespace
}  // namespace kd::cmp
