#include "loader_dateline.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kd {

namespace {

// A number or a word of a short line; punctuation is kept only as the
// separator right before a token (for "01.10.2020" and "14:35").
struct Token {
  bool number = false;
  std::string text;    // lower-case ASCII for words; non-ASCII bytes kept as is
  char sep = 0;        // punctuation directly before the token, 0 if none
  bool spaced = true;  // whitespace before the token (or line start)
  bool used = false;   // consumed by the date or an allowed filler
};

std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> tokens;
  char sep = 0;
  bool spaced = true;
  size_t i = 0;
  while (i < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    const bool digit = c >= '0' && c <= '9';
    const bool alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (digit || alpha || c >= 0x80) {
      Token t;
      t.number = digit;
      t.sep = sep;
      t.spaced = spaced;
      while (i < line.size()) {
        const unsigned char d = static_cast<unsigned char>(line[i]);
        const bool d_digit = d >= '0' && d <= '9';
        const bool d_alpha = (d | 0x20) >= 'a' && (d | 0x20) <= 'z';
        if (digit ? !d_digit : !(d_alpha || d >= 0x80)) break;
        t.text.push_back(d_alpha ? static_cast<char>(d | 0x20) : static_cast<char>(d));
        ++i;
      }
      tokens.push_back(std::move(t));
      sep = 0;
      spaced = false;
    } else {
      if (c == ' ' || c == '\t') {
        spaced = true;
      } else {
        sep = static_cast<char>(c);
      }
      ++i;
    }
  }
  return tokens;
}

int to_int(const Token& t) {
  if (!t.number || t.text.size() > 4) return -1;
  return std::stoi(t.text);
}

std::optional<Date> valid(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
    return std::nullopt;
  return Date{y, m, d};
}

bool is_ordinal(const Token& t) {
  return !t.number && !t.spaced &&
         (t.text == "st" || t.text == "nd" || t.text == "rd" || t.text == "th");
}

// Tries the date patterns at tokens[i]; marks the tokens it uses.
std::optional<Date> match_at(std::vector<Token>& t, size_t i) {
  const size_t n = t.size();
  auto glued = [&](size_t k, char sep) {
    return k < n && t[k].number && t[k].sep == sep && !t[k].spaced;
  };
  // Numeric: 2020-10-01, 01.10.2020, 01/10/2020, 01-10-2020. Day first, as
  // most of the world writes it (and most outlets that write numbers);
  // month first only when the day-first reading is no date (10/13/2020).
  // (US outlets write the month's name.)
  if (t[i].number && i + 2 < n) {
    for (char sep : {'-', '.', '/'}) {
      if (!glued(i + 1, sep) || !glued(i + 2, sep)) continue;
      const int a = to_int(t[i]), b = to_int(t[i + 1]), c = to_int(t[i + 2]);
      std::optional<Date> d;
      if (t[i].text.size() == 4) {
        d = valid(a, b, c);
      } else if (t[i + 2].text.size() == 4) {
        d = valid(c, b, a);
        if (!d && sep == '/') d = valid(c, a, b);
      }
      if (d) {
        t[i].used = t[i + 1].used = t[i + 2].used = true;
        return d;
      }
    }
  }
  // 01 October 2020, 1st Oct. 2020.
  if (t[i].number && t[i].text.size() <= 2) {
    size_t k = i + 1;
    if (k < n && is_ordinal(t[k])) ++k;
    if (k + 1 < n && !t[k].number && month_from_name(t[k].text) && t[k + 1].number &&
        t[k + 1].text.size() == 4) {
      if (auto d = valid(to_int(t[k + 1]), month_from_name(t[k].text), to_int(t[i]))) {
        for (size_t u = i; u <= k + 1; ++u) t[u].used = true;
        return d;
      }
    }
  }
  // October 1, 2020; Oct. 1st 2020.
  if (!t[i].number && month_from_name(t[i].text) && i + 2 < n && t[i + 1].number &&
      t[i + 1].text.size() <= 2) {
    size_t k = i + 2;
    if (is_ordinal(t[k])) ++k;
    if (k < n && t[k].number && t[k].text.size() == 4) {
      if (auto d = valid(to_int(t[k]), month_from_name(t[i].text), to_int(t[i + 1]))) {
        for (size_t u = i; u <= k; ++u) t[u].used = true;
        return d;
      }
    }
  }
  return std::nullopt;
}

// Every form match_at() reads needs a year: a number token (a run of ASCII
// digits) of four digits. Most short lines have none and are not tokenized.
bool has_year_digits(std::string_view line) {
  int run = 0;
  for (const char c : line) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

bool is_filler_word(const std::string& w) {
  static const char* const kWords[] = {
      "published", "updated", "posted", "last", "modified", "on", "at", "date", "am", "pm", "gmt",
      "utc", "msk", "cet", "cest", "est", "edt", "bst", "time", "local",
      // Zones of other outlets: India, Japan, Korea, the Pacific, Gulf, Africa...
      "ist", "jst", "kst", "pst", "pdt", "cst", "cdt", "eet", "eest", "aest", "aedt", "wib", "sgt",
      "hkt", "pkt", "gst", "ast", "eat", "wat", "cat", "trt", "ict", "mst", "mdt"};
  if (weekday_from_name(w) >= 0) return true;
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* f) { return w == f; });
}

}  // namespace

