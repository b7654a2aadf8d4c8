#!/usr/bin/env python3
"""UN-style Chinese PDFs made by another producer than LibreOffice: drawn
line by line with reportlab (each line a string at its place, footnote
markers as separate smaller strings raised above the line), as many PDF
writers do. A report (masthead in two columns, agenda item with a "*"
footnote, running header, page footers with the job number and its dates
"23-15612 (C)  250823  280823" beside the page "2/3", numbered paragraphs
with raised markers, footnotes at the page foot, an annex table) and a
resolution (preambular clauses with a marker between 》 and the next word),
a Human Rights Council report (the titles of agenda items 2 and 3 in
body type above the document's title set large; justified lines), a
report whose footnote runs on to the next page's foot, a note whose annex
is a schedule without a header row, and a resolution set in a Chinese font
the file does not embed.

Writes tests/pdf/reportlab/*.pdf, and the text of two as pdftotext -layout
gives it (report-footnote-over-page-layout.txt, note-schedule-layout.txt); CI never runs it,
its output is committed (tests/unit/pdf_test.cpp reads it).

Needs: python3-reportlab fonts-arphic-uming poppler-utils
Usage: tests/data/make_reportlab_pdf.py [OUTDIR]
"""
import os
import random
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("UMing", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
W, H = A4
LM, RM, TOP, BOT = 72, W - 72, 60, 70
BODY = 10.5
LEAD = 16


def width(s, size, font="UMing"):
    return pdfmetrics.stringWidth(s, font, size)


class Doc:
    def __init__(self, path, symbol, job, pages_total_guess=6):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)  # (the same bytes each run)
        self.symbol, self.job = symbol, job
        self.page = 1
        self.y = TOP
        self.notes = []  # footnotes of this page: (label, text)
        self.note_no = 0
        self.total = pages_total_guess

    def text(self, x, y, s, size=BODY, font="UMing"):
        self.c.setFont(font, size)
        self.c.drawString(x, H - y, s)

    def foot_height(self):
        if not self.notes:
            return 0
        h = 10
        for _, t in self.notes:
            h += 12 * len(self.wrap(t, RM - LM - 18, 8.5))
        return h

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.y = TOP + 30
        # running header: symbol at the outer margin
        if self.page % 2 == 0:
            self.text(LM, TOP - 10, self.symbol, 9)
        else:
            self.text(RM - width(self.symbol, 9), TOP - 10, self.symbol, 9)
        self.c.line(LM, H - (TOP - 4), RM, H - (TOP - 4))

    def finish_page(self):
        # footnotes
        if self.notes:
            fy = H - BOT - self.foot_height() + 4
            self.c.line(LM, H - fy + 2, LM + 120, H - fy + 2)
            y = fy + 10
            for label, t in self.notes:
                self.c.setFont("UMing", 6)
                self.c.drawString(LM + 4, H - y + 3, label)
                for i, ln in enumerate(self.wrap(t, RM - LM - 18, 8.5)):
                    self.text(LM + 14, y, ln, 8.5)
                    y += 12
            self.notes = []
        # footer
        fy = H - 40
        if self.page == 1:
            self.text(LM, fy, self.job, 8)
            self.text(LM, fy + 12, "*" + self.job.split()[0].replace("-", "") + "*", 8)
        else:
            pg = f"{self.page}/{self.total}"
            if self.page % 2 == 0:
                self.text(LM, fy, pg, 8)
                self.text(RM - width(self.job, 8), fy, self.job, 8)
            else:
                self.text(LM, fy, self.job, 8)
                self.text(RM - width(pg, 8), fy, pg, 8)

    def wrap(self, s, w, size):
        out, cur = [], ""
        for ch in s:
            if width(cur + ch, size) > w and cur:
                # don't start a line with closing punctuation
                if ch in "，。、；：）”》":
                    cur += ch
                    out.append(cur)
                    cur = ""
                    continue
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def room(self, need):
        if self.y + need > H - BOT - self.foot_height():
            self.new_page()

    def para(self, s, label=None, notes=(), indent=0, size=BODY, font="UMing", gap=6, center=False):
        """s may hold {n} where a footnote marker stands; notes the texts"""
        x0 = LM + indent
        hang = 0
        if label:
            hang = 22
        parts = s.split("{n}")
        # lay the text out as (char, is_marker) units
        units = []
        notes = list(notes)
        for i, p in enumerate(parts):
            units += [(ch, None) for ch in p]
            if i + 1 < len(parts):
                units.append(("M", notes[i]))
        wmax = RM - x0 - hang
        lines, cur, cw = [], [], 0.0
        for ch, note in units:
            chw = 4 if note else width(ch, size, font)
            if cw + chw > wmax and cur and ch not in "，。、；：）”》":
                lines.append(cur)
                cur, cw = [], 0.0
            cur.append((ch, note))
            cw += chw
        if cur:
            lines.append(cur)
        self.room(LEAD)
        for li, ln in enumerate(lines):
            self.room(LEAD)
            x = x0 + hang
            if center:
                lw = sum(4 if n else width(ch, size, font) for ch, n in ln)
                x = (LM + RM - lw) / 2
            if li == 0 and label:
                self.text(x0, self.y, label, size, font)
            run = ""
            rx = x
            for ch, note in ln:
                if note:
                    if run:
                        self.text(rx, self.y, run, size, font)
                        rx += width(run, size, font)
                        run = ""
                    if note != "*":
                        self.note_no += 1
                    lab = str(self.note_no) if note != "*" else "*"
                    self.c.setFont("UMing", 6)
                    self.c.drawString(rx + 0.5, H - self.y + 4, lab)
                    rx += 4
                    self.notes.append((lab, note if note != "*" else "A/78/150。"))
                else:
                    run += ch
            if run:
                self.text(rx, self.y, run, size, font)
            self.y += LEAD
        self.y += gap

    def save(self):
        self.finish_page()
        self.c.showPage()
        self.c.save()


