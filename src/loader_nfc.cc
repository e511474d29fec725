#include "loader_nfc.h"

#include <unicode/normalizer2.h>

#include <cstdint>

#include "ascii8.h"

namespace kd {

// ICU's check reads articles (nearly all ASCII) at a few instructions a
// byte; eight ASCII bytes are one test here. Splitting is exact because
// every ASCII character is an NFC composition boundary: it is a starter
// (combining class 0), NFC_Quick_Check=Yes, and the second character of no
// canonical composition, so nothing reorders across it or composes with what
// came before it. The text is NFC iff every piece between such boundaries
// is. A piece is one run of non-ASCII bytes with the ASCII character before
// it ("e" + U+0301 composes), up to the next ASCII character.
bool is_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return true;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  for (;;) {
    const size_t run = skip_ascii(s, i, n);
    if (run == n) return true;
    const size_t from = run > 0 ? run - 1 : 0;
    size_t to = run;
    while (to < n && s[to] >= 0x80) ++to;
    const icu::StringPiece piece(text.data() + from, static_cast<int32_t>(to - from));
    const bool yes = nfc->isNormalizedUTF8(piece, status);
    if (U_FAILURE(status)) return true;
    if (!yes) return false;
    i = to;
  }
}

}  // namespace kd
