#include "undoc/lex.hpp"

#include <algorithm>
#include <atomic>

namespace undoc {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_upper(char32_t c) { return c >= U'A' && c <= U'Z'; }

size_t digits_at(U32View f, size_t i) {
  size_t j = i;
  while (j < f.size() && is_digit(f[j])) ++j;
  return j - i;
}

long to_long(U32View f) {
  long v = 0;
  for (char32_t c : f) {
    if (v > 100000000) return -1;
    v = v * 10 + static_cast<long>(c - U'0');
  }
  return v;
}

// A UN document symbol: A/61/187, E/CN.6/2006/3, A/HRC/4/L.1, S/2006/123/Add.1
bool is_symbol(U32View f) {
  // (a format character before it or within it, "A/78/\u200b205", read through)
  while (!f.empty() && is_format_char(f[0])) f.remove_prefix(1);
  if (f.size() < 3 || !is_upper(f[0])) return false;
  // a volume's, part's or section's suffix: A/77/49 (Vol. III), A/78/6 (Sect. 29), A/77/10 (Part II)
  if (size_t open = f.find(U'('); open != U32View::npos && open >= 3 && f.back() == U')') {
    U32View in = trim_view(f.substr(open + 1, f.size() - open - 2));
    static constexpr std::u32string_view kinds[] = {U"Vol."sv, U"Part"sv, U"Sect."sv, U"Chap."sv, U"Supp."sv};
    bool suffix = false;
    for (auto k : kinds)
      if (in.substr(0, k.size()) == k) {
        // (Vol. III, Part II, Sect. 29, Sect. 29E: a roman or arabic number, a letter after it)
        U32View n = trim_view(in.substr(k.size()));
        suffix = !n.empty() && n.size() <= 5 && std::all_of(n.begin(), n.end(), [](char32_t c) {
          return is_digit(c) || is_upper(c);
        });
      }
    if (suffix) f = trim_view(f.substr(0, open));
  }
  bool slash = false;
  for (size_t i = 0; i < f.size(); ++i) {
    const char32_t c = f[i];
    if (c == U'/') {
      slash = true;
    } else if (c == U'(' && i > 0 && is_upper(f[i - 1])) {
      // a session in brackets within a part: ICCD/COP(16)/2, GC(67)/RES/1
      const size_t n = digits_at(f, i + 1);
      if (n == 0 || i + 1 + n >= f.size() || f[i + 1 + n] != U')') return false;
      i += 1 + n;
      if (i + 1 < f.size() && f[i + 1] != U'/') return false;
    } else if (!(is_ascii_alnum(c) || c == U'.' || c == U'-' || c == U'–' || is_format_char(c))) {
      // (a joint symbol's en dash too: A/78/520–S/2023/745)
      return false;
    }
  }
  return slash;
}

bool is_job_number(U32View f) {
  // 06-45095 (C) with optional trailing dates, GE.06-45095 (Geneva), V.06-…;
  // or a barcode *0645095*
  if (f.size() > 3 && is_upper(f[0]) && (f[1] == U'.' || (is_upper(f[1]) && f[2] == U'.')))
    f.remove_prefix(f[1] == U'.' ? 2 : 3);
  if (f.size() >= 8 && digits_at(f, 0) == 2 && f[2] == U'-' && digits_at(f, 3) == 5) {
    size_t i = skip_spaces(f, 8);
    return i == f.size() || f[i] == U'(' || is_digit(f[i]);
  }
  if (f.size() >= 9 && f.front() == U'*' && f.back() == U'*' && digits_at(f, 1) == f.size() - 2) return true;
  return false;
}

// A first page's job number with the dates it was processed, "23-07012 (C)
// 170423 180423", its parts set apart by TABs as some extractions give them:
// the job number (is_job_number), its language mark, then dates of six
// digits and nothing else (so no table row that opens with such a number)
static bool job_number_with_dates(U32View t) {
  if (!is_job_number(t)) return false;
  size_t i = 0;
  while (i < t.size() && !is_space(t[i]) && t[i] != U'(') ++i;  // (the number, its office's prefix with it)
  i = skip_spaces(t, i);
  if (i < t.size() && t[i] == U'(') {
    const size_t close = t.find(U')', i);
    if (close == U32View::npos || close - i > 4) return false;
    i = skip_spaces(t, close + 1);
  }
  while (i < t.size()) {
    if (digits_at(t, i) != 6) return false;
    i = skip_spaces(t, i + 6);
  }
  return true;
}

// A paragraph, heading or footnote label on its own: 12. / 一. / 一、 / A. /
// (a) / ¹ / * / 第一条
bool is_label(U32View l) {
  if (l.empty() || l.size() > 6) return false;
  if (std::all_of(l.begin(), l.end(), [](char32_t c) { return is_superscript_digit(c) || c == U'*'; })) return true;
  if (l.front() == U'(' && l.back() == U')') return l.size() >= 3;
  U32View core = (l.back() == U'.' || l.back() == U'、') ? l.substr(0, l.size() - 1) : l;
  if (core.empty() || (core.size() == l.size() && core.front() != U'第')) return false;
  if (core.front() == U'第') return core.size() >= 3 && (core.back() == U'条' || core.back() == U'章');
  if (std::all_of(core.begin(), core.end(), is_digit)) return core.size() <= 3;
  if (std::all_of(core.begin(), core.end(), is_chinese_numeral_char)) return true;
  return core.size() == 1 && is_upper(core[0]);
}

bool contains_full_stop(U32View s) { return find_char(s, U'。') != U32View::npos; }

// "- 3 -" / "–3–": the page number set between dashes, or 0
long dashed_page(U32View t) {
  if (t.size() < 3 || (t[0] != U'-' && t[0] != U'–') || (t.back() != U'-' && t.back() != U'–')) return 0;
  U32View mid = trim_view(t.substr(1, t.size() - 2));
  return !mid.empty() && mid.size() <= 4 && digits_at(mid, 0) == mid.size() ? to_long(mid) : 0;
}

// where the line from i ends: the first LF or CR at or after i (or the end)
size_t line_end(U32View s, size_t i) {
  const size_t e = find_first_of_chars<U'\n', U'\r'>(s, i);
  return e == U32View::npos ? s.size() : e;
}

bool is_blank(U32View s) {
  for (char32_t c : s)
    if (!is_space(c)) return false;
  return true;
}

}  // namespace

// ---- Markdown (a converter's output: pandoc, MarkItDown, docling) ----
//
// A document converted to Markdown marks its headings with "#", its bold
// lines with "**", its tables with "|" and a row of dashes, its notes with
// "[^1]" and escapes punctuation with "\". Where the text shows these marks
// (evidence, not one stray "#"), the lexer reads each line without them, as
// the text they mark: "## 一、导言" a chapter's heading, "| 甲国 | 12 |" a
// table's row of two cells, "[^1]: 见…。" note 1. The marks are not lost:
// each line's are kept (Lines::markup) and listed as furniture, "markup".

