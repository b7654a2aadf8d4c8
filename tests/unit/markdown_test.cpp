// Markdown input (stop 37): a document converted to Markdown (pandoc from a
// word processor's file, docling or MarkItDown from a PDF) marks headings
// with "#", bold lines with "**", tables with "|" and rows of dashes, notes
// with "[^1]", and escapes punctuation with "\". Where the text shows these
// marks, each line is read without them, and the marks are listed as
// furniture of kind "markup", so no character of the input is lost.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/lex.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_markdown_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::footnote;
using test::markup_of;
using test::nodes_of;
using test::numbered_paragraph;


TEST(Markdown, TheMarksAreEvidenceOnlyTogether) {
  EXPECT_TRUE(is_markdown(from_utf8("# 一、导言\n\n1. 正文。\n\n# 二、结论\n")));
  EXPECT_TRUE(is_markdown(from_utf8("| 国家 | 数字 |\n|---|---|\n| 甲国 | 2 |\n")));
  EXPECT_TRUE(is_markdown(from_utf8("1. 正文。[^1]\n\n[^1]: 见 A/78/150。\n")));
  EXPECT_TRUE(is_markdown(from_utf8("**第七十八届会议**\n\n**人权与国际团结**\n\n**秘书长的说明**\n")));
  // (a record's note, its star escaped: a converter's, whatever else it holds)
  EXPECT_TRUE(is_markdown(from_utf8("第12次会议简要记录\n\n\\* 本记录可以更正。\n")));
  // (one "#" line, a note marked "*", a rule of dashes, one bold line: plain text)
  EXPECT_FALSE(is_markdown(from_utf8("# 1\n\n1. 正文。*\n\n* A/78/150。\n")));
  EXPECT_FALSE(is_markdown(from_utf8("1. 正文。\n\n------\n\n2. 正文。\n")));
  EXPECT_FALSE(is_markdown(from_utf8("**注意**\n\n1. 正文。\n")));
  EXPECT_FALSE(is_markdown(from_utf8("见 C:\\data\\*.txt。\n")));
  // (a row of dashes under no row of cells)
  EXPECT_FALSE(is_markdown(from_utf8("正文。\n|---|---|\n")));
}

TEST(Markdown, HeadingsMarkedWithHashesAreTheBodysHeadings) {
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1.  本报告是根据人权理事会第53/5号决议提交的。\n\n"
      "# 二、独立专家开展的活动 #\n\n"
      "## A. 国别访问\n\n"
      "2.  独立专家于2023年3月访问了某国。\n");
  const auto sections = nodes_of(d, NodeKind::Section);
  ASSERT_EQ(sections.size(), 3u);
  EXPECT_EQ(sections[0]->number.value_or(""), "一");
  EXPECT_EQ(sections[0]->title, "导言");
  EXPECT_EQ(sections[1]->title, "独立专家开展的活动");  // (the closing run of marks taken too)
  EXPECT_EQ(sections[2]->number.value_or(""), "A");
  EXPECT_EQ(sections[2]->level, 2);
  EXPECT_EQ(sections[2]->title, "国别访问");
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
  EXPECT_EQ(markup_of(d, 1), "#");
  EXPECT_EQ(markup_of(d, 5), "##");
  EXPECT_EQ(markup_of(d, 7), "##");
  EXPECT_EQ(markup_of(d, 3), "");  // (a paragraph's line has none)
}

TEST(Markdown, NotesMarkedWithCaretsAreLinkedToTheirParagraphs) {
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1.  本报告是根据人权理事会第53/5号决议提交的。[^1] 报告概述了独立专家的活动。\n\n"
      "2.  独立专家审查了国际团结的作用。[^2]\n\n"
      "[^1]: 见 A/HRC/RES/53/5。\n\n"
      "[^2]: 另见 A/77/173。\n");
  const Footnote* one = footnote(d, "1");
  const Footnote* two = footnote(d, "2");
  ASSERT_NE(one, nullptr);
  ASSERT_NE(two, nullptr);
  EXPECT_EQ(one->text, "见 A/HRC/RES/53/5。");
  EXPECT_EQ(two->text, "另见 A/77/173。");
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text, "本报告是根据人权理事会第53/5号决议提交的。 报告概述了独立专家的活动。");
  ASSERT_EQ(p1->footnote_refs.size(), 1u);
  EXPECT_EQ(p1->footnote_refs[0].id, "1");
  EXPECT_EQ(p1->footnote_refs[0].offset, 23);  // (after its 。)
  EXPECT_EQ(markup_of(d, 3), "[^]");
  EXPECT_EQ(markup_of(d, 7), "[^]:");
}

