// Frames of one sentence that overlap (extract_settle.cc): a new speaker
// after ", but" or ", and" ends the claim before it; readout verbs that
// report acts ("welcomed", "raised", "pressed") frame their object but are
// never speech nested in another frame's claim.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace kd {
namespace {

using testing::describe;
using testing::extract_text;
using testing::Said;
using testing::said;

struct Case {
  const char* body;
  std::vector<Said> expected;
};

template <size_t N>
void expect_all(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    EXPECT_EQ(said(sts), c.expected) << c.body << "\n" << describe(sts);
  }
}

TEST(ExtractSettleTest, ANewSpeakerAfterButOrAndEndsTheClaim) {
  const Case cases[] = {
      {"Abbas Araghchi thanked Saudi Arabia for condemning the strikes, but Gulf officials say "
       "the kingdom's message was about the talks.",
       {{"Abbas Araghchi", "Saudi Arabia for condemning the strikes"},
        {"Gulf officials", "the kingdom's message was about the talks"}}},
      {"The Chinese readout said only that the two sides agreed to keep in touch, and a person "
       "familiar with the arrangements told Reuters that no date had been set.",
       {{"Chinese readout", "the two sides agreed to keep in touch"},
        {"person familiar with the arrangements", "no date had been set"}}},
      // A second verb of the same subject, or a second "that", stays.
      {"The Kremlin said the talks were useful, and that Moscow wanted more of them.",
       {{"Kremlin", "the talks were useful, and that Moscow wanted more of them"}}},
      {"Argentina's Foreign Ministry said the two ministers had agreed to set up a working "
       "group, and had reaffirmed their commitment to the trade agreement.",
       {{"Argentine Foreign Ministry",
         "the two ministers had agreed to set up a working group, and had reaffirmed their "
         "commitment to the trade agreement"}}},
  };
  expect_all(cases);
}

TEST(ExtractSettleTest, ReadoutVerbsFrameTheirObject) {
  const Case cases[] = {
      {"Secretary Marco Rubio pressed the PRC to fully implement the commitments it made in "
       "Geneva.",
       {{"Marco Rubio", "the PRC to fully implement the commitments it made in Geneva"}}},
      {"Penny Wong welcomed the resumption of ministerial talks.",
       {{"Penny Wong", "the resumption of ministerial talks"}}},
      {"Ilham Aliyev thanked the Russian side for its support of the bid.",
       {{"Ilham Aliyev", "the Russian side for its support of the bid"}}},
      {"David Lammy raised the case of the jailed media tycoon Jimmy Lai.",
       {{"David Lammy", "the case of the jailed media tycoon Jimmy Lai"}}},
      // Words after an act are a statement of their own.
      {"Subrahmanyam Jaishankar welcomed the progress on the trade deal and recalled the warm "
       "exchanges of the past year.",
       {{"Subrahmanyam Jaishankar", "the progress on the trade deal"},
        {"Subrahmanyam Jaishankar", "the warm exchanges of the past year"}}},
  };
  expect_all(cases);
}

// "According to journalists, Putin welcomed the proposal": the source tells
// what Putin did; it is the source's statement, as "said" would not be.
TEST(ExtractSettleTest, AnActInsideAnotherClaimIsPartOfIt) {
  const Case cases[] = {
      {"According to a diplomatic source, Vladimir Putin welcomed the Turkish leader's proposal.",
       {{"diplomatic source", "Vladimir Putin welcomed the Turkish leader's proposal"}}},
      {"According to a diplomatic source, Vladimir Putin said the proposal was interesting.",
       {{"Vladimir Putin", "the proposal was interesting"}}},
  };
  expect_all(cases);
}

}  // namespace
}  // namespace kd
