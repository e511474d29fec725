// Coreference of speakers (Discourse): the document's mentions, and the
// speaker a phrase names (resolve). Pronouns, unnamed sources and groups
// are in extract_speaker_refs.cc; descriptions in
// extract_speaker_description.cc; bodies and offices in
// extract_speaker_body.cc; titles and names the lexicon does not know in
// extract_speaker_title.cc and extract_speaker_short.cc.
#include "extract_speaker.h"

#include <algorithm>

#include "ascii8.h"
#include "extract_words.h"
#include "fold.h"

namespace kd {

Discourse::Discourse(const Document& doc, const Gazetteer& gazetteer,
                     const std::vector<Span>& paragraphs, const OfficeIndex* offices)
    : doc_(doc), gaz_(gazetteer), offices_(offices), paragraphs_(paragraphs) {
  for (const Span& p : paragraphs) {
    for (EntityMention m : gaz_.find(doc.slice(p))) {
      m.span = {m.span.start + p.start, m.span.end + p.start};
      mentions_.push_back(m);
    }
  }
  drop_namesakes(doc.text, paragraphs, mentions_);
  for (const EntityMention& m : mentions_)
    if (m.entity->kind != SpeakerKind::kMedia &&
        std::find(official_sides_.begin(), official_sides_.end(), m.entity->side) ==
            official_sides_.end())
      official_sides_.push_back(m.entity->side);
  for (const DroppedLine& d : doc.dropped) {
    if (d.reason != "dateline" && d.reason != kWireDatelineReason) continue;
    const std::string_view line = doc.slice(d.span);
    const std::string_view place = line.substr(0, line.find_first_of(",(-/"));
    if (place.size() < line.size() && line[place.size()] == '/') break;  // two places
    const std::vector<SideMention> sides = gaz_.find_sides(place);
    if (sides.empty()) continue;  // a date line ("16.07.2025") before the wire dateline
    // The venue of a summit ("VIENTIANE, Laos -" above a Manila-Hanoi
    // meeting) is no home: the text names people or bodies of two other
    // governments and none of its own.
    const size_t others = static_cast<size_t>(std::count_if(
        official_sides_.begin(), official_sides_.end(),
        [&](const std::string& s) { return s != sides[0].side && is_government_side(s); }));
    const bool venue = others >= 2 && !names_official_of(sides[0].side);
    if (sides.size() == 1 && is_government_side(sides[0].side) && !venue)
      home_side_ = sides[0].side;
    break;
  }
  // Else a state outlet's government: "the foreign ministry" in TASS copy;
  // else the place an outlet is named after ("Buenos Aires Times").
  if (home_side_.empty() && doc.outlet)
    for (const EntityMention& m : gaz_.find(*doc.outlet))
      if (m.entity->kind == SpeakerKind::kMedia && is_government_side(m.entity->side)) {
        home_side_ = m.entity->side;
        break;
      }
  if (home_side_.empty() && doc.outlet)
    if (const std::vector<SideMention> sides = gaz_.find_sides(*doc.outlet);
        sides.size() == 1 && is_government_side(sides[0].side))
      home_side_ = sides[0].side;
  if (doc.outlet)
    for (const EntityMention& m : gaz_.find(*doc.outlet))
      if (m.entity->kind == SpeakerKind::kInstitution && is_government_side(m.entity->side)) {
        publisher_.emplace();
        publisher_->entity = m.entity;
        publisher_->speaker = {m.entity->name, *doc.outlet, m.entity->side, m.entity->kind, false};
        break;
      }
  // "Lavrov and Cavusoglu", "Erdogan and Russian President Vladimir Putin":
  // two named speakers of one kind joined by "and" (titles allowed between).
  for (size_t i = 0; i + 1 < mentions_.size(); ++i) {
    const EntityMention& x = mentions_[i];
    const EntityMention& y = mentions_[i + 1];
    if (x.entity == y.entity || x.entity->kind != y.entity->kind ||
        x.entity->kind == SpeakerKind::kMedia)
      continue;
    std::string between = fold(doc.slice({x.span.end, y.span.start}));
    if (between.size() > 40 || between.find(" and ") == std::string::npos ||
        between.find_first_of(".;:\"") != std::string::npos)
      continue;
    Referent g;
    g.group = true;
    g.speaker.name = x.entity->name + " and " + y.entity->name;
    g.speaker.mention = std::string(doc.slice({x.span.start, y.span.end}));
    g.speaker.side = x.entity->side == y.entity->side ? x.entity->side : "joint";
    g.speaker.kind = x.entity->kind;
    groups_.push_back({{x.span.start, y.span.end}, std::move(g)});
  }
}

std::vector<const EntityMention*> Discourse::entities_in(uint32_t start, uint32_t end) const {
  std::vector<const EntityMention*> out;
  auto it =
      std::lower_bound(mentions_.begin(), mentions_.end(), start,
                       [](const EntityMention& m, uint32_t pos) { return m.span.end <= pos; });
  for (; it != mentions_.end() && it->span.start < end; ++it) out.push_back(&*it);
  return out;
}

bool Discourse::names_official_of(const std::string& side) const {
  return std::find(official_sides_.begin(), official_sides_.end(), side) != official_sides_.end();
}

Referent Discourse::from_entity(const EntityMention& m) const {
  Referent r;
  r.entity = m.entity;
  r.speaker = {m.entity->name, std::string(doc_.slice(m.span)), m.entity->side, m.entity->kind,
               false};
  return r;
}

const EntityMention* Discourse::last_entity(uint32_t pos,
                                            bool (*ok)(const Entity&, const std::string&),
                                            const std::string& side) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                             [](const EntityMention& m, uint32_t p) { return m.span.start < p; });
  while (it != mentions_.begin()) {
    --it;
    if ((side.empty() || it->entity->side == side) && ok(*it->entity, side)) return &*it;
  }
  return nullptr;
}

