// Masthead lines as real documents set them, in every shape.
#include <gtest/gtest.h>

#include "test_util.hpp"

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
