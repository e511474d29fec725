// Attribution patterns of issue #4, on sentences written for the test (other
// calls, other governments), one table row per pattern.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace kd {
namespace {

using testing::describe;
using testing::extract_text;

struct Case {
  const char* body;
  const char* speaker;
  const char* account;
  const char* via;  // "" = none
  const char* cue;
  Mode mode;
  const char* claim;
  const char* addressee = "";
};

void expect_single(const Case& c) {
  std::vector<Statement> sts = extract_text(c.body);
  ASSERT_EQ(sts.size(), 1u) << c.body << "\n" << describe(sts);
  const Statement& s = sts[0];
  EXPECT_EQ(s.speaker.name, c.speaker) << c.body;
  EXPECT_EQ(s.account, c.account) << c.body;
  EXPECT_EQ(s.via.value_or(""), c.via) << c.body;
  EXPECT_EQ(s.cue, c.cue) << c.body;
  EXPECT_EQ(s.mode, c.mode) << c.body;
  EXPECT_EQ(s.claim, c.claim) << c.body;
  EXPECT_EQ(s.addressee.value_or(""), c.addressee) << c.body;
}

TEST(ExtractPatternsTest, DirectQuotes) {
  const Case cases[] = {
      {"\"We will not accept any interference in Taiwan,\" Wang Yi told Antony Blinken.", "Wang Yi",
       "Beijing", "", "told", Mode::kDirect, "We will not accept any interference in Taiwan",
       "Antony Blinken"},
      {"Blinken said: \"The United States remains committed to dialogue.\"", "Antony Blinken",
       "Washington", "", "said", Mode::kDirect, "The United States remains committed to dialogue"},
      {"\"The ministers agreed to keep in touch,\" the French Foreign Ministry's statement reads.",
       "French Foreign Ministry", "Paris", "", "reads", Mode::kDirect,
       "The ministers agreed to keep in touch"},
      {"\"Both sides should keep channels open,\" said the Chinese Foreign Ministry.",
       "Chinese Foreign Ministry", "Beijing", "", "said", Mode::kDirect,
       "Both sides should keep channels open"},
      {"\u201cThe meeting was useful. Much work remains,\u201d Jeyhun Bayramov said.",
       "Jeyhun Bayramov", "Baku", "", "said", Mode::kDirect,
       "The meeting was useful. Much work remains"},
      {"\"We are ready,\" Macron said, \"but only if the talks are serious.\"", "Emmanuel Macron",
       "Paris", "", "said", Mode::kDirect, "We are ready but only if the talks are serious"},
      {"\"The talks went well,\" Dmitry Peskov told reporters in Moscow.", "Dmitry Peskov",
       "Moscow", "", "told", Mode::kDirect, "The talks went well", "reporters"},
      {"\"We want peace,\" Pashinyan said in an interview with the BBC.", "Nikol Pashinyan",
       "Yerevan", "BBC", "said", Mode::kDirect, "We want peace"},
      {"Zelensky said in a video address: The war will end with our victory.", "Volodymyr Zelensky",
       "Kyiv", "", "said", Mode::kDirect, "The war will end with our victory"},
  };
  for (const Case& c : cases) expect_single(c);
}

TEST(ExtractPatternsTest, ReportedSpeech) {
  const Case cases[] = {
      // A title and a name joined by "and" are the two participants the
      // readout tells of, not a speaker nested in it.
      {"New Delhi's statement, by contrast, said the leaders had discussed energy.",
       "New Delhi's statement", "New Delhi", "", "said", Mode::kIndirect,
       "the leaders had discussed energy"},
      {"The Saudi Press Agency said the crown prince and Marco Rubio reviewed bilateral "
       "relations.",
       "Saudi Press Agency", "Riyadh", "", "said", Mode::kIndirect,
       "the crown prince and Marco Rubio reviewed bilateral relations"},
      // An abbreviation in brackets after the subject; an adverb of time
      // before "that"; a body known by its seat.
      {"The Mexican Foreign Ministry (SRE) said in a statement that the two governments would "
       "meet.",
       "Mexican Foreign Ministry", "Mexico City", "", "said", Mode::kIndirect,
       "the two governments would meet"},
      {"Christopher Luxon said afterwards that the two leaders agreed to work on minerals.",
       "Christopher Luxon", "Wellington", "", "said", Mode::kIndirect,
       "the two leaders agreed to work on minerals"},
      // The topic the minister brought up, relayed by his ministry.
      {"According to Wisma Putra, Mohamad Hasan raised the issue of transboundary haze.",
       "Mohamad Hasan", "Kuala Lumpur", "Malaysian Foreign Ministry", "raised the issue of",
       Mode::kIndirect, "transboundary haze"},
      // A clause opening with an envoy noun is words reported.
      {"Wang Yi said the mission was lawful.", "Wang Yi", "Beijing", "", "said", Mode::kIndirect,
       "the mission was lawful"},
      // Reporting verbs of the lexicon: conceding, lamenting.
      {"A senior administration official conceded that trade came up briefly.",
       "senior administration official", "other", "", "conceded", Mode::kIndirect,
       "trade came up briefly"},
      {"Kemi Badenoch lamented that the government had no plan for defence spending.",
       "Kemi Badenoch", "other", "", "lamented", Mode::kIndirect,
       "the government had no plan for defence spending"},
      // An introductory phrase before the subject and its aside.
      {"Asked whether Trump had raised tariffs, a senior administration official, speaking on "
       "condition of anonymity, said that trade came up briefly.",
       "senior administration official", "other", "", "said", Mode::kIndirect,
       "trade came up briefly"},
      // Title words between the comma and the name of a frame after the claim.
      {"The talks ended without progress, the EU's foreign policy chief Josep Borrell said.",
       "Josep Borrell", "Brussels", "", "said", Mode::kIndirect,
       "The talks ended without progress"},
      // An adverb between the verb and "that"; a document before "by" in a
      // frame after the claim.
      {"The Kremlin said only that the two presidents discussed Ukraine.", "Kremlin", "Moscow", "",
       "said", Mode::kIndirect, "the two presidents discussed Ukraine"},
      {"The talks were useful, a statement by the Kremlin said.", "Kremlin", "Moscow", "", "said",
       Mode::kIndirect, "The talks were useful"},
      {"The talks were useful, a statement issued by the Kremlin said.", "Kremlin", "Moscow", "",
       "said", Mode::kIndirect, "The talks were useful"},
      {"Chinese Foreign Minister Wang Yi stressed that Beijing opposes unilateral sanctions.",
       "Wang Yi", "Beijing", "", "stressed", Mode::kIndirect,
       "Beijing opposes unilateral sanctions"},
      {"Sergey Lavrov said the talks had been constructive.", "Sergei Lavrov", "Moscow", "", "said",
       Mode::kIndirect, "the talks had been constructive"},
      {"The European Union called for an immediate ceasefire.", "European Union", "Brussels", "",
       "called for", Mode::kIndirect, "an immediate ceasefire"},
      {"Beijing denied reports that it had supplied weapons.", "Beijing", "Beijing", "", "denied",
       Mode::kIndirect, "reports that it had supplied weapons"},
      {"Iranian Foreign Minister Abbas Araghchi expressed concern over the shelling of villages.",
       "Abbas Araghchi", "Tehran", "", "expressed concern", Mode::kIndirect,
       "over the shelling of villages"},
      {"The White House said Biden \"strongly condemned\" the attack on the embassy.",
       "White House", "Washington", "", "said", Mode::kMixed,
       "Biden strongly condemned the attack on the embassy"},
      {"According to the State Department, the secretary raised human rights.", "State Department",
       "Washington", "", "According to", Mode::kIndirect, "the secretary raised human rights"},
      {"The agreement must be respected, according to the Kremlin.", "Kremlin", "Moscow", "",
       "according to", Mode::kIndirect, "The agreement must be respected"},
      // What a document is of, between it and its verb.
      {"A White House readout of the call said the two leaders discussed fentanyl.", "White House",
       "Washington", "", "said", Mode::kIndirect, "the two leaders discussed fentanyl"},
      {"The State Department's summary of the meeting said Blinken raised human rights.",
       "State Department", "Washington", "", "said", Mode::kIndirect,
       "Blinken raised human rights"},
      // A name in apposition after the role; an aside after the subject.
      {"Russia's chief negotiator, Vladimir Medinsky, said the talks were useful.",
       "Vladimir Medinsky", "Moscow", "", "said", Mode::kIndirect, "the talks were useful"},
      {"Indian government sources, however, said the talks were useful.",
       "Indian government sources", "New Delhi", "", "said", Mode::kIndirect,
       "the talks were useful"},
      // A hyphenated name with a lower-case half.
      {"The talks were useful, presidential spokesperson Jung Hye-jeon said.", "Jung Hye-jeon",
       "other", "", "said", Mode::kIndirect, "The talks were useful"},
      // A quotation that opens with the verb.
      {"Blinken \"underscored the importance of dialogue\" in the talks.", "Antony Blinken",
       "Washington", "", "underscored", Mode::kMixed, "the importance of dialogue in the talks"},
      {"Blinken also \"raised concerns about Beijing's support for Moscow.\"", "Antony Blinken",
       "Washington", "", "raised concerns", Mode::kDirect, "about Beijing's support for Moscow"},
      // A quoted object the clause goes on after.
      {"Macron called for \"a ceasefire as soon as possible\" in Ukraine and for the start of "
       "negotiations.",
       "Emmanuel Macron", "Paris", "", "called for", Mode::kMixed,
       "a ceasefire as soon as possible in Ukraine and for the start of negotiations"},
      {"Macron called for \"a ceasefire as soon as possible\".", "Emmanuel Macron", "Paris", "",
       "called for", Mode::kDirect, "a ceasefire as soon as possible"},
      // "call on" after "a phone" is the noun, no demand of "Gaza and Lebanon".
      {"Araqchi and Faisal bin Farhan discussed Gaza and Lebanon in a phone call on Thursday, "
       "IRNA reported.",
       "IRNA", "Tehran", "", "reported", Mode::kIndirect,
       "Araqchi and Faisal bin Farhan discussed Gaza and Lebanon in a phone call on Thursday"},
      // The phrase inside the claim: both halves are the claim.
      {"Wang agreed to continue consultations, according to the Chinese Foreign Ministry, but "
       "rejected the accusations.",
       "Chinese Foreign Ministry", "Beijing", "", "according to", Mode::kIndirect,
       "Wang agreed to continue consultations but rejected the accusations"},
      {"In the call, according to the Kremlin, the sides agreed to meet again.", "Kremlin",
       "Moscow", "", "according to", Mode::kIndirect, "the sides agreed to meet again"},
      {"A Russian diplomat said that the proposal was premature.", "Russian diplomat", "Moscow", "",
       "said", Mode::kIndirect, "the proposal was premature"},
      {"Armenian Defense Ministry spokeswoman Shushan Stepanyan pointed out that the border was "
       "calm.",
       "Shushan Stepanyan", "Yerevan", "", "pointed out", Mode::kIndirect, "the border was calm"},
      // A quotation inside a clause after a time phrase is part of the claim.
      {"Donald Trump said on Friday the talks had been \"very productive\" for both countries.",
       "Donald Trump", "Washington", "", "said", Mode::kMixed,
       "the talks had been very productive for both countries"},
      // What is expressed is the claim.
      {"Sergei Lavrov, for his part, expressed Moscow's readiness to help find a solution.",
       "Sergei Lavrov", "Moscow", "", "expressed", Mode::kIndirect,
       "Moscow's readiness to help find a solution"},
      // "noted" with an object, as readouts write it.
      {"Vladimir Putin noted the special responsibility of the permanent members of the Security "
       "Council.",
       "Vladimir Putin", "Moscow", "", "noted", Mode::kIndirect,
       "the special responsibility of the permanent members of the Security Council"},
      // What a concern is about, up to a comma, is its object; a second
      // verb with only an object stays in the claim.
      {"Takeshi Iwaya expressed serious concerns over the situation in the East China Sea, and "
       "strongly requested the early release of the detained nationals.",
       "Takeshi Iwaya", "Tokyo", "", "expressed serious concerns", Mode::kIndirect,
       "over the situation in the East China Sea, and strongly requested the early release of the "
       "detained nationals"},
      // Where it was said, after the claim, is no part of it.
      {"Putin said Moscow was ready to work with Kyiv on a memorandum, speaking to reporters in "
       "Sochi after the call.",
       "Vladimir Putin", "Moscow", "", "said", Mode::kIndirect,
       "Moscow was ready to work with Kyiv on a memorandum"},
      // A bare day after the verb (AP style) is no part of the claim, nor of
      // the listener.
      {"President Donald Trump said Thursday that he made no headway in his call with Vladimir "
       "Putin.",
       "Donald Trump", "Washington", "", "said", Mode::kIndirect,
       "he made no headway in his call with Vladimir Putin"},
      {"Sergei Lavrov said Friday evening the talks were useful.", "Sergei Lavrov", "Moscow", "",
       "said", Mode::kIndirect, "the talks were useful"},
      {"Peskov told reporters Friday that the call was useful.", "Dmitry Peskov", "Moscow", "",
       "told", Mode::kIndirect, "the call was useful", "reporters"},
      {"Peskov said Monday's talks were useful.", "Dmitry Peskov", "Moscow", "", "said",
       Mode::kIndirect, "Monday's talks were useful"},
      // A noun in apposition to the claim frames none of it, and is the
      // writer's gloss, no part of it.
      {"Donald Trump said on Monday that Washington was holding direct talks with Iran, a "
       "characterisation Tehran rejected.",
       "Donald Trump", "Washington", "", "said", Mode::kIndirect,
       "Washington was holding direct talks with Iran"},
      // A contrast after a trailing "according to" is another side's.
      {"Lula urged Maduro to publish the voting records, according to the Brazilian government, "
       "while Caracas portrayed the conversation as an endorsement of its sovereignty.",
       "Brazilian government", "Brasilia", "", "according to", Mode::kIndirect,
       "Lula urged Maduro to publish the voting records"},
      // A question put to the speaker between commas; posts on social media.
      {"Georgian Prime Minister Irakli Garibashvili, asked about the dispute on Friday, said "
       "there had been no agreement on flights.",
       "Irakli Garibashvili", "Tbilisi", "", "said", Mode::kIndirect,
       "there had been no agreement on flights"},
      {"Esmaeil Baghaei posted on X that the delegation had conveyed Tehran's positions.",
       "Esmaeil Baghaei", "Tehran", "", "posted", Mode::kIndirect,
       "the delegation had conveyed Tehran's positions"},
      // "state" before a medium is no verb; a progressive reports too.
      {"Iranian state TV said the first exchange of views had been completed.", "Iranian state TV",
       "Tehran", "", "said", Mode::kIndirect, "the first exchange of views had been completed"},
      {"Iranian state media is reporting that the two delegations are sitting in separate rooms.",
       "Iranian state media", "Tehran", "", "reporting", Mode::kIndirect,
       "the two delegations are sitting in separate rooms"},
  };
  for (const Case& c : cases) expect_single(c);
}

TEST(ExtractPatternsTest, NestedAttributionAndRelays) {
  const Case cases[] = {
      // The innermost speaker, the outlet as relay, the listener as addressee.
      {"A Chinese diplomatic source told Xinhua that Wang Yi told Blinken that the sanctions "
       "were unacceptable.",
       "Wang Yi", "Beijing", "Xinhua", "told", Mode::kIndirect, "the sanctions were unacceptable",
       "Antony Blinken"},
      {"According to the White House, Biden told Xi that Washington would defend its allies.",
       "Joe Biden", "Washington", "White House", "told", Mode::kIndirect,
       "Washington would defend its allies", "Xi Jinping"},
      // One government reporting another's leader: that government's account.
      {"The Kremlin said Erdogan voiced concern over the fighting.", "Kremlin", "Moscow", "",
       "said", Mode::kIndirect, "Erdogan voiced concern over the fighting"},
      // A reported clause without "that", relayed by a frame after it.
      {"Putin said any settlement must be long-term, the Kremlin said in its readout.",
       "Vladimir Putin", "Moscow", "Kremlin", "said", Mode::kIndirect,
       "any settlement must be long-term"},
      // An outlet whose name runs on past "of"; a verb of the reported
      // clause frames nothing of its own.
      {"An Israeli official familiar with the call told The Times of Israel that Rubio had not "
       "raised any demands.",
       "Israeli official familiar with the call", "Jerusalem", "The Times of Israel", "told",
       Mode::kIndirect, "Rubio had not raised any demands"},
      // A movement the lexicon knows speaks for no government.
      {"Hamas said in a statement that the US administration bears full responsibility.", "Hamas",
       "other", "", "said", Mode::kIndirect, "the US administration bears full responsibility"},
      {"An American official told Reuters that no agreement had been reached.", "American official",
       "Washington", "Reuters", "told", Mode::kIndirect, "no agreement had been reached"},
      {"The two presidents will meet in Bali in November, Xinhua reports citing a diplomatic "
       "source.",
       "diplomatic source", "Beijing", "Xinhua", "reports", Mode::kIndirect,
       "The two presidents will meet in Bali in November"},
      // A listener named after his title: the name ends it before "that".
      {"Erdogan on Monday told his Russian counterpart Vladimir Putin that Turkey is ready to "
       "host talks.",
       "Recep Tayyip Erdogan", "Ankara", "", "told", Mode::kIndirect,
       "Turkey is ready to host talks", "Vladimir Putin"},
  };
  for (const Case& c : cases) expect_single(c);
  std::vector<Statement> sts = extract_text(cases[0].body);
  ASSERT_EQ(sts.size(), 1u);
  EXPECT_NE(sts[0].rule.find("anonymous relay"), std::string::npos) << sts[0].rule;
  ASSERT_TRUE(sts[0].relay.has_value());
  EXPECT_EQ(sts[0].relay->name, "Chinese diplomatic source");
  EXPECT_EQ(sts[0].relay->side, "Beijing");
  EXPECT_TRUE(sts[0].relay->anonymous);
  EXPECT_FALSE(extract_text(cases[1].body)[0].relay.has_value() &&
               extract_text(cases[1].body)[0].relay->anonymous);
  sts = extract_text(cases[4].body);
  ASSERT_EQ(sts.size(), 1u);
  EXPECT_TRUE(sts[0].speaker.anonymous);
  EXPECT_EQ(sts[0].speaker.kind, SpeakerKind::kSource);
}

TEST(ExtractPatternsTest, AccordingToTellsTheRelayOfTheSpeakerInside) {
  const Case cases[] = {
      {"According to a readout published by Xinhua, Chinese Foreign Minister Wang Yi said Beijing "
       "supports dialogue.",
       "Wang Yi", "Beijing", "Xinhua", "said", Mode::kIndirect, "Beijing supports dialogue"},
      {"According to a report by Reuters, Blinken said Washington wants stable ties.",
       "Antony Blinken", "Washington", "Reuters", "said", Mode::kIndirect,
       "Washington wants stable ties"},
      {"According to TASS, Lavrov stressed the importance of the ceasefire.", "Sergei Lavrov",
       "Moscow", "TASS", "stressed", Mode::kIndirect, "the importance of the ceasefire"},
      // The topic one side brought up; a relay between subject and verb.
      {"According to the Polish news agency PAP, Donald Tusk raised the issue of compensation for "
       "the victims of the occupation.",
       "Donald Tusk", "Warsaw", "Polish Press Agency", "raised the issue of", Mode::kIndirect,
       "compensation for the victims of the occupation"},
      {"Polish government spokesman Adam Szlapka, quoted by PAP, said Warsaw expected concrete "
       "proposals.",
       "Adam Szlapka", "Warsaw", "Polish Press Agency", "said", Mode::kIndirect,
       "Warsaw expected concrete proposals"},
      {"According to a statement issued by the Chinese Foreign Ministry, Wang Yi said Beijing "
       "opposes the sanctions.",
       "Wang Yi", "Beijing", "Chinese Foreign Ministry", "said", Mode::kIndirect,
       "Beijing opposes the sanctions"},
      // Nobody inside: the outlet or the body is the source.
      {"According to a statement released by the French Foreign Ministry, Paris supports the "
       "talks.",
       "French Foreign Ministry", "Paris", "", "According to", Mode::kIndirect,
       "Paris supports the talks"},
      {"According to Xinhua, the two ministers agreed to meet again.", "Xinhua", "Beijing", "",
       "According to", Mode::kIndirect, "the two ministers agreed to meet again"},
  };
  for (const Case& c : cases) expect_single(c);
  // "the statement" of no body named: the state agency that reported before.
  const std::vector<Statement> sts = extract_text(
      "Prince Faisal bin Farhan received Abbas Araghchi in Jeddah, the Saudi Press Agency "
      "reported. The Saudi minister also affirmed the Kingdom's rejection of the violation of the "
      "sovereignty of states, according to the statement.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[1].speaker.name, "Faisal bin Farhan");
  EXPECT_EQ(sts[1].account, "Riyadh");
  EXPECT_EQ(sts[1].via.value_or(""), "Saudi Press Agency");
}

// Wire-agency ways of attributing after a first mention: "According to
// him", "the aide said", a verb after a comma with a phrase of circumstance,
// "X quoted Y as saying" after the quotation.
TEST(ExtractPatternsTest, AttributionsAfterTheFirstMention) {
  const std::vector<Statement> sts = extract_text(
      "Vladimir Putin and Donald Trump held a telephone conversation, Yuri Ushakov told "
      "reporters. According to him, the call was initiated by the American side. \"Russia will "
      "not back down from these goals,\" Ushakov quoted Putin as saying. The issue of weapons "
      "deliveries was not touched upon, the Kremlin official stressed in response to a question "
      "from TASS. \"The presidents agreed to stay in touch,\" the aide said.");
  ASSERT_GE(sts.size(), 4u) << describe(sts);
  const size_t k = sts.size() - 4;
  EXPECT_EQ(sts[k].speaker.name, "Yuri Ushakov") << describe(sts);
  EXPECT_EQ(sts[k].claim, "the call was initiated by the American side");
  EXPECT_EQ(sts[k + 1].speaker.name, "Vladimir Putin");
  EXPECT_EQ(sts[k + 1].claim, "Russia will not back down from these goals");
  EXPECT_EQ(sts[k + 2].account, "Moscow");
  EXPECT_EQ(sts[k + 2].claim, "The issue of weapons deliveries was not touched upon");
  EXPECT_EQ(sts[k + 3].speaker.name, "Yuri Ushakov");
  EXPECT_EQ(sts[k + 3].account, "Moscow");
}

// A briefing's transcript: "Name: answer" opening a paragraph is the
// speaker's answer to the paragraph's end; labels of no person are none.
TEST(ExtractPatternsTest, TranscriptLabels) {
  std::vector<Statement> sts = extract_text(
      "Mao Ning: China has indisputable sovereignty over the islands. No injuries occurred.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Mao Ning");
  EXPECT_EQ(sts[0].account, "Beijing");
  EXPECT_EQ(sts[0].mode, Mode::kDirect);
  EXPECT_EQ(sts[0].claim,
            "China has indisputable sovereignty over the islands. No injuries occurred");
  for (const char* body : {"Q: Can you confirm the call took place?", "Update: The talks ended.",
                           "Note: The ministers met in Geneva."}) {
    sts = extract_text(body);
    EXPECT_TRUE(sts.empty()) << body << "\n" << describe(sts);
  }
}

// A quotation set apart, signed on the next line after a dash.
TEST(ExtractPatternsTest, SignedQuotations) {
  for (const char* body : {"\"Our position is principled. We want dialogue.\"\n- Foreign Minister "
                           "Hakan Fidan",
                           "\"Our position is principled. We want dialogue.\"\n\u2014 Foreign "
                           "Minister Hakan Fidan"}) {
    const std::vector<Statement> sts = extract_text(body);
    ASSERT_EQ(sts.size(), 1u) << body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].speaker.name, "Hakan Fidan");
    EXPECT_EQ(sts[0].account, "Ankara");
    EXPECT_EQ(sts[0].mode, Mode::kDirect);
    EXPECT_EQ(sts[0].claim, "Our position is principled. We want dialogue");
  }
  // A list item after a quotation signs nothing.
  const std::vector<Statement> sts =
      extract_text("\"Our position is principled.\"\n- Trade talks resumed on Monday.");
  EXPECT_TRUE(sts.empty()) << describe(sts);
}

