#include <fmt/format.h>

#include "../parse/conventions.hpp"
#include "undoc/analyze.hpp"
#include "undoc/text.hpp"
#include "undoc/validate.hpp"

namespace undoc {
namespace {

bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool upper(char32_t c) { return c >= U'A' && c <= U'Z'; }

// A/61/150, A/RES/61/295, E/CN.6/2006/3, A/61/85-E/2006/81
size_t symbol_at(U32View f, size_t p) {
  if (!upper(f[p]) || (p > 0 && (is_ascii_alnum(f[p - 1]) || f[p - 1] == U'/' || f[p - 1] == U'.'))) return 0;
  size_t e = p;
  while (e < f.size() && (is_ascii_alnum(f[e]) || f[e] == U'/' || f[e] == U'.' || f[e] == U'-')) ++e;
  while (e > p && (f[e - 1] == U'.' || f[e - 1] == U'-' || f[e - 1] == U'/')) --e;
  U32View s = f.substr(p, e - p);
  size_t slash = s.find(U'/');
  if (slash == U32View::npos || slash == 0 || slash > 4) return 0;
  for (size_t k = 0; k < slash; ++k)
    if (!upper(s[k])) return 0;
  bool has_digit = false;
  for (char32_t c : s) has_digit = has_digit || digit(c);
  return has_digit ? e - p : 0;
}

// 第 60/227 号决议, 第60/227 B号决议, 第 61/509 号决定
size_t resolution_at(U32View f, size_t p, std::string* type, U32* value) {
  if (f[p] != U'第') return 0;
  size_t i = skip_spaces(f, p + 1), b = i;
  while (i < f.size() && (digit(f[i]) || f[i] == U'/' || upper(f[i]) || f[i] == U' ')) ++i;
  U32View num = trim_view(f.substr(b, i - b));
  if (num.find(U'/') == U32View::npos || num.empty() || !digit(num.front())) return 0;
  if (f.substr(i, 3) == U"号决议") *type = "resolution";
  else if (f.substr(i, 3) == U"号决定") *type = "decision";
  else return 0;
  *value = U32(num);
  return i + 3 - p;
}

}  // namespace

std::vector<Reference> find_references(const std::string& text) {
  std::vector<Reference> out;
  const U32 t = from_utf8(text);
  const U32 f = fold(t);
  for (size_t p = 0; p < f.size();) {
    std::string type, value;
    U32 v32;
    size_t n = 0;
    if ((n = resolution_at(f, p, &type, &v32))) {
      value = to_utf8(v32);
    } else if ((n = symbol_at(f, p))) {
      type = "symbol";
      value = to_utf8(U32View(f).substr(p, n));
    } else if ((n = conv::chinese_date_at(f, p, &value, true))) {
      type = "date";
    } else if (t[p] == U'《') {
      size_t e = t.find(U'》', p);
      if (e != U32::npos && e - p <= 80) {
        n = e + 1 - p;
        type = "instrument";
        value = to_utf8(U32View(t).substr(p + 1, n - 2));
      }
    }
    if (n == 0) {
      ++p;
      continue;
    }
    out.push_back({type, to_utf8(U32View(t).substr(p, n)), value, static_cast<int>(p)});
    p += n;
  }
  return out;
}

std::vector<ScheduleItem> read_schedule(const Node& table) {
  std::vector<ScheduleItem> out;
  int times = 0;
  for (const auto& row : table.rows)
    if (!row.empty() && parse_time_range(row[0])) ++times;
  if (times < 2) return out;  // not an agenda
  auto hhmm = [](int m) { return fmt::format("{:02}:{:02}", m / 60, m % 60); };
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    if (row.empty()) continue;
    const int line = table.lines.first + static_cast<int>(r);
    if (row[0].empty() && !out.empty()) {  // continues the item above
      for (size_t c = 1; c < row.size(); ++c)
        if (!row[c].empty()) out.back().items.push_back(row[c]);
      continue;
    }
    ScheduleItem item;
    item.time = row[0];
    item.line = line;
    if (auto t = parse_time_range(row[0])) {
      item.start = hhmm(t->first);
      item.end = hhmm(t->second);
    }
    for (size_t c = 1; c < row.size(); ++c)
      if (!row[c].empty()) item.cells.push_back(row[c]);
    out.push_back(std::move(item));
  }
  return out;
}

void analyze(Document& doc) {
  auto visit = [](std::vector<Node>& nodes, auto& self) -> void {
    for (Node& n : nodes) {
      if (n.kind == NodeKind::Paragraph) n.references = find_references(n.text);
      if (n.kind == NodeKind::Table) n.schedule = read_schedule(n);
      self(n.children, self);
    }
  };
  visit(doc.front_matter.paragraphs, visit);
  visit(doc.body, visit);
  for (auto& a : doc.annexes) visit(a.children, visit);
  for (auto& f : doc.footnotes) f.references = find_references(f.text);
  doc.analyzed = true;
}

}  // namespace undoc
