// Loader step 1 (private): raw bytes -> UTF-8, with a map back to the bytes.
#ifndef KARABAKH_DIFF_SRC_LOADER_DECODE_H_
#define KARABAKH_DIFF_SRC_LOADER_DECODE_H_

#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/status.h"
#include "loader_posmap.h"

namespace kd {

// Largest input the loader accepts whatever the options say: Document offsets
// are 32-bit and decoding may grow the text (Latin-1 -> UTF-8).
inline constexpr uint64_t kMaxDecodableBytes = 1ull << 30;

struct Decoded {
  // The UTF-8 text: a view of the input when it already was valid UTF-8
  // (no copy), else `storage`. Valid UTF-8 in both cases.
  std::string_view utf8() const { return owned ? std::string_view(storage) : input; }

  std::string_view input;  // the bytes given to decode (not owned)
  std::string storage;
  bool owned = false;
  PosMap map;                         // utf8() offset -> input offset; has a point at 0
  std::string encoding;               // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", ...
  std::vector<std::string> warnings;  // one-line repairs/guesses, lower case
};

// Detects the encoding of `bytes` and decodes them: BOMs (UTF-8, UTF-16LE/BE)
// win; bytes with NULs are UTF-16 without BOM when every other byte is NUL,
// else binary; valid UTF-8 is UTF-8; UTF-8 with bad sequences but at least
// as many good multi-byte ones is repaired (U+FFFD, warning); anything else goes through ICU's
// charset detector (ISO-8859-1 is read as its superset windows-1252) and ucnv. Line ends and
// Unicode oddities are left for normalize(). Fails with "empty file" or "binary file (NUL bytes)".
// `bytes` must outlive the result (it may be a view of them).
Result<Decoded> decode(std::string_view bytes);

// Decodes `bytes` as `encoding` (a Decoded::encoding value), skipping a BOM
// at the start. Used to re-decode a slice of a file whose encoding is known.
Decoded decode_as(std::string_view bytes, std::string_view encoding);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_DECODE_H_
