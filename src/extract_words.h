// Word knowledge of the extractor (private): the cue lexicon indexed for
// matching, and the small closed word classes of English that frame finding
// needs (auxiliaries, determiners, speaker nouns...). Real-world knowledge
// (names, sides, reporting verbs) stays in the lexicon files.
#ifndef KARABAKH_DIFF_SRC_EXTRACT_WORDS_H_
#define KARABAKH_DIFF_SRC_EXTRACT_WORDS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract_text.h"
#include "karabakh_diff/lexicon.h"
#include "key_filter.h"

namespace kd {

struct CueMatch {
  const Cue* cue = nullptr;
  size_t length = 0;        // tokens
  bool participle = false;  // "-ing" form ("noting", "underscoring")
  bool past = false;        // "-ed" form or irregular past ("said", "told"), from the forms
  bool base = false;        // base form ("say", "stress"): not a frame verb unless "s"/past
};

class CueIndex {
 public:
  explicit CueIndex(const Lexicon& lexicon);
  // Longest cue form starting at token i (words only, outside quotations).
  // Inline: most tokens start no cue form, and the filter answers them at
  // the caller without a call (half a million calls over 600 articles).
  CueMatch match(const std::vector<Token>& toks, size_t i, size_t end) const {
    if (i >= end || !toks[i].word() || toks[i].in_quote || !first_filter_.may_contain(toks[i].low))
      return {};
    return match_listed(toks, i, end);
  }
  // The same of a form inside a quotation ('Blinken "raised concerns about').
  CueMatch match_quoted(const std::vector<Token>& toks, size_t i, size_t end) const {
    if (i >= end || !toks[i].word() || !toks[i].in_quote || !first_filter_.may_contain(toks[i].low))
      return {};
    return match_listed(toks, i, end);
  }
  // Folded words of the lexicon's call, meeting and talks phrases.
  bool is_event_cue_word(std::string_view w) const {
    return event_filter_.may_contain(w) && event_words_.count(std::string(w)) > 0;
  }
  // A folded word that after "without" names no condition ("delay").
  bool is_unconditional_without(std::string_view w) const {
    return unconditional_.count(std::string(w)) > 0;
  }

 private:
  // match() for a word the filter lets through.
  CueMatch match_listed(const std::vector<Token>& toks, size_t i, size_t end) const;
  struct Form {
    std::vector<std::string> words;
    const Cue* cue;
    bool participle, past, base;  // of the first word, as in CueMatch
  };
  std::unordered_map<std::string, std::vector<Form>> by_first_;
  std::unordered_set<std::string> event_words_, unconditional_;
  KeyFilter first_filter_, event_filter_;  // cheap misses for the two above
};

// Closed word classes, on folded words.
bool is_auxiliary(std::string_view w);        // has, was, will, did...
bool is_frame_adverb(std::string_view w);     // also, again, repeatedly...
bool is_determiner(std::string_view w);       // the, a, his, its...
bool is_pronoun_subject(std::string_view w);  // he, she, they, it, we, i
bool is_preposition(std::string_view w);      // in, at, on, during...
bool is_speaker_noun(std::string_view w);     // minister, ministry, source, side, statement...
bool is_document_noun(std::string_view w);    // statement, readout, communique, letter...
bool is_media_noun(std::string_view w);       // channel, agency, newspaper, media...
bool is_relay_people(std::string_view w);     // journalists, reporters, correspondents
bool is_source_noun(std::string_view w);      // source, sources
bool is_source_place(std::string_view w);     // in, at, of, within: "a source in the Kremlin"
// The number of tokens of toks[k, end) that open a phrase of what an unnamed
// speaker knows of ("familiar with", "briefed on", "with knowledge of"), or 0.
size_t knowledge_phrase(const std::vector<Token>& toks, size_t k, size_t end);
// A noun that can name an unnamed speaker before such a phrase: "two
// diplomats familiar with", "people briefed on", "sources close to".
bool knower_noun(std::string_view w);
bool is_leader_noun(std::string_view w);  // leader, president, head, premier...
// A person's title right before the name: minister, secretary, ambassador...
bool is_person_title(std::string_view w);
// Who comments from outside government: analyst, fellow, professor...
bool is_expert_noun(std::string_view w);
// is_expert_noun() of the word or of its singular ("experts").
bool is_expert_word(std::string_view w);
// Who holds no office of a government: legislators and the opposition
// ("lawmaker", "MP", "senator", "opposition"); "deputy" only as a noun.
bool is_outside_government_word(std::string_view w);
// People who watch a government from outside: "critics", "observers",
// "residents", "commentators".
bool is_onlooker_word(std::string_view w);
// Experts, legislators and onlookers: people who speak for no government
// ("analysts in Islamabad", "critics in Kyiv").
bool speaks_for_no_government(std::string_view w);
// What a title is "of": "Minister of Foreign Affairs", "Secretary of State".
bool is_office_object(std::string_view w);
// A lower-case particle inside a name: "al-Shaibani", "bin Farhan", "de la Fuente".
bool is_name_particle(std::string_view w);
// Where experts work, not a government: university, institute, centre...
bool is_research_body(std::string_view w);
bool is_group_noun(std::string_view w);          // sides, ministers, leaders, parties...
bool is_audience(std::string_view w);            // reporters, parliament, lawmakers...
bool is_venue(std::string_view w);               // conference, briefing, summit, forum...
bool is_adjunct_participle(std::string_view w);  // speaking, talking, addressing, answering
bool is_body_noun(std::string_view w);           // ministry, government, office, embassy...
bool is_envoy_noun(std::string_view w);          // ambassador, envoy, representative, embassy...
bool is_issue_verb(std::string_view w);          // issued, released, published
bool is_honorific(std::string_view w);           // dr, ms, prince, sheikh, excellency...
// Lower-case words inside a speaker phrase ("a senior Turkish diplomatic source").
bool is_np_modifier(std::string_view w);
bool is_irregular_past(std::string_view w);  // made, heard, took...
bool is_negation(std::string_view w);
bool is_condition(std::string_view w);
bool is_event_word(std::string_view w);  // phone, call, talks, met, the, president...
// Both of the above in one lookup: a claim asks both of each of its words.
struct ClauseMarks {
  bool negation = false;
  bool condition = false;
};
ClauseMarks clause_marks(std::string_view w);
// The classes a speaker description asks of each of its words, in one lookup.
struct SpeakerWordClasses {
  bool determiner = false, source = false, relay_people = false, media = false, document = false,
       group = false, leader = false, speaker_noun = false;  // as is_determiner()...
};
SpeakerWordClasses speaker_word_classes(std::string_view w);
// What may follow a cue (object, bare clause, listener...) is the lexicon's
// to say: Cue::takes_object and the other syntax flags.

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_WORDS_H_
