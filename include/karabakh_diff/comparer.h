// Stage 3: statements of all documents in, events with readouts and
// divergences out.
//
// The stage is split in two so that documents can be streamed (and compared
// on other machines than the ones that read them):
//   Comparer::document()  per document, needs its text: finds the events it
//                         reports and assigns its statements to them;
//                         returns DocEvidence, which holds no text.
//   Comparer::corpus()    across documents, needs no text: merges the
//                         reports of one event and finds divergences.
// compare() runs both on documents held in memory.
#ifndef KARABAKH_DIFF_COMPARER_H_
#define KARABAKH_DIFF_COMPARER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/deadline.h"
#include "karabakh_diff/lexicon.h"

namespace kd {

// Which two sides' readouts of an event are lined up. Empty (the default):
// each event's own two sides, so a Washington-Beijing call compares
// Washington and Beijing and a Moscow-Ankara call Moscow and Ankara. Both
// set: that pair for every event (`--sides A,B`); events without both get
// no findings.
struct CompareOptions {
  std::string side_a;
  std::string side_b;
};

// What a document says an event was. kTalks ("held talks") fits a call or
// a meeting: the other reports decide.
enum class ReportKind { kCall, kMeeting, kTalks, kStatement };
const char* to_string(ReportKind k);

// How a statement is sourced, weakest first.
enum class SourceClass { kNone, kMedia, kAnonymous, kOfficial };
const char* to_string(SourceClass c);

// A report sentence that names a side's institution ("the Kremlin
// announced ..."): the side has an official account in this article.
struct InstitutionReport {
  std::vector<std::string> sides;  // sides of the institutions named, in text order
  std::string sentence;            // the sentence, shortened for quoting
};

// A content key (the first letters of a content word, see
// cmp::content_keys) packed big-endian into 8 bytes: the same order and
// equality as the string, a quarter of its memory. Longer keys are cut.
uint64_t pack_key(std::string_view key);
std::string unpack_key(uint64_t key);

// One event as one document reports it.
struct EventReport {
  ReportKind kind = ReportKind::kTalks;
  std::vector<std::string> participants;  // canonical names, in order of mention
  std::vector<std::string> sides;         // participants' sides, unique, same order
  std::optional<Date> date;
  int weekday = -1;  // known weekday when the date is not (0 = Monday)
  DateSource date_source = DateSource::kNone;
  std::optional<std::string> initiator;
  uint32_t first_sentence = 0;     // sentence of the first mention
  std::vector<uint32_t> readouts;  // indexes into the document's statements
  std::vector<uint64_t> keys;      // content keys of its sentences and readouts:
                                   // pack_key()s, sorted, unique
  std::vector<InstitutionReport> institutions;
};

// What the cross-document step needs to know about one statement beyond
// the Statement itself.
struct StatementEvidence {
  int event = -1;     // index into DocEvidence::events, -1 when no readout
  std::string frame;  // attribution as written; kept only for readouts
  SourceClass source = SourceClass::kNone;
  std::optional<Date> said_on;  // date in the attribution frame
  int said_weekday = -1;
  std::optional<std::string> initiator;  // "at Ankara's request" in its sentence (readouts only)
};

// A choice among several holders of one office ("the Turkish foreign
// minister") that the names of other articles can sway.
struct HolderChoice {
  std::vector<std::string> candidates;  // canonical names
  std::string chosen;                   // "" when none was
};

// Facts about the whole run that the per-document step depends on.
struct CorpusFacts {
  std::optional<int> year;               // corpus_year(): for dates without a year
  std::map<std::string, int64_t> named;  // canonical name -> times named in all documents
};

// Everything Comparer::corpus() needs from one document besides its
// statements and metadata; no text.
struct DocEvidence {
  std::vector<EventReport> events;            // in order of first mention
  std::vector<StatementEvidence> statements;  // parallel to the document's statements
  std::map<std::string, int64_t> named;       // canonical name -> times named in this document
  // What the step assumed about the run: the corpus year (when the document
  // has no published date and so used it) and the office-holder choices.
  bool uses_year = false;
  std::optional<int> assumed_year;
  std::vector<HolderChoice> choices;
};

// Accumulates the facts of a run, one document at a time, in any order.
class CorpusTally {
 public:
  void add(const std::optional<Date>& published, const DocEvidence& evidence);
  // Year: the one most documents were published in (ties: the earliest),
  // as corpus_year() computes it.
  CorpusFacts facts() const;

 private:
  std::map<int, int> years_;
  std::map<std::string, int64_t> named_;
};

namespace cmp {
struct Resources;
struct ReportData;
}  // namespace cmp

// The event reports of a run, kept for merging only (see
// Comparer::corpus()): a few hundred bytes per report instead of the
// EventReport (names interned, no readouts, no institutions).
class ReportTable {
 public:
  ReportTable();
  ~ReportTable();
  ReportTable(ReportTable&&) noexcept;
  ReportTable& operator=(ReportTable&&) noexcept;

