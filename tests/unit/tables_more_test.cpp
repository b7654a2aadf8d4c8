// Tables read from PDF text (pdftotext's default, -raw and -layout modes,
// pages parted by form feeds): tables continued across a page break, and the
// labels and titles (表 29E.2 / 拟议员额) of the tables that follow them, as a
// budget fascicle (A/78/6 (Sect. 29E)) sets them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace undoc_test_tables_more_test {

using namespace undoc;
using undoc::test::doc_of;

namespace {

std::vector<const Node*> tables(const Document& d) { return test::nodes_of(d, NodeKind::Table); }

// the body's paragraphs' texts
std::vector<std::string> texts(const Document& d) {
  std::vector<std::string> out;
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph)) out.push_back(p->text);
  return out;
}

bool has_text(const Document& d, const std::string& s) {
  for (const auto& t : texts(d))
    if (t.find(s) != std::string::npos) return true;
  return false;
}

// does any table cell hold s?
bool in_a_cell(const Document& d, const std::string& s) {
  for (const Node* t : tables(d))
    for (const auto& row : t->rows)
      for (const auto& c : row)
        if (c.find(s) != std::string::npos) return true;
  return false;
}

const std::string kMasthead =
    "联合国                                           A/78/6 (Sect. 29E)\n"
    "大会                                 Distr.: General\n\n"
    "第七十八届会议\n议程项目 139\n2024年拟议方案预算\n\n"
    "B. 2024 年拟议员额和非员额所需资源\n\n"
    "29E.8 2024 年拟议经常预算资源见表 29E.1 和表 29E.2。\n\n";

}  // namespace

// -layout: a table's last rows on the next page (too few to be a table of
// their own), then the next table's label and title, then its rows. The
// label and title were read as the continued part's cells (glued into its
// last row's first cell: "…共计表 29E.2 拟议员额"), and the two tables as
// one. Now the run of rows ends above the label: the continued rows go on
// the table above, the label and title are a paragraph, the next table is
// a table of its own.
TEST(TablesMore, LabelAndTitleBelowAContinuedTableOpenTheNextTable) {
  const std::string text =
      kMasthead +
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n\n"
      "支出用途          2022 年支出    2023 年批款   变动共计   2024 年估计数\n"
      "员额               42 615.3     43 907.8    (512.6)     43 395.2\n"
      "其他工作人员费用     1 284.0      1 102.5        –       1 102.5\n"
      "顾问                  96.4        120.0     (35.0)        85.0\n"
      "工作人员差旅           88.7        135.2     (10.4)       124.8\n\n\n"
      "23-28128 (C)                                                -2-\n"
      "\fA/78/6 (Sect. 29E)\n\n"
      "订约承办事务        5 311.9      5 870.6      214.3      6 084.9\n"
      "一般业务费用       14 502.6     15 118.4    (402.9)     14 715.5\n"
      "共计              65 338.2     67 689.8    (648.7)     67 041.1\n\n"
      "表 29E.2\n拟议员额\n\n"
      "类别               2023 年核定      变动     2024 年拟议\n"
      "专业及以上职类         120          –          120\n"
      "一般事务              250         (2)         248\n"
      "共计                 370         (2)         368\n\n"
      "29E.9 所需资源减少的主要原因是裁撤两个一般事务员额。\n";
  const Document d = doc_of(text);
  auto t = tables(d);
  ASSERT_EQ(t.size(), 2u);
  ASSERT_EQ(t[0]->rows.size(), 8u);  // (the header, four rows, three more on the next page)
  EXPECT_EQ(t[0]->rows.back().front(), "共计");
  EXPECT_EQ(t[0]->rows.back().back(), "67 041.1");
  ASSERT_EQ(t[1]->rows.size(), 4u);
  EXPECT_EQ(t[1]->rows.front().front(), "类别");
  EXPECT_FALSE(in_a_cell(d, "表 29E.2"));
  EXPECT_FALSE(in_a_cell(d, "拟议员额"));
  EXPECT_TRUE(has_text(d, "表 29E.2"));
  EXPECT_TRUE(has_text(d, "拟议员额"));
}

