// Real-world knowledge as data: officials, institutions, media, reporting
// verbs, side words, diplomacy topics, event phrases, page boilerplate.
// The defaults are the JSON files of data/lexicon/, compiled into the library;
// --lexicon FILE adds entries of the same format (see data/lexicon/README.md).
#ifndef KARABAKH_DIFF_LEXICON_H_
#define KARABAKH_DIFF_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/status.h"

namespace kd {

enum class SpeakerKind { kPerson, kInstitution, kSource, kMedia };
const char* to_string(SpeakerKind k);

// A person's gender, as the lexicon gives it: which of "he" and "she" can
// refer to them. Unknown for bodies and for people the lexicon leaves open.
enum class Gender { kUnknown, kFemale, kMale };

// A named speaker or relay: "Sergei Lavrov", "Russian Foreign Ministry", "Anadolu".
struct Entity {
  std::string name;                  // canonical English name
  std::vector<std::string> aliases;  // other spellings, short forms ("Lavrov", "Zakharvoa")
  std::string side;                  // "Moscow", "Ankara", ... or "other"
  SpeakerKind kind = SpeakerKind::kPerson;
  std::string role;  // "foreign minister", "news agency", ...
  Gender gender = Gender::kUnknown;
};

// Whether `e` is a person whose role is to speak for others ("foreign
// ministry spokeswoman", "White House press secretary"): the extractor
// reads "the spokesman" as such a person, the comparer takes none of them
// for a participant of a call or meeting.
bool is_spokesperson(const Entity& e);

// Whether `e` is a government's own outlet: its news agency ("Xinhua",
// "SPA") or an outlet whose role the lexicon calls state-owned ("state
// broadcaster": CGTN, TRT). What it reports is its government's readout.
bool is_state_media(const Entity& e);

// How strong or what kind of speech act a cue is (issue #4).
enum class CueClass { kReport, kCommitment, kDemand, kConcern, kDiscussion, kDenial };
const char* to_string(CueClass c);

// A reporting verb or phrase: "said", "told", "pointed out", "according to".
struct Cue {
  std::string phrase;              // lower case base form as written in the lexicon
  std::vector<std::string> forms;  // inflected forms: "says", "saying", "said"
  CueClass cls = CueClass::kReport;
  int polarity = 1;  // -1 for deny/dismiss/reject
  // What may follow the verb: the entry's "syntax" words, or defaults by
  // class when it has none (data/lexicon/README.md).
  bool takes_object = false;     // "object": a noun phrase as content ("stressed the importance")
  bool takes_clause = false;     // "clause": a bare clause ("said the talks failed")
  bool that_only = false;        // "that-only": frames only with "that" ("discussed", "agreed")
  bool takes_addressee = false;  // "addressee": a listener first ("told Lavrov that")
  bool takes_order = false;      // "order": listener and infinitive ("told Wang to stop")
  // "act": reports what the speaker did ("welcomed", "raised"), not words:
  // inside another frame's claim it is part of that claim, never speech
  // nested in it ("According to the source, Putin welcomed the proposal").
  bool act = false;
};

// Words that point at a side: country names, demonyms, capitals, metonyms.
struct SideWords {
  std::string side;                // "Moscow"
  std::vector<std::string> words;  // "Russia", "Russian", "Moscow", "Kremlin", "Russians"
  // Its people's names open with the family name ("Wang Yi", "Pham Minh
  // Chinh"), so a name's first word is no first name.
  bool family_name_first = false;
};

// A diplomacy topic with its terms (folded, multi-word allowed).
struct Topic {
  std::string name;                // "ceasefire"
  std::vector<std::string> terms;  // "ceasefire", "cease-fire", "halt to fighting", ...
};

// A phrase that signals a call, a meeting or a published statement.
struct EventCue {
  std::string phrase;  // "telephone conversation", "spoke by phone", "met"
  // "call" | "meeting" | "statement" (a published joint statement) | "talks"
  // (a call or a meeting: other reports decide) | "reference" (points back to
  // an event already reported: "the call") | "initiative" ("at the initiative of")
  std::string kind;
};

struct Lexicon {
  std::vector<Entity> entities;
  std::vector<Cue> cues;
  std::vector<SideWords> sides;
  std::vector<Topic> topics;
  std::vector<EventCue> event_cues;
  std::vector<std::string> boilerplate;    // widget/navigation phrases, folded
  std::vector<std::string> abbreviations;  // "Nov.", "U.N.", "Mr." (sentence-split fix-ups)
  // Words that, after "without", name no condition ("without preconditions",
  // "without delay").
  std::vector<std::string> unconditional_without;
};

// The lexicon compiled into the binary. Never fails at run time: the build
// checks the embedded files (a broken default is a build/test failure).
const Lexicon& default_lexicon();

// Parses one lexicon document (JSON object with any of the keys entities,
// cues, sides, topics, event_cues, boilerplate, abbreviations,
// unconditional_without) and appends
// its entries to `lex`. `origin` names the source in error messages.
// Fails with a one-line message on malformed JSON or wrong field types;
// `lex` is unchanged on failure.
Status merge_lexicon_json(Lexicon& lex, std::string_view json_text, std::string_view origin);

// Reads FILE and merges it as above; fails if it cannot be read.
Status merge_lexicon_file(Lexicon& lex, const std::string& path);

}  // namespace kd

#endif  // KARABAKH_DIFF_LEXICON_H_
