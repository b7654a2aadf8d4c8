// Numbered labels of words, formulas and validation warnings (helper 5): a
// run of labels "结论1：" / "问题 2:" / "决定草案一：" read as numbered
// paragraphs of their own run (one alone in prose is text), a declaration's
// operative formula "兹宣布：", W-OVERLAP kept to page-join repeats, and the
// sessions a treaty body's report lists on its cover.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"
#include "undoc/validate.hpp"

namespace undoc_test_labels_formulas_test {

using namespace undoc;
using namespace std::literals;

namespace {

using test::doc_of;
using test::nodes_of;

std::vector<const Node*> numbered(const Document& d) {
  std::vector<const Node*> out;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->paragraph_number) out.push_back(n);
  return out;
}

const std::string kMasthead =
    "联合国                                                  A/HRC/53/45\n"
    "大会                                                Distr.: General\n"
    "                                                    12 April 2023\n"
    "人权理事会\n"
    "第五十三届会议\n"
    "议程项目 3\n"
    "增进和保护所有人权\n"
    "        独立专家的报告\n";

// Findings and questions numbered with their word, "结论1：" … "结论3：",
// "问题 1:" … (any short word, a space and an ASCII colon too): numbered
// paragraphs of their own run, labelled as written, beside the report's
// paragraphs, with no numbering error reported.
TEST(LabelsFormulas, WordedLabelsInARunAreNumbered) {
  const std::string text = kMasthead +
                           "一、 导言\n"
                           "1. 本报告根据人权理事会第50/8号决议提交。\n"
                           "二、 结论\n"
                           "2. 独立专家得出以下结论。\n"
                           "结论1：多数国家尚未建立收集相关数据的系统。\n"
                           "结论2：现有法律框架在执行方面存在明显差距。\n"
                           "结论3：民间社会的参与仍然有限，需要加强。\n"
                           "三、 供进一步审议的问题\n"
                           "问题 1: 是否应设立区域机制，以便交流良好做法？\n"
                           "问题 2: 如何确保受影响社区有效参与决策？\n"
                           "3. 独立专家期待与各国继续对话。\n";
  Options o;
  const Document d = convert(text, "t.txt", o);
  const auto ps = numbered(d);
  ASSERT_EQ(ps.size(), 8u);
  EXPECT_EQ(ps[2]->label, "结论1：");
  EXPECT_EQ(ps[2]->paragraph_number, 1);
  EXPECT_EQ(ps[2]->text, "多数国家尚未建立收集相关数据的系统。");
  EXPECT_EQ(ps[4]->label, "结论3：");
  EXPECT_EQ(ps[4]->paragraph_number, 3);
  EXPECT_EQ(ps[5]->label, "问题 1:");
  EXPECT_EQ(ps[5]->text, "是否应设立区域机制，以便交流良好做法？");
  EXPECT_EQ(ps[6]->paragraph_number, 2);
  EXPECT_EQ(ps[7]->label, "3.");
  EXPECT_EQ(ps[7]->paragraph_number, 3);
  for (const Diagnostic& g : d.diagnostics) EXPECT_NE(g.code.rfind("E-PARA", 0), 0u) << g.message;
}

// Labels numbered in Chinese, "决定草案一：" / "决定草案二：", make a run too.
TEST(LabelsFormulas, WordedLabelsWithChineseNumbers) {
  const std::string text = kMasthead +
                           "一、 建议\n"
                           "1. 独立专家建议人权理事会通过以下决定草案。\n"
                           "决定草案一：人权理事会决定将独立专家的任务期限延长三年。\n"
                           "决定草案二：人权理事会决定请独立专家向第五十六届会议提交报告。\n";
  Options o;
  const Document d = convert(text, "t.txt", o);
  const auto ps = numbered(d);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[1]->label, "决定草案一：");
  EXPECT_EQ(ps[1]->paragraph_number, 1);
  EXPECT_EQ(ps[1]->text, "人权理事会决定将独立专家的任务期限延长三年。");
  EXPECT_EQ(ps[2]->paragraph_number, 2);
  for (const Diagnostic& g : d.diagnostics) EXPECT_NE(g.code.rfind("E-PARA", 0), 0u) << g.message;
}

// One such label alone, a sentence in prose that opens "问题1：", is no
// numbered paragraph; nor a run of worded subheads, a title after the colon
// and no stop ("成果1：…"), which stay text.
TEST(LabelsFormulas, LoneWordedLabelAndSubheadsAreText) {
  const std::string text = kMasthead +
                           "一、 导言\n"
                           "1. 本报告根据人权理事会第50/8号决议提交。\n"
                           "问题1：是否应设立区域机制，在磋商中引起了广泛辩论。\n"
                           "2. 独立专家随后审议了各国的答复。\n";
  const Document d = doc_of(text);
  const auto ps = numbered(d);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[1]->label, "2.");
  bool lone = false;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->text == "问题1：是否应设立区域机制，在磋商中引起了广泛辩论。") lone = !n->paragraph_number;
  EXPECT_TRUE(lone);

  const Document s = doc_of(kMasthead +
                            "一、 成果\n"
                            "1. 战略计划列出以下成果。\n"
                            "成果1：全球规范框架和体制\n"
                            "2. 妇女署支持各国加强规范框架。\n"
                            "成果2：为性别平等筹措资金\n"
                            "3. 妇女署协助各国将性别观点纳入预算。\n");
  const auto qs = numbered(s);
  ASSERT_EQ(qs.size(), 3u);
  for (const Node* n : qs) EXPECT_EQ(n->label.find("成果"), std::string::npos) << n->label;
}