TEST(ExtractPatternsTest, ParticipleAfterAnObjectGoesWithTheSubject) {
  // The phrase before ", telling/noting" is an object of the main clause.
  const Case cases[] = {
      {"Lavrov spoke to journalists after the call, telling reporters that the ceasefire must be "
       "respected.",
       "Sergei Lavrov", "Moscow", "", "telling", Mode::kIndirect, "the ceasefire must be respected",
       "reporters"},
      {"Erdogan spoke with Putin by phone, noting that Ankara wants a lasting solution.",
       "Recep Tayyip Erdogan", "Ankara", "", "noting", Mode::kIndirect,
       "Ankara wants a lasting solution"},
      {"After the talks, Blinken met with reporters in Beijing, saying that Washington wants "
       "stable ties.",
       "Antony Blinken", "Washington", "", "saying", Mode::kIndirect,
       "Washington wants stable ties"},
      {"Wang Yi held talks with Lavrov in Moscow, stressing that Beijing supports dialogue.",
       "Wang Yi", "Beijing", "", "stressing", Mode::kIndirect, "Beijing supports dialogue"},
      // "by" names the agent: it is the speaker.
      {"The statement was issued by the Kremlin, noting that Moscow backs the talks.", "Kremlin",
       "Moscow", "", "noting", Mode::kIndirect, "Moscow backs the talks"},
  };
  for (const Case& c : cases) expect_single(c);
}

