// The direct JSON writer of the report (render_json_writer.h) must print
// the bytes nlohmann's dump printed: string escaping and layout.
#include "render_json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "karabakh_diff/render.h"

namespace kd {
namespace {

using Json = nlohmann::ordered_json;

std::string escaped(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string nlohmann_escaped(const std::string& s) {
  return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
}

struct EscapeCase {
  std::string input, expected;
};

TEST(RenderJsonTest, EscapesStringsAsNlohmannDoes) {
  const std::vector<EscapeCase> cases = {
      {"", R"("")"},
      {"plain ASCII", R"("plain ASCII")"},
      {"say \"no\"", R"("say \"no\"")"},
      {"back\\slash", R"("back\\slash")"},
      {"/slash", R"("/slash")"},
      {"\b\f\n\r\t", R"("\b\f\n\r\t")"},
      {std::string("nul\0end", 7), R"("nul\u0000end")"},
      {"\x01\x1a\x1f", R"("\u0001\u001a\u001f")"},
      {"del\x7f", "\"del\x7f\""},
      {"caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80",
       "\"caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80\""},
      {"\xd0\x9b\xd0\xb0\xd0\xb2\xd1\x80\xd0\xbe\xd0\xb2",
       "\"\xd0\x9b\xd0\xb0\xd0\xb2\xd1\x80\xd0\xbe\xd0\xb2\""},
      // Ill-formed UTF-8: each maximal subpart becomes one U+FFFD.
      {"a\xff"
       "b",
       "\"a\xef\xbf\xbd"
       "b\""},
      {"\x80\xbf", "\"\xef\xbf\xbd\xef\xbf\xbd\""},
      {"\xc0\xaf", "\"\xef\xbf\xbd\xef\xbf\xbd\""},                  // overlong
      {"\xe2\x82(", "\"\xef\xbf\xbd(\""},                            // truncated
      {"\xe2\x82", "\"\xef\xbf\xbd\""},                              // truncated at the end
      {"\xed\xa0\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\""},  // surrogate
      {"\xf4\x90\x80\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\""},  // > U+10FFFF
      {"\xf0\x9f\x98\"", "\"\xef\xbf\xbd\\\"\""},
      {"\xc3\n", "\"\xef\xbf\xbd\\n\""},
  };
  for (const EscapeCase& c : cases) {
    EXPECT_EQ(escaped(c.input), c.expected) << c.input;
    EXPECT_EQ(escaped(c.input), nlohmann_escaped(c.input)) << c.input;
  }
}

TEST(RenderJsonTest, EveryByteAndPairEscapesAsNlohmannDoes) {
  for (int a = 0; a < 256; ++a) {
    for (int b = -1; b < 256; ++b) {
      std::string s(1, static_cast<char>(a));
      if (b >= 0) s += static_cast<char>(b);
      ASSERT_EQ(escaped(s), nlohmann_escaped(s)) << a << " " << b;
    }
  }
}

TEST(RenderJsonTest, EveryByteAnywhereInALongStringEscapesAsNlohmannDoes) {
  // Long runs are scanned eight bytes at a time: every byte at every place
  // of a word, and across the boundary between two.
  for (int a = 0; a < 256; ++a) {
    for (size_t at = 0; at < 19; ++at) {
      std::string s(19, 'x');
      s[at] = static_cast<char>(a);
      ASSERT_EQ(escaped(s), nlohmann_escaped(s)) << a << " at " << at;
    }
  }
}

TEST(RenderJsonTest, DocumentsLayOutAsNlohmannDump) {
  Analysis analysis;
  DocumentAnalysis empty;
  empty.doc.path = "empty.txt";
  empty.doc.encoding = "UTF-8";
  analysis.documents.push_back(empty);

  DocumentAnalysis full;
  full.doc.path = "dir/full \"1\".txt";
  full.doc.outlet = "TASS";
  full.doc.published = Date{2020, 10, 1};
  full.doc.headline = "Talks\tin Moscow";
  full.doc.encoding = "windows-1251";
  Statement s;
  s.id = "full:12";
  s.speaker = {"Sergei Lavrov", "Lavrov", "Moscow", SpeakerKind::kPerson, false};
  s.account = "Moscow";
  s.via = "Interfax";
  s.relay = Speaker{"Turkish diplomatic source", "a source", "Ankara", SpeakerKind::kSource, true};
  s.addressee = "reporters";
  s.cue = "denied";
  s.cue_class = CueClass::kDenial;
  s.polarity = -1;
  s.negated = true;
  s.conditional = true;
  s.claim = "no \"ceasefire\" talks";
  s.date = Date{2020, 10, 2};
  s.date_source = DateSource::kText;
  s.event = "E1";
  s.span = {12, 4000000000u};
  full.statements.push_back(s);
  Statement bare;
  bare.id = "full:99";
  bare.date = Date{0, 10, 3};  // incomplete: null
  full.statements.push_back(bare);
  analysis.documents.push_back(full);

  // Valid UTF-8 only: nlohmann's own dump of the parsed text is then the
  // same bytes, so the layout (indentation, nulls, [], numbers) is its own.
  const std::string text = render_json(analysis);
  EXPECT_EQ(Json::parse(text).dump(2) + "\n", text);
  EXPECT_NE(text.find("\"statements\": []"), std::string::npos);
  EXPECT_NE(text.find("\"polarity\": -1,"), std::string::npos);
  EXPECT_NE(text.find("\"end\": 4000000000\n"), std::string::npos);
}

TEST(RenderJsonTest, EventsAndDiagnosticsLayOutAsNlohmannDump) {
  Analysis analysis;
  Event bare;  // every list empty, every optional null
  bare.id = "E1";
  analysis.events.push_back(bare);

  Event full;
  full.id = "E2";
  full.kind = EventKind::kMeeting;
  full.date = Date{2020, 10, 9};
  full.date_source = DateSource::kText;
  full.participants = {"Sergei Lavrov",
                       "Mevl\xc3\xbct \xc3\x87"
                       "avu\xc5\x9fo\xc4\x9f"
                       "lu"};
  full.sides = {"Moscow", "Ankara"};
  full.documents = {"a.txt", "dir/b \"2\".txt"};
  full.initiator = "Ankara";
  full.readouts = {{"Ankara", {"b:3"}}, {"Moscow", {"a:1", "a:2"}}, {"Odd \"side\"", {}}};
  full.compared = {"Moscow", "Ankara"};
  Divergence d;
  d.topic = "ceasefire";
  d.kind = DivergenceKind::kContradiction;
  d.statements = {{"Ankara", {"b:3"}}, {"Moscow", {"a:1"}}};
  d.summary = "Moscow: \"immediate\"; Ankara:\tno";
  full.divergences = {d, Divergence{}};
  Divergence agreement;
  agreement.topic = "talks";
  agreement.kind = DivergenceKind::kAgreement;
  full.agreements.push_back(agreement);
  analysis.events.push_back(full);

  analysis.diagnostics.push_back({"x.txt", Severity::kError, "not UTF-8 \"text\""});
  analysis.diagnostics.push_back({"", Severity::kWarning, ""});

  const std::string text = render_json(analysis);
  EXPECT_EQ(Json::parse(text).dump(2) + "\n", text);
  EXPECT_NE(text.find("\"readouts\": {},"), std::string::npos);
  EXPECT_NE(text.find("\"initiator\": null,"), std::string::npos);
  EXPECT_NE(text.find("\"Odd \\\"side\\\"\": []"), std::string::npos);
  EXPECT_NE(text.find("\"statements\": {}"), std::string::npos);  // the empty divergence
}

}  // namespace
}  // namespace kd
