// Word-level text matching for the comparer (private): tokens with folded
// and stemmed forms, and a hashed multi-word phrase matcher used for event
// cues, back-references, role phrases and topic terms.
#ifndef KARABAKH_DIFF_SRC_COMPARE_TEXT_H_
#define KARABAKH_DIFF_SRC_COMPARE_TEXT_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "karabakh_diff/document.h"

namespace kd::cmp {

uint64_t word_hash(std::string_view word);

struct Token {
  Token() : inline_{} {}
  Token(std::string_view folded_word, std::string_view stem_word, Span where)
      : Token(folded_word, stem_word, word_hash(stem_word), where) {}
  Token(std::string_view folded_word, std::string_view stem_word, uint64_t hash,
        Span where)  // hash: of stem
      : stem_hash(hash), span(where) {
    set_words(folded_word, stem_word);
  }
  // tokenize()'s short ASCII words, from its stack buffers of kWordBuffer
  // bytes: words that fit are copied whole buffer halves at a time, a copy
  // of constant size that compiles to a few moves (a memcpy call per word
  // was a tenth of tokenize()).
  static constexpr size_t kWordBuffer = 40;
  Token(const char (&folded_word)[kWordBuffer], size_t folded_size,
        const char (&stem_word)[kWordBuffer], size_t stem_size, uint64_t hash, Span where)
      : stem_hash(hash), span(where) {
    if (folded_size >= kHalf) {
      set_words({folded_word, folded_size}, {stem_word, stem_size});
      return;
    }
    folded_size_ = static_cast<uint32_t>(folded_size);
    stem_size_ = static_cast<uint32_t>(stem_size);
    std::memcpy(inline_, folded_word, kHalf);
    std::memcpy(inline_ + kHalf, stem_word, kHalf);
    inline_[folded_size] = '\0';
    inline_[kHalf + stem_size] = '\0';
  }

  // fold() of the word: lower case ASCII. NUL-terminated (folded_c_str()).
  std::string_view folded() const { return {chars(), folded_size_}; }
  const char* folded_c_str() const { return chars(); }
  // The first eight bytes at folded_c_str(), loaded little-endian: the
  // folded word's, then unspecified ones (both buffers hold eight or more).
  uint64_t folded_head() const {
    uint64_t head;
    std::memcpy(&head, head_chars(), sizeof head);
    return head;
  }
  // Those eight bytes, kept in the token even when its words are spilled:
  // the phrase matchers read a word's first bytes for every token they
  // test, without the branch of chars().
  const char* head_chars() const { return inline_; }
  // light_stem(folded)
  std::string_view stem() const {
    return {spill_ ? spill_->data() + folded_size_ + 1 : inline_ + kHalf, stem_size_};
  }

  // No copy of the word as written: `span` locates it.
  uint64_t stem_hash = 0;     // word_hash(stem): every phrase matcher probes by it
  Span span;                  // bytes in the tokenized text, plus the base offset
  bool clause_start = false;  // a comma, colon, bracket, dash or full stop precedes it
  bool possessive = false;    // followed by 's or a bare apostrophe ("countries'")
  bool stop = false;          // article, preposition, pronoun... (is_stopword)
  bool capital = false;       // written with an ASCII capital first (a name's word)

 private:
  // Folded word and stem, each NUL-terminated, in the token itself when they
  // are shorter than kHalf (most words: folded in the first half of
  // inline_, stem in the second), else in `spill_` (folded, NUL, stem):
  // tokens are copied by the thousand (claims are slices of sentences), and
  // two std::strings per token cost as much to copy as tokenizing anew.
  static constexpr size_t kHalf = 20;
  static_assert(kHalf <= kWordBuffer);
  void set_words(std::string_view folded_word, std::string_view stem_word);
  const char* chars() const { return spill_ ? spill_->data() : inline_; }

