#!/usr/bin/env python3
"""Make realistic hard-wrapped test inputs the way real ones are made.

Writes a UN-style report as flat ODT (masthead, running header with the
symbol, footer with job number and page number, real footnotes, a table of
contents, two annexes with a table), renders it to PDF with LibreOffice and
extracts the text with pdftotext in its default and -raw modes. The extracted
text, and two of the PDF files themselves, are committed under samples/; CI
never runs this script.

Needs: libreoffice-writer-nogui fonts-wqy-microhei poppler-utils
Usage: tests/data/make_pdf_samples.py [OUTDIR]   (default: samples/)
"""
import html
import re
import os
import subprocess
import sys
import tempfile

SYMBOL = "A/62/87"
JOB = "07-38291 (C)"

MASTHEAD = ["联合国 " + SYMBOL, "大会", "Distr.: General", "15 June 2007", "Chinese", "Original: English"]
FRONT = [
    ("center", "第六十二届会议"),
    ("plain", "临时议程*项目 71(a)"),
    ("bold", "加强联合国人道主义援助和救灾援助，包括特别经济援助的协调：加强联合国人道主义紧急援助的协调"),
    ("title", "加强联合国人道主义紧急援助的协调"),
    ("center", "秘书长的报告"),
    ("plain", "本报告是根据大会第 46/182 号决议和第 61/134 号决议提交的，其中介绍了 2006 年人道主义援助的主要趋势和挑战，以及为加强人道主义系统的协调、问责和供资所采取的步骤，并提出了供大会审议的建议。"),
]
FRONT_NOTE = "A/62/50。"

TOC = [
    ("一、导言", "1-4", "3"),
    ("二、2006 年的人道主义趋势和挑战", "5-10", "3"),
    ("A. 自然灾害", "5-7", "3"),
    ("B. 复杂紧急情况和长期危机", "8-10", "4"),
    ("三、加强人道主义援助的协调和问责", "11-19", "5"),
    ("A. 人道主义改革", "11-15", "5"),
    ("B. 资金筹措", "16-19", "6"),
    ("四、建议", "20-22", "7"),
    ("附件一 2006 年中央应急基金按区域分列的拨款情况", "", "8"),
    ("附件二 参与集群办法的组织", "", "9"),
]

