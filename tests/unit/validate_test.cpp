// Every rule: an input that triggers it and a near-identical one that does not.
#include <gtest/gtest.h>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_validate_test {

using namespace undoc;

namespace {

std::vector<Diagnostic> check(const std::string& text) { return convert(text, "t.txt").diagnostics; }

int count(const std::vector<Diagnostic>& ds, const std::string& code) {
  int n = 0;
  for (auto& d : ds) n += d.code == code;
  return n;
}

const Diagnostic* find(const std::vector<Diagnostic>& ds, const std::string& code) {
  for (auto& d : ds)
    if (d.code == code) return &d;
  return nullptr;
}

std::string paras(std::initializer_list<int> numbers) {
  std::string s = "一、导言\n";
  for (int n : numbers) s += std::to_string(n) + ". 这是第 " + std::to_string(n) + " 段的内容。\n";
  return s;
}

}  // namespace

TEST(Validate, ParagraphGap) {
  auto bad = check(paras({1, 2, 4}));
  ASSERT_EQ(count(bad, "E-PARA-GAP"), 1);
  EXPECT_EQ(find(bad, "E-PARA-GAP")->severity, Severity::Error);
  EXPECT_EQ(find(bad, "E-PARA-GAP")->line, 4);
  EXPECT_NE(find(bad, "E-PARA-GAP")->message.find("expected paragraph 3, found 4"), std::string::npos);
  EXPECT_EQ(count(check(paras({1, 2, 3})), "E-PARA-GAP"), 0);
}

TEST(Validate, ParagraphDuplicateAndOrder) {
  EXPECT_EQ(count(check(paras({1, 2, 2, 3})), "E-PARA-DUP"), 1);
  EXPECT_EQ(count(check(paras({1, 2, 3, 4})), "E-PARA-DUP"), 0);
  EXPECT_EQ(count(check(paras({1, 3, 2})), "E-PARA-ORDER"), 1);
  EXPECT_EQ(count(check(paras({1, 2, 3})), "E-PARA-ORDER"), 0);
}

TEST(Validate, HeadingSequence) {
  std::string ok = "一、导言\n1. 第一段。\n二、结论\n2. 第二段。\n";
  std::string skip = "一、导言\n1. 第一段。\n三、结论\n2. 第二段。\n";
  EXPECT_EQ(count(check(ok), "W-HEADING-SEQ"), 0);
  auto ds = check(skip);
  ASSERT_EQ(count(ds, "W-HEADING-SEQ"), 1);
  EXPECT_NE(find(ds, "W-HEADING-SEQ")->message.find("expected chapter heading 二, found 三"), std::string::npos);
  std::string letters_ok = "一、导言\nA. 背景\n1. 段。\nB. 现状\n2. 段。\n二、其他\nA. 背景\n3. 段。\n";
  std::string letters_bad = "一、导言\nA. 背景\n1. 段。\nC. 现状\n2. 段。\n二、其他\nA. 背景\n3. 段。\n";
  EXPECT_EQ(count(check(letters_ok), "W-HEADING-SEQ"), 0);
  EXPECT_EQ(count(check(letters_bad), "W-HEADING-SEQ"), 1);
}

TEST(Validate, AnAgendasItemsAreInSequence) {
  // an annotated agenda's items run 1, 2, 3… (a record's carry the agenda's
  // own numbers, and are not checked): take annotation 5's heading away
  const std::string whole = test::read_file("samples/agenda-annotated-ga-78-para.txt");
  EXPECT_EQ(count(check(whole), "W-HEADING-SEQ"), 0);
  const std::string heading = "\n5. 选举各主要委员会主席团成员\n";
  const size_t at = whole.find(heading);
  ASSERT_NE(at, std::string::npos);
  const std::string gap = whole.substr(0, at) + "\n" + whole.substr(at + heading.size());
  auto ds = check(gap);
  ASSERT_EQ(count(ds, "W-HEADING-SEQ"), 1);
  EXPECT_NE(find(ds, "W-HEADING-SEQ")->message.find("expected item heading 5, found 6"), std::string::npos);
}

