// Kinds of document, more (helper 13): a functional commission's report to
// the Economic and Social Council (its draft decision under a bare
// "决定草案" over its title and the formula "经济及社会理事会：", the
// resolutions it adopted itself headed "第61/1号决议" over their titles, its
// officers a label and a name a line each), a treaty body's list of issues
// (its questions numbered on through 第一部分, 第二部分 and 第三部分), the
// Special Committee on decolonization's working paper on a territory (its
// committee, the territory and "秘书处编写的工作文件*" with the paper's
// footnote marker) and a country programme document of an executive board
// (the cover's fields and proposed assistance set in TAB-parted rows below
// the title). Each text is written in the real conventions (../shared/real);
// samples/ holds whole documents of these kinds in two shapes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more4_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kCommissionMasthead =
    "联合国\tE/2023/26-E/CN.5/2023/9\n"
    "经济及社会理事会\tDistr.: General\n"
    "24 February 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "社会发展委员会第六十一届会议报告\n"
    "\n"
    "第一章\n"
    "\n"
    "提请经济及社会理事会注意或要求其采取行动的事项\n"
    "\n";

std::vector<const Node*> sections_of(const Document& d) { return nodes_of(d, NodeKind::Section); }

const Node* section_titled(const Document& d, const std::string& title) {
  for (const Node* n : sections_of(d))
    if (n->title == title) return n;
  return nullptr;
}

}  // namespace

// "第61/1号决议" alone over its title: a resolution the commission adopted
// itself, a heading numbered by it (as "第77/418号决定" is), not a paragraph
// that runs the number and the title together.
TEST(KindsMore4, CommissionResolutionHeadIsASection) {
  const std::string text = kCommissionMasthead +
                           "C. 提请理事会注意的事项\n\n"
                           "3. 提请理事会注意委员会通过的下列决议：\n\n"
                           "第61/1号决议\n\n"
                           "委员会今后的工作安排\n\n"
                           "社会发展委员会，\n\n"
                           "回顾其以往关于工作方法的各项决议，\n\n"
                           "1. 决定继续采用现行的两年期审查周期；\n\n"
                           "2. 又决定在第六十三届会议上审查本决议的执行情况。\n";
  const Document d = doc_of(text);
  const Node* head = nullptr;
  for (const Node* n : sections_of(d))
    if (n->number == std::optional<std::string>("第61/1号决议")) head = n;
  ASSERT_NE(head, nullptr);
  EXPECT_EQ(head->title, "委员会今后的工作安排");
  ASSERT_FALSE(head->children.empty());
  EXPECT_EQ(head->children[0].text, "社会发展委员会，");
  EXPECT_EQ(head->children[0].paragraph_kind, "formula");
  for (const Node* p : nodes_of(d, NodeKind::Paragraph))
    EXPECT_EQ(p->text.find("第61/1号决议"), std::string::npos) << p->text;
  // (a line that only mentions a resolution in running text stays text)
  const Document e = doc_of(kCommissionMasthead + "1. 委员会回顾其\n第61/1号决议\n并决定继续审议。\n");
  for (const Node* n : sections_of(e)) EXPECT_NE(n->number, std::optional<std::string>("第61/1号决议"));
}

// "决定草案" alone over the draft's title, then "经济及社会理事会：" and its
// lettered clauses: the head and the title are headings, as "决议草案一" and
// its title are, not one paragraph running the head, the title and the
// formula together.
TEST(KindsMore4, BareDraftDecisionHeadOverItsTitle) {
  for (const char* gap : {"\n\n", "\n"}) {
    const std::string g(gap);
    const std::string text = kCommissionMasthead +
                             "B. 建议经济及社会理事会通过的决定草案\n\n"
                             "2. 社会发展委员会建议经济及社会理事会通过下列决定草案：\n\n"
                             "决定草案" + g +
                             "社会发展委员会第六十一届会议的报告和第六十二届会议临时议程" + g +
                             "经济及社会理事会：" + g +
                             "(a) 注意到社会发展委员会第六十一届会议的报告；" + g +
                             "(b) 核可委员会第六十二届会议的临时议程。\n";
    const Document d = doc_of(text);
    ASSERT_NE(section_titled(d, "决定草案"), nullptr) << gap;
    const Node* title = section_titled(d, "社会发展委员会第六十一届会议的报告和第六十二届会议临时议程");
    ASSERT_NE(title, nullptr) << gap;
    ASSERT_FALSE(title->children.empty());
    EXPECT_EQ(title->children[0].text.rfind("经济及社会理事会：", 0), 0u) << title->children[0].text;
    for (const Node* p : nodes_of(d, NodeKind::Paragraph)) EXPECT_NE(p->text.rfind("决定草案", 0), 0u) << p->text;
  }
}