std::string Discourse::words_as_written(const std::vector<Token>& toks, size_t a, size_t b) const {
  while (a < b && (toks[a].is("the") || toks[a].is("a") || toks[a].is("an"))) ++a;
  if (a >= b) return "";
  return std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
}

std::optional<Referent> Discourse::last_speaker(uint32_t pos, uint32_t paragraph) const {
  for (auto it = said_.rbegin(); it != said_.rend(); ++it)
    if (it->pos < pos && it->paragraph + 1 >= paragraph) return it->who;
  return std::nullopt;
}

namespace {

// The opening mark of the quotation that closes right before toks[a] ('"...,"
// the President said'), the paragraph's start when it opened in a sentence
// before; none when no quotation closes there.
std::optional<uint32_t> quotation_before(const std::vector<Token>& toks, size_t a) {
  size_t k = a;
  while (k > 0 && !toks[k - 1].word() && toks[k - 1].kind != TokKind::kQuoteClose) --k;
  if (k == 0 || toks[k - 1].kind != TokKind::kQuoteClose) return std::nullopt;
  for (size_t j = k - 1; j-- > 0;)
    if (toks[j].kind == TokKind::kQuoteOpen) return toks[j].start;
  return toks[0].start;  // opened in a sentence before
}

// "a former British ambassador", "ex-minister", "Former Foreign Secretary":
// a title the speaker no longer holds.
bool former_title(const std::vector<Token>& toks, size_t a, size_t b) {
  for (size_t k = a; k < b; ++k) {
    if (!toks[k].is("former") && !(toks[k].is("ex") && k + 1 < b && toks[k + 1].is("-"))) continue;
    size_t j = toks[k].is("ex") ? k + 2 : k + 1;
    for (size_t skip = 0; skip < 2 && j < b && !is_person_title(toks[j].low) &&
                          (toks[j].capital || is_np_modifier(toks[j].low));
         ++skip)
      ++j;
    if (j < b && is_person_title(toks[j].low)) return true;
  }
  return false;
}

}  // namespace

std::optional<Referent> Discourse::resolve(const std::vector<Token>& toks, size_t a,
                                           size_t b) const {
  std::optional<Referent> r = resolve_phrase(toks, a, b);
  // A re-reference that lost the side its introduction gave.
  if (r && !r->group && !r->entity && !r->relay_people && !is_government_side(r->speaker.side)) {
    size_t first = a, last = b;  // the phrase's words
    while (first < last && !toks[first].word()) ++first;
    while (last > first && !toks[last - 1].word()) --last;
    if (std::optional<Referent> before = described_before(toks, first, last)) {
      r = std::move(before);
    } else if (std::optional<Referent> body = body_named_in_full(toks, first, last)) {
      r = std::move(body);
    } else if (std::optional<Referent> its = body_of_its(toks, first, last)) {
      r = std::move(its);
    }
  }
  // A former official speaks for no government now.
  if (r && !r->group && r->speaker.kind == SpeakerKind::kPerson && former_title(toks, a, b))
    r->speaker.side = "other";
  return r;
}

namespace {

// Whether the name at text[at] is the second half of "pro-X" or "anti-X".
bool leaning_compound(std::string_view text, uint32_t at) {
  for (const std::string_view prefix : {std::string_view("pro-"), std::string_view("anti-")}) {
    if (at < prefix.size()) continue;
    const size_t from = at - prefix.size();
    if ((from == 0 || !is_ascii_alnum(text[from - 1])) &&
        std::equal(prefix.begin(), prefix.end(), text.begin() + from,
                   [](char p, char c) { return p == (c >= 'A' && c <= 'Z' ? c + 32 : c); }))
      return true;
  }
  return false;
}

}  // namespace

