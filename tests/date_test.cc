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

}  // namespace
}  // namespace kd