namespace {

// a row of a pipe table's dashes, "|---|:---:|" / "--- | ---"
bool md_delimiter_row(U32View t) {
  if (t.find(U'|') == U32View::npos && t.find(U'-') == U32View::npos) return false;
  size_t dashes = 0, pipes = 0;
  for (char32_t c : t) {
    if (c == U'-') ++dashes;
    else if (c == U'|') ++pipes;
    else if (c != U':' && !is_space(c)) return false;
  }
  return dashes >= 3 && pipes >= 1;
}

// the number of "#" opening an ATX heading ("## 标题"), 0 if none
size_t md_heading_marks(U32View t) {
  size_t n = 0;
  while (n < t.size() && t[n] == U'#') ++n;
  return n >= 1 && n <= 6 && (n == t.size() || t[n] == U' ' || t[n] == U'\t') ? n : 0;
}

// "[^12]" at `at`: the length of the label (0 if none)
size_t md_note_label(U32View t, size_t at) {
  if (at + 3 >= t.size() || t[at] != U'[' || t[at + 1] != U'^') return 0;
  size_t j = at + 2;
  while (j < t.size() && j - at < 12 && ((t[j] >= U'0' && t[j] <= U'9') || (t[j] >= U'a' && t[j] <= U'z') ||
                                         (t[j] >= U'A' && t[j] <= U'Z') || t[j] == U'*'))
    ++j;
  return j > at + 2 && j < t.size() && t[j] == U']' ? j - at - 2 : 0;
}

bool md_escapable(char32_t c) {
  return c < 0x80 && std::u32string_view(U"\\`*_{}[]()#+-.!|<>~^=").find(c) != std::u32string_view::npos;
}

}  // namespace

// Whether the text is Markdown: two headings marked "#", a pipe table's row
// of dashes under a row of cells, a note defined "[^1]:", three lines set
// whole in "**", or a line opening with an escaped mark ("\* A/78/150。")
bool is_markdown(U32View text) {
  int headings = 0, tables = 0, notes = 0, bold = 0, escaped = 0;
  bool last_row = false;
  for (size_t i = 0; i <= text.size();) {
    const size_t j = line_end(text, i);
    const U32View t = trim_view(text.substr(i, j - i));
    if (md_heading_marks(t) && t.size() > 2) ++headings;
    if (last_row && md_delimiter_row(t) && t.find(U'|') != U32View::npos) ++tables;
    if (md_note_label(t, 0) && t.size() > 4 + md_note_label(t, 0) && t[md_note_label(t, 0) + 3] == U':') ++notes;
    if (t.size() > 4 && t.starts_with(U"**"sv) && t.ends_with(U"**"sv)) ++bold;
    // (a line opening with an escaped mark, "\* A/78/150。": no plain text writes one)
    if (t.size() > 2 && t[0] == U'\\' && md_escapable(t[1]) && t[1] != U'\\' && is_space(t[2])) ++escaped;
    last_row = t.size() > 2 && t.front() == U'|' && t.back() == U'|';
    if (headings >= 2 || tables >= 1 || notes >= 1 || bold >= 3 || escaped >= 1) return true;
    if (j >= text.size()) break;
    i = j + 1;
  }
  return false;
}

bool page_and_job(U32View t);

// A bullet list's item mark opening the (trimmed) line, "- ", "+ " or
// "* " (the star only where `stars` says the converter bullets with it),
// its text after it: its length with the spaces after it, 0 if none. A
// rule ("- - -", "* * *") and a page number between dashes ("- 3 -") are
// none.
size_t md_bullet(U32View t, bool stars) {
  if (t.size() < 3 || !(t[0] == U'-' || t[0] == U'+' || (t[0] == U'*' && stars)) || !(t[1] == U' ' || t[1] == U'\t'))
    return 0;
  if (dashed_page(t) > 0 || page_and_job(t)) return 0;
  if (std::all_of(t.begin(), t.end(), [&](char32_t c) { return c == t[0] || is_space(c); })) return 0;
  return skip_spaces(t, 1);
}

// "* " opening a trimmed line: a bullet's mark, or a star note's label
bool star_opens(U32View t) { return t.size() > 2 && t[0] == U'*' && (t[1] == U' ' || t[1] == U'\t'); }

