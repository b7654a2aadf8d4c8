#!/usr/bin/env python3
"""PDF text in many page layouts: four documents of the kinds corpus, each laid
out as a UN PDF in page set-ups drawn at random (from a fixed seed) along
independent axes, rendered by LibreOffice and extracted by pdftotext in its
three modes.

For each document NAME (a source in tests/corpus/src/) and set-up K this writes
  tests/layouts/NAME/K-default.txt, K-raw.txt, K-layout.txt   the extracted text
  tests/layouts/NAME/K.json   the set-up (one value per axis) and, per mode,
                              the paragraphs pdftotext scrambled (not recoverable)
                              and whether it scrambled the cells of a table (its data
                              rows, or its header row alone) or set footnote labels
                              apart from their bodies out of order
The expected structure is the source's own (tests/corpus/expected/NAME.json,
written by make_kind_corpus.py from the source, never by undoc).
tests/layouts/check_layouts.py compares undoc's output with it.

Needs: libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-uming
fonts-wqy-microhei fonts-dejavu. CI never runs this script; its output is committed.
Usage: tests/data/make_layout_corpus.py [ROOT] [--setups N] [--pdf DIR] [--meta-only] [--wide | --rest]
  --meta-only measure the K.json scramble marks again from the committed texts
              (no rendering; for a change to how they are measured)
  --wide      the wider corpus instead: every other document of the kinds corpus
              (WIDE_DOCS), 6 set-ups each, from another seed, into
              tests/layouts-wide/ (checked against a floor, not for every check:
              it shows how the rules carry to documents they were not made on)
  --rest      the rest: the 12 documents of the kinds corpus in neither corpus
              above (REST_DOCS), 6 set-ups each, from a third seed, into
              tests/layouts-rest/ (checked against a floor, as --wide)
  --pdf DIR   also keep each rendered PDF as DIR/NAME/K.pdf (tests/pdf/ holds a
              handful of them for the PDF reader's tests)
"""
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_kind_corpus as kc  # noqa: E402
from make_pdf_samples import NS, esc  # noqa: E402  (the flat-ODT namespaces and escaping)

DOCS = ["report-sg-smallholder-resilience", "resolution-ga-older-persons-digital",
        "instrument-declaration-rural-digital-inclusion", "record-summary-sixth-committee-sr12"]
MODES = {"default": [], "raw": ["-raw"], "layout": ["-layout"]}
SEED = 20261129
# --wide: the documents of the kinds corpus not above, another seed
WIDE_DOCS = ["resolution-ecosoc-juvenile-justice", "report-cedaw-concluding-observations",
             "letter-sg-annex-kazakhstan-water-diplomacy", "record-verbatim-sc-meeting", "report-csw-priority-theme",
             "instrument-convention-transboundary-wildfires", "report-hrc-high-commissioner-annual",
             "resolution-sc-water-infrastructure", "resolution-sc-presidential-statement", "record-verbatim-ga-plenary-pv45",
             "note-sg-unitar-2022-activities", "working-paper-disarmament-commission-tcbm",
             "resolution-hrc-disability-emergencies", "letter-pr-to-sc-president-annex",
             "report-icef-board-evaluation-update", "agenda-provisional-ccpcj-32"]
WIDE_SEED = 4242
# --rest: the documents of the kinds corpus in neither list above, a third seed
REST_DOCS = ["agenda-annotated-ga-78", "decision-ga-oral-decisions", "instrument-administrative-instruction-travel",
             "instrument-charter-freshwater-cooperation", "instrument-rules-inland-navigation-safety",
             "letter-note-verbale-botswana-unhcr-excom", "note-sg-bulletin-staff-rules", "note-sg-election-candidates",
             "report-budget-section-fascicle", "report-second-committee-draft-resolutions",
             "resolution-ga-draft-l-document", "resolution-ga-parts-space-technology"]
REST_SEED = 777

