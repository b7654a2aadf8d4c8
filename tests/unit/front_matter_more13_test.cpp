// Front matter, round 13 (helper 1): an addendum's own title under its mark
// (增编) below the report's title was the subtitle or a heading, the report's
// title kept as the title; a convention's conference of the parties named in
// the masthead (缔约方会议, the CMA, 生物多样性公约缔约方大会) gave no organ, and
// a meeting numbered as the Convention on Biological Diversity numbers its
// sessions (第十五次会议第二阶段) no session but the title; a part's line under
// a masthead note other than 增编 (更正, 订正) ended the front matter.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_front_matter_more13_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

bool has_note(const Document& d, const std::string& s) {
  const auto& n = d.front_matter.notes;
  return std::find(n.begin(), n.end(), s) != n.end();
}

size_t note_at(const Document& d, const std::string& s) {
  const auto& n = d.front_matter.notes;
  return static_cast<size_t>(std::find(n.begin(), n.end(), s) - n.begin());
}

// a heading or paragraph of the body or the front matter that is s and nothing else
bool in_body(const Document& d, const std::string& s) {
  bool found = false;
  walk(d.body, [&](const Node& n) {
    if (n.title == s || n.text == s) found = true;
  });
  for (const auto& p : d.front_matter.paragraphs)
    if (p.text == s) found = true;
  return found;
}

const std::string kHrcMasthead =
    "联合国\tA/HRC/53/40/Add.1\n"
    "大会\tDistr.: General\n"
    "2 May 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "人权理事会\n"
    "第五十三届会议\n"
    "2023年6月19日至7月14日\n"
    "议程项目3\n"
    "促进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权\n"
    "\n"
    "人人享有能达到的最高标准身心健康权利问题特别报告员的报告\n"
    "\n"
    "增编\n"
    "\n";

// A special rapporteur's addendum: the report's line, 增编, then the visit
// the addendum reports on, its own title.
TEST(FrontMatterMore13, AddendumOwnTitleUnderTheReportLine) {
  const Document d = doc_of(kHrcMasthead +
                            "访问塔尔韦尼亚共和国*\n"
                            "\n"
                            "摘要\n"
                            "特别报告员于2022年11月7日至18日对塔尔韦尼亚共和国进行了正式访问。\n"
                            "\n"
                            "* 本报告摘要以所有正式语文分发。\n"
                            "\n"
                            "一. 导言\n"
                            "\n"
                            "1. 应塔尔韦尼亚共和国政府的邀请，特别报告员对该国进行了正式访问。\n"
                            "2. 特别报告员访问了首都和三个省份。\n");
  const FrontMatter& fm = d.front_matter;
  ASSERT_TRUE(fm.title);
  EXPECT_EQ(*fm.title, "访问塔尔韦尼亚共和国");
  ASSERT_TRUE(fm.subtitle);
  EXPECT_EQ(*fm.subtitle, "人人享有能达到的最高标准身心健康权利问题特别报告员的报告");
  EXPECT_TRUE(has_note(d, "增编"));
  EXPECT_EQ(d.kind, std::optional<std::string>("report"));
}

// The addendum's own title right over its first numbered paragraph (a
// government's comments on the visit): the title, not a heading of the body.
TEST(FrontMatterMore13, AddendumOwnTitleOverItsFirstParagraph) {
  const Document d = doc_of(kHrcMasthead +
                            "对塔尔韦尼亚共和国的访问：政府的意见*\n"
                            "\n"
                            "1. 塔尔韦尼亚共和国政府欢迎特别报告员的访问。\n"
                            "2. 政府对报告提出以下意见。\n"
                            "\n"
                            "* 本文件逾期提交。\n");
  const FrontMatter& fm = d.front_matter;
  ASSERT_TRUE(fm.title);
  EXPECT_EQ(*fm.title, "对塔尔韦尼亚共和国的访问：政府的意见");
  ASSERT_TRUE(fm.subtitle);
  EXPECT_EQ(*fm.subtitle, "人人享有能达到的最高标准身心健康权利问题特别报告员的报告");
  EXPECT_TRUE(nodes_of(d, NodeKind::Section).empty());
  EXPECT_EQ(nodes_of(d, NodeKind::Paragraph).size(), 2u);
}

