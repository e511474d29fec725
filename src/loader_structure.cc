#include "loader_structure.h"

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fold.h"
#include "loader_boilerplate.h"
#include "loader_caption.h"
#include "loader_dateline.h"
#include "loader_line_shapes.h"
#include "loader_lines.h"
#include "loader_resources.h"
#include "loader_wire_dateline.h"

namespace kd {

namespace {

bool headline_like(const Line& line) {
  return line.words <= 30 && line.trimmed.size() <= 300 &&
         !(line.ends_sentence && line.words >= 15);
}

// Hash of a line key: its length and at most its first and last 32 bytes.
// Long lines are whole paragraphs keyed by their exact text; hashing all of
// it cost more than the rest of the bookkeeping. Equal hashes are still
// compared in full, so only the spread of the buckets changes.
struct LineKeyHash {
  size_t operator()(std::string_view key) const {
    constexpr size_t kEnds = 32;
    std::hash<std::string_view> hash;
    if (key.size() <= 2 * kEnds) return hash(key);
    return hash(key.substr(0, kEnds)) ^ (hash(key.substr(key.size() - kEnds)) * 31) ^ key.size();
  }
};

// Longest name of a government body read as a publisher line ("Ministry of
// Foreign Affairs of the People's Republic of China").
constexpr uint32_t kMaxPublisherWords = 12;
constexpr uint32_t kMaxDeckWords = 20;   // a deck under the headline
constexpr uint32_t kMaxOutletWords = 5;  // "The Buenos Aires Times"

// Longest caption read as one: a photo's caption is a sentence or two.
constexpr uint32_t kMaxCaptionWords = 60;

// Line i, of three words or more, ends with a colon and the next line with
// text opens with a quotation mark: it introduces that quotation.
bool introduces_quotation(const Document& doc, const std::vector<Line>& lines, size_t i) {
  const std::string_view s = doc.slice(lines[i].trimmed);
  if (lines[i].words < 3 || s.empty() || s.back() != ':') return false;
  for (size_t j = i + 1; j < lines.size(); ++j)
    if (!lines[j].blank()) return doc.text[lines[j].trimmed.start] == '"';
  return false;
}

}  // namespace

void find_structure(Document& doc, const LoadResources& resources) {
  const std::string_view text = doc.text;
  const std::vector<Line> lines = split_lines(text);
  const int32_t script = main_script(lines);
  const BoilerplateMatcher& matcher = resources.boilerplate;
  auto is_media = [&](const std::string& n) { return resources.is_media(n); };

  // Keys of all lines, and for every line whether its block (run of
  // non-blank lines) holds any prose.
  // Long lines are keyed by their exact text (no copy): collapsing case and
  // spaces matters for captions and widgets, not for whole paragraphs.
  constexpr uint32_t kMaxKeyedLine = 200;
  std::vector<std::string> key_storage(lines.size());
  std::vector<std::string_view> keys(lines.size());
  std::unordered_map<std::string_view, uint32_t, LineKeyHash> counts;
  // Each line's count in `counts` (nodes stay put as the map grows), so
  // that a long line's text is hashed once, not again when it is classified.
  std::vector<const uint32_t*> count_of(lines.size());
  std::vector<bool> block_has_prose(lines.size()), block_single(lines.size());
  // Lines that are paragraphs of their own: a page scraped one element per
  // line, without blank lines between them.
  std::vector<bool> own_paragraph(lines.size());
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t j = i;
    bool prose = false;
    // Lines of paragraph length but the block's last, and how many end a
    // sentence.
    uint32_t long_lines = 0, sentence_ends = 0;
    for (; j < lines.size() && !lines[j].blank(); ++j) {
      if (j + 1 < lines.size() && !lines[j + 1].blank() && lines[j].words >= 15) {
        ++long_lines;
        sentence_ends += lines[j].ends_sentence;
      }
      prose |= lines[j].body_like();
      if (lines[j].trimmed.size() <= kMaxKeyedLine) {
        key_storage[j] = line_key(doc.slice(lines[j].trimmed));
        keys[j] = key_storage[j];
      } else {
        keys[j] = doc.slice(lines[j].trimmed);
      }
    }
    // Text wrapped at a width rarely ends a sentence at a line's end; such
    // a page ends most of its lines there.
    const bool line_paragraphs = sentence_ends >= 2 && sentence_ends * 3 >= long_lines * 2;
    for (size_t k = i; k < j; ++k) {
      block_has_prose[k] = line_paragraphs ? lines[k].body_like() : prose;
      block_single[k] = j - i == 1 || line_paragraphs;
      own_paragraph[k] = line_paragraphs;
      count_of[k] = &++counts[keys[k]];
    }
    i = j;
  }

