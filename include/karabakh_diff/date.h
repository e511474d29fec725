// Calendar dates (proleptic Gregorian) for datelines, statement and event dates.
#ifndef KARABAKH_DIFF_DATE_H_
#define KARABAKH_DIFF_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kd {

struct Date {
  int year = 0;   // 0 = unknown year (e.g. "Nov. 7" in an undated article)
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool complete() const { return year > 0 && month >= 1 && month <= 12 && day >= 1; }
  // "2020-10-01"; precondition: complete().
  std::string iso() const;
  // Days since 1970-01-01; precondition: complete().
  int64_t days() const;
  static Date from_days(int64_t days);
  // 0 = Monday .. 6 = Sunday; precondition: complete().
  int weekday() const;
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};

// Where a date came from, most to least reliable.
enum class DateSource { kPublished, kText, kWeekday, kCorpus, kNone };
const char* to_string(DateSource s);

// Parses "YYYY-MM-DD" exactly; nullopt otherwise (including impossible dates).
std::optional<Date> parse_iso_date(std::string_view s);
// Days in `month` of `year` (handles leap years).
int days_in_month(int year, int month);
// Month number from an English month name or abbreviation, folded to lower
// case ASCII ("october", "oct", "sept"); 0 if not a month.
int month_from_name(std::string_view folded);
// Weekday number (0 = Monday) from a folded English weekday name ("thursday",
// "thu"); -1 if not a weekday.
int weekday_from_name(std::string_view folded);

}  // namespace kd

#endif  // KARABAKH_DIFF_DATE_H_
