// Kinds of document, more (helper 12): an executive board's compendium of the
// decisions of a session (UNICEF, UNDP/UNFPA/UNOPS, UN-Women, WFP boards), as
// the boards issue it after each session: its title "…通过的决定汇编", a
// contents list headed "决定 页次" whose rows are numbered by the decisions,
// each decision "2023/8. 标题" (numbered from 1 in a year's series, not from
// 201 as ECOSOC's and the Assembly's decisions are), the board's formula
// "执行局" alone over its clauses lettered (a), (b)… or numbered 1., 2., and
// the day and session it was adopted on one line ("2023年6月16日年度会议").
// Each text is written in the real conventions (../shared/real), in two shapes:
// a paragraph a line with blank lines between, and hard-wrapped with a page
// break's furniture (job number, running symbol, page number).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more3_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kMasthead =
    "联合国\tDP/2023/19\n"
    "执行局\tDistr.: General\n"
    "20 June 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "开发计划署、人口基金和项目署执行局\n"
    "2023年年度会议\n"
    "2023年6月5日至9日，纽约\n"
    "\n"
    "执行局2023年年度会议通过的决定汇编\n"
    "\n";

// A compendium of two decisions, a paragraph a line.
std::string compendium_para() {
  return kMasthead +
         "2023/5. 审计和调查报告\n\n"
         "执行局\n\n"
         "(a) 注意到关于开发署内部审计和调查的年度报告及管理层的回应；\n\n"
         "(b) 欢迎审计建议的执行率有所提高；\n\n"
         "(c) 请开发署在下届年度会议上报告后续行动。\n\n"
         "2023年6月9日年度会议\n\n"
         "2023/6. 人口基金战略计划执行情况\n\n"
         "执行局\n\n"
         "(a) 注意到人口基金执行主任的年度报告所载的各项成果；\n\n"
         "(b) 鼓励人口基金继续加强成果管理。\n\n"
         "2023年6月9日年度会议\n";
}

// The same, hard-wrapped at 17 characters, a page break inside clause (b)
// of the first decision.
std::string compendium_wrap() {
  return kMasthead +
         "2023/5. 审计和调查报告\n\n"
         "执行局\n\n"
         "(a) 注意到关于开发署内部审计和调查的\n"
         "年度报告及管理层的回应；\n\n"
         "(b) 欢迎审计建议的执行\n\n"
         "23-11402 (C)\n"
         "\fDP/2023/19\n\n"
         "率有所提高；\n\n"
         "(c) 请开发署在下届年度会议上报告后续\n"
         "行动。\n\n"
         "2023年6月9日年度会议\n\n"
         "2023/6. 人口基金战略计划执行情况\n\n"
         "执行局\n\n"
         "(a) 注意到人口基金执行主任的年度报告\n"
         "所载的各项成果；\n\n"
         "(b) 鼓励人口基金继续加强成果管理。\n\n"
         "2023年6月9日年度会议\n\n"
         "2/2\n"
         "23-11402\n";
}

// A decision numbered from 1 in a board's compendium is a heading: its
// number and label beside its title; the document is a decision.
TEST(KindsMore3, BoardCompendiumDecisionsAreHeadings) {
  for (const std::string& text : {compendium_para(), compendium_wrap()}) {
    const Document d = doc_of(text);
    EXPECT_EQ(d.kind, std::optional<std::string>("decision"));
    ASSERT_TRUE(d.front_matter.title.has_value());
    EXPECT_EQ(*d.front_matter.title, "执行局2023年年度会议通过的决定汇编");
    std::vector<const Node*> heads;
    for (const Node& n : d.body)
      if (n.kind == NodeKind::Section) heads.push_back(&n);
    ASSERT_EQ(heads.size(), 2u);
    EXPECT_EQ(heads[0]->number, std::optional<std::string>("2023/5"));
    EXPECT_EQ(heads[0]->label, "2023/5.");
    EXPECT_EQ(heads[0]->title, "审计和调查报告");
    EXPECT_EQ(heads[1]->number, std::optional<std::string>("2023/6"));
    EXPECT_EQ(heads[1]->title, "人口基金战略计划执行情况");
  }
}

