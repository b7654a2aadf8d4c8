// Kinds of document, more (helper 3 of stop 32): a corrigendum (A/…/Corr.1:
// the corrected document's title block, 更正 and the versions it touches,
// (仅涉及中文本) or (只涉及中文本), then numbered items "1.\t第 12 段，第二句" /
// "该句应改为：" / the new text), an addendum (…/Add.1, 增编 over a Special
// Rapporteur's country visit report), a revised draft resolution
// (A/…/L.19/Rev.1, "…：订正决议草案") and a Secretary-General's report to
// the Security Council on a country situation (S/2023/…, chapters 一. 导言 to
// 十. 意见, an annex with the mission's military and police strength by
// country, "(截至…)" below its title). Each text is written in the real
// conventions; samples/ holds whole documents of these kinds in two shapes.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more8_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

// A corrigendum that touches the Chinese version only marks it so below 更正,
// with 只涉及 as often as 仅涉及 ("only"): a note of the masthead's, as
// "(仅涉及中文本)" is, not a paragraph of the front matter.
TEST(KindsMore8, CorrigendumChineseOnlyMarkIsANote) {
  for (const std::string versions : {std::string("(只涉及中文本)"), std::string("（只涉及中文本）"),
                                     std::string("(只涉及阿拉伯文、中文和俄文文本)")}) {
    Document d = doc_of(
        "联合国\tE/CN.6/2024/5/Corr.1\n经济及社会理事会\tDistr.: General\n12 February 2024\nChinese\nOriginal: English\n\n"
        "妇女地位委员会\n第六十八届会议\n2024年3月11日至22日\n临时议程*项目3(c)\n"
        "第四次世界妇女大会和大会第二十三届特别会议“2000年妇女：二十一世纪的性别平等、发展与和平”的后续行动\n\n"
        "农村妇女获得土地和生产资源的情况\n\n秘书长的报告\n\n更正\n" +
        versions +
        "\n\n1.\t第 6 段第二行\n将“土地所有权”改为“土地保有权”。\n2.\t第 19 段\n删除最后一句。\n\n* E/CN.6/2024/1。\n");
    EXPECT_EQ(d.front_matter.title, "农村妇女获得土地和生产资源的情况") << versions;
    EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告") << versions;
    EXPECT_TRUE(has(d.front_matter.notes, "更正")) << versions;
    EXPECT_TRUE(has(d.front_matter.notes, versions)) << versions;
    for (const auto& p : d.front_matter.paragraphs) EXPECT_NE(p.text, versions);
    auto paras = nodes_of(d, NodeKind::Paragraph);
    ASSERT_EQ(paras.size(), 2u) << versions;
    EXPECT_EQ(paras[0]->paragraph_number, 1);
    EXPECT_EQ(paras[1]->paragraph_number, 2);
  }
}

// A revised draft's sponsors' line says so, "…：订正决议草案" (its symbol
// L.19/Rev.1): the sponsors' line as a draft's is, the subtitle, the draft's
// own title the title; also when the list of sponsors wraps onto a second
// line, as a PDF's text sets it.
TEST(KindsMore8, RevisedDraftSponsorsLineIsTheSubtitle) {
  const std::string head =
      "联合国\tA/78/L.31/Rev.1\n大会\tDistr.: Limited\n5 December 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n议程项目 19(c)\n可持续发展：减少灾害风险\n\n";
  const std::string tail =
      "\n\n山区早期预警系统\n\n大会，\n回顾其关于减少灾害风险的各项决议，\n1. 鼓励会员国扩大山区的早期预警覆盖面；\n"
      "2. 请秘书长向大会第八十届会议报告本决议的执行情况。\n";
  for (const std::string sponsors :
       {std::string("奥地利、不丹、智利、格鲁吉亚、吉尔吉斯斯坦、尼泊尔、秘鲁和瑞士：订正决议草案"),
        std::string("奥地利、不丹、智利、格鲁吉亚、吉尔吉斯斯坦、尼泊尔、秘鲁、塔吉克\n斯坦和瑞士：订正决议草案"),
        std::string("奥地利、不丹、智利：订正决定草案")}) {
    Document d = doc_of(head + sponsors + tail);
    std::string joined = sponsors;
    joined.erase(std::remove(joined.begin(), joined.end(), '\n'), joined.end());
    EXPECT_EQ(d.front_matter.title, "山区早期预警系统") << sponsors;
    EXPECT_EQ(d.front_matter.subtitle, joined) << sponsors;
  }
}