// A report's officers, "主席：" / a name / "副主席：" / a name, a line each
// with blank lines between: every label and every name a paragraph of its
// own (the name above a label ends in no stop, yet the label opens anew).
TEST(KindsMore4, OfficerLabelsEachAParagraph) {
  const std::string text = kCommissionMasthead +
                           "6. 委员会在第1次会议上以鼓掌方式选出下列主席团成员：\n\n"
                           "主席：\n\n"
                           "安娜·马丁内斯(智利)\n\n"
                           "副主席：\n\n"
                           "托马斯·诺瓦克(波兰)\n\n"
                           "报告员：\n\n"
                           "阿伊莎·本萨拉(突尼斯)\n";
  const Document d = doc_of(text);
  std::vector<std::string> texts;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) texts.push_back(p->text);
  for (const char* want : {"主席：", "安娜·马丁内斯(智利)", "副主席：", "托马斯·诺瓦克(波兰)", "报告员：", "阿伊莎·本萨拉(突尼斯)"})
    EXPECT_NE(std::find(texts.begin(), texts.end(), want), texts.end()) << want;
}

// A treaty body's list of issues numbers its questions on through its parts
// (第一部分 1-2, 第二部分 3, 第三部分 4-5): no part is "expected to start at 1";
// a part that skips numbers is still reported.
TEST(KindsMore4, ListOfIssuesPartsNumberedOn) {
  const std::string head =
      "联合国\tCRC/C/XYZ/Q/3-4\n"
      "儿童权利公约\tDistr.: General\n"
      "3 July 2023\n"
      "Chinese\n"
      "Original: English\n\n"
      "儿童权利委员会\n"
      "第九十五届会议\n\n"
      "关于某国第三和第四次合并定期报告的问题清单\n\n";
  auto text = [&](const char* third) {
    return head +
           "第一部分\n\n"
           "1. 请说明为将《公约》纳入国内法所采取的措施。\n\n"
           "2. 请说明负责协调儿童权利政策的机构的资源。\n\n"
           "第二部分\n\n"
           "3. 委员会请缔约国简要更新报告中的资料。\n\n"
           "第三部分\n\n"
           "数据、统计资料和其他资料(如有)\n\n" +
           std::string(third) + " 请提供过去三年儿童相关预算拨款的资料。\n\n"
           "5. 请提供被剥夺自由的儿童人数。\n";
  };
  const Document d = convert(text("4."), "t.txt", {});
  for (const Diagnostic& g : d.diagnostics) EXPECT_NE(g.code, "E-PARA-GAP") << g.message;
  int parts = 0;
  for (const Node* n : sections_of(d)) parts += n->section_kind == "part" ? 1 : 0;
  EXPECT_EQ(parts, 3);
  // (a gap between parts is still one)
  const Document gap = convert(text("7."), "t.txt", {});
  EXPECT_TRUE(std::any_of(gap.diagnostics.begin(), gap.diagnostics.end(),
                          [](const Diagnostic& g) { return g.code == "E-PARA-GAP"; }));
}

