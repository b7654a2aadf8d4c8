// Labels in the forms other text sources give them, found by re-reading every
// -para sample with its labels changed (stop 38): a chapter's label alone on
// its line, "一、" over its title (as a label set in a cell or a column of its
// own comes out), as "一." alone already was.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;
using test::numbered_paragraph;

const char* kHead =
    "联合国\tA/78/250\n"
    "大会\n"
    "Distr.: General\n"
    "1 August 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十八届会议\n"
    "临时议程*项目 98\n"
    "全面彻底裁军\n"
    "\n"
    "联合国训练研究所2022年的活动\n"
    "\n"
    "秘书长的说明\n"
    "\n";

}  // namespace

TEST(LabelForms, AChapterLabelAloneOverItsTitle) {
  std::string text(kHead);
  text += "一、\n"
          "导言\n"
          "\n"
          "1. 本说明介绍联合国训练研究所2022年开展的活动。\n"
          "2. 训研所继续为会员国提供培训。\n"
          "二、\n"
          "方案活动\n"
          "\n"
          "3. 训研所在维持和平领域开展了多项培训。\n";
  const Document d = doc_of(text);
  std::vector<std::pair<std::string, std::string>> heads;
  for (const Node* s : nodes_of(d, NodeKind::Section)) heads.emplace_back(s->number.value_or(""), s->title);
  EXPECT_EQ(heads, (std::vector<std::pair<std::string, std::string>>{{"一", "导言"}, {"二", "方案活动"}}));
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
  // "二、" is the next chapter's, not the end of paragraph 2
  EXPECT_EQ(numbered_paragraph(d, 2)->text, "训研所继续为会员国提供培训。");
  ASSERT_NE(numbered_paragraph(d, 3), nullptr);
}
