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

using namespace undoc;

namespace {

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
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  const size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (size_t off : offsets) pdf += fmt::format("{:010d} 00000 n \n", off);
  pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", objects.size() + 1, xref);
  return pdf;
}

// The text undoc reads from a PDF (tests/unit/data/NAME.txt) with the
// geometry the page gave each line (NAME.geom: "right_gap indent foot bold
// centered large band space_above" a line, as src/undoc.cpp sets them).
Document pdf_doc(const std::string& name) {
  const std::string text = test::read_file("tests/unit/data/" + name + ".txt");
  std::istringstream geom(test::read_file("tests/unit/data/" + name + ".geom"));
  Lines lines = lex(from_utf8(text));
  std::string row;
  for (auto& l : lines.lines) {
    if (!std::getline(geom, row)) break;
    std::istringstream r(row);
    int rg = 0, ind = 0, foot = 0, bold = 0, centered = 0, large = 0, band = 0, space = 0;
    if (!(r >> rg >> ind >> foot >> bold >> centered >> large >> band >> space)) break;
    l.right_gap = static_cast<signed char>(rg);
    l.indent = static_cast<signed char>(ind);
    l.foot = foot ? 1 : 0;
    l.bold = bold ? 1 : 0;
    l.centered = centered ? 1 : 0;
    l.large = large ? 1 : 0;
    l.band = band ? 1 : 0;
    l.space_above = space ? 1 : 0;
  }
  Source src;
  src.name = name + ".pdf";
  return parse(lines, src);
}

std::vector<std::string> section_titles(const Document& d) {
  std::vector<std::string> out;
  for (const Node* n : test::nodes_of(d, NodeKind::Section)) out.push_back(to_utf8(without_spaces(from_utf8(n->title))));
  return out;
}

}  // namespace

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
