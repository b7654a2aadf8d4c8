// The Parser behind undoc::parse(): the state it keeps over the lines and
// its passes, one source file each:
//   parse.cpp         the driver and the line helpers
//   furniture.cpp     pass 1 (layout: is the text hard-wrapped) and 2 (page furniture)
//   footnotes.cpp     pass 3 (footnote bodies and the markers pointing at them)
//   front_matter.cpp  pass 4a
//   toc.cpp           pass 4b (table of contents)
//   body.cpp          pass 4c (headings, paragraphs, flattened tables)
//   annexes.cpp       pass 4d, then footnote links and the coverage report
// Internal: only src/parse includes it.
#pragma once
#include <array>
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "conventions.hpp"
#include "undoc/parse.hpp"

namespace undoc::detail {

using namespace conv;

bool field_line(U32View t);  // "出生日期和地点：…" (body.cpp)
bool toc_column_heads(U32View f);  // "段次 页次": a TOC's column heads alone (toc.cpp)
// A heading's, TOC entry's or annex's number read from its label, without the
// spaces that PDF text sets between Han characters and digits ("第 77/418 号决定",
// "规则 1", "第 5 节" give 第77/418号决定, 规则1, 第5节), its full-width letters and
// digits as ASCII (Ａ, 第１条: A, 第1条); the label keeps them, as written.
inline std::string number_text(U32View label) { return to_utf8(fold(without_spaces(label))); }
constexpr size_t kMaxHeadingChars = 90;     // chapter and section titles
constexpr size_t kMaxSubsectionChars = 60;  // numbered subsection titles
constexpr size_t kMaxSubheadChars = 30;     // unnumbered subheads
constexpr int kWidestWrappedLine = 110;     // no PDF text line is wider (display columns)

struct Marker {
  size_t pos = 0;  // code-point offset in the line text
  size_t len = 0;
  std::string id;
};

// A paragraph under construction.
struct ParaBuilder {
  Node node;
  U32 text;
  bool open = false;
  size_t last_line = 0;  // index of the last line added
};

// The kind of document (kind.cpp), from what the passes found.
std::optional<std::string> document_kind(const Document& d);

class Parser {
 public:
  Parser(const Lines& lines, Source source);

  Document run();

 private:
  // A first page set out by pdftotext -layout puts the masthead's right
  // column (Distr., the date, the languages) on the lines of its left one
  // ("议程项目 139      Chinese"): such lines are cut before the right
  // cell (their copy in split_lines_, made only then), the cells kept in
  // right_cells_ (line index, offset of the cell in the line as it was) and
  // read as masthead items (front_matter.cpp).
  std::vector<Line> split_lines_;
  std::vector<std::pair<size_t, size_t>> right_cells_;
  static const std::vector<Line>& split_masthead_columns(const std::vector<Line>& lines, std::vector<Line>& copy,
                                                         std::vector<std::pair<size_t, size_t>>& cells);
  const std::vector<Line>& L_;
  const Lines& lines_;
  Document doc_;
  std::vector<char> used_;
  // the footnote markers of each line that has any, by line index (most
  // lines have none: no vector for every line of a long document)
  struct MarkerIndex {
    std::unordered_map<size_t, std::vector<Marker>> by_line;
    const std::vector<Marker>& operator[](size_t line) const {
      static const std::vector<Marker> none;
      auto it = by_line.find(line);
      return it == by_line.end() ? none : it->second;
    }
    std::vector<Marker>& of(size_t line) { return by_line[line]; }  // (made when first written)
  };
  MarkerIndex markers_;
  bool wrapped_ = false;
  // a corrigendum: its masthead's symbol ends in /Corr.1, or 更正 stands on a
  // line of its own near the top (decide_shape)
  bool corrigendum_ = false;
  // paragraphs open with an indent of two ideographic spaces ("　　本报告…"),
  // as Chinese text is set: a line so set in opens one (measure_layout)
  bool indent_opens_ = false;
  // and only a paragraph's first line is set in: its wrapped lines stand at
  // the margin (three lines set in so at least with a line at the margin
  // right below them), so a line set in opens a paragraph even below a full
  // line set in (a paragraph's one line that ran to the width)
  bool indent_first_only_ = false;
  // blank lines part the paragraphs: a line ending a sentence has a blank
  // line below it (three times at least, four times as often as a text line
  // right below it), so lines that stand together are one paragraph's
  bool blanks_part_ = false;
  bool ideographic_indent(size_t i) const {
    const U32View t = L_[i].text;
    return t.size() > 2 && t[0] == U'\u3000' && t[1] == U'\u3000' && !is_space(t[2]);
  }
  int wrap_width_ = 0;
  int widest_ = 0;  // the widest text line
  // the narrower width hanging numbered paragraphs wrap at (their lines set
  // in by the number's indent), when measure_layout found one; else 0
  int hang_width_ = 0;
  // the evidence of a short text read as wrapped by the lines at its width
  // alone (measure_layout), said in source.layout.evidence; else empty
  std::string short_wrap_evidence_;
  // the last line of paragraph p, a numbered one whose number stood alone
  // above its text, runs to the hanging paragraphs' width (body.cpp)
  bool hanging_full(const ParaBuilder& p) const;
  // most text lines as wide as the widest (within 4 columns) end a sentence:
  // paragraphs of one length, each on its line, not lines wrapped at a width
  bool widest_end_sentences_ = false;
  // most of them end a sentence or a clause (a preamble's "…，", an operative
  // "…；", a lead-in's "…："): clauses each on its line, a short resolution's
  // or instrument's, not lines wrapped at a width, which end mid-phrase
  bool widest_end_clauses_ = false;
  // the widest text line cut mid-phrase, an unlabelled text line below it
  // (no stop, clause end or closing mark at its end): 0 where none is
  int widest_cut_ = 0;
  // the text sets Latin and digits apart from Han with a space ("收到 77 个")
  // at least as often as it writes them together ("2023年5月31日"): a line
  // break between them stands for a space (join_text); counted when first asked
  mutable std::optional<bool> spaced_;
  bool spaced_numbers() const;
  // amounts set in groups of three parted by spaces ("1 195 600美元"), and
  // no run of five digits or more ungrouped: the document's way with numbers
  mutable std::optional<bool> grouped_;
  bool grouped_amounts() const;
  std::string symbol_;

