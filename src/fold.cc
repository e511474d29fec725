#include "fold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <memory>
#include <unordered_map>

#include "ascii8.h"

namespace kd {

bool is_ascii(std::string_view text) {
  return skip_ascii(reinterpret_cast<const uint8_t*>(text.data()), 0, text.size()) == text.size();
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

// `text` through ICU, appended to `out`.
void append_transliterated(std::string_view text, std::string& out) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (icu::Transliterator* t = folding_transliterator()) {
    t->transliterate(u);
  } else {
    u.foldCase();
  }
  u.toUTF8String(out);
}

// One word (no ASCII whitespace, not all ASCII) through ICU, with a cache:
// transliteration costs microseconds and the same few non-ASCII words
// ("Çavuşoğlu", "Erdoğan") come back all the time.
void append_folded_word(std::string_view word, std::string& out) {
  constexpr size_t kCachedLength = 48, kCacheEntries = 1 << 14;
  thread_local std::unordered_map<std::string, std::string> cache;
  if (word.size() > kCachedLength) return append_transliterated(word, out);
  if (auto it = cache.find(std::string(word)); it != cache.end()) {
    out += it->second;
    return;
  }
  const size_t before = out.size();
  append_transliterated(word, out);
  if (cache.size() >= kCacheEntries) cache.clear();
  cache.emplace(std::string(word), out.substr(before));
}

// A word that starts with a combining mark (script Inherited) takes its
// script from the text before the space ("\u064F \u063A" is read as Arabic):
// only a transliteration of the whole text gives it.
bool starts_with_mark(std::string_view word) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
  UErrorCode status = U_ZERO_ERROR;
  return c >= 0 && uscript_getScript(c, &status) == USCRIPT_INHERITED;
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  if (is_ascii(text)) {  // most texts: lower case only, eight bytes at a time
    out.resize(text.size());
    lower_ascii(text.data(), text.size(), out.data());
    return out;
  }
  out.reserve(text.size());
  // Word by word: ASCII words (nearly all) are lower-cased while copying;
  // only words with a non-ASCII byte go to ICU, one at a time, so that a
  // sentence with one "Erdoğan" costs one cached lookup instead of a
  // transliteration of the whole sentence. The transliterator's rules never
  // look across whitespace (but see starts_with_mark), so folding word by
  // word gives the same text (FoldTest checks it against ICU on whole strings).
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
      const size_t at = out.size();
      out.resize(at + (j - i));
      lower_ascii(text.data() + i, j - i, out.data() + at);
    } else if (starts_with_mark(text.substr(i, j - i))) {
      out.clear();
      append_transliterated(text, out);
      return out;
    } else {
      append_folded_word(text.substr(i, j - i), out);
    }
    i = j;
  }
  return out;
}

}  // namespace kd
