#include "compare_divergence.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <set>

#include "compare_statements.h"

namespace kd::cmp {

namespace {

// Accusations change how any other topic is framed; topics.json names the
// topic that collects them.
constexpr const char* kBlameTopic = "blame";

// Opposite stances: support against condition or rejection; one side
// denying what the other raises.
bool opposed(unsigned a, unsigned b) {
  if (positive_stance(a) && !negative_stance(a) && negative_stance(b)) return true;
  if (positive_stance(b) && !negative_stance(b) && negative_stance(a)) return true;
  return ((a & kDenial) != 0) != ((b & kDenial) != 0);
}

// Agreement needs the same words, not only the same topic: share of the
// content words of both sides' quotes that both use.
constexpr double kAgreementOverlap = 0.25;
constexpr size_t kPhraseWords = 8;

// The part of `mine` that opposes `theirs`: what a contradiction shows.
unsigned opposing_part(unsigned mine, unsigned theirs) {
  const unsigned pos = kPositiveStance, neg = kNegativeStance;
  if ((mine & kDenial) && !(theirs & kDenial)) return kDenial;
  if ((theirs & kDenial) && !(mine & kDenial)) return mine & ~kDenial;
  if ((mine & pos) && !(mine & neg) && (theirs & neg)) return mine & pos;
  return mine & neg ? mine & neg : mine;
}

const TopicHit* hit_of(const StatementFacts& f, size_t topic) {
  for (const TopicHit& h : f.topics)
    if (h.topic == topic) return &h;
  return nullptr;
}

// Topics any statement of the accounts raises, ascending: the only ones
// worth a look (a lexicon has many topics, an event's statements few).
std::set<size_t> raised(const EventView& v, std::initializer_list<const SideAccount*> accounts) {
  std::set<size_t> out;
  for (const SideAccount* s : accounts)
    for (const auto* refs : {&s->readouts, &s->positions})
      for (Ref r : *refs)
        for (const TopicHit& h : v.facts(r).topics) out.insert(h.topic);
  return out;
}

// One side's statements on one topic.
struct TopicSide {
  std::vector<Ref> refs;  // readouts first, then positions
  size_t readouts = 0;
  unsigned stance = 0;
  bool blame = false;  // the same statements accuse someone
};

TopicSide topic_side(const EventView& v, const SideAccount& s, size_t topic, size_t blame) {
  TopicSide out;
  auto take = [&](const std::vector<Ref>& refs, bool readout) {
    for (Ref r : refs) {
      const StatementFacts& f = v.facts(r);
      if (!hit_of(f, topic)) continue;
      out.refs.push_back(r);
      out.readouts += readout ? 1 : 0;
      out.stance |= stance_on(f, *hit_of(f, topic));
      out.blame = out.blame || (topic != blame && hit_of(f, blame));
    }
  };
  take(s.readouts, true);
  take(s.positions, false);
  return out;
}

// The quote of side `s` on `topic`: from statement `only` when given, else
// the first statement with one of the `prefer` stance bits, else the first.
std::string quote(const EventView& v, const TopicSide& s, size_t topic, unsigned prefer = 0,
                  std::optional<Ref> only = std::nullopt) {
  Ref pick = only ? *only : s.refs.front();
  for (Ref r : s.refs) {
    if (only || !prefer) break;
    if (stance_on(v.facts(r), *hit_of(v.facts(r), topic)) & prefer) {
      pick = r;
      break;
    }
  }
  const StatementFacts& f = v.facts(pick);
  return quote_fragment(v.statement(pick).claim, f.claim_tokens, hit_of(f, topic)->range);
}

// Jaccard overlap of the content words around the topic in each side's
// statements.
double word_overlap(const EventView& v, const TopicSide& a, const TopicSide& b, size_t topic) {
  // The term and what follows it in its clause ("ceasefire in Gaza"), not
  // the words before it, which are mostly the frame ("the two sides discussed").
  auto keys = [&](const TopicSide& s) {
    std::string text;
    for (Ref r : s.refs) {
      const StatementFacts& f = v.facts(r);
      const TokenRange hit = hit_of(f, topic)->range;
      size_t last = hit.last;
      while (last + 1 < f.claim_tokens.size() && last < hit.first + kPhraseWords &&
             !f.claim_tokens[last + 1].clause_start)
        ++last;
      const std::string& claim = v.statement(r).claim;
      const uint32_t from = f.claim_tokens[hit.first].span.start;
      (text += claim.substr(from, f.claim_tokens[last].span.end - from)) += ' ';
    }
    return content_keys(text);
  };
  const std::vector<std::string> ka = keys(a), kb = keys(b);
  std::vector<std::string> both;
  std::set_intersection(ka.begin(), ka.end(), kb.begin(), kb.end(), std::back_inserter(both));
  const size_t all = ka.size() + kb.size() - both.size();
  return all == 0 ? 0.0 : static_cast<double>(both.size()) / static_cast<double>(all);
}

// Framing asymmetry between two sides on a topic, "" when none.
std::string framing_reason(const std::string& a, const TopicSide& ta, const std::string& b,
                           const TopicSide& tb) {
  if (ta.blame != tb.blame) return (ta.blame ? a : b) + " couples it with blame";
  const bool ca = ta.stance & kCommitment, cb = tb.stance & kCommitment;
  if (ca != cb) return (ca ? a : b) + " reports a commitment, " + (ca ? b : a) + " does not";
  const bool da = ta.stance & kDemand, db = tb.stance & kDemand;
  if (da != db) return (da ? a : b) + " frames it as a demand";
  const bool wa = ta.stance & kConcern, wb = tb.stance & kConcern;
  if (wa != wb) return (wa ? a : b) + " voices concern";
  return "";
}

void topic_divergences(const EventView& v, const SideAccount& a, const SideAccount& b,
                       Event& event) {
  const std::vector<Topic>& topics = v.res.lexicon.topics;
  size_t blame = topics.size();
  for (size_t t = 0; t < topics.size(); ++t)
    if (topics[t].name == kBlameTopic) blame = t;
  for (size_t t : raised(v, {&a, &b})) {
    const TopicSide ta = topic_side(v, a, t, blame), tb = topic_side(v, b, t, blame);
    const std::string& name = topics[t].name;
    if (ta.refs.empty() && tb.refs.empty()) continue;
    Divergence d;
    d.topic = name;
    if (ta.refs.empty() || tb.refs.empty()) {
      // Omission: only when the silent side has a readout of the event.
      const bool a_raises = !ta.refs.empty();
      const TopicSide& raised = a_raises ? ta : tb;
      const SideAccount& silent = a_raises ? b : a;
      if (raised.readouts == 0 || silent.readouts.empty()) continue;
      const std::string& who = a_raises ? a.side : b.side;
      d.kind = DivergenceKind::kOmission;
      d.statements[who] = statement_ids(v, raised.refs);
      // "dismissed reports that the islands were discussed": raised, to deny it.
      const bool denied = (raised.stance & kDenial) != 0;
      d.summary = who + (denied ? " denies it (\"" : " raises it (\"") +
                  quote(v, raised, t, denied ? static_cast<unsigned>(kDenial) : 0u) + "\"); " +
                  silent.side + "'s readout does not mention it";
      event.divergences.push_back(std::move(d));
      continue;
    }
    if (ta.readouts + tb.readouts == 0) continue;  // neither side tied it to the event
    d.statements[a.side] = statement_ids(v, ta.refs);
    d.statements[b.side] = statement_ids(v, tb.refs);
    if (opposed(ta.stance, tb.stance)) {
      d.kind = DivergenceKind::kContradiction;
      const unsigned sa = opposing_part(ta.stance, tb.stance);
      const unsigned sb = opposing_part(tb.stance, ta.stance);
      d.summary = a.side + " " + stance_words(sa) + " (\"" + quote(v, ta, t, sa) + "\") while " +
                  b.side + " " + stance_words(sb) + " (\"" + quote(v, tb, t, sb) + "\")";
      event.divergences.push_back(std::move(d));
      continue;
    }
    std::string reason = framing_reason(a.side, ta, b.side, tb);
    if (reason.empty() && word_overlap(v, ta, tb, t) < kAgreementOverlap)
      reason = "different emphasis";
    d.kind = reason.empty() ? DivergenceKind::kAgreement : DivergenceKind::kFraming;
    d.summary = a.side + " \"" + quote(v, ta, t) + "\"; " + b.side + " \"" + quote(v, tb, t) +
                "\"" + (reason.empty() ? "" : " (" + reason + ")");
    (reason.empty() ? event.agreements : event.divergences).push_back(std::move(d));
  }
}

}  // namespace

const char* stance_words(unsigned s) {
  if (s & kDenial) return "denies it";
  if (s & kConditional) return "makes it conditional";
  if (s & kReject) return "rejects it";
  if (s & kConcern) return "voices concern";
  if (s & kCommitment) return "commits to it";
  if (s & kDemand) return "demands it";
  if (s & kSupport) return "supports it";
  if (s & kDiscussion) return "only discusses it";
  return "mentions it";
}

std::vector<std::string> statement_ids(const EventView& v, const std::vector<Ref>& refs) {
  std::vector<std::string> out;
  for (Ref r : refs) out.push_back(v.statement(r).id);
  return out;
}

namespace {

// What both sides said together ("the ministers said they supported ..."):
// agreements, unless their own readouts contradict each other on it.
void joint_agreements(const EventView& v, const SideAccount& a, const SideAccount& b,
                      Event& event) {
  const SideAccount joint = side_account(v, "joint");
  const std::vector<Topic>& topics = v.res.lexicon.topics;
  for (size_t t : raised(v, {&joint})) {
    const TopicSide tj = topic_side(v, joint, t, topics.size());
    if (tj.readouts == 0) continue;
    bool contradicted = false;
    for (const Divergence& d : event.divergences)
      contradicted =
          contradicted || (d.topic == topics[t].name && d.kind == DivergenceKind::kContradiction);
    if (contradicted) continue;
    Divergence d;
    d.topic = topics[t].name;
    d.kind = DivergenceKind::kAgreement;
    const std::vector<Ref> refs(tj.refs.begin(), tj.refs.begin() + tj.readouts);
    d.statements[a.side] = statement_ids(v, refs);
    d.statements[b.side] = statement_ids(v, refs);
    d.summary = "jointly: \"" + quote(v, tj, t) + "\"";
    event.agreements.push_back(std::move(d));
  }
}

}  // namespace

void find_divergences(const EventView& view, const SideAccount& a, const SideAccount& b,
                      Event& event) {
  topic_divergences(view, a, b, event);
  find_object_divergences(view, a, b, event);
  joint_agreements(view, a, b, event);
  find_focus_divergence(view, a, b, event);
  find_initiator_divergence(view, a, b, event);
}

}  // namespace kd::cmp
