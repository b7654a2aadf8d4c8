#!/usr/bin/env bash
# Set up undoc on a fresh Debian machine.
#   bash .ci/setup.sh sample   install, build, and parse the sample document
#   bash .ci/setup.sh test     install (with the test tools), build, run every test
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-sample}

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
# (poppler-data: the mappings of the Chinese fonts a PDF may not embed, Adobe-GB1)
packages=(cmake make g++ pkg-config libcli11-dev libicu-dev nlohmann-json3-dev libfmt-dev libssl-dev libpoppler-cpp-dev
          poppler-data)
[ "$mode" = test ] && packages+=(libgtest-dev python3 python3-jsonschema dpkg-dev zsh fish python3-distributed mupdf-tools)

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

# the SARIF Multitool (MIT; a self-contained Linux binary in an npm package),
# for the SARIF validation test
# (npm from Debian when the machine has none; without the registry the test is skipped)
multitool=build/sarif-tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ "$mode" = test ] && [ ! -x "$multitool" ]; then
  command -v npm > /dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm > /dev/null
  if npm install --prefix build/sarif-tools --no-audit --no-fund --loglevel=error \
       @microsoft/sarif-multitool-linux@5.7.0 >&2; then
    chmod u+x "$multitool"
  else
    echo "setup: could not install the SARIF Multitool from npm; ctest sarif.validators will be skipped" >&2
  fi
fi

case "$mode" in
  sample) ./build/undoc parse samples/a-61-hearings-migration-summary.txt ;;
  test)
    # (UNDOC_DEB_INSTALL: the Debian package test installs the package with dpkg, uses it, removes it)
    UNDOC_DEB_INSTALL=1 ctest --test-dir build --output-on-failure -j2
    # the same suite again under AddressSanitizer and UndefinedBehaviorSanitizer
    # (at -O1, as the sanitizers advise: some twice as fast as -O0, the reports as good)
    # (line tables only, -g1: enough for the reports' stacks, and quicker to build than -g)
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DUNDOC_BUILD_TESTS=ON \
      -DCMAKE_CXX_FLAGS="-O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" > /dev/null
    cmake --build build-asan -j2 >&2
    LSAN_OPTIONS=suppressions=$PWD/.ci/lsan.supp ctest --test-dir build-asan --output-on-failure -j2
    # the fuzz targets for a bounded time, under ASan and UBSan, when clang is
    # there and UNDOC_CI_FUZZ=1 asks for them (their clang build is some five
    # minutes on a slow 2-core machine, which would take the run past 20)
    if [ "${UNDOC_CI_FUZZ:-0}" = 1 ] && command -v clang++ > /dev/null; then
      # (at -O1 -g1: a minute's fuzzing needs no more, and the build is the longer part)
      cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DUNDOC_BUILD_FUZZ=ON -DUNDOC_BUILD_TESTS=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" > /dev/null
      cmake --build build-fuzz -j2 >&2
      fuzz_corpus=$(mktemp -d)
      cp samples/*.txt fuzz/corpus/* "$fuzz_corpus/"
      LSAN_OPTIONS=suppressions=$PWD/.ci/lsan.supp build-fuzz/fuzz/undoc_fuzz -seed=1 -max_total_time=20 -max_len=8192 \
        -timeout=20 -rss_limit_mb=4096 "$fuzz_corpus" 2>&1 | tail -3
      # the tokenizer's own dictionary search against ICU's iterator
      LSAN_OPTIONS=suppressions=$PWD/.ci/lsan.supp build-fuzz/fuzz/undoc_tokens_fuzz -seed=1 -max_total_time=15 \
        -max_len=4096 -timeout=20 -rss_limit_mb=4096 "$fuzz_corpus" 2>&1 | tail -3
      if [ -x build-fuzz/fuzz/undoc_pdf_fuzz ]; then
        pdf_corpus=$(mktemp -d)
        cp samples/*.pdf tests/pdf/*/*.pdf "$pdf_corpus/" 2> /dev/null || true
        UNDOC_PDF_MODULE=$PWD/build-fuzz/libundoc-pdf.so LSAN_OPTIONS=suppressions=$PWD/.ci/lsan.supp \
          build-fuzz/fuzz/undoc_pdf_fuzz -seed=1 -max_total_time=20 \
          -timeout=30 -rss_limit_mb=4096 "$pdf_corpus" 2>&1 | tail -3
      fi
    fi ;;
  *) echo "usage: bash .ci/setup.sh sample|test" >&2; exit 2 ;;
esac
