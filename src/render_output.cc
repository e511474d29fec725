#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include "karabakh_diff/output.h"

namespace kd {

namespace {

constexpr size_t kSinkBuffer = size_t{1} << 16;

std::string reason(int err) { return std::strerror(err); }

}  // namespace

void FdSink::write(std::string_view bytes) {
  if (error_ != 0) return;
  if (buffer_.size() + bytes.size() < kSinkBuffer) {
    buffer_.append(bytes);
    return;
  }
  flush();
  write_through(bytes);  // large pieces are not copied
}

int FdSink::flush() {
  write_through(buffer_);
  buffer_.clear();
  return error_;
}

void FdSink::write_through(std::string_view left) {
  while (error_ == 0 && !left.empty()) {
    const ssize_t n = ::write(fd_, left.data(), left.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = n < 0 ? errno : ENOSPC;
      break;
    }
    left.remove_prefix(static_cast<size_t>(n));
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    std::remove(tmp_.c_str());
  }
}

Status AtomicFile::open(const std::string& path) {
  path_ = path;
  tmp_ = path + ".XXXXXX";
  fd_ = mkstemp(tmp_.data());
  if (fd_ < 0) return Error{"cannot write: " + reason(errno)};
  sink_ = std::make_unique<FdSink>(fd_);
  return Ok{};
}

Status AtomicFile::commit() {
  if (fd_ < 0) return Error{"cannot write: " + reason(EBADF)};
  auto give_up = [&](int err) -> Status {
    ::close(fd_);
    fd_ = -1;
    std::remove(tmp_.c_str());
    return Error{"cannot write: " + reason(err)};
  };
  if (const int err = sink_->flush(); err != 0) return give_up(err);
  if (::fsync(fd_) != 0) return give_up(errno);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const int err = errno;
    std::remove(tmp_.c_str());
    return Error{"cannot write: " + reason(err)};
  }
  // mkstemp creates 0600; output files should get the usual umask-based mode.
  mode_t mask = umask(0);
  umask(mask);
  chmod(tmp_.c_str(), 0666 & ~mask);
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp_.c_str());
    return Error{"cannot write: " + reason(err)};
  }
  return Ok{};
}

Status write_file_atomically(const std::string& path, std::string_view content) {
  AtomicFile file;
  if (Status s = file.open(path); !s.ok()) return s;
  file.sink().write(content);
  return file.commit();
}

namespace {
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = 0;
  for (const std::string& c : candidates) {
    size_t d = edit_distance(word, c);
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A typo changes a few characters, not half the word.
  const size_t limit = std::max<size_t>(1, std::min<size_t>(3, word.size() / 3));
  return best_distance <= limit ? best : std::string();
}

Status select_event(Analysis& analysis, const std::string& id) {
  std::string ids;
  for (const Event& e : analysis.events) {
    if (e.id == id) {
      Event keep = e;
      analysis.events.assign(1, std::move(keep));
      return Ok{};
    }
    ids += ids.empty() ? "" : ", ";
    ids += e.id;
  }
  return Error{"no event " + id + (ids.empty() ? " (no events found)" : " (events: " + ids + ")")};
}

std::vector<std::string> known_sides(const Lexicon& lexicon) {
  std::set<std::string> sides{"joint"};
  for (const SideWords& s : lexicon.sides) sides.insert(s.side);
  for (const Entity& e : lexicon.entities)
    if (!e.side.empty() && e.side != "other") sides.insert(e.side);
  return {sides.begin(), sides.end()};
}

}  // namespace kd