// A frame between commas inside its claim, after the claim's subject: the
// claim is both halves; a verb after it is the claim's, unless it frames
// words of its own.
TEST(ExtractPatternsTest, ParentheticalFrames) {
  const Case cases[] = {
      {"The conversation, Penny Wong said, was \"warm and constructive\".", "Penny Wong",
       "Canberra", "", "said", Mode::kMixed, "The conversation was warm and constructive"},
      {"The talks, the Kremlin said, were constructive.", "Kremlin", "Moscow", "", "said",
       Mode::kIndirect, "The talks were constructive"},
      {"Putin, the Kremlin said, told Erdogan that the talks should go on.", "Vladimir Putin",
       "Moscow", "Kremlin", "told", Mode::kIndirect, "the talks should go on",
       "Recep Tayyip Erdogan"},
      // A clause before the frame is the whole claim; an apposition and
      // "States" are no frame.
      {"Other issues were also discussed, the directorate added, without elaborating.",
       "directorate", "other", "", "added", Mode::kIndirect, "Other issues were also discussed"},
      {"Sir Peter Westmacott, a former British ambassador to the United States, noted that "
       "omissions in readouts are often deliberate.",
       "Sir Peter Westmacott, a former British ambassador to the United States", "other", "",
       "noted", Mode::kIndirect, "omissions in readouts are often deliberate"},
  };
  for (const Case& c : cases) expect_single(c);
  // "they": the unnamed people who spoke last.
  const std::vector<Statement> sts = extract_text(
      "Officials said the call lasted an hour. The Australian side, they said, did not raise the "
      "issue of mediation.");
  EXPECT_EQ(testing::said(sts),
            (std::vector<testing::Said>{
                {"Officials", "the call lasted an hour"},
                {"Officials", "The Australian side did not raise the issue of mediation"}}))
      << describe(sts);
}

