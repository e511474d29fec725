// Renderers on a hand-built Analysis: JSON contract, JSONL lines, the text
// report's layout and colour, --explain.
#include "karabakh_diff/render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace kd {
namespace {

Statement make_statement(std::string id, std::string speaker, std::string side, std::string claim,
                         uint32_t sentence) {
  Statement s;
  s.id = std::move(id);
  s.speaker = {speaker, speaker, side, SpeakerKind::kPerson, false};
  s.account = std::move(side);
  s.cue = "said";
  s.claim = std::move(claim);
  s.sentence = sentence;
  s.span = {10, 20};
  s.rule = "reported-that";
  return s;
}

Analysis sample() {
  Analysis a;
  DocumentAnalysis d;
  d.doc.path = "data/call.txt";
  d.doc.text = "Washington and Beijing talk\nBlinken said talks were candid. Wang said no.";
  d.doc.headline = "Washington and Beijing talk";
  d.doc.outlet = "Reuters";
  d.doc.published = Date{2023, 6, 18};
  d.doc.encoding = "UTF-8";
  d.doc.paragraphs = {{28, 73}};
  d.doc.sentences = {{{28, 59}, 0}, {{60, 73}, 0}};
  d.statements.push_back(
      make_statement("call:10", "Antony Blinken", "Washington", "talks were candid", 0));
  d.statements.back().event = "E1";
  d.statements.back().via = "Reuters";
  d.statements.push_back(make_statement("call:40", "Wang Yi", "Beijing", "no", 1));
  a.documents.push_back(std::move(d));
  Event e;
  e.id = "E1";
  e.kind = EventKind::kMeeting;
  e.date = Date{2023, 6, 18};
  e.date_source = DateSource::kPublished;
  e.participants = {"Antony Blinken", "Wang Yi"};
  e.sides = {"Washington", "Beijing"};
  e.compared = {"Washington", "Beijing"};
  e.documents = {"data/call.txt"};
  e.readouts["Washington"] = {"call:10"};
  e.divergences.push_back({"tone",
                           DivergenceKind::kOmission,
                           {{"Washington", {"call:10"}}},
                           "only Washington calls the talks candid"});
  a.events.push_back(std::move(e));
  a.diagnostics.push_back({"bad.txt", Severity::kError, "no such file"});
  return a;
}

TEST(RenderJsonTest, FollowsTheContract) {
  nlohmann::json j = nlohmann::json::parse(render_json(sample()));
  EXPECT_EQ(j["schema"], "karabakh-diff/1");
  const auto& doc = j["documents"][0];
  EXPECT_EQ(doc["path"], "data/call.txt");
  EXPECT_EQ(doc["outlet"], "Reuters");
  EXPECT_EQ(doc["published"], "2023-06-18");
  const auto& st = doc["statements"][0];
  EXPECT_EQ(st["id"], "call:10");
  EXPECT_EQ(st["speaker"]["name"], "Antony Blinken");
  EXPECT_EQ(st["speaker"]["kind"], "person");
  EXPECT_EQ(st["account"], "Washington");
  EXPECT_EQ(st["via"], "Reuters");
  EXPECT_TRUE(st["addressee"].is_null());
  EXPECT_EQ(st["mode"], "indirect");
  EXPECT_EQ(st["span"]["start"], 10);
  EXPECT_EQ(st["event"], "E1");
  EXPECT_TRUE(doc["statements"][1]["event"].is_null());
  const auto& ev = j["events"][0];
  EXPECT_EQ(ev["kind"], "meeting");
  EXPECT_EQ(ev["date"], "2023-06-18");
  EXPECT_EQ(ev["readouts"]["Washington"][0], "call:10");
  EXPECT_EQ(ev["divergences"][0]["kind"], "omission");
  EXPECT_EQ(ev["divergences"][0]["statements"]["Washington"][0], "call:10");
  EXPECT_EQ(j["diagnostics"][0]["message"], "no such file");
  EXPECT_EQ(j["diagnostics"][0]["severity"], "error");
}

TEST(RenderJsonTest, InvalidUtf8NeverThrows) {
  Analysis a = sample();
  a.documents[0].doc.headline = "bad \xff byte";
  nlohmann::json j = nlohmann::json::parse(render_json(a));
  EXPECT_EQ(j["documents"][0]["headline"], "bad \xEF\xBF\xBD byte");
}

TEST(RenderJsonlTest, OneObjectPerDocumentEventDiagnostic) {
  std::istringstream lines(render_jsonl(sample()));
  std::vector<std::string> types;
  for (std::string line; std::getline(lines, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    EXPECT_EQ(j["schema"], "karabakh-diff/1");
    types.push_back(j["type"]);
  }
  EXPECT_EQ(types, (std::vector<std::string>{"document", "event", "diagnostic"}));
}

TEST(RenderTextTest, ReportShowsEventReadoutsAndDivergences) {
  TextOptions o;
  o.width = 80;
  const std::string text = render_text(sample(), o);
  EXPECT_EQ(text,
            "karabakh-diff: 1 article, 2 statements, 1 event, 1 divergence\n"
            "\n"
            "E1  meeting  2023-06-18  Antony Blinken, Wang Yi\n"
            "  articles: data/call.txt\n"
            "  Washington readout (1 statement)\n"
            "    [A1] Antony Blinken via Reuters (said): \"talks were candid\"\n"
            "  Beijing readout: none\n"
            "  divergences\n"
            "    omission      tone: only Washington calls the talks candid [A1]\n");
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
}

TEST(RenderTextTest, WrapsToWidthAndColoursOnRequest) {
  Analysis a = sample();
  a.documents[0].statements[0].claim =
      std::string(30, 'x') + " " + std::string(30, 'y') + " " + std::string(30, 'z');
  TextOptions o{true, 60};
  const std::string text = render_text(a, o);
  EXPECT_NE(text.find("\x1b[1m"), std::string::npos);
  EXPECT_NE(text.find("\x1b[33momission"), std::string::npos);
  o.color = false;
  std::istringstream lines(render_text(a, o));
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 60u) << line;
}

TEST(RenderExplainTest, ListsRulesPerSentenceAndDroppedLines) {
  Analysis a = sample();
  a.documents[0].doc.dropped.push_back({{0, 27}, "repeated headline"});
  const std::string text = render_explain(a);
  EXPECT_NE(text.find("dropped (repeated headline): Washington and Beijing talk"),
            std::string::npos);
  EXPECT_NE(text.find("[0:0] Blinken said talks were candid.\n  -> call:10 rule=reported-that"),
            std::string::npos);
  EXPECT_NE(text.find("[0:1] Wang said no.\n  -> call:40"), std::string::npos);
}

}  // namespace
}  // namespace kd
