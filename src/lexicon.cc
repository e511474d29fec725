#include "karabakh_diff/lexicon.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "karabakh_diff/statement.h"
#include "lexicon_embedded.h"

namespace kd {

const char* to_string(SpeakerKind k) {
  switch (k) {
    case SpeakerKind::kPerson:
      return "person";
    case SpeakerKind::kInstitution:
      return "institution";
    case SpeakerKind::kSource:
      return "source";
    case SpeakerKind::kMedia:
      break;
  }
  return "media";
}

bool is_spokesperson(const Entity& e) {
  return e.kind == SpeakerKind::kPerson && (e.role.find("spokes") != std::string::npos ||
                                            e.role.find("press secretary") != std::string::npos);
}

bool is_state_media(const Entity& e) {
  if (e.kind != SpeakerKind::kMedia || !is_government_side(e.side)) return false;
  const std::string role = " " + e.role + " ";
  return role.find(" agency ") != std::string::npos || role.find(" state ") != std::string::npos;
}

const char* to_string(CueClass c) {
  switch (c) {
    case CueClass::kReport:
      return "report";
    case CueClass::kCommitment:
      return "commitment";
    case CueClass::kDemand:
      return "demand";
    case CueClass::kConcern:
      return "concern";
    case CueClass::kDiscussion:
      return "discussion";
    case CueClass::kDenial:
      break;
  }
  return "denial";
}

namespace {

using nlohmann::json;

// Thrown inside parsing only; merge_lexicon_json turns it into an Error.
struct BadField {
  std::string what;
};

std::string get_string(const json& obj, const char* key, bool required = true) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) throw BadField{std::string("missing \"") + key + "\""};
    return {};
  }
  if (!it->is_string()) throw BadField{std::string("\"") + key + "\" must be a string"};
  return it->get<std::string>();
}

std::vector<std::string> get_strings(const json& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.find(key);
  if (it == obj.end()) return out;
  if (!it->is_array()) throw BadField{std::string("\"") + key + "\" must be an array"};
  for (const json& v : *it) {
    if (!v.is_string()) throw BadField{std::string("\"") + key + "\" must hold strings"};
    out.push_back(v.get<std::string>());
  }
  return out;
}

const json& get_array(const json& doc, const char* key) {
  static const json kEmpty = json::array();
  auto it = doc.find(key);
  if (it == doc.end()) return kEmpty;
  if (!it->is_array()) throw BadField{std::string("\"") + key + "\" must be an array"};
  return *it;
}

SpeakerKind parse_kind(const std::string& s) {
  if (s.empty() || s == "person") return SpeakerKind::kPerson;
  if (s == "institution") return SpeakerKind::kInstitution;
  if (s == "source") return SpeakerKind::kSource;
  if (s == "media") return SpeakerKind::kMedia;
  throw BadField{"unknown entity kind \"" + s + "\""};
}

Gender parse_gender(const std::string& s) {
  if (s.empty()) return Gender::kUnknown;
  if (s == "female") return Gender::kFemale;
  if (s == "male") return Gender::kMale;
  throw BadField{"unknown gender \"" + s + "\" (female or male)"};
}

CueClass parse_class(const std::string& s) {
  static const std::pair<const char*, CueClass> kClasses[] = {
      {"report", CueClass::kReport},         {"commitment", CueClass::kCommitment},
      {"demand", CueClass::kDemand},         {"concern", CueClass::kConcern},
      {"discussion", CueClass::kDiscussion}, {"denial", CueClass::kDenial}};
  if (s.empty()) return CueClass::kReport;
  for (const auto& [name, cls] : kClasses)
    if (s == name) return cls;
  throw BadField{"unknown cue class \"" + s + "\""};
}

// What a cue takes when its entry has no "syntax": an event verb
// ("discussed") frames only with "that"; a speech act stronger than a neutral
// report takes an object ("urged restraint"), and so does a report phrase
// ending in a preposition ("draw attention to", "according to").
void default_syntax(Cue& cue) {
  if (cue.cls == CueClass::kDiscussion) {
    cue.that_only = true;
  } else if (cue.cls != CueClass::kReport) {
    cue.takes_object = true;
  } else if (const size_t space = cue.phrase.rfind(' '); space != std::string::npos) {
    const std::string_view last = std::string_view(cue.phrase).substr(space + 1);
    for (const char* p : {"to", "for", "on", "about", "of", "over"})
      if (last == p) cue.takes_object = true;
  }
}

