#include "compare_text.h"

#include <algorithm>

#include "fold.h"

namespace kd::cmp {

namespace {

// ASCII letters and digits, as a table: tokenize tests every byte.
struct AlnumTable {
  bool is[128] = {};
  constexpr AlnumTable() {
    for (int c = 0; c < 128; ++c)
      is[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
};
constexpr AlnumTable kAlnum;

bool is_ascii_alnum(unsigned char c) { return kAlnum.is[c]; }  // c < 0x80

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of a punctuation or space character starting at `i` that is not
// plain ASCII: U+2000..U+206F (dashes, quotes, ellipsis), U+00A0, U+00AB,
// U+00BB. 0 when the bytes at `i` are something else.
inline size_t unicode_punct_len(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 2 < s.size() && b(i) == 0xE2 && (b(i + 1) == 0x80 || b(i + 1) == 0x81)) return 3;
  if (i + 1 < s.size() && b(i) == 0xC2 &&
      (b(i + 1) == 0xA0 || b(i + 1) == 0xAB || b(i + 1) == 0xBB))
    return 2;
  return 0;
}

// Inlined: tokenize calls it for every byte of every sentence and claim.
[[gnu::always_inline]] inline bool is_word_byte(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_ascii_alnum(c);
  return unicode_punct_len(s, i) == 0;
}

// Apostrophe ' or U+2018/U+2019: its byte length, else 0.
size_t apostrophe_len(std::string_view s, size_t i) {
  if (s[i] == '\'') return 1;
  if (unicode_punct_len(s, i) == 3 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x98 ||
       static_cast<unsigned char>(s[i + 2]) == 0x99))
    return 3;
  return 0;
}

// Suffix test against a literal, compared byte by byte: the suffixes are
// 1-4 letters and a memcmp call per test cost more than the test (tokenize
// runs it a dozen times per word).
template <size_t N>
bool ends_with(std::string_view s, const char (&suffix)[N]) {
  constexpr size_t k = N - 1;
  if (s.size() < k) return false;
  const char* tail = s.data() + s.size() - k;
  for (size_t i = 0; i < k; ++i)
    if (tail[i] != suffix[i]) return false;
  return true;
}

// Space then a capital letter or a quote after position `i`.
bool sentence_follows(std::string_view s, size_t i) {
  if (i >= s.size() || (s[i] != ' ' && s[i] != '\n')) return false;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
  return i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '"' || s[i] == '\'');
}

}  // namespace

namespace {

// A word of at most 5 bytes as one integer (length in the top byte), so that
// the stopword test is a few integer comparisons, not string compares.
constexpr uint64_t pack_word(std::string_view w) {
  uint64_t key = 0;
  for (char c : w) key = key << 8 | static_cast<unsigned char>(c);
  return key | static_cast<uint64_t>(w.size()) << 48;  // 5 bytes use the low 40 bits
}

// The stopwords, packed. A linear scan of them was 1% of a run: they are
// looked up by a multiplicative hash into 128 slots instead, with a
// multiplier found at compile time so that no two of them share a slot.
constexpr uint64_t kStop[] = {
    pack_word("the"),   pack_word("a"),     pack_word("an"),    pack_word("of"),
    pack_word("to"),    pack_word("in"),    pack_word("on"),    pack_word("at"),
    pack_word("for"),   pack_word("from"),  pack_word("by"),    pack_word("with"),
    pack_word("and"),   pack_word("or"),    pack_word("its"),   pack_word("their"),
    pack_word("his"),   pack_word("her"),   pack_word("this"),  pack_word("that"),
    pack_word("these"), pack_word("those"), pack_word("is"),    pack_word("are"),
    pack_word("was"),   pack_word("were"),  pack_word("be"),    pack_word("been"),
    pack_word("as"),    pack_word("it"),    pack_word("s"),     pack_word("has"),
    pack_word("have"),  pack_word("had"),   pack_word("about"), pack_word("into"),
    pack_word("over"),  pack_word("upon")};

constexpr unsigned stop_slot(uint64_t key, uint64_t multiplier) {
  return static_cast<unsigned>((key * multiplier) >> 57);
}

constexpr uint64_t stop_multiplier() {
  for (uint64_t m = 1;; ++m) {
    const uint64_t multiplier = m * 0x9E3779B97F4A7C15u | 1;
    bool used[128] = {};
    bool ok = true;
    for (uint64_t k : kStop) {
      const unsigned s = stop_slot(k, multiplier);
      ok = ok && !used[s];
      used[s] = true;
    }
    if (ok) return multiplier;
  }
}

struct StopTable {
  uint64_t multiplier = stop_multiplier();
  uint64_t slots[128] = {};  // packed word or 0 (no word packs to 0: the length is in it)
  constexpr StopTable() {
    for (uint64_t k : kStop) slots[stop_slot(k, multiplier)] = k;
  }
};

constexpr StopTable kStopTable;

}  // namespace

