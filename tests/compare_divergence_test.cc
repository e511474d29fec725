// Divergences between the Washington and Beijing accounts of a call.
#include <gtest/gtest.h>

#include "compare_divergence.h"
#include "compare_test_util.h"

namespace kd {
namespace {

using testing::analyzed;
using testing::divergence;
using testing::make_doc;
using testing::St;
using testing::test_lexicon;
using testing::ymd;

const Date kThursday = ymd(2023, 6, 15);

Analysis compare_one(const std::vector<std::string>& paragraphs, const std::vector<St>& statements,
                     const CompareOptions& options = testing::us_china()) {
  Analysis a;
  a.documents.push_back(analyzed(make_doc("call.txt", paragraphs, kThursday), statements));
  compare(a, test_lexicon(), options);
  EXPECT_EQ(a.events.size(), 1u);
  return a;
}

St state_department(std::string claim, CueClass cls = CueClass::kReport) {
  St s{std::move(claim), "State Department", "Washington", SpeakerKind::kInstitution};
  s.cls = cls;
  return s;
}

St chinese_ministry(std::string claim, CueClass cls = CueClass::kReport) {
  St s{std::move(claim), "Chinese Foreign Ministry", "Beijing", SpeakerKind::kInstitution};
  s.cls = cls;
  return s;
}

class CompareReadoutsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    St wang{"a ceasefire would only be possible if the occupation ends", "Wang Yi", "Beijing"};
    wang.conditional = true;
    wang.via = "Xinhua";
    analysis_ = compare_one(
        {"Antony Blinken and Wang Yi held a telephone conversation on Tuesday.",
         "The State Department said the two sides agreed on the need for an immediate ceasefire "
         "in the region. It said Blinken raised concerns about the deployment of foreign fighters.",
         "A Chinese diplomatic source told Xinhua that Wang Yi said a ceasefire would only be "
         "possible if the occupation ends."},
        {state_department(
             "the two sides agreed on the need for an immediate ceasefire in the region",
             CueClass::kCommitment),
         state_department("Blinken raised concerns about the deployment of foreign fighters"),
         wang});
  }
  const Event& event() const { return analysis_.events[0]; }
  Analysis analysis_;
};

TEST_F(CompareReadoutsTest, SupportAgainstConditionIsAContradiction) {
  const Divergence* d = divergence(event(), "ceasefire", DivergenceKind::kContradiction);
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->statements.count("Washington"), 1u);
  ASSERT_EQ(d->statements.count("Beijing"), 1u);
  EXPECT_EQ(d->statements.at("Beijing").size(), 1u);
  EXPECT_NE(d->summary.find("only be possible if the occupation ends"), std::string::npos)
      << d->summary;
  EXPECT_NE(d->summary.find("the need for an immediate ceasefire"), std::string::npos)
      << d->summary;
}

TEST_F(CompareReadoutsTest, TopicsOnlyOneSideRaisesAreOmissions) {
  const Divergence* fighters = divergence(event(), "foreign fighters", DivergenceKind::kOmission);
  ASSERT_NE(fighters, nullptr);
  EXPECT_EQ(fighters->statements.count("Washington"), 1u);
  EXPECT_EQ(fighters->statements.count("Beijing"), 0u);
  EXPECT_NE(fighters->summary.find("Beijing's readout does not mention it"), std::string::npos);
  const Divergence* occupation =
      divergence(event(), "withdrawal and occupation", DivergenceKind::kOmission);
  ASSERT_NE(occupation, nullptr);
  EXPECT_EQ(occupation->statements.count("Beijing"), 1u);
}

TEST_F(CompareReadoutsTest, OfficialReadoutAgainstAnonymousSource) {
  const Divergence* d = divergence(event(), "source", DivergenceKind::kSource);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("Washington has an official readout"), std::string::npos);
  EXPECT_NE(d->summary.find("A Chinese diplomatic source told Xinhua"), std::string::npos)
      << d->summary;
}

