// Resolutions, decisions and instruments, third round (helper 2): a
// declaration's subject formula ("我们，各国元首和政府首脑，"), a decision's
// formula with its verb ("经济及社会理事会决定：") over lettered clauses and
// the agenda it approves, recommendations numbered "建议1：", and the main
// committee an L document's masthead names ("第三委员会").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_resolutions_instruments3_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

std::vector<std::string> texts_of(const std::vector<const Node*>& ps) {
  std::vector<std::string> out;
  for (const Node* p : ps) out.push_back(p->text);
  return out;
}

// A declaration annexed to a resolution opens with its subject, "我们，各国元首
// 和政府首脑，", then its numbered paragraphs: that line is the declaration's
// formula, as "大会，" is a resolution's.
TEST(ResolutionsInstruments3, DeclarationsSubjectIsItsFormula) {
  const std::string text =
      "联合国                                                  A/RES/78/4\n"
      "大会                                                Distr.: General\n"
      "                                                    20 October 2023\n"
      "第七十八届会议\n"
      "议程项目 18\n"
      "2023年10月16日大会决议\n"
      "[未经发交主要委员会而通过(A/78/L.4)]\n"
      "78/4. 可持续发展目标峰会政治宣言\n"
      "大会，\n"
      "核可本决议所附政治宣言。\n"
      "2023年10月16日\n"
      "第14次全体会议\n"
      "附件\n"
      "政治宣言\n"
      "我们，各国元首和政府首脑，\n"
      "认识到各项目标的执行工作严重偏离轨道，\n"
      "1. 重申我们对《2030年可持续发展议程》的承诺；\n"
      "2. 承诺加快行动，在2030年前实现各项可持续发展目标。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  std::vector<const Node*> ps;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) ps.push_back(&n);
  });
  ASSERT_EQ(ps.size(), 4u);
  EXPECT_EQ(ps[0]->text, "我们，各国元首和政府首脑，");
  EXPECT_EQ(ps[0]->paragraph_kind, "formula");
  EXPECT_EQ(ps[1]->paragraph_kind, "preambular");
  EXPECT_EQ(ps[2]->paragraph_number, 1);
}

// Quoted in the resolution that adopts it, the declaration's title, then its
// formula with where and when they met ("“我们，…，于2023年9月21日聚集在联合
// 国，"): two paragraphs, the second the formula, its clauses preambular and
// its paragraphs numbered inside the quotes. (A quoted "“大会，" under such a
// title, one with a colon and a comma in it, stands apart the same way.)
TEST(ResolutionsInstruments3, QuotedDeclarationsFormulaStandsApartFromItsTitle) {
  auto text = [](const std::string& formula) {
    return "联合国                                                  A/RES/78/3\n"
           "大会                                                Distr.: General\n"
           "                                                    18 October 2023\n"
           "第七十八届会议\n"
           "议程项目 125\n"
           "2023年10月5日大会决议\n"
           "78/3. 全民健康覆盖问题高级别会议政治宣言\n"
           "大会，\n"
           "通过高级别会议核可的下列政治宣言：\n"
           "“全民健康覆盖：扩大我们的雄心，促进2030年健康和福祉\n" +
           formula +
           "\n"
           "“回顾我们在2019年高级别会议上作出的承诺，\n"
           "“1. 重申健康是每个人的权利；\n"
           "“2. 承诺在2030年前逐步实现全民健康覆盖。”\n"
           "2023年10月5日\n"
           "第12次全体会议\n";
  };
  for (const std::string formula :
       {std::string("“我们，各国元首和政府首脑以及国家和政府代表，于2023年9月21日聚集在联合国，"), std::string("“大会，")}) {
    const Document d = doc_of(text(formula));
    const std::vector<const Node*> ps = nodes_of(d, NodeKind::Paragraph);
    ASSERT_EQ(ps.size(), 7u) << formula;
    EXPECT_EQ(ps[2]->text, "“全民健康覆盖：扩大我们的雄心，促进2030年健康和福祉");
    EXPECT_EQ(ps[3]->text, formula);
    EXPECT_EQ(ps[3]->paragraph_kind, "formula");
    EXPECT_EQ(ps[4]->paragraph_kind, "preambular");
    EXPECT_EQ(ps[5]->paragraph_number, 1);
    EXPECT_EQ(ps[6]->paragraph_number, 2);
  }
}

