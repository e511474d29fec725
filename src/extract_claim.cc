#include "extract_claim.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "ascii8.h"
#include "date_text.h"
#include "fold.h"

namespace kd {

namespace {

bool trim_char(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '.' || c == ',' || c == ';' || c == ':' ||
         c == '-';
}

// Length of a double quotation mark opening at t[i], or 0.
uint32_t opening_mark(std::string_view t, size_t i) {
  if (t[i] == '"') return 1;
  if (t.compare(i, 2, "''") == 0 || t.compare(i, 2, "\xC2\xAB") == 0) return 2;
  if (t.compare(i, 3, "\xE2\x80\x9C") == 0 || t.compare(i, 3, "\xE2\x80\x9E") == 0) return 3;
  return 0;
}

// Byte ranges of quotation marks inside `s`, with the marks that reopen a
// quotation at the start of each paragraph it continues into.
std::vector<Span> marks_in(std::string_view text, const std::vector<Quote>& quotes, Span s) {
  std::vector<Span> out;
  for (const Quote& q : quotes) {
    if (q.open >= s.end) break;
    if (q.close <= s.start) continue;
    out.push_back({q.open, q.inner.start});
    for (size_t nl = text.find('\n', q.inner.start); nl < q.inner.end;
         nl = text.find('\n', nl + 1)) {
      size_t k = nl + 1;
      while (k < q.inner.end && (text[k] == '\n' || text[k] == ' ')) ++k;
      if (const uint32_t len = k < q.inner.end ? opening_mark(text, k) : 0) {
        out.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + len)});
        nl = k;
      }
    }
    if (q.close > q.inner.end) out.push_back({q.inner.end, q.close});
  }
  return out;
}

// Trims spaces, punctuation and quotation marks at both ends.
Span trim(const Document& doc, const std::vector<Span>& marks, Span s) {
  auto mark_at = [&](uint32_t pos, bool end) {
    for (const Span& m : marks)
      if (end ? m.end == pos : m.start == pos) return &m;
    return static_cast<const Span*>(nullptr);
  };
  bool changed = true;
  while (changed && s.start < s.end) {
    changed = false;
    if (const Span* m = mark_at(s.start, false))
      s.start = std::min(m->end, s.end), changed = true;
    else if (trim_char(doc.text[s.start]) && doc.text[s.start] != '-')
      ++s.start, changed = true;
    if (s.start >= s.end) break;
    if (const Span* m = mark_at(s.end, true))
      s.end = std::max(m->start, s.start), changed = true;
    else if (trim_char(doc.text[s.end - 1]))
      --s.end, changed = true;
  }
  return s;
}

// `s` without the quotation marks in `marks` (sorted, not overlapping) and
// with each run of whitespace made one space; written byte by byte into a
// buffer of the span's size, cut to length at the end (claims are most of a
// body's text: no append call per word).
std::string text_without_marks(const Document& doc, const std::vector<Span>& marks, Span s) {
  std::string out(s.size(), '\0');  // at most the span: a space out per space in
  char* const begin = out.data();
  char* o = begin;
  const char* t = doc.text.data();
  bool space = false;
  size_t k = 0;  // the first mark ending after i
  for (uint32_t i = s.start; i < s.end;) {
    while (k < marks.size() && marks[k].end <= i) ++k;
    uint32_t stop = s.end;
    if (k < marks.size()) {
      if (marks[k].start <= i) {
        i = marks[k].end;  // a mark: dropped, and no space of its own
        continue;
      }
      stop = std::min(stop, marks[k].start);
    }
    for (; i < stop; ++i) {
      const char c = t[i];
      if (is_ascii_space(c)) {
        space = o != begin;
        continue;
      }
      if (space) *o++ = ' ';
      space = false;
      *o++ = c;
    }
  }
  out.resize(static_cast<size_t>(o - begin));
  return out;
}

Mode mode_of(const std::vector<Quote>& quotes, Span s) {
  bool overlap = false;
  for (const Quote& q : quotes) {
    if (q.open >= s.end) break;
    if (q.close <= s.start) continue;
    if (q.inner.start <= s.start && s.end <= q.inner.end) return Mode::kDirect;
    overlap = true;
  }
  return overlap ? Mode::kMixed : Mode::kIndirect;
}

