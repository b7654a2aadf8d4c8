// Paragraphs numbered within their section or chapter: a budget fascicle's
// "29E.1 …", an ACABQ report's "VIII.1 …", a programme plan's "2.1 …". Each
// is numbered (its number the label's last number), its label as written
// apart from its text; a figure that merely opens a line ("2.5亿美元…", a
// table's "12.5") is none, nor is a table's label ("表29E.1").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_para_labels_test {

using namespace undoc;
using undoc::test::doc_of;
using undoc::test::nodes_of;

namespace {

const char* kMasthead =
    "联合国\tA/78/6 (Sect. 29E)\n"
    "大会\n"
    "Distr.: General\n"
    "14 April 2023\n"
    "Chinese\n"
    "Original: English\n"
    "\n"
    "第七十八届会议\n"
    "议程项目139\n"
    "2024年拟议方案预算\n"
    "\n"
    "2024年拟议方案预算\n"
    "\n";

// the fascicle's paragraphs, as typed (one a line)
const std::vector<std::string> kFascicle = {
    "29E.1 日内瓦办事处行政司负责向设在日内瓦的秘书处各部厅和联合国其他实体提供人力资源管理、财务和预算管理以及中央支助事务。",
    "29E.2 行政司的任务源自大会关于秘书处管理改革的各项决议，包括第72/266 A号决议，并按照服务级别协议收回部分费用。",
    "29E.3 2024年，行政司将继续推进业务流程的数字化，缩短征聘时限，并与东道国当局合作，按期完成万国宫战略遗产计划的翻修工程。",
};

std::vector<const Node*> paragraphs(const Document& d) { return nodes_of(d, NodeKind::Paragraph); }

// the paragraph whose text starts with `head`, or null
const Node* starting(const Document& d, const std::string& head) {
  for (const Node* n : paragraphs(d))
    if (n->text.rfind(head, 0) == 0) return n;
  return nullptr;
}

// text cut into lines of at most `width` characters, as a PDF's text or a
// word processor's fixed-width export gives a paragraph
std::string wrapped(const std::string& utf8, size_t width) {
  const U32 t = from_utf8(utf8);
  std::string out;
  for (size_t k = 0; k < t.size(); k += width) out += to_utf8(U32View(t).substr(k, width)) + "\n";
  return out;
}

void expect_fascicle(const Document& d) {
  const auto ps = paragraphs(d);
  std::vector<const Node*> numbered;
  for (const Node* p : ps)
    if (p->paragraph_kind == "numbered") numbered.push_back(p);
  ASSERT_EQ(numbered.size(), 3u);
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(numbered[k]->paragraph_number, static_cast<long>(k + 1));
    EXPECT_EQ(numbered[k]->label, "29E." + std::to_string(k + 1));
    // (the text after the label, whole: the label and its space left out)
    EXPECT_EQ(numbered[k]->text, kFascicle[k].substr(kFascicle[k].find(' ') + 1));
  }
}

}  // namespace

TEST(ParaLabels, BudgetFascicleOneParagraphALine) {
  std::string text = std::string(kMasthead) + "第29E款\n行政，日内瓦\n\n任务和背景\n\n";
  for (const auto& p : kFascicle) text += p + "\n";
  const Document d = doc_of(text);
  expect_fascicle(d);
}

TEST(ParaLabels, BudgetFascicleHardWrapped) {
  // lines cut at 38 characters, each paragraph going on below its label's line
  std::string text = std::string(kMasthead) + "第29E款\n行政，日内瓦\n\n任务和背景\n\n";
  for (const auto& p : kFascicle) text += wrapped(p, 38);
  const Document d = doc_of(text);
  expect_fascicle(d);
  for (const Node* p : paragraphs(d))
    if (p->paragraph_kind == "numbered") EXPECT_GE(p->lines.last - p->lines.first, 1) << p->label;
}

