// Pass 4c: headings, paragraphs and tables of the body (and of each annex).
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <type_traits>

#include "parser.hpp"

namespace undoc::detail {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

namespace {

// The fold of a short text (at most N characters) in a buffer on the stack:
// fold() would allocate its copy, at each line of a paragraph asked about.
template <size_t N>
struct ShortFold {
  char32_t buf[N];
  size_t n;
  explicit ShortFold(U32View s) : n(s.size() < N ? s.size() : N) {
    for (size_t k = 0; k < n; ++k) buf[k] = fold_char(s[k]);
  }
  U32View view() const { return U32View(buf, n); }
};

// A builder made new for the next paragraph, keeping the old one's text
// buffer, emptied: a paragraph's text then goes into room already made, not
// into a new string grown line by line (a buffer past 4,096 characters is let
// go as before, not held for the rest of the document).
// (made again where it stands, its node already moved out or let go: a
// new node built, moved in member by member and destroyed cost three times
// as much; as before where making one could throw)
void renew(ParaBuilder& p) {
  U32 keep = std::move(p.text);
  keep.clear();
  if constexpr (std::is_nothrow_default_constructible_v<ParaBuilder>) {
    std::destroy_at(&p);
    std::construct_at(&p);
  } else {
    p = ParaBuilder{};
  }
  if (keep.capacity() <= 4096) p.text = std::move(keep);
}

namespace {

bool label_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || c == U'.' || c == U'-' || is_chinese_numeral_char(c);
}

}  // namespace

// the number of a table's label ("29E.1" of "表 29E.1 (续)"); f a label's line
U32View table_label_number(U32View f) {
  if (f.empty() || f[0] != U'表') return {};
  size_t k = skip_spaces(f, 1), b = k;
  while (k < f.size() && label_char(f[k])) ++k;
  return f.substr(b, k - b);
}

int table_label(U32View f) {
  // 表1 / 表 2 / 表三 / 表29E.1 / 表A.2 alone (1), or with its title after a
  // space (2); 0 otherwise
  if (f.size() < 2 || f[0] != U'表') return 0;
  size_t k = skip_spaces(f, 1), b = k;
  while (k < f.size() && label_char(f[k])) ++k;
  if (k == b || (!(f[b] >= U'0' && f[b] <= U'9') && !is_chinese_numeral_char(f[b]) && !(f[b] >= U'A' && f[b] <= U'Z')))
    return 0;
  if (k - b > 8) return 0;
  if (k == f.size()) return 1;
  // (the mark of a table's part continued from the page before right after
  // its label, "表29E.1(续)" / "表 2（续）": f is folded, （ is ( there)
  if (f.substr(k).starts_with(U"(续)"sv) && f.size() <= 60 && !contains(f, U'。')) return 2;
  if (!is_space(f[k]) || contains(f, U'。') || f.size() > 60) return 0;
  return 2;
}

// A paragraph's label numbered within its section or chapter at the start of
// a folded, trimmed line: a budget fascicle's "29E.12 …", a section's "2.1 …",
// an annex's "A.3 …", an ACABQ report's "VIII.12 …", a programme plan's
// "4.2.\t…" or "1.2.3 …" (the last number is the paragraph's, what stands
// before its dot the prefix). Only the label's shape: whether a line so
// opening is a paragraph, the lines around it decide (section_labels below).
struct SectionLabel {
  size_t size = 0;    // the label as written ("4.2." with its dot)
  size_t text = 0;    // where its text starts, past the spaces after it
  size_t prefix = 0;  // the prefix's length: "29E" of "29E.12", "1.2" of "1.2.3"
  long number = 0;
  bool roman = false;   // the prefix a roman numeral: VIII
  bool digits = false;  // the prefix digits and dots only: 2, 1.2 (a figure's shape too)
};

bool roman_char(char32_t c) { return c == U'I' || c == U'V' || c == U'X' || c == U'L' || c == U'C'; }

long roman_value(U32View r) {
  long v = 0;
  for (size_t k = 0; k < r.size(); ++k) {
    auto val = [](char32_t c) { return c == U'I' ? 1 : c == U'V' ? 5 : c == U'X' ? 10 : c == U'L' ? 50 : 100; };
    const long a = val(r[k]), b = k + 1 < r.size() ? val(r[k + 1]) : 0;
    v += a < b ? -a : a;
  }
  return v;
}

std::optional<SectionLabel> section_label(U32View f) {
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  auto upper = [](char32_t c) { return c >= U'A' && c <= U'Z'; };
  if (f.size() < 3 || !(digit(f[0]) || upper(f[0]))) return std::nullopt;  // (most lines: one comparison)
  SectionLabel l;
  size_t k = 0;
  if (digit(f[0])) {
    while (k < f.size() && digit(f[k])) ++k;
    if (k > 3) return std::nullopt;
    l.digits = true;
    if (k < f.size() && upper(f[k])) ++k, l.digits = false;  // 29E
  } else {
    while (k < f.size() && k < 7 && roman_char(f[k])) ++k;
    if (k == 0) k = 1;  // A, B: an annex's or a part's letter
    l.roman = roman_char(f[0]) && std::all_of(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(k), roman_char);
  }
  // the numbers after the prefix, a dot before each (at most three levels)
  size_t last_dot = 0;
  int levels = 0;
  while (k + 1 < f.size() && f[k] == U'.' && digit(f[k + 1]) && levels < 3) {
    last_dot = k;
    size_t d = k + 1;
    while (d < f.size() && digit(f[d])) ++d;
    if (d - k - 1 > 3) return std::nullopt;
    k = d;
    ++levels;
  }
  if (levels == 0) return std::nullopt;
  l.prefix = last_dot;
  if (levels > 1 && !l.digits) return std::nullopt;  // (29E.1.2: no such label)
  l.number = 0;
  for (size_t d = last_dot + 1; d < k; ++d) l.number = l.number * 10 + static_cast<long>(f[d] - U'0');
  if (k < f.size() && f[k] == U'.' && (k + 1 == f.size() || is_space(f[k + 1]))) ++k;  // 4.2.
  l.size = k;
  // then the text: after spaces, or glued to it (PDF text), not a figure's
  // unit or a reference going on ("2.5亿美元", "12.5 %", "29E.9段", "29E.1所示")
  if (k < f.size() && !is_space(f[k]) && !is_han(f[k]) && f[k] != U'《' && f[k] != U'“') return std::nullopt;
  const size_t t = skip_spaces(f, k);
  l.text = t;
  if (t < f.size()) {
    const char32_t c = f[t];
    // (a figure's unit, spaced or not; glued, the words a reference goes on
    // with: "见第" / "29E.9段", "表" / "29E.1所示")
    // ("29E.9 万国宫…", "千年…" are words: no unit)
    static constexpr std::u32string_view unit = U"亿万千百倍个%-–";
    static constexpr std::u32string_view going_on = U"段至和或、及号条款节项";
    const char32_t after = t + 1 < f.size() ? f[t + 1] : 0;
    const bool word = (c == U'万' && after == U'国') || (c == U'千' && after == U'年');
    if ((unit.find(c) != std::u32string_view::npos && !word) || (t == k && is_number_unit_at(f, t)))
      return std::nullopt;
    if (t == k && (going_on.find(c) != std::u32string_view::npos ||
                   (c == U'所' && t + 1 < f.size() && U"示列述载"sv.find(f[t + 1]) != std::u32string_view::npos)))
      return std::nullopt;
    if (c == U'.' || c == U',' || c == U'/') return std::nullopt;
    // (words, not a row of figures: two Han characters at least)
    int han = 0;
    for (size_t m = t; m < f.size() && han < 2; ++m) han += is_han(f[m]);
    if (han < 2) return std::nullopt;
  }
  return l;
}

// A numbered label of words at the start of a folded, trimmed line: a short
// word (1-6 Han characters), its number (Arabic, or Chinese), then a colon and
// the text: "建议1：各国应…", "建议 2: …" (PDF text spaces a number from the
// Han before it), "结论1：…", "问题3：…", "决定草案一：…", as treaty bodies',
// rapporteurs' and reviews' reports number their recommendations, findings
// and questions (a run of their own beside the report's paragraphs: the word
// its prefix). Only a run of them, the same word numbered on (1, 2, 3 …), is
// read so (parse_nodes): one alone, "问题1：是否…" in prose, is text.
// Not a sentence that names one, "建议1(a)的执行…", "建议1和2已…"; not a
// caption's label, "表1：…" / "图2：…" / "附件一：…", nor "第一：".
std::optional<SectionLabel> word_label(U32View f) {
  // (the colon within the first few characters)
  size_t c = 0;
  while (c < f.size() && c < 14 && f[c] != U':') ++c;
  if (c >= f.size() || f[c] != U':' || c < 2) return std::nullopt;
  const U32View head = trim_view(f.substr(0, c));
  // (the number at the head's end: digits, or Chinese numerals)
  size_t k = head.size();
  const bool arabic = head.back() >= U'0' && head.back() <= U'9';
  while (k > 0 && (arabic ? head[k - 1] >= U'0' && head[k - 1] <= U'9' : is_chinese_numeral_char(head[k - 1]))) --k;
  const U32View number = head.substr(k);
  if (number.empty() || number.size() > (arabic ? 3u : 4u)) return std::nullopt;
  const U32View word = trim_view(head.substr(0, k));
  if (word.empty() || word.size() > 6 || !std::all_of(word.begin(), word.end(), [](char32_t x) { return is_han(x); }))
    return std::nullopt;
  // (a space only between the word and its number: "建议 2:")
  if (word.size() + number.size() != head.size() &&
      !std::all_of(head.begin() + word.size(), head.begin() + k, [](char32_t x) { return is_space(x); }))
    return std::nullopt;
  static const U32View captions[] = {U"第"sv, U"表"sv, U"图"sv, U"方框"sv, U"附件"sv, U"附录"sv, U"附文"sv, U"插文"sv,
                                     U"专栏"sv, U"地图"sv, U"附表"sv, U"框"sv};
  for (U32View w : captions)
    if (word == w) return std::nullopt;
  SectionLabel l;
  if (arabic) {
    for (char32_t d : number) l.number = l.number * 10 + static_cast<long>(d - U'0');
  } else {
    l.number = chinese_numeral_value(number);
  }
  if (l.number <= 0) return std::nullopt;
  l.prefix = word.size();
  // (its colon and text on the line: "建议1" alone over its text, as a JIU
  // report sets it, is a subhead, the headings' rules read it)
  if (skip_spaces(f, c + 1) == f.size()) return std::nullopt;
  l.size = c + 1;
  l.text = skip_spaces(f, c + 1);
  return l;
}

// "图一" / "图 2" / "图1.3" / "方框3" alone: a figure's or a box's label
static bool figure_label(U32View f) {
  size_t k = 0;
  if (starts_with(f, U"方框"sv)) k = 2;
  else if (!f.empty() && f[0] == U'图') k = 1;
  else return false;
  k = skip_spaces(f, k);
  const size_t b = k;
  while (k < f.size() && ((f[k] >= U'0' && f[k] <= U'9') || is_chinese_numeral_char(f[k]) || f[k] == U'.' ||
                          (f[k] >= U'A' && f[k] <= U'Z')))
    ++k;
  return k > b && k - b <= 6 && k == f.size() && f[b] != U'.';
}

// "建议1" / "建议 12" / "建议一": the label of a recommendation set in a box
// (a Joint Inspection Unit's, an oversight report's), its text below
bool recommendation_box(U32View t) {
  if (t.size() < 3 || t.size() > 8 || t[0] != U'建' || t[1] != U'议') return false;
  size_t k = 2;
  while (k < t.size() && is_space(t[k])) ++k;
  if (k == t.size()) return false;
  return std::all_of(t.begin() + k, t.end(), [](char32_t c) {
    const char32_t f = fold_char(c);
    return (f >= U'0' && f <= U'9') || is_chinese_numeral_char(c);
  });
}

// A record's speaker at a line's start, as verbatim records open each
// speech: the speaker's name or office, the country and the language spoken
// in brackets, then a colon ("主席(以俄语发言)：", "王磊先生(中国)：",
// "马克斯先生(巴西)(以英语发言)：", "秘书长：") (on the folded line)
bool speaker_label(U32View f) {
  size_t k = 0;
  while (k < f.size() && k < 16 && (is_han(f[k]) || f[k] == U'·' || f[k] == U'・')) ++k;
  if (k == 0) return false;
  const U32View name = f.substr(0, k);
  auto ends = [&](U32View w) { return name.size() >= w.size() && name.substr(name.size() - w.size()) == w; };
  const bool office = name == U"主席"sv || name == U"代理主席"sv || name == U"副主席"sv || name == U"秘书长"sv ||
                      name == U"常务副秘书长"sv;
  const bool person = name.size() >= 3 && (ends(U"先生"sv) || ends(U"女士"sv) || ends(U"阁下"sv));
  if (!office && !person) return false;
  bool language = false, country = false;
  for (;;) {
    k = skip_spaces(f, k);
    if (k >= f.size() || f[k] != U'(') break;
    const size_t close = f.find(U')', k);
    if (close == U32View::npos || close - k > 30) return false;
    const U32View g = f.substr(k + 1, close - k - 1);
    if (g.empty()) return false;
    if (g.front() == U'以' && g.size() >= 4 && g.substr(g.size() - 2) == U"发言"sv) language = true;
    else country = true;
    k = close + 1;
  }
  if (k >= f.size() || f[k] != U':') return false;
  // (a person is named with the country or the language; an office alone may be)
  return office || language || country;
}

// The paragraph's last character before a plain footnote marker that
// pdftotext left after its stop ("…社会保险。2": 。), or a raised one a text
// export keeps ("…费率确定。²"), or its last character
char32_t end_before_marker(U32View t) {
  size_t n = t.size();
  while (n > 0 && t.size() - n < 2 &&
         ((fold_char(t[n - 1]) >= U'0' && fold_char(t[n - 1]) <= U'9') || is_superscript_digit(t[n - 1])))
    --n;
  if (n == 0) return 0;
  const char32_t c = fold_char(t[n - 1]);
  return n < t.size() && !is_clause_end(c) ? fold_char(t.back()) : c;
}

// The paragraph's last character, or the stop before a closing bracket or
// quote that ends it: a record's note "[随后，…它原打算投赞成票。]" ends its
// sentence as "…。" does
static char32_t end_through_closing(U32View t) {
  if (t.empty()) return 0;
  const char32_t c = fold_char(t.back());
  if (t.size() >= 2 && (c == U']' || c == U'】' || c == U')' || c == U'”' || c == U'’')) {
    const char32_t b = fold_char(t[t.size() - 2]);
    if (b == U'。' || b == U'?' || b == U'!') return b;
  }
  return c;
}

// A General Assembly record's decision line, a paragraph of its own after
// the President's question: "就这样决定。" (It was so decided), "决议草案
// A/77/L.30获得通过(第77/102号决议)。" (on the folded, trimmed line)
bool decision_line(U32View f) {
  if (f == U"就这样决定。"sv) return true;
  if (f.size() < 8 || f.size() > 60 || f.back() != U'。') return false;
  if (!starts_with(f, U"决议草案"sv) && !starts_with(f, U"决定草案"sv)) return false;
  const U32View body = f.substr(0, f.size() - 1);
  if (body.size() >= 4 && body.substr(body.size() - 4) == U"获得通过"sv) return true;
  // (with the number it was given: "…获得通过(第77/102号决议)")
  const size_t at = body.find(U"获得通过("sv);
  const U32View tail = body.size() >= 4 ? body.substr(body.size() - 4) : U32View();
  return at != U32View::npos && body.find(U'。') == U32View::npos && (tail == U"号决议)"sv || tail == U"号决定)"sv);
}

// The letter of a clause's label at a line's or a paragraph's start, "(c) …"
// (or "（c）" as typed): 'c'; 0 where none
static char32_t clause_letter(U32View g) {
  size_t k = 0;
  while (k < g.size() && is_space(g[k])) ++k;
  if (k + 2 >= g.size() || (g[k] != U'(' && g[k] != U'（') || (g[k + 2] != U')' && g[k + 2] != U'）')) return 0;
  return g[k + 1] >= U'a' && g[k + 1] <= U'z' ? g[k + 1] : 0;
}

// The letter of the last lettered sub-item inside a paragraph (after its
// start: "2. …：(a) …；" gives 'a'), 0 where none; its last 2,000 characters read
static char32_t last_clause_letter(U32View t) {
  const size_t stop = t.size() > 2000 ? t.size() - 2000 : 0;
  for (size_t k = t.size(); k > stop + 3;) {
    --k;
    if ((t[k] == U')' || t[k] == U'）') && (t[k - 2] == U'(' || t[k - 2] == U'（') && t[k - 1] >= U'a' &&
        t[k - 1] <= U'z' && k - 2 > 0)
      return t[k - 1];
  }
  return 0;
}

// The level of the lettered heading ("(a) …", a subhead numbered "a") that a
// heading labelled in small roman numerals ("(i) …", f folded and trimmed)
// goes under: the nearest such heading open, with only roman-numbered ones
// open above it; 0 when there is none (or the label is the letter: "(i)"
// after "(h)", "(v)" or "(x)" with no roman sibling before it)
static int roman_under_lettered(const std::vector<Node>& stack, U32View f) {
  if (f.size() < 4 || f[0] != U'(') return 0;
  const size_t close = f.find(U')');
  if (close == U32View::npos || close < 2 || close > 5 || close + 1 >= f.size() || !is_space(f[close + 1])) return 0;
  const U32View r = f.substr(1, close - 1);
  static const U32View romans[] = {U"i"sv, U"ii"sv, U"iii"sv, U"iv"sv, U"v"sv, U"vi"sv, U"vii"sv, U"viii"sv, U"ix"sv, U"x"sv};
  if (std::find(std::begin(romans), std::end(romans), r) == std::end(romans)) return 0;
  auto roman_number = [&](const Node& n) {
    if (!n.number) return false;
    const U32 u = from_utf8(*n.number);
    return std::find(std::begin(romans), std::end(romans), U32View(u)) != std::end(romans);
  };
  bool sibling = false;  // a roman heading open above the lettered one: this one's sibling
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    if (it->section_kind != "subhead"sv || !it->number || it->label.empty() || it->label[0] != '(') return 0;
    const std::string& n = *it->number;
    if (n.size() == 1 && n[0] >= 'a' && n[0] <= 'z' && n != "i" && n != "v" && n != "x") {
      if (!sibling && ((r == U"i"sv && n == "h") || r == U"v"sv || r == U"x"sv)) return 0;
      return it->level;
    }
    if (!roman_number(*it)) return 0;
    sibling = true;
  }
  return 0;
}

// The documents in a record's brackets: a symbol, or symbols joined by 、,
// 和, 及 or a comma ("A/78/84", "A/78/53和A/78/53/Add.1", "A/78/210、A/78/256和
// A/78/309") (folded)
static bool document_symbols(U32View g) {
  if (g.empty() || g.size() > 80) return false;
  size_t from = 0;
  for (size_t k = 0; k <= g.size(); ++k) {
    if (k < g.size() && g[k] != U'、' && g[k] != U'和' && g[k] != U'及' && g[k] != U',' && g[k] != U';') continue;
    const U32View one = trim_view(g.substr(from, k - from));
    if (one.empty() || classify_kind(one) != LineKind::Symbol) return false;
    from = k + 1;
  }
  return true;
}

// A record's document line, a title and its symbol in brackets, as a record
// lists the documents before an item's speeches: "秘书长的报告(A/78/84)",
// "决议草案(A/78/L.5)", "人权理事会的报告(A/78/53和A/78/53/Add.1)" (on the
// folded, trimmed line; no stop in it)
static bool record_document_line(U32View f) {
  if (f.size() < 6 || f.size() > 100 || f.back() != U')' || contains(f, U'。')) return false;
  const size_t open = f.rfind(U'(');
  if (open == U32View::npos || open == 0 || !is_han(f[open - 1])) return false;
  return document_symbols(f.substr(open + 1, f.size() - open - 2));
}

// The heading open at the stack's top is a record's document line, with
// only sub-items and document lines between it and the agenda item's
// heading below them ("议程项目70" / "(a) …" / "秘书长的说明(A/78/317)")
// A record's subhead as its line reads: its label, "(a)", then its title
static U32 head_text(const Node& n) {
  return fold(from_utf8(n.label.empty() ? n.title : n.label + " " + n.title));
}

static bool under_item_documents(const std::vector<Node>& stack) {
  if (stack.empty() || stack.back().section_kind != "subhead"sv) return false;
  const U32 top = head_text(stack.back());
  if (starts_sub_item(top) || !record_document_line(top)) return false;
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    if (it->section_kind == "item"sv) return true;
    if (it->section_kind != "subhead"sv) return false;
    const U32 t = head_text(*it);
    if (!starts_sub_item(t) && !record_document_line(t)) return false;
  }
  return false;
}

// The presiding officer speaking in the capacity of a country's
// representative: "我现在以俄罗斯联邦代表的身份发言。" (one sentence, on the
// folded, trimmed text after the speaker's label or alone)
bool capacity_formula(U32View f) {
  return starts_with(f, U"我现在以"sv) && f.size() <= 40 && f.size() >= 6 &&
         f.substr(f.size() - 5) == U"身份发言。"sv && f.find(U'。') == f.size() - 1;
}

// The presiding officer's set sentences in a record, each a paragraph of its
// own: the invitation under the rules of procedure ("根据安理会暂行议事规则第
// 37条，我邀请…"), the opening of an item ("安全理事会现在开始审议议程项目。"),
// the Assembly's decision taken ("大会现在就决议草案A/77/L.30作出决定。") and
// its item closed ("大会是否希望结束对议程项目15的审议？"),
// a document drawn to the members' attention ("我谨提请安理会成员注意文件…"),
// the floor given ("我现在请卡斯特罗女士发言。", a sentence of its own), the
// chair resumed ("我现在恢复行使安理会主席的职能。"), the list closed
// ("名单上没有其他发言者。") (on the folded, trimmed line)
bool chair_formula(U32View f) {
  static const U32View opening[] = {U"根据安理会暂行议事规则第"sv, U"根据大会议事规则第"sv, U"安全理事会现在开始审议"sv,
                                    U"大会现在开始审议"sv, U"我谨提请安理会成员注意文件"sv, U"我现在恢复行使"sv,
                                    U"名单上没有其他发言者"sv, U"大会现在就"sv, U"大会是否希望结束对议程项目"sv};
  for (auto o : opening)
    if (starts_with(f, o)) return true;
  // (the chair speaking for the country: "我现在以俄罗斯联邦代表的身份发言。",
  // a sentence and a paragraph of its own, the country's statement below it)
  if (capacity_formula(f)) return true;
  // (the floor given: the line that sentence and nothing else)
  if (starts_with(f, U"我现在请"sv) && f.size() <= 40 && f.back() == U'。' && f.size() >= 3 &&
      f.substr(f.size() - 3) == U"发言。"sv && f.find(U'。') == f.size() - 1)
    return true;
  return false;
}

}  // namespace

bool Parser::hanging_full(const ParaBuilder& p) const {
  if (hang_width_ == 0 || p.node.paragraph_kind != "numbered"sv || p.node.lines.first < 1) return false;
  const size_t label = static_cast<size_t>(p.node.lines.first - 1);
  if (label >= L_.size() || label == p.last_line || L_[label].kind != LineKind::Numbered ||
      !trimmed_content(label).empty())
    return false;
  const int m = measure(p.last_line);
  return m >= hang_width_ - 5 && m <= hang_width_ + 1;
}

namespace {
bool amount_cell(U32View f);  // (below, with the tables)
}  // namespace

// A title that leaves a bracket open ("葡萄牙第五次定期报告(续)(E/C.12/PRT/5;"):
// it goes on below, where a wrap put the rest ("E/C.12/PRT/Q/5)"), before a
// run of Latin letters too long for the line or at the width
static bool leaves_bracket_open(U32View title) {
  int paren = 0, book = 0;
  for (const char32_t c : title) {
    paren += c == U'(' || c == U'（' ? 1 : c == U')' || c == U'）' ? -1 : 0;
    book += c == U'《' ? 1 : c == U'》' ? -1 : 0;
  }
  return paren > 0 || book > 0;
}

// The text closes a bracket it did not open ("700字)，如有可能，…"): the rest of
// one a line above left open
static bool closes_first(U32View f) {
  int paren = 0, book = 0;
  for (const char32_t c : f) {
    paren += c == U'(' || c == U'（' ? 1 : c == U')' || c == U'）' ? -1 : 0;
    book += c == U'《' ? 1 : c == U'》' ? -1 : 0;
    if (paren < 0 || book < 0) return true;
  }
  return false;
}

bool Parser::english_list_item(const ParaBuilder& p, size_t i) const {
  // (the original characters: the full-width '；' and '：' of Chinese text fold to ';' and ':')
  auto capitalised = [](U32View t) {
    return t.size() >= 2 && t[0] >= U'A' && t[0] <= U'Z' && t[1] >= U'a' && t[1] <= U'z';
  };
  if (L_[i].kind != LineKind::Text || !capitalised(trimmed_content(i)) || !capitalised(trim_view(p.text)) ||
      p.node.lines.first < 2)
    return false;
  // the line above the paragraph's first: a lead-in's ':' or an item's ';'
  for (size_t k = static_cast<size_t>(p.node.lines.first) - 1; k-- > 0;) {
    if (L_[k].blank()) continue;
    const U32View t = trimmed_content(k);
    return !t.empty() && (t.back() == U';' || t.back() == U':');
  }
  return false;
}

bool Parser::speech_goes_on(const ParaBuilder& p, size_t i) const {
  if (!doc_.front_matter.meeting || p.node.paragraph_kind != "unnumbered"sv || p.node.lines.first < 1 ||
      L_[i].kind != LineKind::Text)
    return false;
  // (the chair's words after the label a set sentence of their own: "主席(以俄语
  // 发言)：我现在以俄罗斯联邦代表的身份发言。"; the country's statement, the
  // paragraph right below it, is the speech)
  auto capacity_line = [&](U32View head) {
    const size_t colon = head.find(U':');
    return speaker_label(head) && colon != U32View::npos && capacity_formula(trim_view(head.substr(colon + 1)));
  };
  const size_t first = static_cast<size_t>(p.node.lines.first - 1);
  const U32View head = trimmed_fold(first);
  if (speaker_label(head)) {
    if (capacity_line(head)) return false;
  } else {
    size_t k = first;
    while (k > 0 && L_[k - 1].blank()) --k;
    if (k == 0 || !capacity_line(trimmed_fold(k - 1))) return false;
  }
  const U32View fi = trimmed_fold(i);
  if (fi.empty() || fi[0] == U'[' || fi[0] == U'(' || speaker_label(fi) || chair_formula(fi) || decision_line(fi) ||
      is_procedural_line(fi) || heading_shape(i, kMaxSubheadChars))
    return false;
  return true;
}

bool Parser::article_text_goes_on(const ParaBuilder& p, size_t i) const {
  if (p.node.paragraph_kind != "unnumbered"sv || p.node.lines.first < 2 || L_[i].kind != LineKind::Text ||
      p.text.empty() || !is_sentence_end(fold_char(p.text.back())))
    return false;
  const U32View fi = trimmed_fold(i);
  if (fi.empty() || starts_sub_item(fi) || heading_shape(i, kMaxSubheadChars) || decimal_label(fi)) return false;
  // the line above the paragraph's first: the article's label (with its
  // title or without), or its title alone right below a bare label
  size_t k = static_cast<size_t>(p.node.lines.first - 1);
  auto above = [&](size_t from) {
    size_t j = from;
    while (j > 0 && L_[j - 1].blank()) --j;
    return j == 0 ? std::string::npos : j - 1;
  };
  const size_t a = above(k);
  if (a == std::string::npos) return false;
  if (L_[a].kind == LineKind::Article) return true;
  if (!heading_shape(a, kMaxSubheadChars) || L_[a].kind != LineKind::Text) return false;
  const size_t b = above(a);
  return b != std::string::npos && L_[b].kind == LineKind::Article && trimmed_content(b).empty();
}

