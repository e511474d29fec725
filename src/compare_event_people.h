// Participants of events (private to the comparer): helpers of
// detect_events() that name who takes part.
#ifndef KARABAKH_DIFF_SRC_COMPARE_EVENT_PEOPLE_H_
#define KARABAKH_DIFF_SRC_COMPARE_EVENT_PEOPLE_H_

#include <utility>
#include <vector>

#include "compare_event_cues.h"
#include "compare_model.h"

namespace kd::cmp {

// Named people of tokens[range] that take part in the event of the cue at
// token `cue` (`cues`: the sentence's): not spokespeople, not "Pashinyan" in
// "Pashinyan's letter" (but "Lavrov" in "Lavrov's talks with"), not who a
// relative clause the cue is not in names (", who accompanied Erdogan,").
std::vector<const Entity*> named_people(const std::vector<EntityRef>& names, TokenRange range,
                                        size_t cue, const std::vector<Token>& tokens,
                                        const std::vector<CueHit>& cues);

// "spoke with Lavrov and, hours later, with Wang Yi": the person after
// "with" in tokens (clause_hi, hi] when only words such as "and", "hours",
// "later" (and commas) lead to it, and who is not among `people`; else
// nullptr.
const Entity* later_with(const std::vector<EntityRef>& names, const std::vector<Token>& tokens,
                         size_t clause_hi, size_t hi, const std::vector<const Entity*>& people);

// A phrase in tokens [lo, hi] of sentence `s` that names an event's
// participants ("the two leaders", "both sides"): its rank bits (Rank), a
// bit of its own when it has none; 0 without such a phrase.
unsigned parties_named_in(const Resources& res, DocWork& work, size_t s, size_t lo, size_t hi);

// The last two people of `rank` (as parties_named_in gives it) and of two
// different sides in `named` (latest last, with the sentence of their latest
// mention), named within three sentences before `s`, in the order named.
std::vector<const Entity*> last_pair(const std::vector<std::pair<const Entity*, size_t>>& named,
                                     size_t s, unsigned rank, const Resources& res);

// The person of another side than `person` named last in `named` (latest
// last, with the sentence of their latest mention), within three sentences
// before `s`, with that sentence; nullptr without one.
const std::pair<const Entity*, size_t>* last_of_other_side(
    const std::vector<std::pair<const Entity*, size_t>>& named, size_t s, const Entity& person);

// "The United States and Iran held talks": when tokens [lo, hi] of sentence
// `s` name exactly two governments, the first person of each named in
// sentence `s` + 1 (in the order of the sides); else none.
std::vector<const Entity*> people_of_sides(const DocWork& work, size_t s, size_t lo, size_t hi);

// "U.S. Secretary of State Marco Rubio told Chinese Foreign Minister Wang
// Yi on Friday that ...": the first of sentences [0, end), but `skip`, that
// names people of two governments (not in a possessive), with the first
// person of each (in the order named); {end, {}} when none does.
std::pair<size_t, std::vector<const Entity*>> lede_pair(const DocWork& work, size_t end,
                                                        size_t skip);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_EVENT_PEOPLE_H_
