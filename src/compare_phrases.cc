// The comparer's phrase matcher (see PhraseMatcher in compare_text.h):
// phrases indexed by their first word, by stem hash or by prefix.
#include <algorithm>
#include <cstring>

#include "compare_text.h"

namespace kd::cmp {

PhraseMatcher::PrefixHead::PrefixHead(std::string_view prefix) {
  const size_t n = std::min<size_t>(prefix.size(), 8);
  // little-endian, as folded_head(); an empty prefix may have no data.
  if (n > 0) std::memcpy(&head, prefix.data(), n);
  mask = n == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;
  whole = prefix.size() <= 8;
}

std::vector<PhraseMatcher::Start>& PhraseMatcher::prefix_column(const std::string& text) {
  uint8_t& row = prefix_row_[static_cast<unsigned char>(text[0])];
  if (row == 0) {
    prefix_rows_.emplace_back();
    row = static_cast<uint8_t>(prefix_rows_.size());  // at most 255 first bytes but NUL
  }
  return prefix_rows_[row - 1][static_cast<unsigned char>(text[1]) & 63];
}

int PhraseMatcher::add(std::string_view phrase) {
  std::vector<Word> words;
  bool wide_gap = false;
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    std::string_view raw = phrase.substr(pos, end - pos);
    pos = end + 1;
    if (raw.empty()) continue;
    if (raw == "...") {
      wide_gap = true;
      continue;
    }
    const bool prefix = raw.back() == '*';
    if (prefix) raw.remove_suffix(1);
    std::vector<Token> parts = tokenize(raw);
    for (size_t k = 0; k < parts.size(); ++k) {
      const bool is_prefix = prefix && k + 1 == parts.size();
      if (options_.skip_stopwords && !is_prefix && parts[k].stop) continue;
      const std::string_view text = is_prefix ? parts[k].folded() : parts[k].stem();
      words.push_back(Word{std::string(text), is_prefix ? 0 : word_hash(text), is_prefix, wide_gap,
                           PrefixHead(is_prefix ? text : std::string_view())});
      wide_gap = false;
    }
  }
  if (words.empty()) return -1;
  const int id = static_cast<int>(phrases_.size());
  const Word& first = words[0];
  std::vector<Start>& starts = !first.prefix ? by_stem_[first.hash]
                               : first.text.size() == 1
                                   ? one_byte_prefixes_[static_cast<unsigned char>(first.text[0])]
                                   : prefix_column(first.text);
  auto same = std::find_if(starts.begin(), starts.end(),
                           [&](const Start& s) { return s.text == first.text; });
  if (same == starts.end()) {
    // Prefixes shortest first, as matches come out in that order.
    auto at = first.prefix
                  ? std::find_if(starts.begin(), starts.end(),
                                 [&](const Start& s) { return s.text.size() > first.text.size(); })
                  : starts.end();
    same = starts.insert(at, Start{first.text, first.head, {}, {}});
  }
  same->ids.push_back(id);
  const bool adjacent = words.size() > 1 && !words[1].prefix && !words[1].wide_gap &&
                        options_.max_gap == 0 && !options_.skip_stopwords;
  same->next_hash.push_back(adjacent ? words[1].hash : 0);
  if (same->next_hash.back() != 0)  // 0: no constraint, whatever the hash
    same->next_bits |= uint64_t{1} << (same->next_hash.back() >> 58);
  else
    same->any_free = true;
  if (first.prefix) {
    uint64_t& mask = prefix_second_[static_cast<unsigned char>(first.text[0])];
    mask |= first.text.size() == 1 ? ~uint64_t{0} : uint64_t{1} << (second_byte(first.text) & 63);
  } else {
    stem_bits_[first.hash >> 58] |= uint64_t{1} << (first.hash >> 52 & 63);
  }
  phrases_.push_back(std::move(words));
  return id;
}

bool PhraseMatcher::matches(const Word& w, const Token& t) const {
  // string_view: compares inline, where std::string::compare(pos, n, str)
  // is an out-of-line call per token tried.
  if (w.prefix) return w.head.starts(t, w.text);
  return t.stem_hash == w.hash && t.stem() == w.text;
}