# Every axis a set-up is drawn on, with its values. Each value comes up about
# equally often over the set-ups of one document (balanced draws).
AXES = {
    "page": ["A4", "Letter"],
    "margins": ["narrow", "normal", "wide"],
    "cjk_font": ["Noto Sans CJK SC", "Noto Serif CJK SC", "AR PL UMing CN", "WenQuanYi Micro Hei"],
    "latin_font": ["DejaVu Sans", "DejaVu Serif"],
    "size": ["10", "10.5", "11", "12"],
    "spacing": ["100%", "115%", "130%"],
    "align": ["justify", "start"],
    "masthead": ["table", "tabs", "stacked"],
    "un": ["spaces", "letter_spacing", "plain"],
    "header": ["left", "right", "alternating", "centred"],
    "footer": ["together", "apart"],
    "page_number": ["N", "-N-", "N/M"],
    "rule": ["rule", "none"],
    "markers": ["superscript", "plain"],
    "numbers": ["hanging", "inline", "tab"],
    "headings": ["centred", "left"],
    "toc": ["table", "tab_leaders", "dot_leaders", "no_page"],
    "closing": ["on", "off"],
}
PAGES = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}
MARGINS = {"narrow": 1.8, "normal": 2.5, "wide": 3.4}
JOBS = {"report-sg-smallholder-resilience": "22-11633 (C)", "resolution-ga-older-persons-digital": "22-28754 (C)",
        "instrument-declaration-rural-digital-inclusion": "24-00417 (C)",
        "record-summary-sixth-committee-sr12": "22-24105 (C)"}


def job_number(name):
    """The document's job number on its page feet: the four above have their
    own; any other one, one drawn from its name."""
    if name in JOBS:
        return JOBS[name]
    rng = random.Random(f"job-{name}")
    return f"{rng.randint(22, 24)}-{rng.randint(10000, 29999):05d} (C)"


def draw_setups(name, count, seed=SEED):
    rng = random.Random(f"{seed}-{name}")
    columns = {}
    for axis, values in AXES.items():
        col = [values[i % len(values)] for i in range(count)]
        rng.shuffle(col)
        columns[axis] = col
    return [{axis: columns[axis][k] for axis in AXES} for k in range(count)]


