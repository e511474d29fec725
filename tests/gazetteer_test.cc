#include "gazetteer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "gazetteer_table.h"
#include "gazetteer_words.h"

namespace kd {
namespace {

// A small lexicon written for the test, so the cases do not depend on the
// shipped data; one case checks the shipped lexicon too.
const Lexicon& test_lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    Status s = merge_lexicon_json(l, R"({
      "entities": [
        {"name": "Antony Blinken", "aliases": ["Blinken", "Tony Blinken"], "side": "Washington",
         "role": "secretary of state"},
        {"name": "Wang Yi", "side": "Beijing", "role": "foreign minister"},
        {"name": "Chinese Foreign Ministry", "aliases": ["China's Foreign Ministry"],
         "side": "Beijing", "kind": "institution"},
        {"name": "Mevlut Cavusoglu", "aliases": ["Mevlüt Çavuşoğlu", "Cavusoglu"], "side": "Ankara"},
        {"name": "Associated Press", "aliases": ["AP"], "side": "other", "kind": "media"},
        {"name": "Xinhua", "aliases": ["Xinhua News Agency"], "side": "Beijing", "kind": "media"},
        {"name": "Politico", "side": "other", "kind": "media"}
      ],
      "sides": [
        {"side": "Washington", "words": ["United States", "US", "American", "Washington"]},
        {"side": "Beijing", "words": ["China", "Chinese", "Beijing"]}
      ]})",
                                  "test");
    EXPECT_TRUE(s.ok());
    return l;
  }();
  return lex;
}

std::vector<std::string> names(const Gazetteer& g, std::string_view text) {
  std::vector<std::string> out;
  for (const EntityMention& m : g.find(text))
    out.push_back(m.entity->name + "@" + std::string(text.substr(m.span.start, m.span.size())));
  return out;
}

TEST(GazetteerTest, FindsNamesAcrossCaseAccentsAndSpelling) {
  Gazetteer g(test_lexicon());
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } cases[] = {
      {"Tony Blinken called Wang Yi.", {"Antony Blinken@Tony Blinken", "Wang Yi@Wang Yi"}},
      {"BLINKEN said", {"Antony Blinken@BLINKEN"}},
      {"Çavuşoğlu and Cavusoglu", {"Mevlut Cavusoglu@Çavuşoğlu", "Mevlut Cavusoglu@Cavusoglu"}},
      // One edit in a long name: transposition, substitution, deletion.
      {"Cavusolgu, Cavusoglo, Cavusogl",
       {"Mevlut Cavusoglu@Cavusolgu", "Mevlut Cavusoglu@Cavusoglo", "Mevlut Cavusoglu@Cavusogl"}},
      // After a first name the lexicon does not know, it is someone else's
      // surname; after a word of a role or the known first name, a typo.
      {"Ahmet Cavusolgu said", {}},
      {"Secretary Cavusolgu said", {"Mevlut Cavusoglu@Cavusolgu"}},
      {"Mevlut Cavusolgu said", {"Mevlut Cavusoglu@Mevlut Cavusolgu"}},
      // A surname alone after a first name the lexicon does not know is
      // someone else's ("Hunter Blinken"); after a word of a role, a title's
      // letters, a sentence's opening word or a spelling of the known first
      // name, it is the official's.
      {"Hunter Blinken said", {}},
      {"Secretary Blinken said", {"Antony Blinken@Blinken"}},
      {"FM Cavusoglu said", {"Mevlut Cavusoglu@Cavusoglu"}},
      {"After Cavusoglu spoke", {"Mevlut Cavusoglu@Cavusoglu"}},
      {"Sheikh Cavusoglu spoke", {"Mevlut Cavusoglu@Cavusoglu"}},
      {"Anthony Blinken said", {"Antony Blinken@Blinken"}},
      {"Mevlud Cavusoglu said", {"Mevlut Cavusoglu@Cavusoglu"}},
      // A first name the lexicon gives to somebody else only ("Wang" of
      // Wang Yi), or another name of the same initial, is someone else's.
      {"Wang Blinken said", {}},
      {"Anna Blinken said", {}},
      // Two edits or a lower-case word are not names; nor is a word one
      // edit from the name of an outlet or a body (only people's names
      // are corrected).
      {"Cavasolgu cavusolgu", {}},
      {"the Centre for Practical Politics", {}},
      {"Politico reported", {"Politico@Politico"}},
      // Longest match: the ministry, not the country word inside it.
      {"China's Foreign Ministry said", {"Chinese Foreign Ministry@China's Foreign Ministry"}},
      {"told Xinhua News Agency", {"Xinhua@Xinhua News Agency"}},
      // Short capitalised abbreviations match only in capitals.
      {"the AP reported; tell ap", {"Associated Press@AP"}},
  };
  for (const Case& c : cases) EXPECT_EQ(names(g, c.text), c.expected) << c.text;
}

