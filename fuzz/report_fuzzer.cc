// libFuzzer target: up to four UTF-8 articles (split at form feeds) through
// load, extract, compare and every renderer (fuzz_report.h).
#include "fuzz_report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return kd::fuzz::fuzz_report(data, size);
}
