// Letters, notes verbales, notes by the Secretary-General and Security
// Council documents in the shapes extraction gives them (kinds-more-15):
// their mastheads' agenda columns, titles, enclosures and signatures.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more15_test {

using namespace undoc;

namespace {

using test::doc_of;

// pdftotext -raw gives a letter's masthead as it stands: the items' titles
// set in the masthead's narrow left column wrap at about half the text's
// width ("…包括增进人权和基本" / "自由切实享受的各种途径"). In a one-page letter
// those lines outnumber the text's own lines at its width: they are no
// evidence of the text's wrap, and each is an item's title's, down to the
// letter's dated title
TEST(KindsMore15, RawLetterAgendaColumnIsNotTheWrapWidth) {
  const std::string text =
      "联 合 国 A/78/701\n大 会 Distr.: General\n12 January 2024\nChinese\nOriginal: Russian\n"
      "第七十八届会议\n议程项目 18、73和124\n可持续发展\n"
      "促进和保护人权：人权问题，包括增进人权和基本\n自由切实享受的各种途径\n"
      "安全理事会席位公平分配和成员数目增加问题及与\n安全理事会有关的其他事项\n"
      "2024年1月9日白俄罗斯常驻联合国代表给秘书长的信\n"
      "谨随函转递白俄罗斯共和国外交部2024年1月5日关于单方面强制性措施的声明(见附\n件)。\n"
      "请将本信及其附件作为大会第七十八届会议议程项目18、73和124下的文件分发为荷。\n"
      "常驻代表\n(签名)瓦连京·雷巴科夫\n24-00612 (C)\n\f"
      "A/78/701\n附件\n白俄罗斯共和国外交部的声明\n"
      "白俄罗斯共和国外交部对单方面强制性措施对发展中国家人民享有人权的不利影响深表关\n切。\n"
      "此类措施违反《联合国宪章》和国际法的基本原则，阻碍了可持续发展目标的实现，并对\n"
      "受影响国家最弱势的群体造成严重后果。\n"
      "白俄罗斯呼吁所有国家不颁布和不适用此类措施。\n2/2 24-00612 (C)\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.kind, "letter");
  EXPECT_EQ(d.front_matter.title, "2024年1月9日白俄罗斯常驻联合国代表给秘书长的信");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 3u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "可持续发展");
  EXPECT_EQ(d.front_matter.agenda_items[1].title, "促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径");
  EXPECT_EQ(d.front_matter.agenda_items[2].title, "安全理事会席位公平分配和成员数目增加问题及与安全理事会有关的其他事项");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].text, "谨随函转递白俄罗斯共和国外交部2024年1月5日关于单方面强制性措施的声明(见附件)。");
  EXPECT_EQ(d.body[1].text, "请将本信及其附件作为大会第七十八届会议议程项目18、73和124下的文件分发为荷。");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "白俄罗斯共和国外交部的声明");
  ASSERT_EQ(d.annexes[0].children.size(), 3u);
  EXPECT_EQ(d.annexes[0].children[2].text, "白俄罗斯呼吁所有国家不颁布和不适用此类措施。");
}

// A joint item's first title wrapped in the masthead's column, no width
// measured to say its line is full ("…联合国主要会议和首脑" / "会议成果的统筹协调执
// 行动"), the second item's title, then the letter's dated title: every line
// above the dated title is an item's (a letter has no other title), the
// line as wide as the column's widest running on to the next
TEST(KindsMore15, LetterAgendaTitlesShareTheLinesAboveTheDatedTitle) {
  const std::string text =
      "联 合 国 A/78/655\n大 会 Distr.: General\n8 December 2023\nChinese\nOriginal: Arabic\n"
      "第七十八届会议\n议程项目 14和122\n大会各项决议的执行情况和联合国主要会议和首脑\n"
      "会议成果的统筹协调执行和后续行动\n加强联合国系统\n"
      "2023年12月5日卡塔尔常驻联合国代表给秘书长的信\n"
      "谨随函转递卡塔尔国外交国务大臣2023年12月1日给你的信(见附件)。\n"
      "请将本信及其附件作为大会第七十八届会议议程项目14和122下的文件分发为荷。\n"
      "常驻代表\n(签名)阿勒娅·艾哈迈德·赛夫·阿勒萨尼\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 2u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "大会各项决议的执行情况和联合国主要会议和首脑会议成果的统筹协调执行和后续行动");
  EXPECT_EQ(d.front_matter.agenda_items[1].title, "加强联合国系统");
  EXPECT_EQ(d.front_matter.title, "2023年12月5日卡塔尔常驻联合国代表给秘书长的信");
  EXPECT_FALSE(d.front_matter.subtitle);
  EXPECT_EQ(d.kind, "letter");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[1].text, "请将本信及其附件作为大会第七十八届会议议程项目14和122下的文件分发为荷。");
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[1].text, "(签名)阿勒娅·艾哈迈德·赛夫·阿勒萨尼");
}

