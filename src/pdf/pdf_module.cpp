// The PDF module's entry points (libundoc-pdf.so): a C interface, so that the
// program that loads it never has to catch an exception thrown across the
// module's boundary.
#include <string>

#include "undoc/decode.hpp"
#include "undoc/pdf.hpp"

extern "C" {

// What the program checks before it calls the module: the structures passed
// across are laid out alike on both sides (a module left from another build
// of undoc is refused, not trusted with them).
__attribute__((visibility("default"))) int undoc_pdf_module_abi() { return undoc::kPdfModuleAbi; }
__attribute__((visibility("default"))) void undoc_pdf_module_layout(std::size_t* sizes) {
  undoc::pdf_module_layout(sizes);
}
__attribute__((visibility("default"))) const char* undoc_pdf_module_version() { return UNDOC_VERSION; }

// 0: read, into *out; 1: an input error, its code and message set.
__attribute__((visibility("default"))) int undoc_pdf_module_read(const char* data, std::size_t size,
                                                                   undoc::PdfText* out, std::string* code,
                                                                   std::string* message) {
  try {
    *out = undoc::read_pdf_poppler(std::string_view(data, size));
    return 0;
  } catch (const undoc::InputError& e) {
    *code = e.code;
    *message = e.what();
  } catch (const std::bad_alloc&) {
    *code = "E-RESOURCE";
    *message = "ran out of memory reading this PDF file";
  } catch (const std::exception& e) {
    *code = "E-PDF";
    *message = std::string("is not a readable PDF file (") + e.what() + ")";
  } catch (...) {
    *code = "E-PDF";
    *message = "is not a readable PDF file";
  }
  return 1;
}

}  // extern "C"
