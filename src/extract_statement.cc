#include "extract_statement.h"

#include <algorithm>
#include <cctype>

#include "date_text.h"
#include "extract_claim.h"

namespace kd {

namespace {

std::string file_stem(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name =
      path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0)
    name.resize(name.size() - 4);
  return name;
}

}  // namespace

StatementMaker::StatementMaker(const Document& doc, const Gazetteer& gazetteer,
                               const CueIndex& cues, const std::vector<Quote>& quotes,
                               const std::vector<Sentence>& sentences,
                               const ExtractContext& context)
    : doc_(doc),
      gazetteer_(gazetteer),
      cues_(cues),
      quotes_(quotes),
      sentences_(sentences),
      context_(context),
      stem_(file_stem(doc.path)) {}

void StatementMaker::resolve_relays(Pending& p, Referent& who, const Discourse& discourse) const {
  Frame& f = p.frame;
  const std::vector<SaidBefore>& said = discourse.said();
  if (who.relay_people) {
    // "According to journalists, ...": the journalists relay the source the
    // last report cited, through the same outlet.
    for (auto it = said.rbegin(); it != said.rend(); ++it) {
      if (it->who.speaker.kind == SpeakerKind::kSource && it->via) {
        who = it->who;
        if (!f.via) f.via = it->via;
        f.rule += "+relay-chain";
        break;
      }
      if (it->who.speaker.kind == SpeakerKind::kMedia && !it->who.relay_people) {
        who = it->who;
        break;
      }
    }
  }
  if (who.speaker.side.empty()) {  // an anonymous source: the side of its outlet
    const Entity* outlet = f.via ? gazetteer_.by_name(*f.via) : nullptr;
    who.speaker.side = outlet ? outlet->side : "other";
  }
  // An official's words right after their government's readout come through it:
  // "A statement issued by the Kremlin said ... Putin informed about ...".
  // Words an official said to someone or in quotation marks are first-hand.
  // In the government's own readout its narration ("The situation was
  // discussed. Putin stressed ...") is the document, no relay.
  const std::optional<Referent>& publisher = discourse.publisher();
  if (!f.via && !f.addressee && f.complement != Complement::kQuote &&
      f.complement != Complement::kBefore && who.speaker.kind == SpeakerKind::kPerson &&
      !who.group && !said.empty()) {
    const SaidBefore& last = said.back();
    if (last.paragraph == p.paragraph && last.who.speaker.kind == SpeakerKind::kInstitution &&
        !last.who.group && last.who.speaker.side == who.speaker.side &&
        !(publisher && last.who.entity == publisher->entity)) {
      f.via = last.who.speaker.name;
      f.rule += "+readout";
    }
  }
}

namespace {

// "did not say whether they discussed China": the claim is a question the
// speaker left open; nothing was said.
bool unanswered_question(const Frame& f, const Claim& claim, const std::vector<Token>& paragraph) {
  if (claim.text.rfind("whether ", 0) != 0 && claim.text.rfind("if ", 0) != 0) return false;
  auto cue = std::lower_bound(paragraph.begin(), paragraph.end(), f.cue_span.start,
                              [](const Token& t, uint32_t pos) { return t.start < pos; });
  for (int back = 0; back < 2 && cue != paragraph.begin(); ++back) {
    --cue;
    if (cue->is("not") || cue->is("'t") || cue->is("never")) return true;
  }
  return false;
}

// "Lavrov told Xinhua": an interview, the speaker's words first-hand.
bool told(std::string_view cue) {
  return cue == "told" || cue == "tells" || cue == "telling" || cue == "tell";
}

}  // namespace

std::string StatementMaker::state_agency_side(std::string_view name) const {
  if (name.empty()) return "";
  const std::vector<EntityMention> found = gazetteer_.find(name);
  if (found.size() != 1 || found[0].span.size() != name.size()) return "";
  const Entity& e = *found[0].entity;
  return is_state_media(e) ? e.side : "";
}

