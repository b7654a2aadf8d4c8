// Conventions of kinds of document, and shapes of text, read from probes
// made in real UN conventions (stop 24): a provisional agenda's opening date,
// a Security Council preamble, a joint letter's masthead, text wrapped at a
// count of characters.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_test {

using namespace undoc;

namespace {

using test::doc_of;

const char* kAgendaHead =
    "联合国 A/78/150\n大会\nDistr.: General\n7 July 2023\nChinese\nOriginal: English\n\n第七十八届会议\n";

// A provisional agenda states when the session opens under the session line:
// that line is kept with the notes, and 临时议程 is the title.
TEST(KindProbes, AgendaOpeningDateIsANoteNotTheTitle) {
  for (const char* opening : {"2023年9月5日星期二下午3时在联合国总部开幕", "开幕日期：2023年9月5日星期二下午3时",
                              "2023 年 9 月 5 日星期二下午 3 时开幕", "开幕日期：2023年9月5日星期二下午3时，"}) {
    Document d = doc_of(std::string(kAgendaHead) + opening +
                        "\n\n临时议程\n\n1. 由大会第七十七届会议主席宣布开会。\n\n2. 默祷或沉思一分钟。\n");
    SCOPED_TRACE(opening);
    ASSERT_TRUE(d.front_matter.title);
    EXPECT_EQ(*d.front_matter.title, "临时议程");
    EXPECT_EQ(d.front_matter.notes, std::vector<std::string>{opening});
    EXPECT_FALSE(d.front_matter.subtitle);
  }
  // (a date and what it says happened is no opening line: a letter's title stays one)
  Document d = doc_of(std::string(kAgendaHead) +
                      "议程项目 34\n预防武装冲突\n\n2023年9月29日秘书长给大会主席的信\n\n谨提请你注意我的报告。\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "2023年9月29日秘书长给大会主席的信");
}

// A Security Council resolution's preamble: 认定… and 根据《联合国宪章》第七章
//采取行动 open clauses of their own, also where the clause above filled its
// line (pdftotext's default and -raw modes keep no indent to tell)
TEST(KindProbes, SecurityCouncilPreambleClausesOpenWithTheirVerbs) {
  const std::string text =
      "联合国 S/RES/2700 (2023)\n安全理事会\nDistr.: General\n19 October 2023\n\n第 2700 (2023)号决议\n"
      "2023年10月19日安全理事会第9445次会议通过\n\n安全理事会，\n"
      "重申尊重索马里的主权、领土完整、政治独立和统一，\n"
      "欢迎索马里联邦政府为打击青年党所作的努力，并表示注意到联邦成员州所发挥的作用，\n"
      "认定索马里局势继续构成对该区域国际和平与安全的威胁，\n"
      "根据《联合国宪章》第七章采取行动，\n"
      "1. 决定延长第 2662 (2022)号决议第 27 段规定的措施，至 2024 年 12 月 1 日止，并决定在\n"
      "本决议通过后 120 天内审查这些措施；\n"
      "2. 决定继续积极处理此案。\n";
  Document d = doc_of(text);
  std::vector<std::string> preamble;
  for (const Node& n : d.body)
    if (n.paragraph_kind == "preambular") preamble.push_back(n.text);
  EXPECT_EQ(preamble, (std::vector<std::string>{"重申尊重索马里的主权、领土完整、政治独立和统一，",
                                                "欢迎索马里联邦政府为打击青年党所作的努力，并表示注意到联邦成员州所发挥的作用，",
                                                "认定索马里局势继续构成对该区域国际和平与安全的威胁，",
                                                "根据《联合国宪章》第七章采取行动，"}));
}

// A joint letter names its organs side by side in the masthead and again over
// each one's session block: front_matter.organs holds each once, in order,
// and the repeated lines are kept with the notes (no word of the input lost)
TEST(KindProbes, JointLetterNamesEachOrganOnce) {
  for (const char* masthead : {"大会\t安全理事会\tDistr.: General\n", "大会                    安全理事会\nDistr.: General\n"}) {
    SCOPED_TRACE(masthead);
    Document d = doc_of(std::string("联合国 A/78/512–S/2023/725\n") + masthead +
                        "2 October 2023\nChinese\nOriginal: English\n\n大会\n第七十八届会议\n议程项目 34\n预防武装冲突\n\n"
                        "安全理事会\n第七十八年\n\n2023年9月29日秘书长给大会主席和安全理事会主席的同文信\n\n"
                        "谨提请你注意我关于预防性外交的报告。\n\n请将本信作为大会议程项目 34 下的文件和安全理事会的文件分发为荷。\n");
    EXPECT_EQ(d.front_matter.organs, (std::vector<std::string>{"大会", "安全理事会"}));
    EXPECT_EQ(d.front_matter.notes, (std::vector<std::string>{"大会", "安全理事会", "第七十八年"}));
    ASSERT_TRUE(d.front_matter.session_text);
    EXPECT_EQ(*d.front_matter.session_text, "第七十八届会议");
  }
}

// Text wrapped at a count of characters (Python's textwrap, a fixed-width
// field), not at a width of columns: a line full by its count ends a
// sentence mid-paragraph although its digits leave it short in columns
TEST(KindProbes, TextWrappedAtACountOfCharacters) {
  const std::string text =
      "一、导言\n"
      "对于依赖进口的低收入国家而言，这意味着粮食进口账单大幅增加，\n"
      "在2022年和2023年分别达到1597亿和1272亿美元。\n"
      "许多小农户无法承受化肥价格的上涨，被迫减少了种植面积和投入。\n\n"
      "秘书长建议会员国扩大对小农户的气候融资，并加强预警系统和保险\n"
      "，各国应在二〇二五年之前将适应资金增加一倍，确保妇女和青年能\n"
      "够平等获得资源。\n\n"
      "国际农业发展基金在2022年向42个国家提供了共15亿美元。\n"
      "基金的评价表明，受益家庭的收入平均提高了两成以上，粮食安全状\n"
      "况明显改善。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.body.size(), 1u);
  std::vector<std::string> paras;
  for (const Node& n : d.body[0].children) paras.push_back(n.text);
  ASSERT_EQ(paras.size(), 3u);
  EXPECT_EQ(paras[0],
            "对于依赖进口的低收入国家而言，这意味着粮食进口账单大幅增加，在2022年和2023年分别达到1597亿和1272亿美元。"
            "许多小农户无法承受化肥价格的上涨，被迫减少了种植面积和投入。");
  EXPECT_EQ(paras[2], "国际农业发展基金在2022年向42个国家提供了共15亿美元。基金的评价表明，受益家庭的收入平均提高了两成以上，粮食安全状况明显改善。");
  EXPECT_EQ(d.source.layout.width, 61);  // (in columns, two a character, as a wrap of columns reads)
  EXPECT_EQ(d.source.layout.evidence.back(), "lines of 30 characters run on into the next line");
  // (a paragraph's first line set in by two ideographic spaces, which the
  // wrap counted: "　　对于…" of 30 characters with them)
  Document e = doc_of(
      "一、导言\n"
      "　　对于依赖进口的低收入国家而言，这意味着粮食进口账单大幅增\n"
      "加，在2022年和2023年达到1597亿和1272亿美元。\n"
      "许多小农户无法承受化肥价格的上涨，被迫减少了种植面积和投入。\n"
      "　　秘书长建议会员国扩大对小农户的气候融资，并加强预警系统和\n"
      "保险，各国应在二〇二五年之前将适应资金增加一倍，确保妇女和青\n"
      "年能够平等获得资源。\n"
      "　　国际农业发展基金在2022年向42个国家提供了共15亿美\n"
      "元。基金的评价表明，受益家庭的收入平均提高了两成以上，粮食安\n"
      "全状况明显改善。\n");
  ASSERT_EQ(e.body.size(), 1u);
  ASSERT_EQ(e.body[0].children.size(), 3u);
  EXPECT_EQ(e.body[0].children[0].text,
            "对于依赖进口的低收入国家而言，这意味着粮食进口账单大幅增加，在2022年和2023年达到1597亿和1272亿美元。"
            "许多小农户无法承受化肥价格的上涨，被迫减少了种植面积和投入。");
  EXPECT_EQ(e.source.layout.evidence.back(), "lines of 30 characters run on into the next line");
}

// pdftotext -nopgbrk, or a copy from a PDF reader: no form feeds, and the
// footnotes at a page's foot are read as footnotes all the same, the pages
// told by the job number closing each
TEST(KindProbes, FootnotesOfPagesWithoutFormFeeds) {
  const std::string text =
      "联合国 A/77/212\n大会 Distr.: General\n27 July 2022\n\n第七十七届会议\n\n一. 导言\n"
      "1. 大会在第 76/222 号决议中请秘书长提交报告。1\n"
      "2. 据估计，2021 年全世界受饥饿影响的人数多达 8.28 亿。2\n"
      "1 见 A/76/222。\n2 粮农组织，《2022 年世界粮食安全和营养状况》。\n\n22-11633 (C)\n\n"
      "A/77/212\n3. 本报告第二节分析粮食系统冲击对小农户的影响。\n\n22-11633 (C)\n\n-2-\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "见 A/76/222。");
  EXPECT_EQ(d.footnotes[1].id, "2");
  EXPECT_FALSE(d.source.layout.form_feeds);
  EXPECT_EQ(d.source.layout.evidence.front(), "2 pages, each but the last closed by its footer's job number (no form feeds)");
  std::vector<std::string> paras;
  for (const Node& n : d.body.at(0).children) paras.push_back(n.text);
  EXPECT_EQ(paras, (std::vector<std::string>{"大会在第 76/222 号决议中请秘书长提交报告。", "据估计，2021 年全世界受饥饿影响的人数多达 8.28 亿。",
                                             "本报告第二节分析粮食系统冲击对小农户的影响。"}));
}

// A PDF reader that sets each line of justified text as a block of its own
// (MuPDF's text) may put a blank line inside a paragraph: after a full line
// cut between two Han characters, the paragraph goes on
TEST(KindProbes, BlankLineInsideAWordCutAtAFullLine) {
  const std::string text =
      "一、导言\n\n"
      "重申《2030年可持续发展议程》中的承诺，即不让任何一个人掉队，并首先努\n\n"
      "力帮助落在最后面的人，同时关切地看到城乡之间在获得宽带连接方面的差\n"
      "距依然很大。\n\n"
      "认识到会员国、联合国系统、私营部门和民间社会在弥合农村数字鸿沟方面\n"
      "可以发挥的作用，各方应当加强合作，共同推动农村社区的数字包容进程。\n\n"
      "鉴于获得信息和通信技术已成为充分享有经济、社会和文化权利的重要条件\n"
      "和参与公共生活的重要前提，各国应当作出更大的努力来缩小数字鸿沟、提\n"
      "高农村居民的数字技能并且确保所有人都能负担得起可靠的宽带连接服务。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.body.size(), 1u);
  std::vector<std::string> paras;
  for (const Node& n : d.body[0].children) paras.push_back(n.text);
  ASSERT_EQ(paras.size(), 3u) << paras.front();
  EXPECT_EQ(paras[0],
            "重申《2030年可持续发展议程》中的承诺，即不让任何一个人掉队，并首先努力帮助落在最后面的人，"
            "同时关切地看到城乡之间在获得宽带连接方面的差距依然很大。");
  EXPECT_EQ(d.body[0].children[0].fragments, 1);
}

// MuPDF's text sets the masthead's letter-spaced 联 合 国 a character a line:
// the masthead's label, not the title, nor a note
TEST(KindProbes, MastheadLabelACharacterALine) {
  Document d = doc_of(
      "联\n合\n国\nA/C.6/77/SR.12\n\n大会\nDistr.: General\n\n第七十七届会议\n18 November 2022\n\n正式记录\nChinese\n\n"
      "Original: English\n\n第六委员会\n\n第 12 次会议简要记录\n\n2022 年 10 月 25 日星期二上午 10 时在纽约总部举行\n\n"
      "上午10时05分宣布开会。\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "第 12 次会议简要记录");
  ASSERT_TRUE(d.front_matter.symbol);
  EXPECT_EQ(*d.front_matter.symbol, "A/C.6/77/SR.12");
  EXPECT_EQ(d.front_matter.notes, (std::vector<std::string>{"正式记录"}));
  EXPECT_EQ(d.front_matter.committee.value_or(""), "第六委员会");
}

// A wrap at a count of characters (Python's textwrap) breaks a footnote's
// line at the space after its raised label: "²" alone, its body below. The
// label starts the footnote; a marker alone on its line is never a heading
TEST(KindProbes, RaisedLabelAloneAboveItsBody) {
  Document d = doc_of(
      "一、导言\n\n1. 大会在第 76/222 号决议中请秘书长提交报告。¹\n\n"
      "2. 人权事务委员会在一般性意见中指出，这项权利既保护在公共场所举行的集会。²\n\n"
      "3. 国家有积极义务创造安全和有利的环境。\n\n¹ 见 A/76/222。\n²\n人权事务委员会，关于和平集会权的第37号一般性意见(2020年)。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[1].id, "2");
  EXPECT_EQ(d.footnotes[1].text, "人权事务委员会，关于和平集会权的第37号一般性意见(2020年)。");
  ASSERT_EQ(d.body.size(), 1u);
  EXPECT_EQ(d.body[0].children.size(), 3u);  // (no subhead "" holding the body)
  for (const Node& n : d.body[0].children) EXPECT_EQ(n.kind, NodeKind::Paragraph);
  // (the marker itself cut onto a line of its own below its paragraph)
  Document e = doc_of(
      "一、导言\n1. 大会在第 76/222 号决议中请秘书长提交报告。¹\n"
      "2. 人权事务委员会在一般性意见中指出，这项权利既保护在公共场所举行的集会。\n²\n"
      "3. 国家有积极义务创造安全和有利的环境。\n¹ 见 A/76/222。\n²\n人权事务委员会，关于和平集会权的第37号一般性意见(2020年)。\n");
  ASSERT_EQ(e.footnotes.size(), 2u);
  EXPECT_EQ(e.footnotes[1].text, "人权事务委员会，关于和平集会权的第37号一般性意见(2020年)。");
  EXPECT_TRUE(validate(e).empty());
}

// A wrap that cuts at a count of characters may put a marker at the start of
// the next line ("…第72/266 A号决议" / "¹和其后各项决议。"): the line goes on
// with the sentence above, the marker is a marker, not a footnote's label
TEST(KindProbes, MarkerCutOntoTheNextLinesStart) {
  Document d = doc_of(
      "一、导言\n"
      "　　1. 行政司负责向联合国日内瓦办事处以及设在日内瓦和欧洲其他地\n"
      "点的秘书处各部厅和联合国其他实体提供人力资源管理、财务和预算管理\n"
      "和信息通信技术服务。行政司的任务源自大会关于管理改革的第72/266\n"
      "¹号决议和其后各项决议，并由行政司司长办公室负责协调其执行工作。\n"
      "　　2. 行政司由司长办公室、人力资源管理处、财务资源管理处、中央\n"
      "支助事务处和信息通信技术事务处组成，按照服务级别协议提供服务。\n"
      "　　3. 行政司预计二〇二四年将获得预算外资源，主要来自向客户实体\n"
      "提供服务所收回的费用，用于资助约二百一十个员额和相关的业务费用。\n"
      "¹ 又见大会第72/266 B号和第76/245号决议。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "又见大会第72/266 B号和第76/245号决议。");
  const Node& p1 = d.body.at(0).children.at(0);
  EXPECT_EQ(p1.text,
            "行政司负责向联合国日内瓦办事处以及设在日内瓦和欧洲其他地点的秘书处各部厅和联合国其他实体提供人力资源管理、"
            "财务和预算管理和信息通信技术服务。行政司的任务源自大会关于管理改革的第72/266号决议和其后各项决议，"
            "并由行政司司长办公室负责协调其执行工作。");
  ASSERT_EQ(p1.footnote_refs.size(), 1u);
  EXPECT_EQ(p1.footnote_refs.vec()[0].id, "1");
  EXPECT_TRUE(validate(d).empty());
}

// Chinese text sets a paragraph's first line in by two ideographic spaces;
// where the text does so, a line so set in opens a paragraph, below a short
// line too ("出生日期和地点：…弗里敦" / "　　现任职务：…")
TEST(KindProbes, IdeographicIndentOpensAParagraph) {
  Document d = doc_of(
      "附件二\n候选人履历\n阿米娜·卡马拉女士(塞拉利昂)\n出生日期和地点：1971年3月4日，弗里敦\n"
      "　　现任职务：塞拉利昂大学法学院国际公法教授；塞拉利昂外交和国\n际合作部法律顾问\n"
      "　　学历：塞拉利昂大学法学学士；伦敦大学国际法硕士和博士学位，\n并在海牙国际法学院进修\n"
      "　　主要专业活动：2012年至2019年任塞拉利昂常驻联合国代表团法律\n顾问，并担任大会第六委员会代表\n"
      "　　主要出版物：《国际法上的海平面上升与国家地位》(2020年)；《\n条约解释中的嗣后惯例》(2016年)\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  std::vector<std::string> texts;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
  });
  ASSERT_GE(texts.size(), 5u);
  EXPECT_TRUE(texts[texts.size() - 5].ends_with("出生日期和地点：1971年3月4日，弗里敦"));
  EXPECT_EQ(texts[texts.size() - 4], "现任职务：塞拉利昂大学法学院国际公法教授；塞拉利昂外交和国际合作部法律顾问");
  EXPECT_EQ(texts.back(), "主要出版物：《国际法上的海平面上升与国家地位》(2020年)；《条约解释中的嗣后惯例》(2016年)");
}

}  // namespace

// A treaty body's summary record lists its items without labels or page
// numbers (审议缔约国…提交的报告 / the State's report), and its body repeats
// them as headings: a table of contents of those rows, not a paragraph of
// the body made of them.
TEST(KindProbes, TreatyBodyRecordContentsWithoutLabels) {
  const std::string text =
      "联合国 CRC/C/SR.2705\n儿童权利公约\nDistr.: General\n22 May 2023\nChinese\nOriginal: English\n\n"
      "儿童权利委员会\n第九十三届会议\n第2705次会议简要记录\n2023年5月15日星期一上午10时在日内瓦万国宫举行\n\n"
      "主席： 奥特兰女士\n\n目录\n审议缔约国根据《公约》第44条提交的报告(续)\n墨西哥第六和第七次合并定期报告(续)\n\n"
      "上午10时宣布开会。\n\n审议缔约国根据《公约》第44条提交的报告(续)\n墨西哥第六和第七次合并定期报告(续)\n\n"
      "1. 应主席邀请，墨西哥代表团在委员会议席就座。\n"
      "2. 洛佩斯先生(墨西哥)说，墨西哥政府重视儿童权利委员会的建议。\n\n中午12时55分散会。\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.kind, "record");
  ASSERT_TRUE(d.toc.present);
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].title, "审议缔约国根据《公约》第44条提交的报告(续)");
  EXPECT_EQ(d.toc.entries[1].title, "墨西哥第六和第七次合并定期报告(续)");
  EXPECT_EQ(d.toc.lines.last, 17);
  // (the body opens with the opening line, not with the contents' rows)
  ASSERT_FALSE(d.body.empty());
  EXPECT_EQ(d.body.front().text, "上午10时宣布开会。");
  // (a report's contents without numbers still need headings' labels: lines
  // that are no record's are not taken for rows)
  Document r = doc_of(std::string(kAgendaHead) +
                      "议程项目 34\n预防武装冲突\n\n秘书长的报告\n\n目录\n审议缔约国的报告\n\n"
                      "审议缔约国的报告\n1. 本报告根据大会的请求提交。\n");
  EXPECT_TRUE(r.toc.entries.empty());
}

// A Security Council record's masthead and its provisional agenda may give
// the meeting and when it is held on one line (as extraction joins them):
// the meeting, its date and place read from that line, the meeting the title
TEST(KindProbes, CouncilMeetingAndItsDayOnOneLine) {
  Document d = doc_of(
      "联合国 S/PV.9400\n安全理事会\n第七十八年\n临时\n第9400次会议 2023年8月21日星期一上午10时 纽约\n\n"
      "主席： 托马斯-格林菲尔德女士 (美利坚合众国)\n\n议程\n维持国际和平与安全\n气候与安全\n\n"
      "上午10时05分宣布开会。\n\n通过议程\n\n议程通过。\n\n上午11时35分散会。\n");
  EXPECT_EQ(d.kind, "record");
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->text, "第9400次会议");
  EXPECT_EQ(d.front_matter.meeting->number, 9400);
  EXPECT_EQ(d.front_matter.meeting->held, "2023年8月21日星期一上午10时");
  EXPECT_EQ(d.front_matter.meeting->date, "2023-08-21");
  EXPECT_EQ(d.front_matter.meeting->place, "纽约");
  EXPECT_EQ(d.front_matter.title, "第9400次会议");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "维持国际和平与安全");
  Document a = doc_of(
      "联合国 S/Agenda/9350\n安全理事会\nProvisional\n\n临时议程\n2023年6月20日星期二上午10时举行的第9350次会议\n"
      "1. 通过议程。\n2. 阿富汗局势\n");
  EXPECT_EQ(a.kind, "agenda");
  EXPECT_EQ(a.front_matter.title, "临时议程");
  EXPECT_FALSE(a.front_matter.subtitle);
  ASSERT_TRUE(a.front_matter.meeting);
  EXPECT_EQ(a.front_matter.meeting->number, 9350);
  EXPECT_EQ(a.front_matter.meeting->text, "第9350次会议");
  EXPECT_EQ(a.front_matter.meeting->date, "2023-06-20");
  // (its item's title and the document under it, a line each: two paragraphs, not one run together)
  ASSERT_EQ(a.body.size(), 2u);
  EXPECT_EQ(a.body[1].text, "阿富汗局势");
  Document a2 = doc_of(
      "联合国 S/Agenda/9350\n安全理事会\nProvisional\n\n临时议程\n2023年6月20日星期二上午10时举行的第9350次会议\n"
      "1. 通过议程。\n2. 阿富汗局势\n秘书长的报告(S/2023/453)\n");
  ASSERT_EQ(a2.body.size(), 3u);
  EXPECT_EQ(a2.body[1].text, "阿富汗局势");
  EXPECT_EQ(a2.body[2].text, "秘书长的报告(S/2023/453)");
  // (a summary record's heading and where it was held, joined as -raw joins them)
  Document r = doc_of(
      "联合国 CRC/C/SR.2705\n儿童权利公约\nDistr.: General\n22 May 2023\n\n儿童权利委员会\n第九十三届会议\n"
      "第2705次会议简要记录 2023年5月15日星期一上午10时在日内瓦万国宫举行\n\n主席： 奥特兰女士\n\n"
      "上午10时宣布开会。\n1. 主席宣布会议开幕。\n");
  EXPECT_EQ(r.kind, "record");
  ASSERT_TRUE(r.front_matter.meeting);
  EXPECT_EQ(r.front_matter.meeting->text, "第2705次会议简要记录");
  EXPECT_EQ(r.front_matter.meeting->held, "2023年5月15日星期一上午10时在日内瓦万国宫举行");
  EXPECT_EQ(r.front_matter.meeting->date, "2023-05-15");
  EXPECT_FALSE(r.front_matter.meeting->place);
}

