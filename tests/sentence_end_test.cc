// breaks_only_at_end(), the sentence splitter's fast path: whenever it says
// a paragraph is one sentence, ICU's sentence BreakIterator agrees; and it
// says so for the usual one-sentence paragraph of news.
// sentence_break_windows(): ICU run over the windows alone finds the breaks
// it finds over the whole text.
#include "loader_sentence_end.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace kd {
namespace {

std::string utf8(const std::u16string& text) {
  std::string out;
  return icu::UnicodeString(text.data(), static_cast<int32_t>(text.size())).toUTF8String(out);
}

// Whether ICU's English sentence instance breaks `text` only at its end,
// with line breaks read as spaces as the splitter shows paragraphs to ICU.
bool icu_breaks_only_at_end(std::u16string text) {
  std::replace(text.begin(), text.end(), u'\n', u' ');
  static std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    EXPECT_TRUE(U_SUCCESS(status));
    return made;
  }();
  it->setText(icu::UnicodeString(text.data(), static_cast<int32_t>(text.size())));
  const int32_t first = it->next();
  return first == icu::BreakIterator::DONE || first == static_cast<int32_t>(text.size());
}

// ICU's breaks in `text` (as the splitter shows it), end of text excluded.
std::vector<int32_t> icu_breaks(std::u16string text) {
  std::replace(text.begin(), text.end(), u'\n', u' ');
  UErrorCode status = U_ZERO_ERROR;
  static std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  EXPECT_TRUE(U_SUCCESS(status));
  it->setText(icu::UnicodeString(text.data(), static_cast<int32_t>(text.size())));
  std::vector<int32_t> out;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    if (b < static_cast<int32_t>(text.size())) out.push_back(b);
  return out;
}

// The breaks ICU finds over the windows of `text` alone, as UTF-16 indexes
// of the whole text; nullopt when sentence_break_windows() declines.
std::optional<std::vector<int32_t>> breaks_in_windows(const std::u16string& text) {
  std::string bytes;
  std::vector<int32_t> index_of_byte;  // UTF-16 index of each byte offset
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c;
    const int32_t at = i;
    U16_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    icu::UnicodeString(c).toUTF8String(bytes);
    index_of_byte.resize(bytes.size(), at);
  }
  index_of_byte.push_back(static_cast<int32_t>(text.size()));
  std::vector<BreakWindow> windows;
  if (!sentence_break_windows(bytes, windows)) return std::nullopt;
  std::vector<int32_t> out;
  for (const BreakWindow& w : windows) {
    const int32_t start = index_of_byte[w.start], end = index_of_byte[w.end];
    for (int32_t b : icu_breaks(text.substr(start, end - start))) out.push_back(start + b);
  }
  return out;
}

TEST(SentenceEndTest, KnownParagraphs) {
  const struct {
    std::u16string text;
    bool only_at_end;
  } kCases[] = {
      {u"", true},
      {u"Lavrov said Moscow supports a ceasefire", true},
      {u"Lavrov said Moscow supports a ceasefire.", true},
      {u"\u201CWe support a ceasefire,\u201D Lavrov said.", true},
      {u"He said: \u201CPeace is needed.\u201D", true},
      {u"He said (in Moscow).)  ", true},
      {u"Why?! Really.", false},
      {u"He left. \"", false},  // SB11: a quote after the space opens a new sentence
      {u"He left. .", true},    // SB8a: a terminator continues
      {u"U.S. officials said so.", false},
      {u"It rose 3.5 percent.", false},
      {u"One line\rand another", false},
      {u"One paragraph\u2029and another", false},
      {u"\u0412\u0441\u0451 \u0445\u043E\u0440\u043E\u0448\u043E\u3002", true},
      {u"\u0412\u0441\u0451\u3002 \u0425\u043E\u0440\u043E\u0448\u043E", false},
      {u"Done.\u00AD", true},  // a soft hyphen (Format) counts as the character before it
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(breaks_only_at_end(utf8(c.text)), c.only_at_end) << utf8(c.text);
    if (c.only_at_end) {
      EXPECT_TRUE(icu_breaks_only_at_end(c.text)) << utf8(c.text);
    }
  }
}

