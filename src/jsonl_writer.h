// The extract-line writer's JSON text (private to jsonl_write.cc): a
// compact JSON line appended piece by piece, strings escaped as the format
// wants (invalid UTF-8 as U+FFFD, so the line always parses).
#ifndef KARABAKH_DIFF_SRC_JSONL_WRITER_H_
#define KARABAKH_DIFF_SRC_JSONL_WRITER_H_

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

// Whether none of the eight bytes in `w` is escaped or non-ASCII: the
// word-at-a-time tests "some byte is zero" (of w ^ c, for c = '"', '\\',
// DEL) and "some byte is below 0x20" (exact for ASCII), plus the high bits.
inline bool plain_ascii8(uint64_t w) {
  const uint64_t special = zero_bytes(w ^ (kOnes8 * '"')) | zero_bytes(w ^ (kOnes8 * '\\')) |
                           zero_bytes(w ^ (kOnes8 * 0x7F)) | ((w - kOnes8 * 0x20) & ~w & kHigh8);
  return ((w & kHigh8) | special) == 0;
}

class Writer {
 public:
  void reserve(size_t n) { out_.reserve(n); }
  // The line with its '\n', without copying it.
  std::string take_line() {
    out_ += '\n';
    return std::move(out_);
  }

  // A JSON string; invalid UTF-8 becomes U+FFFD, so the line always parses.
  // Runs of bytes that need no escape (most of any text) go in one append.
  Writer& str(std::string_view s) {
    out_ += '"';
    const size_t n = s.size();
    size_t run = 0;  // start of the pending unescaped run
    for (size_t i = 0; i < n;) {
      if (i + 8 <= n && plain_ascii8(load8(s.data() + i))) {
        i += 8;
        continue;
      }
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        if (!kEscaped[c]) {
          ++i;
          continue;
        }
      } else if (const size_t length = utf8_length(s, i)) {
        i += length;
        continue;
      }
      out_.append(s.data() + run, i - run);
      escape(c);
      run = ++i;
    }
    out_.append(s.data() + run, n - run);
    out_ += '"';
    return *this;
  }
  // A key written as a literal (a field name of the format, which needs no
  // escaping): comma, quotes and colon in one append, no scan.
  template <size_t N>
  Writer& key(const char (&k)[N]) {
    char buf[N + 3];
    size_t n = 0;
    if (need_comma_) buf[n++] = ',';
    buf[n++] = '"';
    std::memcpy(buf + n, k, N - 1);
    n += N - 1;
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    need_comma_ = false;
    return *this;
  }
  Writer& key(std::string_view k) {
    if (need_comma_) out_ += ',';
    str(k);
    out_ += ':';
    need_comma_ = false;
    return *this;
  }
  Writer& raw(std::string_view s) {
    if (need_comma_) out_ += ',';
    out_ += s;
    need_comma_ = true;
    return *this;
  }
  Writer& value(std::string_view s) {
    if (need_comma_) out_ += ',';
    str(s);
    need_comma_ = true;
    return *this;
  }
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(const std::string& s) { return value(std::string_view(s)); }
  Writer& value(int64_t n) {
    if (need_comma_) out_ += ',';
    number(n);
    need_comma_ = true;
    return *this;
  }
  Writer& value(bool b) { return raw(b ? "true" : "false"); }
  Writer& value(const std::optional<std::string>& s) { return s ? value(*s) : raw("null"); }
  Writer& value(const std::optional<Date>& d) {
    if (!d) return raw("null");
    open('[');
    number(d->year);
    out_ += ',';
    number(d->month);
    out_ += ',';
    number(d->day);
    return close(']');
  }
  // A string of the base64 of `bytes`, which needs no escaping.
  Writer& base64(std::string_view bytes) {
    if (need_comma_) out_ += ',';
    out_ += '"';
    jsonl::base64_append(out_, bytes);
    out_ += '"';
    need_comma_ = true;
    return *this;
  }
  Writer& value(const std::vector<std::string>& v) {
    open('[');
    for (const std::string& s : v) value(s);
    return close(']');
  }
  Writer& open(char c) {
    if (need_comma_) out_ += ',';
    out_ += c;
    need_comma_ = false;
    return *this;
  }
  Writer& close(char c) {
    out_ += c;
    need_comma_ = true;
    return *this;
  }

 private:
  void number(int64_t n) {
    char buf[24];
    out_.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
  }
  // The escape of one byte: kEscaped ASCII, or a byte >= 0x80 that does not
  // start well-formed UTF-8.
  void escape(unsigned char c) {
    static constexpr char kHex[] = "0123456789abcdef";
    if (c >= 0x80) {
      out_.append("\xEF\xBF\xBD", 3);
    } else if (c == '"' || c == '\\') {
      (out_ += '\\') += static_cast<char>(c);
    } else if (c == '\n') {
      out_.append("\\n", 2);
    } else if (c == '\t') {
      out_.append("\\t", 2);
    } else {
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out_.append(u, sizeof u);
    }
  }

  std::string out_;
  bool need_comma_ = false;
};

}  // namespace kd::jsonl

#endif  // KARABAKH_DIFF_SRC_JSONL_WRITER_H_
