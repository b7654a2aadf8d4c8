// Reports (with their contents pages, headings, numbered paragraphs,
// footnotes and annexes) and meeting records (summary and verbatim), in the
// shapes their text comes in: a paragraph a line, a sentence a line, and
// PDF text, hard-wrapped, with page breaks and furniture.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace undoc_test_reports_records_test {

namespace {

using undoc::NodeKind;
using undoc::test::doc_of;
using undoc::test::footnote;
using undoc::test::nodes_of;
using undoc::test::numbered_paragraph;

std::vector<std::string> paragraph_texts(const undoc::Document& d) {
  std::vector<std::string> out;
  for (const undoc::Node* n : nodes_of(d, NodeKind::Paragraph)) out.push_back(n->text);
  return out;
}

bool has_paragraph(const undoc::Document& d, const std::string& text) {
  for (const std::string& t : paragraph_texts(d))
    if (t == text) return true;
  return false;
}

// A General Assembly verbatim record as pdftotext -raw gives it: the lines
// hard-wrapped, pages parted by form feeds, each page's foot its job number
// and page. Below the item's heading, its documents, a line each, then the
// speeches: a document line stops short of the width, and the speaker's
// label opens a paragraph below it, whatever the line above ended with.
TEST(ReportsRecords, VerbatimRecordDocumentLinesAndSpeakerInWrappedPdfText) {
  const std::string text =
      "联合国 A/78/PV.31\n"
      "大会 正式记录\n"
      "第七十八届会议\n"
      "第31次全体会议\n"
      "2023年11月1日星期三上午10时举行\n"
      "纽约\n"
      "主席： 弗朗西斯先生 (特立尼达和多巴哥)\n"
      "本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在《大会正式记\n"
      "录》中。更正应只对原文提出，并应由有关代表团成员签名后送交逐字记录处处\n"
      "长(AB-0601)。更正后的记录将以电子文本方式在联合国正式文件系统上重发。\n"
      "上午10时05分开会。\n"
      "议程项目39\n"
      "必须终止美利坚合众国对古巴的经济、商业和财政封锁\n"
      "秘书长的报告(A/78/84)\n"
      "决议草案(A/78/L.5)\n"
      "主席(以英语发言)：在请第一位发言者发言之前，我提醒各位成员，根据大会第\n"
      "78/501号决定，发言时间限制为五分钟。\n"
      "我现在请古巴外交部长发言，介绍决议草案A/78/L.5。\n"
      "罗德里格斯·帕里利亚先生(古巴)(以西班牙语发言)：我谨代表古巴政府和人民，\n"
      "感谢今天支持这项决议草案的所有国家。\n"
      "封锁是对古巴人民人权的公然、大规模和系统性侵犯。仅在2022年3月至2023年2\n"
      "月期间，封锁造成的损失就估计达48.67亿美元。\n"
      "\n"
      "23-34567 (C)\n"
      "1/9\n"
      "\f"
      "A/78/PV.31\n"
      "\n"
      "米勒先生(美利坚合众国)(以英语发言)：美国继续与古巴人民站在一起，支持他\n"
      "们决定自己未来的努力。\n"
      "主席(以英语发言)：大会现在将就决议草案A/78/L.5作出决定。已要求进行记录\n"
      "表决。\n"
      "就这样决定。\n"
      "中午12时40分散会。\n"
      "\n"
      "23-34567 (C)\n"
      "2/9\n";
  const undoc::Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->opened, "10:05");
  EXPECT_EQ(d.front_matter.meeting->closed, "12:40");
  // the speech opens its own paragraph, the document lines not glued to it
  EXPECT_TRUE(has_paragraph(d,
                            "主席(以英语发言)：在请第一位发言者发言之前，我提醒各位成员，根据大会第78/501号决定，发言"
                            "时间限制为五分钟。"));
  for (const std::string& t : paragraph_texts(d)) {
    EXPECT_EQ(t.find("秘书长的报告(A/78/84)决议草案"), std::string::npos) << t;
    EXPECT_EQ(t.find("(A/78/L.5)主席"), std::string::npos) << t;
  }
  // and the same text with its lines unwrapped gives the same speeches
  EXPECT_TRUE(has_paragraph(d, "米勒先生(美利坚合众国)(以英语发言)：美国继续与古巴人民站在一起，支持他们决定自己未来的努力。"));
}

