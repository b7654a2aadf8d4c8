// PDF input through poppler-cpp: every word's box, font and size, grouped
// into the lines of each page by position; see include/undoc/pdf.hpp.
#include "undoc/pdf.hpp"

#include <fmt/format.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "undoc/decode.hpp"

namespace undoc {

bool pdf_supported() { return true; }

namespace {

// poppler keeps global state (fonts, its error callback) that is not safe to
// share between threads: one PDF is read at a time; the parse after it runs
// in parallel.
std::mutex g_poppler;
std::string g_last_error;  // guarded by g_poppler

void on_poppler_error(const std::string& msg, void*) {
  if (!g_last_error.empty()) return;
  g_last_error = msg;
  if (g_last_error.rfind("error: ", 0) == 0) g_last_error.erase(0, 7);
}

U32 to_u32(const poppler::ustring& s) {
  // poppler gives UTF-16; ICU turns it into code points (an unpaired
  // surrogate becomes U+FFFD)
  icu::UnicodeString u(reinterpret_cast<const char16_t*>(s.data()), static_cast<int32_t>(s.size()));
  U32 out(static_cast<size_t>(u.countChar32()), U'\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = u.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), status);
  out.resize(U_SUCCESS(status) ? static_cast<size_t>(std::max(n, 0)) : 0);
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
  double size = 0;        // most characters' size
  double base = 0;        // bottom of the boxes of that size
  bool bold = false;
  U32 text;
  double x0 = 0, x1 = 0;
};

bool marker_text(U32View t) {
  if (t.empty() || t.size() > 3) return false;
  return std::all_of(t.begin(), t.end(), [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'*'; });
}

char32_t superscript(char32_t c) {
  static const char32_t sup[] = {U'⁰', U'¹', U'²', U'³', U'⁴', U'⁵', U'⁶', U'⁷', U'⁸', U'⁹'};
  return (c >= U'0' && c <= U'9') ? sup[c - U'0'] : c;
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

// Boxes into lines: a box joins a line its vertical extent overlaps by half
// of the smaller height (a raised marker overlaps its line's upper half).
std::vector<PageLine> group_lines(std::vector<Box> boxes) {
  std::stable_sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.cy() < b.cy(); });
  std::vector<PageLine> lines;
  for (auto& b : boxes) {
    PageLine* into = nullptr;
    // (the last few lines: a raised marker sorts before its line's centre)
    for (size_t k = lines.size(); k-- > 0 && k + 3 >= lines.size();) {
      PageLine& l = lines[k];
      const double overlap = std::min(l.bottom, b.y1) - std::max(l.top, b.y0);
      if (overlap >= 0.5 * std::min(l.bottom - l.top, b.y1 - b.y0)) {
        into = &l;
        break;
      }
    }
    if (!into) {
      lines.emplace_back();
      into = &lines.back();
      into->top = b.y0;
      into->bottom = b.y1;
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

// A paragraph's or heading's label at the start of a line ("1.", "一.",
// "(a)"): the gap after it is an indent, not a cell boundary.
bool label_box(U32View t) {
  if (t.empty() || t.size() > 6) return false;
  const char32_t last = t.back();
  if (last == U'.' || last == U'、' || last == U')' || last == U'）') return true;
  return t.front() == U'第';
}

}  // namespace

PdfText read_pdf(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
    throw InputError("E-PDF", 0, "is too large a PDF file to read (2 GB or more)");
  std::lock_guard<std::mutex> lock(g_poppler);
  g_last_error.clear();
  poppler::set_debug_error_function(on_poppler_error, nullptr);
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
  for (int p = 0; p < out.pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
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
        boxes.push_back(std::move(b));
      }
    }
    if (boxes.empty()) empty_pages.push_back(p + 1);
    pages.push_back(group_lines(std::move(boxes)));
  }
  if (static_cast<int>(empty_pages.size()) == out.pages)
    throw InputError("E-PDF-NO-TEXT", 0,
                     out.pages == 0 ? "is a PDF file with no pages"
                                    : fmt::format("is a PDF file with no text on any of its {} pages: a scanned image? "
                                                  "Run OCR on it first (e.g. ocrmypdf in.pdf out.pdf)",
                                                  out.pages));
  {
    size_t most = 0;
    for (auto [s, n] : sizes)
      if (n > most) out.body_size = s / 10.0, most = n;
  }
  const double body = out.body_size;

  int cells = 0;
  for (int p = 0; p < out.pages; ++p) {
    auto& lines = pages[static_cast<size_t>(p)];
    // the foot block: the lines of smaller type below the page's last line
    // of body type (footnotes; small furniture lines below them too)
    size_t foot_from = lines.size();
    {
      size_t k = lines.size();
      while (k > 0 && lines[k - 1].size >= body * 0.9 && lines.size() - k < 3) --k;  // furniture below them
      for (; k > 0 && lines[k - 1].size < body * 0.9; --k) foot_from = k - 1;
    }
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
        for (auto& c : b.text) c = superscript(c);
        ++out.raised_markers;
      }
    }
    // a label at the start of a footnote line (smaller type, in the page's
    // lower half: page furniture may stand below it), plain but for its
    // number: the number of a marker raised on this page
    const double page_bottom = lines.empty() ? 0 : lines.back().bottom;
    for (size_t k = 0; k < lines.size(); ++k) {
      if (lines[k].size >= body * 0.9 || lines[k].top < page_bottom / 2) continue;
      Box& b = lines[k].boxes.front();
      size_t n = 0;
      while (n < b.text.size() && n < 3 && ((b.text[n] >= U'0' && b.text[n] <= U'9') || b.text[n] == U'*')) ++n;
      if (n == 0 || (n == b.text.size() && lines[k].boxes.size() == 1)) continue;
      if (!page_markers.count(b.text.substr(0, n))) continue;
      for (size_t c = 0; c < n; ++c) b.text[c] = superscript(b.text[c]);
    }
    // the text of each line
    for (size_t k = 0; k < lines.size(); ++k) {
      PageLine& l = lines[k];
      const double em = l.size > 0 ? l.size : body;
      for (size_t j = 0; j < l.boxes.size(); ++j) {
        const Box& b = l.boxes[j];
        if (j > 0) {
          const Box& a = l.boxes[j - 1];
          const double gap = b.x0 - a.x1;
          if (gap > 2.0 * em && !(j == 1 && label_box(a.text))) {
            l.text += U'\t';
            ++cells;
          } else if (b.raised) {
            // a marker sits on the word before it ("临时议程*", "宣言》¹")
          } else if (a.space_after || (gap > 0.25 * em && !a.raised)) {
            l.text += U' ';
          }
        }
        l.text += b.text;
      }
      LineGeometry g;
      g.page = p;
      g.x = l.x0;
      g.y = l.top;
      g.width = l.x1 - l.x0;
      g.height = l.bottom - l.top;
      g.size = l.size;
      g.bold = l.bold;
      g.small = l.size < body * 0.9;
      g.foot = k >= foot_from;
      out.lines.push_back(g);
      if (k == 0 && p > 0) out.text += U'\f';
      out.text += l.text;
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
  out.evidence.push_back(fmt::format("read from a PDF file of {} page{} by the words' positions; body type {} pt",
                                     out.pages, out.pages == 1 ? "" : "s", out.body_size));
  if (out.raised_markers > 0)
    out.evidence.push_back(fmt::format("{} footnote markers set smaller and raised", out.raised_markers));
  if (cells > 0) out.evidence.push_back(fmt::format("{} wide gaps between words read as cell boundaries", cells));
  if (!empty_pages.empty()) {
    std::string list;
    for (int e : empty_pages) list += (list.empty() ? "" : ", ") + std::to_string(e);
    out.evidence.push_back(fmt::format("no text on page(s) {} (images only)", list));
  }
  return out;
}

}  // namespace undoc
