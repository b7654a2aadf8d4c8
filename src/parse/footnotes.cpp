// Pass 3: footnote bodies (superscript, star and plain-digit labels) and their markers.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <functional>
#include <set>

#include "parser.hpp"

namespace undoc::detail {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

namespace {
constexpr size_t npos = std::string::npos;

// "*", "**": a star label's line (trimmed), of three stars at most when a label
bool stars_only(U32View g) {
  return !g.empty() && std::all_of(g.begin(), g.end(), [](char32_t c) { return c == U'*'; });
}
bool star_label(U32View g) { return stars_only(g) && g.size() <= 3; }

// The first position at or after p that may hold a marker: a star, or a
// character between U+00B2 and U+2079, where the superscript digits lie
// (four characters looked at once); t.size() when none does
size_t marker_candidate(U32View t, size_t p) {
  const char32_t* s = t.data();
  const size_t n = t.size();
#if defined(__SSE2__)
  const __m128i star = _mm_set1_epi32(U'*'), lo = _mm_set1_epi32(0xB2 - 1), hi = _mm_set1_epi32(0x2079 + 1);
  for (; p + 4 <= n; p += 4) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + p));
    const __m128i in = _mm_and_si128(_mm_cmpgt_epi32(x, lo), _mm_cmplt_epi32(x, hi));
    const int m = _mm_movemask_ps(_mm_castsi128_ps(_mm_or_si128(in, _mm_cmpeq_epi32(x, star))));
    if (m) return p + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
#endif
  for (; p < n; ++p)
    if (s[p] == U'*' || (s[p] >= 0xB2 && s[p] <= 0x2079)) return p;
  return n;
}

// "临时议程 * 项目": a star set apart by spaces between two words of Han
// (pdftotext -layout spaces a raised marker on both sides)
bool spaced_star(U32View t, size_t p) {
  size_t b = p;
  while (b > 0 && is_space(t[b - 1])) --b;
  size_t e = p;
  while (e < t.size() && t[e] == U'*') ++e;
  e = skip_spaces(t, e);
  return b > 0 && b < p && e < t.size() && e > p && is_space(t[e - 1]) && is_han(t[b - 1]) && is_han(t[e]);
}

// A character a number follows in Chinese text: the end of 附件, 表, 图,
// 方框, 第, 章, 节, 条, 款, 段, 编, 卷, 期, 项目, 约, 共, 逾, 至, 和, 及, 或…
// ("附件 2 所载", "如表 2 所示"): a spaced number after it is no marker.
bool takes_number(char32_t c) {
  static constexpr std::u32string_view chars = U"件表图框第章节条款段编卷期目约共逾至和及或与近达为有计余前后增减附超占";
  return chars.find(c) != std::u32string_view::npos;
}

// A word a number names one of a series after, glued to it: 目标5 (a
// Sustainable Development Goal), 成果1, 产出2, 支柱1, 阶段2, 步骤3 (and 附件3,
// 表2 by their last character: takes_number). (Not 建议, 结论, 原则: a marker
// follows them as a noun, "…的结论²，", as often as a number does.)
bool numbered_word_before(U32View f, size_t p) {
  if (p < 2) return false;
  const U32View w = f.substr(p - 2, 2);
  for (U32View l : {U"目标"sv, U"成果"sv, U"产出"sv, U"支柱"sv, U"阶段"sv, U"步骤"sv})
    if (w == l) return true;
  return false;
}

// The word of a label its number follows on a line of its own: a table's,
// a figure's, a box's, an annex's, a resolution's or decision's in a
// compilation, a recommendation's.
bool label_word(U32View w) {
  for (U32View l : {U"表"sv, U"图"sv, U"方框"sv, U"附件"sv, U"决议"sv, U"决定"sv, U"建议"sv})
    if (w == l) return true;
  return false;
}

// The brackets, book titles and quotations a folded text opens and does not
// close (negative: closes more than it opens): "粮农组织，《…》(2022" leaves one open.
struct Open {
  long round = 0, book = 0, quote = 0;
  explicit Open(U32View s) {
    for (char32_t c : s) {
      round += (c == U'(') - (c == U')');
      book += (c == U'《') - (c == U'》');
      quote += (c == U'“') - (c == U'”');
    }
  }
  long total() const { return round + book + quote; }
  // its sentence goes on below ("…(2022" / "年，罗马)。")
  bool any() const { return round > 0 || book > 0 || quote > 0; }
};
}  // namespace

void Parser::add_footnote(const std::string& id, size_t i, size_t from) {
  Footnote fn;
  fn.id = id;
  U32 text = piece(i, from, nullptr);
  fn.lines.extend(L_[i].number);
  used_[i] = 1;
  // Continuation lines: only directly below, and only when the body does
  // not already end a sentence or the page structure says we are in the
  // footer (everything down to the page end is footnotes or furniture).
  size_t k = i + 1;
  // (a line the wrap cut at a hyphen goes on below whatever the next line
  // looks like: "“COVID-" / "19全球性别应对措施追踪”，…", a number first)
  auto cut_at_hyphen = [&] { return !text.empty() && text.back() == U'-'; };
  // (nor a line that closes a bracket the note left open, before it opens
  // one, whatever the lexer read its start as: a wrap at a count of columns
  // cut a sales number, "…(联合国出版物，出售品编号：C.9" / "6.IV.8)，第一章…",
  // and "6." reads as a paragraph's number; the whole line is the note's)
  auto bracket_rest = [&] {
    if (L_[k].kind == LineKind::FootnoteBody || L_[k].blank() || !Open(fold(U32View(text))).any()) return false;
    long round = 0, book = 0;
    for (const char32_t c : trimmed_fold(k)) {
      round += (c == U'(') - (c == U')');
      book += (c == U'《') - (c == U'》');
      if (round < 0 || book < 0) return true;
    }
    return false;
  };
  // (text set as Chinese text is, only a paragraph's first line set in: a
  // line at the margin below a full line of the note that stopped
  // mid-sentence is its wrapped rest, whatever it opens with, "…出售品编号：C.9"
  // / "6.IV.8)，第一章…"; a heading, not set in, may stand there after a stop)
  auto at_margin = [&] {
    return wrapped_ && indent_first_only_ && !ideographic_indent(k) && full(k - 1) && !text.empty() &&
           !is_sentence_end(fold_char(text.back())) &&
           (L_[k].kind == LineKind::Text || L_[k].kind == LineKind::Numbered || L_[k].kind == LineKind::Section);
  };
  // (paragraphs set off by blank lines, their lines cut anywhere, a note's
  // too: the note takes the lines of its block, as pandoc's plain text wraps
  // it, "…哥本哈根》(联合" / "国出版物，…", with no form feed or wrap width to say so)
  const bool in_block = shape_ == Shape::Blocks && !lines_.has_form_feeds;
  // (a note citing an English title or a symbol may end its line at a Latin
  // full stop with more to come, "…Climate Change (2019)." / "另见…", "…2022,
  // vol." / "II (Part Two)…": a wrap at a space, Python's textwrap's, cuts
  // after the stop as readily as after any word. The stop ends the note
  // only where nothing says it goes on: the line right below is the note's
  // where blank lines part the paragraphs (none between), after an
  // abbreviation's stop (vol., chap., p., No.…), or where it goes on in
  // English (a lower-case word, a citation's figure, a bracket) or with the
  // note's next citation (另见…, "see also"))
  auto latin_stop_goes_on = [&] {
    if (!wrapped_ || lines_.has_form_feeds || text.empty() || fold_char(text.back()) != U'.' ||
        L_[k].kind != LineKind::Text)
      return false;
    if (blanks_part_) return true;
    size_t w = text.size() - 1;
    while (w > 0 && ((text[w - 1] >= U'a' && text[w - 1] <= U'z') || (text[w - 1] >= U'A' && text[w - 1] <= U'Z'))) --w;
    if (w + 1 < text.size() && (w == 0 || !is_ascii_alnum(fold_char(text[w - 1])))) {
      std::string word;
      for (size_t c = w; c + 1 < text.size(); ++c) word.push_back(static_cast<char>(text[c] | 0x20));
      static constexpr std::string_view abbreviations[] = {"vol", "vols", "chap", "chaps", "sect", "sects", "para",
                                                           "paras", "p", "pp", "no", "nos", "art", "arts", "add",
                                                           "rev", "corr", "ed", "eds", "al", "suppl", "cf"};
      for (const std::string_view a : abbreviations)
        if (word == a) return true;
    }
    const U32View g = trimmed_line(k);
    if (g.empty()) return false;
    if (g[0] >= U'a' && g[0] <= U'z') return true;
    if (g[0] == U'(' && g.size() > 1 && is_ascii_alnum(g[1]) && !starts_sub_item(g)) return true;
    if (g[0] >= U'0' && g[0] <= U'9') {
      size_t d = 0;
      while (d < g.size() && g[d] >= U'0' && g[d] <= U'9') ++d;
      return d == g.size() || U32View(U")-,.;:/"sv).find(g[d]) != U32View::npos;
    }
    return starts_with(g, U"另见"sv) || starts_with(g, U"又见"sv) || starts_with(g, U"亦见"sv);
  };
  while (k < L_.size() && free_line(k) && !L_[k].page_start &&
         (L_[k].kind == LineKind::Text || (cut_at_hyphen() && L_[k].kind != LineKind::FootnoteBody) || bracket_rest() ||
          at_margin())) {
    // (a PDF page says so of each line: set in the foot's smaller type, a one-page
    // document's too, which has no form feed to find its foot by)
    // (a line of nothing but closing marks, what a wrap left of the note's
    // last sentence, "…在日本京都举行" / "。", goes on it whatever the shape)
    // (or, text without pages, a note cut mid-sentence over a line that ends
    // its sentence, with only notes below it to the text's end: the last
    // page's foot, a short text's that no wrap width measured, "* 本文件所载资料
    // 来自…第七十三条e款" / "提交的资料。" / "¹ …")
    auto foot_rest = [&] {
      if (lines_.has_form_feeds || text.empty() || is_sentence_end(fold_char(text.back())) ||
          is_clause_end(fold_char(text.back())) || k != i + 1)
        return false;
      const U32View g = trimmed_fold(k);
      if (g.empty() || !is_sentence_end(fold_char(g.back())) || contains(g.substr(0, g.size() - 1), U'。')) return false;
      for (size_t q = k + 1; q < L_.size(); ++q)
        if (!L_[q].blank() && L_[q].kind != LineKind::FootnoteBody) return false;
      return true;
    };
    bool footer = (lines_.has_form_feeds && footer_below(k)) || L_[k].foot == 1 || only_closing_marks(trimmed_fold(k)) ||
                  foot_rest();
    const bool stop_goes_on = !footer && !in_block && !text.empty() && is_sentence_end(fold_char(text.back())) &&
                              latin_stop_goes_on();
    if (!footer && !in_block && !text.empty() && is_sentence_end(fold_char(text.back())) && !stop_goes_on) break;
    if (!footer && !wrapped_ && !cut_at_hyphen() && !in_block) break;
    // (a line the lexer took for a numbered one, taken for the bracket it
    // closes or as the rest at the margin, keeps what it took for its label:
    // "6.IV.8)…" is the note's "…C.9" going on)
    const bool whole = L_[k].kind != LineKind::Text && (bracket_rest() || at_margin());
    // (the space English sets where the wrap cut, which join_text gives
    // only between words: "…Bend the Trend" / "(Nairobi, 2024).",
    // "…Climate Change (2019)." / "另见…")
    {
      const U32View g = trimmed_fold(k);
      const char32_t x = text.empty() ? 0 : text.back();
      // (after a figure, an English title's, "…Outlook to 2060" / "(Paris,
      // 2019).", a word in the bracket: "第2573" / "(2021)号决议" is one number)
      size_t d = text.size();
      while (d > 0 && text[d - 1] >= U'0' && text[d - 1] <= U'9') --d;
      const bool latin_x = (x >= U'a' && x <= U'z') || (x >= U'A' && x <= U'Z');
      const bool figure_x = d < text.size() && d > 0 && text[d - 1] == U' ' && g.size() > 1 &&
                            ((g[1] >= U'a' && g[1] <= U'z') || (g[1] >= U'A' && g[1] <= U'Z'));
      if (!g.empty() && (((latin_x || figure_x) && g[0] == U'(' && g.size() > 1 && is_ascii_alnum(g[1])) ||
                         (stop_goes_on && x == U'.' && is_han(g[0]))))
        text.push_back(U' ');
    }
    // (nor one inside an address a wrap at a count of columns cut, "(http://do"
    // / "cuments.un.org/)…": an address holds no space)
    bool in_address = false;
    {
      size_t t = text.size();
      while (t > 0 && !is_space(text[t - 1]) && !is_han(text[t - 1]) && text[t - 1] != U'(' && text.size() - t < 80) --t;
      const U32View tail = U32View(text).substr(t);
      const U32View g = trimmed_fold(k);
      in_address = !tail.empty() && is_ascii_alnum(fold_char(tail.back())) && !g.empty() && is_ascii_alnum(g[0]) &&
                   (tail.find(U"://"sv) != U32View::npos || tail.find(U"www."sv) != U32View::npos ||
                    tail.find(U'@') != U32View::npos);
    }
    if (in_address)
      text.append(piece(k, whole ? indent(k) : L_[k].body, nullptr));
    else
      join_text(text, piece(k, whole ? indent(k) : L_[k].body, nullptr));
    fn.lines.extend(L_[k].number);
    used_[k] = 1;
    ++k;
  }
  // In text a sentence a line (a sentence splitter's, no blank lines), a
  // note of several sentences is cut into lines as the paragraphs are: "*
  // 本记录可以更正。" / "更正应以一种工作语言提出，…。" / "经更正的记录将…重新印发。",
  // "* 本报告摘要以所有正式语文分发。" / "报告正文附于摘要之后，…。". As a numbered
  // paragraph takes the unlabelled sentences below it, the note takes those
  // right below it where the text's structure, not more text, closes their
  // run: a heading, a numbered paragraph or article, the next note, a
  // record's procedural line ("上午10时05分宣布开会。"). (Not below a note
  // that is a symbol or a citation with no Han, "* A/78/150。": a sentence
  // there is the text's; nor a sentence that holds a marker, which calls a
  // note from the text; four at most, a note being short.)
  if (shape_ == Shape::SentencePerLine && !lines_.has_form_feeds && !text.empty() &&
      is_sentence_end(fold_char(text.back())) && std::any_of(text.begin(), text.end(), is_han)) {
    size_t e = k;
    while (e < L_.size() && e - k < 4 && free_line(e) && L_[e].kind == LineKind::Text) {
      const U32View g = trimmed_fold(e);
      if (g.empty() || !is_sentence_end(g.back()) || is_procedural_line(g) || starts_sub_item(g) ||
          std::any_of(g.begin(), g.end(), [](char32_t c) { return is_superscript_digit(c) || c == U'*'; }))
        break;
      ++e;
    }
    bool closed = false;
    if (e > k && e < L_.size() && !L_[e].blank() && !used_[e]) {
      switch (L_[e].kind) {
        case LineKind::Chapter: case LineKind::Section: case LineKind::Numbered: case LineKind::Article:
        case LineKind::Part: case LineKind::TocTitle: case LineKind::FootnoteBody:
          closed = true;
          break;
        case LineKind::Text:
          closed = is_procedural_line(trimmed_fold(e));
          break;
        default:
          break;
      }
    }
    for (; closed && k < e; ++k) {
      join_text(text, piece(k, L_[k].body, nullptr));
      fn.lines.extend(L_[k].number);
      used_[k] = 1;
    }
    if (closed) note_layout("a footnote's sentences, a line each, taken down to the text's next heading, paragraph or note");
  }
  // A Markdown note of several paragraphs: the next ones below a blank line,
  // set in by four spaces or a TAB, as pandoc and CommonMark's notes write
  // them ("[^1]: 见…。" / "" / "    另见A/77/300号文件。"), with the lines
  // right below its first.
  if (lines_.markdown) {
    auto set_in = [&](size_t q) {
      const U32View t = L_[q].text;
      return (t.size() > 4 && t.substr(0, 4) == U"    "sv) || (!t.empty() && t[0] == U'\t');
    };
    for (;;) {
      size_t q = k;
      while (q < L_.size() && L_[q].blank()) ++q;
      if (q == k || q >= L_.size() || !free_line(q) || L_[q].kind != LineKind::Text || !set_in(q)) break;
      for (k = q; free_line(k) && L_[k].kind == LineKind::Text; ++k) {
        join_text(text, piece(k, L_[k].body, nullptr));
        fn.lines.extend(L_[k].number);
        used_[k] = 1;
      }
    }
  }
  fn.text = to_utf8(text);
  doc_.footnotes.push_back(std::move(fn));
}

