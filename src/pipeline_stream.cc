// The per-document step on several threads (process_documents), with
// results handed back in input order by run_ordered (pipeline_ordered.h);
// GuessBook; parallel_for. std::thread only: no external dependency.
//
// The guess of the run's facts each input gets comes from the results
// handed over so far (GuessBook): the same for any number of jobs.
#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "pipeline_internal.h"

namespace kd::pipeline {

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
  // Input i's guess is taken when it starts and the book grows as results
  // are handed over, both under the run's lock (see GuessBook).
  struct Produced {
    std::shared_ptr<const CorpusFacts> guess;
    DocumentResult result;
    std::string text;
  };
  pipeline::GuessBook book;
  pipeline::OrderedSteps<Produced> steps;
  steps.ready = [&](size_t i) { return book.ready(i); };
  steps.start = [&](size_t i, Produced& out) { out.guess = book.guess(i); };
  steps.produce = [&](size_t i, Produced& out) -> Status {
    out.result = pipeline::process_path(paths[i], ctx, *out.guess);
    out.guess.reset();
    if (render) {
      out.text = render(out.result);
    } else {
      out.text.clear();
    }
    return Ok{};
  };
  steps.taken = [&](size_t i, const Produced& r) { book.add(i, r.result); };
  steps.consume = [&](size_t, Produced& r) -> Status {
    // What the sink does not take stays in the recycled result until the
    // next produce overwrites it: at most a window and a result per thread.
    sink(std::move(r.result), std::move(r.text));
    return Ok{};
  };
  // Never fails: problems are DocumentResult::error; exceptions pass through.
  pipeline::run_ordered(paths.size(), static_cast<size_t>(effective_jobs(options.jobs)), steps);
}

}  // namespace kd
