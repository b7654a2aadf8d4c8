#!/usr/bin/python3
"""Nothing is lost: every Han character of each sample's text appears in its
JSON output at least as often as in the input, apart from structural labels
that the JSON holds as fields (联合国 of the masthead, the 段次/页次 column
heads, the 附件 label of an annex or TOC row, the 项目 of an agenda line)."""
import collections
import glob
import json
import os
import re
import subprocess
import sys

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


passed = failed = 0
for sample in sorted(glob.glob(os.path.join(root, "samples/*.txt"))):
    raw = open(sample, "rb").read()
    enc = "gb18030" if "gb18030" in sample else "utf-8-sig"
    lines = raw.decode(enc).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [l for l in lines if not LABEL_LINE.match(l.strip())]
    kept = [re.sub(r"^\s*附件[一二三四五六七八九十]*", "", l) for l in kept]
    kept = [l.replace("项目", "", 1) if "议程" in l or "项目清单" in l or re.match(r"\s*项目\s*\d", l) else l
            for l in kept]
    want = collections.Counter(HAN.findall("\n".join(kept)))
    doc = json.loads(subprocess.run([undoc, "parse", "-q", sample], check=True, stdout=subprocess.PIPE).stdout)
    out = []
    strings(doc, out)
    have = collections.Counter(HAN.findall("\n".join(out)))
    missing = {c: n - have[c] for c, n in want.items() if have[c] < n}
    name = os.path.basename(sample)
    if missing:
        failed += 1
        print(f"FAIL {name}: characters lost: {dict(list(missing.items())[:10])}")
    else:
        passed += 1
        print(f"ok {name}: {sum(want.values())} Han characters all in the output")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
