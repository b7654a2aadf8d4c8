// A table of contents with no numbers at all whose first row is labelled
// ("一. 导言", "A. …", "第一章 …", a compilation's "2023/8 …"), as a text
// exported without its page numbers, or typed without them, gives it: its
// rows run from 目录 down to the line where the body repeats its first row
// (the same label, its title as the row's, reworded a little, or on the line
// below the label), and are read as numbered rows are (label, number,
// level). With no such repeat below, nothing is taken for the list.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_toc_unnumbered_test {

using namespace undoc;
using test::doc_of;

namespace {

const std::string kHead =
    "联合国\tA/78/210\n"
    "大会\tDistr.: General\n"
    "20 July 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十八届会议\n"
    "临时议程项目 23\n"
    "消除贫穷和其他发展问题\n"
    "\n"
    "小农户抵御气候冲击的能力\n"
    "秘书长的报告\n"
    "\n";

const std::string kBody =
    "一. 导言\n"
    "1. 本报告是根据大会第77/178号决议提交的。\n"
    "2. 报告概述了会员国和联合国系统采取的措施。\n"
    "二. 主要结果\n"
    "A. 气候冲击和粮食安全\n"
    "3. 干旱和洪水对小农户生计的影响日益加剧。\n"
    "B. 投资和市场准入\n"
    "4. 公共和私人投资仍然不足。\n"
    "三. 结论和建议\n"
    "5. 会员国不妨考虑以下建议。\n"
    "附件\n"
    "会员国提交的资料\n"
    "阿根廷、巴西和中国提交了资料。\n";

std::vector<std::string> section_titles(const std::vector<Node>& nodes) {
  std::vector<std::string> out;
  for (const Node& n : nodes)
    if (n.kind == NodeKind::Section) {
      out.push_back(n.title);
      for (const std::string& t : section_titles(n.children)) out.push_back(t);
    }
  return out;
}

}  // namespace

// 一. / A. rows, nested, and an annex's row (its label, then its title below)
TEST(TocUnnumbered, ChineseNumeralFirstRowWithSectionsAndAnnex) {
  const std::string text = kHead +
                           "目录\n"
                           "一. 导言\n"
                           "二. 主要结果\n"
                           "A. 气候冲击和粮食安全\n"
                           "B. 投资和市场准入\n"
                           "三. 结论和建议\n"
                           "附件\n"
                           "会员国提交的资料\n" +
                           kBody;
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 6u);
  EXPECT_EQ(d.toc.entries[0].kind, "chapter");
  EXPECT_EQ(d.toc.entries[0].label, "一.");
  EXPECT_EQ(d.toc.entries[0].number, "一");
  EXPECT_EQ(d.toc.entries[0].title, "导言");
  EXPECT_EQ(d.toc.entries[0].level, 1);
  EXPECT_EQ(d.toc.entries[2].kind, "section");
  EXPECT_EQ(d.toc.entries[2].number, "A");
  EXPECT_EQ(d.toc.entries[2].level, 2);
  EXPECT_EQ(d.toc.entries[2].title, "气候冲击和粮食安全");
  EXPECT_EQ(d.toc.entries[4].number, "三");
  EXPECT_EQ(d.toc.entries[5].kind, "annex");
  EXPECT_EQ(d.toc.entries[5].title, "会员国提交的资料");
  EXPECT_FALSE(d.toc.entries[0].page);
  // the list ends at the body's first heading: the rows are no headings of the body
  ASSERT_EQ(d.body.size(), 3u);
  EXPECT_EQ(d.body[0].title, "导言");
  EXPECT_EQ(d.body[0].lines.first, d.toc.lines.last + 1);
  EXPECT_EQ(section_titles(d.body),
            (std::vector<std::string>{"导言", "主要结果", "气候冲击和粮食安全", "投资和市场准入", "结论和建议"}));
  ASSERT_EQ(d.annexes.size(), 1u);
  for (const Diagnostic& g : d.diagnostics) EXPECT_FALSE(g.code.starts_with("W-TOC")) << g.code << " " << g.message;
}

// the body rewords the first row's title a little (导言 / 引言): still its repeat;
// an annex's row with its label and title on one line (附件二 …) keeps both apart
TEST(TocUnnumbered, BodyRewordsTheFirstTitle) {
  std::string body = kBody;
  body.replace(body.find("一. 导言"), std::string("一. 导言").size(), "一. 引言");
  body.replace(body.find("附件\n会员国"), std::string("附件\n").size(), "附件一\n");
  body += "附件二\n参与集群办法的组织\n粮农组织和粮食署参加了集群。\n";
  const std::string text = kHead +
                           "目录\n"
                           "一、导言\n"
                           "二、主要结果\n"
                           "A. 气候冲击和粮食安全\n"
                           "B. 投资和市场准入\n"
                           "三、结论和建议\n"
                           "附件一 会员国提交的资料\n"
                           "附件二 参与集群办法的组织\n" +
                           body;
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 7u);
  EXPECT_EQ(d.toc.entries[0].title, "导言");
  EXPECT_EQ(d.toc.entries[0].label, "一、");
  EXPECT_EQ(d.toc.entries[6].kind, "annex");
  EXPECT_EQ(d.toc.entries[6].label, "附件二");
  EXPECT_EQ(d.toc.entries[6].number, "二");
  EXPECT_EQ(d.toc.entries[6].title, "参与集群办法的组织");
  ASSERT_EQ(d.body.size(), 3u);
  EXPECT_EQ(d.body[0].title, "引言");
  ASSERT_EQ(d.annexes.size(), 2u);
}

