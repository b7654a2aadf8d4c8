// The recognisers behind the parser, one convention at a time.
#include <gtest/gtest.h>

#include "parse/conventions.hpp"

namespace undoc_test_conventions_test {

using namespace undoc;
using namespace undoc::conv;

TEST(Conventions, TocTail) {
  auto t = toc_tail(fold(U"一. 导言\t1-7\t3"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->page, 3);
  EXPECT_EQ(t->range, std::make_pair(1L, 7L));
  EXPECT_TRUE(t->tab);
  EXPECT_EQ(t->title_end, 5u);
  auto d = toc_tail(fold(U"A. 性别 .................... 26 6"));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->range, std::make_pair(26L, 26L));
  EXPECT_EQ(d->page, 6);
  EXPECT_FALSE(toc_tail(fold(U"一. 引言")));
  EXPECT_EQ(number_cell(U"5-10"), std::make_pair(5L, 10L));
  EXPECT_EQ(number_cell(U"3"), std::make_pair(3L, 3L));
  EXPECT_FALSE(number_cell(U"3 页"));
}

TEST(Conventions, FrontMatter) {
  EXPECT_EQ(find_date(U"15 June 2007"), "2007-06-15");
  EXPECT_EQ(find_date(U"2006年7月27日"), "2006-07-27");
  EXPECT_EQ(find_date(U"2006 年 7 月 27 日"), "2006-07-27");
  EXPECT_FALSE(find_date(U"31 Junk 2007"));
  EXPECT_TRUE(is_organ(U"安全理事会"));
  EXPECT_TRUE(is_enacting_formula(fold(U"大会，")));
  EXPECT_EQ(item_number_at(U"暂定项目清单*项目 55"), 7u);
  EXPECT_EQ(item_number_at(U"暂定项目清单"), U32View::npos);
  EXPECT_TRUE(resolution_title_at(U"61/295. 联合国土著人民权利宣言"));
  EXPECT_FALSE(resolution_title_at(U"A/61/295"));
  EXPECT_TRUE(is_front_matter_break(U"秘书长的报告"));
  EXPECT_TRUE(ends_mid_phrase(U"…听询会的"));
  EXPECT_EQ(id_of(U"¹²"), "12");
  EXPECT_EQ(id_of(U"**"), "**");
}

TEST(Conventions, ParagraphsAndTables) {
  EXPECT_TRUE(starts_sub_item(U"(a) 敦促"));
  EXPECT_TRUE(starts_sub_item(fold(U"（二）加强")));
  EXPECT_FALSE(starts_sub_item(U"(联合国)"));
  EXPECT_TRUE(is_preamble_start(U"注意到秘书长的报告，"));
  EXPECT_TRUE(is_preamble_start(U"关切气候变化导致野火季节延长，"));  // a treaty's preamble: 关切 alone
  EXPECT_EQ(drop_cjk_wrap_spaces(U"所有 移徙者 2006 年"), U"所有移徙者 2006 年");
  EXPECT_TRUE(numeric_cell(U"156.3"));
  EXPECT_FALSE(numeric_cell(U"非洲"));
  auto raw = split_spaces(U"非洲 156.3 19");
  EXPECT_EQ(raw.size(), 3u);
  auto layout = split_spaces(U"上午 10 时    开幕      3");
  ASSERT_EQ(layout.size(), 3u);
  EXPECT_EQ(layout[0], U"上午 10 时");
}

TEST(Conventions, SessionLinesInAllTheirForms) {
  EXPECT_EQ(session_line(U"第六十一届会议")->number, 61);
  EXPECT_EQ(session_line(U"第十届紧急特别会议续会")->number, 10);
  EXPECT_EQ(session_line(U"第七十八年")->number, 78);
  EXPECT_TRUE(session_line(U"2023年届会"));
  EXPECT_FALSE(session_line(U"2023年届会")->number);
  EXPECT_TRUE(session_line(U"2006 年实质性会议"));
  EXPECT_FALSE(session_line(U"2023年6月23日经济及社会理事会决议"));  // a date, not a session
  EXPECT_FALSE(session_line(U"第83次全体会议"));
  EXPECT_FALSE(session_line(U"第六十一届会议通过了决议，"));
}

TEST(Conventions, AdoptionLineKeepsDateAndOrgan) {
  auto a = adoption_line(U"2023年6月23日经济及社会理事会决议");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->date, "2023-06-23");
  EXPECT_EQ(a->organ, "经济及社会理事会");
  EXPECT_EQ(adoption_line(U"2006 年 12 月 20 日大会决议")->organ, "大会");
  EXPECT_EQ(adoption_line(U"2023年7月27日安全理事会第9385次会议通过")->organ, "安全理事会");
  EXPECT_EQ(adoption_line(U"2023年4月3日人权理事会通过的决议")->organ, "人权理事会");
  EXPECT_FALSE(adoption_line(U"2023年4月26日乌克兰常驻联合国代表团给秘书长的普通照会"));  // a letter's title
  EXPECT_FALSE(adoption_line(U"2022年12月19日"));
}

