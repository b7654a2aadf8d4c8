// Page-layout text as pdftotext's modes give it: tables of contents, page
// furniture, footnote markers, titles, tables and items (helper 6's cases).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.hpp"

namespace undoc_test_layout_more_test {

using namespace undoc;
using undoc::test::doc_of;

namespace {

using test::footnote;

}  // namespace

// pdftotext -raw gives a TOC row's title cell and its paragraph range on one
// line ("一. 导言 1–3"), the leaders and the page on the next: the range is
// the row's, not its title's.
TEST(LayoutMore, RawTocRangeGluedToTitleWithLeadersAndPageBelow) {
  const std::string text =
      "目录\n"
      "段次 页次\n"
      "一. 导言 1–2\n"
      ". . . . . . . . . . . . . . . . . . . . . . . . . . 2\n"
      "二. 全球背景 3–4\n"
      ". . . . . . . . . . . . . . . . . . . . . . . . 2\n"
      "A. 贫困的性别层面 3\n"
      ". . . . . . . . . . . . . . . . . . . . . . 2\n"
      "\f一. 导言\n"
      "1. 联合国系统各实体继续向有关国家提供技术援助。\n"
      "2. 秘书长鼓励会员国与民间社会开展合作。\n"
      "二. 全球背景\n"
      "A. 贫困的性别层面\n"
      "3. 若干国家报告说，资金不足仍然是主要障碍。\n"
      "4. 各会员国采取了进一步措施。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[0].title, "导言");
  EXPECT_EQ(d.toc.entries[0].paragraphs, std::make_pair(1L, 2L));
  EXPECT_EQ(d.toc.entries[0].page, 2L);
  EXPECT_EQ(d.toc.entries[1].title, "全球背景");
  EXPECT_EQ(d.toc.entries[1].paragraphs, std::make_pair(3L, 4L));
  EXPECT_EQ(d.toc.entries[2].title, "贫困的性别层面");
  EXPECT_EQ(d.toc.entries[2].paragraphs, std::make_pair(3L, 3L));
}

// pdftotext's default mode gives a TOC column by column, the page's job
// number between the titles and the numbers, and the page column's last cell
// at the page's end. The page is already numbered at its top ("第 2 页"):
// that cell is no second page number, and the columns are read whole.
TEST(LayoutMore, ColumnTocWhosePageIsNumberedAtItsTopKeepsItsLastCell) {
  const std::string text =
      "联合国 E/CN.6/2024/3\n经济及社会理事会\nDistr.: General\n11 December 2023\n\n23-24567 (C)\n"
      "\f第 2 页\n\nE/CN.6/2024/3\n\n目录\n"
      "一. 导言 . . . . . . . . . . . . . . . .\n"
      "二. 全球背景 . . . . . . . . . . . . . .\n"
      "A. 贫困的性别层面 . . . . . . . . . . .\n"
      "\n23-24567 (C)\n\n段次\n1–2\n3–4\n3–4\n\n页次\n3\n3\n4\n"
      "\fE/CN.6/2024/3\n\n第 3 页\n\n一. 导言\n"
      "1. 联合国系统各实体继续向有关国家提供技术援助。\n"
      "2. 秘书长鼓励会员国与民间社会开展合作。\n"
      "二. 全球背景\nA. 贫困的性别层面\n"
      "3. 若干国家报告说，资金不足仍然是主要障碍。\n"
      "4. 各会员国采取了进一步措施。\n\n23-24567 (C)\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[0].paragraphs, std::make_pair(1L, 2L));
  EXPECT_EQ(d.toc.entries[0].page, 3L);
  EXPECT_EQ(d.toc.entries[2].title, "贫困的性别层面");
  EXPECT_EQ(d.toc.entries[2].paragraphs, std::make_pair(3L, 4L));
  EXPECT_EQ(d.toc.entries[2].page, 4L);
  for (const Furniture& f : d.furniture) EXPECT_NE(f.text, "4") << "line " << f.line;
}

// pdftotext -raw glues a raised marker to a document symbol's last digit and
// breaks the line after it ("…见E/CN.6/2023/33" / "。"): the symbol is
// E/CN.6/2023/3 and note 3, set at the page's foot, is called there.
TEST(LayoutMore, RawMarkerGluedToASymbolsLastDigit) {
  const std::string text =
      "联合国 E/CN.6/2024/3\n经济及社会理事会\nDistr.: General\n\n23-24567 (C)\n"
      "\fE/CN.6/2024/3 第 2 页\n23-24567 (C)\n"
      "1. 各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别\n"
      "分列的数据的收集和使用，并加强机构间协调。委员会审议了秘书长的报告1\n。\n"
      "2. 秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做法\n"
      "和经验教训。各会员国提交了资料2\n。\n"
      "1 E/CN.6/2023/1。\n2 截至2023年10月31日。\n"
      "\fE/CN.6/2024/3 第 3 页\n23-24567 (C)\n"
      "3. 各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别\n"
      "分列的数据的收集和使用，并加强机构间协调。有关数据见E/CN.6/2023/33\n。\n"
      "4. 秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做法\n"
      "和经验教训。\n"
      "3 另见A/78/123，第15段。\n\f";
  const Document d = doc_of(text);
  const Footnote* n3 = footnote(d, "3");
  ASSERT_NE(n3, nullptr);
  EXPECT_EQ(n3->text, "另见A/78/123，第15段。");
  ASSERT_GE(d.body.size(), 3u);
  const Node& p3 = d.body[2];
  ASSERT_EQ(p3.paragraph_number, 3L);
  EXPECT_NE(p3.text.find("E/CN.6/2023/3。"), std::string::npos) << p3.text;
  ASSERT_EQ(p3.footnote_refs.size(), 1u);
  EXPECT_EQ(p3.footnote_refs[0].id, "3");
}

// The marker rule above does not take a symbol's own last digit when nothing
// says it is a marker: a full line, or no stop below it.
TEST(LayoutMore, SymbolsLastDigitWithoutStopBelowIsNoMarker) {
  const std::string text =
      "联合国 E/CN.6/2024/3\n经济及社会理事会\nDistr.: General\n\n23-24567 (C)\n"
      "\fE/CN.6/2024/3 第 2 页\n23-24567 (C)\n"
      "1. 各会员国在本报告所述期间采取了进一步措施，有关数据见E/CN.6/2023/33\n"
      "号文件。\n"
      "3 另见A/78/123，第15段。\n\f";
  const Document d = doc_of(text);
  ASSERT_GE(d.body.size(), 1u);
  EXPECT_NE(d.body[0].text.find("E/CN.6/2023/33"), std::string::npos) << d.body[0].text;
}

// A report issued before its session names its item on the preliminary list
// of items, "暂定项目表* 项目 136" (-layout spaces the raised star): an
// agenda line, so the title and subtitle below it are read as such, not as
// a paragraph (and the agenda line is not the title).
TEST(LayoutMore, PreliminaryListOfItemsIsAnAgendaLine) {
  const std::string text =
      "联合国                                           A/78/123\n"
      "                                   Distr.: General\n"
      "大会                                 5 July 2023\n"
      "                                   Chinese\n"
      "                                   Original: English\n\n\n\n"
      "第七十八届会议\n"
      "暂定项目表 * 项目 136\n"
      "2024年拟议方案预算\n\n"
      "联合国系统的工作人员组成\n"
      "秘书长的报告\n\n"
      "一. 导言\n\n"
      "     1. 秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做\n"
      "法和经验教训。\n\n"
      "*   A/78/150。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].label, "暂定项目表");
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "136");
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "2024年拟议方案预算");
  EXPECT_EQ(d.front_matter.title, "联合国系统的工作人员组成");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
}