// "执行局" alone is the board's enacting formula, and each lettered clause
// below it is a paragraph of its own (a clause carried over a page break
// too), not one paragraph run on from the formula.
TEST(KindsMore3, BoardFormulaOverLetteredClauses) {
  for (const std::string& text : {compendium_para(), compendium_wrap()}) {
    const Document d = doc_of(text);
    ASSERT_GE(d.body.size(), 1u);
    const Node& first = d.body.front();
    ASSERT_EQ(first.kind, NodeKind::Section);
    ASSERT_EQ(first.children.size(), 4u);
    EXPECT_EQ(first.children[0].paragraph_kind, "formula");
    EXPECT_EQ(first.children[0].text, "执行局");
    EXPECT_EQ(first.children[1].text, "(a) 注意到关于开发署内部审计和调查的年度报告及管理层的回应；");
    EXPECT_EQ(first.children[2].text, "(b) 欢迎审计建议的执行率有所提高；");
    EXPECT_EQ(first.children[3].text, "(c) 请开发署在下届年度会议上报告后续行动。");
    const Node& second = d.body[1];
    ASSERT_EQ(second.children.size(), 3u);
    EXPECT_EQ(second.children[0].paragraph_kind, "formula");
  }
}

// The day and the session on one line close each decision: a closing line
// with its date, the text kept whole; other sessions' names too.
TEST(KindsMore3, BoardDateAndSessionIsAClosingLine) {
  for (const std::string& text : {compendium_para(), compendium_wrap()}) {
    const Document d = doc_of(text);
    ASSERT_EQ(d.closing.size(), 2u);
    for (const ClosingLine& c : d.closing) {
      EXPECT_EQ(c.kind, "date");
      EXPECT_EQ(c.text, "2023年6月9日年度会议");
      EXPECT_EQ(c.value, std::optional<std::string>("2023-06-09"));
    }
  }
  std::string other = compendium_para();
  for (auto [from, to] : {std::pair<std::string, std::string>{"2023年6月9日年度会议\n\n2023/6", "2023年2月8日第一届常会\n\n2023/6"},
                          {"2023年6月9日年度会议\n", "2023年9月14日第二届常会\n"}})
    other.replace(other.find(from), from.size(), to);
  const Document d = doc_of(other);
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[0].text, "2023年2月8日第一届常会");
  EXPECT_EQ(d.closing[0].value, std::optional<std::string>("2023-02-08"));
  EXPECT_EQ(d.closing[1].text, "2023年9月14日第二届常会");
  EXPECT_EQ(d.closing[1].value, std::optional<std::string>("2023-09-14"));
  // (the session named alone over the day, "年度会议" / "2023年6月9日": a
  // meeting line and the date, as "2023年年度会议" / "2023年6月9日" are)
  std::string two = compendium_para();
  for (size_t at = two.find("2023年6月9日年度会议"); at != std::string::npos; at = two.find("2023年6月9日年度会议"))
    two.replace(at, std::string("2023年6月9日年度会议").size(), "年度会议\n2023年6月9日");
  const Document t = doc_of(two);
  ASSERT_EQ(t.closing.size(), 4u);
  EXPECT_EQ(t.closing[0].kind, "meeting");
  EXPECT_EQ(t.closing[0].text, "年度会议");
  EXPECT_EQ(t.closing[1].kind, "date");
  EXPECT_EQ(t.closing[1].value, std::optional<std::string>("2023-06-09"));
  ASSERT_EQ(t.body.size(), 2u);
  EXPECT_EQ(t.body[0].children.size(), 4u);
  // (a sentence that opens with a day and names a session is no closing line)
  const Document s = doc_of(kMasthead + "2023/5. 审计和调查报告\n\n执行局\n\n(a) 注意到报告。\n\n"
                                        "2023年6月9日年度会议期间，执行局举行了非正式协商。\n");
  EXPECT_TRUE(s.closing.empty());
}

