// RunStore's binary record: varints, length-prefixed strings, a presence
// byte before each optional, fields in the order of the extract line but
// the evidence before the statements; the event reports' keys (64-bit
// hashes) as eight bytes each. Each report and each statement is prefixed
// by its length in four bytes, so that the comparison of an event can skip
// those it does not read.
#include "pipeline_record.h"

#include <cstdint>
#include <cstring>

#include "ascii8.h"
#include "utf8_length.h"

namespace kd::record {

namespace {

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  void u(uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>(v | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  void fixed(uint64_t v) {
    char b[8];
    std::memcpy(b, &v, sizeof b);
    out_.append(b, sizeof b);
  }
  void i(int64_t v) { u((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void str(std::string_view s) {
    // ASCII eight bytes at a time: most strings are all ASCII.
    const size_t bad = skip_ascii(reinterpret_cast<const uint8_t*>(s.data()), 0, s.size());
    if (bad == s.size() || valid(s, bad)) {
      u(s.size());
      out_.append(s);
      return;
    }
    std::string clean;  // as the JSON writer: each invalid byte -> U+FFFD
    for (size_t k = 0; k < s.size();) {
      const size_t n = static_cast<unsigned char>(s[k]) < 0x80 ? 1 : utf8_length(s, k);
      if (n == 0) {
        clean += "\xEF\xBF\xBD";
        ++k;
      } else {
        clean.append(s, k, n);
        k += n;
      }
    }
    u(clean.size());
    out_ += clean;
  }
  void opt(const std::optional<std::string>& s) {
    u(s.has_value());
    if (s) str(*s);
  }
  void strs(const std::vector<std::string>& v) {
    u(v.size());
    for (const std::string& s : v) str(s);
  }
  void date(const std::optional<Date>& d) {
    u(d.has_value());
    if (d) i(d->year), i(d->month), i(d->day);
  }
  // Writes what `write` appends after a four-byte length (patched in once
  // known: no copy).
  template <class F>
  void sized(F&& write) {
    const size_t at = out_.size();
    out_.append(4, '\0');
    write();
    const auto n = static_cast<uint32_t>(out_.size() - at - 4);
    std::memcpy(out_.data() + at, &n, sizeof n);
  }

 private:
  static bool valid(std::string_view s, size_t from) {
    for (size_t k = from; k < s.size();) {
      if (static_cast<unsigned char>(s[k]) < 0x80) {
        ++k;
        continue;
      }
      const size_t n = utf8_length(s, k);
      if (n == 0) return false;
      k += n;
    }
    return true;
  }

  std::string& out_;
};

void speaker(Writer& w, const Speaker& s) {
  w.str(s.name), w.str(s.mention), w.str(s.side);
  w.u(static_cast<uint64_t>(s.kind)), w.u(s.anonymous);
}

void statement(Writer& w, const Statement& s) {
  w.str(s.id);
  speaker(w, s.speaker);
  w.str(s.account), w.opt(s.via);
  w.u(s.relay.has_value());
  if (s.relay) speaker(w, *s.relay);
  w.opt(s.addressee), w.u(static_cast<uint64_t>(s.mode)), w.str(s.cue);
  w.u(static_cast<uint64_t>(s.cue_class)), w.i(s.polarity), w.u(s.negated), w.u(s.conditional);
  w.str(s.claim), w.date(s.date), w.u(static_cast<uint64_t>(s.date_source));
  w.u(s.span.start), w.u(s.span.end), w.u(s.text_span.start), w.u(s.text_span.end);
  w.u(s.sentence), w.u(s.paragraph), w.str(s.rule);
}

void report(Writer& w, const EventReport& e) {
  w.u(static_cast<uint64_t>(e.kind)), w.strs(e.participants), w.strs(e.sides), w.date(e.date);
  w.i(e.weekday), w.u(static_cast<uint64_t>(e.date_source)), w.opt(e.initiator);
  w.u(e.first_sentence), w.u(e.readouts.size());
  for (uint32_t r : e.readouts) w.u(r);
  w.u(e.keys.size());
  for (uint64_t k : e.keys) w.fixed(k);  // hashes: ten bytes as a varint
  w.u(e.institutions.size());
  for (const InstitutionReport& i : e.institutions) w.strs(i.sides), w.str(i.sentence);
}

void evidence(Writer& w, const DocEvidence& e) {
  w.u(e.events.size());
  for (const EventReport& r : e.events) w.sized([&] { report(w, r); });
  w.u(e.statements.size());
  for (const StatementEvidence& s : e.statements) {
    w.i(s.event), w.str(s.frame), w.u(static_cast<uint64_t>(s.source)), w.date(s.said_on);
    w.i(s.said_weekday), w.opt(s.initiator);
  }
  w.u(e.named.size());
  for (const auto& [name, count] : e.named) w.str(name), w.i(count);
  w.u(e.uses_year), w.u(e.assumed_year.has_value());
  if (e.assumed_year) w.i(*e.assumed_year);
  w.u(e.choices.size());
  for (const HolderChoice& c : e.choices) w.strs(c.candidates), w.str(c.chosen);
}

}  // namespace

void encode(const DocumentResult& result, std::string& out) {
  Writer w(out);
  const Document& doc = result.document.doc;
  w.str(doc.path), w.opt(doc.outlet), w.date(doc.published), w.str(doc.headline);
  w.str(doc.encoding), w.u(doc.diagnostics.size());
  for (const Diagnostic& d : doc.diagnostics)
    w.u(static_cast<uint64_t>(d.severity)), w.str(d.message);
  evidence(w, result.evidence);
  w.u(result.document.statements.size());
  for (const Statement& s : result.document.statements) w.sized([&] { statement(w, s); });
  // Last, so that the readers that skip it can leave it unread.
  w.u(result.source.has_value());
  if (result.source) {  // raw bytes: the original file, not text
    w.u(result.source->size());
    out += *result.source;
  }
}

size_t core_size(const DocumentResult& result, std::string_view record) {
  size_t tail = 1;  // the presence byte
  if (result.source) {
    tail += result.source->size();
    for (uint64_t n = result.source->size(); n >= 0x80; n >>= 7) ++tail;
    ++tail;  // the varint's last byte
  }
  return record.size() >= tail ? record.size() - tail : 0;
}

}  // namespace kd::record
