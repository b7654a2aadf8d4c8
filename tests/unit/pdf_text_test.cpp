// Conventions of PDF text seen on the kinds corpus's documents that no layout
// corpus had held (tests/layouts-rest, stop 25): pdftotext sets a space
// between Han characters and digits or Latin letters where the page has
// Word's automatic spacing ("第 5 节", "规则 1", "第 77/418 号决定").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_pdf_text_test {

using namespace undoc;

namespace {

using test::footnote;
using test::doc_of;

std::vector<const Node*> sections(const std::vector<Node>& nodes) {
  std::vector<const Node*> out;
  walk(nodes, [&](const Node& n) {
    if (n.kind == NodeKind::Section) out.push_back(&n);
  });
  return out;
}

}  // namespace

// A heading's number is read without the spaces PDF text set in its label;
// the label keeps them, as written.
TEST(PdfText, HeadingNumbersDropTheSpacesAroundDigits) {
  Document d = doc_of(
      "第 1 节\n一般规定\n\n1.1 本公报适用于秘书处全体工作人员。\n\n"
      "第 2 节\n生效\n\n2.1 本公报自印发之日起生效。\n");
  auto s = sections(d.body);
  ASSERT_EQ(s.size(), 2u);
  ASSERT_TRUE(s[0]->number);
  EXPECT_EQ(*s[0]->number, "第1节");
  EXPECT_EQ(s[0]->label, "第 1 节");
  EXPECT_EQ(s[0]->title, "一般规定");
  EXPECT_EQ(*s[1]->number, "第2节");

  Document r = doc_of("一. 届会\n\n规则 1 常会\n\n委员会每年举行常会一次。\n\n规则 2 特别会议\n\n委员会得举行特别会议。\n");
  auto rs = sections(r.body);
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(*rs[1]->number, "规则1");
  EXPECT_EQ(rs[1]->label, "规则 1");
  EXPECT_EQ(rs[1]->title, "常会");
  EXPECT_EQ(*rs[2]->number, "规则2");

  // (a section's title opening with a year: "B. 2024 年拟议员额和非员额所需资源")
  Document b = doc_of("A. 2024 年拟议方案计划和 2022 年方案执行情况\n\n1. 本款由秘书处管理。\n\n"
                      "B. 2024 年拟议员额和非员额所需资源\n\n2. 所需资源见表 1。\n");
  auto bs = sections(b.body);
  ASSERT_EQ(bs.size(), 2u);
  EXPECT_EQ(bs[1]->section_kind, "section");
  EXPECT_EQ(*bs[1]->number, "B");
}

namespace {

const char* kCvs =
    "附件二\n候选人履历\n阿米娜·卡马拉女士(塞拉利昂)\n出生日期和地点：1971 年 3 月 4 日，弗里敦\n"
    "现任职务：塞拉利昂大学法学院国际公法教授；塞拉利昂外交和国际合作部法律顾问\n"
    "学历：塞拉利昂大学法学学士；伦敦大学国际法硕士和博士\n"
    "主要专业活动：2012 年至 2019 年任塞拉利昂常驻联合国代表团法律顾问，并担任大会第六委员会副主\n"
    "席；多次代表塞拉利昂出席国际法院和国际海洋法法庭的诉讼程序。\n"
    "拉明·哈利洛夫先生(阿塞拜疆)\n出生日期和地点：1968 年 11 月 22 日，巴库\n现任职务：阿塞拜疆外交部法律和条约司司长\n"
    "学历：巴库国立大学法学学士；莫斯科国立国际关系学院国际法博士\n"
    "主要专业活动：参加多边条约的谈判，包括关于国家继承和国际水道的文书；在海牙国际法学院讲授国家\n"
    "责任和条约法课程。\n";

}  // namespace

