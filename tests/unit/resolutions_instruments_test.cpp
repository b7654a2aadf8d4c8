// Resolutions, decisions and instruments (helper 4): an agreement's preamble
// on one page closed by its job number, its clauses as wide as its widest
// lines, ran together; a resolution's or a compiled decision's parts lettered
// "A" / "B" with no title of their own were lost to the title, the front
// matter or the paragraph below; the headings over rules of procedure's
// rules ("常会" / "开会日期" / "规则1") were paragraphs, run together when
// wrapped.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_resolutions_instruments_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

std::vector<const Node*> paragraphs(const std::vector<Node>& nodes) {
  std::vector<const Node*> out;
  walk(nodes, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) out.push_back(&n);
  });
  return out;
}

// A one-page agreement, its page closed by the job number and the page's
// number (no form feed): its preamble's clauses, each on its line and ending
// in a comma, are as wide as the page's widest lines, but most such lines end
// a clause or a sentence, so no wrap made them: a clause each, and the
// "议定如下：" that closes the preamble a paragraph of its own.
TEST(ResolutionsInstruments, ClausesAsWideAsTheWidestLineStandApart) {
  const std::string text =
      "联合国与某国政府关于设立区域办事处的协定\n"
      "联合国与某国政府，\n"
      "考虑到大会在其第77/250号决议中决定加强该区域办事处的工作，\n"
      "希望缔结一项协定，以规范与该办事处的地位有关的事项，\n"
      "议定如下：\n"
      "第1条 定义\n"
      "在本协定中：\n"
      "(a) “政府”是指某国政府；\n"
      "(b) “办事处”是指联合国区域办事处。\n"
      "第2条 目的\n"
      "本协定规范办事处及其工作人员的地位。\n"
      "第3条 生效\n"
      "本协定自签字之日起生效。\n"
      "联合国代表：\n"
      "(签名)\n"
      "23-17777 (C)\n"
      "1\n";
  Document d = doc_of(text);
  std::vector<const Node*> ps = paragraphs(d.body);
  ASSERT_GE(ps.size(), 4u);
  EXPECT_EQ(ps[0]->paragraph_kind, "formula");
  EXPECT_EQ(ps[1]->text, "考虑到大会在其第77/250号决议中决定加强该区域办事处的工作，");
  EXPECT_EQ(ps[1]->paragraph_kind, "preambular");
  EXPECT_EQ(ps[2]->text, "希望缔结一项协定，以规范与该办事处的地位有关的事项，");
  EXPECT_EQ(ps[2]->paragraph_kind, "preambular");
  EXPECT_EQ(ps[3]->text, "议定如下：");
  EXPECT_EQ(nodes_of(d, NodeKind::Section).size(), 3u);
}

// A compiled decision in parts with no titles ("78/501. 标题" / "A" / "在…
// 全体会议上，大会决定：…" / "B" / "在…"): parts A and B under the decision,
// their text their own, in every shape (here hard-wrapped, where "A" ran on
// into the text below it).
TEST(ResolutionsInstruments, CompiledDecisionPartsWithoutTitles) {
  const std::string text =
      "联合国\tA/78/49 (Vol. II)\n"
      "大  会\tDistr.: General\n"
      "\t30 January 2024\n"
      "第七十八届会议\n"
      "大会第七十八届会议通过的决议和决定\n"
      "决定\n"
      "78/401. 任命全权证书委员会成员\n"
      "在2023年9月5日第1次全体会议上，大会根据其议事规则第28条，任命下\n"
      "列国家为全权证书委员会成员：中国、丹麦、巴拿马、菲律宾、南非和美利\n"
      "坚合众国。\n"
      "78/501. 第七十八届会议的工作安排和项目分配\n"
      "A\n"
      "在2023年9月8日第2次全体会议上，大会决定核准总务委员会第一次报告\n"
      "第2段所载建议。\n"
      "B\n"
      "在2023年12月22日第52次全体会议上，大会决定将下列项目列入第七十八\n"
      "届会议议程。\n"
      "24-01234 (C)\n"
      "1\n";
  Document d = doc_of(text);
  std::vector<const Node*> parts;
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (s->section_kind == "part" && s->label.size() == 1) parts.push_back(s);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0]->number, "A");
  EXPECT_EQ(parts[1]->number, "B");
  const Node* decision = nullptr;
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (s->number == "78/501") decision = s;
  ASSERT_NE(decision, nullptr);
  EXPECT_GT(parts[0]->level, decision->level);
  ASSERT_EQ(parts[0]->children.size(), 1u);
  EXPECT_TRUE(parts[0]->children[0].text.starts_with("在2023年9月8日第2次全体会议上"));
  ASSERT_EQ(parts[1]->children.size(), 1u);
  EXPECT_TRUE(parts[1]->children[0].text.starts_with("在2023年12月22日第52次全体会议上"));
}