# (kind, text, footnote or None). Footnote text is attached where {fn} stands.
BODY = [
    ("chapter", "一、导言", None),
    ("para", "1. 本报告是根据大会 1991 年 12 月 19 日第 46/182 号决议提交的，大会在该决议中请秘书长每年就人道主义紧急援助的协调问题向大会提出报告。本报告还响应大会第 61/134 号决议，其中请秘书长就决议的执行情况提出报告。", None),
    ("para", "2. 本报告所述期间为 2006 年 1 月至 12 月。报告审查了人道主义援助的主要趋势，介绍了为加强人道主义协调所作的努力，并概述了在人道主义改革进程中取得的进展{fn}。", "关于人道主义改革的进一步资料，见 A/61/85-E/2006/81。"),
    ("para", "3. 在此期间，自然灾害的次数有所减少，但受灾人数仍然很多。冲突和长期危机继续造成大规模流离失所，人道主义工作者进入受影响人口的机会在若干情况下受到严重限制。", None),
    ("para", "4. 会员国、联合国各机构、红十字与红新月运动以及非政府组织继续为改进人道主义应对工作作出承诺。本报告最后提出了若干建议，供大会审议。", None),
    ("chapter", "二、2006 年的人道主义趋势和挑战", None),
    ("section", "A. 自然灾害", None),
    ("para", "5. 2006 年共报告了 427 起自然灾害，造成约 2 万人死亡，受灾人数超过 1.4 亿。洪水和风暴是最常见的灾害类型，亚洲仍然是受灾最严重的区域，那里发生的灾害占全球灾害总数的将近一半。", None),
    ("para", "6. 印度尼西亚爪哇岛地震和菲律宾的一系列台风表明，必须继续加强国家和地方的备灾和应对能力。减少灾害风险应当成为发展规划的组成部分，而不能仅仅作为人道主义活动来对待{fn}。", "见《2005-2015 年兵库行动框架：加强国家和社区的抗灾能力》（A/CONF.206/6，第一章，决议 2）。"),
    ("para", "7. 气候变化可能使与天气有关的灾害更加频繁和严重。人道主义组织需要与发展伙伴和科学界更密切地合作，以便更好地了解风险并相应调整其方案。", None),
    ("section", "B. 复杂紧急情况和长期危机", None),
    ("para", "8. 苏丹达尔富尔、索马里和刚果民主共和国等地的冲突继续造成严重的人道主义后果。在达尔富尔，约 400 万人依赖人道主义援助，而援助工作者遭受的暴力事件有所增加，严重影响了援助的提供。", None),
    ("para", "9. 在黎巴嫩，2006 年 7 月和 8 月的冲突导致约 100 万人流离失所。人道主义界迅速作出反应，但基础设施遭到的破坏和未爆弹药的大量存在给救济和早期恢复工作带来了重大挑战。", None),
    ("para", "10. 长期危机需要人道主义行为体和发展行为体采取更加协调一致的办法。过渡期的供资缺口仍然是一个令人关切的问题，因为许多捐助方的供资机制仍然泾渭分明地区分人道主义援助和发展援助。" + "在许多长期危机中，受影响人口多年依赖援助，生计和基本服务的恢复进展缓慢，地方机构的能力也受到严重削弱。人道主义组织因此需要同发展伙伴一道规划早期恢复，确保救济、恢复和发展之间的平稳过渡。" * 3, None),
    ("chapter", "三、加强人道主义援助的协调和问责", None),
    ("section", "A. 人道主义改革", None),
    ("subsection", "1. 集群办法", None),
    ("para", "11. 机构间常设委员会于 2005 年 12 月决定，在新的紧急情况下采用集群办法，并在若干现有紧急情况下试行这一办法。截至 2006 年底，集群办法已在八个国家得到应用，涉及保护、营地协调和管理、早期恢复等领域。", None),
    ("para", "12. 初步经验表明，集群办法有助于查明应对工作中的缺口，并加强了可预测性和问责制。但是，各集群牵头机构的能力仍需加强，国家当局和地方伙伴的参与程度也有待提高。", None),
    ("para", "13. 集群办法的成功在很大程度上取决于非政府组织的充分参与。若干非政府组织表示关切的是，集群办法可能导致以联合国为中心的协调结构，而没有充分考虑其业务现实。", None),
    ("subsection", "2. 人道主义协调员制度", None),
    ("para", "14. 加强人道主义协调员制度是改革进程的核心内容。紧急救济协调员与机构间常设委员会合作，扩大了可以担任人道主义协调员的候选人名册，并为新任命的协调员举办了上岗培训。" + "协调员还需要更好地掌握国家背景、谈判技能和人道主义原则，以便在复杂的政治和安全环境中有效领导人道主义国家工作队。" * 4, None),
    ("para", "15. 人道主义协调员需要得到更有力的支持，包括获得充足的工作人员和资金，以及所有人道主义伙伴的明确授权。", None),
    ("section", "B. 资金筹措", None),
    ("para", "16. 2006 年 3 月，经修订的中央应急基金开始运作{fn}。截至 2006 年底，基金已收到 77 个会员国和私营部门的认捐，总额约为 2.99 亿美元，并向 35 个国家的紧急情况拨款 2.59 亿美元。", "大会第 60/124 号决议。"),
    ("para", "17. 基金的快速反应窗口使各机构能够在紧急情况发生后几天内启动救生活动。资金不足的紧急情况窗口则有助于解决被忽视的危机中的严重资金缺口。", None),
    ("para", "18. 联合呼吁程序仍然是人道主义供资的主要工具。2006 年的联合呼吁要求提供 51 亿美元，实际收到的资金约占所需资金的 67%。不同危机之间、不同部门之间的供资水平仍然极不平衡。", None),
    ("para", "19. 良好人道主义捐助倡议继续鼓励捐助方根据需要提供及时、灵活和可预测的资金。有必要更系统地评估人道主义需要，以便为供资决定提供依据。", None),
    ("chapter", "四、建议", None),
    ("para", "20. 会员国应当加强国家和地方的备灾和应对能力，并将减少灾害风险纳入发展规划和方案。", None),
    ("para", "21. 会员国、联合国系统和人道主义组织应当：(a) 进一步加强集群办法，确保国家当局和非政府组织的充分参与；(b) 支持人道主义协调员制度，包括提供充足的资源；(c) 确保人道主义人员能够安全、无阻碍地接触受影响人口。", None),
    ("para", "22. 鼓励所有会员国和私营部门向中央应急基金提供及时和可预测的捐助，以期在 2008 年实现 4.5 亿美元的年度供资目标。", None),
]