TEST_F(CompareReadoutsTest, DifferentFocusIsFraming) {
  const Divergence* d = divergence(event(), "focus of the call", DivergenceKind::kFraming);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("foreign fighters"), std::string::npos) << d->summary;
  EXPECT_NE(d->summary.find("withdrawal and occupation"), std::string::npos) << d->summary;
}

// The framing finding names the kind of event it is about.
TEST(CompareDivergenceTest, FocusOfAMeetingIsNamedAsAMeeting) {
  Analysis a = compare_one(
      {"Antony Blinken met Wang Yi in Bali on Tuesday.",
       "The State Department said the two sides agreed on the need for an immediate ceasefire "
       "in the region. It said Blinken raised concerns about the deployment of foreign fighters.",
       "The Chinese Foreign Ministry said the occupation must end."},
      {state_department("the two sides agreed on the need for an immediate ceasefire in the region",
                        CueClass::kCommitment),
       state_department("Blinken raised concerns about the deployment of foreign fighters"),
       chinese_ministry("the occupation must end")});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kMeeting);
  EXPECT_NE(divergence(a.events[0], "focus of the meeting", DivergenceKind::kFraming), nullptr);
  EXPECT_EQ(divergence(a.events[0], "focus of the call", DivergenceKind::kFraming), nullptr);
}

TEST(CompareDivergenceTest, OfficialsSpeakingOnConditionOfAnonymityAreAnonymous) {
  St wang("China will not accept new sanctions", "Wang Yi", "Beijing");
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said the two sides discussed sanctions.",
       "A Chinese official, speaking on condition of anonymity, said Wang Yi told Blinken that "
       "China will not accept new sanctions."},
      {state_department("the two sides discussed sanctions"), wang});
  const Divergence* d = divergence(a.events[0], "source", DivergenceKind::kSource);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("Beijing has only an anonymous source"), std::string::npos)
      << d->summary;
}

// The weaker side's media report is named beside its anonymous source.
TEST(CompareDivergenceTest, AnonymousSourceAndMediaReportAreBothNamed) {
  St wang("China will not accept new sanctions", "Wang Yi", "Beijing");
  St xinhua("the two sides exchanged views on trade", "Xinhua", "Beijing", SpeakerKind::kMedia);
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said the two sides discussed sanctions.",
       "Xinhua said the two sides exchanged views on trade.",
       "A Chinese official, speaking on condition of anonymity, said Wang Yi told Blinken that "
       "China will not accept new sanctions."},
      {state_department("the two sides discussed sanctions"), xinhua, wang});
  const Divergence* d = divergence(a.events[0], "source", DivergenceKind::kSource);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("Beijing has only an anonymous source and a media report:"),
            std::string::npos)
      << d->summary;
}

TEST(CompareDivergenceTest, ConcernAgainstDenialIsAContradiction) {
  St denial{"reports that China had sent mercenaries", "Xi Jinping", "Beijing"};
  denial.cls = CueClass::kDenial;
  denial.polarity = -1;
  Analysis a = compare_one(
      {"Joe Biden and Xi Jinping spoke by phone on Wednesday.",
       "The White House said Biden voiced concern about the reported deployment of mercenaries.",
       "Speaking in Beijing on Wednesday, Xi Jinping denied reports that China had sent "
       "mercenaries."},
      {{"Biden voiced concern about the reported deployment of mercenaries", "White House",
        "Washington", SpeakerKind::kInstitution},
       denial});
  const Divergence* d = divergence(a.events[0], "foreign fighters", DivergenceKind::kContradiction);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("denies"), std::string::npos) << d->summary;
}

