// libFuzzer target: `extract` JSON lines -> the reader of `compare`, a round
// trip, and the cross-document half (fuzz_jsonl.h).
#include "fuzz_jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return kd::fuzz::fuzz_jsonl(data, size);
}