// "表 29E.1（续）" (and "表2(续)"): a table's label with the mark of its part
// continued from the page before, no space between, is a label like "表
// 29E.1 (续)", never a cell: -raw read it into the table's rows (the two
// parts' rows one table, the label inside a header row).
TEST(TablesMore, ContinuedMarkRightAfterTheLabelIsNoCell) {
  for (const std::string label : {"表 29E.1（续）", "表29E.1(续)", "表 2（续）"}) {
    const std::string raw =
        "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
        "B. 2024 年拟议员额和非员额所需资源\n"
        "29E.8 2024 年拟议经常预算资源见表 29E.1。\n"
        "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n"
        "支出用途 2022 年支出 2023 年批款 变动共计 2024 年估计数\n"
        "员额 42 615.3 43 907.8 (512.6) 43 395.2\n"
        "其他工作人员费用 1 284.0 1 102.5 – 1 102.5\n"
        "顾问 96.4 120.0 (35.0) 85.0\n"
        "工作人员差旅 88.7 135.2 (10.4) 124.8\n"
        "- 2 - 23-28128 (C)\n"
        "\fA/78/6 (Sect. 29E)\n" +
        label + "\n"
        "支出用途 2022 年支出 2023 年批款 变动共计 2024 年估计数\n"
        "订约承办事务 5 311.9 5 870.6 214.3 6 084.9\n"
        "一般业务费用 14 502.6 15 118.4 (402.9) 14 715.5\n"
        "共计 65 338.2 67 689.8 (648.7) 67 041.1\n"
        "29E.9 所需资源减少的主要原因是裁撤两个一般事务员额。\n";
    const Document d = doc_of(raw);
    SCOPED_TRACE(label);
    EXPECT_FALSE(in_a_cell(d, "续"));
    // (a paragraph where the label's number is not the table's above, a
    // label set again, page furniture, where it is: TablesMore.ContinuedPart…)
    EXPECT_TRUE(has_text(d, label) || std::any_of(d.furniture.begin(), d.furniture.end(), [&](const Furniture& f) {
                  return f.text == label;
                }));
    size_t rows = 0;
    for (const Node* t : tables(d)) rows += t->rows.size();
    EXPECT_EQ(rows, has_text(d, label) ? 9u : 8u);  // (two headers, seven rows; or one header)
  }
}

// A table's last row alone at the top of the next page, below the running
// header ("共计 65 338.2 67 689.8 (648.7) 67 041.1", the page's foot with its
// footnotes and job number above): too few lines for a table of its own, it
// was read as a paragraph and the paragraph below (29E.10) glued to it. A
// line of as many cells as the table's rows, amounts (negative ones in
// brackets too) where its last row has amounts, is the table's row; in -raw
// (single spaces) and in -layout (runs of spaces, a number a single space
// from the next).
TEST(TablesMore, LastRowAloneOnTheNextPageGoesOnTheTable) {
  const std::string raw =
      "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
      "B. 2024 年拟议员额和非员额所需资源\n"
      "29E.8 内部监督事务厅完成了审计1，拟议经常预算资源见表 29E.1。\n"
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n"
      "支出用途 2022 年支出 2023 年批款 变动共计 2024 年估计数\n"
      "员额 42 615.3 43 907.8 (512.6) 43 395.2\n"
      "其他工作人员费用 1 284.0 1 102.5 – 1 102.5\n"
      "顾问 96.4 120.0 (35.0) 85.0\n"
      "家具和设备 1 026.5 980.3 126.0 1 106.3\n"
      "1见内部监督事务厅审计报告 2022/061 号。\n"
      "- 2 - 23-28128 (C)\n"
      "\fA/78/6 (Sect. 29E)\n"
      "共计 65 338.2 67 689.8 (648.7) 67 041.1\n"
      "29E.10 此外，行政司预计 2024 年将获得预算外资源约 4 820 万美元，主要来自向客户实体\n"
      "提供服务所收回的费用，用于资助约 210 个员额。\n";
  const std::string layout =
      kMasthead +
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n\n"
      "支出用途          2022 年支出    2023 年批款   变动共计   2024 年估计数\n"
      "员额               42 615.3     43 907.8    (512.6)     43 395.2\n"
      "其他工作人员费用     1 284.0      1 102.5        –       1 102.5\n"
      "顾问                  96.4        120.0     (35.0)        85.0\n"
      "家具和设备           1 026.5       980.3      126.0      1 106.3\n\n\n"
      "23-28128 (C)                                                -2-\n"
      "\fA/78/6 (Sect. 29E)\n\n"
      "共计         65 338.2  67 689.8 (648.7) 67 041.1\n"
      "29E.10 此外，行政司预计 2024 年将获得预算外资源约 4 820 万美元，主要来自向客户实体\n"
      "提供服务所收回的费用，用于资助约 210 个员额。\n";
  for (const std::string& text : {raw, layout}) {
    const Document d = doc_of(text);
    auto t = tables(d);
    ASSERT_EQ(t.size(), 1u);
    ASSERT_EQ(t[0]->rows.size(), 6u);
    const std::vector<std::string> total{"共计", "65 338.2", "67 689.8", "(648.7)", "67 041.1"};
    EXPECT_EQ(t[0]->rows.back(), total);
    bool own = false;  // (29E.10 a paragraph of its own, from its start)
    for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
      own = own || (p->label == "29E.10" && p->text.rfind("此外", 0) == 0);
    EXPECT_TRUE(own);
    EXPECT_FALSE(has_text(d, "67 041.1"));
  }
}