namespace {
std::string with_toc(const std::string& toc_title, const std::string& range) {
  return "目录\n\t段次\t页次\n一. " + toc_title + "\t" + range + "\t3\n二. 结论\t3\t4\n\n一. 引言\n1. 第一段。\n2. 第二段。\n二. 结论\n3. 第三段。\n";
}
}  // namespace

TEST(Validate, TocTitleDiffers) {
  EXPECT_EQ(count(check(with_toc("引言", "1-2")), "W-TOC-TITLE"), 0);
  auto ds = check(with_toc("导言", "1-2"));
  ASSERT_EQ(count(ds, "W-TOC-TITLE"), 1);
  EXPECT_NE(find(ds, "W-TOC-TITLE")->message.find("\"导言\""), std::string::npos);
  EXPECT_NE(find(ds, "W-TOC-TITLE")->message.find("\"引言\""), std::string::npos);
}

TEST(Validate, TocParagraphRange) {
  EXPECT_EQ(count(check(with_toc("引言", "1-2")), "W-TOC-RANGE"), 0);
  EXPECT_EQ(count(check(with_toc("引言", "1-3")), "W-TOC-RANGE"), 1);
}

TEST(Validate, TocAgainstHeadings) {
  std::string missing_heading = "目录\n一. 引言\t1\t3\n二. 结论\t2\t4\n三. 附录\t3\t5\n\n一. 引言\n1. 段。\n二. 结论\n2. 段。\n";
  EXPECT_EQ(count(check(missing_heading), "W-TOC-MISSING-HEADING"), 1);
  std::string missing_entry = "目录\n一. 引言\t1\t3\n\n一. 引言\n1. 段。\n二. 结论\n2. 段。\n";
  EXPECT_EQ(count(check(missing_entry), "W-TOC-MISSING-ENTRY"), 1);
  std::string both = "目录\n一. 引言\t1\t3\n二. 结论\t2\t4\n\n一. 引言\n1. 段。\n二. 结论\n2. 段。\n";
  auto ds = check(both);
  EXPECT_EQ(count(ds, "W-TOC-MISSING-ENTRY") + count(ds, "W-TOC-MISSING-HEADING"), 0);
  // one entry missing in the middle is reported once; the entries after it
  // still pair with their headings
  std::string middle = "目录\n一. 引言\t1\t3\n三. 附录\t3\t5\n\n一. 引言\n1. 段。\n二. 结论\n2. 段。\n三. 附录\n3. 段。\n";
  ds = check(middle);
  EXPECT_EQ(count(ds, "W-TOC-MISSING-ENTRY"), 1);
  EXPECT_EQ(count(ds, "W-TOC-MISSING-HEADING"), 0);
  ASSERT_NE(find(ds, "W-TOC-MISSING-ENTRY"), nullptr);
  EXPECT_NE(find(ds, "W-TOC-MISSING-ENTRY")->message.find("结论"), std::string::npos);
}

TEST(Validate, FootnoteMarkerWithoutBody) {
  EXPECT_EQ(count(check("一、导言\n1. 见报告¹。\n\n¹ A/60/871。\n"), "E-FN-NO-BODY"), 0);
  EXPECT_EQ(count(check("一、导言\n1. 见报告¹²。\n\n¹ A/60/871。\n"), "E-FN-NO-BODY"), 1);
}

TEST(Validate, FootnoteBodyWithoutMarker) {
  EXPECT_EQ(count(check("一、导言\n1. 见报告¹。\n\n¹ A/60/871。\n"), "E-FN-NO-MARKER"), 0);
  EXPECT_EQ(count(check("一、导言\n1. 见报告。\n\n¹ A/60/871。\n"), "E-FN-NO-MARKER"), 1);
  // a record's notice at the first page's foot, with a * but no marker: not an error
  EXPECT_EQ(count(check("第六委员会\n第12次会议简要记录\n\n* 本记录可以更正。更正应以一种工作语言提出。\n\n"
                        "上午10时05分宣布开会。\n\n1. 主席说，委员会今天结束辩论。\n"),
                  "E-FN-NO-MARKER"),
            0);
}