bool Parser::ended_before(const ParaBuilder& p, size_t i) const {
  // (line i's and the last line's trimmed folds, found once here)
  const U32View fi = trimmed_fold(i);
  if (p.text.empty() || starts_sub_item(fi)) return false;
  // a line of nothing but closing marks right below ("。", "”。", ")；"): what
  // a wrap at a count of characters left over of the paragraph's last
  // sentence; no paragraph opens so
  if (p.last_line + 1 == i && only_closing_marks(fi)) return false;
  // a corrigendum's item: its quoted new text below "该句应改为：" is the
  // item's (new_text_quoted); and its numbered line that names the place
  // alone, "1.\t第 8 段第一行", goes on into what to do there, "将“…”改为“…”。",
  // whatever the lines' widths or indents
  if (new_text_quoted(p, i)) return false;
  if (L_[i].kind == LineKind::Text && static_cast<size_t>(p.node.lines.first) == p.last_line + 1 &&
      corrigendum_place(p.last_line))
    return false;
  // (nor does a line right below one a wrap cut at a hyphen, "…《2015-" /
  // "2030年仙台减少灾害风险框架》，…", as Python's textwrap breaks: the
  // number or word goes on)
  if (p.last_line + 1 == i && p.text.back() == U'-' && !fi.empty() && !starts_sub_item(fi) &&
      ((fi[0] >= U'0' && fi[0] <= U'9') || (fi[0] >= U'A' && fi[0] <= U'Z') || (fi[0] >= U'a' && fi[0] <= U'z')))
    return false;
  // where blank lines part the paragraphs, a full line's paragraph goes on
  // into the line right below it, whatever that line opens with (a wrap that
  // fell after a clause, "…说明理由，" / "部厅负责人应…")
  if (blanks_part_ && wrapped_ && p.last_line + 1 == i && full(p.last_line) && L_[i].kind == LineKind::Text &&
      !L_[i].page_start)
    return false;
  // below a table's cells that extraction scrambled into lines of text (a
  // line of amounts alone, "67 689.8 (648.7) 67 041.1", ends it), a line of
  // prose (a clause's comma or a full stop among ten Han characters or more)
  // opens a paragraph: no sentence runs on from a line of amounts
  if (const U32View last = trimmed_line(p.last_line);
      p.last_line < i && !last.empty() && ((last[0] >= U'0' && last[0] <= U'9') || last[0] == U'(') &&
      !is_han(last.back()) && (contains(fi, U',') || contains(fi, U'。')) &&
      std::count_if(fi.begin(), fi.end(), [](char32_t c) { return is_han(c); }) >= 10) {
    const auto words = split_spaces(last);
    if (words.size() >= 2 && std::all_of(words.begin(), words.end(), amount_cell)) return true;
  }
  // 兹宣布： / 兹协议如下： after a clause: the operative formula stands alone;
  // an enacting formula (大会，) always does
  // (but not a line at the margin below a full line, where only a paragraph's
  // first line is set in: the wrap fell after the clause, "…第12.4条的规定，" /
  // "特此颁布如下：")
  // (nor, where blank lines part the paragraphs, a line right below a full one)
  if (is_operative_formula(fi) && is_clause_end(fold_char(p.text.back())) &&
      !(indent_first_only_ && !ideographic_indent(i) && full(p.last_line)) &&
      !(blanks_part_ && p.last_line + 1 == i && full(p.last_line)))
    return true;
  if (is_enacting_formula(fi)) return true;
  // (and one quoted, the formula of a text a resolution adopts, below that
  // text's title: "“全民健康覆盖：扩大我们的雄心" / "“我们，各国元首和政府首脑，")
  if (fi.size() > 2 && (fi[0] == U'“' || fi[0] == U'"') && is_enacting_formula(trim_view(fi.substr(1)))) return true;
  // (so does one with no comma, "经济及社会理事会" over "建议大会通过下列决议草案：",
  // and the clause below it opens a paragraph of its own)
  if (fi.size() <= 16 && is_organ(fi)) {
    const size_t j = next_free(i + 1, L_.size());
    if (j < L_.size() && L_[j].kind == LineKind::Text && formula_without_comma(fi, trimmed_fold(j))) return true;
  }
  // (and any formula stands alone: "经济及社会理事会，" / "建议大会通过下列决议草案：")
  if (p.text.size() <= 16 && (formula_without_comma(ShortFold<16>(p.text).view(), fi) ||
                              is_enacting_formula(trim_view(ShortFold<16>(p.text).view()))))
    return true;
  // a letter's closing request, after a full stop, stands alone: "请将本信及其附件作为
  // 安全理事会的文件分发为荷。"
  // (and so does a note verbale's closing courtesy, "…借此机会再次向…致以最崇高的敬意。")
  if (is_sentence_end(fold_char(p.text.back())) && (is_circulation_request(fi) || is_courtesy_closing(fi)))
    return true;
  // so does a statement's date and place below its last paragraph ("…稳定。" /
  // "2023年10月26日，巴库"), a short line (a wrapped paragraph's line that
  // opened so would run to the width)
  if (is_sentence_end(fold_char(p.text.back())) && dateline(fi) && !full(i)) return true;
  // so does a record's procedural line ("主席离席，由副主席…主持会议。")
  if (is_sentence_end(fold_char(p.text.back())) && is_procedural_line(fi) && !overlaps(p, i)) return true;
  // a line set in by "　　" where paragraphs open so (text set as Chinese text
  // is: the lines after a paragraph's first stand at the margin)
  // (a full line set in so may be a text set in whole: its next line goes on)
  if (indent_opens_ && ideographic_indent(i) &&
      (indent_first_only_ || !(ideographic_indent(p.last_line) && full(p.last_line))))
    return true;
  // and where only a paragraph's first line is set in, a heading's words at
  // the margin, short of the width, right over a line set in, below a line
  // that stopped short itself: a wrap runs a paragraph on only from a line it
  // filled, and the line set in opens the text below, so these stand alone
  // ("编写人：…迪亚洛" / "执行摘要" / "　　联合检查组将…"; not after a line cut
  // before a Latin word or a number too long for the rest of it)
  if (indent_first_only_ && shape_ == Shape::Wrapped && p.last_line + 1 == i && L_[i].kind == LineKind::Text &&
      !ideographic_indent(i) && !full(p.last_line) && !full(i) && heading_shape(i, kMaxSubheadChars) &&
      !fi.empty() && !is_ascii_alnum(fi.front()) && room_for_next_word(p.last_line, i) != -1 && i + 1 < L_.size() &&
      L_[i + 1].kind == LineKind::Text && ideographic_indent(i + 1))
    return true;
  // a record's next speech opens with its speaker after the last one's full
  // stop, wherever that stop fell on its line ("…参加本次会议。" / "王磊先生(中国)：…")
  {
    const char32_t end = end_through_closing(p.text);
    // (a record's: its front matter names the meeting)
    if ((end == U'。' || end == U'?' || end == U'!') && doc_.front_matter.meeting &&
        (decision_line(fi) || chair_formula(fi)))
      return true;
    // (after a blank line, whatever the line above ended with: a document
    // line over the speeches, "决议草案(A/78/L.8)" / "" / "代理主席(以英语发言)：…")
    if (doc_.front_matter.meeting && speaker_label(fi) && p.last_line + 1 < i && separated(p.last_line, i)) return true;
    // (and right below a line that stopped short of the width, whatever it
    // ended with: a wrap fills a line before it goes on, so the line above
    // ended its paragraph, a document line over the speeches,
    // "决议草案(A/78/L.5)" / "主席(以英语发言)：…"; and a document line so
    // short, a title and its symbol in brackets, is a line of its own below
    // another, "秘书长的报告(A/78/84)" / "决议草案(A/78/L.5)")
    if (doc_.front_matter.meeting && shape_ == Shape::Wrapped && p.last_line + 1 == i && !full(p.last_line) &&
        L_[i].kind == LineKind::Text && !fi.empty() &&
        (speaker_label(fi) || (record_document_line(trimmed_fold(p.last_line)) &&
                               static_cast<size_t>(p.node.lines.first) == p.last_line + 1)))
      return true;
    // (a justified line may come out letter-spaced, "蒙 特 斯 女 士 ( 厄 瓜 多 尔 )…：")
    if ((end == U'。' || end == U'?' || end == U'!') &&
        (speaker_label(fi) || (fi.size() > 2 && is_space(fi[1]) &&
                               speaker_label(without_spaces(fi.substr(0, std::min<size_t>(fi.size(), 80)))))))
      return true;
  }
  // a sub-item's label alone on its line ("(一)"): its text follows
  const U32View last_fold = trimmed_fold(p.last_line);
  const bool numbered = p.node.paragraph_kind == "numbered"sv;  // (asked below up to four times)
  {
    U32View last = last_fold;
    if (starts_sub_item(last) && last.size() <= 6 && last.back() == U')') return false;
  }
  char32_t last = fold_char(p.text.back());
  // (a quoted sentence's stop before its closing mark, "…有效贡献。”", ends as the
  // stop does, where lines are paragraphs or sentences; a wrapped line's width
  // says more than its last mark)
  if (shape_ != Shape::Wrapped && (last == U'”' || last == U'’' || last == U'」' || last == U'』') &&
      p.text.size() >= 2 && is_sentence_end(fold_char(p.text[p.text.size() - 2])))
    last = fold_char(p.text[p.text.size() - 2]);
  // "…的关键作用，" / "并强调…": 并 and a preamble's verb after a clause end
  // goes on with the clause (no clause opens so)
  if ((last == U',' || last == U';') && goes_on_with_bing(fi)) return false;
  bool full_stop = last == U'。' || last == U'!' || last == U'?' || last == U'.';
  // a clause end (preambular "…，", operative "…；", "…：" before a new
  // clause) ends a paragraph of a line of its own, not a wrapped line
  bool clause = last == U',' || last == U';' || last == U':';
  // a PDF page says it: a paragraph whose last line stops well short of the
  // right margin after a full stop or a clause end has ended there, across a
  // page break too (a paragraph that runs on over a page fills its last line)
  // (and a line set in further than a line that stopped short opens a
  // paragraph, whatever the short line ended with: a heading's, a title's;
  // not in a numbered paragraph, whose lines may hang under its number)
  if (shape_ == Shape::Wrapped && L_[p.last_line].right_gap > 2 && L_[i].kind == LineKind::Text &&
      !crossed_furniture(p.last_line, i) &&
      ((full_stop || clause) ||
       (!numbered && L_[i].indent >= 1 &&
        (L_[i].indent > L_[p.last_line].indent ||
         // (a one-line paragraph set in like the line below: the lines after
         // a paragraph's first stand at the margin, so this one is another's first)
         (static_cast<size_t>(p.node.lines.first) == p.last_line + 1 && L_[i].indent == L_[p.last_line].indent)))))
    return true;
  // so does a PDF page's paragraph spacing: a line set lower below the
  // paragraph's last line than the page's lines follow each other, after a
  // full stop, opens a paragraph though the line above ran to the margin
  // ("…从非洲国家中选出。" / "大会在第七十七届会议期间…", no first-line indent)
  if (shape_ == Shape::Wrapped && full_stop && L_[i].space_above == 1 && L_[i].kind == LineKind::Text &&
      L_[i].page == L_[p.last_line].page && !crossed_furniture(p.last_line, i))
    return true;
  // an annex's note of its original language, "[原件：俄文和英文]", stands
  // alone, whatever follows it, in every shape (a blank line after it is no
  // page break inside a paragraph)
  if (original_language_note(last_fold)) return true;
  // a recorded vote's list of members, below its label (赞成： / 反对： /
  // 弃权：), ends with its last member's name and no stop: at the next label,
  // and at its line's end where lines are paragraphs or sentences; wrapped,
  // where its last line stops short of the width (the vote's result, "决议草案
  // …以115票赞成、8票反对、44票弃权获得通过", is no more of it)
  if (!numbered && p.node.lines.first > 0 && after_vote_label(static_cast<size_t>(p.node.lines.first - 1)) &&
      !p.text.empty() && !is_clause_end(last)) {
    if (is_vote_label(fi)) return true;
    if (shape_ == Shape::ParagraphPerLine || shape_ == Shape::SentencePerLine) return true;
    if (shape_ == Shape::Wrapped && !full(p.last_line) && L_[i].kind == LineKind::Text) return true;
  }
  // (so does a meeting's date and place below a title: "2023 年 4 月 27 日和 28 日，阿斯塔纳")
  if (!full(p.last_line) && p.node.paragraph_kind != "numbered"sv && dateline(U32View(L_[p.last_line].fold())))
    return true;
  if (separated(p.last_line, i)) return false;
  switch (shape_) {
    case Shape::Wrapped: {
      // Text wrapped at a count of characters (Python's textwrap) fills each
      // line with the words that fit: a word (a run up to a space) goes to the
      // next line only when it would not fit, and a run longer than a line is
      // cut to fill it. So a line that had room for the next line's first word
      // ended its paragraph, whatever it ends with ("出生日期和地点：…，弗里敦"
      // / "现任职务：…"); and a stop short of the width before a word of Latin
      // letters or digits that would not have fit ("…届满。" / "2024 年…") is
      // no paragraph's end.
      const int room_for_next = p.last_line + 1 == i ? room_for_next_word(p.last_line, i) : 0;
      if (room_for_next == 1) return true;
      // A heading's words alone on a short line, no mark at their end (执行摘要,
      // 建议1, 编写人：某某): no wrap leaves a line that short and goes on, and
      // no paragraph ends without a mark. So such a line takes no text line
      // below it, and a sentence ended right above it ends its paragraph
      // there. (stops_short_over_next: in a text file without pages.)
      auto lone_head = [&](size_t k) {
        return stops_short_over_next(k) && L_[k].kind == LineKind::Text && L_[k + 1].kind == LineKind::Text &&
               heading_shape(k, kMaxSubheadChars);
      };
      if (p.last_line + 1 == i && p.node.paragraph_kind == "unnumbered"sv && p.node.footnote_refs.empty() &&
          static_cast<size_t>(p.node.lines.first) == p.last_line + 1 && lone_head(p.last_line))
        return true;
      if (p.last_line + 1 == i && full_stop && lone_head(i)) return true;
      // English items each ending in ';' (an annex's list left untranslated:
      // "Strengthening …;" / "Encouraging …;"), the line above the item a
      // lead-in's ':' or the item before's ';': a line after the ';' that
      // opens with a capitalised word opens the next item, however near the
      // width the ';' fell (a clause after ';' opens in lower case)
      if (!numbered && p.text.back() == U';' && english_list_item(p, i)) return true;
      // -layout with hanging numbers: a line set in exactly where the text of
      // the numbered first line starts ("5.    非洲…" / "      在受影响…") goes on
      if (numbered && p.node.lines.first > 0 &&
          static_cast<size_t>(p.node.lines.first) <= L_.size()) {
        const Line& first = L_[static_cast<size_t>(p.node.lines.first - 1)];
        const size_t indent = this->indent(i);
        if (first.kind == LineKind::Numbered && L_[i].kind == LineKind::Text && indent >= 3 &&
            indent == skip_spaces(first.fold(), first.after_label) && skip_spaces(first.fold(), 0) + 2 < indent)
          return false;
      }
      // pdftotext -raw breaks a line after a raised footnote marker: a
      // paragraph's line that ends in its marker ("…干旱。²") and the piece
      // after it ("在受影响最严重的地") together as wide as a wrapped line are
      // one line of the page
      if (!p.node.footnote_refs.empty() && p.node.footnote_refs.back().offset == static_cast<int>(p.text.size()) &&
          L_[i].kind == LineKind::Text) {
        const int joined = measure(p.last_line) + measure(i);
        // (or short of it: the paragraph's last line, cut at its marker; in
        // a numbered paragraph, whose end a new number would show)
        if (joined <= wrap_width_ + 3 && (joined >= wrap_width_ - 9 || numbered))
          return false;
      }
      // The first text line of a paragraph whose number stood alone on the
      // line above ("5." / "刘洋先生(中国)说，…工作。"): pdftotext's default
      // mode gives a hanging paragraph so, its first line short by the indent
      const bool after_lone_label =
          numbered && p.node.lines.first > 0 &&
          static_cast<size_t>(p.node.lines.first) == p.last_line &&
          L_[p.last_line - 1].kind == LineKind::Numbered && trimmed_content(p.last_line - 1).empty();
      if (after_lone_label && measure(p.last_line) >= wrap_width_ - 14 && L_[i].kind == LineKind::Text) return false;
      // (a clause end only well short of the width: line-breaking rules and
      // ambiguous-width quotes leave wrapped lines a character or two short)
      // (a line that pdftotext -raw cut at a raised marker counts with the
      // piece before it: together they are the page's line)
      int last_measure = measure(p.last_line);
      if (p.last_line > 0 && p.node.lines.first > 0 && static_cast<size_t>(p.node.lines.first) <= p.last_line) {
        const U32View prev = trimmed_fold(p.last_line - 1);
        if (!prev.empty() && prev.back() >= U'0' && prev.back() <= U'9' && prev.size() > 1 &&
            !(prev[prev.size() - 2] >= U'0' && prev[prev.size() - 2] <= U'9') &&
            measure(p.last_line - 1) + last_measure <= wrap_width_ + 3)
          last_measure += measure(p.last_line - 1);
      }
      const bool last_full = (last_measure == measure(p.last_line) ? full(p.last_line)
                                                                   : wrapped_ && last_measure >= wrap_width_ - 5) ||
                             hanging_full(p) || room_for_next == -1;
      if ((full_stop && !last_full) || (clause && last_measure < wrap_width_ - 9)) return true;
      // -layout keeps a first-line indent: a line set in further than the
      // one above, after a clause end, opens a paragraph (not below a full
      // numbered line, whose text hangs set in under its number, a column
      // or three off where the text after the number starts: "16. …的支助，"
      // / "       帮助他们…")
      const size_t in_new = indent(i), in_old = indent(p.last_line);
      const bool hangs = L_[p.last_line].kind == LineKind::Numbered && last_full;
      if ((full_stop || clause) && in_new >= in_old + 2 && L_[i].kind == LineKind::Text && !hangs) return true;
      // so does a PDF page's first-line indent, read from where the line
      // starts (not after a hanging number's own line, whose next line is
      // set in to the text after the number)
      return (full_stop || clause) && L_[i].kind == LineKind::Text && L_[i].indent >= 1 &&
             L_[p.last_line].indent >= 0 && L_[i].indent >= L_[p.last_line].indent + 1 &&
             L_[p.last_line].kind != LineKind::Numbered;
    }
    case Shape::Blocks: {
      // a block is a paragraph: blank lines end it. But a PDF page's text
      // too short to measure a wrap (a one-page note: pdftotext sets no blank
      // line between paragraphs spaced a few points apart) says it in the
      // block: a line ending a sentence well short of a line of the same
      // paragraph that ran on mid-sentence has ended its paragraph (a wrap
      // fills a line before it goes on; a Latin word that did not fit leaves
      // a few columns at most)
      // (a line of the block, above the paragraph or below it, tells the
      // width as well: one-line paragraphs "…深表关切。" / "我们重申…保证。" over
      // a list that ran on, "阿尔及利亚、…哈萨克斯坦、" / "马来西亚、…乌拉圭。"; a
      // line cut after a list's 、 ran on too; and a clause's end, "…赞同本声
      // 明：", so short of the width ends a paragraph as a full stop does)
      if (!lines_.has_form_feeds || !(full_stop || clause) || L_[i].kind != LineKind::Text || p.node.lines.first < 1)
        return false;
      size_t from = static_cast<size_t>(p.node.lines.first - 1), to = i;
      while (from > 0 && from - 1 < L_.size() && !L_[from - 1].blank() && !L_[from - 1].page_start &&
             (L_[from - 1].kind == LineKind::Text || L_[from - 1].kind == LineKind::Numbered))
        --from;
      while (to + 1 < L_.size() && !L_[to + 1].blank() && !L_[to + 1].page_start &&
             (L_[to + 1].kind == LineKind::Text || L_[to + 1].kind == LineKind::Numbered))
        ++to;
      int ran_on = 0;
      for (size_t k = from; k < to && k < L_.size(); ++k) {
        if (k == p.last_line || (L_[k].kind != LineKind::Text && L_[k].kind != LineKind::Numbered)) continue;
        const U32View g = trimmed_fold(k);
        if (g.empty() || is_sentence_end(g.back()) || (is_clause_end(g.back()) && g.back() != U'、')) continue;
        ran_on = std::max(ran_on, measure(k));
      }
      return ran_on >= 30 && measure(p.last_line) + 10 <= ran_on;
    }
    case Shape::SentencePerLine:
      // a numbered paragraph takes the unlabelled sentences below it; any
      // other line stands alone (nothing says which sentences go together,
      // and a sentence cut short is safer split than two paragraphs glued)
      // (a paragraph labelled within its section, "29E.4 …", is numbered so)
      if (numbered) return false;
      // but a record's speech, opened by its speaker ("迪朗先生(法国)(以法语
      // 发言)：我感谢两位通报者。"), takes the sentences below it up to the next
      // speaker, the chair's set sentences, a decision or procedural line, a
      // heading or a bracketed note (all found above or here): the sentences
      // said after the label are the speaker's
      if (speech_goes_on(p, i)) return false;
      // and an article's text, unnumbered right below its label ("第二十三条
      // 退出" / "任何缔约方可…。" / "退出应自…生效。"), is one paragraph: an
      // instrument numbers an article's paragraphs where it has more than
      // one ("1. …" / "2. …"), so its unlabelled sentences go on together
      if (article_text_goes_on(p, i)) return false;
      return !(p.node.paragraph_kind == "unnumbered"sv && p.node.lines.first > 0 &&
               decimal_label(trimmed_fold(static_cast<size_t>(p.node.lines.first - 1))) && L_[i].kind == LineKind::Text &&
               !decimal_label(fi) && !heading_shape(i, kMaxSubheadChars));
    case Shape::ParagraphPerLine:
      break;
  }
  // Lines wider than any PDF line: each line is a paragraph, whatever it
  // ends with (a title, a date and place line, a [note])
  // (but a long line that stops mid-phrase, with a short line right below it
  // that ends the clause or sentence: the rest a wrap at a count of
  // characters left over, textwrap at 60 cutting "…第2573(2021)号" / "决议，")
  if (widest_ > kWidestWrappedLine) {
    const U32View above = trimmed_fold(p.last_line);
    // (the short line's last mark, a closing quote's stop before it: "…四十天。”")
    const char32_t fe = fi.size() >= 2 && (fi.back() == U'”' || fi.back() == U'’' || fi.back() == U'」' || fi.back() == U'』')
                            ? fold_char(fi[fi.size() - 2])
                            : (fi.empty() ? 0 : fold_char(fi.back()));
    const bool left_over = p.last_line + 1 == i && !full_stop && !clause && above.size() >= 40 && !fi.empty() &&
                           fi.size() * 2 <= above.size() && L_[i].kind == LineKind::Text &&
                           !is_cjk_closing(above.back()) && above.back() != U')' && above.back() != U']' &&
                           (is_clause_end(fe) || is_sentence_end(fe)) &&
                           !starts_sub_item(fi) && !is_preamble_start(fi) && !is_operative_start(fi);
    // (nor a line that leaves a bracket open, with the line right below it
    // closing it: a wrap at a count of characters moved a run too long for
    // the rest of the line, "…提交以下资料(不超过10" / "700字)，如有可能，…。",
    // where a paragraph a line closes what it opens)
    const bool bracket_rest = p.last_line + 1 == i && leaves_bracket_open(above) &&
                              (L_[i].kind == LineKind::Text || figure_cut(p.last_line, i)) && closes_first(fi);
    if (!left_over && !bracket_rest) return true;
  }
  // (a short extraction too small to measure a wrap width: a line as wide as
  // the widest runs on; unless most such lines end a sentence, paragraphs of
  // one length, where only a numbered paragraph takes the unlabelled line
  // below it)
  // (but a line ending a sentence wider than any line that ran on
  // mid-phrase stands alone: no wrap cut the lines that did narrower than it)
  // (nor, after a clause end, where most such lines end a sentence or a
  // clause: a short resolution's or instrument's clauses, each on its line)
  if (L_[p.last_line].width >= widest_ - 4 && (!widest_end_sentences_ || numbered) &&
      !(clause && widest_end_clauses_ && !numbered) &&
      !(full_stop && widest_cut_ > 0 && L_[p.last_line].width > widest_cut_ + 2))
    return false;
  // (a heading's words alone on a short line, 摘要 / 背景, take no text line
  // below them: no wrap leaves a line that short and goes on; but pdftotext
  // -raw cuts a line after a raised footnote marker, "重申《…议程》¹" / "中的承诺，…")
  if (p.node.paragraph_kind == "unnumbered"sv && p.node.footnote_refs.empty() &&
      static_cast<size_t>(p.node.lines.first) == p.last_line + 1 && L_[i].kind == LineKind::Text &&
      L_[p.last_line].width * 2 <= widest_ && heading_shape(p.last_line, kMaxSubheadChars))
    return true;
  return full_stop || clause;
}

bool Parser::overlaps(const ParaBuilder& p, size_t i) const {
  // the characters before the final stop come again at the start of line i
  const U32View t(p.text);
  U32View f = trimmed_fold(i);
  if (t.size() < 2 || f.empty()) return false;
  const U32View before = t.substr(0, t.size() - 1);
  for (size_t n = 1; n <= 3 && n <= before.size() && n < f.size(); ++n)
    if (fold(before.substr(before.size() - n)) == f.substr(0, n) && fold_char(f[n]) == fold_char(t.back())) return true;
  return false;
}

// A corrigendum's item gives the new text in quotes below its lead-in,
// "1. 第 12 段，第二句" / "该句应改为：" / "“…”" (or "将…改为：", "…应为：",
// "…应读作："): the item's text, as the lead-in's own words are, not a
// paragraph after it.
bool Parser::new_text_quoted(const ParaBuilder& p, size_t i) const {
  if (p.node.paragraph_kind != "numbered"sv || L_[i].kind != LineKind::Text) return false;
  const U32View fi = trimmed_fold(i);
  if (fi.empty() || !(fi.front() == U'“' || fi.front() == U'"')) return false;
  const U32View t = trim_view(U32View(p.text));
  for (U32View w : {U"改为："sv, U"改为:"sv, U"应为："sv, U"应为:"sv, U"读作："sv, U"读作:"sv})
    if (t.ends_with(w)) return true;
  return false;
}

bool Parser::clause_break(const ParaBuilder& p, size_t i) const {
  if (shape_ == Shape::Wrapped || shape_ == Shape::Blocks || p.text.empty()) return false;
  if (new_text_quoted(p, i)) return false;
  // pages and narrow lines: PDF text too short to measure its wrap width
  if (lines_.has_form_feeds && widest_ <= kWidestWrappedLine) return false;
  if (starts_sub_item(trimmed_fold(i)) || L_[i].page_start || crossed_furniture(p.last_line, i)) return false;
  char32_t last = fold_char(p.text.back());
  if ((last == U',' || last == U';') && goes_on_with_bing(trimmed_fold(i))) return false;  // (as ended_before)
  // (a numbered paragraph ends no clause at a comma: its sentence goes on
  // below, a wrap the width did not tell, "3. 与会者强调，…是一项历史性成就，" /
  // "现在必须将其转化为具体行动。"; the preamble's clauses that end so are unnumbered)
  if (last == U',' && p.node.paragraph_kind == "numbered"sv && L_[i].kind == LineKind::Text && p.last_line + 1 == i)
    return false;
  return last == U',' || last == U';' || last == U':';
}

bool Parser::starts_clause(const ParaBuilder& p, size_t i) const {
  if (!p.open || p.text.empty() || p.node.paragraph_kind == "numbered"sv) return false;
  const char32_t last = fold_char(p.text.back());
  if (is_preamble_start(trimmed_fold(i)) && is_clause_end(last)) return true;
  // an unnumbered operative clause ends in "；" and the next opens with its
  // verb (又请秘书长…, 邀请会员国…), wherever the wrap fell; so does the first,
  // after the preamble's last clause ("…措施，" / "建议大会通过下列决议草案：")
  // (there, a verb that opens nothing else, or a whole clause on its line:
  // after a comma, 建议 or 决定 may as well be a noun going on with the clause)
  const U32View g = trimmed_fold(i);
  if (!is_operative_start(g)) return false;
  // (after "；" only where the paragraph is itself an operative clause,
  // "邀请会员国…；": in a speech or a letter, "…；" / "促进可持续发展…" goes on)
  if (last == U';' || last == U'；')
    return is_operative_start(ShortFold<8>(p.text).view());
  return (last == U',' || last == U'，') && p.node.paragraph_kind == "preambular"sv && !g.empty() &&
         (is_operative_start(g, true) || g.back() == U':' || g.back() == U';' || g.back() == U'。');
}

bool Parser::ends_sentence(const ParaBuilder& p) {
  return !p.text.empty() && is_sentence_end(fold_char(p.text.back()));
}

void Parser::start_paragraph(ParaBuilder& p, size_t i, std::optional<long> number) {
  // (a builder not open is new already: made so, or renewed by flush(), and
  // never touched while closed; only an open one is renewed here)
  if (p.open) renew(p);
  p.open = true;
  p.node.kind = NodeKind::Paragraph;
  p.node.paragraph_number = number;
  p.node.paragraph_kind = number ? "numbered" : (is_preamble_start(trimmed_fold(i)) ? "preambular" : "unnumbered");
  // (an organ's name alone over its recommendation, "经济及社会理事会" /
  // "建议大会通过下列决议草案：": the enacting formula with no comma)
  if (!number && trimmed_fold(i).size() <= 16) {
    const size_t j = next_free(i + 1, L_.size());
    if (j < L_.size() && L_[j].kind == LineKind::Text && formula_without_comma(trimmed_fold(i), trimmed_fold(j)))
      p.node.paragraph_kind = "formula";
  }
  std::vector<FootnoteRef> refs;
  // a numbered paragraph starts after its label; any other keeps the whole line
  piece_into(p.text, i, number ? L_[i].body : 0, &refs);
  p.node.footnote_refs = refs;
  // (a numbered line's label as written, its dot too: "23.", "５．"; a
  // section's paragraph label, "29E.4", is set by parse_nodes)
  if (number && L_[i].kind == LineKind::Numbered)
    p.node.label = to_utf8(trim_view(L_[i].text.substr(L_[i].label_at, L_[i].after_label - L_[i].label_at)));
  p.node.lines.extend(L_[i].number);
  p.last_line = i;
  used_[i] = 1;
}

void Parser::append(ParaBuilder& p, size_t i, size_t from, bool fragment) {
  std::vector<FootnoteRef> refs;
  piece_into(piece_buffer_, i, from, &refs);
  const U32& more = piece_buffer_;
  if (fragment) {
    p.node.breaks.push_back(static_cast<int>(p.text.size()));
    p.node.break_lines.push_back(L_[i].number);
    ++p.node.fragments;
  }
  join_text(p.text, more);
  size_t base = p.text.size() - more.size();
  for (auto& r : refs) p.node.footnote_refs.push_back({r.id, static_cast<int>(base) + r.offset});
  p.node.lines.extend(L_[i].number);
  p.last_line = i;
  used_[i] = 1;
}

