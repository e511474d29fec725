#include "karabakh_diff/lexicon.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "fold.h"

#include "lexicon_embedded.h"

namespace kd {
namespace {

TEST(LexiconTest, EmbeddedFilesAllParse) {
  Lexicon lex;
  Status s = load_embedded_lexicon(lex);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  EXPECT_GT(kEmbeddedLexiconCount, 0u);
}

// A side word listed for two sides would point at whichever is listed
// first; folded, no word may appear twice.
TEST(LexiconTest, NoSideWordIsListedTwice) {
  const Lexicon& lex = default_lexicon();
  std::map<std::string, std::string> seen;
  for (const SideWords& sw : lex.sides)
    for (const std::string& w : sw.words) {
      const auto [it, added] = seen.emplace(fold(w), sw.side);
      EXPECT_TRUE(added) << w << ": " << it->second << " and " << sw.side;
    }
  EXPECT_GT(seen.size(), 700u);
}

// Every UN member's side is there, among them the ones of the brief's calls.
TEST(LexiconTest, SidesOfManyGovernments) {
  const Lexicon& lex = default_lexicon();
  std::map<std::string, int> sides;
  for (const SideWords& sw : lex.sides) ++sides[sw.side];
  for (const char* side :
       {"Jerusalem",     "Ramallah", "Cairo",    "Riyadh",    "Doha",        "Amman",
        "Beirut",        "Damascus", "Baghdad",  "Islamabad", "Kabul",       "Seoul",
        "Pyongyang",     "Taipei",   "Rome",     "Madrid",    "The Hague",   "Athens",
        "Nicosia",       "Tbilisi",  "Astana",   "Tashkent",  "Bishkek",     "Dushanbe",
        "Ashgabat",      "Minsk",    "Budapest", "Belgrade",  "Brasilia",    "Mexico City",
        "Ottawa",        "Canberra", "Pretoria", "Abuja",     "Addis Ababa", "NATO",
        "United Nations"})
    EXPECT_EQ(sides.count(side), 1u) << side;
  EXPECT_GT(sides.size(), 200u);
}

TEST(LexiconTest, MergeAppendsEntriesAndSideWords) {
  Lexicon lex;
  ASSERT_TRUE(
      merge_lexicon_json(lex, R"({"sides":[{"side":"Paris","words":["France"]}]})", "a").ok());
  ASSERT_TRUE(merge_lexicon_json(lex, R"({
      "sides":[{"side":"Paris","words":["French"]}],
      "entities":[{"name":"Emmanuel Macron","aliases":["Macron"],"side":"Paris","role":"president"}],
      "cues":[{"phrase":"deny","forms":["denied"],"class":"denial","polarity":-1}]})",
                                 "b")
                  .ok());
  ASSERT_EQ(lex.sides.size(), 1u);
  EXPECT_EQ(lex.sides[0].words, (std::vector<std::string>{"France", "French"}));
  ASSERT_EQ(lex.entities.size(), 1u);
  EXPECT_EQ(lex.entities[0].kind, SpeakerKind::kPerson);
  ASSERT_EQ(lex.cues.size(), 1u);
  EXPECT_EQ(lex.cues[0].cls, CueClass::kDenial);
  EXPECT_EQ(lex.cues[0].polarity, -1);
}

// A cue's syntax flags as the words of "syntax", in their order there.
std::string syntax_of(const Cue& cue) {
  std::string out;
  for (const auto& [flag, word] : {std::pair{cue.takes_object, "object"},
                                   {cue.takes_clause, "clause"},
                                   {cue.that_only, "that-only"},
                                   {cue.takes_addressee, "addressee"},
                                   {cue.takes_order, "order"}})
    if (flag) out += out.empty() ? word : std::string(" ") + word;
  return out;
}

// "syntax" lists what may follow the verb; without it the class decides.
TEST(LexiconTest, CueSyntaxListedOrByClass) {
  struct Case {
    const char* phrase;
    const char* members;  // after "phrase"
    const char* syntax;
  } cases[] = {
      {"opine", R"("class": "report", "syntax": ["clause"])", "clause"},
      {"opine", R"("class": "report", "syntax": ["addressee", "clause", "order"])",
       "clause addressee order"},
      {"opine", R"("class": "commitment", "syntax": ["that-only"])", "that-only"},
      {"opine", R"("class": "demand", "syntax": [])", ""},  // listed: nothing by class
      {"opine", R"("class": "report", "syntax": ["object", "object"])", "object"},
      // Defaults: a neutral report takes no clause or object of its own...
      {"opine", R"("class": "report")", ""},
      {"opine", R"("polarity": 1)", ""},  // class "report" by default
      {"point out", R"("class": "report")", ""},
      // ... unless its phrase ends in a preposition.
      {"refer to", R"("class": "report")", "object"},
      {"opine", R"("class": "commitment")", "object"},
      {"opine", R"("class": "demand")", "object"},
      {"opine", R"("class": "concern")", "object"},
      {"opine", R"("class": "denial")", "object"},
      {"opine", R"("class": "discussion")", "that-only"},
  };
  for (const Case& c : cases) {
    const std::string json =
        std::string(R"({"cues": [{"phrase": ")") + c.phrase + "\", " + c.members + "}]}";
    Lexicon lex;
    const Status s = merge_lexicon_json(lex, json, "user.json");
    ASSERT_TRUE(s.ok()) << json << ": " << s.error().message;
    ASSERT_EQ(lex.cues.size(), 1u);
    EXPECT_EQ(syntax_of(lex.cues[0]), c.syntax) << json;
  }
}