TEST(Validate, FootnoteOrder) {
  EXPECT_EQ(count(check("一、导言\n1. 甲¹。\n2. 乙²。\n\n¹ 注一。\n² 注二。\n"), "E-FN-ORDER"), 0);
  EXPECT_EQ(count(check("一、导言\n1. 甲¹。\n2. 乙³。\n\n¹ 注一。\n³ 注三。\n"), "E-FN-ORDER"), 1);
}

TEST(Validate, PageBoundaryOverlap) {
  std::string overlap = "一、导言\n1. 尊重人权至关重要。\n\n要。各国应当合作。\n";
  std::string clean = "一、导言\n1. 尊重人权至关重要。\n\n各国应当合作。\n";
  auto ds = check(overlap);
  ASSERT_EQ(count(ds, "W-OVERLAP"), 1);
  EXPECT_EQ(find(ds, "W-OVERLAP")->line, 4);
  EXPECT_NE(find(ds, "W-OVERLAP")->message.find("\"要。\""), std::string::npos);
  EXPECT_EQ(count(check(clean), "W-OVERLAP"), 0);
  // two Han characters that happen to repeat across the break are no overlap
  EXPECT_EQ(count(check("一、导言\n1. 援助应当惠及发展中国家\n\n国家应当合作。\n"), "W-OVERLAP"), 0);
}

TEST(Validate, UnplacedText) {
  // A stray line inside the table of contents is no entry and no body text.
  std::string stray = "目录\n一. 引言\t1\t3\n（未完）\n二. 结论\t2\t4\n\n一. 引言\n1. 段。\n二. 结论\n2. 段。\n";
  std::string clean = "目录\n一. 引言\t1\t3\n二. 结论\t2\t4\n\n一. 引言\n1. 段。\n二. 结论\n2. 段。\n";
  auto ds = check(stray);
  ASSERT_EQ(count(ds, "W-UNPLACED"), 1);
  EXPECT_EQ(find(ds, "W-UNPLACED")->line, 3);
  EXPECT_NE(find(ds, "W-UNPLACED")->message.find("（未完）"), std::string::npos);
  EXPECT_EQ(count(check(clean), "W-UNPLACED"), 0);
  // a wrapped row is joined, not reported
  std::string wrapped = "目录\n一. 关于引言的\n很长的标题\t1\t3\n二. 结论\t2\t4\n\n一. 关于引言的很长的标题\n1. 段。\n二. 结论\n2. 段。\n";
  EXPECT_EQ(count(check(wrapped), "W-UNPLACED"), 0);
  EXPECT_EQ(count(check(wrapped), "W-TOC-TITLE"), 0);
}

TEST(Validate, AgendaTimes) {
  std::string ok = "附件\n议程\n上午 10 时至 11 时\t开幕\n上午 11 时至 12 时\t讨论\n下午 3 时至 4 时\t闭幕\n";
  std::string overlap = "附件\n议程\n上午 10 时至 11 时\t开幕\n上午 10 时 30 分至 12 时\t讨论\n下午 3 时至 4 时\t闭幕\n";
  std::string backwards = "附件\n议程\n上午 10 时至 11 时\t开幕\n上午 9 时至 9 时 30 分\t讨论\n";
  std::string reversed_range = "附件\n议程\n上午 11 时至 10 时\t开幕\n上午 11 时至 12 时\t讨论\n";
  EXPECT_EQ(count(check(ok), "W-AGENDA-TIME"), 0);
  EXPECT_EQ(count(check(overlap), "W-AGENDA-TIME"), 1);
  EXPECT_EQ(count(check(backwards), "W-AGENDA-TIME"), 1);
  EXPECT_EQ(count(check(reversed_range), "W-AGENDA-TIME"), 1);
}

