// Writing extract lines. Hand-written rather than through a JSON DOM: a line
// is written per document at extraction speed, and building a tree first
// would cost more than the extraction of a short article.
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "jsonl_codec.h"
#include "karabakh_diff/jsonl.h"
#include "utf8_length.h"

namespace kd {

namespace {

// ASCII bytes written escaped: '"', '\\', controls and DEL.
constexpr std::array<bool, 128> make_escaped() {
  std::array<bool, 128> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = t[0x7F] = true;
  return t;
}
constexpr std::array<bool, 128> kEscaped = make_escaped();

// Whether none of the eight bytes in `w` is escaped or non-ASCII: the
// word-at-a-time tests "some byte is zero" (of w ^ c, for c = '"', '\\',
// DEL) and "some byte is below 0x20" (exact for ASCII), plus the high bits.
inline bool plain_ascii8(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t special = has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) |
                           has_zero(w ^ (kOnes * 0x7F)) | ((w - kOnes * 0x20) & ~w & kHigh);
  return ((w & kHigh) | special) == 0;
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
      uint64_t eight;
      if (i + 8 <= n && (std::memcpy(&eight, s.data() + i, 8), plain_ascii8(eight))) {
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

void speaker(Writer& w, const Speaker& s) {
  w.open('{');
  w.key("name").value(s.name).key("mention").value(s.mention).key("side").value(s.side);
  w.key("kind").value(to_string(s.kind)).key("anonymous").value(s.anonymous);
  w.close('}');
}

void statement(Writer& w, const Statement& s) {
  w.open('{');
  w.key("id").value(s.id).key("speaker");
  speaker(w, s.speaker);
  w.key("account").value(s.account).key("via").value(s.via).key("relay");
  if (s.relay) {
    speaker(w, *s.relay);
  } else {
    w.raw("null");
  }
  w.key("addressee").value(s.addressee).key("mode").value(to_string(s.mode));
  w.key("cue").value(s.cue).key("cue_class").value(to_string(s.cue_class));
  w.key("polarity").value(int64_t{s.polarity}).key("negated").value(s.negated);
  w.key("conditional").value(s.conditional).key("claim").value(s.claim);
  w.key("date").value(s.date).key("date_source").value(to_string(s.date_source));
  w.key("span").open('[').value(int64_t{s.span.start}).value(int64_t{s.span.end}).close(']');
  w.key("text_span").open('[').value(int64_t{s.text_span.start});
  w.value(int64_t{s.text_span.end}).close(']');
  w.key("sentence").value(int64_t{s.sentence}).key("paragraph").value(int64_t{s.paragraph});
  w.key("rule").value(s.rule);
  w.close('}');
}

void report(Writer& w, const EventReport& e) {
  w.open('{');
  w.key("kind").value(to_string(e.kind)).key("participants").value(e.participants);
  w.key("sides").value(e.sides).key("date").value(e.date).key("weekday").value(int64_t{e.weekday});
  w.key("date_source").value(to_string(e.date_source)).key("initiator").value(e.initiator);
  w.key("first_sentence").value(int64_t{e.first_sentence}).key("readouts").open('[');
  for (uint32_t r : e.readouts) w.value(int64_t{r});
  w.close(']').key("keys").open('[');
  for (uint64_t k : e.keys) w.value(unpack_key(k));
  w.close(']').key("institutions").open('[');
  for (const InstitutionReport& i : e.institutions) {
    w.open('{').key("sides").value(i.sides).key("sentence").value(i.sentence).close('}');
  }
  w.close(']').close('}');
}

void evidence(Writer& w, const DocEvidence& e) {
  w.open('{').key("events").open('[');
  for (const EventReport& r : e.events) report(w, r);
  w.close(']').key("statements").open('[');
  for (const StatementEvidence& s : e.statements) {
    w.open('{').key("event").value(int64_t{s.event}).key("frame").value(s.frame);
    w.key("source").value(to_string(s.source)).key("said_on").value(s.said_on);
    w.key("said_weekday").value(int64_t{s.said_weekday}).key("initiator").value(s.initiator);
    w.close('}');
  }
  w.close(']').key("named").open('{');
  for (const auto& [name, count] : e.named) w.key(name).value(count);
  w.close('}').key("uses_year").value(e.uses_year).key("assumed_year");
  if (e.assumed_year) {
    w.value(int64_t{*e.assumed_year});
  } else {
    w.raw("null");
  }
  w.key("choices").open('[');
  for (const HolderChoice& c : e.choices)
    w.open('{').key("candidates").value(c.candidates).key("chosen").value(c.chosen).close('}');
  w.close(']').close('}');
}

void header(Writer& w, const char* type) {
  w.open('{').key("schema").value(kExtractSchema).key("type").value(type);
}

}  // namespace

std::string extract_line(const DocumentResult& result) {
  Writer w;
  if (result.error) {
    header(w, "error");
    w.key("path").value(result.error->path).key("message").value(result.error->message);
    w.close('}');
    return w.take_line();
  }
  const Document& doc = result.document.doc;
  // Most of a line is the base64 source and the statements (about 1 KB each
  // with their evidence); one allocation up front instead of a doubling
  // series of copies.
  w.reserve(1024 + (result.source ? result.source->size() / 3 * 4 : 0) +
            1024 * result.document.statements.size());
  header(w, "document");
  w.key("path").value(doc.path).key("outlet").value(doc.outlet);
  w.key("published").value(doc.published).key("headline").value(doc.headline);
  w.key("encoding").value(doc.encoding).key("diagnostics").open('[');
  for (const Diagnostic& d : doc.diagnostics) {
    w.open('{').key("severity").value(to_string(d.severity));
    w.key("message").value(d.message).close('}');
  }
  w.close(']').key("statements").open('[');
  for (const Statement& s : result.document.statements) statement(w, s);
  w.close(']').key("evidence");
  evidence(w, result.evidence);
  if (result.source) w.key("source").base64(*result.source);
  w.close('}');
  return w.take_line();
}

}  // namespace kd
