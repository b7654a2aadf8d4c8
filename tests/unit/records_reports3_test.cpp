// Reports, summary records, notes by the Secretary-General and notes
// verbales (helper h3's third round): a summary record's lettered sub-items,
// the title of a report a note transmits, a note's numbered paragraphs set a
// sentence a line with the number alone, and a letter's closing requests
// after a wrapped line that ran to the width.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace undoc_test_records_reports3_test {

namespace {

using undoc::Node;
using undoc::NodeKind;
using undoc::test::doc_of;
using undoc::test::nodes_of;
using undoc::test::numbered_paragraph;

// A Main Committee's summary record takes up an agenda item's sub-items as
// headings, "(a)<TAB>人权条约的执行情况(A/78/40…)", below the item, and its
// contents list them so: each a lettered heading, the letter its number,
// "(a)" its label, the words after it the title (as a lettered heading of a
// report is), in the body and in the contents alike.
TEST(RecordsReports3, SummaryRecordSubItemsAreLetteredHeadings) {
  const std::string text =
      "联合国\tA/C.3/78/SR.12\n"
      "大会\n"
      "第七十八届会议\n"
      "正式记录\n"
      "Distr.: General\n"
      "15 November 2023\n"
      "Chinese\n"
      "Original: English\n"
      "第三委员会\n"
      "第12次会议简要记录\n"
      "2023年10月12日星期四上午10时在纽约总部举行\n"
      "主席：\t马尔加良先生\t(亚美尼亚)\n"
      "目录\n"
      "议程项目71：促进和保护人权\n"
      "(a)\t人权条约的执行情况\n"
      "(b)\t人权问题，包括增进人权和基本自由切实享受的各种途径\n"
      "本记录可以更正。\n"
      "上午10时05分宣布开会。\n"
      "议程项目71：促进和保护人权(A/78/198)\n"
      "(a)\t人权条约的执行情况(A/78/40、A/78/44和A/78/354)\n"
      "1.\t蒂瓦里先生(人权条约机构主席会议主席)介绍了主席会议的报告。\n"
      "2.\t布朗女士(联合王国)问，条约机构打算如何拟定可预测的审议日程。\n"
      "(b)\t人权问题，包括增进人权和基本自由切实享受的各种途径(A/78/125和A/78/136)\n"
      "3.\t萨拉马女士(适足住房权特别报告员)介绍了她的报告。\n"
      "4.\t主席说，委员会已结束对议程项目71(a)的一般性辩论。\n"
      "中午12时55分散会。\n";
  const undoc::Document d = doc_of(text);
  std::vector<const Node*> lettered;
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (!s->label.empty() && s->label[0] == '(') lettered.push_back(s);
  ASSERT_EQ(lettered.size(), 2u);
  EXPECT_EQ(lettered[0]->number, "a");
  EXPECT_EQ(lettered[0]->label, "(a)");
  EXPECT_EQ(lettered[0]->title, "人权条约的执行情况(A/78/40、A/78/44和A/78/354)");
  EXPECT_EQ(lettered[0]->level, 2);
  EXPECT_EQ(lettered[1]->number, "b");
  EXPECT_EQ(lettered[1]->label, "(b)");
  EXPECT_EQ(lettered[1]->level, 2);
  // each sub-item holds its own speeches
  ASSERT_EQ(lettered[0]->children.size(), 2u);
  EXPECT_EQ(lettered[0]->children[0].paragraph_number, 1);
  ASSERT_EQ(lettered[1]->children.size(), 2u);
  EXPECT_EQ(lettered[1]->children[0].paragraph_number, 3);
  // the contents' rows alike
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[1].number, "a");
  EXPECT_EQ(d.toc.entries[1].label, "(a)");
  EXPECT_EQ(d.toc.entries[1].title, "人权条约的执行情况");
  EXPECT_EQ(d.toc.entries[1].level, 2);
  EXPECT_EQ(d.toc.entries[2].number, "b");
  EXPECT_EQ(d.toc.entries[2].title, "人权问题，包括增进人权和基本自由切实享受的各种途径");
}