TEST(Validate, TimeRanges) {
  EXPECT_EQ(parse_time_range("上午 10 时至 下午 1 时"), std::make_pair(600, 780));
  EXPECT_EQ(parse_time_range("上午 10 时 35 分 至 11 时 45 分"), std::make_pair(635, 705));
  EXPECT_EQ(parse_time_range("下午 5 时 30 分 至 6 时"), std::make_pair(1050, 1080));
  EXPECT_EQ(parse_time_range("10:00-13:00"), std::make_pair(600, 780));
  EXPECT_FALSE(parse_time_range("听询会开始"));
  EXPECT_FALSE(parse_time_range(""));
}

TEST(Validate, SampleHasExactlyTheKnownWarnings) {
  // see tests/golden for the full expected list; here the rule-level view
  auto ds = check(
      "目录\n一. 导言\t1\t3\n\n一. 引言\n1. 与会者强调，人权问题至关重要。\n\n要。尊重和保护人权十分必要。\n");
  EXPECT_EQ(count(ds, "W-TOC-TITLE"), 1);
  EXPECT_EQ(count(ds, "W-OVERLAP"), 1);
  EXPECT_EQ(ds.size(), 2u);
}

TEST(Validate, UnnumberedTocEntryMatchesUnnumberedHeading) {
  std::string ok = "目录\n导言\t3\n一、结论\t4\n\n导言\n1. 段。\n一、结论\n2. 段。\n";
  std::string missing = "目录\n导言\t3\n一、结论\t4\n\n一、结论\n1. 段。\n";
  EXPECT_EQ(count(check(ok), "W-TOC-MISSING-HEADING"), 0);
  EXPECT_EQ(count(check(missing), "W-TOC-MISSING-HEADING"), 1);
}

// A record's item heading names its documents after the title, the TOC does
// not: the last bracketed group goes, nested brackets and all
// ("(A/78/6(Sect.1)和A/78/7)"), and no W-TOC-TITLE follows.
TEST(Validate, ItemHeadingsDocumentsWithNestedBrackets) {
  const std::string text =
      "联合国 A/C.5/78/SR.10\n大会\n第七十八届会议\n第五委员会\n第10次会议简要记录\n"
      "2023年10月27日星期五上午10时在纽约总部举行\n目录\n议程项目139：2024年拟议方案预算\n上午10时05分宣布开会。\n"
      "议程项目139：2024年拟议方案预算(A/78/6(Sect.1)和A/78/7)\n1. 科瓦奇女士(匈牙利)说，欧洲联盟重视年度预算周期的试行。\n"
      "上午11时50分散会。\n";
  const Document d = convert(text, "t.txt");
  ASSERT_EQ(d.toc.entries.size(), 1u);
  EXPECT_EQ(count(d.diagnostics, "W-TOC-TITLE"), 0);
}

// A text with nothing of a UN document in it (no symbol, masthead, title,
// heading, numbered paragraph, footnote): a warning, so that --strict fails it;
// a UN document's text, even a short one, gives none.
TEST(Validate, TextWithNoStructureOfAUnDocument) {
  EXPECT_EQ(count(check("今天天气很好。\n我们去公园散步。\n\n公园里有很多人。\n"), "W-NO-STRUCTURE"), 1);
  EXPECT_EQ(count(check("1. 大会注意到秘书长的报告。\n2. 决定继续审议这个问题。\n"), "W-NO-STRUCTURE"), 0);
  EXPECT_EQ(count(check("一、导言\n大会注意到秘书长的报告。\n"), "W-NO-STRUCTURE"), 0);
  EXPECT_EQ(count(check("A/78/150\n\n大会注意到秘书长的报告。\n"), "W-NO-STRUCTURE"), 0);
  EXPECT_EQ(count(check(""), "W-NO-STRUCTURE"), 0);  // (W-EMPTY says it)
}

