// Sentence splitting: ICU breaks plus the abbreviation, initial and
// lower-case fix-ups, restricted to paragraphs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"
#include "loader_sentences.h"
#include "loader_test_util.h"

namespace kd {
namespace {

using Sentences = std::vector<std::string>;

Sentences Split(const std::string& paragraph) {
  std::vector<Span> paragraphs = {{0, static_cast<uint32_t>(paragraph.size())}};
  Sentences out;
  for (const Sentence& s : split_sentences(paragraph, paragraphs, default_lexicon().abbreviations))
    out.push_back(paragraph.substr(s.span.start, s.span.size()));
  return out;
}

TEST(SentenceTest, SplitsWithFixUps) {
  struct Case {
    std::string paragraph;
    Sentences expected;
  } cases[] = {
      {"Putin and Erdogan spoke. They agreed.", {"Putin and Erdogan spoke.", "They agreed."}},
      // Months and titles never end a sentence.
      {"The call took place late Nov. 7. Both sides confirmed it.",
       {"The call took place late Nov. 7.", "Both sides confirmed it."}},
      {"Earlier on Nov. 7, Erdogan said so.", {"Earlier on Nov. 7, Erdogan said so."}},
      {"Talks began on Oct. 10 in Moscow.", {"Talks began on Oct. 10 in Moscow."}},
      {"Mr. Lavrov met Gen. Akar and Dr. Smith. They talked.",
       {"Mr. Lavrov met Gen. Akar and Dr. Smith.", "They talked."}},
      // Dotted acronyms: joined before a name, split before a sentence opener.
      {"Resolutions by the U.N. Security Council call on Yerevan to return the lands.",
       {"Resolutions by the U.N. Security Council call on Yerevan to return the lands."}},
      {"He met U.S. Secretary of State Mike Pompeo.",
       {"He met U.S. Secretary of State Mike Pompeo."}},
      {"Sanctions were imposed by the U.S. The ministry objected.",
       {"Sanctions were imposed by the U.S.", "The ministry objected."}},
      {"Several states, e.g. France, objected.", {"Several states, e.g. France, objected."}},
      // Initials.
      {"R. T. Erdogan spoke. Then he left.", {"R. T. Erdogan spoke.", "Then he left."}},
      {"President Recep T. Erdogan called Putin.", {"President Recep T. Erdogan called Putin."}},
      // Decimals.
      {"Inflation rose 3.5 percent. Prices fell 0.5 points.",
       {"Inflation rose 3.5 percent.", "Prices fell 0.5 points."}},
      // A closing quote after the period belongs to the sentence.
      {"Aliyev will fight until \"Karabakh is liberated.\" Erdogan agreed.",
       {"Aliyev will fight until \"Karabakh is liberated.\"", "Erdogan agreed."}},
      {"\"We are close to victory. They were away for 30 years.\" He smiled.",
       {"\"We are close to victory.", "They were away for 30 years.\"", "He smiled."}},
      // A question in quotes followed by a lower-case attribution.
      {"\"Why now?\" he asked. Nobody answered.", {"\"Why now?\" he asked.", "Nobody answered."}},
      // A newline inside a paragraph splits only where a space would.
      {"The readiness was confirmed.\nThe Russian side focused on the Minsk Group.",
       {"The readiness was confirmed.", "The Russian side focused on the Minsk Group."}},
      {"The ministers held a telephone\nconversation on Thursday.",
       {"The ministers held a telephone\nconversation on Thursday."}},
      // Spans are trimmed; nothing empty.
      {"  One sentence here.   ", {"One sentence here."}},
      {"No final punctuation at all", {"No final punctuation at all"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Split(c.paragraph), c.expected) << c.paragraph;
}

// ICU is shown UTF-16; its breaks must come back as the byte offsets of the
// UTF-8 text, whatever the width of the characters before them.
TEST(SentenceTest, BreaksAreByteOffsetsAfterWideCharacters) {
  struct Case {
    std::string paragraph;
    Sentences expected;
  } cases[] = {
      {"Erdo\u011Fan spoke. \u00C7avu\u015Fo\u011Flu agreed.",
       {"Erdo\u011Fan spoke.", "\u00C7avu\u015Fo\u011Flu agreed."}},
      {"\u0544\u0561\u057F \u2014 \u20AC5. Then \u65E5\u672C left.\nThey met.",
       {"\u0544\u0561\u057F \u2014 \u20AC5.", "Then \u65E5\u672C left.", "They met."}},
      // Four bytes, two UTF-16 units.
      {"Flags \U0001F1E6\U0001F1FF waved. \U0001F600 Then calm. Done.",
       {"Flags \U0001F1E6\U0001F1FF waved.", "\U0001F600 Then calm.", "Done."}},
      {"\u00DCber \"Why?\" she asked. \u00C9lys\u00E9e replied.",
       {"\u00DCber \"Why?\" she asked.", "\u00C9lys\u00E9e replied."}},
      // Not UTF-8: read by ICU's UTF-8 text, breaks as before.
      {"Bad \xFF byte. Next \xC3 one.\nLast.", {"Bad \xFF byte.", "Next \xC3 one.", "Last."}},
      {"Eight ch. Exactly8. \u00E9", {"Eight ch.", "Exactly8. \u00E9"}},  // lower case: joined
  };
  for (const Case& c : cases) EXPECT_EQ(Split(c.paragraph), c.expected) << c.paragraph;
}

TEST(SentenceTest, NeverCrossesParagraphs) {
  const std::string text = "First paragraph ends without a stop\n\nSecond one. Two here.";
  std::vector<Span> paragraphs = {{0, 35}, {37, static_cast<uint32_t>(text.size())}};
  std::vector<Sentence> s = split_sentences(text, paragraphs, {});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].span, (Span{0, 35}));
  EXPECT_EQ(s[0].paragraph, 0u);
  EXPECT_EQ(s[1].paragraph, 1u);
  EXPECT_EQ(text.substr(s[2].span.start, s[2].span.size()), "Two here.");
}

TEST(SentenceTest, AbbreviationsComeFromTheLexicon) {
  const std::string text = "They met in Kremlin Hall No. Three yesterday.";
  std::vector<Span> paragraphs = {{0, static_cast<uint32_t>(text.size())}};
  EXPECT_EQ(split_sentences(text, paragraphs, {}).size(), 2u);
  EXPECT_EQ(split_sentences(text, paragraphs, {"No."}).size(), 1u);
}

TEST(SentenceTest, LoadedDocumentsGetSentencesPerParagraph) {
  const std::string bytes =
      "Headline of the story\n\nThe U.N. Security Council met on Oct. 1. It said nothing.\n\n"
      "\u201CWe hope,\u201D she said.\n";
  Result<Document> r = load_bytes("t.txt", bytes, LoadOptions{}, default_lexicon());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(SentenceTexts(r.value()), (Sentences{"The U.N. Security Council met on Oct. 1.",
                                                 "It said nothing.", "\"We hope,\" she said."}));
  EXPECT_EQ(r.value().sentences[2].paragraph, 1u);
  ExpectOffsetsRoundTrip(r.value(), bytes);
}

}  // namespace
}  // namespace kd
