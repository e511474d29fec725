#include "render_text_util.h"

namespace kd {

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;  // count lead bytes only
  return n;
}

std::string wrap(std::string_view text, std::string_view first_indent, std::string_view indent,
                 size_t width) {
  std::string out(first_indent);
  size_t col = display_width(first_indent);
  const size_t start_col = col;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n')) ++pos;
    size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
    if (end == pos) break;
    std::string_view word = text.substr(pos, end - pos);
    const size_t w = display_width(word);
    const bool line_empty = col == start_col || col == display_width(indent);
    if (!line_empty && col + 1 + w > width) {
      out += '\n';
      out += indent;
      col = display_width(indent);
    } else if (!line_empty) {
      out += ' ';
      ++col;
    }
    out += word;
    col += w;
    pos = end;
  }
  out += '\n';
  return out;
}

std::string Style::operator()(std::string_view code, std::string_view text) const {
  if (!on) return std::string(text);
  std::string s = "\x1b[";
  s += code;
  s += 'm';
  s += text;
  s += "\x1b[0m";
  return s;
}

}  // namespace kd
