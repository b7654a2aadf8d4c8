#!/usr/bin/env python3
"""Structure read from PDF text in many page layouts, against the source.

    check_layouts.py UNDOC ROOT [-v] [--dir CORPUS] [--min RATE] [--min-check KIND=RATE ...] [--pdf DIR [--pdf-only] [--min-pdf RATE] [--mupdf]] [--no-page-breaks]

tests/layouts/NAME/K-MODE.txt is document NAME laid out in set-up K and
extracted by pdftotext in MODE (tests/data/make_layout_corpus.py made them);
K.json says the set-up and which paragraphs pdftotext scrambled (--dir
tests/layouts-wide: the wider corpus, every other document, make_layout_corpus.py
--wide; tests/layouts-rest: the 12 documents in neither, --rest). The expected
structure is the source's (tests/corpus/expected/NAME.json). Per file:
  paragraph  every paragraph's text (whitespace aside), but the scrambled ones;
             the plain digits of a marker whose footnote pdftotext set apart
             irregularly (not asked for) may stay in it
  furniture  no running header, job number or page number inside any text
  footnote   every footnote found, with its text, and linked to its marker (but
             those whose labels pdftotext set apart from their bodies out of order)
  front      each front-matter field the source states
  heading    each heading (kind, number, title)
  toc        each table-of-contents entry, by title
  annexes    the annexes, by number and title, and no more
  table      the annex tables rebuilt with all their rows (unless pdftotext
             set their cells out of reading order)
  closing    each closing line (when the set-up prints them)
With --pdf DIR, only the set-ups whose PDF is DIR/NAME/K.pdf are checked, and
each is also read as a PDF file (mode "pdf"; left out only what no pdftotext
mode gives, characters missing from the text layer), and the run fails when a PDF
is read worse than the text pdftotext made of it: a check the PDF path fails
that a text mode holds (the checks whose detail names what was found aside).
With --pdf DIR --mupdf, each PDF's text is made by MuPDF (mutool draw -F txt)
and checked instead (mode "mupdf"; exit 77 without mutool). With --no-page-breaks, each text is read with its form feeds taken out, as
pdftotext -nopgbrk or a copy from a PDF reader gives it (the pages then told
by their footers). Prints the pass rate per check, per mode and per value of every axis, so a
regression names its layout. --min fails below an overall rate; --min-check
below a rate for one kind of check.
"""
import collections
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "corpus"))
sys.path.insert(0, os.path.join(HERE, "..", "data"))
import accuracy  # noqa: E402
import make_kind_corpus as kc  # noqa: E402

JOB = re.compile(r"\d{2}-\d{5}\s*\(C\)")


def clean(s):
    return re.sub(r"\s+", "", s or "")


def texts_of(doc):
    nodes = list(accuracy.walk(doc["front_matter"]["paragraphs"])) + list(accuracy.walk(doc["body"]))
    for a in doc["annexes"]:
        nodes += list(accuracy.walk(a["children"]))
    out = [n.get("text") or n.get("title") or "" for n in nodes]
    out += [f["text"] for f in doc["footnotes"]]
    return out


def tables_rows(doc):
    rows = 0
    nodes = list(accuracy.walk(doc["body"]))
    for a in doc["annexes"]:
        nodes += list(accuracy.walk(a["children"]))
    for n in nodes:
        if n.get("type") == "table":
            rows += len(n["rows"])
    return rows


NO_PAGE_BREAKS = "--no-page-breaks" in sys.argv
MUPDF = "--mupdf" in sys.argv


