// Lines set in by TABs alone: indentation where no table is there to hold
// them (a title centred with TABs), a row whose first cells are empty where
// one is.
#include <gtest/gtest.h>

#include "test_util.hpp"
#include "undoc/lex.hpp"
#include "undoc/text.hpp"

namespace undoc_test_tab_indent_test {

using namespace undoc;

namespace {
std::vector<LineKind> kinds_of(const char* text) {
  Lines ls = lex(from_utf8(text));
  std::vector<LineKind> out;
  for (const Line& ln : ls.lines) out.push_back(ln.kind);
  return out;
}
}  // namespace

TEST(TabIndent, LinesSetInByTabsWithNoTableAroundAreText) {
  const auto k = kinds_of("提高妇女地位\n\n\t\t移徙者人权\n\n\t\t秘书长的说明\n\n\t\t一.\t导言\n");
  ASSERT_EQ(k.size(), 7u);
  EXPECT_EQ(k[2], LineKind::Text);
  EXPECT_EQ(k[4], LineKind::Text);
  EXPECT_EQ(k[6], LineKind::Chapter);  // (its label's TAB, as on a line of its own)
}

TEST(TabIndent, ARowWithEmptyFirstCellsUnderATableStaysARow) {
  // (right below the row, or past a blank line; and above a table's rows)
  const auto k = kinds_of("上午10时\t开幕\t主席\n\t\t议程项目1\n\n\t\t议程项目2\n正文。\n\n\t\t2023年\n项目\t10\t20\n");
  ASSERT_EQ(k.size(), 8u);
  EXPECT_EQ(k[0], LineKind::TableRow);
  EXPECT_EQ(k[1], LineKind::TableRow);
  EXPECT_EQ(k[3], LineKind::TableRow);
  EXPECT_EQ(k[6], LineKind::TableRow);
  EXPECT_EQ(k[7], LineKind::TableRow);
}

TEST(TabIndent, ACorrigendumsTitleCentredWithTabs) {
  const char* text =
      "联合国\tA/78/306/Corr.1\n大会\tDistr.: General\n\t3 October 2023\n\tChinese\n\tOriginal: English\n\n"
      "第七十八届会议\n临时议程*项目 69(b)\n促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径\n\n"
      "\t\t移徙者人权\n\n\t\t秘书长的说明\n\n\t\t更正\n\n"
      "1.\t第 12 段，第二句\n\t该句应改为：\n\t“特别报告员在访问期间会见了政府官员、民间社会组织和移徙者本身。”\n"
      "2.\t第 27 段，第 3 行\n\t将“2022 年”改为“2023 年”。\n\n\t* A/78/150。\n";
  Document d = test::doc_of(text);
  ASSERT_TRUE(d.front_matter.title.has_value());
  EXPECT_EQ(*d.front_matter.title, "移徙者人权");
  ASSERT_TRUE(d.front_matter.subtitle.has_value());
  EXPECT_EQ(*d.front_matter.subtitle, "秘书长的说明");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_GE(d.body.size(), 2u);
  EXPECT_EQ(d.body.front().paragraph_kind, "numbered");
}

}  // namespace undoc_test_tab_indent_test
