// Dates for the comparer (private): every date expression of a document,
// resolved against its published date or, for an undated article, against
// the latest date its own text gives (with the year from the corpus).
#ifndef KARABAKH_DIFF_SRC_COMPARE_DATES_H_
#define KARABAKH_DIFF_SRC_COMPARE_DATES_H_

#include <optional>
#include <vector>

#include "compare_text.h"
#include "karabakh_diff/analysis.h"

namespace kd::cmp {

// A date expression found in a sentence.
struct DateRef {
  Span span;                 // doc text offsets
  std::optional<Date> date;  // complete, or none when only the weekday is known
  int weekday = -1;          // 0 = Monday; known for "on Thursday" even without a date
  DateSource source = DateSource::kText;
  bool relative = false;  // "earlier this month", "one day after": not a day
  bool of_words = false;  // "said on Friday": the day words were said, not an event's
};

struct DocDates {
  // What "on Thursday" is resolved against: the published date, else a
  // reference inferred from the latest explicit date of the text.
  std::optional<Date> reference;
  std::vector<std::vector<DateRef>> by_sentence;  // parallel to Document::sentences
};

// Scans every sentence of `doc`. `tokens` are the sentence tokens (doc
// offsets), used to see weekday names that find_dates left unresolved.
DocDates scan_dates(const Document& doc, std::optional<int> corpus_year,
                    const std::vector<std::vector<Token>>& tokens);

// The date reference of `refs` closest to byte `pos` that names a day
// (complete date or weekday) and not the day words were said, preferring
// references within [lo, hi).
const DateRef* nearest_day(const std::vector<DateRef>& refs, uint32_t pos, uint32_t lo,
                           uint32_t hi);

// "one day after", "two days before", "the day after" in tokens: the days
// from the event named before the phrase to the one named right after it
// ("X came one day after Y": date(Y) = date(X) - 1, so -1). `where` is set
// to the phrase's last token. nullopt when there is no such phrase.
// False when `word` (a token's folded form) is not a full weekday name,
// which weekday_from_name would otherwise be asked about ("sun", "wed" are
// words, not days). All seven end in "day": most words fail this before the
// lookup.
// Inline: scan_dates asks it of every token of a document.
inline bool may_be_weekday(std::string_view word) {
  const size_t n = word.size();
  return n >= 6 && n <= 9 && word.substr(n - 3) == "day";
}

std::optional<int> day_offset_phrase(const std::vector<Token>& tokens, size_t& where);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_DATES_H_
