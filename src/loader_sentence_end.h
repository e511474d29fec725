// Loader step 4, fast path (private): paragraphs that ICU's sentence rules
// can only break at their end, found without running the break iterator.
#ifndef KARABAKH_DIFF_SRC_LOADER_SENTENCE_END_H_
#define KARABAKH_DIFF_SRC_LOADER_SENTENCE_END_H_

#include <cstddef>
#include <string_view>
#include <vector>

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

// A stretch [start, end) of byte offsets of a paragraph.
struct BreakWindow {
  size_t start = 0;
  size_t end = 0;
};

// The stretches of `text` (UTF-8, read as above) that ICU's sentence
// BreakIterator has to see, so that it need not scan the sentences between
// them. Holds when it returns true: run over a window alone, ICU breaks
// inside it exactly where it breaks inside it over the whole text (the
// break it reports at the window's own end aside, unless that is the end of
// `text`), and it never breaks outside the windows.
//
// Why: a break only follows a terminator run "SATerm Close* Sp*" (SB11) or
// a separator (SB4); the rules that decide it look back no further than
// the character before the terminator (SB7) and ahead no further than the
// first letter after the run (SB8 stops at a letter; SB6, SB7, SB8a look
// one character ahead). So each window starts between two ASCII letters
// before a terminator (or at the start of `text`) and ends between the
// first two ASCII letters after it (or at the end of `text`): no rule's
// context crosses such a cut, and no break falls on it. Windows closer
// than two dozen bytes are merged (one ICU call is worth more than the
// bytes between). False, leaving `windows` unspecified, for text with a
// separator or invalid UTF-8: then ICU reads all of it.
bool sentence_break_windows(std::string_view text, std::vector<BreakWindow>& windows);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_SENTENCE_END_H_
