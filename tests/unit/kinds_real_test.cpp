// Kinds of document in the real wording of 2023's documents (helper 8):
// letters and notes verbales (their signatures, several senders), ECOSOC
// resolutions recommending a draft to the Assembly, working papers. The texts
// are written here in the real conventions, not copied.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_real_test {

using namespace undoc;

namespace {

using test::doc_of;

const char* kEcosocMasthead =
    "联合国\tE/2023/110\n经济及社会理事会\tDistr.: General\n24 July 2023\nChinese\nOriginal: English\n\n"
    "2023年届会\n2022年7月25日至2023年7月26日\n议程项目21\n社会和人权问题\n\n";

// A letter signed by a permanent representative "to the United Nations"
// (尼加拉瓜共和国常驻联合国代表), the role above the name or below it: both
// lines are the letter's signature, not paragraphs of its body.
TEST(KindsReal, LetterSignedByARepresentativeToTheUnitedNations) {
  for (bool role_first : {true, false}) {
    SCOPED_TRACE(role_first);
    const std::string sig = role_first ? "某国常驻联合国代表\n某某·某某(签名)\n" : "某某·某某(签名)\n某国常驻联合国代表\n";
    Document d = doc_of(std::string(kEcosocMasthead) +
                        "2023年7月20日某国常驻联合国代表给经济及社会理事会主席的信\n\n"
                        "我们谨就理事会面前的一项决定草案致函。\n"
                        "请将本函作为理事会议程项目21下的文件分发为荷。\n\n" + sig);
    ASSERT_TRUE(d.kind);
    EXPECT_EQ(*d.kind, "letter");
    ASSERT_EQ(d.closing.size(), 2u);
    for (const auto& c : d.closing) EXPECT_EQ(c.kind, "signature") << c.text;
    for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
      EXPECT_EQ(p->text.find("常驻联合国代表"), std::string::npos) << p->text;
  }
}

// A letter from several representatives, listed after the title's colon
// ("…下列国家常驻联合国代表致某委员会主席的信：甲国、乙国和丙国"), its verb 致
// rather than 给: a letter, its date, sender and addressee read; each
// representative's title and name a signature.
TEST(KindsReal, LetterOfSeveralSendersListedAfterTheTitle) {
  Document d = doc_of(
      "联合国\tA/AC.172/2023/3\n大 会\tDistr.: General\n14 August 2023\nChinese\nOriginal: English\n\n"
      "某委员会\n2023年实质性会议\n\n"
      "2023年9月4日下列国家常驻联合国代表致某委员会主席的信：甲国、乙国和丙国\n\n"
      "这一传统节日在许多国家都是重要的公共假日。\n"
      "请将本函作为某委员会的文件分发为荷。\n\n"
      "甲国常驻联合国代表\n某甲(签名)\n乙国常驻联合国代表\n某乙(签名)\n丙国常驻联合国代表\n某丙(签名)\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "letter");
  ASSERT_TRUE(d.front_matter.letter);
  const auto& h = *d.front_matter.letter;
  EXPECT_EQ(h.date, "2023-09-04");
  EXPECT_EQ(h.sender, "下列国家常驻联合国代表");
  EXPECT_EQ(h.addressee, "某委员会主席");
  EXPECT_EQ(d.closing.size(), 6u);
  EXPECT_EQ(test::nodes_of(d, NodeKind::Paragraph).size(), 2u);
}

}  // namespace

namespace {

// An ECOSOC resolution recommending a draft to the General Assembly: its
// number and title, the title set over two lines ("2023/19. …在某领域" /
// "提供的咨询服务"), the Council's formula ("经济及社会理事会", no comma in the
// Chinese text, or with one) over "建议大会通过下列决议草案：", then the draft's
// own formula (大会，), preamble and operative paragraphs.
std::string ecosoc_recommending(const char* council) {
  return std::string(
             "联合国\tE/RES/2023/19\n经济及社会理事会\tDistr.: General\n1 August 2023\n\n"
             "2023年届会\n议程项目19(c)\n社会与人权问题：某专题\n\n"
             "2023年7月25日经济及社会理事会决议\n[根据某职司委员会的建议(E/2023/99)通过]\n"
             "2023/19.\t某办公室在某领域\n提供的咨询服务\n") +
         council +
         "\n建议大会通过下列决议草案：\n大会，\n重申这一问题关系到国际社会的共同利益，\n"
         "1.\t敦促会员国考虑采取有关措施；\n2.\t请秘书长就本决议的执行情况提出报告。\n"
         "2023年7月25日\n第37次全体会议\n";
}

TEST(KindsReal, EcosocResolutionRecommendingADraft) {
  for (const char* council : {"经济及社会理事会", "经济及社会理事会，"}) {
    SCOPED_TRACE(council);
    Document d = doc_of(ecosoc_recommending(council));
    ASSERT_TRUE(d.kind);
    EXPECT_EQ(*d.kind, "resolution");
    const auto& fm = d.front_matter;
    ASSERT_TRUE(fm.resolution_number);
    EXPECT_EQ(*fm.resolution_number, "2023/19");
    ASSERT_TRUE(fm.title);
    EXPECT_EQ(*fm.title, "某办公室在某领域提供的咨询服务");
    EXPECT_TRUE(fm.paragraphs.empty());
    for (const auto& n : fm.notes) EXPECT_EQ(n.find("经济及社会理事会"), std::string::npos) << n;
    const auto paras = test::nodes_of(d, NodeKind::Paragraph);
    ASSERT_GE(paras.size(), 4u);
    EXPECT_EQ(paras[0]->text, council);
    EXPECT_EQ(paras[0]->paragraph_kind, "formula");
    EXPECT_EQ(paras[1]->text, "建议大会通过下列决议草案：");
    EXPECT_EQ(paras[2]->text, "大会，");
    EXPECT_EQ(paras[2]->paragraph_kind, "formula");
    EXPECT_EQ(paras[3]->paragraph_kind, "preambular");
    EXPECT_EQ(d.closing.size(), 2u);
  }
}

}  // namespace

namespace {

// Each paragraph (a line of `text`) hard-wrapped at `cols` columns, a Han
// character two, as a PDF's text breaks its lines; lines opening with '='
// are kept as they are (the masthead, headings).
std::string wrapped(const std::string& text, int cols) {
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    const std::string line = text.substr(at, nl - at);
    at = nl + 1;
    if (!line.empty() && line[0] == '=') {
      out += line.substr(1) + "\n";
      continue;
    }
    int w = 0;
    std::string cur;
    for (size_t k = 0; k < line.size();) {
      const auto c = static_cast<unsigned char>(line[k]);
      const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      const int cw = c < 0x80 ? 1 : 2;
      if (w + cw > cols) {
        out += cur + "\n";
        cur.clear();
        w = 0;
      }
      cur += line.substr(k, n);
      w += cw;
      k += n;
    }
    out += cur + "\n";
  }
  return out;
}

// A note verbale's enclosure lists its points as paragraphs opening 一、二、…
// (their numbers in turn), hard-wrapped: a point whose first line runs to the
// wrap width and whose text ends its sentence on the next line is a
// paragraph, not a chapter heading with its words cut at the wrap.
TEST(KindsReal, EnclosureItemsWrappedAreParagraphsNotHeadings) {
  const std::string para =
      "某国常驻联合国代表团长期以来积极参与某一国际方案的各项工作，并与有关伙伴密切合作，帮助受影响的社区恢复生计，"
      "改善当地居民获得基本服务的机会，为区域的稳定与发展作出自己的贡献。\n";
  const std::string src =
      "=联合国\tE/2023/85\n=经济及社会理事会\tDistr.: General\n=5 May 2023\n=Chinese\n=Original: English\n"
      "=2023年届会\n=2022年7月25日至2023年7月26日\n=议程项目19(e)\n=社会和人权问题：某专题\n"
      "=2023年5月2日某国常驻联合国代表团给秘书长的普通照会\n" +
      para + para + para +
      "某国常驻联合国代表团谨请秘书长将本照会转交经济及社会理事会，并借此机会再次向秘书长表示崇高的敬意。\n"
      "=2023年5月2日某国常驻联合国代表团给秘书长的普通照会的附件\n=某国申请成为某委员会成员\n"
      "一、某国政府高度重视与有关国际机构的合作，愿意分享本国在应对人口流动方面积累的经验和做法。\n"
      "二、过去十年，某国接收并安置了大量来自邻国的人员，并为他们提供了教育、医疗和就业方面的支持。\n"
      "三、某国政府认为，其在这一领域的实践经验和专门知识能够为委员会的审议工作提供有益的参考。\n"
      "四、某国愿与委员会其他成员密切协作，共同推动有关议程，并为受影响的人口寻求持久的解决办法。\n";
  Document d = doc_of(wrapped(src, 76));
  ASSERT_EQ(d.annexes.size(), 1u);
  size_t items = 0;
  walk(d.annexes[0].children, [&](const Node& n) {
    EXPECT_NE(n.kind, NodeKind::Section) << n.title;
    if (n.kind == NodeKind::Paragraph && n.text.ends_with("。")) ++items;
  });
  EXPECT_EQ(items, 4u);
}

}  // namespace

