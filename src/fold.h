// Folding for matching (private): case- and accent-insensitive, transliterated
// to ASCII with ICU, so "Çavuşoğlu", "ÇAVUŞOĞLU" and "Cavusoglu" compare equal.
#ifndef KARABAKH_DIFF_SRC_FOLD_H_
#define KARABAKH_DIFF_SRC_FOLD_H_

#include <string>
#include <string_view>

namespace kd {

// Folded form of UTF-8 `text`: ICU "Any-Latin; Latin-ASCII; Lower" (ASCII input
// takes a fast path that only lower-cases). Invalid UTF-8 becomes U+FFFD,
// which stays. ASCII whitespace is kept as it is. Output length may differ from input length: do
// not use folded offsets as text offsets. Thread-safe (one ICU transliterator per thread).
std::string fold(std::string_view text);

// True when every byte is ASCII.
bool is_ascii(std::string_view text);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_FOLD_H_
