#include "compare_statements.h"

#include <algorithm>

namespace kd::cmp {

namespace {

// Content words allowed between a stance word and the topic term it bears
// on ("supported the immediate suspension of the military operations").
constexpr size_t kStanceReach = 4;

bool is_trim_byte(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == ',' || c == '.' ||
         c == ';' || c == ':' || c == '-' || c >= 0x80;  // >= 0x80: curly quotes, dashes
}

// `s` without surrounding quotes, dashes, punctuation and spaces. Letters
// outside ASCII at the edges are kept (only U+2000.. punctuation goes).
std::string_view trim_frame(std::string_view s) {
  auto edge_punct = [](std::string_view v, size_t i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (c < 0x80) return is_trim_byte(c) ? size_t{1} : size_t{0};
    if (c == 0xE2 && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x80)
      return size_t{3};
    return size_t{0};
  };
  while (!s.empty()) {
    const size_t n = edge_punct(s, 0);
    if (n == 0) break;
    s.remove_prefix(std::min(n, s.size()));
  }
  while (!s.empty()) {
    size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    const size_t n = edge_punct(s, start);
    if (n == 0 || start + n != s.size()) break;
    s.remove_suffix(n);
  }
  return s;
}

bool has_letter(std::string_view s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

size_t last_sentence_of(const Document& doc, const Statement& st) {
  size_t last = st.sentence;
  while (last + 1 < doc.sentences.size() && doc.sentences[last + 1].span.start < st.text_span.end)
    ++last;
  return last;
}

SourceClass source_class(const Statement& st, std::string_view frame) {
  if (st.speaker.anonymous || st.speaker.kind == SpeakerKind::kSource)
    return SourceClass::kAnonymous;
  static constexpr std::string_view kWords[] = {"source",   "sources",     "insider",
                                                "insiders", "anonymous",   "anonymity",
                                                "unnamed",  "unidentified"};
  if (has_word(frame, kWords)) return SourceClass::kAnonymous;
  if (st.speaker.kind == SpeakerKind::kMedia) return SourceClass::kMedia;
  return SourceClass::kOfficial;
}

// The office a speaker holds or speaks for. A person the lexicon does not
// know speaks for his government when his title says so ("Polish
// government spokesman Adam Szlapka"): a voice, of no office in particular.
Office speaker_office(const Statement& st, const Offices& offices) {
  Office office = offices.of_name(st.speaker.name);
  if (office.relation != OfficeRelation::kNone || st.speaker.kind != SpeakerKind::kPerson ||
      st.speaker.anonymous)
    return office;
  static constexpr std::string_view kSpokes[] = {"spokesman", "spokeswoman", "spokesperson"};
  static constexpr std::string_view kPress[] = {"press"}, kSecretary[] = {"secretary"};
  if (has_word(st.speaker.mention, kSpokes) ||
      (has_word(st.speaker.mention, kPress) && has_word(st.speaker.mention, kSecretary)))
    office.relation = OfficeRelation::kVoice;
  return office;
}

// Stance the whole statement takes through its reporting verb ("denied",
// "expressed concern", "agreed") and the extractor's negation and condition.
unsigned speech_act(const Statement& st) {
  unsigned bits = 0;
  switch (st.cue_class) {
    case CueClass::kCommitment:
      bits |= kCommitment | kSupport;
      break;
    case CueClass::kDemand:
      bits |= kDemand;
      break;
    case CueClass::kConcern:
      bits |= kConcern;
      break;
    case CueClass::kDiscussion:
      bits |= kDiscussion;
      break;
    case CueClass::kDenial:
      bits |= kDenial;
      break;
    case CueClass::kReport:
      break;
  }
  if (st.polarity < 0) bits |= kDenial;
  if (st.conditional) bits |= kConditional;
  if (st.negated) bits |= kReject;
  return bits;
}

// A reference to the participants names them all when written in the
// plural ("the leaders", "both sides"), not one of them ("the president",
// which matches "the presidents" by its stem).
bool plural_end(const std::vector<Token>& tokens, TokenRange r) {
  const std::string_view w = tokens[r.last].folded();
  return w.size() > 1 && w.back() == 's';
}

}  // namespace

unsigned rank_named(const std::vector<Token>& tokens, TokenRange r) {
  unsigned bits = 0;
  for (size_t k = r.first; k <= r.last; ++k) {
    const std::string_view w = tokens[k].folded();
    if (w.rfind("minister", 0) == 0 || w.rfind("diplomat", 0) == 0) bits |= kMinisters;
    if (w.rfind("leader", 0) == 0 || w.rfind("president", 0) == 0) bits |= kLeaders;
  }
  return bits;
}

std::string attribution_frame(const Document& doc, const Statement& st) {
  if (st.sentence >= doc.sentences.size() || st.text_span.end > doc.text.size() ||
      st.text_span.start >= st.text_span.end)
    return "";
  const Span first = doc.sentences[st.sentence].span;
  const Span last = doc.sentences[last_sentence_of(doc, st)].span;
  // At most kFrameWindow bytes on each side of the claim: attributions are a
  // few words, and a run-on "sentence" of thousands of frames (scraped text
  // without full stops) must not cost its whole length per statement.
  constexpr uint32_t kFrameWindow = 400;
  auto char_start = [&](uint32_t pos) {  // back to the first byte of a character
    while (pos > 0 && (static_cast<unsigned char>(doc.text[pos]) & 0xC0) == 0x80) --pos;
    return pos;
  };
  std::string_view before, after;
  if (st.text_span.start > first.start) {
    const uint32_t end = std::min(st.text_span.start, first.end);
    const uint32_t start =
        end - first.start > kFrameWindow ? char_start(end - kFrameWindow) : first.start;
    before = trim_frame(doc.slice({start, end}));
  }
  if (st.text_span.end < last.end) {
    const uint32_t start = std::max(st.text_span.end, last.start);
    const uint32_t end =
        last.end - start > kFrameWindow ? char_start(start + kFrameWindow) : last.end;
    after = trim_frame(doc.slice({start, end}));
  }
  std::string frame;
  if (has_letter(before)) frame.assign(before);
  if (has_letter(after)) {
    if (!frame.empty()) frame += " ... ";
    frame.append(after);
  }
  return frame;
}

unsigned marks_near(const StatementFacts& f, TokenRange range, MarksFrom from) {
  unsigned bits = 0;
  // A mark inside a longer one is part of it: "precondition" in "without
  // preconditions" sets no condition.
  auto inside_longer = [&](const StanceMark& m) {
    return std::any_of(f.stance_marks.begin(), f.stance_marks.end(), [&](const StanceMark& o) {
      return o.range.first <= m.range.first && m.range.last <= o.range.last &&
             o.range.last - o.range.first > m.range.last - m.range.first;
    });
  };
  for (const StanceMark& m : f.stance_marks) {
    if (f.stance_marks.size() > 1 && inside_longer(m)) continue;
    const bool before = m.range.last < range.first;
    if (!before && from == MarksFrom::kBeforeOrDenial && !(m.bits & kDenial)) continue;
    // Between the stance word and the term: no clause boundary and few
    // content words ("concerns about the reported deployment of
    // Turkish-backed Syrian mercenaries", not "opposes sanctions and hopes
    // the two sides will work together").
    const size_t from_k = before ? m.range.last + 1 : range.last + 1;
    const size_t to = before ? range.first : m.range.first;  // exclusive
    size_t words = 0;
    bool same_clause = true;
    for (size_t k = from_k; k < to; ++k) {
      words += f.claim_tokens[k].stop ? 0 : 1;
      same_clause = same_clause && !f.claim_tokens[k].clause_start;
    }
    if (to < f.claim_tokens.size()) same_clause = same_clause && !f.claim_tokens[to].clause_start;
    if (same_clause && words <= kStanceReach) bits |= m.bits;
  }
  return bits;
}

unsigned stance_on(const StatementFacts& f, const TopicHit& hit) {
  unsigned bits = f.speech_act | marks_near(f, hit.range, MarksFrom::kEither);
  // "did not support": a negated claim rejects what it names.
  if (f.speech_act & kReject) bits &= ~(kSupport | kCommitment);
  // "will not accept any plan that displaces Palestinians" supports what
  // "allow the entry of humanitarian aid" commits to: rejecting a harm is
  // supporting the topic's cause, and supporting a harm rejects it.
  if (hit.harm && (bits & (kReject | kSupport)) != 0) {
    const bool rejects = bits & kReject, supports = bits & kSupport;
    bits &= ~(kReject | kSupport);
    // "rejected any attempt to displace": opposing a harm, not denying a fact.
    if (rejects) bits = (bits & ~kDenial) | kSupport;
    if (supports) bits |= kReject;
  }
  return bits;
}

namespace {

// The claim's tokens, copied from its sentence's when the claim is a slice
// of that sentence as written (most are) or that slice without its quote
// marks (most others: drop_quote_marks), or joined from its sentences' when
// it is a slice of several; tokenized otherwise. `from_sentence`: the index
// of the first token in its sentence's when copied from there, else SIZE_MAX.
std::vector<Token> claim_tokens(const Document& doc, const Statement& st,
                                const std::vector<std::vector<Token>>& sentence_tokens,
                                size_t& from_sentence) {
  std::vector<Token> tokens;
  from_sentence = SIZE_MAX;
  const Span c = st.text_span;
  if (st.sentence >= sentence_tokens.size() || st.sentence >= doc.sentences.size() ||
      c.start >= c.end || c.start < doc.sentences[st.sentence].span.start ||
      c.end > doc.text.size())
    return tokenize(st.claim);
  const std::string_view written = doc.slice(c);
  const bool verbatim = written == st.claim;
  if (!verbatim && written.size() <= st.claim.size()) return tokenize(st.claim);
  // The tokens of `written` made into those of the claim.
  auto of_claim = [&](std::vector<Token>& t) {
    return verbatim || drop_quote_marks(written, st.claim, 0, t);
  };
  if (c.end <= doc.sentences[st.sentence].span.end) {
    if (TokenRange r; tokens_of_slice(sentence_tokens[st.sentence], c, 0, tokens) &&
                      tokens_in(sentence_tokens[st.sentence], c, r) && of_claim(tokens)) {
      from_sentence = r.first;
      return tokens;
    }
    return tokenize(st.claim);
  }
  // Claims of several sentences (a third of those not copied above).
  std::vector<Token> joined;
  if (join_tokens(doc.text, sentence_tokens, st.sentence, last_sentence_of(doc, st), joined) &&
      tokens_of_slice(joined, c, 0, tokens) && of_claim(tokens))
    return tokens;
  return tokenize(st.claim);
}

}  // namespace

void describe_claim(const Statement& st, const Resources& res, StatementFacts& f) {
  describe_tokens(st, res, tokenize(st.claim), f);
}

void describe_tokens(const Statement& st, const Resources& res, std::vector<Token> tokens,
                     StatementFacts& f) {
  f.claim_tokens = std::move(tokens);
  f.topics = res.topics_in(f.claim_tokens);
  f.speech_act = speech_act(st);
  f.stance_marks.clear();
  for (const PhraseMatcher::Match& m : res.stance_words.find(f.claim_tokens))
    f.stance_marks.push_back({res.stance_bits[static_cast<size_t>(m.id)], m.range});
}

void describe_statements(const DocumentAnalysis& da, const Resources& res, DocWork& work) {
  const Document& doc = da.doc;
  work.facts.assign(da.statements.size(), {});
  for (size_t i = 0; i < da.statements.size() && !expired(work.deadline); ++i) {
    const Statement& st = da.statements[i];
    StatementFacts& f = work.facts[i];
    size_t from_sentence = SIZE_MAX;
    describe_tokens(st, res, claim_tokens(doc, st, work.sentence_tokens, from_sentence), f);
    for (const EntityMention& m : res.gazetteer.find(st.claim))
      if (m.entity && m.entity->kind == SpeakerKind::kPerson &&
          std::find(f.claim_people.begin(), f.claim_people.end(), m.entity->name) ==
              f.claim_people.end())
        f.claim_people.push_back(m.entity->name);
    // Who the claim is about, when it opens a clause with "the ministers",
    // "the two leaders" (not "the joint statement of the presidents").
    // A claim copied from its sentence's tokens takes the sentence's
    // (references_in finds them anyway for refers_back below).
    const std::vector<PhraseMatcher::Match> refs =
        from_sentence == SIZE_MAX
            ? res.references.find(f.claim_tokens)
            : PhraseMatcher::within(references_in(res, work, st.sentence), from_sentence,
                                    from_sentence + f.claim_tokens.size() - 1);
    // "the call was candid" talks about the event; "the trust of both
    // sides" only names its participants.
    for (const PhraseMatcher::Match& m : refs)
      f.claim_refers = f.claim_refers || res.names_event[static_cast<size_t>(m.id)];
    for (const PhraseMatcher::Match& m : res.event_cues.find(f.claim_tokens))
      f.claim_tells_call = f.claim_tells_call ||
                           res.cue_kinds[static_cast<size_t>(m.id)] == CueKind::kCall ||
                           res.cue_kinds[static_cast<size_t>(m.id)] == CueKind::kMeeting;
    for (const PhraseMatcher::Match& m : refs)
      if (m.range.first == 0 || f.claim_tokens[m.range.first].clause_start) {
        f.refers_to |= rank_named(f.claim_tokens, m.range);
        f.refers_to_all = f.refers_to_all || (res.names_parties[static_cast<size_t>(m.id)] &&
                                              plural_end(f.claim_tokens, m.range));
      }
    f.frame = attribution_frame(doc, st);
    f.source = source_class(st, f.frame);
    f.speaker_office = speaker_office(st, res.offices);
    if (st.sentence >= doc.sentences.size()) continue;
    // When it was said: a date in the attribution, not in the claim.
    const size_t last = last_sentence_of(doc, st);
    uint32_t best_distance = UINT32_MAX;
    for (size_t s = st.sentence; s <= last; ++s) {
      // Whether it refers back ("the ministers"): references_in finds them
      // once per sentence, as a run-on sentence can hold thousands of
      // statements.
      f.refers_back = f.refers_back || !references_in(res, work, s).empty();
      for (const DateRef& r : work.dates.by_sentence[s]) {
        if (r.relative || (!r.date && r.weekday < 0)) continue;
        if (r.span.start >= st.text_span.start && r.span.end <= st.text_span.end) continue;
        const uint32_t d = r.span.end <= st.text_span.start ? st.text_span.start - r.span.end
                                                            : r.span.start - st.text_span.end;
        if (d < best_distance) {
          best_distance = d;
          f.said_on = r.date;
          f.said_weekday = r.date ? r.date->weekday() : r.weekday;
        }
      }
    }
    if (!f.said_on && st.date && st.date->complete() &&
        (st.date_source == DateSource::kText || st.date_source == DateSource::kWeekday)) {
      f.said_on = st.date;
      f.said_weekday = st.date->weekday();
    }
  }
}

}  // namespace kd::cmp