// A report of the Secretary-General's addendum: the title and the kind's line,
// 增编, the addendum's own title. The kind's line stays the subtitle; the
// report's title is kept with the notes, above the mark.
TEST(FrontMatterMore13, AddendumOwnTitleUnderTitleAndKindLine) {
  const Document d = doc_of(
      "联合国\tA/78/100/Add.1\n"
      "大会\tDistr.: General\n"
      "2 August 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "临时议程*项目 71\n"
      "消除种族主义、种族歧视、仇外心理和相关不容忍行为\n"
      "\n"
      "打击美化纳粹主义行为\n"
      "\n"
      "秘书长的报告\n"
      "\n"
      "增编\n"
      "\n"
      "各国政府来文\n"
      "\n"
      "摘要\n"
      "本增编载有秘书长在报告印发后收到的各国政府来文。\n"
      "\n"
      "一. 导言\n"
      "\n"
      "1. 本增编载有各国政府来文。\n"
      "2. 收到的来文摘要如下。\n");
  const FrontMatter& fm = d.front_matter;
  ASSERT_TRUE(fm.title);
  EXPECT_EQ(*fm.title, "各国政府来文");
  ASSERT_TRUE(fm.subtitle);
  EXPECT_EQ(*fm.subtitle, "秘书长的报告");
  ASSERT_TRUE(has_note(d, "打击美化纳粹主义行为"));
  ASSERT_TRUE(has_note(d, "增编"));
  EXPECT_LT(note_at(d, "打击美化纳粹主义行为"), note_at(d, "增编"));
  EXPECT_FALSE(in_body(d, "各国政府来文"));
}

// The kind's line below the mark is no title of the addendum's own.
TEST(FrontMatterMore13, KindLineUnderTheMarkStaysTheSubtitle) {
  const Document d = doc_of(
      "联合国\tA/78/100/Add.1\n"
      "大会\tDistr.: General\n"
      "2 August 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "\n"
      "打击美化纳粹主义行为\n"
      "\n"
      "增编\n"
      "\n"
      "秘书长的报告\n"
      "\n"
      "1. 本增编载有各国政府来文。\n"
      "2. 收到的来文摘要如下。\n");
  const FrontMatter& fm = d.front_matter;
  ASSERT_TRUE(fm.title);
  EXPECT_EQ(*fm.title, "打击美化纳粹主义行为");
  ASSERT_TRUE(fm.subtitle);
  EXPECT_EQ(*fm.subtitle, "秘书长的报告");
}

std::string fccc(const std::string& symbol, const std::string& body_and_session) {
  return "联合国\t" + symbol +
         "\n"
         "气候变化框架公约\tDistr.: General\n"
         "3 November 2023\n"
         "Chinese\n"
         "Original: English\n"
         "\n" +
         body_and_session +
         "2023年11月30日至12月12日，阿拉伯联合酋长国迪拜\n"
         "临时议程项目12\n"
         "行政、财务和体制事项\n"
         "\n"
         "2022-2023两年期预算执行情况\n"
         "\n"
         "秘书处的说明\n"
         "\n"
         "一. 导言\n"
         "\n"
         "1. 缔约方会议第二十七届会议请秘书处报告预算执行情况。\n"
         "2. 本文件载有有关资料。\n";
}

TEST(FrontMatterMore13, ConferenceOfThePartiesIsTheOrgan) {
  const Document d = doc_of(fccc("FCCC/CP/2023/9", "缔约方会议\n第二十八届会议\n"));
  const FrontMatter& fm = d.front_matter;
  EXPECT_EQ(fm.organ, std::optional<std::string>("缔约方会议"));
  EXPECT_EQ(fm.organs, std::vector<std::string>{"缔约方会议"});
  EXPECT_EQ(fm.session_text, std::optional<std::string>("第二十八届会议"));
  EXPECT_EQ(fm.session_number, std::optional<long>(28));
  EXPECT_TRUE(has_note(d, "缔约方会议"));  // (the line kept, as a treaty body's committee's is)
  EXPECT_EQ(fm.title, std::optional<std::string>("2022-2023两年期预算执行情况"));
}

