// Gazetteer: entity names and side words indexed by their folded words.
//
// Text and names are split into words (letter/digit runs; apostrophes, dots
// and hyphens separate words, so "Kremlin's" is "kremlin" + "s" and "U.N." is
// "u" + "n") and each word is folded (fold.h). A name is found by looking up
// its first word in a hash and comparing the following words, so a lookup
// costs O(words in text), not O(lexicon size). Misspelt capitalised words
// ("Zakharvoa") are first corrected to a known name word within one edit,
// found through an index of one-letter deletions (symmetric-delete scheme).
#include "gazetteer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "fold.h"
#include "key_filter.h"

namespace kd {

namespace {

struct Word {
  uint32_t start;
  uint32_t end;
  std::string folded;
  bool caps;     // every letter upper case ("US", "AFP")
  bool capital;  // first letter upper case
};

// ASCII letters and digits without a call into ICU: most of the text.
bool ascii_alnum(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_alnum(UChar32 c) { return c < 0x80 ? ascii_alnum(c) : u_isalnum(c); }
bool is_lower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }
bool is_word_char(UChar32 c) {
  return c < 0x80 ? ascii_alnum(c) : (u_isalnum(c) || u_getCombiningClass(c) > 0);
}

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6 + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    // ASCII separators (most of the non-word bytes) skip the decoder.
    if (s[i] < 0x80 && !ascii_alnum(s[i])) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !is_alnum(c)) continue;
    bool caps = !is_lower(c);
    const bool capital = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
    bool ascii_word = c < 0x80;
    int32_t end = i;
    while (end < n) {
      if (s[end] < 0x80) {  // ASCII: no decoding
        if (!ascii_alnum(s[end])) break;
        if (s[end] >= 'a' && s[end] <= 'z') caps = false;
        ++end;
        continue;
      }
      int32_t next = end;
      U8_NEXT(s, next, n, c);
      if (c < 0 || !is_word_char(c)) break;
      if (is_lower(c)) caps = false;
      ascii_word = false;
      end = next;
    }
    std::string_view raw = text.substr(start, end - start);
    Word& w = words.emplace_back();  // in place: no temporary Word to move
    w.start = static_cast<uint32_t>(start);
    w.end = static_cast<uint32_t>(end);
    w.caps = caps;
    w.capital = capital;
    if (ascii_word) {  // fold() of ASCII: lower case, done here without a copy
      w.folded.resize(raw.size());
      for (size_t k = 0; k < raw.size(); ++k)
        w.folded[k] =
            static_cast<char>(raw[k] >= 'A' && raw[k] <= 'Z' ? raw[k] - 'A' + 'a' : raw[k]);
    } else {
      w.folded = fold(raw);
    }
    i = end;
  }
  return words;
}

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

// A name (or side phrase) as folded words. Short all-capital words ("US",
// "AP") only match capitalised text, so the pronoun "us" is not Washington.
struct Pattern {
  std::vector<std::string> words;
  std::vector<bool> caps_only;
  const Entity* entity = nullptr;
  std::string side;
};

Pattern make_pattern(std::string_view text) {
  Pattern p;
  for (Word& w : split_words(text)) {
    p.caps_only.push_back(w.caps && w.end - w.start <= 3 &&
                          !(w.folded[0] >= '0' && w.folded[0] <= '9'));
    p.words.push_back(std::move(w.folded));
  }
  return p;
}

constexpr size_t kMinFuzzyLength = 7;

}  // namespace

