#!/usr/bin/env python3
"""Probe PDFs in UN conventions laid out otherwise than the other fixtures:
drawn line by line with reportlab (tests/data/make_reportlab_pdf.py's way),
with the type sizes, margins, page furniture and footnote labels as options.

notes-plain-labels-11-10.pdf: a report in 11 pt type whose footnotes are set
in 10 pt (a Word document's proportions) with their labels plain, at the
notes' size, not raised; the markers in the text raised.

report-page-in-words.pdf: a report on Letter paper whose pages' numbers stand
at their tops in words ("第 2 页") beside the symbol, a footnote running on to
the next page; report-page-in-words-nopgbrk.txt its text (pdftotext -nopgbrk).

bulletin-hanging-labels.pdf: a bulletin whose paragraphs' labels (1.1) and
items' (㈠) stand 40 pt left of their text, farther than a cell's gap.

record-two-columns.pdf: a verbatim record set in two columns below a
masthead across the page.

table-two-prose-columns.pdf: an annex table of two wide columns of prose,
its rows' cells side by side.

table-small-type-page-end.pdf: a report whose second page ends with a table
set in 9 pt under the text's 10.5 (its caption, rows and source note), the
first page's foot holding a footnote: the table is no footnote's rest.

Writes tests/pdf/probe/*.pdf; CI never runs it, its output is committed
(tests/unit/pdf_test.cpp reads it).
Needs: python3-reportlab fonts-arphic-uming fonts-wqy-microhei
Usage: tests/pdf/probe/make_probe_pdf.py [OUTDIR]
"""
import os
import random
import sys
import os, sys
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("Song", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NOBREAK = "，。、；：）”》"


def sw(s, size, font="Song"):
    return pdfmetrics.stringWidth(s, font, size)


class Doc:
    def __init__(self, name, symbol, job, page=A4, margins=(72, 72, 72, 72), body=10.5, lead=None,
                 header="outer", footer="standard", rule=0.33, note_size=None, hang=28, bold_font="Hei",
                 label_style="raised", first_indent=False, pages_total=9):
        self.path = os.path.join(OUT, name + ".pdf")
        self.W, self.H = page
        self.c = canvas.Canvas(self.path, pagesize=page, invariant=1)  # (the same bytes each run)
        self.lm, self.rmargin, self.top, self.bot = margins
        self.RM = self.W - self.rmargin
        self.body = body
        self.lead = lead or body * 1.5
        self.symbol, self.job = symbol, job
        self.header, self.footer, self.rule = header, footer, rule
        self.note_size = note_size or body * 0.8
        self.hang, self.bold_font = hang, bold_font
        self.label_style, self.first_indent = label_style, first_indent
        self.page = 1
        self.y = self.top
        self.notes = []   # (label, text) of this page
        self.carry = []   # lines of a footnote going on to the next page
        self.note_no = 0
        self.total = pages_total
        self.split_next_note = False

    def text(self, x, y, s, size=None, font="Song"):
        self.c.setFont(font, size or self.body)
        self.c.drawString(x, self.H - y, s)

    def wrap(self, s, w, size, font="Song"):
        out, cur = [], ""
        for ch in s:
            if sw(cur + ch, size, font) > w and cur and ch not in NOBREAK:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def note_lines(self):
        ls = []
        for label, t in self.notes:
            for i, ln in enumerate(self.wrap(t, self.RM - self.lm - 16, self.note_size)):
                ls.append((label if i == 0 else None, ln))
        return ls

    def foot_height(self):
        n = len(self.note_lines()) + len(self.carry)
        return 0 if n == 0 else 10 + n * self.note_size * 1.35

    def room(self, need):
        if self.y + need > self.H - self.bot - self.foot_height():
            self.new_page()

    def draw_notes(self):
        ls = self.note_lines()
        carry_in, self.carry = self.carry, []
        if self.split_next_note and len(ls) > 2:
            self.carry = ls[2:]
            ls = ls[:2]
            self.split_next_note = False
        allls = [(None, l) for _, l in carry_in] + ls
        self.notes = []
        if not allls:
            return
        nl = self.note_size * 1.35
        y = self.H - self.bot - len(allls) * nl + self.note_size
        self.c.setLineWidth(0.5)
        self.c.line(self.lm, self.H - (y - self.note_size - 3), self.lm + (self.RM - self.lm) * self.rule,
                    self.H - (y - self.note_size - 3))
        for label, ln in allls:
            if label:
                if self.label_style == "raised":
                    self.text(self.lm + 2, y - 2.5, label, self.note_size * 0.7)
                else:
                    self.text(self.lm, y, label, self.note_size)
            self.text(self.lm + 16, y, ln, self.note_size)
            y += nl

    def furniture(self):
        W, H, p = self.W, self.H, self.page
        pg = f"{p}/{self.total}"
        if self.header == "outer" and p > 1:
            x = self.lm if p % 2 == 0 else self.RM - sw(self.symbol, 9, "Helvetica")
            self.text(x, self.top - 24, self.symbol, 9, "Helvetica")
        elif self.header == "top_pageno" and p > 1:
            # symbol left, page number right, on one line at the top
            self.text(self.lm, self.top - 24, self.symbol, 9, "Helvetica")
            s = f"第 {p} 页"
            self.text(self.RM - sw(s, 9), self.top - 24, s, 9)
        elif self.header == "top_center" and p > 1:
            s = f"- {p} -"
            self.text((W - sw(s, 9, "Helvetica")) / 2, self.top - 36, s, 9, "Helvetica")
            x = self.lm if p % 2 == 0 else self.RM - sw(self.symbol, 9, "Helvetica")
            self.text(x, self.top - 22, self.symbol, 9, "Helvetica")
        fy = H - self.bot + 30
        if self.footer == "standard":
            if p == 1:
                self.text(self.lm, fy, self.job, 8, "Helvetica")
            elif p % 2 == 0:
                self.text(self.lm, fy, pg, 8, "Helvetica")
                self.text(self.RM - sw(self.job, 8, "Helvetica"), fy, self.job, 8, "Helvetica")
            else:
                self.text(self.lm, fy, self.job, 8, "Helvetica")
                self.text(self.RM - sw(pg, 8, "Helvetica"), fy, pg, 8, "Helvetica")
        elif self.footer == "job_only":
            self.text(self.lm, fy, self.job, 8, "Helvetica")

    def new_page(self):
        self.draw_notes()
        self.furniture()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def para(self, s, label=None, notes=(), indent=0, size=None, font="Song", gap=None, center=False,
             right=False, hang=None):
        """s may hold {n} for a marker; notes are the footnotes' texts ("*" ones start with '*|')."""
        size = size or self.body
        gap = self.body * 0.6 if gap is None else gap
        hang = self.hang if hang is None else hang
        x0 = self.lm + indent
        textx = x0 + (hang if label and not self.first_indent else 0)
        units = []
        parts = s.split("{n}")
        notes = list(notes)
        for i, p in enumerate(parts):
            units += [(ch, None) for ch in p]
            if i + 1 < len(parts):
                units.append(("M", notes[i]))
        lines, cur, cw = [], [], 0.0
        for k, (ch, note) in enumerate(units):
            first = not lines
            if first and label and self.first_indent:
                wmax = self.RM - x0 - hang - sw(label + " ", size, font)
            else:
                wmax = self.RM - textx
            chw = 5 if note else sw(ch, size, font)
            if cw + chw > wmax and cur and ch not in NOBREAK and not note:
                lines.append(cur)
                cur, cw = [], 0.0
            cur.append((ch, note))
            cw += chw
        if cur:
            lines.append(cur)
        lead = max(self.lead, size * 1.4)
        for li, ln in enumerate(lines):
            self.room(lead)
            x = textx
            if self.first_indent and label:
                x = x0 + hang + sw(label + " ", size, font) if li == 0 else x0
            lw = sum(5 if n else sw(ch, size, font) for ch, n in ln)
            if center:
                x = (self.lm + self.RM - lw) / 2
            if right:
                x = self.RM - lw
            if li == 0 and label:
                self.text(x0 + (hang if self.first_indent else 0), self.y, label, size, font)
            run, rx = "", x
            for ch, note in ln:
                if note:
                    if run:
                        self.text(rx, self.y, run, size, font)
                        rx += sw(run, size, font)
                        run = ""
                    if note.startswith("*|"):
                        lab, body = "*", note[2:]
                    else:
                        self.note_no += 1
                        lab, body = str(self.note_no), note
                    self.c.setFont("Song", size * 0.6)
                    self.c.drawString(rx + 0.5, self.H - self.y + size * 0.4, lab)
                    rx += 5
                    self.notes.append((lab, body))
                else:
                    run += ch
            if run:
                self.text(rx, self.y, run, size, font)
            self.y += lead
        self.y += gap

    def heading(self, s, size=None, center=False, gap=None):
        self.room(self.lead * 3)
        self.para(s, size=size or self.body, font=self.bold_font, center=center, gap=gap)

    def masthead(self, organ, date, original="English", organ_size=20):
        c, lm, RM, H = self.c, self.lm, self.RM, self.H
        t = self.top - 20
        self.text(lm, t, "联合国", 14)
        self.text(RM - sw(self.symbol, 16, "Helvetica-Bold"), t, self.symbol, 16, "Helvetica-Bold")
        c.line(lm, H - (t + 8), RM, H - (t + 8))
        self.text(lm, t + 40, organ, organ_size)
        for i, s in enumerate(["Distr.: General", date, "Chinese", "Original: " + original]):
            self.text(RM - 110, t + 26 + i * 12, s, 9, "Helvetica")
        c.line(lm, H - (t + 82), RM, H - (t + 82))
        self.y = t + 104

    def toc_line(self, title, paras, page, level=0):
        self.room(self.lead)
        x = self.lm + 20 + level * 18
        tw = sw(title, self.body)
        pw = sw(page, self.body, "Helvetica")
        self.text(x, self.y, title)
        ex = self.RM - 20
        if paras:
            self.text(self.RM - 80, self.y, paras, self.body, "Helvetica")
            ex = self.RM - 84
        dots_from = x + tw + 4
        dw = sw(".", self.body, "Helvetica")
        n = int((ex - 30 - dots_from) / (dw * 2))
        if n > 0:
            self.text(dots_from, self.y, " ".join(["."] * n), self.body, "Helvetica")
        self.text(self.RM - pw, self.y, page, self.body, "Helvetica")
        self.y += self.lead

    def table(self, rows, xs, header_bold=True):
        for i, r in enumerate(rows):
            self.room(self.lead)
            for x, cell in zip(xs, r):
                if cell:
                    f = self.bold_font if (i == 0 and header_bold) else "Song"
                    self.text(self.lm + x, self.y, cell, self.body, f)
            self.y += self.lead

    def save(self):
        self.draw_notes()
        self.furniture()
        self.c.showPage()
        self.c.save()


S = ["各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、年龄和残疾状况分列的数据的收集和使用。",
     "联合国系统各实体继续向有关国家提供技术援助，支持其制定和执行国家行动计划，并加强机构间协调。",
     "若干国家报告说，资金不足和能力有限仍然是执行工作的主要障碍，特别是在最不发达国家和小岛屿发展中国家。"]


def body(n):
    return "".join(random.choice(S) for _ in range(n))


def report(name, bsize, nsize, label_style="raised", page=A4):
    random.seed(11)
    d = Doc(name, "A/78/789", "23-30001 (C)", page=page, body=bsize, note_size=nsize, label_style=label_style)
    d.masthead("大会", "3 October 2023")
    d.para("第七十八届会议", gap=2)
    d.para("议程项目 20", gap=2)
    d.para("可持续发展", gap=12)
    d.para("执行《2030年可持续发展议程》的进展情况", size=15, font="Hei", gap=4)
    d.para("秘书长的报告", size=12, font="Hei", gap=12)
    d.heading("一. 导言")
    notes = ["大会第70/1号决议。", "见A/77/84-E/2022/58，第10段。", "E/2023/64。",
             "见《亚的斯亚贝巴行动议程》（大会第69/313号决议，附件），第20段。", "A/78/80。", "A/HRC/53/20。"]
    k = 0
    for n in range(1, 13):
        if n == 7:
            d.heading("二. 进展情况")
        if n % 2 == 1 and k < len(notes):
            d.para(body(2)[:-1] + "{n}。", label=f"{n}.", notes=[notes[k]])
            k += 1
        else:
            d.para(body(2), label=f"{n}.")
    d.total = d.page
    d.save()


def report_page_in_words(name):
    """Letter paper, 12 pt text, the page's number at its top in words ("第 2 页",
    Geneva's way) beside the symbol, no page number at the foot, a contents
    list with leader dots, a footnote running on to the next page."""
    random.seed(3)
    S4 = S + ["秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做法和经验教训。"]

    def body(n):
        return "".join(random.choice(S4) for _ in range(n))

    d = Doc(name, "E/CN.6/2024/3", "23-24567 (C)", page=letter,
            margins=(90, 90, 80, 80), body=12, header="top_pageno", footer="job_only", rule=0.2)
    d.masthead("经济及社会理事会", "11 December 2023")
    d.para("妇女地位委员会", gap=2)
    d.para("第六十八届会议", gap=2)
    d.para("2024年3月11日至22日", gap=2)
    d.para("临时议程{n}项目3(a)", notes=["*|E/CN.6/2024/1。"], gap=2)
    d.para("北京世界妇女问题会议和题为“2000年妇女：二十一世纪两性平等、发展与和平”的大会第二十三届特别会议的后续行动", gap=12)
    d.para("通过处理贫困问题和加强体制及供资，从性别视角加快实现性别平等以及增强所有妇女和女童权能", size=15, font="Hei", gap=6)
    d.para("秘书长的报告", size=13, font="Hei", gap=12)
    d.para("摘要", font="Hei", center=True, gap=4)
    d.para("本报告是根据妇女地位委员会第2016/3号决议提交的，审查了在消除贫困和加强体制及供资方面取得的进展，并提出了供委员会审议的建议。", indent=28)
    d.new_page()
    d.para("目录", font="Hei", gap=6)
    d.text(d.RM - 80, d.y, "段次", d.body); d.text(d.RM - 24, d.y, "页次", d.body); d.y += d.lead
    d.toc_line("一. 导言", "1–3", "3")
    d.toc_line("二. 全球背景", "4–9", "3")
    d.toc_line("A. 贫困的性别层面", "4–6", "3", level=1)
    d.toc_line("B. 体制和供资", "7–9", "4", level=1)
    d.toc_line("三. 结论和建议", "10–12", "5")
    d.new_page()
    d.heading("一. 导言")
    d.para(body(3) + "委员会在第六十八届会议上将审议优先主题{n}。", label="1.", notes=["见经济及社会理事会第2022/4号决议。"])
    d.para(body(2), label="2.")
    d.split_next_note = True
    d.para(body(2) + "本报告借鉴了会员国提交的资料{n}。", label="3.",
           notes=["截至2023年10月31日，以下会员国提交了资料：阿根廷、澳大利亚、奥地利、巴西、加拿大、智利、哥伦比亚、丹麦、芬兰、法国、德国、印度、意大利、日本、墨西哥、荷兰、挪威、菲律宾、葡萄牙、大韩民国、西班牙、瑞典、瑞士、土耳其和联合王国。还收到了联合国系统十二个实体的资料。"])
    d.heading("二. 全球背景")
    d.heading("A. 贫困的性别层面")
    for n in range(4, 7):
        d.para(body(3), label=f"{n}.")
    d.heading("B. 体制和供资")
    for n in range(7, 10):
        d.para(body(2) + ("有关数据见E/CN.6/2023/3{n}。" if n == 8 else ""), label=f"{n}.", notes=["另见A/78/123，第15段。"] if n == 8 else ())
    d.heading("三. 结论和建议")
    d.para(body(2), label="10.")
    d.para(body(1), label="11.")
    d.para("委员会不妨促请各国政府：", label="12.")
    d.para("(a) 加强国家统计系统；", indent=28, hang=28)
    d.para("(b) 增加对性别平等的供资。", indent=28, hang=28)
    d.total = d.page
    d.save()


def bulletin_hanging(name):
    """A Secretary-General's bulletin: paragraphs labelled within their
    sections (1.1, 1.2) and items (㈠, ㈡) set with wide hanging indents."""
    random.seed(9)

    d = Doc(name, "ST/SGB/2024/3", "24-01234 (C)", body=10.5, hang=40)
    d.masthead("秘书处", "15 March 2024")
    d.para("秘书长公报", size=14, font="Hei", center=True, gap=6)
    d.para("数据保护和隐私政策", size=14, font="Hei", center=True, gap=12)
    d.para("秘书长为确保联合国秘书处以符合适用原则的方式处理个人数据，特颁布如下：", indent=0, gap=10)
    d.heading("第1节", center=True, gap=2)
    d.heading("定义", center=True)
    d.para("在本公报中：", label="1.1")
    d.para("“个人数据”指与已识别或可识别的自然人有关的任何信息；", label="(a)", indent=40)
    d.para("“处理”指对个人数据进行的任何操作，包括：", label="(b)", indent=40)
    d.para("收集、记录、组织和储存；", label="㈠", indent=80)
    d.para("查阅、使用、披露、传送或以其他方式提供；", label="㈡", indent=80)
    d.para(body(2), label="1.2")
    d.heading("第2节", center=True, gap=2)
    d.heading("一般原则", center=True)
    for n in range(1, 4):
        d.para(body(random.randint(1, 3)), label=f"2.{n}")
    d.heading("第3节", center=True, gap=2)
    d.heading("生效", center=True)
    d.para("本公报自印发之日起生效。", label="3.1")
    d.para("秘书长", right=True, gap=2)
    d.para("安东尼奥·古特雷斯", right=True)
    d.total = d.page
    d.save()


def record_two_columns(name):
    """A General Assembly verbatim record: masthead across the page, speeches
    in two columns."""
    random.seed(21)
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, name + ".pdf"), pagesize=A4, invariant=1)
    LM, RM, TOP, BOT = 56, W - 56, 60, 70
    GUT = 18
    colw = (RM - LM - GUT) / 2
    size, lead = 10, 14
    def t(x, y, s, sz=size, f="Song"):
        c.setFont(f, sz); c.drawString(x, H - y, s)
    # page 1: masthead full width
    t(LM, 50, "联合国", 14); t(RM - sw("A/78/PV.12", 16, "Helvetica-Bold"), 50, "A/78/PV.12", 16, "Helvetica-Bold")
    t(LM, 80, "大会", 20); t(LM, 100, "第七十八届会议", 12, "Hei")
    t(RM - 200, 80, "正式记录", 12, "Hei")
    t(LM, 118, "第12次全体会议", 12, "Hei"); t(LM, 134, "2023年9月22日星期五上午9时在纽约举行", 10)
    t(LM, 154, "主席：丹尼斯·弗朗西斯先生……………………………（特立尼达和多巴哥）", 10)
    c.line(LM, H - 164, RM, H - 164)
    # the speeches, in two columns
    paras = [("上午9时05分开会。", True)]
    paras.append(("议程项目8（续）", True)); paras.append(("一般性辩论", True))
    for who in ["主席", "卡多佐先生（巴西）", "王先生（中国）", "史密斯女士（澳大利亚）", "杜瓦尔先生（法国）", "主席"]:
        paras.append(("　　" + who + "：" + body(5), False))
        paras.append(("　　" + body(2), False))
    paras.append(("上午11时50分散会。", True))
    page, col, y = 1, 0, 180
    def newcol():
        nonlocal page, col, y
        if col == 0:
            col = 1; y = 180 if page == 1 else TOP + 20
        else:
            # footer
            t(LM, H - 40, "23-28765 (C)", 8, "Helvetica")
            if page > 1: t(RM - 30, H - 40, f"{page}/4", 8, "Helvetica")
            c.showPage(); page += 1; col = 0; y = TOP + 20
            t(LM if page % 2 == 0 else RM - sw("A/78/PV.12", 9, "Helvetica"), TOP - 10, "A/78/PV.12", 9, "Helvetica")
    for s, centred in paras:
        x0 = LM + col * (colw + GUT)
        lines, cur = [], ""
        for ch in s:
            if sw(cur + ch, size) > colw and cur and ch not in "，。、；：）”》":
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur: lines.append(cur)
        for ln in lines:
            if y + lead > H - BOT:
                newcol(); x0 = LM + col * (colw + GUT)
            x = x0 + (colw - sw(ln, size)) / 2 if centred else x0
            t(x, y, ln, size, "Hei" if centred else "Song")
            y += lead
        y += 6
    t(LM, H - 40, "23-28765 (C)", 8, "Helvetica"); t(RM - 30, H - 40, f"{page}/4", 8, "Helvetica")
    c.showPage(); c.save()


