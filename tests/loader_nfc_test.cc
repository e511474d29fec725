// The loader's shortcuts around ICU's NFC check and its per-byte copy loop
// (loader_nfc.cc, loader_normalize.cc) against the slow answers.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>

#include <random>
#include <string>
#include <vector>

#include "loader_nfc.h"
#include "loader_normalize.h"

namespace kd {
namespace {

bool icu_is_nfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const bool yes = nfc->isNormalizedUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return U_FAILURE(status) || yes;
}

TEST(LoaderNfcTest, Table) {
  struct Case {
    std::string text;
    bool nfc;
  };
  const std::vector<Case> cases = {
      {"", true},
      {"plain ASCII text, long enough for words", true},
      {"Erdo\xC4\x9F"
       "an said",
       true},  // ğ precomposed
      {"Erdog\xCC\x86"
       "an said",
       false},               // g + combining breve
      {"e\xCC\x81", false},  // e + U+0301: the ASCII before counts
      {"\xCC\x81"
       "e",
       true},                                 // a lone mark first stays
      {"caf\xC3\xA9 au lait", true},          // é
      {"A\xE2\x84\xAB", false},               // U+212B ANGSTROM SIGN
      {"\xE1\x84\x80\xE1\x85\xA1 x", false},  // Hangul jamo L + V
      {"abc\xFF\xFE"
       "def",
       true},  // invalid UTF-8
      {"a\xCC\xA3\xCC\x81"
       "b a\xCC\x81\xCC\xA3",
       false},  // marks out of order
  };
  for (const Case& c : cases) {
    EXPECT_EQ(icu_is_nfc(c.text), c.nfc) << c.text;  // the table itself
    EXPECT_EQ(is_nfc(c.text), c.nfc) << c.text;
  }
}

// Random strings from characters that compose, reorder, decompose or are
// invalid, between ASCII letters and spaces: same answer as ICU's whole-text
// check.
TEST(LoaderNfcTest, MatchesIcuOnRandomText) {
  const std::vector<std::string> pieces = {"a",
                                           "e",
                                           "g",
                                           " ",
                                           ".",
                                           "Z",
                                           "\xCC\x81",
                                           "\xCC\xA3",
                                           "\xCC\x86",
                                           "\xCC\x88",
                                           "\xC3\xA9",
                                           "\xC4\x9F",
                                           "\xE2\x84\xAB",
                                           "\xE1\x84\x80",
                                           "\xE1\x85\xA1",
                                           "\xEA\xB0\x80",
                                           "\xE1\x86\xA8",
                                           "\xCD\x84",
                                           "\xD5\xA1",
                                           "\xFF",
                                           "\xE2\x80",
                                           "\xF0\x9F\x98\x80",
                                           "\xE2\x80\x9C"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), length(0, 24);
  int not_nfc = 0;
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    const bool expected = icu_is_nfc(text);
    not_nfc += !expected;
    ASSERT_EQ(is_nfc(text), expected) << text;
  }
  EXPECT_GT(not_nfc, 1000);  // both answers were tried
}

// Every ASCII byte at every position of a run of letters long enough for the
// eight-byte copy: changed exactly as when it stands alone.
TEST(LoaderNormalizeFastPathTest, EveryAsciiByteAtEveryPosition) {
  for (int b = 1; b < 0x80; ++b) {
    if (b == '\'' || b == '`' || b == '\r') continue;  // pair with neighbours: below
    const std::string alone = normalize_bytes(std::string(1, static_cast<char>(b)), "UTF-8");
    for (size_t k = 0; k < 24; ++k) {
      std::string in(24, 'x');
      in[k] = static_cast<char>(b);
      const std::string expected = std::string(k, 'x') + alone + std::string(23 - k, 'x');
      ASSERT_EQ(normalize_bytes(in, "UTF-8"), expected) << "byte " << b << " at " << k;
    }
  }
  for (const char* pair : {"''", "``", "\r\n"}) {
    const std::string alone = normalize_bytes(pair, "UTF-8");
    for (size_t k = 0; k < 23; ++k) {
      std::string in(24, 'x');
      in.replace(k, 2, pair);
      ASSERT_EQ(normalize_bytes(in, "UTF-8"),
                std::string(k, 'x') + alone + std::string(22 - k, 'x'))
          << pair << " at " << k;
    }
  }
  EXPECT_EQ(normalize_bytes("xxxxxxxx'xxxxxxx", "UTF-8"), "xxxxxxxx'xxxxxxx");
  EXPECT_EQ(normalize_bytes("xxxxxxxx\rxxxxxxx", "UTF-8"), "xxxxxxxx\nxxxxxxx");
  EXPECT_EQ(normalize_bytes("xxxxxxxx\x7Fxxxxxxx", "UTF-8"), "xxxxxxxxxxxxxxx");
}

}  // namespace
}  // namespace kd
