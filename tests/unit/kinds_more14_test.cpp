// Letters, notes verbales, notes by the Secretary-General, agendas and
// working papers in the shapes extraction gives them (kinds-more-14): what
// their front matter, annexes, signatures and numbered items hold.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more14_test {

using namespace undoc;

namespace {

using test::doc_of;

// pdftotext's raw mode sets no blank line between the masthead's agenda
// item, its title and a letter's dated title: the item's title stops at the
// letter's title, a line whole of its own ("2023年…给秘书长的信"), though the
// title's line above ran to the widest
TEST(KindsMore14, LetterTitleBelowAFullAgendaTitleWithNoBlankLine) {
  const std::string text =
      "联合国 A/78/512\n大会\nDistr.: General\n9 October 2023\nChinese\nOriginal: Spanish\n第七十八届会议\n"
      "议程项目 73(b)\n促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径\n"
      "2023年10月5日哥斯达黎加常驻联合国代表给秘书长的信\n"
      "谨随函转递2023年9月21日在纽约举行的关于“人权与环境：落实健康环境权”的\n"
      "高级别会外活动的主席总结(见附件)。\n"
      "哥斯达黎加政府认为，这次活动的讨论对大会审议人权与环境问题具有重要价值。\n"
      "请将本信及其附件作为大会第七十八届会议议程项目73(b)下的文件分发为荷。\n"
      "常驻代表\n大使\n马里察·查安·巴尔韦德(签名)\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径");
  EXPECT_EQ(d.front_matter.title, "2023年10月5日哥斯达黎加常驻联合国代表给秘书长的信");
  ASSERT_TRUE(d.front_matter.letter);
  EXPECT_EQ(d.front_matter.letter->addressee, "秘书长");
  EXPECT_EQ(d.kind, "letter");
  ASSERT_EQ(d.closing.size(), 3u);
  EXPECT_EQ(d.closing[2].kind, "signature");
  EXPECT_EQ(d.closing[2].text, "马里察·查安·巴尔韦德(签名)");
}

// A functional commission's provisional agenda sets its annotations under
// "说明" (Annotations), unnumbered, over the items numbered afresh as
// headings ("1. 选举主席团成员" with its text below): "说明" is a heading
// over them, not the last agenda item's tail, in every shape
TEST(KindsMore14, AnnotationsHeadingOverNumberedItemHeadings) {
  const std::string head =
      "联合国\tE/CN.15/2024/1\n经济及社会理事会\nDistr.: General\n15 December 2023\nChinese\nOriginal: English\n\n"
      "预防犯罪和刑事司法委员会\n第三十三届会议\n2024年5月13日至17日，维也纳\n临时议程项目2\n通过议程和其他组织事项\n\n"
      "临时议程和说明\n\n临时议程\n1. 选举主席团成员。\n2. 通过议程和其他组织事项。\n3. 通过委员会第三十三届会议报告。\n\n";
  const std::string para = head +
      "说明\n\n1. 选举主席团成员\n\n根据经济及社会理事会第2003/31号决议，委员会在每届会议结束时选举下届会议的主席团成员。\n\n"
      "2. 通过议程和其他组织事项\n\n经济及社会理事会第2023/245号决定核准了委员会第三十三届会议的临时议程。\n";
  const std::string wrapped = head +
      "说明\n\n1. 选举主席团成员\n\n根据经济及社会理事会第2003/31号决议，委员会在每届会议结束时选举下届会\n"
      "议的主席团成员。\n\n2. 通过议程和其他组织事项\n\n经济及社会理事会第2023/245号决定核准了委员会第三十三届会议的临\n时议程。\n";
  for (const std::string& text : {para, wrapped}) {
    Document d = doc_of(text);
    const Node* last = test::numbered_paragraph(d, 3);
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(last->text, "通过委员会第三十三届会议报告。");
    ASSERT_EQ(d.body.size(), 4u);
    const Node& notes = d.body[3];
    EXPECT_EQ(notes.kind, NodeKind::Section);
    EXPECT_EQ(notes.title, "说明");
    ASSERT_EQ(notes.children.size(), 2u);
    EXPECT_EQ(notes.children[0].title, "选举主席团成员");
    EXPECT_EQ(notes.children[1].title, "通过议程和其他组织事项");
    EXPECT_EQ(d.kind, "agenda");
  }
}

