// Labels of sub-items as Chinese UN documents write them, read in every shape.
#include <gtest/gtest.h>

#include "parse/conventions.hpp"
#include "test_util.hpp"

namespace undoc_test_items_test {

using namespace undoc;

namespace {

// the body's paragraphs, in order, nested ones included
std::vector<const Node*> paragraphs(const Document& d) { return test::nodes_of(d, NodeKind::Paragraph); }

}  // namespace

// The Chinese version of "(i)", "(ii)" is one character, ㈠, ㈡ (U+3220…),
// which NFKC would make three: the fold leaves it, so the label is read as
// it stands, as are ⑴ and ⒜.
TEST(Items, OneCharacterLabelsStartSubItems) {
  EXPECT_TRUE(conv::starts_sub_item(fold(U"㈠ 加强国家机构；")));
  EXPECT_TRUE(conv::starts_sub_item(fold(U"㈩ 其他")));
  EXPECT_TRUE(conv::starts_sub_item(fold(U"⑴ 加强")));
  EXPECT_TRUE(conv::starts_sub_item(fold(U"⒜ 加强")));
  EXPECT_FALSE(conv::starts_sub_item(fold(U"一. 导言")));
  EXPECT_FALSE(conv::starts_sub_item(fold(U"⒈ 加强")));  // a digit and its stop: a number, not an item
}

TEST(Items, RomanSubItemsStayInTheirParagraph) {
  const std::string body =
      "一. 导言\n"
      "1. 本报告根据大会第77/200号决议提交，其中大会请秘书长就该决议的执行情况\n"
      "向大会第七十八届会议提出报告。\n"
      "2. 大会在该决议中：\n"
      "(a) 请各国：\n"
      "㈠ 加强国家机构，确保其独立性；\n"
      "㈡ 为民间社会创造有利环境；\n"
      "(b) 请秘书长继续提供支助。\n"
      "二. 结论\n"
      "3. 秘书长建议各国采取以下措施。\n";
  for (const bool blank_lines : {false, true}) {
    std::string text = body;
    if (blank_lines) {
      text.clear();
      for (char c : body) text += c == '\n' ? std::string("\n\n") : std::string(1, c);
    }
    const Document d = test::doc_of(text);
    const auto ps = paragraphs(d);
    ASSERT_EQ(ps.size(), 3u) << (blank_lines ? "with blank lines" : "hard-wrapped");
    EXPECT_EQ(ps[1]->paragraph_number, 2);
    EXPECT_EQ(ps[1]->text, "大会在该决议中：(a) 请各国：㈠ 加强国家机构，确保其独立性；㈡ 为民间社会创造有利环境；(b) 请秘书长继续提供支助。");
    EXPECT_EQ(ps[2]->paragraph_number, 3);
  }
}

// A heading's number is read with its full-width letters and digits as
// ASCII (Ａ．, 第１条), as its spaces are dropped; its label stays as written.
TEST(Items, FullWidthHeadingNumbersAsAscii) {
  const Document d = test::doc_of(
      "一. 导言\n"
      "１．本报告根据大会第77/200号决议提交。\n"
      "Ａ．背景\n"
      "２．还说明了有关情况。\n");
  ASSERT_EQ(d.body.size(), 1u);
  ASSERT_FALSE(d.body[0].children.empty());
  const Node& a = d.body[0].children.back();
  EXPECT_EQ(a.section_kind, "section");
  EXPECT_EQ(a.number, "A");
  EXPECT_EQ(a.label, "Ａ．");
}

// A decimal label left alone on its line ("1.2", as a wrap at a count of
// characters leaves it) takes the text below it; a line of its own before.
TEST(Items, ADecimalLabelAloneTakesTheTextBelow) {
  const Document d = test::doc_of(
      "第1节\n"
      "总则\n"
      "1.1 本指示适用于所有工作人员的公务旅行，包括\n"
      "借调人员和顾问。\n"
      "1.2\n"
      "本指示应与工作人员细则第七条一并阅读。\n"
      "1.3 本指示自发布之日起生效。\n");
  const auto ps = paragraphs(d);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[1]->label, "1.2");
  EXPECT_EQ(ps[1]->paragraph_number, 2);
  EXPECT_EQ(ps[1]->text, "本指示应与工作人员细则第七条一并阅读。");
  EXPECT_EQ(ps[2]->label, "1.3");
  EXPECT_EQ(ps[2]->text, "本指示自发布之日起生效。");
  EXPECT_EQ(ps[0]->text, "本指示适用于所有工作人员的公务旅行，包括借调人员和顾问。");
}

// The same in a whole document: an administrative instruction's sections of
// "1.1<TAB>…" paragraphs, as a word processor saves them, are paragraphs,
// none of them a table
TEST(Items, DecimalLabelsBeforeATabAreParagraphsNotATable) {
  const Document doc = test::doc_of(
      "联合国 ST/AI/2023/9\n秘书处\n2023年4月3日\n行政指示\n公务旅行\n"
      "第1节\n一般规定\n"
      "1.1\t本指示适用于经核准代表本组织进行公务旅行的工作人员。\n"
      "1.2\t本指示应与工作人员细则第七章一并阅读。\n"
      "第2节\n旅行的核准\n"
      "2.1\t一切公务旅行均须在旅行开始前以书面形式事先获得核准。\n"
      "2.2\t核准人在核准旅行之前，应确认旅行是必需的。\n");
  EXPECT_TRUE(test::nodes_of(doc, NodeKind::Table).empty());
  std::vector<std::string> labels;
  for (const Node* p : paragraphs(doc)) {
    labels.push_back(p->label);
    EXPECT_EQ(p->paragraph_kind, "numbered");
    EXPECT_EQ(p->text.find('\t'), std::string::npos) << p->text;  // (the TAB after the label is no text's)
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"1.1", "1.2", "2.1", "2.2"}));
}

}  // namespace undoc_test_items_test
