// Speakers named without a name: pronouns ("he", "they", "it"), unnamed
// sources of a body ("Turkish Foreign Ministry sources"), officials of a
// body ("a senior State Department official") and groups ("the two
// sides").
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "extract_speaker.h"
#include "extract_words.h"
#include "fold.h"

namespace kd {

namespace {

// A person "she" can be: no man the lexicon knows. "he" alike.
bool may_be_she(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kPerson && e.gender != Gender::kMale;
}
bool may_be_he(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kPerson && e.gender != Gender::kFemale;
}
bool body_kind(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kInstitution || e.kind == SpeakerKind::kMedia;
}

// The person named at `start` is the object of a preposition ("spoke with
// US envoy Steve Witkoff", "met Putin and"): the word before the name and
// its titles is one.
bool object_of_preposition(std::string_view text, uint32_t start, uint32_t sentence_start) {
  size_t end = start;
  for (int words = 0; words < 6; ++words) {
    while (end > sentence_start && text[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > sentence_start && text[begin - 1] != ' ') --begin;
    if (begin == end || std::ispunct(static_cast<unsigned char>(text[end - 1])))
      return false;  // "According to IRNA, Araghchi": a clause's start
    std::string word(text.substr(begin, end - begin));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool capital = std::isupper(static_cast<unsigned char>(text[begin])) != 0;
    if (!capital && !is_person_title(word) && !is_np_modifier(word))
      return word == "with" || word == "to" || word == "by" || word == "from" ||
             word == "against" || word == "between" || word == "for" || word == "alongside" ||
             word == "beside";
    end = begin;
  }
  return false;
}

// "Asked whether ...", "When asked about ...", "Questioned on ...".
bool starts_with_question(std::string_view sentence) {
  for (std::string_view start : {"Asked ", "When asked ", "Questioned ", "Pressed "})
    if (sentence.substr(0, start.size()) == start) return true;
  return false;
}

// "Official sources", "two diplomats", "officials in Beijing": people who
// speak unnamed, in the plural.
bool unnamed_people(const Referent& who) {
  const Speaker& sp = who.speaker;
  if (who.group || who.entity || sp.kind == SpeakerKind::kInstitution ||
      sp.kind == SpeakerKind::kMedia)
    return false;
  const std::string_view name = sp.name;
  const size_t space = name.rfind(' ');
  const std::string head = fold(name.substr(space == std::string_view::npos ? 0 : space + 1));
  if (head.size() < 4 || head.back() != 's') return false;
  const std::string_view one = std::string_view(head).substr(0, head.size() - 1);
  return is_source_noun(head) || is_source_noun(one) || is_speaker_noun(one) ||
         speaks_for_no_government(head);
}

}  // namespace

std::optional<Referent> Discourse::subject_of_sentence_before(uint32_t pos, uint32_t& at) const {
  const Sentence* sentence = sentence_at(pos);
  if (!sentence || sentence == &doc_.sentences.front()) return std::nullopt;
  const Sentence& here = *sentence;
  const Sentence& before = *(sentence - 1);
  if (here.span.start != pos || before.paragraph != here.paragraph) return std::nullopt;
  // Its first word, capitalised, then a verb-like lower-case word.
  const std::string_view text = doc_.text;
  uint32_t end = before.span.start;
  while (end < before.span.end && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  if (end == before.span.start || end >= before.span.end || text[end] != ' ' ||
      !std::isupper(static_cast<unsigned char>(text[before.span.start])))
    return std::nullopt;
  std::optional<Referent> r =
      titled_before(text.substr(before.span.start, end - before.span.start), before.span.start + 1);
  at = before.span.start;
  return r;
}

std::optional<Referent> Discourse::pronoun(std::string_view w, uint32_t pos) const {
  if (w == "he" || w == "she") {
    // A person named since the last statement ("X held a briefing. She
    // said"), else the last speaker when a person close by ("X told Y that
    // ... He said" is X), else the last person named.
    // "Asked whether Mitsotakis would meet Erdogan, he said": the people of
    // the question are not who answers it.
    // Whoever the lexicon gives the other gender is skipped: in "Mao Ning
    // said ... Blinken said ... she told a briefing", "she" is Mao Ning.
    const auto fits = w == "he" ? may_be_he : may_be_she;
    // People the lexicon does not know by the first name others have
    // ("Bruno Retailleau": Bruno is a man's name).
    const auto fits_referent = [&](const Referent& r) {
      if (const Entity* e = r.entity ? r.entity : gaz_.by_name(r.speaker.name)) return fits(*e, "");
      if (r.speaker.kind != SpeakerKind::kPerson || r.speaker.anonymous) return true;
      const std::string_view name = r.speaker.name;
      const size_t space = name.find(' ');
      if (space == std::string_view::npos) return true;
      const Gender g = gaz_.given_name_gender(name.substr(0, space));
      return g != (w == "he" ? Gender::kFemale : Gender::kMale);
    };
    uint32_t before = pos;
    if (const Sentence* sentence = sentence_at(pos))
      if (starts_with_question(doc_.slice(sentence->span))) before = sentence->span.start;
    const EntityMention* named = last_entity(before, fits, "");
    // "Araghchi also spoke briefly with Witkoff. '...,' he said": the
    // sentence's subject, not the object of its preposition. In the
    // pronoun's own sentence ("Speaking alongside Stubb, he said"), whoever
    // was named before it.
    if (named)
      if (const Sentence* sentence = sentence_at(named->span.start);
          sentence && object_of_preposition(doc_.text, named->span.start, sentence->span.start)) {
        const EntityMention* object = named;
        for (const EntityMention& m : mentions_) {
          if (m.span.start >= object->span.start) break;
          if (m.span.start < sentence->span.start || !fits(*m.entity, "") ||
              m.entity == object->entity ||
              object_of_preposition(doc_.text, m.span.start, sentence->span.start))
            continue;
          named = &m;
          break;
        }
        if (named == object && sentence == sentence_at(pos))
          named = last_entity(sentence->span.start, fits, "");
      }
    const SaidBefore* last = said_.empty() ? nullptr : &said_.back();
    // "Kurti gave his own version. He claimed ...": the subject of the
    // sentence before, a person the lexicon does not know named in full
    // earlier, when named after everyone else.
    uint32_t at = 0;
    if (std::optional<Referent> subject = subject_of_sentence_before(pos, at);
        subject && fits_referent(*subject) && (!named || named->span.start < at) &&
        (!last || last->end <= at))
      return subject;
    if (named && (!last || named->span.start >= last->end)) return from_entity(*named);
    // "Misri said Albanese assured Modi that ... '...,' he said": the one
    // who told of the nested words, when a person.
    if (last && last->relay && last->relay->kind == SpeakerKind::kPerson &&
        !last->relay->anonymous && pos - last->pos < 600) {
      Referent r;
      r.speaker = *last->relay;
      r.entity = gaz_.by_name(r.speaker.name);
      if (fits_referent(r)) return r;
    }
    if (last && last->who.speaker.kind == SpeakerKind::kPerson && !last->who.group &&
        pos - last->pos < 600) {
      if (fits_referent(last->who)) return last->who;
      // The last speaker is of the other gender: the one quoted before who
      // may be meant, when no one named since (`named`) may be.
      for (auto it = said_.rbegin(); it != said_.rend() && pos - it->pos < 1500; ++it)
        if (it->who.speaker.kind == SpeakerKind::kPerson && !it->who.group &&
            fits_referent(it->who) && (!named || named->span.start < it->pos))
          return it->who;
    }
    if (named) return from_entity(*named);
    return std::nullopt;
  }
  if (w == "they") {
    const Group* g = nullptr;
    for (const Group& x : groups_)
      if (x.span.start < pos) g = &x;
    // 'Official sources said ... The Australian side, they said, ...': the
    // unnamed people who spoke last, when they did after the group.
    for (auto it = said_.rbegin(); it != said_.rend(); ++it) {
      if (it->pos >= pos) continue;
      if (g && it->pos < g->span.start) break;
      if (unnamed_people(it->who)) return it->who;
      break;
    }
    if (g) return g->who;
    return std::nullopt;
  }
  if (w == "it") {
    const EntityMention* m = last_entity(pos, body_kind, "");
    // '..., Zelenskiy's office said. "...," it added': the body that spoke
    // last, when it spoke after the last body named ("Zelenskiy's office"
    // is no name the lexicon holds).
    for (auto it = said_.rbegin(); it != said_.rend(); ++it) {
      if (it->pos >= pos) continue;
      if (it->who.speaker.kind != SpeakerKind::kInstitution || it->who.group) break;
      if (!m || std::max(it->pos, it->end) > m->span.start) return it->who;
      break;
    }
    if (m) return from_entity(*m);
  }
  return std::nullopt;
}

std::optional<Referent> Discourse::official_of_body(const std::vector<Token>& toks, size_t a,
                                                    size_t b, const EntityMention& body) const {
  const Token& noun = toks[b - 1];
  if (noun.start < body.span.end || !noun.word() || !is_speaker_noun(noun.low) ||
      is_body_noun(noun.low) || is_document_noun(noun.low) || is_media_noun(noun.low) ||
      is_group_noun(noun.low) || is_source_noun(noun.low))
    return std::nullopt;
  std::optional<Referent> r = description(toks, a, b);
  if (!r || r->group || r->speaker.kind == SpeakerKind::kInstitution) return std::nullopt;
  if (r->speaker.side.empty() || r->speaker.side == "other") r->speaker.side = body.entity->side;
  return r;
}

std::optional<Referent> Discourse::anonymous_source(const std::vector<Token>& toks, size_t a,
                                                    size_t b) const {
  // The head is the source noun: last in the phrase, or followed by where
  // the source sits ("in", "at", "of", "within", "close to", "near").
  size_t head = b;
  for (size_t k = a; k < b && head == b; ++k) {
    if (!is_source_noun(toks[k].low)) continue;
    if (k + 1 == b || is_source_place(toks[k + 1].low) || toks[k + 1].is("close")) head = k;
  }
  // "officials familiar with the talks", "a person briefed on the call".
  for (size_t k = a; k + 1 < b && head == b; ++k)
    if (knowledge_phrase(toks, k + 1, b) > 0 && knower_noun(toks[k].low)) head = k;
  if (head == b) return std::nullopt;
  std::optional<Referent> r = description(toks, a, b);
  if (!r || !r->speaker.anonymous) return r;
  // A body without a side word ("the Presidential Communications
  // Directorate") still tells the side through its lexicon entry.
  if (r->speaker.side.empty() || r->speaker.side == "other") {
    for (const EntityMention* m : entities_in(toks[a].start, toks[b - 1].end)) {
      if (m->span.start < toks[a].start || m->entity->side.empty() ||
          m->entity->kind == SpeakerKind::kMedia)
        continue;
      r->speaker.side = m->entity->side;
      break;
    }
  }
  // "a source close to the prime minister", "sources in the president's
  // office": the official the text gave that title speaks through them.
  if (r->speaker.side.empty() || r->speaker.side == "other") {
    size_t place = head + 1;
    if (place < b && toks[place].is("close")) ++place;
    if (place < b && (toks[place].is("to") || is_source_place(toks[place].low))) ++place;
    if (place > head + 1 && place < b && is_determiner(toks[place].low))
      if (std::optional<Referent> of = description(toks, place, b))
        if (!of->group && of->speaker.kind == SpeakerKind::kPerson && !of->speaker.side.empty() &&
            of->speaker.side != "other" && of->speaker.side != "joint")
          r->speaker.side = of->speaker.side;
  }
  return r;
}

std::optional<Referent> Discourse::group_of(const std::vector<Token>& toks, size_t a,
                                            size_t b) const {
  const uint32_t pos = toks[a].start;
  const Group* best = nullptr;
  for (const Group& g : groups_)
    if (g.span.start < pos) best = &g;
  Referent r;
  if (best && pos - best->span.start < 3000) {
    r = best->who;
  } else {
    r.group = true;
    r.speaker.name = words_as_written(toks, a, b);
    r.speaker.side = "joint";
  }
  r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
  return r;
}

}  // namespace kd
