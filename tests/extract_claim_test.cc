// Claim helpers: the speech act of a claim's own verb, read from the
// paragraph's tokens when they are the claim's own.
#include "extract_claim.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"

namespace kd {
namespace {

TEST(InnerCueTest, ParagraphTokensGiveTheClaimsOwnAnswer) {
  struct Case {
    const char* paragraph;
    const char* claim;  // a substring of the paragraph (first occurrence)
    const char* cue;    // phrase of the inner cue, "" for none
  } cases[] = {
      {"The Kremlin said the leaders agreed to keep in touch.",
       "the leaders agreed to keep in touch", "agree"},
      {"The Kremlin said the leaders discussed the situation.",
       "the leaders discussed the situation", "discuss"},
      // Claim cut inside a word: "agreed" alone is not the paragraph's "disagreed".
      {"Officials said they disagreed with the plan.", "agreed with the plan", "agree"},
      // Claim starting at a clitic: alone, "'s" is a mark and a word.
      {"He said Russia's leaders agreed on talks.", "'s leaders agreed on talks", "agree"},
      // Claim reaching past the paragraph's words.
      {"Ankara said Moscow promised to help", "Moscow promised to help", "promise"},
      // Inside quotation marks no word is a cue.
      {"The ministry said: \"We rejected the proposal.\"", "We rejected the proposal.", ""},
      {"He said nothing.", "nothing", ""},
  };
  const Lexicon& lexicon = default_lexicon();
  const CueIndex cues(lexicon);
  for (const Case& c : cases) {
    const std::string text = std::string("Headline of the test\n\n") + c.paragraph + "\n";
    Result<Document> loaded = load_bytes("t.txt", text, {}, lexicon);
    ASSERT_TRUE(loaded.ok()) << c.paragraph;
    const Document& doc = loaded.value();
    const std::vector<Span> paragraphs = body_paragraphs(doc);
    const std::vector<Quote> quotes = find_quotes(doc, paragraphs);
    const size_t at = doc.text.find(c.claim);
    ASSERT_NE(at, std::string::npos) << c.claim;
    Claim claim;
    claim.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + strlen(c.claim))};
    Span paragraph{0, 0};
    for (const Span& p : paragraphs)
      if (p.start <= claim.span.start && claim.span.start < p.end) paragraph = p;
    const std::vector<Token> tokens = tokenize(doc, paragraph, quotes);
    const Cue* from_paragraph = inner_cue(doc, quotes, claim, cues, tokens);
    const Cue* alone = inner_cue(doc, quotes, claim, cues, {});
    EXPECT_EQ(from_paragraph, alone) << c.paragraph << " / " << c.claim;
    EXPECT_EQ(from_paragraph ? from_paragraph->phrase : "", c.cue) << c.claim;
  }
}

// A claim's text: quotation marks dropped, whitespace runs made one space,
// ends trimmed; the two parts of a split quotation joined; negation and
// condition read off its words.
TEST(MakeClaimTest, TextModeNegationCondition) {
  struct Case {
    const char* paragraph;
    const char* part;    // substrings of the paragraph (first occurrence)
    const char* second;  // "" for none
    const char* text;
    Mode mode;
    bool negated, conditional;
  } cases[] = {
      {"He said the  talks\twent well.", "the  talks\twent well.", "", "the talks went well",
       Mode::kIndirect, false, false},
      {"He said: \"We  will not\tgo.\"", "\"We  will not\tgo.\"", "", "We will not go",
       Mode::kDirect, true, false},
      {"Officials called the \"so-called\" truce void.", "the \"so-called\" truce void", "",
       "the so-called truce void", Mode::kMixed, false, false},
      {"Officials called it a  \"truce\"  unless broken.", "a  \"truce\"  unless broken", "",
       "a truce unless broken", Mode::kMixed, false, true},
      {"\"We will,\" he said, \"never give up.\"", "\"We will,\"", "\"never give up.\"",
       "We will never give up", Mode::kDirect, true, false},
      {"He said it isn't over.", "it isn't over", "", "it isn't over", Mode::kIndirect, true,
       false},
      // "without" sets a condition, unless it is without one or a delay.
      {"He said a truce means nothing without a settlement.",
       "a truce means nothing without a settlement", "",
       "a truce means nothing without a settlement", Mode::kIndirect, true, true},
      {"He said Yerevan is ready to sign without any preconditions.",
       "Yerevan is ready to sign without any preconditions", "",
       "Yerevan is ready to sign without any preconditions", Mode::kIndirect, false, false},
      {"She said they should meet without delay.", "they should meet without delay", "",
       "they should meet without delay", Mode::kIndirect, false, false},
      {"She said Pakistan wants peace without compromising on its sovereignty.",
       "Pakistan wants peace without compromising on its sovereignty", "",
       "Pakistan wants peace without compromising on its sovereignty", Mode::kIndirect, false,
       false},
      {"He said they would sign it without.", "they would sign it without", "",
       "they would sign it without", Mode::kIndirect, false, true},
      // The writer's gloss on the words after a comma or dash, outside quotations.
      {"He said Russia would eliminate the root causes of the war, a phrase officials use for "
       "NATO's expansion.",
       "Russia would eliminate the root causes of the war, a phrase officials use for NATO's "
       "expansion.",
       "", "Russia would eliminate the root causes of the war", Mode::kIndirect, false, false},
      {"He said she raised the safety of Canadians - an apparent reference to the killing.",
       "she raised the safety of Canadians - an apparent reference to the killing.", "",
       "she raised the safety of Canadians", Mode::kIndirect, false, false},
      {"He said: \"It was, a phrase we use, a good call.\"",
       "\"It was, a phrase we use, a good call.\"", "", "It was, a phrase we use, a good call",
       Mode::kDirect, false, false},
  };
  const CueIndex cues(default_lexicon());
  for (const Case& c : cases) {
    const std::string text = std::string("Headline of the test\n\n") + c.paragraph + "\n";
    Result<Document> loaded = load_bytes("t.txt", text, {}, default_lexicon());
    ASSERT_TRUE(loaded.ok()) << c.paragraph;
    const Document& doc = loaded.value();
    const std::vector<Quote> quotes = find_quotes(doc, body_paragraphs(doc));
    auto span_of = [&](const char* part) {
      const size_t at = doc.text.find(part);
      EXPECT_NE(at, std::string::npos) << part;
      return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + strlen(part))};
    };
    std::optional<Span> second;
    if (*c.second) second = span_of(c.second);
    const std::optional<Claim> claim = make_claim(doc, quotes, span_of(c.part), second, cues);
    ASSERT_TRUE(claim.has_value()) << c.part;
    EXPECT_EQ(claim->text, c.text) << c.paragraph;
    EXPECT_EQ(claim->mode, c.mode) << c.paragraph;
    EXPECT_EQ(claim->negated, c.negated) << c.paragraph;
    EXPECT_EQ(claim->conditional, c.conditional) << c.paragraph;
  }
}

}  // namespace
}  // namespace kd
