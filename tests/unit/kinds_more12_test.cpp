// Conventions of three kinds the samples lacked (kinds-more-12): a convention's
// Conference of the Parties' decisions (FCCC/CP/2023/11/Add.1: 第1/CP.28号决定
// over its title), an agreement between the United Nations and a host
// government (序言 under the parties' own names, the signature block below the
// place and date of signing), and a Secretary-General's information circular
// (ST/IC: 情况通报 / 致：… / 发文：… / 事由：…).
#include <gtest/gtest.h>

#include <string>

#include "parse/conventions.hpp"
#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more12_test {

using namespace undoc;

namespace {

using test::doc_of;

const char* kCopHead =
    "联合国\tFCCC/CP/2023/11/Add.1\n气候变化框架公约\tDistr.: General\n15 March 2024\nChinese\nOriginal: English\n\n"
    "缔约方会议\n缔约方会议第二十八届会议报告，2023年11月30日至12月13日在阿拉伯联合酋长国迪拜举行\n增编\n";

const char* kCopDecisions =
    "第1/CP.28号决定\n山区和冰川流域的系统观测\n缔约方会议，\n回顾《公约》第五条，\n"
    "1. 欢迎全球气候观测系统秘书处的报告；\n2. 请秘书处开展本决定所述活动。\n第10次全体会议\n2023年12月13日\n\n"
    "第2/CP.28号决定\n气候赋权行动的工作方案\n缔约方会议，\n回顾《公约》第六条，\n"
    "1. 鼓励缔约方指定国家联络点；\n2. 请秘书处举办一次研讨会。\n第10次全体会议\n2023年12月13日\n";

// A convention's Conference of the Parties numbers its decisions in its own
// series, "第1/CP.28号决定" (the Paris Agreement's meeting of the Parties
// 3/CMA.5, the Kyoto Protocol's 2/CMP.18, the Basel Convention's BC-16/1,
// the Montreal Protocol's XXXV/1): each a heading of the body with its title
// below, as an organ's 第77/418号决定 is, and the document a decision
TEST(KindsMore12, ConventionBodysDecisionNumberIsAHeading) {
  for (const char* n : {"77/418", "2023/201", "1/CP.28", "3/CMA.5", "2/CMP.18", "BC-16/1", "XXXV/1"})
    EXPECT_TRUE(conv::decision_number_text(fold(from_utf8(n)))) << n;
  for (const char* n : {"A/78/L.5", "1/", "/CP.28", "1/cp.28", "1/CP."})
    EXPECT_FALSE(conv::decision_number_text(fold(from_utf8(n)))) << n;
  Document d = doc_of(std::string(kCopHead) + "第二部分：缔约方会议第二十八届会议采取的行动\n\n" + kCopDecisions);
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].section_kind, "subsection");
  EXPECT_EQ(d.body[0].number, "第1/CP.28号决定");
  EXPECT_EQ(d.body[0].title, "山区和冰川流域的系统观测");
  EXPECT_EQ(d.body[1].number, "第2/CP.28号决定");
  EXPECT_EQ(d.body[1].title, "气候赋权行动的工作方案");
  EXPECT_EQ(d.kind, "decision");
}

// A report issued in parts names the part its addendum holds under the
// title, over the contents ("增编" / "第二部分：缔约方会议第二十八届会议采取的
// 行动" / "目录"): the document's subtitle, not a part of its body holding
// the contents and every decision
TEST(KindsMore12, ReportsPartOverTheContentsIsTheSubtitle) {
  Document d = doc_of(std::string(kCopHead) +
                      "第二部分：缔约方会议第二十八届会议采取的行动\n目录\n决定\t页次\n1/CP.28\t山区和冰川流域的系统观测\t2\n"
                      "2/CP.28\t气候赋权行动的工作方案\t5\n\n" +
                      kCopDecisions);
  EXPECT_EQ(d.front_matter.subtitle, "第二部分：缔约方会议第二十八届会议采取的行动");
  EXPECT_TRUE(d.toc.present);
  ASSERT_FALSE(d.body.empty());
  EXPECT_NE(d.body[0].section_kind, "part");
  EXPECT_EQ(d.body[0].number, "第1/CP.28号决定");
}

