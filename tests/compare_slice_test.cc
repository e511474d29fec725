// tokens_of_slice() against tokenize() of the slice itself: the comparer
// takes a claim's tokens from its sentence's only if both agree, flags
// (clause_start, possessive, stop), stems, hashes and spans included.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compare_text.h"

namespace kd::cmp {
namespace {

// Everything tokenize() sets, one line per token.
std::string dump(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens)
    out += std::string(t.folded()) + "/" + std::string(t.stem()) + "/" +
           std::to_string(t.stem_hash) + "/" + std::to_string(t.span.start) + "-" +
           std::to_string(t.span.end) + "/" + (t.clause_start ? "c" : "") +
           (t.possessive ? "p" : "") + (t.stop ? "s" : "") + "\n";
  return out;
}

// Sentences with every rule of tokenize() near where a claim may start or
// end: possessives, clause breaks, dashes, full stops, curly quotes and
// apostrophes, non-breaking spaces, letters outside ASCII, long words.
const char* const kTexts[] = {
    "Russia's foreign minister said, \"the talks - held in Moscow - went well.\"",
    "The countries' leaders agreed: a cease-fire (from Monday) and talks.",
    "Lavrov said that \xE2\x80\x9Cthe sides\xE2\x80\x99 positions\xE2\x80\x9D were close.",
    "He said the truce \xE2\x80\x94 agreed on Nov. 7 \xE2\x80\x94 holds; Mr. Lavrov agreed!",
    "Cavusoglu\xE2\x80\x99s call\xC2\xA0with Bayramov: \xC2\xAB"
    "dialogue\xC2\xBB"
    " resumed.",
    "\xC3\x87"
    "avu\xC5\x9Fo\xC4\x9Flu's remarks on Azerbaijan's statement. Then Armenia's reply.",
    "Officials said supercalifragilisticexpialidociousnessesmeetings continued [today]?",
    "U.S. Secretary Blinken phoned Pashinyan's office. Talks ended. 'We agree,' he said.",
    "They've said it's the parties' view - the sides'... positions - that 'matter' now",
    "Ends with a cut dash \xE2\x80\x93",
};

TEST(CompareSliceTest, SameTokensAsTokenizingTheSliceAtEveryStartAndEnd) {
  constexpr uint32_t kBase = 1000;  // sentence offsets in the document
  size_t copied = 0, refused = 0, pairs = 0;
  for (const char* text : kTexts) {
    const std::string s = text;
    const std::vector<Token> tokens = tokenize(s, kBase);
    pairs += tokens.size() * (tokens.size() + 1) / 2;
    for (uint32_t a = 0; a < s.size(); ++a)
      for (uint32_t b = a + 1; b <= s.size(); ++b) {
        std::vector<Token> out;
        if (!tokens_of_slice(tokens, {kBase + a, kBase + b}, 7, out)) {
          EXPECT_TRUE(out.empty());
          ++refused;
          continue;
        }
        ++copied;
        ASSERT_EQ(dump(out), dump(tokenize(std::string_view(s).substr(a, b - a), 7)))
            << "text: " << s << "\nslice: [" << a << ", " << b << ")";
      }
  }
  // Each slice from a token's start to a token's end is copied, and only
  // these: every other one is refused.
  EXPECT_EQ(copied, pairs);
  EXPECT_GT(refused, copied);
}

TEST(CompareSliceTest, CopiesOnlyWholeWordsAndFixesTheEdges) {
  struct Row {
    const char* text;
    uint32_t start, end;  // the slice
    bool copied;
    const char* tokens;  // folded words of the slice, "|"-joined, when copied
  };
  const Row rows[] = {
      {"Russia's talks", 0, 6, true, "russia"},       // no possessive at the end
      {"Russia's talks", 0, 8, false, ""},            // ends after "'s": no token end
      {"Russia's talks", 9, 14, true, "talks"},       // no break before the first
      {"said, the talks", 6, 15, true, "the|talks"},  // the comma is outside
      {"said, the talks", 4, 15, false, ""},          // starts at the comma
      {"the talks", 1, 9, false, ""},                 // cuts "the"
      {"the talks", 0, 8, false, ""},                 // cuts "talks"
      {"the talks", 3, 4, false, ""},                 // a space only
      {"the talks", 4, 4, false, ""},                 // empty
  };
  for (const Row& r : rows) {
    const std::vector<Token> tokens = tokenize(r.text);
    std::vector<Token> out;
    EXPECT_EQ(tokens_of_slice(tokens, {r.start, r.end}, 0, out), r.copied) << r.text;
    std::string words;
    for (const Token& t : out) words += (words.empty() ? "" : "|") + std::string(t.folded());
    EXPECT_EQ(words, r.tokens) << r.text;
    if (r.copied) {
      EXPECT_FALSE(out.front().clause_start) << r.text;
      EXPECT_FALSE(out.back().possessive) << r.text;
    }
  }
}

// join_tokens() against tokenize() of the joined text, for every split of
// each text into two pieces (as a document's sentences are tokenized apart).
TEST(CompareSliceTest, JoinedPiecesTokenizeAsTheWhole) {
  size_t joined = 0, refused = 0;
  for (const char* text : kTexts) {
    const std::string s = text;
    for (uint32_t cut = 1; cut < s.size(); ++cut) {
      const std::string_view whole(s);
      const std::vector<std::vector<Token>> pieces = {tokenize(whole.substr(0, cut), 0),
                                                      tokenize(whole.substr(cut), cut)};
      std::vector<Token> out;
      if (!join_tokens(s, pieces, 0, 1, out)) {
        ++refused;
        continue;
      }
      ++joined;
      const uint32_t a = out.front().span.start, b = out.back().span.end;
      ASSERT_EQ(dump(out), dump(tokenize(whole.substr(a, b - a), a)))
          << "text: " << s << "\ncut: " << cut;
    }
  }
  EXPECT_GT(joined, 100u);
  EXPECT_GT(refused, 10u);
}

TEST(CompareSliceTest, JoinsOnlyOverPlainGaps) {
  struct Row {
    const char* first;
    const char* second;
    bool joined;
    const char* flags;  // clause_start of each joined token
  };
  const Row rows[] = {
      {"Talks ended.", " Lavrov said", true, "0010"},  // a full stop after a long word
      {"U.S.", " Secretary", true, "000"},             // no sentence end after "S"
      {"talks,", " then", true, "01"},                 // a comma
      {"the countries'", " view", false, ""},          // an apostrophe marks "countries"
      {"talks -", " then", false, ""},                 // a hyphen looks at the next byte
      {"talks \xE2\x80\x94", " then", false, ""},      // a dash outside ASCII
      {"", "talks", true, "0"},                        // an empty piece is skipped
  };
  for (const Row& r : rows) {
    const std::string text = std::string(r.first) + r.second;
    const uint32_t cut = static_cast<uint32_t>(std::string_view(r.first).size());
    const std::vector<std::vector<Token>> pieces = {tokenize(r.first, 0), tokenize(r.second, cut)};
    std::vector<Token> out;
    EXPECT_EQ(join_tokens(text, pieces, 0, 1, out), r.joined) << text;
    if (!r.joined) continue;
    std::string flags;
    for (const Token& t : out) flags += t.clause_start ? '1' : '0';
    EXPECT_EQ(flags, r.flags) << text;
  }
}

// drop_quote_marks() against tokenize() of the claim itself: for texts with
// ASCII double quotes in every place (opening, closing, after a full stop,
// beside apostrophes, hyphens and commas, inside words), every slice from a
// token's start to a token's end and every set of its quotes taken out. When
// it answers true, the tokens must be exactly tokenize()'s.
TEST(CompareSliceTest, QuotesTakenOutTokenizeAsTheClaim) {
  const char* const texts[] = {
      "He said \"Karabakh is liberated\" and \"the talks\" went well.",
      "Talks ended. \"the sides agreed,\" he said. \"They will meet\".",
      "Russia's \"view\"'s weight, \"cease\"-fire, a\"b and \"'quoted'\" words",
      "U.S. \"Secretary\" Blinken said \"no\" - \"yes\"; \"Mr. Lavrov.\" \"Ok\"",
      "the countries'\" view \"-said\" x \"\"double\"\" \"7 days\" \"\xC3\x87"
      "avu\"",
  };
  size_t dropped = 0, refused = 0;
  for (const char* text : texts) {
    const std::string s = text;
    const std::vector<Token> tokens = tokenize(s, 0);
    for (size_t a = 0; a < tokens.size(); ++a)
      for (size_t b = a; b < tokens.size(); ++b) {
        const uint32_t start = tokens[a].span.start, end = tokens[b].span.end;
        const std::string_view slice = std::string_view(s).substr(start, end - start);
        std::vector<size_t> quotes;
        for (size_t i = 0; i < slice.size(); ++i)
          if (slice[i] == '"') quotes.push_back(i);
        if (quotes.size() > 10) continue;
        for (uint32_t mask = 1; mask < (1u << quotes.size()); ++mask) {
          std::string claim;
          for (size_t i = 0, q = 0; i < slice.size(); ++i) {
            const bool quote = q < quotes.size() && quotes[q] == i;
            if (quote && ((mask >> q++) & 1)) continue;
            claim += slice[i];
          }
          std::vector<Token> out;
          ASSERT_TRUE(tokens_of_slice(tokens, {start, end}, 0, out));
          if (!drop_quote_marks(slice, claim, 0, out)) {
            ++refused;
            continue;
          }
          ++dropped;
          ASSERT_EQ(dump(out), dump(tokenize(claim, 0))) << "text: " << s << "\nclaim: " << claim;
        }
      }
  }
  EXPECT_GT(dropped, 1000u);
  EXPECT_GT(refused, 1000u);
}

TEST(CompareSliceTest, DropsOnlyQuotesThatChangeNoToken) {
  struct Row {
    const char* slice;
    const char* claim;
    bool dropped;
  };
  const Row rows[] = {
      {"until \"Karabakh is liberated", "until Karabakh is liberated", true},  // opening
      {"liberated\" he said", "liberated he said", true},                      // closing
      {"well,\" he said", "well, he said", true},                              // after a comma
      {"ended. \"the sides", "ended. the sides", false},  // a sentence would start
      {"ended. \"The sides", "ended. The sides", true},   // it starts either way
      {"a\"b", "ab", false},                              // joins two words
      {"talks\". Then", "talks. Then", false},            // the full stop follows a word
      {"talks\"'s", "talks's", false},                    // the apostrophe follows a word
      {"the talks", "the talk", false},                   // not only quotes taken out
      {"the talks", "the talks", true},                   // nothing taken out
  };
  for (const Row& r : rows) {
    std::vector<Token> out = tokenize(r.slice, 0);
    EXPECT_EQ(drop_quote_marks(r.slice, r.claim, 0, out), r.dropped) << r.slice;
    if (r.dropped) {
      EXPECT_EQ(dump(out), dump(tokenize(r.claim, 0))) << r.slice;
    }
  }
}

}  // namespace
}  // namespace kd::cmp
