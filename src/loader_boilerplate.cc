#include "loader_boilerplate.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "ascii8.h"
#include "fold.h"

namespace kd {

namespace {

// Only the start of a line can hold a widget phrase; folding (ICU
// transliteration for non-ASCII text) is limited to it.
constexpr size_t kFoldPrefix = 120;
// Where a teaser label ("ALSO READ:", "Read more |") must have ended.
constexpr size_t kProseLabel = 48;

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Folded, with leading/trailing decoration ("» ", " ›", "+", "#") removed.
std::string core_of(std::string_view folded) {
  size_t a = 0, b = folded.size();
  while (a < b && !is_alnum(folded[a])) ++a;
  while (b > a && !is_alnum(folded[b - 1]) && folded[b - 1] != ':') --b;
  return std::string(folded.substr(a, b - a));
}

bool boundary_after(std::string_view s, size_t pos) { return pos >= s.size() || !is_alnum(s[pos]); }

// Whether `s` holds a delimiter that ends a teaser label: ':' '|' '>'.
// Eight bytes at a time: it runs on the head of every prose line, and most
// have none (find_first_of searches the set once per byte).
bool has_label_delimiter(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const uint64_t w = load8(s.data() + i);
    if (has_byte(w, ':') || has_byte(w, '|') || has_byte(w, '>')) return true;
  }
  for (; i < s.size(); ++i)
    if (s[i] == ':' || s[i] == '|' || s[i] == '>') return true;
  return false;
}

// First word of folded text: the key of the phrase index.
std::string_view first_word(std::string_view folded) {
  size_t n = 0;
  while (n < folded.size() && is_alnum(folded[n])) ++n;
  return folded.substr(0, n);
}

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "lower_single_spaced: byte order");

// Lower-cases `text` into `out` eight bytes at a time while checking that
// there is nothing to collapse: false (out unfinished) at a tab or at two
// spaces in a row. One pass instead of two searches and a copy: the search
// for "  " stopped at every space.
bool lower_single_spaced(std::string_view text, char* out) {
  const char* in = text.data();
  const size_t n = text.size();
  size_t i = 0;
  uint64_t after_space = 0;  // 0x80 in the low byte when the byte before is a space
  for (; i + 8 <= n; i += 8) {
    const uint64_t w = load8(in + i);
    const uint64_t space = bytes_in_range(w, ' ', ' ');
    if ((bytes_in_range(w, '\t', '\t') | (space & ((space << 8) | after_space))) != 0) return false;
    after_space = space >> 56;
    const uint64_t lowered = w | (bytes_in_range(w, 'A', 'Z') >> 2);  // 0x80 >> 2: the case bit
    std::memcpy(out + i, &lowered, 8);
  }
  bool space = after_space != 0;
  for (; i < n; ++i) {
    const char c = in[i];
    if (c == '\t' || (c == ' ' && space)) return false;
    space = c == ' ';
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return true;
}

}  // namespace

BoilerplateMatcher::BoilerplateMatcher(const std::vector<std::string>& phrases) {
  phrases_.reserve(phrases.size());
  for (const std::string& raw : phrases) {
    Phrase p;
    p.text = fold(raw);
    p.colon = !p.text.empty() && p.text.back() == ':';
    while (!p.text.empty() && (p.text.back() == ':' || p.text.back() == ' ')) p.text.pop_back();
    if (p.text.empty() || !is_alnum(p.text.front())) continue;
    p.multi_word = p.text.find(' ') != std::string::npos;
    phrases_.push_back(std::move(p));
  }
  // The shipped list is kept sorted, so this is usually a linear check.
  auto by_text = [](const Phrase& a, const Phrase& b) { return a.text < b.text; };
  if (!std::is_sorted(phrases_.begin(), phrases_.end(), by_text))
    std::sort(phrases_.begin(), phrases_.end(), by_text);
}

template <class F>
void BoilerplateMatcher::for_each_starting_with(std::string_view word, F f) const {
  auto it = std::lower_bound(phrases_.begin(), phrases_.end(), word,
                             [](const Phrase& p, std::string_view w) { return p.text < w; });
  for (; it != phrases_.end() && it->text.compare(0, word.size(), word) == 0; ++it) {
    if (it->text.size() > word.size() && is_alnum(it->text[word.size()])) continue;
    if (f(*it)) return;
  }
}

