// The PDF path on more of what Word and the UN's pipeline set on a page: a
// heading set in bold at the body's type right below the title block, and
// footnote markers raised in a table's cells. Small PDFs are made here,
// each word set where a page sets it, in a CJK font the file does not embed
// (Identity-H, its characters mapped back by a ToUnicode table).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pdf_report_pages.hpp"
#include "test_util.hpp"
#include "undoc/emit.hpp"
#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_pdf_more5_test {

using namespace undoc;

namespace {

using Word = test::PdfWord;
using test::parsed_pages;
using test::report_masthead;

std::string make_pages(const std::vector<std::vector<Word>>& pages) { return test::pdf_pages(pages, "SimSun"); }

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

// A marker raised in a table's cell ("刚果民主共和国" with a raised 3): taken out
// of the cell's text as a paragraph's is, kept in the table's footnote_refs
// with its cell and offset; the note links to it.
TEST(PdfMore5, AMarkerRaisedInATableCellIsTakenOutOfTheCell) {
  std::vector<Word> w = report_masthead();
  w.push_back({72, 582, 10, false, "1."});
  w.push_back({92, 582, 10, false, "下表列出了粮食不安全程度最高的若干国家。"});
  w.push_back({72, 556, 10, true, "国家"});
  w.push_back({250, 556, 10, true, "人口(百万)"});
  w.push_back({420, 556, 10, true, "主要原因"});
  w.push_back({72, 540, 10, false, "阿富汗"});
  w.push_back({250, 540, 10, false, "19.9"});
  w.push_back({420, 540, 10, false, "冲突"});
  w.push_back({72, 524, 10, false, "刚果民主共和国"});
  w.push_back({142, 527.5, 6.5, false, "3"});
  w.push_back({250, 524, 10, false, "26.4"});
  w.push_back({420, 524, 10, false, "冲突"});
  w.push_back({72, 508, 10, false, "也门"});
  w.push_back({250, 508, 10, false, "17.4"});
  w.push_back({420, 508, 10, false, "冲突"});
  w.push_back({72, 482, 10, false, "2."});
  w.push_back({92, 482, 10, false, "冲突各方经常以粮食设施为攻击目标。"});
  w.push_back({72, 120, 8, false, "3"});
  w.push_back({86, 120, 8, false, "包括北基伍省和伊图里省的估计数。"});
  w.push_back({72, 55, 8, false, "23-20871 (C)"});
  const Document d = parsed_pages({w});
  const auto tables = test::nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 1u);
  const Node& t = *tables[0];
  ASSERT_GE(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[2][0], "刚果民主共和国");
  ASSERT_EQ(t.footnote_refs.size(), 1u);
  EXPECT_EQ(t.footnote_refs[0].id, "3");
  EXPECT_EQ(t.footnote_refs[0].row, 2);
  EXPECT_EQ(t.footnote_refs[0].col, 0);
  EXPECT_EQ(t.footnote_refs[0].offset, 7);
  const Footnote* f = test::footnote(d, "3");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text, "包括北基伍省和伊图里省的估计数。");
  ASSERT_EQ(f->refs.size(), 1u);
  EXPECT_EQ(f->refs[0].in, "body");
  // (the JSON says so, and its tokens put the marker back in its cell)
  Options o;
  o.validate = false;
  o.tokens = true;
  const std::string json = render_json(convert(make_pages({w}), "t.pdf", o), false);
  EXPECT_NE(json.find(R"("footnote_refs":[{"id":"3","row":2,"col":0,"offset":7}])"), std::string::npos);
  EXPECT_NE(json.find(R"({"token":"3","kind":"footnote","offset":7,"sentence":0,"row":2,"col":0})"), std::string::npos);
}

// A number raised after a Latin letter in a cell is a unit's power, no
// marker: the cell keeps it ("面积(km²)").
TEST(PdfMore5, APowerInATableCellStaysInTheCell) {
  const Document d = test::doc_of(
      "1. 下表列出了各区域的面积。\n"
      "区域\t面积(km²)\t人口²\n"
      "东部\t1 200\t35\n"
      "西部\t980\t21\n"
      "2. 各区域的人口密度差异很大。\n"
      "² 2022年的估计数。\n");
  const auto tables = test::nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0]->rows[0][1], "面积(km²)");
  EXPECT_EQ(tables[0]->rows[0][2], "人口");
  ASSERT_EQ(tables[0]->footnote_refs.size(), 1u);
  EXPECT_EQ(tables[0]->footnote_refs[0].col, 2);
}

// A footnote that Word carried on to the next page's foot, broken at a
// sentence's end ("…的估计数。" / "分析涵盖…。"): the lines in the notes'
// type that open that page's foot, no label among them, go on with the last
// note of the page before, not with the body's last paragraph.
std::vector<std::vector<Word>> note_over_two_pages(const std::string& foot_text, bool rule = false) {
  std::vector<Word> one = report_masthead();
  one.push_back({72, 582, 10, false, "1."});
  one.push_back({92, 582, 10, false, "冲突局势下的粮食不安全人口估计数见下文"});
  one.push_back({282, 585.5, 6.5, false, "1"});
  one.push_back({285.5, 582, 10, false, "。"});
  one.push_back({72, 562, 10, false, "2."});
  one.push_back({92, 562, 10, false, "特别报告员举行了区域磋商。"});
  one.push_back({72, 120, 8, false, "1"});
  one.push_back({86, 120, 8, false, "包括北基伍省和伊图里省的估计数。估计数来自粮食不安全阶段综合分类的分析。"});
  one.push_back({72, 55, 8, false, "23-14567 (C)"});
  std::vector<Word> two = {{480, 800, 8, true, "A/78/310"}};
  two.push_back({72, 770, 10, false, "3."});
  two.push_back({92, 770, 10, false, "非国家武装团体控制领土时，也应对其行为承担责任。"});
  if (rule) two.push_back({72, 150, 8, false, "__________________"});  // (the notes' rule set as text)
  two.push_back({86, 135, 8, false, foot_text});
  two.push_back({72, 55, 8, false, "23-14567"});
  two.push_back({505, 55, 8, false, "2/4"});
  return {one, two};
}

// (with the notes' rule set as text above them too: it opens the foot, no note's line)
TEST(PdfMore5, ANoteBrokenAtASentencesEndGoesOnAtTheNextPagesFoot) {
  for (const bool rule : {false, true}) {
    SCOPED_TRACE(rule ? "below the notes' rule" : "no rule");
    const Document d = parsed_pages(note_over_two_pages("分析涵盖2022年下半年的情况，见www.ipcinfo.org。", rule));
    const Footnote* f = test::footnote(d, "1");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->text, "包括北基伍省和伊图里省的估计数。估计数来自粮食不安全阶段综合分类的分析。分析涵盖2022年下半年的情况，见www.ipcinfo.org。");
    const Node* p3 = test::numbered_paragraph(d, 3);
    ASSERT_NE(p3, nullptr);
    EXPECT_EQ(p3->text, "非国家武装团体控制领土时，也应对其行为承担责任。");
  }
}

// A table's source set small at the page's foot is no note's rest.
TEST(PdfMore5, ATablesSourceAtTheNextPagesFootIsNoNotesRest) {
  const Document d = parsed_pages(note_over_two_pages("资料来源：粮食不安全阶段综合分类。"));
  const Footnote* f = test::footnote(d, "1");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text, "包括北基伍省和伊图里省的估计数。估计数来自粮食不安全阶段综合分类的分析。");
}

#endif

}  // namespace undoc_test_pdf_more5_test