  // ---- helpers -----------------------------------------------------------

  bool free_line(size_t i) const { return i < L_.size() && !used_[i] && !L_[i].blank(); }
  // the last non-blank line before line i is a recorded vote's label (赞成：):
  // line i lists the members who voted so
  bool after_vote_label(size_t i) const {
    while (i-- > 0)
      if (!L_[i].blank()) return is_vote_label(trimmed_fold(i));
    return false;
  }
  // undoc::join_text, as this document sets Latin and digits beside Han (spaced_numbers)
  void join_text(U32& a, U32View b) const;

  // Next line at or after i that is neither blank nor claimed.
  size_t next_free(size_t i, size_t end) const;

  // The line right after i (no blank or claimed line between), or npos.
  size_t adjacent_next(size_t i, size_t end) const;

  // Is line i full width, so that the text probably wraps onto the next line?
  // A line that runs to the wrap width. A PDF's page says so exactly: it
  // stops within an em of the right margin (a line break may leave one
  // character's room, as 禁则 does before punctuation).
  bool full(size_t i) const {
    if (L_[i].right_gap >= 0) return wrapped_ && L_[i].right_gap <= 1;
    return wrapped_ && measure(i) >= wrap_width_ - 5;
  }
  // Line j, right below line `above`, is the rest of a figure a wrap at a
  // count of characters or columns cut ("…加快从201" / "9冠状病毒病疫情中复苏"):
  // the lexer took its digits for a plain footnote's label, but no note
  // claimed it, and the line above ends in a digit that runs on into them
  bool figure_cut(size_t above, size_t j) const {
    if (j >= L_.size() || used_[j] || L_[j].kind != LineKind::DigitNote || j != above + 1) return false;
    const U32View a = trimmed_fold(above);
    return !a.empty() && a.back() >= U'0' && a.back() <= U'9';
  }
  // The width the wrap is measured on: the trimmed width, or the right edge
  // (with the indent) when the wrap shows only there (-layout).
  bool runs_on_next_page(size_t i) const;
  // A Security Council record's agenda (议程 in its front matter): the item's
  // line first, then its sub-item's and documents' lines; spaces dropped, folded.
  std::vector<U32> council_agenda_;
  bool foot_ends_with_label(size_t i, size_t from = static_cast<size_t>(-1)) const;
  size_t rest_below_label(size_t label) const;
  int measure(size_t i) const {
    // (text wrapped at a count of characters: two columns a character, as
    // the thresholds below count a Han character; an indent's spaces, "　　"
    // before a paragraph's first line, counted as the wrap counted them)
    if (count_mode_) {
      const U32View t = L_[i].fold();
      size_t e = t.size();
      while (e > 0 && is_space(t[e - 1])) --e;
      return 2 * static_cast<int>(e);
    }
    return edge_mode_ ? L_[i].width + static_cast<int>(indent(i)) : L_[i].width;
  }
  // where the trimmed line starts (each line's trim found where it is asked
  // for, not kept: 8 bytes a line, and a line's spaces are few)
  size_t indent(size_t i) const { return skip_spaces(L_[i].fold(), 0); }
  bool edge_mode_ = false;
  bool count_mode_ = false;  // the wrap is a count of characters (measure())

