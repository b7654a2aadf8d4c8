// Titles and paragraphs in hard-wrapped text: a numbered line the wrap cut
// before a run it does not break, a numbered title too long for its line,
// and numbered titles over their unnumbered text (an annotated agenda's).
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_wrap_titles_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;
using test::numbered_paragraph;

bool has_code(const Document& d, const std::string& code) {
  for (const auto& g : d.diagnostics)
    if (g.code == code) return true;
  return false;
}

// a report's draft decision at the end, wrapped at 60 columns: "1. …的年度报告"
// stops short, the wrap having put the symbol that follows on the next line
const char* kCutBeforeSymbol =
    "联合国\tE/ICEF/2024/5\n"
    "经济及社会理事会\n"
    "Distr.: General\n"
    "5 December 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "联合国儿童基金会\n"
    "执行局\n"
    "2024年第一届常会\n"
    "2024年2月6日至9日\n"
    "临时议程项目6\n"
    "\n"
    "儿基会性别平等行动计划执行情况的年度报告\n"
    "\n"
    "一. 导言\n"
    "\n"
    "1. 本报告根据执行局第2023/4号决定提交，概述2023年儿基会在执\n"
    "行性别平等行动计划方面取得的进展，并说明了下一阶段的工作重点\n"
    "和需要执行局给予指导的事项。\n"
    "2. 报告所述期间，儿基会在128个国家开展了促进性别平等的方案活\n"
    "动，其中约有一半的国家办事处将性别分析纳入了国家方案文件的编\n"
    "制工作。\n"
    "3. 本报告第二节介绍方案成果，第三节介绍机构成果，第四节载有\n"
    "供执行局审议的决定草案。\n"
    "\n"
    "二. 方案成果\n"
    "\n"
    "4. 在卫生领域，儿基会支持各国政府扩大孕产妇和新生儿保健服务\n"
    "的覆盖面，特别关注农村地区和受冲突影响地区的少女和年轻妇女获\n"
    "得服务的情况。\n"
    "5. 在教育领域，儿基会与合作伙伴一道，支持各国制定和执行促进\n"
    "女童入学和完成学业的政策，包括为怀孕少女和年轻母亲重返校园创\n"
    "造条件。\n"
    "\n"
    "三. 决定草案\n"
    "\n"
    "执行局\n"
    "1. 注意到关于儿基会性别平等行动计划执行情况的年度报告\n"
    "(E/ICEF/2024/5)；\n"
    "2. 欢迎儿基会在将性别分析纳入国家方案文件编制工作方面取得的\n"
    "进展，并鼓励儿基会继续加强这方面的工作；\n"
    "3. 请儿基会在2025年第一届常会上提交下一次年度报告。\n"
    "\n";

// an annotated agenda wrapped at 44 columns: item 2's title runs on below
const char* kAnnotatedAgenda =
    "联合国\tA/79/100\n"
    "大会\n"
    "Distr.: General\n"
    "12 July 2024\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十九届会议\n"
    "2024年9月10日，纽约\n"
    "\n"
    "附加说明的临时议程\n"
    "\n"
    "说明\n"
    "\n"
    "1. 由上届会议主席所属代表团团长宣布开幕\n"
    "\n"
    "根据议事规则第31条，届会由上届会议主席所属代\n"
    "表团团长宣布开幕，直至选出本届会议主席为止。\n"
    "\n"
    "2. 安排会议、通过议程和分配项目：总务委员会\n"
    "的报告\n"
    "\n"
    "根据议事规则第40条，总务委员会将在每届会议开\n"
    "始时审议临时议程和补充项目清单，并就每一项目\n"
    "的列入向大会提出建议。\n"
    "\n"
    "3. 选举各主要委员会主席团成员\n"
    "\n"
    "根据议事规则第99条(a)项，各主要委员会应至少\n"
    "在届会开幕前三个月选出主席、三名副主席和报告\n"
    "员。\n"
    "\n";

}  // namespace

TEST(WrapTitles, ANumberedLineCutBeforeASymbolIsAParagraph) {
  const Document d = doc_of(kCutBeforeSymbol);
  EXPECT_FALSE(has_code(d, "E-PARA-GAP"));
  for (const Node* s : nodes_of(d, NodeKind::Section)) EXPECT_NE(s->section_kind, "subsection") << s->title;
  const Node* one = numbered_paragraph(d, 1);
  ASSERT_NE(one, nullptr);
  // (the draft's paragraph 1, the last of the numbered paragraphs 1)
  const auto paras = nodes_of(d, NodeKind::Paragraph);
  const Node* last_one = nullptr;
  for (const Node* p : paras)
    if (p->paragraph_number && *p->paragraph_number == 1) last_one = p;
  ASSERT_NE(last_one, nullptr);
  EXPECT_EQ(last_one->text, "注意到关于儿基会性别平等行动计划执行情况的年度报告(E/ICEF/2024/5)；");
}