void Parser::add_split_footnote(const std::string& id, size_t label, const std::vector<size_t>& body) {
  Footnote fn;
  fn.id = id;
  U32 text;
  for (size_t b : body) {
    join_text(text, piece(b, L_[b].body, nullptr));
    fn.lines.extend(L_[b].number);
    used_[b] = 1;
  }
  used_[label] = 1;
  fn.lines.extend(L_[label].number);
  fn.text = to_utf8(text);
  doc_.footnotes.push_back(std::move(fn));
}

bool Parser::set_off_above(size_t i) const {
  return i > 0 && (L_[i - 1].blank() || L_[i - 1].kind == LineKind::Rule);
}

bool Parser::footer_below(size_t k) const {
  int page = L_[k].page;
  for (size_t j = k; j < L_.size() && L_[j].page == page; ++j) {
    if (j - k > 200) return false;  // no page foot is that long
    if (used_[j] || L_[j].blank()) continue;
    switch (L_[j].kind) {
      case LineKind::Text: case LineKind::FootnoteBody: case LineKind::DigitNote: case LineKind::BareNumber:
      case LineKind::Symbol:
        continue;
      default:
        return false;
    }
  }
  return true;
}

// A UN document symbol ends right before position end, past spaces
// ("…见S/2023/123 " before a marker): a run of ASCII letters, digits, dots
// and dashes that holds a slash and opens with a capital.
static bool symbol_before(U32View f, size_t end) {
  while (end > 0 && is_space(f[end - 1])) --end;
  size_t b = end;
  while (b > 0 && (is_ascii_alnum(f[b - 1]) || f[b - 1] == U'/' || f[b - 1] == U'.' || f[b - 1] == U'-')) --b;
  const U32View w = f.substr(b, end - b);
  return w.size() >= 3 && w.front() >= U'A' && w.front() <= U'Z' && w.find(U'/') != U32View::npos &&
         w.back() != U'/' && w.back() != U'.';
}

bool Parser::find_digit_marker(size_t i, long value, size_t* line_out, size_t* pos_out, bool far,
                               WeakMarker weak) const {
  const std::string ascii = fmt::format("{}", value);
  const U32 digits(ascii.begin(), ascii.end());
  size_t scanned = 0, chars = 0;
  size_t weak_line = npos, weak_pos = 0;  // a candidate glued to a word that takes a number
  // (far: bounded by the characters read too, 20,000, some eight pages of
  // text, so that a label's look back costs the same on any input)
  // (i may be the end of the lines: the look back from the last page's end)
  const int page = i < L_.size() ? L_[i].page : (L_.empty() ? 0 : L_.back().page + 1);
  for (size_t k = i; k-- > 0 && scanned < (far ? 2000 : 80) && (!far || chars < 20000);) {
    if (!far && lines_.has_form_feeds && L_[k].page != page && L_[k].page + 1 != page) break;
    if (far) chars += L_[k].fold().size() + 1;
    if (L_[k].blank() || used_[k]) continue;
    if (L_[k].kind == LineKind::FootnoteBody) break;
    ++scanned;
    const U32View f(L_[k].fold());
    size_t from = L_[k].body;
    for (size_t p = f.find(digits, from); p != U32View::npos; p = f.find(digits, p + 1)) {
      size_t e = p + digits.size();
      // (a label's word and its number alone on the line, "表1", "图 2",
      // "方框3", "附件2", "决议1" (a conference's), "建议1" (a JIU report's),
      // set with no space as often as with one: the label's number, no marker)
      if (p > 0 && trim_view(f.substr(e)).empty() && label_word(trim_view(f.substr(0, p)))) continue;
      if (p == skip_spaces(f, 0)) {
        // "…措施。" / "4许多会员国…": pdftotext set the marker after a
        // sentence end at the start of the next line
        size_t prev = k;
        while (prev > 0 && L_[prev - 1].blank()) --prev;
        // (or after an enumeration comma, the item it follows cited: "…专家组会议的成果、" / "1会员国…")
        const bool after_stop = prev > 0 && !used_[prev - 1] && !trimmed_line(prev - 1).empty() &&
                                U32View(U"。；：”’）)》!?.;、"sv).find(trimmed_line(prev - 1).back()) != U32View::npos;
        // (or punctuation after it: "…《布里奇敦盟约》" / "2，")
        if (after_stop && e < f.size() &&
            ((is_han(f[e]) && !is_number_unit_at(f, e)) || U32View(U"，,；;。"sv).find(f[e]) != U32View::npos)) {
          *line_out = k;
          *pos_out = p;
          return true;
        }
        // (or the wrap put it at the start of the next line, between the word
        // it follows, which filled the line above, and the punctuation after
        // it: "…专家组会议的工作" / "2，注意到…"; no Chinese line opens with a
        // bare number and a comma, a number there takes its unit)
        // (or the bracket that opens a gloss on it: "…安全理事会主席的说明" /
        // "1(以下称…)"; not a number's own bracket, "…第" / "1(b)段",
        // "…议程项目" / "3(续)", the word above one that takes a number)
        const bool gloss = e + 1 < f.size() && f[e] == U'(' && is_han(f[e + 1]) && f[e + 1] != U'续' &&
                           !is_number_unit_at(f, e + 1);
        if (prev > 0 && !used_[prev - 1] && L_[prev - 1].page == L_[k].page && full(prev - 1) && e < f.size() &&
            (U32View(U"，,；;。"sv).find(f[e]) != U32View::npos || gloss)) {
          const U32View up = trimmed_line(prev - 1);
          if (!up.empty() && (is_han(up.back()) || U32View(U"》”’）)"sv).find(up.back()) != U32View::npos) &&
              !(gloss && U32View(U"第目项件表图条章款段节号届次"sv).find(up.back()) != U32View::npos)) {
            *line_out = k;
            *pos_out = p;
            return true;
          }
        }
        // (or the wrap carried it over to the next page, the first text on
        // it below the running header, the page above ending the paragraph
        // at its stop and the next numbered paragraph or a heading right
        // below: "…各附属机关的工作。" / [foot, page break, "S/2023/947"] /
        // "3" / "9. …"; the page's number stands at its foot, so the number
        // is none, and the body it calls is at this page's foot)
        if (trim_view(f.substr(e)).empty()) {
          size_t next = k + 1;
          while (next < L_.size() && L_[next].blank() && L_[next].page == L_[k].page) ++next;
          size_t top = k;
          while (top > 0 && L_[top - 1].page == L_[k].page && (L_[top - 1].blank() || used_[top - 1])) --top;
          const bool page_top = lines_.has_form_feeds && top > 0 && L_[top - 1].page + 1 == L_[k].page;
          size_t above = top;
          while (page_top && above > 0 && L_[above - 1].page + 1 >= L_[k].page &&
                 (L_[above - 1].blank() || used_[above - 1] || L_[above - 1].kind == LineKind::FootnoteBody ||
                  L_[above - 1].kind == LineKind::DigitNote || L_[above - 1].page == L_[k].page))
            --above;
          const U32View up = page_top && above > 0 && L_[above - 1].page + 1 == L_[k].page ? trimmed_line(above - 1)
                                                                                          : U32View();
          if (!up.empty() && U32View(U"。；”’）)》!?.;"sv).find(up.back()) != U32View::npos && next < L_.size() &&
              L_[next].page == L_[k].page && !used_[next] &&
              (L_[next].kind == LineKind::Numbered || L_[next].kind == LineKind::Chapter ||
               L_[next].kind == LineKind::Section) &&
              !trimmed_content(next).empty()) {
            *line_out = k;
            *pos_out = p;
            return true;
          }
        }
        // (or a line of its own between the words it follows and the
        // punctuation after it: "…第 76/140 号决议" / "1" / "，又回顾…": -raw
        // and the default mode break the line at a raised marker; no line
        // of text opens with a comma)
        if (trim_view(f.substr(e)).empty() && prev > 0 && !used_[prev - 1] && L_[prev - 1].page == L_[k].page) {
          const U32View up = trimmed_line(prev - 1);
          size_t next = k + 1;
          while (next < L_.size() && L_[next].blank() && L_[next].page == L_[k].page) ++next;
          const U32View down = next < L_.size() && L_[next].page == L_[k].page && !used_[next] ? trimmed_fold(next) : U32View();
          if (!up.empty() && (is_han(up.back()) || U32View(U"》”’）)"sv).find(up.back()) != U32View::npos) &&
              !down.empty() && U32View(U"，,；;。：:、"sv).find(down.front()) != U32View::npos) {
            *line_out = k;
            *pos_out = p;
            return true;
          }
          // (or after a sentence's stop, the paragraph's end, with the next
          // numbered paragraph or a heading right below: "…80%的目标。" /
          // "1" / "6. 各区域…": a raised marker set on a line of its own)
          if (after_stop && trimmed_line(prev - 1).back() != U'、' && next < L_.size() && L_[next].page == L_[k].page &&
              !used_[next] &&
              (L_[next].kind == LineKind::Numbered || L_[next].kind == LineKind::Chapter ||
               L_[next].kind == LineKind::Section) &&
              !trimmed_content(next).empty()) {
            *line_out = k;
            *pos_out = p;
            return true;
          }
          // (or the line above ran to the width and the marker after its
          // stop went over to a line of its own, the next paragraph below:
          // "…也很少得到公共预算的支持。" / "1" / "国际劳工组织估计…": a
          // paragraph's number stands below a short line, a paragraph's end)
          if (after_stop && trimmed_line(prev - 1).back() != U'、' && full(prev - 1) && next < L_.size() &&
              L_[next].page == L_[k].page && !used_[next] && L_[next].kind == LineKind::Text &&
              !trimmed_content(next).empty()) {
            *line_out = k;
            *pos_out = p;
            return true;
          }
        }
        continue;
      }
      if (p == 0) continue;
      char32_t before = f[p - 1];
      if (before >= U'0' && before <= U'9') {
        // "…有关数据见E/CN.6/2023/33" / "。": -raw glues a raised marker to a
        // symbol's last digit and breaks the line after it, short of the
        // width; the next line opens with the stop the marker stood before.
        // Only when the line ends there, its symbol whole without the
        // marker, and the stop below on the same page.
        const size_t e2 = p + digits.size();
        if (!trim_view(f.substr(e2)).empty()) continue;
        if (!symbol_before(f, p) || full(k)) continue;
        size_t next = k + 1;
        while (next < L_.size() && L_[next].blank() && L_[next].page == L_[k].page) ++next;
        if (next >= L_.size() || L_[next].page != L_[k].page || used_[next]) continue;
        const U32View down = trimmed_fold(next);
        if (down.empty() || U32View(U"。，；,;"sv).find(down.front()) == U32View::npos) continue;
        *line_out = k;
        *pos_out = p;
        return true;
      }
      if (e < f.size() && f[e] >= U'0' && f[e] <= U'9') continue;
      // (a number grouped by a space, as Chinese UN text sets thousands:
      // "约1 500人", "7 000名": its first group is no marker)
      if (e + 4 <= f.size() && f[e] == U' ' && std::all_of(f.begin() + e + 1, f.begin() + e + 4, [](char32_t c) {
            return c >= U'0' && c <= U'9';
          }) && (e + 4 == f.size() || f[e + 4] < U'0' || f[e + 4] > U'9'))
        continue;
      // (or by a comma, as it also writes them: "41个国家的1,800多名", "有8,000人";
      // the comma as typed, ASCII, not the full-width one a marker may stand before)
      if (e + 4 <= f.size() && L_[k].text[e] == U',' && std::all_of(f.begin() + e + 1, f.begin() + e + 4, [](char32_t c) {
            return c >= U'0' && c <= U'9';
          }) && (e + 4 == f.size() || f[e + 4] < U'0' || f[e + 4] > U'9'))
        continue;
      bool at_end = trim_view(f.substr(e)).empty();
      // (a number the line's end cuts from its unit is no marker: "2022 年 1 月 1" / "日至…")
      if (at_end && k + 1 < L_.size() && !L_[k + 1].blank()) {
        const U32View below(L_[k + 1].fold());
        if (is_number_unit_at(below, skip_spaces(below, 0))) continue;
      }
      // (nor an amount's first group, the line's end cutting it at its
      // group's space, the rest on the next line of text, past the foot's
      // bodies and the page's furniture: "…批款4" / "4 A/78/7/Add.14。" /
      // "2/3" / "250 000美元；")
      if (at_end && digits.size() <= 3) {
        size_t j = k + 1;
        for (int n = 0; j < L_.size() && n < 24; ++j, ++n) {
          const LineKind lk = L_[j].kind;
          if (!(L_[j].blank() || lk == LineKind::FootnoteBody || lk == LineKind::DigitNote ||
                lk == LineKind::BareNumber || lk == LineKind::Symbol || lk == LineKind::PageOf ||
                lk == LineKind::Rule || lk == LineKind::JobNumber))
            break;
        }
        if (j < L_.size()) {
          const U32View g = trim_view(L_[j].fold());
          auto digit = [&](size_t x) { return x < g.size() && g[x] >= U'0' && g[x] <= U'9'; };
          if (digit(0) && digit(1) && digit(2) && !digit(3) && g.size() > 3 && g[3] == U' ' && digit(4) && digit(5) &&
              digit(6) && !digit(7))
            continue;
        }
      }
      // (the folded view has ASCII for full-width punctuation: check both)
      bool glued_before = is_han(before) || U32View(U"。，；：、”’）)》,;:"sv).find(before) != U32View::npos;
      // "开始运作 3。": a space before, but CJK punctuation or the line end after
      // (or "报告 1中介绍": a space before, Han after; UN text would space a number on both sides)
      // (also "…干旱。 2在受影": -layout sets a space between the stop and the marker,
      // and "…报告 1 。": a space on both sides of a raised marker)
      const size_t after = skip_spaces(f, e);
      // (and "《…宣言》 2 呼吁", "各国动员 1 了更多资源": spaced on both sides,
      // Han after; not after a word that a number follows, "附件 2 所载",
      // "如表 2 所示", "第 2 段", nor before a unit)
      const bool spaced_both = p >= 2 && after > e && after < f.size() && is_han(f[after]) &&
                               !is_number_unit_at(f, after) && (is_cjk_closing(f[p - 2]) || !takes_number(f[p - 2]));
      // (at the line's end too, but "临时议程项目 2" is the item's number; nothing
      // after the line's end is read)
      bool spaced = is_space(before) && p >= 2 && (is_han(f[p - 2]) || is_cjk_closing(f[p - 2])) &&
                    (at_end ? !takes_number(f[p - 2])
                            : (after < f.size() && U32View(U"。，；：,;:"sv).find(f[after]) != U32View::npos) ||
                                  (e < f.size() && is_han(f[e])) || spaced_both);
      // (after a percentage, before a stop or comma: "高达 10% 至 30% 3。" / "30% 3 。";
      // a number of its own there would take its unit)
      // (-raw glues it and breaks the line after it: "30%3" / "。")
      const bool after_percent = before == U'%' || (is_space(before) && p >= 2 && f[p - 2] == U'%');
      if (!glued_before && !spaced && after_percent) {
        char32_t next = after < f.size() ? f[after] : 0;
        if (at_end && k + 1 < L_.size() && !L_[k + 1].blank() && L_[k + 1].page == L_[k].page) {
          const U32View below = trim_view(L_[k + 1].fold());
          next = below.empty() ? 0 : below.front();
        }
        spaced = next && U32View(U"。，；,;"sv).find(next) != U32View::npos;
      }
      // (after a document symbol, spaced on both sides before a stop or
      // comma: "见S/2023/123 1 。", as -layout and the default mode set a
      // raised marker; a symbol's own number is glued to it)
      // (or after a closing bracket, which the folded view gives as ASCII:
      // "（见附件） 1 。")
      if (!glued_before && !spaced && p >= 2 && is_space(before) && after > e && after < f.size() &&
          U32View(U"。，；,;"sv).find(f[after]) != U32View::npos && (symbol_before(f, p - 1) || f[p - 2] == U')'))
        spaced = true;
      if (!glued_before && !spaced) continue;
      // a quantity (6 个, 67%) or part of a number or symbol (1.5, 1/2, 1-3)
      if (!at_end && (is_number_unit_at(f, e) || f[e] == U'.' || f[e] == U'/' || f[e] == U'-')) continue;
      // (glued to a word a number names a thing after, "可持续发展目标5", "成果1：",
      // "产出2", "附件3": a marker there only where no other one calls the note
      // further up, as PDF text gives a raised marker as a plain digit)
      // (or spaced from it, as PDF text sets a number: "可持续发展目标 5 仍…")
      const size_t word_end = is_space(before) ? p - 1 : p;  // (one past the word's last character)
      if (weak != WeakMarker::Accept && word_end >= 1 && is_han(f[word_end - 1]) &&
          (takes_number(f[word_end - 1]) || numbered_word_before(f, word_end))) {
        if (weak == WeakMarker::Prefer && weak_line == npos) weak_line = k, weak_pos = p;
        continue;
      }
      *line_out = k;
      *pos_out = p;
      return true;
    }
  }
  if (weak_line != npos) {
    *line_out = weak_line;
    *pos_out = weak_pos;
    return true;
  }
  return false;
}

