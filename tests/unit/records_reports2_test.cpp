// Meeting records (General Assembly verbatim records, summary records) and
// reports with tables: the item's documents, the contents of a summary
// record, and the notes of a table.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace undoc_test_records_reports2_test {

namespace {

using undoc::Node;
using undoc::NodeKind;
using undoc::test::doc_of;
using undoc::test::nodes_of;

std::vector<const Node*> sections_of(const undoc::Document& d) { return nodes_of(d, NodeKind::Section); }

const Node* section_titled(const undoc::Document& d, const std::string& title) {
  for (const Node* n : sections_of(d))
    if (n->title == title) return n;
  return nullptr;
}

// A General Assembly verbatim record lists an item's documents below its
// heading, a line each ("秘书长的报告(A/78/1)" / "人权理事会的报告(A/78/53和
// A/78/53/Add.1)"), and a sub-item's below the sub-item: each document line a
// subhead, the second beside the first (not a paragraph of it), and a
// sub-item after its documents beside the sub-item above.
TEST(RecordsReports2, VerbatimRecordDocumentLinesInARowAreSiblings) {
  const std::string text =
      "联合国\tA/78/PV.45\n"
      "大会\t正式记录\n"
      "第七十八届会议\n"
      "第45次全体会议\n"
      "2023年11月20日星期一上午10时举行\n"
      "纽约\n"
      "主席：\t弗朗西斯先生\t(特立尼达和多巴哥)\n"
      "上午10时开会。\n"
      "议程项目69\n"
      "促进和保护人权\n"
      "秘书长的报告(A/78/1)\n"
      "人权理事会的报告(A/78/53和A/78/53/Add.1)\n"
      "主席(以英语发言)：各位成员记得，大会在2023年9月1日第2次全体会议上决定将本项目列入议程。\n"
      "瓦伦西亚先生(人权理事会主席)(以西班牙语发言)：我荣幸地向大会介绍人权理事会的年度报告。\n"
      "议程项目70\n"
      "消除种族主义、种族歧视、仇外心理和相关不容忍行为\n"
      "(a)\t消除种族主义、种族歧视、仇外心理和相关不容忍行为\n"
      "秘书长的说明(A/78/317)\n"
      "(b)\t全面执行和落实《德班宣言和行动纲领》\n"
      "秘书长的报告(A/78/319)\n"
      "主席(以英语发言)：我请古巴代表发言。\n"
      "上午11时50分散会。\n";
  const undoc::Document d = doc_of(text);
  const Node* first = section_titled(d, "秘书长的报告(A/78/1)");
  const Node* second = section_titled(d, "人权理事会的报告(A/78/53和A/78/53/Add.1)");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->level, 2);
  EXPECT_EQ(second->level, 2);
  EXPECT_TRUE(first->children.empty());
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) EXPECT_EQ(p->text.find("A/78/53和"), std::string::npos);
  // the sub-item's document under it, the next sub-item beside it
  const Node* note = section_titled(d, "秘书长的说明(A/78/317)");
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->level, 3);
  const Node* b = section_titled(d, "全面执行和落实《德班宣言和行动纲领》");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->number, "b");
  EXPECT_EQ(b->level, 2);
  const Node* report = section_titled(d, "秘书长的报告(A/78/319)");
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(report->level, 3);
  ASSERT_FALSE(report->children.empty());
  EXPECT_EQ(report->children.front().text, "主席(以英语发言)：我请古巴代表发言。");
  // a document line whose symbols wrapped onto the next line, its bracket
  // left open ("人权理事会的报告(A/78/53和" / "A/78/53/Add.1)"): one subhead
  std::string wrapped = text;
  const std::string whole = "人权理事会的报告(A/78/53和A/78/53/Add.1)\n";
  wrapped.replace(wrapped.find(whole), whole.size(), "人权理事会的报告(A/78/53和\nA/78/53/Add.1)\n");
  const undoc::Document w = doc_of(wrapped);
  const Node* joined = section_titled(w, "人权理事会的报告(A/78/53和A/78/53/Add.1)");
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(joined->level, 2);
  EXPECT_EQ(joined->lines.first, 12);
  EXPECT_EQ(joined->lines.last, 15);
}