// Inside a decision its own chapters ("一. 观测网络", "二. 早期预警"), its
// paragraphs numbered on across them, stand under it, and the next decision
// beside it, not inside its last chapter; the head over the decisions
// ("缔约方会议第二十八届会议通过的决定") a part holding them. A compilation's
// group of decisions ("A. 选举和任命" / decisions / "B. 其他决定") stays a group.
TEST(KindsMore12, DecisionsOwnChaptersStandUnderIt) {
  Document d = doc_of(std::string(kCopHead) +
                      "第二部分：缔约方会议第二十八届会议采取的行动\n\n缔约方会议第二十八届会议通过的决定\n"
                      "第1/CP.28号决定\n山区和冰川流域的系统观测\n缔约方会议，\n回顾《公约》第五条，\n一. 观测网络\n"
                      "1. 欢迎全球气候观测系统秘书处的报告；\n二. 早期预警\n2. 请秘书处开展本决定所述活动。\n"
                      "第10次全体会议\n2023年12月13日\n\n第2/CP.28号决定\n气候赋权行动的工作方案\n缔约方会议，\n"
                      "1. 鼓励缔约方指定国家联络点。\n第10次全体会议\n2023年12月13日\n");
  ASSERT_EQ(d.body.size(), 1u);
  const Node& part = d.body[0];
  EXPECT_EQ(part.section_kind, "part");
  EXPECT_EQ(part.title, "缔约方会议第二十八届会议通过的决定");
  ASSERT_EQ(part.children.size(), 2u);
  const Node& first = part.children[0];
  EXPECT_EQ(first.number, "第1/CP.28号决定");
  ASSERT_EQ(first.children.size(), 4u);  // the formula, the clause, 一., 二.
  EXPECT_EQ(first.children[2].section_kind, "chapter");
  EXPECT_EQ(first.children[2].level, first.level + 1);
  EXPECT_EQ(first.children[3].number, "二");
  EXPECT_EQ(part.children[1].number, "第2/CP.28号决定");
  EXPECT_EQ(part.children[1].level, first.level);

  Document g = doc_of(
      "联合国\tA/77/49 (Vol. III)\n\n大会第七十七届会议通过的决议和决定\n\n三. 大会未发交主要委员会而通过的决定\n\nA. 选举和任命\n\n"
      "第77/418号决定\n选举安全理事会五个非常任理事国\n\n大会在2023年6月6日第88次全体会议上选出五个非常任理事国。\n\n"
      "B. 其他决定\n\n第77/556号决定\n高级别会议的组织安排\n\n大会决定高级别会议将于2024年4月22日举行。\n");
  ASSERT_EQ(g.body.size(), 1u);
  ASSERT_EQ(g.body[0].children.size(), 2u);
  EXPECT_EQ(g.body[0].children[1].number, "B");
  EXPECT_EQ(g.body[0].children[1].level, 2);
}

// The contents of a Conference of the Parties' decisions number each row by
// its decision ("1/CP.28<TAB>标题<TAB>2", a title opening with a figure too,
// "3/CP.28<TAB>2024-2025两年期方案预算"): a subsection's row, paired with the
// body's 第1/CP.28号决定, no warning that either is missing
TEST(KindsMore12, ContentsRowNumberedByAConventionsDecision) {
  Options o;
  Document d = convert(std::string(kCopHead) +
                           "第二部分：缔约方会议第二十八届会议采取的行动\n目录\n决定\t页次\n1/CP.28\t山区和冰川流域的系统观测\t2\n"
                           "2/CP.28\t2024-2025两年期方案预算\t5\n\n"
                           "第1/CP.28号决定\n山区和冰川流域的系统观测\n缔约方会议，\n1. 欢迎秘书处的报告。\n"
                           "第10次全体会议\n2023年12月13日\n\n第2/CP.28号决定\n2024-2025两年期方案预算\n缔约方会议，\n"
                           "1. 核准2024-2025两年期核心方案预算。\n第10次全体会议\n2023年12月13日\n",
                       "t.txt", o);
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].kind, "subsection");
  EXPECT_EQ(d.toc.entries[0].number, "1/CP.28");
  EXPECT_EQ(d.toc.entries[1].number, "2/CP.28");
  EXPECT_EQ(d.toc.entries[1].title, "2024-2025两年期方案预算");
  for (const auto& g : d.diagnostics) EXPECT_EQ(g.code.find("W-TOC"), std::string::npos) << g.message;
}

const char* kAgreementArticles =
    "第一条\n定义\n为本协定的目的：\n(a) “政府”是指卡斯特拉共和国政府；\n(b) “中心”是指联合国减少灾害风险区域中心。\n"
    "第二条\n中心的设立\n1. 中心设在莱瓦港。\n2. 中心在秘书长的权力下运作。\n"
    "第三条\n最后条款\n本协定自双方相互书面通知之日起生效。\n";

