// A loaded article: clean normalized text plus a map back to the original bytes.
#ifndef KARABAKH_DIFF_DOCUMENT_H_
#define KARABAKH_DIFF_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/date.h"
#include "karabakh_diff/status.h"

namespace kd {

// Half-open byte range [start, end).
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.start == b.start && a.end == b.end;
  }
};

// Maps byte offsets in Document::text to byte offsets in the original file.
// Stored as breakpoints where the text->original delta changes, so a 100 MB
// ASCII file costs a handful of entries, not 400 MB.
class OffsetMap {
 public:
  // Records that text offset `text_pos` corresponds to original offset
  // `orig_pos`; offsets after it map linearly until the next breakpoint.
  // Calls must come in increasing `text_pos` order.
  void add(uint32_t text_pos, uint32_t orig_pos);
  // Original offset of text offset `text_pos` (the start of the original
  // bytes that produced it). An empty map is the identity.
  uint32_t to_original(uint32_t text_pos) const;
  Span to_original(Span text_span) const {
    return {to_original(text_span.start), to_original(text_span.end)};
  }
  size_t breakpoints() const { return points_.size(); }

 private:
  struct Point {
    uint32_t text;
    uint32_t orig;
  };
  std::vector<Point> points_;
};

struct Sentence {
  Span span;           // into Document::text, trimmed of surrounding spaces
  uint32_t paragraph;  // index into Document::paragraphs
};

// A line the loader removed from the body, and why ("repeated caption",
// "navigation widget", "byline"...). Shown by --explain.
struct DroppedLine {
  Span span;  // into Document::text
  std::string reason;
};

// The reason of a wire service's dateline ("MOSCOW, Oct. 12 (Reuters) -"),
// whose day the comparer reads when the article gives no year.
inline constexpr std::string_view kWireDatelineReason = "wire dateline";

struct Document {
  std::string path;  // as given on the command line ("-" for stdin)
  // The whole file decoded to UTF-8, NFC, line ends as \n, typographic
  // quotes/apostrophes straightened to " and ', dashes to -, invisible
  // characters (zero-width, soft hyphen, BOM) removed, exotic spaces -> ' '.
  // Letters keep their spelling (Çavuşoğlu stays Çavuşoğlu).
  std::string text;
  OffsetMap offsets;                    // text offsets -> original file offsets
  std::string encoding;                 // detected source encoding, e.g. "UTF-8"
  std::string headline;                 // first content line, "" if none
  std::optional<std::string> outlet;    // byline / --outlet / sidecar, else none
  std::optional<Date> published;        // dateline / sidecar, else none
  std::vector<Span> paragraphs;         // body paragraphs only (no headline,
                                        // byline, captions, boilerplate)
  std::vector<Sentence> sentences;      // in text order
  std::vector<DroppedLine> dropped;     // removed lines, in text order
  std::vector<Diagnostic> diagnostics;  // warnings about this input

  std::string_view slice(Span s) const {
    return std::string_view(text).substr(s.start, s.end - s.start);
  }
};

}  // namespace kd

#endif  // KARABAKH_DIFF_DOCUMENT_H_