struct Gazetteer::Impl {
  // Tells Impls apart for the per-thread cache of corrections, even one
  // built where a destroyed one was.
  const uint64_t id = next_id();
  static uint64_t next_id() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }
  // Tells apart what find() can answer: Impls built from the same entities
  // (same addresses, names and aliases, in the same order) share it. The
  // extractor and the comparer each build a Gazetteer of one lexicon and
  // search the same claims; with this the comparer's search is a memo hit.
  uint64_t names_id = 0;
  static uint64_t names_id_of(std::string key) {
    static std::mutex mutex;
    static std::map<std::string, uint64_t> ids;
    std::lock_guard<std::mutex> lock(mutex);
    return ids.try_emplace(std::move(key), next_id()).first->second;
  }
  std::vector<Pattern> names;
  std::vector<Pattern> sides;
  std::unordered_map<std::string, std::vector<uint32_t>> names_by_first;
  std::unordered_map<std::string, std::vector<uint32_t>> sides_by_first;
  std::unordered_set<std::string> vocabulary;
  // Pre-checks of the three maps above that every word is looked up in.
  KeyFilter names_filter, sides_filter, vocabulary_filter;
  std::unordered_map<std::string, std::vector<std::string>> deletions;
  std::unordered_map<std::string, const Entity*> by_canonical;
  std::unordered_map<std::string, std::string> side_by_word;
  std::unordered_set<std::string> caps_side_words;

  void add_name(std::string_view alias, const Entity* e) {
    Pattern p = make_pattern(alias);
    if (p.words.empty()) return;
    p.entity = e;
    for (const std::string& w : p.words) add_vocabulary(w);
    names_filter.add(p.words[0]);
    names_by_first[p.words[0]].push_back(static_cast<uint32_t>(names.size()));
    names.push_back(std::move(p));
  }

  void add_vocabulary(const std::string& w) {
    vocabulary_filter.add(w);
    if (!vocabulary.insert(w).second || w.size() < kMinFuzzyLength) return;
    deletions[w].push_back(w);
    for (size_t i = 0; i < w.size(); ++i) {
      std::string d = w;
      d.erase(i, 1);
      deletions[d].push_back(w);
    }
  }

  // The known name word a capitalised text word stands for: itself when
  // known, else the single known word within one edit, else itself.
  const std::string& correct(const Word& w) const {
    if (!w.capital || w.folded.size() + 1 < kMinFuzzyLength ||
        (vocabulary_filter.may_contain(w.folded) && vocabulary.count(w.folded)))
      return w.folded;
    // The search below hashes a dozen variants of the word; capitalised
    // words that are no name ("Karabakh", "Azerbaijani") recur in every
    // article, so the answer is remembered per thread.
    // One cache per Impl, for a few Impls: the extractor and the comparer
    // each build a Gazetteer and alternate sentence by sentence, and a single
    // cache was cleared at every switch (the search then ran for every word).
    struct Cache {
      uint64_t owner = 0;
      std::unordered_map<std::string, const std::string*> found;  // nullptr: no correction
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
    if (cache->found.size() > (1u << 16)) cache->found.clear();
    Cache& cache_ref = *cache;
    auto [it, fresh] = cache_ref.found.try_emplace(w.folded, nullptr);
    if (fresh) it->second = search(w);
    return it->second ? *it->second : w.folded;
  }

  // The single vocabulary word within one edit of `w`, or nullptr.
  const std::string* search(const Word& w) const {
    const std::string* found = nullptr;
    auto consider = [&](const std::string& variant) {
      auto it = deletions.find(variant);
      if (it == deletions.end()) return true;
      for (const std::string& cand : it->second) {
        if (!within_one_edit(cand, w.folded)) continue;
        if (found && *found != cand) return false;  // ambiguous
        found = &cand;
      }
      return true;
    };
    if (!consider(w.folded)) return nullptr;
    for (size_t i = 0; i < w.folded.size(); ++i) {
      std::string d = w.folded;
      d.erase(i, 1);
      if (!consider(d)) return nullptr;
    }
    return found;
  }

  // Longest pattern starting at word i, or nullptr; sets `len`.
  static const Pattern* longest(const std::vector<Pattern>& patterns,
                                const std::unordered_map<std::string, std::vector<uint32_t>>& index,
                                const KeyFilter& filter, const std::vector<Word>& words,
                                const std::vector<const std::string*>& tokens, size_t i,
                                size_t& len) {
    if (!filter.may_contain(*tokens[i])) return nullptr;
    auto it = index.find(*tokens[i]);
    if (it == index.end()) return nullptr;
    const Pattern* best = nullptr;
    len = 0;
    for (uint32_t id : it->second) {
      const Pattern& p = patterns[id];
      if (p.words.size() <= len || i + p.words.size() > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < p.words.size() && ok; ++k)
        ok = *tokens[i + k] == p.words[k] && (!p.caps_only[k] || words[i + k].caps);
      if (ok) {
        best = &p;
        len = p.words.size();
      }
    }
    return best;
  }

  std::vector<EntityMention> entities_in(const std::vector<Word>& words) const {
    std::vector<EntityMention> out;
    std::vector<const std::string*> tokens;
    tokens.reserve(words.size());
    for (const Word& w : words) tokens.push_back(&correct(w));
    for (size_t i = 0; i < words.size();) {
      size_t len = 0;
      const Pattern* p = longest(names, names_by_first, names_filter, words, tokens, i, len);
      if (!p) {
        ++i;
        continue;
      }
      out.push_back({{words[i].start, words[i + len - 1].end}, p->entity});
      i += len;
    }
    return out;
  }

  std::vector<SideMention> sides_in(const std::vector<Word>& words) const {
    std::vector<SideMention> out;
    std::vector<const std::string*> tokens;
    tokens.reserve(words.size());
    for (const Word& w : words) tokens.push_back(&w.folded);
    for (size_t i = 0; i < words.size();) {
      size_t len = 0;
      const Pattern* p = longest(sides, sides_by_first, sides_filter, words, tokens, i, len);
      if (!p) {
        ++i;
        continue;
      }
      out.push_back({{words[i].start, words[i + len - 1].end}, p->side});
      i += len;
    }
    return out;
  }
};

