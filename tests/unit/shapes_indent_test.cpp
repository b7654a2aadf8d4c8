// Text set as Chinese text is: each paragraph's first line set in by two
// ideographic spaces ("　　"), its wrapped lines at the margin, no blank line
// between paragraphs; headings and the masthead not set in. Wrapped at a
// count of columns (a Han character two), as a fixed-width export wraps.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_shapes_indent_test {

using namespace undoc;

namespace {

using test::doc_of;

// the code points of a UTF-8 string, each as its bytes
std::vector<std::string> chars_of(const std::string& s) {
  std::vector<std::string> out;
  for (size_t k = 0; k < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    out.push_back(s.substr(k, len));
    k += len;
  }
  return out;
}

// a line (or a paragraph set in by "　　") wrapped at `width` columns
std::string wrapped(const std::string& line, int width, bool set_in) {
  std::string out, cur;
  int w = 0;
  for (const std::string& ch : chars_of(set_in ? "　　" + line : line)) {
    const int cw = ch.size() >= 3 ? 2 : 1;
    if (w + cw > width) {
      out += cur + "\n";
      cur.clear();
      w = 0;
    }
    cur += ch;
    w += cw;
  }
  return out + cur + "\n";
}

// a paragraph cut every n characters (as Python's textwrap cuts Han text),
// a blank line after it
std::string filled(const std::string& p, size_t n) {
  std::string out;
  const auto cs = chars_of(p);
  for (size_t k = 0; k < cs.size(); ++k) {
    if (k > 0 && k % n == 0) out += "\n";
    out += cs[k];
  }
  return out + "\n\n";
}

const char* kMasthead =
    "联合国\tA/78/999\n大　会\nDistr.: General\n1 August 2023\nChinese\nOriginal: English\n第七十八届会议\n";

// A paragraph whose one line runs exactly to the width, set in: the line set
// in below it opens the next paragraph (the wrapped lines stand at the margin).
TEST(ShapesIndent, LineSetInBelowAFullLineSetInOpensAParagraph) {
  const std::vector<std::string> paras = {
      "本报告概述了秘书处在本报告所述期间为支持会员国执行相关决议而开展的各项工作，并介绍了取得的主要成果和面临的挑战。",
      "各国在这方面采取的措施多种多样，涉及立法、政策和体制各个层面，",  // (33 characters: 66 columns, set in 70)
      "秘书处继续与各区域委员会和各专门机构密切合作，协助各国加强能力。",
      "秘书长建议会员国进一步加强国际合作，特别是在数据收集、技术援助和能力建设方面的合作，以便在规定期限内实现各项目标。",
      "各区域委员会报告说，区域一级的合作机制在过去两年中得到加强，但资金不足仍然是主要制约因素，许多项目因此推迟执行。",
      "秘书处还注意到，一些会员国在编写国家报告时遇到困难，主要原因是缺乏分类数据和统计能力。",
      "本报告最后提出了供大会审议的若干建议，供会员国在下一届会议期间进一步讨论。"};
  std::string text = std::string(kMasthead) + "议程项目20\n可持续发展\n\n加强区域合作\n秘书长的报告\n一. 导言\n";
  for (const auto& p : paras) text += wrapped(p, 70, true);
  Document d = doc_of(text);
  std::vector<std::string> got;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) got.push_back(n.text);
  });
  EXPECT_EQ(got, paras);
}