// A report a sentence a line (a sentence-aligned corpus), its footnote
// markers plain digits glued after the sentence's stop ("…编写。1"): the
// marker is no second sentence, so the text is still read a sentence a
// line and each numbered paragraph takes its unlabelled sentences below.
TEST(ReportsRecords, SentencePerLineWithPlainMarkersAfterTheStop) {
  const std::string text =
      "联合国\tA/78/215\n"
      "大会\tDistr.: General\n"
      "\t24 July 2023\n"
      "第七十八届会议\n"
      "临时议程项目25\n"
      "农业发展、粮食安全和营养\n"
      "加强小岛屿发展中国家的沿海渔业管理\n"
      "秘书长的报告\n"
      "一.\t导言\n"
      "1. 大会在第76/191号决议中请秘书长向大会第七十八届会议提交一份关于该决议执行情况的报告。\n"
      "本报告即根据这一请求编写。1\n"
      "2. 本报告借鉴了会员国、联合国系统各实体和区域渔业机构提供的资料。2\n"
      "截至2023年5月31日，共收到23份答复。\n"
      "二.\t沿海渔业的现状和趋势\n"
      "3. 现有数据表明，许多沿海渔业资源正面临过度捕捞的压力。\n"
      "在接受评估的种群中，约有40%被认为处于过度捕捞状态。3\n"
      "4. 气候变化正在加剧这些压力。\n"
      "海洋变暖、酸化和珊瑚白化已经改变了许多珊瑚礁鱼类的分布和丰度。\n"
      "5. 联合国粮食及农业组织继续支持各国执行《确保可持续小规模渔业自愿准则》。4\n"
      "联合国开发计划署为11个国家的社区渔业管理项目提供了资金。\n"
      "1 见A/77/209。\n"
      "2 答复全文可查阅经社部网站。\n"
      "3 粮农组织，《2022年世界渔业和水产养殖状况》。\n"
      "4 粮农组织，2015年，罗马。\n";
  const undoc::Document d = doc_of(text);
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
  const undoc::Node* p1 = numbered_paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text,
            "大会在第76/191号决议中请秘书长向大会第七十八届会议提交一份关于该决议执行情况的报告。本报告即根据这一请求"
            "编写。");
  const undoc::Node* p4 = numbered_paragraph(d, 4);
  ASSERT_NE(p4, nullptr);
  EXPECT_EQ(p4->text, "气候变化正在加剧这些压力。海洋变暖、酸化和珊瑚白化已经改变了许多珊瑚礁鱼类的分布和丰度。");
  // each note linked to its numbered paragraph
  for (auto [id, para] : std::vector<std::pair<std::string, long>>{{"1", 1}, {"2", 2}, {"3", 3}, {"4", 5}}) {
    const undoc::Footnote* f = footnote(d, id);
    ASSERT_NE(f, nullptr) << id;
    ASSERT_EQ(f->refs.size(), 1u) << id;
    EXPECT_EQ(f->refs[0].paragraph, para) << id;
  }
}