// A line at the top of the next page that is no row of the table above: a
// paragraph's words (no amounts where the rows have them) stay a paragraph,
// and a row of another width is no row of its.
TEST(TablesMore, TextOrAnotherWidthOnTheNextPageIsNoContinuedRow) {
  const std::string head =
      "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
      "B. 2024 年拟议员额和非员额所需资源\n"
      "29E.8 2024 年拟议经常预算资源见表 29E.1。\n"
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n"
      "支出用途 2022 年支出 2023 年批款 2024 年估计数\n"
      "员额 42 615.3 43 907.8 43 395.2\n"
      "顾问 96.4 120.0 85.0\n"
      "家具和设备 1 026.5 980.3 1 106.3\n"
      "- 2 - 23-28128 (C)\n"
      "\fA/78/6 (Sect. 29E)\n";
  for (const std::string line : {"行政司 预计 增加 资源", "共计 65 338.2 67 689.8 (648.7) 67 041.1", "共计 65 338.2 67 689.8"}) {
    const Document d = doc_of(head + line + "\n29E.10 此外，行政司预计 2024 年将获得预算外资源约 4 820 万美元。\n");
    SCOPED_TRACE(line);
    auto t = tables(d);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0]->rows.size(), 4u);
    EXPECT_FALSE(in_a_cell(d, line.substr(0, line.find(' '))));
  }
}

// -raw on a wide page sets a table's header on one line, longer than a cell
// may be ("支出用途 2022 年支出 2023 年批款 变动共计 2024 年估计数(重计费用前)"):
// the table was not read at all (its label's unit "(千美元)" a heading, the
// rows a paragraph). A line of three cells or more, none longer than a
// cell, with no clause's punctuation, may be a header's line or a row.
TEST(TablesMore, RawHeaderWiderThanACellOpensTheTable) {
  const std::string raw =
      "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
      "B. 2024 年拟议员额和非员额所需资源\n"
      "29E.8 2024 年拟议经常预算资源，包括按适用情况列出的资源变动明细，见表 29E.1。\n"
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n"
      "支出用途 2022 年支出 2023 年批款 变动共计 2024 年估计数(重计费用前)\n"
      "员额 42 615.3 43 907.8 (512.6) 43 395.2\n"
      "其他工作人员费用 1 284.0 1 102.5 – 1 102.5\n"
      "顾问 96.4 120.0 (35.0) 85.0\n"
      "联合国日内瓦办事处行政司司长办公室订约承办事务 5 311.9 5 870.6 214.3 6 084.9\n"
      "共计 65 338.2 67 689.8 (648.7) 67 041.1\n"
      "29E.10 此外，行政司预计 2024 年将获得预算外资源约 4 820 万美元，主要来自向客户实体提供服务所收回\n"
      "的费用，用于资助约 210 个员额。\n";
  const Document d = doc_of(raw);
  auto t = tables(d);
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0]->rows.size(), 6u);
  EXPECT_EQ(t[0]->rows[0][0], "支出用途2022年支出2023年批款变动共计2024年估计数(重计费用前)");
  EXPECT_EQ(t[0]->rows[4][0], "联合国日内瓦办事处行政司司长办公室订约承办事务");
  EXPECT_TRUE(has_text(d, "表 29E.1 按支出用途分列的财政资源(千美元)"));
  for (const Node* s : test::nodes_of(d, NodeKind::Section)) EXPECT_NE(s->title, "(千美元)");
}

// Hard-wrapped prose whose lines hold numbers and spaces, as many on each
// line, is no table: its lines are longer than a cell and carry a clause's
// commas.
TEST(TablesMore, WrappedProseWithNumbersIsNoRawTable) {
  const std::string raw =
      "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
      "B. 2024 年拟议员额和非员额所需资源\n"
      "29E.8 拟议资源共计 67 041 100 美元，比 2023 年批款减少 648 700 美元，其中员额 43 395 200\n"
      "美元，其他工作人员费用 1 102 500 美元，顾问 85 000 美元，工作人员差旅 124 800\n"
      "美元，订约承办事务 6 084 900 美元，一般业务费用 14 715 500 美元，用品 426 900\n"
      "美元，家具和设备 1 106 300 美元。\n";
  const Document d = doc_of(raw);
  EXPECT_TRUE(tables(d).empty());
}

