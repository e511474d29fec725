// The per-event half of the cross-document step (private to the comparer),
// shared by Comparer::corpus() on documents in memory and on documents read
// back from a store: it reads only the documents of the event's members.
#ifndef KARABAKH_DIFF_SRC_COMPARE_CORPUS_H_
#define KARABAKH_DIFF_SRC_COMPARE_CORPUS_H_

#include <vector>

#include "compare_merge.h"
#include "compare_model.h"

namespace kd::cmp {

// Fills m.event.readouts (side -> statement ids) from its members.
// `evidence` is parallel to analysis.documents, which the members index.
void event_readouts(MergedEvent& m, const Analysis& analysis,
                    const std::vector<DocEvidence>& evidence);

// Sets m.event.compared (the sides of `options`, else the event's own two;
// see Comparer::corpus) and fills its divergences and agreements between
// them (and its initiator when the reports name none). Needs its readouts.
void event_findings(MergedEvent& m, const Analysis& analysis,
                    const std::vector<DocEvidence>& evidence, const Resources& res,
                    const CompareOptions& options);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_CORPUS_H_
