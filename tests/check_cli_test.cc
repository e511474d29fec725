// `karabakh-diff check` end to end: passes on data/ against data/golden/,
// fails with a readable diff when a lexicon changes a result, --update
// round-trips byte for byte, tolerances, and errors a user can act on.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int code = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* kSeeds =
    "data/000_d8b6bdfa25336eff.txt data/001_241556ccb3234d5d.txt "
    "data/002_f153d9323a63ad09.txt data/003_4cc61a2a5a4223e5.txt "
    "data/004_9167b2b24af47697.txt";

class CheckCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("kd_check_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
  }
  void TearDown() override { fs::remove_all(tmp_); }

  // Runs `karabakh-diff check ARGS` in the source dir; TMP in args is the test's temp dir.
  Outcome check(std::string args) {
    for (size_t at; (at = args.find("TMP")) != std::string::npos;) args.replace(at, 3, tmp_);
    const fs::path out = tmp_ / "stdout", err = tmp_ / "stderr";
    std::string cmd = "cd '" KD_SOURCE_DIR "' && '" KD_BINARY "' check " + args + " > '" +
                      out.string() + "' 2> '" + err.string() + "' < /dev/null";
    int status = std::system(cmd.c_str());
    Outcome r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  void copy_golden(const fs::path& to) {
    fs::create_directories(to);
    for (const auto& f : fs::directory_iterator(KD_SOURCE_DIR "/data/golden"))
      fs::copy_file(f.path(), to / f.path().filename());
  }

  fs::path tmp_;
};

TEST_F(CheckCliTest, SeedsMatchTheirGoldenFiles) {
  Outcome r = check(std::string("--golden data/golden ") + kSeeds);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out,
            "PASS data/000_d8b6bdfa25336eff.txt\n"
            "PASS data/001_241556ccb3234d5d.txt\n"
            "PASS data/002_f153d9323a63ad09.txt\n"
            "PASS data/003_4cc61a2a5a4223e5.txt\n"
            "PASS data/004_9167b2b24af47697.txt\n"
            "5 passed, 0 failed\n");
  EXPECT_EQ(r.err, "");
}

// A test-only lexicon adds a topic: the check must fail and say exactly what moved.
TEST_F(CheckCliTest, ChangedLexiconFailsWithAReadableDiff) {
  Outcome r = check(
      "--golden data/golden --lexicon tests/fixtures/check_extra_topic.json "
      "data/000_d8b6bdfa25336eff.txt data/001_241556ccb3234d5d.txt");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out,
            "--- data/golden/000_d8b6bdfa25336eff.golden.json\n"
            "+++ data/000_d8b6bdfa25336eff.txt\n"
            "@@ divergences: 1 gained, 1 changed @@\n"
            "~ E1  framing  focus of the call: Moscow's readout (3 statements, 118 words) "
            "centres on foreign...\n"
            "-     summary: \"Moscow's readout (3 statements, 118 words) centres on foreign "
            "fighters, mediation format, coordination, de-escalation; Ankara's readout (1 "
            "statement, 18 words) centres on withdrawal and occupation\"\n"
            "+     summary: \"Moscow's readout (3 statements, 118 words) centres on foreign "
            "fighters, mediation format, coordination, de-escalation, test-only topic; Ankara's "
            "readout (1 statement, 18 words) centres on withdrawal and occupation\"\n"
            "+ E1  omission  test-only topic: Moscow raises it (\"efforts made by the OSCE Minsk "
            "Group Co-chairs\");...\n"
            "FAIL data/000_d8b6bdfa25336eff.txt: divergences: 1 gained, 1 changed\n"
            "PASS data/001_241556ccb3234d5d.txt\n"
            "1 passed, 1 failed\n");
}

TEST_F(CheckCliTest, TolerancesJudgeStatementsOnly) {
  // The extra topic changes divergences, not statements: recall and precision stay 1.
  Outcome r = check(
      "--golden data/golden --min-recall 0.9 --lexicon tests/fixtures/check_extra_topic.json "
      "data/000_d8b6bdfa25336eff.txt");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("@@ divergences: 1 gained, 1 changed @@\n"), std::string::npos);
  EXPECT_NE(r.out.find("PASS data/000_d8b6bdfa25336eff.txt: recall 1.000 (9/9), precision 1.000 "
                       "(9/9)\n1 passed, 0 failed\n"),
            std::string::npos)
      << r.out;

  // A golden file that lacks one statement: precision 9/10 fails 0.95, passes 0.9.
  const fs::path golden = tmp_ / "golden";
  copy_golden(golden);
  const fs::path file = golden / "001_241556ccb3234d5d.golden.json";
  std::string text = slurp(file);
  const size_t first = text.find("    {\n      \"account\"");
  const size_t second = text.find("    {\n      \"account\"", first + 1);
  ASSERT_NE(second, std::string::npos);
  text.erase(first, second - first);
  std::ofstream(file, std::ios::binary) << text;
  struct {
    const char* flags;
    int code;
    const char* line;
  } cases[] = {
      {"--min-precision 0.95", 1,
       "FAIL data/001_241556ccb3234d5d.txt: recall 1.000 (9/9), precision 0.900 (9/10) < 0.950\n"},
      {"--min-precision 0.9", 0,
       "PASS data/001_241556ccb3234d5d.txt: recall 1.000 (9/9), precision 0.900 (9/10)\n"},
      {"--min-recall 0.5", 1,  // an unset tolerance counts as 1
       "FAIL data/001_241556ccb3234d5d.txt: recall 1.000 (9/9), precision 0.900 (9/10) < 1.000\n"},
  };
  for (const auto& c : cases) {
    Outcome t =
        check("--golden TMP/golden " + std::string(c.flags) + " data/001_241556ccb3234d5d.txt");
    EXPECT_EQ(t.code, c.code) << c.flags;
    EXPECT_NE(t.out.find(c.line), std::string::npos) << c.flags << "\n" << t.out;
  }
}