// The Special Committee's working paper: its committee, the territory and
// the line naming the paper's kind with the paper's footnote marker
// ("秘书处编写的工作文件*"): the territory the title, the kind's line the
// subtitle, the committee with the notes, the marker linked.
TEST(KindsMore4, WorkingPaperTitleWithMarker) {
  for (const char* mark : {"*", ""}) {
    const std::string text = std::string(
                                 "联合国\tA/AC.109/2023/4\n"
                                 "大会\tDistr.: General\n"
                                 "10 February 2023\n"
                                 "Chinese\n"
                                 "Original: English\n\n"
                                 "给予殖民地国家和人民独立宣言执行情况特别委员会\n\n"
                                 "皮特凯恩\n\n"
                                 "秘书处编写的工作文件") +
                             mark +
                             "\n\n"
                             "一. 概况\n\n"
                             "1. 皮特凯恩是联合王国管理下的非自治领土，由四个岛屿组成。\n\n"
                             "二. 宪政、政治和法律问题\n\n"
                             "2. 领土的宪法于2010年生效。\n\n" +
                             (*mark ? "* 本文件所载资料来自公开来源。\n" : "");
    const Document d = doc_of(text);
    EXPECT_EQ(d.front_matter.title, std::optional<std::string>("皮特凯恩")) << mark;
    EXPECT_EQ(d.front_matter.subtitle, std::optional<std::string>("秘书处编写的工作文件")) << mark;
    const auto& notes = d.front_matter.notes;
    EXPECT_NE(std::find(notes.begin(), notes.end(), "给予殖民地国家和人民独立宣言执行情况特别委员会"), notes.end());
    if (*mark) {
      ASSERT_EQ(d.footnotes.size(), 1u);
      EXPECT_EQ(d.footnotes[0].id, "*");
      EXPECT_FALSE(d.footnotes[0].refs.empty());
    }
  }
}

// A country programme document's cover below its title: the fields
// ("拟议指示性人口基金援助：\t…", "方案期间：\t…") and the proposed assistance
// by outcome, rows of TAB-parted cells: tables of the body, not the front
// matter's paragraphs run together across their blank lines.
TEST(KindsMore4, CountryProgrammeCoverIsATable) {
  const std::string text =
      "联合国\tDP/FPA/CPD/XYZ/6\n"
      "执行局\tDistr.: General\n"
      "3 July 2023\n"
      "Chinese\n"
      "Original: English\n\n"
      "开发计划署、联合国人口基金和联合国项目事务署执行局\n"
      "2023年第二届常会\n"
      "2023年8月28日至31日，纽约\n"
      "临时议程项目8\n"
      "人口基金——国家方案\n\n"
      "某国国家方案文件\n\n"
      "拟议指示性人口基金援助：\t980万美元：310万美元来自经常资源，670万美元来自其他资源\n\n"
      "方案期间：\t四年(2024-2027年)\n\n"
      "周期：\t第六个\n\n"
      "拟议指示性援助(百万美元)：\n\n"
      "方案成果领域\t经常资源\t其他资源\t共计\n"
      "性健康和生殖健康\t2.0\t4.5\t6.5\n"
      "性别平等\t1.1\t2.2\t3.3\n"
      "共计\t3.1\t6.7\t9.8\n\n"
      "第一章 方案依据\n\n"
      "1. 某国是一个中低收入国家，人口约600万。\n";
  const Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.title, std::optional<std::string>("某国国家方案文件"));
  for (const Node& p : d.front_matter.paragraphs) EXPECT_EQ(p.text.find("方案期间"), std::string::npos) << p.text;
  const auto tables = nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 2u);
  ASSERT_EQ(tables[0]->rows.size(), 3u);
  EXPECT_EQ(tables[0]->rows[1], (std::vector<std::string>{"方案期间：", "四年(2024-2027年)"}));
  ASSERT_EQ(tables[1]->rows.size(), 4u);
  EXPECT_EQ(tables[1]->rows[3][0], "共计");
}