std::optional<EntityMention> StatementMaker::opening_person(std::string_view claim) const {
  const std::vector<EntityMention> found = gazetteer_.find(claim);
  if (found.empty() || found[0].entity->kind != SpeakerKind::kPerson) return std::nullopt;
  // Only capitalised words (a title) before the name.
  for (size_t i = 0; i < found[0].span.start; ++i) {
    const char c = claim[i];
    if ((i == 0 || claim[i - 1] == ' ') && !(c >= 'A' && c <= 'Z')) return std::nullopt;
  }
  return found[0];
}

std::string StatementMaker::side_of_claim_subject(std::string_view claim) const {
  const std::optional<EntityMention> person = opening_person(claim);
  return person && is_government_side(person->entity->side) ? person->entity->side : "";
}

namespace {

// "raised the matter with his counterpart", "welcomed it": an act whose
// object only points back, with nothing of its own to compare.
bool names_nothing(std::string_view claim) {
  static constexpr std::string_view kPointers[] = {
      "it",           "this",        "that",      "them",        "the matter", "the issue",
      "the question", "the subject", "the topic", "the contact", "the call",   "the talks"};
  for (std::string_view p : kPointers)
    if (claim.size() >= p.size() && claim.compare(0, p.size(), p) == 0 &&
        (claim.size() == p.size() || claim[p.size()] == ' ')) {
      // Only prepositional phrases may follow ("with his Turkish counterpart").
      const std::string_view rest = claim.substr(std::min(claim.size(), p.size() + 1));
      const size_t space = rest.find(' ');
      const std::string_view next = rest.substr(0, space);
      return rest.empty() || is_preposition(next) || next == "when" || next == "during";
    }
  return false;
}

}  // namespace

bool StatementMaker::greets_someone(std::string_view claim) const {
  const std::optional<EntityMention> person = opening_person(claim);
  if (!person) return false;
  std::string_view rest = claim.substr(person->span.end);
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  return rest.empty() || rest.compare(0, 3, "to ") == 0 ||
         (rest.compare(0, 3, "on ") == 0 && rest.find("visit") != std::string_view::npos);
}

