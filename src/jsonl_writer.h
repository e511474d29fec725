// The extract-line writer's JSON text (private to jsonl_write.cc): a
// compact JSON line appended piece by piece, strings escaped as the format
// wants (invalid UTF-8 as U+FFFD, so the line always parses).
#ifndef KARABAKH_DIFF_SRC_JSONL_WRITER_H_
#define KARABAKH_DIFF_SRC_JSONL_WRITER_H_

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ascii8.h"
#include "jsonl_codec.h"
#include "karabakh_diff/date.h"
#include "utf8_length.h"

namespace kd::jsonl {

// ASCII bytes written escaped: '"', '\\', controls and DEL.
constexpr std::array<bool, 128> make_escaped() {
  std::array<bool, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = t[0x7F] = true;
  return t;
}
inline constexpr std::array<bool, 128> kEscaped = make_escaped();

// Whether none of the eight bytes in `w` is escaped or non-ASCII. Once the
// high bits are known clear, adding a constant below 0x80 to a byte never
// carries into the next one, and sets its high bit: x + 0x7F for x != 0
// (x = w ^ c: the byte is not c), w + 0x60 for w >= 0x20, w + 1 for DEL.
inline bool plain_ascii8(uint64_t w) {
  if ((w & kHigh8) != 0) return false;
  auto nonzero = [w](uint8_t c) { return (w ^ (kOnes8 * c)) + kOnes8 * 0x7F; };
  const uint64_t plain = nonzero('"') & nonzero('\\') & ~(w + kOnes8) & (w + kOnes8 * 0x60);
  return (plain & kHigh8) == kHigh8;
}

// The k (1 to 7) bytes at `p` as the low bytes of a word, the others zero:
// two overlapping loads, reading no byte outside [p, p + k).
inline uint64_t load_short(const char* p, size_t k) {
  uint64_t lo = 0, hi = 0;
  if (k >= 4) {
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + k - 4, 4);
    return lo | hi << (8 * (k - 4));
  }
  if (k >= 2) {
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + k - 2, 2);
    return lo | hi << (8 * (k - 2));
  }
  return static_cast<unsigned char>(p[0]);
}

// Writes through a cursor into a small buffer on the stack, moved to the
// line in blocks: each piece asks for room once (a compare) and is then
// stored without the capacity check and call of std::string::append, which
// cost more than the copying itself for the many short pieces of a line.
// (Writing into the line's own string would need it resized, and resize()
// zeroes what it adds: another pass over every byte of the line.)
class Writer {
 public:
  Writer() = default;
  // The cursor points into the writer: not copyable.
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Capacity for the line's estimated size, so that it is not reallocated
  // and copied as it grows.
  void reserve(size_t n) { out_.reserve(n); }
  // The line with its '\n', without copying it.
  std::string take_line() {
    *room(1) = '\n';
    ++pos_;
    flush();
    return std::move(out_);
  }

  // A JSON string; invalid UTF-8 becomes U+FFFD, so the line always parses.
  // Copied a piece at a time into room made for the worst case of the piece
  // (six bytes out per byte in, \u00xx), so the scan itself checks no room;
  // nearly every string is one piece, quotes included.
  Writer& str(std::string_view s) {
    size_t i = 0;
    char* o = room(6 * std::min(s.size(), kPiece) + 10);
    *o++ = '"';
    for (;;) {
      o = escaped(o, s, i, std::min(s.size(), i + kPiece));
      if (i >= s.size()) break;
      pos_ = o;
      o = room(6 * kPiece + 10);
    }
    *o++ = '"';
    pos_ = o;
    return *this;
  }
  // A key written as a literal (a field name of the format, which needs no
  // escaping): comma, quotes and colon stored at once, no scan.
  template <size_t N>
  Writer& key(const char (&k)[N]) {
    char* o = separated(N + 2);
    *o++ = '"';
    std::memcpy(o, k, N - 1);
    o += N - 1;
    *o++ = '"';
    *o++ = ':';
    pos_ = o;
    need_comma_ = false;
    return *this;
  }
  Writer& key(std::string_view k) {
    pos_ = separated(0);
    str(k);
    *room(1) = ':';
    ++pos_;
    need_comma_ = false;
    return *this;
  }
  Writer& raw(std::string_view s) {
    char* o = separated(s.size());
    std::memcpy(o, s.data(), s.size());
    pos_ = o + s.size();
    need_comma_ = true;
    return *this;
  }
  Writer& value(std::string_view s) {
    pos_ = separated(0);
    str(s);
    need_comma_ = true;
    return *this;
  }
  Writer& value(const char* s) { return value(std::string_view(s)); }
  // The name of an enum value (to_string()): plain ASCII, so copied without
  // the escaping scan (a string_view of a literal needs no strlen either).
  Writer& name(std::string_view s) {
    char* o = separated(s.size() + 2);
    *o++ = '"';
    std::memcpy(o, s.data(), s.size());
    o += s.size();
    *o++ = '"';
    pos_ = o;
    need_comma_ = true;
    return *this;
  }
  Writer& value(const std::string& s) { return value(std::string_view(s)); }
  Writer& value(int64_t n) {
    pos_ = number(separated(kMaxDigits), n);
    need_comma_ = true;
    return *this;
  }
  Writer& value(bool b) { return raw(b ? "true" : "false"); }
  Writer& value(const std::optional<std::string>& s) { return s ? value(*s) : raw("null"); }
  Writer& value(const std::optional<Date>& d) {
    if (!d) return raw("null");
    char* o = separated(3 * kMaxDigits + 4);
    *o++ = '[';
    o = number(o, d->year);
    *o++ = ',';
    o = number(o, d->month);
    *o++ = ',';
    o = number(o, d->day);
    *o++ = ']';
    pos_ = o;
    need_comma_ = true;
    return *this;
  }
  // A string of the base64 of `bytes`, which needs no escaping. Written a
  // buffer at a time: whole groups of three bytes until the last piece.
  Writer& base64(std::string_view bytes) {
    *separated(1) = '"';
    pos_ += 1;
    while (!bytes.empty()) {
      if (end() - pos_ < 64) flush();
      const size_t piece = std::min(bytes.size(), static_cast<size_t>(end() - pos_) / 4 * 3);
      pos_ = base64_write(pos_, bytes.substr(0, piece));
      bytes.remove_prefix(piece);
    }
    *room(1) = '"';
    ++pos_;
    need_comma_ = true;
    return *this;
  }
  Writer& value(const std::vector<std::string>& v) {
    open('[');
    for (const std::string& s : v) value(s);
    return close(']');
  }
  Writer& open(char c) {
    char* o = separated(1);
    *o = c;
    pos_ = o + 1;
    need_comma_ = false;
    return *this;
  }
  Writer& close(char c) {
    *room(1) = c;
    ++pos_;
    need_comma_ = true;
    return *this;
  }

