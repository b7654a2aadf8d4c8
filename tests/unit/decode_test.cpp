#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.hpp"
#include "undoc/decode.hpp"

namespace undoc_test_decode_test {

using namespace undoc;

namespace {
using test::reencode;
const std::string kText = "第六十一届会议\n临时议程* 项目 54(b)\n";
}  // namespace

TEST(Decode, Utf8) {
  auto d = decode(kText);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(to_utf8(d.text), kText);
  EXPECT_TRUE(d.diagnostics.empty());
}

TEST(Decode, Utf8Bom) {
  auto d = decode("\xEF\xBB\xBF" + kText);
  EXPECT_EQ(d.encoding, "UTF-8 BOM");
  EXPECT_EQ(to_utf8(d.text), kText);
}

TEST(Decode, Utf16LeAndBeWithBom) {
  std::string le = reencode(kText, "UTF-16LE");
  auto d = decode("\xFF\xFE" + le);
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(to_utf8(d.text), kText);
  std::string be = reencode(kText, "UTF-16BE");
  auto e = decode("\xFE\xFF" + be);
  EXPECT_EQ(e.encoding, "UTF-16BE");
  EXPECT_EQ(to_utf8(e.text), kText);
}

TEST(Decode, Gb18030IsDetected) {
  std::string long_text;
  for (int i = 0; i < 20; ++i) long_text += "与会者强调，在处理国际移徙与发展的相互关系方面，必需采取基于权利的方法。\n";
  auto d = decode(reencode(long_text, "GB18030"));
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(to_utf8(d.text), long_text);
}

TEST(Decode, InvalidUtf8NamesTheByteOffset) {
  std::string bad = "一. 引言\n1. 文本\xFF错误。\n";
  try {
    decode(bad);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code, "E-DECODE");
    EXPECT_EQ(e.offset, bad.find('\xFF'));
    EXPECT_NE(std::string(e.what()).find("0xFF at byte offset 21"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
}

TEST(Decode, LenientReplacesAndWarns) {
  DecodeOptions o;
  o.lenient = true;
  auto d = decode("文本\xFF错误", o);
  EXPECT_EQ(to_utf8(d.text), "文本\xEF\xBF\xBD错误");
  ASSERT_EQ(d.diagnostics.size(), 1u);
  EXPECT_EQ(d.diagnostics[0].code, "W-REPLACED");
  EXPECT_EQ(d.diagnostics[0].line, 1);
}

TEST(Decode, NulByteIsBinary) {
  try {
    decode(std::string("abc\0def", 7));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.code, "E-BINARY");
    EXPECT_EQ(e.offset, 3u);
  }
}

TEST(Decode, EmptyInputWarns) {
  auto d = decode("");
  EXPECT_TRUE(d.text.empty());
  EXPECT_EQ(d.encoding, "UTF-8");
  ASSERT_EQ(d.diagnostics.size(), 1u);
  EXPECT_EQ(d.diagnostics[0].code, "W-EMPTY");
}

TEST(Decode, TruncatedSequenceAtEndIsAnError) {
  std::string bad = "文本\xE6\x96";  // first two bytes of a three-byte character
  EXPECT_THROW(decode(bad), InputError);
}

// Lone continuation bytes each read as U+FFFD are not among the characters
// counted ahead from the lead bytes: a run of them followed by text must not
// write past the decoded buffer (a heap overflow up to 2026-11-30, seen by the
// sanitizer build), and every character is still there.
TEST(Decode, LoneContinuationBytesBeforeTextKeepEveryCharacter) {
  for (size_t run : {1u, 7u, 64u, 1000u}) {
    const std::string cont(run, '\x80');
    const std::string text = cont + "第六十一届会议临时议程项目" + cont + "abc" + cont;
    const U32 u = from_utf8(text);
    EXPECT_EQ(u.size(), 3 * run + 13 + 3) << run;
    EXPECT_EQ(std::count(u.begin(), u.end(), U'\uFFFD'), static_cast<long>(3 * run)) << run;
    DecodeOptions o;
    o.lenient = true;
    auto d = decode(text, o);
    EXPECT_EQ(d.text, u) << run;
  }
}

}  // namespace undoc_test_decode_test
