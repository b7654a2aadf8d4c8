// The segmenter's own interface for callers that tokenise many texts (the
// token rows of undoc tokens): tokens as views, into a vector the caller
// keeps from text to text.
#pragma once
#include <string_view>
#include <utility>
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

// The same tokens as tokenize_into, handed to f(tokens, bound) a piece of the
// text at a time (`bound`: at most the bytes of the piece's tokens' texts):
// a text longer than `piece_bytes` is cut where a sentence starts after a 。
// that no quote spans, so that a paragraph of many megabytes needs the
// segmenter's buffers for one piece, not for all of it (the tokens' offsets
// and sentence numbers are the whole text's).
// A reference to what is done with a piece's tokens, f(tokens, bound) (as
// C++26's std::function_ref: a std::function of a lambda that captures more
// than two words allocates, once per text here).
class PieceFn {
 public:
  template <class F>
  PieceFn(F& f)  // NOLINT: implicit, like std::function_ref
      : obj_(&f), call_([](void* o, std::vector<TokenView>& t, size_t b) { (*static_cast<F*>(o))(t, b); }) {}
  void operator()(std::vector<TokenView>& tokens, size_t bound) const { call_(obj_, tokens, bound); }

 private:
  void* obj_;
  void (*call_)(void*, std::vector<TokenView>&, size_t);
};
void tokenize_pieces(std::string_view text, const std::vector<FootnoteRef>& markers, std::vector<TokenView>& out,
                     size_t piece_bytes, PieceFn f);
inline constexpr size_t kPieceBytes = 256 * 1024;

// ICU's word break over `text` (UTF-8): the end of each segment (a code
// point offset) and its rule status, as the segmenter finds them (runs of
// ideographs searched over ICU's dictionary by the segmenter itself, the rest
// by ICU's iterator) or, with icu_only, as ICU's iterator gives them all.
std::vector<std::pair<int, int>> word_breaks(std::string_view text, bool icu_only);
// Whether ICU's dictionary could be opened for the segmenter's own search
// (else ICU's iterator segments everything).
bool own_dictionary_search();

// undoc::sentences(text), a piece of about `piece_bytes` at a time (the same
// sentences: the cuts are tokenize_pieces').
std::vector<std::pair<int, int>> sentences(std::string_view text, size_t piece_bytes);

}  // namespace undoc::detail
