// A person named in full once and then by a short form: a surname or first
// name, maybe after honorifics and titles ("Wang", "Prince Faisal", "Dr.
// Jaishankar", "Foreign Minister Wang") or before an apposition ("Wang, also
// a member of the Political Bureau, said"); or a role abbreviation that
// refers back like "the minister" ("EAM", "the Russian FM", "the PM").
#include <algorithm>
#include <cctype>
#include <string>

#include "ascii8.h"
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
         (is_speaker_noun(t.low) || is_leader_noun(t.low) || is_np_modifier(t.low) ||
          is_person_title(t.low));  // "Senator Wong" for Foreign Minister Penny Wong
}

// Role abbreviations wire copy and government readouts use for an official
// named before, with the role they stand for (as lexicon roles write it).
struct RoleAbbreviation {
  std::string_view abbreviation;  // folded
  std::string_view role;
};
// Bytes read before a surname for its full, titled name ("Deputy Foreign
// Minister of the Russian Federation Sergei Vershinin").
constexpr uint32_t kTitledWindow = 120;
constexpr size_t kMaxTitledWords = 12;
// Longest abbreviation read (role_abbreviation takes 2 to 4 letters).
constexpr size_t kMaxInitials = 4;

constexpr RoleAbbreviation kRoleAbbreviations[] = {
    {"fm", "foreign minister"},
    {"eam", "foreign minister"},  // India's External Affairs Minister
    {"pm", "prime minister"},
    {"nsa", "national security adviser"},
};

// Whether the last word of `name` is `word` (folded).
bool ends_with_word(std::string_view name, std::string_view word) {
  const size_t space = name.find_last_of(" -");
  return has_word(name.substr(space == std::string_view::npos ? 0 : space + 1), word);
}

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
  const std::string_view w = toks[k].low;  // a view: == "literal" compares lengths first, no call
  if (!gaz_.side_of_word(w).empty()) return std::nullopt;  // "Beijing", "Moscow"
  const uint32_t pos = toks[a].start;
  // "Mr Khan" after "Shafqat Ali Khan" and "Amir Khan Muttaqi": a word
  // inside a name is a surname only when no name ends with it.
  const EntityMention* inner = nullptr;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->span.start >= pos || it->entity->kind != SpeakerKind::kPerson) continue;
    const std::string name = fold(it->entity->name);
    const size_t at = name.find(w);
    const bool word = at != std::string::npos && (at == 0 || name[at - 1] == ' ') &&
                      (at + w.size() == name.size() || name[at + w.size()] == ' ');
    // Or the article's own spelling of the name, which the lexicon knows
    // under another transliteration ("Esmaeil Baqaei" for Esmaeil Baghaei).
    if (!word && !has_word(doc_.slice(it->span), w)) continue;
    if (word && at > 0 && at + w.size() < name.size()) {
      if (!inner) inner = &*it;
      continue;
    }
    Referent r = from_entity(*it);
    r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[end - 1].end}));
    return r;
  }
  // A person the lexicon does not know, named in full as an earlier speaker
  // ("Indian Foreign Secretary Vikram Misri said ... Misri told reporters").
  for (auto it = said_.rbegin(); it != said_.rend(); ++it) {
    const Referent& who = it->who;
    if (it->pos >= pos || who.entity || who.group || who.speaker.anonymous ||
        who.speaker.kind != SpeakerKind::kPerson || !has_word(who.speaker.name, w))
      continue;
    Referent r = who;
    r.speaker.mention = std::string(doc_.slice({toks[a].start, toks[end - 1].end}));
    return r;
  }
  std::optional<Referent> r = titled_before(doc_.slice({toks[k].start, toks[k].end}), pos);
  if (inner && (!r || !ends_with_word(r->speaker.name, w))) r = from_entity(*inner);
  if (r) r->speaker.mention = std::string(doc_.slice({toks[a].start, toks[end - 1].end}));
  return r;
}

std::optional<Referent> Discourse::titled_before(std::string_view written, uint32_t pos) const {
  // A full name comes at the first mention, so only the first occurrence
  // is read, once per document and word (a long paragraph repeating a word
  // would otherwise cost a look back per occurrence).
  auto cached = titled_names_.find(written);
  if (cached == titled_names_.end())
    cached = titled_names_.emplace(std::string(written), first_titled(written)).first;
  const TitledName& t = cached->second;
  if (!t.who || t.at >= pos) return std::nullopt;
  return t.who;
}

