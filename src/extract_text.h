// Extractor input preparation (private): words and punctuation of a
// paragraph with their Document::text offsets, and the document's quotations.
#ifndef KARABAKH_DIFF_SRC_EXTRACT_TEXT_H_
#define KARABAKH_DIFF_SRC_EXTRACT_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/document.h"

namespace kd {

enum class TokKind : uint8_t { kWord, kPunct, kQuoteOpen, kQuoteClose };

struct Token {
  uint32_t start = 0;  // Document::text offsets
  uint32_t end = 0;
  std::string low;  // folded word ("erdogan", "'s") or the punctuation character
  TokKind kind = TokKind::kWord;
  bool capital = false;   // word starts with an upper-case letter
  bool in_quote = false;  // inside a quotation (marks themselves excluded)
  bool is(std::string_view w) const { return low == w; }
  bool word() const { return kind == TokKind::kWord; }
};

// A quotation: from its opening mark to its closing mark, which may lie in a
// later sentence or paragraph ("multi-paragraph quotes").
struct Quote {
  Span inner;          // text between the marks
  uint32_t open = 0;   // offset of the opening mark
  uint32_t close = 0;  // offset just after the closing mark (== inner.end if unclosed)
};

// Quotations of the whole body, in text order. Marks: '"', a pair of
// apostrophes (straightened ‘’), guillemets and typographic quotes the loader
// may have left; single-quote quotations only in paragraphs without double
// quotes (apostrophes are too common otherwise). A quotation left open at the
// end of a paragraph continues into the next one when that paragraph starts
// with an opening mark (classic style) or closes it first.
std::vector<Quote> find_quotes(const Document& doc, const std::vector<Span>& paragraphs);

// Tokens of `span` of `doc.text`, with in_quote and quote mark kinds set from
// `quotes`.
std::vector<Token> tokenize(const Document& doc, Span span, const std::vector<Quote>& quotes);

// The quotation whose opening or closing mark is at `offset`, or nullptr.
const Quote* quote_at_mark(const std::vector<Quote>& quotes, uint32_t offset);

// Paragraphs and sentences to scan: the loader's when it found any, else
// blank-line paragraphs and a plain end-of-sentence split, so extract() never
// depends on the loader having split the text.
std::vector<Span> body_paragraphs(const Document& doc);
std::vector<Sentence> body_sentences(const Document& doc, const std::vector<Span>& paragraphs);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_TEXT_H_