// An organ's decision lettered in clauses, its name and a colon alone
// ("经济及社会理事会：" / "(a) …；" / "(b) …：" / "1. …。" / "2. …。"): the
// name its enacting formula, each clause a paragraph of its own, and the
// agenda it approves numbered afresh; the report's own numbering goes on
// after the draft's heading ends ("3." in the next section), with no
// duplicate or gap reported.
TEST(KindsMore4, ColonFormulaOpensItsOwnNumbering) {
  const std::string text = kCommissionMasthead +
                           "B. 建议经济及社会理事会通过的决定草案\n\n"
                           "2. 委员会建议经济及社会理事会通过下列决定草案：\n\n"
                           "决定草案\n\n"
                           "委员会第六十一届会议的报告和第六十二届会议临时议程\n\n"
                           "经济及社会理事会：\n\n"
                           "(a) 注意到委员会第六十一届会议的报告；\n\n"
                           "(b) 核可下列委员会第六十二届会议临时议程：\n\n"
                           "1. 选举主席团成员。\n\n"
                           "2. 通过议程和其他组织事项。\n\n"
                           "C. 提请理事会注意的事项\n\n"
                           "3. 提请理事会注意委员会通过的下列决议。\n";
  const Document e = convert(text, "t.txt", {});
  bool formula = false;
  std::vector<std::string> texts;
  for (const Node* p : nodes_of(e, NodeKind::Paragraph)) {
    texts.push_back(p->text);
    if (p->text == "经济及社会理事会：") formula = p->paragraph_kind == "formula";
  }
  EXPECT_TRUE(formula);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "(a) 注意到委员会第六十一届会议的报告；"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "(b) 核可下列委员会第六十二届会议临时议程："), texts.end());
  for (const Diagnostic& g : e.diagnostics) {
    EXPECT_NE(g.code, "E-PARA-DUP") << g.message;
    EXPECT_NE(g.code, "E-PARA-ORDER") << g.message;
  }
}

// Hard-wrapped text with plain-digit markers: a number Chinese UN text groups
// by a space ("约1 500人") is no marker, even where it stands nearer the
// footnote's label than the marker does ("…为1 499人1。" on the line above).
TEST(KindsMore4, SpaceGroupedNumberIsNoMarker) {
  const std::string text =
      "联合国\tA/AC.109/2023/4\n"
      "大会\tDistr.: General\n"
      "10 February 2023\n"
      "Chinese\n"
      "Original: English\n\n"
      "一. 概况\n\n"
      "1. 根据最近一次人口普查，该领土常住人口为2 316人1。另有约\n"
      "4 000人居住在国外，约1 200人居住在邻近岛屿。\n\n"
      "2. 领土的经济主要依靠渔业许可证收入和海外汇款。\n\n"
      "1 领土统计局，《人口和住房普查》。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 1u);
  const auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_FALSE(paras.empty());
  EXPECT_NE(paras[0]->text.find("约1 200人"), std::string::npos) << paras[0]->text;
  EXPECT_NE(paras[0]->text.find("2 316人。"), std::string::npos) << paras[0]->text;
}

// A part's label alone over its text hard-wrapped ("第一部分" / a full line
// running on with a comma / its next line): no title taken from the text;
// the paragraph whole below the part (the sample list of issues as PDF text
// gives it, wrapped at 35 full-width characters with pages).
TEST(KindsMore4, PartLabelOverWrappedTextTakesNoTitle) {
  const std::string text = test::read_file("samples/report-crc-list-of-issues-barbados-wrap.txt");
  ASSERT_FALSE(text.empty());
  const Document d = doc_of(text);
  std::vector<const Node*> parts;
  for (const Node* n : sections_of(d))
    if (n->section_kind == "part") parts.push_back(n);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0]->title, "");
  ASSERT_FALSE(parts[0]->children.empty());
  EXPECT_EQ(parts[0]->children[0].text.rfind("请缔约国在2023年10月15日", 0), 0u) << parts[0]->children[0].text;
  EXPECT_NE(parts[0]->children[0].text.find("，如有可能，"), std::string::npos) << parts[0]->children[0].text;
  EXPECT_EQ(parts[2]->title, "数据、统计资料和其他资料(如有)");
}

