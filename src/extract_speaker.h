// Speaker resolution (private): from the words of a subject phrase to a
// Speaker, with coreference ("he", "the Turkish leader", "the two sides",
// "the statement") against what the document mentioned before.
#ifndef KARABAKH_DIFF_SRC_EXTRACT_SPEAKER_H_
#define KARABAKH_DIFF_SRC_EXTRACT_SPEAKER_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract_text.h"
#include "gazetteer.h"
#include "karabakh_diff/statement.h"

namespace kd {

struct Referent {
  Speaker speaker;
  const Entity* entity = nullptr;  // when the gazetteer knows it
  bool group = false;              // several speakers ("Lavrov and Cavusoglu", "the two sides")
  bool relay_people = false;       // "journalists", "reporters": relaying someone else
};

// What was said before, for coreference.
struct SaidBefore {
  uint32_t pos = 0;  // claim start
  uint32_t end = 0;  // claim end
  uint32_t paragraph = 0;
  Referent who;
  std::optional<std::string> via;
  std::optional<Referent> cited;  // the source a medium cited ("citing a diplomatic source")
  std::optional<Speaker> relay;   // nested speech: who passed the words on
};

// Where a name the lexicon does not know starts after a title ("Deputy
// Foreign Minister Xie Feng"), or b when toks[a, b) does not end so.
size_t titled_name_start(const std::vector<Token>& toks, size_t a, size_t b);
// The first token of toks[a, b) after honorifics and initials ("Dr.",
// "H.E. Ms.", "Prince").
size_t after_honorifics(const std::vector<Token>& toks, size_t a, size_t b);
// "a senior administration official", "Western diplomats": officials the
// text does not name.
bool unnamed_official(const std::vector<Token>& toks, size_t a, size_t b);
// Where the host of a post abroad starts: the preposition after "ambassador",
// "envoy", "mission"... ("Russia's ambassador to Turkey", "the U.S. envoy in
// Beijing"), or b when toks[a, b) names no such post. The words from there
// on name where the speaker serves, not whom the speaker speaks for.
size_t post_host_start(const std::vector<Token>& toks, size_t a, size_t b);
// Drops the one-word mentions of a known person whose name `text` gave
// before to somebody else: "Irish Taoiseach Simon Harris ... Harris said"
// is not Kamala Harris (the gazetteer left "Simon Harris" unmatched, a
// first name it does not know before the surname). Only the `paragraphs`
// of `text` count (the gazetteer's; not captions). `mentions`: in text order.
void drop_namesakes(std::string_view text, const std::vector<Span>& paragraphs,
                    std::vector<EntityMention>& mentions);
// `word` (lower case ASCII) is one of the words of `name`, in any case.
bool has_word(std::string_view name, std::string_view word);

// The lexicon's institutions by side and role ("Jerusalem", "prime
// minister's office"): a government's offices, for "his office said".
class OfficeIndex {
 public:
  explicit OfficeIndex(const std::vector<Entity>& entities);
  // The first institution of that side and role in lexicon order, or nullptr.
  const Entity* find(const std::string& side, std::string_view role) const;

 private:
  std::map<std::pair<std::string, std::string>, const Entity*, std::less<>> by_side_role_;
};

class Discourse {
 public:
  // `offices` (may be null) resolves "his office" to the official's own.
  Discourse(const Document& doc, const Gazetteer& gazetteer, const std::vector<Span>& paragraphs,
            const OfficeIndex* offices = nullptr);

  // Resolves the subject phrase toks[a, b) found at `pos`; nullopt when the
  // phrase names no possible speaker ("the talks", "which").
  std::optional<Referent> resolve(const std::vector<Token>& toks, size_t a, size_t b) const;

  // The speaker of an impersonal frame ("it was stressed that"): the last one.
  std::optional<Referent> last_speaker(uint32_t pos, uint32_t paragraph) const;
  // The government body whose own readout the document is (its byline names
  // the body: "By Kremlin"), which narrates what it does not attribute.
  const std::optional<Referent>& publisher() const { return publisher_; }

