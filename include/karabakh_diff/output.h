// Writing results and helping users with their command lines.
#ifndef KARABAKH_DIFF_OUTPUT_H_
#define KARABAKH_DIFF_OUTPUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/status.h"

namespace kd {

// Writes `content` to `path` atomically: a temporary file in the same
// directory, flushed and renamed over `path`. On failure (directory missing,
// disk full, permission) `path` is untouched and no temporary is left.
Status write_file_atomically(const std::string& path, std::string_view content);

// The candidate closest to `word` by edit distance, if it is close enough to
// be a likely typo ("--formt" -> "--format"); "" otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Keeps only the event `id` in analysis.events (for --event). Fails with
// "no event ID (events: E1, E2)" when there is no such event.
Status select_event(Analysis& analysis, const std::string& id);

// All side names the lexicon knows (from side words and entities), sorted.
std::vector<std::string> known_sides(const Lexicon& lexicon);

}  // namespace kd

#endif  // KARABAKH_DIFF_OUTPUT_H_