 private:
  static constexpr size_t kMaxDigits = 20;  // of an int64_t, with its sign
  static constexpr size_t kPiece = 256;     // string bytes escaped per room check
  static constexpr uint64_t kSpaces8 = kOnes8 * ' ';

  char* end() { return buf_.data() + buf_.size(); }
  // Moves the buffered text to the line.
  void flush() {
    out_.append(buf_.data(), static_cast<size_t>(pos_ - buf_.data()));
    pos_ = buf_.data();
  }
  // The cursor after flushing the text up to `o`.
  char* flushed(char* o) {
    pos_ = o;
    flush();
    return pos_;
  }
  // The cursor, with room for `n` (at most the buffer's size) bytes after it.
  char* room(size_t n) {
    if (static_cast<size_t>(end() - pos_) < n) flush();
    return pos_;
  }
  // The cursor after the separator due before a value or key, with room for
  // `n` bytes after it. The ',' is always stored and kept only if due.
  char* separated(size_t n) {
    char* o = room(n + 1);
    *o = ',';
    return o + need_comma_;
  }
  // Stores s[i, limit) (and at most 7 bytes beyond `limit`, to end a word
  // or a UTF-8 sequence) at `o`, escaped; advances i, returns the new end.
  // Eight bytes are tested at once (the last few of a string as a word
  // padded with spaces), so plain ASCII is copied a word per step.
  static char* escaped(char* o, std::string_view s, size_t& i, size_t limit) {
    const char* in = s.data();
    const size_t n = s.size();
    while (i < limit) {
      const size_t k = std::min<size_t>(8, n - i);
      const uint64_t w = k == 8 ? load8(in + i) : load_short(in + i, k) | kSpaces8 << (8 * k);
      if (plain_ascii8(w)) {
        std::memcpy(o, &w, 8);
        o += k;
        i += k;
        continue;
      }
      const auto c = static_cast<unsigned char>(in[i]);
      if (c < 0x80) {
        if (!kEscaped[c]) {
          *o++ = static_cast<char>(c);
          ++i;
          continue;
        }
      } else if (const size_t length = utf8_length(s, i)) {
        for (size_t b = 0; b < length; ++b) *o++ = in[i + b];
        i += length;
        continue;
      }
      o = escape(o, c);
      ++i;
    }
    return o;
  }
  static char* number(char* o, int64_t n) { return std::to_chars(o, o + kMaxDigits, n).ptr; }
  // Stores the escape of one byte (kEscaped ASCII, or a byte >= 0x80 that
  // does not start well-formed UTF-8) at `o`; at most six bytes.
  static char* escape(char* o, unsigned char c) {
    static constexpr char kHex[] = "0123456789abcdef";
    if (c >= 0x80) {
      std::memcpy(o, "\xEF\xBF\xBD", 3);
      return o + 3;
    }
    o[0] = '\\';
    if (c == '"' || c == '\\') {
      o[1] = static_cast<char>(c);
    } else if (c == '\n') {
      o[1] = 'n';
    } else if (c == '\t') {
      o[1] = 't';
    } else {
      const char u[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(o + 1, u, sizeof u);
      return o + 6;
    }
    return o + 2;
  }

  std::string out_;             // the line so far, without the buffer
  std::array<char, 2048> buf_;  // the text after out_; small enough to be
                                // copied by memcpy's vector loop
  char* pos_ = buf_.data();     // the end of the text in buf_
  bool need_comma_ = false;
};

}  // namespace kd::jsonl

#endif  // KARABAKH_DIFF_SRC_JSONL_WRITER_H_
