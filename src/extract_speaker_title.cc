// Speakers the lexicon does not know, told by how wire copy writes them: a
// title before a name ("Deputy Foreign Minister Xie Feng", "Elysee
// spokeswoman Anne-Claire Legendre") and officials it does not name ("a
// senior administration official"), who are anonymous sources.
#include <algorithm>
#include <iterator>
#include <map>

#include "extract_speaker.h"
#include "extract_words.h"

namespace kd {

namespace {

bool title_word(const std::string& w) {
  // "Secretary General Jens Stoltenberg": "general" only titles here.
  return is_speaker_noun(w) || is_leader_noun(w) || w == "general";
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A word ends at `end`, with a capitalised word right before it ("Simon
// Harris"): no letter before `start` in the same word.
bool after_capitalised_word(std::string_view text, size_t start) {
  if (start < 2 || text[start - 1] != ' ') return false;
  size_t k = start - 1;
  while (k > 0 && (is_ascii_letter(text[k - 1]) || text[k - 1] == '-')) --k;
  return k + 1 < start && text[k] >= 'A' && text[k] <= 'Z';
}

}  // namespace

void drop_namesakes(std::string_view text, const std::vector<Span>& paragraphs,
                    std::vector<EntityMention>& mentions) {
  // Linear in the text per distinct surname (a huge paragraph repeating a
  // name must not cost its occurrences squared): where each one-word name
  // is first written after a capitalised word and covered by no mention.
  auto in_paragraph = [&](size_t at) {
    auto p = std::upper_bound(paragraphs.begin(), paragraphs.end(), at,
                              [](size_t pos, const Span& q) { return pos < q.start; });
    return p != paragraphs.begin() && at < std::prev(p)->end;
  };
  auto covered = [&](size_t at, size_t end, const Entity* e) {
    auto m =
        std::upper_bound(mentions.begin(), mentions.end(), at,
                         [](size_t pos, const EntityMention& q) { return pos < q.span.start; });
    for (int back = 0; back < 4 && m != mentions.begin(); ++back)
      if (--m; m->entity == e && m->span.start <= at && end <= m->span.end) return true;
    return false;
  };
  // (surname, person) -> position, or npos
  std::map<std::pair<std::string_view, const Entity*>, size_t> first_namesake;
  for (const EntityMention& m : mentions) {
    const std::string_view word = text.substr(m.span.start, m.span.size());
    if (m.entity->kind != SpeakerKind::kPerson || word.find(' ') != std::string_view::npos ||
        first_namesake.count({word, m.entity}))
      continue;
    size_t found = std::string_view::npos;
    for (size_t at = text.find(word);
         at != std::string_view::npos && found == std::string_view::npos;
         at = text.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at > 0 && is_ascii_letter(text[at - 1])) ||
          (end < text.size() && is_ascii_letter(text[end])) || !after_capitalised_word(text, at) ||
          !in_paragraph(at) || covered(at, end, m.entity))
        continue;
      found = at;
    }
    first_namesake.emplace(std::make_pair(word, m.entity), found);
  }
  std::vector<EntityMention> kept;
  kept.reserve(mentions.size());
  for (const EntityMention& m : mentions) {
    auto f = first_namesake.find({text.substr(m.span.start, m.span.size()), m.entity});
    if (f == first_namesake.end() || m.entity->kind != SpeakerKind::kPerson ||
        f->second >= m.span.start)
      kept.push_back(m);
  }
  mentions = std::move(kept);
}

size_t titled_name_start(const std::vector<Token>& toks, size_t a, size_t b) {
  size_t k = b, words = 0;
  // Walk back over the capitalised words of the name; a hyphen joins parts
  // of one name ("Anne-Claire").
  while (k > a) {
    const Token& t = toks[k - 1];
    if (t.is("-") && k - 1 > a && words > 0) {
      --k;
      continue;
    }
    // The lower-case half of a hyphenated name: "Hye-jeon".
    const bool second_half = t.word() && !t.capital && k >= a + 3 && toks[k - 2].is("-") &&
                             toks[k - 2].end == t.start && toks[k - 3].capital;
    if (!t.word() || (!t.capital && !second_half) || t.in_quote || title_word(t.low)) break;
    --k;
    ++words;
  }
  // "Secretary of State Jane Doe", "Minister of Defence Jane Doe": the first
  // capitalised word is the object of the title, not part of the name.
  // "Minister of Foreign Affairs Ahmed Attaf": several words of the object.
  if (words >= 3 && k >= a + 2 && toks[k - 1].is("of") && title_word(toks[k - 2].low) &&
      !toks[k + 1].is("-")) {
    size_t name = k + 1;
    while (words >= 4 && name + 2 < b && is_office_object(toks[name].low)) {
      ++name;
      --words;
    }
    return name;
  }
  if (words < 2 || words > 4 || k == a || toks[k].is("-")) return b;
  // "Russia's chief negotiator, Vladimir Medinsky": the name in apposition.
  if (toks[k - 1].is(",") && k - 1 > a && title_word(toks[k - 2].low)) return k;
  return title_word(toks[k - 1].low) ? k : b;
}

size_t post_host_start(const std::vector<Token>& toks, size_t a, size_t b) {
  for (size_t k = a + 1; k + 1 < b; ++k)
    if ((toks[k].is("to") || toks[k].is("in") || toks[k].is("at")) &&
        is_envoy_noun(toks[k - 1].low))
      return k;
  return b;
}

bool unnamed_official(const std::vector<Token>& toks, size_t a, size_t b) {
  const std::string& head = toks[b - 1].low;
  if (head != "official" && head != "officials" && head != "diplomat" && head != "diplomats")
    return false;
  // "China's top diplomat", "the chief official" point at one known person.
  for (size_t k = a; k < b; ++k)
    if (toks[k].is("top") || toks[k].is("chief") || toks[k].is("'s")) return false;
  return true;
}

std::optional<Referent> Discourse::apposition(const std::vector<Token>& toks, size_t a,
                                              size_t b) const {
  // "Dmytro Lubinets, Ukraine's human rights commissioner": a name the
  // lexicon does not know, then the title that gives the side.
  size_t comma = a;
  while (comma < b && !toks[comma].is(",")) ++comma;
  if (comma >= b || comma - a < 2 || comma - a > 4 || comma + 1 >= b) return std::nullopt;
  for (size_t k = a; k < comma; ++k)
    if (!toks[k].word() || !toks[k].capital || toks[k].in_quote) return std::nullopt;
  // "Collin Koh, a senior fellow at the ... School": someone from outside
  // government, whatever country his institute is in. The head noun comes
  // before the first preposition.
  size_t head = comma + 1;
  while (head + 1 < b && !is_preposition(toks[head + 1].low) && !toks[head + 1].is("of")) ++head;
  const std::string_view h = toks[head].low;
  const bool expert = is_expert_word(h) || is_outside_government_word(h);
  // "Ali Vaez, Iran project director at the International Crisis Group":
  // a title at a place that is no government's.
  bool at_other = false;
  size_t at = head + 1;  // "director of AMTI at the Center for ..."
  while (at + 1 < b && !toks[at].is("at")) ++at;
  if (!expert && is_person_title(h) && at + 1 < b && toks[at].is("at")) {
    const Span rest{toks[at + 1].start, toks[b - 1].end};
    at_other = gaz_.find_sides(doc_.slice(rest)).empty();
    for (const EntityMention* m : entities_in(rest.start, rest.end))
      at_other = at_other && !is_government_side(m->entity->side);
    // "at East China Normal University": a university of any country.
    for (size_t k = at + 1; k < b && !at_other; ++k) at_other = is_research_body(toks[k].low);
  }
  if (expert || at_other) {
    Referent out;
    out.speaker = {words_as_written(toks, a, comma), words_as_written(toks, a, comma), "other",
                   SpeakerKind::kPerson, false};
    return out;
  }
  if (!title_word(toks[b - 1].low)) return std::nullopt;
  std::optional<Referent> r = description(toks, comma + 1, b);
  if (!r || r->speaker.anonymous || r->group) return std::nullopt;
  Referent out;
  out.speaker.name = words_as_written(toks, a, comma);
  out.speaker.mention = out.speaker.name;
  out.speaker.side = r->speaker.side;
  // "Xie Feng, a deputy foreign minister": the office of that kind named last.
  if (out.speaker.side == "other")
    if (std::string office = office_side(toks, comma + 1, b); !office.empty())
      out.speaker.side = std::move(office);
  out.speaker.kind = SpeakerKind::kPerson;
  return out;
}

std::optional<Referent> Discourse::unknown_name(const std::vector<Token>& toks, size_t a,
                                                size_t b) const {
  // "Mark Jones said": two or three capitalised words that name nobody
  // the lexicon knows, no side, no title, no body ("Human Rights Watch").
  if (b - a < 2 || b - a > 4) return std::nullopt;
  // "... of the Centre for Practical Politics said": the object of a
  // preposition is part of a longer phrase, not a name on its own.
  if (a > 0) {
    const Token& t = toks[a - 1];
    if (t.word() && (is_preposition(t.low) || t.is("for") || t.is("of") || t.is("to")))
      return std::nullopt;
  }
  for (size_t k = a; k < b; ++k) {
    const Token& t = toks[k];
    // "Juan Jose de Sierra": a particle inside the name.
    if (k > a && k + 1 < b && t.word() && !t.capital && is_name_particle(t.low)) continue;
    if (!t.word() || !t.capital || t.in_quote || t.low.size() < 2 || title_word(t.low) ||
        is_body_noun(t.low) || is_determiner(t.low) || is_pronoun_subject(t.low) ||
        is_expert_noun(t.low) || is_preposition(t.low))
      return std::nullopt;
  }
  const Span span{toks[a].start, toks[b - 1].end};
  if (!entities_in(span.start, span.end).empty() || !gaz_.find_sides(doc_.slice(span)).empty())
    return std::nullopt;
  Referent r;
  r.speaker = {words_as_written(toks, a, b), std::string(doc_.slice(span)), "other",
               SpeakerKind::kPerson, false};
  return r;
}

}  // namespace kd
