#!/usr/bin/env python3
"""A PDF whose running header and footer are words, not a document symbol:
the PDF reader must take them for page furniture by where they stand (the
pages' top and bottom bands) and that they repeat, not by their wording.

Writes tests/pdf/running-header-words.pdf: an executive board's report of
five pages, its header "儿童基金会执行局 2023 年年度会议" and its footer
"执行局文件 第 N 页" on every page but the first (which has the masthead).
CI never runs this script; its output is committed.

Needs: libreoffice-writer-nogui fonts-wqy-microhei
Usage: tests/data/make_band_pdf.py [ROOT]
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pdf_samples import esc, fodt, para  # noqa: E402

HEADER = "儿童基金会执行局 2023 年年度会议"
FOOTER = "执行局文件"

SUBJECTS = ["儿童基金会", "各国政府", "执行局", "区域办事处", "国家工作队", "合作伙伴"]
ACTIONS = ["加强了初级卫生保健服务", "扩大了学校供水和卫生设施的覆盖面", "支持了社区一级的营养监测",
           "改进了紧急情况下的儿童保护机制", "推动了出生登记的数字化", "提供了远程学习材料"]
WHERE = ["在撒哈拉以南非洲", "在南亚", "在受冲突影响的国家", "在小岛屿发展中国家", "在城市贫民区", "在偏远农村地区"]


def body():
    out = [para("Mast", esc(t)) for t in ("联合国 E/ICEF/2023/9", "经济及社会理事会", "Distr.: General", "12 April 2023",
                                          "Chinese", "Original: English")]
    out.append(para("Center", esc("联合国儿童基金会")))
    out.append(para("Center", esc("执行局")))
    out.append(para("Center", esc("2023 年年度会议")))
    out.append(para("Plain", esc("临时议程项目 5")))
    out.append(para("Title", esc("儿童基金会 2022 年执行主任年度报告")))
    n = 0
    for chapter, title in (("一.", "导言"), ("二.", "方案执行情况"), ("三.", "结论")):
        out.append(para("Heading", esc(f"{chapter} {title}")))
        for k in range(12):
            n += 1
            s = SUBJECTS[(n + k) % 6]
            text = "；".join(f"{WHERE[(n + j) % 6]}，{s}{ACTIONS[(n * 2 + j) % 6]}" for j in range(4))
            out.append(para("Body", esc(f"{n}. 报告期内，{text}。这些成果将在 {2023 + k % 3} 年继续得到巩固。")))
    return "".join(out)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    if not shutil.which("soffice"):
        sys.exit("needs soffice: apt-get install libreoffice-writer-nogui")
    xml = fodt(body(), symbol=esc(HEADER), job=FOOTER)
    # the footer: the words and the page number on one line ("执行局文件 第 3 页")
    xml = xml.replace(f"<text:p>{FOOTER}</text:p><text:p>", f"<text:p>{FOOTER} 第 ")
    xml = xml.replace('1</text:page-number></text:p></style:footer>', '1</text:page-number> 页</text:p></style:footer>')
    # no header or footer on the first page: it has the masthead
    # (a master page of its own, with neither, which the first paragraph asks for)
    xml = xml.replace('<style:master-page style:name="Standard" style:page-layout-name="pm1">',
                      '<style:master-page style:name="First" style:page-layout-name="pm1" '
                      'style:next-style-name="Standard"/>'
                      '<style:master-page style:name="Standard" style:page-layout-name="pm1">')
    xml = xml.replace('<style:style style:name="Mast" style:family="paragraph">',
                      '<style:style style:name="MastFirst" style:family="paragraph" style:parent-style-name="Mast" '
                      'style:master-page-name="First"/>'
                      '<style:style style:name="Mast" style:family="paragraph">')
    xml = xml.replace('<text:p text:style-name="Mast">', '<text:p text:style-name="MastFirst">', 1)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "running-header-words.fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(xml)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, "running-header-words.pdf"),
                        os.path.join(root, "tests/pdf/running-header-words.pdf"))
    print("wrote tests/pdf/running-header-words.pdf")


if __name__ == "__main__":
    main()
