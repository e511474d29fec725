// The gazetteer's words of a sentence made from the comparer's tokens of it
// (private): both split the same letters and digits, so the comparer need
// not have the gazetteer split and fold every sentence a second time.
#ifndef KARABAKH_DIFF_SRC_COMPARE_WORDS_H_
#define KARABAKH_DIFF_SRC_COMPARE_WORDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "compare_text.h"
#include "gazetteer_words.h"

namespace kd::cmp {

// Fills `out` with what out.split(text) would give, from `tokens` =
// tokenize(text, base), and returns true; `out` points into `tokens`. False
// (out unspecified) when `text` has a byte outside ASCII other than the
// punctuation tokenize() knows: there the two splits may differ (letters
// folded by ICU, marks, broken UTF-8), and the caller calls split().
bool gazetteer_words(std::string_view text, uint32_t base, const std::vector<Token>& tokens,
                     gaz::Words& out);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_WORDS_H_
