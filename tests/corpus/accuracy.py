#!/usr/bin/env python3
"""Structure accuracy of undoc on the kinds corpus, per kind and per input shape.

    accuracy.py UNDOC ROOT [-v] [--min SHAPE=RATE ...] [--same NAME ...] [--shapes S,S,...]

For every tests/corpus/expected/NAME.json (written by tests/data/make_kind_corpus.py
from the hand-written source, never from undoc) and every shape S of it
(samples/NAME-S.txt), runs `undoc parse` and counts the checks that hold:
kind; each front-matter field the source states; each heading (kind, number,
title); each paragraph (kind, number, text); each footnote (id, text); each
annex (number, title); each TOC entry; each closing line. Texts are compared
with whitespace removed. Prints a table per document, then per kind and shape.

--min SHAPE=RATE  fail (exit 1) when the share of checks that hold in SHAPE is
                  below RATE (0..1); `all=RATE` for every shape
--same NAME       fail unless NAME's structure is the same in every shape
--shapes S,S      the shapes to read (default para,sent,wrap; shapes.py makes others)
-v                list every failed check
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

SHAPES = ("para", "sent", "wrap")


def clean(text):
    return re.sub(r"\s+", "", text or "")


def parse(undoc, path):
    out = subprocess.run([undoc, "parse", "-q", path], capture_output=True, check=True).stdout
    return json.loads(out)


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n.get("children", []))


def actual_structure(doc):
    fm = doc["front_matter"]
    nodes = list(walk(fm.get("paragraphs", []))) + list(walk(doc["body"]))
    for annex in doc["annexes"]:
        nodes += list(walk(annex["children"]))
    meeting = fm.get("meeting") or {}
    return {
        "kind": doc.get("kind"),
        "front_matter": {
            "symbol": fm.get("symbol"),
            "organs": fm.get("organs") or ([fm["organ"]] if fm.get("organ") else []),
            "date": fm.get("date"),
            "session": (fm.get("session") or {}).get("text"),
            "agenda": [a["item"] for a in fm.get("agenda_items", [])],
            "title": fm.get("title"),
            "number": fm.get("resolution_number"),
            "meeting": str(meeting.get("number")) if meeting.get("number") is not None else None,
        },
        "headings": [{"kind": n.get("kind"), "number": n.get("number"), "title": clean(n.get("title"))}
                     for n in nodes if n.get("type") == "section"],
        "paragraphs": [{"kind": n.get("kind"), "number": n.get("number"), "text": clean(n.get("text"))}
                       for n in nodes if n.get("type") == "paragraph"],
        "footnotes": [{"id": f["id"], "text": clean(f["text"])} for f in doc["footnotes"]],
        "annexes": [{"number": a.get("number"), "title": clean(a.get("title"))} for a in doc["annexes"]],
        "toc": [{"kind": e.get("kind"), "number": e.get("number"), "title": clean(e.get("title"))}
                for e in ((doc.get("toc") or {}).get("entries") or [])],
        "closing": [clean(c.get("text")) for c in doc.get("closing", [])],
    }


def heading_matches(exp, act):
    if exp["kind"] != act["kind"]:
        return False
    if exp["number"] is not None and exp["number"] != act["number"]:
        return False
    return exp["title"] is None or exp["title"] == act["title"]


def find(items, pred):
    for i, x in enumerate(items):
        if pred(x):
            return i
    return None


def score(exp, act):
    """A list of (check name, held, detail)."""
    checks = [("kind", exp["kind"] == act["kind"], f"{exp['kind']} / {act['kind']}")]
    for key, want in exp["front_matter"].items():
        got = act["front_matter"].get(key)
        if key in ("title", "session"):
            ok = clean(want) == clean(got)
        else:
            ok = want == got
        checks.append((f"front_matter.{key}", ok, f"{want!r} / {got!r}"))

    def match_all(name, wanted, have, pred, label):
        pool = list(have)
        for w in wanted:
            k = find(pool, lambda a: pred(w, a))
            checks.append((name, k is not None, label(w)))
            if k is not None:
                pool.pop(k)

    match_all("heading", exp["headings"], act["headings"], heading_matches,
              lambda w: f"{w['kind']} {w['number']} {w['title']}")
    match_all("paragraph", exp["paragraphs"], act["paragraphs"],
              lambda w, a: w == a, lambda w: f"{w['kind']} {w['number']} {w['text'][:40]}")
    match_all("footnote", exp["footnotes"], act["footnotes"], lambda w, a: w == a,
              lambda w: f"{w['id']} {w['text'][:30]}")
    match_all("annex", exp["annexes"], act["annexes"],
              lambda w, a: w["number"] == a["number"] and (w["title"] is None or w["title"] == a["title"]),
              lambda w: f"{w['number']} {w['title']}")
    match_all("toc", exp["toc"], act["toc"],
              lambda w, a: w["title"] == a["title"] and (w["number"] is None or w["number"] == a["number"]),
              lambda w: f"{w['number']} {w['title']}")
    match_all("closing", exp["closing"], act["closing"], lambda w, a: w == a, lambda w: w)
    return checks


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    undoc, root = args[0], args[1]
    global SHAPES
    if "--shapes" in args:
        SHAPES = tuple(args[args.index("--shapes") + 1].split(","))
    verbose = "-v" in args
    mins, same = {}, []
    for i, a in enumerate(args):
        if a == "--min":
            shape, rate = args[i + 1].split("=")
            mins[shape] = float(rate)
        if a == "--same":
            same.append(args[i + 1])
    per_kind = collections.defaultdict(lambda: [0, 0])
    per_shape = collections.defaultdict(lambda: [0, 0])
    structures = {}
    print(f"{'document':48} " + " ".join(f"{s:>11}" for s in SHAPES))
    for path in sorted(glob.glob(os.path.join(root, "tests/corpus/expected/*.json"))):
        exp = json.load(open(path, encoding="utf-8"))
        name = exp["name"]
        cells = []
        for shape in SHAPES:
            sample = os.path.join(root, "samples", f"{name}-{shape}.txt")
            act = actual_structure(parse(undoc, sample))
            structures[(name, shape)] = act
            checks = score(exp, act)
            held = sum(1 for c in checks if c[1])
            cells.append(f"{held:>4}/{len(checks):<4}")
            for key in ((exp["kind"], shape), (exp["kind"], "all")):
                per_kind[key][0] += held
                per_kind[key][1] += len(checks)
            per_shape[shape][0] += held
            per_shape[shape][1] += len(checks)
            if verbose:
                for c in checks:
                    if not c[1]:
                        print(f"  {name}-{shape}: {c[0]}: {c[2]}")
        print(f"{name:48} " + " ".join(f"{c:>11}" for c in cells))
    print()
    print(f"{'kind':16} " + " ".join(f"{s:>8}" for s in SHAPES + ('all',)))
    for kind in sorted({k for k, _ in per_kind}):
        row = []
        for shape in SHAPES + ("all",):
            h, t = per_kind[(kind, shape)]
            row.append(f"{100 * h / t:7.1f}%" if t else "       -")
        print(f"{kind:16} " + " ".join(row))
    total = [sum(per_shape[s][0] for s in SHAPES), sum(per_shape[s][1] for s in SHAPES)]
    row = [f"{100 * per_shape[s][0] / per_shape[s][1]:7.1f}%" for s in SHAPES]
    print(f"{'all kinds':16} " + " ".join(row) + f" {100 * total[0] / total[1]:7.1f}%")
    failed = False
    for shape, rate in mins.items():
        for s in (SHAPES if shape == "all" else (shape,)):
            h, t = per_shape[s]
            if t and h / t < rate:
                print(f"FAIL: {s}: {h}/{t} checks hold, below {rate:.0%}")
                failed = True
    for name in same:
        base = structures.get((name, SHAPES[0]))
        if base is None:
            print(f"FAIL: no document {name}")
            failed = True
            continue
        for shape in SHAPES[1:]:
            if structures[(name, shape)] != base:
                print(f"FAIL: {name}: structure in {shape} differs from {SHAPES[0]}")
                a, b = base, structures[(name, shape)]
                for key in a:
                    if a[key] != b[key]:
                        print(f"  {key}: {json.dumps(a[key], ensure_ascii=False)[:300]}")
                        print(f"  {' ' * len(key)}  {json.dumps(b[key], ensure_ascii=False)[:300]}")
                failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
