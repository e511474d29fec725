// Merging the same event across articles, ids and order.
#include <gtest/gtest.h>

#include "compare_test_util.h"

namespace kd {
namespace {

using testing::analyzed;
using testing::make_doc;
using testing::St;
using testing::test_lexicon;
using testing::ymd;

const std::string kBlinken = "Antony Blinken";
const std::string kWang = "Wang Yi";

TEST(CompareMergeTest, SameParticipantsSameDayAreOneEvent) {
  Analysis a;
  a.documents.push_back(
      analyzed(make_doc("a.txt", {"Antony Blinken and Wang Yi spoke by phone on Tuesday."},
                        ymd(2023, 6, 15)),
               {}));
  a.documents.push_back(
      analyzed(make_doc("b.txt", {"Wang Yi held a phone call with Antony Blinken on June 13."},
                        ymd(2023, 6, 14)),
               {}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].documents, (std::vector<std::string>{"a.txt", "b.txt"}));
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-13");
}

TEST(CompareMergeTest, AFileGivenTwiceIsListedOnce) {
  Analysis a;
  for (const char* path : {"a.txt", "b.txt", "a.txt"})
    a.documents.push_back(analyzed(
        make_doc(path, {"Antony Blinken and Wang Yi spoke by phone on June 13."}, ymd(2023, 6, 14)),
        {}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].documents, (std::vector<std::string>{"a.txt", "b.txt"}));
}

TEST(CompareMergeTest, DifferentDaysAreDifferentEventsInDateOrder) {
  Analysis a;
  a.documents.push_back(
      analyzed(make_doc("late.txt", {"Antony Blinken and Wang Yi spoke by phone on June 20."},
                        ymd(2023, 6, 21)),
               {}));
  a.documents.push_back(
      analyzed(make_doc("early.txt", {"Antony Blinken and Wang Yi spoke by phone on June 2."},
                        ymd(2023, 6, 3)),
               {}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].id, "E1");
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-02");
  EXPECT_EQ(a.events[0].documents, (std::vector<std::string>{"early.txt"}));
  EXPECT_EQ(a.events[1].id, "E2");
  EXPECT_EQ(a.events[1].date->iso(), "2023-06-20");
}

// Washington dates the call May 22, Beijing "the morning of May 23": one
// call told in two time zones, under the earlier date. Not when one article
// tells of both days, nor two days apart.
TEST(CompareMergeTest, ADayApartInTwoArticlesIsOneEventInTwoTimeZones) {
  Analysis a;
  a.documents.push_back(
      analyzed(make_doc("state.txt", {"Antony Blinken spoke with Wang Yi by phone on May 22."},
                        ymd(2025, 5, 22)),
               {}));
  a.documents.push_back(
      analyzed(make_doc("mfa.txt", {"On May 23, Wang Yi held a phone call with Antony Blinken."},
                        ymd(2025, 5, 23)),
               {}));
  a.documents.push_back(
      analyzed(make_doc("later.txt", {"Antony Blinken and Wang Yi spoke by phone on May 25."},
                        ymd(2025, 5, 25)),
               {}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].date->iso(), "2025-05-22");
  EXPECT_EQ(a.events[0].documents, (std::vector<std::string>{"state.txt", "mfa.txt"}));
  EXPECT_EQ(a.events[1].date->iso(), "2025-05-25");

  Analysis both;
  both.documents.push_back(
      analyzed(make_doc("both.txt",
                        {"Antony Blinken and Wang Yi spoke by phone on May 22.",
                         "Antony Blinken and Wang Yi spoke by phone again on May 23."},
                        ymd(2025, 5, 24)),
               {}));
  both.documents.push_back(
      analyzed(make_doc("mfa.txt", {"On May 23, Wang Yi held a phone call with Antony Blinken."},
                        ymd(2025, 5, 23)),
               {}));
  compare(both, test_lexicon(), testing::us_china());
  ASSERT_EQ(both.events.size(), 2u);
  EXPECT_EQ(both.events[1].documents, (std::vector<std::string>{"both.txt", "mfa.txt"}));

  // The date more reports give wins.
  Analysis more;
  for (const char* path : {"tass.txt", "ap.txt"})
    more.documents.push_back(analyzed(
        make_doc(path, {"Antony Blinken and Wang Yi spoke by phone on July 3."}, ymd(2025, 7, 3)),
        {}));
  more.documents.push_back(
      analyzed(make_doc("kyiv.txt", {"Antony Blinken and Wang Yi spoke by phone on July 2."},
                        ymd(2025, 7, 3)),
               {}));
  compare(more, test_lexicon(), testing::us_china());
  ASSERT_EQ(more.events.size(), 1u);
  EXPECT_EQ(more.events[0].date->iso(), "2025-07-03");
}

TEST(CompareMergeTest, CallAndMeetingOnTheSameDayStayApart) {
  Analysis a;
  a.documents.push_back(
      analyzed(make_doc("a.txt",
                        {"Antony Blinken and Wang Yi spoke by phone on June 2.",
                         "Separately, Antony Blinken met with Wang Yi in Jakarta on June 2."},
                        ymd(2023, 6, 3)),
               {}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].kind, EventKind::kCall);
  EXPECT_EQ(a.events[1].kind, EventKind::kMeeting);
}

TEST(CompareMergeTest, TalksJoinTheCallOfTheSameDay) {
  Analysis a;
  a.documents.push_back(analyzed(
      make_doc("a.txt", {"Antony Blinken and Wang Yi spoke by phone on June 2."}, ymd(2023, 6, 3)),
      {}));
  a.documents.push_back(analyzed(
      make_doc("b.txt", {"Blinken's talks with Wang Yi on June 2 covered trade."}, ymd(2023, 6, 4)),
      {}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kCall);
  EXPECT_EQ(a.events[0].documents.size(), 2u);
}

// Two Thursday calls between the same ministers; an undated article that
// only says "on Thursday" joins the one whose readout it shares words with.
TEST(CompareMergeTest, UndatedReportJoinsTheDatedEventItsContentMatches) {
  Analysis a;
  Document first = make_doc(
      "first.txt",
      {"Antony Blinken and Wang Yi held a telephone conversation on Thursday.",
       "The State Department said the two sides discussed semiconductor export controls and "
       "fentanyl trafficking."},
      ymd(2023, 6, 1));
  a.documents.push_back(analyzed(
      first, {{"the two sides discussed semiconductor export controls and fentanyl trafficking",
               "State Department", "Washington", SpeakerKind::kInstitution}}));
  Document second = make_doc(
      "second.txt",
      {"Antony Blinken and Wang Yi held a telephone conversation on Thursday.",
       "The State Department said the two sides discussed climate finance and coal plants."},
      ymd(2023, 6, 8));
  a.documents.push_back(
      analyzed(second, {{"the two sides discussed climate finance and coal plants",
                         "State Department", "Washington", SpeakerKind::kInstitution}}));
  Document undated =
      make_doc("undated.txt",
               {"Wang Yi and Antony Blinken spoke by phone on Thursday.",
                "Beijing said the two sides exchanged views on climate finance and coal plants."});
  a.documents.push_back(
      analyzed(undated, {{"the two sides exchanged views on climate finance and coal plants",
                          "Chinese Foreign Ministry", "Beijing", SpeakerKind::kInstitution}}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-01");
  EXPECT_EQ(a.events[0].documents, (std::vector<std::string>{"first.txt"}));
  EXPECT_EQ(a.events[1].date->iso(), "2023-06-08");
  EXPECT_EQ(a.events[1].documents, (std::vector<std::string>{"second.txt", "undated.txt"}));
  // The undated article's statement is a readout of the merged event.
  const Statement& st = a.documents[2].statements[0];
  ASSERT_TRUE(st.event.has_value());
  EXPECT_EQ(*st.event, "E2");
}

TEST(CompareMergeTest, UndatedReportWithoutMatchStaysUndated) {
  Analysis a;
  a.documents.push_back(
      analyzed(make_doc("a.txt", {"Antony Blinken and Wang Yi met in Bali."}), {}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_FALSE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date_source, DateSource::kNone);
}

TEST(CompareMergeTest, IdsAreDeterministic) {
  auto build = [] {
    Analysis a;
    for (int day = 1; day <= 3; ++day)
      a.documents.push_back(analyzed(
          make_doc(
              "d" + std::to_string(day) + ".txt",
              // Two days apart: events a day apart in two articles are one.
              {"Joe Biden and Xi Jinping spoke by phone on June " + std::to_string(7 - 2 * day) +
               ". Antony Blinken and Wang Yi met in Bali on June " + std::to_string(2 * day - 1) +
               "."},
              ymd(2023, 6, 10)),
          {}));
    compare(a, test_lexicon(), testing::us_china());
    return a;
  };
  Analysis one = build(), two = build();
  ASSERT_EQ(one.events.size(), 6u);
  for (size_t i = 0; i < one.events.size(); ++i) {
    EXPECT_EQ(one.events[i].id, "E" + std::to_string(i + 1));
    EXPECT_EQ(one.events[i].id, two.events[i].id);
    EXPECT_EQ(one.events[i].participants, two.events[i].participants);
    EXPECT_EQ(one.events[i].date, two.events[i].date);
  }
  // June 1 has the Bali meeting (d1) and the call (d3): first mention decides.
  EXPECT_EQ(one.events[0].documents, (std::vector<std::string>{"d1.txt"}));
  EXPECT_EQ(one.events[0].kind, EventKind::kMeeting);
}

}  // namespace
}  // namespace kd