def table_two_prose_columns(name):
    """An annex table of two wide columns of prose (a recommendation, its
    status), each row's cells side by side: a table, not two columns of text."""
    random.seed(31)

    d = Doc(name, "A/78/777", "23-31001 (C)", body=10.5, margins=(56, 56, 72, 72))
    d.masthead("大会", "1 December 2023")
    d.para("第七十八届会议", gap=2); d.para("议程项目 137", gap=12)
    d.para("审计委员会建议的执行情况", size=15, font="Hei", gap=12)
    d.para("附件", font="Hei", center=True, gap=2)
    d.para("建议及其执行情况", font="Hei", center=True, gap=8)
    GUT = 16
    colw = (d.RM - d.lm - GUT) / 2
    def cellwrap(s):
        out, cur = [], ""
        for ch in s:
            if sw(cur + ch, d.body) > colw and cur and ch not in "，。、；：）”》":
                out.append(cur); cur = ch
            else:
                cur += ch
        if cur: out.append(cur)
        return out
    d.text(d.lm, d.y, "建议", d.body, "Hei"); d.text(d.lm + colw + GUT, d.y, "执行情况", d.body, "Hei"); d.y += d.lead + 4
    for k in range(5):
        a, b = cellwrap(body(2)), cellwrap(body(random.randint(1, 3)))
        for i in range(max(len(a), len(b))):
            if i < len(a): d.text(d.lm, d.y, a[i])
            if i < len(b): d.text(d.lm + colw + GUT, d.y, b[i])
            d.y += d.lead
        d.y += 8
    d.total = d.page
    d.save()


