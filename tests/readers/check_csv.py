#!/usr/bin/python3
"""Read undoc's CSV back with Python's csv module and check it says exactly
what the JSON says; and that a paragraph with commas, quotes and a newline
survives the round trip."""
import csv
import io
import json
import os
import sys
import tempfile

import readers

undoc, root = sys.argv[1], sys.argv[2]
tally = readers.Tally()
check = tally.check


def run(*args):
    return readers.run(undoc, *args)


def paragraphs(doc):
    out = list(doc["front_matter"]["paragraphs"])
    def walk(nodes):
        for n in nodes:
            if n["type"] == "paragraph":
                out.append(n)
            elif n["type"] == "section":
                walk(n["children"])
    walk(doc["body"])
    for a in doc["annexes"]:
        walk(a["children"])
    return out


sample = os.path.join(root, "samples/a-61-hearings-migration-summary.txt")
doc = json.loads(run("parse", "-q", sample))
rows = list(csv.DictReader(io.StringIO(run("parse", "-q", "--format", "csv", "--table", "paragraphs", sample), newline="")))
want = [p["text"] for p in paragraphs(doc)]
check([r["text"] for r in rows] == want, f"paragraph texts equal the JSON ({len(want)} rows)")
check(len(rows) == 77, "77 paragraph rows (76 numbered and the transmittal paragraph)")
for col in "source,number,chapter,section,subsection,heading,text,footnotes,line_start,line_end".split(","):
    check(col in rows[0], f"column {col}")
check(rows[22]["number"] == "22" and rows[22]["footnotes"] == "1", "paragraph 22 lists footnote 1")

toc = list(csv.DictReader(io.StringIO(run("parse", "-q", "--format", "csv", "--table", "toc", sample), newline="")))
check(len(toc) == 18, "18 toc rows")
cells = list(csv.DictReader(io.StringIO(run("parse", "-q", "--format", "csv", "--table", "tables", sample), newline="")))
check(len(cells) == 36, "36 table cells (12 rows x 3 columns)")

jsonl = [json.loads(l) for l in run("parse", "-q", "--format", "jsonl", sample).splitlines()]
check([r["text"] for r in jsonl] == want and len(jsonl) == 77, "77 JSON Lines, texts equal the JSON")

# commas, quotes and a newline inside a cell
tricky = '一、导言\n1. 他说："甲，乙"，然后\n\n继续。\n'
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write(tricky.replace("然后\n\n继续", "然后 \"x,y\"\n\n继续"))
    path = f.name
try:
    text = json.loads(run("parse", "-q", path))["body"][0]["children"][0]["text"]
    raw = run("parse", "-q", "--format", "csv", "--table", "paragraphs", path)
    back = list(csv.DictReader(io.StringIO(raw, newline="")))
    check(back[0]["text"] == text and '"' in text and "," in text, "quotes and commas round-trip")
    # (parsed text never holds a newline, lines are joined; quoting of a
    # newline is covered by the Emit.CsvQuotesOnlyWhenNeeded unit test)
    cellfile = path + ".tab.txt"
    with open(cellfile, "w", encoding="utf-8") as g:
        g.write("附件\n表\n甲\t\"乙\",丙\n丁\t戊\n")
    raw = run("parse", "-q", "--format", "csv", "--table", "tables", cellfile)
    back = list(csv.reader(io.StringIO(raw, newline="")))
    check(back[2][4] == '"乙",丙', "a cell with quotes and a comma")
    check(raw.endswith("\n") and "\r" not in raw, "rows end with \\n")
finally:
    os.unlink(path)
tally.finish()