TEST(ParaLabels, FootnoteOffsetsCountFromTheTextAfterTheLabel) {
  const std::string text = std::string(kMasthead) +
                           "第29E款\n行政，日内瓦\n\n"
                           "29E.1 行政司的任务源自大会第72/266 A号决议¹和其后各项决议。\n"
                           "29E.2 行政司按照服务级别协议向约40个客户实体提供服务。\n"
                           "\n"
                           "¹ 见A/RES/72/266 A。\n";
  const Document d = doc_of(text);
  const Node* p = starting(d, "行政司的任务");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->label, "29E.1");
  ASSERT_EQ(p->footnote_refs.size(), 1u);
  // (the marker after "…决议": its offset in the text that starts after "29E.1 ")
  EXPECT_EQ(p->footnote_refs[0].offset, static_cast<int>(from_utf8("行政司的任务源自大会第72/266 A号决议").size()));
  ASSERT_FALSE(d.footnotes.empty());
  ASSERT_FALSE(d.footnotes[0].refs.empty());
  EXPECT_EQ(d.footnotes[0].refs[0].paragraph, 1);
}

TEST(ParaLabels, AcabqChapterRomanPrefix) {
  const std::string text =
      "联合国\tA/78/7\n"
      "大会\n"
      "Distr.: General\n"
      "2 June 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "第七十八届会议\n"
      "\n"
      "2024年拟议方案预算\n"
      "\n"
      "行政和预算问题咨询委员会的第一次报告\n"
      "\n"
      "第八章\n"
      "共同支助事务\n"
      "\n"
      "VIII.1 咨询委员会收到了秘书长关于第29E款(行政，日内瓦)的2024年拟议方案预算。\n"
      "\n"
      "VIII.2 咨询委员会注意到，拟议经常预算资源共计67 041 100美元，比2023年批款减少1.0%。\n"
      "\n"
      "VIII.3 咨询委员会建议大会核准秘书长关于第29E款的拟议资源，但须遵守咨询委员会的上述意见。\n";
  const Document d = doc_of(text);
  std::vector<const Node*> numbered;
  for (const Node* p : paragraphs(d))
    if (p->paragraph_kind == "numbered") numbered.push_back(p);
  ASSERT_EQ(numbered.size(), 3u);
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(numbered[k]->paragraph_number, static_cast<long>(k + 1));
    EXPECT_EQ(numbered[k]->label, "VIII." + std::to_string(k + 1));
    EXPECT_EQ(numbered[k]->text.rfind("咨询委员会", 0), 0u) << numbered[k]->text;
  }
}

TEST(ParaLabels, AcabqSingleParagraphNamedByItsChapter) {
  // one paragraph under its chapter: the chapter's number says what VIII is
  const std::string text =
      "第八章\n"
      "共同支助事务\n"
      "\n"
      "VIII.1 咨询委员会建议大会核准秘书长的提议。\n";
  const Document d = doc_of(text);
  const Node* p = starting(d, "咨询委员会建议");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->paragraph_kind, "numbered");
  EXPECT_EQ(p->label, "VIII.1");
  EXPECT_EQ(p->paragraph_number, 1);
}

TEST(ParaLabels, ProgrammePlanDecimalLabels) {
  // a word processor's multilevel list: a TAB after the label, or a space
  for (const char* sep : {"\t", " "}) {
    const std::string s(sep);
    const std::string text =
        "第2款\n"
        "大会和经济及社会理事会事务和会议管理\n"
        "\n"
        "A. 2024年拟议方案计划\n"
        "\n"
        "2.1" + s + "大会和会议管理部负责向在纽约、日内瓦、维也纳和内罗毕举行的政府间会议提供服务。\n"
        "2.2" + s + "该部的任务源自大会第77/264号决议，以及大会和其他政府间机构的各项有关决议。\n"
        "2.3" + s + "该部将继续推广多语文数字工具，确保各正式语文的文件按时印发。\n";
    const Document d = doc_of(text);
    std::vector<const Node*> numbered;
    for (const Node* p : paragraphs(d))
      if (p->paragraph_kind == "numbered") numbered.push_back(p);
    ASSERT_EQ(numbered.size(), 3u) << "separator [" << s << "]";
    for (size_t k = 0; k < 3; ++k) {
      EXPECT_EQ(numbered[k]->paragraph_number, static_cast<long>(k + 1));
      EXPECT_EQ(numbered[k]->label, "2." + std::to_string(k + 1));
      EXPECT_EQ(numbered[k]->text.find('\t'), std::string::npos);
    }
    EXPECT_EQ(numbered[0]->text.rfind("大会和会议管理部", 0), 0u);
  }
}

