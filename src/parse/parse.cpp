// parse: classified lines -> Document.
//
// Passes, in order, each over the whole line list:
//   1. layout facts: is the text hard-wrapped, and at what width;
//   2. page furniture (running headers, job numbers, page numbers);
//   3. footnote bodies (superscript, star and plain-digit labels) and the
//      markers in the text that point at them;
//   4. front matter, table of contents, body and annexes, in reading order.
// Every line a pass claims is marked used; a non-blank line that no pass
// claims is reported (W-UNPLACED), so nothing is lost silently.
#include "undoc/parse.hpp"

#include "conventions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace undoc {
namespace {

using namespace conv;

constexpr size_t kMaxHeadingChars = 90;     // chapter and section titles
constexpr size_t kMaxSubsectionChars = 60;  // numbered subsection titles
constexpr size_t kMaxSubheadChars = 30;     // unnumbered subheads

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
  int last_line = 0;
};

class Parser {
 public:
  Parser(const Lines& lines, Source source) : L_(lines.lines), lines_(lines) {
    doc_.source = std::move(source);
    used_.assign(L_.size(), 0);
    markers_.resize(L_.size());
  }

  Document run() {
    measure_layout();
    find_furniture();
    find_footnotes();
    const size_t n = L_.size();
    size_t i = parse_front_matter();
    i = parse_toc(i);
    size_t annex_at = n;
    for (size_t k = i; k < n; ++k)
      if (!used_[k] && L_[k].kind == LineKind::Annex && annex_follows(k)) {
        annex_at = k;
        break;
      }
    doc_.body = parse_nodes(i, annex_at);
    parse_annexes(annex_at);
    link_footnotes();
    report_unplaced();
    return std::move(doc_);
  }

 private:
  const std::vector<Line>& L_;
  const Lines& lines_;
  Document doc_;
  std::vector<char> used_;
  std::vector<std::vector<Marker>> markers_;
  bool wrapped_ = false;
  int wrap_width_ = 0;
  int widest_ = 0;  // the widest text line
  std::set<std::string> footnote_ids_;
  std::string symbol_;

  // ---- helpers -----------------------------------------------------------

  const Line& at(size_t i) const { return L_[i]; }
  bool free_line(size_t i) const { return i < L_.size() && !used_[i] && !L_[i].blank(); }

  // Next line at or after i that is neither blank nor claimed.
  size_t next_free(size_t i, size_t end) const {
    while (i < end && (used_[i] || L_[i].blank())) ++i;
    return i;
  }

  // The line right after i (no blank or claimed line between), or npos.
  size_t adjacent_next(size_t i, size_t end) const {
    size_t j = i + 1;
    if (j < end && free_line(j) && !L_[j].page_start) return j;
    return std::string::npos;
  }

  // Is line i full width, so that the text probably wraps onto the next line?
  bool full(size_t i) const { return wrapped_ && L_[i].width >= wrap_width_ - 5; }

  U32View trimmed_content(size_t i) const { return trim_view(L_[i].content()); }
  U32View trimmed_fold(size_t i) const { return trim_view(U32View(L_[i].fold).substr(L_[i].body)); }

  // Text of line i from `from`, trimmed, markers removed; marker offsets are
  // appended to refs relative to the returned text.
  U32 piece(size_t i, size_t from, std::vector<FootnoteRef>* refs) const {
    const Line& ln = L_[i];
    size_t b = from, e = ln.text.size();
    while (b < e && is_space(ln.text[b])) ++b;
    while (e > b && is_space(ln.text[e - 1])) --e;
    U32 out;
    const auto& ms = markers_[i];
    size_t m = 0;
    for (size_t k = b; k < e;) {
      while (m < ms.size() && ms[m].pos + ms[m].len <= k) ++m;
      if (m < ms.size() && ms[m].pos == k) {
        k += ms[m].len;
        // "运作 3。": the space before a spaced-out marker goes with it
        if (!out.empty() && is_space(out.back()) && (k >= e || !is_ascii_alnum(fold_char(ln.text[k]))))
          out.pop_back();
        if (refs) refs->push_back({ms[m].id, static_cast<int>(out.size())});
        continue;
      }
      out.push_back(ln.text[k]);
      ++k;
    }
    return out;
  }

  // ---- pass 1: layout ------------------------------------------------------

  void measure_layout() {
    std::map<int, int> hist;
    int total = 0, followed = 0;
    for (size_t i = 0; i < L_.size(); ++i) {
      const Line& ln = L_[i];
      if (ln.kind != LineKind::Text && ln.kind != LineKind::Numbered) continue;
      if (ln.width < 30) continue;
      ++hist[ln.width];
      ++total;
      if (i + 1 < L_.size() && !L_[i + 1].blank()) ++followed;
    }
    for (const Line& ln : L_)
      if (ln.kind == LineKind::Text || ln.kind == LineKind::Numbered) widest_ = std::max(widest_, ln.width);
    if (total < 6) return;
    int best = 0, best_count = 0;
    for (auto& [w, c] : hist) {
      int window = 0;
      for (int d = -3; d <= 1; ++d)
        if (auto it = hist.find(w + d); it != hist.end()) window += it->second;
      if (window > best_count) {
        best_count = window;
        best = w + 1;
      }
    }
    // Hard-wrapped text: many lines share one width and run on into the next.
    if (best_count * 10 >= total * 3 && followed * 10 >= total * 4) {
      wrapped_ = true;
      wrap_width_ = best;
    }
  }

  // ---- pass 2: page furniture ---------------------------------------------

  void add_furniture(size_t i, const char* kind) {
    used_[i] = 1;
    doc_.furniture.push_back({kind, to_utf8(trim_view(L_[i].text)), L_[i].number});
  }

