// Folding for matching: case, accents and scripts to lower-case ASCII.
#include "fold.h"

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

namespace kd {
namespace {

TEST(FoldTest, CaseAccentsAndTransliteration) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {{"Çavuşoğlu", "cavusoglu"},
               {"MEVLÜT", "mevlut"},
               {"Erdoğan", "erdogan"},
               {"Sergei LAVROV", "sergei lavrov"},
               {"Лавров", "lavrov"},
               {"ı", "i"},
               {"", ""},
               {"  Erdoğan,\tÇavuşoğlu\n", "  erdogan,\tcavusoglu\n"},
               {"Türkiye's FM", "turkiye's fm"},
               {"a\xff"
                "b",
                "a\xef\xbf\xbd"
                "b"}};
  for (const Case& c : cases) EXPECT_EQ(fold(c.in), c.out) << c.in;
}

// fold() transliterates word by word; the result must be what ICU gives for
// the whole text, whatever the scripts, marks and spacing.
TEST(FoldTest, WordByWordEqualsWholeText) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> whole(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status));
  const char* texts[] = {
      "Mevlüt Çavuşoğlu told Anadolu",
      "Министр иностранных дел Сергей Лавров заявил",
      "Ο Υπουργός Εξωτερικών Νίκος Δένδιας είπε",
      "王毅 与 布林肯 通电话",
      "Ærø ÆBLE Æble straße ǅemal",
      "Ilham Aliyev (İlham Əliyev) and Nikol Pashinyan (Նիկոլ Փաշինյան)",
      "e\xcc\x81 combining \xcc\x81mark after a space",
      "«quotes» “curly” – dashes — and\xc2\xa0no-break spaces",
      "وزير الخارجية التركي مولود جاويش أوغلو",
      "\u064F \u063A",  // a mark after a space is read with the letters around it
      "e\u0301cole \u0301x \u0578\u0582 \u0578\u0582\u0580",
  };
  for (const char* text : texts) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    whole->transliterate(u);
    std::string expected;
    u.toUTF8String(expected);
    EXPECT_EQ(fold(text), expected) << text;
  }
}

TEST(FoldTest, IsAscii) {
  EXPECT_TRUE(is_ascii(""));
  EXPECT_TRUE(is_ascii("Lavrov said"));
  EXPECT_FALSE(is_ascii("Çavuşoğlu"));
}

// ASCII text takes the eight-bytes-at-a-time path: every ASCII byte, at
// every position of a word and in the tail, must come out as ICU's Lower
// would make it (only 'A'..'Z' change; '@' and '[' around them do not).
TEST(FoldTest, AsciiFastPathLowersEveryByte) {
  std::string all;
  for (int c = 1; c < 0x80; ++c) all += static_cast<char>(c);
  for (size_t shift = 0; shift < 9; ++shift) {
    const std::string text = std::string(shift, 'Q') + all;
    std::string expected = text;
    for (char& c : expected)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    EXPECT_EQ(fold(text), expected) << "shift " << shift;
  }
  EXPECT_EQ(fold("@AZ[`az{"), "@az[`az{");
  EXPECT_EQ(fold("ANKARA, Nov. 8 (AA)"), "ankara, nov. 8 (aa)");
}

}  // namespace
}  // namespace kd
