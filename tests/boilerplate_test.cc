// Boilerplate and structure: widget lines, teasers, repeated captions and
// headlines, other-script lines, subheadings; body text must survive.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "karabakh_diff/loader.h"
#include "loader_boilerplate.h"
#include "loader_lines.h"
#include "loader_test_util.h"

namespace kd {
namespace {

Document Load(const std::string& text) {
  Result<Document> r = load_bytes("t.txt", text, LoadOptions{}, default_lexicon());
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r).value() : Document{};
}

// Reason the loader dropped the line `line`, "" if it was kept in a
// paragraph, "missing" if it is nowhere.
std::string Fate(const Document& doc, std::string_view line) {
  for (const DroppedLine& d : doc.dropped)
    if (doc.slice(d.span) == line) return d.reason;
  for (const Span& p : doc.paragraphs)
    if (doc.slice(p).find(line) != std::string_view::npos) return "";
  return "missing";
}

void ExpectNoDroppedTextInSentences(const Document& doc) {
  for (const DroppedLine& d : doc.dropped)
    for (const Sentence& s : doc.sentences)
      EXPECT_EQ(doc.slice(s.span).find(doc.slice(d.span)), std::string_view::npos)
          << "dropped \"" << doc.slice(d.span) << "\" in a sentence";
}

// The line under test sits between two prose paragraphs.
std::string Article(const std::string& line) {
  return "Lavrov and Cavusoglu Discuss Karabakh\n\n"
         "The foreign ministers of Russia and Turkey held a telephone conversation on "
         "Thursday.\n\n" +
         line +
         "\n\nThe Russian ministry said the two sides affirmed their readiness for close "
         "coordination.\n";
}

TEST(BoilerplateTest, LinesBetweenParagraphs) {
  struct Case {
    std::string line;
    std::string reason;  // "" = kept as body
  } cases[] = {
      // Known widget phrases, as written on real sites.
      {"Show More", "boilerplate phrase"},
      {"Related Articles", "boilerplate phrase"},
      {"Related Articles >>", "boilerplate phrase"},
      {"Back to top button", "boilerplate phrase"},
      {"Subscribe to our newsletter.", "boilerplate phrase"},
      {"Sign up for our newsletter", "boilerplate phrase"},
      {"Share this article on Facebook", "boilerplate phrase"},
      {"Facebook Twitter WhatsApp Email Print", "boilerplate phrase"},
      {"Advertisement", "boilerplate phrase"},
      {"You may also like", "boilerplate phrase"},
      // Teasers, whatever follows the label.
      {"ALSO READ:\u00A0 Federal Republic of Germany to present a plan to rebuild the port",
       "teaser"},
      {"Read more: Lavrov says the talks with Cavusoglu were useful.", "teaser"},
      {"READ ALSO | Armenia accuses Turkey of sending mercenaries", "teaser"},
      {"Tags: Armenia, Azerbaijan, Nagorno-Karabakh", "teaser"},
      // Shapes that need no list.
      {"XS", "navigation widget"},
      {"A+ A-", "navigation widget"},
      {"* * *", "no text"},
      {"\u0544\u0561\u057F\u0579\u0565\u056C\u056B\u0578\u0582\u0569\u0575\u0561\u0576 "
       "\u0570\u0572\u0578\u0582\u0574\u0576\u0565\u0580",
       "other script"},
      {"Reporting by Jane Doe; Editing by John Smith", "boilerplate phrase"},
      {"Our Standards: The Thomson Reuters Trust Principles.", "teaser"},
      // Photo credits, alone or ending their caption.
      {"REUTERS/Louiza Vradi", "photo credit"},
      {"AP Photo/Evan Vucci", "photo credit"},
      {"Sputnik/Mikhail Klimentyev/Kremlin via REUTERS", "photo credit"},
      {"Greek Prime Minister Kyriakos Mitsotakis shakes hands with Turkish President Tayyip "
       "Erdogan in Athens, Greece, December 7, 2023. REUTERS/Louiza Vradi",
       "caption"},
      {"Verified by MonsterInsights", "subheading"},
      {"Victory is drawing near", "subheading"},
      // Body text stays, even with widget words in it.
      {"Erdogan said the talks would continue.", ""},
      {"Share prices in Baku fell sharply after the announcement.", ""},
      {"Subscribers to this view say the talks failed.", ""},
      {"More talks are planned for next week, the ministry said.", ""},
      {"He said: \"We will not accept any solution that ignores Azerbaijan\"", ""},
      {"Talks were held on October 1, 2020 in Moscow.", ""},
      {"By the end of the day, the ministers had agreed on a statement.", ""},
      {"Putin agreed.", ""},
      {"The talks covered trade/energy issues and the Black Sea.", ""},
      {"Ankara said the meeting was on 20/10 and covered the U.S./EU position.", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    Document doc = Load(Article(c.line));
    std::string expected_line = c.line;
    for (size_t p; (p = expected_line.find("\u00A0")) != std::string::npos;)
      expected_line.replace(p, 2, " ");
    EXPECT_EQ(Fate(doc, expected_line), c.reason);
    EXPECT_EQ(doc.headline, "Lavrov and Cavusoglu Discuss Karabakh");
    EXPECT_EQ(doc.paragraphs.size(), c.reason.empty() ? 3u : 2u);
    ExpectNoDroppedTextInSentences(doc);
  }
}

// The line above a photo credit is the photo's caption.
TEST(BoilerplateTest, CaptionAboveItsCredit) {
  const Document doc = Load(
      "Lavrov and Cavusoglu Discuss Karabakh\n\n"
      "Russian Foreign Minister Sergei Lavrov meets his Turkish counterpart in Antalya.\n"
      "REUTERS/Kemal Aslan\n\n"
      "The foreign ministers of Russia and Turkey held a telephone conversation on Thursday.\n");
  EXPECT_EQ(Fate(doc,
                 "Russian Foreign Minister Sergei Lavrov meets his Turkish counterpart in "
                 "Antalya."),
            "caption");
  EXPECT_EQ(Fate(doc, "REUTERS/Kemal Aslan"), "photo credit");
  ASSERT_EQ(doc.paragraphs.size(), 1u);
}

// A page scraped one element per line, without blank lines: each line that
// ends a sentence is a paragraph; a one-word section label above the
// headline is no headline.
TEST(BoilerplateTest, PageWithOneLinePerParagraph) {
  const std::string first =
      "ATHENS, Dec 7 (Reuters) - Turkish President Tayyip Erdogan and Greek Prime Minister "
      "Kyriakos Mitsotakis pledged on Thursday to improve ties during a visit to Athens.";
  const std::string second =
      "\"There is no problem between us that cannot be solved,\" Erdogan told a joint news "
      "conference in the Greek capital on Thursday.";
  const std::string third =
      "Mitsotakis said the two countries still disagreed on the delimitation of the continental "
      "shelf and exclusive economic zones.";
  const Document doc = Load("World\nErdogan, Mitsotakis hail calm waters at Athens talks\n" +
                            first + "\n" + second + "\n" + third + "\n");
  EXPECT_EQ(doc.headline, "Erdogan, Mitsotakis hail calm waters at Athens talks");
  EXPECT_EQ(Fate(doc, "World"), "short line");
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(doc.slice(doc.paragraphs[1]), second);
  ASSERT_TRUE(doc.outlet.has_value());
  EXPECT_EQ(*doc.outlet, "Reuters");
}

// Text wrapped at a width stays one paragraph per block.
TEST(BoilerplateTest, WrappedTextKeepsItsParagraphs) {
  const Document doc = Load(
      "Lavrov and Cavusoglu Discuss Karabakh\n\n"
      "The foreign ministers of Russia and Turkey held a telephone conversation on\n"
      "Thursday and discussed the situation in the region, the Russian ministry said in a\n"
      "statement. The two sides affirmed their readiness for close coordination of their\n"
      "steps. Cavusoglu said Ankara supported a lasting solution of the conflict.\n");
  EXPECT_EQ(doc.paragraphs.size(), 1u);
}

TEST(BoilerplateTest, WidgetTailAfterTheLastParagraph) {
  Document doc = Load(Article("Next paragraph is fine.") +
                      "\nShow More\n\nRelated Articles\n\nBack to top button\n"
                      "Verified by MonsterInsights\nXS\nSM\nMD\nLG");
  EXPECT_EQ(doc.paragraphs.size(), 3u);
  for (const char* line : {"Show More", "Related Articles", "Back to top button",
                           "Verified by MonsterInsights", "XS", "SM", "MD", "LG"})
    EXPECT_NE(Fate(doc, line), "") << line;
  ExpectNoDroppedTextInSentences(doc);
}

TEST(BoilerplateTest, RepeatedCaptionsAreDroppedEverywhere) {
  const std::string caption =
      "TURKEY -- Russian Foreign Minister Sergei Lavrov (L) and Turkish Foreign Minister Mevlut "
      "Cavusoglu meet in Antalya, March 29, 2019";
  Document doc = Load("Russia, Turkey Hold More Talks\n\n" + caption + "\n" + caption +
                      "\n\nThe foreign ministers spoke by phone on Thursday.\n");
  ASSERT_EQ(doc.dropped.size(), 3u);
  EXPECT_EQ(doc.dropped[1].reason, "repeated line");
  EXPECT_EQ(doc.dropped[2].reason, "repeated line");
  EXPECT_EQ(doc.paragraphs.size(), 1u);
}

TEST(BoilerplateTest, RepeatedCaptionsCompareAfterNormalization) {
  Document doc = Load(
      "Headline\n\nRussia's minister Sergei Lavrov (left) with Mevlut Cavusoglu\n\n"
      "Russia\u2019s  minister Sergei Lavrov (left) with Mevlut Cavusoglu\n\n"
      "The ministers spoke by phone on Thursday about the fighting.\n");
  EXPECT_EQ(doc.dropped.size(), 3u);
  EXPECT_EQ(doc.paragraphs.size(), 1u);
}

TEST(BoilerplateTest, RepeatedProseKeepsItsFirstCopy) {
  const std::string quote = "\"We are close to victory,\" Erdogan said after the call with Aliyev.";
  Document doc =
      Load("Headline\n\n" + quote + "\n\nThe fighting continued on Sunday.\n\n" + quote + "\n");
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  ASSERT_EQ(doc.dropped.size(), 2u);
  EXPECT_EQ(doc.dropped[1].reason, "repeated line");
  EXPECT_GT(doc.dropped[1].span.start, doc.paragraphs[1].start);
}

TEST(BoilerplateTest, RepeatedHeadlineAndOtherScriptLineBeforeIt) {
  Document doc = Load(
      "\u0544\u0561\u057F\u0579\u0565\u056C\u056B\u0578\u0582\u0569\u0575\u0561\u0576\n\n"
      "Turkey, Russia intensify talks\n\nTurkey, Russia intensify talks\n\n"
      "TURKEY, RUSSIA INTENSIFY TALKS\n\nThe leaders spoke by phone late on Saturday.\n");
  EXPECT_EQ(doc.headline, "Turkey, Russia intensify talks");
  ASSERT_EQ(doc.dropped.size(), 4u);
  EXPECT_EQ(doc.dropped[0].reason, "other script");
  EXPECT_EQ(doc.dropped[1].reason, "headline");
  EXPECT_EQ(doc.dropped[2].reason, "repeated headline");
  EXPECT_EQ(doc.dropped[3].reason, "repeated headline");
}

TEST(BoilerplateTest, NoHeadlineWhenTheFirstLineIsProse) {
  Document doc = Load(
      "The foreign ministers of Russia and Turkey held a telephone conversation on Thursday, "
      "during which they said they supported an immediate end to the hostilities.\n\n"
      "Second paragraph.\n");
  EXPECT_EQ(doc.headline, "");
  EXPECT_EQ(doc.paragraphs.size(), 2u);
}

TEST(BoilerplateTest, LineKeyIgnoresCaseAndSpacing) {
  EXPECT_EQ(line_key("Show  More"), line_key("show more"));
  EXPECT_NE(line_key("Show More"), line_key("Show Less"));
  EXPECT_EQ(line_key("ERDO\u011EAN MET \u00C7AVU\u015EO\u011ELU"),
            line_key("Erdogan met Cavusoglu"));
}

// Latin text is folded word by word (cached), other scripts line by line
// (their transliteration rules look at neighbouring letters); both must give
// what folding the whole line gives.
TEST(BoilerplateTest, LineKeysFoldEachScriptAsAWholeLineWould) {
  struct Row {
    std::string in, key;
  };
  const Row rows[] = {
      {"Show  More", "show more"},
      {"", ""},
      {" \t ", ""},
      {"\t  Related\t\tARTICLES >>  ", "related articles >>"},
      {"  \tPresident  Recep\tTayyip ERDO\u011EAN  ", "president recep tayyip erdogan"},
      {"Mevl\u00FCt \u00C7avu\u015Fo\u011Flu\u2026", "mevlut cavusoglu..."},
      {"\u00C6sir STRA\u00DFE \u00C6", "aesir strasse ae"},
      {"e\u0301cole \u0301x", "ecole \u0301x"},  // a combining mark after a space stays
      {"\u01C4 d\u017Eungla \u01C5x", "dz dzungla dzx"},
      {"\u00BD \u00B0C \u2116 5", "1/2 \u00B0c no 5"},
      {"\u0544\u0561\u057F\u0579\u0565\u056C\u056B\u0578\u0582\u0569\u0575\u0561\u0576 "
       "\u0570\u0572\u0578\u0582\u0574\u0576\u0565\u0580",
       "matc'eliut'yan hgumner"},
      {"Erdo\u011Fan \u0578\u0582 \u0578\u0582\u0580", "erdogan u ur"},
      {"\u041F\u0443\u0442\u0438\u043D  "
       "\u0412\u0421\u0422\u0420\u0415\u0422\u0418\u041B\u0421\u042F",
       "putin vstretilsa"},
      {"\u039F\u0394\u039F\u03A3 \u03A3", "odos s"},
      {"\u064F \u063A", "u gh"},  // the Arabic mark is read with the letter after the space
  };
  for (const Row& row : rows) EXPECT_EQ(line_key(row.in), row.key) << row.in;
}

// Trimmed lines with single spaces take the eight-byte path; any other
// blanks the collapsing one. Both must give the byte-by-byte key.
TEST(BoilerplateTest, LineKeyFastPathMatchesByteByByte) {
  auto slow = [](std::string_view text) {
    std::string key;
    bool space = false;
    for (char c : text) {
      if (c == ' ' || c == '\t') {
        space = !key.empty();
        continue;
      }
      if (space) key += ' ';
      space = false;
      key += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    return key;
  };
  const std::string alphabet = "AZaz09@[`{ \t-.";
  std::mt19937 rng(11);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += alphabet[pick(rng)];
    ASSERT_EQ(line_key(text), slow(text)) << text;
  }
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"ALL CAPS HEADLINE OVER EIGHT BYTES", "all caps headline over eight bytes"},
      {"Tab\tinside", "tab inside"},
      {"Two  spaces", "two spaces"},
      {" Leading", "leading"},
      {"Trailing\t", "trailing"},
      {"", ""},
  };
  for (const auto& [in, key] : rows) EXPECT_EQ(line_key(in), key) << in;
}

