// Reading RunStore's binary record back (see pipeline_record.h): the
// mirror of pipeline_record.cc, field by field. A short or corrupt record
// makes decode() fail instead of reading past its end.
#include <algorithm>
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
  // The next part written with Writer::sized(), as a reader of its own.
  Reader sized() {
    uint32_t n = 0;
    if (end_ - p_ < 4) {
      ok_ = false;
      return Reader({});
    }
    std::memcpy(&n, p_, sizeof n);
    p_ += sizeof n;
    if (n > static_cast<uint64_t>(end_ - p_)) {
      ok_ = false;
      return Reader({});
    }
    p_ += n;
    return Reader(std::string_view(p_ - n, n));
  }
  void fail() { ok_ = false; }
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

// Reads a part written with Writer::sized() with `read`, or skips it.
template <class F>
void part(Reader& r, bool wanted, F&& read) {
  Reader p = r.sized();
  if (!wanted) return;
  read(p);
  if (!p.done()) r.fail();
}

// `reports`: the only reports read (null: all); the others stay empty.
void evidence(Reader& r, DocEvidence& e, const std::vector<uint32_t>* reports, bool tallies) {
  e.events.resize(r.count());
  for (size_t k = 0; k < e.events.size(); ++k) {
    const bool wanted =
        !reports || std::find(reports->begin(), reports->end(), k) != reports->end();
    part(r, wanted, [&](Reader& p) { report(p, e.events[k]); });
  }
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

// The fields of the extract line: all of them (`reports` null) or, for the
// comparison of one event, those it reads.
bool read(std::string_view bytes, DocumentResult& out, bool with_source,
          const std::vector<uint32_t>* reports) {
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
  evidence(r, out.evidence, reports, /*tallies=*/reports == nullptr);
  std::vector<Statement>& statements = out.document.statements;
  statements.resize(r.count());
  const std::vector<bool> wanted =
      reports ? statements_read(out.evidence, *reports) : std::vector<bool>();
  for (size_t i = 0; i < statements.size(); ++i)
    part(r, !reports || i >= wanted.size() || wanted[i],
         [&](Reader& p) { statement(p, statements[i]); });
  if (!with_source && r.done()) return true;  // the core alone
  if (r.flag()) {
    std::string_view source = r.bytes();
    if (with_source) out.source.emplace(source);
  }
  return r.done();
}

}  // namespace

bool decode(std::string_view bytes, DocumentResult& out, Parts parts) {
  return read(bytes, out, parts == Parts::kAll, nullptr);
}

bool decode_for_event(std::string_view bytes, const std::vector<uint32_t>& reports,
                      DocumentResult& out) {
  return read(bytes, out, false, &reports);
}

}  // namespace kd::record