void Parser::flush(ParaBuilder& p, std::vector<Node>& out, const char* in) {
  if (!p.open) return;
  // A paragraph opening with a preamble's words that ends a sentence is no
  // preambular clause (which ends in a comma, or "；"): a letter's or a
  // report's "鉴于上述情况，我们呼吁…。" is text.
  if (p.node.paragraph_kind == "preambular"sv && !p.text.empty() &&
      [](char32_t c) { return c == U'。' || c == U'.' || c == U'!' || c == U'?' || c == U'！' || c == U'？'; }(
          fold_char(p.text.back())))
    p.node.paragraph_kind = "unnumbered";
  // Opening words (注意到, 欢迎…) make a clause preambular only before the
  // operative part: after an operative paragraph ("…；", or numbered) of the
  // same formula, a clause so opening is operative too.
  // (back over 1,000 paragraphs at most: a run of thousands of clauses,
  // each looking back over all the clauses above it, took time quadratic
  // in its length; a resolution's preamble is some tens of clauses)
  if (p.node.paragraph_kind == "preambular"sv) {
    size_t seen = 0;
    for (auto it = out.rbegin(); it != out.rend() && seen < 1000; ++it, ++seen) {
      if (it->kind != NodeKind::Paragraph || it->paragraph_kind == "formula"sv) break;
      const bool operative = it->paragraph_kind == "numbered"sv ||
                             (it->paragraph_kind == "unnumbered"sv && !it->text.empty() &&
                              (it->text.back() == ';' || (it->text.size() >= 3 && it->text.compare(it->text.size() - 3, 3, "；") == 0)));
      if (operative) {
        p.node.paragraph_kind = "unnumbered";
        break;
      }
    }
  }
  // 大会，/ 经济及社会理事会，: the enacting formula; the unnumbered clauses
  // after it that end in a comma are its preamble, whatever their first words
  // (the text's UTF-8 first, then its code points folded where they stand:
  // no folded copy beside it, a paragraph being as long as a document's line)
  p.node.text = to_utf8(p.text);
  if (p.node.paragraph_kind == "unnumbered"sv && !p.text.empty()) {
    U32& f = p.text;
    for (char32_t& c : f) c = fold_char(c);
    // (a draft quoted in a report, each of its paragraphs opening with a quote,
    // the last closing it: “大会，/ “回顾…，/ “1.<TAB>请…。”: read inside the
    // quotes; the text keeps them, and an operative paragraph its number)
    U32View q = trim_view(f);
    const bool quoted = q.size() > 2 && (q.front() == U'“' || q.front() == U'"');
    if (quoted) {
      q.remove_prefix(1);
      if (q.back() == U'”' || q.back() == U'"') q.remove_suffix(1);
      q = trim_view(q);
      size_t d = 0;
      while (d < q.size() && q[d] >= U'0' && q[d] <= U'9') ++d;
      auto quoted_text = [](const std::string& t) { return t.starts_with("“") || t.starts_with("\""); };
      if (d > 0 && d <= 3 && d + 1 < q.size() && q[d] == U'.' && is_space(q[d + 1]) && !out.empty() &&
          out.back().kind == NodeKind::Paragraph &&
          (out.back().paragraph_kind == "preambular"sv || out.back().paragraph_kind == "formula"sv ||
           (out.back().paragraph_kind == "numbered"sv && quoted_text(out.back().text))) &&
          quoted_text(out.back().text)) {
        p.node.paragraph_kind = "numbered";
        p.node.paragraph_number = std::stol(to_utf8(q.substr(0, d)));
        // (its label, as every numbered paragraph has one: "1." inside the
        // quote, which the text keeps with it; the folded form, the digits
        // of a quoted draft being ASCII as a rule)
        p.node.label = to_utf8(q.substr(0, d + 1));
      }
    }
    if (p.node.paragraph_kind != "unnumbered"sv) {
    } else if (quoted && (is_enacting_formula(q) || q == U"执行局,"sv)) {
      p.node.paragraph_kind = "formula";
    } else if (quoted && (q.back() == U',' || q.back() == U'，') && !out.empty() &&
               out.back().kind == NodeKind::Paragraph &&
               (out.back().paragraph_kind == "formula"sv || out.back().paragraph_kind == "preambular"sv)) {
      p.node.paragraph_kind = "preambular";
    }
    const char32_t last = f.back();
    if (p.node.paragraph_kind != "unnumbered"sv) {
    } else if (is_enacting_formula(trim_view(f)) || trim_view(f) == U"执行局"sv || trim_view(f) == U"执行局,"sv) {
      p.node.paragraph_kind = "formula";
    } else if (const U32View g = trim_view(f); g.size() >= 3 && g.size() <= 60 && colon_formula(g)) {
      // (an organ's decision lettered in clauses: "经济及社会理事会：" alone)
      p.node.paragraph_kind = "formula";
    } else if (is_operative_formula(trim_view(f)) && !out.empty() && out.back().kind == NodeKind::Paragraph &&
               (out.back().paragraph_kind == "formula"sv || out.back().paragraph_kind == "preambular"sv)) {
      // (a declaration's or an instrument's operative formula alone below its
      // preamble, "兹宣布：" / "兹协议如下：" / "特此宣布：": the formula its
      // operative paragraphs follow, as "我们，各国元首和政府首脑，" opened its preamble)
      p.node.paragraph_kind = "formula";
    } else if ((last == U',' || last == U'，') && !out.empty() && out.back().kind == NodeKind::Paragraph &&
               (out.back().paragraph_kind == "formula"sv || out.back().paragraph_kind == "preambular"sv ||
                (out.back().paragraph_kind == "heading"sv && out.back().text == "序言"))) {
      p.node.paragraph_kind = "preambular";
    }
  }
  // a footnote's marker alone on its line below a paragraph ("…。" / "²"):
  // the paragraph's, at its end, not a paragraph with no text
  if (p.node.text.empty() && !p.node.footnote_refs.empty() && !out.empty() && out.back().kind == NodeKind::Paragraph &&
      !out.back().text.empty()) {
    Node& prev = out.back();
    const int end = static_cast<int>(from_utf8(prev.text).size());
    for (FootnoteRef r : p.node.footnote_refs.vec()) {
      r.offset = end;
      prev.footnote_refs.push_back(r);
    }
    prev.lines.extend(p.node.lines);
    renew(p);
    return;
  }
  // (nor with none above it, below a title: linked where it stands, not an
  // empty paragraph; the body's close_para keeps the line in its section's range)
  if (p.node.text.empty() && !p.node.footnote_refs.empty() && p.node.kind == NodeKind::Paragraph) {
    for (const FootnoteRef& r : p.node.footnote_refs.vec()) loose_refs_.push_back({r.id, p.node.lines.first, in});
    renew(p);
    return;
  }
  out.push_back(std::move(p.node));
  renew(p);
}

// Text wrapped at a count of characters (Python's textwrap): 1 where line
// `last` had room for the first word of line `next` (so it ended its
// paragraph), -1 where it stopped short of the width before a word of Latin
// letters or digits that would not have fit, else 0
int Parser::room_for_next_word(size_t last, size_t next) const {
  if (!count_mode_ || lines_.has_form_feeds || L_[next].kind != LineKind::Text) return 0;
  const int width = wrap_width_ / 2, have = measure(last) / 2;
  const U32View words = trimmed_line(next);
  size_t word = 0;
  while (word < words.size() && !is_space(words[word])) ++word;
  // (a run to the line's end that fills it goes on below: longer than a line, it would have been cut)
  const bool runs_past = word == words.size() && measure(next) >= wrap_width_ - 3;
  // (a run too long for a line is cut after a hyphen where one falls: "回顾《2015-" / "2030年…")
  const U32View end = trimmed_line(last);
  if (!end.empty() && end.back() == U'-') return 0;
  if (have < width && !words.empty() && !runs_past) {
    if (have + 1 + static_cast<int>(word) <= width) return 1;
    // (nor a wide character, Han or a full-width mark, on each side of the
    // break: Chinese text sets no space between them, so the line's last run
    // and the next's first were one, and the wrap would have set it whole on
    // this line, where it had room for it, or cut it at the width;
    // "6. …选出下列主席团成员：" / "主席：" at 40)
    if (have + static_cast<int>(word) <= width) {
      const U32View a = trim_view(L_[last].text), b = trim_view(L_[next].text);
      auto wide = [](char32_t c) { return display_width(U32View(&c, 1)) == 2; };
      if (!a.empty() && !b.empty() && wide(a.back()) && wide(b.front())) return 1;
    }
    if (is_ascii_alnum(words.front()) && word < words.size()) return -1;
  } else if (have < width - 2 && runs_past) {
    return 1;
  }
  return 0;
}

bool Parser::separated(size_t a, size_t b) const {
  if (L_[b].page_start) return true;
  for (size_t k = a + 1; k < b; ++k)
    if (L_[k].blank() || used_[k]) {
      // (one blank line after a full line cut inside a word, Han before the
      // cut and Han after it, does not part them: a PDF reader that sets each
      // line of justified text as a block of its own, MuPDF, puts one there)
      return !(b == a + 2 && L_[k].blank() && !used_[k] && cut_mid_word(a, b));
    }
  return false;
}

// Wrapped text without form feeds, its width measured: a line that stopped
// well short of the width, then one blank line, then text, has ended its
// paragraph, whatever it ended with (a page's last line inside a paragraph
// runs to the width, so the blank line is no page break): a charter's
// preamble, "…同兹决心，" / "" / "欲使今世…之苦，"
bool Parser::short_line_then_blank(size_t last, size_t i) const {
  return shape_ == Shape::Wrapped && !lines_.has_form_feeds && wrapped_ && last + 2 == i && L_[last + 1].blank() &&
         !used_[last + 1] && L_[i].kind == LineKind::Text && measure(last) < wrap_width_ - 9;
}

bool Parser::cut_mid_word(size_t a, size_t b) const {
  if (shape_ != Shape::Wrapped || L_[b].kind != LineKind::Text) return false;
  const U32View x = trimmed_line(a), y = trimmed_line(b);
  // (a justified line of Han alone may stand a character or two short of
  // the width the wrap was measured at, which lines holding digits and Latin
  // letters, narrower than two columns, widen: "…同时也可能" / "使现有的…")
  if (!full(a) && !(wrapped_ && L_[a].right_gap < 0 && !x.empty() && is_han(x.back()) &&
                    measure(a) >= wrap_width_ - 9))
    return false;
  // (not before a line that opens a clause of its own, "注意到…", "兹宣布：":
  // pdftotext's default mode may have set the cut line's end elsewhere)
  // (or after a comma, an enumeration comma or a closing mark, before Han,
  // a digit or an opening mark: "…一切权利和自由，" / "不论年龄…"; a clause's
  // end in a resolution is told by the verb the next clause opens with)
  const bool cut_after = !x.empty() && (is_han(x.back()) || U32View(U",、》”)"sv).find(x.back()) != U32View::npos);
  const bool cut_before = !y.empty() && (is_han(y.front()) || (y.front() >= U'0' && y.front() <= U'9') ||
                                         y.front() == U'《' || y.front() == U'“');
  return cut_after && cut_before && !is_preamble_start(y) && !is_operative_start(y) && !is_operative_formula(y) &&
         !is_enacting_formula(y);
}

U32 Parser::heading_title(size_t i, size_t end, LineRange* r, std::vector<FootnoteRef>* refs) {
  U32 t = piece(i, L_[i].body, refs);
  used_[i] = 1;
  r->extend(L_[i].number);
  size_t cur = i;
  // (a title that leaves a bracket open goes on below, full line or not)
  // (or, no wrap measured, a heading's line as wide as the text's widest,
  // cut mid-phrase, over a piece of a few characters: "A. 依照…促进持续经济
  // 增长和可持续" / "发展", as the front matter's title goes on so)
  auto widest_goes_on = [&](size_t at) {
    if (wrapped_ || widest_end_sentences_ || L_[at].width < widest_ - 4 || t.empty()) return false;
    const size_t j = adjacent_next(at, end);
    if (j == std::string::npos || L_[j].kind != LineKind::Text) return false;
    const U32View g = trimmed_fold(j), above = trimmed_fold(at);
    return g.size() <= 3 && L_[j].width * 4 <= L_[at].width && heading_shape(j, 3) && !above.empty() &&
           !is_sentence_end(above.back()) && !is_clause_end(above.back()) && !is_cjk_closing(above.back()) &&
           above.back() != U')';
  };
  for (int n = 0; n < 3 && (full(cur) || leaves_bracket_open(t) || (n == 0 && widest_goes_on(cur)) ||
                            (adjacent_next(cur, end) != std::string::npos &&
                             bold_title_goes_on(cur, adjacent_next(cur, end))));
       ++n) {
    size_t j = adjacent_next(cur, end);
    if (j == std::string::npos || (L_[j].kind != LineKind::Text && !figure_cut(cur, j))) break;
    U32View g = trimmed_fold(j);
    if (contains(g, U'。')) break;
    // (nor an enacting formula below a resolution's title, "经济及社会理事会，",
    // nor a decision's text opening with its meeting, "在2023年6月6日第12次全体
    // 会议上，…"; nor a line whose first word had room on the heading's line:
    // a wrap at a count of characters would have set it there)
    if (is_enacting_formula(g) || opens_with_meeting(g) || room_for_next_word(cur, j) == 1) break;
    // (nor a resolution's or decision's own heading, its number first, "78/1. 标题"
    // below a compilation's chapter, "一. 未交付主要委员会而通过的决议")
    if (resolution_title_at(g)) break;
    // (nor an executive board's formula alone, "执行局", below a decision's
    // title that ran to the width: its text opens there)
    if (g == U"执行局"sv || g == U"执行局,"sv) break;
    // (nor a line set in, where only a paragraph's first line is: it opens the text)
    if (indent_first_only_ && ideographic_indent(j) && !ideographic_indent(cur)) break;
    join_text(t, piece(j, L_[j].body, refs));
    used_[j] = 1;
    r->extend(L_[j].number);
    cur = j;
  }
  return t;
}

bool Parser::bold_title_goes_on(size_t cur, size_t j) const {
  if (cur >= L_.size() || j >= L_.size() || j != cur + 1) return false;
  const Line &a = L_[cur], &b = L_[j];
  if (a.bold != 1 || b.bold != 1 || b.kind != LineKind::Text || b.page_start || b.space_above == 1 ||
      a.large != b.large || a.foot == 1 || b.foot == 1 || a.band == 1 || b.band == 1 || std::abs(a.indent - b.indent) > 1)
    return false;
  const U32View f = trimmed_fold(cur), g = trimmed_fold(j);
  if (f.size() < 12 || g.empty() || contains(f, U'。') || contains(g, U'。') || a.width < b.width) return false;
  const char32_t last = f.back();
  if (is_sentence_end(last) || is_clause_end(last) || last == U'，' || last == U',' || last == U':' || last == U'：' ||
      last == U'、' || last == U';' || last == U'；')
    return false;
  // (nor a numbered line below: a heading or paragraph of its own)
  return b.kind == LineKind::Text && f.size() + g.size() <= kMaxHeadingChars;
}

size_t Parser::bold_title_end(size_t i, size_t end) const {
  size_t cur = i;
  for (int n = 0; n < 3 && cur + 1 < end && bold_title_goes_on(cur, cur + 1); ++n) ++cur;
  return cur;
}

bool Parser::heading_shape(size_t i, size_t max_chars) const {
  U32View c = trimmed_fold(i);
  if (c.empty() || c.size() > max_chars) return false;
  // (a marker alone, "²" or "*", the end of a line a wrap cut: no heading)
  if (std::all_of(c.begin(), c.end(), [](char32_t x) { return is_superscript_digit(x) || x == U'*'; })) return false;
  // (nor a plain number read as a marker, all the line holds: "3" carried
  // over to the next page's top, the paragraph above it ending there)
  {
    size_t marked = 0;
    for (const Marker& m : markers_[i]) marked += m.len;
    if (marked > 0 && marked >= trim_view(L_[i].text).size()) return false;
  }
  // (nor closing marks alone, "]" or "”。", what a cut left of a sentence above)
  if (only_closing_marks(c)) return false;
  if (contains(c, U'。')) return false;
  // (nor an annex's note of its original language, "[原件：西班牙文]")
  if (c.front() == U'[' && original_language_note(c)) return false;
  // (a table's note, "资料来源：…" / "注：…", is no heading)
  for (U32View note : {U32View(U"资料来源:"sv), U32View(U"来源:"sv), U32View(U"注:"sv), U32View(U"注释:"sv)})
    if (starts_with(c, note)) return false;
  char32_t last = c.back();
  return !(is_sentence_end(last) || last == U'，' || last == U',' || last == U'：' || last == U':' ||
           last == U'、');
}

bool Parser::running_title(size_t i) const {
  const auto& title = doc_.front_matter.title;
  if (!lines_.has_form_feeds || L_[i].page == 0 || !title || L_[i].kind != LineKind::Text) return false;
  // (at its page's top: nothing above it on the page but the header's
  // symbol, the foot's job or page number, blank lines; the symbol there)
  bool symbol = false;
  for (size_t k = i; k-- > 0 && L_[k].page == L_[i].page;) {
    if (L_[k].blank()) continue;
    if (L_[k].kind == LineKind::Symbol) {
      symbol = true;
      continue;
    }
    if (L_[k].kind != LineKind::JobNumber && L_[k].kind != LineKind::PageOf && L_[k].kind != LineKind::BareNumber)
      return false;
  }
  if (!symbol) return false;
  const U32 t = without_spaces(fold(from_utf8(*title))), f = without_spaces(trimmed_fold(i));
  // (the whole title, or the running header's shortened form of a long one:
  // its opening words, at least ten characters)
  return !f.empty() && (f == t || (f.size() >= 10 && f.size() < t.size() && U32View(t).starts_with(U32View(f)) &&
                                   !contains(f, U'。')));
}

bool Parser::wrapped_list_item(size_t i, size_t end, long value, long last) const {
  if (!full(i) || adjacent_next(i, end) == std::string::npos) return false;
  if (value != last + 1) return true;
  // (numbered in turn, but the text the wrap carries on ends a sentence or
  // a clause: an item of a list set as paragraphs, "一、乌克兰高度重视…，以减轻" /
  // "…后果。", not a heading wrapped; a heading has no stop)
  for (size_t k = adjacent_next(i, end), n = 0; k != std::string::npos && k < end && n < 4; k = adjacent_next(k, end), ++n) {
    if (L_[k].kind != LineKind::Text) break;
    const U32View g = trimmed_fold(k);
    if (contains(g, U'。') || contains(g, U';') || contains(g, U'；')) return true;
    if (!full(k)) break;
  }
  return false;
}

bool Parser::numbered_paragraph_shape(size_t i, size_t end) const {
  // (a full line whose text goes on below, or over the page break: "29. …并通" /
  // furniture / "报…日期。")
  // (not where only a paragraph's first line is set in and the line below is
  // set in: that line opens a paragraph, and the numbered line stands whole,
  // "7. 安排会议、…：总务委员会的报告" / "　　根据议事规则第40条，…")
  if (const size_t j = adjacent_next(i, end);
      heading_shape(i, kMaxSubsectionChars) && indent_first_only_ && !ideographic_indent(i) && j != std::string::npos &&
      ideographic_indent(j))
    return false;
  if (!heading_shape(i, kMaxSubsectionChars)) return true;
  // (a title too long for a line goes on below it, and stops short of the
  // measure with no stop, as a paragraph never does: "7. 安排会议、通过议程和
  // 分配项目：总务委员会" / "的报告", then the item's text)
  if (const size_t j = adjacent_next(i, end); full(i) && j != std::string::npos && L_[j].kind == LineKind::Text &&
                                              !full(j) && !cut_before_run(j) && heading_shape(j, kMaxSubsectionChars) &&
                                              trimmed_fold(i).size() + trimmed_fold(j).size() <= kMaxSubsectionChars &&
                                              !leaves_bracket_open(trimmed_fold(j)))
    return false;
  return (full(i) && (adjacent_next(i, end) != std::string::npos || (lines_.has_form_feeds && runs_on_next_page(i)))) ||
         cut_before_run(i);
}

bool Parser::title_over_text(size_t i, size_t end) const {
  // (a corrigendum's item names the place it corrects, "2. 第 18 段", over
  // what to do there: the item's text, not a title's)
  if (L_[i].kind != LineKind::Numbered || numbered_paragraph_shape(i, end) || corrigendum_place(i)) return false;
  // (the title's last line, where it goes on below, "…总务委员会" / "的报告")
  size_t t = i;
  if (const size_t a = adjacent_next(i, end); a != std::string::npos) {
    if (L_[a].kind != LineKind::Text || full(a) || !heading_shape(a, kMaxSubsectionChars) ||
        adjacent_next(a, end) != std::string::npos)
      return false;
    t = a;
  }
  size_t j = next_free(t + 1, end);
  if (j >= end || L_[j].kind != LineKind::Text) return false;
  // (the paragraph's last line, where a wrap cut it into several)
  for (size_t n = 0, k = adjacent_next(j, end); n < 64 && k != std::string::npos && L_[k].kind == LineKind::Text;
       ++n, k = adjacent_next(k, end))
    j = k;
  const U32View g = trimmed_fold(j);
  return !g.empty() && g.back() == U'。';
}

bool Parser::titles_over_text(size_t i, size_t end) const {
  if (!title_over_text(i, end)) return false;
  // (the next number's line too, or the one before, where this is the last)
  for (size_t k = i + 1; k < end; ++k)
    if (!used_[k] && L_[k].kind == LineKind::Numbered) return L_[k].value == L_[i].value + 1 && title_over_text(k, end);
  for (size_t k = i; k-- > 0;)
    if (!L_[k].blank() && L_[k].kind == LineKind::Numbered) return L_[k].value + 1 == L_[i].value && title_over_text(k, end);
  return false;
}

bool Parser::cut_before_run(size_t i) const {
  const size_t j = i + 1;
  if (!wrapped_ || j >= L_.size() || used_[j] || L_[j].kind != LineKind::Text || L_[j].page_start) return false;
  const U32View g = trimmed_line(j);
  size_t run = 0, latin = 0;
  while (run < g.size() && g[run] < 0x2000 && !is_space(g[run])) latin += is_ascii_alnum(g[run++]);
  if (latin < 3) return false;
  // (the marks no line opens with go with the run: "…7)" and its "；")
  while (run < g.size() && U32View(U"，。、；：）》”’,.;:)"sv).find(g[run]) != U32View::npos) ++run;
  const int wide = count_mode_ ? 2 * static_cast<int>(run) : display_width(g.substr(0, run));
  const int room = L_[i].right_gap >= 0 ? 2 * L_[i].right_gap : wrap_width_ - measure(i);
  return wide > room;
}

long Parser::next_numbered_value(size_t i, size_t end) const {
  for (size_t k = i + 1; k < end; ++k)
    if (!used_[k] && L_[k].kind == LineKind::Numbered) return L_[k].value;
  return -1;
}

bool Parser::annex_follows(size_t i) const {
  // 附件 alone on a line, followed by a title or content (not the end).
  return next_free(i + 1, L_.size()) < L_.size();
}

// A vector of nodes grown by doubling, shrunk to its size when it is small:
// a small one's room left over lies among the heap's used memory (on
// average a quarter of it, for every section of a long document), a large
// one's beyond its last node is never touched, and shrinking it would copy
// it whole.
static void shrink_small(std::vector<Node>& v) {
  if (v.capacity() > v.size() && v.capacity() * sizeof(Node) < (std::size_t{128} << 10)) v.shrink_to_fit();
}

