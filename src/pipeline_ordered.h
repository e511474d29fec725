// The ordered window of threads (run_ordered) behind the per-document step
// (process_documents) and the streamed readers and renderers (ordered_for):
// inputs 0..n-1 are produced on `jobs` threads and handed over to one sink,
// on the calling thread, in input order (private).
//
// Threads take the next input index from a shared counter, but never run
// more than kWindowPerJob * jobs inputs ahead of the oldest result not yet
// handed over; so memory stays bounded by the window, not by n, and a slow
// input only holds back the results queued behind it. The calling thread
// produces too while the next result is not ready, so that `jobs` threads in
// all do the work and none only waits (a thread that only waited woke for
// every document, which cost more than a tenth of the run in context
// switches on 2 cores).
#ifndef KARABAKH_DIFF_SRC_PIPELINE_ORDERED_H_
#define KARABAKH_DIFF_SRC_PIPELINE_ORDERED_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "karabakh_diff/status.h"

namespace kd::pipeline {

inline constexpr size_t kWindowPerJob = 8;

// What run_ordered does with input i; T is a result, default-constructible and
// swappable. Results are recycled: `out` holds an old result (or T{}) that
// produce must overwrite or clear, so that buffers are reused.
template <class T>
struct OrderedSteps {
  // With the run's lock held (optional): whether input i may start yet,
  // besides the window; it must become true once all results before i are
  // taken, or the run waits forever.
  std::function<bool(size_t i)> ready;
  // With the run's lock held, when input i starts (optional): what it takes
  // from state that `taken` changes.
  std::function<void(size_t i, T& out)> start;
  // With no lock held, on any of the threads.
  std::function<Status(size_t i, T& out)> produce;
  // With the run's lock held, on the calling thread, in input order
  // (optional): result i, before it is consumed; only a successful one.
  std::function<void(size_t i, const T& result)> taken;
  // With no lock held, on the calling thread, in input order.
  std::function<Status(size_t i, T& result)> consume;
};

// Runs `steps` for inputs 0..n-1 on up to `jobs` threads, the calling one
// included. Stops at the first failure in input order, of produce or of
// consume: no result after it is consumed, and the error is returned. An
// exception of any step is rethrown on the calling thread, in input order,
// after the other threads stopped. With one job, no thread is started.
template <class T>
Status run_ordered(size_t n, size_t jobs, const OrderedSteps<T>& steps);

// run_ordered over text results: produce(i, out_i) for i in 0..n-1 on up
// to `jobs` threads, each result handed to consume(i, out_i) on the calling
// thread in order of i; at most kWindowPerJob * jobs results wait at a time.
// Stops at the first failure (of either), in order: results after it are not
// consumed. `out_i` comes cleared (a recycled buffer).
Status ordered_for(size_t n, int jobs, const std::function<Status(size_t, std::string&)>& produce,
                   const std::function<Status(size_t, std::string&)>& consume);

// A run of run_ordered; one object per call.
template <class T>
class OrderedRun {
 public:
  OrderedRun(size_t n, size_t threads, const OrderedSteps<T>& steps)
      : n_(n), window_(kWindowPerJob * threads), steps_(steps), slots_(window_) {}

  // A thread besides the calling one: produces until none is left or the run stops.
  void work() {
    T out;
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      space_.wait(lock, [&] { return stop_ || next_ >= n_ || may_start(); });
      if (stop_ || next_ >= n_) return;
      run_next(lock, out);
    }
  }

  // The calling thread: hands results over in order, producing while the
  // next one is not ready. Returns at the first failure or once all are consumed.
  Status drain() {
    T out, scratch;
    for (size_t i = 0; i < n_; ++i) {
      Slot& slot = slots_[i % window_];
      {
        std::unique_lock<std::mutex> lock(mu_);
        while (!slot.ready) {
          if (may_start()) {
            run_next(lock, scratch);  // input i itself can always start: no deadlock
          } else {
            ready_cv_.wait(lock);
          }
        }
        slot.ready = false;
        if (slot.thrown) std::rethrow_exception(std::exchange(slot.thrown, nullptr));
        if (!slot.status.ok()) return std::exchange(slot.status, Ok{});
        if (steps_.taken) steps_.taken(i, slot.value);
        std::swap(out, slot.value);  // the slot keeps the old buffers for a producer
        taken_ = i + 1;
      }
      space_.notify_all();
      if (Status s = steps_.consume(i, out); !s.ok()) return s;
    }
    return Ok{};
  }

  void stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    space_.notify_all();
  }

 private:
  struct Slot {
    bool ready = false;
    Status status = Ok{};
    std::exception_ptr thrown;
    T value{};
  };

  // Whether input next_ may start: inside the window, and ready for `steps_`.
  bool may_start() const {
    return next_ < n_ && next_ < taken_ + window_ && (!steps_.ready || steps_.ready(next_));
  }

  // Produces input next_ into its slot with mu_ released; `lock` is held on
  // entry and exit. Slot next_ % window_ is free: its input was taken.
  void run_next(std::unique_lock<std::mutex>& lock, T& out) {
    const size_t i = next_++;
    Status status = Ok{};
    std::exception_ptr thrown;
    try {
      if (steps_.start) steps_.start(i, out);
      lock.unlock();
      status = steps_.produce(i, out);
    } catch (...) {
      thrown = std::current_exception();  // e.g. the producer could not allocate
    }
    if (!lock.owns_lock()) lock.lock();
    Slot& slot = slots_[i % window_];
    slot.status = std::move(status);
    slot.thrown = std::move(thrown);
    std::swap(slot.value, out);
    slot.ready = true;
    if (i == taken_) ready_cv_.notify_one();  // only the calling thread waits, for taken_
  }

  const size_t n_, window_;
  const OrderedSteps<T>& steps_;
  std::mutex mu_;
  std::condition_variable space_, ready_cv_;
  size_t next_ = 0, taken_ = 0;  // guarded by mu_, as are slots_
  bool stop_ = false;
  std::vector<Slot> slots_;  // result i waits in slot i % window_
};

template <class T>
Status run_ordered(size_t n, size_t jobs, const OrderedSteps<T>& steps) {
  const size_t threads = std::min(n, std::max<size_t>(1, jobs));
  if (threads <= 1) {
    T out;
    for (size_t i = 0; i < n; ++i) {
      if (steps.start) steps.start(i, out);
      if (Status s = steps.produce(i, out); !s.ok()) return s;
      if (steps.taken) steps.taken(i, out);
      if (Status s = steps.consume(i, out); !s.ok()) return s;
    }
    return Ok{};
  }
  OrderedRun<T> run(n, threads, steps);
  std::vector<std::thread> pool;
  Status result = Ok{};
  std::exception_ptr failure;
  try {
    for (size_t t = 1; t < threads; ++t) pool.emplace_back([&run] { run.work(); });
    result = run.drain();
  } catch (...) {
    failure = std::current_exception();  // e.g. the sink could not allocate
  }
  run.stop();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return result;
}

}  // namespace kd::pipeline

#endif  // KARABAKH_DIFF_SRC_PIPELINE_ORDERED_H_