void Parser::add_marker(size_t line, size_t pos, size_t len, const std::string& id) {
  auto& ms = markers_.of(line);
  if (ms.empty() || ms.back().pos < pos) {  // the common case: left to right
    ms.push_back({pos, len, id});
    return;
  }
  auto it = std::lower_bound(ms.begin(), ms.end(), pos, [](const Marker& m, size_t p) { return m.pos < p; });
  if (it != ms.end() && it->pos == pos) return;
  ms.insert(it, {pos, len, id});
}

// 12 -> ¹²
static U32 superscript_of(long v) {
  U32 out;
  for (char c : std::to_string(std::max(0L, v))) out += to_superscript(static_cast<char32_t>(c));
  return out;
}

// A word processor's notes after the body: from line i down to the text's
// end, nothing but blank lines and notes in sequence, "1<TAB>…。" or "1 …。"
// (a number of three digits at most, then a sentence)
// (or down to an annex's heading, "附件" alone or numbered: a report's notes
// set after its body, the annexes after them, as a text export of a
// document whose notes end its main part gives them)
bool Parser::notes_to_end(size_t i) const {
  long expect = -1;
  for (size_t k = i; k < L_.size(); ++k) {
    if (L_[k].blank()) continue;
    if (L_[k].kind == LineKind::Annex && expect > 0) return true;
    U32View f = trimmed_fold(k);
    // (or bracketed, "[1] …。", as pandoc's plain text and web pages give notes)
    const bool bracket = !f.empty() && f[0] == U'[';
    if (bracket) f.remove_prefix(1);
    size_t d = 0;
    while (d < f.size() && d < 4 && f[d] >= U'0' && f[d] <= U'9') ++d;
    if (bracket && (d == 0 || d >= f.size() || f[d] != U']')) return false;
    const size_t after = d + (bracket ? 1 : 0);
    if (d == 0 || d > 3 || after >= f.size() || !(f[after] == U'\t' || is_space(f[after]))) return false;
    const U32View rest = trim_view(f.substr(after));
    if (rest.empty() || !(is_sentence_end(rest.back()) || rest.back() == U'.')) return false;
    long v = 0;
    for (size_t c = 0; c < d; ++c) v = v * 10 + static_cast<long>(f[c] - U'0');
    if (expect >= 0 && v != expect) return false;
    expect = v + 1;
  }
  return expect > 0;
}

// A raised marker calling note `value` ("决议¹提交", not a digit of "¹²")
// in the text above line i, up to 2,000 lines back
bool Parser::raised_marker_above(size_t i, long value) const {
  const U32 sup = superscript_of(value);
  for (size_t k = i, seen = 0; k-- > 0 && seen < 2000; ++seen) {
    if (L_[k].blank() || L_[k].kind == LineKind::FootnoteBody) continue;
    const U32View t(L_[k].text);
    for (size_t p = t.find(sup); p != U32View::npos; p = t.find(sup, p + 1)) {
      const size_t e = p + sup.size();
      if ((p > 0 && is_superscript_digit(t[p - 1])) || (e < t.size() && is_superscript_digit(t[e]))) continue;
      return true;
    }
  }
  return false;
}

bool Parser::called_above(size_t label, long value) const {
  size_t ml = 0, mp = 0;
  if (find_digit_marker(label, value, &ml, &mp)) return true;
  const U32 sup = superscript_of(value);
  for (size_t q = label; q-- > 0 && L_[q].page + 1 >= L_[label].page;)
    if (U32View(L_[q].text).find(sup) != U32View::npos) return true;
  return false;
}

bool Parser::numbering_began_above(size_t label, long value, long next) const {
  // A few notes out of reach at most (three), each of them called in the
  // text above (every number from `next` up), within some eight pages.
  if (value - next > 3 || !called_above(label, value)) return false;
  for (long n = next; n < value; ++n) {
    size_t ml = 0, mp = 0;
    if (find_digit_marker(label, n, &ml, &mp, true)) continue;
    const U32 sup = superscript_of(n);
    bool seen = false;
    for (size_t q = label, chars = 0; q-- > 0 && chars < 20000 && !seen; chars += L_[q].text.size() + 1)
      seen = U32View(L_[q].text).find(sup) != U32View::npos;
    if (!seen) return false;
  }
  return true;
}

bool Parser::runs_on_next_page(size_t i) const {
  // Line i, the last text line of its page, ends mid-sentence and the next
  // page's first text line goes on with it: no number, heading or annex
  // opens there.
  if (is_clause_end(trimmed_line(i).back())) return false;
  const int page = L_[i].page;
  for (size_t k = i + 1; k < L_.size(); ++k) {
    if (L_[k].blank() || used_[k]) continue;
    if (L_[k].page == page) {
      if (L_[k].kind == LineKind::Text || L_[k].kind == LineKind::FootnoteBody) continue;  // the foot
      if (L_[k].kind == LineKind::BareNumber) continue;
      U32View g = trimmed_line(k);
      if (stars_only(g)) continue;
      return false;
    }
    return L_[k].kind == LineKind::Text;
  }
  return false;
}

