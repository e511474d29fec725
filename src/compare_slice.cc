// Tokens of a slice of a text already tokenized: the claims of a statement
// are mostly verbatim slices of one sentence, which the comparer tokenized
// before (tokenize() was a third of describe_statements).
#include <algorithm>

#include "compare_text.h"

namespace kd::cmp {

// Why copying is exact when the slice starts at a token's start and ends at
// a token's end: tokenize() decides at each byte from the bytes before it
// back to the last token, and at most two bytes after it (UTF-8 punctuation,
// "'s", "-x"), or the next non-space byte after a full stop. Inside the
// slice, all of these lie before the last token, so both runs see the same
// bytes and the same last token. What differs is only at the edges:
// - the first token: the text alone starts with no pending clause break;
// - the last token: nothing follows it in the text alone, so no "'s".
// UTF-8 punctuation cut by the slice's end cannot change a word either: the
// last token's bytes are word bytes with the text around them, and testing
// fewer bytes after a byte only makes it a word byte more often.
bool tokens_of_slice(const std::vector<Token>& tokens, Span slice, uint32_t base,
                     std::vector<Token>& out) {
  if (slice.start >= slice.end) return false;
  const auto first =
      std::lower_bound(tokens.begin(), tokens.end(), slice.start,
                       [](const Token& t, uint32_t pos) { return t.span.start < pos; });
  if (first == tokens.end() || first->span.start != slice.start) return false;
  auto last = first;
  while (last != tokens.end() && last->span.end < slice.end) ++last;
  if (last == tokens.end() || last->span.end != slice.end) return false;
  out.assign(first, last + 1);
  for (Token& t : out) {
    t.span.start = t.span.start - slice.start + base;
    t.span.end = t.span.end - slice.start + base;
  }
  out.front().clause_start = false;
  out.back().possessive = false;
  return true;
}

}  // namespace kd::cmp
