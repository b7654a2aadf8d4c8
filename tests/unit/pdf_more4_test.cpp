// The PDF path on page layouts of more kinds of UN documents: a masthead
// whose organ (or a treaty body's convention) is set large beside the
// right column's lines, and a verbatim record's page set in two columns,
// whose lines are measured against their own column. Small PDFs are made
// here, each word set where a page sets it, in a CJK font the file does not
// embed (Identity-H, its characters mapped back by a ToUnicode table).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "test_util.hpp"
#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_pdf_more4_test {

using namespace undoc;

namespace {

using Word = test::PdfWord;

std::string make_pages(const std::vector<std::vector<Word>>& pages) { return test::pdf_pages(pages, "SimSun"); }
std::string make_pdf(const std::vector<Word>& words) { return make_pages({words}); }

Document parsed(const std::vector<Word>& words) {
  Options o;
  o.validate = false;
  Document d = convert(make_pdf(words), "t.pdf", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

std::string text_of(const std::vector<Word>& words) { return to_utf8(read_pdf(make_pdf(words)).text); }

// A summary record's masthead: 联合国 and the symbol, then the treaty's
// name (or an organ) set large at the left, beside the right column's
// Distr., date and languages, a line each, 12 pt apart; then the
// committee, its session and the record's title.
std::vector<Word> record_masthead(const std::string& organ) {
  return {{72, 770, 13, true, "联合国"},
          {242, 770, 14, false, "CRC/C/SR.2701"},
          {112, 730, 22, true, organ},
          {403, 742, 10, false, "Distr.: General"},
          {403, 730, 10, false, "25 May 2023"},
          {403, 718, 10, false, "Chinese"},
          {403, 706, 10, false, "Original: English"},
          {72, 670, 10.5, true, "儿童权利委员会"},
          {72, 653, 10.5, false, "第九十三届会议"},
          {72, 628, 13, true, "第2701次会议简要记录"},
          {72, 608, 10.5, false, "2023年5月17日星期三上午10时在日内瓦万国宫举行"},
          {72, 585, 10.5, false, "上午10时宣布开会。"},
          {72, 560, 10.5, false, "1. 赫格女士(挪威)说，挪威政府高度重视儿童权利，已将《儿童权利公约》纳入国内法。"}};
}

}  // namespace

#ifdef UNDOC_WITH_PDF

// The right column's lines below Distr. stand beside the organ's large type,
// within its height: they are lines of their own, not Distr.'s cell wrapped
// (a row whose type sizes differ so is no table's row).
TEST(PdfMore4, AMastheadsLargeOrganLeavesTheRightColumnsLinesApart) {
  const std::string text = text_of(record_masthead("儿童权利公约"));
  EXPECT_NE(text.find("Distr.: General\n25 May 2023\nChinese\n"), std::string::npos) << text;
  const Document d = parsed(record_masthead("儿童权利公约"));
  const FrontMatter& fm = d.front_matter;
  EXPECT_EQ(fm.distribution.value_or(""), "General");
  EXPECT_EQ(fm.date.value_or(""), "2023-05-25");
  EXPECT_EQ(fm.date_text.value_or(""), "25 May 2023");
  EXPECT_EQ(fm.language_this.value_or(""), "Chinese");
  EXPECT_EQ(fm.language_original.value_or(""), "English");
  // (the convention's name kept, with the notes)
  EXPECT_NE(std::find(fm.notes.begin(), fm.notes.end(), "儿童权利公约"), fm.notes.end());
}

TEST(PdfMore4, AMastheadsLargeKnownOrganReadsAsBefore) {
  const Document d = parsed(record_masthead("大  会"));
  EXPECT_EQ(d.front_matter.organ.value_or(""), "大会");
  EXPECT_EQ(d.front_matter.distribution.value_or(""), "General");
  EXPECT_EQ(d.front_matter.date.value_or(""), "2023-05-25");
  EXPECT_EQ(d.front_matter.language_this.value_or(""), "Chinese");
}

// A table's rows in one type size still take their cells' wrapped lines.
TEST(PdfMore4, ATablesRowInOneSizeStillTakesItsWrappedCell) {
  std::vector<Word> w = record_masthead("大  会");
  w.push_back({72, 500, 10.5, true, "区域"});
  w.push_back({250, 500, 10.5, true, "说明"});
  w.push_back({72, 482, 10.5, false, "西部和中部非洲"});
  w.push_back({250, 482, 10.5, false, "包括在埃塞俄比亚和乌干达新登记的"});
  w.push_back({250, 469, 10.5, false, "儿童"});
  w.push_back({72, 451, 10.5, false, "亚洲及太平洋"});
  w.push_back({250, 451, 10.5, false, "主要为阿富汗儿童"});
  w.push_back({72, 433, 10.5, false, "欧洲"});
  w.push_back({250, 433, 10.5, false, "包括从乌克兰逃离的儿童"});
  const std::string text = text_of(w);
  EXPECT_NE(text.find("西部和中部非洲\t包括在埃塞俄比亚和乌干达新登记的儿童\n"), std::string::npos) << text;
}

// A verbatim record's page in two columns: the lines of each column are
// measured against that column's margins. A speech that runs from the foot
// of the left column on to the top of the right one goes on there (its
// lines set full to their column's edge, not short of the page's right
// margin), and a heading centred in its column reads as centred.
std::vector<Word> two_column_page(bool short_right = false) {
  std::vector<Word> w = {{60, 790, 13, true, "联合国"},   {230, 790, 14, false, "A/78/PV.12"},
                         {60, 760, 10, true, "第七十八届会议"}, {60, 745, 10, true, "第12次全体会议"},
                         {60, 730, 10, false, "2023年9月22日星期五上午9时在纽约举行"}};
  // two columns, 66–286 and 307–527 (22 characters of 10 pt each), 14.5 pt apart
  const double left = 66, right = 307, top = 700, pitch = 14.5;
  const std::vector<std::string> speech = {
      "米切尔先生(格林纳达)(以英语发言)：我谨祝",  // (indented two ems)
      "贺主席当选大会第七十八届会议主席。我们面临的", "气候危机是对小岛屿发展中国家生存的威胁，国际",
      "社会必须兑现其气候融资承诺，包括在二〇二五年", "之前将适应融资至少增加一倍。"};
  double y = top;
  // the left column: three speeches and the first lines of a fourth
  w.push_back({left + 85, y, 10, true, "一般性辩论"});  // (centred in the column)
  y -= 20;
  for (int s = 0; s < 3; ++s) {
    for (size_t k = 0; k < speech.size(); ++k) {
      w.push_back({left + (k == 0 ? 20 : 0), y, 10, false, speech[k]});
      y -= pitch;
    }
    y -= 4;
  }
  const std::vector<std::string> last = {"索萨女士(巴拉圭)(以西班牙语发言)：巴拉圭",
                                         "代表团欢迎秘书长关于本组织工作的报告，并表示赞",
                                         "同报告中关于加快实现可持续发展目标的各项具体建",
                                         "议。我们认为，各国必须切实履行其在筹资问题上作",
                                         "出的承诺，使发展中国家能够获得实现各项目标所需"};
  for (size_t k = 0; k < last.size(); ++k) {
    w.push_back({left + (k == 0 ? 20 : 0), y, 10, false, last[k]});
    y -= pitch;
  }
  // the right column: the speech goes on, then two more
  y = top;
  w.push_back({right, y, 10, false, "的资金，特别是最不发达国家、小岛屿发展中国家"});
  y -= pitch;
  w.push_back({right, y, 10, false, "和内陆发展中国家。巴拉圭愿与各国合作。"});
  y -= pitch + 4;
  if (short_right) {  // (the record's last page: the right column's few lines)
    w.push_back({right + 20, y, 10, false, "主席(以英语发言)：我代表大会感谢巴拉圭代"});
    w.push_back({right, y - pitch, 10, false, "表的发言。"});
    return w;
  }
  for (int s = 0; s < 3; ++s) {
    for (size_t k = 0; k < speech.size(); ++k) {
      w.push_back({right + (k == 0 ? 20 : 0), y, 10, false, speech[k]});
      y -= pitch;
    }
    y -= 4;
  }
  return w;
}

TEST(PdfMore4, ASpeechRunningOnToTheNextColumnIsOneParagraph) {
  const Document d = parsed(two_column_page());
  const std::string opening = "索萨女士(巴拉圭)(以西班牙语发言)：巴拉圭";
  const Node* speech = nullptr;
  for (const Node* n : test::nodes_of(d, NodeKind::Paragraph))
    if (n->text.rfind(opening, 0) == 0) speech = n;
  ASSERT_NE(speech, nullptr);
  EXPECT_NE(speech->text.find("使发展中国家能够获得实现各项目标所需的资金，特别是最不发达国家、小岛屿发展中国家和内陆发展中国家。巴拉圭愿与各国合作。"),
            std::string::npos)
      << speech->text;
  for (const Node* n : test::nodes_of(d, NodeKind::Paragraph)) EXPECT_NE(n->text.rfind("的资金", 0), 0u) << n->text;
}

TEST(PdfMore4, ALineOfAColumnIsMeasuredAgainstThatColumn) {
  const PdfText t = read_pdf(make_pdf(two_column_page()));
  const U32 text = t.text;
  size_t line = 0, from = 0;
  bool seen_heading = false, seen_full = false;
  for (size_t k = 0; k < text.size(); ++k) {
    if (text[k] != U'\n') continue;
    const std::string l = to_utf8(U32(text.substr(from, k - from)));
    ASSERT_LT(line, t.lines.size());
    const LineGeometry& g = t.lines[line];
    if (l == "一般性辩论") {
      seen_heading = true;
      EXPECT_TRUE(g.centered) << "indent " << g.indent << " right gap " << g.right_gap;
    }
    if (l == "的资金，特别是最不发达国家、小岛屿发展中国家") {  // (the right column's, full)
      seen_full = true;
      EXPECT_LT(g.right_gap, 1.0);
      EXPECT_LT(g.indent, 1.0);
    }
    if (l == "议。我们认为，各国必须切实履行其在筹资问题上作") {  // (the left column's, full)
      EXPECT_LT(g.right_gap, 1.0);
    }
    from = k + 1;
    ++line;
  }
  EXPECT_TRUE(seen_heading);
  EXPECT_TRUE(seen_full);
}

// An annex's table whose first column holds long labels, each set full to
// its cell's edge and wrapped: the figures beside them stand only the cells'
// padding away (an em), on every row. Where three rows or more start a
// figure there, it is a column of its own.
std::vector<Word> indicator_rows(double y, int first, int count) {
  std::vector<Word> w;
  for (int k = first; k < first + count; ++k) {
    w.push_back({68, y, 10, false, fmt::format("指标{}：联合国国家工作队中采用共同业务", k)});
    w.push_back({268, y, 10, false, fmt::format("{}%", 40 + k)});
    w.push_back({368, y, 10, false, fmt::format("{}%", 45 + k)});
    w.push_back({448, y, 10, false, fmt::format("{}%", 50 + k)});
    w.push_back({68, y - 14, 10, false, "战略的比例"});
    y -= 32;
  }
  return w;
}

TEST(PdfMore4, FiguresAnEmFromACellSetFullStandInTheirOwnColumn) {
  std::vector<Word> w = record_masthead("大  会");
  w.push_back({270, 520, 10, true, "附件"});
  w.push_back({68, 490, 10, true, "指标"});
  w.push_back({268, 490, 10, true, "2020年"});
  w.push_back({368, 490, 10, true, "2021年"});
  w.push_back({448, 490, 10, true, "2022年"});
  for (const Word& x : indicator_rows(468, 1, 4)) w.push_back(x);
  const std::string text = text_of(w);
  EXPECT_NE(text.find("指标1：联合国国家工作队中采用共同业务战略的比例\t41%\t46%\t51%\n"), std::string::npos) << text;
  EXPECT_NE(text.find("指标4：联合国国家工作队中采用共同业务战略的比例\t44%\t49%\t54%\n"), std::string::npos) << text;
}

// (and a word after a space that Word sets between Han and a number, no
// wider than half an em, parts no cells: "上午" / "10时")
TEST(PdfMore4, AHalfEmSpaceBeforeANumberPartsNoCells) {
  std::vector<Word> w = record_masthead("大  会");
  double y = 500;
  for (const char* t : {"开幕", "一般性辩论", "闭幕"}) {
    w.push_back({68, y, 10, false, "上午"});
    w.push_back({93, y, 10, false, "10时"});
    w.push_back({200, y, 10, false, t});
    y -= 16;
  }
  const std::string text = text_of(w);
  EXPECT_NE(text.find("上午 10时\t一般性辩论\n"), std::string::npos) << text;
}

// A table running over two pages: the row at the first page's foot and the
// one at the next page's head are alike but for their figures, in the
// bottom band of one and the top band of the other. Lines of page furniture
// stand in the same band from page to page: these are the table's rows.
TEST(PdfMore4, TableRowsAtAPagesFootAndTheNextPagesHeadAreNoFurniture) {
  std::vector<Word> one = record_masthead("大  会"), two;
  one.push_back({68, 300, 10, true, "指标"});
  one.push_back({268, 300, 10, true, "2020年"});
  one.push_back({368, 300, 10, true, "2021年"});
  one.push_back({448, 300, 10, true, "2022年"});
  for (const Word& x : indicator_rows(254, 1, 6)) one.push_back(x);  // (the last at 94 and 80, at the page's foot)
  one.push_back({68, 40, 8, false, "23-07788 (C)"});
  two.push_back({68, 800, 9, false, "CRC/C/SR.2701"});
  for (const Word& x : indicator_rows(770, 7, 4)) two.push_back(x);
  two.push_back({68, 40, 9, false, "2/2"});
  two.push_back({480, 40, 8, false, "23-07788 (C)"});
  const PdfText t = read_pdf(make_pages({one, two}));
  const std::string text = to_utf8(t.text);
  size_t line = 0, from = 0, rows = 0;
  for (size_t k = 0; k < t.text.size(); ++k) {
    if (t.text[k] != U'\n') continue;
    const std::string l = to_utf8(U32(t.text.substr(from, k - from)));
    if (l.find("指标") != std::string::npos && l.find('%') != std::string::npos) {
      ++rows;
      EXPECT_FALSE(t.lines[line].band) << l;
    }
    from = k + 1;
    ++line;
  }
  EXPECT_EQ(rows, 10u) << text;
}

// A table that sets its rows farther apart than a line's height (its cells'
// spacing before and after), a cell's wrapped lines closer: the rows below
// go on with the table, and a wrapped line joins its cell.
TEST(PdfMore4, RowsSetALineAndMoreApartStayOneTableWithTheirWrappedCells) {
  std::vector<Word> w = record_masthead("大  会");
  w.push_back({72, 500, 10, true, "区域"});
  w.push_back({200, 500, 10, true, "失散儿童"});
  w.push_back({300, 500, 10, true, "说明"});
  double y = 476;
  for (const auto& [region, n, note, more] :
       std::vector<std::tuple<std::string, std::string, std::string, std::string>>{
           {"东部和非洲之角及大", "9 800", "包括在埃塞俄比亚和乌干达新登", "记的儿童"},
           {"西部和中部非洲", "3 900", "—", ""},
           {"亚洲及太平洋", "2 700", "主要为阿富汗儿童", ""},
           {"欧洲", "1 100", "包括从乌克兰逃离的儿童", ""}}) {
    w.push_back({72, y, 10, false, region});
    w.push_back({200, y, 10, false, n});
    w.push_back({300, y, 10, false, note});
    if (!more.empty()) {  // (the first cell wrapped too)
      y -= 13;
      w.push_back({72, y, 10, false, "湖区域"});
      w.push_back({300, y, 10, false, more});
    }
    y -= 24;
  }
  const std::string text = text_of(w);
  EXPECT_NE(text.find("东部和非洲之角及大湖区域\t9 800\t包括在埃塞俄比亚和乌干达新登记的儿童\n西部和中部非洲\t3 900\t—\n"),
            std::string::npos)
      << text;
}

// The last page of a record: the left column full, the right one holding
// the speech's last lines and a short closing paragraph, four lines. Still
// two columns: the right column's lines are not run into the left's.
TEST(PdfMore4, AShortRightColumnBesideAFullOneIsStillAColumn) {
  const std::vector<Word> w = two_column_page(true);
  const std::string text = text_of(w);
  EXPECT_NE(text.find("所需\n的资金"), std::string::npos) << text;
  const Document d = parsed(w);
  const Node* speech = nullptr;
  for (const Node* n : test::nodes_of(d, NodeKind::Paragraph))
    if (n->text.rfind("索萨女士", 0) == 0) speech = n;
  ASSERT_NE(speech, nullptr) << text;
  EXPECT_NE(speech->text.find("所需的资金，特别是最不发达国家、小岛屿发展中国家和内陆发展中国家。巴拉圭愿与各国合作。"),
            std::string::npos)
      << speech->text;
  const auto paragraphs = test::nodes_of(d, NodeKind::Paragraph);
  ASSERT_FALSE(paragraphs.empty());
  EXPECT_EQ(paragraphs.back()->text, "主席(以英语发言)：我代表大会感谢巴拉圭代表的发言。");
}

#endif

}  // namespace undoc_test_pdf_more4_test
