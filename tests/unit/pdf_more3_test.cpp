// The PDF path on what only a page shows: a title set in larger type over
// the lines below it in body type, and a table's header wrapped over two
// lines. Small PDFs are made here, each word set where a page sets it, in a
// CJK font the file does not embed (Identity-H, its characters mapped back
// by a ToUnicode table: poppler reads them without the font or poppler-data).
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

namespace undoc_test_pdf_more3_test {

using namespace undoc;

namespace {

using Word = test::PdfWord;

// A one-page A4 PDF that sets each word in "Song" or "Song-Bold", not embedded.
std::string make_pdf(const std::vector<Word>& words) { return test::pdf_pages({words}, "Song"); }

constexpr double kBody = 10.5;

// A report's masthead and the lines over its title: 联合国 and the organ
// large at the left, the symbol and the distribution lines at the right.
std::vector<Word> masthead() {
  return {{72, 790, 14, true, "联合国"},       {430, 790, kBody, false, "A/78/210"},
          {72, 770, 14, true, "大会"},         {430, 770, kBody, false, "Distr.: General"},
          {430, 756, kBody, false, "20 July 2023"}, {430, 742, kBody, false, "Chinese"},
          {430, 728, kBody, false, "Original: English"},
          {72, 700, kBody, false, "第七十八届会议"}, {72, 686, kBody, false, "临时议程*项目 20"},
          {72, 672, kBody, false, "可持续发展"}};
}

// Numbered paragraphs in body type from y down, wrapped at the right margin (523 pt).
std::vector<Word> body_lines(double y) {
  std::vector<Word> w;
  for (const char* t : {"1. 本报告依照大会第77/186号决议提交，概述联合国系统各实体在利用空间技术促进可持续发展方面",
                        "开展的活动，并就今后的工作提出建议。会员国在这方面的经验表明，空间数据对于减少灾害风险",
                        "和监测气候变化至关重要。",
                        "2. 秘书处于2023年3月向会员国和联合国系统各实体发出普通照会，请其提供相关资料。截至2023年",
                        "6月30日，共收到二十二份答复，其全文可在外层空间事务厅网站查阅。"}) {
    w.push_back({72, y, kBody, false, t});
    y -= 15;
  }
  return w;
}

Document pdf_doc(const std::vector<Word>& words) {
  Options o;
  o.validate = false;
  Document d = convert(make_pdf(words), "t.pdf", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

std::string bare(const std::string& s) { return to_utf8(without_spaces(from_utf8(s))); }

// The report's title, set large (14 pt bold), over the lines given below it.
std::vector<Word> report(const std::vector<Word>& below_title, bool title_wrapped = false) {
  std::vector<Word> w = masthead();
  if (title_wrapped) {
    w.push_back({72, 640, 14, true, "利用空间技术促进可持续发展和减少灾害"});
    w.push_back({72, 622, 14, true, "风险的国际合作"});
  } else {
    w.push_back({72, 640, 14, true, "利用空间技术促进可持续发展和减少灾害风险的国际合作"});
  }
  for (const Word& b : below_title) w.push_back(b);
  for (const Word& b : body_lines(560)) w.push_back(b);
  return w;
}

// A table of documents in an annex: its header's first column ("文件编号")
// or second ("议程项目") wrapped over two lines, the header set bold, or set
// centred over columns whose data are centred; the rows below in plain type,
// 15 pt apart as the header's lines are, the first 18 pt below the header.
std::vector<Word> annex_table(size_t wrapped_column, bool bold, bool centred) {
  std::vector<Word> w = masthead();
  w.push_back({72, 640, 14, true, "利用空间技术促进可持续发展"});
  w.push_back({72, 616, kBody, false, "秘书长的报告"});
  w.push_back({72, 590, kBody, false, "1. 本报告所述期间印发的文件见附件。"});
  w.push_back({260, 560, kBody, true, "附件"});
  w.push_back({200, 540, kBody, true, "本报告所述期间印发的文件"});
  const double cols[] = {72, 160, 220}, widths[] = {70, 50, 200};
  auto width = [](const std::string& t) {
    double n = 0;
    for (char32_t c : from_utf8(t)) n += c < 128 ? kBody / 2 : kBody;
    return n;
  };
  // (the first two columns centred when the table is, the titles' at the left)
  auto put = [&](size_t c, double y, const std::string& t, bool b) {
    const double x = centred && c < 2 ? cols[c] + (widths[c] - width(t)) / 2 : cols[c];
    w.push_back({x, y, kBody, b, t});
  };
  double y = 520;
  const std::vector<std::string> head1 = wrapped_column == 0 ? std::vector<std::string>{"文件", "议程项目", "标题或说明"}
                                                             : std::vector<std::string>{"文件编号", "议程", "标题或说明"};
  for (size_t c = 0; c < 3; ++c) put(c, y, head1[c], bold);
  y -= 15;
  put(wrapped_column, y, wrapped_column == 0 ? "编号" : "项目", bold);
  y -= 18;
  for (const auto& row : std::vector<std::vector<std::string>>{{"A/78/210", "20", "秘书长关于空间技术促进发展的报告"},
                                                               {"A/78/211", "20(a)", "秘书长关于减少灾害风险的说明"},
                                                               {"A/78/L.12", "21", "决议草案"},
                                                               {"A/78/INF/2", "—", "与会者名单"}}) {
    for (size_t c = 0; c < 3; ++c) put(c, y, row[c], false);
    y -= 15;
  }
  return w;
}

std::vector<std::vector<std::string>> first_table(const Document& d) {
  std::vector<std::vector<std::string>> rows;
  auto take = [&](const Node& n) {
    if (n.kind == NodeKind::Table && rows.empty())
      for (const auto& r : n.rows) rows.push_back(r);
  };
  walk(d.body, take);
  for (const Annex& a : d.annexes) walk(a.children, take);
  return rows;
}

}  // namespace

#ifdef UNDOC_WITH_PDF

TEST(PdfMore3, TheGeneratedPdfsTextReadsBack) {
  std::vector<Word> w = masthead();
  for (const Word& b : body_lines(600)) w.push_back(b);
  const std::string s = to_utf8(read_pdf(make_pdf(w)).text);
  EXPECT_NE(s.find("第七十八届会议\n"), std::string::npos) << s;
  EXPECT_NE(s.find("和监测气候变化至关重要。\n"), std::string::npos) << s;
}

// A report's title set large (14 pt bold), one line, over a line in body
// type that names the body the report comes under, then the kind's line.
// The text's rules alone join the shorter line below a long title to it (a
// title set large wraps at a narrower width: no width says its line is
// full); the page says the title ends where its type does. The line in body
// type is kept with the notes, the kind's line is the subtitle.
TEST(PdfMore3, ATitleSetLargeTakesNoLineInBodyTypeBelowIt) {
  for (const char* kind : {"秘书长的说明", "秘书长的报告"}) {
    const Document d = pdf_doc(report({{72, 616, kBody, false, "和平利用外层空间委员会"}, {72, 596, kBody, false, kind}}));
    EXPECT_EQ(d.front_matter.title.value_or(""), "利用空间技术促进可持续发展和减少灾害风险的国际合作") << kind;
    EXPECT_EQ(d.front_matter.subtitle.value_or(""), kind);
    EXPECT_NE(std::find(d.front_matter.notes.begin(), d.front_matter.notes.end(), "和平利用外层空间委员会"),
              d.front_matter.notes.end());
  }
  // (a short line too, "执行情况": the type, not the words, ends the title)
  const Document d = pdf_doc(report({{72, 616, kBody, false, "执行情况"}, {72, 596, kBody, false, "秘书长的报告"}}));
  EXPECT_EQ(d.front_matter.title.value_or(""), "利用空间技术促进可持续发展和减少灾害风险的国际合作");
  EXPECT_EQ(d.front_matter.subtitle.value_or(""), "秘书长的报告");
  EXPECT_EQ(d.kind.value_or(""), "report");
}

// The same title wrapped over two lines of its large type ("…减少灾害" /
// "风险的国际合作"), the second well short of the first: the title goes on
// while its type does, then stops at the line in body type.
TEST(PdfMore3, ATitleWrappedInLargeTypeGoesOnWhileItsTypeDoes) {
  const Document d = pdf_doc(
      report({{72, 600, kBody, false, "外层空间事务厅"}, {72, 584, kBody, false, "秘书长的报告"}}, true));
  EXPECT_EQ(bare(d.front_matter.title.value_or("")), "利用空间技术促进可持续发展和减少灾害风险的国际合作");
  EXPECT_EQ(d.front_matter.subtitle.value_or(""), "秘书长的报告");
  EXPECT_EQ(d.kind.value_or(""), "report");
}

// The same lines as text, no page to tell the types: the text's rules decide, as before.
TEST(PdfMore3, WithoutAPageTheTextsRulesJoinTheTitleAsBefore) {
  const Document d = test::doc_of(
      "联合国\tA/78/210\n大会\tDistr.: General\n20 July 2023\nChinese\nOriginal: English\n第七十八届会议\n"
      "临时议程*项目 20\n可持续发展\n利用空间技术促进可持续发展和减少灾害风险的国际合作\n执行情况\n秘书长的报告\n"
      "1. 本报告依照大会第77/186号决议提交。\n");
  EXPECT_EQ(d.front_matter.title.value_or(""), "利用空间技术促进可持续发展和减少灾害风险的国际合作执行情况");
  EXPECT_EQ(d.front_matter.subtitle.value_or(""), "秘书长的报告");
}

// An annex's table of documents whose header wraps a cell over two lines,
// "文件" / "编号" in its first column or "议程" / "项目" in its second: with
// one pitch for the header's lines and the rows, nothing but the header's
// own evidence tells the second line from a row. It stands right below the
// first, no farther than the first row below it; it fills fewer cells, each
// under one of the first line's; no row number opens it; and it is set as
// the header is, bold over rows in plain type, or centred under its cells.
// One header row, its cells joined by column.
TEST(PdfMore3, AHeaderWrappedOverTwoLinesIsOneHeaderRow) {
  const std::vector<std::string> rows[] = {{"A/78/210", "20", "秘书长关于空间技术促进发展的报告"},
                                           {"A/78/211", "20(a)", "秘书长关于减少灾害风险的说明"}};
  for (const auto& [column, bold, centred] :
       std::vector<std::tuple<size_t, bool, bool>>{{0, true, false}, {1, true, false}, {0, false, true}, {1, false, true}}) {
    const std::string at = fmt::format("column {} bold {} centred {}", column, bold, centred);
    const std::vector<Word> w = annex_table(column, bold, centred);
    const std::string s = to_utf8(read_pdf(make_pdf(w)).text);
    EXPECT_NE(s.find("文件编号\t议程项目\t标题或说明\nA/78/210\t20\t"), std::string::npos) << at << "\n" << s;
    const auto t = first_table(pdf_doc(w));
    ASSERT_EQ(t.size(), 5u) << at;
    EXPECT_EQ(t[0], (std::vector<std::string>{"文件编号", "议程项目", "标题或说明"})) << at;
    EXPECT_EQ(t[1], rows[0]) << at;
    EXPECT_EQ(t[2], rows[1]) << at;
  }
}

// A header in plain type set at its columns' left, as the rows are: no
// evidence tells its second line from a row, and it stays a line of its own
// (its characters kept).
TEST(PdfMore3, AHeadersSecondLineWithoutEvidenceStaysALine) {
  const std::string s = to_utf8(read_pdf(make_pdf(annex_table(0, false, false))).text);
  EXPECT_NE(s.find("文件\t议程项目\t标题或说明\n编号\nA/78/210\t20\t"), std::string::npos) << s;
}

#endif

}  // namespace undoc_test_pdf_more3_test
