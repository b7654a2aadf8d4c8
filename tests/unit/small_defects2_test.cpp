// Small defects, second round (helper 5): a treaty body's general comment
// had no kind; an NGO statement's circulation note was the body's first
// paragraph; a footnote wrapped in pandoc's plain text (blocks set off by
// blank lines) or set in at 50 columns lost its second line to the body, and
// a report's officers below a numbered lead-in ran on into it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/text.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_small_defects2_test {

using namespace undoc;

namespace {

using test::footnote;
using test::numbered_paragraph;
using test::doc_of;
using test::nodes_of;

// The sample as same_structure.py's set_in() makes it at `width` columns: a
// paragraph's first line set in by two ideographic spaces, its other lines at
// the margin, a Han character two columns wide.
std::string set_in(const std::string& text, int width) {
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    const std::string line = text.substr(at, nl - at);
    at = nl + 1;
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (line.find('\t') != std::string::npos) {
      out += line + "\n";
      continue;
    }
    U32 u = from_utf8(line);
    const bool masthead = line.rfind("联合国", 0) == 0 || line.rfind("Distr", 0) == 0 || line.rfind("Original", 0) == 0;
    const char32_t last = u.back();
    const bool para = (U32View(U"。；：，！？").find(last) != U32View::npos || u.find(U'。') != U32::npos) && !masthead;
    if (para) u = U"\u3000\u3000" + u;
    U32 cur;
    int w = 0;
    for (char32_t c : u) {
      // (Python's east_asian_width W or F: CJK, full-width forms, the ideographic space)
      const int cw = (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                                      (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)))
                         ? 2
                         : 1;
      if (w + cw > width) {
        out += to_utf8(cur) + "\n";
        cur.clear();
        w = 0;
      }
      cur.push_back(c);
      w += cw;
    }
    out += to_utf8(cur) + "\n";
  }
  return out;
}

}  // namespace

// A treaty body's general comment (CRC/C/GC/28, "关于…的第28号一般性意见(2023年)")
// is issued in the committee's series as its concluding observations and
// lists of issues are: a report, as they are. So are a general
// recommendation (CEDAW's, CERD's) and a joint one, and one whose title is
// not read, by the series' symbol (/GC/).
TEST(SmallDefects2, GeneralCommentIsAReport) {
  for (const char* name : {"samples/report-crc-general-comment-mobility-para.txt",
                           "samples/report-crc-general-comment-mobility-wrap.txt"}) {
    const Document d = doc_of(test::read_file(name));
    ASSERT_TRUE(d.kind.has_value()) << name;
    EXPECT_EQ(*d.kind, "report") << name;
  }
  const std::string head = "联合国\tCEDAW/C/GC/40\n消除对妇女歧视公约\tDistr.: General\n25 October 2024\nChinese\nOriginal: English\n\n"
                           "消除对妇女歧视委员会\n\n";
  const Document r = doc_of(head +
                            "关于妇女平等和包容性地参与决策系统的第40号一般性建议(2024年)*\n\n"
                            "* 委员会第八十九届会议(2024年10月7日至25日)通过。\n\n"
                            "一. 导言\n\n1. 妇女平等参与决策是民主的基础。\n2. 委员会回顾《公约》第七条。\n");
  ASSERT_TRUE(r.kind.has_value());
  EXPECT_EQ(*r.kind, "report");
  // (the title given in full-width brackets, no marker)
  const Document c = doc_of(
      "联合国\tCCPR/C/GC/37\n公民及政治权利国际公约\tDistr.: General\n17 September 2020\nChinese\nOriginal: English\n\n"
      "人权事务委员会\n\n关于和平集会权(第二十一条)的第37号一般性意见（2020年）\n\n"
      "一. 导言\n\n1. 和平集会的基本人权使个人能够集体表达自己的意见。\n2. 和平集会权是一项个人权利。\n");
  ASSERT_TRUE(c.kind.has_value());
  EXPECT_EQ(*c.kind, "report");
}

