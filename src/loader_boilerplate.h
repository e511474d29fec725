// Loader step 3c (private): page furniture recognised from a single line.
#ifndef KARABAKH_DIFF_SRC_LOADER_BOILERPLATE_H_
#define KARABAKH_DIFF_SRC_LOADER_BOILERPLATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "loader_lines.h"

namespace kd {

// Known widget phrases (Lexicon::boilerplate: "show more", "related
// articles", "also read", "tags:") matched on the folded line, plus the
// shapes that need no list. Built once per run (see LoadResources).
class BoilerplateMatcher {
 public:
  explicit BoilerplateMatcher(const std::vector<std::string>& phrases);

  // Why `line` (a line of the normalized `text`) is page furniture, or
  // nullptr:
  //  - "teaser": starts with a phrase followed by ':' '|' or '>'
  //    ("ALSO READ: ...", "Read more: ...", "Tags: ..."), whatever follows;
  //  - "boilerplate phrase": the line is a phrase (give or take punctuation:
  //    "Show More", "Related Articles >>"), or starts with one / contains a
  //    multi-word one and is short and not prose ("Back to top button",
  //    "Share this article on Facebook"), or every word is a one-word phrase
  //    ("Facebook Twitter Email Print");
  //  - "navigation widget": only tokens of <= 3 characters without lower
  //    case letters and no sentence punctuation ("XS", "A+ A-", "EN RU").
  const char* match(std::string_view text, const Line& line) const;

 private:
  struct Phrase {
    std::string text;  // folded, without a trailing ':'
    bool colon;        // written with a trailing ':' ("tags:"): a label
    bool multi_word;   // has a space: also matched inside short lines
  };
  // Calls f(phrase) for each phrase whose first word is `word` until f
  // returns true. Phrases are sorted, so these are one contiguous range.
  template <class F>
  void for_each_starting_with(std::string_view word, F f) const;
  bool is_widget_word(std::string_view word) const;  // a one-word phrase
  // Whether folded `core` holds a multi-word phrase as whole words.
  bool contains_multi_word_phrase(std::string_view core) const;

  std::vector<Phrase> phrases_;  // sorted by text
};

// Text used to compare lines for "repeated line" and "repeated headline":
// folded (case, accents: see fold.h), inner whitespace collapsed. The text is
// already normalized, so differently curled apostrophes compare equal. ASCII
// lines take a fast path without ICU.
std::string line_key(std::string_view text);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_BOILERPLATE_H_