// The default lexicon's verbs keep the grammar the extractor had in code.
TEST(LexiconTest, DefaultCuesSyntax) {
  const std::map<std::string, std::string> expected = {
      {"say", "clause"},
      {"tell", "clause addressee order"},
      {"warn", "object clause addressee order"},
      {"promise", "object clause addressee"},
      {"brief", "addressee"},
      {"stress", "object"},
      {"admit", "object clause"},
      {"agree", "that-only"},
      {"discuss", "that-only"},
      {"urge", "object"},
      {"draw attention to", "object"},
      {"according to", "object"},
      {"convey", ""},
  };
  std::map<std::string, std::string> actual;
  for (const Cue& cue : default_lexicon().cues)
    if (expected.count(cue.phrase)) actual[cue.phrase] = syntax_of(cue);
  EXPECT_EQ(actual, expected);
  EXPECT_EQ(default_lexicon().unconditional_without,
            (std::vector<std::string>{"precondition", "preconditions", "condition", "conditions",
                                      "delay", "compromising", "compromise", "prejudice"}));
}

TEST(LexiconTest, ErrorsNameTheOriginAndLeaveTheLexiconUnchanged) {
  struct Case {
    const char* json;
    const char* message;
  } cases[] = {
      {"{", "extra.json: not valid JSON"},
      {"[]", "extra.json: top level must be an object"},
      {R"({"entities":[{"aliases":[]}]})", "extra.json: missing \"name\""},
      {R"({"entities":[{"name":"X","kind":"robot"}]})",
       "extra.json: unknown entity kind \"robot\""},
      {R"({"sides":[{"side":"X","family_name_first":"yes","words":[]}]})",
       "extra.json: \"family_name_first\" must be true or false"},
      {R"({"entities":[{"name":"X","gender":"f"}]})",
       "extra.json: unknown gender \"f\" (female or male)"},
      {R"({"cues":[{"phrase":"say","class":"shout"}]})", "extra.json: unknown cue class \"shout\""},
      {R"({"cues":[{"phrase":"say","syntax":["clause","shout"]}]})",
       "extra.json: unknown cue syntax \"shout\" (known: object, clause, that-only, addressee, "
       "order, act)"},
      {R"({"cues":[{"phrase":"say","syntax":"clause"}]})",
       "extra.json: \"syntax\" must be an array"},
      {R"({"cues":[{"phrase":"say","syntax":[1]}]})", "extra.json: \"syntax\" must hold strings"},
      {R"({"unconditional_without":"delay"})",
       "extra.json: \"unconditional_without\" must be an array"},
      {R"({"topics":{}})", "extra.json: \"topics\" must be an array"},
  };
  for (const Case& c : cases) {
    Lexicon lex;
    lex.boilerplate.push_back("show more");
    Status s = merge_lexicon_json(lex, c.json, "extra.json");
    ASSERT_FALSE(s.ok()) << c.json;
    EXPECT_EQ(s.error().message, c.message);
    EXPECT_EQ(lex.boilerplate.size(), 1u);
  }
}

TEST(LexiconTest, GenderIsReadAndOptional) {
  Lexicon lex;
  ASSERT_TRUE(merge_lexicon_json(lex, R"({"entities":[
      {"name":"Jane Roe","kind":"person","gender":"female"},
      {"name":"John Roe","kind":"person","gender":"male"},
      {"name":"Erin Roe","kind":"person"}]})",
                                 "extra.json")
                  .ok());
  ASSERT_EQ(lex.entities.size(), 3u);
  EXPECT_EQ(lex.entities[0].gender, Gender::kFemale);
  EXPECT_EQ(lex.entities[1].gender, Gender::kMale);
  EXPECT_EQ(lex.entities[2].gender, Gender::kUnknown);
}

// The default lexicon gives every person a gender, and it agrees with the
// gendered words of their role.
TEST(LexiconTest, DefaultPeopleHaveAGenderTheirRoleAgreesWith) {
  int people = 0;
  for (const Entity& e : default_lexicon().entities) {
    if (e.kind != SpeakerKind::kPerson) {
      EXPECT_EQ(e.gender, Gender::kUnknown) << e.name;
      continue;
    }
    ++people;
    EXPECT_NE(e.gender, Gender::kUnknown) << e.name;
    const std::string role = " " + fold(e.role) + " ";
    for (const char* word : {" spokeswoman ", " chairwoman ", " queen "}) {
      if (role.find(word) != std::string::npos) {
        EXPECT_EQ(e.gender, Gender::kFemale) << e.name << ": " << e.role;
      }
    }
    for (const char* word : {" spokesman ", " chairman ", " king "}) {
      if (role.find(word) != std::string::npos) {
        EXPECT_EQ(e.gender, Gender::kMale) << e.name << ": " << e.role;
      }
    }
  }
  EXPECT_GT(people, 1000);
}

// A government's news agency or state-owned outlet; not private outlets,
// nor public ones of no government.
TEST(LexiconTest, StateMedia) {
  const std::pair<const char*, bool> cases[] = {
      {"Xinhua", true},    {"CGTN", true}, {"TRT", true},     {"Rodong Sinmun", true},
      {"Hurriyet", false}, {"BBC", false}, {"Yonhap", false}, {"Sergei Lavrov", false},
  };
  for (const auto& [name, state] : cases) {
    const Entity* found = nullptr;
    for (const Entity& e : default_lexicon().entities)
      if (e.name == name) found = &e;
    ASSERT_NE(found, nullptr) << name;
    EXPECT_EQ(is_state_media(*found), state) << name;
  }
}

TEST(LexiconTest, MissingFileIsAnError) {
  Lexicon lex;
  Status s = merge_lexicon_file(lex, "/nonexistent/lexicon.json");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message, "/nonexistent/lexicon.json: cannot read lexicon file");
}

}  // namespace
}  // namespace kd