// A resolution in parts with no titles ("78/253. 标题" / "A" / "大会，" … /
// "B" / "大会，" …): "A" is neither the title's last word nor a paragraph of
// the front matter, and each part numbers its operative paragraphs afresh.
TEST(ResolutionsInstruments, ResolutionPartsWithoutTitles) {
  const std::string text =
      "联合国\tA/RES/78/253\n"
      "大  会\tDistr.: General\n"
      "\t5 January 2024\n"
      "第七十八届会议\n"
      "议程项目 139\n"
      "2023年12月22日大会决议\n"
      "[根据第五委员会的报告(A/78/637/Add.1)通过]\n"
      "78/253. 与拟议方案预算有关的特别专题\n"
      "A\n"
      "大会，\n"
      "审议了秘书长的报告，\n"
      "1. 核准咨询委员会报告所载结论和建议；\n"
      "2. 请秘书长确保充分执行本决议。\n"
      "B\n"
      "大会，\n"
      "回顾其第77/263号决议，\n"
      "1. 决定核准2024年的经费；\n"
      "2. 又决定在第七十九届会议上审议这一问题。\n"
      "2023年12月22日\n"
      "第52次全体会议\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.title, "与拟议方案预算有关的特别专题");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].section_kind, "part");
  EXPECT_EQ(d.body[0].number, "A");
  EXPECT_EQ(d.body[1].section_kind, "part");
  EXPECT_EQ(d.body[1].number, "B");
  ASSERT_EQ(d.body[1].children.size(), 4u);
  EXPECT_EQ(d.body[1].children[0].paragraph_kind, "formula");
  EXPECT_EQ(d.body[1].children[2].paragraph_number, 1);
  EXPECT_EQ(d.kind, "resolution");
}

// Rules of procedure: the headings over a chapter's rules, "常会" /
// "开会日期" over "规则1", and "特别届会" between the rules 3 and 7, are
// subheads beside the rules, not paragraphs (nor one paragraph "常会开会日期",
// wrapped text setting no mark after either), nor inside the rule above.
TEST(ResolutionsInstruments, HeadingsOverRulesAreSubheads) {
  const std::string text =
      "联合国\tA/520/Rev.20\n"
      "大  会\tDistr.: General\n"
      "\t15 September 2023\n"
      "大会议事规则\n"
      "一. 届会\n"
      "常会\n"
      "开会日期\n"
      "规则1\n"
      "大会应于每年9月第二周的星期二开始举行常会，按照从第一周开始计算，其中至\n"
      "少包括一个工作日。\n"
      "规则3\n"
      "大会应在联合国会址开会，除非大会在前一届会议上作出决定，或经过大多数会\n"
      "员国的请求，改在其他地点开会。\n"
      "特别届会\n"
      "规则7\n"
      "大会应在秘书长收到安全理事会请求或过半数会员国请求后十五日内举行特别届\n"
      "会。\n"
      "23-17001 (C)\n"
      "1\n";
  Document d = doc_of(text);
  std::vector<std::string> subheads;
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (s->section_kind == "subhead") subheads.push_back(s->title);
  EXPECT_EQ(subheads, (std::vector<std::string>{"常会", "开会日期", "特别届会"}));
  std::vector<const Node*> rules;
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (s->section_kind == "article") rules.push_back(s);
  ASSERT_EQ(rules.size(), 3u);
  for (const Node* r : rules) {
    ASSERT_EQ(r->children.size(), 1u);
    EXPECT_EQ(r->children[0].kind, NodeKind::Paragraph);
  }
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (s->title == "特别届会") EXPECT_EQ(s->level, rules[1]->level);
}

