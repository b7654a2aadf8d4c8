#!/usr/bin/env bash
# PDF input speed: the whole pipeline (PDF -> JSON, one core) against
# pdftotext alone on the same files in the same run.
#   bench/pdf_speed.sh [UNDOC] [ROUNDS]     (needs poppler-utils for pdftotext)
# Files: the committed PDFs (samples/*.pdf, tests/pdf/NAME/K.pdf), each ROUNDS
# times (default 20). Prints pages, seconds and pages per second for each,
# and undoc's time as a multiple of pdftotext's.
set -euo pipefail
cd "$(dirname "$0")/.."
undoc=${1:-build/undoc}
rounds=${2:-20}
command -v pdftotext > /dev/null || { echo "needs pdftotext (apt-get install poppler-utils)" >&2; exit 2; }
files=(samples/*.pdf $(ls tests/pdf/*/*.pdf | grep -v /bad/))
list=()
for ((r = 0; r < rounds; r++)); do list+=("${files[@]}"); done
pages=0
for f in "${files[@]}"; do pages=$((pages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))); done
pages=$((pages * rounds))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
now() { date +%s.%N; }
t0=$(now)
for f in "${list[@]}"; do pdftotext -enc UTF-8 "$f" "$out/x.txt"; done
t1=$(now)
"$undoc" parse -q -j 1 "${list[@]}" > /dev/null
t2=$(now)
python3 - "$pages" "$t0" "$t1" "$t2" <<'PY'
import sys
pages, t0, t1, t2 = int(sys.argv[1]), *map(float, sys.argv[2:])
a, b = t1 - t0, t2 - t1
print(f"pages: {pages}")
print(f"pdftotext:           {a:6.2f} s  {pages / a:7.1f} pages/s")
print(f"undoc parse (-j 1):  {b:6.2f} s  {pages / b:7.1f} pages/s  ({b / a:.2f}x pdftotext)")
PY
