// Whole articles of other calls, meetings and government pairs than the
// seeds (tests/fixtures/*.txt, written in the styles of wire copy): the
// statements an analyst expects, with speaker, side, relay and sourcing,
// and the event each article reports.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "karabakh_diff/pipeline.h"

namespace kd {
namespace {

const std::string kDir = KD_SOURCE_DIR "/tests/fixtures/";

struct Expected {
  const char* file;
  const char* speaker;
  const char* side;  // nullptr: not checked (only the context tells it)
  const char* via;   // "" = none
  bool anonymous;
  Mode mode;
  const char* claim_start;  // the claim begins with this
};

const Expected kStatements[] = {
    // "the foreign ministry in Seoul", then "the ministry" for it; a comment
    // by a Tokyo official on "the meeting" the next day; "a ministry
    // official" when both governments' ministries spoke (no side).
    {"seoul_tokyo_meeting.txt", "South Korean Foreign Ministry", "Seoul", "", false,
     Mode::kIndirect, "South Korean Foreign Minister Cho Tae-yul held talks"},
    {"seoul_tokyo_meeting.txt", "South Korean Foreign Ministry", "Seoul", "", false, Mode::kMixed,
     "Cho asked Japan to take"},
    {"seoul_tokyo_meeting.txt", "Takeshi Iwaya", "Tokyo", "Japanese Foreign Ministry", false,
     Mode::kIndirect, "Tokyo would maintain close communication"},
    {"seoul_tokyo_meeting.txt", "Yoshimasa Hayashi", "Tokyo", "", false, Mode::kMixed,
     "the meeting had been meaningful"},
    {"seoul_tokyo_meeting.txt", "ministry official", "other", "", true, Mode::kIndirect,
     "Cho also urged Tokyo to respond"},
    // A spokesman the lexicon does not know, told to an agency.
    {"berlin_warsaw_meeting.txt", "German government", "Berlin", "", false, Mode::kIndirect,
     "the two leaders had also discussed reparations"},
    {"berlin_warsaw_meeting.txt", "Adam Szlapka", "Warsaw", "Polish Press Agency", false,
     Mode::kDirect, "The issue of reparations was not raised"},
    // A quote relayed by the state agency, after the speaker's name.
    {"washington_beijing_call.txt", "Wang Yi", "Beijing", "Xinhua", false, Mode::kDirect,
     "The U.S. side should correct its mistakes"},
    {"washington_beijing_call.txt", "senior U.S. official", "Washington", "", true, Mode::kMixed,
     "the call lasted about an hour"},
    // "According to a statement from the Chinese foreign ministry, Wang told Sullivan ..."
    {"washington_beijing_sullivan_wang.txt", "Wang Yi", "Beijing", "Chinese Foreign Ministry",
     false, Mode::kMixed, "Washington should correct its erroneous understanding"},
    {"washington_beijing_sullivan_wang.txt", "Wang Wenbin", "Beijing", "", false, Mode::kMixed,
     "the talks were frank"},
    // "The official added": the unnamed official quoted before.
    {"washington_beijing_sullivan_wang.txt", "senior administration official", nullptr, "", true,
     Mode::kIndirect, "Washington had raised concerns"},
    // A title before a name the lexicon does not know; the side of the
    // foreign ministry named last ("Chinese foreign ministry spokesperson").
    {"washington_beijing_sullivan_wang.txt", "Xie Feng", "Beijing", "", false, Mode::kIndirect,
     "China would never accept"},
    {"berlin_paris_meeting.txt", "Anne-Claire Legendre", "Paris", "", false, Mode::kIndirect,
     "the two leaders had agreed"},
    // A split quote, the frame ending "according to a statement released by his office".
    {"berlin_paris_meeting.txt", "Emmanuel Macron", "Paris", "Elysee Palace", false, Mode::kDirect,
     "We must act together on energy prices"},
    {"berlin_paris_meeting.txt", "French official", "Paris", "", true, Mode::kIndirect,
     "Paris had been frustrated"},
    // A quotation that runs on into the next paragraph.
    {"kyiv_moscow_prisoner_exchange.txt", "Volodymyr Zelensky", "Kyiv", "", false, Mode::kDirect,
     "We remember every one of them and will bring everyone back. No one will be forgotten"},
    // A name followed by its title: "Dmytro Lubinets, Ukraine's human rights commissioner, said".
    {"kyiv_moscow_prisoner_exchange.txt", "Dmytro Lubinets", "Kyiv", "", false, Mode::kMixed,
     "the swap had been extremely difficult"},
    {"kyiv_moscow_prisoner_exchange.txt", "Maria Zakharova", "Moscow", "TASS", false, Mode::kMixed,
     "Kyiv of sabotaging"},
    {"kyiv_moscow_prisoner_exchange.txt", "Ukrainian military intelligence official", "Kyiv", "",
     true, Mode::kIndirect, "further exchanges were being discussed"},
    // TASS: the ministry named in full, then "according to the ministry" and
    // "the Russian top diplomat".
    {"moscow_tehran_lavrov_call.txt", "Russian Foreign Ministry", "Moscow", "", false,
     Mode::kDirect, "The ministers reaffirmed their commitment"},
    {"moscow_tehran_lavrov_call.txt", "Russian Foreign Ministry", "Moscow", "", false,
     Mode::kIndirect, "the sides also exchanged views"},
    {"moscow_tehran_lavrov_call.txt", "Sergei Lavrov", "Moscow", "", false, Mode::kIndirect,
     "Russia and Iran were working together"},
    {"moscow_tehran_lavrov_call.txt", "Sergei Lavrov", "Moscow", "", false, Mode::kDirect,
     "We will continue to coordinate our steps"},
    {"moscow_tehran_lavrov_call.txt", "Maria Zakharova", "Moscow", "", false, Mode::kIndirect,
     "Western sanctions against Tehran"},
    {"moscow_tehran_lavrov_call.txt", "Saeed Khatibzadeh", "Tehran", "IRNA", false, Mode::kIndirect,
     "Tehran valued its strategic partnership"},
    // Anadolu: the presidency's written statement relays what Erdogan told Putin.
    {"ankara_moscow_erdogan_putin.txt", "Recep Tayyip Erdogan", "Ankara", "Turkish Presidency",
     false, Mode::kIndirect, "Türkiye was ready to host talks"},
    {"ankara_moscow_erdogan_putin.txt", "Fahrettin Altun", "Ankara", "", false, Mode::kIndirect,
     "the two leaders had also discussed"},
    {"ankara_moscow_erdogan_putin.txt", "Turkish diplomatic sources", "Ankara", "", true,
     Mode::kIndirect, "Foreign Minister Mevlut Cavusoglu would travel"},
    {"ankara_moscow_erdogan_putin.txt", "Mevlut Cavusoglu", "Ankara", "", false, Mode::kIndirect,
     "Türkiye expected Russia"},
    {"ankara_moscow_erdogan_putin.txt", "Kremlin", "Moscow", "", false, Mode::kIndirect,
     "Putin had informed Erdogan"},
    // Azernews: "the ministry said" after "the Azerbaijani Foreign Ministry's
    // press service"; Armenian officials relayed by Armenpress; told APA.
    {"baku_yerevan_mfa_exchange.txt", "Azerbaijani Foreign Ministry", "Baku", "", false,
     Mode::kIndirect, "Bayramov informed Lavrov"},
    {"baku_yerevan_mfa_exchange.txt", "Hikmet Hajiyev", "Baku", "", false, Mode::kIndirect,
     "the attack on Ganja was a war crime"},
    {"baku_yerevan_mfa_exchange.txt", "Zohrab Mnatsakanyan", "Yerevan", "Armenpress", false,
     Mode::kIndirect, "the Azerbaijani side bore full responsibility"},
    {"baku_yerevan_mfa_exchange.txt", "Shushan Stepanyan", "Yerevan", "", false, Mode::kIndirect,
     "the Azerbaijani army had resumed"},
    {"baku_yerevan_mfa_exchange.txt", "Leyla Abdullayeva", "Baku", "APA", false, Mode::kIndirect,
     "Baku remained committed to the ceasefire"},
    // A State Department readout (invented for the tests): "The Secretary"
    // is Blinken, named before the foreign minister he spoke with.
    {"washington_beijing_state_readout.txt", "Antony Blinken", "Washington", "", false,
     Mode::kIndirect, "the importance of maintaining open lines of communication"},
    {"washington_beijing_state_readout.txt", "Antony Blinken", "Washington", "", false,
     Mode::kIndirect, "about the PRC's support for Russia's defense industrial base"},
    {"washington_beijing_state_readout.txt", "Antony Blinken", "Washington", "", false,
     Mode::kIndirect, "the United States is committed to maintaining peace"},
    {"washington_beijing_state_readout.txt", "Antony Blinken", "Washington", "", false,
     Mode::kIndirect, "the two countries should build on progress"},
    {"washington_beijing_state_readout.txt", "Antony Blinken", "Washington", "", false,
     Mode::kIndirect, "senior officials of both governments would continue to meet"},
    // Xinhua (invented for the tests): the surname alone, also after an
    // apposition ("Wang, also a member of ..., said").
    {"beijing_brasilia_wang_vieira_call.txt", "Wang Yi", "Beijing", "", false, Mode::kIndirect,
     "China and Brazil are comprehensive strategic partners"},
    {"beijing_brasilia_wang_vieira_call.txt", "Wang Yi", "Beijing", "", false, Mode::kIndirect,
     "The Chinese side is willing to work with the Brazilian side"},
    {"beijing_brasilia_wang_vieira_call.txt", "Wang Yi", "Beijing", "", false, Mode::kIndirect,
     "dialogue and negotiation are the only viable way"},
    {"beijing_brasilia_wang_vieira_call.txt", "Mauro Vieira", "Brasilia", "", false,
     Mode::kIndirect, "Brazil is willing to maintain close coordination"},
    {"beijing_brasilia_wang_vieira_call.txt", "Lin Jian", "Beijing", "", false, Mode::kMixed,
     "the call was in-depth and productive"},
    // An MEA readout (invented for the tests): "EAM" is the External Affairs
    // Minister spelled out before "Dr. S. Jaishankar"; "EAM welcomed FM
    // Kamikawa ... and recalled" is his, not hers.
    {"new_delhi_tokyo_eam_meeting.txt", "Subrahmanyam Jaishankar", "New Delhi", "", false,
     Mode::kIndirect, "the warm and productive exchanges"},
    {"new_delhi_tokyo_eam_meeting.txt", "Subrahmanyam Jaishankar", "New Delhi", "", false,
     Mode::kIndirect, "India and Japan share a commitment"},
    {"new_delhi_tokyo_eam_meeting.txt", "Subrahmanyam Jaishankar", "New Delhi", "", false,
     Mode::kIndirect, "India looks forward to the early completion"},
    {"new_delhi_tokyo_eam_meeting.txt", "Yoko Kamikawa", "Tokyo", "", false, Mode::kIndirect,
     "Japan regards India as an indispensable partner"},
    {"new_delhi_tokyo_eam_meeting.txt", "Yoko Kamikawa", "Tokyo", "", false, Mode::kIndirect,
     "the two countries should work together on economic security"},
    {"new_delhi_tokyo_eam_meeting.txt", "Subrahmanyam Jaishankar", "New Delhi", "", false,
     Mode::kIndirect, "dialogue and diplomacy remain the way forward"},
    {"new_delhi_tokyo_eam_meeting.txt", "Randhir Jaiswal", "New Delhi", "", false, Mode::kIndirect,
     "the visit had further strengthened"},
    {"new_delhi_tokyo_eam_meeting.txt", "Japanese Foreign Ministry", "Tokyo", "", false,
     Mode::kIndirect, "Kamikawa had expressed her hope"},
    // AFP (invented for the tests): "Prince Faisal told the official Saudi
    // Press Agency", IRNA relaying Araghchi, an unnamed official of each side.
    {"riyadh_tehran_ministers_meeting.txt", "Saudi Foreign Ministry", "Riyadh", "", false,
     Mode::kIndirect, "The two ministers discussed bilateral relations"},
    {"riyadh_tehran_ministers_meeting.txt", "Faisal bin Farhan", "Riyadh", "Saudi Press Agency",
     false, Mode::kIndirect, "the kingdom was keen to build on the agreement"},
    {"riyadh_tehran_ministers_meeting.txt", "Faisal bin Farhan", "Riyadh", "", false, Mode::kDirect,
     "We believe that good neighbourliness"},
    {"riyadh_tehran_ministers_meeting.txt", "Abbas Araghchi", "Tehran", "IRNA", false, Mode::kMixed,
     "Tehran wanted a new chapter"},
    {"riyadh_tehran_ministers_meeting.txt", "Abbas Araghchi", "Tehran", "", false, Mode::kDirect,
     "Our policy is to strengthen relations"},
    {"riyadh_tehran_ministers_meeting.txt", "Saudi official", "Riyadh", "", true, Mode::kIndirect,
     "the talks lasted about two hours"},
    {"riyadh_tehran_ministers_meeting.txt", "Iranian official", "Tehran", "", true, Mode::kIndirect,
     "the two sides had agreed to set up working groups"},
    {"riyadh_tehran_ministers_meeting.txt", "Nasser Kanaani", "Tehran", "", false, Mode::kMixed,
     "the visit reflected the determination of both countries"},
    // Reuters (invented for the tests): both readouts, a ministry's Telegram
    // statement, Peskov to RIA Novosti, an official on condition of anonymity.
    {"washington_moscow_rubio_lavrov_call.txt", "Tammy Bruce", "Washington", "", false,
     Mode::kMixed, "Rubio and Lavrov discussed next steps"},
    {"washington_moscow_rubio_lavrov_call.txt", "Russian Foreign Ministry", "Moscow", "", false,
     Mode::kMixed, "the two ministers had agreed to maintain contacts"},
    {"washington_moscow_rubio_lavrov_call.txt", "Russian Foreign Ministry", "Moscow", "", false,
     Mode::kDirect, "The sides confirmed their mutual intention"},
    {"washington_moscow_rubio_lavrov_call.txt", "Dmitry Peskov", "Moscow", "RIA Novosti", false,
     Mode::kIndirect, "no date had yet been set"},
    {"washington_moscow_rubio_lavrov_call.txt", "senior administration official", nullptr, "", true,
     Mode::kIndirect, "Rubio had pressed Moscow"},
    {"washington_moscow_rubio_lavrov_call.txt", "senior administration official", nullptr, "", true,
     Mode::kDirect, "The ball is now in Russia's court"},
    {"washington_moscow_rubio_lavrov_call.txt", "Russian Foreign Ministry", "Moscow", "", false,
     Mode::kIndirect, "Lavrov had also raised the return"},
    {"washington_moscow_rubio_lavrov_call.txt", "Maria Zakharova", "Moscow", "", false,
     Mode::kMixed, "Western media had distorted"},
    // The Kremlin's own readout (invented for the tests): its agentless
    // passives are the Kremlin's account; the leaders' verbs are theirs.
    {"moscow_ankara_kremlin_readout.txt", "Kremlin", "Moscow", "", false, Mode::kIndirect,
     "The situation in Syria was discussed in detail"},
    // After the readout's own narration in the paragraph: no relay.
    {"moscow_ankara_kremlin_readout.txt", "Vladimir Putin", "Moscow", "", false, Mode::kIndirect,
     "the importance of ensuring the sovereignty"},
    {"moscow_ankara_kremlin_readout.txt", "Kremlin", "Moscow", "", false, Mode::kIndirect,
     "The parties agreed to continue coordinating"},
    {"moscow_ankara_kremlin_readout.txt", "Kremlin", "Moscow", "", false, Mode::kIndirect,
     "The leaders agreed to maintain contacts"},
    {"moscow_ankara_kremlin_readout.txt", "Recep Tayyip Erdogan", "Ankara", "", false,
     Mode::kIndirect, "about the steps taken by Ankara"},
    {"moscow_ankara_kremlin_readout.txt", "Vladimir Putin", "Moscow", "", false, Mode::kIndirect,
     "Russia remains open to negotiations"},
    {"moscow_ankara_kremlin_readout.txt", "Kremlin", "Moscow", "", false, Mode::kIndirect,
     "Topical issues of Russian-Turkish trade"},
    {"moscow_ankara_kremlin_readout.txt", "Kremlin", "Moscow", "", false, Mode::kIndirect,
     "mutual trade had grown"},
    // Kyodo (invented for the tests): "according to X", "was quoted as
    // saying by", "in remarks broadcast by", "wrote on X", "the prime
    // minister's office said", a joint statement.
    {"tokyo_beijing_sidelines_meeting.txt", "Shigeru Ishiba", "Tokyo", "", false, Mode::kIndirect,
     "the two leaders agreed to keep communicating"},
    {"tokyo_beijing_sidelines_meeting.txt", "Shigeru Ishiba", "Tokyo", "NHK", false, Mode::kDirect,
     "Japan and China have a major responsibility"},
    {"tokyo_beijing_sidelines_meeting.txt", "Xi Jinping", "Beijing", "Xinhua", false,
     Mode::kIndirect, "the two countries should view"},
    {"tokyo_beijing_sidelines_meeting.txt", "Xi Jinping", "Beijing", "CCTV", false, Mode::kMixed,
     "China and Japan must respect"},
    {"tokyo_beijing_sidelines_meeting.txt", "Shigeru Ishiba", "Tokyo", "", false, Mode::kIndirect,
     "he had conveyed serious concerns"},
    {"tokyo_beijing_sidelines_meeting.txt", "Japanese Prime Minister's Office", "Tokyo", "", false,
     Mode::kIndirect, "Ishiba had also urged Beijing"},
    {"tokyo_beijing_sidelines_meeting.txt", "Shigeru Ishiba and Xi Jinping", "joint", "", false,
     Mode::kIndirect, "they would resume a high-level economic dialogue"},
    {"tokyo_beijing_sidelines_meeting.txt", "Lin Jian", "Beijing", "", false, Mode::kMixed,
     "the meeting had been constructive"},
    // Officials the lexicon does not know (invented for the tests), named
    // in full once and then by surname, first or last.
    {"new_delhi_beijing_officials_meeting.txt", "Arvind Rao", "New Delhi",
     "Indian Ministry of External Affairs", false, Mode::kIndirect, "the two sides had agreed"},
    {"new_delhi_beijing_officials_meeting.txt", "Li Ming", "Beijing", "Chinese Foreign Ministry",
     false, Mode::kIndirect, "China was ready to work with India"},
    // A foreign ministry's own readout, its name on a line above the body.
    {"tokyo_beijing_mofa_readout.txt", "Wang Yi", "Beijing", "", false, Mode::kIndirect,
     "China is willing to work with Japan"},
    {"tokyo_beijing_mofa_readout.txt", "Japanese Foreign Ministry", "Tokyo", "", false,
     Mode::kIndirect, "The two Ministers agreed"},
    {"tokyo_beijing_sidelines_meeting.txt", "Japanese government official", "Tokyo", "", true,
     Mode::kIndirect, "the talks lasted about 30 minutes"},
};

Analysis analysis_of(const std::string& file) {
  RunOptions options;
  options.jobs = 1;
  return run({kDir + file}, default_lexicon(), options);
}

TEST(ArticlesTest, StatementsOfOtherGovernments) {
  for (const Expected& e : kStatements) {
    const Analysis a = analysis_of(e.file);
    ASSERT_EQ(a.documents.size(), 1u) << e.file;
    const Statement* found = nullptr;
    for (const Statement& s : a.documents[0].statements)
      if (s.speaker.name == e.speaker && s.claim.rfind(e.claim_start, 0) == 0) found = &s;
    ASSERT_NE(found, nullptr) << e.file << ": no statement of " << e.speaker << " \""
                              << e.claim_start << "...\"";
    if (e.side) {
      EXPECT_EQ(found->speaker.side, e.side) << e.speaker;
    }
    EXPECT_EQ(found->via.value_or(""), e.via) << e.speaker;
    EXPECT_EQ(found->speaker.anonymous, e.anonymous) << e.speaker;
    EXPECT_EQ(found->mode, e.mode) << e.speaker << ": " << to_string(found->mode);
  }
}

TEST(ArticlesTest, EventsOfOtherGovernments) {
  const struct {
    const char* file;
    EventKind kind;
    const char* date;
    std::vector<std::string> participants;
  } kEvents[] = {
      {"washington_beijing_call.txt",
       EventKind::kCall,
       "2023-03-02",
       {"Antony Blinken", "Wang Yi"}},
      // "met" with an object, as wire copy writes a meeting.
      {"washington_beijing_sullivan_wang.txt",
       EventKind::kMeeting,
       "2023-05-10",
       {"Jake Sullivan", "Wang Yi"}},
      {"berlin_paris_meeting.txt",
       EventKind::kMeeting,
       "2022-10-26",
       {"Olaf Scholz", "Emmanuel Macron"}},
      // "held a telephone conversation on Tuesday" in a Wednesday dispatch.
      {"moscow_tehran_lavrov_call.txt",
       EventKind::kCall,
       "2021-11-09",
       {"Sergei Lavrov", "Mohammad Javad Zarif"}},
      {"baku_yerevan_mfa_exchange.txt",
       EventKind::kCall,
       "2020-10-11",
       {"Jeyhun Bayramov", "Sergei Lavrov"}},
      // The ministers' trip "next week" is planned, not a second event.
      {"ankara_moscow_erdogan_putin.txt",
       EventKind::kCall,
       "2022-07-14",
       {"Recep Tayyip Erdogan", "Vladimir Putin"}},
      // "held a phone conversation ... on Wednesday" in a Thursday dispatch.
      {"beijing_brasilia_wang_vieira_call.txt",
       EventKind::kCall,
       "2024-04-10",
       {"Wang Yi", "Mauro Vieira"}},
      // Honorifics and the title after the name: "H.E. Ms. Yoko Kamikawa,
      // Minister for Foreign Affairs of Japan".
      {"new_delhi_tokyo_eam_meeting.txt",
       EventKind::kMeeting,
       "2024-03-07",
       {"Subrahmanyam Jaishankar", "Yoko Kamikawa"}},
      {"riyadh_tehran_ministers_meeting.txt",
       EventKind::kMeeting,
       "2024-08-17",
       {"Faisal bin Farhan", "Abbas Araghchi"}},
      // "At the initiative of the Turkish side, Vladimir Putin had a
      // telephone conversation with ...", dated by the readout's byline.
      {"moscow_ankara_kremlin_readout.txt",
       EventKind::kCall,
       "2025-01-14",
       {"Vladimir Putin", "Recep Tayyip Erdogan"}},
      // "No date had yet been set for a meeting between ..." is not another event.
      {"washington_moscow_rubio_lavrov_call.txt",
       EventKind::kCall,
       "2025-03-15",
       {"Marco Rubio", "Sergei Lavrov"}},
      // "met on the sidelines of the ... summit in Lima on Friday": Friday,
      // not the dateline's day.
      {"tokyo_beijing_sidelines_meeting.txt",
       EventKind::kMeeting,
       "2024-11-15",
       {"Shigeru Ishiba", "Xi Jinping"}},
      {"new_delhi_beijing_officials_meeting.txt",
       EventKind::kMeeting,
       "2025-01-27",
       {"Arvind Rao", "Li Ming"}},
      {"tokyo_beijing_mofa_readout.txt",
       EventKind::kCall,
       "2025-03-21",
       {"Takeshi Iwaya", "Wang Yi"}},
      // "held talks ... in Munich on Monday" in a Tuesday dispatch.
      {"seoul_tokyo_meeting.txt",
       EventKind::kMeeting,
       "2025-02-17",
       {"Cho Tae-yul", "Takeshi Iwaya"}},
      {"berlin_warsaw_meeting.txt",
       EventKind::kMeeting,
       "2025-05-07",
       {"Friedrich Merz", "Donald Tusk"}},
  };
  for (const auto& c : kEvents) {
    const Analysis a = analysis_of(c.file);
    ASSERT_EQ(a.events.size(), 1u) << c.file;
    EXPECT_EQ(a.events[0].kind, c.kind) << c.file;
    ASSERT_TRUE(a.events[0].date.has_value()) << c.file;
    EXPECT_EQ(a.events[0].date->iso(), c.date) << c.file;
    EXPECT_EQ(a.events[0].participants, c.participants) << c.file;
  }
}

// Japan's foreign ministry publishes the readout: what it says Wang Yi
// stated is Tokyo's account, compared with Beijing's own.
TEST(ArticlesTest, AForeignMinistrysReadoutIsItsGovernmentsAccount) {
  const Analysis a = analysis_of("tokyo_beijing_mofa_readout.txt");
  ASSERT_EQ(a.documents.size(), 1u);
  EXPECT_EQ(a.documents[0].doc.outlet.value_or(""), "Ministry of Foreign Affairs of Japan");
  size_t wang = 0;
  for (const Statement& s : a.documents[0].statements) {
    EXPECT_EQ(s.account, "Tokyo") << s.speaker.name << ": " << s.claim;
    wang += s.speaker.name == "Wang Yi" ? 1 : 0;
  }
  EXPECT_EQ(wang, 1u);
}

// Berlin says reparations were discussed, Warsaw's spokesman that they were
// not raised: a contradiction, each side's words in its own readout; the
// comments on the meeting in Seoul and Tokyo are readouts of it too.
TEST(ArticlesTest, OneSideSaysDiscussedTheOtherNotRaised) {
  const Analysis a = analysis_of("berlin_warsaw_meeting.txt");
  ASSERT_EQ(a.events.size(), 1u);
  const Event& e = a.events[0];
  EXPECT_EQ(a.documents[0].doc.outlet.value_or(""), "dpa");
  bool contradiction = false;
  for (const Divergence& d : e.divergences)
    contradiction |=
        d.topic == "history and reparations" && d.kind == DivergenceKind::kContradiction;
  EXPECT_TRUE(contradiction);
  for (const Divergence& d : e.divergences) EXPECT_NE(d.topic, "blame");
  const Analysis b = analysis_of("seoul_tokyo_meeting.txt");
  EXPECT_EQ(b.documents[0].doc.outlet.value_or(""), "Yonhap");
  for (const Statement& s : b.documents[0].statements)
    EXPECT_EQ(s.event.value_or(""), "E1") << s.speaker.name << ": " << s.claim;
}

// A State Department readout says "spoke today with" (no "by phone"): the
// event cue "spoke ... with" reads it as a call.
TEST(ArticlesTest, ReadoutThatSpokeWithIsACall) {
  const Analysis a = analysis_of("washington_beijing_state_readout.txt");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].kind, EventKind::kCall);
  ASSERT_TRUE(a.events[0].date.has_value());
  EXPECT_EQ(a.events[0].date->iso(), "2024-06-18");
  EXPECT_EQ(a.events[0].participants, (std::vector<std::string>{"Antony Blinken", "Wang Yi"}));
}

}  // namespace
}  // namespace kd
