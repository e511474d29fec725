// The data/lexicon/*.json files compiled into the library (private). The
// definitions are generated at build time by cmake/embed_lexicon.cmake.
#ifndef KARABAKH_DIFF_SRC_LEXICON_EMBEDDED_H_
#define KARABAKH_DIFF_SRC_LEXICON_EMBEDDED_H_

#include <cstddef>

#include "karabakh_diff/lexicon.h"

namespace kd {

struct EmbeddedFile {
  const char* name;  // "data/lexicon/cues.json"
  const char* text;
};

extern const EmbeddedFile kEmbeddedLexicon[];
extern const size_t kEmbeddedLexiconCount;

// Merges every embedded file into `lex`, in file name order; fails on the
// first malformed one (default_lexicon() ignores that; tests check it).
Status load_embedded_lexicon(Lexicon& lex);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LEXICON_EMBEDDED_H_
