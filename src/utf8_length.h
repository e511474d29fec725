// One test of well-formed UTF-8, shared by the writers that must replace
// the same bytes with U+FFFD (the extract-line writer and the spill record,
// whose read-back has to equal a written-and-parsed extract line).
#ifndef KARABAKH_DIFF_SRC_UTF8_LENGTH_H_
#define KARABAKH_DIFF_SRC_UTF8_LENGTH_H_

#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kd {

// Length (1 to 4) of the well-formed UTF-8 sequence at s[i]; 0 when the
// bytes there are ill-formed (overlong, surrogate, beyond U+10FFFF,
// truncated), in which case callers replace the one byte s[i]. ICU's U8_NEXT
// decides, looking at most 4 bytes ahead.
inline size_t utf8_length(std::string_view s, size_t i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + i);
  const int32_t length = static_cast<int32_t>(std::min<size_t>(4, s.size() - i));
  int32_t next = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, next, length, c);
  return c < 0 ? 0 : static_cast<size_t>(next);
}

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_UTF8_LENGTH_H_
