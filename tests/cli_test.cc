// End-to-end tests of the real karabakh-diff binary on data/ and on bad input:
// exit codes, formats, diagnostics, atomic output, determinism.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
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

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("kd_cli_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(tmp_);
  }
  void TearDown() override { fs::remove_all(tmp_); }

  // Runs the binary from the source dir with `args` (shell words), optional stdin text.
  Outcome run(const std::string& args, const std::string& env = "", const std::string& in = "") {
    const fs::path out = tmp_ / "stdout", err = tmp_ / "stderr", input = tmp_ / "stdin";
    std::ofstream(input, std::ios::binary) << in;
    std::string cmd = "cd '" KD_SOURCE_DIR "' && " + env + " '" KD_BINARY "' " + args + " < '" +
                      input.string() + "' > '" + out.string() + "' 2> '" + err.string() + "'";
    int status = std::system(cmd.c_str());
    Outcome r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  fs::path tmp_;
};

const char* kSeeds =
    "data/000_d8b6bdfa25336eff.txt data/001_241556ccb3234d5d.txt "
    "data/002_f153d9323a63ad09.txt data/003_4cc61a2a5a4223e5.txt "
    "data/004_9167b2b24af47697.txt";

TEST_F(CliTest, VersionAndHelp) {
  Outcome v = run("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_EQ(v.out, "karabakh-diff 0.1.0\n");
  Outcome h = run("--help");
  EXPECT_EQ(h.code, 0);
  for (const char* flag : {"--format", "--output", "--explain", "--lexicon", "--outlet", "--sides",
                           "--event", "--color", "--width", "--max-file-size", "--version"})
    EXPECT_NE(h.out.find(flag), std::string::npos) << flag;
}

TEST_F(CliTest, UsageErrorsExitTwoWithActionableMessages) {
  struct Case {
    const char* args;
    const char* err;
  } cases[] = {
      {"", "karabakh-diff: error: no input files (see 'karabakh-diff --help')\n"},
      {"--formt json data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: unknown option '--formt' (did you mean '--format'?) (see "
       "'karabakh-diff --help')\n"},
      {"--sides Moscow data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: --sides takes two sides, as A,B\n"},
      {"--sides Moscow,Ankra data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: unknown side 'Ankra' (did you mean 'Ankara'?)\n"},
      {"--lexicon /nonexistent.json data/000_d8b6bdfa25336eff.txt",
       "karabakh-diff: error: /nonexistent.json: cannot read lexicon file\n"},
  };
  for (const Case& c : cases) {
    Outcome r = run(c.args);
    EXPECT_EQ(r.code, 2) << c.args;
    EXPECT_EQ(r.err, c.err) << c.args;
    EXPECT_EQ(r.out, "") << c.args;
  }
  Outcome f = run("--format yaml data/000_d8b6bdfa25336eff.txt");
  EXPECT_EQ(f.code, 2);
  EXPECT_EQ(f.err.rfind("karabakh-diff: error: ", 0), 0u) << f.err;
}

TEST_F(CliTest, JsonOnSeedsIsValidAgainstTheSchema) {
  Outcome r = run(std::string("--format json ") + kSeeds);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  EXPECT_EQ(r.err, "");
  const fs::path out = tmp_ / "out.json";
  std::ofstream(out) << r.out;
  const std::string validate = "/usr/bin/python3 '" KD_SOURCE_DIR
                               "/tests/validate_schema.py' '" KD_SOURCE_DIR
                               "/schema/karabakh-diff.schema.json' '" +
                               out.string() + "'";
  EXPECT_EQ(std::system(validate.c_str()), 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["documents"].size(), 5u);
  EXPECT_EQ(j["documents"][0]["path"], "data/000_d8b6bdfa25336eff.txt");
  size_t divergences = 0;
  for (const auto& e : j["events"]) divergences += e["divergences"].size();
  EXPECT_EQ(r.code, divergences > 0 ? 1 : 0);  // like diff(1)
}

TEST_F(CliTest, JsonlIsValidLineByLine) {
  Outcome r = run(std::string("--format jsonl ") + kSeeds);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  const fs::path out = tmp_ / "out.jsonl";
  std::ofstream(out) << r.out;
  const std::string validate = "/usr/bin/python3 '" KD_SOURCE_DIR
                               "/tests/validate_schema.py' '" KD_SOURCE_DIR
                               "/schema/karabakh-diff.schema.json' '" +
                               out.string() + "' --lines";
  EXPECT_EQ(std::system(validate.c_str()), 0);
  std::istringstream lines(r.out);
  std::string first;
  std::getline(lines, first);
  EXPECT_EQ(nlohmann::json::parse(first)["type"], "document");
}

TEST_F(CliTest, OutputIsDeterministicAndOutputFileMatchesStdout) {
  Outcome a = run(std::string("--format json ") + kSeeds);
  Outcome b = run(std::string("--format json ") + kSeeds);
  EXPECT_EQ(a.out, b.out);
  const fs::path file = tmp_ / "report.json";
  Outcome c = run("--format json -o '" + file.string() + "' " + kSeeds);
  EXPECT_EQ(c.code, a.code);
  EXPECT_EQ(c.out, "");
  EXPECT_EQ(slurp(file), a.out);
}

TEST_F(CliTest, BadInputsAreReportedAndTheOthersStillProcessed) {
  std::ofstream(tmp_ / "empty.txt");
  std::ofstream(tmp_ / "binary.txt", std::ios::binary) << std::string("ab\0\0\0cd", 8);
  Outcome r = run("--format json data/missing.txt '" + tmp_.string() + "' '" +
                  (tmp_ / "empty.txt").string() + "' '" + (tmp_ / "binary.txt").string() +
                  "' data/000_d8b6bdfa25336eff.txt");
  EXPECT_EQ(r.code, 2);
  std::istringstream err(r.err);
  std::vector<std::string> lines;
  for (std::string line; std::getline(err, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4u) << r.err;
  EXPECT_EQ(lines[0], "karabakh-diff: error: data/missing.txt: no such file");
  EXPECT_EQ(lines[1], "karabakh-diff: error: " + tmp_.string() + ": is a directory");
  EXPECT_EQ(lines[2], "karabakh-diff: error: " + (tmp_ / "empty.txt").string() + ": empty file");
  EXPECT_EQ(lines[3], "karabakh-diff: error: " + (tmp_ / "binary.txt").string() +
                          ": binary file (NUL bytes)");
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["diagnostics"].size(), 4u);
  EXPECT_GT(j["documents"][0]["statements"].size(), 0u);
}

TEST_F(CliTest, FailedOutputWriteLeavesNoFile) {
  Outcome r = run("-o /nonexistent-dir/out.json data/000_d8b6bdfa25336eff.txt");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "karabakh-diff: error: /nonexistent-dir/out.json: cannot write: No such file or "
            "directory\n");
}

