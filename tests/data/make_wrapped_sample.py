#!/usr/bin/env python3
"""Render a paragraph-per-line sample (samples/NAME-para.txt) as hard-wrapped
PDF-like text (samples/NAME-wrap.txt): lines of about 35 full-width
characters, pages of a fixed number of lines separated by form feeds, a
running header with the symbol on every page after the first, a footer with
the page number ("2/5") and the job number ("23-06789") on lines of their own,
footnote bodies at the foot of the page where their marker falls, superscript
markers written as plain digits, an annex starting a new page.

    python3 tests/data/make_wrapped_sample.py JOB samples/NAME-para.txt > samples/NAME-wrap.txt
    python3 tests/data/make_wrapped_sample.py --all     # every sample listed in SAMPLES

Used for the kinds-more-3 samples (draft resolution, executive board decisions,
note transmitting a report, Security Council letter with an annex letter) and
the kinds-more-4 samples (UNFPA country programme document, Special Committee
working paper on a territory, Security Council presidential statement,
functional commission's report, CRC list of issues), and the kinds-more-12
samples (a Conference of the Parties' decisions, a host country agreement
with no masthead, an information circular).
"""
import re
import sys
import unicodedata

WIDTH = 70          # display columns: a Han character is two
PAGE_LINES = 34     # body and footnote lines on a page
SUP = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6",
       "⁷": "7", "⁸": "8", "⁹": "9", "⁰": "0"}
NO_START = "，。；：、）》”’!?！？)*¹²³⁴⁵⁶⁷⁸⁹⁰"


def cols(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(line):
    # a table's row (cells parted by TABs) stays one line: a PDF sets a long
    # cell's lines inside its column, not the row's text run on at the margin
    if "\t" in line:
        return [line]
    out, cur, w = [], "", 0
    for ch in re.findall(r"[A-Za-z0-9./%()-]+|.", line):  # a Latin word or number stays whole
        c = sum(cols(x) for x in ch)
        if w + c > WIDTH and cur and ch[0] not in NO_START:
            out.append(cur)
            cur, w = "", 0
        cur += ch
        w += c
    if cur:
        out.append(cur)
    return out


def is_footnote(line):
    return bool(re.match(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+) ", line))


# the samples rendered so, each with its job number
SAMPLES = {
    "resolution-hrc-draft-l-water-mountains": "23-06214",
    "decision-unicef-executive-board-2023": "23-12957",
    "note-sg-transmitting-who-road-safety": "23-07381",
    "letter-sg-to-sc-president-annex-au": "23-10852",
    "report-unfpa-country-programme-lesotho": "23-13071",
    "working-paper-special-committee-tokelau": "23-02964",
    "resolution-sc-presidential-statement-maritime": "23-15318",
    "report-commission-social-development-61": "23-03857",
    "report-crc-list-of-issues-barbados": "23-12736",
    "report-upr-working-group-naveria": "23-06642",
    "report-special-rapporteur-housing-climate": "23-07455",
    "report-crc-general-comment-mobility": "23-17820",
    "report-acabq-regional-service-centre": "23-20417",
    "report-fifth-committee-programme-budget": "23-26118",
    "report-jiu-remote-work-policies": "23-15502",
    "instrument-convention-cultural-property-trafficking": "24-12483",
    "decision-unea-6-resolutions-compendium": "24-05219",
    "report-conference-drylands-food-security": "25-11736",
    "corrigendum-ga-note-water-mountains": "23-19377",
    "corrigendum-ecosoc-report-chinese-only": "24-01682",
    "report-special-rapporteur-visit-addendum": "23-07719",
    "resolution-ga-draft-revised-rural-women-digital": "23-23904",
    "report-sg-security-council-country-situation": "23-18265",
    "record-verbatim-ga-plenary-recorded-vote": "23-38417",
    "note-sg-programme-budget-implications": "23-22871",
    "report-commission-crime-prevention-32": "23-10394",
    "statement-ngo-csw-68-care-economy": "23-24175",
    "decision-hrc-upr-outcome-varenia": "23-14033",
    "resolution-ecosoc-annex-guidelines-remote-hearings": "23-15962",
    "note-sc-president-working-methods": "23-24409",
    "report-credentials-committee-ga-78": "23-24318",
    "report-upr-stakeholders-summary-naveria": "23-16127",
    "decision-cop-28-climate-decisions": "24-04417",
    "instrument-host-country-agreement-regional-centre": "23-21386",
    "instrument-information-circular-health-insurance": "23-09118",
}


def main():
    if sys.argv[1] == "--all":
        import contextlib
        import os
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
        for name, job in SAMPLES.items():
            with open(os.path.join(root, "samples", name + "-wrap.txt"), "w", encoding="utf-8") as out, \
                    contextlib.redirect_stdout(out):
                render(job, os.path.join(root, "samples", name + "-para.txt"))
        return
    render(sys.argv[1], sys.argv[2])


def render(job, path):
    lines = open(path, encoding="utf-8").read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    masthead_end = lines.index("")
    masthead = lines[:masthead_end]
    # (a text with no masthead, an agreement's as a treaty series prints it,
    # its title the first block: no symbol to run at the head of each page)
    symbol = masthead[0].split("\t")[-1] if "\t" in masthead[0] else None
    body = [l for l in lines[masthead_end:]]
    notes = {}
    for l in body:
        if is_footnote(l):
            mark = l.split(" ", 1)[0]
            notes["".join(SUP.get(c, c) for c in mark)] = l
    body = [l for l in body if not is_footnote(l)]
    # drop doubled blank lines left where footnotes stood
    cleaned = []
    for l in body:
        if l == "" and cleaned and cleaned[-1] == "":
            continue
        cleaned.append(l)
    while cleaned and cleaned[-1] == "":
        cleaned.pop()

    pages = []
    page, feet = list(masthead), []

    def flush():
        nonlocal page, feet
        pages.append((page, feet))
        page, feet = [], []

    for l in cleaned:
        if l == "附件" and page and any(x.strip() for x in page[len(masthead) if not pages else 0:]):
            flush()
        if l == "":
            if page:
                page.append("")
            continue
        marks = re.findall(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[^\s*])\*+", l)
        text = "".join(SUP.get(c, c) for c in l)
        for piece in wrap(text):
            if len([x for x in page if x]) + sum(len(wrap(f)) for f in feet) >= PAGE_LINES:
                flush()
            page.append(piece)
        for m in marks:
            key = "".join(SUP.get(c, c) for c in m)
            if key in notes and notes[key] not in feet:
                feet.append(notes.pop(key))
    flush()
    total = len(pages)
    out = []
    for i, (pg, ft) in enumerate(pages, 1):
        while pg and pg[-1] == "":
            pg.pop()
        while pg and pg[0] == "" and i > 1:
            pg.pop(0)
        text = []
        if i > 1 and symbol:
            text += [symbol, ""]
        text += pg
        if ft:
            text.append("")
            for f in ft:
                f = "".join(SUP.get(c, c) for c in f)
                text += wrap(f)
        text.append("")
        if i == 1:
            text.append(f"{job} (C)")
        else:
            text += [f"{i}/{total}", job]
        out.append("\n".join(text))
    sys.stdout.write("\n\f".join(out) + "\n")


if __name__ == "__main__":
    main()