// Curricula vitae in PDF text, no blank line between their lines: each
// candidate's name is a subhead over its fields, each field a paragraph,
// after a full line too; a field is no subhead.
TEST(PdfText, CurriculumVitaeFieldsWithoutBlankLines) {
  Document d = doc_of(std::string("联合国 A/78/100\n大会\n\n第七十八届会议\n\n选举国际法委员会委员\n\n秘书长的说明\n\n"
                                  "1. 本说明附件载有候选人的履历。\n\n") + kCvs);
  ASSERT_EQ(d.annexes.size(), 1u);
  auto s = sections(d.annexes[0].children);
  std::vector<std::string> titles;
  for (const Node* n : s) titles.push_back(n->title);
  EXPECT_EQ(titles, (std::vector<std::string>{"阿米娜·卡马拉女士(塞拉利昂)", "拉明·哈利洛夫先生(阿塞拜疆)"}));
  ASSERT_EQ(s.size(), 2u);
  ASSERT_EQ(s[0]->children.size(), 4u);
  EXPECT_EQ(s[0]->children[1].text, "现任职务：塞拉利昂大学法学院国际公法教授；塞拉利昂外交和国际合作部法律顾问");
  EXPECT_EQ(s[0]->children[2].text, "学历：塞拉利昂大学法学学士；伦敦大学国际法硕士和博士");
  ASSERT_EQ(s[1]->children.size(), 4u);
  EXPECT_EQ(s[1]->children[2].text, "学历：巴库国立大学法学学士；莫斯科国立国际关系学院国际法博士");
}

// A table of words: -raw parts its cells by single spaces, -layout by runs
// of spaces whose columns count characters (a Han character one column).
TEST(PdfText, TablesOfWordsInRawAndLayoutText) {
  const std::string head = "联合国 A/78/100\n大会\n\n附件一\n按英文字母顺序排列的候选人名单\n";
  const char* raw =
      "姓名 国籍 提名国\n塞缪尔·阿多·博阿滕先生 加纳 加纳\n若昂·卡瓦略·达席尔瓦先生 巴西 巴西\n"
      "阿米娜·卡马拉女士 塞拉利昂 塞拉利昂、利比里亚\n拉明·哈利洛夫先生 阿塞拜疆 阿塞拜疆\n中村遥女士 日本 日本\n";
  const char* layout =
      "姓名              国籍                提名国\n"
      "塞缪尔·阿多·博阿滕先生    加纳                加纳\n"
      "若昂·卡瓦略·达席尔瓦先生   巴西                巴西\n"
      "阿米娜·卡马拉女士       塞拉利昂              塞拉利昂、利比里亚\n"
      "拉明·哈利洛夫先生       阿塞拜疆              阿塞拜疆\n"
      "中村遥女士           日本                日本\n";
  for (const char* table : {raw, layout}) {
    SCOPED_TRACE(table);
    // (-layout text comes with its pages' form feeds)
    Document d = doc_of(head + table + (table == layout ? "\n\f22-19119 (C)\n" : ""));
    ASSERT_EQ(d.annexes.size(), 1u);
    const Node* t = nullptr;
    walk(d.annexes[0].children, [&](const Node& n) {
      if (n.kind == NodeKind::Table && !t) t = &n;
    });
    ASSERT_TRUE(t);
    ASSERT_EQ(t->rows.size(), 6u);
    EXPECT_EQ(t->rows[0], (std::vector<std::string>{"姓名", "国籍", "提名国"}));
    EXPECT_EQ(t->rows[3], (std::vector<std::string>{"阿米娜·卡马拉女士", "塞拉利昂", "塞拉利昂、利比里亚"}));
  }
}

// An annotated agenda's documents under "文件", a line each, as PDF text
// sets them without blank lines: each a paragraph, none a heading.
TEST(PdfText, AnnotatedAgendaDocumentsALineEach) {
  Document d = doc_of(
      "联合国 A/78/100\n大会\n\n第七十八届会议\n\n第七十八届常会临时议程说明\n\n"
      "7. 安排会议、通过议程和分配项目：总务委员会的报告\n"
      "根据议事规则第 40 条，总务委员会将在每届会议开始时审议临时议程和补充项目清单，并就每一项目的列入\n"
      "向大会提出建议。\n文件\n大会第七十八届常会临时议程(A/78/150)\n"
      "秘书长关于安排会议、通过议程和分配项目的备忘录(A/BUR/78/1)\n总务委员会的报告\n"
      "8. 一般性辩论\n一般性辩论将于 2023 年 9 月 19 日星期二开始。\n");
  std::vector<std::string> docs;
  const Node* list = nullptr;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.title == "文件") list = &n;
  });
  ASSERT_TRUE(list);
  for (const Node& n : list->children) docs.push_back(n.kind == NodeKind::Paragraph ? n.text : "heading: " + n.title);
  EXPECT_EQ(docs, (std::vector<std::string>{"大会第七十八届常会临时议程(A/78/150)",
                                            "秘书长关于安排会议、通过议程和分配项目的备忘录(A/BUR/78/1)", "总务委员会的报告"}));
}

