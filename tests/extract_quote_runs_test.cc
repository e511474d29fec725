// Quotations without a frame of their own (extract_quote_runs.cc): more
// words of the speaker quoted just before, or of the speaker the paragraph
// before introduced.
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

TEST(ExtractQuoteRunsTest, AQuotationParagraphContinuesTheSpeakerBeforeIt) {
  const struct {
    const char* body;
    std::vector<Said> expected;
  } cases[] = {
      // After reported speech as after a quotation.
      {"Shafqat Ali Khan said the ceasefire had to hold before any talks.\n\n"
       "\"We will judge India by its actions, not its words.\"",
       {{"Shafqat Ali Khan", "the ceasefire had to hold before any talks"},
        {"Shafqat Ali Khan", "We will judge India by its actions, not its words"}}},
      {"\"The talks were useful,\" Sergei Lavrov said.\n\n\"We will meet again soon.\"",
       {{"Sergei Lavrov", "The talks were useful"}, {"Sergei Lavrov", "We will meet again soon"}}},
      // Not across a sentence that may name someone else.
      {"Shafqat Ali Khan said the ceasefire had to hold. Vikram Misri declined to comment.\n\n"
       "\"We will judge India by its actions.\"",
       {{"Shafqat Ali Khan", "the ceasefire had to hold"}}},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    EXPECT_EQ(said(sts), c.expected) << c.body << "\n" << describe(sts);
  }
}

TEST(ExtractQuoteRunsTest, AQuotationParagraphIsTheWordsOfTheSubjectIntroducedBeforeIt) {
  const struct {
    const char* body;
    std::vector<Said> expected;
    const char* cue;  // of the last statement
  } cases[] = {
      {"Indian Foreign Secretary Vikram Misri said the talks had been frank.\n\n"
       "Pakistan's Foreign Office spokesperson Shafqat Ali Khan was more cautious.\n\n"
       "\"We will judge India by its actions, not its words.\"",
       {{"Vikram Misri", "the talks had been frank"},
        {"Shafqat Ali Khan", "We will judge India by its actions, not its words"}},
       "was more cautious"},
      {"The Kremlin struck a different tone:\n\n\"There is no question of a truce.\"",
       {{"Kremlin", "There is no question of a truce"}},
       "struck a different tone"},
      {"Sergei Lavrov commented on the talks on Monday.\n\n\"We will meet again.\"",
       {{"Sergei Lavrov", "We will meet again"}},
       "commented on the talks on Monday"},
      // One who said nothing.
      {"Sergei Lavrov was unavailable for comment.\n\n\"We will meet again.\"", {}, ""},
      // A quotation in the introducing sentence: its own words, no intro.
      {"Sergei Lavrov called the talks \"useful\" on Monday.\n\n\"We will meet again.\"", {}, ""},
      // The quotation does not open its paragraph's first sentence.
      {"Sergei Lavrov was more cautious.\n\nMoscow waits. \"We will meet again.\"", {}, ""},
      // No one named as the subject.
      {"The talks ended late on Monday.\n\n\"We will meet again.\"", {}, ""},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    EXPECT_EQ(said(sts), c.expected) << c.body << "\n" << describe(sts);
    if (!sts.empty()) {
      EXPECT_EQ(sts.back().cue, c.cue) << c.body;
      EXPECT_EQ(sts.back().mode, Mode::kDirect) << c.body;
    }
  }
}

}  // namespace
}  // namespace kd
