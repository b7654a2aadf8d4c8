// The segmenter's own interface for callers that tokenise many texts (the
// token rows of undoc tokens): tokens as views, into a vector the caller
// keeps from text to text.
#pragma once
#include <string_view>
#include <vector>

#include "undoc/model.hpp"

namespace undoc::detail {

// A token as tokenize() finds it (undoc::Token), its text a view: into the
// text tokenised, or a footnote marker's id in `markers`. Valid as long as
// both are.
struct TokenView {
  std::string_view text;
  int offset = 0;
  int length = 0;
  int sentence = 0;
  std::string_view kind = "word";  // a string literal (Token::kind is its data())
};

// tokenize(text, markers) into `out` (cleared first). The segmenter's buffers
// are the calling thread's and are kept for its next text, and so is the
// capacity of `out`: no allocation per text or token once they have grown.
void tokenize_into(std::string_view text, const std::vector<FootnoteRef>& markers, std::vector<TokenView>& out);

}  // namespace undoc::detail
