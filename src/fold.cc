#include "fold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_map>

namespace kd {

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

namespace {

// ICU transliterators are expensive to build and not thread-safe to share:
// one per thread, built on first use.
icu::Transliterator* folding_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return t.get();
}

// One word (no ASCII whitespace, not all ASCII) through ICU, with a cache:
// transliteration costs microseconds and the same few non-ASCII words
// ("Çavuşoğlu", "Erdoğan") come back all the time.
void append_folded_word(std::string_view word, std::string& out) {
  constexpr size_t kCachedLength = 48, kCacheEntries = 1 << 14;
  thread_local std::unordered_map<std::string, std::string> cache;
  const bool cacheable = word.size() <= kCachedLength;
  if (cacheable) {
    if (auto it = cache.find(std::string(word)); it != cache.end()) {
      out += it->second;
      return;
    }
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (icu::Transliterator* t = folding_transliterator()) {
    t->transliterate(u);
  } else {
    u.foldCase();
  }
  const size_t before = out.size();
  u.toUTF8String(out);
  if (cacheable) {
    if (cache.size() >= kCacheEntries) cache.clear();
    cache.emplace(std::string(word), out.substr(before));
  }
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Word by word: ASCII words (nearly all) are lower-cased while copying;
  // only words with a non-ASCII byte go to ICU, one at a time, so that a
  // sentence with one "Erdoğan" costs one cached lookup instead of a
  // transliteration of the whole sentence. The transliterator's rules never
  // look across whitespace, so folding word by word gives the same text
  // (FoldTest checks it against ICU on whole strings).
  size_t i = 0;
  while (i < text.size()) {
    if (is_ascii_space(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t j = i;
    bool ascii = true;
    while (j < text.size() && !is_ascii_space(text[j])) {
      ascii = ascii && static_cast<unsigned char>(text[j]) < 0x80;
      ++j;
    }
    if (ascii) {
      for (size_t k = i; k < j; ++k) {
        const char c = text[k];
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      }
    } else {
      append_folded_word(text.substr(i, j - i), out);
    }
    i = j;
  }
  return out;
}

}  // namespace kd
