// More of one document in other shapes of text giving the structure it gives
// as a paragraph a line (tests/corpus/same_structure.py): differences that
// script listed as known, each fixed by how a wrap or an export sets the text
// and how the headings are written. The inputs are samples/*-para.txt in the
// shapes same_structure.shapes() makes (tests/unit/data/README.md says which).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_same_structure_more_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const Node* first_section(const Document& d) {
  const auto s = nodes_of(d, NodeKind::Section);
  return s.empty() ? nullptr : s.front();
}

// a paragraph whose text opens and ends so
bool has_paragraph(const Document& d, const std::string& start, const std::string& last) {
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->text.starts_with(start) && n->text.ends_with(last)) return true;
  return false;
}

}  // namespace

// A list of issues' "第一部分" has no title: the paragraph under it asks for
// the replies ("请缔约国在…提交以下资料(不超过10 700字)，如有可能，…。").
// Wrapped, that paragraph's first line stops before its comma: at 60
// characters before "700字)，…", a run too long for the line, the bracket left
// open; at 40 at the width; set in at 64 columns over the figure's rest, which
// the lexer reads as a plain footnote's label. The text the line runs on into
// ends a sentence before the run stops; a title has no stop. (And at 60
// characters, lines wider than any PDF line, a line that leaves a bracket open
// goes on into the line right below that closes it.)
TEST(SameStructureMore, PartsParagraphWrappedIsNoTitle) {
  for (const char* shape : {"tw60", "tw40nb", "setin64"}) {
    SCOPED_TRACE(shape);
    const Document d =
        doc_of(test::read_file(std::string("tests/unit/data/same_structure_more_crc_") + shape + ".txt"));
    const Node* part = first_section(d);
    ASSERT_NE(part, nullptr);
    EXPECT_EQ(part->section_kind, "part");
    EXPECT_EQ(part->title, "");
    // (one paragraph: the first line's rest below it too, whatever the wrap)
    EXPECT_TRUE(has_paragraph(d, "请缔约国在2023年10月15日之前以书面形式提交以下资料(不超过10", "所载儿童权利的所有方面。"));
  }
}

// An administrative instruction set in at 50 columns: clause 4.1's last line
// ends in its stop and a raised footnote marker ("…费率确定。²") near the
// width; the line below, "4.2 由本组织…", is the next clause's label, as below
// a stop with a plain marker ("…确定。2"), not a wrapped line's start.
TEST(SameStructureMore, ClauseLabelBelowARaisedMarker) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_ai_travel_setin50.txt"));
  bool found = false;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->text.starts_with("由本组织、政府或有关机构免费提供住宿或膳食的")) {
      found = true;
      EXPECT_EQ(n->paragraph_kind, "numbered");
      EXPECT_EQ(n->label, "4.2");
    }
  EXPECT_TRUE(found);
}

// A commission's report set in at 50 columns: "决定草案" alone below the
// lead-in's rest ("…通过下列" / "决定草案："), over the draft's title wrapped
// over two lines ("…的报告和第六十二届会议" / "临时议程及文件"), then the
// formula "经济及社会理事会：". The head stands over a title that runs on from
// its full first line, as over one of a line.
TEST(SameStructureMore, BareDraftHeadOverAWrappedTitle) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_csd61_setin50.txt"));
  std::vector<std::string> subheads;
  for (const Node* n : nodes_of(d, NodeKind::Section))
    if (n->section_kind == "subhead") subheads.push_back(n->title);
  EXPECT_NE(std::find(subheads.begin(), subheads.end(), "决定草案"), subheads.end());
  EXPECT_NE(std::find(subheads.begin(), subheads.end(), "社会发展委员会第六十一届会议的报告和第六十二届会议临时议程及文件"),
            subheads.end());
  for (const Node* n : nodes_of(d, NodeKind::Paragraph)) EXPECT_NE(n->text, "决定草案");
}

// The same report's footnote 1 set in at 50 columns: the wrap cuts its sales
// number, "…出售品编号：C.9" / "6.IV.8)，第一章，决议1，附件一和二。", and the
// lexer reads "6." as a paragraph's number. The note left its bracket open
// and the line closes it: the note's rest, whole, not a paragraph 6.
TEST(SameStructureMore, FootnotesRestClosingItsBracket) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_csd61_setin50.txt"));
  ASSERT_FALSE(d.footnotes.empty());
  EXPECT_EQ(d.footnotes[0].text,
            "《社会发展问题世界首脑会议的报告，1995年3月6日至12日，哥本哈根》(联合国出版物，出售品编号：C.96.IV.8)，"
            "第一章，决议1，附件一和二。");
  for (const Node* n : nodes_of(d, NodeKind::Paragraph)) EXPECT_FALSE(n->text.starts_with("IV.8)"));
}

// The same report wrapped by textwrap at 40 characters, no blank lines:
// "6. 委员会…选出下列主席团成员：" (37 characters) over "主席：". Chinese
// text sets no space between two wide characters, so had "主席：" gone on the
// paragraph the run would have been one, and the line had room for it: the
// paragraph ended, and the officers' lines stand each alone, no subhead.
TEST(SameStructureMore, WideRunThatHadRoomEndsTheParagraph) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_shape_csd61_tw40nb.txt"));
  bool chair = false;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph)) {
    if (n->paragraph_number == 6L) EXPECT_EQ(n->text, "委员会在2023年2月6日第1次会议上以鼓掌方式选出下列主席团成员：");
    chair = chair || n->text == "主席：";
  }
  EXPECT_TRUE(chair);
  for (const Node* n : nodes_of(d, NodeKind::Section)) EXPECT_NE(n->title, "胡安·卡洛斯·佩雷斯(阿根廷)");
}

