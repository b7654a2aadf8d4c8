// Kinds of document, more (helper 7 of the tenth round): a statement a
// non-governmental organization in consultative status submits to a
// functional commission (E/CN.6/2024/NGO/57: "具有经济及社会理事会咨商地位的非政府
// 组织X提交的声明", "秘书长收到下列声明，现根据经济及社会理事会第1996/31号决议第36和
// 37段分发。", the statement's own title and unnumbered paragraphs), a Human
// Rights Council decision adopting a UPR outcome (A/HRC/DEC/53/104: the date,
// the meeting and "[未经表决通过。]" below it), and an ECOSOC resolution with
// guidelines annexed, numbered afresh from 1 under chapters. samples/ holds
// whole documents of these kinds in two shapes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/text.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more10_test {

using namespace undoc;

namespace {

using test::footnote;
using test::doc_of;
using test::nodes_of;

bool any_text_has(const Document& d, const std::string& s) {
  bool found = false;
  walk(d.body, [&](const Node& n) {
    if (n.text.find(s) != std::string::npos) found = true;
  });
  for (const auto& a : d.annexes)
    walk(a.children, [&](const Node& n) {
      if (n.text.find(s) != std::string::npos) found = true;
    });
  return found;
}

}  // namespace

// An NGO's statement is a paper an observer submits, which the body
// circulates as it does a delegation's working paper: its title
// "…提交的声明" says so (no adoption line, formula or report line).
TEST(KindsMore10, NgoStatementIsAWorkingPaper) {
  const Document d = doc_of(test::read_file("samples/statement-ngo-csw-68-care-economy-para.txt"));
  ASSERT_TRUE(d.kind.has_value());
  EXPECT_EQ(*d.kind, "working_paper");
  const Document w = doc_of(
      "联合国\tA/HRC/54/NGO/12\n大会\tDistr.: General\n1 September 2023\nChinese\nOriginal: English\n\n"
      "人权理事会\n第五十四届会议\n2023年9月11日至10月6日\n议程项目3\n促进和保护所有人权\n\n"
      "具有特别咨商地位的非政府组织山谷法律援助中心提交的书面声明\n\n"
      "秘书长收到下列书面声明，现根据经济及社会理事会第1996/31号决议分发。\n\n"
      "获得司法救助的权利\n\n"
      "我们关切地注意到，偏远地区的居民很难获得法律援助。\n");
  ASSERT_TRUE(w.kind.has_value());
  EXPECT_EQ(*w.kind, "working_paper");
}

// A raised marker the wrap set at the start of the next line, between the
// word it follows (the line above full) and the comma after it: "…会议的工作"
// / "2，". The note at the page's foot is called there, and the text loses
// the digit.
TEST(KindsMore10, MarkerWrappedToTheNextLineBeforeAComma) {
  const Document d = doc_of(test::read_file("samples/resolution-ecosoc-annex-guidelines-remote-hearings-wrap.txt"));
  const Footnote* f = footnote(d, "2");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text, "见E/CN.15/2023/7。");
  EXPECT_FALSE(f->refs.empty());
  EXPECT_TRUE(any_text_has(d, "政府间专家组会议的工作，"));
  EXPECT_FALSE(any_text_has(d, "2 见E/CN.15/2023/7。"));
}

// A raised marker after a full stop that the wrap put on a line of its own,
// the line above running to the width and the next paragraph, unnumbered,
// below: "…也很少得到公共预算的支持。" / "1" / "国际劳工组织估计…". The note
// is called there (and the notes after it at the same foot, "2" too), not
// left as a paragraph "1 湖区妇女合作网络…" of the body.
// (Whether the paragraph ends at the lone marker is not asked: -raw breaks a
// line after a raised marker and gives the same two lines, the marker and
// the rest of its page line, of a paragraph that goes on.)
TEST(KindsMore10, MarkerAloneBelowAFullLineBeforeAnUnnumberedParagraph) {
  const Document d = doc_of(test::read_file("samples/statement-ngo-csw-68-care-economy-wrap.txt"));
  for (const char* id : {"1", "2"}) {
    const Footnote* f = footnote(d, id);
    ASSERT_NE(f, nullptr) << id;
    EXPECT_FALSE(f->refs.empty()) << id;
  }
  EXPECT_FALSE(any_text_has(d, "湖区妇女合作网络，《农村妇女时间使用调查"));
  EXPECT_FALSE(any_text_has(d, "国际劳工组织，《照护工作"));
}

// Text set as Chinese text is (a paragraph's first line set in by '　　', the
// lines after it at the margin, no blank lines): a line at the margin, short
// of the width and ending in no mark, after a paragraph's end and right over
// a line set in, stood alone, as a title does: the statement's own title
// "通过在农村地区投资…加快实现性别平等" over "　　湖区妇女合作网络是…" is a
// heading, as it is a paragraph a line.
TEST(KindsMore10, TitleAtTheMarginOverASetInParagraphIsAHeading) {
  const Document d = doc_of(test::read_file("tests/unit/data/kinds_more10_statement_set_in_64.txt"));
  bool heading = false;
  for (const Node* n : nodes_of(d, NodeKind::Section))
    if (n->title == "通过在农村地区投资照护服务和社会基础设施加快实现性别平等") heading = true;
  EXPECT_TRUE(heading);
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    EXPECT_NE(n->text, "通过在农村地区投资照护服务和社会基础设施加快实现性别平等");
}

// A decision's number line with its organ before it, "人权理事会第53/104号决定"
// over the topic ("普遍定期审议结果：…"), as the Security Council's
// "第2693(2023)号决议" stands alone: the number is the decision's.
TEST(KindsMore10, NumberLineWithItsOrganFirst) {
  std::string text = test::read_file("samples/decision-hrc-upr-outcome-varenia-para.txt");
  auto swap = [&](const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
  };
  swap("人权理事会2023年7月6日通过的决定\n", "人权理事会第53/104号决定\n");
  swap("53/104. 普遍定期审议结果", "普遍定期审议结果");
  const Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.resolution_number.has_value());
  EXPECT_EQ(*d.front_matter.resolution_number, "53/104");
  ASSERT_TRUE(d.kind.has_value());
  EXPECT_EQ(*d.kind, "decision");
  // (a line that only cites a decision, longer and with its comma, is none)
  const Document c = doc_of(
      "联合国\tA/HRC/DEC/53/104\n大会\tDistr.: General\n19 July 2023\n\n人权理事会\n第五十三届会议\n\n"
      "回顾人权理事会第5/1号决议，\n");
  EXPECT_FALSE(c.front_matter.resolution_number.has_value());
}

}  // namespace undoc_test_kinds_more10_test
