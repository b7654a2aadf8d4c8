// The masthead's agenda items and the document's title (stop 35): a joint
// line's first item title wrapped after 以及 or a list's 、 was cut at the
// line's end, its second line taken for the next item; a mandate holder's
// report under its items ("…问题独立专家的报告") lost its title to an item's;
// and the last page's number ending a text without form feeds ("2/2") was
// read as the last paragraph's words. Also: a note transmitting drafts is
// a note, and 一、 headings under a chapter numbered in words (第二章) are its
// sections.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"
#include "undoc/validate.hpp"

namespace undoc_test_masthead_items_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kMasthead =
    "联合国\tA/HRC/53/20\n大会\nDistr.: General\n3 May 2023\nChinese\nOriginal: English\n\n"
    "人权理事会\n第五十三届会议\n";

TEST(MastheadItems, JointItemTitlesWrappedAfterConjunctionAndListComma) {
  const Document d = doc_of(kMasthead +
                            "议程项目2和3\n"
                            "联合国人权事务高级专员的年度报告以及\n"
                            "高级专员办事处和秘书长的报告\n"
                            "促进和保护所有人权――公民权利、政治权利、\n"
                            "经济、社会和文化权利，包括发展权\n\n"
                            "老年人享有人权问题独立专家的报告\n\n"
                            "一. 导言\n"
                            "1. 本报告依照人权理事会第51/4号决议提交。\n");
  const auto& fm = d.front_matter;
  ASSERT_EQ(fm.agenda_items.size(), 2u);
  EXPECT_EQ(fm.agenda_items[0].item, "2");
  EXPECT_EQ(fm.agenda_items[0].title, "联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告");
  EXPECT_EQ(fm.agenda_items[1].item, "3");
  EXPECT_EQ(fm.agenda_items[1].title, "促进和保护所有人权――公民权利、政治权利、经济、社会和文化权利，包括发展权");
  EXPECT_EQ(fm.title, "老年人享有人权问题独立专家的报告");
  EXPECT_FALSE(fm.subtitle.has_value());
  EXPECT_TRUE(fm.paragraphs.empty());
  ASSERT_EQ(nodes_of(d, NodeKind::Paragraph).size(), 1u);
}

TEST(MastheadItems, JointItemsWithSummaryKeepTheReportsOwnTitle) {
  const Document d = doc_of(kMasthead +
                            "2023年6月19日至7月14日\n"
                            "议程项目2和3\n"
                            "联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告\n"
                            "促进和保护所有人权――公民权利、政治权利、经济、社会和文化权利，包括发展权\n\n"
                            "老年人享有人权问题独立专家的报告\n\n"
                            "概要\n"
                            "本报告概述了独立专家开展的活动。\n\n"
                            "一. 导言\n"
                            "1. 本报告依照人权理事会第51/4号决议提交。\n");
  const auto& fm = d.front_matter;
  ASSERT_EQ(fm.agenda_items.size(), 2u);
  EXPECT_EQ(fm.agenda_items[1].title, "促进和保护所有人权――公民权利、政治权利、经济、社会和文化权利，包括发展权");
  EXPECT_EQ(fm.title, "老年人享有人权问题独立专家的报告");
  EXPECT_FALSE(fm.subtitle.has_value());
}

TEST(MastheadItems, MandateHoldersReportUnderOneItemIsTheTitle) {
  const Document d = doc_of(kMasthead +
                            "议程项目3\n"
                            "促进和保护所有人权\n\n"
                            "健康问题特别报告员的报告\n\n"
                            "一. 导言\n"
                            "1. 本报告依照人权理事会第51/21号决议提交。\n");
  const auto& fm = d.front_matter;
  ASSERT_EQ(fm.agenda_items.size(), 1u);
  EXPECT_EQ(fm.agenda_items[0].title, "促进和保护所有人权");
  EXPECT_EQ(fm.title, "健康问题特别报告员的报告");
  EXPECT_FALSE(fm.subtitle.has_value());
}

TEST(MastheadItems, SecretaryGeneralsReportUnderOneItemTakesTheItemsTitle) {
  // (the convention kept: an office's report with no title of its own is
  // titled by its item, the report line its subtitle)
  const Document d = doc_of(
      "联合国\tA/78/150\n大会\nDistr.: General\n3 July 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n临时议程* 项目27\n社会发展\n\n秘书长的报告\n\n"
      "一. 导言\n1. 本报告依照大会第77/185号决议提交。\n");
  EXPECT_EQ(d.front_matter.title, "社会发展");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
}