// An aside between the subject and its verb, between dashes or a relative
// clause whose verb has a subject of its own, neither names the speaker
// nor frames the words.
TEST(ExtractPatternsTest, AsidesBetweenTheSubjectAndItsVerb) {
  const Case cases[] = {
      {"A statement from the Department of War - the name the Pentagon has used since Trump "
       "signed an order - said Hegseth raised concerns about intercepts.",
       "Department of War", "Washington", "", "said", Mode::kIndirect,
       "Hegseth raised concerns about intercepts"},
      {"The Kremlin \u2014 which has long denied any role in the talks \u2014 said Putin backed "
       "the ceasefire.",
       "Kremlin", "Moscow", "", "said", Mode::kIndirect, "Putin backed the ceasefire"},
      {"The Chinese defence ministry, which Hegseth has accused of stonewalling since January, "
       "said Dong urged the US to stop provocative actions.",
       "Chinese Defense Ministry", "Beijing", "", "said", Mode::kIndirect,
       "Dong urged the US to stop provocative actions"},
      {"In a statement, the Argentine Ministry of Foreign Affairs, International Trade and "
       "Worship - known as the Palacio San Martin - said the conversation was cordial.",
       "Argentine Foreign Ministry", "Buenos Aires", "", "said", Mode::kIndirect,
       "the conversation was cordial"},
      // A hyphen inside a word is no dash.
      {"The pro-Kremlin Izvestia daily said the talks had stalled.", "Izvestia", "Moscow", "",
       "said", Mode::kIndirect, "the talks had stalled"},
  };
  for (const Case& c : cases) expect_single(c);
}