// A compilation of what a session adopted numbers its decisions with their
// titles on one line ("2023/201. 选举理事会主席团成员", "77/401. 选举大会主席"):
// each a heading of the body numbered by it, the compilation's title kept, and
// the document a decision's kind (decisions are numbered from 201 or 401);
// a title naming an office ("…选举大会主席") is no signature
TEST(KindProbes, CompilationDecisionsNumberedWithTheirTitles) {
  Document e = doc_of(
      "联合国 E/2023/99\n经济及社会理事会\nDistr.: General\n30 August 2023\nChinese\nOriginal: English\n\n"
      "经济及社会理事会2023年届会通过的决议和决定\n\n"
      "2023/201. 选举理事会主席团成员\n经济及社会理事会在2022年7月22日第1次全体会议上选举了理事会2023年届会主席团成员。\n\n"
      "2023/202. 2023年届会工作方案\n经济及社会理事会在2023年2月8日第3次全体会议上通过了理事会2023年届会的工作方案。\n");
  EXPECT_EQ(e.kind, "decision");
  EXPECT_EQ(e.front_matter.title, "经济及社会理事会2023年届会通过的决议和决定");
  EXPECT_TRUE(e.front_matter.paragraphs.empty());
  ASSERT_EQ(e.body.size(), 2u);
  EXPECT_EQ(e.body[0].number, "2023/201");
  EXPECT_EQ(e.body[0].label, "2023/201.");
  EXPECT_EQ(e.body[0].title, "选举理事会主席团成员");
  EXPECT_EQ(e.body[1].number, "2023/202");
  EXPECT_EQ(e.body[1].title, "2023年届会工作方案");
  Document g = doc_of(
      "联合国 A/77/49\n大会\nDistr.: General\n\n大会第七十七届会议通过的决议和决定\n\n决定\n\n"
      "77/401. 选举大会主席\n在2022年6月7日第95次全体会议上，大会选举克勒希先生为大会第七十七届会议主席。\n\n"
      "77/402. 选举各主要委员会主席\n在2022年6月7日第95次全体会议上，大会选举了各主要委员会主席。\n");
  EXPECT_EQ(g.kind, "decision");
  EXPECT_TRUE(g.closing.empty());
  EXPECT_FALSE(g.front_matter.subtitle);
  // (the part's head "决定" over them: a part, the decisions in it)
  ASSERT_EQ(g.body.size(), 1u);
  EXPECT_EQ(g.body[0].section_kind, "part");
  EXPECT_EQ(g.body[0].title, "决定");
  ASSERT_EQ(g.body[0].children.size(), 2u);
  EXPECT_EQ(g.body[0].children[0].number, "77/401");
  EXPECT_EQ(g.body[0].children[0].level, 2);
  EXPECT_EQ(g.body[0].children[0].title, "选举大会主席");
  EXPECT_EQ(g.body[0].children[1].title, "选举各主要委员会主席");
  // (a decision's meeting line below a list whose lines end in no stop is
  // its closing line, not the list's last words)
  Document c = doc_of(
      "联合国 E/2023/99\n经济及社会理事会\nDistr.: General\n\n经济及社会理事会2023年届会通过的决议和决定\n\n"
      "2023/201. 选举理事会主席团成员\n经济及社会理事会选举下列人员担任理事会2023年届会主席团成员：\n"
      "主席：拉谢扎拉·斯托耶娃(保加利亚)\n2022年7月22日第1次全体会议\n\n"
      "2023/202. 2023年届会工作方案\n经济及社会理事会通过了理事会2023年届会的工作方案。\n2023年2月8日第3次全体会议\n");
  ASSERT_EQ(c.closing.size(), 2u);
  EXPECT_EQ(c.closing[0].text, "2022年7月22日第1次全体会议");
  EXPECT_EQ(c.closing[0].value, "1");
  // (an executive board numbers its decisions from 1: a compilation of
  // decisions alone is one of decisions all the same)
  Document b = doc_of(
      "联合国 E/ICEF/2023/25\n经济及社会理事会\nDistr.: General\n5 July 2023\n\n联合国儿童基金会\n执行局\n"
      "2023年年度会议\n2023年6月13日至16日\n\n执行局2023年年度会议通过的决定\n\n"
      "2023/10. 联合国儿童基金会执行主任的年度报告\n执行局\n1. 注意到执行主任2022年年度报告。\n\n"
      "2023/11. 评价职能的年度报告\n执行局\n1. 注意到评价职能的年度报告。\n");
  EXPECT_EQ(b.kind, "decision");
  ASSERT_EQ(b.body.size(), 2u);
  EXPECT_EQ(b.body[1].number, "2023/11");
  // (a resolution's own number line under its adoption line stays its number and title)
  Document r = doc_of(
      "联合国 E/RES/2023/5\n经济及社会理事会\nDistr.: General\n\n2023年届会\n议程项目 18(c)\n\n"
      "2023年6月6日经济及社会理事会决议\n\n2023/5. 预防犯罪和刑事司法\n\n经济及社会理事会，\n"
      "回顾其以往的有关决议，\n1. 请秘书长提交报告。\n");
  EXPECT_EQ(r.kind, "resolution");
  EXPECT_EQ(r.front_matter.resolution_number, "2023/5");
  EXPECT_EQ(r.front_matter.title, "预防犯罪和刑事司法");
}