// A report typed with bracketed notes ("[1]" in the text, "[1] …。" below
// it), the notes set after the body and before the annex: they are the
// report's footnotes, not paragraphs of its last chapter.
TEST(ReportsRecords, BracketedNotesAfterTheBodyBeforeTheAnnex) {
  const std::string text =
      "联合国\tA/78/23\n"
      "大会\tDistr.: General\n"
      "\t12 September 2023\n"
      "第七十八届会议\n"
      "给予殖民地国家和人民独立宣言执行情况特别委员会\n"
      "2023年报告\n"
      "第一章\n"
      "特别委员会的设立、组成和任务\n"
      "1. 特别委员会是大会根据第1654(XVI)号决议设立的。[1] 大会在其第77/149号决议中请特别委员会继续寻求适当方法。\n"
      "2. 特别委员会目前由29个成员组成。成员名单见本报告附件。\n"
      "第二章\n"
      "特别委员会的工作安排\n"
      "3. 特别委员会2023年届会于2023年2月24日在联合国总部开幕。秘书长在开幕会议上讲话。[2]\n"
      "4. 在2023年6月23日第11次会议上，特别委员会通过了本报告。\n"
      "[1] 1961年11月27日第1654(XVI)号决议。\n"
      "[2] 见A/AC.109/2023/SR.1。\n"
      "附件\n"
      "特别委员会成员名单\n"
      "安提瓜和巴布达\n"
      "玻利维亚(多民族国)\n"
      "智利\n";
  const undoc::Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 2u);
  const undoc::Footnote* f1 = footnote(d, "1");
  ASSERT_NE(f1, nullptr);
  EXPECT_EQ(f1->text, "1961年11月27日第1654(XVI)号决议。");
  ASSERT_EQ(f1->refs.size(), 1u);
  EXPECT_EQ(f1->refs[0].paragraph, 1);
  const undoc::Footnote* f2 = footnote(d, "2");
  ASSERT_NE(f2, nullptr);
  ASSERT_EQ(f2->refs.size(), 1u);
  EXPECT_EQ(f2->refs[0].paragraph, 3);
  const undoc::Node* p3 = numbered_paragraph(d, 3);
  ASSERT_NE(p3, nullptr);
  EXPECT_EQ(p3->text, "特别委员会2023年届会于2023年2月24日在联合国总部开幕。秘书长在开幕会议上讲话。");
  for (const std::string& t : paragraph_texts(d)) EXPECT_EQ(t.find("[1]"), std::string::npos) << t;
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "特别委员会成员名单");
}

// A contents page as pdftotext -raw gives it: each row's title, dotted
// leaders, a space and its page, under the head 页次; the first row's
// leaders ran on to the next line, the page after them there. Every row
// gets its page, and no title keeps its leaders or number.
TEST(ReportsRecords, ContentsWithLeadersAndPagesAfterASpace) {
  const std::string text =
      "联合国 A/78/23\n"
      "大会 Distr.: General\n"
      "12 September 2023\n"
      "第七十八届会议\n"
      "给予殖民地国家和人民独立宣言执行情况特别委员会\n"
      "2023年报告\n"
      "目录\n"
      " 页次\n"
      "第一章 特别委员会的设立、组成和任务 ..................................\n"
      "...... 4\n"
      "第二章 特别委员会的工作安排 ........................................ 5\n"
      " A. 届会开幕 ........................................ 5\n"
      " B. 主席团成员的选举 ........................................ 6\n"
      "第三章 通过报告 ........................................ 10\n"
      "第一章\n"
      "特别委员会的设立、组成和任务\n"
      "1. 特别委员会是大会根据第1654(XVI)号决议设立的。大会在其第77/149号决议中请特别委员会继\n"
      "续寻求适当方法。\n"
      "第二章\n"
      "特别委员会的工作安排\n"
      "A. 届会开幕\n"
      "2. 特别委员会2023年届会于2023年2月24日在联合国总部开幕。秘书长在开幕会议上讲话。\n"
      "B. 主席团成员的选举\n"
      "3. 在2023年2月24日第1次会议上，特别委员会以鼓掌方式选举了主席团成员。\n"
      "第三章\n"
      "通过报告\n"
      "4. 在2023年6月23日第11次会议上，特别委员会通过了本报告。\n"
      "\n"
      "23-17890 (C)\n"
      "1/9\n";
  const undoc::Document d = doc_of(text);
  ASSERT_TRUE(d.toc.present);
  ASSERT_EQ(d.toc.entries.size(), 5u);
  const std::vector<std::pair<std::string, long>> want = {
      {"特别委员会的设立、组成和任务", 4}, {"特别委员会的工作安排", 5}, {"届会开幕", 5}, {"主席团成员的选举", 6}, {"通过报告", 10}};
  for (size_t k = 0; k < want.size(); ++k) {
    EXPECT_EQ(d.toc.entries[k].title, want[k].first) << k;
    EXPECT_EQ(d.toc.entries[k].page, want[k].second) << k;
  }
  EXPECT_EQ(d.toc.entries[2].level, 2);
}

