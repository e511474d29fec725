// Working data of the comparer (private): the lexicon-derived matchers, the
// events found in one document, and what the comparer needs to know about
// each statement.
#ifndef KARABAKH_DIFF_SRC_COMPARE_MODEL_H_
#define KARABAKH_DIFF_SRC_COMPARE_MODEL_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "compare_dates.h"
#include "compare_roles.h"
#include "compare_text.h"
#include "gazetteer.h"
#include "karabakh_diff/analysis.h"
#include "karabakh_diff/comparer.h"
#include "karabakh_diff/lexicon.h"

namespace kd::cmp {

// What an event cue says about the event (see ReportKind).
using CueKind = ReportKind;

// Stance markers of a claim, as bits.
enum Stance : unsigned {
  kSupport = 1u << 0,      // supported, agreed, welcomed, readiness, need for
  kConditional = 1u << 1,  // only if, unless, provided that
  kConcern = 1u << 2,      // concern, worried, alarmed
  kDenial = 1u << 3,       // denied, dismissed (cue class or polarity)
  kReject = 1u << 4,       // unacceptable, inadmissible, rejected, negated claim
  kDemand = 1u << 5,       // must, should, demanded
  kCommitment = 1u << 6,   // agreed, confirmed readiness (cue class commitment)
  kDiscussion = 1u << 7,   // discussed, exchanged views
};

// Stances that say yes to what a claim names, and those that say no.
inline constexpr unsigned kPositiveStance = kSupport | kCommitment | kDemand;
inline constexpr unsigned kNegativeStance = kConditional | kReject | kDenial;
inline bool positive_stance(unsigned s) { return (s & kPositiveStance) != 0; }
inline bool negative_stance(unsigned s) { return (s & kNegativeStance) != 0; }

// Who a back-reference or an event's participants are, as bits.
enum Rank : unsigned {
  kMinisters = 1u << 0,  // "the ministers", "the top diplomats"
  kLeaders = 1u << 1,    // "the two leaders", "the presidents"
};

// A topic term found in a text.
struct TopicHit {
  size_t topic;  // index into Lexicon::topics
  TokenRange range;
  // A term that names a harm ("displacement", "interference"): rejecting
  // it supports the topic's cause, as supporting the topic's remedy does.
  bool harm = false;
};

// How an event cue's kind depends on the rest of its sentence (lexicon
// kinds "spoke" and "hosted").
enum class CueRule : uint8_t {
  kPlain,
  kPlaceable,  // "spoke with": a call, unless a venue makes it a meeting
  kHostLike,   // "received", "hosted": a meeting, unless a call or a thing is received
};

// Matchers built once per run from the lexicon; read-only afterwards, so
// shared by all threads.
struct Resources {
  explicit Resources(const Lexicon& lexicon);

  const Lexicon& lexicon;
  Gazetteer gazetteer;
  Offices offices;
  PhraseMatcher event_cues;         // event_cues of kind call|meeting|talks|statement|spoke
  std::vector<CueKind> cue_kinds;   // by event_cues id
  std::vector<CueRule> cue_rules;   // by event_cues id
  PhraseMatcher venues;             // kind "venue": "on the sidelines of", "in person"
  PhraseMatcher received_things;    // kind "thing": "letter" in "received a letter from"
  PhraseMatcher references;         // kinds reference|parties|readout: "the call", "the two sides"
  std::vector<bool> names_event;    // by references id: kind "reference", the event itself
  std::vector<bool> names_parties;  // by references id: kind "parties", its participants
  // By references id: the kind of event a reference names ("the call": a
  // call), from the event cues that share its last word; talks by default.
  std::vector<CueKind> reference_kinds;
  PhraseMatcher initiative;  // kind "initiative": "at the initiative of"
  PhraseMatcher separately;  // kind "separate": "held separate calls with X and Y"
  // Kind "prospect" ("possible", "date for"), folded word by word: matched
  // on the words right before a cue, exactly (not on stems: "expected",
  // not "expects").
  std::vector<std::vector<std::string>> prospects;
  PhraseMatcher topic_terms;          // every topic term
  std::vector<size_t> term_topic;     // by topic_terms id: index into lexicon.topics
  std::vector<bool> term_harm;        // by topic_terms id: a "!" term (TopicHit::harm)
  PhraseMatcher stance_words;         // "only if", "concern*", "must"...
  std::vector<unsigned> stance_bits;  // by stance_words id: Stance bits

