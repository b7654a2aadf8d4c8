// The same document in other shapes of text gives the same structure: a
// marker a sentence splitter set at the next sentence's start, a Latin code
// a wrap cut at its hyphen, first lines set in by "　　".
#include <gtest/gtest.h>

#include <functional>

#include "test_util.hpp"

namespace undoc_test_shapes_more_test {

using namespace undoc;

namespace {
const Node* find_numbered(const std::vector<Node>& ns, long number) {
  for (const Node& n : ns) {
    if (n.kind == NodeKind::Paragraph && n.paragraph_kind == "numbered" && n.paragraph_number == number) return &n;
    if (const Node* c = find_numbered(n.children, number)) return c;
  }
  return nullptr;
}
std::vector<std::string> ids(const Document& d) {
  std::vector<std::string> out;
  for (const auto& f : d.footnotes) out.push_back(f.id);
  return out;
}
}  // namespace

TEST(ShapesMore, AMarkerCutToTheNextSentencesStartIsAMarker) {
  Document d = test::doc_of(test::read_file("tests/unit/data/report-hrc-high-commissioner-annual-sent-split.txt"));
  EXPECT_EQ(ids(d), (std::vector<std::string>{"1", "2", "3", "4"}));
  ASSERT_FALSE(d.footnotes.empty());
  EXPECT_EQ(d.footnotes[0].text, "所收到的材料可在人权高专办网站上查阅。");
  const Node* p2 = find_numbered(d.body, 2);
  ASSERT_NE(p2, nullptr);
  ASSERT_EQ(p2->footnote_refs.size(), 1u);
  EXPECT_EQ(p2->footnote_refs[0].id, "1");
  EXPECT_NE(p2->text.find("人权高专办还借鉴了"), std::string::npos);
}

TEST(ShapesMore, ADigitAfterAHyphenCutIsNoFootnote) {
  Document d = test::doc_of(test::read_file("tests/unit/data/report-acabq-regional-service-centre-tw60.txt"));
  EXPECT_EQ(ids(d), (std::vector<std::string>{"1", "2", "3"}));
  const Node* p7 = find_numbered(d.body, 7);
  ASSERT_NE(p7, nullptr);
  EXPECT_NE(p7->text.find("拟议的D-1中心主任员额"), std::string::npos);
}

TEST(ShapesMore, FirstLinesSetInAreMeasuredOnTheRightEdge) {
  Document d = test::doc_of(test::read_file("tests/unit/data/report-commission-social-development-61-setin64.txt"));
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  ASSERT_TRUE(d.source.layout.width.has_value());
  EXPECT_EQ(*d.source.layout.width, 64);
  // (paragraph 1 ends at its colon, a few columns short of the wrap: the
  // draft resolution's number and title below it are headings, not its text)
  const Node* p1 = find_numbered(d.body, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text, "社会发展委员会建议经济及社会理事会通过下列决议草案：");
  std::vector<std::string> subheads;
  std::function<void(const std::vector<Node>&)> walk = [&](const std::vector<Node>& ns) {
    for (const Node& n : ns) {
      if (n.kind == NodeKind::Section && n.section_kind == "subhead") subheads.push_back(n.title);
      walk(n.children);
    }
  };
  walk(d.body);
  ASSERT_GE(subheads.size(), 2u);
  EXPECT_EQ(subheads[0], "决议草案一");
}

TEST(ShapesMore, AShortLineRightOverTheTextOfAWrapIsAHeading) {
  // (textwrap at 60, no blank lines: "编写人：…" / "执行摘要" / the summary's
  // text; "…若干非正式建议。" / "建议1" / the recommendation's text)
  Document d = test::doc_of(test::read_file("tests/unit/data/report-jiu-remote-work-policies-tw60nb.txt"));
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  std::vector<std::string> subheads;
  std::function<void(const std::vector<Node>&)> walk = [&](const std::vector<Node>& ns) {
    for (const Node& n : ns) {
      if (n.kind == NodeKind::Section && n.section_kind == "subhead") subheads.push_back(n.title);
      walk(n.children);
    }
  };
  for (const auto& a : d.annexes) walk(a.children);
  EXPECT_EQ(subheads, (std::vector<std::string>{"联合检查组的报告", "执行摘要", "建议1", "建议2", "建议3", "建议4", "建议5"}));
}

TEST(ShapesMore, AMarkerCutToTheNextSentencesStartPastABlankLine) {
  // (the same sentences, a blank line after each: a sentence a block)
  std::string text = test::read_file("tests/unit/data/report-hrc-high-commissioner-annual-sent-split.txt");
  std::string blocks;
  for (char c : text) {
    blocks += c;
    if (c == '\n') blocks += '\n';
  }
  Document d = test::doc_of(blocks);
  EXPECT_EQ(ids(d), (std::vector<std::string>{"1", "2", "3", "4"}));
  ASSERT_FALSE(d.footnotes.empty());
  EXPECT_EQ(d.footnotes[0].text, "所收到的材料可在人权高专办网站上查阅。");
}

TEST(ShapesMore, ClosingMarksAloneAreNoHeading) {
  // ("[随后，…它原打算投赞成票。" / "]": the bracket a sentence cut left)
  Document d = test::doc_of(test::read_file("tests/unit/data/record-verbatim-ga-plenary-recorded-vote-sent-split.txt"));
  int brackets = 0;
  std::function<void(const std::vector<Node>&)> walk = [&](const std::vector<Node>& ns) {
    for (const Node& n : ns) {
      brackets += n.kind == NodeKind::Section && n.title == "]";
      walk(n.children);
    }
  };
  walk(d.body);
  EXPECT_EQ(brackets, 0);
}

}  // namespace undoc_test_shapes_more_test