// The head of an office signing a foreword: its closing lines, not a paragraph.
const char* kFascicleHead =
    "联合国 A/78/6 (Sect. 29E)\n大会\nDistr.: General\n12 April 2023\nChinese\nOriginal: English\n\n"
    "第七十八届会议\n议程项目139\n2024年拟议方案预算\n\n行政，日内瓦\n\n";

TEST(PdfText, AForewordSignedByTheHeadOfAnOffice) {
  Document d = doc_of(std::string(kFascicleHead) + "目录\n页次\n前言 3\nA. 2024 年拟议方案计划 4\n\n" +
      "前言\n\n2022 年，日内瓦办事处行政司在工作人员大部分恢复现场办公的同时，保留了大流行期间采用的灵活工作安排。\n\n"
      "联合国日内瓦办事处总干事\n(签名)埃琳娜·马尔科娃\n\nA. 2024 年拟议方案计划\n\n29E.1 行政司负责提供服务。\n");
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[0].text, "联合国日内瓦办事处总干事");
  EXPECT_EQ(d.closing[0].kind, "signature");
  EXPECT_EQ(d.closing[1].text, "(签名)埃琳娜·马尔科娃");
}

// A heading set in the middle by spaces (pdftotext -layout, a text file's
// centred heading) right above a line flush with the margin: a subhead
// (a budget fascicle's foreword, as tests/layouts-rest has it).
TEST(PdfText, AHeadingCentredBySpacesOverText) {
  const std::string text = test::read_file("tests/layouts-rest/report-budget-section-fascicle/01-layout.txt");
  ASSERT_NE(text.find("                                                            \u524d\u8a00\n2022"), std::string::npos);
  Document d = doc_of(text);
  auto s = sections(d.body);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0]->title, "前言");
  ASSERT_FALSE(s[0]->children.empty());
  EXPECT_EQ(s[0]->children[0].text.substr(0, 4), "2022");
}

// A charter's preamble in its front matter, a clause a line, as -layout sets
// it with blank lines between some: each clause a paragraph.
TEST(PdfText, ACharterPreambleAClauseALine) {
  const std::string text = test::read_file("tests/layouts-rest/instrument-charter-freshwater-cooperation/01-layout.txt");
  Document d = doc_of(text);
  std::vector<std::string> texts;
  for (const Node& p : d.front_matter.paragraphs) texts.push_back(p.text);
  ASSERT_GE(texts.size(), 4u);
  EXPECT_EQ(texts[1], "我国际淡水合作组织会员国人民同兹决心，");
  EXPECT_EQ(texts[2], "欲使今世及后世免受水源枯竭、水质败坏及水旱灾害之苦，");
}

// The same preamble as MuPDF gives it (mutool draw -F txt of a layouts-rest
// PDF: a blank line after each line, no steady wrap read): a clause well
// short of the widest lines ends.
TEST(PdfText, ACharterPreambleInTextOfAParagraphALine) {
  const std::string text = test::read_file("tests/pdf/mupdf/instrument-charter-freshwater-cooperation-02.txt");
  Document d = doc_of(text);
  ASSERT_EQ(d.source.layout.shape, "paragraph_per_line");
  std::vector<std::string> texts;
  for (const Node& p : d.front_matter.paragraphs) texts.push_back(p.text);
  ASSERT_GE(texts.size(), 4u);
  EXPECT_EQ(texts[1], "我国际淡水合作组织会员国人民同兹决心，");
  EXPECT_EQ(texts[2], "欲使今世及后世免受水源枯竭、水质败坏及水旱灾害之苦，");
}

