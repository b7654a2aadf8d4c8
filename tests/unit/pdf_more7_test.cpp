// The PDF path and pdftotext's text on more of what UN pages set: an organ
// letter-spaced wider than an em in the masthead (a character a line in
// pdftotext's default mode), paragraph numbers set a little above their
// texts (all the numbers read first), paragraphs hanging 3.8 em in under
// their numbers' column, their spacing the only mark of their ends.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pdf_report_pages.hpp"
#include "test_util.hpp"
#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_pdf_more7_test {

using namespace undoc;

namespace {

using Word = test::PdfWord;
using test::parsed_pages;
using test::report_masthead;

bool in_masthead(const Document& d, const std::string& s) {
  return std::find(d.front_matter.masthead.begin(), d.front_matter.masthead.end(), s) != d.front_matter.masthead.end();
}

}  // namespace

// pdftotext's default mode over a masthead whose organ is set letter-spaced
// wider than an em ("安  全  理  事  会"): a character a line, blank lines
// between. The run spells the organ; the title below is the letter's, and
// every character is kept in the masthead as written.
TEST(PdfMore7, AnOrganLetterSpacedACharacterALineIsTheOrgan) {
  const Document d = test::doc_of(
      "S/2023/512\n\n联合国\n\n安\n\n全\n\n理\n\n事\n\n会\n\n"
      "Distr.: General\n12 July 2023\nChinese\nOriginal: English\n\n"
      "2023年7月10日秘书长给安全理事会主席的信\n"
      "谨提请你注意联合国马里多层面综合稳定团的任务期限将于2023年6月30日届\n"
      "满，安全理事会在第2640号决议中请我就此提出报告。\n"
      "请将本信及其附件作为安全理事会的文件分发为荷。\n");
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "安全理事会");
  ASSERT_TRUE(d.front_matter.title.has_value());
  EXPECT_EQ(*d.front_matter.title, "2023年7月10日秘书长给安全理事会主席的信");
  EXPECT_EQ(d.front_matter.date, "2023-07-12");
  for (const char* c : {"安", "全", "理", "事", "会"}) EXPECT_TRUE(in_masthead(d, c)) << c;
}

// The same of a report's "大  会": the organ, and the report's own title
// and kind's line below the session and agenda item.
TEST(PdfMore7, TheAssemblyLetterSpacedACharacterALineLeavesTheTitleInPlace) {
  const Document d = test::doc_of(
      "A/78/310\n\n联合国\n\n大\n\n会\n\n"
      "Distr.: General\n15 August 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n临时议程项目140\n联合国内部司法\n\n"
      "联合国内部司法系统的活动\n秘书长的报告\n"
      "一、导言\n"
      "1. 本报告根据大会第77/260号决议提交，介绍了2022年内部司法系统的运作情况。\n"
      "2. 报告涵盖争议法庭和上诉法庭的工作。\n");
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "大会");
  EXPECT_EQ(d.front_matter.title, "联合国内部司法系统的活动");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
  EXPECT_EQ(d.front_matter.session_number, 78);
  EXPECT_TRUE(in_masthead(d, "大"));
  EXPECT_TRUE(in_masthead(d, "会"));
  ASSERT_NE(test::numbered_paragraph(d, 1), nullptr);
}

// The organ's characters may come apart around the right column's lines
// (pdftotext reading "大" / Distr. … / "会"): still the organ, the lines
// between read as the masthead's, all kept in the masthead in order.
TEST(PdfMore7, AnOrgansCharactersAroundTheRightColumnAreTheOrgan) {
  const Document d = test::doc_of(
      "A/78/310\n\n联合国\n\n大\n\nDistr.: General\n15 August 2023\nChinese\nOriginal: English\n\n会\n\n"
      "第七十八届会议\n临时议程项目140\n联合国内部司法\n\n"
      "联合国内部司法系统的活动\n秘书长的报告\n"
      "一、导言\n"
      "1. 本报告根据大会第77/260号决议提交，介绍了2022年内部司法系统的运作情况。\n");
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "大会");
  EXPECT_EQ(d.front_matter.title, "联合国内部司法系统的活动");
  EXPECT_EQ(d.front_matter.distribution, "General");
  EXPECT_EQ(d.front_matter.date, "2023-08-15");
  EXPECT_EQ(d.front_matter.language_original, "English");
  const auto& m = d.front_matter.masthead;
  const auto da = std::find(m.begin(), m.end(), "大"), hui = std::find(m.begin(), m.end(), "会");
  ASSERT_NE(da, m.end());
  ASSERT_NE(hui, m.end());
  EXPECT_LT(da, hui);
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
}

// pdftotext's default mode, a column of paragraph numbers set a little above
// their texts' first lines: the numbers all first ("1." / "2."), then the
// texts. Each number takes its own text, parted where a sentence ends:
// no empty paragraph 1.
TEST(PdfMore7, NumbersReadBeforeTheirTextsTakeOneTextEach) {
  const Document d = test::doc_of(
      "第七十八届会议\n临时议程项目140\n联合国内部司法系统的活动\n秘书长的报告\n"
      "一、导言\n1.\n\n2.\n\n"
      "本报告根据大会第77/260号决议提交，介绍了2022年1月1日至12月3\n"
      "1日期间内部司法系统的运作情况以及各办公室为提高效率所采取的措施。\n"
      "报告涵盖争议法庭、上诉法庭、监察员和调解服务办公室、司法行政办公室以及工作\n"
      "人员法律援助办公室的工作。\n\n"
      "二、案件情况\n3.\n\n4.\n\n"
      "争议法庭收到的案件数量比上一年增加了百分之十二，法庭处理的案件数量也相应增\n"
      "加。\n"
      "两个法庭继续采用电子案件管理系统，并扩大了远程听讯的使用范围，以便利身处偏\n"
      "远工作地点的工作人员参与诉讼程序。\n");
  ASSERT_EQ(d.body.size(), 2u);
  for (long n = 1; n <= 4; ++n) ASSERT_NE(test::numbered_paragraph(d, n), nullptr) << n;
  EXPECT_TRUE(test::numbered_paragraph(d, 1)->text.starts_with("本报告根据"));
  EXPECT_TRUE(test::numbered_paragraph(d, 1)->text.ends_with("采取的措施。"));
  EXPECT_TRUE(test::numbered_paragraph(d, 2)->text.starts_with("报告涵盖"));
  EXPECT_TRUE(test::numbered_paragraph(d, 3)->text.starts_with("争议法庭"));
  EXPECT_TRUE(test::numbered_paragraph(d, 4)->text.starts_with("两个法庭"));
  EXPECT_EQ(d.body[0].children.size(), 2u);
  EXPECT_EQ(d.body[1].children.size(), 2u);
}