// A budget fascicle's contents over two pages, the title repeated on the
// second as "目录(续)" over its column head: a head of the contents, not
// the first words of the next row's title.
TEST(ReportsRecords, ContentsContinuedOnTheNextPage) {
  const std::string text =
      "联合国                                                              A/78/6 (Sect. 24)\n"
      "                大会                                                Distr.: General\n"
      "                                                                    12 April 2023\n"
      "第七十八届会议\n"
      "暂定项目清单* 项目139和140\n"
      "2024年拟议方案预算\n"
      "\n"
      "                            2024年拟议方案预算\n"
      "                   第24款\n"
      "                   人权\n"
      "\n"
      "                                          目录\n"
      "                                                                          页次\n"
      "          前言 ......................................................................     3\n"
      "          A.    2024年拟议方案计划和2022年方案执行情况 .............................     4\n"
      "                次级方案1，人权主流化、发展权、研究和分析 ..........................     6\n"
      "\n"
      "23-06789 (C)     140423     180423\n"
      "\fA/78/6 (Sect. 24)\n"
      "\n"
      "                                       目录(续)\n"
      "                                                                          页次\n"
      "                次级方案2，支助人权条约机构 ........................................     9\n"
      "          B.    2024年拟议所需资源(经常预算) ......................................    18\n"
      "\n"
      "                                             前言\n"
      "          在人权高专办成立三十周年之际，我们必须重申对《世界人权宣言》所载普遍\n"
      "          价值观的承诺。\n"
      "\n"
      "          A.    2024年拟议方案计划和2022年方案执行情况\n"
      "          24.1  联合国人权事务高级专员办事处(人权高专办)负责促进和保护所有人享有\n"
      "                一切人权。该任务源自大会第48/141号决议。\n"
      "\n"
      "2/30                                                                    23-06789\n";
  const undoc::Document d = doc_of(text);
  ASSERT_TRUE(d.toc.present);
  ASSERT_EQ(d.toc.entries.size(), 5u);
  EXPECT_EQ(d.toc.entries[3].title, "次级方案2，支助人权条约机构");
  EXPECT_EQ(d.toc.entries[3].page, 9);
  EXPECT_EQ(d.toc.entries[4].number, "B");
  EXPECT_EQ(d.toc.entries[4].page, 18);
  bool kept = false;
  for (const std::string& h : d.toc.heads) kept = kept || h == "目录(续)";
  EXPECT_TRUE(kept);
  for (const auto& e : d.toc.entries) EXPECT_EQ(e.title.find("目录"), std::string::npos) << e.title;
}

// A summary record whose meeting went on in private closes with the end of
// its public part, "会议的公开部分于下午5时55分结束。": the record's closing
// line and the time it closed at.
TEST(ReportsRecords, SummaryRecordClosedAtTheEndOfItsPublicPart) {
  const std::string text =
      "联合国\tCERD/C/SR.2987\n"
      "消除种族歧视国际公约\tDistr.: General\n"
      "\t16 August 2023\n"
      "消除种族歧视委员会\n"
      "第一一〇届会议\n"
      "第2987次会议简要记录\n"
      "2023年8月10日星期四下午3时在日内瓦万国宫举行\n"
      "主席：\t索维尼先生\n"
      "目录\n"
      "审议缔约国根据《公约》第九条提交的报告、评论和资料(续)\n"
      "本记录可以更正。\n"
      "下午3时开会。\n"
      "审议缔约国根据《公约》第九条提交的报告、评论和资料(续)\n"
      "1. 应主席邀请，瓦尔德尼亚代表团在委员会议席就座。\n"
      "2. 桑托斯女士(瓦尔德尼亚)说，国家统计局已于2022年开始在人口普查中收集按族裔分列的数据。\n"
      "会议的公开部分于下午5时55分结束。\n";
  const undoc::Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->opened, "15:00");
  EXPECT_EQ(d.front_matter.meeting->closed, "17:55");
  ASSERT_FALSE(d.closing.empty());
  EXPECT_EQ(d.closing.back().kind, "adjourned");
  EXPECT_EQ(d.closing.back().text, "会议的公开部分于下午5时55分结束。");
}