// A declaration annexed to a note verbale: its subject's formula, its
// preamble, then "兹宣布：" alone, the formula its operative paragraphs follow.
TEST(LabelsFormulas, DeclarationsOperativeFormula) {
  const std::string text =
      "联合国                                                  A/78/555\n"
      "大会                                                Distr.: General\n"
      "                                                    2 October 2023\n"
      "第七十八届会议\n"
      "议程项目 68\n"
      "        2023年9月29日某国常驻联合国代表团给秘书长的普通照会\n"
      "某国常驻联合国代表团向联合国秘书长致意，并谨转递关于和平文化的宣言(见附件)。\n"
      "请将本照会及其附件作为大会议程项目68下的文件分发为荷。\n"
      "附件\n"
      "关于和平文化的宣言\n"
      "我们，参加和平文化区域会议的各国代表，\n"
      "认识到和平文化对于可持续发展的重要性，\n"
      "重申我们对《联合国宪章》宗旨和原则的承诺，\n"
      "兹宣布：\n"
      "1. 和平文化是一套价值观、态度和行为方式。\n"
      "2. 各国应在教育领域推广和平文化。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  std::vector<const Node*> ps;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) ps.push_back(&n);
  });
  ASSERT_EQ(ps.size(), 6u);
  EXPECT_EQ(ps[0]->paragraph_kind, "formula");
  EXPECT_EQ(ps[2]->paragraph_kind, "preambular");
  EXPECT_EQ(ps[3]->text, "兹宣布：");
  EXPECT_EQ(ps[3]->paragraph_kind, "formula");
  EXPECT_EQ(ps[4]->paragraph_number, 1);
  // (the note verbale stays a letter: the operative formula is no organ's)
  EXPECT_EQ(d.kind, "letter");
}

// W-OVERLAP is a page join's repeat ("…重要。" / "要。…"), not a title that
// opens with the words a line before it held alone (an agenda item's title,
// "人权问题", over the document's "人权问题：人权与单方面强制性措施").
TEST(LabelsFormulas, OverlapNotATitleOpeningWithTheWordsAbove) {
  auto overlaps = [](const std::string& text, int at) {
    Document d;
    Node n;
    n.kind = NodeKind::Paragraph;
    n.paragraph_kind = "unnumbered";
    n.text = text;
    n.lines = {5, 7};
    n.breaks.push_back(at);
    n.break_lines.push_back(7);
    n.fragments = 2;
    d.front_matter.paragraphs.push_back(n);
    int c = 0;
    for (const Diagnostic& g : validate(d)) c += g.code == "W-OVERLAP";
    return c;
  };
  EXPECT_EQ(overlaps("人权问题人权问题：人权与单方面强制性措施", 4), 0);
  EXPECT_EQ(overlaps("各国注意到人权问题人权问题：人权与单方面强制性措施", 9), 0);
  // (the page join's repeat still told)
  EXPECT_EQ(overlaps("与会者强调，尊重人权至关重要。要。各国应当合作。", 15), 1);
  EXPECT_EQ(overlaps("与会者强调，各国应当加强人权问题人权问题的国际合作。", 16), 1);
}

// A treaty body's report lists the sessions it covers, each with its dates in
// brackets on its line: read as sessions are, set a line each with their dates
// below: on an Official Records cover, the reporting body's sessions with the
// notes, in order, the organ's lines below them read (大会, the session 78);
// under the committee's name, the first the document's session, kept whole,
// the others with the notes; none a front-matter paragraph or the title.
TEST(LabelsFormulas, TreatyBodyCoverListsItsSessions) {
  const Document d = doc_of(
      "联合国\n"
      "禁止酷刑委员会的报告\n"
      "第七十五届会议(2022年10月31日至11月25日)\n"
      "第七十六届会议(2023年4月17日至5月12日)\n"
      "第七十七届会议(2023年7月10日至28日)\n"
      "大会\n正式记录\n第七十八届会议\n补编第44号\nA/78/44\n"
      "一. 组织事项和其他事项\n"
      "1. 截至2023年5月12日，《公约》共有173个缔约国。\n");
  const FrontMatter& fm = d.front_matter;
  EXPECT_EQ(fm.title, "禁止酷刑委员会的报告");
  EXPECT_FALSE(fm.subtitle.has_value());
  EXPECT_TRUE(fm.paragraphs.empty());
  const std::vector<std::string> notes = {"第七十五届会议(2022年10月31日至11月25日)", "第七十六届会议(2023年4月17日至5月12日)",
                                          "第七十七届会议(2023年7月10日至28日)", "正式记录", "补编第44号"};
  EXPECT_EQ(fm.notes, notes);
  EXPECT_EQ(fm.organ, "大会");
  EXPECT_EQ(fm.session_number, 78);
  EXPECT_EQ(fm.symbol, "A/78/44");

  const Document c = doc_of(
      "联合国\tCAT/C/75/2\n禁止酷刑委员会\tDistr.: General\n\t1 June 2023\n"
      "第七十五届会议(2022年10月31日至11月25日)\n"
      "第七十六届会议(2023年4月17日至5月12日)\n"
      "禁止酷刑委员会的年度报告\n"
      "一. 组织事项和其他事项\n"
      "1. 截至2023年5月12日，《公约》共有173个缔约国。\n");
  EXPECT_EQ(c.front_matter.session_text, "第七十五届会议(2022年10月31日至11月25日)");
  EXPECT_EQ(c.front_matter.session_number, 75);
  EXPECT_EQ(c.front_matter.title, "禁止酷刑委员会的年度报告");
  EXPECT_TRUE(c.front_matter.paragraphs.empty());
  const auto& cn = c.front_matter.notes;
  EXPECT_NE(std::find(cn.begin(), cn.end(), "第七十六届会议(2023年4月17日至5月12日)"), cn.end());
}

