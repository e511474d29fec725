// Dating the events of one document from the clues its sentences give.
#include "compare_events.h"

namespace kd::cmp {

bool dates_fit(const DocEvent& e, const std::optional<Date>& date, int weekday) {
  if (e.date && date) return *e.date == *date;
  if (e.date && weekday >= 0) return e.date->weekday() == weekday;
  if (date && e.weekday >= 0) return date->weekday() == e.weekday;
  if (e.weekday >= 0 && weekday >= 0) return e.weekday == weekday;
  return true;
}

void settle_dates(const Document& doc, const DateClues& clues, std::vector<DocEvent>& events) {
  // Twice, so that a chain "A one day after B, B one day after C" settles.
  for (int round = 0; round < 2; ++round) {
    for (const DateClues::OffsetLink& l : clues.links) {
      DocEvent& from = events[static_cast<size_t>(l.from)];
      DocEvent& to = events[static_cast<size_t>(l.to)];
      if (from.date && !to.date) {
        to.date = Date::from_days(from.date->days() + l.days);
        to.date_source = from.date_source;
      } else if (to.date && !from.date) {
        from.date = Date::from_days(to.date->days() - l.days);
        from.date_source = to.date_source;
      }
    }
  }
  for (const DateClues::DayFill& f : clues.day_fills) {
    DocEvent& e = events[static_cast<size_t>(f.event)];
    if (e.date) continue;
    e.date = f.date;
    e.date_source = f.source;
  }
  // (The day words were said before a date after a back-reference: "the
  // joint declaration of 7 April 2022" in a story of talks "on Monday".)
  for (const auto* fills : {&clues.said_fills, &clues.fills})
    for (const DateClues::DateFill& f : *fills) {
      DocEvent& e = events[static_cast<size_t>(f.event)];
      if (e.date || !f.day->date) continue;
      e.date = f.day->date;
      e.date_source = f.day->source;
    }
  // Undated reports: the event named in the same sentence ("after talks
  // between X and Y, the ministers held talks"), else the event just before
  // it in the same or previous paragraph, else the dateline (unless the
  // text dates it vaguely: "last week"); none for an event of another month
  // ("last met in June 2024").
  for (size_t i = 0; i < events.size(); ++i) {
    DocEvent& e = events[i];
    if (e.date || e.other_month) continue;
    const Mention& first = e.mentions.front();
    const DocEvent* from = nullptr;
    for (int j : clues.in_sentence[first.sentence])
      if (!from && static_cast<size_t>(j) != i && events[static_cast<size_t>(j)].date)
        from = &events[static_cast<size_t>(j)];
    for (size_t j = i; !from && j-- > 0;) {
      const Mention& before = events[j].mentions.front();
      if (events[j].date && before.sentence <= first.sentence &&
          before.paragraph + 1 >= first.paragraph)
        from = &events[j];
    }
    if (from && dates_fit(e, from->date, -1)) {
      e.date = from->date;
      e.date_source = from->date_source;
    } else if (doc.published && e.weekday < 0 && !e.vague_date) {
      e.date = doc.published;
      e.date_source = DateSource::kPublished;
    }
  }
}

}  // namespace kd::cmp