namespace {

// a table's text as -layout sets it, its cells at these columns (a Han
// character one column), and as -raw does, its cells parted by a space
std::string layout_row(const std::vector<std::string>& cells) {
  const int starts[] = {0, 18, 31, 44, 55};
  std::string out;
  int col = 0;
  for (size_t c = 0; c < cells.size(); ++c) {
    do out += ' ', ++col;
    while (col < starts[c]);
    out += cells[c];
    for (size_t b = 0; b < cells[c].size(); ++b) col += (static_cast<unsigned char>(cells[c][b]) & 0xC0) != 0x80;
  }
  return out + "\n";
}

std::string raw_row(const std::vector<std::string>& cells) {
  std::string out;
  for (const auto& c : cells) out += (out.empty() ? "" : " ") + c;
  return out + "\n";
}

const std::vector<std::string> kHeader{"支出用途", "2022 年支出", "2023 年批款", "变动共计", "2024 年估计数"};
const std::vector<std::vector<std::string>> kFirstPart{{"员额", "42 615.3", "43 907.8", "(512.6)", "43 395.2"},
                                                       {"其他工作人员费用", "1 284.0", "1 102.5", "–", "1 102.5"},
                                                       {"顾问", "96.4", "120.0", "(35.0)", "85.0"},
                                                       {"工作人员差旅", "88.7", "135.2", "(10.4)", "124.8"}};
const std::vector<std::vector<std::string>> kNextPart{{"订约承办事务", "5 311.9", "5 870.6", "214.3", "6 084.9"},
                                                      {"一般业务费用", "14 502.6", "15 118.4", "(402.9)", "14 715.5"},
                                                      {"共计", "65 338.2", "67 689.8", "(648.7)", "67 041.1"}};

// the fascicle's table 29E.1 over a page break, in -layout or -raw, with
// `again` (a label set again, a header row…) at the top of the next page
std::string split_table(bool layout, const std::string& label, const std::string& again) {
  auto row = layout ? layout_row : raw_row;
  std::string text = layout ? kMasthead + label + "\n按支出用途分列的财政资源\n(千美元)\n\n"
                            : "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n"
                              "2024年拟议方案预算\nB. 2024 年拟议员额和非员额所需资源\n"
                              "29E.8 2024 年拟议经常预算资源见表 29E.1。\n" +
                                  label + "\n按支出用途分列的财政资源\n(千美元)\n";
  text += row(kHeader);
  for (const auto& r : kFirstPart) text += row(r);
  text += layout ? "\n\n23-28128 (C)                                                -2-\n\fA/78/6 (Sect. 29E)\n\n"
                 : "- 2 - 23-28128 (C)\n\fA/78/6 (Sect. 29E)\n";
  text += again;
  for (const auto& r : kNextPart) text += row(r);
  return text + (layout ? "\n" : "") + "29E.9 所需资源减少的主要原因是裁撤两个一般事务员额。\n";
}

bool furniture_has(const Document& d, const std::string& text) {
  return std::any_of(d.furniture.begin(), d.furniture.end(), [&](const Furniture& f) {
    return f.kind == "running_header" && f.text == text;
  });
}

}  // namespace

// The header row set again at the top of the table's next page (a UN
// table's headings repeat on every page), and above it the label set again
// with its continuation mark ("表 29E.1 (续)", "表 29E.1（续）"): page
// furniture, as the rows' path (TAB-separated cells, a PDF file's) takes
// the header row set again; the next part's rows go on the table above.
// -layout and -raw read them as a second table (a header row in the
// middle where the header matched no column, the label a paragraph).
TEST(TablesMore, ContinuedPartsHeaderAndLabelSetAgainArePageFurniture) {
  for (const bool layout : {true, false}) {
    for (const std::string label : {"", "表 29E.1 (续)", "表 29E.1（续）", "表29E.1(续)"}) {
      SCOPED_TRACE(std::string(layout ? "layout " : "raw ") + label);
      const std::string again = label.empty() ? "" : label + (layout ? "\n\n" : "\n");
      const std::string header = layout ? layout_row(kHeader) : raw_row(kHeader);
      const Document d = doc_of(split_table(layout, "表 29E.1", again + header));
      auto t = tables(d);
      ASSERT_EQ(t.size(), 1u);
      ASSERT_EQ(t[0]->rows.size(), 8u);  // (the header, seven rows)
      EXPECT_EQ(t[0]->rows[5].front(), "订约承办事务");
      EXPECT_TRUE(furniture_has(d, header.substr(header.find_first_not_of(' '), header.size() - 1 - header.find_first_not_of(' '))));
      if (!label.empty()) EXPECT_TRUE(furniture_has(d, label));
      EXPECT_FALSE(in_a_cell(d, "续"));
    }
  }
}

// A continuation mark whose label is not the table's above ("表 29E.3 (续)"
// under table 29E.1) stays a paragraph, and so does the part's table: no
// evidence it is the same table.
TEST(TablesMore, ContinuedLabelOfAnotherTableStaysAParagraph) {
  const std::string header = raw_row(kHeader);
  const Document d = doc_of(split_table(false, "表 29E.1", "表 29E.3 (续)\n" + header));
  EXPECT_TRUE(has_text(d, "表 29E.3 (续)"));
  EXPECT_EQ(tables(d).size(), 2u);
}

