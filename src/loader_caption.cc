#include "loader_caption.h"

#include <algorithm>
#include <iterator>

namespace kd {

namespace {

// Lower-case words a credit may hold between names.
bool credit_particle(std::string_view w) {
  static const std::string_view kWords[] = {"via", "for", "and", "de",  "da",  "van",
                                            "von", "al",  "el",  "bin", "del", "di"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool upper_letter(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_letter(char c) { return c >= 'a' && c <= 'z'; }

// Words of `s` split at spaces and slashes: each starts with a capital (or
// a non-ASCII letter) or is a particle. False for an empty piece.
bool capitalized_words(std::string_view s, size_t& words) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '/')) ++i;
    if (i == s.size()) break;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '/') ++j;
    const std::string_view w = s.substr(i, j - i);
    ++words;
    const auto first = static_cast<unsigned char>(w.front());
    if (!(upper_letter(w.front()) || first >= 0x80 || w.front() == '(' || credit_particle(w)))
      return false;
    i = j;
  }
  return words > 0;
}

}  // namespace

bool is_photo_credit(std::string_view line) {
  while (!line.empty() && (line.front() == '(' || line.front() == ' ')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ')' || line.back() == ' ')) line.remove_suffix(1);
  if (line.size() < 4 || line.size() > 100) return false;
  const size_t slash = line.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= line.size()) return false;
  if (line.back() == '.' || line.back() == '!' || line.back() == '?') return false;
  // Before the slash: an agency in capitals ("REUTERS", "EPA-EFE") or a
  // word such as "Photo"; after it, a capital.
  const std::string_view left = line.substr(0, slash);
  const bool agency = std::none_of(left.begin(), left.end(), lower_letter) &&
                      std::count_if(left.begin(), left.end(), upper_letter) >= 2;
  const bool photo = left.size() >= 5 && (left.substr(left.size() - 5) == "Photo" ||
                                          left.substr(left.size() - 5) == "Press");
  const bool via = line.find(" via ") != std::string_view::npos;
  if (!agency && !photo && !via) return false;
  if (!upper_letter(line[slash + 1]) && static_cast<unsigned char>(line[slash + 1]) < 0x80)
    return false;
  size_t words = 0;
  return capitalized_words(line, words) && words <= 10;
}

bool ends_with_photo_credit(std::string_view line) {
  if (line.find('/') == std::string_view::npos) return false;  // most lines: one memchr
  for (size_t dot = line.rfind(". "); dot != std::string_view::npos && dot > 0;
       dot = line.rfind(". ", dot - 1)) {
    const std::string_view tail = line.substr(dot + 2);
    if (tail.find('/') == std::string_view::npos) return false;
    if (is_photo_credit(tail)) return true;
  }
  return false;
}

}  // namespace kd