// The line text[b, e) without its Markdown marks, written over itself (it
// only shrinks); the marks taken go to `marks`. Returns the new end.
// `block` is set to 1 where the line opens a list's item ("- 政府官员；",
// its mark "-"), 2 where it is a block quote's ("> 所有人都有权…", its mark
// ">"), 4 where it opens an item of a list in a quote ("> - 甲；"), 0
// elsewhere; `stars`: "* " is a bullet's mark (not a star note's).
size_t strip_markdown(U32& text, size_t b, size_t e, U32& marks, bool stars, int& block) {
  U32View line = U32View(text).substr(b, e - b);
  size_t a = 0;  // (its indent stays)
  while (a < line.size() && is_space(line[a])) ++a;
  U32View t = line.substr(a);
  while (!t.empty() && is_space(t.back())) t.remove_suffix(1);
  U32 kept(line.substr(0, a));
  block = 0;
  // a block quote's marks, "> " (and "> > " within another)
  while (!t.empty() && t[0] == U'>') {
    marks.push_back(U'>');
    t.remove_prefix(skip_spaces(t, 1));
    block = 2;
  }
  // a bullet list's item mark (an ordered list's number, "1. ", is the
  // paragraph's number, a UN paragraph's as a word processor numbers it: kept)
  if (const size_t n = md_bullet(t, stars)) {
    marks.push_back(t[0]);
    t.remove_prefix(n);
    block = block == 0 ? 1 : 4;
  }
  // a heading's marks, and a closing run of them ("## 标题 ##")
  if (const size_t n = md_heading_marks(t)) {
    marks.append(t.substr(0, n));
    t.remove_prefix(std::min(t.size(), n + 1));
    size_t c = t.size();
    while (c > 0 && t[c - 1] == U'#') --c;
    if (c < t.size() && (c == 0 || is_space(t[c - 1]))) {
      marks.append(t.substr(c));
      t = t.substr(0, c);
      while (!t.empty() && is_space(t.back())) t.remove_suffix(1);
    }
  }
  // a pipe table's row of dashes, a simple table's rules ("------ ------"),
  // a grid table's borders ("+-----+====+"), a heading's underline ("====")
  // or a break ("---"): nothing but marks
  if (std::count(t.begin(), t.end(), U'-') + std::count(t.begin(), t.end(), U'=') >= 3 &&
      std::all_of(t.begin(), t.end(), [](char32_t c) {
        return c == U'-' || c == U'=' || c == U':' || c == U'|' || c == U'+' || is_space(c);
      })) {
    marks.append(t);
    t = {};
  }
  // a pipe table's row: its cells parted by TABs, as a table's cells are
  U32 cells;
  if (t.size() >= 2 && t.front() == U'|' && t.back() == U'|') {
    size_t from = 1;
    marks.push_back(U'|');
    for (size_t k = 1; k < t.size(); ++k) {
      if (t[k] == U'|' && t[k - 1] != U'\\') {
        if (!cells.empty() || from > 1) cells.push_back(U'\t');
        cells.append(trim_view(t.substr(from, k - from)));
        marks.push_back(U'|');
        from = k + 1;
      }
    }
    t = cells;
  }
  // a comment, as docling marks a picture ("<!-- image -->"): marks only
  if (t.size() >= 7 && t.starts_with(U"<!--"sv) && t.ends_with(U"-->"sv)) {
    marks.append(t);
    t = {};
  }
  // a line set whole in bold
  if (t.size() > 4 && (t.starts_with(U"**"sv) || t.starts_with(U"__"sv)) && t.ends_with(t.substr(0, 2)) &&
      t.substr(2, t.size() - 4).find(t.substr(0, 2)) == U32View::npos) {
    marks.append(t.substr(0, 2));
    marks.append(t.substr(0, 2));
    t = t.substr(2, t.size() - 4);
  }
  // a hard line break, pandoc's "\" at the line's end ("2023年12月7日\" /
  // "第45次全体会议"): a mark
  if (t.size() >= 2 && t.back() == U'\\' && t[t.size() - 2] != U'\\') {
    marks.push_back(U'\\');
    t.remove_suffix(1);
  }
  // bold within the line, where its marks pair up
  size_t pairs = 0;
  for (size_t p = t.find(U"**"sv); p != U32View::npos; p = t.find(U"**"sv, p + 2)) ++pairs;
  const bool drop_bold = pairs > 0 && pairs % 2 == 0;
  // the marks of emphasis, links and pictures, each a mark where it stands
  std::vector<char> drop(t.size(), 0);
  // (emphasis, "*强调*必须…" (a resolution's verbs, in italics): a lone
  // star opening before ink, the next closing after ink, every lone star of
  // the line so paired, or none taken: "临时议程*项目" keeps its note's star)
  {
    std::vector<size_t> lone;
    for (size_t k = 0; k < t.size(); ++k)
      if (t[k] == U'*' && (k == 0 || (t[k - 1] != U'*' && t[k - 1] != U'\\')) && (k + 1 == t.size() || t[k + 1] != U'*'))
        lone.push_back(k);
    bool paired = !lone.empty() && lone.size() % 2 == 0;
    for (size_t q = 0; paired && q < lone.size(); q += 2) {
      const size_t o = lone[q], c = lone[q + 1];
      paired = c > o + 1 && !is_space(t[o + 1]) && !is_space(t[c - 1]);
    }
    if (paired)
      for (size_t k : lone) drop[k] = 1;
  }
  // (a link or a picture, "[文本](https://…)", "![](_page_0_Picture_1.jpeg)",
  // pandoc's span "[文本]{.underline}": its words kept, the brackets and the
  // address marks; an address in angle brackets, "<https://…>", kept whole)
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k] == U'<' && (t.substr(k + 1).starts_with(U"http://"sv) || t.substr(k + 1).starts_with(U"https://"sv))) {
      size_t c = k + 1;
      while (c < t.size() && t[c] != U'>' && !is_space(t[c])) ++c;
      if (c < t.size() && t[c] == U'>') drop[k] = drop[c] = 1;
      continue;
    }
    if (t[k] != U'[' || md_note_label(t, k) || (k > 0 && t[k - 1] == U'\\')) continue;
    size_t c = k + 1;
    while (c < t.size() && t[c] != U']' && t[c] != U'[') ++c;
    if (c + 1 >= t.size() || t[c] != U']' || (t[c + 1] != U'(' && t[c + 1] != U'{')) continue;
    const char32_t close = t[c + 1] == U'(' ? U')' : U'}';
    size_t u = c + 2;
    while (u < t.size() && t[u] != close && (close == U'}' || !is_space(t[u]))) ++u;
    if (u >= t.size() || (close == U')' && u == c + 2)) continue;
    if (k > 0 && t[k - 1] == U'!') drop[k - 1] = 1;
    drop[k] = 1;
    for (size_t x = c; x <= u; ++x) drop[x] = 1;
    k = u;
  }
  for (size_t k = 0; k < t.size(); ++k) {
    if (drop[k]) {
      marks.push_back(t[k]);
    } else if (t[k] == U'<' && (t.substr(k).starts_with(U"<br>"sv) || t.substr(k).starts_with(U"<br/>"sv) ||
                                 t.substr(k).starts_with(U"<br />"sv))) {
      // a line break in a cell, "2022<br>2023": a mark, the words on each
      // side parted by a space (Han characters joined, as a wrap's are)
      const size_t n = t[k + 3] == U'>' ? 4 : t[k + 3] == U'/' ? 5 : 6;
      marks.append(t.substr(k, n));
      const bool han = !kept.empty() && is_han(kept.back()) && k + n < t.size() && is_han(t[k + n]);
      if (!han && !kept.empty() && !is_space(kept.back()) && k + n < t.size()) kept.push_back(U' ');
      k += n - 1;
    } else if (t[k] == U'\\' && k + 1 < t.size() && md_escapable(t[k + 1])) {
      marks.push_back(U'\\');
      kept.push_back(t[++k]);
    } else if (drop_bold && t[k] == U'*' && k + 1 < t.size() && t[k + 1] == U'*') {
      marks.append(U"**"sv);
      ++k;
    } else if (t.substr(k).starts_with(U"<sup>"sv)) {
      // a raised marker set in HTML, "<sup>1</sup>": the digits raised, as a
      // PDF's smaller raised marker is read (a star or letters kept as written)
      const size_t close = t.find(U"</sup>"sv, k + 5);
      const U32View in = close == U32View::npos ? U32View() : t.substr(k + 5, close - k - 5);
      if (in.empty() || in.size() > 3) {
        kept.push_back(t[k]);
        continue;
      }
      marks.append(U"<sup></sup>"sv);
      for (char32_t c : in) kept.push_back(c >= U'0' && c <= U'9' ? to_superscript(c) : c);
      k = close + 5;
    } else if (const size_t n = md_note_label(t, k)) {
      // "[^1]" -> "¹", a raised marker, as a PDF's is read (and a note's
      // definition "[^1]: …" -> "¹ …", a note at the page's foot, wherever it
      // stands: a converter from a PDF leaves it there); a label not of
      // digits, "[^a]" -> "[a]"
      const U32View label = t.substr(k + 2, n);
      const bool digits = std::all_of(label.begin(), label.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
      const bool starts = kept.size() == a;
      if (digits) {
        for (char32_t c : label) kept.push_back(to_superscript(c));
        marks.append(U"[^]"sv);
      } else {
        kept.push_back(U'[');
        kept.append(label);
        kept.push_back(U']');
        marks.push_back(U'^');
      }
      k += n + 2;
      if (starts && k + 1 < t.size() && t[k + 1] == U':') {
        marks.push_back(U':');
        ++k;
        if (k + 1 < t.size() && !is_space(t[k + 1])) kept.push_back(U' ');
      }
    } else {
      kept.push_back(t[k]);
    }
  }
  std::copy(kept.begin(), kept.end(), text.begin() + static_cast<std::ptrdiff_t>(b));
  return b + kept.size();
}