// A budget fascicle's table in -raw text: numbers grouped by thousands with a
// space, decimals and brackets ("42 615.3", "(512.6)"), a header over three
// lines; the label, its title and its unit "(千美元)" a paragraph above it.
TEST(PdfText, ABudgetTableInRawText) {
  const std::string text = test::read_file("tests/layouts-rest/report-budget-section-fascicle/01-raw.txt");
  Document d = doc_of(text);
  const Node* t = nullptr;
  const Node* caption = nullptr;
  const Node* prev = nullptr;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Table && !t) {
      t = &n;
      caption = prev;
    }
    if (n.kind == NodeKind::Paragraph) prev = &n;
  });
  ASSERT_TRUE(t);
  ASSERT_EQ(t->rows.size(), 10u);
  EXPECT_EQ(t->rows[1], (std::vector<std::string>{"员额", "42 615.3", "43 907.8", "(512.6)", "43 395.2"}));
  EXPECT_EQ(t->rows[2], (std::vector<std::string>{"其他工作人员费用", "1 284.0", "1 102.5", "–", "1 102.5"}));
  ASSERT_TRUE(caption);
  EXPECT_EQ(caption->text, "表 29E.1 按支出用途分列的财政资源(千美元)");
}

// A one-page text without its form feed, its page told by its one footer:
// the evidence says so in the singular (it had said "1 pages, each but the
// last closed by…").
TEST(PdfText, OnePageToldByItsFooterSaysSo) {
  Document d = doc_of(
      "联合国 A/78/312\n大会\n秘书长的说明\n正文。\n\n1\n2\n\nA/RES/77/195。\n见 A/78/53。\n\n23-17210 (C)\n"
      "*2317210*\n\n180923\n\n200923\n");
  ASSERT_FALSE(d.source.layout.evidence.empty());
  EXPECT_EQ(d.source.layout.evidence.front(), "1 page, closed by its footer's job number (no form feeds)");
}

// A page foot's stacked labels, the agenda item's star first, over bodies
// that are a symbol and an ASCII stop ("A/78/150."): a symbol's line is a
// body as any other (the labels had found too few bodies, and the whole foot
// was a paragraph "*1 2 A/78/150."; a read-only review saw it).
TEST(PdfText, StackedLabelsOverSymbolBodiesWithAsciiStops) {
  const std::string text =
      "联合国\n\nA/78/312\nDistr.: General\n12 September 2023\nChinese\nOriginal: English\n\n大会\n\n"
      "第七十八届会议\n临时议程 * 项目 71\n促进和保护人权：人权问题\n\n秘书长的说明\n"
      "秘书长谨向大会成员转递特别报告员根据大会第 77/195 号决议 1 和人权理事会第 52/8\n"
      "号决议 2 提交的报告。\n\n"
      "*\n1\n2\n\nA/78/150.\nA/RES/77/195.\n见《大会正式记录，第七十八届会议，补编第53号》(A/78/53)。\n\n"
      "23-17210 (C)\n*2317210*\n\n180923\n\n200923\n\n\f";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 3u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].text, "A/78/150.");
  EXPECT_EQ(d.footnotes[1].text, "A/RES/77/195.");
  ASSERT_EQ(d.body.size(), 1u);
  EXPECT_EQ(d.body[0].footnote_refs.size(), 2u);
}

