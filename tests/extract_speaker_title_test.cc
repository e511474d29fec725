// Speakers the lexicon does not know: a title before a name, a name with its
// title in apposition, and officials the text does not name (anonymous).
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace kd {
namespace {

using testing::describe;
using testing::extract_text;

struct Case {
  const char* body;
  const char* speaker;
  const char* side;
  bool anonymous;
  const char* claim;
};

// One statement, with the speaker, side, sourcing and claim of `c`.
void expect_single(const Case& c) {
  std::vector<Statement> sts = extract_text(c.body);
  ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.body;
  EXPECT_EQ(sts[0].speaker.side, c.side) << c.body;
  EXPECT_EQ(sts[0].speaker.anonymous, c.anonymous) << c.body;
  EXPECT_EQ(sts[0].claim, c.claim) << c.body;
}

TEST(ExtractSpeakerTitleTest, UnknownSpeakers) {
  const Case cases[] = {
      {"Deputy Foreign Minister Xie Fenglin said China would never accept interference.", "Xie Fenglin",
       "other", false, "China would never accept interference"},
      {"German government spokesman Steffen Hebestreit said the talks had been good.",
       "Steffen Hebestreit", "Berlin", false, "the talks had been good"},
      {"Elysee spokeswoman Anne-Claire Legendre told reporters that the leaders had agreed.",
       "Anne-Claire Legendre", "Paris", false, "the leaders had agreed"},
      {"Dmytro Lubinets, Ukraine's human rights commissioner, said Kyiv wants more swaps.",
       "Dmytro Lubinets", "Kyiv", false, "Kyiv wants more swaps"},
      {"A senior administration official, speaking on condition of anonymity, said the meeting "
       "lasted eight hours.",
       "senior administration official", "other", true, "the meeting lasted eight hours"},
      {"A Ukrainian military intelligence official, who spoke on condition of anonymity, said "
       "Kyiv wants more swaps.",
       "Ukrainian military intelligence official", "Kyiv", true, "Kyiv wants more swaps"},
      {"Western diplomats said the vote would be delayed.", "Western diplomats", "other", true,
       "the vote would be delayed"},
  };
  for (const Case& c : cases) expect_single(c);
}

// A leader named before a role only says whose official speaks; a person
// named after the role is the speaker; an apposition keeps the person.
// A title without a country before a name the lexicon does not know: the
// side of the office of that kind the article named last ("the Chinese
// Foreign Ministry", "Foreign Minister Wang Yi"), unless offices of that kind
// of several governments were named as recently (then "other").
TEST(ExtractSpeakerTitleTest, OfficeWithoutCountryTakesTheSideOfTheLastSuchOffice) {
  const struct {
    const char* body;
    const char* speaker;
    const char* side;
  } cases[] = {
      {"The Chinese Foreign Ministry said Beijing opposes the sanctions.\n\n"
       "Deputy Foreign Minister Xie Fenglin said China would never accept interference.",
       "Xie Fenglin", "Beijing"},
      // A person whose role is of that office.
      {"Wang Yi spoke with Antony Blinken on Friday.\n\n"
       "Deputy Foreign Minister Xie Fenglin said China would never accept interference.",
       "Xie Fenglin", "Beijing"},
      // The office named last, not the first one named.
      {"The Chinese Foreign Ministry said Beijing opposes the sanctions.\n\n"
       "The State Department said Washington would keep talking.\n\n"
       "Deputy Secretary of State Daniel Morrow said the talks had been useful.",
       "Daniel Morrow", "Washington"},
      // The title after the name.
      {"The Chinese Foreign Ministry said Beijing opposes the sanctions.\n\n"
       "Xie Fenglin, a deputy foreign minister, said China would never accept interference.",
       "Xie Fenglin", "Beijing"},
      // Two governments' foreign ministers named together: no side to take.
      {"Wang Yi and Russian Foreign Minister Sergei Lavrov held talks on Monday.\n\n"
       "Deputy Foreign Minister Igor Vasnetsov said the talks had been useful.",
       "Igor Vasnetsov", "other"},
      // No office of that kind named before.
      {"The Kremlin said Moscow was ready to talk.\n\n"
       "Deputy Foreign Minister Igor Vasnetsov said the talks had been useful.",
       "Igor Vasnetsov", "other"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_FALSE(sts.empty()) << c.body;
    EXPECT_EQ(sts.back().speaker.name, c.speaker) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts.back().speaker.side, c.side) << c.body << "\n" << describe(sts);
  }
}

// "ministry spokesman", "a ministry official": a ministry, not which one;
// the side of the story's ministries when they are all one government's.
TEST(ExtractSpeakerTitleTest, AMinistryWithoutCountryIsTheStorysOnlyGovernmentsMinistry) {
  const struct {
    const char* body;
    const char* speaker;
    const char* side;
  } cases[] = {
      {"The ministers spoke by phone, the Egyptian foreign ministry said.\n\n"
       "Abdelatty stressed the need for aid, ministry spokesman Tamim Khallaf said.",
       "Tamim Khallaf", "Cairo"},
      {"The ministers spoke by phone, the Egyptian foreign ministry said.\n\n"
       "The talks were useful, a ministry official said.",
       "ministry official", "Cairo"},
      // Named otherwise than by its lexicon name: still that ministry.
      {"Cho held talks with Iwaya, the foreign ministry in Seoul said.\n\n"
       "Cho urged Tokyo to act, a ministry official told reporters on background.",
       "ministry official", "Seoul"},
      // Two governments' ministries in the story: no side to take.
      {"Cho held talks with Iwaya, the foreign ministry in Seoul said.\n\n"
       "Japan's Foreign Ministry said the ministers confirmed their cooperation.\n\n"
       "Cho urged Tokyo to act, a ministry official told reporters.",
       "ministry official", "other"},
      // "administration" is not taken for the one named before.
      {"The Kremlin said Moscow was ready to talk.\n\n"
       "The talks were useful, a senior administration official said.",
       "senior administration official", "other"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_FALSE(sts.empty()) << c.body;
    EXPECT_EQ(sts.back().speaker.name, c.speaker) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts.back().speaker.side, c.side) << c.body << "\n" << describe(sts);
  }
}

TEST(ExtractSpeakerTitleTest, LeaderNamedBeforeARoleIsNotTheSpeaker) {
  const Case cases[] = {
      {"A senior Biden administration official said the call was constructive.",
       "senior Biden administration official", "Washington", true, "the call was constructive"},
      {"Trump administration officials said the sanctions would stay.",
       "Trump administration officials", "Washington", true, "the sanctions would stay"},
      {"A Putin aide said the talks were difficult.", "Putin aide", "Moscow", false,
       "the talks were difficult"},
      {"Erdogan adviser Ibrahim Kalin said Ankara wants peace.", "Ibrahim Kalin", "Ankara", false,
       "Ankara wants peace"},
      {"Maria Zakharova, the Russian Foreign Ministry spokeswoman, said Moscow wants peace.",
       "Maria Zakharova", "Moscow", false, "Moscow wants peace"},
      {"Russian President Vladimir Putin said the ceasefire must hold.", "Vladimir Putin", "Moscow",
       false, "the ceasefire must hold"},
  };
  for (const Case& c : cases) expect_single(c);
}

// "The official added": the unnamed official quoted before, still anonymous.
TEST(ExtractSpeakerTitleTest, TheOfficialIsTheOneBefore) {
  std::vector<Statement> sts = extract_text(
      "A senior Ukrainian official said the talks were useful.\n\nThe official added that more "
      "work was needed.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "senior Ukrainian official");
  EXPECT_EQ(sts[1].speaker.side, "Kyiv");
  EXPECT_TRUE(sts[1].speaker.anonymous);
}

// A relative clause after the source is not part of its name; "on
// condition of anonymity" there still makes the source anonymous.
TEST(ExtractSpeakerTitleTest, RelativeClauseEndsTheSourcesName) {
  const struct {
    const char* body;
    const char* speaker;
    const char* side;
  } cases[] = {
      {"According to a Japanese government official who briefed reporters on condition of "
       "anonymity, the talks lasted about 30 minutes.",
       "Japanese government official", "Tokyo"},
      {"A Russian diplomat who asked not to be named said the talks had stalled.",
       "Russian diplomat", "Moscow"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.body;
    EXPECT_EQ(sts[0].speaker.side, c.side) << c.body;
    EXPECT_TRUE(sts[0].speaker.anonymous) << c.body;
  }
}

// A known person keeps the lexicon's name; "China's top diplomat" is not anonymous.
TEST(ExtractSpeakerTitleTest, KnownOrIdentified) {
  std::vector<Statement> sts =
      extract_text("State Department spokesman Matthew Miller said the talks were useful.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Matthew Miller");
  sts = extract_text("China's top diplomat said the talks were useful.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_FALSE(sts[0].speaker.anonymous);
}

// A body named inside an official's description ("a senior State
// Department official", "Kremlin officials") only gives the official's
// side: the official speaks, unnamed; a spokesperson is a named role.
TEST(ExtractSpeakerTitleTest, ABodyInsideAnOfficialsDescriptionGivesTheSide) {
  const Case cases[] = {
      {"The meeting was brief, a senior State Department official said.",
       "senior State Department official", "Washington", true, "The meeting was brief"},
      {"A White House official said the president was ready to meet Xi.", "White House official",
       "Washington", true, "the president was ready to meet Xi"},
      {"Kremlin officials said the summit would take place in Geneva.", "Kremlin officials",
       "Moscow", true, "the summit would take place in Geneva"},
      {"A Kremlin source said the visit had been postponed.", "Kremlin source", "Moscow", true,
       "the visit had been postponed"},
      {"A Turkish diplomatic source said the talks had been useful.", "Turkish diplomatic source",
       "Ankara", true, "the talks had been useful"},
      {"A Russian Foreign Ministry spokesperson said the talks had been useful.",
       "Russian Foreign Ministry spokesperson", "Moscow", false, "the talks had been useful"},
      {"A Foreign Ministry spokesperson said the talks had been useful.",
       "Foreign Ministry spokesperson", "other", false, "the talks had been useful"},
      // The body itself, or a named official of it, still speaks.
      {"The State Department said the meeting was brief.", "State Department", "Washington", false,
       "the meeting was brief"},
  };
  for (const Case& c : cases) expect_single(c);
}

}  // namespace
}  // namespace kd