// "2   06-50315 (C)", "- 2 - 24-00417 (C)", "3/12 22-11633 (C)", "06-50315 (C)   3",
// "23-11876<TAB>3/3": the page
// number and the job number on one line (a footer set on one line; in a PDF
// read by its positions, TAB between them)
bool page_and_job(U32View t) {
  auto page_token = [](U32View x) {
    x = trim_view(x);
    if (x.empty() || x.size() > 9) return false;
    if (digits_at(x, 0) == x.size()) return x.size() <= 4;
    if (dashed_page(x) > 0) return true;
    size_t a = digits_at(x, 0);
    return a > 0 && a < x.size() && x[a] == U'/' && digits_at(x, a + 1) == x.size() - a - 1 && x.size() > a + 1;
  };
  // the job number starts at the first "NN-NNNNN" (looked for at each hyphen)
  for (size_t h = find_char(t, U'-', 2); h != U32View::npos; h = find_char(t, U'-', h + 1)) {
    const size_t k = h - 2;
    if (k + 8 > t.size()) break;
    // (after its office's prefix, if any: "GE.24-01234(C)", "V.23-12345")
    size_t start = k;
    if (k >= 2 && t[k - 1] == U'.' && is_upper(t[k - 2])) {
      start = k - 2;
      if (start > 0 && is_upper(t[start - 1])) --start;
    }
    if (!(digits_at(t, k) == 2 && digits_at(t, k + 3) == 5) || (start > 0 && !is_space(t[start - 1]))) continue;
    U32View before = t.substr(0, start), job = t.substr(start);
    const size_t pre = k - start;
    size_t job_end = job.find(U')');
    // (a job number without its "(C)" ends at its digits: "23-11876<TAB>3/3")
    if (job_end == U32View::npos && job.size() > pre + 8 && is_space(job[pre + 8])) job_end = pre + 7;
    U32View after = job_end == U32View::npos ? U32View() : job.substr(job_end + 1);
    if (job_end != U32View::npos) job = job.substr(0, job_end + 1);
    if (!is_job_number(trim_view(job))) break;
    // (the dates of a first page's job number, DDMMYY, before the page or
    // the line's end: "23-15612 (C)    250823    280823")
    for (size_t d = skip_spaces(after, 0); digits_at(after, d) == 6 && (d + 6 == after.size() || is_space(after[d + 6]));
         d = skip_spaces(after, 0))
      after = after.substr(d + 6);
    if ((trim_view(before).empty() && page_token(after)) || (page_token(before) && trim_view(after).empty())) {
      return true;
    }
    break;
  }
  return false;
}

