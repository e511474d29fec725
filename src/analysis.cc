#include "karabakh_diff/analysis.h"

#include <map>

#include "karabakh_diff/statement.h"

namespace kd {

const char* to_string(EventKind k) {
  switch (k) {
    case EventKind::kCall:
      return "call";
    case EventKind::kMeeting:
      return "meeting";
    case EventKind::kStatement:
      break;
  }
  return "statement";
}

const char* to_string(DivergenceKind k) {
  switch (k) {
    case DivergenceKind::kContradiction:
      return "contradiction";
    case DivergenceKind::kOmission:
      return "omission";
    case DivergenceKind::kFraming:
      return "framing";
    case DivergenceKind::kSource:
      return "source";
    case DivergenceKind::kAgreement:
      break;
  }
  return "agreement";
}

const char* to_string(Mode m) {
  switch (m) {
    case Mode::kDirect:
      return "direct";
    case Mode::kIndirect:
      return "indirect";
    case Mode::kMixed:
      break;
  }
  return "mixed";
}

size_t Event::readout_count(const std::string& side) const {
  auto it = readouts.find(side);
  return it == readouts.end() ? 0 : it->second.size();
}

size_t Analysis::divergence_count() const {
  size_t n = 0;
  for (const Event& e : events) n += e.divergences.size();
  return n;
}

std::optional<int> corpus_year(const std::vector<DocumentAnalysis>& documents) {
  std::map<int, int> counts;
  for (const DocumentAnalysis& d : documents)
    if (d.doc.published) ++counts[d.doc.published->year];
  std::optional<int> best;
  int best_count = 0;
  for (const auto& [year, count] : counts) {
    if (count > best_count) {
      best = year;
      best_count = count;
    }
  }
  return best;
}

bool Analysis::has_errors() const {
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::kError) return true;
  return false;
}

}  // namespace kd
