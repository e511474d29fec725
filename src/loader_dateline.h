// Loader step 3b (private): byline and dateline lines.
#ifndef KARABAKH_DIFF_SRC_LOADER_DATELINE_H_
#define KARABAKH_DIFF_SRC_LOADER_DATELINE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/date.h"

namespace kd {

// The date of a line that is (mostly) a date: "01.10.2020", "2020-10-01",
// "Oct. 1, 2020", "October 1st, 2020", "Thursday, 01 October 2020",
// "Published: 01/10/2020 14:35 GMT". Weekday names, times and words such as
// "published"/"updated" may surround the date, plus at most one other word
// (a place: "MOSCOW, Oct. 1, 2020"); anything more is body text, so an
// article sentence that mentions a date never qualifies. Needs a year.
// Slashes read month first (US) unless that is impossible.
std::optional<Date> parse_dateline(std::string_view line);

// A month and day, with or without a year ("Oct. 12", "12 October", "Oct 12
// 2020"), alone in `piece`; year 0 when it has none (then any day the month
// can have in a leap year).
std::optional<Date> parse_month_day(std::string_view piece);

struct Byline {
  std::string name;               // "Reuters", "AFP", as written
  std::optional<Date> published;  // "By Reuters | Thursday, 01 October 2020"
};

// "By NAME" lines: starts with "By " and a capital, at most 12 words, not a
// sentence ("By Thursday, the guns had fallen silent." is body text). Parts
// after '|' and ',' that are datelines give `published`; a trailing "Staff"
// is dropped from the name. `is_media(piece)` picks, among comma- or
// "and"-separated names ("By John Smith, AFP") and then the parts after '|'
// ("By Staff Reporter | Yonhap"), the one that is an outlet; without a media
// match the first name is used.
template <class IsMedia>
std::optional<Byline> parse_byline(std::string_view line, IsMedia is_media);

// Two to five words, each capitalised, no digits: "Jakarta Globe".
bool outlet_like(std::string_view label);

// Non-template core of parse_byline: the candidate names in order.
struct BylineParts {
  std::vector<std::string> names;   // before the first '|'
  std::vector<std::string> labels;  // the other parts, dates aside
  std::optional<Date> published;
};
std::optional<BylineParts> split_byline(std::string_view line);

template <class IsMedia>
std::optional<Byline> parse_byline(std::string_view line, IsMedia is_media) {
  std::optional<BylineParts> parts = split_byline(line);
  if (!parts || parts->names.empty()) return std::nullopt;
  Byline out{parts->names.front(), parts->published};
  for (const std::vector<std::string>* list : {&parts->names, &parts->labels})
    for (const std::string& name : *list)
      if (is_media(name)) {
        out.name = name;
        return out;
      }
  // "By Dian Permatasari | Jakarta Globe | 12/03/2025": a name of capitalised
  // words after the writer's is the outlet's (a section is one word: "World").
  for (const std::string& label : parts->labels)
    if (outlet_like(label)) {
      out.name = label;
      break;
    }
  return out;
}

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_DATELINE_H_
