// End-to-end tests of the real binary on hostile input (issue #8), the
// content side: broken or unexpected encodings (repaired, with a warning),
// inputs over the size limit, thousands of quote marks. File system cases:
// badinput_test.cc.
#include <nlohmann/json.hpp>

#include "badinput_util.h"

namespace kd::testing {
namespace {

using nlohmann::json;
using BadContentTest = BadInputTest;

// UTF-8 -> UTF-16 (no BOM) in either byte order; `utf8` must be valid.
std::string to_utf16(const std::string& utf8, bool little_endian) {
  std::string out;
  auto unit = [&](uint32_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  };
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    if (cp >= 0x10000) {
      unit(0xD800 + ((cp - 0x10000) >> 10));
      unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      unit(cp);
    }
    i += n;
  }
  return out;
}

std::vector<std::string> claims(const json& doc) {
  std::vector<std::string> out;
  for (const json& s : doc["statements"]) out.push_back(s["claim"]);
  return out;
}

TEST_F(BadContentTest, RepairedInputsAreWarningsAndStillRead) {
  const std::string text = seed_text();
  const json original = json::parse(run(std::string("--format json ") + kSeed).out);
  const std::vector<std::string> expected = claims(original["documents"][0]);
  ASSERT_FALSE(expected.empty());

  // Invalid UTF-8 in an otherwise UTF-8 article: replaced, not rejected.
  const fs::path bad = write("bad_utf8.txt", text.substr(0, 600) + "\xff\xc3(" + text.substr(600));
  json j = run_with_seed(
      bad.string(),
      "karabakh-diff: warning: " + bad.string() + ": invalid UTF-8 replaced (2 bytes)\n", -1, true);
  EXPECT_EQ(j["documents"][0]["encoding"], "UTF-8");

  // UTF-16 without a byte order mark, both byte orders: the same statements.
  for (const bool little : {true, false}) {
    const std::string utf16 = to_utf16(text, little);
    const std::string order = little ? "UTF-16LE" : "UTF-16BE";
    const fs::path p = write(order + ".txt", utf16);
    json k = run_with_seed(
        p.string(),
        "karabakh-diff: warning: " + p.string() + ": no byte order mark, read as " + order + "\n",
        -1, true);
    EXPECT_EQ(claims(k["documents"][0]), expected) << order;
  }
}

TEST_F(BadContentTest, HundredMegabyteLineIsRejectedQuickly) {
  // One line of 100 MB (no newline until the end), written in 1 MB chunks.
  const fs::path big = tmp_ / "big.txt";
  {
    std::string chunk;
    while (chunk.size() < (1u << 20)) chunk += "Lavrov said the talks in Moscow went well and ";
    chunk.resize(1u << 20);
    std::ofstream out(big, std::ios::binary);
    for (int i = 0; i < 100; ++i) out << chunk;
    out << "\n";
  }
  const std::string size = std::to_string(fs::file_size(big));
  Outcome r = run("--format json " + sh_quote(big.string()) + " " + kSeed);
  EXPECT_EQ(r.err, error_line(big, "file too large (" + size + " bytes, limit 67108864 bytes)"));
  EXPECT_EQ(r.code, 2);
  EXPECT_LT(r.seconds, 10.0);
  EXPECT_EQ(json::parse(r.out)["documents"].size(), 1u);
  // The same through a pipe, whose size is unknown until read.
  Outcome piped =
      run("--format json - " + std::string(kSeed), "cat " + sh_quote(big.string()) + " |");
  EXPECT_EQ(piped.err,
            "karabakh-diff: error: -: file too large (more than 67108864 bytes, limit "
            "67108864 bytes)\n");
  EXPECT_EQ(piped.code, 2);
  EXPECT_LT(piped.seconds, 20.0);
  // With the size limit raised, the line-length limit refuses it as quickly.
  Outcome raised = run("--format json --max-file-size 200000000 " + sh_quote(big.string()) + " " +
                       std::string(kSeed));
  EXPECT_EQ(raised.err, error_line(big, "line 1 too long (104857600 bytes, limit 1048576 bytes)"));
  EXPECT_EQ(raised.code, 2);
  EXPECT_LT(raised.seconds, 10.0);
  EXPECT_EQ(json::parse(raised.out)["documents"].size(), 1u);
}

TEST_F(BadContentTest, PathologicalParagraphsFinishInSeconds) {
  // Each used to take from 30 s to minutes (work per statement proportional
  // to its sentence, or per role abbreviation to its paragraph). Now about
  // 2 s each in a release build; the bound leaves room for sanitizers and a
  // loaded machine.
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  const struct {
    const char* name;
    std::string body;
  } cases[] = {
      {"nested_open", "Lavrov said " + repeat("\u201c", 10000) + " end."},
      {"unbalanced_frames", repeat("\"Lavrov said, ", 10000)},
      {"nested_speech", repeat("Lavrov said \"Cavusoglu told him ", 5000)},
      {"deep_guillemets", repeat("\u00ab", 10000) + "Lavrov said" + repeat("\u00bb", 10000)},
      {"quoted_sentences", repeat("\"We agree.\" ", 10000) + "Lavrov said."},
      // "MFA" looks back at every person named before it in the paragraph.
      {"role_abbreviations",
       repeat("Sergei Lavrov met Wang Yi. MFA said the talks were useful. ", 3000)},
  };
  for (const auto& c : cases) {
    const fs::path p = write(std::string(c.name) + ".txt", "Headline\n\n" + c.body + "\n");
    Outcome r = run("--format json " + sh_quote(p.string()) + " " + kSeed);
    EXPECT_EQ(r.err, "") << c.name;
    EXPECT_TRUE(r.code == 0 || r.code == 1) << c.name << ": " << r.code;
    EXPECT_LT(r.seconds, 20.0) << c.name;
    EXPECT_TRUE(valid_against_schema(r.out)) << c.name;
    EXPECT_EQ(json::parse(r.out)["documents"].size(), 2u) << c.name;
  }
}

TEST_F(BadContentTest, EndlessDeviceStopsAtTheSizeLimit) {
  Outcome r = run("--format json --max-file-size 100000 /dev/zero " + std::string(kSeed));
  EXPECT_EQ(r.err,
            "karabakh-diff: error: /dev/zero: file too large (more than 100000 bytes, "
            "limit 100000 bytes)\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(json::parse(r.out)["documents"].size(), 1u);
}

}  // namespace
}  // namespace kd::testing
