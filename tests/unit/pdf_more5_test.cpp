// The PDF path on more of what Word and the UN's pipeline set on a page: a
// heading set in bold at the body's type right below the title block, and
// footnote markers raised in a table's cells. Small PDFs are made here,
// each word set where a page sets it, in a CJK font the file does not embed
// (Identity-H, its characters mapped back by a ToUnicode table).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using Word = test::PdfWord;

std::string make_pages(const std::vector<std::vector<Word>>& pages) { return test::pdf_pages(pages, "SimSun"); }

Document parsed_pages(const std::vector<std::vector<Word>>& pages) {
  Options o;
  o.validate = false;
  Document d = convert(make_pages(pages), "t.pdf", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

// A report's first page: 联合国 and the symbol, the organ set large beside
// the right column's Distr., date and languages; the session, the agenda
// item, its title, the report's title set large and its kind's line.
std::vector<Word> report_masthead() {
  return {{72, 790, 13, true, "联合国"},         {440, 790, 14, false, "A/78/310"},
          {110, 742, 22, true, "大  会"},        {403, 756, 10, false, "Distr.: General"},
          {403, 744, 10, false, "15 August 2023"}, {403, 732, 10, false, "Chinese"},
          {403, 720, 10, false, "Original: English"}, {72, 686, 10, true, "第七十八届会议"},
          {72, 672, 10, false, "临时议程项目140"},  {72, 658, 10, true, "联合国内部司法"},
          {110, 628, 13, true, "联合国内部司法系统的活动"}, {110, 608, 10, true, "秘书长的报告"}};
}

}  // namespace

#ifdef UNDOC_WITH_PDF

// A heading set in bold at the body's type below the report's kind's line,
// right over paragraph 1 ("秘书长的报告" / "背景" / "1. …"): the body's first
// section, its paragraphs under it, not a paragraph of the front matter.
TEST(PdfMore5, ABoldHeadingBelowTheKindsLineOpensTheBody) {
  std::vector<Word> w = report_masthead();
  w.push_back({72, 582, 10, true, "背景"});
  w.push_back({72, 562, 10, false, "1."});
  w.push_back({92, 562, 10, false, "本报告根据大会第77/260号决议提交，介绍了2022年内部司法系统的运作情况。"});
  w.push_back({72, 542, 10, false, "2."});
  w.push_back({92, 542, 10, false, "报告涵盖争议法庭、上诉法庭和监察员办公室的工作。"});
  w.push_back({72, 516, 10, true, "案件统计"});
  w.push_back({72, 496, 10, false, "3."});
  w.push_back({92, 496, 10, false, "争议法庭收到的案件数量比上一年增加了百分之十二。"});
  const Document d = parsed_pages({w});
  EXPECT_EQ(d.front_matter.subtitle.value_or(""), "秘书长的报告");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_GE(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].kind, NodeKind::Section);
  EXPECT_EQ(d.body[0].title, "背景");
  ASSERT_EQ(d.body[0].children.size(), 2u);
  EXPECT_EQ(d.body[0].children[0].paragraph_number, 1);
  EXPECT_EQ(d.body[1].title, "案件统计");
}

// An addendum's mark set in bold below the title block, over paragraph 1
// ("秘书长的报告" / "增编" / "1. …"), is the masthead's note, no heading.
TEST(PdfMore5, ABoldAddendumMarkBelowTheKindsLineIsNoHeading) {
  std::vector<Word> w = report_masthead();
  w.push_back({72, 582, 10, true, "增编"});
  w.push_back({72, 562, 10, false, "1."});
  w.push_back({92, 562, 10, false, "本增编载有争议法庭在2022年收到的案件的补充资料。"});
  const Document d = parsed_pages({w});
  EXPECT_EQ(d.front_matter.subtitle.value_or(""), "秘书长的报告");
  for (const Node& n : d.body) EXPECT_NE(n.title, "增编");
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "增编"), notes.end());
}

#endif