namespace {

std::vector<const Node*> tables(const Document& d) { return test::nodes_of(d, NodeKind::Table); }

}  // namespace

// A table that runs over a page break (-layout, and -raw below): its rows on
// the next page, with only the page's foot (a footnote, the job number) and
// head (the symbol) between, go on the same table.
TEST(LayoutMore, TableRunningOverAPageBreakIsOneTable) {
  const std::string layout =
      "联合国                                           A/78/123\n"
      "大会                                 Distr.: General\n\n"
      "第七十八届会议\n"
      "暂定项目表 * 项目 136\n"
      "2024年拟议方案预算\n\n"
      "二. 工作人员人数\n\n"
      "     4. 下表按职类和地点列出截至2022年12月31日的工作人员人数。\n\n"
      "职类               总部      外地       共计\n"
      "D-2              100     1 200    1 300\n"
      "D-1              107     1 231    1 338\n"
      "P-5              114     1 262    1 376\n"
      "P-4              121     1 293    1 414\n\n\n\n"
      "*   A/78/150。\n\n\n"
      "23-09876 (C)\n"
      "\fA/78/123\n\n"
      "特等             170     1 510  1 680\n"
      "其他             177     1 541  1 718\n"
      "一般事务           184     1 572  1 756\n"
      "当地雇员           191     1 603  1 794\n\n"
      "     5. 秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做\n"
      "法和经验教训。\n";
  const Document d = doc_of(layout);
  auto t = tables(d);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->rows.size(), 9u);
  EXPECT_EQ(t[0]->rows.back().front(), "当地雇员");

  const std::string raw =
      "联合国 A/78/123\n大会 Distr.: General\n第七十八届会议\n暂定项目表* 项目 136\n2024年拟议方案预算\n"
      "二. 工作人员人数\n"
      "4. 下表按职类和地点列出截至2022年12月31日的工作人员人数。\n"
      "职类 总部 外地 共计\n"
      "D-2 100 1 200 1 300\nD-1 107 1 231 1 338\nP-5 114 1 262 1 376\nP-4 121 1 293 1 414\n"
      "* A/78/150。\n23-09876 (C)\n"
      "\f特等 170 1 510 1 680\n其他 177 1 541 1 718\n一般事务 184 1 572 1 756\n当地雇员 191 1 603 1 794\n"
      "5. 秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做法和经验教训。\n";
  const Document r = doc_of(raw);
  t = tables(r);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->rows.size(), 9u);
}