// A treaty body's summary record lists in its contents the item that
// considers the States parties' reports and, set in below it, each report
// taken up ("审议缔约国…提交的报告(续)" / "<TAB>葡萄牙第五次定期报告(续)"): the
// reports a level below the item, in the contents and in the body, and the
// next item back at the first level; without the indent too, a State
// party's report under the item that considers reports.
TEST(RecordsReports2, SummaryRecordContentsNestTheReportsUnderTheirItem) {
  const std::string head =
      "联合国\tE/C.12/2023/SR.14\n"
      "经济及社会理事会\tDistr.: General\n"
      "\t2 March 2023\n"
      "经济、社会、文化权利委员会\n"
      "第七十三届会议\n"
      "第14次会议简要记录\n"
      "2023年2月22日星期三上午10时在日内瓦万国宫举行\n"
      "主席：\t阿卜杜勒-卡里姆女士(摩洛哥)\n"
      "目录\n"
      "审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n";
  const std::string rest =
      "委员会的组织事项\n"
      "本记录可以更正。\n"
      "上午10时宣布开会。\n"
      "审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n"
      "葡萄牙第五次定期报告(续)(E/C.12/PRT/5; E/C.12/PRT/Q/5)\n"
      "1. 应主席邀请，葡萄牙代表团在委员会议席就座。\n"
      "瓦尔德尼亚第三次定期报告\n"
      "2. 主席欢迎瓦尔德尼亚代表团。\n"
      "委员会的组织事项\n"
      "3. 主席说，委员会将在下次会议上通过其年度报告。\n"
      "中午12时55分散会。\n";
  for (const std::string set_in : {"\t", ""}) {
    SCOPED_TRACE(set_in.empty() ? "at the margin" : "set in");
    const undoc::Document d =
        doc_of(head + set_in + "葡萄牙第五次定期报告(续)\n" + set_in + "瓦尔德尼亚第三次定期报告\n" + rest);
    ASSERT_EQ(d.toc.entries.size(), 4u);
    EXPECT_EQ(d.toc.entries[0].level, 1);
    EXPECT_EQ(d.toc.entries[1].level, 2);
    EXPECT_EQ(d.toc.entries[2].level, 2);
    EXPECT_EQ(d.toc.entries[3].level, 1);
    const Node* item = section_titled(d, "审议缔约国根据《公约》第十六条和第十七条提交的报告(续)");
    const Node* second = section_titled(d, "瓦尔德尼亚第三次定期报告");
    const Node* next = section_titled(d, "委员会的组织事项");
    ASSERT_NE(item, nullptr);
    ASSERT_NE(second, nullptr);
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(item->level, 1);
    EXPECT_EQ(second->level, 2);
    EXPECT_EQ(next->level, 1);
    ASSERT_EQ(item->children.size(), 2u);
  }
}

// A report's table marks a cell with a letter after its figure ("505 123a")
// and sets the note below the table, the letter first ("a<TAB>包括…"): the
// notes are the table's footnotes, linked to the cells' lines, not rows of
// the table.
TEST(RecordsReports2, LetterMarkedTableNotesAreLinkedFootnotes) {
  const std::string text =
      "联合国\tA/78/305\n"
      "大会\tDistr.: General\n"
      "\t10 August 2023\n"
      "第七十八届会议\n"
      "议程项目137\n"
      "2024年拟议方案预算\n"
      "秘书长的报告\n"
      "一、导言\n"
      "1.\t本报告介绍2022年各维持和平特派团的支出情况，见下表1。\n"
      "表1\n"
      "按特派团分列的支出\n"
      "(千美元)\n"
      "特派团\t核定资源\t支出\t差异\n"
      "联合国驻黎巴嫩临时部队\t510 000\t505 123a\t4 877\n"
      "联合国南苏丹特派团\t1 120 000\t1 098 450\t21 550b\n"
      "共计\t1 630 000\t1 603 573\t26 427\n"
      "a\t包括前一期间的债务。\n"
      "b\t主要原因是直升机部署推迟。\n"
      "2.\t如表1所示，支出总额低于核定资源。\n";
  const undoc::Document d = doc_of(text);
  const std::vector<const Node*> tables = nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0]->rows.size(), 4u);
  EXPECT_EQ(tables[0]->rows.back().front(), "共计");
  EXPECT_EQ(tables[0]->lines.last, 16);
  const undoc::Footnote* a = undoc::test::footnote(d, "a");
  const undoc::Footnote* b = undoc::test::footnote(d, "b");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->text, "包括前一期间的债务。");
  EXPECT_EQ(a->lines.first, 17);
  ASSERT_EQ(a->refs.size(), 1u);
  EXPECT_EQ(a->refs[0].line, 14);
  EXPECT_EQ(a->refs[0].in, "body");
  ASSERT_EQ(b->refs.size(), 1u);
  EXPECT_EQ(b->refs[0].line, 15);
  // the same with the cells parted by spaces (pdftotext -layout): the notes,
  // paragraphs below the table there, are its footnotes too
  std::string spaced;
  for (char c : text) spaced += c == '\t' ? std::string("    ") : std::string(1, c);
  const undoc::Document l = doc_of(spaced);
  const undoc::Footnote* la = undoc::test::footnote(l, "a");
  ASSERT_NE(la, nullptr);
  EXPECT_EQ(la->text, "包括前一期间的债务。");
  ASSERT_EQ(la->refs.size(), 1u);
  EXPECT_EQ(la->refs[0].line, 14);
  for (const Node* p : nodes_of(l, NodeKind::Paragraph)) EXPECT_NE(p->text.substr(0, 1), "a") << p->text;
}

}  // namespace

}  // namespace undoc_test_records_reports2_test
