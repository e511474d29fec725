// Layout shared by the Markdown, HTML and CSV reports (private to src/).
// Only arranges what the Analysis holds; it decides nothing.
#ifndef KARABAKH_DIFF_SRC_RENDER_REPORT_H_
#define KARABAKH_DIFF_SRC_RENDER_REPORT_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "karabakh_diff/analysis.h"

namespace kd {

// `text` cut to at most `max` characters (not bytes), at a space when there
// is one in the last third, with "..." appended when it was cut.
std::string clip(std::string_view text, size_t max);

std::string join(const std::vector<std::string>& items, std::string_view separator);

// "2020-10-01", or "date unknown".
std::string event_date(const Event& e);

// "5 articles, 52 statements, 9 events, 14 divergences".
std::string counts_line(const Analysis& analysis);

// The event's findings counted by kind, in the order of DivergenceKind:
// {"contradiction", 2}, {"omission", 6}, ... (agreements last).
std::vector<std::pair<DivergenceKind, size_t>> findings_by_kind(const Event& e);

// Statements by id, with the index of the document they come from.
class StatementIndex {
 public:
  struct Entry {
    const Statement* statement;
    size_t document;
  };
  explicit StatementIndex(const Analysis& analysis);
  const Entry* find(const std::string& id) const;

 private:
  std::unordered_map<std::string, Entry> by_id_;
};

// One row of an event's two-column view: a divergence or agreement with the
// statements it cites per side, or (kind empty, topic "") the readout
// statements that no finding cites.
struct TopicRow {
  std::string topic;
  std::optional<DivergenceKind> kind;
  std::string summary;
  std::vector<std::string> side_a, side_b;                  // statement ids
  std::vector<std::pair<std::string, std::string>> others;  // (side, id) of other sides
};

struct EventLayout {
  std::vector<TopicRow> rows;
  // Statement id -> label like the text report's: "A1".. side A, "B1".. side
  // B, "C1".. other sides; readouts first, then statements the rows cite.
  std::map<std::string, std::string> labels;
  // Readouts of sides other than A and B (e.g. "Baku"), side -> ids.
  std::map<std::string, std::vector<std::string>> other_readouts;
};

// Rows: the divergences, then the agreements, in the event's order, then
// the uncited readout statements of sides A and B (Event::compared; with no
// pair, every readout is an other side's).
EventLayout layout_event(const Event& e);

// "Moscow 5, Ankara 2": the readout statements of the compared sides, left
// first (of every side with a readout when there is no pair); "none".
std::string readout_counts(const Event& e);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_RENDER_REPORT_H_