// A. rows first (a report's sections without chapters), under the column head
// the export kept without its column
TEST(TocUnnumbered, LatinLetterFirstRow) {
  const std::string text = kHead +
                           "目录\n"
                           "\t页次\n"
                           "A. 气候冲击和粮食安全\n"
                           "B. 投资和市场准入\n"
                           "C. 结论\n"
                           "A. 气候冲击和粮食安全\n"
                           "1. 干旱和洪水对小农户生计的影响日益加剧。\n"
                           "B. 投资和市场准入\n"
                           "2. 公共和私人投资仍然不足。\n"
                           "C. 结论\n"
                           "3. 会员国不妨考虑以下建议。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[0].kind, "section");
  EXPECT_EQ(d.toc.entries[0].number, "A");
  EXPECT_EQ(d.toc.entries[2].title, "结论");
  EXPECT_EQ(section_titles(d.body), (std::vector<std::string>{"气候冲击和粮食安全", "投资和市场准入", "结论"}));
}

// 第一章 rows, A. under them, a row whose title runs onto the line below (it
// stops mid-phrase, "…的"); the body sets its chapter's label alone, its title below
TEST(TocUnnumbered, ChapterRowsAndTheBodysLabelAlone) {
  const std::string text = kHead +
                           "目录\n"
                           "第一章 提请经济及社会理事会注意的\n"
                           "事项\n"
                           "A. 决议草案\n"
                           "B. 决定草案\n"
                           "第二章 会议安排\n"
                           "A. 会议开幕和会期\n"
                           "第一章\n"
                           "提请经济及社会理事会注意的事项\n"
                           "A. 决议草案\n"
                           "1. 委员会建议理事会通过以下决议草案。\n"
                           "B. 决定草案\n"
                           "2. 委员会建议理事会通过以下决定草案。\n"
                           "第二章\n"
                           "会议安排\n"
                           "A. 会议开幕和会期\n"
                           "3. 委员会于2023年2月6日至15日举行了第六十一届会议。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 5u);
  EXPECT_EQ(d.toc.entries[0].kind, "chapter");
  EXPECT_EQ(d.toc.entries[0].label, "第一章");
  EXPECT_EQ(d.toc.entries[0].number, "第一章");  // (as a row with its page reads it, and the body's heading)
  EXPECT_EQ(d.toc.entries[0].title, "提请经济及社会理事会注意的事项");
  EXPECT_EQ(d.toc.entries[1].level, 2);
  EXPECT_EQ(d.toc.entries[3].number, "第二章");
  EXPECT_EQ(d.toc.entries[4].kind, "section");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].title, "提请经济及社会理事会注意的事项");
  EXPECT_EQ(d.body[1].title, "会议安排");
  EXPECT_EQ(d.body[0].number, d.toc.entries[0].number);
}

// a compilation's rows, each decision's number in a cell of its own
TEST(TocUnnumbered, CompilationRows) {
  const std::string text =
      "联合国\tE/ICEF/2023/17\n"
      "经济及社会理事会\tDistr.: General\n"
      "20 June 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "执行局2023年年度会议通过的决定汇编\n"
      "\n"
      "目录\n"
      "2023/8\t执行主任2022年年度报告\n"
      "2023/9\t儿基会评价职能年度报告\n"
      "2023/10\t国家方案文件\n"
      "2023/8. 执行主任2022年年度报告\n"
      "执行局\n"
      "(a) 注意到执行主任2022年年度报告；\n"
      "2023/9. 儿基会评价职能年度报告\n"
      "执行局\n"
      "(a) 注意到该报告；\n"
      "2023/10. 国家方案文件\n"
      "执行局\n"
      "(a) 核准国家方案文件。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[0].number, "2023/8");
  EXPECT_EQ(d.toc.entries[0].title, "执行主任2022年年度报告");
  EXPECT_EQ(d.toc.entries[2].number, "2023/10");
}

// no repeat of the first row below: the lines under 目录 are no list, and the
// body is not eaten
TEST(TocUnnumbered, NoRepeatTakesNothing) {
  const std::string text = kHead +
                           "目录\n"
                           "一. 背景\n"
                           "二. 结果\n"
                           "三. 建议\n"
                           "1. 本报告是根据大会第77/178号决议提交的。\n"
                           "2. 报告概述了会员国和联合国系统采取的措施。\n"
                           "3. 会员国不妨考虑以下建议。\n";
  const Document d = doc_of(text);
  EXPECT_TRUE(d.toc.entries.empty());
  size_t paragraphs = 0;
  std::function<void(const std::vector<Node>&)> count = [&](const std::vector<Node>& nodes) {
    for (const Node& n : nodes) {
      paragraphs += n.kind == NodeKind::Paragraph && n.paragraph_number;
      count(n.children);
    }
  };
  count(d.body);
  EXPECT_EQ(paragraphs, 3u);
}

// no 目录: nothing changes, the chapters are the body's
TEST(TocUnnumbered, NoTocHeadingNoList) {
  const Document d = doc_of(kHead + kBody);
  EXPECT_FALSE(d.toc.present);
  EXPECT_TRUE(d.toc.entries.empty());
  EXPECT_EQ(section_titles(d.body),
            (std::vector<std::string>{"导言", "主要结果", "气候冲击和粮食安全", "投资和市场准入", "结论和建议"}));
}

}  // namespace undoc_test_toc_unnumbered_test
