// PhraseMatcher's first-word index (prefixes by their first two bytes, and
// the mask of possible second bytes that rejects tokens early) checked
// against a plain matcher that tries every phrase at every token.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "compare_test_util.h"
#include "compare_text.h"

namespace kd::cmp {
namespace {

// The phrase semantics of PhraseMatcher::add/find spelt out without any
// index: a phrase is a list of words, each a stem or a folded prefix.
struct PlainWord {
  std::string text;
  bool prefix = false;
  bool wide_gap = false;
};

std::vector<PlainWord> plain_parse(std::string_view phrase, bool skip_stopwords) {
  std::vector<PlainWord> words;
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
    const std::vector<Token> parts = tokenize(raw);
    for (size_t k = 0; k < parts.size(); ++k) {
      const bool is_prefix = prefix && k + 1 == parts.size();
      if (skip_stopwords && !is_prefix && parts[k].stop) continue;
      words.push_back(
          {std::string(is_prefix ? parts[k].folded() : parts[k].stem()), is_prefix, wide_gap});
      wide_gap = false;
    }
  }
  return words;
}

bool plain_matches(const PlainWord& w, const Token& t) {
  return w.prefix ? t.folded().compare(0, w.text.size(), w.text) == 0 : t.stem() == w.text;
}

// Matches starting at token i in find_at()'s order: phrases whose first word
// is a stem by id, then prefix ones by prefix length, then id.
std::vector<PhraseMatcher::Match> plain_at(const std::vector<std::vector<PlainWord>>& phrases,
                                           PhraseMatcher::Options o,
                                           const std::vector<Token>& tokens, size_t i) {
  std::vector<std::pair<size_t, PhraseMatcher::Match>> found;  // (order key, match)
  if (o.skip_stopwords && tokens[i].stop) return {};
  for (size_t id = 0; id < phrases.size(); ++id) {
    const std::vector<PlainWord>& words = phrases[id];
    if (!plain_matches(words[0], tokens[i])) continue;
    size_t cur = i;
    bool ok = true;
    for (size_t k = 1; ok && k < words.size(); ++k) {
      const int allowed = words[k].wide_gap ? 6 : o.max_gap;
      int skipped = 0;
      for (size_t j = cur + 1;; ++j) {
        if (j >= tokens.size() || tokens[j].clause_start) {
          ok = false;
          break;
        }
        if (plain_matches(words[k], tokens[j])) {
          cur = j;
          break;
        }
        if (o.skip_stopwords && tokens[j].stop) continue;
        if (++skipped > allowed) {
          ok = false;
          break;
        }
      }
    }
    if (!ok) continue;
    const size_t key = words[0].prefix ? words[0].text.size() : 0;
    found.push_back({key, {static_cast<int>(id), {i, cur}}});
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<PhraseMatcher::Match> out;
  for (const auto& f : found) out.push_back(f.second);
  return out;
}

std::string describe(const std::vector<PhraseMatcher::Match>& ms) {
  std::string s;
  for (const PhraseMatcher::Match& m : ms)
    s += std::to_string(m.id) + "@" + std::to_string(m.range.first) + "-" +
         std::to_string(m.range.last) + " ";
  return s;
}

TEST(ComparePhraseIndexTest, PrefixesOfOneTwoAndMoreBytes) {
  PhraseMatcher m;
  m.add("c*");         // 0: one byte, any token starting with c
  m.add("co*");        // 1
  m.add("cea*");       // 2
  m.add("co* talks");  // 3
  m.add("ceasefire");  // 4: a stem
  m.add("9*");         // 5: digits collide with letters in the second-byte mask
  m.add("p9*");        // 6: '9' & 63 == 'y' & 63
  struct Row {
    const char* text;
    std::vector<int> ids;  // matches at the first token, in find_at() order
  };
  const Row rows[] = {
      {"ceasefire", {4, 0, 2}},
      {"cooperation talks", {0, 1, 3}},
      {"c", {0}},
      {"cx", {0}},
      {"x", {}},
      {"o", {}},
      {"99", {5}},
      {"py", {}},
      {"p9x", {6}},
      {"p", {}},
  };
  for (const Row& r : rows) EXPECT_EQ(testing::ids_at_start(m, r.text), r.ids) << r.text;
  // An empty word (never made by tokenize) starts nothing, even with a
  // one-byte prefix whose mask has every bit.
  EXPECT_TRUE(m.find(std::vector<Token>(2)).empty());
}

// Prefixes are compared eight bytes at a time (PrefixHead): a prefix of
// eight bytes or fewer by its head alone, a longer one by its head and then
// its other bytes; as first words and as later words, in words kept in the
// token (under 20 bytes) and in longer ones kept apart.
TEST(ComparePhraseIndexTest, PrefixesAroundEightBytes) {
  PhraseMatcher m;
  m.add("cooperatio*");             // 0: ten bytes
  m.add("negotiat*");               // 1: eight bytes
  m.add("internati*");              // 2: nine bytes
  m.add("talks internationaliz*");  // 3: a later word of fifteen bytes
  m.add("de*");                     // 4
  struct Row {
    const char* text;
    std::vector<int> ids;  // matches at the first token, in find_at() order
  };
  const Row rows[] = {
      {"cooperation", {0}},
      {"cooperatio", {0}},
      {"cooperatiom", {0}},
      {"cooperatin", {}},   // differs in the tenth byte
      {"cooperaxion", {}},  // in the eighth
      {"cooperati", {}},    // shorter than the prefix
      {"cooperatio-n", {0}},
      {"negotiations", {1}},
      {"negotiat", {1}},
      {"negotiatorsandmediatorsofthetalks", {1}},  // longer than a token keeps inline
      {"negotia", {}},
      {"negotiet", {}},
      {"internati", {2}},
      {"internationally", {2}},
      {"internat", {}},
      {"internatx", {}},
      {"talks internationalized", {3}},
      {"talks internationaliz", {3}},
      {"talks internationali", {}},
      {"talks internationalisation", {}},
      {"talks internationalizationofthedisputeinthecaucasus", {3}},
      {"de", {4}},
      {"d", {}},
      {"dex", {4}},
  };
  for (const Row& r : rows) EXPECT_EQ(testing::ids_at_start(m, r.text), r.ids) << r.text;
}

// Phrases sharing a first word, most fixing the very next one: a next token
// none of them fixes is settled without trying each, unless one is free.
TEST(ComparePhraseIndexTest, SharedFirstWordFilteredByNextWord) {
  PhraseMatcher fixed;
  fixed.add("the meeting");     // 0
  fixed.add("the talks");       // 1
  fixed.add("the phone call");  // 2
  PhraseMatcher free_too;
  free_too.add("the meeting");        // 0
  free_too.add("the ... agreement");  // 1: second word may be further away
  free_too.add("the ceas*");          // 2: a prefix second word fixes no hash
  struct Row {
    const PhraseMatcher* m;
    const char* text;
    std::vector<int> ids;
  };
  const Row rows[] = {
      {&fixed, "the meetings", {0}},     {&fixed, "the talk", {1}},
      {&fixed, "the phone calls", {2}},  {&fixed, "the phone", {}},
      {&fixed, "the agreement", {}},     {&fixed, "the", {}},
      {&free_too, "the meeting", {0}},   {&free_too, "the long awaited agreement", {1}},
      {&free_too, "the ceasefire", {2}}, {&free_too, "the talks", {}},
  };
  for (const Row& r : rows) EXPECT_EQ(testing::ids_at_start(*r.m, r.text), r.ids) << r.text;
}

// Random phrases and texts over a small vocabulary (shared first letters,
// one-letter words, stopwords, digits), in both option sets in use.
TEST(ComparePhraseIndexTest, SameMatchesAsTryingEveryPhrase) {
  const std::vector<std::string> vocab = {
      "a",          "the",    "of",       "to",        "talks",       "talked",      "tal",
      "c",          "co",     "cease",    "ceasefire", "cooperation", "corridor",    "peace",
      "p9",         "py",     "9",        "99",        "halt",        "hostilities", "on",
      "x",          "xy",     "meeting",  "meetings",  "met",         "me",          "withdrew",
      "withdrawal", "troops", "agreement"};
  const std::vector<std::string> seps = {" ", " ", " ", ", ", ". ", " - ", "; "};
  std::mt19937 rng(20261123);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int round = 0; round < 400; ++round) {
    PhraseMatcher::Options o;
    o.skip_stopwords = round % 2 == 1;
    o.max_gap = o.skip_stopwords ? 1 : 0;
    PhraseMatcher m(o);
    std::vector<std::vector<PlainWord>> plain;
    for (int p = 0; p < 12; ++p) {
      std::string phrase;
      const int n = 1 + static_cast<int>(rng() % 3);
      for (int k = 0; k < n; ++k) {
        if (k > 0 && rng() % 5 == 0) phrase += "... ";
        std::string w = pick(vocab);
        if (rng() % 2 == 0) w = w.substr(0, 1 + rng() % w.size()) + "*";
        phrase += w + " ";
      }
      std::vector<PlainWord> words = plain_parse(phrase, o.skip_stopwords);
      const int id = m.add(phrase);
      ASSERT_EQ(id < 0, words.empty()) << phrase;
      if (id >= 0) plain.push_back(std::move(words));
    }
    std::string text;
    for (int k = 0; k < 30; ++k) text += pick(vocab) + pick(seps);
    const std::vector<Token> tokens = tokenize(text);
    std::vector<PhraseMatcher::Match> want_all;
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::vector<PhraseMatcher::Match> want = plain_at(plain, o, tokens, i);
      std::vector<PhraseMatcher::Match> got;
      m.find_at(tokens, i, got);
      ASSERT_EQ(describe(got), describe(want)) << text << " at " << i;
      std::sort(want.begin(), want.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
      want_all.insert(want_all.end(), want.begin(), want.end());
    }
    ASSERT_EQ(describe(m.find(tokens)), describe(want_all)) << text;
  }
}

}  // namespace
}  // namespace kd::cmp
