// One error channel at the library boundary: functions that can fail return
// Result<T> (a value or an Error). Only the CLI prints errors and picks exit codes.
#ifndef KARABAKH_DIFF_STATUS_H_
#define KARABAKH_DIFF_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace kd {

enum class Severity { kWarning, kError };

// Something a user should know about one input: it could not be read (kError)
// or was read with repairs (kWarning: invalid bytes replaced, guessed encoding).
struct Diagnostic {
  std::string path;
  Severity severity = Severity::kError;
  std::string message;  // one line, no trailing period, no path prefix
};

const char* to_string(Severity s);

// Why an operation failed. `message` is one line that a user can act on.
struct Error {
  std::string message;
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT: implicit by design
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  // Precondition: ok().
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  // Precondition: !ok().
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Ok {};
using Status = Result<Ok>;

}  // namespace kd

#endif  // KARABAKH_DIFF_STATUS_H_
