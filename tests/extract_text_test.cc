// The extractor's input preparation: quotations of a body, whatever marks
// the page used.
#include "extract_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/loader.h"

namespace kd {
namespace {

// The inner texts of the quotations find_quotes() sees in `body` (paragraphs
// separated by blank lines, after a headline).
std::vector<std::string> quotations(const std::string& body) {
  Result<Document> loaded =
      load_bytes("t.txt", "Headline of the test\n\n" + body + "\n", {}, default_lexicon());
  EXPECT_TRUE(loaded.ok()) << body;
  if (!loaded.ok()) return {};
  const Document& doc = loaded.value();
  std::vector<std::string> out;
  for (const Quote& q : find_quotes(doc, body_paragraphs(doc)))
    out.emplace_back(doc.slice(q.inner));
  return out;
}

TEST(FindQuotesTest, MarksOfEveryKind) {
  struct Case {
    std::string body;
    std::vector<std::string> inner;
  } cases[] = {
      {"He said \"we will go\" today.", {"we will go"}},
      {"He said ''we will go'' today.", {"we will go"}},
      {"He said \u201Cwe will go\u201D and \u201Cnow\u201D.", {"we will go", "now"}},
      {"He said \u00ABwe will go\u00BB today.", {"we will go"}},
      {"He said \u201Ewe will go\u201D today.", {"we will go"}},
      // Single quotes only where no double quote is: apostrophes stay words.
      {"He called it 'a mistake' and Russia's plan failed.", {"a mistake"}},
      {"He said \"no\" and 'maybe'.", {"no"}},
      {"Russia's and Turkey's plans.", {}},
      // A long paragraph: the marks are found past the first bytes.
      {std::string(200, 'x') + " said \"late mark\" here.", {"late mark"}},
      // Continued into the next paragraph by an opening mark (classic style):
      // one quotation, the reopening mark inside it.
      {"He said: \"First part.\n\n\"Second part.\"", {"First part.\n\n\"Second part."}},
  };
  for (const Case& c : cases) EXPECT_EQ(quotations(c.body), c.inner) << c.body;
}

}  // namespace
}  // namespace kd