TEST(ParaLabels, TrailingDotAndSectionHeading) {
  // "4.2." with its dot: the label as written, the number the last one
  const std::string text =
      "第4节\n"
      "过渡措施\n"
      "\n"
      "4.1. 在本公报生效之日正在休假的工作人员，继续按原有规定享受假期。\n"
      "4.2. 人力资源厅厅长应在本公报生效后三个月内发布执行本公报的行政指示。\n";
  const Document d = doc_of(text);
  const Node* a = starting(d, "在本公报生效之日");
  const Node* b = starting(d, "人力资源厅厅长");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->label, "4.1.");
  EXPECT_EQ(b->label, "4.2.");
  EXPECT_EQ(b->paragraph_number, 2);
}

TEST(ParaLabels, FiguresAndTableLabelsAreNoLabels) {
  // the fascicle's paragraphs beside what only looks like a label: a figure
  // opening a line ("2.5亿美元…", "12.5 万…"), a figure inside a sentence, a
  // lone "3.2 …" with no run and nothing naming its prefix, a table's label
  // and its cells
  std::string text = std::string(kMasthead) +
                     "前言\n"
                     "\n"
                     "2.5亿美元用于万国宫会议室的翻修，其余用于更换安保设备。\n"
                     "\n"
                     "12.5 万人次参加了在万国宫举行的会议和活动。\n"
                     "\n"
                     "3.2 本段是一个孤立的编号，前后均无同一前缀的段落。\n"
                     "\n"
                     "拟议资源比2023年减少12.5%，主要原因是裁撤两个员额。\n"
                     "\n"
                     "第29E款\n行政，日内瓦\n\n";
  for (const auto& p : kFascicle) text += p + "\n";
  text +=
      "\n"
      "表29E.1\n"
      "按支出用途分列的财政资源\n"
      "\n"
      "支出用途\t2022年支出\t2023年批款\n"
      "员额\t12.5\t13.8\n"
      "非员额\t2.5\t2.7\n";
  const Document d = doc_of(text);
  expect_fascicle(d);
  for (const Node* p : paragraphs(d)) {
    if (p->paragraph_kind == "numbered") {
      EXPECT_EQ(p->label.rfind("29E.", 0), 0u) << p->label << " " << p->text;
      continue;
    }
    EXPECT_TRUE(p->label.empty()) << p->text;
  }
  EXPECT_NE(starting(d, "2.5亿美元"), nullptr);
  EXPECT_NE(starting(d, "12.5 万人次"), nullptr);
  EXPECT_NE(starting(d, "3.2 本段"), nullptr);
  EXPECT_NE(starting(d, "拟议资源比2023年减少12.5%"), nullptr);
  // (the table keeps its figures as cells, its label no paragraph's)
  bool cells = false;
  for (const Node* t : nodes_of(d, NodeKind::Table))
    for (const auto& row : t->rows)
      if (!row.empty() && row[0] == "员额" && row.size() == 3 && row[1] == "12.5") cells = true;
  EXPECT_TRUE(cells);
  for (const Node* p : paragraphs(d))
    if (p->text.find("表29E.1") != std::string::npos) EXPECT_TRUE(p->label.empty()) << p->text;
  const std::string json = render_json(d);
  EXPECT_EQ(json.find("\"label\": \"表"), std::string::npos);
}

TEST(ParaLabels, JsonAndRowsCarryTheLabel) {
  std::string text = std::string(kMasthead) + "前言\n\n本报告所载资料截至2023年3月31日。\n\n第29E款\n行政，日内瓦\n\n";
  for (const auto& p : kFascicle) text += p + "\n";
  const Document d = doc_of(text);
  const std::string json = render_json(d);
  EXPECT_NE(json.find("\"label\": \"29E.1\""), std::string::npos);
  EXPECT_NE(json.find("\"text\": \"日内瓦办事处行政司负责"), std::string::npos);
  EXPECT_NE(json.find("\"label\": null"), std::string::npos);  // (the unnumbered paragraph)
  const std::string rows = render_jsonl(d);
  EXPECT_NE(rows.find("\"label\":\"29E.2\"}"), std::string::npos);  // (the row's last key)
  const std::string csv = render_csv({&d}, CsvTable::Paragraphs);
  const std::string head = csv.substr(0, csv.find('\n'));
  EXPECT_EQ(head.substr(head.size() - 15), ",line_end,label") << head;  // (the last column)
  EXPECT_NE(csv.find(",29E.3\n"), std::string::npos);
}

