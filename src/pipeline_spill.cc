// SourceSpill: an unnamed temporary file (tmpfile(), gone when closed or
// when the process dies) written sequentially, read with pread() so that
// worker threads can read at once without sharing a file position.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "karabakh_diff/pipeline.h"

namespace kd {

SourceSpill::~SourceSpill() {
  if (fd_ >= 0) ::close(fd_);
}

Status SourceSpill::put(size_t index, DocumentResult& result) {
  if (!result.source) return Ok{};
  if (fd_ < 0) {
    std::FILE* f = std::tmpfile();
    if (!f) return Error{std::string("cannot create a temporary file: ") + std::strerror(errno)};
    fd_ = ::dup(fileno(f));
    std::fclose(f);  // the dup keeps the unlinked file open
    if (fd_ < 0)
      return Error{std::string("cannot create a temporary file: ") + std::strerror(errno)};
  }
  const std::string& bytes = *result.source;
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t n =
        ::pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(size_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Error{std::string("cannot write a temporary file: ") + std::strerror(errno)};
    done += static_cast<size_t>(n);
  }
  where_[index] = {size_, bytes.size()};
  size_ += bytes.size();
  result.source.reset();
  return Ok{};
}

std::optional<std::string> SourceSpill::get(size_t index) const {
  auto it = where_.find(index);
  if (it == where_.end() || fd_ < 0) return std::nullopt;
  std::string bytes(it->second.second, '\0');
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::pread(fd_, bytes.data() + done, bytes.size() - done,
                              static_cast<off_t>(it->second.first + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::nullopt;
    done += static_cast<size_t>(n);
  }
  return bytes;
}

}  // namespace kd
