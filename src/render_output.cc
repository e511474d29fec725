#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include "karabakh_diff/output.h"

namespace kd {

Status write_file_atomically(const std::string& path, std::string_view content) {
  std::string tmp = path + ".XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) return Error{std::string("cannot write: ") + std::strerror(errno)};
  const char* p = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string reason = std::strerror(n < 0 ? errno : ENOSPC);
      ::close(fd);
      std::remove(tmp.c_str());
      return Error{"cannot write: " + reason};
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string reason = std::strerror(errno);
    std::remove(tmp.c_str());
    return Error{"cannot write: " + reason};
  }
  // mkstemp creates 0600; output files should get the usual umask-based mode.
  mode_t mask = umask(0);
  umask(mask);
  chmod(tmp.c_str(), 0666 & ~mask);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string reason = std::strerror(errno);
    std::remove(tmp.c_str());
    return Error{"cannot write: " + reason};
  }
  return Ok{};
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
