// Properties of the extraction on the seed articles in data/ (real text, so
// these catch regressions the written-for-the-test patterns miss).
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "karabakh_diff/extractor.h"
#include "karabakh_diff/loader.h"

namespace kd {
namespace {

struct Seed {
  std::string bytes;
  std::vector<Statement> statements;
};

Seed run(const std::string& name) {
  const std::string path = std::string(KD_SOURCE_DIR) + "/data/" + name;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  Result<Document> doc = load_file(path, {}, default_lexicon());
  EXPECT_TRUE(doc.ok()) << path;
  if (!doc.ok()) return {};
  return {ss.str(), extract(doc.value(), default_lexicon(), ExtractContext{2020})};
}

const Statement* find_claim(const Seed& s, std::string_view start) {
  for (const Statement& st : s.statements)
    if (st.claim.rfind(start, 0) == 0) return &st;
  return nullptr;
}

TEST(ExtractSeedsTest, NestedRelayThroughAnAgency) {
  Seed s = run("000_d8b6bdfa25336eff.txt");
  const Statement* st = find_claim(s, "a cease-fire would have no meaning");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->speaker.name, "Mevlut Cavusoglu");
  EXPECT_EQ(st->via.value_or(""), "Anadolu");
  EXPECT_EQ(st->addressee.value_or(""), "Sergei Lavrov");
  EXPECT_EQ(st->mode, Mode::kMixed);
  EXPECT_TRUE(st->negated);
  EXPECT_TRUE(st->conditional);
}

TEST(ExtractSeedsTest, QuotationAcrossParagraphsIsOneClaim) {
  Seed s = run("000_d8b6bdfa25336eff.txt");
  const Statement* st = find_claim(s, "The readiness of the sides");
  ASSERT_NE(st, nullptr);
  EXPECT_NE(st->claim.find("The Russian side focused"), std::string::npos);
  EXPECT_EQ(st->speaker.name, "Russian Foreign Ministry");
  EXPECT_EQ(st->mode, Mode::kDirect);
}

TEST(ExtractSeedsTest, ColonQuoteWithoutMarksRunsUntilTheNextFrame) {
  Seed s = run("001_241556ccb3234d5d.txt");
  const Statement* st = find_claim(s, "We know that Turkey");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->speaker.name, "Vasily Nebenzya");
  EXPECT_EQ(st->via.value_or(""), "Interfax");
  EXPECT_EQ(st->claim.substr(st->claim.size() - 18), "It's not like that");
}

TEST(ExtractSeedsTest, EventMentionsAreNotStatements) {
  for (const char* name : {"002_f153d9323a63ad09.txt", "003_4cc61a2a5a4223e5.txt"}) {
    Seed s = run(name);
    EXPECT_FALSE(s.statements.empty());
    for (const Statement& st : s.statements) {
      EXPECT_EQ(st.claim.find("The phone call came"), std::string::npos) << st.claim;
      EXPECT_EQ(st.claim.find("had a phone conversation late"), std::string::npos) << st.claim;
      EXPECT_EQ(st.claim.find("exchanged views"), std::string::npos) << st.claim;
    }
  }
}

TEST(ExtractSeedsTest, OutletCitingAnAnonymousSource) {
  Seed s = run("004_9167b2b24af47697.txt");
  const Statement* st = find_claim(s, "Turkish President Recep Tayyip Erdogan suggested");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->speaker.kind, SpeakerKind::kSource);
  EXPECT_TRUE(st->speaker.anonymous);
  EXPECT_EQ(st->via.value_or(""), "CNN Turk");
  EXPECT_EQ(st->account, "Ankara");
}

TEST(ExtractSeedsTest, SpansAndIdsAreConsistent) {
  for (const char* name :
       {"000_d8b6bdfa25336eff.txt", "001_241556ccb3234d5d.txt", "002_f153d9323a63ad09.txt",
        "003_4cc61a2a5a4223e5.txt", "004_9167b2b24af47697.txt"}) {
    Seed s = run(name);
    std::set<std::string> ids;
    uint32_t last = 0;
    for (const Statement& st : s.statements) {
      EXPECT_TRUE(ids.insert(st.id).second) << st.id;
      ASSERT_LE(st.span.end, s.bytes.size());
      EXPECT_LT(st.span.start, st.span.end);
      EXPECT_GE(st.span.start, last);  // document order
      last = st.span.start;
      // The claim's first letters are where the span starts in the file
      // (up to an apostrophe, which the file may spell typographically).
      size_t n = 0;
      while (n < st.claim.size() && std::isalnum(static_cast<unsigned char>(st.claim[n]))) ++n;
      const std::string first = st.claim.substr(0, n);
      EXPECT_EQ(s.bytes.compare(st.span.start, first.size(), first), 0) << name << ": " << st.claim;
      EXPECT_FALSE(st.account.empty());
      EXPECT_FALSE(st.rule.empty());
    }
  }
}

}  // namespace
}  // namespace kd