def masthead(d, symbol, organ, date, original="English", extra_right=()):
    c = d.c
    d.text(LM, 50, "联合国", 14)
    d.text(RM - width(symbol, 16, "Helvetica-Bold"), 50, symbol, 16, "Helvetica-Bold")
    c.line(LM, H - 58, RM, H - 58)
    d.text(LM, 90, organ, 20)
    for i, s in enumerate(["Distr.: General", date, "Chinese", "Original: " + original] + list(extra_right)):
        d.text(RM - 110, 76 + i * 12, s, 9, "Helvetica")
    c.line(LM, H - 132, RM, H - 132)
    d.y = 152


def masthead(d, symbol, organ, date, original="English"):
    c = d.c
    d.text(LM, 50, "联合国", 14)
    d.text(RM - width(symbol, 16, "Helvetica-Bold"), 50, symbol, 16, "Helvetica-Bold")
    c.line(LM, H - 58, RM, H - 58)
    d.text(LM, 90, organ, 20)
    for i, s in enumerate(["Distr.: General", date, "Chinese", "Original: " + original]):
        d.text(RM - 110, 76 + i * 12, s, 9, "Helvetica")
    c.line(LM, H - 132, RM, H - 132)
    d.y = 152


def table(d, rows, xs):
    """a table's rows, each cell drawn at its column's offset from the margin"""
    for r in rows:
        d.room(LEAD)
        for x, cell in zip(xs, r):
            if cell:
                d.text(LM + x, d.y, cell)
        d.y += LEAD


outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pdf", "reportlab")
os.makedirs(outdir, exist_ok=True)

# ---- the report

d = Doc(os.path.join(outdir, "report.pdf"), "A/78/321", "23-15612 (C)    250823    280823", pages_total_guess=3)
c = d.c
# masthead: 联合国 left, symbol right, on one baseline; organ below; distribution column right
d.text(LM, 50, "联合国", 14)
d.text(RM - width("A/78/321", 16, "Helvetica-Bold"), 50, "A/78/321", 16, "Helvetica-Bold")
c.line(LM, H - 58, RM, H - 58)
d.text(LM, 90, "大会", 22)
for i, s in enumerate(["Distr.: General", "15 August 2023", "Chinese", "Original: English"]):
    d.text(RM - 110, 76 + i * 12, s, 9, "Helvetica")