// A bulletin's clause with sub-items set with a wide hanging indent
// (-layout: "(a)   …；" / "㈠   …；"): the sub-items stay in their clause, as
// they do in every other shape, not a table of labels and clauses; ㈡ after
// ㈠ goes on the same clause across the blank line, as (b) after (a) does.
TEST(LayoutMore, HangingSubItemsAreNoTable) {
  const std::string text =
      "联合国                                        ST/SGB/2024/3\n"
      "                                           Distr.: General\n"
      "秘书处                                        15 March 2024\n\n\n"
      "                          秘书长公报\n"
      "                        数据保护和隐私政策\n\n"
      "秘书长为确保联合国秘书处以符合适用原则的方式处理个人数据，特颁布如下：\n\n"
      "                            第1节\n"
      "                             定义\n\n"
      "1.1       在本公报中：\n\n"
      "          (a)   “个人数据”指与已识别或可识别的自然人有关的任何信息；\n\n"
      "          (b)   “处理”指对个人数据进行的任何操作，包括：\n\n"
      "                ㈠   收集、记录、组织和储存；\n\n"
      "                ㈡   查阅、使用、披露、传送或以其他方式提供；\n\n"
      "1.2       本公报自印发之日起生效。\n\f";
  const Document d = doc_of(text);
  EXPECT_TRUE(tables(d).empty());
  ASSERT_FALSE(d.body.empty());
  const Node& s = d.body[0];
  ASSERT_EQ(s.children.size(), 2u);
  const std::string& t = s.children[0].text;
  EXPECT_EQ(s.children[0].label, "1.1");
  EXPECT_EQ(t.rfind("在本公报中", 0), 0u) << t;
  EXPECT_NE(t.find("㈡"), std::string::npos) << t;
  EXPECT_EQ(s.children[1].label, "1.2");
  EXPECT_EQ(s.children[1].text.rfind("本公报自印发之日起生效", 0), 0u) << s.children[1].text;
}

// MuPDF sets a TOC row's cells a line each: the title, the range, the
// leaders, the page ("一. 导言" / "1–3" / ". . . ." / "3"): one row, its range
// and its page, not a row with the range's end for its page and a row of
// leaders with none.
TEST(LayoutMore, TocRowWithItsCellsALineEach) {
  const std::string text =
      "联合国 E/CN.6/2024/3\n经济及社会理事会\nDistr.: General\n\n23-24567 (C)\n"
      "\f目 录\n\n段次\n页次\n\n"
      "一. 导言\n1–2\n. . . . . . . . . . . . . . . . . . . . . . . .\n2\n\n"
      "二. 全球背景\n3–4\n. . . . . . . . . . . . . . . . . . . . . .\n2\n\n"
      "E/CN.6/2024/3\n第 2 页\n\n"
      "\f一. 导言\n"
      "1. 联合国系统各实体继续向有关国家提供技术援助。\n"
      "2. 秘书长鼓励会员国与民间社会开展合作。\n"
      "二. 全球背景\n"
      "3. 若干国家报告说，资金不足仍然是主要障碍。\n"
      "4. 各会员国采取了进一步措施。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].title, "导言");
  EXPECT_EQ(d.toc.entries[0].paragraphs, std::make_pair(1L, 2L));
  EXPECT_EQ(d.toc.entries[0].page, 2L);
  EXPECT_EQ(d.toc.entries[1].paragraphs, std::make_pair(3L, 4L));
  EXPECT_EQ(d.toc.entries[1].page, 2L);
}

