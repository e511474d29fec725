// Loader: normalization, bylines and datelines, outlet sources, file
// limits and errors, and end to end on the seed articles.
#include "karabakh_diff/loader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "loader_dateline.h"
#include "loader_normalize.h"
#include "loader_test_util.h"
#include "loader_wire_dateline.h"

namespace kd {
namespace {

namespace fs = std::filesystem;

Document Load(const std::string& bytes, const LoadOptions& options = {}) {
  Result<Document> r = load_bytes("t.txt", bytes, options, default_lexicon());
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r).value() : Document{};
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh directory under the test's temp dir, removed at the end.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("kd_loader_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
  static inline int counter_ = 0;
};

TEST(LoaderTest, NormalizesCharacters) {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"Armenia\u2019s", "Armenia's"},
      {"\u2018\u2019The escalation,\u201D said", "\"The escalation,\" said"},  // data/000
      {"France,\u2019\u2019 said", "France,\" said"},
      {"\u2018\u2018x\u2019\u2019", "\"x\""},
      {"''quoted''", "\"quoted\""},
      {"``quoted''", "\"quoted\""},
      {"a `tick` b", "a `tick` b"},
      {"\u00ABCeasefire\u00BB", "\"Ceasefire\""},
      {"\u201EJa\u201C", "\"Ja\""},
      {"\u2039non\u203A", "'non'"},
      {"\u201Asingle\u2018 \u201Bx", "'single' 'x"},
      {"rock 'n' roll", "rock 'n' roll"},
      {"solution\u2013 end", "solution- end"},
      {"States\u2014the", "States-the"},
      {"\u2012 \u2212 \u2015 \u2010 \u2011", "- - - - -"},
      {"a\u00A0b\u2009c\u202Fd\u3000e\u2002f", "a b c d e f"},
      {"zero\u200Bwidth\u00ADsoft\uFEFFbom\u2060joiner\u200Emark", "zerowidthsoftbomjoinermark"},
      {"C\u0327avus\u0327og\u0306lu", "\u00C7avu\u015Fo\u011Flu"},  // NFC
      {"\u00C7avu\u015Fo\u011Flu Mevl\u00FCt Erdo\u011Fan",
       "\u00C7avu\u015Fo\u011Flu Mevl\u00FCt Erdo\u011Fan"},
      {"a\x01"
       "b\x7F"
       "c\u0080d",
       "abcd"},
      {"line\u2028next\u0085last\fend", "line\nnext\nlast\nend"},
      {"tab\tkept", "tab\tkept"},
  };
  for (const Case& c : cases) EXPECT_EQ(normalize_bytes(c.in, "UTF-8"), c.out) << c.in;
}

TEST(LoaderTest, OffsetsMapThroughNormalization) {
  const std::string bytes =
      "Headline\n\n\u2018\u2019The escalation was discussed,\u201D said the readout. "
      "C\u0327avus\u0327og\u0306lu\u00A0agreed\u200B \u2014 Lavrov\u2019s view.\n";
  Document doc = Load(bytes);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.slice(doc.sentences[0].span),
            "\"The escalation was discussed,\" said the readout.");
  EXPECT_EQ(doc.slice(doc.sentences[1].span), "\u00C7avu\u015Fo\u011Flu agreed - Lavrov's view.");
  const Span o = doc.offsets.to_original(doc.sentences[0].span);
  EXPECT_EQ(o.start, 10u);  // the first of the two quote characters
  EXPECT_EQ(bytes.substr(o.start, 3), "\u2018");
  ExpectOffsetsRoundTrip(doc, bytes);
}

