// Contradictions about things no topic of the lexicon names: both readouts
// name the thing in the same words and take opposite stances on it.
#include <gtest/gtest.h>

#include "compare_divergence.h"
#include "compare_test_util.h"

namespace kd {
namespace {

using testing::analyzed;
using testing::make_doc;
using testing::St;
using testing::test_lexicon;
using testing::ymd;

struct Case {
  const char* washington;  // the State Department's readout
  const char* beijing;     // the Chinese Foreign Ministry's
  const char* topic;       // of the contradiction; "" for none
};

// The contradictions of a call whose two readouts are `c`'s.
std::vector<Divergence> contradictions(const Case& c) {
  const std::string lede = "Antony Blinken and Wang Yi held a telephone conversation on Tuesday.";
  // "After the call": each readout refers to the event.
  const std::string us =
      std::string("After the call, the State Department said ") + c.washington + ".";
  const std::string cn =
      std::string("After the call, the Chinese Foreign Ministry said ") + c.beijing + ".";
  Analysis a;
  a.documents.push_back(
      analyzed(make_doc("call.txt", {lede, us, cn}, ymd(2023, 6, 15)),
               {St{c.washington, "State Department", "Washington", SpeakerKind::kInstitution},
                St{c.beijing, "Chinese Foreign Ministry", "Beijing", SpeakerKind::kInstitution}}));
  compare(a, test_lexicon(), testing::us_china());
  std::vector<Divergence> out;
  if (a.events.size() != 1) return out;
  for (const Divergence& d : a.events[0].divergences)
    if (d.kind == DivergenceKind::kContradiction) out.push_back(d);
  return out;
}

TEST(CompareObjectsTest, OppositeStancesOnTheSameThing) {
  const Case cases[] = {
      // Agreed against not agreed, the thing written the same or with
      // other stop words in it.
      {"there was no agreement on direct passenger flights",
       "the two sides agreed to restore direct passenger flights", "direct passenger flights"},
      {"no decision was made on the reopening of the consulates",
       "the ministers agreed to resume the reopening of consulates", "reopening of the consulates"},
      {"the two sides did not reach an understanding on student visas",
       "the two sides confirmed the resumption of student visas", "student visas"},
      {"Washington welcomed the planned journalist exchange",
       "Beijing rejected the planned journalist exchange", "planned journalist exchange"},
      // Denied after the thing: "were not discussed".
      {"the ministers agreed to extend the fishing licences", "fishing licences were not discussed",
       "fishing licences"},
      // The same stance on both sides, or one side without a stance word.
      {"the two sides agreed to restore direct flights", "both sides confirmed direct flights", ""},
      {"there was no agreement on direct flights", "Wang spoke about direct flights", ""},
      // A subject is no object of the verb after it: "the two sides agreed".
      {"the two sides agreed to hold the next round in India",
       "the two sides provided no agreement on border trade", ""},
      // One word in common is not a thing ("flights" alone), nor are names.
      {"there was no agreement on flights", "the two sides agreed to restore flights", ""},
      {"there was no agreement with Wang Yi", "the ministers agreed with Wang Yi", ""},
  };
  for (const Case& c : cases) {
    const std::vector<Divergence> found = contradictions(c);
    if (std::string(c.topic).empty()) {
      EXPECT_TRUE(found.empty()) << c.washington << " / " << c.beijing << ": " << found[0].summary;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.washington << " / " << c.beijing;
    EXPECT_EQ(found[0].topic, c.topic);
    EXPECT_EQ(found[0].statements.at("Washington").size(), 1u);
    EXPECT_EQ(found[0].statements.at("Beijing").size(), 1u);
  }
}

// The summary says who takes which stance, with each side's words.
TEST(CompareObjectsTest, SummaryQuotesBothSides) {
  const std::vector<Divergence> found =
      contradictions({"there was no agreement on direct passenger flights",
                      "the two sides agreed to restore direct passenger flights", ""});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].summary,
            "Washington denies it (\"there was no agreement on direct passenger flights\") while "
            "Beijing "
            "commits to it (\"two sides agreed to restore direct passenger flights\")");
}

}  // namespace
}  // namespace kd
