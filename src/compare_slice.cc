// Tokens of a slice of a text already tokenized: the claims of a statement
// are mostly verbatim slices of one sentence, which the comparer tokenized
// before (tokenize() was a third of describe_statements).
#include <algorithm>

#include "ascii8.h"
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

namespace {

bool is_gap_space(char c) { return c == ' ' || c == '\n'; }

// Whether tokenize() makes the same tokens, flags included, of `s` with and
// without the ASCII double quote at s[p]. The quote makes no word and no
// break itself; what it can change is what tokenize() reads around it:
// whether a byte follows a word ("'s", "-", "."), whether a word follows a
// hyphen, and the first byte after a full stop's spaces (a quote or a
// capital starts a sentence). So: an opening quote between a space and an
// ASCII letter or digit, which must be a capital after a full stop and
// spaces; or a closing quote between an ASCII letter, digit or comma and a
// space.
bool quote_is_inert(std::string_view s, size_t p) {
  if (p == 0 || p + 1 >= s.size()) return false;
  const auto before = static_cast<unsigned char>(s[p - 1]);
  const auto after = static_cast<unsigned char>(s[p + 1]);
  if (is_gap_space(s[p - 1]) && is_ascii_alnum(after)) {
    if (after >= 'A' && after <= 'Z') return true;
    size_t k = p - 1;
    while (k > 0 && is_gap_space(s[k])) --k;
    return s[k] != '.';
  }
  return (is_ascii_alnum(before) || before == ',') && is_gap_space(s[p + 1]);
}

}  // namespace

bool drop_quote_marks(std::string_view slice, std::string_view claim, uint32_t base,
                      std::vector<Token>& tokens) {
  thread_local std::vector<uint32_t> dropped;  // slice offsets of the quotes taken out
  dropped.clear();
  size_t j = 0;
  for (size_t i = 0; i < slice.size(); ++i) {
    if (j < claim.size() && slice[i] == claim[j]) {
      ++j;
    } else if (slice[i] == '"' && quote_is_inert(slice, i)) {
      dropped.push_back(static_cast<uint32_t>(i));
    } else {
      return false;
    }
  }
  if (j != claim.size()) return false;
  // Quotes are no word bytes: each lies between two tokens, and a token
  // moves back by the number of quotes before it.
  size_t before = 0;
  for (Token& t : tokens) {
    while (before < dropped.size() && base + dropped[before] < t.span.start) ++before;
    t.span.start -= static_cast<uint32_t>(before);
    t.span.end -= static_cast<uint32_t>(before);
  }
  return true;
}

namespace {

// Whether a byte between two pieces' tokens leaves them as tokenize() of
// the whole would: ASCII, no word byte, no apostrophe ("'s" marks the token
// before) and no hyphen (looks at the byte after).
bool is_plain_gap_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && !is_ascii_alnum(u) && c != '\'' && c != '-';
}

}  // namespace

// Why joining is exact: inside a piece, tokenize() decides as within the
// whole (see above; plain gap bytes make no word byte either way). At a
// joint, the token before keeps possessive false (no apostrophe follows
// it) and the token after starts a clause exactly when tokenize() of the
// two words and the gap says so: a clause break depends only on the gap's
// bytes, the token before it and the first byte after a full stop's spaces.
bool join_tokens(std::string_view text, const std::vector<std::vector<Token>>& pieces, size_t first,
                 size_t last, std::vector<Token>& out) {
  out.clear();
  for (size_t p = first; p <= last && p < pieces.size(); ++p) {
    const std::vector<Token>& piece = pieces[p];
    if (piece.empty()) continue;
    if (!out.empty()) {
      const Token& before = out.back();
      const Token& after = piece.front();
      if (after.span.start < before.span.end || after.span.end > text.size()) return false;
      for (uint32_t i = before.span.end; i < after.span.start; ++i)
        if (!is_plain_gap_byte(text[i])) return false;
    }
    const size_t joint = out.size();
    out.insert(out.end(), piece.begin(), piece.end());
    if (joint > 0) {
      const Token& before = out[joint - 1];
      const std::vector<Token> pair =
          tokenize(text.substr(before.span.start, out[joint].span.end - before.span.start),
                   before.span.start);
      if (pair.size() != 2 || pair[0].span.end != before.span.end ||
          pair[1].span.start != out[joint].span.start || pair[1].span.end != out[joint].span.end)
        return false;
      out[joint - 1].possessive = pair[0].possessive;
      out[joint].clause_start = pair[1].clause_start;
    }
  }
  return !out.empty();
}

}  // namespace kd::cmp
