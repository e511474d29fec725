#include "jsonl_codec.h"

#include <cstdint>
#include <cstring>

namespace kd::jsonl {

namespace {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "base64_write swaps a loaded word");

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The two base64 characters of every 12-bit value: two look-ups per three
// bytes instead of four.
struct Pairs {
  char chars[4096][2];
};
constexpr Pairs make_pairs() {
  Pairs p{};
  for (int v = 0; v < 4096; ++v) {
    p.chars[v][0] = kAlphabet[v >> 6];
    p.chars[v][1] = kAlphabet[v & 63];
  }
  return p;
}
constexpr Pairs kPairs = make_pairs();

int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

char* base64_write(char* o, std::string_view bytes) {
  const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  // Six bytes per step while eight can be read: one load, byte-swapped so
  // that the first byte is the top one, gives four 12-bit pair indices.
  for (; i + 8 <= n; i += 6, o += 8) {
    uint64_t v;
    std::memcpy(&v, b + i, 8);
    v = __builtin_bswap64(v);
    std::memcpy(o, kPairs.chars[v >> 52], 2);
    std::memcpy(o + 2, kPairs.chars[(v >> 40) & 0xFFF], 2);
    std::memcpy(o + 4, kPairs.chars[(v >> 28) & 0xFFF], 2);
    std::memcpy(o + 6, kPairs.chars[(v >> 16) & 0xFFF], 2);
  }
  for (; i + 3 <= n; i += 3, o += 4) {
    const uint32_t v = uint32_t{b[i]} << 16 | uint32_t{b[i + 1]} << 8 | b[i + 2];
    std::memcpy(o, kPairs.chars[v >> 12], 2);
    std::memcpy(o + 2, kPairs.chars[v & 0xFFF], 2);
  }
  if (i < n) {
    uint32_t v = uint32_t{b[i]} << 16;
    if (i + 1 < n) v |= uint32_t{b[i + 1]} << 8;
    o[0] = kAlphabet[v >> 18];
    o[1] = kAlphabet[(v >> 12) & 63];
    o[2] = i + 1 < n ? kAlphabet[(v >> 6) & 63] : '=';
    o[3] = '=';
    o += 4;
  }
  return o;
}

void base64_append(std::string& out, std::string_view bytes) {
  // Sized once and written through a pointer: per-character appends would
  // check the capacity four times per three bytes of a whole article.
  const size_t at = out.size();
  out.resize(at + base64_size(bytes.size()));
  base64_write(&out[at], bytes);
}

std::optional<std::string> base64_decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  for (size_t i = 0; i < text.size(); i += 4) {
    const bool last = i + 4 == text.size();
    const int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
    if (pad == 1 && text[i + 2] == '=') return std::nullopt;  // "x=y=" is not padding
    int v[4];
    for (int k = 0; k < 4 - pad; ++k)
      if ((v[k] = sextet(text[i + static_cast<size_t>(k)])) < 0) return std::nullopt;
    for (int k = 4 - pad; k < 4; ++k) v[k] = 0;
    const uint32_t n = static_cast<uint32_t>(v[0] << 18 | v[1] << 12 | v[2] << 6 | v[3]);
    out += static_cast<char>(n >> 16);
    if (pad < 2) out += static_cast<char>((n >> 8) & 0xFF);
    if (pad < 1) out += static_cast<char>(n & 0xFF);
  }
  return out;
}

}  // namespace kd::jsonl