c.line(LM, H - 128, RM, H - 128)
d.y = 150
d.para("第七十八届会议", size=10.5, gap=2)
d.para("临时议程{n}项目 73(a)", notes=["*"], gap=2)
d.para("加强联合国人道主义援助和救灾援助，包括特别经济援助的协调：加强联合国人道主义紧急援助的协调", size=10.5, gap=14)
d.para("加强联合国人道主义紧急援助的协调", size=15, gap=4)
d.para("秘书长的报告", size=12, gap=14)
d.para("摘要", size=10.5, gap=4)
d.para("本报告是根据大会第 46/182 号决议和第 77/28 号决议提交的，介绍了 2022 年人道主义需求的主要趋势以及为加强协调和问责所采取的步骤，并提出了供大会审议的建议。", indent=30)
d.new_page()
d.para("一. 导言", size=11, gap=8)
d.para("本报告是根据大会 1991 年 12 月 19 日第 46/182 号决议提交的，大会在该决议中请秘书长每年就人道主义紧急援助的协调问题向大会提出报告{n}。本报告所述期间为 2022 年 1 月 1 日至 12 月 31 日。", label="1.", notes=["关于此前的报告，见 A/77/72-E/2022/48。"])
d.para("2022 年，估计有 2.74 亿人需要人道主义援助和保护，比上一年增加约 17%。冲突、气候变化和经济冲击相互交织，使需求达到创纪录水平。", label="2.")
d.para("二. 人道主义趋势和挑战", size=11, gap=8)
d.para("A. 冲突造成的危机", size=10.5, gap=6)
d.para("武装冲突仍然是人道主义需求的主要驱动因素。在若干情况下，人道主义人员进入受影响人口的机会受到严重限制，援助工作人员遭受袭击的次数有所增加{n}。", label="3.", notes=["见 S/2023/345，第 12-15 段。"])
d.para("冲突造成的流离失所人数在本报告所述期间超过 1 亿。境内流离失所者占其中的大多数，许多人处于长期流离失所状态，需要持久解决办法。", label="4.")
d.para("B. 气候变化和灾害", size=10.5, gap=6)
d.para("与天气有关的灾害更加频繁和严重。巴基斯坦的洪水影响了 3 300 多万人，非洲之角的干旱连续第五个雨季未能降雨，导致粮食不安全状况急剧恶化。", label="5.")
d.para("减少灾害风险、预期行动和早期预警系统必须成为发展规划的组成部分。秘书长呼吁在五年内使地球上每个人都受到早期预警系统的保护{n}。", label="6.", notes=["见《2015-2030 年仙台减少灾害风险框架》(大会第 69/283 号决议，附件二)。"])
d.para("三. 建议", size=11, gap=8)
d.para("秘书长建议：", label="7.")
d.para("(a) 会员国应确保人道主义人员能够安全、不受阻碍地接触所有需要援助的人；", indent=22)
d.para("(b) 会员国和人道主义组织应增加对预期行动和早期预警系统的投资；", indent=22)
d.para("(c) 捐助方应提供更多灵活和可预测的资金，包括通过中央应急循环基金提供资金。", indent=22)
d.new_page()
d.para("附件", size=11, gap=4, center=True)
d.para("2022 年中央应急循环基金按区域分列的拨款", size=11, gap=10, center=True)
# table: three columns at fixed x
rows = [("区域", "快速反应(百万美元)", "资金不足(百万美元)"), ("非洲", "143.2", "97.5"), ("亚洲及太平洋", "62.8", "30.1"), ("中东", "41.0", "25.0"), ("拉丁美洲和加勒比", "18.6", "12.4"), ("共计", "265.6", "165.0")]
table(d, rows, [0, 200, 340])
d.total = d.page
d.save()


