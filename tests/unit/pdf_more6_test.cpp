// The PDF path and pdftotext's text on more of what UN pages set: a heading
// set in bold that wraps onto a second bold line, paragraph numbers set a
// column apart from their text, table notes lettered alike in two tables.
// Small PDFs are made here, each word set where a page sets it, in a CJK
// font the file does not embed (Identity-H, mapped back by a ToUnicode table).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "pdf_report_pages.hpp"
#include "test_util.hpp"
#include "undoc/emit.hpp"
#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"
#include "undoc/validate.hpp"

namespace undoc_test_pdf_more6_test {

using namespace undoc;

namespace {

using Word = test::PdfWord;
using test::parsed_pages;
using test::report_masthead;

}  // namespace

// pdftotext's default mode, the paragraph numbers set a column apart from
// their text and read after it, each on a line of its own ("…措施。" / "1." /
// "报告涵盖…" / "2." / "二、…"): each number is its text's above, and the
// section's first paragraph is paragraph 1, not an unnumbered one.
TEST(PdfMore6, NumbersReadAfterTheirTextNumberTheTextAbove) {
  const Document d = test::doc_of(
      "第七十八届会议\n临时议程项目140\n联合国内部司法系统的活动\n秘书长的报告\n"
      "一、导言\n"
      "本报告根据大会第77/260号决议提交，介绍了2022年1月1日至12月3\n"
      "1日期间内部司法系统的运作情况以及各办公室为提高效率所采取的措施。\n\n1.\n\n"
      "报告涵盖争议法庭、上诉法庭、监察员和调解服务办公室、司法行政办公室以及工作\n"
      "人员法律援助办公室的工作。\n\n2.\n\n"
      "二、案件情况\n"
      "争议法庭收到的案件数量比上一年增加了百分之十二，法庭处理的案件数量也相应增\n"
      "加。\n\n3.\n\n"
      "两个法庭继续采用电子案件管理系统，并扩大了远程听讯的使用范围，以便利身处偏\n"
      "远工作地点的工作人员参与诉讼程序。\n\n4.\n");
  ASSERT_EQ(d.body.size(), 2u);
  for (long n = 1; n <= 4; ++n) ASSERT_NE(test::numbered_paragraph(d, n), nullptr) << n;
  EXPECT_TRUE(test::numbered_paragraph(d, 1)->text.starts_with("本报告根据"));
  EXPECT_EQ(test::numbered_paragraph(d, 1)->label, "1.");
  EXPECT_TRUE(test::numbered_paragraph(d, 2)->text.starts_with("报告涵盖"));
  EXPECT_TRUE(test::numbered_paragraph(d, 3)->text.starts_with("争议法庭"));
  EXPECT_TRUE(test::numbered_paragraph(d, 4)->text.ends_with("诉讼程序。"));
  ASSERT_EQ(d.body[0].children.size(), 2u);
  ASSERT_EQ(d.body[1].children.size(), 2u);
  EXPECT_EQ(d.body[1].children[0].paragraph_number, 3);
}

// Two tables that both letter their notes "a", "b": four footnotes, each
// with an id of its own ("a", "b", then "a-2", "b-2"), each keeping its
// marker as written, each linked to its own table's line.
TEST(PdfMore6, TableNotesLetteredAlikeInTwoTablesHaveUniqueIds) {
  const Document d = test::doc_of(
      "第七十八届会议\n议程项目140\n联合国内部司法系统的活动\n秘书长的报告\n一、案件统计\n"
      "1. 下表列出2022年争议法庭收到和处理的案件数量。\n表1\n争议法庭的案件\n"
      "类别\t收到\t处理\n纽约a\t120\t98\n日内瓦b\t85\t80\n"
      "a 包括从其他工作地点移交的案件。\nb 不包括撤回的案件。\n"
      "2. 下表列出上诉法庭的案件数量。\n表2\n上诉法庭的案件\n"
      "类别\t收到\t处理\n上诉a\t60\t55\n申请b\t12\t10\n"
      "a 包括工作人员提出的上诉。\nb 包括请求修订判决的申请。\n"
      "3. 两个法庭处理案件的速度有所提高。\n");
  ASSERT_EQ(d.footnotes.size(), 4u);
  std::set<std::string> ids;
  for (const Footnote& f : d.footnotes) ids.insert(f.id);
  EXPECT_EQ(ids.size(), 4u);
  EXPECT_EQ(d.footnotes[0].id, "a");
  EXPECT_EQ(d.footnotes[0].marker, "a");
  EXPECT_EQ(d.footnotes[2].id, "a-2");
  EXPECT_EQ(d.footnotes[2].marker, "a");
  EXPECT_EQ(d.footnotes[2].text, "包括工作人员提出的上诉。");
  EXPECT_EQ(d.footnotes[3].id, "b-2");
  EXPECT_EQ(d.footnotes[3].marker, "b");
  ASSERT_EQ(d.footnotes[2].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[2].refs[0].line, 18);
  EXPECT_EQ(d.footnotes[0].refs[0].line, 10);
}

// An annex that numbers its footnotes from 1 again: the annex's note 1 is
// "1-2", and the marker in the annex's paragraph links to it by that id,
// the body's marker to the body's note "1".
TEST(PdfMore6, AnAnnexsFootnoteOneAgainHasItsOwnIdAndItsMarkerFollows) {
  const Document d = test::doc_of(
      "第七十八届会议\n议程项目140\n联合国内部司法系统的活动\n秘书长的报告\n"
      "1. 大会在第77/260号决议中请秘书长提交本报告。¹\n"
      "2. 本报告介绍了内部司法系统的运作情况。\n"
      "¹ 见A/77/150。\n"
      "附件\n争议法庭的统计数据\n"
      "1. 争议法庭在2022年收到了三百件案件。¹\n"
      "¹ 见A/77/151。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].id, "1");
  EXPECT_EQ(d.footnotes[1].id, "1-2");
  EXPECT_EQ(d.footnotes[1].marker, "1");
  const Node* p = test::numbered_paragraph(d, 1);
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->footnote_refs.size(), 1u);
  EXPECT_EQ(p->footnote_refs[0].id, "1");
  ASSERT_EQ(d.annexes.size(), 1u);
  ASSERT_FALSE(d.annexes[0].children.empty());
  const Node& q = d.annexes[0].children.back();
  ASSERT_EQ(q.footnote_refs.size(), 1u);
  EXPECT_EQ(q.footnote_refs[0].id, "1-2");
  const auto v = validate(d);
  EXPECT_TRUE(std::none_of(v.begin(), v.end(), [](const Diagnostic& x) { return x.code == "E-FN-ORDER"; }));
}

#ifdef UNDOC_WITH_PDF

// A bold heading too long for a line, wrapped onto a second bold line set
// right below it (no paragraph's spacing): one heading, its title both
// lines, whether it opens the body below the kind's line or stands between
// paragraphs; a bold heading of one line beside them stays one.
TEST(PdfMore6, ABoldHeadingWrappedOverTwoLinesIsOneHeading) {
  std::vector<Word> w = report_masthead();
  w.push_back({110, 580, 10, true, "联合国内部司法系统各组成部分在报告所述期间开展的"});
  w.push_back({110, 566, 10, true, "主要活动和取得的成果"});
  w.push_back({72, 544, 10, false, "1."});
  w.push_back({110, 544, 10, false, "本报告根据大会第77/260号决议提交，介绍了2022年内部司法系统各组成部分的运作"});
  w.push_back({110, 530, 10, false, "情况。"});
  w.push_back({110, 510, 10, true, "案件管理"});
  w.push_back({72, 488, 10, false, "2."});
  w.push_back({110, 488, 10, false, "争议法庭收到的案件数量比上一年增加了百分之十二，法庭处理和结案的案件数量也"});
  w.push_back({110, 474, 10, false, "相应增加。"});
  w.push_back({110, 452, 10, true, "联合国争议法庭和上诉法庭在案件审理方面采取的提高"});
  w.push_back({110, 438, 10, true, "效率措施"});
  w.push_back({72, 416, 10, false, "3."});
  w.push_back({110, 416, 10, false, "两个法庭继续采用电子案件管理系统，并扩大了远程听讯的使用范围。"});
  const Document d = parsed_pages({w});
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 3u);
  EXPECT_EQ(d.body[0].title, "联合国内部司法系统各组成部分在报告所述期间开展的主要活动和取得的成果");
  ASSERT_EQ(d.body[0].children.size(), 1u);
  EXPECT_EQ(d.body[0].children[0].paragraph_number, 1);
  EXPECT_EQ(d.body[1].title, "案件管理");
  EXPECT_EQ(d.body[2].title, "联合国争议法庭和上诉法庭在案件审理方面采取的提高效率措施");
  ASSERT_EQ(d.body[2].children.size(), 1u);
  EXPECT_EQ(d.body[2].children[0].paragraph_number, 3);
  EXPECT_EQ(d.body[2].level, d.body[1].level);
}

#endif

}  // namespace undoc_test_pdf_more6_test
