// Loader step 4, fast path (private): paragraphs that ICU's sentence rules
// can only break at their end, found without running the break iterator.
#ifndef KARABAKH_DIFF_SRC_LOADER_SENTENCE_END_H_
#define KARABAKH_DIFF_SRC_LOADER_SENTENCE_END_H_

#include <string_view>

namespace kd {

// True only when ICU's sentence BreakIterator (UAX #29, no tailoring) finds
// no break before the end of `text` (UTF-8) with its line breaks ('\n')
// read as spaces, which is how the splitter shows a paragraph to ICU. By
// the rules, a break needs a paragraph separator (SB4) or a terminator
// ('.', '!', '?', '。', ...) followed by closing punctuation and spaces and
// then something that does not continue it (SB11). So this holds when there
// is no separator and, after the first terminator, only terminators,
// closing punctuation and spaces follow, with no closing punctuation after
// a space unless a terminator comes between (SB8a keeps ". ." together;
// ". \"" breaks). False when unsure (invalid UTF-8 included): then ICU
// decides. Properties come from ICU (a table for ASCII, filled once).
bool breaks_only_at_end(std::string_view text);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_SENTENCE_END_H_