const char* kStatesHead =
    "联合国\tA/78/405\n大会\nDistr.: General\n15 September 2023\nChinese\nOriginal: English\n\n"
    "第七十八届会议\n议程项目 20\n可持续发展\n\n";
const char* kStatesLetter =
    "我们谨随函转递2023年8月在苏瓦举行的太平洋岛屿论坛领导人会议通过的宣言(见附件)。\n"
    "我们谨请将本信及其附件作为大会第七十八届会议议程项目20下的文件分发为荷。\n\n"
    "斐济常驻联合国代表\n萨蒂延德拉·普拉萨德(签名)\n\n基里巴斯常驻联合国代表\n特图阿·塔泰(签名)\n\n"
    "2023年9月12日下列国家常驻联合国代表给秘书长的信的附件\n\n关于海平面上升的宣言\n\n"
    "1. 宣布一国的国家地位和主权不会因海平面上升而消失；\n2. 呼吁国际社会承认并支持本宣言。\n";

// A letter of several senders names them after its title's colon ("…下列
// 国家常驻联合国代表给秘书长的信：斐济、基里巴斯和图瓦卢"): a letter's title
// still, so its text up to the annex is the body and its signatures closing
// lines, as under a title that ends in 的信
TEST(KindsMore14, LetterOfSeveralSendersNamedAfterColonHasItsBody) {
  Document d = doc_of(std::string(kStatesHead) + "2023年9月12日下列国家常驻联合国代表给秘书长的信：斐济、基里巴斯和图瓦卢\n\n" +
                      kStatesLetter);
  ASSERT_TRUE(d.front_matter.letter);
  EXPECT_EQ(d.front_matter.letter->senders.size(), 3u);
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[1].text, "我们谨请将本信及其附件作为大会第七十八届会议议程项目20下的文件分发为荷。");
  ASSERT_EQ(d.closing.size(), 4u);
  EXPECT_EQ(d.closing[0].kind, "signature");
  EXPECT_EQ(d.closing[0].text, "斐济常驻联合国代表");
  EXPECT_EQ(d.closing[3].text, "特图阿·塔泰(签名)");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "关于海平面上升的宣言");
}

// That title's list wrapped onto a second line ("…的信：斐济、基里巴斯、马绍" /
// "尔群岛、瑙鲁和图瓦卢*"): the list goes on until its 和, whatever the
// width of the line says, and the line below is no heading of the body
TEST(KindsMore14, LetterTitlesListOfStatesWrapped) {
  for (const char* gap : {"\n", "\n\n"}) {
    Document d = doc_of(std::string(kStatesHead) + "2023年9月12日下列国家常驻联合国代表给秘书长的信：斐济、基里巴斯、马绍\n" +
                        "尔群岛、瑙鲁和图瓦卢*" + gap + kStatesLetter + "\n* 附件仅以提交时使用的语文分发。\n");
    EXPECT_EQ(d.front_matter.title, "2023年9月12日下列国家常驻联合国代表给秘书长的信：斐济、基里巴斯、马绍尔群岛、瑙鲁和图瓦卢");
    ASSERT_TRUE(d.front_matter.letter);
    ASSERT_EQ(d.front_matter.letter->senders.size(), 5u);
    EXPECT_EQ(d.front_matter.letter->senders[2], "马绍尔群岛常驻联合国代表");
    EXPECT_EQ(d.front_matter.letter->senders[4], "图瓦卢常驻联合国代表");
    ASSERT_FALSE(d.body.empty());
    EXPECT_EQ(d.body[0].kind, NodeKind::Paragraph);
  }
}

