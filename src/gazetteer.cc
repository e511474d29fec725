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

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <unordered_map>

#include "fold.h"
#include "gazetteer_table.h"
#include "gazetteer_words.h"

namespace kd {

using gaz::Token;
using gaz::Word;
using gaz::Words;
using gaz::WordTable;

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

// A name (or side phrase) as folded words. Short all-capital words ("US",
// "AP") only match capitalised text, so the pronoun "us" is not Washington.
struct Pattern {
  std::vector<std::string> words;
  std::vector<uint64_t> hashes;  // hash_word of each word: compared first
  std::vector<bool> caps_only;
  const Entity* entity = nullptr;
  std::string side;
};

Pattern make_pattern(std::string_view text) {
  Words words;
  words.split(text);
  Pattern p;
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    const Token& t = words.tokens()[k];
    p.caps_only.push_back(w.caps && w.end - w.start <= 3 &&
                          !(t.text[0] >= '0' && t.text[0] <= '9'));
    p.words.emplace_back(t.text);
    p.hashes.push_back(t.hash);
  }
  return p;
}

// Patterns by their first word.
struct FirstWordIndex {
  WordTable first;
  std::vector<std::vector<uint32_t>> patterns;  // by number in `first`
  void add(std::string_view word, uint32_t pattern) {
    const uint32_t id = first.insert(word).first;
    if (id == patterns.size()) patterns.emplace_back();
    patterns[id].push_back(pattern);
  }
};

// The correction cache is keyed by the hash the word already has.
struct KnownHash {
  size_t operator()(uint64_t h) const { return static_cast<size_t>(h); }
};

