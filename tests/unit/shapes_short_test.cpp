// Short hard-wrapped texts (helper 9): a one-page note verbale or letter
// extracted from a PDF, wrapped at 35-40 Han characters a line, has too few
// lines for the counts a long text's wrap is found by. Its shape is decided
// on the evidence it has: lines of (nearly) one width that end mid-sentence,
// the next line going on to a sentence's end. Texts a paragraph a line, and
// a few heading-like lines, stay paragraph_per_line. The texts are written
// here in the real conventions, not copied.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_shapes_short_test {

using namespace undoc;

namespace {

using test::doc_of;

// the paragraphs' texts, body then annexes
std::vector<std::string> paragraphs(const Document& d) {
  std::vector<std::string> out;
  auto take = [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) out.push_back(n.text);
  };
  walk(d.body, take);
  for (const auto& a : d.annexes) walk(a.children, take);
  return out;
}

int sections(const Document& d) {
  int n = 0;
  auto take = [&](const Node& x) { n += x.kind == NodeKind::Section; };
  walk(d.body, take);
  for (const auto& a : d.annexes) walk(a.children, take);
  return n;
}

// A note verbale wrapped at 40 characters, a blank line between paragraphs
// of one or two lines: few lines run on, yet the two full lines that end
// mid-sentence ("…该决议请会员" / "国就…") say it is wrapped.
TEST(ShapesShort, NoteVerbaleWrappedWithBlankLinesIsWrapped) {
  Document d = doc_of(
    "2023年8月9日某国常驻联合国代表团给秘书长的普通照会\n"
    "\n"
    "某国常驻联合国代表团向联合国秘书长致意，并谨提及大会第77/215号决议，该决议请会员\n"
    "国就促进和保护人权的措施提供资料，以便编写秘书长提交大会第七十八届会议的报告。\n"
    "\n"
    "为此，代表团谨转递某国政府关于在国家一级执行该决议所采取措施的资料，包括2022年通\n"
    "过的国家人权行动计划、设立独立的国家人权机构以及为加强司法独立而开展的立法改革。\n"
    "\n"
    "代表团谨请将本照会作为大会第七十八届会议临时议程项目72(b)下的文件分发为荷。\n"
    "\n"
    "某国常驻联合国代表团借此机会再次向联合国秘书长致以最崇高的敬意。\n"
    "\n");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  ASSERT_TRUE(d.source.layout.width);
  EXPECT_GE(*d.source.layout.width, 78);
  const auto ps = paragraphs(d);
  ASSERT_EQ(ps.size(), 4u);
  EXPECT_NE(ps[0].find("该决议请会员国就促进"), std::string::npos);
  EXPECT_NE(ps[1].find("立法改革。"), std::string::npos);
  EXPECT_EQ(ps[3], "某国常驻联合国代表团借此机会再次向联合国秘书长致以最崇高的敬意。");
}

// A letter with an enclosure of points 一、二、三、四、, wrapped at 39
// characters: the points' lines ("一、…" lexed as chapter headings) are
// counted among the lines at the width; each point is one paragraph, none a
// heading, and no point is cut at its line's end.
TEST(ShapesShort, LetterWithEnclosurePointsIsWrapped) {
  Document d = doc_of(
    "2023年9月4日某国常驻联合国代表给秘书长的信\n"
    "\n"
    "谨随函转递某国外交部2023年9月1日就某地区最近局势发表的声明(见附件)。该声明阐述\n"
    "了我国政府对区域和平与安全的立场，并呼吁有关各方保持克制，通过对话和谈判和平解\n"
    "决分歧。\n"
    "请将本函及其附件作为大会第七十八届会议临时议程项目72(b)下的文件分发为荷。\n"
    "\n"
    "某某·某某(签名)\n"
    "常驻代表\n"
    "\n"
    "2023年9月4日某国常驻联合国代表给秘书长的信的附件\n"
    "\n"
    "某国外交部关于某地区局势的声明\n"
    "一、某国政府密切关注某地区最近发生的事态，对平民伤亡和基础设施遭到破坏深表关切，\n"
    "并向遇难者家属表示诚挚的慰问。\n"
    "二、某国一贯主张在尊重各国主权和领土完整的基础上，通过政治和外交途径解决争端，\n"
    "反对使用武力或以武力相威胁，反对采取任何可能使局势进一步升级的单方面行动。\n"
    "三、某国呼吁国际社会，特别是安全理事会，发挥建设性作用，支持区域组织的调解努力，\n"
    "为恢复和平与稳定创造有利条件，并向受影响民众提供紧急人道主义援助。\n"
    "四、某国愿同各方一道，继续为和平解决争端作出不懈努力。\n");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  EXPECT_EQ(sections(d), 0);
  const auto ps = paragraphs(d);
  ASSERT_EQ(ps.size(), 6u);
  EXPECT_EQ(ps[2], "一、某国政府密切关注某地区最近发生的事态，对平民伤亡和基础设施遭到破坏深表关切，并向遇难者家属表示诚挚的慰问。");
  EXPECT_EQ(ps[3].rfind("二、", 0), 0u);
  EXPECT_NE(ps[3].find("单方面行动。"), std::string::npos);
  EXPECT_EQ(ps[4].rfind("三、", 0), 0u);
  EXPECT_EQ(ps[5], "四、某国愿同各方一道，继续为和平解决争端作出不懈努力。");
}

