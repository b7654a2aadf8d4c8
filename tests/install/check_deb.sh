#!/usr/bin/env bash
# cpack -G DEB makes a Debian package of the install: its control fields, its
# files (program, library, headers, CMake and pkg-config files, man page,
# bash/zsh/fish completions, schemas), and, with UNDOC_DEB_INSTALL=1 as root
# (CI sets it), a real install with dpkg: the installed undoc parses the
# sample, its man page and completions are where man and the shells look;
# then the package is removed.
#   check_deb.sh BUILD_DIR SAMPLE
set -euo pipefail
BUILD=$(realpath "$1") SAMPLE=$(realpath "$2")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd "$BUILD" && cpack -G DEB -B "$T" > "$T/cpack.log" 2>&1) || { cat "$T/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1; }
deb=$(ls "$T"/undoc_*.deb)
dpkg-deb -f "$deb" Package Version Architecture Depends
[ "$(dpkg-deb -f "$deb" Package)" = undoc ] || { echo "FAIL: package name"; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q libc6 || { echo "FAIL: no dependencies (dpkg-shlibdeps)"; exit 1; }
dpkg-deb -c "$deb" | awk '{print $6}' > "$T/files"
for f in ./usr/bin/undoc ./usr/lib/libundoc.a ./usr/include/undoc/undoc.hpp ./usr/lib/cmake/undoc/undocConfig.cmake \
         ./usr/lib/pkgconfig/undoc.pc ./usr/share/man/man1/undoc.1 ./usr/share/bash-completion/completions/undoc \
         ./usr/share/zsh/vendor-completions/_undoc ./usr/share/fish/vendor_completions.d/undoc.fish \
         ./usr/share/undoc/schema/undoc-1.schema.json ./usr/share/doc/undoc/LICENSE; do
  grep -qx "$f" "$T/files" || { echo "FAIL: not in the package: $f"; exit 1; }
done
echo "ok: the package holds the install"
if [ "${UNDOC_DEB_INSTALL:-0}" = 1 ] && [ "$(id -u)" -eq 0 ]; then
  dpkg -i "$deb" > /dev/null
  trap 'dpkg -r undoc > /dev/null 2>&1 || true; rm -rf "$T"' EXIT
  /usr/bin/undoc --version
  /usr/bin/undoc parse -q "$SAMPLE" | /usr/bin/python3 -c "import json, sys; d = json.load(sys.stdin); assert d['schema'] == 'undoc/1'"
  if grep -qx ./usr/lib/undoc/libundoc-pdf.so "$T/files"; then  # the PDF module, loaded from the installed place
    env -u UNDOC_PDF_MODULE /usr/bin/undoc parse -q "$(dirname "$SAMPLE")/a-62-87-humanitarian-report.pdf" |
      /usr/bin/python3 -c "import json, sys; assert json.load(sys.stdin)['source']['format'] == 'pdf'"
  fi
  man -w undoc > /dev/null 2>&1 || [ -f /usr/share/man/man1/undoc.1 ]
  bash -c 'source /usr/share/bash-completion/completions/undoc; COMP_WORDS=(undoc pa); COMP_CWORD=1; _undoc; [ "${COMPREPLY[*]}" = parse ]'
  if command -v fish > /dev/null; then fish -c 'complete -C "undoc pa"' | grep '^parse' > /dev/null; fi
  if command -v zsh > /dev/null; then
    zsh -fc 'fpath=(/usr/share/zsh/vendor-completions $fpath); autoload -U +X _undoc && whence -w _undoc' > /dev/null
  fi
  dpkg -r undoc > /dev/null
  [ ! -e /usr/bin/undoc ] || { echo "FAIL: dpkg -r left /usr/bin/undoc"; exit 1; }
  echo "ok: installed with dpkg, used, removed"
else
  echo "(not installed: set UNDOC_DEB_INSTALL=1 and run as root to install it for real)"
fi
echo "debian package checked"
