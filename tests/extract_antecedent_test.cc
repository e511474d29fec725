// Re-references that would lose their side (extract_speaker_antecedent.cc):
// a definite description resolved by the phrase that introduced it, a body
// named by the start of its full name, and titles of one person joined by
// "and".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace kd {
namespace {

using testing::describe;
using testing::extract_text;

struct Who {
  std::string speaker;
  std::string side;
  bool operator==(const Who& o) const { return speaker == o.speaker && side == o.side; }
};

std::ostream& operator<<(std::ostream& os, const Who& w) {
  return os << "{" << w.speaker << ", " << w.side << "}";
}

std::vector<Who> who(const std::vector<Statement>& sts) {
  std::vector<Who> out;
  for (const Statement& st : sts) out.push_back({st.speaker.name, st.speaker.side});
  return out;
}

TEST(ExtractAntecedentTest, ADescriptionTakesTheSideOfThePhraseItRepeats) {
  const struct {
    const char* body;
    std::vector<Who> expected;
  } cases[] = {
      // Introduced without a statement of its own.
      {"Stephane Sejourne held talks with Nasser Bourita in Rabat on Monday.\n\n"
       "A Moroccan diplomatic source, speaking to AFP on condition of anonymity, was less "
       "upbeat. \"Students are still waiting months for appointments,\" the source said.",
       {{"Moroccan diplomatic source", "Rabat"}}},
      // An apposition names the person the title is.
      {"Billene Seyoum, Mr Abiy's press secretary, said the region needed calm.\n\n"
       "Asked about a summit, the press secretary said the matter was for member states.",
       {{"Billene Seyoum", "Addis Ababa"}, {"Billene Seyoum", "Addis Ababa"}}},
      // A title written in full before the name.
      {"Deputy Prime Minister and Foreign Minister Ishaq Dar held a telephonic conversation "
       "with Indian External Affairs Minister S. Jaishankar on Monday.\n\n"
       "The Deputy Prime Minister underscored Pakistan's desire for peaceful relations.",
       {{"Ishaq Dar", "Islamabad"}}},
      // The description's other words are the introduction's too.
      {"A senior Kenyan official told The EastAfrican that the deal was close.\n\n"
       "\"We are not there yet,\" the senior official said.",
       {{"senior Kenyan official", "Nairobi"}, {"senior Kenyan official", "Nairobi"}}},
      // A chain of re-references goes back to the introduction.
      {"A Moroccan diplomatic source, speaking to AFP, was less upbeat.\n\n"
       "\"We raised it again today,\" the source said. \"Nothing moved,\" the source added.",
       {{"Moroccan diplomatic source", "Rabat"}, {"Moroccan diplomatic source", "Rabat"}}},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    EXPECT_EQ(who(sts), c.expected) << c.body << "\n" << describe(sts);
  }
}

TEST(ExtractAntecedentTest, NoSideWhereTheIntroductionGivesNone) {
  const struct {
    const char* body;
    std::vector<Who> expected;
  } cases[] = {
      // A modifier of another head is no introduction: "government" in
      // "Polish government spokesman" (the German government is meant).
      {"Polish government spokesman Adam Szlapka said Warsaw expected proposals.\n\n"
       "A spokesperson for the Foreign Office in Berlin referred to earlier statements by the "
       "government, saying that the issue was closed.",
       {{"Adam Szlapka", "Warsaw"}, {"government", "other"}}},
      // An introduction of no government: the description stays as it is.
      {"A Western diplomat said the talks had stalled.\n\n"
       "\"Nobody expects a deal,\" the diplomat said.",
       {{"Western diplomat", "other"}, {"Western diplomat", "other"}}},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    EXPECT_EQ(who(sts), c.expected) << c.body << "\n" << describe(sts);
  }
}

TEST(ExtractAntecedentTest, ABodyNamedByTheStartOfItsFullName) {
  std::vector<Statement> sts = extract_text(
      "President William Ruto spoke by phone with Prime Minister Abiy Ahmed on Sunday, State "
      "House Nairobi said.\n\n"
      "In a dispatch issued late Sunday, State House said the two leaders were concerned.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "State House Kenya");
  EXPECT_EQ(sts[0].speaker.side, "Nairobi");
  // Without the full name before, the words name nobody the lexicon knows.
  sts = extract_text(
      "In a dispatch issued late Sunday, State House said the two leaders were concerned.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "State House");
}

// "Its foreign ministry": the body of the government the sentence before
// is about, in the same paragraph only.
TEST(ExtractAntecedentTest, ItsBodyIsOfTheGovernmentOfTheSentenceBefore) {
  const struct {
    const char* body;
    std::vector<Who> expected;
  } cases[] = {
      {"Algeria, which backs the Polisario Front, reacted coolly. Its foreign ministry said "
       "Algiers took note of the statements.",
       {{"foreign ministry", "Algiers"}}},
      {"Algeria, which backs the Polisario Front, reacted coolly.\n\n"
       "Its foreign ministry said Algiers took note of the statements.",
       {{"Its foreign ministry", "other"}}},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    EXPECT_EQ(who(sts), c.expected) << c.body << "\n" << describe(sts);
  }
}

TEST(ExtractAntecedentTest, TitlesJoinedByAndBeforeOneName) {
  const struct {
    const char* body;
    std::vector<Who> expected;
  } cases[] = {
      {"Deputy Prime Minister and Foreign Minister Ishaq Dar said on Monday that Pakistan "
       "wanted peaceful relations.",
       {{"Ishaq Dar", "Islamabad"}}},
      // A definite title and a name are two people.
      {"Antony Blinken spoke with Wang Yi. The Secretary and Foreign Minister Wang discussed "
       "the situation in the Middle East, the State Department said.",
       {{"State Department", "Washington"}}},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    EXPECT_EQ(who(sts), c.expected) << c.body << "\n" << describe(sts);
  }
}

// "Senator Wong" is Foreign Minister Penny Wong, named before; a senator the
// text did not name before stays outside government.
TEST(ExtractAntecedentTest, ATitleBeforeTheSurnameOfAPersonNamedBefore) {
  const std::vector<Statement> sts = extract_text(
      "Foreign Minister Penny Wong met her Indonesian counterpart Retno Marsudi in Jakarta on "
      "Thursday.\n\n"
      "Speaking at a joint press conference, Senator Wong said the relationship had \"never "
      "been more important\".\n\n"
      "Opposition foreign affairs spokesman Senator Simon Birmingham said an agreement was "
      "needed.\n\n"
      "\"Announcements are no substitute,\" Senator Birmingham said.");
  EXPECT_EQ(who(sts), (std::vector<Who>{{"Penny Wong", "Canberra"},
                                        {"Senator Simon Birmingham", "other"},
                                        {"Senator Simon Birmingham", "other"}}))
      << describe(sts);
}

}  // namespace
}  // namespace kd
