#include <fmt/format.h>

#include <algorithm>

#include "../parse/conventions.hpp"
#include "undoc/analyze.hpp"
#include "undoc/text.hpp"
#include "undoc/validate.hpp"

namespace undoc {
using namespace std::string_view_literals;
namespace {

bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool upper(char32_t c) { return c >= U'A' && c <= U'Z'; }

// A/61/150, A/RES/61/295, E/CN.6/2006/3, A/61/85-E/2006/81
size_t symbol_at(U32View f, size_t p) {
  if (!upper(f[p]) || (p > 0 && (is_ascii_alnum(f[p - 1]) || f[p - 1] == U'/' || f[p - 1] == U'.'))) return 0;
  size_t e = p;
  for (;;) {
    while (e < f.size() && (is_ascii_alnum(f[e]) || f[e] == U'/' || f[e] == U'.' || f[e] == U'-')) ++e;
    // (a session in brackets within a part, then a slash: ICCD/COP(16)/2, GC(67)/RES/1)
    if (e + 2 < f.size() && f[e] == U'(' && upper(f[e - 1])) {
      size_t d = e + 1;
      while (d < f.size() && digit(f[d])) ++d;
      if (d > e + 1 && d - e - 1 <= 3 && d + 1 < f.size() && f[d] == U')' && f[d + 1] == U'/') {
        e = d + 1;
        continue;
      }
    }
    break;
  }
  while (e > p && (f[e - 1] == U'.' || f[e - 1] == U'-' || f[e - 1] == U'/')) --e;
  U32View s = f.substr(p, e - p);
  // the body's letters before the first slash (A, CEDAW, UNCTAD, UNICEF), a
  // session's number on them (WHA61)
  size_t slash = s.find(U'/');
  if (slash == U32View::npos || slash == 0) return 0;
  size_t letters = 0;
  while (letters < slash && upper(s[letters])) ++letters;
  // (or a session in brackets on them: GC(67)/RES/1)
  const size_t head = s[slash - 1] == U')' && s[letters] == U'(' ? letters : slash;
  if (letters == 0 || letters > 8 || head - letters > 3) return 0;
  for (size_t k = letters; k < head; ++k)
    if (!digit(s[k])) return 0;
  bool has_digit = false;
  for (char32_t c : s) has_digit = has_digit || digit(c);
  return has_digit ? e - p : 0;
}

// A symbol's suffix in brackets after its end e, part of the symbol as the
// UN writes it: a volume, part, section, chapter or supplement of a report
// ("A/78/6 (Sect. 29E)", "A/77/5 (Vol. I)", "A/77/10 (Part II)") or a
// Security Council resolution's year ("S/RES/2700 (2023)"), with or without
// the spaces (full-width brackets are folded to these). Its end, or e when
// none follows; the suffix in its usual form (one space before the bracket,
// one after the word) in *norm.
size_t symbol_suffix_at(U32View f, size_t p, size_t e, std::string* norm) {
  size_t i = e;
  if (i < f.size() && f[i] == U' ') ++i;
  if (i >= f.size() || f[i] != U'(') return e;
  const size_t in = skip_spaces(f, i + 1);
  // (the year of a Security Council resolution: S/RES/2700 (2023))
  if (f.substr(p, 6) == U"S/RES/"sv) {
    size_t d = in;
    while (d < f.size() && digit(f[d])) ++d;
    const size_t close = skip_spaces(f, d);
    if (d - in == 4 && close < f.size() && f[close] == U')') {
      *norm = " (" + to_utf8(f.substr(in, 4)) + ")";
      return close + 1;
    }
    return e;
  }
  static constexpr std::u32string_view kinds[] = {U"Vol."sv, U"Part"sv, U"Sect."sv, U"Chap."sv, U"Supp."sv};
  for (auto k : kinds) {
    if (f.substr(in, k.size()) != k) continue;
    // (a roman or arabic number, a letter after it: III, 29, 29E)
    const size_t b = skip_spaces(f, in + k.size());
    size_t d = b;
    while (d < f.size() && d - b < 5 && (digit(f[d]) || upper(f[d]))) ++d;
    const size_t close = skip_spaces(f, d);
    if (d == b || close >= f.size() || f[close] != U')') return e;
    *norm = " (" + to_utf8(k) + " " + to_utf8(f.substr(b, d - b)) + ")";
    return close + 1;
  }
  return e;
}

// A resolution's or decision's number at f[i]: 60/227, 60/227 B, ES-10/15,
// S-26/2, 2021/254, or the Security Council's 2133 (2014). Its end, or 0.
size_t resolution_number_at(U32View f, size_t i) {
  const size_t b = i;
  if (f.substr(i, 3) == U"ES-") i += 3;
  else if (f.substr(i, 2) == U"S-") i += 2;
  const size_t d = i;
  while (i < f.size() && digit(f[i])) ++i;
  if (i == d) return 0;
  if (i < f.size() && f[i] == U'/') {
    const size_t d2 = ++i;
    while (i < f.size() && digit(f[i])) ++i;
    if (i == d2) return 0;
    // a lettered part (60/227 B)
    size_t j = skip_spaces(f, i);
    if (j < f.size() && upper(f[j]) && (j + 1 >= f.size() || !is_ascii_alnum(f[j + 1]))) i = j + 1;
    return i;
  }
  if (d != b) return 0;
  // 2133 (2014)
  size_t j = skip_spaces(f, i);
  if (j + 6 <= f.size() && f[j] == U'(' && digit(f[j + 1]) && digit(f[j + 2]) && digit(f[j + 3]) && digit(f[j + 4]) &&
      f[j + 5] == U')')
    return j + 6;
  return 0;
}

// 第 60/227 号决议, 第60/227 B号决议, 第 61/509 号决定, 第2133 (2014)号决议; a
// list of them (第72/242、73/17和75/316号决议, 第2719(2023)和第2720(2023)号决议:
// a reference each, its number as written); one without 第 (大会ES-10/15号决议).
// Appends to out; the length taken, or 0.
size_t resolutions_at(U32View t, U32View f, size_t p, std::vector<Reference>& out) {
  const bool di = f[p] == U'第';
  if (!di && (p > 0 && (is_ascii_alnum(f[p - 1]) || f[p - 1] == U'/' || f[p - 1] == U'-' || f[p - 1] == U'.')))
    return 0;
  std::vector<std::pair<size_t, size_t>> items;  // [begin, end) of each number
  size_t i = di ? skip_spaces(f, p + 1) : p;
  for (;;) {
    const size_t e = resolution_number_at(f, i);
    if (e == 0) return 0;
    items.emplace_back(i, e);
    size_t j = skip_spaces(f, e);
    if (j < f.size() && (f[j] == U'、' || f[j] == U'和' || f[j] == U'及')) {
      i = skip_spaces(f, j + 1);
      // (each item may have its 第 again: 第2719(2023)和第2720(2023)号决议)
      if (di && i < f.size() && f[i] == U'第') i = skip_spaces(f, i + 1);
      continue;
    }
    i = j;
    break;
  }
  const bool slashed = std::any_of(items.begin(), items.end(),
                                   [&](const auto& it) { return f.substr(it.first, it.second - it.first).find(U'/') != U32View::npos; });
  std::string type;
  if (f.substr(i, 3) == U"号决议") type = "resolution";
  else if (f.substr(i, 3) == U"号决定") type = "decision";
  else return 0;
  // (without 第, a number that names a resolution on its own: one with a slash)
  if (!di && !slashed) return 0;
  auto value = [&](size_t a, size_t b) {
    const U32View v = trim_view(f.substr(a, b - a));
    const size_t open = v.find(U'(');
    if (open == U32View::npos) return to_utf8(v);
    // the Security Council's: its year in brackets after one space, 2133 (2014)
    return to_utf8(trim_view(v.substr(0, open))) + " " + to_utf8(v.substr(open));
  };
  const size_t end = i + 3;
  if (items.size() == 1) {
    out.push_back({type, to_utf8(t.substr(p, end - p)), value(items[0].first, items[0].second), static_cast<int>(p), {}});
  } else {
    for (const auto& [a, b] : items)
      out.push_back({type, to_utf8(t.substr(a, b - a)), value(a, b), static_cast<int>(a), {}});
  }
  return end - p;
}

// The end of a date range after a date whose ISO form is `start`, the
// separator at q: 至, 到 or a dash, then the last day or month as far as it
// differs from the start ("2023年6月5日至9日", "…至7月7日", "…至2023年1月6日";
// a month's "2021年1月至6月", "2022年10月至2023年3月"). The range's last
// day (or month) in *iso, of the start's precision, and the length taken
// from q; 0 when no later date of that precision follows ("…至9月初" after a
// day, "…和6日": no range).
size_t range_end_at(U32View f, size_t q, const std::string& start, std::string* iso) {
  size_t i = skip_spaces(f, q);
  if (i >= f.size()) return 0;
  const char32_t sep = f[i];
  if (sep != U'至' && sep != U'到' && sep != U'-' && sep != U'\u2010' && sep != U'\u2013' && sep != U'\u2014' &&
      sep != U'~' && sep != U'\u301C')
    return 0;
  i = skip_spaces(f, i + 1);
  // (the start's parts from its ISO form: YYYY-MM or YYYY-MM-DD)
  const bool day = start.size() == 10;
  long y = std::stol(start.substr(0, 4)), m = std::stol(start.substr(5, 2)), d = day ? std::stol(start.substr(8, 2)) : 0;
  auto number = [&](size_t max) {
    const size_t b = i;
    long v = 0;
    while (i < f.size() && digit(f[i]) && i - b < max) v = v * 10 + (f[i++] - U'0');
    if (i == b || (i < f.size() && digit(f[i]))) return -1L;
    return v;
  };
  auto unit = [&](char32_t u) {
    const size_t j = skip_spaces(f, i);
    if (j >= f.size() || f[j] != u) return false;
    i = j + 1;
    return true;
  };
  long ey = y, em = m, ed = d;
  long n = number(4);
  if (n < 0) return 0;
  if (i >= f.size()) return 0;
  if (unit(U'年')) {  // a year: the month follows
    ey = n;
    i = skip_spaces(f, i);
    if ((n = number(2)) < 0 || !unit(U'月')) return 0;
    em = n;
    if (day) {
      i = skip_spaces(f, i);
      if ((ed = number(2)) < 0 || !unit(U'日')) return 0;
    }
  } else if (unit(U'月')) {
    em = n;
    if (day) {
      i = skip_spaces(f, i);
      if ((ed = number(2)) < 0 || !unit(U'日')) return 0;
    }
  } else if (day && unit(U'日')) {
    ed = n;
  } else {
    return 0;
  }
  if (ey < 1900 || ey > 9999 || em < 1 || em > 12 || (day && (ed < 1 || ed > 31))) return 0;
  *iso = day ? fmt::format("{}-{:02}-{:02}", ey, em, ed) : fmt::format("{}-{:02}", ey, em);
  if (*iso <= start) return 0;  // (a range runs forward: "6月5日至3日" is none)
  return i - q;
}

}  // namespace

std::vector<Reference> find_references(const std::string& text) {
  std::vector<Reference> out;
  const U32 t = from_utf8(text);
  const U32 f = fold(t);
  for (size_t p = 0; p < f.size();) {
    std::string type, value;
    size_t n = 0;
    if ((f[p] == U'第' || digit(f[p]) || f[p] == U'E' || f[p] == U'S') && (n = resolutions_at(t, f, p, out))) {
      p += n;
      continue;
    }
    if ((n = symbol_at(f, p))) {
      type = "symbol";
      value = to_utf8(U32View(f).substr(p, n));
      // (its suffix: "A/78/6 (Sect. 29E)", "S/RES/2700 (2023)")
      std::string suffix;
      if (const size_t s_end = symbol_suffix_at(f, p, p + n, &suffix); s_end > p + n) {
        value += suffix;
        n = s_end - p;
      }
    } else if ((n = conv::chinese_date_at(f, p, &value, true))) {
      type = "date";
      // a range: the whole of it, its last day beside the first
      std::string last;
      if (const size_t r = range_end_at(f, p + n, value, &last)) {
        out.push_back({type, to_utf8(U32View(t).substr(p, n + r)), value, static_cast<int>(p), last});
        p += n + r;
        continue;
      }
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
    out.push_back({type, to_utf8(U32View(t).substr(p, n)), value, static_cast<int>(p), {}});
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
      if (!n.children.empty()) self(n.children.mut(), self);
    }
  };
  visit(doc.front_matter.paragraphs, visit);
  visit(doc.body, visit);
  for (auto& a : doc.annexes) visit(a.children, visit);
  for (auto& f : doc.footnotes) f.references = find_references(f.text);
  doc.analyzed = true;
}

}  // namespace undoc