// A joint agenda line's first title cut after its 和, the report's line it
// joins below ("…办事处的报告和" / "秘书长的报告"), or after a 的 ("…办事处的" /
// "报告和秘书长的报告"), or a full line within a word, as ICU's word break
// reads it ("…高级专" / "员办事处的报告…"): one title, the next item's on the
// line after.
TEST(ShapesIndent, JointAgendaTitleCutAfterHeGoesOn) {
  for (int width : {50, 60, 70})
   for (const char* cut_at : {"和", "的", "专"}) {
    // (a word cut, "…高级专" / "员办事处…", where the line is full: 25 characters, 50 columns)
    if ((width == 50) != (std::string(cut_at) == "专")) continue;
    std::string text =
        "联合国\tA/HRC/53/99\n大　会\nDistr.: General\n4 May 2023\nChinese\nOriginal: English\n人权理事会\n"
        "第五十三届会议\n2023年6月19日至7月14日\n议程项目2和3\n";
    const std::string first = "联合国人权事务高级专员的年度报告以及人权事务高级专员办事处的报告和秘书长的报告";
    const std::string second = "促进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权";
    // (the title cut right after its 和)
    const auto cs = chars_of(first);
    std::string head, rest;
    bool cut = false;
    for (const auto& c : cs) {
      (cut ? rest : head) += c;
      if (c == cut_at && head.size() > 60) cut = true;
    }
    text += head + "\n" + rest + "\n" + wrapped(second, width, false) + "\n保护公民空间的权利\n联合国人权事务高级专员的报告\n摘要\n";
    text += wrapped("本报告根据人权理事会第50/15号决议提交，审查了公民空间面临的主要挑战。", width, true);
    text += "一. 导言\n";
    for (const char* p : {"人权理事会在第50/15号决议中请联合国人权事务高级专员编写一份报告，说明公民空间面临的挑战和各国为保护公民空间而采取的措施。",
                          "高级专员办事处为编写本报告向会员国、国家人权机构和民间社会组织征集了资料，共收到六十多份答复。",
                          "本报告介绍了各国在保护公民空间方面的良好做法，并就今后的工作提出了若干建议，供理事会审议。"})
      text += wrapped(p, width, true);
    SCOPED_TRACE(std::to_string(width) + " " + cut_at);
    Document d = doc_of(text);
    ASSERT_EQ(d.front_matter.agenda_items.size(), 2u);
    EXPECT_EQ(d.front_matter.agenda_items[0].title, first);
    EXPECT_EQ(d.front_matter.agenda_items[1].title, second);
    ASSERT_TRUE(d.front_matter.title);
    EXPECT_EQ(*d.front_matter.title, "保护公民空间的权利");
    ASSERT_TRUE(d.front_matter.subtitle);
    EXPECT_EQ(*d.front_matter.subtitle, "联合国人权事务高级专员的报告");
  }
}

// The note of an annex's original language below its title's full line
// ("…会议的摘要" / "[原件：英文]") is no part of the title: it stays the
// annex's first paragraph.
TEST(ShapesIndent, OriginalLanguageNoteBelowAFullTitleLine) {
  const std::string title = "关于海平面上升与国际和平与安全的阿里亚办法会议的摘要";  // (26 characters: 52 columns)
  std::string text = std::string(kMasthead) +
                     "2023年4月28日马耳他常驻联合国代表给安全理事会主席的信\n"
                     "　　谨随函附上2023年4月14日阿里亚办法会议的摘要(见附件)。\n"
                     "　　请将本信及其附件作为安全理事会的文件分发为荷。\n"
                     "常驻代表\n大使\n(签名)卡梅尔·维拉\n"
                     "2023年4月28日马耳他常驻联合国代表给安全理事会主席的信的附件\n" +
                     title + "\n[原件：英文]\n";
  for (const char* p : {"2023年4月14日，马耳他与加蓬、日本和阿拉伯联合酋长国在联合国总部共同主办了一次阿里亚办法会议。",
                        "与会者讨论了海平面上升对国际和平与安全的影响，并提出了若干建议。",
                        "会议由马耳他常驻代表主持，三十多个会员国和观察员在会上发言。"})
    text += wrapped(p, 52, true);
  Document d = doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, title);
  ASSERT_FALSE(d.annexes[0].children.empty());
  EXPECT_EQ(d.annexes[0].children[0].text, "[原件：英文]");
}