  std::shared_ptr<const std::string> spill_;
  uint32_t folded_size_ = 0;
  uint32_t stem_size_ = 0;
  char inline_[2 * kHalf];  // not zeroed by the other constructors: they write it
};

inline void Token::set_words(std::string_view folded_word, std::string_view stem_word) {
  folded_size_ = static_cast<uint32_t>(folded_word.size());
  stem_size_ = static_cast<uint32_t>(stem_word.size());
  if (folded_word.size() < kHalf && stem_word.size() < kHalf) {
    std::memcpy(inline_, folded_word.data(), folded_word.size());
    inline_[folded_word.size()] = '\0';
    std::memcpy(inline_ + kHalf, stem_word.data(), stem_word.size());
    inline_[kHalf + stem_word.size()] = '\0';
    return;
  }
  auto spill = std::make_shared<std::string>(folded_word.size() + stem_word.size() + 1, '\0');
  std::memcpy(spill->data(), folded_word.data(), folded_word.size());
  std::memcpy(spill->data() + folded_word.size() + 1, stem_word.data(), stem_word.size());
  std::memcpy(inline_, spill->data(), 8);  // head_chars(): the spill holds 21 bytes or more
  spill_ = std::move(spill);
}

// 64-bit hash of a word (FNV-1a, mixed). Computed once per token so that the
// phrase matchers, which look up every token, do not hash strings again.
uint64_t word_hash(std::string_view word);

// Splits UTF-8 `text` into words (letters and digits; hyphens and apostrophes
// split words). `base` is added to every span so that spans of a sentence
// can be doc offsets.
std::vector<Token> tokenize(std::string_view text, uint32_t base = 0);

// tokenize(text.substr(slice.start - b, slice.size()), base) made from
// `tokens` = tokenize(text, b) (slice in the same offsets as the tokens),
// when `slice` starts at a token's start and ends at a token's end. False,
// `out` untouched, otherwise: the caller tokenizes the slice itself.
bool tokens_of_slice(const std::vector<Token>& tokens, Span slice, uint32_t base,
                     std::vector<Token>& out);

// tokenize(claim, base) made from `tokens` = tokenize(slice, base) (as
// tokens_of_slice() copies them), when `claim` is `slice` with some ASCII
// double quotes taken out (the extractor drops quote marks from claims):
// spans are moved back over the quotes taken out. True only when every such
// quote opens a word after a space or closes one before a space, where
// tokenize() decides nothing differently without it; false, `tokens`
// untouched, otherwise.
bool drop_quote_marks(std::string_view slice, std::string_view claim, uint32_t base,
                      std::vector<Token>& tokens);

// The tokens of text[a, b), in text offsets, made from `pieces`[first..last]
// (tokenize() of consecutive pieces of `text`, each with its start as base,
// as the sentences of a document), where a is the first token's start and
// b the last token's end: as tokenize(text.substr(a, b - a), a) would give,
// when the bytes between two pieces' tokens are ASCII spaces and
// punctuation other than apostrophes and hyphens (which look at more bytes
// around them). False, `out` unspecified, otherwise, or with no tokens.
bool join_tokens(std::string_view text, const std::vector<std::vector<Token>>& pieces, size_t first,
                 size_t last, std::vector<Token>& out);

// Cheap English stemming for matching inflected forms: plural "s"/"ies",
// "ing", "ed", final "e" ("meetings" = "meeting" = "meet", "phoned" = "phone").
std::string light_stem(std::string_view folded);

bool is_stopword(std::string_view folded);
// is_stopword() of the `n` bytes of a word loaded little-endian into
// `chunk` (bytes past `n` are ignored): tokenize() has them at hand.
bool is_stopword_chunk(uint64_t chunk, size_t n);

// Apostrophe ' or U+2018/U+2019 at s[i]: its byte length, else 0.
size_t apostrophe_len(std::string_view s, size_t i);

// `word == literal` for a token's folded or stem string (string_view
// compares the sizes inline first, and most words differ there).
inline bool is(std::string_view word, std::string_view literal) {
  return std::string_view(word) == literal;
}

// False when no token of tokenize(text) can have a `folded` form in `words`
// (lower-case ASCII); true when one may. Cheaper than tokenizing: runs of
// ASCII letters and digits are compared with the words case-insensitively;
// any word with other letters answers true, as ICU folding may turn it into
// one of them.
bool may_contain_word(std::string_view text, const std::string_view* words, size_t count);
template <size_t N>
bool may_contain_word(std::string_view text, const std::string_view (&words)[N]) {
  return may_contain_word(text, words, N);
}

// Whether some token of tokenize(text) has a `folded` form in `words`
// (lower-case, none of them "s", which tokenize drops after an apostrophe),
// found without making the tokens: their words are the same runs of bytes,
// lower-cased when ASCII and fold()ed otherwise.
bool has_word(std::string_view text, const std::string_view* words, size_t count);
template <size_t N>
bool has_word(std::string_view text, const std::string_view (&words)[N]) {
  return has_word(text, words, N);
}

// Index of tokens [first, last] (inclusive) in a token list.
struct TokenRange {
  size_t first = 0;
  size_t last = 0;
};

// Tokens overlapping byte range `span` (same offsets as the tokens); false
// when none does.
bool tokens_in(const std::vector<Token>& tokens, Span span, TokenRange& out);

// Multi-word phrases looked up by a hash of their first word, so matching a
// text costs a few hash probes per token whatever the number of phrases.
// Phrase syntax: words separated by spaces; "word*" matches any word that
// starts with "word" (folded); "..." allows up to six words in between;
// other words match by stem ("talks" matches "talk", "talked").
class PhraseMatcher {
 public:
  struct Options {
    bool skip_stopwords = false;  // ignore stopwords in phrases and text
    int max_gap = 0;              // extra words allowed between phrase words
  };
  struct Match {
    int id;  // value returned by add()
    TokenRange range;
  };

