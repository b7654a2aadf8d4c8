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
         lib/pkgconfig/undoc.pc share/man/man1/undoc.1 share/bash-completion/completions/undoc \
         share/zsh/vendor-completions/_undoc share/fish/vendor_completions.d/undoc.fish \
         share/undoc/schema/undoc-1.schema.json share/undoc/schema/undoc-1-row.schema.json \
         share/undoc/schema/undoc-1-token-row.schema.json; do
  [ -e "$T/prefix/$f" ] || { echo "FAIL: not installed: $f"; exit 1; }
done
"$T/prefix/bin/undoc" --version
# the PDF module beside the installed program (a prefix anywhere: looked for from the program's place)
if [ -e "$T/prefix/lib/undoc/libundoc-pdf.so" ]; then
  env -u UNDOC_PDF_MODULE "$T/prefix/bin/undoc" parse -q "$ROOT/samples/a-62-87-humanitarian-report.pdf" |
    /usr/bin/python3 -c "import json, sys; assert json.load(sys.stdin)['source']['format'] == 'pdf'" ||
    { echo "FAIL: the installed undoc does not read PDF files"; exit 1; }
fi
PKG_CONFIG_PATH="$T/prefix/lib/pkgconfig" pkg-config --cflags --libs undoc
cmake -S "$ROOT/tests/install/consumer" -B "$T/consumer" -DCMAKE_PREFIX_PATH="$T/prefix" > /dev/null
cmake --build "$T/consumer" -j2 > /dev/null
"$T/consumer/consumer"
bash -n "$T/prefix/share/bash-completion/completions/undoc"
# the completions complete: bash and fish asked for real, zsh loaded by its completion system
bash -c "source '$T/prefix/share/bash-completion/completions/undoc'; COMP_WORDS=(undoc tokens --l); COMP_CWORD=2; _undoc;
         [ \"\${COMPREPLY[*]}\" = '--lenient --lines' ]" || { echo "FAIL: bash completion"; exit 1; }
if command -v fish > /dev/null; then
  fish -c "source '$T/prefix/share/fish/vendor_completions.d/undoc.fish'; complete -C 'undoc tokens --li'" |
    grep '^--lines' > /dev/null || { echo "FAIL: fish completion"; exit 1; }
fi
if command -v zsh > /dev/null; then
  zsh -fc "fpath=('$T/prefix/share/zsh/vendor-completions' \$fpath); autoload -U +X _undoc && whence -w _undoc" > /dev/null ||
    { echo "FAIL: zsh completion"; exit 1; }
fi
man -l "$T/prefix/share/man/man1/undoc.1" > /dev/null 2>&1 || groff -man -Tutf8 "$T/prefix/share/man/man1/undoc.1" > /dev/null 2>&1 || true
echo "installed and used from another project"
