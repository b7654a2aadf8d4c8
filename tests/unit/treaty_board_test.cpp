// The organ and kind of a treaty body's and an executive board's documents.
// A treaty body's masthead names its convention where an organ stands
// (联合国 CRC/C/BRB/Q/4-5 / 儿童权利公约 / Distr.: General), and the
// committee, the document's author, on a line of its own below the masthead
// (儿童权利委员会). An executive board's masthead may name only 执行局 beside
// Distr.; its full name stands below (开发计划署、联合国人口基金和联合国项目
// 事务署执行局). Lists of issues and country programme documents are reports
// of their bodies (kind "report"), their titles say so: …问题清单,
// …国家方案文件.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_treaty_board_test {

using namespace undoc;
using test::doc_of;

namespace {

std::string treaty_masthead(const std::string& symbol, const std::string& convention) {
  return "联合国\t" + symbol + "\n" + convention +
         "\tDistr.: General\n"
         "3 July 2023\n"
         "Chinese\n"
         "Original: English\n"
         "\n";
}

}  // namespace

TEST(TreatyBoard, TreatyBodyCommitteeIsTheOrgan) {
  const std::string text = treaty_masthead("CRC/C/BRB/Q/4-5", "儿童权利公约") +
                           "儿童权利委员会\n"
                           "第九十五届会议\n"
                           "2024年1月15日至2月2日\n"
                           "临时议程项目4\n"
                           "审议缔约国报告\n"
                           "\n"
                           "关于巴巴多斯第四和第五次合并定期报告的问题清单*\n"
                           "\n"
                           "1. 请提供资料，说明为将《公约》全面纳入国内法律所采取的措施。\n"
                           "2. 请说明国家儿童政策的执行情况。\n";
  const Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "儿童权利委员会");
  EXPECT_EQ(d.front_matter.organs, std::vector<std::string>{"儿童权利委员会"});
  // (the line kept with the notes as well, the convention's too: nothing lost)
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "儿童权利委员会"), notes.end());
  EXPECT_NE(std::find(notes.begin(), notes.end(), "儿童权利公约"), notes.end());
  ASSERT_TRUE(d.kind.has_value());
  EXPECT_EQ(*d.kind, "report");
}

TEST(TreatyBoard, ConventionOnItsOwnLineThenCommittee) {
  const std::string text =
      "联合国\tCEDAW/C/CLV/CO/9\n"
      "消除对妇女一切形式歧视公约\n"
      "Distr.: General\n"
      "31 May 2023\n"
      "Chinese\n"
      "Original: English\n"
      "消除对妇女歧视委员会\n"
      "关于卡洛维亚第九次定期报告的结论性意见*\n"
      "1. 委员会在2023年5月11日举行的第1961次和第1962次会议上审议了卡洛维亚的第九次定期报告。\n"
      "2. 委员会赞赏缔约国提交第九次定期报告。\n";
  const Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "消除对妇女歧视委员会");
}

// (an organ named in the masthead stays the organ: the Committee on
// Economic, Social and Cultural Rights reports under the Council)
TEST(TreatyBoard, MastheadOrganStaysOverTheCommittee) {
  const std::string text =
      "联合国\tE/C.12/CLV/CO/3\n"
      "经济及社会理事会\tDistr.: General\n"
      "31 March 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "经济、社会、文化权利委员会\n"
      "\n"
      "关于卡洛维亚第三次定期报告的结论性意见*\n"
      "\n"
      "1. 委员会在2023年2月20日和21日举行的第10次和第11次会议上审议了卡洛维亚的第三次定期报告。\n";
  const Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "经济及社会理事会");
}

// (a committee named beside a general organ's masthead is no treaty body's:
// 第三委员会 under 大会 stays a note)
TEST(TreatyBoard, MainCommitteeUnderTheAssemblyIsANote) {
  const std::string text =
      "联合国\tA/C.3/78/L.5\n"
      "大  会\tDistr.: Limited\n"
      "3 October 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "第三委员会\n"
      "议程项目25\n"
      "社会发展\n"
      "\n"
      "卡洛维亚：决议草案\n"
      "\n"
      "合作社在社会发展中的作用\n"
      "\n"
      "大会，\n"
      "回顾其关于合作社的各项决议，\n"
      "1. 注意到秘书长的报告；\n";
  const Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "大会");
  EXPECT_EQ(d.front_matter.organs, std::vector<std::string>{"大会"});
}

TEST(TreatyBoard, BoardsFullNameBelowABareExecutiveBoard) {
  const std::string text =
      "联合国\tDP/FPA/CPD/LSO/8\n"
      "执行局\tDistr.: General\n"
      "3 July 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "开发计划署、联合国人口基金和联合国项目事务署执行局\n"
      "2023年第二届常会\n"
      "2023年8月28日至31日，纽约\n"
      "临时议程项目8\n"
      "人口基金——国家方案\n"
      "\n"
      "莱索托国家方案文件\n"
      "\n"
      "一. 方案理由\n"
      "\n"
      "1. 莱索托是一个内陆国家，人口约为230万。\n";
  const Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.organ.has_value());
  EXPECT_EQ(*d.front_matter.organ, "开发计划署、联合国人口基金和联合国项目事务署执行局");
  EXPECT_EQ(d.front_matter.organs,
            std::vector<std::string>{"开发计划署、联合国人口基金和联合国项目事务署执行局"});
  ASSERT_TRUE(d.kind.has_value());
  EXPECT_EQ(*d.kind, "report");
}

// A budget fascicle: the programme budget's title (2024年拟议方案预算) stands
// over the fascicle's part and section (第八编 / 共同支助事务, 第29E款 /
// 行政，日内瓦); the section's name is the fascicle's title, the budget's
// title kept with the notes where it stood, and the fascicle a report.
TEST(TreatyBoard, BudgetFascicleTitledBySection) {
  for (const std::string sp : {"", " "}) {
    const std::string text =
        "联合国\tA/78/6 (Sect. 29E)\n"
        "大会\tDistr.: General\n"
        "12 April 2023\n"
        "Chinese\n"
        "Original: English\n"
        "\n"
        "第七十八届会议\n"
        "议程项目" + sp + "139\n"
        "2024" + sp + "年拟议方案预算\n"
        "\n"
        "2024" + sp + "年拟议方案预算\n"
        "\n"
        "第八编\n"
        "共同支助事务\n"
        "\n"
        "第" + sp + "29E" + sp + "款\n"
        "行政，日内瓦\n"
        "\n"
        "前言\n"
        "\n"
        "2022年，日内瓦办事处行政司保留了大流行期间采用的灵活工作安排。\n"
        "\n"
        "A. 2024年拟议方案计划和2022年方案执行情况\n"
        "\n"
        "29E.1 行政司负责提供人力资源管理、财务和预算管理服务。\n";
    const Document d = doc_of(text);
    ASSERT_TRUE(d.front_matter.title.has_value());
    EXPECT_EQ(*d.front_matter.title, "行政，日内瓦");
    const std::vector<std::string> notes{"2024" + sp + "年拟议方案预算", "第八编", "共同支助事务", "第" + sp + "29E" + sp + "款"};
    EXPECT_EQ(d.front_matter.notes, notes);
    ASSERT_TRUE(d.kind.has_value());
    EXPECT_EQ(*d.kind, "report");
  }
}

}  // namespace undoc_test_treaty_board_test