namespace {

// the subheads of the document's first annex, in order
std::vector<std::string> annex_subheads(const Document& d) {
  std::vector<std::string> out;
  if (d.annexes.empty()) return out;
  std::vector<const Node*> todo;
  for (const Node& n : d.annexes.front().children) todo.push_back(&n);
  for (size_t k = 0; k < todo.size(); ++k) {
    if (todo[k]->kind == NodeKind::Section && todo[k]->section_kind == "subhead") out.push_back(todo[k]->title);
    for (const Node& c : todo[k]->children) todo.insert(todo.begin() + static_cast<std::ptrdiff_t>(k) + 1, &c);
  }
  return out;
}

}  // namespace

// A JIU report set in at 64 columns (its "执行摘要" read here as "内容提要",
// a heading no rule names): the authors' line "编写人：…迪亚洛", at the margin
// and short of the width, over the heading's words at the margin, over the
// summary's first line set in. No wrap runs a paragraph on from a line it did
// not fill: the heading stands alone.
TEST(SameStructureMore, HeadingOverSetInTextBelowAShortLine) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_jiu_setin64_heading.txt"));
  const auto s = annex_subheads(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "内容提要"), s.end());
  EXPECT_FALSE(has_paragraph(d, "编写人：", "内容提要"));
}

// The same report set in at 50 columns: the authors' line runs to the width,
// so its width does not part it from "执行摘要" below; but "执行摘要" at the
// margin right over a line set in is the executive summary's head, as where a
// blank line sets it off.
TEST(SameStructureMore, ExecutiveSummaryOverSetInText) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_jiu_setin50.txt"));
  const auto s = annex_subheads(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "执行摘要"), s.end());
  EXPECT_FALSE(has_paragraph(d, "编写人：", "执行摘要"));
}

// An NGO statement wrapped by textwrap at 40 characters, no blank lines: its
// title, "通过在农村地区投资…加快实现性别平等" (58 of 80 columns, no mark), over
// its first paragraph's first line at the width. Measured at its columns, a
// wrap that cuts a run of Han anywhere to fill a line had room on the title's
// line for the next line's first character: the title's line ended its block,
// and it stands alone, the statement's subhead.
TEST(SameStructureMore, ShortLineBeforeWideTextEndsItsBlock) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_ngo_tw40nb.txt"));
  bool title = false;
  for (const Node* n : nodes_of(d, NodeKind::Section))
    title = title || n->title == "通过在农村地区投资照护服务和社会基础设施加快实现性别平等";
  EXPECT_TRUE(title);
  EXPECT_TRUE(has_paragraph(d, "湖区妇女合作网络是", "。"));
}

// The same statement set in at 50 columns: its title wraps at the margin,
// "通过在农村地区投资照护服务和社会基础设施加快实现性" at the width over "别平等",
// right over the first paragraph's first line set in. Where only a
// paragraph's first line is set in, no paragraph opens at the margin: the
// two lines are the title, a subhead, as its one line is elsewhere.
TEST(SameStructureMore, TitleWrappedAtTheMarginOverSetInText) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_ngo_setin50.txt"));
  bool title = false;
  for (const Node* n : nodes_of(d, NodeKind::Section))
    title = title || (n->section_kind == "subhead" && n->title == "通过在农村地区投资照护服务和社会基础设施加快实现性别平等");
  EXPECT_TRUE(title);
  EXPECT_FALSE(has_paragraph(d, "通过在农村地区投资", "别平等"));
}

namespace {

const Node* section_numbered(const Document& d, const std::string& number) {
  for (const Node* n : nodes_of(d, NodeKind::Section))
    if (n->number && *n->number == number) return n;
  return nullptr;
}

}  // namespace

// An executive board's compilation of decisions wrapped by textwrap at 40
// characters: "2023/8." alone, its title, a run too long for the rest of the
// line, on the next ("执行主任2022年年度报告：…执行进展和成果"). The number and
// its dot alone over a title are the decision's heading, as "2023/9. 儿基会…" is.
TEST(SameStructureMore, DecisionNumberAloneOverItsTitle) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_unicef_tw40nb.txt"));
  const Node* n = section_numbered(d, "2023/8");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->section_kind, "subsection");
  EXPECT_EQ(n->label, "2023/8.");
  EXPECT_EQ(n->title, "执行主任2022年年度报告：2022-2025年战略计划执行进展和成果");
}

// The same compilation set in at 64 columns: "2023/10. 儿基会内部审计和调查活动
// 2022年年度报告及管理层回应" runs to the width, over "执行局", the board's
// formula alone. The title does not run on into it: the decision's text opens there.
TEST(SameStructureMore, DecisionTitleAtTheWidthOverTheBoard) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_unicef_setin64.txt"));
  const Node* n = section_numbered(d, "2023/10");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->title, "儿基会内部审计和调查活动2022年年度报告及管理层回应");
}

}  // namespace undoc_test_same_structure_more_test
