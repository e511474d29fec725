#include "loader_sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>

#include "ascii8.h"
#include "loader_sentence_end.h"

namespace kd {

namespace {

// Building a rule-based break iterator costs far more than a paragraph, so
// each thread keeps one and only resets its text.
icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return iterator.get();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Byte offsets in valid UTF-8 of increasing UTF-16 indexes (ICU's breaks).
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view utf8) : s_(utf8) {}
  size_t of(size_t index) {
    while (unit_ < index && byte_ < s_.size()) {
      const auto lead = static_cast<uint8_t>(s_[byte_]);
      const size_t length = U8_COUNT_TRAIL_BYTES(lead) + 1;
      byte_ += length;
      unit_ += length == 4 ? 2 : 1;
    }
    return byte_;
  }

 private:
  std::string_view s_;
  size_t unit_ = 0, byte_ = 0;
};

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// Words that usually start a sentence: after "U.S." or an initial they mean
// the abbreviation ended the sentence. Sorted for binary search.
constexpr std::string_view kOpeners[] = {
    "A",     "According", "After",    "Also",  "Although", "An",      "And",   "As",
    "At",    "Before",    "Both",     "But",   "Despite",  "Earlier", "For",   "He",
    "Her",   "His",       "However",  "I",     "If",       "In",      "It",    "Its",
    "Later", "Meanwhile", "Moreover", "On",    "Our",      "She",     "Since", "So",
    "Still", "That",      "The",      "Their", "Then",     "There",   "These", "They",
    "This",  "Those",     "We",       "When",  "While",    "Yet",     "You"};

constexpr bool is_sorted_list() {
  for (size_t i = 1; i < std::size(kOpeners); ++i)
    if (!(kOpeners[i - 1] < kOpeners[i])) return false;
  return true;
}
static_assert(is_sorted_list(), "kOpeners must stay sorted");

bool is_sentence_opener(std::string_view word) {
  return std::binary_search(std::begin(kOpeners), std::end(kOpeners), word);
}

// "U.S.", "E.U.", "e.g.": one letter, a period, repeated.
bool is_dotted_acronym(std::string_view token) {
  if (token.size() < 4 || token.size() % 2 != 0) return false;
  for (size_t i = 0; i < token.size(); i += 2)
    if (!std::isalpha(static_cast<unsigned char>(token[i])) || token[i + 1] != '.') return false;
  return true;
}

class Splitter {
 public:
  explicit Splitter(const AbbreviationSet& abbreviations) : abbreviations_(abbreviations) {}

  // Whether ICU's break at `b` inside `para` should be undone.
  bool keep_together(std::string_view para, size_t b) const {
    size_t next = b;
    while (next < para.size() && (is_space(para[next]) || std::strchr("\"'(", para[next]))) ++next;
    if (next >= para.size()) return false;
    UChar32 c;
    size_t probe = next;
    U8_NEXT_UNSAFE(reinterpret_cast<const uint8_t*>(para.data()), probe, c);
    if (u_islower(c)) return true;

    size_t end = b;
    while (end > 0 && is_space(para[end - 1])) --end;
    if (end == 0 || para[end - 1] != '.') return false;
    size_t start = end - 1;
    while (start > 0 && !is_space(para[start - 1])) --start;
    std::string_view token = para.substr(start, end - start);
    while (!token.empty() && std::strchr("\"'([", token.front())) token.remove_prefix(1);
    if (token.empty()) return false;

    size_t word_end = next;
    while (word_end < para.size() && std::isalpha(static_cast<unsigned char>(para[word_end])))
      ++word_end;
    const bool opener = is_sentence_opener(para.substr(next, word_end - next));
    if (abbreviations_.contains(token)) {
      const bool title_like = is_upper_ascii(token.front()) && token.find('.') == token.size() - 1;
      return title_like || !opener;
    }
    const bool initial = token.size() == 2 && is_upper_ascii(token.front());
    if (initial || is_dotted_acronym(token)) return !opener;
    return false;
  }

  void split(std::string_view text, Span para_span, uint32_t paragraph,
             std::vector<Sentence>& out) {
    std::string_view para = text.substr(para_span.start, para_span.size());
    size_t start = 0;
    auto emit = [&](size_t end) {
      size_t a = start, z = end;
      while (a < z && is_space(para[a])) ++a;
      while (z > a && is_space(para[z - 1])) --z;
      if (z > a)
        out.push_back({{static_cast<uint32_t>(para_span.start + a),
                        static_cast<uint32_t>(para_span.start + z)},
                       paragraph});
      start = end;
    };
    // keep_together() sees '\n' as the space ICU was shown.
    auto on_break = [&](size_t pos) {
      if (!keep_together(para, pos)) emit(pos);
    };
    // ICU need not read the sentences between terminators, nor a paragraph
    // whose only terminators end it (most paragraphs of news are one
    // sentence).
    if (sentence_break_windows(para, windows_)) {
      for (const BreakWindow& w : windows_) {
        if (w.end == para.size() && breaks_only_at_end(para.substr(w.start))) break;
        if (!icu_breaks(para, w, on_break)) break;
      }
    } else {
      icu_breaks(para, {0, para.size()}, on_break);
    }
    emit(para.size());
  }