// Once a line has a long or lower-case token, measuring goes eight ASCII
// bytes at a time: words (capped), letters and quotes across those blocks.
TEST(BoilerplateTest, LineCountsAcrossEightByteBlocks) {
  std::string many_words;
  for (int i = 0; i < 70; ++i) many_words += "w ";
  struct Row {
    std::string line;
    uint32_t words, letters;
    bool has_quote, caps_tokens;
  };
  const Row rows[] = {
      {"Short line", 2, 9, false, false},
      {"XS SM EN RU", 4, 8, false, true},
      {"abc\tdefgh ijklmnop qrstuvwx\t\tyz \"quoted\" end.", 7, 35, true, false},
      {"Erdo\u011Fan met \u00C7avu\u015Fo\u011Flu and 12345678 others", 6, 28, false, false},
      {"12345678 90123456 \"7890\"", 3, 0, true, false},
      {"The quote is at the very end of an eight byte block: abcdefg\"", 13, 47, true, false},
      {many_words, kMaxCountedWords, 70, false, false},
      {"A+ A- a1234567890bcdefghij k", 4, 13, false, false},
  };
  for (const Row& row : rows) {
    const Line line = split_lines(row.line).at(0);
    EXPECT_EQ(line.words, row.words) << row.line;
    EXPECT_EQ(line.letters, row.letters) << row.line;
    EXPECT_EQ(line.has_quote, row.has_quote) << row.line;
    EXPECT_EQ(line.caps_tokens, row.caps_tokens) << row.line;
  }
}

TEST(BoilerplateTest, LineShapes) {
  std::vector<Line> lines = split_lines("  Hello world.\"  \nXS SM\n\nAbc\u2026");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].trimmed, (Span{2, 15}));
  EXPECT_TRUE(lines[0].ends_sentence);
  EXPECT_TRUE(lines[0].has_quote);
  EXPECT_EQ(lines[0].words, 2u);
  EXPECT_TRUE(lines[1].caps_tokens);
  EXPECT_FALSE(lines[0].caps_tokens);
  EXPECT_TRUE(lines[2].blank());
  EXPECT_TRUE(lines[3].ends_sentence);
}

}  // namespace
}  // namespace kd
