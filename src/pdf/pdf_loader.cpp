// read_pdf in the program: the PDF reader lives in a module (libundoc-pdf.so,
// linked with poppler and its twenty-odd libraries), loaded with dlopen the
// first time a PDF file is read. A run on text files never loads them: they
// took most of undoc's start-up (dynamic linking: 16 of 17 million
// instructions for a one-line document).
#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "undoc/decode.hpp"
#include "undoc/pdf.hpp"

#ifndef UNDOC_PDF_MODULE_DIR
#define UNDOC_PDF_MODULE_DIR "/usr/local/lib/undoc"
#endif

namespace undoc {
namespace {

using ReadFn = int (*)(const char*, std::size_t, PdfText*, std::string*, std::string*);
using AbiFn = int (*)();

struct Module {
  ReadFn read = nullptr;
  std::string error;                // why it could not be loaded
  std::vector<std::string> tried;   // where it was looked for
};

const char* kName = "libundoc-pdf.so";

std::vector<std::string> candidates() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("UNDOC_PDF_MODULE"); env && *env) out.push_back(env);
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto dir = exe.parent_path();
    out.push_back((dir / kName).string());                                  // the build tree
    out.push_back((dir.parent_path() / "lib" / "undoc" / kName).string());  // PREFIX/bin -> PREFIX/lib/undoc
    out.push_back((dir.parent_path() / UNDOC_PDF_MODULE_LIBDIR / "undoc" / kName).string());
  }
  out.push_back(std::string(UNDOC_PDF_MODULE_DIR) + "/" + kName);
  return out;
}

const Module& module() {
  static Module m;
  static std::once_flag once;
  std::call_once(once, [] {
    for (const auto& path : candidates()) {
      m.tried.push_back(path);
      if (::access(path.c_str(), R_OK) != 0) continue;
      void* h = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!h) {
        const char* why = ::dlerror();
        m.error = why ? std::string(why) : path + ": cannot be loaded";
        continue;
      }
      auto abi = reinterpret_cast<AbiFn>(::dlsym(h, "undoc_pdf_module_abi"));
      auto read = reinterpret_cast<ReadFn>(::dlsym(h, "undoc_pdf_module_read"));
      auto layout = reinterpret_cast<void (*)(std::size_t*)>(::dlsym(h, "undoc_pdf_module_layout"));
      auto version = reinterpret_cast<const char* (*)()>(::dlsym(h, "undoc_pdf_module_version"));
      std::size_t sizes[4] = {0, 0, 0, 0}, ours[4];
      if (layout) layout(sizes);
      pdf_module_layout(ours);
      const bool same = abi && read && layout && version && abi() == kPdfModuleAbi &&
                        std::string(version()) == UNDOC_VERSION && std::equal(sizes, sizes + 4, ours);
      if (!same) {
        m.error = path + ": not the PDF module of this undoc (another version or build)";
        ::dlclose(h);
        continue;
      }
      m.read = read;
      m.error.clear();
      return;
    }
  });
  return m;
}

}  // namespace

bool pdf_supported() { return module().read != nullptr; }

PdfText read_pdf(std::string_view bytes) {
  const Module& m = module();
  if (!m.read) {
    std::string where;
    for (const auto& t : m.tried) where += (where.empty() ? "" : ", ") + t;
    throw InputError("E-PDF-UNSUPPORTED", 0,
                     "is a PDF file, and undoc's PDF module (" + std::string(kName) + ") " +
                         (m.error.empty() ? "is not installed (looked for " + where + ")" : "failed to load: " + m.error) +
                         "; reinstall undoc with PDF support, set UNDOC_PDF_MODULE to the module's file, or convert "
                         "the file with pdftotext first");
  }
  PdfText out;
  std::string code, message;
  if (m.read(bytes.data(), bytes.size(), &out, &code, &message) != 0) throw InputError(code, 0, message);
  return out;
}

}  // namespace undoc
