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

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "ascii8.h"
#include "fold.h"
#include "gazetteer_impl.h"

namespace kd {

using gaz::Pattern;
using gaz::Scratch;
using gaz::scratch;
using gaz::Word;
using gaz::Words;

uint64_t Gazetteer::Impl::names_id_of(std::string key) {
  static std::mutex mutex;
  static std::map<std::string, uint64_t> ids;
  std::lock_guard<std::mutex> lock(mutex);
  return ids.try_emplace(std::move(key), next_id()).first->second;
}

Pattern Gazetteer::Impl::pattern(std::string_view text) {
  Words split;
  split.split(text);
  Pattern p;
  for (size_t k = 0; k < split.size(); ++k) {
    const Word& w = split[k];
    const std::string_view folded = split.token(k).text;
    p.caps_only.push_back(w.caps && w.end - w.start <= 3 &&
                          !(folded[0] >= '0' && folded[0] <= '9'));
    const uint32_t n = words.insert(folded).first;
    if (n >= info.size()) info.resize(n + 1);
    p.words.push_back(n);
  }
  return p;
}

void Gazetteer::Impl::add_name(std::string_view alias, const Entity* e, bool given_first) {
  Pattern p = pattern(alias);
  if (p.words.empty()) return;
  p.entity = e;
  for (uint32_t n : p.words) {
    const std::string& w = words.word(n);
    info[n].vocabulary = true;
    // Only people's names are corrected: the names of outlets and bodies
    // are near common words ("Politico" is one edit from "Politics").
    if (e->kind != SpeakerKind::kPerson || w.size() < gaz::kMinFuzzyLength) continue;
    std::vector<std::string>& same = deletions[w];
    if (std::find(same.begin(), same.end(), w) != same.end()) continue;  // indexed before
    same.push_back(w);
    for (size_t i = 0; i < w.size(); ++i) {
      std::string d = w;
      d.erase(i, 1);
      deletions[d].push_back(w);
    }
  }
  if (e->kind == SpeakerKind::kPerson && p.words.size() > 1) {
    info[p.words[0]].given = true;
    // ("Sun Weidong": "Sun" is his family's name, and a woman's too.)
    if (e->gender != Gender::kUnknown && given_first)
      info[p.words[0]].given_genders |=
          e->gender == Gender::kFemale ? gaz::kWomansName : gaz::kMansName;
    std::vector<std::string>& given = given_names[e];
    if (std::find(given.begin(), given.end(), words.word(p.words[0])) == given.end())
      given.push_back(words.word(p.words[0]));
  }
  add_candidate(info[p.words[0]].names, p, static_cast<uint32_t>(names.size()));
  names.push_back(std::move(p));
}

void Gazetteer::Impl::add_side(std::string_view phrase, const std::string& side) {
  Pattern p = pattern(phrase);
  if (p.words.empty()) return;
  p.side = side;
  const auto index = static_cast<uint32_t>(sides.size());
  gaz::WordInfo& first = info[p.words[0]];
  if (p.words.size() == 1) {
    if (first.side_word < 0) first.side_word = static_cast<int32_t>(index);
    if (p.caps_only[0]) first.caps_side_word = true;
  }
  add_candidate(first.sides, p, index);
  sides.push_back(std::move(p));
}

void Gazetteer::Impl::add_candidate(std::vector<gaz::Candidate>& to, const Pattern& p,
                                    uint32_t index) {
  const gaz::Candidate c{index, static_cast<uint32_t>(p.words.size()),
                         p.words.size() > 1 ? p.words[1] : 0};
  // After the longer ones and the equally long ones added before.
  auto at = std::find_if(to.begin(), to.end(),
                         [&](const gaz::Candidate& d) { return d.length < c.length; });
  to.insert(at, c);
}

namespace {

// Everything the index depends on, exactly: per entity its address, then its
// name and aliases, length-prefixed; and with `sides`, the side words too.
std::string lexicon_key(const Lexicon& lexicon, bool sides) {
  std::string key;
  auto append_number = [&](uint64_t n) { key.append(reinterpret_cast<const char*>(&n), sizeof n); };
  auto append_text = [&](const std::string& t) {
    append_number(t.size());
    key += t;
  };
  for (const Entity& e : lexicon.entities) {
    append_number(reinterpret_cast<uintptr_t>(&e));
    append_number(e.aliases.size());
    append_text(e.name);
    for (const std::string& a : e.aliases) append_text(a);
  }
  if (!sides) return key;
  append_number(lexicon.sides.size());
  for (const std::string& a : lexicon.abbreviations) append_text(a);  // titles: role_words
  for (const SideWords& sw : lexicon.sides) {
    append_text(sw.side);
    append_number(sw.words.size() * 2 + (sw.family_name_first ? 1 : 0));
    for (const std::string& w : sw.words) append_text(w);
  }
  for (const Entity& e : lexicon.entities) key += static_cast<char>(e.gender);  // given_genders
  return key;
}

}  // namespace

Gazetteer::Gazetteer(const Lexicon& lexicon) {
  // The extractor and the comparer each build a Gazetteer of the same
  // lexicon: the second one shares the index the first one built, while that
  // one lives.
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const Impl>> built;
  std::string key = lexicon_key(lexicon, true);
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = built.find(key); it != built.end() && (impl_ = it->second.lock())) return;
  auto impl = std::make_shared<Impl>();
  impl->info.resize(1);                          // number 0: words of no pattern
  std::set<std::string_view> family_name_first;  // sides
  for (const SideWords& sw : lexicon.sides)
    if (sw.family_name_first) family_name_first.insert(sw.side);
  for (const Entity& e : lexicon.entities) {
    const bool given_first = family_name_first.count(e.side) == 0;
    impl->add_name(e.name, &e, given_first);
    for (const std::string& a : e.aliases) impl->add_name(a, &e, given_first);
    impl->by_canonical.emplace(fold(e.name), &e);
    const std::string role = fold(e.role);
    for (size_t at = 0; at < role.size();) {
      const size_t space = std::min(role.find(' ', at), role.size());
      if (space > at) impl->role_words.emplace(role.substr(at, space - at));
      at = space + 1;
    }
  }
  // Abbreviations before names ("Mr.", "Dr.", "Sen.") are titles too.
  for (const std::string& a : lexicon.abbreviations)
    if (a.size() > 1 && a.back() == '.' && a.find('.') == a.size() - 1)
      impl->role_words.emplace(fold(std::string_view(a).substr(0, a.size() - 1)));
  for (const SideWords& sw : lexicon.sides)
    for (const std::string& w : sw.words) impl->add_side(w, sw.side);
  impl->names_id = Impl::names_id_of(lexicon_key(lexicon, false));
  for (auto it = built.begin(); it != built.end();)  // indexes no Gazetteer uses
    it = it->second.expired() ? built.erase(it) : std::next(it);
  built[std::move(key)] = impl;
  impl_ = std::move(impl);
}