// The note under an NGO statement's title, "秘书长收到下列声明，现根据经济及社会
// 理事会第1996/31号决议第36和37段分发。", is the standard front-matter note, as
// a note's transmittal sentence over the report it transmits is: a paragraph
// of the front matter, the statement (its own title, its paragraphs) the
// body. Over two lines too (the wrapped sample), and in its other wording
// ("现依照…", "书面声明").
TEST(SmallDefects2, StatementsCirculationNoteIsFrontMatter) {
  const std::string note = "秘书长收到下列声明，现根据经济及社会理事会第1996/31号决议第36和37段分发。";
  for (const char* name : {"samples/statement-ngo-csw-68-care-economy-para.txt",
                           "samples/statement-ngo-csw-68-care-economy-wrap.txt"}) {
    const Document d = doc_of(test::read_file(name));
    ASSERT_EQ(d.front_matter.paragraphs.size(), 1u) << name;
    EXPECT_EQ(d.front_matter.paragraphs[0].text, note) << name;
    ASSERT_FALSE(d.body.empty()) << name;
    EXPECT_EQ(d.body.front().kind, NodeKind::Section) << name;
    EXPECT_EQ(d.body.front().title, "通过在农村地区投资照护服务和社会基础设施加快实现性别平等") << name;
    ASSERT_TRUE(d.kind.has_value()) << name;
    EXPECT_EQ(*d.kind, "working_paper") << name;
  }
  const Document w = doc_of(
      "联合国\tA/HRC/54/NGO/12\n大会\tDistr.: General\n1 September 2023\nChinese\nOriginal: English\n\n"
      "人权理事会\n第五十四届会议\n2023年9月11日至10月6日\n议程项目3\n促进和保护所有人权\n\n"
      "具有特别咨商地位的非政府组织山谷法律援助中心提交的书面声明\n\n"
      "秘书长收到下列书面声明，现依照经济及社会理事会第1996/31号决议分发。\n\n"
      "我们关切地注意到，偏远地区的居民很难获得法律援助。\n\n我们促请各国扩大法律援助的覆盖面。\n");
  ASSERT_EQ(w.front_matter.paragraphs.size(), 1u);
  EXPECT_EQ(w.front_matter.paragraphs[0].text, "秘书长收到下列书面声明，现依照经济及社会理事会第1996/31号决议分发。");
  const auto body = nodes_of(w, NodeKind::Paragraph);
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(body[0]->text, "我们关切地注意到，偏远地区的居民很难获得法律援助。");
}

// pandoc's plain text of the functional commission's report (72 columns,
// a blank line after each paragraph: the blocks shape) wraps footnote 1 over
// two lines, "…哥本哈根》(联合" / "国出版物，…": the second line is the note's
// (a block is a paragraph, a note's too), not a page-break fragment of
// paragraph 6 far above; and the officers below paragraph 6's lead-in
// ("…选出下列主席团成员：" / "主席：" / name / "副主席：" / name, each set off by
// a blank line) are paragraphs of their own, as the sample has them.
TEST(SmallDefects2, PandocFootnoteKeepsItsWrappedLine) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_shape_csd61_pandoc72.txt"));
  ASSERT_EQ(d.source.layout.shape, "blocks");
  const Footnote* f = footnote(d, "1");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text,
            "《社会发展问题世界首脑会议的报告，1995年3月6日至12日，哥本哈根》(联合国出版物，出售品编号：C.96.IV.8)，"
            "第一章，决议1，附件一和二。");
  const Node* p6 = numbered_paragraph(d, 6);
  ASSERT_NE(p6, nullptr);
  EXPECT_EQ(p6->text, "委员会在2023年2月6日第1次会议上以鼓掌方式选出下列主席团成员：");
  EXPECT_EQ(p6->fragments, 1);
  std::vector<std::string> after;
  bool seen = false;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) {
    if (p == p6) seen = true;
    else if (seen) after.push_back(p->text);
  }
  EXPECT_EQ(after, (std::vector<std::string>{"主席：", "胡安·卡洛斯·佩雷斯(阿根廷)", "副主席：", "玛丽亚·科瓦奇(匈牙利)"}));
}

// The same report set in at 50 columns (only a paragraph's first line set
// in): footnote 1's third line stands at the margin below a full line and
// opens "6.IV.8)…", the rest of C.96.IV.8: the note's, not a paragraph 6.
TEST(SmallDefects2, SetInFootnoteLineAtTheMarginIsTheNotes) {
  const Document d = doc_of(set_in(test::read_file("samples/report-commission-social-development-61-para.txt"), 50));
  ASSERT_EQ(d.source.layout.shape, "wrapped");
  const Footnote* f = footnote(d, "1");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->text,
            "《社会发展问题世界首脑会议的报告，1995年3月6日至12日，哥本哈根》(联合国出版物，出售品编号：C.96.IV.8)，"
            "第一章，决议1，附件一和二。");
  int sixes = 0;
  for (const Node* p : nodes_of(d, NodeKind::Paragraph))
    if (p->paragraph_number && *p->paragraph_number == 6) ++sixes;
  EXPECT_EQ(sixes, 1);
}

}  // namespace undoc_test_small_defects2_test
