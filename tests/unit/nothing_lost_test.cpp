// Texts the fuzz targets found losing words: every character of the input
// ends up in the output's text (a field read from a line is added beside
// its words, never instead).
#include <gtest/gtest.h>

#include "test_util.hpp"

namespace undoc_test_nothing_lost_test {

using namespace undoc;

namespace {

bool has_note(const Document& d, const std::string& s) {
  for (const auto& n : d.front_matter.notes)
    if (n.find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

// A second Distr. line (a cover's masthead above the document's own) was
// read over the first: the first line's words were lost.
TEST(NothingLost, ASecondDistrLineIsKeptWithTheNotes) {
  const Document d = test::doc_of(
      "联合国                                          E/2023/74\n"
      "经济及社会理事会                                 Distr.: Limited\n"
      "18 November 2022\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "Distr.: General\n"
      "\n"
      "第六委员会\n"
      "1. 委员会开会。\n");
  EXPECT_EQ(d.front_matter.distribution, "Limited");
  EXPECT_TRUE(has_note(d, "Distr.: General"));
}

// The masthead's right column (a date, a symbol set beside the left column's
// lines) is looked for only above the text: a numbered line with a date far
// to its right had its date cut off and read as the masthead's, the line's
// own words lost from its paragraph.
TEST(NothingLost, ADateRightOfANumberedLineStaysInItsText) {
  const Document d = test::doc_of(
      "联合国                                              S/RES/2693 (2023)\n"
      "安全理事会                                          Distr.: General\n"
      "                                                    27 July 2023\n"
      "\n"
      "第2693(2023)号决议\n"
      "2023年7月27日安全理事会第9385次会议通过\n"
      "安全理事会，\n"
      "回顾其以往各项决议，\n"
      "1.   强烈谴责攻击供水系统的行为                          2023 年 7 月 28 日\n"
      "2.   要求各方遵守国际人道主义法；\n");
  ASSERT_GE(d.body.size(), 2u);
  EXPECT_EQ(d.front_matter.date, "2023-07-27");
  bool kept = false;
  for (const Node& n : d.body)
    if (n.text.find("2023 年 7 月 28 日") != std::string::npos || n.title.find("2023 年 7 月 28 日") != std::string::npos)
      kept = true;
  EXPECT_TRUE(kept);
}

// A footnote's marker alone on its line below a paragraph (an input the
// fuzz target made, damaged UTF-8 read leniently) became a paragraph with no
// text; it is the paragraph's, at its end.
TEST(NothingLost, AMarkerAloneBelowAParagraphIsItsMarker) {
  Options o;
  o.validate = false;
  o.decode.lenient = true;
  const Document d = convert(test::read_file("tests/unit/data/fuzz-marker-alone-after-a-paragraph.txt"), "f.txt", o);
  const auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
}

// The structural labels that fields were read from are kept as written
// beside them: the masthead's lines (联合国, Distr.:, Original:), an agenda
// line's 项目 and its marker, the TOC's column heads and its rows' labels
// (第一章, 附件一), an annex's 附件一. Each was dropped once its field was read.
TEST(NothingLost, StructuralLabelsAreKeptAsWritten) {
  const Document d = test::doc_of(
      "联合国                                          A/78/205\n"
      "大  会                                          Distr.: General\n"
      "                                                18 July 2023\n"
      "                                                Chinese\n"
      "                                                Original: English\n"
      "第七十八届会议\n"
      "临时议程* 项目 71(b)\n"
      "促进和保护人权\n"
      "\n"
      "秘书长的报告\n"
      "\n"
      "目录\n"
      "\t段次\t页次\n"
      "第一章 导言\t1-2\t3\n"
      "第二章 结论\t3\t4\n"
      "附件一 会议日程\t\t5\n"
      "\n"
      "第一章\n导言\n\n1. 本报告。\n\n2. 又及。\n\n第二章\n结论\n\n3. 结论。\n\n"
      "附件一 会议日程\n\n4. 日程。\n");
  const auto& m = d.front_matter.masthead;
  EXPECT_EQ(m, (std::vector<std::string>{"联合国                                          A/78/205", "大  会",
                                         "Distr.: General", "18 July 2023", "Chinese", "Original: English"}));
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].text, "临时议程* 项目 71(b)");
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "71(b)");  // (read from it, as before)
  EXPECT_EQ(d.toc.heads, (std::vector<std::string>{"段次\t页次"}));
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[0].label, "第一章");
  EXPECT_EQ(d.toc.entries[2].kind, "annex");
  EXPECT_EQ(d.toc.entries[2].label, "附件一");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].label, "附件一");
  EXPECT_EQ(d.annexes[0].number, "一");
}

// A line taken for the title and then read over by the resolution's number
// ("联 合 国 <gap> x <gap> S/RES/2693 (2023)": its left part, cut from the
// symbol, became the title; "第 2693(2023)号决议" below replaced it) lost its
// words. A title read anew keeps the one before with the notes (the parse
// fuzz target found it, seed 17).
TEST(NothingLost, ATitleReadOverIsKeptWithTheNotes) {
  const Document d = test::doc_of(
      "联 合 国                                                 x             S/RES/2693 (2023)\n"
      "安全理事会                                                                   Distr.: General\n"
      "                                                                     2023 年 7 月 27 日\n\n"
      "第 2693(2023)号决议\n2023 年 7 月 27 日安全理事会第 9385 次会议通过\n安全理事会，\n\n"
      "1. 强烈谴责袭击行为。\n");
  EXPECT_EQ(d.front_matter.title, "第 2693(2023)号决议");
  EXPECT_TRUE(has_note(d, "x"));
}

}  // namespace undoc_test_nothing_lost_test