// Topics of the lexicon beyond the seeds' wars: force threatened on
// another's soil, raised by one side and denied by the other.
TEST(CompareDivergenceTest, UseOfForceRaisedAndDenied) {
  St denial{"military action was discussed in the call", "Xi Jinping", "Beijing"};
  denial.cls = CueClass::kDenial;
  denial.polarity = -1;
  Analysis a = compare_one(
      {"Joe Biden and Xi Jinping spoke by phone on Wednesday.",
       "The White House said Biden raised the possibility of military action in the strait.",
       "Xi Jinping denied that military action was discussed in the call."},
      {{"Biden raised the possibility of military action in the strait", "White House",
        "Washington", SpeakerKind::kInstitution},
       denial});
  const Divergence* d = divergence(a.events[0], "use of force", DivergenceKind::kContradiction);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("denies"), std::string::npos) << d->summary;
}

TEST(CompareDivergenceTest, SameTopicWithBlameIsFraming) {
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said both sides supported the humanitarian truce.",
       "The Chinese Foreign Ministry said on Monday that the truce was violated by repeated "
       "provocations."},
      {state_department("both sides supported the humanitarian truce"),
       chinese_ministry("the truce was violated by repeated provocations")});
  const Divergence* d = divergence(a.events[0], "ceasefire", DivergenceKind::kFraming);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("Beijing couples it with blame"), std::string::npos) << d->summary;
}

TEST(CompareDivergenceTest, BothSidesSayingTheSameIsAnAgreement) {
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said the two sides agreed to deepen cooperation on climate.",
       "The Chinese Foreign Ministry said the two sides agreed to deepen cooperation on climate "
       "change."},
      {state_department("the two sides agreed to deepen cooperation on climate",
                        CueClass::kCommitment),
       chinese_ministry("the two sides agreed to deepen cooperation on climate change",
                        CueClass::kCommitment)});
  const Event& e = a.events[0];
  EXPECT_NE(divergence(e, "coordination", DivergenceKind::kAgreement), nullptr);
  for (const Divergence& d : e.divergences) EXPECT_NE(d.topic, "coordination");
}

TEST(CompareDivergenceTest, StanceWordsBearOnNearbyTopicsOnly) {
  // "opposes" is about sanctions, not about working together.
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said the two sides will deepen cooperation on climate.",
       "The Chinese Foreign Ministry said China opposes unilateral sanctions and hopes the two "
       "sides will deepen cooperation on climate."},
      {state_department("the two sides will deepen cooperation on climate"),
       chinese_ministry(
           "China opposes unilateral sanctions and hopes the two sides will deepen cooperation on "
           "climate")});
  const Event& e = a.events[0];
  EXPECT_EQ(divergence(e, "coordination", DivergenceKind::kContradiction), nullptr);
  EXPECT_NE(divergence(e, "coordination", DivergenceKind::kAgreement), nullptr);
  EXPECT_NE(divergence(e, "sanctions and trade", DivergenceKind::kOmission), nullptr);
}

// Topics beyond the first conflict's: human rights, drugs, military
// channels (coordination), Taiwan (sovereignty), climate, migration.
TEST(CompareDivergenceTest, TopicsOfOtherGovernments) {
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said Blinken raised human rights and fentanyl trafficking, and "
       "that the two sides agreed to resume military-to-military communications.",
       "The Chinese Foreign Ministry said the Taiwan question was the most sensitive issue and "
       "that the two sides agreed to restore communication between the two militaries."},
      {state_department("Blinken raised human rights and fentanyl trafficking"),
       state_department("the two sides agreed to resume military-to-military communications",
                        CueClass::kCommitment),
       chinese_ministry("the Taiwan question was the most sensitive issue"),
       chinese_ministry("the two sides agreed to restore communication between the two militaries",
                        CueClass::kCommitment)});
  const Event& e = a.events[0];
  EXPECT_NE(divergence(e, "human rights", DivergenceKind::kOmission), nullptr);
  EXPECT_NE(divergence(e, "drugs and crime", DivergenceKind::kOmission), nullptr);
  EXPECT_NE(divergence(e, "sovereignty and interference", DivergenceKind::kOmission), nullptr);
  EXPECT_NE(divergence(e, "coordination", DivergenceKind::kAgreement), nullptr);
  Analysis b = compare_one({"Antony Blinken and Wang Yi spoke by phone on Monday.",
                            "The State Department said Blinken raised irregular migration.",
                            "The Chinese Foreign Ministry said Wang urged cuts in emissions "
                            "and opposed NATO's eastward expansion."},
                           {state_department("Blinken raised irregular migration"),
                            chinese_ministry("Wang urged cuts in emissions and opposed NATO's "
                                             "eastward expansion")});
  EXPECT_NE(divergence(b.events[0], "migration", DivergenceKind::kOmission), nullptr);
  EXPECT_NE(divergence(b.events[0], "climate", DivergenceKind::kOmission), nullptr);
  EXPECT_NE(divergence(b.events[0], "alliances and security guarantees", DivergenceKind::kOmission),
            nullptr);
}

