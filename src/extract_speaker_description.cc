// Speakers named by description rather than by name: "the Turkish leader",
// "a Russian diplomat", "diplomatic sources", "the two sides", "the
// statement", "Russia". Coreference picks the last compatible mention.
#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>

#include "extract_speaker.h"
#include "extract_speaker_roles.h"
#include "extract_words.h"

namespace kd {

// How many statements back "the spokesperson", "the same sources" look for
// the one quoted before: a run-on text of thousands must not cost their
// number squared.
constexpr std::ptrdiff_t kReach = 40;

// Words before "minister" that say nothing of which minister it is ("the
// visiting minister", "Russia's top diplomat").
constexpr std::string_view kNoPortfolio[] = {
    "top",    "chief",   "senior", "new",   "visiting", "incoming", "outgoing",
    "acting", "current", "same",   "other", "own",      "then"};

std::optional<Referent> Discourse::description(const std::vector<Token>& toks, size_t a, size_t b,
                                               std::optional<uint32_t> before) const {
  // "Russia's ambassador to Turkey": the words from "to" on say where the
  // speaker serves, not whom the speaker speaks for; only the name keeps them.
  const size_t whole = b;
  b = post_host_start(toks, a, b);
  // "Analyst Dragan Popovic of the Centre for Practical Politics": a titled
  // name before "of" is the speaker; what follows is where he works.
  for (size_t k = a + 2; k < b; ++k)
    if (toks[k].is("of") && titled_name_start(toks, a, k) < k) {
      b = k;
      break;
    }
  // "two diplomats familiar with the talks", "people briefed on the call":
  // what follows the noun says what the speaker knows (and no side), and
  // that the speaker is not named.
  bool knows = false;
  for (size_t k = a + 1; k < b && !knows; ++k)
    if (knowledge_phrase(toks, k, b) > 0 && knower_noun(toks[k - 1].low)) {
      b = k;
      knows = true;
    }
  // "the foreign ministry in Seoul", "officials in Beijing": the head noun
  // is the one before "in"; the place gives the side.
  // "the Department of Foreign Affairs", "the Presidency of the Republic":
  // a body's head noun before "of".
  size_t head = b;
  for (size_t k = a + 1; k + 1 < b; ++k)
    if ((toks[k].is("in") && is_speaker_noun(toks[k - 1].low)) ||
        (toks[k].is("of") && is_body_noun(toks[k - 1].low))) {
      head = k;
      break;
    }
  // "the prime minister's office": the office of the official named so.
  if (auto own = own_office(toks, a, b)) return own;
  std::string side;
  int sides = 0;
  bool definite = false, source = false, relay = false, media = false, document = false,
       group = false, leader = false, minister = false, spokes = false, ambassador = false,
       aide = false, speaker_noun = false, only_sides = true, side_noun = false, secretary = false,
       prime = false;
  // Side words and phrases ("Russian", "U.S.", "United States").
  const uint32_t base = toks[a].start;
  const std::vector<SideMention> side_words = gaz_.find_sides(doc_.slice({base, toks[b - 1].end}));
  for (const SideMention& m : side_words) {
    if (m.side != side) ++sides;
    if (side.empty()) side = m.side;
  }
  for (size_t k = a; k < b; ++k) {
    const Token& t = toks[k];
    if (!t.word()) continue;
    const std::string_view w = t.low;  // a view: == "literal" compares lengths first, no call
    const bool side_word =
        std::any_of(side_words.begin(), side_words.end(), [&](const SideMention& m) {
          return t.start >= base + m.span.start && t.start < base + m.span.end;
        });
    if (side_word) continue;
    const SpeakerWordClasses c = speaker_word_classes(w);
    if (w == "the" || w == "'s") definite = true;
    if (!c.determiner && w != "'s" && w != "of") only_sides = false;
    source |= c.source;
    relay |= c.relay_people;
    media |= c.media;
    document |= c.document;
    // "the two ministers", "both leaders"; "two diplomats" are unnamed.
    group |= c.group || (w == "two" && definite) || w == "both";
    leader |= c.leader;
    // "prime minister" heads a government: not one of its ministers.
    const bool prime_minister = w == "minister" && k > a && toks[k - 1].is("prime");
    prime |= prime_minister;
    minister |= (w == "minister" && !prime_minister) || w == "secretary";
    secretary |= w == "secretary";
    // "the top diplomat", "Russia's chief diplomat": the foreign minister.
    minister |= w == "diplomat" && k > a && (toks[k - 1].is("top") || toks[k - 1].is("chief"));
    spokes |= w == "spokesman" || w == "spokeswoman" || w == "spokesperson";
    ambassador |= w == "ambassador" || w == "envoy";
    aide |= w == "aide" || w == "adviser" || w == "advisor";
    side_noun |= w == "side";
    speaker_noun |= c.speaker_noun;
  }
  source |= knows;
  // "the press service", "the press office": a body, not a medium.
  if (head > a && is_body_noun(toks[head - 1].low)) media = false;
  const uint32_t pos = before.value_or(toks[a].start);
  Referent r;
  r.speaker.name = words_as_written(toks, a, whole);
  r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[whole - 1].end}));
  r.speaker.side = sides > 1 ? "joint" : (side.empty() ? "other" : side);
  auto person_like = [&](bool (*ok)(const Entity&, const std::string&)) {
    if (const EntityMention* m = last_entity(pos, ok, side)) {
      Referent c = from_entity(*m);
      c.speaker.mention = r.speaker.mention;
      return c;
    }
    r.speaker.kind = SpeakerKind::kPerson;
    return r;
  };
  if (source) {
    // "The same sources told Kathimerini", "the sources added": the unnamed
    // sources quoted last (of the side named, if any). ("same" ends the
    // phrase read before "sources": look before it.) Not sources named
    // anew by where they work: "Diplomatic sources at the Palacio San
    // Martin" are not the "source at Itamaraty" quoted before.
    const auto determiner = [](const Token& t) {
      return t.is("the") || t.is("these") || t.is("those") || t.is("same");
    };
    const bool again = (determiner(toks[a]) || (a > 0 && determiner(toks[a - 1]))) &&
                       speaker_word_classes(toks[b - 1].low).source;
    if (again)
      for (auto it = said_.rbegin(); it != said_.rend() && it - said_.rbegin() < kReach; ++it)
        if (it->who.speaker.kind == SpeakerKind::kSource &&
            (side.empty() || it->who.speaker.side == side)) {
          Referent c = it->who;
          c.speaker.mention = r.speaker.mention;
          return c;
        }
    r.speaker.kind = SpeakerKind::kSource;
    r.speaker.anonymous = true;
    if (side.empty()) r.speaker.side.clear();  // the relay medium may tell
    // "Sources said", "a senior official said" under "NEW DELHI:": the
    // government at home (not diplomats, of any country).
    if (side.empty() && !home_side_.empty() && sources_at_home(toks, a, b))
      r.speaker.side = home_side_;
    return r;
  }
  if (relay && side.empty()) {
    r.relay_people = true;
    r.speaker.kind = SpeakerKind::kMedia;
    return r;
  }
  if (group && !side_noun && sides != 1) return group_of(toks, a, b);
  if (group && side_noun) return group_of(toks, a, b);
  // "a readout published on the Iranian presidency's website", "the
  // ministry's statement": the body whose document or site it is.
  if (document || media)
    for (size_t k = a + 1; k + 1 < b; ++k) {
      if (!toks[k + 1].is("'s") || !is_body_noun(toks[k].low)) continue;
      size_t start = k;
      while (start > a && toks[start - 1].word() && !is_preposition(toks[start - 1].low)) --start;
      if (std::optional<Referent> body = description(toks, start, k + 1);
          body && body->speaker.kind == SpeakerKind::kInstitution)
        return body;
    }
  // A country's media speak for its government only as state media ("Chinese
  // state media"); "some Australian media outlets" are no readout.
  bool state = false, expert = false, outside = false;
  for (size_t k = a; k < b; ++k) {
    const std::string_view w = toks[k].low;
    state |= w == "state" || w == "state-run" || w == "state-owned" || w == "official" ||
             w == "government" || w == "government-run";
    // Legislators and the opposition, like experts, speak for no government:
    // "opposition lawmaker", "Peronist deputy Mariana Quiroga".
    expert |= is_expert_word(w) || is_onlooker_word(w);
    outside |= is_outside_government_word(w) || (w == "deputy" && only_name_after(toks, k + 1, b));
  }
  expert = (expert && !state) || outside;
  if (media) {
    if (definite && sides == 0)
      if (const EntityMention* m = last_entity(pos, media_kind, "")) return from_entity(*m);
    r.speaker.kind = SpeakerKind::kMedia;
    if (!state) r.speaker.side = "other";
    return r;
  }

  if (document) {
    // "the No 10 readout", "a Kremlin statement": the body named in it.
    for (const EntityMention* m : entities_in(toks[a].start, toks[b - 1].end))
      if (m->entity->kind == SpeakerKind::kInstitution) {
        Referent c = from_entity(*m);
        c.speaker.mention = r.speaker.mention;
        return c;
      }
    // (A state agency that reported before: "..., the Saudi Press Agency
    // reported. ... , according to the statement." A body that passed on
    // its leader's words: "Lula's office said the Brazilian leader
    // 'reiterated ...'. The statement said ...")
    for (auto it = said_.rbegin(); it != said_.rend(); ++it) {
      if (it->relay && it->relay->kind == SpeakerKind::kInstitution &&
          (side.empty() || it->relay->side == side)) {
        Referent c;
        c.speaker = *it->relay;
        c.speaker.mention = r.speaker.mention;
        return c;
      }
      if ((it->who.speaker.kind == SpeakerKind::kInstitution ||
           (it->who.entity && is_state_media(*it->who.entity))) &&
          !it->who.group && (side.empty() || it->who.speaker.side == side))
        return it->who;
    }
    if (const EntityMention* m = last_entity(pos, institution_kind, side)) return from_entity(*m);
    r.speaker.kind = SpeakerKind::kInstitution;
    return r;
  }
  // "Minister of Foreign Affairs of Malaysia Mohamad Hasan": a title of a
  // side, then the name after the side.
  if (!side_words.empty() && !source && !media && !document && !group) {
    const uint32_t side_end = base + side_words.back().span.end;
    const uint32_t side_start = base + side_words.back().span.start;
    size_t k = a;
    while (k < b && toks[k].start < side_end) ++k;
    size_t before = a;  // the token before the side words: "of" ("... of Malaysia")
    while (before + 1 < b && toks[before + 1].start < side_start) ++before;
    bool of = false, title = false, name = k < b && b - k <= 3;
    for (size_t t = a; t < k; ++t) {
      of |= toks[t].is("of");
      title |= is_person_title(toks[t].low);
    }
    for (size_t t = k; t < b && name; ++t) name = toks[t].word() && toks[t].capital;
    if (of && title && name && toks[before].is("of")) {
      r.speaker.name = words_as_written(toks, k, b);
      r.speaker.kind = SpeakerKind::kPerson;
      return r;
    }
  }
  // A title before a name the lexicon does not know: the name is the speaker.
  const size_t named = titled_name_start(toks, a, b);
  if (named < b && !source && !media && !document && !group) {
    r.speaker.name = words_as_written(toks, named, b);
    r.speaker.kind = SpeakerKind::kPerson;
    if (sides == 0)
      if (std::string office = office_side(toks, a, named); !office.empty())
        r.speaker.side = std::move(office);
    if (expert) r.speaker.side = "other";  // "Chinese analyst Li Wei"
    return r;
  }
  // "Chinese experts": people of a country, not of its government.
  if (expert) {
    r.speaker.side = "other";
    r.speaker.kind = SpeakerKind::kPerson;
    return r;
  }
  // "a ministry official", "the ministry spokesman": no country, but the
  // body named last of that kind gives the side (office_side()).
  // "The official added" after "A White House official said": the unnamed
  // official quoted before, whatever the government at the dateline.
  const bool unnamed = unnamed_official(toks, a, head) && !group;
  if (unnamed && definite && sides == 0)
    for (auto it = said_.rbegin(); it != said_.rend() && it - said_.rbegin() < kReach; ++it)
      if (it->who.speaker.anonymous) {
        Referent c = it->who;
        c.speaker.mention = r.speaker.mention;
        return c;
      }
  if (sides == 0 && (spokes || unnamed))
    if (std::string office = office_side(toks, a, head); !office.empty()) {
      side = office;
      r.speaker.side = std::move(office);
    }
  if (unnamed) {
    // ("The Mexican official added": the one of that side.)
    if (definite)
      for (auto it = said_.rbegin(); it != said_.rend(); ++it)
        if (it->who.speaker.anonymous && (side.empty() || it->who.speaker.side == side)) {
          Referent c = it->who;
          c.speaker.mention = r.speaker.mention;
          return c;
        }
    r.speaker.kind = SpeakerKind::kSource;
    r.speaker.anonymous = true;
    return r;
  }
  if (spokes) {
    // "the prime minister's official spokesperson": the spokesperson of
    // the official the text gave that title.
    for (size_t k = a + 1; k < b && side.empty(); ++k)
      if (toks[k].is("'s") && (is_leader_noun(toks[k - 1].low) || toks[k - 1].is("minister"))) {
        const bool pm = toks[k - 1].is("minister") && k >= a + 2 && toks[k - 2].is("prime");
        if (const EntityMention* m = last_titled(
                pos, pm ? std::string_view("prime minister") : std::string_view(toks[k - 1].low)))
          r.speaker.side = side = m->entity->side;
      }
    // "the spokesperson said" after "A State Department spokesperson said":
    // the unnamed spokesperson quoted last, unless a known one was named
    // since.
    const EntityMention* known = last_entity(pos, spokes_role, side);
    if (definite)
      for (auto it = said_.rbegin(); it != said_.rend() && it - said_.rbegin() < kReach; ++it) {
        const Speaker& s = it->who.speaker;
        if (known && known->span.start > it->pos) break;
        if (it->who.entity || !(side.empty() || s.side == side)) continue;
        if (has_word(s.mention, "spokesman") || has_word(s.mention, "spokeswoman") ||
            has_word(s.mention, "spokesperson")) {
          Referent c = it->who;
          c.speaker.mention = r.speaker.mention;
          return c;
        }
      }
    return person_like(spokes_role);
  }
  if (ambassador) return person_like(ambassador_role);
  // "the aide said", "the Kremlin aide said": the aide named before.
  if (aide && definite) return person_like(aide_role);
  if (minister && definite) {
    // "The Secretary" after "Secretary Blinken spoke with Foreign Minister
    // Wang": the official whose role has the title as written comes first.
    const std::string_view title = secretary ? "secretary" : "minister";
    // The words before the title that say which minister ("defence" in
    // "China's defence minister"): the role must have them.
    std::string_view qualifiers[3];
    size_t nq = 0;
    for (size_t k = a; k < b && nq < 3 && toks[k].low != title && !toks[k].is("diplomat"); ++k) {
      const Token& t = toks[k];
      if (!t.word() || t.is("'s") ||
          std::find(std::begin(kNoPortfolio), std::end(kNoPortfolio), t.low) !=
              std::end(kNoPortfolio) ||
          speaker_word_classes(t.low).determiner ||
          std::any_of(side_words.begin(), side_words.end(), [&](const SideMention& m) {
            return t.start >= base + m.span.start && t.start < base + m.span.end;
          }))
        continue;
      qualifiers[nq++] = t.is("defense") ? std::string_view("defence") : std::string_view(t.low);
    }
    auto official = [&](const EntityMention& m) {
      const Entity& e = *m.entity;
      return e.kind == SpeakerKind::kPerson && (side.empty() || e.side == side) &&
             has_word(e.role, title) && !has_word(e.role, "prime") && !has_word(e.role, "press") &&
             std::all_of(qualifiers, qualifiers + nq,
                         [&](std::string_view q) { return has_word(e.role, q); });
    };
    auto fits = [&](const EntityMention& m) { return m.span.start < pos && official(m); };
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (!fits(*it)) continue;
      // "Greek Foreign Minister Giorgos Gerapetritis and his Turkish
      // counterpart Hakan Fidan spoke ... 'We will not accept it,' the
      // minister said": of two ministers of one sentence, the one at home
      // (the dateline's), else the first named, the sentence's subject.
      const EntityMention* chosen = &*it;
      if (const Sentence* sentence = sentence_at(it->span.start))
        for (auto other = std::next(it);
             other != mentions_.rend() && other->span.start >= sentence->span.start; ++other)
          if (fits(*other) && other->entity->side != chosen->entity->side &&
              chosen->entity->side != home_side_)
            chosen = &*other;
      Referent c = from_entity(*chosen);
      c.speaker.mention = r.speaker.mention;
      return c;
    }
    // "China's defence minister told his American counterpart ...", a lede
    // that names "Admiral Dong Jun" after: the official of that side and
    // role named next, in this paragraph or the two after.
    if (nq > 0) {
      const uint32_t last_paragraph = paragraph_of(pos) + 2;
      for (auto it =
               std::upper_bound(mentions_.begin(), mentions_.end(), pos,
                                [](uint32_t p, const EntityMention&m) { return p < m.span.start; });
           !side.empty() && it != mentions_.end() && paragraph_of(it->span.start) <= last_paragraph;
           ++it)
        if (official(*it)) {
          Referent c = from_entity(*it);
          c.speaker.mention = r.speaker.mention;
          return c;
        }
      // (Not any minister: Wang Yi is not "China's defence minister".)
      r.speaker.kind = SpeakerKind::kPerson;
      return r;
    }
    return person_like(minister_role);
  }
  // "the president said" after "Mexican President Claudia Sheinbaum spoke
  // with Donald Trump": the one the text gave that title, before the one
  // named last.
  if ((prime || leader) && definite && side.empty()) {
    const std::string_view title =
        prime ? std::string_view("prime minister") : std::string_view(toks[b - 1].low);
    if (const EntityMention* m = last_titled(pos, title)) {
      Referent c = from_entity(*m);
      c.speaker.mention = r.speaker.mention;
      return c;
    }
  }
  if (prime && (definite || !side.empty())) return person_like(head_of_government_role);
  if (leader && (definite || !side.empty())) return person_like(leader_role);
  if (!side.empty() && only_sides) {
    r.speaker.kind = SpeakerKind::kInstitution;  // "Russia", "Ankara" as speakers
    return r;
  }
  if (speaker_noun) {
    const bool body = head > a && is_body_noun(toks[head - 1].low);
    // "the ministry", "the Russian ministry": the body named in full before.
    if (body && definite)
      if (std::optional<Referent> named = body_named_before(toks, a, head, side)) {
        named->speaker.mention = r.speaker.mention;
        return named;
      }
    r.speaker.kind = body ? SpeakerKind::kInstitution : SpeakerKind::kPerson;
    return r;
  }
  return std::nullopt;
}

}  // namespace kd
