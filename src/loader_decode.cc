#include "loader_decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstring>
#include <memory>

#include "ascii8.h"

namespace kd {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

struct Utf8Scan {
  size_t multibyte = 0;      // well-formed non-ASCII sequences
  size_t bad_sequences = 0;  // ill-formed sequences (each becomes one U+FFFD)
  size_t bad_bytes = 0;
};

Utf8Scan scan_utf8(std::string_view in, size_t start) {
  Utf8Scan scan;
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const auto n = static_cast<int32_t>(in.size());
  int32_t i = static_cast<int32_t>(start);
  // Articles are mostly ASCII: skipped eight bytes at a time.
  while ((i = static_cast<int32_t>(skip_ascii(s, i, n))) < n) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      ++scan.bad_sequences;
      scan.bad_bytes += static_cast<size_t>(i - begin);
    } else {
      ++scan.multibyte;
    }
  }
  return scan;
}

// Copies UTF-8 from `start`, replacing each ill-formed sequence (ICU's
// "maximal subpart" rule) by U+FFFD.
void repair_utf8(std::string_view in, size_t start, Decoded& out) {
  out.owned = true;
  std::string& text = out.storage;
  text.reserve(in.size() - start + 16);
  out.map.add(0, static_cast<uint32_t>(start));
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const auto n = static_cast<int32_t>(in.size());
  int32_t i = static_cast<int32_t>(start);
  int32_t run = i;  // start of the pending well-formed run
  while (i < n) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) continue;
    text.append(in.data() + run, static_cast<size_t>(begin - run));
    out.map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(begin));
    text.append("\xEF\xBF\xBD");
    out.map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(i));
    run = i;
  }
  text.append(in.data() + run, static_cast<size_t>(n - run));
  out.map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(n));
}

// `scan` is scan_utf8(in, start), which decode() has already made when it
// chose UTF-8: a second pass over the whole file would cost as much again.
void decode_utf8(std::string_view in, size_t start, const Utf8Scan& scan, Decoded& out) {
  out.encoding = "UTF-8";
  if (scan.bad_sequences == 0) {
    out.input = in.substr(start);  // the common case: a view of the input, no copy
    out.map.add(0, static_cast<uint32_t>(start));
    return;
  }
  repair_utf8(in, start, out);
  out.warnings.push_back("invalid UTF-8 replaced (" + std::to_string(scan.bad_bytes) +
                         (scan.bad_bytes == 1 ? " byte)" : " bytes)"));
}

void decode_utf8(std::string_view in, size_t start, Decoded& out) {
  decode_utf8(in, start, scan_utf8(in, start), out);
}

// Converts with ICU from `start`; ucnv reports, per UTF-16 unit, the offset of
// the source bytes that produced it, which becomes the map.
void convert(std::string_view in, size_t start, const char* charset, Decoded& out) {
  out.owned = true;
  out.map.add(0, static_cast<uint32_t>(start));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) {
    out.warnings.push_back(std::string("unknown encoding ") + charset + ", read as windows-1252");
    status = U_ZERO_ERROR;
    cnv.reset(ucnv_open("windows-1252", &status));
    if (U_FAILURE(status)) return;
  }
  std::string& text = out.storage;
  text.reserve(in.size() - start + 16);
  constexpr int32_t kChunk = 8192;
  UChar units[kChunk];
  int32_t offsets[kChunk];
  const char* src = in.data() + start;
  const char* const limit = in.data() + in.size();
  UChar32 lead = 0;  // a lead surrogate left at the end of a chunk
  uint32_t lead_orig = 0;
  uint32_t orig = static_cast<uint32_t>(start);
  for (;;) {
    UChar* target = units;
    const char* const call_src = src;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, units + kChunk, &src, limit, offsets, /*flush=*/true,
                   &status);
    const int32_t count = static_cast<int32_t>(target - units);
    for (int32_t k = 0; k < count; ++k) {
      // -1: produced from bytes buffered by an earlier call; keep the last offset.
      if (offsets[k] >= 0) orig = static_cast<uint32_t>(call_src - in.data() + offsets[k]);
      UChar32 c = units[k];
      uint32_t c_orig = orig;
      if (U16_IS_LEAD(c)) {
        if (lead) {  // unpaired lead before this one
          out.map.add(static_cast<uint32_t>(text.size()), lead_orig);
          text.append("\xEF\xBF\xBD");
        }
        lead = c;
        lead_orig = orig;
        continue;
      }
      if (lead) {
        if (U16_IS_TRAIL(c)) {
          c = U16_GET_SUPPLEMENTARY(lead, c);
          c_orig = lead_orig;
        } else {
          out.map.add(static_cast<uint32_t>(text.size()), lead_orig);
          text.append("\xEF\xBF\xBD");
        }
        lead = 0;
      }
      if (U16_IS_SURROGATE(c)) c = 0xFFFD;  // lone trail
      out.map.add(static_cast<uint32_t>(text.size()), c_orig);
      char buf[4];
      int32_t len = 0;
      U8_APPEND_UNSAFE(buf, len, c);
      text.append(buf, static_cast<size_t>(len));
    }
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  if (lead) {
    out.map.add(static_cast<uint32_t>(text.size()), lead_orig);
    text.append("\xEF\xBF\xBD");
  }
  // The end of the text is the end of the input, whatever the width of the
  // last character.
  out.map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(in.size()));
}

