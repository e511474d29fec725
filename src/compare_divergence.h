// Divergences between two sides' accounts of one event (private to the
// comparer): per topic omission, contradiction, framing or agreement; the
// different focus and length of the readouts; who initiated; and how each
// side's account is sourced, per article.
#ifndef KARABAKH_DIFF_SRC_COMPARE_DIVERGENCE_H_
#define KARABAKH_DIFF_SRC_COMPARE_DIVERGENCE_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "compare_merge.h"
#include "compare_model.h"

namespace kd::cmp {

// A statement of the run: document index and statement index.
struct Ref {
  size_t doc;
  size_t st;
};

// What one side said about an event.
struct SideAccount {
  std::string side;
  std::vector<Ref> readouts;   // statements assigned to the event
  std::vector<Ref> positions;  // same-day statements of the side's officials, not about it
};

// Everything the divergence finders read: no document text, only
// statements and the evidence of their documents.
struct EventView {
  const MergedEvent& merged;
  const Analysis& analysis;
  const std::vector<DocEvidence>& evidence;
  const Resources& res;
  // Facts of the statements looked at so far, computed on first use, by
  // document and statement: the finders ask for them once per topic.
  mutable std::vector<std::vector<std::unique_ptr<StatementFacts>>> cache = {};

  const Statement& statement(Ref r) const { return analysis.documents[r.doc].statements[r.st]; }
  const StatementEvidence& notes(Ref r) const { return evidence[r.doc].statements[r.st]; }
  const StatementFacts& facts(Ref r) const;
};

SideAccount side_account(const EventView& view, const std::string& side);

// Fills event.divergences and event.agreements for sides a and b.
void find_divergences(const EventView& view, const SideAccount& a, const SideAccount& b,
                      Event& event);

// "Focus of the call": each side's readout raises topics the other never
// mentions, or one readout is far longer (framing).
void find_focus_divergence(const EventView& view, const SideAccount& a, const SideAccount& b,
                           Event& event);

// Who initiated the call according to each side; a framing divergence when
// they disagree. Sets event.initiator when the reports do not.
void find_initiator_divergence(const EventView& view, const SideAccount& a, const SideAccount& b,
                               Event& event);

// Contradictions about a thing no topic names ("direct passenger flights"):
// both sides name it in the same words, one side's stance words say yes
// to it, the other's no.
void find_object_divergences(const EventView& view, const SideAccount& a, const SideAccount& b,
                             Event& event);

// A stance in words for summaries: "denies it", "supports it", ...
const char* stance_words(unsigned stance);

std::vector<std::string> statement_ids(const EventView& view, const std::vector<Ref>& refs);

// Source divergences: one side has an official readout, the other only an
// anonymous source, a media report or nothing. One divergence per such
// pattern, quoting the attribution in the first articles that show it.
void find_source_divergences(const EventView& view, const SideAccount& a, const SideAccount& b,
                             Event& event);

// Up to `max_words` words of `claim` around tokens [range], cut at clause
// boundaries: the evidence quoted in a summary.
std::string quote_fragment(const std::string& claim, const std::vector<Token>& tokens,
                           TokenRange range, size_t max_words = 16);
// `text` shortened to about `max_bytes` at a word boundary, "..." appended.
std::string shorten(const std::string& text, size_t max_bytes);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_DIVERGENCE_H_
