#include "gazetteer.h"

#include <gtest/gtest.h>

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
        {"name": "Xinhua", "aliases": ["Xinhua News Agency"], "side": "Beijing", "kind": "media"}
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
      // Two edits or a lower-case word are not names.
      {"Cavasolgu cavusolgu", {}},
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

TEST(GazetteerTest, ByName) {
  Gazetteer g(test_lexicon());
  ASSERT_NE(g.by_name("Wang Yi"), nullptr);
  EXPECT_EQ(g.by_name("wang yi")->side, "Beijing");
  EXPECT_EQ(g.by_name("Wang"), nullptr);
}

TEST(GazetteerTest, ShippedLexiconKnowsTheMainOfficialsAndOutlets) {
  Gazetteer g(default_lexicon());
  struct Case {
    const char* text;
    const char* name;
    const char* side;
  } cases[] = {
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
  };
  for (const Case& c : cases) {
    auto found = g.find(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].entity->name, c.name) << c.text;
    EXPECT_EQ(found[0].entity->side, c.side) << c.text;
  }
}

}  // namespace
}  // namespace kd
