// How well a statement fits an event as its readout (see compare_assign.h).
#include <algorithm>

#include "compare_assign.h"

namespace kd::cmp {

namespace {

// Scores for the evidence that a statement is a readout of an event.
constexpr int kInSentence = 100;          // the sentence reports the event
constexpr int kReportedInClaim = 45;      // the claim itself reports it
constexpr int kSpeakerAndAddressee = 80;  // "Erdogan told Putin"
constexpr int kSpeakerTookPart = 60;
constexpr int kNamesParticipants = 50;  // "Lavrov and Cavusoglu agreed"
constexpr int kNamesOne = 15;
constexpr int kRefersBack = 30;         // "the two sides", "the call"
constexpr int kRefersBackEarlier = 20;  // ... to an event reported a little earlier
constexpr int kReferenceRank = 15;      // "the ministers" for the ministers' call
constexpr int kContinues = 30;          // next readout of the same chain
constexpr int kOfficialSameParagraph = 20;
constexpr int kOfficialNextParagraph = 10;
constexpr int kOfficeAffinity = 10;     // Kremlin for Putin, foreign ministry for Lavrov
constexpr int kOfficeNamesHolder = 10;  // ... and the claim names him ("Putin stressed")
constexpr uint32_t kRecentParagraphs = 2;

// Whether an event's participants are all ministers or all leaders.
unsigned rank_of(const DocEvent& e, const Resources& res) {
  unsigned ministers = kMinisters, leaders = kLeaders;
  for (const std::string& name : e.participants) {
    const Office o = res.offices.of_name(name);
    if (o.relation != OfficeRelation::kHolder) return 0;
    if (o.name != "foreign affairs" && o.name != "defence") ministers = 0;
    if (o.name != "head of state" && o.name != "head of government") leaders = 0;
  }
  return ministers | leaders;
}

// A statement made on another day than the event is not its readout,
// unless it was made in the days after and talks about the event ("the
// spokesman told reporters on Tuesday that the meeting was candid").
constexpr int64_t kCommentDays = 3;

bool date_conflicts(const StatementFacts& f, const DocEvent& e) {
  // Comments in the days after on the event or on what its participants
  // did ("both sides agreed ...", said the next day; "Xi and Macron
  // discussed Ukraine in a phone call on Tuesday, the presidency said on
  // Wednesday": a claim that names them all; "Sheinbaum said on Friday
  // that Trump had assured her in a phone call ...": one that tells of a
  // call).
  const bool names_all =
      e.participants.size() >= 2 &&
      std::all_of(e.participants.begin(), e.participants.end(), [&](const std::string& p) {
        return std::find(f.claim_people.begin(), f.claim_people.end(), p) != f.claim_people.end();
      });
  const bool about = f.claim_refers || f.claim_tells_call || f.refers_to_all || names_all;
  auto conflicts = [&](int64_t after) {
    return after != 0 && !(about && after > 0 && after <= kCommentDays);
  };
  if (f.said_on && e.date) {
    if (!f.said_on->complete() || !e.date->complete()) return *f.said_on != *e.date;
    return conflicts(f.said_on->days() - e.date->days());
  }
  // A weekday alone ("told a briefing on Tuesday"): the days since the
  // event's weekday.
  const int event_weekday = e.date ? e.date->weekday() : e.weekday;
  if (f.said_weekday >= 0 && event_weekday >= 0)
    return conflicts((f.said_weekday - event_weekday + 7) % 7);
  return false;
}

// The speaker speaks for an office or is one (a spokesman, a ministry).
bool is_voice(const StatementFacts& f) {
  return f.speaker_office.relation == OfficeRelation::kVoice ||
         f.speaker_office.relation == OfficeRelation::kInstitution;
}

// A named person who did not take part and does not speak for a
// participant's office (Erdogan in parliament after a ministers' call).
bool is_outsider(const Placing& p, const DocEvent& e) {
  const Speaker& s = p.st.speaker;
  return s.kind == SpeakerKind::kPerson && !s.anonymous && !contains(e.participants, s.name) &&
         !(is_voice(p.f) && contains(e.sides, s.side));
}

// The rank of the event's participants (rank_of()) when the claim names
// ranks, else 0: only such a claim asks it (an office lookup per
// participant, for every statement and event tried).
unsigned rank_asked(const StatementFacts& f, const DocEvent& e, const Resources& res) {
  return f.refers_to != 0 ? rank_of(e, res) : 0;
}

// A claim about "the ministers" is not about the presidents' call (`rank`:
// rank_asked()).
bool of_other_rank(const StatementFacts& f, unsigned rank) {
  return f.refers_to != 0 && rank != 0 && (f.refers_to & rank) == 0;
}

int evidence(const Placing& p, const DocEvent& e, int index, const Resources& res,
             const DocWork& work);

}  // namespace

int score_event(const Placing& p, const DocEvent& e, int index, const Resources& res,
                const DocWork& work) {
  const int score = evidence(p, e, index, res, work);
  // The one event of the document: a side of it speaking on the day (or
  // on no day said) gives its readout, whatever else the words name, unless
  // they are about other ranks' talks ("the ministers" for a leaders' call).
  // A person of the side who did not take part (an ambassador at the UN,
  // the president in parliament after the ministers' call) only when the
  // words name a participant or the event ("Misri said Mr. Modi had
  // conveyed ...").
  const Statement& st = p.st;
  const StatementFacts& f = p.f;
  if (!p.only_event || e.background || !is_government_side(st.account) ||
      !contains(e.sides, st.account) || date_conflicts(f, e) ||
      of_other_rank(f, rank_asked(f, e, res)))
    return score;
  const bool outsider = is_outsider(p, e);
  bool named = f.claim_refers;
  for (const std::string& name : f.claim_people) named = named || contains(e.participants, name);
  // A country as the speaker ("Russia has called many times for a
  // ceasefire") states a standing position, not what was said in the call.
  const bool country = st.speaker.kind == SpeakerKind::kInstitution && !st.speaker.anonymous &&
                       !res.gazetteer.by_name(st.speaker.name) &&
                       !res.gazetteer.side_of_word(st.speaker.name).empty();
  return (outsider && !named) || country ? score : std::max(score, kReadoutThreshold);
}

namespace {

int evidence(const Placing& p, const DocEvent& e, int index, const Resources& res,
             const DocWork& work) {
  const Statement& st = p.st;
  const StatementFacts& f = p.f;
  const bool participant = contains(e.participants, st.speaker.name);
  int people = 0;
  for (const std::string& name : f.claim_people) people += contains(e.participants, name) ? 1 : 0;
  // Reported in the statement's sentence: outside the claim ("X said on
  // Thursday, after the call, that ..."), or inside it, which is weaker
  // ("... including the joint statement of the presidents").
  bool in_frame = false, in_claim = false;
  for (const Mention& m : e.mentions) {
    if (m.sentence < p.first_sentence || m.sentence > p.last_sentence) continue;
    if (inside(m.cue, st.text_span)) {
      in_claim = true;
    } else {
      in_frame = true;
    }
  }
  if (in_frame) return kInSentence + (participant ? 5 : 0) + people * 2;
  // An event told as background ("last met in Antalya") has readouts only
  // in its own sentence.
  if (e.background) return 0;
  const bool side_ok = !is_government_side(st.account) || contains(e.sides, st.account);
  if (!side_ok || date_conflicts(f, e)) return 0;
  const Mention* latest = latest_mention(e, p.last_sentence);
  if (!latest) {  // said before the first report of the event
    const uint32_t first = e.mentions.front().paragraph;
    // "Erdogan told Putin that ...", then "During the phone call, ...".
    if (participant && p.addressee && contains(e.participants, p.addressee->name) &&
        first <= st.paragraph + 1)
      return kSpeakerAndAddressee;
    return people >= 2 && first == st.paragraph ? kNamesParticipants : 0;
  }
  const bool near = latest->paragraph + kNearParagraphs >= st.paragraph;
  const bool same_day = f.said_on && e.date && *f.said_on == *e.date;
  const bool to_participant = p.addressee && contains(e.participants, p.addressee->name);
  const bool in_context = contains(p.context, index);
  const bool voice = is_voice(f);
  const bool outsider = is_outsider(p, e);
  int score = in_claim ? kReportedInClaim : 0;
  if (participant && to_participant)
    score += kSpeakerAndAddressee;
  else if (participant && (near || same_day))
    score += kSpeakerTookPart;
  if (people >= 2)
    score += kNamesParticipants;
  else if (people == 1 && near)
    score += kNamesOne;
  const bool continues = p.continues == index;
  const unsigned rank = rank_asked(f, e, res);
  const bool other_rank = of_other_rank(f, rank);
  if (outsider) {
    // Only when it carries on a readout's subject, or speaks of the event
    // just reported for a side that took part ("Chief Cabinet Secretary
    // Hayashi said the meeting had been meaningful").
    bool shared = false;
    for (size_t r : e.readouts)
      for (const TopicHit& a : work.facts[r].topics)
        for (const TopicHit& b : f.topics) shared = shared || a.topic == b.topic;
    if (continues && shared) score += kContinues;
    // About the event: it names it ("the meeting was useful") or opens
    // with its participants ("the leaders welcomed ...", of their rank).
    const bool about = f.claim_refers || (f.refers_to_all && (f.refers_to & rank) != 0);
    if (about && !other_rank && in_context && contains(e.sides, st.speaker.side))
      score += kRefersBack;
    return score;
  }
  if (f.refers_back && !other_rank) {
    // "the ministers agreed": the event just reported, or one reported in
    // the last paragraphs whose participants the reference names.
    const bool recent = latest->paragraph + kRecentParagraphs >= st.paragraph;
    if (in_context) {
      score += kRefersBack;
    } else if (recent) {
      score += kRefersBackEarlier;
    }
    if ((in_context || recent) && (f.refers_to & rank)) score += kReferenceRank;
  }
  if (continues && !other_rank) score += kContinues;
  if (voice && in_context && contains(e.sides, st.speaker.side)) {
    if (latest->paragraph == st.paragraph)
      score += kOfficialSameParagraph;
    else if (latest->paragraph + 1 == st.paragraph)
      score += kOfficialNextParagraph;
  }
  if (voice && !f.speaker_office.name.empty()) {
    for (const std::string& name : e.participants) {
      const Entity* person = res.gazetteer.by_name(name);
      if (person && person->side == st.speaker.side &&
          res.offices.of(*person).name == f.speaker_office.name) {
        score += kOfficeAffinity;
        // Nobody else is named: "Erdogan and Putin discussed" is not about
        // Putin's call with others.
        if (contains(f.claim_people, name) && people == static_cast<int>(f.claim_people.size()))
          score += kOfficeNamesHolder;
        break;
      }
    }
  }
  return score;
}

}  // namespace

}  // namespace kd::cmp
