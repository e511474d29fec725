// Interning event reports into ReportData, and the public ReportTable.
#include "compare_reports.h"

#include <algorithm>

namespace kd {

namespace cmp {

namespace {

uint32_t intern(const std::string& key, std::unordered_map<std::string, uint32_t>& ids,
                size_t next) {
  return ids.try_emplace(key, static_cast<uint32_t>(next)).first->second;
}

}  // namespace

void ReportData::set(size_t d, const std::vector<EventReport>& list) {
  if (where.size() <= d) where.resize(d + 1, {0, 0});
  where[d] = {static_cast<uint32_t>(reports.size()), static_cast<uint32_t>(list.size())};
  std::string key;
  for (size_t k = 0; k < list.size(); ++k) {
    const EventReport& e = list[k];
    CompactReport r;
    r.doc = static_cast<uint32_t>(d);
    r.index = static_cast<uint32_t>(k);
    r.first_sentence = e.first_sentence;
    r.date = e.date;
    r.kind = e.kind;
    r.date_source = e.date_source;
    r.weekday = static_cast<int8_t>(e.weekday);
    key.clear();
    for (const std::string& p : e.participants) (key += p) += '\x1f';
    key += '\x1e';
    for (const std::string& s : e.sides) (key += s) += '\x1f';
    r.people = intern(key, people_ids, people.size());
    if (r.people == people.size()) people.push_back({e.participants, e.sides});
    if (e.initiator) {
      const uint32_t n = intern(*e.initiator, name_ids, names.size());
      if (n == names.size()) names.push_back(*e.initiator);
      r.initiator = n + 1;
    }
    if (keys.empty() || keys.back().size() + e.keys.size() > keys.back().capacity()) {
      keys.emplace_back();
      keys.back().reserve(std::max(kKeyChunk, e.keys.size()));
    }
    std::vector<KeyId>& chunk = keys.back();
    r.key_chunk = static_cast<uint32_t>(keys.size() - 1);
    r.key_begin = static_cast<uint32_t>(chunk.size());
    r.key_count = static_cast<uint32_t>(e.keys.size());
    for (uint64_t packed : e.keys)
      chunk.push_back(
          key_ids.try_emplace(packed, static_cast<KeyId>(key_ids.size())).first->second);
    std::sort(chunk.begin() + r.key_begin, chunk.end());
    reports.push_back(r);
  }
}

}  // namespace cmp

ReportTable::ReportTable() : data_(std::make_unique<cmp::ReportData>()) {}
ReportTable::~ReportTable() = default;
ReportTable::ReportTable(ReportTable&&) noexcept = default;
ReportTable& ReportTable::operator=(ReportTable&&) noexcept = default;

void ReportTable::set(size_t d, const std::vector<EventReport>& reports) { data_->set(d, reports); }

size_t ReportTable::documents() const { return data_->where.size(); }

}  // namespace kd