// pdftotext's default mode sets a page foot's labels ("1" / "2") between a
// paragraph's number alone and its text, and the bodies right after that
// text; the text ends a clause at a line's end ("…措施，") before its
// sentence ends: the bodies are the last blocks, the text before them the
// paragraph's, and the marker below the labels ("…使用 2 。") calls note 2.
TEST(LayoutMore, DefaultModeLabelsUnderAParagraphNumberTakeTheLastBodies) {
  const std::string text =
      "一. 导言\n1.\n\n"
      "若干国家报告说，资金不足和能力有限仍然是执行工作的主要障碍，特别是在最不发达\n"
      "国家和小岛屿发展中国家。若干国家报告说，资金不足和能力有限仍然是执行工作的主\n"
      "要障碍，特别是在最不发达国家和小岛屿发展中国家 1 。\n\n"
      "2.\n\n1\n2\n\n"
      "各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、年龄\n"
      "和残疾状况分列的数据的收集和使用。各会员国在本报告所述期间采取了进一步措施，\n"
      "加强国家统计系统，改进按性别、年龄和残疾状况分列的数据的收集和使用 2 。\n"
      "大会第70/1号决议。\n"
      "见A/77/84-E/2022/58，第10段。\n\n"
      "23-30001 (C)\n\n\f";
  const Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "大会第70/1号决议。");
  EXPECT_EQ(d.footnotes[1].text, "见A/77/84-E/2022/58，第10段。");
  ASSERT_EQ(d.body.size(), 1u);
  ASSERT_EQ(d.body[0].children.size(), 2u);
  const Node& p2 = d.body[0].children[1];
  EXPECT_EQ(p2.paragraph_number, 2L);
  ASSERT_EQ(p2.footnote_refs.size(), 1u);
  EXPECT_EQ(p2.footnote_refs[0].id, "2");
  EXPECT_TRUE(p2.text.ends_with("收集和使用。")) << p2.text;
}

// The same foot, the paragraph's text a clause end at a full line's end
// ("…主要障碍，" / "特别是…"): a wrap, not the text's end, so the text is the
// paragraph's and the bodies the notes'. And the next page's header, "-2-"
// above the symbol, joined by the default mode's dehyphenation into
// "-2S/RES/2719 (2023)": the page's number and the symbol, furniture.
TEST(LayoutMore, DefaultModeFullLineClauseEndIsNoTextEnd) {
  const std::string text =
      "联合国 S/RES/2719 (2023)\n\n安全理事会\n\nDistr.: General\n\n"
      "第2719(2023)号决议\n安全理事会，\n1.\n\n"
      "各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、\n"
      "年龄和残疾状况分列的数据的收集和使用。联合国系统各实体继续向有关国家提\n"
      "供技术援助，支持其制定和执行国家行动计划，并加强机构间协调。秘书长鼓励\n"
      "会员国与民间社会、私营部门和学术界开展合作，以便交流良好做法和经验教训 1 ；\n\n"
      "2.\n\n1\n2\n\n"
      "秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做法\n"
      "和经验教训。若干国家报告说，资金不足和能力有限仍然是执行工作的主要障碍，\n"
      "特别是在最不发达国家和小岛屿发展中国家 2 。秘书长鼓励会员国与民间社会、私\n"
      "营部门和学术界开展合作，以便交流良好做法和经验教训；\n\n"
      "见S/2023/800，附件。\n"
      "第2686(2023)号决议。\n\n"
      "23-25001 (C)\n\n"
      "\f-2S/RES/2719 (2023)\n\n3.\n\n决定继续积极处理此案。\n\n23-25001 (C)\n\f";
  const Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "见S/2023/800，附件。");
  EXPECT_EQ(d.footnotes[1].text, "第2686(2023)号决议。");
  const Node* p2 = nullptr;
  for (const Node& n : d.body)
    if (n.paragraph_number == 2L) p2 = &n;
  ASSERT_NE(p2, nullptr);
  EXPECT_TRUE(p2->text.ends_with("经验教训；")) << p2->text;
  ASSERT_EQ(p2->footnote_refs.size(), 1u);
  EXPECT_EQ(p2->footnote_refs[0].id, "2");
  bool header = false;
  for (const Furniture& f : d.furniture) header = header || f.text == "-2S/RES/2719 (2023)";
  EXPECT_TRUE(header);
}

