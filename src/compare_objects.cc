// Contradictions about things no topic of the lexicon names: one side says
// the ministers "agreed to restore direct passenger flights", the other that
// "there was no agreement on direct passenger flights". The two accounts
// share the words of the thing (two content words or more, written in lower
// case: not a name) and take opposite stances on them.
#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

#include "compare_divergence.h"
#include "compare_statements.h"

namespace kd::cmp {

namespace {

// Fewest content words of a shared thing: one word ("flights", "visas") is
// too often a word of the frame or of the event itself ("talks", "call").
constexpr size_t kObjectWords = 2;

// "two" of "the two sides": the parties counted, not a thing.
bool is_number_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"one",   "two",   "three", "four", "five", "six",
                                                "seven", "eight", "nine",  "ten",  "both"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// A word that can be part of the thing: a content word written in lower case,
// not a number, not inside a stance mark ("agreement" of "no agreement")
// nor a topic term (the topics' own finder covers those).
bool object_word(const StatementFacts& f, const std::string& claim, size_t k) {
  const Token& t = f.claim_tokens[k];
  if (content_key(t).empty() || is_number_word(t.folded())) return false;
  const char first = t.span.start < claim.size() ? claim[t.span.start] : 'A';
  if (!(first >= 'a' && first <= 'z')) return false;
  for (const StanceMark& m : f.stance_marks)
    if (m.range.first <= k && k <= m.range.last) return false;
  for (const TopicHit& h : f.topics)
    if (h.range.first <= k && k <= h.range.last) return false;
  return true;
}

// Runs of object words, in claim order, as the indices of their words:
// the things a statement talks about. Stop words may stand between them
// ("reopening of the consulates"), a clause boundary may not.
using Run = std::vector<size_t>;
std::vector<Run> object_runs(const StatementFacts& f, const std::string& claim) {
  std::vector<Run> out;
  Run run;
  auto close = [&] {
    if (run.size() >= kObjectWords) out.push_back(run);
    run.clear();
  };
  for (size_t k = 0; k < f.claim_tokens.size(); ++k) {
    const Token& t = f.claim_tokens[k];
    if (t.clause_start) close();
    if (object_word(f, claim, k))
      run.push_back(k);
    else if (!t.stop)
      close();
  }
  close();
  return out;
}

// The longest stretch of `a`'s run whose stems follow each other in `b`'s
// run too, as token ranges of each; empty (first > last) when shorter than
// kObjectWords.
std::pair<TokenRange, TokenRange> shared_stretch(const StatementFacts& fa, const Run& a,
                                                 const StatementFacts& fb, const Run& b) {
  std::pair<TokenRange, TokenRange> best{{1, 0}, {1, 0}};
  size_t best_len = 0;
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b.size(); ++j) {
      size_t n = 0;
      while (i + n < a.size() && j + n < b.size() &&
             fa.claim_tokens[a[i + n]].stem() == fb.claim_tokens[b[j + n]].stem())
        ++n;
      if (n > best_len) {
        best_len = n;
        best = {{a[i], a[i + n - 1]}, {b[j], b[j + n - 1]}};
      }
    }
  if (best_len < kObjectWords) return {{1, 0}, {1, 0}};
  return best;
}

// One says yes, the other no, each by a stance word of its own ("agreed
// to restore" and "no agreement on"; "said" takes no stance).
bool opposite(unsigned a, unsigned b) {
  auto yes = [](unsigned s) { return positive_stance(s) && !negative_stance(s); };
  auto no = [](unsigned s) { return negative_stance(s) && !positive_stance(s); };
  return (yes(a) && no(b)) || (yes(b) && no(a));
}

// The stance a statement takes on the thing at `r`: its stance words that
// govern it, and what its reporting verb says of the whole claim ("denied",
// "agreed"; not the extractor's condition, set by a condition anywhere).
unsigned stance_toward(const StatementFacts& f, TokenRange r) {
  constexpr unsigned kActs = kDenial | kReject | kCommitment | kSupport;
  unsigned bits = (f.speech_act & kActs) | marks_near(f, r, MarksFrom::kBeforeOrDenial);
  if (f.speech_act & kReject) bits &= ~(kSupport | kCommitment);  // "did not agree"
  return bits;
}

std::string written(const std::string& claim, const std::vector<Token>& tokens, TokenRange r) {
  return claim.substr(tokens[r.first].span.start,
                      tokens[r.last].span.end - tokens[r.first].span.start);
}

// A side's statements with things in them, each claim once (an event merged
// from many articles repeats its readouts), with the index of the pairs of
// words that open a shared stretch: each of `a`'s statements is compared
// with those of `b` that share a pair, not with all (squared work on big
// events).
struct ThingStatement {
  Ref ref;
  bool readout;
  std::vector<Run> runs;
};

std::vector<ThingStatement> thing_statements(const EventView& v, const SideAccount& s) {
  std::vector<ThingStatement> out;
  std::unordered_map<std::string_view, size_t> by_claim;
  auto take = [&](const std::vector<Ref>& refs, bool readout) {
    for (Ref r : refs) {
      const std::string& claim = v.statement(r).claim;
      if (auto it = by_claim.find(claim); it != by_claim.end()) {
        if (it->second != SIZE_MAX) out[it->second].readout = out[it->second].readout || readout;
        continue;
      }
      std::vector<Run> runs = object_runs(v.facts(r), claim);
      by_claim.emplace(claim, runs.empty() ? SIZE_MAX : out.size());
      if (!runs.empty()) out.push_back({r, readout, std::move(runs)});
    }
  };
  take(s.readouts, true);
  take(s.positions, false);
  // (Claims without things are known too, as SIZE_MAX: looked at once.)
  return out;
}

// The stems of run words k and k + 1: a pair any shared stretch opens with.
std::string pair_key(const StatementFacts& f, const Run& run, size_t k) {
  std::string key(f.claim_tokens[run[k]].stem());
  key += ' ';
  key += f.claim_tokens[run[k + 1]].stem();
  return key;
}

}  // namespace