// An agreement between the United Nations and a government opens its
// preamble with the parties' own names, "联合国与卡斯特拉共和国政府，", as a
// treaty among States opens with "本协定缔约方，": the parties' formula under
// 序言, the clauses below it preambular, and the document an instrument, not
// a resolution enacted by an organ
TEST(KindsMore12, AgreementsPartiesOpenItsPreamble) {
  EXPECT_TRUE(conv::parties_formula(fold(from_utf8("联合国与卡斯特拉共和国政府，"))));
  EXPECT_TRUE(conv::parties_formula(fold(from_utf8("波斯尼亚和黑塞哥维那政府和联合国，"))));
  EXPECT_FALSE(conv::parties_formula(fold(from_utf8("联合国和平利用外层空间委员会，"))));
  EXPECT_FALSE(conv::parties_formula(fold(from_utf8("欢迎联合国与各国政府，"))));
  Document d = doc_of(
      "联合国与卡斯特拉共和国政府关于联合国减少灾害风险区域中心的东道国协定\n\n序言\n联合国与卡斯特拉共和国政府，\n"
      "鉴于联合国大会请秘书长设立联合国减少灾害风险区域中心，\n希望缔结一项协定，规定与该中心有关的事项，\n兹协议如下：\n\n" +
      std::string(kAgreementArticles));
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_GE(d.body.size(), 4u);
  EXPECT_EQ(d.body[0].title, "序言");
  ASSERT_GE(d.body[0].children.size(), 3u);
  EXPECT_EQ(d.body[0].children[0].paragraph_kind, "formula");
  EXPECT_EQ(d.body[0].children[1].paragraph_kind, "preambular");
  EXPECT_EQ(d.body[1].label, "第一条");
  EXPECT_EQ(d.kind, "instrument");
}

// Below an agreement's place and date of signing, the signature block: each
// party's representative ("联合国代表：", "…政府代表：") over the signature,
// the name and the office: closing lines of kind signature, not paragraphs
// of the last article
TEST(KindsMore12, AgreementsSignatureBlockIsClosing) {
  Document d = doc_of(
      "联合国与卡斯特拉共和国政府关于联合国减少灾害风险区域中心的东道国协定\n\n" + std::string(kAgreementArticles) +
      "以资证明，下列签署人，即双方的正式授权代表，已签署本协定，以昭信守。\n"
      "2023年10月12日订于莱瓦港，一式两份，每份均以英文和西班牙文写成，两种文本同等作准。\n"
      "联合国代表：\n(签名)\n玛丽亚·安德森\n主管减少灾害风险事务秘书长特别代表\n"
      "卡斯特拉共和国政府代表：\n(签名)\n何塞·马丁内斯·鲁伊斯\n外交部长\n");
  ASSERT_EQ(d.closing.size(), 10u);
  EXPECT_EQ(d.closing[1].kind, "date");
  EXPECT_EQ(d.closing[2].kind, "signature");
  EXPECT_EQ(d.closing[2].text, "联合国代表：");
  EXPECT_EQ(d.closing[6].text, "卡斯特拉共和国政府代表：");
  EXPECT_EQ(d.closing[9].kind, "signature");
  EXPECT_EQ(d.closing[9].text, "外交部长");
  EXPECT_EQ(d.body.back().children.back().text, "本协定自双方相互书面通知之日起生效。");
}

// An information circular has no title line: its head under the type line
// (情况通报 / 致：… / 发文：… / 事由：…) names its subject, the title; each field
// a paragraph of the front matter (the sender's 发文 one too), none of them
// the title or the subtitle
TEST(KindsMore12, InformationCircularsSubjectIsItsTitle) {
  Document d = doc_of(
      "联合国\tST/IC/2023/14\n秘书处\t15 May 2023\n\n情况通报*\n致：纽约总部工作人员\n发文：主管人力资源助理秘书长\n"
      "事由：2023年联合国在纽约的健康保险计划年度登记期\n\n"
      "1. 本通报的目的是宣布2023年健康保险计划年度登记期。\n2. 年度登记期自2023年6月1日起至6月30日止。\n\n"
      "* 本情况通报的失效日期：2024年6月30日。\n");
  EXPECT_EQ(d.front_matter.title, "2023年联合国在纽约的健康保险计划年度登记期");
  EXPECT_FALSE(d.front_matter.subtitle);
  ASSERT_EQ(d.front_matter.paragraphs.size(), 3u);
  EXPECT_EQ(d.front_matter.paragraphs[0].text, "致：纽约总部工作人员");
  EXPECT_EQ(d.front_matter.paragraphs[1].text, "发文：主管人力资源助理秘书长");
  EXPECT_EQ(d.front_matter.paragraphs[2].text, "事由：2023年联合国在纽约的健康保险计划年度登记期");
  EXPECT_EQ(d.kind, "instrument");
}

}  // namespace

}  // namespace undoc_test_kinds_more12_test