  U32View trimmed_content(size_t i) const { return trim_view(L_[i].content()); }
  U32View trimmed_line(size_t i) const { return trim_view(L_[i].fold()); }
  // trim_view(U32View(L_[i].fold()).substr(L_[i].body))
  U32View trimmed_fold(size_t i) const {
    // (from the body on: the spaces before it are not stepped over again)
    const U32View f(L_[i].fold());
    const size_t b = skip_spaces(f, L_[i].body);
    size_t e = f.size();
    while (e > b && is_space(f[e - 1])) --e;
    if (b >= e) return f.substr(f.size(), 0);  // (nothing but spaces after the body)
    return f.substr(b, e - b);
  }

  // Text of line i from `from`, trimmed, markers removed; marker offsets are
  // appended to refs relative to the returned text.
  U32 piece(size_t i, size_t from, std::vector<FootnoteRef>* refs) const;
  // the same into `out` (its storage kept: append reuses one buffer)
  void piece_into(U32& out, size_t i, size_t from, std::vector<FootnoteRef>* refs) const;
  U32 piece_buffer_;

  // ---- pass 1: layout ------------------------------------------------------

  void measure_layout();
  // the lines of the masthead's agenda items' titles, below the item's line
  // and set in its narrow column (1 each; measure_layout leaves them out)
  std::vector<char> agenda_title_lines() const;
  // A layout decision that fired, told in source.layout.evidence (once each).
  void note_layout(const std::string& what) {
    auto& ev = doc_.source.layout.evidence;
    if (std::find(ev.begin(), ev.end(), what) == ev.end()) ev.push_back(what);
  }
  // The shape of the input (source.layout), from the evidence measure_layout
  // and the lines give: wrapped, one sentence per line, blocks, one paragraph per line.
  void decide_shape();
  enum class Shape { ParagraphPerLine, SentencePerLine, Wrapped, Blocks } shape_ = Shape::ParagraphPerLine;
  int sentences_joined_ = 0;  // sentence-per-line lines joined into a numbered paragraph
  int sentences_apart_ = 0;   // unnumbered sentence lines kept as paragraphs of their own

  // ---- pass 2: page furniture ---------------------------------------------

  void add_furniture(size_t i, const char* kind);

  void find_furniture();
  size_t masthead_symbol_line_ = std::string::npos;
  // the masthead's lines and cells as written, each by twice its line (and
  // one more for a right column's cell, after its line's left part), put in
  // that order into front_matter.masthead once the front matter is read (the
  // right column's cells are read before the lines they were cut from)
  std::vector<std::pair<int, std::string>> masthead_;
  std::string loose_marker_;

  // A bare number followed by footnote-looking text on the next line.
  bool starts_footnote_label(size_t i) const;
  // a page's top line holding the document's symbol and its short title
  bool headed_by_symbol(size_t i, const std::vector<char>& furn, U32View symbol) const;
  bool page_in_words(size_t i, const std::vector<char>& furn, U32View symbol) const;
  bool near_furniture(size_t i, const std::vector<char>& furn) const;
  bool within_page_edge(size_t i, int n) const;  // among the first n or last n non-blank lines of its page

  // ---- pass 3: footnotes ----------------------------------------------------

  // Claims the body of a footnote starting at line i (label ending at
  // text offset `from`), with its continuation lines; returns the index.
  void add_footnote(const std::string& id, size_t i, size_t from);
  // A footnote whose label stands on a line apart from its body lines.
  void add_split_footnote(const std::string& id, size_t label, const std::vector<size_t>& body);

