// A description that lost its side, resolved by the phrase it repeats:
// "A Moroccan diplomatic source, speaking to AFP, was less upbeat. '...,' the
// source said", "Billene Seyoum, Mr Abiy's press secretary, said ... the
// press secretary said", "Deputy Prime Minister and Foreign Minister Ishaq
// Dar held a call ... The Deputy Prime Minister underscored". Wire copy
// introduces a speaker once, often without quoting him, and then names him
// by the head noun alone; the introduction gives the side.
#include <algorithm>
#include <string>

#include "ascii8.h"
#include "extract_speaker.h"
#include "extract_words.h"

namespace kd {

namespace {

// How far back the introduction may be: this and the two paragraphs before,
// at most so many bytes, at most so many occurrences of the head noun.
constexpr uint32_t kReachBytes = 3000;
constexpr int kOccurrences = 4;
// Bytes read on either side of an occurrence for its phrase.
constexpr uint32_t kPhraseBytes = 300;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

bool word_byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return is_ascii_alnum(u) || u >= 0x80;
}

// The start of the last occurrence of the lower-case ASCII `word` in
// text[from, to) as a whole word, any case; `to` when none.
uint32_t last_word_at(std::string_view text, std::string_view word, uint32_t from, uint32_t to) {
  if (word.empty() || to - from < word.size()) return to;
  for (uint32_t i = to - static_cast<uint32_t>(word.size()) + 1; i-- > from;) {
    bool same = true;
    for (size_t k = 0; k < word.size() && same; ++k) same = lower(text[i + k]) == word[k];
    if (!same) continue;
    const size_t end = i + word.size();
    if ((i == 0 || !word_byte(text[i - 1])) && (end >= text.size() || !word_byte(text[end])))
      return i;
  }
  return to;
}

// The part of `sentence` around `at` that may hold a phrase with its head
// noun there, cut at spaces.
Span near(std::string_view text, Span sentence, uint32_t at) {
  Span out = sentence;
  if (at > sentence.start + kPhraseBytes) {
    out.start = at - kPhraseBytes;
    while (out.start < at && text[out.start] != ' ') ++out.start;
  }
  if (sentence.end > at + kPhraseBytes) {
    out.end = at + kPhraseBytes;
    while (out.end > at && text[out.end - 1] != ' ') --out.end;
  }
  return out;
}

// Where the phrase whose head noun is toks[m] starts: over its modifiers
// (side words, adjectives, a possessor: "A Moroccan diplomatic", "Mr Abiy's")
// to its determiner, and over a name before a comma when the phrase is that
// name's apposition ("Billene Seyoum, Mr Abiy's press secretary").
size_t phrase_start(const std::vector<Token>& toks, size_t m) {
  size_t left = m;
  for (int words = 0; left > 0 && words < 5; ++words) {
    const Token& t = toks[left - 1];
    if (t.is("'s")) {
      --left;
      continue;
    }
    if (!t.word() || is_preposition(t.low) || t.is("and") || t.in_quote) break;
    --left;
    if (is_determiner(t.low)) return left;
  }
  if (left >= 2 && toks[left - 1].is(",") && toks[left - 2].word() && toks[left - 2].capital) {
    size_t name = left - 1;
    while (name > 0 && left - name <= 4 && toks[name - 1].word() && toks[name - 1].capital) --name;
    return name;
  }
  return left;
}

// Where that phrase ends: after the head noun, or after the name a title
// introduces ("Deputy Prime Minister and Foreign Minister Ishaq Dar").
size_t phrase_end(const std::vector<Token>& toks, size_t m) {
  size_t right = m + 1;
  for (size_t k = right; k < toks.size() && k - m <= 8; ++k) {
    if (toks[k].word() && toks[k].capital && !toks[k].in_quote) {
      right = k + 1;
    } else if (!(toks[k].is("and") && k + 1 < toks.size() && toks[k + 1].capital)) {
      break;
    }
  }
  return right;
}

}  // namespace

