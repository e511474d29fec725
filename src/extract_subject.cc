// Subjects of frames: the speaker's phrase before its verb, read back over
// titles, sources ("a source in the Kremlin"), what an unnamed speaker
// knows ("two diplomats familiar with the talks"), what a document is of
// ("the readout of the call"), asides and clauses between subject and verb.
#include <algorithm>

#include "extract_frames.h"

namespace kd {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// A word that can be part of a speaker phrase read backwards from its verb.
bool np_word(const std::vector<Token>& T, size_t k, size_t begin) {
  const Token& t = T[k];
  if (t.kind == TokKind::kPunct) return t.is("-") || t.is(".");
  // A number inside a name: "A No 10 spokesperson", "the Group of 20".
  // (Not a date's: "On May 10 the ministry said".)
  if (t.word() && !t.low.empty() && t.low[0] >= '0' && t.low[0] <= '9' && k > begin &&
      ((T[k - 1].capital && (T[k - 1].is("no") || T[k - 1].is("number"))) || T[k - 1].is("of")))
    return true;
  // The lower-case half of a hyphenated name: "Jung Hye-jeon".
  if (t.word() && !t.capital && k >= begin + 2 && T[k - 1].is("-") && T[k - 1].end == t.start &&
      T[k - 2].end == T[k - 1].start && T[k - 2].capital)
    return true;
  if (t.is("'s")) return true;  // a possessive, not "is"
  if (!t.word() || t.in_quote || is_auxiliary(t.low) || t.is("that") || t.is("which") ||
      t.is("who"))
    return false;
  if (t.is("them")) return k > begin && T[k - 1].is("of");  // "One of them said"
  // "an adviser to Macron said", "a spokesman for Erdogan said".
  if ((t.is("to") || t.is("for")) && k > begin && is_speaker_noun(T[k - 1].low) &&
      k + 1 < T.size() && T[k + 1].capital)
    return true;
  // "Asaad al-Shaibani", "Faisal bin Farhan", "De la Fuente": a particle
  // before the capitalised rest of a name.
  if (is_name_particle(t.low) && k + 1 < T.size() &&
      (T[k + 1].capital || (is_name_particle(T[k + 1].low) && k + 2 < T.size()) ||
       (T[k + 1].is("-") && k + 2 < T.size() && T[k + 2].capital)))
    return true;
  if (t.is("and"))  // only between names: "Lavrov and Cavusoglu", "the crown prince and Rubio"
    return k > begin && (T[k - 1].capital || is_person_title(T[k - 1].low)) && k + 1 < T.size() &&
           T[k + 1].capital;
  return t.capital || is_determiner(t.low) || is_speaker_noun(t.low) || is_np_modifier(t.low) ||
         is_person_title(t.low) || t.is("of") || t.is("'s") || is_pronoun_subject(t.low);
}

// "a source in the Kremlin", "sources close to the ministry": where the
// subject phrase T[a, ...) is the place of a source named before it, the
// start of the source's phrase; else kNone.
size_t source_before(const std::vector<Token>& T, size_t a, size_t begin) {
  size_t k = a;
  if (k >= begin + 2 && T[k - 1].is("to") && T[k - 2].is("close")) {
    k -= 2;
  } else if (k > begin && is_source_place(T[k - 1].low)) {
    k -= 1;
  } else {
    return kNone;
  }
  if (k == begin || !is_source_noun(T[k - 1].low)) return kNone;
  --k;
  while (k > begin && a - k < 12 && np_word(T, k - 1, begin)) --k;
  return k;
}

// T[k] opens "quoted by PAP" or "cited by Xinhua" between the subject and
// its verb ("Adam Szlapka, quoted by PAP, said"): a relay, no part of it.
bool relayed_by_at(const std::vector<Token>& T, size_t k) {
  return k + 1 < T.size() && (T[k].is("quoted") || T[k].is("cited")) && T[k + 1].is("by");
}

// T[k] opens an aside between commas that is no part of a subject:
// "however", "meanwhile", "for their part", "in turn".
bool opens_aside(const std::vector<Token>& T, size_t k) {
  if (one_of(T[k], {"however", "though", "meanwhile", "nevertheless", "too", "also", "likewise",
                    "instead", "moreover", "furthermore", "separately", "similarly", "therefore"}))
    return true;
  return k + 2 < T.size() &&
         ((T[k].is("for") && T[k + 2].is("part")) || (T[k].is("in") && T[k + 1].is("turn")) ||
          ((T[k].is("by") || T[k].is("in")) && T[k + 1].is("contrast")));
}

// "The Chinese readout of the call said", "a statement on the talks said":
// where the words before T[end] are a document noun and what it is of, the
// index of that "of" or "on" (the subject phrase ends there); else kNone.
size_t document_of_before(const std::vector<Token>& T, size_t end, size_t begin) {
  for (size_t k = end; k-- > begin + 1 && end - k < 8;) {
    if (T[k].in_quote || !(T[k].word() || T[k].is("'s"))) return kNone;
    if ((T[k].is("of") || T[k].is("on")) && k + 1 < end && is_document_noun(T[k - 1].low)) return k;
  }
  return kNone;
}

// "two diplomats familiar with the talks", "people briefed on the call":
// where the words before T[end] are an unnamed speaker and a phrase of what
// the speaker knows, the start of the speaker's phrase; else kNone.
size_t knower_before(const std::vector<Token>& T, size_t end, size_t begin) {
  for (size_t k = end; k-- > begin + 1 && end - k < 10;) {
    if (!T[k].word() || T[k].in_quote) break;  // no punctuation in the phrase
    if (knowledge_phrase(T, k, end) == 0 || !knower_noun(T[k - 1].low)) continue;
    size_t start = k - 1;
    while (start > begin && k - start < 8 && np_word(T, start - 1, begin)) --start;
    return start;
  }
  return kNone;
}

// T[in] may be the "in" of "the foreign ministry in Seoul", "officials in
// Beijing": after a speaker noun, before capitalised words up to `end` (the
// seat of a government, when they name a side).
bool seat_after(const std::vector<Token>& T, size_t in, size_t end) {
  if (!T[in].is("in") || in == 0 || in + 1 >= end) return false;
  if (!is_speaker_noun(T[in - 1].low) && !speaks_for_no_government(T[in - 1].low))
    return false;  // officials...
  for (size_t k = in + 1; k < end; ++k)
    if (!T[k].word() || !T[k].capital) return false;
  return true;
}

// Where T[close] is a spaced dash that closes an aside opened by another
// spaced dash in this sentence, with words and no quotation between, the
// index of the opening dash; else kNone. (A hyphen inside a word, "pro-
// Russian", is no dash: it touches the words on both sides.)
size_t dash_aside_open(const std::vector<Token>& T, size_t close, size_t begin) {
  auto spaced_dash = [&](size_t k) {
    return T[k].is("-") && k > begin && k + 1 < T.size() &&
           (T[k - 1].end != T[k].start || T[k].end != T[k + 1].start);
  };
  if (!spaced_dash(close)) return kNone;
  constexpr size_t kAsideReach = 40;
  for (size_t k = close; k-- > begin + 1 && close - k <= kAsideReach;) {
    if (T[k].in_quote || T[k].kind == TokKind::kQuoteOpen || T[k].kind == TokKind::kQuoteClose)
      return kNone;
    if (spaced_dash(k)) return k + 1 < close ? k : kNone;
  }
  return kNone;
}

// Whether T(open, close) holds a clause or a participle phrase ("the name
// the Pentagon has used since ...", "known as the Palacio San Martin"),
// not only a noun phrase in apposition ("the co-chairs of the Minsk
// Group"), which may name the speaker better than the words before it.
bool aside_has_clause(const std::vector<Token>& T, size_t open, size_t close) {
  for (size_t k = open + 1; k < close; ++k) {
    const Token& t = T[k];
    if (!t.word() || t.capital) continue;
    const std::string_view w = t.low;
    if (is_auxiliary(w) ||
        one_of(t, {"which", "who", "whom", "whose", "that", "since", "because", "when", "while",
                   "although", "after", "before", "as", "if", "known"}) ||
        (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0))
      return true;
  }
  return false;
}

}  // namespace