namespace {

// A line whose characters and folded form are held elsewhere (by the Lines,
// or by classify()'s copy)
Line classify_line(int number, U32View text, U32View folded) {
  Line ln;
  ln.number = number;
  ln.text = text;
  ln.fold_ = folded.data();
  const U32View f(folded);
  if (is_blank(f)) {
    ln.kind = LineKind::Blank;
    return ln;
  }
  const size_t s = skip_spaces(f, 0);
  size_t e = f.size();
  while (e > s && is_space(f[e - 1])) --e;
  const U32View t = f.substr(s, e - s);
  ln.width = display_width(U32View(ln.text).substr(s, e - s));
  ln.body = s;
  auto set = [&](LineKind k, size_t label_end, size_t body_start, long value) {
    ln.kind = k;
    ln.set_label(s, std::min(label_end, ln.text.size() - std::min(s, ln.text.size())));
    ln.value = value;
    ln.after_label = skip_spaces(f, s + body_start);
    // A plain number at the start may be a footnote label or just text
    // ("15 June 2007"): the content keeps it until the parser decides.
    ln.body = (k == LineKind::DigitNote || k == LineKind::BareNumber) ? s : ln.after_label;
  };

  // Cells separated by TAB: a TAB inside the text, or two TABs (a row whose
  // first cell is empty starts with one). A single leading TAB is
  // indentation, and so is the TAB that word processors put after a label
  // ("1.\t本报告…", "一.\t引言", "¹\tA/60/871。").
  const size_t tab = find_char(f, U'\t', s);
  // (and a resolution's or decision's number before its title: "2023/1.\t…", "77/401.\t…", "S-32/1.\t…")
  auto series_label = [](U32View l) {
    size_t i = l.substr(0, 3) == U"ES-"sv ? 3 : l.substr(0, 2) == U"S-"sv ? 2 : 0;
    const size_t a = digits_at(l, i);
    if (a == 0 || a > 4 || i + a >= l.size() || l[i + a] != U'/') return false;
    const size_t b = digits_at(l, i + a + 1);
    return b > 0 && b <= 4 && i + a + 1 + b + 1 == l.size() && l.back() == U'.';
  };
  // (and a paragraph's number within its section, as a word processor's
  // multilevel list sets it: "1.1\t…", "4.2.\t…", "29E.4\t…", "1.1.1\t…")
  auto decimal_label = [](U32View l) {
    if (!l.empty() && l.back() == U'.') l.remove_suffix(1);
    size_t i = digits_at(l, 0);
    if (i == 0 || i > 3) return false;
    if (i < l.size() && is_upper(l[i])) ++i;
    int levels = 0;
    while (i < l.size() && l[i] == U'.') {
      const size_t d = digits_at(l, i + 1);
      if (d == 0 || d > 3) return false;
      i += 1 + d;
      ++levels;
    }
    return i == l.size() && levels >= 1 && levels <= 3;
  };
  // (words after it, not a figure: "12.5\t13.8" stays a row of two cells)
  auto words_after = [&](size_t at) {
    const U32View rest = trim_view(f.substr(at + 1, e - at - 1));
    return std::any_of(rest.begin(), rest.end(), [](char32_t c) {
      return !(is_digit(c) || is_space(c) || c == U'.' || c == U',' || c == U'%' || c == U'-' || c == U'–');
    });
  };
  // (also after the opening quote of a quoted draft's paragraph: "“1.\t鼓励…", '"(a)\t…')
  auto unquoted = [](U32View l) {
    if (l.size() > 1 && (l[0] == U'“' || l[0] == U'"' || l[0] == U'‘' || l[0] == U'\'')) l.remove_prefix(1);
    return l;
  };
  const bool label_tab = tab != U32::npos && tab < e && find_char(f, U'\t', tab + 1) == U32::npos &&
                         (is_label(trim_view(f.substr(s, tab - s))) ||
                          is_label(unquoted(trim_view(f.substr(s, tab - s)))) || series_label(trim_view(f.substr(s, tab - s))) ||
                          (decimal_label(trim_view(f.substr(s, tab - s))) && words_after(tab)));
  // (with no TAB at or after s, only the indentation before s can hold one)
  if (!label_tab &&
      ((tab != U32::npos && tab < e) || std::count(f.begin(), tab == U32::npos ? f.begin() + s : f.end(), U'\t') >= 2) &&
      !page_and_job(trim_view(f)) && !job_number_with_dates(trim_view(f))) {
    ln.kind = LineKind::TableRow;
    return ln;
  }
  if (t == U"目录"sv || t == U"目 录"sv || t == U"目  录"sv || t == U"目次"sv) {
    ln.kind = LineKind::TocTitle;
    return ln;
  }
  // 附件 / 附件一 / 附件 二 / 附件 I (and 附录, an appendix)
  if (t.substr(0, 2) == U"附件"sv || t.substr(0, 2) == U"附录"sv) {
    size_t i = skip_spaces(t, 2);
    size_t j = i;
    while (j < t.size() && (is_chinese_numeral_char(t[j]) || is_digit(t[j]) || t[j] == U'I' || t[j] == U'V' || t[j] == U'X')) ++j;
    // the title may follow on the same line: 附件一 与会者名单
    size_t title = j < t.size() && (is_space(t[j]) || t[j] == U':') ? skip_spaces(t, j + (t[j] == U':')) : j;
    bool inline_title = title > j && title < t.size() && t.size() - title <= 60 && t.find(U'。') == U32View::npos;
    if ((j == t.size() || inline_title) && j - i <= 4) {
      ln.kind = LineKind::Annex;
      ln.set_label(s + i, std::min(j - i, ln.text.size() - std::min(s + i, ln.text.size())));
      ln.value = chinese_numeral_value(t.substr(i, j - i));
      ln.body = s + (inline_title ? title : j);
      ln.after_label = ln.body;
      return ln;
    }
  }
  // "2023年5月3日…给秘书长的信的附件": a letter's annex opens with such a
  // caption instead of a bare 附件 (its title follows on the next line)
  if (t.size() >= 6 && t.size() <= 100 && t.substr(t.size() - 3) == U"的附件"sv && t.find(U'。') == U32View::npos) {
    ln.kind = LineKind::Annex;
    ln.value = -1;
    ln.body = s;
    ln.after_label = s;
    return ln;
  }
  // 第一条 / 第1条 (articles of conventions and declarations), 第一章 (chapters),
  // 第一部分 (parts); the title on the same line (after a space or a colon) or below
  if (t.size() >= 3 && t[0] == U'第') {
    // (PDF text sets a space on each side of digits among Han characters: 第 1 节, 第 12 条)
    size_t j0 = 1;
    if (is_space(t[1]) && digits_at(t, skip_spaces(t, 1)) > 0) j0 = skip_spaces(t, 1);
    size_t j = j0;
    while (j < t.size() && (is_chinese_numeral_char(t[j]) || is_digit(t[j]))) ++j;
    const size_t numeral_end = j;
    if (j > j0 && is_digit(t[j - 1]) && j < t.size() && is_space(t[j])) j = skip_spaces(t, j);
    auto value = [&] {
      U32View n = t.substr(j0, numeral_end - j0);
      if (std::all_of(n.begin(), n.end(), is_digit)) return n.size() <= 4 ? to_long(n) : -1L;
      return chinese_numeral_value(n);
    };
    auto title_at = [&](size_t after) -> size_t {  // where the title starts, or npos when none may follow
      if (after == t.size()) return after;
      size_t b = skip_spaces(t, after);
      if (b < t.size() && t[b] == U':') return skip_spaces(t, b + 1);
      return b > after ? b : U32View::npos;
    };
    // (第1节: a section of a Secretary-General's bulletin or an administrative instruction, read as an article)
    if (numeral_end > j0 && j < t.size() && (t[j] == U'条' || t[j] == U'节')) {
      if (size_t b = title_at(j + 1); b != U32View::npos && t.size() - b <= 40 && !contains_full_stop(t.substr(b))) {
        set(LineKind::Article, j + 1, b, value());
        return ln;
      }
    }
    if (numeral_end > j0 && j < t.size() && t[j] == U'章') {
      if (size_t b = title_at(j + 1); b != U32View::npos && t.size() - b <= 60) {
        set(LineKind::Chapter, j + 1, b, value());
        return ln;
      }
    }
    if (numeral_end > j0 && j + 1 < t.size() && t[j] == U'部' && t[j + 1] == U'分') {
      if (size_t b = title_at(j + 2); b != U32View::npos && t.size() - b <= 60) {
        set(LineKind::Part, j + 2, b, value());
        return ln;
      }
    }
  }
  // 规则1 / 规则 12 议事规则的适用 (rules of procedure read as articles)
  if (t.size() >= 3 && t[0] == U'规' && t[1] == U'则') {
    size_t d = skip_spaces(t, 2);
    size_t nd = digits_at(t, d);
    if (nd > 0 && nd <= 3) {
      size_t b = skip_spaces(t, d + nd);
      if (b < t.size() && t[b] == U':') b = skip_spaces(t, b + 1);
      if ((b == t.size() || b > d + nd) && t.size() - b <= 40 && !contains_full_stop(t.substr(b))) {
        set(LineKind::Article, d + nd, b, to_long(t.substr(d, nd)));
        return ln;
      }
    }
  }
  // 一. 引言 / 一、引言 / 一．引言
  {
    size_t j = 0;
    while (j < t.size() && j < 4 && is_chinese_numeral_char(t[j])) ++j;
    if (j > 0 && j < t.size() && (t[j] == U'.' || t[j] == U'、')) {
      long v = chinese_numeral_value(t.substr(0, j));
      size_t b = skip_spaces(t, j + 1);
      // (or the label alone, "一." / its title on the next line, as a label
      // set in a cell or a column of its own comes out: the parser takes the
      // title from below, as it does for 第一章 alone)
      if (v > 0 && (b < t.size() || j + 1 == t.size())) {
        set(LineKind::Chapter, j, b, v);
        return ln;
      }
    }
  }
  // A. 性别 (a capital letter, a full stop, then not another Latin letter: not "U.S.")
  // (the letter alone, "A." / its title below, as "一." above)
  if (t.size() == 2 && is_upper(t[0]) && t[1] == U'.') {
    set(LineKind::Section, 1, 2, static_cast<long>(t[0] - U'A' + 1));
    return ln;
  }
  if (t.size() >= 3 && is_upper(t[0]) && t[1] == U'.') {
    size_t b = skip_spaces(t, 2);
    // (or a title opening with a year, after a space: "A. 2024年拟议方案计划")
    size_t d = b;
    while (d < t.size() && is_digit(t[d])) ++d;
    const size_t nian = skip_spaces(t, d);  // (PDF text: "A. 2024 年拟议…")
    // (or glued to it, "A.2024年拟议方案计划", "Ａ．2024年…": a year of 19xx or 20xx)
    const bool year = d - b == 4 && nian < t.size() && t[nian] == U'年' &&
                      (b > 2 || t.substr(b, 2) == U"19"sv || t.substr(b, 2) == U"20"sv);
    if (b < t.size() && ((!is_ascii_alnum(t[b]) && t[b] != U'.' && (b > 2 || !is_space(t[b]))) || year)) {
      set(LineKind::Section, 1, b, static_cast<long>(t[0] - U'A' + 1));
      return ln;
    }
  }
  // Superscript or star footnote bodies: ¹ A/60/871。  * A/61/150。
  // (a star directly followed by text also counts: "*A/62/50。"; a barcode
  // "*0645095*" does not)
  if (is_superscript_digit(t[0]) || (t[0] == U'*' && t.back() != U'*')) {
    size_t j = 0;
    const bool star = t[0] == U'*';
    while (j < t.size() && (star ? t[j] == U'*' : is_superscript_digit(t[j]))) ++j;
    if (j < t.size()) {
      long v = -1;
      if (!star) {
        v = 0;
        for (size_t k = 0; k < j; ++k) v = v * 10 + superscript_value(t[k]);
      }
      set(LineKind::FootnoteBody, j, j, v);
      return ln;
    }
  }
  const size_t nd = digits_at(t, 0);
  if (nd > 0 && nd <= 4) {
    const long v = to_long(t.substr(0, nd));
    if (nd == t.size()) {
      set(LineKind::BareNumber, nd, nd, v);
      return ln;
    }
    // 23. text  (not 1.5, not 2006.)
    if (t[nd] == U'.' && nd <= 3) {
      size_t b = skip_spaces(t, nd + 1);
      // (nor is a number glued to a year that opens the text, "2.2021年至2022年期间…":
      // no decimal has four places and a 年 after them; nor a full-width
      // label glued to half-width figures, "２．2021年…", "９．30%的…", as
      // no number is written half in one width and half in the other)
      const size_t yd = digits_at(t, b);
      const size_t after_year = skip_spaces(t, b + yd);
      const bool glued_year = b == nd + 1 && yd == 4 && after_year < t.size() && t[after_year] == U'年' &&
                              (t.substr(b, 2) == U"19"sv || t.substr(b, 2) == U"20"sv);
      // (or to a count that takes no decimal places, "3.8月3日，国民议会…",
      // "7.12名代表…": a month, a day, a counter of whole things; not 个, as in
      // "3.8个百分点")
      const bool glued_count = b == nd + 1 && yd > 0 && yd <= 3 && after_year < t.size() &&
                               U32View(U"月日名次项届起"sv).find(t[after_year]) != U32View::npos;
      const U32View raw = U32View(ln.text).substr(s);
      const bool mixed_width = b == nd + 1 && yd > 0 && raw.size() > nd + 1 && raw[nd] == U'．' &&
                               raw[nd - 1] >= U'０' && raw[nd - 1] <= U'９' && raw[b] >= U'0' && raw[b] <= U'9';
      if (b == t.size() || !is_digit(t[b]) || b > nd + 1 || glued_year || glued_count || mixed_width) {  // "1.5" is a decimal, "5. 2006 年" is not
        set(LineKind::Numbered, nd, b, v);
        return ln;
      }
    }
    // 6 A/60/871.  A plain-digit footnote candidate: a short number, a space,
    // then text that does not read as a date or a quantity (2006 年, 12 月).
    // pdftotext also glues the label to the text: "1关于…".
    // ... and to a document symbol: "1A/60/871。"
    const bool glued_symbol = is_upper(t[nd]) && nd + 2 < t.size() && (t[nd + 1] == U'/' || t[nd + 2] == U'/');
    if (nd <= 3 && (is_space(t[nd]) || is_han(t[nd]) || t[nd] == U'《' || t[nd] == U'“' || glued_symbol)) {
      size_t b = skip_spaces(t, nd);
      char32_t c = b < t.size() ? t[b] : U'\0';
      // (nor a number joined to the next: "3 至 5", "2 和 3")
      const bool joined = c == U'至' || c == U'和' || c == U'或' || c == U'、';
      // (nor a Geneva footer, "2 GE.23-08562": the page's number and a job number)
      if (b < t.size() && !is_number_unit_at(t, b) && !joined && !is_digit(c) && c != U'.' && c != U'/' &&
          !page_and_job(t)) {
        set(LineKind::DigitNote, nd, b, v);
        return ln;
      }
    }
  }
  {
    // A/61/187, A/61/187* (a marker on the symbol), "A/61/187 3" / "3 A/61/187"
    U32View sym = t;
    while (!sym.empty() && sym.back() == U'*') sym.remove_suffix(1);
    bool symbol = is_symbol(sym);
    if (!symbol) {
      size_t sp = find_char(t, U' ');
      if (sp != U32View::npos) {
        U32View a = t.substr(0, sp), b = trim_view(t.substr(sp));
        auto page = [](U32View x) { return !x.empty() && x.size() <= 4 && digits_at(x, 0) == x.size(); };
        // S/RES/2693 (2023): a Security Council symbol with its year
        auto year = [](U32View x) { return x.size() == 6 && x[0] == U'(' && x[5] == U')' && digits_at(x, 1) == 4; };
        symbol = (is_symbol(a) && (page(b) || year(b))) || (page(a) && is_symbol(b));
      }
    }
    if (symbol) {
      ln.kind = LineKind::Symbol;
      return ln;
    }
  }
  // "- 3 -": a page number set between dashes
  if (dashed_page(t) > 0) {
    ln.kind = LineKind::PageOf;
    ln.value = dashed_page(t);
    return ln;
  }
  if (page_and_job(t)) {
    ln.kind = LineKind::JobNumber;
    return ln;
  }
  // 3/20: page 3 of 20
  if (size_t a = digits_at(t, 0); a > 0 && a <= 3 && a < t.size() && t[a] == U'/' &&
                                    digits_at(t, a + 1) == t.size() - a - 1 && t.size() - a - 1 <= 3 &&
                                    t.size() > a + 1) {
    ln.kind = LineKind::PageOf;
    ln.value = to_long(t.substr(0, a));
    return ln;
  }
  // ______ the rule that PDF extraction keeps above the footnotes
  if (t.size() >= 5 && std::all_of(t.begin(), t.end(), [](char32_t c) {
        return c == U'_' || c == U'-' || c == U'—' || c == U'–' || c == U'─' || c == U'=' || c == U'‗';
      })) {
    ln.kind = LineKind::Rule;
    return ln;
  }
  if (is_job_number(t)) {
    ln.kind = LineKind::JobNumber;
    return ln;
  }
  ln.kind = LineKind::Text;
  return ln;
}

// The folded form of text, written after the others in `into` (reserved for
// every line: it never moves); text itself where nothing folds
U32View fold_into(U32& into, U32View text) {
  // (the first character that folds found first: a line with none is not
  // copied; else the line copied whole and folded in place from there)
  size_t k = 0;
  while (k < text.size() && fold_char(text[k]) == text[k]) ++k;
  if (k == text.size()) return text;
  const size_t at = into.size();
  into.append(text);
  char32_t* o = into.data() + at;
  for (; k < text.size(); ++k) o[k] = fold_char(text[k]);
  return U32View(into).substr(at, text.size());
}

}  // namespace