  // Sets the reports of document d, replacing any set before (a document
  // processed again). Every document of the run must be set, in any order.
  void set(size_t d, const std::vector<EventReport>& reports);
  size_t documents() const;  // 1 + the highest d set
  const cmp::ReportData& data() const { return *data_; }

 private:
  std::unique_ptr<cmp::ReportData> data_;
};

// A statement tied to no event, from an official source and dated: it may
// be what its side's government said on the day of an event in the same
// article (a "position"), which the comparison of that event reads.
inline bool may_be_position(const StatementEvidence& e) {
  return e.event < 0 && e.source == SourceClass::kOfficial &&
         (e.said_on.has_value() || e.said_weekday >= 0);
}

// Which statements of a document the comparison of an event drawing on its
// reports `reports` (indexes into evidence.events) reads: the readouts of
// those reports and the possible positions. Parallel to
// evidence.statements.
std::vector<bool> statements_read(const DocEvidence& evidence,
                                  const std::vector<uint32_t>& reports);

// Documents of a run kept outside memory, read back on demand.
class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // Document d as the comparison of an event drawing on its reports
  // `reports` reads it (the event's other documents are read by other
  // calls): its metadata, every StatementEvidence, those reports, and the
  // statements statements_read() names, as they were stored; the other
  // reports and statements may be left empty (but are counted). Safe to
  // call from several threads at once.
  virtual Status load(size_t d, const std::vector<uint32_t>& reports, DocumentAnalysis& document,
                      DocEvidence& evidence) const = 0;
};

// What the cross-document step finds for documents not held in memory.
struct StoredCorpus {
  std::vector<Event> events;  // as corpus() fills Analysis::events
  // Per event: indexes of the documents it draws on, ascending.
  std::vector<std::vector<uint32_t>> event_documents;
  // Per document, per EventReport: the index of its event in `events`.
  std::vector<std::vector<uint32_t>> report_events;
};

// Sets Statement::event of `document` as corpus() does: statement i gets
// the id of the last event (in id order) that one of the reports listing
// it among its readouts belongs to. `report_events` is the document's row
// of StoredCorpus::report_events.
void set_statement_events(DocumentAnalysis& document, const DocEvidence& evidence,
                          const std::vector<uint32_t>& report_events);

// The comparer's matchers, built once from a lexicon (slow: once per run)
// and then shared, read-only, by any number of threads.
class Comparer {
 public:
  // `lexicon` must outlive the Comparer.
  explicit Comparer(const Lexicon& lexicon);

  // Per-document step. `assumed` stands in for the facts of the whole run,
  // which a streaming caller does not know yet: the result records what it
  // relied on, and holds() says whether it stays valid. Statement::event is
  // not touched. Stops early (partial result) once `deadline` expires.
  DocEvidence document(const DocumentAnalysis& da, const CorpusFacts& assumed,
                       const Deadline* deadline = nullptr) const;

  // Whether `evidence` is what document() returns given `facts` (the real
  // facts of the run). When false, the document must be processed again,
  // extraction included (it uses the corpus year too).
  static bool holds(const DocEvidence& evidence, const CorpusFacts& facts);

  // Cross-document step: merges the reports of the same event, sets
  // Statement::event, and fills analysis.events with readouts, the sides
  // compared (Event::compared) and the divergences and agreements between
  // them. An event's own sides, when `options` names none: of its
  // participants' governments ("other" and "joint" are none), the two with
  // the most readout statements, ties and left-right order by the
  // lexicon's order of sides. `evidence` is
  // parallel to analysis.documents, whose texts are not read. Deterministic:
  // same input, same ids and order. Never fails.
  void corpus(Analysis& analysis, const std::vector<DocEvidence>& evidence,
              const CompareOptions& options) const;

  // The cross-document step on documents not held in memory (see
  // RunStore): `reports` holds the event reports of every document,
  // paths[d] its path; then each event reads its own documents back from
  // `documents`, up to `jobs` events at a time. Same events as corpus();
  // fails only when a document cannot be read back. `reports` are let go
  // once the events are merged, before any is compared.
  Result<StoredCorpus> corpus(ReportTable reports, const std::vector<std::string>& paths,
                              const DocumentSource& documents, const CompareOptions& options,
                              int jobs) const;

 private:
  std::shared_ptr<const cmp::Resources> res_;
};

// Both steps on documents held in memory (texts needed), with the real facts
// of the run (the corpus year and names of all of analysis.documents).
void compare(Analysis& analysis, const Lexicon& lexicon, const CompareOptions& options = {});

}  // namespace kd

#endif  // KARABAKH_DIFF_COMPARER_H_
