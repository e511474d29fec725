// A body named again by its head noun: "the ministry said", "according to
// the ministry", "the presidency added". Wire copy names the body in full
// once ("the Russian Foreign Ministry said in a statement") and then
// shortens it; the short form is the body named last whose name has every
// word of it. Offices by government and role, and a name several
// governments' offices go by ("the Foreign Office"), are here too.
#include <algorithm>
#include <iterator>
#include <string>

#include "extract_speaker.h"
#include "extract_words.h"
#include "fold.h"

namespace kd {

bool has_word(std::string_view name, std::string_view word) {
  size_t i = 0;
  while (i < name.size()) {
    size_t j = i;
    while (j < name.size() && name[j] != ' ' && name[j] != '-' && name[j] != '\'') ++j;
    if (j - i == word.size() &&
        std::equal(word.begin(), word.end(), name.begin() + i,
                   [](char w, char n) { return w == ((n >= 'A' && n <= 'Z') ? n + 32 : n); }))
      return true;
    i = j + 1;
  }
  return false;
}

std::optional<Referent> Discourse::body_named_before(const std::vector<Token>& toks, size_t a,
                                                     size_t b, const std::string& side) const {
  // The words the body's name or role must have: all but determiners and
  // side words ("the Russian ministry": side Moscow, word "ministry"; "the
  // French presidency": the Elysee Palace, whose role is "presidency").
  std::string role;
  for (size_t k = a; k < b; ++k) {
    const Token& t = toks[k];
    if (!t.word() || t.is("the") || t.is("'s")) continue;
    if (!side.empty() && gaz_.side_of_word(t.low) == side) continue;
    role += role.empty() ? "" : " ";
    role += t.low;
  }
  auto fits = [&](const std::string& name, const std::string& name_side,
                  const std::string& name_role) {
    if (role.empty() || (!side.empty() && name_side != side)) return false;
    for (size_t i = 0; i < role.size();) {
      const size_t j = std::min(role.find(' ', i), role.size());
      const std::string_view w(role.data() + i, j - i);
      if (!has_word(name, w) && !has_word(name_role, w)) return false;
      i = j + 1;
    }
    return true;
  };
  const uint32_t pos = toks[a].start;
  const EntityMention* named = nullptr;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                             [](const EntityMention& m, uint32_t p) { return m.span.start < p; });
  while (it != mentions_.begin()) {
    --it;
    if (it->entity->kind == SpeakerKind::kInstitution &&
        fits(it->entity->name, it->entity->side, it->entity->role)) {
      named = &*it;
      break;
    }
  }
  // A body the gazetteer does not know but that spoke before ("the UAE
  // foreign ministry said ... the ministry added"), when named after the
  // last known one.
  for (auto s = said_.rbegin(); s != said_.rend(); ++s) {
    if (named && s->pos < named->span.start) break;
    const Speaker& w = s->who.speaker;
    // ("the Kremlin press service said ... the press service said": as
    // it was written then.)
    if (w.kind == SpeakerKind::kInstitution && !s->who.group && w.name.size() > 0 &&
        w.name != words_as_written(toks, a, b) &&
        (fits(w.name, w.side, "") || fits(fold(w.mention), w.side, "")))
      return s->who;
  }
  if (named) return from_entity(*named);
  // None named: the government's office of that role, when the lexicon
  // knows it ("the Russian foreign ministry"; "the Presidency" under the
  // dateline "ALGIERS -").
  const std::string& of = side.empty() ? home_side_ : side;
  const Entity* office = offices_ && !of.empty() ? offices_->find(of, role) : nullptr;
  if (!office && side.empty() && !home_side_.empty()) {
    Referent r;
    r.speaker = {words_as_written(toks, a, b), words_as_written(toks, a, b), home_side_,
                 SpeakerKind::kInstitution, false};
    return r;
  }
  if (!office) return std::nullopt;
  Referent r;
  r.entity = office;
  r.speaker = {office->name, words_as_written(toks, a, b), office->side, office->kind, false};
  return r;
}