  // A blank line or the footnote rule right above line i.
  bool set_off_above(size_t i) const;

  // From line k to the end of its page: nothing but text, footnotes, furniture.
  bool footer_below(size_t k) const;


  // Look for the plain-digit marker `id` above line i (same page, after the
  // previous footnote): digits glued to CJK text or left at a line end.
  // (far: any page above, up to 2,000 lines: whether a numbering began there)
  // (a candidate glued to a word that takes a number, "目标5", "成果1": `weak`
  // says what to do with it: Prefer, the nearest other candidate above it
  // first, else it; Skip, never it; Accept, it as any other)
  enum class WeakMarker { Prefer, Skip, Accept };
  bool find_digit_marker(size_t i, long value, size_t* line_out, size_t* pos_out, bool far = false,
                         WeakMarker weak = WeakMarker::Prefer) const;

  void add_marker(size_t line, size_t pos, size_t len, const std::string& id);

  void find_footnotes();
  void keep_front_matter_words(size_t end);
  // Whether a marker above this label line (on its page or the one before)
  // calls footnote `value`: a plain digit find_digit_marker accepts, or a superscript.
  bool called_above(size_t label, long value) const;
  // Text wrapped by a count of characters: whether line `last` had room for
  // line `next`'s first word (1), or stopped before a Latin word that would not fit (-1)
  int room_for_next_word(size_t last, size_t next) const;
  // Line k of a text file wrapped without pages stops well short of the
  // wrap, the next line right below it: no wrap stops so short and goes on
  // (unless a count of characters moved a run too long for the line down).
  // Not PDF text, whose lines break at its columns and cells too, and whose
  // lines say from their type what is a heading.
  bool stops_short_over_next(size_t k) const {
    return wrapped_ && !lines_.has_form_feeds && k + 1 < L_.size() && L_[k].bold < 0 &&
           measure(k) * 2 <= wrap_width_ && room_for_next_word(k, k + 1) != -1;
  }
  // From line i to the text's end, only blank lines and numbered notes in sequence
  bool notes_to_end(size_t i) const;
  // A raised marker (superscript digits) calling note `value` above line i
  bool raised_marker_above(size_t i, long value) const;
  // A label past the next number expected (`next`): its marker is above, and
  // so is the marker of `next`, so the numbering did begin before it (the
  // notes between out of reach), not at this label.
  bool numbering_began_above(size_t label, long value, long next) const;
  // Page feet whose labels stand below all their bodies.
  void feet_with_labels_below();
  // Page feet a PDF drew before the page's text, which -raw gives at the
  // page's top, above the footer's line and the text.
  void feet_drawn_first();
  void endnotes_under_heading();

  // ---- pass 4a: front matter ------------------------------------------------

  // Where the body (or the TOC) starts.
  size_t front_matter_end() const;


  // Consecutive free lines from i (a block), joined; returns one past the end.
  // Consecutive free text lines from i (a block), joined; returns one past the
  // end. In hard-wrapped text a block goes on only past full-width lines.
  size_t block(size_t i, size_t end, U32* out, LineRange* range, size_t max_lines = 8);
  // each agenda item's title as block() last folded it, and its folded form without spaces
  std::array<std::pair<std::string, U32>, 16> agenda_title_keys_;  // (the last 16 items', by index mod 16)
  // A list of sponsors wrapped over lines from line i, up to the line where it
  // ends as the sponsors' line does (…：决议草案): that line, or npos.
  size_t sponsors_list_end(size_t i, size_t end) const;



  // A front-matter line consumed whole: its footnote markers point at the
  // front matter.
  void claim_front_matter_line(size_t i);
  size_t take_record_notice(size_t i, size_t end);  // a record's first-page notice into the notes
  size_t record_notice_last(size_t i, size_t end) const;  // the notice's last line, or npos





  size_t parse_front_matter();
  // Masthead lines that text extraction moved below the front matter (the
  // right column of the first page read after the left one).
  void claim_late_masthead(size_t from);
  // A masthead line in columns: every cell a masthead item; read them all.
  bool masthead_cells(size_t i);
  // One masthead item (symbol, organ, Distr., languages, 正式记录, session,
  // date) read into the front matter; false when it is none, or a second date.
  bool read_chinese_masthead_item(U32View f, U32View orig);  // 分发：普遍, 原文：英文 read into the front matter; false if none
  bool read_masthead_item(U32View fold, const std::string& orig);

