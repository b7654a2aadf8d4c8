// Masthead lines as real documents set them, in every shape.
#include <gtest/gtest.h>

#include "test_util.hpp"

namespace undoc_test_masthead_test {

using namespace undoc;

// A document issued in some languages only says so below Original: ("English
// only", "English, French and Spanish only"): a masthead note, not the title.
TEST(Masthead, LanguagesOnlyIsANoteNotTheTitle) {
  for (const char* layout : {"column", "lines"}) {
    const std::string pad = std::string(layout) == "column" ? std::string(50, ' ') : "";
    const Document d = test::doc_of(
        "联合国" + pad + "ECE/TRANS/WP.29/2024/1\n" +
        "经济及社会理事会" + pad + "Distr.: General\n" +
        pad + "19 December 2023\n" +
        pad + "Chinese\n" +
        pad + "Original: English\n" +
        pad + "English, French and Spanish only\n"
        "\n"
        "欧洲经济委员会\n"
        "内陆运输委员会\n"
        "          车辆法规协调世界论坛的报告\n"
        "一. 导言\n"
        "1. 本报告。\n");
    EXPECT_EQ(d.front_matter.symbol, "ECE/TRANS/WP.29/2024/1") << layout;
    EXPECT_EQ(d.front_matter.title, "车辆法规协调世界论坛的报告") << layout;
    const auto& notes = d.front_matter.notes;
    EXPECT_NE(std::find(notes.begin(), notes.end(), "English, French and Spanish only"), notes.end()) << layout;
  }
}

// Where nothing else tells the kind (a title read wrongly, a cover page
// alone), the symbol's series does: /RES/ a resolution, /PV. and /SR. a
// record, S/Agenda/ an agenda. Other evidence still comes first.
TEST(Masthead, SymbolSeriesTellsTheKindLast) {
  auto kind_of = [](const std::string& symbol, const std::string& title) {
    return test::doc_of("联合国" + std::string(40, ' ') + symbol + "\n大会\nDistr.: General\n1 August 2023\nChinese\n"
                        "Original: English\n\n          " + title + "\n本文件记录了有关情况。\n").kind;
  };
  EXPECT_EQ(kind_of("A/RES/78/1", "一些文字"), "resolution");
  EXPECT_EQ(kind_of("S/RES/2700 (2023)", "一些文字"), "resolution");
  EXPECT_EQ(kind_of("S/PV.9400", "一些文字"), "record");
  EXPECT_EQ(kind_of("A/C.6/78/SR.3", "一些文字"), "record");
  EXPECT_EQ(kind_of("S/Agenda/9400", "一些文字"), "agenda");
  EXPECT_EQ(kind_of("A/78/300", "一些文字"), std::nullopt);
  EXPECT_EQ(kind_of("A/RES/78/1", "秘书长的报告"), "report");  // (the title first)
}

// A joint agenda line's items each have lines: its first item's title below
// it, a later item without a title below the line that names it (it had
// none, or the line as the loop left it).
TEST(Masthead, JointAgendaItemsEachHaveTheirLine) {
  const Document d = test::doc_of(
      "联合国                                           A/78/300\n"
      "大会                                              Distr.: General\n"
      "                                                  1 August 2023\n"
      "\n"
      "第七十八届会议\n"
      "临时议程项目 4、5 和 6\n"
      "促进和保护人权\n"
      "          秘书长的报告\n"
      "一. 导言\n"
      "1. 本报告。\n");
  const auto& items = d.front_matter.agenda_items;
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].lines.first, 6);
  EXPECT_EQ(items[0].lines.last, 7);
  for (size_t n = 1; n < 3; ++n) {
    EXPECT_EQ(items[n].lines.first, 6) << n;
    EXPECT_EQ(items[n].lines.last, 6) << n;
  }
}

// A record's line saying when and where it was held gives the place beside
// the whole line: "…上午10时在纽约总部举行" gives 纽约总部.
TEST(Masthead, ARecordsHeldLineGivesItsPlace) {
  const Document d = test::doc_of(
      "联合国                                                A/C.3/78/SR.5\n"
      "大会                                                  Distr.: General\n"
      "第七十八届会议                                         20 October 2023\n"
      "\n"
      "第三委员会\n"
      "第5次会议简要记录\n"
      "2023年10月4日星期三上午10时在纽约总部举行\n"
      "主席：马尔尚先生(比利时)\n"
      "上午10时05分宣布开会。\n"
      "1. 主席说，委员会将开始对该项目进行一般性辩论。\n");
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->held, "2023年10月4日星期三上午10时在纽约总部举行");
  EXPECT_EQ(d.front_matter.meeting->place, "纽约总部");
}

// A resolution's "[根据…委员会的报告(A/77/404)通过]" wrapped at a count of
// characters closes its bracket on the line below: one note, both lines, and
// the numbered title below is still the title (the bracket's first line had
// been read as the title, its second as the subtitle, the number lost)
TEST(Masthead, AWrappedBracketNoteIsOneNote) {
  const Document d = test::doc_of(
      "联合国 A/RES/77/128\n大会\nDistr.: General\n2022年12月12日\n第七十七届会议\n议程项目49\n"
      "2022年12月7日大会决议\n"
      "[根据特别政治和非殖民化委员会(第四委员会)的报告(A/77/404)\n"
      "通过]\n"
      "77/128. 空间技术促进可持续发展\n"
      "大会，\n"
      "回顾其以往关于空间技术的各项决议，\n"
      "1. 鼓励会员国加强合作；\n");
  EXPECT_EQ(d.front_matter.title, "空间技术促进可持续发展");
  EXPECT_EQ(d.front_matter.resolution_number, "77/128");
  EXPECT_FALSE(d.front_matter.subtitle);
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "[根据特别政治和非殖民化委员会(第四委员会)的报告(A/77/404)通过]"),
            notes.end());
}

// pdftotext -raw and the PDF reader may set the masthead's right column on
// one line, a space between its items ("Distr.: General 27 July 2022 Chinese
// Original: English"): Distr. takes its kind, the date cell is the date alone.
// Before, "Distr.:" was a cell of its own (distribution "") and "General 27
// July 2022" the date's cell, its words the date_text.
TEST(Masthead, RightColumnOnOneLineKeepsDistributionWithItsKind) {
  for (const char* organ : {"大会\t", "大会 ", ""}) {
    const Document d = test::doc_of(std::string("联合国 A/77/212\n") + organ +
                                    "Distr.: General 27 July 2022 Chinese Original: English\n\n第七十七届会议\n\n"
                                    "秘书长的报告\n\n1. 本报告。\n");
    EXPECT_EQ(d.front_matter.distribution, "General") << organ;
    EXPECT_EQ(d.front_matter.date, "2022-07-27") << organ;
    EXPECT_EQ(d.front_matter.date_text, "27 July 2022") << organ;
    EXPECT_EQ(d.front_matter.language_this, "Chinese") << organ;
    EXPECT_EQ(d.front_matter.language_original, "English") << organ;
    EXPECT_TRUE(d.front_matter.notes.empty()) << organ;
  }
}

}  // namespace undoc_test_masthead_test
