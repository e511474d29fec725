// Matching text against the gazetteer's patterns (see gazetteer_impl.h).
#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>

#include "gazetteer_impl.h"

namespace kd {

using gaz::Pattern;
using gaz::Words;

namespace gaz {

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

}  // namespace gaz

namespace {

// True when a and b differ by at most one insertion, deletion, substitution
// or transposition of adjacent letters.
bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);  // transposition
  }
  return a.substr(i) == b.substr(i + 1);  // deletion
}

// Whether two first names are spellings of one ("Sergej"/"Sergei",
// "Mohammed"/"Muhammad"): at most one edit in three letters, by the
// Levenshtein distance (names are short: fixed rows, no allocation).
bool same_given_name(std::string_view a, std::string_view b) {
  constexpr size_t kMax = 24;
  if (a.size() >= kMax || b.size() >= kMax) return a == b;
  const size_t allowed = std::max<size_t>(1, std::max(a.size(), b.size()) / 3);
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > allowed) return false;
  std::array<size_t, kMax> row{}, next{};
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    next[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      next[j] = std::min({row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1])});
    row = next;
  }
  return row[b.size()] <= allowed;
}

// The correction cache is keyed by the hash the word already has.
struct KnownHash {
  size_t operator()(uint64_t h) const { return static_cast<size_t>(h); }
};

// The longest of `candidates` (patterns starting with word i) at word i, or
// nullptr; sets `len`.
const Pattern* longest(const std::vector<Pattern>& patterns,
                       const std::vector<gaz::Candidate>& candidates, const Words& words,
                       const std::vector<uint32_t>& numbers, size_t i, size_t& len) {
  const size_t rest = words.size() - i;
  auto first = candidates.begin();
  if (rest == 1 || numbers[i + 1] == gaz::WordTable::kNone) {
    // No pattern has an unknown word: only the one-word patterns, which
    // come last, can match here. Most words after a pattern's first word
    // ("the", "foreign") are none of its second words.
    first = candidates.end();
    while (first != candidates.begin() && first[-1].length == 1) --first;
  }
  for (; first != candidates.end(); ++first) {
    const gaz::Candidate& c = *first;
    if (c.length > rest || (c.length > 1 && numbers[i + 1] != c.second)) continue;
    const Pattern& p = patterns[c.pattern];
    bool ok = true;
    for (size_t k = 0; k < p.words.size() && ok; ++k)
      ok = numbers[i + k] == p.words[k] && (!p.caps_only[k] || words[i + k].caps);
    if (ok) {
      len = p.words.size();
      return &p;
    }
  }
  return nullptr;
}

// Left to right, the longest of `patterns` at each word (its candidates are
// info[numbers[i]].*list), the words of a match starting nothing else;
// emit(span, pattern, first word) for each.
template <class Emit>
void longest_matches(const std::vector<Pattern>& patterns, const std::vector<gaz::WordInfo>& info,
                     std::vector<gaz::Candidate> gaz::WordInfo::*list, const Words& text,
                     const std::vector<uint32_t>& numbers, Emit emit) {
  for (size_t i = 0; i < text.size();) {
    // Most words are in no pattern (number 0): passed without reading info.
    if (numbers[i] == gaz::WordTable::kNone) {
      ++i;
      continue;
    }
    const std::vector<gaz::Candidate>& candidates = info[numbers[i]].*list;
    size_t len = 0;
    const Pattern* p =
        candidates.empty() ? nullptr : longest(patterns, candidates, text, numbers, i, len);
    if (!p) {
      ++i;
      continue;
    }
    emit(Span{text[i].start, text[i + len - 1].end}, *p, i);
    i += len;
  }
}

}  // namespace

void Gazetteer::Impl::number_words(const Words& text, std::vector<uint32_t>& numbers) const {
  numbers.resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) numbers[i] = words.find(text.token(i));
}

uint32_t Gazetteer::Impl::correct(const gaz::Token& t) const {
  // The search below hashes a dozen variants of the word; capitalised
  // words that are no name ("Karabakh", "Azerbaijani") recur in every
  // article, so the answer is remembered per thread.
  // One cache per Impl, for a few Impls: the extractor and the comparer
  // each build a Gazetteer and alternate sentence by sentence, and a single
  // cache was cleared at every switch (the search then ran for every word).
  struct Cache {
    uint64_t owner = 0;
    struct Entry {
      std::string word;
      uint32_t correction;
    };
    std::unordered_map<uint64_t, Entry, KnownHash> found;  // by hash_word(word)
  };
  constexpr size_t kOwners = 4;
  thread_local std::array<Cache, kOwners> caches;
  thread_local size_t next_victim = 0;
  Cache* cache = nullptr;
  for (Cache& c : caches)
    if (c.owner == id) cache = &c;
  if (!cache) {
    cache = &caches[next_victim];
    next_victim = (next_victim + 1) % kOwners;
    cache->owner = id;
    cache->found.clear();
  }
  auto it = cache->found.find(t.hash);
  if (it == cache->found.end() || it->second.word != t.text) {  // a miss or a collision
    if (cache->found.size() > (1u << 16)) cache->found.clear();
    it = cache->found.insert_or_assign(t.hash, Cache::Entry{std::string(t.text), search(t.text)})
             .first;
  }
  return it->second.correction;
}