std::optional<Statement> StatementMaker::make(Pending& p, Discourse& discourse,
                                              const std::vector<Token>& paragraph) const {
  Frame& f = p.frame;
  if (!f.speaker) return std::nullopt;
  std::optional<Claim> claim = make_claim(doc_, quotes_, f.claim, f.claim2, cues_);
  if (!claim || claim->text.find(' ') == std::string::npos) return std::nullopt;
  if (unanswered_question(f, *claim, paragraph)) return std::nullopt;
  if (only_reports_event(*claim, gazetteer_, cues_)) return std::nullopt;
  if (f.cue && f.cue->act && (names_nothing(claim->text) || greets_someone(claim->text)))
    return std::nullopt;
  Referent who = *f.speaker;
  resolve_relays(p, who, discourse);

  Statement st;
  st.speaker = who.speaker;
  if (who.group && st.speaker.side.empty()) st.speaker.side = "joint";
  // "The Department of Foreign Affairs said Manalo had conveyed ...": a
  // body of no known side telling what an official did is his government's.
  if (who.speaker.kind == SpeakerKind::kInstitution && !who.entity && !who.group &&
      !is_government_side(st.speaker.side))
    if (const std::string side = side_of_claim_subject(claim->text); !side.empty())
      st.speaker.side = side;
  st.account = p.account.empty() ? st.speaker.side : p.account;
  // A government's own readout tells what the other side said in its own
  // words: that is this government's account ("Minister Wang stated that
  // ..." in Japan's foreign ministry's readout). Not the words of the other
  // side's spokespeople or of officials the lexicon does not know, quoted
  // at their own briefings.
  if (const std::optional<Referent>& publisher = discourse.publisher();
      publisher && p.account.empty() && is_government_side(st.speaker.side) &&
      st.speaker.side != publisher->speaker.side && !who.group &&
      !(who.speaker.kind == SpeakerKind::kPerson && (!who.entity || is_spokesperson(*who.entity))))
    st.account = publisher->speaker.side;
  // A government's news agency reporting what the other side said in the
  // call ("Araghchi expressed Tehran's appreciation ..., SPA reported";
  // "Blinken said ..." in Xinhua's copy) passes on its government's
  // readout: that government's account. Only an official's words (the
  // lexicon's, no spokesperson): "the Kremlin said in a statement" in
  // Anadolu's copy is the Kremlin's own readout.
  // Words told someone ("told reporters", "told TASS") are first-hand; and
  // the agency's government must take part (an official of it named):
  // EFE's report of a call between Mexico City and Washington is no
  // readout of Madrid's. A readout reports words, it does not quote them:
  // '"We will always stand up for our interest," Wong said' in Global
  // Times' copy is what she said to reporters.
  else if (p.account.empty() && claim->mode != Mode::kDirect &&
           is_government_side(st.speaker.side) && !who.group &&
           who.speaker.kind == SpeakerKind::kPerson && who.entity &&
           !is_spokesperson(*who.entity) && !f.addressee && !told(doc_.slice(f.cue_span)))
    if (const std::string agency = state_agency_side(f.via ? *f.via : doc_.outlet.value_or(""));
        !agency.empty() && agency != st.speaker.side && discourse.names_official_of(agency))
      st.account = agency;
  st.via = f.via;
  st.relay = f.relay;
  st.addressee = f.addressee;
  st.mode = f.complement == Complement::kColon ? Mode::kDirect : claim->mode;
  st.cue = p.cue_text.empty() ? std::string(doc_.slice(f.cue_span)) : p.cue_text;
  if (f.cue) {
    st.cue_class = f.cue->cls;
    st.polarity = f.cue->polarity;
  }
  // "told Wang to stop the drills": the report of an order.
  if (f.complement == Complement::kOrder) st.cue_class = CueClass::kDemand;
  if (p.cue_class) {
    st.cue_class = *p.cue_class;
    st.polarity = p.polarity;
  }
  // A neutral report of a stronger act ("the Kremlin said the leaders agreed").
  if (st.cue_class == CueClass::kReport)
    if (const Cue* inner = inner_cue(doc_, quotes_, *claim, cues_, paragraph)) {
      st.cue_class = inner->cls;
      st.polarity = inner->polarity;
    }
  st.negated = claim->negated;
  st.conditional = claim->conditional;
  st.claim = std::move(claim->text);
  st.text_span = claim->span;
  st.span = doc_.offsets.to_original(claim->span);
  st.sentence = sentence_index(claim->span.start);
  st.paragraph = st.sentence < sentences_.size() ? sentences_[st.sentence].paragraph : p.paragraph;
  st.id = stem_ + ":" + std::to_string(st.span.start);
  st.rule = f.rule;
  set_date(st, p.sentence);
  discourse.remember(
      {claim->span.start, claim->span.end, p.paragraph, who, f.via, f.cited, f.relay});
  return st;
}

void StatementMaker::set_date(Statement& st, Span sentence) const {
  if (!dated_sentence_ || !(*dated_sentence_ == sentence)) {
    sentence_dates_ = find_dates(doc_.slice(sentence), doc_.published, context_.corpus_year);
    dated_sentence_ = sentence;
  }
  const std::vector<DateMention>& dates = sentence_dates_;
  // A date in the frame says when the words were said; a date inside the
  // claim is about what was said ("the ceasefire of October 10") and is not used.
  for (const DateMention& d : dates) {
    const uint32_t start = sentence.start + d.span.start;
    const bool inside = start >= st.text_span.start && start < st.text_span.end;
    if (!d.date.complete() || inside) continue;
    st.date = d.date;
    st.date_source = d.source;
    return;
  }
  if (doc_.published) {
    st.date = doc_.published;
    st.date_source = DateSource::kPublished;
  }
}

uint32_t StatementMaker::sentence_index(uint32_t pos) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.start; });
  return it == sentences_.begin() ? 0 : static_cast<uint32_t>(it - sentences_.begin() - 1);
}

bool StatementMaker::bare_quote_end(const Quote& q) const {
  const Span end_sentence = sentences_[sentence_index(q.close - 1)].span;
  for (uint32_t k = q.close; k < end_sentence.end && k < doc_.text.size(); ++k)
    if (std::isalnum(static_cast<unsigned char>(doc_.text[k])) ||
        static_cast<unsigned char>(doc_.text[k]) >= 0x80)
      return false;  // '"... more," he said.': that frame has the quotation
  return true;
}

}  // namespace kd