std::vector<Node> Parser::parse_nodes(size_t begin, size_t end) {
  std::vector<Node> out;
  std::vector<Node> stack;  // open sections, outermost first
  ParaBuilder para;
  long expected = 1;        // next paragraph number
  // the next number of the text's own paragraphs, outside the drafts it
  // recommends (a draft decision's agenda, 1. … 6., numbered afresh within it)
  long outer_expected = 1;
  long last_chapter = 0, last_section = 0;
  bool board_items = false;  // below an executive board's "执行局": its lettered clauses

  auto sink = [&]() -> std::vector<Node>& { return stack.empty() ? out : stack.back().children.mut(); };
  auto close_para = [&] {
    // a footnote's marker alone on its line right below a heading or a table,
    // no paragraph above it to take it: flush links it where it stands (in
    // the heading right below one) and makes no paragraph of it; its line
    // stays in the section's range
    std::vector<Node>& to = sink();
    if (para.open && para.text.empty() && !para.node.footnote_refs.empty() && !stack.empty() &&
        !(!to.empty() && to.back().kind == NodeKind::Paragraph && !to.back().text.empty()))
      stack.back().lines.extend(para.node.lines);
    flush(para, to, to.empty() && !stack.empty() ? "heading" : in_annex_ ? "annex" : "body");
  };
  auto close_to = [&](int level) {  // close sections at >= level
    close_para();
    while (!stack.empty() && stack.back().level >= level) {
      Node n = std::move(stack.back());
      stack.pop_back();
      if (!n.children.empty()) shrink_small(n.children.mut());
      sink().push_back(std::move(n));
    }
  };
  auto close_subheads = [&] {  // the unnumbered subheads open at the stack's top
    while (!stack.empty() && stack.back().section_kind == "subhead"sv) close_to(stack.back().level);
  };
  // a compiled decision's level: beside the decision before it (第…号决定, and
  // with `numbered_titles` a "2023/201." heading too), under the heading above both
  auto a_decision = [](const Node& n, bool numbered_titles) {
    return (n.number && (n.number->ends_with("号决定") || n.number->ends_with("号决议"))) ||
           (numbered_titles && n.label.ends_with(".") && n.number && n.number->find('/') != std::string::npos);
  };
  auto decision_level = [&](bool numbered_titles) {
    // (beside the first decision open, though its own chapters stand open
    // above it: a Conference of the Parties' 第1/CP.28号决定 has its 一. and 二.)
    for (const Node& n : stack)
      if (a_decision(n, numbered_titles)) return n.level;
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (it->section_kind != "subhead"sv && !a_decision(*it, numbered_titles)) return it->level + 1;
    return 1;
  };
  // a chapter's or a lettered section's level inside a compiled decision
  // (第1/CP.28号决定 / 一. 观测网络): below the decision, which the next
  // decision closes, not a chapter of the whole compilation; else `level`.
  // Inside it where its numbers start afresh (一., A.) or one of its own is
  // open: the compilation's next group, "B. 其他决定" after the decisions
  // under "A. 选举和任命", stands beside the group above.
  auto inside_decision = [&](int level, bool chapter, long value) {
    for (const Node& n : stack)
      if (a_decision(n, true) && n.section_kind == "subsection"sv) {
        int own_chapter = 0;
        bool own = false;
        for (const Node& m : stack) {
          if (m.level <= n.level) continue;
          if (m.section_kind == "chapter"sv) own_chapter = m.level, own = true;
          if (!chapter && m.section_kind == "section"sv) own = true;
        }
        if (value != 1 && !own) return level;
        return chapter || own_chapter == 0 ? n.level + 1 : own_chapter + 1;
      }
    return level;
  };
  auto open_section = [&](int level, const char* kind, std::optional<std::string> number, size_t i) {
    close_to(level);
    Node n;
    n.kind = NodeKind::Section;
    n.level = level;
    n.section_kind = kind;
    n.number = std::move(number);
    std::vector<FootnoteRef> refs;
    n.label = to_utf8(trim_view(U32View(L_[i].text).substr(0, L_[i].body)));
    U32 title = heading_title(i, end, &n.lines, &refs);
    n.title = to_utf8(title);
    for (auto& r : refs) loose_refs_.push_back({r.id, L_[i].number});
    stack.push_back(std::move(n));
  };
  // A heading whose title stands on the line below ("第三章" / "机关",
  // "议程项目 15" / "文化和平", "A" / a part's title): take that line.
  auto title_below = [&](size_t i) -> size_t {
    size_t j = next_free(i + 1, end);
    if (j >= end || L_[j].kind != LineKind::Text || !heading_shape(j, kMaxHeadingChars)) return std::string::npos;
    // (not a paragraph's first line, full and running on with a comma: a
    // list of issues' "第一部分" over its text, "请缔约国在…提交以下资料(不超过10 700字)，如")
    if (full(j) && (contains(trimmed_fold(j), U'，') || contains(trimmed_fold(j), U',')) && adjacent_next(j, end) < end)
      return std::string::npos;
    // (nor one a wrap cut before its comma: the line runs on, at the width,
    // a bracket left open or before a run of digits too long for it, and
    // the text it runs on into ends a sentence before the run stops; a
    // title has no stop, "第一部分" / "请缔约国在…提交以下资料(不超过10" /
    // "700字)，如有可能，…。", as a wrapped list item's text is told; the
    // figure's rest the lexer took for a plain footnote's label)
    for (size_t cur = j, k = adjacent_next(j, end), n = 0;
         k != std::string::npos && k < end && n < 4 && (L_[k].kind == LineKind::Text || figure_cut(cur, k)) &&
         (full(cur) || leaves_bracket_open(trimmed_fold(cur)) || room_for_next_word(cur, k) == -1);
         cur = k, k = adjacent_next(k, end), ++n)
      if (contains(trimmed_fold(k), U'。')) return std::string::npos;
    // (a label left alone at a page's foot, "第二条" / the job number / the
    // next page's "目标": its title is the next page's first line, a short
    // one; only furniture and blank lines lie between, or next_free would
    // have stopped there)
    if (separated_page(i, j) && !heading_shape(j, 20)) return std::string::npos;
    return j;
  };
  auto take_title = [&](size_t j) {
    Node& n = stack.back();
    std::vector<FootnoteRef> refs;
    U32 t = heading_title(j, end, &n.lines, &refs);
    for (auto& r : refs) loose_refs_.push_back({r.id, L_[j].number});
    n.title = to_utf8(t);
  };
  auto has_part = [&] {
    return std::any_of(stack.begin(), stack.end(), [](const Node& n) { return n.section_kind == "part"sv; });
  };
  // the level of the open chapter numbered in words (第二章), or 0
  auto worded_chapter_level = [&]() {
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (it->section_kind == "chapter"sv) {
        const U32 label = from_utf8(it->label);
        return !label.empty() && label.front() == U'第' && label.back() == U'章' ? it->level : 0;
      }
    return 0;
  };
  auto parent_level = [&]() {
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      // (nor a draft's part, 一 / 二 under its head: the next draft's head
      // stands beside that draft's, not in its part)
      if (it->section_kind != "subhead"sv && !(it->section_kind == "part"sv && it->level > 1)) return it->level;
    return 0;
  };
  // a heading that is line i as it stands, its title the line's content (a
  // Security Council record's agenda, a General Assembly record's sub-items)
  auto open_line_heading = [&](int level, const char* kind, size_t i) {
    Node n;
    n.kind = NodeKind::Section;
    n.level = level;
    n.section_kind = kind;
    U32 title(trimmed_content(i));
    n.lines.extend(L_[i].number);
    for (auto& m : markers_[i]) loose_refs_.push_back({m.id, L_[i].number});
    used_[i] = 1;
    // (its documents wrapped onto the next line, a bracket left open:
    // "葡萄牙第五次定期报告(续)(E/C.12/PRT/5;" / "E/C.12/PRT/Q/5)")
    size_t k = i;
    for (size_t n_more = 0; n_more < 2 && leaves_bracket_open(title); ++n_more) {
      const size_t j = adjacent_next(k, end);
      if (j == std::string::npos || L_[j].kind != LineKind::Text || contains(trimmed_fold(j), U'。')) break;
      join_text(title, trimmed_content(j));
      n.lines.extend(L_[j].number);
      for (auto& m : markers_[j]) loose_refs_.push_back({m.id, L_[j].number});
      used_[j] = 1;
      k = j;
    }
    // (or its documents, in brackets of their own, wrapped whole onto the
    // next line: "(b) 人权问题，…各种途径(续)" / "(A/78/125、A/78/136和A/78/160)")
    if (const size_t j = adjacent_next(k, end); j != std::string::npos && L_[j].kind == LineKind::Text) {
      const U32View g = trimmed_fold(j);
      if (g.size() >= 4 && g.front() == U'(' && g.back() == U')' && g.find(U'(', 1) == U32View::npos &&
          g.find(U')') + 1 == g.size() &&
          document_symbols(g.substr(1, g.size() - 2))) {
        join_text(title, trimmed_content(j));
        n.lines.extend(L_[j].number);
        for (auto& m : markers_[j]) loose_refs_.push_back({m.id, L_[j].number});
        used_[j] = 1;
      }
    }
    // (a sub-item's label, "(a)\t人权条约的执行情况": its letter the number,
    // "(a)" the label, the words after it the title, as a lettered heading's)
    const U32 ft = fold(title);
    if (const auto lab = lettered_label(ft)) {
      n.number = to_utf8(lab->letters);
      n.label = to_utf8(U32View(title).substr(0, lab->close + 1));
      title.erase(0, lab->title);
    }
    n.title = to_utf8(title);
    stack.push_back(std::move(n));
  };

  // (a compilation of what a session adopted: its decisions' number lines are headings)
  const bool compilation = doc_.front_matter.title && compilation_title(from_utf8(*doc_.front_matter.title));
  // (a Security Council's provisional agenda, by its symbol)
  const bool council_agenda_doc =
      doc_.front_matter.symbol && doc_.front_matter.symbol->find("/Agenda/") != std::string::npos;
  bool quoted_statement = false;  // an introduction ("…发表声明如下：") opened quoted paragraphs
  size_t vote_last = std::string::npos;  // the last line of a recorded vote's (赞成： / the States / 反对： …)
  size_t table_start = std::string::npos;
  Node table;
  // A table that runs over a page break: its rows on the next page, nothing
  // but the page's foot and head between them (blank, furniture, footnotes,
  // all claimed), as many columns, go on the table above.
  auto push_table = [&](Node&& t) {
    std::vector<Node>& s = sink();
    if (!s.empty() && s.back().kind == NodeKind::Table && s.back().rows.size() >= 2 && t.rows.size() >= 1 &&
        s.back().lines.last >= 1 && t.lines.first > s.back().lines.last) {
      Node& prev = s.back();
      const size_t a = static_cast<size_t>(prev.lines.last - 1), b = static_cast<size_t>(t.lines.first - 1);
      bool between = b < L_.size() && L_[b].page == L_[a].page + 1;
      for (size_t k = a + 1; between && k < b; ++k) between = L_[k].blank() || used_[k];
      const size_t n = prev.rows.front().size();
      between = between && n >= 2 && std::all_of(t.rows.begin(), t.rows.end(), [&](const auto& r) { return r.size() == n; });
      // (a header row set again there, as a UN table's headings repeat on
      // every page: page furniture, kept there, not a row, as the rows'
      // path takes it; the lines that hold it, where they hold its
      // characters and no more, else a table of its own, as read)
      size_t header_lines = 0;
      if (between && t.rows.front() == prev.rows.front()) {
        header_lines = header_lines_of(t);
        between = header_lines > 0;
      }
      if (between) {
        if (header_lines > 0) {
          for (size_t k = b, n_lines = 0; n_lines < header_lines; ++k)
            if (!L_[k].blank()) add_furniture(k, "running_header"), ++n_lines;
        }
        for (size_t r = header_lines > 0 ? 1 : 0; r < t.rows.size(); ++r) prev.rows.push_back(std::move(t.rows[r]));
        prev.lines.extend(t.lines);
        return;
      }
    }
    s.push_back(std::move(t));
  };
  auto close_table = [&] {
    if (table_start == std::string::npos) return;
    push_table(std::move(table));
    table = Node{};
    table_start = std::string::npos;
  };

  // A line that opens with a single TAB right below a row of cells (a cell
  // that wraps, as a PDF file's columns give it: "<TAB>大会代理主席发言") is a
  // row whose first cell is empty, not an indented line.
  auto continues_table = [&](size_t j) {
    return table_start != std::string::npos && !table.rows.empty() && table.rows.back().size() >= 2 &&
           !L_[j].text.empty() && L_[j].text[0] == U'\t' && j > 0 && !L_[j].page_start &&
           table.lines.last == L_[j - 1].number;
  };
  // Paragraphs labelled within their section or chapter ("29E.1 …", "2.1 …",
  // "VIII.1 …"): a line so opening is one where the lines say so, not by its
  // look alone ("2.5 亿美元…", a figure at a wrapped line's start): the next
  // label of the same prefix, one more, stands on another line opening so
  // (a run 29E.1, 29E.2 …; a gap of a number or two inside it kept, for
  // validate to tell); or, for a run of one, its prefix is named around it:
  // the section's heading "第29E节" / "第29E款", the masthead's "(Sect. 29E)",
  // a chapter's number for a roman prefix (第八章 over VIII.1), its number 1
  // where the prefix is digits alone. A line that a full line running on
  // mid-sentence leads to is a wrapped line's start, never such a label.
  struct LabelLine {
    size_t line = 0;
    SectionLabel label;
    size_t at = 0;  // where the trimmed line starts
  };
  std::vector<LabelLine> label_lines;
  {
    std::optional<U32> sect;  // the masthead's "(Sect. 29E)", the section's 第29E节
    if (const auto& sym = doc_.front_matter.symbol; sym && sym->find("Sect.") != std::string::npos) {
      const U32 t = fold(from_utf8(*sym));
      const size_t a = U32View(t).find(U"Sect."sv), b = t.find(U')', a);
      if (b != U32::npos) sect = U32(trim_view(U32View(t).substr(a + 5, b - a - 5)));
    }
    long chapter = -1;
    struct Candidate {
      LabelLine l;
      bool named = false;  // its prefix named around it
      size_t chain = 0;
    };
    std::vector<Candidate> cands;
    std::vector<char> chain_ok;  // per chain: a step of one in it, or a label named around it
    std::map<U32, size_t> last_of;  // prefix -> its last candidate
    size_t prev_line = std::string::npos;  // the last line with text above i
    for (size_t i = begin; i < end; ++i) {
      if (L_[i].blank()) continue;
      const size_t above = prev_line;
      prev_line = i;
      if (used_[i]) continue;
      if (L_[i].kind == LineKind::Chapter) chapter = L_[i].value;
      if (L_[i].kind != LineKind::Text && L_[i].kind != LineKind::Article) continue;
      const U32View f = trimmed_line(i);
      if (f.size() >= 3 && f[0] == U'第') {  // 第29E节 / 第 2 款 / 第7节 (a title may follow)
        size_t k = skip_spaces(f, 1), b = k;
        while (k < f.size() && k - b < 3 && f[k] >= U'0' && f[k] <= U'9') ++k;
        const size_t e = k < f.size() && f[k] >= U'A' && f[k] <= U'Z' ? k + 1 : k;
        const size_t w = skip_spaces(f, e);
        if (k > b && w < f.size() && (f[w] == U'节' || f[w] == U'款')) sect = U32(f.substr(b, e - b));
        continue;
      }
      if (L_[i].kind != LineKind::Text) continue;
      auto sl = section_label(f);
      const bool worded = !sl && (sl = word_label(f)).has_value();
      if (!sl) continue;
      // (a heading's shape after the label, a few words and no stop or
      // comma, "2.3 评价": the headings' rules read it, not these; but not a
      // line cut after a footnote's marker, "1.2 本指示应与…第七章1" / "以及…")
      if (const U32View rest = f.substr(sl->text);
          !worded && !rest.empty() && rest.size() <= 12 && markers_[i].empty() &&
          std::none_of(rest.begin(), rest.end(), [](char32_t c) { return is_clause_end(c); }))
        continue;
      // (nor a run of worded subheads, a word's number and its title after
      // the colon, no stop in it and the line short of the width: "目标6：清洁
      // 饮水和卫生设施", "成果1：…": the headings' rules read them; a numbered
      // paragraph's text runs to a stop, or on to the next line)
      if (const U32View rest = f.substr(sl->text);
          worded && !full(i) && std::none_of(rest.begin(), rest.end(), [](char32_t c) { return is_sentence_end(c); }))
        continue;
      // (a wrapped line's start: the line above it full and running on, prose
      // and not a table's row of amounts, "共计 65 338.2 … 67 041.1")
      if (above != std::string::npos && above + 1 == i && L_[above].kind == LineKind::Text && full(above)) {
        const U32View g = trimmed_line(above);
        // (its stop before a footnote's plain marker ends it too, "…费率确定。2"
        // / "4.2 …": on a PDF page the marker runs the line to the margin; a
        // raised one too, "…确定。²", where a wrap's line ends near the width)
        const char32_t last = end_before_marker(g);
        if (!g.empty() && !is_sentence_end(last) && !is_clause_end(last) &&
            std::count_if(g.begin(), g.end(), [](char32_t c) { return is_han(c); }) >= 6)
          continue;
      }
      Candidate c;
      c.l = {i, *sl, skip_spaces(L_[i].fold(), 0)};
      const U32View prefix = f.substr(0, sl->prefix);
      c.named = (sect && prefix == U32View(*sect) && (!sl->digits || sl->number == 1)) ||
                (sl->roman && chapter > 0 && roman_value(prefix) == chapter);
      auto it = last_of.find(U32(prefix));
      const Candidate* p = it == last_of.end() ? nullptr : &cands[it->second];
      // (within a few pages of it: two figures far apart that happen to run
      // on, "12.5 …" here and "12.6 …" a report later, are no run)
      if (p && sl->number > p->l.label.number && sl->number <= p->l.label.number + 3 && i - p->l.line <= 240) {
        c.chain = p->chain;
        if (sl->number == p->l.label.number + 1) chain_ok[c.chain] = 1;
      } else {
        c.chain = chain_ok.size();
        chain_ok.push_back(0);
      }
      if (c.named) chain_ok[c.chain] = 1;
      if (it == last_of.end()) last_of.emplace(U32(prefix), cands.size());
      else it->second = cands.size();
      cands.push_back(c);
    }
    for (const Candidate& c : cands)
      if (chain_ok[c.chain]) label_lines.push_back(c.l);
  }
  size_t next_label = 0;  // (the lines are read in order: the next of label_lines not passed)

  // pdftotext's default mode may set a paragraph's number, a column apart
  // from its text, on a line of its own after the text ("…措施。" / "1." /
  // "报告涵盖…" / "2." / "二、…"): the numbers stand after their text when
  // a number alone stands right before a heading or at the text's end, with
  // nothing of its own below it, and none stands right below a heading
  // (where the numbers come first, each section's first paragraph puts one there)
  const bool numbers_after = [&] {
    auto heading_kind = [&](size_t k) {
      return L_[k].kind == LineKind::Chapter || L_[k].kind == LineKind::Section;
    };
    int lone = 0, before_heading = 0, after_heading = 0;
    for (size_t k = begin; k < end; ++k) {
      if (L_[k].kind != LineKind::Numbered || !trimmed_content(k).empty()) continue;
      ++lone;
      const size_t n = next_free(k + 1, end);
      if (n >= end || heading_kind(n)) ++before_heading;
      size_t b = k;
      while (b > begin && (L_[b - 1].blank() || !free_line(b - 1))) --b;
      if (b > begin && heading_kind(b - 1)) ++after_heading;
      // (a number alone right below another: numbers stacked, not after their text)
      if (n < end && L_[n].kind == LineKind::Numbered) return false;
    }
    return lone >= 2 && before_heading >= 1 && after_heading == 0;
  }();
  for (size_t i = begin; i < end; ++i) {
    if (used_[i] || L_[i].blank()) continue;
    const Line& ln = L_[i];
    const bool row = ln.kind == LineKind::TableRow || continues_table(i);
    // a line that holds nothing but a footnote marker, set on a line of its
    // own below the paragraph it ends ("…80%的目标。" / "1" / "6. …"): the
    // paragraph's, not a heading's
    if (!row && para.open && !markers_[i].empty() && L_[i].page == L_[para.last_line].page) {
      const U32View t(ln.text);
      size_t ink = 0, marked = 0;
      for (size_t c = 0; c < t.size(); ++c) ink += !is_space(t[c]);
      for (const auto& m : markers_[i])
        for (size_t c = m.pos; c < m.pos + m.len && c < t.size(); ++c) marked += !is_space(t[c]);
      if (ink > 0 && marked == ink) {
        append(para, i, 0, false);
        continue;
      }
    }
    if (!row) close_table();
    switch (row ? LineKind::TableRow : ln.kind) {
      case LineKind::Part: {
        size_t below = trimmed_content(i).empty() ? title_below(i) : std::string::npos;
        open_section(1, "part", number_text(ln.label()), i);
        if (below != std::string::npos) take_title(below);
        expected = 1;
        continue;
      }
      case LineKind::Chapter:
        if (trimmed_content(i).empty()) {  // 第三章 / 机关
          size_t below = title_below(i);
          open_section(inside_decision(has_part() ? 2 : 1, true, ln.value), "chapter", number_text(ln.label()), i);
          if (below != std::string::npos) take_title(below);
          last_chapter = ln.value;
          last_section = 0;
          continue;
        }
        // (a heading numbered 一、 or 一. under a chapter numbered in words,
        // 第二章: the chapter's section, a level below it, as documents
        // drafted in Chinese number them, 第一章 / 一、 / (一))
        if (const int worded = worded_chapter_level(); worded > 0 && ln.label().front() != U'第') {
          if (heading_shape(i, kMaxHeadingChars) && !wrapped_list_item(i, end, ln.value, last_section)) {
            open_section(worded + 1, "section", number_text(ln.label()), i);
            last_section = ln.value;
            continue;
          }
          break;
        }
        if (heading_shape(i, kMaxHeadingChars) && !wrapped_list_item(i, end, ln.value, last_chapter)) {
          open_section(inside_decision(has_part() ? 2 : 1, true, ln.value), "chapter", number_text(ln.label()), i);
          last_chapter = ln.value;
          last_section = 0;
          continue;
        }
        break;
      case LineKind::Section:
        // "A." alone, its title on the line below (as "一." / its title)
        if (trimmed_content(i).empty()) {
          if (size_t below = title_below(i); below != std::string::npos) {
            open_section(inside_decision(2, false, ln.value), "section", to_utf8(ln.label()), i);
            take_title(below);
            last_section = ln.value;
            continue;
          }
          break;
        }
        if (heading_shape(i, kMaxHeadingChars) && !wrapped_list_item(i, end, ln.value, last_section)) {
          open_section(inside_decision(2, false, ln.value), "section", number_text(ln.label()), i);
          last_section = ln.value;
          continue;
        }
        break;
      case LineKind::Article: {
        int level = 1;
        for (auto it = stack.rbegin(); it != stack.rend(); ++it)
          // (a 第N节 stands beside the one before it; an article nests in it)
          if (it->section_kind != "article"sv && it->section_kind != "subhead"sv &&
              !(!ln.label().empty() && ln.label().back() == U'节' && it->number && it->number->ends_with("节"))) {
            level = it->level + 1;
            break;
          }
        // close a previous article at this level; its title may stand below
        // ("第二条" / "定义") when a paragraph follows that title
        size_t below = std::string::npos;
        if (trimmed_content(i).empty()) {
          below = title_below(i);
          if (below != std::string::npos) {
            size_t after = next_free(below + 1, end);
            if (after >= end || L_[after].kind == LineKind::Article || heading_shape(below, 20) == false)
              below = std::string::npos;
          }
        }
        const bool section = !ln.label().empty() && ln.label().back() == U'节';  // 第1节: a bulletin's section
        open_section(level, section ? "section" : "article", number_text(ln.label()), i);
        if (below != std::string::npos) take_title(below);
        if (stack.back().title.empty()) stack.back().title = *stack.back().number;
        expected = 1;  // paragraphs are numbered afresh in every article
        continue;
      }
      case LineKind::Numbered: {
        // (a number set after its text: the unnumbered paragraph right above takes it)
        if (numbers_after && trimmed_content(i).empty() && ln.value == expected) {
          if (para.open && !para.text.empty() && !para.node.paragraph_number) {
            para.node.paragraph_number = ln.value;
            para.node.paragraph_kind = "numbered";
            para.node.label = to_utf8(trim_view(ln.text.substr(ln.label_at, ln.after_label - ln.label_at)));
            para.node.lines.extend(ln.number);
            para.last_line = i;
            used_[i] = 1;
            close_para();
            expected = ln.value + 1;
            outer_expected = expected;
            continue;
          }
          if (std::vector<Node>& to = sink(); !para.open && !to.empty() && to.back().kind == NodeKind::Paragraph &&
                                              !to.back().paragraph_number && !to.back().text.empty()) {
            Node& above = to.back();
            above.paragraph_number = ln.value;
            above.paragraph_kind = "numbered";
            above.label = to_utf8(trim_view(ln.text.substr(ln.label_at, ln.after_label - ln.label_at)));
            above.lines.extend(ln.number);
            used_[i] = 1;
            expected = ln.value + 1;
            outer_expected = expected;
            continue;
          }
        }
        // a list numbered afresh inside a paragraph, the paragraphs' count
        // going on after it: the agenda a conference's report says it
        // adopted ("10. …临时议程。议程如下：" / "1. 会议开幕。" / "2. 选举会议主席。"
        // … / "11. 在同次会议上，…"), its items the paragraph's text, not
        // paragraphs 1, 2 … again
        if (ln.value == 1 && expected > 2 && para.open && !para.text.empty() && fold_char(para.text.back()) == U':') {
          size_t last = std::string::npos;
          long want = 1;
          for (size_t k = i; k < end; k = next_free(k + 1, end)) {
            if (L_[k].kind == LineKind::Numbered && L_[k].value == want && trimmed_fold(k).size() <= 60) {
              last = k;
              ++want;
              continue;
            }
            // (after the items, the count goes on where it stood: a list that
            // ends its part, a draft decision's agenda under "(b) 核可…临时议程：",
            // stays as numbered)
            if (L_[k].kind != LineKind::Numbered || L_[k].value != expected) last = std::string::npos;
            break;
          }
          if (last != std::string::npos && next_free(last + 1, end) >= end) last = std::string::npos;
          if (last != std::string::npos && want > 2) {
            for (size_t k = i; k <= last; ++k)
              if (free_line(k)) append(para, k, 0, false);
            i = last;
            continue;
          }
        }
        bool shape = !numbered_paragraph_shape(i, end);
        // (a draft's formula open above: its paragraphs are numbered afresh,
        // and the text's own go on after it where they stood, "3." after a
        // draft decision's agenda 1. … 6.; a number so is no subsection's)
        // (and a draft's first operative paragraph, "1. 敦促会员国…", after the
        // text's own "1. …建议…通过下列决议草案：", is the draft's 1)
        // (so is a resolution the report brings to attention, "第61/1号决议" over
        // its title and "社会发展委员会，": its paragraphs too are numbered
        // afresh, and the report's own count goes on after it)
        const Node* draft = nullptr;
        for (const Node& s : stack)
          if ((s.section_kind == "subhead"sv ||
               (s.section_kind == "subsection"sv && s.number &&
                (s.number->ends_with("号决议") || s.number->ends_with("号决定")))) &&
              std::any_of(s.children.begin(), s.children.end(), [](const Node& c) {
                return c.kind == NodeKind::Paragraph && c.paragraph_kind == "formula"sv;
              }))
            draft = &s;
        const bool in_draft = draft != nullptr;
        const bool draft_opens = in_draft && ln.value == 1 && expected != 1 &&
                                 std::none_of(draft->children.begin(), draft->children.end(), [](const Node& c) {
                                   return c.kind == NodeKind::Paragraph && c.paragraph_number;
                                 }) && stack.back().section_kind == "subhead"sv;
        // (nor is a draft's next number one because the text's own count,
        // resuming below the draft, repeats it: the draft's "2. 请…" over the
        // report's "2. …建议…通过下列决定草案：")
        const bool resumes = (!in_draft && ln.value == outer_expected && outer_expected > 1 && expected != outer_expected) ||
                             draft_opens ||
                             (in_draft && ln.value == expected && expected > 1 && next_numbered_value(i, end) == outer_expected);
        bool heading = shape && !resumes &&
                       (ln.value != expected || next_numbered_value(i, end) == ln.value || titles_over_text(i, end));
        if (heading) {
          open_section(3, "subsection", number_text(ln.label()), i);
          continue;
        }
        if (trimmed_content(i).empty() && para.open && !para.text.empty()) {
          // pdftotext's default mode may set a hanging number before the last
          // sub-items of the paragraph above, carried over a page: "(a) …；" /
          // (page break) / "6." / "(b) …；" / "(c) …；" / "敦促各国…". The
          // sub-items that go on with its letters are its own; the number's
          // text is the line after them.
          const U32 pf = fold(para.text);
          char32_t want = 0;
          for (size_t k = pf.size(); k >= 3 && !want; --k)
            if (pf[k - 3] == U'(' && pf[k - 1] == U')' && pf[k - 2] >= U'a' && pf[k - 2] < U'z') want = pf[k - 2] + 1;
          // (or all of them, the paragraph above ending where they open: "…时：")
          if (!want && !pf.empty() && (pf.back() == U':' || pf.back() == U'：')) want = U'a';
          std::vector<size_t> subs;
          size_t j = next_free(i + 1, end);
          // (the next numbers may stand stacked below it, "9." / "10." / the
          // sub-items / the text of 9 / the text of 10: each number takes the
          // next clause below the sub-items, in turn)
          std::vector<size_t> labels{i};
          if (want) j = stacked_labels(j, end, &labels);
          while (want && j < end && L_[j].kind == LineKind::Text) {
            const U32View g = trimmed_fold(j);
            if (g.size() < 4 || g[0] != U'(' || g[1] != want || g[2] != U')') break;
            subs.push_back(j);
            ++want;
            j = next_free(j + 1, end);
          }
          std::vector<std::vector<size_t>> texts;
          if (labels.size() > 1 && !subs.empty()) {
            for (size_t n = 0; n < labels.size() && j < end; ++n) {
              std::vector<size_t> t;
              while (j < end && L_[j].kind == LineKind::Text && !starts_sub_item(trimmed_fold(j)) && t.size() < 8) {
                t.push_back(j);
                const char32_t c = trimmed_fold(j).back();
                j = next_free(j + 1, end);
                if (c == U';' || c == U'。') break;
              }
              if (t.empty()) break;
              texts.push_back(std::move(t));
            }
          }
          if (labels.size() > 1 && texts.size() == labels.size()) {
            for (size_t k : subs) append(para, k, 0, true);
            for (size_t n = 0; n < labels.size(); ++n) {
              close_para();
              start_paragraph(para, labels[n], L_[labels[n]].value);
              for (size_t k : texts[n]) append(para, k, 0, false);
            }
            expected = L_[labels.back()].value + 1;
            continue;
          }
          if (labels.size() == 1 && !subs.empty() && j < end && L_[j].kind == LineKind::Text &&
              !starts_sub_item(trimmed_fold(j)))
            for (size_t k : subs) append(para, k, 0, true);
        }
        close_para();
        // a recommendation's box ("建议1" / its text) holds only its text: the
        // numbered paragraph after it goes back to the section around it
        if (!stack.empty() && stack.back().section_kind == "subhead"sv && !stack.back().children.empty() &&
            recommendation_box(from_utf8(stack.back().title)))
          close_to(stack.back().level);
        start_paragraph(para, i, ln.value);
        expected = ln.value + 1;
        if (!in_draft) outer_expected = expected;
        if (trimmed_content(i).empty()) {  // "23." alone: the text starts below
          size_t j = next_free(i + 1, end);
          // pdftotext's default mode reads a column of numbers set apart from
          // their texts (a little above their first lines) before the texts:
          // "1." / "2." / the text of 1 / the text of 2. The numbers stacked,
          // each in turn, take the texts below them, one each, parted where a
          // line ends a sentence: the lines with the most room left after
          // their stop where there are more such lines than numbers
          {
            std::vector<size_t> labels{i};
            const size_t t0 = stacked_labels(j, end, &labels);
            std::vector<size_t> texts;
            // (the texts one block, no blank line between their lines)
            for (size_t k = t0; k < end && free_line(k) && L_[k].kind == LineKind::Text &&
                               texts.size() < 12 * labels.size();
                 ++k)
              texts.push_back(k);
            // (the lines, but the last, that end a sentence, or an operative
            // clause, "…补救；", not before a sub-item's label: "(a) …；" / "(b) …")
            auto ends_text = [&](size_t k) {
              const U32View t = trimmed_fold(k);
              return !t.empty() && (t.back() == U'。' || t.back() == U'.' || t.back() == U';');
            };
            std::vector<size_t> stops;
            for (size_t n = 0; n + 1 < texts.size(); ++n)
              if (ends_text(texts[n]) && !starts_sub_item(trimmed_fold(texts[n + 1]))) stops.push_back(n);
            const bool ends = !texts.empty() && ends_text(texts.back());
            if (labels.size() >= 2 && ends && stops.size() + 1 >= labels.size()) {
              if (stops.size() + 1 > labels.size()) {
                std::stable_sort(stops.begin(), stops.end(), [&](size_t a, size_t b) {
                  const bool fa = full(texts[a]), fb = full(texts[b]);
                  if (fa != fb) return !fa;
                  return trimmed_fold(texts[a]).size() < trimmed_fold(texts[b]).size();
                });
                stops.resize(labels.size() - 1);
                std::sort(stops.begin(), stops.end());
              }
              stops.push_back(texts.size() - 1);
              size_t from = 0;
              for (size_t n = 0; n < labels.size(); ++n) {
                if (n > 0) {
                  close_para();
                  start_paragraph(para, labels[n], L_[labels[n]].value);
                }
                for (size_t k = from; k <= stops[n]; ++k) append(para, texts[k], 0, false);
                from = stops[n] + 1;
              }
              expected = L_[labels.back()].value + 1;
              if (!in_draft) outer_expected = expected;
              continue;
            }
          }
          // (pdftotext's default mode may set the page's number between the
          // two: "25." / "2" / "加拿大注意到，…": a number that is its page's)
          if (j < end && L_[j].kind == LineKind::BareNumber && L_[j].value == L_[j].page + 1) {
            const size_t k = next_free(j + 1, end);
            if (k < end && L_[k].kind == LineKind::Text) {
              add_furniture(j, "page_number");
              j = k;
            }
          }
          if (j < end && (L_[j].kind == LineKind::Text)) append(para, j, 0, false);
        }
        continue;
      }
      case LineKind::TableRow: {
        close_para();
        if (table_start == std::string::npos) {
          table_start = i;
          table = Node{};
          table.kind = NodeKind::Table;
        }
        std::vector<std::string> cells;
        U32View t(ln.text);
        size_t a = 0;
        for (;;) {
          size_t b = t.find(U'\t', a);
          cells.push_back(to_utf8(trim_view(t.substr(a, b == U32View::npos ? U32View::npos : b - a))));
          if (b == U32View::npos) break;
          a = b + 1;
        }
        // the header row set again at the top of the table's next page: page
        // furniture, kept there, not a row of the table
        if (table.rows.size() >= 2 && cells == table.rows.front() && i > 0 &&
            (ln.page_start || L_[i].page != L_[table_start].page || crossed_furniture(table_start, i))) {
          add_furniture(i, "running_header");
          size_t j = next_free(i + 1, end);
          if (j >= end || (L_[j].kind != LineKind::TableRow && !continues_table(j))) close_table();
          continue;
        }
        table.rows.push_back(std::move(cells));
        table.lines.extend(ln.number);
        used_[i] = 1;
        // the table goes on across blank lines if the next line is a row
        size_t j = next_free(i + 1, end);
        if (j >= end || (L_[j].kind != LineKind::TableRow && !continues_table(j))) close_table();
        continue;
      }
      default:
        break;
    }
    // Plain text: a closing line, a part or agenda-item heading, a flattened
    // table, an unnumbered subhead, a continuation, or a new unnumbered paragraph.
    U32View f = trimmed_fold(i);
    // "***" / "* * *": the stars a UN document sets, centred, at its end or
    // between its parts; a rule, not text to join to the paragraph above
    if (f.size() >= 3 && f[0] == U'*' && f.back() == U'*' &&
        std::all_of(f.begin(), f.end(), [](char32_t c) { return c == U'*' || is_space(c); }) &&
        std::count(f.begin(), f.end(), U'*') >= 3) {
      close_para();
      add_furniture(i, "rule");
      continue;
    }
    // the document's title again at a later page's top, below the running
    // header's symbol (a resolution's pages: "E/RES/2023/15" / its title):
    // the running header's second line, not text
    if (running_title(i)) {
      add_furniture(i, "running_header");
      continue;
    }
    // (Markdown) a table set in HTML, as a converter gives one its pipes cannot
    // hold ("<table><tr><th>区域</th>…</table>", on one line or a tag a
    // line): its rows and cells, the tags marks (furniture "markup")
    if (lines_.markdown && starts_with(f, U"<table"sv)) {
      size_t last = i;
      while (last < end && last - i < 4000 && trimmed_fold(last).find(U"</table>"sv) == U32View::npos) ++last;
      std::vector<std::vector<std::string>> rows;
      std::vector<std::pair<int, std::string>> tags;  // (each line's marks)
      std::vector<std::string> row;
      U32 cell;
      bool in_cell = false, loose = false;
      if (last < end && last - i < 4000) {
        for (size_t k = i; k <= last && !loose; ++k) {
          const U32View t(L_[k].text);
          U32 marks;
          for (size_t c = 0; c < t.size();) {
            if (t[c] == U'<') {
              size_t close = t.find(U'>', c);
              if (close == U32View::npos) close = t.size() - 1;
              const U32View tag = t.substr(c, close - c + 1);
              marks.append(tag);
              U32 name;
              for (size_t x = 1; x < tag.size() && (is_ascii_alnum(tag[x]) || tag[x] == U'/'); ++x)
                name.push_back(fold_char(tag[x]) | 0x20);
              if (name == U"tr"sv) row.clear();
              else if (name == U"/tr"sv && !row.empty()) rows.push_back(std::move(row)), row.clear();
              else if (name == U"td"sv || name == U"th"sv) in_cell = true, cell.clear();
              else if (name == U"/td"sv || name == U"/th"sv) in_cell = false, row.push_back(to_utf8(trim_view(U32View(cell))));
              else if (name == U"br"sv && in_cell && !cell.empty()) cell.push_back(U' ');
              c = close + 1;
              continue;
            }
            size_t n = t.find(U'<', c);
            if (n == U32View::npos) n = t.size();
            const U32View words = trim_view(t.substr(c, n - c));
            if (!words.empty()) {
              if (!in_cell) loose = true;  // (words outside a cell: no table read)
              if (!cell.empty() && cell.back() != U' ' && !(is_han(cell.back()) && is_han(words.front())))
                cell.push_back(U' ');
              cell.append(words);
            }
            c = n;
          }
          if (!marks.empty()) tags.emplace_back(L_[k].number, to_utf8(marks));
        }
      }
      if (last < end && last - i < 4000 && !loose && !rows.empty()) {
        close_para();
        close_table();
        table_start = i;
        table = Node{};
        table.kind = NodeKind::Table;
        table.rows = std::move(rows);
        for (size_t k = i; k <= last; ++k) {
          used_[k] = 1;
          if (!L_[k].blank()) table.lines.extend(L_[k].number);
        }
        for (auto& [n, m] : tags) doc_.furniture.push_back({"markup", std::move(m), n});
        close_table();
        i = last;
        continue;
      }
    }
    // a Markdown list's item ("- 政府官员；", its mark read as markup) or a
    // block quote's paragraph ("> 所有人都有权…"): a paragraph of its own,
    // never the paragraph above run on, nor a heading (a sub-item's label
    // after the mark, "- (a) …", docling's, is read as the label's line is)
    if (md_block(ln.number) && !starts_sub_item(f)) {
      close_para();
      start_paragraph(para, i, std::nullopt);
      continue;
    }
    // (its next line, no blank line between, goes on in it: "> 所有人都有权…，" /
    // "> 包括免遭强迫驱逐的保护。", as Markdown runs a block's lines together)
    if (para.open && para.node.paragraph_kind != "numbered"sv && md_block(para.node.lines.first) &&
        !separated(para.last_line, i) && L_[i].kind == LineKind::Text && !L_[i].page_start) {
      append(para, i, 0, false);
      continue;
    }
    // a paragraph labelled within its section ("29E.4 …"): numbered, its
    // label as written, its text after it (or on the line below the label alone)
    while (next_label < label_lines.size() && label_lines[next_label].line < i) ++next_label;
    if (next_label < label_lines.size() && label_lines[next_label].line == i) {
      const LabelLine& lb = label_lines[next_label++];
      close_para();
      start_paragraph(para, i, lb.label.number);
      std::vector<FootnoteRef> refs;
      para.text.clear();
      piece_into(para.text, i, lb.at + lb.label.text, &refs);
      para.node.footnote_refs = refs;
      para.node.label = to_utf8(U32View(ln.text).substr(lb.at, lb.label.size));
      if (lb.label.text >= trimmed_line(i).size()) {  // "1.2" alone: the text starts below
        const size_t j = next_free(i + 1, end);
        if (j < end && L_[j].kind == LineKind::Text &&
            !(next_label < label_lines.size() && label_lines[next_label].line == j))
          append(para, j, 0, false);
      }
      continue;
    }
    const bool at_boundary = !para.open || ends_sentence(para) || separated(para.last_line, i) ||
                             last_closing_ == i - 1 ||
                             (para.open && !para.text.empty() && fold_char(para.text.back()) == U']');
    // 附文 / 附文一 alone: an enclosure of the letter above (an annex's letter
    // transmitting a report), its title on the line below: a part of its own,
    // never a signature's next line
    if (f.size() >= 2 && f.size() <= 4 && f[0] == U'附' && f[1] == U'文' &&
        std::all_of(f.begin() + 2, f.end(), [](char32_t c) { return is_chinese_numeral_char(c) || (c >= U'0' && c <= U'9'); }) &&
        next_free(i + 1, end) < end) {
      size_t below = title_below(i);
      open_section(1, "part", f.size() > 2 ? std::optional<std::string>(number_text(f.substr(2))) : std::nullopt, i);
      stack.back().label = to_utf8(trimmed_content(i));
      if (below != std::string::npos) take_title(below);
      expected = 1;
      continue;
    }
    // (or, in a compilation, a decision's meeting line below a list whose
    // lines end in no stop: "主席：…(保加利亚)" / "2022年7月22日第1次全体会议",
    // the line above not running on to it at the wrap width)
    const bool compilation_meeting = compilation && para.open && !at_boundary && !full(para.last_line) &&
                                     !L_[i].page_start && [&] {
                                       std::string iso;
                                       const size_t n = chinese_date_at(f, 0, &iso, false);
                                       return n > 0 && meeting_number(trim_view(f.substr(n))).has_value();
                                     }();
    // (and a closing line below a quoted draft's last paragraph, its stop
    // inside the closing quote: "…提交一份报告。”" / "第20次全体会议")
    const bool after_quote = para.open && !para.text.empty() && (para.text.back() == U'”' || para.text.back() == U'"') &&
                             is_sentence_end(end_through_closing(para.text));
    if ((at_boundary || compilation_meeting || after_quote) && closing_line(i)) {
      close_para();
      continue;
    }
    if (!para.open || at_boundary) {
      // 上午10时10分宣布开会。: the record's opening time, beside the paragraph
      bool opened = false;
      if (auto t = adjourned_at(f, &opened); t && opened) {
        auto& fm = doc_.front_matter;
        if (!fm.meeting) fm.meeting.emplace();
        if (!fm.meeting->opened) fm.meeting->opened = *t;
      }
    }
    // A / B alone, the title below: a part of a resolution
    if (at_boundary && f.size() == 1 && f[0] >= U'A' && f[0] <= U'Z') {
      if (size_t below = title_below(i); below != std::string::npos) {
        open_section(1, "part", number_text(f), i);
        stack.back().label = to_utf8(f);
        take_title(below);
        expected = 1;
        continue;
      }
      // (or with no title, its text right below: a compiled decision's or a
      // resolution's parts, "78/501. 标题" / "A" / "在2023年9月8日第2次全体会
      // 议上，大会决定：…" / "B" / "在…"; a part so when the letters run on,
      // "A" with a "B" alone further down, or the next letter after an open
      // part's. Inside a compiled decision or resolution ("78/501."), a part
      // of it, under its heading)
      const bool runs_on = [&] {
        for (auto it = stack.rbegin(); it != stack.rend(); ++it)
          if (it->section_kind == "part"sv && it->label.size() == 1) return it->label[0] + 1 == static_cast<char>(f[0]);
        if (f[0] != U'A') return false;
        for (size_t k = i + 1; k < end; ++k) {
          const U32View g = trimmed_fold(k);
          if (g.size() == 1 && g[0] == U'B' && L_[k].kind == LineKind::Text) return true;
          if (L_[k].kind == LineKind::Text && g.size() == 1 && g[0] == U'A') return false;
        }
        return false;
      }();
      if (runs_on && next_free(i + 1, end) < end) {
        int level = 1;
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
          if (it->section_kind == "part"sv && it->label.size() == 1) {
            level = it->level;
            break;
          }
          if (it->section_kind != "subhead"sv && a_decision(*it, true)) {
            level = it->level + 1;
            break;
          }
        }
        close_para();
        open_section(level, "part", number_text(f), i);
        stack.back().label = to_utf8(f);
        stack.back().title.clear();
        expected = 1;
        continue;
      }
    }
    // 一 / 二 alone, the title below, in a resolution (its formula, "大会，",
    // above in the same text: a draft a committee's report recommends, or the
    // resolution itself): its parts, I and II in English ("一" / "统一议定书
    //和保管服务"), each numbered afresh, under the draft's heading
    // (a sentence a line, no blank lines: right after the preamble's last
    // clause, "…相关报告，" / "一" / "统一议定书和保管服务")
    if ((at_boundary || (para.open && !para.text.empty() && fold_char(para.text.back()) == U',')) && f.size() <= 3 &&
        std::all_of(f.begin(), f.end(), is_chinese_numeral_char)) {
      const U32 above = stack.empty() ? U32() : from_utf8(stack.back().label);
      const bool after_part = !stack.empty() && stack.back().section_kind == "part"sv && stack.back().level > 1 &&
                              !above.empty() && std::all_of(above.begin(), above.end(), is_chinese_numeral_char);
      const std::vector<Node>& here = sink();
      const bool in_resolution = after_part || std::any_of(here.begin(), here.end(), [](const Node& n) {
                                   return n.kind == NodeKind::Paragraph && n.paragraph_kind == "formula"sv;
                                 });
      if (in_resolution) {
        if (size_t below = title_below(i); below != std::string::npos) {
          close_para();
          const int level = after_part ? stack.back().level : stack.empty() ? 1 : stack.back().level + 1;
          open_section(level, "part", number_text(f), i);
          stack.back().label = to_utf8(f);
          take_title(below);
          expected = 1;
          continue;
        }
      }
    }
    // 议程项目77：国际法委员会…的报告(续) / 议程项目 15 (title below): a record's agenda item
    if (at_boundary && f.size() <= kMaxHeadingChars + 6 && !contains(f, U'。')) {
      if (auto it = agenda_item_label(f, false)) {
        const U32View text = trimmed_content(i);
        size_t below = it->title == f.size() ? title_below(i) : std::string::npos;
        close_to(1);
        Node n;
        n.kind = NodeKind::Section;
        n.level = 1;
        n.section_kind = "item";
        n.number = number_text(text.substr(it->number_begin, it->number_end - it->number_begin));
        n.label = to_utf8(trim_view(text.substr(0, it->title)));  // 议程项目7(续), 议程项目78：
        U32 title(trim_view(text.substr(it->title)));
        n.lines.extend(L_[i].number);
        for (auto& m : markers_[i]) loose_refs_.push_back({m.id, L_[i].number});
        used_[i] = 1;
        // a heading that wraps ("…工作报告(续)(A/" / "77/17)"): the line below
        // it goes on when a PDF sets both in bold, or when the heading left a
        // bracket open that the line below closes
        auto open_brackets = [](U32View t) {
          long n = 0;
          for (char32_t c : t) n += (c == U'(' || c == U'（') - (c == U')' || c == U'）');
          return n;
        };
        for (size_t cur = i, w = 0; below == std::string::npos && w < 2; ++w) {
          size_t j = adjacent_next(cur, end);
          if (j == std::string::npos || L_[j].kind != LineKind::Text || contains(trimmed_fold(j), U'。') ||
              agenda_item_label(trimmed_fold(j), false))
            break;
          const bool bold = L_[i].bold == 1 && L_[j].bold == 1;
          const bool closes = open_brackets(title) > 0 && open_brackets(trimmed_fold(j)) < 0 &&
                              trimmed_fold(j).size() <= 20;
          // (or the line below is the item's document in brackets, "(A/77/415)",
          // which did not fit on the heading's line)
          const U32View g = trimmed_fold(j);
          const bool document = g.size() >= 6 && g.size() <= 40 && g.front() == U'(' && g.back() == U')' &&
                                open_brackets(g) == 0 && g.find(U'/') != U32View::npos && g[1] >= U'A' && g[1] <= U'Z';
          // (or the contents' row of the item reads on through the line below,
          // or the title stops mid-phrase: "…经济、社会和文化" / "权利，包括发展权(续)",
          // "…政治权利、经济、社会和" / "文化权利…")
          const bool in_toc = toc_row_goes_on(title, g);
          const bool mid_phrase = !title.empty() && ends_mid_phrase(fold(title)) && g.size() <= kMaxHeadingChars;
          if (!bold && !closes && !document && !in_toc && !mid_phrase) break;
          join_text(title, trimmed_content(j));
          n.lines.extend(L_[j].number);
          used_[j] = 1;
          cur = j;
        }
        n.title = to_utf8(title);
        // (a joint item's numbers: "15和116", one title below for each)
        size_t items = 1;
        for (char32_t c : from_utf8(*n.number)) items += c == U'和' || c == U'、' || c == U'及';
        stack.push_back(std::move(n));
        if (below != std::string::npos) {
          take_title(below);
          // a joint item's later titles, a line each below the first
          // ("议程项目 15和116" / "文化和平" / "2023年国际和平文化日"): subheads
          // of the item, not the first words of the speech below them
          for (size_t cur = below, k = 1; k < items; ++k) {
            const size_t j = adjacent_next(cur, end);
            if (j == std::string::npos || L_[j].kind != LineKind::Text || !heading_shape(j, kMaxHeadingChars) ||
                contains(trimmed_fold(j), U':') || agenda_item_label(trimmed_fold(j), false))
              break;
            open_line_heading(2, "subhead", j);
            cur = j;
          }
        }
        continue;
      }
    }
    // A recorded vote goes on in the paragraph that announces it ("…表决结果如下："):
    // 赞成： / the States in favour / 反对： / … / 弃权： / …
    {
      const bool label = f.substr(0, 3) == U"赞成:"sv || f.substr(0, 3) == U"反对:"sv || f.substr(0, 3) == U"弃权:"sv;
      const bool in_vote = para.open && vote_last == para.last_line;
      if (para.open && !para.text.empty() && L_[i].kind == LineKind::Text &&
          (label ? (in_vote || fold_char(para.text.back()) == U':')
                 : (in_vote && !contains(f, U'。') && (!separated(para.last_line, i) || contains(f, U'、'))))) {
        append(para, i, 0, separated(para.last_line, i));
        vote_last = i;
        continue;
      }
    }
    // A treaty body's record takes up the items its contents list without
    // labels by repeating them ("审议缔约国根据《公约》第四十条提交的报告(续)" /
    // "秘鲁第六次定期报告(续)(CCPR/C/PER/6…)"): each a subhead, even with no
    // blank line to set it off
    if (at_boundary && doc_.front_matter.meeting && f.size() <= kMaxHeadingChars + 40 && !contains(f, U'。') &&
        L_[i].kind == LineKind::Text && repeats_unlabelled_toc_row(f)) {
      close_para();
      // (a row the contents set one level below another, "秘鲁第六次定期报告(续)"
      // under "审议缔约国…提交的报告(续)": under that row's subhead, when it is open)
      const int base = parent_level();
      if (repeats_unlabelled_toc_row(f) == 2) {
        close_to(base + 2);
        if (!stack.empty() && stack.back().level == base + 1 && stack.back().section_kind == "subhead"sv &&
            repeats_unlabelled_toc_row(head_text(stack.back())) == 1) {
          open_line_heading(base + 2, "subhead", i);
          continue;
        }
      }
      close_subheads();
      open_line_heading(parent_level() + 1, "subhead", i);
      continue;
    }
    // A heading with no label that the contents list names, the whole line
    // its row's title ("前言" over a budget fascicle's first paragraph): a
    // subhead, even with no blank line to set it off
    if (at_boundary && f.size() <= kMaxHeadingChars && !contains(f, U'。') && L_[i].kind == LineKind::Text &&
        names_unlabelled_toc_row(f)) {
      close_para();
      close_subheads();
      open_line_heading(parent_level() + 1, "subhead", i);
      continue;
    }
    // A Security Council record takes up its agenda by repeating it,
    // unnumbered: the item ("维持国际和平与安全"), then its sub-item and
    // documents as subheads; "通过议程" (the adoption of the agenda) is a subhead
    if (at_boundary && doc_.front_matter.meeting && f.size() <= 80 && !contains(f, U'。')) {
      const U32 c = without_spaces(f);
      const bool item = !council_agenda_.empty() && c == council_agenda_.front();
      const bool sub = c == U"通过议程"sv ||
                       (council_agenda_.size() > 1 &&
                        std::find(council_agenda_.begin() + 1, council_agenda_.end(), c) != council_agenda_.end());
      if (item || sub) {
        close_para();
        if (item) {
          close_to(1);
        } else {
          close_subheads();
        }
        open_line_heading(item ? 1 : parent_level() + 1, item ? "item" : "subhead", i);
        continue;
      }
      // (a sub-item's or document's line that the body's narrower text wraps,
      // "…给秘书长的信(S/" / "2023/260)": the line and the next, together the
      // agenda's line)
      const size_t j = adjacent_next(i, end);
      if (!item && !sub && council_agenda_.size() > 1 && c.size() >= 8 && j != std::string::npos &&
          L_[j].kind == LineKind::Text && !contains(trimmed_fold(j), U'。')) {
        const U32 both = c + without_spaces(trimmed_fold(j));
        if (std::find(council_agenda_.begin() + 1, council_agenda_.end(), both) != council_agenda_.end()) {
          close_para();
          close_subheads();
          open_line_heading(parent_level() + 1, "subhead", i);
          if (!used_[j]) {  // (unless the heading took it, its bracket left open)
            U32 title = from_utf8(stack.back().title);
            join_text(title, trimmed_content(j));
            stack.back().title = to_utf8(title);
            stack.back().lines.extend(L_[j].number);
            for (auto& m : markers_[j]) loose_refs_.push_back({m.id, L_[j].number});
            used_[j] = 1;
          }
          continue;
        }
      }
    }
    // A General Assembly record names an agenda item's sub-items under its
    // heading, a line each with the label and the documents before the first
    // speech ("(a) 提高妇女地位(A/78/210、A/78/256和A/78/309)" / "(b) …(A/78/214)"):
    // each a subhead. (In wrapped text the lines ran together into one
    // paragraph: nothing ends the first with a full stop.)
    // (f is folded: ；and ：are ; and : there)
    // (and after a sub-item's documents, "(a) …" / "秘书长的说明(A/78/317)" / "(b) …")
    if (doc_.front_matter.meeting && L_[i].kind == LineKind::Text && f.size() <= 100 && f[0] == U'(' &&
        starts_sub_item(f) && !contains(f, U'。') && !contains(f, U';') && f.back() != U':' &&
        (!para.open || para.text.empty()) && !stack.empty() && stack.back().children.empty() &&
        (stack.back().section_kind == "item"sv ||
         (stack.back().section_kind == "subhead"sv && (starts_sub_item(head_text(stack.back())) ||
                                                       under_item_documents(stack))))) {
      close_para();
      close_subheads();
      open_line_heading(parent_level() + 1, "subhead", i);
      continue;
    }
    // A General Assembly record lists the documents of an item (or of its
    // sub-item) below its heading, a line each, a title and its symbols in
    // brackets ("秘书长的报告(A/78/1)" / "人权理事会的报告(A/78/53和…)"), before
    // the first speech: each a subhead, the first below the item's heading,
    // the next ones beside it, as one document line over the speeches is
    // (and as a Security Council record's documents are)
    // (its symbols wrapped onto the next line, a bracket left open:
    // "人权理事会的报告(A/78/53和" / "A/78/53/Add.1)")
    auto document_wrapped = [&] {
      if (!leaves_bracket_open(f) || f.size() > 100) return false;
      const size_t j = adjacent_next(i, end);
      if (j == std::string::npos || L_[j].kind != LineKind::Text) return false;
      U32 both(f);
      both += trimmed_fold(j);
      return record_document_line(both);
    };
    if (doc_.front_matter.meeting && L_[i].kind == LineKind::Text && (record_document_line(f) || document_wrapped()) &&
        !starts_sub_item(f) &&
        (!para.open || para.text.empty()) && !stack.empty() && stack.back().children.empty() &&
        (stack.back().section_kind == "item"sv ||
         (stack.back().section_kind == "subhead"sv &&
          (starts_sub_item(head_text(stack.back())) || under_item_documents(stack))))) {
      close_para();
      const bool beside = under_item_documents(stack);
      const int level = beside ? stack.back().level : stack.back().level + 1;
      if (beside) close_to(level);
      open_line_heading(level, "subhead", i);
      continue;
    }
    // (a paragraph that ended by its shape, "…决议草案：" short of a wrapped
    // line, is a boundary too)
    const bool shape_ended = para.open && ended_before(para, i);
    // a table's label at a line's start over its table ("表 1 按区域分列的…"
    // over its cells, or "表1" / its title / the cells, a unit "(千美元)" with
    // them): the caption of the table below it, whatever the paragraph above
    // ended with (a lead-in's "…如下：", no full stop: the wrapped paragraph
    // would run on into the caption, and a table of a cell a line with it)
    const bool caption_over_table = para.open && table_label(f) && caption_table_below(i, end);
    // (a table may open there: "表1" / its title / its cells, a line each)
    if (!para.open || ends_sentence(para) || separated(para.last_line, i) || shape_ended || caption_over_table) {
      // "表1" (and its title on the line below) over a table of a cell a
      // line: a paragraph of its own, closed, the table below it
      // (a title of one cell, no header's: a header may take it in, the table
      // read from the title's line on, "按支出用途分列的财政资源" over "支出用途 2022 年支出 …")
      // "表 29E.1 (续)" at the top of the page after table 29E.1 (its label the
      // paragraph right above it, nothing between but the page's foot and
      // head): the label set again over the table's next part, page
      // furniture as the header row set again is, the part's rows the
      // table's (push_table)
      // (or on the title below the label alone: "表 29E.1" / "按支出用途分列的财政资源(续)")
      size_t title_again = std::string::npos;
      if (table_label(f) == 1) {
        const size_t j = next_free(i + 1, end);
        const U32View g = j < end ? trimmed_fold(j) : U32View();
        if (j < end && L_[j].page == L_[i].page && L_[j].kind == LineKind::Text && g.size() <= 40 &&
            g.find(U"(续)"sv) != U32View::npos && !contains(g, U'。'))
          title_again = j;
      }
      if (table_label(f) && (f.find(U"(续)"sv) != U32View::npos || title_again != std::string::npos) &&
          sink().size() >= 2 && sink().back().kind == NodeKind::Table && sink().back().lines.last >= 1) {
        const std::vector<Node>& s = sink();
        const Node& above = s[s.size() - 2];
        const size_t a = static_cast<size_t>(s.back().lines.last - 1);
        bool again = a < i && L_[i].page == L_[a].page + 1 && above.kind == NodeKind::Paragraph;
        for (size_t k = a + 1; again && k < i; ++k) again = L_[k].blank() || used_[k];
        if (again) {
          const U32 head = fold(from_utf8(above.text));
          const U32View number = table_label_number(f);
          again = !number.empty() && table_label(head) && table_label_number(head) == number;
        }
        if (again) {
          add_furniture(i, "running_header");
          if (title_again != std::string::npos) {
            add_furniture(title_again, "running_header");
            i = title_again;
          }
          continue;
        }
      }
      // (and the table's unit in brackets below its title: table_unit_line)
      auto unit_line = [&](size_t k) { return table_unit_line(k, end); };
      // "表 29E.1 按支出用途分列的财政资源" (its title on its line) and the
      // unit below it, over the table: the unit the label's paragraph's, no
      // header's line
      if (table_label(f) == 2) {
        const size_t j = next_free(i + 1, end);
        if (j < end && unit_line(j) && dry_table_at(next_free(j + 1, end), end)) {
          close_para();
          start_paragraph(para, i, std::nullopt);
          append(para, j, 0, false);
          close_para();
          i = j;
          continue;
        }
      }
      if (table_label(f) == 1) {
        const size_t j = next_free(i + 1, end);
        size_t unit = j < end ? next_free(j + 1, end) : end;
        if (!unit_line(unit)) unit = std::string::npos;
        const bool title = j < end && L_[j].kind == LineKind::Text && !contains(trimmed_fold(j), U'。') &&
                           [&] {
                             std::vector<U32View> cells;
                             split_spaces_into(trimmed_fold(j), cells);
                             return cells.size() == 1 || !dry_table_at(j, end);
                           }() &&
                           dry_table_at(next_free((unit != std::string::npos ? unit : j) + 1, end), end);
        if (title) {
          close_para();
          start_paragraph(para, i, std::nullopt);
          append(para, j, 0, false);
          if (unit != std::string::npos) append(para, unit, 0, false);
          close_para();
          i = unit != std::string::npos ? unit : j;
          continue;
        }
      }
      // "表1" right above its table: a paragraph of its own, the table below it
      if (table_label(f) && dry_table_at(next_free(i + 1, end), end)) {
        close_para();
        start_paragraph(para, i, std::nullopt);
        close_para();
        continue;
      }
      Node t;
      std::optional<size_t> next = column_table(i, end, &t);
      if (!next) next = flattened_table(i, end, &t);
      if (!next) next = wrapped_agenda(i, end, &t);
      if (next) {
        close_para();
        push_table(std::move(t));
        i = *next - 1;
        continue;
      }
      if (!para.open && table_start == std::string::npos && !sink().empty()) {
        if (auto rest = continued_rows(i, end, &sink().back())) {
          i = *rest - 1;
          continue;
        }
      }
    }
    bool boundary_before = !para.open || ends_sentence(para) || separated(para.last_line, i) || shape_ended;
    bool continues_into = para.open && !ends_sentence(para) && !separated(para.last_line, i) && !shape_ended;
    // (the line after an enacting formula, "大会，", or after a clause that
    // ends in a comma, opens a clause, never a subhead: "重申《2030年议程》¹"
    // cut at its marker stays text)
    // (an enacting formula is short: the text is folded only then, not at
    // every line of a long paragraph, which took time quadratic in its length)
    const bool after_formula = para.open && !para.text.empty() &&
                               ((para.text.size() <= 48 && is_enacting_formula(trim_view(ShortFold<48>(para.text).view()))) ||
                                fold_char(para.text.back()) == U',');
    // (an executive board's decision opens with its name alone, "执行局" /
    // "1. 注意到…": its enacting formula, no subhead)
    // (and so does an organ's decision lettered in clauses, its name and a
    // colon alone: "经济及社会理事会：" / "(a) 注意到…；" / "(b) 核可…。"; a
    // functional commission's too, in its report, "统计委员会：" / "(a) 欢迎…；")
    const bool board_formula = (f == U"执行局"sv || f == U"执行局,"sv || colon_formula(f)) && [&] {
      const size_t j = next_free(i + 1, end);
      // (or its sub-items: "执行局" / "(a) 注意到…；")
      return j < end && ((L_[j].kind == LineKind::Numbered && L_[j].value == 1) || starts_with(trimmed_fold(j), U"(a)"sv) ||
                         (L_[j].kind == LineKind::Text && trimmed_fold(j).size() > kMaxSubheadChars));
    }();
    if (board_formula) {  // (a paragraph of its own, whatever stands above it)
      close_para();
      start_paragraph(para, i, std::nullopt);
      board_items = true;
      continue;
    }
    // (its clauses lettered, "执行局" / "(a) 注意到…；" / "(b) 决定…。": each a
    // paragraph of its own, as its numbered paragraphs are, not one run on
    // from a lead-in; until the decision's next heading or closing line)
    // (a clause carried over a page break goes on: only a line after a
    // finished clause that opens none ends them)
    if (board_items && !starts_sub_item(f) && (!para.open || ends_sentence(para))) board_items = false;
    if (board_items && para.open && starts_sub_item(f) && [&] {
          if (para.text == U"执行局"sv || para.text == U"执行局，"sv || para.text == U"执行局,"sv ||
              (para.text.size() <= 60 && colon_formula(fold(U32View(para.text)))))
            return true;
          const char32_t last = para.text.empty() ? U'\0' : fold_char(para.text.back());
          const char32_t letter = clause_letter(f);
          // (an item of an agenda the decision approves, "2. 特别经济…援助：" /
          // "(a) …；" / "(b) …。": its own sub-items go on in it, the first after
          // its colon, each next one after the one before; a clause of the
          // decision's after it, "3. 闭幕。" / "(c) …", is the decision's next)
          if (letter && para.node.paragraph_number) {
            const char32_t inner = last_clause_letter(para.text);
            return !((last == U':' && letter == U'a') || (inner && letter == inner + 1));
          }
          // (a clause ending in a colon over its agenda, "(b) 核准下列临时议程：",
          // and the clause lettered next after it, "(c) …": siblings)
          if (letter && last == U':' && clause_letter(para.text) && letter == clause_letter(para.text) + 1) return true;
          return last != U'\0' && is_clause_end(last) && last != U',' && last != U':';
        }()) {
      close_para();
      start_paragraph(para, i, std::nullopt);
      continue;
    }
    // 决议草案一 / 决定草案二 alone: the head of a recommended draft, its title below
    // (and a conference's own resolution in its report's first chapter,
    // "决议1" / "决议一" alone over its title and "联合国…会议，")
    // (spaces aside: a PDF's text spaces a number from the Han before it,
    // "决议 1", as a word processor's automatic spacing sets it)
    auto draft_head = [](U32View spaced) {
      const U32 nospace = without_spaces(spaced);
      const U32View g(nospace);
      if ((starts_with(g, U"决议"sv) || starts_with(g, U"决定"sv)) && g.size() >= 3 && g.size() <= 5 &&
          (std::all_of(g.begin() + 2, g.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }) ||
           std::all_of(g.begin() + 2, g.end(), is_chinese_numeral_char)))
        return true;
      if (!(starts_with(g, U"决议草案"sv) || starts_with(g, U"决定草案"sv)) || g.size() < 5 || g.size() > 8) return false;
      return std::all_of(g.begin() + 4, g.end(), is_chinese_numeral_char);
    };
    // (or 决定草案 / 决议草案 alone over the formula that opens the draft: an
    // executive board's report ends with its draft decision, "决定草案" / "执行局" /
    // "注意到…")
    // (the formula of a decision lettered in clauses ends in a colon:
    // "经济及社会理事会：" / "(a) 注意到…；")
    // (or a decision of one sentence, the organ its subject: "经济及社会理事会
    // 注意到…的报告。")
    auto formula_line = [&](U32View g) {
      if (is_enacting_formula(g) || g == U"执行局"sv || g == U"执行局,"sv ||
          (g.size() >= 3 && g.back() == U':' && is_enacting_body(g.substr(0, g.size() - 1))))
        return true;
      // (its sentence wrapped over lines, the first ends with no stop: the
      // organ then 决定 says it, "经济及社会理事会决定，…")
      if (g.size() < 8) return false;
      for (size_t n = 2; n <= 12 && n + 2 < g.size(); ++n)
        if (is_organ(g.substr(0, n)) && is_han(g[n]) && (g.back() == U'。' || g.substr(n, 2) == U"决定"sv))
          return true;
      return false;
    };
    auto bare_draft_head = [&] {
      if (f != U"决定草案"sv && f != U"决议草案"sv) return false;
      const size_t j = next_free(i + 1, end);
      if (j >= end || L_[j].kind != LineKind::Text) return false;
      const U32View g = trimmed_fold(j);
      if (formula_line(g)) return true;
      // (or over the draft's title, then its formula: a functional commission's
      // report, "决定草案" / "…第六十一届会议的报告和第六十二届会议临时议程及文件" /
      // "经济及社会理事会：")
      if (!heading_shape(j, kMaxHeadingChars) || contains(g, U'。')) return false;
      size_t k = next_free(j + 1, end);
      // (the title wrapped, its first line full: its rest on the next line,
      // then the formula, "…的报告和第六十二届会议" / "临时议程及文件", as the
      // draft's title below its head is taken)
      if (full(j) && k == j + 1 && k < end && (L_[k].kind == LineKind::Text || figure_cut(j, k)) &&
          !contains(trimmed_fold(k), U'。') && !formula_line(trimmed_fold(k)))
        k = next_free(k + 1, end);
      return k < end && L_[k].kind == LineKind::Text && formula_line(trimmed_fold(k));
    };
    // (a sentence a line, no blank lines: the lead-in's colon, "…通过下列决议草案：",
    // ended its sentence, and the head stands on the next line)
    // (as in any text of a paragraph a line, its blank lines left out; not a
    // wrapped line that ran to the width)
    const bool after_lead_in = at_boundary || (para.open && !para.text.empty() && fold_char(para.text.back()) == U':' &&
                                               (shape_ != Shape::Wrapped || !full(para.last_line)));
    // (a draft's numbered head, "决议草案一" alone, below a lead-in's colon that a
    // wrap left at a full line: no paragraph's wrapped line is those words alone)
    const bool head_after_colon = para.open && !para.text.empty() && fold_char(para.text.back()) == U':' &&
                                  draft_head(f) && !full(i) && title_below(i) != std::string::npos;
    // (or the head with the draft's title after its colon on one line,
    // "决定草案一：统计委员会第五十四届会议报告…", a title's shape, right over the
    // draft's formula: the head of the draft and its title, one subhead)
    const bool head_with_title = after_lead_in && f.size() <= kMaxHeadingChars && !contains(f, U'。') && [&] {
      const size_t c = f.find(U':');
      if (c == U32View::npos || c < 3 || c > 9 || !draft_head(trim_view(f.substr(0, c))) ||
          skip_spaces(f, c + 1) == f.size())
        return false;
      const size_t j = next_free(i + 1, end);
      return j < end && L_[j].kind == LineKind::Text && formula_line(trimmed_fold(j));
    }();
    if ((after_lead_in || head_after_colon) && (draft_head(f) || bare_draft_head() || head_with_title)) {
      close_para();
      close_subheads();
      open_section(parent_level() + 1, "subhead", std::nullopt, i);
      continue;
    }
    // (a draft's title between "…建议大会通过下列决议草案：" (or its head,
    // 决议草案一) and its "大会，": the lead-in's colon does not carry the
    // paragraph on)
    const bool after_head = !para.open && !stack.empty() && stack.back().section_kind == "subhead"sv &&
                            stack.back().children.empty() &&
                            (draft_head(from_utf8(stack.back().title)) || stack.back().title == "决定草案" ||
                             stack.back().title == "决议草案");
    size_t draft_title_rest = std::string::npos;  // (the line a wrap carried the title on to)
    const bool draft_title = ((para.open && !para.text.empty() && fold_char(para.text.back()) == U':') || after_head) &&
                             f.size() <= kMaxHeadingChars && !contains(f, U'。') && [&] {
                               size_t j = next_free(i + 1, end);
                               // (under its head, a long title wrapped: its next line, then the formula;
                               // the wrap may cut a figure, "…加快从201" / "9冠状病毒病…"; and in
                               // blocks set off by blank lines, as pandoc's plain text sets each
                               // paragraph and heading, the title's block runs on at no steady width)
                               if (after_head && (full(i) || shape_ == Shape::Blocks) && j == i + 1 && j < end &&
                                   (L_[j].kind == LineKind::Text || figure_cut(i, j)) &&
                                   !contains(trimmed_fold(j), U'。') && !formula_line(trimmed_fold(j))) {
                                 draft_title_rest = j;
                                 j = next_free(j + 1, end);
                               }
                               return j < end && (is_enacting_formula(trimmed_fold(j)) ||
                                                  (after_head && formula_line(trimmed_fold(j))));
                             }();
    // 第77/418号决定 alone, its title below: a decision of a compilation (a
    // volume of an organ's decisions), a heading numbered by the decision
    // (and 第61/1号决议 alone over its title: a resolution a functional
    // commission adopted, brought to the Council's attention in its report)
    // (the head over them that names what the session adopted, "缔约方会议第二十八届
    // 会议通过的决定" in the report's addendum that holds them, right above the
    // first 第1/CP.28号决定: a part, the decisions under it, as "决定" alone heads
    // a compilation's decisions)
    if (at_boundary && f.size() <= 40 && compilation_title(f)) {
      const size_t j = next_free(i + 1, end);
      if (j < end && numbered_decision_line(trimmed_fold(j))) {
        close_para();
        close_to(1);
        open_section(1, "part", std::nullopt, i);
        continue;
      }
    }
    U32 nospace;  // (第 77/418 号决定 as spaced)
    if (after_lead_in && f.size() >= 7 && f.size() <= 24 && f[0] == U'第' &&
        (f.ends_with(U"号决定"sv) || (f.ends_with(U"号决议"sv) && title_below(i) != std::string::npos)))
      nospace = without_spaces(f);
    if (!nospace.empty() && nospace.size() <= 16) {
      // (a convention's bodies number theirs in their own series: 第1/CP.28号决定)
      if (decision_number_text(U32View(nospace).substr(1, nospace.size() - 4))) {
        close_para();
        close_subheads();
        open_section(decision_level(false), "subsection", number_text(trimmed_content(i)), i);
        if (size_t below = title_below(i); below != std::string::npos) take_title(below);
        expected = 1;
        continue;
      }
    }
    // "2023/201. 选举理事会主席团成员": a decision (or resolution) of a
    // compilation whose number and title stand on one line, under the
    // compilation's title (…届会通过的决议和决定): a heading numbered by it
    // (its parts' heads, "决议" and "决定" alone: parts, the numbered ones under them)
    if (compilation && at_boundary && (f == U"决议"sv || f == U"决定"sv)) {
      close_to(1);
      open_section(1, "part", std::nullopt, i);
      continue;
    }
    if (compilation && at_boundary && f.size() <= kMaxHeadingChars && !contains(f, U'。')) {
      if (auto dot = resolution_title_at(f)) {
        close_para();
        close_subheads();
        const U32View t = trimmed_content(i);
        open_section(decision_level(true), "subsection", to_utf8(t.substr(0, *dot)), i);
        // (the title read as the line's words, its number and dot aside)
        U32 title = from_utf8(stack.back().title);
        if (title.size() >= *dot + 1 && U32View(title).substr(0, *dot + 1) == t.substr(0, *dot + 1)) {
          stack.back().label = to_utf8(t.substr(0, *dot + 1));
          stack.back().title = to_utf8(trim_view(U32View(title).substr(*dot + 1)));
        }
        expected = 1;
        continue;
      }
      // (the number and its dot alone, "2023/8.", the title on the line below:
      // a wrap at a count of characters set the title, a run too long for the
      // rest of the line, on the next)
      U32 probe(f);
      probe += U" …";
      if (const auto d = resolution_title_at(probe); d && *d + 1 == f.size() && f.back() == U'.') {
        if (const size_t below = title_below(i); below != std::string::npos) {
          close_para();
          close_subheads();
          const U32View t = trimmed_content(i);
          open_section(decision_level(true), "subsection", to_utf8(t.substr(0, *d)), i);
          stack.back().label = to_utf8(t);
          stack.back().title.clear();
          take_title(below);
          expected = 1;
          continue;
        }
      }
    }
    // "图一" / "图 2" / "方框3" alone: a figure's or a box's label, its caption on
    // the line below ("经社理事会2013-2022年期间…决议的主要内容"); a paragraph of
    // its own with the caption, not a heading over the text that follows
    if (at_boundary && figure_label(f)) {
      close_para();
      start_paragraph(para, i, std::nullopt);
      if (const size_t j = next_free(i + 1, end); j < end && j <= i + 2 && L_[j].kind == LineKind::Text &&
                                                  !L_[j].page_start && heading_shape(j, kMaxHeadingChars)) {
        append(para, j, 0, false);
        i = j;
      }
      close_para();
      continue;
    }
    // "注" alone over the notes that close the text, nothing but their
    // bodies below it (the endnotes of a summary or compilation the Office
    // of the High Commissioner prepares, "注" / "¹ 利益攸关方…"): a heading of
    // its own at the top, not the last paragraph's last word
    if ((f == U"注"sv || f == U"注释"sv) && next_free(i + 1, end) >= end && [&] {
          // (past a page break's furniture: the notes may open the next page)
          auto note = [&](size_t k) {
            return L_[k].kind == LineKind::FootnoteBody || L_[k].kind == LineKind::DigitNote;
          };
          size_t k = i + 1;
          while (k < L_.size() && (L_[k].blank() || (used_[k] && !note(k)))) ++k;
          return k < L_.size() && used_[k] && note(k);
        }()) {
      close_to(1);
      open_section(1, "subhead", std::nullopt, i);
      continue;
    }
    // "文件" alone (the documents an annotation lists follow): a subhead
    if (f == U"文件"sv && at_boundary && next_free(i + 1, end) < end && L_[next_free(i + 1, end)].kind == LineKind::Text) {
      close_para();
      close_subheads();
      open_section(parent_level() + 1, "subhead", std::nullopt, i);
      continue;
    }
    // "执行摘要" alone, set off by a blank line, text below: a report's
    // executive summary heading (a Joint Inspection Unit report's, under its
    // authors' line "编写人：…", which ends in no stop), never the rest of the
    // paragraph above it
    // (and "建议1" alone over its text: a JIU report's recommendation set off
    // on its own line, in PDF text too where its text runs on below it)
    const bool recommendation_label = [&] {
      if (f.size() < 3 || f.size() > 5 || f[0] != U'建' || f[1] != U'议') return false;
      const size_t d = skip_spaces(f, 2);
      return d < f.size() && std::all_of(f.begin() + static_cast<std::ptrdiff_t>(d), f.end(),
                                         [](char32_t c) { return c >= U'0' && c <= U'9'; });
    }();
    // (or, where only a paragraph's first line is set in, at the margin right
    // over a line set in: the line below opens the text, and these words with
    // no mark end no paragraph, whatever the width of the line above them)
    const bool over_set_in = indent_first_only_ && !ideographic_indent(i) && i + 1 < end &&
                             L_[i + 1].kind == LineKind::Text && ideographic_indent(i + 1);
    if ((f == U"执行摘要"sv || recommendation_label) && (!para.open || separated(para.last_line, i) || over_set_in) &&
        next_free(i + 1, end) < end && L_[next_free(i + 1, end)].kind == LineKind::Text) {
      close_para();
      close_subheads();
      open_section(parent_level() + 1, "subhead", std::nullopt, i);
      continue;
    }
    // (the documents an annotated agenda lists under "文件" are no headings)
    const bool in_documents = !stack.empty() && stack.back().section_kind == "subhead"sv && stack.back().title == "文件";
    const size_t bold_end = bold_title_end(i, end);
    if ((draft_title ||
         (!continues_into && boundary_before && !board_formula && !in_documents &&
          ((f.size() <= kMaxSubheadChars && heading_shape(i, kMaxSubheadChars)) || bold_end > i) &&
          !(para.open && !ends_sentence(para) && !shape_ended) && !after_formula && !after_vote_label(i)))) {
      // (a heading a PDF sets in bold wrapped onto a second bold line: what
      // stands below it is below its last line)
      size_t j = next_free(bold_end + 1, end);
      // (at the top level too: an unnumbered 导言 before the first chapter)
      // ... or, a title standing alone (no comma, no date) before a paragraph
      // or an enacting formula: a draft's title, a record's document line
      // ("决议草案(A/77/L.30)") above the speeches
      // (a record's document line, a title and its symbol in brackets, says
      // so itself: "决议草案(A/77/L.30)" / "总务委员会的第三次报告(A/77/250/Add.2)")
      auto document_line = [&] {
        // (not in an annotated agenda's list of documents under "文件")
        if (f.size() < 6 || f.back() != U')' || (!stack.empty() && stack.back().title == "文件")) return false;
        const size_t open = f.rfind(U'(');
        if (open == U32View::npos || open == 0) return false;
        return classify_kind(f.substr(open + 1, f.size() - open - 2)) == LineKind::Symbol;
      };
      // (a field of a curriculum vitae below another is no heading: "现任职务：…" / "学历：…")
      const bool next_field = field_line(f) && para.open && field_line(trim_view(ShortFold<12>(para.text).view()));
      // (nor the value below a label alone, "主席：" / "胡安·佩雷斯(阿根廷)": a
      // report's officers, each label over its name)
      const bool under_label = [&] {
        if (!para.open || para.text.size() < 3 || para.text.size() > 11) return false;
        const U32 g = fold(U32View(para.text));
        return g.back() == U':' && field_line(g) && std::all_of(g.begin(), g.end() - 1, is_han);
      }();
      const bool alone = !contains(f, U',') && !contains(f, U'，') && !date_only(f) && (!full(i) || bold_end > i) &&
                         !starts_sub_item(f) &&
                         !next_field && !under_label &&
                         (shape_ != Shape::Wrapped || j >= end || separated(i, j) || L_[j].page_start ||
                          document_line() ||
                          // (a line well short of the wrap right over the text: the
                          // text below opens after it)
                          (j == i + 1 && stops_short_over_next(i)) ||
                          // (or, in a text file wrapped at its columns, room on it for
                          // the next line's first character, a wide one: such a wrap
                          // cuts a run of Han anywhere to fill a line, so the line
                          // ended its block; "…加快实现性别平等", 58 of 80 columns, over
                          // "湖区妇女合作网络是…组成的网络，" at the width)
                          // (not a PDF's text, whose lines break at its columns and
                          // boxes too and whose type tells a heading: as stops_short_over_next)
                          (j == i + 1 && wrapped_ && !count_mode_ && !edge_mode_ && !lines_.has_form_feeds &&
                           L_[i].right_gap < 0 && L_[i].bold < 0 && L_[j].kind == LineKind::Text && measure(i) + 2 <= wrap_width_ - 3 &&
                           !trim_view(L_[j].text).empty() &&
                           display_width(trim_view(L_[j].text).substr(0, 1)) == 2) ||
                          is_enacting_formula(trimmed_fold(j)) ||
                          // (at the margin, short of the width, right over a line set
                          // in where only a paragraph's first line is: that line opens
                          // the text below, so this one stood alone, as a title
                          // does, "通过在农村地区投资…加快实现性别平等" / "　　湖区…")
                          (indent_first_only_ && j == i + 1 && !ideographic_indent(i) && ideographic_indent(j)) ||
                          // (set in the middle by spaces over a line flush with the margin,
                          // as pdftotext -layout and text files centre a heading: "      前言" /
                          // "2022 年，日内瓦办事处…")
                          (indent(i) >= 8 && j < end && indent(j) == 0 && trimmed_fold(j).size() > kMaxSubheadChars) ||
                          // (a candidate's name right above the fields of a curriculum
                          // vitae, as PDF text sets it without a blank line between)
                          (j < end && L_[j].kind == LineKind::Text && field_line(trimmed_fold(j)) && !field_line(f)) ||
                          // a PDF sets it in bold, centred or larger, over text that is not
                          (L_[i].bold == 1 && L_[j].bold == 0) || (L_[i].centered == 1 && L_[j].centered == 0) ||
                          (L_[i].large == 1 && L_[j].large == 0));
      // (or before the fields of a curriculum vitae: a candidate's name, "阿米娜·卡马拉女士(塞拉利昂)")
      // (and in a record, over a speaker's turn: "决议草案(A/78/L.27)" / "　　代理主席
      // (以西班牙语发言)：我现在…", its first line short where paragraphs are set in)
      const bool before_text = j < end && L_[j].kind == LineKind::Text &&
                               ((doc_.front_matter.meeting && document_line() && speaker_label(trimmed_fold(j))) ||
                                (!heading_shape(j, kMaxSubheadChars) &&
                                 (is_enacting_formula(trimmed_fold(j)) || trimmed_fold(j).size() > kMaxSubheadChars)) ||
                                // (a paragraph's first line set in, running to the width:
                                // its text goes on below, however few characters a narrow
                                // wrap left it)
                                (indent_first_only_ && ideographic_indent(j) && full(j)) ||
                                (field_line(trimmed_fold(j)) && !field_line(f)));
      // (a paragraph labelled within its section, "29E.4 …", is numbered
      // too; and two heading lines over such a paragraph, "总体方向" /
      // "任务和背景" / "29E.1 …", are two headings)
      // (and so does an article's or a rule's label below it, "开会日期" /
      // "规则1", "特别届会" / "规则7": the heading of rules of procedure and
      // instruments over their articles, not a paragraph, nor run together with
      // a second heading line in wrapped text)
      auto numbered_below = [&](size_t k) {
        return k < end && (!full(i) || bold_end > i) &&
               ((L_[k].kind == LineKind::Numbered && numbered_paragraph_shape(k, end)) ||
                // (or the first of a run of numbered headings, "1. 选举主席团成员"
                // with its text below: an agenda's annotations under "说明")
                (L_[k].kind == LineKind::Numbered && L_[k].value == 1 && !full(k) &&
                 heading_shape(k, kMaxSubsectionChars) && [&] {
                   const size_t t = next_free(k + 1, end);
                   const U32View g = t < end ? trimmed_fold(t) : U32View();
                   return t < end && L_[t].kind == LineKind::Text &&
                          (full(t) || !heading_shape(t, kMaxSubsectionChars) || g.size() > kMaxSubheadChars ||
                           contains(g, U','));
                 }()) ||
                (L_[k].kind == LineKind::Article && !contains(f, U'。') && !is_clause_end(f.back())) ||
                (L_[k].kind == LineKind::Text && decimal_label(trimmed_fold(k)) > 0 &&
                 trimmed_fold(k).size() > decimal_label(trimmed_fold(k)) + 4));
      };
      const bool heads_heading = j < end && L_[j].kind == LineKind::Text && !full(j) &&
                                 trimmed_fold(j).size() <= kMaxSubheadChars && heading_shape(j, kMaxSubheadChars) &&
                                 !contains(trimmed_fold(j), U',') && !contains(trimmed_fold(j), U'，') &&
                                 !decimal_label(trimmed_fold(j)) && numbered_below(next_free(j + 1, end));
      // (a draft's title under its head, "决议草案一", right over its formula:
      // a heading though its words hold commas, as long titles of drafts do)
      // (or, where only a paragraph's first line is set in, a heading's words
      // at the margin wrapped from a full line onto a short one, right over a
      // line set in: "通过在农村地区…加快实现性" / "别平等" / "　　湖区…", as a
      // title of one line there stands alone)
      const bool wrapped_over_set_in = [&] {
        if (!indent_first_only_ || shape_ != Shape::Wrapped || !full(i) || ideographic_indent(i) || j != i + 1 ||
            j + 1 >= end || L_[j].kind != LineKind::Text || ideographic_indent(j) || full(j) ||
            !heading_shape(j, kMaxSubheadChars) || L_[j + 1].kind != LineKind::Text || !ideographic_indent(j + 1))
          return false;
        const U32View g = trimmed_fold(j);
        return f.size() + g.size() <= kMaxSubheadChars && !contains(f, U',') && !contains(f, U'，') &&
               !contains(g, U',') && !contains(g, U'，') && !is_ascii_alnum(g.front());
      }();
      if (j < end && (numbered_below(j) || heads_heading || (alone && before_text) || (draft_title && after_head) ||
                      wrapped_over_set_in)) {
        close_para();
        // a heading a draft's text announces ("(b) 核准下文所载的委员会第三十三届
        // 会议临时议程。" / "第三十三届会议临时议程" / "1. 选举主席团成员。"): part
        // of the draft, below its title, its items numbered with the draft's
        // (the draft's subhead holds its formula; its last paragraph says
        // 下文, 如下 or ends in a colon)
        const bool announced = [&] {
          if (stack.empty() || stack.back().section_kind != "subhead"sv || stack.back().children.empty()) return false;
          const auto& ch = stack.back().children;
          if (std::none_of(ch.begin(), ch.end(), [](const Node& c) {
                return c.kind == NodeKind::Paragraph && c.paragraph_kind == "formula"sv;
              }))
            return false;
          const Node& last = ch.back();
          if (last.kind != NodeKind::Paragraph || last.paragraph_kind == "formula"sv) return false;
          const U32 t = fold(from_utf8(last.text));
          return t.find(U"下文") != U32::npos || t.find(U"如下") != U32::npos || (!t.empty() && t.back() == U':');
        }();
        if (announced) {
          open_section(stack.back().level + 1, "subhead", std::nullopt, i);
          continue;
        }
        // (over an article's label, a heading of the articles: beside the
        // article above it, not inside it)
        if (L_[j].kind == LineKind::Article ||
            (heads_heading && next_free(j + 1, end) < end && L_[next_free(j + 1, end)].kind == LineKind::Article))
          while (!stack.empty() && (stack.back().section_kind == "article"sv || stack.back().section_kind == "subhead"sv))
            close_to(stack.back().level);
        // a heading numbered in small roman numerals, "(i) 非洲区域", below a
        // lettered one, "(a) 加入情况": the level below it, as UN headings go
        // (一. / A. / 1. / (a) / (i)); its siblings "(ii)", "(iii)" beside it
        // (not "(i)" after "(h)", the ninth letter; nor "(v)" or "(x)" unless
        // a roman sibling stands before it)
        if (const int under = roman_under_lettered(stack, f); under > 0) {
          open_section(under + 1, "subhead", std::nullopt, i);
        } else {
          close_subheads();
          open_section(parent_level() + 1, "subhead", std::nullopt, i);
        }
        // (a draft's title whose block ran on, not at a wrap's width: its
        // rest, the line above the formula, is the title's too)
        if (draft_title && after_head && draft_title_rest != std::string::npos && !used_[draft_title_rest]) {
          Node& n = stack.back();
          std::vector<FootnoteRef> refs;
          U32 t = from_utf8(n.title);
          join_text(t, piece(draft_title_rest, L_[draft_title_rest].body, &refs));
          used_[draft_title_rest] = 1;
          n.lines.extend(L_[draft_title_rest].number);
          for (auto& r : refs) loose_refs_.push_back({r.id, L_[draft_title_rest].number});
          n.title = to_utf8(t);
        }
        // a lettered heading ("(a) 刑事司法", below a numbered subsection "2. 国内法"):
        // its letter the number, "(a)" its label, the words after it the title
        {
          Node& n = stack.back();
          const U32 t = from_utf8(n.title);
          const U32 ft = fold(t);
          const size_t close = ft.size() > 4 && ft[0] == U'(' ? ft.find(U')') : U32::npos;
          if (close != U32::npos && close >= 2 && close <= 5 && close + 1 < ft.size() && is_space(ft[close + 1]) &&
              std::all_of(ft.begin() + 1, ft.begin() + static_cast<std::ptrdiff_t>(close),
                          [](char32_t c) { return c >= U'a' && c <= U'z'; })) {
            n.number = to_utf8(U32View(ft).substr(1, close - 1));
            n.label = to_utf8(U32View(t).substr(0, close + 1));
            n.title = to_utf8(trim_view(U32View(t).substr(close + 1)));
          }
        }
        continue;
      }
    }
    if (para.open) {
      bool sep = separated(para.last_line, i);
      // (an item's or a quote's paragraph ends at a blank line: the text below
      // is the next block, as Markdown sets it)
      if (sep && para.node.paragraph_kind != "numbered"sv && md_block(para.node.lines.first)) {
        close_para();
        start_paragraph(para, i, std::nullopt);
        continue;
      }
      // (inside a quoted statement's paragraph, "“安全理事会重申…，" / "并重申…",
      // no preambular clause opens)
      const bool in_quote = !para.text.empty() && para.text[0] == U'“';
      bool preamble = (starts_clause(para, i) && !in_quote) || ended_before(para, i) || clause_break(para, i);
      if (!preamble && shape_ == Shape::SentencePerLine && !sep && para.node.paragraph_kind == "numbered"sv)
        ++sentences_joined_;
      if (preamble && shape_ == Shape::SentencePerLine && para.node.paragraph_kind != "numbered"sv &&
          !para.text.empty() && is_sentence_end(fold_char(para.text.back())))
        ++sentences_apart_;
      // An unnumbered paragraph ends at a blank line after a full stop; a
      // numbered one runs on over page breaks (later blocks belong to it).
      // A numbered paragraph runs on over a blank line (a page break in the
      // seed's shape), but not into a record's procedural line ("主席离席，由
      // 副主席…主持会议。", "会议于…暂停，…复会。").
      const bool numbered_ends = para.node.paragraph_kind == "numbered"sv && is_procedural_line(f) && !overlaps(para, i);
      bool new_unnumbered = (para.node.paragraph_kind != "numbered"sv || numbered_ends) && sep && ends_sentence(para) &&
                            !L_[i].page_start && !crossed_furniture(para.last_line, i);
      // (pdftotext's default mode sets a blank line between blocks of a page:
      // one inside an unnumbered paragraph's run of full lines on one page
      // ends it, even cut mid-word where the extractor took the rest away)
      if (shape_ == Shape::Wrapped && lines_.has_form_feeds && sep && !L_[i].page_start &&
          para.node.paragraph_kind != "numbered"sv && L_[i].kind == LineKind::Text && !starts_sub_item(f) &&
          !crossed_furniture(para.last_line, i) && L_[i].page == L_[para.last_line].page)
        new_unnumbered = true;
      // wrapped text: a paragraph whose last line stopped short, then a
      // blank line on the same page: the paragraph has ended, whatever its
      // last character (a preambular "，" too)
      // (with form feeds only: without them a blank line may be the page break)
      if (shape_ == Shape::Wrapped && lines_.has_form_feeds && sep && !L_[i].page_start &&
          !crossed_furniture(para.last_line, i) &&
          !full(para.last_line) && !hanging_full(para) && !starts_sub_item(f) && !para.text.empty() &&
          is_clause_end(end_before_marker(para.text)))
        new_unnumbered = true;
      // (and without form feeds, after a line well short of the width)
      if (sep && short_line_then_blank(para.last_line, i) && para.node.paragraph_kind != "numbered"sv &&
          !hanging_full(para) && !starts_sub_item(f) && !para.text.empty() &&
          is_clause_end(end_before_marker(para.text)))
        new_unnumbered = true;
      // (and a heading's words alone, no mark at their end, half a line at
      // most, as a lone line takes no text right below it: a quoted draft's
      // title, "“老年人权利宣言" / "" / "“大会，", where a blank line follows
      // each line of the text)
      if (sep && short_line_then_blank(para.last_line, i) && para.node.paragraph_kind == "unnumbered"sv &&
          static_cast<size_t>(para.node.lines.first) == para.last_line + 1 && para.node.footnote_refs.empty() &&
          measure(para.last_line) * 2 <= wrap_width_ && heading_shape(para.last_line, kMaxSubheadChars) &&
          !starts_sub_item(f))
        new_unnumbered = true;
      // (text wrapped at a count of characters has no pages: a line that had
      // room for the next word, then a blank line, ended its paragraph)
      if (sep && !new_unnumbered && room_for_next_word(para.last_line, i) == 1 && !starts_sub_item(f))
        new_unnumbered = true;
      // across a page break too: a wrapped paragraph runs its lines to the
      // width but its last; one whose last line stopped well short after a
      // full stop has ended, and the next page's first line opens another
      // (a record's next speaker: "…作出迅速反应。" / furniture / "米勒先生…：")
      if (shape_ == Shape::Wrapped && wrapped_ && (L_[i].page_start || crossed_furniture(para.last_line, i)) &&
          para.node.paragraph_kind != "numbered"sv && L_[i].kind == LineKind::Text &&
          (ends_sentence(para) || (doc_.front_matter.meeting && is_sentence_end(end_through_closing(para.text)))) &&
          !starts_sub_item(f) &&
          // (a PDF page says it from the right margin; text, from the wrap width)
          (L_[para.last_line].right_gap >= 0 ? L_[para.last_line].right_gap > 2
                                              : measure(para.last_line) < wrap_width_ - 9))
        new_unnumbered = true;
      // a curriculum vitae's or a form's fields, each a line of its own
      // opening with its label ("出生日期和地点：…" / "现任职务：…"), even
      // without a full stop
      // (not after a full line: a wrapped line may open with "决议草案：")
      // (after a full line too, in a run of such fields: the field above this
      // paragraph's one was a paragraph of its own)
      if (!L_[i].page_start && field_line(f) && para.node.paragraph_kind != "numbered"sv &&
          field_line(trim_view(ShortFold<12>(para.text).view())) &&
          (!full(para.last_line) || [&] {
            const std::vector<Node>& done = sink();
            if (done.empty() || done.back().kind != NodeKind::Paragraph) return false;
            const std::string_view h(done.back().text);  // (its head: a label is at most 10 characters and a colon)
            size_t n = std::min<size_t>(h.size(), 36);
            while (n > 0 && n < h.size() && (static_cast<unsigned char>(h[n]) & 0xC0) == 0x80) --n;
            return field_line(trim_view(ShortFold<12>(from_utf8(h.substr(0, n))).view()));
          }()))
        new_unnumbered = true;
      // a label alone on its line, set off by a blank line, over what it
      // labels (a report's officers, "主席：" / "胡安·佩雷斯(阿根廷)" /
      // "副主席：" / …): a paragraph of its own, though the name above it
      // ends in no stop
      // (or, on a PDF page, which sets no blank lines, below a line that
      // stopped well short of the right margin: the page ended it)
      // (below a numbered paragraph's lead-in too, "6. …选出下列主席团成员：",
      // which a blank line would otherwise carry on over as a page break's; and
      // the name below the label is a paragraph of its own, as the label is)
      const bool stopped_short = L_[i].right_gap >= 0 && L_[para.last_line].right_gap >= 0 && !full(para.last_line);
      auto label_alone = [](U32View g) {
        return g.size() >= 3 && g.size() <= 11 && g.back() == U':' && field_line(g) &&
               std::all_of(g.begin(), g.end() - 1, is_han);
      };
      if ((sep || stopped_short) && !L_[i].page_start && !crossed_furniture(para.last_line, i) && !para.text.empty() &&
          (para.node.paragraph_kind != "numbered"sv || fold_char(para.text.back()) == U':') && label_alone(f))
        new_unnumbered = true;
      // (the name: a short line of no clause, "胡安·卡洛斯·佩雷斯(阿根廷)", not a
      // lead-in's sub-item, "为本公约的目的：" / "(a)“野火”是指…")
      if (sep && !L_[i].page_start && !crossed_furniture(para.last_line, i) &&
          para.node.paragraph_kind == "unnumbered"sv && para.text.size() <= 11 &&
          label_alone(fold(trim_view(U32View(para.text)))) && f.size() <= 30 && !starts_sub_item(f) &&
          std::none_of(f.begin(), f.end(), [](char32_t c) { return is_clause_end(c) || is_sentence_end(c); }))
        new_unnumbered = true;
      // the documents an annotated agenda lists under "文件", a line each
      // ("大会第七十八届常会临时议程(A/78/150)" / "秘书长关于…的备忘录(A/BUR/78/1)"),
      // as PDF text sets them without blank lines between: a line that
      // stopped short ends its document
      // (and one that ends with its symbol in brackets, full or not: "…的备忘录(A/BUR/78/1)")
      if (in_documents && para.node.paragraph_kind != "numbered"sv && L_[i].kind == LineKind::Text &&
          (!full(para.last_line) || [&] {
            const U32View last = trimmed_fold(para.last_line);
            const size_t open = last.rfind(U'(');
            return !last.empty() && last.back() == U')' && open != U32View::npos &&
                   classify_kind(last.substr(open + 1, last.size() - open - 2)) == LineKind::Symbol;
          }()))
        new_unnumbered = true;
      // a recorded vote: each label (赞成： / 反对： / 弃权：) and the list of
      // members below it a paragraph of its own; the list ends at a blank line
      // though no full stop ends it
      // (not at a page break that cuts the list: its last line on the page
      // full, or ending with the 、 before the next member's name)
      if (para.node.paragraph_kind != "numbered"sv &&
          (is_vote_label(f) ||
           (sep && para.node.lines.first > 0 && after_vote_label(para.node.lines.first - 1) &&
            !((L_[i].page_start || crossed_furniture(para.last_line, i)) && !para.text.empty() &&
              (fold_char(para.text.back()) == U'、' || full(para.last_line))))))
        new_unnumbered = true;
      // clauses numbered by their section, "4.2 …" / "4.3 …" (a bulletin's,
      // an administrative instruction's): the next number in the sequence
      // after a full stop opens a clause of its own
      // (and a budget fascicle's, "29E.4 …" / "29E.5 …")
      if (ends_sentence(para) && !para.text.empty()) {
        long a1 = 0, b1 = 0, a2 = 0, b2 = 0;  // (the line first: the paragraph's head is folded only for a line that may follow it)
        char32_t l1 = 0, l2 = 0;
        if (decimal_label(f, &a2, &l2, &b2) &&
            decimal_label(fold(U32View(para.text).substr(0, std::min<size_t>(para.text.size(), 9))), &a1, &l1, &b1) &&
            a1 == a2 && l1 == l2 && b2 == b1 + 1)
          new_unnumbered = true;
      }
      // a statement set as quoted paragraphs (a presidential statement:
      // "…发表声明如下：" / "“安全理事会重申…。" / "“安理会欢迎…。"): each
      // opening quote after the introduction, or after a quoted paragraph's
      // full stop, opens a paragraph
      // (and a draft quoted in a report, below its numbered paragraph's "…建议大会通过
      //下列决议草案：", each of its clauses opening with a quote: “大会，/ “回顾…，/ “1. …；)
      if (!f.empty() && (f[0] == U'“' || f[0] == U'"') && !para.text.empty()) {
        const char32_t last = fold_char(para.text.back());
        // (not a corrigendum item's new text below its "该句应改为：": the item's)
        const bool intro = last == U':' && !full(para.last_line) && !new_text_quoted(para, i);
        const bool numbered = para.node.paragraph_kind == "numbered"sv;
        const bool quoted = quoted_statement && !numbered && (para.text[0] == U'“' || para.text[0] == U'"') &&
                            (ends_sentence(para) || last == U',' || last == U';');
        if (intro) quoted_statement = true;
        if (intro || quoted) new_unnumbered = true;
      }
      // a lead-in's next sub-item set off by a blank line ("…决定：" / "(a) …；" /
      // "(b) …。"): in the paragraph, as the first was (and as under a number)
      if (new_unnumbered && !preamble && sep && para.node.paragraph_kind != "numbered"sv && !para.text.empty() &&
          (fold_char(para.text.back()) == U';' || para.text.back() == U'；') && starts_sub_item(f)) {
        // (the sub-item before it, (a) before (b), 1 before 2, in the paragraph)
        const size_t open = f[0] == U'(' ? 1 : 0, close = f.find(U')');
        const U32View label = f.substr(open, close - open);
        U32 prev;
        // (a one-character label, ㈡ after ㈠, ⑵ after ⑴, ⒝ after ⒜: its own sign)
        const char32_t c0 = f[0];
        if ((c0 > U'㈠' && c0 <= U'㈩') || (c0 > U'⑴' && c0 <= U'⒇') || (c0 > U'⒜' && c0 <= U'⒵')) {
          if (U32View(para.text).find(c0 - 1) != U32View::npos) new_unnumbered = false;
        } else if (label.size() == 1 && label[0] > U'a' && label[0] <= U'z') prev = U32(1, label[0] - 1);
        else if (label.size() <= 2 && std::all_of(label.begin(), label.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }) &&
                 label != U"1"sv)
          prev = from_utf8(std::to_string(std::stol(to_utf8(label)) - 1));
        // ((二) after (一), (十一) after (十): a Chinese numeral's)
        else if (!label.empty() && label.size() <= 3 && std::all_of(label.begin(), label.end(), is_chinese_numeral_char)) {
          const long v = chinese_numeral_value(label);
          static constexpr char32_t kDigits[] = U"一二三四五六七八九";
          const long w = v - 1;
          if (w >= 1 && w <= 99) {
            if (w >= 20) prev.push_back(kDigits[w / 10 - 1]);
            if (w >= 10) prev.push_back(U'十');
            if (w % 10 != 0) prev.push_back(kDigits[w % 10 - 1]);
          }
        }
        if (!prev.empty() && fold(U32View(para.text)).find(U"(" + prev + U")") != U32::npos) new_unnumbered = false;
      }
      // a Council's provisional agenda (S/Agenda/9350): an item's title, then
      // its sub-item and documents a line each ("2. 阿富汗局势" / "秘书长的报告
      // (S/2023/453)"), no stop after any: each line its own, not run together
      if (council_agenda_doc && !para.text.empty() && !ends_sentence(para) && !full(para.last_line) &&
          !L_[i].page_start && !contains(f, U'。'))
        new_unnumbered = true;
      // a section's clause label alone on its line ("1.2" / "本指示应与…阅读。": a
      // wrap at a count of characters moved the text, a run too long for the
      // label's line, below it) takes the text line below, as a numbered
      // paragraph's lone number does
      if ((preamble || new_unnumbered) && !sep && para.node.lines.first > 0 &&
          static_cast<size_t>(para.node.lines.first) == para.last_line + 1 && para.text.size() <= 8 &&
          L_[i].kind == LineKind::Text && !decimal_label(f) && !starts_sub_item(f) &&
          !heading_shape(i, kMaxSubheadChars) && [&] {
            U32 probe = fold(U32View(para.text));
            const size_t n = probe.size();
            probe += U" x";
            return decimal_label(probe) == n;
          }()) {
        preamble = false;
        new_unnumbered = false;
        para.text.push_back(U' ');  // (the label and its text parted by a space, as on one line)
      }
      if (preamble || new_unnumbered) {
        close_para();
        start_paragraph(para, i, std::nullopt);
      } else {
        // a sub-item set off by a blank line ("：" then "(a) …；") is no page break
        append(para, i, 0,
               sep && !(starts_sub_item(f) && !para.text.empty() && is_clause_end(fold_char(para.text.back()))));
      }
      continue;
    }
    start_paragraph(para, i, std::nullopt);
  }
  close_table();
  close_to(0);
  shrink_small(out);
  return out;
}

