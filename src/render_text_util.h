// Small text-layout helpers shared by the human-readable renderers (private).
#ifndef KARABAKH_DIFF_SRC_RENDER_TEXT_UTIL_H_
#define KARABAKH_DIFF_SRC_RENDER_TEXT_UTIL_H_

#include <string>
#include <string_view>

namespace kd {

// Number of terminal columns `s` takes: one per code point (good enough for
// the Latin, Cyrillic and Armenian text of news articles).
size_t display_width(std::string_view s);

// Word-wraps `text` to `width` columns; every line starts with `indent`, the
// first with `first_indent` instead. Words longer than a line are kept whole.
std::string wrap(std::string_view text, std::string_view first_indent, std::string_view indent,
                 size_t width);

// ANSI styling that vanishes when colour is off.
struct Style {
  bool on = false;
  std::string operator()(std::string_view code, std::string_view text) const;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_RENDER_TEXT_UTIL_H_
