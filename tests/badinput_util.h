// Shared by the end-to-end reliability tests (badinput_test.cc,
// badcontent_test.cc, badoutput_test.cc): runs the real karabakh-diff binary
// (KD_BINARY) from the source tree (KD_SOURCE_DIR) in a scratch directory
// per test.
#ifndef KARABAKH_DIFF_TESTS_BADINPUT_UTIL_H_
#define KARABAKH_DIFF_TESTS_BADINPUT_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kd::testing {

namespace fs = std::filesystem;

inline const char* kSeed = "data/000_d8b6bdfa25336eff.txt";

struct Outcome {
  int code = -1;  // exit status, -1 when killed by a signal
  std::string out, err;
  double seconds = 0;
};

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Single-quotes `s` for sh (paths with spaces, quotes, non-ASCII bytes).
inline std::string sh_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

class EndToEndTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("kd_e2e_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_ / "io");
    // Readable by an unprivileged user too (PermissionDenied runs as nobody).
    fs::permissions(tmp_, fs::perms::all, fs::perm_options::add);
  }
  void TearDown() override { fs::remove_all(tmp_); }

  // Runs `prefix 'BINARY' args` in the source directory with stdin from
  // /dev/null, or from the pipe when `prefix` ends in '|' ("cat FILE |");
  // `args` are shell words (quote paths with sh_quote). Standard output goes
  // to Outcome::out unless `redirect` says otherwise ("> /dev/full").
  Outcome run(const std::string& args, const std::string& prefix = "",
              const std::string& redirect = "") {
    const fs::path out = tmp_ / "io" / "stdout", err = tmp_ / "io" / "stderr";
    std::ofstream(out).flush();
    const std::string cmd = "cd '" KD_SOURCE_DIR "' && " + prefix + " '" KD_BINARY "' " + args +
                            (!prefix.empty() && prefix.back() == '|' ? " " : " < /dev/null ") +
                            (redirect.empty() ? "> " + sh_quote(out.string()) : redirect) + " 2> " +
                            sh_quote(err.string());
    const auto start = std::chrono::steady_clock::now();
    const int status = std::system(cmd.c_str());
    Outcome r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  // True when `text` is valid against schema/karabakh-diff.schema.json
  // (JSONL line by line when `lines`).
  bool valid_against_schema(const std::string& text, bool lines = false) {
    const fs::path file = tmp_ / "io" / "to_validate.json";
    std::ofstream(file, std::ios::binary) << text;
    const std::string cmd = "/usr/bin/python3 '" KD_SOURCE_DIR
                            "/tests/validate_schema.py' '" KD_SOURCE_DIR
                            "/schema/karabakh-diff.schema.json' " +
                            sh_quote(file.string()) + (lines ? " --lines" : "") + " >&2";
    return std::system(cmd.c_str()) == 0;
  }

  fs::path write(const std::string& name, const std::string& bytes) {
    const fs::path p = tmp_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

  fs::path tmp_;
};

inline std::string seed_text() { return slurp(std::string(KD_SOURCE_DIR "/") + kSeed); }

inline std::string error_line(const fs::path& p, const std::string& reason) {
  return "karabakh-diff: error: " + p.string() + ": " + reason + "\n";
}

// Runs a bad input next to the seed article (badinput_test.cc, badcontent_test.cc).
class BadInputTest : public EndToEndTest {
 protected:
  // Runs `bad` next to the seed article with --format json and checks the
  // common promises; returns the parsed output. `expected_code` -1: 0 or 1.
  nlohmann::json run_with_seed(const std::string& bad, const std::string& expected_err,
                               int expected_code, bool bad_is_loaded,
                               const std::string& flags = "") {
    Outcome r = run("--format json " + flags + " " + sh_quote(bad) + " " + kSeed);
    EXPECT_EQ(r.err, expected_err) << bad;
    if (expected_code >= 0)
      EXPECT_EQ(r.code, expected_code) << bad;
    else  // a repaired input: 0 or 1, depending on divergences only
      EXPECT_TRUE(r.code == 0 || r.code == 1) << bad << ": " << r.code;
    EXPECT_TRUE(valid_against_schema(r.out)) << r.out.substr(0, 2000);
    nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["documents"].size(), bad_is_loaded ? 2u : 1u) << bad;
    EXPECT_EQ(j["documents"].back()["path"], kSeed);  // still processed
    EXPECT_GT(j["documents"].back()["statements"].size(), 0u);
    return j;
  }
};

}  // namespace kd::testing

#endif  // KARABAKH_DIFF_TESTS_BADINPUT_UTIL_H_
