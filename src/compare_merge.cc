#include "compare_merge.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace kd::cmp {

namespace {

// Shared content words needed to tie a report without a date to an event.
constexpr size_t kMinOverlap = 2;

// Content keys as ids (see KeyId): set operations on thousands of reports
// compare words instead of calling memcmp.
using Key = KeyId;

struct Item {
  size_t doc, index;
  const CompactReport* ev;
  KeySpan keys;  // content keys of its sentences and readouts
};

struct Cluster {
  CueKind kind;
  std::optional<Date> date;
  DateSource source = DateSource::kNone;
  int weekday = -1;
  int date_weekday = -1;  // of `date`: asked for every undated report of the bucket
  std::vector<const Item*> items;
  std::vector<Key> keys;                           // sorted union
  std::pair<size_t, uint32_t> first{SIZE_MAX, 0};  // first mention: (document, sentence)
};

bool kinds_fit(CueKind a, CueKind b) {
  if (a == b) return true;
  if (a == CueKind::kStatement || b == CueKind::kStatement) return false;
  return a == CueKind::kTalks || b == CueKind::kTalks;
}

void join(Cluster& c, const Item& item) {
  c.items.push_back(&item);
  if (c.kind == CueKind::kTalks) c.kind = item.ev->kind;
  if (!c.date && item.ev->date) {
    c.date = item.ev->date;
    c.source = item.ev->date_source;
    c.date_weekday = c.date->weekday();
  } else if (c.date && item.ev->date && item.ev->date_source < c.source) {
    c.source = item.ev->date_source;  // most reliable evidence for the same day
  }
  if (c.weekday < 0) c.weekday = item.ev->weekday;
  std::vector<Key> keys;
  std::set_union(c.keys.begin(), c.keys.end(), item.keys.begin(), item.keys.end(),
                 std::back_inserter(keys));
  c.keys = std::move(keys);
}

// Which clusters of a bucket hold each content key: what makes placing an
// undated report cost its own keys, not all the keys of the bucket (a pair
// of ministers may have thousands of calls in an archive).
using KeyIndex = std::unordered_map<Key, std::vector<size_t>>;

// Joins `item` to cluster `c` of `clusters`, indexing the keys it adds.
void join_indexed(std::vector<Cluster>& clusters, size_t c, const Item& item, KeyIndex& index) {
  std::vector<Key> added;
  std::set_difference(item.keys.begin(), item.keys.end(), clusters[c].keys.begin(),
                      clusters[c].keys.end(), std::back_inserter(added));
  for (Key k : added) index[k].push_back(c);
  join(clusters[c], item);
}

// Places items without a date: the cluster of their bucket that fits their
// weekday and shares most content words that the other candidates do not
// share ("coordination" tells two calls apart, "Karabakh" does not), else
// a cluster of its own.
void place_undated(const Item& item, std::vector<Cluster>& clusters, KeyIndex& index) {
  std::vector<char> fits(clusters.size(), 0);
  std::vector<size_t> fitting;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (!kinds_fit(clusters[c].kind, item.ev->kind)) continue;
    const int wd = clusters[c].date ? clusters[c].date_weekday : clusters[c].weekday;
    if (item.ev->weekday >= 0 && wd >= 0 && wd != item.ev->weekday) continue;
    fits[c] = 1;
    fitting.push_back(c);
  }
  // A key counts for the one fitting cluster that shares it; keys that
  // two or more share count for none (so the search stops at the second).
  std::unordered_map<size_t, size_t> score;
  for (Key k : item.keys) {
    auto it = index.find(k);
    if (it == index.end()) continue;
    size_t holders = 0, holder = 0;
    for (size_t c : it->second) {
      if (!fits[c]) continue;
      holder = c;
      if (++holders > 1) break;
    }
    if (holders == 1) ++score[holder];
  }
  size_t best = SIZE_MAX, best_score = 0, second = 0;
  for (size_t c : fitting) {
    auto it = score.find(c);
    const size_t s = it == score.end() ? 0 : it->second;
    if (s > best_score) {
      second = best_score;
      best_score = s;
      best = c;
    } else if (s > second) {
      second = s;
    }
  }
  const bool clear = best != SIZE_MAX && best_score >= kMinOverlap && best_score > second;
  const bool only = fitting.size() == 1 && item.ev->weekday >= 0;
  if (only) best = fitting.front();
  if (clear || only) {
    join_indexed(clusters, best, item, index);
    return;
  }
  clusters.push_back(
      {item.ev->kind, std::nullopt, DateSource::kNone, item.ev->weekday, -1, {}, {}});
  join_indexed(clusters, clusters.size() - 1, item, index);
}

// Whether no document reports both clusters (one article telling of two
// calls on two days is telling of two calls).
bool other_documents(const Cluster& a, const Cluster& b) {
  for (const Item* x : a.items)
    for (const Item* y : b.items)
      if (x->doc == y->doc) return false;
  return true;
}

// How many documents report the cluster.
size_t documents(const Cluster& c) {
  std::vector<size_t> docs;
  for (const Item* item : c.items) docs.push_back(item->doc);
  std::sort(docs.begin(), docs.end());
  return static_cast<size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
}

