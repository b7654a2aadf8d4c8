#!/usr/bin/python3
"""Real UN sentences (../shared/real/, when present): the 2023 documents there,
one sentence per line, split where a new front matter starts, each parsed by
undoc. Checks what must hold on real text whatever its kind:
  - every document parses (exit 0) and no text line is lost (W-UNPLACED);
  - no paragraph is glued from more than 6 input lines (sentence lines are
    kept apart or joined only under a numbered label);
  - a document with an adoption line (…理事会决议) is a resolution or decision;
    one titled …的信 / …照会 is a letter.
Skipped (exit 77) when ../shared/real/ is not there."""
import json
import os
import re
import subprocess
import sys
import tempfile

from readers import Tally

undoc, root = sys.argv[1], sys.argv[2]
path = "/work/shared/real/un-2023-zh-en-sentences.jsonl"
if not os.path.exists(path):
    print(f"skipped: {path} is not there")
    sys.exit(77)

lines = [json.loads(l)["zh"] for l in open(path, encoding="utf-8")]


def starts_document(s):
    return s == "联合国" or re.fullmatch(r"\d{4}年届会", s) is not None


docs, cur, in_front = [], [], False
for s in lines:
    start = starts_document(s)
    if start and cur and not in_front:
        docs.append(cur)
        cur = []
    cur.append(s)
    in_front = start or (len(cur) < 4 and len(s) < 30)
docs.append(cur)


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n.get("children", []))


tally = Tally()
kinds = {}
keep = os.environ.get("UNDOC_REAL_KEEP")
with tempfile.TemporaryDirectory() as tmp:
    tmp = keep or tmp
    for k, doc in enumerate(docs):
        name = os.path.join(tmp, f"real-{k:02d}.txt")
        with open(name, "w", encoding="utf-8") as f:
            f.write("\n".join(doc) + "\n")
        run = subprocess.run([undoc, "parse", "-q", name], capture_output=True)
        tally.check(run.returncode == 0, f"real document {k} parses", run.stderr.decode()[:200])
        if run.returncode != 0:
            continue
        d = json.loads(run.stdout)
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        unplaced = [x for x in d["diagnostics"] if x["code"] == "W-UNPLACED"]
        tally.check(not unplaced, f"real document {k}: every line placed", str(unplaced[:1]))
        nodes = list(walk(d["front_matter"]["paragraphs"])) + list(walk(d["body"]))
        for a in d["annexes"]:
            nodes += list(walk(a["children"]))
        # (a numbered paragraph of text set a sentence per line takes its
        # sentences, and a paragraph its sub-items (一) (a): those may be long)
        sub_items = re.compile(r"[(（]([一二三四五六七八九十]+|[a-z]{1,3})[)）]")
        sentences = d["source"]["layout"]["shape"] == "sentence_per_line"
        glued = [n for n in nodes if n.get("type") == "paragraph" and n["lines"][1] - n["lines"][0] >= 6
                 and not sub_items.search(n["text"]) and not (sentences and n["kind"] == "numbered")]
        tally.check(not glued, f"real document {k}: no paragraph glued from more than 6 lines",
                    str([(n["lines"], n["text"][:40]) for n in glued[:2]]))
        fm = d["front_matter"]
        if fm.get("adoption") and re.search(r"(理事会|大会)(通过的)?决议$", fm["adoption"]["text"]):
            tally.check(d["kind"] in ("resolution", "decision"), f"real document {k}: an adopted text is a resolution",
                        f"kind {d['kind']}")
        title = fm.get("title") or ""
        if re.search(r"(的信|照会)$", title):
            tally.check(d["kind"] == "letter", f"real document {k}: {title[:20]}… is a letter", f"kind {d['kind']}")
print("kinds found:", ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items(), key=lambda x: str(x[0]))))
tally.finish()
