#include <gtest/gtest.h>

#include "undoc/text.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace undoc_test_text_test {

using namespace undoc;

TEST(Text, Utf8RoundTrip) {
  std::string s = "第六十一届会议 A/61/150。¹";
  EXPECT_EQ(to_utf8(from_utf8(s)), s);
  EXPECT_EQ(to_utf8(U"a\u00e9\u4e2d\U0001F600"), "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
  // a lone surrogate or a value beyond U+10FFFF: U+FFFD
  EXPECT_EQ(to_utf8(U32{char32_t(0xD800), U'x', char32_t(0x110000)}), "\xEF\xBF\xBDx\xEF\xBF\xBD");
}

TEST(Text, FoldMapsFullWidthDigitsAndPunctuationButNotSuperscripts) {
  EXPECT_EQ(fold(U"１２．（ａ）："), U"12.(a):");
  EXPECT_EQ(fold_char(U'¹'), U'¹');       // footnote markers stay markers
  EXPECT_EQ(fold_char(U'。'), U'。');     // NFKC leaves the ideographic full stop
  EXPECT_EQ(fold_char(U'\u3000'), U' ');  // ideographic space
}

// fold_char answers the CJK Unified Ideographs without the table: ICU must
// fold each of them to itself
TEST(Text, FoldLeavesEveryUnifiedIdeograph) {
  for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) ASSERT_EQ(detail::fold_char_table(c), c) << static_cast<uint32_t>(c);
}

// nor the CJK punctuation U+3001..U+3035 (each to itself) and the full-width
// forms of ASCII U+FF01..U+FF5E (each to its ASCII character): the table
// (ICU) must give the same for every code point
TEST(Text, FoldCharInlineRangesAgreeWithTheTable) {
  for (char32_t c = 0; c < 0x110000; ++c) ASSERT_EQ(fold_char(c), detail::fold_char_table(c)) << static_cast<uint32_t>(c);
}

TEST(Text, FoldKeepsLength) {
  U32 s = U"一、全球化和相互依存：国际移徙与发展（续）";
  EXPECT_EQ(fold(s).size(), s.size());
}

TEST(Text, ChineseNumerals) {
  EXPECT_EQ(chinese_numeral_value(U"一"), 1);
  EXPECT_EQ(chinese_numeral_value(U"十"), 10);
  EXPECT_EQ(chinese_numeral_value(U"十二"), 12);
  EXPECT_EQ(chinese_numeral_value(U"二十"), 20);
  EXPECT_EQ(chinese_numeral_value(U"六十一"), 61);
  EXPECT_EQ(chinese_numeral_value(U"一百零五"), 105);
  EXPECT_EQ(chinese_numeral_value(U"甲"), -1);
  EXPECT_EQ(chinese_numeral_value(U""), -1);
}

TEST(Text, JoinHanWithoutSpaceAndLatinWithSpace) {
  U32 a = U"秘书长在";
  join_text(a, U"他的报告");
  EXPECT_EQ(a, U"秘书长在他的报告");
  U32 b = U"基金已收到";
  join_text(b, U"77 个会员国");
  EXPECT_EQ(b, U"基金已收到 77 个会员国");
  U32 c = U"under the";
  join_text(c, U"Charter");
  EXPECT_EQ(c, U"under the Charter");
  U32 d = U"决议，";
  join_text(d, U"2006 年");
  EXPECT_EQ(d, U"决议，2006 年");
}

TEST(Text, DisplayWidthCountsWideCharactersTwice) {
  EXPECT_EQ(display_width(U"ab"), 2);
  EXPECT_EQ(display_width(U"汉字"), 4);
  EXPECT_EQ(display_width(U"１"), 2);
}

TEST(Text, Classes) {
  EXPECT_TRUE(is_han(U'移'));
  EXPECT_FALSE(is_han(U'A'));
  EXPECT_TRUE(is_space(U'\u3000'));
  EXPECT_TRUE(is_sentence_end(U'。'));
  EXPECT_FALSE(is_sentence_end(U'，'));
  EXPECT_TRUE(is_clause_end(U'，'));
  EXPECT_EQ(superscript_value(U'³'), 3);
  EXPECT_EQ(trim(U"  \t 文本\u3000 "), U"文本");
}

// is_space, is_han and display_width answer ranges without asking ICU (they
// are asked of nearly every character): the same answers as ICU's for every
// code point, in the ICU the program is built with.
TEST(Text, ClassesAgreeWithIcuEverywhere) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const auto u = static_cast<char32_t>(c);
    ASSERT_EQ(is_space(u), c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : bool(u_isUWhiteSpace(c))) << c;
    UErrorCode ec = U_ZERO_ERROR;
    ASSERT_EQ(is_han(u), (c >= 0x4E00 && c <= 0x9FFF) || uscript_getScript(c, &ec) == USCRIPT_HAN) << c;
    if (c >= 0x80) {
      const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
      const char32_t one[1] = {u};
      ASSERT_EQ(display_width(U32View(one, 1)), ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1) << c;
    }
  }
}

}  // namespace undoc_test_text_test
