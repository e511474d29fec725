// The whole run: paths in, Analysis out (load -> extract -> compare).
#ifndef KARABAKH_DIFF_PIPELINE_H_
#define KARABAKH_DIFF_PIPELINE_H_

#include <string>
#include <vector>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/comparer.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"

namespace kd {

struct RunOptions {
  LoadOptions load;
  CompareOptions compare;
};

// Loads every path (one that fails becomes an error diagnostic and is
// skipped; the others are still processed), extracts statements, compares.
// Never fails as a whole. `lexicon` must outlive the call only.
Analysis run(const std::vector<std::string>& paths, const Lexicon& lexicon,
             const RunOptions& options);

// Exit status a CLI should use: 2 when an input could not be read, else 1
// when divergences were flagged, else 0.
int exit_code(const Analysis& analysis);

}  // namespace kd

#endif  // KARABAKH_DIFF_PIPELINE_H_