  void find_furniture() {
    // The masthead symbol: the first symbol line near the top of page 1.
    size_t seen = 0;
    for (size_t i = 0; i < L_.size() && seen < 15 && L_[i].page == 0; ++i) {
      if (L_[i].blank()) continue;
      if (L_[i].kind == LineKind::Chapter || L_[i].kind == LineKind::Numbered || L_[i].kind == LineKind::TocTitle)
        break;  // the masthead is above the text
      ++seen;
      if (L_[i].kind == LineKind::Symbol) {
        U32View sym = trim_view(L_[i].fold);
        while (!sym.empty() && sym.back() == U'*') sym.remove_suffix(1);
        symbol_ = to_utf8(sym);
        masthead_symbol_line_ = i;
        break;
      }
      // 联合国 A/61/187 on one line
      U32View f = trim_view(L_[i].fold);
      if (starts_with(f, U"联合国")) {
        U32View rest = trim_view(f.substr(3));
        if (!rest.empty() && Line(classify(0, U32(rest))).kind == LineKind::Symbol) symbol_ = to_utf8(rest);
      }
    }
    auto is_page_edge = [&](size_t i) {
      if (!lines_.has_form_feeds) return false;
      // among the first two or last two non-blank lines of its page
      int page = L_[i].page, before = 0, after = 0;
      for (size_t k = i; k-- > 0 && L_[k].page == page && before < 2;)
        if (!L_[k].blank()) ++before;
      for (size_t k = i + 1; k < L_.size() && L_[k].page == page && after < 2; ++k)
        if (!L_[k].blank()) ++after;
      return before < 2 || after < 2;
    };
    std::vector<char> furn(L_.size(), 0);
    for (size_t i = 0; i < L_.size(); ++i) {
      const Line& ln = L_[i];
      if (ln.kind == LineKind::JobNumber) {
        add_furniture(i, trim_view(ln.fold).front() == U'*' ? "barcode" : "job_number");
        furn[i] = 1;
      } else if (ln.kind == LineKind::Rule) {
        add_furniture(i, "rule");
        furn[i] = 1;
      } else if (ln.kind == LineKind::Symbol && i != masthead_symbol_line_) {
        if (symbol_.empty() || to_utf8(trim_view(ln.fold)).find(symbol_) != std::string::npos || is_page_edge(i)) {
          add_furniture(i, "running_header");
          furn[i] = 1;
        }
      }
    }
    // Bare page numbers. With form feeds: the first number met walking in
    // from either edge of a page past other furniture. Without: a number
    // right next to a job number or running header.
    auto take = [&](size_t i) {
      add_furniture(i, "page_number");
      furn[i] = 1;
    };
    if (lines_.has_form_feeds) {
      size_t start = 0;
      while (start < L_.size()) {
        size_t end = start;
        while (end < L_.size() && L_[end].page == L_[start].page) ++end;
        for (int dir = 0; dir < 2; ++dir) {
          for (size_t n = 0; n < end - start; ++n) {
            size_t k = dir == 0 ? end - 1 - n : start + n;
            if (L_[k].blank() || furn[k]) continue;
            if ((L_[k].kind == LineKind::BareNumber && !(dir == 1 && starts_footnote_label(k))) ||
                L_[k].kind == LineKind::PageOf)
              take(k);
            break;
          }
        }
        start = end;
      }
    } else {
      for (size_t i = 0; i < L_.size(); ++i) {
        if (L_[i].kind != LineKind::BareNumber && L_[i].kind != LineKind::PageOf) continue;
        size_t prev = i, next = i + 1;
        while (prev > 0 && L_[prev - 1].blank()) --prev;
        while (next < L_.size() && L_[next].blank()) ++next;
        bool after_furniture = prev > 0 && furn[prev - 1];
        bool before_furniture = next < L_.size() && furn[next];
        if (after_furniture || (before_furniture && !(prev > 0 && L_[prev - 1].kind == LineKind::BareNumber)))
          take(i);
      }
    }
  }
  size_t masthead_symbol_line_ = std::string::npos;
  std::string loose_marker_;

  // A bare number followed by footnote-looking text on the next line.
  bool starts_footnote_label(size_t i) const {
    size_t j = i + 1;
    if (j >= L_.size() || L_[j].blank() || L_[j].page != L_[i].page) return false;
    return L_[j].kind == LineKind::Text || L_[j].kind == LineKind::Symbol;
  }

  // ---- pass 3: footnotes ----------------------------------------------------

  // Claims the body of a footnote starting at line i (label ending at
  // text offset `from`), with its continuation lines; returns the index.
  void add_footnote(const std::string& id, size_t i, size_t from) {
    Footnote fn;
    fn.id = id;
    U32 text = piece(i, from, nullptr);
    fn.lines.extend(L_[i].number);
    used_[i] = 1;
    // Continuation lines: only directly below, and only when the body does
    // not already end a sentence or the page structure says we are in the
    // footer (everything down to the page end is footnotes or furniture).
    size_t k = i + 1;
    while (k < L_.size() && free_line(k) && !L_[k].page_start && L_[k].kind == LineKind::Text) {
      bool footer = lines_.has_form_feeds && footer_below(k);
      if (!footer && !text.empty() && is_sentence_end(fold_char(text.back()))) break;
      if (!footer && !wrapped_) break;
      join_text(text, piece(k, L_[k].body, nullptr));
      fn.lines.extend(L_[k].number);
      used_[k] = 1;
      ++k;
    }
    fn.text = to_utf8(text);
    footnote_ids_.insert(id);
    doc_.footnotes.push_back(std::move(fn));
  }

  // A blank line or the footnote rule right above line i.
  bool set_off_above(size_t i) const {
    return i > 0 && (L_[i - 1].blank() || L_[i - 1].kind == LineKind::Rule);
  }

