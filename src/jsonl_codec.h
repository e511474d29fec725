// Helpers of the extract-line format shared by its writer and reader
// (private): base64 for the source bytes and enum names both ways.
#ifndef KARABAKH_DIFF_SRC_JSONL_CODEC_H_
#define KARABAKH_DIFF_SRC_JSONL_CODEC_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kd::jsonl {

// The length of the padded base64 of `n` bytes.
inline size_t base64_size(size_t n) { return (n + 2) / 3 * 4; }
// Stores `bytes` as padded base64 (RFC 4648, no line breaks) at `out`, which
// has room for base64_size(bytes.size()) chars; returns the end.
char* base64_write(char* out, std::string_view bytes);
// Appends `bytes` as padded base64 (RFC 4648, no line breaks) to `out`.
void base64_append(std::string& out, std::string_view bytes);
// nullopt when `text` is not padded base64 (RFC 4648, no line breaks).
std::optional<std::string> base64_decode(std::string_view text);

// The enum value whose to_string() is `name`; nullopt for none. E is one of
// the enums of the format: SpeakerKind, CueClass, Mode, DateSource,
// Severity, ReportKind, SourceClass.
template <class E>
std::optional<E> enum_named(std::string_view name, E last) {
  for (int i = 0; i <= static_cast<int>(last); ++i)
    if (name == to_string(static_cast<E>(i))) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace kd::jsonl

#endif  // KARABAKH_DIFF_SRC_JSONL_CODEC_H_