// The masthead sets the agenda item's title in a narrow column: extraction
// gives its lines one under the other, a blank line then parting them from
// the document's title and its report's line. The line right below is the
// item's title going on, not the document's title.
TEST(KindProbes, AgendaTitleRunsOnAboveABlankLine) {
  const std::string head =
      "联合国 A/78/200\n大会\nDistr.: General\n17 July 2023\nChinese\nOriginal: English\n\n第七十八届会议\n"
      "临时议程* 项目69(b)\n增进和保护人权：人权问题，包括增进人权和基本自由\n";
  Document d = doc_of(head + "切实享受的各种途径\n\n老龄化问题\n秘书长的报告\n\n摘要\n本报告根据大会第77/190号决议提交。\n\n"
                             "* A/78/150。\n\n一. 导言\n1. 大会在第77/190号决议中请秘书长提交报告。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "增进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径");
  EXPECT_EQ(d.front_matter.title, "老龄化问题");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
  // (the document's title right below the item's, its report's line after a
  // blank line: the title stays the document's)
  Document t = doc_of(head + "老龄化问题\n\n秘书长的报告\n\n一. 导言\n1. 大会在第77/190号决议中请秘书长提交报告。\n");
  ASSERT_EQ(t.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(t.front_matter.agenda_items[0].title, "增进和保护人权：人权问题，包括增进人权和基本自由");
  EXPECT_EQ(t.front_matter.title, "老龄化问题");
}

// A Human Rights Council record's agenda-item heading wraps over two lines
// (its title is long, its documents follow it): the line below goes on when
// the contents' row of the item reads on through it, or when the heading's
// line stops mid-phrase ("…经济、社会和" / "文化权利…")
TEST(KindProbes, RecordItemHeadingWrappedOverTwoLines) {
  const std::string head =
      "联合国 A/HRC/52/SR.12\n大会\nDistr.: General\n10 March 2023\nChinese\nOriginal: English\n\n人权理事会\n"
      "第五十二届会议\n第12次会议简要记录\n2023年3月7日星期二下午3时在日内瓦万国宫举行\n\n主席： 巴莱克先生(捷克)\n\n";
  const std::string body_tail =
      "(续)(A/HRC/52/3和A/HRC/52/40)\n\n与粮食权问题特别报告员的互动对话(续)\n\n"
      "1. 主席请与会者继续与粮食权问题特别报告员进行互动对话。\n2. 科斯塔女士(巴西)说，巴西支持特别报告员的工作。\n\n下午6时散会。\n";
  const std::string title = "增进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权(续)";
  Document d = doc_of(head +
                      "目录\n议程项目3：增进和保护所有人权——公民权利、政治权利、经济、社会和文化\n权利，包括发展权(续)\n"
                      "与粮食权问题特别报告员的互动对话(续)\n\n下午3时宣布开会。\n\n"
                      "议程项目3：增进和保护所有人权——公民权利、政治权利、经济、社会和文化\n权利，包括发展权" + body_tail);
  ASSERT_FALSE(d.body.empty());
  const Node& item = d.body.back();
  EXPECT_EQ(item.section_kind, "item");
  EXPECT_EQ(item.title, title + "(A/HRC/52/3和A/HRC/52/40)");
  ASSERT_EQ(item.children.size(), 1u);
  EXPECT_EQ(item.children[0].title, "与粮食权问题特别报告员的互动对话(续)");
  EXPECT_TRUE(d.diagnostics.empty());
  Document m = doc_of(head + "下午3时宣布开会。\n\n议程项目3：增进和保护所有人权——公民权利、政治权利、经济、社会和\n"
                             "文化权利，包括发展权" + body_tail);
  ASSERT_FALSE(m.body.empty());
  EXPECT_EQ(m.body.back().title, title + "(A/HRC/52/3和A/HRC/52/40)");
}

// A heading's label alone on its line, its title on the line below ("一." /
// "导言", "A." / "立法措施"), as a label set in a cell or column of its own
// comes out of extraction: a chapter and a section with their titles
TEST(KindProbes, HeadingLabelAloneTitleBelow) {
  Document d = doc_of(std::string(kAgendaHead) +
                      "议程项目 69(b)\n增进和保护人权\n\n老龄化问题\n秘书长的报告\n\n"
                      "一.\n导言\n1. 大会在第77/190号决议中请秘书长提交一份报告。\n2. 本报告概述了会员国提供的资料。\n"
                      "二.\n会员国采取的措施\nA.\n立法措施\n3. 若干会员国报告了新的立法。\n"
                      "三.\n结论和建议\n4. 会员国应加强努力。\n");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 3u);
  EXPECT_EQ(d.body[0].section_kind, "chapter");
  EXPECT_EQ(d.body[0].number, "一");
  EXPECT_EQ(d.body[0].title, "导言");
  EXPECT_EQ(d.body[1].title, "会员国采取的措施");
  ASSERT_EQ(d.body[1].children.size(), 1u);
  EXPECT_EQ(d.body[1].children[0].section_kind, "section");
  EXPECT_EQ(d.body[1].children[0].number, "A");
  EXPECT_EQ(d.body[1].children[0].title, "立法措施");
  EXPECT_EQ(d.body[2].title, "结论和建议");
}

// A resolution's corrigendum names its agenda item without a title, then
// its mark and the versions it touches (更正 / (仅涉及中文本)) above the
// adoption line: those are notes, not the item's title nor a subtitle; the
// corrected resolution's number and title stay its own, the kind its kind
TEST(KindProbes, CorrigendumMarkBelowAnItemWithoutTitle) {
  Document d = doc_of(
      "联合国 A/RES/77/250/Corr.1\n大会\nDistr.: General\n10 March 2023\nChinese\nOriginal: Chinese\n\n"
      "第七十七届会议\n议程项目 138\n更正\n（仅涉及中文本）\n2022年12月30日大会决议\n"
      "77/250. 2023年联合国经常预算资源分配\n执行部分第7段\n“2023年”应改为“2024年”。\n");
  EXPECT_EQ(d.kind, "resolution");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "138");
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "");
  EXPECT_EQ(d.front_matter.notes, (std::vector<std::string>{"更正", "（仅涉及中文本）"}));
  EXPECT_EQ(d.front_matter.resolution_number, "77/250");
  EXPECT_EQ(d.front_matter.title, "2023年联合国经常预算资源分配");
  EXPECT_FALSE(d.front_matter.subtitle);
  // (the instructions are the body's paragraphs)
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[1].text, "“2023年”应改为“2024年”。");
}

