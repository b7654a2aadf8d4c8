#!/usr/bin/env python3
"""The kinds corpus in shapes of text that other tools make, read for accuracy.

    shapes.py UNDOC ROOT [--min RATE] [-v]

From each samples/NAME-para.txt (a paragraph a line) it makes, in a
temporary directory, the text as three other tools would give it, and runs
accuracy.py on them against tests/corpus/expected/NAME.json:
  textwrap   each paragraph wrapped by Python's textwrap at 40 characters (a
             count of characters, not columns), a blank line between paragraphs
  textwrap-nb  the same without the blank lines
  textwrap-60, textwrap-60-nb  the same at 60 characters: most paragraphs
             take a line or two, a few lines stand at the wrap
  indented   each paragraph of more than 24 characters set in by two
             ideographic spaces ("　　") and cut every 38 characters, the
             indent counted; shorter lines (titles, headings) as they are; no
             blank lines
  set-in-50, set-in-64, set-in-80  a fixed-width export's wrap: each
             paragraph (a line that holds a full stop or ends in a clause's or
             a sentence's mark) set in by "　　", wrapped at
             50, 64 and 80 columns (a Han character two), its wrapped lines at
             the margin; titles, headings and the masthead not set in (and
             wrapped too where longer than the width)
  pandoc-72  pandoc's plain text: wrapped at 72 columns, a blank line
             between paragraphs, a numbered paragraph's wrapped lines hung
             under its text
  para-blank  a paragraph a line, a blank line after each (a word
             processor's paragraphs saved as text)
  markdown   as a converter's Markdown: headings marked # and ##, notes
             [^1] and [^1]: …, a star escaped \\*, TAB rows a pipe table
--min RATE fails when a shape's share of checks that hold is below RATE.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def shapes(text):
    paras = [line for line in text.split("\n") if line.strip()]
    tw = [textwrap.fill(p, 40) for p in paras]
    tw60 = [textwrap.fill(p, 60) for p in paras]
    indented = []
    for line in paras:
        if len(line) > 24 and not line.startswith(("联合国", "Distr", "Original")):
            t = "\u3000\u3000" + line
            indented += [t[k:k + 38] for k in range(0, len(t), 38)]
        else:
            indented.append(line)
    out = {"textwrap": "\n\n".join(tw) + "\n", "textwrap-nb": "\n".join(tw) + "\n",
           "indented": "\n".join(indented) + "\n",
           "textwrap-60": "\n\n".join(tw60) + "\n", "textwrap-60-nb": "\n".join(tw60) + "\n"}
    for width in COLUMNS:
        lines = []
        for line in paras:
            para = (line[-1] in "。；：，！？" or "。" in line) and not line.startswith(("联合国", "Distr", "Original"))
            cur, w = "", 0
            for c in ("\u3000\u3000" + line) if para else line:
                cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
                if w + cw > width:
                    lines.append(cur)
                    cur, w = "", 0
                cur += c
                w += cw
            lines.append(cur)
        out[f"set-in-{width}"] = "\n".join(lines) + "\n"
    # (pandoc's plain text: 72 columns, a blank line between paragraphs, a
    # numbered paragraph's lines hung under its text; tables as they are)
    lines = []
    for line in paras:
        m = re.match(r"^(\d+(?:\.\d+)*\.?)\s+(.*)$", line)
        if "\t" in line:
            lines += [line, ""]
            continue
        first = rest = ""
        text = line
        if m and len(line) > 20:
            first = m.group(1) + " " * max(1, 4 - len(m.group(1)))
            rest = " " * len(first)
            text = m.group(2)
        cur, w = first, len(first)
        for c in text:
            cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
            if w + cw > 72:
                lines.append(cur)
                cur, w = rest, len(rest)
            cur += c
            w += cw
        lines += [cur, ""]
    out["pandoc-72"] = "\n".join(lines)
    # (Markdown, as a converter gives the document: a blank line between
    # paragraphs, chapter headings marked "#" and lettered ones "##", raised
    # note markers "[^1]" and their notes "[^1]: …", a star escaped "\\*", TAB
    # rows as a pipe table under its row of dashes)
    sup = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
    md, in_table = [], False
    for line in paras:
        if "\t" in line:
            cells = line.split("\t")
            md.append("| " + " | ".join(cells) + " |")
            if not in_table:
                md.append("|" + "|".join("---" for _ in cells) + "|")
            in_table = True
            continue
        if in_table:
            md.append("")
            in_table = False
        m = re.match(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(.*)$", line)
        if m:
            md += [f"[^{m.group(1).translate(sup)}]: {m.group(2)}", ""]
            continue
        line = re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", lambda k: f"[^{k.group(0).translate(sup)}]", line)
        line = line.replace("*", "\\*")
        if re.match(r"^[一二三四五六七八九十]+[、.．]\s*\S", line) and len(line) < 60:
            line = "# " + line
        elif re.match(r"^[A-Z][.．]\s+\S", line) and len(line) < 60:
            line = "## " + line
        md += [line, ""]
    out["markdown"] = "\n".join(md) + "\n"
    # (a word processor's paragraphs saved as text, a blank line after each)
    out["para-blank"] = "\n\n".join(paras) + "\n"
    return out


COLUMNS = (50, 64, 80)


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    undoc, root = args[0], args[1]
    tmp = tempfile.mkdtemp(prefix="undoc-shapes-")
    os.makedirs(os.path.join(tmp, "samples"))
    os.makedirs(os.path.join(tmp, "tests", "corpus"))
    os.symlink(os.path.join(os.path.abspath(root), "tests", "corpus", "expected"),
               os.path.join(tmp, "tests", "corpus", "expected"))
    for name in sorted(os.listdir(os.path.join(root, "tests", "corpus", "expected"))):
        stem = name[:-5]
        src = os.path.join(root, "samples", stem + "-para.txt")
        if not os.path.exists(src):
            continue
        for shape, text in shapes(open(src, encoding="utf-8").read()).items():
            with open(os.path.join(tmp, "samples", f"{stem}-{shape}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
    cmd = [sys.executable, os.path.join(HERE, "accuracy.py"), undoc, tmp, "--shapes",
           ",".join(["textwrap", "textwrap-nb", "indented", "textwrap-60", "textwrap-60-nb"] +
                    [f"set-in-{w}" for w in COLUMNS] + ["pandoc-72", "para-blank", "markdown"])]
    if "-v" in args:
        cmd.append("-v")
    if "--min" in args:
        cmd += ["--min", "all=" + args[args.index("--min") + 1]]
    rc = subprocess.run(cmd).returncode
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(rc)


if __name__ == "__main__":
    main()