TEST(CompareDivergenceTest, SameTopicInOtherWordsIsFraming) {
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said the two sides discussed a ceasefire in Gaza.",
       "The Chinese Foreign Ministry said the two sides discussed ending hostilities through "
       "humanitarian corridors."},
      {state_department("the two sides discussed a ceasefire in Gaza"),
       chinese_ministry("the two sides discussed ending hostilities through humanitarian "
                        "corridors")});
  const Divergence* d = divergence(a.events[0], "ceasefire", DivergenceKind::kFraming);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("different emphasis"), std::string::npos) << d->summary;
}

TEST(CompareDivergenceTest, WhatBothSidesSaidJointlyIsAnAgreement) {
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday, and they said they would deepen "
       "cooperation on climate."},
      {{"they would deepen cooperation on climate", "Antony Blinken and Wang Yi", "joint"}});
  const Divergence* d = divergence(a.events[0], "coordination", DivergenceKind::kAgreement);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->statements.count("Washington"), 1u);
  EXPECT_EQ(d->statements.count("Beijing"), 1u);
  EXPECT_NE(d->summary.find("jointly"), std::string::npos);
}

TEST(CompareDivergenceTest, CommitmentAgainstDiscussionIsFraming) {
  St discussed = chinese_ministry("the two sides discussed a ceasefire", CueClass::kDiscussion);
  Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The State Department said the two sides agreed on a ceasefire.",
       "The Chinese Foreign Ministry said the two sides discussed a ceasefire."},
      {state_department("the two sides agreed on a ceasefire", CueClass::kCommitment), discussed});
  const Divergence* d = divergence(a.events[0], "ceasefire", DivergenceKind::kFraming);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("Washington reports a commitment"), std::string::npos) << d->summary;
}

TEST(CompareDivergenceTest, NoReadoutAtAllIsASourceDivergenceNotOmissions) {
  Analysis a = compare_one({"Joe Biden and Xi Jinping spoke by phone on Monday.",
                            "The White House said the two leaders discussed a ceasefire."},
                           {{"the two leaders discussed a ceasefire", "White House", "Washington",
                             SpeakerKind::kInstitution}});
  const Event& e = a.events[0];
  ASSERT_EQ(e.divergences.size(), 1u);
  EXPECT_EQ(e.divergences[0].kind, DivergenceKind::kSource);
  EXPECT_NE(e.divergences[0].summary.find("Beijing has no readout"), std::string::npos)
      << e.divergences[0].summary;
}

TEST(CompareDivergenceTest, SidesTheyDisagreeOnWhoCalled) {
  St xinhua{"the call was held at the request of the American side", "Xinhua", "Beijing",
            SpeakerKind::kMedia};
  Analysis a =
      compare_one({"Joe Biden and Xi Jinping spoke by phone on Monday.",
                   "The White House said the call took place at the request of the Chinese side.",
                   "Xinhua said the call was held at the request of the American side."},
                  {{"the call took place at the request of the Chinese side", "White House",
                    "Washington", SpeakerKind::kInstitution},
                   xinhua});
  const Event& e = a.events[0];
  ASSERT_TRUE(e.initiator.has_value());
  EXPECT_EQ(*e.initiator, "Beijing");
  EXPECT_NE(divergence(e, "initiator", DivergenceKind::kFraming), nullptr);
}