// "X welcomed Y ... and recalled ...": the second verb has the clause's
// subject, not the object of the first verb.
TEST(ExtractPatternsTest, SecondVerbAfterAndGoesWithTheSubject) {
  const Case cases[] = {
      {"Sergei Lavrov welcomed Yoko Kamikawa on her visit to Moscow and stressed that the "
       "dialogue must continue.",
       "Sergei Lavrov", "Moscow", "", "stressed", Mode::kIndirect, "the dialogue must continue"},
      {"Narendra Modi met Shehbaz Sharif at the summit and said that trade should resume.",
       "Narendra Modi", "New Delhi", "", "said", Mode::kIndirect, "trade should resume"},
      {"The Kremlin said that Putin received Erdogan in Sochi and noted that Moscow backs the "
       "talks.",
       "Vladimir Putin", "Moscow", "", "noted", Mode::kIndirect, "Moscow backs the talks"},
      {"Donald Tusk said Warsaw expected Berlin to strengthen border controls but warned that "
       "Poland would not accept migrants turned back by German police.",
       "Donald Tusk", "Warsaw", "", "warned", Mode::kIndirect,
       "Poland would not accept migrants turned back by German police"},
      // A quoted phrase inside the first claim does not end its clause.
      {"Erdogan said the two neighbours could turn the Aegean into \"a sea of peace\" and warned "
       "that migration needed a joint approach.",
       "Recep Tayyip Erdogan", "Ankara", "", "warned", Mode::kIndirect,
       "migration needed a joint approach"},
      // The subject of the reporting verb before "and", inside the clause
      // another speaker reports: "noted" is Putin's, relayed by the Kremlin.
      {"The Kremlin said Putin informed Erdogan about the course of the operation and noted that "
       "Kyiv had rejected earlier proposals.",
       "Vladimir Putin", "Moscow", "", "noted", Mode::kIndirect,
       "Kyiv had rejected earlier proposals"},
      // ", calling for" with an object, when the verb takes one.
      {"Erdogan said Turkish Cypriots should not be ignored, calling for a solution based on two "
       "states.",
       "Recep Tayyip Erdogan", "Ankara", "", "calling for", Mode::kIndirect,
       "a solution based on two states"},
      // The subject of the clause, past the object of its verb.
      {"Erdogan praised Mitsotakis for his courage, saying the visit was useful.",
       "Recep Tayyip Erdogan", "Ankara", "", "saying", Mode::kIndirect, "the visit was useful"},
      // ", saying" with a bare clause is a second statement of the speaker.
      {"Greek government spokesman Pavlos Marinakis dismissed reports that the leaders had "
       "discussed demilitarisation, saying the issue \"was not on the table\".",
       "Pavlos Marinakis", "Athens", "", "saying", Mode::kMixed, "the issue was not on the table"},
      // "later" is an adverb here, not the start of a phrase such as "later
      // in the day": the verb after it is the frame's, with its subject.
      {"Greek government spokesman Pavlos Marinakis later dismissed reports that the leaders had "
       "discussed demilitarisation.",
       "Pavlos Marinakis", "Athens", "", "dismissed", Mode::kIndirect,
       "reports that the leaders had discussed demilitarisation"},
      // A body named in lower case, by words of its name.
      {"Turkey's communications directorate said that Erdogan had raised the rights of the "
       "minority.",
       "Presidential Communications Directorate", "Ankara", "", "said", Mode::kIndirect,
       "Erdogan had raised the rights of the minority"},
  };
  for (const Case& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    const Statement* found = nullptr;
    for (const Statement& s : sts)
      if (s.cue == c.cue) found = &s;
    ASSERT_NE(found, nullptr) << c.body << "\n" << describe(sts);
    EXPECT_EQ(found->speaker.name, c.speaker) << c.body;
    EXPECT_EQ(found->account, c.account) << c.body;
    EXPECT_EQ(found->claim, c.claim) << c.body;
  }
}

