// Wire datelines at the start of a body: "MOSCOW, Oct. 12 (Reuters) - ...".
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "loader_dateline.h"
#include "loader_wire_dateline.h"

namespace kd {

namespace {

// Bytes of the all-capital word at s[i] ("MOSCOW", "ŞUŞA", "ST.", "NUR-SULTAN"),
// 0 when there is none or it has a lower-case letter ("Moscow").
// With `title`, a word with a capital first and lower case after it
// ("Tokyo", "New") counts as two capitals.
size_t capital_word(std::string_view s, size_t i, int& capitals, bool title = false) {
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t j = static_cast<int32_t>(i);
  int upper = 0;
  while (j < n) {
    int32_t k = j;
    UChar32 c;
    U8_NEXT(s.data(), k, n, c);
    if (u_isUUppercase(c) && (!title || j == static_cast<int32_t>(i))) {
      ++upper;
    } else if (title && upper > 0 && u_isULowercase(c)) {
      // the rest of a title-case word
    } else if (c != '-' && c != '.' && c != '\'' && c != 0x2019) {
      if (u_isalnum(c)) return 0;
      break;
    }
    j = k;
  }
  if (title && upper > 0) upper = 2;
  capitals += upper;
  return upper > 0 ? static_cast<size_t>(j) - i : 0;
}

// A region after the place ("Azerbaijan", "N.Y."): up to three words that
// begin with a capital and hold no digit.
bool region_like(std::string_view piece) {
  int words = 0;
  bool start = true;
  for (char c : piece) {
    if (c >= '0' && c <= '9') return false;
    if (c == ' ') {
      start = true;
    } else if (start) {
      if (c >= 'a' && c <= 'z') return false;
      start = false;
      ++words;
    }
  }
  return words >= 1 && words <= 3;
}

std::string_view trim_piece(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

// Bytes of the dash after "(Reuters)": "-", "--", an en or em dash.
size_t dash_at(std::string_view s, size_t i) {
  if (s.substr(i, 2) == "--") return 2;
  if (s.substr(i, 1) == "-") return 1;
  if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") return 3;
  return 0;
}

// "July 10, 2024 (PORT SUDAN) - Text": the date first, the place in
// brackets, in capitals, then a dash.
std::optional<WireDateline> date_first(std::string_view line) {
  const size_t open = line.find(" (");
  if (open == std::string_view::npos || open > 30) return std::nullopt;
  const std::optional<Date> date = parse_dateline(line.substr(0, open));
  if (!date || !date->complete()) return std::nullopt;
  int capitals = 0;
  size_t i = open + 2;
  while (const size_t n = capital_word(line, i, capitals)) {
    i += n;
    if (i < line.size() && line[i] == ' ') ++i;
  }
  if (capitals < 2 || i >= line.size() || line[i] != ')') return std::nullopt;
  ++i;
  while (i < line.size() && line[i] == ' ') ++i;
  const size_t dash = dash_at(line, i);
  if (dash == 0 || i + dash >= line.size() || line[i + dash] != ' ') return std::nullopt;
  WireDateline out;
  out.length = i + dash;
  while (out.length < line.size() && line[out.length] == ' ') ++out.length;
  out.published = date;
  return out;
}

bool is_year(std::string_view piece) {
  return piece.size() == 4 && piece.find_first_not_of("0123456789") == piece.npos;
}

// Gives a month and day the year `digits` (is_year()); false when that is
// out of range or has no such day ("Feb. 29, 2023").
bool set_year(Date& date, std::string_view digits) {
  date.year = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 +
              (digits[3] - '0');
  return date.year >= 1900 && date.year <= 2200 && date.day <= days_in_month(date.year, date.month);
}

// "IRNA", "SPA", "WAM": an agency's initials (two letters or more).
bool all_capitals(std::string_view piece) {
  if (piece.size() < 2 || piece.size() > 8) return false;
  return std::all_of(piece.begin(), piece.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Where the text starts after the dateline's last mark at `at`, and the
// date it gives: its own, or the line's rest when that is only a date
// ("Addis Ababa (AFP) - Feb 13, 2025" on a line of its own).
size_t after_dateline(std::string_view line, size_t at, WireDateline& out,
                      const std::optional<Date>& date) {
  while (at < line.size() && line[at] == ' ') ++at;
  if (date && date->complete()) out.published = date;
  const std::string_view rest = line.substr(at);
  if (!out.published && !rest.empty() && rest.size() <= 32)
    if (std::optional<Date> d = parse_dateline(rest); d && d->complete()) {
      out.published = d;
      return line.size();
    }
  return at;
}

}  // namespace

std::optional<WireDateline> split_wire_dateline(std::string_view line, bool title_case) {
  line = line.substr(0, std::min<size_t>(line.size(), 160));
  if (auto out = date_first(line)) return out;
  size_t i = 0;
  int words = 0, capitals = 0;
  while (words < (title_case ? 3 : 4)) {
    const size_t n = capital_word(line, i, capitals, title_case);
    if (n == 0) break;
    i += n;
    ++words;
    // "WASHINGTON/MOSCOW": two places of one story (not "MOSCOW/TASS/").
    if (i + 1 < line.size() && line[i] == '/') {
      int more = 0;
      const size_t m = capital_word(line, i + 1, more);
      if (m > 0 && i + 1 + m < line.size() && line[i + 1 + m] != '/') {
        capitals += more;
        i += 1 + m;
      }
    }
    if (i + 1 < line.size() && line[i] == ' ' && line[i + 1] != '(' && line[i + 1] != '/') ++i;
  }
  if (words == 0 || capitals < 2) return std::nullopt;
  const std::string_view place = trim_piece(line.substr(0, i));
  WireDateline out;
  std::optional<Date> date;
  std::string_view last_piece;  // the last comma piece: a region, or the agency
  for (int pieces = 0; i < line.size() && line[i] == ',' && pieces < 3; ++pieces) {
    size_t end = line.find_first_of(",(/", i + 1);
    // "VIENTIANE, July 25, 2024 - Text": the year ends at the spaced dash.
    for (size_t d = line.find(' ', i + 1); d != std::string_view::npos && d < end;
         d = line.find(' ', d + 1))
      if (dash_at(line, d + 1) > 0) {
        end = d;
        break;
      }
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view piece = trim_piece(line.substr(i + 1, end - i - 1));
    if (date && date->year == 0 && is_year(piece)) {
      if (!set_year(*date, piece)) return std::nullopt;  // "Oct. 12, 2020"
    } else if (!date && parse_month_day(piece)) {
      date = parse_month_day(piece);
      // "February 13/2025": the year after a slash.
      if (end < line.size() && line[end] == '/' && is_year(line.substr(end + 1, 4))) {
        if (!set_year(*date, line.substr(end + 1, 4))) return std::nullopt;
        end += 5;
      }
    } else if (date && !all_capitals(piece)) {
      return std::nullopt;
    } else if (!region_like(piece)) {
      return std::nullopt;
    }
    last_piece = piece;
    i = end;
  }
  while (i < line.size() && (line[i] == ' ' || line[i] == '.')) ++i;
  // "Tehran, IRNA - Text", "Tehran, Sept 10, IRNA -- Text": the agency as
  // the last piece, in capitals, before the dash.
  if (const size_t dash = dash_at(line, i);
      dash > 0 && all_capitals(last_piece) && i + dash < line.size() && line[i + dash] == ' ') {
    out.agency.assign(last_piece);
    out.known_only = true;  // "KYIV, UKRAINE - Text" names no agency
    out.length = after_dateline(line, i + dash, out, date);
    return out;
  }
  // "NEW DELHI - Text": no agency, a spaced dash right after the place.
  if (const size_t dash = dash_at(line, i);
      !title_case && dash > 0 && i > 0 && line[i - 1] == ' ' && capitals >= 4 && !wire_tag(place) &&
      i + dash < line.size() && line[i + dash] == ' ') {
    out.length = i + dash;
    while (out.length < line.size() && line[out.length] == ' ') ++out.length;
    if (date && date->complete()) out.published = date;
    return out;
  }
  // "NEW DELHI: Text", as Indian papers write it; not a tag ("UPDATE:").
  if (!title_case && i < line.size() && line[i] == ':' && i + 1 < line.size() &&
      line[i + 1] == ' ' && capitals >= 4 && !date && !wire_tag(place)) {
    out.length = i + 1;
    while (out.length < line.size() && line[out.length] == ' ') ++out.length;
    return out;
  }
  if (i >= line.size() || (line[i] != '/' && line[i] != '(')) return std::nullopt;
  const char close = line[i] == '/' ? '/' : ')';
  const size_t end = line.find(close, i + 1);
  if (end == std::string_view::npos || end - i > 40) return std::nullopt;
  const std::string_view agency = trim_piece(line.substr(i + 1, end - i - 1));
  // A lower-case agency ("(dpa)") is kept here; parse_wire_dateline() keeps
  // it only when the lexicon knows the outlet.
  if (agency.empty() || agency.find_first_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  size_t after = end + 1;
  if (close == '/') {
    if (after < line.size() && line[after] == '.') ++after;  // "/TASS/."
  } else {
    while (after < line.size() && line[after] == ' ') ++after;
    if (after + 1 < line.size() && line[after] == '.' && line[after + 1] == '-')
      ++after;  // "(EFE).-"
    const size_t dash = dash_at(line, after);
    // "New Delhi, May 13 (PTI) External Affairs Minister ...": no dash, a
    // capital after the agency (kept only for a known outlet).
    if (dash == 0 && after > end + 1 && after < line.size() && line[after] >= 'A' &&
        line[after] <= 'Z') {
      out.known_only = true;
    } else if (dash == 0) {
      return std::nullopt;
    }
    after += dash;
  }
  if (!out.known_only && after < line.size() && line[after] != ' ') return std::nullopt;
  out.agency.assign(agency);
  out.length = after_dateline(line, after, out, date);
  return out;
}

bool wire_tag(std::string_view agency) {
  static constexpr std::string_view kTags[] = {
      "update",    "updated",   "updates",   "video",    "photo",   "photos",    "live",
      "watch",     "breaking",  "exclusive", "analysis", "opinion", "corrected", "refile",
      "factbox",   "explainer", "timeline",  "wrapup",   "insight", "focus",     "note",
      "editorial", "interview", "comment",   "review",   "feature", "highlights"};
  std::string first;
  for (char c : agency) {
    if (c == ' ') break;
    first.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  }
  if (std::count(agency.begin(), agency.end(), ' ') >= 3) return true;
  return std::find(std::begin(kTags), std::end(kTags), first) != std::end(kTags);
}

}  // namespace kd
