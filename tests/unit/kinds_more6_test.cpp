// Kinds of document, more (helper 15): the administrative and budgetary
// documents of the General Assembly. A report of the Advisory Committee on
// Administrative and Budgetary Questions (A/78/7/Add.9: its amounts in digit
// groups, "3 612 700美元", cut at a group's space in PDF text), a report of
// the Fifth Committee (第五委员会的报告(第二部分), the drafts it recommends
// with their parts "一" / "二" over their titles, numbered afresh) and a
// report of the Joint Inspection Unit transmitted by a note. Each text is
// written in the real conventions; samples/ holds whole documents of these
// kinds in two shapes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more6_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kFifthMasthead =
    "联合国\tA/78/652/Add.1\n"
    "大会\n"
    "Distr.: General\n"
    "21 December 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十八届会议\n"
    "议程项目139\n"
    "2024年拟议方案预算\n"
    "\n"
    "2024年拟议方案预算\n"
    "\n";

const std::string kAcabqMasthead =
    "联合国\tA/78/7/Add.9\n"
    "大会\n"
    "Distr.: General\n"
    "24 October 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十八届会议\n"
    "议程项目139\n"
    "2024年拟议方案预算\n"
    "\n"
    "在亚的斯亚贝巴设立非洲区域服务中心\n"
    "\n"
    "行政和预算问题咨询委员会第九次报告\n"
    "\n";

}  // namespace

// "第五委员会的报告(第二部分)": the Fifth Committee reports on the programme
// budget in parts (Report of the Fifth Committee (Part II)); the part in
// brackets does not stop its subtitle naming a committee's report, though
// the drafts it recommends open with "大会，".
TEST(KindsMore6, FifthCommitteeReportInPartsIsAReport) {
  const Document d = doc_of(kFifthMasthead +
                            "第五委员会的报告(第二部分)\n"
                            "报告员：阿米娜·奥马尔·哈桑女士(吉布提)\n\n"
                            "一. 导言\n\n"
                            "1. 第五委员会就议程项目139进行了实质性辩论。\n\n"
                            "二. 第五委员会的建议\n\n"
                            "2. 第五委员会建议大会通过下列决议草案：\n\n"
                            "在亚的斯亚贝巴设立非洲区域服务中心\n\n"
                            "大会，\n\n"
                            "回顾其第77/263 A号决议，\n\n"
                            "1. 注意到秘书长的报告；\n\n"
                            "2. 决定设立非洲区域服务中心。\n");
  EXPECT_EQ(d.kind, std::optional<std::string>("report"));
  EXPECT_EQ(d.front_matter.subtitle, std::optional<std::string>("第五委员会的报告(第二部分)"));
}

// An amount in digit groups ("3 612 700美元", as UN Chinese text sets five
// digits and more) cut at a group's space at a PDF line's end: the break
// stood for that space, not a number cut inside ("3 612" / "700美元" is not
// 3 612700). Either side shows the grouping: a group before the cut, or one
// after the first three digits below it.
TEST(KindsMore6, DigitGroupCutAtItsSpaceKeepsTheSpace) {
  auto joined = [](const std::string& a, const std::string& b) {
    U32 x = from_utf8(a);
    join_text(x, from_utf8(b), false);
    return to_utf8(x);
  };
  EXPECT_EQ(joined("项下批款3 612", "700美元，并在"), "项下批款3 612 700美元，并在");
  EXPECT_EQ(joined("项下批款3", "612 700美元"), "项下批款3 612 700美元");
  EXPECT_EQ(joined("共计4 060.9千美元，即1 148", "000美元"), "共计4 060.9千美元，即1 148 000美元");
  // (a number cut inside, no grouping on either side, joins as before)
  EXPECT_EQ(joined("于20", "23年"), "于2023年");
  EXPECT_EQ(joined("第2", "023年"), "第2023年");
  EXPECT_EQ(joined("批款3 61", "2 700美元"), "批款3 612 700美元");
  // (and in a whole document's paragraph, wrapped as a PDF's text is)
  std::string text = kAcabqMasthead + "一. 结论\n\n";
  text += "1. 咨询委员会询问后获悉，一次性费用主要与办公场所的改建和搬迁有关，非\n";
  text += "洲经济委员会将提供办公空间，无需另付租金。咨询委员会相信，秘书长将确保\n";
  text += "改建工程在核定预算范围内按时完成。\n\n";
  text += "2. 咨询委员会建议大会在2024年拟议方案预算第29A款项下批款3 612\n";
  text += "700美元，并在第36款(工作人员薪金税)项下批款248 100美元，由收入第1款项\n";
  text += "下的同额抵销。\n";
  const Document d = doc_of(text);
  bool found = false;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph))
    if (p->paragraph_number == 2) {
      found = true;
      EXPECT_NE(p->text.find("批款3 612 700美元"), std::string::npos) << p->text;
    }
  EXPECT_TRUE(found);
}

