// Reading RunStore's binary record back (see pipeline_record.h): the
// mirror of pipeline_record.cc, field by field. A short or corrupt record
// makes decode() fail instead of reading past its end.
#include <cstdint>
#include <cstring>

#include "pipeline_record.h"

namespace kd::record {

namespace {

class Reader {
 public:
  explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(p_ + bytes.size()) {}

  bool ok() const { return ok_; }
  bool done() const { return ok_ && p_ == end_; }

  uint64_t u() {
    // Most numbers (counts, flags, kinds, small offsets) take one byte.
    if (p_ != end_ && static_cast<unsigned char>(*p_) < 0x80)
      return static_cast<unsigned char>(*p_++);
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) break;
      const auto b = static_cast<unsigned char>(*p_++);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    ok_ = false;
    return 0;
  }
  uint64_t fixed() {
    uint64_t v = 0;
    if (end_ - p_ < 8) {
      ok_ = false;
      return 0;
    }
    std::memcpy(&v, p_, sizeof v);
    p_ += sizeof v;
    return v;
  }
  int64_t i() {
    const uint64_t v = u();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  bool flag() { return u() != 0; }
  template <class E>
  E en() {
    return static_cast<E>(u());
  }
  std::string_view bytes() {
    const uint64_t n = u();
    if (!ok_ || n > static_cast<uint64_t>(end_ - p_)) {
      ok_ = false;
      return {};
    }
    std::string_view s(p_, n);
    p_ += n;
    return s;
  }
  void str(std::string& s) { s.assign(bytes()); }
  void opt(std::optional<std::string>& s) {
    if (flag()) str(s.emplace());
  }
  void strs(std::vector<std::string>& v) {
    v.resize(count());
    for (std::string& s : v) str(s);
  }
  void date(std::optional<Date>& d) {
    if (!flag()) return;
    Date x;
    x.year = static_cast<int>(i());
    x.month = static_cast<int>(i());
    x.day = static_cast<int>(i());
    d = x;
  }
  // A count of items that each take at least a byte: never more than the
  // bytes left, so that a corrupt count cannot allocate without bound.
  size_t count() {
    const uint64_t n = u();
    if (n > static_cast<uint64_t>(end_ - p_)) ok_ = false;
    return ok_ ? static_cast<size_t>(n) : 0;
  }

 private:
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

void speaker(Reader& r, Speaker& s) {
  r.str(s.name), r.str(s.mention), r.str(s.side);
  s.kind = r.en<SpeakerKind>();
  s.anonymous = r.flag();
}

void statement(Reader& r, Statement& s) {
  r.str(s.id);
  speaker(r, s.speaker);
  r.str(s.account), r.opt(s.via);
  if (r.flag()) speaker(r, s.relay.emplace());
  r.opt(s.addressee);
  s.mode = r.en<Mode>();
  r.str(s.cue);
  s.cue_class = r.en<CueClass>();
  s.polarity = static_cast<int>(r.i());
  s.negated = r.flag();
  s.conditional = r.flag();
  r.str(s.claim), r.date(s.date);
  s.date_source = r.en<DateSource>();
  s.span.start = static_cast<uint32_t>(r.u()), s.span.end = static_cast<uint32_t>(r.u());
  s.text_span.start = static_cast<uint32_t>(r.u());
  s.text_span.end = static_cast<uint32_t>(r.u());
  s.sentence = static_cast<uint32_t>(r.u()), s.paragraph = static_cast<uint32_t>(r.u());
  r.str(s.rule);
}

void report(Reader& r, EventReport& e) {
  e.kind = r.en<ReportKind>();
  r.strs(e.participants), r.strs(e.sides), r.date(e.date);
  e.weekday = static_cast<int>(r.i());
  e.date_source = r.en<DateSource>();
  r.opt(e.initiator);
  e.first_sentence = static_cast<uint32_t>(r.u());
  e.readouts.resize(r.count());
  for (uint32_t& x : e.readouts) x = static_cast<uint32_t>(r.u());
  e.keys.resize(r.count());
  for (uint64_t& k : e.keys) k = r.fixed();
  e.institutions.resize(r.count());
  for (InstitutionReport& i : e.institutions) r.strs(i.sides), r.str(i.sentence);
}

void evidence(Reader& r, DocEvidence& e, bool tallies) {
  e.events.resize(r.count());
  for (EventReport& x : e.events) report(r, x);
  e.statements.resize(r.count());
  for (StatementEvidence& s : e.statements) {
    s.event = static_cast<int>(r.i());
    r.str(s.frame);
    s.source = r.en<SourceClass>();
    r.date(s.said_on);
    s.said_weekday = static_cast<int>(r.i());
    r.opt(s.initiator);
  }
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    const std::string_view name = r.bytes();
    const int64_t count = r.i();
    if (tallies) e.named.emplace_hint(e.named.end(), std::string(name), count);
  }
  e.uses_year = r.flag();
  if (r.flag()) e.assumed_year = static_cast<int>(r.i());
  if (!tallies) {
    for (size_t n = r.count(); n > 0 && r.ok(); --n) {
      for (size_t k = r.count(); k > 0 && r.ok(); --k) r.bytes();
      r.bytes();
    }
    return;
  }
  e.choices.resize(r.count());
  for (HolderChoice& c : e.choices) r.strs(c.candidates), r.str(c.chosen);
}

}  // namespace

bool decode(std::string_view bytes, DocumentResult& out, Parts parts) {
  Reader r(bytes);
  Document& doc = out.document.doc;
  r.str(doc.path), r.opt(doc.outlet), r.date(doc.published), r.str(doc.headline);
  r.str(doc.encoding);
  doc.diagnostics.resize(r.count());
  for (Diagnostic& d : doc.diagnostics) {
    d.path = doc.path;
    d.severity = r.en<Severity>();
    r.str(d.message);
  }
  out.document.statements.resize(r.count());
  for (Statement& s : out.document.statements) statement(r, s);
  evidence(r, out.evidence, parts != Parts::kComparison);
  if (r.flag()) {
    std::string_view source = r.bytes();
    if (parts == Parts::kAll) out.source.emplace(source);
  }
  return r.done();
}

}  // namespace kd::record
