#include "karabakh_diff/status.h"

namespace kd {

const char* to_string(Severity s) { return s == Severity::kError ? "error" : "warning"; }

}  // namespace kd