// The compendium's contents: "决定 页次" its column heads, each row numbered
// by its decision ("2023/5<TAB>标题<TAB>2"), paired with the body's headings.
TEST(KindsMore3, CompendiumContentsRowsNumberedByDecision) {
  const std::string toc =
      "目录\n\n"
      "决定\t页次\n\n"
      "2023/5\t审计和调查报告\t2\n\n"
      "2023/6\t人口基金战略计划执行情况\t3\n\n";
  std::string text = compendium_para();
  text.insert(kMasthead.size(), toc);
  const Document d = convert(text, "t.txt", {});
  ASSERT_TRUE(d.toc.present);
  ASSERT_EQ(d.toc.heads.size(), 1u);
  EXPECT_EQ(d.toc.heads[0], "决定\t页次");
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].number, std::optional<std::string>("2023/5"));
  EXPECT_EQ(d.toc.entries[0].label, "2023/5");
  EXPECT_EQ(d.toc.entries[0].title, "审计和调查报告");
  EXPECT_EQ(d.toc.entries[0].page, std::optional<long>(2));
  EXPECT_EQ(d.toc.entries[1].number, std::optional<std::string>("2023/6"));
  for (const Diagnostic& g : d.diagnostics) EXPECT_NE(g.code.rfind("W-TOC", 0), 0u) << g.code << " " << g.message;
  // (as -layout sets it: the heads far apart, the cells parted by spaces, leaders)
  const std::string spaced =
      "目录\n\n"
      "决定                                          页次\n\n"
      "2023/5      审计和调查报告..........................  2\n\n"
      "2023/6      人口基金战略计划执行情况................  3\n\n";
  std::string text2 = compendium_para();
  text2.insert(kMasthead.size(), spaced);
  const Document d2 = convert(text2, "t.txt", {});
  ASSERT_EQ(d2.toc.heads.size(), 1u);
  ASSERT_EQ(d2.toc.entries.size(), 2u);
  EXPECT_EQ(d2.toc.entries[0].number, std::optional<std::string>("2023/5"));
  EXPECT_EQ(d2.toc.entries[0].title, "审计和调查报告");
  EXPECT_EQ(d2.toc.entries[1].page, std::optional<long>(3));
  for (const Diagnostic& g : d2.diagnostics) EXPECT_NE(g.code.rfind("W-TOC", 0), 0u) << g.code << " " << g.message;
}

// An ECOSOC draft (E/2023/L.19): the agenda item's title set in the
// masthead's narrow column over two lines, then the line naming who submits
// the draft, then the draft's title. The second line is the item title's, not
// the document's title (an L document sets the item's title, the sponsors'
// line and the draft's title in that order); the draft's title stays the title.
TEST(KindsMore3, AgendaTitleOverTwoLinesAboveTheSponsorsLine) {
  const std::string head =
      "联合国\tE/2023/L.19\n"
      "经济及社会理事会\tDistr.: Limited\n"
      "2 June 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "2023年届会\n"
      "2022年7月25日至2023年7月26日\n"
      "议程项目12(b)\n"
      "协调、方案和其他问题：联合国系统内\n"
      "农村妇女经济赋权的主流化\n"
      "\n";
  const std::string submitted = "理事会副主席(某国)在非正式协商基础上提出的决议草案\n\n";
  const std::string sponsors = "阿根廷、巴西、智利、哥斯达黎加和乌拉圭：决议草案\n\n";
  const std::string rest =
      "将农村妇女经济赋权纳入联合国系统各项政策和方案的主流\n\n"
      "经济及社会理事会，\n\n"
      "回顾其以往关于这一主题的各项决议，\n\n"
      "1. 请联合国系统各实体加强对农村妇女的支持；\n\n"
      "2. 又请秘书长向理事会2024年届会提交报告。\n";
  const std::string wrapped_rest =
      "将农村妇女经济赋权纳入联合国系统各项政策和方案的主流\n\n"
      "经济及社会理事会，\n\n"
      "回顾其以往关于这一主题的各项决议，\n\n"
      "1. 请联合国系统各实体加强对农村妇女的\n"
      "支持；\n\n"
      "2. 又请秘书长向理事会2024年届会提交报\n"
      "告。\n";
  for (const std::string& by : {submitted, sponsors})
    for (const std::string& body : {rest, wrapped_rest}) {
      const Document d = doc_of(head + by + body);
      ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
      EXPECT_EQ(d.front_matter.agenda_items[0].title, "协调、方案和其他问题：联合国系统内农村妇女经济赋权的主流化");
      EXPECT_EQ(d.front_matter.title, std::optional<std::string>("将农村妇女经济赋权纳入联合国系统各项政策和方案的主流"));
      EXPECT_EQ(d.kind, std::optional<std::string>("resolution"));
    }
  // (an item's title on one line, the sponsors' line right below it: the
  // title is the draft's, as before)
  std::string one = head;
  one.replace(one.find("联合国系统内\n"), std::string("联合国系统内\n").size(), "联合国系统内农村妇女经济赋权的主流化\n");
  one.erase(one.find("农村妇女经济赋权的主流化\n\n"), std::string("农村妇女经济赋权的主流化\n").size());
  const Document d = doc_of(one + sponsors + rest);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "协调、方案和其他问题：联合国系统内农村妇女经济赋权的主流化");
  EXPECT_EQ(d.front_matter.title, std::optional<std::string>("将农村妇女经济赋权纳入联合国系统各项政策和方案的主流"));
}

