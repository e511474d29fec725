#!/usr/bin/env bash
# Short fuzz runs: builds the libFuzzer targets (fuzz/*_fuzzer.cc) with clang,
# ASan and UBSan in build-fuzz, then runs each for SECONDS (default 60) from a
# scratch copy of its seed corpus with the dictionary. Fails on any crash,
# sanitizer report, leak, timeout or out-of-memory; the input that did it is
# kept in build-fuzz/artifacts/TARGET/ (see README, Reliability).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   e.g. scripts/fuzz.sh 600 loader
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
bash scripts/setup.sh
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DKD_BUILD_FUZZERS=ON -DKD_BUILD_TESTS=OFF >/dev/null
fi
cmake --build build-fuzz --target kd_fuzzers --parallel "$(nproc)"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/*_fuzzer.cc; do targets+=("$(basename "$f" _fuzzer.cc)"); done
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for t in "${targets[@]}"; do
  # Seeds plus every input that once crashed (fuzz/regressions/TARGET), so a
  # fixed crash that comes back is found in the first second.
  mkdir -p "$scratch/$t/corpus" "$scratch/$t/artifacts"
  for d in "fuzz/corpus/$t" "fuzz/regressions/$t"; do
    [ -d "$d" ] && cp "$d"/* "$scratch/$t/corpus/" 2>/dev/null || true
  done
  # The quote marks and verbs, plus the target's own words (fuzz/TARGET.dict).
  cat fuzz/karabakh.dict > "$scratch/$t/dict"
  [ -f "fuzz/$t.dict" ] && cat "fuzz/$t.dict" >> "$scratch/$t/dict"
  # -timeout: one input taking 30 s is a hang; -rss_limit_mb: a blow-up.
  # stdin is /dev/null: nothing a fuzzed path names can wait on the terminal.
  if "build-fuzz/${t}_fuzzer" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
       -dict="$scratch/$t/dict" -artifact_prefix="$scratch/$t/artifacts/" \
       -print_final_stats=1 "$scratch/$t/corpus" </dev/null >"$scratch/$t/log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$t/log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$scratch/$t/log")
    echo "fuzz: $t: ${runs:-?} executions in ${seconds} s (${rate:-?}/s), no crash"
  else
    status=1
    mkdir -p "build-fuzz/artifacts/$t"
    cp "$scratch/$t/artifacts/"* "build-fuzz/artifacts/$t/" 2>/dev/null || true
    grep -E "ERROR|SUMMARY|invariant|runtime error|Test unit written" "$scratch/$t/log" | head -20 >&2
    echo "fuzz: $t: FAILED; inputs kept in build-fuzz/artifacts/$t/" \
         "(replay: build-fuzz/${t}_fuzzer FILE)" >&2
  fi
done
exit $status