  // ---- paragraphs -------------------------------------------------------------

  // In hard-wrapped text a paragraph whose last line ended a sentence short of
  // the full width has ended: the next line starts something new.
  // (A line ending in "；" ends an item, not the paragraph: sub-items (a),
  // (b) follow. Those and bulleted lines always continue.)
  // Text that is not hard-wrapped has one paragraph per line: a line after
  // a full stop starts anew there too.
  bool ended_before(const ParaBuilder& p, size_t i) const;
  bool speech_goes_on(const ParaBuilder& p, size_t i) const;
  bool article_text_goes_on(const ParaBuilder& p, size_t i) const;  // an article's unnumbered text takes line i  // a record's speech takes sentence line i (ended_before)

  // Text laid out a paragraph per line (not wrapped, not in blocks): a line
  // after a clause end ("，" "；" "：") starts a new paragraph even across a
  // blank line, unless it is a sub-item or a page break lies between.
  bool clause_break(const ParaBuilder& p, size_t i) const;
  bool new_text_quoted(const ParaBuilder& p, size_t i) const;  // a corrigendum item's new text below its "…改为："
  bool corrigendum_place(size_t i) const;  // "1.\t第 12 段，第二句": a corrigendum item's place
  // Does line i repeat the last characters of the paragraph before its final
  // stop (a page-boundary overlap)?
  bool overlaps(const ParaBuilder& p, size_t i) const;


  // A resolution's clause starts anew at line i: a preambular one ("注意到…，")
  // after a clause end, an operative one ("又请…；") after an operative clause
  // or after the preamble's last comma.
  bool starts_clause(const ParaBuilder& p, size_t i) const;

  static bool ends_sentence(const ParaBuilder& p);

  void start_paragraph(ParaBuilder& p, size_t i, std::optional<long> number);

  // Adds line i to an open paragraph; `fragment` when a page break (a blank
  // line, a form feed, lifted footnotes or furniture) lies between.
  void append(ParaBuilder& p, size_t i, size_t from, bool fragment);
  // Line i opens the next of a list of English items each ending in ';'
  // (paragraph p the item before it; ended_before)
  bool english_list_item(const ParaBuilder& p, size_t i) const;
  // Line i (a table's label, "表1" / "表 1 标题") has its table right below it,
  // or below its title and unit lines
  size_t stacked_labels(size_t j, size_t end, std::vector<size_t>* labels) const;  // "9." / "10." stacked below a label
  bool table_unit_line(size_t k, size_t end) const;  // "(千美元)", "(百分比)" below a table's title
  bool caption_table_below(size_t i, size_t end);

  // (in: where a marker with no text of its own is linked, no paragraph
  // above it to take it: "front_matter" or "body")
  void flush(ParaBuilder& p, std::vector<Node>& out, const char* in = "body");

  // Did anything lie between line a (last used) and line b: blank lines,
  // a page break, lifted footnotes or furniture?
  bool separated(size_t a, size_t b) const;
  // (Markdown) line number n opens a list's item or a block quote's paragraph (lex: Lines::md_blocks)
  bool md_block(int n) const { return std::binary_search(lines_.md_blocks.begin(), lines_.md_blocks.end(), n); }
  // a full line of wrapped text cut between two Han characters, the line b
  // going on with it (separated() reads one blank line between them so)
  bool short_line_then_blank(size_t last, size_t i) const;
  bool cut_mid_word(size_t a, size_t b) const;
  // Does a page break (form feed) fall between lines a and b?
  bool separated_page(size_t a, size_t b) const {
    for (size_t k = a + 1; k <= b && k < L_.size(); ++k)
      if (L_[k].page_start) return true;
    return false;
  }

  // ---- pass 4b: table of contents ---------------------------------------------