void Parser::feet_with_labels_below() {
  // A page foot whose bodies come first and their labels below them, all
  // down to the page end ("第 217 A (III)号决议。" / "第 70/1 号决议。" / "1" / "2"):
  // read from the bottom up, each label takes one body ending a sentence,
  // three lines at most, the last bodies above the labels.
  if (!lines_.has_form_feeds) return;
  size_t start = 0;
  while (start < L_.size()) {
    size_t end = start;
    while (end < L_.size() && L_[end].page == L_[start].page) ++end;
    auto star = [&](size_t k) { return star_label(trimmed_line(k)); };
    // the labels at the foot, bottom up (past furniture; a page number may be a label)
    std::vector<size_t> labels;
    size_t k = end;
    while (k > start) {
      --k;
      if (L_[k].blank()) continue;
      const bool furniture = used_[k] && L_[k].kind != LineKind::BareNumber;
      if (furniture) continue;
      if (L_[k].kind == LineKind::BareNumber || (!used_[k] && star(k))) {
        labels.push_back(k);
        continue;
      }
      break;
    }
    std::reverse(labels.begin(), labels.end());
    // numbered labels in sequence, stars first
    bool ok = !labels.empty() && k < end && L_[k].kind == LineKind::Text && !used_[k];
    long prev = -1;
    for (size_t l : labels) {
      if (star(l)) {
        ok = ok && prev < 0;
        continue;
      }
      ok = ok && (prev < 0 || L_[l].value == prev + 1);
      prev = L_[l].value;
    }
    // a page number alone (no label above it) is no label; nor is a number
    // alone at the foot that no marker in the text above calls (a page
    // number: "第五条" / "…传统知识。" / "2")
    if (ok && labels.size() == 1 && used_[labels[0]]) ok = false;
    if (ok && labels.size() == 1 && !star(labels[0])) ok = called_above(labels[0], L_[labels[0]].value);
    std::vector<std::vector<size_t>> bodies;
    if (ok) {
      size_t j = k + 1;
      while (bodies.size() < labels.size() && j > start) {
        --j;
        if (L_[j].blank() || used_[j] || L_[j].kind != LineKind::Text) break;
        U32View g = trimmed_line(j);
        if (g.back() != U'。' && g.back() != U'.') break;  // a body ends a sentence
        std::vector<size_t> body{j};
        while (j > start && body.size() < 3) {
          size_t up = j - 1;
          if (L_[up].blank() || used_[up] || L_[up].kind != LineKind::Text) break;
          U32View h = trimmed_line(up);
          if (is_clause_end(h.back())) break;  // the line above ends its own sentence or clause
          // (a body set wider than the text's wrapped lines, in a note's smaller
          // type, does not go up into a line set at the text's width)
          if (wrapped_ && measure(j) > wrap_width_ + 4 && measure(up) <= wrap_width_ + 2) break;
          body.insert(body.begin(), up);
          j = up;
        }
        bodies.insert(bodies.begin(), body);
      }
      ok = bodies.size() == labels.size();
      auto clean_above = [&](size_t above) {
        // above the first body: a clause end, a blank line or furniture
        // (not a paragraph's number alone, "2.": the lines below are its text)
        if (above > start && L_[above - 1].kind == LineKind::Numbered && trimmed_content(above - 1).empty()) return false;
        // (or the bodies are set wider than the text's wrapped lines: smaller
        // type in the footnote area, and the text above runs on next page)
        // (or the line above is the page's last text line, full and cut
        // mid-sentence, its sentence going on at the next page's top: "6.
        // 《关于…权利和义务宣" / the bodies / the labels / "言》进一步确认…")
        return above == start || L_[above - 1].blank() || used_[above - 1] ||
               is_clause_end(trimmed_line(above - 1).back()) ||
               (wrapped_ && full(above - 1) && measure(above - 1) <= wrap_width_ + 2 &&
                runs_on_next_page(above - 1)) ||
               (wrapped_ && measure(above) > wrap_width_ + 4) ||
               (trimmed_line(above - 1).back() >= U'0' && trimmed_line(above - 1).back() <= U'9');
      };
      // (clean above or not: a line of the first body set no wider than the
      // text's wrapped lines, full and cut mid-sentence, its sentence going
      // on at the next page's top, is the page's last text line; a note's
      // smaller type sets its lines wider in characters)
      bool trimmed = false;
      if (ok && wrapped_) {
        auto& first = bodies.front();
        for (size_t t = first.size(); t-- > 1 && !trimmed;)
          if (full(first[t - 1]) && measure(first[t - 1]) <= wrap_width_ + 2 && !full(first[t]) &&
              runs_on_next_page(first[t - 1])) {
            first.erase(first.begin(), first.begin() + static_cast<long>(t));
            trimmed = true;
          }
      }
      if (ok && !trimmed && !clean_above(bodies.front().front())) {
        // The first body took lines of the text above it, cut mid-sentence
        // at the page foot ("…多达 8.28 亿，比" / "A/77/150。" / "*"): it
        // starts lower, below a full line whose sentence runs on to the
        // text that opens the next page.
        ok = false;
        auto& first = bodies.front();
        for (size_t t = 1; t < first.size() && !ok; ++t)
          if (full(first[t - 1]) && !full(first[t]) && runs_on_next_page(first[t - 1])) {
            first.erase(first.begin(), first.begin() + static_cast<long>(t));
            ok = true;
          }
      }
    }
    if (ok) {
      for (size_t n = 0; n < labels.size(); ++n) {
        const size_t lab = labels[n];
        const std::string id = star(lab) ? to_utf8(trimmed_line(lab)) : fmt::format("{}", L_[lab].value);
        if (used_[lab]) {  // taken for a page number: give it back
          auto& furn = doc_.furniture;
          furn.erase(std::remove_if(furn.begin(), furn.end(), [&](const Furniture& x) { return x.line == L_[lab].number; }),
                     furn.end());
        }
        used_[lab] = 1;
        if (!star(lab)) {
          size_t ml = 0, mp = 0;
          if (find_digit_marker(bodies[0][0], L_[lab].value, &ml, &mp)) add_marker(ml, mp, id.size(), id);
        }
        add_split_footnote(id, lab, bodies[n]);
      }
      note_layout("footnote labels given apart from their bodies at a page foot");
    }
    start = end;
  }
}

size_t Parser::rest_below_label(size_t label) const {
  // -layout may set a raised label on a row of its own below its body's
  // first line; when that line leaves a bracket open, the lines below the
  // label that go on with it, down to one ending a sentence, are the rest of
  // the body. Returns the last of them, or npos.
  size_t up = label;
  while (up > 0 && L_[up - 1].blank() && L_[up - 1].page == L_[label].page) --up;
  if (up == 0 || L_[up - 1].page != L_[label].page || L_[up - 1].kind != LineKind::Text) return npos;
  const U32View first = trimmed_line(up - 1);
  if (first.empty() || is_sentence_end(first.back()) || !Open(first).any()) return npos;
  for (size_t k = label + 1, n = 0; k < L_.size() && L_[k].page == L_[label].page && n < 3; ++k) {
    if (L_[k].blank()) continue;
    if (used_[k] || L_[k].kind != LineKind::Text) return npos;
    ++n;
    const U32View g = trimmed_line(k);
    if (is_sentence_end(g.back())) return k;
  }
  return npos;
}

bool Parser::foot_ends_with_label(size_t i, size_t from) const {
  // Labels below their bodies leave a label last at the page's foot; labels
  // above their bodies leave a body last ("2" / "见…。" / "3" / "粮农组织…。").
  // (a label may have passed for a page number: a number that goes on
  // with the labels counts, not the page's own number; the rest of a body
  // below its label, closing what its first line left open, counts as the label)
  if (from == npos || from < i) from = i;
  size_t last = from;
  // (after a star, the numbered labels go on from whatever number comes first)
  long next = L_[i].kind == LineKind::BareNumber ? L_[i].value + 1 : -1;
  for (size_t k = from + 1; k < L_.size() && L_[k].page == L_[i].page; ++k) {
    if (L_[k].blank() || toc_column_heads(trimmed_line(k))) continue;  // (a TOC's heads cut off at the page end)
    const bool label = L_[k].kind == LineKind::BareNumber && (L_[k].value == next || next < 0);
    if (label && next < 0) next = L_[k].value;
    if (used_[k] && !label) continue;
    if (label) {
      ++next;
      if (size_t rest = rest_below_label(k); rest != npos) {
        last = k;
        k = rest;
        continue;
      }
    }
    last = k;
  }
  return last == from || L_[last].kind == LineKind::BareNumber;
}

void Parser::feet_drawn_first() {
  // pdftotext -raw writes a page in the order its content was drawn: a PDF
  // that drew the page's foot first gives the footnotes at the page's top,
  // then the footer's line (job number, page number), then the page's text:
  // "A/78/289" / "1" / "见…。" / "2" / "见…。" / "2/4 23-15544 (C)" / "一. 导言"…
  // The labels run in sequence from the top, each with its body (on the
  // label's line or below it, ending a sentence), down to a job-number or
  // page-number line that the page's text follows; each label's marker is
  // in that text.
  if (!lines_.has_form_feeds) return;
  for (size_t start = 0; start < L_.size();) {
    size_t end = start;
    while (end < L_.size() && L_[end].page == L_[start].page) ++end;
    const size_t page_end = end;
    size_t a = start;
    while (a < end && (L_[a].blank() || used_[a])) ++a;
    // the footer's line below the notes, and the page's text below it
    size_t f = a;
    while (f < end && !(used_[f] && (L_[f].kind == LineKind::JobNumber || L_[f].kind == LineKind::PageOf ||
                                     L_[f].kind == LineKind::BareNumber)))
      ++f;
    size_t text = f;
    while (text < end && (L_[text].blank() || used_[text])) ++text;
    start = page_end;
    if (a >= f || f >= end || text >= end || f - a > 40) continue;
    // the labels and their bodies
    struct Note {
      std::string id;
      size_t label;
      std::vector<size_t> body;
    };
    std::vector<Note> notes;
    long expect = -1;
    bool ok = true;
    for (size_t k = a; k < f && ok; ++k) {
      if (L_[k].blank()) continue;
      if (used_[k]) {
        ok = false;
        break;
      }
      const U32View g = trimmed_line(k);
      const LineKind kind = L_[k].kind;
      const bool numbered = kind == LineKind::BareNumber || kind == LineKind::DigitNote || kind == LineKind::FootnoteBody;
      const bool next_label = numbered && L_[k].value >= 1 && (expect < 0 || L_[k].value == expect);
      if (star_label(g) || next_label) {
        if (!notes.empty() && (notes.back().body.empty() || !is_sentence_end(fold_char(trimmed_line(notes.back().body.back()).back())))) {
          ok = false;
          break;
        }
        notes.push_back({star_label(g) ? to_utf8(g) : fmt::format("{}", L_[k].value), k, {}});
        if (!star_label(g)) expect = L_[k].value + 1;
        if (kind == LineKind::DigitNote || kind == LineKind::FootnoteBody) notes.back().body.push_back(k);
        continue;
      }
      if (notes.empty() || (kind != LineKind::Text && kind != LineKind::Symbol) || notes.back().body.size() >= 4) {
        ok = false;
        break;
      }
      notes.back().body.push_back(k);
    }
    if (!ok || notes.empty() || notes.back().body.empty() ||
        !is_sentence_end(fold_char(trimmed_line(notes.back().body.back()).back())))
      continue;
    // each numbered label's marker in the page's text below the footer's line
    std::vector<std::pair<size_t, size_t>> markers(notes.size(), {npos, 0});
    for (size_t n = 0; n < notes.size() && ok; ++n) {
      if (notes[n].id[0] == '*') continue;
      size_t ml = 0, mp = 0;
      ok = find_digit_marker(page_end, std::stol(notes[n].id), &ml, &mp) && ml > f;
      markers[n] = {ml, mp};
    }
    if (!ok) continue;
    for (size_t n = 0; n < notes.size(); ++n) {
      const Note& note = notes[n];
      if (markers[n].first != npos) add_marker(markers[n].first, markers[n].second, note.id.size(), note.id);
      if (!note.body.empty() && note.body.front() == note.label) {
        // "1 见…。": the label on the body's first line
        const size_t at = L_[note.label].kind == LineKind::DigitNote || L_[note.label].kind == LineKind::FootnoteBody
                              ? L_[note.label].after_label
                              : L_[note.label].body;
        Footnote fn;
        fn.id = note.id;
        U32 t = piece(note.label, at, nullptr);
        fn.lines.extend(L_[note.label].number);
        used_[note.label] = 1;
        for (size_t b = 1; b < note.body.size(); ++b) {
          join_text(t, piece(note.body[b], L_[note.body[b]].body, nullptr));
          fn.lines.extend(L_[note.body[b]].number);
          used_[note.body[b]] = 1;
        }
        fn.text = to_utf8(t);
        doc_.footnotes.push_back(std::move(fn));
      } else {
        add_split_footnote(note.id, note.label, note.body);
      }
    }
    note_layout("footnotes drawn before the page's text, above it");
  }
}