bool PhraseMatcher::match_from(const std::vector<Word>& words, const std::vector<Token>& tokens,
                               size_t i, size_t& last) const {
  size_t cur = i;
  for (size_t k = 1; k < words.size(); ++k) {
    const int allowed = words[k].wide_gap ? 6 : options_.max_gap;
    int skipped = 0;
    size_t j = cur + 1;
    for (;; ++j) {
      if (j >= tokens.size() || tokens[j].clause_start) return false;
      if (matches(words[k], tokens[j])) break;
      if (options_.skip_stopwords && tokens[j].stop) continue;
      if (++skipped > allowed) return false;
    }
    cur = j;
  }
  last = cur;
  return true;
}

// Inlined into find(), which runs it for every token of every text.
[[gnu::always_inline]] inline void PhraseMatcher::scan_at(const std::vector<Token>& tokens,
                                                          size_t i, std::vector<Match>& out) const {
  const Token& t = tokens[i];
  if (options_.skip_stopwords && t.stop) return;
  auto try_ids = [&](const Start& s) {
    // The hash of the next token settles most phrases without match_from:
    // with no gap allowed, it must be the phrase's second word.
    const uint64_t next = i + 1 < tokens.size() ? tokens[i + 1].stem_hash : 0;
    if (!s.any_free && !((s.next_bits >> (next >> 58)) & 1)) return;
    for (size_t k = 0; k < s.ids.size(); ++k) {
      if (s.next_hash[k] != 0 && s.next_hash[k] != next) continue;
      const int id = s.ids[k];
      size_t last = i;
      if (match_from(phrases_[id], tokens, i, last)) out.push_back({id, {i, last}});
    }
  };
  if (may_start(t.stem_hash))
    if (auto it = by_stem_.find(t.stem_hash); it != by_stem_.end())
      for (const Start& s : it->second)
        if (s.text == t.stem()) try_ids(s);
  if (!may_start_prefix(t.head_chars())) return;
  const std::string_view folded = t.folded();
  // One-byte prefixes first: they are the shortest.
  for (const Start& p : one_byte_prefixes_[static_cast<unsigned char>(folded[0])]) try_ids(p);
  if (folded.size() < 2) return;
  const uint8_t row = prefix_row_[static_cast<unsigned char>(folded[0])];
  if (row == 0) return;
  for (const Start& p : prefix_rows_[row - 1][static_cast<unsigned char>(folded[1]) & 63]) {
    if (p.text.size() > folded.size()) break;  // shortest first: the rest are longer
    if (p.head.starts(t, p.text)) try_ids(p);
  }
}

void PhraseMatcher::find_at(const std::vector<Token>& tokens, size_t i,
                            std::vector<Match>& out) const {
  if (may_start(tokens[i])) scan_at(tokens, i, out);
}

[[gnu::always_inline]] inline size_t PhraseMatcher::next_start(const Token* tokens, size_t i,
                                                               size_t n) const {
  // Two loops, so that only the matchers that skip stopwords test `stop`.
  if (options_.skip_stopwords) {
    while (i < n && (tokens[i].stop || !may_start_word(tokens[i]))) ++i;
  } else {
    while (i < n && !may_start_word(tokens[i])) ++i;
  }
  return i;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find(const std::vector<Token>& tokens) const {
  // Matches gathered in a buffer kept per thread, then copied out at their
  // size: a claim has several (topics, stance words), and a vector grown by
  // push_back would allocate for the first, second, fourth...
  thread_local std::vector<Match> out;
  out.clear();
  const size_t n = tokens.size();
  for (size_t i = next_start(tokens.data(), 0, n); i < n; i = next_start(tokens.data(), i + 1, n)) {
    const size_t before = out.size();
    scan_at(tokens, i, out);
    if (out.size() - before > 1)
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                [](const Match& a, const Match& b) { return a.id < b.id; });
  }
  return std::vector<Match>(out.begin(), out.end());
}

std::vector<PhraseMatcher::Match> PhraseMatcher::within(const std::vector<Match>& found,
                                                        size_t first, size_t last) {
  std::vector<Match> out;
  for (const Match& m : found)
    if (m.range.first >= first && m.range.last <= last)
      out.push_back({m.id, {m.range.first - first, m.range.last - first}});
  return out;
}

}  // namespace kd::cmp