// "出生日期和地点：…": a field's label (two to ten Han characters) and a colon
bool field_line(U32View t) {
  const size_t c = t.find(U':');
  if (c == U32View::npos || c < 2 || c > 10) return false;
  for (size_t k = 0; k < c; ++k)
    if (!is_han(t[k])) return false;
  return true;
}

namespace {

// A cell a line holds alone that is a number: "79", "12.5%", a dash or dots
// for a nil value, or digits grouped by thousands with a space ("98 450")
// (not conv::number_cell, a TOC's paragraph range or page)
bool value_cell(U32View f) {
  if (numeric_cell(f) || (!f.empty() && std::all_of(f.begin(), f.end(), [](char32_t c) {
        return c == U'-' || c == U'–' || c == U'—' || c == U'…' || c == U'.';
      })))
    return true;
  if (f.size() < 5 || f.size() > 20) return false;
  U32 g;
  for (size_t c = 0; c < f.size(); ++c)
    if (!(is_space(f[c]) && c > 0 && c + 3 < f.size() && f[c - 1] >= U'0' && f[c - 1] <= U'9' &&
          std::all_of(f.begin() + c + 1, f.begin() + std::min(f.size(), c + 4),
                      [](char32_t d) { return d >= U'0' && d <= U'9'; })))
      g.push_back(f[c]);
  return g.size() < f.size() && numeric_cell(g);
}

// an amount: a number, or a negative one in brackets ("(648.7)", "(1 284.0)")
bool amount_cell(U32View f) {
  f = trim_view(f);
  if (f.size() >= 3 && f.front() == U'(' && f.back() == U')') f = trim_view(f.substr(1, f.size() - 2));
  return value_cell(f);
}

// "1", "2", "3"…: a column of row numbers (序号), each one more than the last
bool serial_numbers(const std::vector<U32View>& cells) {
  long want = 1;
  for (U32View c : cells) {
    if (c.empty() || c.size() > 3) return false;
    long v = 0;
    for (char32_t d : c) {
      if (d < U'0' || d > U'9') return false;
      v = v * 10 + (d - U'0');
    }
    if (v != want++) return false;
  }
  return true;
}

}  // namespace