std::optional<Referent> Discourse::described_before(const std::vector<Token>& toks, size_t a,
                                                    size_t b) const {
  if (b - a < 2 || b - a > 6 || !toks[a].is("the")) return std::nullopt;
  for (size_t k = a; k < b; ++k)
    if (!toks[k].word() || toks[k].in_quote) return std::nullopt;
  const std::string_view head = toks[b - 1].low;
  if (!std::all_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return std::nullopt;
  const uint32_t to = toks[a].start;
  const uint32_t paragraph = paragraph_of(to);
  uint32_t from = paragraphs_.empty() ? 0 : paragraphs_[paragraph >= 2 ? paragraph - 2 : 0].start;
  from = std::max(from, to > kReachBytes ? to - kReachBytes : 0);
  static const std::vector<Quote> kNoQuotes;
  uint32_t end = to;
  for (int seen = 0; seen < kOccurrences; ++seen) {
    const uint32_t at = last_word_at(doc_.text, head, from, end);
    if (at == end) break;
    end = at;
    const Sentence* sentence = sentence_at(at);
    if (!sentence) break;
    if (at >= sentence->span.end) continue;  // between sentences (a dropped line)
    // The phrase lies within a few words of its head: a run-on sentence of
    // a megabyte is not tokenized for each description.
    const std::vector<Token> stoks = tokenize(doc_, near(doc_.text, sentence->span, at), kNoQuotes);
    size_t m = 0;
    while (m < stoks.size() && stoks[m].start != at) ++m;
    // Not a modifier of another head: "Polish government spokesman".
    if (m == stoks.size() || (m + 1 < stoks.size() && is_speaker_noun(stoks[m + 1].low))) continue;
    const size_t first = phrase_start(stoks, m), last = phrase_end(stoks, m);
    // The description's other words are the introduction's too ("the
    // senior official": "a senior Kenyan official").
    bool all = true;
    for (size_t k = a + 1; k + 1 < b && all; ++k)
      all = std::any_of(stoks.begin() + first, stoks.begin() + last,
                        [&](const Token& t) { return t.low == toks[k].low; });
    if (!all) continue;
    std::optional<Referent> r = resolve_phrase(stoks, first, last);
    if (r && !r->group && (r->entity || is_government_side(r->speaker.side))) {
      r->speaker.mention = std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
      return r;
    }
    // An earlier "the source" says no more than this one: look before it.
    if (!stoks[first].is("the")) break;
  }
  return std::nullopt;
}

std::optional<Referent> Discourse::body_named_in_full(const std::vector<Token>& toks, size_t a,
                                                      size_t b) const {
  if (b - a < 2 || b - a > 4) return std::nullopt;
  for (size_t k = a; k < b; ++k)
    if (!toks[k].word() || !toks[k].capital || toks[k].in_quote) return std::nullopt;
  const std::string_view phrase = doc_.slice({toks[a].start, toks[b - 1].end});
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->span.start >= toks[a].start || it->entity->kind != SpeakerKind::kInstitution) continue;
    const std::string_view written = doc_.slice(it->span);
    if (written.size() > phrase.size() + 1 && written.compare(0, phrase.size(), phrase) == 0 &&
        written[phrase.size()] == ' ') {
      Referent r = from_entity(*it);
      r.speaker.mention = std::string(phrase);
      return r;
    }
  }
  return std::nullopt;
}

std::optional<Referent> Discourse::body_of_its(const std::vector<Token>& toks, size_t a,
                                               size_t b) const {
  if (b - a < 2 || b - a > 4 || !toks[a].is("its") || !is_body_noun(toks[b - 1].low))
    return std::nullopt;
  const Sentence* sentence = sentence_at(toks[a].start);
  if (!sentence || sentence->span.start == 0) return std::nullopt;
  // The subject of the sentence before ("Algeria, which backs the Polisario
  // Front, reacted coolly."): its first government, in this paragraph.
  const Sentence* before = sentence_at(sentence->span.start - 1);
  if (!before || paragraph_of(before->span.start) != paragraph_of(toks[a].start))
    return std::nullopt;
  std::string side;
  for (const SideMention& m : gaz_.find_sides(doc_.slice(before->span)))
    if (is_government_side(m.side)) {
      side = m.side;
      break;
    }
  if (side.empty()) return std::nullopt;
  Referent r;
  std::string role;
  for (size_t k = a + 1; k < b; ++k) role += (role.empty() ? "" : " ") + toks[k].low;
  if (const Entity* office = offices_ ? offices_->find(side, role) : nullptr) {
    r.entity = office;
    r.speaker = {office->name, {}, office->side, office->kind, false};
  } else {
    r.speaker = {words_as_written(toks, a + 1, b), {}, side, SpeakerKind::kInstitution, false};
  }
  r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[b - 1].end}));
  return r;
}

}  // namespace kd