uint32_t Gazetteer::Impl::search(std::string_view word) const {
  const std::string* found = nullptr;
  auto consider = [&](const std::string& variant) {
    auto it = deletions.find(variant);
    if (it == deletions.end()) return true;
    for (const std::string& cand : it->second) {
      if (!within_one_edit(cand, word)) continue;
      if (found && *found != cand) return false;  // ambiguous
      found = &cand;
    }
    return true;
  };
  const std::string folded(word);
  if (!consider(folded)) return 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    std::string d = folded;
    d.erase(i, 1);
    if (!consider(d)) return 0;
  }
  return found ? words.find(*found) : 0;
}

bool Gazetteer::Impl::someone_else(const Words& text, const std::vector<uint32_t>& numbers,
                                   size_t i, const Entity& e) const {
  // "Simon Harris" is not Kamala Harris, "Hunter Biden" not Joe Biden: a
  // surname alone after a first name the lexicon does not know (not a word
  // of a role: "President Biden"), or knows as other people's only ("Daniel
  // Harris": Daniel Noboa's), unless it opens as the known one does
  // ("Sergej Lavrov": a spelling of one of the known one's first names).
  if (i == 0 || !text[i - 1].capital || text[i - 1].end + 1 != text[i].start ||
      (numbers[i - 1] != gaz::WordTable::kNone && !info[numbers[i - 1]].given))
    return false;
  const std::string_view before = text.token(i - 1).text;
  if (role_words.find(before) != role_words.end() || before.size() < 2 || text[i - 1].caps)
    return false;  // ("FM Kamikawa", "EAM Jaishankar": a title's letters)
  // A sentence's first word, capitalised for that ("After Erdogan spoke").
  static constexpr std::string_view kOpeners[] = {
      "after",  "before",  "when",  "while", "as",   "with",      "for",      "in",     "on",
      "at",     "but",     "and",   "then",  "also", "meanwhile", "however",  "if",     "since",
      "unlike", "like",    "by",    "from",  "to",   "the",       "said",     "says",   "that",
      "this",   "both",    "only",  "yet",   "so",   "because",   "although", "though", "until",
      "once",   "whether", "where", "why",   "how",  "what",      "asked",    "later"};
  if (std::find(std::begin(kOpeners), std::end(kOpeners), before) != std::end(kOpeners))
    return false;
  // Honorifics no entity's role spells: "Sheikh Tamim", "Sir Keir".
  static constexpr std::string_view kHonorifics[] = {
      "sheikh", "sheikha",  "sir",      "dame",      "lord", "lady",    "emir",       "king",
      "queen",  "prince",   "princess", "ayatollah", "imam", "general", "marshal",    "madam",
      "madame", "monsieur", "senor",    "senora",    "herr", "frau",    "excellency", "hon"};
  if (std::find(std::begin(kHonorifics), std::end(kHonorifics), before) != std::end(kHonorifics))
    return false;
  auto known = given_names.find(&e);
  if (known == given_names.end()) return true;
  return std::none_of(known->second.begin(), known->second.end(),
                      [&](const std::string& g) { return same_given_name(before, g); });
}

void Gazetteer::Impl::entities_in(const Words& text, const std::vector<uint32_t>& numbers,
                                  std::vector<uint32_t>& corrected,
                                  std::vector<EntityMention>& out) const {
  out.clear();
  // Few sentences have a misspelt name: `numbers` is copied to `corrected`
  // only at the first correction.
  const std::vector<uint32_t>* matched = &numbers;
  for (size_t i = 0; i < text.size(); ++i) {
    const uint32_t n = numbers[i];
    const gaz::Token& t = text.token(i);
    if (!text[i].capital || t.text.size() + 1 < gaz::kMinFuzzyLength || info[n].vocabulary)
      continue;
    const uint32_t c = correct(t);
    if (c == gaz::WordTable::kNone || c == n) continue;
    // "Artur Khachatryan" is someone else than "Vahagn Khachaturyan": a
    // surname after a first name the lexicon does not know is not corrected
    // (after a word of a role it is: "Foreign Minister Lavorv").
    if (i > 0 && text[i - 1].capital && text[i - 1].end + 1 == text[i].start &&
        numbers[i - 1] == gaz::WordTable::kNone &&
        role_words.find(text.token(i - 1).text) == role_words.end())
      continue;
    if (matched != &corrected) {
      corrected.assign(numbers.begin(), numbers.end());
      matched = &corrected;
    }
    corrected[i] = c;
  }
  longest_matches(names, info, &gaz::WordInfo::names, text, *matched,
                  [&](Span span, const Pattern& p, size_t i) {
                    if (p.words.size() == 1 && p.entity->kind == SpeakerKind::kPerson &&
                        someone_else(text, *matched, i, *p.entity))
                      return;
                    out.push_back({span, p.entity});
                  });
}

void Gazetteer::Impl::sides_in(const Words& text, const std::vector<uint32_t>& numbers,
                               std::vector<SideMention>& out) const {
  out.clear();
  longest_matches(sides, info, &gaz::WordInfo::sides, text, numbers,
                  [&](Span span, const Pattern& p, size_t) {
                    out.push_back({span, p.side});
                  });
}

}  // namespace kd