void find_object_divergences(const EventView& v, const SideAccount& a, const SideAccount& b,
                             Event& event) {
  const std::vector<ThingStatement> as = thing_statements(v, a), bs = thing_statements(v, b);
  if (as.empty() || bs.empty()) return;
  std::unordered_map<std::string, std::vector<size_t>> b_pairs;
  for (size_t i = 0; i < bs.size(); ++i)
    for (const Run& run : bs[i].runs)
      for (size_t k = 0; k + 1 < run.size(); ++k) {
        std::vector<size_t>& at = b_pairs[pair_key(v.facts(bs[i].ref), run, k)];
        if (at.empty() || at.back() != i) at.push_back(i);
      }
  std::set<std::string> seen;  // one contradiction per thing
  for (const ThingStatement& sa_st : as) {
    const Ref ra = sa_st.ref;
    const StatementFacts& fa = v.facts(ra);
    const std::string& ca = v.statement(ra).claim;
    std::vector<size_t> candidates;
    for (const Run& run : sa_st.runs)
      for (size_t k = 0; k + 1 < run.size(); ++k)
        if (auto it = b_pairs.find(pair_key(fa, run, k)); it != b_pairs.end())
          candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (size_t c : candidates) {
      const ThingStatement& sb_st = bs[c];
      if (!sa_st.readout && !sb_st.readout) continue;  // neither side tied it to the event
      const Ref rb = sb_st.ref;
      const StatementFacts& fb = v.facts(rb);
      const std::string& cb = v.statement(rb).claim;
      for (const Run& run_a : sa_st.runs)
        for (const Run& run_b : sb_st.runs) {
          const auto [sa, sb] = shared_stretch(fa, run_a, fb, run_b);
          if (sa.first > sa.last) continue;
          const unsigned stance_a = stance_toward(fa, sa), stance_b = stance_toward(fb, sb);
          if (!opposite(stance_a, stance_b)) continue;
          std::string key;
          for (size_t k = sa.first; k <= sa.last; ++k)
            if (!fa.claim_tokens[k].stop) (key += fa.claim_tokens[k].stem()) += ' ';
          if (!seen.insert(key).second) continue;
          Divergence d;
          d.topic = written(ca, fa.claim_tokens, sa);
          d.kind = DivergenceKind::kContradiction;
          d.statements[a.side] = statement_ids(v, {ra});
          d.statements[b.side] = statement_ids(v, {rb});
          d.summary = a.side + " " + stance_words(stance_a) + " (\"" +
                      quote_fragment(ca, fa.claim_tokens, sa) + "\") while " + b.side + " " +
                      stance_words(stance_b) + " (\"" + quote_fragment(cb, fb.claim_tokens, sb) +
                      "\")";
          event.divergences.push_back(std::move(d));
        }
    }
  }
}

}  // namespace kd::cmp