TEST(CompareDivergenceTest, OnlyTheChosenSidesAreCompared) {
  const std::vector<std::string> text = {
      "Joe Biden and Xi Jinping spoke by phone on Monday.",
      "The White House said the two leaders discussed a ceasefire."};
  const std::vector<St> statements = {{"the two leaders discussed a ceasefire", "White House",
                                       "Washington", SpeakerKind::kInstitution}};
  Analysis other = compare_one(text, statements, CompareOptions{"Moscow", "Ankara"});
  EXPECT_TRUE(other.events[0].divergences.empty());
  EXPECT_EQ(other.divergence_count(), 0u);
  Analysis swapped = compare_one(text, statements, CompareOptions{"Beijing", "Washington"});
  EXPECT_EQ(swapped.divergence_count(), 1u);
}

TEST(CompareDivergenceTest, EachEventComparesItsOwnTwoSidesByDefault) {
  const std::vector<std::string> text = {
      "Joe Biden and Xi Jinping spoke by phone on Monday.",
      "The White House said the two leaders discussed a ceasefire."};
  const std::vector<St> statements = {{"the two leaders discussed a ceasefire", "White House",
                                       "Washington", SpeakerKind::kInstitution}};
  Analysis own = compare_one(text, statements, CompareOptions{});
  // The lexicon lists Washington before Beijing: it is the left side.
  EXPECT_EQ(own.events[0].compared, (std::vector<std::string>{"Washington", "Beijing"}));
  EXPECT_EQ(own.divergence_count(), 1u);
  // A pair asked for is every event's, even one that lacks it.
  Analysis asked = compare_one(text, statements, CompareOptions{"Moscow", "Ankara"});
  EXPECT_EQ(asked.events[0].compared, (std::vector<std::string>{"Moscow", "Ankara"}));
}

TEST(CompareDivergenceTest, AThreeWayCallComparesTheTwoSidesThatGaveReadouts) {
  const std::vector<std::string> text = {
      "Antony Blinken held a phone call with Wang Yi and Emmanuel Macron on Monday.",
      "The State Department said the leaders discussed a ceasefire during the call.",
      "Emmanuel Macron said the call also covered humanitarian aid."};
  const std::vector<St> statements = {
      state_department("the leaders discussed a ceasefire during the call"),
      {"the call also covered humanitarian aid", "Emmanuel Macron", "Paris"}};
  const Analysis a = compare_one(text, statements, CompareOptions{});
  EXPECT_EQ(a.events[0].sides.size(), 3u);
  // Beijing gave no readout; Washington is listed before Paris.
  EXPECT_EQ(a.events[0].compared, (std::vector<std::string>{"Washington", "Paris"}));
  EXPECT_GT(a.divergence_count(), 0u);
  for (const Divergence& d : a.events[0].divergences)
    EXPECT_EQ(d.statements.count("Beijing"), 0u) << d.topic;
}

// One side says a topic was not raised at all, the other reports it raised:
// a contradiction, whatever words each uses.
TEST(CompareDivergenceTest, SayingATopicDidNotComeUpContradictsRaisingIt) {
  const char* kNotRaised[] = {
      "Taiwan did not come up during the call",
      "Taiwan was not discussed during the call",
      "Taiwan was never raised during the call",
      "Taiwan was not on the agenda of the call",
  };
  for (const char* claim : kNotRaised) {
    St official{claim, "White House official", "Washington", SpeakerKind::kSource};
    official.anonymous = true;
    official.negated = true;
    const Analysis a =
        compare_one({"Antony Blinken and Wang Yi held a telephone conversation on Tuesday.",
                     std::string("A White House official said ") + claim + ".",
                     "Wang Yi told Blinken about the situation in the Taiwan Strait."},
                    {official, {"about the situation in the Taiwan Strait", "Wang Yi", "Beijing"}});
    const Divergence* d =
        divergence(a.events[0], "sovereignty and interference", DivergenceKind::kContradiction);
    ASSERT_NE(d, nullptr) << claim;
    EXPECT_NE(d->summary.find("Washington denies it"), std::string::npos) << d->summary;
  }
}

