#!/usr/bin/env python3
"""Render the kinds corpus (tests/corpus/src/*.src, format in tests/corpus/FORMAT.md)
into the input shapes users hold, and write the structure a reader sees in it.

For each source NAME.src this writes
  samples/NAME-para.txt   one paragraph per line (the document as typed)
  samples/NAME-sent.txt   one sentence per line, no blank lines (sentence-aligned corpora)
  samples/NAME-wrap.txt   hard-wrapped PDF text: lines cut at a fixed width, pages
                          separated by form feeds with a running header (the symbol)
                          and a page number, footnotes at the foot of their page,
                          markers as plain digits (as pdftotext gives superscripts)
  tests/corpus/expected/NAME.json   the expected structure, from the source alone

Usage: make_kind_corpus.py [ROOT]   (ROOT: the repository, default: this file's ../..)
The output is deterministic; the tests check that it is up to date.
"""
import json
import os
import re
import sys
import unicodedata

SHAPES = ("para", "sent", "wrap")
TAGS = {"K": 4, "H": 4, "P": 3, "S": 1, "F": 2, "A": 3, "C": 1, "X": 1}
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MARKER = re.compile(r"\[\^([0-9]+|\*)\]")
# a paragraph's label: "12." / "１２．", or one numbered within its section or
# chapter ("29E.4", "2.1", "VIII.12", "4.2.")
LABEL = re.compile(r"^\s*(?:(?:[0-9]{1,3}[A-Z]?|[IVXLC]+|[A-Z])\.(?:[0-9]{1,3}\.)*)?[0-9０-９]+\s*[.．、]?\s*")
WRAP_COLUMNS = 72    # display columns of a wrapped line (a Han character is 2)
PAGE_LINES = 44      # text lines on a page of the wrapped shape


def fail(path, no, msg):
    sys.exit(f"{path}:{no}: {msg}")


def read_source(path):
    directives, records = {}, []
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if line.startswith("#"):
                continue
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                directives[key.strip()] = value.strip()
                continue
            if not line.strip():
                records.append(("", []))
                continue
            tag, *fields = line.split("\t")
            if tag in ("T", "M"):  # cells; a masthead line may hold TABs too
                if not fields:
                    fail(path, no, f"{tag} needs a field")
            elif tag == "K" and len(fields) > 4:  # a TOC row prints with TABs between its cells
                fields = fields[:3] + ["\t".join(fields[3:])]
            elif tag not in TAGS:
                fail(path, no, f"unknown tag {tag!r}")
            elif len(fields) != TAGS[tag]:
                fail(path, no, f"{tag} takes {TAGS[tag]} fields, found {len(fields)}")
            records.append((tag, fields))
    return directives, records


def clean(text):
    """The expected text: markers removed, whitespace dropped (compared whitespace aside)."""
    return re.sub(r"\s+", "", MARKER.sub("", text))


def marker_ids(text):
    return MARKER.findall(text)


def superscript(text):
    return MARKER.sub(lambda m: "*" if m.group(1) == "*" else m.group(1).translate(SUPERSCRIPT), text)


PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def plain_markers(text):
    """Markers as pdftotext gives superscripts: plain digits (labels of footnote bodies too)."""
    return MARKER.sub(lambda m: m.group(1), text).translate(PLAIN)


def printed(tag, fields):
    """The lines a record prints as (before shaping)."""
    if tag == "":
        return [""]
    if tag in ("T", "M"):
        return ["\t".join(fields)]
    if tag == "A":
        number, title, text = fields
        if title != "-" and title not in text:
            return [text, title]
        return [text]
    return [fields[-1]]


def expected_structure(directives, records):
    exp = {"kind": directives.get("kind")}
    fm = {}
    for key in ("symbol", "date", "session", "title", "number", "meeting"):
        if key in directives:
            fm[key] = directives[key]
    for key in ("organs", "agenda"):
        if key in directives:
            fm[key] = [v.strip() for v in directives[key].split("|") if v.strip()]
    exp["front_matter"] = fm
    headings, paragraphs, footnotes, annexes, toc, closing = [], [], [], [], [], []
    for tag, fields in records:
        if tag == "H":
            kind, number, title, text = fields
            if kind == "-":
                continue
            headings.append({"kind": kind, "number": None if number == "-" else number,
                             "title": None if title == "-" else clean(title)})
        elif tag == "P":
            kind, number, text = fields
            if number != "-":
                text = LABEL.sub("", text, count=1)
            paragraphs.append({"kind": kind, "number": None if number == "-" else int(number),
                               "text": clean(text)})
        elif tag == "S":
            if paragraphs:
                paragraphs[-1]["text"] += clean(fields[0])
        elif tag == "F":
            ident, text = fields
            body = re.sub(r"^\s*(\[\^[0-9*]+\]|[0-9]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*+)\s*", "", text, count=1)
            footnotes.append({"id": ident, "text": clean(body)})
        elif tag == "A":
            number, title, text = fields
            annexes.append({"number": None if number == "-" else number,
                            "title": None if title == "-" else clean(title)})
        elif tag == "K":
            kind, number, title, text = fields
            if kind != "-":
                toc.append({"kind": kind, "number": None if number == "-" else number, "title": clean(title)})
        elif tag == "C":
            closing.append(clean(fields[0]))
    exp.update(headings=headings, paragraphs=paragraphs, footnotes=footnotes, annexes=annexes,
               toc=toc, closing=closing)
    return exp


