// Writing results and helping users with their command lines.
#ifndef KARABAKH_DIFF_OUTPUT_H_
#define KARABAKH_DIFF_OUTPUT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/analysis.h"
#include "karabakh_diff/lexicon.h"
#include "karabakh_diff/render.h"
#include "karabakh_diff/status.h"

namespace kd {

// Writes to a file descriptor (not closed) through a buffer. After a failed
// write it drops everything else; error() is the errno of the failure
// (ENOSPC when the system wrote nothing), 0 while all is well.
class FdSink : public ByteSink {
 public:
  explicit FdSink(int fd) : fd_(fd) {}
  void write(std::string_view bytes) override;
  // Writes what is buffered; returns error().
  int flush();
  int error() const { return error_; }

 private:
  void write_through(std::string_view bytes);

  int fd_;
  int error_ = 0;
  std::string buffer_;
};

// A file written atomically, streamed: bytes go to a temporary file in the
// directory of `path`; commit() flushes it and renames it over `path`.
// Destroyed without a successful commit(), it removes the temporary, so
// `path` is never half-written.
class AtomicFile {
 public:
  AtomicFile() = default;
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Creates the temporary. Fails with "cannot write: reason".
  Status open(const std::string& path);
  // Where to write; valid after a successful open().
  ByteSink& sink() { return *sink_; }
  // Fails with "cannot write: reason" (disk full, rename refused).
  Status commit();

 private:
  std::string path_, tmp_;
  int fd_ = -1;
  std::unique_ptr<FdSink> sink_;
};

// Writes `content` to `path` atomically: a temporary file in the same
// directory, flushed and renamed over `path`. On failure (directory missing,
// disk full, permission) `path` is untouched and no temporary is left.
Status write_file_atomically(const std::string& path, std::string_view content);

// The candidate closest to `word` by edit distance, if it is close enough to
// be a likely typo ("--formt" -> "--format"); "" otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Keeps only the event `id` in analysis.events (for --event). Fails with
// "no event ID (events: E1, E2)" when there is no such event.
Status select_event(Analysis& analysis, const std::string& id);

// All side names the lexicon knows (from side words and entities), sorted.
std::vector<std::string> known_sides(const Lexicon& lexicon);

}  // namespace kd

#endif  // KARABAKH_DIFF_OUTPUT_H_
