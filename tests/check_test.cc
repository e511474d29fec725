// Golden checks: the record of an analysis, the diff of two records, and
// `karabakh-diff check` end to end (pass on data/, fail on a changed
// lexicon, --update round trip, tolerances, errors).
#include "karabakh_diff/check.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kd {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

Json statement(const std::string& id, int start, int end, const std::string& speaker,
               const std::string& side, const std::string& claim) {
  return {{"id", id},        {"speaker", {{"name", speaker}, {"side", side}}},
          {"account", side}, {"cue", "said"},
          {"claim", claim},  {"span", {{"start", start}, {"end", end}}}};
}

Json record() {
  return {{"schema", "karabakh-diff-golden/1"},
          {"file", "a.txt"},
          {"document", {{"headline", "Lavrov, Cavusoglu talk"}, {"outlet", "Reuters"}}},
          {"statements",
           {statement("a:10", 10, 40, "Sergei Lavrov", "Moscow", "a ceasefire is needed"),
            statement("a:50", 50, 90, "Mevlut Cavusoglu", "Ankara", "the occupation must end")}},
          {"events",
           {{{"id", "E1"},
             {"kind", "call"},
             {"date", "2020-10-01"},
             {"participants", {"Sergei Lavrov", "Mevlut Cavusoglu"}},
             {"readouts", {{"Moscow", {"a:10"}}}}}}},
          {"divergences",
           {{{"event", "E1"},
             {"kind", "omission"},
             {"topic", "ceasefire"},
             {"summary", "only Moscow raises it"},
             {"statements", {{"Moscow", {"a:10"}}}}}}}};
}

GoldenDiff diff(const Json& golden, const Json& current) {
  Result<GoldenDiff> d =
      diff_golden(golden.dump(), current.dump(), "golden/a.golden.json", "a.txt");
  EXPECT_TRUE(d.ok()) << d.error().message;
  return d.ok() ? d.value() : GoldenDiff{};
}

TEST(GoldenPathTest, NameWithoutItsLastExtension) {
  struct {
    const char *dir, *article, *expected;
  } cases[] = {
      {"golden", "data/000_x.txt", "golden/000_x.golden.json"},
      {"golden/", "a.b.txt", "golden/a.b.golden.json"},
      {"g", "/abs/README", "g/README.golden.json"},
      {"g", ".hidden", "g/.hidden.golden.json"},
  };
  for (const auto& c : cases) EXPECT_EQ(golden_path(c.dir, c.article), c.expected) << c.article;
}

TEST(DiffGoldenTest, EqualRecordsHaveNoDiff) {
  GoldenDiff d = diff(record(), record());
  EXPECT_TRUE(d.identical());
  EXPECT_EQ(d.recall(), 1.0);
  EXPECT_EQ(d.precision(), 1.0);
}

TEST(DiffGoldenTest, ShowsWhatWasLostGainedAndChanged) {
  struct Case {
    const char* name;
    std::function<void(Json&)> change;
    std::string expected;  // after the --- / +++ lines
    size_t found;
  } cases[] = {
      {"side changed", [](Json& j) { j["statements"][1]["speaker"]["side"] = "Moscow"; },
       "@@ statements: 1 changed @@\n"
       "~ a:50  Mevlut Cavusoglu (Ankara) said: \"the occupation must end\"\n"
       "-     speaker.side: \"Ankara\"\n"
       "+     speaker.side: \"Moscow\"\n",
       2},
      {"statement lost", [](Json& j) { j["statements"].erase(0); },
       "@@ statements: 1 lost @@\n"
       "- a:10  Sergei Lavrov (Moscow) said: \"a ceasefire is needed\"\n",
       1},
      {"statement gained, claim clipped",
       [](Json& j) {
         j["statements"].push_back(statement("a:95", 95, 300, "Sergei Lavrov", "Moscow",
                                             std::string(60, 'x') + " and more words here"));
       },
       "@@ statements: 1 gained @@\n"
       "+ a:95  Sergei Lavrov (Moscow) said: \"" +
           std::string(60, 'x') + " and more...\"\n",
       2},
      {"claim start moved: changed, not lost and gained",
       [](Json& j) {
         j["statements"][0]["id"] = "a:12";
         j["statements"][0]["span"]["start"] = 12;
       },
       "@@ statements: 1 changed @@\n"
       "~ a:12  Sergei Lavrov (Moscow) said: \"a ceasefire is needed\"\n"
       "-     id: \"a:10\"\n"
       "+     id: \"a:12\"\n"
       "-     span.start: 10\n"
       "+     span.start: 12\n",
       2},
      {"speaker changed: paired but not found",
       [](Json& j) { j["statements"][0]["speaker"]["name"] = "Maria Zakharova"; },
       "@@ statements: 1 changed @@\n"
       "~ a:10  Maria Zakharova (Moscow) said: \"a ceasefire is needed\"\n"
       "-     speaker.name: \"Sergei Lavrov\"\n"
       "+     speaker.name: \"Maria Zakharova\"\n",
       1},
      {"event and divergence",
       [](Json& j) {
         j["events"][0]["readouts"]["Ankara"] = {"a:50"};
         j["divergences"][0]["kind"] = "contradiction";
       },
       "@@ events: 1 changed @@\n"
       "~ E1  call  2020-10-01  Sergei Lavrov, Mevlut Cavusoglu\n"
       "+     readouts.Ankara: [\"a:50\"]\n"
       "@@ divergences: 1 lost, 1 gained @@\n"
       "- E1  omission  ceasefire: only Moscow raises it\n"
       "+ E1  contradiction  ceasefire: only Moscow raises it\n",
       2},
      {"document", [](Json& j) { j["document"]["outlet"] = nullptr; },
       "@@ document: 1 changed @@\n"
       "~ document\n"
       "-     document.outlet: \"Reuters\"\n"
       "+     document.outlet: null\n",
       2},
  };
  for (const Case& c : cases) {
    Json current = record();
    c.change(current);
    GoldenDiff d = diff(record(), current);
    EXPECT_EQ(d.text, std::string("--- golden/a.golden.json\n+++ a.txt\n") + c.expected) << c.name;
    EXPECT_EQ(d.found, c.found) << c.name;
  }
}