// A page number at the page's top in the words "第 N 页", beside the running
// symbol ("E/CN.6/2024/3   第 3 页", as Geneva documents set it) or on a line
// of its own below it (pdftotext's default mode): furniture, not text, and
// never the end of a footnote that runs on to the next page.
TEST(PdfText, PageNumberInWordsAtThePageTopIsFurniture) {
  const std::string head =
      "联合国 E/CN.6/2024/3\n\n经济及社会理事会\n\n妇女地位委员会\n第六十八届会议\n\n"
      "一. 导言\n\n1. 委员会在本届会议上审议了优先主题。\n\n23-24567 (C)\n";
  // (-layout and -raw: the symbol and the page's number on one line)
  for (const char* sep : {"                          ", " "}) {
    Document d = doc_of(head + "\fE/CN.6/2024/3" + sep + "第 2 页\n\n2. 各会员国采取了进一步措施。\n\n23-24567 (C)\n" +
                        "\fE/CN.6/2024/3" + sep + "第 3 页\n\n3. 秘书长鼓励会员国开展合作。\n\n23-24567 (C)\n");
    int pages = 0;
    for (const auto& f : d.furniture) pages += f.text.find("页") != std::string::npos;
    EXPECT_EQ(pages, 2) << sep;
    walk(d.body, [&](const Node& n) {
      if (n.kind == NodeKind::Paragraph) EXPECT_EQ(n.text.find("页"), std::string::npos) << n.text;
    });
  }
  // (the default mode: the number on a line of its own below the symbol)
  Document d = doc_of(head + "\fE/CN.6/2024/3\n\n第 2 页\n\n2. 各会员国采取了进一步措施。\n\n23-24567 (C)\n" +
                      "\fE/CN.6/2024/3\n\n第 3 页\n\n3. 秘书长鼓励会员国开展合作。\n\n23-24567 (C)\n");
  int pages = 0;
  for (const auto& f : d.furniture) pages += f.kind == "page_number";
  EXPECT_EQ(pages, 2);
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) EXPECT_EQ(n.text.find("页"), std::string::npos) << n.text;
  });
}

namespace {

std::string all_paragraphs(const Document& d) {
  std::string all;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) all += n.text + "\n";
  });
  for (const auto& a : d.annexes)
    walk(a.children, [&](const Node& n) {
      if (n.kind == NodeKind::Paragraph) all += n.text + "\n";
    });
  return all;
}

}  // namespace

// A raised marker right after a document symbol, which pdftotext spaces on
// both sides ("见S/2023/123 1 。"), calls the page foot's note 1; a note's
// text may open with a year ("1     2023年2月14日的信。").
TEST(PdfText, MarkerAfterASymbolAndANoteOpeningWithAYear) {
  const std::string text =
      "联合国 S/2023/456\n\n安全理事会\n\n2023年6月19日常驻联合国代表给秘书长的信\n\n"
      "1. 谨随函转递外交部的声明，其中提到了以前的信函，见S/2023/123 1 。\n\n"
      "2. 请将本函及其附件作为安全理事会的文件分发为荷 2 。\n\n\n\n"
      "1     2023年2月14日的信。\n2     见该国政府的声明。\n\n23-11890 (C)\n"
      "\fS/2023/456\n\n3. 各会员国在本报告所述期间采取了进一步措施。\n\n23-11890 (C)\n";
  Document d = doc_of(text);
  const Footnote* one = footnote(d, "1");
  ASSERT_NE(one, nullptr) << all_paragraphs(d);
  EXPECT_EQ(one->text, "2023年2月14日的信。");
  ASSERT_EQ(one->refs.size(), 1u);
  ASSERT_NE(footnote(d, "2"), nullptr);
  EXPECT_EQ(all_paragraphs(d).find("2023年2月14日"), std::string::npos);
}

// A footnote cut at its page's end in mid-sentence ("…智利、") goes on at
// the next page's foot, in lines of no label set apart from the text above
// them and right above that page's first note ("哥伦比亚、…。" / "3 另见…").
TEST(PdfText, FootnoteCutMidSentenceGoesOnAboveTheNextPagesFirstNote) {
  const std::string text =
      "联合国 A/78/123\n\n大会\n\n一. 导言\n\n"
      "1.     本报告借鉴了会员国提交的资料 1 。\n\n"
      "2.     各会员国在本报告所述期间采取了进一步措施 2 。\n\n\n\n"
      "1    见经济及社会理事会第2022/4号决议。\n"
      "2    截至2023年10月31日，以下会员国提交了资料：阿根廷、澳大利亚、奥地利、巴西、\n"
      "     加拿大、智利、\n\n23-24567 (C)\n"
      "\fA/78/123\n\n"
      "3.     秘书长鼓励会员国与民间社会开展合作 3 。\n\n"
      "4.     委员会不妨促请各国政府加强国家统计系统。\n\n\n\n"
      "     哥伦比亚、丹麦、芬兰、法国、德国、印度、意大利、日本、墨西哥、荷兰、挪威、\n"
      "     瑞典、瑞士、土耳其和联合王国。还收到了联合国系统十二个实体的资料。\n"
      "3    另见A/78/100，第15段。\n\n23-24567 (C)\n";
  Document d = doc_of(text);
  const Footnote* two = footnote(d, "2");
  ASSERT_NE(two, nullptr);
  EXPECT_NE(two->text.find("智利、哥伦比亚"), std::string::npos) << two->text;
  EXPECT_NE(two->text.find("十二个实体的资料。"), std::string::npos) << two->text;
  const Footnote* three = footnote(d, "3");
  ASSERT_NE(three, nullptr) << all_paragraphs(d);
  EXPECT_EQ(three->text, "另见A/78/100，第15段。");
  EXPECT_EQ(all_paragraphs(d).find("哥伦比亚"), std::string::npos) << all_paragraphs(d);
}

