#include "date_text.h"

#include <gtest/gtest.h>

namespace kd {
namespace {

struct Found {
  std::string text;
  std::string iso;
  DateSource source;
  bool relative;
};

std::vector<Found> dates(std::string_view text, std::optional<Date> published,
                         std::optional<int> corpus = std::nullopt) {
  std::vector<Found> out;
  for (const DateMention& m : find_dates(text, published, corpus))
    out.push_back({std::string(text.substr(m.span.start, m.span.size())),
                   m.date.year
                       ? m.date.iso()
                       : "0000-" + std::to_string(m.date.month) + "-" + std::to_string(m.date.day),
                   m.source, m.relative});
  return out;
}

const Date kFriday{2021, 3, 19};  // a Friday

TEST(DateTextTest, Expressions) {
  struct Case {
    const char* text;
    std::vector<std::string> iso;
  } cases[] = {
      {"Blinken spoke on Tuesday.", {"2021-03-16"}},
      {"The talks were held Friday.", {"2021-03-19"}},
      {"said on Saturday", {"2021-03-13"}},  // latest Saturday on or before
      {"late Mar. 7 and on March 9", {"2021-03-07", "2021-03-09"}},
      {"January 30, 2020 and 4 February 2019", {"2020-01-30", "2019-02-04"}},
      {"on 01.10.2020 and 2020-10-02", {"2020-10-01", "2020-10-02"}},
      {"Dec. 28", {"2020-12-28"}},  // well after publication: last year
      {"the 7th of nothing; may 5 people, 5 march", {}},
      {"May 5", {"2020-05-05"}},
      {"talks on November 1 and 2", {"2020-11-01"}},
      {"We may go. Sunday school is sun.", {"2021-03-14"}},
      {"yesterday", {"2021-03-18"}},
      // Words are matched in any case (the scanner folds only the words it looks up).
      {"TODAY and YESTERDAY", {"2021-03-19", "2021-03-18"}},
      {"MONDAY, not Mondays", {"2021-03-15"}},
      {"NOVEMBER 7, 7 MARCH", {"2020-11-07", "2021-03-07"}},
      {"LATER THIS WEEK", {"2021-03-19"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const Found& f : dates(c.text, kFriday)) got.push_back(f.iso);
    EXPECT_EQ(got, c.iso) << c.text;
  }
}

TEST(DateTextTest, SourcesAndSpans) {
  auto f = dates("Earlier this month, on Monday, Oct. 5", kFriday);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].text, "Earlier this month");
  EXPECT_TRUE(f[0].relative);
  EXPECT_EQ(f[0].iso, "2021-03-01");
  EXPECT_EQ(f[1].source, DateSource::kWeekday);
  EXPECT_EQ(f[2].text, "Oct. 5");
  EXPECT_EQ(f[2].source, DateSource::kText);
  EXPECT_EQ(f[2].iso, "2020-10-05");
}

TEST(DateTextTest, UndatedArticlesUseTheCorpusYearOrNone) {
  auto f = dates("late Nov. 7 on Thursday", std::nullopt, 2020);
  ASSERT_EQ(f.size(), 1u);  // a weekday cannot be resolved without a reference
  EXPECT_EQ(f[0].iso, "2020-11-07");
  EXPECT_EQ(f[0].source, DateSource::kCorpus);
  auto g = dates("Nov. 7", std::nullopt);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].iso, "0000-11-7");
}

TEST(DateTextTest, NotDates) {
  EXPECT_TRUE(dates("30 years, 2 sides, March on, 31.02.2020, 99 Nov", kFriday).empty());
  EXPECT_TRUE(dates("", kFriday).empty());
}

// find_dates answers through a memo and a pre-check (date_text_find.cc);
// find_dates_full is the scanner alone. They must agree on every input.
bool same_mentions(const std::vector<DateMention>& a, const std::vector<DateMention>& b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (!(a[k].span == b[k].span) || a[k].date != b[k].date || a[k].source != b[k].source ||
        a[k].relative != b[k].relative)
      return false;
  return true;
}

void expect_same_as_full(std::string_view text) {
  const std::optional<Date> refs[] = {kFriday, std::nullopt, Date{2020, 0, 0}};
  const std::optional<int> years[] = {2020, std::nullopt};
  for (const auto& ref : refs)
    for (const auto& year : years)
      for (int twice = 0; twice < 2; ++twice)  // the second answer comes from the memo
        EXPECT_TRUE(same_mentions(find_dates(text, ref, year), find_dates_full(text, ref, year)))
            << text << " ref " << (ref ? ref->month : -1) << " year " << year.value_or(-1);
}

TEST(DateTextTest, ShortcutsAgreeWithTheScanner) {
  const char* cases[] = {
      "",
      "7",
      "2020",
      "01.10.2020",
      "x 2020-10-02",
      "no digits and no names",
      "NOVEMBER 7 and november 8 and NoV. 9, Nov 10th",
      "7 NOVEMBER 2020, 8 november",
      "Mondays, Sundayschool, someday, holiday, Friday's, FRIDAY, friDAY",
      "Monday",
      "Wednesday.",
      "Today TODAY today Yesterday yesterDAY",
      "this MONTH, Last Week, later this week, earlier THIS month, last weeks",
      "monthly weekly daily",
      "xxxxxxxmonth xxxxxxweek xxxxxday",  // patterns across the eight-byte words
      "Müller said on Tuesday",
      "Вторник, 7 ноября",
      "\xe2\x80\x9c"
      "Friday\xe2\x80\x9d",
      "März 7 and Oct.\xc2\xa0"
      "7",
      "\xff\xfe day \x80\x81",
      "Mon. Tue. Thurs. Sept 7 Sept. 8",
  };
  for (const char* text : cases) expect_same_as_full(text);
  // Past the memo's limit on text length.
  std::string long_text(3000, 'a');
  expect_same_as_full(long_text);
  expect_same_as_full(long_text + " on Monday");
  expect_same_as_full(long_text + " Nov. 7");
}

TEST(DateTextTest, ShortcutsAgreeOnGeneratedText) {
  // Pieces chosen to be near misses of every rule, in every order.
  const char* pieces[] = {"Monday", "mon",  "day",   "DAY",  "week",  "Month", " ",      ", ",
                          ".",      "7",    "2020",  "Nov.", "NOV",   "this",  "Last",   "x",
                          "é",      "\xd0", "today", "th",   "March", "-",     "earlier"};
  uint64_t state = 0x2545f4914f6cdd1dull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(next() % 12);
    for (int k = 0; k < n; ++k) text += pieces[next() % std::size(pieces)];
    expect_same_as_full(text);
  }
}

TEST(DateTextTest, PreCheck) {
  struct Case {
    const char* text;
    bool have_ref;
    bool expected;
  } cases[] = {
      {"", true, false},
      {"no dates here at all, none", true, false},
      {"a 7", false, true},
      {"on Monday", false, false},  // weekdays need a reference
      {"on Monday", true, true},
      {"a long sentence that ends with a day", true, true},
      {"a long sentence that ends with a DaY", true, true},
      {"a long sentence that ends with a Week", true, true},
      {"MONTH at the start of a long sentence", true, true},
      {"months", true, true},
      {"mont h, da y, wee k", true, false},
      {"Müller and Вторник", true, false},
  };
  for (const Case& c : cases) EXPECT_EQ(may_hold_dates(c.text, c.have_ref), c.expected) << c.text;
}

}  // namespace
}  // namespace kd