// -layout sets a narrow table's cells a single space apart in some rows and
// two or more in others ("员额          42 615.3 43 907.8 (512.6) 43 395.2" /
// "顾问          96.4     120.0    (35.0) 85.0"), its header wrapped ("2023
// 年批" / "款"): no steady columns, and no steady rows at the runs of
// spaces, so the table, its label and the next paragraph were one
// paragraph. Read as -raw would give it (each run of spaces one space), the
// rows are steady: the table is read, its cells cut from the lines' own
// characters.
TEST(TablesMore, LayoutCellsASingleSpaceApartReadAsRawRows) {
  const std::string text =
      kMasthead +
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n"
      "支出用途        2022 年支出 2023 年批 变动共计 2024 年估计数(重计费用前)\n"
      "                     款\n"
      "员额          42 615.3 43 907.8 (512.6) 43 395.2\n"
      "其他工作人员费用 1 284.0     1 102.5  –       1 102.5\n"
      "顾问          96.4     120.0    (35.0) 85.0\n"
      "工作人员差旅      88.7     135.2    (10.4) 124.8\n"
      "订约承办事务      5 311.9  5 870.6  214.3 6 084.9\n"
      "一般业务费用      14 502.6 15 118.4 (402.9) 14 715.5\n"
      "共计          65 338.2 67 689.8 (648.7) 67 041.1\n"
      "29E.10 此外，行政司预计 2024 年将获得预算外资源约 4 820 万美元，主要来自向客户实体\n"
      "提供服务所收回的费用，用于资助约 210 个员额。\n";
  const Document d = doc_of(text);
  auto t = tables(d);
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0]->rows.size(), 8u);
  EXPECT_EQ(t[0]->rows[2], (std::vector<std::string>{"其他工作人员费用", "1 284.0", "1 102.5", "–", "1 102.5"}));
  EXPECT_EQ(t[0]->rows.back(), (std::vector<std::string>{"共计", "65 338.2", "67 689.8", "(648.7)", "67 041.1"}));
  EXPECT_TRUE(has_text(d, "表 29E.1 按支出用途分列的财政资源(千美元)"));
  bool own = false;  // (29E.10 a paragraph of its own, its label apart)
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
    own = own || (p->label == "29E.10" && p->text.rfind("此外", 0) == 0);
  EXPECT_TRUE(own);
}

// The same narrow table as -layout sets it on other pages: rows of four
// runs of ink among rows of two or three ("员额       42 615.3 43 907.8
// (512.6) 43 395.2"), the column reader took the short lines for wrapped
// parts of the row above ("员额其他工作人员费用 1 284.0"); a header wrapped
// over three lines, rows below it of a label and amounts, the rows reader
// took the first rows into the header; rows a blank line apart. A cell that
// holds two amounts, or words then an amount, says the columns are not
// steady; a line of words then amounts is no header's; the rows read as
// -raw would give them, a blank line between two rows no end of them.
TEST(TablesMore, NarrowLayoutTableWithCellsGluedIsReadRowByRow) {
  const std::vector<std::string> tables_as_set{
      "支出用途     2022 年支出 2023 年批 变动共计 2024 年估计数(重计费用前)\n"
      "                  款\n"
      "员额       42 615.3 43 907.8 (512.6) 43 395.2\n"
      "其他工作人员费用 1 284.0  1 102.5 –        1 102.5\n"
      "顾问       96.4     120.0    (35.0) 85.0\n"
      "工作人员差旅   88.7     135.2    (10.4) 124.8\n"
      "订约承办事务   5 311.9  5 870.6 214.3 6 084.9\n"
      "一般业务费用   14 502.6 15 118.4 (402.9) 14 715.5\n"
      "用品和材料    412.8    455.0    (28.1) 426.9\n"
      "家具和设备    1 026.5  980.3    126.0 1 106.3\n"
      "共计         65 338.2  67 689.8 (648.7) 67 041.1\n",
      "支出用途                  2023 年批 变动共计 2024 年估计数(重计费用前)\n"
      "               2022 年支出\n"
      "                      款\n"
      "员额          42 615.3  43 907.8 (512.6) 43 395.2\n"
      "其他工作人员费用 1 284.0      1 102.5  –       1 102.5\n"
      "顾问          96.4      120.0    (35.0)  85.0\n"
      "工作人员差旅      88.7      135.2    (10.4)  124.8\n"
      "订约承办事务      5 311.9   5 870.6  214.3   6 084.9\n"
      "一般业务费用      14 502.6  15 118.4 (402.9) 14 715.5\n"
      "用品和材料       412.8     455.0    (28.1)  426.9\n"
      "家具和设备       1 026.5   980.3    126.0   1 106.3\n"
      "共计          65 338.2  67 689.8 (648.7) 67 041.1\n",
      "支出用途                 2022 年支出 2023 年批 变动共计 2024 年估计数(重计费用前)\n"
      "                                款\n"
      "员额                   42 615.3   43 907.8 (512.6) 43 395.2\n\n"
      "其他工作人员费用 1 284.0                1 102.5   –        1 102.5\n\n"
      "顾问                   96.4       120.0     (35.0)   85.0\n\n"
      "工作人员差旅               88.7       135.2     (10.4)   124.8\n\n"
      "订约承办事务               5 311.9    5 870.6   214.3    6 084.9\n\n"
      "一般业务费用               14 502.6   15 118.4  (402.9)  14 715.5\n\n"
      "用品和材料                412.8      455.0     (28.1)   426.9\n\n"
      "家具和设备                1 026.5    980.3     126.0    1 106.3\n\n"
      "共计                   65 338.2   67 689.8  (648.7)  67 041.1\n"};
  for (const auto& table : tables_as_set) {
    SCOPED_TRACE(table.substr(0, table.find('\n')));
    const Document d = doc_of(kMasthead + "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n" + table +
                              "29E.10 此外，行政司预计 2024 年将获得预算外资源约 4 820 万美元，主要来自向客户实体\n"
                              "提供服务所收回的费用，用于资助约 210 个员额。\n");
    auto t = tables(d);
    ASSERT_EQ(t.size(), 1u);
    ASSERT_EQ(t[0]->rows.size(), 10u);  // (the header, nine rows)
    EXPECT_EQ(t[0]->rows[1], (std::vector<std::string>{"员额", "42 615.3", "43 907.8", "(512.6)", "43 395.2"}));
    EXPECT_EQ(t[0]->rows[2], (std::vector<std::string>{"其他工作人员费用", "1 284.0", "1 102.5", "–", "1 102.5"}));
    EXPECT_EQ(t[0]->rows[6], (std::vector<std::string>{"一般业务费用", "14 502.6", "15 118.4", "(402.9)", "14 715.5"}));
    EXPECT_TRUE(has_text(d, "表 29E.1 按支出用途分列的财政资源(千美元)"));
  }
}

