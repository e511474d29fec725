// The shareable formats on a hand-built Analysis: Markdown tables, the
// self-contained HTML page, CSV quoting.
#include <gtest/gtest.h>

#include <string>

#include "karabakh_diff/render.h"

namespace kd {
namespace {

const std::string kText =
    "Washington and Beijing talk\n"
    "Blinken said talks were candid. Wang said \"no <deal> & no | pipes\", sources said.";

Statement make_statement(std::string id, std::string speaker, std::string side, std::string claim,
                         uint32_t sentence) {
  Statement s;
  s.id = std::move(id);
  s.speaker = {speaker, speaker, side, SpeakerKind::kPerson, false};
  s.account = std::move(side);
  s.cue = "said";
  s.claim = claim;
  s.sentence = sentence;
  const uint32_t start = static_cast<uint32_t>(kText.find(claim));
  s.text_span = {start, start + static_cast<uint32_t>(claim.size())};
  s.span = s.text_span;
  return s;
}

Analysis sample() {
  Analysis a;
  DocumentAnalysis d;
  d.doc.path = "data/call.txt";
  d.doc.text = kText;
  d.doc.headline = "Washington and Beijing talk";
  d.doc.outlet = "Reuters";
  d.doc.published = Date{2023, 6, 18};
  const uint32_t second = static_cast<uint32_t>(kText.find("Wang"));
  d.doc.paragraphs = {{28, static_cast<uint32_t>(kText.size())}};
  d.doc.sentences = {{{28, second - 1}, 0}, {{second, static_cast<uint32_t>(kText.size())}, 0}};
  d.statements.push_back(
      make_statement("call:41", "Antony Blinken", "Washington", "talks were candid", 0));
  d.statements.back().event = "E1";
  d.statements.back().via = "Reuters";
  d.statements.push_back(
      make_statement("call:71", "Wang Yi", "Beijing", "no <deal> & no | pipes", 1));
  d.statements.back().event = "E1";
  d.statements.back().negated = true;
  a.documents.push_back(std::move(d));
  Event e;
  e.id = "E1";
  e.kind = EventKind::kMeeting;
  e.date = Date{2023, 6, 18};
  e.participants = {"Antony Blinken", "Wang Yi"};
  e.sides = {"Washington", "Beijing"};
  e.compared = {"Washington", "Beijing"};
  e.documents = {"data/call.txt"};
  e.readouts["Washington"] = {"call:41"};
  e.readouts["Beijing"] = {"call:71"};
  e.divergences.push_back({"tone",
                           DivergenceKind::kContradiction,
                           {{"Washington", {"call:41"}}, {"Beijing", {"call:71"}}},
                           "Washington calls the talks candid, Beijing says \"no\""});
  a.events.push_back(std::move(e));
  Event empty;
  empty.id = "E2";
  empty.kind = EventKind::kCall;
  a.events.push_back(std::move(empty));
  a.diagnostics.push_back({"bad.txt", Severity::kError, "no such file"});
  return a;
}

TEST(RenderMarkdownTest, SummaryThenATablePerEvent) {
  EXPECT_EQ(
      render_markdown(sample()),
      "# karabakh-diff report\n\n"
      "1 article, 2 statements, 2 events, 1 divergence\n\n"
      "## Problems\n\n"
      "- error bad.txt: no such file\n\n"
      "| event | kind | date | participants | readouts | findings |\n"
      "| --- | --- | --- | --- | --- | --- |\n"
      "| [E1](#e1-meeting-on-2023-06-18) | meeting | 2023-06-18 | Antony Blinken, Wang Yi | "
      "Washington 1, Beijing 1 | 1 contradiction |\n"
      "| [E2](#e2-call-on-date-unknown) | call | date unknown |  | none | none |\n\n"
      "## E1: meeting on 2023-06-18\n\n"
      "Antony Blinken, Wang Yi · articles: data/call.txt\n\n"
      "| topic | finding | Washington | Beijing |\n"
      "| --- | --- | --- | --- |\n"
      "| tone | **contradiction**: Washington calls the talks candid, Beijing says \"no\" | **A1** "
      "Antony Blinken: \"talks were candid\" | **B1** Wang Yi: \"no &lt;deal&gt; &amp; no \\| "
      "pipes\" |\n\n"
      "<details><summary>Statements in full</summary>\n\n"
      "- **A1** Antony Blinken (Washington, via Reuters) said: \"talks were candid\" — "
      "data/call.txt, sentence 1\n"
      "- **B1** Wang Yi (Beijing) said: \"no &lt;deal&gt; &amp; no \\| pipes\" — data/call.txt, "
      "sentence 2\n\n"
      "</details>\n\n"
      "## E2: call on date unknown\n\n"
      "articles: \n\n"
      "No readout in these articles.\n");
}

TEST(RenderMarkdownTest, UncitedReadoutsGetARowWithoutFinding) {
  Analysis a = sample();
  a.events[0].divergences.clear();
  const std::string md = render_markdown(a);
  EXPECT_NE(md.find("| *no finding* |  | **A1** Antony Blinken: \"talks were candid\" | **B1** "),
            std::string::npos)
      << md;
}

TEST(RenderHtmlTest, SelfContainedPageWithSummaryColumnsAndAnchors) {
  const std::string page = render_html(sample());
  ASSERT_EQ(page.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_EQ(page.substr(page.size() - 8), "</html>\n");
  for (const char* external : {"<script", "<link", "src=", "http:", "https:", "@import"})
    EXPECT_EQ(page.find(external), std::string::npos) << external;
  const std::string expected[] = {
      // Summary table: the event, its readouts per compared side, findings by kind.
      "<tr><td><a href=\"#E1\">E1</a></td><td>meeting</td><td>2023-06-18</td><td>Antony Blinken, "
      "Wang Yi</td><td>Washington 1, Beijing 1</td><td><span class=\"badge contradiction\">1 "
      "contradiction</span></td><td>1</td></tr>",
      // Side A left, side B right.
      "<thead><tr><th>topic</th><th>Washington</th><th>Beijing</th></tr></thead>",
      // The topic row, coloured by kind; each claim links to its sentence.
      "<tr class=\"row contradiction\"><th scope=\"row\"><span class=\"badge "
      "contradiction\">contradiction</span><div class=\"topic-name\">tone</div>",
      "<div class=\"claim\" id=\"E1-A1\" title=\"call:41\"><a class=\"label\" "
      "href=\"#d0-s0\">A1</a> <span class=\"who\">Antony Blinken via Reuters</span> <span "
      "class=\"cue\">said</span> <a class=\"quote\" href=\"#d0-s0\">“talks were "
      "candid”</a></div>",
      "“no &lt;deal&gt; &amp; no | pipes”",
      // The article text: sentence anchors, claims marked and linked back.
      "<article id=\"doc-0\"><h3>Washington and Beijing talk</h3>\n<p class=\"meta\">data/call.txt "
      "· Reuters · 2023-06-18</p>\n<p><span class=\"sentence\" id=\"d0-s0\">Blinken said <a "
      "class=\"claim\" href=\"#E1-A1\" title=\"call:41\">talks were candid</a>.</span> <span "
      "class=\"sentence\" id=\"d0-s1\">Wang said &quot;<a class=\"claim\" href=\"#E1-B1\" "
      "title=\"call:71\">no &lt;deal&gt; &amp; no | pipes</a>&quot;, sources said.</span></p>",
      "<p class=\"none\">No readout in these articles.</p>",
      "<li>error bad.txt: no such file</li>",
  };
  for (const std::string& fragment : expected)
    EXPECT_NE(page.find(fragment), std::string::npos) << fragment;
}

TEST(RenderHtmlTest, RepeatedClaimsAreClippedAndPointBackToTheFirst) {
  Analysis a = sample();
  a.documents[0].statements[0].claim = std::string(150, 'x');
  a.events[0].divergences.push_back(a.events[0].divergences[0]);
  a.events[0].divergences[1].topic = "candour";
  const std::string page = render_html(a);
  EXPECT_NE(page.find("<div class=\"claim repeat\" title=\"call:41\"><a class=\"label\" "
                      "href=\"#E1-A1\">A1</a>"),
            std::string::npos);
  EXPECT_NE(page.find("“" + std::string(100, 'x') + "...”"), std::string::npos);
  EXPECT_EQ(page.find("id=\"E1-A1\"", page.find("id=\"E1-A1\"") + 1), std::string::npos);
}

// `compare` runs keep no article text: claims stay, without links to sentences.
TEST(RenderHtmlTest, WithoutArticleTextsClaimsHaveNoSentenceLinks) {
  Analysis a = sample();
  a.documents[0].doc.text.clear();
  a.documents[0].doc.sentences.clear();
  a.documents[0].doc.paragraphs.clear();
  const std::string page = render_html(a);
  EXPECT_EQ(page.find("href=\"#d0-"), std::string::npos);
  EXPECT_NE(page.find("<span class=\"label\">A1</span> <span class=\"who\">Antony Blinken via "
                      "Reuters</span> <span class=\"cue\">said</span> <span class=\"quote\">“talks "
                      "were candid”</span>"),
            std::string::npos);
  EXPECT_NE(page.find("<article id=\"doc-0\"><h3>Washington and Beijing talk</h3>\n<p "
                      "class=\"meta\">data/call.txt · Reuters · 2023-06-18</p>\n</article>"),
            std::string::npos);
}

TEST(RenderCsvTest, OneRowPerStatementQuotedPerRfc4180) {
  EXPECT_EQ(render_csv(sample()),
            "document,id,event,speaker,speaker_side,speaker_kind,anonymous,relay,via,account,"
            "addressee,mode,cue,cue_class,polarity,negated,conditional,date,claim,start,end,"
            "findings\r\n"
            "data/call.txt,call:41,E1,Antony Blinken,Washington,person,false,,Reuters,Washington,,"
            "indirect,said,report,1,false,false,,talks were candid,41,58,E1 contradiction: tone\r\n"
            "data/call.txt,call:71,E1,Wang Yi,Beijing,person,false,,,Beijing,,indirect,said,report,"
            "1,true,false,,no <deal> & no | pipes,71,93,E1 contradiction: tone\r\n");
}

TEST(RenderCsvTest, QuotesOnlyFieldsThatNeedIt) {
  struct {
    std::string claim, field;
  } cases[] = {
      {"plain", "plain"},
      {"a, b", "\"a, b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
  };
  for (const auto& c : cases) {
    Analysis a = sample();
    a.documents[0].statements[0].claim = c.claim;
    const std::string csv = render_csv(a);
    EXPECT_NE(csv.find(",false,false,," + c.field + ",41,58,"), std::string::npos) << c.claim;
  }
}

}  // namespace
}  // namespace kd
