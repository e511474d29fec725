// Loader step 2 (private): decoded UTF-8 -> Document::text and its offsets.
#ifndef KARABAKH_DIFF_SRC_LOADER_NORMALIZE_H_
#define KARABAKH_DIFF_SRC_LOADER_NORMALIZE_H_

#include <string>
#include <string_view>

#include "karabakh_diff/document.h"
#include "loader_decode.h"

namespace kd {

// Writes the normalized form of `decoded` (see Document::text: NFC, line ends
// as \n, ‘’“”„«» and doubled single quotes straightened, dashes to '-',
// exotic spaces to ' ', invisible and control characters removed) to `text`
// and maps every text offset to the original byte offset in `offsets`,
// including text.size() -> end of input.
//
// Every rule looks at one character or a pair of adjacent quote characters,
// so normalizing a slice of the input gives the matching slice of the text:
// this is what makes OffsetMap spans round-trip (see normalize_bytes).
void normalize(const Decoded& decoded, std::string& text, OffsetMap& offsets);

// decode_as(bytes, encoding) followed by normalize(): the text that a span of
// an original file of that encoding stands for.
std::string normalize_bytes(std::string_view bytes, std::string_view encoding);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_NORMALIZE_H_
