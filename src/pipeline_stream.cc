// Worker threads for the per-document step, with results handed back in
// input order. std::thread only: no external dependency.
//
// Threads (the calling one too, between the results it hands over) take
// the next input index from a shared counter, but never run
// more than kWindowPerJob * jobs inputs ahead of the oldest result not yet
// handed to the sink; so memory stays bounded by the window, not the run,
// and a slow document only holds back the results queued behind it. The
// guess of the run's facts each input gets comes from the results handed
// over so far (GuessBook): the same for any number of jobs.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "pipeline_internal.h"

namespace kd::pipeline {

namespace {

class OrderedRun {
 public:
  using Render = std::function<std::string(const DocumentResult&)>;
  using Sink = std::function<void(DocumentResult&&, std::string&&)>;

  OrderedRun(const std::vector<std::string>& paths, const Context& ctx, size_t jobs,
             const Render& render)
      : paths_(paths), ctx_(ctx), window_(kWindowPerJob * jobs), render_(render) {}

  // A worker thread: processes inputs until none is left or the run stops.
  void work() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      space_.wait(lock, [&] { return stop_ || next_ >= paths_.size() || may_start(); });
      if (stop_ || next_ >= paths_.size()) return;
      run_next(lock);
    }
  }

  // The calling thread: hands results to `sink` in order, and processes
  // inputs itself while the next result is not ready, so that `jobs`
  // threads in all do the work and none only waits (a thread that only
  // waited woke for every document, which cost more than a tenth of the
  // run in context switches on 2 cores). Returns once all are handed.
  void drain(const Sink& sink) {
    for (size_t i = 0; i < paths_.size(); ++i) {
      std::pair<DocumentResult, std::string> r;
      {
        std::unique_lock<std::mutex> lock(mu_);
        // Input i itself can always start if no thread has it: no deadlock.
        while (ready_.count(i) == 0) {
          if (may_start()) {
            run_next(lock);
          } else {
            ready_cv_.wait(lock);
          }
        }
        auto it = ready_.find(i);
        r = std::move(it->second);
        ready_.erase(it);
        book_.add(i, r.first);
        emitted_ = i + 1;
      }
      space_.notify_all();
      sink(std::move(r.first), std::move(r.second));
    }
  }

  void stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
    space_.notify_all();
  }

 private:
  // Whether input next_ may start: inside the window, and its guess known.
  bool may_start() const {
    return next_ < paths_.size() && next_ < emitted_ + window_ && book_.ready(next_);
  }

  // Processes input next_ with mu_ released; `lock` is held on entry and exit.
  void run_next(std::unique_lock<std::mutex>& lock) {
    const size_t i = next_++;
    const std::shared_ptr<const CorpusFacts> guess = book_.guess(i);
    lock.unlock();
    DocumentResult r = process_path(paths_[i], ctx_, *guess);
    std::string text = render_ ? render_(r) : std::string();
    lock.lock();
    ready_.emplace(i, std::make_pair(std::move(r), std::move(text)));
    // Only the calling thread waits for a result, and only for result emitted_.
    if (i == emitted_) ready_cv_.notify_one();
  }

  const std::vector<std::string>& paths_;
  const Context& ctx_;
  const size_t window_;
  const Render& render_;
  GuessBook book_;  // guarded by mu_
  std::mutex mu_;
  std::condition_variable space_, ready_cv_;
  size_t next_ = 0, emitted_ = 0;
  bool stop_ = false;
  std::map<size_t, std::pair<DocumentResult, std::string>> ready_;
};

}  // namespace

void GuessBook::add(size_t index, const DocumentResult& result) {
  if (!result.error) tally_.add(result.document.doc.published, result.evidence);
  added_ = index + 1;
  if (added_ % kBlock != 0) return;
  at_[added_] = std::make_shared<const CorpusFacts>(tally_.facts());
  while (at_.size() > 2) at_.erase(at_.begin());
}

std::shared_ptr<const CorpusFacts> GuessBook::guess(size_t i) const {
  static const auto kNothing = std::make_shared<const CorpusFacts>();
  auto it = at_.find(boundary(i));
  return it == at_.end() ? kNothing : it->second;
}