class Builder:
    """One document in one set-up, as flat ODT."""

    def __init__(self, records, directives, setup, job):
        self.records, self.d, self.s, self.job = records, directives, setup, job
        self.out = []
        self.notes = {}  # id -> [bodies] in order
        for tag, f in records:
            if tag == "F":
                self.notes.setdefault(f[0], []).append(re.sub(r"^\s*(\[\^[0-9*]+\]|[0-9]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*+)\s*",
                                                              "", f[1], count=1))
        self.used_notes = set()
        self.first = True
        width, _ = PAGES[setup["page"]]
        self.text_width = width - 2 * MARGINS[setup["margins"]]

    def note(self, ident):
        bodies = self.notes.get(ident) or [""]
        body = bodies.pop(0) if len(bodies) > 1 else bodies[0]
        self.used_notes.add(ident)
        return (f'<text:note text:note-class="footnote"><text:note-citation text:label="{esc(ident)}">{esc(ident)}'
                f'</text:note-citation><text:note-body><text:p text:style-name="Note">{esc(body)}</text:p>'
                f'</text:note-body></text:note>')

    def inline(self, text):
        """Text with its markers as real footnotes."""
        out, pos = "", 0
        for m in kc.MARKER.finditer(text):
            out += esc(text[pos:m.start()]) + self.note(m.group(1))
            pos = m.end()
        return out + esc(text[pos:])

    def p(self, style, content):
        if self.first:  # the first page has no running header
            style = style + "First"
            self.first = False
        self.out.append(f'<text:p text:style-name="{style}">{content}</text:p>\n')

    # ---- masthead ----------------------------------------------------------
    def masthead(self, lines):
        symbol, left, right = "", [], []
        for line in lines:
            flat = line.replace("\t", " ").strip()
            if flat.startswith("联合国"):
                symbol = flat[3:].strip()
            elif flat.startswith(("Distr.", "Original")) or flat in ("Chinese",) or re.match(r"^\d{1,2} \w+ \d{4}$", flat) \
                    or re.match(r"^\d{4}年\d{1,2}月\d{1,2}日$", flat):
                right.append(flat)
            else:
                left.append(flat)
        un = {"spaces": esc("联 合 国"), "plain": esc("联合国"),
              "letter_spacing": '<text:span text:style-name="Spaced">联合国</text:span>'}[self.s["un"]]
        style = self.s["masthead"]
        if style == "stacked":
            self.p("Mast", un)
            self.p("MastRight", esc(symbol))
            for l in left:
                self.p("Mast", esc(l))
            for r in right:
                self.p("MastRight", esc(r))
        elif style == "tabs":
            self.p("MastTab", un + "<text:tab/>" + esc(symbol))
            rows = max(len(left), len(right))
            for i in range(rows):
                a = esc(left[i]) if i < len(left) else ""
                b = esc(right[i]) if i < len(right) else ""
                self.p("MastTab", a + "<text:tab/>" + b)
        else:  # a two-column table, as the UN's templates set it
            lc = "".join(f'<text:p text:style-name="Mast">{c}</text:p>' for c in [un] + [esc(x) for x in left])
            rc = "".join(f'<text:p text:style-name="MastRight">{esc(c)}</text:p>' for c in [symbol] + right)
            if self.first:
                self.p("Mast", "")
            self.out.append('<table:table table:name="Masthead" table:style-name="Mt"><table:table-column '
                            'table:number-columns-repeated="2"/><table:table-row>'
                            f'<table:table-cell office:value-type="string">{lc}</table:table-cell>'
                            f'<table:table-cell office:value-type="string">{rc}</table:table-cell>'
                            '</table:table-row></table:table>\n')

    # ---- table of contents ---------------------------------------------------
    def toc(self, entries):
        style = self.s["toc"]
        rows = []
        for kind, text in entries:
            m = re.match(r"^(.*?)(?:\s+(\d+(?:[-–]\d+)?))?\s+(\d+)$", text)
            if kind == "-" and not m:
                if "页次" in text or "段次" in text:
                    rows.append(("header", "", "段次", "页次"))
                else:
                    rows.append(("title" if text.strip() == "目录" else "line", text, "", ""))
                continue
            if m:
                title, rng, page = m.group(1).strip(), m.group(2) or "", m.group(3)
                rows.append(("row", title, rng, page))
            else:
                rows.append(("line", text, "", ""))
        table = []
        for kind, title, rng, page in rows:
            if style == "no_page":
                page = ""
                if kind == "header":
                    rng, page = "段次", ""
            if kind == "title":
                self.p("Center", esc(title))
            elif style == "table":  # every other row in the table, in order
                table.append((title if kind in ("row", "line") else "", rng, page))
            elif kind == "line":
                self.p("Toc", esc(title))
            elif kind == "header":
                self.p("TocLead" if style == "tab_leaders" else "Toc", f"<text:tab/>{esc(rng)}<text:tab/>{esc(page)}")
            elif style == "dot_leaders":
                dots = "." * max(3, 40 - len(title) * 2)
                tail = f" {esc(rng)}" + (f" {esc(page)}" if page else "")
                self.p("Toc", f"{esc(title)} {dots}{tail}")
            else:
                st = "TocLead" if style == "tab_leaders" else "Toc"
                self.p(st, f"{esc(title)}<text:tab/>{esc(rng)}<text:tab/>{esc(page)}")
        if table:
            cells = "".join(
                "<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p text:style-name="Cell">{esc(c)}</text:p>'
                    f'</table:table-cell>' for c in r) + "</table:table-row>" for r in table)
            self.out.append('<table:table table:name="Toc" table:style-name="Tt"><table:table-column '
                            'table:style-name="Tc1"/><table:table-column table:style-name="Tc2"/><table:table-column '
                            f'table:style-name="Tc2"/>{cells}</table:table>\n')

    # ---- paragraphs ------------------------------------------------------------
    def paragraph(self, kind, number, text):
        m = re.match(r"^\s*([0-9]+)\s*[.．](?![0-9])\s*", text) if number != "-" else None
        if m:
            label, rest = m.group(1) + ".", text[m.end():]
            how = self.s["numbers"]
            if how == "hanging":
                self.p("Hanging", esc(label) + "<text:tab/>" + self.inline(rest))
            elif how == "tab":
                self.p("NumTab", esc(label) + "<text:tab/>" + self.inline(rest))
            else:
                self.p("Body", esc(label) + " " + self.inline(rest))
        else:
            self.p("Body" if kind != "preambular" else "Preamble", self.inline(text))

    def build(self):
        recs = self.records
        i = 0
        # the masthead: the M lines before the first blank
        mast = []
        while i < len(recs) and recs[i][0] == "":
            i += 1
        while i < len(recs) and recs[i][0] in ("M", "X"):
            mast.append("\t".join(recs[i][1]))
            i += 1
        self.masthead(mast)
        toc = []
        table = []

        def flush_table():
            if not table:
                return
            cols = max(len(r) for r in table)
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p text:style-name="Cell">{esc(c)}</text:p>'
                f'</table:table-cell>' for c in r + [""] * (cols - len(r))) + "</table:table-row>" for r in table)
            self.out.append(f'<table:table table:name="T{len(self.out)}" table:style-name="Tt"><table:table-column '
                            f'table:number-columns-repeated="{cols}"/>{rows}</table:table>\n')
            table.clear()

        annex_title_next = False
        for tag, f in recs[i:]:
            if tag != "K" and toc:
                self.toc(toc)
                toc = []
            if tag != "T":
                flush_table()
            if tag == "":
                continue
            if tag == "M":
                text = "\t".join(f)
                style = "Title" if self.d.get("title") and kc.clean(text) == kc.clean(self.d["title"]) else "Plain"
                self.p(style, self.inline(text))
            elif tag == "K":
                toc.append((f[0], f[3]))
            elif tag == "H":
                self.p("HeadC" if self.s["headings"] == "centred" else "HeadL", self.inline(f[3]))
            elif tag == "P":
                self.paragraph(f[0], f[1], f[2])
            elif tag == "S":
                self.p("Sub", self.inline(f[0]))
            elif tag == "F":
                continue  # set at its marker
            elif tag == "T":
                table.append(f)
            elif tag == "A":
                number, title, text = f
                self.p("AnnexBreak", esc(text))
                if title != "-" and title not in text:
                    self.p("HeadC", esc(title))
            elif tag == "C":
                if self.s["closing"] == "on":
                    self.p("Closing", self.inline(f[0]))
            elif tag == "X":
                self.p("Plain", self.inline(f[0]))
        if toc:
            self.toc(toc)
        flush_table()
        # footnotes whose marker never came: on the title, as the UN sets a
        # record's correction note
        for ident, bodies in self.notes.items():
            if ident not in self.used_notes:
                for k, line in enumerate(self.out):
                    if 'style-name="Title' in line or "简要记录" in line:
                        self.out[k] = line.replace("</text:p>", self.note(ident) + "</text:p>", 1)
                        break
        return self.fodt("".join(self.out))

    def fodt(self, body):
        s = self.s
        width, height = PAGES[s["page"]]
        margin = MARGINS[s["margins"]]
        tw = width - 2 * margin
        cjk, latin, size = s["cjk_font"], s["latin_font"], s["size"]
        text_props = (f'style:font-name="{latin}" style:font-name-asian="{cjk}" fo:font-size="{size}pt" '
                      f'style:font-size-asian="{size}pt"')
        align = s["align"]
        head_align = "center" if s["headings"] == "centred" else "start"
        number = '<text:page-number text:select-page="current">2</text:page-number>'
        if s["page_number"] == "-N-":
            number = f"- {number} -"
        elif s["page_number"] == "N/M":
            number = f'{number}/<text:page-count>9</text:page-count>'
        symbol = self.d.get("symbol", "")
        job = esc(self.job)
        if s["footer"] == "together":
            footer = f'<text:p text:style-name="Foot">{number}<text:tab/>{job}</text:p>'
        else:
            footer = f'<text:p text:style-name="Foot">{job}</text:p><text:p text:style-name="FootR">{number}</text:p>'
        header_align = {"left": "start", "right": "end", "centred": "center", "alternating": "end"}[s["header"]]
        header = f'<style:header><text:p text:style-name="Head">{esc(symbol)}</text:p></style:header>'
        if s["header"] == "alternating":
            header += f'<style:header-left><text:p text:style-name="HeadLeft">{esc(symbol)}</text:p></style:header-left>'
        rule = ('<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" '
                'style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" '
                'style:rel-width="25%" style:color="#000000"/>') if s["rule"] == "rule" else \
            ('<style:footnote-sep style:width="0cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" '
             'style:line-style="none" style:adjustment="left" style:rel-width="0%" style:color="#ffffff"/>')
        raise_ = 'style:text-position="super 58%"' if s["markers"] == "superscript" else 'style:text-position="0% 100%"'
        fonts = "".join(f'<style:font-face style:name="{f}" svg:font-family="\'{f}\'"/>' for f in (cjk, latin))

        def pstyle(name, para="", text="", tabs=(), parent="Standard"):
            stops = "".join(f'<style:tab-stop style:position="{pos:.2f}cm"{extra}/>' for pos, extra in tabs)
            props = f'<style:paragraph-properties {para}>' + (f"<style:tab-stops>{stops}</style:tab-stops>" if stops else "")
            return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}">'
                    f'{props}</style:paragraph-properties><style:text-properties {text}/></style:style>'
                    f'<style:style style:name="{name}First" style:family="paragraph" style:parent-style-name="{name}" '
                    f'style:master-page-name="First"/>')

        styles = "".join([
            pstyle("Body", f'fo:text-align="{align}" fo:margin-bottom="0.2cm"'),
            pstyle("Preamble", f'fo:text-align="{align}" fo:text-indent="0.8cm" fo:margin-bottom="0.2cm"'),
            pstyle("Hanging", f'fo:text-align="{align}" fo:margin-left="1cm" fo:text-indent="-1cm" fo:margin-bottom="0.2cm"'),
            pstyle("NumTab", f'fo:text-align="{align}" fo:margin-bottom="0.2cm"', tabs=[(1.0, "")]),
            pstyle("Sub", f'fo:text-align="{align}" fo:margin-left="1.2cm" fo:margin-bottom="0.1cm"'),
            pstyle("Plain", 'fo:margin-bottom="0.1cm"'),
            pstyle("Title", 'fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"',
                   'fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="13pt" style:font-size-asian="13pt"'),
            pstyle("Mast", 'fo:margin-bottom="0cm"'),
            pstyle("MastRight", 'fo:text-align="end" fo:margin-bottom="0cm"'),
            pstyle("MastTab", 'fo:margin-bottom="0cm"', tabs=[(tw, ' style:type="right"')]),
            pstyle("Center", 'fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"'),
            pstyle("HeadC", 'fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
                   'fo:font-weight="bold" style:font-weight-asian="bold"'),
            pstyle("HeadL", 'fo:text-align="start" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
                   'fo:font-weight="bold" style:font-weight-asian="bold"'),
            pstyle("Toc", 'fo:margin-bottom="0.05cm"', tabs=[(tw - 1.6, ' style:type="right"'), (tw, ' style:type="right"')]),
            pstyle("TocLead", 'fo:margin-bottom="0.05cm"',
                   tabs=[(tw - 1.6, ' style:type="right" style:leader-style="dotted" style:leader-text="."'),
                         (tw, ' style:type="right"')]),
            pstyle("AnnexBreak", 'fo:break-before="page" fo:text-align="center" fo:margin-bottom="0.2cm"',
                   'fo:font-weight="bold" style:font-weight-asian="bold"'),
            pstyle("Closing", 'fo:text-align="end" fo:margin-top="0.2cm"'),
            pstyle("Cell", 'fo:margin-bottom="0cm"'),
        ])
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="{s["spacing"]}"/><style:text-properties {text_props}/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:line-height="100%"/><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
<style:style style:name="FnCite" style:family="text"><style:text-properties {raise_}/></style:style>
<style:style style:name="FnBodyCite" style:family="text"><style:text-properties {raise_}/></style:style>
<style:style style:name="Spaced" style:family="text"><style:text-properties fo:letter-spacing="0.35cm"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="{header_align}"/></style:style>
<style:style style:name="HeadLeft" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="start"><style:tab-stops><style:tab-stop style:position="{tw:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="FootR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
{styles}
<text:notes-configuration text:note-class="footnote" text:citation-style-name="FnCite" text:citation-body-style-name="FnBodyCite" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="Mt" style:family="table"><style:table-properties style:width="{tw:.2f}cm" table:align="left"/></style:style>
<style:style style:name="Tt" style:family="table"><style:table-properties style:width="{tw:.2f}cm" table:align="left"/></style:style>
<style:style style:name="Tc1" style:family="table-column"><style:table-column-properties style:column-width="{tw - 3:.2f}cm"/></style:style>
<style:style style:name="Tc2" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{width}cm" fo:page-height="{height}cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="{margin}cm" fo:margin-right="{margin}cm">{rule}</style:page-layout-properties>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">{header}<style:footer>{footer}</style:footer></style:master-page>
<style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard"><style:footer><text:p text:style-name="Foot">{job}</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
{body}</office:text></office:body>
</office:document>
'''


def scrambled(expected_texts, extracted):
    """Indexes of paragraphs whose text pdftotext did not give in reading
    order: chunks of the text found out of order, or most of it missing."""
    flat = re.sub(r"\s+", "", extracted)
    bad = []
    for k, t in enumerate(expected_texts):
        chunks = [t[i:i + 6] for i in range(0, max(len(t) - 5, 1), 6)]
        pos, found, disorder = 0, 0, False
        for c in chunks:
            at = flat.find(c, pos)
            if at >= 0:
                found += 1
                pos = at + len(c)
            elif flat.find(c) >= 0:
                disorder = True
        if disorder or found * 2 < len(chunks) or lost_characters(t, flat):
            bad.append(k)
    return bad


def lost_characters(text, flat):
    """Whether characters of this text are missing from the extraction: the
    PDF's text layer lacks them (LibreOffice's hanging punctuation at a line
    end: the '，' or '。' drawn in the margin is not in the text layer), so no
    reader of the text can give them. The text is looked for as a
    subsequence, from where its first characters stand."""
    t = re.sub(r"\s+", "", text)
    start = flat.find(t[:6])
    if start < 0:
        return False  # (not found at all: the chunk test above decides)
    while start >= 0:  # (the opening words may stand elsewhere too: each place)
        i, j, window = 0, start, start + 3 * len(t) + 400
        while i < len(t) and j < min(len(flat), window):
            if flat[j] == t[i]:
                i += 1
            j += 1
        if i == len(t):
            return False
        start = flat.find(t[:6], start + 1)
    return True


def source_tables(records):
    tables, cur = [], []
    for tag, f in records:
        if tag == "T":
            cur.append(f)
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def table_scrambled(records, extracted):
    """Do the cells of the data rows (below each table's first row) come out
    in reading order? pdftotext's default mode may set a cell after the page
    footer."""
    flat = re.sub(r"\s+", "", extracted)
    tables = source_tables(records)
    pos = 0
    for t in tables:
        for row in t[1:]:
            for cell in row:
                c = re.sub(r"\s+", "", cell)
                at = flat.find(c, pos)
                if at < 0:
                    return True
                pos = at + len(c)
    return False


def headers_scrambled(records, extracted):
    """How many tables' header rows (their first rows) pdftotext did not set
    cell after cell: in default mode two wrapped header cells may come out
    line by line interleaved ("获得气候信 2021 年预期行动资金(百万美元)" /
    "息服务的比"), and which line belongs to which cell is then lost. (Asked
    of the default mode only: -layout interleaves them too, but keeps each
    under its column, and -raw sets them cell after cell.)"""
    flat = re.sub(r"\s+", "", extracted)
    lost = 0
    for t in source_tables(records):
        pos = 0
        for cell in t[0]:
            c = re.sub(r"\s+", "", cell)
            at = flat.find(c, pos)
            if at < 0:
                lost += 1
                break
            pos = at + len(c)
    return lost


def footnotes_scrambled(records, extracted):
    """Footnote ids whose label and body pdftotext set apart irregularly. On
    each page the labels and bodies of the foot come in one of four orders:
    label body label body…, body label body label…, all labels then all
    bodies, all bodies then all labels; any other order (labels interleaved
    with other bodies, a body on another page than its label) cannot be
    paired from the text alone."""
    bodies = []
    for tag, f in records:
        if tag == "F":
            body = re.sub(r"^\s*(\[\^[0-9*]+\]|[0-9]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*+)\s*", "", f[1], count=1)
            bodies.append((f[0], re.sub(r"\s+", "", kc.MARKER.sub("", body))[:8]))
    bad = set()
    for page in extracted.split("\f"):
        events = []  # ("L", id) / ("B", id), in reading order
        for line in page.split("\n"):
            flat = re.sub(r"\s+", "", line)
            if not flat:
                continue
            hit = next((ident for ident, start in bodies if start and start in flat), None)
            if hit is not None:
                head = flat[:flat.find(next(st for i, st in bodies if i == hit))]
                if head in (hit, hit.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))):
                    events += [("L", hit), ("B", hit)]
                else:
                    events.append(("B", hit))
            elif any(flat == ident for ident, _ in bodies):
                events.append(("L", flat))
        labels = [i for k, i in events if k == "L"]
        found = [i for k, i in events if k == "B"]
        if not found:
            continue
        kinds = "".join(k for k, _ in events)
        ok = (kinds == "LB" * len(found) or kinds == "BL" * len(found) or kinds == "L" * len(found) + "B" * len(found)
              or kinds == "B" * len(found) + "L" * len(found)) and labels == found
        if not ok:
            bad.update(found)
    return sorted(bad)


def remeasure(root, docs=DOCS, corpus="tests/layouts"):
    """--meta-only: measure again, from the committed extractions, what
    pdftotext scrambled (for a change to these measures; no rendering)."""
    for name in docs:
        directives, records = kc.read_source(os.path.join(root, "tests/corpus/src", name + ".src"))
        exp = json.load(open(os.path.join(root, "tests/corpus/expected", name + ".json"), encoding="utf-8"))
        texts = [p["text"] for p in exp["paragraphs"]]
        out_dir = os.path.join(root, corpus, name)
        for meta_name in sorted(f for f in os.listdir(out_dir) if f.endswith(".json")):
            path = os.path.join(out_dir, meta_name)
            old = json.load(open(path, encoding="utf-8"))
            meta = {"setup": old["setup"], "not_recoverable": {}, "table_not_recoverable": {}}
            for mode in MODES:
                extracted = open(os.path.join(out_dir, f"{meta_name[:-5]}-{mode}.txt"), encoding="utf-8").read()
                meta["not_recoverable"][mode] = scrambled(texts, extracted)
                meta["table_not_recoverable"][mode] = table_scrambled(records, extracted)
                meta.setdefault("footnotes_not_recoverable", {})[mode] = footnotes_scrambled(records, extracted)
                meta.setdefault("table_headers_not_recoverable", {})[mode] = (
                    headers_scrambled(records, extracted) if mode == "default" else 0)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(meta, f, ensure_ascii=False, indent=1)
                f.write("\n")


def main():
    args = sys.argv[1:]
    count = 24
    if "--setups" in args:
        count = int(args[args.index("--setups") + 1])
        del args[args.index("--setups"):args.index("--setups") + 2]
    meta_only = "--meta-only" in args
    if meta_only:
        args.remove("--meta-only")
    keep_pdf = None
    if "--pdf" in args:
        keep_pdf = args[args.index("--pdf") + 1]
        del args[args.index("--pdf"):args.index("--pdf") + 2]
    wide = "--wide" in args
    if wide:
        args.remove("--wide")
        if "--setups" not in sys.argv:
            count = 6
    rest = "--rest" in args
    if rest:
        args.remove("--rest")
        if "--setups" not in sys.argv:
            count = 6
    docs, seed, corpus = ((WIDE_DOCS, WIDE_SEED, "tests/layouts-wide") if wide else
                          (REST_DOCS, REST_SEED, "tests/layouts-rest") if rest else (DOCS, SEED, "tests/layouts"))
    root = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "..")
    if meta_only:
        return remeasure(root, docs, corpus)
    for tool in ("soffice", "pdftotext"):
        if not shutil.which(tool):
            sys.exit(f"needs {tool}: apt-get install libreoffice-writer-nogui poppler-utils")
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []
        for name in docs:
            directives, records = kc.read_source(os.path.join(root, "tests/corpus/src", name + ".src"))
            out_dir = os.path.join(root, corpus, name)
            os.makedirs(out_dir, exist_ok=True)
            for k, setup in enumerate(draw_setups(name, count, seed)):
                fodt = os.path.join(tmp, f"{name}-{k:02d}.fodt")
                with open(fodt, "w", encoding="utf-8") as f:
                    f.write(Builder(records, directives, setup, job_number(name)).build())
                jobs.append((name, k, setup, fodt, out_dir, records))
        # one LibreOffice run for all the files
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp] + [j[3] for j in jobs],
                       check=True, capture_output=True)
        # (the jobs carry their own records: each document has its own tables)
        for name, k, setup, fodt, out_dir, records in jobs:
            pdf = fodt[:-5] + ".pdf"
            if keep_pdf:
                os.makedirs(os.path.join(keep_pdf, name), exist_ok=True)
                shutil.copyfile(pdf, os.path.join(keep_pdf, name, f"{k:02d}.pdf"))
            exp = json.load(open(os.path.join(root, "tests/corpus/expected", name + ".json"), encoding="utf-8"))
            texts = [p["text"] for p in exp["paragraphs"]]
            meta = {"setup": setup, "not_recoverable": {}, "table_not_recoverable": {}}
            for mode, flags in MODES.items():
                txt = os.path.join(out_dir, f"{k:02d}-{mode}.txt")
                subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", pdf, txt], check=True)
                extracted = open(txt, encoding="utf-8").read()
                meta["not_recoverable"][mode] = scrambled(texts, extracted)
                meta["table_not_recoverable"][mode] = table_scrambled(records, extracted)
                meta.setdefault("footnotes_not_recoverable", {})[mode] = footnotes_scrambled(records, extracted)
                meta.setdefault("table_headers_not_recoverable", {})[mode] = (
                    headers_scrambled(records, extracted) if mode == "default" else 0)
            with open(os.path.join(out_dir, f"{k:02d}.json"), "w", encoding="utf-8") as f:
                json.dump(meta, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print(name, k, {m: len(v) for m, v in meta["not_recoverable"].items()},
                  [m for m, v in meta["table_not_recoverable"].items() if v])


if __name__ == "__main__":
    main()