// A note verbale circulated as a subsidiary body's document: the body's long
// name, its session's line and its dates and place over the letter's title
// (给予殖民地国家和人民独立宣言执行情况特别委员会 / 2023年实质性会议 /
// 2023年6月12日至23日，纽约): the name is kept with the notes, the letter's
// title is the title, and its text the body
TEST(KindsMore14, CommitteesLongNameOverSessionAndLetterTitle) {
  const std::string text =
      "联合国\tA/AC.109/2023/12\n大会\nDistr.: General\n8 June 2023\nChinese\nOriginal: Spanish\n\n"
      "给予殖民地国家和人民独立宣言执行情况特别委员会\n2023年实质性会议\n2023年6月12日至23日，纽约\n\n"
      "2023年6月5日阿根廷常驻联合国代表团给秘书长的普通照会\n\n"
      "阿根廷共和国常驻联合国代表团向联合国秘书长致意，并谨随函转递关于马尔维纳斯群岛问题的公报(见附件)。\n"
      "常驻代表团请将本照会及其附件作为特别委员会的文件分发为荷。\n\n"
      "附件\n外交部公报\n\n阿根廷政府再次呼吁联合王国恢复谈判，以和平方式解决主权争端。\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.title, "2023年6月5日阿根廷常驻联合国代表团给秘书长的普通照会");
  ASSERT_TRUE(d.front_matter.letter);
  EXPECT_EQ(d.front_matter.letter->sender, "阿根廷常驻联合国代表团");
  ASSERT_FALSE(d.front_matter.notes.empty());
  EXPECT_EQ(d.front_matter.notes[0], "给予殖民地国家和人民独立宣言执行情况特别委员会");
  EXPECT_EQ(d.front_matter.session_text, "2023年实质性会议");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.kind, "letter");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "外交部公报");
}

// The General Assembly's provisional agenda groups its items under lettered
// headings, long ones ("A. 依照…促进持续经济增长和可持续发展"); a wrap cuts such
// a heading at the text's widest line, leaving a few characters below it
// ("…和可持续" / "发展"): they finish the heading's title, no subhead of their
// own, where no wrap width was measured (a short list of items)
TEST(KindsMore14, LetteredAgendaHeadingWrappedAtTheWidestLine) {
  const std::string text =
      "联合国\tA/78/150\n大会\nDistr.: General\n23 June 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n2023年9月5日星期二下午3时开幕\n\n第七十八届常会临时议程\n\n"
      "1. 由大会第七十七届会议主席宣布开幕。\n2. 默祷或默念。\n3. 选举大会第七十八届会议主席。\n\n"
      "A. 依照大会相关决议和最近历次联合国会议的决定促进持续经济增长和可持续\n发展\n\n"
      "4. 秘书长关于本组织工作的报告。\n5. 联合国宣布的各个十年和国际年的执行情况。\n"
      "6. 可持续发展：执行《21世纪议程》和可持续发展问题世界首脑会议的成果以及\n《进一步执行21世纪议程方案》。\n\n"
      "B. 维持国际和平与安全\n\n7. 中东局势。\n8. 巴勒斯坦问题。\n";
  Document d = doc_of(text);
  auto sections = test::nodes_of(d, NodeKind::Section);
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0]->number, "A");
  EXPECT_EQ(sections[0]->title, "依照大会相关决议和最近历次联合国会议的决定促进持续经济增长和可持续发展");
  EXPECT_EQ(sections[1]->title, "维持国际和平与安全");
  const Node* p4 = test::numbered_paragraph(d, 4);
  ASSERT_NE(p4, nullptr);
  EXPECT_EQ(p4->text, "秘书长关于本组织工作的报告。");
  EXPECT_EQ(d.kind, "agenda");
}