TEST(GazetteerTest, SideWords) {
  Gazetteer g(test_lexicon());
  EXPECT_EQ(g.side_of_word("Chinese"), "Beijing");
  EXPECT_EQ(g.side_of_word("china's"), "Beijing");
  EXPECT_EQ(g.side_of_word("US"), "Washington");
  EXPECT_EQ(g.side_of_word("us"), "");  // the pronoun
  EXPECT_EQ(g.side_of_word("Paris"), "");
  auto sides = g.find_sides("the United States and China, said us");
  ASSERT_EQ(sides.size(), 2u);
  EXPECT_EQ(sides[0].side, "Washington");
  EXPECT_EQ(sides[0].span.start, 4u);
  EXPECT_EQ(sides[0].span.end, 17u);
  EXPECT_EQ(sides[1].side, "Beijing");
}

// Words of ASCII letters and digits are folded in place, others are split:
// both give the same answers.
TEST(GazetteerTest, SideOfWordAnyWriting) {
  Gazetteer g(test_lexicon());
  const struct {
    std::string word, side;
  } cases[] = {
      {"CHINESE", "Beijing"},
      {"Chinese.", "Beijing"},
      {"China’s", "Beijing"},
      {"Chinese-made", ""},
      {"Us", ""},
      {"", ""},
      {"Chinese2", ""},
      {std::string(40, 'a'), ""},
      {"Chinesé", "Beijing"},  // folded as "chinese"
  };
  for (const auto& c : cases) EXPECT_EQ(g.side_of_word(c.word), c.side) << c.word;
}

TEST(GazetteerTest, ByName) {
  Gazetteer g(test_lexicon());
  ASSERT_NE(g.by_name("Wang Yi"), nullptr);
  EXPECT_EQ(g.by_name("wang yi")->side, "Beijing");
  EXPECT_EQ(g.by_name("Wang"), nullptr);
}

// A first name's gender is that of the people of the lexicon who have it,
// whatever its writing; unknown when no one or both genders do.
TEST(GazetteerTest, GivenNameGender) {
  Lexicon lex;
  ASSERT_TRUE(merge_lexicon_json(lex, R"({"entities":[
      {"name":"Bruno Alvarez","kind":"person","gender":"male"},
      {"name":"Bruno Lindqvist","kind":"person","gender":"male"},
      {"name":"Ines Moreau","kind":"person","gender":"female"},
      {"name":"Andrea Rossi","kind":"person","gender":"male"},
      {"name":"Andrea Weber","kind":"person","gender":"female"},
      {"name":"Omar Haddad","kind":"person"},
      {"name":"Bruno Office","kind":"institution"},
      {"name":"Sun Weidong","kind":"person","gender":"male","side":"Beijing"}],
      "sides":[{"side":"Beijing","family_name_first":true,"words":["China"]}]})",
                                 "test.json")
                  .ok());
  Gazetteer g(lex);
  const std::pair<const char*, Gender> cases[] = {
      {"Bruno", Gender::kMale},
      {"BRUNO", Gender::kMale},
      {"Inès", Gender::kFemale},
      {"Andrea", Gender::kUnknown},
      {"Omar", Gender::kUnknown},
      {"Moreau", Gender::kUnknown},
      {"Nobody", Gender::kUnknown},
      {"two words", Gender::kUnknown},
      // A family's name where names open with it: "Sun Yun" is a woman.
      {"Sun", Gender::kUnknown},
  };
  for (const auto& [word, gender] : cases) EXPECT_EQ(g.given_name_gender(word), gender) << word;
}

struct Official {
  const char* text;
  const char* name;
  const char* side;
};