// The Special Committee's name over a note verbale's title, set over two
// lines in the masthead's narrow column ("给予殖民地国家和人民独立宣言" /
// "执行情况特别委员会"), is one name kept with the notes, as it is on one
// line: not the document's title and subtitle over a note taken for a heading
TEST(KindsMore15, CommitteeNameOverTwoLinesAboveANoteVerbale) {
  const std::string text =
      "联 合 国 A/AC.109/2023/12\n大 会 Distr.: General\n3 May 2023\nChinese\nOriginal: English\n"
      "给予殖民地国家和人民独立宣言\n执行情况特别委员会\n"
      "2023年4月28日阿根廷常驻联合国代表团给秘书长的普通照会\n"
      "阿根廷共和国常驻联合国代表团向联合国秘书长致意，并谨随函转递阿根廷共和国政府关\n"
      "于马尔维纳斯群岛问题的声明(见附件)。\n"
      "常驻代表团请将本照会及其附件作为给予殖民地国家和人民独立宣言执行情况特别委员会\n"
      "的文件分发为荷。\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.title, "2023年4月28日阿根廷常驻联合国代表团给秘书长的普通照会");
  EXPECT_FALSE(d.front_matter.subtitle);
  ASSERT_EQ(d.front_matter.notes.size(), 1u);
  EXPECT_EQ(d.front_matter.notes[0], "给予殖民地国家和人民独立宣言执行情况特别委员会");
  EXPECT_EQ(d.kind, "letter");
  ASSERT_TRUE(d.front_matter.letter);
  EXPECT_EQ(d.front_matter.letter->sender, "阿根廷常驻联合国代表团");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].kind, NodeKind::Paragraph);
  EXPECT_EQ(d.body[1].text, "常驻代表团请将本照会及其附件作为给予殖民地国家和人民独立宣言执行情况特别委员会的文件分发为荷。");
}

// pdftotext's default mode sets no blank line between a short PDF page's
// paragraphs (read as blocks: too few lines to measure a wrap). A joint
// statement's one-line paragraphs over the list of states that ran on after
// a 、 ("…哈萨克斯坦、" / "马来西亚、…乌拉圭。"): a line of the block, below the
// paragraph too, tells the width, and a line ending a sentence or a clause
// well short of it ends its paragraph
TEST(KindsMore15, OneLineParagraphsOverAListThatRanOnInABlock) {
  const std::string text =
      "联合国\n\n大 会\n\nA/78/589\nDistr.: General\n6 November 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n议程项目 98\n全面彻底裁军\n\n"
      "2023年11月1日奥地利、巴西、爱尔兰、墨西哥、新西兰和南非常驻联合国\n代表给秘书长的信\n"
      "我们谨代表奥地利、巴西、爱尔兰、墨西哥、新西兰和南非，随函转递2023年10月26日\n"
      "在第一委员会上发表的关于核裁军的联合声明(见附件)。\n"
      "请将本信及其附件作为大会第七十八届会议议程项目98下的文件分发为荷。\n"
      "奥地利常驻联合国代表\n(签名)亚历山大·马尔沙克\n巴西常驻联合国代表\n(签名)塞尔吉奥·弗兰萨·达尼埃塞\n\n"
      "23-21901 (C)\n\n\fA/78/589\n\n"
      "2023年11月1日奥地利、巴西、爱尔兰、墨西哥、新西兰和南非常驻联合国代表给秘书长的信的附件\n"
      "关于核裁军的联合声明\n"
      "我们对核武器的任何使用所造成的灾难性人道主义后果深表关切。\n"
      "我们重申，完全消除核武器是防止使用或威胁使用核武器的唯一绝对保证。\n"
      "以下国家赞同本声明：\n"
      "阿尔及利亚、奥地利、孟加拉国、巴西、哥斯达黎加、厄瓜多尔、爱尔兰、哈萨克斯坦、\n"
      "马来西亚、墨西哥、新西兰、尼日利亚、菲律宾、南非、泰国和乌拉圭。\n\n2/2\n\n23-21901 (C)\n\n\f";
  Document d = doc_of(text);
  EXPECT_EQ(d.kind, "letter");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "关于核裁军的联合声明");
  const auto& c = d.annexes[0].children;
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].text, "我们对核武器的任何使用所造成的灾难性人道主义后果深表关切。");
  EXPECT_EQ(c[1].text, "我们重申，完全消除核武器是防止使用或威胁使用核武器的唯一绝对保证。");
  EXPECT_EQ(c[2].text, "以下国家赞同本声明：");
  EXPECT_EQ(c[3].text.rfind("阿尔及利亚、", 0), 0u);
  EXPECT_EQ(c[3].lines.first + 1, c[3].lines.last);
}