bool FrameFinder::subject_word(const std::vector<Token>& T, size_t k, size_t begin) const {
  if (np_word(T, k, begin)) return true;
  const Token& t = T[k];
  if (!t.word() || t.in_quote || t.capital) return false;
  const std::string_view written = doc_.slice({t.start, t.end});
  const Entity* e = discourse_.gazetteer().by_name(written);
  return e && e->name == written;
}

std::optional<std::pair<size_t, size_t>> FrameFinder::subject_before(const SentenceView& s,
                                                                     size_t i) const {
  const auto& T = s.toks;
  size_t j = verb_group_start(s, i);
  // "The Mexican Foreign Ministry (SRE) said": an abbreviation in brackets
  // after the subject.
  if (j > s.begin + 3 && T[j - 1].is(")")) {
    size_t open = j - 1;
    while (open > s.begin && j - 1 - open < 4 && !T[open - 1].is("(") && T[open - 1].word() &&
           T[open - 1].capital)
      --open;
    if (open > s.begin + 1 && T[open - 1].is("(") && open < j - 1) j = open - 1;
  }
  if (j == s.begin) return std::nullopt;
  // "A statement from the Department of War - the name the Pentagon has
  // used since Trump signed an order - said": a clause between dashes
  // describes the subject, which is before it. A subject the walk back
  // finds after a comma is the tail of a longer name or an apposition ("the
  // Ministry of Foreign Affairs, International Trade and Worship - known as
  // ... - said"): then the opening dash is read as the punctuation before
  // the verb.
  if (const size_t open = dash_aside_open(T, j - 1, s.begin);
      open != kNone && aside_has_clause(T, open, j - 1)) {
    auto before = subject_before(s, open);
    if (before && !(before->first > s.begin && T[before->first - 1].is(","))) return before;
    j = open + 1;
  }
  const Token& p = T[j - 1];
  if (p.is("and") || p.is("but")) {
    // A second verb of the clause's subject: "EAM welcomed FM Kamikawa on
    // her visit and recalled ...", "told reporters ..., but said ...": the
    // subject opens the clause (or its "that" clause), not the object of
    // the first verb.
    size_t cs = clause_start(s, j - 1);
    // 'told reporters "...", but said ...': the quotation ended the clause
    // that holds the subject; the clause is the one the quotation is in
    // (whose verb framed the quotation, "that" or not).
    bool after_quote = false;
    if (cs == j - 1) {
      size_t q = j - 1;
      while (q > s.begin && T[q - 1].is(",")) --q;
      if (q > s.begin && T[q - 1].kind == TokKind::kQuoteClose) {
        size_t open = q - 1;
        while (open > s.begin && T[open].kind != TokKind::kQuoteOpen) --open;
        after_quote = T[open].kind == TokKind::kQuoteOpen;
        if (after_quote) cs = clause_start(s, open);
      }
    }
    const size_t outer = cs;  // the clause before any "that"
    for (size_t k = cs; k + 1 < j && !after_quote; ++k)
      if (T[k].is("that") && !T[k].in_quote) cs = k + 1;
    // "The Kremlin said Putin informed Erdogan ... and noted that ...": the
    // subject of the reporting verb before "and" in that clause.
    for (size_t k = j - 1; k-- > cs;)
      if (T[k].word() && !T[k].in_quote && cues_.match(T, k, j - 1).cue) {
        if (auto subject = subject_before(s, k)) return subject;
        break;
      }
    size_t b = cs;
    while (b < j - 1 && subject_word(T, b, cs)) ++b;
    // A person opening the clause acts again ("The Kremlin said that Putin
    // received Erdogan and noted that ...").
    std::optional<Referent> inner;
    if (b > cs && b < j - 1) inner = discourse_.resolve(T, cs, b);
    if (inner && inner->speaker.kind == SpeakerKind::kPerson) return std::make_pair(cs, b);
    // "Pashinyan told parliament that a deal was close but warned that
    // ...", "Lavrov said that Russia wants peace and added ...": else the
    // second verb's subject is the one of the verb before "that".
    if (cs > outer)
      for (size_t k = cs - 1; k-- > outer;)
        if (T[k].word() && !T[k].in_quote && cues_.match(T, k, cs - 1).cue) {
          if (auto subject = subject_before(s, k)) return subject;
          break;
        }
    if (inner) return std::make_pair(cs, b);
    return std::nullopt;
  }
  if (p.is(",") || p.is("-")) {
    // An apposition or relative clause between subject and verb ("Russia,
    // which ..., has called"): the subject opens the clause.
    size_t cs = clause_start(s, j - 1);
    // "Asked whether Trump had raised tariffs, a senior official, speaking
    // ..., said": an introductory phrase before the subject is none of it.
    if (T[cs].word() && (is_preposition(T[cs].low) || T[cs].is("asked") || T[cs].is("as") ||
                         T[cs].is("if") || T[cs].is("when")))
      for (size_t k = cs + 1; k + 1 < j - 1; ++k)
        if (T[k].is(",") && !T[k].in_quote) {
          cs = k + 1;
          break;
        }
    // ", they said,": a frame between commas before the verb
    // (FrameFinder::parenthetical), no part of its subject.
    auto parenthesis_at = [&](size_t comma) {
      for (size_t k = comma + 2; k < j - 1 && k <= comma + 6; ++k) {
        if (!T[k - 1].word() || T[k - 1].in_quote) return false;
        if (const CueMatch m = cues_.match(T, k, j - 1); m.cue)
          return k + m.length == j - 1 && !m.cue->act;
      }
      return false;
    };
    size_t b = cs;
    // Cut before a relative clause or a participle phrase (", speaking on
    // condition of anonymity,").
    // Also before a connective between commas (", however,", ", for
    // their part,").
    while (b < j - 1 && !T[b].is("that") && !T[b].is("which") && !T[b].is("who") &&
           !T[b].in_quote &&
           !(T[b].is(",") && b + 1 < j - 1 && T[b + 1].low.size() > 4 &&
             T[b + 1].low.compare(T[b + 1].low.size() - 3, 3, "ing") == 0) &&
           !(T[b].is(",") && b + 1 < j - 1 && opens_aside(T, b + 1)) &&
           !(T[b].is(",") && b + 2 < j - 1 && relayed_by_at(T, b + 1)) &&
           !(T[b].is(",") && b + 1 < j - 1 && T[b + 1].is("asked")) &&  // ", asked about X,"
           !(T[b].is(",") && parenthesis_at(b)))
      ++b;
    if (b > cs && discourse_.resolve(T, cs, b)) return std::make_pair(cs, b);
    return std::nullopt;
  }
  size_t end = j;
  if (p.is("who")) {  // "Putin, who ..." -> the name before "who"
    end = j - 1;
    if (end > s.begin && T[end - 1].is(",")) --end;
  } else {
    // "A Turkish official who declined to be named said", "Officials who
    // briefed reporters said": the subject ends before a relative clause
    // without commas.
    constexpr size_t kRelativeReach = 10;
    for (size_t k = j; k-- > s.begin + 1 && j - k <= kRelativeReach;) {
      if (!T[k].word() || T[k].in_quote) break;
      if (T[k].is("who") && T[k - 1].word() && !T[k - 1].in_quote) {
        end = k;
        break;
      }
    }
  }
  // What a document is of: "the Chinese readout of the call said".
  if (const size_t of = document_of_before(T, end, s.begin); of != kNone) end = of;
  // Walk back over the phrase; skip up to three phrases such as "at a
  // briefing", "on Thursday" between the subject and its verb.
  for (int pp = 0; pp < 3; ++pp) {
    size_t a = end;
    while (a > s.begin && end - a < 12 && subject_word(T, a - 1, s.begin)) --a;
    // "Two diplomats familiar with the talks said", "people briefed on the
    // call said": an unnamed speaker, then what the speaker knows of.
    if (const size_t knower = knower_before(T, end, s.begin); knower != kNone)
      if (discourse_.resolve(T, knower, end)) return std::make_pair(knower, end);
    // "Russia's ambassador to Turkey said": the subject is the envoy, not
    // the country after "to".
    // "the foreign ministry in Seoul said", "officials in Beijing said": the
    // body or the officials of the government seated there, not the place.
    const bool abroad = a >= s.begin + 2 && a < end && post_host_start(T, a - 2, end) == a - 1;
    const bool seat = !abroad && a >= s.begin + 2 && a < end && seat_after(T, a - 1, end);
    if (abroad || seat) {
      size_t post = a - 1;
      while (post > s.begin && (a - 1) - post < 12 && subject_word(T, post - 1, s.begin)) --post;
      if (post < a - 1)
        // ("Analysts in Islamabad": people of no government, where they are.)
        if (auto who = discourse_.resolve(T, post, end);
            who &&
            (abroad || who->speaker.side != "other" || speaks_for_no_government(T[a - 2].low)))
          return std::make_pair(post, end);
    }
    if (a < end && discourse_.resolve(T, a, end)) {
      const size_t source = source_before(T, a, s.begin);
      if (source != kNone && discourse_.resolve(T, source, end)) return std::make_pair(source, end);
      return std::make_pair(a, end);
    }
    // "Political analyst Dragan Popovic of the Centre for Practical
    // Politics said", "Alexander Gabuev of the Carnegie Center says": a
    // person's name (after a title, or one the lexicon does not know), then
    // "of" and where he works, which is no part of who speaks.
    size_t of = a;  // the first "of" inside the phrase read, else before it
    while (of < end && !T[of].is("of")) ++of;
    if (of == end)
      for (of = a; of-- > s.begin && end - of < 14;)
        if (T[of].in_quote || (!T[of].word() && !T[of].is("-")) || T[of].is("of")) break;
    if (of < end && of > s.begin && T[of].is("of")) {
      size_t st = of;
      while (st > s.begin && of - st < 8 && subject_word(T, st - 1, s.begin)) --st;
      if (st < of)
        if (auto who = discourse_.resolve(T, st, of);
            who && who->speaker.kind == SpeakerKind::kPerson && !who->group)
          return std::make_pair(st, of);
    }
    // The preposition that opens the phrase just read; a phrase with a
    // reporting verb is none ("Marinakis later dismissed reports that":
    // "later" is an adverb there, not "later in the day").
    size_t q = a;
    while (q > s.begin && a - q < 6 && T[q - 1].word() && !T[q - 1].in_quote &&
           !is_preposition(T[q - 1].low) && !cues_.match(T, q - 1, s.end).cue)
      --q;
    if (q > s.begin && T[q - 1].word() && is_preposition(T[q - 1].low)) {
      end = q - 1;
      continue;
    }
    break;
  }
  return std::nullopt;
}

}  // namespace kd