// A note by the Secretary-General transmits a report: the sentence that
// transmits it ("秘书长谨向经济及社会理事会转递…的报告。"), then the report's
// title, then the report's first heading. The title is a heading of the
// front matter (as such a title over the report's "摘要" is), not a
// paragraph of the transmittal text.
TEST(RecordsReports3, TitleOfTheReportANoteTransmitsIsAHeading) {
  const std::string text =
      "联合国\tE/2023/56\n"
      "经济及社会理事会\n"
      "Distr.: General\n"
      "10 April 2023\n"
      "Chinese\n"
      "Original: English\n"
      "2023年届会\n"
      "2022年7月25日至2023年7月26日\n"
      "议程项目12 (e)\n"
      "协调、方案和其他问题：烟草或健康\n"
      "烟草控制问题特设机构间工作队\n"
      "秘书长的说明\n"
      "秘书长谨向经济及社会理事会转递世界卫生组织总干事根据理事会第2012/4号决议编写的关于烟草控制问题特设机构间工"
      "作队的报告。\n"
      "世界卫生组织总干事关于烟草控制问题特设机构间工作队的报告\n"
      "一、\t导言\n"
      "1.\t本报告概述了工作队在支持会员国执行《世界卫生组织烟草控制框架公约》方面取得的进展。\n"
      "2.\t经社理事会在第2012/4号决议中请秘书长定期报告工作队的工作。\n"
      "二、\t工作队的活动\n"
      "3.\t工作队在本报告所述期间举行了两次会议。\n";
  const undoc::Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的说明");
  const auto& ps = d.front_matter.paragraphs;
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].paragraph_kind, "unnumbered");
  EXPECT_EQ(ps[1].paragraph_kind, "heading");
  EXPECT_EQ(ps[1].text, "世界卫生组织总干事关于烟草控制问题特设机构间工作队的报告");
  // the report's body below it as before
  ASSERT_NE(numbered_paragraph(d, 1), nullptr);
  ASSERT_EQ(nodes_of(d, NodeKind::Section).size(), 2u);
  EXPECT_EQ(nodes_of(d, NodeKind::Section)[0]->title, "导言");
}

// A text set a sentence a line whose paragraphs' numbers stand alone on
// their lines ("1." / "我们决心…。" / "为此，…。"): the numbered paragraph
// takes every unlabelled sentence below it, as where the number opens the
// sentence's line, and no sentence is left a paragraph of its own.
TEST(RecordsReports3, SentencePerLineNumberAloneTakesItsSentences) {
  const std::string text =
      "联合国\n"
      "A/78/702\n"
      "大会\n"
      "Distr.: General\n"
      "12 December 2023\n"
      "Chinese\n"
      "Original: Russian\n"
      "第七十八届会议\n"
      "议程项目18\n"
      "可持续发展\n"
      "2023年12月8日哈萨克斯坦常驻联合国代表团给秘书长的普通照会\n"
      "哈萨克斯坦共和国常驻联合国代表团向联合国秘书长致意，谨转递在阿斯塔纳举行的区域气候变化会议的最后文件(见附件)。\n"
      "会议由哈萨克斯坦共和国政府与联合国开发计划署合作举办。\n"
      "常驻代表团请将本照会及其附件作为大会议程项目18下的文件分发。\n"
      "2023年12月8日哈萨克斯坦常驻联合国代表团给秘书长的普通照会的附件\n"
      "区域气候变化会议的最后文件\n"
      "1.\n"
      "我们决心加强区域合作，共同应对气候变化。\n"
      "为此，我们将建立一个区域协调机制。\n"
      "2.\n"
      "我们呼吁国际社会向本区域提供技术和资金支助。\n"
      "发达国家应兑现其气候融资承诺。\n"
      "3.\n"
      "我们同意于2025年在塔什干举行下一次会议。\n"
      "各代表团对东道国的热情接待表示感谢。\n";
  const undoc::Document d = doc_of(text);
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
  ASSERT_EQ(d.annexes.size(), 1u);
  std::vector<const Node*> paras;
  undoc::walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) paras.push_back(&n);
  });
  ASSERT_EQ(paras.size(), 3u);
  EXPECT_EQ(paras[0]->paragraph_number, 1);
  EXPECT_EQ(paras[0]->text, "我们决心加强区域合作，共同应对气候变化。为此，我们将建立一个区域协调机制。");
  EXPECT_EQ(paras[1]->paragraph_number, 2);
  EXPECT_EQ(paras[1]->text, "我们呼吁国际社会向本区域提供技术和资金支助。发达国家应兑现其气候融资承诺。");
  EXPECT_EQ(paras[2]->paragraph_number, 3);
}

