// Loader step 4 (private): sentences of the body paragraphs.
#ifndef KARABAKH_DIFF_SRC_LOADER_SENTENCES_H_
#define KARABAKH_DIFF_SRC_LOADER_SENTENCES_H_

#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/document.h"

namespace kd {

// Lexicon::abbreviations sorted for lookup, as views of the lexicon's
// strings (which must outlive the set). Made once per run, not per document.
class AbbreviationSet {
 public:
  explicit AbbreviationSet(const std::vector<std::string>& abbreviations);
  bool contains(std::string_view token) const;

 private:
  std::vector<std::string_view> sorted_;
};

// Sentences of each paragraph span of `text` (never across paragraphs), in
// order, trimmed of whitespace, empty ones skipped.
//
// ICU's sentence BreakIterator proposes the breaks (one instance per thread,
// reused), shown only the stretches of a paragraph where it can break (see
// sentence_break_windows), which gives the breaks it finds over the whole
// paragraph. A newline inside a paragraph is shown to ICU as a space, so a
// line wrap only ends a sentence where a space would. Fix-ups undo ICU breaks:
//  - after an abbreviation of `abbreviations` ("Nov.", "Mr.", "U.N.", exact
//    case): title-like ones (capitalised, no inner period: "Gen.", "Nov.")
//    never end a sentence; the others ("U.S.", "etc.") and initials ("R.",
//    also unlisted acronyms "E.U.") do when the next word is a usual
//    sentence opener ("The", "He", "But", ...);
//  - before a lower-case letter (`"Why?" he asked.`).
// Decimals ("3.5") and a closing quote after the period (`peace."`) are
// ICU's own behaviour.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Span>& paragraphs,
                                      const AbbreviationSet& abbreviations);
// The same with the lexicon's list as written.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Span>& paragraphs,
                                      const std::vector<std::string>& abbreviations);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_SENTENCES_H_
