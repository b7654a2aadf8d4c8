#!/usr/bin/env bash
# Token speed (issue: tokens ten times as fast as jieba, 15 MB/s): whole
# processes on the same text in the same run, best of ROUNDS each.
#   bench/tokens_speed.sh [UNDOC] [MB] [ROUNDS]      (jieba: apt-get install python3-jieba)
# Text: the text samples' lines (decoded to UTF-8, form feeds dropped), repeated
# up to MB megabytes (default 4), one file; MB 0: the 40 KB sample alone, one
# document as a user converts it. Measured:
#   undoc tokens --lines  each line as it stands (the same text jieba gets)
#   undoc tokens          the whole pipeline: parse, then every text's tokens
#   jieba                 python3 -c 'jieba.cut' per line, default mode, its dictionary load included
set -euo pipefail
cd "$(dirname "$0")/.."
undoc=${1:-build/undoc}
mb=${2:-4}
rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in samples/*.txt; do "$undoc" text "$f"; done | tr -d '\f' > "$work/one.txt"
: > "$work/text.txt"
if [ "$mb" = 0 ]; then
  "$undoc" text samples/a-61-hearings-migration-summary.txt | tr -d '\f' > "$work/text.txt"
fi
while [ "$(stat -c %s "$work/text.txt")" -lt $((mb * 1000000)) ]; do cat "$work/one.txt" >> "$work/text.txt"; done
cat > "$work/run_jieba.py" <<'PY'
import sys
import jieba
jieba.setLogLevel(60)
out = sys.stdout
for line in open(sys.argv[1], encoding="utf-8"):
    out.write(" ".join(jieba.cut(line.rstrip("\n"))) + "\n")
PY
best() {  # best wall time of ROUNDS runs of "$@"
  local b=""
  for ((r = 0; r < rounds; r++)); do
    local t0 t1
    t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
    b=$(python3 -c "import sys; t=$t1-$t0; b='$b'; print(min(t, float(b)) if b else t)")
  done
  echo "$b"
}
bytes=$(stat -c %s "$work/text.txt")
lines=$(taskset -c 0 "$undoc" tokens --lines -q "$work/text.txt" | wc -l)
t_lines=$(best taskset -c 0 "$undoc" tokens --lines -q "$work/text.txt")
t_doc=$(best taskset -c 0 "$undoc" tokens -q "$work/text.txt")
t_jieba=""
if /usr/bin/python3 -c "import jieba" 2> /dev/null; then
  /usr/bin/python3 "$work/run_jieba.py" "$work/one.txt" > /dev/null 2>&1  # jieba's dictionary cache, once
  t_jieba=$(best taskset -c 0 /usr/bin/python3 "$work/run_jieba.py" "$work/text.txt")
fi
python3 - "$bytes" "$lines" "$t_lines" "$t_doc" "$t_jieba" <<'PY'
import sys
n, rows, a, b = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
j = float(sys.argv[5]) if sys.argv[5] else None
print(f"text: {n / 1e6:.2f} MB, {rows} token rows; one core (taskset -c 0), best of runs")
print(f"undoc tokens --lines  {a:6.3f} s  {n / a / 1e6:6.1f} MB/s")
print(f"undoc tokens          {b:6.3f} s  {n / b / 1e6:6.1f} MB/s  (parse + every text)")
if j:
    print(f"jieba (default mode)  {j:6.3f} s  {n / j / 1e6:6.1f} MB/s")
    print(f"undoc tokens --lines is {j / a:.1f}x as fast as jieba; undoc tokens {j / b:.1f}x")
else:
    print("jieba: not installed (apt-get install python3-jieba)")
PY