TEST_F(CliTest, StdinIsReadAsDash) {
  Outcome r = run("--format json -", "", slurp(KD_SOURCE_DIR "/data/002_f153d9323a63ad09.txt"));
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"][0]["path"], "-");
  EXPECT_EQ(j["documents"][0]["headline"],
            "Russia, Turkey Hold More Talks On Karabakh De-Escalation");
}

TEST_F(CliTest, TextReportColourOnlyWhenAskedOrTerminal) {
  Outcome piped = run(kSeeds);
  EXPECT_EQ(piped.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(piped.out.rfind("karabakh-diff: 5 articles", 0), 0u) << piped.out;
  Outcome forced = run(std::string("--color always ") + kSeeds);
  EXPECT_NE(forced.out.find('\x1b'), std::string::npos);
  // NO_COLOR wins over a terminal; script(1) is not needed to check that it is read.
  Outcome no_color = run(std::string("--color auto ") + kSeeds, "NO_COLOR=1");
  EXPECT_EQ(no_color.out.find('\x1b'), std::string::npos);
}

TEST_F(CliTest, EventFilterAndUnknownEvent) {
  Outcome all = run(std::string("--format json ") + kSeeds);
  nlohmann::json j = nlohmann::json::parse(all.out);
  ASSERT_FALSE(j["events"].empty());
  Outcome one = run(std::string("--format json --event E1 ") + kSeeds);
  nlohmann::json k = nlohmann::json::parse(one.out);
  ASSERT_EQ(k["events"].size(), 1u);
  EXPECT_EQ(k["events"][0]["id"], "E1");
  Outcome bad = run(std::string("--event E999 ") + kSeeds);
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err.rfind("karabakh-diff: error: no event E999 (events: E1", 0), 0u) << bad.err;
}

TEST_F(CliTest, SidesCompareAnotherPairOfGovernments) {
  // An article written for this test: a Washington-Beijing call.
  Outcome r =
      run("--format json --sides Washington,Beijing tests/fixtures/washington_beijing_call.txt");
  ASSERT_EQ(r.code, 1) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["events"].size(), 1u);
  const auto& e = j["events"][0];
  EXPECT_EQ(e["kind"], "call");
  EXPECT_EQ(e["date"], "2023-03-02");  // "on Thursday" before the Friday dateline
  EXPECT_EQ(e["participants"], (nlohmann::json{"Antony Blinken", "Wang Yi"}));
  EXPECT_TRUE(e["readouts"].contains("Washington"));
  EXPECT_TRUE(e["readouts"].contains("Beijing"));
  ASSERT_FALSE(e["divergences"].empty());
  for (const auto& d : e["divergences"])
    for (const auto& [side, ids] : d["statements"].items())
      EXPECT_TRUE(side == "Washington" || side == "Beijing") << side;
  Outcome text =
      run("--sides Washington,Beijing --width 80 tests/fixtures/washington_beijing_call.txt");
  EXPECT_NE(text.out.find("Washington readout"), std::string::npos);
  EXPECT_NE(text.out.find("Beijing readout"), std::string::npos);
  EXPECT_EQ(text.out.find("Moscow readout"), std::string::npos);
}

TEST_F(CliTest, WithoutSidesEachEventComparesItsOwnTwoSides) {
  // One run over a Moscow-Ankara article and a Washington-Beijing one: each
  // call is compared on its own governments, with no flag.
  Outcome r =
      run("--format json data/000_d8b6bdfa25336eff.txt "
          "tests/fixtures/washington_beijing_call.txt");
  ASSERT_EQ(r.code, 1) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  std::map<std::string, size_t> divergences_by_pair;
  for (const auto& e : j["events"]) {
    if (e["compared"].size() != 2) continue;
    const std::string pair =
        e["compared"][0].get<std::string>() + "," + e["compared"][1].get<std::string>();
    divergences_by_pair[pair] += e["divergences"].size();
    for (const auto& d : e["divergences"])
      for (const auto& [side, ids] : d["statements"].items())
        EXPECT_TRUE(side == e["compared"][0] || side == e["compared"][1]) << pair << " " << side;
  }
  EXPECT_GT(divergences_by_pair["Moscow,Ankara"], 0u);
  EXPECT_GT(divergences_by_pair["Washington,Beijing"], 0u);
  Outcome text = run("--width 80 tests/fixtures/washington_beijing_call.txt");
  EXPECT_NE(text.out.find("Washington readout"), std::string::npos);
  EXPECT_NE(text.out.find("Beijing readout"), std::string::npos);
  EXPECT_EQ(text.out.find("Moscow readout"), std::string::npos);
}

}  // namespace