void parallel_for(size_t n, int jobs, const std::function<void(size_t)>& body) {
  const size_t threads = std::min(n, static_cast<size_t>(std::max(1, jobs)));
  std::atomic<size_t> next{0};
  auto loop = [&] {
    for (size_t i = next++; i < n; i = next++) body(i);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(loop);
  loop();
  for (std::thread& t : pool) t.join();
}

Status ordered_for(size_t n, int jobs, const std::function<Status(size_t, std::string&)>& produce,
                   const std::function<Status(size_t, std::string&)>& consume) {
  const size_t threads = std::min(n, static_cast<size_t>(std::max(1, jobs)));
  if (threads <= 1) {
    std::string out;
    for (size_t i = 0; i < n; ++i) {
      out.clear();
      if (Status s = produce(i, out); !s.ok()) return s;
      if (Status s = consume(i, out); !s.ok()) return s;
    }
    return Ok{};
  }
  // Result i waits in slot i % window until the calling thread takes it.
  // The calling thread produces too while the next result is not ready, as
  // OrderedRun::drain does, so `threads` threads in all do the work.
  struct Slot {
    bool ready = false;
    Status status = Ok{};
    std::string out;
  };
  const size_t window = kWindowPerJob * threads;
  std::vector<Slot> slots(window);
  std::mutex mu;
  std::condition_variable space, ready;
  size_t next = 0, taken = 0;
  bool stop = false;
  auto may_start = [&] { return next < n && next < taken + window; };
  // Produces input `next` with mu released; `lock` is held on entry and exit.
  auto run_next = [&](std::unique_lock<std::mutex>& lock, std::string& out) {
    const size_t i = next++;
    lock.unlock();
    out.clear();
    Status status = produce(i, out);
    lock.lock();
    Slot& slot = slots[i % window];
    slot.status = std::move(status);
    slot.out.swap(out);  // the slot's old buffer is reused for the next result
    slot.ready = true;
    if (i == taken) ready.notify_one();  // only the calling thread waits, for `taken`
  };
  auto work = [&] {
    std::string out;
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      space.wait(lock, [&] { return stop || next >= n || may_start(); });
      if (stop || next >= n) return;
      run_next(lock, out);
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  Status result = Ok{};
  std::exception_ptr failure;
  std::string out, scratch;
  for (size_t i = 0; i < n; ++i) {
    try {
      std::unique_lock<std::mutex> lock(mu);
      Slot& slot = slots[i % window];
      while (!slot.ready) {
        if (may_start()) {
          run_next(lock, scratch);  // input i itself can always start: no deadlock
        } else {
          ready.wait(lock);
        }
      }
      slot.ready = false;
      result = std::move(slot.status);
      slot.status = Ok{};
      out.swap(slot.out);
      taken = i + 1;
    } catch (...) {
      failure = std::current_exception();  // e.g. the producer could not allocate
      break;
    }
    space.notify_all();
    if (!result.ok()) break;
    try {
      result = consume(i, out);
    } catch (...) {
      failure = std::current_exception();  // e.g. the sink could not allocate
    }
    if (!result.ok() || failure) break;
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    stop = true;
  }
  space.notify_all();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return result;
}

}  // namespace kd::pipeline

namespace kd {

int effective_jobs(int jobs) {
  if (jobs > 0) return jobs;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void process_documents(const std::vector<std::string>& paths, const Lexicon& lexicon,
                       const Comparer& comparer, const RunOptions& options,
                       const std::function<void(DocumentResult&&)>& sink) {
  process_documents(paths, lexicon, comparer, options, nullptr,
                    [&](DocumentResult&& r, std::string&&) { sink(std::move(r)); });
}

void process_documents(const std::vector<std::string>& paths, const Lexicon& lexicon,
                       const Comparer& comparer, const RunOptions& options,
                       const std::function<std::string(const DocumentResult&)>& render,
                       const std::function<void(DocumentResult&&, std::string&&)>& sink) {
  const pipeline::Context ctx{lexicon, comparer, options};
  const size_t jobs = std::min(paths.size(), static_cast<size_t>(effective_jobs(options.jobs)));
  if (jobs <= 1) {
    pipeline::GuessBook book;
    for (size_t i = 0; i < paths.size(); ++i) {
      DocumentResult r = pipeline::process_path(paths[i], ctx, *book.guess(i));
      book.add(i, r);
      std::string text = render ? render(r) : std::string();
      sink(std::move(r), std::move(text));
    }
    return;
  }
  pipeline::OrderedRun run(paths, ctx, jobs, render);
  std::vector<std::thread> workers;  // and the calling thread, in drain()
  for (size_t t = 1; t < jobs; ++t) workers.emplace_back([&run] { run.work(); });
  std::exception_ptr failure;
  try {
    run.drain(sink);
  } catch (...) {
    failure = std::current_exception();  // e.g. the sink could not allocate
  }
  run.stop();
  for (std::thread& t : workers) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kd
