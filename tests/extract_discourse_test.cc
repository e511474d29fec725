// Patterns that need more than one sentence: coreference, joint speakers,
// continuations, quotations across sentences and paragraphs, relay chains,
// dates, and what is read off the claim (negation, condition, speech act).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace kd {
namespace {

using testing::describe;
using testing::extract_text;

TEST(ExtractDiscourseTest, PronounsAndDescriptionsResolveToTheLastCompatibleMention) {
  auto sts = extract_text(
      "Russian President Vladimir Putin spoke with Recep Tayyip Erdogan on Monday. The Turkish "
      "leader said that a ceasefire was urgent.\n\n"
      "Maria Zakharova held a briefing. She said military observers should be sent.\n\n"
      "The Chinese Foreign Ministry issued a statement on the talks. It said both sides "
      "favoured restraint.");
  ASSERT_EQ(sts.size(), 3u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Recep Tayyip Erdogan");
  EXPECT_EQ(sts[0].speaker.mention, "The Turkish leader");
  EXPECT_EQ(sts[1].speaker.name, "Maria Zakharova");
  EXPECT_EQ(sts[2].speaker.name, "Chinese Foreign Ministry");
  EXPECT_EQ(sts[2].speaker.kind, SpeakerKind::kInstitution);
}

// "he" and "she" skip whoever the lexicon gives the other gender: the
// person meant is the one quoted or named before them.
TEST(ExtractDiscourseTest, PronounsSkipPeopleOfTheOtherGender) {
  const struct {
    const char* body;
    std::vector<std::string> speakers;
  } cases[] = {
      {"Chinese Foreign Ministry spokeswoman Mao Ning said on Monday that Washington must stop "
       "selling weapons to Taiwan. U.S. Secretary of State Antony Blinken said last week that the "
       "United States remained committed to its one-China policy. \"The U.S. side should honour "
       "its commitments,\" she told a regular news briefing.",
       {"Mao Ning", "Antony Blinken", "Mao Ning"}},
      {"German Foreign Minister Annalena Baerbock said on Thursday that sanctions would remain "
       "in place.\n\nRussian Foreign Minister Sergei Lavrov told reporters that the sanctions "
       "had failed.\n\nShe added that Berlin would keep supplying Kyiv with weapons.",
       {"Annalena Baerbock", "Sergei Lavrov", "Annalena Baerbock"}},
      {"Sergei Lavrov said on Friday that the talks had been useful. Maria Zakharova said the "
       "ministry would publish a statement. He added that Moscow was ready for a new round.",
       {"Sergei Lavrov", "Maria Zakharova", "Sergei Lavrov"}},
      // Someone the lexicon does not know, by the first name of others.
      {"Home Secretary Yvette Cooper said that the two countries agreed to step up joint work. "
       "French Interior Minister Bruno Vallard told France Inter that Britain remained a magnet. "
       "Asked about his remarks, she said Britain would not play a blame game.",
       {"Yvette Cooper", "Bruno Vallard", "Yvette Cooper"}},
      // Unchanged when the last speaker may be meant.
      {"Sergei Lavrov said on Friday that the talks had been useful. Maria Zakharova said the "
       "ministry would publish a statement. She added that it would come on Monday.",
       {"Sergei Lavrov", "Maria Zakharova", "Maria Zakharova"}},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    std::vector<std::string> speakers;
    for (const Statement& st : sts) speakers.push_back(st.speaker.name);
    EXPECT_EQ(speakers, c.speakers) << c.body << "\n" << describe(sts);
  }
}

// "it" is the body that spoke last when it spoke after the last body the
// lexicon names ("Zelenskiy's office" is none), else that body.
TEST(ExtractDiscourseTest, ItIsTheBodyThatSpokeLast) {
  std::vector<Statement> sts = extract_text(
      "Joe Biden spoke by phone with Volodymyr Zelenskiy on Friday, the White House said. "
      "Zelenskiy asked for two more air defence systems, Zelenskiy's office said. "
      "\"President Biden assured that the American side will work on this,\" it added.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.side, "Kyiv");
  EXPECT_EQ(sts[1].speaker.kind, SpeakerKind::kInstitution);
  sts = extract_text(
      "Wang Yi said on Monday that the talks were useful. The Chinese Foreign Ministry issued a "
      "statement on the talks. It said both sides favoured restraint.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "Chinese Foreign Ministry");
}

// "The same sources", "the sources": the unnamed sources quoted before.
TEST(ExtractDiscourseTest, TheSameSourcesAreTheOnesQuotedBefore) {
  const std::vector<Statement> sts = extract_text(
      "Giorgos Gerapetritis met Hakan Fidan in Athens on Friday.\n\n"
      "Greek diplomatic sources said a joint statement had been dropped.\n\n"
      "The same sources told Kathimerini that Greece would never discuss sovereignty.\n\n"
      "The sources added that talks would continue.");
  ASSERT_EQ(sts.size(), 3u) << describe(sts);
  for (const Statement& st : sts) {
    EXPECT_EQ(st.speaker.name, "Greek diplomatic sources") << st.claim;
    EXPECT_EQ(st.speaker.side, "Athens") << st.claim;
  }
  // Sources named anew by where they work are others.
  const std::vector<Statement> two = extract_text(
      "Diana Mondino met Mauro Vieira in Rio de Janeiro.\n\nA source at Itamaraty told reporters "
      "that Vieira had asked for respect.\n\nDiplomatic sources at the Palacio San Martin said "
      "Mondino had invited Vieira to Buenos Aires.");
  ASSERT_EQ(two.size(), 2u) << describe(two);
  EXPECT_EQ(two[1].speaker.side, "Buenos Aires") << describe(two);
}

TEST(ExtractDiscourseTest, TheTitleAsWrittenPicksTheOfficialWithThatTitle) {
  // A readout's "The Secretary" is the secretary of state, not the foreign
  // minister named after him; "the minister" is the minister.
  const struct {
    const char* body;
    const char* speaker;
  } cases[] = {
      {"Secretary Antony Blinken spoke today with Foreign Minister Wang Yi. The Secretary "
       "emphasized that open lines of communication were essential.",
       "Antony Blinken"},
      {"Antony Blinken spoke today with Foreign Minister Wang Yi. The minister stressed that "
       "Beijing opposes the sanctions.",
       "Wang Yi"},
      {"Wang Yi spoke today with Antony Blinken. The Chinese minister said that Beijing opposes "
       "the sanctions.",
       "Wang Yi"},
      // "prime minister" is a head of government, not a minister.
      {"Prime Minister Shigeru Ishiba met Foreign Minister Wang Yi. The prime minister said that "
       "Tokyo wants stable ties.",
       "Shigeru Ishiba"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.body;
  }
}

TEST(ExtractDiscourseTest, JointStatements) {
  auto sts = extract_text(
      "Sergei Lavrov and Wang Yi held talks in Beijing, during which they said they oppose bloc "
      "confrontation.\n\n"
      "The Chinese Foreign Ministry said that Wang and Lavrov had agreed that sanctions were "
      "counterproductive.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Sergei Lavrov and Wang Yi");
  EXPECT_EQ(sts[0].speaker.side, "joint");
  EXPECT_EQ(sts[0].claim, "they oppose bloc confrontation");
  // A joint position reported by one side is that side's account, whole.
  EXPECT_EQ(sts[1].speaker.name, "Chinese Foreign Ministry");
  EXPECT_EQ(sts[1].account, "Beijing");
  EXPECT_EQ(sts[1].claim, "Wang and Lavrov had agreed that sanctions were counterproductive");
  EXPECT_EQ(sts[1].cue_class, CueClass::kCommitment);  // the reported act, not "said"
}

TEST(ExtractDiscourseTest, ParticipleContinuationsShareTheSpeaker) {
  auto sts = extract_text(
      "Xi told Biden that Taiwan is a red line, noting that China wants stable ties.\n\n"
      "Blinken said the meeting was candid, adding: \"We will keep talking.\"");
  ASSERT_EQ(sts.size(), 4u) << describe(sts);
  EXPECT_EQ(sts[0].claim, "Taiwan is a red line");
  EXPECT_EQ(sts[0].addressee.value_or(""), "Joe Biden");
  EXPECT_EQ(sts[1].speaker.name, "Xi Jinping");
  EXPECT_EQ(sts[1].cue, "noting");
  EXPECT_EQ(sts[1].claim, "China wants stable ties");
  EXPECT_EQ(sts[2].claim, "the meeting was candid");
  EXPECT_EQ(sts[3].speaker.name, "Antony Blinken");
  EXPECT_EQ(sts[3].mode, Mode::kDirect);
}

TEST(ExtractDiscourseTest, QuotationsAcrossSentencesAndParagraphs) {
  auto sts = extract_text(
      "\"The talks were frank.\n\nNothing was agreed,\" Ned Price said.\n\n"
      "Hakan Fidan said, quoted by TASS: Turkey will not take sides. We want a deal. He also "
      "noted that Ankara was ready to host talks.\n\n"
      "\"We have made progress,\" Josep Borrell said. \"More work is needed.\"");
  ASSERT_EQ(sts.size(), 5u) << describe(sts);
  EXPECT_EQ(sts[0].claim, "The talks were frank. Nothing was agreed");
  EXPECT_EQ(sts[0].mode, Mode::kDirect);
  EXPECT_TRUE(sts[0].negated);
  EXPECT_EQ(sts[1].claim, "Turkey will not take sides. We want a deal");
  EXPECT_EQ(sts[1].via.value_or(""), "TASS");
  EXPECT_EQ(sts[1].mode, Mode::kDirect);
  EXPECT_EQ(sts[2].speaker.name, "Hakan Fidan");
  EXPECT_EQ(sts[2].claim, "Ankara was ready to host talks");
  EXPECT_EQ(sts[3].speaker.name, "Josep Borrell");
  EXPECT_EQ(sts[4].speaker.name, "Josep Borrell");  // the quotation runs on
  EXPECT_EQ(sts[4].claim, "More work is needed");
}

TEST(ExtractDiscourseTest, ReadoutsMediaAndImpersonalFrames) {
  auto sts = extract_text(
      "A statement issued by the Kremlin said that the talks were businesslike. Putin informed "
      "about his recent contacts with Kyiv.\n\n"
      "The leaders will meet again, Xinhua reports citing a diplomatic source.\n\n"
      "According to journalists, the meeting could take place in Astana. As noted on the "
      "agency's website, the date is not fixed.\n\n"
      "Aliyev said that the border was calm. It was stressed that talks would continue.");
  ASSERT_EQ(sts.size(), 7u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Kremlin");
  EXPECT_EQ(sts[1].speaker.name, "Vladimir Putin");
  EXPECT_EQ(sts[1].via.value_or(""), "Kremlin");  // the official's words in the readout
  EXPECT_EQ(sts[2].speaker.name, "diplomatic source");
  EXPECT_EQ(sts[2].speaker.side, "Beijing");  // an outlet's source: the outlet's side
  // Journalists relay the source their outlet cited.
  EXPECT_EQ(sts[3].speaker.name, "diplomatic source");
  EXPECT_EQ(sts[3].via.value_or(""), "Xinhua");
  EXPECT_EQ(sts[4].speaker.name, "Xinhua");
  EXPECT_EQ(sts[4].cue, "As noted");
  EXPECT_EQ(sts[6].speaker.name, "Ilham Aliyev");
  EXPECT_EQ(sts[6].cue, "It was stressed");
}

TEST(ExtractDiscourseTest, GroupsAndAddressees) {
  auto sts = extract_text(
      "Earlier Thursday, the foreign ministers of France and Germany - the co-chairs of the "
      "OSCE Minsk Group - issued a joint statement urging an end to \"hostilities.\"\n\n"
      "In his letter to Putin, Pashinyan said that Armenia expected help.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[0].account, "Minsk Group");
  EXPECT_EQ(sts[0].cue_class, CueClass::kDemand);
  EXPECT_EQ(sts[0].claim, "an end to hostilities");
  EXPECT_EQ(sts[0].mode, Mode::kMixed);
  EXPECT_EQ(sts[1].addressee.value_or(""), "Vladimir Putin");
}

TEST(ExtractDiscourseTest, DatesNegationConditionAndPolarity) {
  auto sts = extract_text(
      "Blinken said on Tuesday that Washington would never accept the plan unless sanctions "
      "were lifted.\n\n"
      "Wang Yi dismissed claims that Beijing had armed Moscow.\n\n"
      "Lavrov said that the talks went well.",
      "Friday, 19 March 2021");
  ASSERT_EQ(sts.size(), 3u) << describe(sts);
  ASSERT_TRUE(sts[0].date.has_value());
  EXPECT_EQ(sts[0].date->iso(), "2021-03-16");
  EXPECT_EQ(sts[0].date_source, DateSource::kWeekday);
  EXPECT_TRUE(sts[0].negated);
  EXPECT_TRUE(sts[0].conditional);
  EXPECT_EQ(sts[1].cue_class, CueClass::kDenial);
  EXPECT_EQ(sts[1].polarity, -1);
  EXPECT_FALSE(sts[1].negated);
  EXPECT_EQ(sts[2].date_source, DateSource::kPublished);
  EXPECT_EQ(sts[2].date->iso(), "2021-03-19");

  // "no mention of" tells what was left unsaid; "no" otherwise negates.
  sts = extract_text(
      "Wang Yi said the leaders discussed energy, with no mention of a partnership.\n\n"
      "Wang Yi said there was no agreement.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_FALSE(sts[0].negated);
  EXPECT_TRUE(sts[1].negated);

  // Undated article: the year comes from the corpus.
  auto undated = extract_text("On Nov. 7 Wang Yi said that the visit was postponed.", "", 2020);
  ASSERT_EQ(undated.size(), 1u);
  EXPECT_EQ(undated[0].date->iso(), "2020-11-07");
  EXPECT_EQ(undated[0].date_source, DateSource::kCorpus);
}

TEST(ExtractDiscourseTest, IdsAndSpansPointAtTheOriginalBytes) {
  // Typographic quotes are three bytes in the file and one in the text.
  const std::string body = "\u201cWe are close,\u201d Çavuşoğlu said.";
  auto sts = extract_text(body);
  ASSERT_EQ(sts.size(), 1u);
  const std::string file = "Talks between the capitals\n\n" + body + "\n";
  EXPECT_EQ(file.substr(sts[0].span.start, sts[0].span.size()), "We are close");
  EXPECT_EQ(sts[0].id, "test_article:" + std::to_string(sts[0].span.start));
  EXPECT_EQ(sts[0].speaker.name, "Mevlut Cavusoglu");
  EXPECT_EQ(sts[0].speaker.mention, "Çavuşoğlu");
}

// A body named in full, then by its head noun; "top diplomat" is the
// foreign minister named before.
TEST(ExtractDiscourseTest, ShortFormsOfBodiesAndTitlesNamedBefore) {
  const struct {
    const char* text;
    const char* speaker;  // of the last statement
    const char* side;
  } kCases[] = {
      {"The Russian Foreign Ministry said in a statement that the talks were useful.\n\n"
       "According to the ministry, the sides agreed to meet again.",
       "Russian Foreign Ministry", "Moscow"},
      {"The Azerbaijani Foreign Ministry's press service reported on the call.\n\n"
       "Bayramov informed Lavrov about the shelling, the ministry said.",
       "Azerbaijani Foreign Ministry", "Baku"},
      {"The Turkish Foreign Ministry said the ceasefire must hold. The Russian Foreign Ministry "
       "said it was concerned.\n\nThe Turkish ministry said Ankara was ready to help.",
       "Turkish Foreign Ministry", "Ankara"},
      // A body the lexicon does not know, which spoke before.
      {"The Maltese foreign ministry said it appreciated the cooperation.\n\n"
       "The ministry added that further exchanges were possible.",
       "Maltese foreign ministry", nullptr},
      // Another ministry than the one named: not resolved to it.
      {"The Russian Foreign Ministry said the talks were useful.\n\n"
       "The defence ministry said the troops had withdrawn.",
       "defence ministry", nullptr},
      // Nothing named before: the words as written.
      {"The ministry said the talks were useful.", "ministry", nullptr},
      // A government's office by its role ("presidency"), named before
      // under its own name, or known to the lexicon.
      {"Emmanuel Macron spoke with Vladimir Putin, the Elysee Palace said in a statement.\n\n"
       "The French presidency said the call had been frank.",
       "Elysee Palace", "Paris"},
      {"The French presidency said the call had been frank.", "Elysee Palace", "Paris"},
      {"The Russian foreign ministry said the talks were useful.", "Russian Foreign Ministry",
       "Moscow"},
      // A presidency the lexicon does not know: the words as written.
      {"The Bolivian presidency said the call had been frank.", "Bolivian presidency", "La Paz"},
      {"Russian Foreign Minister Sergei Lavrov spoke with Jeyhun Bayramov on Monday.\n\n"
       "\"We will continue to coordinate our steps,\" the Russian top diplomat stressed.",
       "Sergei Lavrov", "Moscow"},
      {"Turkish Foreign Minister Mevlut Cavusoglu met Lavrov in Sochi.\n\n"
       "Turkey's chief diplomat said the talks had been productive.",
       "Mevlut Cavusoglu", "Ankara"},
      // "The official said" is the unnamed official quoted before, whatever
      // the government at the dateline; "The statement said" is the body
      // that passed its leader's words on.
      {"MEXICO CITY, Oct 10 (Reuters) - A White House official said Trump had been clear.\n\n"
       "Asked about strikes, the official said: \"We keep options open.\"",
       "White House official", "Washington"},
      {"MEXICO CITY, Oct 10 (Reuters) - The official said the call had been useful.", "official",
       "Mexico City"},
      {"BRASILIA (AP) - In a brief statement, Lula's office said the Brazilian leader "
       "\"reiterated that the region must remain a zone of peace.\" The statement said the "
       "conversation took place at Maduro's request.",
       "Brazilian Presidency", "Brasilia"},
      // "The Chinese side" is the side's account, not whoever of that side
      // spoke last.
      {"Chinese Foreign Minister Wang Yi said the talks were candid.\n\n"
       "According to the Chinese side, the two sides agreed to keep in touch.",
       "Chinese side", "Beijing"},
  };
  for (const auto& c : kCases) {
    auto sts = extract_text(c.text);
    ASSERT_FALSE(sts.empty()) << c.text;
    EXPECT_EQ(sts.back().speaker.name, c.speaker) << c.text << "\n" << describe(sts);
    if (c.side) {
      EXPECT_EQ(sts.back().speaker.side, c.side) << c.text;
    }
  }
}

// A name given in full once, then shortened: a surname or first name after
// an honorific or title ("Prince Faisal", "Dr. Jaishankar", "Minister
// Kamikawa"), or followed by an apposition ("Wang, also a member of ...,
// said") is the person named before.
// A presidency, a directorate, a department or a cabinet speaks as a body,
// not as a person.
TEST(ExtractDiscourseTest, BodiesByTheirHeadNounAreInstitutions) {
  const char* kTexts[] = {
      "The Indonesian presidency said the call had been frank.",
      "The Turkish presidency said the call had been frank.",
      "The Egyptian cabinet said the talks were useful.",
      "The Mexican communications directorate said the talks were useful.",
  };
  for (const char* text : kTexts) {
    auto sts = extract_text(text);
    ASSERT_EQ(sts.size(), 1u) << text;
    EXPECT_EQ(sts[0].speaker.kind, SpeakerKind::kInstitution) << text << "\n" << describe(sts);
  }
}

TEST(ExtractDiscourseTest, ShortNamesAfterTitlesOrBeforeAppositions) {
  const struct {
    const char* body;
    const char* speaker;
    const char* via;
  } cases[] = {
      {"Saudi Foreign Minister Prince Faisal bin Farhan met Abbas Araghchi on Saturday.\n\n"
       "Prince Faisal told the official Saudi Press Agency that the kingdom was keen to build "
       "ties.",
       "Faisal bin Farhan", "Saudi Press Agency"},
      {"Chinese Foreign Minister Wang Yi held a phone conversation with Mauro Vieira.\n\n"
       "Wang, also a member of the Political Bureau of the Communist Party of China Central "
       "Committee, said that the two countries are strategic partners.",
       "Wang Yi", ""},
      {"Sergei Lavrov met Yoko Kamikawa in Tokyo.\n\n"
       "Minister Lavrov, speaking after the talks, said that Moscow valued the dialogue.",
       "Sergei Lavrov", ""},
      {"Sergei Lavrov met Yoko Kamikawa in Tokyo.\n\n"
       "H.E. Ms. Kamikawa stated that Japan valued the dialogue.",
       "Yoko Kamikawa", ""},
      // A surname the name of somebody else has inside it ("Amir Khan
      // Muttaqi"): the one whose name ends with it, known or titled.
      {"Foreign Office spokesperson Shafqat Ali Khan spoke after Ishaq Dar met Amir Khan Muttaqi "
       "in Kabul.\n\nMr Khan said the attackers had been in contact with handlers.",
       "Shafqat Ali Khan", ""},
      {"Foreign Office spokesperson Tariq Ali Khan spoke after Ishaq Dar met Amir Khan Muttaqi in "
       "Kabul.\n\nMr Khan said the attackers had been in contact with handlers.",
       "Tariq Ali Khan", ""},
      {"Ishaq Dar met Amir Khan Muttaqi in Kabul.\n\nMr Khan said the refugees would not be "
       "expelled.",
       "Amir Khan Muttaqi", ""},
      // The surname as the article spells it, the lexicon's other
      // transliteration of the name.
      {"Iranian Foreign Ministry spokesman Esmaeil Baqaei met reporters in Tehran.\n\n"
       "Baqaei added that Iran and Saudi Arabia share the view.",
       "Esmaeil Baghaei", ""},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.body;
    EXPECT_EQ(sts[0].via.value_or(""), c.via) << c.body;
  }
}

// A person the lexicon does not know, named in full with a title, is the
// same person when the text goes on by surname: whether the full name came
// with a statement or not. A surname never named in full is no speaker.
TEST(ExtractDiscourseTest, SurnamesOfPeopleTheLexiconDoesNotKnow) {
  const struct {
    const char* body;
    const char* claim;    // of the statement made by surname
    const char* speaker;  // "" when that statement must not be found
    const char* side;
  } cases[] = {
      {"The two countries agreed to a ceasefire, Indian Foreign Secretary Arvind Rao said.\n\n"
       "\"We will respond,\" Rao told reporters.",
       "We will respond", "Arvind Rao", "New Delhi"},
      {"Indian Foreign Secretary Arvind Rao briefed reporters on Saturday.\n\n"
       "Rao said the talks had been useful.",
       "the talks had been useful", "Arvind Rao", "New Delhi"},
      {"German government spokesman Steffen Hebestreit held a news conference.\n\n"
       "\"Berlin wants a ceasefire,\" Hebestreit said.",
       "Berlin wants a ceasefire", "Steffen Hebestreit", "Berlin"},
      // The surname first, as Chinese names have it.
      {"Chinese Vice Foreign Minister Li Ming met the delegation.\n\n"
       "\"China is ready,\" Li said.",
       "China is ready", "Li Ming", "Beijing"},
      {"Kumar met the delegation on Saturday.\n\nKumar said the talks had been useful.",
       "the talks had been useful", "", ""},
      // The side in a possessive before the title.
      {"Pakistan's Defence Minister Khawaja Asif and Afghan officials held talks on Saturday.\n\n"
       "Asif said the talks had been useful.",
       "the talks had been useful", "Khawaja Asif", "Islamabad"},
      // A surname the lexicon knows of somebody else (Kamala Harris): the
      // text's own Harris, by the surname and by "he".
      {"Irish Taoiseach Simon Harris spoke with Keir Starmer on Tuesday.\n\n"
       "Harris said the talks had been useful.",
       "the talks had been useful", "Simon Harris", "Dublin"},
      {"Irish Taoiseach Simon Harris spoke with Keir Starmer on Tuesday.\n\n"
       "Harris, speaking to RTE afterwards, went further.\n\n"
       "\"We have to get this right,\" he said.",
       "We have to get this right", "Simon Harris", "Dublin"},
      // Experts of a known official's surname ("Maria Rubio, a professor").
      {"Marco Rubio spoke with Wang Yi on Tuesday.\n\n"
       "Maria Rubio, a professor at Georgetown, said the talks were symbolic.",
       "the talks were symbolic", "Maria Rubio", "other"},
      {"Marco Rubio spoke with Wang Yi on Tuesday.\n\n"
       "Anna Kuleba, a sociologist at Kyiv-Mohyla Academy, said the call was useful.",
       "the call was useful", "Anna Kuleba", "other"},
      // Named as the lexicon names her first: the lexicon's.
      {"Kamala Harris met Irish officials on Tuesday.\n\n"
       "Harris said the talks had been useful.",
       "the talks had been useful", "Kamala Harris", "Washington"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    const Statement* found = nullptr;
    for (const Statement& st : sts)
      if (st.claim == c.claim) found = &st;
    if (*c.speaker == '\0') {
      EXPECT_EQ(found, nullptr) << c.body << "\n" << describe(sts);
      continue;
    }
    ASSERT_NE(found, nullptr) << c.body << "\n" << describe(sts);
    EXPECT_EQ(found->speaker.name, c.speaker) << c.body;
    EXPECT_EQ(found->speaker.side, c.side) << c.body;
  }
}

// Speakers of no government the lexicon does not know: a full name alone,
// a name with an expert's apposition (whatever country the institute is
// in), and "he" after their quotation, which names somebody else.
TEST(ExtractDiscourseTest, NamesOfNoKnownSide) {
  const struct {
    const char* body;
    const char* speaker;  // of the last statement; "" when there is none
    const char* side;
  } cases[] = {
      {"Mark Jones said the talks had failed.", "Mark Jones", "other"},
      {"\"Both capitals are signalling to domestic audiences,\" said Collin Koh, a senior fellow "
       "at Singapore's S. Rajaratnam School of International Studies.",
       "Collin Koh", "other"},
      {"Aleksandar Vucic met Albin Kurti.\n\nIhsan Shammari, an analyst at Baghdad University, "
       "told reporters that the government was under pressure. \"Vucic needs something "
       "tangible,\" he said.",
       "Ihsan Shammari", "other"},
      // A titled name before "of" and where he works; the object of a
      // preposition alone is no name.
      {"Political analyst Dragan Popovic of the Centre for Practical Politics said the talks "
       "had failed.",
       "Dragan Popovic", "other"},
      {"The Centre for Practical Politics said the talks had failed.", "", ""},
      {"Political analyst Dragan Popovic of the Belgrade-based Centre for Practical Politics said "
       "the talks had failed.",
       "Dragan Popovic", "other"},
      {"Alexander Gabuev of the Carnegie Russia Eurasia Center says the contrast is telling.",
       "Alexander Gabuev", "other"},
      // The same after the verb, with a body the lexicon does not know.
      {"\"Each readout is written for the home audience,\" said Bonnie Glaser of the German "
       "Marshall Fund.",
       "Bonnie Glaser", "other"},
      {"\"Each readout is written for the home audience,\" said Tom Smith of the Lowy Institute.",
       "Tom Smith", "other"},
      {"Ali Vaez, Iran project director at the International Crisis Group, said the talks had "
       "failed.",
       "Ali Vaez", "other"},
      {"Greg Poling, director of AMTI at the Center for Strategic and International Studies, said "
       "the talks had failed.",
       "Greg Poling", "other"},
      // An expert at a university of a country; a former official; a title
      // with "Prime" that names no prime minister's office.
      {"Chen Hong, president of the Chinese Association of Australian Studies and director of the "
       "Australian Studies Centre at East China Normal University, told the Global Times that the "
       "drills were lawful.",
       "Chen Hong", "other"},
      {"The Saudi foreign ministry said Prince Faisal reviewed the latest developments.\n\nFormer "
       "assistant foreign minister Hussein Haridy said that the gap was predictable.",
       "Hussein Haridy", "other"},
      {"Keir Starmer spoke with Donald Trump.\n\nSir Peter Westmacott, a former British ambassador "
       "to the United States, noted that omissions in readouts are often deliberate.",
       "Sir Peter Westmacott, a former British ambassador to the United States", "other"},
      {"Keir Starmer spoke with Donald Trump.\n\nFormer British Foreign Secretary William Hague "
       "said the call showed the limits of the relationship.",
       "William Hague", "other"},
      // A surname that is part of a place's name ("The Hague") is no side.
      {"Keir Starmer spoke with Donald Trump.\n\nWilliam Hague said the call showed the limits of "
       "the relationship.",
       "William Hague", "other"},
      {"Keir Starmer spoke with Donald Trump.\n\nEx-Foreign Secretary William Hague said the call "
       "showed the limits of the relationship.",
       "William Hague", "other"},
      {"Ethiopian Prime Minister Abiy Ahmed spoke by phone on Tuesday.\n\nPrime Cabinet Secretary "
       "Musa Wekesa said that the call was productive.",
       "Musa Wekesa", "other"},
      // Legislators and the opposition speak for no government, wherever
      // the dateline is; "deputy" before a name alone is a legislator.
      {"ANKARA (AA) - Hakan Fidan spoke with Sergei Lavrov.\n\nOpposition leader Ozgur Ozel said "
       "the call was a failure.",
       "Ozgur Ozel", "other"},
      {"ANKARA (AA) - Hakan Fidan spoke with Sergei Lavrov.\n\nState Duma deputy Leonid Slutsky "
       "said the call was useful.",
       "Leonid Slutsky", "other"},
      {"COLOMBO - Vijitha Herath spoke with S. Jaishankar.\n\nPeronist deputy Mariana Quiroga "
       "wrote that the government had failed.",
       "Mariana Quiroga", "other"},
      {"YEREVAN - Ararat Mirzoyan spoke with Jeyhun Bayramov.\n\nArtur Khachatryan, an Armenian "
       "opposition lawmaker, said the call was a failure.",
       "Artur Khachatryan", "other"},
      {"Tamil National Alliance MP M.A. Sumanthiran said Colombo was right.",
       "Tamil National Alliance MP M.A. Sumanthiran", "other"},
      // Particles inside names, before the verb.
      {"\"We are ready,\" Faisal bin Farhan said.", "Faisal bin Farhan", "Riyadh"},
      {"\"We thank Turkey,\" Asaad al-Shaibani said.", "Asaad al-Shaibani", "Damascus"},
      {"\"The data speak for themselves,\" De la Fuente said.", "Juan Ramon de la Fuente",
       "Mexico City"},
      // A ministry-style title with its side, then the name.
      {"Minister of Foreign Affairs of Malaysia Mohamad Hasan said the talks had failed.",
       "Mohamad Hasan", "Kuala Lumpur"},
      // A body of no side (taken for a person); a side is a government's.
      {"Human Rights Watch said the talks had failed.", "Human Rights Watch", "other"},
      {"North Korea said the talks had failed.", "North Korea", "Pyongyang"},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    if (*c.speaker == '\0') {
      EXPECT_TRUE(sts.empty()) << c.body << "\n" << describe(sts);
      continue;
    }
    ASSERT_FALSE(sts.empty()) << c.body;
    EXPECT_EQ(sts.back().speaker.name, c.speaker) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts.back().speaker.side, c.side) << c.body;
  }
}

// A body or an official with no country, under a dateline of one place:
// that place's government, when the story named no other body of the kind
// ("the Presidency" under "ALGIERS -"); a title "of" several words.
TEST(ExtractDiscourseTest, TheDatelinesGovernmentWhenNoneIsNamed) {
  const struct {
    const char* dateline;
    const char* sentence;
    const char* speaker;
    const char* side;
  } cases[] = {
      {"ALGIERS - 1 April 2025", "The talks were useful, the Presidency said.",
       "Algerian Presidency", "Algiers"},
      {"ALGIERS - 1 April 2025",
       "Minister of Foreign Affairs Ahmed Benali said Algeria does not accept ultimatums.",
       "Ahmed Benali", "Algiers"},
      {"MOSCOW, April 1 (Reuters) -", "The talks were useful, the foreign ministry said.",
       "Russian Foreign Ministry", "Moscow"},
      // The place an outlet is named after.
      {"Buenos Aires Times", "The talks were useful, the Foreign Ministry said.",
       "Argentine Foreign Ministry", "Buenos Aires"},
      // A state outlet's government; not an analyst's under a dateline.
      {"By TASS", "The talks were useful, the foreign ministry said.", "Russian Foreign Ministry",
       "Moscow"},
      {"ALGIERS - 1 April 2025", "Political analyst Karim Amrani said the talks were useful.",
       "Karim Amrani", "other"},
      // Two places, or none: no side.
      {"PARIS/ALGIERS, April 1 (Reuters) -", "The talks were useful, the Presidency said.",
       "Presidency", "other"},
      // A name several governments' offices go by: the dateline's, the
      // seat's, else the lexicon's; a name of one government's stays its.
      {"ISLAMABAD, Jan 10 (Reuters) -", "The Foreign Office said Pakistan expected action.",
       "Pakistani Foreign Ministry", "Islamabad"},
      {"", "The talks were useful, the Foreign Office in Berlin said.", "German Foreign Ministry",
       "Berlin"},
      {"", "The Foreign Office said the talks were useful.", "British Foreign Office", "London"},
      {"BEIJING (Reuters) -", "The State Department said the talks were useful.",
       "State Department", "Washington"},
      // A date line before the wire dateline; a government spokesman or a
      // minister of a kind named nowhere else, at home.
      {"16.07.2025\n\nBerlin (dpa) -",
       "Interior Minister Alexander Dobrindt has said the controls will stay.",
       "Alexander Dobrindt", "Berlin"},
      {"Berlin (dpa) -", "Government spokesman Stefan Kornmeier said the talks were frank.",
       "Stefan Kornmeier", "Berlin"},
      {"", "Government spokesman Stefan Kornmeier said the talks were frank.", "Stefan Kornmeier",
       "other"},
      // A body of its own name is no office at home; any minister is.
      {"KINSHASA, Sept 5 (Reuters) -",
       "An M23 spokesman, Lawrence Kanyuka, said the movement would not be bound.",
       "Lawrence Kanyuka", "other"},
      {"KINSHASA, Sept 5 (Reuters) -", "Transport Minister Jean Mukendi said the road was open.",
       "Jean Mukendi", "Kinshasa"},
      // Unnamed sources and officials under a dateline are the government's at home.
      {"NEW DELHI:", "Sources said New Delhi did not consider the points agreed.", "Sources",
       "New Delhi"},
      {"NEW DELHI:", "Officials familiar with the talks said the side had pressed for calm.",
       "Officials familiar with the talks", "New Delhi"},
      {"NEW DELHI:", "\"It was only the first step,\" a senior official said.", "senior official",
       "New Delhi"},
      {"", "\"It was only the first step,\" a senior official said.", "senior official", "other"},
      // A diplomat of a region or of no country is none of the government's.
      {"MUSCAT, April 12 (Reuters) -", "A European diplomat said Paris had not been briefed.",
       "European diplomat", "other"},
      {"MUSCAT, April 12 (Reuters) -", "A foreign diplomat said the talks had been useful.",
       "foreign diplomat", "other"},
      {"", "Minister of Foreign Affairs Ahmed Benali said Algeria does not accept ultimatums.",
       "Ahmed Benali", "other"},
      // A summit's venue, where people of two other governments met, is no
      // home (nobody of its own named).
      {"VIENTIANE, July 25, 2024 -",
       "Enrique Manalo and Bui Thanh Son agreed to open a hotline, a senior official said.",
       "senior official", "other"},
  };
  for (const auto& c : cases) {
    std::string text = "Talks between the capitals\n\n";
    if (*c.dateline) text += std::string(c.dateline) + "\n\n";
    text += std::string(c.sentence) + "\n";
    Result<Document> doc = load_bytes("dir/a.txt", text, {}, default_lexicon());
    ASSERT_TRUE(doc.ok());
    const std::vector<Statement> sts =
        extract(doc.value(), default_lexicon(), ExtractContext{std::nullopt});
    ASSERT_EQ(sts.size(), 1u) << text << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << text;
    EXPECT_EQ(sts[0].speaker.side, c.side) << text;
  }
}

// "A No 10 spokesperson": a number inside a name; "the prime minister's
// official spokesperson": the spokesperson of the official so titled.
TEST(ExtractDiscourseTest, SpokespeopleOfANamedOffice) {
  const struct {
    const char* body;
    const char* speaker;
    const char* side;
  } cases[] = {
      {"A No 10 spokesperson said the talks had been useful.", "No 10 spokesperson", "London"},
      {"A Number 10 spokesman said the talks had been useful.", "Number 10 spokesman", "London"},
      {"Prime Minister Keir Starmer met Ursula von der Leyen in Brussels.\n\nThe prime "
       "minister's official spokesperson said the talks had been useful.",
       "prime minister's official spokesperson", "London"},
      // A date before the subject is none of it.
      {"On May 10 the Kremlin said the talks had been useful.", "Kremlin", "Moscow"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.body;
    EXPECT_EQ(sts[0].speaker.side, c.side) << c.body;
  }
}

// "he said" after nested speech is the one who told of it, when a person;
// "One of them said" is one of the speakers just quoted together.
TEST(ExtractDiscourseTest, WhoHeAndOneOfThemAre) {
  std::vector<Statement> sts = extract_text(
      "Foreign Secretary Vikram Misri said Albanese assured Modi that attacks would not be "
      "tolerated. \"Prime Minister Albanese reiterated that such acts have no place in "
      "Australia,\" "
      "he said.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "Vikram Misri");
  sts = extract_text(
      "Two French diplomats said Macron had pressed Tebboune hard. One of them said Tebboune had "
      "promised to study the list.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.side, "Paris");
  EXPECT_EQ(sts[1].speaker.kind, SpeakerKind::kSource);
  EXPECT_EQ(sts[1].claim, "Tebboune had promised to study the list");
  // "He" opening a sentence after one whose subject is a titled person the
  // lexicon does not know, named in full before.
  sts = extract_text(
      "Peruvian Foreign Minister Luis Quispe met Chilean Foreign Minister Ana Rojas. Rojas said "
      "the talks went well. Quispe gave his own version. He claimed that Rojas had refused to "
      "sign.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "Luis Quispe");
  // The people of a question ("Asked whether A would meet B") are not who
  // answers it.
  sts = extract_text(
      "Greek government spokesman Pavlos Marinakis was asked about the call. \"No. The channels "
      "are open,\" Marinakis said.\n\nAsked whether Prime Minister Kyriakos Mitsotakis would meet "
      "President Recep Tayyip Erdogan at the summit, he said no meeting had been scheduled.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "Pavlos Marinakis");
  EXPECT_EQ(sts[1].speaker.side, "Athens");
  // The sentence's subject, not the object of its preposition.
  sts = extract_text(
      "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held talks in Muscat. "
      "According to IRNA, Araghchi also spoke briefly with US envoy Steve Witkoff as the "
      "delegations were leaving. \"This was a matter of courtesy,\" he said.");
  ASSERT_FALSE(sts.empty());
  EXPECT_EQ(sts.back().speaker.name, "Abbas Araghchi") << describe(sts);
  // In the pronoun's own sentence, the one named before it.
  sts = extract_text(
      "President Donald Trump spoke by phone Wednesday with Volodymyr Zelenskyy.\n\nZelenskyy "
      "offered a narrower account. Speaking at a news conference in Helsinki alongside Finnish "
      "President Alexander Stubb, he said the two leaders had talked only about the nuclear "
      "plant.");
  ASSERT_FALSE(sts.empty());
  EXPECT_EQ(sts.back().speaker.name, "Volodymyr Zelensky") << describe(sts);
}

// "the minister" after two ministers named in one sentence: the one at
// home (the dateline's), else the first named.
TEST(ExtractDiscourseTest, TheMinisterOfTwoNamedTogether) {
  const struct {
    const char* text;
    const char* speaker;
  } cases[] = {
      {"ATHENS - Greek Foreign Minister Giorgos Gerapetritis and his Turkish counterpart Hakan "
       "Fidan spoke by phone on Thursday.\n\n\"We will not accept it,\" the minister told "
       "reporters.",
       "George Gerapetritis"},
      {"ANKARA - Greek Foreign Minister Giorgos Gerapetritis and his Turkish counterpart Hakan "
       "Fidan spoke by phone on Thursday.\n\n\"We will not accept it,\" the minister told "
       "reporters.",
       "Hakan Fidan"},
      {"Greek Foreign Minister Giorgos Gerapetritis and his Turkish counterpart Hakan Fidan spoke "
       "by phone on Thursday.\n\n\"We will not accept it,\" the minister told reporters.",
       "George Gerapetritis"},
  };
  for (const auto& c : cases) {
    Result<Document> doc = load_bytes("dir/a.txt", c.text, {}, default_lexicon());
    ASSERT_TRUE(doc.ok());
    const std::vector<Statement> sts =
        extract(doc.value(), default_lexicon(), ExtractContext{std::nullopt});
    ASSERT_EQ(sts.size(), 1u) << c.text << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.text;
  }
}

// Bodies of no stated side: by the official the claim opens with, by the
// body that spoke before under a longer name, by a side word before a
// body of no government; a body's head noun before "of".
TEST(ExtractDiscourseTest, WhoseBodyItIs) {
  const struct {
    const char* body;
    const char* speaker;  // of the last statement
    const char* side;
    SpeakerKind kind;
  } cases[] = {
      {"Wang Yi and Enrique Manalo spoke by phone. The Department of Foreign Affairs said Manalo "
       "had conveyed a strong protest.",
       "Department of Foreign Affairs", "Manila", SpeakerKind::kInstitution},
      {"Philippine National Security Council spokesperson Jonathan Malaya said the mission was "
       "lawful.",
       "Jonathan Malaya", "Manila", SpeakerKind::kPerson},
      // A country's media and experts are no government's; its state media are.
      {"Some Australian media claimed that Wong had raised concerns.", "Some Australian media",
       "other", SpeakerKind::kMedia},
      {"Chinese state media said that Wong had raised concerns.", "Chinese state media", "Beijing",
       SpeakerKind::kMedia},
      {"Chinese experts noted that the readout was aimed at a domestic audience.",
       "Chinese experts", "other", SpeakerKind::kPerson},
      {"The talks were useful, the Kremlin press service said. \"Mutual commitment to "
       "cooperation was confirmed,\" the press service said.",
       "Kremlin", "Moscow", SpeakerKind::kInstitution},
      // Sources close to an official the text titled speak for that official.
      {"British Prime Minister Keir Starmer spoke with U.S. President Donald Trump. A source "
       "close to the prime minister said the call had been frank.",
       "source close to the prime minister", "London", SpeakerKind::kSource},
      {"British Prime Minister Keir Starmer spoke with U.S. President Donald Trump. Sources close "
       "to the president said the call had been frank.",
       "Sources close to the president", "Washington", SpeakerKind::kSource},
  };
  for (const auto& c : cases) {
    const std::vector<Statement> sts = extract_text(c.body);
    ASSERT_FALSE(sts.empty()) << c.body;
    EXPECT_EQ(sts.back().speaker.name, c.speaker) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts.back().speaker.side, c.side) << c.body;
    EXPECT_EQ(sts.back().speaker.kind, c.kind) << c.body;
  }
}

// "the president" is the one person the text gave that title, not the
// president named last without it; with two so titled, the one named last.
TEST(ExtractDiscourseTest, ThePresidentTheTextTitledSo) {
  std::vector<Statement> sts = extract_text(
      "Mexican President Claudia Sheinbaum spoke with Donald Trump on Tuesday. \"It was a very "
      "good call,\" the president said.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Claudia Sheinbaum");
  sts = extract_text(
      "Mexican President Claudia Sheinbaum spoke with US President Donald Trump on Tuesday. \"It "
      "was a very good call,\" the president said.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Donald Trump");
  // Of two so titled, the one without a country is the writer's own.
  sts = extract_text(
      "President William Ruto and Ugandan President Yoweri Museveni spoke by phone on Tuesday. "
      "\"We have agreed to end the row,\" the President said.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "William Ruto");
  // No one named in the quotation said it.
  sts = extract_text(
      "President William Ruto and Ugandan President Yoweri Museveni spoke by phone on Tuesday. "
      "\"I have spoken with my brother President Museveni,\" the President said.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "William Ruto");
}

// A headline naming the person by surname first ("Rojas and Quispe meet")
// does not hide the titled full name in the body.
TEST(ExtractDiscourseTest, ASurnameInTheHeadlineFirst) {
  const std::string text =
      "Rojas and Quispe meet in Lima\n\n"
      "Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Quispe on Monday.\n\n"
      "Quispe said the two sides had agreed to reopen the border.\n";
  Result<Document> doc = load_bytes("dir/a.txt", text, {}, default_lexicon());
  ASSERT_TRUE(doc.ok());
  const std::vector<Statement> sts =
      extract(doc.value(), default_lexicon(), ExtractContext{std::nullopt});
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Luis Quispe");
  EXPECT_EQ(sts[0].speaker.side, "Lima");
}

// A role abbreviation refers back like "the minister": "EAM" is the
// official whose title, spelled out before his name, has those initials
// ("External Affairs Minister Dr. S. Jaishankar"); "FM", "PM" without one
// spelled out are the foreign or prime minister named last.
TEST(ExtractDiscourseTest, RoleAbbreviationsReferBackToTheOfficial) {
  const struct {
    const char* body;
    const char* speaker;
  } cases[] = {
      {"External Affairs Minister Dr. S. Jaishankar held a meeting with H.E. Ms. Yoko Kamikawa, "
       "Minister for Foreign Affairs of Japan.\n\n"
       "EAM underlined that the partnership is important for peace in the region.",
       "Subrahmanyam Jaishankar"},
      {"External Affairs Minister S. Jaishankar met Foreign Minister Yoko Kamikawa in Delhi.\n\n"
       "EAM conveyed that India looks forward to greater investment.",
       "Subrahmanyam Jaishankar"},
      {"Narendra Modi spoke with Shehbaz Sharif on Monday.\n\n"
       "The Pakistani PM said that dialogue was the only way forward.",
       "Shehbaz Sharif"},
      {"Yoko Kamikawa met Sergei Lavrov in Tokyo.\n\n"
       "The Russian FM stressed that Moscow valued the dialogue.",
       "Sergei Lavrov"},
      // More honorifics before the name than the first look-back holds, and
      // another foreign minister named after him: the spelled-out title decides.
      {"External Affairs Minister H.E. Hon. Dr. Prof. Sir Dame Mr. Ms. S. K. R. Jaishankar "
       "welcomed Foreign Minister Yoko Kamikawa to New Delhi.\n\n"
       "EAM underlined that the partnership is important for peace in the region.",
       "Subrahmanyam Jaishankar"},
      // Initials written with spaces ("Q ."), one of whose periods opens the
      // first look-back (64 bytes before the name): still read as initials.
      {"External Affairs Minister Q . Q . Q . Q . Q . Q . Q . Q . Q . Q . Q . Q . Q . Q . Q . "
       "Q .   Jaishankar welcomed Foreign Minister Yoko Kamikawa to New Delhi.\n\n"
       "EAM underlined that the partnership is important for peace in the region.",
       "Subrahmanyam Jaishankar"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.body;
  }
}

// "his office said" after a named official: the office of his side and
// role the lexicon knows (a prime minister's office, a presidency, a
// foreign ministry), not the institution named last.
TEST(ExtractDiscourseTest, HisOfficeIsTheOfficialsOwnOffice) {
  const struct {
    const char* body;
    const char* speaker;
    const char* side;
  } cases[] = {
      {"Benjamin Netanyahu met Abdel Fattah el-Sisi in Cairo, the Egyptian Presidency said.\n\n"
       "Netanyahu stressed the importance of the peace treaty, his office said.",
       "Israeli Prime Minister's Office", "Jerusalem"},
      {"Benjamin Netanyahu met Abdel Fattah el-Sisi in Cairo, the Israeli Prime Minister's Office "
       "said.\n\nSisi called for calm in Gaza, his office said in a statement.",
       "Egyptian Presidency", "Cairo"},
      {"Shehbaz Sharif spoke with Gulf leaders on Monday.\n\n"
       "His office said that Sharif had called for the resumption of trade.",
       "Pakistani Prime Minister's Office", "Islamabad"},
      // The owner named by title or name: the prime minister is not the
      // foreign minister named after him.
      {"Japanese Prime Minister Shigeru Ishiba met Chinese Foreign Minister Wang Yi.\n\n"
       "The prime minister's office said in a statement that Ishiba had urged Beijing to lift "
       "its ban.",
       "Japanese Prime Minister's Office", "Tokyo"},
      {"Recep Tayyip Erdogan spoke with Russian Foreign Minister Sergei Lavrov.\n\n"
       "The president's office said that Erdogan had offered to host talks.",
       "Turkish Presidency", "Ankara"},
      {"Shigeru Ishiba met Xi Jinping in Lima.\n\n"
       "Ishiba's office said that he had raised the detention of Japanese nationals.",
       "Japanese Prime Minister's Office", "Tokyo"},
      // "X thanked Y ..., his office said": the subject of the claim, not
      // the person named last before "his".
      {"Recep Tayyip Erdogan hosted Benjamin Netanyahu in Ankara.\n\n"
       "Benjamin Netanyahu thanked Recep Tayyip Erdogan for his hospitality, his office said.",
       "Israeli Prime Minister's Office", "Jerusalem"},
      // "According to his office, Macron ...": "his" points ahead, at the
      // claim's subject; so does ", according to his office" after it.
      {"Vladimir Putin spoke with Emmanuel Macron on Tuesday.\n\n"
       "According to his office, Macron raised the safety of the nuclear plant.",
       "Elysee Palace", "Paris"},
      {"Vladimir Putin spoke with Emmanuel Macron on Tuesday.\n\n"
       "Macron raised the safety of the nuclear plant, according to his office.",
       "Elysee Palace", "Paris"},
      // A minister's ministry, after a claim opening with his surname alone.
      {"Chinese Foreign Minister Wang Yi spoke with Antony Blinken on Tuesday.\n\n"
       "Wang urged Washington to stop arming Taiwan, his ministry said.",
       "Chinese Foreign Ministry", "Beijing"},
      {"Chinese Foreign Minister Wang Yi spoke with Antony Blinken on Tuesday.\n\n"
       "According to his ministry, Wang raised export controls.",
       "Chinese Foreign Ministry", "Beijing"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    const Statement* found = nullptr;
    for (const Statement& s : sts)
      if (s.speaker.mention.find("office") != std::string::npos ||
          s.speaker.mention.find("ministry") != std::string::npos)
        found = &s;
    ASSERT_NE(found, nullptr) << c.body << "\n" << describe(sts);
    EXPECT_EQ(found->speaker.name, c.speaker) << c.body;
    EXPECT_EQ(found->speaker.side, c.side) << c.body;
    EXPECT_EQ(found->speaker.kind, SpeakerKind::kInstitution) << c.body;
  }
}

// "his spokesman said": the spokesperson of the official "his" points at,
// unnamed but of his side.
TEST(ExtractDiscourseTest, HisSpokesmanSpeaksForTheOfficial) {
  const std::vector<Statement> sts = extract_text(
      "Chinese Foreign Minister Wang Yi spoke with Antony Blinken on Tuesday.\n\n"
      "Blinken stressed the importance of peace across the Taiwan Strait, his spokesman said.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Antony Blinken's spokesman");
  EXPECT_EQ(sts[0].speaker.side, "Washington");
  EXPECT_EQ(sts[0].speaker.kind, SpeakerKind::kPerson);
}

// "the spokesperson said" after an unnamed one of a body: that one, of the
// body's side; a spokeswoman the lexicon knows, named since, wins.
TEST(ExtractDiscourseTest, TheSpokespersonIsTheOneQuotedBefore) {
  std::vector<Statement> sts = extract_text(
      "Wang Yi and Antony Blinken spoke by phone on Monday.\n\n"
      "A State Department spokesperson said there was no agreement on flights.\n\n"
      "Blinken also raised the detention of American citizens, the spokesperson said.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "State Department spokesperson");
  EXPECT_EQ(sts[1].speaker.side, "Washington");
  EXPECT_EQ(sts[1].speaker.mention, "the spokesperson");
  sts = extract_text(
      "Wang Yi and Sergei Lavrov spoke by phone on Monday.\n\n"
      "A Chinese foreign ministry spokesperson said the talks were useful.\n\n"
      "Maria Zakharova later held a briefing. The two sides discussed Ukraine, the spokeswoman "
      "said.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "Maria Zakharova");
}

// The claims of a readout published under `byline`, all of which must be
// the Kremlin's (Moscow's) when there are any.
std::vector<std::string> kremlin_claims(const std::string& byline, const std::string& dateline,
                                        const std::string& body) {
  const std::string text = "Telephone conversation\n\nBy " + byline + dateline + "\n\n" + body;
  Result<Document> doc = load_bytes("dir/readout.txt", text, {}, default_lexicon());
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  const std::vector<Statement> sts = extract(doc.value(), default_lexicon(), ExtractContext{});
  std::vector<std::string> claims;
  for (const Statement& s : sts) {
    EXPECT_EQ(s.speaker.name, "Kremlin") << byline << "\n" << describe(sts);
    EXPECT_EQ(s.speaker.side, "Moscow") << byline;
    claims.push_back(s.claim);
  }
  return claims;
}

// A government's own readout (its body is the byline) narrates without
// naming who speaks: its agentless passives ("The situation in Syria was
// discussed") and "it was noted ... that" are the publisher's account. A
// news outlet's agentless passive is no statement.
TEST(ExtractDiscourseTest, AGovernmentsOwnReadoutSpeaksInItsPassives) {
  const std::string body =
      "At the initiative of the Turkish side, Vladimir Putin had a telephone conversation with "
      "Recep Tayyip Erdogan.\n\n"
      "The situation in Syria was discussed in detail.\n\n"
      "Topical issues of trade and energy cooperation were also touched upon.\n\n"
      "It was noted with satisfaction that mutual trade had grown.\n";
  const struct {
    const char* byline;
    std::vector<std::string> claims;  // all of the publisher's statements
  } cases[] = {
      {"Kremlin",
       {"The situation in Syria was discussed in detail",
        "Topical issues of trade and energy cooperation were also touched upon",
        "mutual trade had grown"}},
      {"Test Wire", {}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(kremlin_claims(c.byline, " | Tuesday, 14 January 2025", body), c.claims) << c.byline;
}

// In a government's own readout what the participants did together ("The
// parties agreed to continue ...", "The two leaders discussed ...") is the
// publisher's account, as the gold annotates "It said Lavrov and Cavusoglu
// agreed on ..."; "outline" is a discussion cue. A news outlet's such
// sentence is an event, no statement.
TEST(ExtractDiscourseTest, AReadoutTellsWhatTheParticipantsAgreed) {
  const std::string body =
      "Vladimir Putin had a telephone conversation with Emmanuel Macron.\n\n"
      "The parties agreed to continue coordinating their efforts.\n\n"
      "The two leaders agreed to maintain contacts.\n\n"
      "Putin and Macron discussed the situation in the Middle East.\n\n"
      "Principled approaches to the settlement were outlined.\n";
  const struct {
    const char* byline;
    std::vector<std::string> claims;  // all of the publisher's statements
  } cases[] = {
      {"Kremlin",
       {"The parties agreed to continue coordinating their efforts",
        "The two leaders agreed to maintain contacts",
        "Putin and Macron discussed the situation in the Middle East",
        "Principled approaches to the settlement were outlined"}},
      {"Test Wire", {}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(kremlin_claims(c.byline, " | Thursday, 3 March 2022", body), c.claims) << c.byline;
}

// A government's own readout tells what the other side said: those words
// are that government's account of them (the speaker keeps his side). The
// publisher is its byline or its name on a line above the body.
TEST(ExtractDiscourseTest, AReadoutsWordsOfTheOtherSideAreItsAccount) {
  const std::string body =
      "Takeshi Iwaya held a telephone talk with Wang Yi.\n\n"
      "Minister Iwaya stated that Japan wants stable ties.\n\n"
      "Minister Wang stated that China is willing to work with Japan.\n";
  const struct {
    const char* top;           // the lines between the headline and the body
    const char* wang_account;  // of Wang Yi's statement
  } cases[] = {
      {"Ministry of Foreign Affairs of Japan", "Tokyo"},
      {"By Japanese Foreign Ministry", "Tokyo"},
      {"By Test Wire", "Beijing"},
  };
  for (const auto& c : cases) {
    const std::string text = std::string("Telephone talk\n\n") + c.top + "\n\n" + body;
    Result<Document> doc = load_bytes("dir/readout.txt", text, {}, default_lexicon());
    ASSERT_TRUE(doc.ok());
    const std::vector<Statement> sts = extract(doc.value(), default_lexicon(), ExtractContext{});
    ASSERT_EQ(sts.size(), 2u) << c.top << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, "Takeshi Iwaya");
    EXPECT_EQ(sts[0].account, "Tokyo") << c.top;
    EXPECT_EQ(sts[1].speaker.name, "Wang Yi");
    EXPECT_EQ(sts[1].speaker.side, "Beijing") << c.top;
    EXPECT_EQ(sts[1].account, c.wang_account) << c.top;
  }
  // The other side's spokesperson, at his own briefing, keeps his account.
  const std::string text =
      "Telephone talk\n\nMinistry of Foreign Affairs of Japan\n\nTakeshi Iwaya held a telephone "
      "talk with Wang Yi.\n\nChinese Foreign Ministry spokesperson Li Ming told a briefing in "
      "Beijing that the talk was candid.\n";
  Result<Document> doc = load_bytes("dir/readout.txt", text, {}, default_lexicon());
  ASSERT_TRUE(doc.ok());
  const std::vector<Statement> sts = extract(doc.value(), default_lexicon(), ExtractContext{});
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Li Ming");
  EXPECT_EQ(sts[0].account, "Beijing");
}

}  // namespace
// A minister described by side and role ("China's defence minister") is the
// official of that side whose role has the description's words: named
// before, or, in a lede, named next. An official of another role is not
// that minister.
TEST(ExtractDiscourseTest, MinisterDescribedByRole) {
  const struct {
    const char* body;
    const char* speaker;
  } cases[] = {
      {"China's defence minister told his American counterpart that Beijing would never allow "
       "Taiwan to be separated.\n\nAdmiral Dong Jun and Pete Hegseth spoke by video link on "
       "Tuesday.",
       "Dong Jun"},
      {"Chinese Foreign Minister Wang Yi met Sergei Lavrov in Moscow.\n\nChina's defence "
       "minister said the drills were routine.",
       "China's defence minister"},
      {"Japan's foreign minister said the incursion was unacceptable.", "Japan's foreign minister"},
      {"Chinese Foreign Minister Wang Yi met Sergei Lavrov in Moscow.\n\nChina's foreign "
       "minister said the talks were useful.",
       "Wang Yi"},
      {"Egyptian Foreign Minister Badr Abdelatty met Abiy Ahmed in Addis Ababa.\n\nThe Egyptian "
       "Foreign Minister, on his part, noted that Egypt wants more trade.",
       "Badr Abdelatty"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, c.speaker) << c.body;
  }
}

}  // namespace kd