  PhraseMatcher() = default;
  explicit PhraseMatcher(Options options) : options_(options) {}

  // Adds a phrase; returns its id (0, 1, ...) or -1 when it has no words.
  int add(std::string_view phrase);
  size_t size() const { return phrases_.size(); }

  // Every match in `tokens`, ordered by first token then id. Matches never
  // cross a clause boundary.
  std::vector<Match> find(const std::vector<Token>& tokens) const;
  // find(tokens[first, last]) made from `found` = find(tokens): the matches
  // within those tokens, indexed from `first`. Exact whatever the flags of
  // tokens[first] and tokens[last] (clause_start, possessive), which a
  // slice's tokens may not share: a match reads neither, nor any token before
  // its own first, and the token after its last only lets a phrase go on.
  static std::vector<Match> within(const std::vector<Match>& found, size_t first, size_t last);
  // Matches starting at token `i` only.
  void find_at(const std::vector<Token>& tokens, size_t i, std::vector<Match>& out) const;

 private:
  // A prefix's first eight bytes (or fewer) as Token::folded_head() loads
  // them, with the mask of those bytes: a token starts with a prefix of up
  // to eight bytes when its masked head equals `head` (a shorter word fails
  // at its NUL, which no prefix holds), so no memcmp call per token tried.
  struct PrefixHead {
    uint64_t head = 0;
    uint64_t mask = 0;
    bool whole = false;  // the prefix has at most eight bytes: head settles it
    explicit PrefixHead(std::string_view prefix = {});
    bool starts(const Token& t, std::string_view prefix) const {
      if ((t.folded_head() & mask) != head) return false;
      if (whole) return true;
      const std::string_view folded = t.folded();
      return folded.size() >= prefix.size() &&
             std::char_traits<char>::compare(folded.data() + 8, prefix.data() + 8,
                                             prefix.size() - 8) == 0;
    }
  };
  struct Word {
    std::string text;   // stem, or folded prefix when `prefix`
    uint64_t hash = 0;  // word_hash(text) when not `prefix`
    bool prefix = false;
    bool wide_gap = false;  // "..." before this word
    PrefixHead head;        // of `text` when `prefix`
  };
  // Phrases whose first word is `text` (a stem, or a prefix).
  struct Start {
    std::string text;
    PrefixHead head;  // of `text` when a prefix
    std::vector<int> ids;
    // By id: word_hash of the stem the very next token must have, 0 when
    // the phrase's second word may be further away or is a prefix. Most
    // tries fail on it (21 reference phrases start with "the").
    std::vector<uint64_t> next_hash;
    // Bit (h >> 58) for each nonzero next_hash h, and whether some id has
    // none: a next token whose bit is clear settles every id at once (a
    // token "the" would otherwise test its 21 ids one by one).
    uint64_t next_bits = 0;
    bool any_free = false;
  };
  bool matches(const Word& w, const Token& t) const;
  // The list of prefix_rows_ for a prefix of two bytes or more, made if new.
  std::vector<Start>& prefix_column(const std::string& text);
  void scan_at(const std::vector<Token>& tokens, size_t i, std::vector<Match>& out) const;
  bool match_from(const std::vector<Word>& words, const std::vector<Token>& tokens, size_t i,
                  size_t& last) const;
  bool may_start(uint64_t stem_hash) const {
    return (stem_bits_[stem_hash >> 58] >> (stem_hash >> 52 & 63)) & 1;
  }
  // Whether token `t` may start a phrase at all: one bit for its stem, one
  // for its first two bytes. find() tests it first, as most tokens start none.
  bool may_start(const Token& t) const {
    if (options_.skip_stopwords && t.stop) return false;
    return may_start_word(t);
  }
  // may_start() but for the stopword test.
  bool may_start_word(const Token& t) const {
    return may_start(t.stem_hash) || may_start_prefix(t.head_chars());
  }
  // The second byte of `folded`, 0 when it has one byte (or none).
  static unsigned char second_byte(std::string_view folded) {
    return static_cast<unsigned char>(folded.size() > 1 ? folded[1] : 0);
  }
  // Whether a prefix first word may match `folded`: most tokens share their
  // first letter with some prefix (topics have ~100), few their first two.
  // folded_c_str() ends in a NUL and no prefix starts with one: an empty word finds
  // a zero mask, and a word with a first byte has at least a NUL after it,
  // so neither its size nor second_byte() needs testing.
  bool may_start_prefix(const char* p) const {
    const uint64_t mask = prefix_second_[static_cast<unsigned char>(p[0])];
    return mask != 0 && ((mask >> (static_cast<unsigned char>(p[1]) & 63)) & 1);
  }
  // The first of tokens[i, n) that may_start(), n when none. A loop with no
  // calls, so the compiler keeps the options, tables and n in registers
  // instead of reloading them per token as in find()'s own loop.
  size_t next_start(const Token* tokens, size_t i, size_t n) const;

