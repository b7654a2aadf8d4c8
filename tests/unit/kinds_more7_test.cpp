// Kinds of document, more (helper 16): conferences and treaties. A
// multilateral convention's full text annexed to the General Assembly's
// resolution adopting it (its chapters 第一章 over articles 第一条, their
// paragraphs restarting at 1, the testimonium "下列签署人经正式授权，在本公约
// 上签字，以昭信守。" and the place and date of signing), a decision compendium
// of the UN Environment Assembly (resolutions "6/1. 标题" and decisions
// "第6/1号决定", each with its own preamble and numbered operative paragraphs
// and its date and plenary meeting), and the report of a UN conference
// (第一章 会议通过的决议 with its annexed declaration, then 第二章 出席情况和
// 工作安排 and the paragraphs numbered through the chapters). Each text is
// written in the real conventions (../shared/real); samples/ holds whole
// documents of these kinds in two shapes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parse/conventions.hpp"
#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more7_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kResolutionMasthead =
    "联合国\tA/RES/78/300\n"
    "大会\tDistr.: General\n"
    "9 July 2024\n"
    "Chinese\n"
    "Original: English\n"
    "\n";

}  // namespace

// A treaty's testimonium and its place and date of signing, hard-wrapped as
// PDF text gives them ("…，其阿拉伯文、中文、英文、法文、俄文和" / "西班牙文文本同
// 等作准。"): each is one closing line, whole; its wrapped rest no paragraph
// of the last article.
TEST(KindsMore7, WrappedTreatyClosingLinesAreWhole) {
  const std::string text = kResolutionMasthead +
                           "附件\n"
                           "关于内陆水道航行安全合作的公约\n"
                           "第一条\n"
                           "作准文本\n"
                           "本公约正本应交存联合国秘书长，本公约的阿拉伯文、中文、英文、法文、俄文\n"
                           "和西班牙文文本同等作准。\n"
                           "为此，下列签署人经各自政府正式授权，在本公约上签字，以昭信守，特此证明\n"
                           "无误。\n"
                           "2025年1月15日订于纽约，正本一份，其阿拉伯文、中文、英文、法文、俄文和\n"
                           "西班牙文文本同等作准。\n";
  const Document d = doc_of(text);
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[0].kind, "signature");
  EXPECT_EQ(d.closing[0].text, "为此，下列签署人经各自政府正式授权，在本公约上签字，以昭信守，特此证明无误。");
  EXPECT_EQ(d.closing[1].kind, "date");
  EXPECT_EQ(d.closing[1].value, std::optional<std::string>("2025-01-15"));
  EXPECT_EQ(d.closing[1].text, "2025年1月15日订于纽约，正本一份，其阿拉伯文、中文、英文、法文、俄文和西班牙文文本同等作准。");
  ASSERT_EQ(d.annexes.size(), 1u);
  std::vector<std::string> texts;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
  });
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0], "本公约正本应交存联合国秘书长，本公约的阿拉伯文、中文、英文、法文、俄文和西班牙文文本同等作准。");
}

