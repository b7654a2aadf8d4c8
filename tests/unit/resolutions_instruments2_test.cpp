// Resolutions, decisions and instruments, second round (helper 4): a text
// quoted inside a resolution (a declaration it adopts, "“…宣言" / "“大会，" /
// "“1. …；" / "“2. …。”"), its title and formula one paragraph where a blank
// line follows each line; its numbering and the resolution's one run.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_resolutions_instruments2_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

// Each line of a resolution followed by a blank line, wrapped at 28 Han
std::string blank_after_each(const std::string& text) {
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    const size_t nl = text.find('\n', at);
    out += text.substr(at, nl - at + 1) + "\n";
    at = nl + 1;
  }
  return out;
}

const std::string kAdoptsQuotedText =
    "联合国                                                  A/RES/78/311\n"
    "大会                                                Distr.: General\n"
    "                                                    12 January 2024\n"
    "第七十八届会议\n"
    "议程项目 68\n"
    "2023年12月20日大会决议\n"
    "[未经发交主要委员会而通过(A/78/L.40)]\n"
    "78/311. 土著语言国际十年\n"
    "大会，\n"
    "回顾其2019年12月18日第74/135号决议以及以往关于土\n"
    "著人民权利的各项决议，\n"
    "1. 决定通过下列宣言，并请各会员国和各专门机构予以\n"
    "广泛传播：\n"
    "“关于保护土著语言的宣言\n"
    "“大会，\n"
    "“深信土著语言是人类共同遗产的组成部分，其保护关系\n"
    "到文化多样性，\n"
    "“1. 宣布各国应采取有效措施，保护、振兴和推广土著语\n"
    "言；\n"
    "“2. 吁请各国与土著人民协商制订国家行动计划。”\n"
    "2. 请秘书长向大会第七十九届会议提交本决议执行情况\n"
    "的报告。\n"
    "2023年12月20日\n"
    "第49次全体会议\n";

// The quoted declaration's title, alone on a short line with no mark, then a
// blank line, then its formula: two paragraphs, as where no blank line
// parts the lines; its formula a formula, and its operative paragraphs numbered.
TEST(ResolutionsInstruments2, QuotedTitleStandsApartFromItsFormulaBetweenBlankLines) {
  Document d = doc_of(blank_after_each(kAdoptsQuotedText));
  std::vector<const Node*> ps = nodes_of(d, NodeKind::Paragraph);
  const Node* title = nullptr;
  const Node* formula = nullptr;
  for (const Node* p : ps) {
    if (p->text.starts_with("“关于保护土著语言的宣言")) title = p;
    if (p->text.starts_with("“大会")) formula = p;
  }
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->text, "“关于保护土著语言的宣言");
  ASSERT_NE(formula, nullptr);
  EXPECT_EQ(formula->text, "“大会，");
  EXPECT_EQ(formula->paragraph_kind, "formula");
  int quoted_numbered = 0;
  for (const Node* p : ps)
    if (p->text.starts_with("“") && p->paragraph_number) ++quoted_numbered;
  EXPECT_EQ(quoted_numbered, 2);
}

// The resolution's "2." below the declaration's quoted "“2. …。”" goes on
// from its own "1.", the quoted text numbered afresh: no duplicate number.
TEST(ResolutionsInstruments2, NumberingOutsideTheQuotesGoesOnAfterThem) {
  Document d = doc_of(kAdoptsQuotedText);
  ASSERT_NE(test::numbered_paragraph(d, 2), nullptr);
  for (const auto& v : validate(d)) {
    EXPECT_NE(v.code, "E-PARA-DUP") << v.message;
    EXPECT_NE(v.code, "E-PARA-ORDER") << v.message;
    EXPECT_NE(v.code, "E-PARA-GAP") << v.message;
  }
}

// A functional commission's decisions in its report, each its number and
// title, then the commission's name and a colon alone ("统计委员会："), then
// its clauses lettered (a), (b): the name a formula of its own, each clause a
// paragraph, as under "经济及社会理事会：".
TEST(ResolutionsInstruments2, CommissionNameAndColonIsTheFormulaOverItsLetteredClauses) {
  const std::string text =
      "联合国                                              E/2023/24\n"
      "经济及社会理事会                                Distr.: General\n"
      "                                                20 March 2023\n"
      "统计委员会\n"
      "第五十四届会议报告\n"
      "(2023年2月28日至3月3日)\n"
      "第一章\n"
      "提请经济及社会理事会注意的事项\n"
      "1. 委员会第五十四届会议通过的下列决定提请理事会注意：\n"
      "54/101 农业和农村统计\n"
      "统计委员会：\n"
      "(a) 欢迎秘书长关于农业和农村统计的报告；\n"
      "(b) 请统计司继续向各国提供技术援助。\n"
      "54/102 人口普查\n"
      "人口与发展委员会：\n"
      "(a) 注意到各国开展人口普查的进展；\n"
      "(b) 核可经修订的普查原则和建议。\n";
  Document d = doc_of(text);
  std::vector<std::string> formulas, clauses;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) {
    if (p->paragraph_kind == "formula") formulas.push_back(p->text);
    if (p->text.starts_with("(")) clauses.push_back(p->text);
  }
  EXPECT_EQ(formulas, (std::vector<std::string>{"统计委员会：", "人口与发展委员会："}));
  EXPECT_EQ(clauses, (std::vector<std::string>{"(a) 欢迎秘书长关于农业和农村统计的报告；", "(b) 请统计司继续向各国提供技术援助。",
                                               "(a) 注意到各国开展人口普查的进展；", "(b) 核可经修订的普查原则和建议。"}));
}

// An Economic and Social Council decision, its formula the meeting it was
// taken at and the Council's name and a colon ("在…第12次全体会议上，经济及社会
// 理事会："), then its clauses lettered: the formula a paragraph of its own,
// each clause one, as under "经济及社会理事会：" alone.
TEST(ResolutionsInstruments2, MeetingAndOrganWithAColonIsTheFormulaOverLetteredClauses) {
  const std::string text =
      "联合国                                              E/DEC/2023/216\n"
      "经济及社会理事会                                Distr.: General\n"
      "                                                14 June 2023\n"
      "2023年会议\n"
      "议程项目 18(d)\n"
      "2023年6月8日经济及社会理事会决定\n"
      "2023/216. 人口与发展委员会第五十六届会议报告\n"
      "在2023年6月8日第13次全体会议上，经济及社会理事会：\n"
      "(a) 注意到人口与发展委员会第五十六届会议的报告；\n"
      "(b) 决定委员会第五十七届会议的特别主题为人口与可持续发展。\n";
  Document d = doc_of(text);
  std::vector<const Node*> ps = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[0]->text, "在2023年6月8日第13次全体会议上，经济及社会理事会：");
  EXPECT_EQ(ps[0]->paragraph_kind, "formula");
  EXPECT_EQ(ps[1]->text, "(a) 注意到人口与发展委员会第五十六届会议的报告；");
  EXPECT_EQ(ps[2]->text, "(b) 决定委员会第五十七届会议的特别主题为人口与可持续发展。");
}

}  // namespace

}  // namespace undoc_test_resolutions_instruments2_test
