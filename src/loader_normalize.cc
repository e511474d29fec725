#include "loader_normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <array>

#include "ascii8.h"
#include "loader_nfc.h"

namespace kd {

namespace {

// What to do with one character.
enum class Act : uint8_t {
  kKeep,
  kDrop,       // invisible or control character
  kSpace,      // exotic space -> ' '
  kNewline,    // VT, FF, NEL, U+2028/9 -> '\n'
  kCr,         // CR or CR LF -> '\n'
  kDash,       // – — ‒ − ... -> '-'
  kDouble,     // “ ” „ ‟ « » -> '"'
  kSingle,     // ' ‘ ’ ‚ ‛ -> '\'', two in a row -> '"'
  kGuillemet,  // ‹ › -> '\'' (never paired: ‹‹ is not a convention)
  kBacktick,   // `` -> '"'; a lone ` stays
};

constexpr std::array<Act, 128> make_ascii_table() {
  std::array<Act, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = Act::kDrop;
  t['\t'] = Act::kKeep;
  t['\n'] = Act::kKeep;
  t['\r'] = Act::kCr;
  t['\v'] = Act::kNewline;
  t['\f'] = Act::kNewline;
  t[0x7F] = Act::kDrop;
  t['\''] = Act::kSingle;
  t['`'] = Act::kBacktick;
  return t;
}
constexpr std::array<Act, 128> kAsciiActs = make_ascii_table();

Act act_of(UChar32 c) {
  if (c < 0x80) return kAsciiActs[c];
  if (c < 0xA0) return c == 0x85 ? Act::kNewline : Act::kDrop;  // C1 controls
  switch (c) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return Act::kSpace;
    case 0x00AD:
    case 0x180E:
    case 0xFEFF:
      return Act::kDrop;
    case 0x00AB:
    case 0x00BB:
      return Act::kDouble;
    case 0x2028:
    case 0x2029:
      return Act::kNewline;
    case 0x2039:
    case 0x203A:
      return Act::kGuillemet;
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return Act::kDash;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return Act::kSpace;
  if (c >= 0x200B && c <= 0x200F) return Act::kDrop;  // ZWSP, ZWNJ, ZWJ, LRM, RLM
  if (c >= 0x2010 && c <= 0x2015) return Act::kDash;
  if (c >= 0x2018 && c <= 0x201B) return Act::kSingle;
  if (c >= 0x201C && c <= 0x201F) return Act::kDouble;
  if (c >= 0x202A && c <= 0x202E) return Act::kDrop;  // bidi embeddings
  if (c >= 0x2060 && c <= 0x206F && c != 0x2065) return Act::kDrop;
  return Act::kKeep;
}

// Whether kAsciiActs keeps all eight bytes of `w`: ASCII, and no control
// but tab and newline, no DEL, ' or `. The copy loop skips such words.
// Once the high bits are known clear, adding a constant below 0x80 to a
// byte never carries into the next one, so each test is an add or two and
// sets the byte's high bit: x + 0x7F for x != 0, w + 0x60 for w >= 0x20,
// w + 1 for w == DEL.
bool keeps_all(uint64_t w) {
  if ((w & kHigh8) != 0) return false;
  auto nonzero = [](uint64_t x) { return x + kOnes8 * 0x7F; };
  const uint64_t printable = w + kOnes8 * 0x60;
  const uint64_t tab_or_newline = ~nonzero(w ^ (kOnes8 * '\t')) | ~nonzero(w ^ (kOnes8 * '\n'));
  const uint64_t not_del = ~(w + kOnes8);
  const uint64_t keep = (printable | tab_or_newline) & not_del & nonzero(w ^ (kOnes8 * '\'')) &
                        nonzero(w ^ (kOnes8 * '`'));
  return (keep & kHigh8) == kHigh8;
}

// Only these UTF-8 lead bytes start a character that act_of() changes; all
// other non-ASCII characters are copied without decoding.
inline bool may_act(uint8_t lead) {
  return lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF;
}

// Re-bases `map` (pre -> original) onto the NFC output described by `edits`.
PosMap compose(const PosMap& map, const icu::Edits& edits, uint32_t pre_size) {
  PosMap out;
  PosMap::Cursor cursor(map);
  const auto& points = map.points();
  size_t j = 0;
  UErrorCode status = U_ZERO_ERROR;
  icu::Edits::Iterator it = edits.getCoarseIterator();
  uint32_t post_size = 0;
  while (it.next(status)) {
    const auto s = static_cast<uint32_t>(it.sourceIndex());
    const auto d = static_cast<uint32_t>(it.destinationIndex());
    out.add(d, cursor.src(s));
    post_size = d + static_cast<uint32_t>(it.newLength());
    if (it.hasChange()) continue;
    const uint32_t s_end = s + static_cast<uint32_t>(it.oldLength());
    while (j < points.size() && points[j].dst <= s) ++j;
    for (; j < points.size() && points[j].dst < s_end; ++j)
      out.add(d + (points[j].dst - s), points[j].src);
  }
  out.add(post_size, cursor.src(pre_size));
  return out;
}

}  // namespace

void normalize(const Decoded& decoded, std::string& text, OffsetMap& offsets) {
  std::string_view in = decoded.utf8();
  const PosMap* map = &decoded.map;

  // NFC. Scraped text nearly always is NFC already; only when it is not do we
  // pay for a copy and for re-basing the map.
  std::string nfc_text;
  PosMap nfc_map;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  if (U_SUCCESS(status) && !is_nfc(in)) {
    icu::StringByteSink<std::string> sink(&nfc_text);
    icu::Edits edits;
    nfc->normalizeUTF8(0, piece, sink, &edits, status);
    if (U_SUCCESS(status)) {
      nfc_map = compose(decoded.map, edits, static_cast<uint32_t>(in.size()));
      in = nfc_text;
      map = &nfc_map;
    }
  }

  text.clear();
  text.reserve(in.size());
  offsets = OffsetMap();
  PosMap::Cursor cursor(*map);
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const auto n = static_cast<uint32_t>(in.size());
  uint32_t p = 0;
  while (p < n) {
    offsets.add(static_cast<uint32_t>(text.size()), cursor.src(p));
    // Copy the longest run of unchanged characters inside one linear run of
    // the map.
    const uint32_t limit = std::min(n, cursor.run_end(n));
    uint32_t q = p;
    while (q + 8 <= limit && keeps_all(load8(s + q))) q += 8;
    while (q < limit) {
      const uint8_t b = s[q];
      if (b < 0x80) {
        if (kAsciiActs[b] != Act::kKeep) break;
        ++q;
      } else if (may_act(b)) {
        uint32_t next = q;
        UChar32 c;
        U8_NEXT_UNSAFE(s, next, c);
        if (act_of(c) != Act::kKeep) break;
        q = next;
      } else {
        U8_FWD_1_UNSAFE(s, q);
      }
    }
    if (q > p) {
      text.append(in.data() + p, q - p);
      p = q;
      continue;
    }
    UChar32 c;
    U8_NEXT_UNSAFE(s, q, c);
    const Act act = act_of(c);
    auto next_act = [&](UChar32* next_c) {
      if (q >= n) return Act::kKeep;
      uint32_t r = q;
      U8_NEXT_UNSAFE(s, r, *next_c);
      return act_of(*next_c);
    };
    UChar32 c2 = 0;
    switch (act) {
      case Act::kKeep:
        text.append(in.data() + p, q - p);
        break;
      case Act::kDrop:
        break;
      case Act::kSpace:
        text.push_back(' ');
        break;
      case Act::kNewline:
        text.push_back('\n');
        break;
      case Act::kCr:
        text.push_back('\n');
        if (q < n && s[q] == '\n') ++q;
        break;
      case Act::kDash:
        text.push_back('-');
        break;
      case Act::kDouble:
        text.push_back('"');
        break;
      case Act::kGuillemet:
        text.push_back('\'');
        break;
      case Act::kSingle:
        if (next_act(&c2) == Act::kSingle) {
          U8_FWD_1_UNSAFE(s, q);
          text.push_back('"');
        } else {
          text.push_back('\'');
        }
        break;
      case Act::kBacktick:
        if (q < n && s[q] == '`') {
          ++q;
          text.push_back('"');
        } else {
          text.push_back('`');
        }
        break;
    }
    p = q;
  }
  offsets.add(static_cast<uint32_t>(text.size()), cursor.src(n));
}

std::string normalize_bytes(std::string_view bytes, std::string_view encoding) {
  std::string text;
  OffsetMap offsets;
  normalize(decode_as(bytes, encoding), text, offsets);
  return text;
}

}  // namespace kd