TEST(MastheadItems, LastPageNumberEndingTextWithoutFormFeedsIsFurniture) {
  const Document d = doc_of(
      "联合国\tS/2023/456\n安全理事会\nDistr.: General\n20 June 2023\nChinese\nOriginal: English\n\n"
      "联合国南苏丹特派团\n\n秘书长的报告\n\n"
      "一. 导言\n1. 本报告根据安全理事会第2677(2023)号决议提交。\n\n"
      "23-11234 (C)    230623    260623\n*2311234*\n\n"
      "S/2023/456\n\n"
      "二. 意见\n2. 我感谢我的特别代表及特派团全体人员的工作。\n\n"
      "                                                                 2/2\n");
  const Node* p = test::numbered_paragraph(d, 2);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "我感谢我的特别代表及特派团全体人员的工作。");
  ASSERT_FALSE(d.furniture.empty());
  EXPECT_EQ(d.furniture.back().kind, "page_number");
  EXPECT_EQ(d.furniture.back().text, "2/2");
}

TEST(MastheadItems, FractionEndingTextOfOnePageStaysText) {
  // (a number of one page, or of a page not the last, is no evidence)
  const Document d = doc_of("主席的说明\n\n1. 表决结果如下。\n\n3/4\n");
  for (const auto& f : d.furniture) EXPECT_NE(f.text, "3/4");
}

}  // namespace

namespace {

TEST(MastheadItems, NoteTransmittingACommissionsDraftDecisionIsANote) {
  // (the draft's formula, 经济及社会理事会：, is the transmitted report's, not
  // the document's: a note by the Secretariat)
  const Document d = test::doc_of(
      "联合国\tE/2023/62\n经济及社会理事会\nDistr.: General\n19 April 2023\nChinese\nOriginal: English\n\n"
      "2023年届会\n议程项目18(b)\n经济和环境问题：统计\n\n"
      "统计委员会关于第五十四届会议工作的报告\n秘书处的说明\n\n"
      "秘书处谨向经济及社会理事会转递统计委员会第五十四届会议报告所载的需要理事会采取行动的事项。\n\n"
      "第一章\n需要经济及社会理事会采取行动或提请其注意的事项\n"
      "A. 建议理事会通过的决定草案\n"
      "1. 统计委员会建议经济及社会理事会通过以下决定草案：\n"
      "经济及社会理事会，\n"
      "(a) 注意到统计委员会关于第五十四届会议工作的报告；\n"
      "(b) 核可委员会第五十五届会议临时议程和文件。\n");
  EXPECT_EQ(d.kind, "note");
  EXPECT_EQ(d.front_matter.subtitle, "秘书处的说明");
}

}  // namespace

namespace {

// A chapter numbered in words (第二章) over headings numbered 一、, 二、: those
// are its sections, a level below, not chapters beside it out of sequence.
TEST(WordedChapters, SectionsNumberedInNumeralsNestUnderAWordedChapter) {
  const Document d = test::doc_of(
      "第一章\n导言\n1. 本报告介绍委员会的工作。\n"
      "第二章\n实质性问题\n一、保护\n2. 委员会审议了保护问题。\n二、预防\n3. 委员会审议了预防问题。\n"
      "第三章\n结论\n4. 委员会通过了本报告。\n");
  ASSERT_EQ(d.body.size(), 3u);
  const Node& ch2 = d.body[1];
  EXPECT_EQ(ch2.label, "第二章");
  ASSERT_EQ(ch2.children.size(), 2u);
  EXPECT_EQ(ch2.children[0].section_kind, "section");
  EXPECT_EQ(ch2.children[0].level, 2);
  EXPECT_EQ(ch2.children[0].number, "一");
  EXPECT_EQ(ch2.children[0].title, "保护");
  EXPECT_EQ(ch2.children[1].number, "二");
  EXPECT_EQ(d.body[2].label, "第三章");
  const auto diags = validate(d);
  for (const auto& g : diags) EXPECT_NE(g.code, "W-HEADING-SEQ") << g.message;
}

TEST(WordedChapters, NumeralSectionsOutOfSequenceAreStillReported) {
  const Document d = test::doc_of(
      "第一章\n实质性问题\n一、保护\n1. 委员会审议了保护问题。\n三、预防\n2. 委员会审议了预防问题。\n");
  bool seq = false;
  for (const auto& g : validate(d))
    if (g.code == "W-HEADING-SEQ") {
      seq = true;
      EXPECT_NE(g.message.find("expected section heading 二, found 三"), std::string::npos) << g.message;
    }
  EXPECT_TRUE(seq);
}

TEST(WordedChapters, NumeralChaptersWithoutWordedOnesStayChapters) {
  const Document d = test::doc_of("一. 导言\n1. 本报告介绍工作。\n二. 结论\n2. 委员会通过了本报告。\n");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].section_kind, "chapter");
  EXPECT_EQ(d.body[1].section_kind, "chapter");
}

}  // namespace

}  // namespace undoc_test_masthead_items_test