TEST(LoaderTest, ParsesDatelines) {
  struct Case {
    const char* line;
    const char* iso;  // nullptr: not a dateline
  } cases[] = {
      {"01.10.2020", "2020-10-01"},
      {"Oct. 1, 2020", "2020-10-01"},
      {"October 1, 2020", "2020-10-01"},
      {"October 1st, 2020", "2020-10-01"},
      {"2020-10-01", "2020-10-01"},
      {"Thursday, 01 October 2020", "2020-10-01"},
      {"1 Oct 2020", "2020-10-01"},
      // Numbers with slashes day first; month first only when that is no date.
      {"Published: 01/10/2020 14:35 GMT", "2020-10-01"},
      {"04/12/2025 - 13:45 CET", "2025-12-04"},
      {"13/10/2020", "2020-10-13"},
      {"10/13/2020", "2020-10-13"},
      // A zone's offset; parts after a middle dot or a bullet.
      {"Updated 8:41 PM GMT+3, July 3, 2025", "2025-07-03"},
      {"Published 3 July 2025, 14:05 UTC-05:00", "2025-07-03"},
      {"July 4, 2025 12:47 AM \u00b7 4 min read", "2025-07-04"},
      {"3 July 2025 \u2022 Updated 2 hours ago", "2025-07-03"},
      {"January 24, 2025 10:48 PM GMT+0 Updated 3 hours ago", "2025-01-24"},
      {"Updated: 13 Oct 2025, 19:42 IST", "2025-10-13"},
      {"Updated 1 October 2020, 10:15", "2020-10-01"},
      {"MOSCOW, Oct. 1, 2020", "2020-10-01"},
      {"Talks were held on October 1, 2020 in Moscow", nullptr},
      {"The ministers met on 01.10.2020.", nullptr},
      {"October 2020", nullptr},
      {"Nov. 7", nullptr},
      {"31.02.2020", nullptr},
      {"Lavrov", nullptr},
      // No four-digit year, no date (parse_dateline skips these untokenized).
      {"Thursday, 1 October", nullptr},
      {"01.10.20", nullptr},
      {"Oct. 1, 12020", nullptr},
      {"2020.10.1", "2020-10-01"},
      // Parts between bars: a date and labels of time.
      {"Published December 7, 2023 11:42 AM EST | Updated 2 hours ago", "2023-12-07"},
      {"Thursday, 01 October 2020 | 14:35 | 5 min read", "2020-10-01"},
      {"October 1, 2020 | Moscow talks end without a deal", nullptr},
  };
  for (const Case& c : cases) {
    std::optional<Date> d = parse_dateline(c.line);
    if (c.iso) {
      ASSERT_TRUE(d.has_value()) << c.line;
      EXPECT_EQ(d->iso(), c.iso) << c.line;
    } else {
      EXPECT_FALSE(d.has_value()) << c.line;
    }
  }
}

