#include "undoc/check.hpp"

#include <fmt/format.h>

#include "undoc/text.hpp"

namespace undoc {

using namespace std::literals;
namespace {

struct Checker {
  const Document& doc;
  std::vector<std::string> problems;

  void fail(const std::string& what, const LineRange& r) {
    problems.push_back(fmt::format("{} (lines {}-{})", what, r.first, r.last));
  }

  void range(const LineRange& r, const char* what) {
    if (r.empty()) return fail(fmt::format("{} without a line range", what), r);
    if (r.first < 1 || r.last < r.first || r.last > doc.source.lines) fail(fmt::format("{} with a bad line range", what), r);
  }

  void nodes(const std::vector<Node>& ns, const Node* parent) {
    for (const Node& n : ns) {
      switch (n.kind) {
        case NodeKind::Section:
          range(n.lines, "section");
          // (a labelled heading may stand without a title: 第一条, 第二部分 alone)
          if (n.title.empty() && n.label.empty() && n.section_kind != "article"sv)
            fail("section without a title", n.lines);
          if (parent && n.level <= parent->level) fail("section not deeper than its parent", n.lines);
          if (n.level < 1) fail("section level below 1", n.lines);
          for (const Node& c : n.children)
            if (!c.lines.empty() && (c.lines.first < n.lines.first || c.lines.last > n.lines.last))
              fail("child outside its section's line range", c.lines);
          nodes(n.children, &n);
          break;
        case NodeKind::Paragraph: {
          range(n.lines, "paragraph");
          if (!n.children.empty()) fail("paragraph with children", n.lines);
          if (n.text.empty() && n.paragraph_kind != "numbered"sv) fail("empty unnumbered paragraph", n.lines);
          const int len = static_cast<int>(from_utf8(n.text).size());
          if (n.fragments != static_cast<int>(n.breaks.size()) + 1) fail("fragments != breaks + 1", n.lines);
          int prev = -1;
          for (int b : n.breaks) {
            if (b < prev || b > len) fail("page break offset out of order or past the text", n.lines);
            prev = b;
          }
          for (const auto& r : n.footnote_refs)
            if (r.offset < 0 || r.offset > len || r.id.empty()) fail("footnote marker offset past the text", n.lines);
          if (n.paragraph_number && *n.paragraph_number < 0) fail("negative paragraph number", n.lines);
          break;
        }
        case NodeKind::Table:
          range(n.lines, "table");
          if (n.rows.empty()) fail("table without rows", n.lines);
          if (!n.children.empty()) fail("table with children", n.lines);
          for (const auto& r : n.footnote_refs)
            if (r.id.empty() || r.row < 0 || static_cast<size_t>(r.row) >= n.rows.size() || r.col < 0 ||
                static_cast<size_t>(r.col) >= n.rows[static_cast<size_t>(r.row)].size() || r.offset < 0 ||
                static_cast<size_t>(r.offset) > from_utf8(n.rows[static_cast<size_t>(r.row)][static_cast<size_t>(r.col)]).size())
              fail("table footnote marker outside its cell", n.lines);
          break;
      }
    }
  }
};

}  // namespace

std::vector<std::string> check_tree(const Document& doc) {
  Checker c{doc, {}};
  c.nodes(doc.front_matter.paragraphs, nullptr);
  c.nodes(doc.body, nullptr);
  for (const auto& a : doc.annexes) {
    c.range(a.lines, "annex");
    c.nodes(a.children, nullptr);
  }
  for (const auto& f : doc.footnotes) {
    c.range(f.lines, "footnote");
    if (f.id.empty()) c.fail("footnote without an id", f.lines);
  }
  for (const auto& e : doc.toc.entries) c.range(e.lines, "table-of-contents entry");
  for (const auto& f : doc.furniture)
    if (f.line < 1 || f.line > doc.source.lines) c.problems.push_back(fmt::format("furniture on line {}", f.line));
  for (const auto& d : doc.diagnostics)
    if (d.line < 0 || d.line > doc.source.lines) c.problems.push_back(fmt::format("diagnostic on line {}", d.line));
  // every line is claimed once at most: front matter, TOC, body and annexes do not overlap
  const LineRange* parts[] = {&doc.front_matter.lines, &doc.toc.lines};
  for (const LineRange* r : parts)
    for (const Node& n : doc.body)
      if (!r->empty() && !n.lines.empty() && n.lines.first <= r->last && n.lines.last >= r->first &&
          n.lines.first >= r->first)
        c.fail("body node inside the front matter or table of contents", n.lines);
  return c.problems;
}

}  // namespace undoc
