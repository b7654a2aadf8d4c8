// Kinds of document, more (helper 2 of the eleventh round): a note by the
// President of the Security Council recording what the members agreed
// (S/2023/947: "安全理事会主席的说明", numbered paragraphs under chapters, an
// annex with a timetable), a report of the General Assembly's Credentials
// Committee (A/78/605: 一. 导言, the draft the committee adopted quoted in a
// paragraph, 二. 全权证书委员会的建议 with the draft resolution it recommends) and
// a UPR summary of stakeholders' submissions (A/HRC/WG.6/44/NVR/3: the
// Working Group's session block, "…利益攸关方提交的材料摘要" over "联合国人权事务高级
// 专员办事处的报告", parts and subheads, a footnote to each paragraph citing its
// submitters). samples/ holds each in two shapes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/text.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more11_test {

using namespace undoc;

namespace {

using test::footnote;
using test::numbered_paragraph;
using test::doc_of;
using test::nodes_of;

bool refers_to(const Node& n, const std::string& id) {
  for (const auto& r : n.footnote_refs.vec())
    if (r.id == id) return true;
  return false;
}

}  // namespace

// A raised marker that the wrap carried over to the next page: the first
// text below the running header, alone on its line, the paragraph it ends
// on the page above ("…的工作。"), the next numbered paragraph right below
// it, its body at this page's foot. The page's number stands at its foot
// ("2/2"), and a page has one number: the lone "1" is the marker, not a
// page number, nor a heading with no title.
TEST(KindsMore11, AMarkerCarriedOverToThePagesTopIsNoPageNumber) {
  const Document d = doc_of(
      "联合国\tS/2023/947\n安全理事会\tDistr.: General\n6 December 2023\nChinese\nOriginal: English\n\n"
      "安全理事会主席的说明\n\n"
      "1. 安全理事会成员商定，两名非正式协调人将在每年10月1日之前开始就下一年附\n"
      "属机关主席的分配进行协商，并与即将当选的成员保持接触，以便后者尽早了解各\n"
      "附属机关的工作。\n\n"
      "23-24409 (C)\n\f"
      "S/2023/947\n\n"
      "1\n"
      "2. 安全理事会成员商定，附属机关主席的分配应尽可能在每年10月31日之前确定。\n\n"
      "1 S/2017/507。\n\n"
      "2/2\n23-24409\n");
  for (const auto& f : d.furniture) EXPECT_FALSE(f.kind == "page_number" && f.text == "1") << f.line;
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_TRUE(refers_to(*p1, "1"));
  const Footnote* f1 = footnote(d, "1");
  ASSERT_NE(f1, nullptr);
  ASSERT_EQ(f1->refs.size(), 1u);
  EXPECT_EQ(f1->refs[0].paragraph, 1);
  EXPECT_TRUE(nodes_of(d, NodeKind::Section).empty());
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
}

// The same in the sample note's hard-wrapped shape: "…各附属机关的工作。" ends
// page 1, "3" opens page 2 below its running header, "9. …" right below.
TEST(KindsMore11, SampleNotesMarkerAtThePagesTopEndsParagraphEight) {
  const Document d = doc_of(test::read_file("samples/note-sc-president-working-methods-wrap.txt"));
  const Node* p8 = numbered_paragraph(d, 8);
  ASSERT_NE(p8, nullptr);
  EXPECT_TRUE(refers_to(*p8, "3"));
  for (const Node* s : nodes_of(d, NodeKind::Section)) EXPECT_FALSE(s->title.empty()) << s->lines.first;
}

// A marker the wrap put at the start of the next line, before the bracket
// that opens a gloss on the words it follows ("…安全理事会主席的说明" / "1(以下称
// “第507号说明”)…", the line above full): a marker, dropped from the text.
// Not a number that takes the bracket: "…议程项目" / "3(续)", "…第" / "1(二)段".
TEST(KindsMore11, AMarkerWrappedBeforeAGlossIsFound) {
  const Document d = doc_of(test::read_file("samples/note-sc-president-working-methods-wrap.txt"));
  const Node* p2 = numbered_paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  EXPECT_TRUE(refers_to(*p2, "1"));
  EXPECT_EQ(p2->text.find("说明1("), std::string::npos);
  EXPECT_NE(p2->text.find("主席的说明(以下称"), std::string::npos);
  const Footnote* f1 = footnote(d, "1");
  ASSERT_NE(f1, nullptr);
  ASSERT_EQ(f1->refs.size(), 1u);
  EXPECT_EQ(f1->refs[0].paragraph, 2);
}