bool Parser::cell_like(size_t i) const {
  switch (L_[i].kind) {
    case LineKind::Text: case LineKind::BareNumber: case LineKind::DigitNote: break;
    default: return false;
  }
  U32View f = trimmed_line(i);
  // (a table's label, "表 29E.2" / "表2 拟议员额", is no cell: the next
  // table's, or the title's over the rows below it; a run of cells ends there)
  return ink_within(f, 48) && !contains(f, U'。') && !contains(f, U';') && !table_label(f);
}

bool Parser::row_like(size_t i) const {
  // (asked of the same lines again and again, from every line a table may
  // open at, and for each line a header may end at: known once)
  if (row_like_.size() != L_.size()) row_like_.assign(L_.size(), -1);
  if (row_like_[i] < 0) row_like_[i] = row_like_uncached(i) ? 1 : 0;
  return row_like_[i] == 1;
}

bool Parser::row_like_uncached(size_t i) const {
  // A row of a table -raw sets a row a line, its cells parted by spaces, or
  // a line of its header: longer than a cell may be (a wide table's header,
  // "支出用途 2022 年支出 2023 年批款 变动共计 2024 年估计数(重计费用前)", on a
  // page wide enough to hold it), so long it has three cells at least, none
  // longer than a cell, and no clause's punctuation (，；。) as prose has
  if (cell_like(i)) return true;
  switch (L_[i].kind) {
    case LineKind::Text: case LineKind::BareNumber: case LineKind::DigitNote: break;
    default: return false;
  }
  const U32View f = trimmed_fold(i);
  if (table_label(f)) return false;
  // (one pass, out at the first clause mark: its words between spaces, one
  // space or more, as -layout sets some cells a single space apart)
  size_t words = 0;
  int ink = 0, word_ink = 0;
  for (size_t k = 0; k <= f.size(); ++k) {
    if (k == f.size() || is_space(f[k])) {
      if (word_ink > 0) ++words;
      word_ink = 0;
      continue;
    }
    const char32_t c = f[k];
    if (c == U'。' || c == U';' || c == U',') return false;
    const int w = c < 0x80 ? 1 : 2;
    ink += w;
    word_ink += w;
    if (ink > 160 || word_ink > 48) return false;
  }
  return words >= 3;
}