bool is_stopword(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;  // the longest is "these", "those", "their", "about"
  const uint64_t key = pack_word(w);
  return kStopTable.slots[stop_slot(key, kStopTable.multiplier)] == key;
}

bool may_contain_word(std::string_view text, const std::string_view* words, size_t count) {
  if (count > 64)  // one bit per word below
    return may_contain_word(text, words, 64) || may_contain_word(text, words + 64, count - 64);
  // One pass over the text; at each byte only the words starting with its
  // letter are tried. Words are filed, and bytes looked up, under c | 0x20:
  // the lower case of an ASCII letter, and for any byte the same slot as
  // its own (extra candidates are rejected by the full compare).
  uint64_t starting[128] = {};
  for (size_t n = 0; n < count; ++n)
    if (!words[n].empty())
      starting[(static_cast<unsigned char>(words[n][0]) | 0x20) & 0x7F] |= uint64_t{1} << n;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t punct = unicode_punct_len(text, i);
      if (punct == 0) return true;  // a letter outside ASCII: fold() decides
      i += punct - 1;
      continue;
    }
    for (uint64_t m = starting[c | 0x20]; m != 0; m &= m - 1) {
      const std::string_view w = words[__builtin_ctzll(m)];
      if (w.size() > text.size() - i) continue;
      size_t k = 0;
      while (k < w.size() && ascii_lower(text[i + k]) == w[k]) ++k;
      if (k == w.size()) return true;
    }
  }
  return false;
}

namespace {

// light_stem of the `n` chars at `s`, in place; returns the stem's length.
// Every step shortens the word or keeps it, so it works in any buffer
// (tokenize stems in a stack buffer, without string calls).
size_t stem_chars(char* s, size_t n) {
  auto ends = [&](const auto& suffix) { return ends_with(std::string_view(s, n), suffix); };
  if (n <= 3) return n;
  if (ends("ies") && n > 4) {
    s[n - 3] = 'y';  // "ies" -> "y"
    n -= 2;
  } else if (ends("sses")) {
    n -= 2;
  } else if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    n -= 1;
  }
  if (ends("ing") && n >= 6) {
    n -= 3;
  } else if (ends("eed")) {
    n -= 1;
  } else if (ends("ied") && n > 4) {
    s[n - 3] = 'y';  // "ied" -> "y"
    n -= 2;
  } else if (ends("ed") && n >= 5) {
    n -= 2;
  }
  if (ends("e") && n > 4) n -= 1;
  return n;
}

}  // namespace

namespace {

// word_hash in steps, so that tokenize can hash while it copies a word.
constexpr uint64_t kHashStart = 0xCBF29CE484222325u;
uint64_t hash_step(uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 0x100000001B3u;
}
uint64_t hash_finish(uint64_t h) {
  h ^= h >> 29;  // the filter uses the top bits: mix the low ones in
  h *= 0xBF58476D1CE4E5B9u;
  return h ^ (h >> 32);
}

}  // namespace

