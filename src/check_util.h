// Helpers of the golden checks (private to src/check*.cc).
#ifndef KARABAKH_DIFF_SRC_CHECK_UTIL_H_
#define KARABAKH_DIFF_SRC_CHECK_UTIL_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace kd {

// "parse error at line 3, column 1: ..." without nlohmann's
// "[json.exception.parse_error.101]" prefix, which means nothing to a user.
std::string json_error_message(const nlohmann::json::exception& e);

// Every leaf of `j` as "dotted.path" -> compact JSON ("speaker.side" ->
// "\"Moscow\""); lists are one leaf, so a changed list is one line.
void flatten(const nlohmann::json& j, const std::string& prefix,
             std::map<std::string, std::string>& out);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_CHECK_UTIL_H_
