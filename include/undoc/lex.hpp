// lex: text -> classified lines. Context-free: each line is classified on its
// own shape; the parser decides with context what an ambiguous line is.
#pragma once
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "undoc/text.hpp"

namespace undoc {

enum class LineKind : unsigned char {
  Blank,
  Chapter,       // 一. 引言 / 一、引言
  Section,       // A. 性别
  Numbered,      // 23. 与会者… (paragraph or numbered subsection; parser decides)
  Article,       // 第一条, 第1条 定义, 规则1
  Part,          // 第一部分 (parts of an instrument)
  Annex,         // 附件 / 附件一 / 附件 二
  TocTitle,      // 目录
  FootnoteBody,  // ¹ A/60/871。 / * A/61/150。
  BareNumber,    // 12 (page number or footnote label)
  DigitNote,     // 6 A/60/871. (plain-digit footnote candidate)
  Symbol,        // A/61/187 (also "A/61/187*", "A/61/187 3": a header with its page number)
  PageOf,        // 3/20 (page 3 of 20)
  Rule,          // ______ (the rule above footnotes)
  JobNumber,     // 06-45095 (C) / *0645095*
  TableRow,      // cells separated by TAB
  Text,
};

// A line's characters are views: into the characters its Lines holds (one
// buffer for every line's text, one for the folded forms that differ from
// the text), or, for a line classify() makes on its own, into its own copy
// (`own`, shared by the line's copies). No allocation per line, and a line
// whose folded form is its text holds it once.
struct LineChars;  // classify()'s copy of a line's characters
class OwnChars {   // a counted reference to one (a pointer's size: every line has one)
 public:
  OwnChars() = default;
  explicit OwnChars(LineChars* p);
  OwnChars(const OwnChars& o);
  OwnChars(OwnChars&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  OwnChars& operator=(OwnChars o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~OwnChars();
  explicit operator bool() const { return p_ != nullptr; }

 private:
  LineChars* p_ = nullptr;
};

struct Line {
  U32View text;            // original characters, form feeds removed
  const char32_t* fold_ = nullptr;  // folded form, same length as text (fold())
  long value = -1;         // numeric value of label
  uint32_t label_at = 0;   // the label (label()): its offset in text and length
  uint32_t label_size = 0;
  uint32_t body = 0;       // offset in text where the content starts (after the label
                           // for headings and paragraphs; the whole text otherwise)
  uint32_t after_label = 0;  // offset after the label, for every labelled kind
  int number = 0;          // 1-based source line
  int page : 30 = 0;       // 0-based page index (form feeds)
  int space_above : 2 = -1;  // read from a PDF page: 1 set below a paragraph's spacing (lower below the line
                             // above than the page's lines follow each other), 0 not; -1 unknown (text input)
  int width = 0;           // display width of the trimmed line
  signed char right_gap = -1;  // read from a PDF page: whole ems it stops short of the right margin; -1 unknown
  signed char indent = -1;     // read from a PDF page: whole ems it starts right of the left margin; -1 unknown
  // (bit-fields: the kind and the flags below in two bytes, a line in 64)
  LineKind kind : 5 = LineKind::Blank;
  bool page_start : 1 = false;  // a form feed came before this line
  signed char bold : 2 = -1;    // read from a PDF page: 1 set in bold, 0 not; -1 unknown (text input)
  signed char foot : 2 = -1;    // read from a PDF page: 1 in the smaller type at the page foot, 0 not; -1 unknown
  signed char centered : 2 = -1;  // read from a PDF page: 1 set in the middle between the margins, 0 not; -1 unknown
  signed char large : 2 = -1;     // read from a PDF page: 1 set larger than the body type, 0 not; -1 unknown
  signed char band : 2 = -1;      // read from a PDF page: 1 in a page's top or bottom band, repeated on other pages
  bool blank() const { return kind == LineKind::Blank; }
  U32View content() const { return text.substr(body); }
  U32View fold() const { return U32View(fold_ ? fold_ : text.data(), text.size()); }
  U32View label() const { return text.substr(label_at, label_size); }  // number as written: 一, A, 23, ¹, *
  void set_label(size_t at, size_t size) {
    label_at = static_cast<uint32_t>(at);
    label_size = static_cast<uint32_t>(size);
  }
};
static_assert(sizeof(Line) <= 64);

// A line classify() makes on its own: it holds the characters it views
// (`own`, shared by its copies; a Line copied from it views them only while
// it lives).
struct OwnedLine : Line {
  OwnChars own;
};

// Move-only: its lines view the characters it holds.
struct Lines {
  std::vector<Line> lines;
  int pages = 1;
  bool has_form_feeds = false;  // pages known: by form feeds, or told by their footers (pages_inferred)
  bool pages_inferred = false;  // no form feeds: pages told by the job number closing each (lex())
  std::unique_ptr<U32> chars;   // the text lexed, each line's characters where they stood
  std::unique_ptr<U32> folded;  // the folded forms that differ from their text, one after another
  bool markdown = false;        // the text is Markdown (is_markdown()): its lines read without their marks
  std::vector<std::pair<int, U32>> markup;  // each such line's number and the marks taken from it
  std::vector<int> md_blocks;  // (Markdown) the lines, by number, that open a list's item ("- …") or a
                               // block quote's paragraph ("> …"): each a paragraph of its own
};

// (the text is taken, not copied: the lines view it)
Lines lex(U32 text);
OwnedLine classify(int number, U32 text);  // one line, no page information
LineKind classify_kind(U32View text);  // classify(0, text).kind, the text not copied
bool is_markdown(U32View text);        // "## 标题", "| 甲 | 乙 |" over "|---|---|", "[^1]: …" (see lex.cpp)

}  // namespace undoc