// The same note verbale over two pages, a form feed, a footnote, the job
// number, page numbers and the running symbol between them: the paragraph
// that ends in 。 at the foot of page 1 is not joined to the one that opens
// page 2 (read as blocks before, they were one paragraph).
TEST(ShapesShort, NoteVerbaleOverAPageBreakIsWrapped) {
  Document d = doc_of(
      "联合国\tA/78/312\n"
      "大会\tDistr.: General\n"
      "15 August 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "临时议程*项目 72(b)\n"
      "促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径\n"
      "\n"
      "2023年8月9日某国常驻联合国代表团给秘书长的普通照会\n"
      "\n"
      "某国常驻联合国代表团向联合国秘书长致意，并谨提及大会第77/215号决议，该决议请会\n"
      "员国就促进和保护人权的措施提供资料，以便编写秘书长提交大会第七十八届会议的报告。\n"
      "\n"
      "为此，代表团谨转递某国政府关于在国家一级执行该决议所采取措施的资料，包括2022年\n"
      "通过的国家人权行动计划、设立独立的国家人权机构以及为加强司法独立而开展的立法改\n"
      "革。\n"
      "\n"
      "* A/78/150。\n"
      "\n"
      "23-15370 (C)\n"
      "\n"
      "1\n"
      "\fA/78/312\n"
      "\n"
      "\n"
      "代表团谨请将本照会作为大会第七十八届会议临时议程项目72(b)下的文件分发为荷。\n"
      "\n"
      "某国常驻联合国代表团借此机会再次向联合国秘书长致以最崇高的敬意。\n"
      "\n"
      "\n"
      "\n"
      "2\n"
      "\n"
      "23-15370\n");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  EXPECT_TRUE(d.source.layout.form_feeds);
  const auto ps = paragraphs(d);
  ASSERT_EQ(ps.size(), 4u);
  EXPECT_NE(ps[1].find("立法改革。"), std::string::npos);
  EXPECT_EQ(ps[1].find("代表团谨请"), std::string::npos);
  EXPECT_EQ(ps[2], "代表团谨请将本照会作为大会第七十八届会议临时议程项目72(b)下的文件分发为荷。");
  EXPECT_EQ(d.furniture.size(), 5u);
}

