// PLACEHOLDER — replaced by the gazetteer implementation.
#include "gazetteer.h"
namespace kd {
struct Gazetteer::Impl {};
Gazetteer::Gazetteer(const Lexicon&) : impl_(std::make_shared<Impl>()) {}
std::vector<EntityMention> Gazetteer::find(std::string_view) const { return {}; }
std::string Gazetteer::side_of_word(std::string_view) const { return ""; }
const Entity* Gazetteer::by_name(std::string_view) const { return nullptr; }
}  // namespace kd