// Scratch space of the calls on one thread: words and tokens are reused, not
// reallocated per sentence. No call's result points into it.
struct Scratch {
  Words words;
  std::vector<Token> corrected;
};
Scratch& scratch() {
  thread_local Scratch s;
  return s;
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
  FirstWordIndex names_by_first, sides_by_first;
  WordTable vocabulary;
  std::unordered_map<std::string, std::vector<std::string>> deletions;
  std::unordered_map<std::string, const Entity*> by_canonical;
  WordTable side_words;  // one-word side patterns, first occurrence
  std::vector<std::string> side_of_side_word;
  std::vector<bool> side_word_caps_only;

  void add_name(std::string_view alias, const Entity* e) {
    Pattern p = make_pattern(alias);
    if (p.words.empty()) return;
    p.entity = e;
    for (const std::string& w : p.words) add_vocabulary(w);
    names_by_first.add(p.words[0], static_cast<uint32_t>(names.size()));
    names.push_back(std::move(p));
  }

  void add_vocabulary(const std::string& w) {
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
  Token correct(const Word& w, const Token& t) const {
    if (!w.capital || t.text.size() + 1 < kMinFuzzyLength || vocabulary.find(t) != WordTable::kNone)
      return t;
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
        Token correction;  // empty text: none
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
    return it->second.correction.text.empty() ? t : it->second.correction;
  }

  // The single vocabulary word within one edit of `word`, or an empty Token.
  Token search(std::string_view word) const {
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
    if (!consider(folded)) return {};
    for (size_t i = 0; i < folded.size(); ++i) {
      std::string d = folded;
      d.erase(i, 1);
      if (!consider(d)) return {};
    }
    return found ? Token{*found, gaz::hash_word(*found)} : Token{};
  }

  // Longest pattern starting at word i, or nullptr; sets `len`.
  static const Pattern* longest(const std::vector<Pattern>& patterns, const FirstWordIndex& index,
                                const Words& words, const std::vector<Token>& tokens, size_t i,
                                size_t& len) {
    const uint32_t first = index.first.find(tokens[i]);
    if (first == WordTable::kNone) return nullptr;
    const Pattern* best = nullptr;
    len = 0;
    for (uint32_t id : index.patterns[first]) {
      const Pattern& p = patterns[id];
      if (p.words.size() <= len || i + p.words.size() > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < p.words.size() && ok; ++k)
        ok = tokens[i + k].hash == p.hashes[k] && tokens[i + k].text == p.words[k] &&
             (!p.caps_only[k] || words[i + k].caps);
      if (ok) {
        best = &p;
        len = p.words.size();
      }
    }
    return best;
  }

  void entities_in(const Words& words, std::vector<Token>& tokens,
                   std::vector<EntityMention>& out) const {
    out.clear();
    tokens = words.tokens();
    for (size_t i = 0; i < words.size(); ++i) tokens[i] = correct(words[i], tokens[i]);
    for (size_t i = 0; i < words.size();) {
      size_t len = 0;
      const Pattern* p = longest(names, names_by_first, words, tokens, i, len);
      if (!p) {
        ++i;
        continue;
      }
      out.push_back({{words[i].start, words[i + len - 1].end}, p->entity});
      i += len;
    }
  }

  void sides_in(const Words& words, std::vector<SideMention>& out) const {
    out.clear();
    for (size_t i = 0; i < words.size();) {
      size_t len = 0;
      const Pattern* p = longest(sides, sides_by_first, words, words.tokens(), i, len);
      if (!p) {
        ++i;
        continue;
      }
      out.push_back({{words[i].start, words[i + len - 1].end}, p->side});
      i += len;
    }
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
        const auto [id, added] = impl->side_words.insert(p.words[0]);
        if (added) {
          impl->side_of_side_word.push_back(sw.side);
          impl->side_word_caps_only.push_back(false);
        }
        if (p.caps_only[0]) impl->side_word_caps_only[id] = true;
      }
      impl->sides_by_first.add(p.words[0], static_cast<uint32_t>(impl->sides.size()));
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
  Scratch& s = scratch();
  s.words.split(text);
  impl_->entities_in(s.words, s.corrected, entities);
  impl_->sides_in(s.words, sides);
}

std::vector<EntityMention> Gazetteer::find(std::string_view text) const {
  std::vector<EntityMention> found;
  auto search = [&] {
    Scratch& s = scratch();
    s.words.split(text);
    impl_->entities_in(s.words, s.corrected, found);
  };
  // The same claim is searched by the extractor (only_reports_event) and
  // again by the comparer (describe_statements), with a document's
  // paragraphs (Discourse) searched in between, on the same thread: remember
  // recent short texts and what they hold. 128 slots lost a fair share of
  // claims to collisions with paragraphs; 512 cost about 0.5 MB per thread.
  constexpr size_t kMemoText = 1024, kMemoSlots = 512;
  if (text.size() > kMemoText) {
    search();
    return found;
  }
  struct Slot {
    uint64_t owner = 0;  // Impl::names_id; 0: empty
    std::string text;
    std::vector<EntityMention> found;
  };
  thread_local std::array<Slot, kMemoSlots> memo;
  Slot& slot = memo[std::hash<std::string_view>{}(text) % kMemoSlots];
  if (slot.owner == impl_->names_id && slot.text == text) return slot.found;
  search();
  slot.owner = impl_->names_id;
  slot.text.assign(text);
  slot.found = found;
  return found;
}

std::vector<SideMention> Gazetteer::find_sides(std::string_view text) const {
  Scratch& s = scratch();
  s.words.split(text);
  std::vector<SideMention> sides;
  impl_->sides_in(s.words, sides);
  return sides;
}

std::string Gazetteer::side_of_word(std::string_view word) const {
  Words& words = scratch().words;
  words.split(word);
  // "Turkey's" splits into "turkey" + "s"; anything else is not one word.
  if (words.size() == 0 || words.size() > 2 || (words.size() == 2 && words.tokens()[1].text != "s"))
    return "";
  const uint32_t id = impl_->side_words.find(words.tokens()[0]);
  if (id == WordTable::kNone) return "";
  if (impl_->side_word_caps_only[id] && !words[0].caps) return "";
  return impl_->side_of_side_word[id];
}

const Entity* Gazetteer::by_name(std::string_view canonical) const {
  auto it = impl_->by_canonical.find(fold(canonical));
  return it == impl_->by_canonical.end() ? nullptr : it->second;
}

}  // namespace kd
