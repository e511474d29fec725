#include "extract_speaker_roles.h"

#include <initializer_list>
#include <string_view>

#include "extract_speaker.h"
#include "extract_words.h"

namespace kd {

namespace {

bool one_of_words(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

// "Sources", "a senior official", "officials familiar with the talks":
// unnamed sources or officials, no diplomats, of no region.
bool sources_at_home(const std::vector<Token>& toks, size_t a, size_t b) {
  bool official = false;
  for (size_t k = a; k < b; ++k) {
    const Token& t = toks[k];
    if (t.capital && k > a) return false;  // a body or place named: not plain
    if (one_of_words(t.low, {"diplomat", "diplomats", "western", "european", "foreign", "arab",
                             "gulf", "regional", "international"}))
      return false;
    official |= one_of_words(t.low, {"source", "sources", "official", "officials"});
  }
  return official;
}

// toks[a, b) is a name alone, no title in it: "deputy" before it is a
// legislator ("deputy Mariana Quiroga"), not a rank ("Deputy Prime Minister").
bool only_name_after(const std::vector<Token>& toks, size_t a, size_t b) {
  if (a >= b) return false;
  for (size_t k = a; k < b; ++k)
    if (!toks[k].word() || !toks[k].capital || is_person_title(toks[k].low) ||
        is_office_object(toks[k].low) || is_np_modifier(toks[k].low) ||
        is_speaker_noun(toks[k].low))
      return false;
  return true;
}

bool leader_role(const Entity& e, const std::string&) {
  const std::string& r = e.role;
  return e.kind == SpeakerKind::kPerson &&
         ((contains(r, "president") && !contains(r, "vice")) || contains(r, "prime minister") ||
          contains(r, "chancellor") || contains(r, "leader") || contains(r, "premier"));
}
bool head_of_government_role(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kPerson &&
         (contains(e.role, "prime minister") || contains(e.role, "premier"));
}
bool minister_role(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kPerson &&
         (contains(e.role, "minister") || contains(e.role, "secretary")) &&
         !contains(e.role, "prime");
}
bool spokes_role(const Entity& e, const std::string&) { return is_spokesperson(e); }
bool ambassador_role(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kPerson && contains(e.role, "ambassador");
}
bool aide_role(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kPerson &&
         (has_word(e.role, "aide") || has_word(e.role, "adviser") || has_word(e.role, "advisor"));
}
bool media_kind(const Entity& e, const std::string&) { return e.kind == SpeakerKind::kMedia; }
bool institution_kind(const Entity& e, const std::string&) {
  return e.kind == SpeakerKind::kInstitution;
}

}  // namespace kd
