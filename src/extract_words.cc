#include "extract_words.h"

#include <algorithm>
#include <cctype>

#include "fold.h"

namespace kd {

namespace {

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
      if (dup) continue;
      // The tense of the form's first word, read off the lexicon's forms:
      // one that is neither the base ("say"), nor "-s", nor "-ing" is a
      // past ("said", "told", "drew attention to").
      const std::string_view w = words[0];
      const bool base = w == std::string_view(cue.phrase).substr(0, cue.phrase.find(' '));
      const bool participle = ends_with(w, "ing");
      const bool past = ends_with(w, "ed") || (!base && !participle && !ends_with(w, "s"));
      bucket.push_back({std::move(words), &cue, participle, past, base});
    }
  }
  for (const std::string& w : lexicon.unconditional_without) unconditional_.insert(fold(w));
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
  const bool quoted = toks[i].in_quote;  // every word of the form likewise
  auto it = by_first_.find(toks[i].low);
  if (it == by_first_.end()) return best;
  for (const Form& f : it->second) {
    if (f.words.size() <= best.length || i + f.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 1; k < f.words.size() && ok; ++k)
      ok = toks[i + k].word() && toks[i + k].in_quote == quoted && toks[i + k].low == f.words[k];
    if (!ok) continue;
    best = {f.cue, f.words.size(), f.participle, f.past, f.base};
  }
  return best;
}

}  // namespace kd
