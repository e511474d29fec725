// Event cues of a sentence (private to the comparer): which phrases report
// a call or meeting, of which kind, and whether the clause plans it rather
// than reports it. Helpers of detect_events().
#ifndef KARABAKH_DIFF_SRC_COMPARE_EVENT_CUES_H_
#define KARABAKH_DIFF_SRC_COMPARE_EVENT_CUES_H_

#include <vector>

#include "compare_model.h"

namespace kd::cmp {

struct CueHit {
  CueKind kind;
  TokenRange range;
};

// Whether mentions of kinds `a` and `b` may report one event ("talks" fits
// a call or a meeting; a joint statement fits only itself).
bool kinds_fit(CueKind a, CueKind b);

// Event cues of a sentence, in text order; overlapping phrases and a cue
// restating the one before are one cue (see compare_event_cues.cc).
std::vector<CueHit> cue_hits(const Resources& res, const std::vector<Token>& tokens,
                             const std::vector<EntityRef>& names);

// A cue at token `cue` in a clause from `clause_lo` that plans the event
// ("will meet", "plans to hold talks", the lexicon's prospects).
bool planned(const Resources& res, const std::vector<Token>& tokens, size_t clause_lo, size_t cue);

// The clause tokens[lo, hi] says its event was held with each party apart
// ("separate calls", "spoke separately").
bool separate_events(const Resources& res, const std::vector<Token>& tokens, size_t lo, size_t hi);

// "in June 2024", "in 2024": a month and a year, or a year alone after
// "in", among tokens [lo, hi]; no day.
bool month_and_year_in(const std::vector<Token>& tokens, size_t lo, size_t hi);

// "last met", "previously spoke", "had met": the word before the cue at
// token `cue` tells of an earlier event.
bool told_as_background(const std::vector<Token>& tokens, size_t cue);

// "Trump, who spoke with Xi by phone a week before his inauguration, said":
// the cue at token `cue` opens a relative clause that places its event
// before the story's ("before", "ago", "earlier", "last"): an aside, no event
// of the story. The token after the aside, or 0 when the cue opens none.
size_t past_aside(const std::vector<Token>& tokens, size_t cue);

// "the previous (telephone) conversation", "their last call": a word after
// "the" or "their" before the reference or cue at token `at` (within two)
// makes it an earlier event than the one talked about.
bool earlier_one_before(const std::vector<Token>& tokens, size_t at);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_EVENT_CUES_H_
