// The event reports of a run as merging reads them (private to the
// comparer), compact: a run on a large corpus keeps every report of every
// document until the events are merged, so the strings are interned
// (participant lists with their sides, initiators) and content keys become
// 4-byte ids. Readouts and institutions are not kept: merging never reads
// them.
#ifndef KARABAKH_DIFF_SRC_COMPARE_REPORTS_H_
#define KARABAKH_DIFF_SRC_COMPARE_REPORTS_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "karabakh_diff/comparer.h"

namespace kd::cmp {

// A content key as merging compares it: an id given in order of first
// sight. Merging only intersects and unites key sets, so any order that is
// the same for all reports gives the same events as the keys themselves.
using KeyId = uint32_t;

// A report's key ids, sorted: a view into ReportData::keys.
struct KeySpan {
  const KeyId* first = nullptr;
  const KeyId* last = nullptr;
  const KeyId* begin() const { return first; }
  const KeyId* end() const { return last; }
};

struct CompactReport {
  uint32_t doc = 0, index = 0;  // document, index of its EventReport there
  uint32_t first_sentence = 0;
  uint32_t people = 0;     // index into ReportData::people
  uint32_t initiator = 0;  // 1 + index into ReportData::names; 0 = none
  uint32_t key_count = 0;
  uint32_t key_chunk = 0, key_begin = 0;  // where in ReportData::keys
  std::optional<Date> date;
  ReportKind kind = ReportKind::kTalks;
  DateSource date_source = DateSource::kNone;
  int8_t weekday = -1;
};

// Participants (canonical names, in order of mention) with their sides.
struct People {
  std::vector<std::string> participants, sides;
};

struct ReportData {
  // Chunked rather than one vector each: growing never copies (nor holds
  // twice) what is already stored, and a report's keys stay in one chunk.
  static constexpr size_t kKeyChunk = size_t{1} << 16;
  std::deque<CompactReport> reports;  // per document contiguous; see `where`
  // Per document: (first report, count) in `reports`. A document set again
  // (redone with the facts of the run) points at its new reports; the old
  // ones stay unreferenced.
  std::vector<std::pair<uint32_t, uint32_t>> where;
  std::vector<std::vector<KeyId>> keys;  // chunks of each report's ids, sorted
  std::vector<People> people;
  std::vector<std::string> names;
  std::unordered_map<std::string, uint32_t> people_ids, name_ids;
  std::unordered_map<uint64_t, KeyId> key_ids;  // pack_key() -> id

  void set(size_t d, const std::vector<EventReport>& reports);
  KeySpan keys_of(const CompactReport& r) const {
    const KeyId* first = keys[r.key_chunk].data() + r.key_begin;
    return {first, first + r.key_count};
  }
};

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_REPORTS_H_
