#include "extract_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "ascii8.h"
#include "fold.h"

namespace kd {

namespace {

bool ascii_alnum(int32_t c) { return c >= 0 && c < 0x80 && is_ascii_alnum(c); }

// The number of ASCII letters and digits that `s` starts with, out of its
// eight bytes: a word's rest is mostly found in one step instead of a test
// per byte. The first byte counted from is the lowest (little-endian load).
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
unsigned ascii_alnum_prefix8(const uint8_t* s) {
  const uint64_t w = load8(s);
  const uint64_t alnum =
      bytes_in_range(w, 'a', 'z') | bytes_in_range(w, 'A', 'Z') | bytes_in_range(w, '0', '9');
  const uint64_t other = ~alnum & kHigh8;
  return other == 0 ? 8 : static_cast<unsigned>(__builtin_ctzll(other)) / 8;
}

}  // namespace

std::vector<Token> tokenize(const Document& doc, Span span, const std::vector<Quote>& quotes) {
  std::vector<Token> out;
  // About a token per five bytes of English (words and punctuation): one
  // allocation instead of a dozen regrowths with moves.
  out.reserve((span.end - span.start) / 5 + 1);
  const std::string& t = doc.text;
  const auto* s = reinterpret_cast<const uint8_t*>(t.data());
  // Quotations overlapping the span, to mark tokens inside them. They do
  // not overlap each other, so their closing offsets ascend and `first`
  // (the first closing after the current position) only moves forward:
  // linear in the span, however many quotations a huge paragraph has.
  auto first = std::lower_bound(quotes.begin(), quotes.end(), span.start,
                                [](const Quote& q, uint32_t pos) { return q.close <= pos; });
  auto inside = [&](uint32_t pos) {
    for (auto q = first; q != quotes.end() && q->open <= pos; ++q)
      if (pos >= q->inner.start && pos < q->inner.end) return true;
    return false;
  };
  for (uint32_t i = span.start; i < span.end;) {
    while (first != quotes.end() && first->close <= i) ++first;
    const Quote* q = nullptr;
    for (auto it = first; it != quotes.end() && it->open <= i; ++it)
      if (it->open == i || (it->inner.end == i && it->close > i)) q = &*it;
    if (q) {
      const bool opening = q->open == i;
      const uint32_t end = opening ? q->inner.start : q->close;
      out.push_back({i, end, std::string(t, i, end - i),
                     opening ? TokKind::kQuoteOpen : TokKind::kQuoteClose, false, false});
      i = end;
      continue;
    }
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    if (s[j] < 0x80) {  // most tokens start with ASCII: no decoding
      c = s[j++];
    } else {
      U8_NEXT(s, j, static_cast<int32_t>(span.end), c);
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      i = static_cast<uint32_t>(j);
      continue;
    }
    const bool after_word = !out.empty() && out.back().end == i && out.back().word();
    Token& tok = out.emplace_back();  // in place: no temporary token to move
    tok.start = i;
    if (c >= 0 && (c < 0x80 ? ascii_alnum(c) : u_isalnum(c))) {
      tok.capital = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
      bool ascii = c < 0x80;
      while (j < static_cast<int32_t>(span.end)) {
        if (j + 8 <= static_cast<int32_t>(span.end)) {
          const unsigned run = ascii_alnum_prefix8(s + j);
          j += static_cast<int32_t>(run);
          if (run == 8) continue;
        }
        if (s[j] < 0x80) {  // ASCII: no decoding, no ICU property lookup
          if (!ascii_alnum(s[j])) break;
          ++j;
          continue;
        }
        int32_t k = j;
        U8_NEXT(s, k, static_cast<int32_t>(span.end), c);
        if (c < 0 || !(u_isalnum(c) || u_getCombiningClass(c) > 0)) break;
        ascii = false;
        j = k;
      }
      if (ascii) {  // fold() of an ASCII word is its lower case: no temporary
        // Copied, then lowered in place: append() into the empty string's
        // own buffer costs less than resize(), which first fills with zeros.
        tok.low.append(t.data() + i, j - i);
        lower_ascii(tok.low.data(), j - i, tok.low.data());
      } else {
        tok.low = fold(std::string_view(t).substr(i, j - i));
      }
    } else if (c == '\'' && after_word && j < static_cast<int32_t>(span.end) &&
               std::isalpha(static_cast<unsigned char>(t[j]))) {
      // Clitics: "Russia's" -> "russia" + "'s", "doesn't" -> "doesn" + "'t".
      while (j < static_cast<int32_t>(span.end) && std::isalpha(static_cast<unsigned char>(t[j])))
        ++j;
      tok.low = fold(std::string_view(t).substr(i, j - i));
    } else {
      tok.kind = TokKind::kPunct;
      tok.low.assign(t, i, j - i);
    }
    tok.end = static_cast<uint32_t>(j);
    tok.in_quote = inside(tok.start);
    i = static_cast<uint32_t>(j);
  }
  return out;
}

std::vector<Span> body_paragraphs(const Document& doc) {
  if (!doc.paragraphs.empty()) return doc.paragraphs;
  std::vector<Span> out;
  uint32_t start = 0;
  const uint32_t n = static_cast<uint32_t>(doc.text.size());
  for (uint32_t i = 0; i <= n; ++i) {
    if (i < n && doc.text[i] != '\n') continue;
    uint32_t a = start, b = i;
    while (a < b && (doc.text[a] == ' ' || doc.text[a] == '\t')) ++a;
    while (b > a && (doc.text[b - 1] == ' ' || doc.text[b - 1] == '\t' || doc.text[b - 1] == '\r'))
      --b;
    if (b > a) out.push_back({a, b});
    start = i + 1;
  }
  return out;
}

std::vector<Sentence> body_sentences(const Document& doc, const std::vector<Span>& paragraphs) {
  if (!doc.sentences.empty()) return doc.sentences;
  std::vector<Sentence> out;
  const std::string& t = doc.text;
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    uint32_t start = paragraphs[p].start;
    for (uint32_t i = start; i < paragraphs[p].end; ++i) {
      if (t[i] != '.' && t[i] != '?' && t[i] != '!') continue;
      uint32_t j = i + 1;
      while (j < paragraphs[p].end && (t[j] == '"' || t[j] == '\'')) ++j;
      if (j + 1 >= paragraphs[p].end || t[j] != ' ') continue;
      const unsigned char next = t[j + 1];
      // A short capitalised word before the dot is an abbreviation ("Nov.", "Mr.").
      uint32_t w = i;
      while (w > start && std::isalpha(static_cast<unsigned char>(t[w - 1]))) --w;
      const bool abbreviation =
          t[i] == '.' && i - w <= 3 && w < i && std::isupper(static_cast<unsigned char>(t[w]));
      if (abbreviation || !(std::isupper(next) || next == '"' || next >= 0x80)) continue;
      out.push_back({{start, j}, p});
      start = j + 1;
    }
    if (start < paragraphs[p].end) out.push_back({{start, paragraphs[p].end}, p});
  }
  return out;
}

}  // namespace kd