  bool seen_body = false;
  size_t body_paragraphs = 0;
  bool headline_done = false;
  bool outlet_is_a_byline_name = false;
  std::string headline_key;
  std::unordered_set<std::string_view, LineKeyHash> kept_repeats;
  // The line before was a short widget label ("Read also", "Related"): a
  // headline of another story may follow it.
  bool after_label = false;
  auto classify = [&](size_t i) -> const char* {
    const Line& line = lines[i];
    const std::string_view s = doc.slice(line.trimmed);
    // (Right under the label, a line of its own: not a wrapped paragraph.)
    if (after_label && !line.ends_sentence && line.words <= 20 && i > 0 && !lines[i - 1].blank() &&
        (i + 1 == lines.size() || lines[i + 1].blank()))
      return "teaser";
    if (line.letters == 0) {
      // "28.04.2025", "|28.04.2025" above the body: the date only.
      std::string_view date = s;
      while (!date.empty() && (date.front() == '|' || date.front() == ' ')) date.remove_prefix(1);
      // (Under a standfirst too: "22-02-2024 08:41" after the deck.)
      if (!seen_body || (!doc.published && body_paragraphs <= 1))
        if (auto d = parse_dateline(date)) {
          if (!doc.published) doc.published = d;
          return "dateline";
        }
      return "no text";
    }
    if (script >= 0 && line.script != script && line.script_letters * 2 > line.letters)
      return "other script";
    if (auto byline = parse_byline(s, is_media)) {
      if (!doc.outlet) {
        doc.outlet = byline->name;
        // "By Andrew Roth and Pjotr Sauer": writers, not an outlet the
        // lexicon knows; the agency of a wire dateline says better.
        outlet_is_a_byline_name = !is_media(byline->name);
      }
      if (!doc.published && byline->published) doc.published = byline->published;
      return "byline";
    }
    // "Ministry of Foreign Affairs of Japan" alone on a line above the body:
    // the government body whose own readout this is.
    if (!seen_body && line.words <= kMaxPublisherWords && !line.ends_sentence &&
        resources.is_government_body(s)) {
      if (!doc.outlet) doc.outlet.emplace(s);
      return "publisher";
    }
    // ("Posted Thu 8 Aug 2024 at 7:02pm, updated Thu 8 Aug 2024 at 9:15pm":
    // longer above the body.)
    if (line.words <= (seen_body ? 12u : 16u)) {
      if (auto date = parse_dateline(s)) {
        if (!doc.published) doc.published = date;
        return "dateline";
      }
      // "Middle East Eye | Ankara | 9 January 2025", "Live updates, Tuesday
      // 21 January 2025": one part is the date.
      const char sep = s.find('|') != std::string_view::npos ? '|' : ',';
      // (After a standfirst too: "Neha Sharma | Updated: 13 Oct 2025, 19:42 IST".)
      if (!seen_body || sep == '|')
        for (size_t i = 0; i < s.size();) {
          const size_t bar = std::min(s.find(sep, i), s.size());
          std::string_view part = s.substr(i, bar - i);
          while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
          while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
          // ("KYODO NEWS - Oct 31, 2025 - 18:42 | World": spaced dashes part too.)
          for (size_t at = 0; at <= part.size();) {
            const size_t dash = std::min(part.find(" - ", at), part.size());
            if (auto date = parse_dateline(part.substr(at, dash - at))) {
              if (!doc.published) doc.published = date;
              return "dateline";
            }
            at = dash + 3;
          }
          i = bar + 1;
        }
    }
    // "Source: Xinhua", "Editor: Zhang Yiqing": credits above the body; the
    // source is the outlet.
    if (!seen_body && line.words <= 8)
      if (const std::optional<Credit> credit = credit_line(s)) {
        if (credit->source && is_media(std::string(credit->name))) {
          doc.outlet.emplace(credit->name);
          outlet_is_a_byline_name = false;
        }
        return "byline";
      }
    if (const char* widget = matcher.match(text, line)) return widget;
    // A photo's credit, and its caption: the line it ends, or the line just
    // above it ("... shakes hands with ... in Athens." then "REUTERS/Name").
    if (is_photo_credit(s)) return "photo credit";
    if (line.words <= kMaxCaptionWords) {
      if (ends_with_photo_credit(s)) return "caption";
      // Directly above: a paragraph before a blank line may precede a
      // photo with a credit and no caption.
      if (i + 1 < lines.size() && !lines[i + 1].blank() &&
          is_photo_credit(doc.slice(lines[i + 1].trimmed)))
        return "caption";
    }
    // A single word above the headline is a section label ("World").
    if (!headline_done && !seen_body && (line.words > 1 || !own_paragraph[i])) {
      headline_done = true;
      if (headline_like(line)) {
        doc.headline.assign(s);
        headline_key.assign(keys[i]);
        return "headline";
      }
    }
    if (!headline_key.empty() && keys[i] == headline_key) return "repeated headline";
    // The outlet's name alone on a line above the body ("Buenos Aires
    // Times", "Daily Nation"): a known outlet, or a short capitalised name
    // when no outlet (or only a writer's name) was found before.
    if (headline_done && !seen_body && line.words <= kMaxOutletWords && !line.ends_sentence &&
        capitalised_name(s)) {
      if (is_media(std::string(s))) {
        doc.outlet.emplace(s);
        outlet_is_a_byline_name = false;
        return "outlet";
      }
      if (line.words >= 2 && (!doc.outlet || outlet_is_a_byline_name)) {
        doc.outlet.emplace(s);
        outlet_is_a_byline_name = false;
        return "outlet";
      }
    }
    // "The Kremlin struck a different tone:" right above a quotation
    // introduces it: body, not a deck or a subheading.
    if (headline_done && introduces_quotation(doc, lines, i)) return nullptr;
    // A deck under the headline, before the body: 'Sheinbaum says call with
    // Trump was "very good"; Washington stresses fentanyl'.
    if (headline_done && !seen_body && !line.ends_sentence && line.words <= kMaxDeckWords &&
        i + 1 < lines.size() && !parse_wire_dateline(s, is_media))
      return "subheadline";
    if (*count_of[i] > 1) {
      if (!line.body_like() || !kept_repeats.insert(keys[i]).second) return "repeated line";
    }
    if (!block_has_prose[i] && !line.ends_sentence && !line.has_quote && line.words <= 10) {
      // "PARIS, April 1 (Reuters) -" on its own line: the body's dateline.
      if (!seen_body && parse_wire_dateline(s, is_media)) return nullptr;
      return block_single[i] && seen_body ? "subheading" : "short line";
    }
    return nullptr;
  };

