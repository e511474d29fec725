// pipeline::ordered_for, the parallel map behind the streamed renderers:
// results come back in input order for any number of jobs, at most a
// window of them wait at a time, and the first failure in input order
// stops the run (a status, or an exception of the consumer).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "pipeline_internal.h"

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

}  // namespace
}  // namespace kd::pipeline
