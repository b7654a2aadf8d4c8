// libFuzzer target: any bytes through the whole pipeline must give either a
// document (whose JSON renders) or an InputError, never a crash or a hang;
// and no text may be lost: every Han character of the decoded input is in
// the document's text fields, structural labels too (as
// tests/readers/check_coverage.py checks: the masthead's lines as written,
// the TOC's column heads, the labels of TOC rows and annexes, an agenda line).
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DUNDOC_BUILD_FUZZ=ON -DUNDOC_BUILD_TESTS=OFF
//   mkdir -p /tmp/corpus && cp samples/*.txt fuzz/corpus/* /tmp/corpus/
//   cmake --build build-fuzz -j2 && build-fuzz/fuzz/undoc_fuzz -max_total_time=60 /tmp/corpus
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "undoc/undoc.hpp"

namespace {

using undoc::U32;

void count_han(const std::string& s, std::map<char32_t, long>& into) {
  for (char32_t c : undoc::from_utf8(s))
    if (undoc::is_han(c)) ++into[c];
}

void strings_of(const undoc::Json& j, std::map<char32_t, long>& into) {
  if (j.is_string()) {
    count_han(j.get<std::string>(), into);
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it.key() != "source" && it.key() != "diagnostics") strings_of(*it, into);
  } else if (j.is_array()) {
    for (const auto& v : j) strings_of(v, into);
  }
}

// The Han characters a reader must find: every one of the input's.
std::map<char32_t, long> wanted(const U32& text) {
  std::map<char32_t, long> want;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of(U"\n\r", start);
    if (end == U32::npos) end = text.size();
    U32 line = text.substr(start, end - start), compact;
    for (char32_t c : line)
      if (!undoc::is_space(c) && c != U'\f' && c != 0xFEFF) compact.push_back(c);  // (a stray BOM too)
    for (char32_t c : compact)
      if (undoc::is_han(c)) ++want[c];
    start = end + 1;
  }
  return want;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (undoc::looks_like_pdf(bytes)) return 0;  // (the PDF path has its own target)
  for (bool lenient : {false, true}) {
    undoc::Options o;
    o.decode.lenient = lenient;
    try {
      undoc::Document d = undoc::convert(bytes, "fuzz", o);
      if (!undoc::check_tree(d).empty()) __builtin_trap();  // a broken tree is a bug
      std::string out = undoc::render_json(d) + undoc::render_jsonl(d) + undoc::render_outline(d, false) +
                        undoc::render_csv({&d}, undoc::CsvTable::Paragraphs);
      if (out.empty()) __builtin_trap();
      // nothing lost
      std::map<char32_t, long> have;
      strings_of(undoc::to_json(d), have);
      for (const auto& [c, n] : wanted(undoc::decode(bytes, o.decode).text))
        if (have[c] < n) __builtin_trap();
    } catch (const undoc::InputError&) {
      if (lenient && size > 0 && bytes.find('\0') == std::string_view::npos) {
        // lenient decoding of NUL-free bytes must not fail
        __builtin_trap();
      }
    }
  }
  return 0;
}
