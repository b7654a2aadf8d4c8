#include "undoc/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <functional>
#include <set>

#include "undoc/text.hpp"

namespace undoc {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)
namespace {

Diagnostic diag(const char* code, Severity s, int line, int column, std::string message) {
  return {code, s, line, column, std::move(message)};
}

// ---- paragraph numbering ----------------------------------------------------

// Numbering runs through the body (or an annex), and starts afresh in every
// article of an instrument and every part (A, B) of a resolution: each is a
// scope of its own, and the paragraphs inside it are not in the outer one.
// The paragraph numbers a scope has seen: a bitmap for those under 65,536
// (a document's, in practice), a set for any other; no allocation per number.
struct NumberSet {
  static constexpr long kNear = 65536;
  std::vector<uint64_t> bits;
  std::set<long> far;
  bool any = false;
  bool empty() const { return !any; }
  bool count(long v) const {
    if (v < 0 || v >= kNear) return far.count(v) != 0;
    const size_t w = static_cast<size_t>(v) >> 6;
    return w < bits.size() && ((bits[w] >> (v & 63)) & 1);
  }
  void insert(long v) {
    any = true;
    if (v < 0 || v >= kNear) {
      far.insert(v);
      return;
    }
    const size_t w = static_cast<size_t>(v) >> 6;
    if (w >= bits.size()) bits.resize(w + 1);
    bits[w] |= uint64_t{1} << (v & 63);
  }
  void clear() {
    bits.clear();
    far.clear();
    any = false;
  }
};

// The prefix of a paragraph's label, what stands before the dot before its
// number: "29E" of "29E.4", "VIII" of "VIII.12", "4" of "4.2.", "1.2" of
// "1.2.3"; "" for "23." or none (the label folded: "２．１" is "2.1")
std::string label_prefix(const std::string& label) {
  if (label.empty()) return {};
  // (a worded label, "建议1：", "结论 2:", "决定草案一：": its word, the Han
  // characters before its number; a Chinese number is none of the word)
  if (static_cast<unsigned char>(label[0]) >= 0xE3) {
    const U32 u = from_utf8(label);
    size_t k = 0;
    while (k < u.size() && is_han(u[k])) ++k;
    const U32View head = U32View(u).substr(0, k);
    size_t w = head.size();
    while (w > 0 && is_chinese_numeral_char(head[w - 1])) --w;
    if (w > 0) return to_utf8(head.substr(0, w));
  }
  // (most labels, "23.", at a glance: no dot before the last character, nothing full-width)
  const size_t dot8 = label.find('.');
  if ((dot8 == std::string::npos || dot8 + 1 == label.size()) && label.find('\xEF') == std::string::npos) return {};
  U32 f = fold(from_utf8(label));
  if (!f.empty() && f.back() == U'.') f.pop_back();
  const size_t dot = f.rfind(U'.');
  return dot == U32::npos ? std::string() : to_utf8(U32View(f).substr(0, dot));
}

// The first numbered paragraph's number below `nodes` and the highest one
void numbered_range(const std::vector<Node>& nodes, std::optional<long>& first, std::optional<long>& last) {
  for (const Node& n : nodes) {
    if (n.kind == NodeKind::Section) {
      numbered_range(n.children, first, last);
      continue;
    }
    if (n.kind != NodeKind::Paragraph || !n.paragraph_number) continue;
    if (!first) first = *n.paragraph_number;
    if (!last || *n.paragraph_number > *last) last = *n.paragraph_number;
  }
}

void check_paragraph_scope(const std::vector<Node>& nodes, const std::string& where, bool from_one,
                           std::vector<Diagnostic>& out) {
  NumberSet seen;
  std::optional<long> prev;
  // the scope an enacting formula interrupted (a draft inside a report): its
  // numbering resumes where a paragraph goes on with it
  std::optional<std::pair<NumberSet, std::optional<long>>> outer;
  bool annotations = false;  // a 说明 came since the last numbered paragraph
  std::string prefix;        // the prefix of the last numbered paragraph's label ("29E" of "29E.4"; "" for "23.")
  std::map<std::string, std::pair<NumberSet, std::optional<long>>> stash;  // the other prefixes' runs
  // (a lambda given itself, not a std::function)
  // (parts numbered on through the document, as a treaty body's list of
  // issues numbers its questions: 第一部分 1-12, 第二部分 13, 第三部分 14-18;
  // the last number a part before this one reached)
  std::optional<long> part_last;
  std::optional<std::pair<NumberSet, std::optional<long>>> quoted;  // the scope a quoted formula interrupted
  auto visit = [&](auto& self, const std::vector<Node>& ns) -> void {
    for (const Node& n : ns) {
      if (n.kind == NodeKind::Section) {
        if (n.section_kind == "article"sv || n.section_kind == "part"sv) {
          std::optional<long> first, last;
          numbered_range(n.children, first, last);
          // (a part whose first paragraph goes on from the part before is
          // not numbered afresh from 1)
          const bool goes_on = n.section_kind == "part"sv && part_last && first && *first == *part_last + 1;
          check_paragraph_scope(n.children, fmt::format("{} {}", n.section_kind.str(), n.number.value_or(n.title)),
                                !goes_on, out);
          if (n.section_kind == "part"sv && last) part_last = last;
        } else {
          // (a draft's text under its own heading, its formula below it: when
          // the heading ends, so does the draft's numbering; the report's
          // goes on, "3." after a draft decision's agenda items 1. and 2.)
          const bool had_outer = outer.has_value();
          self(self, n.children);
          if (!had_outer && outer) {
            seen = std::move(outer->first);
            prev = outer->second;
            outer.reset();
          }
        }
        continue;
      }
      // (an enacting formula opens a text of its own, numbered afresh: a draft
      // resolution or decision in a committee's or a board's report)
      // (kept even where nothing was numbered before it: a conference's
      // resolution under its heading in the report's first chapter, the
      // report's own paragraphs numbered from 1 in the chapter after it)
      if (n.kind == NodeKind::Paragraph && n.paragraph_kind == "formula"sv) {
        // (a text quoted inside it, "“大会，" / "“1. …；" / "“2. …。”", numbered
        // afresh inside the quotes: the numbering outside them is taken up
        // again where a numbered paragraph opens with no quote, "2." after
        // the resolution's "1. 决定通过下列案文：")
        if (n.text.starts_with("“") || n.text.starts_with("\"")) {
          quoted.emplace(seen, prev);
          seen.clear();
          prev.reset();
          continue;
        }
        if (!outer) outer.emplace(seen, prev);
        seen.clear();
        prev.reset();
        continue;
      }
      // (an annotated agenda's 说明 after its list of items: the annotations
      // are numbered afresh from 1, as the items were)
      if (n.kind == NodeKind::Paragraph && !n.paragraph_number && (n.text == "说明" || n.text == "说明：")) {
        annotations = true;
        continue;
      }
      if (n.kind != NodeKind::Paragraph || !n.paragraph_number) continue;
      long v = *n.paragraph_number;
      // (paragraphs numbered within their section or chapter, "29E.1" …
      // "29E.12", "VIII.1" after "VII.9": each prefix's numbers a run of their
      // own, taken up again where its paragraphs go on)
      if (std::string p = label_prefix(n.label); p != prefix) {
        stash[prefix] = {std::move(seen), prev};
        seen = NumberSet{};
        prev.reset();
        if (auto it = stash.find(p); it != stash.end()) {
          seen = std::move(it->second.first);
          prev = it->second.second;
          stash.erase(it);
        }
        prefix = std::move(p);
      }
      // (a number as its label writes it: 12, or 29E.12)
      auto lab = [&](long x) { return prefix.empty() ? fmt::format("{}", x) : fmt::format("{}.{}", prefix, x); };
      if (annotations && v == 1) {
        seen.clear();
        prev.reset();
        outer.reset();
      }
      annotations = false;
      if (quoted && !n.text.starts_with("“") && !n.text.starts_with("\"")) {
        seen = std::move(quoted->first);
        prev = quoted->second;
        quoted.reset();
      }
      if (outer && outer->second && v == *outer->second + 1 && !(prev && v == *prev + 1)) {
        seen = std::move(outer->first);
        prev = outer->second;
        outer.reset();
      }
      if (seen.count(v)) {
        out.push_back(diag("E-PARA-DUP", Severity::Error, n.lines.first, 1,
                           fmt::format("paragraph number {} in the {} appears again", lab(v), where)));
      } else if (prev && v < *prev) {
        out.push_back(diag("E-PARA-ORDER", Severity::Error, n.lines.first, 1,
                           fmt::format("paragraph {} in the {} comes after paragraph {}; expected {}", lab(v), where,
                                       lab(*prev), lab(*prev + 1))));
      } else if (prev && v > *prev + 1) {
        out.push_back(diag("E-PARA-GAP", Severity::Error, n.lines.first, 1,
                           v == *prev + 2 ? fmt::format("expected paragraph {}, found {}: paragraph {} is missing",
                                                        lab(*prev + 1), lab(v), lab(*prev + 1))
                                          : fmt::format("expected paragraph {}, found {}: paragraphs {}-{} are missing",
                                                        lab(*prev + 1), lab(v), lab(*prev + 1), lab(v - 1))));
      } else if (!prev && v != 1 && from_one) {
        out.push_back(diag("E-PARA-GAP", Severity::Error, n.lines.first, 1,
                           fmt::format("expected paragraph {} in the {}, found {}", lab(1), where, lab(v))));
      }
      seen.insert(v);
      if (!prev || v > *prev) prev = v;
    }
  };
  visit(visit, nodes);
}

void check_paragraph_numbers(const std::vector<Node>& nodes, const char* where, std::vector<Diagnostic>& out) {
  check_paragraph_scope(nodes, where, std::string(where) == "body", out);
}

// ---- heading numbering ------------------------------------------------------

long heading_value(const Node& n) {
  if (!n.number) return -1;
  U32 f = fold(from_utf8(*n.number));
  if (n.section_kind == "chapter"sv || n.section_kind == "article"sv || n.section_kind == "part"sv) {
    U32View v(f);
    if (v.size() == 1 && v[0] >= U'A' && v[0] <= U'Z') return static_cast<long>(v[0] - U'A' + 1);  // part A
    if (v.substr(0, std::min<size_t>(2, v.size())) == U"规则"sv) v = v.substr(2);                      // 规则12
    if (!v.empty() && v.front() == U'第') v = v.substr(1);
    if (v.size() >= 2 && v.substr(v.size() - 2) == U"部分"sv) v = v.substr(0, v.size() - 2);
    if (!v.empty() && (v.back() == U'条' || v.back() == U'章')) v = v.substr(0, v.size() - 1);
    v = trim_view(v);
    if (!v.empty() && std::all_of(v.begin(), v.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
      long d = 0;
      for (char32_t c : v) d = d * 10 + (c - U'0');
      return d;
    }
    return chinese_numeral_value(v);
  }
  if (n.section_kind == "section"sv) {
    if (f.size() == 1 && f[0] >= U'A' && f[0] <= U'Z') return static_cast<long>(f[0] - U'A' + 1);
    // (a section numbered 一、 under a chapter numbered 第二章)
    const long c = chinese_numeral_value(f);
    return c > 0 ? c : -1;
  }
  long v = 0;
  for (char32_t c : f) {
    if (c < U'0' || c > U'9') return -1;
    v = v * 10 + (c - U'0');
  }
  return v;
}

std::string expected_label(const std::string& kind, long v) {
  if (kind == "section") return v >= 1 && v <= 26 ? std::string(1, static_cast<char>('A' + v - 1)) : "?";
  if (kind == "chapter" || kind == "article") {
    static const char* d[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (v < 10) return d[v];
    if (v < 20) return std::string("十") + d[v % 10];
    if (v < 100) return std::string(d[v / 10]) + "十" + d[v % 10];
  }
  return fmt::format("{}", v);
}

// Headings are numbered in sequence among their siblings, except articles,
// whose numbers run on through the whole instrument (across its chapters and
// parts), and a record's agenda items, which carry the agenda's own numbers
// (an agenda's own items are in sequence: `items` says so).
void check_heading_scope(const std::vector<Node>& nodes, long& last_article, bool items, std::vector<Diagnostic>& out) {
  std::map<std::string, long> last;  // per kind, among these siblings
  for (const auto& n : nodes) {
    if (n.kind != NodeKind::Section) continue;
    if (n.section_kind != "subhead"sv && (items || n.section_kind != "item"sv) && n.number) {
      long v = heading_value(n);
      const bool article = n.section_kind == "article"sv;
      long& prev = article ? last_article : last[n.section_kind];
      long want = prev + 1;
      if (v > 0 && v != want) {
        const bool digits = !n.number->empty() && (*n.number).find_first_of("0123456789") != std::string::npos;
        out.push_back(diag("W-HEADING-SEQ", Severity::Warning, n.lines.first, 1,
                           fmt::format("expected {} heading {}, found {}", n.section_kind.str(),
                                       digits ? fmt::format("{}", want)
                                       : static_cast<unsigned char>((*n.number)[0]) >= 0x80
                                           ? expected_label("chapter", want)  // (一, 二: Chinese numerals)
                                           : expected_label(n.section_kind, want),
                                       *n.number)));
      }
      if (v > 0) prev = v;
    }
    check_heading_scope(n.children, last_article, items, out);
  }
}

void check_heading_numbers(const std::vector<Node>& nodes, bool items, std::vector<Diagnostic>& out) {
  long last_article = 0;
  check_heading_scope(nodes, last_article, items, out);
}

// ---- table of contents --------------------------------------------------------

U32 comparable(const std::string& s) {
  // (the fold and the spaces' removal in place, in one pass over the decoded
  // text: one string where there were three; a character is tested for a
  // space once folded, as before)
  U32 t = from_utf8(s);
  size_t w = 0;
  for (const char32_t c : t) {
    const char32_t f = fold_char(c);
    if (!is_space(f)) t[w++] = f;
  }
  t.resize(w);
  return t;
}

struct FlatHeading {
  const Node* node = nullptr;
  const Annex* annex = nullptr;
  std::string kind;
  std::string number;
  std::string title;
  int line = 0;
};

void flatten(const std::vector<Node>& nodes, std::vector<FlatHeading>& out) {
  for (const auto& n : nodes) {
    if (n.kind != NodeKind::Section) continue;
    out.push_back({&n, nullptr, n.section_kind, n.number.value_or(""), n.title, n.lines.first});
    flatten(n.children, out);
  }
}

std::optional<std::pair<long, long>> actual_range(const Node& n) {
  long lo = -1, hi = -1;
  walk(n.children, [&](const Node& c) {
    if (c.kind != NodeKind::Paragraph || !c.paragraph_number) return;
    long v = *c.paragraph_number;
    if (lo < 0 || v < lo) lo = v;
    if (v > hi) hi = v;
  });
  if (lo < 0) return std::nullopt;
  return std::make_pair(lo, hi);
}

std::string range_str(const std::pair<long, long>& r) {
  return r.first == r.second ? fmt::format("{}", r.first) : fmt::format("{}-{}", r.first, r.second);
}

// t without the bracketed groups at its end, nested ones counted:
// "宏观经济政策问题(续)(A/78/6(Sect.1)和A/78/7)" -> "宏观经济政策问题". (A record's
// agenda item or sub-item heading adds "(续)" and the documents before the
// body; its TOC leaves them out.)
U32 without_end_groups(U32 c) {
  while (!c.empty() && c.back() == U')') {
    size_t open = c.size() - 1;
    int depth = 0;
    for (;;) {
      if (c[open] == U')') ++depth;
      else if (c[open] == U'(' && --depth == 0) break;
      if (open == 0) break;
      --open;
    }
    if (depth != 0) break;
    c.resize(open);
  }
  return c;
}

// A chapter's numeral without 第 and 章: a Chinese report's contents number
// its chapters 一., 二. where the body heads them 第一章, 第二章 (one chapter)
std::string_view chapter_numeral(std::string_view n) {
  if (n.starts_with("第") && n.ends_with("章") && n.size() > 6) return n.substr(3, n.size() - 6);
  return n;
}

// A decision's number without 第 and 号决定: a compilation's contents number
// its decisions 1/CP.28, 77/418 where the body heads them 第1/CP.28号决定 (one decision)
std::string_view decision_numeral(std::string_view n) {
  if (n.starts_with("第") && n.ends_with("号决定") && n.size() > 12) return n.substr(3, n.size() - 12);
  return n;
}

void check_toc(const Document& doc, std::vector<Diagnostic>& out) {
  if (!doc.toc.present || doc.toc.entries.empty()) return;
  std::vector<FlatHeading> heads;
  flatten(doc.body, heads);
  for (const auto& a : doc.annexes) heads.push_back({nullptr, &a, "annex", a.number.value_or(""), a.title, a.lines.first});
  std::set<std::string> toc_kinds;
  for (const auto& e : doc.toc.entries) toc_kinds.insert(e.kind);
  std::vector<char> matched(heads.size(), 0);
  size_t pos = 0;
  for (const auto& e : doc.toc.entries) {
    std::optional<size_t> hit;
    if (e.kind == "other") {  // an unnumbered entry (导言): an unnumbered heading with its title
      // (a record's sub-item, "(a) 国际贸易与发展(续)", whose heading adds its
      // documents: the titles without their end groups)
      const U32 title = comparable(e.title), bare_title = without_end_groups(title);
      for (size_t k = pos; k < heads.size() && k < pos + 400; ++k) {
        if (matched[k] || heads[k].kind != "subhead") continue;
        const U32 h = comparable(heads[k].title);
        if (h == title || (!bare_title.empty() && without_end_groups(h) == bare_title)) {
          hit = k;
          break;
        }
      }
      if (hit) {
        matched[*hit] = 1;
        pos = *hit + 1;
      } else {
        out.push_back(diag("W-TOC-MISSING-HEADING", Severity::Warning, e.lines.first, 1,
                           fmt::format("table of contents entry \"{}\" has no matching heading in the body", e.title)));
      }
      continue;
    }
    for (size_t k = pos; k < heads.size() && k < pos + 400; ++k) {  // bounded: entries and headings run in step
      if (matched[k] || heads[k].kind != e.kind) continue;
      if (heads[k].number == e.number.value_or("") ||
          (e.kind == "chapter" && e.number && chapter_numeral(heads[k].number) == chapter_numeral(*e.number)) ||
          (e.kind == "subsection" && e.number && decision_numeral(heads[k].number) == *e.number) ||
          (e.kind == "annex" && comparable(heads[k].title) == comparable(e.title))) {
        hit = k;
        break;
      }
      // (a chapter heading with another number is passed over: it is one the
      // TOC leaves out, reported once below as W-TOC-MISSING-ENTRY, and the
      // entries after it still pair with their headings)
    }
    std::string label = e.number ? *e.number + ". " + e.title : e.title;
    if (!hit) {
      out.push_back(diag("W-TOC-MISSING-HEADING", Severity::Warning, e.lines.first, 1,
                         fmt::format("table of contents entry \"{}\" has no matching {} heading in the {}", label,
                                     e.kind, e.kind == "annex" ? "annexes" : "body")));
      continue;
    }
    matched[*hit] = 1;
    pos = *hit + 1;
    const FlatHeading& h = heads[*hit];
    // a record's agenda item: the heading adds "(续)" and the documents
    // before the body ("(A/77/10)"); the TOC leaves them out
    // (any heading that adds its documents at the end, "A. …(A/78/73、A/78/80)":
    // without them, when the TOC leaves them out)
    auto documents_only = [](U32View c) {
      const U32 rest = without_end_groups(U32(c));
      return rest.size() < c.size() && U32View(c).substr(rest.size()).find(U'/') != U32View::npos;
    };
    auto bare = [&](const std::string& t) {
      U32 c = comparable(t);
      if (e.kind == "item") return without_end_groups(std::move(c));
      return documents_only(c) ? without_end_groups(std::move(c)) : c;
    };
    if (bare(h.title) != bare(e.title)) {
      out.push_back(diag("W-TOC-TITLE", Severity::Warning, e.lines.first, 1,
                         fmt::format("table of contents says \"{}\" where the heading on line {} says \"{}\"", e.title,
                                     h.line, h.title)));
    }
    if (e.paragraphs && h.node) {
      auto r = actual_range(*h.node);
      if (!r || *r != *e.paragraphs) {
        out.push_back(diag("W-TOC-RANGE", Severity::Warning, e.lines.first, 1,
                           fmt::format("table of contents gives paragraphs {} for \"{}\" but the body has {}",
                                       range_str(*e.paragraphs), label, r ? range_str(*r) : std::string("none"))));
      }
    }
  }
  for (size_t k = 0; k < heads.size(); ++k) {
    if (matched[k] || !toc_kinds.count(heads[k].kind)) continue;
    std::string label = heads[k].number.empty() ? heads[k].title : heads[k].number + ". " + heads[k].title;
    out.push_back(diag("W-TOC-MISSING-ENTRY", Severity::Warning, heads[k].line, 1,
                       fmt::format("{} heading \"{}\" is missing from the table of contents", heads[k].kind, label)));
  }
}

// ---- footnotes ------------------------------------------------------------------

void check_footnotes(const Document& doc, std::vector<Diagnostic>& out) {
  std::set<std::string> bodies;
  for (const auto& f : doc.footnotes) bodies.insert(f.id);
  std::set<std::pair<std::string, int>> reported;
  auto marker = [&](const std::string& id, int line) {
    if (bodies.count(id) || reported.count({id, line})) return;
    reported.insert({id, line});
    out.push_back(diag("E-FN-NO-BODY", Severity::Error, line, 1,
                       fmt::format("footnote marker {} has no footnote body", id)));
  };
  for (const auto& a : doc.front_matter.agenda_items)
    for (const auto& id : a.footnotes) marker(id, a.lines.first);
  auto nodes = [&](const std::vector<Node>& ns) {
    walk(ns, [&](const Node& n) {
      for (const auto& r : n.footnote_refs) marker(r.id, n.lines.first);
    });
  };
  nodes(doc.front_matter.paragraphs);
  nodes(doc.body);
  for (const auto& a : doc.annexes) nodes(a.children);
  std::optional<long> prev;
  int prev_line = 0;
  // (the annexes' first lines sorted, searched: not every annex read for every footnote)
  std::vector<int> annex_firsts;
  annex_firsts.reserve(doc.annexes.size());
  for (const auto& x : doc.annexes) annex_firsts.push_back(x.lines.first);
  std::sort(annex_firsts.begin(), annex_firsts.end());
  auto annex_between = [&](int a, int b) {
    auto it = std::upper_bound(annex_firsts.begin(), annex_firsts.end(), a);
    return it != annex_firsts.end() && *it <= b;
  };
  for (const auto& f : doc.footnotes) {
    // (a meeting record's standing notice, 本记录可以更正。…, set at the first
    // page's foot like a footnote, sometimes with a *: it speaks of the whole
    // record, and no marker in the text points at it)
    if (f.refs.empty() && !f.text.starts_with("本记录可以更正"))
      out.push_back(diag("E-FN-NO-MARKER", Severity::Error, f.lines.first, 1,
                         fmt::format("footnote {} is never referenced: no marker {} in the text", f.id, f.id)));
    // (by its marker: an annex's footnote 1 again is "1-2" by id)
    const std::string& m = f.marker.empty() ? f.id : f.marker;
    bool numeric = !m.empty() && std::all_of(m.begin(), m.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!numeric || m.size() > 6) continue;
    long v = std::stol(m);
    long want = prev ? *prev + 1 : 1;
    if (v == 1 && annex_between(prev_line, f.lines.first)) want = 1;  // an annex numbers its own
    prev_line = f.lines.first;
    if (v != want)
      out.push_back(diag("E-FN-ORDER", Severity::Error, f.lines.first, 1,
                         fmt::format("expected footnote {}, found footnote {}", want, v)));
    prev = v;
  }
}

// ---- page-boundary overlap ---------------------------------------------------------

// (what it catches: a page join that set the last characters of a page
// again at the top of the next, "…至关重要。" / "要。各国…"; not words that
// merely open the text after the break as they closed the text before it: a
// title that begins with the agenda item's title, "人权问题" / "人权问题：人权与
// 单方面强制性措施", the piece before the break nothing but those words, or
// the words a title's head after the break, its colon after them and none
// before the break)
void check_overlap(const std::vector<Node>& nodes, std::vector<Diagnostic>& out) {
  walk(nodes, [&](const Node& n) {
    if (n.kind != NodeKind::Paragraph || n.breaks.empty()) return;
    U32 t = from_utf8(n.text);
    size_t piece = 0;  // where the piece before this break starts
    for (size_t b = 0; b < n.breaks.size(); ++b) {
      size_t at = static_cast<size_t>(n.breaks[b]);
      if (at > t.size() || at < piece) continue;
      const size_t from = piece;
      piece = at;
      for (size_t k = std::min<size_t>({8, at, t.size() - at}); k >= 2; --k) {
        U32View rep = U32View(t).substr(at, k);
        // two characters repeat by chance ("…中国家" / "国家应…"); with
        // punctuation, or three or more, they are a page-join artefact
        bool punct = std::any_of(rep.begin(), rep.end(), [](char32_t c) { return is_clause_end(fold_char(c)); });
        if ((k >= 3 || punct) && U32View(t).substr(at - k, k) == rep) {
          // (the piece before the break the words alone: a line of its own
          // that the text after it opens with; or a title's head, "X：…")
          const U32View before = trim_view(U32View(t).substr(from, at - from));
          const bool head = at + k < t.size() && fold_char(t[at + k]) == U':' && !punct;
          if (before.size() <= k || head) break;
          int line = b < n.break_lines.size() ? n.break_lines[b] : n.lines.first;
          std::string what = to_utf8(U32View(t).substr(at, k));
          std::string label = n.paragraph_number ? fmt::format("paragraph {}", *n.paragraph_number) : "a paragraph";
          out.push_back(diag("W-OVERLAP", Severity::Warning, line, 1,
                             fmt::format("text after the page break in {} repeats \"{}\" from the end of the page "
                                         "before: expected new text, found a repeat",
                                         label, what)));
          break;
        }
      }
    }
  });
}

// ---- agenda table times ------------------------------------------------------------

void check_agenda(const std::vector<Node>& nodes, std::vector<Diagnostic>& out) {
  walk(nodes, [&](const Node& n) {
    if (n.kind != NodeKind::Table) return;
    struct Row { int start, end; int line; std::string text; };
    std::vector<Row> rows;
    for (size_t r = 0; r < n.rows.size(); ++r) {
      if (n.rows[r].empty()) continue;
      if (auto t = parse_time_range(n.rows[r][0]))
        rows.push_back({t->first, t->second, n.lines.first + static_cast<int>(r), n.rows[r][0]});
    }
    if (rows.size() < 2) return;
    auto hhmm = [](int m) { return fmt::format("{:02}:{:02}", m / 60, m % 60); };
    std::optional<Row> prev;
    std::vector<Row> containers;
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& r = rows[i];
      if (r.end < r.start) {
        out.push_back(diag("W-AGENDA-TIME", Severity::Warning, r.line, 1,
                           fmt::format("agenda time \"{}\" runs backwards: ends at {} before it starts at {}", r.text,
                                       hhmm(r.end), hhmm(r.start))));
        continue;
      }
      // A row whose span holds the next row is a session header (上午的会议).
      if (i + 1 < rows.size() && rows[i + 1].start >= r.start && rows[i + 1].end <= r.end &&
          rows[i + 1].end - rows[i + 1].start < r.end - r.start) {
        if (prev && r.start < prev->end)
          out.push_back(diag("W-AGENDA-TIME", Severity::Warning, r.line, 1,
                             fmt::format("agenda time \"{}\" starts at {}, before the previous item ends at {}", r.text,
                                         hhmm(r.start), hhmm(prev->end))));
        continue;
      }
      if (prev && r.start < prev->start) {
        out.push_back(diag("W-AGENDA-TIME", Severity::Warning, r.line, 1,
                           fmt::format("agenda time \"{}\" runs backwards: starts at {}, before the previous item "
                                       "starting at {}",
                                       r.text, hhmm(r.start), hhmm(prev->start))));
      } else if (prev && r.start < prev->end) {
        out.push_back(diag("W-AGENDA-TIME", Severity::Warning, r.line, 1,
                           fmt::format("agenda time \"{}\" overlaps the previous item: starts at {}, expected {} or "
                                       "later",
                                       r.text, hhmm(r.start), hhmm(prev->end))));
      }
      prev = r;
    }
  });
}

}  // namespace

std::optional<std::pair<int, int>> parse_time_range(const std::string& cell) {
  U32 f = fold(from_utf8(cell));
  enum Period { None, Am, Pm, Noon };
  struct T { int h = -1, m = 0; Period p = None; };
  T times[2];
  int cur = 0;
  Period period = None;
  size_t i = 0;
  auto starts = [&](U32View w) { return U32View(f).substr(i, w.size()) == w; };
  while (i < f.size()) {
    char32_t c = f[i];
    if (starts(U"上午"sv) || starts(U"早上"sv)) { period = Am; i += 2; continue; }
    if (starts(U"下午"sv) || starts(U"晚上"sv)) { period = Pm; i += 2; continue; }
    if (starts(U"中午"sv)) { period = Noon; i += 2; continue; }
    if (c == U'至' || c == U'-' || c == U'–' || c == U'—' || c == U'~' || c == U'到') {
      if (times[0].h < 0 || cur == 1) return std::nullopt;
      cur = 1;
      ++i;
      continue;
    }
    if (c >= U'0' && c <= U'9') {
      int v = 0;
      size_t j = i;
      while (j < f.size() && f[j] >= U'0' && f[j] <= U'9' && j - i < 3) v = v * 10 + (f[j++] - U'0');
      size_t k = skip_spaces(f, j);
      if (k < f.size() && (f[k] == U'时' || f[k] == U'点')) {
        times[cur].h = v;
        times[cur].p = period;
        i = k + 1;
        continue;
      }
      if (k < f.size() && f[k] == U'分' && times[cur].h >= 0) {
        times[cur].m = v;
        i = k + 1;
        continue;
      }
      if (k < f.size() && (f[k] == U':' || f[k] == U'.') && k + 1 < f.size() && f[k + 1] >= U'0' && f[k + 1] <= U'9') {
        times[cur].h = v;
        times[cur].p = period;
        size_t q = k + 1;
        int m = 0;
        while (q < f.size() && f[q] >= U'0' && f[q] <= U'9' && q - k <= 2) m = m * 10 + (f[q++] - U'0');
        times[cur].m = m;
        i = q;
        continue;
      }
      return std::nullopt;
    }
    if (is_space(c)) { ++i; continue; }
    return std::nullopt;  // other words: not a time range
  }
  if (times[0].h < 0 || times[1].h < 0 || cur != 1) return std::nullopt;
  if (times[1].p == None) times[1].p = times[0].p;
  auto minutes = [](const T& t) {
    int h = t.h;
    if (t.p == Pm && h < 12) h += 12;
    if (t.p == Noon && h < 6) h += 12;
    return h * 60 + t.m;
  };
  return std::make_pair(minutes(times[0]), minutes(times[1]));
}

// ---- a text with nothing of a UN document ------------------------------------------
// No symbol, masthead, session, agenda item, title, meeting, letter, table of
// contents, heading, numbered paragraph, footnote, annex or closing line:
// whatever the text is, undoc found none of the structure it reads, and a
// pipeline that gates on validate should hear of it rather than pass it.
void check_structure(const Document& doc, std::vector<Diagnostic>& out) {
  const FrontMatter& fm = doc.front_matter;
  if (doc.kind || fm.symbol || fm.organ || !fm.organs.empty() || fm.session_text || !fm.agenda_items.empty() ||
      fm.title || fm.adoption || fm.meeting || fm.letter || fm.date || doc.toc.present || !doc.annexes.empty() ||
      !doc.footnotes.empty() || !doc.closing.empty())
    return;
  size_t paragraphs = 0;
  bool structure = false;
  auto look = [&](const std::vector<Node>& nodes) {
    walk(nodes, [&](const Node& n) {
      if (n.kind != NodeKind::Paragraph || n.paragraph_number || n.paragraph_kind != "unnumbered") structure = true;
      else ++paragraphs;
    });
  };
  look(fm.paragraphs);
  look(doc.body);
  if (structure || paragraphs == 0) return;
  out.push_back(diag("W-NO-STRUCTURE", Severity::Warning, 0, 0,
                     fmt::format("no structure of a UN document found (no symbol, masthead, session, title, heading, "
                                 "numbered paragraph or footnote): the text is kept as {} unnumbered paragraph{}",
                                 paragraphs, paragraphs == 1 ? "" : "s")));
}

std::vector<Diagnostic> validate(const Document& doc) {
  std::vector<Diagnostic> out;
  check_structure(doc, out);
  check_paragraph_numbers(doc.body, "body", out);
  for (const auto& a : doc.annexes) check_paragraph_numbers(a.children, "annex", out);
  const bool agenda = doc.kind && *doc.kind == "agenda";
  check_heading_numbers(doc.body, agenda, out);
  for (const auto& a : doc.annexes) check_heading_numbers(a.children, agenda, out);
  check_toc(doc, out);
  check_footnotes(doc, out);
  check_overlap(doc.front_matter.paragraphs, out);
  check_overlap(doc.body, out);
  for (const auto& a : doc.annexes) check_overlap(a.children, out);
  check_agenda(doc.body, out);
  for (const auto& a : doc.annexes) check_agenda(a.children, out);
  return out;
}

}  // namespace undoc
