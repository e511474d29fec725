// Event detection in one document (private to the comparer): sentences
// with event cues ("held a telephone conversation", "talks between", "issued
// a joint statement"), their participants (names and role phrases) and
// dates, grouped into one DocEvent per call, meeting or joint statement.
#ifndef KARABAKH_DIFF_SRC_COMPARE_EVENTS_H_
#define KARABAKH_DIFF_SRC_COMPARE_EVENTS_H_

#include <optional>
#include <string>
#include <vector>

#include "compare_model.h"

namespace kd::cmp {

// Entities and sides named in every sentence of `doc` (fills
// work.sentence_names and work.sentence_sides). Needs work.sentence_tokens.
void find_names(const Document& doc, const Resources& res, DocWork& work);

// Adds to work.sentence_names the people the lexicon does not know who
// speak in `da` with a full, capitalised name and a government's side
// (work.people owns them), where a sentence names them in full or, after
// that, by surname. Needs find_names() done.
void add_unknown_speakers(const DocumentAnalysis& da, const Resources& res, DocWork& work);

// Fills work.events, in order of first mention. Needs work.sentence_tokens,
// work.sentence_names and work.dates. `salience` picks among several holders
// of an office named by a role ("the Turkish foreign minister").
void detect_events(const Document& doc, const Resources& res, const Salience& salience,
                   DocWork& work);

// The side that initiated an event according to `tokens` ("at the
// initiative of the Turkish side", "at Ankara's request"), if stated.
std::optional<std::string> initiator_in(const std::vector<Token>& tokens,
                                        const std::vector<EntityRef>& names, const SideTable& sides,
                                        const Resources& res);

// Clues to event dates gathered while reading a document, settled once all
// its events are known.
struct DateClues {
  struct OffsetLink {  // "X came one day after Y": date(to) = date(from) + days
    int from, to;
    int days;
  };
  struct DateFill {  // "the talks were held on May 2"
    int event;
    const DateRef* day;
  };
  struct DayFill {  // "China on Wednesday urged ..., a day after X and Y spoke"
    int event;
    Date date;
    DateSource source;
  };
  std::vector<OffsetLink> links;
  std::vector<DateFill> fills;
  std::vector<DayFill> day_fills;
  // "State House said on Tuesday evening after the leaders spoke by phone":
  // the day the words were said, for an event nothing else dates.
  std::vector<DateFill> said_fills;
  std::vector<std::vector<int>> in_sentence;  // events reported per sentence
};

// Dates events from the clues, then undated ones from the event reported in
// the same sentence, the one just before, or the dateline.
void settle_dates(const Document& doc, const DateClues& clues, std::vector<DocEvent>& events);

// Whether an event on `date` (or, without one, on `weekday`) can be `e`.
bool dates_fit(const DocEvent& e, const std::optional<Date>& date, int weekday);

}  // namespace kd::cmp

#endif  // KARABAKH_DIFF_SRC_COMPARE_EVENTS_H_