uint64_t word_hash(std::string_view word) {
  uint64_t h = kHashStart;
  for (char c : word) h = hash_step(h, c);
  return hash_finish(h);
}

std::string light_stem(std::string_view folded) {
  std::string s(folded);
  s.resize(stem_chars(s.data(), s.size()));
  return s;
}

std::vector<Token> tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> out;
  out.reserve(text.size() / 6 + 1);  // about a word per six bytes of English
  bool pending_break = false;
  size_t i = 0;
  while (i < text.size()) {
    if (is_word_byte(text, i)) {
      const size_t start = i;
      // One pass over the word: find its end, lower-case it into a stack
      // buffer (fold() of ASCII) and hash every prefix, as the stem is one
      // (or one with its last letter made 'y').
      constexpr size_t kShortWord = 40;  // longer ones are rare: string path below
      char folded[kShortWord], stem[kShortWord];
      uint64_t prefix_hash[kShortWord + 1];
      prefix_hash[0] = kHashStart;
      bool ascii = true;
      for (; i < text.size() && is_word_byte(text, i); ++i) {
        ascii = ascii && static_cast<unsigned char>(text[i]) < 0x80;
        if (const size_t k = i - start; k < kShortWord) {
          folded[k] = stem[k] = ascii_lower(text[i]);
          prefix_hash[k + 1] = hash_step(prefix_hash[k], folded[k]);
        }
      }
      const std::string_view word = text.substr(start, i - start);
      const Span span{base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i)};
      if (ascii && word.size() <= kShortWord) {
        const size_t n = stem_chars(stem, word.size());
        const uint64_t h = stem[n - 1] == folded[n - 1]
                               ? prefix_hash[n]
                               : hash_step(prefix_hash[n - 1], stem[n - 1]);  // "ies" -> "y"
        out.emplace_back(std::string_view(folded, word.size()), std::string_view(stem, n),
                         hash_finish(h), span);
      } else {
        std::string folded;
        if (ascii) {
          for (char c : word) folded += ascii_lower(c);
        } else {
          folded = fold(word);
        }
        std::string stem = folded;
        stem.resize(stem_chars(stem.data(), stem.size()));
        out.emplace_back(folded, stem, span);
      }
      Token& t = out.back();
      t.clause_start = pending_break;
      t.stop = is_stopword(t.folded);
      pending_break = false;
      continue;
    }
    if (text[i] == ' ' || text[i] == '\n') {
      ++i;  // most bytes between words: no break, no apostrophe, no dash
      continue;
    }
    const bool after_word = !out.empty() && out.back().span.end == base + i;
    if (size_t a = apostrophe_len(text, i); a > 0 && after_word) {
      // "Russia's", "countries'": mark the owner instead of making a token "s".
      const size_t next = i + a;
      const bool s_follows = next < text.size() && (text[next] == 's' || text[next] == 'S') &&
                             (next + 1 >= text.size() || !is_word_byte(text, next + 1));
      const bool bare = next >= text.size() || !is_word_byte(text, next);
      if (s_follows || (bare && ends_with(out.back().folded, "s"))) {
        out.back().possessive = true;
        i = next + (s_follows ? 1 : 0);
        continue;
      }
    }
    const char c = text[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
        c == '!' || c == '?') {
      pending_break = true;
    } else if (c == '.' && after_word && out.back().span.end - out.back().span.start >= 4 &&
               sentence_follows(text, i + 1)) {
      // A sentence end inside a multi-sentence claim; not "U.S. Secretary",
      // "Nov. 7" or "Mr. Lavrov" (short words before the dot).
      pending_break = true;
    } else if (c == '-') {
      // A hyphen inside a word ("cease-fire") joins; a spaced dash separates.
      const bool word_after = i + 1 < text.size() && is_word_byte(text, i + 1);
      if (!(after_word && word_after)) pending_break = true;
    }
    size_t len = unicode_punct_len(text, i);
    if (len == 3 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) >= 0x93 &&
        static_cast<unsigned char>(text[i + 2]) <= 0x95)
      pending_break = true;  // en/em dash
    i += len > 0 ? len : 1;
  }
  return out;
}

