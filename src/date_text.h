// Dates written in article text (private, shared by the extractor and the
// comparer): "on Thursday", "Nov. 7", "late Nov. 7", "October 10",
// "01.10.2020", "earlier this month", "one day after".
#ifndef KARABAKH_DIFF_SRC_DATE_TEXT_H_
#define KARABAKH_DIFF_SRC_DATE_TEXT_H_

#include <optional>
#include <string_view>
#include <vector>

#include "karabakh_diff/date.h"
#include "karabakh_diff/document.h"

namespace kd {

struct DateMention {
  Span span;          // byte range in the searched text
  Date date;          // year may be 0 when neither reference nor corpus year is known
  DateSource source;  // kText (explicit), kWeekday (resolved weekday), kCorpus (year from corpus)
  bool relative = false;  // "earlier this month", "one day after": approximate
};

// Date expressions in `text`, in text order. Weekdays and relative phrases
// resolve against `published` (a weekday means the latest such day on or
// before it); a month-day without year takes `published`'s year, else
// `corpus_year` (source kCorpus), else year 0.
std::vector<DateMention> find_dates(std::string_view text, const std::optional<Date>& published,
                                    std::optional<int> corpus_year);

// find_dates without its shortcuts (no memo, no pre-check): the scanner
// itself, kept callable so tests can hold the shortcuts to it.
std::vector<DateMention> find_dates_full(std::string_view text,
                                         const std::optional<Date>& published,
                                         std::optional<int> corpus_year);

// False only when find_dates(text, ...) is certainly empty: every date the
// scanner reports needs a digit or, with a complete reference date
// (`have_ref`), a word ending in "day" ("Monday", "today") or "week" or
// "month" ("last week"). Case-insensitive, so "MONDAY" and "Month" count.
bool may_hold_dates(std::string_view text, bool have_ref);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_DATE_TEXT_H_
