#!/usr/bin/env python3
"""Check the hand-segmented gold standard in this directory.

Every *.gold file holds paragraphs: a line "> TEXT" (the paragraph text exactly
as undoc gives it), then one token per line, then a blank line. Lines starting
with "#" are comments. For every paragraph, the tokens concatenated with all
whitespace removed must equal TEXT with all whitespace removed.

Also flagged: a token that is empty, begins or ends with whitespace, or a
token line before any "> " line.

Prints paragraphs and tokens per file and in total; exits 1 on any violation.
Usage: check_gold.py [DIR or FILE ...]   (default: this script's directory)
"""
import os
import re
import sys

WS = re.compile(r"\s+")


def strip_ws(s):
    return WS.sub("", s)


def check_file(path, errors):
    paragraphs = 0
    tokens = 0
    para = None  # [line_no, text, [tokens]]

    def close(p):
        nonlocal paragraphs, tokens
        if p is None:
            return
        line_no, text, toks = p
        paragraphs += 1
        tokens += len(toks)
        if not toks:
            errors.append(f"{path}:{line_no}: paragraph has no tokens")
            return
        want = strip_ws(text)
        got = strip_ws("".join(toks))
        if want != got:
            i = 0
            while i < min(len(want), len(got)) and want[i] == got[i]:
                i += 1
            errors.append(
                f"{path}:{line_no}: tokens do not match the text at character {i}: "
                f"text has {want[i:i + 12]!r}, tokens give {got[i:i + 12]!r}")

    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if line.startswith("#"):
            continue
        if line.startswith("> "):
            close(para)
            para = [n, line[2:], []]
            continue
        if line.strip() == "":
            if line != "":
                errors.append(f"{path}:{n}: line of only whitespace")
            close(para)
            para = None
            continue
        if para is None:
            errors.append(f"{path}:{n}: token outside a paragraph: {line!r}")
            continue
        if line != line.strip():
            errors.append(f"{path}:{n}: token with leading or trailing whitespace: {line!r}")
        para[2].append(line)
    close(para)
    return paragraphs, tokens


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    targets = argv[1:] or [here]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, f) for f in os.listdir(t) if f.endswith(".gold"))
        else:
            files.append(t)
    if not files:
        print("no .gold files found", file=sys.stderr)
        return 1
    errors = []
    total_p = total_t = 0
    for path in files:
        p, t = check_file(path, errors)
        total_p += p
        total_t += t
        print(f"{os.path.basename(path)}: {p} paragraphs, {t} tokens")
    print(f"total: {len(files)} files, {total_p} paragraphs, {total_t} tokens")
    for e in errors:
        print("error: " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
