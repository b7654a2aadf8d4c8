// Labels in the forms other text sources give them, found by re-reading every
// -para sample with its labels changed (stop 38): a chapter's label alone on
// its line, "一、" over its title (as a label set in a cell or a column of its
// own comes out), as "一." alone already was.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_label_forms_test {

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

// The numbered paragraph each note is called from, in the notes' order (0:
// called from none, or from more than one place).
std::vector<long> called_from(const Document& d) {
  std::vector<long> out;
  for (const Footnote& f : d.footnotes)
    out.push_back(f.refs.size() == 1 && f.refs[0].paragraph ? *f.refs[0].paragraph : 0);
  return out;
}

// The masthead, then `body`, then a blank line and `notes`.
std::string doc_text(const char* body, const char* notes) {
  std::string text(kHead);
  text += body;
  text += "\n";
  text += notes;
  return text;
}

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

// Text from a PDF gives a raised marker as a plain digit: "…第77/150号决议1提交".
// A number glued to a word that names one of a series, "可持续发展目标1" (a
// Goal), "成果1：" (an outcome), is that word's number; it is the marker only
// where nothing else calls the note.
TEST(LabelForms, APlainMarkerIsNotTheNumberOfAGoal) {
  const Document d = doc_of(doc_text(
      "1. 本报告根据大会第77/150号决议1提交。\n"
      "2. 各国在实现性别平等方面取得了进展，但实现可持续发展目标1仍面临挑战。\n"
      "3. 秘书长建议会员国加强数据收集工作。\n",
      "1 见A/77/100。\n"));
  EXPECT_EQ(called_from(d), (std::vector<long>{1}));
  EXPECT_EQ(numbered_paragraph(d, 1)->text, "本报告根据大会第77/150号决议提交。");
  EXPECT_EQ(numbered_paragraph(d, 2)->text, "各国在实现性别平等方面取得了进展，但实现可持续发展目标1仍面临挑战。");
  // as PDF text spaces them too
  EXPECT_EQ(called_from(doc_of(doc_text(
                "1. 本报告根据大会第 77/150 号决议 1 提交。\n"
                "2. 各国在实现性别平等方面取得了进展，但实现可持续发展目标 1 仍面临挑战。\n"
                "3. 秘书长建议会员国加强数据收集工作。\n",
                "1 见 A/77/100。\n"))),
            (std::vector<long>{1}));
  // the notes after the body, an outcome's number in the headings between
  const Document e = doc_of(doc_text(
      "1. 莱索托人口约230万，其中约35%为10至24岁的青少年和青年1。\n"
      "2. 孕产妇死亡率仍处于高位，估计为每10万例活产544例2。\n"
      "\n"
      "A. 成果1：性健康和生殖健康\n"
      "\n"
      "3. 人口基金将支持扩大计划生育服务。\n"
      "\n"
      "B. 成果2：青少年和青年\n"
      "\n"
      "4. 人口基金将支持全面性教育。\n",
      "1 莱索托统计局，《2022年人口和住房普查初步结果》。\n"
      "2 世界卫生组织等，《2000-2020年孕产妇死亡率趋势》。\n"));
  EXPECT_EQ(called_from(e), (std::vector<long>{1, 2}));
  std::vector<std::string> titles;
  for (const Node* s : nodes_of(e, NodeKind::Section)) titles.push_back(s->title);
  EXPECT_EQ(titles, (std::vector<std::string>{"成果1：性健康和生殖健康", "成果2：青少年和青年"}));
  // and where the Goal's number is all the text has, it is the marker
  EXPECT_EQ(called_from(doc_of(doc_text(
                "1. 会员国重申致力于实现这些目标1。\n"
                "2. 秘书长建议加强合作。\n",
                "1 见大会第70/1号决议。\n"))),
            (std::vector<long>{1}));
}

}  // namespace undoc_test_label_forms_test
