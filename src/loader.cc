// PLACEHOLDER — replaced by the loader implementation.
#include "karabakh_diff/loader.h"
namespace kd {
Result<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions&,
                            const Lexicon&) {
  Document d;
  d.path = std::move(path);
  d.text.assign(bytes);
  return d;
}
Result<Document> load_file(const std::string& path, const LoadOptions& o, const Lexicon& l) {
  return load_bytes(path, "", o, l);
}
}  // namespace kd
