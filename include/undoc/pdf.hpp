// pdf: a PDF file -> the same text lines the text path reads, with the
// geometry of each line beside it. Only this stage looks at PDF bytes
// (poppler-cpp; built when UNDOC_WITH_PDF is on).
//
// What the page states is turned into the text path's own conventions, so
// one parser serves both: lines in reading order from their positions (not
// from an extractor's guess), pages separated by form feeds, cells of a row
// (a table's, a TOC's, a masthead's) separated by TAB where the page leaves a
// wide gap between them, and footnote markers set smaller and raised (in the
// running text and as labels at the page foot) written as superscript
// digits, so they are linked exactly. Every character drawn on a page is in
// the text; nothing is added but spaces, TABs, line ends and form feeds.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "undoc/model.hpp"
#include "undoc/text.hpp"

namespace undoc {

// Where a line stands on its page, in PDF points from the page's top left.
struct LineGeometry {
  int page = 0;          // 0-based
  double x = 0, y = 0;   // top left of the line's box
  double width = 0, height = 0;
  double size = 0;       // the font size of most of its characters
  bool bold = false;     // most of its characters are set in a bold face
  bool small = false;    // set smaller than the document's body type
  bool foot = false;     // in the block of smaller type at the page's foot (footnotes)
  double indent = 0;     // how far it starts right of the page's text margin, in ems
  double right_gap = 0;  // how far it stops short of the page's right text margin, in ems
  bool centered = false; // set in the middle: as far from both text margins (within an em), two ems or more
  bool large = false;    // set larger than the document's body type (a title's, a heading's)
  bool space_above = false;  // set lower below the line above than the page's lines of body type follow each
                             // other, by a third of an em or more: a paragraph's spacing stands above it
  bool band = false;     // page furniture by place: in the top or bottom band of its page, and the same
                         // words (numbers aside) stand there on other pages too (not page 1's top: the masthead)
};

struct PdfText {
  U32 text;                          // lines separated by \n, pages by \f
  std::vector<LineGeometry> lines;   // one per line of `text` (form feeds start a line)
  int pages = 0;
  double body_size = 0;              // the font size most characters are set in (in the pages' upper parts)
  int raised_markers = 0;            // markers read from raised, smaller glyphs
  std::vector<std::string> evidence; // what the reader decided, for source.layout
};

// The PDF module's interface, checked by the program before it calls the
// module (src/pdf/pdf_loader.cpp) and stated by the module itself
// (src/pdf/pdf_module.cpp): its version of this interface, and the sizes of
// the structures passed across, as each side was compiled.
inline constexpr int kPdfModuleAbi = 3;
inline void pdf_module_layout(std::size_t sizes[4]) {
  sizes[0] = sizeof(PdfText);
  sizes[1] = sizeof(LineGeometry);
  sizes[2] = sizeof(std::string);
  sizes[3] = sizeof(std::vector<LineGeometry>);
}

// Whether these bytes are a PDF file (the %PDF- header in its first KB).
bool looks_like_pdf(std::string_view bytes);

// Whether this build reads PDF files (poppler-cpp found at build time).
bool pdf_supported();

// Throws InputError: E-PDF (damaged, or not readable), E-PDF-ENCRYPTED (needs
// a password), E-PDF-NO-TEXT (image-only: needs OCR first), E-PDF-FONTS (set
// in CJK fonts it does not embed, and poppler-data is not installed), E-PDF-UNSUPPORTED
// (this build has no PDF support).
PdfText read_pdf(std::string_view bytes);

// The reader itself, in the PDF module (libundoc-pdf.so, linked with poppler):
// read_pdf loads the module the first time a PDF file is read, so a run on
// text never loads poppler and its libraries (start-up). UNDOC_PDF_MODULE
// names the module's file to use instead of the ones undoc looks for.
PdfText read_pdf_poppler(std::string_view bytes);

}  // namespace undoc
