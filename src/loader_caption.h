// Loader step 3d (private): photo credits and the captions they sign.
#ifndef KARABAKH_DIFF_SRC_LOADER_CAPTION_H_
#define KARABAKH_DIFF_SRC_LOADER_CAPTION_H_

#include <string_view>

namespace kd {

// A photo credit alone on a line: an agency or "Photo", a slash, and the
// photographer ("REUTERS/Louiza Vradi", "AP Photo/Evan Vucci",
// "Sputnik/Mikhail Klimentyev/Kremlin via REUTERS"). Every word is
// capitalized but for a few particles ("via", "de", "bin"); no sentence.
bool is_photo_credit(std::string_view line);

// A caption that ends with its credit after a full stop ("... in Athens,
// December 7, 2023. REUTERS/Louiza Vradi").
bool ends_with_photo_credit(std::string_view line);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_CAPTION_H_
