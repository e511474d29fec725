// Calendar arithmetic, ISO parsing, month/weekday names, offsets.
#include <gtest/gtest.h>

#include "karabakh_diff/date.h"
#include "karabakh_diff/document.h"

namespace kd {
namespace {

TEST(CalendarTest, DaysRoundTripAndWeekdays) {
  struct Case {
    Date date;
    int64_t days;
    int weekday;  // 0 = Monday
  } cases[] = {
      {{1970, 1, 1}, 0, 3},      {{2020, 10, 1}, 18536, 3}, {{2020, 11, 7}, 18573, 5},
      {{2000, 2, 29}, 11016, 1}, {{1969, 12, 31}, -1, 2},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.date.days(), c.days) << c.date.iso();
    EXPECT_EQ(Date::from_days(c.days), c.date) << c.days;
    EXPECT_EQ(c.date.weekday(), c.weekday) << c.date.iso();
  }
}

TEST(CalendarTest, ParseIsoDate) {
  EXPECT_EQ(parse_iso_date("2020-10-01"), (Date{2020, 10, 1}));
  EXPECT_EQ(parse_iso_date("2020-02-29"), (Date{2020, 2, 29}));
  for (const char* bad : {"2019-02-29", "2020-13-01", "2020-1-01", "20201001", "2020-10-0x", ""})
    EXPECT_FALSE(parse_iso_date(bad).has_value()) << bad;
}

TEST(CalendarTest, MonthAndWeekdayNames) {
  struct Case {
    const char* word;
    int month;
    int weekday;
  } cases[] = {{"october", 10, -1}, {"oct.", 10, -1}, {"sept", 9, -1},   {"may", 5, -1},
               {"thursday", 0, 3},  {"thu", 0, 3},    {"tues.", 0, 1},   {"sunday", 0, 6},
               {"mo", 0, -1},       {"ma", 0, -1},    {"monthly", 0, -1}};
  for (const Case& c : cases) {
    EXPECT_EQ(month_from_name(c.word), c.month) << c.word;
    EXPECT_EQ(weekday_from_name(c.word), c.weekday) << c.word;
  }
}

TEST(CalendarTest, IsoPrintsPadded) { EXPECT_EQ((Date{2020, 3, 9}).iso(), "2020-03-09"); }

TEST(OffsetMapTest, IdentityLinearRunsAndShifts) {
  OffsetMap empty;
  EXPECT_EQ(empty.to_original(17), 17u);
  // text "ab" + 3-byte quote folded to 1 byte + "cd": original is 2 bytes longer after 2.
  OffsetMap m;
  m.add(0, 0);
  m.add(1, 1);  // same run: no new breakpoint
  m.add(2, 2);
  m.add(3, 5);
  m.add(4, 6);
  EXPECT_EQ(m.breakpoints(), 2u);
  EXPECT_EQ(m.to_original(1), 1u);
  EXPECT_EQ(m.to_original(2), 2u);
  EXPECT_EQ(m.to_original(3), 5u);
  EXPECT_EQ(m.to_original(Span{3, 5}), (Span{5, 7}));
}

}  // namespace
}  // namespace kd