// Notes gathered after the text under "注" (the English "Notes"), as the
// Office of the High Commissioner sets its summaries and compilations: "注"
// alone, then "1 …", "2 …" in turn down to the text's end, each note's lines
// wrapped below its label, page furniture between, and its marker a plain
// digit glued into the text above ("…提交的材料1，由于…"). The markers stand
// in the notes' order: each looked for forward from the one before.
void Parser::endnotes_under_heading() {
  size_t head = npos;
  for (size_t i = L_.size(); i-- > 0;) {
    if (used_[i] || L_[i].blank()) continue;
    const U32View f = trimmed_fold(i);
    if (f == U"注"sv || f == U"注释"sv) {
      head = i;
      break;
    }
  }
  if (head == npos) return;
  // the labels in turn from 1, every other line below a note's continuation
  std::vector<size_t> labels;
  for (size_t k = head + 1; k < L_.size(); ++k) {
    if (used_[k] || L_[k].blank()) continue;
    const LineKind kind = L_[k].kind;
    if (kind == LineKind::DigitNote && L_[k].value == static_cast<long>(labels.size()) + 1) {
      labels.push_back(k);
      continue;
    }
    if (labels.empty()) return;  // (the first line below is note 1's label)
    if (kind != LineKind::Text && kind != LineKind::DigitNote && kind != LineKind::BareNumber) return;
  }
  if (labels.empty()) return;
  // (looked for from the body's first heading or numbered paragraph on: the
  // masthead's and front matter's numbers, "议程项目1", are no markers)
  size_t from_line = 0, from_pos = 0;  // where the last marker found stands
  for (size_t k = 0; k < head; ++k)
    if (!used_[k] && (L_[k].kind == LineKind::Chapter || L_[k].kind == LineKind::Numbered)) {
      from_line = k;
      break;
    }
  bool any = false;
  int misses = 0;
  for (size_t n = 0; n < labels.size(); ++n) {
    const long value = static_cast<long>(n) + 1;
    const std::string id = fmt::format("{}", value);
    size_t ml = npos, mp = 0;
    // (three notes in a row with no plain marker: the text calls them by
    // raised ones, or none; no more looking, each look a pass over the text)
    // (the first line that calls it, in the text's order: a candidate glued
    // to a word that takes a number, "可持续发展目标2", only where no other
    // calls it)
    for (const WeakMarker w : {WeakMarker::Skip, WeakMarker::Accept})
      for (size_t k = from_line; misses < 3 && k < head && ml == npos; ++k) {
        if (used_[k] || L_[k].blank()) continue;
        size_t l = 0, q = 0;
        if (find_digit_marker(k + 1, value, &l, &q, false, w) && l == k && (k > from_line || !any || q > from_pos))
          ml = l, mp = q;
      }
    if (ml != npos) {
      add_marker(ml, mp, id.size(), id);
      from_line = ml;
      from_pos = mp;
      any = true;
      misses = 0;
    } else {
      ++misses;
    }
    // the note: its label's line and every line down to the next label
    const size_t end = n + 1 < labels.size() ? labels[n + 1] : L_.size();
    Footnote fn;
    fn.id = id;
    U32 text = piece(labels[n], L_[labels[n]].after_label, nullptr);
    fn.lines.extend(L_[labels[n]].number);
    used_[labels[n]] = 1;
    for (size_t k = labels[n] + 1; k < end; ++k) {
      if (used_[k] || L_[k].blank()) continue;
      join_text(text, piece(k, L_[k].body, nullptr));
      fn.lines.extend(L_[k].number);
      used_[k] = 1;
    }
    fn.text = to_utf8(text);
    doc_.footnotes.push_back(std::move(fn));
  }
  note_layout("notes gathered after the text under \"注\"");
}