TEST(WrapTitles, NumberedTitlesOverTheirTextAndOneTooLongForItsLine) {
  const Document d = doc_of(kAnnotatedAgenda);
  std::vector<std::pair<std::string, std::string>> heads;
  for (const Node* s : nodes_of(d, NodeKind::Section)) heads.emplace_back(s->number.value_or(""), s->title);
  ASSERT_EQ(heads.size(), 3u);
  EXPECT_EQ(heads[0], (std::pair<std::string, std::string>{"1", "由上届会议主席所属代表团团长宣布开幕"}));
  EXPECT_EQ(heads[1], (std::pair<std::string, std::string>{"2", "安排会议、通过议程和分配项目：总务委员会的报告"}));
  EXPECT_EQ(heads[2], (std::pair<std::string, std::string>{"3", "选举各主要委员会主席团成员"}));
  // (each item's text a paragraph of its own, unnumbered, under it)
  const auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 3u);
  for (const Node* p : paras) EXPECT_FALSE(p->paragraph_number.has_value()) << p->text;
  EXPECT_EQ(paras[1]->text,
            "根据议事规则第40条，总务委员会将在每届会议开始时审议临时议程和补充项目清单，并就每一项目的列入向大会提出建议。");
}

TEST(WrapTitles, NumberedItemsWithNoTextBetweenStayParagraphs) {
  // (a provisional agenda's items, one below the other: paragraphs, not titles)
  const Document d = doc_of(
      "联合国\tA/79/150\n大会\tDistr.: General\n1 July 2024\nChinese\nOriginal: English\n\n"
      "第七十九届会议\n\n临时议程\n\n"
      "1. 会议开幕\n\n2. 默祷或默念\n\n3. 选举大会主席\n\n4. 选举各主要委员会主席团成员\n");
  EXPECT_TRUE(nodes_of(d, NodeKind::Section).empty());
  for (long n = 1; n <= 4; ++n) EXPECT_NE(numbered_paragraph(d, n), nullptr) << n;
}

TEST(WrapTitles, AnInformationCircularsSubjectGoesOnBelowItsLine) {
  // (the subject, the circular's title, too long for its line at 44 columns)
  const Document d = doc_of(
    "联合国\tST/IC/2023/14\n"
    "秘书处\t15 May 2023\n"
    "\n"
    "情况通报*\n"
    "致：纽约总部工作人员\n"
    "发文：主管人力资源助理秘书长\n"
    "事由：2023年联合国在纽约的健康保险计划年度登\n"
    "记期\n"
    "\n"
    "1. 本通报的目的是宣布2023年健康保险计划年度\n"
    "登记期，并通报自2023年7月1日起生效的各项计划\n"
    "的缴款额。\n"
    "2. 2023年年度登记期自2023年6月1日起至6月30日\n"
    "止。在此期间，工作人员可加入一项计划、改换计\n"
    "划或增加或删除受扶养人。在年度登记期所作的变\n"
    "更自2023年7月1日起生效。\n"
    "3. 年度登记期以外的时间只能在下列情况下作出\n"
    "变更：\n"
    "(a) 工作人员新获任用或调任至纽约；\n"
    "(b) 工作人员的家庭状况发生变化，例如结婚、离\n"
    "婚或子女出生；\n"
    "(c) 工作人员或其受扶养人丧失其他健康保险。\n"
    "4. 上述情况下的申请必须在事件发生后31天内提\n"
    "交¹。逾期提交的申请将推迟至下一个年度登记期\n"
    "处理。\n"
    "5. 自2023年7月1日起生效的每月缴款额载于本通\n"
    "报附件。缴款额按工作人员的毛薪减去工作人员薪\n"
    "金税后的数额分级计算。\n"
    "6. 询问可提交健康和人寿保险科，电子邮件：\n"
    "insurance-unhq@un.org。\n"
    "\n");
  ASSERT_TRUE(d.front_matter.title.has_value());
  EXPECT_EQ(*d.front_matter.title, "2023年联合国在纽约的健康保险计划年度登记期");
}

}  // namespace undoc_test_wrap_titles_test