// An annex setting a mission's strength by country qualifies its title by the
// day the figures stand at, on a line of its own in parentheses: the title's
// ("…军事和警察人员实力(截至2023年8月31日)"), not a paragraph of the annex.
TEST(KindsMore8, AnnexTitleTakesItsAsAtLine) {
  Document d = doc_of(
      "联合国\tS/2023/999\n安全理事会\tDistr.: General\n2 October 2023\nChinese\nOriginal: English\n\n"
      "秘书长关于某国局势的报告\n\n一. 导言\n\n1. 本报告介绍了主要事态发展。\n\n"
      "附件\n联合国某国特派团军事和警察人员实力\n(截至2023年9月30日)\n"
      "国家\t参谋\t部队\t共计\n甲国\t10\t800\t810\n乙国\t5\t400\t405\n共计\t15\t1 200\t1 215\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "联合国某国特派团军事和警察人员实力(截至2023年9月30日)");
  ASSERT_FALSE(d.annexes[0].children.empty());
  EXPECT_EQ(d.annexes[0].children.front().kind, NodeKind::Table);
  EXPECT_EQ(d.annexes[0].children.front().rows.size(), 4u);
}

// Hard-wrapped text with pages (form feeds): a line above a table whose rows
// TABs part, its header's first cell empty ("\t军事人员\t\t警察人员\t"), opens
// no table read from runs of spaces: the rows are read by their TABs, the
// line above stays text.
TEST(KindsMore8, TabTableBelowACaptionInWrappedText) {
  std::string text =
      "联合国\tS/2023/998\n安全理事会\tDistr.: General\n2 October 2023\nChinese\nOriginal: English\n\n"
      "秘书长关于某国局势的报告\n\n一. 导言\n\n"
      "1. 本报告是根据安全理事会第2700(2023)号决议提交的，介绍了自上次报告以来\n"
      "的主要事态发展以及特派团执行任务的情况。\n\n23-18000 (C)\n\f"
      "S/2023/998\n\n附件\n某国特派团人员实力表\n部署情况一览\n"
      "\t军事人员\t\t警察人员\t\n"
      "国家\t参谋\t部队\t建制警察部队\t单独警官\n"
      "孟加拉国\t24\t1 320\t180\t11\n"
      "布基纳法索\t10\t740\t140\t6\n"
      "埃及\t18\t980\t–\t9\n"
      "卢旺达\t22\t1 860\t320\t14\n"
      "共计\t74\t4 900\t640\t40\n\n2/2\n23-18000\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  const Node* table = nullptr;
  for (const auto& c : d.annexes[0].children)
    if (c.kind == NodeKind::Table) table = &c;
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 7u);
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"", "军事人员", "", "警察人员", ""}));
  EXPECT_EQ(table->rows[2], (std::vector<std::string>{"孟加拉国", "24", "1 320", "180", "11"}));
  EXPECT_EQ(table->rows[6], (std::vector<std::string>{"共计", "74", "4 900", "640", "40"}));
}

// A corrigendum's item: where to correct ("第 12 段，第二句"), how ("该句应改为："),
// then the new text in quotes on a line of its own: all the item's, one
// numbered paragraph, in every shape (a paragraph a line, blank lines
// between, hard-wrapped with pages), not the quotation an unnumbered
// paragraph after it.
TEST(KindsMore8, CorrigendumItemKeepsItsNewText) {
  const std::string head =
      "联合国\tA/78/305/Corr.1\n大会\tDistr.: General\n20 October 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n议程项目 71(b)\n消除种族主义、种族歧视、仇外心理和相关不容忍行为\n\n"
      "移民社区获得司法救助的情况\n\n秘书长的说明\n\n更正\n\n";
  const std::string items[] = {
      "1.\t第 9 段，第三句",
      "该句应改为：",
      "“在接受调查的国家中，有一半以上尚未为无证移民提供免费法律援助。”",
      "2.\t第 14 段",
      "将“2021 年”改为“2022 年”。",
      "3.\t第 30 段",
      "该段应改为：",
      "“30. 各国应确保移民在报案时不会因其移民身份而受到惩罚。”",
  };
  std::string per_line, blank;
  for (const auto& l : items) {
    per_line += l + "\n";
    blank += l + "\n\n";
  }
  for (const std::string& body : {per_line, blank}) {
    Document d = doc_of(head + body);
    auto paras = nodes_of(d, NodeKind::Paragraph);
    ASSERT_EQ(paras.size(), 3u) << body;
    EXPECT_EQ(paras[0]->paragraph_number, 1);
    EXPECT_EQ(paras[0]->text,
              "第 9 段，第三句该句应改为：“在接受调查的国家中，有一半以上尚未为无证移民提供免费法律援助。”");
    EXPECT_EQ(paras[1]->paragraph_number, 2);
    EXPECT_EQ(paras[2]->paragraph_number, 3);
    EXPECT_EQ(paras[2]->text, "第 30 段该段应改为：“30. 各国应确保移民在报案时不会因其移民身份而受到惩罚。”");
  }
}

