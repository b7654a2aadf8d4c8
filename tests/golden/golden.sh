#!/usr/bin/env bash
# Golden tests: every file under samples/expected/ is the exact expected output
# of one undoc command on one sample. The file name says which:
# (samples/NAME.pdf where there is no samples/NAME.txt)
#   NAME.json              undoc parse samples/NAME.txt
#   NAME.analyzed.json     undoc parse --analyze samples/NAME.txt
#   NAME.jsonl             undoc parse --format jsonl samples/NAME.txt
#   NAME.TABLE.csv         undoc parse --format csv --table TABLE samples/NAME.txt (TABLE may be tokens)
#   NAME.outline.out       undoc outline --color never samples/NAME.txt
#   NAME.validate.out      undoc validate samples/NAME.txt  (stderr, then "exit N")
#   NAME.sarif.json        undoc validate --diagnostics-format sarif samples/NAME.txt
#
#   golden.sh check UNDOC EXPECTED   compare one expected file (used by ctest)
#   golden.sh accept UNDOC           rewrite every expected file, and add a
#                                    NAME.json for new samples; review the diff
set -euo pipefail
cd "$(dirname "$0")/../.."

run() {  # run UNDOC EXPECTED -> prints the actual output
  local undoc=$1 expected=$2
  local base name kind
  base=$(basename "$expected")
  name=${base%%.*}
  kind=${base#"$name".}
  local input="samples/$name.txt"
  [ -f "$input" ] || input="samples/$name.pdf"  # a PDF sample: samples/NAME.pdf
  [ -f "$input" ] || { echo "golden: no input samples/$name.txt or .pdf for $expected" >&2; return 2; }
  case "$kind" in
    json) "$undoc" parse -q "$input" ;;
    analyzed.json) "$undoc" parse -q --analyze "$input" ;;
    jsonl) "$undoc" parse -q --format jsonl "$input" ;;
    outline.out) NO_COLOR=1 "$undoc" outline --color never "$input" ;;
    validate.out)
      local rc=0
      "$undoc" validate "$input" 2>&1 >/dev/null || rc=$?
      echo "exit $rc" ;;
    sarif.json) "$undoc" validate --diagnostics-format sarif "$input" || true ;;
    *.csv) "$undoc" parse -q --format csv --table "${kind%.csv}" "$input" ;;
    *) echo "golden: unknown kind $kind" >&2; return 2 ;;
  esac
}

case "${1:-}" in
  check)
    undoc=$2 expected=$3
    actual=$(mktemp)
    trap 'rm -f "$actual"' EXIT
    run "$undoc" "$expected" > "$actual"
    if cmp -s "$expected" "$actual"; then
      echo "golden ok: $expected"
    else
      echo "golden MISMATCH: $expected (run tests/golden/golden.sh accept BUILD/undoc and review git diff)"
      diff -u "$expected" "$actual" | head -60 || true
      exit 1
    fi ;;
  accept)
    undoc=$2
    for input in samples/*.txt samples/*.pdf; do
      name=$(basename "$input"); name=${name%.*}
      [ -f "samples/expected/$name.json" ] || touch "samples/expected/$name.json"
    done
    for expected in samples/expected/*; do
      run "$undoc" "$expected" > "$expected.new"
      mv "$expected.new" "$expected"
    done
    git status --short samples/expected || true ;;
  *)
    echo "usage: golden.sh check UNDOC EXPECTED | golden.sh accept UNDOC" >&2
    exit 2 ;;
esac