  doc.headline.clear();
  doc.paragraphs.clear();
  doc.dropped.clear();
  bool in_paragraph = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank()) {
      in_paragraph = false;
      continue;
    }
    if (const char* reason = classify(i)) {
      after_label = std::string_view(reason) == "boilerplate phrase" && line.words <= 3;
      doc.dropped.push_back({line.trimmed, reason});
      in_paragraph = false;
      continue;
    }
    after_label = false;
    // "MOSCOW, Oct. 12 (Reuters) - ...": a wire dateline opens the body. It
    // is not part of the first sentence (nor of a claim that starts it).
    Span body = line.trimmed;
    if (!seen_body) {
      if (auto wire = parse_wire_dateline(doc.slice(line.trimmed), is_media)) {
        if ((!doc.outlet || outlet_is_a_byline_name) && !wire->agency.empty()) {
          doc.outlet = wire->agency;
          outlet_is_a_byline_name = false;
        }
        if (!doc.published) doc.published = wire->published;
        body.start += static_cast<uint32_t>(wire->length);
        Span dateline{line.trimmed.start, body.start};
        while (dateline.end > dateline.start && text[dateline.end - 1] == ' ') --dateline.end;
        doc.dropped.push_back({dateline, std::string(kWireDatelineReason)});
        if (body.start >= body.end) continue;  // the dateline alone on its line
      }
    }
    // "10:14 GMT - Notably, ...": a live blog entry's time stamp is no part
    // of its first sentence.
    if (const size_t stamp = time_stamp_length(doc.slice(body)); stamp > 0) {
      doc.dropped.push_back(
          {{body.start, body.start + static_cast<uint32_t>(stamp)}, "time stamp"});
      body.start += static_cast<uint32_t>(stamp);
    }
    if (!seen_body || !in_paragraph) ++body_paragraphs;
    seen_body = true;
    headline_done = true;
    if (in_paragraph) {
      doc.paragraphs.back().end = line.trimmed.end;
    } else {
      doc.paragraphs.push_back(body);
      in_paragraph = true;
    }
    if (own_paragraph[i]) in_paragraph = false;
  }
}

}  // namespace kd
