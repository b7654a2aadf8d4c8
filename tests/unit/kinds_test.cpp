// Conventions of kinds of document read from probes made in real UN
// conventions (stop 24): a provisional agenda's opening date, a Security
// Council preamble, a joint letter's masthead, a record's table of contents.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

Document doc_of(const std::string& text) {
  Options o;
  o.validate = false;
  Document d = convert(text, "t.txt", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

const char* kAgendaHead =
    "联合国 A/78/150\n大会\nDistr.: General\n7 July 2023\nChinese\nOriginal: English\n\n第七十八届会议\n";

// A provisional agenda states when the session opens under the session line:
// that line is kept with the notes, and 临时议程 is the title.
TEST(KindProbes, AgendaOpeningDateIsANoteNotTheTitle) {
  for (const char* opening : {"2023年9月5日星期二下午3时在联合国总部开幕", "开幕日期：2023年9月5日星期二下午3时",
                              "2023 年 9 月 5 日星期二下午 3 时开幕"}) {
    Document d = doc_of(std::string(kAgendaHead) + opening +
                        "\n\n临时议程\n\n1. 由大会第七十七届会议主席宣布开会。\n\n2. 默祷或沉思一分钟。\n");
    SCOPED_TRACE(opening);
    ASSERT_TRUE(d.front_matter.title);
    EXPECT_EQ(*d.front_matter.title, "临时议程");
    EXPECT_EQ(d.front_matter.notes, std::vector<std::string>{opening});
    EXPECT_FALSE(d.front_matter.subtitle);
  }
  // (a date and what it says happened is no opening line: a letter's title stays one)
  Document d = doc_of(std::string(kAgendaHead) +
                      "议程项目 34\n预防武装冲突\n\n2023年9月29日秘书长给大会主席的信\n\n谨提请你注意我的报告。\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "2023年9月29日秘书长给大会主席的信");
}

}  // namespace