// A compilation of resolutions: a chapter's heading, "一. 未交付主要委员会而通过的
// 决议", takes no resolution's heading below it ("78/1. 标题") as the rest of
// its title, even where the text's wrap width makes the chapter's line full.
TEST(ResolutionsInstruments, CompilationChapterStopsAtResolutionHeading) {
  // (a short text, read as wrapped at the chapter line's width)
  const std::string text =
      "联合国\tA/78/49 (Vol. I)\n"
      "大  会\tDistr.: General\n"
      "\t15 January 2024\n"
      "第七十八届会议\n"
      "大会第七十八届会议通过的决议\n"
      "第一卷\n"
      "2023年9月5日至12月22日\n"
      "一. 未交付主要委员会而通过的决议\n"
      "78/1. 可持续发展目标峰会政治宣言\n"
      "大会，\n"
      "通过下述可持续发展目标峰会政治宣言：\n"
      "1. 我们，各国元首和政府首脑，于2023年9月18日和19日聚集在纽约联合国总部；\n"
      "2. 我们重申《2030年可持续发展议程》¹；\n"
      "3. 我们承诺立即采取行动。\n"
      "2023年9月18日\n"
      "第5次全体会议\n"
      "78/2. 全民健康覆盖问题高级别会议政治宣言\n"
      "大会，\n"
      "回顾其2019年10月10日第74/2号决议，\n"
      "1. 核准本决议所附政治宣言；\n"
      "2. 请秘书长向大会第八十届会议提交进度报告²。\n"
      "2023年10月5日\n"
      "第14次全体会议\n"
      "二. 根据第三委员会的报告通过的决议\n"
      "78/190. 消除对妇女的暴力行为\n"
      "大会，\n"
      "重申《消除对妇女歧视公约》，\n"
      "1. 强烈谴责一切形式的对妇女的暴力行为；\n"
      "2. 决定在第八十届会议上继续审议这一问题。\n"
      "2023年12月19日\n"
      "第50次全体会议\n"
      "¹ 第70/1号决议。\n"
      "² A/78/100。\n";
  Document d = doc_of(text);
  ASSERT_FALSE(d.body.empty());
  EXPECT_EQ(d.body[0].section_kind, "chapter");
  EXPECT_EQ(d.body[0].title, "未交付主要委员会而通过的决议");
  std::vector<std::string> numbers;
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (s->number && s->number->find('/') != std::string::npos) numbers.push_back(*s->number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"78/1", "78/2", "78/190"}));
}

// A resolution whose last paragraph closes a quote ("…如下：“…报告。”"): the
// meeting and date lines below it are closing lines, not the paragraph's text.
TEST(ResolutionsInstruments, ClosingLinesBelowAClosingQuote) {
  const std::string text =
      "联合国\tE/RES/2023/30\n"
      "经济及社会理事会\tDistr.: General\n"
      "2023年届会\n"
      "2023年7月25日经济及社会理事会决议\n"
      "2023/30. 修正委员会的职权范围\n"
      "经济及社会理事会，\n"
      "回顾其第2019/5号决议，\n"
      "1. 决定将该决议第2段修正如下：“2. 请委员会每年举行一届会议并提交报告。”\n"
      "第20次全体会议\n"
      "2023年7月25日\n";
  Document d = doc_of(text);
  const Node* p = test::numbered_paragraph(d, 1);
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->text.ends_with("提交报告。”"));
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[0].kind, "meeting");
  EXPECT_EQ(d.closing[1].kind, "date");
}

// A Human Rights Council resolution's recorded vote, in brackets over
// several lines below its meeting and date ("[经记录表决，…表决情况如下：" /
// "赞成：" / the members / … / "…]"): one closing note, not a paragraph.
TEST(ResolutionsInstruments, RecordedVoteNoteOverLinesIsClosing) {
  const std::string text =
      "联合国\tA/HRC/RES/52/12\n"
      "大  会\tDistr.: General\n"
      "人权理事会\n"
      "第五十二届会议\n"
      "议程项目3\n"
      "人权理事会2023年4月3日通过的决议\n"
      "52/12. 人权与环境\n"
      "人权理事会，\n"
      "遵循《联合国宪章》的宗旨和原则，\n"
      "1. 鼓励各国在制定环境政策时考虑人权义务；\n"
      "2. 决定继续处理这一问题。\n"
      "第56次会议\n"
      "2023年4月3日\n"
      "[经记录表决，以42票赞成、0票反对、5票弃权获得通过。表决情况如下：\n"
      "赞成：\n"
      "阿根廷、贝宁、中国、法国、德国\n"
      "反对：\n"
      "无\n"
      "弃权：\n"
      "厄立特里亚、印度]\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.closing.size(), 3u);
  EXPECT_EQ(d.closing[2].kind, "note");
  EXPECT_TRUE(d.closing[2].text.starts_with("[经记录表决"));
  EXPECT_TRUE(d.closing[2].text.ends_with("印度]"));
  EXPECT_EQ(d.closing[2].line, 14);
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) EXPECT_EQ(p->text.find("经记录表决"), std::string::npos);
}

}  // namespace

}  // namespace undoc_test_resolutions_instruments_test