  ~Splitter() {
    // The iterator keeps a shallow clone of the UText; point it at an empty
    // string before the paragraph buffers go away.
    if (icu::BreakIterator* it = sentence_iterator()) it->setText(icu::UnicodeString());
    utext_close(utext_);
  }

 private:
  // Calls on_break(b) for each break ICU finds in `para` inside `w`, shown
  // only the text of `w`, in order (b in (w.start, w.end)); false if ICU
  // could not be run, which leaves the paragraph one sentence.
  template <class F>
  bool icu_breaks(std::string_view para, BreakWindow w, F on_break) {
    icu::BreakIterator* it = sentence_iterator();
    if (!it) return false;
    const std::string_view part = para.substr(w.start, w.end - w.start);
    UErrorCode status = U_ZERO_ERROR;
    // ICU reads UTF-8 through a UText that converts it chunk by chunk to
    // UTF-16, which costs as much as the breaking itself: valid text is
    // widened here in one pass instead (its breaks mapped back to bytes).
    const bool wide = widen(part);
    if (wide) {
      utext_ = utext_openUChars(utext_, wide_.data(), static_cast<int64_t>(wide_.size()), &status);
    } else {
      flat_.assign(part);
      std::replace(flat_.begin(), flat_.end(), '\n', ' ');
      utext_ = utext_openUTF8(utext_, flat_.data(), static_cast<int64_t>(flat_.size()), &status);
    }
    if (U_SUCCESS(status)) it->setText(utext_, status);
    if (U_FAILURE(status)) return false;
    // A window that widened to as many units as it has bytes is ASCII,
    // where UTF-16 indexes are byte offsets.
    const bool same_indexes = !wide || wide_.size() == part.size();
    ByteOffsets offsets(part);
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      const auto pos = same_indexes ? static_cast<size_t>(b) : offsets.of(static_cast<size_t>(b));
      if (pos >= part.size()) break;
      on_break(w.start + pos);
    }
    return true;
  }

  // `para` as UTF-16 in wide_, line breaks as spaces (a line wrap only ends
  // a sentence where a space would); false if `para` is not valid UTF-8.
  bool widen(std::string_view para) {
    wide_.resize(para.size());  // never more UTF-16 units than UTF-8 bytes
    const auto* s = reinterpret_cast<const uint8_t*>(para.data());
    const auto n = static_cast<int32_t>(para.size());
    size_t k = 0;
    char16_t* w = wide_.data();
    for (int32_t i = 0; i < n;) {
      // Eight ASCII bytes at once: most of any paragraph.
      if (i + 8 <= n) {
        uint64_t word = load8(s + i);
        if ((word & kHigh8) == 0) {
          // '\n' (0x0A) becomes ' ' (0x20) by flipping the bits they differ in.
          word ^= (bytes_in_range(word, '\n', '\n') >> 7) * ('\n' ^ ' ');
          uint8_t bytes[8];
          std::memcpy(bytes, &word, 8);  // back in text order, whatever the byte order
          for (int j = 0; j < 8; ++j) w[k + j] = bytes[j];
          i += 8;
          k += 8;
          continue;
        }
      }
      if (s[i] < 0x80) {
        w[k++] = s[i] == '\n' ? u' ' : static_cast<char16_t>(s[i]);
        ++i;
        continue;
      }
      UChar32 c;
      U8_NEXT(s, i, n, c);
      if (c < 0) return false;
      U16_APPEND_UNSAFE(w, k, c);
    }
    wide_.resize(k);
    return true;
  }

  const AbbreviationSet& abbreviations_;
  std::vector<BreakWindow> windows_;  // of the paragraph being split
  std::string flat_;                  // a paragraph that is not UTF-8, line breaks as spaces
  std::u16string wide_;               // the paragraph as UTF-16
  UText* utext_ = nullptr;
};

}  // namespace

AbbreviationSet::AbbreviationSet(const std::vector<std::string>& abbreviations)
    : sorted_(abbreviations.begin(), abbreviations.end()) {
  // The shipped list is kept sorted, so this is usually a linear check.
  if (!std::is_sorted(sorted_.begin(), sorted_.end())) std::sort(sorted_.begin(), sorted_.end());
}

bool AbbreviationSet::contains(std::string_view token) const {
  return std::binary_search(sorted_.begin(), sorted_.end(), token);
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Span>& paragraphs,
                                      const std::vector<std::string>& abbreviations) {
  return split_sentences(text, paragraphs, AbbreviationSet(abbreviations));
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Span>& paragraphs,
                                      const AbbreviationSet& abbreviations) {
  std::vector<Sentence> out;
  Splitter splitter(abbreviations);
  for (uint32_t i = 0; i < paragraphs.size(); ++i) splitter.split(text, paragraphs[i], i, out);
  return out;
}

}  // namespace kd