  bool opens_toc_row(size_t i) const;
  // a heading's title so far, the line below it: the contents' row of the
  // heading reads on through that line (the title wrapped in the body)
  bool toc_row_goes_on(U32View so_far, U32View next) const;
  // a line of a record's body that repeats an unlabelled row of its contents
  // (a treaty body's "审议缔约国…提交的报告(续)"), its documents perhaps after it
  int repeats_unlabelled_toc_row(U32View f) const;  // the row's level, or 0
  bool names_unlabelled_toc_row(U32View f) const;  // the whole line an unlabelled row's title
  std::vector<U32> unlabelled_toc_rows_;  // those titles, folded, without spaces, sorted (parse_toc)
  std::vector<std::pair<U32, int>> unlabelled_toc_stems_;  // those titles folded, "(续)" aside, and their
                                                          // rows' levels, sorted, rows alike in order (parse_toc)
  size_t unlabelled_toc_stem_max_ = 0;     // the longest of them
  std::vector<U32> toc_title_keys_;        // every row's title, folded, without spaces, sorted (parse_toc)

  size_t parse_toc(size_t i);
  size_t toc_rows(size_t i);
  void keep_toc_heads();
  size_t plain_toc(size_t from);
  // A TOC given column by column (titles, then numbers), or without pages.
  size_t columnar_toc(size_t from);
  // where the body repeats a contents list's labelled first row (line k, read as row)
  size_t labelled_row_repeat(size_t k, U32View row) const;

  void add_toc_entry(const std::vector<size_t>& rows, const std::vector<size_t>& cells,
                     std::optional<std::pair<long, long>> range, std::optional<long> page);

  // ---- pass 4c: body ---------------------------------------------------------

  // Title of a heading starting on line i: its content, plus the following
  // lines when the heading wraps (full-width line, no blank line between).
  U32 heading_title(size_t i, size_t end, LineRange* r, std::vector<FootnoteRef>* refs);

  // Chapter/section/subsection title shape: short, no full stop, does not end
  // like a sentence or clause.
  bool heading_shape(size_t i, size_t max_chars) const;
  // A heading a PDF sets in bold wrapped onto the line below: both lines bold,
  // alike in type and indent, no paragraph's spacing between them, the upper
  // one a long line cut mid-title (no stop, no clause's mark), the lower no
  // wider than it. The line j goes on the title of line cur.
  bool bold_title_goes_on(size_t cur, size_t j) const;
  // The last line of the bold title that opens at line i (i if it does not wrap).
  size_t bold_title_end(size_t i, size_t end) const;

  // "一、加强各国之间在…" out of the heading sequence, on a full line that runs
  // on into the next: an item of a list inside a paragraph, not a heading.
  bool wrapped_list_item(size_t i, size_t end, long value, long last) const;
  // the document's title again at a later page's top, under the symbol (body.cpp)
  bool running_title(size_t i) const;

  // A numbered line that reads as a paragraph: sentence-like, or a full line
  // that wraps on into the next.
  bool numbered_paragraph_shape(size_t i, size_t end) const;
  // Line i, short of the measure, was cut there by the wrap all the same:
  // the line right below opens with a run no wrap breaks (Latin letters,
  // figures, a symbol and the marks that cling to it, "(E/ICEF/2023/7)；")
  // too wide for the room line i leaves.
  bool cut_before_run(size_t i) const;
  // Numbered line i is a title over its text: shaped as a title, set off by
  // a blank line from the paragraph below it, which ends with a 。; and
  // titles_over_text: the next number's line is one too (or the one before,
  // for the last), as an annotated agenda's items are, "1. 由上届会议主席所属
  // 代表团团长宣布开幕" / "" / "根据议事规则第31条，…。" / "" / "2. 默祷或默念".
  bool title_over_text(size_t i, size_t end) const;
  bool titles_over_text(size_t i, size_t end) const;

  // The next numbered line's value after i within [i+1, end), or -1.
  long next_numbered_value(size_t i, size_t end) const;

  bool annex_follows(size_t i) const;

  // Lines that open a letter's annex caption wrapped onto two lines
  // ("2023年5月3日…给秘书长的信的附" / "件"): 2; a one-line annex label or
  // caption: 1; otherwise 0.
  int annex_label_lines(size_t i) const;
  void title_goes_on(size_t k, size_t next, U32& title, LineRange& lines);  // an annex title's second line
  void unique_footnote_ids();  // a marker used again: its note's id made unique ("a-2")
  void title_as_at(size_t k, size_t next, U32& title, LineRange& lines);    // its "(截至…)" line below
  // Does an annex start at line i (a label or caption with content after it)?
  bool opens_annex(size_t i) const { return annex_label_lines(i) > 0 && annex_follows(i); }