// Hard-wrapped text: a note verbale's paragraph whose last line ran to the
// width and ended with its full stop, then the request to circulate the note
// by its sender ("阿塞拜疆常驻代表团谨请将本照会…分发。") and the closing
// courtesy ("…借此机会再次向…致以最崇高的敬意。"): each a paragraph of its
// own, as a letter sets them, though the line above filled the width.
TEST(RecordsReports3, WrappedNoteClosingRequestsAfterAFullLineStandAlone) {
  const std::vector<std::string> paras = {
      "阿塞拜疆共和国常驻联合国代表团向联合国秘书长致意，并谨转递阿塞拜疆共和国外交部关于近期在若干欧洲国家发生的仇视"
      "伊斯兰行为所发表的声明。",
      "阿塞拜疆常驻代表团谨请将本照会及其附件作为大会议程项目七十四下的文件分发。",
      "阿塞拜疆共和国常驻联合国代表团借此机会再次向联合国秘书长致以最崇高的敬意。"};
  std::string text =
      "联合国\tA/78/645\n"
      "大会\n"
      "Distr.: General\n"
      "1 December 2023\n"
      "Chinese\n"
      "Original: English\n"
      "第七十八届会议\n"
      "议程项目74\n"
      "消除种族主义、种族歧视、仇外心理和相关不容忍行为\n"
      "2023年11月27日阿塞拜疆常驻联合国代表团给秘书长的普通照会\n";
  // (wrapped at 34 characters: the first paragraph's lines 34 and 33 long)
  for (const std::string& p : paras) {
    const undoc::U32 u = undoc::from_utf8(p);
    for (size_t k = 0; k < u.size(); k += 34) text += undoc::to_utf8(u.substr(k, 34)) + "\n";
  }
  const undoc::Document d = doc_of(text);
  const auto ps = nodes_of(d, NodeKind::Paragraph);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[0]->text, paras[0]);
  EXPECT_EQ(ps[1]->text, paras[1]);
  EXPECT_EQ(ps[2]->text, paras[2]);
}

// A treaty body's masthead names its convention where an organ stands, the
// name set over two lines in the masthead's narrow column ("公民权利和政治权利"
// / "国际公约<TAB>Distr.: General"): one note of the front matter, and the
// masthead and the title below read as where the name takes one line.
TEST(RecordsReports3, ConventionNameOverTwoMastheadLines) {
  const std::string text =
      "联合国\tCCPR/C/136/2\n"
      "公民权利和政治权利\n"
      "国际公约\tDistr.: General\n"
      "15 December 2022\n"
      "Chinese\n"
      "Original: English\n"
      "人权事务委员会\n"
      "人权事务委员会关于结论性意见后续行动的报告\n"
      "一、\t导言\n"
      "1.\t本报告根据委员会关于结论性意见后续行动程序的规定编写。\n"
      "2.\t本报告述及委员会上届会议以来收到的后续资料。\n";
  const undoc::Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.symbol, "CCPR/C/136/2");
  EXPECT_EQ(d.front_matter.date, "2022-12-15");
  EXPECT_EQ(d.front_matter.title, "人权事务委员会关于结论性意见后续行动的报告");
  ASSERT_FALSE(d.front_matter.notes.empty());
  EXPECT_EQ(d.front_matter.notes.front(), "公民权利和政治权利国际公约");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
}

// A summary record that closes naming the meeting before its time,
// "会议于下午1时散会。" (The meeting rose at 1 p.m.): the meeting's close, as
// "下午1时散会。" is, not a paragraph of the last speech.
TEST(RecordsReports3, MeetingRoseNamedBeforeItsTime) {
  const std::string text =
      "联合国\tCRC/C/SR.2710\n"
      "儿童权利公约\tDistr.: General\n"
      "2 June 2023\n"
      "Chinese\n"
      "Original: French\n"
      "儿童权利委员会\n"
      "第九十三届会议\n"
      "第2710次会议简要记录\n"
      "2023年5月17日星期三上午10时在日内瓦万国宫举行\n"
      "主席：\t奥特兰女士\n"
      "上午10时开会。\n"
      "审议缔约国提交的报告\n"
      "1.\t应主席邀请，瑞士代表团在委员会议席就座。\n"
      "2.\t贝尔奇女士(瑞士)说，瑞士政府高度重视委员会的建议。\n"
      "会议于下午1时散会。\n";
  const undoc::Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.meeting.has_value());
  EXPECT_EQ(d.front_matter.meeting->closed, "13:00");
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) EXPECT_EQ(p->text.find("散会"), std::string::npos);
}

