// Tokens, stems, stopwords and the word tests of the comparer (the phrase
// matcher is in compare_phrases_test.cc).
#include "compare_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

#include "compare_dates.h"
#include "karabakh_diff/date.h"

namespace kd::cmp {
namespace {

std::vector<std::string> folded(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.folded());
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

TEST(CompareTextTest, SpacesAndNewlinesSeparateWithoutBreakingClauses) {
  struct Row {
    const char* text;
    const char* words;   // folded, joined by "|"
    const char* starts;  // clause_start per token: 1 or 0
  };
  const Row rows[] = {
      {"talks  held\nin  Moscow", "talks|held|in|moscow", "0000"},
      {"talks \n - held", "talks|held", "01"},
      {"talks\n, held", "talks|held", "01"},
      {"cease-fire \n\n agreed", "cease|fire|agreed", "000"},
      {"Russia\n's talks", "russia|s|talks", "000"},  // no possessive across a newline
      {"Russia's  talks", "russia|talks", "00"},
      {"  \n ", "", ""},
  };
  for (const Row& r : rows) {
    std::string words, starts;
    for (const Token& t : tokenize(r.text)) {
      words += (words.empty() ? "" : "|") + std::string(t.folded());
      starts += t.clause_start ? '1' : '0';
    }
    EXPECT_EQ(words, r.words) << r.text;
    EXPECT_EQ(starts, r.starts) << r.text;
  }
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

// A token keeps its folded word's first eight bytes in itself whether the
// word is kept inline (under 20 bytes) or spilled: head_chars() and
// folded_head() read them there, for words of every length, copied or not.
TEST(CompareTextTest, HeadBytesOfWordsOfEveryLength) {
  const std::string letters = "abcdefghijklmnopqrstuvwxyzabcdefghij";
  for (size_t n = 1; n <= 34; ++n) {
    const std::string word = letters.substr(0, n);
    const std::vector<Token> tokens = tokenize("The " + word);
    ASSERT_EQ(tokens.size(), 2u) << word;
    const Token copy = tokens[1];
    for (const Token* t : {&tokens[1], &copy}) {
      EXPECT_EQ(t->folded(), word);
      uint64_t want = 0;
      std::memcpy(&want, t->folded_c_str(), std::min<size_t>(n + 1, 8));  // with the NUL
      const uint64_t mask = n + 1 >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * (n + 1))) - 1;
      EXPECT_EQ(t->folded_head() & mask, want) << word;
      EXPECT_EQ(std::string_view(t->head_chars(), std::min<size_t>(n, 8)), word.substr(0, 8));
    }
  }
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

TEST(CompareTextTest, StemsOfEveryRuleAndEveryWordLength) {
  struct Row {
    const char* word;  // as written
    const char* stem;  // of its token, and light_stem of its folded form
  };
  const Row rows[] = {
      {"ties", "tie"},
      {"Parties", "party"},
      {"glasses", "glass"},
      {"class", "class"},
      {"status", "status"},
      {"crisis", "crisis"},
      {"talks", "talk"},
      {"meeting", "meet"},
      {"sing", "sing"},
      {"agreed", "agre"},
      {"agree", "agre"},
      {"denied", "deny"},
      {"phoned", "phon"},
      {"used", "used"},
      {"cease", "ceas"},
      {"MEETINGS", "meet"},
      {"a", "a"},
      {"bus", "bus"},
      {"studies", "study"},
      {"ministries", "ministry"},
      {"Ministers", "minister"},
      // Longer than tokenize's stack buffer (40 bytes): the string path.
      {"Supercalifragilisticexpialidociousnessesmeetings",
       "supercalifragilisticexpialidociousnessesmeet"},
      {"Çavuşoğlu", "cavusoglu"},  // not ASCII: fold() first
  };
  for (const Row& r : rows) {
    const std::vector<Token> t = tokenize(r.word);
    ASSERT_EQ(t.size(), 1u) << r.word;
    EXPECT_EQ(t[0].stem(), r.stem) << r.word;
    EXPECT_EQ(light_stem(t[0].folded()), r.stem) << r.word;
    EXPECT_EQ(t[0].stem_hash, word_hash(r.stem)) << r.word;
  }
}

TEST(CompareTextTest, TokensCarryTheHashOfTheirStem) {
  struct Row {
    const char* text;
    const char* stem;
  };
  const Row rows[] = {
      {"Talks", "talk"},          {"talk", "talk"},           {"meetings", "meet"},
      {"Ministries", "ministry"}, {"Çavuşoğlu", "cavusoglu"}, {"x", "x"},
  };
  for (const Row& r : rows) {
    const std::vector<Token> t = tokenize(r.text);
    ASSERT_EQ(t.size(), 1u) << r.text;
    EXPECT_EQ(t[0].stem(), r.stem) << r.text;
    EXPECT_EQ(t[0].stem_hash, word_hash(r.stem)) << r.text;
  }
  EXPECT_NE(word_hash("talk"), word_hash("talks"));
  EXPECT_NE(word_hash("ab"), word_hash("ba"));
  EXPECT_NE(word_hash(""), word_hash("a"));
}

TEST(CompareTextTest, StopwordsAreExactlyTheListedWords) {
  struct Row {
    const char* word;
    bool stop;
  };
  const Row rows[] = {
      {"the", true},     {"a", true},     {"s", true},      {"about", true}, {"upon", true},
      {"these", true},   {"those", true}, {"their", true},  {"over", true},  {"it", true},
      {"", false},       {"th", false},   {"thee", false},  {"them", false}, {"b", false},
      {"abouts", false}, {"The", false},  {"talks", false}, {"onto", false}, {"ove", false},
  };
  for (const Row& r : rows) EXPECT_EQ(is_stopword(r.word), r.stop) << r.word;
}

TEST(CompareTextTest, MayContainWordIsFalseOnlyWhenNoTokenFoldsToAWord) {
  static constexpr std::string_view kWords[] = {"source", "unnamed"};
  struct Row {
    const char* text;
    bool may;
  };
  const Row rows[] = {
      {"said a Western diplomat", false},
      {"according to SOURCES", false},  // "sources" is another word
      {"according to a SOURCE", true},
      {"a resourceful aide said", false},   // a substring is no word
      {"an official, unnamed here", true},  // the word across an eight-byte boundary
      {"said sourcesource", false},
      {"the source\u00E9 said", true},  // a letter outside ASCII: fold() decides
      {"an Unnamed official", true},
      {"\u201Csaid\u201D the minister \u2014 today", false},  // curly quotes and a dash
      {"the minister of \u017Fource", true},                  // long s: ICU folds it to "s"
      {"Çavuşoğlu said", true},
      {"", false},
  };
  for (const Row& r : rows) EXPECT_EQ(may_contain_word(r.text, kWords), r.may) << r.text;
  // Words no token can be (not letters and digits) are never found.
  static constexpr std::string_view kOdd[] = {"_id", "@x", "[y"};
  const Row odd[] = {{"an _id", false}, {"an @X", false}, {"a [Y]", false}, {"an id, x, y", false}};
  for (const Row& r : odd) EXPECT_EQ(may_contain_word(r.text, kOdd), r.may) << r.text;
  // The test above must agree with tokenizing wherever it says false.
  for (const Row& r : rows) {
    bool found = false;
    for (const Token& t : tokenize(r.text))
      for (std::string_view w : kWords) found = found || t.folded() == w;
    if (found) {
      EXPECT_TRUE(r.may) << r.text;
    }
  }
}

TEST(CompareTextTest, HasWordAgreesWithTokenizing) {
  static constexpr std::string_view kWords[] = {"source", "unnamed", "sources"};
  struct Row {
    const char* text;
    bool has;
  };
  const Row rows[] = {
      {"said a Western diplomat", false},
      {"according to SOURCES", true},
      {"a resourceful aide said", false},  // a substring is no word
      {"sources' claims", true},
      {"an Unnamed official", true},
      {"the source\u2019s account", true},
      {"\u201Csource\u201D \u2014 today", true},  // curly quotes and a dash around it
      {"\u2014source", true},                 // the dash's last byte would pass for a letter alone
      {"the minister of \u017Fource", true},  // long s: ICU folds it to "s"
      {"s\u00E9ource said", false},
      {"source\u00E9 said", false},         // a word goes on past ASCII
      {"an official, unnamed here", true},  // across an eight-byte boundary
      {"UNNAMED", true},
      {"the officials of the ministry said", false},
      {"Çavuşoğlu said", false},
      {"source-based", true},
      {"", false},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(has_word(r.text, kWords), r.has) << r.text;
    bool found = false;  // what it stands for
    for (const Token& t : tokenize(r.text))
      for (std::string_view w : kWords) found = found || t.folded() == w;
    EXPECT_EQ(found, r.has) << r.text;
  }
}

TEST(CompareTextTest, IsComparesWholeWords) {
  struct Row {
    const char* word;
    const char* literal;
    bool equal;
  };
  const Row rows[] = {
      {"day", "day", true}, {"days", "day", false}, {"da", "day", false},
      {"", "", true},       {"Day", "day", false},
  };
  for (const Row& r : rows) EXPECT_EQ(is(r.word, r.literal), r.equal) << r.word;
}

TEST(CompareTextTest, ContentKeyOfAToken) {
  struct Row {
    const char* word;
    const char* key;
  };
  const Row rows[] = {
      {"Coordination", "coord"},
      {"the", ""},
      {"upon", ""},
      {"2020", ""},
      {"war", "war"},
      {"UN", ""},
      {"sides", "sides"},
      {"Çavuşoğlu", "cavus"},
      {"about", ""},
  };
  for (const Row& r : rows) {
    const std::vector<Token> t = tokenize(r.word);
    ASSERT_EQ(t.size(), 1u) << r.word;
    EXPECT_EQ(content_key(t[0]), r.key) << r.word;
  }
}

TEST(CompareTextTest, MayBeWeekdayKeepsEveryFullName) {
  struct Row {
    const char* word;
    bool may;
  };
  const Row rows[] = {
      {"monday", true},    {"wednesday", true}, {"saturday", true},  {"sunday", true},
      {"today", false},    {"birthday", true},  {"sun", false},      {"thurs", false},
      {"tuesdays", false}, {"day", false},      {"weekdays", false}, {"", false},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(may_be_weekday(r.word), r.may) << r.word;
    // Never false for a name the lookup takes at the length scan_dates asks.
    if (std::string_view(r.word).size() >= 6 && weekday_from_name(r.word) >= 0) {
      EXPECT_TRUE(may_be_weekday(r.word)) << r.word;
    }
  }
}

TEST(CompareTextTest, ContentKeysIgnoreStopwordsAndNumbers) {
  EXPECT_EQ(content_keys("The coordination of the 2 sides, coordinated"),
            (std::vector<std::string>{"coord", "sides"}));
}

}  // namespace
}  // namespace kd::cmp
