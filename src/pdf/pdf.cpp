// PDF input through poppler-cpp: every word's box, font and size, grouped
// into the lines of each page by position; see include/undoc/pdf.hpp.
#include "undoc/pdf.hpp"

#include <fmt/format.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

#include "undoc/decode.hpp"

namespace undoc {


namespace {

// poppler keeps global state (fonts, its error callback) that is not safe to
// share between threads: one PDF is read at a time; the parse after it runs
// in parallel.
std::mutex g_poppler;
std::string g_last_error;  // guarded by g_poppler
std::string g_missing_pack;  // a character collection poppler had no mapping for ("Adobe-GB1"); guarded by g_poppler

void on_poppler_error(const std::string& msg, void*) {
  // "Missing language pack for 'Adobe-GB1' mapping": a font the file does not
  // embed, in a collection whose mapping (poppler-data) is not installed; its
  // characters come out as nothing
  if (const size_t at = msg.find("Missing language pack for '"); at != std::string::npos && g_missing_pack.empty()) {
    const size_t from = at + 27, to = msg.find('\'', from);
    g_missing_pack = msg.substr(from, to == std::string::npos ? std::string::npos : to - from);
  }
  if (!g_last_error.empty()) return;
  g_last_error = msg;
  if (g_last_error.rfind("error: ", 0) == 0) g_last_error.erase(0, 7);
}

U32 to_u32(const poppler::ustring& s) {
  // poppler gives UTF-16; ICU's U16_NEXT turns it into code points (an
  // unpaired surrogate becomes U+FFFD)
  U32 out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const char16_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(p, i, n, c);
    out.push_back(U_IS_SURROGATE(c) ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

bool bold_face(const std::string& font) {
  // "ABCDEF+NotoSerifCJKsc-Bold", "Arial,Bold", "SimHei" (a bold-looking
  // face is not bold unless its name says so)
  for (const char* w : {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "SemiBold", "Demi"})
    if (font.find(w) != std::string::npos) return true;
  return false;
}

struct Box {
  U32 text;
  double x0, y0, x1, y1;  // from the page's top left
  double size;
  bool bold;
  bool space_after;
  bool raised = false;  // a footnote marker set smaller and raised
  double cy() const { return (y0 + y1) / 2; }
};

struct PageLine {
  std::vector<Box> boxes;
  double top = 0, bottom = 0;
  double band_top = 0, band_bottom = 0;  // the extent boxes join it by (its first box's)
  double size = 0;        // most characters' size
  double base = 0;        // bottom of the boxes of that size
  bool bold = false;
  U32 text;
  double x0 = 0, x1 = 0;
  int column = 0;  // on a page set in two columns: 1 the left one, 2 the right one; 0 across
};

bool marker_text(U32View t) {
  if (t.empty() || t.size() > 3) return false;
  return std::all_of(t.begin(), t.end(), [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'*'; });
}

// The size most of these characters are set in.
double main_size(const std::vector<Box>& boxes) {
  std::map<long, size_t> count;
  for (const auto& b : boxes) count[std::lround(b.size * 10)] += b.text.size();
  long best = 0;
  size_t most = 0;
  for (auto [s, n] : count)
    if (n > most) best = s, most = n;
  return best / 10.0;
}

// Boxes into lines: a box joins a line whose band it overlaps by half of the
// smaller height (a raised marker overlaps its line's upper half). A line's
// band is its first box's, not the union of its boxes: two columns set at
// different pitches (a masthead's left and right blocks) would otherwise
// chain their lines into one.
std::vector<PageLine> group_lines(std::vector<Box> boxes) {
  std::stable_sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.cy() < b.cy(); });
  std::vector<PageLine> lines;
  for (auto& b : boxes) {
    PageLine* into = nullptr;
    // (the last few lines: a raised marker sorts before its line's centre)
    for (size_t k = lines.size(); k-- > 0 && k + 3 >= lines.size();) {
      PageLine& l = lines[k];
      const double overlap = std::min(l.band_bottom, b.y1) - std::max(l.band_top, b.y0);
      if (overlap >= 0.5 * std::min(l.band_bottom - l.band_top, b.y1 - b.y0)) {
        into = &l;
        break;
      }
    }
    if (!into) {
      lines.emplace_back();
      into = &lines.back();
      into->top = into->band_top = b.y0;
      into->bottom = into->band_bottom = b.y1;
    }
    into->top = std::min(into->top, b.y0);
    into->bottom = std::max(into->bottom, b.y1);
    into->boxes.push_back(std::move(b));
  }
  for (auto& l : lines) {
    std::stable_sort(l.boxes.begin(), l.boxes.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
    l.size = main_size(l.boxes);
    size_t bold = 0, all = 0;
    l.base = 0;
    for (const auto& b : l.boxes) {
      if (std::fabs(b.size - l.size) < 0.05) l.base = std::max(l.base, b.y1);
      all += b.text.size();
      if (b.bold) bold += b.text.size();
    }
    l.bold = bold * 2 > all;
    l.x0 = l.boxes.front().x0;
    l.x1 = 0;
    for (const auto& b : l.boxes) l.x1 = std::max(l.x1, b.x1);
  }
  std::stable_sort(lines.begin(), lines.end(), [](const PageLine& a, const PageLine& b) { return a.top < b.top; });
  return lines;
}

// A page set in two columns of text (a verbatim record's): its lines read
// down the left column, then down the right, in each stretch of the page
// between lines that run across both (a masthead's, a heading set across).
// The gutter: an upright strip near the page's middle that no word crosses
// in the stretch. Two columns of text, not a table of two columns: in each,
// a dozen lines or more of the text's type, set side by side with the
// other's, most starting at one margin and running to the column's edge
// (wrapped prose), the columns of widths within a fifth of each other.
std::vector<PageLine> column_lines(std::vector<Box> boxes, double width, double height) {
  const double body = main_size(boxes);
  if (width <= 0 || boxes.size() < 24 || body <= 0) return group_lines(std::move(boxes));
  double gutter = 0;
  size_t fewest = boxes.size() + 1;
  for (double x = width * 0.42; x <= width * 0.58; x += 1) {
    size_t n = 0;
    for (const auto& b : boxes) n += b.x0 < x && b.x1 > x;
    if (n < fewest || (n == fewest && std::fabs(x - width / 2) < std::fabs(gutter - width / 2))) fewest = n, gutter = x;
  }
  // the lines that cross the gutter (with the words beside them on their
  // line), and those of the page's top and bottom bands (its header, its
  // footer's job and page numbers)
  std::vector<Box> across, rest;
  for (const auto& b : boxes)
    (b.x0 < gutter && b.x1 > gutter ? across : b.y1 < height * 0.07 || b.y0 > height * 0.92 ? across : rest).push_back(b);
  {
    std::vector<Box> kept;
    for (auto& b : rest) {
      bool on_bar = false;
      for (const auto& a : across)
        on_bar = on_bar || std::min(a.y1, b.y1) - std::max(a.y0, b.y0) >= 0.5 * std::min(a.y1 - a.y0, b.y1 - b.y0);
      (on_bar ? across : kept).push_back(std::move(b));
    }
    rest = std::move(kept);
  }
  std::vector<PageLine> bars = group_lines(across);
  // the stretches between them
  std::vector<std::vector<Box>> stretch(bars.size() + 1);
  for (auto& b : rest) {
    size_t k = 0;
    while (k < bars.size() && bars[k].top < b.cy()) ++k;
    stretch[k].push_back(std::move(b));
  }
  bool any = false;
  std::vector<std::vector<PageLine>> cols(stretch.size());
  for (size_t k = 0; k < stretch.size(); ++k) {
    std::vector<Box> left, right;
    for (const auto& b : stretch[k]) (b.x1 <= gutter ? left : right).push_back(b);
    std::vector<PageLine> l = group_lines(std::move(left)), r = group_lines(std::move(right));
    if (l.empty() || r.empty()) continue;
    auto prose = [&](const std::vector<PageLine>& ls, double edge, int least) {
      int body_lines = 0, at_edge = 0;
      std::map<long, int> starts;
      for (const auto& x : ls)
        if (std::fabs(x.size - body) < 0.5) ++body_lines, at_edge += x.x1 > edge - 2 * body, ++starts[std::lround(x.x0)];
      int most = 0;
      for (const auto& st : starts) most = std::max(most, st.second);
      return body_lines >= least && at_edge * 2 >= body_lines && most * 2 >= body_lines;
    };
    double right_edge = 0, right_start = width, left_start = width;
    for (const auto& x : r) right_edge = std::max(right_edge, x.x1), right_start = std::min(right_start, x.x0);
    for (const auto& x : l) left_start = std::min(left_start, x.x0);
    const double lw = gutter - left_start, rw = right_edge - right_start;
    int side_by_side = 0;
    for (const auto& a : l)
      for (const auto& b : r)
        if (std::min(a.bottom, b.bottom) > std::max(a.top, b.top)) {
          ++side_by_side;
          break;
        }
    // (a table of two columns of prose, "建议" / "执行情况", starts its rows'
    // cells side by side: where a column's text opens a block, below a gap
    // wider than its lines', the other's does too; two columns of text open
    // their paragraphs each at its own place)
    auto block_tops = [&](const std::vector<PageLine>& ls) {
      std::vector<double> gaps, tops;
      for (size_t i = 1; i < ls.size(); ++i) gaps.push_back(ls[i].top - ls[i - 1].bottom);
      if (gaps.empty()) return tops;
      std::vector<double> sorted = gaps;
      std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
      const double usual = sorted[sorted.size() / 2];
      for (size_t i = 1; i < ls.size(); ++i)
        if (gaps[i - 1] > usual + 0.4 * body) tops.push_back(ls[i].top);
      return tops;
    };
    const std::vector<double> lt = block_tops(l), rt = block_tops(r);
    size_t aligned = 0;
    for (double a : lt) aligned += std::any_of(rt.begin(), rt.end(), [&](double b) { return std::fabs(a - b) < 2; });
    const bool rows = !lt.empty() && !rt.empty() && aligned * 2 >= std::min(lt.size(), rt.size());
    // (or a page's last stretch, a record's last page: one column full of
    // prose, the other's few lines, three or more, set as prose, each beside
    // a line of the full one)
    const size_t fewer = std::min(l.size(), r.size());
    const bool both = side_by_side >= 8 && prose(l, gutter, 12) && prose(r, right_edge, 12);
    const bool one_short = fewer >= 3 && static_cast<size_t>(side_by_side) >= fewer &&
                           ((prose(l, gutter, 12) && prose(r, right_edge, 3)) ||
                            (prose(r, right_edge, 12) && prose(l, gutter, 3)));
    if (!rows && lw > 0 && rw > 0 && std::fabs(lw - rw) <= 0.2 * std::max(lw, rw) && (both || one_short)) {
      any = true;
      for (auto& x : l) x.column = 1, cols[k].push_back(std::move(x));
      for (auto& x : r) x.column = 2, cols[k].push_back(std::move(x));
    }
  }
  if (!any) return group_lines(std::move(boxes));
  std::vector<PageLine> out;
  for (size_t k = 0; k < stretch.size(); ++k) {
    if (!cols[k].empty()) {
      for (auto& x : cols[k]) out.push_back(std::move(x));
    } else {
      for (auto& x : group_lines(std::move(stretch[k]))) out.push_back(std::move(x));
    }
    if (k < bars.size()) out.push_back(std::move(bars[k]));
  }
  return out;
}

// A paragraph's or heading's label at the start of a line ("1.", "一.",
// "(a)"): the gap after it is an indent, not a cell boundary. Also, before
// words (not a number: a table's next cell), a paragraph's label within its
// section ("1.1", "2.10", a budget's "29E.4") and the Chinese (i), (ii)
// ("㈠", "㈡"; circled "①"), which hanging indents set as far from their text.
bool label_box(U32View t, U32View next) {
  if (t.empty() || t.size() > 6) return false;
  const char32_t last = t.back();
  if (last == U'.' || last == U'、' || last == U')' || last == U'）') return true;
  if (t.front() == U'第') return true;
  if (next.empty() || (next.front() >= U'0' && next.front() <= U'9') || next.front() == U'-' || next.front() == U'(')
    return false;
  if (t.size() == 1)
    return (t[0] >= U'\u3220' && t[0] <= U'\u3243') || (t[0] >= U'\u2460' && t[0] <= U'\u2487');
  // digits, a capital after the first group at most, dots between groups
  size_t i = 0, groups = 0;
  while (i < t.size()) {
    const size_t from = i;
    while (i < t.size() && t[i] >= U'0' && t[i] <= U'9') ++i;
    if (i == from) return false;
    if (groups == 0 && i < t.size() && t[i] >= U'A' && t[i] <= U'Z') ++i;
    ++groups;
    if (i == t.size()) break;
    if (t[i] != U'.') return false;
    ++i;
  }
  return groups >= 2 && groups <= 3;
}

struct Cell {
  double x0 = 0, x1 = 0;  // where its words start and end
  U32 text;
};

// Two words of one number grouped by thousands, "42" "615.3", "(1" "284.0)":
// the space between them parts no cells. Only a space's width apart, as a
// number's groups are set: words so shaped further apart are two cells'
// numbers, "298 600" then "611 000" a column on (20 pt, under two ems).
bool thousands_group(U32View a, U32View b, double gap, double em) {
  if (gap >= 0.6 * em) return false;
  auto digits = [](U32View t) { return std::all_of(t.begin(), t.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }); };
  if (!a.empty() && a.front() == U'(') a.remove_prefix(1);
  if (!b.empty() && b.back() == U')') b.remove_suffix(1);
  if (a.empty() || a.size() > 3 || !digits(a) || b.size() < 3 || !digits(b.substr(0, 3))) return false;
  return b.size() == 3 || (b[3] == U'.' && b.size() > 4 && b.size() <= 7 && digits(b.substr(4)));
}

// A line's cells: its words joined (a space where the page leaves one), cut
// where a wide gap stands between words, or where a word starts at one of the
// page's columns after a narrow gap (near other rows of cells).
// In a row of cells, a word that starts right at a column where three rows
// or more start theirs begins a cell even with next to no gap: a header cell
// set full to its column's edge ("获得气候信息" / "2021 年…", 0.7 pt apart).
std::vector<Cell> line_cells(const PageLine& l, double body, const std::vector<double>& columns, bool near_rows,
                             const std::vector<double>& strong_columns = {}, bool row_of_cells = false) {
  std::vector<Cell> cells;
  const double em = l.size > 0 ? l.size : body;
  auto at_column = [&](double x) {
    return std::any_of(columns.begin(), columns.end(), [&](double c) { return std::fabs(c - x) < 3; });
  };
  auto at_strong_column = [&](double x) {
    return std::any_of(strong_columns.begin(), strong_columns.end(), [&](double c) { return std::fabs(c - x) < 1; });
  };
  for (size_t j = 0; j < l.boxes.size(); ++j) {
    const Box& b = l.boxes[j];
    if (j == 0) {
      cells.push_back({b.x0, b.x1, b.text});
      continue;
    }
    const Box& a = l.boxes[j - 1];
    const double gap = b.x0 - a.x1;
    const bool after_label = j == 1 && label_box(a.text, b.text);
    const bool wide = gap > 2.0 * em && !after_label;
    const bool grouped = thousands_group(a.text, b.text, gap, em);
    if (wide || (near_rows && !after_label && !grouped && gap > 0.3 * em && at_column(b.x0)) ||
        (row_of_cells && !after_label && !grouped && gap >= 0 && at_strong_column(b.x0))) {
      cells.push_back({b.x0, b.x1, b.text});
      continue;
    }
    Cell& c = cells.back();
    // a marker sits on the word before it ("临时议程*", "宣言》¹"), and the
    // word after it follows it with no space unless the page leaves one
    // (poppler's word break after a marker's smaller type is not a space)
    if (!b.raised && (a.raised ? gap > 0.25 * em : a.space_after || gap > 0.25 * em)) c.text += U' ';
    c.text += b.text;
    c.x1 = b.x1;
  }
  return cells;
}

// The column (of a table's column spans) a cell stands in: the one its span
// overlaps, or, right of a column's span and short of the next, that column;
// -1 left of the first column or across two.
long column_of(const std::vector<std::pair<double, double>>& cols, const Cell& c) {
  // (a cell that starts where a column starts is that column's, however close
  // the column before it runs: "获得气候信息" ends 0.7 pt left of "2021 年…")
  for (size_t i = 0; i < cols.size(); ++i)
    if (std::fabs(c.x0 - cols[i].first) < 1 && (i + 1 == cols.size() || c.x1 < cols[i + 1].first + 1))
      return static_cast<long>(i);
  long hit = -1;
  for (size_t i = 0; i < cols.size(); ++i)
    if (c.x0 <= cols[i].second + 3 && c.x1 > cols[i].first + 1) {
      if (hit >= 0) return -1;  // across two columns
      hit = static_cast<long>(i);
    }
  if (hit >= 0) return hit;
  for (size_t i = cols.size(); i-- > 0;)
    if (cols[i].first <= c.x0 + 3) return static_cast<long>(i);
  return -1;
}

struct OutLine {
  size_t first = 0, last = 0;  // the page lines it holds
  U32 text;
};

// The lines of one page as text. Rows of cells become TAB-separated lines. A
// line below a row whose words all stand in that row's columns continues it:
// when the table sets its rows further apart than the lines within a cell
// (the evidence: two distinct line pitches in the table), a line at the
// closer pitch is a wrapped cell, joined to its cell in the row; otherwise it
// is a row of its own, its empty cells kept (a leading TAB).
std::vector<OutLine> page_text(const std::vector<PageLine>& lines, double body, int& tabs, int& wrapped) {
  // the page's columns: where a cell starts after a wide gap, in two rows or more
  std::vector<double> columns, strong_columns;
  std::vector<char> wide_row(lines.size(), 0);
  {
    std::vector<std::pair<double, int>> starts;
    // (and, in rows of cells, where a word starts after a narrow gap at the
    // same place in three rows or more: a column of numbers set closer than a
    // wide gap, "(512.6)" then "43 395.2" 6 pt apart, but not the second
    // group of a number, "42" "615.3")
    std::vector<std::pair<double, int>> narrow_starts;
    for (size_t k = 0; k < lines.size(); ++k) {
      auto cs = line_cells(lines[k], body, {}, false);
      if (cs.size() >= 2) wide_row[k] = 1;
      for (size_t c = 1; c < cs.size(); ++c) {
        auto it = std::find_if(starts.begin(), starts.end(), [&](auto& s) { return std::fabs(s.first - cs[c].x0) < 3; });
        if (it == starts.end()) starts.push_back({cs[c].x0, 1});
        else ++it->second;
      }
      if (cs.size() < 2) continue;
      const auto& bs = lines[k].boxes;
      const double em = lines[k].size > 0 ? lines[k].size : body;
      for (size_t j = 1; j < bs.size(); ++j) {
        const double gap = bs[j].x0 - bs[j - 1].x1;
        // (from one number to the next: a space Word sets between Han and
        // digits, "上午" / "10 时…", parts no columns)
        auto ends_number = [](U32View t) {
          const char32_t c = t.empty() ? 0 : t.back();
          return (c >= U'0' && c <= U'9') || c == U')' || c == U'%' || c == U'–' || c == U'-' || c == U'—';
        };
        auto opens_number = [](U32View t) {
          const char32_t c = t.empty() ? 0 : t.front();
          return (c >= U'0' && c <= U'9') || c == U'(' || c == U'–' || c == U'-' || c == U'—';
        };
        // (or from words to a number an em or so apart, where a cell of
        // words is set full to its edge and the next cell's padding is all
        // that parts them, "…采用共同业务" / "40%": farther than Word's space
        // between Han and digits)
        if (gap <= 0.3 * em || gap > 2.0 * em || !(ends_number(bs[j - 1].text) || gap >= 0.75 * em) ||
            !opens_number(bs[j].text) ||
            thousands_group(bs[j - 1].text, bs[j].text, gap, em))
          continue;
        auto it = std::find_if(narrow_starts.begin(), narrow_starts.end(),
                               [&](auto& s) { return std::fabs(s.first - bs[j].x0) < 1; });
        if (it == narrow_starts.end()) narrow_starts.push_back({bs[j].x0, 1});
        else ++it->second;
      }
    }
    for (auto& [x, n] : starts) {
      if (n >= 2) columns.push_back(x);
      if (n >= 3) strong_columns.push_back(x);
    }
    for (const auto& start : narrow_starts) {
      const double x = start.first;  // (not a structured binding: clang 14 captures none in a lambda)
      if (start.second >= 3 && std::none_of(columns.begin(), columns.end(), [&](double c) { return std::fabs(c - x) < 3; })) {
        columns.push_back(x);
        strong_columns.push_back(x);  // (a header's cell set full to it starts there too: "变动共计" / "2024 年…")
      }
    }
    std::sort(columns.begin(), columns.end());
  }
  auto near_rows = [&](size_t k) {
    for (size_t q = k >= 3 ? k - 3 : 0; q < lines.size() && q <= k + 3; ++q)
      if (wide_row[q]) return true;
    return false;
  };
  std::vector<std::vector<Cell>> cells(lines.size());
  for (size_t k = 0; k < lines.size(); ++k)
    cells[k] = line_cells(lines[k], body, columns, near_rows(k), strong_columns, wide_row[k] != 0);

  // the blocks of rows: a row of cells and the lines below it whose words
  // all stand in its columns
  struct Block {
    size_t first, end;
    std::vector<std::pair<double, double>> cols;  // each column's span, left to right
    std::vector<double> pitches;                  // between its lines
  };
  std::vector<Block> blocks;
  for (size_t k = 0; k < lines.size();) {
    if (cells[k].size() < 2) {
      ++k;
      continue;
    }
    Block bl{k, k + 1, {}, {}};
    for (const auto& c : cells[k]) bl.cols.push_back({c.x0, c.x1});
    // (and the page's other columns right of its first: a later row may fill them)
    for (double c : columns)
      if (c > bl.cols[0].first + 3 &&
          std::none_of(bl.cols.begin(), bl.cols.end(), [&](auto& s) { return c > s.first - 3 && c < s.second + 3; }))
        bl.cols.push_back({c, c});
    std::sort(bl.cols.begin(), bl.cols.end());
    std::vector<char> used(bl.cols.size(), 0);
    for (const auto& c : cells[k])
      if (long col = column_of(bl.cols, c); col >= 0) used[static_cast<size_t>(col)] = 1;
    // (a row whose type sizes differ by half again and more, a masthead's
    // organ set large, "大  会" / "儿童权利公约", beside its Distr. line, is
    // no table's row: the right column's lines below it, its date and
    // languages, are lines of their own, not a cell's wrapped lines)
    double largest = 0;
    for (const auto& b : lines[k].boxes) largest = std::max(largest, b.size);
    const bool mixed = lines[k].size > 0 && largest >= 1.5 * lines[k].size;
    for (; !mixed && bl.end < lines.size(); ++bl.end) {
      const auto& cs = cells[bl.end];
      const PageLine& prev = lines[bl.end - 1];
      // (a word running across a column boundary is a paragraph, not a cell)
      bool fits = !cs.empty();
      for (const auto& c : cs) fits = fits && column_of(bl.cols, c) >= 0;
      // (nor does what stands well below the table, or in other type, or a
      // line of one cell set further down than any row so far: a heading)
      const double gap = lines[bl.end].top - prev.bottom;
      const double pitch = lines[bl.end].base - prev.base;
      const double widest = bl.pitches.empty() ? pitch : *std::max_element(bl.pitches.begin(), bl.pitches.end());
      // (a table may set its rows farther apart than a line's height, its
      // cells' spacing before and after: a row of cells in the block's
      // columns, its first under the first, no farther than half a line
      // more goes on with it; another line so far below stands apart)
      const double height = prev.bottom - prev.top;
      const bool row_below = cs.size() >= 2 && cs.size() <= bl.cols.size() && column_of(bl.cols, cs[0]) == 0 &&
                             gap <= 1.5 * height;
      if (!fits || (gap > height && !row_below) || lines[bl.end].size < body * 0.9 ||
          lines[bl.end].size > lines[k].size * 1.2 || (cs.size() == 1 && pitch > widest + 2.5))
        break;
      bl.pitches.push_back(pitch);
      for (const auto& c : cs) {
        const auto col = static_cast<size_t>(column_of(bl.cols, c));
        used[col] = 1;
        bl.cols[col].first = std::min(bl.cols[col].first, c.x0);
        bl.cols[col].second = std::max(bl.cols[col].second, c.x1);
      }
    }
    // (the page's columns that no cell of this table stands in are not its own)
    std::vector<std::pair<double, double>> kept;
    for (size_t i = 0; i < bl.cols.size(); ++i)
      if (used[i]) kept.push_back(bl.cols[i]);
    bl.cols = std::move(kept);
    k = bl.end;
    blocks.push_back(std::move(bl));
  }

  // Within a table of contents: below its title (目录) or its heads (段次, 页次).
  auto in_toc = [&](size_t first) {
    for (size_t q = first >= 4 ? first - 4 : 0; q <= first + 1 && q < lines.size(); ++q)
      for (const auto& c : cells[q]) {
        U32 t;
        for (char32_t ch : c.text)
          if (!is_space(ch) && ch != U'.' && ch != U'…') t += ch;
        if (t == U"目录" || t == U"目次" || t.find(U"段次") != U32::npos || t.find(U"页次") != U32::npos) return true;
      }
    return false;
  };
  // Two distinct pitches in a table, and rows of cells at the wider one: the
  // closer pitch is a cell's wrapped line, the wider one a new row.
  auto two_pitch_cut = [&](const Block& bl) -> std::optional<double> {
    if (bl.pitches.empty()) return std::nullopt;
    auto [lo, hi] = std::minmax_element(bl.pitches.begin(), bl.pitches.end());
    if (*hi - *lo <= 2.5) return std::nullopt;
    const double cut = (*lo + *hi) / 2;
    int rows = 0;
    for (size_t q = bl.first + 1; q < bl.end; ++q)
      rows += bl.pitches[q - bl.first - 1] >= cut && cells[q].size() >= 2;
    if (rows < 2) return std::nullopt;
    return cut;
  };
  // (each block's cut, once; a table of one pitch takes another's on the
  // page, when that one has two)
  std::vector<std::optional<double>> cuts;
  std::optional<double> page_cut;
  for (const auto& bl : blocks) {
    cuts.push_back(two_pitch_cut(bl));
    if (!page_cut) page_cut = cuts.back();
  }
  std::vector<OutLine> out;
  size_t next_block = 0;
  for (size_t k = 0; k < lines.size();) {
    if (next_block >= blocks.size() || blocks[next_block].first != k) {
      out.push_back({k, k, cells[k].empty() ? U32() : cells[k][0].text});
      ++k;
      continue;
    }
    const Block& bl = blocks[next_block];
    // With two pitches, the closer one is a cell's wrapped line. With one
    // pitch (and no other table on the page that has two), only the header's
    // cells are taken to wrap: the lines below the first row that leave its
    // first column empty, as pdftotext -layout reads them; any other line is
    // a row (its empty first cells kept).
    std::optional<double> cut = cuts[next_block++];
    if (!cut) cut = page_cut;
    // (a table of contents keeps its lines: its reader takes wrapped titles,
    // and the number cells that hang below them)
    const bool toc = in_toc(bl.first);
    if (toc) cut.reset();
    // (the cut as a plain value and a flag: g++ 12 warned that the optional's
    // value might be read unset inside the loop below)
    const bool has_cut = cut.has_value();
    const double cut_pitch = cut.value_or(0.0);
    bool in_header = true;
    std::vector<U32> row(bl.cols.size());
    size_t row_first = k;
    auto flush = [&](size_t last) {
      U32 t;
      for (size_t c = 0; c < row.size(); ++c) {
        if (c > 0) t += U'\t';
        t += row[c];
      }
      while (!t.empty() && t.back() == U'\t') t.pop_back();  // (trailing empty cells)
      tabs += static_cast<int>(std::count(t.begin(), t.end(), U'\t'));
      out.push_back({row_first, last, std::move(t)});
    };
    for (size_t q = k; q < bl.end; ++q) {
      bool wraps = false;
      if (q > k) {
        const double pitch = lines[q].base - lines[q - 1].base;
        // (the header's lines below its first that leave the first column
        // empty wrap either way: a header's cells may set their lines apart
        // unevenly, 19.8 pt then 16.4 pt, where the rows are 18.8 pt apart)
        // (and only where the cell above it runs to its column's edge: a
        // first row of data whose last cell is short, "大会主席致开幕词", has a
        // row below it, "" / "" / "秘书长致辞", not a wrapped line)
        auto fills_above = [&](const Cell& c) {
          const long col = column_of(bl.cols, c);
          if (col < 0) return false;
          const double edge = static_cast<size_t>(col) + 1 < bl.cols.size()
                                  ? bl.cols[static_cast<size_t>(col) + 1].first
                                  : bl.cols[static_cast<size_t>(col)].second;
          const double em = lines[q - 1].size > 0 ? lines[q - 1].size : body;
          for (const auto& a : cells[q - 1])
            if (column_of(bl.cols, a) == col) return a.x1 >= edge - 3 * em;
          return true;  // (nothing above it in its column: a header's cell set lower)
        };
        // (or a header's cell wrapped in its first column too, "文件" / "编号",
        // or one set in its column's middle, "议程" / "项目", short of the
        // edge: told by the header's evidence, as no data row shows it. The
        // line stands right below the header's first (or second) line, no
        // farther from it than the first row of data below it, a full row;
        // fewer cells, each under a cell of the header's first line; no row
        // number nor figure opening any; and set as the header is, bold over
        // a row in plain type, or each cell centred under the one above it)
        auto header_line = [&] {
          if (q > k + 2 || q + 1 >= bl.end || cells[q].empty() || cells[q].size() >= cells[k].size() ||
              cells[q + 1].size() < 2 || cells[q + 1].size() < cells[k].size())
            return false;
          const double below = lines[q + 1].base - lines[q].base;
          if (pitch > below + 0.5) return false;
          const double em = lines[q].size > 0 ? lines[q].size : body;
          const bool bold = lines[k].bold && lines[q].bold && lines[q - 1].bold && !lines[q + 1].bold;
          // (a header set centred: a cell of its first line set in from where
          // its column's data start, and each cell below centred under its own)
          bool centred = false;
          for (const auto& a : cells[k])
            for (const auto& d : cells[q + 1])
              if (column_of(bl.cols, a) == column_of(bl.cols, d) && a.x0 > d.x0 + 0.5 * em) centred = true;
          for (const auto& c : cells[q]) {
            const long col = column_of(bl.cols, c);
            if (col < 0 || c.text.empty()) return false;
            const char32_t first = c.text.front();
            if ((first >= U'0' && first <= U'9') || label_box(c.text.substr(0, 1), U"x") ||
                (c.text.size() <= 4 && (c.text.back() == U'.' || c.text.back() == U'、')))
              return false;
            const Cell* above = nullptr;
            for (const auto& a : cells[k])
              if (column_of(bl.cols, a) == col) above = &a;
            if (!above) return false;
            centred = centred && std::fabs((c.x0 + c.x1) / 2 - (above->x0 + above->x1) / 2) <= 0.5 * em;
          }
          return bold || centred;
        };
        const bool header_wrap = !toc && in_header &&
                                 ((column_of(bl.cols, cells[q][0]) > 0 &&
                                   std::all_of(cells[q].begin(), cells[q].end(), fills_above)) ||
                                  header_line());
        wraps = has_cut ? pitch < cut_pitch || header_wrap : header_wrap;
        in_header = in_header && wraps;
        if (!wraps) {
          flush(q - 1);
          row.assign(bl.cols.size(), U32());
          row_first = q;
        } else {
          ++wrapped;
        }
      }
      // (the cells of a line stand in columns left to right, one each: a cell
      // whose span reaches over a neighbour's still takes the next column)
      long last_col = -1;
      for (const auto& c : cells[q]) {
        long col = std::max(column_of(bl.cols, c), last_col + 1);
        col = std::min(col, static_cast<long>(row.size()) - 1);
        U32& into = row[static_cast<size_t>(col)];
        if (col == last_col) {
          into += U'\t';  // (more cells than columns: kept apart)
        } else if (!into.empty() && !c.text.empty() &&
                   (!wraps || (is_ascii_alnum(into.back()) && is_ascii_alnum(c.text[0])))) {
          into += U' ';  // (a wrap inside a cell: no space between Chinese characters)
        }
        last_col = col;
        into += c.text;
      }
    }
    flush(bl.end - 1);
    k = bl.end;
  }
  return out;
}

// Page furniture by place: a line among the first two or last three of its
// page, in the top or bottom eighth of it, whose words (digits aside) stand
// in that band on other pages too: on two pages or more, and on a third of
// them at least. Not page 1's top, where the masthead stands (its symbol
// repeats as the running header); not a sentence, a footnote or a heading's label.
int mark_band_furniture(PdfText& out, const std::vector<double>& heights) {
  struct At {
    size_t line;
    U32 key = {};  // (its key and band)
  };
  std::vector<U32> keys(out.lines.size());
  std::vector<std::vector<At>> by_page(static_cast<size_t>(out.pages));
  {
    size_t i = 0, from = 0;
    for (size_t k = 0; k <= out.text.size() && i < out.lines.size(); ++k) {
      if (k < out.text.size() && out.text[k] != U'\n') continue;
      U32View t(out.text.data() + from, k - from);
      if (!t.empty() && t.front() == U'\f') t.remove_prefix(1);
      for (char32_t c : t) {  // (a run of digits is one #: page 9 and page 10 alike)
        if (is_space(c)) continue;
        const bool digit = c >= U'0' && c <= U'9';
        if (digit && !keys[i].empty() && keys[i].back() == U'#') continue;
        keys[i] += digit ? U'#' : c;
      }
      from = k + 1;
      ++i;
    }
  }
  for (size_t i = 0; i < out.lines.size(); ++i) {
    const LineGeometry& g = out.lines[i];
    if (keys[i].empty() || static_cast<size_t>(g.page) >= heights.size()) continue;
    by_page[static_cast<size_t>(g.page)].push_back({i});
  }
  std::map<U32, std::set<int>> pages_of;
  std::vector<At> cands;
  for (size_t p = 0; p < by_page.size(); ++p) {
    auto& ls = by_page[p];
    const double h = heights[p];
    if (h <= 0) continue;
    for (size_t n = 0; n < ls.size(); ++n) {
      const LineGeometry& g = out.lines[ls[n].line];
      const U32& key = keys[ls[n].line];
      const bool top = n < 2 && g.y + g.height < h / 8 && p > 0;
      const bool bottom = n + 3 >= ls.size() && g.y > h * 7 / 8;
      const char32_t last = key.back();
      const bool sentence = last == U'。' || last == U'；' || last == U'，' || last == U'：';
      const bool note = is_superscript_digit(key.front()) || (g.foot && key.front() == U'*' && key.size() > 1);
      // (nor a heading's label alone that pages happen to open with, "第3节" /
      // "第7节", "第 77/420 号决定": its number is no page's)
      const bool label = key.size() >= 3 && key.size() <= 10 && key.front() == U'第' && key[1] == U'#' &&
                         (last == U'节' || last == U'条' || last == U'章' || key.ends_with(U"号决定") ||
                          key.ends_with(U"号决议"));
      if ((!top && !bottom) || sentence || note || label || key.size() > 40) continue;
      // (in the same band from page to page: a table's row at one page's
      // foot and its like at the next page's head, "指标20：…" / "指标21：…",
      // is no furniture)
      U32 banded = key;
      banded += top ? U'\u2191' : U'\u2193';
      pages_of[banded].insert(static_cast<int>(p));
      cands.push_back({ls[n].line, std::move(banded)});
    }
  }
  int marked = 0;
  for (const At& c : cands) {
    const size_t n = pages_of[c.key].size();
    if (n >= 2 && n * 3 >= static_cast<size_t>(out.pages)) {
      out.lines[c.line].band = true;
      ++marked;
    }
  }
  return marked;
}

}  // namespace

PdfText read_pdf_poppler(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
    throw InputError("E-PDF", 0, "is too large a PDF file to read (2 GB or more)");
  std::lock_guard<std::mutex> lock(g_poppler);
  g_last_error.clear();
  g_missing_pack.clear();
  poppler::set_debug_error_function(on_poppler_error, nullptr);
  // UNDOC_POPPLER_DATA: where poppler's data (poppler-data: the mappings of
  // fonts a PDF does not embed) is, when not where poppler was built to look
  // (set before the first file is read; poppler keeps it for the process)
  static const bool data_dir_set = [] {
    const char* dir = std::getenv("UNDOC_POPPLER_DATA");
    return dir && *dir && poppler::set_data_dir(dir);
  }();
  (void)data_dir_set;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    throw InputError("E-PDF", 0,
                     g_last_error.empty() ? "is not a readable PDF file (damaged or truncated)"
                                          : fmt::format("is not a readable PDF file (damaged or truncated: {})",
                                                        g_last_error));
  }
  if (doc->is_locked())
    throw InputError("E-PDF-ENCRYPTED", 0, "is an encrypted PDF file that needs a password; decrypt it first "
                                           "(e.g. qpdf --decrypt --password=... in.pdf out.pdf)");

