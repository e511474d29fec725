// Stage 1 entry points: load_bytes runs decode -> normalize -> structure ->
// sentences; load_file adds file system checks, stdin and the sidecar.
//
// Outlet precedence: the article's own byline, else the sidecar
// NAME.meta.json (it describes this one file), else LoadOptions::outlet (one
// flag for the whole run). Published: dateline/byline date, else sidecar.
#include "karabakh_diff/loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>

#include "loader_decode.h"
#include "loader_normalize.h"
#include "loader_resources.h"
#include "loader_sentences.h"
#include "loader_structure.h"

namespace kd {

namespace {

struct Sidecar {
  std::optional<std::string> outlet;
  std::optional<Date> published;
};

std::string too_large(uint64_t size, uint64_t limit, bool exact = true) {
  return std::string("file too large (") + (exact ? "" : "more than ") + std::to_string(size) +
         " bytes, limit " + std::to_string(limit) + " bytes)";
}

// The first line of `bytes` longer than `limit` bytes, as "line L too long
// (...)"; nullopt when there is none. LF and a lone CR (old Mac files) end a
// line; L counts LFs. In UTF-16 the line feed's low byte ends the line too,
// which is close enough for a limit. A plain byte loop: about a second on
// 1 GB, so a 100 MB line is refused before any decoding.
std::optional<std::string> overlong_line(std::string_view bytes, uint64_t limit) {
  if (limit == 0 || bytes.size() <= limit) return std::nullopt;
  uint64_t line = 1, length = 0;
  for (const char& c : bytes) {
    if (c == '\n' || c == '\r') {
      line += c == '\n';
      length = 0;
    } else if (++length > limit) {
      size_t end = &c - bytes.data();
      while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') ++end;
      const size_t start = &c - bytes.data() + 1 - length;
      return "line " + std::to_string(line) + " too long (" + std::to_string(end - start) +
             " bytes, limit " + std::to_string(limit) + " bytes)";
    }
  }
  return std::nullopt;
}

uint64_t effective_limit(const LoadOptions& options) {
  return std::min<uint64_t>(options.max_file_size, kMaxDecodableBytes);
}

Result<Document> load_impl(std::string path, std::string_view bytes, const LoadOptions& options,
                           const LoadResources& resources, const Sidecar* sidecar,
                           std::vector<std::string> notes) {
  const uint64_t limit = effective_limit(options);
  if (bytes.size() > limit) return Error{too_large(bytes.size(), limit)};
  if (auto reason = overlong_line(bytes, options.max_line_length)) return Error{*reason};
  Result<Decoded> decoded = decode(bytes);
  if (!decoded.ok()) return decoded.error();

  Document doc;
  doc.path = std::move(path);
  doc.encoding = decoded.value().encoding;
  normalize(decoded.value(), doc.text, doc.offsets);
  if (doc.text.find_first_not_of(" \t\n") == std::string::npos) return Error{"empty file"};
  for (const std::string& w : decoded.value().warnings) notes.push_back(w);
  for (std::string& note : notes)
    doc.diagnostics.push_back({doc.path, Severity::kWarning, std::move(note)});

  find_structure(doc, resources);
  doc.sentences = split_sentences(doc.text, doc.paragraphs, resources.abbreviations);

  if (!doc.outlet && sidecar && sidecar->outlet) doc.outlet = sidecar->outlet;
  if (!doc.outlet && options.outlet && !options.outlet->empty()) doc.outlet = options.outlet;
  if (!doc.published && sidecar && sidecar->published) doc.published = sidecar->published;
  return doc;
}

std::string errno_message(int err) {
  switch (err) {
    case ENOENT:
    case ENOTDIR:
      return "no such file";
    case EACCES:
    case EPERM:
      return "permission denied";
    case EISDIR:
      return "is a directory";
    default:
      break;
  }
  std::string msg = std::strerror(err);
  if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
  return msg;
}

// Reads a stream of unknown size (stdin, a pipe) but never more than `limit`
// + 1 bytes.
Result<std::string> read_stream(std::FILE* in, uint64_t limit) {
  std::string bytes;
  char buf[1 << 16];
  for (;;) {
    const size_t got = std::fread(buf, 1, sizeof buf, in);
    if (got == 0) break;
    if (bytes.size() + got > limit) return Error{too_large(limit, limit, /*exact=*/false)};
    bytes.append(buf, got);
  }
  if (std::ferror(in)) return Error{errno_message(errno)};
  return bytes;
}

// NAME.meta.json for NAME.txt (or PATH.meta.json for a path without
// extension). Problems with it are warnings: the article itself is fine.
Sidecar read_sidecar(const std::string& path, std::vector<std::string>& notes) {
  Sidecar out;
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  const std::string stem = dot != std::string::npos && (slash == std::string::npos || dot > slash)
                               ? path.substr(0, dot)
                               : path;
  const std::string meta = stem + ".meta.json";
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(meta.c_str(), "rb"), std::fclose);
  if (!f) return out;
  Result<std::string> text = read_stream(f.get(), 1 << 20);
  const std::string name = meta.substr(slash == std::string::npos ? 0 : slash + 1);
  if (!text.ok()) {
    notes.push_back("ignoring " + name + ": " + text.error().message);
    return out;
  }
  nlohmann::json doc = nlohmann::json::parse(text.value(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    notes.push_back("ignoring " + name + ": not a JSON object");
    return out;
  }
  if (auto it = doc.find("outlet"); it != doc.end() && it->is_string() && !it->empty())
    out.outlet = it->get<std::string>();
  if (auto it = doc.find("published"); it != doc.end() && it->is_string()) {
    out.published = parse_iso_date(it->get<std::string>());
    if (!out.published) notes.push_back(name + ": published is not a YYYY-MM-DD date");
  }
  return out;
}

}  // namespace

Result<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions& options,
                            const LoadResources& resources) {
  return load_impl(std::move(path), bytes, options, resources, nullptr, {});
}