// pdftotext -layout pads a sub-item's label to the tab stop its text is set
// at ("(a)   将北部…"): the run of spaces is the page's layout, as an indent
// is, and the label keeps one space, as -raw and the default mode give the
// same page ("(a) 将北部…"); a TAB typed after a label is the input's own
// character and stays
TEST(KindsMore15, LayoutPaddingAfterASubItemLabelIsOneSpace) {
  const std::string layout =
      "联合国                                         S/2023/1017\n\n"
      "安全理事会                              Distr.: General\n"
      "                                   21 December 2023\n"
      "                                   Chinese\n"
      "                                   Original: English\n\n\n"
      "     2023年12月19日秘书长给安全理事会主席的信\n"
      "  谨随函转递关于安全理事会第2690(2023)号决议执行情况的最新资料(见附件)。\n\n"
      "                                (签名)安东尼奥·古特雷斯\n\n"
      "23-25611 (C)\n\fS/2023/1017\n\n"
      "              2023年12月19日秘书长给安全理事会主席的信的附件\n\n"
      "               关于第2690(2023)号决议执行情况的最新资料\n"
      "一. 概况\n"
      "1. 本报告所述期间，特派团的过渡和撤离工作按照东道国政府商定的时间表继续推进，但安\n"
      "全局势在若干地区依然严峻。\n"
      "2. 为确保安全有序地撤离，特派团采取了以下措施：\n"
      "   (a)   将北部地区的三个营地移交给国家当局，并对移交的设施进行了清点；\n"
      "   (b)   与人道主义伙伴协调，确保在撤离后继续提供基本服务，特别是在保健和供\n"
      "         水领域；\n"
      "   (c)   设立联合工作组，负责处理撤离期间出现的后勤和安全问题。\n"
      "二. 政治进程\n"
      "3. 各方继续就过渡安排进行对话。\n\n"
      "2/2                                         23-25611 (C)\n\f";
  Document d = doc_of(layout);
  ASSERT_EQ(d.annexes.size(), 1u);
  ASSERT_EQ(d.annexes[0].children.size(), 2u);
  ASSERT_EQ(d.annexes[0].children[0].children.size(), 2u);
  const Node* two = &d.annexes[0].children[0].children[1];
  EXPECT_EQ(two->paragraph_number, 2);
  EXPECT_EQ(two->text,
            "为确保安全有序地撤离，特派团采取了以下措施：(a) 将北部地区的三个营地移交给国家当局，并对移交的设施进行了清点；"
            "(b) 与人道主义伙伴协调，确保在撤离后继续提供基本服务，特别是在保健和供水领域；"
            "(c) 设立联合工作组，负责处理撤离期间出现的后勤和安全问题。");
  const std::string typed =
      "联合国\tA/78/1\n大会\tDistr.: General\n1 May 2023\nChinese\nOriginal: English\n\n第七十八届会议\n\n"
      "秘书长的说明\n\n1.\t秘书长谨采取以下措施：\n(a)\t加强协调；\n(b)\t改进报告。\n2.\t大会似宜注意本说明。\n";
  Document t = doc_of(typed);
  const Node* one = test::numbered_paragraph(t, 1);
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one->text, "秘书长谨采取以下措施：(a)\t加强协调；(b)\t改进报告。");
}

