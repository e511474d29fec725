// Clauses without "that" after a reporting verb: "told reporters the call
// was useful", "said on Friday the sides had agreed", "said new talks would
// follow". Split from extract_complement.cc, which finds the complement.
#include "extract_frames.h"

namespace kd {

namespace {

// "said further exchanges were being discussed", "said new talks would
// follow", "said peace and stability on the border should remain", "said
// differences remained": a subject without determiner (adjective, noun) is
// a clause only when an auxiliary or a past verb comes within a few words
// (its phrase may have an "and" and a preposition), no comma or relative
// word between.
constexpr size_t kSubjectWords = 7;  // "peace and stability on the border" + 2

bool bare_noun_clause(const SentenceView& s, size_t j) {
  const auto& T = s.toks;
  auto ends = [](std::string_view w, std::string_view e) {
    return w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  const std::string_view w = T[j].low;  // a view: == "literal" compares lengths first, no call
  // "further" and "more" are adverbs too: as such they come right before
  // the verb ("said further talks were" vs "further said that").
  const bool adverb = is_frame_adverb(w);
  if (T[j].in_quote || is_auxiliary(w) || is_preposition(w) || ends(w, "ly") || ends(w, "ing") ||
      ends(w, "ed") ||
      one_of(T[j], {"and", "but", "or", "so", "if", "as", "when", "not", "nothing", "no", "to"}))
    return false;
  for (size_t k = j + 1; k < s.end && k <= j + kSubjectWords; ++k) {
    if (!T[k].word() || T[k].in_quote || one_of(T[k], {"that", "which", "who", "when", "if"}))
      return false;
    if (is_auxiliary(T[k].low)) return k > j + (adverb ? 1 : 0);
    // A verb in the past: "said differences remained", "said talks focused
    // on"; not right after "and" ("said goodbye and left": his second verb).
    if (!adverb && (is_irregular_past(T[k].low) || ends(T[k].low, "ed")))
      return !one_of(T[k - 1], {"and", "but", "or"});
  }
  return false;
}

}  // namespace

bool period_ends_sentence(const SentenceView& s, size_t b) {
  if (!s.toks[b].is(".")) return false;
  for (size_t k = b + 1; k < s.end; ++k)
    if (s.toks[k].word()) return false;
  return true;
}

bool bare_clause_at(const SentenceView& s, size_t j) {
  const auto& T = s.toks;
  const Token& t = T[j];
  if (!(t.capital || is_determiner(t.low) || is_pronoun_subject(t.low) ||
        one_of(t, {"what", "there", "military", "both"})))
    return bare_noun_clause(s, j);
  if (is_pronoun_subject(t.low)) return true;  // "said they oppose ..."
  for (size_t k = j + 1; k < s.end && k < j + 15; ++k) {
    const std::string_view w = T[k].low;  // a view: == "literal" compares lengths first, no call
    if (T[k].word() && (is_auxiliary(w) || is_irregular_past(w) ||
                        (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0)))
      return true;
    // A present-tense verb right after a name: "said Beijing supports ...".
    if (T[k].word() && !T[k].capital && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
        T[k - 1].word() && T[k - 1].capital && !T[k - 1].in_quote)
      return true;
  }
  return false;
}

namespace {

// Words that open the subject of a clause in lower case ("the call was",
// "his country would", "they"): after a noun they cannot go on its phrase.
bool subject_opener(const Token& t) {
  return !t.capital && (one_of(t, {"the", "a", "an", "this", "these", "those", "his", "her", "its",
                                   "their", "our", "there"}) ||
                        is_pronoun_subject(t.low));
}

}  // namespace

// "told reporters the call was useful", "said on Friday the sides had
// agreed": the first token in (j, limit) where a phrase (a listener, a
// place, a time) ends and a bare clause starts, else kNoClause. A phrase
// ends at a noun in lower case or at a name the gazetteer knows; the clause
// opens with a subject word in lower case, or with a name after a lower-case
// noun ("told his counterpart Washington would ...").
size_t FrameFinder::clause_after_phrase(const SentenceView& s, size_t j, size_t limit) const {
  const auto& T = s.toks;
  for (size_t k = j + 1; k < limit && k < s.end; ++k) {
    const Token& p = T[k - 1];
    const Token& t = T[k];
    if (!t.word() || t.in_quote || !p.word() || p.in_quote) return kNoClause;
    if (is_determiner(p.low) || is_preposition(p.low) || is_np_modifier(p.low) || p.is("and") ||
        p.is("of"))
      continue;
    bool ends = false;
    if (subject_opener(t)) {
      ends = true;
    } else if (t.capital) {
      if (!p.capital) {
        ends = true;
      } else {
        for (const EntityMention* m : discourse_.entities_in(p.start, p.end))
          ends |= m->span.end == p.end;
      }
    }
    // "told his counterpart Vladimir Putin that ...": a name right before
    // "that" ends the listener; it is no clause's subject.
    size_t after = k;
    while (after < s.end && T[after].word() && T[after].capital) ++after;
    if (ends && after < s.end && T[after].is("that")) continue;
    if (ends && bare_clause_at(s, k)) return k;
  }
  return kNoClause;
}

}  // namespace kd
