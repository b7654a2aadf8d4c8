// Markdown input, second part: the block marks a converter sets (a list's
// items "- " / "* ", a block quote's "> "), the inline ones (emphasis "*…*",
// links and pictures, a hard break "\", a cell's "<br>"), and the shapes
// pandoc, MarkItDown, docling and marker give a UN document. Each mark is
// read as markup (furniture of kind "markup"): no character is lost.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/lex.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_markdown2_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::footnote;
using test::markup_of;
using test::nodes_of;
using test::numbered_paragraph;


// the body's paragraphs' texts, in order
std::vector<std::string> texts(const Document& d) {
  std::vector<std::string> out;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph)) out.push_back(n->text);
  return out;
}

TEST(Markdown2, BulletItemsAreParagraphsOfTheirOwn) {
  // (a tight list below its lead-in, no blank line between; short items
  // with no stop, which a plain line would make headings of)
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1. 本报告是根据第52/10号决议提交的。\n\n"
      "# 二、活动\n\n"
      "特别报告员会见了：\n"
      "- 政府官员\n"
      "- 民间社会组织代表\n\n"
      "2. 特别报告员还参加了以下活动：\n\n"
      "-   2023年3月在日内瓦举行的专家会议；\n\n"
      "-   2023年5月在内罗毕举行的区域磋商。\n\n"
      "这些活动的成果见下文。\n\n"
      "3. 特别报告员期待继续开展对话。\n");
  EXPECT_EQ(texts(d), (std::vector<std::string>{"本报告是根据第52/10号决议提交的。", "特别报告员会见了：", "政府官员",
                                                "民间社会组织代表", "特别报告员还参加了以下活动：",
                                                "2023年3月在日内瓦举行的专家会议；", "2023年5月在内罗毕举行的区域磋商。",
                                                "这些活动的成果见下文。", "特别报告员期待继续开展对话。"}));
  EXPECT_EQ(nodes_of(d, NodeKind::Section).size(), 2u);  // (no item a heading)
  ASSERT_NE(numbered_paragraph(d, 3), nullptr);
  EXPECT_EQ(markup_of(d, 8), "-");
  EXPECT_EQ(markup_of(d, 13), "-");
}

TEST(Markdown2, AStarIsABulletOnlyWhereTheConverterSaysSo) {
  // (pandoc and MarkItDown escape a star they mean, "\*": their "* " is a
  // bullet; a star note's label, "* A/78/150。", stays a note)
  const Document escaped = doc_of(
      "联合国 A/78/312\n\n"
      "临时议程\\*项目28\n\n"
      "# 一、导言\n\n"
      "1. 特别报告员审查了以下方面：\n\n"
      "* 数字技术助长的暴力行为；\n\n"
      "2. 结论。\n\n"
      "\\* A/78/150。\n");
  const Footnote* star = footnote(escaped, "*");
  ASSERT_NE(star, nullptr);
  EXPECT_EQ(star->text, "A/78/150。");
  EXPECT_EQ(escaped.footnotes.size(), 1u);
  EXPECT_EQ(texts(escaped)[1], "数字技术助长的暴力行为；");
  EXPECT_EQ(markup_of(escaped, 9), "*");
  // (docling escapes nothing: a lone "* " line is the star note's; two
  // items in a row are a list)
  const Document plain = doc_of(
      "## 大会\n\n"
      "临时议程 * 项目 71(b)\n\n"
      "## 一、导言\n\n"
      "1. 特别报告员建议：\n\n"
      "* 建立监督机制；\n"
      "* 确保透明度。\n\n"
      "2. 结论。\n\n"
      "* A/78/150。\n");
  const Footnote* note = footnote(plain, "*");
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->text, "A/78/150。");
  EXPECT_EQ(plain.footnotes.size(), 1u);
  EXPECT_EQ(texts(plain), (std::vector<std::string>{"特别报告员建议：", "建立监督机制；", "确保透明度。", "结论。"}));
}