// The same call dated a day apart by different articles is one call told in
// two time zones ("May 22" in Washington's readout, "the morning of May 23"
// in Beijing's): one event, under the date more reports give (the earlier
// on a tie: the western time zone's).
void join_time_zones(std::vector<Cluster>& clusters) {
  std::vector<size_t> dated;
  for (size_t c = 0; c < clusters.size(); ++c)
    if (clusters[c].date) dated.push_back(c);
  std::sort(dated.begin(), dated.end(), [&](size_t a, size_t b) {
    return clusters[a].date->days() < clusters[b].date->days();
  });
  std::vector<bool> gone(clusters.size(), false);
  for (size_t i = 0; i + 1 < dated.size(); ++i) {
    Cluster& early = clusters[dated[i]];
    if (gone[dated[i]]) continue;
    for (size_t j = i + 1; j < dated.size(); ++j) {
      Cluster& late = clusters[dated[j]];
      const int64_t gap = late.date->days() - early.date->days();
      if (gap > 1) break;
      if (gap != 1 || gone[dated[j]] || !kinds_fit(early.kind, late.kind) ||
          !other_documents(early, late))
        continue;
      if (documents(late) > documents(early)) {
        for (const Item* item : early.items) join(late, *item);
        gone[dated[i]] = true;
      } else {
        for (const Item* item : late.items) join(early, *item);
        gone[dated[j]] = true;
      }
      break;
    }
  }
  size_t kept = 0;
  for (size_t c = 0; c < clusters.size(); ++c)
    if (!gone[c]) {
      if (kept != c) clusters[kept] = std::move(clusters[c]);
      ++kept;
    }
  clusters.resize(kept);
}

}  // namespace

std::vector<MergedEvent> merge_events(const ReportData& reports,
                                      const std::function<const std::string&(size_t)>& path_of) {
  std::vector<Item> items;
  for (size_t d = 0; d < reports.where.size(); ++d) {
    const auto [first, count] = reports.where[d];
    for (size_t k = 0; k < count; ++k) {
      const CompactReport& r = reports.reports[first + k];
      items.push_back({d, k, &r, reports.keys_of(r)});
    }
  }
  // Buckets by participant set, so merging never compares unrelated events.
  std::unordered_map<std::string, std::vector<const Item*>> buckets;
  std::vector<std::string> bucket_order;
  std::vector<std::string> people_key(reports.people.size());  // memo: sorted names
  for (const Item& item : items) {
    std::string& key = people_key[item.ev->people];
    if (key.empty()) {
      std::vector<std::string> names = reports.people[item.ev->people].participants;
      std::sort(names.begin(), names.end());
      for (const std::string& n : names) (key += n) += '\x1f';
      key += '\x1e';  // never empty, so the memo always holds
    }
    auto [it, fresh] = buckets.try_emplace(key);
    if (fresh) bucket_order.push_back(key);
    it->second.push_back(&item);
  }
  std::vector<Cluster> all;
  for (const std::string& key : bucket_order) {
    std::vector<Cluster> clusters;
    std::map<int64_t, std::vector<size_t>> by_day;
    for (const Item* item : buckets[key]) {
      if (!item->ev->date) continue;
      std::vector<size_t>& same_day = by_day[item->ev->date->days()];
      auto fit = std::find_if(same_day.begin(), same_day.end(), [&](size_t c) {
        return kinds_fit(clusters[c].kind, item->ev->kind);
      });
      if (fit != same_day.end()) {
        join(clusters[*fit], *item);
      } else {
        same_day.push_back(clusters.size());
        clusters.push_back({item->ev->kind,
                            item->ev->date,
                            item->ev->date_source,
                            -1,
                            item->ev->date->weekday(),
                            {},
                            {}});
        join(clusters.back(), *item);
      }
    }
    join_time_zones(clusters);
    // The key index only serves undated reports: most buckets have none.
    const std::vector<const Item*>& bucket = buckets[key];
    if (std::any_of(bucket.begin(), bucket.end(), [](const Item* i) { return !i->ev->date; })) {
      KeyIndex index;
      for (size_t c = 0; c < clusters.size(); ++c)
        for (Key k : clusters[c].keys) index[k].push_back(c);
      for (const Item* item : bucket)
        if (!item->ev->date) place_undated(*item, clusters, index);
    }
    for (Cluster& c : clusters) all.push_back(std::move(c));
  }
  // Ids by date (undated last), then first mention (document, sentence).
  for (Cluster& c : all) {
    c.first = {SIZE_MAX, 0};
    for (const Item* i : c.items)
      c.first = std::min(c.first, std::make_pair(i->doc, i->ev->first_sentence));
  }
  std::stable_sort(all.begin(), all.end(), [&](const Cluster& a, const Cluster& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date && *a.date != *b.date) return *a.date < *b.date;
    return a.first < b.first;
  });
  std::vector<MergedEvent> out;
  for (Cluster& c : all) {
    std::sort(c.items.begin(), c.items.end(), [](const Item* a, const Item* b) {
      return std::make_pair(a->doc, a->index) < std::make_pair(b->doc, b->index);
    });
    MergedEvent m;
    Event& e = m.event;
    e.id = "E" + std::to_string(out.size() + 1);
    e.kind = c.kind == CueKind::kCall        ? EventKind::kCall
             : c.kind == CueKind::kStatement ? EventKind::kStatement
                                             : EventKind::kMeeting;
    e.date = c.date;
    e.date_source = c.date ? c.source : DateSource::kNone;
    const People& people = reports.people[c.items.front()->ev->people];
    e.participants = people.participants;
    e.sides = people.sides;
    // Paths once each (the same file may be given twice), in order: a set,
    // as an event may draw on thousands of articles.
    std::unordered_set<std::string_view> listed;
    for (const Item* i : c.items) {
      m.members.push_back({i->doc, i->index});
      const std::string& path = path_of(i->doc);
      if (listed.insert(path).second) e.documents.push_back(path);
      if (!e.initiator && i->ev->initiator) e.initiator = reports.names[i->ev->initiator - 1];
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace kd::cmp