// A promulgation's formula at the margin below a full line set in, the wrap
// fallen after the clause ("…第12.4条的规定，" / "特此颁布如下："): the
// formula goes on with its sentence, where only a paragraph's first line is set in.
TEST(ShapesIndent, FormulaAtTheMarginGoesOnWithItsSentence) {
  const std::string opening = "秘书长为执行大会第77/256号决议，并根据工作人员条例第12.3条和第12.4条的规定，特此颁布如下：";
  std::string text = "联合国\tST/SGB/2023/1\n秘书处\n2023年1月1日\n秘书长公报\n工作人员细则的临时适用\n" +
                     wrapped(opening, 80, true) + "第1节\n一般规定\n";
  for (const char* p : {"1.1 本公报颁布的工作人员细则修正案自本公报生效之日起临时适用，直至大会第七十八届会议审议为止。",
                        "1.2 本公报第2节和第3节所载的规定取代此前公布的工作人员细则中的相应规定。",
                        "1.3 本公报未作修正的工作人员细则条款继续有效，各部厅负责人应确保工作人员知悉本公报的内容。",
                        "1.4 工作人员对本公报的适用有疑问的，可向所在部厅的执行办公室或人力资源部门咨询，并可要求作出书面答复。",
                        "1.5 本公报的规定适用于所有按照工作人员细则任用的工作人员，但另有规定的除外，临时任用的工作人员亦同。"})
    text += wrapped(p, 80, true);
  text += "第2节\n生效\n";
  text += wrapped("2.1 本公报自2023年1月1日起生效，其适用情况将由主管管理战略、政策和合规事务副秘书长定期审查并向大会报告。", 80, true);
  Document d = doc_of(text);
  std::vector<std::string> got;
  for (const auto& p : d.front_matter.paragraphs) got.push_back(p.text);
  EXPECT_EQ(got, std::vector<std::string>{opening});
}

// An annotated agenda wrapped at 50 columns, long paragraphs (few first
// lines set in, an eighth of the lines): an item's numbered line that runs
// to the width stands whole, a heading, the line set in below it opening
// its text ("7. 安排会议、…：总务委员会的报告" / "　　根据议事规则第40条，…").
TEST(ShapesIndent, NumberedItemAboveALineSetInIsAHeading) {
  std::string text = std::string(kMasthead) + "临时议程项目7\n第七十八届会议临时议程的说明\n秘书长的说明\n";
  const std::vector<std::pair<std::string, std::vector<std::string>>> items = {
      {"5. 选举各主要委员会主席团成员",
       {"根据议事规则第99条(a)项，各主要委员会应至少在届会开幕前三个月选出主席、三名副主席和报告员，以便主席团能在届会开幕前做好准备工作。",
        "各主要委员会主席团成员的选举应依照公平地域分配、经验和个人能力的原则进行，各区域集团应事先就候选人达成一致。"}},
      {"6. 选举大会副主席",
       {"根据议事规则第30条，大会二十一名副主席应至少在届会开幕前三个月选出，其区域分配载于第33/138号决议附件第1段，并应适当顾及主要委员会主席的分配。"}},
      {"7. 安排会议、通过议程和分配项目：总务委员会报告",  // (21 characters and "7. ": 45 columns, full at 50)
       {"根据议事规则第40条，总务委员会将在每届会议开始时审议临时议程和补充项目清单，并就每一项目的列入和分配向大会提出建议。",
        "总务委员会还将就届会的工作安排和闭幕日期向大会提出建议，预计总务委员会将于届会开幕后第一周举行会议。"}},
      {"8. 一般性辩论",
       {"一般性辩论将于2023年9月19日星期二开始，并将持续至9月23日星期六，其后于9月26日星期二继续进行，发言者名单将按照既定做法编排。"}}};
  for (const auto& [head, paras] : items) {
    text += wrapped(head, 50, false);
    for (const auto& p : paras) text += wrapped(p, 50, true);
  }
  Document d = doc_of(text);
  std::vector<std::string> titles;
  std::vector<size_t> counts;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section) {
      titles.push_back(n.title);
      counts.push_back(n.children.size());
    }
  });
  ASSERT_EQ(titles.size(), items.size());
  for (size_t k = 0; k < items.size(); ++k) {
    SCOPED_TRACE(k);
    EXPECT_EQ(titles[k], items[k].first.substr(3));
    EXPECT_EQ(counts[k], items[k].second.size());
  }
}

