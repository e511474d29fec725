// Loader step 2a (private): whether UTF-8 text is NFC, asking ICU only about
// the stretches that hold non-ASCII characters.
#ifndef KARABAKH_DIFF_SRC_LOADER_NFC_H_
#define KARABAKH_DIFF_SRC_LOADER_NFC_H_

#include <string_view>

namespace kd {

// Same answer as ICU's NFC Normalizer2::isNormalizedUTF8(text), for valid
// and invalid UTF-8; true when ICU fails (the loader then keeps the text as
// it is, as it did when it asked ICU about the whole text).
bool is_nfc(std::string_view text);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_NFC_H_