// Claims left by a war: one side says they were discussed, the other that
// they were not raised. A "special responsibility for the security of
// Europe" is a duty, not blame.
TEST(CompareDivergenceTest, ReparationsDiscussedAgainstNotRaisedIsAContradiction) {
  const Analysis a = compare_one(
      {"Friedrich Merz and Donald Tusk held talks in Warsaw on Wednesday.",
       "Merz said Germany and Poland bear a special responsibility for the security of Europe.",
       "Merz said the two leaders had also discussed reparations.",
       "Tusk said the issue of reparations was not raised."},
      {{"Germany and Poland bear a special responsibility for the security of Europe",
        "Friedrich Merz", "Berlin"},
       {"the two leaders had also discussed reparations", "Friedrich Merz", "Berlin"},
       {"the issue of reparations was not raised", "Donald Tusk", "Warsaw"}},
      CompareOptions{});
  const Event& e = a.events[0];
  EXPECT_NE(divergence(e, "history and reparations", DivergenceKind::kContradiction), nullptr);
  EXPECT_EQ(divergence(e, "blame", DivergenceKind::kOmission), nullptr);
}

// The wrongs one government lays at another's door in its own words
// ("correct its mistakes", "stop hyping", "groundless") are blame: the other
// side's readout that does not answer them omits it.
TEST(CompareDivergenceTest, MistakesAndHypeAreBlame) {
  const char* claims[] = {
      "the United States should correct its mistakes",
      "Washington must stop hyping the incident",
      "the accusations were groundless",
      "such moves undermine mutual trust",
  };
  for (const char* claim : claims) {
    const Analysis a = compare_one(
        {"Antony Blinken and Wang Yi spoke by phone on Thursday.",
         "The State Department said the two sides discussed trade.",
         std::string("Wang said ") + claim + "."},
        {state_department("the two sides discussed trade"), {claim, "Wang Yi", "Beijing"}});
    EXPECT_NE(divergence(a.events[0], "blame", DivergenceKind::kOmission), nullptr) << claim;
  }
}

// Neighbours' disputes: where the border runs at sea, and a minority's rights.
TEST(CompareDivergenceTest, BordersAtSeaAndMinorityRightsAreTopics) {
  const Analysis a = compare_one(
      {"Kyriakos Mitsotakis and Recep Tayyip Erdogan held talks in Ankara on Wednesday.",
       "Mitsotakis said the only dispute was the delimitation of the continental shelf.",
       "Erdogan said he had raised the rights of the Turkish minority in western Thrace."},
      {{"the only dispute was the delimitation of the continental shelf", "Kyriakos Mitsotakis",
        "Athens"},
       {"he had raised the rights of the Turkish minority in western Thrace",
        "Recep Tayyip Erdogan", "Ankara"}},
      CompareOptions{});
  const Event& e = a.events[0];
  EXPECT_NE(divergence(e, "borders and maritime disputes", DivergenceKind::kOmission), nullptr);
  EXPECT_NE(divergence(e, "human rights", DivergenceKind::kOmission), nullptr);
}

// A halt to strikes is a ceasefire; the cessation of military aid is not.
TEST(CompareDivergenceTest, HaltingStrikesIsACeasefire) {
  const Analysis a = compare_one(
      {"Joe Biden and Xi Jinping spoke by phone on Thursday.",
       "Xi said the two sides should agree on a halt to strikes on energy infrastructure.",
       "Biden said the cessation of foreign military aid was not discussed."},
      {{"the two sides should agree on a halt to strikes on energy infrastructure", "Xi Jinping",
        "Beijing"},
       {"the cessation of foreign military aid was not discussed", "Joe Biden", "Washington"}});
  const Divergence* d = divergence(a.events[0], "ceasefire", DivergenceKind::kOmission);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("Beijing raises it"), std::string::npos) << d->summary;
}