// A functional commission's report on its session, its title with the
// session's dates in brackets ("第六十一届会议报告(2022年2月18日和…)") and
// the drafts it recommends in its first chapter (their formulas
// "经济及社会理事会，"): a report, not a resolution.
TEST(KindsMore4, SessionReportWithDraftsIsAReport) {
  const std::string text =
      "联合国\tE/2023/26-E/CN.5/2023/9\n"
      "经济及社会理事会\tDistr.: General\n"
      "24 February 2023\n"
      "Chinese\n"
      "Original: English\n\n"
      "2023年届会\n"
      "议程项目19(b)\n"
      "社会与人权问题：社会发展\n\n"
      "社会发展委员会\n\n"
      "第六十一届会议报告(2022年2月18日和2023年2月6日至15日)\n\n"
      "第一章\n\n"
      "提请经济及社会理事会注意或要求其采取行动的事项\n\n"
      "1. 委员会建议经济及社会理事会通过下列决议草案：\n\n"
      "决议草案一\n\n"
      "社会保护\n\n"
      "经济及社会理事会，\n\n"
      "回顾其以往的各项决议，\n\n"
      "1. 吁请会员国扩大社会保护的覆盖面。\n\n"
      "第二章\n\n"
      "会议安排\n\n"
      "2. 委员会在联合国总部举行了第六十一届会议。\n";
  const Document d = convert(text, "t.txt", {});
  EXPECT_EQ(d.kind, std::optional<std::string>("report"));
}

// A draft's head, "决议草案一", over a long title that holds commas, then the
// formula: the title a heading as a short one is (and the draft below it),
// not a paragraph of the head's; in a paragraph a line and hard-wrapped.
TEST(KindsMore4, LongDraftTitleWithCommasIsAHeading) {
  const std::string title = "通过充分就业和人人有体面工作创造充分的生产性就业，以克服不平等现象，加快从2019冠状病毒病疫情中复苏";
  const std::string text = kCommissionMasthead +
                           "A. 建议经济及社会理事会通过的决议草案\n\n"
                           "1. 委员会建议经济及社会理事会通过下列决议草案：\n\n"
                           "决议草案一\n\n" + title + "\n\n"
                           "经济及社会理事会，\n\n"
                           "回顾其以往的各项决议，\n\n"
                           "1. 吁请会员国扩大社会保护的覆盖面。\n";
  const Document d = doc_of(text);
  const Node* t = section_titled(d, title);
  ASSERT_NE(t, nullptr);
  ASSERT_FALSE(t->children.empty());
  EXPECT_EQ(t->children[0].paragraph_kind, "formula");
  const Document w = doc_of(test::read_file("samples/report-commission-social-development-61-wrap.txt"));
  ASSERT_NE(section_titled(w, title), nullptr);
}

// A treaty body's list of issues whose questions come under unnumbered
// headings ("一般情况" / "1. 请说明…" / "立法框架" / "2. …"): the first heading
// is the body's, over question 1, as the others are, not the title's subtitle.
TEST(KindsMore4, FirstHeadingOverQuestionOneIsNoSubtitle) {
  const std::string text =
      "联合国\tCEDAW/C/XYZ/Q/9\n"
      "消除对妇女一切形式歧视公约\tDistr.: General\n"
      "14 March 2023\n"
      "Chinese\n"
      "Original: English\n\n"
      "消除对妇女歧视委员会\n"
      "第八十七届会议\n\n"
      "关于某国第九次定期报告的问题清单*\n\n"
      "一般情况\n\n"
      "1. 请说明本报告的编写过程，包括与妇女组织协商的情况。\n\n"
      "立法框架\n\n"
      "2. 请说明为在国内法中纳入歧视妇女的定义所采取的措施。\n\n"
      "* 会前工作组2023年3月10日通过。\n";
  const Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.title, std::optional<std::string>("关于某国第九次定期报告的问题清单"));
  EXPECT_EQ(d.front_matter.subtitle, std::nullopt);
  const Node* head = section_titled(d, "一般情况");
  ASSERT_NE(head, nullptr);
  ASSERT_FALSE(head->children.empty());
  EXPECT_EQ(head->children[0].paragraph_number, std::optional<long>(1));
  // (a kind's line over paragraph 1 stays the subtitle: "秘书长的报告" / "1. …")
  const Document r = doc_of(
      "联合国\tA/78/100\n大会\tDistr.: General\n1 June 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n\n道路安全\n\n秘书长的报告\n\n1. 本报告是根据大会第74/299号决议提交的。\n");
  EXPECT_EQ(r.front_matter.subtitle, std::optional<std::string>("秘书长的报告"));
}

