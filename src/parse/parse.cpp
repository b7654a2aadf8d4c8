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
#include <fmt/format.h>

#include <algorithm>

#include "parser.hpp"

namespace undoc {
namespace detail {

Parser::Parser(const Lines& lines, Source source) : L_(lines.lines), lines_(lines) {
  doc_.source = std::move(source);
  used_.assign(L_.size(), 0);
  markers_.resize(L_.size());
}

Document Parser::run() {
  measure_layout();
  decide_shape();
  find_furniture();
  find_footnotes();
  const size_t n = L_.size();
  size_t i = parse_front_matter();
  i = parse_toc(i);
  size_t annex_at = n;
  for (size_t k = i; k < n; ++k)
    if (!used_[k] && opens_annex(k)) {
      annex_at = k;
      break;
    }
  doc_.body = parse_nodes(i, annex_at);
  parse_annexes(annex_at);
  link_footnotes();
  report_unplaced();
  doc_.kind = document_kind(doc_);
  if (doc_.front_matter.title) doc_.front_matter.letter = letter_head(from_utf8(*doc_.front_matter.title));
  // a record with no masthead date (a verbatim record): its date is the meeting's
  if (auto& fm = doc_.front_matter; !fm.date && fm.meeting && fm.meeting->date) fm.date = fm.meeting->date;
  if (sentences_apart_ > 0)
    doc_.diagnostics.push_back({"I-SENTENCES-APART", Severity::Info, 0, 0,
                                fmt::format("text set one sentence per line: {} unnumbered sentences kept as paragraphs "
                                            "of their own (nothing says which belong together)",
                                            sentences_apart_)});
  if (sentences_joined_ > 0)
    doc_.diagnostics.push_back({"I-SENTENCES-JOINED", Severity::Info, 0, 0,
                                fmt::format("text set one sentence per line: {} sentence lines joined to the "
                                            "numbered paragraph above them",
                                            sentences_joined_)});
  return std::move(doc_);
}

size_t Parser::next_free(size_t i, size_t end) const {
  while (i < end && (used_[i] || L_[i].blank())) ++i;
  return i;
}

size_t Parser::adjacent_next(size_t i, size_t end) const {
  size_t j = i + 1;
  if (j < end && free_line(j) && !L_[j].page_start) return j;
  return std::string::npos;
}

U32 Parser::piece(size_t i, size_t from, std::vector<FootnoteRef>* refs) const {
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
    // PDF extraction puts spaces around full-width punctuation where the
    // glyphs sit apart ("认为 ，国际"); Chinese text never has them there
    if (is_space(ln.text[k]) && !out.empty() && k + 1 < e && !is_space(ln.text[k + 1]) &&
        (is_cjk_closing(ln.text[k + 1]) || is_cjk_opening(out.back()))) {
      ++k;
      continue;
    }
    out.push_back(ln.text[k]);
    ++k;
  }
  return out;
}

}  // namespace detail

Document parse(const Lines& lines, Source source) {
  source.lines = static_cast<int>(lines.lines.size());
  detail::Parser p(lines, std::move(source));
  return p.run();
}

}  // namespace undoc