struct LineChars {
  std::atomic<long> refs{1};
  U32 text, fold;
};
OwnChars::OwnChars(LineChars* p) : p_(p) {}
OwnChars::OwnChars(const OwnChars& o) : p_(o.p_) {
  if (p_) p_->refs.fetch_add(1, std::memory_order_relaxed);
}
OwnChars::~OwnChars() {
  if (p_ && p_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete p_;
}

OwnedLine classify(int number, U32 text) {
  auto* own = new LineChars;
  own->text = std::move(text);
  own->fold = fold(own->text);
  OwnChars hold(own);
  OwnedLine ln;
  static_cast<Line&>(ln) = classify_line(number, own->text, own->fold);
  ln.own = std::move(hold);
  return ln;
}

LineKind classify_kind(U32View text) {
  // (the folded form into a buffer kept per thread: no copy of the line, no
  // allocation, where only the kind is asked)
  thread_local U32 folded;
  folded.clear();
  folded.reserve(text.size());
  return classify_line(0, text, fold_into(folded, text)).kind;
}

namespace {

// The job number of a footer line ("22-11633 (C)", "22-11633 (C)    250822",
// "-2-  22-11633 (C)"): its seven digits, or 0
long job_of(const Line& ln) {
  if (ln.kind != LineKind::JobNumber) return 0;
  const U32View t = trim_view(ln.fold());
  for (size_t h = find_char(t, U'-', 2); h != U32View::npos; h = find_char(t, U'-', h + 1))
    if (h >= 2 && digits_at(t, h - 2) == 2 && digits_at(t, h + 1) == 5 && (h == 2 || !is_digit(t[h - 3])))
      return to_long(t.substr(h - 2, 2)) * 100000 + to_long(t.substr(h + 1, 5));
  return 0;
}

// Text of PDF pages without their form feeds (pdftotext -nopgbrk, a copy
// from a PDF reader): each page ends with its footer, the job number
// ("22-11633 (C)") and the page number around it, and the next opens with
// its running header, the symbol. Where one job number closes two pages or
// more, a page starts at the header below a footer (past its blank lines,
// page numbers, barcode and recycling mark), as a form feed would have
// started it.
void infer_pages(Lines& out) {
  std::vector<Line>& L = out.lines;
  std::vector<size_t> footers;
  long job = 0;
  for (size_t i = 0; i < L.size(); ++i) {
    const long j = job_of(L[i]);
    if (j == 0) continue;
    if (job != 0 && j != job) return;  // (two documents' job numbers: not one document's pages)
    job = j;
    footers.push_back(i);
  }
  if (footers.empty()) return;
  auto furniture = [&](const Line& ln) {
    if (ln.blank() || ln.kind == LineKind::JobNumber || ln.kind == LineKind::PageOf) return true;
    if (ln.kind == LineKind::BareNumber) return ln.value > 0 && ln.value <= 999;
    const U32View t = trim_view(ln.fold());
    // (and the job number's dates, DDMMYY, that an extraction may set on
    // lines of their own below it: "23-15612 (C)" / "250823" / "280823")
    if (t.size() == 6 && digits_at(t, 0) == 6) return true;
    return t == U"请回收"sv || t == U"Please recycle"sv;
  };
  // A one-page document (a note, a letter) has one footer, its job number
  // and barcode at the end with nothing but furniture below: its one page
  // is told by it, as the form feed pdftotext ends a page with would have
  // told it (the page foot's notes are read as a page's).
  if (footers.size() == 1) {
    size_t k = footers[0] + 1;
    while (k < L.size() && furniture(L[k])) ++k;
    if (k < L.size() || footers[0] < 4) return;
    out.has_form_feeds = true;
    out.pages_inferred = true;
    return;
  }
  // A page starts where the next one's running header, the symbol, stands
  // below the footer, or a line or two further (pdftotext's default mode
  // may give a page's stray column head after its footer: "页次"); text after
  // the last footer without one is the last page's (a table's cells given
  // after the footer). A document whose pages have no running header (an
  // instrument) starts a page below each footer but the last.
  std::vector<size_t> starts, below;
  bool after_last = false;  // (text below the last footer)
  for (size_t f : footers) {
    size_t k = f + 1;
    while (k < L.size() && furniture(L[k])) ++k;
    if (k >= L.size()) continue;
    if (below.empty() || below.back() < k) below.push_back(k);
    after_last = f == footers.back();
    size_t h = k;
    for (int stray = 0; h < L.size() && L[h].kind != LineKind::Symbol && stray < 2; ++h)
      if (!furniture(L[h])) ++stray;
    if (h < L.size() && L[h].kind == LineKind::Symbol && (starts.empty() || starts.back() < h)) starts.push_back(h);
  }
  if (starts.empty() && std::none_of(L.begin() + static_cast<std::ptrdiff_t>(footers.front()), L.end(),
                                     [](const Line& ln) { return ln.kind == LineKind::Symbol; }))
    starts.assign(below.begin(), below.end() - (after_last ? 1 : 0));
  if (starts.empty()) return;
  int page = 0;
  size_t next = 0;
  for (size_t i = 0; i < L.size(); ++i) {
    if (next < starts.size() && i == starts[next]) {
      ++page;
      L[i].page_start = true;
    }
    while (next < starts.size() && starts[next] <= i) ++next;
    L[i].page = page;
  }
  out.pages = page + 1;
  out.has_form_feeds = true;
  out.pages_inferred = true;
}

}  // namespace

// A line set in by TABs alone ("<TAB><TAB>秘书长的说明", a title centred so)
// is a row whose first cells are empty only where a table is there to hold
// it: the nearest line above or below, past blank lines and other such lines,
// has ink in two cells. Elsewhere the TABs are indentation, and the line is
// read as its words would be with spaces before them.
static void indented_not_rows(std::vector<Line>& lines) {
  auto tabs_lead_only = [](const Line& ln) {
    const U32View f = ln.fold();
    const size_t s = skip_spaces(f, 0);
    return s > 0 && find_char(f, U'\t', s) == U32View::npos;
  };
  auto lead_row = [&](const Line& ln) { return ln.kind == LineKind::TableRow && tabs_lead_only(ln); };
  auto holds_table = [&](size_t k, int step) {
    for (long j = static_cast<long>(k) + step; j >= 0 && j < static_cast<long>(lines.size()); j += step) {
      const Line& ln = lines[static_cast<size_t>(j)];
      if (ln.blank() || lead_row(ln)) continue;
      return ln.kind == LineKind::TableRow;
    }
    return false;
  };
  for (size_t k = 0; k < lines.size(); ++k) {
    Line& ln = lines[k];
    if (!lead_row(ln) || holds_table(k, -1) || holds_table(k, 1)) continue;
    U32 spaced(ln.text);
    for (char32_t& c : spaced)
      if (c == U'\t') c = U' ';
    const OwnedLine as_text = classify(ln.number, std::move(spaced));
    // (the same characters, TABs for spaces: every offset holds)
    ln.kind = as_text.kind;
    ln.value = as_text.value;
    ln.label_at = as_text.label_at;
    ln.label_size = as_text.label_size;
    ln.body = as_text.body;
    ln.after_label = as_text.after_label;
    ln.width = as_text.width;
  }
}

Lines lex(U32 text_in) {
  Lines out;
  int page = 0;
  size_t i = 0;
  int number = 0;
  bool pending_ff = false;
  // the lines view these characters: the text itself, a line's form feeds
  // and byte order mark dropped where it stands (nothing else moves)
  out.chars = std::make_unique<U32>(std::move(text_in));
  out.folded = std::make_unique<U32>();
  U32& text = *out.chars;
  if (text.empty()) return out;
  out.folded->reserve(text.size());  // (at most every character: touched only as written)
  prefer_huge_pages(out.folded->data(), text.size() * sizeof(char32_t));
  bool maybe_markdown = false;
  // (as many lines as there are line ends: no vector grown to twice its need)
  {
    // (LF counted by a loop the compiler widens; a CR, rare, looked at one by one)
    // (in 32-bit block sums: the compiler adds four characters at once)
    // (and Markdown's marks counted in the same loop: a text with none of
    // # | ^ \ and fewer than twelve * is not looked at again for them)
    size_t ends = 1, crs = 0, marks = 0, stars = 0;
    for (size_t at = 0; at < text.size(); at += size_t{1} << 16) {
      const size_t stop = std::min(text.size(), at + (size_t{1} << 16));
      uint32_t lf_block = 0, cr_block = 0, mark_block = 0, star_block = 0;
      for (size_t k = at; k < stop; ++k) {
        const char32_t c = text[k];
        lf_block += c == U'\n';
        cr_block += c == U'\r';
        mark_block += (c == U'#') | (c == U'|') | (c == U'^') | (c == U'\\');
        star_block += c == U'*';
      }
      ends += lf_block;
      crs += cr_block;
      marks += mark_block;
      stars += star_block;
    }
    maybe_markdown = marks > 0 || stars >= 12;
    if (crs > 0)
      for (size_t k = 0; k < text.size(); ++k)
        ends += text[k] == U'\r' && (k + 1 == text.size() || text[k + 1] != U'\n');
    out.lines.reserve(ends);
    prefer_huge_pages(out.lines.data(), ends * sizeof(Line));
  }
  const bool any_ff = find_char(text, U'\f') != U32View::npos;  // (else no line need be searched for one)
  const bool markdown = out.markdown = maybe_markdown && is_markdown(text);
  const bool star_bullets = markdown && U32View(text).find(U"\\*"sv) != U32View::npos;
  bool star_item_above = false, quote_above = false;
  while (i <= text.size()) {
    const size_t j = line_end(text, i);
    U32View raw = U32View(text).substr(i, j - i);
    bool ff = pending_ff;
    pending_ff = false;
    if (any_ff && find_char(raw, U'\f') != U32View::npos) {
      // pdftotext puts the form feed at the start of a page's first line; a
      // form feed alone on the last line ends the last page.
      size_t pos = raw.find(U'\f');
      const bool before = !is_blank(raw.substr(0, pos));
      size_t w = i;  // (the line's other characters moved up over its form feeds)
      for (size_t k = i; k < j; ++k)
        if (text[k] != U'\f') text[w++] = text[k];
      const U32View clean = U32View(text).substr(i, w - i);
      if (before || is_blank(clean)) pending_ff = true;
      else ff = true;
      raw = clean;
      out.has_form_feeds = true;
    }
    if (raw.size() && raw.front() == 0xFEFF) raw.remove_prefix(1);
    int block = 0;  // (a list's item, 1, or a block quote's line, 2)
    if (markdown) {  // (its marks taken out, kept beside it)
      const size_t b = static_cast<size_t>(raw.data() - text.data());
      U32 marks;
      // ("* " a bullet's mark where the converter escapes a star it means,
      // "\*", as pandoc and MarkItDown do, or where a list's next or last
      // item opens so too; else a star note's label, "* A/78/150。", as a
      // converter from a PDF leaves it)
      const bool star_line = star_opens(trim_view(raw));
      bool stars = star_bullets || (star_line && star_item_above);
      if (!stars && star_line)
        for (size_t k = j; k < text.size();) {
          const size_t n = line_end(text, k + 1);
          const U32View next = trim_view(U32View(text).substr(k + 1, n - k - 1));
          if (!next.empty()) {
            stars = star_opens(next);
            break;
          }
          if (n >= text.size()) break;
          k = n;
        }
      if (star_line) star_item_above = stars;
      else if (!is_blank(raw)) star_item_above = false;
      const size_t e = strip_markdown(text, b, b + raw.size(), marks, stars, block);
      raw = U32View(text).substr(b, e - b);
      if (!marks.empty()) out.markup.emplace_back(number + 1, std::move(marks));
    }
    if (ff && number > 0) ++page;
    Line ln = classify_line(++number, raw, fold_into(*out.folded, raw));
    // a nested list's numbered item, set in under its parent's text ("2. …建议：" /
    // "   1. 通过全面立法；", as MarkItDown numbers a sub-list): an item of
    // the paragraph above, not this document's paragraph 1
    if (markdown && block == 0 && ln.kind == LineKind::Numbered && ln.label_at >= 2 &&
        std::all_of(raw.begin(), raw.begin() + ln.label_at, [](char32_t c) { return c == U' ' || c == U'\t'; }))
      block = 3;
    if (block != 0 && !ln.blank()) {
      // a quote's line is the quote's text, whatever its look ("> 1. 决定…"
      // a quoted resolution's paragraph, not this document's paragraph 1); a
      // bullet's text no note, page number or running header ("- A/78/150")
      const LineKind k = ln.kind;
      if (block >= 2 || k == LineKind::DigitNote || k == LineKind::BareNumber || k == LineKind::FootnoteBody ||
          k == LineKind::PageOf || k == LineKind::JobNumber || k == LineKind::Symbol || k == LineKind::Rule) {
        ln.kind = LineKind::Text;
        ln.value = -1;
        ln.set_label(0, 0);
        ln.body = ln.after_label = static_cast<uint32_t>(skip_spaces(raw, 0));
      }
      // (each item opens a paragraph; a quote's first line after a line not
      // the quote's, or after its blank line, ">", opens one)
      if (block != 2 || !quote_above) out.md_blocks.push_back(number);
    }
    quote_above = (block == 2 || block == 4) && !ln.blank();
    ln.page_start = ff && number > 1;
    ln.page = page;
    out.lines.push_back(std::move(ln));
    if (j >= text.size()) break;
    i = j + ((text[j] == U'\r' && j + 1 < text.size() && text[j + 1] == U'\n') ? 2 : 1);
    if (i == text.size()) break;
  }
  out.pages = page + 1;
  if (!out.has_form_feeds) infer_pages(out);
  indented_not_rows(out.lines);
  return out;
}

}  // namespace undoc
