// The layout of nlohmann's dump(indent = 2) written by hand: JsonLayout
// appends keys, brackets and separators to a string as the DOM's dump would
// print them, `indent` more spaces on every line after the first. Strings go
// through append_json_string() (render_json_writer.h).
#ifndef KARABAKH_DIFF_SRC_JSON_LAYOUT_H_
#define KARABAKH_DIFF_SRC_JSON_LAYOUT_H_

#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "karabakh_diff/date.h"
#include "render_json_writer.h"

namespace kd {

class JsonLayout {
 public:
  static constexpr size_t kShortLine = 96;

  JsonLayout(std::string& out, int indent) : out_(out), indent_(indent) {}

  // `bracket`: '{' or '[' to open, '}' or ']' to close.
  void open(char bracket) {
    out_ += bracket;
    ++depth_;
    first_ = true;
  }
  void close(char bracket) {
    --depth_;
    newline();
    out_ += bracket;
    first_ = false;
  }
  // Key of an object member; `key` needs no escaping. The separator, the
  // indentation and the key go out in one append: the JSON report writes
  // about twenty keys per statement.
  void key(std::string_view key) {
    char buf[kShortLine];
    const size_t spaces = static_cast<size_t>(indent_ + 2 * depth_);
    const size_t n = (first_ ? 0 : 1) + 1 + spaces + 1 + key.size() + 3;
    if (n > sizeof buf) {
      element();
      out_.append(1, '"').append(key).append("\": ");
      return;
    }
    char* p = buf;
    if (!first_) *p++ = ',';
    first_ = false;
    *p++ = '\n';
    std::memset(p, ' ', spaces);
    p += spaces;
    *p++ = '"';
    std::memcpy(p, key.data(), key.size());
    p += key.size();
    std::memcpy(p, "\": ", 3);
    out_.append(buf, n);
  }
  // Key of an object member that may need escaping (a side's name).
  void escaped_key(std::string_view key) {
    element();
    append_json_string(out_, key);
    out_ += ": ";
  }
  // Start of an array element.
  void element() {
    if (!first_) out_ += ',';
    first_ = false;
    newline();
  }

  void string(std::string_view s) { append_json_string(out_, s); }
  void null() { out_ += "null"; }
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  template <class T>
  void integer(T v) {
    char buf[24];
    auto result = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, result.ptr);
  }
  void optional_string(const std::optional<std::string>& v) {
    if (v)
      string(*v);
    else
      null();
  }
  void optional_date(const std::optional<Date>& d) {
    if (d && d->complete())
      string(d->iso());
    else
      null();
  }

  // After an empty array or object nothing was written: "[]" / "{}".
  void close_maybe_empty(char bracket) {
    if (first_) {
      --depth_;
      out_ += bracket;
      first_ = false;
    } else {
      close(bracket);
    }
  }

 private:
  void newline() { out_.append(1, '\n').append(static_cast<size_t>(indent_ + 2 * depth_), ' '); }

  std::string& out_;
  int indent_;
  int depth_ = 0;
  bool first_ = true;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_JSON_LAYOUT_H_