// A note of a few paragraphs wrapped at 60 characters (Python's textwrap,
// a blank line between paragraphs: tests/unit/data/…-textwrap60.txt, made
// from the sample by textwrap.fill(p, 60)) above annexes of short lines (the
// election note's candidates and their particulars): the widest lines, each
// running on into the line below and none ending a sentence, are a wrap's,
// though most lines are shorter; the number cut at a line's end ("…自2" /
// "024年1月1日起算。") is joined back.
TEST(ShapesIndent, FewParagraphsAtACountAboveShortLinesAreWrapped) {
  Document d = doc_of(test::read_file("tests/unit/data/note-sg-election-candidates-textwrap60.txt"));
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  auto numbered = [](const Document& doc) {
    std::vector<std::string> out;
    walk(doc.body, [&](const Node& n) {
      if (n.kind == NodeKind::Paragraph && n.paragraph_kind == "numbered") out.push_back(n.text);
    });
    return out;
  };
  const auto want = numbered(doc_of(test::read_file("samples/note-sg-election-candidates-para.txt")));
  ASSERT_EQ(want.size(), 6u);
  EXPECT_EQ(numbered(d), want);
}

// Text wrapped at 60 characters where few paragraphs run past a line (too
// few lines at the wrap to measure it): a long line that stops mid-phrase
// takes the short line right below it that ends its clause ("…第2573(2021)号"
// / "决议，"), and a line of nothing but a closing mark ("。", what the wrap
// left of a paragraph 61 characters long) goes on its paragraph.
TEST(ShapesIndent, LeftOverOfAWrapAtSixtyGoesOn) {
  auto fill60 = [](const std::string& p) { return filled(p, 60); };
  const std::vector<std::string> preamble = {
      "安全理事会，",
      "回顾其关于保护武装冲突中平民的各项决议，包括第1265(1999)号、第1894(2009)号和第2573(2021)号决议，",
      "重申其根据《联合国宪章》负有维护国际和平与安全的首要责任，",
      "强调供水和卫生服务中断会导致经水传播疾病的暴发，对儿童、妇女和老年人的影响尤为严重，",
      // (61 characters: the wrap leaves its full stop alone on the next line)
      "深为关切武装冲突中针对供水系统、污水处理设施以及为其供电的能源设施的攻击不断增加，致使数以百万计的平民无法获得安全饮用水。"};
  std::string text = "联合国\tS/RES/2999 (2023)\n安全理事会\nDistr.: General\n1 June 2023\n\n第2999(2023)号决议\n\n"
                     "2023年6月1日安全理事会第9999次会议通过\n\n";
  for (const auto& p : preamble) text += fill60(p);
  for (const char* p : {"1. 要求武装冲突各方遵守国际人道法规定的义务；", "2. 请秘书长在其年度报告中列入关于本决议执行情况的资料；",
                        "3. 决定继续积极处理此案。"})
    text += fill60(p);
  Document d = doc_of(text);
  std::vector<std::string> got;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph && n.paragraph_kind != "numbered") got.push_back(n.text);
  });
  EXPECT_EQ(got, preamble);
}