std::optional<Referent> Discourse::resolve_phrase(const std::vector<Token>& toks, size_t a,
                                                  size_t b) const {
  while (a < b && !toks[a].word()) ++a;
  while (b > a && !toks[b - 1].word()) --b;
  // "an official who briefed reporters on condition of anonymity": the
  // relative clause says how the source spoke, not who it is.
  for (size_t k = a + 1; k < b; ++k)
    if (toks[k].is("who")) {
      b = k;
      break;
    }
  // "Analysts in Islamabad", "critics in Kyiv": people of no government,
  // where they are; the place is no speaker.
  for (size_t k = a + 1; k + 1 < b; ++k)
    if (toks[k].is("in") && speaks_for_no_government(toks[k - 1].low)) {
      b = k;
      break;
    }
  if (a >= b) return std::nullopt;
  const uint32_t pos = toks[a].start;
  if (b - a == 1 && is_pronoun_subject(toks[a].low)) {
    // '"Al-Sudani needs something tangible," he said': "he" was named
    // before the quotation, not in it.
    std::optional<Referent> r = pronoun(toks[a].low, quotation_before(toks, a).value_or(pos));
    if (r) r->speaker.mention = std::string(doc_.slice({toks[a].start, toks[a].end}));
    return r;
  }
  // "According to him, ...": the object pronoun of a source phrase.
  if (b - a == 1 && a >= 2 && toks[a - 1].is("to") && toks[a - 2].is("according") &&
      (toks[a].is("him") || toks[a].is("her") || toks[a].is("them"))) {
    const std::string_view as_subject = toks[a].is("him")   ? "he"
                                        : toks[a].is("her") ? "she"
                                                            : "they";
    std::optional<Referent> r = pronoun(as_subject, pos);
    if (r) r->speaker.mention = std::string(doc_.slice({toks[a].start, toks[a].end}));
    return r;
  }
  // "One of them said": one of the speakers just quoted together ("Two
  // French diplomats said ... One of them said").
  if (b - a == 3 && toks[a].is("one") && toks[a + 1].is("of") && toks[a + 2].is("them"))
    for (auto it = said_.rbegin(); it != said_.rend(); ++it)
      if (it->who.group || it->who.speaker.kind == SpeakerKind::kSource) {
        Referent r = it->who;
        r.group = false;
        r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
        return r;
      }
  // Unnamed sources of a body: "Turkish Foreign Ministry sources", "a source
  // in the Kremlin", "sources close to the Russian Foreign Ministry". The
  // body only gives the side: the speaker stays anonymous.
  if (auto r = anonymous_source(toks, a, b)) return r;
  // "Wang and Lavrov", "Lavrov and Cavusoglu": names joined by "and" (not
  // in an apposition: "Greg Poling, director at the Center for Strategic
  // and International Studies").
  for (size_t k = a + 1; k + 1 < b; ++k) {
    if (toks[k].is(",")) break;
    // ("the crown prince and Marco Rubio": a title for a name.)
    if (!toks[k].is("and") || !(toks[k - 1].capital || is_person_title(toks[k - 1].low)) ||
        !toks[k + 1].capital)
      continue;
    // "Deputy Prime Minister and Foreign Minister Ishaq Dar": two titles of
    // the one person named after them ("The Secretary and Foreign Minister
    // Wang" are two).
    if ((is_speaker_noun(toks[k - 1].low) || is_leader_noun(toks[k - 1].low)) &&
        !is_determiner(toks[a].low) && entities_in(pos, toks[k].start).empty())
      continue;
    for (const Group& g : groups_)
      if (g.span.start >= pos && g.span.start < toks[b - 1].end) return g.who;
    Referent r;
    r.group = true;
    r.speaker.name = words_as_written(toks, a, b);
    r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
    std::string side;
    for (const EntityMention* m : entities_in(pos, toks[b - 1].end))
      side = side.empty() || side == m->entity->side ? m->entity->side : "joint";
    r.speaker.side = side.empty() ? "joint" : side;
    return r;
  }
  std::vector<const EntityMention*> ents = entities_in(pos, toks[b - 1].end);
  std::vector<const EntityMention*> speakers;
  // "The Russian envoy to the United Nations": a body after "to" is where
  // the speaker serves; a person there is the envoy ("... to the UN Vasily
  // Nebenzya").
  const size_t host = post_host_start(toks, a, b);
  for (const EntityMention* m : ents)
    if (m->span.start >= pos &&
        (host == b || m->span.start < toks[host].start || m->entity->kind == SpeakerKind::kPerson))
      speakers.push_back(m);
  if (speakers.size() >= 2 && speakers[0]->entity != speakers[1]->entity &&
      speakers[0]->entity->kind != SpeakerKind::kMedia &&
      fold(doc_.slice({speakers[0]->span.end, speakers[1]->span.start})).find("and") !=
          std::string::npos) {
    for (const Group& g : groups_)
      if (g.span.start == speakers[0]->span.start) return g.who;
  }
  if (!speakers.empty()) {
    // The head of the phrase: not a possessive ("Putin's spokesman Dmitry
    // Peskov") and, in "Moscow's UN Ambassador Vasily Nebenzya", the person.
    const EntityMention* head = nullptr;
    for (const EntityMention* m : speakers) {
      const bool possessive = doc_.text.compare(m->span.end, 2, "'s") == 0;
      if (possessive && m != speakers.back()) continue;
      // "The pro-Kremlin Izvestia daily": a name inside a compound
      // modifier says whom the speaker leans to, not who speaks.
      if (m != speakers.back() && leaning_compound(doc_.text, m->span.start)) continue;
      if (!head ||
          (m->entity->kind == SpeakerKind::kPerson && head->entity->kind != SpeakerKind::kPerson))
        head = m;
    }
    if (!head) head = speakers[0];
    // A person that only says whose official speaks: "a senior Biden
    // administration official", "a Putin aide", "Putin's spokesman". A
    // person named after the role is the speaker ("Erdogan adviser Ibrahim
    // Kalin"); else the role is, with the person's side.
    // "An adviser to Macron", "a spokesman for Erdogan": an unnamed one of
    // the person's staff, with the person's side.
    if (head->entity->kind == SpeakerKind::kPerson && head->span.start > toks[a].start) {
      size_t k = a;
      while (k < b && toks[k].start < head->span.start) ++k;
      if (k >= a + 2 && k - a <= 4 && (toks[k - 1].is("to") || toks[k - 1].is("for")) &&
          is_speaker_noun(toks[k - 2].low) && (toks[a].is("a") || toks[a].is("an"))) {
        Referent r;
        r.speaker.name = words_as_written(toks, a, b);
        r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
        r.speaker.side = head->entity->side;
        r.speaker.kind = SpeakerKind::kSource;
        r.speaker.anonymous = true;
        return r;
      }
    }
    if (head->entity->kind == SpeakerKind::kPerson) {
      // Only words in between: "Zakharova, the ministry's spokeswoman" is an
      // apposition, and the person speaks.
      size_t role = b;
      for (size_t k = a; k < b && role == b; ++k) {
        if (toks[k].start < head->span.end) continue;
        if (!toks[k].word() && !toks[k].is("'s")) break;
        if (is_speaker_noun(toks[k].low)) role = k;
      }
      if (role < b) {
        for (const EntityMention* m : speakers)
          if (m->entity->kind == SpeakerKind::kPerson && m->span.start > toks[role].start) head = m;
        if (head->span.start < toks[role].start)
          if (std::optional<Referent> r = description(toks, a, b)) {
            if (r->speaker.side.empty() || r->speaker.side == "other")
              r->speaker.side = head->entity->side;
            return r;
          }
      }
    }
    // "Elysee spokeswoman Anne-Claire Legendre": a body, then a title and a
    // person the lexicon does not know; the body gives the side.
    const size_t named = titled_name_start(toks, a, b);
    // "a senior State Department official", "Kremlin officials": the body
    // only says whose official speaks; its side is the official's.
    if (named == b && head->entity->kind == SpeakerKind::kInstitution)
      if (std::optional<Referent> r = official_of_body(toks, a, b, *head)) return r;
    if (head->entity->kind != SpeakerKind::kPerson && named < b &&
        toks[named].start >= head->span.end) {
      Referent r;
      r.speaker.name = words_as_written(toks, named, b);
      r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
      r.speaker.side = head->entity->side;
      // "Philippine National Security Council spokesperson Jonathan Malaya":
      // a side word before a body of no government ("Security Council")
      // says whose body it is.
      if (!is_government_side(r.speaker.side))
        for (const SideMention& m : gaz_.find_sides(doc_.slice({pos, head->span.start})))
          if (is_government_side(m.side)) r.speaker.side = m.side;
      r.speaker.kind = SpeakerKind::kPerson;
      return r;
    }
    if (std::optional<Referent> other = generic_office_elsewhere(toks, a, b, *head)) return other;
    Referent r = from_entity(*head);
    r.speaker.mention = std::string(doc_.slice(head->span));
    return r;
  }
  // A surname alone ("Wang") for a person named earlier ("Wang Yi"), after
  // titles or before an apposition; a role abbreviation ("EAM").
  if (auto r = short_name(toks, a, b)) return r;
  if (auto r = role_abbreviation(toks, a, b)) return r;
  if (auto r = apposition(toks, a, b)) return r;
  if (auto r = unknown_name(toks, a, b)) return r;
  // '"I have spoken with my brother President Museveni," the President
  // said': no one named in the quotation said it.
  return description(toks, a, b, quotation_before(toks, a));
}

}  // namespace kd
