// Quotations of a body: double marks of every kind, single quotes where no
// double mark is, quotations continued across paragraphs (extract_text.h).
#include <algorithm>
#include <cctype>
#include <cstring>

#include "ascii8.h"
#include "extract_text.h"

namespace kd {

namespace {

struct Mark {
  uint32_t pos;
  uint32_t len;
  int hint;  // +1 looks like an opening mark, -1 closing, 0 unknown
};

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

// The first offset in [i, end) of a byte that may lead a mark, or end:
// eight bytes at a time skip ASCII text without '"' or '\'' (every lead of a
// typographic mark is >= 0x80, so any such byte stops the skip too).
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
uint32_t next_mark_lead(std::string_view t, uint32_t i, uint32_t end) {
  const auto* s = reinterpret_cast<const uint8_t*>(t.data());
  for (; i + 8 <= end; i += 8) {
    const uint64_t w = load8(s + i);
    const uint64_t hit = (w & kHigh8) | bytes_in_range(w, '"', '"') | bytes_in_range(w, '\'', '\'');
    if (hit) return i + static_cast<uint32_t>(__builtin_ctzll(hit)) / 8;
  }
  while (i < end && !kMarkLeads.is[s[i]]) ++i;
  return i;
}

// Double quotation marks of one paragraph.
std::vector<Mark> double_marks(std::string_view t, Span p) {
  std::vector<Mark> out;
  for (uint32_t i = p.start; i < p.end;) {
    i = next_mark_lead(t, i, p.end);
    if (i >= p.end) break;
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

}  // namespace kd