// A summary record's front matter names its chair and, on the line below,
// the officer who took the chair later ("后来：", the English "Later:"):
// that line is kept with the notes, not read as the record's subtitle.
TEST(ReportsRecords, SummaryRecordLaterChairIsNoSubtitle) {
  const std::string text =
      "联合国\tE/C.12/2023/SR.14\n"
      "经济及社会理事会\tDistr.: General\n"
      "\t2 March 2023\n"
      "经济、社会、文化权利委员会\n"
      "第七十三届会议\n"
      "第14次会议简要记录\n"
      "2023年2月22日星期三上午10时在日内瓦万国宫举行\n"
      "主席：\t阿卜杜勒-卡里姆女士(摩洛哥)\n"
      "后来：\t卡斯特罗先生(副主席)\n"
      "目录\n"
      "审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n"
      "本记录可以更正。\n"
      "上午10时宣布开会。\n"
      "审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n"
      "1. 应主席邀请，瓦尔德尼亚代表团在委员会议席就座。\n"
      "2. 奥斯特女士(瓦尔德尼亚)说，瓦尔德尼亚通过了《国家人权行动计划》。\n"
      "中午12时55分散会。\n";
  const undoc::Document d = doc_of(text);
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->chair, "主席：\t阿卜杜勒-卡里姆女士(摩洛哥)");
  EXPECT_EQ(d.front_matter.title, "第14次会议简要记录");
  EXPECT_FALSE(d.front_matter.subtitle);
  bool kept = false;
  for (const std::string& n : d.front_matter.notes) kept = kept || n == "后来：\t卡斯特罗先生(副主席)";
  EXPECT_TRUE(kept);
}

// A report's heading tree down to its fifth level, as UN headings go: A. /
// 1. / (a) / (i). A heading numbered in small roman numerals right below a
// lettered one is its child, and "(ii)" its sibling; "(b)" after them goes
// back beside "(a)".
TEST(ReportsRecords, RomanHeadingsNestUnderLetteredOnes) {
  const std::string text =
      "联合国\tE/2023/56\n"
      "经济及社会理事会\tDistr.: General\n"
      "\t10 May 2023\n"
      "2023年届会\n"
      "议程项目19(e)\n"
      "社会与人权问题：联合国难民事务高级专员\n"
      "联合国难民事务高级专员的报告\n"
      "一. 保护\n"
      "1. 本章概述难民署在2022年开展的保护工作。\n"
      "A. 国际保护\n"
      "1. 法律框架\n"
      "2. 难民署继续倡导各国加入1951年《关于难民地位的公约》。\n"
      "(a) 加入情况\n"
      "3. 2022年，又有两个国家加入了该公约。\n"
      "(i) 非洲区域\n"
      "4. 在非洲，一个国家加入了该公约。\n"
      "(ii) 亚洲区域\n"
      "5. 在亚洲，一个国家加入了该公约。\n"
      "(b) 无国籍问题\n"
      "6. 2022年，又有一个国家加入了《减少无国籍状态公约》。\n"
      "二. 解决办法\n"
      "7. 2022年，约有33.9万难民返回原籍国。\n";
  const undoc::Document d = doc_of(text);
  std::vector<const undoc::Node*> heads;
  for (const undoc::Node* n : nodes_of(d, NodeKind::Section)) heads.push_back(n);
  auto level_of = [&](const std::string& title) {
    for (const undoc::Node* n : heads)
      if (n->title == title) return n->level;
    return -1;
  };
  const int a = level_of("加入情况");
  ASSERT_GT(a, 0);
  EXPECT_EQ(level_of("非洲区域"), a + 1);
  EXPECT_EQ(level_of("亚洲区域"), a + 1);
  EXPECT_EQ(level_of("无国籍问题"), a);
  for (const undoc::Node* n : heads)
    if (n->title == "加入情况") {
      ASSERT_EQ(n->children.size(), 3u);  // its paragraph, (i) and (ii)
      EXPECT_EQ(n->children[1].number, "i");
      EXPECT_EQ(n->children[2].number, "ii");
    }
  const undoc::Node* p5 = numbered_paragraph(d, 5);
  ASSERT_NE(p5, nullptr);
  EXPECT_EQ(p5->text, "在亚洲，一个国家加入了该公约。");
}