// "所附文件" (an enclosure) below a letter's annex: the document the annex
// encloses, an annex of its own with that line as its caption and its title
// below, not a subhead of the annex's last chapter. Above any annex it is text.
TEST(KindProbes, EnclosureBelowAnAnnex) {
  const std::string head =
      "联合国 A/78/301\n大会\nDistr.: General\n10 August 2023\nChinese\nOriginal: Spanish\n\n第七十八届会议\n"
      "议程项目116(c)\n选举人权理事会成员\n\n2023年8月1日危地马拉常驻联合国代表团给大会主席的普通照会\n\n"
      "危地马拉常驻联合国代表团向大会主席致意，谨随本照会附上危地马拉的自愿承诺和保证(见附件)。\n\n";
  Document d = doc_of(head +
                      "2023年8月1日危地马拉常驻联合国代表团给大会主席的普通照会的附件\n危地马拉竞选人权理事会成员\n"
                      "一. 导言\n1. 危地马拉是联合国的创始会员国之一。\n二. 自愿承诺\n2. 危地马拉承诺继续与特别程序合作。\n\n"
                      "所附文件\n危地马拉的自愿保证\n3. 危地马拉将提交所有逾期报告。\n");
  EXPECT_EQ(d.kind, "letter");
  ASSERT_EQ(d.annexes.size(), 2u);
  EXPECT_EQ(d.annexes[0].children.size(), 2u);
  EXPECT_EQ(d.annexes[1].caption, "所附文件");
  EXPECT_EQ(d.annexes[1].title, "危地马拉的自愿保证");
  ASSERT_EQ(d.annexes[1].children.size(), 1u);
  EXPECT_EQ(d.annexes[1].children[0].paragraph_number, 3);
  // (no annex above it: the line stays the body's)
  Document b = doc_of(head + "所附文件\n危地马拉的自愿保证\n1. 危地马拉将提交所有逾期报告。\n");
  EXPECT_TRUE(b.annexes.empty());
}