// The same in a resolution's operative part, carried over a page: "5." /
// "6." / the text of 5, its sub-items (a) (b) ending in "；", then the text
// of 6. Each number takes its own clause; a sub-item's "；" parts none.
TEST(PdfMore7, StackedNumbersTakeOperativeClausesPastTheirSubItems) {
  const Document d = test::doc_of(
      "大会，\n回顾其以往关于妇女参与发展的各项决议，\n"
      "1. 注意到秘书长的报告；\n\n"
      "2. 吁请各国在制定国家发展战略时顾及农村妇女的需要；\n\n"
      "3.\n\n4.\n\n"
      "敦促各国在设计和执行农业政策时：\n"
      "(a) 确保农村妇女平等获得土地、信贷和推广服务；\n"
      "(b) 支持农村妇女组织参与决策进程，并为其提供\n"
      "技术援助；\n"
      "鼓励联合国系统各实体加强对农村妇女经济赋权的支持，并在各自\n"
      "任务范围内收集按性别分列的数据；\n\n"
      "5. 请秘书长向大会第八十届会议报告本决议的执行情况。\n");
  for (long n = 1; n <= 5; ++n) ASSERT_NE(test::numbered_paragraph(d, n), nullptr) << n;
  EXPECT_TRUE(test::numbered_paragraph(d, 3)->text.starts_with("敦促各国"));
  EXPECT_TRUE(test::numbered_paragraph(d, 3)->text.ends_with("技术援助；"));
  EXPECT_TRUE(test::numbered_paragraph(d, 4)->text.starts_with("鼓励联合国"));
  EXPECT_TRUE(test::numbered_paragraph(d, 4)->text.ends_with("分列的数据；"));
}

#ifdef UNDOC_WITH_PDF

namespace {

// A paragraph's lines set from x, 14 pt apart, from y down; the y below it.
double set_lines(std::vector<Word>& w, double x, double y, const std::vector<std::string>& lines) {
  for (const auto& l : lines) {
    w.push_back({x, y, 10, false, l});
    y -= 14;
  }
  return y;
}

}  // namespace

// Unnumbered paragraphs hanging under the numbers' column, every line 3.8 em
// in from the margin where the numbers stand, 6 pt of spacing between
// paragraphs, no other mark: a paragraph whose last line runs to the width
// and ends in 。 ends there, as the spacing below it says.
TEST(PdfMore7, HangingParagraphsSpacingEndsAFullLastLine) {
  std::vector<Word> w = report_masthead();
  w.push_back({72, 580, 10, true, "一、导言"});
  w.push_back({72, 558, 10, false, "1."});
  double y = set_lines(w, 110, 558,
                       {"本报告根据大会第七十七届会议的请求提交，介绍了报告所述期间内部司法系统的运",
                        "作情况以及各办公室为提高效率所采取的措施和取得的成果。在此期间，各办公室继",
                        "续努力缩短处理时限。"}) - 6;
  w.push_back({72, y, 10, false, "2."});
  y = set_lines(w, 110, y,
                {"报告涵盖争议法庭、上诉法庭、监察员和调解服务办公室、司法行政办公室以及工作",
                 "人员法律援助办公室的工作，并介绍了各办公室的主要统计数字以及相互间的协作。"}) - 6;
  y = set_lines(w, 110, y,
                {"争议法庭收到的案件数量比上一年增加了百分之十二，法庭处理的案件数量也相应增",
                 "加，积压案件的数量有所下降，平均处理时间缩短到了十个月，低于上一年的水平。"}) - 6;
  set_lines(w, 110, y, {"两个法庭继续采用电子案件管理系统，并扩大了远程听讯的使用范围。"});
  const PdfText t = read_pdf(test::pdf_pages({w}, "SimSun"));
  const std::string s = to_utf8(t.text);
  // (the lines that open a paragraph below another's last stand below its spacing)
  size_t spaced = 0;
  for (const auto& g : t.lines) spaced += g.space_above;
  EXPECT_GE(spaced, 3u) << s;
  const Document d = parsed_pages({w});
  ASSERT_EQ(d.body.size(), 1u);
  const auto& kids = d.body[0].children;
  ASSERT_EQ(kids.size(), 4u);
  EXPECT_EQ(kids[1].paragraph_number, 2);
  EXPECT_TRUE(kids[1].text.ends_with("协作。"));
  EXPECT_FALSE(kids[2].paragraph_number.has_value());
  EXPECT_TRUE(kids[2].text.starts_with("争议法庭"));
  EXPECT_TRUE(kids[2].text.ends_with("水平。"));
  EXPECT_TRUE(kids[3].text.starts_with("两个法庭"));
}

#endif

}  // namespace undoc_test_pdf_more7_test