// pdftotext's default mode sets a page foot's label column in the page's
// text, alone between blank lines ("…机制，" / "1" / "1. …"), and its body
// as the page's last block above the footer ("" / "第70/1号决议。" / "" /
// "23-25678 (C)"): the note is read, called by its marker above ("…协调 1 ，").
TEST(LayoutMore, DefaultModeLabelInTheTextBodyAsThePagesLastBlock) {
  const std::string text =
      "联合国\n\nA/RES/78/165\nDistr.: General\n\n大会\n\n第七十八届会议\n议程项目 16\n\n"
      "2023年12月19日大会决议\n\n\n78/165. 农业技术促进可持续发展\n大会，\n"
      "回顾各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、年龄\n"
      "和残疾状况分列的数据的收集和使用，\n"
      "重申联合国系统各实体继续向有关国家提供技术援助，支持其制定和执行国家行动计划，并\n"
      "加强机构间协调 1 ，\n"
      "强调联合国系统各实体继续向有关国家提供技术援助，支持其制定和执行国家行动计划，并\n"
      "加强机构间协调，\n\n1\n\n1.\n\n"
      "各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、年\n"
      "龄和残疾状况分列的数据的收集和使用；\n\n2.\n\n"
      "各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、年\n"
      "龄和残疾状况分列的数据的收集和使用。\n\n"
      "第70/1号决议。\n\n23-25678 (C)\n\f";
  const Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "1");
  EXPECT_EQ(d.footnotes[0].text, "第70/1号决议。");
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  for (const Node& n : d.body) EXPECT_EQ(n.text.find("第70/1号决议"), std::string::npos) << n.text;
}

// The same, three labels in the text and their bodies a line each in the
// page's last block ("大会第61/106号决议，附件一。" / "A/HRC/49/52。" / "见…。").
TEST(LayoutMore, DefaultModeLabelsInTheTextBodiesALineEach) {
  const std::string text =
      "联合国\n\nA/HRC/RES/52/10\nDistr.: General\n\n大会\n\n人权理事会\n第五十二届会议\n议程项目3\n"
      "2023年4月3日人权理事会通过的决议\n\n52/10. 残疾人权利\n人权理事会，\n\n"
      "回顾若干国家报告说，资金不足和能力有限仍然是执行工作的主要障碍，特别是在最不发达国家和小岛屿发\n"
      "展中国家 1 ，\n\n"
      "确认秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好做法和经验教训 2 ，\n\n"
      "欢迎各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、年龄和残疾状况分\n"
      "列的数据的收集和使用 3 ，\n\n"
      "1\n2\n3\n\n1.\n\n"
      "各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别、年龄和残疾状况分列\n"
      "的数据的收集和使用；\n\n"
      "大会第61/106号决议，附件一。\n"
      "A/HRC/49/52。\n"
      "见A/HRC/52/32和A/HRC/52/33。\n\n"
      "23-07234 (C)\n\f";
  const Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 3u);
  EXPECT_EQ(d.footnotes[0].text, "大会第61/106号决议，附件一。");
  EXPECT_EQ(d.footnotes[1].text, "A/HRC/49/52。");
  EXPECT_EQ(d.footnotes[2].text, "见A/HRC/52/32和A/HRC/52/33。");
  for (const Footnote& f : d.footnotes) EXPECT_EQ(f.refs.size(), 1u) << f.id;
}

// A PDF's text (pages parted by form feeds) whose wrapped lines are few
// among many short ones, as a budget fascicle's are among its headings and
// table cells (pdftotext -raw of the layout corpus's fascicle on Letter
// paper, wide margins: 14 of its 51 counted lines at the width): those lines
// each run on into the next mid-sentence, so the text is wrapped, and its
// paragraphs whole.
TEST(LayoutMore, FewWrappedLinesAmongShortOnesInPdfText) {
  const Document d =
      test::doc_of(test::read_file("tests/layouts-rest/report-budget-section-fascicle/01-raw.txt"));
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  bool found = false;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph && n.paragraph_number == 2)
      found = n.text.starts_with("行政司由司长办公室") && n.text.ends_with("并收回部分费用。");
  });
  EXPECT_TRUE(found);
}

}  // namespace undoc_test_layout_more_test