std::optional<Referent> Discourse::generic_office_elsewhere(const std::vector<Token>& toks,
                                                            size_t a, size_t b,
                                                            const EntityMention& head) const {
  // Names that several governments' offices go by.
  static constexpr std::string_view kGeneric[] = {"foreign office", "foreign ministry",
                                                  "ministry of foreign affairs"};
  const Entity& e = *head.entity;
  if (e.kind != SpeakerKind::kInstitution || e.role.empty()) return std::nullopt;
  const std::string written = fold(doc_.slice(head.span));
  if (std::find(std::begin(kGeneric), std::end(kGeneric), written) == std::end(kGeneric))
    return std::nullopt;
  // The seat named after it ("the Foreign Office in Berlin"), else the
  // dateline's government.
  std::string side = home_side_;
  for (size_t k = a; k + 1 < b; ++k)
    if (toks[k].is("in") && toks[k].start >= head.span.end)
      if (const std::string& seat = gaz_.side_of_word(toks[k + 1].low); !seat.empty()) side = seat;
  if (side.empty() || side == e.side || !is_government_side(side)) return std::nullopt;
  Referent r;
  if (const Entity* office = offices_ ? offices_->find(side, e.role) : nullptr) {
    r.entity = office;
    r.speaker = {office->name, words_as_written(toks, a, b), office->side, office->kind, false};
  } else {
    r.speaker = {words_as_written(toks, a, b), words_as_written(toks, a, b), side,
                 SpeakerKind::kInstitution, false};
  }
  return r;
}

OfficeIndex::OfficeIndex(const std::vector<Entity>& entities) {
  for (const Entity& e : entities)
    if (e.kind == SpeakerKind::kInstitution && !e.role.empty())
      by_side_role_.emplace(std::make_pair(e.side, e.role), &e);
}

const Entity* OfficeIndex::find(const std::string& side, std::string_view role) const {
  auto it = by_side_role_.find(std::make_pair(side, std::string(role)));
  return it == by_side_role_.end() ? nullptr : it->second;
}

namespace {

// The role of the office that speaks for an official of `role`, as the
// lexicon's institutions write it.
std::string_view office_role(const std::string& role) {
  const auto has = [&](std::string_view w) { return role.find(w) != std::string::npos; };
  if (has("prime minister")) return "prime minister's office";
  if (has("president") && !has("vice")) return "presidency";
  if (has("foreign minister")) return "foreign ministry";
  if (has("defence minister") || has("defense minister")) return "defence ministry";
  if (has("king") || has("crown prince")) return "royal court";
  return "";
}

}  // namespace

const Sentence* Discourse::sentence_at(uint32_t pos) const {
  auto sentence = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), pos,
                                   [](uint32_t p, const Sentence& s) { return p < s.span.start; });
  return sentence == doc_.sentences.begin() ? nullptr : &*std::prev(sentence);
}

const EntityMention* Discourse::sentence_subject(uint32_t pos) const {
  const Sentence* sentence = sentence_at(pos);
  if (!sentence) return nullptr;
  const Span span = sentence->span;
  for (const EntityMention& m : mentions_) {
    if (m.span.start < span.start) continue;
    if (m.span.start >= pos) break;
    if (m.entity->kind != SpeakerKind::kPerson) return nullptr;
    // Only capitalised words (a title: "Israeli Prime Minister") before it.
    for (uint32_t i = span.start; i < m.span.start; ++i) {
      const char c = doc_.text[i];
      const bool word_start = i == span.start || doc_.text[i - 1] == ' ';
      if (word_start && c >= 'a' && c <= 'z') return nullptr;
    }
    return &m;
  }
  return nullptr;
}

const EntityMention* Discourse::last_titled(uint32_t pos, std::string_view title) const {
  constexpr uint32_t kTitleBytes = 20;  // "Prime Minister " right before the name
  const EntityMention* first_titled = nullptr;
  bool ambiguous = false;
  // "President William Ruto and Ugandan President Yoweri Museveni": the one
  // titled without a country is the writer's own, at home.
  const EntityMention* home = nullptr;
  int without_country = 0;
  for (const EntityMention& m : mentions_) {
    if (m.span.start >= pos) break;
    if (m.entity->kind != SpeakerKind::kPerson) continue;
    const uint32_t from = m.span.start > kTitleBytes ? m.span.start - kTitleBytes : 0;
    const std::string before = fold(doc_.slice({from, m.span.start}));
    // The title right before the name ("... President Claudia Sheinbaum").
    const size_t at = before.rfind(title);
    if (at == std::string::npos || before.size() > at + title.size() + 1) continue;
    if (gaz_.find_sides(std::string_view(before).substr(0, at)).empty() &&
        (!home || home->entity != m.entity)) {
      home = &m;
      ++without_country;
    }
    if (first_titled && first_titled->entity != m.entity) ambiguous = true;
    if (!first_titled) first_titled = &m;
  }
  if (!ambiguous) return first_titled;
  return without_country == 1 ? home : nullptr;  // two with a country: ambiguous
}