# ---- the resolution
d = Doc(os.path.join(outdir, "resolution.pdf"), "A/RES/78/25", "23-22571 (C)", pages_total_guess=3)
masthead(d, "A/RES/78/25", "大会", "8 December 2023")
d.para("第七十八届会议", gap=2)
d.para("议程项目 21", gap=12)
d.para("2023年12月4日大会决议", size=12, gap=4)
d.para("[未经发交主要委员会（A/78/L.19 和 A/78/L.19/Add.1）]", gap=12)
d.para("78/25. 奥林匹克休战", size=13, gap=10)
d.para("大会，", indent=22)
d.para("回顾其 2021 年 12 月 2 日第 76/13 号决议{n}，", indent=22, notes=["见 A/76/PV.35。"])
d.para("又回顾《联合国千年宣言》{n}呼吁会员国单独和集体地在当前和未来遵守奥林匹克休战，", indent=22, notes=["第 55/2 号决议。"])
d.para("确认国际奥林匹克委员会、国际残疾人奥林匹克委员会和体育运动在促进和平与发展方面的作用，", indent=22)
d.para("敦促会员国在 2024 年巴黎奥运会和残奥会期间，依照《联合国宪章》，在奥林匹克休战范围内遵守奥林匹克休战；", label="1.", indent=0)
d.para("请秘书长在联合国系统内促进遵守奥林匹克休战，并在这方面与国际奥林匹克委员会合作；", label="2.")
d.para("决定将题为“通过体育和奥林匹克理想建设一个和平和更美好的世界”的分项列入大会第八十届会议临时议程。", label="3.")
d.para("2023年12月4日", indent=250, gap=2)
d.para("第43次全体会议", indent=250)
d.total = d.page
d.save()


# ---- a Human Rights Council report: two agenda items' titles in body type
# above the title set large; lines justified by character spacing, as Word
# sets Chinese
random.seed(6)
def para_justified(d, s, label=None):
    x0 = LM + 22
    lines = d.wrap(s, RM - x0 - 6, BODY)
    for i, ln in enumerate(lines):
        d.room(LEAD)
        if i == 0 and label:
            d.text(LM, d.y, label)
        t = d.c.beginText()
        t.setTextOrigin(x0, H - d.y)
        t.setFont("UMing", BODY)
        if i + 1 < len(lines):
            extra = (RM - x0) - width(ln, BODY)
            t.setCharSpace(max(0, extra / max(1, len(ln) - 1)))
        t.textOut(ln)
        d.c.drawText(t)
        d.y += LEAD
    d.y += 6
d = Doc(os.path.join(outdir, "report-hrc.pdf"), "A/HRC/54/12", "23-13001 (C)    030723    050723", pages_total_guess=3)
masthead(d, "A/HRC/54/12", "大会", "30 June 2023")
d.para("人权理事会", gap=2)
d.para("第五十四届会议", gap=2)
d.para("2023年9月11日至10月6日", gap=2)
d.para("议程项目 2 和 3", gap=2)
d.para("联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告", gap=12)
d.para("促进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权", gap=10)
d.para("发展权", size=14, gap=4)
d.para("联合国人权事务高级专员的报告", size=12, gap=12)
d.new_page()
d.para("一. 导言", size=11, gap=8)
subj = ["各国", "高级专员办事处", "发展伙伴", "多边开发银行", "人权条约机构"]
verb = ["重申了发展权的重要性", "开展了能力建设活动", "提交了关于执行情况的资料", "举办了区域磋商", "编写了实用指南"]
for n in range(1, 9):
    s = "".join(random.choice(subj) + random.choice(verb) + "，并强调国际合作对于实现发展权必不可少。" for _ in range(random.randint(2, 5)))
    para_justified(d, s, label=f"{n}.")
    if n == 4:
        d.para("二. 实现发展权的挑战", size=11, gap=8)
d.total = d.page
d.save()


# ---- a report whose footnote is cut at page 1's foot and goes on at page
# 2's foot, over two lines of footnote type with no label
random.seed(10)