// "一" / "二" alone over a title, in a draft resolution a report recommends
// (its "大会，" above): the parts of the resolution (I, II in English, as a
// programme budget's resolution on special subjects has them), each a heading
// with its paragraphs numbered afresh from 1, not a paragraph "一" and a
// subhead, nor numbers "appearing again".
TEST(KindsMore6, DraftResolutionPartsByChineseNumeral) {
  const Document d = doc_of(kFifthMasthead +
                            "第五委员会的报告\n\n"
                            "一. 第五委员会的建议\n\n"
                            "1. 第五委员会建议大会通过下列决议草案：\n\n"
                            "2024年拟议方案预算所涉特别问题\n\n"
                            "大会，\n\n"
                            "审议了秘书长的有关报告，\n\n"
                            "一\n"
                            "统一议定书和保管服务\n\n"
                            "1. 核准秘书长报告中所载的提议；\n\n"
                            "2. 请秘书长实施该提议；\n\n"
                            "二\n"
                            "联合国总部大楼的安保升级\n\n"
                            "1. 注意到秘书长的报告；\n\n"
                            "2. 核准为安保升级工程批款4 250 000美元。\n");
  std::vector<const Node*> parts;
  for (const Node* n : nodes_of(d, NodeKind::Section))
    if (n->section_kind == "part") parts.push_back(n);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0]->number, std::optional<std::string>("一"));
  EXPECT_EQ(parts[0]->title, "统一议定书和保管服务");
  EXPECT_EQ(parts[1]->number, std::optional<std::string>("二"));
  EXPECT_EQ(parts[1]->title, "联合国总部大楼的安保升级");
  ASSERT_EQ(parts[1]->children.size(), 2u);
  EXPECT_EQ(parts[1]->children[0].paragraph_number, 1);
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) EXPECT_NE(p->text, "一");
  Options o;
  const Document v = convert(kFifthMasthead + "第五委员会的报告\n\n一. 第五委员会的建议\n\n"
                                              "1. 第五委员会建议大会通过下列决议草案：\n\n特别问题\n\n大会，\n\n"
                                              "审议了有关报告，\n\n一\n统一议定书\n\n1. 核准提议；\n\n"
                                              "二\n安保升级\n\n1. 注意到报告；\n\n2. 核准批款。\n",
                             "t.txt", o);
  for (const auto& x : v.diagnostics) EXPECT_NE(x.code, "E-PARA-DUP") << x.message;
  // (a sentence a line, no blank lines: the first part right after the
  // preamble's last clause, which ends in a comma)
  const Document s = doc_of(kFifthMasthead +
                            "第五委员会的报告\n一. 第五委员会的建议\n"
                            "1. 第五委员会建议大会通过下列决议草案：\n"
                            "2024年拟议方案预算所涉特别问题\n大会，\n审议了秘书长的有关报告，\n"
                            "一\n统一议定书和保管服务\n1. 核准秘书长报告中所载的提议；\n2. 请秘书长实施该提议；\n"
                            "二\n联合国总部大楼的安保升级\n1. 注意到秘书长的报告；\n2. 核准批款。\n");
  size_t sparts = 0;
  for (const Node* n : nodes_of(s, NodeKind::Section))
    if (n->section_kind == "part") ++sparts;
  EXPECT_EQ(sparts, 2u);
  // (a numeral alone in running text, no title below, is not a part)
  const Document e = doc_of(kFifthMasthead + "第五委员会的报告\n\n一. 导言\n\n1. 委员会审议了该项目。\n");
  for (const Node* n : nodes_of(e, NodeKind::Section)) EXPECT_NE(n->section_kind, "part") << n->title;
}

namespace {

const std::string kJiuMasthead =
    "联合国\tA/78/286\n"
    "大会\n"
    "Distr.: General\n"
    "9 August 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十八届会议\n"
    "临时议程*项目144\n"
    "联合检查组\n"
    "\n"
    "联合国系统各组织的灵活工作安排政策审查\n"
    "\n"
    "秘书长的说明\n"
    "\n"
    "秘书长谨向大会成员转递联合检查组题为“联合国系统各组织的灵活工作安排政策审查”的报告(JIU/REP/2023/4)。\n"
    "\n"
    "* A/78/150。\n"
    "\n"
    "附件\n"
    "\n"
    "联合国系统各组织的灵活工作安排政策审查\n"
    "\n"
    "联合检查组的报告\n"
    "\n";

}  // namespace