def split_sentences(text):
    """Cut after 。！？ (with any closing quote or bracket), as sentence aligners do."""
    parts, cur, i = [], "", 0
    while i < len(text):
        cur += text[i]
        if text[i] in "。！？":
            while i + 1 < len(text) and text[i + 1] in "”’）)」』":
                i += 1
                cur += text[i]
            if MARKER.match(text, i + 1):  # a marker after the stop stays with it
                m = MARKER.match(text, i + 1)
                cur += m.group(0)
                i = m.end() - 1
            if text[i + 1:].strip():
                parts.append(cur)
                cur = ""
        i += 1
    if cur.strip():
        parts.append(cur)
    return parts


def render_para(records):
    out = []
    for tag, fields in records:
        for line in printed(tag, fields):
            out.append(superscript(line))
    return "\n".join(out).strip("\n") + "\n"


def render_sent(records):
    out = []
    for tag, fields in records:
        if tag == "":
            continue
        if tag in ("P", "S", "F"):
            out.extend(superscript(s).strip() for s in split_sentences(fields[-1]))
        else:
            out.extend(superscript(line) for line in printed(tag, fields))
    return "\n".join(out) + "\n"


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(text, columns):
    """Cut a line at a display width, never inside a run of Latin letters or digits."""
    tokens = re.findall(r"[A-Za-z0-9/().,%\-]+ ?|.", text)
    lines, cur, w = [], "", 0
    for tok in tokens:
        tw = sum(width(c) for c in tok.rstrip())
        # a line never starts with closing punctuation (it stays on the line above)
        if cur and w + tw > columns and tok[0] not in "，。；：、！？”’）)》」』":
            lines.append(cur.rstrip())
            cur, w = "", 0
            tok = tok.lstrip()
        cur += tok
        w += sum(width(c) for c in tok)
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def render_wrap(records, symbol):
    """Pages as pdftotext gives them: a footnote sits at the foot of the page
    its marker is on (or, with no marker, the page where its body comes)."""
    pages, page, feet = [], [], []
    bodies = {}  # id -> footnote bodies not yet placed, in order
    for tag, fields in records:
        if tag == "F":
            bodies.setdefault(fields[0], []).append(fields[-1])

    def new_page():
        nonlocal page, feet
        body = page[:]
        while body and body[-1] == "":
            body.pop()
        if feet:
            body += [""] + feet
        body += ["", str(len(pages) + 1)]
        pages.append(body)
        page, feet = [], []
        if symbol:
            page += [symbol, ""]

    def place(ident):
        if bodies.get(ident):
            feet.extend(wrap(plain_markers(bodies[ident].pop(0)), WRAP_COLUMNS))

    def emit(line, ids):
        if len([l for l in page if l]) + len(feet) + 2 * len(ids) >= PAGE_LINES:
            new_page()
        page.append(line)
        for ident in ids:
            place(ident)

    for tag, fields in records:
        if tag == "F":
            ident = fields[0]
            # a body whose marker never came (or came in an M line): here
            if bodies.get(ident) and fields[-1] in bodies[ident] and not marker_seen.get((ident, fields[-1])):
                bodies[ident].remove(fields[-1])
                feet.extend(wrap(plain_markers(fields[-1]), WRAP_COLUMNS))
            continue
        if tag == "":
            if page and page[-1] != "":
                page.append("")
            continue
        text = fields[-1] if tag in ("P", "S") else None
        if text is not None:
            lines = wrap(plain_markers(text), WRAP_COLUMNS)
            # which markers fall in which wrapped line
            plain, spans, pos = "", [], 0
            for m in MARKER.finditer(text):
                plain += text[pos:m.start()]
                spans.append((len(plain), m.group(1)))
                plain += m.group(1)
                pos = m.end()
            at = 0
            for line in lines:
                start = plain.find(line, at)
                if start < 0:
                    start = at
                end = start + len(line)
                ids = [ident for off, ident in spans if start <= off < end]
                for ident in ids:
                    if bodies.get(ident):
                        marker_seen[(ident, bodies[ident][0])] = True
                emit(line, ids)
                at = end
        else:
            for line in printed(tag, fields):
                ids = MARKER.findall(line)
                for ident in ids:
                    if bodies.get(ident):
                        marker_seen[(ident, bodies[ident][0])] = True
                emit(plain_markers(line), ids)
    new_page()
    return "\f".join("\n".join(p) + "\n" for p in pages)


marker_seen = {}


def main():
    args = sys.argv[1:]
    check = "--check" in args  # compare with what is on disk, write nothing
    args = [a for a in args if a != "--check"]
    root = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "..")
    stale = []

    def write(path, text):
        if check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                stale.append(path)
            return
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    src_dir = os.path.join(root, "tests/corpus/src")
    exp_dir = os.path.join(root, "tests/corpus/expected")
    if not check:
        os.makedirs(exp_dir, exist_ok=True)
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".src"):
            continue
        stem = name[:-4]
        directives, records = read_source(os.path.join(src_dir, name))
        exp = expected_structure(directives, records)
        exp["name"] = stem
        write(os.path.join(exp_dir, stem + ".json"), json.dumps(exp, ensure_ascii=False, indent=1) + "\n")
        marker_seen.clear()
        texts = {"para": render_para(records), "sent": render_sent(records),
                 "wrap": render_wrap(records, directives.get("symbol"))}
        for shape in SHAPES:
            write(os.path.join(root, "samples", f"{stem}-{shape}.txt"), texts[shape])
    if stale:
        sys.exit("out of date (run tests/data/make_kind_corpus.py): " + ", ".join(stale))
    if check:
        print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