// The column may cut an item's title a character or two before its end,
// leaving a line that reads as a kind's line ("…特别报告员和特别代" / "表的报
// 告"): a line that names no one's report, below a line that ran on, is the
// title's end, not the document's title over the letter's
TEST(KindsMore15, AgendaTitleCutBeforeItsReportWordAboveALetter) {
  const std::string text =
      "联 合 国 A/78/302\n大 会 Distr.: General\n9 August 2023\nChinese\nOriginal: English\n"
      "第七十八届会议\n临时议程* 项目 72(c)\n促进和保护人权：人权状况及特别报告员和特别代\n表的报告\n"
      "2023年8月3日乌克兰常驻联合国代表给秘书长的信\n"
      "谨随函转递乌克兰议会人权专员关于被占领土上人权状况的报告(附件一)和乌克兰检察长\n"
      "办公室关于相关刑事诉讼的资料(附件二)。\n"
      "请将本信及其附件作为大会第七十八届会议临时议程项目72(c)下的文件分发为荷。\n"
      "常驻代表\n(签名)谢尔盖·基斯利齐亚\n* A/78/150。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "促进和保护人权：人权状况及特别报告员和特别代表的报告");
  EXPECT_EQ(d.front_matter.title, "2023年8月3日乌克兰常驻联合国代表给秘书长的信");
  EXPECT_FALSE(d.front_matter.subtitle);
  EXPECT_EQ(d.kind, "letter");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].text.rfind("谨随函转递", 0), 0u);
}

// A sanctions committee's chair signs for the committee: its name on a line
// of its own over "主席" and the signature, right below the closing request,
// is the signature block's first line, not a paragraph of the letter
TEST(KindsMore15, CommitteeNameOverItsChairsSignature) {
  const std::string text =
      "联合国\tS/2023/1021\n安全理事会\tDistr.: General\n22 December 2023\nChinese\nOriginal: English\n\n"
      "2023年12月20日安全理事会关于利比亚的第1970(2011)号决议所设委员会主席给安全理事会主席的信\n\n"
      "谨代表安全理事会关于利比亚的第1970(2011)号决议所设委员会，转递委员会2023年的工作报告(见附件)。\n"
      "请将本信及其附件作为安全理事会的文件分发为荷。\n\n"
      "安全理事会关于利比亚的第1970(2011)号决议所设委员会\n主席\n(签名)维罗妮克·马克斯\n\n"
      "2023年12月20日安全理事会关于利比亚的第1970(2011)号决议所设委员会主席给安全理事会主席的信的附件\n\n"
      "安全理事会关于利比亚的第1970(2011)号决议所设委员会2023年的报告\n\n"
      "一. 导言\n1. 本报告述及委员会2023年1月1日至12月31日期间的工作。\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.kind, "letter");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[1].text, "请将本信及其附件作为安全理事会的文件分发为荷。");
  ASSERT_EQ(d.closing.size(), 3u);
  EXPECT_EQ(d.closing[0].kind, "signature");
  EXPECT_EQ(d.closing[0].text, "安全理事会关于利比亚的第1970(2011)号决议所设委员会");
  EXPECT_EQ(d.closing[1].text, "主席");
  EXPECT_EQ(d.closing[2].text, "(签名)维罗妮克·马克斯");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "安全理事会关于利比亚的第1970(2011)号决议所设委员会2023年的报告");
}