void Parser::find_footnotes() {
  feet_with_labels_below();
  feet_drawn_first();
  endnotes_under_heading();
  std::set<std::string> found;  // ids the page feet above gave
  for (const auto& f : doc_.footnotes) found.insert(f.id);
  long next_numeric = 1;
  long skipped_at = 0;   // the next_numeric ...
  size_t found_at = 0;   // ... and the size of found the numbers were last skipped at
  bool annex_since_note = false;  // annexes may number their footnotes from 1 again
  // (each run of raised digits in the text, by the line it first stands on,
  // made when a label alone first asks for its marker)
  std::unordered_map<U32, size_t> first_raised_run;
  bool raised_runs_made = false;
  for (size_t i = 0; i < L_.size(); ++i) {
    if (used_[i]) continue;
    const Line& ln = L_[i];
    if (ln.kind == LineKind::Annex) annex_since_note = true;
    // "*" (or "¹") alone on its line at a page foot, the body below it
    if (lines_.has_form_feeds && ln.kind != LineKind::FootnoteBody && !ln.blank()) {
      const U32View f = trimmed_line(i);
      const bool label_only = !f.empty() && f.size() <= 3 && std::all_of(f.begin(), f.end(), [](char32_t c) {
        return c == U'*' || is_superscript_digit(c);
      });
      // -layout sets a raised label on a row of its own below its body's
      // first line ("本记录可以更正。…送交" / "*" / "文件管理科…"): a body line
      // set wider than the text's wrapped lines (the footnote area's smaller
      // type) above the label, the rest of the body below it, down to the page foot
      if (label_only && wrapped_ && i > 0) {
        size_t up = i;
        while (up > 0 && L_[up - 1].blank() && L_[up - 1].page == ln.page) --up;
        if (up > 0 && free_line(up - 1) && L_[up - 1].kind == LineKind::Text && L_[up - 1].page == ln.page &&
            measure(up - 1) > wrap_width_ + 4 && footer_below(i)) {
          std::vector<size_t> body{up - 1};
          for (size_t j = i + 1; j < L_.size() && L_[j].page == ln.page && body.size() < 6; ++j) {
            if (L_[j].blank()) continue;
            if (!free_line(j) || L_[j].kind != LineKind::Text) break;
            body.push_back(j);
          }
          // (the body goes on below the label, or ends its sentence above it;
          // a TOC row's leaders are no footnote)
          const U32View above = trimmed_fold(up - 1);
          const bool leaders = above.find(U"..."sv) != U32View::npos || above.find(U"……"sv) != U32View::npos;
          if (!leaders && (body.size() > 1 || is_sentence_end(above.back()))) {
            add_split_footnote(id_of(f), i, body);
            continue;
          }
        }
      }
      // (the default mode may set a blank line between the label and its
      // body: "*" / "" / "A/78/150。" / the numbered notes' bodies)
      size_t b = i + 1;
      // (set apart above too: a star right below a line is that line's label, "A/77/150。" / "*")
      while (label_only && i > 0 && L_[i - 1].blank() && b < L_.size() && L_[b].blank() && L_[b].page == ln.page &&
             b - i < 3)
        ++b;
      if (label_only && b < L_.size() && free_line(b) &&
          (L_[b].kind == LineKind::Text ||
           (L_[b].kind == LineKind::Symbol && (trimmed_line(b).back() == U'。' || trimmed_line(b).back() == U'.'))) &&
          L_[b].page == ln.page && footer_below(b)) {
        if (b > i + 1) {
          // (past a blank line, the body runs to its first sentence end, three
          // lines at most: the numbered notes' bodies may follow it)
          std::vector<size_t> body{b};
          while (!is_sentence_end(fold_char(trimmed_line(body.back()).back())) && body.size() < 3) {
            const size_t n = body.back() + 1;
            if (n >= L_.size() || !free_line(n) || L_[n].kind != LineKind::Text || L_[n].page != ln.page) break;
            body.push_back(n);
          }
          add_split_footnote(id_of(f), i, body);
          continue;
        }
        used_[i] = 1;
        add_footnote(id_of(f), b, L_[b].body);
        doc_.footnotes.back().lines.extend(ln.number);
        continue;
      }
    }
    // pdftotext's default mode may give a page foot column by column: the
    // labels "1" / "2", then the bodies. A run of labels in sequence, then
    // as many bodies (each ending a sentence), all down to the page end.
    // (-layout may instead set each raised label on a row of its own just
    // below its body: "第 217 A (III)号决议。" / "1" / "第 70/1 号决议。" / "2";
    // the body set apart from the text above by a blank line, or right under
    // the page's last text line, full and cut mid-sentence, its sentence going
    // on at the next page: "…能够扩大规" / "会员国提交的资料…查阅。" / "4")
    // (or below a heading's or a TOC row's line, which no text runs on from:
    // "附件" / "A/77/150。" / "*", the TOC's annex row cut at the page end)
    auto body_set_apart = [&](size_t b) {
      if (b == 0 || L_[b - 1].blank() || used_[b - 1]) return true;
      switch (L_[b - 1].kind) {
        case LineKind::Annex: case LineKind::Chapter: case LineKind::Section: case LineKind::TocTitle:
          return true;
        case LineKind::Text: case LineKind::Numbered:
          return L_[b - 1].page == L_[b].page && full(b - 1) && runs_on_next_page(b - 1);
        default:
          return false;
      }
    };
    // The body above the label: one line ending a sentence (a document
    // symbol and its full stop alone too: "A/77/150。" / "*"), or its first
    // line with the rest below the label ("粮农组织，《…》(2022" / "1" / "年，罗马)。").
    const bool star = star_label(trimmed_line(i));
    auto body_above = [&](std::vector<size_t>* body) {
      size_t b = i;
      while (b > 0 && L_[b - 1].blank() && L_[b - 1].page == ln.page) --b;
      if (b == 0 || used_[--b] || L_[b].page != ln.page) return false;
      const U32View g = trimmed_line(b);
      const bool symbol_alone = L_[b].kind == LineKind::Symbol && !g.empty() && (g.back() == U'。' || g.back() == U'.');
      if ((L_[b].kind != LineKind::Text && !symbol_alone) || !body_set_apart(b)) return false;
      body->assign({b});
      if (is_sentence_end(g.back())) return true;
      const size_t rest = rest_below_label(i);
      if (rest == npos) return false;
      for (size_t k = i + 1; k <= rest; ++k)
        if (!L_[k].blank()) body->push_back(k);
      return true;
    };
    std::vector<size_t> body;
    if (lines_.has_form_feeds && i > 0 &&
        // (a number past the next one expected: the notes before it pdftotext
        // scrambled out of reach; its marker in the text above says it is one,
        // and the marker of the number expected that the numbering began above)
        ((ln.kind == LineKind::BareNumber && ln.value >= next_numeric) || (star && found.count("*") == 0)) &&
        footer_below(i) && (star || called_above(i, ln.value)) && body_above(&body) &&
        foot_ends_with_label(i, body.back()) &&
        // (the costly look back last, for a number past the one expected)
        (star || ln.value == next_numeric || numbering_began_above(i, ln.value, next_numeric))) {
      const std::string id = star ? to_utf8(trimmed_line(i)) : fmt::format("{}", ln.value);
      add_split_footnote(id, i, body);
      size_t ml = 0, mp = 0;
      if (!star && find_digit_marker(body.front(), ln.value, &ml, &mp))
        add_marker(ml, mp, doc_.footnotes.back().id.size(), doc_.footnotes.back().id);
      found.insert(id);
      if (!star) next_numeric = ln.value + 1;
      note_layout(body.back() > i ? "footnote labels set below their bodies' first lines at a page foot"
                                  : "footnote labels set below their bodies at a page foot");
      continue;
    }
    // (past the next number expected too, the notes before it out of reach,
    // when its marker is in the text above and the numbering began above)
    // (the labels may come out side by side on one line, "1 2" or "* 1 2",
    // as a page foot's raised labels set one above the other are read by
    // their baseline; then the bodies, as many, down to the page end)
    // (a short line opening with a digit or a star: split only such a line)
    const U32View labels_line = trimmed_line(i);
    if (lines_.has_form_feeds && (ln.kind == LineKind::Text || ln.kind == LineKind::FootnoteBody) &&
        !labels_line.empty() && labels_line.size() <= 40 &&
        ((labels_line[0] >= U'0' && labels_line[0] <= U'9') || labels_line[0] == U'*')) {
      std::vector<std::string> ids;
      long expect = next_numeric;
      bool stars_done = false, ok = true;
      for (U32View tok : split_spaces(labels_line)) {
        if (!stars_done && star_label(tok) && found.count(to_utf8(tok)) == 0) {
          ids.push_back(to_utf8(tok));
          continue;
        }
        stars_done = true;
        long v = 0;
        if (tok.empty() || tok.size() > 3 ||
            !std::all_of(tok.begin(), tok.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
          ok = false;
          break;
        }
        for (char32_t c : tok) v = v * 10 + (c - U'0');
        if (v != expect) {
          ok = false;
          break;
        }
        ids.push_back(fmt::format("{}", v));
        ++expect;
      }
      if (ok && ids.size() >= 2 && expect > next_numeric && footer_below(i) && called_above(i, next_numeric)) {
        std::vector<std::vector<size_t>> bodies;
        std::vector<size_t> cur, page_numbers;
        size_t k = i + 1;
        for (; k < L_.size() && L_[k].page == ln.page; ++k) {
          if (L_[k].blank() || used_[k]) continue;
          if (bodies.empty() && cur.empty() && L_[k].kind == LineKind::PageOf) {
            page_numbers.push_back(k);
            continue;
          }
          if (L_[k].kind != LineKind::Text && L_[k].kind != LineKind::DigitNote && L_[k].kind != LineKind::Symbol)
            break;
          cur.push_back(k);
          const U32View g = trimmed_line(k);
          if (!g.empty() && (g.back() == U'。' || g.back() == U'.')) bodies.push_back(cur), cur.clear();
        }
        const bool to_page_end = k >= L_.size() || L_[k].page != ln.page;
        if (cur.empty() && to_page_end && bodies.size() == ids.size()) {
          for (const size_t pn : page_numbers) add_furniture(pn, "page_number");
          used_[i] = 1;
          for (size_t n = 0; n < ids.size(); ++n) {
            size_t ml = 0, mp = 0;
            const bool is_star = ids[n].front() == '*';
            if (!is_star && find_digit_marker(i, std::stol(ids[n]), &ml, &mp)) add_marker(ml, mp, ids[n].size(), ids[n]);
            add_split_footnote(ids[n], i, bodies[n]);
            found.insert(ids[n]);
          }
          next_numeric = expect;
          annex_since_note = false;
          note_layout("footnote labels given side by side on a line of their own at a page foot");
          continue;
        }
      }
    }
    // (a star's label may head the run, the agenda item's note before the
    // numbered ones: "*" / "1" / "2" / "A/78/150。" / the numbered notes' bodies)
    size_t first_number = i;
    if (lines_.has_form_feeds && star && found.count(to_utf8(trimmed_line(i))) == 0) {
      first_number = next_free(i + 1, L_.size());
      if (first_number >= L_.size() || L_[first_number].page != ln.page ||
          L_[first_number].kind != LineKind::BareNumber || L_[first_number].value != next_numeric)
        first_number = i;
    }
    if (lines_.has_form_feeds && L_[first_number].kind == LineKind::BareNumber &&
        L_[first_number].value >= next_numeric) {
      const long base = L_[first_number].value;
      std::vector<size_t> labels;
      if (first_number != i) labels.push_back(i);
      labels.push_back(first_number);
      const size_t stars = labels.size() - 1;
      size_t k = next_free(first_number + 1, L_.size());
      while (k < L_.size() && L_[k].page == ln.page && L_[k].kind == LineKind::BareNumber &&
             L_[k].value == base + static_cast<long>(labels.size() - stars))
        labels.push_back(k), k = next_free(k + 1, L_.size());
      // (set between a paragraph's number alone and its text, "1." / "1" /
      // "2" / "重申…；" / the bodies: the text up to its clause end is the
      // paragraph's, the bodies come after it; sub-items first, "(b) …；",
      // are the paragraph above's, carried below the number)
      // (pdftotext's default mode may set the page's number between the
      // labels and the bodies, "1" / "2" / "2/3" / the bodies: a page number,
      // "N/M" or the page's own number, before the first body is furniture)
      std::vector<size_t> page_numbers;
      auto page_number = [&](size_t j) {
        return L_[j].kind == LineKind::PageOf ||
               (L_[j].kind == LineKind::BareNumber && L_[j].value == static_cast<long>(ln.page) + 1);
      };
      size_t above = i;
      while (above > 0 && L_[above - 1].blank()) --above;
      const bool under_number = above > 0 && L_[above - 1].kind == LineKind::Numbered && trimmed_content(above - 1).empty();
      if (under_number) {
        bool in_item = false;
        for (size_t n = 0; k < L_.size() && L_[k].page == ln.page && n < 12; k = next_free(k + 1, L_.size()), ++n) {
          if (n == 0 && page_number(k)) {  // ("5." / "1" / "2/3" / the paragraph's text / the bodies)
            page_numbers.push_back(k);
            continue;
          }
          if (L_[k].kind != LineKind::Text) break;
          const U32View g = trimmed_line(k);
          if (g.empty()) continue;
          if (starts_sub_item(g) || in_item) {
            in_item = !is_clause_end(g.back());
            continue;
          }
          // (or a full line, its block ending there, whose sentence goes on
          // at the next page's top: "6." / "1" / "2" / "《关于…进一步确" / blank /
          // the bodies / the next page's "认，人人有权…")
          // (a clause end at a full line's end, the text going on on the
          // next line, "…主要障碍，" / "特别是…": a wrap, not the text's end)
          const bool wraps_on = wrapped_ && full(k) && g.back() != U'。' && k + 1 < L_.size() && !L_[k + 1].blank() &&
                                L_[k + 1].kind == LineKind::Text && L_[k + 1].page == L_[k].page;
          if ((is_clause_end(g.back()) && !wraps_on) ||
              (wrapped_ && full(k) && k + 1 < L_.size() && L_[k + 1].blank() && runs_on_next_page(k))) {
            k = next_free(k + 1, L_.size());
            break;
          }
        }
      }
      std::vector<std::vector<size_t>> bodies;
      std::vector<size_t> cur;
      for (; k < L_.size() && L_[k].page == ln.page; ++k) {
        if (L_[k].blank() || used_[k]) continue;
        if (bodies.empty() && cur.empty() && page_number(k)) {
          page_numbers.push_back(k);
          continue;
        }
        // (a body that is a symbol and its stop, "A/78/150.", lexed as the symbol it holds, as below)
        if (L_[k].kind != LineKind::Text && L_[k].kind != LineKind::DigitNote && L_[k].kind != LineKind::Symbol) break;
        cur.push_back(k);
        U32View g = trimmed_line(k);
        if (!g.empty() && (g.back() == U'。' || g.back() == U'.')) bodies.push_back(cur), cur.clear();
      }
      const bool to_page_end = k >= L_.size() || L_[k].page != ln.page;
      // (under a paragraph's number alone, its text may end a clause at a
      // line's end before its sentence does, "…措施，" / "…使用 4 。" / the
      // bodies: the blocks beyond the labels' count, first, are that text,
      // left to the paragraph; the bodies are the last blocks, a line or two
      // each)
      if (under_number && cur.empty() && to_page_end && bodies.size() > labels.size() && labels.size() >= 2) {
        const size_t extra = bodies.size() - labels.size();
        const bool short_bodies = std::all_of(bodies.begin() + static_cast<long>(extra), bodies.end(),
                                              [](const std::vector<size_t>& b) { return b.size() <= 2; });
        if (short_bodies) bodies.erase(bodies.begin(), bodies.begin() + static_cast<long>(extra));
      }
      // (one label alone above one body: only with its marker found, a lone
      // number at a page foot being a page number as often)
      size_t ml0 = 0, mp0 = 0;
      const bool one = labels.size() == 1 && bodies.size() == 1 && bodies[0].size() <= 3 &&
                       find_digit_marker(labels[0], base, &ml0, &mp0);
      if ((labels.size() >= 2 || one) && cur.empty() && to_page_end && bodies.size() == labels.size() &&
          (base == next_numeric || numbering_began_above(first_number, base, next_numeric))) {
        for (const size_t p : page_numbers) add_furniture(p, "page_number");
        for (size_t n = 0; n < labels.size(); ++n) {
          const bool is_star = n < stars;
          const std::string id = is_star ? to_utf8(trimmed_line(labels[n])) : fmt::format("{}", L_[labels[n]].value);
          size_t ml = 0, mp = 0;
          // (or in the paragraph's text below the labels, under its number alone)
          if (!is_star && (find_digit_marker(first_number, L_[labels[n]].value, &ml, &mp) ||
                           (under_number && find_digit_marker(bodies.front().front(), L_[labels[n]].value, &ml, &mp))))
            add_marker(ml, mp, id.size(), id);
          used_[labels[n]] = 1;
          add_split_footnote(id, labels[n], bodies[n]);
          if (is_star) found.insert(id);
        }
        next_numeric = L_[labels.back()].value + 1;
        annex_since_note = false;
        note_layout("footnote labels given apart from their bodies at a page foot");
        continue;
      }
      // pdftotext's default mode may set the labels' column in the page's
      // text, alone between blank lines ("…机制，" / "1" / "1. …"), and the
      // bodies as the page's last blocks, each set off by a blank line above
      // it, above the foot's furniture ("…" / "" / "第70/1号决议。" / "" /
      // "23-25678 (C)"): the last blocks, as many as the labels, a line or
      // two each ending a sentence, are the bodies, where each label's
      // marker is in the text above it on its page.
      if (!to_page_end && stars == 0 && (base == next_numeric || numbering_began_above(first_number, base, next_numeric)) &&
          set_off_above(first_number) && labels.back() + 1 < L_.size() && L_[labels.back() + 1].blank() &&
          !under_number) {
        std::vector<std::pair<size_t, size_t>> marks;
        for (size_t n = 0; n < labels.size(); ++n) {
          size_t ml = 0, mp = 0;
          if (!find_digit_marker(first_number, L_[labels[n]].value, &ml, &mp) || L_[ml].page != ln.page) break;
          marks.push_back({ml, mp});
        }
        std::vector<std::vector<size_t>> last;
        if (marks.size() == labels.size()) {
          size_t e = labels.back() + 1;
          while (e < L_.size() && L_[e].page == ln.page) ++e;
          size_t q = e;
          while (q > labels.back() && last.size() < labels.size()) {
            while (q > labels.back() + 1 && (L_[q - 1].blank() || (used_[q - 1] && !L_[q - 1].blank()))) {
              // (past the foot's furniture; a claimed line above a block ends the search)
              if (!L_[q - 1].blank() && !last.empty()) break;
              --q;
            }
            std::vector<size_t> block;
            const size_t most = std::max<size_t>(3, labels.size() - last.size() + 1);
            while (q > labels.back() + 1 && !L_[q - 1].blank() && !used_[q - 1] &&
                   (L_[q - 1].kind == LineKind::Text || L_[q - 1].kind == LineKind::Symbol) && block.size() < most)
              block.insert(block.begin(), --q);
            const bool set_off = q > labels.back() + 1 && L_[q - 1].blank();
            if (block.empty() || !set_off) break;
            // (the bodies a line each, one block: "大会第61/106号决议，附件一。" /
            // "A/HRC/49/52。" / "见…。", as many lines as the labels left, each a sentence)
            const bool lines_each = block.size() >= 2 && block.size() == labels.size() - last.size() &&
                                    std::all_of(block.begin(), block.end(), [&](size_t b) {
                                      const U32View g = trimmed_line(b);
                                      return !g.empty() && g.back() == U'。';
                                    });
            if (lines_each) {
              for (size_t b = block.size(); b-- > 0;) last.insert(last.begin(), std::vector<size_t>{block[b]});
              continue;
            }
            if (block.size() > 2) break;
            const U32View g = trimmed_line(block.back());
            if (g.empty() || g.back() != U'。') break;
            last.insert(last.begin(), block);
          }
        }
        if (last.size() == labels.size() && last.front().front() > k) {
          for (size_t n = 0; n < labels.size(); ++n) {
            const std::string id = fmt::format("{}", L_[labels[n]].value);
            add_marker(marks[n].first, marks[n].second, id.size(), id);
            add_split_footnote(id, labels[n], last[n]);
          }
          next_numeric = L_[labels.back()].value + 1;
          annex_since_note = false;
          note_layout("footnote labels set in the page's text, their bodies the page's last blocks");
          continue;
        }
      }
    }
    // ... or the bodies first, then their labels ("A/77/150。" / "粮农组织…。"
    // / "*" / "1"). The last label may have been taken for a page number
    // (page 1 has none): a number that continues the labels is a label.
    auto ends_sentence_line = [&](size_t k) {  // "…1.5 亿。1": a marker may follow the stop
      U32View g = trimmed_line(k);
      while (!g.empty() && ((g.back() >= U'0' && g.back() <= U'9') || g.back() == U'*' || is_superscript_digit(g.back())))
        g.remove_suffix(1);
      return !g.empty() && is_sentence_end(g.back());
    };
    // (a body may be a document symbol and its full stop alone: "A/77/150。")
    auto body_kind = [&](size_t k) {
      if (L_[k].kind == LineKind::Text) return true;
      const U32View g = trimmed_line(k);
      return L_[k].kind == LineKind::Symbol && !g.empty() && (g.back() == U'。' || g.back() == U'.');
    };
    if (lines_.has_form_feeds && body_kind(i) && !used_[i] && footer_below(i) &&
        (i == 0 || L_[i - 1].blank() || used_[i - 1] || ends_sentence_line(i - 1))) {
      std::vector<std::vector<size_t>> bodies;
      std::vector<size_t> cur;
      size_t k = i;
      for (; k < L_.size() && L_[k].page == ln.page; ++k) {
        if (L_[k].blank()) {
          if (!cur.empty()) {
            // a body does not run over a blank line: this was text; unless the
            // labels follow, and it is the last body, going on over the page
            size_t nb = k;
            while (nb < L_.size() && L_[nb].page == ln.page && L_[nb].blank()) ++nb;
            const U32View g = nb < L_.size() && L_[nb].page == ln.page ? trimmed_line(nb) : U32View();
            const bool label_next = !g.empty() && (L_[nb].kind == LineKind::BareNumber || stars_only(g));
            if (!label_next || bodies.empty()) bodies.clear();
            break;
          }
          continue;
        }
        U32View g = trimmed_line(k);
        if (L_[k].kind == LineKind::BareNumber || stars_only(g))
          break;  // the labels
        if (used_[k]) continue;
        if (!body_kind(k)) break;
        // a resolution's closing lines above the foot are no footnote
        if (meeting_number(g) || date_only(g)) {
          bodies.clear();
          cur.clear();
          break;
        }
        cur.push_back(k);
        if (g.back() == U'。' || g.back() == U'.') bodies.push_back(cur), cur.clear();
      }
      std::vector<size_t> labels;
      std::vector<std::string> ids;
      long expect = next_numeric;
      // (the last body may run over to the next page: it ends unfinished above the labels)
      const bool last_open = !cur.empty() && !bodies.empty() && cur.size() <= 3;
      for (; k < L_.size() && L_[k].page == ln.page && (cur.empty() || last_open); ++k) {
        if (L_[k].blank()) continue;
        U32View g = trimmed_line(k);
        const bool star = stars_only(g);
        const bool number = L_[k].kind == LineKind::BareNumber && L_[k].value == expect;
        // (a page number is a label only when a marker above calls it)
        const bool page_no = used_[k] && number && called_above(k, expect);
        if (used_[k] && !page_no) continue;  // furniture
        if (!star && !number) break;
        labels.push_back(k);
        ids.push_back(star ? to_utf8(g) : fmt::format("{}", expect));
        if (number) ++expect;
      }
      const bool to_page_end = k >= L_.size() || L_[k].page != ln.page;
      if (last_open && labels.size() == bodies.size() + 1) bodies.push_back(cur), cur.clear();
      // footnotes are short: three lines each at most
      const bool short_bodies =
          std::all_of(bodies.begin(), bodies.end(), [](const std::vector<size_t>& b) { return b.size() <= 3; });
      if (!labels.empty() && to_page_end && cur.empty() && bodies.size() == labels.size() && short_bodies) {
        for (size_t n = 0; n < labels.size(); ++n) {
          const size_t lab = labels[n];
          if (used_[lab]) {  // taken for a page number: give it back
            auto& furn = doc_.furniture;
            furn.erase(std::remove_if(furn.begin(), furn.end(),
                                      [&](const Furniture& x) { return x.line == L_[lab].number; }),
                       furn.end());
          }
          used_[lab] = 1;
          if (ids[n][0] != '*') {
            size_t ml = 0, mp = 0;
            if (find_digit_marker(i, std::stol(ids[n]), &ml, &mp)) add_marker(ml, mp, ids[n].size(), ids[n]);
          }
          add_split_footnote(ids[n], lab, bodies[n]);
        }
        next_numeric = expect;
        annex_since_note = false;
        note_layout("footnote labels given apart from their bodies at a page foot");
        continue;
      }
    }
    // A raised label alone on its line, its body on the next, in text without
    // pages ("²" / "人权事务委员会，…(2020年)。"): a wrap at a count of
    // characters breaks a footnote's line at the space after its label, as
    // Python's textwrap does; the label next in turn, its marker in the text above
    if (!lines_.has_form_feeds && ln.kind == LineKind::Text && i + 1 < L_.size() && free_line(i + 1) &&
        L_[i + 1].kind == LineKind::Text) {
      const U32View f = trimmed_line(i);
      const bool raised = !f.empty() && f.size() <= 3 && std::all_of(f.begin(), f.end(), is_superscript_digit);
      if (raised && id_of(f) == fmt::format("{}", next_numeric)) {
        // (the marker in a line of text, or alone on the line a wrap cut it
        // onto, below its paragraph's last line and above no body of its own;
        // where each run of raised digits first stands so, found in one pass)
        if (!raised_runs_made) {
          raised_runs_made = true;
          for (size_t k = 0; k < L_.size(); ++k) {
            if (L_[k].blank() || L_[k].kind == LineKind::FootnoteBody) continue;
            const U32View t = trimmed_line(k);
            for_each_superscript_run(t, [&](size_t p, size_t q) {
              const bool alone = p == 0 && q == t.size();
              if (!alone || (k > 0 && !L_[k - 1].blank() && (k + 1 >= L_.size() || L_[k + 1].kind != LineKind::Text)))
                first_raised_run.emplace(U32(t.substr(p, q - p)), k);  // (the first kept)
            });
          }
        }
        const auto run = first_raised_run.find(U32(f));
        const bool marked = run != first_raised_run.end() && run->second < i;
        if (marked) {
          used_[i] = 1;
          add_footnote(id_of(f), i + 1, L_[i + 1].body);
          doc_.footnotes.back().lines.extend(ln.number);
          next_numeric = ln.value > 0 ? ln.value + 1 : next_numeric + 1;
          annex_since_note = false;
          continue;
        }
      }
    }
    // (not a marker that a wrap cut onto the next line's start, the line
    // above full and its sentence going on: "…第72/266 A号决议" / "¹和其后各项决议。";
    // a note's label in text without pages stands apart from its body, "¹ 见…")
    if (ln.kind == LineKind::FootnoteBody && !lines_.has_form_feeds && wrapped_ && i > 0 && ln.after_label == ln.label_at + ln.label_size &&
        is_superscript_digit(ln.text[ln.label_at]) && free_line(i - 1) &&
        (L_[i - 1].kind == LineKind::Text || L_[i - 1].kind == LineKind::Numbered) && full(i - 1) &&
        !is_sentence_end(fold_char(trimmed_line(i - 1).back()))) {
      add_marker(i, ln.label_at, ln.label_size, id_of(ln.label()));
      continue;
    }
    // (nor, in text without pages, a marker that a sentence's cut set at the
    // next sentence's start, "…共收到74份书面材料。" / "¹人权高专办还借鉴了…":
    // the label glued to the words, right under the text it ends, where the
    // note's own body comes below, its label set apart, "¹ 所收到的材料…")
    // (past blank lines too: a sentence a block)
    // (the blank lines above walked only from such a line: walked from
    // every line, a long run of blank lines cost time quadratic in its length)
    size_t above = i;
    if (ln.kind == LineKind::FootnoteBody && !lines_.has_form_feeds)
      while (above > 0 && L_[above - 1].blank()) --above;
    if (ln.kind == LineKind::FootnoteBody && !lines_.has_form_feeds && above > 0 &&
        ln.after_label == ln.label_at + ln.label_size && is_superscript_digit(ln.text[ln.label_at]) &&
        free_line(above - 1) && (L_[above - 1].kind == LineKind::Text || L_[above - 1].kind == LineKind::Numbered) &&
        is_sentence_end(fold_char(trimmed_line(above - 1).back()))) {
      const U32View label = ln.label();
      bool body_below = false;
      for (size_t k = i + 1; k < L_.size() && k <= i + 400 && !body_below; ++k)
        body_below = L_[k].kind == LineKind::FootnoteBody && L_[k].label() == label &&
                     L_[k].after_label > L_[k].label_at + L_[k].label_size;
      if (body_below) {
        add_marker(i, ln.label_at, ln.label_size, id_of(label));
        continue;
      }
    }
    if (ln.kind == LineKind::FootnoteBody) {
      add_footnote(id_of(ln.label()), i, ln.after_label);
      if (ln.value >= next_numeric || (annex_since_note && ln.value == 1)) next_numeric = ln.value + 1;
      annex_since_note = false;
      continue;
    }
    // (numbers a page foot gave; asked again only when the number or the set changed)
    if (next_numeric != skipped_at || found.size() != found_at) {
      while (found.count(fmt::format("{}", next_numeric))) ++next_numeric;
      skipped_at = next_numeric;
      found_at = found.size();
    }
    // Plain digits: "6 A/60/871." or "6" alone with the text below; at a
    // page foot also "4会员国提交的资料…" (the label glued to the text).
    long want = annex_since_note && ln.value == 1 ? 1 : next_numeric;
    size_t glued_at = 0;
    if (ln.kind == LineKind::Text && lines_.has_form_feeds) {
      const U32View f = trimmed_line(i);
      size_t d = 0;
      while (d < f.size() && f[d] >= U'0' && f[d] <= U'9') ++d;
      if (d > 0 && d < f.size() && to_utf8(f.substr(0, d)) == fmt::format("{}", want) && (is_han(f[d]) || f[d] == U'《') &&
          !is_number_unit_at(f, d) && footer_below(i) && (set_off_above(i) || i == 0 || !L_[i - 1].blank()))
        glued_at = skip_spaces(ln.fold(), 0) + d;
    }
    // (or its text opening with a year, "1     2023年2月14日的信。", which
    // the lexer reads as no note: a number and a date)
    if (glued_at == 0 && ln.kind == LineKind::Text && lines_.has_form_feeds) {
      const U32View f = trimmed_line(i);
      size_t d = 0;
      while (d < f.size() && f[d] >= U'0' && f[d] <= U'9') ++d;
      const size_t y = skip_spaces(f, d);
      size_t yd = y;
      while (yd < f.size() && f[yd] >= U'0' && f[yd] <= U'9') ++yd;
      if (d > 0 && y > d && yd - y == 4 && yd < f.size() && f[yd] == U'年' &&
          to_utf8(f.substr(0, d)) == fmt::format("{}", want) && footer_below(i))
        glued_at = skip_spaces(ln.fold(), 0) + y;
    }
    // a word processor's text keeps its notes below a rule, "1<TAB>粮农组织，…。":
    // a row of two cells, a number and a sentence, in the run of such rows
    // right below a rule
    size_t tab_at = 0;
    if (ln.kind == LineKind::TableRow) {
      const U32View f = trimmed_line(i);
      const size_t tab = f.find(U'\t');
      const U32View n = tab == U32View::npos ? U32View() : f.substr(0, tab);
      const U32View rest = tab == U32View::npos ? U32View() : trim_view(f.substr(tab + 1));
      const bool shape = !n.empty() && n.size() <= 3 &&
                         std::all_of(n.begin(), n.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }) &&
                         !rest.empty() && rest.find(U'\t') == U32View::npos && (rest.back() == U'。' || rest.back() == U'.');
      // (the run walked up only for a row labelled with the number wanted,
      // and for 2,000 lines at most: a long TAB table's every row walking
      // up through the rows above it took time quadratic in its length)
      const bool wanted = shape && to_utf8(n) == fmt::format("{}", want);
      size_t up = i;
      for (size_t seen = 0; wanted && up > 0 && seen < 2000 &&
                            (L_[up - 1].blank() || (L_[up - 1].kind == LineKind::TableRow && !used_[up - 1]) ||
                             (used_[up - 1] && L_[up - 1].kind != LineKind::Rule));
           ++seen)
        --up;
      if (wanted && up > 0 && L_[up - 1].kind == LineKind::Rule)
        tab_at = skip_spaces(ln.fold(), skip_spaces(ln.fold(), 0) + tab + 1);
      // (or, with no rule, at the text's end: a word processor's notes set
      // after the body, "1<TAB>…。" / "2<TAB>…。" down to the end, each
      // called by its marker in the text above)
      if (shape && tab_at == 0 && !lines_.has_form_feeds && to_utf8(n) == fmt::format("{}", want) && notes_to_end(i))
        tab_at = skip_spaces(ln.fold(), skip_spaces(ln.fold(), 0) + tab + 1);
    }
    // "[1] …。" after the body, down to the text's end (pandoc's plain text,
    // a web page's notes): its marker "[1]" in the text above
    // (a line opening with "[" only: the label is made for no other line)
    if (!lines_.has_form_feeds && ln.kind == LineKind::Text && trimmed_line(i).starts_with(U'[')) {
      const U32View f = trimmed_line(i);
      const std::string label = fmt::format("[{}]", want);
      if (f.size() > label.size() + 1 && to_utf8(f.substr(0, label.size())) == label && notes_to_end(i)) {
        const U32 mark(label.begin(), label.end());
        size_t ml = npos, mp = 0;
        for (size_t k = i, seen = 0; k-- > 0 && seen < 2000 && ml == npos; ++seen) {
          if (L_[k].blank() || used_[k]) continue;
          const U32View t(L_[k].fold());
          const size_t p = t.rfind(mark);
          if (p != U32View::npos && p > skip_spaces(t, 0)) ml = k, mp = p;
        }
        if (ml != npos) {
          const std::string id = fmt::format("{}", want);
          add_marker(ml, mp, label.size(), id);
          add_footnote(id, i, skip_spaces(ln.fold(), skip_spaces(ln.fold(), 0) + label.size()));
          next_numeric = want + 1;
          annex_since_note = false;
          continue;
        }
      }
    }
    bool digit_note = (ln.kind == LineKind::DigitNote && ln.value == want) || glued_at > 0 || tab_at > 0;
    bool bare_label = ln.kind == LineKind::BareNumber && ln.value == want && starts_footnote_label(i);
    if (!digit_note && !bare_label) continue;
    // (not the rest of a Latin word or code the wrap cut at its hyphen, the
    // line above running on into it: "…拟议的D-" / "1中心主任员额…", "P-" / "5职等")
    // (the line above may open with a figure itself, the wrap having cut
    // there before: "…P-" / "5职等的…D-" / "1中心主任…")
    if (i > 0 && free_line(i - 1) && L_[i - 1].page == ln.page &&
        (L_[i - 1].kind == LineKind::Text || L_[i - 1].kind == LineKind::Numbered ||
         L_[i - 1].kind == LineKind::DigitNote)) {
      const U32View above = trimmed_fold(i - 1);
      if (above.size() >= 2 && above.back() == U'-' && is_ascii_alnum(above[above.size() - 2])) continue;
    }
    if (lines_.has_form_feeds && !footer_below(i)) continue;
    const long value = glued_at > 0 || tab_at > 0 ? want : ln.value;
    size_t ml = 0, mp = 0;
    // (notes at the text's end look back over the whole body for their
    // markers; a raised marker, "决议¹提交", calls a plain label as well: a
    // word processor's text gives its notes' labels as plain digits)
    const bool at_end = !lines_.has_form_feeds && notes_to_end(i);
    const bool digit_marker = find_digit_marker(i, value, &ml, &mp, at_end);
    const bool marker = digit_marker || (at_end && raised_marker_above(i, value));
    // Without a marker found, a page foot still holds footnotes when the
    // block is set off (blank line or rule above) and numbered in sequence:
    // keep the note (validate reports E-FN-NO-MARKER) rather than mix it
    // into the text.
    if (!marker && !(lines_.has_form_feeds && set_off_above(i))) continue;
    // (a label glued to its text needs its marker: without it, a line
    // opening with a number at a page foot is more likely text)
    if (glued_at > 0 && !marker) continue;
    std::string id = fmt::format("{}", value);
    if (digit_marker) add_marker(ml, mp, id.size(), id);
    if (glued_at > 0 || tab_at > 0) {
      add_footnote(id, i, glued_at > 0 ? glued_at : tab_at);
    } else if (bare_label) {
      used_[i] = 1;
      size_t j = i + 1;
      add_footnote(id, j, L_[j].body);
      doc_.footnotes.back().lines.extend(ln.number);
    } else {
      add_footnote(id, i, ln.after_label);
    }
    next_numeric = value + 1;
    annex_since_note = false;
  }
  std::stable_sort(doc_.footnotes.begin(), doc_.footnotes.end(),
                   [](const Footnote& a, const Footnote& b) { return a.lines.first < b.lines.first; });
  // A PDF page's foot that opens with lines of footnote type and no label
  // ("年，罗马)。"): the last footnote of the page before goes on there.
  // (the lines joined here: the line below one goes on with the same footnote)
  size_t joined_line = npos;
  Footnote* joined_to = nullptr;
  for (size_t i = 0; i < L_.size(); ++i) {
    if (L_[i].foot != 1 || used_[i] || L_[i].kind != LineKind::Text) continue;
    Footnote* last = nullptr;
    if (joined_to && joined_line + 1 == i) {
      last = joined_to;
    } else {
      // (the first lines of its page's foot block)
      size_t up = i;
      while (up > 0 && L_[up - 1].page == L_[i].page && L_[up - 1].foot == 1 && used_[up - 1] == 0 &&
             L_[up - 1].kind == LineKind::Text)
        --up;
      // (the notes' rule set as text above them, "____", opens the foot: no
      // line of a note)
      if (up > 0 && L_[up - 1].page == L_[i].page && L_[up - 1].foot == 1 && L_[up - 1].kind != LineKind::Rule) continue;
      for (auto& f : doc_.footnotes)
        if (!f.lines.empty() && L_[static_cast<size_t>(f.lines.last - 1)].page < L_[i].page &&
            (!last || f.lines.last > last->lines.last))
          last = &f;
      if (!last || L_[static_cast<size_t>(last->lines.last - 1)].page + 1 != L_[i].page) continue;
      // (a note's rest, not a table or a quotation set in small type at the
      // page's end, "表1" / its caption / its rows: the note broke off
      // mid-sentence, or a note's label stands below these lines; and no
      // row of cells comes before that)
      const U32 folded = fold(from_utf8(last->text));
      const U32View fv = trim_view(folded);
      const bool unfinished = !fv.empty() && !is_sentence_end(fv.back()) && fv.back() != U'.';
      bool label_below = false, row = false;
      for (size_t j = i + 1; j < L_.size() && L_[j].page == L_[i].page && !label_below && !row; ++j) {
        if (L_[j].blank()) continue;
        row = L_[j].kind == LineKind::TableRow;
        label_below = L_[j].kind == LineKind::FootnoteBody;
      }
      // (or a note that Word broke at a sentence's end, the foot being
      // full: the lines are then all the page's foot holds, no label among or
      // below them, and they end a sentence as a note's text does; a table's
      // caption or note set small at the page's end, "表1" / "注：…" /
      // "资料来源：…" / "a 包括…", opens as no note's rest does)
      bool rest_of_note = false;
      if (!row && !unfinished && !label_below) {
        size_t end_of_run = i;
        bool other = false;
        for (size_t j = i + 1; j < L_.size() && L_[j].page == L_[i].page; ++j) {
          if (L_[j].blank() || used_[j]) continue;
          if (L_[j].foot == 1 && L_[j].kind == LineKind::Text && end_of_run + 1 == j) end_of_run = j;
          else other = true;
        }
        const U32View first = trimmed_fold(i), last_line = trimmed_fold(end_of_run);
        auto opens_table_note = [](U32View g) {
          for (U32View w : {U32View(U"注"sv), U32View(U"资料来源"sv), U32View(U"来源"sv), U32View(U"表"sv),
                            U32View(U"图"sv)})
            if (starts_with(g, w)) return true;
          // (a table's note labelled with a letter: "a 包括…", "b. …")
          return g.size() >= 2 && ((g[0] >= U'a' && g[0] <= U'z') || (g[0] >= U'A' && g[0] <= U'Z')) &&
                 (is_space(g[1]) || g[1] == U'.' || g[1] == U')' || is_han(g[1]));
        };
        rest_of_note = !other && !first.empty() && !last_line.empty() && !opens_table_note(first) &&
                       (is_sentence_end(last_line.back()) || last_line.back() == U'.');
      }
      if (row || !(unfinished || label_below || rest_of_note)) continue;
    }
    U32 text = from_utf8(last->text);
    join_text(text, piece(i, L_[i].body, nullptr));
    last->text = to_utf8(text);
    last->lines.extend(L_[i].number);
    used_[i] = 1;
    joined_line = i;
    joined_to = last;
  }
  // The same in text with form feeds: a footnote cut unfinished at its
  // page's end ("…《2022 年世界粮食安全和营养状况》(2022") goes on in the
  // line that ends a sentence just above the next page's first footnote
  // ("年，罗马)。" / "2" / "见粮农组织，…").
  if (lines_.has_form_feeds) {
    auto& notes = doc_.footnotes;
    for (size_t n = 0; n + 1 < notes.size(); ++n) {
      Footnote& f = notes[n];
      const U32 ft = from_utf8(f.text);
      const U32 folded = fold(ft);
      const U32View fv = trim_view(folded);
      if (fv.empty() || is_sentence_end(fv.back()) || fv.back() == U'.' || f.lines.empty()) continue;
      const size_t last = static_cast<size_t>(f.lines.last - 1);
      const int page = L_[last].page;
      bool at_end = L_[static_cast<size_t>(notes[n + 1].lines.first - 1)].page == page + 1;
      for (size_t k = last + 1; at_end && k < L_.size() && L_[k].page == page; ++k)
        at_end = L_[k].blank() || used_[k];
      if (!at_end) continue;
      size_t c = static_cast<size_t>(notes[n + 1].lines.first - 1);
      while (c > 0 && L_[c - 1].blank()) --c;
      if (c == 0) continue;
      --c;
      if (L_[c].page != page + 1 || used_[c] || L_[c].kind != LineKind::Text) continue;
      const U32View g = trimmed_fold(c);
      if (g.empty() || !is_sentence_end(g.back())) continue;
      // (and only a line that closes a bracket the footnote left open: the
      // line above a page's first footnote is as often the text's last)
      const long open = Open(fv).total(), closes = Open(g).total();
      size_t top = c;
      if (open <= 0 || closes >= 0 || closes < -open) {
        // (or lines set apart from the text above them, right above the
        // next page's first note, when the footnote broke off after a
        // comma or an enumeration's 、: "…智利、" / "哥伦比亚、…。" / "3 另见…")
        // (the note's label right below them, no blank line between: the
        // text's last paragraph stands apart from the foot)
        if (U32View(U"、,;:"sv).find(fv.back()) == U32View::npos || c + 1 != static_cast<size_t>(notes[n + 1].lines.first - 1))
          continue;
        while (top > 0 && top + 8 > c && L_[top - 1].page == page + 1 && !L_[top - 1].blank() && !used_[top - 1] &&
               L_[top - 1].kind == LineKind::Text && !is_sentence_end(trimmed_fold(top - 1).back()))
          --top;
        // (set apart: blank lines above, then the page's text; or, in text
        // with no blank lines, -raw's, below a sentence's end and set wider
        // than the text's wrapped lines, in the notes' smaller type)
        if (top == 0) continue;
        if (!L_[top - 1].blank()) {
          if (!wrapped_ || measure(top) <= wrap_width_ + 4 || L_[top - 1].page != page + 1 || used_[top - 1] ||
              trimmed_fold(top - 1).empty() || !is_sentence_end(trimmed_fold(top - 1).back()))
            continue;
        } else {
          size_t above = top - 1;
          while (above > 0 && L_[above].blank() && L_[above].page == page + 1) --above;
          if (L_[above].page != page + 1 || used_[above] || L_[above].blank()) continue;
        }
      }
      U32 text = ft;
      for (size_t k = top; k <= c; ++k) {
        join_text(text, piece(k, L_[k].body, nullptr));
        f.lines.extend(L_[k].number);
        used_[k] = 1;
      }
      f.text = to_utf8(text);
      note_layout("a footnote cut at a page's end goes on at the next page's foot");
    }
    // ... or in lines of no label at the next page's very foot (only blank
    // lines and furniture below them), set apart from the text above and
    // wider than its wrapped lines (smaller type): "中，只有约 12% 有望实现，
    // …必须大幅增加" / "对发展中国家的投资，…扭转这一局面。" below a page's last paragraph
    for (size_t n = 0; wrapped_ && n < notes.size(); ++n) {
      Footnote& f = notes[n];
      if (f.lines.empty()) continue;
      const U32 folded = fold(from_utf8(f.text));
      const U32View fv = trim_view(folded);
      if (fv.empty() || is_sentence_end(fv.back()) || fv.back() == U'.') continue;
      const size_t last = static_cast<size_t>(f.lines.last - 1);
      const int page = L_[last].page;
      bool at_end = true;
      size_t k = last + 1;
      for (; k < L_.size() && L_[k].page == page; ++k) at_end = at_end && (L_[k].blank() || used_[k]);
      if (!at_end || k >= L_.size()) continue;
      // (and no footnote of its own on the next page)
      if (n + 1 < notes.size() && L_[static_cast<size_t>(notes[n + 1].lines.first - 1)].page == page + 1) continue;
      // the next page's last lines of text, furniture and blanks below them
      size_t e = k;
      while (e < L_.size() && L_[e].page == page + 1) ++e;
      size_t b = e;
      while (b > k && (L_[b - 1].blank() || used_[b - 1])) --b;
      size_t a = b;
      while (a > k && !L_[a - 1].blank() && !used_[a - 1] && L_[a - 1].kind == LineKind::Text && b - a < 8) --a;
      if (a == b || a == k || !L_[a - 1].blank()) continue;
      if (measure(a) <= wrap_width_ + 4) continue;  // (set no wider than the text: the text's)
      const U32View g = trimmed_fold(b - 1);
      if (g.empty() || !(is_sentence_end(g.back()) || g.back() == U'.')) continue;
      U32 text = from_utf8(f.text);
      for (size_t c = a; c < b; ++c) {
        join_text(text, piece(c, L_[c].body, nullptr));
        f.lines.extend(L_[c].number);
        used_[c] = 1;
      }
      f.text = to_utf8(text);
      note_layout("a footnote cut at a page's end goes on at the next page's foot");
    }
  }
  // A footnote cut at its page's end goes on below the next page's
  // footnote rule, unlabelled ("…介绍了各会员国" / page break / … /
  // "__________________" / "和联合国系统各组织提供的资料。"): the lines below the
  // rule, before any label, down to one ending a sentence, are its rest.
  if (!doc_.footnotes.empty()) {
    std::vector<std::pair<int, const char*>> furniture;  // (line, kind) of the page furniture found
    for (const auto& f : doc_.furniture) furniture.push_back({f.line, f.kind.c_str()});
    for (size_t r = 0; r < L_.size(); ++r) {
      if (L_[r].kind != LineKind::Rule) continue;
      size_t c = r + 1;
      while (c < L_.size() && L_[c].blank() && !L_[c].page_start) ++c;
      if (c >= L_.size() || used_[c] || L_[c].kind != LineKind::Text || L_[c].page != L_[r].page) continue;
      // the footnote last before the rule, on an earlier page
      Footnote* last = nullptr;
      for (auto& f : doc_.footnotes)
        if (!f.lines.empty() && static_cast<size_t>(f.lines.last) <= r && (!last || f.lines.last > last->lines.last))
          last = &f;
      if (!last) continue;
      const size_t end = static_cast<size_t>(last->lines.last);  // (the line after the footnote's last)
      if (r - end > 200) continue;
      const U32 tail = fold(from_utf8(last->text));
      const U32View tv = trim_view(tail);
      if (tv.empty() || is_sentence_end(tv.back()) || tv.back() == U'.') continue;
      // a page break between: pages apart, or a job number or page number
      // between the footnote and the rule
      bool broke = L_[r].page != L_[end - 1].page;
      for (const auto& [line, kind] : furniture)
        if (line > static_cast<int>(end) && line <= static_cast<int>(r) &&
            (std::string_view(kind) == "job_number" || std::string_view(kind) == "page_number" ||
             std::string_view(kind) == "running_header"))
          broke = true;
      // (and no text of the footnote's own page left below it: the text of
      // the page after is what stands between)
      if (!broke) continue;
      U32 text = from_utf8(last->text);
      for (size_t k = c; k < L_.size() && !L_[k].blank() && !used_[k] && L_[k].kind == LineKind::Text; ++k) {
        join_text(text, piece(k, L_[k].body, nullptr));
        last->lines.extend(L_[k].number);
        used_[k] = 1;
        const U32View g = trimmed_fold(k);
        if (!g.empty() && is_sentence_end(g.back())) break;
      }
      last->text = to_utf8(text);
      note_layout("a footnote cut at a page's end goes on below the next page's footnote rule");
    }
  }
  // Superscript and star markers in the remaining text.
  for (size_t i = 0; i < L_.size(); ++i) {
    if (used_[i] || L_[i].blank()) continue;
    const U32View t(L_[i].text);
    for (size_t p = marker_candidate(t, L_[i].body); p < t.size(); p = marker_candidate(t, p + 1)) {
      if (is_superscript_digit(t[p])) {
        size_t q = p;
        while (q < t.size() && is_superscript_digit(t[q])) ++q;
        add_marker(i, p, q - p, id_of(t.substr(p, q - p)));
        p = q - 1;
      } else if (t[p] == U'*' && p > 0 && (!is_space(t[p - 1]) || spaced_star(t, p))) {
        size_t q = p;
        while (q < t.size() && t[q] == U'*') ++q;
        std::string id(q - p, '*');
        // a star is a marker only where a star footnote exists
        if (std::any_of(doc_.footnotes.begin(), doc_.footnotes.end(), [&](const Footnote& f) { return f.id == id; }))
          add_marker(i, p, q - p, id);
        p = q - 1;
      }
    }
  }
}

}  // namespace undoc::detail
