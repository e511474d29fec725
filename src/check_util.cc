#include "check_util.h"

namespace kd {

std::string json_error_message(const nlohmann::json::exception& e) {
  std::string message = e.what();
  if (message.rfind("[json.exception.", 0) == 0)
    if (const size_t end = message.find("] "); end != std::string::npos) message.erase(0, end + 2);
  return message;
}

void flatten(const nlohmann::json& j, const std::string& prefix,
             std::map<std::string, std::string>& out) {
  if (j.is_object() && !j.empty()) {
    for (const auto& [key, value] : j.items())
      flatten(value, prefix.empty() ? key : prefix + "." + key, out);
    return;
  }
  out[prefix.empty() ? "value" : prefix] =
      j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kd
