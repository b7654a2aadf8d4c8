// An annex set inside a chapter: a conference's report adopts its
// resolutions in its first chapter, a declaration annexed to one of them,
// and then takes up its second chapter (出席情况和工作安排). The body goes on
// at the chapter next in its sequence; the annex is one of the annexes; the
// report's paragraphs, numbered from 1 in that chapter, are not the
// resolution's again.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_annex_inside_test {

using namespace undoc;

namespace {

std::string report(const std::string& second_chapter) {
  return "联合国\tA/CONF.243/9\n"
         "大会\tDistr.: General\n"
         "18 July 2025\n"
         "Chinese\n"
         "Original: English\n"
         "\n"
         "联合国旱地与粮食安全会议的报告\n"
         "\n"
         "第一章\n"
         "会议通过的决议\n"
         "\n"
         "决议1\n"
         "乌兰巴托旱地与粮食安全承诺\n"
         "\n"
         "联合国旱地与粮食安全会议，\n"
         "于2025年6月10日至13日在乌兰巴托举行，\n"
         "1. 通过本决议附件所载《乌兰巴托旱地与粮食安全承诺》；\n"
         "2. 向蒙古国政府和人民表示感谢。\n"
         "\n"
         "附件\n"
         "乌兰巴托旱地与粮食安全承诺\n"
         "\n"
         "1. 重申我们决心实现消除饥饿的目标；\n"
         "2. 承诺到2030年恢复至少1亿公顷退化的旱地。\n"
         "\n" +
         second_chapter +
         "\n"
         "A. 会议日期和地点\n"
         "\n"
         "1. 会议于2025年6月10日至13日在乌兰巴托举行。\n"
         "2. 会议期间举行了8次全体会议。\n"
         "\n"
         "第三章\n"
         "一般性辩论\n"
         "\n"
         "3. 会议在第1次至第6次全体会议上进行了一般性辩论。\n";
}

}  // namespace

TEST(AnnexInside, BodyGoesOnAtTheNextChapter) {
  const Document d = test::doc_of(report("第二章\n出席情况和工作安排\n"));
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "乌兰巴托旱地与粮食安全承诺");
  std::vector<std::string> chapters;
  for (const Node& n : d.body)
    if (n.kind == NodeKind::Section && n.section_kind == "chapter") chapters.push_back(n.number.value_or(""));
  EXPECT_EQ(chapters, (std::vector<std::string>{"第一章", "第二章", "第三章"}));
  // (the annex's paragraphs stay the annex's)
  int annex_numbered = 0;
  walk(d.annexes[0].children, [&](const Node& n) { annex_numbered += n.paragraph_number.has_value(); });
  EXPECT_EQ(annex_numbered, 2);
  // (validated: the report's paragraphs from 1 are not the resolution's 1 and 2 again)
  Options o;
  const Document v = convert(report("第二章\n出席情况和工作安排\n"), "t.txt", o);
  for (const auto& g : v.diagnostics) EXPECT_NE(g.code, "E-PARA-DUP") << g.message;
}

// (an annex with chapters of its own keeps them: its 二. follows its own 一.)
TEST(AnnexInside, AnnexsOwnChaptersStayInIt) {
  const std::string text =
      "联合国\tA/78/100\n"
      "大会\tDistr.: General\n"
      "1 June 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "某某问题\n"
      "秘书长的说明\n"
      "\n"
      "一. 导言\n"
      "\n"
      "1. 秘书长谨转递工作组的报告。\n"
      "\n"
      "附件\n"
      "工作组的报告\n"
      "\n"
      "一. 导言\n"
      "\n"
      "1. 工作组举行了三次会议。\n"
      "\n"
      "二. 建议\n"
      "\n"
      "2. 工作组建议大会注意到本报告。\n";
  const Document d = test::doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  size_t body_chapters = 0;
  for (const Node& n : d.body) body_chapters += n.kind == NodeKind::Section;
  EXPECT_EQ(body_chapters, 1u);
}

}  // namespace undoc_test_annex_inside_test