namespace {

// A resolution's later pages repeat its title under the symbol at their top
// ("E/RES/2023/15" / "《某某国际行动计划》第四次审查和评价"): the
// running header's second line, furniture, not a paragraph and not text
// glued into the paragraph that runs on over the page break.
TEST(KindsReal, TitleRepeatedUnderTheSymbolAtAPagesTopIsARunningHeader) {
  const std::string title = "《某某国际行动计划》第四次审查和评价";
  Document d = doc_of(
      "联合国\tE/RES/2023/15\n经济及社会理事会\tDistr.: General\n15 June 2023\n2023年届会\n议程项目19(b)\n"
      "社会和人权问题：社会发展\n2023年6月7日经济及社会理事会决议\n[根据某职司委员会的建议(E/2023/98)通过]\n"
      "2023/15.\t" + title + "\n经济及社会理事会，\n"
      "回顾某次世界大会通过的《某某国际行动计划》，\n"
      "1.\t欢迎各区域为第四次审查和评价工作开展的区域审查，并注意到各次区域会\n议的成果；\n"
      "2.\t鼓励会员国继续努力将有关问题纳入国家发展政策和战略，特别是在社\n"
      "1/2\t23-11532\n\fE/RES/2023/15\n\n" + title + "\n\n"
      "会服务和卫生领域；\n3.\t请秘书长就本决议的执行情况提出报告。\n"
      "2023年6月7日\n第18次全体会议\n2/2\t23-11532\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, title);
  bool header = false;
  for (const auto& f : d.furniture) header |= f.text == title;
  EXPECT_TRUE(header);
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
    EXPECT_EQ(p->text.find("审查和评价会服务"), std::string::npos) << p->text;
  const auto paras = test::nodes_of(d, NodeKind::Paragraph);
  ASSERT_FALSE(paras.empty());
  EXPECT_EQ(paras.back()->paragraph_number, 3);
}

}  // namespace

namespace {

// A Special Committee's working paper: its title "X关于Y的工作文件" set over two
// lines, the first ending at a closing book mark ("…《某某公约》"), the second
// naming the kind ("第十条…的工作文件"): one title line, a working paper,
// and nothing of it left as a paragraph.
TEST(KindsReal, WorkingPapersTitleOverTwoLinesAfterGuanyu) {
  Document d = doc_of(
      "联合国\tA/AC.182/2023/L.3\n大 会\tDistr.: Limited\n22 February 2023\nChinese\nOriginal: English\n\n"
      "某某问题特别委员会\n2023年2月20日至3月2日\n和平解决争端\n\n"
      "某集团关于大会第77/999号决议所述《某某公约》\n"
      "第十条所列其他合作方式的工作文件\n\n"
      "1.\t大会在多项决议中请特别委员会继续审议这一问题。\n"
      "2.\t为便于讨论，某集团谨提出以下几个可能的分专题。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "working_paper");
  const auto& fm = d.front_matter;
  const std::string whole =
      "某集团关于大会第77/999号决议所述《某某公约》第十条所列其他合作方式的工作文件";
  EXPECT_TRUE((fm.title && *fm.title == whole) || (fm.subtitle && *fm.subtitle == whole));
  EXPECT_TRUE(fm.paragraphs.empty());
}

}  // namespace

namespace {

// An ECOSOC decision whose own title names a report ("2023/205. 某专家组
// 2023年届会的报告"), under its adoption line: the title is the decision's, not
// a report's line that the agenda item's title would stand above.
TEST(KindsReal, NumberedDecisionsTitleNamingAReportStaysTheTitle) {
  Document d = doc_of(
      "联合国\tE/DEC/2023/205\n经济及社会理事会\tDistr.: General\n20 June 2023\n\n2023年届会\n议程项目18(i)\n"
      "经济和环境问题：某专题\n\n2023年6月6日经济及社会理事会决定\n"
      "2023/205.\t某专家组2023年届会的报告\n"
      "在2023年6月6日第12次全体会议上，经济及社会理事会注意到某专家组2023年届会的报告。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "decision");
  const auto& fm = d.front_matter;
  ASSERT_TRUE(fm.title);
  EXPECT_EQ(*fm.title, "某专家组2023年届会的报告");
  EXPECT_FALSE(fm.subtitle);
  ASSERT_TRUE(fm.resolution_number);
  EXPECT_EQ(*fm.resolution_number, "2023/205");
}

}  // namespace

namespace {

// A letter's paragraph that opens with a preamble's word and ends a sentence
// ("鉴于上述情况，我们吁请各方…。") is text, not a preambular clause (which
// ends in a comma, below an enacting formula).
TEST(KindsReal, LettersSentenceOpeningWithJianyuIsNoPreamble) {
  Document d = doc_of(std::string(kEcosocMasthead) +
                      "2023年6月15日某国常驻联合国代表给经济及社会理事会主席的信\n\n"
                      "奉我国政府指示，谨致函阁下，表达我国的严重关切。\n"
                      "鉴于上述情况，我们吁请各方尊重有关的国际规范。\n"
                      "请将本函作为理事会议程项目19下的文件分发为荷。\n\n某某(签名)\n大使\n常驻代表\n");
  const auto paras = test::nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 3u);
  for (const Node* p : paras) EXPECT_EQ(p->paragraph_kind, "unnumbered") << p->text;
}

}  // namespace

namespace {

// A resolution's preambular clauses hard-wrapped, one ending a full line with
// its comma, the next opening with the words the real clauses of 2023 open
// with beyond the bare verbs: 特别回顾…, 在这方面表示注意到…, 审议了…: each a
// clause of its own, not the wrapped text of the one above.
TEST(KindsReal, PreambularClausesOpeningWithTebieZaizheFangmianShenyile) {
  const std::string longer =
      "重申各国应根据国际法履行其各项义务，采取有效措施预防和应对有关的威胁，并在这方面加强国际合作与协调，"
      "同时确保所采取的一切措施符合其根据国际法承担的义务，\n";
  const std::string full = "又回顾关于某一专题的技术援助和立法援助的全部相关决议，尤其是最近的决议，\n";
  const std::string src =
      "=联合国\tA/RES/78/999\n=大会\tDistr.: General\n=19 December 2023\n=第七十八届会议\n=议程项目108\n"
      "=预防犯罪和刑事司法\n=2023年12月18日大会决议\n=78/999.\t某领域的技术援助\n=大会，\n" +
      longer + longer + full + "特别回顾其2020年12月16日第75/999号决议，其中请有关办公室继续提供支持，\n" +
      longer + full + "在这方面表示注意到若干会员国加入了有关的国际公约和议定书，\n" + longer + full +
      "审议了秘书长关于这一问题的报告，\n" + longer +
      "1.\t敦促会员国考虑采取进一步措施，并请有关办公室继续提供援助；\n"
      "2.\t请秘书长就本决议的执行情况提出报告。\n";
  Document d = doc_of(wrapped(src, 72));
  size_t preamble = 0;
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph)) {
    if (p->paragraph_kind == "preambular") ++preamble;
    for (const char* opening : {"特别回顾", "在这方面表示注意到", "审议了"})
      if (p->text.find(opening) != std::string::npos) EXPECT_EQ(p->text.find(opening), 0u) << p->text;
  }
  EXPECT_EQ(preamble, 11u);
}

}  // namespace

