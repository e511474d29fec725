// Asymmetries between two readouts as a whole: different focus or length,
// and who initiated the call.
#include <set>

#include "compare_divergence.h"

namespace kd::cmp {

namespace {

std::set<size_t> topics_of(const EventView& v, const std::vector<Ref>& refs) {
  std::set<size_t> out;
  for (Ref r : refs)
    for (const TopicHit& h : v.facts(r).topics) out.insert(h.topic);
  return out;
}

size_t word_count(const EventView& v, const std::vector<Ref>& refs) {
  size_t n = 0;
  for (Ref r : refs) n += v.facts(r).claim_tokens.size();
  return n;
}

}  // namespace

// "Different focus of the call" (or meeting): each side's readout raises topics the
// other side never mentions, or one readout is far longer than the other.
void find_focus_divergence(const EventView& v, const SideAccount& a, const SideAccount& b,
                           Event& event) {
  if (a.readouts.empty() || b.readouts.empty()) return;
  const std::set<size_t> ta = topics_of(v, a.readouts), tb = topics_of(v, b.readouts);
  std::set<size_t> all_a = topics_of(v, a.positions), all_b = topics_of(v, b.positions);
  all_a.insert(ta.begin(), ta.end());
  all_b.insert(tb.begin(), tb.end());
  std::set<size_t> only_a, only_b;
  for (size_t t : ta)
    if (!all_b.count(t)) only_a.insert(t);
  for (size_t t : tb)
    if (!all_a.count(t)) only_b.insert(t);
  const size_t wa = word_count(v, a.readouts), wb = word_count(v, b.readouts);
  const bool lopsided = std::max(wa, wb) >= 3 * std::max<size_t>(1, std::min(wa, wb));
  if (!(only_a.size() && only_b.size()) && !lopsided) return;
  const std::vector<Topic>& topics = v.res.lexicon.topics;
  auto describe = [&](const SideAccount& s, const std::set<size_t>& only, size_t words) {
    const size_t n = s.readouts.size();
    std::string out = s.side + "'s readout (" + std::to_string(n) +
                      (n == 1 ? " statement, " : " statements, ") + std::to_string(words) +
                      " words)";
    if (only.empty()) return out;
    out += " centres on ";
    size_t k = 0;
    for (size_t t : only) out += (k++ ? ", " : "") + topics[t].name;
    return out;
  };
  auto pick = [&](const SideAccount& s, const std::set<size_t>& only) {
    std::vector<Ref> out;
    for (Ref r : s.readouts) {
      bool hit = false;
      for (const TopicHit& h : v.facts(r).topics) hit = hit || only.count(h.topic) > 0;
      if (hit) out.push_back(r);
    }
    return out.empty() ? s.readouts : out;
  };
  Divergence d;
  d.topic = std::string("focus of the ") + to_string(event.kind);  // call, meeting, statement
  d.kind = DivergenceKind::kFraming;
  d.statements[a.side] = statement_ids(v, pick(a, only_a));
  d.statements[b.side] = statement_ids(v, pick(b, only_b));
  d.summary = describe(a, only_a, wa) + "; " + describe(b, only_b, wb);
  event.divergences.push_back(std::move(d));
}

// Who initiated the call, per side's readouts; a framing divergence when
// the two sides say different things.
void find_initiator_divergence(const EventView& v, const SideAccount& a, const SideAccount& b,
                               Event& event) {
  auto claimed = [&](const SideAccount& s, std::vector<std::string>& which) {
    std::optional<std::string> side;
    for (Ref r : s.readouts) {
      const Statement& st = v.statement(r);
      const std::optional<std::string>& found = v.notes(r).initiator;
      if (found && !side) {
        side = found;
        which.push_back(st.id);
      }
    }
    return side;
  };
  std::vector<std::string> ids_a, ids_b;
  const std::optional<std::string> ia = claimed(a, ids_a), ib = claimed(b, ids_b);
  if (!event.initiator) event.initiator = ia ? ia : ib;
  if (!ia || !ib || *ia == *ib) return;
  Divergence d;
  d.topic = "initiator";
  d.kind = DivergenceKind::kFraming;
  d.statements[a.side] = ids_a;
  d.statements[b.side] = ids_b;
  d.summary =
      a.side + "'s account says " + *ia + " initiated the call, " + b.side + "'s says " + *ib;
  event.divergences.push_back(std::move(d));
}

}  // namespace kd::cmp
