#include "compare_merge.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

namespace kd::cmp {

namespace {

// Shared content words needed to tie a report without a date to an event.
constexpr size_t kMinOverlap = 2;

struct Item {
  size_t doc, index;
  const DocEvent* ev;
  std::vector<std::string> keys;  // content keys of its sentences and readouts
};

struct Cluster {
  CueKind kind;
  std::optional<Date> date;
  DateSource source = DateSource::kNone;
  int weekday = -1;
  std::vector<const Item*> items;
  std::vector<std::string> keys;  // sorted union
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
  } else if (c.date && item.ev->date && item.ev->date_source < c.source) {
    c.source = item.ev->date_source;  // most reliable evidence for the same day
  }
  if (c.weekday < 0) c.weekday = item.ev->weekday;
  std::vector<std::string> keys;
  std::set_union(c.keys.begin(), c.keys.end(), item.keys.begin(), item.keys.end(),
                 std::back_inserter(keys));
  c.keys = std::move(keys);
}

std::vector<std::string> item_keys(const DocumentAnalysis& da, const DocEvent& ev) {
  std::string text;
  for (const Mention& m : ev.mentions)
    (text += da.doc.slice(da.doc.sentences[m.sentence].span)) += ' ';
  for (size_t r : ev.readouts) (text += da.statements[r].claim) += ' ';
  return content_keys(text);
}

std::vector<std::string> shared_keys(const std::vector<std::string>& a,
                                     const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Places items without a date: the cluster of their bucket that fits their
// weekday and shares most content words that the other candidates do not
// share ("coordination" tells two calls apart, "Karabakh" does not), else
// a cluster of its own.
void place_undated(const Item& item, std::vector<Cluster>& clusters) {
  std::vector<Cluster*> fitting;
  for (Cluster& c : clusters) {
    if (!kinds_fit(c.kind, item.ev->kind)) continue;
    const int wd = c.date ? c.date->weekday() : c.weekday;
    if (item.ev->weekday >= 0 && wd >= 0 && wd != item.ev->weekday) continue;
    fitting.push_back(&c);
  }
  std::vector<std::vector<std::string>> shared;
  std::map<std::string, int> spread;
  for (Cluster* c : fitting) {
    shared.push_back(shared_keys(item.keys, c->keys));
    for (const std::string& k : shared.back()) ++spread[k];
  }
  Cluster* best = nullptr;
  size_t best_score = 0, second = 0;
  for (size_t i = 0; i < fitting.size(); ++i) {
    size_t score = 0;
    for (const std::string& k : shared[i]) score += spread[k] == 1 ? 1 : 0;
    if (score > best_score) {
      second = best_score;
      best_score = score;
      best = fitting[i];
    } else if (score > second) {
      second = score;
    }
  }
  const bool clear = best && best_score >= kMinOverlap && best_score > second;
  const bool only = fitting.size() == 1 && item.ev->weekday >= 0;
  if (only) best = fitting.front();
  if (clear || only) {
    join(*best, item);
    return;
  }
  Cluster c{item.ev->kind, std::nullopt, DateSource::kNone, item.ev->weekday, {}, {}};
  join(c, item);
  clusters.push_back(std::move(c));
}

}  // namespace

std::vector<MergedEvent> merge_events(const Analysis& analysis, const std::vector<DocWork>& work) {
  std::vector<Item> items;
  for (size_t d = 0; d < work.size(); ++d)
    for (size_t k = 0; k < work[d].events.size(); ++k)
      items.push_back(
          {d, k, &work[d].events[k], item_keys(analysis.documents[d], work[d].events[k])});
  // Buckets by participant set, so merging never compares unrelated events.
  std::unordered_map<std::string, std::vector<const Item*>> buckets;
  std::vector<std::string> bucket_order;
  for (const Item& item : items) {
    std::vector<std::string> names = item.ev->participants;
    std::sort(names.begin(), names.end());
    std::string key;
    for (const std::string& n : names) (key += n) += '\x1f';
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
        clusters.push_back({item->ev->kind, item->ev->date, item->ev->date_source, -1, {}, {}});
        join(clusters.back(), *item);
      }
    }
    for (const Item* item : buckets[key])
      if (!item->ev->date) place_undated(*item, clusters);
    for (Cluster& c : clusters) all.push_back(std::move(c));
  }
  // Ids by date (undated last), then first mention (document, sentence).
  auto first_mention = [](const Cluster& c) {
    std::pair<size_t, uint32_t> best{SIZE_MAX, 0};
    for (const Item* i : c.items)
      best = std::min(best, std::make_pair(i->doc, i->ev->mentions.front().sentence));
    return best;
  };
  std::stable_sort(all.begin(), all.end(), [&](const Cluster& a, const Cluster& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date && *a.date != *b.date) return *a.date < *b.date;
    return first_mention(a) < first_mention(b);
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
    e.participants = c.items.front()->ev->participants;
    e.sides = c.items.front()->ev->sides;
    for (const Item* i : c.items) {
      m.members.push_back({i->doc, i->index});
      const std::string& path = analysis.documents[i->doc].doc.path;
      if (std::find(e.documents.begin(), e.documents.end(), path) == e.documents.end())
        e.documents.push_back(path);
      if (!e.initiator && i->ev->initiator) e.initiator = i->ev->initiator;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace kd::cmp