// A record's TOC lists an agenda item's sub-item as it is named ("(a) 国际贸易与
// 发展(续)"); the body's sub-item heading adds its documents ("…(续)(A/78/214)"):
// the same heading, no W-TOC-MISSING-HEADING. A sub-item the body lacks still warns.
TEST(Validate, RecordTocSubItemMatchesItsHeadingWithDocuments) {
  const std::string head = "联合国 A/C.2/78/SR.15\n大会\n第七十八届会议\n第二委员会\n第15次会议简要记录\n"
                           "2023年10月19日星期四下午3时在纽约总部举行\n目录\n议程项目18：宏观经济政策问题(续)\n"
                           "(a) 国际贸易与发展(续)\n议程项目19：发展筹资的后续行动和执行情况(续)\n下午3时10分宣布开会。\n"
                           "议程项目18：宏观经济政策问题(续)\n";
  const std::string tail = "1. 阿尔瓦雷斯女士(墨西哥)说，多边贸易体制必须以规则为基础。\n"
                           "议程项目19：发展筹资的后续行动和执行情况(续)\n2. 费尔南德斯先生(古巴)说，官方发展援助仍远低于目标。\n"
                           "下午4时55分散会。\n";
  EXPECT_EQ(count(check(head + "(a) 国际贸易与发展(续)(A/78/214)\n" + tail), "W-TOC-MISSING-HEADING"), 0);
  EXPECT_EQ(count(check(head + tail), "W-TOC-MISSING-HEADING"), 1);
}

// A section heading that adds its documents at the end ("A. 维护国际和平与安全
// (A/78/95)") has the TOC's title ("维护国际和平与安全"): no W-TOC-TITLE; a
// heading that differs in its words still warns.
TEST(Validate, TocTitleWithoutTheHeadingsDocuments) {
  const std::string head = "A/78/1\n\n目录\n页次\n一. 导言\t3\nA. 维护国际和平与安全\t5\n\n一. 导言\n\n";
  EXPECT_EQ(count(check(head + "A. 维护国际和平与安全(A/78/95)\n\n1. 本组织继续开展预防外交工作。\n"), "W-TOC-TITLE"), 0);
  EXPECT_EQ(count(check(head + "A. 维护国际和平(A/78/95)\n\n1. 本组织继续开展预防外交工作。\n"), "W-TOC-TITLE"), 1);
}

// An annotated agenda numbers its annotations afresh after 说明, as its list
// of items was: no E-PARA-DUP on a valid one; a number repeated within the
// annotations still is one.
TEST(Validate, AnnotatedAgendaNumbersItsAnnotationsAfresh) {
  const std::string head = "E/CN.5/2024/1\n临时议程\n1. 选举主席团成员。\n2. 通过议程和其他组织事项。\n说明\n"
                           "1. 选举主席团成员\n1. 根据理事会第2002/234号决定，委员会将选举主席团成员。\n"
                           "2. 通过议程和其他组织事项\n";
  EXPECT_EQ(count(check(head + "2. 委员会将在开幕时通过其议程。\n"), "E-PARA-DUP"), 0);
  EXPECT_EQ(count(check(head + "1. 委员会将在开幕时通过其议程。\n"), "E-PARA-DUP"), 1);
}

// --- helper h2 ---

// A contents row "第一章 特别委员会的报告" names the body's heading 第一章 /
// 特别委员会的报告: no W-TOC-MISSING-HEADING (the row was read as one title).
TEST(Validate, TocRowsLabelled第一章MatchTheirChapters) {
  auto ds = check("目录\n章次\t页次\n第一章 特别委员会的报告\t3\n第二章 组织和工作\t4\n\n第一章\n特别委员会的报告\n"
                  "1. 特别委员会提交报告。\n第二章\n组织和工作\n2. 特别委员会举行了会议。\n");
  EXPECT_EQ(count(ds, "W-TOC-MISSING-HEADING"), 0);
  EXPECT_EQ(count(ds, "W-UNPLACED"), 0);
}

// The same chapters with no contents above them, right after the title: no
// W-HEADING-SEQ (第一章 had stayed in the front matter, so 第二章 came first).
TEST(Validate, ChaptersLabelled第一章AloneAfterTheTitle) {
  auto ds = check("某某委员会的报告\n第一章\n导言\n1. 委员会谨提交报告。\n第二章\n组织和工作\n2. 委员会举行了会议。\n");
  EXPECT_EQ(count(ds, "W-HEADING-SEQ"), 0);
}

}  // namespace undoc_test_validate_test
