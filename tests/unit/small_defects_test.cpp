// Small defects (helper h2): a Security Council record's unnumbered agenda
// item, format characters (Unicode Cf: U+200B zero-width space, U+2060 word
// joiner, U+FEFF…) inside masthead lines, a table's caption and title over
// the table, and hard-wrapped English items each ending ';'.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/emit.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_small_defects_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kCouncilRecord =
    "联合国\tS/PV.9300\n"
    "临时文件\n"
    "安全理事会\n"
    "第七十八年\n"
    "第9300次会议\n"
    "2023年4月20日星期四上午10时\n"
    "纽约\n"
    "\n"
    "主席：\t瓦西里耶夫先生\t(俄罗斯联邦)\n"
    "成员：\t阿尔巴尼亚\t霍克沙先生\n"
    "\t巴西\t德索萨先生\n"
    "\n"
    "议程\n"
    "维持国际和平与安全\n"
    "\n"
    "上午10时05分开会。\n"
    "\n"
    "通过议程\n"
    "\n"
    "议程通过。\n"
    "\n"
    "主席：我宣布会议开始。\n";

}  // namespace

// ---- 1. an agenda item with no number ----------------------------------------

// A Security Council record's 议程 names its item by title alone: the item
// has no number, and says so with null (never an empty string, which a
// script would take for a number read as "").
TEST(SmallDefects, CouncilAgendaItemWithoutNumberIsNull) {
  const Document d = doc_of(kCouncilRecord);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  const AgendaItem& a = d.front_matter.agenda_items[0];
  EXPECT_EQ(a.label, "议程");
  EXPECT_EQ(a.title, "维持国际和平与安全");
  EXPECT_FALSE(a.item.has_value());
  const Json j = to_json(d);
  EXPECT_TRUE(j["front_matter"]["agenda_items"][0]["item"].is_null());
  // (the text written out says the same as the tree)
  const Json text = Json::parse(render_json(d));
  EXPECT_TRUE(text["front_matter"]["agenda_items"][0]["item"].is_null());
}

