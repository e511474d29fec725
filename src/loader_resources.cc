#include "loader_resources.h"

#include <algorithm>
#include <memory>

#include "fold.h"
#include "karabakh_diff/statement.h"

namespace kd {

namespace {

// Media and government bodies: the entities that may publish an article.
bool may_publish(const Entity& e) {
  return e.kind == SpeakerKind::kMedia ||
         (e.kind == SpeakerKind::kInstitution && is_government_side(e.side));
}

template <class F>
void for_each_publisher_name(const Lexicon& lexicon, F f) {
  for (const Entity& e : lexicon.entities) {
    if (!may_publish(e)) continue;
    f(e, e.name);
    for (const std::string& alias : e.aliases) f(e, alias);
  }
}

// The parts of `lexicon` the loader reads, for comparing and owning.
Lexicon loader_part(const Lexicon& lexicon) {
  Lexicon part;
  part.boilerplate = lexicon.boilerplate;
  part.abbreviations = lexicon.abbreviations;
  for (const Entity& e : lexicon.entities)
    if (may_publish(e)) part.entities.push_back(e);
  return part;
}

bool same_loader_part(const Lexicon& a, const Lexicon& b) {
  if (a.boilerplate != b.boilerplate || a.abbreviations != b.abbreviations) return false;
  std::vector<const std::string*> names;
  for_each_publisher_name(a, [&](const Entity&, const std::string& n) { names.push_back(&n); });
  size_t i = 0;
  bool same = true;
  for_each_publisher_name(b, [&](const Entity&, const std::string& n) {
    same = same && i < names.size() && *names[i] == n;
    ++i;
  });
  return same && i == names.size();
}

// Callers of the public entry points pass a lexicon per call that is nearly
// always the same: the resources are kept per thread, built from a copy of
// the parts they read, and rebuilt when those differ (compared as written,
// which is cheap next to folding).
const LoadResources& cached_resources(const Lexicon& lexicon) {
  struct Cached {
    Lexicon part;
    std::unique_ptr<LoadResources> resources;
  };
  thread_local Cached cached;
  if (!cached.resources || !same_loader_part(cached.part, lexicon)) {
    cached.resources.reset();
    cached.part = loader_part(lexicon);
    cached.resources = std::make_unique<LoadResources>(cached.part);
  }
  return *cached.resources;
}

}  // namespace

LoadResources::LoadResources(const Lexicon& lexicon)
    : boilerplate(lexicon.boilerplate), abbreviations(lexicon.abbreviations) {
  for_each_publisher_name(lexicon, [&](const Entity& e, const std::string& n) {
    (e.kind == SpeakerKind::kMedia ? media_names : government_bodies).insert(fold(n));
  });
}

bool LoadResources::is_media(const std::string& name) const {
  return media_names.count(fold(name)) > 0;
}

bool LoadResources::is_government_body(std::string_view name) const {
  return government_bodies.count(fold(name)) > 0;
}

Result<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions& options,
                            const Lexicon& lexicon) {
  return load_bytes(std::move(path), bytes, options, cached_resources(lexicon));
}

Result<Document> load_file(const std::string& path, const LoadOptions& options,
                           const Lexicon& lexicon, std::string* bytes_read) {
  return load_file(path, options, cached_resources(lexicon), bytes_read);
}

}  // namespace kd
