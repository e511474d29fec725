// The extract-line format: what extract writes, compare reads back exactly;
// anything else is an error with its line and field, never a crash.
#include "karabakh_diff/jsonl.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <memory>

#include "jsonl_codec.h"

namespace kd {
namespace {

const std::vector<std::string> kSeeds = {KD_SOURCE_DIR "/data/000_d8b6bdfa25336eff.txt",
                                         KD_SOURCE_DIR "/data/004_9167b2b24af47697.txt"};

std::vector<std::string> extract_lines(const std::vector<std::string>& paths) {
  RunOptions options;
  options.keep_source = true;
  const Comparer comparer(default_lexicon());
  std::vector<std::string> lines;
  process_documents(paths, default_lexicon(), comparer, options,
                    [&](DocumentResult&& r) { lines.push_back(extract_line(r)); });
  return lines;
}

std::string error_of(std::string_view line) {
  Result<DocumentResult> r = parse_extract_line(line);
  return r.ok() ? "(parsed)" : r.error().message;
}

// A seed line with `from` replaced by `to` (first occurrence).
std::string edited(std::string line, const std::string& from, const std::string& to) {
  const size_t at = line.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? line : line.replace(at, from.size(), to);
}

TEST(JsonlTest, LinesReadBackToTheSameLines) {
  const std::vector<std::string> lines = extract_lines(kSeeds);
  ASSERT_EQ(lines.size(), 2u);
  for (const std::string& line : lines) {
    EXPECT_EQ(line.back(), '\n');
    EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line per document";
    Result<DocumentResult> r = parse_extract_line(line);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_FALSE(r.value().document.statements.empty());
    EXPECT_EQ(r.value().evidence.statements.size(), r.value().document.statements.size());
    EXPECT_EQ(extract_line(r.value()), line);
  }
}

TEST(JsonlTest, AnUndatedArticleCarriesItsSource) {
  const std::vector<std::string> lines = extract_lines({kSeeds[1]});
  Result<DocumentResult> r = parse_extract_line(lines[0]);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_TRUE(r.value().evidence.uses_year);
  ASSERT_TRUE(r.value().source.has_value());
  EXPECT_EQ(r.value().source->substr(0, 6), "Media:");
}

TEST(JsonlTest, ErrorLinesReadBack) {
  DocumentResult failed;
  failed.error = Diagnostic{"gone.txt", Severity::kError, "no such file"};
  Result<DocumentResult> r = parse_extract_line(extract_line(failed));
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_TRUE(r.value().error.has_value());
  EXPECT_EQ(r.value().path(), "gone.txt");
  EXPECT_EQ(r.value().error->message, "no such file");
}

TEST(JsonlTest, InvalidUtf8IsWrittenAsReplacementCharacters) {
  DocumentResult failed;
  failed.error = Diagnostic{"bad\xff\xc3.txt", Severity::kError, "x"};
  const std::string line = extract_line(failed);
  EXPECT_NE(line.find("bad\xEF\xBF\xBD\xEF\xBF\xBD.txt"), std::string::npos) << line;
  EXPECT_TRUE(parse_extract_line(line).ok());
}

TEST(JsonlTest, StringsEscapeExactlyTheBytesThatNeedIt) {
  const std::string kFffd = "\xEF\xBF\xBD";
  struct Row {
    std::string in, out;  // out: the JSON string between its quotes
  };
  const Row rows[] = {
      {"", ""},
      {"plain text", "plain text"},
      {"a\"b\\c", "a\\\"b\\\\c"},
      {"l1\nl2\tx", "l1\\nl2\\tx"},
      {std::string("\x00\x01\r\x1f\x7f", 5), "\\u0000\\u0001\\u000d\\u001f\\u007f"},
      {"\xC5\x9F \xE2\x80\x94 \xF0\x9F\x98\x80", "\xC5\x9F \xE2\x80\x94 \xF0\x9F\x98\x80"},
      {"bad\xff", "bad" + kFffd},
      {"cut\xC3", "cut" + kFffd},
      {"\xE2\x80x", kFffd + kFffd + "x"},       // truncated: one U+FFFD per byte
      {"\xED\xA0\x80", kFffd + kFffd + kFffd},  // a surrogate
      {"\xC0\xAF\"", kFffd + kFffd + "\\\""},   // overlong, then an escape
      {"a/b", "a/b"},                           // '/' may be escaped in JSON; it is not
      {"\xE2\x80\xA8\xE2\x80\xA9", "\xE2\x80\xA8\xE2\x80\xA9"},          // U+2028/9 as they are
      {"\xEF\xBF\xBF\xF4\x8F\xBF\xBF", "\xEF\xBF\xBF\xF4\x8F\xBF\xBF"},  // U+FFFF, U+10FFFF
      {"\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd},               // beyond U+10FFFF
      {"\xF0\x9F\x98", kFffd + kFffd + kFffd},                           // truncated at the end
      {"\xF0\x9F\x98\x80\xF0\x9F\x98", "\xF0\x9F\x98\x80" + kFffd + kFffd + kFffd},
      {"\x80\xBF", kFffd + kFffd},               // lone continuations
      {"\xC2\x80\xDF\xBF", "\xC2\x80\xDF\xBF"},  // the ends of the two-byte range
      {"0123456\xC3\xA9x", "0123456\xC3\xA9x"},  // a sequence across a word boundary
      {std::string("\b\f\v\x1b", 4), "\\u0008\\u000c\\u000b\\u001b"},
  };
  for (const Row& row : rows) {
    DocumentResult failed;
    failed.error = Diagnostic{row.in, Severity::kError, "m"};
    const std::string line = extract_line(failed);
    EXPECT_NE(line.find("\"path\":\"" + row.out + "\",\"message\":\"m\"}\n"), std::string::npos)
        << line;
  }
}

TEST(JsonlTest, MalformedLinesSayWhatIsWrongAndWhere) {
  const std::string line = extract_lines({kSeeds[0]})[0];
  EXPECT_EQ(error_of("{"), "not JSON");
  EXPECT_EQ(error_of("[1,2]"), "not a JSON object");
  EXPECT_EQ(error_of(edited(line, "karabakh-diff-extract/1", "other/9")),
            "schema \"other/9\" is not karabakh-diff-extract/1");
  EXPECT_EQ(error_of(edited(line, "\"headline\":", "\"headlin\":")), "headline: missing");
  EXPECT_EQ(error_of(edited(line, "\"polarity\":1", "\"polarity\":7")),
            "statements[0].polarity: expected an integer from -1 to 1");
  EXPECT_EQ(error_of(edited(line, "\"span\":[", "\"span\":[99999,")),
            "statements[0].span: expected [start, end]");
  EXPECT_EQ(error_of(edited(line, "\"mode\":\"indirect\"", "\"mode\":\"sideways\"")),
            "statements[0].mode: unknown value \"sideways\"");
  EXPECT_EQ(error_of(edited(line, "\"readouts\":[", "\"readouts\":[100000,")).substr(0, 28),
            "evidence.events[0].readouts[");
  EXPECT_EQ(error_of(edited(line, "\"date\":[2020,10,1],\"weekday\"",
                            "\"date\":[2020,2,30],\"weekday\"")),
            "evidence.events[0].date: no such day");
}

TEST(JsonlTest, EvidenceMustMatchTheStatements) {
  DocumentResult r;
  r.document.doc.path = "a.txt";
  r.document.statements.emplace_back();
  r.evidence.statements.resize(1);
  r.evidence.statements[0].event = 0;  // no such event
  EXPECT_EQ(error_of(extract_line(r)),
            "evidence.statements[0].event: expected an integer from -1 to -1");
  r.evidence.statements.clear();
  EXPECT_EQ(error_of(extract_line(r)), "evidence.statements: expected one entry per statement");
}

TEST(JsonlTest, SourceMustBeBase64) {
  DocumentResult r;
  r.document.doc.path = "a.txt";
  r.source = std::string("\x00\xff bytes", 8);
  Result<DocumentResult> back = parse_extract_line(extract_line(r));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back.value().source, r.source);
  const std::string line = extract_line(r);
  EXPECT_EQ(error_of(line.substr(0, line.rfind('"') - 1) + "!\"}"),
            "source: expected base64 bytes");
}

// Plain text is skipped eight bytes at a time: an escape must be found at
// any position of such a block, and bytes next to the escaped ones (' ',
// '!', '#', '[', ']', '~', 0x1F + 1) must pass as they are.
TEST(JsonlTest, EscapesAreFoundAtEveryPositionOfAWord) {
  struct Row {
    std::string byte, out;
  };
  const Row rows[] = {
      {"\"", "\\\""},           {"\\", "\\\\"},           {std::string(1, '\0'), "\\u0000"},
      {"\x1f", "\\u001f"},      {"\x7f", "\\u007f"},      {"\n", "\\n"},
      {"\x80", "\xEF\xBF\xBD"}, {"\xFF", "\xEF\xBF\xBD"}, {"\xC3\xA9", "\xC3\xA9"},
  };
  const std::string filler = " !#[]~ az AZ 09 ~][#! ";
  for (const Row& row : rows) {
    for (size_t at = 0; at <= 17; ++at) {
      const std::string in = filler.substr(0, at) + row.byte + filler.substr(at);
      DocumentResult failed;
      failed.error = Diagnostic{in, Severity::kError, "m"};
      const std::string expected = filler.substr(0, at) + row.out + filler.substr(at);
      EXPECT_NE(extract_line(failed).find("\"path\":\"" + expected + "\","), std::string::npos)
          << at << ": " << extract_line(failed);
    }
  }
}

// The worst cases of growth: every byte written as six (\u00xx) or three
// (U+FFFD) bytes, in strings far longer than any reservation of the line.
TEST(JsonlTest, LongStringsThatGrowWhenEscapedAreWrittenWhole) {
  struct Row {
    std::string unit, out;
  };
  const Row rows[] = {
      {"\x01", "\\u0001"}, {"\xFF", "\xEF\xBF\xBD"}, {"\"", "\\\""}, {"ab\n", "ab\\n"}};
  for (const Row& row : rows) {
    for (size_t count : {1u, 7u, 8u, 9u, 100u, 5000u}) {
      std::string in, out;
      for (size_t k = 0; k < count; ++k) {
        in += row.unit;
        out += row.out;
      }
      DocumentResult failed;
      failed.error = Diagnostic{in, Severity::kError, in};
      EXPECT_EQ(extract_line(failed),
                "{\"schema\":\"karabakh-diff-extract/1\",\"type\":\"error\",\"path\":\"" + out +
                    "\",\"message\":\"" + out + "\"}\n")
          << count;
    }
  }
}

// Strings are escaped in pieces of 256 bytes, each ending in a word that
// may run past the piece: a UTF-8 sequence or an escape must come out whole
// wherever a piece boundary falls; and a string's last 1-7 bytes are tested
// as one word, so an escape must be found at each of their positions.
TEST(JsonlTest, EscapesAcrossPiecesAndInShortTailsComeOutWhole) {
  struct Row {
    std::string unit, out;
  };
  const Row rows[] = {{"\xC3\xA9", "\xC3\xA9"},
                      {"\xE2\x80\x94", "\xE2\x80\x94"},
                      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
                      {"\xE2\x80", "\xEF\xBF\xBD\xEF\xBF\xBD"},
                      {"\"", "\\\""},
                      {"\x01", "\\u0001"}};
  for (const Row& row : rows) {
    for (size_t before : {0u, 1u, 3u, 6u, 7u, 250u, 251u, 252u, 253u, 254u, 255u, 256u, 257u}) {
      for (size_t after : {0u, 1u, 5u, 300u}) {
        const std::string a(before, 'a'), z(after, 'z');
        DocumentResult failed;
        failed.error = Diagnostic{a + row.unit + z, Severity::kError, "m"};
        EXPECT_NE(extract_line(failed).find("\"path\":\"" + a + row.out + z + "\","),
                  std::string::npos)
            << before << " " << after;
      }
    }
  }
}

// Field names are written as they are; names taken from the text (the keys
// of "named") are escaped like any string.
TEST(JsonlTest, KeysFromTheTextAreEscapedFieldNamesAreNot) {
  struct Row {
    std::map<std::string, int64_t> named;
    std::string out;  // from "named" to the next field
  };
  const Row rows[] = {
      {{}, "\"named\":{},\"uses_year\""},
      {{{"Putin", 2}}, "\"named\":{\"Putin\":2},\"uses_year\""},
      {{{"a\"b\\c", 1}, {"tab\there", 3}},
       "\"named\":{\"a\\\"b\\\\c\":1,\"tab\\there\":3},\"uses_year\""},
  };
  for (const Row& row : rows) {
    DocumentResult r;
    r.evidence.named = row.named;
    const std::string line = extract_line(r);
    EXPECT_NE(line.find(row.out), std::string::npos) << line;
    EXPECT_NE(line.find("{\"schema\":\"karabakh-diff-extract/1\",\"type\":\"document\",\"path\":"),
              std::string::npos)
        << line;
  }
}

TEST(JsonlTest, NumbersAndDatesAreWrittenPlain) {
  struct Row {
    std::optional<Date> published;
    std::optional<int> assumed_year;
    std::string out;  // from "published" up to the headline
  };
  const Row rows[] = {
      {std::nullopt, std::nullopt, "\"published\":null,"},
      {Date{2020, 10, 1}, 0, "\"published\":[2020,10,1],"},
      {Date{0, 11, 7}, -12, "\"published\":[0,11,7],"},
      {Date{1999, 12, 31}, 2147483647, "\"published\":[1999,12,31],"},
  };
  for (const Row& row : rows) {
    DocumentResult r;
    r.document.doc.published = row.published;
    r.evidence.assumed_year = row.assumed_year;
    const std::string line = extract_line(r);
    EXPECT_NE(line.find(row.out + "\"headline\""), std::string::npos) << line;
    const std::string year =
        row.assumed_year ? std::to_string(*row.assumed_year) : std::string("null");
    EXPECT_NE(line.find("\"assumed_year\":" + year + ",\"choices\""), std::string::npos) << line;
  }
}

TEST(JsonlTest, Base64AppendsRfc4648Padded) {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
      {std::string("\x00\xff", 2), "AP8="},
      {"\xfb\xff\xbf", "+/+/"},
      {"Many h", "TWFueSBo"},
      {"Many ha", "TWFueSBoYQ=="},
      {"Many han", "TWFueSBoYW4="},
      {"Many hand", "TWFueSBoYW5k"},
      {"Many hands m", "TWFueSBoYW5kcyBt"},
      {"Many hands ma", "TWFueSBoYW5kcyBtYQ=="},
      {"Many hands mak", "TWFueSBoYW5kcyBtYWs="},
      {"Many hands make light work", "TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcms="},
      {"Many hands make light work.", "TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu"},
  };
  // Bytes whose encoding is the whole alphabet, in order: every sextet.
  const std::string all(
      "\x00\x10\x83\x10\x51\x87\x20\x92\x8b\x30\xd3\x8f\x41\x14\x93\x51\x55\x97\x61\x96\x9b\x71"
      "\xd7\x9f\x82\x18\xa3\x92\x59\xa7\xa2\x9a\xab\xb2\xdb\xaf\xc3\x1c\xb3\xd3\x5d\xb7\xe3\x9e"
      "\xbb\xf3\xdf\xbf",
      48);
  std::string alphabet = "x";
  jsonl::base64_append(alphabet, all);
  EXPECT_EQ(alphabet, "xABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
  // Every byte value once, 0x00 to 0xFF: a long input, padded at the end.
  std::string bytes, every;
  for (int b = 0; b < 256; ++b) bytes += static_cast<char>(b);
  jsonl::base64_append(every, bytes);
  EXPECT_EQ(
      every,
      "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+"
      "P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+"
      "AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/"
      "wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w==");
  for (const Row& row : rows) {
    std::string out = "x";  // appended after what is there
    jsonl::base64_append(out, row.in);
    EXPECT_EQ(out, "x" + row.out) << row.in;
    EXPECT_EQ(jsonl::base64_decode(row.out), row.in) << row.out;
  }
}

TEST(JsonlTest, ReadingCountsLinesAndSkipsBlankOnes) {
  const std::vector<std::string> lines = extract_lines(kSeeds);
  Result<std::vector<DocumentResult>> all = read_extract_jsonl(lines[0] + "\n  \n" + lines[1]);
  ASSERT_TRUE(all.ok()) << all.error().message;
  EXPECT_EQ(all.value().size(), 2u);
  Result<std::vector<DocumentResult>> bad = read_extract_jsonl(lines[0] + "\n" + "nope\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "line 3: not JSON");
}

TEST(JsonlTest, StreamReaderReadsLineByLine) {
  const std::vector<std::string> lines = extract_lines(kSeeds);
  std::string text = lines[0] + "\n" + lines[1];
  text.pop_back();  // the last line may lack its '\n'
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(fmemopen(text.data(), text.size(), "r"),
                                                     std::fclose);
  ExtractReader reader(in.get(), "x.jsonl");
  size_t n = 0;
  for (;;) {
    Result<std::optional<DocumentResult>> r = reader.next();
    ASSERT_TRUE(r.ok()) << r.error().message;
    if (!r.value()) break;
    ++n;
  }
  EXPECT_EQ(n, 2u);
}

TEST(JsonlTest, StreamReaderRefusesOverlongLines) {
  std::string text = "{\"schema\":\"" + std::string(100, 'x') + "\"}\n";
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(fmemopen(text.data(), text.size(), "r"),
                                                     std::fclose);
  ExtractReader reader(in.get(), "x.jsonl", 50);
  Result<std::optional<DocumentResult>> r = reader.next();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "x.jsonl: line 1: longer than 50 bytes");
  Result<std::optional<DocumentResult>> after = reader.next();
  ASSERT_TRUE(after.ok());
  EXPECT_FALSE(after.value().has_value());
}

// A stream over `text` (kept alive by the caller).
std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::string& text) {
  return {fmemopen(text.data(), text.size(), "r"), std::fclose};
}

TEST(JsonlTest, ParallelReadingHandsResultsOverInInputOrder) {
  const std::vector<std::string> seeds = extract_lines(kSeeds);
  // More lines than a batch (32 per job), blank lines between, a line
  // longer than the read-ahead block (64 KiB), the last without '\n'.
  const std::string long_line =
      edited(seeds[1], "\"headline\":\"", "\"headline\":\"" + std::string(150000, 'h'));
  std::string text;
  std::vector<size_t> expected;  // index into `candidates` of each result, in order
  std::vector<std::string> candidates = {seeds[0], seeds[1], long_line};
  for (std::string& line : candidates) line.pop_back();  // its '\n'; added below
  for (size_t i = 0; i < 250; ++i) {
    const size_t c = i % 7 == 3 ? 2 : i % 2;
    text += candidates[c] + (i % 5 == 0 ? "\n \n" : "\n");
    expected.push_back(c);
  }
  text.pop_back();
  for (int jobs : {1, 3}) {
    auto in = stream(text);
    ExtractReader reader(in.get(), "x.jsonl");
    std::vector<size_t> got;
    Status s = read_extract_results(reader, jobs, [&](DocumentResult&& r) -> Status {
      const std::string& headline = r.document.doc.headline;
      got.push_back(headline.size() > 150000 ? 2 : r.document.doc.path == kSeeds[0] ? 0 : 1);
      return Ok{};
    });
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(got, expected) << jobs << " jobs";
  }
}

TEST(JsonlTest, ParallelReadingStopsAtTheFirstBadLineOrSinkFailure) {
  const std::vector<std::string> seeds = extract_lines(kSeeds);
  std::string text;
  for (int i = 0; i < 100; ++i) text += i == 70 ? "nope\n" : seeds[0];
  for (int jobs : {1, 2}) {
    auto in = stream(text);
    ExtractReader reader(in.get(), "x.jsonl");
    size_t handed = 0;
    Status s = read_extract_results(reader, jobs, [&](DocumentResult&&) -> Status {
      ++handed;
      return Ok{};
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, "x.jsonl: line 71: not JSON");
    EXPECT_EQ(handed, 70u) << jobs << " jobs";

    auto again = stream(text);
    ExtractReader second(again.get(), "x.jsonl");
    handed = 0;
    s = read_extract_results(second, jobs, [&](DocumentResult&&) -> Status {
      return ++handed == 40 ? Status(Error{"disk full"}) : Status(Ok{});
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, "disk full");
    EXPECT_EQ(handed, 40u) << jobs << " jobs";
  }
}

}  // namespace
}  // namespace kd
