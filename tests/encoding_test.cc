// Loader decoding: BOMs, UTF-16, legacy 8-bit encodings, damaged UTF-8,
// line ends, binary and empty input; offsets back into the original bytes.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "karabakh_diff/loader.h"
#include "loader_decode.h"
#include "loader_test_util.h"

namespace kd {
namespace {

using namespace std::string_literals;

Document Load(std::string_view bytes) {
  Result<Document> r = load_bytes("t.txt", bytes, LoadOptions{}, default_lexicon());
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r).value() : Document{};
}

// UTF-16 bytes of an ASCII/Latin-1 string (enough for these fixtures).
std::string Utf16(std::string_view latin1, bool big_endian, bool bom) {
  std::string out;
  if (bom) out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char c : latin1) {
    const char lo = c, hi = '\0';
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

constexpr std::string_view kArticle =
    "Ankara Tells Moscow it Wants a Solution\n\n"
    "The ministers held a telephone conversation on Thursday. They discussed Karabakh.\n";

TEST(EncodingTest, DetectsAndDecodes) {
  struct Case {
    std::string name;
    std::string bytes;
    std::string encoding;
  } cases[] = {
      {"utf8", std::string(kArticle), "UTF-8"},
      {"utf8 bom", "\xEF\xBB\xBF" + std::string(kArticle), "UTF-8"},
      {"utf16le bom", Utf16(kArticle, false, true), "UTF-16LE"},
      {"utf16be bom", Utf16(kArticle, true, true), "UTF-16BE"},
      {"utf16le no bom", Utf16(kArticle, false, false), "UTF-16LE"},
      {"utf16be no bom", Utf16(kArticle, true, false), "UTF-16BE"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Document doc = Load(c.bytes);
    EXPECT_EQ(doc.encoding, c.encoding);
    EXPECT_EQ(doc.text, kArticle);
    EXPECT_EQ(doc.headline, "Ankara Tells Moscow it Wants a Solution");
    EXPECT_EQ(SentenceTexts(doc),
              (std::vector<std::string>{"The ministers held a telephone conversation on Thursday.",
                                        "They discussed Karabakh."}));
    ExpectOffsetsRoundTrip(doc, c.bytes);
  }
}

TEST(EncodingTest, Utf16WithoutBomIsAGuessAndSaysSo) {
  Document doc = Load(Utf16(kArticle, false, false));
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(doc.diagnostics[0].message, "no byte order mark, read as UTF-16LE");
}

TEST(EncodingTest, Utf16NonAsciiAndSurrogatePairs) {
  // "Çavuşoğlu 😀." in UTF-16LE with BOM.
  const std::string bytes =
      "\xFF\xFE"
      "C\0a\0l\0l\0\n\0\n\0\xC7\0a\0v\0u\0\x5F\x01o\0\x1F\x01l\0u\0 \0s\0a\0i\0d\0 \0"
      "h\0i\0 \0\x3D\xD8\x00\xDE.\0\n\0"s;
  Document doc = Load(bytes);
  EXPECT_EQ(doc.text, "Call\n\nÇavuşoğlu said hi 😀.\n");
  ExpectOffsetsRoundTrip(doc, bytes);
}

TEST(EncodingTest, Windows1252IsDetectedConvertedAndMapped) {
  // Curly quotes (0x93/0x94), apostrophe (0x92), en dash (0x96), é, ü, Ç.
  const std::string bytes =
      "Lavrov and Cavusoglu Discuss Karabakh\r\n\r\n"
      "Turkey\x92s foreign minister Mevl\xFCt \xC7"
      "avu\xFEo\xF0lu told Lavrov that a cease-fire "
      "would have no meaning \x93without a permanent solution \x96 end of occupation.\x94 "
      "The caf\xE9 owners in Ankara said they were not surprised by the r\xE9sum\xE9 of the "
      "talks.\r\n\r\n"
      "The ministers agreed to stay in touch. Both sides called the conversation useful.\r\n";
  Document doc = Load(bytes);
  EXPECT_EQ(doc.encoding, "windows-1252");
  ASSERT_FALSE(doc.diagnostics.empty());
  EXPECT_EQ(doc.diagnostics[0].message, "not valid UTF-8, read as windows-1252");
  EXPECT_EQ(doc.headline, "Lavrov and Cavusoglu Discuss Karabakh");
  ASSERT_GE(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.slice(doc.sentences[0].span),
            "Turkey's foreign minister Mevlüt Çavuþoðlu told Lavrov that a cease-fire would have "
            "no meaning \"without a permanent solution - end of occupation.\"");
  EXPECT_EQ(doc.text.find('\r'), std::string::npos);
  ExpectOffsetsRoundTrip(doc, bytes);
}

TEST(EncodingTest, InvalidUtf8IsReplacedAndReported) {
  struct Case {
    std::string bytes;
    std::string text;
    std::string warning;
  } cases[] = {
      {"Title\n\nÇavuşoğlu met Lavrov \xFF today.\n",
       "Title\n\nÇavuşoğlu met Lavrov \uFFFD today.\n", "invalid UTF-8 replaced (1 byte)"},
      {"Title\n\nErdoğan and Çavuşoğlu \xE2\x80 said \xC3\x28 it.\n",
       "Title\n\nErdoğan and Çavuşoğlu \uFFFD said \uFFFD( it.\n",
       "invalid UTF-8 replaced (3 bytes)"},
      {"Title\n\nÇavuşoğlu, Erdoğan, Gül: truncated at the end \xF0\x9F\x98",
       "Title\n\nÇavuşoğlu, Erdoğan, Gül: truncated at the end \uFFFD",
       "invalid UTF-8 replaced (3 bytes)"},
  };
  for (const Case& c : cases) {
    Document doc = Load(c.bytes);
    EXPECT_EQ(doc.encoding, "UTF-8");
    EXPECT_EQ(doc.text, c.text);
    ASSERT_EQ(doc.diagnostics.size(), 1u);
    EXPECT_EQ(doc.diagnostics[0].severity, Severity::kWarning);
    EXPECT_EQ(doc.diagnostics[0].message, c.warning);
    EXPECT_EQ(doc.diagnostics[0].path, "t.txt");
    ExpectOffsetsRoundTrip(doc, c.bytes);
  }
}

// decode() scans UTF-8 once (ASCII eight bytes at a time) and hands that scan on; with or without
// BOM, clean or damaged, the result is a view or a repaired copy with its warning.
TEST(EncodingTest, DecodeScansUtf8Once) {
  struct Case {
    std::string bytes, utf8, warning;  // warning: "" for none
    bool owned;
  } cases[] = {
      {"plain ASCII\n", "plain ASCII\n", "", false},
      {"Erdo\u011Fan \u2014 \u00C7avu\u015Fo\u011Flu",
       "Erdo\u011Fan \u2014 \u00C7avu\u015Fo\u011Flu", "", false},
      {"\xEF\xBB\xBFwith BOM \u00FC", "with BOM \u00FC", "", false},
      {"\u00FC\u00FC bad \xFF", "\u00FC\u00FC bad \uFFFD", "invalid UTF-8 replaced (1 byte)", true},
      {"\xEF\xBB\xBF\u00FC \xE2\x80!", "\u00FC \uFFFD!", "invalid UTF-8 replaced (2 bytes)", true},
      // Around the eight-byte steps of the ASCII skip.
      {"12345678", "12345678", "", false},
      {"0123456789abcdefg", "0123456789abcdefg", "", false},
      {"1234567\xFF\u00FC\u00FC", "1234567\uFFFD\u00FC\u00FC", "invalid UTF-8 replaced (1 byte)",
       true},
      {"12345678\xFF\u00FC\u00FC", "12345678\uFFFD\u00FC\u00FC", "invalid UTF-8 replaced (1 byte)",
       true},
      {"0123456789abcdef\xE2\x80\u00FC", "0123456789abcdef\uFFFD\u00FC",
       "invalid UTF-8 replaced (2 bytes)", true},
      {"\u00FC0123456789abcdef\xC3", "\u00FC0123456789abcdef\uFFFD",
       "invalid UTF-8 replaced (1 byte)", true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.bytes);
    Result<Decoded> r = decode(c.bytes);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().encoding, "UTF-8");
    EXPECT_EQ(r.value().utf8(), c.utf8);
    EXPECT_EQ(r.value().owned, c.owned);
    EXPECT_EQ(r.value().warnings,
              c.warning.empty() ? std::vector<std::string>{} : std::vector<std::string>{c.warning});
  }
}

TEST(EncodingTest, LineEndsBecomeNewlines) {
  struct Case {
    std::string bytes, text;
  } cases[] = {
      {"Title\r\n\r\nOne.\r\nTwo.\r\n", "Title\n\nOne.\nTwo.\n"},
      {"Title\r\rOne.\rTwo.\r", "Title\n\nOne.\nTwo.\n"},
      {"Title\n\r\nOne.\r\n\rTwo.", "Title\n\nOne.\n\nTwo."},
  };
  for (const Case& c : cases) {
    Document doc = Load(c.bytes);
    EXPECT_EQ(doc.text, c.text);
    EXPECT_EQ(doc.paragraphs.size(), 1u + (c.text.find(".\n\n") != std::string::npos));
    ExpectOffsetsRoundTrip(doc, c.bytes);
  }
}

TEST(EncodingTest, BomOffsetsPointPastTheBom) {
  const std::string bytes = "\xEF\xBB\xBFTitle\n\nBody text here.\n";
  Document doc = Load(bytes);
  EXPECT_EQ(doc.text, "Title\n\nBody text here.\n");
  EXPECT_EQ(doc.offsets.to_original(0), 3u);
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.offsets.to_original(doc.sentences[0].span), (Span{10, 25}));
}

TEST(EncodingTest, RejectsBinaryAndEmptyInput) {
  struct Case {
    std::string bytes, error;
  } cases[] = {
      {"", "empty file"},
      {" \n\t\r\n  \n", "empty file"},
      {"\xEF\xBB\xBF\n", "empty file"},
      {"\xE2\x80\x8B\xC2\xA0\n", "empty file"},  // a zero-width space and a NBSP
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10"s, "binary file (NUL bytes)"},
      {"Title\n\nSome text\0with a NUL in the middle of it.\n"s, "binary file (NUL bytes)"},
  };
  for (const Case& c : cases) {
    Result<Document> r = load_bytes("t.txt", c.bytes, LoadOptions{}, default_lexicon());
    ASSERT_FALSE(r.ok()) << c.error;
    EXPECT_EQ(r.error().message, c.error);
  }
}

// Random mixes of the troublesome pieces: whatever the loader makes of them,
// it must not crash and every span must map back to its original bytes.
TEST(EncodingTest, RandomInputsRoundTrip) {
  const std::vector<std::string> pieces = {"The ",
                                           "minister ",
                                           "said",
                                           ". ",
                                           "Nov. ",
                                           "U.N. ",
                                           "R. ",
                                           "\n",
                                           "\n\n",
                                           "\r\n",
                                           "\r",
                                           "\u2018",
                                           "\u2019",
                                           "\u201C",
                                           "\u201D",
                                           "''",
                                           "``",
                                           "\u00AB",
                                           "\u2013",
                                           "\u2014 ",
                                           "\u00A0",
                                           "\u200B",
                                           "\u00AD",
                                           "\uFEFF",
                                           "C\u0327",
                                           "\u00C7avu\u015Fo\u011Flu ",
                                           "\u0544\u0561\u057F ",
                                           "\xFF",
                                           "\xE2\x80",
                                           "\xC3",
                                           "Show More",
                                           "XS",
                                           "By AFP",
                                           "01.10.2020",
                                           "? ",
                                           "! ",
                                           "\"",
                                           "'",
                                           "\t",
                                           "\x01",
                                           "\u2028",
                                           "\U0001F600"};
  std::mt19937 rng(12345);
  int loaded = 0;
  for (int round = 0; round < 400; ++round) {
    std::string bytes;
    const int n = 1 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) bytes += pieces[rng() % pieces.size()];
    Result<Document> r = load_bytes("r.txt", bytes, LoadOptions{}, default_lexicon());
    if (!r.ok()) continue;
    ++loaded;
    SCOPED_TRACE(bytes);
    ExpectOffsetsRoundTrip(r.value(), bytes);
    for (const Sentence& sentence : r.value().sentences) {
      EXPECT_LT(sentence.span.start, sentence.span.end);
      EXPECT_LT(sentence.paragraph, r.value().paragraphs.size());
    }
  }
  EXPECT_GT(loaded, 300);
}

TEST(EncodingTest, DecodeAsReadsSlicesOfKnownEncoding) {
  Decoded d = decode_as("\x93hi\x94"s, "windows-1252");
  EXPECT_EQ(d.utf8(), "\u201Chi\u201D");
  Decoded u = decode_as(Utf16("ok", true, false), "UTF-16BE");
  EXPECT_EQ(u.utf8(), "ok");
}

}  // namespace
}  // namespace kd