TEST(SentenceEndTest, ReadsUtf8AsTheSplitterShowsIt) {
  const struct {
    std::string text;
    bool only_at_end;
  } kCases[] = {
      {"Lavrov said\nMoscow supports it.", true},  // a line wrap is a space
      {"He left.\n", true},
      {"He left.\nThen he came back.", false},
      {"Caf\xC3\xA9 talks ended.", true},
      {"Bad \xC3 byte.", false},  // not UTF-8: ICU decides
      {"Bad byte \xFF", false},
      {"Bad byte after the end.\xFF", false},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(breaks_only_at_end(c.text), c.only_at_end) << c.text;
    if (c.only_at_end) {
      const icu::UnicodeString wide = icu::UnicodeString::fromUTF8(c.text);
      EXPECT_TRUE(icu_breaks_only_at_end(std::u16string(wide.getBuffer(), wide.length())))
          << c.text;
    }
  }
}

TEST(SentenceEndTest, NeverClaimsWhatIcuDoesNotAgreeWith) {
  // Short strings over the characters the rules turn on: terminators of
  // several scripts, closing punctuation, spaces, separators, letters of
  // both cases, digits, format and extending characters.
  const std::u16string alphabet =
      u".!?\u3002\u0964\u203C\"')]\u201D\u2019\u00BB( \t\u00A0\r\n\u0085\u2028"
      u"aAz\u00E9\u0416\u4E2D1,:\u00AD\u0301\u200D";
  std::mt19937 random(7);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 7);
  size_t claimed = 0;
  for (int n = 0; n < 200000; ++n) {
    std::u16string text;
    for (size_t k = length(random); k > 0; --k) text += alphabet[pick(random)];
    if (!breaks_only_at_end(utf8(text))) continue;
    ++claimed;
    ASSERT_TRUE(icu_breaks_only_at_end(text)) << utf8(text);
  }
  EXPECT_GT(claimed, 20000u) << "the fast path takes a fair share of the strings";
}

TEST(SentenceEndTest, WindowsAroundTerminators) {
  const std::string kLong = " talked about the ceasefire and the border for an hour ";
  const struct {
    std::string text;
    std::vector<std::string> windows;
  } kCases[] = {
      {"", {}},
      {"Lavrov said Moscow supports a ceasefire", {}},
      {"He left.", {"t."}},
      {"U.S. officials met", {"U.S. o"}},
      {"They met." + kLong + "in Moscow. Then", {"t. t", "w. T"}},
      {"He left. Then he came back.", {"t. Then he came back."}},  // close ones merge
      {"3.5 percent", {"3.5 p"}},
      {"Why?! \"Really.\" No", {"y?! \"Really.\" N"}},
      {"\xC3\x89t\xC3\xA9. Fin", {"\xC3\x89t\xC3\xA9. F"}},  // no two ASCII letters before it
  };
  for (const auto& c : kCases) {
    std::vector<BreakWindow> windows;
    ASSERT_TRUE(sentence_break_windows(c.text, windows)) << c.text;
    std::vector<std::string> got;
    for (const BreakWindow& w : windows) got.push_back(c.text.substr(w.start, w.end - w.start));
    EXPECT_EQ(got, c.windows) << c.text;
  }
  std::vector<BreakWindow> windows;
  EXPECT_FALSE(
      sentence_break_windows("One paragraph\xE2\x80\xA9"
                             "and another",
                             windows));
  EXPECT_FALSE(sentence_break_windows("Bad \xC3 byte.", windows));
}

TEST(SentenceEndTest, WindowsGiveTheBreaksOfTheWholeText) {
  // Strings over the characters the rules turn on, with runs of letters
  // (where windows are cut) and long enough to hold several windows.
  const std::u16string alphabet =
      u".!?\u3002\"')\u201D\u00BB( \t\u00A0\naaabcdeAABCz\u00E9\u0416\u4E2D19,:"
      u"\u00AD\u0301";
  std::mt19937 random(11);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 120);
  size_t windowed = 0;
  for (int n = 0; n < 50000; ++n) {
    std::u16string text;
    for (size_t k = length(random); k > 0; --k) text += alphabet[pick(random)];
    const std::optional<std::vector<int32_t>> got = breaks_in_windows(text);
    if (!got) continue;
    ++windowed;
    ASSERT_EQ(*got, icu_breaks(text)) << utf8(text);
  }
  EXPECT_GT(windowed, 10000u);
}

}  // namespace
}  // namespace kd
