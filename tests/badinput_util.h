// Shared by the end-to-end reliability tests (badinput_test.cc,
// badoutput_test.cc): runs the real karabakh-diff binary (KD_BINARY) from
// the source tree (KD_SOURCE_DIR) in a scratch directory per test.
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

}  // namespace kd::testing

#endif  // KARABAKH_DIFF_TESTS_BADINPUT_UTIL_H_
