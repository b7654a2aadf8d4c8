// Footnotes in other shapes of text: a note citing an English title or a
// symbol whose wrapped line ends at a Latin full stop (textwrap at 60), and a
// note of several sentences in text a sentence a line.
#include <gtest/gtest.h>

#include "test_util.hpp"

namespace undoc_test_shapes_more2_test {

using namespace undoc;

namespace {
const Footnote* note(const Document& d, const std::string& id) {
  for (const auto& f : d.footnotes)
    if (f.id == id) return &f;
  return nullptr;
}
// every paragraph's text, body and front matter
std::vector<std::string> paragraph_texts(const Document& d) {
  std::vector<std::string> out;
  auto add = [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) out.push_back(n.text);
  };
  walk(d.front_matter.paragraphs, add);
  walk(d.body, add);
  return out;
}
bool any_paragraph_holds(const Document& d, const std::string& words) {
  for (const auto& t : paragraph_texts(d))
    if (t.find(words) != std::string::npos) return true;
  return false;
}
}  // namespace

// (Python's textwrap at 60, no blank lines: "² 见Yearbook of … 2022, vol." /
// "II (Part Two), chap. IV, para. 46.", "⁴ 见Ellen MacArthur Foundation，… How" /
// "the Circular Economy Tackles Climate Change (2019)." / "另见经济合作与发展组织，…" /
// "(Paris, 2019).": the stop at a line's end is an abbreviation's, or the note
// goes on with its next citation; "³ A/77/10." ends its note, and the
// paragraph below "² …" is the text's)
TEST(ShapesMore2, ANoteWhoseLineEndsAtALatinStopGoesOnBelowIt) {
  Document d = test::doc_of(test::read_file("tests/unit/data/report-sg-circular-economy-latin-notes-tw60nb.txt"));
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  ASSERT_EQ(d.footnotes.size(), 5u);
  const Footnote* n1 = note(d, "1");
  const Footnote* n2 = note(d, "2");
  const Footnote* n3 = note(d, "3");
  const Footnote* n4 = note(d, "4");
  ASSERT_TRUE(n1 && n2 && n3 && n4);
  EXPECT_EQ(n1->text, "另见联合国环境规划署，Global Resources Outlook 2024: Bend the Trend (Nairobi, 2024).");
  EXPECT_EQ(n2->text, "见Yearbook of the International Law Commission 2022, vol. II (Part Two), chap. IV, para. 46.");
  EXPECT_EQ(n3->text, "A/77/10.");
  EXPECT_EQ(n4->text,
            "见Ellen MacArthur Foundation，Completing the Picture: How the Circular Economy Tackles Climate Change "
            "(2019). 另见经济合作与发展组织，Global Material Resources Outlook to 2060 (Paris, 2019).");
  EXPECT_FALSE(any_paragraph_holds(d, "II (Part Two)"));
  EXPECT_FALSE(any_paragraph_holds(d, "另见经济合作与发展组织"));
  EXPECT_TRUE(any_paragraph_holds(d, "委员会在报告中指出"));
}

// (a note's line ending at a Latin stop in text with no wrap is whole: the
// line below it is the text's, whatever it opens with)
TEST(ShapesMore2, ALatinStopEndsANoteInTextAParagraphALine) {
  const std::string text =
      "联合国\tA/78/215\n大会\tDistr.: General\n21 July 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n临时议程项目19\n可持续发展\n循环经济与可持续消费和生产\n秘书长的报告\n"
      "一. 导言\n"
      "1. 本报告根据大会第77/161号决议提交。¹\n"
      "¹ A/77/10.\n"
      "另见委员会的分析，会员国可参考。\n"
      "2. 大会不妨鼓励会员国将循环经济原则纳入国家发展规划。\n";
  Document d = test::doc_of(text);
  const Footnote* n1 = note(d, "1");
  ASSERT_NE(n1, nullptr);
  EXPECT_EQ(n1->text, "A/77/10.");
}

// (a sentence splitter's text: "* 本记录可以更正。" / "更正应以一种工作语言提出，…。" /
// "经更正的记录将…重新印发。" / "上午10时05分宣布开会。": the record's
// procedural line closes the note's sentences)
TEST(ShapesMore2, AStarNotesSentencesALineEachAreTheNotes) {
  Document d = test::doc_of(test::read_file("samples/record-summary-sixth-committee-sr12-sent.txt"));
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
  const Footnote* star = note(d, "*");
  ASSERT_NE(star, nullptr);
  EXPECT_EQ(star->text,
            "本记录可以更正。更正应以一种工作语言提出，列明于一份印发的记录副本上，并在本记录印发之日起一周内送交文件"
            "管理科科长(dms@un.org)。经更正的记录将以电子文本形式在联合国正式文件系统(http://documents.un.org/)"
            "上重新印发。");
  EXPECT_FALSE(any_paragraph_holds(d, "更正应以一种工作语言提出"));
  EXPECT_FALSE(any_paragraph_holds(d, "经更正的记录"));
  EXPECT_TRUE(any_paragraph_holds(d, "上午10时05分宣布开会。"));
}