void Gazetteer::find_both(std::string_view text, std::vector<EntityMention>& entities,
                          std::vector<SideMention>& sides) const {
  Scratch& s = scratch();
  s.words.split(text);
  find_both(s.words, entities, sides);
}

void Gazetteer::find_both(const Words& words, std::vector<EntityMention>& entities,
                          std::vector<SideMention>& sides) const {
  Scratch& s = scratch();
  impl_->number_words(words, s.numbers);
  impl_->entities_in(words, s.numbers, s.name_numbers, entities);
  impl_->sides_in(words, s.numbers, sides);
}

std::vector<EntityMention> Gazetteer::find(std::string_view text) const {
  std::vector<EntityMention> found;
  auto search = [&] {
    Scratch& s = scratch();
    s.words.split(text);
    impl_->number_words(s.words, s.numbers);
    impl_->entities_in(s.words, s.numbers, s.name_numbers, found);
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
  impl_->number_words(s.words, s.numbers);
  std::vector<SideMention> sides;
  impl_->sides_in(s.words, s.numbers, sides);
  return sides;
}

namespace {

// The folded word and caps of a short word of ASCII letters and digits only
// (most words asked about), as Words::split() makes them, without splitting;
// false for any other word.
bool ascii_word(std::string_view word, std::array<char, 32>& folded, bool& caps) {
  if (word.empty() || word.size() > folded.size()) return false;
  caps = true;
  for (size_t k = 0; k < word.size(); ++k) {
    const auto c = static_cast<unsigned char>(word[k]);
    if (!is_ascii_alnum(c)) return false;
    if (c >= 'a') caps = false;               // of letters and digits, only lower case
    folded[k] = static_cast<char>(c | 0x20);  // digits have the bit already
  }
  return true;
}

}  // namespace

const gaz::WordInfo* Gazetteer::word_info(std::string_view word, bool& caps) const {
  gaz::Token token;
  std::array<char, 32> folded;
  if (ascii_word(word, folded, caps)) {
    token.text = std::string_view(folded.data(), word.size());
    token.hash = gaz::hash_word(token.text);
  } else {
    Words& words = scratch().words;
    words.split(word);
    // "Turkey's" splits into "turkey" + "s"; anything else is not one word.
    if (words.size() == 0 || words.size() > 2 || (words.size() == 2 && words.token(1).text != "s"))
      return nullptr;
    token = words.token(0);
    caps = words[0].caps;
  }
  return &impl_->info[impl_->words.find(token)];
}

std::string Gazetteer::side_of_word(std::string_view word) const {
  bool caps = false;
  const gaz::WordInfo* info = word_info(word, caps);
  if (!info || info->side_word < 0) return "";
  if (info->caps_side_word && !caps) return "";
  return impl_->sides[info->side_word].side;
}

Gender Gazetteer::given_name_gender(std::string_view word) const {
  bool caps = false;
  const gaz::WordInfo* info = word_info(word, caps);
  if (!info) return Gender::kUnknown;
  switch (info->given_genders) {
    case gaz::kWomansName:
      return Gender::kFemale;
    case gaz::kMansName:
      return Gender::kMale;
    default:
      return Gender::kUnknown;
  }
}

const Entity* Gazetteer::by_name(std::string_view canonical) const {
  auto it = impl_->by_canonical.find(fold(canonical));
  return it == impl_->by_canonical.end() ? nullptr : it->second;
}

}  // namespace kd
