#!/bin/sh
# Whole-CLI benchmark: throughput (MB/s of article bytes) and peak memory
# (max RSS, /usr/bin/time) of karabakh-diff on a generated corpus, with 1 job
# and with N jobs.
#
#   bench/run.sh [MB] [JOBS]        defaults: 200 MB, all cores
#
# Environment: BUILD (default build-perf-bench: a build configured with
# -DKD_BUILD_BENCHMARKS=ON), CORPUS (default /tmp/kd-corpus-<MB>mb), SEED (1).
# The corpus is generated once by make_corpus (3 KB articles recombined from
# data/) and reused; the same MB and SEED give the same bytes.
set -eu
cd "$(dirname "$0")/.."
MB=${1:-200}
JOBS=${2:-$(nproc)}
BUILD=${BUILD:-build-perf-bench}
CORPUS=${CORPUS:-/tmp/kd-corpus-${MB}mb}
SEED=${SEED:-1}

if [ ! -x "$BUILD/karabakh-diff" ] || [ ! -x "$BUILD/bench/make_corpus" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKD_BUILD_BENCHMARKS=ON \
    -DKD_BUILD_TESTS=OFF > /dev/null
fi
cmake --build "$BUILD" --target karabakh-diff make_corpus > /dev/null
BIN=$(pwd)/$BUILD/karabakh-diff

if [ ! -f "$CORPUS/.done" ]; then
  rm -rf "$CORPUS"
  "$BUILD/bench/make_corpus" --out "$CORPUS" --bytes "${MB}000000" --seed "$SEED"
  touch "$CORPUS/.done"
fi
BYTES=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
FILES=$(find "$CORPUS" -name '*.txt' | wc -l)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# measure NAME COMMAND...: runs COMMAND in the corpus directory (so that the
# file list is short: 000001.txt ...); prints wall and CPU seconds, MB/s of
# each, and peak RSS. On a shared machine, the CPU time says more about the
# program than the wall time, which depends on the neighbours.
measure() {
  name=$1
  shift
  (cd "$CORPUS" && /usr/bin/time -f "%e %U %S %M" -o "$TMP/time" sh -c "$*" > /dev/null \
    2> "$TMP/err") || true
  # The last line: time(1) puts "Command exited with non-zero status" first.
  tail -n 1 "$TMP/time" | awk -v n="$name" -v b="$BYTES" '{
    printf "%-42s %7.1f s %6.1f MB/s | cpu %7.1f s %5.1f MB/s | %6.0f MB RSS\n",
           n, $1, b / 1e6 / $1, $2 + $3, b / 1e6 / ($2 + $3), $4 / 1024 }'
}

echo "corpus: $CORPUS, $FILES articles, $BYTES bytes; $(nproc) cores; jobs 1 and $JOBS"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "extract --jobs 1 (JSONL to /dev/null)" "$BIN extract --jobs 1 *.txt"
measure "extract --jobs $JOBS (JSONL to /dev/null)" "$BIN extract --jobs $JOBS *.txt"
measure "one-shot --jobs 1 --format json" "$BIN --jobs 1 --format json *.txt"
measure "one-shot --jobs $JOBS --format json" "$BIN --jobs $JOBS --format json *.txt"
measure "one-shot --jobs $JOBS (text report)" "$BIN --jobs $JOBS --color never *.txt"
(cd "$CORPUS" && "$BIN" extract --jobs "$JOBS" *.txt > "$TMP/x.jsonl" 2> /dev/null) || true
measure "compare (JSONL of extract, text report)" "$BIN compare --color never $TMP/x.jsonl"
echo "extract output: $(wc -c < "$TMP/x.jsonl") bytes of JSONL"

# One 100 MB file without a line break: rejected by the default size limit,
# and processed (or skipped by the time guard) when the limit is raised.
"$BUILD/bench/make_corpus" --single-line "$TMP/line.txt" --bytes 100000000 --seed "$SEED"
BYTES=100000000
measure "100 MB single line, default limit" "$BIN $TMP/line.txt"
echo "  $(cat "$TMP/err")"
measure "100 MB single line, --max-file-size 200000000" \
  "$BIN --max-file-size 200000000 --format json $TMP/line.txt"
echo "  $(head -c 300 "$TMP/err")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
