// RunStore: results as binary records (pipeline_record.h, which reads back
// exactly what an extract line would) in an unnamed temporary file, written
// sequentially and read back with pread() so that several threads can read
// at once.
#include "karabakh_diff/run_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "pipeline_internal.h"
#include "pipeline_record.h"

namespace kd {

namespace {

// A descriptor above the standard ones: with stdout closed (`>&-`), the
// file must not become descriptor 1 and receive the report.
int above_stdio(int fd) {
  if (fd < 0 || fd > STDERR_FILENO) return fd;
  const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
  const int err = errno;
  ::close(fd);
  errno = err;
  return moved;
}

// An unnamed file in $TMPDIR (else /tmp), above the standard descriptors:
// gone when closed or when the process dies. -1 with errno set on failure.
int unnamed_file() {
  const char* env = std::getenv("TMPDIR");
  const std::string dir = env && *env ? env : "/tmp";
#ifdef O_TMPFILE
  const int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return above_stdio(fd);
#endif
  std::string name = dir + "/karabakh-diff.XXXXXX";
  const int named = mkstemp(name.data());
  if (named >= 0) ::unlink(name.c_str());
  return above_stdio(named);
}

// The record of a result; none for an error.
std::string record_of(const DocumentResult& r) {
  std::string record;
  if (!r.error) record::encode(r, record);
  return record;
}

}  // namespace

RunStore::RunStore(const Lexicon& lexicon, const Comparer& comparer, const RunOptions& options)
    : lexicon_(lexicon), comparer_(comparer), options_(options) {}

RunStore::~RunStore() {
  if (fd_ >= 0) ::close(fd_);
}

Status RunStore::flush() {
  if (pending_.empty()) return Ok{};
  if (fd_ < 0 && (fd_ = unnamed_file()) < 0)
    return Error{std::string("cannot create a temporary file: ") + std::strerror(errno)};
  const uint64_t at = size_ - pending_.size();
  for (size_t done = 0; done < pending_.size();) {
    const ssize_t n = ::pwrite(fd_, pending_.data() + done, pending_.size() - done,
                               static_cast<off_t>(at + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      return Error{std::string("cannot write a temporary file: ") +
                   std::strerror(n < 0 ? errno : ENOSPC)};
    done += static_cast<size_t>(n);
  }
  pending_.clear();
  return Ok{};
}

Status RunStore::put(size_t d, const DocumentResult& result, std::string_view record) {
  Doc& doc = docs_[d];
  doc.offset = size_;
  doc.length = record.size();
  doc.core = record::core_size(result, record);
  size_ += record.size();
  // Written a block at a time, not a system call per record.
  pending_ += record;
  if (pending_.size() >= kWriteBlock)
    if (Status s = flush(); !s.ok()) return s;
  doc.statements = static_cast<uint32_t>(result.document.statements.size());
  doc.diagnostics = result.document.doc.diagnostics;
  const DocEvidence& ev = result.evidence;
  doc.assumed.reset();
  if (ev.uses_year || !ev.choices.empty()) {
    doc.assumed = std::make_unique<DocEvidence>();
    doc.assumed->uses_year = ev.uses_year;
    doc.assumed->assumed_year = ev.assumed_year;
    doc.assumed->choices = ev.choices;
    // holds() reads the document's counts of the candidates only: the
    // other names would cost memory for every such document of the run.
    for (const HolderChoice& c : ev.choices)
      for (const std::string& name : c.candidates)
        if (auto it = ev.named.find(name); it != ev.named.end()) doc.assumed->named.insert(*it);
  }
  reports_.set(d, ev.events);
  return Ok{};
}

Status RunStore::add(DocumentResult&& result) {
  const std::string record = record_of(result);
  return add(std::move(result), record);
}

Status RunStore::add(DocumentResult&& result, std::string_view record) {
  if (result.error) {
    errors_.emplace_back(docs_.size(), std::move(*result.error));
    return Ok{};
  }
  tally_.add(result.document.doc.published, result.evidence);
  const size_t d = docs_.size();
  docs_.emplace_back();
  paths_.push_back(result.document.doc.path);
  return put(d, result, record);
}

Status RunStore::process(const std::vector<std::string>& paths) {
  Status status = Ok{};
  // Records are encoded on the worker threads, beside the step itself.
  process_documents(paths, lexicon_, comparer_, options_, record_of,
                    [&](DocumentResult&& r, std::string&& record) {
                      if (status.ok()) status = add(std::move(r), record);
                    });
  return status;
}

Status RunStore::read_bytes(size_t d, bool whole, std::string& bytes) const {
  const Doc& doc = docs_[d];
  bytes.resize(whole ? doc.length : doc.core);
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::pread(fd_, bytes.data() + done, bytes.size() - done,
                              static_cast<off_t>(doc.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      return Error{std::string("cannot read a temporary file: ") +
                   std::strerror(n < 0 ? errno : EIO)};
    done += static_cast<size_t>(n);
  }
  return Ok{};
}

Result<DocumentResult> RunStore::read(size_t d, bool with_source) const {
  std::string bytes;
  if (Status s = read_bytes(d, with_source, bytes); !s.ok()) return s.error();
  DocumentResult r;
  if (!record::decode(bytes, r, with_source ? record::Parts::kAll : record::Parts::kNoSource))
    return Error{"temporary file: corrupt record"};
  return r;
}

Status RunStore::load(size_t d, const std::vector<uint32_t>& reports, DocumentAnalysis& document,
                      DocEvidence& evidence) const {
  std::string bytes;
  if (Status s = read_bytes(d, /*whole=*/false, bytes); !s.ok()) return s;
  DocumentResult r;
  if (!record::decode_for_event(bytes, reports, r)) return Error{"temporary file: corrupt record"};
  document = std::move(r.document);
  evidence = std::move(r.evidence);
  return Ok{};
}

Status RunStore::finish() {
  if (Status s = flush(); !s.ok()) return s;  // everything is read back from here on
  const CorpusFacts facts = tally_.facts();
  // As finish_run(): results computed on a wrong guess of the run's facts
  // are computed again (in parallel), then stored anew.
  std::vector<size_t> redo;
  for (size_t d = 0; d < docs_.size(); ++d)
    if (docs_[d].assumed && !Comparer::holds(*docs_[d].assumed, facts)) redo.push_back(d);
  // Built only when needed: the context's indexes take tens of milliseconds.
  std::unique_ptr<const pipeline::Context> ctx;
  if (!redo.empty()) ctx.reset(new pipeline::Context{lexicon_, comparer_, options_});
  constexpr size_t kBatch = 256;  // results held at a time
  for (size_t from = 0; from < redo.size(); from += kBatch) {
    const size_t n = std::min(kBatch, redo.size() - from);
    std::vector<Result<DocumentResult>> batch(n, Error{""});
    std::vector<std::string> records(n);
    pipeline::parallel_for(n, effective_jobs(options_.jobs), [&](size_t k) {
      batch[k] = read(redo[from + k], /*with_source=*/true);
      if (batch[k].ok()) batch[k] = pipeline::reprocess(std::move(batch[k].value()), *ctx, facts);
      if (!batch[k].ok()) return;
      batch[k].value().source.reset();
      record::encode(batch[k].value(), records[k]);
    });
    for (size_t k = 0; k < n; ++k) {
      if (!batch[k].ok()) return batch[k].error();
      if (Status s = put(redo[from + k], batch[k].value(), records[k]); !s.ok()) return s;
    }
    if (Status s = flush(); !s.ok()) return s;
  }
  size_t e = 0;
  for (size_t d = 0; d <= docs_.size(); ++d) {
    for (; e < errors_.size() && errors_[e].first == d; ++e)
      diagnostics_.push_back(errors_[e].second);
    if (d == docs_.size()) break;
    statements_ += docs_[d].statements;
    for (const Diagnostic& diag : docs_[d].diagnostics) diagnostics_.push_back(diag);
    docs_[d].diagnostics = {};
    docs_[d].assumed.reset();
  }
  Result<StoredCorpus> corpus = comparer_.corpus(std::move(reports_), paths_, *this,
                                                 options_.compare, effective_jobs(options_.jobs));
  reports_ = {};
  if (!corpus.ok()) return corpus.error();
  corpus_ = std::move(corpus.value());
  events_ = std::move(corpus_.events);
  for (size_t i = 0; i < events_.size(); ++i) event_index_.push_back(i);
  return Ok{};
}

Status RunStore::select_event(const std::string& id) {
  for (const Event& e : events_) {
    if (e.id != id) continue;
    const size_t index = event_index_[static_cast<size_t>(&e - events_.data())];
    Event keep = e;
    events_.assign(1, std::move(keep));
    event_index_.assign(1, index);
    return Ok{};
  }
  std::string ids;
  for (const Event& e : events_) ids += (ids.empty() ? "" : ", ") + e.id;
  return Error{"no event " + id + (ids.empty() ? " (no events found)" : " (events: " + ids + ")")};
}

int RunStore::exit_code() const {
  for (const Diagnostic& d : diagnostics_)
    if (d.severity == Severity::kError) return 2;
  return divergence_count() > 0 ? 1 : 0;
}

}  // namespace kd
