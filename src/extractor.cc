// PLACEHOLDER — replaced by the extractor implementation.
#include "karabakh_diff/extractor.h"
namespace kd {
std::vector<Statement> extract(const Document&, const Lexicon&, const ExtractContext&) { return {}; }
}  // namespace kd
