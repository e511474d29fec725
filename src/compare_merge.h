// Cross-article merging (private to the comparer): the same participants on
// the same date are one event; a report with only a weekday or no date joins
// the dated event it matches by participants, weekday and content.
#ifndef KARABAKH_DIFF_SRC_COMPARE_MERGE_H_
#define KARABAKH_DIFF_SRC_COMPARE_MERGE_H_

#include <cstddef>
#include <utility>
#include <vector>

#include "compare_model.h"

namespace kd::cmp {

struct MergedEvent {
  Event event;  // id, kind, date, participants, sides, documents, initiator
  std::vector<std::pair<size_t, size_t>> members;  // (document index, EventReport index)
};

// Events in id order ("E1", "E2", ... by date, undated last, then first
// mention). `evidence` is parallel to analysis.documents.
std::vector<MergedEvent> merge_events(const Analysis& analysis,
                                      const std::vector<DocEvidence>& evidence);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_MERGE_H_
