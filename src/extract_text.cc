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

struct Mark {
  uint32_t pos;
  uint32_t len;
  int hint;  // +1 looks like an opening mark, -1 closing, 0 unknown
};

// ASCII letters and digits by table: the tokenizer asks of every byte.
struct AsciiAlnum {
  bool is[128] = {};
  constexpr AsciiAlnum() {
    for (int c = 0; c < 128; ++c)
      is[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
};
constexpr AsciiAlnum kAsciiAlnum;

bool ascii_alnum(int32_t c) { return c >= 0 && c < 0x80 && kAsciiAlnum.is[c]; }

bool space_or_open(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == '-' || c == '/';
}

// Bytes that can start a double quotation mark: '"', '\'' (of "''"), and
// the lead bytes of the typographic marks and guillemets. Everything else is
// skipped by one table lookup a byte.
struct MarkLeads {
  bool is[256] = {};
  constexpr MarkLeads() {
    is[static_cast<unsigned char>('"')] = is[static_cast<unsigned char>('\'')] = true;
    is[0xE2] = is[0xC2] = true;
  }
};
constexpr MarkLeads kMarkLeads;

// Double quotation marks of one paragraph.
std::vector<Mark> double_marks(std::string_view t, Span p) {
  std::vector<Mark> out;
  for (uint32_t i = p.start; i < p.end;) {
    auto c = static_cast<unsigned char>(t[i]);
    if (!kMarkLeads.is[c]) {
      ++i;
      continue;
    }
    uint32_t len = 0;
    int hint = 0;
    if (c == '"') {
      len = 1;
    } else if (c == '\'' && i + 1 < p.end && t[i + 1] == '\'') {
      len = 2;
    } else if (c == 0xE2 && i + 2 < p.end && static_cast<unsigned char>(t[i + 1]) == 0x80) {
      auto d = static_cast<unsigned char>(t[i + 2]);
      if (d == 0x9C || d == 0x9E) len = 3, hint = 1;  // “ „
      if (d == 0x9D) len = 3, hint = -1;              // ”
    } else if (c == 0xC2 && i + 1 < p.end) {
      auto d = static_cast<unsigned char>(t[i + 1]);
      if (d == 0xAB) len = 2, hint = 1;   // «
      if (d == 0xBB) len = 2, hint = -1;  // »
    }
    if (len == 0) {
      ++i;
      continue;
    }
    if (hint == 0) {
      const bool before_ok = i == p.start || space_or_open(t[i - 1]);
      const bool after_ok = i + len < p.end && t[i + len] != ' ' && t[i + len] != '\n';
      hint = before_ok && after_ok ? 1 : (!before_ok ? -1 : 0);
    }
    out.push_back({i, len, hint});
    i += len;
  }
  return out;
}

// Single-quote quotations ('like this'), told apart from apostrophes by the
// letters around them.
std::vector<Mark> single_marks(std::string_view t, Span p) {
  std::vector<Mark> out;
  bool open = false;
  auto alnum = [&](uint32_t k) {
    return k < p.end && std::isalnum(static_cast<unsigned char>(t[k]));
  };
  for (uint32_t i = p.start; i < p.end; ++i) {
    const void* next = std::memchr(t.data() + i, '\'', p.end - i);
    if (!next) break;
    i = static_cast<uint32_t>(static_cast<const char*>(next) - t.data());
    const bool before_space = i == p.start || space_or_open(t[i - 1]);
    const bool after_space = i + 1 >= p.end || !alnum(i + 1);
    if (!open && before_space && alnum(i + 1)) {
      out.push_back({i, 1, 1});
      open = true;
    } else if (open && !before_space && after_space) {
      out.push_back({i, 1, -1});
      open = false;
    }
  }
  if (open) out.pop_back();
  return out;
}

}  // namespace

std::vector<Quote> find_quotes(const Document& doc, const std::vector<Span>& paragraphs) {
  std::vector<Quote> quotes;
  std::vector<std::vector<Mark>> marks(paragraphs.size());
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    marks[p] = double_marks(doc.text, paragraphs[p]);
    if (marks[p].empty()) marks[p] = single_marks(doc.text, paragraphs[p]);
  }
  bool open = false;
  Quote cur;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    size_t k = 0;
    if (open && !marks[p].empty() && marks[p][0].pos == paragraphs[p].start && marks[p][0].hint > 0)
      k = 1;  // the reopening mark of a quotation continued from the last paragraph
    for (; k < marks[p].size(); ++k) {
      const Mark& m = marks[p][k];
      if (!open) {
        cur = Quote{{m.pos + m.len, 0}, m.pos, 0};
        open = true;
      } else {
        cur.inner.end = m.pos;
        cur.close = m.pos + m.len;
        quotes.push_back(cur);
        open = false;
      }
    }
    if (!open) continue;
    const bool next_continues =
        p + 1 < paragraphs.size() && !marks[p + 1].empty() &&
        ((marks[p + 1][0].pos == paragraphs[p + 1].start && marks[p + 1][0].hint > 0) ||
         marks[p + 1][0].hint < 0);
    if (!next_continues) {
      cur.inner.end = cur.close = paragraphs[p].end;
      quotes.push_back(cur);
      open = false;
    }
  }
  if (open) {
    cur.inner.end = cur.close = paragraphs.back().end;
    quotes.push_back(cur);
  }
  return quotes;
}

const Quote* quote_at_mark(const std::vector<Quote>& quotes, uint32_t offset) {
  // Quotations follow each other without overlapping, so their closing
  // offsets ascend: only those closing after `offset` can have a mark there.
  auto it = std::upper_bound(quotes.begin(), quotes.end(), offset,
                             [](uint32_t pos, const Quote& q) { return pos < q.close; });
  for (; it != quotes.end() && it->open <= offset; ++it)
    if (it->open == offset || (it->inner.end == offset && it->close > it->inner.end)) return &*it;
  return nullptr;
}

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
        tok.low.resize(j - i);
        lower_ascii(t.data() + i, j - i, tok.low.data());
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