// A numbered item keeps its number as written.
TEST(SmallDefects, NumberedAgendaItemKeepsItsNumber) {
  const Document d = doc_of(
      "联合国\tA/78/205\n大会\tDistr.: General\n18 July 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n临时议程* 项目 71(b)\n促进和保护人权\n\n          秘书长的报告\n"
      "1. 本报告。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "71(b)");
  EXPECT_EQ(to_json(d)["front_matter"]["agenda_items"][0]["item"], "71(b)");
}

// ---- 2. format characters in the masthead -----------------------------------

namespace {

// A General Assembly masthead, each line as given, then a report's start.
std::string masthead_doc(const std::string& first, const std::string& organ, const std::string& distr,
                         const std::string& date = "18 July 2023") {
  return first + "\n" + organ + "\n" + distr + "\n" + date +
         "\nChinese\nOriginal: English\n\n第七十八届会议\n临时议程* 项目 71(b)\n促进和保护人权\n\n"
         "          秘书长的报告\n一. 导言\n1. 本报告是根据大会第77/200号决议提交的。\n";
}

const std::string kZwsp = "\u200b", kWordJoiner = "\u2060", kBom = "\ufeff";

}  // namespace

TEST(SmallDefects, MastheadReadThroughFormatCharacters) {
  for (const std::string& cf : {kZwsp, kWordJoiner, kBom}) {
    const std::string text =
        masthead_doc("联合国\tA/78/" + cf + "205", "大" + cf + "会", "Distr.:" + cf + "General");
    const Document d = doc_of(text);
    EXPECT_EQ(d.front_matter.symbol, "A/78/205");
    EXPECT_EQ(d.front_matter.organ, "大会");
    EXPECT_EQ(d.front_matter.distribution, "General");
    EXPECT_EQ(d.front_matter.date, "2023-07-18");
    // (and the rest read as without them)
    const Document plain = doc_of(masthead_doc("联合国\tA/78/205", "大会", "Distr.:General"));
    EXPECT_EQ(d.front_matter.title, plain.front_matter.title);
    EXPECT_EQ(d.front_matter.subtitle, plain.front_matter.subtitle);
    EXPECT_EQ(d.front_matter.notes, plain.front_matter.notes);
    EXPECT_EQ(d.body.size(), plain.body.size());
    ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
    EXPECT_EQ(d.front_matter.agenda_items[0].item, "71(b)");
    // (the lines as written: the format characters kept there)
    const auto& m = d.front_matter.masthead;
    EXPECT_NE(std::find(m.begin(), m.end(), "大" + cf + "会"), m.end());
    EXPECT_NE(std::find(m.begin(), m.end(), "Distr.:" + cf + "General"), m.end());
  }
}

// The same lines set in columns (a masthead table, -layout's runs of spaces).
TEST(SmallDefects, MastheadColumnsReadThroughFormatCharacters) {
  const std::string pad(40, ' ');
  const std::string text = masthead_doc("联合国" + pad + "A/78/" + kZwsp + "205",
                                        "大" + kZwsp + "会" + pad + "Distr.:" + kZwsp + " General",
                                        pad + "18" + kZwsp + " July 2023");
  const Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.symbol, "A/78/205");
  EXPECT_EQ(d.front_matter.organ, "大会");
  EXPECT_EQ(d.front_matter.distribution, "General");
  EXPECT_EQ(d.front_matter.date, "2023-07-18");
  const Document plain = doc_of(masthead_doc("联合国" + pad + "A/78/205", "大会" + pad + "Distr.: General",
                                             pad + "18 July 2023"));
  EXPECT_EQ(d.front_matter.title, plain.front_matter.title);
  EXPECT_EQ(d.front_matter.notes, plain.front_matter.notes);
  EXPECT_EQ(d.front_matter.masthead.size(), plain.front_matter.masthead.size());
}

// A format character in the body is kept in the paragraph's text.
TEST(SmallDefects, FormatCharactersKeptInText) {
  const Document d = doc_of(masthead_doc("联合国\tA/78/205", "大会", "Distr.: General") +
                            "2. 各国" + kZwsp + "应当合作。\n");
  const auto paras = nodes_of(d, NodeKind::Paragraph);
  ASSERT_FALSE(paras.empty());
  EXPECT_EQ(paras.back()->text, "各国" + kZwsp + "应当合作。");
}

// ---- 3. a table's caption and title over the table ---------------------------

namespace {

const std::string kReportHead =
    "联合国\tA/78/205\n大会\tDistr.: General\n18 July 2023\nChinese\nOriginal: English\n\n"
    "第七十八届会议\n临时议程* 项目 71(b)\n促进和保护人权\n\n秘书长的报告\n\n";

// The body's nodes below its first chapter, paragraphs by their text and
// tables by their row count ("T4")
std::vector<std::string> outline_of(const Document& d) {
  std::vector<std::string> out;
  for (const Node& top : d.body)
    for (const Node& n : top.children)
      out.push_back(n.kind == NodeKind::Table ? "T" + std::to_string(n.rows.size()) : n.text);
  return out;
}

}  // namespace

// A wrapped paragraph's lead-in ending "如下：" (no full stop), then the
// table's label with its title on its line, then the table: the caption is
// a paragraph of its own over the table, not the lead-in's last words.
TEST(SmallDefects, CaptionWithTitleAfterLeadInIsItsOwnParagraph) {
  const Document d = doc_of(kReportHead + R"(一. 导言
1. 本报告是根据大会第77/200号决议提交的，其中大会请秘书长向大
会第七十八届会议报告该决议的执行情况。下表列出了截至2023年6月30
日各区域会员国提交资料的情况，如下：
表 1 按区域分列的会员国数目
区域	2022年	2023年
非洲	54	54
亚洲	53	53
欧洲	44	44
2. 秘书长在报告中建议会员国继续加强合作，以便在国家、区域和国际各级
落实各项承诺，并为此提供必要的资源和技术援助，特别是向发展中国家提供援
助。
)");
  EXPECT_EQ(outline_of(d), (std::vector<std::string>{
                               "本报告是根据大会第77/200号决议提交的，其中大会请秘书长向大会第七十八届会议报告该"
                               "决议的执行情况。下表列出了截至2023年6月30日各区域会员国提交资料的情况，如下：",
                               "表 1 按区域分列的会员国数目", "T4",
                               "秘书长在报告中建议会员国继续加强合作，以便在国家、区域和国际各级落实各项承诺，并为"
                               "此提供必要的资源和技术援助，特别是向发展中国家提供援助。"}));
}