TEST(LoaderTest, ParsesBylines) {
  auto is_media = [](const std::string& name) { return name == "AFP"; };
  struct Case {
    const char* line;
    const char* name;  // nullptr: not a byline
    const char* iso;
  } cases[] = {
      {"By Asbarez | Thursday, 01 October 2020", "Asbarez", "2020-10-01"},
      {"By AFP", "AFP", nullptr},
      {"BY REUTERS", "REUTERS", nullptr},
      {"By Asbarez Staff", "Asbarez", nullptr},
      {"By John Smith, AFP", "AFP", nullptr},
      {"By John Smith and Jane Doe", "John Smith", nullptr},
      {"By AFP, 01.10.2020", "AFP", "2020-10-01"},
      // The outlet after a '|': "Staff Reporter" is a writer, not the outlet.
      {"By Staff Reporter | AFP | 2025-02-18", "AFP", "2025-02-18"},
      {"By Jane Doe | World | Politics", "Jane Doe", nullptr},
      // A name of several capitalised words after the writer's: the outlet.
      {"By Dian Permatasari | Jakarta Globe | 12/03/2025", "Jakarta Globe", "2025-03-12"},
      // A long name before the "|": the word limit is for the names only.
      {"By Ministry of External Affairs, Government of India | Friday, 08 March 2024",
       "Ministry of External Affairs", "2024-03-08"},
      {"By Thursday the ministers of the two countries had met in Moscow and agreed on a truce "
       "| again",
       nullptr, nullptr},
      {"By Thursday, the guns had fallen silent.", nullptr, nullptr},
      {"By and large the talks failed", nullptr, nullptr},
      {"Bystanders said it was loud", nullptr, nullptr},
  };
  for (const Case& c : cases) {
    std::optional<Byline> b = parse_byline(c.line, is_media);
    if (!c.name) {
      EXPECT_FALSE(b.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(b.has_value()) << c.line;
    EXPECT_EQ(b->name, c.name) << c.line;
    EXPECT_EQ(b->published ? b->published->iso() : "", c.iso ? c.iso : "") << c.line;
  }
}

TEST(LoaderTest, ParsesWireDatelines) {
  auto is_media = [](const std::string& name) {
    return name == "TASS" || name == "Reuters" || name == "dpa" || name == "IRNA" ||
           name == "PTI" || name == "AFP" || name == "ENA";
  };
  struct Case {
    const char* line;
    const char* agency;  // nullptr: no wire dateline; "": a dateline without agency
    const char* iso;     // nullptr: no published date (none, or no year)
  } cases[] = {
      {"NEW DELHI - U.S. officials said", "", nullptr},
      // A date and no agency, then the spaced dash.
      {"VIENTIANE, July 25, 2024 - Philippine Foreign Affairs Secretary Enrique Manalo and "
       "Vietnamese Foreign Minister Bui Thanh Son met",
       "", "2024-07-25"},
      {"BAKU, Azerbaijan - Officials said", "", nullptr},
      {"WASHINGTON/MOSCOW, March 16 (Reuters) - The two said", "Reuters", nullptr},
      {"WASHINGTON \u2014 The president said", "", nullptr},
      {"US - China talks resumed", nullptr, nullptr},
      {"BREAKING - Russia said", nullptr, nullptr},
      {"NEW DELHI -U.S. officials said", nullptr, nullptr},
      {"MOSCOW, October 12. /TASS/. Russian Foreign Minister said", "TASS", nullptr},
      {"MOSCOW, Oct 12 (Reuters) - Russia said", "Reuters", nullptr},
      {"MOSCOW, Oct 12, 2020 (Reuters) - Russia said", "Reuters", "2020-10-12"},
      {"MOSCOW, 12 October 2020 /TASS/. Russia said", "TASS", "2020-10-12"},
      {"BEIJING, Oct. 12 (Xinhua) -- China said", "Xinhua", nullptr},
      {"ANKARA (AA) - Turkey said", "AA", nullptr},
      {"BAKU, Azerbaijan (AP) \u2014 Azerbaijan said", "AP", nullptr},
      {"UNITED NATIONS (AP) \u2013 The council met", "AP", nullptr},
      {"\u015eU\u015eA (Trend) - Shelling went on", "Trend", nullptr},
      {"MOSCOW, Feb. 29 (Reuters) - Russia said", "Reuters", nullptr},
      {"MOSCOW, Feb. 30 (Reuters) - Russia said", nullptr, nullptr},
      {"MOSCOW (UPDATE) - Russia said", nullptr, nullptr},
      {"MOSCOW (Update 2) - Russia said", nullptr, nullptr},
      // A place in capitals and a colon; not a tag.
      {"NEW DELHI: External Affairs Minister S Jaishankar said", "", nullptr},
      {"FACTBOX: What the leaders said", nullptr, nullptr},
      {"UPDATE 2: Russia said", nullptr, nullptr},
      {"US: talks resumed", nullptr, nullptr},
      // A place in title case only before a known outlet.
      {"Moscow (Reuters) - Russia said", "Reuters", nullptr},
      {"New Delhi, Nov 16, 2024 (Reuters) - India said", "Reuters", "2024-11-16"},
      {"New Delhi, Nov 16 (Agency) - India said", nullptr, nullptr},
      {"New Delhi - India said", nullptr, nullptr},
      {"NATO (North Atlantic Treaty Organization) - members met", nullptr, nullptr},
      {"OSCE (the Minsk Group) said", nullptr, nullptr},
      {"MOSCOW, Oct 12 Russia said", nullptr, nullptr},
      {"The EU (Brussels) - said", nullptr, nullptr},
      {"Russian Foreign Minister Sergei Lavrov said", nullptr, nullptr},
      // A lower-case agency only when it is a known outlet.
      {"WARSAW (dpa) \u2013 Merz said", "dpa", nullptr},
      {"WARSAW (sic) - Merz said", nullptr, nullptr},
      // The date first, the place in brackets.
      {"July 10, 2024 (PORT SUDAN) - The head of the council said", "", "2024-07-10"},
      {"July 10, 2024 (Port Sudan) - The head of the council said", nullptr, nullptr},
      // Agencies' own house forms: the agency as the last piece before the
      // dash, a year after a slash, no dash after a known agency, a line
      // that is only place, agency and date.
      {"Tehran, IRNA \u2013 Iranian Foreign Minister Abbas Araghchi said", "IRNA", nullptr},
      {"Tehran, Sept 10, IRNA -- Araghchi said", "IRNA", nullptr},
      {"KYIV, UKRAINE - Officials said", nullptr, nullptr},
      {"Addis Ababa, February 13/2025 (ENA) -- Foreign Minister Gedion Timothewos said", "ENA",
       "2025-02-13"},
      {"Addis Ababa, February 29/2025 (ENA) -- Foreign Minister Gedion Timothewos said", nullptr,
       nullptr},
      {"New Delhi, May 13 (PTI) External Affairs Minister S Jaishankar said", "PTI", nullptr},
      {"New Delhi, May 13 (Agency) External Affairs Minister S Jaishankar said", nullptr, nullptr},
      {"Addis Ababa (AFP) \u2013 Feb 13, 2025", "AFP", "2025-02-13"},
  };
  for (const Case& c : cases) {
    std::optional<WireDateline> w = parse_wire_dateline(c.line, is_media);
    if (!c.agency) {
      EXPECT_FALSE(w.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(w.has_value()) << c.line;
    EXPECT_EQ(w->agency, c.agency) << c.line;
    EXPECT_EQ(w->published ? w->published->iso() : "", c.iso ? c.iso : "") << c.line;
  }
}

TEST(LoaderTest, WireDatelineEndsWhereTheTextStarts) {
  auto is_media = [](const std::string&) { return false; };
  const struct {
    const char* line;
    const char* text;
  } cases[] = {
      {"MOSCOW, Oct 12 (Reuters) - Russia said", "Russia said"},
      {"MOSCOW, October 12. /TASS/. Russian diplomats said", "Russian diplomats said"},
      {"BEIJING, Oct. 12 (Xinhua) --  China said", "China said"},
      {"BAKU, Azerbaijan (AP) \u2014 Azerbaijan said", "Azerbaijan said"},
      {"NEW DELHI - U.S. officials said", "U.S. officials said"},
      {"WASHINGTON/MOSCOW, March 16 (Reuters) - The two said", "The two said"},
      {"MEXICO CITY, Apr 16, 2025 (EFE).- Sheinbaum said", "Sheinbaum said"},
  };
  for (const auto& c : cases) {
    std::optional<WireDateline> w = parse_wire_dateline(c.line, is_media);
    ASSERT_TRUE(w.has_value()) << c.line;
    EXPECT_EQ(std::string_view(c.line).substr(w->length), c.text) << c.line;
  }
}

TEST(LoaderTest, WireDatelineSetsOutletOnlyAtTheBodyStart) {
  Document doc = Load(
      "Lavrov and Cavusoglu Talk\n\nMOSCOW, Oct. 1, 2020 (Reuters) - The ministers spoke by "
      "phone on Thursday, the ministry said.\n\nANKARA (AA) - Later text.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "Reuters");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->iso(), "2020-10-01");
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  // The dateline is not part of the first sentence (nor of a claim in it).
  ASSERT_FALSE(doc.sentences.empty());
  EXPECT_EQ(doc.slice(doc.sentences[0].span).substr(0, 13), "The ministers");
  ASSERT_FALSE(doc.dropped.empty());
  EXPECT_EQ(doc.dropped.back().reason, "wire dateline");
  EXPECT_EQ(doc.slice(doc.dropped.back().span), "MOSCOW, Oct. 1, 2020 (Reuters) -");
  // A byline's outlet comes first; a later paragraph's dateline is quoted text.
  doc = Load("Headline\n\nBy Asbarez\n\nMOSCOW, Oct. 1 /TASS/. The ministers spoke.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "Asbarez");
  EXPECT_FALSE(doc.published.has_value());  // no year: left to the corpus year
  doc = Load("Headline\n\nThe ministers spoke.\n\nANKARA (AA) - Later text.\n");
  EXPECT_FALSE(doc.outlet.has_value());
  // A deck under the headline; a live blog's dateline after a comma and its
  // entries' time stamps.
  doc = Load(
      "Putin and Xi hold video call\n\nPutin says the call was \"warm\"; Xi stresses "
      "trade\n\nLive updates, Tuesday 21 January 2025\n\n09:37 GMT - Putin told Xi "
      "that Moscow was ready.\n\n10:14 \u2013 Notably, the readout does not mention "
      "Ukraine.\n");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.slice(doc.paragraphs[0]).substr(0, 10), "Putin told");
  EXPECT_EQ(doc.slice(doc.paragraphs[1]).substr(0, 8), "Notably,");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->iso(), "2025-01-21");
  std::vector<std::string> reasons;
  for (const DroppedLine& d : doc.dropped) reasons.push_back(d.reason);
  EXPECT_EQ(reasons, (std::vector<std::string>{"headline", "subheadline", "dateline", "time stamp",
                                               "time stamp"}));
  // The outlet's name alone on a line above the body, after a writer's name.
  doc = Load(
      "Headline of the day\n\nBuenos Aires Times\nSaturday, April 12, 2025\n\nThe "
      "ministers met on Tuesday.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "Buenos Aires Times");
  EXPECT_EQ(doc.paragraphs.size(), 1u);
  doc = Load(
      "Headline of the day\n\nBy Kevin Otieno\nDaily Nation\n\nThe ministers met on "
      "Tuesday.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "Daily Nation");
  // A line of digits above the body: the date.
  doc = Load("Headline of the day\n\n|28.04.2025\n\nThe ministers met on Tuesday.\n");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->iso(), "2025-04-28");
  // A line of parts separated by '|', one of them the date.
  doc = Load(
      "Headline of the day\n\nMiddle East Eye | Ankara | 9 January 2025\n\nThe presidents "
      "spoke by phone on Monday.\n");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->iso(), "2025-01-09");
  // The dateline alone on its line, above the body (a scraped page).
  doc = Load(
      "Headline of the day\n\nPARIS/ALGIERS, April 1 (Reuters) -\n\nThe presidents "
      "spoke by phone on Monday.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "Reuters");
  ASSERT_FALSE(doc.dropped.empty());
  EXPECT_EQ(doc.dropped.back().reason, "wire dateline");
  EXPECT_EQ(doc.paragraphs.size(), 1u);
  // Writers named in the byline are no outlet: the wire dateline's agency is.
  doc = Load(
      "Headline\n\nBy Andrew Roth and Pjotr Sauer\n\nMOSCOW, May 19 (AP) - The presidents "
      "spoke.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "AP");
  doc = Load("Headline\n\nBy Andrew Roth\n\nThe presidents spoke.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "Andrew Roth");
}

TEST(LoaderTest, BylineAndDatelineLinesSetOutletAndDate) {
  Document doc = Load(
      "Lavrov and Cavusoglu Talk\n\nBy AFP\nOct. 1, 2020\n\n"
      "The ministers spoke by phone on Thursday, October 1, 2020.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "AFP");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->iso(), "2020-10-01");
  ASSERT_EQ(doc.dropped.size(), 3u);
  EXPECT_EQ(doc.dropped[1].reason, "byline");
  EXPECT_EQ(doc.dropped[2].reason, "dateline");
  ASSERT_EQ(doc.sentences.size(), 1u);
}

// Credit lines, a byline after a standfirst, a header of an outlet's name,
// date and sections: the outlet and the date.
TEST(LoaderTest, CreditsAndHeadersAboveTheBody) {
  Document doc = Load(
      "Wang Yi holds phone talks with Blinken\n\nSource: Xinhua\nEditor: Zhang Yiqing\n\n"
      "Wang Yi held a phone conversation with Antony Blinken on Tuesday.\n");
  EXPECT_EQ(doc.outlet.value_or(""), "Xinhua");
  doc = Load(
      "India, Canada agree on a new roadmap\n\nAnita Anand is on her first visit to India.\n\n"
      "Neha Sharma | Updated: 13 Oct 2025, 19:42 IST\n\nJaishankar held talks with Anand on "
      "Monday.\n");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->iso(), "2025-10-13");
  doc = Load(
      "Japan, S. Korea foreign ministers meet\n\nKYODO NEWS - Oct 31, 2025 - 18:42 | World, "
      "All\n\nMotegi met Cho in Gyeongju on Thursday.\n");
  ASSERT_TRUE(doc.published.has_value());
  EXPECT_EQ(doc.published->iso(), "2025-10-31");
  EXPECT_EQ(doc.dropped.back().reason, "dateline");
}

// The headline of another story right under a widget label ("Read also")
// is a teaser; a paragraph after a blank line is not.
TEST(LoaderTest, AHeadlineUnderReadAlsoIsATeaser) {
  Document doc = Load(
      "Putin, Trump hold phone conversation\n\nMOSCOW, July 3. /TASS/. Putin and Trump held a "
      "telephone conversation, Ushakov told reporters.\n\nRead also\nKremlin says relations "
      "\"not in a hurry\" to be normalized\n\nAdvertisement\n\nThe presidents agreed to stay "
      "in touch\nand to talk again soon.\n");
  ASSERT_GE(doc.dropped.size(), 2u);
  bool teaser = false;
  for (const DroppedLine& d : doc.dropped)
    teaser |= d.reason == "teaser" && doc.slice(d.span).substr(0, 13) == "Kremlin says ";
  EXPECT_TRUE(teaser);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.slice(doc.paragraphs[1]).substr(0, 14), "The presidents");
}

// Dates of page headers below the byline or the standfirst.
TEST(LoaderTest, HeaderDatesBelowTheBylineOrTheDeck) {
  const struct {
    const char* text;
    const char* published;
  } cases[] = {
      {"Wong and Marsudi pledge defence deal\n\nBy Bridget Holloway in Jakarta\n\nABC News\n\n"
       "Posted Thu 8 Aug 2024 at 7:02pm, updated Thu 8 Aug 2024 at 9:15pm\n\nThe ministers met "
       "on Thursday.\n",
       "2024-08-08"},
      {"Tokayev, Xi discuss trade\n\nBy Dana Omirbek in Nation on 24 January 2025\n\nThe "
       "presidents spoke by phone on Thursday.\n",
       "2025-01-24"},
      {"Mondino and Vieira hold talks\n\nArgentina's top diplomat meets her Brazilian "
       "counterpart.\n\n22-02-2024 08:41\n\nThe ministers met in Rio on Wednesday.\n",
       "2024-02-22"},
  };
  for (const auto& c : cases) {
    Document doc = Load(c.text);
    ASSERT_TRUE(doc.published.has_value()) << c.text;
    EXPECT_EQ(doc.published->iso(), c.published) << c.text;
  }
  // A date alone deep in the body is no header.
  Document doc = Load(
      "Talks\n\nThe ministers met.\n\nThey spoke for an hour.\n\n22-02-2024\n\nThey agreed.\n");
  EXPECT_FALSE(doc.published.has_value());
}

// A short line ending with a colon right above a quotation introduces it:
// body, whether under the headline or further down. Above prose it stays a
// subheading.
TEST(LoaderTest, AColonLineAboveAQuotationIsBody) {
  const struct {
    const char* text;
    size_t paragraphs;
  } cases[] = {
      {"Moscow, Ankara differ\n\nThe Kremlin struck a different tone:\n\n\"There is no "
       "question of a truce.\"\n",
       2},
      {"Moscow, Ankara differ\n\nThe ministers spoke by phone on Monday.\n\nThe Kremlin was "
       "more cautious:\n\n\"There is no question of a truce.\"\n",
       3},
      {"Moscow, Ankara differ\n\nThe ministers spoke by phone on Monday.\n\nWhat comes "
       "next:\n\nThe ministers will meet again in May.\n",
       2},
  };
  for (const auto& c : cases) {
    Document doc = Load(c.text);
    EXPECT_EQ(doc.paragraphs.size(), c.paragraphs) << c.text;
  }
}

// A government body's name alone on a line above the body: the publisher of
// its own readout. Below the body, or in a sentence, it is not.
TEST(LoaderTest, AGovernmentBodyLineAboveTheBodyIsThePublisher) {
  const struct {
    const char* text;
    const char* outlet;  // "" = none
  } cases[] = {
      {"Japan-China Foreign Ministers' Telephone Talk\n\nMinistry of Foreign Affairs of Japan\n\n"
       "The ministers spoke by phone.\n",
       "Ministry of Foreign Affairs of Japan"},
      {"Kremlin\n\nTelephone conversation with Emmanuel Macron\n\n"
       "The presidents spoke by phone.\n",
       "Kremlin"},
      {"Telephone talk\n\nThe ministers spoke by phone.\n\nMinistry of Foreign Affairs of Japan\n",
       ""},
      {"Telephone talk\n\nThe Ministry of Foreign Affairs of Japan said the talk was useful.\n",
       ""},
  };
  for (const auto& c : cases) {
    Document doc = Load(c.text);
    EXPECT_EQ(doc.outlet.value_or(""), c.outlet) << c.text;
    if (*c.outlet) {
      bool dropped = false;
      for (const DroppedLine& d : doc.dropped) dropped |= d.reason == std::string("publisher");
      EXPECT_TRUE(dropped) << c.text;
    }
  }
}

TEST(LoaderTest, DateInBodyTextIsNotADateline) {
  Document doc = Load("Headline\n\nThe talks were held on October 1, 2020.\n");
  EXPECT_FALSE(doc.published.has_value());
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(LoaderTest, OutletPrecedenceBylineSidecarFlag) {
  LoadOptions flag;
  flag.outlet = "Flag Outlet";
  const std::string plain = "Headline\n\nThe ministers spoke by phone.\n";
  const std::string bylined = "Headline\n\nBy Asbarez\n\nThe ministers spoke by phone.\n";
  EXPECT_EQ(Load(plain, flag).outlet.value_or(""), "Flag Outlet");
  EXPECT_EQ(Load(bylined, flag).outlet.value_or(""), "Asbarez");
  EXPECT_FALSE(Load(plain).outlet.has_value());

  TempDir dir;
  const std::string txt = dir.Write("002_article.txt", plain);
  dir.Write("002_article.meta.json",
            R"({"outlet": "Azatutyun", "url": "https://www.azatutyun.am/a/1.html",
                "published": "2020-10-15"})");
  Result<Document> r = load_file(txt, flag, default_lexicon());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().outlet.value_or(""), "Azatutyun");
  ASSERT_TRUE(r.value().published.has_value());
  EXPECT_EQ(r.value().published->iso(), "2020-10-15");
  EXPECT_TRUE(r.value().diagnostics.empty());

  const std::string txt2 = dir.Write("b.txt", bylined);
  dir.Write("b.meta.json", R"({"outlet": "Sidecar"})");
  EXPECT_EQ(load_file(txt2, flag, default_lexicon()).value().outlet.value_or(""), "Asbarez");
}

TEST(LoaderTest, BadSidecarIsAWarning) {
  TempDir dir;
  const std::string txt = dir.Write("c.txt", "Headline\n\nThe ministers spoke by phone.\n");
  dir.Write("c.meta.json", "{not json");
  Result<Document> r = load_file(txt, {}, default_lexicon());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().diagnostics.size(), 1u);
  EXPECT_EQ(r.value().diagnostics[0].message, "ignoring c.meta.json: not a JSON object");
  EXPECT_EQ(r.value().diagnostics[0].severity, Severity::kWarning);
}

TEST(LoaderTest, LoadFileHandsBackTheBytesItRead) {
  TempDir dir;
  // Not UTF-8 and with a BOM-less Windows line end: the bytes as read, not
  // the normalized text.
  const std::string raw = "Headline\r\n\r\nLavrov said the talks were \xe9 useful.\r\n";
  const std::string txt = dir.Write("raw.txt", raw);
  std::string bytes;
  Result<Document> r = load_file(txt, {}, default_lexicon(), &bytes);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(bytes, raw);
  EXPECT_NE(r.value().text, raw);
  std::string untouched = "kept";
  EXPECT_FALSE(load_file(dir.path() + "/missing.txt", {}, default_lexicon(), &untouched).ok());
  EXPECT_EQ(untouched, "kept");
}

TEST(LoaderTest, FileErrors) {
  TempDir dir;
  const std::string big = dir.Write("big.txt", std::string(50, 'a'));
  LoadOptions small;
  small.max_file_size = 10;
  LoadOptions short_lines;
  short_lines.max_line_length = 10;
  struct Case {
    std::string path;
    LoadOptions options;
    std::string error;
  } cases[] = {
      {dir.path() + "/missing.txt", {}, "no such file"},
      {dir.path() + "/missing/dir.txt", {}, "no such file"},
      {dir.path(), {}, "is a directory"},
      {big, small, "file too large (50 bytes, limit 10 bytes)"},
      {dir.Write("empty.txt", ""), {}, "empty file"},
      {dir.Write("nul.txt", std::string("ab\0cd", 5)), {}, "binary file (NUL bytes)"},
      {dir.Write("long.txt", "Head\n\n" + std::string(20, 'a') + "\r\n"), short_lines,
       "line 3 too long (20 bytes, limit 10 bytes)"},
      {dir.Write("cr.txt", std::string(8, 'a') + "\r" + std::string(11, 'b')), short_lines,
       "line 1 too long (11 bytes, limit 10 bytes)"},
  };
  for (const Case& c : cases) {
    Result<Document> r = load_file(c.path, c.options, default_lexicon());
    ASSERT_FALSE(r.ok()) << c.path;
    EXPECT_EQ(r.error().message, c.error) << c.path;
  }
  Result<Document> r = load_bytes("x", std::string(50, 'a'), small, default_lexicon());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "file too large (50 bytes, limit 10 bytes)");
}

TEST(LoaderTest, PermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads everything";
  TempDir dir;
  const std::string p = dir.Write("secret.txt", "Headline\n\nBody.\n");
  ::chmod(p.c_str(), 0);
  Result<Document> r = load_file(p, {}, default_lexicon());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "permission denied");
}

TEST(LoaderTest, DashReadsStandardInput) {
  TempDir dir;
  const std::string p = dir.Write("in.txt", "From Stdin\n\nThe ministers spoke by phone.\n");
  ASSERT_NE(std::freopen(p.c_str(), "rb", stdin), nullptr);
  Result<Document> r = load_file("-", {}, default_lexicon());
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().path, "-");
  EXPECT_EQ(r.value().headline, "From Stdin");
  EXPECT_EQ(r.value().sentences.size(), 1u);
}

TEST(LoaderTest, HundredMegabyteSingleLine) {
  const std::string sentence = "The ministers of Russia and Turkey held talks about Karabakh. ";
  const size_t count = (100u << 20) / sentence.size();
  std::string bytes;
  bytes.reserve(count * sentence.size());
  for (size_t i = 0; i < count; ++i) bytes += sentence;
  LoadOptions options;
  options.max_file_size = 200u << 20;
  options.max_line_length = 0;  // the loader's own speed, without the limit
  const auto start = std::chrono::steady_clock::now();
  Document doc = Load(bytes, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(doc.headline, "");
  EXPECT_EQ(doc.paragraphs.size(), 1u);
  EXPECT_EQ(doc.sentences.size(), count);
  EXPECT_LE(doc.offsets.breakpoints(), 2u);  // one linear run, not one entry per byte
  EXPECT_LT(seconds, 60.0);                  // linear: a few seconds; quadratic would never finish
  const Sentence& last = doc.sentences.back();
  EXPECT_EQ(doc.offsets.to_original(last.span.end), bytes.size() - 1);
}

TEST(LoaderTest, TooLargeByDefault) {
  Result<Document> r =
      load_bytes("x", std::string((64u << 20) + 1, 'a'), LoadOptions{}, default_lexicon());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "file too large (67108865 bytes, limit 67108864 bytes)");
}

// End to end on the seed articles in data/.
TEST(LoaderTest, SeedArticles) {
  struct Seed {
    const char* file;
    const char* headline;
    const char* outlet;     // nullptr: not stated in the text
    const char* published;  // nullptr: not stated in the text
    size_t paragraphs;
    std::vector<std::string> dropped;  // lines that must be dropped (at least these)
  } seeds[] = {
      {"000_d8b6bdfa25336eff.txt",
       "Ankara Tells Moscow it Wants Permanent Solution to Karabakh",
       "Asbarez",
       "2020-10-01",
       9,
       {"By Asbarez | Thursday, 01 October 2020",
        "Russia's foreign minister Sergei Lavrov (left) with his Turkish counterpart Mevlut "
        "Cavusoglu"}},
      {"001_241556ccb3234d5d.txt",
       "Russia declares that it ready for close coordination with Turkey on Karabakh",
       nullptr,
       nullptr,
       8,
       {"Show More", "Related Articles", "Back to top button", "Verified by MonsterInsights"}},
      {"002_f153d9323a63ad09.txt",
       "Russia, Turkey Hold More Talks On Karabakh De-Escalation",
       nullptr,
       nullptr,
       9,
       {"\u0544\u0561\u057F\u0579\u0565\u056C\u056B\u0578\u0582\u0569\u0575\u0561\u0576 "
        "\u0570\u0572\u0578\u0582\u0574\u0576\u0565\u0580",
        "TURKEY -- Russian Foreign Minister Sergei Lavrov (L) and Turkish Foreign Minister "
        "Mevlut Cavusoglu meet in Antalya, March 29, 2019",
        "XS", "SM", "MD", "LG"}},
      {"003_4cc61a2a5a4223e5.txt",
       "Turkey, Russia intensify talks for Nagorno-Karabakh conflict",
       nullptr,
       nullptr,
       11,
       {"Turkey, Russia intensify talks for Nagorno-Karabakh conflict"}},
      {"004_9167b2b24af47697.txt",
       "Media: Erdogan suggested Putin to create a working group on Karabakh",
       nullptr,
       nullptr,
       15,
       {"ALSO READ:  Federal Republic of Germany to present a plan to rebuild the port of Beirut "
        "destroyed by bombing"}},
  };
  for (const Seed& seed : seeds) {
    SCOPED_TRACE(seed.file);
    const std::string path = std::string(KD_SOURCE_DIR "/data/") + seed.file;
    Result<Document> r = load_file(path, {}, default_lexicon());
    ASSERT_TRUE(r.ok()) << r.error().message;
    const Document& doc = r.value();
    EXPECT_EQ(doc.encoding, "UTF-8");
    EXPECT_TRUE(doc.diagnostics.empty());
    EXPECT_EQ(doc.headline, seed.headline);
    EXPECT_EQ(doc.outlet.value_or("(null)"), seed.outlet ? seed.outlet : "(null)");
    EXPECT_EQ(doc.published ? doc.published->iso() : "(null)",
              seed.published ? seed.published : "(null)");
    EXPECT_EQ(doc.paragraphs.size(), seed.paragraphs);
    EXPECT_GE(doc.sentences.size(), doc.paragraphs.size());

    for (const std::string& line : seed.dropped) {
      size_t copies = 0;
      for (const DroppedLine& d : doc.dropped) copies += doc.slice(d.span) == line;
      EXPECT_GE(copies, 1u) << "not dropped: " << line;
    }
    // No dropped line (boilerplate, captions, headline) reaches a sentence,
    // and every sentence lies inside its paragraph.
    for (const Sentence& s : doc.sentences) {
      const Span p = doc.paragraphs.at(s.paragraph);
      EXPECT_TRUE(p.start <= s.span.start && s.span.end <= p.end);
      for (const DroppedLine& d : doc.dropped)
        EXPECT_EQ(doc.slice(s.span).find(doc.slice(d.span)), std::string_view::npos)
            << doc.slice(d.span);
    }
    ExpectOffsetsRoundTrip(doc, ReadFile(path));
  }
}

}  // namespace
}  // namespace kd
