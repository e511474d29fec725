// Loader step 3a (private): the normalized text as lines with the shape facts
// that the structure and boilerplate rules look at.
#ifndef KARABAKH_DIFF_SRC_LOADER_LINES_H_
#define KARABAKH_DIFF_SRC_LOADER_LINES_H_

#include <string_view>
#include <vector>

#include "karabakh_diff/document.h"

namespace kd {

// Word counts stop here: every rule only asks "at most N words" for small N,
// and a 100 MB line must not cost more than one pass.
inline constexpr uint32_t kMaxCountedWords = 64;

struct Line {
  Span span;                    // the line without its '\n'
  Span trimmed;                 // without leading/trailing spaces and tabs
  uint32_t words = 0;           // whitespace-separated tokens, capped at kMaxCountedWords
  uint32_t letters = 0;         // alphabetic characters
  uint32_t script_letters = 0;  // letters in `script`
  int32_t script = -1;          // UScriptCode with the most letters, -1 if none
  bool ends_sentence = false;   // last character before closing quotes/brackets is . ! ? or …
  bool has_quote = false;       // contains '"'
  bool caps_tokens = false;     // every token has <= 3 characters and no lower-case letter
                                // ("XS", "A+", "EN"): widget labels, not words

  bool blank() const { return trimmed.start == trimmed.end; }
  // Prose rather than page furniture: a finished sentence of a few words, a
  // quote inside a longer line, or simply a long line.
  bool body_like() const {
    return (ends_sentence && words >= 4) || (has_quote && words >= 8) || words >= 25;
  }
};

// Splits `text` at '\n' (the text has no other line ends) and measures each
// line. The last line may be empty.
std::vector<Line> split_lines(std::string_view text);

// The script most letters of the text are in (by sum over lines), -1 if none.
int32_t main_script(const std::vector<Line>& lines);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_LINES_H_