// A working paper's notes at the end of a short hard-wrapped text, too short
// for a wrap width to be measured: the "*" note cut mid-sentence ("…第七十三条
// e款" / "提交的资料。") takes the line below it, the notes alone standing
// below that to the end, not the body's last paragraph
TEST(KindsMore14, LastNoteWrappedAtTheTextsEndInAShortText) {
  const std::string text =
      "联合国\tA/AC.109/2024/5\n大会\nDistr.: General\n12 February 2024\nChinese\nOriginal: English\n\n"
      "给予殖民地国家和人民独立宣言执行情况特别委员会\n\n皮特凯恩\n秘书处编写的工作文件*\n\n一. 概况\n\n"
      "1. 皮特凯恩是由管理国大不列颠及北爱尔兰联合王国管理的非自治领土。¹\n"
      "2. 领土由四个岛屿组成，总面积约为47平方公里。\n\n二. 宪法、法律和政治问题\n\n"
      "3. 2010年《皮特凯恩宪法令》于2010年3月生效。\n\n"
      "* 本文件所载资料来自公开来源以及管理国根据《联合国宪章》第七十三条e款\n提交的资料。\n"
      "¹ 本文件中对领土和人口的描述不意味着联合国对其法律地位表示任何意见。\n";
  Document d = doc_of(text);
  const Footnote* star = test::footnote(d, "*");
  ASSERT_NE(star, nullptr);
  EXPECT_EQ(star->text, "本文件所载资料来自公开来源以及管理国根据《联合国宪章》第七十三条e款提交的资料。");
  const Node* p3 = test::numbered_paragraph(d, 3);
  ASSERT_NE(p3, nullptr);
  EXPECT_EQ(p3->text, "2010年《皮特凯恩宪法令》于2010年3月生效。");
  ASSERT_NE(test::footnote(d, "1"), nullptr);
  EXPECT_EQ(d.kind, "working_paper");
}

// A letter's annex, hard-wrapped, too short for a wrap width to be
// measured: a numbered paragraph's line that ends at a comma ("3. …是一项历史
// 性成就，" / "现在必须将其转化为具体行动。") goes on below; only unnumbered
// preambular clauses end at a comma, a line each
TEST(KindsMore14, NumberedParagraphGoesOnPastACommaAtItsLinesEnd) {
  const std::string text =
      "联合国\tA/78/512\n大会\nDistr.: General\n9 October 2023\nChinese\nOriginal: Spanish\n\n"
      "第七十八届会议\n议程项目 73(b)\n促进和保护人权\n\n2023年10月5日哥斯达黎加常驻联合国代表给秘书长的信\n\n"
      "谨随函转递高级别会外活动的主席总结(见附件)。\n请将本信及其附件作为大会第七十八届会议议程项目73(b)下的文件分发为荷。\n\n"
      "常驻代表\n马里察·查安·巴尔韦德(签名)\n\n"
      "2023年10月5日哥斯达黎加常驻联合国代表给秘书长的信的附件\n关于健康环境权的高级别会外活动的主席总结\n\n"
      "1. 来自40多个会员国、联合国实体和民间社会组织的代表出席了活动。\n"
      "2. 与会者强调，承认享有清洁、健康和可持续环境的权利是一项历史性成就，\n现在必须将其转化为具体行动。\n"
      "3. 主席在总结发言中感谢所有与会者的参与。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  const auto& ch = d.annexes[0].children;
  ASSERT_EQ(ch.size(), 3u);
  EXPECT_EQ(ch[1].paragraph_number, 2);
  EXPECT_EQ(ch[1].text, "与会者强调，承认享有清洁、健康和可持续环境的权利是一项历史性成就，现在必须将其转化为具体行动。");
  EXPECT_EQ(ch[2].paragraph_number, 3);
}

}  // namespace

}  // namespace undoc_test_kinds_more14_test
