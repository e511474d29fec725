// The style sheet and text escaping of the HTML report.
#include "render_html_style.h"

#include <fmt/format.h>

namespace kd {

namespace {

constexpr const char* kStyle = R"(
:root{--contradiction:#e03131;--omission:#e8590c;--framing:#862e9c;--source:#0b7285;
--agreement:#2b8a3e;--line:#dee2e6;--muted:#495057}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:#212529;max-width:1280px;margin:0 auto;padding:1rem 1.5rem 4rem}
h1{margin:.2rem 0}h2{margin:2.2rem 0 .4rem;border-bottom:2px solid var(--line)}
.counts,.meta{color:var(--muted)}a{color:#1864ab}
table{border-collapse:collapse;width:100%;margin:.6rem 0}
th,td{border:1px solid var(--line);padding:.35rem .55rem;vertical-align:top;text-align:left;
overflow-wrap:break-word}thead th{background:#f1f3f5}
table.sides col.topic{width:24%}table.sides col.side{width:38%}
.badge{display:inline-block;border-radius:.6rem;padding:0 .5rem;margin:0 .2rem .15rem 0;
font-size:.8rem;font-weight:600;color:#fff;background:#868e96}
.topic-name{font-weight:600}.summary{font-weight:normal;font-size:.85rem;color:var(--muted);
margin:.25rem 0 0}tr.row>th{border-left:6px solid #adb5bd}
.claim{margin:0 0 .45rem}.claim:last-child{margin:0}.label{font-weight:700;margin-right:.2rem}
.who{font-weight:600}.cue{color:var(--muted);font-style:italic}.repeat{opacity:.75}
.quote{color:inherit;text-decoration:none;border-bottom:1px dotted #868e96}
.quote:hover{background:#e7f5ff}td.empty{color:#adb5bd}
.sentence:target{background:#ffe066;outline:2px solid #fab005}
mark.claim,a.claim{background:#e7f5ff;color:inherit;text-decoration:none;
border-bottom:2px solid #74c0fc}article{border-top:1px solid var(--line);margin-top:1.2rem}
.problems li{color:var(--contradiction)}
)";

// Per kind: the badge, the row's left border and a light tint of the row.
std::string kind_css() {
  struct {
    const char *kind, *tint;
  } kinds[] = {{"contradiction", "#fff5f5"},
               {"omission", "#fff4e6"},
               {"framing", "#f8f0fc"},
               {"source", "#e3fafc"},
               {"agreement", "#ebfbee"}};
  std::string css;
  for (const auto& k : kinds)
    css += fmt::format(
        ".badge.{0}{{background:var(--{0})}}tr.{0}>th{{border-left-color:var(--{0})}}"
        "tr.{0}>*{{background:{1}}}\n",
        k.kind, k.tint);
  return css;
}

}  // namespace

std::string html(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_style() { return std::string(kStyle) + kind_css(); }

}  // namespace kd