TEST(Markdown, APipeTableIsATableItsDashesMarkup) {
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1.  下表列出答复。\n\n"
      "| 国家 | 提交的答复 | 年份 |\n"
      "|------|:----------:|-----:|\n"
      "| 甲国 | 2 | 2022 |\n"
      "| 乙国 |  | 2023 |\n\n"
      "2.  其他。\n");
  const auto tables = nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 1u);
  const auto& rows = tables[0]->rows;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"国家", "提交的答复", "年份"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"甲国", "2", "2022"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"乙国", "", "2023"}));
  EXPECT_EQ(markup_of(d, 5), "||||");
  EXPECT_EQ(markup_of(d, 6), "|------|:----------:|-----:|");
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
}

TEST(Markdown, AGridTablesBordersAreMarks) {
  // (pandoc's grid table: borders of + - =, cells between pipes)
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1.  下表列出答复。\n\n"
      "+------+------+\n"
      "| 国家 | 年份 |\n"
      "+======+======+\n"
      "| 甲国 | 2022 |\n"
      "+------+------+\n"
      "| 乙国 | 2023 |\n"
      "+------+------+\n\n"
      "# 二、结论\n\n"
      "2.  其他。\n");
  const auto tables = nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0]->rows.size(), 3u);
  EXPECT_EQ(tables[0]->rows[0], (std::vector<std::string>{"国家", "年份"}));
  EXPECT_EQ(tables[0]->rows[2], (std::vector<std::string>{"乙国", "2023"}));
  EXPECT_EQ(markup_of(d, 7), "+======+======+");
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
}

TEST(Markdown, EscapesAndBoldAreReadThrough) {
  // (pandoc escapes the masthead's note star and a paragraph's number; a
  // converter sets the session and the title in bold)
  const Document d = doc_of(
      "联合国 A/78/301\n\n"
      "大会\n\n"
      "**第七十八届会议**\n\n"
      "临时议程\\*项目69(b)\n\n"
      "**促进和保护人权：人权问题**\n\n"
      "## 人权与国际团结\n\n"
      "## 秘书长的说明\n\n"
      "\\* A/78/150。\n\n"
      "1\\. 注意到独立专家的**报告**；\n\n"
      "2\\. 决定继续审议这个问题。\n");
  EXPECT_EQ(d.front_matter.session_number.value_or(0), 78);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].item.value_or(""), "69(b)");
  const Footnote* star = footnote(d, "*");
  ASSERT_NE(star, nullptr);
  EXPECT_EQ(star->text, "A/78/150。");
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text, "注意到独立专家的报告；");
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
  EXPECT_EQ(markup_of(d, 5), "****");
  EXPECT_EQ(markup_of(d, 7), "\\");
  EXPECT_EQ(markup_of(d, 17), "\\****");
  bool said = false;
  for (const auto& e : d.source.layout.evidence) said = said || e.starts_with("Markdown:");
  EXPECT_TRUE(said);
}

TEST(Markdown, RaisedMarkersInHtmlAndPictureCommentsAreMarks) {
  // (docling's and marker's output: "<sup>1</sup>" for a raised note marker,
  // "<!-- image -->" where a picture stood)
  const Document d = doc_of(
      "## 一、导言\n\n"
      "1. 本报告是根据第53/5号决议<sup>1</sup>提交的。\n\n"
      "<!-- image -->\n\n"
      "## 二、结论\n\n"
      "2. 结论。\n\n"
      "1 见 A/HRC/RES/53/5。\n");
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text, "本报告是根据第53/5号决议提交的。");
  ASSERT_EQ(p1->footnote_refs.size(), 1u);
  EXPECT_EQ(p1->footnote_refs[0].id, "1");
  const Footnote* one = footnote(d, "1");
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one->text, "见 A/HRC/RES/53/5。");
  EXPECT_EQ(markup_of(d, 3), "<sup></sup>");
  EXPECT_EQ(markup_of(d, 5), "<!-- image -->");
  EXPECT_EQ(nodes_of(d, NodeKind::Section).size(), 2u);
}

TEST(Markdown, PlainTextKeepsItsCharacters) {
  // (no evidence: a "**" pair and backslashes stay as written)
  const Document d = doc_of(
      "一、导言\n\n"
      "1. 见路径 C:\\data\\**临时**文件。\n");
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text, "见路径 C:\\data\\**临时**文件。");
  for (const Furniture& f : d.furniture) EXPECT_NE(f.kind, "markup");
  for (const auto& e : d.source.layout.evidence) EXPECT_FALSE(e.starts_with("Markdown:"));
}

}  // namespace

}  // namespace undoc_test_markdown_test
