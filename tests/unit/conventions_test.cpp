// The recognisers behind the parser, one convention at a time.
#include <gtest/gtest.h>

#include "parse/conventions.hpp"

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
  EXPECT_EQ(drop_cjk_wrap_spaces(U"所有 移徙者 2006 年"), U"所有移徙者 2006 年");
  EXPECT_TRUE(numeric_cell(U"156.3"));
  EXPECT_FALSE(numeric_cell(U"非洲"));
  auto raw = split_spaces(U"非洲 156.3 19");
  EXPECT_EQ(raw.size(), 3u);
  auto layout = split_spaces(U"上午 10 时    开幕      3");
  ASSERT_EQ(layout.size(), 3u);
  EXPECT_EQ(layout[0], U"上午 10 时");
}
