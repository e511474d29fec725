// Distribution: `cmake --install` puts the binary, man page and bash
// completion under the prefix; the man page renders cleanly; the man page
// and the completion know every option; completion offers the right words.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const fs::path kBuildDir = fs::path(KD_BINARY).parent_path();
const fs::path kManPage = fs::path(KD_SOURCE_DIR) / "docs/karabakh-diff.1";
const fs::path kCompletion = fs::path(KD_SOURCE_DIR) / "scripts/completion/karabakh-diff.bash";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Outcome {
  int code = -1;
  std::string out, err;
};

Outcome sh(const std::string& command, const fs::path& work) {
  const std::string cmd = "( " + command + " ) > '" + (work / "out").string() + "' 2> '" +
                          (work / "err").string() + "'";
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(work / "out"), slurp(work / "err")};
}

class InstallTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("kd_install_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
  }
  void TearDown() override { fs::remove_all(tmp_); }
  fs::path tmp_;
};

TEST_F(InstallTest, PutsBinaryManPageAndCompletionUnderThePrefix) {
  const fs::path prefix = tmp_ / "prefix";
  Outcome r =
      sh("cmake --install '" + kBuildDir.string() + "' --prefix '" + prefix.string() + "'", tmp_);
  ASSERT_EQ(r.code, 0) << r.out << r.err;
  const fs::path binary = prefix / "bin/karabakh-diff";
  ASSERT_TRUE(fs::exists(binary)) << r.out;
  EXPECT_EQ(access(binary.c_str(), X_OK), 0);
  EXPECT_EQ(sh("'" + binary.string() + "' --version", tmp_).out, "karabakh-diff 0.1.0\n");
  EXPECT_EQ(slurp(prefix / "share/man/man1/karabakh-diff.1"), slurp(kManPage));
  EXPECT_EQ(slurp(prefix / "share/bash-completion/completions/karabakh-diff"), slurp(kCompletion));
}

TEST_F(InstallTest, ManPageRendersWithoutWarnings) {
  if (sh("command -v groff", tmp_).code != 0) GTEST_SKIP() << "groff not installed";
  Outcome r = sh("groff -man -Tutf8 -ww -z '" + kManPage.string() + "'", tmp_);
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, "");
}

// An option added to the CLI must be added to the man page and the completion.
TEST_F(InstallTest, ManPageAndCompletionKnowEveryOption) {
  const std::string man = slurp(kManPage), completion = slurp(kCompletion);
  for (const char* command : {"", "check", "extract", "compare"}) {
    Outcome help = sh("'" KD_BINARY "' " + std::string(command) + " --help", tmp_);
    ASSERT_EQ(help.code, 0) << command;
    std::set<std::string> options;
    for (size_t at = help.out.find("--"); at != std::string::npos;
         at = help.out.find("--", at + 2)) {
      size_t end = at + 2;
      while (end < help.out.size() &&
             (std::isalnum(static_cast<unsigned char>(help.out[end])) || help.out[end] == '-'))
        ++end;
      if (end > at + 2) options.insert(help.out.substr(at, end - at));
    }
    EXPECT_GE(options.size(), 4u) << command;  // --help itself, at least
    for (const std::string& option : options) {
      std::string roff;  // "--min-recall" is written "\-\-min\-recall" in roff
      for (char c : option) roff += c == '-' ? std::string("\\-") : std::string(1, c);
      EXPECT_NE(man.find(roff), std::string::npos)
          << "docs/karabakh-diff.1 does not document " << command << " " << option;
      EXPECT_NE(completion.find(option), std::string::npos)
          << "the bash completion does not offer " << command << " " << option;
    }
  }
}

TEST_F(InstallTest, CompletionOffersTheWordsThatFit) {
  if (sh("command -v bash", tmp_).code != 0) GTEST_SKIP() << "bash not installed";
  fs::create_directories(tmp_ / "files/golden");
  std::ofstream(tmp_ / "files/a.txt") << "x";
  std::ofstream(tmp_ / "files/lex.json") << "{}";
  struct {
    const char* line;  // the command line, the cursor at its end
    const char* expected;
  } cases[] = {
      {"karabakh-diff --format ", "csv html json jsonl markdown text"},
      {"karabakh-diff extract -f ", "jsonl"},
      {"karabakh-diff compare --format j", "json jsonl"},
      {"karabakh-diff --color a", "always auto"},
      {"karabakh-diff --sides Mo", "Moscow,"},
      {"karabakh-diff --sides Moscow,W", "Moscow,Washington"},
      {"karabakh-diff ch", "check"},
      {"karabakh-diff check --m", "--min-precision --min-recall"},
      {"karabakh-diff check --golden ", "golden"},
      {"karabakh-diff --lexicon ", "golden lex.json"},
      {"karabakh-diff check --golden golden --update ", "a.txt golden lex.json"},
      {"karabakh-diff --jobs ", ""},
  };
  for (const auto& c : cases) {
    std::string line = c.line;
    const std::string script = "cd '" + (tmp_ / "files").string() + "' && source '" +
                               kCompletion.string() + "' && COMP_LINE='" + line +
                               "' && read -ra COMP_WORDS <<< \"$COMP_LINE\" && " +
                               (line.back() == ' ' ? "COMP_WORDS+=('') && " : "") +
                               "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) && _karabakh_diff; "
                               "printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '";
    std::ofstream(tmp_ / "complete.sh") << script;
    Outcome r = sh("bash '" + (tmp_ / "complete.sh").string() + "'", tmp_);
    std::string got = r.out;
    while (!got.empty() && got.back() == ' ') got.pop_back();
    EXPECT_EQ(got, c.expected) << c.line << r.err;
  }
}

}  // namespace
