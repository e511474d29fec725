#include "extract_words.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "fold.h"

namespace kd {

namespace {

// Length and first letter before the full comparison: most words differ
// there, and a memcmp call per candidate cost more than the lookup's worth.
// A template over the list's length, inlined at each call: the compiler
// unrolls the loop over the literal words instead of building a list.
template <size_t N>
inline bool in(std::string_view w, const std::string_view (&set)[N]) {
  for (std::string_view s : set)
    if (s.size() == w.size() && s[0] == w[0] && s == w) return true;
  return false;
}

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

std::vector<std::string> split_spaces(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(fold(s.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

}  // namespace

CueIndex::CueIndex(const Lexicon& lexicon) {
  for (const Cue& cue : lexicon.cues) {
    std::vector<std::string> forms = cue.forms;
    forms.push_back(cue.phrase);
    for (const std::string& f : forms) {
      std::vector<std::string> words = split_spaces(f);
      if (words.empty()) continue;
      first_filter_.add(words[0]);
      auto& bucket = by_first_[words[0]];
      const bool dup = std::any_of(bucket.begin(), bucket.end(),
                                   [&](const Form& x) { return x.words == words; });
      if (!dup) bucket.push_back({std::move(words), &cue});
    }
  }
  // Built once here rather than for every claim (only_reports_event).
  for (const EventCue& e : lexicon.event_cues) {
    if (e.kind != "call" && e.kind != "meeting" && e.kind != "talks" && e.kind != "spoke" &&
        e.kind != "hosted")
      continue;
    std::string cur;
    for (char c : fold(e.phrase) + " ") {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
        cur += c;
      } else if (!cur.empty()) {
        if (cur != "...") {
          event_filter_.add(cur);
          event_words_.insert(cur);
        }
        cur.clear();
      }
    }
  }
}

CueMatch CueIndex::match_listed(const std::vector<Token>& toks, size_t i, size_t end) const {
  CueMatch best;
  auto it = by_first_.find(toks[i].low);
  if (it == by_first_.end()) return best;
  for (const Form& f : it->second) {
    if (f.words.size() <= best.length || i + f.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 1; k < f.words.size() && ok; ++k)
      ok = toks[i + k].word() && !toks[i + k].in_quote && toks[i + k].low == f.words[k];
    if (!ok) continue;
    best.cue = f.cue;
    best.length = f.words.size();
  }
  if (best.cue) {
    const std::string_view w = toks[i].low;  // a view: == "literal" compares lengths first, no call
    best.participle = ends_with(w, "ing");
    best.base = w == std::string_view(best.cue->phrase).substr(0, best.cue->phrase.find(' '));
    best.past = ends_with(w, "ed") || in(w, {"said", "told", "wrote", "drew", "quoted", "denied",
                                             "implied", "replied", "vowed", "according"});
  }
  return best;
}

bool takes_object(const Cue& cue) {
  if (cue.cls != CueClass::kReport)
    return cue.cls != CueClass::kDiscussion && cue.phrase != "agree";
  // Report cues whose phrase ends in a preposition ("draw attention to") or
  // that stress/repeat something take an object.
  if (!cue.phrase.empty() && cue.phrase.find(' ') != std::string::npos) {
    std::string_view last = std::string_view(cue.phrase).substr(cue.phrase.rfind(' ') + 1);
    if (in(last, {"to", "for", "on", "about", "of", "over"})) return true;
  }
  return in(cue.phrase, {"reiterate", "stress", "emphasize", "emphasise", "underline", "underscore",
                         "highlight", "echo", "recall", "acknowledge", "admit", "note", "express"});
}

bool takes_bare_clause(const Cue& cue) {
  return in(cue.phrase,
            {"say",      "tell",    "state",  "claim",   "declare", "announce", "insist",  "add",
             "write",    "warn",    "assure", "argue",   "admit",   "suggest",  "believe", "report",
             "inform",   "predict", "assert", "confirm", "reply",   "respond",  "tweet",   "allege",
             "maintain", "explain", "vow",    "promise", "pledge"});
}

bool needs_that_clause(const Cue& cue) {
  return cue.cls == CueClass::kDiscussion || cue.phrase == "agree";
}

bool takes_addressee(const Cue& cue) {
  return in(cue.phrase, {"tell", "inform", "assure", "warn", "remind", "brief", "reassure",
                         "promise", "write"});
}

}  // namespace kd
