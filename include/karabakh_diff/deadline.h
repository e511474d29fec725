// A point in time after which the work on one document should stop. Stages
// check it cooperatively (between paragraphs and sentences) and return early
// with partial results; the caller sees expired() and discards them. Threads
// are never killed, so nothing is left half-destroyed.
#ifndef KARABAKH_DIFF_DEADLINE_H_
#define KARABAKH_DIFF_DEADLINE_H_

#include <chrono>

namespace kd {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  // Never expires.
  Deadline() = default;
  explicit Deadline(Clock::time_point at) : at_(at), set_(true) {}
  static Deadline in(Clock::duration d) { return Deadline(Clock::now() + d); }

  // Reads the clock (tens of nanoseconds): fine once per sentence, not per byte.
  bool expired() const { return set_ && Clock::now() >= at_; }

 private:
  Clock::time_point at_{};
  bool set_ = false;
};

// True when `deadline` is set and has passed (a null deadline never expires).
inline bool expired(const Deadline* deadline) { return deadline && deadline->expired(); }

}  // namespace kd

#endif  // KARABAKH_DIFF_DEADLINE_H_
