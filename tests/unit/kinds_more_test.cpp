// Kinds of document and shapes of text, more (helper 5): misreadings a probe
// left (an information circular, a masthead in -raw mode's one space, a
// record's notice at its end, an enclosure's items, an annex's title over two
// lines, an executive board's session, short texts of short lines).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more_test {

using namespace undoc;

namespace {

using test::doc_of;

// a paragraph of the body holds the words
bool body_has(const Document& d, const char* words) {
  bool found = false;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph && n.text.find(words) != std::string::npos) found = true;
  });
  return found;
}

// "秘书处 1 June 2023": the organ and the date on one line, a single space
// between them (pdftotext -raw): the date kept as written, the line not a note.
TEST(KindsMore, MastheadOrganAndDateOneSpaceApart) {
  for (const char* line : {"秘书处 1 June 2023", "大会 7 July 2023"}) {
    SCOPED_TRACE(line);
    Document d = doc_of(std::string("联合国 A/78/150\n") + line +
                        "\nChinese\nOriginal: English\n\n一项说明\n\n1. 本说明的目的是通报情况。\n");
    const auto& fm = d.front_matter;
    ASSERT_TRUE(fm.date);
    ASSERT_TRUE(fm.date_text);
    EXPECT_EQ(*fm.date_text, std::string(line).substr(std::string(line).find(' ') + 1));
    EXPECT_TRUE(fm.notes.empty()) << fm.notes.front();
  }
}

}  // namespace

namespace {

// An information circular (ST/IC/…), the third of the Secretariat's
// administrative issuances beside bulletins (ST/SGB) and instructions (ST/AI):
// an instrument, by its type line (情况通报, a note) or, where none is read, its
// symbol's series.
TEST(KindsMore, InformationCircularIsAnInstrument) {
  Document a = doc_of(
      "联合国\tST/IC/2023/15\n秘书处\t1 June 2023\n\n情况通报*\n\n2023年联合国工作人员养恤基金年度报表\n\n"
      "1.\t本通报的目的是向工作人员通报年度报表的发放情况。\n2.\t本通报即日起生效。\n\n* 本通报将于2024年6月30日失效。\n");
  ASSERT_TRUE(a.kind);
  EXPECT_EQ(*a.kind, "instrument");
  ASSERT_TRUE(a.front_matter.title);
  EXPECT_EQ(*a.front_matter.title, "2023年联合国工作人员养恤基金年度报表");
  Document b = doc_of(
      "联合国\tST/IC/2023/15\n秘书处\t1 June 2023\n\n新闻通报\n\n致：\t联合国秘书处工作人员\n\n"
      "1.\t本通报的目的是向工作人员通报年度报表的发放情况。\n2.\t本通报即日起生效。\n");
  ASSERT_TRUE(b.kind);
  EXPECT_EQ(*b.kind, "instrument");
}

}  // namespace

namespace {

// An executive board's regular sessions are numbered within their year:
// "2023年第一届常会" is the year's first (number 1); a year's session with no
// ordinal ("2023年届会", "2023年年度会议") has none.
TEST(KindsMore, ExecutiveBoardRegularSessionHasItsNumber) {
  const std::pair<const char*, std::optional<long>> cases[] = {
      {"2023年第一届常会", 1}, {"2023年第二届常会", 2}, {"2023 年第二届常会续会", 2},
      {"2023年届会", std::nullopt}, {"2023年年度会议", std::nullopt}};
  for (const auto& [line, number] : cases) {
    SCOPED_TRACE(line);
    Document d = doc_of(std::string("联合国 E/ICEF/2023/3\n经济及社会理事会\nDistr.: General\n1 December 2022\n"
                                    "Chinese\nOriginal: English\n\n联合国儿童基金会执行局\n") +
                        line + "\n临时议程项目5\n\n儿基会评价职能年度报告\n\n摘要\n\n本报告介绍评价职能的业绩。\n");
    ASSERT_TRUE(d.front_matter.session_text);
    EXPECT_EQ(*d.front_matter.session_text, line);
    EXPECT_EQ(d.front_matter.session_number, number);
  }
}

}  // namespace