// pandoc's plain text: paragraphs parted by blank lines, wrapped at 72
// columns, a numbered paragraph's lines hung under its text. A full line's
// paragraph goes on into the line right below it whatever that opens with
// ("…说明理由，" / "部厅负责人应…", "…第4.2节，" / "特此颁布如下："), and a
// lead-in's sub-items (一) (二) set off by blank lines are the paragraph's, as
// (a) (b) are.
TEST(ShapesIndent, PandocPlainText) {
  auto wrap72 = [](const std::string& label, const std::string& p) {
    std::string out = label, hang(label.size(), ' ');
    int w = static_cast<int>(label.size());
    for (const std::string& ch : chars_of(p)) {
      const int cw = ch.size() >= 3 ? 2 : 1;
      if (w + cw > 72) {
        out += "\n" + hang;
        w = static_cast<int>(hang.size());
      }
      out += ch;
      w += cw;
    }
    return out + "\n\n";
  };
  const std::string opening = "主管管理战略、政策和合规事务副秘书长根据秘书长公报ST/SGB/2009/4第4.2节，特此颁布如下：";
  const std::string clause = "未在规定期限内提交旅行请求的，旅行人应以书面形式说明理由，部厅负责人应将该理由记录在案。";
  std::string text = "联合国\tST/AI/2023/9\n\n秘书处\n\n2023年4月3日\n\n行政指示\n\n公务旅行\n\n" + wrap72("", opening) +
                     "第1节\n\n一般规定\n\n";
  text += wrap72("1.1 ", "本指示适用于经核准代表本组织进行公务旅行的工作人员，以及依照工作人员细则有权由本组织支付旅费的工作人员合格家属。");
  text += wrap72("1.2 ", "一切公务旅行均须在旅行开始前以书面形式事先获得核准，旅行请求应至少在出发日期之前十六个日历日提交。");
  text += wrap72("1.3 ", clause);
  text += wrap72("1.4 ", "部厅负责人的职权如下：");
  for (const char* sub : {"(一) 核准本部厅工作人员的公务旅行；", "(二) 确定旅行的必要性和最经济的旅行方式；",
                          "(三) 审查旅行报告并提出意见。"})
    text += wrap72("", sub);
  text += wrap72("1.5 ", "本指示自印发之日起生效，此前就公务旅行印发的行政指示同时废止，各部厅应据此修订本部门的内部程序。");
  Document d = doc_of(text);
  ASSERT_EQ(d.front_matter.paragraphs.size(), 1u);
  EXPECT_EQ(d.front_matter.paragraphs[0].text, opening);
  std::vector<std::string> got;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) got.push_back(n.text);
  });
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[2], clause);
  EXPECT_EQ(got[3], "部厅负责人的职权如下：(一) 核准本部厅工作人员的公务旅行；(二) 确定旅行的必要性和最经济的旅行方式；(三) 审查旅行报告并提出意见。");
}

// A Security Council record whose every line stands apart, a blank line
// between (a word processor's paragraphs saved as text): its members, a
// country and its representative a line, are notes each, not a paragraph
// glued from them.
TEST(ShapesIndent, CouncilMembersApartAreNotesEach) {
  const std::vector<std::string> lines = {
      "联合国\tS/PV.9999", "临时文件", "安全理事会", "第七十八年", "第9999次会议", "2023年5月4日星期四上午10时", "纽约",
      "主席：\t张先生\t(中国)", "成员：\t阿尔巴尼亚\t霍克沙先生", "\t巴西\t德索萨先生", "\t厄瓜多尔\t蒙特斯女士",
      "\t法国\t迪朗先生", "\t日本\t山本先生", "议程", "维持国际和平与安全", "上午10时05分开会。", "通过议程", "议程通过。",
      "维持国际和平与安全", "主席：我谨欢迎各位出席本次会议。", "上午11时20分散会。"};
  std::string text;
  for (const auto& l : lines) text += l + "\n\n";
  Document d = doc_of(text);
  const auto& notes = d.front_matter.notes;
  for (const char* m : {"巴西\t德索萨先生", "厄瓜多尔\t蒙特斯女士", "日本\t山本先生"})
    EXPECT_TRUE(std::find(notes.begin(), notes.end(), m) != notes.end()) << m;
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
}

