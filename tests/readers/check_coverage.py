#!/usr/bin/python3
"""Nothing is lost: every Han character of each sample's text appears in its
JSON output at least as often as in the input, apart from structural labels
that the JSON holds as fields (联合国 of the masthead, the 段次/页次 column
heads, the 附件 label of an annex or TOC row, the 项目 of an agenda line)."""
import collections
import os
import re
import sys

from readers import Tally, parse, samples

undoc, root = sys.argv[1], sys.argv[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
LABEL_LINE = re.compile(r"^(联\s*合\s*国.*|[\s段次页]*|附件[一二三四五六七八九十]*|附录)$")


def strings(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("source", "diagnostics", "message"):
                continue
            strings(v, out)
    elif isinstance(node, list):
        for v in node:
            strings(v, out)
    elif isinstance(node, str):
        out.append(node)


tally = Tally()
for sample in samples(root):
    raw = open(sample, "rb").read()
    enc = "gb18030" if "gb18030" in sample else "utf-8-sig"
    lines = raw.decode(enc).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [l for l in lines if not LABEL_LINE.match(l.strip())]
    kept = [re.sub(r"^\s*附件[一二三四五六七八九十]*", "", l) for l in kept]
    kept = [l.replace("项目", "", 1) if "议程" in l or "项目清单" in l or re.match(r"\s*项目\s*\d", l) else l
            for l in kept]
    want = collections.Counter(HAN.findall("\n".join(kept)))
    doc = parse(undoc, sample)
    out = []
    strings(doc, out)
    have = collections.Counter(HAN.findall("\n".join(out)))
    missing = {c: n - have[c] for c, n in want.items() if have[c] < n}
    name = os.path.basename(sample)
    tally.check(not missing, f"{name}: {sum(want.values())} Han characters all in the output",
                f"characters lost: {dict(list(missing.items())[:10])}")
tally.finish()
