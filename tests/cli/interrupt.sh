#!/usr/bin/env bash
# Interrupted batches leave nothing behind: 100 runs of `parse -j 2 -o DIR`
# over a thousand documents, each stopped by SIGINT or SIGTERM a short,
# varying delay (seeded) after its first document is written. Every run must
# exit 130 or 143 (or 0 if it finished first), and no temporary file may
# remain.
#   interrupt.sh UNDOC [RUNS]
set -uo pipefail
UNDOC=$1
RUNS=${2:-100}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for k in 1 2 3 4 5 6 7 8; do mkdir -p "$T/in/$k" && cp "$ROOT"/samples/*.txt "$T/in/$k/"; done
RANDOM=20261129
bad=0 interrupted=0
for ((r = 0; r < RUNS; r++)); do
  rm -rf "$T/out"
  "$UNDOC" parse -q -j 2 -o "$T/out" "$T/in" 2> "$T/err" &
  pid=$!
  # (the delay counts from the batch's first document written, not from the
  # fork: a script's background job starts with SIGINT ignored until undoc
  # sets its handler, and a sanitizer build's start-up can outlast the whole
  # delay, so that SIGINT was lost and the batch ran to its end)
  for ((w = 0; w < 2000; w++)); do
    [ -n "$(find "$T/out" -name '*.json' -print -quit 2> /dev/null)" ] && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.005
  done
  sleep "0.$(printf '%02d' $((RANDOM % 15 + 1)))"
  sig=INT want=130
  ((r % 2)) && sig=TERM want=143
  kill -s "$sig" "$pid" 2> /dev/null
  wait "$pid"
  rc=$?
  left=$(find "$T/out" -name '*.tmp.*' 2> /dev/null | wc -l)
  if [ "$rc" -ne 0 ] && [ "$rc" -ne "$want" ]; then echo "run $r: SIG$sig gave exit $rc"; bad=$((bad + 1)); fi
  if [ "$rc" -eq "$want" ]; then
    interrupted=$((interrupted + 1))
    # (a signal before undoc set its handlers, at start-up, kills it as
    # the default does: nothing was written then, and nothing need be said)
    if ! grep -q "undoc: interrupted: [0-9]* document(s) written" "$T/err" &&
       [ -n "$(find "$T/out" -name '*.json' 2> /dev/null | head -1)" ]; then
      echo "run $r: no summary"; bad=$((bad + 1))
    fi
  fi
  if [ "$left" -ne 0 ]; then echo "run $r: $left temporary files left"; bad=$((bad + 1)); fi
done
echo "$RUNS runs, $interrupted interrupted mid-batch, $bad failures"
[ "$bad" -eq 0 ] && [ "$interrupted" -gt $((RUNS / 2)) ]
