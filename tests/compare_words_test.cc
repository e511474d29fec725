// gazetteer_words() against gaz::Words::split(): the comparer hands the
// gazetteer words made from its tokens only if they are the words, folded
// forms, hashes, spans and capital flags that split() makes of the text.
#include "compare_words.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace kd::cmp {
namespace {

std::string dump(const gaz::Words& w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i)
    out += std::string(w.token(i).text) + "/" + std::to_string(w.token(i).hash) + "/" +
           std::to_string(w[i].start) + "-" + std::to_string(w[i].end) + "/" +
           (w[i].caps ? "C" : "") + (w[i].capital ? "c" : "") + "\n";
  return out;
}

struct Case {
  const char* text;
  bool shared;  // gazetteer_words() answers (else the caller splits)
};

const Case kCases[] = {
    {"Russia's Foreign Minister Sergey Lavrov met US envoy", true},
    {"The countries' leaders and the U.N. chief", true},
    {"Turkey\xE2\x80\x99s president said \xE2\x80\x9Cno\xE2\x80\x9D to the OSCE Minsk Group", true},
    {"Kremlin's", true},
    {"Kremlin's.", true},
    {"Kremlin'S talks", true},
    {"Kremlin'sx talks", true},
    {"Kremlin' s", true},
    {"a\xC2\xA0"
     "b \xC2\xAB"
     "c\xC2\xBB d",
     true},
    {"cease-fire on 9 November 2020 -- 2020s", true},
    {"AzerbaijaniForeignMinistryStatementOnTheNinthOfNovember2020 said", true},
    {"ABCDEFGH abcdefgh ABCDEFGHI x", true},
    {"", true},
    {"Mevl\xC3\xBCt \xC3\x87"
     "avu\xC5\x9F"
     "o\xC4\x9F"
     "lu said",
     false},
    {"x\xE2\x81\xBF"
     "y",
     false},  // U+207F, a letter
    {"bad \xE2\x80"
     "A utf",
     false},
    {"bad \xC2"
     "A",
     false},
    {"end \xE2\x80", false},
};

TEST(GazetteerWords, AsSplit) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::string text = c.text;
    for (uint32_t base : {0u, 17u}) {
      const std::vector<Token> tokens = tokenize(text, base);
      gaz::Words shared, split;
      ASSERT_EQ(gazetteer_words(text, base, tokens, shared), c.shared);
      if (!c.shared) continue;
      split.split(text);
      EXPECT_EQ(dump(shared), dump(split));
    }
  }
}

// Random texts of the characters either split treats specially: whenever
// gazetteer_words() answers, it answers as split() does.
TEST(GazetteerWords, RandomTextsAsSplit) {
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "s",
                                           "S",
                                           "7",
                                           "q",
                                           " ",
                                           "'",
                                           ".",
                                           "-",
                                           ",",
                                           "\n",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\x98",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x94",
                                           "\xC2\xA0",
                                           "\xC2\xBB",
                                           "\xE2\x81\xAF",
                                           "\xE2\x81\xB0",
                                           "\xE2\x81\xBF",
                                           "\xC3\xA9",
                                           "\xE2\x80",
                                           "\xC2"};
  std::mt19937 rng(7);
  int answered = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t len = rng() % 24;
    for (size_t k = 0; k < len; ++k) text += pieces[rng() % pieces.size()];
    const std::vector<Token> tokens = tokenize(text, 5);
    gaz::Words shared, split;
    if (!gazetteer_words(text, 5, tokens, shared)) continue;
    ++answered;
    split.split(text);
    ASSERT_EQ(dump(shared), dump(split)) << text;
  }
  EXPECT_GT(answered, 1000);
}

}  // namespace
}  // namespace kd::cmp