bool BoilerplateMatcher::is_widget_word(std::string_view word) const {
  bool found = false;
  for_each_starting_with(word, [&](const Phrase& p) {
    found = p.text.size() == word.size() && !p.colon;
    return found;
  });
  return found;
}

bool BoilerplateMatcher::contains_multi_word_phrase(std::string_view core) const {
  // A phrase found as whole words starts at a word of `core` that is its
  // first word: only the phrases of the line's few words are compared.
  for (size_t i = 0; i < core.size();) {
    if (!is_alnum(core[i]) || (i > 0 && is_alnum(core[i - 1]))) {
      ++i;
      continue;
    }
    const std::string_view rest = core.substr(i);
    bool found = false;
    for_each_starting_with(first_word(rest), [&](const Phrase& p) {
      found = p.multi_word && rest.compare(0, p.text.size(), p.text) == 0 &&
              boundary_after(rest, p.text.size());
      return found;
    });
    if (found) return true;
    i += first_word(rest).size();
  }
  return false;
}

const char* BoilerplateMatcher::match(std::string_view text, const Line& line) const {
  if (line.caps_tokens && !line.ends_sentence && line.words <= 6) return "navigation widget";
  std::string_view head = text.substr(line.trimmed.start, line.trimmed.size());
  const bool prose = line.body_like();
  // Prose is only furniture when it is a phrase ("Subscribe to our
  // newsletter.") or a teaser ("Read more: ...") whose label ends in a
  // delimiter near the start; most prose has none and costs no folding.
  const size_t prefix = prose ? kProseLabel : kFoldPrefix;
  const bool whole = head.size() <= prefix;
  if (!whole) {
    size_t cut = prefix;
    while (cut > 0 && U8_IS_TRAIL(static_cast<uint8_t>(head[cut]))) --cut;
    head = head.substr(0, cut);
  }
  if (prose && !whole && !has_label_delimiter(head)) return nullptr;
  const std::string core = core_of(fold(head));
  if (core.empty()) return nullptr;

  const char* reason = nullptr;
  for_each_starting_with(first_word(core), [&](const Phrase& p) {
    if (core.compare(0, p.text.size(), p.text) != 0 || !boundary_after(core, p.text.size()))
      return false;
    size_t k = p.text.size();
    while (k < core.size() && core[k] == ' ') ++k;
    if (k < core.size() && (core[k] == ':' || core[k] == '|' || core[k] == '>')) {
      reason = k + 1 == core.size() && whole ? "boilerplate phrase" : "teaser";
    } else if (whole && k == core.size()) {
      reason = "boilerplate phrase";  // the line is the phrase
    } else if (!prose && line.words <= (p.multi_word ? 12u : 2u)) {
      // One generic word ("share", "home") only labels a tiny line
      // ("Share 0", "Print article"); a phrase may lead a longer one.
      reason = "boilerplate phrase";
    }
    return reason != nullptr;
  });
  if (reason) return reason;
  if (prose) return nullptr;
  if (line.words <= 8 && contains_multi_word_phrase(core)) return "boilerplate phrase";
  // "Facebook Twitter WhatsApp Email": a row of one-word widget labels.
  if (whole) {
    size_t words = 0, i = 0;
    while (i < core.size()) {
      while (i < core.size() && !is_alnum(core[i])) ++i;
      size_t j = i;
      while (j < core.size() && is_alnum(core[j])) ++j;
      if (j == i) break;
      if (!is_widget_word(std::string_view(core).substr(i, j - i))) return nullptr;
      ++words;
      i = j;
    }
    if (words >= 2) return "boilerplate phrase";
  }
  return nullptr;
}

std::string line_key(std::string_view text) {
  std::string folded;
  if (!is_ascii(text)) {
    folded = fold(text);  // "ERDOĞAN" = "Erdogan"
    text = folded;
  }
  // The key is never longer than `text`: written through a pointer into a
  // buffer of that size rather than by a capacity-checked push_back per byte.
  std::string key(text.size(), '\0');
  // Lines come trimmed and nearly all have single spaces only: then the key
  // is the lower-cased text, written eight bytes at a time as the blanks are
  // checked.
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  if (text.empty() ||
      (!blank(text.front()) && !blank(text.back()) && lower_single_spaced(text, key.data())))
    return key;
  char* const begin = key.data();
  char* out = begin;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      space = out != begin;
      continue;
    }
    if (space) *out++ = ' ';
    space = false;
    *out++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  key.resize(static_cast<size_t>(out - begin));
  return key;
}

}  // namespace kd
