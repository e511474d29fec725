#!/usr/bin/env bash
# Installs the Debian packages karabakh-diff needs to build and test, only
# those missing (a no-op, without network, when all are there).
set -euo pipefail
packages=(cmake ninja-build g++ pkg-config libcli11-dev libicu-dev nlohmann-json3-dev libfmt-dev
          libgtest-dev libgmock-dev libbenchmark-dev libmimalloc-dev python3 python3-jsonschema
          clang libclang-rt-14-dev parallel chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
