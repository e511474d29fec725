// Quotations without a frame of their own: the news convention of a
// paragraph that is only a quotation, whose speaker the text named just
// before, either quoting him already or introducing him ("Khan was more
// cautious.").
#include <cctype>

#include "extract_statement.h"
#include "extract_words.h"

namespace kd {

namespace {

// Words of the sentence's predicate quoted as its cue ("was more cautious").
constexpr size_t kPredicateWords = 6;

// A predicate's word that says its subject said nothing: "declined to
// comment", "refused to", "was unavailable for comment" ("commented" says
// something).
bool says_nothing(std::string_view w) {
  for (std::string_view stem : {"declin", "refus", "unavailable", "silent"})
    if (w.substr(0, stem.size()) == stem) return true;
  return false;
}

Pending quoted_pending(const SentenceView& s, const Quote& q, Referent who) {
  Pending p;
  p.frame.speaker = std::move(who);
  p.frame.claim = q.inner;
  p.frame.complement = Complement::kQuote;
  p.frame.cue_span = {q.open, q.open};
  p.sentence = s.span;
  p.paragraph = s.paragraph;
  return p;
}

}  // namespace

const Quote* StatementMaker::frameless_quotation(const SentenceView& s) const {
  const auto& T = s.toks;
  if (s.begin >= s.end || T[s.begin].kind != TokKind::kQuoteOpen) return nullptr;
  const Quote* q = quote_at_mark(quotes_, T[s.begin].start);
  if (!q) return nullptr;
  for (size_t k = s.begin + 1; k < s.end; ++k)
    if (T[k].start >= q->close && T[k].word()) return nullptr;  // words after the quote
  // The quotation may run on into later sentences or paragraphs (reopened
  // there, the news convention), as long as no frame follows where it ends.
  if (q->close > s.span.end && !bare_quote_end(*q)) return nullptr;
  return q;
}

std::optional<Pending> StatementMaker::quote_continuation(
    const SentenceView& s, const std::vector<Statement>& so_far) const {
  const Quote* q = frameless_quotation(s);
  if (!q || so_far.empty()) return std::nullopt;
  const Statement& prev = so_far.back();
  if (prev.paragraph + 1 < s.paragraph || prev.text_span.end > q->open) return std::nullopt;
  // Only right after the quoted sentence: a sentence between may name
  // someone else ("Peskov declined to comment."), whose words these may be.
  const uint32_t here = sentence_index(s.span.start);
  if (prev.text_span.end == 0 || here == 0 || sentence_index(prev.text_span.end - 1) + 1 < here)
    return std::nullopt;
  Referent who;
  who.speaker = prev.speaker;
  Pending p = quoted_pending(s, *q, std::move(who));
  p.frame.via = prev.via;
  p.frame.rule = "quote-continuation";
  p.account = prev.account;
  p.cue_text = prev.cue;
  p.cue_class = prev.cue_class;
  p.polarity = prev.polarity;
  return p;
}

std::optional<Pending> StatementMaker::introduced_quote(const SentenceView& s,
                                                        const std::vector<Statement>& so_far,
                                                        const Discourse& discourse) const {
  // The quotation opens its paragraph.
  const Quote* q = frameless_quotation(s);
  if (!q || s.begin != 0) return std::nullopt;
  const uint32_t here = sentence_index(s.span.start);
  if (here == 0 || sentences_[here].span.start != s.span.start) return std::nullopt;
  // The sentence before closes the paragraph before, says nothing quoted
  // and is no statement: "Pakistan's spokesperson Shafqat Ali Khan was more
  // cautious." or "... struck a different tone:".
  const Sentence& intro = sentences_[here - 1];
  if (intro.paragraph + 1 != sentences_[here].paragraph) return std::nullopt;
  const std::string_view text = doc_.slice(intro.span);
  if (text.empty() || (text.back() != '.' && text.back() != ':')) return std::nullopt;
  if (!so_far.empty() && so_far.back().text_span.end > intro.span.start) return std::nullopt;
  const std::vector<Token> T = tokenize(doc_, intro.span, quotes_);
  // Its subject: capitalised words and titles up to the first lower-case
  // word, which begins the predicate.
  size_t b = 0;
  while (b < T.size() && T[b].word() &&
         (T[b].capital || T[b].is("'s") || is_person_title(T[b].low)))
    ++b;
  if (b == 0 || b + 1 >= T.size() || !T[b].word() || T[b].capital) return std::nullopt;
  for (const Token& t : T)
    if (t.in_quote || t.kind == TokKind::kQuoteOpen) return std::nullopt;
  // Not one who said nothing: "Misri declined to comment.", "did not reply".
  for (size_t k = b; k < T.size(); ++k)
    if (is_negation(T[k].low) || says_nothing(T[k].low)) return std::nullopt;
  std::optional<Referent> who = discourse.resolve(T, 0, b);
  if (!who || who->group || who->speaker.anonymous ||
      (who->speaker.kind != SpeakerKind::kPerson && who->speaker.kind != SpeakerKind::kInstitution))
    return std::nullopt;
  size_t e = b;
  while (e + 1 < T.size() && e - b < kPredicateWords && T[e].word()) ++e;
  Pending p = quoted_pending(s, *q, std::move(*who));
  p.frame.rule = "introduced-quote";
  p.cue_text = std::string(doc_.slice({T[b].start, T[e - 1].end}));
  return p;
}

}  // namespace kd
