#include "compare_dates.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <map>

#include "date_text.h"

namespace kd::cmp {

namespace {

// Weekday named inside a date expression ("late on Thursday"), else -1.
int weekday_in(const std::vector<Token>& tokens) {
  for (const Token& t : tokens) {
    if (!may_be_weekday(t.folded())) continue;
    const int wd = weekday_from_name(t.folded());
    if (wd >= 0) return wd;  // full names: "sun", "wed" are words
  }
  return -1;
}

bool has_year_number(std::string_view text) {
  int run = 0;
  for (char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// The latest `weekday` on or before `reference`.
Date weekday_on_or_before(const Date& reference, int weekday) {
  const int back = (reference.weekday() - weekday + 7) % 7;
  return Date::from_days(reference.days() - back);
}

std::optional<int> number_word(const Token& t) {
  static constexpr std::string_view kNumbers[] = {"zero", "one",   "two",   "three", "four", "five",
                                                  "six",  "seven", "eight", "nine",  "ten"};
  const std::string_view w = t.folded();
  for (int n = 1; n <= 10; ++n)
    if (is(w, kNumbers[n])) return n;
  if (is(w, "a") || is(w, "the")) return 1;
  if (!w.empty() && w.size() <= 2 && w[0] >= '0' && w[0] <= '9') return std::atoi(t.folded_c_str());
  return std::nullopt;
}

// The day of a wire dateline without a year ("MOSCOW, February 15.
// /TASS/.", "BEIJING, Feb. 15 (Xinhua) --"), in the corpus's year.
std::optional<Date> dateline_day(const Document& doc, int corpus_year) {
  for (const DroppedLine& d : doc.dropped) {
    if (d.reason != kWireDatelineReason) continue;
    for (const DateMention& m : find_dates(doc.slice(d.span), std::nullopt, corpus_year))
      if (m.date.complete() && !m.relative) return m.date;
  }
  return std::nullopt;
}

// The word of letters right before `date`, spaces between ("on" of "on
// July 28"); empty when there is none.
std::string_view word_before(std::string_view text, Span date) {
  size_t before = date.start;
  while (before > 0 && text[before - 1] == ' ') --before;
  size_t word = before;
  while (word > 0 && std::isalpha(static_cast<unsigned char>(text[word - 1]))) --word;
  return text.substr(word, before - word);
}

// "Venezuela's disputed July 28 election", "the Oct. 7 attack": a date
// that names a noun's day, not after a preposition, is no day of an event
// the sentence reports ("on July 28" would be).
bool modifies_a_noun(std::string_view text, Span date) {
  size_t after = date.end;
  while (after < text.size() && text[after] == ' ') ++after;
  if (after == date.end || after >= text.size() || !(text[after] >= 'a' && text[after] <= 'z'))
    return false;
  const std::string_view w = word_before(text, date);
  static constexpr std::string_view kPrepositions[] = {
      "on",      "On",    "since", "Since", "until", "by",      "from", "to",
      "before",  "after", "in",    "In",    "of",    "through", "and",  "or",
      "between", "till",  "as",    "at",    "At",    "For",     "for"};
  if (std::find(std::begin(kPrepositions), std::end(kPrepositions), w) != std::end(kPrepositions))
    return false;
  // The word after: a noun the date modifies, not a verb or a clause's start.
  size_t end = after;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  const std::string_view next = text.substr(after, end - after);
  static constexpr std::string_view kNotNouns[] = {
      "and",    "or",      "to",      "in",        "at",    "on",     "when", "that",    "after",
      "before", "with",    "as",      "while",     "the",   "a",      "an",   "but",     "for",
      "from",   "by",      "of",      "was",       "were",  "is",     "are",  "had",     "has",
      "have",   "said",    "says",    "will",      "would", "local",  "time", "last",    "this",
      "next",   "morning", "evening", "afternoon", "night", "during", "amid", "against", "into"};
  return std::find(std::begin(kNotNouns), std::end(kNotNouns), next) == std::end(kNotNouns);
}

// "Sheinbaum said on Friday that Trump had assured her in a phone call",
// "..., the ministry said Thursday": the day after a reporting verb is when
// the words were said; the call may be a day or more before.
bool dates_words(std::string_view text, Span date) {
  Span at = date;
  for (int skipped = 0; skipped < 3; ++skipped) {
    const std::string_view w = word_before(text, at);
    if (w.empty()) return false;
    static constexpr std::string_view kBetween[] = {"on",    "late",      "early",
                                                    "later", "reporters", "journalists"};
    static constexpr std::string_view kReporting[] = {
        "said",     "says",  "told",   "tells",   "added", "stated",    "announced",
        "reported", "wrote", "posted", "tweeted", "noted", "confirmed", "explained"};
    if (std::find(std::begin(kReporting), std::end(kReporting), w) != std::end(kReporting))
      return true;
    if (std::find(std::begin(kBetween), std::end(kBetween), w) == std::end(kBetween)) return false;
    at.start = static_cast<uint32_t>(w.data() - text.data());
  }
  return false;
}

// "from July 1", "by the end of March", "until Friday": the start or end of
// a period the sentence talks about (customs opening "from July 1"), not
// the day of an event it reports.
bool bounds_a_period(std::string_view text, Span date) {
  std::string w(word_before(text, date));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kBounds[] = {"from",    "until",     "till",      "by",
                                                 "since",   "starting",  "effective", "beginning",
                                                 "through", "throughout"};
  return std::find(std::begin(kBounds), std::end(kBounds), w) != std::end(kBounds);
}

}  // namespace

DocDates scan_dates(const Document& doc, std::optional<int> corpus_year,
                    const std::vector<std::vector<Token>>& tokens) {
  DocDates out;
  const size_t n = doc.sentences.size();
  out.by_sentence.resize(n);
  // The date the text's weekdays count back from: the publication's, or a
  // wire dateline's day in the corpus's year.
  std::optional<Date> published = doc.published;
  if (!published && corpus_year) published = dateline_day(doc, *corpus_year);
  std::vector<std::vector<DateMention>> found(n);
  for (size_t s = 0; s < n; ++s)
    found[s] = find_dates(doc.slice(doc.sentences[s].span), published, corpus_year);
  out.reference = published;
  if (!published) {
    // An undated article is written after every date it gives: "on
    // Thursday" is the first Thursday after the latest explicit date.
    std::optional<Date> latest;
    for (const auto& list : found)
      for (const DateMention& m : list)
        if (!m.relative && m.date.complete() && m.source != DateSource::kWeekday &&
            (!corpus_year || m.date.year >= *corpus_year - 1) &&  // not "the 1994 truce"
            (!latest || *latest < m.date))
          latest = m.date;
    if (latest) {
      out.reference = Date::from_days(latest->days() + 6);
      for (size_t s = 0; s < n; ++s) {
        // Only such mentions take the second pass's answer: without one,
        // the sentence need not be scanned again.
        bool open = false;
        for (const DateMention& m : found[s])
          open = open || m.source == DateSource::kWeekday || !m.date.complete();
        if (!open) continue;
        std::vector<DateMention> again =
            find_dates(doc.slice(doc.sentences[s].span), out.reference, corpus_year);
        for (DateMention& m : found[s])
          for (const DateMention& r : again)
            if (r.span == m.span && (m.source == DateSource::kWeekday || !m.date.complete())) m = r;
      }
    }
  }
  for (size_t s = 0; s < n; ++s) {
    const uint32_t base = doc.sentences[s].span.start;
    for (const DateMention& m : found[s]) {
      DateRef ref;
      ref.span = {base + m.span.start, base + m.span.end};
      std::string_view text = doc.slice(ref.span);
      ref.weekday = weekday_in(tokenize(text));
      ref.relative =
          m.relative || modifies_a_noun(doc.text, ref.span) || bounds_a_period(doc.text, ref.span);
      ref.of_words = dates_words(doc.text, ref.span);
      ref.source = m.source;
      if (m.date.complete()) {
        ref.date = m.date;
        if (ref.weekday < 0 && !m.relative && m.source == DateSource::kWeekday)
          ref.weekday = m.date.weekday();
        if (!doc.published)
          ref.source = has_year_number(text) ? DateSource::kText : DateSource::kCorpus;
      }
      out.by_sentence[s].push_back(ref);
    }
    // Weekday names the date scanner did not report ("Thursday" alone).
    for (const Token& t : tokens[s]) {
      if (!may_be_weekday(t.folded())) continue;
      const int wd = weekday_from_name(t.folded());
      if (wd < 0) continue;
      bool covered = false;
      for (const DateRef& r : out.by_sentence[s])
        covered = covered || (t.span.start >= r.span.start && t.span.end <= r.span.end);
      if (covered) continue;
      DateRef ref;
      ref.span = t.span;
      ref.weekday = wd;
      ref.source = doc.published ? DateSource::kWeekday : DateSource::kCorpus;
      ref.of_words = dates_words(doc.text, ref.span);
      if (out.reference) ref.date = weekday_on_or_before(*out.reference, wd);
      out.by_sentence[s].push_back(ref);
    }
  }
  return out;
}

const DateRef* nearest_day(const std::vector<DateRef>& refs, uint32_t pos, uint32_t lo,
                           uint32_t hi) {
  const DateRef* best = nullptr;
  int64_t best_cost = 0;
  for (const DateRef& r : refs) {
    if (r.relative || r.of_words || (!r.date && r.weekday < 0)) continue;
    int64_t dist = 0;
    if (pos < r.span.start) dist = r.span.start - pos;
    if (pos > r.span.end) dist = pos - r.span.end;
    const bool inside = r.span.start >= lo && r.span.end <= hi;
    const int64_t cost = dist + (inside ? 0 : 100000);
    if (!best || cost < best_cost) {
      best = &r;
      best_cost = cost;
    }
  }
  return best;
}

std::optional<int> day_offset_phrase(const std::vector<Token>& tokens, size_t& where) {
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (!is(tokens[i + 1].stem(), "day")) continue;
    const std::optional<int> n = number_word(tokens[i]);
    if (!n) continue;
    const std::string_view dir = tokens[i + 2].folded();
    if (dir != "after" && dir != "before") continue;
    where = i + 2;
    return dir == "after" ? -*n : *n;
  }
  return std::nullopt;
}

}  // namespace kd::cmp