// A letter of the Secretary-General to the President of the Security
// Council, its signature printed as the name alone (no "(签名)") right below
// the closing request, then the annexed letter: the name is the signature,
// a closing line, as "(签名)安东尼奥·古特雷斯" is; a name below another
// paragraph is no signature.
TEST(KindsMore3, SignatureNameAloneBelowTheCirculationRequest) {
  const std::string head =
      "联合国\tS/2023/418\n"
      "安全理事会\tDistr.: General\n"
      "6 June 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "2023年6月5日秘书长给安全理事会主席的信\n\n"
      "谨随函转递非洲联盟委员会主席2023年5月29日给我的信(见附件)，其中介绍了区域排雷合作的最新情况。\n\n";
  const std::string annex =
      "\n附件\n\n"
      "2023年5月29日非洲联盟委员会主席给秘书长的信\n\n"
      "我谨向你通报区域排雷合作的最新情况，以供安全理事会参考。\n\n"
      "非洲联盟委员会主席\n\n"
      "(签名)穆萨·法基·穆罕默德\n";
  for (const std::string& request :
       {std::string("请将本信及其附件作为安全理事会文件分发为荷。\n\n"),
        std::string("请将本信及其附件作为安全理事会\n文件分发为荷。\n\n")}) {
    const Document d = doc_of(head + request + "安东尼奥·古特雷斯\n" + annex);
    ASSERT_EQ(d.closing.size(), 3u);
    EXPECT_EQ(d.closing[0].kind, "signature");
    EXPECT_EQ(d.closing[0].text, "安东尼奥·古特雷斯");
    EXPECT_EQ(d.closing[0].in, "body");
    EXPECT_EQ(d.annexes.size(), 1u);
  }
  const Document other = doc_of(head + "我欢迎各方作出的努力。\n\n安东尼奥·古特雷斯\n" + annex);
  for (const ClosingLine& c : other.closing) EXPECT_NE(c.text, "安东尼奥·古特雷斯");
}

// A note transmitting a report, the report's title carrying a marker
// ("…的报告*", its footnote saying it came late): the title is a heading of
// the front matter, as it is without the marker, its marker linked.
TEST(KindsMore3, TransmittedReportTitleWithMarkerIsAHeading) {
  const std::string text =
      "联合国\tE/2023/63\n"
      "经济及社会理事会\tDistr.: General\n"
      "17 April 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "2023年届会\n"
      "议程项目12(e)\n"
      "协调、方案和其他问题：道路安全\n\n"
      "全球道路安全伙伴关系\n\n"
      "秘书长的说明\n\n"
      "秘书长谨向经济及社会理事会转递世界卫生组织总干事关于联合国道路安全协作机制工作的报告。\n\n"
      "世界卫生组织总干事关于联合国道路安全协作机制工作的报告*\n\n"
      "摘要\n\n"
      "本报告概述了协作机制自上次报告以来开展的活动。\n\n"
      "一、导言\n\n"
      "1. 道路交通伤害每年造成大量死亡。\n\n"
      "2. 协作机制目前有100多个成员。\n\n"
      "* 本报告逾期提交，以便列入协作机制会议的结果。\n";
  const Document d = doc_of(text);
  bool found = false;
  for (const Node& p : d.front_matter.paragraphs)
    if (p.text == "世界卫生组织总干事关于联合国道路安全协作机制工作的报告") {
      found = true;
      EXPECT_EQ(p.paragraph_kind, "heading");
    }
  EXPECT_TRUE(found);
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_FALSE(d.footnotes[0].refs.empty());
}

}  // namespace

}  // namespace undoc_test_kinds_more3_test