class Doc2(Doc):
    def finish_page(self):
        # footnotes: allow a long one to be cut and continued
        if self.notes:
            lines = []
            for label, t in self.notes:
                for i, ln in enumerate(self.wrap(t, RM - LM - 18, 8.5)):
                    lines.append((label if i == 0 else None, ln))
            self.notes = []
            room = 2
            carry = lines[room:]
            lines = lines[:room]
            fy = H - BOT - 12 * len(lines) - 6
            self.c.line(LM, H - fy + 2, LM + 120, H - fy + 2)
            y = fy + 10
            for label, ln in lines:
                if label:
                    self.c.setFont("UMing", 6)
                    self.c.drawString(LM + 4, H - y + 3, label)
                self.text(LM + 14, y, ln, 8.5)
                y += 12
            self.carry = carry
        fy = H - 40
        if self.page > 1:
            pg = f"{self.page}/{self.total}"
            self.text(LM, fy, pg, 8)
            self.text(RM - width(self.job, 8), fy, self.job, 8)
        else:
            self.text(LM, fy, self.job, 8)

    def new_page(self):
        super().new_page()
        carry = getattr(self, "carry", [])
        self.carry = []
        if carry:
            # the rest of the footnote at this page's foot
            y = H - BOT - 12 * len(carry) + 4
            self.c.line(LM, H - y + 8, LM + 120, H - y + 8)
            for _, ln in carry:
                self.text(LM + 14, y + 6, ln, 8.5)
                y += 12
            self.reserved = 12 * len(carry) + 10

    def foot_height(self):
        return super().foot_height() + getattr(self, "reserved", 0)

d = Doc2(os.path.join(outdir, "report-footnote-over-page.pdf"), "A/78/456", "23-20001 (C)", pages_total_guess=3)
masthead(d, "A/78/456", "大会", "5 October 2023")
d.para("第七十八届会议", gap=2)
d.para("议程项目 18", gap=2)
d.para("可持续发展", gap=10)
d.para("执行《2030 年可持续发展议程》的进展", size=14, gap=4)
d.para("秘书长的报告", size=12, gap=10)
long_note = "联合国经济和社会事务部，《2023 年可持续发展目标报告：特别版》（纽约，2023 年）。该报告根据 200 多个国家和地区提供的最新数据，评估了实现 17 项可持续发展目标的进展情况，并指出，在 140 多个有数据的具体目标中，只有约 12% 有望实现，另有一半以上的进展不足，约 30% 停滞不前或出现倒退。报告还强调，必须大幅增加对发展中国家的投资，并改革国际金融架构，以便在 2030 年之前扭转这一局面。"
d.para("一. 导言", size=11, gap=8)
for n in range(1, 19):
    s = "".join(random.choice(["各国", "联合国系统", "区域委员会"]) + random.choice(["加快了执行工作", "加强了统计能力", "动员了更多资源"]) + "，但进展仍然不足。" for _ in range(random.randint(4, 7)))
    notes = []
    if n == 9:
        s = s[:25] + "{n}" + s[25:]
        notes = [long_note]
    d.para(s, label=f"{n}.", notes=notes)
d.total = d.page
d.save()
# ---- a note whose annex is a meeting's schedule with no header row: a row
# that leaves its first two cells empty below a row whose last cell is short
d = Doc(os.path.join(outdir, "note-schedule.pdf"), "A/78/850", "24-05001 (C)    150324    180324", pages_total_guess=2)
masthead(d, "A/78/850", "大会", "14 March 2024")
d.para("第七十八届会议", gap=2)
d.para("议程项目 19", gap=2)
d.para("全球化和相互依存", gap=12)
d.para("关于国际移徙与发展的高级别对话的非正式互动听询会", size=13, gap=4)
d.para("大会主席的说明", size=12, gap=12)
d.para("大会主席谨转递 2024 年 5 月 16 日举行的非正式互动听询会的议程安排（见附件）。", indent=22)
d.new_page()
d.para("附件", size=11, gap=4, center=True)
d.para("非正式互动听询会的议程安排", size=11, gap=4, center=True)
d.para("2024 年 5 月 16 日，纽约", gap=10, center=True)
rows = [("上午 10 时至 10 时 15 分", "开幕", "大会主席致开幕词"),
        ("", "", "秘书长致辞"),
        ("上午 10 时 15 分至下午 1 时", "第一次互动会议", "移徙对发展的影响"),
        ("", "", "主持人：国际移民组织总干事"),
        ("下午 3 时至 5 时 45 分", "第二次互动会议", "保护移徙者的人权"),
        ("下午 5 时 45 分至 6 时", "闭幕", "大会主席总结发言")]
table(d, rows, [0, 150, 270])
d.total = d.page
d.save()