  PdfText out;
  out.pages = doc->pages();
  std::vector<std::vector<PageLine>> pages;
  std::vector<int> empty_pages;
  std::map<long, size_t> sizes;  // the document's type sizes, by characters
  // (and those of the pages' upper parts, where no footnote stands: a short
  // document's long footnote may hold more characters than its text)
  std::map<long, size_t> upper_sizes;
  size_t upper_chars = 0;
  std::vector<double> heights;  // each page's height (for its top and bottom bands)
  for (int p = 0; p < out.pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    heights.push_back(page ? page->page_rect().height() : 0);
    std::vector<Box> boxes;
    if (page) {
      for (auto& tb : page->text_list(poppler::page::text_list_include_font)) {
        Box b;
        b.text = to_u32(tb.text());
        if (b.text.empty()) continue;
        const poppler::rectf r = tb.bbox();
        b.x0 = r.x();
        b.y0 = r.y();
        b.x1 = r.x() + r.width();
        b.y1 = r.y() + r.height();
        b.size = tb.get_font_size();
        b.bold = bold_face(tb.get_font_name());
        b.space_after = tb.has_space_after();
        sizes[std::lround(b.size * 10)] += b.text.size();
        if (b.y1 < heights.back() * 0.6) upper_sizes[std::lround(b.size * 10)] += b.text.size(), upper_chars += b.text.size();
        boxes.push_back(std::move(b));
      }
    }
    if (boxes.empty()) empty_pages.push_back(p + 1);
    pages.push_back(column_lines(std::move(boxes), page ? page->page_rect().width() : 0, heights.back()));
  }
  if (!g_missing_pack.empty())
    throw InputError("E-PDF-FONTS", 0,
                     fmt::format("is a PDF file whose text is set in fonts it does not embed ({} character "
                                 "collection), and poppler's mappings for them are not installed: its text "
                                 "cannot be read whole. Install them (apt-get install poppler-data, or set "
                                 "UNDOC_POPPLER_DATA to a copy of them) and run again",
                                 g_missing_pack));
  if (static_cast<int>(empty_pages.size()) == out.pages)
    throw InputError("E-PDF-NO-TEXT", 0,
                     out.pages == 0 ? "is a PDF file with no pages"
                                    : fmt::format("is a PDF file with no text on any of its {} pages: a scanned image? "
                                                  "Run OCR on it first (e.g. ocrmypdf in.pdf out.pdf)",
                                                  out.pages));
  {
    size_t most = 0;
    for (auto [s, n] : upper_chars >= 40 ? upper_sizes : sizes)
      if (n > most) out.body_size = s / 10.0, most = n;
  }
  const double body = out.body_size;

