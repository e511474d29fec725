// End-to-end tests of the scale features with the real binary: --jobs
// never changes the output, and extract | compare gives the one-shot output
// byte for byte, however the extract runs are split.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

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

class ScaleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("kd_scale_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(tmp_);
  }
  void TearDown() override { fs::remove_all(tmp_); }

  // Runs a shell command line from the source dir; "KD" stands for the binary.
  Outcome sh(std::string cmd) {
    for (size_t at = cmd.find("KD"); at != std::string::npos; at = cmd.find("KD", at))
      cmd.replace(at, 2, "'" KD_BINARY "'");
    const fs::path out = tmp_ / "stdout", err = tmp_ / "stderr";
    const std::string line = "cd '" KD_SOURCE_DIR "' && (" + cmd + ") > '" + out.string() +
                             "' 2> '" + err.string() + "'";
    const int status = std::system(line.c_str());
    Outcome r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  // Copies of the seeds under new names, `copies` rounds: a run with more
  // documents than threads, and the same event in many articles.
  std::string corpus(int copies) {
    std::string paths;
    for (int c = 0; c < copies; ++c) {
      for (const auto& e : fs::directory_iterator(fs::path(KD_SOURCE_DIR) / "data")) {
        if (e.path().extension() != ".txt") continue;
        const fs::path to = tmp_ / (std::to_string(c) + "_" + e.path().filename().string());
        fs::copy_file(e.path(), to);
        paths += " '" + to.string() + "'";
      }
    }
    return paths;
  }

  fs::path tmp_;
};

TEST_F(ScaleTest, JobsNeverChangeTheOutput) {
  const std::string files = corpus(4);
  for (const char* format : {"json", "text --width 100 --color never"}) {
    const Outcome one = sh("KD --jobs 1 --format " + std::string(format) + files);
    EXPECT_EQ(one.code, 1) << one.err;
    for (const char* jobs : {"2", "3", "8", "0"}) {
      const Outcome many = sh("KD --jobs " + std::string(jobs) + " --format " + format + files);
      EXPECT_EQ(many.code, one.code);
      EXPECT_EQ(many.out, one.out) << "--jobs " << jobs << " --format " << format;
      EXPECT_EQ(many.err, one.err);
    }
  }
}

TEST_F(ScaleTest, ExtractThenCompareIsTheOneShotRun) {
  const Outcome once = sh(std::string("KD --format json ") + kSeeds);
  const Outcome split = sh(std::string("KD extract ") + kSeeds + " | KD compare --format json");
  EXPECT_EQ(split.code, once.code) << split.err;
  EXPECT_EQ(split.out, once.out);
  const Outcome text = sh(std::string("KD --width 80 --color never ") + kSeeds);
  const Outcome text_split =
      sh(std::string("KD extract ") + kSeeds + " | KD compare --width 80 --color never -");
  EXPECT_EQ(text_split.out, text.out);
}

TEST_F(ScaleTest, ExtractRunsOfOneArticleEachStillGiveTheOneShotRun) {
  // Each extract sees one article: none knows the year of the run or which
  // office holders the others name, so compare redoes some from their source.
  const std::string files = corpus(2);
  const Outcome once = sh("KD --format jsonl" + files);
  std::string each;
  std::istringstream in(files);
  for (std::string f; in >> f;)
    each += "KD extract " + f + " >> '" + (tmp_ / "x.jsonl").string() + "'; ";
  sh(each);
  const Outcome split =
      sh("KD compare --format jsonl --jobs 2 '" + (tmp_ / "x.jsonl").string() + "'");
  EXPECT_EQ(split.code, once.code) << split.err;
  EXPECT_EQ(split.out, once.out);
}

TEST_F(ScaleTest, CompareTakesSeveralInputs) {
  const Outcome once = sh(std::string("KD --format json ") + kSeeds);
  const std::string a = (tmp_ / "a.jsonl").string(), b = (tmp_ / "b.jsonl").string();
  sh("KD extract data/000_d8b6bdfa25336eff.txt data/001_241556ccb3234d5d.txt > '" + a + "'");
  sh("KD extract data/002_f153d9323a63ad09.txt data/003_4cc61a2a5a4223e5.txt "
     "data/004_9167b2b24af47697.txt > '" +
     b + "'");
  const Outcome split = sh("KD compare --format json '" + a + "' - < '" + b + "'");
  EXPECT_EQ(split.out, once.out) << split.err;
}

TEST_F(ScaleTest, UnreadableInputsTravelThroughExtract) {
  const Outcome once = sh("KD --format json data/000_d8b6bdfa25336eff.txt missing.txt");
  const Outcome extract = sh("KD extract data/000_d8b6bdfa25336eff.txt missing.txt > /dev/null");
  EXPECT_EQ(extract.code, 2);
  EXPECT_NE(extract.err.find("missing.txt: no such file"), std::string::npos) << extract.err;
  const Outcome split =
      sh("KD extract data/000_d8b6bdfa25336eff.txt missing.txt 2>/dev/null | KD compare -f json");
  EXPECT_EQ(split.code, 2);
  EXPECT_EQ(split.out, once.out);
}

TEST_F(ScaleTest, CompareRejectsWhatExtractDidNotWrite) {
  const Outcome bad = sh("printf '\\n{\"schema\":\"karabakh-diff-extract/1\"}\\n' | KD compare");
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "karabakh-diff: error: standard input: line 2: type: missing\n");
  const Outcome missing = sh("KD compare nowhere.jsonl");
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("nowhere.jsonl"), std::string::npos);
}

TEST_F(ScaleTest, AHugeLineIsProcessedOrRejectedCleanly) {
  // 3 MB without a line break: one paragraph, thousands of sentences.
  std::string text;
  const std::string seed = slurp(fs::path(KD_SOURCE_DIR) / "data/000_d8b6bdfa25336eff.txt");
  while (text.size() < (3u << 20)) text += seed;
  for (char& c : text)
    if (c == '\n') c = ' ';
  std::ofstream(tmp_ / "line.txt", std::ios::binary) << text;
  // Refused by the line-length limit at once; with the limit lifted, processed.
  const std::string path = (tmp_ / "line.txt").string();
  const Outcome r = sh("KD --format json '" + path + "' > /dev/null");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "karabakh-diff: error: " + path + ": line 1 too long (" +
                       std::to_string(text.size()) + " bytes, limit 1048576 bytes)\n");
  const Outcome lifted = sh("KD --max-line-length 0 --format json '" + path + "' > /dev/null");
  EXPECT_TRUE(lifted.code == 0 || lifted.code == 1) << lifted.code << lifted.err;
  const Outcome small = sh("KD --max-file-size 1000000 '" + (tmp_ / "line.txt").string() + "'");
  EXPECT_EQ(small.code, 2);
  EXPECT_NE(small.err.find("file too large"), std::string::npos) << small.err;
}

}  // namespace