inline bool folded_word_char(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  if (c < 0x80)  // ASCII by table, no libc call: nearly all of the folded text
    return is_ascii_alnum(c) || c == '\'';
  return std::isalnum(c);
}

// Calls f(word) for the words (alphanumerics and apostrophes) of fold(text)
// until f returns false; views into one folded copy, no string per word.
template <class F>
void for_each_folded_word(std::string_view text, F f) {
  const std::string folded = fold(text);
  const std::string_view s = folded;
  size_t i = 0;
  while (i < s.size()) {
    if (!folded_word_char(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && folded_word_char(s[j])) ++j;
    if (!f(s.substr(i, j - i))) return;
    i = j;
  }
}

// "... the root causes of the war, a phrase Russian officials use for NATO's
// expansion", "..., a reference to the killing of ...": the writer's gloss
// on the words, after a comma or dash outside quotations; where it starts,
// else s.end.
uint32_t gloss_start(const Document& doc, const std::vector<Quote>& quotes, Span s) {
  static constexpr std::string_view kGlossNouns[] = {
      "reference",   "phrase",   "term",      "claim", "characterisation", "characterization",
      "description", "allusion", "euphemism", "nod",   "assertion",        "label",
      "expression",  "formula",  "code",      "veiled"};
  const std::string_view text = doc.text;
  // The lower-case word at text[at] (up to 16 letters) into `word`; the
  // position after it and its spaces.
  auto read_word = [&](uint32_t at, std::string_view& word, char(&buf)[16]) {
    size_t n = 0;
    while (at < s.end && std::isalpha(static_cast<unsigned char>(text[at])) && n < sizeof buf)
      buf[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[at++])));
    word = std::string_view(buf, n);
    while (at < s.end && text[at] == ' ') ++at;
    return at;
  };
  auto gloss = [](std::string_view w) {
    return std::find(std::begin(kGlossNouns), std::end(kGlossNouns), w) != std::end(kGlossNouns);
  };
  for (uint32_t i = s.start; i + 4 < s.end; ++i) {
    if (text[i] != ',' && text[i] != '-') continue;
    uint32_t k = i + 1;
    while (k < s.end && text[k] == ' ') ++k;
    // An article first: most commas are followed by none.
    if (k == i + 1 || k + 2 >= s.end || (text[k] != 'a' && text[k] != 'A') ||
        (text[k + 1] != ' ' && !(text[k + 1] == 'n' && text[k + 2] == ' ')))
      continue;
    k += text[k + 1] == ' ' ? 2 : 3;
    // An optional adjective ("an apparent reference"), then the noun.
    char b1[16], b2[16];
    std::string_view w1, w2;
    const uint32_t next = read_word(k, w1, b1);
    read_word(next, w2, b2);
    if (!gloss(w1) && !gloss(w2)) continue;
    const bool quoted = std::any_of(quotes.begin(), quotes.end(), [&](const Quote& q) {
      return q.inner.start <= i && i < q.inner.end;
    });
    if (!quoted) return i;
  }
  return s.end;
}

}  // namespace

