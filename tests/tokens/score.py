#!/usr/bin/python3
"""Scores undoc's tokens against the hand-segmented gold standard
(tests/tokens/gold/*.gold, conventions in docs/tokens.md and
tests/tokens/gold/CONVENTIONS.md), SIGHAN style: a word counts as right when
both its ends match the gold's, punctuation included; whitespace is no token.

    score.py UNDOC ROOT [--min-f1 0.93] [--jieba] [--show N]

--min-f1: exit 1 when undoc's F1 over the whole gold is below it.
--jieba:  also score jieba (Debian python3-jieba, default mode) on the same
          paragraphs, and time both as whole processes on the same text.
--show N: print N of undoc's wrong words, with their gold context.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import time

WS = re.compile(r"\s+")


def read_gold(root):
    """[(file, text, [tokens])]"""
    out = []
    for path in sorted(glob.glob(os.path.join(root, "tests/tokens/gold/*.gold"))):
        text, toks = None, []
        for line in open(path, encoding="utf-8").read().split("\n") + [""]:
            if line.startswith("#"):
                continue
            if line.startswith("> "):
                text, toks = line[2:], []
            elif line == "":
                if text is not None:
                    out.append((os.path.basename(path), text, toks))
                text = None
            elif text is not None:
                toks.append(line)
    return out


def spans(tokens):
    """(start, end) of each token in the whitespace-stripped text"""
    out, at = [], 0
    for t in tokens:
        n = len(WS.sub("", t))
        if n == 0:
            continue
        out.append((at, at + n))
        at += n
    return out


def score(gold, test):
    """(right, gold words, test words) for one text"""
    g, t = set(spans(gold)), spans(test)
    return sum(1 for s in t if s in g), len(g), len(t)


def f1(right, ng, nt):
    p = right / nt if nt else 0.0
    r = right / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def undoc_tokens(undoc, texts):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write("\n".join(texts) + "\n")
        path = f.name
    try:
        out = subprocess.run([undoc, "tokens", "--lines", "-q", path], capture_output=True, check=True).stdout
    finally:
        os.unlink(path)
    import csv
    import io
    per_line = [[] for _ in texts]
    for row in csv.DictReader(io.StringIO(out.decode("utf-8"))):
        if row["kind"] == "document":
            continue
        per_line[int(row["line"]) - 1].append(row["token"])
    return per_line


def report(name, tally):
    right, ng, nt = tally
    p, r, f = f1(right, ng, nt)
    print(f"{name:8} P {p:.4f}  R {r:.4f}  F1 {f:.4f}  ({right} right of {ng} gold, {nt} found)")
    return f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("undoc")
    ap.add_argument("root")
    ap.add_argument("--min-f1", type=float, default=None)
    ap.add_argument("--jieba", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default="", help="with --show: only gold files whose name matches")
    a = ap.parse_args()
    gold = read_gold(a.root)
    texts = [t for _, t, _ in gold]
    got = undoc_tokens(a.undoc, texts)
    total = [0, 0, 0]
    per_file = {}
    wrong = []
    for (name, text, toks), mine in zip(gold, got):
        right, ng, nt = score(toks, mine)
        for i, v in enumerate((right, ng, nt)):
            total[i] += v
            per_file.setdefault(name, [0, 0, 0])[i] += v
        if a.show and (not a.only or re.search(a.only, name)):
            gs = set(spans(toks))
            gsp = spans(toks)
            for t, (st, en) in zip([t for t in mine if WS.sub("", t)], spans(mine)):
                if (st, en) not in gs:
                    cover = [g for g, (gst, gen) in zip([g for g in toks if WS.sub("", g)], gsp) if gen > st and gst < en]
                    wrong.append(f"{t} -> {' | '.join(cover)}")
    print(f"gold: {len(gold)} texts, {total[1]} words, from {len(per_file)} documents")
    for name, t in sorted(per_file.items()):
        print(f"  {name:55} F1 {f1(*t)[2]:.4f}")
    f_undoc = report("undoc", total)
    if a.show:
        from collections import Counter
        for w, c in Counter(wrong).most_common(a.show):
            print(f"  wrong {c:3} {w}")
    if a.jieba:
        try:
            import jieba
        except ImportError:
            print("jieba: not installed (apt-get install python3-jieba)")
        else:
            jieba.setLogLevel(60)
            jt = [0, 0, 0]
            for (name, text, toks) in gold:
                theirs = [w for w in jieba.cut(text) if w.strip()]
                for i, v in enumerate(score(toks, theirs)):
                    jt[i] += v
            report("jieba", jt)
    if a.min_f1 is not None and f_undoc < a.min_f1:
        print(f"FAIL: undoc F1 {f_undoc:.4f} is below {a.min_f1}")
        sys.exit(1)


if __name__ == "__main__":
    main()
