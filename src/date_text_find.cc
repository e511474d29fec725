// find_dates' shortcuts around the scanner (date_text.cc): most sentences
// hold no date, and the extractor and the comparer ask about the same ones.
#include <array>
#include <string>

#include "ascii8.h"
#include "date_text.h"

namespace kd {

namespace {

bool same(const std::optional<Date>& a, const std::optional<Date>& b) {
  if (!a || !b) return !a && !b;
  return a->year == b->year && a->month == b->month && a->day == b->day;
}

char low(char c) { return static_cast<char>(c | 0x20); }

// Whether byte `i` of `s` is a digit or, with a reference, ends "day" or
// "week" or starts "month" (any case; `low` maps only 'A'-'Z' and the
// letters themselves onto 'a'-'z').
[[gnu::always_inline]] inline bool hit_at(std::string_view s, size_t i, bool have_ref) {
  const char c = s[i];
  if (c >= '0' && c <= '9') return true;
  if (!have_ref) return false;
  switch (low(c)) {
    case 'y':
      return i >= 2 && low(s[i - 1]) == 'a' && low(s[i - 2]) == 'd';
    case 'k':
      return i >= 3 && low(s[i - 1]) == 'e' && low(s[i - 2]) == 'e' && low(s[i - 3]) == 'w';
    case 'm':
      return i + 4 < s.size() && low(s[i + 1]) == 'o' && low(s[i + 2]) == 'n' &&
             low(s[i + 3]) == 't' && low(s[i + 4]) == 'h';
    default:
      return false;
  }
}

// A memo slot from the length and three words of the text rather than all of
// it: the memo compares texts anyway, and sentences of one article rarely
// share length, start, middle and end.
size_t slot_of(std::string_view s) {
  uint64_t h = s.size();
  if (s.size() >= 8) {
    h ^= load8(s.data()) * 0x9e3779b97f4a7c15ull;
    h ^= load8(s.data() + s.size() / 2 - 4) * 0xc2b2ae3d27d4eb4full;
    h ^= load8(s.data() + s.size() - 8) * 0x165667b19e3779f9ull;
  } else {
    for (char c : s) h = h * 31 + static_cast<unsigned char>(c);
  }
  return static_cast<size_t>(h ^ (h >> 29) ^ (h >> 47));
}

}  // namespace

bool may_hold_dates(std::string_view text, bool have_ref) {
  // Eight bytes at a time to the few candidate bytes: this runs on every
  // sentence, the scanner only on those that pass.
  const size_t n = text.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const uint64_t w = load8(text.data() + i);
    // Candidates only (zero_bytes marks some bytes above a match): hit_at tests each.
    uint64_t cand = bytes_in_range(w, '0', '9');
    if (have_ref) {
      const uint64_t l = w | kOnes8 * 0x20;
      cand |= zero_bytes(l ^ kOnes8 * 'y') | zero_bytes(l ^ kOnes8 * 'k') |
              zero_bytes(l ^ kOnes8 * 'm');
    }
    for (; cand != 0; cand &= cand - 1)
      if (hit_at(text, i + static_cast<size_t>(__builtin_ctzll(cand)) / 8, have_ref)) return true;
  }
  for (; i < n; ++i)
    if (hit_at(text, i, have_ref)) return true;
  return false;
}

std::vector<DateMention> find_dates(std::string_view text, const std::optional<Date>& published,
                                    std::optional<int> corpus_year) {
  // The extractor dates each sentence with a statement and the comparer then
  // dates every sentence with the same reference: remember recent short
  // texts with their arguments and answers (per thread, direct-mapped).
  // 256 slots: with 64, long articles evicted sentences before the comparer
  // came back to them. Texts without dates are remembered too: the memo is
  // asked before the pre-check, which costs more than a comparison.
  constexpr size_t kMemoText = 2048, kMemoSlots = 256;
  const bool have_ref = published && published->complete();
  if (text.size() > kMemoText) {
    if (!may_hold_dates(text, have_ref)) return {};
    return find_dates_full(text, published, corpus_year);
  }
  struct Slot {
    bool used = false;
    std::string text;
    std::optional<Date> published;
    std::optional<int> corpus_year;
    std::vector<DateMention> found;
  };
  thread_local std::array<Slot, kMemoSlots> memo;
  Slot& slot = memo[slot_of(text) % kMemoSlots];
  if (slot.used && slot.text == text && same(slot.published, published) &&
      slot.corpus_year == corpus_year)
    return slot.found;
  std::vector<DateMention> found;
  if (may_hold_dates(text, have_ref)) found = find_dates_full(text, published, corpus_year);
  slot.used = true;
  slot.text.assign(text);
  slot.published = published;
  slot.corpus_year = corpus_year;
  slot.found = found;
  return found;
}

}  // namespace kd
