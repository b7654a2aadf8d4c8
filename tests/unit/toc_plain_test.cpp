// A table of contents with no numbers at all (the page column left out, as
// a text copied from a document's web page or exported without its page
// numbers gives it): its rows are the lines under 目录 (and its column
// head) down to the line where the body repeats its first row; a row with
// no label that the body repeats as a whole line is a heading there, even
// with no blank line between it and the paragraph below (pdftotext).
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_toc_plain_test {

using namespace undoc;
using test::doc_of;

namespace {

const std::string kHead =
    "联合国\tA/78/6 (Sect. 29E)\n"
    "大会\tDistr.: General\n"
    "12 April 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十八届会议\n"
    "议程项目139\n"
    "2024年拟议方案预算\n"
    "\n";

}  // namespace

TEST(TocPlain, RowsDownToTheRepeatOfTheFirst) {
  const std::string text = kHead +
                           "目录\n"
                           "段次\n"
                           "前言\n"
                           "A. 2024年拟议方案计划和2022年方案执行情况\n"
                           "B. 2024年拟议员额和非员额所需资源\n"
                           "附件\n"
                           "咨询和监督机构相关建议后续行动摘要\n"
                           "前言\n"
                           "2022年，日内瓦办事处行政司在工作人员大部分恢复现场办公的同时，保留了大流行期间采用的灵活\n"
                           "工作安排和数字化流程。\n"
                           "A. 2024年拟议方案计划和2022年方案执行情况\n"
                           "29E.1 行政司负责提供人力资源管理、财务和预算管理服务。\n"
                           "B. 2024年拟议员额和非员额所需资源\n"
                           "29E.2 拟议资源共计7 500万美元。\n"
                           "附件\n"
                           "咨询和监督机构相关建议后续行动摘要\n"
                           "审计委员会建议加强对临时任用的监测。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 4u);
  EXPECT_EQ(d.toc.entries[0].title, "前言");
  EXPECT_EQ(d.toc.entries[1].number, "A");
  EXPECT_EQ(d.toc.entries[3].kind, "annex");
  EXPECT_EQ(d.toc.entries[3].title, "咨询和监督机构相关建议后续行动摘要");
  // 前言 in the body: a heading over its paragraph, not run into it
  ASSERT_FALSE(d.body.empty());
  EXPECT_EQ(d.body.front().kind, NodeKind::Section);
  EXPECT_EQ(d.body.front().title, "前言");
  ASSERT_FALSE(d.body.front().children.empty());
  EXPECT_TRUE(d.body.front().children.front().text.starts_with("2022年"));
  ASSERT_EQ(d.annexes.size(), 1u);
}

// (no repeat of the first line below: no TOC made up of the lines under 目录)
TEST(TocPlain, NoRepeatNoRows) {
  const std::string text = kHead +
                           "目录\n"
                           "前言\n"
                           "一些说明文字\n"
                           "其他文字\n"
                           "更多文字\n";
  const Document d = doc_of(text);
  EXPECT_TRUE(d.toc.entries.empty());
}

}  // namespace undoc_test_toc_plain_test