Gazetteer::Gazetteer(const Lexicon& lexicon) {
  auto impl = std::make_shared<Impl>();
  for (const Entity& e : lexicon.entities) {
    impl->add_name(e.name, &e);
    for (const std::string& a : e.aliases) impl->add_name(a, &e);
    impl->by_canonical.emplace(fold(e.name), &e);
  }
  for (const SideWords& sw : lexicon.sides) {
    for (const std::string& w : sw.words) {
      Pattern p = make_pattern(w);
      if (p.words.empty()) continue;
      p.side = sw.side;
      if (p.words.size() == 1) {
        impl->side_by_word.emplace(p.words[0], sw.side);
        if (p.caps_only[0]) impl->caps_side_words.insert(p.words[0]);
      }
      impl->sides_filter.add(p.words[0]);
      impl->sides_by_first[p.words[0]].push_back(static_cast<uint32_t>(impl->sides.size()));
      impl->sides.push_back(std::move(p));
    }
  }
  // Everything entities_in() depends on, exactly (see Impl::names_id):
  // per entity its address, then its name and aliases, length-prefixed.
  std::string names_key;
  auto append_number = [&](uint64_t n) {
    names_key.append(reinterpret_cast<const char*>(&n), sizeof n);
  };
  for (const Entity& e : lexicon.entities) {
    append_number(reinterpret_cast<uintptr_t>(&e));
    append_number(e.aliases.size());
    append_number(e.name.size());
    names_key += e.name;
    for (const std::string& a : e.aliases) {
      append_number(a.size());
      names_key += a;
    }
  }
  impl->names_id = Impl::names_id_of(std::move(names_key));
  impl_ = std::move(impl);
}

void Gazetteer::find_both(std::string_view text, std::vector<EntityMention>& entities,
                          std::vector<SideMention>& sides) const {
  const std::vector<Word> words = split_words(text);
  entities = impl_->entities_in(words);
  sides = impl_->sides_in(words);
}

std::vector<EntityMention> Gazetteer::find(std::string_view text) const {
  // The same claim is searched by the extractor (only_reports_event) and
  // again by the comparer (describe_statements), with a document's
  // paragraphs (Discourse) searched in between, on the same thread: remember
  // recent short texts and what they hold. 128 slots lost a fair share of
  // claims to collisions with paragraphs; 512 cost about 0.5 MB per thread.
  constexpr size_t kMemoText = 1024, kMemoSlots = 512;
  if (text.size() > kMemoText) return impl_->entities_in(split_words(text));
  struct Slot {
    uint64_t owner = 0;  // Impl::names_id; 0: empty
    std::string text;
    std::vector<EntityMention> found;
  };
  thread_local std::array<Slot, kMemoSlots> memo;
  Slot& slot = memo[std::hash<std::string_view>{}(text) % kMemoSlots];
  if (slot.owner == impl_->names_id && slot.text == text) return slot.found;
  std::vector<EntityMention> found = impl_->entities_in(split_words(text));
  slot.owner = impl_->names_id;
  slot.text.assign(text);
  slot.found = found;
  return found;
}

std::vector<SideMention> Gazetteer::find_sides(std::string_view text) const {
  return impl_->sides_in(split_words(text));
}

std::string Gazetteer::side_of_word(std::string_view word) const {
  std::vector<Word> words = split_words(word);
  // "Turkey's" splits into "turkey" + "s"; anything else is not one word.
  if (words.empty() || words.size() > 2 || (words.size() == 2 && words[1].folded != "s")) return "";
  auto it = impl_->side_by_word.find(words[0].folded);
  if (it == impl_->side_by_word.end()) return "";
  if (impl_->caps_side_words.count(words[0].folded) && !words[0].caps) return "";
  return it->second;
}

const Entity* Gazetteer::by_name(std::string_view canonical) const {
  auto it = impl_->by_canonical.find(fold(canonical));
  return it == impl_->by_canonical.end() ? nullptr : it->second;
}

}  // namespace kd