namespace {

// A verbatim record's notice set below the adjournment (some extractions give
// the first page's foot last): a closing note, its wrapped line with it, not a
// paragraph of the body.
TEST(KindsMore, RecordNoticeBelowTheAdjournmentIsAClosingNote) {
  const std::string head =
      "联合国 A/78/PV.20\n大会\n第七十八届会议\n正式记录\n第20次全体会议\n2023年10月18日星期三上午10时举行\n纽约\n\n"
      "上午10时05分开会。\n\n议程项目32(续)\n\n预防武装冲突\n\n代理主席(以英语发言)：我们听取了本项目下的最后一位发言者。\n\n"
      "下午1时散会。\n\n";
  for (const std::string notice : {std::string("本记录包括中文发言的文本和其他语言发言的译文。更正应只对原文提出。\n"),
                                   std::string("本记录包括中文发言的文本和其他语言发言的译文。更正应只\n对原文提出。\n")}) {
    SCOPED_TRACE(notice);
    Document d = doc_of(head + notice);
    ASSERT_FALSE(d.closing.empty());
    EXPECT_EQ(d.closing.back().kind, "note");
    EXPECT_EQ(d.closing.back().text, "本记录包括中文发言的文本和其他语言发言的译文。更正应只对原文提出。");
    EXPECT_FALSE(body_has(d, "本记录包括"));
  }
}

}  // namespace