ANNEX1_TITLE = "2006 年中央应急基金按区域分列的拨款情况"
ANNEX1_TABLE = [
    ("区域", "拨款（百万美元）", "国家数目"),
    ("非洲", "156.3", "19"),
    ("亚洲", "51.7", "8"),
    ("中东", "27.4", "3"),
    ("拉丁美洲和加勒比", "15.2", "4"),
    ("欧洲", "8.4", "1"),
    ("共计", "259.0", "35"),
]
ANNEX2_TITLE = "参与集群办法的组织"
ANNEX2 = [
    "1. 集群牵头机构包括联合国儿童基金会、联合国难民事务高级专员办事处、世界粮食计划署、世界卫生组织、国际移民组织以及国际红十字会与红新月会联合会。",
    "2. 参与集群工作的非政府组织超过 150 个，其中包括国际非政府组织和国家非政府组织。",
]

# A resolution with an annexed declaration: preambular paragraphs ending in
# "，", operative paragraphs with full-width numbers "１．", articles 第一条…,
# superscript footnotes. Written out GB18030 with CRLF line ends.
RES_SYMBOL = "A/RES/61/295"
RES_JOB = "06-51234 (C)"
RES_FRONT = ["联合国 " + RES_SYMBOL, "大会", "Distr.: General", "2 October 2007", "", "第六十一届会议", "议程项目 68",
             "2007 年 9 月 13 日大会决议", "[未经发交主要委员会 (A/61/L.67 和 Add.1)]"]