// Each text names exactly one entity of the shipped lexicon: `name`, of `side`.
void expect_shipped(const std::vector<Official>& cases) {
  Gazetteer g(default_lexicon());
  for (const Official& c : cases) {
    auto found = g.find(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].entity->name, c.name) << c.text;
    EXPECT_EQ(found[0].entity->side, c.side) << c.text;
  }
}

TEST(GazetteerTest, ShippedLexiconKnowsTheMainOfficialsAndOutlets) {
  expect_shipped({
      {"Sergey Lavrov", "Sergei Lavrov", "Moscow"},
      {"Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "Ankara"},
      {"Erdoğan", "Recep Tayyip Erdogan", "Ankara"},
      {"Nebenzia", "Vasily Nebenzya", "Moscow"},
      {"Jeyhun Bayramov", "Jeyhun Bayramov", "Baku"},
      {"Zohrab Mnatsakanyan", "Zohrab Mnatsakanyan", "Yerevan"},
      {"Antony Blinken", "Antony Blinken", "Washington"},
      {"Wang Yi", "Wang Yi", "Beijing"},
      {"the Turkish Presidential Communications Directorate",
       "Presidential Communications Directorate", "Ankara"},
      {"the Armenian defense ministry", "Armenian Defense Ministry", "Yerevan"},
      {"Anadolu New Agency", "Anadolu", "Ankara"},
      {"the Interfax news agency", "Interfax", "Moscow"},
      {"Qatar's Al Jazeera TV channel", "Al Jazeera", "other"},
  });
}

// The shipped side words: the longest phrase wins ("South Korean" is Seoul,
// not a Korea of either side), and words decided ambiguous are no side.
TEST(GazetteerTest, ShippedSideWordsAndAmbiguousNames) {
  Gazetteer g(default_lexicon());
  struct Case {
    const char* text;
    std::vector<std::string> sides;
  } cases[] = {
      {"the Georgian foreign ministry", {"Tbilisi"}},
      {"Atlanta, Georgia", {}},
      {"South Korean President", {"Seoul"}},
      {"North Korea and South Korea", {"Pyongyang", "Seoul"}},
      {"the Korean Peninsula", {}},
      {"Democratic Republic of the Congo and Republic of the Congo", {"Kinshasa", "Brazzaville"}},
      {"Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea",
       {"Bissau", "Malabo", "Port Moresby", "Conakry"}},
      {"South Sudan and Sudan", {"Juba", "Khartoum"}},
      {"Dominica and the Dominican Republic", {"Roseau", "Santo Domingo"}},
      {"Niger and Nigeria", {"Niamey", "Abuja"}},
      {"Chad Wolf said; the Chadian army", {"N'Djamena"}},
      {"Delhi police in New Delhi", {"New Delhi"}},
      {"New Mexico and Mexico", {"other", "Mexico City"}},
      {"Latin American leaders", {"other"}},
      {"Israeli officials in Jerusalem and East Jerusalem", {"Jerusalem", "Jerusalem", "Ramallah"}},
      {"Taiwan's Republic of China and the People's Republic of China",
       {"Taipei", "Taipei", "Beijing"}},
      {"Saudi Arabia, Qatar, Egypt and Jordan", {"Riyadh", "Doha", "Cairo", "Amman"}},
      {"the Minsk Group, the Minsk agreements and Minsk", {"Minsk Group", "other", "Minsk"}},
      {"Turkish Cypriot and Greek Cypriot leaders", {"North Nicosia", "Nicosia"}},
      {"the Dutch foreign minister in The Hague", {"The Hague", "The Hague"}},
      {"White House, Downing Street, Zhongnanhai", {"Washington", "London", "Beijing"}},
      {"NATO and the UN; tell un", {"NATO", "United Nations"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> found;
    for (const SideMention& m : g.find_sides(c.text)) found.push_back(m.side);
    EXPECT_EQ(found, c.sides) << c.text;
  }
}

// Officials of the governments added beyond the first ones.
TEST(GazetteerTest, ShippedLexiconKnowsOtherGovernments) {
  expect_shipped({
      {"Benjamin Netanyahu", "Benjamin Netanyahu", "Jerusalem"},
      {"Sameh Shoukry", "Sameh Shoukry", "Cairo"},
      {"Faisal bin Farhan", "Faisal bin Farhan", "Riyadh"},
      {"S. Jaishankar", "Subrahmanyam Jaishankar", "New Delhi"},
      {"Ishaq Dar", "Ishaq Dar", "Islamabad"},
      {"Kim Jong-un", "Kim Jong Un", "Pyongyang"},
      {"Yoon Suk Yeol", "Yoon Suk Yeol", "Seoul"},
      {"Fumio Kishida", "Fumio Kishida", "Tokyo"},
      {"Péter Szijjártó", "Peter Szijjarto", "Budapest"},
      {"Lula da Silva", "Luiz Inacio Lula da Silva", "Brasilia"},
      {"the Georgian Foreign Ministry", "Georgian Foreign Ministry", "Tbilisi"},
      {"India's Ministry of External Affairs", "Indian Ministry of External Affairs", "New Delhi"},
      {"Korean Central News Agency", "KCNA", "Pyongyang"},
      {"Jens Stoltenberg", "Jens Stoltenberg", "NATO"},
      {"Antonio Guterres", "Antonio Guterres", "United Nations"},
  });
}

// Among patterns starting with the same word, the longest that matches wins
// and, among equally long ones, the one listed first, whatever the order in
// which they were added.
TEST(GazetteerTest, LongestThenFirstListedAmongPatternsOfOneFirstWord) {
  Lexicon lex;
  ASSERT_TRUE(merge_lexicon_json(lex, R"({
      "entities": [
        {"name": "Foreign Ministry", "side": "A"},
        {"name": "Foreign Ministry Spokesman Office", "side": "B"},
        {"name": "Second Ministry", "aliases": ["Foreign Ministry"], "side": "C"},
        {"name": "Foreign Ministry Spokesman", "side": "D"},
        {"name": "Foreign", "aliases": ["Foreign Office"], "side": "E"}
      ],
      "sides": [
        {"side": "X", "words": ["Red", "Red Sea"]},
        {"side": "Y", "words": ["Red Sea Coast", "Red Sea"]}
      ]})",
                                 "test")
                  .ok());
  Gazetteer g(lex);
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } cases[] = {
      {"the Foreign Ministry said", {"Foreign Ministry@Foreign Ministry"}},
      {"the Foreign Ministry Spokesman said",
       {"Foreign Ministry Spokesman@Foreign Ministry Spokesman"}},
      {"Foreign Ministry Spokesman Office",
       {"Foreign Ministry Spokesman Office@Foreign Ministry Spokesman Office"}},
      {"Foreign Ministry Spokesman", {"Foreign Ministry Spokesman@Foreign Ministry Spokesman"}},
      {"Foreign Ministry", {"Foreign Ministry@Foreign Ministry"}},  // at the end of the text
      {"Foreign Office Foreign", {"Foreign@Foreign Office", "Foreign@Foreign"}},
      {"Foreign Foreign Ministry", {"Foreign@Foreign", "Foreign Ministry@Foreign Ministry"}},
  };
  for (const Case& c : cases) EXPECT_EQ(names(g, c.text), c.expected) << c.text;
  std::vector<EntityMention> entities;
  std::vector<SideMention> sides;
  g.find_both("Red Sea Coast, the Red Sea and Red", entities, sides);
  ASSERT_EQ(sides.size(), 3u);
  EXPECT_EQ(sides[0].side, "Y");  // the longest
  EXPECT_EQ(sides[0].span.end, 13u);
  EXPECT_EQ(sides[1].side, "X");  // as long as Y's, listed first
  EXPECT_EQ(sides[1].span.end, 26u);
  EXPECT_EQ(sides[2].side, "X");
  EXPECT_EQ(g.side_of_word("Red"), "X");
  EXPECT_TRUE(entities.empty());
}