// A conference report's paragraph adopting its agenda, the agenda's items
// numbered afresh below it ("10. …议程如下：" / "1. 会议开幕。" … / "11. …"):
// the items are the paragraph's, the paragraphs' count goes on at 11, and
// no paragraph number is read twice.
TEST(KindsMore7, AgendaListInsideReportParagraphIsItsText) {
  const std::string text =
      "联合国\tA/CONF.243/9\n"
      "Distr.: General\n"
      "18 July 2025\n"
      "Chinese\n"
      "Original: English\n\n"
      "联合国旱地与粮食安全会议的报告\n\n"
      "第二章\n"
      "出席情况和工作安排\n"
      "9. 在第1次全体会议上，会议以鼓掌方式选举蒙古国总统为会议主席。\n"
      "10. 在第1次全体会议上，会议通过了载于A/CONF.243/1号文件的临时议程。议程如下：\n"
      "1.\t会议开幕。\n"
      "2.\t选举会议主席。\n"
      "3.\t通过议程和其他组织事项。\n"
      "11. 在同次会议上，会议核可了A/CONF.243/2号文件所载的工作安排。\n";
  const Document d = doc_of(text);
  std::vector<long> numbers;
  const Node* ten = nullptr;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) {
    if (p->paragraph_number) numbers.push_back(*p->paragraph_number);
    if (p->paragraph_number == std::optional<long>(10)) ten = p;
  }
  EXPECT_EQ(numbers, (std::vector<long>{9, 10, 11}));
  ASSERT_NE(ten, nullptr);
  EXPECT_NE(ten->text.find("会议开幕。"), std::string::npos) << ten->text;
  EXPECT_NE(ten->text.find("通过议程和其他组织事项。"), std::string::npos) << ten->text;
  // (a section's paragraphs numbered afresh, 1 after a paragraph that ends
  // so in another part, stay paragraphs: the count does not go on after them)
  const Document e = doc_of(
      "联合国\tA/CONF.243/9\nDistr.: General\n18 July 2025\nChinese\nOriginal: English\n\n"
      "一. 会议安排\n"
      "5. 会议通过了下列建议：\n"
      "二. 建议\n"
      "1. 会议建议各国加强合作。\n"
      "2. 会议建议设立工作组。\n"
      "3. 会议建议定期审查。\n");
  std::vector<long> en;
  for (const Node* p : nodes_of(e, NodeKind::Paragraph))
    if (p->paragraph_number) en.push_back(*p->paragraph_number);
  EXPECT_EQ(en, (std::vector<long>{5, 1, 2, 3}));
}

// A report's table of contents numbers its chapters 一., 二. where the body
// heads them 第一章, 第二章 (as Chinese UN reports set them): one chapter,
// no warning that the entry or the heading is missing.
TEST(KindsMore7, TocChapterNumeralMatchesDiZhangHeading) {
  const std::string text =
      "联合国\tA/CONF.243/9\n"
      "Distr.: General\n"
      "18 July 2025\n"
      "Chinese\n"
      "Original: English\n\n"
      "联合国旱地与粮食安全会议的报告\n\n"
      "目录\n"
      "章次\t\t页次\n"
      "一.\t会议通过的决议\t3\n"
      "二.\t会议闭幕\t4\n\n"
      "第一章\n"
      "会议通过的决议\n"
      "1. 会议通过了《乌兰巴托旱地与粮食安全承诺》。\n"
      "第二章\n"
      "会议闭幕\n"
      "2. 会议主席宣布会议闭幕。\n";
  Options o;
  const Document d = convert(text, "t.txt", o);
  ASSERT_EQ(d.toc.entries.size(), 2u);
  for (const Diagnostic& g : d.diagnostics) {
    EXPECT_NE(g.code, "W-TOC-MISSING-HEADING") << g.message;
    EXPECT_NE(g.code, "W-TOC-MISSING-ENTRY") << g.message;
  }
}

// The Environment Assembly's compendium: the programme in the masthead's
// organ slot ("联合国环境规划署\tDistr.: General"), the Assembly's name over
// its session, dates and agenda item, then the title naming what the session
// adopted. The programme is the organ, the session and the item are read,
// the title is the compendium's, and its resolutions ("6/1. 标题") are
// headings of the body, their paragraphs numbered afresh in each.
TEST(KindsMore7, EnvironmentAssemblyCompendiumFrontMatter) {
  const std::string text =
      "联合国\tUNEP/EA.6/26\n"
      "联合国环境规划署\tDistr.: General\n"
      "22 March 2024\n"
      "Chinese\n"
      "Original: English\n\n"
      "联合国环境规划署\n"
      "联合国环境大会\n"
      "第六届会议\n"
      "2024年2月26日至3月1日，内罗毕\n"
      "议程项目 7\n"
      "大会第六届会议的成果\n"
      "联合国环境大会第六届会议通过的决议和决定\n\n"
      "6/1. 加强干旱地区水资源管理\n"
      "联合国环境大会，\n"
      "认识到地下水对干旱地区的水安全具有关键作用，\n"
      "1. 鼓励会员国加强跨界含水层管理方面的合作；\n"
      "2. 请执行主任向联合国环境大会第七届会议报告本决议的执行情况。\n"
      "2024年3月1日\n"
      "第7次全体会议\n\n"
      "6/2. 环境与安全的关系\n"
      "联合国环境大会，\n"
      "1. 请执行主任加强冲突后环境评估方面的合作；\n"
      "2. 鼓励会员国在冲突后重建中考虑环境因素。\n"
      "2024年3月1日\n"
      "第7次全体会议\n";
  Options o;
  const Document d = convert(text, "t.txt", o);
  const FrontMatter& fm = d.front_matter;
  EXPECT_EQ(fm.organ, std::optional<std::string>("联合国环境规划署"));
  EXPECT_EQ(fm.session_number, std::optional<long>(6));
  ASSERT_EQ(fm.agenda_items.size(), 1u);
  EXPECT_EQ(fm.agenda_items[0].item, "7");
  EXPECT_EQ(fm.title, std::optional<std::string>("联合国环境大会第六届会议通过的决议和决定"));
  std::vector<std::string> heads;
  for (const Node* n : nodes_of(d, NodeKind::Section))
    if (n->number) heads.push_back(*n->number);
  EXPECT_EQ(heads, (std::vector<std::string>{"6/1", "6/2"}));
  for (const Diagnostic& g : d.diagnostics) EXPECT_NE(g.code, "E-PARA-DUP") << g.message;
}

