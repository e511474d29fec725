// Relays named after a frame and quotations that run on past their frame,
// on sentences written for the test (other calls, other governments).
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace kd {
namespace {

using testing::describe;
using testing::extract_text;

struct Expected {
  const char* speaker;
  const char* account;
  const char* via;  // "" = none
  const char* claim;
};

struct Case {
  const char* body;
  std::vector<Expected> statements;
};

void expect_all(const Case& c) {
  std::vector<Statement> sts = extract_text(c.body);
  ASSERT_EQ(sts.size(), c.statements.size()) << c.body << "\n" << describe(sts);
  for (size_t k = 0; k < sts.size(); ++k) {
    const Expected& e = c.statements[k];
    EXPECT_EQ(sts[k].speaker.name, e.speaker) << c.body;
    EXPECT_EQ(sts[k].account, e.account) << c.body;
    EXPECT_EQ(sts[k].via.value_or(""), e.via) << c.body;
    EXPECT_EQ(sts[k].claim, e.claim) << c.body;
  }
}

// A document named by its body ("the No 10 readout") relays that body's
// words, not those of the body that spoke last.
TEST(ExtractRelayTest, TheBodyNamedInTheDocumentRelays) {
  expect_all(
      {"The White House said the call went well.\n\nAccording to the No 10 readout, Keir "
       "Starmer \"reiterated the UK's ironclad support for Ukraine\".",
       {{"White House", "Washington", "", "the call went well"},
        {"Keir Starmer", "London", "Downing Street", "the UK's ironclad support for Ukraine"}}});
}

// "X highlighted A, while Y emphasized B": two speakers, two claims.
TEST(ExtractRelayTest, AContrastWithAnotherSpeakerEndsTheClaim) {
  expect_all(
      {"The Chinese Foreign Ministry highlighted trade ties, while the White House "
       "emphasized export controls.",
       {{"Chinese Foreign Ministry", "Beijing", "", "trade ties"},
        {"White House", "Washington", "", "export controls"}}});
  expect_all(
      {"The Chinese Foreign Ministry highlighted trade ties, whereas the White House "
       "emphasized export controls.",
       {{"Chinese Foreign Ministry", "Beijing", "", "trade ties"},
        {"White House", "Washington", "", "export controls"}}});
}

TEST(ExtractRelayTest, TrailingAccordingToIsTheRelayOfTheFrame) {
  const Case cases[] = {
      {"\"The U.S. side should correct its mistakes,\" Wang Yi said, according to a readout "
       "published by Xinhua.",
       {{"Wang Yi", "Beijing", "Xinhua", "The U.S. side should correct its mistakes"}}},
      {"\"Taiwan is a red line,\" Wang Yi said on Thursday, according to Chinese state media.",
       {{"Wang Yi", "Beijing", "Chinese state media", "Taiwan is a red line"}}},
      {"\"Russia is open to talks,\" Putin said, according to a transcript released by the "
       "Kremlin.",
       {{"Vladimir Putin", "Moscow", "Kremlin", "Russia is open to talks"}}},
      {"Beijing supports dialogue, Wang Yi said, according to Xinhua.",
       {{"Wang Yi", "Beijing", "Xinhua", "Beijing supports dialogue"}}},
      // The relay's government tells the words: its account.
      {"\"We want a ceasefire,\" Macron said, according to the Kremlin.",
       {{"Emmanuel Macron", "Moscow", "Kremlin", "We want a ceasefire"}}},
      // "his office" is the speaker's own: never another government's body
      // named earlier.
      {"The Kremlin said Russia wants a ceasefire.\n\n\"We must act together,\" Macron said, "
       "according to a statement released by his office.",
       {{"Kremlin", "Moscow", "", "Russia wants a ceasefire"},
        {"Emmanuel Macron", "Paris", "", "We must act together"}}},
      // The quotation after such a frame goes on with the same speaker, not
      // with the according-to source.
      {"\"France and Germany have a special responsibility,\" Macron said, according to a "
       "statement released by the Elysee Palace. \"We must act together on energy prices.\"",
       {{"Emmanuel Macron", "Paris", "Elysee Palace",
         "France and Germany have a special responsibility"},
        {"Emmanuel Macron", "Paris", "Elysee Palace", "We must act together on energy prices"}}},
      // A body the lexicon does not know, whose site or document it is.
      {"Pezeshkian told the crown prince that Tehran did not seek war, according to a readout "
       "published on the Iranian presidency's website.",
       {{"Masoud Pezeshkian", "Tehran", "Iranian presidency", "Tehran did not seek war"}}},
      {"The talks were useful, according to a statement on the Saudi foreign ministry's website.",
       {{"Saudi Foreign Ministry", "Riyadh", "", "The talks were useful"}}},
      // The claim's comma inside the quotation that ends it.
      {"Araqchi stressed the need to stop \"the crimes of the regime,\" according to IRNA.",
       {{"Abbas Araghchi", "Tehran", "IRNA", "the need to stop the crimes of the regime"}}},
      {"\"The talks were useful,\" according to the Kremlin.",
       {{"Kremlin", "Moscow", "", "The talks were useful"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// Broadcasters named in the frame, after "quoted as saying by" or in an
// opening "In remarks broadcast by ...", relay the words.
// A source's phrase with an abbreviation: its period is no end of the
// phrase ("U.S." read as "U" was nobody).
TEST(ExtractRelayTest, AbbreviationsInsideTheSourcesPhrase) {
  const Case cases[] = {
      {"The two sides also discussed the war in Ukraine, according to the U.S. readout.",
       {{"U.S. readout", "Washington", "", "The two sides also discussed the war in Ukraine"}}},
      {"The ministers will meet again in March, Xinhua reported, citing U.S. officials.",
       {{"U.S. officials", "Washington", "Xinhua", "The ministers will meet again in March"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// "quoted X as saying": X speaks, whoever quoted him relays the words.
TEST(ExtractRelayTest, QuotedAsSayingIsTheQuotedOnesStatement) {
  const Case cases[] = {
      {"China's official Xinhua news agency quoted Xi as saying that both sides should see each "
       "other's development as an opportunity.",
       {{"Xi Jinping", "Beijing", "Xinhua",
         "both sides should see each other's development as an opportunity"}}},
      {"TASS quoted Lavrov as saying: \"We are ready for talks.\"",
       {{"Sergei Lavrov", "Moscow", "TASS", "We are ready for talks"}}},
      {"The Kremlin cited Putin as saying that Russia wanted peace.",
       {{"Vladimir Putin", "Moscow", "Kremlin", "Russia wanted peace"}}},
  };
  for (const Case& c : cases) expect_all(c);
  // "as saying" without "quoted" before the phrase is no such frame.
  EXPECT_TRUE(extract_text("The talks ended as saying goes.").empty());
}

// Whom an outlet cites is the speaker, wherever the citing phrase stands:
// between the verb and "that", between the subject and the verb, or last.
// The passive with the one who quoted after "by".
TEST(ExtractRelayTest, QuotedByAnOutletAsSaying) {
  const Case cases[] = {
      {"Lavrov was quoted by TASS as saying that Moscow was ready for talks.",
       {{"Sergei Lavrov", "Moscow", "TASS", "Moscow was ready for talks"}}},
      {"Putin was cited by the Kremlin as saying the talks were useful.",
       {{"Vladimir Putin", "Moscow", "Kremlin", "the talks were useful"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

TEST(ExtractRelayTest, TheSourceAnOutletCitesSpeaks) {
  const Case cases[] = {
      {"Kyodo News reported, citing unnamed government sources, that the talks had stalled.",
       {{"unnamed government sources", "other", "Kyodo", "the talks had stalled"}}},
      {"Reuters, citing diplomats, reported that the talks had stalled.",
       {{"diplomats", "other", "Reuters", "the talks had stalled"}}},
      {"Reuters reported that the talks had stalled, citing diplomats.",
       {{"diplomats", "other", "Reuters", "the talks had stalled"}}},
      // "News" ending an outlet's name is no determiner before a noun.
      {"ABC News reported that the talks had stalled.",
       {{"ABC News", "other", "", "the talks had stalled"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// An aside set off by commas between the verb and "that": a relay or a
// phrase of circumstance, not the end of the frame.
TEST(ExtractRelayTest, AnAsideBetweenTheVerbAndThat) {
  const Case cases[] = {
      {"Ilham Aliyev said, as quoted by AZERTAC, that Baku was ready to sign the treaty.",
       {{"Ilham Aliyev", "Baku", "AZERTAC", "Baku was ready to sign the treaty"}}},
      {"The Kremlin said, in a statement, that the two leaders agreed to meet soon.",
       {{"Kremlin", "Moscow", "", "the two leaders agreed to meet soon"}}},
      {"The Kremlin said, after the call, that the two leaders agreed to meet soon.",
       {{"Kremlin", "Moscow", "", "the two leaders agreed to meet soon"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

TEST(ExtractRelayTest, BroadcastersNamedInTheFrameRelay) {
  const Case cases[] = {
      {"\"Japan and China share a responsibility for the region,\" Ishiba was quoted as saying "
       "by public broadcaster NHK.",
       {{"Shigeru Ishiba", "Tokyo", "NHK",
         "Japan and China share a responsibility for the "
         "region"}}},
      {"In remarks broadcast by state broadcaster CCTV, Xi said China and Japan must respect "
       "each other's core concerns.",
       {{"Xi Jinping", "Beijing", "CCTV",
         "China and Japan must respect each other's core "
         "concerns"}}},
      {"Kishida told the Jiji Press news agency that Tokyo wants stable ties with Beijing.",
       {{"Fumio Kishida", "Tokyo", "Jiji Press", "Tokyo wants stable ties with Beijing"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// Outlets of other countries (the lexicon's media): told to one, a
// source's words have it as relay, not as addressee.
TEST(ExtractRelayTest, OutletsOfOtherCountriesRelay) {
  const Case cases[] = {
      {"Olaf Scholz told Der Spiegel that Germany would keep supplying air defence systems.",
       {{"Olaf Scholz", "Berlin", "Der Spiegel",
         "Germany would keep supplying air defence systems"}}},
      {"Emmanuel Macron told Le Monde that Europe must rearm.",
       {{"Emmanuel Macron", "Paris", "Le Monde", "Europe must rearm"}}},
      {"Antony Blinken told The Wall Street Journal that the talks had been useful.",
       {{"Antony Blinken", "Washington", "The Wall Street Journal", "the talks had been useful"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// A medium the lexicon does not know relays by the name after the noun that
// says what it is.
TEST(ExtractRelayTest, AnUnknownMediumNamedAfterItsKind) {
  const Case cases[] = {
      {"The Algerian foreign ministry, quoted by state news agency APS, said Algiers took note "
       "of the statements.",
       {{"Algerian foreign ministry", "Algiers", "APS", "Algiers took note of the statements"}}},
      {"Ahmed Attaf, quoted by the daily El Watan, said the visit was premature.",
       {{"Ahmed Attaf", "Algiers", "El Watan", "the visit was premature"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// A government's news agency reporting what the other side's official said
// passes on its government's readout: that government's account, when the
// government takes part (one of its officials named). Not words told to
// someone, nor another government's own statement.
TEST(ExtractRelayTest, AStateAgencyPassesOnItsGovernmentsReadout) {
  const Case cases[] = {
      {"Faisal bin Farhan spoke with Abbas Araghchi on Sunday. Araghchi expressed Tehran's "
       "appreciation for the Kingdom's position, SPA reported.",
       {{"Abbas Araghchi", "Riyadh", "Saudi Press Agency",
         "Tehran's appreciation for the Kingdom's position"}}},
      {"Faisal bin Farhan spoke with Abbas Araghchi on Sunday. Faisal bin Farhan stressed the "
       "importance of restraint, IRNA reported.",
       {{"Faisal bin Farhan", "Tehran", "IRNA", "the importance of restraint"}}},
      // A state broadcaster, a state newspaper: the same.
      {"Wang Yi held phone talks with Yoko Kamikawa on Friday. Kamikawa said Japan's position "
       "remained unchanged, CGTN reported.",
       {{"Yoko Kamikawa", "Beijing", "CGTN", "Japan's position remained unchanged"}}},
      {"Hakan Fidan met Sergei Lavrov on Tuesday. Lavrov said Moscow valued Ankara's mediation, "
       "TRT reported.",
       {{"Sergei Lavrov", "Ankara", "TRT", "Moscow valued Ankara's mediation"}}},
      // Quoted words are what the official said to the press.
      {"Wang Yi held phone talks with Penny Wong on Friday. \"We will always stand up for our "
       "national interest,\" Wong said, CGTN reported.",
       {{"Penny Wong", "Canberra", "CGTN", "We will always stand up for our national interest"}}},
      // A private outlet of a government's country passes on no readout.
      {"Hakan Fidan met Sergei Lavrov on Tuesday. Lavrov said Moscow valued Ankara's mediation, "
       "Hurriyet reported.",
       {{"Sergei Lavrov", "Moscow", "Hurriyet", "Moscow valued Ankara's mediation"}}},
      // No official of the agency's government named: the speaker's own.
      {"Claudia Sheinbaum spoke with Donald Trump on Tuesday. Sheinbaum said the call had been "
       "good, Xinhua reported.",
       {{"Claudia Sheinbaum", "Mexico City", "Xinhua", "the call had been good"}}},
      // Told the agency: first-hand.
      {"Wang Yi met Sergei Lavrov on Tuesday. Lavrov told Xinhua that the talks had been useful.",
       {{"Sergei Lavrov", "Moscow", "Xinhua", "the talks had been useful"}}},
      // The other government's own statement, relayed.
      {"Wang Yi met Sergei Lavrov on Tuesday. The Kremlin said the talks had been useful, Xinhua "
       "reported.",
       {{"Kremlin", "Moscow", "Xinhua", "the talks had been useful"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

TEST(ExtractRelayTest, QuotationsRunOnWithTheSpeakerQuotedLast) {
  const Case cases[] = {
      // Left open at the end of a paragraph and reopened in the next one.
      {"\"Our people are home,\" Zelensky wrote on Telegram. \"We will bring everyone back.\n\n"
       "\"No one will be forgotten.\"",
       {{"Volodymyr Zelensky", "Kyiv", "", "Our people are home"},
        {"Volodymyr Zelensky", "Kyiv", "",
         "We will bring everyone back. No one will be forgotten"}}},
      // Closed in each paragraph.
      {"\"The talks were useful,\" Lavrov said. \"We will meet again.\"\n\n\"Nothing is "
       "decided yet.\"",
       {{"Sergei Lavrov", "Moscow", "", "The talks were useful"},
        {"Sergei Lavrov", "Moscow", "", "We will meet again"},
        {"Sergei Lavrov", "Moscow", "", "Nothing is decided yet"}}},
      // A sentence between may bring another speaker: the quotation is not
      // Lavrov's but that of the subject it introduces.
      {"\"The talks were useful,\" Lavrov said. Peskov was asked about the talks.\n\n"
       "\"Nothing is decided yet.\"",
       {{"Sergei Lavrov", "Moscow", "", "The talks were useful"},
        {"Dmitry Peskov", "Moscow", "", "Nothing is decided yet"}}},
      // A quotation of two sentences with its own frame after it.
      {"\"The talks were useful,\" Lavrov said.\n\n\"We disagree. Much remains to be done,\" "
       "Cavusoglu said.",
       {{"Sergei Lavrov", "Moscow", "", "The talks were useful"},
        {"Mevlut Cavusoglu", "Ankara", "", "We disagree. Much remains to be done"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

TEST(ExtractRelayTest, ClauseWithABareNounSubject) {
  const Case cases[] = {
      {"A Ukrainian presidential official said further exchanges were being discussed.",
       {{"Ukrainian presidential official", "Kyiv", "", "further exchanges were being discussed"}}},
      {"Peskov said new talks would follow.",
       {{"Dmitry Peskov", "Moscow", "", "new talks would follow"}}},
      {"Peskov said prisoner exchanges had been agreed.",
       {{"Dmitry Peskov", "Moscow", "", "prisoner exchanges had been agreed"}}},
      // A longer subject, or a verb in the past.
      {"Narendra Modi said peace and stability on the border should remain the priority.",
       {{"Narendra Modi", "New Delhi", "",
         "peace and stability on the border should remain the priority"}}},
      {"Blinken said differences remained on Taiwan.",
       {{"Antony Blinken", "Washington", "", "differences remained on Taiwan"}}},
      // No verb after the noun, or the speaker's own second verb: not a clause.
      {"Peskov said nothing about the talks.", {}},
      {"Lavrov said goodbye and left.", {}},
  };
  for (const Case& c : cases) expect_all(c);
}

// A trailing "..., OUTLET reported" after a whole attributed clause names the
// clause's relay, also when the clause ends in a quotation; "state" before a
// medium ("state broadcaster CCTV") is no reporting verb.
TEST(ExtractRelayTest, TrailingOutletAfterAFrameIsItsRelay) {
  const Case cases[] = {
      {"Xi warned that those who seek Taiwan independence were \"playing with fire\", state "
       "broadcaster CCTV reported.",
       {{"Xi Jinping", "Beijing", "CCTV",
         "those who seek Taiwan independence were playing with fire"}}},
      {"Lavrov said that Moscow was \"open to dialogue\", RIA Novosti reported.",
       {{"Sergei Lavrov", "Moscow", "RIA Novosti", "Moscow was open to dialogue"}}},
      {"Erdogan told Putin that a ceasefire was needed, Anadolu reported.",
       {{"Recep Tayyip Erdogan", "Ankara", "Anadolu", "a ceasefire was needed"}}},
      // A quotation that is the whole clause keeps its frame after it.
      {"\"Whoever plays with fire will get burnt,\" state media reported.",
       {{"state media", "other", "", "Whoever plays with fire will get burnt"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// "X told Y that ..., X told reporters": the speaker who tells the words on
// himself is no relay.
TEST(ExtractRelayTest, TheSpeakerIsNotHisOwnRelay) {
  const Case cases[] = {
      {"Blinken told Lavrov that Washington would support Ukraine, Blinken told reporters after "
       "the meeting.",
       {{"Antony Blinken", "Washington", "", "Washington would support Ukraine"}}},
      {"Wang Yi told Blinken that Taiwan was a red line, Wang said.",
       {{"Wang Yi", "Beijing", "", "Taiwan was a red line"}}},
      // Another speaker still relays.
      {"Blinken told Lavrov that Washington would support Ukraine, the State Department said.",
       {{"Antony Blinken", "Washington", "State Department", "Washington would support Ukraine"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// A word after a hyphen is no verb: "two-state" framed the quotation again
// and emptied the claim after "adding that".
TEST(ExtractRelayTest, AHyphenatedCompoundIsNoFrame) {
  const Case cases[] = {
      {"\"We should talk,\" Mitsotakis said, adding that Athens would never accept a two-state "
       "solution in Cyprus.",
       {{"Kyriakos Mitsotakis", "Athens", "", "We should talk"},
        {"Kyriakos Mitsotakis", "Athens", "",
         "Athens would never accept a two-state solution in "
         "Cyprus"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

// An according-to phrase inside the claim: the source speaks both halves;
// a verb of the subject after it is a statement of its own, relayed.
TEST(ExtractRelayTest, AccordingToInsideTheClaim) {
  const Case cases[] = {
      {"Chinese Foreign Minister Wang Yi spoke with Blinken. Wang agreed to continue "
       "consultations, according to the Chinese Foreign Ministry, but rejected the accusations.",
       {{"Chinese Foreign Ministry", "Beijing", "", "Wang agreed to continue consultations"},
        {"Wang Yi", "Beijing", "Chinese Foreign Ministry", "the accusations"}}},
      {"Chinese Foreign Minister Wang Yi spoke with Blinken. The two ministers, according to "
       "the Chinese Foreign Ministry, agreed to continue consultations and to meet again.",
       {{"Chinese Foreign Ministry", "Beijing", "",
         "The two ministers agreed to continue consultations and to meet again"}}},
      // Before a verb of speech the phrase only relays, as before.
      {"Chinese Foreign Minister Wang Yi spoke with Blinken. Wang, according to Xinhua, said "
       "the talks were candid.",
       {{"Wang Yi", "Beijing", "Xinhua", "the talks were candid"}}},
  };
  for (const Case& c : cases) expect_all(c);
}

}  // namespace
}  // namespace kd