// Gazetteers of one lexicon share an index; a changed lexicon gets its own.
TEST(GazetteerTest, GazetteersOfOneLexiconAgreeAndSeeItsChanges) {
  Lexicon lex;
  ASSERT_TRUE(merge_lexicon_json(lex, R"({"entities": [{"name": "Wang Yi", "side": "Beijing"}],
      "sides": [{"side": "Beijing", "words": ["China"]}]})",
                                 "one")
                  .ok());
  const std::string text = "Wang Yi and Sergey Lavrov, China and Russia";
  auto first = std::make_unique<Gazetteer>(lex);
  Gazetteer second(lex);
  EXPECT_EQ(names(*first, text), std::vector<std::string>{"Wang Yi@Wang Yi"});
  EXPECT_EQ(names(second, text), names(*first, text));
  first.reset();  // the shared index stays with the second
  // `second` is not used once the lexicon changes: its entities may move.
  EXPECT_EQ(names(second, text), std::vector<std::string>{"Wang Yi@Wang Yi"});
  ASSERT_TRUE(merge_lexicon_json(lex, R"({"entities": [{"name": "Sergey Lavrov", "side": "Moscow"}],
      "sides": [{"side": "Moscow", "words": ["Russia"]}]})",
                                 "two")
                  .ok());
  Gazetteer third(lex);
  EXPECT_EQ(names(third, text),
            (std::vector<std::string>{"Wang Yi@Wang Yi", "Sergey Lavrov@Sergey Lavrov"}));
  EXPECT_EQ(third.find_sides(text).size(), 2u);
  EXPECT_EQ(third.side_of_word("Russia"), "Moscow");
}

