#!/usr/bin/env bash
# README command 1: set up, build, and compare the articles in data/.
# Extra arguments go to karabakh-diff (e.g. --format json).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >&2 || exit 2
exec ./build/karabakh-diff "$@" data/*.txt