# ---- a resolution set in a Chinese font the file does not embed (Adobe's
# STSong-Light, Adobe-GB1): poppler reads it only with poppler-data's mappings
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(os.path.join(outdir, "cid-font-not-embedded.pdf"), pagesize=A4, invariant=1)
y = 50
for text, size, font in [("联合国", 14, "STSong-Light"), ("A/RES/78/25", 16, "Helvetica-Bold"), ("大会", 20, "STSong-Light"),
                         ("Distr.: General", 9, "Helvetica"), ("8 December 2023", 9, "Helvetica"),
                         ("第七十八届会议", 10.5, "STSong-Light"), ("议程项目 21", 10.5, "STSong-Light"),
                         ("2023年12月4日大会决议", 12, "STSong-Light"), ("78/25. 奥林匹克休战", 13, "STSong-Light"),
                         ("大会，", 10.5, "STSong-Light"),
                         ("确认体育运动在促进和平与发展方面的作用，", 10.5, "STSong-Light"),
                         ("1. 敦促会员国在 2024 年巴黎奥运会和残奥会期间遵守奥林匹克休战；", 10.5, "STSong-Light"),
                         ("2. 决定将该分项列入大会第八十届会议临时议程。", 10.5, "STSong-Light"),
                         ("第43次全体会议", 10.5, "STSong-Light")]:
    c.setFont(font, size)
    c.drawString(LM, H - y, text)
    y += 24
c.showPage()
c.save()

# ---- a resolution whose footnote wraps, its next line opening with a number
# ("…第一章，决议" / "1，附件一和二。"): the number is the note's text, not a label
d = Doc(os.path.join(outdir, "resolution-footnote-number-wraps.pdf"), "A/RES/78/231", "23-25871 (C)", pages_total_guess=2)
masthead(d, "A/RES/78/231", "大会", "28 December 2023")
d.para("第七十八届会议", gap=2)
d.para("议程项目 24(a)", gap=12)
d.para("2023年12月22日大会决议", size=12, gap=10)
d.para("78/231. 农村妇女在消除贫困中的作用", size=13, gap=10)
d.para("大会，", indent=22)
d.para("重申《北京宣言》和《行动纲要》{n}以及大会第二十三届特别会议的成果文件{n}，", indent=22,
       notes=["《第四次妇女问题世界会议的报告，1995 年 9 月 4 日至 15 日，北京》(A/CONF.177/20/Rev.1)，第一章，决议 1，附件一和二。",
              "S-23/2 号决议，附件；S-23/3 号决议，附件。"])
d.para("1. 欢迎秘书长的报告；", indent=22)
d.new_page()
d.para("2. 请秘书长向大会第八十届会议提交一份关于本决议执行情况的报告。", indent=22)
d.save()

# ---- a one-page resolution whose one footnote holds more characters than
# its text, the note wrapping onto a second line (no form feed: only the
# type says the line below the label is the note's)
d = Doc(os.path.join(outdir, "resolution-one-page-long-footnote.pdf"), "A/RES/78/232", "23-25872 (C)", pages_total_guess=1)
masthead(d, "A/RES/78/232", "大会", "28 December 2023")
d.para("第七十八届会议", gap=2)
d.para("议程项目 24(b)", gap=12)
d.para("2023年12月22日大会决议", size=12, gap=10)
d.para("78/232. 发展合作", size=13, gap=10)
d.para("大会，", indent=22)
d.para("回顾《可持续发展问题世界首脑会议执行计划》{n}，", indent=22,
       notes=["《可持续发展问题世界首脑会议的报告，2002 年 8 月 26 日至 9 月 4 日，南非约翰内斯堡》(联合国出版物，出售品编号：C.03.II.A.1 和更正)，第一章，决议 2，附件。"])
d.para("1. 欢迎秘书长的报告；", indent=22)
d.para("2. 请秘书长提交一份关于本决议执行情况的报告。", indent=22)
d.save()

import subprocess  # noqa: E402

for name in ["report-footnote-over-page", "note-schedule"]:
    subprocess.run(["pdftotext", "-layout", os.path.join(outdir, name + ".pdf"),
                    os.path.join(outdir, name + "-layout.txt")], check=True)
