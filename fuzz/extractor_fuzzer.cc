// libFuzzer target: UTF-8 text -> kd::load_bytes + kd::extract (fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return kd::fuzz::fuzz_extractor(data, size);
}
