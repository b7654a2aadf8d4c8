// Kinds of document, more (helper 14): human-rights documents. The Working
// Group on the Universal Periodic Review's report on a State (its
// recommendations numbered within their paragraph, 128.1 … 128.40, each with
// the recommending State in brackets, and the delegation in an annex), a
// special procedure's thematic report to the Human Rights Council (the
// mandate holder's long report line under the theme), and a treaty body's
// general comment (the convention and the committee in the masthead). Each
// text is written in the real conventions (../shared/real); samples/ holds
// whole documents of these kinds in two shapes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kHrcMasthead =
    "联合国\tA/HRC/53/31\n"
    "大会\tDistr.: General\n"
    "18 April 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "人权理事会\n"
    "第五十三届会议\n"
    "2023年6月19日至7月14日\n"
    "议程项目3\n"
    "促进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权\n"
    "\n";

}  // namespace

// A special procedure's thematic report: the theme is the title, and the
// report line below it names the mandate in full with its holder, "…问题特别
// 报告员…的报告*", a line much longer than a kind's line of an office
// ("秘书长的报告"): still the subtitle, not a paragraph of the front matter.
TEST(KindsMore5, MandateHoldersLongReportLineIsTheSubtitle) {
  const std::string text = kHrcMasthead +
                           "气候变化背景下的适足住房权\n\n"
                           "适足生活水准权所含适足住房问题以及在这方面不受歧视权问题特别报告员托马斯·韦伦斯坦的报告*\n\n"
                           "摘要\n"
                           "特别报告员根据人权理事会第52/9号决议提交本报告。\n\n"
                           "* 本报告逾期提交，以纳入最新的资料。\n\n"
                           "一. 导言\n\n"
                           "1. 本报告根据人权理事会第52/9号决议提交。\n";
  const Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.title, std::optional<std::string>("气候变化背景下的适足住房权"));
  EXPECT_EQ(d.front_matter.subtitle,
            std::optional<std::string>(
                "适足生活水准权所含适足住房问题以及在这方面不受歧视权问题特别报告员托马斯·韦伦斯坦的报告"));
  for (const Node& p : d.front_matter.paragraphs) EXPECT_EQ(p.text.find("特别报告员托马斯"), std::string::npos) << p.text;
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.kind, std::optional<std::string>("report"));
}