RES_BODY = [
    ("center", "61/295. 联合国土著人民权利宣言", None),
    ("plain", "大会，", None),
    ("body", "注意到人权理事会在 2006 年 6 月 29 日第 1/2 号决议{fn}中建议大会通过《联合国土著人民权利宣言》案文，", "见《大会正式记录，第六十一届会议，补编第 53 号》(A/61/53)，第一部分，第二章，A 节。"),
    ("body", "回顾其 2006 年 12 月 20 日第 61/178 号决议，其中决定推迟审议《宣言》并就此采取行动，以便有时间进一步协商，", None),
    ("body", "又回顾其决定在第六十一届会议结束前完成对《宣言》的审议，", None),
    ("body", "１．通过本决议附件所载《联合国土著人民权利宣言》；", None),
    ("body", "２．请秘书长在联合国各正式语文的网站上公布《宣言》，并尽可能广泛地加以分发{fn}；", "关于本决议的通过，见 A/61/PV.107。"),
    ("body", "３．决定在第六十二届会议临时议程中列入题为“土著问题”的项目。", None),
    ("center", "2007 年 9 月 13 日\n第 107 次全体会议", None),
]
RES_ANNEX_TITLE = "联合国土著人民权利宣言"
RES_ANNEX = [
    ("plain", "大会，", None),
    ("body", "遵循《联合国宪章》的宗旨和原则，并真诚履行各国按照《宪章》承担的义务，", None),
    ("body", "申明土著人民与所有其他民族平等，同时承认所有民族均有权有别于他人，有权自认有别于他人，并有权因有别于他人而受到尊重，", None),
    ("body", "庄严宣布下列《联合国土著人民权利宣言》，作为本着伙伴和相互尊重精神争取实现的成就标准：", None),
    ("article", "第一条", None),
    ("body", "土著人民，无论是集体还是个人，都有权充分享受《联合国宪章》、《世界人权宣言》{fn}和国际人权法所确认的所有人权和基本自由。", "第 217 A (III) 号决议。"),
    ("article", "第二条", None),
    ("body", "土著民族和个人享有自由，与所有其他民族和个人平等，有权在行使其权利时不受任何形式的歧视，特别是不受基于其土著出身或身份的歧视。", None),
    ("article", "第三条", None),
    ("body", "土著人民享有自决权。基于这一权利，它们可自由决定自己的政治地位，自由谋求自身的经济、社会和文化发展。", None),
    ("article", "第四条", None),
    ("body", "1. 土著人民行使其自决权时，在涉及其内部和地方事务的问题上，以及在如何筹集经费以行使自治职能的问题上，享有自主权或自治权。", None),
    ("body", "2. 土著人民有权维护和加强其特有的政治、法律、经济、社会和文化机构，同时保有根据自己意愿充分参与国家政治、经济、社会和文化生活的权利。", None),
    ("article", "第五条", None),
    ("body", "每个土著人都有权拥有国籍。", None),
]


def build_resolution():
    notes = Notes()
    sup = "¹²³⁴⁵⁶⁷⁸⁹"
    out = []
    for line in RES_FRONT:
        out.append(para("Mast", esc(line)))
    def emit(items):
        for kind, text, fn in items:
            content = esc(text).replace("\\n", "<text:line-break/>")
            if fn:
                content = content.replace("{fn}", notes.note(fn))
            style = {"center": "Center", "plain": "Plain", "body": "Body", "article": "Center"}[kind]
            out.append(para(style, content))
    emit(RES_BODY)
    out.append(para("PageBreak", "附件"))
    out.append(para("Heading", esc(RES_ANNEX_TITLE)))
    emit(RES_ANNEX)
    return "".join(out)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

FONT = "WenQuanYi Micro Hei"


def esc(s):
    return html.escape(s, quote=False)


class Notes:
    def __init__(self):
        self.n = 0

    def note(self, body, citation=None):
        self.n += 1
        cit = citation or str(self.n)
        return (f'<text:note text:id="ftn{self.n}" text:note-class="footnote">'
                f'<text:note-citation>{esc(cit)}</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Note">{esc(body)}</text:p></text:note-body></text:note>')


def para(style, content):
    return f'<text:p text:style-name="{style}">{content}</text:p>\n'


def build():
    notes = Notes()
    out = []
    for line in MASTHEAD:
        out.append(para("Mast", esc(line)))
    for kind, text in FRONT:
        if "*" in text:
            a, b = text.split("*", 1)
            # a star footnote: LibreOffice prints the custom citation
            star = ('<text:note text:id="ftnstar" text:note-class="footnote"><text:note-citation text:label="*">*</text:note-citation>'
                    f'<text:note-body><text:p text:style-name="Note">{esc(FRONT_NOTE)}</text:p></text:note-body></text:note>')
            out.append(para("Plain", esc(a) + star + " " + esc(b)))
            continue
        style = {"center": "Center", "plain": "Body", "bold": "Bold", "title": "Title"}[kind]
        out.append(para(style, esc(text)))
    out.append(para("Center", "目录"))
    out.append(para("Toc", "<text:tab/>段次<text:tab/>页次"))
    for title, rng, page in TOC:
        out.append(para("Toc", f"{esc(title)}<text:tab/>{esc(rng)}<text:tab/>{esc(page)}"))
    for kind, text, fn in BODY:
        content = esc(text)
        if fn:
            content = content.replace("{fn}", notes.note(fn))
        style = {"chapter": "Heading", "section": "Heading", "subsection": "Sub", "para": "Body"}[kind]
        out.append(para(style, content))
    out.append(para("PageBreak", "附件一"))
    out.append(para("Heading", esc(ANNEX1_TITLE)))
    rows = []
    for r in ANNEX1_TABLE:
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p text:style-name="Cell">{esc(c)}</text:p></table:table-cell>' for c in r)
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    out.append('<table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/>' + "".join(rows) + "</table:table>\n")
    out.append(para("PageBreak", "附件二"))
    out.append(para("Heading", esc(ANNEX2_TITLE)))
    for t in ANNEX2:
        out.append(para("Body", esc(t)))
    return "".join(out)