def check_one(undoc, path, exp, source_rows, symbol, setup, unrecoverable, table_scrambled=False, headers_lost=0,
              footnotes_scrambled=()):
    if NO_PAGE_BREAKS and path.endswith(".txt"):
        text = open(path, "rb").read().replace(b"\f", b"")
        run = subprocess.run([undoc, "parse", "-q", "-"], input=text, capture_output=True)
    else:
        run = subprocess.run([undoc, "parse", "-q", path], capture_output=True)
    if run.returncode != 0:
        return [("parse", False, run.stderr.decode()[:200])]
    doc = json.loads(run.stdout)
    act = accuracy.actual_structure(doc)
    checks = []
    have = collections.Counter(p["text"] for p in act["paragraphs"])
    # a footnote pdftotext set apart irregularly is not asked for, so neither
    # is knowing its marker for one: a paragraph may keep that marker's digits
    # ("…增加约1.5亿。1"), and nothing else
    plain = [i for i in footnotes_scrambled if i.isdigit()]
    if plain:
        marker = re.compile(r"(?<=[\u4e00-\u9fff。，；：）)》”、])(%s)(?=[\u4e00-\u9fff，。；：、]|$)"
                            % "|".join(sorted(plain, key=len, reverse=True)))
        # (as well as the text as it stands; one marker taken out at a time,
        # or all: a date's digits look the same, "2022年3月…水平。3对于")
        for t, n in list(have.items()):
            spans = [m.span() for m in marker.finditer(t)]
            variants = {t[:a] + t[b:] for a, b in spans}
            if len(spans) > 1:
                variants.add(marker.sub("", t))
            for t2 in variants:
                have[t2] += n
    for k, p in enumerate(exp["paragraphs"]):
        if k in unrecoverable:
            continue
        ok = have[p["text"]] > 0
        if ok:
            have[p["text"]] -= 1
        checks.append(("paragraph", ok, p["text"][:40]))
    # no page furniture inside any text
    expected_blob = "".join(p["text"] for p in exp["paragraphs"])
    leaks = []
    for t in texts_of(doc):
        c = clean(t)
        if symbol and clean(symbol) in c and clean(symbol) not in expected_blob:
            leaks.append(t[:50])
        elif JOB.search(t):
            leaks.append(t[:50])
    checks.append(("furniture", not leaks, "; ".join(leaks[:2])))
    notes = {(f["id"], clean(f["text"])): f for f in doc["footnotes"]}
    for f in exp["footnotes"]:
        if f["id"] in footnotes_scrambled:
            continue
        got = notes.get((f["id"], f["text"]))
        checks.append(("footnote", bool(got and got["refs"]), f"{f['id']} {f['text'][:30]}" +
                       ("" if got else " (not found)") if not (got and got["refs"]) else ""))
    for key, want in exp["front_matter"].items():
        got = act["front_matter"].get(key)
        ok = clean(want) == clean(got) if key in ("title", "session") else want == got
        checks.append(("front", ok, f"{key}: {want!r} / {got!r}"))
    for h in exp["headings"]:
        ok = any(accuracy.heading_matches(h, a) for a in act["headings"])
        checks.append(("heading", ok, f"{h['kind']} {h['number']} {h['title']}"))
    # the annexes as the source has them: one too many (a TOC row taken for
    # an annex, holding the body) or one missing fails
    got_annexes = [(a["number"], a["title"]) for a in act["annexes"]]
    want_annexes = [(a["number"], clean(a["title"])) for a in exp["annexes"]]
    checks.append(("annexes", got_annexes == want_annexes, f"{want_annexes} / {got_annexes}"))
    titles = collections.Counter(e["title"] for e in act["toc"])
    for e in exp["toc"]:
        ok = titles[e["title"]] > 0
        if ok:
            titles[e["title"]] -= 1
        checks.append(("toc", ok, e["title"][:40]))
    if source_rows and not table_scrambled:
        got = tables_rows(doc)
        # (a header row pdftotext interleaved is not asked for, nor refused)
        checks.append(("table", source_rows - headers_lost <= got <= source_rows, f"{source_rows} rows / {got}"))
    if setup["closing"] == "on":
        closing = collections.Counter(act["closing"])
        for c in exp["closing"]:
            ok = closing[c] > 0
            if ok:
                closing[c] -= 1
            checks.append(("closing", ok, c))
    return checks


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    undoc, root = args[0], args[1]
    verbose = "-v" in args
    minimum = float(args[args.index("--min") + 1]) if "--min" in args else None
    per_check_min = {}
    for i, a in enumerate(args):
        if a == "--min-check":
            kind, rate = args[i + 1].split("=")
            per_check_min[kind] = float(rate)
    by_axis = collections.defaultdict(lambda: [0, 0])
    by_check = collections.defaultdict(lambda: [0, 0])
    by_mode = collections.defaultdict(lambda: [0, 0])
    by_doc = collections.defaultdict(lambda: [0, 0])
    pdf_dir = args[args.index("--pdf") + 1] if "--pdf" in args else None
    pdf_only = "--pdf-only" in args or MUPDF
    if MUPDF and not shutil.which("mutool"):
        print("mutool (mupdf-tools) is not installed: skipped")
        sys.exit(77)
    mupdf_dir = tempfile.mkdtemp(prefix="undoc-mupdf-") if MUPDF else None
    worse = []  # (file, checks the PDF path failed that a text mode held)
    failures = []  # every check that failed, printed with -v, or when the run fails
    skipped = 0
    corpus = args[args.index("--dir") + 1] if "--dir" in args else "tests/layouts"
    for meta_path in sorted(glob.glob(os.path.join(root, corpus, "*/[0-9][0-9].json"))):
        name = os.path.basename(os.path.dirname(meta_path))
        k = os.path.basename(meta_path)[:-5]
        meta = json.load(open(meta_path, encoding="utf-8"))
        exp = json.load(open(os.path.join(root, "tests/corpus/expected", name + ".json"), encoding="utf-8"))
        directives, records = kc.read_source(os.path.join(root, "tests/corpus/src", name + ".src"))
        source_rows = sum(1 for tag, _ in records if tag == "T")
        pdf = os.path.join(pdf_dir, name, f"{k}.pdf") if pdf_dir else None
        if pdf and not os.path.exists(pdf):
            continue  # (with --pdf, only the set-ups that have their PDF)
        runs = [] if pdf_only else list(meta["not_recoverable"].items())
        if pdf and os.path.exists(pdf) and not MUPDF:
            # read from the page, nothing is scrambled; but what no extraction
            # gives (characters missing from the PDF's text layer) no reader can
            lost = set.intersection(*[set(v) for v in meta["not_recoverable"].values()])
            runs.append(("pdf", sorted(lost)))
        if pdf and os.path.exists(pdf) and MUPDF:
            # the PDF's text as MuPDF gives it (mutool draw -F txt); what every
            # pdftotext mode scrambled is left out here too
            lost = set.intersection(*[set(v) for v in meta["not_recoverable"].values()])
            runs.append(("mupdf", sorted(lost)))
        held_by_mode = {}
        for mode, bad in runs:
            skipped += len(bad)
            path = pdf if mode == "pdf" else os.path.join(os.path.dirname(meta_path), f"{k}-{mode}.txt")
            if mode == "mupdf":
                path = os.path.join(mupdf_dir, f"{name}-{k}.txt")
                subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", path, pdf], check=True,
                               capture_output=True)
            checks = check_one(undoc, path, exp, source_rows, directives.get("symbol"), meta["setup"], set(bad),
                               meta.get("table_not_recoverable", {}).get(mode, False),
                               meta.get("table_headers_not_recoverable", {}).get(mode, 0),
                               set(meta.get("footnotes_not_recoverable", {}).get(mode, [])))
            held_by_mode[mode] = {(c[0], c[2]) for c in checks if c[1]}
            if mode == "pdf":
                failed_pdf = [c for c in checks if not c[1]]
                text_held = set().union(*[v for m, v in held_by_mode.items() if m != "pdf"])
                lost = [c for c in failed_pdf if (c[0], c[2]) in text_held or c[0] == "parse"]
                if lost:
                    worse.append((f"{name}/{k}.pdf", lost))
            held = sum(1 for c in checks if c[1])
            for key in [(a, v) for a, v in meta["setup"].items()]:
                by_axis[key][0] += held
                by_axis[key][1] += len(checks)
            for c in checks:
                by_check[c[0]][0] += c[1]
                by_check[c[0]][1] += 1
            by_mode[mode][0] += held
            by_mode[mode][1] += len(checks)
            by_doc[name][0] += held
            by_doc[name][1] += len(checks)
            for c in checks:
                if not c[1]:
                    failures.append(f"  {name}/{k}-{mode}: {c[0]}: {c[2]}")
                    if verbose:
                        print(failures[-1])

    def rate(x):
        return f"{100 * x[0] / x[1]:6.1f}% ({x[0]}/{x[1]})" if x[1] else "     -"

    print("per check:")
    for c, x in sorted(by_check.items()):
        print(f"  {c:12} {rate(x)}")
    print("per mode:")
    for m, x in sorted(by_mode.items()):
        print(f"  {m:12} {rate(x)}")
    print("per document:")
    for d, x in sorted(by_doc.items()):
        print(f"  {d:48} {rate(x)}")
    print("per axis value:")
    last = None
    for (axis, value), x in sorted(by_axis.items()):
        if axis != last:
            print(f"  {axis}")
            last = axis
        print(f"    {value:22} {rate(x)}")
    total = [sum(x[0] for x in by_check.values()), sum(x[1] for x in by_check.values())]
    print(f"all checks: {rate(total)}; paragraphs pdftotext scrambled (not asked for): {skipped}")
    if pdf_dir:
        print(f"PDF files read worse than the pdftotext text path: {len(worse)}")
        for f, lost in worse:
            print(f"  {f}: " + "; ".join(f"{c[0]}: {c[2]}" for c in lost[:3]))
    failed = bool(pdf_dir and worse)
    if "--min-pdf" in args:
        floor = float(args[args.index("--min-pdf") + 1])
        x = by_mode.get("pdf", [0, 0])
        if not x[1] or x[0] / x[1] < floor:
            print(f"FAIL: PDF files: {x[0]}/{x[1]} checks hold, below {floor:.0%}")
            failed = True
    if minimum is not None and total[1] and total[0] / total[1] < minimum:
        print(f"FAIL: {total[0] / total[1]:.1%} of checks hold, below {minimum:.0%}")
        if not verbose:
            print("\n".join(failures[:30]))
        failed = True
    for kind, floor in per_check_min.items():
        x = by_check.get(kind, [0, 0])
        if x[1] and x[0] / x[1] < floor:
            print(f"FAIL: {kind}: {x[0] / x[1]:.1%} of checks hold, below {floor:.0%}")
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