bool tokens_in(const std::vector<Token>& tokens, Span span, TokenRange& out) {
  auto first = std::lower_bound(tokens.begin(), tokens.end(), span.start,
                                [](const Token& t, uint32_t pos) { return t.span.end <= pos; });
  if (first == tokens.end() || first->span.start >= span.end) return false;
  auto last = first;
  while (last + 1 != tokens.end() && (last + 1)->span.start < span.end) ++last;
  out.first = static_cast<size_t>(first - tokens.begin());
  out.last = static_cast<size_t>(last - tokens.begin());
  return true;
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
      const std::string& text = is_prefix ? parts[k].folded : parts[k].stem;
      words.push_back(Word{text, is_prefix ? 0 : word_hash(text), is_prefix, wide_gap});
      wide_gap = false;
    }
  }
  if (words.empty()) return -1;
  const int id = static_cast<int>(phrases_.size());
  const Word& first = words[0];
  std::vector<Start>& starts = first.prefix
                                   ? by_first_byte_[static_cast<unsigned char>(first.text[0])]
                                   : by_stem_[first.hash];
  auto same = std::find_if(starts.begin(), starts.end(),
                           [&](const Start& s) { return s.text == first.text; });
  if (same == starts.end()) {
    // Prefixes shortest first, as matches come out in that order.
    auto at = first.prefix
                  ? std::find_if(starts.begin(), starts.end(),
                                 [&](const Start& s) { return s.text.size() > first.text.size(); })
                  : starts.end();
    same = starts.insert(at, Start{first.text, {}, {}});
  }
  same->ids.push_back(id);
  const bool adjacent = words.size() > 1 && !words[1].prefix && !words[1].wide_gap &&
                        options_.max_gap == 0 && !options_.skip_stopwords;
  same->next_hash.push_back(adjacent ? words[1].hash : 0);
  if (first.prefix) {
    const auto c = static_cast<unsigned char>(first.text[0]);
    prefix_first_[c >> 6] |= uint64_t{1} << (c & 63);
  } else {
    stem_bits_[first.hash >> 58] |= uint64_t{1} << (first.hash >> 52 & 63);
  }
  phrases_.push_back(std::move(words));
  return id;
}

bool PhraseMatcher::matches(const Word& w, const Token& t) const {
  if (w.prefix) return t.folded.compare(0, w.text.size(), w.text) == 0;
  return t.stem_hash == w.hash && t.stem == w.text;
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
        if (s.text == t.stem) try_ids(s);
  if (t.folded.empty()) return;
  for (const Start& p : by_first_byte_[static_cast<unsigned char>(t.folded[0])]) {
    if (p.text.size() > t.folded.size()) break;  // shortest first: the rest are longer
    if (std::char_traits<char>::compare(t.folded.data(), p.text.data(), p.text.size()) == 0)
      try_ids(p);
  }
}

void PhraseMatcher::find_at(const std::vector<Token>& tokens, size_t i,
                            std::vector<Match>& out) const {
  if (may_start(tokens[i])) scan_at(tokens, i, out);
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find(const std::vector<Token>& tokens) const {
  std::vector<Match> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!may_start(tokens[i])) continue;
    const size_t before = out.size();
    scan_at(tokens, i, out);
    if (out.size() - before > 1)
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                [](const Match& a, const Match& b) { return a.id < b.id; });
  }
  return out;
}

void add_content_keys(const std::vector<Token>& tokens, std::vector<std::string>& keys) {
  for (const Token& t : tokens)
    if (const std::string_view key = content_key(t); !key.empty()) keys.emplace_back(key);
}

std::vector<std::string> content_keys(std::string_view text) {
  std::vector<std::string> keys;
  add_content_keys(tokenize(text), keys);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace kd::cmp
