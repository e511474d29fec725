// Reading extract lines. The input may come from anywhere (another version,
// another machine, a truncated file, a fuzzer): every field is type- and
// range-checked before the comparer sees it, and the first problem is
// reported with where it is ("statements[2].span: expected [start, end]").
#include <algorithm>
#include <nlohmann/json.hpp>

#include "jsonl_codec.h"
#include "karabakh_diff/jsonl.h"

namespace kd {

namespace {

using Json = nlohmann::json;

// A string from the input, for an error message: JSON-quoted, so that a
// newline in it cannot break the one-line message, and shortened.
std::string quoted(const std::string& s) {
  return Json(s.size() > 40 ? s.substr(0, 40) + "..." : s)
      .dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Where a value is in the line; formatted only when there is an error. A
// Where points at its parent: never keep one made from a temporary.
struct Where {
  const Where* parent = nullptr;
  const char* key = nullptr;  // object member, or nullptr for an array element
  size_t index = 0;

  Where at(const char* k) const { return {this, k, 0}; }
  Where at(size_t i) const { return {this, nullptr, i}; }
  std::string str() const {
    if (!parent) return "";  // the line itself
    const std::string up = parent->str();
    if (key) return up.empty() ? key : up + "." + key;
    return up + "[" + std::to_string(index) + "]";
  }
};

// Keeps the first error; getters return a default value after one, so the
// parse can go on without checks at every step and fail once at the end.
class Fields {
 public:
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  void fail(const Where& w, const std::string& what) {
    if (error_.empty()) error_ = (w.parent ? w.str() + ": " : "") + what;
  }

  const Json* get(const Json& obj, const Where& w) {
    if (!ok()) return nullptr;
    auto it = obj.find(w.key);
    if (it == obj.end()) {
      fail(w, "missing");
      return nullptr;
    }
    return &*it;
  }
  const Json& object(const Json& obj, const Where& w) {
    return typed(obj, w, Json::value_t::object, "an object");
  }
  const Json& array(const Json& obj, const Where& w) {
    return typed(obj, w, Json::value_t::array, "an array");
  }

  std::string string(const Json& obj, const Where& w) {
    const Json* v = get(obj, w);
    if (!v) return {};
    if (!v->is_string()) return fail(w, "expected a string"), std::string();
    return v->get<std::string>();
  }
  std::optional<std::string> optional_string(const Json& obj, const Where& w) {
    const Json* v = get(obj, w);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) return fail(w, "expected a string or null"), std::nullopt;
    return v->get<std::string>();
  }
  bool boolean(const Json& obj, const Where& w) {
    const Json* v = get(obj, w);
    if (!v) return false;
    if (!v->is_boolean()) return fail(w, "expected true or false"), false;
    return v->get<bool>();
  }
  int64_t integer(const Json& v, const Where& w, int64_t lo, int64_t hi) {
    if (!ok()) return lo;
    int64_t n = 0;
    if (v.is_number_unsigned() && v.get<uint64_t>() <= static_cast<uint64_t>(hi)) {
      n = static_cast<int64_t>(v.get<uint64_t>());
    } else if (v.is_number_integer() && !v.is_number_unsigned()) {
      n = v.get<int64_t>();
    } else {
      return fail(w,
                  "expected an integer from " + std::to_string(lo) + " to " + std::to_string(hi)),
             lo;
    }
    if (n < lo || n > hi)
      return fail(w,
                  "expected an integer from " + std::to_string(lo) + " to " + std::to_string(hi)),
             lo;
    return n;
  }
  int64_t integer(const Json& obj, const char* key, const Where& parent, int64_t lo, int64_t hi) {
    const Where w = parent.at(key);
    const Json* v = get(obj, w);
    return v ? integer(*v, w, lo, hi) : lo;
  }
  std::vector<std::string> strings(const Json& obj, const Where& w) {
    std::vector<std::string> out;
    const Json& a = array(obj, w);
    for (size_t i = 0; ok() && i < a.size(); ++i) {
      if (!a[i].is_string())
        fail(w.at(i), "expected a string");
      else
        out.push_back(a[i].get<std::string>());
    }
    return out;
  }
  // [year, month, day] or null. `complete`: a real calendar day (events,
  // said_on), else the parts may be 0 as in "Nov. 7" of an undated article.
  std::optional<Date> date(const Json& obj, const Where& w, bool complete) {
    const Json* v = get(obj, w);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_array() || v->size() != 3)
      return fail(w, "expected [year, month, day] or null"), std::nullopt;
    Date d{static_cast<int>(integer((*v)[0], w.at(size_t{0}), complete ? 1 : 0, 9999)),
           static_cast<int>(integer((*v)[1], w.at(size_t{1}), complete ? 1 : 0, 12)),
           static_cast<int>(integer((*v)[2], w.at(size_t{2}), complete ? 1 : 0, 31))};
    if (complete && ok() && d.day > days_in_month(d.year, d.month)) fail(w, "no such day");
    return d;
  }
  template <class E>
  E enumeration(const Json& obj, const Where& w, E last) {
    const std::string name = string(obj, w);
    if (!ok()) return E{};
    std::optional<E> e = jsonl::enum_named(name, last);
    if (!e) fail(w, "unknown value " + quoted(name));
    return e.value_or(E{});
  }

