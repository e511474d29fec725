// libFuzzer target: raw bytes of a file -> kd::load_bytes (fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return kd::fuzz::fuzz_loader(data, size);
}