// The first verb's object ends at the "and": two claims of one speaker,
// not the second nested in the first.
// The first part of a reported clause stays the reporter's statement when
// a second verb in it is the inner speaker's own.
TEST(ExtractPatternsTest, ReportedClauseBeforeASecondVerbStaysTheReporters) {
  std::vector<Statement> sts = extract_text(
      "The Kremlin said Putin informed Erdogan about the course of the operation and noted that "
      "Kyiv had rejected earlier proposals.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.name, "Kremlin");
  EXPECT_EQ(sts[0].claim, "Putin informed Erdogan about the course of the operation");
  EXPECT_EQ(sts[1].speaker.name, "Vladimir Putin");
  EXPECT_EQ(sts[1].via.value_or(""), "Kremlin");
  // A second verb with only an object is part of the first claim.
  sts = extract_text("Russia has called for a ceasefire and proposed to act as a negotiator.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].claim, "a ceasefire and proposed to act as a negotiator");
}

TEST(ExtractPatternsTest, TwoVerbsOfOneSpeakerAreTwoStatements) {
  std::vector<Statement> sts = extract_text(
      "Antony Blinken raised concerns about the military drills and also underscored that "
      "Washington will respond.");
  ASSERT_EQ(sts.size(), 2u) << describe(sts);
  EXPECT_EQ(sts[0].claim, "about the military drills");
  EXPECT_EQ(sts[1].claim, "Washington will respond");
  EXPECT_EQ(sts[1].speaker.name, "Antony Blinken");
  EXPECT_FALSE(sts[1].via.has_value());
  // After a "that" clause without a verb of speech, the second verb is the
  // first one's subject's.
  for (const char* body :
       {"Sergei Lavrov told reporters that a peace deal was close but warned that Kyiv was "
        "stalling.",
        "Sergei Lavrov said that Russia wants peace and added that Kyiv was stalling."}) {
    sts = extract_text(body);
    ASSERT_EQ(sts.size(), 2u) << body << "\n" << describe(sts);
    EXPECT_EQ(sts[1].speaker.name, "Sergei Lavrov") << body;
    EXPECT_EQ(sts[1].claim, "Kyiv was stalling") << body;
    EXPECT_FALSE(sts[1].via.has_value()) << body;
    EXPECT_EQ(sts[0].claim.find("warned"), std::string::npos) << body;
  }
}

// A quotation that ends the first verb's clause: the verb after "but" or
// "and" is still its speaker's, and the quotation stays the first claim.
TEST(ExtractPatternsTest, SecondVerbAfterAQuotationGoesWithItsSpeaker) {
  const struct {
    const char* body;
    const char* speaker;
    const char *first, *second;
  } cases[] = {
      {"George Gerapetritis told reporters \"we have a positive agenda\", but said the two "
       "sides still disagreed on the continental shelf.",
       "George Gerapetritis", "we have a positive agenda",
       "the two sides still disagreed on the continental shelf"},
      {"Wang Yi said that \"the door is open\", but added that Washington must lift the "
       "sanctions first.",
       "Wang Yi", "the door is open", "Washington must lift the sanctions first"},
      {"Sergei Lavrov said \"we will continue\", and added that the next round would be held in "
       "Geneva.",
       "Sergei Lavrov", "we will continue", "the next round would be held in Geneva"},
  };
  for (const auto& c : cases) {
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 2u) << c.body << "\n" << describe(sts);
    EXPECT_EQ(sts[0].claim, c.first) << c.body;
    EXPECT_EQ(sts[1].claim, c.second) << c.body;
    for (const Statement& st : sts) EXPECT_EQ(st.speaker.name, c.speaker) << c.body;
  }
}

// A number of unnamed people is a source ("two diplomats"); with "the" it
// names the participants ("the two diplomats agreed").
TEST(ExtractPatternsTest, TwoUnnamedPeopleAreASource) {
  std::vector<Statement> sts = extract_text("Two diplomats said the talks had stalled.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.side, "other");
  EXPECT_TRUE(sts[0].speaker.anonymous);
  EXPECT_EQ(sts[0].speaker.kind, SpeakerKind::kSource);
  sts = extract_text(
      "Antony Blinken and Wang Yi met in Bali. The two ministers said the talks had been useful.");
  ASSERT_EQ(sts.size(), 1u) << describe(sts);
  EXPECT_EQ(sts[0].speaker.side, "joint");
}

TEST(ExtractPatternsTest, UnnamedSourcesOfABodyAreAnonymous) {
  // The body gives the side only; the speaker is the unnamed source.
  const Case cases[] = {
      {"Chinese Foreign Ministry sources said Beijing would not attend the summit.",
       "Chinese Foreign Ministry sources", "Beijing", "", "said", Mode::kIndirect,
       "Beijing would not attend the summit"},
      {"A source in the White House said the president was ready to meet Xi.",
       "source in the White House", "Washington", "", "said", Mode::kIndirect,
       "the president was ready to meet Xi"},
      {"Sources close to the Kremlin said the visit had been postponed.",
       "Sources close to the Kremlin", "Moscow", "", "said", Mode::kIndirect,
       "the visit had been postponed"},
      {"Kremlin sources said the summit would take place in Geneva.", "Kremlin sources", "Moscow",
       "", "said", Mode::kIndirect, "the summit would take place in Geneva"},
      {"A source at the French Foreign Ministry told AFP that Paris backed the plan.",
       "source at the French Foreign Ministry", "Paris", "AFP", "told", Mode::kIndirect,
       "Paris backed the plan"},
      {"According to sources in the State Department, Washington will send an envoy.",
       "sources in the State Department", "Washington", "", "According to", Mode::kIndirect,
       "Washington will send an envoy"},
      // An unnamed one of a person's staff speaks for the person's side.
      {"An adviser to Macron, who asked not to be named, told AFP that the president made no "
       "promise.",
       "adviser to Macron", "Paris", "AFP", "told", Mode::kIndirect,
       "the president made no promise"},
      {"The talks were useful, an adviser to Macron said.", "adviser to Macron", "Paris", "",
       "said", Mode::kIndirect, "The talks were useful"},
      // A relative clause without commas is no part of the subject.
      {"A Turkish official who declined to be named said Ankara had pressed Moscow.",
       "Turkish official", "Ankara", "", "said", Mode::kIndirect, "Ankara had pressed Moscow"},
      {"Officials who briefed reporters said the call was tense.", "Officials", "other", "", "said",
       Mode::kIndirect, "the call was tense"},
      // What the speaker knows of after the noun.
      {"Two diplomats familiar with the talks said the call lasted an hour.",
       "Two diplomats familiar with the talks", "other", "", "said", Mode::kIndirect,
       "the call lasted an hour"},
      {"U.S. officials with knowledge of the discussions told Reuters that Beijing had rejected "
       "the plan.",
       "U.S. officials with knowledge of the discussions", "Washington", "Reuters", "told",
       Mode::kIndirect, "Beijing had rejected the plan"},
      {"The call was frank, people briefed on the talks said.", "people briefed on the talks",
       "other", "", "said", Mode::kIndirect, "The call was frank"},
      {"\"We made no progress,\" said a person familiar with the call.",
       "person familiar with the call", "other", "", "said", Mode::kDirect, "We made no progress"},
      // A relative clause that only describes the speaker frames nothing.
      {"A Saudi official, who asked not to be named because he was not authorised to speak to "
       "the media, said Riyadh had urged Tehran to act.",
       "Saudi official", "Riyadh", "", "said", Mode::kIndirect, "Riyadh had urged Tehran to act"},
      {"The proposal is dead, according to officials involved in the negotiations.",
       "officials involved in the negotiations", "other", "", "according to", Mode::kIndirect,
       "The proposal is dead"},
  };
  for (const Case& c : cases) {
    expect_single(c);
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u);
    EXPECT_TRUE(sts[0].speaker.anonymous) << c.body;
    EXPECT_EQ(sts[0].speaker.kind, SpeakerKind::kSource) << c.body;
  }
  // The body itself speaking stays named.
  std::vector<Statement> sts =
      extract_text("The Chinese Foreign Ministry said Beijing would not attend the summit.");
  ASSERT_EQ(sts.size(), 1u);
  EXPECT_EQ(sts[0].speaker.name, "Chinese Foreign Ministry");
  EXPECT_FALSE(sts[0].speaker.anonymous);
}

TEST(ExtractPatternsTest, BareClauseAfterTheListener) {
  // "told reporters the call was useful": no "that" after the listener; the
  // clause starts where a subject and its verb follow the listener's noun.
  const Case cases[] = {
      {"Lavrov told reporters the call was useful.", "Sergei Lavrov", "Moscow", "", "told",
       Mode::kIndirect, "the call was useful", "reporters"},
      {"Wang Yi told journalists Beijing would never accept the sanctions.", "Wang Yi", "Beijing",
       "", "told", Mode::kIndirect, "Beijing would never accept the sanctions", "journalists"},
      {"Putin told Erdogan Russia was ready to help.", "Vladimir Putin", "Moscow", "", "told",
       Mode::kIndirect, "Russia was ready to help", "Recep Tayyip Erdogan"},
      {"Blinken told his Chinese counterpart Washington would not change course.", "Antony Blinken",
       "Washington", "", "told", Mode::kIndirect, "Washington would not change course",
       "his Chinese counterpart"},
      {"Pashinyan told parliament the talks had failed.", "Nikol Pashinyan", "Yerevan", "", "told",
       Mode::kIndirect, "the talks had failed", "parliament"},
      // A place or time after the listener, then the clause.
      {"Lavrov told journalists in Moscow the call was useful.", "Sergei Lavrov", "Moscow", "",
       "told", Mode::kIndirect, "the call was useful", "journalists"},
      {"Blinken said on Friday the two sides had agreed to keep talking.", "Antony Blinken",
       "Washington", "", "said", Mode::kIndirect, "the two sides had agreed to keep talking"},
  };
  for (const Case& c : cases) expect_single(c);
}

TEST(ExtractPatternsTest, VenuesAndMediaAreNoListeners) {
  // A news conference or a briefing is where words were said, not to whom;
  // a medium named as listener is the relay.
  const Case cases[] = {
      {"Lavrov told a news conference the call was useful.", "Sergei Lavrov", "Moscow", "", "told",
       Mode::kIndirect, "the call was useful"},
      {"Wang Wenbin told a regular briefing on Wednesday that the talks were frank.", "Wang Wenbin",
       "Beijing", "", "told", Mode::kIndirect, "the talks were frank"},
      {"Blinken told a press conference in Tokyo that Washington stood by its allies.",
       "Antony Blinken", "Washington", "", "told", Mode::kIndirect,
       "Washington stood by its allies"},
      {"Zelensky told the summit Ukraine needed more air defence.", "Volodymyr Zelensky", "Kyiv",
       "", "told", Mode::kIndirect, "Ukraine needed more air defence"},
      {"Lavrov told state television the call was useful.", "Sergei Lavrov", "Moscow",
       "state television", "told", Mode::kIndirect, "the call was useful"},
      {"Erdogan told Anadolu the talks would go on.", "Recep Tayyip Erdogan", "Ankara", "Anadolu",
       "told", Mode::kIndirect, "the talks would go on"},
  };
  for (const Case& c : cases) expect_single(c);
}

TEST(ExtractPatternsTest, AnEnvoySpeaksForTheSideThatSentThem) {
  // "to X", "in X" after a post abroad say where the speaker serves.
  const Case cases[] = {
      {"Russia's ambassador to Turkey said Moscow wanted a ceasefire.",
       "Russia's ambassador to Turkey", "Moscow", "", "said", Mode::kIndirect,
       "Moscow wanted a ceasefire"},
      {"The Russian envoy to the United Nations told reporters the council would meet.",
       "Russian envoy to the United Nations", "Moscow", "", "told", Mode::kIndirect,
       "the council would meet", "reporters"},
      {"Turkey's permanent representative to NATO said Ankara backed the position.",
       "Turkey's permanent representative to NATO", "Ankara", "", "said", Mode::kIndirect,
       "Ankara backed the position"},
      {"The U.S. ambassador in Beijing said Washington would keep talking.",
       "U.S. ambassador in Beijing", "Washington", "", "said", Mode::kIndirect,
       "Washington would keep talking"},
      {"The Turkish Embassy in Moscow said the talks were useful.", "Turkish Embassy in Moscow",
       "Ankara", "", "said", Mode::kIndirect, "the talks were useful"},
      // A person named after the host is the envoy.
      {"Russia's ambassador to the UN Vasily Nebenzya said the council would meet.",
       "Vasily Nebenzya", "Moscow", "", "said", Mode::kIndirect, "the council would meet"},
  };
  for (const Case& c : cases) expect_single(c);
  const std::vector<Statement> embassy =
      extract_text("The Turkish Embassy in Moscow said the talks were useful.");
  ASSERT_EQ(embassy.size(), 1u);
  EXPECT_EQ(embassy[0].speaker.kind, SpeakerKind::kInstitution);
}

TEST(ExtractPatternsTest, ABodyInACapitalSpeaksForThatCapital) {
  // "in X" after a body or officials at home names the seat of the
  // government they serve, whether the frame comes first or last.
  const Case cases[] = {
      {"The foreign ministry in Beijing said the talks were useful.", "Chinese Foreign Ministry",
       "Beijing", "", "said", Mode::kIndirect, "the talks were useful"},
      {"The talks were useful, the foreign ministry in Seoul said.",
       "South Korean Foreign Ministry", "Seoul", "", "said", Mode::kIndirect,
       "The talks were useful"},
      {"The talks were useful, officials in Seoul said.", "officials in Seoul", "Seoul", "", "said",
       Mode::kIndirect, "The talks were useful"},
      {"Talks with Russia were useful, officials in South Korea said.", "officials in South Korea",
       "Seoul", "", "said", Mode::kIndirect, "Talks with Russia were useful"},
      // A lower-case name of a ministry the lexicon knows.
      {"India's external affairs ministry said the talks were useful.",
       "Indian Ministry of External Affairs", "New Delhi", "", "said", Mode::kIndirect,
       "the talks were useful"},
      // One the lexicon does not know, by its portfolio: the country's.
      {"China's commerce ministry said the two sides agreed to hold new consultations.",
       "China's commerce ministry", "Beijing", "", "said", Mode::kIndirect,
       "the two sides agreed to hold new consultations"},
      {"Japan's finance ministry said it was watching currency moves.", "Japan's finance ministry",
       "Tokyo", "", "said", Mode::kIndirect, "it was watching currency moves"},
      // Not a place of a side: no speaker to take from it.
      {"Talks were useful, the ministry in Kerala said.", "ministry", "other", "", "said",
       Mode::kIndirect, "Talks were useful"},
      // Analysts, critics, lawmakers in a capital speak for no government.
      {"Analysts in Islamabad said the accounts were a sign of mistrust.", "Analysts", "other", "",
       "said", Mode::kIndirect, "the accounts were a sign of mistrust"},
      {"Critics in Kyiv said the deal was weak.", "Critics", "other", "", "said", Mode::kIndirect,
       "the deal was weak"},
      {"The deal was weak, opposition lawmakers in Seoul said.", "lawmakers", "other", "", "said",
       Mode::kIndirect, "The deal was weak"},
  };
  for (const Case& c : cases) expect_single(c);
  const std::vector<Statement> officials =
      extract_text("The talks were useful, officials in Seoul said.");
  ASSERT_EQ(officials.size(), 1u);
  EXPECT_TRUE(officials[0].speaker.anonymous);
}

TEST(ExtractPatternsTest, ToldSomeoneToDoSomethingIsAReportedDemand) {
  // "told Wang to stop the drills" is an order: the speaker demands, the
  // listener is the addressee; the claim reads as with "urged Wang to ...".
  const Case cases[] = {
      {"Blinken told Wang Yi to stop the drills.", "Antony Blinken", "Washington", "", "told",
       Mode::kIndirect, "Wang Yi to stop the drills", "Wang Yi"},
      {"Lavrov told reporters to wait for the official statement.", "Sergei Lavrov", "Moscow", "",
       "told", Mode::kIndirect, "reporters to wait for the official statement", "reporters"},
  };
  for (const Case& c : cases) {
    expect_single(c);
    std::vector<Statement> sts = extract_text(c.body);
    ASSERT_EQ(sts.size(), 1u);
    EXPECT_EQ(sts[0].cue_class, CueClass::kDemand) << c.body;
  }
  // Not an order: "told Blinken that ...".
  std::vector<Statement> sts = extract_text("Wang Yi told Blinken that Beijing wanted to talk.");
  ASSERT_EQ(sts.size(), 1u);
  EXPECT_EQ(sts[0].cue_class, CueClass::kReport);
}

// A side's plural or its name keeps the verb: "The Russians demand ...".
TEST(ExtractPatternsTest, SidesAsSubjects) {
  const Case cases[] = {
      {"The Russians demand a halt to military aid.", "Russians", "Moscow", "", "demand",
       Mode::kIndirect, "a halt to military aid"},
      {"The United States demands a halt to the strikes.", "United States", "Washington", "",
       "demands", Mode::kIndirect, "a halt to the strikes"},
  };
  for (const Case& c : cases) expect_single(c);
}

// An outlet that writes its name in lower case ("dpa") is a subject like
// "Reuters": the lexicon's canonical name, exactly as written there.
TEST(ExtractPatternsTest, LowerCaseOutletsAsSubjects) {
  const Case cases[] = {
      {"Berlin will keep the border controls for six more months, dpa reported, citing "
       "government sources.",
       "government sources", "other", "dpa", "reported", Mode::kIndirect,
       "Berlin will keep the border controls for six more months"},
      {"Berlin will keep the border controls for six more months, dpa reported.", "dpa", "other",
       "", "reported", Mode::kIndirect, "Berlin will keep the border controls for six more months"},
  };
  for (const Case& c : cases) expect_single(c);
  // Other names only as the lexicon writes them.
  const char* body = "Berlin will keep the border controls for six more months, anadolu reported.";
  EXPECT_TRUE(extract_text(body).empty()) << body << "\n" << describe(extract_text(body));
}

TEST(ExtractPatternsTest, NotStatements) {
  const char* bodies[] = {
      "The phone call came one day after a meeting between the two presidents.",
      "Blinken spoke by phone with Wang Yi on Tuesday.",
      "The two ministers discussed trade and exchanged views on Ukraine.",
      "The statement was issued after the talks in Geneva.",
      "Speaking in Brussels, the minister attended a dinner for the delegations.",
      "Xi Jinping and Joe Biden held a video call, the White House announced.",
      "Fighting continued along the \"line of contact\" overnight.",
      "Several resolutions of the Security Council that calls on both sides to negotiate exist.",
      "After the talks, the delegations exchanged views on trade.",
      "The minister was in parliament reiterating his criticism of the mediators.",
      "Officials denied comment.",
      // A cue as a noun after a side's adjective.
      "The readout did not mention the Russian demand to stop military aid.",
      "The Turkish call for a ceasefire was rejected.",
      "A Chinese call for restraint went unheeded.",
      // A question left open.
      "The Russian Foreign Ministry did not say whether Lavrov and Blinken discussed China.",
      "The Kremlin didn't say if Putin would attend the summit.",
      // A frame inside a relative clause after the claim's noun.
      "The statement did not mention the vandalism of temples, which Indian officials said had "
      "been raised.",
      // A government acting on its envoy.
      "Algeria recalled its ambassador from Paris in protest.",
      // "posted" without "that" or a quotation is no report.
      "Esmaeil Baghaei posted a video of the talks.",
      // A noun in apposition to a clause, whose verb frames none of it.
      "Trump surprised observers with talks with Iran, a characterisation Tehran rejected.",
      // The verb of a question put to someone.
      "Asked whether Trump had raised tariffs on British steel, the delegation left the room.",
      // A readout verb as a noun or an adjective, or with nothing of its own.
      "Lin Jian told a regular press briefing in Beijing.",
      "The ceasefire was a welcome step for the region.",
      "Sergei Shoigu likewise raised the matter with his Turkish counterpart when they spoke.",
  };
  for (const char* body : bodies) {
    std::vector<Statement> sts = extract_text(body);
    EXPECT_TRUE(sts.empty()) << body << "\n" << describe(sts);
  }
}

// "inform" reports like "tell": its listener, then "that" or what it was
// informed "of" / "about".
TEST(ExtractPatternsTest, InformedSomeoneOfSomething) {
  const Case cases[] = {
      {"Vladimir Putin informed Emmanuel Macron of the progress of the operation.",
       "Vladimir Putin", "Moscow", "", "informed", Mode::kIndirect,
       "of the progress of the operation", "Emmanuel Macron"},
      {"Vladimir Putin informed his counterpart about the progress of the operation.",
       "Vladimir Putin", "Moscow", "", "informed", Mode::kIndirect,
       "about the progress of the operation", "his counterpart"},
      {"Wang Yi informed Blinken that Beijing would send an envoy.", "Wang Yi", "Beijing", "",
       "informed", Mode::kIndirect, "Beijing would send an envoy", "Antony Blinken"},
      // "briefed X on Y" as "informed X of Y"; "on Monday" is a time.
      {"Abbas Araghchi briefed Sergei Lavrov on the latest round of indirect talks held in "
       "Muscat.",
       "Abbas Araghchi", "Tehran", "", "briefed", Mode::kIndirect,
       "on the latest round of indirect talks held in Muscat", "Sergei Lavrov"},
      {"Abbas Araghchi briefed Sergei Lavrov on Monday that the talks had made progress.",
       "Abbas Araghchi", "Tehran", "", "briefed", Mode::kIndirect, "the talks had made progress",
       "Sergei Lavrov"},
      // "on background" says how it was told, not what about: the frame
      // trails a claim before it.
      {"Wang Yi would visit Moscow, a Chinese official told reporters on background.",
       "Chinese official", "Beijing", "", "told", Mode::kIndirect, "Wang Yi would visit Moscow",
       "reporters"},
  };
  for (const Case& c : cases) expect_single(c);
}

}  // namespace
}  // namespace kd
