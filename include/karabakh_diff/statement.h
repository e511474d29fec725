// An attributed statement: who said what, on whose account, through whom.
#ifndef KARABAKH_DIFF_STATEMENT_H_
#define KARABAKH_DIFF_STATEMENT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "karabakh_diff/date.h"
#include "karabakh_diff/document.h"
#include "karabakh_diff/lexicon.h"

namespace kd {

enum class Mode { kDirect, kIndirect, kMixed };
const char* to_string(Mode m);

// A side that names a government ("Moscow", "NATO"), not "joint", "other"
// or none.
inline bool is_government_side(const std::string& side) {
  return !side.empty() && side != "other" && side != "joint";
}

struct Speaker {
  std::string name;     // canonical ("Mevlut Cavusoglu", "Turkish diplomatic source")
  std::string mention;  // as written in the text ("Zakharvoa", "He")
  std::string side;     // "Moscow", "Ankara", ..., "joint" or "other"
  SpeakerKind kind = SpeakerKind::kPerson;
  bool anonymous = false;  // "a diplomatic source", "sources said"
};

struct Statement {
  std::string id;  // stable: "<file stem>:<claim start byte>"
  Speaker speaker;
  std::string account;             // whose readout this is (side)
  std::optional<std::string> via;  // relay outlet/agency ("Anadolu")
  // Nested speech: who passed the words on between the speaker and `via`
  // ("A Turkish diplomatic source told Anadolu that Cavusoglu told Lavrov
  // that ..." -> relay "Turkish diplomatic source", anonymous).
  std::optional<Speaker> relay;
  std::optional<std::string> addressee;  // "Lavrov", "reporters", "parliament"
  Mode mode = Mode::kIndirect;
  std::string cue;  // reporting verb/phrase as written ("told", "according to")
  CueClass cue_class = CueClass::kReport;
  int polarity = 1;          // cue polarity: -1 for denials
  bool negated = false;      // the claim is negated ("no", "not", "never")
  bool conditional = false;  // the claim has a condition ("only if", "without", "unless")
  std::string claim;         // said content, no frame, no quote marks
  std::optional<Date> date;
  DateSource date_source = DateSource::kNone;
  std::optional<std::string> event;  // event id, filled by the comparer
  Span span;                         // claim bytes in the ORIGINAL file
  Span text_span;                    // claim bytes in Document::text
  uint32_t sentence = 0;             // index of the first sentence of the claim
  uint32_t paragraph = 0;            // paragraph of that sentence
  std::string rule;                  // which extraction rule fired (for --explain)
};

}  // namespace kd

#endif  // KARABAKH_DIFF_STATEMENT_H_
