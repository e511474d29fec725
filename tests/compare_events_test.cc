// Event detection in one article: cues, participants (names and role
// phrases), kinds and dates.
#include <gtest/gtest.h>

#include "compare_test_util.h"

namespace kd {
namespace {

using testing::analyzed;
using testing::event_with;
using testing::make_doc;
using testing::St;
using testing::test_lexicon;
using testing::ymd;

Analysis run_on(std::vector<Document> docs) {
  Analysis a;
  for (Document& d : docs) a.documents.push_back(analyzed(std::move(d), {}));
  compare(a, test_lexicon(), testing::us_china());
  return a;
}

TEST(CompareEventsTest, NamedCallWithWeekdayResolvedAgainstTheDateline) {
  // 2023-06-15 was a Thursday: "on Tuesday" is 2023-06-13.
  Analysis a = run_on({make_doc(
      "a.txt",
      {"Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi spoke by phone on "
       "Tuesday, the State Department said."},
      ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  const Event& e = a.events[0];
  EXPECT_EQ(e.id, "E1");
  EXPECT_EQ(e.kind, EventKind::kCall);
  EXPECT_EQ(e.participants, (std::vector<std::string>{"Antony Blinken", "Wang Yi"}));
  EXPECT_EQ(e.sides, (std::vector<std::string>{"Washington", "Beijing"}));
  ASSERT_TRUE(e.date.has_value());
  EXPECT_EQ(e.date->iso(), "2023-06-13");
  EXPECT_EQ(e.documents, (std::vector<std::string>{"a.txt"}));
}

// A visit under way is a meeting of the guest and the host named with it;
// a visit planned is none.
TEST(CompareEventsTest, AVisitUnderWayIsAMeeting) {
  Analysis a = run_on({make_doc(
      "a.txt",
      {"Joe Biden and Xi Jinping pledged on Wednesday to improve ties during Biden's first visit "
       "to Beijing in six years.",
       "Antony Blinken said he would discuss a visit to Washington by Wang Yi next year."},
      ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kMeeting);
  EXPECT_EQ(a.events[0].participants, (std::vector<std::string>{"Joe Biden", "Xi Jinping"}));
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-14");
}

// "The two leaders held talks" before any event names the two leaders of
// two sides named just before; "the two ministers" names no presidents.
TEST(CompareEventsTest, TheTwoLeadersNamedBeforeTheEvent) {
  Analysis a =
      run_on({make_doc("a.txt",
                       {"Joe Biden and Xi Jinping agreed on Wednesday to resume military contacts.",
                        "The two leaders held talks on the sidelines of the APEC summit."},
                       ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kMeeting);
  EXPECT_EQ(a.events[0].participants, (std::vector<std::string>{"Joe Biden", "Xi Jinping"}));
  Analysis b =
      run_on({make_doc("b.txt",
                       {"Joe Biden and Xi Jinping agreed on Wednesday to resume military contacts.",
                        "The two ministers held talks on the sidelines of the APEC summit."},
                       ymd(2023, 6, 15))});
  EXPECT_TRUE(b.events.empty());
}

// "spoke with X and, hours later, with Y": two calls of the one named
// first. A spokesperson named in the sentence took part in neither.
TEST(CompareEventsTest, ASecondCallLaterTheSameDayAndNoSpokesperson) {
  Analysis a = run_on({make_doc(
      "a.txt",
      {"Antony Blinken spoke by phone on Monday with Emmanuel Macron and, hours later, with Wang "
       "Yi, the State Department said.",
       "In the call with Macron, Blinken discussed Ukraine, spokesperson Lin Jian said."},
      ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_NE(event_with(a, {"Antony Blinken", "Emmanuel Macron"}), nullptr);
  EXPECT_NE(event_with(a, {"Antony Blinken", "Wang Yi"}), nullptr);
  for (const Event& e : a.events) EXPECT_EQ(e.participants.size(), 2u);
}

// A wire dateline without a year ("BEIJING, June 12 (Xinhua) --") dates
// the weekdays of its text in the corpus's year.
TEST(CompareEventsTest, AWireDatelineWithoutAYearInTheCorpusYear) {
  Document wire = make_doc("b.txt", {"BEIJING, June 12 (Xinhua) --",
                                     "Wang Yi and Antony Blinken spoke by phone on Monday."});
  wire.dropped.push_back({wire.paragraphs[0], "wire dateline"});
  wire.paragraphs.erase(wire.paragraphs.begin());
  wire.sentences.erase(wire.sentences.begin());
  for (Sentence& sentence : wire.sentences) sentence.paragraph = 0;
  Analysis a =
      run_on({make_doc("a.txt", {"Emmanuel Macron said France backs dialogue."}, ymd(2023, 6, 15)),
              std::move(wire)});
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-12");
}

TEST(CompareEventsTest, RolePhrasesNameTheOfficeHolders) {
  Analysis a = run_on({make_doc(
      "a.txt",
      {"The foreign ministers of the United States and China held a telephone conversation on "
       "Monday. Later, American and Chinese presidents met in Geneva."},
      ymd(2023, 6, 15))});
  const Event* call = event_with(a, {"Antony Blinken", "Wang Yi"});
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->kind, EventKind::kCall);
  EXPECT_EQ(call->date->iso(), "2023-06-12");
  const Event* meeting = event_with(a, {"Joe Biden", "Xi Jinping"});
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->kind, EventKind::kMeeting);
}

TEST(CompareEventsTest, SeveralHoldersOfAnOfficeTheArticleNamesWins) {
  // The lexicon knows two French foreign ministers; the article names Martin.
  Analysis a = run_on({make_doc("a.txt",
                                {"Claire Martin arrived in Asia. The French top diplomat spoke by "
                                 "phone with Wang Yi on Friday."},
                                ymd(2020, 7, 4))});
  EXPECT_NE(event_with(a, {"Claire Martin", "Wang Yi"}), nullptr);
  EXPECT_EQ(event_with(a, {"Jean Dupont", "Wang Yi"}), nullptr);
}

TEST(CompareEventsTest, AmbiguousOfficeHolderIsNotGuessed) {
  Analysis a = run_on(
      {make_doc("a.txt", {"The French foreign minister spoke by phone with Wang Yi on Friday."},
                ymd(2020, 7, 4))});
  EXPECT_TRUE(a.events.empty());
}

TEST(CompareEventsTest, CounterpartTakesTheOfficeOfThePersonNamedBefore) {
  Analysis a = run_on(
      {make_doc("a.txt", {"Wang Yi held talks with his American counterpart in Beijing on Monday."},
                ymd(2023, 6, 15))});
  const Event* e = event_with(a, {"Wang Yi", "Antony Blinken"});
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EventKind::kMeeting);  // "talks" without a phone: a meeting
}

// Of several holders of the counterpart's office, the one titled as the
// person named before is: India's foreign minister, not its foreign
// secretary (both "foreign affairs"), for a foreign minister's counterpart.
TEST(CompareEventsTest, CounterpartOfTheSameTitleAmongSeveralHolders) {
  Lexicon lex = test_lexicon();
  ASSERT_TRUE(merge_lexicon_json(lex, R"({
    "entities": [
      {"name": "Vikram Rao", "side": "New Delhi", "role": "foreign secretary"},
      {"name": "Arjun Mehta", "side": "New Delhi", "role": "foreign minister"}
    ],
    "sides": [{"side": "New Delhi", "words": ["India", "Indian"]}]})",
                                 "extra")
                  .ok());
  Analysis a;
  a.documents.push_back(analyzed(
      make_doc("a.txt", {"Wang Yi held talks with his Indian counterpart in Beijing on Monday."},
               ymd(2023, 6, 15)),
      {}));
  compare(a, lex, CompareOptions{"Beijing", "New Delhi"});
  EXPECT_NE(event_with(a, {"Wang Yi", "Arjun Mehta"}), nullptr);
}

TEST(CompareEventsTest, OneArticleSeveralEventsAndRelativeDates) {
  // Undated article: "March 3" takes the corpus year from the dated one;
  // "on Thursday" is the first Thursday after the latest date in the text;
  // "one day after" puts the presidents' call on the Wednesday before.
  Analysis a = run_on({
      make_doc("dated.txt", {"Nothing about calls here."}, ymd(2021, 3, 20)),
      make_doc("undated.txt",
               {"The foreign ministers of the United States and China spoke by phone on Thursday, "
                "after a ceasefire agreed on March 3.",
                "The phone call came one day after a conversation between President Joe Biden and "
                "his Chinese counterpart Xi Jinping.",
                "A separate phone talk between the two countries' leaders, Joe Biden and Emmanuel "
                "Macron, followed the first call."}),
  });
  const Event* ministers = event_with(a, {"Antony Blinken", "Wang Yi"});
  const Event* presidents = event_with(a, {"Joe Biden", "Xi Jinping"});
  const Event* french = event_with(a, {"Joe Biden", "Emmanuel Macron"});
  ASSERT_NE(ministers, nullptr);
  ASSERT_NE(presidents, nullptr);
  ASSERT_NE(french, nullptr);
  EXPECT_EQ(ministers->date->iso(), "2021-03-04");  // Thursday after Wednesday March 3
  EXPECT_EQ(ministers->date_source, DateSource::kCorpus);
  EXPECT_EQ(presidents->date->iso(), "2021-03-03");
  EXPECT_EQ(french->date->iso(), "2021-03-03");  // same paragraph flow: the previous call's day
  // Ids follow the dates.
  EXPECT_EQ(presidents->id, "E1");
}

TEST(CompareEventsTest, BackReferenceWithADateDatesTheEvent) {
  Analysis a = run_on({make_doc("a.txt",
                                {"Earlier this month Joe Biden discussed trade in telephone "
                                 "conversations with Xi Jinping. The talks were held on May 2.",
                                 "Officials said on May 20 that the two sides would meet again."},
                                ymd(2022, 5, 21))});
  const Event* e = event_with(a, {"Joe Biden", "Xi Jinping"});
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date->iso(), "2022-05-02");
}

TEST(CompareEventsTest, VagueDatesAreNotTheDateline) {
  Analysis a = run_on(
      {make_doc("a.txt", {"Joe Biden and Xi Jinping spoke by phone last week, officials said."},
                ymd(2022, 5, 21))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_FALSE(a.events[0].date.has_value());
  Analysis b = run_on({make_doc(
      "a.txt", {"Joe Biden and Xi Jinping spoke by phone, officials said."}, ymd(2022, 5, 21))});
  ASSERT_EQ(b.events.size(), 1u);
  EXPECT_EQ(b.events[0].date->iso(), "2022-05-21");
  EXPECT_EQ(b.events[0].date_source, DateSource::kPublished);
}

TEST(CompareEventsTest, MetWithAnObjectIsAMeeting) {
  // "X met Y" as wire copy writes it, without "with" or "in".
  Analysis a = run_on({make_doc(
      "a.txt",
      {"Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Tuesday, the "
       "State Department said."},
      ymd(2023, 6, 15))});
  const Event* e = event_with(a, {"Antony Blinken", "Wang Yi"});
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EventKind::kMeeting);
  ASSERT_TRUE(e->date.has_value());
  EXPECT_EQ(e->date->iso(), "2023-06-13");
  // One participant: "met" alone makes no event.
  EXPECT_TRUE(
      run_on({make_doc("a.txt", {"Antony Blinken met the press on Tuesday."}, ymd(2023, 6, 15))})
          .events.empty());
}

TEST(CompareEventsTest, PlannedEventsAreNotReports) {
  // Future and infinitive clauses announce another event; none is recorded.
  const char* kPlanned[] = {
      "Antony Blinken will meet Wang Yi in Bali next week.",
      "Officials said Antony Blinken would travel to Beijing for talks with Wang Yi.",
      "Antony Blinken plans to hold talks with Wang Yi on Friday.",
      "Antony Blinken is expected to meet with Wang Yi, the State Department said.",
      // A meeting spoken of, not held: its plans, its date, a possible one.
      "No date has been set for a meeting between Antony Blinken and Wang Yi.",
      "Officials discussed plans for talks between Antony Blinken and Wang Yi.",
      "Aides prepared a possible meeting between Antony Blinken and Wang Yi.",
      "Officials discussed preparations for the informal summit between Antony Blinken and Wang "
      "Yi.",
      // An invitation to a summit.
      "Joe Biden invited Xi Jinping to the summit in San Francisco.",
  };
  for (const char* text : kPlanned)
    EXPECT_TRUE(run_on({make_doc("a.txt", {text}, ymd(2023, 6, 15))}).events.empty()) << text;
  // The same pair in the past is a report.
  EXPECT_EQ(run_on({make_doc("a.txt", {"Antony Blinken held talks with Wang Yi on Friday."},
                             ymd(2023, 6, 15))})
                .events.size(),
            1u);
  // A call held to prepare a summit, whose name stands between: the call.
  for (const char* text :
       {"Antony Blinken and Wang Yi discussed preparations for the summit in a phone "
        "conversation on Tuesday.",
        "Antony Blinken and Wang Yi discussed preparations for the second China-Central Asia "
        "Summit in a phone conversation on Tuesday.",
        // South Asian English.
        "Antony Blinken held a telephonic conversation with Wang Yi on Tuesday."}) {
    const Analysis a = run_on({make_doc("a.txt", {text}, ymd(2023, 6, 15))});
    ASSERT_EQ(a.events.size(), 1u) << text;
    EXPECT_EQ(a.events[0].kind, EventKind::kCall) << text;
    ASSERT_TRUE(a.events[0].date.has_value()) << text;
    EXPECT_EQ(a.events[0].date->iso(), "2023-06-13") << text;
  }
  // Agency English: "held discussion with" on the margins of a meeting.
  const Analysis margins = run_on(
      {make_doc("a.txt",
                {"Antony Blinken held discussion with Wang Yi on Tuesday on the margins of the "
                 "ASEAN ministerial meeting."},
                ymd(2023, 6, 15))});
  ASSERT_EQ(margins.events.size(), 1u);
  EXPECT_EQ(margins.events[0].kind, EventKind::kMeeting);
}

// People the lexicon does not know take part in events when they speak in
// the article under a full, capitalised name: named in full, or by surname
// after that (surname first or last).
TEST(CompareEventsTest, SpeakersTheLexiconDoesNotKnowAreParticipants) {
  auto analysis = [](std::vector<std::string> paragraphs, std::vector<testing::St> statements) {
    Analysis a;
    a.documents.push_back(
        analyzed(make_doc("a.txt", std::move(paragraphs), ymd(2025, 1, 28)), statements));
    compare(a, test_lexicon(), CompareOptions{});
    return a;
  };
  const testing::St rao{"the talks were useful", "Arvind Rao", "New Delhi"};
  const testing::St li{"China was ready to work with India", "Li Ming", "Beijing"};
  Analysis a =
      analysis({"Indian Foreign Secretary Arvind Rao met Chinese Vice Foreign Minister "
                "Li Ming in Beijing on Monday.",
                "Rao said the talks were useful.", "Li said China was ready to work with India."},
               {rao, li});
  const Event* e = event_with(a, {"Arvind Rao", "Li Ming"});
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EventKind::kMeeting);
  EXPECT_EQ(e->sides, (std::vector<std::string>{"New Delhi", "Beijing"}));
  // By surname once named in full.
  a = analysis({"Indian Foreign Secretary Arvind Rao spoke with Li Ming on Monday.",
                "Later Rao met Li in Beijing on Tuesday.", "Rao said the talks were useful.",
                "Li said China was ready to work with India."},
               {rao, li});
  EXPECT_EQ(a.events.size(), 2u);
  // A particle inside a name ("van").
  a = analysis({"Dutch Foreign Minister Jan van Dijk met Arvind Rao in The Hague on Monday.",
                "Van Dijk said the talks were useful.", "Rao said the talks were useful."},
               {{"the talks were useful", "Jan van Dijk", "The Hague"}, rao});
  EXPECT_NE(event_with(a, {"Jan van Dijk", "Arvind Rao"}), nullptr);
  // Who does not speak, or speaks under a description, is no participant.
  a = analysis({"Arvind Rao met the Chinese delegation on Monday.",
                "The two sides said the talks were useful."},
               {{"the talks were useful", "two sides", "joint"}});
  EXPECT_TRUE(a.events.empty());
}

// Named in full after a title of a side, a person the lexicon does not know
// takes part though he does not speak ("held indirect talks": a gap in the
// cue); a title without a side, or a run of capitals that goes on (a body's
// name), names no one.
TEST(CompareEventsTest, TitledPeopleTheLexiconDoesNotKnowAreParticipants) {
  struct Case {
    std::string sentence;
    std::vector<std::string> participants;  // empty: no event
  };
  const std::vector<Case> cases = {
      {"Chinese Vice Foreign Minister Li Ming held indirect talks with French Foreign Minister "
       "Paul Girard on Monday.",
       {"Li Ming", "Paul Girard"}},
      {"Li Ming met France's Foreign Minister Paul Girard in Paris on Monday.", {}},
      {"Antony Blinken met China's Vice Foreign Minister, Li Ming, in Beijing on Monday.",
       {"Antony Blinken", "Li Ming"}},
      {"Antony Blinken met Foreign Minister Li Ming in Beijing on Monday.", {}},
      // The side after the title ("of Foreign Affairs of France"), then a
      // name of one word or more.
      {"Minister of Foreign Affairs of the Republic of France Girard had a telephone "
       "conversation with Antony Blinken on Monday.",
       {"Girard", "Antony Blinken"}},
      {"Minister of Foreign Affairs of China Li Ming had a telephone conversation with Minister "
       "of Foreign Affairs of France Paul Girard on Monday.",
       {"Li Ming", "Paul Girard"}},
      {"Antony Blinken met Chinese Minister Li Ming Trade Office staff on Monday.", {}},
  };
  for (const Case& c : cases) {
    Analysis a;
    a.documents.push_back(analyzed(make_doc("a.txt", {c.sentence}, ymd(2025, 1, 28)), {}));
    compare(a, test_lexicon(), CompareOptions{});
    if (c.participants.empty()) {
      EXPECT_TRUE(a.events.empty()) << c.sentence;
      continue;
    }
    ASSERT_EQ(a.events.size(), 1u) << c.sentence;
    EXPECT_EQ(a.events[0].participants, c.participants) << c.sentence;
  }
}

// What makes a meeting a prospect is the lexicon's ("prospect" cues), not
// the code's: a new word there takes effect with no other change.
TEST(CompareEventsTest, ProspectWordsComeFromTheLexicon) {
  const char* kText = "Aides prepared a tentative meeting between Antony Blinken and Wang Yi.";
  auto events_with = [&](const Lexicon& lex) {
    Analysis a;
    a.documents.push_back(analyzed(make_doc("a.txt", {kText}, ymd(2023, 6, 15)), {}));
    compare(a, lex, testing::us_china());
    return a.events.size();
  };
  EXPECT_EQ(events_with(test_lexicon()), 1u);
  Lexicon lex = test_lexicon();
  lex.event_cues.push_back(EventCue{"tentative", "prospect"});
  EXPECT_EQ(events_with(lex), 0u);
}

// "separate calls with X and Y": one event with each (events.json kind
// "separate"); without the word, one event of the three.
TEST(CompareEventsTest, SeparateCallsAreOneEventWithEachParty) {
  Analysis a = run_on({make_doc("a.txt",
                                {"Antony Blinken held separate phone calls with Wang Yi and "
                                 "Emmanuel Macron on Tuesday."},
                                ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_NE(event_with(a, {"Antony Blinken", "Wang Yi"}), nullptr);
  EXPECT_NE(event_with(a, {"Antony Blinken", "Emmanuel Macron"}), nullptr);
  Analysis b = run_on({make_doc(
      "a.txt", {"Antony Blinken held phone calls with Wang Yi and Emmanuel Macron on Tuesday."},
      ymd(2023, 6, 15))});
  ASSERT_EQ(b.events.size(), 1u);
  EXPECT_EQ(b.events[0].participants.size(), 3u);
}

// A relative clause about the subject ("who accompanied Biden") names no
// participant of the event; one of the subject's own side is no other party
// of "separate" talks. The cue inside the relative clause keeps its people.
TEST(CompareEventsTest, PeopleOfARelativeClauseOrTheSameSideAreNotParties) {
  struct Case {
    std::string sentence;
    std::vector<std::vector<std::string>> events;
  };
  const std::vector<Case> cases = {
      {"Antony Blinken, who accompanied Joe Biden, met Wang Yi separately on Tuesday.",
       {{"Antony Blinken", "Wang Yi"}}},
      {"Antony Blinken, who accompanied Joe Biden, also met Wang Yi on Tuesday.",
       {{"Antony Blinken", "Wang Yi"}}},
      {"Joe Biden, who met Xi Jinping on Tuesday, said the talks were useful.",
       {{"Joe Biden", "Xi Jinping"}}},
      // A relative clause that places its event before the story's: an aside.
      {"Joe Biden, who spoke with Xi Jinping by phone a week before the summit, told reporters "
       "on Thursday that tariffs would stay.",
       {}},
      // Nor one in a clause of time after the cue.
      {"Antony Blinken met Chinese officials in Beijing on Tuesday, the first such meeting since "
       "Wang Yi took office.",
       {}},
      {"Antony Blinken and Joe Biden held separate phone calls with Wang Yi and Emmanuel Macron "
       "on Tuesday.",
       {{"Antony Blinken", "Wang Yi"}, {"Antony Blinken", "Emmanuel Macron"}}},
  };
  for (const Case& c : cases) {
    Analysis a = run_on({make_doc("a.txt", {c.sentence}, ymd(2023, 6, 15))});
    ASSERT_EQ(a.events.size(), c.events.size()) << c.sentence;
    for (const std::vector<std::string>& people : c.events)
      EXPECT_NE(event_with(a, people), nullptr) << c.sentence << " / " << people[1];
  }
}

// "During the phone call, X said": the call, before any event was
// reported, is X's with the person of another side named just before, and
// what X told him just before is its readout.
TEST(CompareEventsTest, TheCallOfThePeopleNamedJustBefore) {
  Analysis a;
  Document doc = make_doc("a.txt",
                          {"Joe Biden on Monday told his Chinese counterpart Xi Jinping that "
                           "tariffs would stay.",
                           "During the phone call, Biden said that trade talks would resume."},
                          ymd(2023, 6, 15));
  St told{"tariffs would stay", "Joe Biden", "Washington"};
  told.addressee = "Xi Jinping";
  a.documents.push_back(
      analyzed(doc, {told, {"trade talks would resume", "Joe Biden", "Washington"}}));
  compare(a, test_lexicon(), testing::us_china());
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kCall);
  EXPECT_EQ(a.events[0].participants, (std::vector<std::string>{"Joe Biden", "Xi Jinping"}));
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-12");  // "on Monday told"
  for (const DocumentAnalysis& d : a.documents)
    for (const Statement& st : d.statements) EXPECT_EQ(st.event.value_or(""), "E1") << st.claim;
}

// "The United States and China held talks": the people of the two
// countries named in the next sentence take part.
TEST(CompareEventsTest, TwoCountriesHeldTalksAndTheirPeopleFollow) {
  Analysis a = run_on({make_doc("a.txt",
                                {"The United States and China held talks in Geneva on Monday. "
                                 "Antony Blinken and Wang Yi sat in separate rooms."},
                                ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].participants, (std::vector<std::string>{"Antony Blinken", "Wang Yi"}));
  // Not from another paragraph.
  a = run_on({make_doc("a.txt",
                       {"The United States and China held talks in Geneva on Monday.",
                        "Antony Blinken and Wang Yi "
                        "met in Paris in May."},
                       ymd(2023, 6, 15))});
  for (const Event& e : a.events) EXPECT_FALSE(e.date && e.date->iso() == "2023-06-12");
}

// "last met in June 2024": another month's meeting takes no date of this
// story's; "China on Wednesday urged ..., a day after X and Y spoke": the
// call was on Tuesday.
TEST(CompareEventsTest, DaysThatAreNotTheEventsOwn) {
  Analysis a =
      run_on({make_doc("a.txt",
                       {"Joe Biden and Xi Jinping spoke by phone on Monday.",
                        "Joe Biden and Xi Jinping last met in person in Bali in June 2022."},
                       ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-12");
  EXPECT_FALSE(a.events[1].date.has_value());
  a = run_on({make_doc("a.txt",
                       {"China on Wednesday urged restraint, a day after Antony Blinken and Wang "
                        "Yi spoke by telephone."},
                       ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-13");
}

// "Blinken told Wang Yi on Tuesday that ... The call lasted 45 minutes": no
// sentence reported the event with its parties, but one referred to it; its
// parties are the people of two governments the lede names together, its day
// the lede's. Nothing referred to: no event.
TEST(CompareEventsTest, AnEventReferredToTakesThePartiesOfTheLede) {
  Analysis a = run_on({make_doc(
      "a.txt",
      {"Antony Blinken told Chinese Foreign Minister Wang Yi on Tuesday that the United States "
       "would stand by its allies, the State Department said.",
       "A senior official said the call lasted roughly 45 minutes."},
      ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kCall);
  EXPECT_EQ(a.events[0].participants, (std::vector<std::string>{"Antony Blinken", "Wang Yi"}));
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-13");
  a = run_on({make_doc("a.txt",
                       {"Joe Biden and Xi Jinping agreed on Wednesday to keep talking.",
                        "The meeting lasted two hours."},
                       ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kMeeting);
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-14");
  a = run_on({make_doc("a.txt",
                       {"Antony Blinken told Chinese Foreign Minister Wang Yi on Tuesday that the "
                        "United States would stand by its allies."},
                       ymd(2023, 6, 15))});
  EXPECT_TRUE(a.events.empty());
  // A cue of no parties takes those of the sentence after it, and keeps its day.
  a = run_on({make_doc("a.txt",
                       {"The United States and China held talks in Geneva on Monday.",
                        "Antony Blinken and Wang Yi sat in separate rooms."},
                       ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].participants, (std::vector<std::string>{"Antony Blinken", "Wang Yi"}));
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-12");
}

// "The previous telephone conversation between them took place on June 14":
// an earlier event, which neither dates nor joins the one talked about.
TEST(CompareEventsTest, ThePreviousCallIsAnotherEvent) {
  Analysis a = run_on({make_doc("a.txt",
                                {"Joe Biden and Xi Jinping held a telephone conversation.",
                                 "The previous telephone conversation between Biden and Xi "
                                 "took place on June 4."},
                                ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_FALSE(a.events[0].date && a.events[0].date->iso() == "2023-06-04");
}

// "the disputed July 28 election": a date that names a noun's day is no day
// of the event the sentence reports; "on June 4" is.
TEST(CompareEventsTest, ADateOfANounIsNoDayOfTheEvent) {
  Analysis a = run_on({make_doc("a.txt",
                                {"Joe Biden urged Xi Jinping in a phone call to honour the "
                                 "disputed June 4 agreement."},
                                ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_FALSE(a.events[0].date && a.events[0].date->iso() == "2023-06-04");
  a = run_on({make_doc("a.txt", {"Joe Biden and Xi Jinping spoke by phone on June 4."},
                       ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-04");
}

// "said on Friday that ... in a phone call": the day the words were said
// is no day of the call; the call told of elsewhere dates it.
TEST(CompareEventsTest, TheDayOfTheWordsIsNoDayOfTheEvent) {
  Analysis a = run_on({make_doc(
      "a.txt",
      {"Xi Jinping said on Wednesday that Joe Biden had assured him in a phone call that tariffs "
       "would fall.",
       "Joe Biden, writing late on Tuesday, said he had held a great call with Xi Jinping on "
       "Tuesday."},
      ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-13");
  // With nothing else to date the call, the day the words were said does,
  // before a date after a back-reference that may be another event's.
  a = run_on({make_doc(
      "a.txt",
      {"Joe Biden announced on Tuesday that tariffs would fall, a step he said had been agreed "
       "with Xi Jinping during talks in Beijing.",
       "Joe Biden said the US position was the one reflected in the joint statement of 7 April "
       "2022."},
      ymd(2023, 6, 15))});
  ASSERT_FALSE(a.events.empty());
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-13");
  // With nothing else to date the call, the day the words were said does.
  a = run_on({make_doc("a.txt",
                       {"Joe Biden and Xi Jinping agreed to talk again, the White House said on "
                        "Tuesday after the two leaders spoke by phone."},
                       ymd(2023, 6, 15))});
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2023-06-13");
}

// "from July 1", "by June 30", "until Friday": a period's start or end,
// told in what the sentence reports, is no day of the event.
TEST(CompareEventsTest, APeriodsBoundIsNoDayOfTheEvent) {
  for (const char* bound : {"from June 4", "by June 4", "until June 4", "starting June 4"}) {
    Analysis a = run_on(
        {make_doc("a.txt",
                  {std::string("Antony Blinken told reporters after meeting Wang Yi that flights "
                               "would resume ") +
                   bound + "."},
                  ymd(2023, 6, 15))});
    ASSERT_EQ(a.events.size(), 1u) << bound;
    EXPECT_FALSE(a.events[0].date && a.events[0].date->iso() == "2023-06-04") << bound;
  }
}

TEST(CompareEventsTest, NoEventWithoutTwoParticipants) {
  Analysis a = run_on({make_doc("a.txt",
                                {"Antony Blinken told reporters that the phone call was useful. "
                                 "The meeting with the press ended early."},
                                ymd(2023, 6, 15))});
  EXPECT_TRUE(a.events.empty());
}

TEST(CompareEventsTest, NamesInPossessivesAreNotParticipants) {
  Analysis a = run_on({make_doc(
      "a.txt", {"During a meeting with Chinese officials, Antony Blinken raised Wang Yi's letter."},
      ymd(2023, 6, 15))});
  EXPECT_TRUE(a.events.empty());
}

TEST(CompareEventsTest, JointStatementIsAStatementEvent) {
  Analysis a = run_on({make_doc(
      "a.txt",
      {"The presidents of France and the United States issued a joint statement on Monday."},
      ymd(2023, 6, 15))});
  const Event* e = event_with(a, {"Emmanuel Macron", "Joe Biden"});
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EventKind::kStatement);
}

// "met on the sidelines of the summit in Lima on Friday": the summit is
// where they met, not another event, so its date is the meeting's.
TEST(CompareEventsTest, ACueRestatedInItsClauseKeepsTheDate) {
  const char* kTexts[] = {
      "Antony Blinken and Wang Yi met on the sidelines of the G20 summit in Bali on Monday.",
      "Antony Blinken spoke with Wang Yi on the sidelines of the G20 summit on Monday.",
  };
  for (const char* text : kTexts) {
    Analysis a = run_on({make_doc("a.txt", {text}, ymd(2023, 6, 15))});
    const Event* e = event_with(a, {"Antony Blinken", "Wang Yi"});
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(e->kind, EventKind::kMeeting) << text;
    ASSERT_TRUE(e->date.has_value()) << text;
    EXPECT_EQ(e->date->iso(), "2023-06-12") << text;
  }
}

// Readouts write a meeting as the host's act: "X received Y in Baku",
// "X hosted Y". What a leader receives that is not a visitor (a call, a
// letter) is no meeting.
TEST(CompareEventsTest, ReceivedAndHostedAreMeetingsUnlessAThingIsReceived) {
  const struct {
    const char* text;
    const char* kind;  // "" = no event
  } kCases[] = {
      {"Antony Blinken received Wang Yi in Washington on Monday.", "meeting"},
      {"Antony Blinken hosted Wang Yi at the State Department on Monday.", "meeting"},
      {"Antony Blinken welcomed Wang Yi to Washington on Monday.", "meeting"},
      {"Antony Blinken received a phone call from Wang Yi on Monday.", "call"},
      {"Antony Blinken received a letter from Wang Yi on Monday.", ""},
      {"Antony Blinken welcomed the remarks of Wang Yi on Monday.", ""},
  };
  for (const auto& c : kCases) {
    Analysis a = run_on({make_doc("a.txt", {c.text}, ymd(2023, 6, 15))});
    if (!*c.kind) {
      EXPECT_TRUE(a.events.empty()) << c.text;
      continue;
    }
    ASSERT_EQ(a.events.size(), 1u) << c.text;
    EXPECT_STREQ(to_string(a.events[0].kind), c.kind) << c.text;
  }
}

TEST(CompareEventsTest, SpokeWithIsACallUnlessTheSentencePlacesIt) {
  const struct {
    const char* text;
    EventKind kind;
  } kCases[] = {
      {"Antony Blinken spoke with Wang Yi on Monday, the State Department said.", EventKind::kCall},
      {"Antony Blinken spoke with Wang Yi on the sidelines of the G20 summit on Monday.",
       EventKind::kMeeting},
      {"Antony Blinken spoke with Wang Yi in person on Monday.", EventKind::kMeeting},
      // A call cue of its own stays a call wherever the speakers were.
      {"Antony Blinken spoke by phone with Wang Yi on the sidelines of the G20 summit.",
       EventKind::kCall},
  };
  for (const auto& c : kCases) {
    Analysis a = run_on({make_doc("a.txt", {c.text}, ymd(2023, 6, 15))});
    const Event* e = event_with(a, {"Antony Blinken", "Wang Yi"});
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_EQ(e->kind, c.kind) << c.text;
  }
}

TEST(CompareEventsTest, InitiatorFromTheReport) {
  const struct {
    const char* text;
    const char* initiator;  // "" = none
  } kCases[] = {
      {"Joe Biden and Xi Jinping spoke by phone on Monday at the initiative of the Chinese side.",
       "Beijing"},
      // "the latter", "the former": the people named before the cue.
      {"Wang Yi held a phone conversation with Antony Blinken on Monday at the latter's request.",
       "Washington"},
      {"Wang Yi held a phone conversation with Antony Blinken on Monday at the former's request.",
       "Beijing"},
      // One person named before: "the latter" points at nobody.
      {"Wang Yi held a phone conversation on Monday at the latter's request.", ""},
      // "the Chinese side's": the side of the adjective before "side".
      {"Antony Blinken had a phone conversation with Wang Yi at the Chinese side's initiative.",
       "Beijing"},
      {"Wang Yi spoke by phone with Antony Blinken at the American party's request.", "Washington"},
  };
  for (const auto& c : kCases) {
    Analysis a = run_on({make_doc("a.txt", {c.text}, ymd(2023, 6, 15))});
    if (!*c.initiator) {
      for (const Event& e : a.events) EXPECT_FALSE(e.initiator.has_value()) << c.text;
      continue;
    }
    ASSERT_EQ(a.events.size(), 1u) << c.text;
    EXPECT_EQ(a.events[0].initiator.value_or(""), c.initiator) << c.text;
  }
}

}  // namespace
}  // namespace kd