// A draft decision of one sentence, the organ its subject ("决定草案" / its
// title / "经济及社会理事会注意到…的报告。"): the head and the title
// headings, the sentence the decision, not one paragraph of the three.
TEST(KindsMore4, OneSentenceDraftDecisionUnderItsHead) {
  const std::string text = kCommissionMasthead +
                           "1. 委员会建议经济及社会理事会通过下列决定草案：\n\n"
                           "决定草案\n\n"
                           "委员会第六十一届会议的报告\n\n"
                           "经济及社会理事会注意到社会发展委员会第六十一届会议的报告。\n\n"
                           "第二章\n\n"
                           "会议安排\n\n"
                           "2. 委员会在联合国总部举行了第六十一届会议。\n";
  const Document d = doc_of(text);
  ASSERT_NE(section_titled(d, "决定草案"), nullptr);
  const Node* title = section_titled(d, "委员会第六十一届会议的报告");
  ASSERT_NE(title, nullptr);
  ASSERT_EQ(title->children.size(), 1u);
  EXPECT_EQ(title->children[0].text, "经济及社会理事会注意到社会发展委员会第六十一届会议的报告。");
}

// The same report a sentence (or a paragraph) a line, no blank lines (a
// sentence-aligned corpus's shape): the draft's head after the lead-in's colon, the adopted
// resolution's head, and the officers' names below their labels read as in
// the paragraph-a-line shape.
TEST(KindsMore4, SentencePerLineDraftHeadsAndOfficers) {
  std::string text =
      "联合国\tE/2023/26-E/CN.5/2023/9\n"
      "经济及社会理事会\tDistr.: General\n"
      "24 February 2023\n"
      "Chinese\n"
      "Original: English\n"
      "社会发展委员会第六十一届会议报告\n"
      "第一章\n"
      "提请经济及社会理事会注意或要求其采取行动的事项\n"
      "1. 委员会建议经济及社会理事会通过下列决议草案：\n"
      "决议草案一\n"
      "社会保护\n"
      "经济及社会理事会，\n"
      "回顾其以往关于社会保护的各项决议，\n"
      "注意到秘书长的报告，\n"
      "1. 吁请会员国扩大社会保护的覆盖面；\n"
      "2. 请秘书长提交一份报告。\n"
      "C. 提请理事会注意的事项\n"
      "2. 提请理事会注意委员会通过的下列决议：\n"
      "第61/1号决议\n"
      "委员会今后的工作安排\n"
      "社会发展委员会，\n"
      "1. 决定继续采用现行的工作方法。\n"
      "第二章\n"
      "会议安排\n"
      "3. 委员会在第1次会议上以鼓掌方式选出下列主席团成员：\n"
      "主席：\n"
      "安娜·马丁内斯(智利)\n"
      "副主席：\n"
      "托马斯·诺瓦克(波兰)\n";
  const Document d = doc_of(text);
  ASSERT_NE(section_titled(d, "决议草案一"), nullptr);
  ASSERT_NE(section_titled(d, "社会保护"), nullptr);
  const Node* res = section_titled(d, "委员会今后的工作安排");
  ASSERT_NE(res, nullptr);
  EXPECT_EQ(res->number, std::optional<std::string>("第61/1号决议"));
  EXPECT_EQ(section_titled(d, "安娜·马丁内斯(智利)"), nullptr);
  std::vector<std::string> texts;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) texts.push_back(p->text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "安娜·马丁内斯(智利)"), texts.end());
}

}  // namespace undoc_test_kinds_more4_test
