// Which statements are readouts of which event.
#include <gtest/gtest.h>

#include <algorithm>

#include "compare_test_util.h"

namespace kd {
namespace {

using testing::analyzed;
using testing::make_doc;
using testing::St;
using testing::test_lexicon;
using testing::ymd;

std::optional<std::string> event_of(const Analysis& a, const std::string& claim) {
  for (const DocumentAnalysis& d : a.documents)
    for (const Statement& st : d.statements)
      if (st.claim == claim) return st.event;
  ADD_FAILURE() << "no statement " << claim;
  return std::nullopt;
}

class CompareAssignTest : public ::testing::Test {
 protected:
  void SetUp() override {
    St to_biden("Taiwan is a red line", "Xi Jinping", "Beijing");
    to_biden.addressee = "Joe Biden";
    // Thursday 2023-06-15: "on Monday" is June 12, "on Friday" June 9.
    Document doc =
        make_doc("a.txt",
                 {"Joe Biden and Xi Jinping spoke by phone on Monday, Reuters reported.",
                  "The White House said the two leaders discussed trade and fentanyl.",
                  "It added that export controls would stay.",
                  "Xi Jinping told Biden that Taiwan is a red line.",
                  "Emmanuel Macron said on Monday that France backs dialogue.",
                  "Nancy Pelosi said the president should visit Taipei.",
                  "On Friday, the White House said the two leaders would meet in November."},
                 ymd(2023, 6, 15));
    analysis_.documents.push_back(analyzed(
        doc,
        {
            {"Joe Biden and Xi Jinping spoke by phone on Monday", "Reuters", "other",
             SpeakerKind::kMedia},
            {"the two leaders discussed trade and fentanyl", "White House", "Washington",
             SpeakerKind::kInstitution},
            {"export controls would stay", "White House", "Washington", SpeakerKind::kInstitution},
            to_biden,
            {"France backs dialogue", "Emmanuel Macron", "Paris"},
            {"the president should visit Taipei", "Nancy Pelosi", "Washington"},
            {"the two leaders would meet in November", "White House", "Washington",
             SpeakerKind::kInstitution},
        }));
    compare(analysis_, test_lexicon(), testing::us_china());
    ASSERT_EQ(analysis_.events.size(), 1u);
  }
  Analysis analysis_;
};

TEST_F(CompareAssignTest, ReportSentenceBackReferenceContinuationAndParticipant) {
  EXPECT_EQ(event_of(analysis_, "Joe Biden and Xi Jinping spoke by phone on Monday"), "E1");
  EXPECT_EQ(event_of(analysis_, "the two leaders discussed trade and fentanyl"), "E1");
  EXPECT_EQ(event_of(analysis_, "export controls would stay"), "E1");
  EXPECT_EQ(event_of(analysis_, "Taiwan is a red line"), "E1");
}

TEST_F(CompareAssignTest, OtherSidesOutsidersAndOtherDaysStayUnassigned) {
  EXPECT_EQ(event_of(analysis_, "France backs dialogue"), std::nullopt);
  EXPECT_EQ(event_of(analysis_, "the president should visit Taipei"), std::nullopt);
  EXPECT_EQ(event_of(analysis_, "the two leaders would meet in November"), std::nullopt);
}

TEST_F(CompareAssignTest, ReadoutsAreKeyedByAccount) {
  const Event& e = analysis_.events[0];
  ASSERT_EQ(e.readouts.count("Washington"), 1u);
  EXPECT_EQ(e.readouts.at("Washington").size(), 2u);
  ASSERT_EQ(e.readouts.count("Beijing"), 1u);
  EXPECT_EQ(e.readouts.at("Beijing").size(), 1u);
  ASSERT_EQ(e.readouts.count("other"), 1u);
}

// A statement made on another day is not a readout of the event, unless it
// is made in the days after and talks about the event ("the call was...").
TEST(CompareAssignLaterTest, CommentsOnTheEventInTheDaysAfterAreReadouts) {
  Analysis a;
  // Thursday 2023-06-15: "on Monday" is June 12, "on Tuesday" June 13.
  Document doc = make_doc("a.txt",
                          {"Joe Biden and Xi Jinping spoke by phone on Monday, Reuters reported.",
                           "On Tuesday, the White House said the call was candid.",
                           "On Tuesday, the White House said export controls would stay.",
                           "On Tuesday, the White House said it had the trust of both sides.",
                           "On Tuesday, the White House said both sides agreed to keep talking."},
                          ymd(2023, 6, 15));
  a.documents.push_back(analyzed(
      doc,
      {
          {"Joe Biden and Xi Jinping spoke by phone on Monday", "Reuters", "other",
           SpeakerKind::kMedia},
          {"the call was candid", "White House", "Washington", SpeakerKind::kInstitution},
          {"export controls would stay", "White House", "Washington", SpeakerKind::kInstitution},
          {"it had the trust of both sides", "White House", "Washington",
           SpeakerKind::kInstitution},
          {"both sides agreed to keep talking", "White House", "Washington",
           SpeakerKind::kInstitution},
      }));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(event_of(a, "the call was candid"), "E1");
  EXPECT_EQ(event_of(a, "export controls would stay"), std::nullopt);
  EXPECT_EQ(event_of(a, "it had the trust of both sides"), std::nullopt);  // participants only
  // What the participants did, told the day after.
  EXPECT_EQ(event_of(a, "both sides agreed to keep talking"), "E1");
}

// A claim that names all the participants, or tells of the call, said a day
// after: "Biden and Xi discussed trade in a phone call on Monday, the White
// House said on Tuesday".
TEST(CompareAssignLaterTest, ClaimsTellingOfTheCallTheDayAfterAreReadouts) {
  Analysis a;
  // Thursday 2023-06-15: "on Monday" is June 12, "on Tuesday" June 13.
  Document doc = make_doc(
      "a.txt",
      {"Joe Biden and Xi Jinping discussed trade in a phone call on Monday, the White House said "
       "on Tuesday.",
       "Xi Jinping said on Tuesday that Joe Biden had assured him in a phone call that tariffs "
       "would fall."},
      ymd(2023, 6, 15));
  a.documents.push_back(
      analyzed(doc, {
                        {"Joe Biden and Xi Jinping discussed trade in a phone call on Monday",
                         "White House", "Washington", SpeakerKind::kInstitution},
                        {"Joe Biden had assured him in a phone call that tariffs would fall",
                         "Xi Jinping", "Beijing", SpeakerKind::kPerson},
                    }));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-12");
  EXPECT_EQ(event_of(a, "Joe Biden and Xi Jinping discussed trade in a phone call on Monday"),
            "E1");
  EXPECT_EQ(event_of(a, "Joe Biden had assured him in a phone call that tariffs would fall"), "E1");
}

// A person who did not take part speaks for his side when he talks about
// the event just reported ("Hayashi said the meeting had been meaningful"),
// even paragraphs later; not when he talks of something else, and not for
// a side that did not take part.
TEST(CompareAssignLaterTest, AnOutsiderTalkingAboutTheEventIsHisSidesReadout) {
  Analysis a;
  Document doc = make_doc(
      "a.txt",
      {"Joe Biden and Xi Jinping spoke by phone on Monday, Reuters reported.",
       "The White House said the two leaders discussed trade.", "Markets rose in Asia.",
       "Oil prices fell.", "Analysts were cautious.", "Nancy Pelosi said the call had been useful.",
       "Nancy Pelosi said the president should visit Taipei.",
       "Emmanuel Macron said the call had been useful."},
      ymd(2023, 6, 15));
  a.documents.push_back(
      analyzed(doc, {
                        {"Joe Biden and Xi Jinping spoke by phone on Monday", "Reuters", "other",
                         SpeakerKind::kMedia},
                        {"the two leaders discussed trade", "White House", "Washington",
                         SpeakerKind::kInstitution},
                        {"the call had been useful", "Nancy Pelosi", "Washington"},
                        {"the president should visit Taipei", "Nancy Pelosi", "Washington"},
                        {"the call had been useful", "Emmanuel Macron", "Paris"},
                    }));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  const std::vector<Statement>& sts = a.documents[0].statements;
  ASSERT_EQ(sts.size(), 5u);
  EXPECT_EQ(sts[2].event, "E1");
  EXPECT_EQ(sts[3].event, std::nullopt);
  EXPECT_EQ(sts[4].event, std::nullopt);
}

// So does one who tells what the participants did, all of them by their
// rank ("the leaders welcomed ..."); one of them ("the president") is not
// the event.
TEST(CompareAssignLaterTest, AnOutsiderTellingWhatTheLeadersDidIsHisSidesReadout) {
  Analysis a;
  Document doc = make_doc(
      "a.txt",
      {"Joe Biden and Xi Jinping met in San Francisco on Wednesday.",
       "The White House said the two leaders discussed trade.",
       "Jake Sullivan told reporters that the leaders welcomed the resumption of military talks.",
       "Jake Sullivan said the president would raise fentanyl again."},
      ymd(2023, 11, 16));
  a.documents.push_back(analyzed(
      doc,
      {
          {"the two leaders discussed trade", "White House", "Washington",
           SpeakerKind::kInstitution},
          {"the leaders welcomed the resumption of military talks", "Jake Sullivan", "Washington"},
          {"the president would raise fentanyl again", "Jake Sullivan", "Washington"},
      }));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  const std::vector<Statement>& sts = a.documents[0].statements;
  ASSERT_EQ(sts.size(), 3u);
  EXPECT_EQ(sts[1].event, "E1");
  EXPECT_EQ(sts[2].event, std::nullopt);
}

// A spokesman the lexicon does not know speaks for his government: he
// carries on the readouts of an event his side took part in.
TEST(CompareAssignLaterTest, AnUnknownGovernmentSpokesmanCarriesOnTheReadouts) {
  for (const bool spokesman : {true, false}) {
    Analysis a;
    Document doc = make_doc("a.txt",
                            {"Joe Biden and Xi Jinping spoke by phone on Monday.",
                             "The White House said the two leaders discussed trade.",
                             "A spokesman said export controls would stay."},
                            ymd(2023, 6, 15));
    St voice{"export controls would stay", "Tom Ward", "Washington"};
    voice.mention = spokesman ? "White House spokesman Tom Ward" : "Tom Ward";
    a.documents.push_back(analyzed(doc, {{"the two leaders discussed trade", "White House",
                                          "Washington", SpeakerKind::kInstitution},
                                         voice}));
    compare(a, test_lexicon(), testing::us_china());
    ASSERT_EQ(a.events.size(), 1u);
    EXPECT_EQ(a.documents[0].statements[1].event,
              spokesman ? std::optional<std::string>("E1") : std::nullopt)
        << voice.mention;
  }
}

TEST(CompareAssignNextEventTest, ANewReportEndsTheReadoutChain) {
  Analysis a;
  Document doc = make_doc("a.txt",
                          {"Antony Blinken and Wang Yi spoke by phone on Monday.",
                           "The State Department said the two sides discussed trade.",
                           "Joe Biden met with Emmanuel Macron in Paris on Tuesday.",
                           "The State Department said sanctions would continue."},
                          ymd(2023, 6, 15));
  a.documents.push_back(analyzed(doc, {{"the two sides discussed trade", "State Department",
                                        "Washington", SpeakerKind::kInstitution},
                                       {"sanctions would continue", "State Department",
                                        "Washington", SpeakerKind::kInstitution}}));
  compare(a, test_lexicon(), testing::us_china());
  EXPECT_EQ(event_of(a, "the two sides discussed trade"), "E1");
  EXPECT_EQ(event_of(a, "sanctions would continue"), std::nullopt);
}

// The one event of an article: its sides' words are its readouts however
// far down they come (the other capital's version after paragraphs of
// background), but not an outsider's words that name no participant.
TEST(CompareAssignNextEventTest, TheOnlyEventTakesItsSidesWordsFromAfar) {
  Analysis a;
  Document doc =
      make_doc("a.txt",
               {"Antony Blinken and Wang Yi spoke by phone on Monday.",
                "The State Department said the two sides discussed trade.",
                "China fired missiles into the sea last year.", "Taiwan held elections in January.",
                "The United States sold arms to Taiwan in the spring.",
                "The Chinese Foreign Ministry said Beijing opposed the arms sales.",
                "Nancy Pelosi said the Congress would vote on sanctions.",
                "Nancy Pelosi said Wang Yi had been warned."},
               ymd(2023, 6, 15));
  a.documents.push_back(
      analyzed(doc, {{"the two sides discussed trade", "State Department", "Washington",
                      SpeakerKind::kInstitution},
                     {"Beijing opposed the arms sales", "Chinese Foreign Ministry", "Beijing",
                      SpeakerKind::kInstitution},
                     {"the Congress would vote on sanctions", "Nancy Pelosi", "Washington"},
                     {"Wang Yi had been warned", "Nancy Pelosi", "Washington"}}));
  compare(a, test_lexicon(), testing::us_china());
  EXPECT_EQ(event_of(a, "the two sides discussed trade"), "E1");
  EXPECT_EQ(event_of(a, "Beijing opposed the arms sales"), "E1");
  EXPECT_EQ(event_of(a, "the Congress would vote on sanctions"), std::nullopt);
  EXPECT_EQ(event_of(a, "Wang Yi had been warned"), "E1");
}

// One paragraph of background between two readouts: the chain goes on
// for a statement of a side of the event, not for an outsider's.
TEST(CompareAssignNextEventTest, OneBackgroundParagraphDoesNotEndTheChain) {
  Analysis a;
  Document doc = make_doc("a.txt",
                          {"Antony Blinken and Wang Yi spoke by phone on Monday.",
                           "The State Department said the two sides discussed trade.",
                           "China fired missiles into the sea last year.",
                           "The State Department said sanctions would continue.",
                           "Emmanuel Macron said France backs dialogue."},
                          ymd(2023, 6, 15));
  a.documents.push_back(analyzed(doc, {{"the two sides discussed trade", "State Department",
                                        "Washington", SpeakerKind::kInstitution},
                                       {"sanctions would continue", "State Department",
                                        "Washington", SpeakerKind::kInstitution},
                                       {"France backs dialogue", "Emmanuel Macron", "Paris"}}));
  compare(a, test_lexicon(), testing::us_china());
  EXPECT_EQ(event_of(a, "the two sides discussed trade"), "E1");
  EXPECT_EQ(event_of(a, "sanctions would continue"), "E1");
  EXPECT_EQ(event_of(a, "France backs dialogue"), std::nullopt);
}

// "told Wang": the listener by one word of a participant's name.
TEST(CompareAssignNextEventTest, AListenerNamedByOneWord) {
  Analysis a;
  Document doc = make_doc("a.txt",
                          {"Antony Blinken spoke with Emmanuel Macron and, hours later, with Wang "
                           "Yi on Monday.",
                           "In the call with Macron, Blinken discussed Ukraine.",
                           "In the later call, Blinken told Wang that tariffs would stay."},
                          ymd(2023, 6, 15));
  St told{"tariffs would stay", "Antony Blinken", "Washington"};
  told.addressee = "Wang";
  a.documents.push_back(analyzed(doc, {told}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 2u);
  const Event* wang = nullptr;
  for (const Event& e : a.events)
    if (std::find(e.participants.begin(), e.participants.end(), "Wang Yi") != e.participants.end())
      wang = &e;
  ASSERT_NE(wang, nullptr);
  EXPECT_EQ(event_of(a, "tariffs would stay"), wang->id);
}

TEST(CompareAssignNextEventTest, TheMinistersAreTheMinistersCallNotThePresidents) {
  Analysis a;
  Document doc = make_doc(
      "a.txt",
      {"Antony Blinken and his Chinese counterpart held phone talks on Tuesday, the State "
       "Department said.",
       "The call came a day after Joe Biden and Xi Jinping talked by phone. The White House said "
       "the two presidents discussed trade.",
       "According to the department, the ministers agreed to meet in Bali."},
      ymd(2023, 6, 15));
  a.documents.push_back(analyzed(doc, {{"the two presidents discussed trade", "White House",
                                        "Washington", SpeakerKind::kInstitution},
                                       {"the ministers agreed to meet in Bali", "department",
                                        "Washington", SpeakerKind::kInstitution}}));
  compare(a, test_lexicon(), testing::us_china());
  const Event* ministers = testing::event_with(a, {"Antony Blinken", "Wang Yi"});
  const Event* presidents = testing::event_with(a, {"Joe Biden", "Xi Jinping"});
  ASSERT_NE(ministers, nullptr);
  ASSERT_NE(presidents, nullptr);
  EXPECT_EQ(ministers->date->iso(), "2023-06-13");
  EXPECT_EQ(presidents->date->iso(), "2023-06-12");  // "a day after" the call it follows
  EXPECT_EQ(event_of(a, "the two presidents discussed trade"), presidents->id);
  EXPECT_EQ(event_of(a, "the ministers agreed to meet in Bali"), ministers->id);
}

// The leader's own office telling what he did ("The White House said Biden
// raised ...") is the readout of his meeting, not of the ministers' meeting
// reported since; naming someone else too ("Biden and Macron") it is not.
TEST(CompareAssignNextEventTest, TheOfficeOfTheParticipantItNames) {
  for (const std::string claim :
       {"Biden raised concerns about human rights", "Biden and Macron discussed Ukraine"}) {
    Analysis a;
    Document doc = make_doc("a.txt",
                            {"Joe Biden met Xi Jinping on the sidelines of the summit on Tuesday.",
                             "Antony Blinken, who accompanied Biden, met Wang Yi separately.",
                             "The White House said " + claim + "."},
                            ymd(2023, 6, 15));
    a.documents.push_back(
        analyzed(doc, {{claim, "White House", "Washington", SpeakerKind::kInstitution}}));
    compare(a, test_lexicon(), testing::us_china());
    const Event* leaders = testing::event_with(a, {"Joe Biden", "Xi Jinping"});
    ASSERT_NE(leaders, nullptr);
    if (claim.find("Macron") == std::string::npos)
      EXPECT_EQ(event_of(a, claim), leaders->id);
    else
      EXPECT_EQ(event_of(a, claim), std::nullopt);
  }
}

// A meeting told as background ("last met") is no readout's event after its
// own sentence; the call is.
TEST(CompareAssignNextEventTest, ABackgroundMeetingTakesNoReadouts) {
  Analysis a;
  Document doc = make_doc("a.txt",
                          {"Joe Biden and Xi Jinping spoke by phone on Monday.",
                           "Joe Biden and Xi Jinping last met in person in Bali.",
                           "The White House said Biden thanked Xi for his support."},
                          ymd(2023, 6, 15));
  a.documents.push_back(analyzed(doc, {{"Biden thanked Xi for his support", "White House",
                                        "Washington", SpeakerKind::kInstitution}}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 2u);
  const Event* call = nullptr;
  for (const Event& e : a.events)
    if (e.kind == EventKind::kCall) call = &e;
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(event_of(a, "Biden thanked Xi for his support"), call->id);
}

}  // namespace
}  // namespace kd
