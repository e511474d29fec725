// Shapes of single lines the structure step asks about (loader_structure.cc).
#include "loader_line_shapes.h"

namespace kd {

size_t time_stamp_length(std::string_view p) {
  auto digit = [&](size_t k) { return k < p.size() && p[k] >= '0' && p[k] <= '9'; };
  size_t k = digit(0) && digit(1) ? 2 : digit(0) ? 1 : 0;
  if (k == 0 || k >= p.size() || p[k] != ':' || !digit(k + 1) || !digit(k + 2)) return 0;
  k += 3;
  while (k < p.size() && p[k] == ' ') ++k;
  size_t zone = k;  // "GMT", "BST", "UTC", "ET"
  while (zone < p.size() && zone - k < 4 && p[zone] >= 'A' && p[zone] <= 'Z') ++zone;
  if (zone > k && (zone == p.size() || p[zone] == ' ')) k = zone;
  while (k < p.size() && p[k] == ' ') ++k;
  // A hyphen, or an en or em dash (UTF-8 E2 80 93/94).
  if (k < p.size() && p[k] == '-') {
    ++k;
  } else if (p.compare(k, 3, "\u2013") == 0 || p.compare(k, 3, "\u2014") == 0) {
    k += 3;
  } else {
    return 0;
  }
  while (k < p.size() && p[k] == ' ') ++k;
  return k < p.size() ? k : 0;
}

bool capitalised_name(std::string_view s) {
  bool word_start = true, first = true;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') return false;
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && c >= 'a' && c <= 'z') {
      const std::string_view rest = s.substr(i);
      const bool small = !first && (rest.substr(0, 3) == "of " || rest.substr(0, 4) == "the " ||
                                    rest.substr(0, 4) == "and ");
      if (!small) return false;
    }
    word_start = false;
    first = false;
  }
  return true;
}

std::optional<Credit> credit_line(std::string_view s) {
  static constexpr std::string_view kLabels[] = {
      "Source", "Editor", "Editors",    "Reporter",  "Reporters",
      "Writer", "Author", "Written by", "Edited by", "Reporting by"};
  for (std::string_view label : kLabels) {
    if (s.substr(0, label.size()) != label) continue;
    std::string_view rest = s.substr(label.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || rest.front() != ':') continue;
    rest.remove_prefix(1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (rest.empty()) return std::nullopt;
    return Credit{rest, label == "Source"};
  }
  return std::nullopt;
}

}  // namespace kd