TEST_F(CheckCliTest, UpdateRoundTripsByteForByte) {
  // Fresh golden files equal the committed ones, byte for byte.
  Outcome created = check(std::string("--update --golden TMP/new ") + kSeeds);
  EXPECT_EQ(created.code, 0) << created.err;
  EXPECT_NE(created.out.find("created " + (tmp_ / "new/000_d8b6bdfa25336eff.golden.json").string() +
                             "\n"),
            std::string::npos);
  EXPECT_NE(created.out.find("5 updated, 0 unchanged\n"), std::string::npos);
  for (const auto& f : fs::directory_iterator(KD_SOURCE_DIR "/data/golden"))
    EXPECT_EQ(slurp(tmp_ / "new" / f.path().filename()), slurp(f.path())) << f.path();

  // Updating with a changed lexicon rewrites one file and shows the change;
  // updating back restores the original bytes.
  copy_golden(tmp_ / "golden");
  Outcome changed = check(
      "--update --golden TMP/golden --lexicon tests/fixtures/check_extra_topic.json "
      "data/000_d8b6bdfa25336eff.txt data/001_241556ccb3234d5d.txt");
  EXPECT_EQ(changed.code, 0) << changed.err;
  EXPECT_NE(
      changed.out.find("updated " + (tmp_ / "golden/000_d8b6bdfa25336eff.golden.json").string() +
                       ": divergences: 1 gained, 1 changed\nunchanged "),
      std::string::npos)
      << changed.out;
  EXPECT_NE(changed.out.find("1 updated, 1 unchanged\n"), std::string::npos);
  EXPECT_EQ(check("--golden TMP/golden --lexicon tests/fixtures/check_extra_topic.json "
                  "data/000_d8b6bdfa25336eff.txt")
                .code,
            0);
  EXPECT_EQ(check("--update --golden TMP/golden data/000_d8b6bdfa25336eff.txt").code, 0);
  const char* name = "000_d8b6bdfa25336eff.golden.json";
  EXPECT_EQ(slurp(tmp_ / "golden" / name), slurp(fs::path(KD_SOURCE_DIR "/data/golden") / name));
  for (const auto& f : fs::directory_iterator(tmp_ / "golden"))  // no temporary left
    EXPECT_NE(f.path().filename().string().find(".golden.json"), std::string::npos) << f.path();
}

TEST_F(CheckCliTest, ErrorsExitTwoWithTheFileAndTheReason) {
  fs::create_directories(tmp_ / "empty");
  std::ofstream(tmp_ / "bad.golden.json") << "{\"schema\": 1}";
  std::ofstream(tmp_ / "bad.txt") << "Lavrov said peace.";
  struct {
    std::string args, err, out;
  } cases[] = {
      {"data/000_d8b6bdfa25336eff.txt", "karabakh-diff: error: check needs --golden DIR\n", ""},
      {"--golden data/golden",
       "karabakh-diff: error: no input files (see 'karabakh-diff check --help')\n", ""},
      {"--golden data/golden --update --min-recall 0.9 data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: --update writes exact golden files; it takes no "
       "--min-recall/--min-precision\n",
       ""},
      {"--golden data/golden --min-recall 1.5 data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: --min-recall: '1.5' is not a number from 0 to 1 (see "
       "'karabakh-diff --help')\n",
       ""},
      {"--golden TMP/empty data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: TMP/empty/000_d8b6bdfa25336eff.golden.json: no golden file "
       "(create it with 'karabakh-diff check --update')\n",
       "ERROR data/000_d8b6bdfa25336eff.txt\n0 passed, 1 failed\n"},
      {"--golden TMP TMP/bad.txt",
       "karabakh-diff: error: TMP/bad.golden.json: not a golden file: schema is 1, expected "
       "\"karabakh-diff-golden/1\"\n",
       "ERROR TMP/bad.txt\n0 passed, 1 failed\n"},
      {"--golden data/golden data/missing.txt data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: data/missing.txt: no such file\n",
       "ERROR data/missing.txt\nPASS data/000_d8b6bdfa25336eff.txt\n1 passed, 1 failed\n"},
      {"--golden data/golden - data/000_d8b6bdfa25336eff.txt data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: -: standard input has no name for a golden file; give a file\n"
       "karabakh-diff: error: data/000_d8b6bdfa25336eff.txt: same golden file "
       "data/golden/000_d8b6bdfa25336eff.golden.json as data/000_d8b6bdfa25336eff.txt; rename "
       "one of them\n",
       "ERROR -\nPASS data/000_d8b6bdfa25336eff.txt\nERROR data/000_d8b6bdfa25336eff.txt\n"
       "1 passed, 2 failed\n"},
  };
  for (auto& c : cases) {
    Outcome r = check(c.args);
    for (std::string* s : {&c.err, &c.out})
      for (size_t at; (at = s->find("TMP")) != std::string::npos;) s->replace(at, 3, tmp_);
    EXPECT_EQ(r.code, 2) << c.args;
    EXPECT_EQ(r.err, c.err) << c.args;
    EXPECT_EQ(r.out, c.out) << c.args;
  }
}

}  // namespace
