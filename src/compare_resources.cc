// Builds the comparer's matchers from the lexicon (event_cues, topics).
#include "compare_model.h"

namespace kd::cmp {

namespace {

// Topic terms skip articles and prepositions ("cessation of the
// hostilities") and allow one extra word ("halt to the ongoing hostilities").
PhraseMatcher::Options topic_options() {
  PhraseMatcher::Options o;
  o.skip_stopwords = true;
  o.max_gap = 1;
  return o;
}

// Words that mark the stance of a claim on what it talks about. They are
// grammar of diplomatic English rather than knowledge, so they live here.
struct StanceWords {
  unsigned bits;
  std::vector<const char*> phrases;
};

const std::vector<StanceWords>& stance_vocabulary() {
  static const std::vector<StanceWords> kWords = {
      {kSupport,
       {"support*", "welcom*", "readiness", "ready", "need for", "need to", "importance",
        "important", "call for", "called for", "calls for", "urge", "urged", "urging", "in favor",
        "in favour", "endorse*"}},
      {kSupport | kCommitment,
       {"agree*", "commit*", "pledg*", "confirm*", "decided", "determined to"}},
      {kConditional,
       {"only if", "only possible if", "unless", "provided that", "on condition", "conditional on",
        "conditioned on", "depends on", "depend on", "dependent on", "no meaning without",
        "as long as", "only after", "until", "precondition*"}},
      // Said to need no condition: "ready to sign without preconditions".
      {kSupport,
       {"without precondition*", "without any precondition*", "no precondition*",
        "without conditions", "without any conditions", "unconditional*"}},
      {kConcern, {"concern*", "worr*", "alarm*", "deplor*", "troubled", "disturbed"}},
      {kReject,
       {"unacceptab*", "inadmissib*", "reject*", "oppose", "opposed", "opposes", "refus*",
        "condemn*", "impermissible", "cannot accept"}},
      {kDemand,
       {"must", "should", "demand*", "insist*", "have to", "has to", "had to", "call on",
        "called on", "calls on", "needs to"}},
      {kDiscussion,
       {"discuss*", "exchang* views", "exchang* opinions", "assess*", "review*", "consider*",
        "touched on", "touched upon", "talked about"}},
      {kDenial, {"deny", "denies", "denied", "denying", "dismiss*", "refut*", "baseless"}},
      // Said not to have been raised at all: "Taiwan did not come up".
      {kDenial,
       {"not come up", "never came up", "not discuss*", "never discuss*", "not rais*",
        "never rais*", "not brought up", "never brought up", "not on the agenda"}},
      // Said not to have been agreed: "there was no agreement on flights".
      {kDenial,
       {"no agreement", "no agreements", "not agree*", "never agree*", "no deal", "no decision",
        "no decisions", "no consensus", "no understanding", "not reach*"}},
      // Refused: "did not commit to any figure", "has no plans to".
      {kReject, {"no commitment*", "not commit*", "no plan* to", "no intention"}},
  };
  return kWords;
}

}  // namespace

Resources::Resources(const Lexicon& lex)
    : lexicon(lex), gazetteer(lex), offices(lex), topic_terms(topic_options()) {
  for (const EventCue& cue : lex.event_cues) {
    if (cue.kind == "reference" || cue.kind == "parties" || cue.kind == "readout") {
      if (references.add(cue.phrase) >= 0) {
        names_event.push_back(cue.kind == "reference");
        names_parties.push_back(cue.kind == "parties");
        reference_kinds.push_back(CueKind::kTalks);
        const std::vector<Token> words = tokenize(cue.phrase);
        if (cue.kind != "reference" || words.empty()) continue;
        const std::string last(words.back().folded());
        for (const EventCue& other : lex.event_cues) {
          if (other.kind != "call" && other.kind != "meeting") continue;
          const std::vector<Token> other_words = tokenize(other.phrase);
          if (std::any_of(other_words.begin(), other_words.end(),
                          [&](const Token& t) { return t.folded() == last; })) {
            reference_kinds.back() = other.kind == "call" ? CueKind::kCall : CueKind::kMeeting;
            break;
          }
        }
      }
    } else if (cue.kind == "prospect") {
      std::vector<std::string> words;
      for (const Token& t : tokenize(cue.phrase)) words.emplace_back(t.folded());
      if (!words.empty()) prospects.push_back(std::move(words));
    } else if (cue.kind == "initiative") {
      initiative.add(cue.phrase);
    } else if (cue.kind == "separate") {
      separately.add(cue.phrase);
    } else if (cue.kind == "venue") {
      venues.add(cue.phrase);
    } else if (cue.kind == "thing") {
      received_things.add(cue.phrase);
    } else {
      CueKind kind;
      if (cue.kind == "call" || cue.kind == "spoke") {
        kind = CueKind::kCall;
      } else if (cue.kind == "meeting" || cue.kind == "hosted") {
        kind = CueKind::kMeeting;
      } else if (cue.kind == "statement") {
        kind = CueKind::kStatement;
      } else if (cue.kind == "talks") {
        kind = CueKind::kTalks;
      } else {
        continue;  // a kind this version does not know
      }
      if (event_cues.add(cue.phrase) >= 0) {
        cue_kinds.push_back(kind);
        cue_rules.push_back(cue.kind == "spoke"    ? CueRule::kPlaceable
                            : cue.kind == "hosted" ? CueRule::kHostLike
                                                   : CueRule::kPlain);
      }
    }
  }
  for (const StanceWords& w : stance_vocabulary()) {
    for (const char* phrase : w.phrases)
      if (stance_words.add(phrase) >= 0) stance_bits.push_back(w.bits);
  }
  for (size_t t = 0; t < lex.topics.size(); ++t) {
    for (std::string_view term : lex.topics[t].terms) {
      // "!displac*": a harm the topic is about (topics.json).
      const bool harm = !term.empty() && term.front() == '!';
      if (harm) term.remove_prefix(1);
      if (topic_terms.add(std::string(term)) < 0) continue;
      term_topic.push_back(t);
      term_harm.push_back(harm);
    }
  }
}

std::vector<TopicHit> Resources::topics_in(const std::vector<Token>& tokens) const {
  std::vector<TopicHit> hits;
  for (const PhraseMatcher::Match& m : topic_terms.find(tokens)) {
    const auto id = static_cast<size_t>(m.id);
    hits.push_back(TopicHit{term_topic[id], m.range, term_harm[id]});
  }
  return hits;
}

}  // namespace kd::cmp