// A letter's dated title and its annex's caption hard-wrapped right after a
// resolution the sender's name cites ("2023年12月20日安全理事会关于利比亚的第
// 1970(2011)号决议" / "所设委员会主席给安全理事会主席的信"): the first line is
// no adoption line (a resolution cited by its number is none), the title is
// the two lines, and the caption is its two lines too
TEST(KindsMore15, DatedTitleAndCaptionCutAfterACitedResolution) {
  const std::string text =
      "联合国\tS/2023/1021\n安全理事会\tDistr.: General\n22 December 2023\nChinese\nOriginal: English\n\n"
      "2023年12月20日安全理事会关于利比亚的第1970(2011)号决议\n所设委员会主席给安全理事会主席的信\n\n"
      "谨代表安全理事会关于利比亚的第1970(2011)号决议所设委员会，转递\n"
      "委员会2023年1月1日至12月31日期间的工作报告(见附件)。\n"
      "请将本信及其附件作为安全理事会的文件分发为荷。\n\n"
      "主席\n(签名)维罗妮克·马克斯\n\n"
      "2023年12月20日安全理事会关于利比亚的第1970(2011)号决议\n所设委员会主席给安全理事会主席的信的附件\n\n"
      "安全理事会关于利比亚的第1970(2011)号决议所设委员会2023年的报告\n\n"
      "一. 导言\n1. 本报告由安全理事会关于利比亚的第1970(2011)号决议所设委员会提交，\n"
      "述及2023年1月1日至12月31日期间的工作。\n"
      "2. 委员会主席团由马耳他常驻代表担任主席，厄瓜多尔和莫桑比克代表团担\n任副主席。\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.kind, "letter");
  EXPECT_FALSE(d.front_matter.adoption);
  EXPECT_EQ(d.front_matter.title, "2023年12月20日安全理事会关于利比亚的第1970(2011)号决议所设委员会主席给安全理事会主席的信");
  ASSERT_TRUE(d.front_matter.letter);
  EXPECT_EQ(d.front_matter.letter->addressee, "安全理事会主席");
  ASSERT_EQ(d.body.size(), 2u);
  ASSERT_EQ(d.annexes.size(), 1u);
  ASSERT_TRUE(d.annexes[0].caption);
  EXPECT_EQ(*d.annexes[0].caption,
            "2023年12月20日安全理事会关于利比亚的第1970(2011)号决议所设委员会主席给安全理事会主席的信的附件");
  EXPECT_EQ(d.annexes[0].title, "安全理事会关于利比亚的第1970(2011)号决议所设委员会2023年的报告");
}

// Digits and Han joined at a wrap take a space only where the text sets them
// apart itself. The masthead's ways are no evidence of the text's: -raw sets
// its cells a space apart ("联 合 国 A/78/256", "大 会 Distr.: General"), its
// agenda line is "临时议程* 项目 71(b)", and a symbol is set apart where the
// figures are not ("* A/78/150。"); the text writes "第51/4号决议"
TEST(KindsMore15, MastheadSpacingIsNotTheTextsWayWithFigures) {
  const std::string text =
      "联 合 国 A/78/256\n大 会 Distr.: General\n28 July 2023\nChinese\nOriginal: English\n第七十八届会议\n"
      "临时议程* 项目 71(b)\n促进和保护人权：人权问题，包括增进人权和基本\n自由切实享受的各种途径\n"
      "老年人享有人权问题独立专家的报告\n秘书长的说明\n"
      "秘书长谨向大会转递老年人享有人权问题独立专家克劳迪娅·马勒根据人权理事会第51/4\n号决议提交的报告。\n"
      "* A/78/150。\n23-14820 (C)\n\fA/78/256\n老年人享有人权问题独立专家克劳迪娅·马勒的报告\n一. 导言\n"
      "1. 本报告根据人权理事会第51/4号决议提交，探讨了老年人在紧急情况下享有人权的问\n题。\n"
      "2. 独立专家感谢各会员国、国家人权机构和民间社会组织对问卷的答复。\n2/2 23-14820 (C)\n\f";
  Document d = doc_of(text);
  EXPECT_EQ(d.kind, "note");
  ASSERT_FALSE(d.front_matter.paragraphs.empty());
  EXPECT_EQ(d.front_matter.paragraphs[0].text,
            "秘书长谨向大会转递老年人享有人权问题独立专家克劳迪娅·马勒根据人权理事会第51/4号决议提交的报告。");
  const Node* one = test::numbered_paragraph(d, 1);
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one->text, "本报告根据人权理事会第51/4号决议提交，探讨了老年人在紧急情况下享有人权的问题。");
}

// A one-page letter as pdftotext gives it, its page ended by a form feed:
// the evidence says one page, not "1 pages separated by form feeds"
TEST(KindsMore15, OnePageEndedByAFormFeedIsToldSo) {
  const std::string text =
      "联合国\tS/2023/788\n安全理事会\tDistr.: General\n20 October 2023\nChinese\nOriginal: Arabic\n\n"
      "2023年10月18日约旦常驻联合国代表给秘书长和安全理事会主席的同文信\n"
      "我谨奉本国政府指示，提请你注意被占领的巴勒斯坦领土、包括东耶路撒冷局势的严重恶化。\n"
      "请将本信作为安全理事会的文件分发为荷。\n常驻代表\n(签名)马哈茂德·代富拉·希穆德\n\n23-20177 (C)\n\f";
  Document d = doc_of(text);
  EXPECT_EQ(d.kind, "letter");
  const auto& ev = d.source.layout.evidence;
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0], "1 page, ended by a form feed");
}

}  // namespace

}  // namespace undoc_test_kinds_more15_test
