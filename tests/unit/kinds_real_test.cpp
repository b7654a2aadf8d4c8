// Kinds of document in the real wording of 2023's documents (helper 8):
// letters and notes verbales (their signatures, several senders), ECOSOC
// resolutions recommending a draft to the Assembly, working papers. The texts
// are written here in the real conventions, not copied.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using test::doc_of;

const char* kEcosocMasthead =
    "联合国\tE/2023/110\n经济及社会理事会\tDistr.: General\n24 July 2023\nChinese\nOriginal: English\n\n"
    "2023年届会\n2022年7月25日至2023年7月26日\n议程项目19\n社会和人权问题\n\n";

// A letter signed by a permanent representative "to the United Nations"
// (尼加拉瓜共和国常驻联合国代表), the role above the name or below it: both
// lines are the letter's signature, not paragraphs of its body.
TEST(KindsReal, LetterSignedByARepresentativeToTheUnitedNations) {
  for (bool role_first : {true, false}) {
    SCOPED_TRACE(role_first);
    const std::string sig = role_first ? "某国常驻联合国代表\n某某·某某(签名)\n" : "某某·某某(签名)\n某国常驻联合国代表\n";
    Document d = doc_of(std::string(kEcosocMasthead) +
                        "2023年7月20日某国常驻联合国代表给经济及社会理事会主席的信\n\n"
                        "我们谨提及经济及社会理事会的有关决定草案。\n"
                        "请将本函作为理事会议程项目19的文件印发为荷。\n\n" + sig);
    ASSERT_TRUE(d.kind);
    EXPECT_EQ(*d.kind, "letter");
    ASSERT_EQ(d.closing.size(), 2u);
    for (const auto& c : d.closing) EXPECT_EQ(c.kind, "signature") << c.text;
    for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
      EXPECT_EQ(p->text.find("常驻联合国代表"), std::string::npos) << p->text;
  }
}

// A letter from several representatives, listed after the title's colon
// ("…下列国家常驻联合国代表致会议委员会主席的信：甲国、乙国和丙国"), its verb 致
// rather than 给: a letter, its date, sender and addressee read; each
// representative's title and name a signature.
TEST(KindsReal, LetterOfSeveralSendersListedAfterTheTitle) {
  Document d = doc_of(
      "联合国\tA/AC.172/2023/3\n大 会\tDistr.: General\n14 August 2023\nChinese\nOriginal: English\n\n"
      "会议委员会\n2023年实质性会议\n\n"
      "2023年8月10日下列国家常驻联合国代表致会议委员会主席的信：甲国、乙国和丙国\n\n"
      "几千年来，这一节日一直是全球最重要的节日之一。\n"
      "为此，请将本函作为会议委员会的文件分发以便其2023年实质性会议审议为荷。\n\n"
      "甲国常驻联合国代表\n某甲(签名)\n乙国常驻联合国代表\n某乙(签名)\n丙国常驻联合国代表\n某丙(签名)\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "letter");
  ASSERT_TRUE(d.front_matter.letter);
  const auto& h = *d.front_matter.letter;
  EXPECT_EQ(h.date, "2023-08-10");
  EXPECT_EQ(h.sender, "下列国家常驻联合国代表");
  EXPECT_EQ(h.addressee, "会议委员会主席");
  EXPECT_EQ(d.closing.size(), 6u);
  EXPECT_EQ(test::nodes_of(d, NodeKind::Paragraph).size(), 2u);
}

}  // namespace