std::optional<Claim> make_claim(const Document& doc, const std::vector<Quote>& quotes, Span part,
                                const std::optional<Span>& second, const CueIndex& cues) {
  std::vector<Span> marks =
      marks_in(doc.text, quotes, {part.start, second ? second->end : part.end});
  Claim c;
  if (!second) part.end = gloss_start(doc, quotes, part);
  c.span = trim(doc, marks, part);
  if (c.span.size() == 0) return std::nullopt;
  c.text = text_without_marks(doc, marks, c.span);
  c.mode = mode_of(quotes, c.span);
  if (second) {
    Span s2 = trim(doc, marks, *second);
    if (s2.size() > 0) {
      c.text += " " + text_without_marks(doc, marks, s2);
      if (mode_of(quotes, s2) != c.mode) c.mode = Mode::kMixed;
      c.span.end = s2.end;
    }
  }
  // "without" sets a condition ("no meaning without a permanent solution")
  // unless what it is without is a condition or a delay ("ready to sign
  // without any preconditions", "meet without delay": the lexicon's
  // unconditional_without words).
  bool after_without = false;
  // "with no mention of a partnership" tells what was left unsaid; it
  // denies nothing.
  bool after_no = false;
  for_each_folded_word(c.text, [&](std::string_view w) {
    if (after_no) {
      after_no = false;
      if (w != "mention" && w != "reference") c.negated = true;
    }
    if (w == "no") {
      after_no = true;
      return true;
    }
    if (after_without) {
      if (w == "any") return true;
      after_without = false;
      if (cues.is_unconditional_without(w)) return true;
      c.conditional = true;
    }
    const ClauseMarks marks = clause_marks(w);
    if (marks.negation || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0))
      c.negated = true;
    if (marks.condition) {
      if (w == "without") {
        after_without = true;
      } else {
        c.conditional = true;
      }
    }
    return true;
  });
  if (after_without) c.conditional = true;
  if (after_no) c.negated = true;
  return c;
}

bool only_reports_event(const Claim& claim, const Gazetteer& gazetteer, const CueIndex& cues) {
  std::string rest = claim.text;
  // Blank out names and dates first; what remains must be event vocabulary.
  for (const EntityMention& m : gazetteer.find(claim.text))
    std::fill(rest.begin() + m.span.start, rest.begin() + m.span.end, ' ');
  for (const DateMention& d : find_dates(claim.text, Date{2000, 1, 1}, 2000))
    std::fill(rest.begin() + d.span.start, rest.begin() + d.span.end, ' ');
  bool only_event = true;
  for_each_folded_word(rest, [&](std::string_view w) {
    if (w.size() <= 1 || cues.is_event_cue_word(w) || is_event_word(w)) return true;
    if (!gazetteer.side_of_word(w).empty()) return true;
    only_event = false;
    return false;
  });
  return only_event;
}

namespace {

// The tokens of `span` inside `paragraph` as [begin, end), when they are
// what tokenize(doc, span, quotes) would make: no word cut by either end and
// no clitic ("'s") at the start, which only attaches to a word before it.
bool tokens_within(const std::vector<Token>& paragraph, Span span, size_t& begin, size_t& end) {
  auto by_start = [](const Token& t, uint32_t pos) { return t.start < pos; };
  begin = std::lower_bound(paragraph.begin(), paragraph.end(), span.start, by_start) -
          paragraph.begin();
  end = std::lower_bound(paragraph.begin() + begin, paragraph.end(), span.end, by_start) -
        paragraph.begin();
  if (begin > 0 && paragraph[begin - 1].end > span.start) return false;
  if (begin == paragraph.size() || paragraph.back().end < span.end) return false;
  if (begin == end) return true;  // no token: nothing to match either way
  if (paragraph[begin].word() && paragraph[begin].low[0] == '\'') return false;
  // A word or mark running past the end is cut short when tokenized alone;
  // quotation marks are kept whole either way.
  const Token& last = paragraph[end - 1];
  return last.end <= span.end || last.kind == TokKind::kQuoteOpen ||
         last.kind == TokKind::kQuoteClose;
}

const Cue* cue_in(const std::vector<Token>& toks, size_t begin, size_t end, const CueIndex& cues) {
  for (size_t i = begin; i < end && i < begin + 12; ++i) {
    if (i > begin &&
        (is_determiner(toks[i - 1].low) || toks[i - 1].is("'s") || toks[i - 1].is("to")))
      continue;
    CueMatch m = cues.match(toks, i, end);
    if (m.cue && m.cue->cls != CueClass::kReport && !m.participle) return m.cue;
  }
  return nullptr;
}

}  // namespace

const Cue* inner_cue(const Document& doc, const std::vector<Quote>& quotes, const Claim& claim,
                     const CueIndex& cues, const std::vector<Token>& paragraph) {
  size_t begin = 0, end = 0;
  if (tokens_within(paragraph, claim.span, begin, end)) return cue_in(paragraph, begin, end, cues);
  const std::vector<Token> toks = tokenize(doc, claim.span, quotes);
  return cue_in(toks, 0, toks.size(), cues);
}

}  // namespace kd