TEST(Markdown2, AnOrderedListsNumberIsTheParagraphsNumber) {
  // ("1. " opens a Markdown list's item and a UN numbered paragraph alike:
  // the number stays; docling's "- 1. …" and "- (a) …" read as their labels)
  const Document d = doc_of(
      "## 一、导言\n\n"
      "1. 本报告是根据第51/19号决议提交的。\n\n"
      "2. 特别报告员建议各国：\n\n"
      "- (a) 建立独立的监督机制；\n"
      "- (b) 确保水务部门的透明度。\n\n"
      "- 3. 特别报告员期待继续开展对话。\n\n"
      "## 二、结论\n");
  const Node* p2 = numbered_paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p2->text, "特别报告员建议各国：(a) 建立独立的监督机制；(b) 确保水务部门的透明度。");
  const Node* p3 = numbered_paragraph(d, 3);
  ASSERT_NE(p3, nullptr);
  EXPECT_EQ(p3->text, "特别报告员期待继续开展对话。");
  EXPECT_EQ(markup_of(d, 10), "-");
}

TEST(Markdown2, ABlockQuoteIsAParagraphOfItsOwnItsNumberKept) {
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1. 人权理事会在第52/10号决议中回顾：\n\n"
      "> 所有人都有权享有适足住房，\n"
      "> 包括免遭强迫驱逐的保护。\n\n"
      "2. 大会在该决议中：\n\n"
      "> 1. 决定将该专题列入长期工作方案；\n"
      ">\n"
      "> 2. 请秘书处编写一份备忘录。\n\n"
      "3. 特别报告员发出了24份来文。\n\n"
      "# 二、结论\n");
  EXPECT_EQ(texts(d), (std::vector<std::string>{"人权理事会在第52/10号决议中回顾：", "所有人都有权享有适足住房，包括免遭强迫驱逐的保护。",
                                                "大会在该决议中：", "1. 决定将该专题列入长期工作方案；",
                                                "2. 请秘书处编写一份备忘录。", "特别报告员发出了24份来文。"}));
  ASSERT_NE(numbered_paragraph(d, 3), nullptr);
  EXPECT_EQ(numbered_paragraph(d, 3)->text, "特别报告员发出了24份来文。");
  EXPECT_EQ(markup_of(d, 5), ">");
  EXPECT_EQ(markup_of(d, 10), ">");
}

TEST(Markdown2, EmphasisIsReadThrough) {
  // (pandoc from a resolution's file: its verbs in italics, "*强调*"; a hard
  // break "\" at the closing's line end)
  const Document d = doc_of(
      "联合国 A/RES/78/112\n\n"
      "**第七十八届会议**\n\n"
      "议程项目 74\n\n"
      "# 78/112. 国际法委员会第七十四届会议工作报告\n\n"
      "*大会*，\n\n"
      "*审议了*国际法委员会第七十四届会议工作报告，[^1]\n\n"
      "1\\. *表示赞赏*国际法委员会所做的工作；\n\n"
      "2\\. *决定*将该项目列入第七十九届会议临时议程。\n\n"
      "2023年12月7日\\\n"
      "第45次全体会议\n\n"
      "[^1]: 《大会正式记录，第七十七届会议，补编第10号》(A/77/10)。\n");
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text, "表示赞赏国际法委员会所做的工作；");
  const auto t = texts(d);
  ASSERT_GE(t.size(), 3u);
  EXPECT_EQ(t[0], "大会，");
  EXPECT_EQ(t[1], "审议了国际法委员会第七十四届会议工作报告，");
  const Footnote* one = footnote(d, "1");
  ASSERT_NE(one, nullptr);
  EXPECT_FALSE(one->refs.empty());
  EXPECT_EQ(d.footnotes.size(), 1u);  // (no "*大会*，" read as a star note)
  EXPECT_EQ(markup_of(d, 9), "**");
  EXPECT_EQ(markup_of(d, 17), "\\");
}

