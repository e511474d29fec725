// Direct JSON text for documents and statements: the bytes of nlohmann's
// dump(2) of the per-document DOM (ordered_json: keys in insertion order).
#include "render_json_writer.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "ascii8.h"
#include "json_layout.h"
#include "utf8_length.h"

namespace kd {

namespace {

// Length of the maximal subpart of an ill-formed sequence at s[i] (at least
// 1): the bytes nlohmann's decoder consumes before it rejects, replaced by a
// single U+FFFD. ICU's U8_NEXT skips the same maximal subpart.
size_t ill_formed_length(std::string_view s, size_t i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + i);
  const int32_t length = static_cast<int32_t>(std::min<size_t>(4, s.size() - i));
  int32_t next = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, next, length, c);
  (void)c;
  return next > 0 ? static_cast<size_t>(next) : 1;
}

// Bytes copied as they are: printable ASCII other than '"' and '\\'.
bool plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Whether all eight bytes of `w` are plain(): most strings are runs of them.
bool plain8(uint64_t w) {
  return (w & kHigh8) == 0 && bytes_in_range(w, 0, 0x1F) == 0 && !has_byte(w, '"') &&
         !has_byte(w, '\\');
}

void write_speaker(JsonLayout& w, const Speaker& s) {
  w.open('{');
  w.key("name");
  w.string(s.name);
  w.key("mention");
  w.string(s.mention);
  w.key("side");
  w.string(s.side);
  w.key("kind");
  w.string(to_string(s.kind));
  w.key("anonymous");
  w.boolean(s.anonymous);
  w.close('}');
}

void write_statement(JsonLayout& w, const Statement& s) {
  w.open('{');
  w.key("id");
  w.string(s.id);
  w.key("speaker");
  write_speaker(w, s.speaker);
  w.key("account");
  w.string(s.account);
  w.key("via");
  w.optional_string(s.via);
  w.key("relay");
  if (s.relay)
    write_speaker(w, *s.relay);
  else
    w.null();
  w.key("addressee");
  w.optional_string(s.addressee);
  w.key("mode");
  w.string(to_string(s.mode));
  w.key("cue");
  w.string(s.cue);
  w.key("cue_class");
  w.string(to_string(s.cue_class));
  w.key("polarity");
  w.integer(s.polarity);
  w.key("negated");
  w.boolean(s.negated);
  w.key("conditional");
  w.boolean(s.conditional);
  w.key("claim");
  w.string(s.claim);
  w.key("date");
  w.optional_date(s.date);
  w.key("date_source");
  w.string(to_string(s.date_source));
  w.key("event");
  w.optional_string(s.event);
  w.key("span");
  w.open('{');
  w.key("start");
  w.integer(s.span.start);
  w.key("end");
  w.integer(s.span.end);
  w.close('}');
  w.close('}');
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    size_t run = i;
    while (run + 8 <= n && plain8(load8(s.data() + run))) run += 8;
    while (run < n && plain(static_cast<unsigned char>(s[run]))) ++run;
    out.append(s.data() + i, run - i);
    i = run;
    if (i == n) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t length = utf8_length(s, i);
      if (length > 0) {
        out.append(s.data() + i, length);
        i += length;
      } else {
        out += "\xEF\xBF\xBD";
        i += ill_formed_length(s, i);
      }
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(escape, sizeof escape);
        break;
      }
    }
    ++i;
  }
  out += '"';
}

void append_document_json(std::string& out, const DocumentAnalysis& d, int indent) {
  JsonLayout w(out, indent);
  w.open('{');
  w.key("path");
  w.string(d.doc.path);
  w.key("outlet");
  w.optional_string(d.doc.outlet);
  w.key("published");
  w.optional_date(d.doc.published);
  w.key("headline");
  w.string(d.doc.headline);
  w.key("encoding");
  w.string(d.doc.encoding);
  w.key("statements");
  w.open('[');
  for (const Statement& s : d.statements) {
    w.element();
    write_statement(w, s);
  }
  w.close_maybe_empty(']');
  w.close('}');
}

}  // namespace kd