// pdftotext's default mode scrambles a narrow table's cells into lines of
// text (a label here, amounts there); the table is not rebuilt, but the
// paragraph below it opened on the line after the table's last amounts
// ("67 689.8 (648.7) 67 041.1" / "29E.10 此外，…") and was glued to the
// cells. No sentence runs on from a line of amounts alone: a line of prose
// below one opens a paragraph.
TEST(TablesMore, ProseBelowAScrambledTablesAmountsOpensAParagraph) {
  const std::string text =
      "联合国\n\nA/78/6 (Sect. 29E)\n\n大会\n\nDistr.: General\n12 April 2023\n\n"
      "第七十八届会议\n议程项目 139\n2024 年拟议方案预算\n"
      "B. 2024 年拟议员额和非员额所需资源\n"
      "29E.9 所需资源减少的主要原因是裁撤两个一般事务员额。\n"
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n支出用途\n\n"
      "2022 年支出 2023 年批 变动共计 2024 年估计数(重计费用前)\n款\n员额\n42 615.3\n"
      "43 907.8 (512.6) 43 395.2\n1 102.5\n–\n1 102.5\n其他工作人员费用 1 284.0\n顾问\n96.4\n"
      "120.0\n(35.0) 85.0\n共计\n65 338.2\n67 689.8 (648.7) 67 041.1\n"
      "29E.10 此外，行政司预计 2024 年将获得预算外资源约 4 820 万美元，主要来自向客户实体\n"
      "提供服务所收回的费用，用于资助约 210 个员额。\n";
  const Document d = doc_of(text);
  bool own = false;  // (29E.10 a paragraph of its own, its label apart)
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
    own = own || (p->label == "29E.10" && p->text.rfind("此外", 0) == 0);
  EXPECT_TRUE(own);
  EXPECT_TRUE(has_text(d, "67 689.8 (648.7) 67 041.1"));  // (the cells kept, as text)
}

// "表 29E.1 按支出用途分列的财政资源" (the title on the label's line) and the
// table's unit below it, "(千美元)", over a table -raw sets a row a line: the
// unit was read as the first line of the table's header ("(千美元)支出用途…").
// It is the label's paragraph's, as it is below a title on a line of its own.
TEST(TablesMore, UnitBelowALabelWithItsTitleIsNoHeaderLine) {
  for (const std::string unit : {"(千美元)", "(单位：千美元)"}) {
    SCOPED_TRACE(unit);
    std::string raw =
        "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
        "29E.8 2024 年拟议经常预算资源见表 29E.1。\n"
        "表 29E.1 按支出用途分列的财政资源\n" +
        unit + "\n" + raw_row(kHeader);
    for (const auto& r : kFirstPart) raw += raw_row(r);
    raw += "29E.9 所需资源减少的主要原因是裁撤两个一般事务员额。\n";
    const Document d = doc_of(raw);
    auto t = tables(d);
    ASSERT_EQ(t.size(), 1u);
    ASSERT_EQ(t[0]->rows.size(), 5u);
    EXPECT_EQ(t[0]->rows[0][0].rfind("支出用途", 0), 0u);
    EXPECT_FALSE(in_a_cell(d, "千美元"));
    EXPECT_TRUE(has_text(d, "表 29E.1 按支出用途分列的财政资源" + unit));
  }
}

