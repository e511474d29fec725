#include "compare_words.h"

#include <cstring>

#include "ascii8.h"

namespace kd::cmp {

namespace {

// Whether every byte of `text` outside ASCII belongs to a well-formed
// character that tokenize() takes for punctuation and the gazetteer for
// no letter: U+2000..U+206F (E2 80 xx, E2 81 80..AF; U+2070 on are
// superscripts, some of them letters), U+00A0, U+00AB, U+00BB. Then
// tokenize() made every word by its ASCII path, as split() does.
bool only_known_punctuation(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  for (;;) {
    i = skip_ascii(s, i, n);
    if (i >= n) return true;
    if (s[i] == 0xE2 && i + 2 < n && (s[i + 2] & 0xC0) == 0x80 &&
        (s[i + 1] == 0x80 || (s[i + 1] == 0x81 && s[i + 2] < 0xB0))) {
      i += 3;
    } else if (s[i] == 0xC2 && i + 1 < n &&
               (s[i + 1] == 0xA0 || s[i + 1] == 0xAB || s[i + 1] == 0xBB)) {
      i += 2;
    } else {
      return false;
    }
  }
}

// The gazetteer's word and hash of text[start, end), ASCII letters and
// digits, read eight bytes at a time as Words::split() reads them: the lower
// case of such a byte is the byte with 0x20 set, and the hash is of the
// folded bytes with the last chunk zero-padded (gaz::hash_word()). Inlined
// into the loop over a sentence's tokens: as a call it spilled and reloaded
// its eight 64-bit constants for every word, a fifth of its cost.
[[gnu::always_inline]] inline void add_word(std::string_view text, size_t start, size_t end,
                                            std::string_view folded, gaz::Words& out) {
  const char* p = text.data();
  uint64_t h = gaz::kHashSeed, lower = 0;
  size_t k = start;
  for (; k + 8 <= end; k += 8) {
    const uint64_t x = load8(p + k);
    lower |= bytes_in_range(x, 'a', 'z');
    h = gaz::hash_chunk(h, x | kOnes8 * 0x20);
  }
  if (k < end) {
    uint64_t x = 0;
    if (k + 8 <= text.size()) {
      x = load8(p + k);
    } else {
      std::memcpy(&x, p + k, text.size() - k);
    }
    const uint64_t keep = (uint64_t{1} << (8 * (end - k))) - 1;  // end - k < 8
    x &= keep;
    lower |= bytes_in_range(x, 'a', 'z');
    h = gaz::hash_chunk(h, x | (kOnes8 * 0x20 & keep));
  }
  out.add({folded, h}, {static_cast<uint32_t>(start), static_cast<uint32_t>(end), lower == 0,
                        p[start] >= 'A' && p[start] <= 'Z'});
}

}  // namespace

bool gazetteer_words(std::string_view text, uint32_t base, const std::vector<Token>& tokens,
                     gaz::Words& out) {
  if (!only_known_punctuation(text)) return false;
  out.clear();
  for (const Token& t : tokens) {
    const size_t start = t.span.start - base, end = t.span.end - base;
    add_word(text, start, end, t.folded(), out);
    if (!t.possessive || end >= text.size()) continue;
    // "Russia's": tokenize() marks the owner and drops the "s", which the
    // gazetteer keeps as a word; a bare "countries'" drops nothing.
    const size_t a = apostrophe_len(text, end);
    const size_t s = end + a;
    if (a == 0 || s >= text.size() || (text[s] != 's' && text[s] != 'S')) continue;
    if (s + 1 < text.size() && is_ascii_alnum(static_cast<unsigned char>(text[s + 1]))) continue;
    add_word(text, s, s + 1, "s", out);
  }
  return true;
}

}  // namespace kd::cmp
