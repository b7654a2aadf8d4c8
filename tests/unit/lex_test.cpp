#include <gtest/gtest.h>

#include <tuple>
#include <vector>

#include "undoc/lex.hpp"
#include "undoc/text.hpp"

namespace undoc_test_lex_test {

using namespace undoc;

namespace {
LineKind kind(const char* s) { return classify(1, from_utf8(s)).kind; }
}  // namespace

TEST(Lex, Headings) {
  EXPECT_EQ(kind("一. 引言"), LineKind::Chapter);
  EXPECT_EQ(kind("四、关于国际移徙与发展"), LineKind::Chapter);
  EXPECT_EQ(kind("十二．结论"), LineKind::Chapter);
  EXPECT_EQ(kind("A. 性别"), LineKind::Section);
  EXPECT_EQ(kind("Ｂ．资金筹措"), LineKind::Section);
  EXPECT_EQ(kind("第十二条"), LineKind::Article);
  EXPECT_EQ(kind("附件"), LineKind::Annex);
  EXPECT_EQ(kind("附件二"), LineKind::Annex);
  EXPECT_EQ(kind("目录"), LineKind::TocTitle);
}

TEST(Lex, NumberedLinesAndTheirLabels) {
  auto l = classify(7, from_utf8("23. 与会者强调应确保保护"));
  EXPECT_EQ(l.kind, LineKind::Numbered);
  EXPECT_EQ(l.value, 23);
  EXPECT_EQ(to_utf8(l.label()), "23");
  EXPECT_EQ(to_utf8(l.content()), "与会者强调应确保保护");
  auto f = classify(1, from_utf8("１２．请秘书长"));
  EXPECT_EQ(f.kind, LineKind::Numbered);
  EXPECT_EQ(f.value, 12);
  EXPECT_EQ(to_utf8(f.label()), "１２");
  EXPECT_EQ(kind("5. 2006 年共报告了 427 起自然灾害"), LineKind::Numbered);
  EXPECT_NE(kind("1.5 亿人"), LineKind::Numbered);  // a decimal, not a label
}

// A label glued to the figures that open its text: a year with its 年 after
// it (no decimal has four places and a 年), or half-width figures after a
// full-width label (no number is written half in one width, half in the other)
TEST(Lex, LabelGluedToTheFiguresOfItsText) {
  auto y = classify(1, from_utf8("2.2021年至2022年期间，冠状病毒病大流行的持续影响"));
  EXPECT_EQ(y.kind, LineKind::Numbered);
  EXPECT_EQ(y.value, 2);
  EXPECT_EQ(to_utf8(y.content()), "2021年至2022年期间，冠状病毒病大流行的持续影响");
  auto w = classify(1, from_utf8("９．2022年初以来，化肥、燃料和粮食价格的急剧上涨"));
  EXPECT_EQ(w.kind, LineKind::Numbered);
  EXPECT_EQ(w.value, 9);
  EXPECT_EQ(to_utf8(w.label()), "９");
  EXPECT_EQ(to_utf8(w.content()), "2022年初以来，化肥、燃料和粮食价格的急剧上涨");
  auto p = classify(1, from_utf8("１２．30%的小农户"));
  EXPECT_EQ(p.kind, LineKind::Numbered);
  EXPECT_EQ(p.value, 12);
  auto m = classify(1, from_utf8("3.8月3日，国民议会以多数票通过了修订后的选举法"));
  EXPECT_EQ(m.kind, LineKind::Numbered);
  EXPECT_EQ(m.value, 3);
  EXPECT_EQ(to_utf8(m.content()), "8月3日，国民议会以多数票通过了修订后的选举法");
  EXPECT_EQ(kind("7.12名代表出席了会议"), LineKind::Numbered);
  EXPECT_NE(kind("3.8个百分点"), LineKind::Numbered);
  // still decimals: no 年 after four places, or one width throughout
  EXPECT_NE(kind("2.2021 亿美元"), LineKind::Numbered);
  EXPECT_NE(kind("1.25 亿人"), LineKind::Numbered);
  EXPECT_NE(kind("4.15至4.20美元"), LineKind::Numbered);
  EXPECT_NE(kind("１．５亿人"), LineKind::Numbered);
  // a lettered heading likewise: "A.2024年拟议方案计划", "Ｂ．2024年拟议员额…"
  auto a = classify(1, from_utf8("Ａ．2024年拟议方案计划和2022年方案执行情况"));
  EXPECT_EQ(a.kind, LineKind::Section);
  EXPECT_EQ(a.value, 1);
  EXPECT_EQ(to_utf8(a.content()), "2024年拟议方案计划和2022年方案执行情况");
  EXPECT_EQ(kind("B.2024年拟议员额和非员额所需资源"), LineKind::Section);
  EXPECT_NE(kind("B.2024"), LineKind::Section);
}

TEST(Lex, NotHeadings) {
  EXPECT_EQ(kind("U.S. dollars"), LineKind::Text);
  EXPECT_EQ(kind("大会与非政府组织"), LineKind::Text);
  EXPECT_EQ(kind("2006 年 7 月 12 日举行"), LineKind::Text);  // a date, not a footnote label
}

TEST(Lex, FootnotesAndFurniture) {
  EXPECT_EQ(kind("¹ A/60/871。"), LineKind::FootnoteBody);
  EXPECT_EQ(kind("* A/61/150。"), LineKind::FootnoteBody);
  EXPECT_EQ(kind("*A/62/50。"), LineKind::FootnoteBody);
  EXPECT_EQ(kind("1关于人道主义改革的进一步资料"), LineKind::DigitNote);
  EXPECT_EQ(kind("6 A/60/871."), LineKind::DigitNote);
  EXPECT_EQ(kind("12"), LineKind::BareNumber);
  EXPECT_EQ(kind("A/61/187"), LineKind::Symbol);
  EXPECT_EQ(kind("E/CN.6/2006/3"), LineKind::Symbol);
  EXPECT_EQ(kind("06-45095 (C)"), LineKind::JobNumber);
  EXPECT_EQ(kind("*0645095*"), LineKind::JobNumber);
  // a footer's job number and page number, TAB between them (a PDF read by
  // its positions), the job number with or without its "(C)"; no table row
  EXPECT_EQ(kind("2/3\t23-11876"), LineKind::JobNumber);
  EXPECT_EQ(kind("23-11876\t3/3"), LineKind::JobNumber);
  EXPECT_EQ(kind("23-11876 (C)\t3/3"), LineKind::JobNumber);
  EXPECT_EQ(kind("23-11876\t3/3\t附注"), LineKind::TableRow);
  // the job number's dates (DDMMYY) beside it, and the page
  EXPECT_EQ(kind("23-15612 (C)    250823    280823"), LineKind::JobNumber);
  EXPECT_EQ(kind("2/3\t23-15612 (C)    250823    280823"), LineKind::JobNumber);
  EXPECT_EQ(kind("23-15612 (C) 250823 280823\t3/3"), LineKind::JobNumber);
  EXPECT_EQ(kind("23-15612 (C) 250823 2808\t3/3"), LineKind::TableRow);
}

TEST(Lex, TableRows) {
  EXPECT_EQ(kind("上午 10 时至 10 时 30 分\t听询会开始\t"), LineKind::TableRow);
  EXPECT_EQ(kind("\t大会代理主席发言\t"), LineKind::TableRow);  // empty first cell
  EXPECT_EQ(kind("\t段落正文"), LineKind::Text);                   // one leading TAB is indentation
}

TEST(Lex, LinesPagesAndLineEnds) {
  Lines ls = lex(U"第一行\r\n第二行\r第三行\n\f第四页\n");
  ASSERT_EQ(ls.lines.size(), 4u);
  EXPECT_EQ(ls.lines[1].number, 2);
  EXPECT_EQ(to_utf8(ls.lines[2].text), "第三行");
  EXPECT_TRUE(ls.lines[3].page_start);
  EXPECT_EQ(ls.lines[3].page, 1);
  EXPECT_EQ(to_utf8(ls.lines[3].text), "第四页");
  EXPECT_TRUE(ls.has_form_feeds);
  EXPECT_EQ(ls.pages, 2);
}

TEST(Lex, FinalLineWithoutNewlineAndEmptyText) {
  EXPECT_EQ(lex(U"a\nb").lines.size(), 2u);
  EXPECT_EQ(lex(U"a\nb\n").lines.size(), 2u);
  EXPECT_TRUE(lex(U"").lines.empty());
}

TEST(Lex, TabAfterALabelIsIndentationNotACell) {
  EXPECT_EQ(kind("1.\t本报告是根据大会决议提交的。"), LineKind::Numbered);
  EXPECT_EQ(kind("一.\t引言"), LineKind::Chapter);
  EXPECT_EQ(kind("A.\t性别"), LineKind::Section);
  EXPECT_EQ(kind("¹\tA/60/871。"), LineKind::FootnoteBody);
  EXPECT_EQ(kind("一. 导言\t1-7\t3"), LineKind::TableRow);  // a TOC row keeps its cells
  EXPECT_EQ(kind("上午\t会议"), LineKind::TableRow);
}

// A word processor's multilevel list puts a TAB after "1.1", "4.2." or
// "29E.4" as after "1.": the paragraph's label, not a first cell (each
// section of an administrative instruction saved as text was a table)
TEST(Lex, TabAfterADecimalLabelIsNoCell) {
  EXPECT_EQ(kind("1.1\t本指示适用于经核准代表本组织进行公务旅行的工作人员。"), LineKind::Text);
  EXPECT_EQ(kind("4.2.\t核准人在核准旅行之前，应确认："), LineKind::Text);
  EXPECT_EQ(kind("29E.4\t2024年，行政司将继续推进管理改革。"), LineKind::Text);
  EXPECT_EQ(kind("1.1.1\t本规则适用于所有船舶。"), LineKind::Text);
  EXPECT_EQ(kind("12.5\t13.8"), LineKind::TableRow);     // figures stay cells
  EXPECT_EQ(kind("1.1\t导言\t3"), LineKind::TableRow);  // a TOC row keeps its cells
}

// PDF text without its form feeds (pdftotext -nopgbrk, a copy from a PDF
// reader): a page ends with the footer's job number and starts at the running
// header below it; the pages are told so, as form feeds would tell them
TEST(Lex, PagesToldByTheirFootersWithoutFormFeeds) {
  auto pages_of = [](const char* text) {
    Lines ls = lex(from_utf8(text));
    std::vector<int> pages;
    for (const Line& l : ls.lines) pages.push_back(l.page);
    return std::make_tuple(ls.pages, ls.has_form_feeds, ls.pages_inferred, pages);
  };
  // footer, page number, header: the page starts at the header; text after
  // the last footer without a header below it stays on the last page
  auto [n, ff, inferred, pages] = pages_of(
      "联合国 A/77/212\n正文第一页。\n22-11633 (C)\n\n-2-\nA/77/212\n正文第二页。\n22-11633 (C)\n\nA/77/212\n第三页。\n"
      "22-11633 (C)\n表格的一格\n");
  EXPECT_EQ(n, 3);
  EXPECT_TRUE(ff);
  EXPECT_TRUE(inferred);
  EXPECT_EQ(pages, (std::vector<int>{0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}));
  // a stray line or two of the page before between footer and header ("页次")
  auto [n2, ff2, inf2, pages2] = pages_of("正文。\n22-11633 (C)\n页次\nA/77/212\n正文。\n22-11633 (C)\n");
  EXPECT_EQ(n2, 2);
  EXPECT_EQ(pages2, (std::vector<int>{0, 0, 0, 1, 1, 1}));
  // pages without a running header (an instrument): a page below each footer
  auto [n3, ff3, inf3, pages3] = pages_of("第一条\n22-27824 (C)\n\n第二条\n22-27824 (C)\n第三条\n22-27824 (C)\n");
  EXPECT_EQ(n3, 3);
  EXPECT_EQ(pages3, (std::vector<int>{0, 0, 0, 1, 1, 2, 2}));
  // (a footer that gives its job number twice: one page start, and the
  // pages after it numbered on)
  auto [n4, ff4, inf4, pages4] =
      pages_of("第一条\n22-27824 (C)\n\n22-27824 (C)\n第二条\n22-27824 (C)\n第三条\n22-27824 (C)\n");
  EXPECT_EQ(n4, 3);
  EXPECT_EQ(pages4, (std::vector<int>{0, 0, 0, 0, 1, 1, 2, 2}));
  // (the job number's dates on lines of their own below it, as pdftotext's
  // default mode gives a first page's footer drawn line by line)
  EXPECT_EQ(std::get<0>(pages_of("正文。\n23-15612 (C)\n*2315612*\n\n250823\n\n280823\n\nA/78/321\n正文。\n"
                                 "23-15612 (C)\n")),
            2);
  // (three lines of the page before between footer and header: no page told there)
  EXPECT_EQ(std::get<0>(pages_of("正文。\n22-11633 (C)\n甲\n乙\n丙\nA/77/212\n正文。\n22-11633 (C)\n")), 1);
  // one footer, or two documents' job numbers: no pages told
  EXPECT_EQ(std::get<0>(pages_of("正文。\n22-11633 (C)\nA/77/212\n正文。\n")), 1);
  EXPECT_FALSE(std::get<2>(pages_of("正文。\n22-11633 (C)\nA/77/212\n正文。\n")));
  // a one-page document's text without its form feed (pdftotext -nopgbrk, a
  // copy from a reader): its one footer at the end, nothing but furniture
  // below it, tells its page (so its foot's notes are a page foot's)
  auto [n5, ff5, inf5, pages5] = pages_of(
      "联合国 A/78/312\n大会\n秘书长的说明\n正文。\n\n1\n2\n\nA/RES/77/195。\n见 A/78/53。\n\n23-17210 (C)\n"
      "*2317210*\n\n180923\n\n200923\n");
  EXPECT_EQ(n5, 1);
  EXPECT_TRUE(ff5);
  EXPECT_TRUE(inf5);
  // (too near the top to close a page's text: no page told)
  EXPECT_FALSE(std::get<2>(pages_of("正文。\n22-11633 (C)\n")));
  EXPECT_FALSE(std::get<2>(pages_of("正文。\n22-11633 (C)\nA/77/212\n正文。\n23-00001 (C)\nA/78/1\n正文。\n")));
  // form feeds say it themselves
  EXPECT_FALSE(std::get<2>(pages_of("正文。\n22-11633 (C)\n\fA/77/212\n正文。\n22-11633 (C)\n")));
}

// Symbols whose part holds a session in brackets (the Convention to Combat
// Desertification's ICCD/COP(16)/2, IAEA's GC(67)/RES/1) are symbols; a
// bracket elsewhere is not.
TEST(Lex, SymbolsWithASessionInBrackets) {
  EXPECT_EQ(kind("ICCD/COP(16)/2"), LineKind::Symbol);
  EXPECT_EQ(kind("ICCD/CRIC(21)/2"), LineKind::Symbol);
  EXPECT_EQ(kind("GC(67)/RES/1"), LineKind::Symbol);
  EXPECT_EQ(kind("A/77/49 (Vol. III)"), LineKind::Symbol);
  EXPECT_NE(kind("A/(16)/2"), LineKind::Symbol);
  EXPECT_NE(kind("COP(16)"), LineKind::Symbol);
  EXPECT_NE(kind("ICCD/COP(a)/2"), LineKind::Symbol);
  EXPECT_NE(kind("ICCD/COP(16)x/2"), LineKind::Symbol);
}

// A first page's job number with its processing dates set apart by TABs
// ("23-07012 (C)<TAB>170423<TAB>180423", as some extractions give the page
// foot) is the job number, not a row of a table; a table row that opens with
// such a number and goes on with other cells stays a row.
TEST(Lex, JobNumberWithDatesSetApartByTabs) {
  EXPECT_EQ(classify(1, U"23-07012 (C)\t170423\t180423").kind, LineKind::JobNumber);
  EXPECT_EQ(classify(1, U"GE.23-07012(C)\t170423").kind, LineKind::JobNumber);
  EXPECT_EQ(classify(1, U"23-07012 (C)\t170423\t共计").kind, LineKind::TableRow);
  EXPECT_EQ(classify(1, U"23-07012\t12 345.6\t7 890.1").kind, LineKind::TableRow);
}

}  // namespace undoc_test_lex_test