// The same with the table's cells a line each (extraction flattened it):
// neither the caption nor the cells run on into the lead-in.
TEST(SmallDefects, CaptionOverFlattenedCellsIsItsOwnParagraph) {
  const Document d = doc_of(kReportHead + R"(一. 导言
1. 本报告是根据大会第77/200号决议提交的，其中大会请秘书长向大
会第七十八届会议报告该决议的执行情况。下表列出了截至2023年6月30
日各区域会员国提交资料的情况，如下：
表 1 按区域分列的会员国数目
区域
2022年
2023年
非洲
54
54
亚洲
53
53
欧洲
44
44
2. 秘书长在报告中建议会员国继续加强合作，以便在国家、区域和国际各级
落实各项承诺，并为此提供必要的资源和技术援助，特别是向发展中国家提供援
助。
)");
  const auto o = outline_of(d);
  ASSERT_EQ(o.size(), 4u);
  EXPECT_EQ(o[1], "表 1 按区域分列的会员国数目");
  EXPECT_EQ(o[2], "T4");
}

// "表1" alone, its title on the line below, then the table, after a lead-in
// with no full stop: label and title one paragraph of their own.
TEST(SmallDefects, CaptionAloneThenTitleAfterLeadIn) {
  const Document d = doc_of(kReportHead + R"(一. 导言
1. 本报告是根据大会第77/200号决议提交的，其中大会请秘书长向大
会第七十八届会议报告该决议的执行情况。下表列出了截至2023年6月30
日各区域会员国提交资料的情况，如下：
表1
按区域分列的会员国数目
区域        2022年      2023年
非洲        54          54
亚洲        53          53
欧洲        44          44
2. 秘书长在报告中建议会员国继续加强合作，以便在国家、区域和国际各级
落实各项承诺，并为此提供必要的资源和技术援助，特别是向发展中国家提供援
助。
)");
  const auto o = outline_of(d);
  ASSERT_EQ(o.size(), 4u);
  EXPECT_EQ(o[1], "表1按区域分列的会员国数目");
  EXPECT_EQ(o[2], "T4");
}

// ---- 4. hard-wrapped English items each ending ';' ---------------------------

namespace {

std::vector<std::string> annex_texts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& a : d.annexes)
    for (const Node& n : a.children)
      if (n.kind == NodeKind::Paragraph) out.push_back(n.text);
  return out;
}

const std::vector<std::string> kItems = {
    "The Working Group recommends the following measures to the Member States and the organizations concerned, as "
    "set out below:",
    "Strengthening the capacity of national statistical offices to collect and disseminate reliable data in all "
    "regions;",
    "Encouraging the exchange of good practices among Member States and regional organizations, including through "
    "South-South cooperation;",
    "Supporting the participation of civil society in the review of implementation at the national level and "
    "regional level;",
    "Ensuring adequate follow-up to the recommendations of the present report."};

}  // namespace

