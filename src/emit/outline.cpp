#include <fmt/format.h>

#include "undoc/emit.hpp"

namespace undoc {
namespace {

struct Style {
  bool color;
  std::string bold(const std::string& s) const { return color ? "\x1b[1m" + s + "\x1b[0m" : s; }
  std::string dim(const std::string& s) const { return color ? "\x1b[2m" + s + "\x1b[0m" : s; }
  std::string red(const std::string& s) const { return color ? "\x1b[31m" + s + "\x1b[0m" : s; }
  std::string yellow(const std::string& s) const { return color ? "\x1b[33m" + s + "\x1b[0m" : s; }
};

// First and last paragraph number anywhere under a node list.
void para_range(const std::vector<Node>& nodes, long* lo, long* hi, int* unnumbered) {
  walk(nodes, [&](const Node& n) {
    if (n.kind != NodeKind::Paragraph) return;
    if (!n.paragraph_number) {
      ++*unnumbered;
      return;
    }
    if (*lo < 0 || *n.paragraph_number < *lo) *lo = *n.paragraph_number;
    if (*n.paragraph_number > *hi) *hi = *n.paragraph_number;
  });
}

std::string range_text(const std::vector<Node>& nodes) {
  long lo = -1, hi = -1;
  int un = 0;
  para_range(nodes, &lo, &hi, &un);
  std::string s;
  if (lo >= 0) s = lo == hi ? fmt::format("¶{}", lo) : fmt::format("¶{}-{}", lo, hi);
  if (un > 0) s += fmt::format("{}{} unnumbered", s.empty() ? "" : ", ", un);
  return s;
}

void sections(std::string& out, const std::vector<Node>& nodes, int depth, const Style& st) {
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::Table) {
      out += fmt::format("{}{}\n", std::string(depth * 2, ' '),
                         st.dim(fmt::format("[table {} rows, lines {}-{}]", n.rows.size(), n.lines.first, n.lines.last)));
      continue;
    }
    if (n.kind != NodeKind::Section) continue;
    // (a label in brackets as written: (a), not a.)
    const bool bracketed = n.number && (n.label.starts_with("(") || n.label.starts_with("（"));
    std::string label = n.number ? (n.section_kind == "article" ? *n.number : bracketed ? n.label : *n.number + ".")
                                 : std::string("·");
    std::string title = n.section_kind == "article" && n.title == n.number.value_or("") ? "" : n.title;
    std::string r = range_text(n.children);
    out += fmt::format("{}{} {}{}\n", std::string(depth * 2, ' '), st.bold(label), title,
                       r.empty() ? "" : "  " + st.dim("(" + r + ")"));
    sections(out, n.children, depth + 1, st);
  }
}

}  // namespace

std::string render_outline(const Document& doc, bool color) {
  Style st{color};
  std::string out;
  const auto& fm = doc.front_matter;
  out += st.bold(fm.title.value_or(doc.source.name)) + "\n";
  if (fm.subtitle) out += *fm.subtitle + "\n";
  std::vector<std::string> facts;
  if (fm.symbol) facts.push_back(*fm.symbol);
  if (fm.session_text) facts.push_back(*fm.session_text);
  // (a Security Council record's agenda item has no number: its title then)
  for (const auto& a : fm.agenda_items) facts.push_back(!a.item ? a.label + " " + a.title : a.label + " 项目 " + *a.item);
  if (fm.date) facts.push_back(*fm.date);
  if (!facts.empty()) {
    std::string s;
    for (const auto& f : facts) s += (s.empty() ? "" : " · ") + f;
    out += st.dim(s) + "\n";
  }
  out += "\n";
  // (the range formatted in place: "(" + a string, GCC 12's -Wrestrict takes for an overlap)
  if (!fm.paragraphs.empty())
    out += fmt::format("front matter  {}\n", st.dim(fmt::format("({})", range_text(fm.paragraphs))));
  if (doc.toc.present) out += fmt::format("{}  {}\n", doc.toc.title, st.dim(fmt::format("({} entries)", doc.toc.entries.size())));
  sections(out, doc.body, 0, st);
  std::string body_r = range_text(doc.body);
  for (const auto& a : doc.annexes) {
    std::string label = "附件" + a.number.value_or("");
    std::string r = range_text(a.children);
    out += fmt::format("{} {}{}\n", st.bold(label), a.title, r.empty() ? "" : "  " + st.dim("(" + r + ")"));
    sections(out, a.children, 1, st);
  }
  out += "\n";
  out += fmt::format("paragraphs: {}   footnotes: {}   furniture lines: {}\n", body_r.empty() ? "none" : body_r,
                     doc.footnotes.size(), doc.furniture.size());
  if (doc.diagnostics.empty()) {
    out += "diagnostics: none\n";
  } else {
    out += fmt::format("diagnostics: {}\n", doc.diagnostics.size());
    for (const auto& d : doc.diagnostics) {
      std::string sev = severity_name(d.severity);
      if (d.severity == Severity::Error) sev = st.red(sev);
      else if (d.severity == Severity::Warning) sev = st.yellow(sev);
      out += fmt::format("  line {}: {}: {} [{}]\n", d.line, sev, d.message, d.code);
    }
  }
  return out;
}

}  // namespace undoc
