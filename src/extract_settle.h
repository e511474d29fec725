// Deciding between the frames of one sentence (private to the extractor).
#ifndef KARABAKH_DIFF_SRC_EXTRACT_SETTLE_H_
#define KARABAKH_DIFF_SRC_EXTRACT_SETTLE_H_

#include <vector>

#include "extract_frames.h"
#include "extract_statement.h"

namespace kd {

// The statements-to-be of sentence `s` from all its frames (as
// FrameFinder::find gives them): frames inside another's claim nested,
// merged or dropped, continuations given their speaker, in frame order.
std::vector<Pending> settle(std::vector<Frame> frames, const SentenceView& s);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_SETTLE_H_
