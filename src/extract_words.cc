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
    if (e.kind != "call" && e.kind != "meeting" && e.kind != "talks") continue;
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

CueMatch CueIndex::match(const std::vector<Token>& toks, size_t i, size_t end) const {
  CueMatch best;
  if (i >= end || !toks[i].word() || toks[i].in_quote) return best;
  if (!first_filter_.may_contain(toks[i].low)) return best;
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
    const std::string& w = toks[i].low;
    best.participle = ends_with(w, "ing");
    best.past = ends_with(w, "ed") || in(w, {"said", "told", "wrote", "drew", "quoted", "denied",
                                             "implied", "replied", "vowed", "according"});
  }
  return best;
}

bool is_auxiliary(std::string_view w) {
  return in(w, {"has",  "have",  "had",    "was",   "were", "is", "are", "be",
                "been", "will",  "would",  "did",   "does", "do", "can", "could",
                "may",  "might", "should", "shall", "must", "'s", "'ve", "'d"});
}

bool is_frame_adverb(std::string_view w) {
  return in(w,
            {"also",       "again",    "repeatedly", "reportedly",    "earlier",      "later",
             "previously", "then",     "already",    "further",       "once",         "separately",
             "similarly",  "likewise", "meanwhile",  "publicly",      "firmly",       "thoroughly",
             "strongly",   "clearly",  "explicitly", "recently",      "subsequently", "not",
             "thus",       "too",      "officially", "categorically", "flatly",       "just",
             "allegedly"});
}

bool is_determiner(std::string_view w) {
  return in(
      w, {"the",    "a",     "an",    "this",        "these",      "those",   "his",    "her",
          "its",    "their", "our",   "my",          "your",       "any",     "no",     "some",
          "such",   "every", "each",  "another",     "news",       "initial", "recent", "earlier",
          "latest", "new",   "first", "unconfirmed", "conflicting"});
}

bool is_pronoun_subject(std::string_view w) {
  return in(w, {"he", "she", "they", "it", "we", "i"});
}

bool is_preposition(std::string_view w) {
  return in(w, {"in",    "at",   "on",    "during",  "after",   "before",    "by",
                "via",   "over", "with",  "through", "from",    "following", "amid",
                "ahead", "late", "early", "while",   "earlier", "later",     "last",
                "this",  "when", "upon",  "within",  "shortly", "speaking"});
}

bool is_source_noun(std::string_view w) {
  return in(w, {"source", "sources", "insider", "insiders"});
}

bool is_leader_noun(std::string_view w) {
  return in(w, {"leader", "president", "head", "premier", "chancellor", "chief", "leaders",
                "presidents", "heads"});
}

bool is_document_noun(std::string_view w) {
  return in(w, {"statement", "statements", "readout", "communique", "declaration", "letter",
                "message", "release", "note", "report", "website", "resolution", "text"});
}

bool is_media_noun(std::string_view w) {
  return in(w, {"channel", "agency", "newspaper", "outlet", "media", "broadcaster", "daily",
                "paper", "tv", "television", "radio", "portal", "site", "website", "press"});
}

bool is_relay_people(std::string_view w) {
  return in(w, {"journalists", "reporters", "correspondents", "correspondent", "journalist"});
}

bool is_group_noun(std::string_view w) {
  return in(w, {"sides", "ministers", "leaders", "presidents", "parties", "counterparts",
                "governments", "countries", "delegations", "heads", "both"});
}

bool is_speaker_noun(std::string_view w) {
  return is_source_noun(w) || is_leader_noun(w) || is_document_noun(w) || is_media_noun(w) ||
         is_relay_people(w) || is_group_noun(w) ||
         in(w, {"minister",        "ministry",   "ministries",     "spokesman",   "spokeswoman",
                "spokesperson",    "official",   "officials",      "diplomat",    "diplomats",
                "ambassador",      "envoy",      "side",           "government",  "office",
                "service",         "presidency", "administration", "authorities", "representative",
                "representatives", "secretary",  "aide",           "adviser",     "advisor",
                "delegation",      "embassy",    "mission",        "department",  "kremlin",
                "directorate",     "council",    "analysts",       "experts",     "expert",
                "analyst",         "commander",  "military",       "army",        "parliament",
                "lawmakers",       "deputy",     "counterpart",    "premier",     "cabinet",
                "co-chairs",       "chairs",     "mediators",      "observers",   "organization",
                "committee",       "union",      "alliance",       "palace",      "house"});
}

bool is_audience(std::string_view w) {
  return in(w, {"reporters",
                "journalists",
                "parliament",
                "lawmakers",
                "legislators",
                "deputies",
                "students",
                "supporters",
                "parliamentarians",
                "correspondents",
                "media",
                "press",
                "audience",
                "crowd",
                "members",
                "diplomats",
                "ambassadors",
                "him",
                "her",
                "them",
                "us",
                "me",
                "nation",
                "country",
                "assembly",
                "senators",
                "congress"});
}

bool is_issue_verb(std::string_view w) {
  return in(w, {"issued", "released", "published", "adopted", "signed", "made", "sent", "issues",
                "releases", "publishes", "issuing", "releasing", "publishing"});
}

bool is_np_modifier(std::string_view w) {
  return in(w, {"diplomatic",   "foreign",      "defense",    "defence",   "press",
                "mass",         "senior",       "unnamed",    "anonymous", "high",
                "ranking",      "informed",     "government", "state",     "local",
                "national",     "presidential", "two",        "three",     "both",
                "joint",        "deputy",       "top",        "military",  "security",
                "intelligence", "official",     "un",         "u",         "n",
                "prime",        "interior",     "affairs",    "former",    "acting",
                "chief",        "general",      "public"});
}

bool is_irregular_past(std::string_view w) {
  return in(w, {"made", "heard",  "said",    "had",    "did",     "got",    "took",  "gave",
                "came", "went",   "knew",    "saw",    "thought", "found",  "told",  "left",
                "held", "met",    "sent",    "won",    "lost",    "became", "began", "kept",
                "put",  "set",    "brought", "fought", "meant",   "spoke",  "wrote", "drew",
                "ran",  "struck", "led",     "shot",   "broke",   "chose"});
}

// is_negation and is_condition run for every word of every claim: the first
// letter rules out most words before the list is scanned.
bool is_negation(std::string_view w) {
  if (w.empty() || (w[0] != 'n' && w[0] != 'c' && w[0] != '\'')) return false;
  return in(w, {"no", "not", "never", "'t", "cannot", "neither", "nor", "none", "nobody", "nothing",
                "nowhere"});
}

bool is_condition(std::string_view w) {
  if (w.empty()) return false;
  switch (w[0]) {
    case 'i':
    case 'u':
    case 'w':
    case 'p':
    case 'c':
    case 'o':
      break;
    default:
      return false;
  }
  return in(w, {"if", "unless", "until", "without", "provided", "providing", "conditional",
                "condition", "conditions", "otherwise"});
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
                         "highlight", "echo", "recall", "acknowledge", "admit"});
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