namespace {

// An annex's title over two lines in text set a paragraph a line (the second
// line short, no full line above it to say so): the annex's first heading
// right below says the second line is the title's, not a paragraph.
TEST(KindsMore, AnnexTitleOverTwoLinesAboveItsFirstHeading) {
  const std::string head =
      "联合国\tA/78/601\n大会\tDistr.: General\n10 November 2023\nChinese\nOriginal: English\n第七十八届会议\n"
      "议程项目118(c)\n选举人权理事会成员\n2023年11月8日某国常驻联合国代表团给大会主席的普通照会\n"
      "某国常驻联合国代表团向大会主席致意，并谨随函附上某国的自愿保证和承诺(见附件)。\n"
      "2023年11月8日某国常驻联合国代表团给大会主席的普通照会的附件\n";
  for (const char* gap : {"", "\n"}) {
    Document d = doc_of(head + "某国竞选2025-2027年任期人权理事会成员\n" + gap + "自愿保证和承诺\n" + gap +
                        "一.\t导言\n1.\t某国一贯致力于和平与人权。\n二.\t承诺\n2.\t某国承诺继续加强国家人权机构。\n");
    ASSERT_EQ(d.annexes.size(), 1u);
    EXPECT_EQ(d.annexes[0].title, "某国竞选2025-2027年任期人权理事会成员自愿保证和承诺");
    ASSERT_FALSE(d.annexes[0].children.empty());
    EXPECT_EQ(d.annexes[0].children[0].kind, NodeKind::Section);
  }
  // (a sentence below the title is the annex's text, a heading or not below it)
  Document d = doc_of(head + "某国的自愿保证和承诺\n某国一贯致力于和平与人权。\n一.\t导言\n1.\t某国承诺继续加强国家人权机构。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "某国的自愿保证和承诺");
}

}  // namespace

namespace {

Document doc_of_file(const std::string& name) { return doc_of(test::read_file("tests/unit/data/" + name)); }

// A short text a paragraph a line, its lines short (a resolution's clauses,
// a compilation's titles): a few lines of one length by chance, then longer
// paragraphs below them, is no text wrapped at that length.
TEST(KindsMore, ShortTextOfShortLinesIsNotWrapped) {
  for (const char* name : {"h5-hrc-res.txt", "h5-ecosoc-decisions.txt"}) {
    SCOPED_TRACE(name);
    Document d = doc_of_file(name);
    EXPECT_EQ(d.source.layout.shape, "paragraph_per_line");
    EXPECT_FALSE(d.source.layout.width);
  }
}

// Text wrapped at 60 characters, most paragraphs a line: the widest line ends
// a sentence and is wider than the one line that ran on mid-phrase; it is a
// paragraph of its own, the note verbale's last sentence another.
TEST(KindsMore, WidestLineEndingASentenceWiderThanAnyCutLineStandsAlone) {
  Document d = doc_of_file("h5-nv-wrapped-60.txt");
  std::vector<std::string> texts;
  for (const Node& n : d.body)
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
  ASSERT_GE(texts.size(), 2u);
  EXPECT_TRUE(texts[texts.size() - 2].ends_with("下的文件分发。")) << texts[texts.size() - 2];
  EXPECT_TRUE(texts.back().ends_with("重申最崇高的敬意。")) << texts.back();
  EXPECT_EQ(texts.back().find("下的文件分发"), std::string::npos);
  // (the first paragraph, cut mid-phrase at the widest line but one, still runs on)
  EXPECT_TRUE(texts.front().ends_with("期间举行。")) << texts.front();
}

// An agenda item's title wrapped at 35 characters, cut mid-word at the text's
// widest line ("…包括发" / "展权"): the tail is the title's, not the subtitle.
TEST(KindsMore, AgendaTitleTailBelowTheWidestLineIsTheTitles) {
  Document d = doc_of_file("h5-hrc-res-wrapped-35.txt");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_TRUE(d.front_matter.agenda_items[0].title.ends_with("包括发展权")) << d.front_matter.agenda_items[0].title;
  EXPECT_FALSE(d.front_matter.subtitle) << *d.front_matter.subtitle;
}

}  // namespace

namespace {

// (the annex title's second line keeps its footnote marker linked, as the
// title's first lines' markers are)
TEST(KindsMore, AnnexTitlesSecondLineKeepsItsMarker) {
  Document d = doc_of(
      "联合国\tA/78/601\n大会\tDistr.: General\n10 November 2023\nChinese\nOriginal: English\n"
      "2023年11月8日某国常驻联合国代表团给大会主席的普通照会\n某国常驻联合国代表团向大会主席致意，并谨随函附上文件。\n"
      "2023年11月8日某国常驻联合国代表团给大会主席的普通照会的附件\n某国竞选人权理事会成员\n自愿保证和承诺*\n"
      "一.\t导言\n1.\t某国一贯致力于和平与人权。\n* 本文件未经正式编辑。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "某国竞选人权理事会成员自愿保证和承诺");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_FALSE(d.footnotes[0].refs.empty());
}

}  // namespace

namespace {

// (and the notice at the foot of the first page, the speeches above and below
// it, as pdftotext gives a verbatim record's first page: the front matter's
// note, as at the head, not a speech's paragraph)
TEST(KindsMore, RecordNoticeAtTheFootOfThePageOneIsANote) {
  Document d = doc_of(
      "联合国 A/78/PV.20\n大会\n第七十八届会议\n正式记录\n第20次全体会议\n2023年10月18日星期三上午10时举行\n纽约\n\n"
      "上午10时05分开会。\n\n议程项目32(续)\n\n预防武装冲突\n\n张先生(中国)：中国代表团感谢主席召开本次会议。\n\n"
      "本记录包括中文发言的文本和其他语言发言的译文。更正应只对原文提出。\n\f"
      "里维埃先生(法国)：法国赞同欧洲联盟的发言。\n\n下午1时散会。\n");
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "本记录包括中文发言的文本和其他语言发言的译文。更正应只对原文提出。"),
            notes.end());
  EXPECT_FALSE(body_has(d, "本记录包括"));
}

}  // namespace

namespace {

// (a heading's word right below a title as wide as the text's widest line,
// 序言 below an instrument's title, stays the body's: no piece of the title)
TEST(KindsMore, PreambleHeadingBelowTheWidestTitleIsNoTitlePiece) {
  Document d = doc_of("某某宣言草案关于农村地区数字包容和发展的原则和承诺以及后续行动\n序言\n各国重申其对可持续发展的承诺，\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "某某宣言草案关于农村地区数字包容和发展的原则和承诺以及后续行动");
}

}  // namespace

}  // namespace undoc_test_kinds_more_test
