// libFuzzer target for the tokenizer: any text (the bytes read as UTF-8, an
// ill-formed sequence made U+FFFD) is cut at ICU's word boundaries, with
// ICU's rule statuses, whether the segmenter searches a run of ideographs
// over ICU's dictionary itself or ICU's iterator does (a differential check
// of analyze/segment.cpp's CjDict against ICU); and its tokens stand in
// order within the text, each the text at its offset, never a crash or a hang.
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DUNDOC_BUILD_FUZZ=ON -DUNDOC_BUILD_TESTS=OFF
//   mkdir -p /tmp/tok-corpus && cp samples/*.txt fuzz/corpus/* /tmp/tok-corpus/
//   cmake --build build-fuzz -j2 && build-fuzz/fuzz/undoc_tokens_fuzz -max_total_time=60 -max_len=4096 /tmp/tok-corpus
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "analyze/segment.hpp"
#include "undoc/analyze.hpp"
#include "undoc/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = undoc::to_utf8(undoc::from_utf8(std::string_view(reinterpret_cast<const char*>(data), size)));
  if (undoc::detail::word_breaks(text, false) != undoc::detail::word_breaks(text, true)) __builtin_trap();
  const undoc::U32 cp = undoc::from_utf8(text);
  int end = 0;
  for (const undoc::Token& t : undoc::tokenize(text)) {
    if (std::string_view(t.kind) == "footnote") continue;  // (no markers given)
    if (t.offset < end || t.length <= 0 || static_cast<size_t>(t.offset + t.length) > cp.size()) __builtin_trap();
    if (undoc::to_utf8(undoc::U32View(cp).substr(t.offset, t.length)) != t.text) __builtin_trap();
    end = t.offset + t.length;
  }
  return 0;
}
