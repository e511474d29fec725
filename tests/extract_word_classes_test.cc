// Closed word classes: each question answers for its own list only.
#include <gtest/gtest.h>

#include "extract_words.h"

namespace kd {
namespace {

// A word, a class question and its answer.
struct WordCase {
  const char* word;
  bool (*is)(std::string_view);
  bool expected;
};

TEST(WordClassesTest, EachClassKnowsItsWords) {
  const WordCase cases[] = {
      {"the", is_determiner, true},
      {"said", is_determiner, false},
      {"", is_determiner, false},
      {"The", is_determiner, false},  // folded words only
      {"has", is_auxiliary, true},
      {"'s", is_auxiliary, true},
      {"again", is_frame_adverb, true},
      {"they", is_pronoun_subject, true},
      {"them", is_pronoun_subject, false},
      {"during", is_preposition, true},
      {"ministry", is_speaker_noun, true},
      {"sources", is_speaker_noun, true},
      {"readout", is_speaker_noun, true},
      {"agency", is_speaker_noun, true},
      {"reporters", is_speaker_noun, true},
      {"ministers", is_speaker_noun, true},
      {"ceasefire", is_speaker_noun, false},
      {"readout", is_document_noun, true},
      {"readout", is_media_noun, false},
      {"website", is_media_noun, true},
      {"website", is_document_noun, true},
      {"reporters", is_relay_people, true},
      {"insider", is_source_noun, true},
      {"within", is_source_place, true},
      {"of", is_source_place, true},
      {"of", is_preposition, false},
      {"during", is_source_place, false},
      {"chancellor", is_leader_noun, true},
      {"parties", is_group_noun, true},
      {"lawmakers", is_audience, true},
      {"conference", is_venue, true},
      {"briefing", is_venue, true},
      {"parliament", is_venue, false},  // an audience: "told parliament"
      {"reporters", is_venue, false},
      {"ambassador", is_envoy_noun, true},
      {"representative", is_envoy_noun, true},
      {"minister", is_envoy_noun, false},
      {"embassy", is_body_noun, true},
      {"administration", is_body_noun, true},
      {"spokesman", is_body_noun, false},
      {"published", is_issue_verb, true},
      {"senior", is_np_modifier, true},
      {"spoke", is_irregular_past, true},
      {"spoken", is_irregular_past, false},
      {"never", is_negation, true},
      {"'t", is_negation, true},
      {"unless", is_condition, true},
      {"conditions", is_condition, true},
      {"condit", is_condition, false},
      {"conversations", is_event_word, true},  // thirteen bytes: both eight-byte halves
      {"spokeswoman", is_event_word, true},
      {"a", is_event_word, true},
      {"said", is_event_word, false},
      {"conversation's", is_event_word, false},
  };
  for (const WordCase& c : cases) EXPECT_EQ(c.is(c.word), c.expected) << c.word;
}

// One lookup answers as the single questions do, for words of every class.
TEST(WordClassesTest, SpeakerWordClassesAgreeWithEachQuestion) {
  for (const char* w : {"the", "sources", "journalists", "agency", "readout", "sides", "president",
                        "ministry", "said", "", "of", "two"}) {
    const SpeakerWordClasses c = speaker_word_classes(w);
    EXPECT_EQ(c.determiner, is_determiner(w)) << w;
    EXPECT_EQ(c.source, is_source_noun(w)) << w;
    EXPECT_EQ(c.relay_people, is_relay_people(w)) << w;
    EXPECT_EQ(c.media, is_media_noun(w)) << w;
    EXPECT_EQ(c.document, is_document_noun(w)) << w;
    EXPECT_EQ(c.group, is_group_noun(w)) << w;
    EXPECT_EQ(c.leader, is_leader_noun(w)) << w;
    EXPECT_EQ(c.speaker_noun, is_speaker_noun(w)) << w;
  }
  EXPECT_TRUE(speaker_word_classes("sources").source);
  EXPECT_TRUE(speaker_word_classes("agency").media);
  EXPECT_FALSE(speaker_word_classes("said").speaker_noun);
}

// The lookup keys a word by its first and last bytes (eight, four, or one
// each plus the middle one): words of every length bucket, and words that
// share those bytes with a listed one, must still be told apart.
TEST(WordClassesTest, WordsOfEveryLengthAndNearMisses) {
  const WordCase cases[] = {
      {"i", is_pronoun_subject, true},  // one byte
      {"u", is_np_modifier, true},
      {"x", is_np_modifier, false},
      {"'t", is_negation, true},  // two
      {"'s", is_negation, false},
      {"the", is_determiner, true},   // three
      {"tie", is_determiner, false},  // same first and last byte
      {"thee", is_determiner, false},
      {"said", is_irregular_past, true},  // four to seven
      {"spoke", is_irregular_past, true},
      {"sp0ke", is_irregular_past, false},  // middle byte differs
      {"brought", is_irregular_past, true},
      {"broughy", is_irregular_past, false},
      {"ministry", is_speaker_noun, true},  // eight to sixteen
      {"ministries", is_speaker_noun, true},
      {"ministrees", is_speaker_noun, false},
      {"parliamentarians", is_audience, true},  // sixteen, the longest listed
      {"parliamentarianz", is_audience, false},
      {"parliamentarians'", is_audience, false},  // longer than any listed
      {"representatives", is_envoy_noun, true},
      {"representativesx", is_envoy_noun, false},
  };
  for (const WordCase& c : cases) EXPECT_EQ(c.is(c.word), c.expected) << c.word;
}

TEST(WordClassesTest, ClauseMarksAnswerBothQuestions) {
  struct Case {
    const char* word;
    bool negation, condition;
  } cases[] = {{"not", true, false},    {"unless", false, true}, {"without", false, true},
               {"nobody", true, false}, {"said", false, false},  {"", false, false},
               {"Not", false, false}};
  for (const Case& c : cases) {
    const ClauseMarks m = clause_marks(c.word);
    EXPECT_EQ(m.negation, c.negation) << c.word;
    EXPECT_EQ(m.condition, c.condition) << c.word;
    EXPECT_EQ(m.negation, is_negation(c.word)) << c.word;
    EXPECT_EQ(m.condition, is_condition(c.word)) << c.word;
  }
}

}  // namespace
}  // namespace kd