std::optional<size_t> Parser::wrapped_agenda(size_t i, size_t end, Node* table) {
  if (time_prefix(trimmed_fold(i)) == 0) return std::nullopt;
  // the run: short lines with no full stop, until a heading or a sentence
  auto agenda_line = [&](size_t k) {
    const LineKind kind = L_[k].kind;
    if (kind == LineKind::Chapter || kind == LineKind::Section || kind == LineKind::Numbered ||
        kind == LineKind::Annex || kind == LineKind::Article)
      return false;
    U32View f = trimmed_line(k);
    return ink_within(f, 100) && !contains(f, U'。');
  };
  std::vector<size_t> starts;
  size_t last = i;
  for (size_t k = i; k < end; ++k) {
    if (used_[k] || L_[k].blank()) continue;
    if (!agenda_line(k)) break;
    if (time_prefix(trimmed_fold(k)) > 0) starts.push_back(k);
    last = k;
  }
  if (starts.size() < 2) return std::nullopt;
  table->kind = NodeKind::Table;
  // cells of one line: split at runs of two or more spaces (-layout)
  auto cells_of = [](U32View t, std::vector<U32>& into) {
    t = trim_view(t);
    size_t b = 0;
    for (size_t j = 0; j <= t.size(); ++j) {
      bool cut = j == t.size() || (j + 1 < t.size() && is_space(t[j]) && is_space(t[j + 1]));
      if (!cut) continue;
      U32View c = trim_view(t.substr(b, j - b));
      if (!c.empty()) into.emplace_back(c);
      while (j < t.size() && is_space(t[j])) ++j;
      b = j;
    }
  };
  size_t columns = 0;
  for (size_t r = 0; r < starts.size(); ++r) {
    const size_t s = starts[r], stop = r + 1 < starts.size() ? starts[r + 1] : last + 1;
    const size_t from = skip_spaces(L_[s].fold(), L_[s].body);
    const size_t tp = time_prefix(trimmed_fold(s));
    U32 time(U32View(L_[s].text).substr(from, tp));
    std::vector<U32> cells;
    cells_of(U32View(L_[s].text).substr(from + tp), cells);
    // a time cut by the wrap ("至 11" / "时 45 分", "至 11 时 45" / "分") goes on
    // at the start of the next line, maybe ahead of more text
    size_t n = next_free(s + 1, stop), skip_n = 0;
    if (n < stop && !time.empty() && fold_char(time.back()) >= U'0' && fold_char(time.back()) <= U'9') {
      const size_t at = skip_spaces(L_[n].fold(), L_[n].body);
      U32 both = fold(time) + U" " + U32(U32View(L_[n].fold()).substr(at));
      const size_t grown = time_prefix(both);
      if (grown > time.size() + 1) {
        const size_t extra = grown - time.size() - 1;
        join_text(time, U32View(L_[n].text).substr(at, extra));
        skip_n = at + extra;
      }
    }
    // the lines below: a blank line ends a cell; otherwise a line goes on
    // the last cell (a wrapped cell)
    bool new_cell = cells.empty();
    for (size_t k = s + 1; k < stop; ++k) {
      if (L_[k].blank()) {
        new_cell = true;
        continue;
      }
      if (used_[k]) continue;
      std::vector<U32> parts;
      cells_of(U32View(L_[k].text).substr(k == n ? skip_n : 0), parts);
      for (auto& part : parts) {
        if (new_cell || cells.empty()) cells.emplace_back();
        join_text(cells.back(), part);
        new_cell = false;
      }
      used_[k] = 1;
      table->lines.extend(L_[k].number);
    }
    std::vector<std::string> row{to_utf8(trim(time))};
    for (auto& c : cells) row.push_back(to_utf8(c));
    used_[s] = 1;
    table->lines.extend(L_[s].number);
    columns = std::max(columns, row.size());
    table->rows.push_back(std::move(row));
  }
  for (auto& row : table->rows) row.resize(columns);
  return last + 1;
}

std::optional<size_t> Parser::flattened_table(size_t i, size_t end, Node* table, bool dry) {
  // A long run of short lines that is no table from its first line is
  // taken to be no table from any later line either: remember, so such a
  // run costs linear time, not quadratic. (Short runs are retried from
  // each line: a stray line before a table must not hide it.)
  if (i < no_table_before_) return std::nullopt;
  auto result = find_flattened_table(i, end, table, dry);
  if (!result && table_scan_end_ > i + 64) no_table_before_ = std::max(no_table_before_, table_scan_end_);
  return result;
}

std::optional<size_t> Parser::find_flattened_table(size_t i, size_t end, Node* table, bool dry) {
  table_scan_end_ = i + 1;
  // (a) one cell per line, blank lines between
  std::vector<size_t> cells;
  for (size_t k = i; k < end;) {
    if (!free_line(k) || !cell_like(k)) break;
    cells.push_back(k);
    size_t j = k + 1;
    bool blank = false;
    while (j < end && (L_[j].blank() || used_[j])) blank = blank || L_[j].blank(), ++j;
    if (!blank) break;
    k = j;
  }
  if (!cells.empty()) table_scan_end_ = std::max(table_scan_end_, cells.back() + 1);
  if (cells.size() >= 6) {
    for (size_t cols = 2; cols <= 8; ++cols) {
      // (a last row may leave its row number empty, a total below rows
      // numbered 1, 2, 3…: "4" / "内罗毕" / "11 640" / "76" / "共计" / "219 220" / "81")
      const bool short_last = cells.size() % cols == cols - 1 && cols >= 3;
      if ((cells.size() % cols != 0 && !short_last) || cells.size() / cols < 3) continue;
      const size_t full = cells.size() - (short_last ? cols - 1 : 0);
      std::vector<int> pattern(cols, -1);
      bool ok = true, any_numeric = false;
      for (size_t c = cols; c < full && ok; ++c) {
        int num = value_cell(trim_view(L_[cells[c]].fold())) ? 1 : 0;
        int& want = pattern[c % cols];
        if (want < 0) want = num;
        else if (want != num) ok = false;
        any_numeric = any_numeric || num;
      }
      if (!ok || !any_numeric) continue;
      if (short_last) {
        std::vector<U32View> firsts;
        for (size_t c = cols; c < full; c += cols) firsts.push_back(trimmed_fold(cells[c]));
        ok = pattern[0] == 1 && serial_numbers(firsts);
        for (size_t c = full; c < cells.size() && ok; ++c)
          ok = (value_cell(trim_view(L_[cells[c]].fold())) ? 1 : 0) == pattern[c - full + 1];
        if (!ok) continue;
      }
      if (dry) return cells.back() + 1;
      table->kind = NodeKind::Table;
      for (size_t r = 0; r * cols < cells.size(); ++r) {
        std::vector<std::string> row;
        if (r * cols == full) row.emplace_back();
        for (size_t c = r * cols; c < std::min(cells.size(), (r + 1) * cols - (r * cols == full)); ++c) {
          size_t line = cells[c];
          row.push_back(to_utf8(trim_view(L_[line].text)));
          used_[line] = 1;
          table->lines.extend(L_[line].number);
        }
        table->rows.push_back(std::move(row));
      }
      return cells.back() + 1;
    }
  }
  // (d) a row per block, a cell a line, blank lines between the rows (MuPDF
  // sets each row of a table as a block of its own: "孟加拉国" / "16 500" /
  // "42" / "12.4" / blank / "埃塞俄比亚" / …): three rows or more of one
  // number of cells, a word first and numbers after it; the header's lines
  // above, eight at most, a cell each where they are as many as the columns,
  // else one cell holding them all
  {
    // (a block read to its ninth line at most: a row has eight cells at
    // most, and the header eight lines, so a longer block is neither; read
    // to its end, a long run of short lines was read again from each of
    // its lines, in time quadratic in its length)
    auto block_at = [&](size_t k, std::vector<size_t>* out) {
      out->clear();
      for (; k < end && out->size() < 9 && free_line(k) && cell_like(k); ++k) out->push_back(k);
      return k < end ? k : end;  // (the line after the block, or after its ninth line)
    };
    auto row_shape = [&](const std::vector<size_t>& b) {
      if (b.size() < 3 || b.size() > 8 || value_cell(trimmed_fold(b[0]))) return false;
      for (size_t c = 1; c < b.size(); ++c)
        if (!value_cell(trimmed_fold(b[c]))) return false;
      return true;
    };
    std::vector<size_t> head, block;
    size_t k = i;
    for (int n = 0; n < 12 && k < end; ++n) {
      const size_t after = block_at(k, &block);
      if (row_shape(block)) break;
      if (block.empty()) {
        block.clear();
        break;
      }
      if (head.size() + block.size() > 8) break;  // (a header of more than eight lines: no table)
      head.insert(head.end(), block.begin(), block.end());
      k = after;
      while (k < end && L_[k].blank()) ++k;
    }
    if (row_shape(block) && head.size() <= 8) {
      const size_t cols = block.size();
      std::vector<std::vector<size_t>> rows{block};
      for (;;) {
        // (a blank line or two between the rows)
        size_t b = rows.back().back() + 1, blanks = 0;
        while (b < end && L_[b].blank()) ++b, ++blanks;
        if (blanks == 0 || b >= end) break;
        block_at(b, &block);
        if (block.size() != cols || !row_shape(block)) break;
        rows.push_back(block);
      }
      if (rows.size() >= 3) {
        if (dry) return rows.back().back() + 1;
        table->kind = NodeKind::Table;
        if (!head.empty()) {
          std::vector<std::string> cells;
          for (size_t h : head) {
            cells.push_back(to_utf8(trim_view(L_[h].text)));
            used_[h] = 1;
            table->lines.extend(L_[h].number);
          }
          if (cells.size() != cols) {
            U32 all;
            for (size_t h : head) join_text(all, trim_view(L_[h].text));
            cells.assign(cols, "");
            cells[0] = to_utf8(all);
          }
          table->rows.push_back(std::move(cells));
        }
        for (const auto& r : rows) {
          std::vector<std::string> row;
          for (size_t c : r) {
            row.push_back(to_utf8(trim_view(L_[c].text)));
            used_[c] = 1;
            table->lines.extend(L_[c].number);
          }
          table->rows.push_back(std::move(row));
        }
        table_scan_end_ = std::max(table_scan_end_, rows.back().back() + 1);
        return rows.back().back() + 1;
      }
    }
  }
  // (c) one cell per line with no blank lines between (a table in a text of
  // a paragraph a line, or cells copied out of a PDF file): the cells fall
  // into rows of a steady width whose columns are numbers or words alike in
  // every row. A header of one cell fewer is a row whose corner is empty.
  if (auto at = cell_per_line_table(i, end, table, dry)) return at;
  // (b) a row per line, cells split by spaces; the header may come first
  // on up to six lines of its own, its cells wrapped (-raw: "国家 小农户(千户)
  // 获得气候" / "信息服务" / "的比例" / "(%)" / "2021 年预期行动资金(百万美" / "元)")
  // (-layout sets some tables' cells a single space apart, some two or
  // more, row by row: "员额          42 615.3 43 907.8 (512.6) 43 395.2" /
  // "顾问          96.4     120.0    (35.0) 85.0"; where the runs of spaces
  // give no steady rows, a second pass reads every line as -raw would give
  // it, each run of spaces one space)
  struct Squeezed {
    U32 g;                   // the folded line, each run of spaces one space
    std::vector<size_t> at;  // g's characters' places in the line
  };
  std::map<size_t, Squeezed> squeezed;
  bool any_wide = false;
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1 && !any_wide) break;
    auto squeeze = [&](size_t k) -> const Squeezed& {
      auto [it, fresh] = squeezed.try_emplace(k);
      if (fresh) {
        const U32View f = trimmed_line(k);
        const size_t from = static_cast<size_t>(f.data() - L_[k].fold().data());
        for (size_t c = 0; c < f.size(); ++c) {
          if (is_space(f[c]) && (it->second.g.empty() || is_space(it->second.g.back()))) continue;
          it->second.g.push_back(is_space(f[c]) ? U' ' : f[c]);
          it->second.at.push_back(from + c);
        }
      }
      return it->second;
    };
    // a line's cells (views into its folded text, or into its squeezed one)
    size_t seen_to = i;  // (pass 0: one past the last line split)
    auto split_row = [&](size_t k, std::vector<U32View>& out) {
      if (pass == 0) {
        split_spaces_into(L_[k].fold(), out);
        seen_to = std::max(seen_to, k + 1);
        return;
      }
      split_spaces_into(squeeze(k).g, out);
    };
    // a cell of line k cut from its original text at the places of its view
    auto cut = [&](size_t k, U32View tok) {
      const U32View t(L_[k].text);
      if (pass == 0) return to_utf8(t.substr(static_cast<size_t>(tok.data() - L_[k].fold().data()), tok.size()));
      const Squeezed& q = squeeze(k);
      if (tok.empty()) return std::string();
      const size_t a = q.at[static_cast<size_t>(tok.data() - q.g.data())];
      const size_t b = q.at[static_cast<size_t>(tok.data() - q.g.data()) + tok.size() - 1] + 1;
      return to_utf8(t.substr(a, b - a));
    };
    std::vector<size_t> rows, header;
    size_t cols = 0;
    std::vector<U32View> toks;  // (a line's cells; the room kept from line to line)
    auto steady_rows = [&](size_t from, std::vector<size_t>* out, size_t* n) {
      out->clear();
      *n = 0;
      for (size_t k = from; k < end; ++k) {
        // (rows a blank line apart, as -layout spaces them where the
        // table's rows are: a blank line between two rows of a run)
        if (L_[k].blank() && !out->empty() && k + 1 < end && free_line(k + 1) && !L_[k + 1].page_start) continue;
        // (and a page break between two rows: nothing between but the
        // page's foot and head, blank lines and claimed ones, the rows go
        // on at the top of the next page, where the line there is shaped as
        // the last row, amounts where it has amounts, words where words)
        if (!free_line(k) && !out->empty()) {
          size_t m = k;
          while (m < end && (L_[m].blank() || used_[m])) ++m;
          if (m > k && m < end && L_[m].page == L_[out->back()].page + 1 && row_like(m)) {
            std::vector<U32View> above, below;
            split_row(out->back(), above);
            split_row(m, below);
            bool same = above.size() == below.size();
            for (size_t c = 0; c < above.size() && same; ++c) same = amount_cell(above[c]) == amount_cell(below[c]);
            if (same) {
              k = m - 1;
              continue;
            }
          }
        }
        if (!free_line(k) || !row_like(k)) break;
        split_row(k, toks);
        if (toks.size() < 2 || (*n && toks.size() != *n)) break;
        *n = toks.size();
        out->push_back(k);
      }
    };
    // (a line shaped as a row, words then two amounts or more, "其他工作人员费用
    // 1 284.0 1 102.5 – 1 102.5", is no line of a header)
    auto row_shaped = [&](size_t k) {
      const U32View f = trimmed_line(k);  // (an amount ends it: a digit, or a bracket closing one)
      if (f.empty() || !((f.back() >= U'0' && f.back() <= U'9') || f.back() == U')')) return false;
      std::vector<U32View> words;
      split_spaces_into(squeeze(k).g, words);
      return words.size() >= 3 && !amount_cell(words.front()) && amount_cell(words.back()) &&
             amount_cell(words[words.size() - 2]);
    };
    steady_rows(i, &rows, &cols);
    if (rows.size() < 3) {
      for (size_t h = i; h < end && h < i + 6 && free_line(h) && row_like(h) && !row_shaped(h); ++h) {
        std::vector<size_t> r;
        size_t n = 0;
        steady_rows(h + 1, &r, &n);
        if (r.size() >= 3 && n >= 2 && r.front() == h + 1) {
          for (size_t k = i; k <= h; ++k) header.push_back(k);
          rows = r;
          cols = n;
          break;
        }
      }
    }
    if (!rows.empty()) table_scan_end_ = std::max(table_scan_end_, rows.back() + 1);
    if (rows.size() >= 3) {
      size_t numeric_rows = 0;
      for (size_t r = 1; r < rows.size(); ++r) {
        split_row(rows[r], toks);
        if (value_cell(toks.back())) ++numeric_rows;  // (grouped by thousands too: "43 395.2")
      }
      // (or a table of words, "塞缪尔·阿多·博阿滕先生 加纳 加纳", as -raw gives
      // it: Chinese text has no space between two Han characters, so rows of
      // as many cells each, every space standing between two characters that
      // are not ASCII, under a header split the same way, are a table's)
      auto han_spaced = [&](size_t k) {
        const U32View f = trimmed_fold(k);
        for (size_t c = 1; c + 1 < f.size(); ++c)
          if (is_space(f[c]) && !is_space(f[c - 1])) {
            size_t e = c;
            while (e < f.size() && is_space(f[e])) ++e;
            if (f[c - 1] < 0x80 || e >= f.size() || f[e] < 0x80) return false;
          }
        return true;
      };
      const bool word_table =
          numeric_rows == 0 && rows.size() >= 4 && cols <= 6 && header.empty() &&
          std::all_of(rows.begin(), rows.end(), han_spaced) && [&] {
            // (the header's cells short names, no full stop nor colon: 姓名 国籍 提名国)
            split_row(rows[0], toks);
            return std::all_of(toks.begin(), toks.end(), [](U32View c) {
              return c.size() <= 8 && !contains(c, U':') && !contains(c, U'、') && !contains(c, U',');
            });
          }();
      if ((numeric_rows * 2 >= rows.size() - 1 && numeric_rows > 0) || word_table) {
        // (below rows numbered 1, 2, 3…, a row one cell short whose first cell
        // is words: a total whose number is empty, "共计 219 220 81")
        size_t total = std::string::npos;
        const size_t t = rows.back() + 1;
        if (cols >= 3 && t < end && free_line(t) && row_like(t)) {
          std::vector<U32View> firsts;
          for (size_t r = 0; r < rows.size(); ++r) {
            split_row(rows[r], toks);
            if (r > 0 || value_cell(toks[0])) firsts.push_back(toks[0]);
          }
          split_row(t, toks);
          if (toks.size() + 1 == cols && !value_cell(toks.front()) && value_cell(toks.back()) &&
              firsts.size() >= 3 && serial_numbers(firsts))
            total = t;
        }
        if (total != std::string::npos) rows.push_back(total);
        if (dry) return rows.back() + 1;
        table->kind = NodeKind::Table;
        if (!header.empty()) {
          // the header's words in reading order, as many cells as the rows have
          // where they split evenly, else one cell holding them all
          std::vector<std::string> cells;
          for (size_t h : header) {
            split_row(h, toks);
            for (auto tok : toks) cells.push_back(cut(h, tok));
            used_[h] = 1;
            table->lines.extend(L_[h].number);
          }
          if (cells.size() != cols) {
            std::string all;
            for (auto& c : cells) all += c;
            cells.assign(cols, "");
            cells[0] = all;
          }
          table->rows.push_back(std::move(cells));
        }
        for (size_t r : rows) {
          std::vector<std::string> row;
          // cut the original text at the same places as the folded view
          if (r == total) row.emplace_back();
          split_row(r, toks);
          for (auto tok : toks) row.push_back(cut(r, tok));
          table->rows.push_back(std::move(row));
          used_[r] = 1;
          table->lines.extend(L_[r].number);
        }
        return rows.back() + 1;
      }
    }
    // (a second pass only where a line split here had a run of spaces)
    for (size_t k = i; pass == 0 && k < seen_to && !any_wide; ++k) {
      const U32View f = trimmed_line(k);
      for (size_t c = 0; c + 1 < f.size() && !any_wide; ++c) any_wide = is_space(f[c]) && is_space(f[c + 1]);
    }
  }
  return std::nullopt;
}

std::optional<size_t> Parser::continued_rows(size_t i, size_t end, Node* prev) {
  // A table's last rows set at the top of the next page, one or two, too few
  // to read as a table of their own ("共计  65 338.2  67 689.8 (648.7) 67 041.1"
  // below the running header): with nothing between but the page's foot and
  // head (blank lines, furniture, footnotes, all claimed), each line of as
  // many cells as the table's rows, numbers where its last row has numbers
  // and words where it has words, they are its rows.
  if (prev->kind != NodeKind::Table || prev->rows.size() < 2 || prev->lines.last < 1) return std::nullopt;
  const size_t a = static_cast<size_t>(prev->lines.last - 1);
  if (a >= i || i >= end || L_[i].page != L_[a].page + 1) return std::nullopt;
  for (size_t k = a + 1; k < i; ++k)
    if (!L_[k].blank() && !used_[k]) return std::nullopt;
  const size_t n = prev->rows.back().size();
  if (n < 2 || std::any_of(prev->rows.begin(), prev->rows.end(), [&](const auto& r) { return r.size() != n; }))
    return std::nullopt;
  auto amount = [](const std::string& cell) { return amount_cell(fold(from_utf8(cell))); };
  // the last row's shape: which of its cells are amounts (an empty cell,
  // a total's empty label, says nothing)
  std::vector<signed char> shape(n);
  size_t numbers = 0;
  for (size_t c = 0; c < n; ++c) {
    const bool empty = prev->rows.back()[c].find_first_not_of(" \t") == std::string::npos;
    shape[c] = empty ? -1 : amount(prev->rows.back()[c]) ? 1 : 0;
    numbers += shape[c] == 1;
  }
  if (numbers == 0 || shape[0] == 1) return std::nullopt;
  // a line's cells, cut from its own characters: at the runs of spaces; or,
  // where that gives another count (-layout sets a number a single space
  // from the next, "67 689.8 (648.7) 67 041.1"), at every space but those
  // that set off thousands
  auto cells_of = [&](size_t k, std::vector<std::string>& out) {
    out.clear();
    const U32View t(L_[k].text), f(L_[k].fold());
    std::vector<U32View> toks;
    split_spaces_into(f, toks);
    if (toks.size() == n) {
      for (U32View tok : toks) out.push_back(to_utf8(t.substr(tok.data() - f.data(), tok.size())));
      return;
    }
    U32 g;
    std::vector<size_t> at;  // (g's characters' places in the line)
    for (size_t c = 0; c < f.size(); ++c) {
      if (is_space(f[c]) && (g.empty() || is_space(g.back()))) continue;
      g.push_back(is_space(f[c]) ? U' ' : f[c]);
      at.push_back(c);
    }
    split_spaces_into(g, toks);
    if (toks.size() != n) return;
    for (U32View tok : toks) {
      if (tok.empty()) return out.clear();
      const size_t from = at[static_cast<size_t>(tok.data() - g.data())];
      const size_t to = at[static_cast<size_t>(tok.data() - g.data()) + tok.size() - 1] + 1;
      out.push_back(to_utf8(t.substr(from, to - from)));
    }
  };
  // (the header row set again above them, as a UN table's headings repeat
  // on every page: page furniture, as push_table takes it)
  std::vector<size_t> again;
  size_t first = i;
  if (const size_t n_again = lines_holding(i, end, prev->rows.front()); n_again > 0) {
    for (size_t k = i; again.size() < n_again; ++k)
      if (!L_[k].blank()) {
        if (!free_line(k)) return std::nullopt;
        again.push_back(k);
      }
    first = next_free(again.back() + 1, end);
  }
  std::vector<std::vector<std::string>> rows;
  std::vector<size_t> taken;
  std::vector<std::string> cells;
  for (size_t k = first; k < end && free_line(k) && cell_like(k) && (k == first || !L_[k].page_start); ++k) {
    cells_of(k, cells);
    if (cells.size() != n) break;
    bool fits = true;
    for (size_t c = 0; c < n && fits; ++c) {
      const int num = amount(cells[c]) ? 1 : 0;
      fits = shape[c] < 0 ? c > 0 || num == 0 : num == shape[c];
    }
    if (!fits) break;
    rows.push_back(cells);
    taken.push_back(k);
  }
  if (rows.empty()) return std::nullopt;
  for (size_t k : again) add_furniture(k, "running_header");
  for (size_t r = 0; r < rows.size(); ++r) {
    prev->rows.push_back(std::move(rows[r]));
    used_[taken[r]] = 1;
    prev->lines.extend(L_[taken[r]].number);
  }
  return taken.back() + 1;
}

