// The HTML report of data/ in a real browser (headless Chromium): no console
// message, every event present, every in-page link resolves, and a
// screenshot at <build dir>/html-report.png for a person to look at.
// Skipped when Chromium is absent (scripts/setup.sh installs it for CI).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const char* kChromium = "/usr/bin/chromium";
const fs::path kBuildDir = fs::path(KD_BINARY).parent_path();

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Page {
  int code = -1;
  std::string dom;                   // the DOM after parsing (--dump-dom)
  std::vector<std::string> console;  // console messages the page logged
};

// Loads `html` in a fresh headless Chromium profile; with `screenshot`, also
// saves a PNG of the top of the page.
Page load(const fs::path& html, const fs::path& screenshot = {}) {
  const fs::path work = fs::temp_directory_path() / ("kd_browser_" + std::to_string(getpid()));
  fs::remove_all(work);
  fs::create_directories(work / "profile");
  std::string cmd = std::string("timeout 120 ") + kChromium +
                    " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                    " --disable-background-networking --disable-component-update --disable-sync"
                    " --hide-scrollbars --enable-logging=stderr --v=0 --user-data-dir='" +
                    (work / "profile").string() + "'";
  cmd += screenshot.empty() ? " --dump-dom"
                            : " --window-size=1280,2400 --screenshot='" + screenshot.string() + "'";
  cmd += " 'file://" + fs::absolute(html).string() + "' > '" + (work / "out").string() + "' 2> '" +
         (work / "err").string() + "'";
  const int status = std::system(cmd.c_str());
  Page page;
  page.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  page.dom = slurp(work / "out");
  // Chromium logs console output as "[...:INFO:CONSOLE:1] "message", source: ...".
  std::istringstream err(slurp(work / "err"));
  for (std::string line; std::getline(err, line);)
    if (line.find(":CONSOLE") != std::string::npos) page.console.push_back(line);
  fs::remove_all(work);
  return page;
}

// Every value of `attribute="..."` in `dom`.
std::vector<std::string> attribute_values(const std::string& dom, const std::string& attribute) {
  std::vector<std::string> out;
  const std::string key = " " + attribute + "=\"";
  for (size_t at = dom.find(key); at != std::string::npos; at = dom.find(key, at + 1)) {
    const size_t start = at + key.size();
    out.push_back(dom.substr(start, dom.find('"', start) - start));
  }
  return out;
}

class HtmlBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (access(kChromium, X_OK) != 0)
      GTEST_SKIP() << kChromium << " not found; install the Debian package chromium "
                   << "(scripts/setup.sh does) to run the browser tests";
  }
};

// The console check must be able to fail: a page whose inline script throws.
TEST_F(HtmlBrowserTest, ConsoleCheckCatchesAScriptError) {
  const fs::path bad = kBuildDir / "html-console-error.html";
  std::ofstream(bad) << "<!DOCTYPE html><html><body><p>x</p>"
                        "<script>undefinedFunction();</script></body></html>";
  Page page = load(bad);
  EXPECT_EQ(page.code, 0);
  ASSERT_EQ(page.console.size(), 1u);
  EXPECT_NE(page.console[0].find("\"Uncaught ReferenceError: undefinedFunction is not defined\""),
            std::string::npos)
      << page.console[0];
}

TEST_F(HtmlBrowserTest, ReportOfDataHasEveryEventLinksThatResolveAndNoConsoleMessage) {
  const fs::path html = kBuildDir / "html-report.html", png = kBuildDir / "html-report.png";
  const std::string run = "cd '" KD_SOURCE_DIR "' && '" KD_BINARY "' ";
  ASSERT_NE(std::system((run + "--format html -o '" + html.string() + "' data/*.txt").c_str()), -1);
  const fs::path json = kBuildDir / "html-report.json";
  ASSERT_NE(std::system((run + "--format json -o '" + json.string() + "' data/*.txt").c_str()), -1);
  std::vector<std::string> events;
  const nlohmann::json analysis = nlohmann::json::parse(slurp(json));
  for (const auto& e : analysis["events"]) events.push_back(e["id"]);
  ASSERT_GE(events.size(), 5u);

  Page page = load(html);
  EXPECT_EQ(page.code, 0);
  EXPECT_TRUE(page.console.empty()) << page.console.front();
  const std::vector<std::string> ids = attribute_values(page.dom, "id");
  const std::set<std::string> id_set(ids.begin(), ids.end());
  EXPECT_EQ(id_set.size(), ids.size()) << "duplicate ids";
  for (const std::string& id : events) {
    EXPECT_TRUE(id_set.count(id)) << "no section for event " << id;
    EXPECT_NE(page.dom.find("<td><a href=\"#" + id + "\">" + id + "</a></td>"), std::string::npos)
        << "no summary row for event " << id;
  }
  size_t links = 0;
  for (const std::string& href : attribute_values(page.dom, "href")) {
    ASSERT_EQ(href.rfind('#', 0), 0u) << "link out of the page: " << href;
    EXPECT_TRUE(id_set.count(href.substr(1))) << "dangling link " << href;
    ++links;
  }
  EXPECT_GT(links, 100u);  // claims to sentences, marks back to claims, summary to events
  EXPECT_NE(page.dom.find("<tr class=\"row contradiction\">"), std::string::npos);

  fs::remove(png);
  Page shot = load(html, png);
  EXPECT_EQ(shot.code, 0);
  EXPECT_TRUE(shot.console.empty()) << shot.console.front();
  const std::string bytes = slurp(png);
  ASSERT_GT(bytes.size(), 24u) << "no screenshot at " << png;
  EXPECT_EQ(bytes.substr(0, 8), "\x89PNG\r\n\x1a\n");
  auto be32 = [&](size_t at) {
    return (uint32_t(uint8_t(bytes[at])) << 24) | (uint32_t(uint8_t(bytes[at + 1])) << 16) |
           (uint32_t(uint8_t(bytes[at + 2])) << 8) | uint32_t(uint8_t(bytes[at + 3]));
  };
  EXPECT_EQ(be32(16), 1280u);  // IHDR width and height
  EXPECT_EQ(be32(20), 2400u);
  std::cout << "screenshot of the HTML report: " << png << "\n";
}

}  // namespace
