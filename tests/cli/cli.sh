#!/usr/bin/env bash
# CLI tests: exit codes, messages and output files.
#   cli.sh --list           the case names (ctest registers one test each)
#   cli.sh UNDOC CASE       run one case
#   cli.sh UNDOC            run them all, ending with "N passed, N failed"
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SAMPLE=samples/a-61-hearings-migration-summary.txt
CASES=(help version usage_error missing_file directory binary_file invalid_utf8 lenient empty_file stdin
       output_file output_dir batch_continues_after_bad_file validate_sample validate_errors strict
       worst_exit_code json_diagnostics sarif github no_color broken_pipe jobs_deterministic csv_bom
       combined_csv_file tokens output_dir_mirrors_tree pdf_input pdf_errors pdf_fonts_not_embedded write_errors
       output_special_files
       max_bytes directory_errors utf16_without_bom out_of_memory did_you_mean options_that_would_be_ignored
       no_color_empty awkward_paths_in_annotations not_a_un_document small_input_large_output)

if [ "${1:-}" = "--list" ]; then printf '%s\n' "${CASES[@]}"; exit 0; fi
UNDOC=$1
shift
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$ROOT"

# (each failure is also written down: a case's commands run in a list (a && b)
# where set -e does not stop them, so a case fails when anything in it failed)
fail() { echo "FAIL: $*"; echo "$*" >> "$T/.failures"; return 1; }
# expect CODE CMD... : run, keep stdout in $T/out and stderr in $T/err, check the exit code
expect() {
  local want=$1
  shift
  "$@" > "$T/out" 2> "$T/err"
  local rc=$?
  [ "$rc" -eq "$want" ] || { echo "--- stderr:"; head -5 "$T/err"; fail "exit $rc, expected $want: $*"; }
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2 ($(head -c 300 "$1"))"; }

# PDF input (a build without it says so and refuses: E-PDF-UNSUPPORTED)
# (the output is read whole before it is matched: under pipefail, grep -q leaving early
#  would fail the pipe with SIGPIPE at random)
pdf_built() { [[ "$("$UNDOC" --version)" == *"PDF input: poppler"* ]]; }
case_pdf_input() {
  local pdf=samples/a-62-87-humanitarian-report.pdf
  if ! pdf_built; then expect 2 "$UNDOC" parse "$pdf" && has "$T/err" "[E-PDF-UNSUPPORTED]"; return; fi
  expect 0 "$UNDOC" parse "$pdf" && has "$T/out" '"format": "pdf"' && has "$T/out" '"pages": [' &&
  expect 0 "$UNDOC" parse - < "$pdf" && has "$T/out" '"format": "pdf"' || return 1
  mkdir -p "$T/mixed" && cp "$pdf" "$T/mixed/B.PDF" && cp "$SAMPLE" "$T/mixed/a.txt" &&
  expect 0 "$UNDOC" parse -q --format jsonl "$T/mixed" && has "$T/out" "$T/mixed/B.PDF" || return 1
  expect 0 "$UNDOC" text "$pdf" && has "$T/out" "A/62/87" && [ "$(grep -c . "$T/out")" -gt 100 ] || fail "undoc text"
}
case_pdf_errors() {
  pdf_built || return 0
  expect 2 "$UNDOC" parse tests/pdf/bad/scanned.pdf &&
  has "$T/err" "tests/pdf/bad/scanned.pdf: error: is a PDF file with no text on any of its 2 pages: a scanned image? Run OCR on it first" &&
  has "$T/err" "[E-PDF-NO-TEXT]" &&
  expect 2 "$UNDOC" validate tests/pdf/bad/locked.pdf && has "$T/err" "tests/pdf/bad/locked.pdf: error: is an encrypted PDF file" &&
  expect 2 "$UNDOC" parse tests/pdf/bad/trunc.pdf && has "$T/err" "tests/pdf/bad/trunc.pdf: error: is not a readable PDF file (damaged or truncated" &&
  [ ! -s "$T/out" ] || fail "a bad PDF wrote output"
  # a bad PDF does not stop a batch
  expect 2 "$UNDOC" parse -q --format jsonl tests/pdf/bad/scanned.pdf "$SAMPLE" && [ -s "$T/out" ] || fail "batch after a bad PDF"
  # the program without its PDF module beside it: PDF files are refused, saying why; text is read as ever
  cp "$UNDOC" "$T/lone-undoc"
  expect 2 env -u UNDOC_PDF_MODULE "$T/lone-undoc" parse samples/a-62-87-humanitarian-report.pdf "$SAMPLE" &&
  has "$T/err" "samples/a-62-87-humanitarian-report.pdf: error: is a PDF file, and undoc's PDF module (libundoc-pdf.so) is not installed" &&
  has "$T/err" "[E-PDF-UNSUPPORTED]" && [ -s "$T/out" ] || fail "no PDF module: a clear error, text still read"
  expect 2 env UNDOC_PDF_MODULE="$T/lone-undoc" "$T/lone-undoc" parse samples/a-62-87-humanitarian-report.pdf &&
  has "$T/err" "failed to load" || fail "a file that is no module: says it failed to load"
}

# a PDF set in a Chinese font it does not embed (Adobe-GB1): read with
# poppler-data's mappings; without them (UNDOC_POPPLER_DATA at an empty
# directory), refused with E-PDF-FONTS, not read with its characters lost
case_pdf_fonts_not_embedded() {
  pdf_built || return 0
  local pdf=tests/pdf/reportlab/cid-font-not-embedded.pdf
  mkdir -p "$T/no-poppler-data"
  expect 2 env UNDOC_POPPLER_DATA="$T/no-poppler-data" "$UNDOC" parse "$pdf" &&
  has "$T/err" "$pdf: error: is a PDF file whose text is set in fonts it does not embed (Adobe-GB1 character collection)" &&
  has "$T/err" "[E-PDF-FONTS]" && [ ! -s "$T/out" ] || return 1
  if [ -d /usr/share/poppler/cidToUnicode ]; then
    expect 0 "$UNDOC" parse "$pdf" && has "$T/out" '"title": "奥林匹克休战"' && has "$T/out" '敦促会员国在 2024 年巴黎奥运会'
  fi
}

case_write_errors() {
  # a full disk or a closed standard output is an error, not success
  "$UNDOC" parse -q "$SAMPLE" > /dev/full 2> "$T/err"; local rc=$?
  [ "$rc" -eq 2 ] || fail "parse > /dev/full: exit $rc"
  has "$T/err" "undoc: error: cannot write to standard output: No space left on device [E-IO]" &&
  { "$UNDOC" validate -q --diagnostics-format json "$SAMPLE" > /dev/full 2> "$T/err"; [ $? -eq 2 ]; } &&
  has "$T/err" "No space left on device" &&
  { "$UNDOC" parse -q "$SAMPLE" >&- 2> "$T/err"; [ $? -eq 2 ]; } && has "$T/err" "cannot write to standard output" &&
  # a reader that goes away is not an error
  { "$UNDOC" parse -q "$SAMPLE" | head -c 10 > /dev/null; [ "${PIPESTATUS[0]}" -eq 0 ]; } || fail "EPIPE"
}
case_output_special_files() {
  # a FIFO stays a FIFO and gets the document; a symlink is followed, not replaced
  mkfifo "$T/fifo" && { cat "$T/fifo" > "$T/from-fifo" & } &&
  expect 0 "$UNDOC" parse -q "$SAMPLE" -o "$T/fifo" && wait && [ -p "$T/fifo" ] && [ -s "$T/from-fifo" ] || fail "FIFO"
  echo old > "$T/real.json" && ln -s real.json "$T/link.json" &&
  expect 0 "$UNDOC" parse -q "$SAMPLE" -o "$T/link.json" && [ -L "$T/link.json" ] &&
  grep -q '"schema": "undoc/1"' "$T/real.json" || fail "symlink to a regular file"
  ! ls "$T"/*.tmp.* > /dev/null 2>&1 || fail "a temporary file was left"
  # a character device is written to, not replaced
  expect 0 "$UNDOC" parse -q "$SAMPLE" -o /dev/null && [ -c /dev/null ] || fail "/dev/null"
}
case_did_you_mean() {
  # the near miss in place of CLI11's "A subcommand is required"
  expect 2 "$UNDOC" pars "$SAMPLE" && has "$T/err" "undoc: error: no command pars: did you mean parse?" &&
  ! grep -qF "subcommand is required" "$T/err" &&
  expect 2 "$UNDOC" parse --formt json "$SAMPLE" && has "$T/err" "undoc: error: no option --formt: did you mean --format?" &&
  expect 2 "$UNDOC" frobnicate "$SAMPLE" && has "$T/err" "undoc: error: no command frobnicate: the commands are"
}
case_options_that_would_be_ignored() {
  expect 2 "$UNDOC" parse --table toc "$SAMPLE" && has "$T/err" "--table applies to --format csv only" &&
  expect 2 "$UNDOC" parse --bom -f jsonl "$SAMPLE" && has "$T/err" "--bom applies to --format csv only" &&
  cp "$SAMPLE" "$T/b.txt" &&
  expect 2 "$UNDOC" parse -q -o "$T/out.json" "$SAMPLE" "$T/b.txt" && has "$T/err" "give -o a directory" &&
  [ ! -e "$T/out.json" ] || fail "out.json was made"
}
case_no_color_empty() {
  # no-color.org: only a non-empty NO_COLOR turns colour off
  NO_COLOR= expect 0 "$UNDOC" outline --color always "$SAMPLE" && grep -q $'\x1b\[' "$T/out" &&
  NO_COLOR=1 expect 0 "$UNDOC" outline --color auto "$SAMPLE" && ! grep -q $'\x1b\[' "$T/out" || fail "NO_COLOR"
}
case_out_of_memory() {
  # (not under AddressSanitizer, which reserves more address space than the limit)
  if [[ "$(ldd "$UNDOC" 2> /dev/null)" == *libasan* ]]; then return 0; fi
  /usr/bin/python3 -c "open('$T/mid.txt','w').write('一. 引言\n' + '1. 文本。' * 4000000 + '\n')" &&
  cp "$SAMPLE" "$T/ok.txt" &&
  (ulimit -v 250000; "$UNDOC" parse -q --format jsonl "$T/mid.txt" "$T/ok.txt" > "$T/out" 2> "$T/err"; echo $? > "$T/rc")
  [ "$(cat "$T/rc")" -eq 2 ] || fail "exit $(cat "$T/rc")"
  has "$T/err" "$T/mid.txt: error: ran out of memory converting this input (48000013 bytes) [E-RESOURCE]" &&
  [ -s "$T/out" ] || fail "the batch went on"
}
case_max_bytes() {
  expect 2 timeout 20 "$UNDOC" parse --max-bytes 4096 /dev/zero &&
  has "$T/err" "/dev/zero: error: is larger than the input limit of 4096 bytes (--max-bytes)" &&
  head -c 5000 "$SAMPLE" > "$T/five.txt" &&
  expect 2 "$UNDOC" parse --max-bytes 4096 - < "$T/five.txt" && has "$T/err" "<stdin>: error: is larger than" &&
  expect 0 "$UNDOC" parse -q --max-bytes 100000 "$SAMPLE"
}
case_directory_errors() {
  # a link to nothing inside a directory argument is reported; the rest converts
  mkdir -p "$T/d/sub" && cp "$SAMPLE" "$T/d/a.txt" && ln -s "$T/nowhere.txt" "$T/d/sub/broken.txt" &&
  expect 2 "$UNDOC" parse -q --format jsonl "$T/d" && has "$T/err" "$T/d/sub/broken.txt: error: is a symbolic link to nothing [E-IO]" &&
  [ "$(wc -l < "$T/out")" -eq 77 ] || fail "the rest of the directory"
  # so is a subdirectory that cannot be read (as an unprivileged user: root reads all)
  # (only where that user can run undoc: a checkout under /root cannot)
  if [ "$(id -u)" -eq 0 ] && command -v setpriv > /dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups "$UNDOC" --version > /dev/null 2>&1; then
    mkdir -p "$T/u/locked" "$T/u/ok" && cp "$SAMPLE" "$T/u/ok/a.txt" && cp "$SAMPLE" "$T/u/locked/b.txt" &&
    chmod 755 "$T" && chmod -R a+rX "$T/u" && chmod 000 "$T/u/locked" && chmod a+rx "$(dirname "$UNDOC")" &&
    expect 2 setpriv --reuid=65534 --regid=65534 --clear-groups "$UNDOC" parse -q --format jsonl "$T/u" &&
    has "$T/err" "$T/u/locked: error: cannot read this directory: Permission denied [E-IO]" &&
    [ "$(wc -l < "$T/out")" -eq 77 ] || fail "an unreadable subdirectory"
    chmod 755 "$T/u/locked"
  fi
}

case_help() { expect 0 "$UNDOC" --help && has "$T/out" "Example" && expect 0 "$UNDOC" parse --help && has "$T/out" "Example: undoc parse"; }
case_version() { expect 0 "$UNDOC" --version && has "$T/out" "undoc "; }
case_usage_error() {
  expect 2 "$UNDOC" parse --bogus "$SAMPLE" && has "$T/err" "--bogus" &&
  expect 2 "$UNDOC" && expect 2 "$UNDOC" parse --format xml "$SAMPLE" &&
  expect 2 "$UNDOC" parse --encoding FOO "$SAMPLE" && has "$T/err" "unknown encoding FOO"
}
case_missing_file() { expect 2 "$UNDOC" parse "$T/nope.txt" && has "$T/err" "$T/nope.txt: error: cannot open: No such file or directory [E-IO]"; }
case_directory() {
  mkdir -p "$T/empty" "$T/archive/sub"
  expect 2 "$UNDOC" parse "$T/empty" && has "$T/err" "is a directory with no .txt or .pdf files" &&
  cp "$SAMPLE" "$T/archive/b.txt" && cp "$SAMPLE" "$T/archive/sub/a.txt" && echo x > "$T/archive/note.md" &&
  expect 0 "$UNDOC" parse -q --format jsonl "$T/archive" && [ "$(wc -l < "$T/out")" -eq 154 ] &&
  head -1 "$T/out" | grep -q '"source":"'"$T"'/archive/b.txt"' || fail "directory expansion"
  expect 0 "$UNDOC" parse -q -o "$T/json-out" "$T/archive" &&
  [ -s "$T/json-out/b.json" ] && [ -s "$T/json-out/sub/a.json" ] || fail "one directory argument, one JSON file each"
}
case_binary_file() {
  printf 'abc\000def' > "$T/bin.txt"
  expect 2 "$UNDOC" parse "$T/bin.txt" && has "$T/err" "$T/bin.txt: error: binary data (NUL byte) at byte offset 3 [E-BINARY]"
  [ ! -s "$T/out" ] || fail "binary input wrote output"
  # a Word file or a scan given for text: the message says what it is and what to do
  printf 'PK\003\004\024\000\006\000' > "$T/report.docx"
  expect 2 "$UNDOC" parse "$T/report.docx" &&
    has "$T/err" "$T/report.docx: error: binary data (NUL byte) at byte offset 5: a ZIP archive (a Word .docx or OpenDocument .odt file?); save it as text or PDF first (e.g. soffice --headless --convert-to txt:Text FILE) [E-BINARY]"
  # (a ZIP whose first bytes hold a NUL every other byte: named, not taken for UTF-16)
  printf 'PK\003\004\024\000\006\000\010\000\000\000!\000' > "$T/short.docx"
  expect 2 "$UNDOC" parse "$T/short.docx" &&
    has "$T/err" "$T/short.docx: error: binary data (NUL byte) at byte offset 5: a ZIP archive (a Word .docx or OpenDocument .odt file?); save it as text or PDF first (e.g. soffice --headless --convert-to txt:Text FILE) [E-BINARY]"
  printf '\211PNG\r\n\032\n\000\000' > "$T/page.png"
  expect 2 "$UNDOC" parse "$T/page.png" &&
    has "$T/err" "$T/page.png: error: binary data (NUL byte) at byte offset 8: an image (a scanned page?); run OCR on it first [E-BINARY]"
}
case_invalid_utf8() {
  printf '一. 引言\n1. 文本\377错误。\n' > "$T/bad.txt"
  expect 2 "$UNDOC" parse "$T/bad.txt" &&
  has "$T/err" "$T/bad.txt: error: invalid UTF-8 byte 0xFF at byte offset 21 (line 2); the rest is valid UTF-8, so the byte is damaged: pass --lenient to read on with U+FFFD in its place [E-DECODE]"
}
case_utf16_without_bom() {
  # read from its NUL pattern, and said so
  /usr/bin/python3 -c "import sys; sys.stdout.buffer.write('一. 引言\n1. 第一段文本 A/61/150。\n'.encode('utf-16-le'))" > "$T/u16.txt" &&
  expect 0 "$UNDOC" parse "$T/u16.txt" && has "$T/out" '"encoding": "UTF-16LE"' && has "$T/err" "[I-UTF16-NO-BOM]" &&
  has "$T/out" '"title": "引言"'
}
case_lenient() {
  printf '一. 引言\n1. 文本\377错误。\n' > "$T/bad.txt"
  expect 0 "$UNDOC" parse --lenient "$T/bad.txt" &&
  has "$T/err" "$T/bad.txt:2:0: warning: 1 invalid UTF-8 byte sequence(s) replaced with U+FFFD; the first at byte offset 21 [W-REPLACED]" &&
  has "$T/out" '"text": "文本�错误。"' && has "$T/out" '"W-REPLACED"'
}
case_empty_file() {
  : > "$T/empty.txt"
  expect 0 "$UNDOC" parse "$T/empty.txt" && has "$T/err" "W-EMPTY" && has "$T/out" '"schema": "undoc/1"'
}
case_stdin() {
  expect 0 "$UNDOC" parse - < "$SAMPLE" && has "$T/out" '"name": "<stdin>"' &&
  "$UNDOC" parse -q "$SAMPLE" | grep -v '"name"' > "$T/a" && grep -v '"name"' "$T/out" > "$T/b" && cmp -s "$T/a" "$T/b" ||
    fail "stdin and file output differ"
}
case_output_file() {
  expect 0 "$UNDOC" parse -q "$SAMPLE" -o "$T/x.json" && [ -s "$T/x.json" ] && [ ! -s "$T/out" ] &&
  /usr/bin/python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$T/x.json" || fail "-o FILE"
}
case_output_dir() {
  cp "$SAMPLE" "$T/one.txt"; cp "$SAMPLE" "$T/two.txt"
  expect 0 "$UNDOC" parse -q -o "$T/outdir" "$T/one.txt" "$T/two.txt" &&
  [ -s "$T/outdir/one.json" ] && [ -s "$T/outdir/two.json" ] || fail "-o DIR"
  [[ "$(ls "$T/outdir")" != *tmp* ]] || fail "temporary files left behind"
}
case_batch_continues_after_bad_file() {
  printf 'abc\000' > "$T/bin.txt"; cp "$SAMPLE" "$T/good.txt"
  expect 2 "$UNDOC" parse -q -o "$T/o" "$T/bin.txt" "$T/good.txt" &&
  [ -s "$T/o/good.json" ] && [ ! -e "$T/o/bin.json" ] && has "$T/err" "E-BINARY" || fail "batch"
}
case_validate_sample() {
  expect 0 "$UNDOC" validate "$SAMPLE" && [ "$(wc -l < "$T/err")" -eq 2 ] && has "$T/err" "[W-TOC-TITLE]" &&
  has "$T/err" "$SAMPLE:59:1: warning:" || fail "sample diagnostics"
}
case_validate_errors() {
  printf '一、导言\n1. 甲。\n3. 丙。\n' > "$T/gap.txt"
  expect 1 "$UNDOC" validate "$T/gap.txt" && has "$T/err" "$T/gap.txt:3:1: error: expected paragraph 2, found 3: paragraph 2 is missing [E-PARA-GAP]"
}
# a text with nothing of a UN document: a warning naming the file; --strict fails it
case_not_a_un_document() {
  printf '今天天气很好。\n我们去公园散步。\n' > "$T/notes.txt"
  expect 0 "$UNDOC" validate "$T/notes.txt" && has "$T/err" "$T/notes.txt:0:0: warning: no structure of a UN document found" &&
    has "$T/err" "[W-NO-STRUCTURE]" && expect 1 "$UNDOC" validate --strict "$T/notes.txt"
}
case_strict() { expect 1 "$UNDOC" validate --strict "$SAMPLE" && expect 1 "$UNDOC" parse -q --strict "$SAMPLE"; }
case_worst_exit_code() {
  printf '一、导言\n1. 甲。\n3. 丙。\n' > "$T/gap.txt"
  expect 2 "$UNDOC" validate "$SAMPLE" "$T/gap.txt" "$T/missing.txt" && has "$T/err" "E-PARA-GAP" && has "$T/err" "E-IO" &&
  expect 1 "$UNDOC" validate "$SAMPLE" "$T/gap.txt"
}
case_json_diagnostics() {
  expect 0 "$UNDOC" validate --diagnostics-format json "$SAMPLE" &&
  /usr/bin/python3 - "$T/out" <<'PY' || fail "json diagnostics"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [r["code"] for r in rows] == ["W-TOC-TITLE", "W-OVERLAP"], rows
assert all({"file", "code", "severity", "line", "column", "message"} <= r.keys() for r in rows)
PY
}
case_sarif() {
  expect 0 "$UNDOC" validate --diagnostics-format sarif "$SAMPLE" &&
  /usr/bin/python3 - "$T/out" <<'PY' || fail "sarif"
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
assert log["version"] == "2.1.0" and "$schema" in log
run = log["runs"][0]
assert run["tool"]["driver"]["name"] == "undoc"
ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
for res in run["results"]:
    assert res["ruleId"] in ids and res["level"] in ("error", "warning", "note")
    assert res["message"]["text"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] and loc["region"]["startLine"] >= 1
assert len(run["results"]) == 2
PY
}
case_github() {
  expect 0 "$UNDOC" validate --diagnostics-format github "$SAMPLE" &&
  has "$T/out" "::warning file=$SAMPLE,line=24,col=1,title=W-TOC-TITLE::"
}
case_awkward_paths_in_annotations() {
  # paths with a space, a comma, '#', '%', ':' and Chinese, absolute and relative
  local d="$T/a b,c#%"
  mkdir -p "$d" && cp "$SAMPLE" "$d/文件:1.txt" &&
  expect 2 "$UNDOC" validate --diagnostics-format github "$d/文件:1.txt" "$T/missing.txt" &&
  has "$T/out" "::warning file=$T/a b%2Cc#%25/文件%3A1.txt,line=24,col=1,title=W-TOC-TITLE::" &&
  has "$T/out" "::error file=$T/missing.txt,title=E-IO::cannot open: No such file or directory" || return 1
  expect 2 "$UNDOC" validate --diagnostics-format sarif "$d/文件:1.txt" "$SAMPLE" "$T/missing.txt" &&
  /usr/bin/python3 - "$T/out" <<'PY' || fail "sarif uris"
import json, re, sys
from urllib.parse import unquote
log = json.load(open(sys.argv[1], encoding="utf-8"))
run = log["runs"][0]
assert run["tool"]["driver"]["informationUri"]
for rule in run["tool"]["driver"]["rules"]:
    assert rule["fullDescription"]["text"] and rule["helpUri"].startswith("https://"), rule
assert "SRCROOT" in run["originalUriBaseIds"]
uri_ok = re.compile(r"^[A-Za-z0-9\-._~/:%]*$")  # RFC 3986: nothing unescaped but these here
seen = set()
for res in run["results"]:
    loc = res["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    assert uri_ok.match(uri), uri
    if uri.startswith("file://"):
        assert "uriBaseId" not in loc["artifactLocation"]
        seen.add(unquote(uri[len("file://"):]))
    else:
        assert loc["artifactLocation"]["uriBaseId"] == "SRCROOT"
        seen.add(unquote(uri))
    if res["ruleId"] == "E-IO":
        # a whole-file diagnostic: the whole artifact as bytes (a missing file: none)
        assert loc["region"] == {"byteOffset": 0, "byteLength": 0}, loc
    else:
        assert loc["region"]["startLine"] >= 1
assert any(p.endswith("a b,c#%/文件:1.txt") for p in seen), seen
assert "samples/a-61-hearings-migration-summary.txt" in seen, seen
PY
}
case_no_color() {
  expect 0 env NO_COLOR=1 "$UNDOC" outline --color auto "$SAMPLE" && ! grep -q $'\x1b' "$T/out" || fail "colour with NO_COLOR"
  expect 0 "$UNDOC" outline --color always "$SAMPLE" && grep -q $'\x1b' "$T/out" || fail "no colour with --color always"
}
case_broken_pipe() {
  "$UNDOC" parse --format jsonl "$SAMPLE" "$SAMPLE" "$SAMPLE" 2> "$T/err" | head -1 > /dev/null
  local rc=${PIPESTATUS[0]}
  [ "$rc" -eq 0 ] || fail "exit $rc on a closed pipe"
  ! grep -qi "error" "$T/err" || fail "noise on a closed pipe: $(cat "$T/err")"
}
case_jobs_deterministic() {
  local files=()
  for i in 1 2 3 4 5 6; do cp samples/*pdftotext.txt "$T/p$i.txt"; cp "$SAMPLE" "$T/s$i.txt"; files+=("$T/p$i.txt" "$T/s$i.txt"); done
  "$UNDOC" parse -q --format jsonl -j 1 "${files[@]}" > "$T/j1" && "$UNDOC" parse -q --format jsonl -j 2 "${files[@]}" > "$T/j2" &&
  cmp -s "$T/j1" "$T/j2" || fail "output depends on --jobs"
}
# A document whose small input makes a large output (5,000 short annexes:
# 0.45 MB in, some 4 MB of JSON) is written as a stream, as one of 4 MB of
# input is: in order among the batch's others, the same bytes as its own file
# under -o DIR and as its JSON Lines rows one by one.
case_small_input_large_output() {
  { printf '联合国 A/77/1\n大会\n第七十七届会议\n\n一、导言\n\n1. 本报告。¹\n\n¹ 脚注。\n'
    for k in $(seq 1 5000); do printf '\n附件%d\n\n附件标题%d\n\n1. 附件段落，见脚注。¹\n\n¹ 附件%d的脚注。\n' $k $k $k; done; } > "$T/many.txt"
  cp "$SAMPLE" "$T/before.txt"; cp "$SAMPLE" "$T/after.txt"
  "$UNDOC" parse -q "$T/many.txt" > "$T/one.json" && [ "$(grep -c '"label": "附件' "$T/one.json")" -eq 5000 ] &&
  "$UNDOC" parse -q -o "$T/dir/" "$T/many.txt" && cmp -s "$T/one.json" "$T/dir/many.json" &&
  "$UNDOC" parse -q "$T/before.txt" > "$T/b.json" && "$UNDOC" parse -q "$T/after.txt" > "$T/a.json" &&
  "$UNDOC" parse -q --compact -j 2 "$T/before.txt" "$T/many.txt" "$T/after.txt" > "$T/three" &&
  "$UNDOC" parse -q --compact "$T/many.txt" > "$T/many.compact" && [ "$(wc -l < "$T/three")" -eq 3 ] &&
  [ "$(sed -n 2p "$T/three")" = "$(cat "$T/many.compact")" ] &&
  "$UNDOC" parse -q --format jsonl "$T/many.txt" > "$T/rows" && [ "$(grep -c '"annex"' "$T/rows")" -ge 5000 ] ||
    fail "a small input's large output: streamed in order, the same bytes as its file"
}
case_csv_bom() {
  expect 0 "$UNDOC" parse -q --format csv --table toc --bom "$SAMPLE" &&
  [ "$(head -c 3 "$T/out" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "no BOM"
  expect 0 "$UNDOC" parse -q --format csv --table toc "$SAMPLE" && has "$T/out" "source,level,kind"
}

case_combined_csv_file() {
  cp "$SAMPLE" "$T/one.txt"; cp "$SAMPLE" "$T/two.txt"
  expect 0 "$UNDOC" parse -q --format csv --bom -o "$T/all.csv" "$T/one.txt" "$T/two.txt" &&
  [ "$(grep -c 'source,part' "$T/all.csv")" -eq 1 ] && [ "$(wc -l < "$T/all.csv")" -eq 155 ] &&
  [ "$(head -c 3 "$T/all.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "one header, 2 x 77 rows, one BOM"
}
case_tokens() {
  expect 0 "$UNDOC" tokens "$SAMPLE" && has "$T/out" "doc,ptr,line,sentence,offset,token,kind" &&
  has "$T/out" "1,,,,,$SAMPLE,document" && has "$T/out" "1,/body/1/children/14/text,85,1,63,秘书长,word" ||
    fail "rows with the text's pointer; UN terms whole"
  printf '联合国秘书长于2006 年 7 月 12 日提交A/RES/61/211号文件\n' > "$T/l.txt"
  expect 0 "$UNDOC" tokens --lines "$T/l.txt" && has "$T/out" "1,,1,0,7,2006 年 7 月 12 日,date" &&
  has "$T/out" "1,,1,0,24,A/RES/61/211,symbol" || fail "--lines: units whole, with their kind"
  printf '# a user list\n号文件\n' > "$T/d.txt"
  expect 0 "$UNDOC" tokens --lines --dict "$T/d.txt" "$T/l.txt" && has "$T/out" "1,,1,0,36,号文件,word" || fail "--dict adds terms"
  printf '正确\n两个 字\n' > "$T/bad.txt"
  expect 2 "$UNDOC" tokens --lines --dict "$T/bad.txt" "$T/l.txt" && has "$T/err" "$T/bad.txt:2: a term has no spaces" &&
  has "$T/err" "[E-DICT]" || fail "a bad term list names its file and line, exit 2"
  expect 2 "$UNDOC" tokens --dict "$T/none.txt" "$T/l.txt" && has "$T/err" "none.txt: cannot read the term list" ||
    fail "a missing term list: exit 2"
  printf '第一页\n\f联合国\n' > "$T/ff.txt"
  expect 0 "$UNDOC" tokens --lines "$T/ff.txt" && has "$T/out" "1,,2,0,0,联合国,word" || fail "--lines: a page's first line counts from its text"
  expect 0 "$UNDOC" tokens -f jsonl --lines "$T/l.txt" && has "$T/out" '"kind":"document"' &&
  has "$T/out" '"ptr":null,"line":1,"sentence":0,"offset":0,"token":"联合国","kind":"word"' || fail "JSON Lines rows"
}
case_output_dir_mirrors_tree() {
  mkdir -p "$T/in/sub" "$T/other"
  cp "$SAMPLE" "$T/in/x.txt"; cp "$SAMPLE" "$T/in/sub/x.txt"; cp "$SAMPLE" "$T/other/x.txt"
  expect 2 "$UNDOC" parse -q -o "$T/o" "$T/in" "$T/other/x.txt" &&
  [ -s "$T/o/x.json" ] && [ -s "$T/o/sub/x.json" ] && has "$T/err" "is already written for $T/in/x.txt" ||
    fail "-o DIR keeps the tree and refuses to overwrite"
  # an earlier input with the same output name that fails to convert keeps nothing: the later one is written
  mkdir -p "$T/fa" "$T/fb" && printf '\0bin' > "$T/fa/x.txt" && cp "$SAMPLE" "$T/fb/x.txt" &&
  expect 2 "$UNDOC" parse -q -j 2 -o "$T/fo/" "$T/fa/x.txt" "$T/fb/x.txt" && [ -s "$T/fo/x.json" ] &&
  has "$T/err" "$T/fa/x.txt: error: binary data" && ! grep -q "already written" "$T/err" ||
    fail "a failed input does not hold its output name"
}
run_case() {
  rm -f "$T/.failures"
  ( set -e; "case_$1" )
  local rc=$?
  [ "$rc" -eq 0 ] && [ ! -s "$T/.failures" ]
}
if [ $# -ge 1 ]; then
  run_case "$1" && echo "ok: $1"
  exit $?
fi
pass=0 failed=0
for c in "${CASES[@]}"; do
  if run_case "$c"; then pass=$((pass + 1)); else failed=$((failed + 1)); echo "failed: $c"; fi
done
echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
