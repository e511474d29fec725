#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in
# a second build tree (build-asan) so the normal build/ is left alone.
# Usage: scripts/sanitize.sh   (incremental after the first run)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -f build-asan/CMakeCache.txt ]; then
  # Debug info with light optimisation: readable reports, bearable speed.
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKD_SANITIZE=ON >/dev/null
fi
cmake --build build-asan --parallel "$(nproc)"
# Any finding fails the test that triggered it: ASan aborts by default,
# UBSan does with -fno-sanitize-recover (cmake/sanitize.cmake); leaks count
# too. The end-to-end tests run build-asan/karabakh-diff, so they inherit these.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"