// A Joint Inspection Unit report's "执行摘要" (Executive summary) alone
// under its authors' line, "编写人：…" (which ends in no stop): the summary's
// heading, not the rest of the authors' paragraph with the summary's first
// paragraph run on after it.
TEST(KindsMore6, JiuExecutiveSummaryHeadsItsText) {
  const Document d = doc_of(kJiuMasthead +
                            "编写人：玛丽亚·洛佩斯·桑托斯和阿卜杜·卡里姆·迪亚洛\n\n"
                            "执行摘要\n\n"
                            "联合检查组将本次审查列入其2023年工作方案，目的是评估各组织的灵活工作安排政策。\n\n"
                            "本报告提出五项正式建议。\n\n"
                            "一. 导言\n\n"
                            "1. 联合检查组将本审查列入其2023年工作方案。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  bool heading = false;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.title == "执行摘要") heading = true;
    if (n.kind == NodeKind::Paragraph) EXPECT_EQ(n.text.find("执行摘要"), std::string::npos) << n.text;
    if (n.kind == NodeKind::Paragraph && n.text.starts_with("编写人："))
      EXPECT_EQ(n.text, "编写人：玛丽亚·洛佩斯·桑托斯和阿卜杜·卡里姆·迪亚洛");
  });
  EXPECT_TRUE(heading);
}

// "建议1" alone on its line over the recommendation's text, as a JIU report
// sets its recommendations off: a heading, in PDF text too, where the text
// below runs on with no blank line (not "建议1各参与组织的行政首长应…").
TEST(KindsMore6, JiuRecommendationLabelAloneIsAHeading) {
  std::string text = kJiuMasthead + "一. 导言\n\n";
  text += "1. 检查专员认为，政策之间的差异虽然在一定程度上反映了各组织任务和业务模\n";
  text += "式的不同，但在同一工作地点适用不同的规则，削弱了“一个联合国”的理念。\n\n";
  text += "建议1\n";
  text += "各参与组织的行政首长应通过人力资源管理网，在2025年底之前商定全系统关于\n";
  text += "在工作地点以外远程办公的共同原则。\n\n";
  text += "2. 调查结果显示，81%的受访工作人员认为灵活工作安排改善了工作与生活的平\n";
  text += "衡，但也有34%的受访者表示与同事之间的协作受到了影响。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  bool heading = false;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.title == "建议1") heading = true;
    if (n.kind == NodeKind::Paragraph) EXPECT_FALSE(n.text.starts_with("建议1")) << n.text;
  });
  EXPECT_TRUE(heading);
}

// The first group of an amount at a page's last line ("…批款4"), its other
// groups on the next page ("250 000美元；"), the page's footnote 4 at its
// foot: the "4" is the amount's, no marker; the marker is the "4" after the
// report it cites ("…相关报告4，"), and the amount reads whole.
TEST(KindsMore6, AmountCutAtPageFootIsNoMarker) {
  // (a whole page is needed for its foot's bodies to read as such: the
  // sample in PDF text's shape, page 2's foot "…批款4" / "3 A/78/361…" /
  // "4 A/78/7/Add.14…" / "2/3" / "23-26118" / "A/78/652/Add.1" / "250 000美元；")
  const std::string text = test::read_file("samples/report-fifth-committee-programme-budget-wrap.txt");
  ASSERT_NE(text.find("批款4 \n"), std::string::npos);
  const Document d = doc_of(text);
  bool amount = false, cited = false;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) {
    if (p->text.find("批款") != std::string::npos) {
      amount = true;
      EXPECT_NE(p->text.find("批款4 250 000美元；"), std::string::npos) << p->text;
      EXPECT_TRUE(p->footnote_refs.empty());
    }
    if (p->text.starts_with("审议了秘书长的有关报告")) {
      cited = true;
      EXPECT_EQ(p->text, "审议了秘书长的有关报告以及行政和预算问题咨询委员会的相关报告，");
      EXPECT_EQ(p->footnote_refs.size(), 2u);
    }
  }
  EXPECT_TRUE(amount);
  EXPECT_TRUE(cited);
}

}  // namespace undoc_test_kinds_more6_test