// "(i)" after "(h)" is the ninth letter, beside the others.
TEST(ReportsRecords, LetterIAfterHStaysBesideTheLetters) {
  std::string text =
      "联合国\tA/78/999\n"
      "大会\tDistr.: General\n"
      "\t10 May 2023\n"
      "第七十八届会议\n"
      "秘书长的报告\n"
      "一. 各项活动\n";
  const char* letters[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
  int k = 1;
  for (const char* l : letters) {
    text += std::string("(") + l + ") 活动领域" + l + "\n";
    text += std::to_string(k++) + ". 本节介绍了这一领域的主要活动和取得的成果。\n";
  }
  const undoc::Document d = doc_of(text);
  int h = -1, i = -1;
  for (const undoc::Node* n : nodes_of(d, NodeKind::Section)) {
    if (n->title == "活动领域h") h = n->level;
    if (n->title == "活动领域i") i = n->level;
  }
  ASSERT_GT(h, 0);
  EXPECT_EQ(i, h);
}

// A treaty body's summary record as pdftotext -raw gives its masthead: the
// convention's name and the date on one line, a single space between. The
// date is the masthead's, the convention kept with the notes, and the
// record's heading and meeting read as where the row stood apart.
TEST(ReportsRecords, RawMastheadRowWithTheDateAfterASpace) {
  const std::string text =
      "CERD/C/SR.2987\n"
      "联合国\n"
      "Distr.: General\n"
      "消除种族歧视国际公约 16 August 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "消除种族歧视委员会\n"
      "第一一〇届会议\n"
      "第2987次会议简要记录\n"
      "2023年8月10日星期四下午3时在日内瓦万国宫举行\n"
      "\n"
      "主席： 索维尼先生\n"
      "\n"
      "目录\n"
      "审议缔约国根据《公约》第九条提交的报告、评论和资料(续)\n"
      "\n"
      "GE.23-15678 (C) 150823 160823\n"
      "\f下午3时开会。\n"
      "审议缔约国根据《公约》第九条提交的报告、评论和资料(续)\n"
      "1. 应主席邀请，瓦尔德尼亚代表团在委员会议席就座。\n"
      "2. 桑托斯女士(瓦尔德尼亚)说，国家统计局已于2022年开始在人口普查中收集按\n"
      "族裔分列的数据。\n"
      "下午5时55分散会。\n"
      "\n"
      "GE.23-15678 2\n";
  const undoc::Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.date, "2023-08-16");
  EXPECT_EQ(d.front_matter.title, "第2987次会议简要记录");
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->number, 2987);
  EXPECT_EQ(d.front_matter.meeting->date, "2023-08-10");
  bool convention = false;
  for (const std::string& n : d.front_matter.notes) {
    convention = convention || n == "消除种族歧视国际公约";
    EXPECT_EQ(n.find("August"), std::string::npos) << n;
  }
  EXPECT_TRUE(convention);
  ASSERT_NE(numbered_paragraph(d, 2), nullptr);
}

}  // namespace

}  // namespace undoc_test_reports_records_test