namespace {

// A letter with two annexes, each opening with a caption that names it by its
// numeral ("…给安全理事会主席的信的附件一"), whole on its line or broken over two
// ("…主席的信的" / "附件一", "…主席的" / "信的附件二"): two annexes numbered 一 and
// 二, captions and titles read; the letter's text, signature and the annexes'
// paragraphs each where they belong.
TEST(KindsReal, LettersAnnexesCaptionedWithTheirNumerals) {
  const std::string head =
      "联合国\tS/2023/600\n安全理事会\tDistr.: General\n10 August 2023\nChinese\nOriginal: English\n\n"
      "2023年8月9日某国常驻联合国代表给安全理事会主席的信\n\n"
      "谨随函转递某国外交部的两份声明(见附件一和附件二)。\n请将本函及其附件作为安全理事会的文件分发为荷。\n\n"
      "某某某(签名)\n大使\n常驻代表\n\n";
  const std::string one = "\n某国外交部2023年8月1日的声明\n1.\t某国政府对该区域局势的最新发展深表关切。\n"
                          "2.\t某国政府呼吁各方保持最大限度的克制。\n\n";
  const std::string two = "\n某国外交部2023年8月5日的声明\n某国政府欢迎安全理事会就该问题举行紧急会议。\n";
  const std::string caption = "2023年8月9日某国常驻联合国代表给安全理事会主席的信的附件";
  for (const auto& [c1, c2] : {std::pair<std::string, std::string>{caption + "一", caption + "二"},
                               {"2023年8月9日某国常驻联合国代表给安全理事会主席的信的\n附件一",
                                "2023年8月9日某国常驻联合国代表给安全理事会主席的\n信的附件二"}}) {
    SCOPED_TRACE(c1);
    Document d = doc_of(head + c1 + one + c2 + two);
    ASSERT_TRUE(d.kind);
    EXPECT_EQ(*d.kind, "letter");
    EXPECT_TRUE(d.front_matter.paragraphs.empty());
    EXPECT_EQ(test::nodes_of(d, NodeKind::Paragraph).size(), 2u);
    EXPECT_EQ(d.closing.size(), 3u);
    ASSERT_EQ(d.annexes.size(), 2u);
    EXPECT_EQ(d.annexes[0].number, "一");
    EXPECT_EQ(d.annexes[1].number, "二");
    EXPECT_EQ(d.annexes[0].caption, caption + "一");
    EXPECT_EQ(d.annexes[1].caption, caption + "二");
    EXPECT_EQ(d.annexes[0].title, "某国外交部2023年8月1日的声明");
    EXPECT_EQ(d.annexes[1].title, "某国外交部2023年8月5日的声明");
    EXPECT_EQ(d.annexes[0].children.size(), 2u);
    EXPECT_EQ(d.annexes[1].children.size(), 1u);
  }
}

}  // namespace

