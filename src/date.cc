#include "karabakh_diff/date.h"

#include <array>
#include <cstdio>

namespace kd {

namespace {
bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days-from-civil algorithm.
int64_t Date::days() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date Date::from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int64_t d = days();
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

const char* to_string(DateSource s) {
  switch (s) {
    case DateSource::kPublished:
      return "published";
    case DateSource::kText:
      return "text";
    case DateSource::kWeekday:
      return "weekday";
    case DateSource::kCorpus:
      return "corpus";
    case DateSource::kNone:
      break;
  }
  return "none";
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.year <= 0 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return d;
}

int month_from_name(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;
  // Called for every word of every sentence: reject by the first two letters
  // before comparing with the twelve names.
  switch (static_cast<unsigned char>(w[0]) << 8 | static_cast<unsigned char>(w[1])) {
    case 'j' << 8 | 'a':
    case 'f' << 8 | 'e':
    case 'm' << 8 | 'a':
    case 'a' << 8 | 'p':
    case 'j' << 8 | 'u':
    case 'a' << 8 | 'u':
    case 's' << 8 | 'e':
    case 'o' << 8 | 'c':
    case 'n' << 8 | 'o':
    case 'd' << 8 | 'e':
      break;
    default:
      return 0;
  }
  for (int i = 0; i < 12; ++i) {
    std::string_view name = kNames[i];
    if (w == name || w == name.substr(0, 3)) return i + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

int weekday_from_name(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return -1;
  // As in month_from_name: most words start otherwise.
  switch (static_cast<unsigned char>(w[0]) << 8 | static_cast<unsigned char>(w[1])) {
    case 'm' << 8 | 'o':
    case 't' << 8 | 'u':
    case 'w' << 8 | 'e':
    case 't' << 8 | 'h':
    case 'f' << 8 | 'r':
    case 's' << 8 | 'a':
    case 's' << 8 | 'u':
      break;
    default:
      return -1;
  }
  for (int i = 0; i < 7; ++i) {
    std::string_view name = kNames[i];
    if (w == name || w == name.substr(0, 3)) return i;
  }
  if (w == "tues") return 1;
  if (w == "thur" || w == "thurs") return 3;
  return -1;
}

}  // namespace kd
