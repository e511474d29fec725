// Loader step 3b (private): a wire service's dateline opening the body.
#ifndef KARABAKH_DIFF_SRC_LOADER_WIRE_DATELINE_H_
#define KARABAKH_DIFF_SRC_LOADER_WIRE_DATELINE_H_

#include <optional>
#include <string>
#include <string_view>

#include "karabakh_diff/date.h"

namespace kd {

// A wire service's dateline at the start of the first body paragraph:
// "MOSCOW, October 12. /TASS/. Text", "MOSCOW, Oct 12 (Reuters) - Text",
// "BAKU, Azerbaijan (AP) — Text", "ANKARA (AA) - Text", "BEIJING, Oct. 12
// (Xinhua) -- Text", "NEW DELHI - Text". The place is written in capitals
// (one to four words), then optionally a region ("Azerbaijan") and a date
// ("Oct. 12", "12 October", "Oct. 12, 2020"), then the agency between
// slashes or in parentheses followed by a dash, or only a spaced dash when
// the place has four capitals or more (not "US - China talks"). `published` is set only when the
// dateline gives a year: a month and day alone are left to the text's dates, whose year comes from
// the corpus (compare_dates), never guessed here.
struct WireDateline {
  std::string agency;             // as written: "TASS", "Reuters", "AA"; empty if none
  std::optional<Date> published;  // only with a year
  size_t length = 0;              // bytes up to the text: dateline, dash and spaces
  // The agency has no mark of one ("Tehran, IRNA - Text", "(PTI) Text" with
  // no dash): kept only for an outlet the lexicon knows.
  bool known_only = false;
};
// With `title_case`, the place may be written "Tokyo", "New Delhi" (then an
// agency is needed: parse_wire_dateline() keeps it only for a known outlet).
std::optional<WireDateline> split_wire_dateline(std::string_view line, bool title_case = false);

// split_wire_dateline, keeping an agency that is not a known outlet
// (`is_media`) only when it reads as a name: a capital first, at most three
// words, none of them a tag such as "UPDATE" or "VIDEO".
template <class IsMedia>
std::optional<WireDateline> parse_wire_dateline(std::string_view line, IsMedia is_media);
bool wire_tag(std::string_view agency);

template <class IsMedia>
std::optional<WireDateline> parse_wire_dateline(std::string_view line, IsMedia is_media) {
  std::optional<WireDateline> out = split_wire_dateline(line);
  // "Tokyo, Nov 16 (Kyodo) -": a place in title case, only before an outlet
  // the lexicon knows ("Moscow (Update 2) -" is none).
  if (!out) {
    out = split_wire_dateline(line, true);
    if (out && (out->agency.empty() || !is_media(out->agency))) return std::nullopt;
  }
  if (out && !out->agency.empty() && !is_media(out->agency) &&
      (out->known_only || wire_tag(out->agency) ||
       (out->agency[0] >= 'a' && out->agency[0] <= 'z')))
    return std::nullopt;
  return out;
}

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_WIRE_DATELINE_H_