  int cells = 0, wrapped_cells = 0;
  for (int p = 0; p < out.pages; ++p) {
    auto& lines = pages[static_cast<size_t>(p)];
    // raised markers in the running text: smaller glyphs above the line's base
    std::set<U32> page_markers;
    for (size_t k = 0; k < lines.size(); ++k) {
      PageLine& l = lines[k];
      for (size_t j = 0; j < l.boxes.size(); ++j) {
        Box& b = l.boxes[j];
        const bool raised = b.size <= l.size * 0.8 && b.y1 < l.base - l.size * 0.12;
        if (!raised || !marker_text(b.text)) continue;
        page_markers.insert(b.text);
        b.raised = true;
        for (auto& c : b.text) c = to_superscript(c);
        ++out.raised_markers;
      }
    }
    const double page_bottom = lines.empty() ? 0 : lines.back().bottom;
    // the notes' type: smaller than the text's by a tenth or more; or by
    // less (10 pt under 11 pt, a word processor's defaults) where a line of
    // it in the page's lower half opens with the number of a marker raised
    // on the page (a note's label)
    double note_cut = body * 0.9;
    for (const auto& l : lines) {
      if (l.size >= body * 0.95 || l.size < body * 0.9 || l.top < page_bottom / 2 || l.boxes.empty()) continue;
      const U32& t = l.boxes.front().text;
      size_t n = 0;
      while (n < t.size() && n < 3 && t[n] >= U'0' && t[n] <= U'9') ++n;
      if (n > 0 && page_markers.count(t.substr(0, n))) note_cut = body * 0.95;
    }
    // the foot block: the lines of smaller type below the page's last line
    // of body type (footnotes; small furniture lines below them too)
    size_t foot_from = lines.size();
    {
      size_t k = lines.size();
      while (k > 0 && lines[k - 1].size >= note_cut && lines.size() - k < 3) --k;  // furniture below them
      for (; k > 0 && lines[k - 1].size < note_cut; --k) foot_from = k - 1;
    }
    // a label at the start of a footnote line (smaller type, in the page's
    // lower half: page furniture may stand below it), plain but for its
    // number: the number of a marker raised on this page
    // (labels stand at the foot's left edge; a note's next lines are indented
    // to its text after the label, "¹ 《…报告》…，决议" / "1，附件一和二。": a
    // number opening such a line is the note's text)
    double foot_left = 1e9;
    for (const auto& l : lines)
      if (l.size < note_cut && l.top >= page_bottom / 2 && !l.boxes.empty()) foot_left = std::min(foot_left, l.boxes.front().x0);
    for (size_t k = 0; k < lines.size(); ++k) {
      if (lines[k].size >= note_cut || lines[k].top < page_bottom / 2) continue;
      Box& b = lines[k].boxes.front();
      if (b.x0 > foot_left + 0.5 * lines[k].size) continue;
      size_t n = 0;
      while (n < b.text.size() && n < 3 && ((b.text[n] >= U'0' && b.text[n] <= U'9') || b.text[n] == U'*')) ++n;
      if (n == 0 || (n == b.text.size() && lines[k].boxes.size() == 1)) continue;
      // (not a page's number: "2/3", whose 2 a marker on the page may share)
      if (n < b.text.size() && b.text[n] == U'/') continue;
      if (!page_markers.count(b.text.substr(0, n))) continue;
      for (size_t c = 0; c < n; ++c) b.text[c] = to_superscript(b.text[c]);
    }
    // the page's text margin: where most lines of body type start
    // and its right margin: where most full lines of body type stop
    // (on a page set in two columns, each column's own margins: its lines'
    // indents, and how short of its edge they stop, are the column's)
    auto margins_of = [&](int column) {
      double margin = 0, right = 0;
      std::map<long, int> starts, ends;
      double widest = 0;
      for (const auto& l : lines)
        if (l.column == column && std::fabs(l.size - body) < 0.5) ++starts[std::lround(l.x0)], widest = std::max(widest, l.x1);
      for (const auto& l : lines)
        if (l.column == column && std::fabs(l.size - body) < 0.5 && l.x1 > widest - 3 * body) ++ends[std::lround(l.x1)];
      // the text margin: the leftmost start that many lines share (not the
      // most common one: on a page of short paragraphs with first-line
      // indents, most lines start at the indent)
      int most = 0, body_lines = 0;
      for (auto [x, n] : starts) body_lines += n;
      for (auto [x, n] : starts)
        if (n > most) margin = static_cast<double>(x), most = n;
      const int shared = std::max(3, body_lines / 8);
      for (auto [x, n] : starts)  // (in x order)
        if (n >= shared) {
          margin = std::min(margin, static_cast<double>(x));
          break;
        }
      most = 0;
      for (auto [x, n] : ends)
        if (n > most) right = static_cast<double>(x), most = n;
      return std::pair<double, double>(margin, right);
    };
    std::pair<double, double> edges[3] = {margins_of(0), {0, 0}, {0, 0}};
    const bool two_columns = std::any_of(lines.begin(), lines.end(), [](const PageLine& l) { return l.column > 0; });
    if (two_columns) {
      edges[1] = margins_of(1);
      edges[2] = margins_of(2);
      // (a page's lines across both columns may be few: its masthead's, its
      // headings'; their margins are then the outer columns')
      if (edges[0].first == 0 || edges[0].second == 0) edges[0] = {edges[1].first, edges[2].second};
    }
    // the pitch of the page's lines of body type: how far apart the
    // baselines of two lines of one paragraph stand (the smallest step
    // that two pairs share from a line that ran across from the left margin
    // to the right, as a wrapped line does, to the next: not a masthead's
    // lines set to the right margin, closer); a line set lower than that below the
    // one above has a paragraph's spacing above it (the lines of a paragraph
    // hanging under its number, 3.8 em in from it, step so too: from a full
    // line to one set where it starts; the step is measured
    // to half a point, the lesser of the baselines' and the tops' steps: a
    // raised marker lifts its line's top, glyphs of another face its base)
    auto outs = page_text(lines, body, cells, wrapped_cells);
    double pitch = 0;
    {
      std::map<long, int> steps;
      for (size_t n = 1; n < outs.size(); ++n) {
        const PageLine& a = lines[outs[n - 1].last];
        const PageLine& b = lines[outs[n].first];
        const auto [a_margin, a_right] = edges[a.column];
        if (std::fabs(a.size - body) < 0.5 && std::fabs(b.size - body) < 0.5 && b.base > a.base && a_right > 0 &&
            a.x1 > a_right - 1.5 * body && (a.x0 < a_margin + 3 * body || std::fabs(a.x0 - b.x0) < 1))
          ++steps[std::lround(std::min(b.base - a.base, b.top - a.top) * 2)];
      }
      // (the smallest step two pairs of lines share, not the most common:
      // on a page of one-line paragraphs most steps are a paragraph's)
      for (auto [s, n] : steps)
        if (n >= 2 && s / 2.0 >= body) {
          pitch = s / 2.0;
          break;
        }
    }
    for (size_t n = 0; n < outs.size(); ++n) {
      auto& ol = outs[n];
      const PageLine& l = lines[ol.first];
      const auto [margin, right] = edges[l.column];
      LineGeometry g;
      g.page = p;
      g.x = l.x0;
      g.y = l.top;
      g.width = l.x1 - l.x0;
      g.height = lines[ol.last].bottom - l.top;
      g.size = l.size;
      g.bold = l.bold;
      g.small = l.size < note_cut;
      g.foot = ol.first >= foot_from;
      g.indent = margin > 0 && l.size > 0 ? std::max(0.0, (l.x0 - margin) / l.size) : 0;  // (for library users)
      g.right_gap = right > 0 && l.size > 0 ? std::max(0.0, (right - lines[ol.last].x1) / l.size) : 0;
      g.centered = margin > 0 && right > 0 && ol.first == ol.last && g.indent >= 2 && g.right_gap >= 2 &&
                   std::fabs(g.indent - g.right_gap) <= 1;
      g.large = l.size > body * 1.15;
      if (n > 0 && pitch > 0) {
        const PageLine& a = lines[outs[n - 1].last];
        g.space_above = std::fabs(a.size - body) < 0.5 && std::fabs(l.size - body) < 0.5 &&
                        std::min(l.base - a.base, l.top - a.top) >= pitch + body / 3;
      }
      out.lines.push_back(g);
      if (ol.first == 0 && p > 0) out.text += U'\f';
      out.text += ol.text;
      out.text += U'\n';
    }
    if (lines.empty()) {
      // an empty page still counts: a form feed of its own
      LineGeometry g;
      g.page = p;
      out.lines.push_back(g);
      if (p > 0) out.text += U'\f';
      out.text += U'\n';
    }
  }
  if (int n = mark_band_furniture(out, heights); n > 0)
    out.evidence.push_back(fmt::format("{} lines in the pages' top and bottom bands repeated from page to page", n));
  out.evidence.push_back(fmt::format("read from a PDF file of {} page{} by the words' positions; body type {} pt",
                                     out.pages, out.pages == 1 ? "" : "s", out.body_size));
  if (out.raised_markers > 0)
    out.evidence.push_back(fmt::format("{} footnote markers set smaller and raised", out.raised_markers));
  if (cells > 0) out.evidence.push_back(fmt::format("{} wide gaps between words read as cell boundaries", cells));
  if (wrapped_cells > 0)
    out.evidence.push_back(fmt::format("{} lines of table cells set closer than the rows joined to their row",
                                       wrapped_cells));
  if (!empty_pages.empty()) {
    std::string list;
    for (int e : empty_pages) list += (list.empty() ? "" : ", ") + std::to_string(e);
    out.evidence.push_back(fmt::format("no text on page(s) {} (images only)", list));
  }
  return out;
}

}  // namespace undoc