TEST(FrontMatterMore13, ParisAgreementConferenceIsTheOrgan) {
  const Document d =
      doc_of(fccc("FCCC/PA/CMA/2023/5", "作为《巴黎协定》缔约方会议的《公约》缔约方会议\n第五届会议\n"));
  const FrontMatter& fm = d.front_matter;
  EXPECT_EQ(fm.organ, std::optional<std::string>("作为《巴黎协定》缔约方会议的《公约》缔约方会议"));
  EXPECT_EQ(fm.session_number, std::optional<long>(5));
}

// The body and its session on one line: both read, the line kept whole.
TEST(FrontMatterMore13, ConferenceAndSessionOnOneLine) {
  const Document d = doc_of(fccc("FCCC/CP/2023/9", "缔约方会议 第二十八届会议\n"));
  const FrontMatter& fm = d.front_matter;
  EXPECT_EQ(fm.organ, std::optional<std::string>("缔约方会议"));
  EXPECT_EQ(fm.session_text, std::optional<std::string>("第二十八届会议"));
  EXPECT_EQ(fm.session_number, std::optional<long>(28));
  EXPECT_TRUE(has_note(d, "缔约方会议 第二十八届会议"));
}

// The Convention on Biological Diversity numbers its conference's sessions
// as meetings, met in parts: 第十五次会议第二阶段.
TEST(FrontMatterMore13, BiodiversityConferenceMeetingIsTheSession) {
  const Document d = doc_of(
      "联合国\tCBD/COP/15/17\n"
      "生物多样性公约\tDistr.: General\n"
      "19 December 2022\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "生物多样性公约缔约方大会\n"
      "第十五次会议第二阶段\n"
      "2022年12月7日至19日，加拿大蒙特利尔\n"
      "议程项目9A\n"
      "\n"
      "昆明-蒙特利尔全球生物多样性框架\n"
      "\n"
      "缔约方大会通过的决定\n"
      "\n"
      "缔约方大会，\n"
      "回顾其第14/34号决定，\n"
      "1. 通过本决定附件所载的框架；\n"
      "2. 请执行秘书报告进展情况。\n");
  const FrontMatter& fm = d.front_matter;
  EXPECT_EQ(fm.organ, std::optional<std::string>("生物多样性公约缔约方大会"));
  EXPECT_EQ(fm.session_text, std::optional<std::string>("第十五次会议第二阶段"));
  EXPECT_EQ(fm.session_number, std::optional<long>(15));
  EXPECT_EQ(fm.title, std::optional<std::string>("缔约方大会通过的决定"));
  ASSERT_EQ(fm.agenda_items.size(), 1u);
  EXPECT_EQ(fm.agenda_items[0].title, "昆明-蒙特利尔全球生物多样性框架");
  EXPECT_FALSE(fm.meeting);
}

// A part's line right under a masthead note (a revision's 订正, a
// corrigendum's 更正), no contents below it: the subtitle, as under 增编.
TEST(FrontMatterMore13, PartUnderAnyMastheadNoteIsTheSubtitle) {
  for (const std::string mark : {"订正", "更正", "增编"}) {
    const Document d = doc_of(
        "联合国\tA/78/10/Rev.1\n"
        "大会\tDistr.: General\n"
        "2 August 2023\n"
        "Chinese\n"
        "Original: English\n"
        "\n"
        "第七十八届会议\n"
        "\n"
        "国际法委员会第七十四届会议工作报告\n"
        "\n" +
        mark +
        "\n"
        "\n"
        "第二部分：委员会的建议\n"
        "\n"
        "1. 委员会建议大会注意到本报告。\n"
        "2. 委员会建议大会就此采取行动。\n");
    const FrontMatter& fm = d.front_matter;
    EXPECT_EQ(fm.title, std::optional<std::string>("国际法委员会第七十四届会议工作报告")) << mark;
    EXPECT_EQ(fm.subtitle, std::optional<std::string>("第二部分：委员会的建议")) << mark;
    EXPECT_TRUE(has_note(d, mark)) << mark;
  }
}

}  // namespace

}  // namespace undoc_test_front_matter_more13_test
