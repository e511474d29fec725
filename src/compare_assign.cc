// Statements -> events of the same document (see assign_statements).
#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "compare_assign.h"
#include "compare_statements.h"

namespace kd::cmp {

namespace {

// Whether `word` is one of the space-separated words of `name`.
bool has_name_word(std::string_view name, std::string_view word) {
  size_t i = 0;
  while (i <= name.size()) {
    const size_t j = std::min(name.find(' ', i), name.size());
    if (name.substr(i, j - i) == word) return true;
    i = j + 1;
  }
  return false;
}

}  // namespace

void assign_statements(const DocumentAnalysis& da, const Resources& res, DocWork& work) {
  const std::vector<Statement>& sts = da.statements;
  std::vector<DocEvent>& events = work.events;
  const size_t n_sentences = da.doc.sentences.size();
  work.assigned.assign(sts.size(), -1);
  if (n_sentences == 0 || events.empty()) return;
  // Indexes so that each statement only scores the events that can fit it.
  struct Report {
    int event;
    Span cue;
  };
  std::vector<std::vector<Report>> reports(n_sentences);
  std::vector<size_t> reporting;  // sentences with reports, ascending
  std::map<uint32_t, std::vector<int>> by_paragraph;
  std::unordered_map<std::string, std::vector<int>> by_participant;
  for (size_t e = 0; e < events.size(); ++e) {
    const int id = static_cast<int>(e);
    for (const Mention& m : events[e].mentions) {
      if (m.sentence >= n_sentences) continue;
      reports[m.sentence].push_back({id, m.cue});
      reporting.push_back(m.sentence);
      if (!contains(by_paragraph[m.paragraph], id)) by_paragraph[m.paragraph].push_back(id);
    }
    for (const std::string& name : events[e].participants) by_participant[name].push_back(id);
  }
  std::sort(reporting.begin(), reporting.end());
  reporting.erase(std::unique(reporting.begin(), reporting.end()), reporting.end());
  std::vector<std::vector<int>> mentioned(n_sentences);
  for (size_t s = 0; s < n_sentences; ++s)
    for (const Report& r : reports[s])
      if (!contains(mentioned[s], r.event)) mentioned[s].push_back(r.event);

  int only = -1;  // the one event reported other than as background
  for (size_t e = 0; e < events.size(); ++e)
    if (!events[e].background) only = only == -1 ? static_cast<int>(e) : -2;

  std::vector<size_t> order(sts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return sts[a].text_span.start < sts[b].text_span.start;
  });
  int previous = -1;  // statement just before, in text order
  for (size_t i : order) {
    if (expired(work.deadline)) break;
    const Statement& st = sts[i];
    Placing p{st, work.facts[i], std::min<size_t>(st.sentence, n_sentences - 1), 0, nullptr, {}};
    p.last_sentence = p.first_sentence;
    p.only_event = only >= 0;
    while (p.last_sentence + 1 < n_sentences &&
           da.doc.sentences[p.last_sentence + 1].span.start < st.text_span.end)
      ++p.last_sentence;
    // What "the call" refers to: the events of the latest sentence that
    // reports one outside this statement's own claim.
    auto upto = std::upper_bound(reporting.begin(), reporting.end(), p.last_sentence);
    for (auto it = upto; it != reporting.begin() && p.context.empty();) {
      --it;
      for (const Report& r : reports[*it])
        if (!inside(r.cue, st.text_span) && !contains(p.context, r.event) &&
            !events[static_cast<size_t>(r.event)].background)
          p.context.push_back(r.event);
    }
    if (st.addressee)
      for (const EntityMention& m : res.gazetteer.find(*st.addressee))
        if (m.entity && m.entity->kind == SpeakerKind::kPerson) p.addressee = m.entity;
    // "told Wang": a participant of an event here by one word of the name.
    if (st.addressee && !p.addressee && st.addressee->find(' ') == std::string::npos)
      for (const DocEvent& e : events)
        for (const std::string& name : e.participants)
          if (!p.addressee && has_name_word(name, *st.addressee))
            p.addressee = res.gazetteer.by_name(name);
    if (previous >= 0 && work.assigned[static_cast<size_t>(previous)] >= 0) {
      // The chain goes on unless another event is reported in between.
      const Statement& prev = sts[static_cast<size_t>(previous)];
      const int chain = work.assigned[static_cast<size_t>(previous)];
      // One paragraph of background between (it holds no statement) breaks
      // it only for words that name no participant and speak for no side
      // of the event.
      const DocEvent& chained = events[static_cast<size_t>(chain)];
      bool tied = contains(chained.participants, st.speaker.name) ||
                  (is_government_side(st.account) && contains(chained.sides, st.account));
      for (const std::string& name : p.f.claim_people)
        tied = tied || contains(chained.participants, name);
      bool broken = st.paragraph > prev.paragraph + (tied ? 2 : 1);
      for (auto it = std::upper_bound(reporting.begin(), upto, prev.sentence); it != upto; ++it)
        for (const Report& r : reports[*it])
          broken = broken || (r.event != chain && !inside(r.cue, st.text_span));
      if (!broken) p.continues = chain;
    }
    // Candidates: reported here or in the last paragraphs, in the chain, or
    // with the speaker, addressee or people named among the participants.
    std::vector<int> candidates = p.context;
    auto add = [&](const std::vector<int>& more) {
      for (int e : more)
        if (!contains(candidates, e)) candidates.push_back(e);
    };
    for (size_t s = p.first_sentence; s <= p.last_sentence; ++s) add(mentioned[s]);
    const uint32_t from_paragraph =
        st.paragraph > kNearParagraphs ? st.paragraph - kNearParagraphs : 0;
    for (auto it = by_paragraph.lower_bound(from_paragraph);
         it != by_paragraph.end() && it->first <= st.paragraph; ++it)
      add(it->second);
    if (p.continues >= 0) add({p.continues});
    if (only >= 0) add({only});
    std::vector<std::string> names = p.f.claim_people;
    names.push_back(st.speaker.name);
    if (p.addressee) names.push_back(p.addressee->name);
    for (const std::string& name : names)
      if (auto it = by_participant.find(name); it != by_participant.end()) add(it->second);
    std::sort(candidates.begin(), candidates.end());
    int best = -1, best_score = 0;
    uint32_t best_recency = 0;
    for (int ei : candidates) {
      const DocEvent& e = events[static_cast<size_t>(ei)];
      const int score = score_event(p, e, ei, res, work);
      const Mention* latest = latest_mention(e, p.last_sentence);
      const uint32_t recency = latest ? latest->sentence + 1 : 0;
      if (score > best_score || (score == best_score && score > 0 && recency > best_recency)) {
        best = ei;
        best_score = score;
        best_recency = recency;
      }
    }
    if (best >= 0 && best_score >= kReadoutThreshold) {
      work.assigned[i] = best;
      events[static_cast<size_t>(best)].readouts.push_back(i);
    }
    previous = static_cast<int>(i);
  }
}

}  // namespace kd::cmp