// The Council's decision, its formula with its verb ("经济及社会理事会决定："),
// clause (b) approving an agenda numbered 1. 2. 3. (item 2 with sub-items of
// its own), then clause (c): the formula opens the body (not the front
// matter's), each clause a paragraph, the agenda's sub-items in their item,
// and (c) after item 3 the decision's clause, not item 3's.
TEST(ResolutionsInstruments3, DecisionsFormulaWithItsVerbOverAnAgenda) {
  const std::string text =
      "联合国                                                  E/DEC/2023/201\n"
      "经济及社会理事会                                    Distr.: General\n"
      "                                                    10 March 2023\n"
      "2023年届会\n"
      "2022年7月25日至2023年7月26日\n"
      "议程项目 1\n"
      "2023/201. 经济及社会理事会2023年届会的工作安排\n"
      "经济及社会理事会决定：\n"
      "(a) 理事会2023年届会的人道主义事务部分于2023年6月20日至22日在纽约举行；\n"
      "(b) 核准人道主义事务部分的临时议程如下：\n"
      "1. 通过议程和其他组织事项。\n"
      "2. 特别经济、人道主义和救灾援助：\n"
      "(a) 加强联合国人道主义紧急援助的协调；\n"
      "(b) 联合国中央应急基金。\n"
      "3. 闭幕。\n"
      "(c) 理事会的协调和管理会议于2023年7月25日和26日举行。\n"
      "2023年2月8日\n"
      "第2次全体会议\n";
  const Document d = doc_of(text);
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  const std::vector<const Node*> ps = nodes_of(d, NodeKind::Paragraph);
  EXPECT_EQ(texts_of(ps), (std::vector<std::string>{
                              "经济及社会理事会决定：",
                              "(a) 理事会2023年届会的人道主义事务部分于2023年6月20日至22日在纽约举行；",
                              "(b) 核准人道主义事务部分的临时议程如下：",
                              "通过议程和其他组织事项。",
                              "特别经济、人道主义和救灾援助：(a) 加强联合国人道主义紧急援助的协调；(b) 联合国中央应急基金。",
                              "闭幕。",
                              "(c) 理事会的协调和管理会议于2023年7月25日和26日举行。",
                          }));
  ASSERT_FALSE(ps.empty());
  EXPECT_EQ(ps[0]->paragraph_kind, "formula");
}

// With no agenda: clause (b) ending in a colon, then (c), its sibling: two
// paragraphs, not (c) run into (b).
TEST(ResolutionsInstruments3, ClauseAfterAClauseEndingInAColonIsItsSibling) {
  const std::string text =
      "联合国                                                  E/DEC/2023/202\n"
      "经济及社会理事会                                    Distr.: General\n"
      "                                                    10 March 2023\n"
      "2023年届会\n"
      "议程项目 1\n"
      "2023/202. 理事会附属机构的会议\n"
      "在2023年2月8日第2次全体会议上，经济及社会理事会决定：\n"
      "(a) 核可非政府组织委员会的会议日期；\n"
      "(b) 请秘书长向理事会提交下列文件：\n"
      "(c) 推迟审议其余事项。\n";
  const Document d = doc_of(text);
  const std::vector<const Node*> ps = nodes_of(d, NodeKind::Paragraph);
  EXPECT_EQ(texts_of(ps), (std::vector<std::string>{"在2023年2月8日第2次全体会议上，经济及社会理事会决定：",
                                                    "(a) 核可非政府组织委员会的会议日期；",
                                                    "(b) 请秘书长向理事会提交下列文件：", "(c) 推迟审议其余事项。"}));
  ASSERT_FALSE(ps.empty());
  EXPECT_EQ(ps[0]->paragraph_kind, "formula");
}