def table_page_end(name):
    random.seed(5)
    d = Doc(name, "A/78/321", "23-15600 (C)", body=10.5, note_size=8.5)
    d.masthead("大会", "15 August 2023")
    d.para("第七十八届会议", gap=2)
    d.para("临时议程{n}项目 18", notes=["*|A/78/150。"], gap=2)
    d.para("宏观经济政策问题", gap=12)
    d.para("国际贸易与发展", size=15, font="Hei", gap=4)
    d.para("秘书长的报告", size=12, font="Hei", gap=12)
    d.heading("一. 导言")
    d.para(body(3) + "本报告根据大会第77/154号决议提交{n}。", label="1.", notes=["大会第77/154号决议，第30段。"])
    for n in range(2, 6):
        d.para(body(3), label=f"{n}.")
    d.heading("二. 贸易趋势")
    d.para(body(2) + "下表列出了主要区域的贸易增长率。", label="6.")
    d.para("表1", font="Hei", gap=2, size=9)
    d.para("按区域分列的货物贸易增长率（百分比）", font="Hei", gap=4, size=9)
    rows = [("区域", "2021年", "2022年", "2023年")] + [
        (r, f"{a}.{b}", f"{b}.{a}", f"{a + b}.0") for r, a, b in
        [("非洲", 5, 3), ("亚洲", 7, 2), ("欧洲", 4, 1), ("拉丁美洲和加勒比", 6, 4), ("北美洲", 3, 2), ("大洋洲", 2, 5),
         ("西亚", 4, 4), ("最不发达国家", 3, 1), ("内陆发展中国家", 2, 2), ("小岛屿发展中国家", 1, 3)]]
    save_body, save_lead = d.body, d.lead
    d.body, d.lead = 9, 13
    d.table(rows, [0, 150, 230, 310])
    d.para("资料来源：贸发会议秘书处根据国家数据计算。", size=9, gap=8)
    d.body, d.lead = save_body, save_lead
    d.new_page()
    for n in range(7, 10):
        d.para(body(3), label=f"{n}.")
    d.total = d.page
    d.save()


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    report("notes-plain-labels-11-10", 11, 10, label_style="plain")
    table_page_end("table-small-type-page-end")
    record_two_columns("record-two-columns")
    table_two_prose_columns("table-two-prose-columns")
    bulletin_hanging("bulletin-hanging-labels")
    report_page_in_words("report-page-in-words")
    # (and its text as pdftotext -nopgbrk gives it, in its default mode)
    import subprocess
    subprocess.run(["pdftotext", "-nopgbrk", os.path.join(OUT, "report-page-in-words.pdf"),
                    os.path.join(OUT, "report-page-in-words-nopgbrk.txt")], check=True)
