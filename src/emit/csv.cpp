#include <fmt/format.h>

#include <algorithm>

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

void append_csv_field(std::string& out, std::string_view s) {
  // (one pass over s: find_first_of runs a search of the four characters for
  // each of its characters, and token rows call this for every token)
  const bool plain = std::none_of(s.begin(), s.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
  if (plain) {
    out += s;
    return;
  }
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  out.push_back('"');
}

std::string csv_field(const std::string& s) {
  std::string out;
  append_csv_field(out, s);
  return out;
}

namespace {

void row(std::string& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out.push_back(',');
    out += csv_field(f);
    first = false;
  }
  out.push_back('\n');
}

std::string num(const std::optional<long>& v) { return v ? fmt::format("{}", *v) : std::string(); }
std::string h(const std::optional<detail::HeadingRef>& r) {
  if (!r) return {};
  return r->number ? *r->number : r->title;
}

}  // namespace

std::string render_csv(const std::vector<const Document*>& docs, CsvTable table, bool header) {
  std::string out;
  switch (table) {
    case CsvTable::Paragraphs:
      if (header)
        row(out, {"source", "part", "annex_number", "annex_title", "number", "chapter", "section", "subsection", "subhead",
                  "heading", "text", "footnotes", "line_start", "line_end"});
      for (const Document* d : docs)
        for (const auto& r : detail::paragraph_rows(*d)) {
          const Node& p = *r.paragraph;
          row(out, {d->source.name, r.part, r.annex ? r.annex->number.value_or("") : std::string(),
                    r.annex ? r.annex->title : std::string(), num(p.paragraph_number), h(r.chapter), h(r.section),
                    h(r.subsection), r.subhead ? r.subhead->title : std::string(), detail::heading_text(r), p.text,
                    detail::footnote_ids(p), fmt::format("{}", p.lines.first), fmt::format("{}", p.lines.last)});
        }
      break;
    case CsvTable::Toc:
      if (header) row(out, {"source", "level", "kind", "number", "title", "paragraph_first", "paragraph_last", "page", "line_start", "line_end"});
      for (const Document* d : docs)
        for (const auto& e : d->toc.entries)
          row(out, {d->source.name, fmt::format("{}", e.level), e.kind, e.number.value_or(""), e.title,
                    e.paragraphs ? fmt::format("{}", e.paragraphs->first) : "",
                    e.paragraphs ? fmt::format("{}", e.paragraphs->second) : "", num(e.page),
                    fmt::format("{}", e.lines.first), fmt::format("{}", e.lines.last)});
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
          row(out, {d->source.name, f.id, f.text, refs, fmt::format("{}", f.lines.first), fmt::format("{}", f.lines.last)});
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
                row(out, {d->source.name, fmt::format("{}", t), fmt::format("{}", r + 1), fmt::format("{}", c + 1),
                          n.rows[r][c], fmt::format("{}", n.lines.first), fmt::format("{}", n.lines.last)});
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
          row(out, {d->source.name, g.code, severity_name(g.severity), fmt::format("{}", g.line),
                    fmt::format("{}", g.column), g.message});
      break;
  }
  return out;
}

}  // namespace undoc
