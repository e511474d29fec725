// Date expressions in article text, found by a small scanner over ASCII words
// (no regular expressions: article text can be long and hostile).
#include "date_text.h"

#include <string>

namespace kd {

namespace {

struct Tok {
  uint32_t start;
  uint32_t end;
  std::string_view low;  // lower case (into the scan's buffer); numbers as written
  bool number;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Tokens start with an ASCII letter or digit, where this is std::isupper
// without a libc call per word.
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Words (ASCII letters) and numbers, possibly with internal dots or dashes
// ("01.10.2020", "2020-10-01"). `lower` receives the lower-cased text that
// the tokens' `low` point into: one copy per text, none per word.
void scan(std::string_view t, std::string& lower, std::vector<Tok>& out) {
  lower.assign(t);
  for (char& ch : lower)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  const std::string_view low = lower;
  out.clear();
  size_t i = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (is_digit(c)) {
      size_t j = i;
      while (j < t.size() && (is_digit(t[j]) || ((t[j] == '.' || t[j] == '-' || t[j] == '/') &&
                                                 j + 1 < t.size() && is_digit(t[j + 1]))))
        ++j;
      // Ordinal suffixes: "7th", "1st".
      size_t k = j;
      while (k < t.size() && is_alpha(t[k])) ++k;
      std::string_view suffix = t.substr(j, k - j);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") j = k;
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), t.substr(i, j - i), true});
      i = j;
    } else if (is_alpha(c)) {
      size_t j = i;
      while (j < t.size() && is_alpha(t[j])) ++j;
      out.push_back(
          {static_cast<uint32_t>(i), static_cast<uint32_t>(j), low.substr(i, j - i), false});
      i = j;
    } else {
      ++i;
    }
  }
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return v;
}

bool valid(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year > 0 ? d.year : 2000, d.month);
}

// Numeric dates: "01.10.2020" (day first, as in European datelines) and ISO.
std::optional<Date> numeric_date(std::string_view s) {
  if (auto iso = parse_iso_date(s.substr(0, 10)); iso && s.size() == 10) return iso;
  if (s.size() == 10 && s[2] == '.' && s[5] == '.') {
    Date d{to_int(s.substr(6, 4)), to_int(s.substr(3, 2)), to_int(s.substr(0, 2))};
    if (d.year > 0 && valid(d)) return d;
  }
  return std::nullopt;
}

int year_of(const Tok& t) {
  if (!t.number || t.low.size() != 4) return 0;
  int y = to_int(t.low);
  return y >= 1900 && y <= 2100 ? y : 0;
}

int day_of(const Tok& t) {
  if (!t.number) return 0;
  int d = to_int(t.low);
  return d >= 1 && d <= 31 && t.low.find_first_of(".-/") == std::string_view::npos ? d : 0;
}

}  // namespace

std::vector<DateMention> find_dates_full(std::string_view text,
                                         const std::optional<Date>& published,
                                         std::optional<int> corpus_year) {
  std::vector<DateMention> out;
  // Reused buffers (find_dates runs for every sentence and claim, and does
  // not call itself): no allocation once they have grown.
  thread_local std::string lower;
  thread_local std::vector<Tok> toks;
  scan(text, lower, toks);
  const bool have_ref = published && published->complete();

  // Year for a month-day without one: the published year (a month well after
  // the publication month means last year), else the corpus year.
  auto place_year = [&](Date d, DateSource& src) {
    src = DateSource::kText;
    if (have_ref) {
      d.year = published->year;
      if (valid(d) && d.days() > published->days() + 31) d.year -= 1;
    } else if (corpus_year) {
      d.year = *corpus_year;
      src = DateSource::kCorpus;
    }
    return d;
  };
  auto emit = [&](uint32_t start, uint32_t end, Date d, DateSource src, bool relative) {
    if (!valid(d)) return;
    out.push_back({{start, end}, d, src, relative});
  };
  // Emits a day-month date spanning [start, end) and completes its year: the
  // token at `k` when it is a year ("October 10, 2020"), else place_year.
  // Returns how many tokens after the day-month pair were consumed.
  auto complete = [&](Date d, size_t k, uint32_t start, uint32_t end) -> size_t {
    DateSource src = DateSource::kText;
    size_t used = 0;
    if (k < toks.size() && year_of(toks[k])) {
      d.year = year_of(toks[k]);
      end = toks[k].end;
      used = 1;
    } else {
      d = place_year(d, src);
    }
    emit(start, end, d, src, false);
    return used;
  };

  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.number) {
      if (auto d = numeric_date(t.low)) {
        emit(t.start, t.end, *d, DateSource::kText, false);
        continue;
      }
      // "7 November 2020", "01 October 2020"
      if (int day = day_of(t); day && i + 1 < toks.size()) {
        const bool capital = is_upper(text[toks[i + 1].start]);
        if (int month = capital ? month_from_name(toks[i + 1].low) : 0) {
          i += 1 + complete(Date{0, month, day}, i + 2, t.start, toks[i + 1].end);
        }
      }
      continue;
    }
    // "Nov. 7", "October 10, 2020", "November 1 and 2" (the first day).
    // Month names are capitalised ("may 5 people" is not a date).
    const bool capital = is_upper(text[t.start]);
    // (Cheap tests first: most words are neither capitalised nor months.)
    if (int month = capital && i + 1 < toks.size() ? month_from_name(t.low) : 0) {
      if (int day = day_of(toks[i + 1])) {
        i += 1 + complete(Date{0, month, day}, i + 2, t.start, toks[i + 1].end);
        continue;
      }
    }
    if (!have_ref) continue;
    // Weekdays: the latest such day on or before publication.
    if (int wd = t.low.size() >= 6 ? weekday_from_name(t.low) : -1; wd >= 0) {
      int64_t back = (published->weekday() - wd + 7) % 7;
      emit(t.start, t.end, Date::from_days(published->days() - back), DateSource::kWeekday, false);
      continue;
    }
    if (t.low == "today" || t.low == "yesterday") {
      int64_t back = t.low == "today" ? 0 : 1;
      emit(t.start, t.end, Date::from_days(published->days() - back), DateSource::kText, false);
      continue;
    }
    // "earlier this month", "this week", "last week", "last month": approximate.
    if ((t.low == "this" || t.low == "last") && i + 1 < toks.size()) {
      const std::string_view unit = toks[i + 1].low;
      const bool last = t.low == "last";
      Date d = *published;
      if (unit == "month") {
        if (last) d = Date::from_days(Date{d.year, d.month, 1}.days() - 1);
        d.day = 1;
      } else if (unit == "week") {
        if (last) d = Date::from_days(d.days() - 7);
      } else {
        continue;
      }
      uint32_t start = t.start;
      if (i > 0 && (toks[i - 1].low == "earlier" || toks[i - 1].low == "later"))
        start = toks[i - 1].start;
      emit(start, toks[i + 1].end, d, DateSource::kText, true);
      ++i;
    }
  }
  return out;
}

}  // namespace kd
