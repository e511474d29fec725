// Word and role tests of speakers named by description (private to
// extract_speaker_description.cc): which entities a role phrase may mean,
// and which unnamed speakers are officials at home.
#ifndef KARABAKH_DIFF_SRC_EXTRACT_SPEAKER_ROLES_H_
#define KARABAKH_DIFF_SRC_EXTRACT_SPEAKER_ROLES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "extract_text.h"
#include "karabakh_diff/lexicon.h"

namespace kd {

// "Sources", "a senior official", "officials familiar with the talks":
// unnamed sources or officials, no diplomats, of no region.
bool sources_at_home(const std::vector<Token>& toks, size_t a, size_t b);

// toks[a, b) is a name alone, no title in it: "deputy" before it is a
// legislator ("deputy Mariana Quiroga"), not a rank ("Deputy Prime Minister").
bool only_name_after(const std::vector<Token>& toks, size_t a, size_t b);

// Entities a role phrase may mean (the second argument, a side, is unused:
// the shape of Discourse::last_entity's test).
bool leader_role(const Entity& e, const std::string&);
bool head_of_government_role(const Entity& e, const std::string&);
bool minister_role(const Entity& e, const std::string&);
bool spokes_role(const Entity& e, const std::string&);
bool ambassador_role(const Entity& e, const std::string&);
bool aide_role(const Entity& e, const std::string&);
bool media_kind(const Entity& e, const std::string&);
bool institution_kind(const Entity& e, const std::string&);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_SPEAKER_ROLES_H_
