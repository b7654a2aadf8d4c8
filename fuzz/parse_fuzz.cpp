// libFuzzer target: any bytes through the whole pipeline must give either a
// document (whose JSON renders) or an InputError, never a crash or a hang.
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DUNDOC_BUILD_FUZZ=ON -DUNDOC_BUILD_TESTS=OFF
//   mkdir -p /tmp/corpus && cp samples/*.txt fuzz/corpus/* /tmp/corpus/
//   cmake --build build-fuzz -j2 && build-fuzz/fuzz/undoc_fuzz -max_total_time=60 /tmp/corpus
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "undoc/undoc.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (bool lenient : {false, true}) {
    undoc::Options o;
    o.decode.lenient = lenient;
    try {
      undoc::Document d = undoc::convert(bytes, "fuzz", o);
      if (!undoc::check_tree(d).empty()) __builtin_trap();  // a broken tree is a bug
      std::string out = undoc::render_json(d) + undoc::render_jsonl(d) + undoc::render_outline(d, false) +
                        undoc::render_csv({&d}, undoc::CsvTable::Paragraphs);
      if (out.empty()) __builtin_trap();
    } catch (const undoc::InputError&) {
      if (lenient && size > 0 && bytes.find('\0') == std::string_view::npos) {
        // lenient decoding of NUL-free bytes must not fail
        __builtin_trap();
      }
    }
  }
  return 0;
}