// ("* 本报告摘要以所有正式语文分发。" / "报告正文附于摘要之后，仅以提交语文分发。" /
// "一. 导言": a heading closes them)
TEST(ShapesMore2, AStarNotesSecondSentenceAboveAHeadingIsTheNotes) {
  Document d = test::doc_of(test::read_file("tests/unit/data/report-special-rapporteur-visit-addendum-sent.txt"));
  const Footnote* star = note(d, "*");
  ASSERT_NE(star, nullptr);
  EXPECT_EQ(star->text, "本报告摘要以所有正式语文分发。报告正文附于摘要之后，仅以提交语文分发。");
  EXPECT_FALSE(any_paragraph_holds(d, "报告正文附于摘要之后"));
}

// (not the text's sentences below a note that is a symbol alone, "* A/78/150。",
// nor those that run on into more text: a letter's, down to its signature)
TEST(ShapesMore2, TheTextsSentencesBelowANoteStayTheTexts) {
  const std::string note_symbol =
      "联合国\tA/78/301\n"
      "大会\tDistr.: General\n"
      "10 August 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "临时议程项目* 19\n"
      "可持续发展\n"
      "秘书长的说明\n"
      "* A/78/150。\n"
      "秘书长谨向大会转递世界卫生组织总干事根据大会第74/299号决议提交的报告。\n"
      "该报告介绍了会员国在改善道路安全方面取得的进展。\n"
      "一. 导言\n"
      "1. 大会在第74/299号决议中请秘书长提交报告。\n"
      "报告应介绍会员国采取的措施。\n"
      "2. 本报告介绍了执行情况。\n"
      "各区域的进展并不均衡。\n"
      "3. 本报告还提出了建议。\n"
      "这些建议供大会审议。\n"
      "4. 会员国提供了资料。\n";
  Document d = test::doc_of(note_symbol);
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
  const Footnote* star = note(d, "*");
  ASSERT_NE(star, nullptr);
  EXPECT_EQ(star->text, "A/78/150。");
  EXPECT_TRUE(any_paragraph_holds(d, "秘书长谨向大会转递"));

  const std::string letter =
      "联合国\tA/78/302\n"
      "大会\tDistr.: General\n"
      "11 August 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "议程项目19\n"
      "可持续发展\n"
      "2023年8月9日哈萨克斯坦常驻联合国代表给秘书长的信*\n"
      "* 因技术原因于2023年8月20日重新印发。\n"
      "谨随函转递2023年7月27日在阿斯塔纳举行的中亚跨界水资源合作区域会议的成果文件。\n"
      "会议由哈萨克斯坦共和国外交部主办。\n"
      "中亚五国政府的代表出席了会议。\n"
      "会议讨论了跨界水资源合作问题。\n"
      "与会者强调了预防性外交的作用。\n"
      "与会者还讨论了气候变化对水资源的影响。\n"
      "会议通过了一份成果文件。\n"
      "成果文件载有与会者的建议。\n"
      "哈萨克斯坦愿与各国分享会议的经验。\n"
      "请将本函及其附件作为大会第七十八届会议议程项目19下的文件分发为荷。\n"
      "常驻代表\n"
      "(签名)阿克坦·拉赫梅特\n";
  Document l = test::doc_of(letter);
  EXPECT_EQ(l.source.layout.shape, "sentence_per_line");
  const Footnote* re = note(l, "*");
  ASSERT_NE(re, nullptr);
  EXPECT_EQ(re->text, "因技术原因于2023年8月20日重新印发。");
  EXPECT_TRUE(any_paragraph_holds(l, "谨随函转递"));
}

// (the Environment Assembly's compendium, wrapped by make_wrapped_sample.py
// from its paragraph-a-line source: the same masthead, its session line
// "第六届会议" read as the session in both, the Assembly's name a note)
TEST(ShapesMore2, TheWrappedCompendiumIsItsSourcesWrap) {
  Document para = test::doc_of(test::read_file("samples/decision-unea-6-resolutions-compendium-para.txt"));
  Document wrap = test::doc_of(test::read_file("samples/decision-unea-6-resolutions-compendium-wrap.txt"));
  ASSERT_TRUE(para.front_matter.session_number.has_value());
  EXPECT_EQ(*para.front_matter.session_number, 6);
  ASSERT_TRUE(wrap.front_matter.session_number.has_value());
  EXPECT_EQ(*wrap.front_matter.session_number, *para.front_matter.session_number);
  EXPECT_EQ(wrap.front_matter.session_text, para.front_matter.session_text);
  EXPECT_EQ(wrap.front_matter.notes, para.front_matter.notes);
}

}  // namespace undoc_test_shapes_more2_test
