// Helpers for the comparer tests: a small lexicon of US and Chinese
// officials (plus the shipped event and topic vocabularies), documents built
// from paragraphs, and statements placed in them by their claim text, so the
// tests do not depend on the loader or the extractor.
#ifndef KARABAKH_DIFF_TESTS_COMPARE_TEST_UTIL_H_
#define KARABAKH_DIFF_TESTS_COMPARE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compare_text.h"
#include "karabakh_diff/analysis.h"
#include "karabakh_diff/comparer.h"
#include "karabakh_diff/lexicon.h"

namespace kd::testing {

// Ids of the phrases of `m` that match at the first token of `text`, in
// find_at() order.
inline std::vector<int> ids_at_start(const cmp::PhraseMatcher& m, std::string_view text) {
  std::vector<cmp::PhraseMatcher::Match> out;
  m.find_at(cmp::tokenize(text), 0, out);
  std::vector<int> ids;
  for (const cmp::PhraseMatcher::Match& x : out) ids.push_back(x.id);
  return ids;
}

inline Lexicon test_lexicon() {
  Lexicon lex;
  lex.event_cues = default_lexicon().event_cues;
  lex.topics = default_lexicon().topics;
  const Status s = merge_lexicon_json(lex, R"({
    "entities": [
      {"name": "Antony Blinken", "aliases": ["Blinken"], "side": "Washington", "role": "secretary of state"},
      {"name": "Joe Biden", "aliases": ["Biden"], "side": "Washington", "role": "president"},
      {"name": "Nancy Pelosi", "aliases": ["Pelosi"], "side": "Washington", "role": "house speaker"},
      {"name": "Wang Yi", "side": "Beijing", "role": "foreign minister"},
      {"name": "Xi Jinping", "aliases": ["Xi"], "side": "Beijing", "role": "president"},
      {"name": "Lin Jian", "side": "Beijing", "role": "foreign ministry spokesman"},
      {"name": "Emmanuel Macron", "aliases": ["Macron"], "side": "Paris", "role": "president"},
      {"name": "Jean Dupont", "aliases": ["Dupont"], "side": "Paris", "role": "foreign minister"},
      {"name": "Claire Martin", "side": "Paris", "role": "foreign minister"},
      {"name": "State Department", "side": "Washington", "kind": "institution", "role": "foreign ministry"},
      {"name": "White House", "side": "Washington", "kind": "institution", "role": "presidency"},
      {"name": "Chinese Foreign Ministry", "side": "Beijing", "kind": "institution", "role": "foreign ministry"},
      {"name": "Xinhua", "side": "Beijing", "kind": "media", "role": "news agency"},
      {"name": "Reuters", "side": "other", "kind": "media", "role": "news agency"}
    ],
    "sides": [
      {"side": "Washington", "words": ["United States", "American", "Washington"]},
      {"side": "Beijing", "words": ["China", "Chinese", "Beijing"]},
      {"side": "Paris", "words": ["France", "French", "Paris"]}
    ]})",
                                      "test lexicon");
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  return lex;
}

// A document whose paragraphs are `paragraphs`; sentences end at ". " (or
// "? ", "! ") before a capital letter or a quote.
inline Document make_doc(const std::string& path, const std::vector<std::string>& paragraphs,
                         std::optional<Date> published = std::nullopt) {
  Document doc;
  doc.path = path;
  doc.published = published;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) doc.text += "\n\n";
    const uint32_t start = static_cast<uint32_t>(doc.text.size());
    doc.text += paragraphs[p];
    const uint32_t end = static_cast<uint32_t>(doc.text.size());
    doc.paragraphs.push_back({start, end});
    uint32_t s = start;
    for (uint32_t i = start; i + 2 < end; ++i) {
      const char c = doc.text[i];
      const char next = doc.text[i + 2];
      if ((c == '.' || c == '?' || c == '!') && doc.text[i + 1] == ' ' &&
          ((next >= 'A' && next <= 'Z') || next == '"')) {
        doc.sentences.push_back({{s, i + 1}, static_cast<uint32_t>(p)});
        s = i + 2;
      }
    }
    doc.sentences.push_back({{s, end}, static_cast<uint32_t>(p)});
  }
  return doc;
}

// A statement to place in a document by its claim text.
struct St {
  St(std::string claim_text, std::string speaker_name, std::string speaker_side,
     SpeakerKind speaker_kind = SpeakerKind::kPerson)
      : claim(std::move(claim_text)),
        speaker(std::move(speaker_name)),
        side(std::move(speaker_side)),
        kind(speaker_kind) {}

  std::string claim;
  std::string speaker;
  std::string side;
  SpeakerKind kind = SpeakerKind::kPerson;
  std::string account;  // "" = side
  bool anonymous = false;
  CueClass cls = CueClass::kReport;
  int polarity = 1;
  bool negated = false;
  bool conditional = false;
  std::optional<std::string> addressee;
  std::optional<std::string> via;
  std::string mention;  // "" = speaker
};

inline Statement place(const Document& doc, const St& s) {
  Statement st;
  const size_t at = doc.text.find(s.claim);
  EXPECT_NE(at, std::string::npos) << "claim not in text: " << s.claim;
  const uint32_t start = static_cast<uint32_t>(at == std::string::npos ? 0 : at);
  st.text_span = {start, static_cast<uint32_t>(start + s.claim.size())};
  st.span = st.text_span;
  st.id = doc.path + ":" + std::to_string(start);
  st.speaker = {s.speaker, s.mention.empty() ? s.speaker : s.mention, s.side, s.kind, s.anonymous};
  st.account = s.account.empty() ? s.side : s.account;
  st.claim = s.claim;
  st.cue_class = s.cls;
  st.polarity = s.polarity;
  st.negated = s.negated;
  st.conditional = s.conditional;
  st.addressee = s.addressee;
  st.via = s.via;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    if (doc.sentences[i].span.start <= start && start < doc.sentences[i].span.end) {
      st.sentence = i;
      st.paragraph = doc.sentences[i].paragraph;
      break;
    }
  }
  return st;
}

inline DocumentAnalysis analyzed(Document doc, const std::vector<St>& statements) {
  DocumentAnalysis da;
  da.doc = std::move(doc);
  for (const St& s : statements) da.statements.push_back(place(da.doc, s));
  return da;
}

inline Date ymd(int y, int m, int d) { return Date{y, m, d}; }

inline const Event* event_with(const Analysis& a, const std::vector<std::string>& participants) {
  for (const Event& e : a.events) {
    std::vector<std::string> got = e.participants, want = participants;
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    if (got == want) return &e;
  }
  return nullptr;
}

inline const Divergence* divergence(const Event& e, const std::string& topic, DivergenceKind kind) {
  for (const Divergence& d : e.divergences)
    if (d.topic == topic && d.kind == kind) return &d;
  for (const Divergence& d : e.agreements)
    if (d.topic == topic && d.kind == kind) return &d;
  return nullptr;
}

inline CompareOptions us_china() { return CompareOptions{"Washington", "Beijing"}; }

}  // namespace kd::testing

#endif  // KARABAKH_DIFF_TESTS_COMPARE_TEST_UTIL_H_