// A mandate holder's report sets its title in large type, wrapped after the
// mandate: "…问题特别报告员" / "克莱芒·尼亚莱特西·武勒的报告". The line below
// names the holder and ends in 的报告: one title, no subtitle. Below a
// mandate, an office's report line ("秘书长的报告") stays the subtitle.
TEST(KindProbes, MandateHoldersReportTitleOverTwoLines) {
  const std::string head =
      "联合国 A/HRC/53/35\n大会\nDistr.: General\n24 April 2023\nChinese\nOriginal: English\n\n人权理事会\n"
      "第五十三届会议\n2023年6月19日至7月14日\n议程项目3\n增进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权\n\n"
      "和平集会和结社自由权问题特别报告员\n";
  const std::string tail = "\n\n概要\n特别报告员在本报告中审查了数字技术的影响。\n\n一. 导言\n1. 本报告根据人权理事会第50/17号决议提交。\n";
  Document d = doc_of(head + "克莱芒·尼亚莱特西·武勒的报告" + tail);
  EXPECT_EQ(d.kind, "report");
  EXPECT_EQ(d.front_matter.title, "和平集会和结社自由权问题特别报告员克莱芒·尼亚莱特西·武勒的报告");
  EXPECT_FALSE(d.front_matter.subtitle);
  Document s = doc_of(head + "秘书长的报告" + tail);
  EXPECT_EQ(s.front_matter.title, "和平集会和结社自由权问题特别报告员");
  EXPECT_EQ(s.front_matter.subtitle, "秘书长的报告");
}

// ... and its body takes those items up by repeating them, a line each, the
// documents after the report's line, with no blank line to set them off
// (text as typed, a paragraph a line): subheads, not a paragraph of both
TEST(KindProbes, TreatyBodyRecordRepeatsItsContentsAsHeadings) {
  Document d = doc_of(
      "联合国 CCPR/C/SR.3950\n公民及政治权利国际公约\nDistr.: General\n20 March 2023\nChinese\nOriginal: French\n\n"
      "人权事务委员会\n第一三七届会议\n第3950次会议简要记录\n2023年3月7日星期二上午10时在日内瓦万国宫举行\n\n"
      "主席： 希门尼斯女士\n\n目录\n审议缔约国根据《公约》第四十条提交的报告(续)\n秘鲁第六次定期报告(续)\n\n"
      "上午10时宣布开会。\n审议缔约国根据《公约》第四十条提交的报告(续)\n"
      "秘鲁第六次定期报告(续)(CCPR/C/PER/6、CCPR/C/PER/Q/6和CCPR/C/PER/RQ/6)\n"
      "1. 应主席邀请，秘鲁代表团在委员会议席就座。\n2. 主席请代表团回答委员会成员提出的问题。\n下午1时散会。\n");
  ASSERT_EQ(d.toc.entries.size(), 2u);
  // (the State party's report a level below the item that considers it, as
  // the contents set it: RecordsReports2.SummaryRecordContentsNestTheReportsUnderTheirItem)
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[1].section_kind, "subhead");
  EXPECT_EQ(d.body[1].title, "审议缔约国根据《公约》第四十条提交的报告(续)");
  ASSERT_EQ(d.body[1].children.size(), 1u);
  const Node& report = d.body[1].children[0];
  EXPECT_EQ(report.title, "秘鲁第六次定期报告(续)(CCPR/C/PER/6、CCPR/C/PER/Q/6和CCPR/C/PER/RQ/6)");
  EXPECT_EQ(report.level, 2);
  EXPECT_EQ(report.children.size(), 2u);
  Options o;  // (and validate finds every row of the contents in the body)
  Document v = convert(
      "联合国 CCPR/C/SR.3950\n公民及政治权利国际公约\n\n人权事务委员会\n第3950次会议简要记录\n\n目录\n"
      "审议缔约国根据《公约》第四十条提交的报告(续)\n秘鲁第六次定期报告(续)\n\n上午10时宣布开会。\n"
      "审议缔约国根据《公约》第四十条提交的报告(续)\n秘鲁第六次定期报告(续)(CCPR/C/PER/6)\n"
      "1. 应主席邀请，秘鲁代表团在委员会议席就座。\n",
      "t.txt", o);
  EXPECT_TRUE(std::none_of(v.diagnostics.begin(), v.diagnostics.end(),
                           [](const Diagnostic& g) { return g.code == "W-TOC-MISSING-HEADING"; }));
}

// A plenary record takes up a joint item with its label alone, then each
// item's title on a line of its own ("议程项目 15和116" / "文化和平" / "2023年
// 国际和平文化日"): the first is the item's title, the second a subhead of it,
// and the speech below opens its own paragraph
TEST(KindProbes, JointItemsTitlesALineEach) {
  Document d = doc_of(
      "联合国 A/78/PV.45\n大会\n第七十八届会议\n正式记录\n第45次全体会议\n2023年11月16日星期四上午10时\n纽约\n\n"
      "主席： 弗朗西斯先生 (特立尼达和多巴哥)\n\n上午10时05分宣布开会。\n\n议程项目 15和116\n文化和平\n"
      "2023年国际和平文化日\n\n主席(以英语发言)：我现在请埃及代表发言。\n"
      "阿布勒阿塔先生(埃及)(以阿拉伯语发言)：埃及欢迎这次辩论。\n上午11时40分散会。\n");
  EXPECT_EQ(d.kind, "record");
  ASSERT_EQ(d.body.size(), 2u);
  const Node& item = d.body[1];
  EXPECT_EQ(item.section_kind, "item");
  EXPECT_EQ(item.number, "15和116");
  EXPECT_EQ(item.title, "文化和平");
  ASSERT_EQ(item.children.size(), 1u);
  EXPECT_EQ(item.children[0].title, "2023年国际和平文化日");
  ASSERT_EQ(item.children[0].children.size(), 2u);
  EXPECT_EQ(item.children[0].children[0].text, "主席(以英语发言)：我现在请埃及代表发言。");
}

