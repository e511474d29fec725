// Each side's account of an event (readouts and same-day positions), how it
// is sourced per article, and the quoting helpers of the summaries.
#include <algorithm>
#include <map>
#include <set>

#include "compare_divergence.h"
#include "compare_statements.h"

namespace kd::cmp {

namespace {

bool is_pronoun(const std::string& mention) {
  static const char* const kWords[] = {"it", "he", "she", "they", "we", "i", "this", "that"};
  const std::vector<Token> t = tokenize(mention);
  if (t.size() != 1) return t.empty();
  for (const char* w : kWords)
    if (t[0].folded() == w) return true;
  return false;
}

std::string basename(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// `media`: a media report besides the anonymous source.
const char* weaker_source_words(SourceClass c, bool media) {
  switch (c) {
    case SourceClass::kAnonymous:
      return media ? "has only an anonymous source and a media report"
                   : "has only an anonymous source";
    case SourceClass::kMedia:
      return "has only a media report";
    case SourceClass::kNone:
      break;
    case SourceClass::kOfficial:
      break;
  }
  return "has no readout";
}

// Articles quoted in one source divergence; the others are counted.
constexpr size_t kQuotedArticles = 3;

// How one side's account is sourced in one article.
struct Sourcing {
  SourceClass best = SourceClass::kNone;
  bool media = false;               // a media report among the readouts
  std::vector<Ref> refs;            // the side's readouts in the article
  std::vector<std::string> quotes;  // attribution as written, strongest first
};

// How one side's account is sourced in one article: `reports` are the
// article's reports of the event, `refs` the side's readouts in it.
Sourcing sourcing(const EventView& v, const SideAccount& s, size_t doc,
                  const std::vector<size_t>& reports, std::vector<Ref> refs) {
  Sourcing out;
  // A report sentence that names the side's institution ("the Kremlin
  // announced", "the Russian Foreign Ministry issued a similar statement").
  for (size_t k : reports) {
    for (const InstitutionReport& r : v.evidence[doc].events[k].institutions) {
      if (std::find(r.sides.begin(), r.sides.end(), s.side) == r.sides.end()) continue;
      out.best = SourceClass::kOfficial;
      out.quotes.push_back(r.sentence);
    }
  }
  out.refs = std::move(refs);
  std::vector<Ref> ranked = out.refs;
  auto rank = [&](Ref r) {
    const Statement& st = v.statement(r);
    return std::make_tuple(-static_cast<int>(v.facts(r).source),
                           st.speaker.kind == SpeakerKind::kInstitution ? 0 : 1,
                           is_pronoun(st.speaker.mention) ? 1 : 0);
  };
  std::stable_sort(ranked.begin(), ranked.end(), [&](Ref a, Ref b) { return rank(a) < rank(b); });
  for (Ref r : ranked) {
    out.best = std::max(out.best, v.facts(r).source);
    out.media = out.media || v.facts(r).source == SourceClass::kMedia;
    const std::string& frame = v.facts(r).frame;
    if (!frame.empty() &&
        std::find(out.quotes.begin(), out.quotes.end(), frame) == out.quotes.end())
      out.quotes.push_back(shorten(frame, 160));
  }
  if (out.quotes.size() > 2) out.quotes.resize(2);
  return out;
}

std::string quoted(const std::vector<std::string>& quotes) {
  std::string out;
  for (const std::string& q : quotes) out += (out.empty() ? " " : ", ") + ("\"" + q + "\"");
  return out;
}

}  // namespace

const StatementFacts& EventView::facts(Ref r) const {
  if (cache.size() <= r.doc) cache.resize(analysis.documents.size());
  std::vector<std::unique_ptr<StatementFacts>>& row = cache[r.doc];
  if (row.size() <= r.st) row.resize(analysis.documents[r.doc].statements.size());
  std::unique_ptr<StatementFacts>& slot = row[r.st];
  if (!slot) {
    slot = std::make_unique<StatementFacts>();
    StatementFacts& f = *slot;
    describe_claim(statement(r), res, f);
    const StatementEvidence& n = notes(r);
    f.frame = n.frame;
    f.source = n.source;
    f.said_on = n.said_on;
    f.said_weekday = n.said_weekday;
  }
  return *slot;
}

SideAccount side_account(const EventView& v, const std::string& side) {
  SideAccount out;
  out.side = side;
  std::set<size_t> docs;
  for (const auto& [d, k] : v.merged.members) {
    docs.insert(d);
    for (size_t st : v.evidence[d].events[k].readouts)
      if (v.analysis.documents[d].statements[st].account == side) out.readouts.push_back({d, st});
  }
  // Same-day statements of the side's officials in the same articles: what
  // that government said that day, even if not about the call.
  const std::optional<Date>& date = v.merged.event.date;
  if (!date) return out;
  for (size_t d : docs) {
    const std::vector<Statement>& sts = v.analysis.documents[d].statements;
    for (size_t i = 0; i < sts.size(); ++i) {
      const StatementEvidence& f = v.evidence[d].statements[i];
      if (!may_be_position(f) || sts[i].account != side) continue;
      const bool same_day = f.said_on ? *f.said_on == *date
                                      : f.said_weekday >= 0 && f.said_weekday == date->weekday();
      if (same_day) out.positions.push_back({d, i});
    }
  }
  return out;
}

void find_source_divergences(const EventView& v, const SideAccount& a, const SideAccount& b,
                             Event& event) {
  // Per article: its reports of the event and each side's readouts in it
  // (grouped once: an event may be reported by thousands of articles).
  std::vector<size_t> docs;
  std::map<size_t, std::vector<size_t>> reports;
  std::map<size_t, std::vector<Ref>> refs_a, refs_b;
  for (const auto& [d, k] : v.merged.members) {
    auto [it, fresh] = reports.try_emplace(d);
    if (fresh) docs.push_back(d);
    it->second.push_back(k);
  }
  for (Ref r : a.readouts) refs_a[r.doc].push_back(r);
  for (Ref r : b.readouts) refs_b[r.doc].push_back(r);
  std::vector<Sourcing> per_doc_a, per_doc_b;
  bool official_a = false, official_b = false;  // anywhere in the run
  for (size_t doc : docs) {
    per_doc_a.push_back(sourcing(v, a, doc, reports[doc], refs_a[doc]));
    per_doc_b.push_back(sourcing(v, b, doc, reports[doc], refs_b[doc]));
    official_a = official_a || per_doc_a.back().best == SourceClass::kOfficial;
    official_b = official_b || per_doc_b.back().best == SourceClass::kOfficial;
  }
  // One divergence per pattern (which side is official, how the other is
  // sourced), quoting the first few articles that show it.
  // A pattern's finding: its summary is headed once all its articles are
  // seen (whether every one also has a media report).
  struct Pattern {
    Divergence d;
    std::string official, other;  // the sides
    SourceClass weaker;           // how the other side is sourced
    bool all_media = true;        // every article's anonymous account has a media report too
    size_t articles = 0;
  };
  std::map<std::pair<bool, SourceClass>, size_t> pattern_index;
  std::vector<Pattern> found;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Sourcing& sa = per_doc_a[i];
    const Sourcing& sb = per_doc_b[i];
    const bool oa = sa.best == SourceClass::kOfficial, ob = sb.best == SourceClass::kOfficial;
    if (oa == ob) continue;
    // An article that gives one side only is no divergence when another
    // article has that side's official readout; an anonymous or media
    // account in the same article is.
    const Sourcing& so = oa ? sa : sb;
    const Sourcing& sw = oa ? sb : sa;
    if (sw.refs.empty() && (oa ? official_b : official_a)) continue;
    const SideAccount& official = oa ? a : b;
    const SideAccount& other = oa ? b : a;
    auto [it, fresh] = pattern_index.try_emplace({oa, sw.best}, found.size());
    if (fresh) {
      Pattern p{{}, official.side, other.side, sw.best};
      p.d.topic = "source";
      p.d.kind = DivergenceKind::kSource;
      found.push_back(std::move(p));
    }
    Pattern& p = found[it->second];
    p.all_media = p.all_media && sw.media;
    for (Ref r : so.refs) p.d.statements[official.side].push_back(v.statement(r).id);
    for (Ref r : sw.refs) p.d.statements[other.side].push_back(v.statement(r).id);
    if (++p.articles <= kQuotedArticles) {
      p.d.summary += (p.articles > 1 ? " | " : " ") +
                     basename(v.analysis.documents[docs[i]].doc.path) + ": " + official.side +
                     quoted(so.quotes) + "; " + other.side +
                     (sw.quotes.empty() ? std::string(" nothing") : quoted(sw.quotes));
    }
  }
  for (Pattern& p : found) {
    p.d.summary = p.official + " has an official readout, " + p.other + " " +
                  weaker_source_words(p.weaker, p.all_media) + ":" + p.d.summary;
    if (p.articles > kQuotedArticles)
      p.d.summary += " | and " + std::to_string(p.articles - kQuotedArticles) + " more articles";
    event.divergences.push_back(std::move(p.d));
  }
}

std::string shorten(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut < max_bytes / 2) cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

std::string quote_fragment(const std::string& claim, const std::vector<Token>& tokens,
                           TokenRange range, size_t max_words) {
  if (tokens.empty()) return claim;
  size_t first = range.first, last = range.last;
  // Widen around the term within its clause: a few words before, more after.
  while (first > 0 && range.first - first < max_words / 3 && !tokens[first].clause_start) --first;
  while (last + 1 < tokens.size() && last - first + 1 < max_words && !tokens[last + 1].clause_start)
    ++last;
  // Never through an abbreviation ("S. side" of "U.S. side") or a
  // hyphenated word ("day halt" of "30-day halt"): the words on either side
  // of a period or hyphen with no space around it go together.
  auto joined = [&](size_t a) {  // tokens a and a + 1 are "U" "." "S"
    const uint32_t gap = tokens[a].span.end;
    return gap + 1 == tokens[a + 1].span.start && gap < claim.size() &&
           (claim[gap] == '.' || claim[gap] == '-');
  };
  while (first > 0 && joined(first - 1)) --first;
  while (last + 1 < tokens.size() && joined(last)) ++last;
  return claim.substr(tokens[first].span.start, tokens[last].span.end - tokens[first].span.start);
}

}  // namespace kd::cmp