  // A closing line (第83次全体会议, a date, 上午11时35分散会。, a signature, a
  // [vote] note): claimed into doc_.closing, the line kept as written.
  bool closing_line(size_t i);
  // a treaty's testimonium or place and date of signing wrapped over lines
  // (body.cpp): its last line, and the lines claimed as one closing line
  size_t treaty_wrapped_last(size_t i, bool testimonium) const;
  U32 take_free_lines(size_t i, size_t last);  // lines i to last that are free, joined and taken
  bool closing_wrapped(size_t i, ClosingLine c);
  bool closing_over(size_t i, size_t last, ClosingLine c);  // lines i to last, one closing line c
  size_t last_closing_ = std::string::npos;
  bool in_annex_ = false;  // parse_nodes is reading an annex

  std::vector<Node> parse_nodes(size_t begin, size_t end);

  // ---- tables that extraction flattened ---------------------------------------



  bool cell_like(size_t i) const;
  // a line that may be a row (or a header's line) of a table set a row a line
  bool row_like(size_t i) const;
  bool row_like_uncached(size_t i) const;
  mutable std::vector<signed char> row_like_;  // (per line: -1 not yet known; the lines' words never change)

  // pdftotext's default mode puts every cell of a table on its own line, with
  // blank lines between; -raw keeps a row on a line, cells split by spaces.
  // Either is rebuilt into a table when the cells fall into a steady grid.
  std::optional<size_t> flattened_table(size_t i, size_t end, Node* table, bool dry = false);

  // An agenda whose cells wrapped (pdftotext on a narrow table): rows start
  // at lines that open with a time ("上午 10 时至 10 时 30 分"); the rest of such
  // a line and the blocks of lines below it, split at blank lines, are the
  // row's other cells. Returns one past the last line taken.
  std::optional<size_t> wrapped_agenda(size_t i, size_t end, Node* table);

  // A table whose columns -layout kept apart by runs of spaces.
  struct Cell {
    int col = 0;  // display column where the cell starts
    U32 text;
  };
  std::vector<Cell> layout_cells(size_t i) const;
  std::optional<size_t> column_table(size_t i, size_t end, Node* table, bool dry = false);
  size_t no_table_before_ = 0;
  size_t table_scan_end_ = 0;

  void lift_table_notes(std::vector<Node>& nodes, const char* in);  // a table's lettered notes below its rows
  void lift_notes_below(std::vector<Node>& nodes, const char* in);  // the same notes as paragraphs below it
  std::optional<size_t> find_flattened_table(size_t i, size_t end, Node* table, bool dry);
  // one cell a line, no blank lines between, rows of a steady width
  std::optional<size_t> cell_per_line_table(size_t i, size_t end, Node* table, bool dry);
  // does a table of a kind extraction flattens open at line i? (nothing taken)
  bool dry_table_at(size_t i, size_t end);
  // a table's last rows at the top of the page after it, too few to be read
  // as a table: put on *prev, the table above (one past the last line taken)
  std::optional<size_t> continued_rows(size_t i, size_t end, Node* prev);
  // how many lines from a table's first hold its first row (0: none alone)
  size_t header_lines_of(const Node& t) const;
  // how many lines from line from (before end) hold a row's characters exactly (0: none)
  size_t lines_holding(size_t from, size_t end, const std::vector<std::string>& row) const;

  bool crossed_furniture(size_t a, size_t b) const;

  // Footnote markers outside paragraphs (headings, titles, masthead lines),
  // linked to their footnotes at the end.
  struct LooseRef {
    std::string id;
    int line;
    std::string in = "heading";
  };
  std::vector<LooseRef> loose_refs_;

  // ---- pass 4d: annexes -------------------------------------------------------

  void parse_annexes(size_t i, size_t end);  // the annexes from line i to end
  size_t body_resumes_at(size_t body_begin, size_t from, size_t end) const;

  // ---- linking and coverage ------------------------------------------------

  // How many annexes start at or before a line: footnote ids are looked up
  // in the part of the document the marker is in first (annexes may number
  // their footnotes from 1 again).
  size_t part_of(int line) const;

  void take_cell_markers();
  void link_footnotes();

  void report_unplaced();
};

}  // namespace undoc::detail
