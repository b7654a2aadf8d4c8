// A meeting's agenda (stop 36): the Security Council's and a committee's
// provisional agenda names its meeting ("第9452次会议临时议程") and says when
// and where it is to be held ("定于2023年10月23日星期一上午10时在纽约总部
// 举行"), the line after 定于, and in -layout text wrapped before the place.
// Both are read into front_matter.meeting, the held line kept whole.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_meeting_agenda_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

TEST(MeetingAgenda, LayoutHeldLineWrappedBeforeThePlaceIsOneLine) {
  const Document d = doc_of(
      "联 合 国                                                        S/Agenda/9452\n\n"
      "安全理事会\n"
      "                                                   Distr.: General\n"
      "                                                   20 October 2023\n"
      "                                                   Chinese\n"
      "                                                   Original: English\n\n\n"
      "                              第 9452 次会议临时议程\n\n"
      "                          定于 2023 年 10 月 23 日星期一上午 10 时\n"
      "                                在纽约总部举行\n\n\n"
      "1.   通过议程。\n\n"
      "2.   中东局势，包括巴勒斯坦问题。\n\n\n\n"
      "23-20391 (C)\n");
  const auto& fm = d.front_matter;
  EXPECT_EQ(d.kind, "agenda");
  EXPECT_EQ(fm.title, "第 9452 次会议临时议程");
  EXPECT_FALSE(fm.subtitle.has_value());
  ASSERT_TRUE(fm.meeting.has_value());
  EXPECT_EQ(fm.meeting->number, 9452);
  EXPECT_EQ(fm.meeting->text, "第 9452 次会议临时议程");
  EXPECT_EQ(fm.meeting->held, "定于 2023 年 10 月 23 日星期一上午 10 时在纽约总部举行");
  EXPECT_EQ(fm.meeting->date, "2023-10-23");
  EXPECT_EQ(fm.meeting->place, "纽约总部");
  EXPECT_TRUE(fm.paragraphs.empty());
  const auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_EQ(paras[0]->paragraph_number, 1);
  EXPECT_EQ(paras[1]->text, "中东局势，包括巴勒斯坦问题。");
}

TEST(MeetingAgenda, HeldLineOnOneLineAfterDingYu) {
  const Document d = doc_of(
      "联合国\tS/Agenda/9460\n安全理事会\tDistr.: General\n27 October 2023\nChinese\nOriginal: English\n\n"
      "第9460次会议临时议程\n"
      "定于2023年10月30日星期一下午3时在纽约总部举行\n\n"
      "1. 通过议程。\n"
      "2. 苏丹和南苏丹报告。\n");
  const auto& fm = d.front_matter;
  EXPECT_EQ(d.kind, "agenda");
  ASSERT_TRUE(fm.meeting.has_value());
  EXPECT_EQ(fm.meeting->number, 9460);
  EXPECT_EQ(fm.meeting->held, "定于2023年10月30日星期一下午3时在纽约总部举行");
  EXPECT_EQ(fm.meeting->date, "2023-10-30");
  EXPECT_EQ(fm.meeting->place, "纽约总部");
  EXPECT_TRUE(fm.paragraphs.empty());
  EXPECT_EQ(nodes_of(d, NodeKind::Paragraph).size(), 2u);
}

// (a date line with no 举行 below it is no held line: the line below is a
// paragraph of its own, and a sentence ending in 举行 is not taken up)
TEST(MeetingAgenda, DateLineAboveASentenceIsNotJoined) {
  const Document d = doc_of(
      "联合国\tA/78/500\n大会\tDistr.: General\n2 October 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n议程项目 7\n\n"
      "会议安排\n\n秘书长的说明\n\n"
      "1. 2023年10月23日星期一上午10时\n"
      "全体会议在纽约总部举行。\n");
  const auto& fm = d.front_matter;
  EXPECT_FALSE(fm.meeting.has_value());
  const auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_EQ(paras[0]->text, "2023年10月23日星期一上午10时全体会议在纽约总部举行。");
}

}  // namespace

}  // namespace undoc_test_meeting_agenda_test