// A running header of the page's number and the symbol ("2/3   A/78/456",
// "A/78/456   - 3 -"; a PDF's words in two cells, "2/3<TAB>A/78/456") at a
// page's top is furniture, not a row of a table or a line of text.
TEST(PdfText, PageNumberBesideTheSymbolAtThePageTopIsFurniture) {
  const std::string head =
      "联合国 A/78/456\n\n大会\n\n第七十八届会议\n\n一. 导言\n\n1. 委员会在本届会议上审议了优先主题。\n\n23-19999 (C)\n";
  for (const char* sep : {"                          ", " ", "\t"}) {
    for (bool number_first : {true, false}) {
      auto header = [&](int page) {
        const std::string n = number_first ? std::to_string(page) + "/3" : "- " + std::to_string(page) + " -";
        return number_first ? n + sep + "A/78/456" : std::string("A/78/456") + sep + n;
      };
      Document d = doc_of(head + "\f" + header(2) + "\n\n2. 各会员国采取了进一步措施。\n\n23-19999 (C)\n" + "\f" +
                          header(3) + "\n\n3. 秘书长鼓励会员国开展合作。\n\n23-19999 (C)\n");
      int headers = 0;
      for (const auto& f : d.furniture) headers += f.text.find("A/78/456") != std::string::npos && f.line > 1;
      EXPECT_EQ(headers, 2) << sep << number_first;
      bool table = false;
      walk(d.body, [&](const Node& n) {
        table = table || n.kind == NodeKind::Table;
        if (n.kind == NodeKind::Paragraph) EXPECT_EQ(n.text.find("A/78"), std::string::npos) << n.text;
      });
      EXPECT_FALSE(table) << sep << number_first;
    }
  }
}

// The same with no form feeds (pdftotext -nopgbrk, its default mode: the
// number above the symbol on one page, below it on the next): the pages told
// by the job numbers may begin a line off where the page did, and "第 N 页"
// beside the running symbol or a job number is still furniture
// (tests/pdf/probe/make_probe_pdf.py).
TEST(PdfText, PageNumberInWordsWithoutFormFeeds) {
  Document d = doc_of(test::read_file("tests/pdf/probe/report-page-in-words-nopgbrk.txt"));
  int pages = 0;
  for (const auto& f : d.furniture) pages += f.text.find("页") != std::string::npos;
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(all_paragraphs(d).find("第 3 页"), std::string::npos) << all_paragraphs(d);
  EXPECT_EQ(all_paragraphs(d).find("第 2 页"), std::string::npos);
}