// An annotated agenda's documents under "文件", a line each, where a
// document's line runs to the wrap width (wrapped at 62 columns, paragraphs
// set in): a line that ends with its symbol in brackets ends its document,
// full or not.
TEST(ShapesIndent, AgendaDocumentLineAsWideAsTheWrap) {
  std::string text = "联合国\tA/78/100\n大会\nDistr.: General\n14 July 2023\n\n第七十八届会议\n\n第七十八届常会临时议程说明\n\n";
  text += "7. 安排会议、通过议程和分配项目：总务委员会的报告\n";
  text += wrapped("根据议事规则第40条，总务委员会将在每届会议开始时审议临时议程和补充项目清单，并就每一项目的列入向大会提出建议。"
                  "总务委员会还将就届会的工作安排和闭幕日期向大会提出建议。",
                  62, true);
  text += "文件\n大会第七十八届常会临时议程(A/78/150)\n"
          "秘书长关于安排会议、通过议程和分配项目的备忘录(A/BUR/78/1)\n总务委员会的报告\n8. 一般性辩论\n";
  text += wrapped("一般性辩论将于2023年9月19日星期二开始，并将持续至9月23日星期六，其后于9月26日星期二继续进行。"
                  "大会在以往各届会议上决定，一般性辩论的发言以15分钟为限，发言者名单将按照既定做法编排。",
                  62, true);
  text += "9. 选举大会副主席\n";
  text += wrapped("根据议事规则第30条，大会二十一名副主席应至少在届会开幕前三个月选出，其区域分配载于第33/138号决议附件第1段，"
                  "并应适当顾及主要委员会主席的分配情况。",
                  62, true);
  Document d = doc_of(text);
  const Node* list = nullptr;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.title == "文件") list = &n;
  });
  ASSERT_TRUE(list);
  std::vector<std::string> docs;
  for (const Node& n : list->children) docs.push_back(n.kind == NodeKind::Paragraph ? n.text : "heading: " + n.title);
  EXPECT_EQ(docs, (std::vector<std::string>{"大会第七十八届常会临时议程(A/78/150)",
                                            "秘书长关于安排会议、通过议程和分配项目的备忘录(A/BUR/78/1)", "总务委员会的报告"}));
}

// A bulletin's promulgation sentence below its title, cut by a wrap at 40
// characters where its line holds digits (so measured short in columns):
// a line with a clause in it and a line right below is no subtitle, the two
// are the front matter's paragraph.
TEST(ShapesIndent, ClauseBelowTheTitleIsNoSubtitle) {
  auto fill40 = [](const std::string& p) { return filled(p, 40); };
  const std::string opening = "秘书长为执行大会第77/256号决议，并根据工作人员条例第12.3条和第12.4条的规定，特此颁布如下：";
  std::string text = "联合国     ST/SGB/2023/9\n\n秘书处\n\n2023年1月1日\n\n秘书长公报\n\n工作人员细则的临时适用\n\n" +
                     fill40(opening) + "第1节\n\n一般规定\n\n";
  for (const char* p : {"1.1 本公报颁布的工作人员细则修正案自本公报生效之日起临时适用，直至大会第七十八届会议审议为止。",
                        "1.2 本公报第2节和第3节所载的规定取代此前公布的工作人员细则中的相应规定，各部厅应据此执行。",
                        "1.3 本公报未作修正的工作人员细则条款继续有效，各部厅负责人应确保工作人员知悉本公报的内容。"})
    text += fill40(p);
  Document d = doc_of(text);
  EXPECT_FALSE(d.front_matter.subtitle);
  ASSERT_EQ(d.front_matter.paragraphs.size(), 1u);
  EXPECT_EQ(d.front_matter.paragraphs[0].text, opening);
}