  // Entity mentions inside [start, end) of Document::text.
  std::vector<const EntityMention*> entities_in(uint32_t start, uint32_t end) const;
  // Whether the text names a person or body of the lexicon of government
  // `side`.
  bool names_official_of(const std::string& side) const;
  const std::vector<SaidBefore>& said() const { return said_; }
  void remember(SaidBefore s) { said_.push_back(std::move(s)); }
  const Gazetteer& gazetteer() const { return gaz_; }

 private:
  std::optional<Referent> resolve_phrase(const std::vector<Token>& toks, size_t a, size_t b) const;
  // "The Foreign Office" the lexicon gives to London, in a story from
  // Islamabad or "in Berlin": the office of that role of the government at
  // the seat named after it, else at the dateline; nullopt when neither
  // differs or the name is no generic one.
  std::optional<Referent> generic_office_elsewhere(const std::vector<Token>& toks, size_t a,
                                                   size_t b, const EntityMention& head) const;
  // "the source", "the press secretary", "The Deputy Prime Minister": a
  // definite description (at most six words) whose head noun repeats the
  // head of a phrase before it in this or the two paragraphs before ("A
  // Moroccan diplomatic source", "Billene Seyoum, Mr Abiy's press
  // secretary", "Deputy Prime Minister and Foreign Minister Ishaq Dar"):
  // that phrase resolved, when it names a known entity or a government's
  // side; else nullopt. For descriptions that resolve to no side. Here and
  // in the next two, toks[a, b) opens and ends with words (resolve() trims
  // the phrase).
  std::optional<Referent> described_before(const std::vector<Token>& toks, size_t a,
                                           size_t b) const;
  // "State House" after "State House Nairobi": the institution named
  // before by a longer name that starts with these two to four capitalised
  // words; else nullopt.
  std::optional<Referent> body_named_in_full(const std::vector<Token>& toks, size_t a,
                                             size_t b) const;
  // "Its foreign ministry" after "Algeria ... reacted coolly.": the body of
  // the first government the sentence before (same paragraph) names, the
  // lexicon's office of that role when it has one; else nullopt.
  std::optional<Referent> body_of_its(const std::vector<Token>& toks, size_t a, size_t b) const;
  struct Group {
    Span span;
    Referent who;
  };
  Referent from_entity(const EntityMention& m) const;
  std::optional<Referent> pronoun(std::string_view w, uint32_t pos) const;
  // `before`, when given, is where earlier mentions end (the opening mark
  // of the quotation the phrase frames: no one named in it said it).
  std::optional<Referent> description(const std::vector<Token>& toks, size_t a, size_t b,
                                      std::optional<uint32_t> before = std::nullopt) const;
  std::optional<Referent> body_named_before(const std::vector<Token>& toks, size_t a, size_t b,
                                            const std::string& side) const;
  // An official named by the body he serves ("a senior State Department
  // official", "Kremlin officials") whose head noun follows the body's
  // mention `body`: the official, with the body's side; else nullopt.
  std::optional<Referent> official_of_body(const std::vector<Token>& toks, size_t a, size_t b,
                                           const EntityMention& body) const;
  std::optional<Referent> anonymous_source(const std::vector<Token>& toks, size_t a,
                                           size_t b) const;
  // The person named first in the sentence at `pos`, when only a title
  // stands before the name (the sentence's subject); null otherwise.
  const EntityMention* sentence_subject(uint32_t pos) const;
  // The sentence holding `pos`; nullptr before the first one.
  const Sentence* sentence_at(uint32_t pos) const;
  // The person named first from `pos` on, when only a title stands between
  // (the subject of a clause starting there); null otherwise.
  const EntityMention* subject_after(uint32_t pos) const;
  // The one person named before `pos` right after the (folded) `title`
  // ("Mexican President Claudia Sheinbaum"); null when none or several.
  const EntityMention* last_titled(uint32_t pos, std::string_view title) const;
  // The person the lexicon does not know whose surname opens the sentence
  // before the one starting at `pos` (same paragraph), named in full
  // earlier ("Kurti gave his own version." before "He claimed ..."), with
  // `at` set to where that sentence starts; else nullopt.
  std::optional<Referent> subject_of_sentence_before(uint32_t pos, uint32_t& at) const;
  // "his office", "her office": the office of the person "his" points at.
  std::optional<Referent> own_office(const std::vector<Token>& toks, size_t a, size_t b) const;
  std::optional<Referent> group_of(const std::vector<Token>& toks, size_t a, size_t b) const;
  std::optional<Referent> apposition(const std::vector<Token>& toks, size_t a, size_t b) const;
  // A full name the lexicon does not know, with no title: a person of no
  // known side ("Mark Jones"), else nullopt.
  std::optional<Referent> unknown_name(const std::vector<Token>& toks, size_t a, size_t b) const;
  // A person named before, by one word of the name after honorifics and
  // titles, before an apposition ("Prince Faisal", "Wang, also ...").
  std::optional<Referent> short_name(const std::vector<Token>& toks, size_t a, size_t b) const;
  // The person the lexicon does not know whose name ends in the word
  // `written` (as the text writes it), named in full after a title before
  // `pos` ("Indian Foreign Secretary Vikram Misri"), else nullopt.
  std::optional<Referent> titled_before(std::string_view written, uint32_t pos) const;
  struct TitledName {
    uint32_t at = 0;  // where the full name's last word is
    std::optional<Referent> who;
  };
  // titled_before() at the first occurrence of `written` in the document.
  TitledName first_titled(std::string_view written) const;
  // "EAM", "the Russian FM": the official whose title has these initials,
  // spelled out before his name, else the one of the role they stand for.
  std::optional<Referent> role_abbreviation(const std::vector<Token>& toks, size_t a,
                                            size_t b) const;
  // The first letters (folded) of the capitalised words right before `pos`,
  // honorifics and initials skipped, at most four: "eam" before "External
  // Affairs Minister Dr. S. Jaishankar".
  std::string initials_before(uint32_t pos) const;
  // The side of the office that the title toks[a, b) names without a country
  // ("Deputy Foreign Minister"), from the office of that kind named last;
  // "" when none was, or several governments' were in that paragraph.
  std::string office_side(const std::vector<Token>& toks, size_t a, size_t b) const;
  uint32_t paragraph_of(uint32_t pos) const;
  const EntityMention* last_entity(uint32_t pos, bool (*ok)(const Entity&, const std::string&),
                                   const std::string& side) const;
  std::string words_as_written(const std::vector<Token>& toks, size_t a, size_t b) const;

  const Document& doc_;
  const Gazetteer& gaz_;
  const OfficeIndex* offices_;
  std::vector<Span> paragraphs_;
  std::optional<Referent> publisher_;
  // The government of the dateline's one place ("ALGIERS - 1 April 2025"),
  // whose bodies an unqualified "the Presidency" and "Minister of Foreign
  // Affairs Ahmed Attaf" are when the story named no other; else "".
  std::string home_side_;
  std::vector<EntityMention> mentions_;  // Document::text offsets, text order
  // initials_before() of each person in mentions_ (empty for the others),
  // read on the first role abbreviation of the document.
  mutable std::vector<std::string> title_initials_;
  // first_titled() of each surname looked up, read on its first lookup.
  mutable std::map<std::string, TitledName, std::less<>> titled_names_;
  std::vector<Group> groups_;
  std::vector<SaidBefore> said_;
  std::vector<std::string> official_sides_;  // sides of the people named
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_EXTRACT_SPEAKER_H_
