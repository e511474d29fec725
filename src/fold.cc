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

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  // ASCII (nearly every word): lower-case while copying, in one pass; a
  // non-ASCII byte abandons the copy for ICU.
  out.resize(text.size());
  bool ascii = true;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (ascii) return out;
  out.clear();
  // Transliteration costs microseconds; the same few non-ASCII words
  // ("Çavuşoğlu", "Erdoğan") come back all the time: remember short ones.
  constexpr size_t kCachedLength = 48, kCacheEntries = 1 << 14;
  thread_local std::unordered_map<std::string, std::string> cache;
  const bool cacheable = text.size() <= kCachedLength;
  if (cacheable) {
    if (auto it = cache.find(std::string(text)); it != cache.end()) return it->second;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (icu::Transliterator* t = folding_transliterator()) {
    t->transliterate(u);
  } else {
    u.foldCase();
  }
  u.toUTF8String(out);
  if (cacheable) {
    if (cache.size() >= kCacheEntries) cache.clear();
    cache.emplace(std::string(text), out);
  }
  return out;
}

}  // namespace kd
