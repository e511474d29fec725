// End-to-end tests of the real binary on hostile input (issue #8), the file
// system side: inputs that are missing, unreadable, empty, binary, FIFOs,
// vanishing or /proc files, odd names. Each gives one line on stderr naming
// the file and the reason, the good input next to it is still processed,
// the exit code is 2, and the JSON output stays valid against the schema.
// Contents (encodings, sizes, quote marks): badcontent_test.cc.
#include <fcntl.h>
#include <sys/stat.h>

#include "badinput_util.h"

namespace kd::testing {
namespace {

using nlohmann::json;

// Opens and closes the read end of `fifo`, so that a writer still blocked
// in open() (the binary failed before reading it) gets going and ends.
void release_writer(const fs::path& fifo) {
  const int fd = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  if (fd >= 0) close(fd);
}

TEST_F(BadInputTest, UnreadableInputsAreOneLineErrorsAndExitTwo) {
  const fs::path missing = tmp_ / "missing.txt";
  const fs::path empty = write("empty.txt", "");
  const fs::path blank = write("blank.txt", " \n\t\n\n");
  const fs::path binary = write("binary.txt", std::string("GIF89a\0\0\x01\0;", 11));
  run_with_seed(missing.string(), error_line(missing, "no such file"), 2, false);
  run_with_seed(tmp_.string(), error_line(tmp_, "is a directory"), 2, false);
  run_with_seed(empty.string(), error_line(empty, "empty file"), 2, false);
  run_with_seed(blank.string(), error_line(blank, "empty file"), 2, false);
  run_with_seed(binary.string(), error_line(binary, "binary file (NUL bytes)"), 2, false);
}

TEST_F(BadInputTest, PermissionDenied) {
  const fs::path locked = write("locked.txt", seed_text());
  fs::permissions(locked, fs::perms::none);
  // root reads anything: run as nobody when we are root.
  std::string prefix;
  if (geteuid() == 0) {
    if (std::system("setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null") == 0)
      prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups";
    else if (std::system("runuser -u nobody -- true 2>/dev/null") == 0)
      prefix = "runuser -u nobody --";
    else
      GTEST_SKIP() << "running as root without setpriv or runuser: cannot drop privileges";
  }
  Outcome r = run("--format json " + sh_quote(locked.string()) + " " + kSeed, prefix);
  EXPECT_EQ(r.err, error_line(locked, "permission denied"));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(valid_against_schema(r.out));
  EXPECT_EQ(json::parse(r.out)["documents"].size(), 1u);
}

TEST_F(BadInputTest, FifoClosedEarly) {
  // The writer goes away before writing anything, then after half an article:
  // the reader gets what was there, with no hang.
  const fs::path fifo = tmp_ / "feed.fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  Outcome none = run("--format json " + sh_quote(fifo.string()) + " " + kSeed,
                     "(: > " + sh_quote(fifo.string()) + " &) &&");
  release_writer(fifo);
  EXPECT_EQ(none.err, error_line(fifo, "empty file"));
  EXPECT_EQ(none.code, 2);
  const std::string half = seed_text().substr(0, 1200);
  write("half.txt", half);
  Outcome part = run("--format json " + sh_quote(fifo.string()),
                     "(cat " + sh_quote((tmp_ / "half.txt").string()) + " > " +
                         sh_quote(fifo.string()) + " &) &&");
  release_writer(fifo);
  EXPECT_EQ(part.err, "");
  json j = json::parse(part.out);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["headline"],
            "Ankara Tells Moscow it Wants Permanent Solution to Karabakh");
}

TEST_F(BadInputTest, FileVanishesBeforeItIsRead) {
  // The writer of the FIFO (read first, --jobs 1) deletes the next file
  // before it finishes: that one is reported, the others are processed.
  const fs::path fifo = tmp_ / "feed.fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const fs::path victim = write("victim.txt", seed_text());
  const fs::path half = write("half.txt", seed_text().substr(0, 1200));
  const std::string writer = "{ (exec 3> " + sh_quote(fifo.string()) + "; rm " +
                             sh_quote(victim.string()) + "; cat " + sh_quote(half.string()) +
                             " >&3) & } &&";
  Outcome r = run("--jobs 1 --format json " + sh_quote(fifo.string()) + " " +
                      sh_quote(victim.string()) + " " + kSeed,
                  writer);
  release_writer(fifo);
  EXPECT_EQ(r.err, error_line(victim, "no such file"));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(valid_against_schema(r.out));
  EXPECT_EQ(json::parse(r.out)["documents"].size(), 2u);
}

TEST_F(BadInputTest, ProcFileWithoutSizeIsReadToItsEnd) {
  // /proc files report size 0 yet have content, and may change while read.
  if (!fs::exists("/proc/version")) GTEST_SKIP() << "no /proc/version";
  Outcome r = run("--format json /proc/version");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.code, 0);
  json j = json::parse(r.out);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["headline"].get<std::string>().rfind("Linux version", 0), 0u);
}

