// Cross-article merging (private to the comparer): the same participants on
// the same date are one event; a report with only a weekday or no date joins
// the dated event it matches by participants, weekday and content.
#ifndef KARABAKH_DIFF_SRC_COMPARE_MERGE_H_
#define KARABAKH_DIFF_SRC_COMPARE_MERGE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "compare_model.h"
#include "compare_reports.h"

namespace kd::cmp {

struct MergedEvent {
  Event event;  // id, kind, date, participants, sides, documents, initiator
  std::vector<std::pair<size_t, size_t>> members;  // (document index, EventReport index)
};

// Events in id order ("E1", "E2", ... by date, undated last, then first
// mention). `reports` holds the event reports of every document, path(d)
// the path of document d.
std::vector<MergedEvent> merge_events(const ReportData& reports,
                                      const std::function<const std::string&(size_t)>& path);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_MERGE_H_