TEST(Conventions, MeetingsDatesAndTimes) {
  EXPECT_EQ(meeting_number(U"第83次全体会议"), 83);
  EXPECT_EQ(meeting_number(U"第 107 次全体会议"), 107);
  EXPECT_EQ(meeting_number(U"第12次会议简要记录"), 12);
  EXPECT_FALSE(meeting_number(U"第12次会议简要记录的更正"));
  EXPECT_FALSE(meeting_number(U"第六十一届会议"));
  EXPECT_EQ(date_only(U"2006年12月20日"), "2006-12-20");
  EXPECT_EQ(date_only(U"8 May 2023"), "2023-05-08");
  EXPECT_FALSE(date_only(U"2006年12月20日大会决议"));
  bool opened = false;
  EXPECT_EQ(adjourned_at(U"上午10时10分宣布开会。", &opened), "10:10");
  EXPECT_TRUE(opened);
  EXPECT_EQ(adjourned_at(U"下午1时散会。", &opened), "13:00");
  EXPECT_FALSE(opened);
  EXPECT_FALSE(adjourned_at(U"主席说，会议将于下午3时散会后继续审议该项目。", &opened));
  EXPECT_TRUE(is_signature_line(U"(签名)阿克坦·巴伊穆哈梅多夫"));
  EXPECT_TRUE(is_signature_line(U"常驻代表"));
  EXPECT_FALSE(is_signature_line(U"请将本信及其附件作为大会议程项目32下的文件分发为荷。"));
  EXPECT_TRUE(is_enacting_formula(U"经济及社会理事会,"));
  EXPECT_TRUE(is_enacting_formula(U"本公约缔约国,"));
  EXPECT_FALSE(is_enacting_formula(U"注意到大会,"));
  // (a clause naming the parties after a comma is no formula: the folded
  // text's comma is ASCII, as a Chinese text's full-width one folds to it)
  EXPECT_FALSE(is_enacting_formula(fold(U"根据公约，本公约缔约国，")));
  EXPECT_TRUE(is_enacting_formula(fold(U"本公约缔约国，")));
}

TEST(Conventions, LetterHeadFromTheTitle) {
  auto h = letter_head(U"2023年4月26日乌克兰常驻联合国代表团给秘书长的普通照会");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->date, "2023-04-26");
  EXPECT_EQ(h->sender, "乌克兰常驻联合国代表团");
  EXPECT_EQ(h->addressee, "秘书长");
  EXPECT_EQ(letter_head(U"2023年7月20日捍卫《联合国宪章》之友小组给经济及社会理事会主席的信")->addressee,
            "经济及社会理事会主席");
  EXPECT_FALSE(letter_head(U"秘书长的报告"));
  EXPECT_TRUE(is_operative_formula(U"兹宣布:"));
  EXPECT_FALSE(is_operative_formula(U"兹宣布下列事项，以昭信守。"));
  EXPECT_TRUE(is_un_venue(U"纽约"));
  EXPECT_TRUE(is_procedural_line(U"主席离席，由副主席蒙特罗先生(乌拉圭)主持会议。"));
  EXPECT_FALSE(is_procedural_line(U"主席说，委员会将继续审议该项目。"));
}

TEST(Conventions, TreatyClosingLines) {
  // the testimonium, and the place and date of signing with the date in
  // Chinese numerals (the year digit by digit, month and day counted)
  EXPECT_TRUE(is_testimonium(U"下列签署人,经正式授权,在本公约上签字,以昭信守。"));
  EXPECT_FALSE(is_testimonium(U"缔约方应以昭告的方式通知。"));
  EXPECT_EQ(treaty_done_at(U"二〇二三年十一月十五日订于纽约,正本一份。"), "2023-11-15");
  EXPECT_EQ(treaty_done_at(U"一九九八年七月十七日订于罗马。"), "1998-07-17");
  EXPECT_EQ(treaty_done_at(U"二〇〇六年十二月二十日订于纽约。"), "2006-12-20");
  EXPECT_EQ(treaty_done_at(U"2023年11月15日订于纽约。"), "2023-11-15");
  EXPECT_FALSE(treaty_done_at(U"本协定订于纽约。"));
  EXPECT_FALSE(treaty_done_at(U"二〇二三年十三月一日订于纽约。"));
  // a meeting's date and place, a line of its own
  EXPECT_TRUE(dateline(U"2023 年 4 月 27 日和 28 日,阿斯塔纳"));
  EXPECT_TRUE(dateline(U"2023年4月27日,阿斯塔纳"));
  EXPECT_FALSE(dateline(U"2023年4月27日"));
  EXPECT_FALSE(dateline(U"2023年4月27日,会议在阿斯塔纳举行。"));
}

TEST(Conventions, OperativeClauseOpenings) {
  EXPECT_TRUE(is_operative_start(U"又请秘书长提交报告;"));
  EXPECT_TRUE(is_operative_start(U"敦促会员国审查本国立法,", true));
  EXPECT_TRUE(is_operative_start(U"邀请会员国交流经验;", true));
  // 建议 and 决定 may be nouns: operative only when words may be
  EXPECT_TRUE(is_operative_start(U"建议大会通过下列决议草案:"));
  EXPECT_FALSE(is_operative_start(U"建议的执行情况,", true));
  EXPECT_FALSE(is_operative_start(U"请求的答复,", true));
  EXPECT_FALSE(is_operative_start(U"会员国的合作;"));
}

TEST(Conventions, LetterCirculationRequest) {
  EXPECT_TRUE(is_circulation_request(U"请将本信及其附件作为安全理事会的文件分发为荷。"));
  EXPECT_TRUE(is_circulation_request(U"谨请将本照会作为大会议程项目 32 下的文件分发。"));
  EXPECT_TRUE(is_circulation_request(U"如能将本函作为大会文件分发,不胜感激。"));
  EXPECT_FALSE(is_circulation_request(U"请将本报告提交大会。"));
  EXPECT_FALSE(is_circulation_request(U"请各国提交资料。"));
}

}  // namespace undoc_test_conventions_test
