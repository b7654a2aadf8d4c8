#!/usr/bin/python3
"""Token rows point at their text: for every sample, each row of
`undoc tokens -f jsonl` resolves its JSON pointer in `undoc parse`'s output of
the same file, and the token stands in that text at its offset; the tokens of a
text spell the text (whitespace aside), so nothing is lost; the rows pass the
token-row schema; `parse --tokens` carries the same tokens on the nodes; and
every text parse writes is tokenised (no text without rows)."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "readers"))
from readers import Tally, parse, samples  # noqa: E402

import jsonschema  # noqa: E402

undoc, root = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(root, "docs/schema/undoc-1-token-row.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
tally = Tally()


def resolve(doc, ptr):
    node = doc
    for part in ptr.split("/")[1:]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def strip(s):
    return re.sub(r"\s+", "", s)


for sample in samples(root):
    name = os.path.basename(sample)
    doc = parse(undoc, sample)
    out = subprocess.run([undoc, "tokens", "-q", "-f", "jsonl", sample], capture_output=True, check=True).stdout
    rows = [json.loads(l) for l in out.decode("utf-8").splitlines()]
    bad_schema = [e.message for r in rows for e in validator.iter_errors(r)]
    tally.check(not bad_schema, f"{name}: rows pass the token-row schema", bad_schema[0] if bad_schema else "")
    tally.check(rows and rows[0]["kind"] == "document" and rows[0]["source"] == sample, f"{name}: document row first")
    texts = {}
    misplaced = []
    for r in rows[1:]:
        text = resolve(doc, r["ptr"])
        texts.setdefault(r["ptr"], [text, []])[1].append(r)
        if r["kind"] == "footnote":
            continue
        cps = list(text)
        at = "".join(cps[r["offset"]:r["offset"] + len(r["token"])])
        if at != r["token"]:
            misplaced.append(f'{r["ptr"]}@{r["offset"]}: row says {r["token"]!r}, text has {at!r}')
    tally.check(not misplaced, f"{name}: every token stands at its offset", "; ".join(misplaced[:3]))
    lost = []
    for ptr, (text, rs) in texts.items():
        spelled = "".join(r["token"] for r in rs if r["kind"] != "footnote")
        if strip(spelled) != strip(text):
            lost.append(f"{ptr}: {text[:40]!r}")
    tally.check(not lost, f"{name}: tokens spell their texts", "; ".join(lost[:3]))
    # every non-empty text of parse's output has rows
    wanted = []

    def nodes(ns, base):
        for i, n in enumerate(ns):
            p = f"{base}/{i}"
            if n["type"] == "section":
                wanted.append((p + "/title", n["title"]))
                nodes(n["children"], p + "/children")
            elif n["type"] == "paragraph":
                wanted.append((p + "/text", n["text"]))
            else:
                for r, row in enumerate(n["rows"]):
                    for c, cell in enumerate(row):
                        wanted.append((f"{p}/rows/{r}/{c}", cell))
    fm = doc["front_matter"]
    if fm["title"]:
        wanted.append(("/front_matter/title", fm["title"]))
    nodes(fm["paragraphs"], "/front_matter/paragraphs")
    nodes(doc["body"], "/body")
    for i, a in enumerate(doc["annexes"]):
        wanted.append((f"/annexes/{i}/title", a["title"]))
        nodes(a["children"], f"/annexes/{i}/children")
    for i, e in enumerate((doc["toc"] or {}).get("entries", [])):
        wanted.append((f"/toc/entries/{i}/title", e["title"]))
    for i, f in enumerate(doc["footnotes"]):
        wanted.append((f"/footnotes/{i}/text", f["text"]))
    missing = [p for p, t in wanted if strip(t) and p not in texts]
    tally.check(not missing, f"{name}: every text has token rows", ", ".join(missing[:3]))
    # parse --tokens carries the same tokens
    tdoc = parse(undoc, sample, "--tokens")
    differ = []
    for ptr, (text, rs) in texts.items():
        if "/rows/" in ptr or not ptr.endswith(("/text", "/title")) or ptr.startswith("/front_matter/") and \
                not ptr.startswith("/front_matter/paragraphs"):
            continue
        holder = resolve(tdoc, ptr.rsplit("/", 1)[0])
        got = [(t["token"], t["kind"], t["offset"], t["sentence"]) for t in holder.get("tokens", [])]
        want = [(r["token"], r["kind"], r["offset"], r["sentence"]) for r in rs]
        if got != want:
            differ.append(ptr)
    tally.check(not differ, f"{name}: parse --tokens carries the same tokens", ", ".join(differ[:3]))
tally.finish()
