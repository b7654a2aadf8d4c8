#!/usr/bin/python3
"""Nothing is lost: every Han character and every Latin word (two letters or
more) of each sample's text appears in its JSON output at least as often as in
the input, structural labels too: the masthead's 联合国, Distr.: and Original:
(front_matter.masthead holds its lines as written), a TOC's 段次/页次 column
heads (toc.heads) and its rows' labels (附件一, 第一章: label), an annex's 附件
(label), an agenda line's 项目 (agenda_items[].text), a paragraph's label
(VIII.12's "VIII" in the paragraph's label, its text starting after it).
With --mutations N [--seed S], also N seeded mutations of the samples (lines
lost, doubled, swapped, split, joined, borrowed from another sample; a TAB, a
blank line or a form feed put in); UNDOC_KEEP_MUTANTS=DIR keeps the failing ones."""
import collections
import os
import random
import re
import sys
import tempfile

from readers import Tally, parse, samples

undoc, root = sys.argv[1], sys.argv[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
# Latin words of two letters or more (A/61/150's "A" and "(C)" are no words)
WORD = re.compile(r"[A-Za-z]{2,}")


def units(text):
    """What a reader must find: Han characters and Latin words, counted."""
    return collections.Counter(HAN.findall(text) + WORD.findall(text))


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


def expected_han(lines):
    lines = [l.replace("\ufeff", "") for l in lines]  # (a stray BOM is no text)
    return units("\n".join(lines))


def lost(doc, want):
    out = []
    strings(doc, out)
    text = "\n".join(out)
    have = units(text)
    missing = {c: n - have[c] for c, n in want.items() if have[c] < n}
    # (a Latin word a line's end cut, the wrap's or a mutation's, "ST/SG" /
    # "B/2018/1", comes out joined with its rest, "ST/SGB/2018/1": found
    # within a longer word, it is there)
    return {c: n for c, n in missing.items()
            if not (WORD.fullmatch(c) and text.count(c) >= want[c])}


def read_lines(sample):
    raw = open(sample, "rb").read()
    enc = "gb18030" if "gb18030" in sample else "utf-8-sig"
    return raw.decode(enc).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def mutate(rng, lines, others):
    """One to three edits of the kinds real files show: lines lost, doubled,
    swapped, split or joined; a line from another document; a TAB, a blank
    line or a form feed put in."""
    lines = list(lines)
    for _ in range(rng.randint(1, 3)):
        if not lines:
            break
        k = rng.randrange(len(lines))
        op = rng.randrange(9)
        if op == 0:
            del lines[k]
        elif op == 1:
            lines.insert(k, lines[k])
        elif op == 2 and k + 1 < len(lines):
            lines[k], lines[k + 1] = lines[k + 1], lines[k]
        elif op == 3:
            donor = rng.choice(others)
            lines.insert(k, rng.choice(donor) if donor else "")
        elif op == 4 and lines[k]:
            at = rng.randrange(len(lines[k]) + 1)
            lines[k] = lines[k][:at] + "\t" + lines[k][at:]
        elif op == 5 and len(lines[k]) > 2:
            at = rng.randrange(1, len(lines[k]))
            lines[k:k + 1] = [lines[k][:at], lines[k][at:]]
        elif op == 6 and k + 1 < len(lines):
            lines[k:k + 2] = [lines[k] + lines[k + 1]]
        elif op == 7:
            lines.insert(k, "")
        else:
            lines[k] = "\f" + lines[k]
    return lines


tally = Tally()
for sample in samples(root):
    want = expected_han(read_lines(sample))
    missing = lost(parse(undoc, sample), want)
    name = os.path.basename(sample)
    tally.check(not missing, f"{name}: {sum(want.values())} Han characters and Latin words all in the output",
                f"characters lost: {dict(list(missing.items())[:10])}")

# Cases that once lost text silently (issue 13), and inputs the mutations found.
REGRESSIONS = {
    "second organ line": "联合国\tA/61/187\n大会\n安全理事会\nDistr.: General\n\n第六十一届会议\n标题\n\n一. 引言\n1. 文本。\n",
    "words after a date": "联合国 A/RES/62/1\n大会\nDistr.: General\n2007 年 9 月 13 日大会决议\n\n62/1. 标题\n\n大会，\n1. 决定。\n",
    "text after a TOC page": "标题\n\n目录\n\t页次\n一、措施\t3附注文字\n二、结论\t4\n\n一、措施\n1. 文本。\n二、结论\n2. 文本。\n",
    "TOC head glued to a row": "标题\n\n目录\n页次一、导言\t3\n二、结论\t4\n\n一、导言\n1. 文本。\n二、结论\n2. 文本。\n",
    "TAB inside a TOC title": "标题\n\n目录\n一、措施\t和行\t动\t3\n二、结论\t4\n\n一、措施和行动\n1. 文本。\n"
                              "二、结论\n2. 文本。\n",
    "TAB inside a TOC title, no page": "目录\n一. 导言\t1-7\t3\nA. 加强合作：主要利益有关者\t的作用\n\n65-71\n13\n\n一. 导言\n1. 文本。\n",
    "marker in a heading": "一. 引言¹\n1. 文本。\n¹ 注释文字。\n",
    "organ glued to Distr.": "联合国 A/CN.10/2023/WP.4\n大 会Distr.: General\n14 April 2023\n\n裁军审议委员会\n\n1. 本文件。\n",
    "a masthead date twice": "联合国 S/RES/2693 (2023)\n安全理事会\nDistr.: General\n2023年7月27日\n2023年7月27日\n\n"
                            "第2693(2023)号决议\n\n2023年7月27日安全理事会第9385次会议通过\n\n安全理事会，\n1. 决定。\n",
    "a line no rule places": "一. 导言\n1. 文本。\n06-45095 (C)\n1/12\n为世界会议的《德班宣言》所载承诺。\nA/61/187\n2. 文本。\n",
    "a one-character line after a clause": "大会，\n回顾，\n第\n1. 决定。\n",
    "a long title above the last line": "（2021年3月9日委员会第1次会议通过，经2023年4月18日第12次会议修正）\n国际内陆航运安全委员会议事规则",
}
with tempfile.TemporaryDirectory() as tmp:
    for name, text in REGRESSIONS.items():
        path = os.path.join(tmp, "case.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        lines = text.split("\n")
        try:
            missing = lost(parse(undoc, path), expected_han(lines))
        except Exception as e:  # noqa: BLE001
            missing = {"(undoc failed)": str(e)[:120]}
        tally.check(not missing, f"regression: {name}", f"characters lost: {missing}")

# Mutations of the samples (seeded): the same property on text no sample shows.
count = int(sys.argv[sys.argv.index("--mutations") + 1]) if "--mutations" in sys.argv else 0
rng = random.Random(int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20261129)
all_lines = [read_lines(s) for s in samples(root)]
failed_cases = 0
with tempfile.TemporaryDirectory() as tmp:
    for m in range(count):
        i = rng.randrange(len(all_lines))
        lines = mutate(rng, all_lines[i], all_lines)
        path = os.path.join(tmp, f"m{m}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        try:
            missing = lost(parse(undoc, path), expected_han(lines))
        except Exception as e:  # noqa: BLE001  (undoc failed on it: a bug)
            missing = {"(undoc failed)": str(e)[:120]}
        if missing:
            failed_cases += 1
            keep = os.environ.get("UNDOC_KEEP_MUTANTS")
            if keep:
                os.makedirs(keep, exist_ok=True)
                open(os.path.join(keep, f"m{m}.txt"), "w", encoding="utf-8").write("\n".join(lines))
        tally.check(not missing, f"mutation {m} of {os.path.basename(samples(root)[i])}",
                    f"characters lost: {dict(list(missing.items())[:10])}")
tally.finish()
