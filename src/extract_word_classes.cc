// Closed classes of English words the extractor's rules ask about
// (determiners, auxiliaries, speaker nouns...), kept as data: one table
// below, looked up once per question through a hash of the word instead of
// a scan of each list (the speaker-noun test alone scanned ~120 words).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

#include "ascii8.h"
#include "extract_words.h"

namespace kd {

namespace {

enum WordClass : uint32_t {
  kAuxiliary = 1u << 0,
  kFrameAdverb = 1u << 1,
  kDeterminer = 1u << 2,
  kPronounSubject = 1u << 3,
  kPreposition = 1u << 4,
  kSourceNoun = 1u << 5,
  kLeaderNoun = 1u << 6,
  kDocumentNoun = 1u << 7,
  kMediaNoun = 1u << 8,
  kRelayPeople = 1u << 9,
  kGroupNoun = 1u << 10,
  kSpeakerNoun = 1u << 11,
  kAudience = 1u << 12,
  kIssueVerb = 1u << 13,
  kNpModifier = 1u << 14,
  kIrregularPast = 1u << 15,
  kNegation = 1u << 16,
  kCondition = 1u << 17,
  kSourcePlace = 1u << 18,
  kVenue = 1u << 19,
  kEnvoy = 1u << 20,
  kHonorific = 1u << 21,
  kBodyNoun = 1u << 22,
  kEventWord = 1u << 23,
  kAdjunctParticiple = 1u << 24,
  kPersonNoun = 1u << 25,
  kKnowledgeStart = 1u << 26,
  kPersonTitle = 1u << 27,
  kExpertNoun = 1u << 28,
  kOfficeObject = 1u << 29,
  kNameParticle = 1u << 30,
  kResearchBody = 1u << 31,
};

struct ClassWords {
  uint32_t cls;
  std::initializer_list<std::string_view> words;
};

// clang-format off
const ClassWords kClassWords[] = {
    {kAuxiliary, {"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "did", "does", "do", "can", "could", "may", "might", "should", "shall", "must", "'s", "'ve", "'d"}},
    {kFrameAdverb, {"also", "again", "repeatedly", "reportedly", "earlier", "later", "previously", "then", "already", "further", "once", "separately", "similarly", "likewise", "meanwhile", "publicly", "firmly", "thoroughly", "strongly", "clearly", "explicitly", "recently", "subsequently", "not", "thus", "too", "officially", "categorically", "flatly", "just", "allegedly", "only", "merely", "simply", "afterwards", "afterward", "privately", "yesterday", "today", "overnight"}},
    {kDeterminer, {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "any", "no", "some", "such", "every", "each", "another", "news", "initial", "recent", "earlier", "latest", "new", "first", "unconfirmed", "conflicting"}},
    {kPronounSubject, {"he", "she", "they", "it", "we", "i"}},
    {kPreposition, {"in", "at", "on", "during", "after", "before", "by", "via", "over", "with", "through", "from", "following", "amid", "ahead", "late", "early", "while", "earlier", "later", "last", "this", "when", "upon", "within", "shortly", "speaking"}},
    {kSourceNoun, {"source", "sources", "insider", "insiders"}},
    // Heads of an unnamed speaker before what the speaker knows: "a person
    // familiar with the call", "people briefed on the talks".
    {kPersonNoun, {"person", "persons", "people", "individual", "individuals", "someone"}},
    // First words of kKnowledgePhrases below: most words start none.
    {kPersonTitle, {"minister", "secretary", "president", "premier", "chancellor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "negotiator", "commissioner", "governor", "commander", "chief", "leader", "king", "emir", "sheikh", "prince", "counterpart", "representative", "general", "senator", "mayor", "chairman", "chairwoman", "director", "undersecretary", "deputy", "vice-president", "diplomat", "speaker", "sultan"}},
    {kExpertNoun, {"analyst", "expert", "fellow", "professor", "researcher", "scholar", "lecturer", "economist", "historian", "commentator", "academic", "strategist", "specialist", "sociologist", "scientist", "sinologist", "kremlinologist", "pollster", "author", "columnist", "writer", "consultant", "lawyer", "demographer", "orientalist", "turkologist", "iranologist", "arabist"}},
    {kOfficeObject, {"foreign", "affairs", "defence", "defense", "state", "interior", "external", "national", "home", "economy", "finance", "trade", "justice", "energy", "commerce", "industry", "health", "agriculture", "security", "international", "cooperation", "relations", "european", "integration", "overseas", "development", "planning", "treasury"}},
    {kNameParticle, {"al", "el", "bin", "ibn", "bint", "abu", "ben", "de", "la", "del", "della", "da", "das", "dos", "du", "di", "van", "von", "der", "den", "ter", "le"}},
    {kResearchBody, {"university", "institute", "centre", "center", "school", "college", "academy", "foundation", "think-tank", "observatory", "studies"}},
    {kKnowledgeStart, {"familiar", "briefed", "with", "knowledgeable", "involved", "privy", "aware", "close", "present"}},
    {kLeaderNoun, {"leader", "president", "head", "premier", "chancellor", "chief", "leaders", "presidents", "heads"}},
    {kDocumentNoun, {"statement", "statements", "readout", "readouts", "communique", "declaration", "letter", "message", "release", "note", "report", "website", "resolution", "text", "summary", "transcript", "version", "account"}},
    {kMediaNoun, {"channel", "agency", "newspaper", "outlet", "media", "broadcaster", "daily", "paper", "tv", "television", "radio", "portal", "site", "website", "press"}},
    {kRelayPeople, {"journalists", "reporters", "correspondents", "correspondent", "journalist"}},
    {kGroupNoun, {"sides", "ministers", "leaders", "presidents", "parties", "counterparts", "governments", "countries", "delegations", "heads", "both"}},
    {kSpeakerNoun, {"minister", "ministry", "ministries", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "diplomat", "diplomats", "ambassador", "envoy", "side", "government", "office", "service", "presidency", "administration", "authorities", "representative", "representatives", "secretary", "aide", "adviser", "advisor", "delegation", "embassy", "mission", "department", "kremlin", "directorate", "council", "analysts", "experts", "expert", "analyst", "commander", "military", "army", "parliament", "lawmakers", "deputy", "counterpart", "premier", "cabinet", "co-chairs", "chairs", "mediators", "observers", "organization", "committee", "union", "alliance", "palace", "house", "commissioner", "ombudsman", "negotiator", "governor", "mayor", "chairman", "chairwoman"}},
    {kAudience, {"reporters", "journalists", "parliament", "lawmakers", "legislators", "deputies", "students", "supporters", "parliamentarians", "correspondents", "media", "press", "audience", "crowd", "members", "diplomats", "ambassadors", "him", "her", "them", "us", "me", "nation", "country", "assembly", "senators", "congress"}},
    {kIssueVerb, {"issued", "released", "published", "adopted", "signed", "made", "sent", "issues", "releases", "publishes", "issuing", "releasing", "publishing"}},
    {kNpModifier, {"diplomatic", "communications", "information", "consular", "protocol", "foreign", "defense", "defence", "press", "mass", "senior", "unnamed", "anonymous", "high", "ranking", "informed", "government", "state", "local", "national", "presidential", "two", "three", "both", "joint", "deputy", "top", "military", "security", "intelligence", "official", "un", "u", "n", "prime", "interior", "external", "home", "affairs", "former", "acting", "chief", "general", "public", "permanent", "special", "crown", "vice", "assistant", "associate", "retired", "ex",
      // A ministry's portfolio: "China's commerce ministry", "the trade minister".
      "commerce", "finance", "trade", "economy", "economic", "justice", "energy", "industry", "health",
      "agriculture", "treasury", "education", "culture", "transport", "environment", "labour",
      "labor", "immigration", "migration", "tourism", "investment"}},
    {kIrregularPast, {"made", "heard", "said", "had", "did", "got", "took", "gave", "came", "went", "knew", "saw", "thought", "found", "told", "left", "held", "met", "sent", "won", "lost", "became", "began", "kept", "put", "set", "brought", "fought", "meant", "spoke", "wrote", "drew", "ran", "struck", "led", "shot", "broke", "chose"}},
    {kNegation, {"no", "not", "never", "'t", "cannot", "neither", "nor", "none", "nobody", "nothing", "nowhere"}},
    {kCondition, {"if", "unless", "until", "without", "provided", "providing", "conditional", "condition", "conditions", "otherwise"}},
    {kSourcePlace, {"in", "at", "of", "within", "inside", "near", "from"}},
    // Posts held in another country or body: "Russia's ambassador to Turkey".
    // Heads of phrases that name a body, not a person: "the ministry said".
    {kBodyNoun, {"ministry", "government", "office", "side", "service", "administration", "embassy", "mission", "consulate", "presidency", "directorate", "department", "cabinet"}},
    {kEnvoy, {"ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "emissary", "embassy", "embassies", "mission", "delegation", "consul", "consulate", "attache", "charge"}},
    // Before a name, not part of it: "Dr. S. Jaishankar", "H.E. Ms. Yoko
    // Kamikawa", "Prince Faisal" (the letters of "H.E." are single initials).
    {kHonorific, {"dr", "mr", "mrs", "ms", "mme", "prof", "sir", "dame", "prince", "princess", "sheikh", "sheikha", "emir", "sultan", "king", "queen", "excellency", "highness", "hon", "honourable", "honorable", "ayatollah"}},
    // Where words are said, not to whom: "told a news conference".
    // Words of a sentence that only reports a call or meeting: event nouns
    // and verbs, titles, function words ("Erdogan and Putin had a phone
    // conversation late Nov. 7"; names, sides and dates are removed first).
    {kEventWord, {"phone", "telephone", "call", "calls", "conversation", "conversations", "talk", "talks", "talked", "spoke", "held", "had", "has", "have", "hold", "meeting", "met", "dialogue", "video", "conference", "by", "with", "between", "late", "early", "earlier", "later", "on", "in", "the", "a", "an", "and", "of", "their", "his", "her", "its", "two", "both", "president", "presidents", "minister", "ministers", "foreign", "prime", "leader", "leaders", "counterpart", "counterparts", "countries", "sides", "also", "again", "another", "separate", "today", "yesterday", "phoned", "called", "over", "at", "secretary", "state", "chancellor", "premier", "spokesman", "spokeswoman", "ministry"}},
    // Participles that say how or where words were said, not more words:
    // "..., speaking to reporters in Sochi after the call."
    {kAdjunctParticiple, {"speaking", "talking", "addressing", "answering"}},
    {kVenue, {"conference", "briefing", "briefings", "meeting", "summit", "forum", "session", "gathering", "rally", "event", "ceremony", "hearing", "panel", "roundtable", "symposium", "convention", "dinner", "luncheon"}},
};
// clang-format on

// A word of up to 16 bytes as two integers and its length, exactly: the
// first and last eight bytes (overlapping when shorter), or four and four,
// or the first, middle and last byte of one to three. Equal keys are equal
// words, so a lookup compares integers and hashes without a byte loop.
struct Key {
  uint64_t head = 0;
  uint64_t tail = 0;
  uint32_t size = 0;  // 0: no word (an empty slot)
  bool operator==(const Key& o) const { return head == o.head && tail == o.tail && size == o.size; }
};

constexpr size_t kLongestKey = 16;

uint32_t load4(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// Only for 1 <= w.size() <= kLongestKey.
Key key_of(std::string_view w) {
  const char* p = w.data();
  const size_t n = w.size();
  Key k;
  k.size = static_cast<uint32_t>(n);
  if (n >= 8) {
    k.head = load8(p), k.tail = load8(p + n - 8);
  } else if (n >= 4) {
    k.head = load4(p), k.tail = load4(p + n - 4);
  } else {
    k.head = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
             static_cast<unsigned char>(p[n - 1]) << 16;
  }
  return k;
}

// Open addressing over a power-of-two table indexed by a multiplicative
// hash of the key: the words are short and a lookup must cost less than the
// list scans it replaces (the speaker-noun test alone scanned ~120 words).
class ClassTable {
 public:
  ClassTable() {
    for (const ClassWords& list : kClassWords)
      for (std::string_view w : list.words) {
        // A longer word would need a longer key: a list edit, caught at once.
        if (w.empty() || w.size() > kLongestKey)
          throw std::logic_error("word class lists: empty or longer than 16 bytes: " +
                                 std::string(w));
        Slot& s = slot_for(key_of(w));
        s = {key_of(w), s.classes | list.cls};
      }
  }
  inline __attribute__((always_inline)) uint32_t classes(std::string_view w) const {
    if (w.empty() || w.size() > kLongestKey) return 0;  // no listed word is longer
    const Key k = key_of(w);
    for (size_t i = index(k);; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.key.size == 0) return 0;
      if (s.key == k) return s.classes;
    }
  }

 private:
  struct Slot {
    Key key;
    uint32_t classes = 0;
  };
  static constexpr int kBits = 10;
  static constexpr size_t kSize = size_t{1} << kBits, kMask = kSize - 1;  // load below 1/3
  static size_t index(const Key& k) {
    const uint64_t h = (k.head ^ (k.tail * 0xC2B2AE3D27D4EB4Full) ^ k.size) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> (64 - kBits));
  }
  Slot& slot_for(const Key& k) {
    for (size_t i = index(k);; i = (i + 1) & kMask)
      if (slots_[i].key.size == 0 || slots_[i].key == k) return slots_[i];
  }
  std::array<Slot, kSize> slots_{};
};

// Immutable once built, before main: a table at namespace scope needs no
// guard on each lookup, as a function-local static does (1.2 M instructions
// of guard checks over 600 articles), and classes_of() inlines into each
// is_*() below instead of being a call of its own. Nothing calls these
// functions during static initialization.
const ClassTable kTable;

inline __attribute__((always_inline)) uint32_t classes_of(std::string_view w) {
  return kTable.classes(w);
}

}  // namespace

bool is_auxiliary(std::string_view w) { return (classes_of(w) & kAuxiliary) != 0; }

bool is_frame_adverb(std::string_view w) { return (classes_of(w) & kFrameAdverb) != 0; }

bool is_determiner(std::string_view w) { return (classes_of(w) & kDeterminer) != 0; }

bool is_pronoun_subject(std::string_view w) { return (classes_of(w) & kPronounSubject) != 0; }

bool is_preposition(std::string_view w) { return (classes_of(w) & kPreposition) != 0; }

bool is_source_noun(std::string_view w) { return (classes_of(w) & kSourceNoun) != 0; }

bool is_leader_noun(std::string_view w) { return (classes_of(w) & kLeaderNoun) != 0; }

bool is_person_title(std::string_view w) { return (classes_of(w) & kPersonTitle) != 0; }

bool is_expert_noun(std::string_view w) { return (classes_of(w) & kExpertNoun) != 0; }

bool is_expert_word(std::string_view w) {
  return is_expert_noun(w) ||
         (w.size() > 1 && w.back() == 's' && is_expert_noun(w.substr(0, w.size() - 1)));
}

bool is_outside_government_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "opposition", "lawmaker",   "lawmakers",       "legislator",       "legislators",
      "senator",    "senators",   "congressman",     "congresswoman",    "congressmen",
      "mp",         "mps",        "parliamentarian", "parliamentarians", "activist",
      "activists",  "campaigner", "dissident"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool is_onlooker_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"critics",  "critic",    "observers",
                                                "observer", "residents", "commentators",
                                                "skeptics", "sceptics"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool speaks_for_no_government(std::string_view w) {
  return is_expert_word(w) || is_outside_government_word(w) || is_onlooker_word(w);
}

bool is_office_object(std::string_view w) { return (classes_of(w) & kOfficeObject) != 0; }

bool is_name_particle(std::string_view w) { return (classes_of(w) & kNameParticle) != 0; }

bool is_research_body(std::string_view w) { return (classes_of(w) & kResearchBody) != 0; }

bool is_document_noun(std::string_view w) { return (classes_of(w) & kDocumentNoun) != 0; }

bool is_media_noun(std::string_view w) { return (classes_of(w) & kMediaNoun) != 0; }

bool is_relay_people(std::string_view w) { return (classes_of(w) & kRelayPeople) != 0; }

bool is_group_noun(std::string_view w) { return (classes_of(w) & kGroupNoun) != 0; }

bool is_source_place(std::string_view w) { return (classes_of(w) & kSourcePlace) != 0; }

namespace {

// What an unnamed speaker knows of, after the noun that names the speaker.
// English phrases, kept as data like the classes above.
// clang-format off
const std::initializer_list<std::string_view> kKnowledgePhrases[] = {
    {"familiar", "with"}, {"briefed", "on"}, {"briefed", "about"}, {"with", "knowledge", "of"},
    {"with", "direct", "knowledge", "of"}, {"with", "close", "knowledge", "of"},
    {"with", "first-hand", "knowledge", "of"}, {"knowledgeable", "about"}, {"involved", "in"},
    {"privy", "to"}, {"aware", "of"}, {"close", "to"}, {"present", "at"}, {"present", "during"},
};
// clang-format on

}  // namespace

size_t knowledge_phrase(const std::vector<Token>& toks, size_t k, size_t end) {
  if (k >= end || !toks[k].word() || (classes_of(toks[k].low) & kKnowledgeStart) == 0) return 0;
  for (const auto& phrase : kKnowledgePhrases) {
    if (k + phrase.size() > end) continue;
    size_t n = 0;
    for (std::string_view w : phrase) {
      if (!toks[k + n].word() || toks[k + n].in_quote || toks[k + n].low != w) break;
      ++n;
    }
    if (n == phrase.size()) return n;
  }
  return 0;
}

// Every noun that can head a speaker phrase, of whichever class.
constexpr uint32_t kAnySpeakerNoun = kSourceNoun | kLeaderNoun | kDocumentNoun | kMediaNoun |
                                     kRelayPeople | kGroupNoun | kSpeakerNoun;

bool is_speaker_noun(std::string_view w) { return (classes_of(w) & kAnySpeakerNoun) != 0; }

bool knower_noun(std::string_view w) {  // one lookup for both classes
  return (classes_of(w) & (kPersonNoun | kAnySpeakerNoun)) != 0;
}

bool is_audience(std::string_view w) { return (classes_of(w) & kAudience) != 0; }

bool is_venue(std::string_view w) { return (classes_of(w) & kVenue) != 0; }
bool is_adjunct_participle(std::string_view w) { return (classes_of(w) & kAdjunctParticiple) != 0; }

bool is_body_noun(std::string_view w) { return (classes_of(w) & kBodyNoun) != 0; }

bool is_envoy_noun(std::string_view w) { return (classes_of(w) & kEnvoy) != 0; }

bool is_issue_verb(std::string_view w) { return (classes_of(w) & kIssueVerb) != 0; }

bool is_honorific(std::string_view w) { return (classes_of(w) & kHonorific) != 0; }

bool is_np_modifier(std::string_view w) { return (classes_of(w) & kNpModifier) != 0; }

bool is_irregular_past(std::string_view w) { return (classes_of(w) & kIrregularPast) != 0; }

bool is_negation(std::string_view w) { return (classes_of(w) & kNegation) != 0; }

bool is_condition(std::string_view w) { return (classes_of(w) & kCondition) != 0; }

bool is_event_word(std::string_view w) { return (classes_of(w) & kEventWord) != 0; }

SpeakerWordClasses speaker_word_classes(std::string_view w) {
  const uint32_t c = classes_of(w);
  SpeakerWordClasses out;
  out.determiner = (c & kDeterminer) != 0;
  out.source = (c & kSourceNoun) != 0;
  out.relay_people = (c & kRelayPeople) != 0;
  out.media = (c & kMediaNoun) != 0;
  out.document = (c & kDocumentNoun) != 0;
  out.group = (c & kGroupNoun) != 0;
  out.leader = (c & kLeaderNoun) != 0;
  out.speaker_noun = (c & kAnySpeakerNoun) != 0;
  return out;
}

ClauseMarks clause_marks(std::string_view w) {
  const uint32_t c = classes_of(w);
  return {(c & kNegation) != 0, (c & kCondition) != 0};
}

}  // namespace kd
