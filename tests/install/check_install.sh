#!/usr/bin/env bash
# cmake --install puts the program, the library, its headers, the CMake
# package, the pkg-config file, the man page and the bash completion in a
# prefix; a project outside the tree then builds against it with
# find_package(undoc) and runs undoc::convert.
#   check_install.sh BUILD_DIR
set -euo pipefail
BUILD=$1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cmake --install "$BUILD" --prefix "$T/prefix" > /dev/null
for f in bin/undoc include/undoc/undoc.hpp lib/libundoc.a lib/cmake/undoc/undocConfig.cmake \
         lib/pkgconfig/undoc.pc share/man/man1/undoc.1 share/bash-completion/completions/undoc; do
  [ -e "$T/prefix/$f" ] || { echo "FAIL: not installed: $f"; exit 1; }
done
"$T/prefix/bin/undoc" --version
PKG_CONFIG_PATH="$T/prefix/lib/pkgconfig" pkg-config --cflags --libs undoc
cmake -S "$ROOT/tests/install/consumer" -B "$T/consumer" -DCMAKE_PREFIX_PATH="$T/prefix" > /dev/null
cmake --build "$T/consumer" -j2 > /dev/null
"$T/consumer/consumer"
bash -n "$T/prefix/share/bash-completion/completions/undoc"
man -l "$T/prefix/share/man/man1/undoc.1" > /dev/null 2>&1 || groff -man -Tutf8 "$T/prefix/share/man/man1/undoc.1" > /dev/null 2>&1 || true
echo "installed and used from another project"
