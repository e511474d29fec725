// Loader step 3 (private): headline, byline, dateline, boilerplate and
// paragraphs of a normalized text.
#ifndef KARABAKH_DIFF_SRC_LOADER_STRUCTURE_H_
#define KARABAKH_DIFF_SRC_LOADER_STRUCTURE_H_

#include "karabakh_diff/document.h"

namespace kd {

struct LoadResources;

// Reads doc.text line by line and sets doc.headline, doc.paragraphs,
// doc.dropped, and doc.outlet / doc.published from the first byline and
// dateline (left alone when the text has none). Every non-blank line ends up
// either in exactly one paragraph or in doc.dropped, with one of the reasons
// "headline", "repeated headline", "byline", "dateline", "other script",
// "no text", "repeated line", "teaser", "boilerplate phrase",
// "navigation widget", "subheading", "short line", "subheadline" (a deck
// under the headline), "outlet" (its name alone on a line), "wire
// dateline", "time stamp" (a live blog entry's), "photo credit", "caption",
// "publisher".
//
// Rules, in order, for each non-blank line:
//  1. no letters -> "no text"; most letters in a script other than the
//     article's main script -> "other script";
//  2. byline / dateline (see loader_dateline.h);
//  3. widget phrases and shapes (see BoilerplateMatcher);
//  4. the first remaining line, if nothing was kept before it and it looks
//     like a title (<= 30 words, not a long sentence) -> "headline"; later
//     copies of it -> "repeated headline";
//  5. a line that occurs more than once (captions printed twice): all copies
//     are dropped, except that prose (Line::body_like) keeps its first copy
//     (a pull quote repeating a body sentence must not erase the sentence);
//  6. short lines (<= 10 words, no sentence punctuation at the end, no
//     quote) in a block of lines
//     that has no prose at all -> "subheading" when alone between body
//     paragraphs, else "short line". A short line inside a prose block stays.
// Paragraphs are runs of kept lines; blank and dropped lines end them.
void find_structure(Document& doc, const LoadResources& resources);

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_STRUCTURE_H_