// A resolution's running header, its symbol and short title on one line, is
// furniture where a PDF's words give it as two cells ("A/RES/78/165<TAB>农业…")
// and where -raw writes it last on its page, drawn after the text (only the
// footer's job number and page below it).
TEST(PdfText, SymbolAndShortTitleHeaderAsCellsOrAtThePageEnd) {
  const std::string head =
      "联合国 A/RES/78/165\n\n大会\n\n第七十八届会议\n议程项目 16\n\n2023年12月19日大会决议\n\n"
      "78/165. 农业技术促进可持续发展\n\n大会，\n\n回顾其以往各项决议，\n\n"
      "1. 鼓励会员国加强国家统计系统；\n\n23-25678 (C)\n";
  const std::string tail = "2. 请秘书长提交一份关于本决议执行情况的报告。\n\n2023年12月19日\n第50次全体会议\n";
  for (int shape = 0; shape < 2; ++shape) {
    const std::string header = "A/RES/78/165\t农业技术促进可持续发展\n";
    Document d = doc_of(shape == 0 ? head + "\f" + header + tail + "2/2\t23-25678 (C)\n"
                                   : head + "\f" + tail + "A/RES/78/165 农业技术促进可持续发展\n2/2 23-25678 (C)\n");
    int headers = 0;
    for (const auto& f : d.furniture) headers += f.kind == "running_header";
    EXPECT_EQ(headers, 1) << shape;
    bool table = false;
    walk(d.body, [&](const Node& n) {
      table = table || n.kind == NodeKind::Table;
      if (n.kind == NodeKind::Paragraph) EXPECT_EQ(n.text.find("A/RES"), std::string::npos) << n.text;
    });
    EXPECT_FALSE(table) << shape;
  }
}

// A raised marker after a closing bracket, spaced on both sides before the
// stop ("…的声明（见附件） 1 。", -layout), calls the page foot's note.
TEST(PdfText, MarkerSpacedAfterAClosingBracket) {
  const std::string text =
      "联合国 S/2023/745\n\n安全理事会\n\n2023年10月6日常驻联合国代表给秘书长的信\n\n"
      "     谨随函转递外交部2023年10月5日的声明（见附件） 1 。\n\n"
      "     请将本函及其附件作为安全理事会的文件分发为荷。\n\n\n\n"
      "1   本函附件仅以来文所用语文分发。\n\n23-19876 (C)\n"
      "\fS/2023/745\n\n     各会员国在本报告所述期间采取了进一步措施。\n\n2/2   23-19876 (C)\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "本函附件仅以来文所用语文分发。");
  EXPECT_EQ(d.footnotes[0].refs.size(), 1u);
}

// A joint document's running header, its two symbols a line each, is
// furniture wherever -raw writes it on the page (last, above the footer).
TEST(PdfText, JointSymbolsRunningHeaderALineEach) {
  const std::string text =
      "联合国 A/78/520–S/2023/745\n\n大会\n安全理事会\n\n大会\n第七十八届会议\n议程项目 35\n旷日持久的冲突\n"
      "安全理事会\n第七十八年\n\n2023年10月6日常驻联合国代表给秘书长的信\n\n"
      "谨随函转递外交部2023年10月5日的声明（见附件）。\n请将本函及其附件作为大会议程项目35下的文件和安全理事会的文件分发为荷。\n"
      "23-19876 (C)\n"
      "\f2023年10月6日常驻联合国代表给秘书长的信的附件\n外交部的声明\n"
      "各会员国在本报告所述期间采取了进一步措施。\n2023年10月5日，基辅\nA/78/520\nS/2023/745\n2/2 23-19876 (C)\n";
  Document d = doc_of(text);
  int headers = 0;
  for (const auto& f : d.furniture) headers += f.kind == "running_header";
  EXPECT_EQ(headers, 2);
  std::string all = all_paragraphs(d);
  EXPECT_EQ(all.find("A/78/520"), std::string::npos) << all;
}

// A Geneva document's footer, the page's number beside a job number with its
// office's prefix ("2 GE.23-08562", "GE.23-08562 3", "2/2   GE.24-01234(C)"),
// is furniture: a job number, not the end of the page's last paragraph.
TEST(PdfText, PageNumberBesideAGenevaJobNumber) {
  for (const char* job : {"GE.23-08562", "GE.24-01234(C)", "GE.23-08562 (C)"}) {
    const std::string j = job;
    Document d = doc_of("联合国 A/HRC/55/12\n\n大会\n\n人权理事会\n第五十五届会议\n\n一. 导言\n\n"
                        "1. 委员会在本届会议上审议了优先主题，各会员国采取了进一步措施，加强国家\n统计系统。\n\n" + j + "\n"
                        "\fA/HRC/55/12\n\n2. 秘书长鼓励会员国与民间社会、私营部门和学术界开展合作，以便交流良好\n做法。\n\n2 " + j + "\n"
                        "\fA/HRC/55/12\n\n3. 若干国家报告说，资金不足和能力有限仍然是执行工作的主要障碍。\n\n" + j + " 3\n"
                        "\fA/HRC/55/12\n\n4. 联合国系统各实体继续向有关国家提供技术援助。\n\n4/4   " + j + "\n");
    int jobs = 0;
    for (const auto& f : d.furniture) jobs += f.kind == "job_number";
    EXPECT_EQ(jobs, 4) << j;
    std::string all = all_paragraphs(d);
    EXPECT_EQ(all.find("GE."), std::string::npos) << all;
  }
}

