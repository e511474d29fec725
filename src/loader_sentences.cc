#include "loader_sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

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
  explicit Splitter(const std::vector<std::string>& abbreviations)
      : abbreviations_(abbreviations.begin(), abbreviations.end()) {
    // The shipped list is kept sorted, so this is usually a linear check.
    if (!std::is_sorted(abbreviations_.begin(), abbreviations_.end()))
      std::sort(abbreviations_.begin(), abbreviations_.end());
  }

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
    if (std::binary_search(abbreviations_.begin(), abbreviations_.end(), token)) {
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
    std::string_view shown = para;
    if (para.find('\n') != std::string_view::npos) {
      flat_.assign(para);
      std::replace(flat_.begin(), flat_.end(), '\n', ' ');
      shown = flat_;
    }
    icu::BreakIterator* it = sentence_iterator();
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
    UErrorCode status = U_ZERO_ERROR;
    utext_ = utext_openUTF8(utext_, shown.data(), static_cast<int64_t>(shown.size()), &status);
    if (it && U_SUCCESS(status)) {
      it->setText(utext_, status);
    }
    if (!it || U_FAILURE(status)) {
      emit(para.size());
      return;
    }
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      const auto pos = static_cast<size_t>(b);
      if (pos >= para.size()) break;
      if (!keep_together(shown, pos)) emit(pos);
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
  std::vector<std::string_view> abbreviations_;  // sorted; views of the lexicon
  std::string flat_;
  UText* utext_ = nullptr;
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Span>& paragraphs,
                                      const std::vector<std::string>& abbreviations) {
  std::vector<Sentence> out;
  Splitter splitter(abbreviations);
  for (uint32_t i = 0; i < paragraphs.size(); ++i) splitter.split(text, paragraphs[i], i, out);
  return out;
}

}  // namespace kd