TEST(Markdown2, LinksPicturesAndCellBreaksAreMarks) {
  // (marker's picture "![](…)", a link, an address in angle brackets, a
  // cell's "<br>")
  const Document d = doc_of(
      "# 一、导言\n\n"
      "![](_page_0_Picture_14.jpeg)\n\n"
      "1. 答复可查阅[特别报告员的网页](https://www.ohchr.org/zh/special-procedures)。\n\n"
      "2. 另见 <https://undocs.org/A/78/150>。\n\n"
      "| 机制 | 年份 |\n"
      "|---|---|\n"
      "| 美洲人权法院 | 2022<br>2023 |\n"
      "| 非洲委员会 | 2023 |\n");
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text, "答复可查阅特别报告员的网页。");
  const Node* p2 = numbered_paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p2->text, "另见 https://undocs.org/A/78/150。");
  EXPECT_EQ(markup_of(d, 3), "![](_page_0_Picture_14.jpeg)");
  EXPECT_EQ(markup_of(d, 5), "[](https://www.ohchr.org/zh/special-procedures)");
  const auto tables = nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0]->rows.size(), 3u);
  EXPECT_EQ(tables[0]->rows[1], (std::vector<std::string>{"美洲人权法院", "2022 2023"}));
}

TEST(Markdown2, PlainTextBulletsAndQuotesStayAsWritten) {
  // (no Markdown evidence: a hyphen and ">" open a line as written)
  const Document d = doc_of(
      "一、导言\n\n"
      "1. 特别报告员会见了：\n\n"
      "- 政府官员；\n\n"
      "> 50%的答复。\n");
  for (const Furniture& f : d.furniture) EXPECT_NE(f.kind, "markup");
  const auto t = texts(d);
  ASSERT_FALSE(t.empty());
  bool hyphen = false;
  for (const auto& s : t) hyphen = hyphen || s.find("- 政府官员；") != std::string::npos;
  EXPECT_TRUE(hyphen);
}

TEST(Markdown2, AMastheadCellRunTogetherGivesItsDate) {
  // (MarkItDown: the masthead a pipe table, a cell's lines run together,
  // the language in Chinese: "Distr.: General 2023年7月20日 中文 Original: English")
  const Document d = doc_of(
      "| 联合国 |  | A/78/312 |\n"
      "| --- | --- | --- |\n"
      "| 大会 | Distr.: General 2023年7月20日 中文 Original: English |\n\n"
      "**第七十八届会议**\n\n"
      "临时议程\\*项目28\n\n"
      "**提高妇女地位**\n\n"
      "**秘书长的说明**\n\n"
      "# 一、导言\n\n"
      "1. 本报告是根据大会第76/142号决议提交的。\n");
  EXPECT_EQ(d.front_matter.symbol.value_or(""), "A/78/312");
  EXPECT_EQ(d.front_matter.organ.value_or(""), "大会");
  EXPECT_EQ(d.front_matter.distribution.value_or(""), "General");
  EXPECT_EQ(d.front_matter.date.value_or(""), "2023-07-20");
  EXPECT_EQ(d.front_matter.language_this.value_or(""), "中文");
  EXPECT_EQ(d.front_matter.language_original.value_or(""), "English");
}