namespace {

// The Special Committee on decolonization's working paper: the committee's
// long name (over twenty characters) above the territory's name and the line
// naming the kind (秘书处编写的工作文件): the name a note of the masthead, the
// territory the title, the kind line its subtitle, a working paper.
TEST(KindsReal, DecolonizationCommitteesWorkingPaper) {
  Document d = doc_of(
      "联合国\tA/AC.109/2023/2\n大会\tDistr.: General\n16 February 2023\nChinese\nOriginal: English\n\n"
      "给予殖民地国家和人民独立宣言执行情况特别委员会\n\n某领土\n\n秘书处编写的工作文件\n\n"
      "一.\t领土概况\n1.\t某领土是一个由若干岛屿组成的领土。\n2.\t该领土的人口有所增加。\n"
      "二.\t预算\n3.\t该领土本财政年度的预算有所增加。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "working_paper");
  const auto& fm = d.front_matter;
  EXPECT_EQ(fm.title, "某领土");
  EXPECT_EQ(fm.subtitle, "秘书处编写的工作文件");
  ASSERT_FALSE(fm.notes.empty());
  EXPECT_EQ(fm.notes.back(), "给予殖民地国家和人民独立宣言执行情况特别委员会");
  EXPECT_TRUE(fm.paragraphs.empty());
}

}  // namespace

namespace {

// A title that opens 关于 and the kind's line whole below it ("关于…的非正式互动
// 听询会" / "大会主席的说明"): title and subtitle, the kind's line not joined to
// the title as a title cut before its kind's word would be.
TEST(KindsReal, TitleWithGuanyuKeepsItsSubtitle) {
  Document d = doc_of(
      "联合国\tA/78/850\n大会\tDistr.: General\n14 March 2024\nChinese\nOriginal: English\n\n第七十八届会议\n"
      "议程项目19\n全球化和相互依存\n\n关于国际移徙与发展的高级别对话的非正式互动听询会\n大会主席的说明\n\n"
      "大会主席谨转递2024年5月16日举行的非正式互动听询会的议程安排（见附件）。\n");
  const auto& fm = d.front_matter;
  EXPECT_EQ(fm.title, "关于国际移徙与发展的高级别对话的非正式互动听询会");
  EXPECT_EQ(fm.subtitle, "大会主席的说明");
}

}  // namespace

namespace {

// A document of the high-level political forum: the forum and the organ it
// meets under (可持续发展高级别政治论坛 / 由经济及社会理事会主持召开), its dates,
// its theme over two lines, then, set apart, the document's title with its
// kind's line under it (…提交的材料汇编 / 秘书处的说明): the title is the line
// over the kind's line, the theme and the forum's lines notes, a note.
TEST(KindsReal, ForumsThemeAboveTheTitleIsANote) {
  Document d = doc_of(
      "联合国\tE/HLPF/2023/4\n经济及社会理事会\tDistr.: General\n2 May 2023\nChinese\nOriginal: English\n\n"
      "可持续发展高级别政治论坛\n由经济及社会理事会主持召开\n2023年7月10日至19日\n"
      "加快疫后恢复并在各级\n全面落实《某某议程》\n\n"
      "由理事会各附属机构和其他论坛提交的材料汇编\n\n秘书处的说明\n\n"
      "秘书处谨转递上述材料汇编。\n\n一.\t导言\n"
      "1.\t本汇编概述了所提交材料中的主要信息。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "note");
  const auto& fm = d.front_matter;
  EXPECT_EQ(fm.title, "由理事会各附属机构和其他论坛提交的材料汇编");
  EXPECT_EQ(fm.subtitle, "秘书处的说明");
  const std::vector<std::string> notes = {"可持续发展高级别政治论坛", "由经济及社会理事会主持召开", "2023年7月10日至19日",
                                          "加快疫后恢复并在各级全面落实《某某议程》"};
  EXPECT_EQ(fm.notes, notes);
  ASSERT_EQ(fm.paragraphs.size(), 1u);
}

}  // namespace

namespace {

// A draft resolution whose sponsor's line carries footnote markers between
// its colon and 决议草案 ("某国：*，** 决议草案", the markers' notes saying whom
// the sponsor speaks for): the sponsor's line the subtitle, the draft's own
// title the title, the markers linked.
TEST(KindsReal, SponsorsLineWithMarkersIsTheSubtitle) {
  Document d = doc_of(
      "联合国\tE/2023/L.22\n经济及社会理事会\tDistr.: Limited\n12 July 2023\nChinese\nOriginal: English\n\n"
      "2023年届会\n议程项目16\n某地局势造成的经济和社会影响\n\n某国：*，** 决议草案\n某地妇女状况和向某地妇女提供援助\n"
      "经济及社会理事会，\n审议了秘书长的报告，\n1.\t吁请国际社会继续优先关注妇女和女童的状况；\n"
      "2.\t请秘书长继续审查这一状况。\n\n* 代表某一国家集团。\n** 案文以一种语文提交。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "resolution");
  const auto& fm = d.front_matter;
  EXPECT_EQ(fm.title, "某地妇女状况和向某地妇女提供援助");
  ASSERT_TRUE(fm.subtitle);
  EXPECT_TRUE(fm.subtitle->starts_with("某国：")) << *fm.subtitle;
  ASSERT_EQ(d.footnotes.size(), 2u);
  for (const auto& f : d.footnotes) EXPECT_FALSE(f.refs.empty()) << f.id;
}

// A regional commission's own decision, annexed to the Council's resolution
// that endorses it: its formula ("欧洲经济委员会，") alone on its line is an
// enacting formula, so the decision's title above it is no part of it.
TEST(KindsReal, CommissionsFormulaInAnAnnexedDecision) {
  Document d = doc_of(
      "联合国\tE/RES/2023/21\n经济及社会理事会\tDistr.: General\n1 August 2023\n\n2023年届会\n议程项目15\n区域合作\n"
      "2023年7月25日经济及社会理事会决议\n[根据某区域委员会的建议(E/2023/97)通过]\n"
      "2023/21.\t实施某一快速反应机制\n经济及社会理事会，\n注意到欧洲经济委员会的决定，\n"
      "1.\t核可该决定，该决定载于本决议附件。\n第43次全体会议\n2023年7月25日\n"
      "附件\nK (71)号决定\n实施某一快速反应机制\n欧洲经济委员会，\n回顾缔约方会议第VII/9号决定，\n"
      "1.\t核可快速反应机制；\n2.\t请执行秘书提供支持。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  bool formula = false;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind != NodeKind::Paragraph) return;
    EXPECT_EQ(n.text.find("机制欧洲经济委员会"), std::string::npos) << n.text;
    if (n.text == "欧洲经济委员会，") formula = n.paragraph_kind == "formula";
  });
  EXPECT_TRUE(formula);
}

}  // namespace

namespace {

// A letter quoting a resolution's provisions, a line each, the last ending
// with its stop inside the closing quote ("…有效贡献。”"): the letter's next
// paragraph ("鉴于上述情况，…") opens a paragraph of its own, not the quote's
// line going on.
TEST(KindsReal, QuotedItemEndingInStopThenQuoteEndsItsParagraph) {
  Document d = doc_of(std::string(kEcosocMasthead) +
                      "2023年3月30日某国常驻联合国代表团临时代办给经济及社会理事会主席的信\n\n"
                      "谨此致函，提请注意最近发生的一起事件。\n"
                      "因此，值得回顾理事会第1999/99号决议所载的有关规定：\n"
                      "“(a) 倘某一组织从事违背其宗旨的活动；\n"
                      "“(b) 倘某一组织的资金来源不明；\n"
                      "“(c) 倘某一组织在过去三年内未作出任何贡献。”\n"
                      "鉴于上述情况，理事会应迅速处理这一问题。\n"
                      "请将本函作为经济及社会理事会议程项目19下的文件分发为荷。\n\n某某某(签名)\n");
  const auto paras = test::nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 7u);
  EXPECT_TRUE(paras[4]->text.ends_with("贡献。”")) << paras[4]->text;
  EXPECT_TRUE(paras[5]->text.starts_with("鉴于上述情况")) << paras[5]->text;
}

}  // namespace

namespace {

// An executive board's report: the summary in the front matter, then a short
// unnumbered heading over paragraph 1 ("概述"), and at its end the draft
// decision under its bare head ("决定草案" / "执行局" / "注意到…。"): the heading
// the body's first, the draft's head a heading over the board's formula.
TEST(KindsReal, ExecutiveBoardReportsFirstHeadingAndDraftDecision) {
  Document d = doc_of(
      "联合国\tE/ICEF/2023/14\n经济及社会理事会\tDistr.: General\n12 April 2023\nChinese\nOriginal: English\n"
      "供作决定\n联合国儿童基金会\n执行局\n2023年年度会议\n2023年6月13日至16日\n临时议程*项目4\n"
      "某项工作的年度报告\n摘要\n本报告介绍了过去一年的主要成果。\n"
      "决定草案载于第三节。\n概述\n1.\t过去一年，各项工作总体进展顺利。\n结论\n"
      "2.\t今后仍需加强协调。\n决定草案\n执行局\n"
      "注意到某项工作的年度报告（E/ICEF/2023/99）。\n* E/ICEF/2023/8。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "report");
  for (const auto& p : d.front_matter.paragraphs) EXPECT_NE(p.text, "概述");
  std::vector<std::string> headings;
  for (const Node* s : test::nodes_of(d, NodeKind::Section)) headings.push_back(s->title);
  EXPECT_EQ(headings, (std::vector<std::string>{"概述", "结论", "决定草案"}));
  const auto paras = test::nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 4u);
  EXPECT_EQ(paras[2]->paragraph_kind, "formula");
}

}  // namespace

namespace {

// A Disarmament Commission working paper whose submitter's line is set over
// two lines in a narrow column, neither part a submitter's line alone
// ("甲国、乙国和丙国" / "提交的工作文件", "…提交的工作" / "文件"): one title, a working paper.
TEST(KindsReal, SubmittersLineOverTwoLines) {
  for (const char* lines : {"甲国、乙国和丙国\n提交的工作文件", "甲国、乙国和丙国提交的工作\n文件"}) {
    SCOPED_TRACE(lines);
    Document d = doc_of(std::string(
                            "联合国\tA/CN.10/2023/WP.3\n大 会\tDistr.: General\n14 April 2023\nChinese\nOriginal: English\n\n"
                            "裁军审议委员会\n2023年实质性会议\n2023年4月3日至21日，纽约\n议程项目5\n"
                            "关于某一领域建立信任措施的建议\n") +
                        lines +
                        "\n建立信任措施有助于减少误解和误判。\n"
                        "各国应在这方面加强对话。\n");
    ASSERT_TRUE(d.kind);
    EXPECT_EQ(*d.kind, "working_paper");
    EXPECT_EQ(d.front_matter.title, "甲国、乙国和丙国提交的工作文件");
    EXPECT_FALSE(d.front_matter.subtitle);
  }
}

}  // namespace

namespace {

// A figure's label alone on its line with its caption below ("图一" /
// "理事会历年关于工作队的决议要点"), then the text goes on: a paragraph
// of the label and caption, not a heading that takes the text below it in.
TEST(KindsReal, FigureLabelIsNoHeading) {
  Document d = doc_of(
      "联合国\tE/2023/70\n经济及社会理事会\tDistr.: General\n3 May 2023\nChinese\nOriginal: English\n\n"
      "2023年届会\n议程项目12(d)\n协调、方案和其他问题：某专题\n"
      "某专题机构间工作队\n秘书长的说明\n"
      "秘书长谨转递某组织负责人的报告。\n"
      "一.\t导言\n1.\t本报告介绍了工作队过去一年的工作。\n图一\n"
      "理事会历年关于工作队的决议要点\n"
      "2.\t工作队的战略有四个优先事项。\n3.\t工作队继续支持各国政府。\n");
  for (const Node* s : test::nodes_of(d, NodeKind::Section)) EXPECT_NE(s->title, "图一");
  const auto paras = test::nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(paras.size(), 4u);
  EXPECT_TRUE(paras[1]->text.starts_with("图一")) << paras[1]->text;
  EXPECT_EQ(paras[3]->paragraph_number, 3);
}

}  // namespace

namespace {

// A permanent observer signs a letter as a representative does
// ("巴勒斯坦国常驻联合国观察员" over "某某(签名)"): both lines the signature.
TEST(KindsReal, LetterSignedByAPermanentObserver) {
  Document d = doc_of(std::string(kEcosocMasthead) +
                      "2023年7月20日巴勒斯坦国常驻联合国观察员给经济及社会理事会主席的信\n\n"
                      "谨提及经济及社会理事会的有关决议草案。\n"
                      "请将本函作为理事会议程项目21下的文件分发为荷。\n\n巴勒斯坦国常驻联合国观察员\n某某(签名)\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "letter");
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[0].text, "巴勒斯坦国常驻联合国观察员");
  EXPECT_EQ(test::nodes_of(d, NodeKind::Paragraph).size(), 2u);
}

}  // namespace

}  // namespace undoc_test_kinds_real_test
