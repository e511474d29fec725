// Stage 3: statements of all documents in, events with readouts and
// divergences out.
#ifndef KARABAKH_DIFF_COMPARER_H_
#define KARABAKH_DIFF_COMPARER_H_

#include <optional>
#include <string>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/lexicon.h"

namespace kd {

struct CompareOptions {
  std::string side_a = "Moscow";  // the two sides whose readouts are lined up
  std::string side_b = "Ankara";
};

// Detects calls, meetings and published statements in every document,
// merges the same event across documents, assigns statements to events
// (sets Statement::event) and fills analysis.events with readouts,
// divergences and agreements between options.side_a and options.side_b.
// Deterministic: same input, same ids and order. Never fails.
void compare(Analysis& analysis, const Lexicon& lexicon, const CompareOptions& options = {});

}  // namespace kd

#endif  // KARABAKH_DIFF_COMPARER_H_
