#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "rows.hpp"
#include "undoc/emit.hpp"

namespace undoc {

bool parse_csv_table(const std::string& name, CsvTable* out) {
  if (name == "paragraphs") *out = CsvTable::Paragraphs;
  else if (name == "toc") *out = CsvTable::Toc;
  else if (name == "footnotes") *out = CsvTable::Footnotes;
  else if (name == "tables") *out = CsvTable::Tables;
  else if (name == "diagnostics") *out = CsvTable::Diagnostics;
  else return false;
  return true;
}

namespace {
// bytes that make a CSV field quoted: comma, quote, CR, LF
constexpr auto kQuoted = [] {
  std::array<bool, 256> t{};
  t[','] = t['"'] = t['\r'] = t['\n'] = true;
  return t;
}();
}  // namespace

void append_csv_field(std::string& out, std::string_view s) {
  // (one pass over s, a table look-up a byte: find_first_of runs a search
  // of the four characters for each of its characters, and token rows call
  // this for every token)
  const bool plain =
      std::none_of(s.begin(), s.end(), [](char c) { return kQuoted[static_cast<unsigned char>(c)]; });
  if (plain) {
    out += s;
    return;
  }
  out.push_back('"');
  for (size_t from = 0;;) {
    const size_t q = s.find('"', from);
    out.append(s, from, q == std::string_view::npos ? std::string_view::npos : q + 1 - from);
    if (q == std::string_view::npos) break;
    out.push_back('"');  // a quote doubled
    from = q + 1;
  }
  out.push_back('"');
}

std::string csv_field(const std::string& s) {
  std::string out;
  append_csv_field(out, s);
  return out;
}

namespace {

void row(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out.push_back(',');
    append_csv_field(out, f);
    first = false;
  }
  out.push_back('\n');
}

// a number as a field, formatted in place (it lives to the end of the row's
// expression)
struct Num {
  template <class T>
  explicit Num(T v) {
    n = static_cast<size_t>(std::to_chars(b, b + sizeof b, v).ptr - b);
  }
  Num() = default;
  operator std::string_view() const { return {b, n}; }
  char b[24];
  size_t n = 0;
};
template <class T>
Num num(const std::optional<T>& v) {
  return v ? Num(*v) : Num();
}
std::string_view h(const Node* r) {
  if (!r) return {};
  return r->number ? std::string_view(*r->number) : std::string_view(r->title);
}
std::string_view text(const Node* r) { return r ? std::string_view(r->title) : std::string_view(); }
std::string_view value_or_empty(const std::optional<std::string>& v) { return v ? std::string_view(*v) : std::string_view(); }

// the table's text, guessed from the documents' sizes (a paragraph row holds
// its text once)
size_t csv_guess(const std::vector<const Document*>& docs, CsvTable table) {
  size_t g = 4096;
  if (table == CsvTable::Paragraphs || table == CsvTable::Tables)
    for (const Document* d : docs) g += d->source.bytes + d->source.bytes / 4;
  return g;
}

}  // namespace

std::string render_csv(const std::vector<const Document*>& docs, CsvTable table, bool header) {
  std::string out;
  out.reserve(csv_guess(docs, table));
  switch (table) {
    case CsvTable::Paragraphs:
      if (header)
        row(out, {"source", "part", "annex_number", "annex_title", "number", "chapter", "section", "subsection", "subhead",
                  "heading", "text", "footnotes", "line_start", "line_end", "label"});
      for (const Document* d : docs)
        for (const auto& r : detail::paragraph_rows(*d)) {
          const Node& p = *r.paragraph;
          row(out, {d->source.name, r.part, r.annex ? value_or_empty(r.annex->number) : std::string_view(),
                    r.annex ? std::string_view(r.annex->title) : std::string_view(), num(p.paragraph_number),
                    h(r.chapter), h(r.section), h(r.subsection), text(r.subhead), detail::heading_text(r), p.text,
                    detail::footnote_ids(p), Num(p.lines.first), Num(p.lines.last), p.label});
        }
      break;
    case CsvTable::Toc:
      // (label last: the columns before it stand where they stood before it came)
      if (header)
        row(out, {"source", "level", "kind", "number", "title", "paragraph_first", "paragraph_last", "page", "line_start",
                  "line_end", "label"});
      for (const Document* d : docs)
        for (const auto& e : d->toc.entries)
          row(out, {d->source.name, Num(e.level), e.kind, value_or_empty(e.number), e.title,
                    e.paragraphs ? Num(e.paragraphs->first) : Num(), e.paragraphs ? Num(e.paragraphs->second) : Num(),
                    num(e.page), Num(e.lines.first), Num(e.lines.last), e.label});
      break;
    case CsvTable::Footnotes:
      if (header) row(out, {"source", "id", "text", "paragraphs", "line_start", "line_end"});
      for (const Document* d : docs)
        for (const auto& f : d->footnotes) {
          std::string refs;
          for (const auto& r : f.refs) {
            if (!refs.empty()) refs += ';';
            refs += r.paragraph ? fmt::format("{}", *r.paragraph) : r.in;
          }
          row(out, {d->source.name, f.id, f.text, refs, Num(f.lines.first), Num(f.lines.last)});
        }
      break;
    case CsvTable::Tables:
      if (header) row(out, {"source", "table", "row", "column", "text", "line_start", "line_end"});
      for (const Document* d : docs) {
        int t = 0;
        auto visit = [&](const std::vector<Node>& nodes) {
          walk(nodes, [&](const Node& n) {
            if (n.kind != NodeKind::Table) return;
            ++t;
            for (size_t r = 0; r < n.rows.size(); ++r)
              for (size_t c = 0; c < n.rows[r].size(); ++c)
                row(out, {d->source.name, Num(t), Num(r + 1), Num(c + 1), n.rows[r][c], Num(n.lines.first),
                          Num(n.lines.last)});
          });
        };
        visit(d->body);
        for (const auto& a : d->annexes) visit(a.children);
      }
      break;
    case CsvTable::Diagnostics:
      if (header) row(out, {"source", "code", "severity", "line", "column", "message"});
      for (const Document* d : docs)
        for (const auto& g : d->diagnostics)
          row(out, {d->source.name, g.code, severity_name(g.severity), Num(g.line), Num(g.column), g.message});
      break;
  }
  return out;
}

}  // namespace undoc
