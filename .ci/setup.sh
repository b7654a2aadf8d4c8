#!/usr/bin/env bash
# Set up undoc on a fresh Debian machine.
#   bash .ci/setup.sh sample   install, build, and parse the sample document
#   bash .ci/setup.sh test     install (with the test tools), build, run every test
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-sample}

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
packages=(cmake make g++ pkg-config libcli11-dev libicu-dev nlohmann-json3-dev libfmt-dev libssl-dev libpoppler-cpp-dev)
[ "$mode" = test ] && packages+=(libgtest-dev python3 python3-jsonschema)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

tests=OFF
[ "$mode" = test ] && tests=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DUNDOC_BUILD_TESTS=$tests > /dev/null
cmake --build build -j2 >&2

case "$mode" in
  sample) ./build/undoc parse samples/a-61-hearings-migration-summary.txt ;;
  test)
    ctest --test-dir build --output-on-failure -j2
    # the same suite again under AddressSanitizer and UndefinedBehaviorSanitizer
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DUNDOC_BUILD_TESTS=ON \
      -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" > /dev/null
    cmake --build build-asan -j2 >&2
    LSAN_OPTIONS=suppressions=$PWD/.ci/lsan.supp ctest --test-dir build-asan --output-on-failure -j2 ;;
  *) echo "usage: bash .ci/setup.sh sample|test" >&2; exit 2 ;;
esac
