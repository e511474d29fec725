// Replays every input under fuzz/regressions/TARGET/ (inputs that once
// crashed or hung a fuzz target, kept when fixed) through that target's
// code and checks (fuzz/fuzz_targets.h), here as gtest expectations instead
// of aborts, and in the sanitizer build under ASan and UBSan as well.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#define KD_FUZZ_CHECK(cond)     \
  do {                          \
    EXPECT_TRUE(cond) << #cond; \
  } while (0)
#include "../fuzz/fuzz_jsonl.h"
#include "../fuzz/fuzz_report.h"
#include "../fuzz/fuzz_targets.h"

namespace {

namespace fs = std::filesystem;

using Target = std::function<int(const uint8_t*, size_t)>;

const std::map<std::string, Target>& targets() {
  static const std::map<std::string, Target> all = {
      {"loader", kd::fuzz::fuzz_loader},
      {"extractor", kd::fuzz::fuzz_extractor},
      {"report", kd::fuzz::fuzz_report},
      {"jsonl", kd::fuzz::fuzz_jsonl},
  };
  return all;
}

TEST(FuzzRegressionTest, EveryKeptInputRunsCleanlyAndQuickly) {
  const fs::path root = fs::path(KD_SOURCE_DIR) / "fuzz" / "regressions";
  ASSERT_TRUE(fs::is_directory(root)) << root;
  size_t replayed = 0;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    const std::string name = dir.path().filename();
    auto target = targets().find(name);
    ASSERT_NE(target, targets().end()) << "no fuzz target named " << name;
    for (const auto& file : fs::directory_iterator(dir.path())) {
      std::ifstream in(file.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      const std::string input = bytes.str();
      SCOPED_TRACE(file.path().string());
      const auto start = std::chrono::steady_clock::now();
      target->second(reinterpret_cast<const uint8_t*>(input.data()), input.size());
      const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
      EXPECT_LT(took.count(), 10.0);  // fuzz.sh treats 30 s as a hang; sanitizers are slow
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0u);
}

}  // namespace
