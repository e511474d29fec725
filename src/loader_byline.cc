// Bylines: "By NAME" lines above a body, the writers, the outlet and the
// date their parts give (see parse_byline in loader_dateline.h).
#include <algorithm>
#include <cstring>
#include <string>

#include "loader_dateline.h"

namespace kd {

bool outlet_like(std::string_view label) {
  size_t words = 0;
  bool word_start = true;
  for (const char c : label) {
    if (c >= '0' && c <= '9') return false;
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      if (!(c >= 'A' && c <= 'Z') && static_cast<unsigned char>(c) < 0x80) return false;
      ++words;
      word_start = false;
    }
  }
  return words >= 2 && words <= 5;
}

std::optional<BylineParts> split_byline(std::string_view line) {
  if (line.size() < 4 || (line.substr(0, 3) != "By " && line.substr(0, 3) != "BY ") ||
      line.size() > 160)
    return std::nullopt;
  std::string_view rest = line.substr(3);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  // A capital (or a non-ASCII letter: "By Çağlar"), so "by and large" is not one.
  if (rest.empty() || (!(rest.front() >= 'A' && rest.front() <= 'Z') &&
                       static_cast<unsigned char>(rest.front()) < 0x80))
    return std::nullopt;
  // Not a sentence: at most 12 words before any "|" (the date and section
  // labels after it: "By Ministry of External Affairs, Government of India |
  // Friday, 08 March 2024"), no final period after more than 3 words.
  const std::string_view names_part = line.substr(0, line.find('|'));
  const size_t words =
      static_cast<size_t>(std::count(names_part.begin(), names_part.end(), ' ')) + 1;
  const char last = line.back();
  if (words > 12 || ((last == '.' || last == '!' || last == '?') && words > 3)) return std::nullopt;

  BylineParts out;
  auto trim = [](std::string_view s) {
    while (!s.empty() && std::strchr(" ,;-.", s.front())) s.remove_prefix(1);
    while (!s.empty() && std::strchr(" ,;-.", s.back())) s.remove_suffix(1);
    return s;
  };
  auto add_name = [&](std::string_view piece) {
    piece = trim(piece);
    for (std::string_view suffix : {" Staff", " staff"})
      if (piece.size() > suffix.size() && piece.substr(piece.size() - suffix.size()) == suffix)
        piece = trim(piece.substr(0, piece.size() - suffix.size()));
    if (!piece.empty()) out.names.emplace_back(piece);
  };
  bool first_part = true;
  while (!rest.empty()) {
    const size_t bar = rest.find('|');
    std::string_view part = trim(rest.substr(0, bar));
    rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    if (!first_part) {
      // "By X | Thursday, 01 October 2020"; other parts are section labels
      // or the outlet ("By Staff Reporter | Yonhap | 2025-02-18").
      if (auto d = parse_dateline(part); d) {
        if (!out.published) out.published = d;
      } else if (!part.empty()) {
        out.labels.emplace_back(part);
      }
      continue;
    }
    first_part = false;
    // "Dana Omirbek in Nation on 24 January 2025": the date after "on".
    if (const size_t on = part.rfind(" on "); on != std::string_view::npos)
      if (auto d = parse_dateline(part.substr(on + 4))) {
        if (!out.published) out.published = d;
        part = trim(part.substr(0, on));
      }
    // "John Smith, AFP" / "John Smith and AFP" / "AFP, 01.10.2020".
    size_t start = 0;
    while (start <= part.size()) {
      size_t comma = part.find(',', start);
      std::string_view piece = part.substr(
          start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
      if (auto d = start > 0 ? parse_dateline(part.substr(start)) : std::nullopt) {
        if (!out.published) out.published = d;
        break;
      }
      size_t and_pos = piece.find(" and ");
      if (and_pos != std::string_view::npos) {
        add_name(piece.substr(0, and_pos));
        add_name(piece.substr(and_pos + 5));
      } else {
        add_name(piece);
      }
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
  }
  if (out.names.empty()) return std::nullopt;
  return out;
}

}  // namespace kd