 private:
  const Json& typed(const Json& obj, const Where& w, Json::value_t type, const char* what) {
    static const Json kEmptyObject = Json::object(), kEmptyArray = Json::array();
    const Json& empty = type == Json::value_t::object ? kEmptyObject : kEmptyArray;
    const Json* v = get(obj, w);
    if (!v) return empty;
    if (v->type() != type) return fail(w, std::string("expected ") + what), empty;
    return *v;
  }

  std::string error_;
};

constexpr int64_t kMaxOffset = UINT32_MAX;
constexpr int64_t kMaxCount = int64_t{1} << 40;  // names counted per document

Speaker speaker(Fields& f, const Json& j, const Where& w) {
  Speaker s;
  if (!j.is_object()) return f.fail(w, "expected an object"), s;
  s.name = f.string(j, w.at("name"));
  s.mention = f.string(j, w.at("mention"));
  s.side = f.string(j, w.at("side"));
  s.kind = f.enumeration(j, w.at("kind"), SpeakerKind::kMedia);
  s.anonymous = f.boolean(j, w.at("anonymous"));
  return s;
}

Span span(Fields& f, const Json& j, const Where& w) {
  const Json* v = f.get(j, w);
  if (!v) return {};
  if (!v->is_array() || v->size() != 2) return f.fail(w, "expected [start, end]"), Span{};
  Span s{static_cast<uint32_t>(f.integer((*v)[0], w.at(size_t{0}), 0, kMaxOffset)),
         static_cast<uint32_t>(f.integer((*v)[1], w.at(size_t{1}), 0, kMaxOffset))};
  if (f.ok() && s.end < s.start) f.fail(w, "end before start");
  return s;
}

Statement statement(Fields& f, const Json& j, const Where& w) {
  Statement s;
  if (!j.is_object()) return f.fail(w, "expected an object"), s;
  s.id = f.string(j, w.at("id"));
  if (const Json* v = f.get(j, w.at("speaker"))) s.speaker = speaker(f, *v, w.at("speaker"));
  s.account = f.string(j, w.at("account"));
  s.via = f.optional_string(j, w.at("via"));
  if (const Json* v = f.get(j, w.at("relay")); v && !v->is_null())
    s.relay = speaker(f, *v, w.at("relay"));
  s.addressee = f.optional_string(j, w.at("addressee"));
  s.mode = f.enumeration(j, w.at("mode"), Mode::kMixed);
  s.cue = f.string(j, w.at("cue"));
  s.cue_class = f.enumeration(j, w.at("cue_class"), CueClass::kDenial);
  s.polarity = static_cast<int>(f.integer(j, "polarity", w, -1, 1));
  s.negated = f.boolean(j, w.at("negated"));
  s.conditional = f.boolean(j, w.at("conditional"));
  s.claim = f.string(j, w.at("claim"));
  s.date = f.date(j, w.at("date"), false);
  s.date_source = f.enumeration(j, w.at("date_source"), DateSource::kNone);
  s.span = span(f, j, w.at("span"));
  s.text_span = span(f, j, w.at("text_span"));
  s.sentence = static_cast<uint32_t>(f.integer(j, "sentence", w, 0, kMaxOffset));
  s.paragraph = static_cast<uint32_t>(f.integer(j, "paragraph", w, 0, kMaxOffset));
  s.rule = f.string(j, w.at("rule"));
  return s;
}

EventReport report(Fields& f, const Json& j, const Where& w, size_t statements) {
  EventReport e;
  if (!j.is_object()) return f.fail(w, "expected an object"), e;
  e.kind = f.enumeration(j, w.at("kind"), ReportKind::kStatement);
  e.participants = f.strings(j, w.at("participants"));
  e.sides = f.strings(j, w.at("sides"));
  e.date = f.date(j, w.at("date"), true);
  e.weekday = static_cast<int>(f.integer(j, "weekday", w, -1, 6));
  e.date_source = f.enumeration(j, w.at("date_source"), DateSource::kNone);
  e.initiator = f.optional_string(j, w.at("initiator"));
  e.first_sentence = static_cast<uint32_t>(f.integer(j, "first_sentence", w, 0, kMaxOffset));
  const Json& readouts = f.array(j, w.at("readouts"));
  for (size_t i = 0; f.ok() && i < readouts.size(); ++i)
    e.readouts.push_back(static_cast<uint32_t>(
        f.integer(readouts[i], w.at("readouts").at(i), 0, static_cast<int64_t>(statements) - 1)));
  // Packed, sorted and unique whatever the line says: merging relies on it.
  for (const std::string& k : f.strings(j, w.at("keys"))) e.keys.push_back(pack_key(k));
  std::sort(e.keys.begin(), e.keys.end());
  e.keys.erase(std::unique(e.keys.begin(), e.keys.end()), e.keys.end());
  const Where w_inst = w.at("institutions");  // outlives the Wheres made from it
  const Json& inst = f.array(j, w_inst);
  for (size_t i = 0; f.ok() && i < inst.size(); ++i) {
    const Where wi = w_inst.at(i);
    if (!inst[i].is_object()) return f.fail(wi, "expected an object"), e;
    e.institutions.push_back(
        {f.strings(inst[i], wi.at("sides")), f.string(inst[i], wi.at("sentence"))});
  }
  return e;
}

DocEvidence evidence(Fields& f, const Json& j, const Where& w, size_t statements) {
  DocEvidence e;
  const Json& events = f.array(j, w.at("events"));
  for (size_t i = 0; f.ok() && i < events.size(); ++i)
    e.events.push_back(report(f, events[i], w.at("events").at(i), statements));
  const Where w_notes = w.at("statements");
  const Json& notes = f.array(j, w_notes);
  if (f.ok() && notes.size() != statements) f.fail(w_notes, "expected one entry per statement");
  for (size_t i = 0; f.ok() && i < notes.size(); ++i) {
    const Where wi = w_notes.at(i);
    const Json& n = notes[i];
    if (!n.is_object()) return f.fail(wi, "expected an object"), e;
    StatementEvidence s;
    s.event =
        static_cast<int>(f.integer(n, "event", wi, -1, static_cast<int64_t>(e.events.size()) - 1));
    s.frame = f.string(n, wi.at("frame"));
    s.source = f.enumeration(n, wi.at("source"), SourceClass::kOfficial);
    s.said_on = f.date(n, wi.at("said_on"), true);
    s.said_weekday = static_cast<int>(f.integer(n, "said_weekday", wi, -1, 6));
    s.initiator = f.optional_string(n, wi.at("initiator"));
    e.statements.push_back(std::move(s));
  }
  const Json& named = f.object(j, w.at("named"));
  for (auto it = named.begin(); f.ok() && it != named.end(); ++it)
    e.named[it.key()] = f.integer(it.value(), w.at("named"), 0, kMaxCount);
  e.uses_year = f.boolean(j, w.at("uses_year"));
  if (const Json* y = f.get(j, w.at("assumed_year")); y && !y->is_null())
    e.assumed_year = static_cast<int>(f.integer(*y, w.at("assumed_year"), 0, 9999));
  const Where w_choices = w.at("choices");
  const Json& choices = f.array(j, w_choices);
  for (size_t i = 0; f.ok() && i < choices.size(); ++i) {
    const Where wi = w_choices.at(i);
    if (!choices[i].is_object()) return f.fail(wi, "expected an object"), e;
    e.choices.push_back(
        {f.strings(choices[i], wi.at("candidates")), f.string(choices[i], wi.at("chosen"))});
  }
  return e;
}

}  // namespace