// A note at the text's end whose last sentence a wrap cut before its full
// stop ("¹ …在日本京都举行" / "。"), in text read a paragraph a line: the
// stop goes on the note, not on the paragraph above it.
TEST(ShapesIndent, StopLeftBelowANoteGoesOnTheNote) {
  const std::string text =
      "联合国\tE/CN.15/2023/1\n\n经济及社会理事会\n\nDistr.: General\n\n22 February 2023\n\n"
      "预防犯罪和刑事司法委员会\n\n第三十二届会议\n\n临时议程\n\n"
      "1. 选举主席团成员。\n\n2. 通过议程和其他组织事项。\n\n"
      "3. 第十四届联合国预防犯罪和刑事司法大会¹的后续行动。\n\n4. 委员会今后的工作。\n\n"
      "5. 通过委员会第三十二届会议报告。\n\n"
      "¹ 第十四届联合国预防犯罪和刑事司法大会于2021年3月7日至12日在日本京都举行\n。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "第十四届联合国预防犯罪和刑事司法大会于2021年3月7日至12日在日本京都举行。");
  std::vector<std::string> got;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) got.push_back(n.text);
  });
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), "通过委员会第三十二届会议报告。");
}

// A note whose line a wrap cut at a hyphen ("³ …“COVID-" / "19全球性别应对措施
// 追踪”，…", Python's textwrap breaks there): the line below goes on the
// note though it opens with a number.
TEST(ShapesIndent, NoteCutAtAHyphenGoesOn) {
  const std::string text =
      "联合国\tE/CN.6/2023/3\n\n经济及社会理事会\n\nDistr.: General\n\n20 December 2022\n\n"
      "妇女地位委员会\n\n第六十七届会议\n\n优先主题\n\n秘书长的报告\n\n"
      "1. 本报告审查了各国在社会保护方面的做法。\n\n"
      "2. 冠状病毒病大流行期间，许多国家迅速扩大了现金转移方案，但只有少数措施专门针对妇女的需要。³\n\n"
      "3. 秘书长建议各国加强社会保护制度，使之顾及性别平等。\n\n"
      "³ 联合国开发计划署和妇女署，“COVID-\n19全球性别应对措施追踪”，2022年更新数据。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "联合国开发计划署和妇女署，“COVID-19全球性别应对措施追踪”，2022年更新数据。");
}

// A paragraph's line a wrap cut at a hyphen ("回顾《2015-" / "2030年仙台…》，…",
// where Python's textwrap breaks), in text read a paragraph a line: one
// paragraph, the number whole.
TEST(ShapesIndent, ParagraphCutAtAHyphenGoesOn) {
  const std::string text =
      "联合国\tA/HRC/RES/52/99\n\n大　会\n\nDistr.: General\n\n12 April 2023\n\n人权理事会\n\n第五十二届会议\n\n"
      "人权理事会2023年4月4日通过的决议\n\n52/99. 紧急情况中的残疾人权利\n\n人权理事会，\n\n"
      "重申《世界人权宣言》，\n\n"
      // (lines of 60 characters, wider than any PDF line: a paragraph a line, but for the cut)
      "深为关切残疾人在武装冲突、人道主义紧急情况和自然灾害发生时面临更高的风险，往往被排除在应急准备、救援和恢复重建工作之外，\n\n"
      "回顾《2015-\n2030年仙台减少灾害风险框架》，其中确认残疾人及其组织在评估灾害风险以及设计和执行相关计划方面的关键作用，\n\n"
      "1. 促请各国确保残疾人平等获得人道主义援助；\n\n2. 决定继续审议这一问题。\n";
  Document d = doc_of(text);
  std::vector<std::string> got;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph && n.paragraph_kind == "preambular") got.push_back(n.text);
  });
  EXPECT_EQ(got, (std::vector<std::string>{
                     "重申《世界人权宣言》，",
                     "深为关切残疾人在武装冲突、人道主义紧急情况和自然灾害发生时面临更高的风险，往往被排除在应急准备、救援和恢复重建工作之外，",
                     "回顾《2015-2030年仙台减少灾害风险框架》，其中确认残疾人及其组织在评估灾害风险以及设计和执行相关计划方面的关键作用，"}));
}

}  // namespace

}  // namespace undoc_test_shapes_indent_test
