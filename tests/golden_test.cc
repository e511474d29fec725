// Golden end-to-end tests: the real binary on data/ must print exactly the
// committed reports. After an intended change, regenerate with
//   KD_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden
// and review the diff of tests/golden/ like code.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string run(const std::string& args) {
  const std::string cmd = "cd '" KD_SOURCE_DIR "' && '" KD_BINARY "' " + args + " data/*.txt";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

void check(const std::string& args, const std::string& golden_name) {
  const std::string path = KD_SOURCE_DIR "/tests/golden/" + golden_name;
  const std::string actual = run(args);
  if (std::getenv("KD_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  const std::string expected = slurp(path);
  ASSERT_FALSE(expected.empty()) << "missing " << path << "; run with KD_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, expected) << "karabakh-diff " << args << " differs from " << path;
}

TEST(GoldenTest, TextReportAt80Columns) { check("--color never --width 80", "report-80.txt"); }
TEST(GoldenTest, TextReportAt160Columns) { check("--color never --width 160", "report-160.txt"); }
TEST(GoldenTest, JsonOutput) { check("--format json", "report.json"); }

TEST(GoldenTest, ReportAt80ColumnsFitsTheTerminal) {
  std::istringstream lines(run("--color never --width 80"));
  for (std::string line; std::getline(lines, line);) {
    size_t width = 0;
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    // Only a single word longer than the line may overflow it.
    if (width > 80) {
      EXPECT_EQ(line.find(' ', line.find_first_not_of(' ')), std::string::npos) << line;
    }
  }
}

}  // namespace