// The formula of an assembly or a conference that enacts its own texts
// ("联合国环境大会，", "缔约方大会，", "联合国旱地与粮食安全会议，"): an enacting
// formula, as "大会，" is; a clause that names the General Assembly is not.
TEST(KindsMore7, AssemblyAndConferenceFormulas) {
  using undoc::conv::is_enacting_formula;
  EXPECT_TRUE(is_enacting_formula(U"联合国环境大会,"));
  EXPECT_TRUE(is_enacting_formula(U"缔约方大会,"));
  EXPECT_TRUE(is_enacting_formula(U"缔约方会议,"));
  EXPECT_TRUE(is_enacting_formula(U"联合国旱地与粮食安全会议,"));
  EXPECT_FALSE(is_enacting_formula(U"注意到大会,"));
  EXPECT_FALSE(is_enacting_formula(U"回顾联合国环境大会,"));
}

// A UN conference's report, its first chapter the resolution the conference
// adopted with its own formula ("联合国旱地与粮食安全会议，"): a report, not a
// resolution.
TEST(KindsMore7, ConferenceReportWithItsResolutionIsAReport) {
  const std::string text =
      "联合国\tA/CONF.243/9\n"
      "Distr.: General\n"
      "18 July 2025\n"
      "Chinese\n"
      "Original: English\n\n"
      "联合国旱地与粮食安全会议\n"
      "2025年6月10日至13日，乌兰巴托\n\n"
      "联合国旱地与粮食安全会议的报告\n\n"
      "第一章\n"
      "会议通过的决议\n"
      "决议1\n"
      "乌兰巴托旱地与粮食安全承诺\n"
      "联合国旱地与粮食安全会议，\n"
      "1. 通过本决议附件所载《乌兰巴托旱地与粮食安全承诺》；\n"
      "2. 建议大会核可该承诺。\n"
      "第二章\n"
      "出席情况和工作安排\n"
      "1. 会议于2025年6月10日至13日在乌兰巴托举行。\n";
  const Document d = doc_of(text);
  EXPECT_EQ(d.kind, std::optional<std::string>("report"));
  // ("决议1" alone over its title: the resolution's head, as 决议草案一 is,
  // its title the heading below it, over its formula and paragraphs; no
  // paragraph "决议1", none that runs the head and the title together)
  const Node *head = nullptr, *title = nullptr;
  for (const Node* n : nodes_of(d, NodeKind::Section)) {
    if (n->title == "决议1") head = n;
    if (n->title == "乌兰巴托旱地与粮食安全承诺") title = n;
  }
  ASSERT_NE(head, nullptr);
  ASSERT_NE(title, nullptr);
  ASSERT_FALSE(title->children.empty());
  EXPECT_EQ(title->children[0].paragraph_kind, "formula");
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) EXPECT_EQ(p->text.find("决议1"), std::string::npos) << p->text;
}

}  // namespace undoc_test_kinds_more7_test
