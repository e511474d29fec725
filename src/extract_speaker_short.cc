// A person named in full once and then by a short form: a surname or first
// name, maybe after honorifics and titles ("Wang", "Prince Faisal", "Dr.
// Jaishankar", "Foreign Minister Wang") or before an apposition ("Wang, also
// a member of the Political Bureau, said"); or a role abbreviation that
// refers back like "the minister" ("EAM", "the Russian FM", "the PM").
#include <algorithm>
#include <cctype>
#include <string>

#include "extract_speaker.h"
#include "extract_words.h"
#include "fold.h"

namespace kd {

namespace {

// "Dr.", "H.E.", "S.": an honorific or an initial and its period.
bool abbreviated_honorific(const std::vector<Token>& toks, size_t k) {
  const Token& t = toks[k];
  return t.word() && t.capital && k + 1 < toks.size() && toks[k + 1].is(".") &&
         (is_honorific(t.low) || t.low.size() == 1);
}

// A capitalised word of a title before a name ("Foreign", "Minister").
bool title_before_name(const Token& t) {
  return t.word() && t.capital &&
         (is_speaker_noun(t.low) || is_leader_noun(t.low) || is_np_modifier(t.low));
}

// Role abbreviations wire copy and government readouts use for an official
// named before, with the role they stand for (as lexicon roles write it).
struct RoleAbbreviation {
  std::string_view abbreviation;  // folded
  std::string_view role;
};
constexpr RoleAbbreviation kRoleAbbreviations[] = {
    {"fm", "foreign minister"},
    {"eam", "foreign minister"},  // India's External Affairs Minister
    {"pm", "prime minister"},
    {"nsa", "national security adviser"},
};

}  // namespace

size_t after_honorifics(const std::vector<Token>& toks, size_t a, size_t b) {
  while (a < b) {
    if (a + 1 < b && abbreviated_honorific(toks, a)) {
      a += 2;
    } else if (toks[a].word() && toks[a].capital && is_honorific(toks[a].low)) {
      ++a;
    } else {
      break;
    }
  }
  return a;
}

std::optional<Referent> Discourse::short_name(const std::vector<Token>& toks, size_t a,
                                              size_t b) const {
  // The name ends at an apposition's comma.
  size_t end = a;
  while (end < b && !toks[end].is(",")) ++end;
  size_t k = a;
  while (true) {
    const size_t next = after_honorifics(toks, k, end);
    if (next < end && end - next > 1 && title_before_name(toks[next])) {
      k = next + 1;
    } else {
      k = next;
      break;
    }
  }
  if (end - k != 1 || !toks[k].word() || !toks[k].capital || toks[k].in_quote) return std::nullopt;
  const std::string& w = toks[k].low;
  if (!gaz_.side_of_word(w).empty()) return std::nullopt;  // "Beijing", "Moscow"
  const uint32_t pos = toks[a].start;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->span.start >= pos || it->entity->kind != SpeakerKind::kPerson) continue;
    const std::string name = fold(it->entity->name);
    const size_t at = name.find(w);
    const bool word = at != std::string::npos && (at == 0 || name[at - 1] == ' ') &&
                      (at + w.size() == name.size() || name[at + w.size()] == ' ');
    if (!word) continue;
    Referent r = from_entity(*it);
    r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[end - 1].end}));
    return r;
  }
  return std::nullopt;
}

bool Discourse::title_initials_before(uint32_t pos, std::string_view initials) const {
  const Span p = paragraphs_[paragraph_of(pos)];
  static const std::vector<Quote> kNoQuotes;
  const std::vector<Token> toks = tokenize(doc_, {p.start, pos}, kNoQuotes);
  // Back over the honorifics and initials between the title and the name.
  size_t k = toks.size();
  while (k > 0) {
    if (k >= 2 && abbreviated_honorific(toks, k - 2)) {
      k -= 2;
    } else if (toks[k - 1].word() && toks[k - 1].capital && is_honorific(toks[k - 1].low)) {
      --k;
    } else {
      break;
    }
  }
  if (k < initials.size()) return false;
  for (size_t i = 0; i < initials.size(); ++i) {
    const Token& t = toks[k - initials.size() + i];
    if (!t.word() || !t.capital || t.low[0] != initials[i]) return false;
  }
  return true;
}

std::optional<Referent> Discourse::role_abbreviation(const std::vector<Token>& toks, size_t a,
                                                     size_t b) const {
  const Token& abbr = toks[b - 1];
  if (!abbr.word() || abbr.low.size() < 2 || abbr.low.size() > 4) return std::nullopt;
  const std::string_view written = doc_.slice({abbr.start, abbr.end});
  if (!std::all_of(written.begin(), written.end(),
                   [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  // Before it only determiners and side words: "the Russian FM".
  std::string side;
  for (size_t k = a; k + 1 < b; ++k) {
    if (!toks[k].word() || is_determiner(toks[k].low) || toks[k].is("'s")) continue;
    const std::string& s = gaz_.side_of_word(toks[k].low);
    if (s.empty()) return std::nullopt;
    side = s;
  }
  const uint32_t pos = toks[a].start;
  auto found = [&](const EntityMention& m) {
    Referent r = from_entity(m);
    r.speaker.mention = std::string(doc_.slice({toks[a].start, abbr.end}));
    return r;
  };
  // The title spelled out before a name: "External Affairs Minister Dr. S.
  // Jaishankar ... EAM said".
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
    if (it->span.start < pos && it->entity->kind == SpeakerKind::kPerson &&
        (side.empty() || it->entity->side == side) &&
        title_initials_before(it->span.start, abbr.low))
      return found(*it);
  // Else the official of that role named last.
  for (const RoleAbbreviation& ra : kRoleAbbreviations) {
    if (ra.abbreviation != abbr.low) continue;
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
      if (it->span.start < pos && it->entity->kind == SpeakerKind::kPerson &&
          (side.empty() || it->entity->side == side) &&
          it->entity->role.find(ra.role) != std::string::npos)
        return found(*it);
  }
  return std::nullopt;
}

}  // namespace kd