Result<DocumentResult> parse_extract_line(std::string_view line) {
  const Json j = Json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Error{"not JSON"};
  if (!j.is_object()) return Error{"not a JSON object"};
  Fields f;
  const Where top;
  const std::string schema = f.string(j, top.at("schema"));
  if (f.ok() && schema != kExtractSchema)
    return Error{"schema " + quoted(schema) + " is not " + kExtractSchema};
  const std::string type = f.string(j, top.at("type"));
  DocumentResult out;
  if (f.ok() && type == "error") {
    Diagnostic d{f.string(j, top.at("path")), Severity::kError, f.string(j, top.at("message"))};
    if (!f.ok()) return Error{f.error()};
    out.error = std::move(d);
    return out;
  }
  if (f.ok() && type != "document")
    return Error{"type " + quoted(type) + " is not document or error"};
  Document& doc = out.document.doc;
  doc.path = f.string(j, top.at("path"));
  doc.outlet = f.optional_string(j, top.at("outlet"));
  doc.published = f.date(j, top.at("published"), false);
  doc.headline = f.string(j, top.at("headline"));
  doc.encoding = f.string(j, top.at("encoding"));
  const Where w_diags = top.at("diagnostics");
  const Json& diags = f.array(j, w_diags);
  for (size_t i = 0; f.ok() && i < diags.size(); ++i) {
    const Where w = w_diags.at(i);
    if (!diags[i].is_object()) return Error{w.str() + ": expected an object"};
    Diagnostic d{doc.path, f.enumeration(diags[i], w.at("severity"), Severity::kError),
                 f.string(diags[i], w.at("message"))};
    doc.diagnostics.push_back(std::move(d));
  }
  const Json& statements = f.array(j, top.at("statements"));
  for (size_t i = 0; f.ok() && i < statements.size(); ++i)
    out.document.statements.push_back(statement(f, statements[i], top.at("statements").at(i)));
  if (const Json* e = f.get(j, top.at("evidence"))) {
    if (!e->is_object())
      f.fail(top.at("evidence"), "expected an object");
    else
      out.evidence = evidence(f, *e, top.at("evidence"), out.document.statements.size());
  }
  if (auto it = j.find("source"); f.ok() && it != j.end() && !it->is_null()) {
    std::optional<std::string> bytes;
    if (it->is_string()) bytes = jsonl::base64_decode(it->get_ref<const std::string&>());
    if (!bytes) return Error{"source: expected base64 bytes"};
    out.source = std::move(bytes);
  }
  if (!f.ok()) return Error{f.error()};
  return out;
}

Result<std::vector<DocumentResult>> read_extract_jsonl(std::string_view text) {
  std::vector<DocumentResult> out;
  size_t number = 0;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Result<DocumentResult> r = parse_extract_line(line);
    if (!r.ok()) return Error{"line " + std::to_string(number) + ": " + r.error().message};
    out.push_back(std::move(r.value()));
  }
  return out;
}

}  // namespace kd
