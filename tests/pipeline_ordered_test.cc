// pipeline::run_ordered, the ordered window of threads behind the
// per-document step, and ordered_for, the parallel map over it behind the
// streamed readers and renderers: results come back in input order for any
// number of jobs, at most a window of them wait at a time, and the first
// failure in input order stops the run (a status, or an exception).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "pipeline_internal.h"
#include "pipeline_ordered.h"

namespace kd::pipeline {
namespace {

// Work whose length varies with i, so that later inputs often finish first.
void uneven_work(size_t i) { std::this_thread::sleep_for(std::chrono::microseconds((i * 7) % 23)); }

TEST(OrderedForTest, ResultsComeBackInInputOrderForAnyNumberOfJobs) {
  const struct {
    size_t n;
    int jobs;
  } kCases[] = {{0, 2}, {1, 1}, {1, 4}, {5, 1}, {5, 3}, {100, 2}, {300, 3}, {300, 8}};
  for (const auto& c : kCases) {
    std::vector<std::atomic<int>> produced(c.n);
    std::vector<std::string> consumed;
    Status s = ordered_for(
        c.n, c.jobs,
        [&](size_t i, std::string& out) -> Status {
          EXPECT_TRUE(out.empty());  // comes cleared, even when a buffer is reused
          uneven_work(i);
          ++produced[i];
          out = "doc" + std::to_string(i);
          return Ok{};
        },
        [&](size_t i, std::string& out) -> Status {
          EXPECT_EQ(i, consumed.size());
          consumed.push_back(out);
          return Ok{};
        });
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(consumed.size(), c.n) << c.n << " inputs, " << c.jobs << " jobs";
    for (size_t i = 0; i < c.n; ++i) {
      EXPECT_EQ(consumed[i], "doc" + std::to_string(i));
      EXPECT_EQ(produced[i].load(), 1) << "input " << i << " produced once";
    }
  }
}

TEST(OrderedForTest, AtMostAWindowOfResultsWaits) {
  for (int jobs : {2, 3}) {
    const size_t window = kWindowPerJob * static_cast<size_t>(jobs);
    std::mutex mu;
    size_t started = 0, consumed = 0, most_ahead = 0;
    Status s = ordered_for(
        500, jobs,
        [&](size_t i, std::string&) -> Status {
          {
            std::lock_guard<std::mutex> lock(mu);
            ++started;
            most_ahead = std::max(most_ahead, started - consumed);
          }
          uneven_work(i);
          return Ok{};
        },
        [&](size_t, std::string&) -> Status {
          {
            std::lock_guard<std::mutex> lock(mu);
            ++consumed;
          }
          // A slow consumer: the producers run into the window.
          std::this_thread::sleep_for(std::chrono::microseconds(20));
          return Ok{};
        });
    ASSERT_TRUE(s.ok());
    // + 1: the result handed over may not be counted yet when the next starts.
    EXPECT_LE(most_ahead, window + 1) << jobs << " jobs";
    EXPECT_GT(most_ahead, 1u) << "the producers ran ahead of the consumer";
  }
}

// `jobs` threads in all, the calling thread one of them: a calling thread
// that only waited for results woke for every input (a context switch each,
// on a machine whose cores the producers already fill).
TEST(OrderedForTest, TheCallingThreadProducesToo) {
  for (int jobs : {2, 3}) {
    std::mutex mu;
    std::set<std::thread::id> producers;
    Status s = ordered_for(
        60, jobs,
        [&](size_t, std::string&) -> Status {
          {
            std::lock_guard<std::mutex> lock(mu);
            producers.insert(std::this_thread::get_id());
          }
          std::this_thread::sleep_for(std::chrono::microseconds(300));
          return Ok{};
        },
        [&](size_t, std::string&) -> Status { return Ok{}; });
    ASSERT_TRUE(s.ok());
    EXPECT_LE(producers.size(), static_cast<size_t>(jobs)) << jobs << " jobs";
    EXPECT_EQ(producers.count(std::this_thread::get_id()), 1u) << jobs << " jobs";
  }
}

TEST(OrderedForTest, FirstFailureInInputOrderStopsTheRun) {
  const struct {
    int jobs;
    size_t fail_produce, fail_consume;  // SIZE_MAX: never
    size_t consumed;                    // results consumed (successfully or not)
    std::string message;
  } kCases[] = {
      {1, 40, SIZE_MAX, 40, "cannot read 40"},  {3, 40, SIZE_MAX, 40, "cannot read 40"},
      {1, SIZE_MAX, 40, 41, "cannot write 40"}, {3, SIZE_MAX, 40, 41, "cannot write 40"},
      {3, 60, 40, 41, "cannot write 40"},       {3, 40, 60, 40, "cannot read 40"},
      {2, 0, SIZE_MAX, 0, "cannot read 0"},
  };
  for (const auto& c : kCases) {
    size_t consumed = 0;
    Status s = ordered_for(
        200, c.jobs,
        [&](size_t i, std::string&) -> Status {
          if (i == c.fail_produce) return Error{"cannot read " + std::to_string(i)};
          return Ok{};
        },
        [&](size_t i, std::string&) -> Status {
          ++consumed;
          if (i == c.fail_consume) return Error{"cannot write " + std::to_string(i)};
          return Ok{};
        });
    ASSERT_FALSE(s.ok()) << c.message << ", " << c.jobs << " jobs";
    EXPECT_EQ(s.error().message, c.message);
    EXPECT_EQ(consumed, c.consumed) << c.message << ", " << c.jobs << " jobs";
  }
}

TEST(OrderedForTest, ExceptionOfTheConsumerIsRethrownAfterTheWorkersStop) {
  size_t produced = 0;
  std::mutex mu;
  EXPECT_THROW(ordered_for(
                   1000, 2,
                   [&](size_t, std::string&) -> Status {
                     std::lock_guard<std::mutex> lock(mu);
                     ++produced;
                     return Ok{};
                   },
                   [&](size_t i, std::string&) -> Status {
                     if (i == 10) throw std::runtime_error("out of memory");
                     return Ok{};
                   }),
               std::runtime_error);
  EXPECT_LT(produced, 1000u) << "the workers stopped at the window";
}

// A result that is not a string: run_ordered recycles it between inputs.
struct Item {
  size_t input = SIZE_MAX;
  std::vector<int> payload;
};

TEST(RunOrderedTest, OrderIsKeptAndEveryStepRunsOnceForJobsOneToEight) {
  const size_t kSizes[] = {0, 1, 7, 64, 257};
  for (size_t jobs = 1; jobs <= 8; ++jobs) {
    for (size_t n : kSizes) {
      std::vector<std::atomic<int>> started(n), produced(n);
      std::vector<size_t> taken, consumed;
      OrderedSteps<Item> steps;
      steps.start = [&](size_t i, Item&) { ++started[i]; };
      steps.produce = [&](size_t i, Item& out) -> Status {
        uneven_work(i);
        ++produced[i];
        out.input = i;
        out.payload.assign(i % 5, static_cast<int>(i));
        return Ok{};
      };
      steps.taken = [&](size_t i, const Item& r) {
        EXPECT_EQ(r.input, i);
        taken.push_back(i);
      };
      steps.consume = [&](size_t i, Item& r) -> Status {
        EXPECT_EQ(taken.size(), i + 1) << "taken before it is consumed";
        EXPECT_EQ(r.input, i);
        EXPECT_EQ(r.payload, std::vector<int>(i % 5, static_cast<int>(i)));
        consumed.push_back(i);
        return Ok{};
      };
      ASSERT_TRUE(run_ordered(n, jobs, steps).ok());
      ASSERT_EQ(consumed.size(), n) << n << " inputs, " << jobs << " jobs";
      for (size_t i = 0; i < n; ++i) {
        EXPECT_EQ(consumed[i], i) << n << " inputs, " << jobs << " jobs";
        EXPECT_EQ(started[i].load(), 1) << "input " << i << ", " << jobs << " jobs";
        EXPECT_EQ(produced[i].load(), 1) << "input " << i << ", " << jobs << " jobs";
      }
    }
  }
}

// start and taken run under the run's lock, so the distance of a starting
// input from the results taken is exact: never a window or more.
TEST(RunOrderedTest, NoInputStartsAWindowOrMoreAheadOfTheResultsTaken) {
  for (size_t jobs : {2, 3, 5}) {
    const size_t window = kWindowPerJob * jobs;
    size_t taken = 0, most_ahead = 0;
    OrderedSteps<Item> steps;
    steps.start = [&](size_t i, Item&) { most_ahead = std::max(most_ahead, i - taken); };
    steps.produce = [&](size_t i, Item&) -> Status {
      uneven_work(i);
      return Ok{};
    };
    steps.taken = [&](size_t i, const Item&) { taken = i + 1; };
    steps.consume = [&](size_t, Item&) -> Status {
      std::this_thread::sleep_for(std::chrono::microseconds(30));  // a slow sink
      return Ok{};
    };
    ASSERT_TRUE(run_ordered(400, jobs, steps).ok());
    EXPECT_LT(most_ahead, window) << jobs << " jobs";
    EXPECT_GT(most_ahead, jobs) << "the producers ran ahead of the sink, " << jobs << " jobs";
  }
}

// The GuessBook pattern: what input i starts from may depend only on the
// results taken before a point that `ready` waits for, never on timing; so
// the results are the same for any number of jobs.
TEST(RunOrderedTest, AStateGrownByTakenResultsGivesTheSameResultsForAnyJobs) {
  const size_t kLag = 10, kN = 300;
  // Input i starts from the sum of results [0, from(i)).
  auto from = [&](size_t i) { return i < kLag ? 0 : i - kLag; };
  auto run = [&](size_t jobs) {
    std::vector<long long> prefix{0};  // prefix[k]: the sum of results [0, k)
    std::vector<long long> got;
    OrderedSteps<long long> steps;
    steps.ready = [&](size_t i) { return prefix.size() > from(i); };
    steps.start = [&](size_t i, long long& out) {
      ASSERT_GT(prefix.size(), from(i)) << "input " << i << " started before it was ready";
      out = prefix[from(i)];
    };
    steps.produce = [&](size_t i, long long& out) -> Status {
      uneven_work(i);
      out = out % 1000 + static_cast<long long>(i);
      return Ok{};
    };
    steps.taken = [&](size_t, const long long& r) { prefix.push_back(prefix.back() + r); };
    steps.consume = [&](size_t, long long& r) -> Status {
      got.push_back(r);
      return Ok{};
    };
    EXPECT_TRUE(run_ordered(kN, jobs, steps).ok());
    return got;
  };
  const std::vector<long long> one = run(1);
  ASSERT_EQ(one.size(), kN);
  for (size_t jobs = 2; jobs <= 8; ++jobs) EXPECT_EQ(run(jobs), one) << jobs << " jobs";
}

TEST(RunOrderedTest, AFailingProduceStopsTheRunWithItsStatus) {
  const struct {
    size_t jobs, fail_at, error_at;  // error_at: a second failure, later
  } kCases[] = {{1, 0, SIZE_MAX}, {1, 40, SIZE_MAX}, {2, 0, SIZE_MAX}, {2, 40, 41},
                {3, 40, 200},     {5, 99, SIZE_MAX}, {8, 40, 45},      {8, 199, SIZE_MAX}};
  for (const auto& c : kCases) {
    size_t consumed = 0;
    OrderedSteps<Item> steps;
    steps.produce = [&](size_t i, Item&) -> Status {
      uneven_work(i);
      if (i == c.fail_at || i == c.error_at) return Error{"cannot read " + std::to_string(i)};
      return Ok{};
    };
    steps.consume = [&](size_t, Item&) -> Status {
      ++consumed;
      return Ok{};
    };
    Status s = run_ordered(200, c.jobs, steps);
    ASSERT_FALSE(s.ok()) << c.fail_at << ", " << c.jobs << " jobs";
    EXPECT_EQ(s.error().message, "cannot read " + std::to_string(c.fail_at));
    EXPECT_EQ(consumed, c.fail_at) << c.jobs << " jobs";
  }
}

// An exception of produce, on whichever thread, becomes the run's failure at
// its place in input order: rethrown on the calling thread after the results
// before it, unless an earlier input failed first.
TEST(RunOrderedTest, AnExceptionOfProduceIsRethrownInInputOrder) {
  const struct {
    size_t jobs, throw_at, fail_at;  // fail_at: an Error status; SIZE_MAX: none
    bool throws;
    size_t consumed;
  } kCases[] = {
      {1, 30, SIZE_MAX, true, 30}, {2, 30, SIZE_MAX, true, 30}, {4, 30, SIZE_MAX, true, 30},
      {8, 0, SIZE_MAX, true, 0},   {3, 30, 20, false, 20},      {3, 30, 31, true, 30},
  };
  for (const auto& c : kCases) {
    size_t consumed = 0;
    OrderedSteps<Item> steps;
    steps.produce = [&](size_t i, Item&) -> Status {
      uneven_work(i);
      if (i == c.throw_at) throw std::runtime_error("out of memory");
      if (i == c.fail_at) return Error{"cannot read"};
      return Ok{};
    };
    steps.consume = [&](size_t, Item&) -> Status {
      ++consumed;
      return Ok{};
    };
    if (c.throws) {
      EXPECT_THROW(run_ordered(100, c.jobs, steps), std::runtime_error) << c.jobs << " jobs";
    } else {
      Status s = run_ordered(100, c.jobs, steps);
      ASSERT_FALSE(s.ok());
      EXPECT_EQ(s.error().message, "cannot read");
    }
    EXPECT_EQ(consumed, c.consumed) << c.throw_at << ", " << c.jobs << " jobs";
  }
}

}  // namespace
}  // namespace kd::pipeline