def fodt(body, symbol=SYMBOL, job=JOB, size=10, margin=3.5, page_of=False):
    text_props = (f'style:font-name="{FONT}" style:font-name-asian="{FONT}" fo:font-size="{size}pt" '
                  f'style:font-size-asian="{size}pt"')
    page_number = '<text:page-number text:select-page="current">1</text:page-number>'
    if page_of:  # "3/12", as newer UN documents number their pages
        page_number += '/<text:page-count>12</text:page-count>'
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="'{FONT}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties {text_props}/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1cm" fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Plain" style:family="paragraph"/>
<style:style style:name="Mast" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-left="1cm" fo:keep-with-next="always"/></style:style>
<style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="13cm" style:type="right"/><style:tab-stop style:position="14.5cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="PageBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="{margin}cm" fo:margin-right="{margin}cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p>{symbol}</text:p></style:header>
<style:footer><text:p>{esc(job)}</text:p><text:p>{page_number}</text:p></style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:text>
{body}</office:text></office:body>
</office:document>
'''


SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples",
                    "a-61-hearings-migration-summary.txt")
SEED_SYMBOL = "A/61/187"
SEED_JOB = "06-45095 (C)"


def build_from_seed():
    """The seed document laid out as the UN prints it: its page-break
    continuations joined back into their paragraphs, its footnote lines turned
    into real footnotes at their markers, its TOC and agenda as tab rows and a
    table. Extracted again, it must parse to the same structure."""
    lines = [l for l in open(SEED, encoding="utf-8").read().split("\n") if l.strip()]
    notes = {l.split(" ", 1)[0]: l.split(" ", 1)[1] for l in lines if l[:2] in ("* ", "¹ ")}
    label = re.compile(r"^([一二三四五六七八九十]+\.|[A-Z]\.|\d+\.) ")
    out, paras, table = [], [], []
    n = Notes()
    def note(text, mark):
        nonlocal n
        body = notes["*" if mark == "*" else "¹"]
        cit = '<text:note-citation text:label="*">*</text:note-citation>' if mark == "*" else \
              "<text:note-citation>1</text:note-citation>"
        return (f'<text:note text:id="s{len(text)}" text:note-class="footnote">{cit}'
                f'<text:note-body><text:p text:style-name="Note">{esc(body)}</text:p></text:note-body></text:note>')
    items = []  # (style, text)
    in_annex = False
    for l in lines:
        if l[:2] in ("* ", "¹ "):
            continue
        if "\t" in l and in_annex:
            table.append(l.split("\t"))
            continue
        if l == "附件":
            in_annex = True
        m = label.match(l)
        numbered_para = bool(re.match(r"^\d+\. .*。", l))
        if not m and "。" in l and items and items[-1][0] == "Body" and re.match(r"^\d+\. ", items[-1][1]):
            items[-1] = ("Body", items[-1][1] + l)  # a page-break continuation goes home
            continue
        style = "Body" if (numbered_para or ("。" in l and not m)) else ("Toc" if "\t" in l else "Heading")
        items.append((style, l))
    for style, text in items:
        content = esc(text).replace("\t", "<text:tab/>")
        if "临时议程*" in text:
            content = content.replace("临时议程*", "临时议程" + note(text, "*"))
        if "报告¹" in text:
            content = content.replace("报告¹", "报告" + note(text, "1"))
        if text == "附件":
            out.append(para("PageBreak", content))
        else:
            out.append(para(style, content))
    rows = []
    for r in table:
        r = (r + ["", "", ""])[:3]
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p text:style-name="Cell">{esc(c)}</text:p></table:table-cell>' for c in r)
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    out.append('<table:table table:name="A"><table:table-column table:number-columns-repeated="3"/>' + "".join(rows) + "</table:table>\n")
    return "".join(out)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "samples")
    with tempfile.TemporaryDirectory() as tmp:
        def render(stem, xml):
            src = os.path.join(tmp, stem + ".fodt")
            with open(src, "w", encoding="utf-8") as f:
                f.write(xml)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return os.path.join(tmp, stem + ".pdf")

        def extract(pdf, mode, name):
            args = ["pdftotext", "-enc", "UTF-8"] + ([mode] if mode else []) + [pdf, "-"]
            return subprocess.run(args, check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")

        def write(name, text, encoding="utf-8", newline="\n"):
            path = os.path.join(outdir, name)
            with open(path, "wb") as f:
                f.write(text.replace("\n", newline).encode(encoding))
            print("wrote", path)

        def keep(pdf, name):
            # the PDF itself, a sample for undoc's PDF reader
            path = os.path.join(outdir, name)
            with open(pdf, "rb") as src, open(path, "wb") as f:
                f.write(src.read())
            print("wrote", path)

        pdf = render("report", fodt(build()))
        keep(pdf, "a-62-87-humanitarian-report.pdf")
        write("a-62-87-humanitarian-report-pdftotext.txt", extract(pdf, None, ""))
        write("a-62-87-humanitarian-report-raw.txt", extract(pdf, "-raw", ""))
        write("a-62-87-humanitarian-report-layout.txt", extract(pdf, "-layout", ""))
        pdf = render("seed", fodt(build_from_seed(), SEED_SYMBOL, SEED_JOB))
        keep(pdf, "a-61-hearings-migration-summary-file.pdf")
        write("a-61-hearings-migration-summary-pdf.txt", extract(pdf, None, ""))
        write("a-61-hearings-migration-summary-pdf-raw.txt", extract(pdf, "-raw", ""))
        write("a-61-hearings-migration-summary-pdf-layout.txt", extract(pdf, "-layout", ""))
        # other page set-ups: larger type; narrow column with "3/12" page numbers
        for tag, size, margin, page_of in (("12pt", 12, 2.5, False), ("narrow", 9, 5.5, True)):
            pdf = render("seed-" + tag, fodt(build_from_seed(), SEED_SYMBOL, SEED_JOB, size, margin, page_of))
            for mode, suffix in ((None, ""), ("-raw", "-raw"), ("-layout", "-layout")):
                write(f"a-61-hearings-migration-summary-pdf-{tag}{suffix}.txt", extract(pdf, mode, ""))
        # the report in a narrow column with "3/5" page numbers
        pdf = render("report-narrow", fodt(build(), SYMBOL, JOB, 9, 5.5, True))
        for mode, suffix in ((None, ""), ("-raw", "-raw"), ("-layout", "-layout")):
            write(f"a-62-87-humanitarian-report-narrow{suffix}.txt", extract(pdf, mode, ""))
        pdf = render("resolution", fodt(build_resolution(), RES_SYMBOL, RES_JOB))
        write("a-res-61-295-declaration-gb18030-crlf.txt", extract(pdf, None, ""), "gb18030", "\r\n")


if __name__ == "__main__":
    main()