// One Gazetteer shared by threads (the extractor's workers): same answers.
TEST(GazetteerTest, ThreadsSharingOneGazetteerGetTheSameAnswers) {
  Gazetteer g(test_lexicon());
  const std::string text =
      "Tony Blinken and Cavusolgu met Wang Yi; the United States and China, Çavuşoğlu said.";
  const std::vector<std::string> expected = names(g, text);
  ASSERT_EQ(expected.size(), 4u);
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int k = 0; k < 200; ++k) {
        std::vector<EntityMention> entities;
        std::vector<SideMention> sides;
        g.find_both(text + std::string(static_cast<size_t>(k % 3), ' '), entities, sides);
        if (entities.size() != 4 || sides.size() != 2 || names(g, text) != expected) ++wrong[t];
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

// The words, their folded forms and their hashes, as the matcher sees them.
TEST(GazetteerWordsTest, SplitsFoldsAndHashes) {
  struct Case {
    const char* text;
    std::vector<std::string> folded;
    std::vector<std::string> raw;
    std::vector<bool> caps;
    std::vector<bool> capital;
  } cases[] = {
      {"", {}, {}, {}, {}},
      {"  ,. ", {}, {}, {}, {}},
      {"Kremlin's U.N. envoy",
       {"kremlin", "s", "u", "n", "envoy"},
       {"Kremlin", "s", "U", "N", "envoy"},
       {false, false, true, true, false},
       {true, false, true, true, false}},
      {"AFP 2020 B52s x",
       {"afp", "2020", "b52s", "x"},
       {"AFP", "2020", "B52s", "x"},
       {true, true, false, false},
       {true, false, true, false}},
      // The bytes next to the letter and digit ranges separate words.
      {"@A[Z`a{z/0:9\x7f",
       {"a", "z", "a", "z", "0", "9"},
       {"A", "Z", "a", "z", "0", "9"},
       {true, true, false, false, true, true},
       {true, true, false, false, false, false}},
      // Words of eight bytes and across eight-byte chunks, one at the end.
      {"abcdefgh ABCDEFGHIJKLMNOPQ x1234567 Abcdefghijklmnop",
       {"abcdefgh", "abcdefghijklmnopq", "x1234567", "abcdefghijklmnop"},
       {"abcdefgh", "ABCDEFGHIJKLMNOPQ", "x1234567", "Abcdefghijklmnop"},
       {false, true, false, false},
       {false, true, false, true}},
      {"abcdefgh", {"abcdefgh"}, {"abcdefgh"}, {false}, {false}},
      // Case after a non-ASCII first letter: ASCII only, then mixed.
      {"Çavusoglu ÇAVUSOGLU Éu",
       {"cavusoglu", "cavusoglu", "eu"},
       {"Çavusoglu", "ÇAVUSOGLU", "Éu"},
       {false, true, false},
       {true, true, true}},
      {"Çavuşoğlu met ÇAVUŞOĞLU",
       {"cavusoglu", "met", "cavusoglu"},
       {"Çavuşoğlu", "met", "ÇAVUŞOĞLU"},
       {false, false, true},
       {true, false, true}},
      // A non-ASCII word whose folding is longer than itself, between ASCII
      // words: the buffer grows and the earlier words must survive it.
      {"ab Лавров cd ß",
       {"ab", "lavrov", "cd", "ss"},
       {"ab", "Лавров", "cd", "ß"},
       {false, false, false, false},
       {false, true, false, false}},
  };
  gaz::Words words;
  for (const Case& c : cases) {
    words.split(c.text);
    ASSERT_EQ(words.size(), c.folded.size()) << c.text;
    const std::string_view text = c.text;
    for (size_t i = 0; i < words.size(); ++i) {
      const gaz::Token& t = words.token(i);
      EXPECT_EQ(t.text, c.folded[i]) << c.text << " #" << i;
      EXPECT_EQ(t.hash, gaz::hash_word(c.folded[i])) << c.text << " #" << i;
      EXPECT_EQ(text.substr(words[i].start, words[i].end - words[i].start), c.raw[i]) << c.text;
      EXPECT_EQ(words[i].caps, c.caps[i]) << c.text << " #" << i;
      EXPECT_EQ(words[i].capital, c.capital[i]) << c.text << " #" << i;
    }
  }
}

// Every ASCII byte at every place in an eight-byte chunk: a letter or digit
// joins the letters around it, anything else separates them.
TEST(GazetteerWordsTest, EveryAsciiByteAtEveryChunkPlace) {
  gaz::Words words;
  for (int c = 0; c < 0x80; ++c) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    for (size_t before = 1; before <= 9; ++before) {
      std::string text(before, 'a');
      text += static_cast<char>(c);
      text += "b";
      words.split(text);
      if (alnum) {
        ASSERT_EQ(words.size(), 1u) << c << " " << before;
        std::string folded(before, 'a');
        folded += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        folded += "b";
        EXPECT_EQ(words.token(0).text, folded) << c << " " << before;
        EXPECT_EQ(words.token(0).hash, gaz::hash_word(folded)) << c << " " << before;
        EXPECT_EQ(words[0].caps, false) << c << " " << before;
      } else {
        ASSERT_EQ(words.size(), 2u) << c << " " << before;
        EXPECT_EQ(words.token(0).text, std::string(before, 'a')) << c << " " << before;
        EXPECT_EQ(words.token(1).text, "b") << c << " " << before;
      }
    }
  }
}

