// Stage 3 driver: the cross-document step (merge the reports of one event,
// compare the two sides' accounts) and compare() for documents in memory.
#include "karabakh_diff/comparer.h"

#include <algorithm>

#include "compare_corpus.h"
#include "compare_divergence.h"

namespace kd {

namespace {

bool has_side(const Event& e, const std::string& side) {
  return std::find(e.sides.begin(), e.sides.end(), side) != e.sides.end();
}

// A side's place in the lexicon's list (Moscow before Ankara, Washington
// before Beijing); sides the list lacks come after it.
size_t side_rank(const Lexicon& lexicon, const std::string& side) {
  for (size_t i = 0; i < lexicon.sides.size(); ++i)
    if (lexicon.sides[i].side == side) return i;
  return lexicon.sides.size();
}

// The event's own two sides: of its participants' governments, the two with
// the most readout statements (a trilateral call reported by two of them
// compares those two), ties by the lexicon's order, which also puts the
// left one first.
std::vector<std::string> own_sides(const Event& e, const Lexicon& lexicon) {
  struct Candidate {
    std::string side;
    size_t readouts, rank;
  };
  std::vector<Candidate> candidates;
  for (const std::string& side : e.sides)
    if (is_government_side(side))
      candidates.push_back({side, e.readout_count(side), side_rank(lexicon, side)});
  if (candidates.size() < 2) return {};
  auto by_rank = [](const Candidate& a, const Candidate& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.side < b.side;
  };
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    return a.readouts != b.readouts ? a.readouts > b.readouts : by_rank(a, b);
  });
  candidates.resize(2);
  std::sort(candidates.begin(), candidates.end(), by_rank);
  return {candidates[0].side, candidates[1].side};
}

}  // namespace

const char* to_string(ReportKind k) {
  switch (k) {
    case ReportKind::kCall:
      return "call";
    case ReportKind::kMeeting:
      return "meeting";
    case ReportKind::kTalks:
      return "talks";
    case ReportKind::kStatement:
      break;
  }
  return "statement";
}

const char* to_string(SourceClass c) {
  switch (c) {
    case SourceClass::kNone:
      return "none";
    case SourceClass::kMedia:
      return "media";
    case SourceClass::kAnonymous:
      return "anonymous";
    case SourceClass::kOfficial:
      break;
  }
  return "official";
}

uint64_t pack_key(std::string_view key) {
  // The first eight bytes, the first on top, zero-padded below: a loop over
  // the key's own bytes (most are 5) and one shift for the padding.
  const size_t n = std::min(key.size(), sizeof(uint64_t));
  if (n == 0) return 0;
  uint64_t k = 0;
  for (size_t i = 0; i < n; ++i) k = k << 8 | static_cast<unsigned char>(key[i]);
  return n == sizeof k ? k : k << (8 * (sizeof k - n));
}

std::string unpack_key(uint64_t key) {
  std::string out;
  for (int shift = 56; shift >= 0; shift -= 8)
    if (const char c = static_cast<char>(key >> shift & 0xFF); c != '\0') out += c;
  return out;
}

void CorpusTally::add(const std::optional<Date>& published, const DocEvidence& evidence) {
  if (published) ++years_[published->year];
  for (const auto& [name, count] : evidence.named) named_[name] += count;
}

CorpusFacts CorpusTally::facts() const {
  CorpusFacts out;
  int best_count = 0;
  for (const auto& [year, count] : years_) {
    if (count > best_count) {
      out.year = year;
      best_count = count;
    }
  }
  out.named = named_;
  return out;
}

Comparer::Comparer(const Lexicon& lexicon) : res_(std::make_shared<cmp::Resources>(lexicon)) {}

namespace cmp {

void event_readouts(MergedEvent& m, const Analysis& analysis,
                    const std::vector<DocEvidence>& evidence) {
  for (const auto& [d, k] : m.members) {
    for (uint32_t i : evidence[d].events[k].readouts) {
      const Statement& st = analysis.documents[d].statements[i];
      m.event.readouts[st.account.empty() ? st.speaker.side : st.account].push_back(st.id);
    }
  }
}

void event_findings(MergedEvent& m, const Analysis& analysis,
                    const std::vector<DocEvidence>& evidence, const Resources& res,
                    const CompareOptions& options) {
  Event& event = m.event;
  const EventView view{m, analysis, evidence, res};
  const bool asked = !options.side_a.empty() && !options.side_b.empty();
  event.compared = asked ? std::vector<std::string>{options.side_a, options.side_b}
                         : own_sides(event, res.lexicon);
  if (event.compared.size() == 2 && has_side(event, event.compared[0]) &&
      has_side(event, event.compared[1]) && event.compared[0] != event.compared[1]) {
    const SideAccount a = side_account(view, event.compared[0]);
    const SideAccount b = side_account(view, event.compared[1]);
    find_divergences(view, a, b, event);
    find_source_divergences(view, a, b, event);
  }
}

}  // namespace cmp

void Comparer::corpus(Analysis& analysis, const std::vector<DocEvidence>& evidence,
                      const CompareOptions& options) const {
  analysis.events.clear();
  for (DocumentAnalysis& da : analysis.documents)
    for (Statement& st : da.statements) st.event.reset();
  cmp::ReportData reports;
  for (size_t d = 0; d < evidence.size(); ++d) reports.set(d, evidence[d].events);
  std::vector<cmp::MergedEvent> merged = cmp::merge_events(
      reports, [&](size_t d) -> const std::string& { return analysis.documents[d].doc.path; });
  for (cmp::MergedEvent& m : merged) {
    for (const auto& [d, k] : m.members)
      for (uint32_t i : evidence[d].events[k].readouts)
        analysis.documents[d].statements[i].event = m.event.id;
    cmp::event_readouts(m, analysis, evidence);
  }
  for (cmp::MergedEvent& m : merged) {
    cmp::event_findings(m, analysis, evidence, *res_, options);
    analysis.events.push_back(std::move(m.event));
  }
}

void compare(Analysis& analysis, const Lexicon& lexicon, const CompareOptions& options) {
  const Comparer comparer(lexicon);
  // The names of all documents sway office-holder choices: first a pass
  // assuming nothing, then again for the documents whose choices change.
  CorpusFacts assumed;
  assumed.year = corpus_year(analysis.documents);
  std::vector<DocEvidence> evidence;
  CorpusTally tally;
  for (const DocumentAnalysis& da : analysis.documents) {
    evidence.push_back(comparer.document(da, assumed));
    tally.add(da.doc.published, evidence.back());
  }
  const CorpusFacts facts = tally.facts();
  for (size_t d = 0; d < evidence.size(); ++d)
    if (!Comparer::holds(evidence[d], facts))
      evidence[d] = comparer.document(analysis.documents[d], facts);
  comparer.corpus(analysis, evidence, options);
}

}  // namespace kd
