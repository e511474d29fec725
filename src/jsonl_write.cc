// Writing extract lines. Hand-written rather than through a JSON DOM: a line
// is written per document at extraction speed, and building a tree first
// would cost more than the extraction of a short article.
#include <cstdint>
#include <cstring>

#include "jsonl_writer.h"
#include "karabakh_diff/jsonl.h"

namespace kd {

namespace {

using jsonl::Writer;

void speaker(Writer& w, const Speaker& s) {
  w.open('{');
  w.key("name").value(s.name).key("mention").value(s.mention).key("side").value(s.side);
  w.key("kind").name(to_string(s.kind)).key("anonymous").value(s.anonymous);
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
  w.key("addressee").value(s.addressee).key("mode").name(to_string(s.mode));
  w.key("cue").value(s.cue).key("cue_class").name(to_string(s.cue_class));
  w.key("polarity").value(int64_t{s.polarity}).key("negated").value(s.negated);
  w.key("conditional").value(s.conditional).key("claim").value(s.claim);
  w.key("date").value(s.date).key("date_source").name(to_string(s.date_source));
  w.key("span").open('[').value(int64_t{s.span.start}).value(int64_t{s.span.end}).close(']');
  w.key("text_span").open('[').value(int64_t{s.text_span.start});
  w.value(int64_t{s.text_span.end}).close(']');
  w.key("sentence").value(int64_t{s.sentence}).key("paragraph").value(int64_t{s.paragraph});
  w.key("rule").value(s.rule);
  w.close('}');
}

// A key of EventReport::keys as unpack_key() spells it (the non-zero bytes,
// top one first), without a string per key: reports have dozens of keys.
void packed_key(Writer& w, uint64_t key) {
  char bytes[sizeof key];
  // pack_key() leaves the key's bytes on top and zeros below: then the key is
  // the byte-swapped word cut at its padding, no loop over the bytes.
  if (key != 0) {
    const int pad = __builtin_ctzll(key) / 8;  // whole zero bytes at the bottom
    const uint64_t pad_ones = pad == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * pad);
    if (zero_bytes(key | pad_ones) == 0) {  // no zero byte above the padding
      static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the swap puts the top byte first");
      const uint64_t top_first = __builtin_bswap64(key);
      std::memcpy(bytes, &top_first, sizeof bytes);
      w.value(std::string_view(bytes, sizeof key - static_cast<size_t>(pad)));
      return;
    }
  }
  size_t n = 0;
  for (int shift = 56; shift >= 0; shift -= 8)
    if (const char c = static_cast<char>(key >> shift & 0xFF); c != '\0') bytes[n++] = c;
  w.value(std::string_view(bytes, n));
}

void report(Writer& w, const EventReport& e) {
  w.open('{');
  w.key("kind").name(to_string(e.kind)).key("participants").value(e.participants);
  w.key("sides").value(e.sides).key("date").value(e.date).key("weekday").value(int64_t{e.weekday});
  w.key("date_source").name(to_string(e.date_source)).key("initiator").value(e.initiator);
  w.key("first_sentence").value(int64_t{e.first_sentence}).key("readouts").open('[');
  for (uint32_t r : e.readouts) w.value(int64_t{r});
  w.close(']').key("keys").open('[');
  for (uint64_t k : e.keys) packed_key(w, k);
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
    w.key("source").name(to_string(s.source)).key("said_on").value(s.said_on);
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
    w.open('{').key("severity").name(to_string(d.severity));
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