// The operative formula in its other words, a declaration's "庄严宣布：" and a
// treaty's "爰议定条款如下：", is a formula as "兹宣布：" is.
TEST(LabelsFormulas, OperativeFormulasInOtherWords) {
  const Document d = doc_of(
      "联合国                                                  A/RES/78/300\n"
      "大会                                                Distr.: General\n"
      "                                                    2 October 2023\n"
      "第七十八届会议\n议程项目 20\n2023年9月22日大会决议\n78/300. 关于未来世代的宣言\n"
      "大会，\n通过以下宣言：\n"
      "我们，各国元首和政府首脑，于2023年9月22日聚集在联合国总部，\n"
      "意识到今天的决定将影响未来世代，\n"
      "庄严宣布：\n"
      "1. 我们将在决策中考虑未来世代的需要和利益。\n"
      "2. 我们将加强国际合作，保护地球环境。\n");
  std::vector<std::string> formulas;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->paragraph_kind == "formula"sv) formulas.push_back(n->text);
  EXPECT_EQ(formulas, (std::vector<std::string>{"大会，", "我们，各国元首和政府首脑，于2023年9月22日聚集在联合国总部，", "庄严宣布："}));
  EXPECT_EQ(d.kind, "resolution");
  const Document t = doc_of(
      "关于跨界含水层合作的公约\n本公约缔约国，\n意识到地下水资源对人类的重要性，\n爰议定条款如下：\n"
      "第一条\n范围\n本公约适用于跨界含水层的利用和保护。\n");
  bool formula = false;
  for (const Node* n : nodes_of(t, NodeKind::Paragraph))
    if (n->text == "爰议定条款如下：") formula = n->paragraph_kind == "formula"sv;
  EXPECT_TRUE(formula);
}

// A recommended draft's head with its title after the colon on one line,
// "决定草案一：…" over "经济及社会理事会：": one subhead, the draft's head and
// title, its formula and clauses under it (not paragraphs of the section).
TEST(LabelsFormulas, DraftHeadWithItsTitleOnOneLine) {
  const Document d = doc_of(
      "联合国                                                  E/2023/27\n"
      "经济及社会理事会                                    Distr.: General\n"
      "                                                    3 April 2023\n"
      "2023年届会\n议程项目 19(c)\n统计委员会第五十四届会议报告\n"
      "一、 提请理事会采取行动或提请其注意的事项\n"
      "A. 建议理事会通过的决定草案\n"
      "1. 统计委员会建议经济及社会理事会通过下列决定草案：\n"
      "决定草案一：统计委员会第五十四届会议报告和第五十五届会议临时议程及文件\n"
      "经济及社会理事会：\n"
      "(a) 注意到统计委员会第五十四届会议报告；\n"
      "(b) 核可委员会第五十五届会议临时议程。\n"
      "决定草案二：延长统计委员会之友主席团的任期\n"
      "经济及社会理事会决定将主席团的任期延长至2025年。\n"
      "B. 提请理事会注意的事项\n"
      "2. 委员会第五十四届会议通过的下列决定提请理事会注意。\n");
  std::vector<const Node*> subheads;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.section_kind == "subhead"sv) subheads.push_back(&n);
  });
  ASSERT_EQ(subheads.size(), 2u);
  EXPECT_EQ(subheads[0]->title, "决定草案一：统计委员会第五十四届会议报告和第五十五届会议临时议程及文件");
  ASSERT_FALSE(subheads[0]->children.empty());
  EXPECT_EQ(subheads[0]->children[0].paragraph_kind, "formula");
  EXPECT_EQ(subheads[1]->title, "决定草案二：延长统计委员会之友主席团的任期");
  ASSERT_EQ(subheads[1]->children.size(), 1u);
  EXPECT_EQ(subheads[1]->children[0].text, "经济及社会理事会决定将主席团的任期延长至2025年。");
}

}  // namespace

}  // namespace undoc_test_labels_formulas_test