Discourse::TitledName Discourse::first_titled(std::string_view written) const {
  static const std::vector<Quote> kNoQuotes;
  const std::string_view text = doc_.text;
  auto word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c < 0; };
  // Its first occurrence as a word in the body (not in the headline).
  auto in_body = [&](size_t at) {
    const Span p = paragraphs_[paragraph_of(static_cast<uint32_t>(at))];
    return at >= p.start && at + written.size() <= p.end;
  };
  size_t at = text.find(written);
  while (at != std::string_view::npos &&
         ((at > 0 && word_byte(text[at - 1])) ||
          (at + written.size() < text.size() && word_byte(text[at + written.size()])) ||
          !in_body(at)))
    at = text.find(written, at + 1);
  if (at == std::string_view::npos) return {};
  // The words right before it, from a space inside its paragraph.
  const Span p = paragraphs_[paragraph_of(static_cast<uint32_t>(at))];
  uint32_t start =
      at - p.start > kTitledWindow ? static_cast<uint32_t>(at) - kTitledWindow : p.start;
  while (start > p.start && start < at && !is_ascii_space(text[start - 1])) ++start;
  // A word or two after it too: a surname may come first ("Li Ming").
  uint32_t stop = std::min<uint32_t>(p.end, static_cast<uint32_t>(at + written.size()) + 40);
  while (stop < p.end && !is_ascii_space(text[stop])) ++stop;
  const std::vector<Token> toks = tokenize(doc_, {start, stop}, kNoQuotes);
  size_t j = 0;
  while (j < toks.size() && toks[j].start < at) ++j;
  if (j == toks.size() || toks[j].start != at) return {};
  // The name ends at it or at one of the next two capitalised words.
  for (size_t b = j + 1; b <= j + 3 && b <= toks.size(); ++b) {
    if (b > j + 1 && !(toks[b - 1].word() && toks[b - 1].capital)) break;
    // The title and name before it: capitalised words ("Indian Foreign
    // Secretary Vikram"), "of" inside a title ("Minister of Defence"), a
    // title in lower case ("German government spokesman Steffen").
    // A possessive side too: "Pakistan's Defence Minister Khawaja".
    size_t a = j;
    while (a > 0 && b - a < kMaxTitledWords &&
           ((toks[a - 1].word() &&
             (toks[a - 1].capital || toks[a - 1].is("of") || is_speaker_noun(toks[a - 1].low) ||
              is_leader_noun(toks[a - 1].low) || is_np_modifier(toks[a - 1].low))) ||
            (toks[a - 1].is("'s") && a >= 2 && toks[a - 2].capital)))
      --a;
    if (titled_name_start(toks, a, b) == b) continue;  // no title before a full name
    std::optional<Referent> r = resolve(toks, a, b);
    if (!r || r->group || r->speaker.anonymous || r->speaker.kind != SpeakerKind::kPerson ||
        !has_word(r->speaker.name, toks[j].low))
      continue;
    return {static_cast<uint32_t>(at), std::move(r)};
  }
  return {};
}

std::string Discourse::initials_before(uint32_t pos) const {
  const Span p = paragraphs_[paragraph_of(pos)];
  static const std::vector<Quote> kNoQuotes;
  // The tokens right before `pos` are the same whether tokenizing starts at
  // the paragraph or just after a space inside it, so a window before `pos`
  // serves; it doubles until what it holds settles the answer.
  for (uint32_t window = 64;; window *= 2) {
    uint32_t start = pos - p.start > window ? pos - window : p.start;
    while (start > p.start && start < pos && !is_ascii_space(doc_.text[start - 1])) ++start;
    const bool whole = start == p.start;
    const std::vector<Token> toks = tokenize(doc_, {start, pos}, kNoQuotes);
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
    if (k < 2 && !whole) continue;  // the token before might be an honorific's
    size_t first = k;
    while (first > 0 && k - first < kMaxInitials && toks[first - 1].word() &&
           toks[first - 1].capital)
      --first;
    if (first == 0 && k - first < kMaxInitials && !whole) continue;  // the run may go on
    std::string out;
    for (size_t i = first; i < k; ++i) out += toks[i].low[0];
    return out;
  }
}

std::optional<Referent> Discourse::role_abbreviation(const std::vector<Token>& toks, size_t a,
                                                     size_t b) const {
  const Token& abbr = toks[b - 1];
  if (!abbr.word() || abbr.low.size() < 2 || abbr.low.size() > kMaxInitials) return std::nullopt;
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
  // Jaishankar ... EAM said". Each name's initials are read once per
  // document, not once per abbreviation that looks back at it.
  if (title_initials_.size() != mentions_.size()) {
    title_initials_.resize(mentions_.size());
    for (size_t i = 0; i < mentions_.size(); ++i)
      if (mentions_[i].entity->kind == SpeakerKind::kPerson)
        title_initials_[i] = initials_before(mentions_[i].span.start);
  }
  const auto initials_end_with = [&](size_t i, std::string_view tail) {
    const std::string& t = title_initials_[i];
    return t.size() >= tail.size() && t.compare(t.size() - tail.size(), tail.size(), tail) == 0;
  };
  for (size_t i = mentions_.size(); i-- > 0;) {
    const EntityMention& m = mentions_[i];
    if (m.span.start < pos && m.entity->kind == SpeakerKind::kPerson &&
        (side.empty() || m.entity->side == side) && initials_end_with(i, abbr.low))
      return found(m);
  }
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