void parse_syntax(const json& entry, Cue& cue) {
  static const std::pair<const char*, bool Cue::*> kWords[] = {
      {"object", &Cue::takes_object}, {"clause", &Cue::takes_clause},
      {"that-only", &Cue::that_only}, {"addressee", &Cue::takes_addressee},
      {"order", &Cue::takes_order},   {"act", &Cue::act}};
  if (entry.find("syntax") == entry.end()) {
    default_syntax(cue);
    return;
  }
  for (const std::string& word : get_strings(entry, "syntax")) {
    const auto* known = std::find_if(std::begin(kWords), std::end(kWords),
                                     [&](const auto& w) { return word == w.first; });
    if (known == std::end(kWords))
      throw BadField{"unknown cue syntax \"" + word +
                     "\" (known: object, clause, that-only, addressee, order, act)"};
    cue.*(known->second) = true;
  }
}

void parse_into(Lexicon& lex, const json& doc) {
  if (!doc.is_object()) throw BadField{"top level must be an object"};
  for (const json& e : get_array(doc, "entities")) {
    Entity ent;
    ent.name = get_string(e, "name");
    ent.aliases = get_strings(e, "aliases");
    ent.side = get_string(e, "side", false);
    if (ent.side.empty()) ent.side = "other";
    ent.kind = parse_kind(get_string(e, "kind", false));
    ent.role = get_string(e, "role", false);
    ent.gender = parse_gender(get_string(e, "gender", false));
    lex.entities.push_back(std::move(ent));
  }
  for (const json& c : get_array(doc, "cues")) {
    Cue cue;
    cue.phrase = get_string(c, "phrase");
    cue.forms = get_strings(c, "forms");
    cue.cls = parse_class(get_string(c, "class", false));
    if (auto it = c.find("polarity"); it != c.end()) {
      if (!it->is_number_integer()) throw BadField{"\"polarity\" must be an integer"};
      cue.polarity = it->get<int>() < 0 ? -1 : 1;
    }
    parse_syntax(c, cue);
    lex.cues.push_back(std::move(cue));
  }
  for (const json& s : get_array(doc, "sides")) {
    SideWords sw{get_string(s, "side"), get_strings(s, "words")};
    if (auto it = s.find("family_name_first"); it != s.end()) {
      if (!it->is_boolean()) throw BadField{"\"family_name_first\" must be true or false"};
      sw.family_name_first = it->get<bool>();
    }
    auto same = std::find_if(lex.sides.begin(), lex.sides.end(),
                             [&](const SideWords& x) { return x.side == sw.side; });
    if (same != lex.sides.end()) {
      same->words.insert(same->words.end(), sw.words.begin(), sw.words.end());
      same->family_name_first |= sw.family_name_first;
    } else {
      lex.sides.push_back(std::move(sw));
    }
  }
  for (const json& t : get_array(doc, "topics"))
    lex.topics.push_back(Topic{get_string(t, "name"), get_strings(t, "terms")});
  for (const json& e : get_array(doc, "event_cues"))
    lex.event_cues.push_back(EventCue{get_string(e, "phrase"), get_string(e, "kind")});
  for (auto& s : get_strings(doc, "boilerplate")) lex.boilerplate.push_back(std::move(s));
  for (auto& s : get_strings(doc, "abbreviations")) lex.abbreviations.push_back(std::move(s));
  for (auto& s : get_strings(doc, "unconditional_without"))
    lex.unconditional_without.push_back(std::move(s));
}

}  // namespace

Status merge_lexicon_json(Lexicon& lex, std::string_view json_text, std::string_view origin) {
  json doc = json::parse(json_text.begin(), json_text.end(), nullptr, /*allow_exceptions=*/false,
                         /*ignore_comments=*/true);
  if (doc.is_discarded()) return Error{std::string(origin) + ": not valid JSON"};
  Lexicon updated = lex;
  try {
    parse_into(updated, doc);
  } catch (const BadField& e) {
    return Error{std::string(origin) + ": " + e.what};
  } catch (const json::exception& e) {
    return Error{std::string(origin) + ": " + e.what()};
  }
  lex = std::move(updated);
  return Ok{};
}

Status merge_lexicon_file(Lexicon& lex, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot read lexicon file"};
  std::ostringstream ss;
  ss << in.rdbuf();
  return merge_lexicon_json(lex, ss.str(), path);
}

Status load_embedded_lexicon(Lexicon& lex) {
  for (size_t i = 0; i < kEmbeddedLexiconCount; ++i) {
    Status s = merge_lexicon_json(lex, kEmbeddedLexicon[i].text, kEmbeddedLexicon[i].name);
    if (!s.ok()) return s;
  }
  return Ok{};
}

const Lexicon& default_lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    (void)load_embedded_lexicon(l);  // checked by lexicon_test
    return l;
  }();
  return lex;
}

}  // namespace kd