// A note verbale typed with its paragraphs' first lines set in by spaces,
// wrapped at 38 characters, no blank lines: the first lines are narrower by
// their indent, too few lines stand at one trimmed width; measured on the
// right edge, the lines run to one width (read as blocks before).
TEST(ShapesShort, NoteVerbaleWithFirstLinesSetInIsWrapped) {
  Document d = doc_of(
      "联合国\tA/78/312\n"
      "大会\tDistr.: General\n"
      "15 August 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "临时议程*项目 72(b)\n"
      "促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径\n"
      "\n"
      "2023年8月9日某国常驻联合国代表团给秘书长的普通照会\n"
      "\n"
      "    某国常驻联合国代表团向联合国秘书长致意，并谨提及大会第77/215号决议，该决\n"
      "议请会员国就促进和保护人权的措施提供资料，以便编写秘书长提交大会第七十八届会\n"
      "议的报告。\n"
      "    为此，代表团谨转递某国政府关于在国家一级执行该决议所采取措施的资料，包括\n"
      "2022年通过的国家人权行动计划、设立独立的国家人权机构以及为加强司法独立而开展\n"
      "的立法改革。\n"
      "    代表团谨请将本照会作为大会第七十八届会议临时议程项目72(b)下的文件分发为\n"
      "荷。\n"
      "    某国常驻联合国代表团借此机会再次向联合国秘书长致以最崇高的敬意。\n");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  const auto ps = paragraphs(d);
  ASSERT_EQ(ps.size(), 4u);
  EXPECT_NE(ps[0].find("该决议请会员国就促进"), std::string::npos);
  EXPECT_NE(ps[1].find("包括2022年通过的"), std::string::npos);
  EXPECT_EQ(ps[3], "某国常驻联合国代表团借此机会再次向联合国秘书长致以最崇高的敬意。");
}

// Texts a paragraph a line stay so: each line a whole paragraph ending in 。,
// lines of different lengths (some of nearly one length), a list of points,
// a few heading-like lines.
TEST(ShapesShort, ShortParagraphPerLineTextsStaySo) {
  const std::vector<std::string> texts = {
      "某国常驻联合国代表团向联合国秘书长致意，并谨转递某国政府的答复。\n"
      "某国政府重申其对促进和保护所有人的人权与基本自由的坚定承诺。\n"
      "某国政府已于2022年通过国家人权行动计划，并设立了独立的监测机制。\n"
      "某国政府还加强了对弱势群体的保护，特别是妇女、儿童和残疾人。\n"
      "某国常驻联合国代表团借此机会再次向联合国秘书长致以最崇高的敬意。\n",
      "大会注意到第五委员会关于该项目的报告。\n"
      "大会决定将该项目列入第七十九届会议临时议程。\n"
      "大会请秘书长向第七十九届会议提交一份关于该问题的报告。\n"
      "大会还决定推迟审议该项目，直至第七十九届会议续会第一期会议。\n"
      "大会赞赏地注意到各会员国为此提供的自愿捐款。\n",
      "谨提请安全理事会注意以下事项：\n"
      "一、某国政府对最近发生的袭击事件表示强烈谴责。\n"
      "二、某国政府呼吁各方立即停止敌对行动，保护平民。\n"
      "三、某国政府支持秘书长为恢复和平所作的努力。\n"
      "四、某国政府愿与国际社会密切合作，推动政治解决。\n"
      "请将本函作为安全理事会的文件分发为荷。\n",
  };
  for (const auto& text : texts) {
    SCOPED_TRACE(text);
    Document d = doc_of(text);
    EXPECT_EQ(d.source.layout.shape, "paragraph_per_line");
    // (no two lines joined: each paragraph holds one sentence at most)
    for (const auto& p : paragraphs(d)) {
      const size_t first = p.find("。");
      EXPECT_TRUE(first == std::string::npos || p.find("。", first + 1) == std::string::npos) << p;
    }
  }
}

// A few heading-like lines of nearly one length, none ending a sentence:
// not a wrap (no line runs on to a sentence's end).
TEST(ShapesShort, HeadingLinesAreNotWrapped) {
  const std::vector<std::string> texts = {
      "秘书长关于联合国与各区域组织之间合作的报告\n"
      "二、联合国与非洲联盟之间在和平与安全领域的合作\n"
      "三、联合国与欧洲联盟之间在人道主义援助领域的合作\n"
      "四、联合国与东南亚国家联盟之间在可持续发展领域的合作\n"
      "五、联合国与美洲国家组织之间在选举援助领域的合作\n",
      "各区域组织提供的资料摘要和秘书处的评论意见\n"
      "非洲联盟委员会和平与安全部提供的资料摘要\n"
      "欧洲联盟对外行动署多边关系司提供的资料摘要\n"
      "东南亚国家联盟秘书处政治安全共同体提供的资料\n"
      "美洲国家组织秘书处政治事务部提供的资料摘要\n",
  };
  for (const auto& text : texts) {
    SCOPED_TRACE(text);
    EXPECT_NE(doc_of(text).source.layout.shape, "wrapped");
  }
}

}  // namespace

}  // namespace undoc_test_shapes_short_test
