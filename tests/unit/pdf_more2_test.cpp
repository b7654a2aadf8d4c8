// The PDF path on the newer samples (record-verbatim-ga-plenary-recorded-vote,
// note-sg-programme-budget-implications, …) rendered as UN PDFs in page set-ups
// of tests/data/make_layout_corpus.py (helper 4): what the PDF's parse read
// otherwise than the sample's own paragraph-a-line parse. Small PDFs are made
// here, words set where a page sets them (Helvetica, no font embedded).
#include <gtest/gtest.h>

#include <algorithm>

#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "test_util.hpp"
#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_pdf_more2_test {

using namespace undoc;

namespace {

using test::pdf_doc;

// One word (or run of words) at (x, y) from the page's bottom left, in size pt.
struct Word {
  double x, y, size;
  std::string text;  // Latin-1 only
};

// A one-page A4 PDF that sets each word in Helvetica.
std::string make_pdf(const std::vector<Word>& words) {
  std::string content;
  for (const Word& w : words) content += fmt::format("BT /F1 {} Tf {} {} Td ({}) Tj ET\n", w.size, w.x, w.y, w.text);
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      fmt::format("<< /Length {} >>\nstream\n{}endstream", content.size(), content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  return test::pdf_of(objects);
}

std::vector<std::string> section_titles(const Document& d) {
  std::vector<std::string> out;
  for (const Node* n : test::nodes_of(d, NodeKind::Section)) out.push_back(to_utf8(without_spaces(from_utf8(n->title))));
  return out;
}

}  // namespace

// A conference's report gives its resolutions in its first chapter, each
// under its label, "决议1", and its title. A PDF's text spaces the number
// from the Han before it ("决议 1"), as a word processor's automatic spacing
// sets it: the label still heads the resolution, its title below it.
TEST(PdfMore2, AResolutionsLabelSpacedFromItsNumberHeadsIt) {
  const Document d = test::doc_of(
      "联合国\tA/CONF.243/9\nDistr.: General\n18 July 2025\nChinese\nOriginal: English\n"
      "联合国旱地与粮食安全会议\n2025 年 6 月 10 日至 13 日，乌兰巴托\n联合国旱地与粮食安全会议的报告\n"
      "第一章\n会议通过的决议\n决议 1\n乌兰巴托旱地与粮食安全承诺\n联合国旱地与粮食安全会议，\n"
      "于 2025 年 6 月 10 日至 13 日在乌兰巴托举行，\n"
      "1. 通过本决议附件所载《乌兰巴托旱地与粮食安全承诺》；\n"
      "2. 向蒙古国政府和人民表示感谢，感谢他们主办会议并为会议提供一切必要的设施。\n"
      "第二章\n出席情况和工作安排\n3. 会议于 2025 年 6 月 10 日至 13 日在乌兰巴托举行。\n");
  const auto titles = section_titles(d);
  EXPECT_EQ(titles, (std::vector<std::string>{"会议通过的决议", "决议1", "乌兰巴托旱地与粮食安全承诺", "出席情况和工作安排"}));
}

// A table's label alone on its line, its number set with no space ("表1"),
// over its caption, below a paragraph whose marker ("…报告1；") calls the
// page's footnote 1: the label's number is no marker, nor are its
// characters lost; the marker is the paragraph's.
TEST(PdfMore2, ATablesLabelsNumberIsNoFootnoteMarker) {
  const Document d = test::doc_of(
      "联合国\tA/C.5/78/21\n大会\tDistr.: General\n17 November 2023\nChinese\nOriginal: English\n"
      "第七十八届会议\n议程项目139\n2024年拟议方案预算\n决议草案A/C.2/78/L.35所涉方案预算问题\n"
      "秘书长根据大会议事规则第153条提交的说明\n"
      "一. 所需资源\n"
      "1. 为执行决议草案的请求，经济和社会事务部将聘请咨询人编写一份关于沙尘暴源区监测和\n"
      "预警系统的背景研究报告1；并支付最不发达国家的代表参加会议的旅费。\n"
      "2. 执行上述活动所需的非会议服务经费共计 1 195 600 美元，表 1 按支出用途列出了所需经费\n"
      "的细目。\n"
      "表1\n"
      "所需经费(按支出用途分列)\n"
      "支出用途\t2024年\t2025年\t共计\n"
      "咨询人\t86 500\t40 000\t126 500\n"
      "专家\t45 000\t—\t45 000\n"
      "共计\t131 500\t40 000\t171 500\n"
      "1 背景研究报告将以联合国六种正式语文印发。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].paragraph, 1L);
  bool label_kept = false;
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
    if (p->text.rfind("表1", 0) == 0) label_kept = true;
  EXPECT_TRUE(label_kept);
}

// A one-page corrigendum (make_layout_corpus set-up 00 of the sample
// corrigendum-ecosoc-report-chinese-only): too few lines for a count of
// widths to call the text wrapped, but a PDF's lines are wrapped by its page.
// The agenda item's title runs to the right margin ("…通过社会发展促进充分")
// and goes on below ("和生产性就业与人人享有体面工作以克服不平等"); the
// document's title is the line set large below it, not the item's rest.
TEST(PdfMore2, APdfsLinesAreWrappedByItsPageThoughFewAreFull) {
  const Document d = pdf_doc("pdf_more2_corrigendum_agenda_title");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(to_utf8(without_spaces(from_utf8(d.front_matter.agenda_items[0].title))),
            "社会发展问题世界首脑会议和大会第二十四届特别会议的后续行动：优先主题：通过社会发展促进充分和生产性就业与人人享有体面工"
            "作以克服不平等");
  EXPECT_EQ(d.front_matter.title.value_or(""), "为非正规经济中的劳动者提供社会保护");
  EXPECT_EQ(d.kind.value_or(""), "report");
}

// A functional commission's report recommends a draft resolution: its head,
// "决议草案一", then its title, wrapped over two lines of a PDF page, the first
// run to the right margin ("…加快从 2019 冠状病" / "毒病疫情中复苏"), then the
// formula. Read from the page (set-up 00 of report-commission-social-development-61),
// the title is the draft's subhead, not a paragraph.
TEST(PdfMore2, ADraftsTitleWrappedOnAPdfPageIsItsSubhead) {
  const Document d = pdf_doc("pdf_more2_draft_title_wrapped");
  const auto titles = section_titles(d);
  EXPECT_NE(std::find(titles.begin(), titles.end(),
                      "通过充分就业和人人有体面工作创造充分的生产性就业，以克服不平等现象，加快从2019冠状病毒病疫情中复苏"),
            titles.end());
}

// The same report in set-up 03: its officers listed a label and a name a
// line, "主席：" / "胡安·卡洛斯·佩雷斯(阿根廷)" / "副主席：" / …, with no blank
// lines between, as a PDF's text gives them. The name's line stops well
// short of the right margin: the label below it opens a paragraph of its
// own, not the name's rest.
TEST(PdfMore2, AnOfficersLabelBelowALineStoppedShortOpensItsParagraph) {
  const Document d = pdf_doc("pdf_more2_officers_labels");
  std::vector<std::string> texts;
  for (const Node* p : test::nodes_of(d, NodeKind::Paragraph)) texts.push_back(p->text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "胡安·卡洛斯·佩雷斯(阿根廷)"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "副主席："), texts.end());
}

#ifdef UNDOC_WITH_PDF

// A table whose columns stand closer than two ems: "298 600" ends 20 pt
// short of the next column's "611 000". Words shaped as a number's groups
// so far apart are two cells; a number's own groups stand a space apart.
TEST(PdfMore2, NumbersACellApartAreNoThousandsGroup) {
  std::vector<Word> w;
  double y = 760;
  for (const auto& [a, b, c, d] : std::vector<std::tuple<std::string, std::string, std::string, std::string>>{
           {"Object", "2024", "2025", "Total"},
           {"Staff", "312 400", "298 600", "611 000"},
           {"Experts", "86 500", "40 000", "126 500"},
           {"Travel", "68 300", "52 100", "120 400"},
           {"Total", "467 200", "390 700", "857 900"}}) {
    w.push_back({72, y, 11, a});
    w.push_back({190, y, 11, b});
    w.push_back({278, y, 11, c});
    w.push_back({338, y, 11, d});
    y -= 15;
  }
  const PdfText t = read_pdf(make_pdf(w));
  const std::string s = to_utf8(t.text);
  EXPECT_NE(s.find("Staff\t312 400\t298 600\t611 000\n"), std::string::npos) << s;
  EXPECT_NE(s.find("Total\t467 200\t390 700\t857 900\n"), std::string::npos) << s;
}

#endif

}  // namespace undoc_test_pdf_more2_test
