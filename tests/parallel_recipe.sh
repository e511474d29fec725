#!/bin/sh
# The GNU parallel recipe of README.md ("Performance and scale") on data/:
# extract in parallel jobs of two articles each, compare as the reduce step;
# the result must be the one-shot run's, byte for byte.
#   usage: parallel_recipe.sh KARABAKH_DIFF_BINARY SOURCE_DIR
set -eu
bin=$1
cd "$2"
command -v parallel > /dev/null || { echo "GNU parallel is not installed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Exit status 1 only means divergences were found.
"$bin" --format json data/*.txt > "$tmp/once.json" || [ $? -eq 1 ]
ls data/*.txt | parallel --will-cite -k -N 2 "$bin" extract --jobs 1 > "$tmp/extracted.jsonl"
"$bin" compare --format json "$tmp/extracted.jsonl" > "$tmp/split.json" || [ $? -eq 1 ]
cmp "$tmp/once.json" "$tmp/split.json"
# The same through a pipe, as on a single host.
ls data/*.txt | parallel --will-cite -k -N 3 "$bin" extract --jobs 1 |
  "$bin" compare --format json - > "$tmp/piped.json" || [ $? -eq 1 ]
cmp "$tmp/once.json" "$tmp/piped.json"
echo "parallel recipe: same output as the one-shot run"