// UTF-16 without BOM shows as NUL high bytes on one parity: text in any
// Latin, Cyrillic or Armenian script has spaces and ASCII punctuation at least.
const char* guess_utf16(std::string_view in) {
  const size_t n = std::min<size_t>(in.size() & ~size_t{1}, 1 << 16);
  if (n < 2) return nullptr;
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; i += 2) {
    even_nul += in[i] == '\0';
    odd_nul += in[i + 1] == '\0';
  }
  const size_t pairs = n / 2;
  if (pairs < 8) return nullptr;  // too little to tell from binary
  if (odd_nul * 5 >= pairs && even_nul * 50 <= pairs) return "UTF-16LE";
  if (even_nul * 5 >= pairs && odd_nul * 50 <= pairs) return "UTF-16BE";
  return nullptr;
}

// ICU's detector on a prefix (it scans its whole input for every charset).
std::string detect_charset(std::string_view in) {
  thread_local std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(
      [] {
        UErrorCode status = U_ZERO_ERROR;
        UCharsetDetector* d = ucsdet_open(&status);
        return U_SUCCESS(status) ? d : nullptr;
      }(),
      ucsdet_close);
  std::string name = "windows-1252";
  if (!detector) return name;
  UErrorCode status = U_ZERO_ERROR;
  const int32_t len = static_cast<int32_t>(std::min<size_t>(in.size(), 256 << 10));
  ucsdet_setText(detector.get(), in.data(), len, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || !match) return name;
  const char* found = ucsdet_getName(match, &status);
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || !found || confidence < 10) return name;
  name = found;
  // Web pages labelled or detected as Latin-1 are windows-1252 in practice
  // (curly quotes in 0x80-0x9F); EBCDIC guesses on short text are noise.
  if (name == "ISO-8859-1" || name.rfind("IBM4", 0) == 0) name = "windows-1252";
  return name;
}

}  // namespace

Result<Decoded> decode(std::string_view bytes) {
  if (bytes.empty()) return Error{"empty file"};
  Decoded out;
  out.input = bytes;
  if (starts_with(bytes, kUtf8Bom)) {
    decode_utf8(bytes, kUtf8Bom.size(), out);
    return out;
  }
  if (starts_with(bytes, kUtf16LeBom) || starts_with(bytes, kUtf16BeBom)) {
    out.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    convert(bytes, 2, out.encoding.c_str(), out);
    return out;
  }
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) {
    const char* utf16 = guess_utf16(bytes);
    if (!utf16) return Error{"binary file (NUL bytes)"};
    out.encoding = utf16;
    out.warnings.push_back(std::string("no byte order mark, read as ") + utf16);
    convert(bytes, 0, utf16, out);
    return out;
  }
  Utf8Scan scan = scan_utf8(bytes, 0);
  // Bad sequences among at least as many well-formed multi-byte characters:
  // damaged UTF-8. Legacy 8-bit text almost never forms a well-formed
  // sequence by chance (a lead byte À-ï followed by exactly the right number
  // of bytes 0x80-0xBF), and reading UTF-8 as windows-1252 would turn every
  // "ş" into mojibake.
  if (scan.bad_sequences == 0 || scan.multibyte >= scan.bad_sequences) {
    decode_utf8(bytes, 0, scan, out);
    return out;
  }
  std::string charset = detect_charset(bytes);
  if (charset == "UTF-8") {
    decode_utf8(bytes, 0, scan, out);
    return out;
  }
  out.encoding = charset;
  out.warnings.push_back("not valid UTF-8, read as " + charset);
  convert(bytes, 0, charset.c_str(), out);
  return out;
}

Decoded decode_as(std::string_view bytes, std::string_view encoding) {
  Decoded out;
  out.input = bytes;
  if (encoding == "UTF-8") {
    decode_utf8(bytes, starts_with(bytes, kUtf8Bom) ? kUtf8Bom.size() : 0, out);
    return out;
  }
  out.encoding.assign(encoding);
  size_t start = 0;
  if ((encoding == "UTF-16LE" && starts_with(bytes, kUtf16LeBom)) ||
      (encoding == "UTF-16BE" && starts_with(bytes, kUtf16BeBom)))
    start = 2;
  convert(bytes, start, out.encoding.c_str(), out);
  return out;
}

}  // namespace kd