  std::vector<TopicHit> topics_in(const std::vector<Token>& tokens) const;
};

// One mention of an event in a sentence.
struct Mention {
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
  Span cue;  // doc text offsets of the cue phrase
};

// An event as one document reports it (merged across documents later).
struct DocEvent {
  CueKind kind = CueKind::kTalks;
  std::vector<std::string> participants;  // canonical names, in order of mention
  std::vector<std::string> sides;         // participants' sides, same order, unique
  std::optional<Date> date;
  int weekday = -1;  // known weekday when the date is not
  DateSource date_source = DateSource::kNone;
  bool vague_date = false;        // reported with "last week", "earlier this month"
  bool other_month = false;       // "last met in June 2024": no day of this story's
  bool background = false;        // "last met", "had met": told as background
  std::vector<Mention> mentions;  // in text order
  std::optional<std::string> initiator;
  std::vector<size_t> readouts;  // indexes into DocumentAnalysis::statements
};

// A stance word of a claim ("opposes", "only if") and where it is.
struct StanceMark {
  unsigned bits;
  TokenRange range;  // tokens of the claim
};

struct StatementFacts {
  std::vector<Token> claim_tokens;        // offsets into Statement::claim
  std::vector<TopicHit> topics;           // topic terms in the claim
  std::vector<std::string> claim_people;  // canonical persons named in the claim
  std::optional<Date> said_on;            // date in the attribution frame
  int said_weekday = -1;
  bool refers_back = false;       // "the call", "the two sides"... in the sentence
  bool claim_refers = false;      // the claim talks about the event: "the call was candid"
  bool claim_tells_call = false;  // names a call or meeting: "assured her in a phone call"
  unsigned refers_to = 0;         // Rank bits of the reference: "the ministers", "the two leaders"
  bool refers_to_all = false;     // opens with all the participants: "both sides", "the leaders"
  std::string frame;              // attribution as written: sentence minus claim
  SourceClass source = SourceClass::kNone;
  unsigned speech_act = 0;               // Stance bits of the reporting verb and flags
  std::vector<StanceMark> stance_marks;  // stance words in the claim
  Office speaker_office;                 // office the speaker holds or speaks for
};

// A lexicon entity named in a sentence.
struct EntityRef {
  const Entity* entity;
  TokenRange range;  // tokens of the sentence
  Span span;         // doc text offsets
};

// Everything the comparer derives from one document.
struct DocWork {
  std::vector<std::vector<Token>> sentence_tokens;     // doc offsets
  std::vector<std::vector<EntityRef>> sentence_names;  // entities named, in text order
  std::vector<SideTable> sentence_sides;               // sides named
  // People the lexicon does not know, named in sentence_names (their
  // addresses must stay put: a deque).
  std::deque<Entity> people;
  DocDates dates;
  std::vector<DocEvent> events;
  std::vector<StatementFacts> facts;  // parallel to DocumentAnalysis::statements
  std::vector<int> assigned;          // statement -> index into events, -1 none
  // Back-references ("the call") of each sentence, found on first use
  // (references_in): detect_events and describe_statements both need them.
  std::vector<std::vector<PhraseMatcher::Match>> sentence_refs;
  std::vector<bool> sentence_refs_known;
  // Once passed, the loops over sentences and statements stop early; the
  // caller discards the partial result.
  const Deadline* deadline = nullptr;
};

// res.references.find(work.sentence_tokens[s]), computed once per sentence.
inline const std::vector<PhraseMatcher::Match>& references_in(const Resources& res, DocWork& work,
                                                              size_t s) {
  if (work.sentence_refs.size() != work.sentence_tokens.size()) {
    work.sentence_refs.assign(work.sentence_tokens.size(), {});
    work.sentence_refs_known.assign(work.sentence_tokens.size(), false);
  }
  if (!work.sentence_refs_known[s]) {
    work.sentence_refs[s] = res.references.find(work.sentence_tokens[s]);
    work.sentence_refs_known[s] = true;
  }
  return work.sentence_refs[s];
}

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_MODEL_H_
