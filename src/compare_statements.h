// What the comparer reads off each statement (private): topics, stance,
// people named, attribution frame, how it is sourced, when it was said; and
// the assignment of statements to the events of their document.
#ifndef KARABAKH_DIFF_SRC_COMPARE_STATEMENTS_H_
#define KARABAKH_DIFF_SRC_COMPARE_STATEMENTS_H_

#include <string>
#include <vector>

#include "compare_model.h"

namespace kd::cmp {

// The facts a claim alone gives: tokens, topics, speech act, stance words
// (the other fields of `f` are left alone).
void describe_claim(const Statement& st, const Resources& res, StatementFacts& f);
// The same from the claim's tokens, made already (`tokens`: tokenize(st.claim)).
void describe_tokens(const Statement& st, const Resources& res, std::vector<Token> tokens,
                     StatementFacts& f);

// Fills work.facts for every statement of `da`. Needs work.sentence_tokens
// and work.dates.
void describe_statements(const DocumentAnalysis& da, const Resources& res, DocWork& work);

// Fills work.assigned and DocEvent::readouts: a statement is a readout of an
// event when its sentence reports the event, its speaker took part, it names
// the participants, refers back ("the call", "the two sides"), continues the
// previous readout, or is the participants' institution speaking next to
// the report. Statements on other matters stay unassigned.
void assign_statements(const DocumentAnalysis& da, const Resources& res, DocWork& work);

// Stance bits of the stance words near tokens `range` of the claim, in the
// same clause: on either side of it, or before it only unless they deny
// ("agreed to restore direct flights", "direct flights were not discussed";
// not "the two sides agreed", whose subject is no object of "agreed").
enum class MarksFrom { kEither, kBeforeOrDenial };
unsigned marks_near(const StatementFacts& facts, TokenRange range, MarksFrom from);

// Stance of a statement on the topic at `hit`: its speech act plus the
// stance words near the term, in the same clause.
unsigned stance_on(const StatementFacts& facts, const TopicHit& hit);

// Attribution frame of a statement: its sentence(s) without the claim,
// trimmed of quotes and punctuation ("said readout of the call publicized
// by the Russian foreign ministry").
std::string attribution_frame(const Document& doc, const Statement& st);

// Rank bits of a reference to participants: "the two ministers" ->
// kMinisters, "the leaders" -> kLeaders, "both sides" -> 0.
unsigned rank_named(const std::vector<Token>& tokens, TokenRange r);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_STATEMENTS_H_