TEST(GazetteerWordsTest, LongTextAfterShortReusesTheBuffer) {
  gaz::Words words;
  words.split("short");
  std::string text;
  for (int i = 0; i < 500; ++i) text += "Word" + std::to_string(i) + " Ünïcödé ";
  words.split(text);
  ASSERT_EQ(words.size(), 1000u);
  EXPECT_EQ(words.token(0).text, "word0");
  EXPECT_EQ(words.token(1).text, "unicode");
  EXPECT_EQ(words.token(998).text, "word499");
  EXPECT_EQ(words.token(999).hash, gaz::hash_word("unicode"));
}

TEST(GazetteerTableTest, NumbersWordsAndFindsThemAfterGrowing) {
  gaz::WordTable table;
  EXPECT_EQ(table.find("absent"), gaz::WordTable::kNone);  // empty table
  EXPECT_EQ(gaz::WordTable::kNone, 0u);                    // callers index by it
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (size_t i = 0; i < words.size(); ++i) {
    const auto [id, added] = table.insert(words[i]);
    EXPECT_TRUE(added) << words[i];
    EXPECT_EQ(id, i + 1) << words[i];  // numbered from 1 in insertion order
    EXPECT_EQ(table.find(words[i]), id) << words[i];
  }
  ASSERT_EQ(table.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const uint32_t id = table.find(words[i]);
    ASSERT_NE(id, gaz::WordTable::kNone) << words[i];
    EXPECT_EQ(table.word(id), words[i]);
    EXPECT_EQ(table.insert(words[i]), std::make_pair(id, false)) << words[i];
  }
  struct Absent {
    const char* word;
  } absent[] = {{"w1"}, {"w"}, {""}, {"w7919 "}, {"W7919"}};
  for (const Absent& a : absent) EXPECT_EQ(table.find(a.word), gaz::WordTable::kNone) << a.word;
}

TEST(GazetteerTableTest, SameHashDifferentWordIsAbsent) {
  gaz::WordTable table;
  table.insert("kremlin");
  // A token whose hash is that of a known word but whose text is not.
  const gaz::Token forged{"moscow", gaz::hash_word("kremlin")};
  EXPECT_EQ(table.find(forged), gaz::WordTable::kNone);
  EXPECT_NE(table.find(gaz::Token{"kremlin", gaz::hash_word("kremlin")}), gaz::WordTable::kNone);
}

}  // namespace
}  // namespace kd
