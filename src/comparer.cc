// PLACEHOLDER — replaced by the comparer implementation.
#include "karabakh_diff/comparer.h"
namespace kd {
void compare(Analysis&, const Lexicon&, const CompareOptions&) {}
}  // namespace kd