// The same note hard-wrapped: the report's title runs over two lines, the
// first to the width ("世界卫生组织总干事关于…机构间工作" / "队的报告"): one
// heading of the front matter, both lines.
TEST(RecordsReports3, WrappedTitleOfTheReportANoteTransmitsIsOneHeading) {
  const std::string text =
      "联合国\tE/2023/62\n"
      "经济及社会理事会\tDistr.: General\n"
      "20 April 2023\n"
      "Chinese\n"
      "Original: English\n"
      "2023年届会\n"
      "2022年7月25日至2023年7月26日\n"
      "议程项目12 (d)\n"
      "协调、方案和其他问题：非传染性疾病预防和控制\n"
      "联合国预防和控制非传染性疾病机构间工作队\n"
      "秘书长的说明\n"
      "秘书长谨向经济及社会理事会转递世界卫生组织总干事根据理事\n"
      "会第2022/355号决议提交的关于联合国预防和控制非传染性疾病机\n"
      "构间工作队的报告。\n"
      "世界卫生组织总干事关于联合国预防和控制非传染性疾病机构间工作\n"
      "队的报告\n"
      "一、\t导言：工作队的十年\n"
      "1.\t本报告重点介绍了工作队在过去10年里取得的成就，同时重点介绍\n"
      "\t了2022年期间采取的具体行动。\n"
      "2.\t设立工作队的原因如下：非传染性疾病是世界各地死亡和健康不良\n"
      "\t的主要原因。\n";
  const undoc::Document d = doc_of(text);
  const auto& ps = d.front_matter.paragraphs;
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].paragraph_kind, "unnumbered");
  EXPECT_EQ(ps[1].paragraph_kind, "heading");
  EXPECT_EQ(ps[1].text, "世界卫生组织总干事关于联合国预防和控制非传染性疾病机构间工作队的报告");
  EXPECT_EQ(ps[1].lines.first, 15);
  EXPECT_EQ(ps[1].lines.last, 16);
}

// A summary record as pdftotext -layout gives it: the chair's line with the
// leader dots that set the country apart ("主席：  马尔加良先生 ……… (亚美尼亚)"),
// and a sub-item's heading whose documents, in brackets of their own, went
// whole onto the next line ("(b)  人权问题，…各种途径(续)" / "(A/78/125、…)"):
// the chair read, the documents the heading's, the next sub-item a heading.
TEST(RecordsReports3, LayoutRecordSubItemDocumentsOnTheNextLine) {
  const std::string text =
      "联 合 国                                                      A/C.3/78/SR.20\n"
      "                大  会                                          Distr.: General\n"
      "                第七十八届会议                                  28 November 2023\n"
      "                正式记录                                        Chinese\n"
      "                                                                Original: English\n"
      "\n"
      "第三委员会\n"
      "第20次会议简要记录\n"
      "2023年10月20日星期五下午3时在纽约总部举行\n"
      "     主席：      马尔加良先生 ........................................ (亚美尼亚)\n"
      "\n"
      "下午3时05分宣布开会。\n"
      "议程项目71：促进和保护人权(续)\n"
      "     (b)   人权问题，包括增进人权和基本自由切实享受的各种途径(续)\n"
      "           (A/78/125、A/78/136和A/78/160)\n"
      "     (c)   人权状况和特别报告员及特别代表的报告(续)(A/78/204)\n"
      "1.   卡尔先生(和平集会和结社自由权利问题特别报告员)说，各国必须为民间社会创造有利的环境。\n"
      "2.   科瓦奇女士(匈牙利)问，特别报告员如何评估新技术对集会自由的影响。\n"
      "\n"
      "下午6时散会。\n";
  const undoc::Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.meeting.has_value());
  ASSERT_TRUE(d.front_matter.meeting->chair.has_value());
  EXPECT_NE(d.front_matter.meeting->chair->find("马尔加良先生"), std::string::npos);
  std::vector<const Node*> lettered;
  for (const Node* s : nodes_of(d, NodeKind::Section))
    if (s->label == "(b)" || s->label == "(c)") lettered.push_back(s);
  ASSERT_EQ(lettered.size(), 2u);
  EXPECT_EQ(lettered[0]->title, "人权问题，包括增进人权和基本自由切实享受的各种途径(续)(A/78/125、A/78/136和A/78/160)");
  EXPECT_EQ(lettered[1]->number, "c");
  EXPECT_EQ(lettered[1]->level, 2);
  ASSERT_EQ(lettered[1]->children.size(), 2u);
  EXPECT_EQ(lettered[1]->children[0].paragraph_number, 1);
  for (const Node* p : nodes_of(d, NodeKind::Paragraph)) EXPECT_EQ(p->text.find("A/78/125"), std::string::npos);
}

}  // namespace

}  // namespace undoc_test_records_reports3_test