// A table -raw sets a row a line that opens at the foot of a page with its
// header and two rows, the rest on the next page: the first part, too
// short for a table, was read as text (the paragraph above, the label, the
// title and the rows one paragraph), the rest a table of its own. The rows
// go on over the page break (nothing between but the page's foot and head).
TEST(TablesMore, RawRowsGoOnOverAPageBreak) {
  std::string raw =
      "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
      "29E.8 2024 年拟议经常预算资源见表 29E.1。\n"
      "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n" +
      raw_row(kHeader) + raw_row(kFirstPart[0]) + raw_row(kFirstPart[1]) +
      "- 2 - 23-28128 (C)\n\fA/78/6 (Sect. 29E)\n" + raw_row(kFirstPart[2]) + raw_row(kFirstPart[3]);
  for (const auto& r : kNextPart) raw += raw_row(r);
  raw += "29E.9 所需资源减少的主要原因是裁撤两个一般事务员额。\n";
  const Document d = doc_of(raw);
  auto t = tables(d);
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0]->rows.size(), 8u);
  EXPECT_EQ(t[0]->rows[2].front(), "其他工作人员费用");
  EXPECT_EQ(t[0]->rows[3].front(), "顾问");
  EXPECT_TRUE(has_text(d, "表 29E.1 按支出用途分列的财政资源(千美元)"));
  EXPECT_TRUE(std::any_of(d.furniture.begin(), d.furniture.end(), [](const Furniture& f) { return f.text == "- 2 - 23-28128 (C)"; }));
}

// The header row set again at the top of the next page over the table's
// last two rows (with the label set again above it or not), -raw: too few
// lines for a table of their own, the header and the rows were one
// paragraph. The header set again is page furniture there too, the rows
// the table's.
TEST(TablesMore, HeaderSetAgainOverTheLastTwoRowsOnTheNextPage) {
  for (const std::string label : {"", "表 29E.1 (续)\n"}) {
    SCOPED_TRACE(label);
    std::string raw =
        "联合国 A/78/6 (Sect. 29E)\n大会 Distr.: General\n第七十八届会议\n议程项目 139\n2024年拟议方案预算\n"
        "29E.8 2024 年拟议经常预算资源见表 29E.1。\n"
        "表 29E.1\n按支出用途分列的财政资源\n(千美元)\n" +
        raw_row(kHeader);
    for (const auto& r : kFirstPart) raw += raw_row(r);
    raw += "- 2 - 23-28128 (C)\n\fA/78/6 (Sect. 29E)\n" + label + raw_row(kHeader) + raw_row(kNextPart[1]) +
           raw_row(kNextPart[2]) + "29E.9 所需资源减少的主要原因是裁撤两个一般事务员额。\n";
    const Document d = doc_of(raw);
    auto t = tables(d);
    ASSERT_EQ(t.size(), 1u);
    ASSERT_EQ(t[0]->rows.size(), 7u);
    EXPECT_EQ(t[0]->rows.back().front(), "共计");
    EXPECT_TRUE(furniture_has(d, "支出用途 2022 年支出 2023 年批款 变动共计 2024 年估计数"));
    EXPECT_FALSE(has_text(d, "年支出"));
  }
}

// The continuation mark on the title set again below the label alone
// ("表 29E.1" / "按支出用途分列的财政资源（续）") at the top of the next page:
// the label and title set again are page furniture as "表 29E.1 (续)" is, the
// part's rows the table's (they were a paragraph and a second table).
TEST(TablesMore, ContinuedMarkOnTheTitleSetAgain) {
  for (const bool layout : {true, false}) {
    SCOPED_TRACE(layout ? "layout" : "raw");
    const std::string title = layout ? "按支出用途分列的财政资源(续)" : "按支出用途分列的财政资源（续）";
    const std::string again = layout ? "表 29E.1\n\n" + title + "\n\n" : "表 29E.1\n" + title + "\n";
    const Document d = doc_of(split_table(layout, "表 29E.1", again + (layout ? layout_row(kHeader) : raw_row(kHeader))));
    auto t = tables(d);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0]->rows.size(), 8u);
    EXPECT_TRUE(furniture_has(d, "表 29E.1"));
    EXPECT_TRUE(furniture_has(d, title));
    EXPECT_FALSE(has_text(d, "续"));
  }
}

