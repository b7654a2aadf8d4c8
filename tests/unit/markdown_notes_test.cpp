// Markdown input: a note of several paragraphs, as pandoc and CommonMark
// write one ("[^1]: …" and its next paragraphs below a blank line, set in
// by four spaces or a TAB).
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_markdown_notes_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::footnote;
using test::numbered_paragraph;

const char* kHead =
    "# 联合国 A/78/250\n\n"
    "## 大会\n\n"
    "第七十八届会议\n\n"
    "## 一、导言\n\n"
    "1. 本报告根据大会第77/123号决议提交。[^1]\n\n"
    "2. 报告审查了各会员国提供的资料。[^2]\n\n"
    "## 二、结论\n\n"
    "3. 秘书长建议大会注意到本报告。\n\n";

}  // namespace

TEST(MarkdownNotes, ANotesNextParagraphSetInIsTheNotes) {
  for (const std::string set_in : {"    ", "\t"}) {
    SCOPED_TRACE(set_in == "\t" ? "TAB" : "four spaces");
    std::string text(kHead);
    text += "[^1]: 见《大会正式记录，第七十七届会议，补编第49号》(A/77/49)。\n\n";
    text += set_in + "另见A/77/300号文件第5段，\n";
    text += set_in + "以及A/77/301号文件。\n\n";
    text += "[^2]: 截至2023年5月31日收到的答复。\n";
    const Document d = doc_of(text);
    const Footnote* one = footnote(d, "1");
    ASSERT_NE(one, nullptr);
    EXPECT_EQ(one->text, "见《大会正式记录，第七十七届会议，补编第49号》(A/77/49)。另见A/77/300号文件第5段，以及A/77/301号文件。");
    const Footnote* two = footnote(d, "2");
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two->text, "截至2023年5月31日收到的答复。");
    // (the last paragraph of the body keeps only its own words)
    const Node* three = numbered_paragraph(d, 3);
    ASSERT_NE(three, nullptr);
    EXPECT_EQ(three->text, "秘书长建议大会注意到本报告。");
  }
}

TEST(MarkdownNotes, AParagraphAtTheMarginBelowANoteIsNotTheNotes) {
  // (the text goes on after the notes, at the margin: the body's)
  std::string text(kHead);
  text += "[^1]: 见A/77/49。\n\n";
  text += "[^2]: 截至2023年5月31日收到的答复。\n\n";
  text += "4. 秘书长还建议大会请会员国继续提供资料。\n";
  const Document d = doc_of(text);
  ASSERT_NE(footnote(d, "2"), nullptr);
  EXPECT_EQ(footnote(d, "2")->text, "截至2023年5月31日收到的答复。");
  ASSERT_NE(numbered_paragraph(d, 4), nullptr);
  EXPECT_EQ(numbered_paragraph(d, 4)->text, "秘书长还建议大会请会员国继续提供资料。");
}

}  // namespace undoc_test_markdown_notes_test