// A masthead given in Chinese (分发：普遍 / 中文 / 原文：英文), as some
// conversions give it: masthead lines, their values in their fields and the
// lines kept with the notes, not the document's title and subtitle
TEST(KindProbes, MastheadInChinese) {
  Document d = doc_of(
      "联合国 A/78/200\n大会\n分发：普遍\n2023年7月17日\n中文\n原文：英文\n\n第七十八届会议\n议程项目69(b)\n"
      "增进和保护人权\n\n老龄化问题\n秘书长的报告\n\n一. 导言\n1. 大会在第77/190号决议中请秘书长提交一份报告。\n");
  EXPECT_EQ(d.kind, "report");
  EXPECT_EQ(d.front_matter.distribution, "普遍");
  EXPECT_EQ(d.front_matter.language_original, "英文");
  EXPECT_EQ(d.front_matter.title, "老龄化问题");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "增进和保护人权");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
}

// A resumed meeting's record names the meeting with its mark after it
// ("第9350次会议(恢复1)"): the meeting is read, its number, and so its agenda
TEST(KindProbes, ResumedMeetingsMark) {
  Document d = doc_of(
      "联合国 S/PV.9350 (Resumption 1)\n安全理事会\n第七十八年\n临时\n第9350次会议(恢复1)\n"
      "2023年6月20日星期二下午3时\n纽约\n\n主席： 科斯塔先生 (巴西)\n\n议程\n阿富汗局势\n秘书长的报告(S/2023/453)\n\n"
      "下午3时宣布复会。\n主席(以英语发言)：我现在请日本代表发言。\n下午5时散会。\n");
  EXPECT_EQ(d.kind, "record");
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->text, "第9350次会议(恢复1)");
  EXPECT_EQ(d.front_matter.meeting->number, 9350);
  EXPECT_EQ(d.front_matter.meeting->date, "2023-06-20");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "阿富汗局势");
}

// A compilation's resolutions and decisions in a short text wrapped at a
// count of characters (the wrap measured narrow on its few lines, so a
// heading's line reads as full): the heading's title does not go on into an
// enacting formula ("2023/1. …的社会层面" / "经济及社会理事会，") nor into a
// decision's text opening with its meeting ("在2023年6月6日第12次全体会议上，…")
TEST(KindProbes, CompilationHeadingTakesNoFormulaNorMeetingLine) {
  Document d = doc_of(
      "联合国 E/2023/INF/2\n经济及社会理事会 Distr.: General\n30 June 2023\nChinese\nOriginal: English\n"
      "2023年届会\n2022年7月25日至2023年7月26日\n经济及社会理事会2023年届会通过的决议和决定\n一. 决议\n"
      "2023/1. 非洲发展新伙伴关系的社会层面\n经济及社会理事会，\n回顾其第2022/5号决议，\n1. 欢迎秘书长的报告；\n"
      "2. 请秘书长向理事会2024年届会提交报告。\n第12次全体会议\n2023年6月6日\n2023/2. 巴勒斯坦妇女的状况\n"
      "经济及社会理事会，\n遵循《联合国宪章》的宗旨和原则，\n1. 要求各方充分尊重国际法；\n"
      "2. 决定在2024年届会上继续审议这一问题。\n第12次全体会议\n2023年6月6日\n二. 决定\n"
      "2023/201. 非政府组织申请咨商地位\n在2023年6月6日第12次全体会议上，经济及社会理事会决定给予下列非\n"
      "政府组织特别咨商地位：\n(a) 非洲青年发展协会；\n(b) 国际和平基金会。\n2023/202. 2024年届会的临时议程\n"
      "在2023年6月6日第12次全体会议上，经济及社会理事会核可了2024\n年届会的临时议程。\n");
  std::vector<std::pair<std::string, std::string>> heads;
  for (const auto& part : d.body)
    for (const auto& n : part.children)
      if (n.kind == NodeKind::Section) heads.push_back({n.number.value_or(""), n.title});
  ASSERT_EQ(heads.size(), 4u);
  EXPECT_EQ(heads[0].second, "非洲发展新伙伴关系的社会层面");
  EXPECT_EQ(heads[2].first, "2023/201");
  EXPECT_EQ(heads[2].second, "非政府组织申请咨商地位");
  EXPECT_EQ(heads[3].second, "2024年届会的临时议程");
  // (the decision's text its own paragraph, whole)
  ASSERT_FALSE(d.body[1].children[0].children.empty());
  EXPECT_EQ(d.body[1].children[0].children[0].text.rfind("在2023年6月6日第12次全体会议上", 0), 0u);
}

// A word processor's TAB after a compilation's resolution or decision number
// ("2023/1.<TAB>非洲发展新伙伴关系的社会层面"), as after a paragraph's label:
// the heading's number and title, not a table row of two cells
TEST(KindProbes, CompilationNumberThenTabIsAHeading) {
  Document d = doc_of(
      "联合国\tE/2023/INF/2\n经济及社会理事会\tDistr.: General\n30 June 2023\nChinese\nOriginal: English\n"
      "2023年届会\n经济及社会理事会2023年届会通过的决议和决定\n一.\t决议\n"
      "2023/1.\t非洲发展新伙伴关系的社会层面\n经济及社会理事会，\n回顾其第2022/5号决议，\n1.\t欢迎秘书长的报告；\n"
      "2.\t请秘书长向理事会2024年届会提交报告。\n第12次全体会议\n2023年6月6日\n二.\t决定\n"
      "2023/201.\t非政府组织申请咨商地位\n在2023年6月6日第12次全体会议上，经济及社会理事会决定给予下列非政府组织特别咨商地位：\n"
      "(a)\t非洲青年发展协会；\n(b)\t国际和平基金会。\n");
  ASSERT_EQ(d.body.size(), 2u);
  for (const auto& part : d.body)
    for (const auto& n : part.children) EXPECT_NE(n.kind, NodeKind::Table);
  ASSERT_FALSE(d.body[0].children.empty());
  EXPECT_EQ(d.body[0].children[0].number, "2023/1");
  EXPECT_EQ(d.body[0].children[0].title, "非洲发展新伙伴关系的社会层面");
  ASSERT_FALSE(d.body[1].children.empty());
  EXPECT_EQ(d.body[1].children[0].number, "2023/201");
  EXPECT_EQ(d.body[1].children[0].title, "非政府组织申请咨商地位");
}

// A letter's annex notes its original language below its caption and above
// its title ("…的信的附件" / "[原件：西班牙文]" / the title): the title is the
// line below the note, the note a paragraph of the annex (not the title, not
// a closing line of the letter's signature above it, not a heading); and in
// text a paragraph a line with blank lines between, the note and the
// meeting's date and place below it each stand alone (no page break joins
// them to the paragraph below)
TEST(KindProbes, AnnexOriginalLanguageNoteAboveItsTitle) {
  const std::string head =
      "联合国\tA/78/559\n大会\tDistr.: General\n2 November 2023\nChinese\nOriginal: Spanish\n第七十八届会议\n议程项目29\n"
      "联合国维持和平行动\n2023年10月31日古巴常驻联合国代表给秘书长的信\n"
      "谨随函转递题为“关于古巴对联合国维持和平行动的贡献”的文件(见附件)。\n"
      "请将本信及其附件作为大会议程项目29下的文件分发为荷。\n常驻代表\n赫拉尔多·佩尼亚尔韦尔·波托(签名)\n";
  Document d = doc_of(head +
                      "2023年10月31日古巴常驻联合国代表给秘书长的信的附件\n[原件：西班牙文]\n古巴对联合国维持和平行动的贡献\n"
                      "古巴一贯支持联合国维持和平行动。\n古巴认为，维持和平行动必须得到有关国家的同意。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].caption, "2023年10月31日古巴常驻联合国代表给秘书长的信的附件");
  EXPECT_EQ(d.annexes[0].title, "古巴对联合国维持和平行动的贡献");
  ASSERT_EQ(d.annexes[0].children.size(), 3u);
  EXPECT_EQ(d.annexes[0].children[0].kind, NodeKind::Paragraph);
  EXPECT_EQ(d.annexes[0].children[0].text, "[原件：西班牙文]");
  for (const auto& c : d.closing) EXPECT_NE(c.text, "[原件：西班牙文]");
  // (a paragraph a line, blank lines between)
  std::string blocks;
  for (char c : head + "2023年10月31日古巴常驻联合国代表给秘书长的信的附件\n古巴对联合国维持和平行动的贡献\n[原件：西班牙文]\n"
                       "2023年10月30日，哈瓦那\n古巴一贯支持联合国维持和平行动。\n古巴认为，维持和平行动必须得到有关国家的同意。\n")
    blocks += c == '\n' ? std::string("\n\n") : std::string(1, c);
  Document b = doc_of(blocks);
  ASSERT_EQ(b.annexes.size(), 1u);
  EXPECT_EQ(b.annexes[0].title, "古巴对联合国维持和平行动的贡献");
  std::vector<std::string> texts;
  for (const auto& n : b.annexes[0].children) texts.push_back(n.text);
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[0], "[原件：西班牙文]");
  EXPECT_EQ(texts[1], "2023年10月30日，哈瓦那");
  EXPECT_EQ(texts[2], "古巴一贯支持联合国维持和平行动。");
}