size_t Parser::header_lines_of(const Node& t) const {
  // The lines a table's first row (its header) was read from, from its
  // first line on (0: none alone, the row took part of a line)
  if (t.rows.size() < 2 || t.lines.first < 1) return 0;
  return lines_holding(static_cast<size_t>(t.lines.first - 1), static_cast<size_t>(t.lines.last), t.rows.front());
}

size_t Parser::lines_holding(size_t from, size_t end, const std::vector<std::string>& row) const {
  // As many non-blank lines from line from on (up to eight, before end) as
  // hold the row's characters (spaces aside), no more, no fewer; 0 where no
  // such lines are found.
  std::vector<char32_t> want, got;
  for (const auto& c : row)
    for (char32_t ch : from_utf8(c))
      if (!is_space(ch)) want.push_back(ch);
  if (want.empty()) return 0;
  std::sort(want.begin(), want.end());
  size_t lines = 0;
  for (size_t k = from; k < end && k < L_.size() && lines < 8; ++k) {
    if (L_[k].blank()) continue;
    for (char32_t ch : trim_view(U32View(L_[k].text)))
      if (!is_space(ch)) got.push_back(ch);
    ++lines;
    if (got.size() > want.size()) return 0;
    if (got.size() == want.size()) {
      std::sort(got.begin(), got.end());
      return got == want ? lines : 0;
    }
  }
  return 0;
}

// The table's unit in brackets below its title, "(千美元)", "(单位：百万美元)",
// "(百分比)", "(人数)", "(2022年美元)": a short bracketed line with no clause
// in it (each use asks for the table below it too)
// The numbers alone on their lines stacked from line j below the label
// (*labels holds it, a number alone too), each the next of the one above:
// appended to *labels; the first free line after them.
size_t Parser::stacked_labels(size_t j, size_t end, std::vector<size_t>* labels) const {
  const long first = L_[labels->front()].value;
  while (j < end && L_[j].kind == LineKind::Numbered && trimmed_content(j).empty() &&
         L_[j].value == first + static_cast<long>(labels->size())) {
    labels->push_back(j);
    j = next_free(j + 1, end);
  }
  return j;
}

bool Parser::table_unit_line(size_t k, size_t end) const {
  const U32View u = k < end ? trimmed_fold(k) : U32View();
  if (u.size() < 3 || u.size() > 20 || u.front() != U'(' || u.back() != U')') return false;
  const U32View in = u.substr(1, u.size() - 2);
  return in.find_first_of(U"()。，,;；"sv) == U32View::npos;
}

bool Parser::caption_table_below(size_t i, size_t end) {
  const U32View f = trimmed_fold(i);
  auto unit_line = [&](size_t k) { return table_unit_line(k, end); };
  const size_t j = next_free(i + 1, end);
  if (j >= end) return false;
  if (dry_table_at(j, end)) return true;
  const size_t k = next_free(j + 1, end);
  if (unit_line(j)) return dry_table_at(k, end);
  // "表1" alone, its title on the next line (no sentence), then the table
  if (table_label(f) != 1 || L_[j].kind != LineKind::Text || contains(trimmed_fold(j), U'。') ||
      trimmed_fold(j).size() > 60)
    return false;
  return dry_table_at(k, end) || (unit_line(k) && dry_table_at(next_free(k + 1, end), end));
}

bool Parser::dry_table_at(size_t i, size_t end) {
  if (i >= end || !free_line(i)) return false;
  if (L_[i].kind == LineKind::TableRow) return true;
  Node t;
  return column_table(i, end, &t, true).has_value() || find_flattened_table(i, end, &t, true).has_value();
}

std::optional<size_t> Parser::cell_per_line_table(size_t i, size_t end, Node* table, bool dry) {
  constexpr size_t kMaxRun = 600;
  // (a table's label, or the title below a label alone, opens no table)
  if (table_label(trimmed_fold(i))) return std::nullopt;
  if (i > 0 && !L_[i - 1].blank() && table_label(trimmed_fold(i - 1)) == 1) return std::nullopt;
  std::vector<size_t> run;  // the cells' lines
  std::vector<signed char> num;  // 1: a number (or a dash, a nil value); 0: words
  for (size_t k = i; k < end && run.size() < kMaxRun; ++k) {
    if (L_[k].blank()) {
      // (a page break between two cells: blank lines round the page's
      // furniture, the run goes on below)
      size_t m = k;
      bool page = false;
      while (m < end && (L_[m].blank() || used_[m])) page = page || L_[m].page_start || used_[m], ++m;
      if (!page || m >= end) break;
      k = m - 1;
      continue;
    }
    if (used_[k]) continue;  // (page furniture between two cells)
    if (!cell_like(k) || L_[k].kind == LineKind::DigitNote) break;
    run.push_back(k);
    num.push_back(value_cell(trimmed_fold(k)) ? 1 : 0);
  }
  if (run.empty()) return std::nullopt;
  table_scan_end_ = std::max(table_scan_end_, run.back() + 1);
  if (run.size() < 8) return std::nullopt;
  for (size_t cols = 2; cols <= 8; ++cols) {
    for (size_t hdr : {cols, cols - 1}) {
      if (hdr + cols * 3 > run.size()) continue;
      // the pattern of the first row below the header, held in every row
      std::vector<signed char> pattern(num.begin() + hdr, num.begin() + hdr + cols);
      // (the rows' labels, words, stand first)
      // (or the rows' numbers, 1, 2, 3…, then words: "1" / "纽约" / "98 450")
      const bool words = pattern[0] == 0;
      const bool numbers = std::count(pattern.begin(), pattern.end(), 1) > 0;
      if (!numbers || (!words && std::count(pattern.begin(), pattern.end(), 0) == 0)) continue;
      size_t rows = 0;
      while (hdr + (rows + 1) * cols <= run.size() &&
             std::equal(pattern.begin(), pattern.end(), num.begin() + hdr + rows * cols))
        ++rows;
      if (rows < 3) continue;
      if (!words) {
        std::vector<U32View> firsts;
        for (size_t r = 0; r < rows; ++r) firsts.push_back(trimmed_fold(run[hdr + r * cols]));
        if (!serial_numbers(firsts)) continue;
      }
      // (the cells after the last row: a row cut short means another reading)
      size_t left = 0;
      for (size_t c = hdr + rows * cols; c < run.size() && left < cols && num[c] == pattern[left]; ++c) ++left;
      if (left >= 2) continue;
      // (below rows numbered 1, 2, 3…, a last row whose number is empty: a total)
      size_t tail = 0;
      if (!words && left == 0 && cols >= 3) {
        const size_t c0 = hdr + rows * cols;
        bool match = c0 + cols - 1 <= run.size();
        for (size_t j = 0; match && j + 1 < cols; ++j) match = num[c0 + j] == pattern[j + 1];
        if (match && (c0 + cols - 1 == run.size() || num[c0 + cols - 1] == 0)) tail = cols - 1;
      }
      const size_t last = run[hdr + rows * cols + tail - 1];
      if (dry) return last + 1;
      table->kind = NodeKind::Table;
      auto cell = [&](size_t c) {
        used_[run[c]] = 1;
        table->lines.extend(L_[run[c]].number);
        return to_utf8(trim_view(L_[run[c]].text));
      };
      std::vector<std::string> head;
      if (hdr < cols) head.emplace_back();
      for (size_t c = 0; c < hdr; ++c) head.push_back(cell(c));
      table->rows.push_back(std::move(head));
      for (size_t r = 0; r < rows; ++r) {
        std::vector<std::string> row;
        for (size_t c = 0; c < cols; ++c) row.push_back(cell(hdr + r * cols + c));
        table->rows.push_back(std::move(row));
      }
      if (tail > 0) {
        std::vector<std::string> row{""};
        for (size_t c = 0; c < tail; ++c) row.push_back(cell(hdr + rows * cols + c));
        table->rows.push_back(std::move(row));
      }
      return last + 1;
    }
  }
  return std::nullopt;
}

bool Parser::crossed_furniture(size_t a, size_t b) const {
  for (size_t k = a + 1; k < b; ++k)
    if (used_[k] && !L_[k].blank()) return true;
  return false;
}

}  // namespace undoc::detail

namespace undoc::detail {

// A treaty's testimonium or place and date of signing run on over the next
// lines (its first line ends no sentence, the lines below it text, the last
// ending one): the last of them, or i where it stands whole or is no such
// closing. The place and date read on line i already (done: a date before
// 订于); else the testimonium, read on the lines joined ("…以昭信守").
size_t Parser::treaty_wrapped_last(size_t i, bool testimonium) const {
  U32View f = trimmed_fold(i);
  if (f.empty() || is_sentence_end(f.back()) || (testimonium && !starts_with(f, U"为此"sv) &&
                                                 f.find(U"下列"sv) == U32View::npos && !starts_with(f, U"兹"sv)))
    return i;
  U32 joined(f);
  size_t k = i;
  for (int n = 0; n < 3; ++n) {
    const size_t j = next_free(k + 1, L_.size());
    // (the next line, or the next page's first past the page's foot)
    if (j >= L_.size() || L_[j].kind != LineKind::Text || (separated(k, j) && !L_[j].page_start)) return i;
    const U32View g = trimmed_fold(j);
    joined += g;
    k = j;
    if (g.empty() || !is_sentence_end(g.back())) continue;
    if (testimonium && !is_testimonium(joined)) return i;
    return joined.size() <= 120 ? k : i;
  }
  return i;
}

// Lines i to last that are free, joined as one text and taken.
U32 Parser::take_free_lines(size_t i, size_t last) {
  U32 text;
  for (size_t k = i; k <= last; ++k) {
    if (!free_line(k)) continue;
    join_text(text, piece(k, 0, nullptr));
    used_[k] = 1;
  }
  return text;
}

bool Parser::closing_wrapped(size_t i, ClosingLine c) {
  const size_t last = treaty_wrapped_last(i, c.kind == "signature");
  return closing_over(i, last, std::move(c));
}

bool Parser::closing_over(size_t i, size_t last, ClosingLine c) {
  c.text = to_utf8(take_free_lines(i, last));
  c.line = L_[i].number;
  c.in = in_annex_ ? "annex" : "body";
  doc_.closing.push_back(std::move(c));
  last_closing_ = last;
  return true;
}

bool Parser::closing_line(size_t i) {
  const U32View f = trimmed_fold(i);
  ClosingLine c;
  // a record's notice (本记录包括…, 本记录可以更正…) set below the adjournment, as
  // some extractions give the first page's foot last: a note of the closing
  // (at the head it is the front matter's), its sentences or wrapped lines with it
  // (or at the foot of the first page, the body's text above and below it,
  // as pdftotext gives it: the front matter's note, as at the head)
  const bool adjourned = !doc_.closing.empty() && doc_.closing.back().kind == "adjourned";
  if (adjourned || (L_[i].page == 0 && lines_.has_form_feeds)) {
    if (const size_t last = record_notice_last(i, L_.size()); last != std::string::npos) {
      const size_t after = next_free(last + 1, L_.size());
      const bool foot = !adjourned && (after >= L_.size() || L_[after].page_start);
      if (!adjourned && !foot) return false;
      const U32 text = take_free_lines(i, last);
      if (foot) {
        doc_.front_matter.notes.push_back(to_utf8(text));
        return true;
      }
      c.kind = "note";
      c.text = to_utf8(text);
      c.line = L_[i].number;
      c.in = in_annex_ ? "annex" : "body";
      doc_.closing.push_back(std::move(c));
      last_closing_ = last;
      return true;
    }
  }
  // 2007 年 9 月 13 日 第 107 次全体会议 (-layout puts both on one line)
  std::optional<long> both;
  if (std::string iso; size_t n = chinese_date_at(f, 0, &iso, false)) both = meeting_number(f.substr(n));
  if (!both) {
    if (size_t p = f.rfind(U' '); p != U32View::npos && date_only(f.substr(p + 1)) && f.size() - p > 6)
      both = meeting_number(f.substr(0, p));
  }
  if (auto m = both ? both : meeting_number(f)) {
    c.kind = "meeting";
    c.value = std::to_string(*m);
  } else if (auto d = date_only(f)) {
    c.kind = "date";
    c.value = *d;
  } else if (auto ds = board_session_date(f)) {
    // an executive board's decision closes with the day and its session on
    // one line, "2023年6月16日年度会议", "2023年2月8日第一届常会": the date
    c.kind = "date";
    c.value = *ds;
  } else if (((session_line(f) && !starts_with(f, U"第"sv)) || board_session_name(f)) && [&] {
               // an executive board's decision closes with its session and
               // date, "2023年年度会议" / "2023年6月16日", as an organ's with its
               // plenary meeting and date: the session, a meeting line
               // without a number, the date right below it (the session
               // named without its year too: "年度会议" / "2023年6月16日")
               const size_t j = next_free(i + 1, L_.size());
               return j < L_.size() && j <= i + 2 && !L_[j].page_start && date_only(trimmed_fold(j)).has_value();
             }()) {
    c.kind = "meeting";
  } else if (bool opened = false; auto t = adjourned_at(f, &opened)) {
    if (opened) return false;
    c.kind = "adjourned";
    c.value = *t;
    auto& fm = doc_.front_matter;
    if (!fm.meeting) fm.meeting.emplace();
    fm.meeting->closed = *t;
  } else if (auto done = treaty_done_at(f)) {
    // a treaty's place and date of signing: "二〇二三年十一月十五日订于纽约，正本一份。"
    c.kind = "date";
    c.value = *done;
    if (treaty_wrapped_last(i, false) != i) return closing_wrapped(i, std::move(c));
  } else if (const size_t last = treaty_wrapped_last(i, true); last != i) {
    // (a treaty's closing wrapped, as PDF text sets it: "2025年1月15日订于纽约，
    // 正本一份，其阿拉伯文、中文、英文、法文、俄文和" / "西班牙文文本同等作准。";
    // "为此，下列签署人经各自政府正式授权，在本公约上签字，以昭信守，特此证明" /
    // "无误。": one closing line, its lines joined)
    c.kind = "signature";
    return closing_wrapped(i, std::move(c));
  } else if (is_testimonium(f) ||
             is_signature_line(f) ||
             // (an agreement's signature block below its place and date of
             // signing, a party's representative over each signature: "联合国代表：" /
             // "(签名)" / the name / the office, "…政府代表：", "代表…政府：")
             (representative_label(f) && !doc_.closing.empty() && next_free(last_closing_ + 1, L_.size()) == i &&
              (doc_.closing.back().kind == "signature" ||
               (doc_.closing.back().kind == "date" && doc_.closing.back().text.find("订于") != std::string::npos))) ||
             (last_closing_ + 1 == i && !doc_.closing.empty() && doc_.closing.back().kind == "signature" &&
              heading_shape(i, 24))) {
    c.kind = "signature";
  } else if ([&] {
               // (the body a chair signs for, on a line of its own over the
               // chair's office and signature, right below the letter's closing
               // request: "请将本信…分发为荷。" / "安全理事会关于利比亚的第1970(2011)号
               // 决议所设委员会" / "主席" / "(签名)…")
               if (f.size() < 4 || f.size() > 40 || contains(f, U'。') || contains(f, U'，') || contains(f, U',') ||
                   !(f.ends_with(U"委员会"sv) || f.ends_with(U"工作组"sv) || f.ends_with(U"专家组"sv)))
                 return false;
               const size_t j = next_free(i + 1, L_.size());
               if (j >= L_.size() || j > i + 2 || L_[j].page_start || !is_signature_line(trimmed_fold(j))) return false;
               size_t k = i;
               while (k > 0 && L_[k - 1].blank()) --k;
               return k > 0 && is_sentence_end(fold_char(trimmed_fold(k - 1).empty() ? U' ' : trimmed_fold(k - 1).back())) &&
                      [&] {
                        // (the request's lines, wrapped, above it)
                        for (size_t q = k, seen = 0; q > 0 && seen < 4; ++seen) {
                          --q;
                          while (q > 0 && L_[q].blank()) --q;
                          const U32View g = trimmed_fold(q);
                          if (g.empty()) return false;
                          if (seen > 0 && is_sentence_end(fold_char(g.back()))) return false;
                          if (is_circulation_request(g)) return true;
                        }
                        return false;
                      }();
             }()) {
    c.kind = "signature";
  } else if (personal_name(f) && [&] {
               // (a name alone right below a letter's closing request, "请将本信
               // …分发为荷。" / "安东尼奥·古特雷斯": the one who signs, printed
               // without "(签名)"; the request's lines, wrapped, above it)
               size_t k = i, seen = 0;
               while (k > 0 && seen < 4) {
                 --k;
                 if (L_[k].blank() || L_[k].kind == LineKind::PageOf || L_[k].kind == LineKind::JobNumber ||
                     L_[k].kind == LineKind::Symbol || L_[k].kind == LineKind::BareNumber)
                   continue;
                 const U32View g = trimmed_fold(k);
                 if (g.empty()) continue;
                 if (seen > 0 && is_sentence_end(fold_char(g.back()))) return false;  // (another sentence's end)
                 if (seen == 0 && !is_sentence_end(fold_char(g.back()))) return false;
                 if (is_circulation_request(g)) return true;
                 ++seen;
               }
               return false;
             }()) {
    c.kind = "signature";
  } else if (last_closing_ != std::string::npos && last_closing_ + 3 >= i && f.size() <= 40 && f.front() == U'[' &&
             f.back() == U']' && !original_language_note(f)) {  // (an annex's "[原件：…]" below a letter's signature opens the annex's text)
    c.kind = "note";  // [未经表决获得通过。] below the meeting and date
  } else if (last_closing_ != std::string::npos && last_closing_ + 3 >= i && f.size() >= 2 && f.front() == U'[' &&
             f.back() != U']' && !original_language_note(f) && !contains(f, U']')) {
    // (the note over lines, a recorded vote's below the meeting and date:
    // "[经记录表决，以42票赞成、0票反对、5票弃权获得通过。表决情况如下：" /
    // "赞成：" / the members / … / "…印度]": one closing note, up to its bracket's close)
    size_t last = std::string::npos;
    for (size_t k = i + 1; k < L_.size() && k <= i + 60; ++k) {
      if (!free_line(k)) continue;
      const U32View g = trimmed_fold(k);
      if (g.empty()) continue;
      if (contains(g, U'[')) break;
      if (const size_t close = g.find(U']'); close != U32View::npos) {
        if (close + 1 == g.size()) last = k;
        break;
      }
    }
    if (last == std::string::npos) return false;
    c.kind = "note";
    return closing_over(i, last, std::move(c));
  } else {
    return false;
  }
  c.text = to_utf8(piece(i, 0, nullptr));
  c.line = L_[i].number;
  c.in = in_annex_ ? "annex" : "body";
  doc_.closing.push_back(std::move(c));
  used_[i] = 1;
  last_closing_ = i;
  return true;
}

}  // namespace undoc::detail

namespace undoc::detail {

std::vector<Parser::Cell> Parser::layout_cells(size_t i) const {
  // Cells of a -layout line: runs of text parted by two or more spaces, each
  // with the column it starts at: its character's place in the line
  // (pdftotext -layout sets its columns in characters, a Han character one).
  std::vector<Cell> cells;
  const U32View t(L_[i].text), f(L_[i].fold());
  size_t k = 0;
  while (k < t.size()) {
    if (is_space(f[k])) {
      ++k;
      continue;
    }
    Cell c;
    c.col = static_cast<int>(k);
    size_t b = k;
    while (k < t.size() && !(is_space(f[k]) && (k + 1 >= t.size() || is_space(f[k + 1]) || f[k] == U'\t'))) ++k;
    c.text = U32(trim_view(t.substr(b, k - b)));
    if (!c.text.empty()) cells.push_back(std::move(c));
  }
  return cells;
}

constexpr size_t kMaxColumnTableLines = 400;

std::optional<size_t> Parser::column_table(size_t i, size_t end, Node* table, bool dry) {
  // pdftotext -layout keeps a table's columns apart by runs of spaces; a
  // cell that wraps comes out on the next lines, under its column. The data
  // rows fix the columns (at least three rows with the same number of
  // cells); lines with fewer cells are parts of the header or of the row
  // above, put in the column they stand under.
  if (!lines_.has_form_feeds) return std::nullopt;
  // (a table's label, or the title below a label alone, opens no table: they
  // are the paragraph above it)
  if (table_label(trimmed_fold(i)) ||
      (i > 0 && !L_[i - 1].blank() && table_label(trimmed_fold(i - 1)) == 1 && !contains(trimmed_fold(i), U'。') &&
       layout_cells(i).size() == 1))
    return std::nullopt;
  {  // cheap first: a line among the first four must hold two cells
    bool gap = false;
    for (size_t l = i; l < end && l < i + 4 && !gap; ++l) {
      U32View f = trimmed_fold(l);
      for (size_t k = 0; k + 1 < f.size() && !gap; ++k) gap = is_space(f[k]) && is_space(f[k + 1]);
    }
    if (!gap) return std::nullopt;
  }
  std::vector<size_t> run;
  std::vector<std::vector<Cell>> cells;
  for (size_t k = i; k < end && run.size() < kMaxColumnTableLines; ++k) {
    if (L_[k].blank() && k > i && k + 1 < end && !L_[k + 1].blank() && !L_[k + 1].page_start) continue;  // spaced rows
    if (!free_line(k) || L_[k].page_start) break;
    // (a row whose cells TABs part is a TAB table's, read by its TABs: the
    // line above it, a caption "(截至2023年8月31日)", opens no table of runs
    // of spaces that would take the rows in by their characters' places)
    if (k > i && L_[k].kind == LineKind::TableRow) break;
    U32View f = trimmed_fold(k);
    if (contains(f, U'。') || contains(f, U';')) break;
    // (the next table's label, "表 29E.2", below the last rows: the run ends
    // above it, the label and its title no cells of this table's)
    if (k > i && table_label(f)) break;
    auto c = layout_cells(k);
    bool short_cells = std::all_of(c.begin(), c.end(), [](const Cell& x) { return ink_within(x.text, 60); });
    if (!short_cells) break;
    run.push_back(k);
    cells.push_back(std::move(c));
  }
  if (run.size() < 4) return std::nullopt;
  // (a paragraph's sub-items set with a wide hanging indent, "(a)   …；" /
  // "㈠   …；": the label and its clause are two runs of ink, no columns;
  // most lines open with such a label and end a clause)
  {
    size_t items = 0;
    for (size_t k : run) {
      const U32View t = trimmed_line(k);
      items += starts_sub_item(trimmed_fold(k)) && !t.empty() && is_clause_end(t.back());
    }
    if (items * 2 > run.size()) return std::nullopt;
  }
  std::map<size_t, int> by_count;
  for (auto& c : cells) ++by_count[c.size()];
  size_t n = 0;
  int rows_n = 0;
  for (auto& [count, times] : by_count)
    if (count >= 2 && times >= rows_n) n = count, rows_n = times;
  if (n < 2 || rows_n < 3) return std::nullopt;
  // column starts: the median start of each column over the full rows
  std::vector<int> starts(n);
  for (size_t c = 0; c < n; ++c) {
    std::vector<int> v;
    for (auto& row : cells)
      if (row.size() == n) v.push_back(row[c].col);
    std::sort(v.begin(), v.end());
    starts[c] = v[v.size() / 2];
  }
  for (auto& row : cells)
    if (row.size() == n)
      for (size_t c = 0; c < n; ++c)
        if (std::abs(row[c].col - starts[c]) > 6) return std::nullopt;  // no steady columns
  // A cell that runs to the next column's start leaves one space before it
  // ("上午 10 时 15 分至下午 1 时 第一次互动会议"): a row short of cells is cut at
  // a single space whose next character stands at a column's start (within
  // two columns: -layout sets Chinese a column or two off), where that makes
  // it a full row.
  for (auto& row : cells) {
    if (row.size() >= n) continue;
    std::vector<Cell> split;
    for (const auto& c : row) {
      // the single spaces of the cell, and the column of the character after each
      std::vector<std::pair<size_t, int>> spaces;
      for (size_t j = 0; j < c.text.size(); ++j)
        if (j > 0 && is_space(c.text[j]) && !is_space(c.text[j - 1]) && j + 1 < c.text.size() &&
            !is_space(c.text[j + 1]))
          spaces.push_back({j, c.col + static_cast<int>(j) + 1});  // (the next character's column)
      // for each column's start, the space nearest it (two columns at most)
      std::vector<std::pair<size_t, int>> cuts;
      for (size_t s = 1; s < n; ++s) {
        const std::pair<size_t, int>* best = nullptr;
        for (const auto& sp : spaces)
          if (std::abs(sp.second - starts[s]) <= 2 && (!best || std::abs(sp.second - starts[s]) < std::abs(best->second - starts[s])))
            best = &sp;
        if (best) cuts.push_back(*best);
      }
      std::sort(cuts.begin(), cuts.end());
      size_t from = 0;
      int from_col = c.col;
      for (const auto& [j, next] : cuts) {
        split.push_back({from_col, U32(c.text.substr(from, j - from))});
        from = j + 1;
        from_col = next;
      }
      split.push_back({from_col, U32(c.text.substr(from))});
    }
    if (split.size() == n) row = std::move(split);
  }
  // (the column a line's cell stands under: the last that starts at or
  // before it, or the next one when that is nearer, -layout setting a wrapped
  // cell of Chinese some columns off its start)
  auto column_of = [&](int col) {
    size_t best = 0;
    for (size_t c = 0; c < n; ++c)
      if (starts[c] <= col + 2) best = c;
    if (best + 1 < n && starts[best + 1] - col < col - starts[best]) ++best;
    return best;
  };
  // the run ends after the last full row and what wraps below it
  size_t last = 0;
  for (size_t r = 0; r < run.size(); ++r)
    if (cells[r].size() == n) last = r;
  size_t stop = last + 1;
  while (stop < run.size() && cells[stop].size() < n && cells[stop].size() >= 1 && cells[stop][0].col > starts[0] + 2 &&
         stop - last <= 2)
    ++stop;
  size_t first_full = 0;
  while (cells[first_full].size() != n) ++first_full;
  if (first_full > 5) return std::nullopt;  // a header is a few lines at most (narrow columns wrap)
  // (a line short of cells with a cell that holds two amounts, or words and
  // then an amount, "42 615.3 43 907.8 (512.6) 43 395.2" / "其他工作人员费用
  // 1 284.0": cells -layout set a single space apart, not wrapped parts of a
  // row or the header; the columns are not steady, no table read from
  // them, the rows reader (its squeezed pass) reads such lines)
  for (size_t r = 0; r < stop; ++r) {
    if (cells[r].size() >= n) continue;
    for (const auto& c : cells[r]) {
      U32 g;
      for (char32_t ch : fold(c.text))
        if (!(is_space(ch) && (g.empty() || is_space(g.back())))) g.push_back(is_space(ch) ? U' ' : ch);
      const auto words = split_spaces(g);
      size_t amounts = 0;
      for (size_t w = 0; w < words.size(); ++w) amounts += amount_cell(words[w]);
      if (words.size() >= 2 && (amounts >= 2 || (!amount_cell(words.front()) && amount_cell(words[1]))))
        return std::nullopt;
    }
  }
  // (a caption above the table, a blank line below it and standing under no
  // column, "2024 年 5 月 16 日，纽约", is no header: the table starts below it)
  // (nor one that runs across a column's start, a line set in the middle
  // above the columns: "2024 年 5 月 16 日，纽约")
  if (first_full > 0 && cells[0].size() == 1 && run[1] > run[0] + 1) {
    const int from = cells[0][0].col, to = from + static_cast<int>(cells[0][0].text.size());
    if (std::none_of(starts.begin(), starts.end(), [&](int s) { return std::abs(s - from) <= 2; }) ||
        std::any_of(starts.begin(), starts.end(), [&](int s) { return s > from + 2 && s + 2 < to; }))
      return std::nullopt;
  }
  if (dry) return run[stop - 1] + 1;
  table->kind = NodeKind::Table;
  std::vector<std::vector<U32>> rows;
  for (size_t r = 0; r < stop; ++r) {
    bool full = cells[r].size() == n;  // (or opens a row of its own)
    // (a line below a row that fills every column but the first, a number
    // under a column where the row above has a number too, is a row of its
    // own, its first cell empty: a total, "共计  219 220  81"; a number does
    // not wrap onto a line of its own as words do)
    if (!full && r > first_full && cells[r].size() + 1 == n && !rows.empty()) {
      bool cols_ok = true, number_below_number = false;
      for (size_t c = 0; c < cells[r].size() && cols_ok; ++c) {
        cols_ok = column_of(cells[r][c].col) == c + 1;
        const auto& above = rows.back()[c + 1];
        if (cols_ok && value_cell(trim_view(cells[r][c].text)) && value_cell(trim_view(U32View(above))))
          number_below_number = true;
      }
      full = cols_ok && number_below_number;
    }
    // a header's first line starts the header row; its next lines join it
    if (full || rows.empty() || (r < first_full && r == 0)) {
      if (!(r > 0 && r <= first_full && !full)) rows.emplace_back(n);
    }
    auto& row = rows.back();
    for (auto& c : cells[r]) join_text(row[column_of(c.col)], c.text);
    used_[run[r]] = 1;
    table->lines.extend(L_[run[r]].number);
  }
  note_layout("table columns read from runs of spaces");
  for (auto& row : rows) {
    std::vector<std::string> out;
    for (auto& c : row) out.push_back(to_utf8(drop_cjk_wrap_spaces(c)));
    table->rows.push_back(std::move(out));
  }
  // (a cap, said: the lines after it start a table of their own)
  if (stop == run.size() && run.size() == kMaxColumnTableLines)
    doc_.diagnostics.push_back({"W-TABLE-CUT", Severity::Warning, L_[run.back()].number, 1,
                                fmt::format("table read up to {} lines; the lines after this one are read apart",
                                            kMaxColumnTableLines)});
  return run[stop - 1] + 1;
}

}  // namespace undoc::detail
