// The side of an office named by its title alone: "Deputy Foreign Minister
// Xie Feng said ..." in a story that named China's foreign ministry or its
// foreign minister before. Wire copy gives the country once and then drops
// it for the same government's officials; a title of the same kind of office
// (its distinctive words: "foreign", "defense", "state") points back at the
// office of that kind named last. When offices of that kind of several
// governments were named in that paragraph ("Wang Yi and Russian Foreign
// Minister Sergei Lavrov"), the title does not tell which: no side.
#include <algorithm>
#include <iterator>
#include <string>

#include "extract_speaker.h"
#include "extract_words.h"

namespace kd {

namespace {

// Title words that say rank or function, not which office.
bool generic_title_word(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "deputy",    "vice",  "first",     "senior", "acting", "assistant", "chief",
      "principal", "under", "general",   "top",    "former", "of",        "for",
      "and",       "the",   "a",         "an",     "'s",     "second",    "third",
      "state-run", "new",   "permanent", "prime"};  // "Prime Cabinet Secretary": no prime
                                                    // minister's office
  for (std::string_view w : kWords)
    if (t.low == w) return true;
  return is_speaker_noun(t.low) || is_leader_noun(t.low) || is_determiner(t.low);
}

// "M23", "RSF", "SDF": two or more letters in capitals, or a digit.
bool acronym(std::string_view text) {
  if (text.size() < 2) return false;
  bool digit = false, lower = false;
  for (const char c : text) {
    digit |= c >= '0' && c <= '9';
    lower |= c >= 'a' && c <= 'z';
  }
  return digit || !lower;
}

struct Candidate {
  uint32_t pos;
  const std::string* side;
};

}  // namespace

uint32_t Discourse::paragraph_of(uint32_t pos) const {
  auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.start; });
  return it == paragraphs_.begin() ? 0 : static_cast<uint32_t>(it - paragraphs_.begin() - 1);
}

std::string Discourse::office_side(const std::vector<Token>& toks, size_t a, size_t b) const {
  std::vector<std::string_view> kind;
  for (size_t k = a; k < b; ++k)
    if (toks[k].word() && !generic_title_word(toks[k])) kind.push_back(toks[k].low);
  // "A European diplomat", "Western officials", "a foreign diplomat": of a
  // region or of no country, no government's office.
  static constexpr std::string_view kRegions[] = {"european", "western",  "arab",   "gulf",
                                                  "african",  "asian",    "nordic", "baltic",
                                                  "balkan",   "regional", "latin"};
  for (std::string_view w : kind)
    if (std::find(std::begin(kRegions), std::end(kRegions), w) != std::end(kRegions) ||
        (w == "foreign" && b > a && (toks[b - 1].is("diplomat") || toks[b - 1].is("diplomats"))))
      return "";
  // "ministry spokesman Tamim Khallaf", "a ministry official": a ministry,
  // but not which; only when the story named one government's ministries.
  // ("a senior administration official" is left alone: the phrase means
  // Washington's, whatever administration the story named before.)
  bool any_ministry = false;
  if (kind.empty())
    for (size_t k = a; k < b; ++k)
      if (toks[k].is("ministry")) {
        kind.push_back(toks[k].low);
        any_ministry = true;
      }
  if (kind.empty()) {
    // "Government spokesman Stefan Kornelius" under "Berlin (dpa) -": the
    // government at home; "Minister Xie Feng": no kind of office to look for.
    // ("a senior official said": an official at home too.)
    for (size_t k = a; k < b; ++k)
      if (toks[k].is("government") || toks[k].is("cabinet") || toks[k].is("official") ||
          toks[k].is("officials"))
        return home_side_;
    return "";
  }
  auto fits = [&](std::string_view name, std::string_view role) {
    return std::all_of(kind.begin(), kind.end(),
                       [&](std::string_view w) { return has_word(name, w) || has_word(role, w); });
  };
  const uint32_t pos = toks[a].start;
  std::vector<Candidate> found;
  for (const EntityMention& m : mentions_) {
    if (m.span.start >= pos) break;
    const Entity& e = *m.entity;
    if (e.kind != SpeakerKind::kMedia && is_government_side(e.side) && fits(e.name, e.role))
      found.push_back({m.span.start, &e.side});
  }
  // Bodies that spoke before: ones the lexicon does not know ("the UAE
  // foreign ministry said"), and ones it knows named otherwise ("the foreign
  // ministry in Seoul said").
  for (const SaidBefore& s : said_) {
    const Speaker& w = s.who.speaker;
    if (s.pos < pos && !s.who.group && w.kind == SpeakerKind::kInstitution &&
        is_government_side(w.side) && fits(w.name, s.who.entity ? s.who.entity->role : ""))
      found.push_back({s.pos, &w.side});
  }
  // The dateline's government, for a government's office only: not an
  // analyst's ("Political analyst Carlos Bravo Regidor").
  if (found.empty()) {
    for (size_t k = a; k < b; ++k)
      if (toks[k].word() && is_expert_noun(toks[k].low)) return "";
    // "An M23 spokesman", "RSF adviser": a body of its own name (letters in
    // capitals, digits), not an office of the government at home.
    for (size_t k = a; k < b; ++k)
      if (toks[k].word() && !generic_title_word(toks[k]) &&
          acronym(doc_.slice({toks[k].start, toks[k].end})))
        return "";
    return home_side_;
  }
  const Candidate last =
      *std::max_element(found.begin(), found.end(),
                        [](const Candidate& x, const Candidate& y) { return x.pos < y.pos; });
  const uint32_t paragraph = paragraph_of(last.pos);
  for (const Candidate& c : found)
    if (*c.side != *last.side && (any_ministry || paragraph_of(c.pos) == paragraph)) return "";
  return *last.side;
}

}  // namespace kd