// A resolution's number alone on its line, its title on the next (a wrap at
// a count of characters moves a title too long for the number's line below
// it: "77/321." / "国家管辖范围以外区域…协定"): the number and the title
TEST(KindProbes, ResolutionNumberAloneTitleBelow) {
  Document d = doc_of(
      "联合国 A/RES/77/321\n\n大会 Distr.: General\n\n1 August 2023\n\n第七十七届会议\n\n议程项目75\n\n"
      "2023年7月28日大会决议\n\n[未发交主要委员会而通过(A/77/L.98)]\n\n77/321.\n\n"
      "国家管辖范围以外区域海洋生物多样性的养护和可持续利用协定\n\n大会，\n\n回顾其2017年12月24日第72/249号决议，\n\n"
      "1. 通过《国家管辖范围以外区域海洋生物多样性的养护和可持续利用协定》；\n\n2. 请秘书长开放协定供签署。\n");
  EXPECT_EQ(d.front_matter.resolution_number, "77/321");
  EXPECT_EQ(d.front_matter.title, "国家管辖范围以外区域海洋生物多样性的养护和可持续利用协定");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  EXPECT_EQ(d.kind, "resolution");
}

// An executive board's decision closes with its session and date
// ("2023年年度会议" / "2023年6月16日"), as an organ's closes with its plenary
// meeting and date: closing lines, not the last paragraph's text
TEST(KindProbes, BoardDecisionClosesWithItsSessionAndDate) {
  Document d = doc_of(
      "联合国 E/ICEF/2023/25\n经济及社会理事会\nDistr.: General\n5 July 2023\n\n联合国儿童基金会\n执行局\n"
      "2023年年度会议\n2023年6月13日至16日\n\n执行局2023年年度会议通过的决定\n\n"
      "2023/10. 联合国儿童基金会执行主任的年度报告\n执行局\n1. 注意到执行主任2022年年度报告；\n"
      "2. 请儿基会继续报告进展情况。\n2023年年度会议\n2023年6月16日\n\n"
      "2023/11. 评价职能的年度报告\n执行局\n1. 注意到评价职能的年度报告。\n2023年年度会议\n2023年6月16日\n");
  ASSERT_EQ(d.body.size(), 2u);
  const Node& last = d.body[0].children.back();
  EXPECT_EQ(last.text, "请儿基会继续报告进展情况。");
  ASSERT_EQ(d.closing.size(), 4u);
  EXPECT_EQ(d.closing[0].kind, "meeting");
  EXPECT_EQ(d.closing[0].text, "2023年年度会议");
  EXPECT_EQ(d.closing[1].kind, "date");
  EXPECT_EQ(d.closing[1].value, "2023-06-16");
  EXPECT_EQ(d.body[1].children.back().text, "注意到评价职能的年度报告。");
}

// An information circular's head, a field a line ("致：…" / "事由：…"): each
// field a paragraph of the front matter, not one paragraph of both
TEST(KindProbes, MemorandumHeadFieldsALineEach) {
  Document d = doc_of(
      "联合国\tST/IC/2023/15\n秘书处\t1 June 2023\nChinese\nOriginal: English\n新闻通报\n致：\t联合国秘书处工作人员\n"
      "事由：\t2023年联合国工作人员养恤基金年度报表\n1.\t本通报的目的是向工作人员通报年度报表的发放情况。\n"
      "2.\t年度报表将通过会员自助服务门户提供。\n");
  ASSERT_EQ(d.front_matter.paragraphs.size(), 2u);
  EXPECT_EQ(d.front_matter.paragraphs[0].text, "致：\t联合国秘书处工作人员");
  EXPECT_EQ(d.front_matter.paragraphs[1].text, "事由：\t2023年联合国工作人员养恤基金年度报表");
}

// A record wrapped at a count of characters, a blank line between paragraphs:
// a speaker's line after a blank line opens a speech, though the line above
// (a document line over the speeches, "决议草案(A/78/L.8)") ends in no stop
TEST(KindProbes, SpeakerAfterABlankLineOpensASpeech) {
  Document d = doc_of(
      "联合国 A/78/PV.30\n\n大会 正式记录\n\n第七十八届会议\n\n第30次全体会议\n\n2023年10月31日星期二上午10时在纽约举行\n\n"
      "主席： 弗朗西斯先生 (特立尼达和多巴哥)\n\n上午10时05分开会。\n\n议程项目32(续)\n\n预防武装冲突\n\n决议草案(A/78/L.8)\n\n"
      "代理主席(以英语发言)：我请中国代表发言。\n\n张军先生(中国)：中国代表团感谢主席召开本次会议。预防冲突是联合国的核\n"
      "心任务之一。\n\n我们认为，各方应当坚持通过对话和协商解决分歧。\n\n代理主席(以英语发言)：现在我请法国代表发言。\n\n"
      "里维埃先生(法国)(以法语发言)：法国赞同欧洲联盟的发言。我谨以本国代\n表的身份补充几点意见。\n\n下午1时散会。\n");
  std::vector<std::string> texts, titles;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
    if (n.kind == NodeKind::Section) titles.push_back(n.title);
  });
  // (the document line is the heading over the speeches, as in the record a
  // paragraph a line; a speaker's line right below it says so: kinds_more9)
  ASSERT_NE(std::find(titles.begin(), titles.end(), "决议草案(A/78/L.8)"), titles.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "代理主席(以英语发言)：我请中国代表发言。"), texts.end());
}

// A statement's date and place below its last numbered paragraph, a blank
// line between ("3. …稳定。" / "" / "2023年10月26日，巴库"): a line of its own,
// not the paragraph's going on over a page break
TEST(KindProbes, DateAndPlaceBelowTheLastNumberedParagraph) {
  Document d = doc_of(
      "联合国 S/2023/812\n\n安全理事会 Distr.: General\n\n30 October 2023\n\n"
      "2023年10月27日阿塞拜疆常驻联合国代表给秘书长的信\n\n谨随函转递阿塞拜疆共和国外交部2023年10月26日的声明(见附件)。\n\n"
      "请将本信及其附件作为安全理事会文件分发为荷。\n\n常驻代表\n\n亚沙尔·阿利耶夫(签名)\n\n"
      "2023年10月27日阿塞拜疆常驻联合国代表给秘书长的信的附件\n\n阿塞拜疆共和国外交部的声明\n\n"
      "1. 阿塞拜疆共和国外交部注意到有关方面最近发表的声明。\n\n2. 阿塞拜疆重申致力于区域和平进程，并愿意继续进行对话。\n\n"
      "3. 阿塞拜疆呼吁国际社会支持该区域的和平与稳定。\n\n2023年10月26日，巴库\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  const auto& c = d.annexes[0].children;
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[2].text, "阿塞拜疆呼吁国际社会支持该区域的和平与稳定。");
  EXPECT_EQ(c[3].text, "2023年10月26日，巴库");
}

