// Atomic output, "did you mean", event selection, known sides.
#include "karabakh_diff/output.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kd {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class AtomicWriteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kd_output_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AtomicWriteTest, ReplacesContentAndLeavesNoTemporary) {
  const fs::path out = dir_ / "report.json";
  ASSERT_TRUE(write_file_atomically(out.string(), "old").ok());
  ASSERT_TRUE(write_file_atomically(out.string(), "new content\n").ok());
  EXPECT_EQ(slurp(out), "new content\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(AtomicWriteTest, MissingDirectoryFailsWithoutTouchingAnything) {
  Status s = write_file_atomically((dir_ / "nope" / "out.json").string(), "x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message, "cannot write: No such file or directory");
  EXPECT_FALSE(fs::exists(dir_ / "nope"));
}

TEST(ClosestMatchTest, SuggestsOnlyLikelyTypos) {
  const std::vector<std::string> flags = {"--format", "--output", "--explain", "--sides"};
  struct Case {
    const char* typed;
    const char* suggestion;
  } cases[] = {{"--formt", "--format"},    {"--fromat", "--format"}, {"--side", "--sides"},
               {"--explian", "--explain"}, {"--zzzzzzzzz", ""},      {"-q", ""}};
  for (const Case& c : cases) EXPECT_EQ(closest_match(c.typed, flags), c.suggestion) << c.typed;
}

TEST(SelectEventTest, KeepsOneOrExplains) {
  Analysis a;
  a.events.resize(2);
  a.events[0].id = "E1";
  a.events[1].id = "E2";
  Analysis copy = a;
  ASSERT_TRUE(select_event(a, "E2").ok());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].id, "E2");
  Status s = select_event(copy, "E9");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message, "no event E9 (events: E1, E2)");
  EXPECT_EQ(copy.events.size(), 2u);
}

TEST(KnownSidesTest, FromSideWordsAndEntities) {
  Lexicon lex;
  lex.sides.push_back({"Moscow", {"Russia"}});
  lex.entities.push_back({"Wang Yi", {}, "Beijing", SpeakerKind::kPerson, "foreign minister"});
  lex.entities.push_back({"Reuters", {}, "other", SpeakerKind::kMedia, "news agency"});
  EXPECT_EQ(known_sides(lex), (std::vector<std::string>{"Beijing", "Moscow", "joint"}));
}

}  // namespace
}  // namespace kd
