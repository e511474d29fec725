// Stage 2: attributed statements of a document.
//
// Per sentence, FrameFinder lists every attribution frame (cue, speaker,
// claim); settle() (extract_settle.cc) decides between the frames of one
// sentence; this file links quotations that run on without a frame and
// turns frames into Statements with dates and ids.
#include "karabakh_diff/extractor.h"

#include <algorithm>
#include <memory>

#include "extract_claim.h"
#include "extract_frames.h"
#include "extract_settle.h"
#include "extract_statement.h"

namespace kd {

struct Extractor::Indexes {
  explicit Indexes(const Lexicon& lexicon)
      : gazetteer(lexicon), cues(lexicon), offices(lexicon.entities) {}
  Gazetteer gazetteer;
  CueIndex cues;
  OfficeIndex offices;
};

Extractor::Extractor(const Lexicon& lexicon) : indexes_(std::make_unique<const Indexes>(lexicon)) {}

Extractor::~Extractor() = default;

std::vector<Statement> extract(const Document& doc, const Lexicon& lexicon,
                               const ExtractContext& context) {
  return Extractor(lexicon).extract(doc, context);
}

std::vector<Statement> Extractor::extract(const Document& doc,
                                          const ExtractContext& context) const {
  const Indexes& ix = *indexes_;
  const std::vector<Span> paragraphs = body_paragraphs(doc);
  const std::vector<Sentence> sentences = body_sentences(doc, paragraphs);
  const std::vector<Quote> quotes = find_quotes(doc, paragraphs);
  Discourse discourse(doc, ix.gazetteer, paragraphs, &ix.offices);
  FrameFinder finder(doc, ix.cues, discourse, quotes);
  StatementMaker maker(doc, ix.gazetteer, ix.cues, quotes, sentences, context);

  std::vector<Statement> out;
  size_t next_sentence = 0;
  for (uint32_t p = 0; p < paragraphs.size() && !expired(context.deadline); ++p) {
    const std::vector<Token> toks = tokenize(doc, paragraphs[p], quotes);
    std::vector<SentenceView> views;
    for (; next_sentence < sentences.size() &&
           sentences[next_sentence].span.start < paragraphs[p].end;
         ++next_sentence) {
      const Span sp = sentences[next_sentence].span;
      if (sp.start < paragraphs[p].start) continue;
      auto by_start = [](const Token& t, uint32_t pos) { return t.start < pos; };
      size_t b = std::lower_bound(toks.begin(), toks.end(), sp.start, by_start) - toks.begin();
      size_t e = std::lower_bound(toks.begin(), toks.end(), sp.end, by_start) - toks.begin();
      views.push_back({toks, b, e, sp, p});
    }
    for (size_t v = 0; v < views.size() && !expired(context.deadline); ++v) {
      std::vector<Pending> pending = settle(finder.find(views[v]), views[v]);
      if (pending.empty()) {
        if (auto cont = maker.quote_continuation(views[v], out)) {
          pending.push_back(std::move(*cont));
        } else if (auto intro = maker.introduced_quote(views[v], out, discourse)) {
          pending.push_back(std::move(*intro));
        }
      }
      // "X said: We know ... It is not like that." runs on while no new frame starts.
      for (Pending& pd : pending) {
        if (pd.frame.complement != Complement::kColon || pd.frame.claim.end != views[v].span.end)
          continue;
        while (v + 1 < views.size() && finder.find(views[v + 1]).empty()) {
          ++v;
          pd.frame.claim.end = views[v].span.end;
        }
      }
      for (Pending& pd : pending) {
        if (auto st = maker.make(pd, discourse, toks)) out.push_back(std::move(*st));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Statement& a, const Statement& b) {
    return a.text_span.start < b.text_span.start;
  });
  out.erase(std::unique(
                out.begin(), out.end(),
                [](const Statement& a, const Statement& b) { return a.text_span == b.text_span; }),
            out.end());
  return out;
}

}  // namespace kd