// A General Assembly decision taken on a committee's recommendation, "大会根据
// 第五委员会的建议决定：": the same formula.
TEST(ResolutionsInstruments3, FormulaActingOnARecommendation) {
  const std::string text =
      "78/550. 联合国合办工作人员养恤基金\n"
      "在2023年12月22日第50次全体会议上，大会根据第五委员会的建议决定：\n"
      "(a) 推迟到第七十九届会议审议该项目；\n"
      "(b) 将该项目列入第七十九届会议临时议程。\n";
  const Document d = doc_of(text);
  const std::vector<const Node*> ps = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[0]->paragraph_kind, "formula");
  EXPECT_EQ(ps[1]->text, "(a) 推迟到第七十九届会议审议该项目；");
}

// Recommendations numbered "建议1：" / "建议 2：" among a report's numbered
// paragraphs: numbered paragraphs of their own run, labelled as written,
// their text after the label; the report's numbering goes on around them with
// no duplicate or gap reported; a sentence naming one ("…建议1和建议2的执行
// 情况") is none.
TEST(ResolutionsInstruments3, RecommendationsNumberedWithTheirWord) {
  const std::string text =
      "联合国                                                  A/78/301\n"
      "大会                                                Distr.: General\n"
      "                                                    4 August 2023\n"
      "第七十八届会议\n"
      "议程项目 70\n"
      "消除种族主义、种族歧视、仇外心理和相关不容忍行为\n"
      "特别报告员的报告\n"
      "一、 导言\n"
      "1. 本报告根据大会第77/205号决议提交。\n"
      "二、 结论和建议\n"
      "2. 特别报告员在此提出以下建议。\n"
      "建议1：各国应通过全面的反歧视立法，明确禁止一切形式的种族歧视。\n"
      "建议 2：各国应收集按种族和族裔分列的数据，同时尊重隐私权。\n"
      "建议3：各国应设立独立的国家人权机构，并为其提供充足资源。\n"
      "3. 特别报告员请各国报告建议1和建议2的执行情况。\n";
  Options o;
  const Document d = convert(text, "t.txt", o);
  const std::vector<const Node*> ps = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(ps.size(), 6u);
  EXPECT_EQ(ps[2]->label, "建议1：");
  EXPECT_EQ(ps[2]->paragraph_number, 1);
  EXPECT_EQ(ps[2]->text, "各国应通过全面的反歧视立法，明确禁止一切形式的种族歧视。");
  EXPECT_EQ(ps[3]->label, "建议 2：");
  EXPECT_EQ(ps[3]->paragraph_number, 2);
  EXPECT_EQ(ps[4]->paragraph_number, 3);
  EXPECT_EQ(ps[5]->paragraph_number, 3);
  EXPECT_EQ(ps[5]->label, "3.");
  for (const Diagnostic& g : d.diagnostics) EXPECT_NE(g.code.rfind("E-PARA", 0), 0u) << g.message;
}

// An L document's masthead names the main committee under the organ
// ("第三委员会"): the document's committee, not a note; the organ stays the
// Assembly. (The Fourth Committee's full name, with its number in brackets, too.)
TEST(ResolutionsInstruments3, DraftsMainCommitteeIsItsCommittee) {
  auto text = [](const std::string& committee) {
    return "联合国                                                  A/C.3/78/L.12\n"
           "大会                                                Distr.: Limited\n"
           "                                                    10 October 2023\n"
           "                                                    Chinese\n"
           "                                                    Original: English\n"
           "第七十八届会议\n" +
           committee +
           "\n"
           "议程项目 26\n"
           "社会发展\n"
           "阿根廷、巴西、智利和墨西哥：决议草案\n"
           "老龄问题世界大会的后续行动\n"
           "大会，\n"
           "回顾其2022年12月14日第77/190号决议，\n"
           "1. 鼓励会员国加强国家老龄问题政策。\n";
  };
  for (const std::string c : {std::string("第三委员会"), std::string("特别政治和非殖民化委员会(第四委员会)")}) {
    const Document d = doc_of(text(c));
    EXPECT_EQ(d.front_matter.committee.value_or(""), c);
    EXPECT_TRUE(d.front_matter.notes.empty()) << d.front_matter.notes.front();
    EXPECT_EQ(d.front_matter.organ.value_or(""), "大会");
    EXPECT_EQ(d.front_matter.title.value_or(""), "老龄问题世界大会的后续行动");
  }
}

}  // namespace

}  // namespace undoc_test_resolutions_instruments3_test