TEST(ParaLabels, ValidateRunsPerPrefix) {
  auto codes = [](const std::string& text) {
    std::vector<Diagnostic> out;
    for (const auto& g : convert(text, "t.txt").diagnostics)
      if (g.code.rfind("E-PARA", 0) == 0) out.push_back(g);
    return out;
  };
  auto para = [](const std::string& label) {
    return label + " 咨询委员会注意到秘书长的提议，并建议大会予以核准。\n";
  };
  const std::string head = kMasthead;
  // a run 29E.1, 29E.2, 29E.3: in sequence
  EXPECT_TRUE(codes(head + "第29E款\n行政，日内瓦\n\n" + para("29E.1") + para("29E.2") + para("29E.3")).empty());
  // a new prefix restarts the count: VIII.1 after VII.3
  EXPECT_TRUE(codes(head + "第七章\n管理\n\n" + para("VII.1") + para("VII.2") + para("VII.3") + "\n第八章\n共同支助事务\n\n" +
                    para("VIII.1") + para("VIII.2"))
                  .empty());
  // a gap within one prefix is still told, by its labels
  const auto gap = codes(head + "第29E款\n行政，日内瓦\n\n" + para("29E.1") + para("29E.2") + para("29E.4") + para("29E.5"));
  ASSERT_EQ(gap.size(), 1u);
  EXPECT_EQ(gap[0].code, "E-PARA-GAP");
  EXPECT_NE(gap[0].message.find("expected paragraph 29E.3, found 29E.4"), std::string::npos) << gap[0].message;
  // and a number again within one prefix
  const auto dup = codes(head + "第29E款\n行政，日内瓦\n\n" + para("29E.1") + para("29E.2") + para("29E.3") + para("29E.3"));
  ASSERT_FALSE(dup.empty());
  EXPECT_EQ(dup[0].code, "E-PARA-DUP");
  EXPECT_NE(dup[0].message.find("29E.3"), std::string::npos);
}

TEST(ParaLabels, AHeadingShapedLineIsLeftToTheHeadingRules) {
  // "2.3 评价活动": a few words, no stop or comma, between 2.2 and 2.4: not a
  // paragraph's label; the paragraphs around it are
  const std::string text = std::string(kMasthead) +
                           "第2款\n大会和会议管理\n\n"
                           "2.1 大会和会议管理部负责向在纽约举行的政府间会议提供服务。\n"
                           "2.2 该部的任务源自大会的各项决议。\n"
                           "\n"
                           "2.3 评价活动\n"
                           "\n"
                           "2.4 内部监督事务厅于2022年完成了对该部文件处理工作的评价。\n";
  const Document d = doc_of(text);
  std::vector<std::string> labels;
  for (const Node* p : paragraphs(d))
    if (!p->label.empty()) labels.push_back(p->label);
  EXPECT_EQ(labels, (std::vector<std::string>{"2.1", "2.2", "2.4"}));
}

TEST(ParaLabels, ALabelGluedToAYearOrToHalfWidthFigures) {
  // "2.2021年至…" and "９．2022年…": the paragraph's number, glued to the year
  // that opens its text, is the label (not a decimal "2.2021"); every
  // paragraph numbered through, no gap told
  const std::string text = std::string(kMasthead) +
                           "一. 导言\n\n"
                           "1.大会在第76/222号决议中请秘书长提交本报告。\n"
                           "2.2021年至2022年期间，极端天气事件以及化肥价格上涨加剧了粮食不安全。\n"
                           "3.本报告分析粮食系统冲击对小农户的影响。\n"
                           "４．全角编号的段落。\n"
                           "５．2022年初以来，化肥、燃料和粮食价格急剧上涨。\n"
                           "６．第六段。\n";
  const Document d = doc_of(text);
  for (long n = 1; n <= 6; ++n) ASSERT_NE(undoc::test::numbered_paragraph(d, n), nullptr) << n;
  EXPECT_EQ(undoc::test::numbered_paragraph(d, 2)->text, "2021年至2022年期间，极端天气事件以及化肥价格上涨加剧了粮食不安全。");
  EXPECT_EQ(undoc::test::numbered_paragraph(d, 5)->label, "５．");
  EXPECT_EQ(undoc::test::numbered_paragraph(d, 5)->text, "2022年初以来，化肥、燃料和粮食价格急剧上涨。");
}

}  // namespace undoc_test_para_labels_test
