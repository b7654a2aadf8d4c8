// libFuzzer target for the PDF path: any bytes after a %PDF- header through
// poppler and the whole pipeline give a document (whose JSON renders) or an
// InputError (E-PDF…), never a crash or a hang. Poppler itself is not built
// with the sanitizers; undoc's side of it is.
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DUNDOC_BUILD_FUZZ=ON -DUNDOC_BUILD_TESTS=OFF
//   mkdir -p /tmp/pdf-corpus && cp samples/*.pdf tests/pdf/*.pdf tests/pdf/*/*.pdf /tmp/pdf-corpus/
//   cmake --build build-fuzz -j2
//   LSAN_OPTIONS=suppressions=.ci/lsan.supp build-fuzz/fuzz/undoc_pdf_fuzz -max_total_time=600 -rss_limit_mb=4096 /tmp/pdf-corpus
// (the suppression: fontconfig, which poppler calls for a font a PDF does not embed, leaks)
#include <cstddef>
#include <cstdint>
#include <string>

#include "undoc/undoc.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!undoc::looks_like_pdf(bytes)) bytes.insert(0, "%PDF-1.4\n");
  try {
    undoc::Document d = undoc::convert(bytes, "fuzz.pdf");
    if (d.source.format != "pdf" || !undoc::check_tree(d).empty()) __builtin_trap();
    if (undoc::render_json(d).empty()) __builtin_trap();
  } catch (const undoc::InputError& e) {
    if (e.code.rfind("E-PDF", 0) != 0) __builtin_trap();  // only the PDF errors
  }
  return 0;
}