TEST(Markdown2, AnHtmlTableIsATableItsTagsMarks) {
  // (a converter's table its pipes cannot hold: on one line, as MinerU and
  // marker give it, or a tag a line, as pandoc does, a cell of two
  // paragraphs joined)
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1. 下表列出来文。\n\n"
      "<table><tr><th>区域</th><th>来文数</th></tr><tr><td>亚洲</td><td>7</td></tr></table>\n\n"
      "2. 下表列出答复。\n\n"
      "<table>\n"
      "<thead>\n"
      "<tr class=\"header\">\n"
      "<th>区域</th>\n"
      "<th>答复数</th>\n"
      "</tr>\n"
      "</thead>\n"
      "<tbody>\n"
      "<tr class=\"odd\">\n"
      "<td><p>亚洲及</p>\n"
      "<p>太平洋</p></td>\n"
      "<td>12</td>\n"
      "</tr>\n"
      "</tbody>\n"
      "</table>\n\n"
      "# 二、结论\n\n"
      "3. 完。\n");
  const auto tables = nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0]->rows, (std::vector<std::vector<std::string>>{{"区域", "来文数"}, {"亚洲", "7"}}));
  EXPECT_EQ(tables[1]->rows, (std::vector<std::vector<std::string>>{{"区域", "答复数"}, {"亚洲及太平洋", "12"}}));
  EXPECT_EQ(tables[1]->lines.first, 9);
  EXPECT_EQ(tables[1]->lines.last, 23);
  ASSERT_NE(numbered_paragraph(d, 1), nullptr);
  EXPECT_EQ(numbered_paragraph(d, 1)->text, "下表列出来文。");
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
  EXPECT_EQ(numbered_paragraph(d, 2)->text, "下表列出答复。");
  EXPECT_EQ(markup_of(d, 5), "<table><tr><th></th><th></th></tr><tr><td></td><td></td></tr></table>");
  EXPECT_EQ(markup_of(d, 11), "<tr class=\"header\">");
}

TEST(Markdown2, ASessionRunIntoTheAgendaLineIsTheSessions) {
  // (marker runs the masthead's left column together: "**第七十八届会议**
  // 临时议程\* 项目 70")
  const Document d = doc_of(
      "联合国 A/78/256\n\n"
      "# 大会\n\n"
      "Distr.: General 2 August 2023 Chinese Original: English\n\n"
      "**第七十八届会议** 临时议程\\* 项目 70\n\n"
      "# 土著人民的权利\n\n"
      "### 秘书长的说明\n\n"
      "秘书长谨向大会转递特别报告员的报告。\n\n"
      "\\* A/78/150。\n");
  EXPECT_EQ(d.front_matter.session_text.value_or(""), "第七十八届会议");
  EXPECT_EQ(d.front_matter.session_number.value_or(0), 78);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].label, "临时议程");
  EXPECT_EQ(d.front_matter.agenda_items[0].item.value_or(""), "70");
  EXPECT_EQ(markup_of(d, 7), "****\\");
}

TEST(Markdown2, ANestedListsNumberedItemIsNoParagraphNumber) {
  // (MarkItDown numbers a sub-list "1." again, set in under its parent: the
  // paragraph above's items, not paragraphs 1 and 2 again)
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1. 本报告是根据大会第76/142号决议提交的。\n"
      "2. 特别报告员在报告中建议：\n"
      "   1. 通过全面立法；\n"
      "   2. 加强司法机构的能力。\n"
      "3. 特别报告员期待继续开展对话。\n\n"
      "# 二、结论\n\n"
      "4. 完。\n");
  EXPECT_EQ(texts(d), (std::vector<std::string>{"本报告是根据大会第76/142号决议提交的。", "特别报告员在报告中建议：",
                                                "1. 通过全面立法；", "2. 加强司法机构的能力。",
                                                "特别报告员期待继续开展对话。", "完。"}));
  ASSERT_NE(numbered_paragraph(d, 3), nullptr);
  EXPECT_EQ(numbered_paragraph(d, 3)->text, "特别报告员期待继续开展对话。");
  ASSERT_NE(numbered_paragraph(d, 1), nullptr);
  EXPECT_EQ(numbered_paragraph(d, 1)->lines.first, 3);
}

TEST(Markdown2, AListInAQuoteKeepsItsItemsApart) {
  const Document d = doc_of(
      "# 一、导言\n\n"
      "1. 人权理事会在该决议中请各国：\n\n"
      "> - 停止一切强迫驱逐；\n"
      "> - 确保受影响者获得有效补救。\n\n"
      "# 二、结论\n\n"
      "2. 完。\n");
  EXPECT_EQ(texts(d), (std::vector<std::string>{"人权理事会在该决议中请各国：", "停止一切强迫驱逐；",
                                                "确保受影响者获得有效补救。", "完。"}));
  EXPECT_EQ(markup_of(d, 6), ">-");
}

}  // namespace

}  // namespace undoc_test_markdown2_test