std::optional<Date> parse_month_day(std::string_view piece) {
  const std::vector<Token> t = tokenize(piece);
  if (t.size() < 2 || t.size() > 3) return std::nullopt;
  const bool month_first = !t[0].number;
  const int month = month_from_name(t[month_first ? 0 : 1].text);
  const Token& day = t[month_first ? 1 : 0];
  if (!month || !day.number || day.text.size() > 2) return std::nullopt;
  if (t.size() == 3)
    return t[2].number && t[2].text.size() == 4 ? valid(to_int(t[2]), month, to_int(day))
                                                : std::nullopt;
  const int d = to_int(day);  // a leap year: "Feb. 29" is possible until the year is known
  if (d < 1 || d > days_in_month(2000, month)) return std::nullopt;
  return Date{0, month, d};
}

namespace {

// "hours" in "Updated 3 hours ago", "min" in "4 min read".
bool is_time_unit(const std::string& w) {
  static const char* const kUnits[] = {"second", "seconds", "minute", "minutes", "min",  "mins",
                                       "hour",   "hours",   "day",    "days",    "week", "weeks"};
  return std::any_of(std::begin(kUnits), std::end(kUnits), [&](const char* u) { return w == u; });
}

// "Updated 2 hours ago", "5 min read": a label of when, beside a date.
bool is_time_label(std::string_view part) {
  static const char* const kWords[] = {"ago",     "hour", "hours", "minute", "minutes", "min",
                                       "mins",    "day",  "days",  "second", "seconds", "read",
                                       "updated", "just", "now",   "week",   "weeks"};
  const std::vector<Token> t = tokenize(part);
  if (t.empty() || t.size() > 6) return false;
  return std::all_of(t.begin(), t.end(), [](const Token& w) {
    return w.number || is_filler_word(w.text) ||
           std::any_of(std::begin(kWords), std::end(kWords),
                       [&](const char* k) { return w.text == k; });
  });
}

std::optional<Date> parse_dateline_part(std::string_view line);

}  // namespace

std::optional<Date> parse_dateline(std::string_view line) {
  // "July 4, 2025 12:47 AM · 4 min read", "3 July 2025 • 14:05": a middle
  // dot or a bullet parts as a bar does.
  for (std::string_view dot : {"\u00b7", "\u2022"})
    if (line.size() <= 120 && line.find(dot) != std::string_view::npos) {
      std::string barred(line);
      for (size_t at = barred.find(dot); at != std::string::npos; at = barred.find(dot, at))
        barred.replace(at, dot.size(), " | ");
      return parse_dateline(barred);
    }
  // "Published December 7, 2023 11:42 AM EST | Updated 2 hours ago": parts
  // between bars, each a date or a label of time.
  if (line.find('|') == std::string_view::npos) return parse_dateline_part(line);
  if (line.size() > 120) return std::nullopt;
  std::optional<Date> date;
  while (!line.empty()) {
    const size_t bar = line.find('|');
    std::string_view part = line.substr(0, bar);
    line = bar == std::string_view::npos ? std::string_view() : line.substr(bar + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty()) continue;
    if (auto d = parse_dateline_part(part)) {
      if (!date) date = d;
    } else if (!is_time_label(part)) {
      return std::nullopt;
    }
  }
  return date;
}

namespace {

std::optional<Date> parse_dateline_part(std::string_view line) {
  if (line.size() > 80 || !has_year_digits(line)) return std::nullopt;
  std::vector<Token> tokens = tokenize(line);
  if (tokens.empty() || tokens.size() > 12) return std::nullopt;
  std::optional<Date> date;
  for (size_t i = 0; i < tokens.size() && !date; ++i) date = match_at(tokens, i);
  if (!date) return std::nullopt;
  int others = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.used) continue;
    // Times: 14:35, 14:35:10, 5.30 pm.
    if (t.number && t.text.size() <= 2 && i + 1 < tokens.size() && tokens[i + 1].number &&
        (tokens[i + 1].sep == ':' || tokens[i + 1].sep == '.') && !tokens[i + 1].spaced) {
      t.used = tokens[i + 1].used = true;
      if (i + 2 < tokens.size() && tokens[i + 2].number && tokens[i + 2].sep == ':')
        tokens[i + 2].used = true;
      continue;
    }
    // "Updated 3 hours ago", "4 min read" after the date.
    if (t.number && i + 1 < tokens.size() && is_time_unit(tokens[i + 1].text)) {
      tokens[i + 1].used = true;
      if (i + 2 < tokens.size() && (tokens[i + 2].text == "ago" || tokens[i + 2].text == "read"))
        tokens[i + 2].used = true;
      continue;
    }
    // A zone's offset: "GMT+3", "UTC-05:00".
    if (t.number && (t.sep == '+' || t.sep == '-') && i > 0 &&
        (tokens[i - 1].text == "gmt" || tokens[i - 1].text == "utc")) {
      if (i + 1 < tokens.size() && tokens[i + 1].number && tokens[i + 1].sep == ':')
        tokens[i + 1].used = true;
      continue;
    }
    if (!t.number && is_filler_word(t.text)) continue;
    if (t.number || ++others > 1) return std::nullopt;
  }
  return date;
}

}  // namespace

}  // namespace kd
