// Assigning statements to the events of their document (private to the
// comparer): the evidence that a statement is a readout of an event.
#ifndef KARABAKH_DIFF_SRC_COMPARE_ASSIGN_H_
#define KARABAKH_DIFF_SRC_COMPARE_ASSIGN_H_

#include <algorithm>
#include <string>
#include <vector>

#include "compare_model.h"

namespace kd::cmp {

// A statement goes to the best-scoring event when the score reaches this.
constexpr int kReadoutThreshold = 30;
// Paragraphs after its latest report within which an event is near.
constexpr uint32_t kNearParagraphs = 3;

template <class T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

inline bool inside(Span inner, Span outer) {
  return inner.start >= outer.start && inner.end <= outer.end;
}

// Latest mention of `e` in a sentence <= `sentence`, or nullptr.
inline const Mention* latest_mention(const DocEvent& e, size_t sentence) {
  const Mention* best = nullptr;
  for (const Mention& m : e.mentions)
    if (m.sentence <= sentence) best = &m;
  return best;
}

// What is known about the statement being placed and its neighbourhood.
struct Placing {
  const Statement& st;
  const StatementFacts& f;
  size_t first_sentence, last_sentence;
  const Entity* addressee;
  std::vector<int> context;  // events of the latest sentence reporting one
  int continues = -1;        // event of the previous statement if the chain goes on
  // The document reports no other event (background aside): the words of a
  // side of it are its readout wherever they stand ("Canberra readout:
  // none" when Wong's words came five paragraphs after the call).
  bool only_event = false;
};

// Evidence that the statement of `p` is a readout of event `e` (number
// `index` in its document): 0 for none, kReadoutThreshold or more to assign.
int score_event(const Placing& p, const DocEvent& e, int index, const Resources& res,
                const DocWork& work);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_ASSIGN_H_