  // From line k to the end of its page: nothing but text, footnotes, furniture.
  bool footer_below(size_t k) const {
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


  // Look for the plain-digit marker `id` above line i (same page, after the
  // previous footnote): digits glued to CJK text or left at a line end.
  bool find_digit_marker(size_t i, long value, size_t* line_out, size_t* pos_out) const {
    const std::string ascii = fmt::format("{}", value);
    const U32 digits(ascii.begin(), ascii.end());
    size_t scanned = 0;
    for (size_t k = i; k-- > 0 && scanned < 80;) {
      if (lines_.has_form_feeds && L_[k].page != L_[i].page && L_[k].page + 1 != L_[i].page) break;
      if (L_[k].blank() || used_[k]) continue;
      if (L_[k].kind == LineKind::FootnoteBody) break;
      ++scanned;
      const U32View f(L_[k].fold);
      size_t from = L_[k].body;
      for (size_t p = f.find(digits, from); p != U32View::npos; p = f.find(digits, p + 1)) {
        if (p == 0) continue;
        size_t e = p + digits.size();
        char32_t before = f[p - 1];
        if (before >= U'0' && before <= U'9') continue;
        if (e < f.size() && f[e] >= U'0' && f[e] <= U'9') continue;
        bool at_end = trim_view(f.substr(e)).empty();
        // (the folded view has ASCII for full-width punctuation: check both)
        bool glued_before = is_han(before) || U32View(U"。，；：、”’）)》,;:").find(before) != U32View::npos;
        // "开始运作 3。": a space before, but CJK punctuation or the line end after
        bool spaced = is_space(before) && p >= 2 && is_han(f[p - 2]) &&
                      (at_end || U32View(U"。，；：,;:").find(f[e]) != U32View::npos);
        if (!glued_before && !spaced) continue;
        if (!at_end) {
          char32_t after = f[e];
          static const U32View units = U"年月日时分秒个名项届号条段次%岁亿万千百元美./-";
          if (units.find(after) != U32View::npos) continue;
        }
        *line_out = k;
        *pos_out = p;
        return true;
      }
    }
    return false;
  }

  void add_marker(size_t line, size_t pos, size_t len, const std::string& id) {
    auto& ms = markers_[line];
    if (ms.empty() || ms.back().pos < pos) {  // the common case: left to right
      ms.push_back({pos, len, id});
      return;
    }
    auto it = std::lower_bound(ms.begin(), ms.end(), pos, [](const Marker& m, size_t p) { return m.pos < p; });
    if (it != ms.end() && it->pos == pos) return;
    ms.insert(it, {pos, len, id});
  }

  void find_footnotes() {
    long next_numeric = 1;
    bool annex_since_note = false;  // annexes may number their footnotes from 1 again
    for (size_t i = 0; i < L_.size(); ++i) {
      if (used_[i]) continue;
      const Line& ln = L_[i];
      if (ln.kind == LineKind::Annex) annex_since_note = true;
      if (ln.kind == LineKind::FootnoteBody) {
        add_footnote(id_of(ln.label), i, ln.after_label);
        if (ln.value >= next_numeric || (annex_since_note && ln.value == 1)) next_numeric = ln.value + 1;
        annex_since_note = false;
        continue;
      }
      // Plain digits: "6 A/60/871." or "6" alone with the text below.
      long want = annex_since_note && ln.value == 1 ? 1 : next_numeric;
      bool digit_note = ln.kind == LineKind::DigitNote && ln.value == want;
      bool bare_label = ln.kind == LineKind::BareNumber && ln.value == want && starts_footnote_label(i);
      if (!digit_note && !bare_label) continue;
      if (lines_.has_form_feeds && !footer_below(i)) continue;
      size_t ml = 0, mp = 0;
      const bool marker = find_digit_marker(i, ln.value, &ml, &mp);
      // Without a marker found, a page foot still holds footnotes when the
      // block is set off (blank line or rule above) and numbered in sequence:
      // keep the note (validate reports E-FN-NO-MARKER) rather than mix it
      // into the text.
      if (!marker && !(lines_.has_form_feeds && set_off_above(i))) continue;
      std::string id = fmt::format("{}", ln.value);
      if (marker) add_marker(ml, mp, id.size(), id);
      if (bare_label) {
        used_[i] = 1;
        size_t j = i + 1;
        add_footnote(id, j, L_[j].body);
        doc_.footnotes.back().lines.extend(ln.number);
      } else {
        add_footnote(id, i, ln.after_label);
      }
      next_numeric = ln.value + 1;
      annex_since_note = false;
    }
    // Superscript and star markers in the remaining text.
    for (size_t i = 0; i < L_.size(); ++i) {
      if (used_[i] || L_[i].blank()) continue;
      const U32View t(L_[i].text);
      for (size_t p = L_[i].body; p < t.size(); ++p) {
        if (is_superscript_digit(t[p])) {
          size_t q = p;
          while (q < t.size() && is_superscript_digit(t[q])) ++q;
          add_marker(i, p, q - p, id_of(t.substr(p, q - p)));
          p = q - 1;
        } else if (t[p] == U'*' && p > 0 && !is_space(t[p - 1])) {
          size_t q = p;
          while (q < t.size() && t[q] == U'*') ++q;
          std::string id(q - p, '*');
          if (footnote_ids_.count(id)) add_marker(i, p, q - p, id);
          p = q - 1;
        }
      }
    }
  }

  // ---- pass 4a: front matter ------------------------------------------------

  // Where the body (or the TOC) starts.
  size_t front_matter_end() const {
    for (size_t i = 0; i < L_.size(); ++i) {
      if (used_[i]) continue;
      switch (L_[i].kind) {
        case LineKind::TocTitle:
        case LineKind::Article:
          return i;
        case LineKind::Chapter:
        case LineKind::Section:
          if (heading_shape(i, kMaxHeadingChars)) return i;
          break;
        case LineKind::Numbered:
          if (L_[i].value == 1) return i;
          break;
        case LineKind::Annex:
          if (annex_follows(i)) return i;
          break;
        case LineKind::Text:
          if (is_enacting_formula(trim_view(L_[i].fold))) return i;
          break;
        default:
          break;
      }
    }
    return L_.size();
  }

  void use_range(size_t a, size_t b) {
    for (size_t k = a; k <= b && k < L_.size(); ++k) used_[k] = 1;
  }

  // Consecutive free lines from i (a block), joined; returns one past the end.
  // Consecutive free text lines from i (a block), joined; returns one past the
  // end. In hard-wrapped text a block goes on only past full-width lines.
  size_t block(size_t i, size_t end, U32* out, LineRange* range, size_t max_lines = 8) {
    size_t k = i;
    while (k < end && free_line(k) && k - i < max_lines) {
      if (k > i && (L_[k].page_start || L_[k].kind != LineKind::Text)) break;
      // A title goes on to the next line when its line is full (hard-wrapped
      // text) or stops mid-phrase ("…听询会的" / "议程安排").
      if (k > i && !full(k - 1) && !ends_mid_phrase(trim_view(L_[k - 1].fold))) break;
      if (k > i && contains(L_[k].fold, U'。')) break;  // a sentence: not part of a title
      if (k > i && is_front_matter_break(trim_view(L_[k].fold))) break;
      Node probe;
      if (k > i && flattened_table(k, end, &probe, true)) break;  // a table's first cell
      std::vector<FootnoteRef> refs;
      join_text(*out, piece(k, 0, &refs));
      for (auto& r : refs) heading_refs_.push_back({r.id, L_[k].number, "front_matter"});
      range->extend(L_[k].number);
      used_[k] = 1;
      ++k;
    }
    return k;
  }



  // A front-matter line consumed whole: its footnote markers point at the
  // front matter.
  void claim_front_matter_line(size_t i) {
    used_[i] = 1;
    for (const auto& m : markers_[i]) heading_refs_.push_back({m.id, L_[i].number, "front_matter"});
  }





  size_t parse_front_matter() {
    const size_t end = front_matter_end();
    FrontMatter& fm = doc_.front_matter;
    enum { Start, AfterAgenda, AfterTitle, Paragraphs } state = Start;
    ParaBuilder para;
    std::vector<Node> paras;
    for (size_t i = 0; i < end; ++i) {
      if (used_[i] || L_[i].blank()) {
        if (used_[i] && !L_[i].blank()) fm.lines.extend(L_[i].number);
        continue;
      }
      const U32View f = trim_view(L_[i].fold);  // the whole line: masthead lines carry no labels
      const Line& ln = L_[i];
      fm.lines.extend(ln.number);
      if (state != Paragraphs) {
        // Masthead and session lines, in any order. Mastheads are often set
        // letter-spaced ("联 合 国", "大 会"): compare without spaces.
        U32 compact;
        for (char32_t c : f)
          if (!is_space(c)) compact.push_back(c);
        if (i == masthead_symbol_line_) {
          fm.symbol = symbol_;
          claim_front_matter_line(i);
          continue;
        }
        if (starts_with(compact, U"联合国") && f.size() <= 3 + 40) {
          size_t after = 0;
          for (size_t seen = 0; after < f.size() && seen < 3; ++after)
            if (!is_space(f[after])) ++seen;
          U32View rest = trim_view(f.substr(after));
          if (rest.empty() || Line(classify(0, U32(rest))).kind == LineKind::Symbol) {
            if (!rest.empty() && !fm.symbol) {
              U32View sym = rest.substr(0, rest.find(U' '));
              while (!sym.empty() && sym.back() == U'*') sym.remove_suffix(1);
              fm.symbol = to_utf8(sym);
            }
            claim_front_matter_line(i);
            continue;
          }
        }
        if (is_organ(compact)) {
          fm.organ = to_utf8(compact);
          claim_front_matter_line(i);
          continue;
        }
        bool masthead = false;
        if (auto p = f.find(U"Distr."); p != U32View::npos) {
          size_t c = f.find(U':', p);
          U32View v = c == U32View::npos ? f.substr(p + 6) : f.substr(c + 1);
          size_t stop = v.find(U"  ");
          fm.distribution = to_utf8(trim_view(v.substr(0, stop)));
          masthead = true;
        }
        if (auto p = f.find(U"Original:"); p != U32View::npos) {
          U32View v = trim_view(f.substr(p + 9));
          fm.language_original = to_utf8(v.substr(0, v.find(U' ')));
          masthead = true;
        }
        if (f == U"Chinese" || f == U"中文") {
          fm.language_this = to_utf8(f);
          masthead = true;
        }
        if (!fm.date && f.size() <= 40) {
          if (auto d = find_date(f); d && (masthead || f.size() <= 20)) {
            fm.date = *d;
            masthead = true;
          }
        }
        if (masthead) {
          claim_front_matter_line(i);
          continue;
        }
        // 第六十一届会议; 2006 年实质性会议 (ECOSOC), 2006 年组织会议
        const bool numbered_session = f.size() >= 4 && f[0] == U'第' && f.find(U"届会议") != U32View::npos;
        const bool dated_session = f.find(U"年") != U32View::npos && f.size() >= 4 &&
                                   f.substr(f.size() - 2) == U"会议" && f.find(U"会议") == f.size() - 2 &&
                                   f[0] >= U'0' && f[0] <= U'9';
        if (!fm.session_text && (numbered_session || dated_session) && f.size() <= 30) {
          if (numbered_session) {
            size_t p = f.find(U'届');
            long v = chinese_numeral_value(f.substr(1, p - 1));
            if (v < 0) {
              U32View d = trim_view(f.substr(1, p - 1));
              v = 0;
              for (char32_t c : d) v = (c >= U'0' && c <= U'9' && v >= 0) ? v * 10 + (c - U'0') : -1;
            }
            if (v > 0) fm.session_number = v;
          }
          fm.session_text = to_utf8(piece(i, 0, nullptr));
          claim_front_matter_line(i);
          continue;
        }
        // 第二委员会 and the like, under the organ: kept with the notes
        if (f.size() <= 24 && f.size() >= 4 && f.substr(f.size() - 3) == U"委员会" && f[0] == U'第') {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
          claim_front_matter_line(i);
          continue;
        }
        // A marker that PDF extraction put on a line of its own ("*" above
        // 临时议程 项目 71(a)) belongs to the agenda line that follows.
        if (std::all_of(f.begin(), f.end(), [](char32_t c) { return c == U'*' || is_superscript_digit(c); })) {
          size_t j = next_free(i + 1, end);
          if (j < end && trimmed_fold(j).find(U"议程") != U32View::npos) {
            loose_marker_ = id_of(f);
            used_[i] = 1;
            continue;
          }
        }
        // 临时议程* 项目 54(b), 暂定项目清单* 项目 55; raw extraction may put
        // 项目 54(b) on the next line
        const bool agenda_label = f.find(U"议程") != U32View::npos || f.find(U"项目清单") != U32View::npos;
        size_t item_at = item_number_at(f);
        size_t item_line = i;
        if (item_at == U32View::npos && agenda_label && f.size() <= 12) {
          size_t j = next_free(i + 1, end);
          if (j < end && item_number_at(trimmed_fold(j)) == 0) item_line = j, item_at = 0;
        }
        if ((item_at != U32View::npos && agenda_label && item_at < 16) || item_line != i) {
          AgendaItem item;
          std::vector<FootnoteRef> refs;
          U32 whole = piece(i, 0, &refs);
          if (item_line != i) {
            whole += U" ";
            whole += piece(item_line, 0, &refs);
            used_[item_line] = 1;
            item.lines.extend(L_[item_line].number);
          }
          U32View w(whole);
          size_t q = item_number_at(fold(w));
          item.label = to_utf8(trim(w.substr(0, q)));
          item.item = to_utf8(trim(w.substr(q + 2)));
          if (!loose_marker_.empty()) item.footnotes.push_back(loose_marker_);
          loose_marker_.clear();
          for (auto& r : refs) item.footnotes.push_back(r.id);
          item.lines.extend(ln.number);
          used_[i] = 1;
          size_t j = next_free(item_line + 1, end);
          // the agenda title; not the date line of a resolution ("2007 年 9 月 13 日大会决议")
          if (j < end && L_[j].kind == LineKind::Text && !contains(trimmed_fold(j), U'。') &&
              !find_date(trimmed_fold(j))) {
            U32 title;
            block(j, end, &title, &item.lines, 3);
            item.title = to_utf8(title);
          }
          fm.lines.extend(item.lines);
          fm.agenda_items.push_back(std::move(item));
          state = AfterAgenda;
          i = item_line;
          continue;
        }
        // [未经发交主要委员会 (A/61/L.67 和 Add.1)]
        if (f.front() == U'[' && f.back() == U']') {
          fm.notes.push_back(to_utf8(trimmed_content(i)));
          used_[i] = 1;
          continue;
        }
        // 61/295. 联合国土著人民权利宣言
        if (auto dot = resolution_title_at(f)) {
          U32View t = trimmed_content(i);
          fm.resolution_number = to_utf8(trim_view(t.substr(0, *dot)));
          U32 title;
          LineRange r;
          title = trim(t.substr(*dot + 1));
          used_[i] = 1;
          r.extend(ln.number);
          if (fm.title && !fm.subtitle) fm.subtitle = fm.title;  // "2007 年 9 月 13 日大会决议"
          fm.title = to_utf8(title);
          fm.lines.extend(r);
          state = AfterTitle;
          continue;
        }
        // The title, then a short subtitle (大会主席的说明, 秘书长的报告).
        bool sentence = contains(f, U'。') || is_clause_end(f.back());
        auto take_block = [&](size_t max_lines) {  // the block from line i, claimed
          U32 text;
          LineRange r;
          size_t k = block(i, end, &text, &r, max_lines);
          fm.lines.extend(r);
          i = k - 1;
          return to_utf8(text);
        };
        if (!fm.title && !sentence && ln.kind == LineKind::Text) {
          fm.title = take_block(4);
          state = AfterTitle;
          continue;
        }
        if (fm.title && !fm.subtitle && !sentence && ln.kind == LineKind::Text && f.size() <= 40 &&
            state == AfterTitle && f != U"摘要" && f != U"概要") {
          fm.subtitle = take_block(2);
          state = Paragraphs;
          continue;
        }
        state = Paragraphs;
      }
      // No table of contents, heading or numbered paragraph anywhere (a
      // letter, a note): the text after the title is the body, not front matter.
      if (end == L_.size() && (fm.title || !fm.agenda_items.empty() || fm.session_text) && !para.open) {
        flush(para, paras);
        fm.paragraphs = std::move(paras);
        fm.lines = LineRange{};
        for (size_t k = 0; k < i; ++k)
          if (!L_[k].blank()) fm.lines.extend(L_[k].number);
        return i;
      }
      // A short line with no punctuation between paragraphs ("摘要") is a
      // heading of the front matter, kept as a paragraph of its own kind.
      if ((!para.open || ends_sentence(para) || separated(static_cast<size_t>(para.last_line), i)) &&
          heading_shape(i, 20) && !full(i)) {
        size_t j = next_free(i + 1, end);
        if (j < end && L_[j].kind == LineKind::Text && !heading_shape(j, 20)) {
          flush(para, paras);
          start_paragraph(para, i, std::nullopt);
          para.node.paragraph_kind = "heading";
          flush(para, paras);
          continue;
        }
      }
      // Unnumbered paragraphs (the transmittal text).
      bool gap = para.open && separated(static_cast<size_t>(para.last_line), i);
      bool new_para = !para.open || (gap && ends_sentence(para) && !L_[i].page_start) ||
                      (para.open && ended_before(para, i)) || starts_preamble(para, i);
      if (new_para) {
        flush(para, paras);
        start_paragraph(para, i, std::nullopt);
      } else {
        append(para, i, 0, gap);
      }
    }
    flush(para, paras);
    fm.paragraphs = std::move(paras);
    for (auto& p : fm.paragraphs) fm.lines.extend(p.lines);
    return end;
  }

  // ---- paragraphs -------------------------------------------------------------

  // In hard-wrapped text a paragraph whose last line ended a sentence short of
  // the full width has ended: the next line starts something new.
  // (A line ending in "；" ends an item, not the paragraph: sub-items (a),
  // (b) follow. Those and bulleted lines always continue.)
  // Text that is not hard-wrapped has one paragraph per line: a line after
  // a full stop starts anew there too.
  bool ended_before(const ParaBuilder& p, size_t i) const {
    if (p.text.empty() || starts_sub_item(trimmed_fold(i))) return false;
    char32_t last = fold_char(p.text.back());
    bool full_stop = last == U'。' || last == U'!' || last == U'?' || last == U'.';
    if (!full_stop || separated(static_cast<size_t>(p.last_line), i)) return false;
    const int width = L_[static_cast<size_t>(p.last_line)].width;
    // (too few lines to measure a wrap width: the widest line stands in)
    return wrapped_ ? !full(static_cast<size_t>(p.last_line)) : width < widest_ - 4;
  }


  // A preambular paragraph ("注意到…，") after a clause end starts anew.
  bool starts_preamble(const ParaBuilder& p, size_t i) const {
    return p.open && !p.text.empty() && is_preamble_start(trimmed_fold(i)) &&
           is_clause_end(fold_char(p.text.back())) && p.node.paragraph_kind != "numbered";
  }

  static bool ends_sentence(const ParaBuilder& p) {
    return !p.text.empty() && is_sentence_end(fold_char(p.text.back()));
  }

  void start_paragraph(ParaBuilder& p, size_t i, std::optional<long> number) {
    p = ParaBuilder{};
    p.open = true;
    p.node.kind = NodeKind::Paragraph;
    p.node.paragraph_number = number;
    p.node.paragraph_kind = number ? "numbered" : (is_preamble_start(trimmed_fold(i)) ? "preambular" : "unnumbered");
    std::vector<FootnoteRef> refs;
    // a numbered paragraph starts after its label; any other keeps the whole line
    p.text = piece(i, number ? L_[i].body : 0, &refs);
    p.node.footnote_refs = refs;
    p.node.lines.extend(L_[i].number);
    p.last_line = static_cast<int>(i);
    used_[i] = 1;
  }

  // Adds line i to an open paragraph; `fragment` when a page break (a blank
  // line, a form feed, lifted footnotes or furniture) lies between.
  void append(ParaBuilder& p, size_t i, size_t from, bool fragment) {
    std::vector<FootnoteRef> refs;
    U32 more = piece(i, from, &refs);
    if (fragment) {
      p.node.breaks.push_back(static_cast<int>(p.text.size()));
      p.node.break_lines.push_back(L_[i].number);
      ++p.node.fragments;
    }
    join_text(p.text, more);
    size_t base = p.text.size() - more.size();
    for (auto& r : refs) p.node.footnote_refs.push_back({r.id, static_cast<int>(base) + r.offset});
    p.node.lines.extend(L_[i].number);
    p.last_line = static_cast<int>(i);
    used_[i] = 1;
  }

  static void flush(ParaBuilder& p, std::vector<Node>& out) {
    if (!p.open) return;
    p.node.text = to_utf8(p.text);
    out.push_back(std::move(p.node));
    p = ParaBuilder{};
  }

  // Did anything lie between line a (last used) and line b: blank lines,
  // a page break, lifted footnotes or furniture?
  bool separated(size_t a, size_t b) const {
    if (L_[b].page_start) return true;
    for (size_t k = a + 1; k < b; ++k)
      if (L_[k].blank() || used_[k]) return true;
    return false;
  }

  // ---- pass 4b: table of contents ---------------------------------------------




  bool opens_toc_row(size_t i) const {
    U32View f = trimmed_fold(i);
    f = trim_view(f.substr(0, f.find(U'\t')));  // the title cell
    switch (classify(0, U32(f)).kind) {
      case LineKind::Chapter: case LineKind::Section: case LineKind::Numbered: case LineKind::Annex:
      case LineKind::Article:
        return true;
      default:
        return starts_with(trimmed_fold(i), U"附件");
    }
  }

  size_t parse_toc(size_t i) {
    i = next_free(i, L_.size());
    if (i >= L_.size() || L_[i].kind != LineKind::TocTitle) return i;
    Toc& toc = doc_.toc;
    toc.present = true;
    toc.title = to_utf8(trim_view(L_[i].text));
    toc.lines.extend(L_[i].number);
    used_[i] = 1;
    std::vector<size_t> pending;       // title lines of the row being read
    std::vector<size_t> cells;         // number cells split off onto their own lines
    std::optional<std::pair<long, long>> cell_range;
    std::optional<bool> tab_style;
    auto completes = [&](size_t j) {
      U32View g = trimmed_fold(j);
      if (number_cell(g)) return true;
      auto t2 = toc_tail(g);
      return t2 && t2->page && (!tab_style || *tab_style == t2->tab);
    };
    size_t k = i + 1;
    for (; k < L_.size(); ++k) {
      if (L_[k].blank() || used_[k]) continue;
      U32View f = trimmed_fold(k);
      if (pending.empty() && f.size() <= 20 && (f.find(U"页次") != U32View::npos || f.find(U"段次") != U32View::npos)) {
        used_[k] = 1;
        toc.lines.extend(L_[k].number);
        continue;
      }
      if (auto cell = number_cell(f); cell && !pending.empty()) {
        cells.push_back(k);
        // a range cell is followed by the page cell; a single number may be either
        size_t j = next_free(k + 1, L_.size());
        bool more = j < L_.size() && number_cell(trimmed_fold(j)) && cells.size() < 2;
        if (more) {
          cell_range = cell;
          continue;
        }
        add_toc_entry(pending, cells, cell_range, cell->second);
        pending.clear();
        cells.clear();
        cell_range.reset();
        continue;
      }
      auto tail = toc_tail(f);
      bool complete = tail && tail->page && (!tab_style || *tab_style == tail->tab || !*tab_style);
      if (complete) {
        if (!tab_style) tab_style = tail->tab;
        if (!pending.empty() && opens_toc_row(k) && !opens_toc_row(pending.front())) pending.clear();
        pending.push_back(k);
        add_toc_entry(pending, {}, std::nullopt, std::nullopt);
        pending.clear();
        continue;
      }
      // A row that wraps or whose numbers come on later lines: accept it only
      // if a completing line follows soon.
      bool follows = false;
      for (size_t j = k + 1, seen = 0; j < L_.size() && seen < 3; ++j) {
        if (L_[j].blank() || used_[j]) continue;
        ++seen;
        if (L_[j].kind == LineKind::Numbered && contains(trimmed_fold(j), U'。')) break;
        if (completes(j)) {
          follows = true;
          break;
        }
      }
      if (!follows || pending.size() >= 4) break;
      // A line that opens a row (一. / A. / 1. / 附件) after held lines that
      // opened none: those were no row at all. They stay unplaced, and are
      // reported, rather than glued to this row's title.
      if (!pending.empty() && opens_toc_row(k) && !opens_toc_row(pending.front())) pending.clear();
      pending.push_back(k);
    }
    if (!pending.empty()) k = pending.front();
    return k;
  }

  void add_toc_entry(const std::vector<size_t>& rows, const std::vector<size_t>& cells,
                     std::optional<std::pair<long, long>> range, std::optional<long> page) {
    TocEntry e;
    for (size_t c : cells) {
      used_[c] = 1;
      e.lines.extend(L_[c].number);
      doc_.toc.lines.extend(L_[c].number);
    }
    U32 joined;
    bool annex = false;
    U32 annex_label;
    for (size_t n = 0; n < rows.size(); ++n) {
      size_t r = rows[n];
      used_[r] = 1;
      e.lines.extend(L_[r].number);
      doc_.toc.lines.extend(L_[r].number);
      U32View f(L_[r].fold);
      auto tail = toc_tail(f);
      size_t end = tail ? tail->title_end : f.size();
      if (page && tail && tail->page) tail.reset();  // numbers came on their own lines
      if (n + 1 == rows.size() && page) {
        e.paragraphs = range;
        e.page = page;
      } else if (n + 1 == rows.size() && tail) {
        e.paragraphs = tail->range;
        e.page = tail->page;
      }
      U32View orig = U32View(L_[r].text).substr(0, end);
      U32View orig_trim = trim_view(orig);
      if (n == 0 && starts_with(trim_view(f), U"附件")) {
        Line probe = classify(0, U32(orig_trim));
        if (probe.kind == LineKind::Annex) {
          annex = true;
          annex_label = probe.label;
          U32 title = trim(probe.content());
          if (title.empty()) continue;
          joined += title;
          continue;
        }
        // 附件一 标题 on one line
        size_t sp = orig_trim.find_first_of(U" \t\u3000");
        if (sp != U32View::npos && classify(0, U32(orig_trim.substr(0, sp))).kind == LineKind::Annex) {
          annex = true;
          annex_label = classify(0, U32(orig_trim.substr(0, sp))).label;
          orig_trim = trim_view(orig_trim.substr(sp));
        }
      }
      if (!joined.empty()) joined.push_back(U' ');  // wrap point: dropped below between CJK
      joined += U32(orig_trim);
    }
    U32 text = drop_cjk_wrap_spaces(joined);
    if (annex) {
      e.kind = "annex";
      e.level = 1;
      if (!annex_label.empty()) e.number = to_utf8(annex_label);
      e.title = to_utf8(text);
    } else {
      Line probe = classify(0, text);
      switch (probe.kind) {
        case LineKind::Chapter: e.kind = "chapter"; e.level = 1; break;
        case LineKind::Section: e.kind = "section"; e.level = 2; break;
        case LineKind::Numbered: e.kind = "subsection"; e.level = 3; break;
        case LineKind::Annex: e.kind = "annex"; e.level = 1; break;
        default: e.kind = "other"; e.level = 1; break;
      }
      if (e.kind != "other") {
        e.number = to_utf8(probe.label);
        e.title = to_utf8(trim_view(U32View(probe.text).substr(probe.body)));
      } else {
        e.title = to_utf8(trim_view(text));
      }
    }
    doc_.toc.entries.push_back(std::move(e));
  }

  // ---- pass 4c: body ---------------------------------------------------------

  // Title of a heading starting on line i: its content, plus the following
  // lines when the heading wraps (full-width line, no blank line between).
  U32 heading_title(size_t i, size_t end, LineRange* r, std::vector<FootnoteRef>* refs) {
    U32 t = piece(i, L_[i].body, refs);
    used_[i] = 1;
    r->extend(L_[i].number);
    size_t cur = i;
    for (int n = 0; n < 3 && full(cur); ++n) {
      size_t j = adjacent_next(cur, end);
      if (j == std::string::npos || L_[j].kind != LineKind::Text) break;
      U32View g = trimmed_fold(j);
      if (contains(g, U'。')) break;
      join_text(t, piece(j, L_[j].body, refs));
      used_[j] = 1;
      r->extend(L_[j].number);
      cur = j;
    }
    return t;
  }

  // Chapter/section/subsection title shape: short, no full stop, does not end
  // like a sentence or clause.
  bool heading_shape(size_t i, size_t max_chars) const {
    U32View c = trimmed_fold(i);
    if (c.empty() || c.size() > max_chars) return false;
    if (contains(c, U'。')) return false;
    char32_t last = c.back();
    return !(is_sentence_end(last) || last == U'，' || last == U',' || last == U'：' || last == U':' ||
             last == U'、');
  }

  // "一、加强各国之间在…" out of the heading sequence, on a full line that runs
  // on into the next: an item of a list inside a paragraph, not a heading.
  bool wrapped_list_item(size_t i, size_t end, long value, long last) const {
    return value != last + 1 && full(i) && adjacent_next(i, end) != std::string::npos;
  }

  // A numbered line that reads as a paragraph: sentence-like, or a full line
  // that wraps on into the next.
  bool numbered_paragraph_shape(size_t i, size_t end) const {
    return !heading_shape(i, kMaxSubsectionChars) || (full(i) && adjacent_next(i, end) != std::string::npos);
  }

  // The next numbered line's value after i within [i+1, end), or -1.
  long next_numbered_value(size_t i, size_t end) const {
    for (size_t k = i + 1; k < end; ++k)
      if (!used_[k] && L_[k].kind == LineKind::Numbered) return L_[k].value;
    return -1;
  }

  bool annex_follows(size_t i) const {
    // 附件 alone on a line, followed by a title or content (not the end).
    return next_free(i + 1, L_.size()) < L_.size();
  }

  std::vector<Node> parse_nodes(size_t begin, size_t end) {
    std::vector<Node> out;
    std::vector<Node> stack;  // open sections, outermost first
    ParaBuilder para;
    long expected = 1;        // next paragraph number
    long last_chapter = 0, last_section = 0;

    auto sink = [&]() -> std::vector<Node>& { return stack.empty() ? out : stack.back().children; };
    auto close_para = [&] { flush(para, sink()); };
    auto close_to = [&](int level) {  // close sections at >= level
      close_para();
      while (!stack.empty() && stack.back().level >= level) {
        Node n = std::move(stack.back());
        stack.pop_back();
        sink().push_back(std::move(n));
      }
    };
    auto open_section = [&](int level, const char* kind, std::optional<std::string> number, size_t i) {
      close_to(level);
      Node n;
      n.kind = NodeKind::Section;
      n.level = level;
      n.section_kind = kind;
      n.number = std::move(number);
      std::vector<FootnoteRef> refs;
      U32 title = heading_title(i, end, &n.lines, &refs);
      n.title = to_utf8(title);
      for (auto& r : refs) heading_refs_.push_back({r.id, L_[i].number});
      stack.push_back(std::move(n));
    };
    auto parent_level = [&]() {
      for (auto it = stack.rbegin(); it != stack.rend(); ++it)
        if (it->section_kind != "subhead") return it->level;
      return 0;
    };

    size_t table_start = std::string::npos;
    Node table;
    auto close_table = [&] {
      if (table_start == std::string::npos) return;
      sink().push_back(std::move(table));
      table = Node{};
      table_start = std::string::npos;
    };

    for (size_t i = begin; i < end; ++i) {
      if (used_[i] || L_[i].blank()) continue;
      const Line& ln = L_[i];
      if (ln.kind != LineKind::TableRow) close_table();
      switch (ln.kind) {
        case LineKind::Chapter:
          if (heading_shape(i, kMaxHeadingChars) && !wrapped_list_item(i, end, ln.value, last_chapter)) {
            open_section(1, "chapter", to_utf8(ln.label), i);
            last_chapter = ln.value;
            last_section = 0;
            continue;
          }
          break;
        case LineKind::Section:
          if (heading_shape(i, kMaxHeadingChars) && !wrapped_list_item(i, end, ln.value, last_section)) {
            open_section(2, "section", to_utf8(ln.label), i);
            last_section = ln.value;
            continue;
          }
          break;
        case LineKind::Article: {
          int level = 1;
          for (auto it = stack.rbegin(); it != stack.rend(); ++it)
            if (it->section_kind != "article" && it->section_kind != "subhead") {
              level = it->level + 1;
              break;
            }
          // close a previous article at this level
          open_section(level, "article", to_utf8(trim_view(U32View(ln.text).substr(0, ln.body))), i);
          if (stack.back().title.empty()) stack.back().title = *stack.back().number;
          continue;
        }
        case LineKind::Numbered: {
          bool shape = !numbered_paragraph_shape(i, end);
          bool heading = shape && (ln.value != expected || next_numbered_value(i, end) == ln.value);
          if (heading) {
            open_section(3, "subsection", to_utf8(ln.label), i);
            continue;
          }
          close_para();
          start_paragraph(para, i, ln.value);
          expected = ln.value + 1;
          if (trimmed_content(i).empty()) {  // "23." alone: the text starts below
            size_t j = next_free(i + 1, end);
            if (j < end && (L_[j].kind == LineKind::Text)) append(para, j, 0, false);
          }
          continue;
        }
        case LineKind::TableRow: {
          close_para();
          if (table_start == std::string::npos) {
            table_start = i;
            table = Node{};
            table.kind = NodeKind::Table;
          }
          std::vector<std::string> cells;
          U32View t(ln.text);
          size_t a = 0;
          for (;;) {
            size_t b = t.find(U'\t', a);
            cells.push_back(to_utf8(trim_view(t.substr(a, b == U32View::npos ? U32View::npos : b - a))));
            if (b == U32View::npos) break;
            a = b + 1;
          }
          table.rows.push_back(std::move(cells));
          table.lines.extend(ln.number);
          used_[i] = 1;
          // the table goes on across blank lines if the next line is a row
          size_t j = next_free(i + 1, end);
          if (j >= end || L_[j].kind != LineKind::TableRow) close_table();
          continue;
        }
        default:
          break;
      }
      // Plain text: a flattened table, an unnumbered subhead, a continuation,
      // or a new unnumbered paragraph.
      U32View f = trimmed_fold(i);
      if (!para.open || ends_sentence(para) || separated(para.last_line, i)) {
        Node t;
        if (auto next = flattened_table(i, end, &t)) {
          close_para();
          sink().push_back(std::move(t));
          i = *next - 1;
          continue;
        }
      }
      bool boundary_before = !para.open || ends_sentence(para) || separated(para.last_line, i);
      bool continues_into = para.open && !ends_sentence(para) && !separated(para.last_line, i);
      if (!continues_into && boundary_before && f.size() <= kMaxSubheadChars && heading_shape(i, kMaxSubheadChars) &&
          !(para.open && !ends_sentence(para))) {
        size_t j = next_free(i + 1, end);
        // (at the top level too: an unnumbered 导言 before the first chapter)
        if (j < end && L_[j].kind == LineKind::Numbered && numbered_paragraph_shape(j, end) && !full(i)) {
          close_para();
          while (!stack.empty() && stack.back().section_kind == "subhead") close_to(stack.back().level);
          open_section(parent_level() + 1, "subhead", std::nullopt, i);
          continue;
        }
      }
      if (para.open) {
        bool sep = separated(para.last_line, i);
        bool preamble = starts_preamble(para, i) || ended_before(para, i);
        // An unnumbered paragraph ends at a blank line after a full stop; a
        // numbered one runs on over page breaks (later blocks belong to it).
        bool new_unnumbered = para.node.paragraph_kind != "numbered" && sep && ends_sentence(para) &&
                              !L_[i].page_start && !crossed_furniture(para.last_line, i);
        if (preamble || new_unnumbered) {
          close_para();
          start_paragraph(para, i, std::nullopt);
        } else {
          // a sub-item set off by a blank line ("：" then "(a) …；") is no page break
          append(para, i, 0, sep && !(starts_sub_item(f) && is_clause_end(fold_char(para.text.back()))));
        }
        continue;
      }
      start_paragraph(para, i, std::nullopt);
    }
    close_table();
    close_to(0);
    return out;
  }

  // ---- tables that extraction flattened ---------------------------------------



  bool cell_like(size_t i) const {
    switch (L_[i].kind) {
      case LineKind::Text: case LineKind::BareNumber: case LineKind::DigitNote: break;
      default: return false;
    }
    U32View f = trim_view(L_[i].fold);
    int ink = 0;  // width without the spaces that lay out columns
    for (char32_t c : f) ink += is_space(c) ? 0 : (c < 0x80 ? 1 : 2);
    return ink <= 48 && !contains(f, U'。') && !contains(f, U'；');
  }

  // pdftotext's default mode puts every cell of a table on its own line, with
  // blank lines between; -raw keeps a row on a line, cells split by spaces.
  // Either is rebuilt into a table when the cells fall into a steady grid.
  std::optional<size_t> flattened_table(size_t i, size_t end, Node* table, bool dry = false) {
    // A long run of short lines that is no table from its first line is
    // taken to be no table from any later line either: remember, so such a
    // run costs linear time, not quadratic. (Short runs are retried from
    // each line: a stray line before a table must not hide it.)
    if (i < no_table_before_) return std::nullopt;
    auto result = find_flattened_table(i, end, table, dry);
    if (!result && table_scan_end_ > i + 64) no_table_before_ = std::max(no_table_before_, table_scan_end_);
    return result;
  }
  size_t no_table_before_ = 0;
  size_t table_scan_end_ = 0;

  std::optional<size_t> find_flattened_table(size_t i, size_t end, Node* table, bool dry) {
    table_scan_end_ = i + 1;
    // (a) one cell per line, blank lines between
    std::vector<size_t> cells;
    for (size_t k = i; k < end;) {
      if (!free_line(k) || !cell_like(k)) break;
      cells.push_back(k);
      size_t j = k + 1;
      bool blank = false;
      while (j < end && (L_[j].blank() || used_[j])) blank = blank || L_[j].blank(), ++j;
      if (!blank) break;
      k = j;
    }
    if (!cells.empty()) table_scan_end_ = std::max(table_scan_end_, cells.back() + 1);
    if (cells.size() >= 6) {
      for (size_t cols = 2; cols <= 8; ++cols) {
        if (cells.size() % cols != 0 || cells.size() / cols < 3) continue;
        std::vector<int> pattern(cols, -1);
        bool ok = true, any_numeric = false;
        for (size_t c = cols; c < cells.size() && ok; ++c) {
          int num = numeric_cell(trim_view(L_[cells[c]].fold)) ? 1 : 0;
          int& want = pattern[c % cols];
          if (want < 0) want = num;
          else if (want != num) ok = false;
          any_numeric = any_numeric || num;
        }
        if (!ok || !any_numeric) continue;
        if (dry) return cells.back() + 1;
        table->kind = NodeKind::Table;
        for (size_t r = 0; r < cells.size() / cols; ++r) {
          std::vector<std::string> row;
          for (size_t c = 0; c < cols; ++c) {
            size_t line = cells[r * cols + c];
            row.push_back(to_utf8(trim_view(L_[line].text)));
            used_[line] = 1;
            table->lines.extend(L_[line].number);
          }
          table->rows.push_back(std::move(row));
        }
        return cells.back() + 1;
      }
    }
    // (b) a row per line, cells split by spaces
    std::vector<size_t> rows;
    size_t cols = 0;
    for (size_t k = i; k < end; ++k) {
      if (!free_line(k) || !cell_like(k)) break;
      auto toks = split_spaces(L_[k].fold);
      if (toks.size() < 2 || (cols && toks.size() != cols)) break;
      cols = toks.size();
      rows.push_back(k);
    }
    if (!rows.empty()) table_scan_end_ = std::max(table_scan_end_, rows.back() + 1);
    if (rows.size() >= 3) {
      size_t numeric_rows = 0;
      for (size_t r = 1; r < rows.size(); ++r) {
        auto toks = split_spaces(L_[rows[r]].fold);
        if (numeric_cell(toks.back())) ++numeric_rows;
      }
      if (numeric_rows * 2 >= rows.size() - 1 && numeric_rows > 0) {
        if (dry) return rows.back() + 1;
        table->kind = NodeKind::Table;
        for (size_t r : rows) {
          std::vector<std::string> row;
          // cut the original text at the same places as the folded view
          U32View t(L_[r].text), f(L_[r].fold);
          for (auto tok : split_spaces(f)) row.push_back(to_utf8(t.substr(tok.data() - f.data(), tok.size())));
          table->rows.push_back(std::move(row));
          used_[r] = 1;
          table->lines.extend(L_[r].number);
        }
        return rows.back() + 1;
      }
    }
    return std::nullopt;
  }

  bool crossed_furniture(size_t a, size_t b) const {
    for (size_t k = a + 1; k < b; ++k)
      if (used_[k] && !L_[k].blank()) return true;
    return false;
  }

  struct HeadingRef {
    std::string id;
    int line;
    std::string in = "heading";
  };
  std::vector<HeadingRef> heading_refs_;

  // ---- pass 4d: annexes -------------------------------------------------------

  void parse_annexes(size_t i) {
    const size_t n = L_.size();
    while (i < n) {
      size_t next = n;
      for (size_t k = i + 1; k < n; ++k)
        if (!used_[k] && L_[k].kind == LineKind::Annex && annex_follows(k)) {
          next = k;
          break;
        }
      Annex a;
      const Line& ln = L_[i];
      if (!ln.label.empty()) a.number = to_utf8(ln.label);
      a.lines.extend(ln.number);
      used_[i] = 1;
      size_t j = next_free(i + 1, next);
      if (!trim_view(ln.content()).empty()) {  // 附件一 与会者名单
        a.title = to_utf8(piece(i, ln.body, nullptr));
      } else if (j < next && L_[j].kind == LineKind::Text && !contains(trimmed_fold(j), U'。')) {
        U32 title;
        block(j, next, &title, &a.lines, 4);
        a.title = to_utf8(title);
      }
      a.children = parse_nodes(j, next);
      for (auto& c : a.children) a.lines.extend(c.lines);
      doc_.annexes.push_back(std::move(a));
      i = next;
    }
  }

  // ---- linking and coverage ------------------------------------------------

  // How many annexes start at or before a line: footnote ids are looked up
  // in the part of the document the marker is in first (annexes may number
  // their footnotes from 1 again).
  size_t part_of(int line) const {
    size_t k = 0;
    while (k < doc_.annexes.size() && doc_.annexes[k].lines.first <= line) ++k;
    return k;
  }

  void link_footnotes() {
    std::multimap<std::string, size_t> by_id;
    for (size_t k = 0; k < doc_.footnotes.size(); ++k) by_id.emplace(doc_.footnotes[k].id, k);
    auto use = [&](const std::string& id, FootnoteUse u) {
      auto [lo, hi] = by_id.equal_range(id);
      if (lo == hi) return;  // a marker with no body: validate reports it
      size_t part = part_of(u.line), best = lo->second;
      bool exact = false;
      for (auto it = lo; it != hi; ++it) {
        size_t fp = part_of(doc_.footnotes[it->second].lines.first);
        if (fp == part) {
          best = it->second;
          exact = true;
          break;
        }
        if (!exact && fp <= part) best = it->second;  // the nearest part before
      }
      doc_.footnotes[best].refs.push_back(std::move(u));
    };
    for (auto& item : doc_.front_matter.agenda_items)
      for (auto& id : item.footnotes) use(id, {std::nullopt, "front_matter", item.lines.first});
    for (auto& p : doc_.front_matter.paragraphs)
      for (auto& r : p.footnote_refs) use(r.id, {std::nullopt, "front_matter", p.lines.first});
    auto in_nodes = [&](const std::vector<Node>& nodes, const char* where) {
      walk(nodes, [&](const Node& nd) {
        for (auto& r : nd.footnote_refs) {
          FootnoteUse u{std::nullopt, where, nd.lines.first};
          if (nd.paragraph_number) u.paragraph = nd.paragraph_number;
          use(r.id, u);
        }
      });
    };
    in_nodes(doc_.body, "body");
    for (auto& a : doc_.annexes) in_nodes(a.children, "annex");
    for (auto& h : heading_refs_) use(h.id, {std::nullopt, h.in, h.line});
  }

  void report_unplaced() {
    // Extend section ranges over their children.
    std::function<void(std::vector<Node>&)> extend = [&](std::vector<Node>& nodes) {
      for (auto& n : nodes) {
        extend(n.children);
        for (auto& c : n.children) n.lines.extend(c.lines);
      }
    };
    extend(doc_.body);
    for (auto& a : doc_.annexes) extend(a.children);
    for (size_t i = 0; i < L_.size(); ++i) {
      if (used_[i] || L_[i].blank()) continue;
      doc_.diagnostics.push_back({"W-UNPLACED", Severity::Warning, L_[i].number, 1,
                                  fmt::format("text could not be placed in the structure: \"{}\"",
                                              to_utf8(trim_view(L_[i].text).substr(0, 40)))});
    }
  }
};

}  // namespace

Document parse(const Lines& lines, Source source) {
  source.lines = static_cast<int>(lines.lines.size());
  Parser p(lines, std::move(source));
  return p.run();
}

}  // namespace undoc