TEST(DiffGoldenTest, RecallAndPrecisionCountStatementsFoundBySpeakerAndAccount) {
  Json current = record();
  current["statements"][1]["account"] = "Baku";  // no longer found
  current["statements"].push_back(statement("a:95", 95, 99, "Sergei Lavrov", "Moscow", "x"));
  current["statements"].push_back(statement("a:99", 99, 120, "Sergei Lavrov", "Moscow", "y"));
  GoldenDiff d = diff(record(), current);
  EXPECT_EQ(d.found, 1u);
  EXPECT_EQ(d.recall(), 0.5);
  EXPECT_EQ(d.precision(), 0.25);
  EXPECT_EQ(d.summary, "statements: 2 gained, 1 changed");
}

// A hand-edited golden file may lack fields or have odd types: a diff, no crash.
TEST(DiffGoldenTest, RecordsWithMissingOrOddFieldsStillDiff) {
  const Json golden = {{"schema", "karabakh-diff-golden/1"},
                       {"statements", {{{"id", "a:1"}, {"speaker", "Lavrov"}, {"span", 3}}}},
                       {"events", {{{"participants", "Lavrov"}}}}};
  Result<GoldenDiff> d = diff_golden(golden.dump(), record().dump(), "g", "c");
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d.value().summary,
            "document: 1 changed; statements: 1 lost, 2 gained; events: 1 lost, 1 gained; "
            "divergences: 1 gained");
  EXPECT_NE(d.value().text.find("- a:1   () : \"\"\n"), std::string::npos) << d.value().text;
}

TEST(DiffGoldenTest, RejectsWhatIsNotAGoldenRecord) {
  struct {
    std::string text, error;
  } cases[] = {
      {"{",
       "not a golden file: parse error at line 1, column 2: syntax error while parsing object "
       "key - unexpected end of input; expected string literal"},
      {"[]", "not a golden file: not a JSON object"},
      {R"({"schema": "karabakh-diff/1"})",
       "not a golden file: schema is \"karabakh-diff/1\", expected \"karabakh-diff-golden/1\""},
      {"{}", "not a golden file: schema is null, expected \"karabakh-diff-golden/1\""},
      {R"({"schema": "karabakh-diff-golden/1", "events": {}})",
       "not a golden file: 'events' is not a list"},
      {R"({"schema": "karabakh-diff-golden/1", "statements": [1]})",
       "not a golden file: an entry of 'statements' is not an object"},
  };
  for (const auto& c : cases) {
    Result<GoldenDiff> d = diff_golden(c.text, record().dump(), "g", "c");
    ASSERT_FALSE(d.ok()) << c.text;
    EXPECT_EQ(d.error().message, c.error);
  }
}

TEST(GoldenJsonTest, SortedKeysStatementsInTextOrderNoRuleTrailingNewline) {
  Analysis a;
  DocumentAnalysis d;
  d.doc.path = "some/dir/call.txt";
  for (uint32_t start : {50u, 7u}) {
    Statement s;
    s.id = "call:" + std::to_string(start);
    s.span = {start, start + 5};
    s.rule = "reported-that";
    d.statements.push_back(s);
  }
  a.documents.push_back(d);
  Event e;
  e.id = "E1";
  e.documents = {"some/dir/call.txt"};
  e.agreements.push_back({"ceasefire", DivergenceKind::kAgreement, {}, "both"});
  a.events.push_back(e);
  const std::string text = golden_json(a);
  EXPECT_EQ(text, golden_json(a));
  ASSERT_EQ(text.back(), '\n');
  EXPECT_EQ(text.find("reported-that"), std::string::npos);
  EXPECT_EQ(text.find("some/dir"), std::string::npos);  // depends on where check runs
  const Json j = Json::parse(text);
  EXPECT_EQ(j.dump(2) + "\n", text);  // nlohmann::json sorts keys: already sorted
  EXPECT_EQ(j["file"], "call.txt");
  EXPECT_EQ(j["statements"][0]["id"], "call:7");
  EXPECT_EQ(j["statements"][1]["id"], "call:50");
  EXPECT_EQ(j["divergences"][0]["kind"], "agreement");
}

}  // namespace
}  // namespace kd
