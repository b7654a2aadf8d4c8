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

}  // namespace undoc::test