Result<std::string> read_input(const std::string& path, const LoadOptions& options) {
  const uint64_t limit = effective_limit(options);
  if (path == "-") return read_stream(stdin, limit);
  // open, fstat, one read, close: a corpus is tens of thousands of small
  // files, and system calls cost more than reading them. A stdio stream is
  // made only for what read_stream must read to an unknown end.
  struct Fd {
    int fd;
    ~Fd() {
      if (fd >= 0) ::close(fd);
    }
  } file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  const int fd = file.fd;
  if (fd < 0) return Error{errno_message(errno)};
  auto read_rest = [&](uint64_t rest_limit) -> Result<std::string> {
    const int copy = ::dup(fd);  // the stream closes its own descriptor
    if (copy < 0) return Error{errno_message(errno)};
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(::fdopen(copy, "rb"), std::fclose);
    if (!f) {
      const int err = errno;
      ::close(copy);
      return Error{errno_message(err)};
    }
    Result<std::string> rest = read_stream(f.get(), rest_limit);
    if (!rest.ok() && !std::ferror(f.get())) return Error{too_large(limit, limit, /*exact=*/false)};
    return rest;
  };
  struct stat st;
  if (::fstat(fd, &st) != 0) return Error{errno_message(errno)};
  if (S_ISDIR(st.st_mode)) return Error{"is a directory"};
  if (!S_ISREG(st.st_mode)) return read_rest(limit);  // a pipe or device
  if (static_cast<uint64_t>(st.st_size) > limit)
    return Error{too_large(static_cast<uint64_t>(st.st_size), limit)};
  // One byte more than stat said: a read that fills it means the file grew
  // since, or is a /proc-like file that reports size 0 yet has content. A
  // short read of a regular file is its end.
  std::string bytes(static_cast<size_t>(st.st_size) + 1, '\0');
  size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error{errno_message(errno)};
    got += static_cast<size_t>(n);
    if (n == 0 || got < bytes.size()) break;
  }
  bytes.resize(got);
  if (got > static_cast<size_t>(st.st_size)) {
    if (got > limit) return Error{too_large(limit, limit, /*exact=*/false)};
    Result<std::string> rest = read_rest(limit - got);
    if (!rest.ok()) return rest.error();
    bytes += rest.value();
  }
  return bytes;
}

Result<Document> load_file(const std::string& path, const LoadOptions& options,
                           const LoadResources& resources, std::string* bytes_read) {
  Result<std::string> bytes = read_input(path, options);
  if (!bytes.ok()) return bytes.error();
  std::vector<std::string> notes;
  Sidecar sidecar;
  if (path != "-") sidecar = read_sidecar(path, notes);
  Result<Document> doc = load_impl(path, bytes.value(), options, resources,
                                   path == "-" ? nullptr : &sidecar, std::move(notes));
  if (bytes_read) *bytes_read = std::move(bytes.value());
  return doc;
}

}  // namespace kd