// A corrigendum set a paragraph a line: its items' numbered lines name the
// place to correct, no sentence ("1.\t第 12 段，第二句"), and what to do
// stands on the next line ("该句应改为："). Those lines are the item's own
// lines, not lines of a paragraph cut anywhere: the text is read as a
// paragraph a line, not as blocks.
TEST(KindsMore8, CorrigendumItemsAreNoBlocks) {
  Document d = doc_of(
      "联合国\tA/78/412/Corr.1\n大会\tDistr.: General\n3 November 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n议程项目 20(a)\n可持续发展：执行《21世纪议程》\n\n"
      "小岛屿发展中国家的海洋可再生能源\n\n秘书长的报告\n\n更正\n\n"
      "1.\t第 7 段，第一句\n将“太阳能”改为“海上风能”。\n"
      "2.\t第 11 段第四行\n删除“目前”二字。\n"
      "3.\t第 24 段，第三句\n该句应改为：\n“已有六个国家制定了海洋能源路线图。”\n"
      "4.\t第 36 段，(b)分段\n删除该分段。\n"
      "5.\t第 40 段第二行\n将“三分之一”改为“四分之一”。\n");
  EXPECT_EQ(d.source.layout.shape, "paragraph_per_line");
  auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 5u);
  EXPECT_EQ(paras[3]->text, "第 36 段，(b)分段删除该分段。");
}

// Its place on the numbered line and what to do on the next are one item
// where a line is wider than any wrapped line too (a long new paragraph
// quoted: each line a paragraph, but the place's line goes on).
TEST(KindsMore8, CorrigendumPlaceGoesOnWhereLinesAreLong) {
  Document d = doc_of(
      "联合国\tE/ICEF/2024/9/Corr.1\n联合国儿童基金会执行局\tDistr.: General\n2 May 2024\nChinese\nOriginal: English\n\n"
      "2024年年度会议\n2024年6月11日至14日\n临时议程项目5\n评价\n\n儿基会评价职能年度报告\n\n更正\n(只涉及中文本)\n\n"
      "1.\t第 8 段第一行\n将“评估”改为“评价”。\n"
      "2.\t第 15 段\n该段应改为：\n"
      "“15. 2023年，儿基会在各区域共完成了一百二十项评价，其中三分之一是与政府和其他伙伴联合开展的，"
      "评价报告的质量评级总体上继续提高，被评为“良好”或“非常好”的报告所占比例达到百分之九十二。”\n"
      "3.\t第 22 段第三行\n删除“全部”二字。\n"
      "4.\t附件，表 2，第三行\n“12.4”应改为“14.2”。\n"
      "5.\t脚注 3\n将“2019 年”改为“2020 年”。\n");
  EXPECT_EQ(d.front_matter.title, "儿基会评价职能年度报告");
  auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 5u);
  EXPECT_EQ(paras[0]->text, "第 8 段第一行将“评估”改为“评价”。");
  EXPECT_EQ(paras[2]->text, "第 22 段第三行删除“全部”二字。");
  // (a place that names no paragraph, in a corrigendum: the same)
  EXPECT_EQ(paras[3]->text, "附件，表 2，第三行“12.4”应改为“14.2”。");
  EXPECT_EQ(paras[4]->text, "脚注 3 将“2019 年”改为“2020 年”。");
}

// Text wrapped at a count of characters (Python's textwrap at 60), a short
// document with no steady width to measure: the short line a wrap left over
// of a quoted sentence, "平均超过四十天。”", ends its sentence inside the
// closing quote and goes on with the line above, as "…四十天。" would.
TEST(KindsMore8, LeftOverOfAQuotedSentenceGoesOn) {
  Document d = doc_of(
      "联合国\tA/78/214/Corr.2\n大会\tDistr.: General\n9 October 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n议程项目 69(b)\n促进和保护人权\n\n山区社区的饮用水\n\n秘书长的说明\n\n更正\n\n"
      "1.      第 12 段，第二句\n\n该句应改为：\n\n"
      "“特别报告员在访问期间注意到，高海拔村庄约有三分之一的家庭仍以未经处理的泉水和融雪作为主要饮用水来源，冬季供水中断的时间\n"
      "平均超过四十天。”\n\n2.      第 18 段\n\n将“2022 年”改为“2023 年”。\n");
  auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_EQ(paras[0]->text,
            "第 12 段，第二句该句应改为：“特别报告员在访问期间注意到，高海拔村庄约有三分之一的家庭仍以未经处理的泉水和融雪作为主要饮用水来源，"
            "冬季供水中断的时间平均超过四十天。”");
}

// The corrigendum sample as a word processor's export sets it: each line
// that ends in a mark (what to do, "该句应改为：", the new text, "将…改为…。")
// set in by "　　", as a paragraph's first line is, the place's numbered line
// not. The item's lines go on all the same: seven items, not sixteen
// paragraphs.
TEST(KindsMore8, CorrigendumItemsSetInStayWhole) {
  std::istringstream in(test::read_file("samples/corrigendum-ga-note-water-mountains-para.txt"));
  std::string text, line;
  bool items = false;
  while (std::getline(in, line)) {
    if (line == "更正") items = true;
    const bool marked = line.ends_with("。") || line.ends_with("：") || line.ends_with("”");
    text += (items && marked ? "　　" : "") + line + "\n";
  }
  Document d = doc_of(text);
  auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 7u);
  for (size_t k = 0; k < paras.size(); ++k) EXPECT_EQ(paras[k]->paragraph_number, static_cast<long>(k + 1));
  EXPECT_EQ(paras[1]->text, "第 18 段将“2022 年”改为“2023 年”。");
}

}  // namespace undoc_test_kinds_more8_test
