// Conventions of PDF text seen on the kinds corpus's documents that no layout
// corpus had held (tests/layouts-rest, stop 25): pdftotext sets a space
// between Han characters and digits or Latin letters where the page has
// Word's automatic spacing ("第 5 节", "规则 1", "第 77/418 号决定").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

Document doc_of(const std::string& text) {
  Options o;
  o.validate = false;
  Document d = convert(text, "t.txt", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

std::vector<const Node*> sections(const std::vector<Node>& nodes) {
  std::vector<const Node*> out;
  walk(nodes, [&](const Node& n) {
    if (n.kind == NodeKind::Section) out.push_back(&n);
  });
  return out;
}

}  // namespace

// A heading's number is read without the spaces PDF text set in its label;
// the label keeps them, as written.
TEST(PdfText, HeadingNumbersDropTheSpacesAroundDigits) {
  Document d = doc_of(
      "第 1 节\n一般规定\n\n1.1 本公报适用于秘书处全体工作人员。\n\n"
      "第 2 节\n生效\n\n2.1 本公报自印发之日起生效。\n");
  auto s = sections(d.body);
  ASSERT_EQ(s.size(), 2u);
  ASSERT_TRUE(s[0]->number);
  EXPECT_EQ(*s[0]->number, "第1节");
  EXPECT_EQ(s[0]->label, "第 1 节");
  EXPECT_EQ(s[0]->title, "一般规定");
  EXPECT_EQ(*s[1]->number, "第2节");

  Document r = doc_of("一. 届会\n\n规则 1 常会\n\n委员会每年举行常会一次。\n\n规则 2 特别会议\n\n委员会得举行特别会议。\n");
  auto rs = sections(r.body);
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(*rs[1]->number, "规则1");
  EXPECT_EQ(rs[1]->label, "规则 1");
  EXPECT_EQ(rs[1]->title, "常会");
  EXPECT_EQ(*rs[2]->number, "规则2");

  // (a section's title opening with a year: "B. 2024 年拟议员额和非员额所需资源")
  Document b = doc_of("A. 2024 年拟议方案计划和 2022 年方案执行情况\n\n1. 本款由秘书处管理。\n\n"
                      "B. 2024 年拟议员额和非员额所需资源\n\n2. 所需资源见表 1。\n");
  auto bs = sections(b.body);
  ASSERT_EQ(bs.size(), 2u);
  EXPECT_EQ(bs[1]->section_kind, "section");
  EXPECT_EQ(*bs[1]->number, "B");
}