TEST_F(BadInputTest, PathsWithSpacesAndNonAsciiCharacters) {
  const fs::path dir = tmp_ / "dir with spaces" / "Çavuşoğlu ünïcode";
  fs::create_directories(dir);
  const fs::path good = dir / "статья №1.txt";
  write(fs::relative(good, tmp_).string(), seed_text());
  const fs::path missing = dir / "нет такого.txt";
  Outcome r = run("--format json " + sh_quote(missing.string()) + " " + sh_quote(good.string()));
  EXPECT_EQ(r.err, error_line(missing, "no such file"));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(valid_against_schema(r.out));
  json j = json::parse(r.out);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["path"], good.string());
  EXPECT_EQ(j["diagnostics"][0]["path"], missing.string());
  // A file name that is not UTF-8 at all: still read; the JSON stays valid.
  const fs::path latin1 = write("r\xe9sum\xe9.txt", seed_text());
  Outcome l = run("--format json " + sh_quote(latin1.string()));
  EXPECT_EQ(l.err, "");
  EXPECT_TRUE(valid_against_schema(l.out));
  Outcome text = run(sh_quote(latin1.string()));
  EXPECT_TRUE(text.code == 0 || text.code == 1) << text.err;
}

TEST_F(BadInputTest, ControlCharactersInNamesAndMessagesStayOnOneLine) {
  // A file name with a newline and an escape, missing: one line, escaped.
  const fs::path odd = tmp_ / "two\nlines\x1b[31m.txt";
  Outcome r = run("--format json " + sh_quote(odd.string()) + " " + kSeed);
  EXPECT_EQ(r.err,
            "karabakh-diff: error: " + tmp_.string() + "/two\\nlines\\x1b[31m.txt: no such file\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(valid_against_schema(r.out));
  // The same for a failed input carried through `extract` output to `compare`.
  const fs::path lines =
      write("results.jsonl",
            "{\"schema\":\"karabakh-diff-extract/1\",\"type\":\"error\",\"path\":\"a\\nb.txt\","
            "\"message\":\"no such\\nfile\"}\n");
  Outcome c = run("compare --format json " + sh_quote(lines.string()));
  EXPECT_EQ(c.err, "karabakh-diff: error: a\\nb.txt: no such\\nfile\n");
  EXPECT_EQ(c.code, 2);
  EXPECT_TRUE(valid_against_schema(c.out));
  // A malformed line whose bad value holds a newline (found by fuzz/jsonl).
  const fs::path bad = tmp_ / "bad.jsonl";
  fs::copy_file(KD_SOURCE_DIR "/fuzz/regressions/jsonl/newline_in_enum_value.jsonl", bad);
  Outcome b = run("compare " + sh_quote(bad.string()));
  EXPECT_EQ(b.err, "karabakh-diff: error: " + bad.string() +
                       ": line 1: statements[0].mode: unknown value \"\\n\"\n");
  EXPECT_EQ(b.code, 2);
}

TEST_F(BadInputTest, AllAtOnceKeepsTheOutputValid) {
  // Every failing kind in one run, in JSON and JSONL: one line each on
  // stderr, in command-line order; documents only for the readable ones.
  const fs::path empty = write("empty.txt", "");
  const fs::path binary = write("binary.txt", std::string("\0\0\0\0", 4));
  const fs::path repaired = write("repaired.txt", seed_text() + "\xff");
  const std::string args = "data/nope.txt " + sh_quote(tmp_.string()) + " " +
                           sh_quote(empty.string()) + " " + sh_quote(binary.string()) + " " +
                           sh_quote(repaired.string()) + " " + kSeed;
  for (const char* format : {"json", "jsonl"}) {
    Outcome r = run(std::string("--format ") + format + " " + args);
    EXPECT_EQ(r.code, 2);
    const std::vector<std::string> err = lines_of(r.err);
    ASSERT_EQ(err.size(), 5u) << r.err;
    EXPECT_EQ(err[0], "karabakh-diff: error: data/nope.txt: no such file");
    EXPECT_EQ(err[4],
              "karabakh-diff: warning: " + repaired.string() + ": invalid UTF-8 replaced (1 byte)");
    EXPECT_TRUE(valid_against_schema(r.out, format == std::string("jsonl"))) << format;
  }
  // -o FILE gets the same complete document, written atomically.
  const fs::path report = tmp_ / "io" / "report.json";
  Outcome o = run("--format json -o " + sh_quote(report.string()) + " " + args);
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.out, "");
  EXPECT_TRUE(valid_against_schema(slurp(report)));
  EXPECT_EQ(json::parse(slurp(report))["diagnostics"].size(), 5u);
}

}  // namespace
}  // namespace kd::testing