// A minority's situation is a rights topic without the word "rights".
TEST(CompareDivergenceTest, AMinorityIsAHumanRightsTopic) {
  const Analysis a = compare_one(
      {"Joe Biden and Xi Jinping spoke by phone on Thursday.",
       "Biden said he had raised the situation of the Uyghur minority.",
       "Xi said the two sides should strengthen communication."},
      {{"he had raised the situation of the Uyghur minority", "Joe Biden", "Washington"},
       {"the two sides should strengthen communication", "Xi Jinping", "Beijing"}});
  EXPECT_NE(divergence(a.events[0], "human rights", DivergenceKind::kOmission), nullptr);
}

// Borders on land: patrols along a disputed frontier, the line of control.
TEST(CompareDivergenceTest, DisputedFrontiersAreBorderDisputes) {
  const Analysis a = compare_one(
      {"Narendra Modi and Xi Jinping met in Kazan on Wednesday.",
       "Modi said the leaders welcomed the agreement on patrolling along the disputed frontier.",
       "Xi said the two countries should strengthen communication."},
      {{"the leaders welcomed the agreement on patrolling along the disputed frontier",
        "Narendra Modi", "New Delhi"},
       {"the two countries should strengthen communication", "Xi Jinping", "Beijing"}},
      CompareOptions{});
  EXPECT_NE(divergence(a.events[0], "borders and maritime disputes", DivergenceKind::kOmission),
            nullptr);
}

// A side that raises a topic only to deny it ("dismissed reports that the
// islands were discussed") denies it in the omission's summary.
TEST(CompareDivergenceTest, AnOmissionRaisedToBeDeniedSaysSo) {
  St denial = state_department(
      "reports that the two had discussed the demilitarisation of the islands", CueClass::kDenial);
  denial.polarity = -1;
  const Analysis a = compare_one(
      {"Antony Blinken and Wang Yi spoke by phone on Monday.",
       "The Chinese Foreign Ministry said the two sides should cooperate on migration.",
       "The State Department dismissed reports that the two had discussed the demilitarisation "
       "of the islands."},
      {chinese_ministry("the two sides should cooperate on migration"), denial});
  const Divergence* d =
      divergence(a.events[0], "arms and nuclear issues", DivergenceKind::kOmission);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->summary.rfind("Washington denies it (", 0), 0u) << d->summary;
}

// Rejecting a harm ("will not accept any plan that displaces Palestinians")
// stands with supporting the topic's cause ("allow humanitarian aid"): no
// contradiction. Rejecting the cause itself still contradicts it.
TEST(CompareDivergenceTest, RejectingAHarmDoesNotContradictSupportingTheCause) {
  auto event_of = [](const char* ankara) {
    St fidan{ankara, "Hakan Fidan", "Ankara"};
    fidan.negated = true;
    return compare_one(
        {"Badr Abdelatty and Hakan Fidan spoke by phone on Tuesday.",
         std::string("Fidan said ") + ankara + ".",
         "Abdelatty stressed the need to allow the entry of humanitarian aid."},
        {fidan, {"the need to allow the entry of humanitarian aid", "Badr Abdelatty", "Cairo"}},
        CompareOptions{});
  };
  const Analysis harm = event_of("Turkey will not accept any plan that displaces Palestinians");
  EXPECT_EQ(divergence(harm.events[0], "humanitarian issues", DivergenceKind::kContradiction),
            nullptr);
  const Analysis cause = event_of("Turkey will not accept any humanitarian corridor");
  EXPECT_NE(divergence(cause.events[0], "humanitarian issues", DivergenceKind::kContradiction),
            nullptr);
}