// A table whose every row ends in a TAB after its last cell (as some exports
// set one): the empty column that makes holds nothing and is dropped; an
// empty last cell in some rows only is a cell, kept.
TEST(TablesMore, TrailingSeparatorOnEveryRowMakesNoColumn) {
  const std::string head =
      "联合国\tA/78/999\n大　会\nDistr.: General\n1 August 2023\n\n第七十八届会议\n议程项目20\n\n加强区域合作\n\n秘书长的报告\n\n"
      "1. 下表列出各区域委员会的预算外资源。\n\n表1\n各区域委员会的预算外资源\n";
  const std::string rows = "区域委员会\t2022年\t2023年\t\n非洲经济委员会\t12 500\t13 200\t\n欧洲经济委员会\t8 400\t8 900\t\n"
                           "拉丁美洲和加勒比经济委员会\t9 100\t9 600\t\n";
  Document d = doc_of(head + rows + "\n2. 预算外资源增加的主要原因是捐助方的自愿捐款增加。\n");
  const auto tables = test::nodes_of(d, NodeKind::Table);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0]->rows.size(), 4u);
  for (const auto& r : tables[0]->rows) EXPECT_EQ(r.size(), 3u);
  EXPECT_EQ(tables[0]->rows.vec()[1], (std::vector<std::string>{"非洲经济委员会", "12 500", "13 200"}));
  // (an empty last cell in one row only: a cell)
  const std::string some = "区域委员会\t2022年\t2023年\n非洲经济委员会\t12 500\t\n欧洲经济委员会\t8 400\t8 900\n"
                           "拉丁美洲和加勒比经济委员会\t9 100\t9 600\n";
  Document e = doc_of(head + some + "\n2. 预算外资源增加的主要原因是捐助方的自愿捐款增加。\n");
  const auto t2 = test::nodes_of(e, NodeKind::Table);
  ASSERT_EQ(t2.size(), 1u);
  ASSERT_EQ(t2[0]->rows.size(), 4u);
  EXPECT_EQ(t2[0]->rows.vec()[1], (std::vector<std::string>{"非洲经济委员会", "12 500", ""}));
}

// A table's caption with a unit that names no money, "(百分比)", over a TAB
// table, a paragraph ending right above it: the caption is a paragraph of its
// own (it had run on into the paragraph above); and the table's lettered note
// below its source and general note, "资料来源：…" / "注：…" / "a 预测。", is
// the table's footnote, the two notes staying paragraphs.
TEST(TablesMore, APercentUnitCaptionAndANoteBelowTheSource) {
  const std::string text =
      "联合国\tA/78/300\n大会\tDistr.: General\n1 August 2023\nChinese\nOriginal: English\n\n"
      "第七十八届会议\n临时议程*项目 18\n宏观经济政策问题\n\n国际贸易与发展\n\n秘书长的报告\n\n一. 导言\n\n"
      "1. 本报告分析2022年和2023年的全球贸易趋势。\n"
      "2. 表1列出主要经济体的货物贸易增长率。\n"
      "表1\n货物贸易增长率\n(百分比)\n"
      "区域\t2021年\t2022年\t2023年a\n"
      "发达经济体\t9.1\t2.5\t0.8\n"
      "发展中经济体\t11.8\t3.9\t2.1\n"
      "最不发达国家\t7.2\t2.8\t3.3\n"
      "资料来源：联合国贸易和发展会议根据各国数据计算。\n"
      "注：2023年数字为估计数。\n"
      "a 预测。\n"
      "\n"
      "3. 贸易增长放缓的主要原因是需求疲软。\n";
  const Document d = undoc::test::doc_of(text);
  ASSERT_NE(undoc::test::numbered_paragraph(d, 2), nullptr);
  EXPECT_EQ(undoc::test::numbered_paragraph(d, 2)->text, "表1列出主要经济体的货物贸易增长率。");
  std::vector<std::string> unnumbered;
  for (const Node* p : undoc::test::nodes_of(d, NodeKind::Paragraph))
    if (!p->paragraph_number) unnumbered.push_back(p->text);
  EXPECT_EQ(unnumbered, (std::vector<std::string>{"表1货物贸易增长率(百分比)", "资料来源：联合国贸易和发展会议根据各国数据计算。",
                                                  "注：2023年数字为估计数。"}));
  ASSERT_EQ(undoc::test::nodes_of(d, NodeKind::Table).size(), 1u);
  EXPECT_EQ(undoc::test::nodes_of(d, NodeKind::Table)[0]->rows.size(), 4u);
  const Footnote* a = undoc::test::footnote(d, "a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text, "预测。");
  ASSERT_EQ(a->refs.size(), 1u);
  EXPECT_EQ(a->refs[0].line, 22);  // the header row, "2023年a"
}

}  // namespace undoc_test_tables_more_test