// Page 1's foot with the barcode and the recycling mark's caption side by
// side ("*2308562*   请回收"; a PDF's two cells): furniture, not a star
// footnote nor a row of a table.
TEST(PdfText, BarcodeAndRecycleCaptionOnOneLine) {
  for (const char* sep : {"                                   ", " ", "\t"}) {
    const std::string text = std::string("联合国 A/HRC/54/12\n\n大会\n\n人权理事会\n第五十四届会议\n\n一. 导言\n\n") +
                             "1. 委员会在本届会议上审议了优先主题。\n\nGE.23-08562 (C)    150623    200623\n*2308562*" + sep +
                             "请回收\n\fA/HRC/54/12\n\n2. 各会员国采取了进一步措施。\n\n2 GE.23-08562\n";
    Document d = doc_of(text);
    EXPECT_TRUE(d.footnotes.empty()) << sep;
    int barcodes = 0;
    for (const auto& f : d.furniture) barcodes += f.kind == "barcode";
    EXPECT_EQ(barcodes, 1) << sep;
    bool table = false;
    walk(d.body, [&](const Node& n) { table = table || n.kind == NodeKind::Table; });
    EXPECT_FALSE(table) << sep;
  }
}

// The same in -raw's text, no blank lines: the note's rest stands below the
// text's last sentence, set wider than the text's wrapped lines (the notes'
// smaller type), right above the next page's first note.
TEST(PdfText, FootnoteCutMidSentenceGoesOnInRawText) {
  const std::string para = "各会员国在本报告所述期间采取了进一步措施，加强国家统计系统，改进按性别分列的数据的收集和使用。";
  auto wrap = [](const std::string& s, size_t width) {  // (at a count of characters)
    std::string out;
    size_t n = 0;
    for (size_t i = 0; i < s.size();) {
      size_t len = 1;
      while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
      out += s.substr(i, len);
      i += len;
      if (++n % width == 0 && i < s.size()) out += "\n";
    }
    return out + "\n";
  };
  std::string text = "联合国 A/78/123\n大会\n一. 导言\n";
  for (int n = 1; n <= 5; ++n) text += std::to_string(n) + ". " + wrap(para + (n == 5 ? "¹" : "") + para, 20);
  text += "¹ " + wrap("截至二〇二三年十月三十一日，以下会员国提交了资料：阿根廷、澳大利亚、奥地利、巴西、加拿大、智利、", 28);
  text += "23-24567 (C)\n\fA/78/123\n";
  for (int n = 6; n <= 9; ++n) text += std::to_string(n) + ". " + wrap(para + (n == 9 ? "²" : "") + para, 20);
  text += wrap("哥伦比亚、丹麦、芬兰、法国、德国、印度、意大利、日本、墨西哥、荷兰、挪威、瑞典、瑞士、土耳其和联合王国。", 28);
  text += "² 另见A/78/100，第15段。\n23-24567 (C)\n";
  Document d = doc_of(text);
  const Footnote* one = footnote(d, "1");
  ASSERT_NE(one, nullptr) << all_paragraphs(d);
  EXPECT_NE(one->text.find("智利、哥伦比亚"), std::string::npos) << one->text;
  EXPECT_EQ(all_paragraphs(d).find("哥伦比亚"), std::string::npos) << all_paragraphs(d);
  ASSERT_NE(footnote(d, "2"), nullptr);
}

}  // namespace undoc_test_pdf_text_test
