// Style sheet and escaping of the HTML report (private to src/render_html*.cc).
#ifndef KARABAKH_DIFF_SRC_RENDER_HTML_STYLE_H_
#define KARABAKH_DIFF_SRC_RENDER_HTML_STYLE_H_

#include <string>
#include <string_view>

namespace kd {

// `text` with & < > " ' escaped, for element content and attribute values.
std::string html(std::string_view text);

// The inline style sheet: layout, and per kind of divergence a colour.
std::string html_style();

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_RENDER_HTML_STYLE_H_