// Wrapped at 60 columns (Python's textwrap): "…in all regions;" stops four
// columns short, "Encouraging" would not have fit; each item a paragraph.
TEST(SmallDefects, EnglishItemsEndingSemicolonWrappedAt60) {
  const Document d = doc_of(kReportHead + R"(1. 本报告是根据大会第77/200号决议提交的，其中大会请
秘书长向大会第七十八届会议报告该决议的执行情况。本报告概述了
会员国和联合国系统各实体提供的资料，并提出了若干建议供大会审
议。
2. 秘书长在报告中建议会员国继续加强合作，以便在国家、区域
和国际各级落实各项承诺，并为此提供必要的资源和技术援助，特别
是向发展中国家提供援助。

附件

Recommendations

The Working Group recommends the following measures to the
Member States and the organizations concerned, as set out
below:
Strengthening the capacity of national statistical offices
to collect and disseminate reliable data in all regions;
Encouraging the exchange of good practices among Member
States and regional organizations, including through South-
South cooperation;
Supporting the participation of civil society in the review
of implementation at the national level and regional level;
Ensuring adequate follow-up to the recommendations of the
present report.
)");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  EXPECT_EQ(annex_texts(d), kItems);
}

// Wrapped at 72: "…South-South cooperation;" six columns short.
TEST(SmallDefects, EnglishItemsEndingSemicolonWrappedAt72) {
  const Document d = doc_of(kReportHead + R"(1. 本报告是根据大会第77/200号决议提交的，其中大会请秘书长向大会
第七十八届会议报告该决议的执行情况。本报告概述了会员国和联合国系统各实体
提供的资料，并提出了若干建议供大会审议。
2. 秘书长在报告中建议会员国继续加强合作，以便在国家、区域和国际各级落
实各项承诺，并为此提供必要的资源和技术援助，特别是向发展中国家提供援助。

附件

Recommendations

The Working Group recommends the following measures to the Member States
and the organizations concerned, as set out below:
Strengthening the capacity of national statistical offices to collect
and disseminate reliable data in all regions;
Encouraging the exchange of good practices among Member States and
regional organizations, including through South-South cooperation;
Supporting the participation of civil society in the review of
implementation at the national level and regional level;
Ensuring adequate follow-up to the recommendations of the present
report.
)");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  EXPECT_EQ(annex_texts(d), kItems);
}

// Items labelled (a), (b): sub-items stay in their paragraph, as the model
// has them in every shape, but an English label after ':' or ';' is set off
// by a space ("below: (a) …", "data; (b) …").
TEST(SmallDefects, EnglishSubItemsJoinedWithASpace) {
  const Document d = doc_of(kReportHead + R"(1. 本报告是根据大会第77/200号决议提交的，其中大会请
秘书长向大会第七十八届会议报告该决议的执行情况。本报告概述了
会员国和联合国系统各实体提供的资料，并提出了若干建议供大会审
议。
2. 秘书长在报告中建议会员国继续加强合作，以便在国家、区域
和国际各级落实各项承诺，并为此提供必要的资源和技术援助，特别
是向发展中国家提供援助。

附件

Recommendations

The Working Group recommends the following measures to the
Member States and the organizations concerned, as set out
below:
(a) Strengthening the capacity of national statistical
offices to collect and disseminate data;
(b) Promoting the exchange of good practices among Member
States and regional organizations;
(c) Supporting the participation of civil society in the
review of implementation;
(d) Ensuring adequate follow-up to the recommendations of
the present report.
)");
  const auto texts = annex_texts(d);
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_NE(texts[0].find("as set out below: (a) Strengthening"), std::string::npos) << texts[0];
  EXPECT_NE(texts[0].find("disseminate data; (b) Promoting"), std::string::npos) << texts[0];
  // (a Chinese label after full-width marks stays joined: "建议：(a) …")
  const Document z = doc_of(kReportHead + "一. 导言\n1. 工作组建议：\n(a) 加强能力；\n(b) 交流做法。\n");
  const auto paras = nodes_of(z, NodeKind::Paragraph);
  ASSERT_FALSE(paras.empty());
  EXPECT_EQ(paras[0]->text, "工作组建议：(a) 加强能力；(b) 交流做法。");
}

}  // namespace undoc_test_small_defects_test
