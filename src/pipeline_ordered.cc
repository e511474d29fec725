// ordered_for: run_ordered over text results, for the streamed readers and
// renderers.
#include "pipeline_ordered.h"

namespace kd::pipeline {

Status ordered_for(size_t n, int jobs, const std::function<Status(size_t, std::string&)>& produce,
                   const std::function<Status(size_t, std::string&)>& consume) {
  OrderedSteps<std::string> steps;
  steps.produce = [&](size_t i, std::string& out) {
    out.clear();  // a recycled buffer: keeps its capacity
    return produce(i, out);
  };
  steps.consume = std::cref(consume);
  return run_ordered(n, static_cast<size_t>(std::max(1, jobs)), steps);
}

}  // namespace kd::pipeline
