// The result of a run: documents with statements, events across documents,
// diagnostics. Every renderer renders exactly this.
#ifndef KARABAKH_DIFF_ANALYSIS_H_
#define KARABAKH_DIFF_ANALYSIS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "karabakh_diff/date.h"
#include "karabakh_diff/document.h"
#include "karabakh_diff/statement.h"
#include "karabakh_diff/status.h"

namespace kd {

enum class EventKind { kCall, kMeeting, kStatement };
const char* to_string(EventKind k);

enum class DivergenceKind { kContradiction, kOmission, kFraming, kSource, kAgreement };
const char* to_string(DivergenceKind k);

// A divergence (or, with kind kAgreement, an agreement) on one topic.
struct Divergence {
  std::string topic;
  DivergenceKind kind = DivergenceKind::kOmission;
  std::map<std::string, std::vector<std::string>> statements;  // side -> statement ids
  std::string summary;                                         // one line built from the evidence
};

struct Event {
  std::string id;  // "E1", ... in order of (date, first mention)
  EventKind kind = EventKind::kCall;
  std::optional<Date> date;
  DateSource date_source = DateSource::kNone;
  std::vector<std::string> participants;  // canonical names
  std::vector<std::string> sides;
  std::vector<std::string> documents;                        // paths
  std::optional<std::string> initiator;                      // side that initiated, when stated
  std::map<std::string, std::vector<std::string>> readouts;  // side -> statement ids
  // The two sides whose readouts are lined up, left one first: the pair
  // asked for (CompareOptions), else the event's own two (comparer.h).
  // Empty when the event has fewer than two sides to compare.
  std::vector<std::string> compared;
  std::vector<Divergence> divergences;
  std::vector<Divergence> agreements;

  size_t readout_count(const std::string& side) const;  // 0 when the side gave none
};

struct DocumentAnalysis {
  Document doc;
  std::vector<Statement> statements;
};

struct Analysis {
  std::vector<DocumentAnalysis> documents;  // in command-line order
  std::vector<Event> events;
  std::vector<Diagnostic> diagnostics;  // all inputs, in command-line order

  size_t divergence_count() const;
  bool has_errors() const;  // any Severity::kError diagnostic
};

// The year most documents were published in (ties: the earliest), for
// articles whose text gives dates without a year; nullopt when none is dated.
std::optional<int> corpus_year(const std::vector<DocumentAnalysis>& documents);

}  // namespace kd

#endif  // KARABAKH_DIFF_ANALYSIS_H_