namespace {

// An ECOSOC resolution recommending a draft to the General Assembly: its
// number and title, the title set over two lines ("2023/19. …在反恐方面" /
// "提供的技术援助"), the Council's formula ("经济及社会理事会", no comma in the
// Chinese text, or with one) over "建议大会通过下列决议草案：", then the draft's
// own formula (大会，), preamble and operative paragraphs.
std::string ecosoc_recommending(const char* council) {
  return std::string(
             "联合国\tE/RES/2023/19\n经济及社会理事会\tDistr.: General\n1 August 2023\n\n"
             "2023年届会\n议程项目19(c)\n社会与人权问题：预防犯罪和刑事司法\n\n"
             "2023年7月25日经济及社会理事会决议\n[根据预防犯罪和刑事司法委员会的建议(E/2023/30)通过]\n"
             "2023/19.\t某办公室在反恐方面\n提供的技术援助\n") +
         council +
         "\n建议大会通过下列决议草案：\n大会，\n重申恐怖主义是对国际和平与安全的最严重威胁之一，\n"
         "1.\t敦促会员国考虑加入现行反恐相关国际公约；\n2.\t请秘书长向大会第八十届会议报告本决议的执行情况。\n"
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
    EXPECT_EQ(*fm.title, "某办公室在反恐方面提供的技术援助");
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
      "某国常驻联合国代表团一贯坚定地致力于联合国难民事务高级专员方案的目标，并积极参与国际社会为保护难民和境内流离失所"
      "者所作的努力，以减轻冲突造成的人道主义后果，并为受影响的人口提供保护和援助。\n";
  const std::string src =
      "=联合国\tE/2023/85\n=经济及社会理事会\tDistr.: General\n=5 May 2023\n=Chinese\n=Original: English\n"
      "=2023年届会\n=2022年7月25日至2023年7月26日\n=议程项目19(e)\n=社会和人权问题：联合国难民事务高级专员\n"
      "=2023年4月26日某国常驻联合国代表团给秘书长的普通照会\n" +
      para + para + para +
      "某国常驻联合国代表团谨请秘书长将该国成为执行委员会成员的请求通报经济及社会理事会，并借此机会再次向秘书长表示最崇高的敬意。\n"
      "=2023年4月26日某国常驻联合国代表团给秘书长的普通照会的附件\n=某国申请成为执行委员会成员\n"
      "一、某国高度重视与联合国难民事务高级专员公署的合作，以减轻冲突造成的人道主义后果，并为受影响的人口提供援助。\n"
      "二、目前，约有一千多万人依然背井离乡，其中包括数百万境内流离失所者和在各国登记的难民，他们的需要日益增加。\n"
      "三、某国政府认为，它在处理被迫流离失所问题方面的丰富经验、专门知识和实际解决办法将有助于执行委员会的工作。\n"
      "四、这场人道主义危机的性质变得越来越复杂，需要国际社会作出持续和协调一致的应对，包括向收容社区提供支助。\n";
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
// ("E/RES/2023/15" / "2002年《马德里老龄问题国际行动计划》第四次审查和评价"): the
// running header's second line, furniture, not a paragraph and not text
// glued into the paragraph that runs on over the page break.
TEST(KindsReal, TitleRepeatedUnderTheSymbolAtAPagesTopIsARunningHeader) {
  const std::string title = "2002年《马德里老龄问题国际行动计划》第四次审查和评价";
  Document d = doc_of(
      "联合国\tE/RES/2023/15\n经济及社会理事会\tDistr.: General\n15 June 2023\n2023年届会\n议程项目19(b)\n"
      "社会和人权问题：社会发展\n2023年6月7日经济及社会理事会决议\n[根据社会发展委员会的建议(E/2023/26)通过]\n"
      "2023/15.\t" + title + "\n经济及社会理事会，\n"
      "回顾2002年在马德里举行的第二次老龄问题世界大会通过的《马德里老龄问题国际行动计划》，\n"
      "1.\t欢迎各区域委员会为第四次审查和评价工作举行的区域审查，并注意到各次区\n域会议的成果；\n"
      "2.\t鼓励会员国继续努力将老龄问题纳入国家发展政策和战略的主流，特别是在社\n"
      "1/2\t23-11532\n\fE/RES/2023/15\n\n" + title + "\n\n"
      "会保护、卫生和长期护理领域；\n3.\t请秘书长向社会发展委员会第六十二届会议报告本决议的执行情况。\n"
      "2023年6月7日\n第18次全体会议\n2/2\t23-11532\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, title);
  bool header = false;
  for (const auto& f : d.furniture) header |= f.text == title;
  EXPECT_TRUE(header);
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
    EXPECT_EQ(p->text.find("审查和评价会保护"), std::string::npos) << p->text;
  const auto paras = test::nodes_of(d, NodeKind::Paragraph);
  ASSERT_FALSE(paras.empty());
  EXPECT_EQ(paras.back()->paragraph_number, 3);
}

}  // namespace

namespace {

// A Special Committee's working paper: its title "X关于Y的工作文件" set over two
// lines, the first ending at a closing book mark ("…《联合国宪章》"), the second
// naming the kind ("第三十三条…的工作文件"): one title line, a working paper,
// and nothing of it left as a paragraph.
TEST(KindsReal, WorkingPapersTitleOverTwoLinesAfterGuanyu) {
  Document d = doc_of(
      "联合国\tA/AC.182/2023/L.3\n大 会\tDistr.: Limited\n22 February 2023\nChinese\nOriginal: English\n\n"
      "联合国宪章和加强联合国作用特别委员会\n2023年2月21日至3月1日\n和平解决争端\n\n"
      "某运动关于确定大会第77/109号决议第5(b)段所写的《联合国宪章》\n"
      "第三十三条第一项所列和平解决争端的其他可能方法的工作文件\n\n"
      "1.\t大会在一系列决议中，请特别委员会在其届会上继续审议关于和平解决国家间争端的问题。\n"
      "2.\t为方便讨论，某运动谨就第77/109号决议第5(b)段提出以下可能的分专题。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "working_paper");
  const auto& fm = d.front_matter;
  const std::string whole =
      "某运动关于确定大会第77/109号决议第5(b)段所写的《联合国宪章》第三十三条第一项所列和平解决争端的其他可能方法的工作文件";
  EXPECT_TRUE((fm.title && *fm.title == whole) || (fm.subtitle && *fm.subtitle == whole));
  EXPECT_TRUE(fm.paragraphs.empty());
}

}  // namespace

namespace {

// An ECOSOC decision whose own title names a report ("2023/205. 联合国地名专家组
// 2023年届会的报告"), under its adoption line: the title is the decision's, not
// a report's line that the agenda item's title would stand above.
TEST(KindsReal, NumberedDecisionsTitleNamingAReportStaysTheTitle) {
  Document d = doc_of(
      "联合国\tE/DEC/2023/205\n经济及社会理事会\tDistr.: General\n20 June 2023\n\n2023年届会\n议程项目18(i)\n"
      "经济和环境问题：地理空间信息\n\n2023年6月6日经济及社会理事会决定\n"
      "2023/205.\t联合国地名专家组2023年届会的报告\n"
      "在2023年6月6日第12次全体会议上，经济及社会理事会注意到联合国地名专家组2023年届会的报告。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "decision");
  const auto& fm = d.front_matter;
  ASSERT_TRUE(fm.title);
  EXPECT_EQ(*fm.title, "联合国地名专家组2023年届会的报告");
  EXPECT_FALSE(fm.subtitle);
  ASSERT_TRUE(fm.resolution_number);
  EXPECT_EQ(*fm.resolution_number, "2023/205");
}

}  // namespace

namespace {

// A letter's paragraph that opens with a preamble's word and ends a sentence
// ("鉴于上述情况，我们呼吁会员国…。") is text, not a preambular clause (which
// ends in a comma, below an enacting formula).
TEST(KindsReal, LettersSentenceOpeningWithJianyuIsNoPreamble) {
  Document d = doc_of(std::string(kEcosocMasthead) +
                      "2023年6月15日某国常驻联合国代表给经济及社会理事会主席的信\n\n"
                      "奉我国政府指示，谨致函阁下，表达我国的严重关切。\n"
                      "鉴于上述情况，我们呼吁会员国遵守关于保护地名的规范和安排。\n"
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
      "重申一切形式和表现的恐怖主义是对国际和平与安全的最严重威胁之一，一切恐怖主义行为，无论其动机为何、在何时发生、"
      "何人所为，都是不可开脱的犯罪行为，\n";
  const std::string full = "又回顾联合国关于反恐技术援助和立法援助的所有相关决议，特别是最近的决议，\n";
  const std::string src =
      "=联合国\tA/RES/78/999\n=大会\tDistr.: General\n=19 December 2023\n=第七十八届会议\n=议程项目108\n"
      "=预防犯罪和刑事司法\n=2023年12月18日大会决议\n=78/999.\t反恐方面的技术援助\n=大会，\n" +
      longer + longer + full + "特别回顾其2019年12月18日第74/175号决议，其中除其他外吁请有关办公室进一步加强技术援助，\n" +
      longer + full + "在这方面表示注意到若干会员国加入了有关的国际公约和议定书，\n" + longer + full +
      "审议了秘书长关于实施国际反恐公约和议定书方面的技术援助的报告，\n" + longer +
      "1.\t敦促尚未加入现行反恐相关国际公约和议定书的会员国考虑加入，并请有关办公室继续提供援助；\n"
      "2.\t请秘书长向大会第七十九届会议提交报告，说明本决议的执行情况。\n";
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
      "一.\t领土概况\n1.\t某领土是联合国列入非自治领土名单的一个领土。\n2.\t该领土由七个岛屿组成。\n"
      "二.\t预算\n3.\t该领土2022财政年度的预算约为2.5亿美元。\n");
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
// kind's line under it (…提交的材料汇总 / 秘书处的说明): the title is the line
// over the kind's line, the theme and the forum's lines notes, a note.
TEST(KindsReal, ForumsThemeAboveTheTitleIsANote) {
  Document d = doc_of(
      "联合国\tE/HLPF/2023/4\n经济及社会理事会\tDistr.: General\n2 May 2023\nChinese\nOriginal: English\n\n"
      "可持续发展高级别政治论坛\n由经济及社会理事会主持召开\n2023年7月10日至19日\n"
      "加快冠状病毒病(COVID-19)疫后复苏和在各级\n全面落实《2030年可持续发展议程》\n\n"
      "由经济及社会理事会各职司委员会以及其他政府间机构和论坛提交的材料汇总\n\n秘书处的说明\n\n"
      "秘书处谨转递由各职司委员会以及其他政府间机构和论坛提交的材料汇总。\n\n一.\t导言\n"
      "1.\t本汇总概述了各职司委员会和其他机构提交的材料中的主要信息。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "note");
  const auto& fm = d.front_matter;
  EXPECT_EQ(fm.title, "由经济及社会理事会各职司委员会以及其他政府间机构和论坛提交的材料汇总");
  EXPECT_EQ(fm.subtitle, "秘书处的说明");
  const std::vector<std::string> notes = {"可持续发展高级别政治论坛", "由经济及社会理事会主持召开", "2023年7月10日至19日",
                                          "加快冠状病毒病(COVID-19)疫后复苏和在各级全面落实《2030年可持续发展议程》"};
  EXPECT_EQ(fm.notes, notes);
  ASSERT_EQ(fm.paragraphs.size(), 1u);
}

}  // namespace

namespace {

// A draft resolution whose sponsor's line carries footnote markers between
// its colon and 决议草案 ("古巴：*，** 决议草案", the markers' notes saying whom
// the sponsor speaks for): the sponsor's line the subtitle, the draft's own
// title the title, the markers linked.
TEST(KindsReal, SponsorsLineWithMarkersIsTheSubtitle) {
  Document d = doc_of(
      "联合国\tE/2023/L.22\n经济及社会理事会\tDistr.: Limited\n12 July 2023\nChinese\nOriginal: English\n\n"
      "2023年届会\n议程项目16\n某地局势造成的经济和社会影响\n\n古巴：*，** 决议草案\n某地妇女状况和向某地妇女提供援助\n"
      "经济及社会理事会，\n审议了秘书长的报告，\n1.\t吁请国际社会继续优先关注妇女和女童的状况；\n"
      "2.\t请秘书长继续审查这一状况。\n\n* 代表作为77国集团成员的联合国会员国。\n** 本决议草案的案文以英文提交。\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "resolution");
  const auto& fm = d.front_matter;
  EXPECT_EQ(fm.title, "某地妇女状况和向某地妇女提供援助");
  ASSERT_TRUE(fm.subtitle);
  EXPECT_TRUE(fm.subtitle->starts_with("古巴：")) << *fm.subtitle;
  ASSERT_EQ(d.footnotes.size(), 2u);
  for (const auto& f : d.footnotes) EXPECT_FALSE(f.refs.empty()) << f.id;
}

// A regional commission's own decision, annexed to the Council's resolution
// that endorses it: its formula ("欧洲经济委员会，") alone on its line is an
// enacting formula, so the decision's title above it is no part of it.
TEST(KindsReal, CommissionsFormulaInAnAnnexedDecision) {
  Document d = doc_of(
      "联合国\tE/RES/2023/21\n经济及社会理事会\tDistr.: General\n1 August 2023\n\n2023年届会\n议程项目15\n区域合作\n"
      "2023年7月25日经济及社会理事会决议\n[根据欧洲经济委员会的建议(E/2023/15/Add.1)通过]\n"
      "2023/21.\t实施保护环境维权者快速反应机制\n经济及社会理事会，\n注意到欧洲经济委员会的决定，\n"
      "1.\t核可该决定，该决定载于本决议附件。\n第43次全体会议\n2023年7月25日\n"
      "附件\nJ (70)号决定\n实施保护环境维权者快速反应机制\n欧洲经济委员会，\n回顾缔约方会议第VII/9号决定，\n"
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
                      "谨此致函，以提及2023年3月22日发生的又一起令人遗憾的事件。\n"
                      "因此，值得回顾理事会第1996/31号决议第57段所载的内容和规定：\n"
                      "“(a) 倘任何组织显然滥用其咨商地位，从事违背《联合国宪章》的宗旨和原则的一类行为；\n"
                      "“(b) 有确凿证据表明受国际公认的犯罪活动所得收益影响者；\n"
                      "“(c) 倘任何组织在此前三年期内对联合国的工作未作出任何积极或有效贡献。”\n"
                      "鉴于上述情况，至关重要的是经济及社会理事会应行使其权力，迅速有效地处理这一情况。\n"
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
      "儿基会人道主义行动年度报告\n摘要\n2022年，人道主义需求继续大幅增长，约有2.74亿人需要援助。\n"
      "供审议的决定草案要点载于第十节。\n概述\n1.\t2022年，儿基会在全球应对了483起人道主义紧急情况。\n结论\n"
      "2.\t人道主义危机中的儿童要想享有权利，还面临着巨大挑战。\n决定草案\n执行局\n"
      "注意到儿基会人道主义行动年度报告（E/ICEF/2023/14）。\n* E/ICEF/2023/8。\n");
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
// ("…联合王国" / "提交的工作文件", "…提交的工作" / "文件"): one title, a working paper.
TEST(KindsReal, SubmittersLineOverTwoLines) {
  for (const char* lines : {"大不列颠及北爱尔兰联合王国\n提交的工作文件", "大不列颠及北爱尔兰联合王国提交的工作\n文件"}) {
    SCOPED_TRACE(lines);
    Document d = doc_of(std::string(
                            "联合国\tA/CN.10/2023/WP.3\n大 会\tDistr.: General\n14 April 2023\nChinese\nOriginal: English\n\n"
                            "裁军审议委员会\n2023年实质性会议\n2023年4月3日至21日，纽约\n议程项目5\n"
                            "编写促进切实执行外层空间活动中的透明度和建立信任措施的建议\n") +
                        lines +
                        "\n空间系统对于全球繁荣、发展和安全至关重要。\n"
                        "因此，我们不支持提议的关于防止在外层空间放置武器的条约草案。\n");
    ASSERT_TRUE(d.kind);
    EXPECT_EQ(*d.kind, "working_paper");
    EXPECT_EQ(d.front_matter.title, "大不列颠及北爱尔兰联合王国提交的工作文件");
    EXPECT_FALSE(d.front_matter.subtitle);
  }
}

}  // namespace

namespace {

// A figure's label alone on its line with its caption below ("图一" /
// "经社理事会2013-2022年期间…决议的主要内容"), then the text goes on: a paragraph
// of the label and caption, not a heading that takes the text below it in.
TEST(KindsReal, FigureLabelIsNoHeading) {
  Document d = doc_of(
      "联合国\tE/2023/70\n经济及社会理事会\tDistr.: General\n3 May 2023\nChinese\nOriginal: English\n\n"
      "2023年届会\n议程项目12(d)\n协调、方案和其他问题：非传染性疾病预防和控制\n"
      "联合国预防和控制非传染性疾病机构间工作队\n秘书长的说明\n"
      "秘书长谨向经济及社会理事会转递世界卫生组织总干事的报告。\n"
      "一.\t导言\n1.\t本报告重点介绍了工作队在过去10年里取得的成就。\n图一\n"
      "经社理事会2013-2022年期间关于工作队工作的各项决议的主要内容\n"
      "2.\t2022-2025年战略有四个优先事项。\n3.\t工作队继续支持各国政府。\n");
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
                      "请将本函作为理事会议程项目19的文件印发为荷。\n\n巴勒斯坦国常驻联合国观察员\n某某(签名)\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "letter");
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[0].text, "巴勒斯坦国常驻联合国观察员");
  EXPECT_EQ(test::nodes_of(d, NodeKind::Paragraph).size(), 2u);
}

}  // namespace
