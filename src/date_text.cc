// Date expressions in article text, found by a small scanner over ASCII words
// (no regular expressions: article text can be long and hostile).
#include "date_text.h"

#include <string>

namespace kd {

namespace {

struct Tok {
  uint32_t start;
  uint32_t end;
  std::string_view text;  // as written: case is folded only for the few words looked up
  bool number;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// One comparison: OR-ing 0x20 maps only 'A'-'Z' onto 'a'-'z'.
bool is_alpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
// Tokens start with an ASCII letter or digit, where this is std::isupper
// without a libc call per word.
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Words (ASCII letters) and numbers, possibly with internal dots or dashes
// ("01.10.2020", "2020-10-01").
void scan(std::string_view t, std::vector<Tok>& out) {
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
          {static_cast<uint32_t>(i), static_cast<uint32_t>(j), t.substr(i, j - i), false});
      i = j;
    } else {
      ++i;
    }
  }
}

// Whether token `t` is `word` (lower case letters) in any case. Number
// tokens start with a digit, which no letter matches.
bool is(const Tok& t, std::string_view word) {
  if (t.text.size() != word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if ((t.text[k] | 0x20) != word[k]) return false;
  return true;
}

// month_from_name and weekday_from_name of a word token, folded here so that
// only candidate words are copied. Longer words are no names.
int month_of(const Tok& t) {
  char buf[9];
  const size_t n = t.text.size();
  if (t.number || n < 3 || n > sizeof buf) return 0;
  for (size_t k = 0; k < n; ++k) buf[k] = static_cast<char>(t.text[k] | 0x20);
  return month_from_name(std::string_view(buf, n));
}

// Only full names reach weekday_from_name (abbreviations are at most five
// letters), and all seven end in "day".
int weekday_of(const Tok& t) {
  char buf[9];
  const size_t n = t.text.size();
  if (t.number || n < 6 || n > sizeof buf) return -1;
  for (size_t k = 0; k < n; ++k) buf[k] = static_cast<char>(t.text[k] | 0x20);
  if (std::string_view(buf + n - 3, 3) != "day") return -1;
  return weekday_from_name(std::string_view(buf, n));
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
  if (!t.number || t.text.size() != 4) return 0;
  int y = to_int(t.text);
  return y >= 1900 && y <= 2100 ? y : 0;
}

int day_of(const Tok& t) {
  if (!t.number) return 0;
  int d = to_int(t.text);
  return d >= 1 && d <= 31 && t.text.find_first_of(".-/") == std::string_view::npos ? d : 0;
}

}  // namespace

std::vector<DateMention> find_dates_full(std::string_view text,
                                         const std::optional<Date>& published,
                                         std::optional<int> corpus_year) {
  std::vector<DateMention> out;
  // Reused buffers (find_dates runs for every sentence and claim, and does
  // not call itself): no allocation once they have grown.
  thread_local std::vector<Tok> toks;
  scan(text, toks);
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
      if (auto d = numeric_date(t.text)) {
        emit(t.start, t.end, *d, DateSource::kText, false);
        continue;
      }
      // "7 November 2020", "01 October 2020"
      if (int day = day_of(t); day && i + 1 < toks.size()) {
        const bool capital = is_upper(text[toks[i + 1].start]);
        if (int month = capital ? month_of(toks[i + 1]) : 0) {
          i += 1 + complete(Date{0, month, day}, i + 2, t.start, toks[i + 1].end);
        }
      }
      continue;
    }
    // "Nov. 7", "October 10, 2020", "November 1 and 2" (the first day).
    // Month names are capitalised ("may 5 people" is not a date).
    const bool capital = is_upper(text[t.start]);
    // (Cheap tests first: most words are neither capitalised nor followed
    // by a number.)
    if (int day = capital && i + 1 < toks.size() ? day_of(toks[i + 1]) : 0) {
      if (int month = month_of(t)) {
        i += 1 + complete(Date{0, month, day}, i + 2, t.start, toks[i + 1].end);
        continue;
      }
    }
    if (!have_ref) continue;
    // Weekdays: the latest such day on or before publication.
    if (int wd = weekday_of(t); wd >= 0) {
      int64_t back = (published->weekday() - wd + 7) % 7;
      emit(t.start, t.end, Date::from_days(published->days() - back), DateSource::kWeekday, false);
      continue;
    }
    if (is(t, "today") || is(t, "yesterday")) {
      int64_t back = is(t, "today") ? 0 : 1;
      emit(t.start, t.end, Date::from_days(published->days() - back), DateSource::kText, false);
      continue;
    }
    // "earlier this month", "this week", "last week", "last month": approximate.
    if ((is(t, "this") || is(t, "last")) && i + 1 < toks.size()) {
      const Tok& unit = toks[i + 1];
      const bool last = is(t, "last");
      Date d = *published;
      if (is(unit, "month")) {
        if (last) d = Date::from_days(Date{d.year, d.month, 1}.days() - 1);
        d.day = 1;
      } else if (is(unit, "week")) {
        if (last) d = Date::from_days(d.days() - 7);
      } else {
        continue;
      }
      uint32_t start = t.start;
      if (i > 0 && (is(toks[i - 1], "earlier") || is(toks[i - 1], "later")))
        start = toks[i - 1].start;
      emit(start, toks[i + 1].end, d, DateSource::kText, true);
      ++i;
    }
  }
  return out;
}

}  // namespace kd
