// Loader (private): shapes of single lines, for the structure step.
#ifndef KARABAKH_DIFF_SRC_LOADER_LINE_SHAPES_H_
#define KARABAKH_DIFF_SRC_LOADER_LINE_SHAPES_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace kd {

// "09:37 GMT - ", "14:32 –": the time stamp opening a live blog's entry,
// its length in bytes with the dash and spaces; 0 when there is none (or
// nothing follows it).
size_t time_stamp_length(std::string_view p);

// Every word capitalised, but "of", "the", "and" inside ("Times of India"),
// and no digits: a name ("Buenos Aires Times").
bool capitalised_name(std::string_view s);

// "Source: Xinhua", "Editor: Zhang Yiqing", "Written by: ...": a credit
// line, its name (a view into the line) and whether it names the source.
struct Credit {
  std::string_view name;
  bool source = false;
};
std::optional<Credit> credit_line(std::string_view s);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_LINE_SHAPES_H_
