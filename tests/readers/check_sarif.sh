#!/usr/bin/env bash
# undoc's SARIF through the real validators: the official SARIF 2.1.0 JSON
# schema and Microsoft's SARIF Multitool (`validate`, with its SARIF and GitHub
# rule sets), both from the npm package @microsoft/sarif-multitool-linux, which
# `.ci/setup.sh test` installs into build/sarif-tools. Paths with spaces, commas,
# '#', '%' and Chinese characters, relative and absolute, with a warning, a
# binary input and a missing one. Exit 77 (skipped) when the tools are absent.
#   check_sarif.sh UNDOC SAMPLE TOOLS_DIR
set -uo pipefail
undoc=$(realpath "$1") sample=$(realpath "$2") tools=$(realpath "$3")
pkg=$tools/node_modules/@microsoft/sarif-multitool-linux
multitool=$pkg/Sarif.Multitool
schema=$pkg/sarif-2.1.0.json
if [ ! -x "$multitool" ] || [ ! -f "$schema" ]; then
  echo "SKIP: no SARIF Multitool in $tools (npm install --prefix $tools @microsoft/sarif-multitool-linux)"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
dir="$T/d ir,#%中"
mkdir -p "$dir"
cp "$sample" "$dir/a b,#%中.txt"
printf '\x00\x01binary' > "$dir/bin.txt"
failed=0
check() {  # NAME SARIF-FILE
  local name=$1 file=$2
  /usr/bin/python3 - "$schema" "$file" <<'PY' || { echo "FAIL $name: not valid against the SARIF 2.1.0 schema"; failed=1; }
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
log = json.load(open(sys.argv[2], encoding="utf-8"))
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(log))
for e in errors[:5]:
    print("  schema:", e.message[:200], "at", list(e.absolute_path))
assert log["runs"][0]["results"], "no results to validate"
sys.exit(1 if errors else 0)
PY
  "$multitool" validate "$file" --json-schema "$schema" --output "$T/v.sarif" --rule-kind "Sarif;Gh" \
    --level "Error;Warning;Note" --kind "Fail" --log ForceOverwrite --quiet > "$T/mt.log" 2>&1
  /usr/bin/python3 - "$T/v.sarif" <<'PY' || { echo "FAIL $name: the SARIF Multitool reports errors or warnings"; failed=1; }
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
run = log["runs"][0]
assert all(i.get("executionSuccessful") for i in run.get("invocations", [])), "the multitool did not run through"
results = run.get("results", [])
bad = [r for r in results if r.get("level", "warning") in ("error", "warning")]
for r in bad[:10]:
    print("  multitool:", r["ruleId"], r.get("level"), r["message"].get("arguments"))
# the multitool notes (recommendations) are allowed; that it made some proves it read the log
assert results, "no findings at all: the log was not analysed"
sys.exit(1 if bad else 0)
PY
  [ $failed -eq 0 ] && echo "ok $name"
}
(cd "$T" && "$undoc" validate --diagnostics-format sarif "d ir,#%中/a b,#%中.txt" "d ir,#%中/bin.txt" missing.txt > "$T/rel.sarif" 2> /dev/null)
check "relative paths (SRCROOT)" "$T/rel.sarif"
"$undoc" validate --diagnostics-format sarif "$dir/a b,#%中.txt" "$dir/bin.txt" "$T/missing.txt" > "$T/abs.sarif" 2> /dev/null
check "absolute paths (file:// URIs)" "$T/abs.sarif"
# the schema check is a real one: a broken log is refused
/usr/bin/python3 - "$schema" "$T/abs.sarif" <<'PY' || { echo "FAIL: a broken log passes the schema"; failed=1; }
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
log = json.load(open(sys.argv[2], encoding="utf-8"))
log["runs"][0]["results"][0]["level"] = "fatal"
del log["version"]
n = len(list(jsonschema.Draft202012Validator(schema).iter_errors(log)))
print(f"ok a broken log is refused ({n} schema errors)")
sys.exit(0 if n >= 2 else 1)
PY
if [ $failed -eq 0 ]; then echo "3 passed, 0 failed"; else echo "FAIL"; exit 1; fi
