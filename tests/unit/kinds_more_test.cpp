// Kinds of document and shapes of text, more (helper 5): misreadings a probe
// left (an information circular, a masthead in -raw mode's one space, a
// record's notice at its end, an enclosure's items, an annex's title over two
// lines, an executive board's session, short texts of short lines).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using test::doc_of;

// "秘书处 1 June 2023": the organ and the date on one line, a single space
// between them (pdftotext -raw): the date kept as written, the line not a note.
TEST(KindsMore, MastheadOrganAndDateOneSpaceApart) {
  for (const char* line : {"秘书处 1 June 2023", "大会 7 July 2023"}) {
    SCOPED_TRACE(line);
    Document d = doc_of(std::string("联合国 A/78/150\n") + line +
                        "\nChinese\nOriginal: English\n\n一项说明\n\n1. 本说明的目的是通报情况。\n");
    const auto& fm = d.front_matter;
    ASSERT_TRUE(fm.date);
    ASSERT_TRUE(fm.date_text);
    EXPECT_EQ(*fm.date_text, std::string(line).substr(std::string(line).find(' ') + 1));
    EXPECT_TRUE(fm.notes.empty()) << fm.notes.front();
  }
}

}  // namespace

namespace {

// An information circular (ST/IC/…), the third of the Secretariat's
// administrative issuances beside bulletins (ST/SGB) and instructions (ST/AI):
// an instrument, by its type line (情况通报, a note) or, where none is read, its
// symbol's series.
TEST(KindsMore, InformationCircularIsAnInstrument) {
  Document a = doc_of(
      "联合国\tST/IC/2023/15\n秘书处\t1 June 2023\n\n情况通报*\n\n2023年联合国工作人员养恤基金年度报表\n\n"
      "1.\t本通报的目的是向工作人员通报年度报表的发放情况。\n2.\t本通报即日起生效。\n\n* 本通报将于2024年6月30日失效。\n");
  ASSERT_TRUE(a.kind);
  EXPECT_EQ(*a.kind, "instrument");
  ASSERT_TRUE(a.front_matter.title);
  EXPECT_EQ(*a.front_matter.title, "2023年联合国工作人员养恤基金年度报表");
  Document b = doc_of(
      "联合国\tST/IC/2023/15\n秘书处\t1 June 2023\n\n新闻通报\n\n致：\t联合国秘书处工作人员\n\n"
      "1.\t本通报的目的是向工作人员通报年度报表的发放情况。\n2.\t本通报即日起生效。\n");
  ASSERT_TRUE(b.kind);
  EXPECT_EQ(*b.kind, "instrument");
}

}  // namespace
