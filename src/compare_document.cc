// Stage 3, per document: events reported in one document and the readouts
// among its statements, boiled down to DocEvidence (no text), so that the
// cross-document step can run on documents that are no longer in memory.
#include <algorithm>
#include <unordered_map>

#include "compare_divergence.h"
#include "compare_events.h"
#include "compare_statements.h"
#include "karabakh_diff/comparer.h"

namespace kd {

namespace {

// Report sentences are quoted up to this many bytes in source divergences.
constexpr size_t kQuotedSentence = 160;

// Content keys of an event's report sentences and readouts: what ties an
// undated report to the dated event it describes. From the tokens at hand,
// as content_keys() of the texts joined would give.
// Packed straight from the tokens: no string per key.
std::vector<uint64_t> report_keys(const cmp::DocWork& w, const cmp::DocEvent& ev) {
  std::vector<uint64_t> packed;
  auto add = [&](const std::vector<cmp::Token>& tokens) {
    for (const cmp::Token& t : tokens)
      if (const std::string_view key = cmp::content_key(t); !key.empty()) {
        // pack_key(key) from the token's first eight bytes: the key's first
        // byte on top, its 3-5 bytes kept, zeros below.
        static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
        packed.push_back(__builtin_bswap64(t.folded_head()) & ~uint64_t{0}
                                                                  << (8 * (8 - key.size())));
      }
  };
  for (const cmp::Mention& m : ev.mentions) add(w.sentence_tokens[m.sentence]);
  for (size_t r : ev.readouts) add(w.facts[r].claim_tokens);
  std::sort(packed.begin(), packed.end());
  packed.erase(std::unique(packed.begin(), packed.end()), packed.end());
  return packed;
}

EventReport report_of(const DocumentAnalysis& da, const cmp::DocWork& w, const cmp::DocEvent& ev) {
  EventReport r;
  r.kind = ev.kind;
  r.participants = ev.participants;
  r.sides = ev.sides;
  r.date = ev.date;
  r.weekday = ev.weekday;
  r.date_source = ev.date_source;
  r.initiator = ev.initiator;
  r.first_sentence = ev.mentions.front().sentence;
  for (size_t i : ev.readouts) r.readouts.push_back(static_cast<uint32_t>(i));
  r.keys = report_keys(w, ev);
  for (const cmp::Mention& m : ev.mentions) {
    InstitutionReport inst;
    for (const cmp::EntityRef& n : w.sentence_names[m.sentence])
      if (n.entity->kind == SpeakerKind::kInstitution &&
          std::find(inst.sides.begin(), inst.sides.end(), n.entity->side) == inst.sides.end())
        inst.sides.push_back(n.entity->side);
    if (inst.sides.empty()) continue;
    inst.sentence =
        cmp::shorten(std::string(da.doc.slice(da.doc.sentences[m.sentence].span)), kQuotedSentence);
    r.institutions.push_back(std::move(inst));
  }
  return r;
}

}  // namespace

DocEvidence Comparer::document(const DocumentAnalysis& da, const CorpusFacts& assumed,
                               const Deadline* deadline) const {
  const cmp::Resources& res = *res_;
  const Document& doc = da.doc;
  DocEvidence out;
  cmp::DocWork w;
  w.deadline = deadline;
  w.sentence_tokens.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    if (expired(deadline)) return out;
    w.sentence_tokens.push_back(cmp::tokenize(doc.slice(s.span), s.span.start));
  }
  cmp::find_names(doc, res, w);
  cmp::add_unknown_speakers(da, res, w);
  std::unordered_map<const Entity*, int> doc_counts;
  for (const auto& names : w.sentence_names)
    for (const cmp::EntityRef& n : names) ++doc_counts[n.entity];
  for (const auto& [entity, count] : doc_counts) out.named[entity->name] += count;
  if (expired(deadline)) return out;

  // When a role names several office holders ("the Turkish foreign
  // minister"), this article's own protagonists win, then the run's.
  cmp::Salience salience;
  salience.choices = &out.choices;
  salience.score = [&](const Entity& e) {
    auto in_doc = doc_counts.find(&e);
    auto in_corpus = assumed.named.find(e.name);
    return (in_doc == doc_counts.end() ? 0 : int64_t{1000} * in_doc->second) +
           (in_corpus == assumed.named.end() ? 0 : in_corpus->second);
  };
  out.uses_year = !(doc.published && doc.published->complete());
  if (out.uses_year) out.assumed_year = assumed.year;
  w.dates = cmp::scan_dates(doc, assumed.year, w.sentence_tokens);
  if (expired(deadline)) return out;
  cmp::detect_events(doc, res, salience, w);
  if (expired(deadline)) return out;
  cmp::describe_statements(da, res, w);
  cmp::assign_statements(da, res, w);

  for (const cmp::DocEvent& ev : w.events) out.events.push_back(report_of(da, w, ev));
  out.statements.resize(da.statements.size());
  for (size_t i = 0; i < da.statements.size(); ++i) {
    const Statement& st = da.statements[i];
    const cmp::StatementFacts& f = w.facts[i];
    StatementEvidence& e = out.statements[i];
    e.event = w.assigned[i];
    e.source = f.source;
    e.said_on = f.said_on;
    e.said_weekday = f.said_weekday;
    if (e.event < 0) continue;
    e.frame = f.frame;
    if (st.sentence < w.sentence_tokens.size())
      e.initiator = cmp::initiator_in(w.sentence_tokens[st.sentence], w.sentence_names[st.sentence],
                                      w.sentence_sides[st.sentence], res);
  }
  return out;
}

bool Comparer::holds(const DocEvidence& evidence, const CorpusFacts& facts) {
  if (evidence.uses_year && evidence.assumed_year != facts.year) return false;
  for (const HolderChoice& c : evidence.choices) {
    std::vector<int64_t> scores;
    for (const std::string& name : c.candidates) {
      auto in_doc = evidence.named.find(name);
      auto in_corpus = facts.named.find(name);
      scores.push_back((in_doc == evidence.named.end() ? 0 : int64_t{1000} * in_doc->second) +
                       (in_corpus == facts.named.end() ? 0 : in_corpus->second));
    }
    const int best = cmp::pick_salient(scores);
    const std::string chosen = best < 0 ? "" : c.candidates[static_cast<size_t>(best)];
    if (chosen != c.chosen) return false;
  }
  return true;
}

}  // namespace kd
