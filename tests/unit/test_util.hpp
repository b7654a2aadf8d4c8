// Helpers shared by the unit tests.
#pragma once
#include <gtest/gtest.h>
#include <fmt/format.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "undoc/text.hpp"
#include "undoc/undoc.hpp"

namespace undoc::test {

// A file of the repository, as bytes.
inline std::string read_file(const std::string& rel) {
  std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// UTF-8 text in another encoding, by ICU.
inline std::string reencode(const std::string& utf8, const char* charset) {
  UErrorCode ec = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &ec);
  EXPECT_TRUE(U_SUCCESS(ec)) << u_errorName(ec);
  out.resize(static_cast<size_t>(n));
  return out;
}

// A text parsed, not validated, its tree checked (check_tree) as it is made.
inline Document doc_of(const std::string& text) {
  Options o;
  o.validate = false;
  Document d = convert(text, "t.txt", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

// The body's nodes of one kind, depth first (nested ones included).
inline std::vector<const Node*> nodes_of(const Document& d, NodeKind kind) {
  std::vector<const Node*> out;
  walk(d.body, [&](const Node& n) {
    if (n.kind == kind) out.push_back(&n);
  });
  return out;
}

// The footnote whose id is `id` ("1", "*", "a"), or null.
inline const Footnote* footnote(const Document& d, const std::string& id) {
  for (const Footnote& f : d.footnotes)
    if (f.id == id) return &f;
  return nullptr;
}

// The Markdown marks listed (furniture of kind "markup") for line `line`, ""
// when none.
inline std::string markup_of(const Document& d, int line) {
  std::string out;
  for (const Furniture& f : d.furniture)
    if (f.kind == "markup" && f.line == line) out += f.text;
  return out;
}

// The body's paragraph numbered `number` (nested ones included), or null.
inline const Node* numbered_paragraph(const Document& d, long number) {
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->paragraph_number == number) return n;
  return nullptr;
}

// The text undoc reads from a PDF (tests/unit/data/NAME.txt), parsed with the
// geometry the page gave each line (NAME.geom, a line each: "right_gap indent
// foot bold centered large band [space_above]", as src/undoc.cpp sets them),
// so a test sees what the parse sees on the PDF without a PDF file in the
// repository; without it (with_geometry false), as plain text would be.
inline Document pdf_doc(const std::string& name, bool with_geometry = true) {
  const std::string text = read_file("tests/unit/data/" + name + ".txt");
  std::istringstream geom(read_file("tests/unit/data/" + name + ".geom"));
  Lines lines = lex(from_utf8(text));
  if (with_geometry) {
    std::string row;
    for (auto& l : lines.lines) {
      if (!std::getline(geom, row)) break;
      std::istringstream r(row);
      int rg = 0, ind = 0, foot = 0, bold = 0, centered = 0, large = 0, band = 0, space = 0;
      if (!(r >> rg >> ind >> foot >> bold >> centered >> large >> band)) break;
      if (r >> space) l.space_above = space ? 1 : 0;  // (an eighth column: space_above)
      l.right_gap = static_cast<signed char>(rg);
      l.indent = static_cast<signed char>(ind);
      l.foot = foot ? 1 : 0;
      l.bold = bold ? 1 : 0;
      l.centered = centered ? 1 : 0;
      l.large = large ? 1 : 0;
      l.band = band ? 1 : 0;
    }
  }
  Source src;
  src.name = name + ".pdf";
  return parse(lines, src);
}

// A PDF file of these objects (numbered 1, 2, … in order; the first the
// catalog), with its cross-reference table and trailer.
inline std::string pdf_of(const std::vector<std::string>& objects) {
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

// A ToUnicode CMap mapping each of these characters' CIDs (Identity-H: the
// code point itself) to the character, a PDF font's stream.
inline std::string to_unicode_cmap(const std::set<char32_t>& used) {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering "
      "(UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> "
      "<FFFF> endcodespacerange\n";
  std::vector<char32_t> chars(used.begin(), used.end());
  for (size_t i = 0; i < chars.size(); i += 100) {
    const size_t n = std::min<size_t>(100, chars.size() - i);
    cmap += fmt::format("{} beginbfchar\n", n);
    for (size_t j = i; j < i + n; ++j) cmap += fmt::format("<{0:04X}> <{0:04X}>\n", static_cast<unsigned>(chars[j]));
    cmap += "endbfchar\n";
  }
  cmap += "endcmap CMapName currentdict /CMap defineresource pop end end\n";
  return cmap;
}

// One run of words at (x, y) from the page's bottom left, in size pt, bold
// (a face named "…-Bold") or not. A Han character is an em wide, an ASCII one half.
struct PdfWord {
  double x, y, size;
  bool bold;
  std::string text;  // UTF-8, the Basic Multilingual Plane only
};

// An A4 PDF of these pages that sets each word in the font `family` or
// `family`-Bold, a CJK font not embedded (Identity-H, its characters mapped
// back by a ToUnicode table: poppler reads them without the font).
inline std::string pdf_pages(const std::vector<std::vector<PdfWord>>& pages, const std::string& family) {
  std::set<char32_t> used;
  std::vector<std::string> contents;
  for (const auto& words : pages) {
    std::string content;
    for (const PdfWord& w : words) {
      std::string hex;
      for (char32_t c : from_utf8(w.text)) {
        hex += fmt::format("{:04X}", static_cast<unsigned>(c));
        used.insert(c);
      }
      content += fmt::format("BT /F{} {} Tf {} {} Td <{}> Tj ET\n", w.bold ? 2 : 1, w.size, w.x, w.y, hex);
    }
    contents.push_back(std::move(content));
  }
  const std::string cmap = to_unicode_cmap(used);
  // objects: 1 catalog, 2 pages, then each page and its content, then the
  // two fonts, their CID fonts, the CMap and their descriptors
  const size_t n = pages.size(), f = 3 + 2 * n;  // (the first font's number)
  const std::string names[] = {family, family + "-Bold"};
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>"};
  std::string kids;
  for (size_t k = 0; k < n; ++k) kids += fmt::format("{} 0 R ", 3 + 2 * k);
  objects.push_back(fmt::format("<< /Type /Pages /Kids [{}] /Count {} >>", kids, n));
  for (size_t k = 0; k < n; ++k) {
    objects.push_back(fmt::format("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R /Resources << "
                                  "/Font << /F1 {} 0 R /F2 {} 0 R >> >> >>",
                                  4 + 2 * k, f, f + 1));
    objects.push_back(fmt::format("<< /Length {} >>\nstream\n{}endstream", contents[k].size(), contents[k]));
  }
  for (size_t b = 0; b < 2; ++b)
    objects.push_back(fmt::format("<< /Type /Font /Subtype /Type0 /BaseFont /{} /Encoding /Identity-H /DescendantFonts "
                                  "[{} 0 R] /ToUnicode {} 0 R >>",
                                  names[b], f + 2 + b, f + 4));
  for (size_t b = 0; b < 2; ++b)
    objects.push_back(fmt::format("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{} /CIDSystemInfo << /Registry "
                                  "(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {} 0 R /DW 1000 /W "
                                  "[32 126 500] >>",
                                  names[b], f + 5 + b));
  objects.push_back(fmt::format("<< /Length {} >>\nstream\n{}endstream", cmap.size(), cmap));
  for (size_t b = 0; b < 2; ++b)
    objects.push_back(fmt::format("<< /Type /FontDescriptor /FontName /{} /Flags 4 /FontBBox [0 -120 1000 880] "
                                  "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
                                  names[b]));
  return pdf_of(objects);
}

}  // namespace undoc::test