// The three documents' kinds: the President's note is a note (its title
// "安全理事会主席的说明" names the kind); the Credentials Committee's report a
// report (its line "全权证书委员会的报告"), though it recommends a draft
// resolution ("大会，" / "核准…"); the stakeholders' summary a report (its
// line "联合国人权事务高级专员办事处的报告").
TEST(KindsMore11, KindsOfTheThreeSamples) {
  for (const char* shape : {"para", "wrap"}) {
    const Document n = doc_of(test::read_file(std::string("samples/note-sc-president-working-methods-") + shape + ".txt"));
    ASSERT_TRUE(n.kind.has_value());
    EXPECT_EQ(*n.kind, "note");
    EXPECT_EQ(n.front_matter.title.value_or(""), "安全理事会主席的说明");
    EXPECT_EQ(n.annexes.size(), 1u);
    const Document c = doc_of(test::read_file(std::string("samples/report-credentials-committee-ga-78-") + shape + ".txt"));
    ASSERT_TRUE(c.kind.has_value());
    EXPECT_EQ(*c.kind, "report");
    EXPECT_EQ(c.front_matter.subtitle.value_or(""), "全权证书委员会的报告");
    const Document u =
        doc_of(test::read_file(std::string("samples/report-upr-stakeholders-summary-naveria-") + shape + ".txt"));
    ASSERT_TRUE(u.kind.has_value());
    EXPECT_EQ(*u.kind, "report");
    EXPECT_EQ(u.front_matter.title.value_or(""), "纳维里亚共和国利益攸关方提交的材料摘要");
    EXPECT_EQ(u.footnotes.size(), 21u);
  }
}

// The notes a summary or compilation of the Office of the High Commissioner
// gathers after its text, under "注" (the English "Notes"): a heading of
// their own at the top, the last paragraph ending where it ends, the notes
// lifted out and linked to their markers.
TEST(KindsMore11, NotesHeadingOverEndnotesIsNoParagraphsWord) {
  const Document d = doc_of(
      "联合国\tA/HRC/WG.6/44/NVR/3\n大会\tDistr.: General\n21 August 2023\nChinese\nOriginal: English\n\n"
      "人权理事会\n普遍定期审议工作组\n第四十四届会议\n2023年11月6日至17日\n\n"
      "纳维里亚共和国利益攸关方提交的材料摘要\n\n联合国人权事务高级专员办事处的报告\n\n"
      "一. 背景\n"
      "1. 本报告汇总了19个利益攸关方为普遍定期审议提交的材料¹，由于字数限制，仅以摘要形式列出。\n"
      "二. 利益攸关方提交的材料\n"
      "2. HRW报告说，寻求庇护者在边境被拘留的时间往往超过法律规定的最长期限。²\n\n"
      "注\n"
      "¹ 利益攸关方提交的材料可在www.ohchr.org查阅。\n"
      "² HRW，第5页。\n");
  const Node* p2 = numbered_paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p2->text, "HRW报告说，寻求庇护者在边境被拘留的时间往往超过法律规定的最长期限。");
  EXPECT_TRUE(refers_to(*p2, "2"));
  ASSERT_FALSE(d.body.empty());
  EXPECT_EQ(d.body.back().kind, NodeKind::Section);
  EXPECT_EQ(d.body.back().title, "注");
  EXPECT_EQ(d.body.back().level, 1);
  EXPECT_EQ(d.footnotes.size(), 2u);
}

// The same notes in PDF text: "注" alone on the last page, "1 利益攸关方…"
// wrapped over six lines, "2 NHRC，第3段。"… down to the end; the markers plain
// digits glued into the text above ("…提交的材料1，由于…", "…公约》。2"), in
// the notes' order. Each note is lifted out whole and linked to its marker.
TEST(KindsMore11, EndnotesUnderNotesHeadingInPdfText) {
  const Document d = doc_of(test::read_file("tests/unit/data/kinds_more11_upr_endnotes_wrap.txt"));
  ASSERT_EQ(d.footnotes.size(), 21u);  // (with the title's "*")
  for (const auto& f : d.footnotes) EXPECT_EQ(f.refs.size(), 1u) << f.id;
  const Footnote* f1 = footnote(d, "1");
  ASSERT_NE(f1, nullptr);
  EXPECT_EQ(f1->text.rfind("利益攸关方提交的材料可在www.ohchr.org查阅。", 0), 0u);
  EXPECT_NE(f1->text.find("国家人权机构：NHRC"), std::string::npos);
  const Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_NE(p1->text.find("提交的材料，由于字数限制"), std::string::npos);
  EXPECT_TRUE(refers_to(*p1, "1"));
  for (long n = 2; n <= 19; ++n) {
    const Node* p = numbered_paragraph(d, n);
    ASSERT_NE(p, nullptr) << n;
    EXPECT_EQ(p->footnote_refs.size(), 1u) << n;
  }
  ASSERT_FALSE(d.body.empty());
  EXPECT_EQ(d.body.back().title, "注");
  EXPECT_TRUE(d.body.back().children.empty());
}

// (the markers looked for from the body on: a number of the masthead's,
// "议程项目1", is none)
TEST(KindsMore11, EndnotesMarkersAreLookedForInTheBody) {
  std::string text = test::read_file("tests/unit/data/kinds_more11_upr_endnotes_wrap.txt");
  const std::string at = "普遍定期审议工作组\n";
  ASSERT_NE(text.find(at), std::string::npos);
  text.insert(text.find(at) + at.size(), "议程项目1\n");
  const Document d = doc_of(text);
  const Footnote* f1 = footnote(d, "1");
  ASSERT_NE(f1, nullptr);
  ASSERT_EQ(f1->refs.size(), 1u);
  EXPECT_EQ(f1->refs[0].paragraph, 1);
}

}  // namespace undoc_test_kinds_more11_test