// A summary record's notice ("本记录可以更正。" / "更正应…" / "本次会议的任何更正…"),
// set on its first page below the contents and above the opening: one note
// of the front matter, its sentences a line each or wrapped, not paragraphs
// of the body before the opening
TEST(KindProbes, SummaryRecordNoticeBelowItsContents) {
  const std::string head =
      "联合国 E/C.12/2023/SR.45\n经济及社会理事会 Distr.: General\n16 October 2023\nChinese\nOriginal: English\n"
      "经济、社会及文化权利委员会\n第七十四届会议\n第45次会议简要记录\n2023年10月2日星期一下午3时在日内瓦万国宫举行\n"
      "主席： 阿巴希泽先生\n目录\n审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n葡萄牙第五次定期报告(续)\n";
  const std::string tail =
      "下午3时开会。\n审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n葡萄牙第五次定期报告(续)\n"
      "1. 应主席邀请，葡萄牙代表团重新在委员会席位就座。\n2. 主席感谢代表团与委员会进行建设性对话。\n下午5时55分散会。\n";
  const std::string whole =
      "本记录可以更正。更正应以一种工作语文提出，列于一份备忘录内，并须在有关记录分发之日起一周内送交联合国日内瓦办事处会议管理司文件管理科(dcm@un.org)。"
      "本次会议的任何更正将合并为一份更正印发。";
  for (const std::string& notice :
       {std::string("本记录可以更正。\n更正应以一种工作语文提出，列于一份备忘录内，并须在有关记录分发之日起一周内送交联合国日内瓦办事处会议管理司文件管理科(dcm@un.org)。\n"
                    "本次会议的任何更正将合并为一份更正印发。\n"),
        std::string("本记录可以更正。\n更正应以一种工作语文提出，列于一份备忘录内，并须在有关记录分发之日起一\n"
                    "周内送交联合国日内瓦办事处会议管理司文件管理科(dcm@un.org)。\n本次会议的任何更正将合并为一份更正印发。\n")}) {
    Document d = doc_of(head + notice + tail);
    ASSERT_FALSE(d.front_matter.notes.empty());
    EXPECT_EQ(d.front_matter.notes.back(), whole);
    ASSERT_FALSE(d.body.empty());
    EXPECT_EQ(d.body[0].text, "下午3时开会。");
  }
}

// A memorandum's head in text that sets a space after the field's colon
// ("致： 联合国秘书处工作人员"): a field of the front matter, not its subtitle
TEST(KindProbes, MemorandumFieldIsNoSubtitle) {
  Document d = doc_of(
      "联合国 ST/IC/2023/15\n秘书处\n1 June 2023\nChinese\nOriginal: English\n新闻通报\n致： 联合国秘书处工作人员\n"
      "事由： 2023年联合国工作人员养恤基金年度报表\n1. 本通报的目的是向工作人员通报年度报表的发放情况。\n"
      "2. 年度报表将通过会员自助服务门户提供。\n");
  EXPECT_EQ(d.front_matter.title, "新闻通报");
  EXPECT_FALSE(d.front_matter.subtitle);
  ASSERT_EQ(d.front_matter.paragraphs.size(), 2u);
  EXPECT_EQ(d.front_matter.paragraphs[0].text, "致： 联合国秘书处工作人员");
}

// A note transmitting a report: below the transmittal paragraph, the
// report's title ("…独立专家的报告") and its summary's "摘要", each a heading
// of the front matter (a heading may stand over another), the summary's text
// a paragraph
TEST(KindProbes, TransmittedReportTitleAndSummaryAreHeadings) {
  Document d = doc_of(
      "联合国 A/78/246\n大会\nDistr.: General\n27 July 2023\nChinese\nOriginal: English\n第七十八届会议\n临时议程*项目69(b)\n"
      "人权问题：人权问题，包括增进人权和基本自由切实享受的各种途径\n老年人享有所有人权问题独立专家的报告\n秘书长的说明\n"
      "秘书长谨向大会转递老年人享有所有人权问题独立专家根据人权理事会第51/4号决议提交的报告。\n"
      "老年人享有所有人权问题独立专家的报告\n摘要\n独立专家在本报告中审查了老年人在获得司法方面面临的障碍。\n"
      "一. 导言\n1. 本报告根据人权理事会第51/4号决议提交。\n2. 独立专家向会员国发出了调查问卷。\n* A/78/150。\n");
  const auto& p = d.front_matter.paragraphs;
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].paragraph_kind, "unnumbered");
  EXPECT_EQ(p[1].paragraph_kind, "heading");
  EXPECT_EQ(p[1].text, "老年人享有所有人权问题独立专家的报告");
  EXPECT_EQ(p[2].paragraph_kind, "heading");
  EXPECT_EQ(p[2].text, "摘要");
  EXPECT_EQ(p[3].paragraph_kind, "unnumbered");
}

// A report's fourth level: a lettered heading below a numbered subsection
// ("2. 国内法" / "(a) 刑事司法" / "6. …"): its letter the number, "(a)" its
// label, the words after it its title, one level below the subsection
TEST(KindProbes, LetteredHeadingBelowANumberedSubsection) {
  Document d = doc_of(
      "联合国 A/78/246\n大会\nDistr.: General\n27 July 2023\n\n一. 导言\n1. 本报告根据人权理事会第51/4号决议提交。\n"
      "二. 老年人获得司法的情况\nA. 法律框架\n1. 国际法\n2. 国际人权法没有专门保护老年人的具有约束力的文书。\n2. 国内法\n"
      "3. 一些国家通过了专门的法律。\n(a)\t刑事司法\n4. 老年人作为受害者在刑事司法中面临特殊障碍。\n(b) 民事司法\n"
      "5. 老年人在民事诉讼中也面临障碍。\nB. 实际障碍\n6. 实际障碍包括身体障碍、经济障碍和数字障碍。\n");
  std::vector<const Node*> lettered;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.level == 4) lettered.push_back(&n);
  });
  ASSERT_EQ(lettered.size(), 2u);
  EXPECT_EQ(lettered[0]->number, "a");
  EXPECT_EQ(lettered[0]->label, "(a)");
  EXPECT_EQ(lettered[0]->title, "刑事司法");
  EXPECT_EQ(lettered[1]->number, "b");
  EXPECT_EQ(lettered[1]->title, "民事司法");
}

// A record's item heading repeated from its contents with its documents
// after it, wrapped with a bracket left open ("葡萄牙第五次定期报告(续)(E/C.12/PRT/5;"
// / "E/C.12/PRT/Q/5; E/C.12/PRT/RQ/5)"): one heading, not a heading and a
// paragraph (nor two headings)
TEST(KindProbes, RecordHeadingWithABracketLeftOpenGoesOn) {
  Document d = doc_of(
      "联合国 E/C.12/2023/SR.45\n经济及社会理事会 Distr.: General\n16 October 2023\nChinese\nOriginal: English\n"
      "经济、社会及文化权利委员会\n第七十四届会议\n第45次会议简要记录\n2023年10月2日星期一下午3时在日内瓦万国宫举行\n"
      "主席： 阿巴希泽先生\n目录\n审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n葡萄牙第五次定期报告(续)\n"
      "下午3时开会。\n审议缔约国根据《公约》第十六条和第十七条提交的报告(续)\n葡萄牙第五次定期报告(续)(E/C.12/PRT/5;\n"
      "E/C.12/PRT/Q/5; E/C.12/PRT/RQ/5)\n1. 应主席邀请，葡萄牙代表团重新在委员会席位就座。\n"
      "2. 主席感谢代表团与委员会进行建设性对话。\n下午5时55分散会。\n");
  std::vector<const Node*> heads;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section) heads.push_back(&n);
    if (n.kind == NodeKind::Paragraph) EXPECT_EQ(n.text.find("E/C.12/PRT/Q/5"), std::string::npos) << n.text;
  });
  ASSERT_EQ(heads.size(), 2u);
  EXPECT_EQ(heads[1]->title.rfind("葡萄牙第五次定期报告(续)(E/C.12/PRT/5;", 0), 0u);
  EXPECT_NE(heads[1]->title.find("E/C.12/PRT/RQ/5)"), std::string::npos);
}

// A section's clause label alone on its line, its text on the next ("1.2" /
// "本指示应与工作人员细则第七章¹以及…一并阅读。": textwrap moved the text, a run
// too long for what was left of the label's line, below it): one paragraph,
// numbered 2, its label "1.2", its text the line below
TEST(KindProbes, ClauseLabelAloneTakesTheTextBelow) {
  Document d = doc_of(test::read_file("tests/unit/data/instrument-administrative-instruction-travel-tw40.txt"));
  std::vector<std::string> texts;
  std::vector<std::pair<std::string, std::string>> labelled;  // (label, text)
  walk(d.body, [&](const Node& n) {
    if (n.kind != NodeKind::Paragraph) return;
    texts.push_back(n.text);
    labelled.push_back({n.label, n.text});
  });
  EXPECT_EQ(std::find(texts.begin(), texts.end(), "1.2"), texts.end());
  EXPECT_EQ(std::find(texts.begin(), texts.end(), "3.2"), texts.end());
  EXPECT_EQ(std::find(texts.begin(), texts.end(), ""), texts.end());
  auto starts = [&](const std::string& label, const std::string& head) {
    return std::any_of(labelled.begin(), labelled.end(),
                       [&](const auto& lt) { return lt.first == label && lt.second.rfind(head, 0) == 0; });
  };
  EXPECT_TRUE(starts("1.2", "本指示应与工作人员细则第七章"));
  EXPECT_TRUE(starts("3.2", "旅程中某一航段的飞行时间"));
}

}  // namespace undoc_test_kinds_test