  Options options_;
  std::vector<std::vector<Word>> phrases_;
  // First words by their hash (several stems per hash would be a collision,
  // kept exact by comparing the text). Most tokens start no phrase: a bit
  // per top 12 bits of the hash answers them without a map probe.
  std::unordered_map<uint64_t, std::vector<Start>> by_stem_;
  std::array<uint64_t, 64> stem_bits_{};
  // Prefix first words of one byte, by that byte: they match any token
  // starting with it, and come out before the longer ones (shortest first).
  std::array<std::vector<Start>, 256> one_byte_prefixes_;
  // Longer prefix first words by their first byte (a row: prefix_row_ is
  // its index + 1, 0 for none) and their second byte & 63 (the column, as
  // in prefix_second_), shortest first (the order the matches come out
  // in): a token only tries the few sharing its first two bytes, and finds
  // them by two array reads rather than a hash map probe. A column may mix
  // second bytes ('9' & 63 == 'y' & 63); the byte comparison sorts them out.
  using PrefixRow = std::array<std::vector<Start>, 64>;
  std::vector<PrefixRow> prefix_rows_;
  std::array<uint8_t, 256> prefix_row_{};
  // By first byte, bit (second byte & 63) set when a prefix may match a
  // token starting with these two bytes (all bits for one-byte prefixes;
  // bit 0 stands for a one-byte token). Collisions only cost a probe.
  std::array<uint64_t, 256> prefix_second_{};
};

// Lower-case ASCII content words of `text` reduced to 5-letter prefixes, for
// cheap "do these texts talk about the same things" overlap measures.
std::vector<std::string> content_keys(std::string_view text);
// The same from tokens already made (keys of several texts: call for each,
// then sort and unique `keys`).
void add_content_keys(const std::vector<Token>& tokens, std::vector<std::string>& keys);
// The key of one token: its first 5 bytes, or "" when it is no content word.
inline std::string_view content_key(const Token& t) {
  const std::string_view folded = t.folded();
  if (t.stop || folded.size() < 3 || (folded[0] >= '0' && folded[0] <= '9')) return {};
  return folded.substr(0, 5);
}

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_TEXT_H_