// A side that rejects a harm raises its topic; it denies nothing.
TEST(CompareDivergenceTest, RejectingAHarmIsRaisingItsTopic) {
  St fidan{"Ankara rejected any attempt to displace Palestinians", "Hakan Fidan", "Ankara"};
  fidan.cls = CueClass::kDenial;
  fidan.polarity = -1;
  const Analysis a = compare_one(
      {"Badr Abdelatty and Hakan Fidan spoke by phone on Tuesday.",
       "Fidan said Ankara rejected any attempt to displace Palestinians.",
       "Abdelatty stressed the need for a ceasefire."},
      {fidan, {"the need for a ceasefire", "Badr Abdelatty", "Cairo"}}, CompareOptions{});
  const Divergence* d = divergence(a.events[0], "humanitarian issues", DivergenceKind::kOmission);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->summary.rfind("Ankara raises it (", 0), 0u) << d->summary;
}

// "without preconditions" is no condition: a stance word inside a longer
// one ("precondition*" in "without precondition*") is part of it.
TEST(CompareDivergenceTest, ReadyWithoutPreconditionsAgainstAConditionIsAContradiction) {
  const Analysis a = compare_one(
      {"Ararat Mirzoyan and Jeyhun Bayramov held talks in Abu Dhabi on Tuesday.",
       "Mirzoyan said Yerevan was ready to sign the peace agreement without preconditions.",
       "Bayramov said the peace agreement could only be signed if Armenia amended its "
       "constitution."},
      {{"Yerevan was ready to sign the peace agreement without preconditions", "Ararat Mirzoyan",
        "Yerevan"},
       [] {
         St s{"the peace agreement could only be signed if Armenia amended its constitution",
              "Jeyhun Bayramov", "Baku"};
         s.conditional = true;
         return s;
       }()},
      CompareOptions{});
  const Divergence* d = divergence(a.events[0], "negotiations", DivergenceKind::kContradiction);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->summary.find("Baku makes it conditional"), std::string::npos) << d->summary;
}

TEST(CompareDivergenceTest, AnEventOfOneGovernmentComparesNothing) {
  const Analysis a = compare_one({"Antony Blinken and Joe Biden held talks on Monday.",
                                  "The White House said the talks focused on a ceasefire."},
                                 {{"the talks focused on a ceasefire", "White House", "Washington",
                                   SpeakerKind::kInstitution}},
                                 CompareOptions{});
  EXPECT_TRUE(a.events[0].compared.empty());
  EXPECT_EQ(a.divergence_count(), 0u);
}

// The words quoted around a topic's term: a few before it, more after, in
// its clause, never cutting an abbreviation in two.
TEST(CompareDivergenceTest, QuoteFragmentsKeepAbbreviationsWhole) {
  const struct {
    std::string claim, term;
    size_t max_words;
    std::string expected;
  } cases[] = {
      // Two words before the term: the window starts at "S" of "U.S.".
      {"The U.S. side should correct its mistakes", "should", 8,
       "U.S. side should correct its mistakes"},
      // The window ends at "U" of "U.S.".
      {"They met the U.S. envoy", "met", 4, "They met the U.S"},
      {"The side should correct its mistakes and stop hyping the issue", "mistakes", 8,
       "correct its mistakes and stop hyping the issue"},
      // Nor a hyphenated word: "30-day", not "day".
      {"Putin agreed to a 30-day halt to strikes", "halt", 3, "30-day halt to"},
  };
  for (const auto& c : cases) {
    const std::vector<cmp::Token> tokens = cmp::tokenize(c.claim);
    const uint32_t at = static_cast<uint32_t>(c.claim.find(c.term));
    size_t k = 0;
    while (k < tokens.size() && tokens[k].span.start != at) ++k;
    ASSERT_LT(k, tokens.size()) << c.claim;
    EXPECT_EQ(cmp::quote_fragment(c.claim, tokens, {k, k}, c.max_words), c.expected) << c.claim;
  }
}

}  // namespace
}  // namespace kd