const EntityMention* Discourse::subject_after(uint32_t pos) const {
  auto m = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                            [](const EntityMention& e, uint32_t p) { return e.span.start < p; });
  if (m == mentions_.end() || m->entity->kind != SpeakerKind::kPerson) return nullptr;
  // Only capitalised words (a title: "French President") before it.
  for (uint32_t i = pos; i < m->span.start; ++i) {
    const char c = doc_.text[i];
    if (c == '.' || c == ',' || c == '\n') return nullptr;
    if (doc_.text[i - 1] == ' ' && c >= 'a' && c <= 'z') return nullptr;
  }
  return &*m;
}

std::optional<Referent> Discourse::own_office(const std::vector<Token>& toks, size_t a,
                                              size_t b) const {
  if (b - a < 2) return std::nullopt;
  const Token& noun = toks[b - 1];
  const bool office_noun = noun.is("office");
  const bool pronoun_owner = b - a == 2 && (toks[a].is("his") || toks[a].is("her"));
  // "his ministry", "her spokeswoman": the voice of the person "his" points
  // at (a title's own voice, "the president's spokesman", is a description).
  const bool voice_noun = pronoun_owner && (noun.is("ministry") || noun.is("spokesman") ||
                                            noun.is("spokeswoman") || noun.is("spokesperson"));
  if (!office_noun && !voice_noun) return std::nullopt;
  // "his office", or the owner by title ("the prime minister's office",
  // "the Turkish president's office"): the owner is resolved like a speaker.
  std::optional<Referent> person;
  if (pronoun_owner) {
    // "Netanyahu thanked Erdogan for ..., his office said": after the
    // claim, "his" is the claim's subject, not the person named last.
    // (", according to his office" too.)
    const bool after_claim =
        (a > 0 && toks[a - 1].is(",")) ||
        (a >= 3 && toks[a - 1].is("to") && toks[a - 2].is("according") && toks[a - 3].is(","));
    if (after_claim) {
      if (const EntityMention* subject = sentence_subject(toks[a].start))
        person = from_entity(*subject);
      else if (toks[0].capital && a > 1)  // "Wang urged ...": a short name
        person = short_name(toks, 0, 1);
    }
    // "According to his office, Macron also raised ...": before the claim,
    // "his" is the claim's subject, named right after the comma.
    if (a == 2 && toks[0].is("according") && toks[1].is("to") && b + 1 < toks.size() &&
        toks[b].is(",")) {
      if (const EntityMention* subject = subject_after(toks[b].end))
        person = from_entity(*subject);
      else if (toks[b + 1].capital)
        person = short_name(toks, b + 1, b + 2);
    }
    if (!person) person = pronoun(toks[a].is("his") ? "he" : "she", toks[a].start);
  } else if (b - a >= 3 && toks[b - 2].is("'s"))
    person = resolve(toks, a, b - 2);
  if (!person || person->group || person->speaker.kind != SpeakerKind::kPerson ||
      person->speaker.anonymous || (!person->entity && !toks[a].is("his") && !toks[a].is("her")))
    return std::nullopt;
  const std::string mention(doc_.slice({toks[a].start, toks[b - 1].end}));
  if (!office_noun && !noun.is("ministry")) {  // the spokesperson, unnamed
    Referent r;
    r.speaker = {person->speaker.name + "'s " + noun.low, mention, person->speaker.side,
                 SpeakerKind::kPerson, false};
    return r;
  }
  const std::string_view role = person->entity ? office_role(person->entity->role) : "";
  if (noun.is("ministry") && role != "foreign ministry" && role != "defence ministry")
    return std::nullopt;  // a president has no ministry of his own
  if (offices_ && person->entity)
    if (const Entity* office = offices_->find(person->entity->side, role)) {
      Referent r;
      r.entity = office;
      r.speaker = {office->name, mention, office->side, office->kind, false};
      return r;
    }
  // An office the lexicon does not know: still his side's.
  Referent r;
  r.speaker = {person->speaker.name + "'s " + noun.low, mention, person->speaker.side,
               SpeakerKind::kInstitution, false};
  return r;
}

}  // namespace kd
