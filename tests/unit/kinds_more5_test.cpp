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

namespace undoc_test_kinds_more5_test {

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
  // (a mandate whose name holds a comma, "当代形式奴役，包括其原因和后果问题
  // 特别报告员", and two mandate holders' joint report, "…的联合报告")
  for (const std::string line : {"当代形式奴役，包括其原因和后果问题特别报告员小保方智也的报告*",
                                 "人人有权享有能达到的最高标准身心健康问题特别报告员和适足生活水准权所含适足住房问题特别报告员的联合报告*"}) {
    const Document e = doc_of(kHrcMasthead + "气候变化背景下的适足住房权\n\n" + line +
                              "\n\n摘要\n特别报告员提交本报告。\n\n* 本报告逾期提交。\n\n一. 导言\n\n1. 本报告根据人权理事会第52/9号决议提交。\n");
    EXPECT_EQ(e.front_matter.title, std::optional<std::string>("气候变化背景下的适足住房权"));
    EXPECT_EQ(e.front_matter.subtitle, std::optional<std::string>(line.substr(0, line.size() - 1)));
  }
}

// Hard-wrapped text with plain-digit markers: a number grouped by a comma
// ("1,800多名儿童", as Chinese UN text also writes thousands) is no marker,
// even where it stands nearer the footnote's label than the marker does
// ("…的主要原因。1每年…" two lines above).
TEST(KindsMore5, CommaGroupedNumberIsNoMarker) {
  const std::string text =
      "联合国\tCRC/C/GC/28\n"
      "儿童权利公约\tDistr.: General\n"
      "14 September 2023\n"
      "Chinese\n"
      "Original: English\n\n"
      "儿童权利委员会\n\n"
      "一. 导言\n\n"
      "1. 然而，道路交通伤害是全世界5至29岁儿童和年轻人死亡的主要原因。1每年\n"
      "有大约22万名儿童和青少年死于道路交通碰撞，另有数百万人受伤。\n"
      "2. 本一般性意见是在广泛协商的基础上编写的，包括与来自41个国家的1,800多\n"
      "名儿童进行的协商。\n\n"
      "1 世界卫生组织，《2023年全球道路安全状况报告》(日内瓦，2023年)。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 1u);
  const auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_NE(paras[1]->text.find("41个国家的1,800多名"), std::string::npos) << paras[1]->text;
  EXPECT_TRUE(paras[1]->footnote_refs.empty());
  EXPECT_NE(paras[0]->text.find("主要原因。每年"), std::string::npos) << paras[0]->text;
  ASSERT_EQ(paras[0]->footnote_refs.size(), 1u);
  EXPECT_EQ(paras[0]->footnote_refs[0].id, "1");
}

// English left untranslated in a Chinese document (a UPR report's annex, the
// delegation's composition): a line that ends after a comma, a semicolon or a
// sentence's stop, the next opening with a Latin word, was broken where a
// space stood ("…Department of Human Rights," / "Ministry of Justice…").
TEST(KindsMore5, LatinWordsAfterPunctuationJoinWithASpace) {
  U32 a = U"Director, Department of Human Rights,";
  join_text(a, U"Ministry of Justice and Human Rights;");
  EXPECT_EQ(a, U"Director, Department of Human Rights, Ministry of Justice and Human Rights;");
  U32 b = U"headed by Ms.";
  join_text(b, U"Elena Martov");
  EXPECT_EQ(b, U"headed by Ms. Elena Martov");
  // (Han text's full-width comma, a symbol cut after its dot, a number cut
  // after its comma: as before, no space)
  U32 c = U"决议，";
  join_text(c, U"UNDP 的");
  EXPECT_EQ(c, U"决议，UNDP 的");
  U32 d = U"(A/HRC/WG.";
  join_text(d, U"6/42/NVR/1)");
  EXPECT_EQ(d, U"(A/HRC/WG.6/42/NVR/1)");
  U32 e = U"见E/CN.";
  join_text(e, U"6/2023/3");
  EXPECT_EQ(e, U"见E/CN.6/2023/3");
  U32 g = U"1,";
  join_text(g, U"800多名");
  EXPECT_EQ(g, U"1,800多名");
}

// A table of contents whose row's cells come a line each ("二. 主要结果" /
// "8-22" / "3"), a line that is a label alone between them ("第1节", a
// mutation of the samples found it): that line has no text after its label
// but is no line of leaders, so it is not taken into the row as one and lost;
// its characters stay in the output.
TEST(KindsMore5, LabelAloneAmongTocCellsIsNoLeaders) {
  const std::string text =
      "联合国\tA/61/187\n大会\nDistr.: General\n\n标题\n\n目录\n段次 页次\n一. 导言\n\n1-7\n\n3\n\n二. 主要结果\n\n8-22\n\n"
      "第1节\n3\n\n三. 结论\n\n23-29\n\n6\n\n一. 导言\n1. 文本。\n二. 主要结果\n8. 文本。\n三. 结论\n23. 文本。\n";
  const Document d = doc_of(text);
  bool kept = false;
  for (const auto& e : d.toc.entries)
    kept = kept || e.label == "第1节" || e.title.find("第1节") != std::string::npos;
  EXPECT_TRUE(kept);
}

}  // namespace undoc_test_kinds_more5_test
