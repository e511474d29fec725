// Loader (private): what the loader derives from the lexicon, prepared once
// per run instead of once per document, and the entry points that take it.
#ifndef KARABAKH_DIFF_SRC_LOADER_RESOURCES_H_
#define KARABAKH_DIFF_SRC_LOADER_RESOURCES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "karabakh_diff/loader.h"
#include "loader_boilerplate.h"
#include "loader_sentences.h"

namespace kd {

// Everything the loader needs from a lexicon, folded and sorted: the widget
// phrases, the folded names and aliases of media entities (to choose the
// outlet among the names of a byline) and of government bodies (a readout's
// publisher line), the abbreviations. Views of the
// lexicon: it must outlive this.
struct LoadResources {
  explicit LoadResources(const Lexicon& lexicon);

  // Whether `name` folds to the name or alias of a media entity.
  bool is_media(const std::string& name) const;
  // Whether `name` folds to the name or alias of a government's institution
  // ("Ministry of Foreign Affairs of Japan"): the publisher of its readouts.
  bool is_government_body(std::string_view name) const;

  BoilerplateMatcher boilerplate;
  std::unordered_set<std::string> media_names;        // folded
  std::unordered_set<std::string> government_bodies;  // folded
  AbbreviationSet abbreviations;
};

// load_bytes() and load_file() with resources prepared from `lexicon`
// (the public ones prepare their own, cached per thread).
Result<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions& options,
                            const LoadResources& resources);
Result<Document> load_file(const std::string& path, const LoadOptions& options,
                           const LoadResources& resources, std::string* bytes_read = nullptr);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_RESOURCES_H_
