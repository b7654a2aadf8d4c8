// A build without poppler-cpp (UNDOC_WITH_PDF off): PDF input is refused
// with a message that says how to get it.
#include "undoc/decode.hpp"
#include "undoc/pdf.hpp"

namespace undoc {

bool pdf_supported() { return false; }

PdfText read_pdf(std::string_view) {
  throw InputError("E-PDF-UNSUPPORTED", 0,
                   "is a PDF file, and this undoc was built without PDF support (rebuild with "
                   "libpoppler-cpp-dev installed and -DUNDOC_WITH_PDF=ON), or convert it with pdftotext first");
}

}  // namespace undoc
