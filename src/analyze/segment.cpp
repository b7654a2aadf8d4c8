// Word segmentation for UN text (docs/tokens.md): UN units found by a scanner,
// ICU's word break for the rest, and the UN term list applied over ICU's
// segments by a cheapest-path search (a term is cheaper than the ICU pieces it
// covers, an ICU segment cheaper than stray characters).
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <concepts>
#include <limits>
#include <fstream>
#include <memory>
#include <mutex>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "segment.hpp"
#include "undoc/analyze.hpp"
#include "undoc/text.hpp"

namespace undoc {

extern const char* const kBuiltinTerms[];  // generated from data/terms/*.txt (terms_data.cpp)
extern const char* const kBuiltinTermNames[];
extern const int kBuiltinTermFiles;

namespace {

// ---- the term automaton ------------------------------------------------------------------------
// A trie over code points: the root's children by a direct table over the CJK
// block, deeper children as sorted (code point, node) runs; and a filter of
// the terms' first two characters.
class Terms {
 public:
  static constexpr char32_t kDirectLo = 0x3400, kDirectHi = 0xA000;

  void add(std::u32string term, std::vector<int> cuts) {
    pending_.push_back({std::move(term), std::move(cuts)});
  }

  void build() {
    // sort, later entries of the same term win (a user's list overrides)
    // (their indexes sorted, not the entries: the merge sort moved each entry,
    // a string and a vector, about twice per level)
    std::vector<uint32_t> order(pending_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return pending_[a].term < pending_[b].term; });
    std::vector<Entry> uniq;
    uniq.reserve(pending_.size());
    for (const uint32_t k : order) {
      Entry& e = pending_[k];
      if (!uniq.empty() && uniq.back().term == e.term) uniq.back() = std::move(e);
      else uniq.push_back(std::move(e));
    }
    pending_.clear();
    pairs_.fill(0);
    for (const Entry& e : uniq) {
      const uint32_t h = pair_bit(e.term[0], e.term[1]);
      pairs_[h / 64] |= uint64_t{1} << (h % 64);
    }
    // build level by level from the sorted list: a node is a range of entries sharing a prefix
    nodes_.clear();
    edges_.clear();
    direct_.assign(kDirectHi - kDirectLo, 0);
    nodes_.push_back({});  // root
    struct Work { int node; size_t lo, hi, depth; };
    std::vector<Work> stack{{0, 0, uniq.size(), 0}};
    // (one list of a node's children for all the nodes, emptied for each: made
    // afresh per node, it was an allocation per node of the trie)
    std::vector<std::pair<char32_t, Work>> kids;
    while (!stack.empty()) {
      Work w = stack.back();
      stack.pop_back();
      size_t i = w.lo;
      // an entry that ends here
      if (i < w.hi && uniq[i].term.size() == w.depth) {
        nodes_[w.node].term = static_cast<int>(cuts_.size());
        cuts_.push_back(std::move(uniq[i].cuts));
        ++i;
      }
      kids.clear();
      while (i < w.hi) {
        char32_t c = uniq[i].term[w.depth];
        size_t j = i;
        while (j < w.hi && uniq[j].term[w.depth] == c) ++j;
        int child = static_cast<int>(nodes_.size());
        nodes_.push_back({});
        kids.push_back({c, {child, i, j, w.depth + 1}});
        i = j;
      }
      nodes_[w.node].first = static_cast<int>(edges_.size());
      nodes_[w.node].count = static_cast<int>(kids.size());
      for (auto& [c, k] : kids) {
        edges_.push_back({c, k.node});
        if (w.node == 0 && c >= kDirectLo && c < kDirectHi) direct_[c - kDirectLo] = k.node;
        stack.push_back(k);
      }
    }
  }

  int child(int node, char32_t c) const {
    if (node == 0 && c >= kDirectLo && c < kDirectHi) return direct_[c - kDirectLo];
    const Edge* b = edges_.data() + nodes_[node].first;
    const Edge* e = b + nodes_[node].count;
    const Edge* it = std::lower_bound(b, e, c, [](const Edge& x, char32_t v) { return x.c < v; });
    return it != e && it->c == c ? it->node : 0;
  }
  int term(int node) const { return nodes_[node].term; }
  // true when some term has the character c
  bool has(char32_t c) const {
    return std::any_of(edges_.begin(), edges_.end(), [&](const Edge& e) { return e.c == c; });
  }
  const std::vector<int>& cuts(int term) const { return cuts_[term]; }
  bool empty() const { return nodes_.size() <= 1; }
  // False when no term starts with the characters a b (true may be a
  // collision of the filter). Every term has two characters at least, so a
  // position whose two characters are in no term starts none: the search
  // skips the trie there, whose tables are too large for the L1 cache, for a
  // filter of 8 KB that stays in it.
  bool may_start(char32_t a, char32_t b) const {
    const uint32_t h = pair_bit(a, b);
    return pairs_[h / 64] >> (h % 64) & 1;
  }

 private:
  static constexpr uint32_t kPairBits = 1 << 16;
  static uint32_t pair_bit(char32_t a, char32_t b) {
    return ((static_cast<uint32_t>(a) * 0x9E3779B1u) ^ (static_cast<uint32_t>(b) * 0x85EBCA77u)) >> 16;
  }

  struct Entry { std::u32string term; std::vector<int> cuts; };
  struct Node { int first = 0, count = 0, term = -1; };
  struct Edge { char32_t c; int node; };
  std::vector<Entry> pending_;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<int> direct_;
  std::vector<std::vector<int>> cuts_;
  std::array<uint64_t, kPairBits / 64> pairs_{};
};


// Reads one term list (docs/tokens.md): `term` or `term<TAB>w1 w2 ...`.
void read_terms(Terms& terms, std::string_view data, const std::string& name) {
  for_each_line(data, [&](int line_no, std::string_view line) {
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    size_t a = line.find_first_not_of(" \t");
    if (a == std::string_view::npos || line[a] == '#') return;
    line.remove_prefix(a);
    size_t tab = line.find('\t');
    std::string_view head = line.substr(0, tab);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(name + ":" + std::to_string(line_no) + ": " + why);
    };
    if (head.find(' ') != std::string_view::npos)
      fail("a term has no spaces; its words go after a tab: \"最不发达国家<TAB>最 不 发达 国家\"");
    std::u32string term = from_utf8(head);
    if (term.find(U'\uFFFD') != std::u32string::npos) fail("not UTF-8");
    if (term.size() < 2) fail("a term has at least two characters");
    std::vector<int> cuts;
    if (tab != std::string_view::npos) {
      std::string_view rest = line.substr(tab + 1);
      std::u32string joined;
      size_t p = 0;
      while (p < rest.size()) {
        size_t q = rest.find(' ', p);
        std::string_view w = rest.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p);
        p = q == std::string_view::npos ? rest.size() : q + 1;
        if (w.empty()) continue;
        if (!joined.empty()) cuts.push_back(static_cast<int>(joined.size()));
        joined += from_utf8(w);
      }
      if (joined != term) fail("the words after the tab do not spell the term");
    }
    terms.add(std::move(term), std::move(cuts));
  });
}

std::mutex g_terms_mutex;
std::vector<std::pair<std::string, std::string>> g_user_terms;  // (name, data), added before first use
std::once_flag g_terms_once;
const Terms* g_terms = nullptr;

const Terms& terms() {
  std::call_once(g_terms_once, [] {
    auto* t = new Terms();  // lives for the process
    for (int i = 0; i < kBuiltinTermFiles; ++i) read_terms(*t, kBuiltinTerms[i], kBuiltinTermNames[i]);
    std::lock_guard lock(g_terms_mutex);
    for (auto& [name, data] : g_user_terms) read_terms(*t, data, name);
    t->build();
    g_terms = t;
  });
  return *g_terms;
}

// ---- characters --------------------------------------------------------------------------------
bool ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool digit(char32_t c) { return ascii_digit(c) || (c >= 0xFF10 && c <= 0xFF19); }
bool upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A); }
bool latin(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool alnum(char32_t c) { return latin(c) || digit(c); }
bool hspace(char32_t c) { return c == ' ' || c == 0x3000 || c == 0xA0 || c == '\t'; }
// a numeral character, with the magnitudes 千 万 亿 of amounts
bool han_numeral(char32_t c) { return is_chinese_numeral_char(c) || c == U'千' || c == U'万' || c == U'亿'; }
bool in(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

// A set of characters as a bit per ideograph of the CJK block U+4E00-U+9FFF
// (one lookup where a search of the list took a compare per character of it),
// a search of the list's other characters for any other character (none for
// the lists here: a punctuation mark is not searched for in a list of
// ideographs).
class HanBits {
 public:
  static constexpr char32_t kLo = 0x4E00, kHi = 0xA000;
  // the ideographs for which pred holds
  template <class Pred>
    requires std::predicate<Pred&, char32_t>
  explicit HanBits(Pred&& pred) {
    for (char32_t c = kLo; c < kHi; ++c)
      if (pred(c)) bits_[(c - kLo) >> 6] |= uint64_t{1} << ((c - kLo) & 63);
  }
  explicit HanBits(std::u32string_view list) {
    for (char32_t c : list) {
      if (c >= kLo && c < kHi) bits_[(c - kLo) >> 6] |= uint64_t{1} << ((c - kLo) & 63);
      else outside_ += c;
    }
  }
  bool operator()(char32_t c) const {
    if (c >= kLo && c < kHi) return (bits_[(c - kLo) >> 6] >> ((c - kLo) & 63) & 1) != 0;
    return !outside_.empty() && in(c, outside_);
  }

 private:
  std::array<uint64_t, (kHi - kLo) / 64> bits_{};
  std::u32string outside_;
};

// the ideographs at which a UN unit may start (Scanner::at): 第, the first
// characters of 上午 下午 中午 晚上, numerals (made at the first use, not
// with the program's statics: whatever tokenises first finds it made)
const HanBits& unit_start() {
  static const HanBits bits([](char32_t c) {
    return c == U'第' || c == U'上' || c == U'下' || c == U'中' || c == U'晚' || han_numeral(c);
  });
  return bits;
}

// ---- UN units ----------------------------------------------------------------------------------
struct Unit {
  int end = 0;
  std::string_view kind;  // empty: no unit
};

class Scanner {
 public:
  explicit Scanner(std::u32string_view s) : s_(s), n_(static_cast<int>(s.size())), unit_start_(unit_start()) {}

  Unit at(int i) const {
    char32_t c = s_[i];
    // the common case: an ideograph that starts no unit
    if (c >= 0x4E00 && c <= 0x9FFF && !unit_start_(c)) return {};
    // and the other characters that start none (punctuation, spaces, CJK
    // punctuation): a unit starts only at the characters tried below
    if (c < 0x80 ? !alnum(c) && c != '$'
                 : !(upper(c) || digit(c) || is_superscript_digit(c) || c == U'€' || c == U'£' || c == U'¥' ||
                     (c >= 0x4E00 && c <= 0x9FFF) || han_numeral(c)))
      return {};
    // (inside a run of letters, digits and joiners no unit starts: it was
    // tried at the run's start; trying it again at every letter was quadratic)
    if (i > 0 && (alnum(s_[i - 1]) || in(s_[i - 1], U"/.-_+%@")) && (alnum(c) || c == '/')) return {};
    if (is_superscript_digit(c)) {
      int j = i;
      while (j < n_ && is_superscript_digit(s_[j])) ++j;
      return {j, "footnote"};
    }
    if (upper(c)) return symbol(i);
    if (c == U'第') return ordinal(i);
    if (c == U'百' && starts(i, U"百分之")) {
      int j = i + 3;
      while (j < n_ && hspace(s_[j])) ++j;
      int k = j;
      while (k < n_ && (han_numeral(s_[k]) || digit(s_[k]) || s_[k] == '.' || s_[k] == U'点')) ++k;
      if (k > j) return {k, "percent"};
      return {};
    }
    if (in(c, U"上下中晚") && (starts(i, U"上午") || starts(i, U"下午") || starts(i, U"中午") || starts(i, U"晚上"))) {
      int j = i + 2;
      while (j < n_ && hspace(s_[j])) ++j;
      if (j < n_ && digit(s_[j])) {
        Unit t = time(j);
        if (!t.kind.empty()) return {t.end, "time"};
      }
      return {};
    }
    if (in(c, U"$€£¥")) {
      int j = i + 1;
      int k = number_end(j);
      if (k > j) return {magnitude(k), "amount"};
      return {};
    }
    if (digit(c)) return numeric(i);
    if (han_numeral(c) && (i == 0 || !han_numeral(s_[i - 1]))) {
      int k = i;
      while (k < n_ && han_numeral(s_[k])) ++k;
      if (starts(k, U"分之") && k + 2 < n_ && han_numeral(s_[k + 2])) {
        int e = k + 2;
        while (e < n_ && han_numeral(s_[e])) ++e;
        return {e, "number"};
      }
      if (k - i >= 2 && k < n_ && s_[k] == U'余') return {k + 1, "number"};
      return {};
    }
    if (latin(c)) return address(i);
    return {};
  }

 private:
  bool starts(int i, std::u32string_view w) const {
    return i + static_cast<int>(w.size()) <= n_ && std::u32string_view(s_).substr(i, w.size()) == w;
  }
  // skips one optional space
  int sp(int j) const { return j < n_ && hspace(s_[j]) ? j + 1 : j; }

  int digits_end(int j) const {
    while (j < n_ && digit(s_[j])) ++j;
    return j;
  }

  // 1 000 000, 1,000, 3.5, 12
  int number_end(int j) const {
    int k = digits_end(j);
    if (k == j) return j;
    // groups of three after a space, a comma or a thin space
    while (k + 3 < n_ + 0 && (s_[k] == ' ' || s_[k] == ',' || s_[k] == 0x202F || s_[k] == 0xA0) &&
           digits_end(k + 1) - (k + 1) == 3 && (k + 4 >= n_ || !digit(s_[k + 4])))
      k += 4;
    if (k + 1 < n_ && (s_[k] == '.' || s_[k] == U'．') && digit(s_[k + 1])) k = digits_end(k + 1);
    return k;
  }

  int magnitude(int k) const {
    int j = sp(k);
    bool any = false;
    while (j < n_ && in(s_[j], U"万亿千百")) { ++j; any = true; }
    for (std::u32string_view cur : {U"瑞士法郎", U"美元", U"欧元", U"英镑", U"日元", U"人民币", U"卢布", U"加元", U"澳元", U"元"})
      if (starts(j, cur)) return j + static_cast<int>(cur.size());
    return any ? j : k;
  }

  Unit time(int i) const {
    // 10 时 30 分, 10时, 15:00
    int k = digits_end(i);
    if (k - i > 2) return {};
    if (k + 2 < n_ && s_[k] == ':' && digits_end(k + 1) - (k + 1) == 2) return {digits_end(k + 1), "time"};
    int j = sp(k);
    if (j < n_ && (s_[j] == U'时' || s_[j] == U'点')) {
      int end = j + 1;
      int m = sp(end);
      int m2 = digits_end(m);
      if (m2 > m && m2 - m <= 2) {
        int f = sp(m2);
        if (f < n_ && s_[f] == U'分') end = f + 1;
      }
      return {end, "time"};
    }
    return {};
  }

  Unit numeric(int i) const {
    int k = digits_end(i);
    int len = k - i;
    // document series never start with a digit, resolutions do: 60/227, 2023/15
    if (k + 1 < n_ && s_[k] == '/' && digit(s_[k + 1])) {
      int e = digits_end(k + 1);
      if (e < n_ && s_[e] == '/') return {};  // a date 12/07/2006 or a path
      return {e, "resolution"};
    }
    // years: 2001-2010, 2001–2010年, 2016/17 not
    if (len == 4) {
      int j = sp(k);
      if (j < n_ && in(s_[j], U"-–—~～")) {
        int y = sp(j + 1);
        if (digits_end(y) - y == 4) {
          int e = digits_end(y);
          int t = sp(e);
          if (t < n_ && s_[t] == U'年' && !(t + 1 < n_ && s_[t + 1] == U'度')) e = t + 1;
          return {e, "years"};
        }
      }
    }
    if (len <= 5) {
      // Security Council 1265(1999), General Assembly 217 A (III)
      int j = sp(k);
      if (j < n_ && upper(s_[j]) && !(j + 1 < n_ && latin(s_[j + 1]))) j = sp(j + 1);
      if (j < n_ && s_[j] == '(') {
        int q = j + 1;
        while (q < n_ && (digit(s_[q]) || in(s_[q], U"IVXLC"))) ++q;
        const bool year = q - (j + 1) == 4 && digit(s_[j + 1]) && j == k;
        const bool session = q > j + 1 && !digit(s_[j + 1]);
        if (q < n_ && s_[q] == ')' && (year || session)) return {q + 1, "resolution"};
      }
    }
    Unit t = time(i);
    if (!t.kind.empty()) return t;
    // dates: 2006 年 7 月 12 日, 2006年, 7月12日
    {
      int j = sp(k);
      if (len == 4 && j < n_ && s_[j] == U'年') {
        int e = j + 1;
        int m = sp(e), m2 = digits_end(m);
        if (m2 > m && m2 - m <= 2) {
          int mo = sp(m2);
          if (mo < n_ && s_[mo] == U'月') {
            e = mo + 1;
            int d = sp(e), d2 = digits_end(d);
            if (d2 > d && d2 - d <= 2) {
              int da = sp(d2);
              if (da < n_ && (s_[da] == U'日' || s_[da] == U'号')) e = da + 1;
            }
          }
        }
        return {e, "date"};
      }
      if (len <= 2 && j < n_ && s_[j] == U'月') {
        int e = j + 1;
        int d = sp(e), d2 = digits_end(d);
        if (d2 > d && d2 - d <= 2) {
          int da = sp(d2);
          if (da < n_ && (s_[da] == U'日' || s_[da] == U'号')) e = da + 1;
        }
        return {e, "date"};
      }
      if (len <= 2 && j < n_ && s_[j] == U'日') return {j + 1, "date"};
    }
    int e = number_end(i);
    int p = sp(e);
    if (p < n_ && (s_[p] == '%' || s_[p] == U'％')) return {p + 1, "percent"};
    int m = magnitude(e);
    if (m > e) return {m, "amount"};
    if (p < n_ && (s_[p] == U'多' || s_[p] == U'余') && p == e) return {p + 1, "number"};  // 30多, 20余
    return {e, "number"};
  }

  Unit ordinal(int i) const {
    int j = sp(i + 1);
    int k = j;
    bool arabic = j < n_ && digit(s_[j]);
    if (arabic) {
      k = digits_end(j);
    } else {
      while (k < n_ && han_numeral(s_[k])) ++k;
    }
    if (k == j) return {};
    // 第 60/227 号, 第 217 A (III) 号: the resolution number is a unit of its own, 第 a word
    if (const Unit u = arabic ? numeric(j) : Unit{}; u.kind == "resolution") return {};
    int m = sp(k);
    if (arabic) {
      // 第 11 段, 第11(a)段, 第 11(a)(二)段
      int q = m;
      while (q < n_ && s_[q] == '(') {
        int r = q + 1;
        while (r < n_ && r - q < 6 && s_[r] != ')') ++r;
        if (r < n_ && s_[r] == ')') q = r + 1;
        else break;
      }
      if (q > m) q = sp(q);
      if (q < n_ && s_[q] == U'段') return {q + 1, "paragraph"};
    } else if (m < n_ && s_[m] == U'段') {
      return {m + 1, "paragraph"};
    }
    if (starts(m, U"部分")) return {m + 2, "ordinal"};
    if (m < n_ && in(s_[m], U"届次条款项章节号轮批份类个位年期卷代")) return {m + 1, "ordinal"};
    return {k, "ordinal"};
  }

  // http://documents.un.org/, www.un.org, dms@un.org: one token each
  Unit address(int i) const {
    auto url_char = [](char32_t c) { return c < 0x80 && c > ' ' && c != ')' && c != '(' && c != '"' && c != '<' && c != '>'; };
    if (starts(i, U"http://") || starts(i, U"https://") || starts(i, U"www.")) {
      int k = i;
      while (k < n_ && url_char(s_[k])) ++k;
      while (k > i && (s_[k - 1] == '.' || s_[k - 1] == ',')) --k;
      return {k, "word"};
    }
    int k = i;
    while (k < n_ && (alnum(s_[k]) || in(s_[k], U"._%+-"))) ++k;
    if (k < n_ && s_[k] == '@') {
      int d = k + 1;
      while (d < n_ && (alnum(s_[d]) || s_[d] == '.' || s_[d] == '-')) ++d;
      while (d > k + 1 && s_[d - 1] == '.') --d;
      if (std::u32string_view(s_).substr(k + 1, d - k - 1).find(U'.') != std::u32string_view::npos) return {d, "word"};
    }
    return {};
  }

  Unit symbol(int i) const {
    // a UN document symbol: SERIES/part/part..., a digit somewhere, optionally -SERIES/...
    int j = i;
    while (j < n_ && (latin(s_[j]) || digit(s_[j]) || s_[j] == '.')) ++j;
    if (j >= n_ || s_[j] != '/') {
      // S-28/2, ES-10/19: special-session resolutions
      if (j < n_ && s_[j] == '-' && j + 1 < n_ && digit(s_[j + 1])) {
        int k = digits_end(j + 1);
        if (k + 1 < n_ && s_[k] == '/' && digit(s_[k + 1])) return {digits_end(k + 1), "resolution"};
        if (j - i >= 2 && (k >= n_ || !latin(s_[k]))) return {k, "word"};  // COVID-19
      }
      return address(i);
    }
    int end = i;
    bool has_digit = false;
    int k = i;
    for (;;) {
      // one part
      int p = k;
      while (p < n_ && (latin(s_[p]) || digit(s_[p]) || s_[p] == '.' || s_[p] == '*')) {
        has_digit = has_digit || digit(s_[p]);
        ++p;
      }
      if (p == k) break;
      end = p;
      while (end > k && s_[end - 1] == '.') --end;  // a sentence's full stop
      if (p < n_ && s_[p] == '/') { k = p + 1; continue; }
      // A/77/895-S/2023/363: a second symbol joined by a hyphen
      if (p + 2 < n_ && s_[p] == '-' && upper(s_[p + 1])) {
        int q = p + 1;
        while (q < n_ && (latin(s_[q]) || digit(s_[q]) || s_[q] == '.')) ++q;
        if (q < n_ && s_[q] == '/') { k = p + 1; continue; }
      }
      // Add.1 in parentheses: (A/61/L.67)
      break;
    }
    if (!has_digit || end <= i) return {};
    return {end, "symbol"};
  }

  std::u32string_view s_;
  int n_;
  const HanBits& unit_start_;
};

// ---- ICU ---------------------------------------------------------------------------------------
struct Iterators {
  std::unique_ptr<icu::BreakIterator> words, resync, sentences;
  Iterators() {
    UErrorCode ec = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), ec));
    UErrorCode ec2 = U_ZERO_ERROR;
    resync.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), ec2));
    UErrorCode ec3 = U_ZERO_ERROR;
    sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), ec3));
    if (U_FAILURE(ec) || U_FAILURE(ec2) || U_FAILURE(ec3)) throw std::runtime_error("ICU break iterators unavailable");
  }
};

Iterators& iterators() {
  thread_local Iterators it;
  return it;
}

std::string_view icu_kind(int32_t status) {
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return "number";
  if (status >= UBRK_WORD_LETTER) return "word";
  return "punct";
}

// The text as code points, with the UTF-8 byte offset of each (and of the
// end), and as UTF-16 for ICU. A text of the BMP alone (nearly every one) has
// its code points and UTF-16 units at the same indexes; one with a character
// beyond has the maps between them.
struct Text {
  std::u32string_view cp;       // (views into the buffers below, valid until the next assign)
  const int32_t* byte = nullptr;  // cp.size() + 1 offsets
  std::u16string_view u16;
  bool bmp = true;              // no character beyond the BMP: the maps below are not made
  std::vector<int32_t> u16_of;  // code point -> UTF-16 offset
  std::vector<int32_t> cp_of;   // UTF-16 offset -> code point
  int32_t u16_at(int k) const { return bmp ? k : u16_of[k]; }
  int32_t cp_at(int32_t u) const { return bmp ? u : cp_of[u]; }
  // (refilled in place: a thread's Text keeps its capacity from text to text)
  void assign(std::string_view s) {
    // Sized for the most a text can take (a code point and a UTF-16 unit per
    // byte at most), written, then cut to what it took: pushed back, each
    // character paid a capacity check for each.
    // (The buffers only grow, to the longest text yet, and the text is the
    // views' length of them: cut to a text's length and grown again for the
    // next, the room between was zero-filled for every text.)
    const int32_t n = static_cast<int32_t>(s.size());
    if (byte_buf_.size() < static_cast<size_t>(n) + 1) {  // (and room for an empty text's end)
      cp_buf_.resize(n);
      byte_buf_.resize(n + 1);
      u16_buf_.resize(n);
    }
    bmp = true;
    // (through local pointers: the compiler keeps them in registers, where
    // stores through the vectors had it reload their data pointers)
    const auto* in = reinterpret_cast<const uint8_t*>(s.data());
    char32_t* cps = cp_buf_.data();
    int32_t* bytes = byte_buf_.data();
    char16_t* units = u16_buf_.data();
    int32_t i = 0, k = 0, u = 0;  // the next byte, code point, UTF-16 unit
    while (i < n) {
      bytes[k] = i;
      UChar32 c = in[i];
      if (c < 0x80) {
        ++i;
      } else if (c >= 0xE1 && c <= 0xEC && i + 2 < n && U8_IS_TRAIL(in[i + 1]) && U8_IS_TRAIL(in[i + 2])) {
        // (a well-formed three bytes of U+1000..U+CFFF, the CJK block among them)
        c = ((c & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F);
        i += 3;
      } else {
        U8_NEXT(in, i, n, c);
        if (c < 0) c = 0xFFFD;
      }
      cps[k] = static_cast<char32_t>(c);
      if (c > 0xFFFF) {
        bmp = false;
        units[u] = static_cast<char16_t>(U16_LEAD(c));
        units[u + 1] = static_cast<char16_t>(U16_TRAIL(c));
        u += 2;
      } else {
        units[u++] = static_cast<char16_t>(c);
      }
      ++k;
    }
    bytes[k] = n;
    cp = std::u32string_view(cps, k);
    byte = bytes;
    u16 = std::u16string_view(units, u);
    if (bmp) return;
    u16_of.resize(k + 1);
    cp_of.resize(u + 1);
    u = 0;
    for (int32_t j = 0; j < k; ++j) {
      u16_of[j] = u;
      cp_of[u] = j;
      if (cp[j] > 0xFFFF) cp_of[++u] = j;
      ++u;
    }
    u16_of[k] = u;
    cp_of[u] = k;
  }

 private:
  std::u32string cp_buf_;
  std::vector<int32_t> byte_buf_;
  std::u16string u16_buf_;
};

// The buffers of a thread's tokenize() calls, kept from text to text: token
// rows tokenise each line of a document on its own, and buffers made afresh
// for every line (and grown as it is read) cost more than segmenting a short
// line does.
struct Workspace {
  Text text;
  std::vector<int> starts;             // sentence starts
  std::vector<int> depth, open;        // sentence_starts: the matched quotes
  std::vector<char> inside;
  std::vector<int> terms;              // sentence_starts: the terminators' positions
  std::vector<int> bounds, rebounds;   // ICU's segments of a stretch, of a resync window
  std::vector<int32_t> status, restatus;
  // The cheapest path over a stretch, per position: the ICU segment starting
  // there (end, its rule status, whether of a resync window), the cheapest
  // way there (cost, the position it came from and the term it took, or -1).
  // (one array: the search reads them together, position by position)
  struct Slot {
    int seg_end = 0;
    int32_t seg_status = 0;
    bool resynced = false;
    double cost = 1e300;
    int back = -1, back_term = -1;
  };
  std::vector<Slot> slots;
  std::vector<std::pair<int, int>> path;
};

Workspace& workspace() {
  thread_local Workspace w;
  return w;
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// Boundaries of ICU's word break over code points [from, to) of t, appended
// to bounds and status (a boundary and the rule status of the segment it ends).
// (The text handed over as a read-only UnicodeString over the UTF-16, not a
// copy: ICU's setText of a UText clones it, about a sixth of ICU's cost for
// a one-character stretch; a string's it opens in place. The string must
// outlive the iteration, here.)
void icu_range(icu::BreakIterator& it, const Text& t, int from, int to, std::vector<int>& bounds,
               std::vector<int32_t>& status) {
  const int32_t u0 = t.u16_at(from), u1 = t.u16_at(to);
  const icu::UnicodeString text(false, t.u16.data() + u0, u1 - u0);
  it.setText(text);
  for (int32_t e = it.next(); e != icu::BreakIterator::DONE; e = it.next()) {
    bounds.push_back(t.cp_at(u0 + e));
    status.push_back(it.getRuleStatus());
  }
}

// ---- ICU's dictionary search, run here over runs of ideographs --------------------------------
// ICU's word break cuts a run of ideographs by the cheapest path through it
// over the words of its Chinese and Japanese dictionary (cjdict, a
// UCharsTrie of words and their costs; CjkBreakEngine::
// divideUpDictionaryRange in ICU's source). Two thirds of the iterator's
// time on Chinese text went to the machinery around that search (its break
// cache, a UText and vectors made for every run, a set lookup and a
// normalisation check per character), and `undoc tokens` spent three
// quarters of its time in the iterator. For a run of ideographs of the CJK
// block and Extension A (none changed by NFKC, none a kana) the search is
// made here the way ICU makes it, over ICU's own dictionary data and its
// public UCharsTrie: the longest word tried 20 characters, a character with
// no word of one character of its own costing 255, the first cheapest path
// kept. Everything else, and any run next to a character that ICU's rules
// join to it (a kana, another ideograph, a combining mark), goes to ICU's
// iterator. tests/unit/tokens_test.cpp holds the two to the same boundaries
// and rule statuses on the samples and on random text of every class; when
// the dictionary cannot be opened, ICU's iterator does all of it.
class CjDict {
 public:
  CjDict() {
    UErrorCode ec = U_ZERO_ERROR;
    mem_ = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &ec);
    if (U_FAILURE(ec) || mem_ == nullptr) {
      mem_ = nullptr;
      return;
    }
    const auto* data = static_cast<const uint8_t*>(udata_getMemory(mem_));
    // ICU's DictionaryData header: indexes[0] the trie's offset; [4] its type,
    // UChars (1) with values (8); [5] no transform of the characters
    const auto* ix = reinterpret_cast<const int32_t*>(data);
    if ((ix[4] & 7) != 1 || (ix[4] & 8) == 0 || ix[5] != 0) return;
    chars_ = reinterpret_cast<const char16_t*>(data + ix[0]);
  }
  ~CjDict() {
    if (mem_) udata_close(mem_);
  }
  CjDict(const CjDict&) = delete;
  CjDict& operator=(const CjDict&) = delete;
  bool ok() const { return chars_ != nullptr; }

  // The boundaries after `base` through base + n of the run of n ideographs
  // at s, appended to bounds.
  void cut(const char16_t* s, int n, int base, std::vector<int>& bounds) const {
    constexpr uint32_t kNone = 0xFFFFFFFFu, kUnknown = 255;
    constexpr int kMaxWord = 20;
    Scratch& w = scratch();
    w.cost.assign(n + 1, kNone);
    w.back.assign(n + 1, -1);
    uint32_t* cost = w.cost.data();
    int* back = w.back.data();
    cost[0] = 0;
    icu::UCharsTrie trie(chars_);
    for (int i = 0; i < n; ++i) {
      if (cost[i] == kNone) continue;
      bool single = false;
      const int last = std::min(n, i + kMaxWord);
      UStringTrieResult r;
      if (s[i] >= kFirstLo) {
        // (the trie's root is a branch over some 20,000 first characters, its
        // search a third of the time here: the state after each character of
        // the CJK block is kept once found)
        First& f = w.first[s[i] - kFirstLo];
        if (f.result == kUnasked) {
          const UStringTrieResult r0 = trie.first(s[i]);
          if (r0 != USTRINGTRIE_NO_MATCH) f.state = trie.getState64();
          f.result = static_cast<uint8_t>(r0);
        }
        r = static_cast<UStringTrieResult>(f.result);
        if (r != USTRINGTRIE_NO_MATCH) trie.resetToState64(f.state);
      } else {
        r = trie.first(s[i]);
      }
      for (int k = i + 1;; ++k) {
        if (USTRINGTRIE_HAS_VALUE(r)) {
          single |= k == i + 1;
          const uint32_t c = cost[i] + static_cast<uint32_t>(trie.getValue());
          if (c < cost[k]) {
            cost[k] = c;
            back[k] = i;
          }
          if (r == USTRINGTRIE_FINAL_VALUE) break;
        } else if (r == USTRINGTRIE_NO_MATCH) {
          break;
        }
        if (k >= last) break;
        r = trie.next(s[k]);
      }
      if (!single && cost[i] + kUnknown < cost[i + 1]) {
        cost[i + 1] = cost[i] + kUnknown;
        back[i + 1] = i;
      }
    }
    const size_t at = bounds.size();
    for (int k = n; k > 0; k = back[k]) bounds.push_back(base + k);
    std::reverse(bounds.begin() + static_cast<std::ptrdiff_t>(at), bounds.end());
  }

 private:
  static constexpr char16_t kFirstLo = 0x4E00;  // the CJK block, to U+9FFF
  static constexpr uint8_t kUnasked = 0xFF;
  struct First {
    uint64_t state = 0;
    uint8_t result = kUnasked;
  };
  struct Scratch {
    std::vector<uint32_t> cost;
    std::vector<int> back;
    std::vector<First> first = std::vector<First>(0xA000 - kFirstLo);
  };
  static Scratch& scratch() {
    thread_local Scratch s;
    return s;
  }
  UDataMemory* mem_ = nullptr;
  const char16_t* chars_ = nullptr;
};

const CjDict& cjdict() {
  static const CjDict d;
  return d;
}

// An ideograph the dictionary search here takes (the CJK block and Extension A)
bool dict_ideograph(char16_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// Punctuation that ICU's word break leaves alone, a segment of rule status 0,
// wherever it stands between ideographs and punctuation of this list (a unit
// test asks ICU for each); next to any other character it goes to ICU.
bool lone_punct(char16_t c) {
  switch (c) {
    case 0x00B7: case 0x2014: case 0x2015: case 0x2018: case 0x2019: case 0x201C: case 0x201D:
    case 0x2022: case 0x2026: case 0x3001: case 0x3002: case 0xFF01: case 0xFF08: case 0xFF09:
    case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0xFF1F: case 0xFF3B: case 0xFF3D:
      return true;
    default:
      return (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301B);
  }
}

// A character that ICU's word rules join to an ideograph beside it: one of
// the characters its dictionaries cut (any ideograph, kana, Hangul, a script
// without spaces between words), or, after it, a combining mark, a format
// character or a joiner (UAX #29 WB4).
bool joins_ideograph(char16_t c, bool after) {
  if (c < 0x80) return false;
  if (after) {
    const int wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
    if (wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ || wb == U_WB_KATAKANA) return true;
  } else if (u_getIntPropertyValue(c, UCHAR_WORD_BREAK) == U_WB_KATAKANA) {
    return true;
  }
  if (U16_IS_SURROGATE(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  UErrorCode ec = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(c, &ec);
  if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_HANGUL) return true;
  return u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
}

// Boundaries of ICU's word break over code points [from, to) of t, as code
// points, with the rule status of each segment: runs of ideographs and the
// punctuation between them segmented here (above), the rest by ICU's iterator.
void icu_words(icu::BreakIterator& it, const Text& t, int from, int to,
               std::vector<int>& bounds, std::vector<int32_t>& status, bool icu_only = false) {
  bounds.clear();
  status.clear();
  bounds.push_back(from);
  const CjDict& dict = cjdict();
  if (icu_only || !t.bmp || !dict.ok()) {
    icu_range(it, t, from, to, bounds, status);
    return;
  }
  const char16_t* u = t.u16.data();  // (a BMP text: code points and UTF-16 units at the same indexes)
  auto ours = [&](char16_t c) { return dict_ideograph(c) || lone_punct(c); };
  int rest = from;  // what is not yet segmented starts here
  for (int i = from; i < to;) {
    if (!ours(u[i])) {
      ++i;
      continue;
    }
    int j = i + 1;
    while (j < to && ours(u[j])) ++j;
    // punctuation at either end next to another character goes to ICU with it
    int a = i, b = j;
    if (a > from)
      while (a < b && !dict_ideograph(u[a])) ++a;
    if (b < to)
      while (b > a && !dict_ideograph(u[b - 1])) --b;
    if (a < b && !(a == i && a > from && joins_ideograph(u[a - 1], false)) &&
        !(b == j && b < to && joins_ideograph(u[b], true))) {
      if (rest < a) icu_range(it, t, rest, a, bounds, status);
      for (int k = a; k < b;) {
        if (dict_ideograph(u[k])) {
          int e = k + 1;
          while (e < b && dict_ideograph(u[e])) ++e;
          dict.cut(u + k, e - k, k, bounds);
          status.resize(bounds.size() - 1, UBRK_WORD_IDEO);
          k = e;
        } else {
          bounds.push_back(++k);
          status.push_back(UBRK_WORD_NONE);
        }
      }
      rest = b;
    }
    i = j;
  }
  if (rest < to) icu_range(it, t, rest, to, bounds, status);
}

// The characters after which ICU's sentence break can put a boundary
// (UAX #29: a break falls only after a terminator, STerm or ATerm, with what
// follows it, or after a paragraph separator, Sep CR LF; rules SB4, SB11): a
// text without any has no sentence break but its end, and ICU's iterator is
// not run over it. ICU's Sentence_Break property, asked once for ASCII, per
// character for the rest but the CJK block's ideographs, none of which is one
// (tests/unit/tokens_test.cpp checks the block against ICU). (A UnicodeSet of
// the property cost 9M instructions to build, more than a short document
// takes to tokenise.)
class SentenceEnds {
 public:
  SentenceEnds() {
    for (char32_t c = 0; c < 0x80; ++c) ascii_[c] = static_cast<uint8_t>(icu_sb(c));
    for (char32_t c = 0; c < kPunctN; ++c) punct_[c] = static_cast<uint8_t>(icu_sb(kPunctLo + c));
    for (char32_t c = 0; c < kWideN; ++c) wide_[c] = static_cast<uint8_t>(icu_sb(kWideLo + c));
  }
  // the Sentence_Break of c (UCharSentenceBreak): ICU's, asked once for
  // ASCII, the CJK punctuation (U+3000-U+303F) and the full-width forms
  // (U+FF00-U+FF5F), the characters besides ideographs of a Chinese text
  int sb(char32_t c) const {
    if (c < 0x80) return ascii_[c];
    if (c - kPunctLo < kPunctN) return punct_[c - kPunctLo];  // (unsigned: below wraps round)
    if (c - kWideLo < kWideN) return wide_[c - kWideLo];
    return icu_sb(c);
  }
  // c's Sentence_Break if c is a terminator (STerm ATerm) or a paragraph
  // separator (Sep CR LF), else 0 (U_SB_OTHER)
  int end(char32_t c) const {
    if (c >= kBlockLo && c < kBlockHi) return 0;
    const int k = sb(c);
    return k == U_SB_STERM || k == U_SB_ATERM || k == U_SB_SEP || k == U_SB_CR || k == U_SB_LF ? k : 0;
  }
  static bool opens_quote(char32_t c) { return c == U'“' || c == U'《' || c == U'「' || c == U'『'; }
  // false for a character that can neither end a sentence nor open a quote,
  // without asking ICU: an ideograph of the CJK block (most of a text)
  static bool marked(char32_t c) { return c < kBlockLo || c >= kBlockHi; }

 private:
  static constexpr char32_t kBlockLo = 0x4E00, kBlockHi = 0xA000;
  static int icu_sb(char32_t c) { return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK); }
  static constexpr char32_t kPunctLo = 0x3000, kPunctN = 0x40, kWideLo = 0xFF00, kWideN = 0x60;
  std::array<uint8_t, 0x80> ascii_{};
  std::array<uint8_t, kPunctN> punct_{};
  std::array<uint8_t, kWideN> wide_{};
};

// The sentence boundaries of a text with terminators (STerm ATerm, at
// `terms`) but no paragraph separator (Sep CR LF), by UAX #29's rules: each
// passed to keep(position) in order. Without a separator, SB3 and SB4 never
// apply, nor the ParaSep of SB8-SB11, and a boundary can only fall where
// SB11 puts one, after a terminator with the Close* Sp* that follow it (the
// Extend and Format characters after any of them taken with it, SB5); before
// a Close or Sp of that run SB9 and SB10 allow none, and at its end SB6, SB7,
// SB8 and SB8a may forbid it. The same boundaries as ICU's iterator, which
// implements these rules (tests/unit/tokens_test.cpp compares the two on
// random text), without running it over the text: it was 3% of
// `tokens --lines`.
template <class Keep>
void terminator_breaks(std::u32string_view cp, const std::vector<int>& terms, const SentenceEnds& ends, Keep&& keep) {
  const int n = static_cast<int>(cp.size());
  auto sb = [&](int j) { return ends.sb(cp[j]); };
  auto ef = [&](int j) {
    const int k = sb(j);
    return k == U_SB_EXTEND || k == U_SB_FORMAT;
  };
  auto skip_ef = [&](int j) {
    while (j < n && ef(j)) ++j;
    return j;
  };
  for (const int t : terms) {
    const bool aterm = sb(t) == U_SB_ATERM;
    int j = skip_ef(t + 1);
    if (j >= n) return;  // (what follows is Extend, Format, Close or Sp: no further terminator)
    if (aterm) {
      const int y = sb(j);
      if (y == U_SB_NUMERIC) continue;  // SB6: ATerm × Numeric
      if (y == U_SB_UPPER) {            // SB7: (Upper | Lower) ATerm × Upper
        int p = t - 1;
        while (p >= 0 && ef(p)) --p;
        if (p >= 0 && (sb(p) == U_SB_UPPER || sb(p) == U_SB_LOWER)) continue;
      }
    }
    while (j < n && sb(j) == U_SB_CLOSE) j = skip_ef(j + 1);
    while (j < n && sb(j) == U_SB_SP) j = skip_ef(j + 1);
    if (j >= n) return;
    const int y = sb(j);
    if (y == U_SB_SCONTINUE || y == U_SB_STERM || y == U_SB_ATERM) continue;  // SB8a
    if (aterm) {
      // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
      int m = j;
      while (m < n) {
        const int k = sb(m);
        if (k == U_SB_OLETTER || k == U_SB_UPPER || k == U_SB_LOWER || k == U_SB_SEP || k == U_SB_CR ||
            k == U_SB_LF || k == U_SB_ATERM || k == U_SB_STERM)
          break;
        m = skip_ef(m + 1);
      }
      if (m < n && sb(m) == U_SB_LOWER) continue;
    }
    keep(j);  // SB11
  }
}

const SentenceEnds& sentence_ends() {
  static const SentenceEnds ends;
  return ends;
}

// Sentence starts (code points) of ws.text into ws.starts, never inside “…” 《…》 「…」 『…』.
void sentence_starts(Workspace& ws) {
  const Text& t = ws.text;
  std::vector<int>& starts = ws.starts;
  starts.assign(1, 0);
  const int n = static_cast<int>(t.cp.size());
  if (n == 0) return;
  // (a text without a terminator needs neither ICU nor the quotes; most
  // lines of a wrapped paragraph, many headings and table cells)
  const SentenceEnds& ends = sentence_ends();
  bool any_open = false, any_sep = false;
  std::vector<int>& terms = ws.terms;
  terms.clear();
  for (int i = 0; i < n; ++i) {
    const char32_t c = t.cp[i];
    if (!ends.marked(c)) continue;  // (one lookup for most characters)
    if (const int k = ends.end(c)) {
      if (k == U_SB_STERM || k == U_SB_ATERM) terms.push_back(i);
      else any_sep = true;
    }
    any_open |= SentenceEnds::opens_quote(c);
  }
  if (terms.empty() && !any_sep) return;
  // inside[i]: position i falls inside a matched pair of quotes
  // (each matched pair adds one over its span, in a running sum: nested
  // pairs cost no more than others)
  std::vector<char>& inside = ws.inside;
  if (any_open) {
    std::vector<int>& depth = ws.depth;
    std::vector<int>& open = ws.open;
    depth.assign(n + 2, 0);
    open.clear();
    for (int i = 0; i < n; ++i) {
      char32_t c = t.cp[i];
      if (c == U'“' || c == U'《' || c == U'「' || c == U'『') open.push_back(i);
      else if ((c == U'”' || c == U'》' || c == U'」' || c == U'』') && !open.empty()) {
        ++depth[open.back() + 1];
        --depth[i + 1];
        open.pop_back();
      }
    }
    inside.resize(n + 1);
    for (int i = 0, run = 0; i <= n; ++i) {
      run += depth[i];
      inside[i] = run > 0;
    }
  }
  if (!any_sep) {
    terminator_breaks(t.cp, terms, ends, [&](int at) {
      if (!any_open || !inside[at]) starts.push_back(at);
    });
    return;
  }
  auto& it = *iterators().sentences;
  UErrorCode ec = U_ZERO_ERROR;
  UText ut_ = UTEXT_INITIALIZER;
  std::unique_ptr<UText, UTextCloser> ut(utext_openUChars(&ut_, t.u16.data(), static_cast<int64_t>(t.u16.size()), &ec));
  if (U_FAILURE(ec)) return;
  it.setText(ut.get(), ec);
  if (U_FAILURE(ec)) return;
  for (int32_t e = it.next(); e != icu::BreakIterator::DONE; e = it.next()) {
    int at = t.cp_at(e);
    if (at >= n) break;
    if (!any_open || !inside[at]) starts.push_back(at);
  }
}

// PKU conventions ICU's dictionary does not follow (docs/tokens.md), applied
// to adjacent word tokens: a transliterated name joined by "·" is one word
// (彼得·萨瑟兰); a suffix stays on its word (与会|者 -> 与会者, 会员|国 ->
// 会员国, 建设|性 -> 建设性); the prefix 非 stays on its word (非|政府 -> 非政府).
void join_affixes(std::vector<detail::TokenView>& out, std::u32string_view cp, std::string_view text,
                  const int32_t* byte) {
  using Token = detail::TokenView;
  if (out.size() < 2) return;
  auto all_han = [&](const Token& t) {
    if (t.length == 0) return false;
    for (int k = t.offset; k < t.offset + t.length; ++k)
      if (!(cp[k] >= 0x4E00 && cp[k] <= 0x9FFF) && !is_han(cp[k])) return false;  // (the block inline)
    return true;
  };
  auto is_word = [](const Token& t) { return t.kind == "word"; };
  auto adjacent = [](const Token& a, const Token& b) { return b.length > 0 && a.offset + a.length == b.offset; };
  static const HanBits kSuffix(U"者性化权率国法员");
  static const HanBits kStop(U"的在和与说是对向为于及等并而或但将已也都就从把被");
  // (joined in place: the tokens kept are written at w, which never passes
  // the token read; copied to a second vector and swapped, every token cost a
  // copy)
  size_t w = 0;
  auto join = [&](Token& a, const Token& b) {
    a.length = b.offset + b.length - a.offset;
    a.kind = "word";
    a.text = text.substr(byte[a.offset], byte[a.offset + a.length] - byte[a.offset]);
  };
  for (size_t i = 0; i < out.size(); ++i) {
    const Token t = out[i];
    if (w == 0) {  // (then i is 0 too: the token is where it is kept)
      ++w;
      continue;
    }
    Token& prev = out[w - 1];
    // a name: X·Y, with the single characters ICU cut an unknown name into
    if (t.length == 1 && cp[t.offset] == U'·' && adjacent(prev, t) && all_han(prev) && i + 1 < out.size() &&
        adjacent(t, out[i + 1]) && all_han(out[i + 1])) {
      // back over single characters before the dot
      while (w >= 2 && out[w - 1].length == 1 && all_han(out[w - 2]) && out[w - 2].length == 1 &&
             adjacent(out[w - 2], out[w - 1]) && !kStop(cp[out[w - 2].offset])) {
        const Token last = out[w - 1];
        --w;
        join(out[w - 1], last);
      }
      join(out[w - 1], t);
      join(out[w - 1], out[++i]);
      while (i + 1 < out.size() && adjacent(out[w - 1], out[i + 1]) && all_han(out[i + 1]) &&
             (out[i + 1].length == 1 && !kStop(cp[out[i + 1].offset]))) {
        join(out[w - 1], out[++i]);
      }
      // a further ·Z
      while (i + 2 < out.size() && out[i + 1].length == 1 && cp[out[i + 1].offset] == U'·' &&
             adjacent(out[w - 1], out[i + 1]) && adjacent(out[i + 1], out[i + 2]) && all_han(out[i + 2])) {
        join(out[w - 1], out[++i]);
        join(out[w - 1], out[++i]);
        while (i + 1 < out.size() && adjacent(out[w - 1], out[i + 1]) && out[i + 1].length == 1 &&
               all_han(out[i + 1]) && !kStop(cp[out[i + 1].offset]))
          join(out[w - 1], out[++i]);
      }
      continue;
    }
    // (the affix's own tests first: all_han, which reads every character of
    // both, only for the few pairs that pass them)
    if (is_word(prev) && is_word(t) && adjacent(prev, t)) {
      const bool suffix = t.length == 1 && prev.length >= 2 && prev.length <= 4 && kSuffix(cp[t.offset]);
      const bool prefix = prev.length == 1 && cp[prev.offset] == U'非' && t.length == 2;
      if ((suffix || prefix) && all_han(prev) && all_han(t)) {
        join(prev, t);
        continue;
      }
    }
    // (kept where it is until a join moves the tokens after it back)
    if (w != i) out[w] = t;
    ++w;
  }
  out.resize(w);
}


// True when a term has 。 or ， (a user's list may): a piece may not end after one.
bool terms_have_cut_marks() {
  static const bool has = terms().has(U'。') || terms().has(U'，');
  return has;
}

// An ideograph of the CJK block (U+4E00-U+9FFF) at s[i..], as UTF-8
bool ideograph_at(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]);
  return (b0 == 0xE4 && b1 >= 0xB8) || (b0 >= 0xE5 && b0 <= 0xE9);
}


// Where a text of more than `piece_bytes` is cut into pieces of about that
// size, for work whose arrays grow with the text (tokenize_pieces,
// sentences): after a 。 or a ， followed by an ideograph that no matched
// pair of quotes spans (as sentence_starts pairs them: a closing quote closes
// the latest open one). No word of ICU's (a boundary on both sides of either
// mark, UAX #29 WB999), no term (unless a list has the mark) and no UN unit
// spans such a place, and nothing after it changes what comes before: after
// the 。 a sentence starts (SB11: STerm ÷ OLetter), after the ， the sentence
// goes on (none of SB5-SB11 looks across an ideograph). (A ， in a text with
// a paragraph separator, whose sentences ICU's iterator finds from the text's
// start, is no place to cut.) tests/unit/tokens_test.cpp compares the pieces'
// results with the whole text's.
struct Cut {
  int32_t byte, cp;  // where the next piece starts
  bool sentence;     // and a sentence with it
};
std::vector<Cut> piece_cuts(std::string_view text, size_t piece_bytes) {
  std::vector<Cut> cuts;
  if (text.size() <= piece_bytes || terms_have_cut_marks()) return cuts;
  std::vector<int32_t> open;                       // the quotes open (code points)
  std::vector<std::pair<int32_t, int32_t>> pairs;  // matched quotes
  bool separator = false;
  // (characters counted as Text counts them, U8_NEXT's, ill-formed bytes too)
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t cp = 0;
  for (int32_t i = 0; i < n; ++cp) {
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c == U'“' || c == U'《' || c == U'「' || c == U'『') {
      open.push_back(cp);
    } else if (c == U'”' || c == U'》' || c == U'」' || c == U'』') {
      if (!open.empty()) {
        pairs.emplace_back(open.back(), cp);
        open.pop_back();
      }
    } else if ((c == U'。' || c == U'，') && ideograph_at(text, i)) {
      cuts.push_back({i, cp + 1, c == U'。'});
    } else if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
      separator = true;
    }
  }
  // a place is spanned by a pair (o, c) when o < place < c: a running count
  // over the places of the pairs open there
  std::vector<int> spanned(cuts.size() + 1, 0);
  auto first_after = [&](int32_t at) {
    return std::upper_bound(cuts.begin(), cuts.end(), at, [](int32_t v, const Cut& k) { return v < k.cp; }) -
           cuts.begin();
  };
  for (const auto& [o, c] : pairs) {
    ++spanned[first_after(o)];
    --spanned[first_after(c)];
  }
  // the places kept: one at least piece_bytes after the one before
  size_t kept = 0;
  int32_t start = 0;
  int run = 0;
  for (size_t k = 0; k < cuts.size(); ++k) {
    run += spanned[k];
    const Cut cut = cuts[k];
    if (run == 0 && static_cast<size_t>(cut.byte - start) >= piece_bytes && (cut.sentence || !separator)) {
      cuts[kept++] = cut;
      start = cut.byte;
    }
  }
  cuts.resize(kept);
  return cuts;
}

}  // namespace

void add_terms(std::string data, const std::string& name) {
  Terms probe;
  read_terms(probe, data, name);  // throws on a bad line, before anything is kept
  std::lock_guard lock(g_terms_mutex);
  if (g_terms) throw std::logic_error("add_terms after the first tokenize");
  g_user_terms.emplace_back(name, std::move(data));
}

void add_terms_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read the term list");
  std::stringstream ss;
  ss << in.rdbuf();
  add_terms(ss.str(), path);
}

std::vector<std::pair<int, int>> sentences(std::string_view text) { return detail::sentences(text, detail::kPieceBytes); }

std::vector<std::pair<int, int>> detail::sentences(std::string_view text, size_t piece_bytes) {
  Workspace& ws = workspace();
  std::vector<std::pair<int, int>> out;
  // a piece at a time (piece_cuts: the text's arrays for one piece, not for
  // a paragraph of many megabytes), from its start `cp` in the text
  auto piece = [&](std::string_view s, int cp, bool goes_on) {
    ws.text.assign(s);
    sentence_starts(ws);
    const std::vector<int>& starts = ws.starts;
    const int n = static_cast<int>(ws.text.cp.size());
    for (size_t i = 0; i < starts.size(); ++i) {
      int a = cp + starts[i], b = cp + (i + 1 < starts.size() ? starts[i + 1] : n);
      if (i == 0 && goes_on && !out.empty() && out.back().second == a) out.back().second = b;
      else if (b > a) out.emplace_back(a, b);
    }
  };
  const std::vector<Cut> cuts = piece_cuts(text, piece_bytes);
  size_t start = 0;
  int cp = 0;
  bool goes_on = false;
  for (const Cut& cut : cuts) {
    piece(text.substr(start, cut.byte - start), cp, goes_on);
    start = cut.byte;
    cp = cut.cp;
    goes_on = !cut.sentence;
  }
  piece(text.substr(start), cp, goes_on);
  return out;
}

std::vector<Token> tokenize(std::string_view text, const std::vector<FootnoteRef>& markers) {
  std::vector<detail::TokenView> views;
  detail::tokenize_into(text, markers, views);
  std::vector<Token> out;
  out.reserve(views.size());
  for (const detail::TokenView& v : views) out.push_back(Token{std::string(v.text), v.offset, v.length, v.sentence, v.kind.data()});  // (a literal)
  return out;
}

void detail::tokenize_into(std::string_view text, const std::vector<FootnoteRef>& markers,
                           std::vector<TokenView>& out) {
  using Token = TokenView;
  out.clear();
  Workspace& ws = workspace();
  ws.text.assign(text);
  const Text& t = ws.text;
  const int n = static_cast<int>(t.cp.size());
  sentence_starts(ws);
  // (the starts and the markers through locals, fixed from here on: read
  // through the vectors, their sizes were loaded again after every token
  // pushed to out)
  const int* const starts = ws.starts.data();
  const size_t n_starts = ws.starts.size();
  size_t sentence = 0;
  auto sentence_of = [&](int offset) {
    while (sentence + 1 < n_starts && starts[sentence + 1] <= offset) ++sentence;
    return static_cast<int>(sentence);
  };
  size_t marker = 0;
  const size_t n_markers = markers.size();
  // footnote markers (removed from the text) stand where they were, before the token at their offset
  auto flush_markers = [&](int upto) {
    while (marker < n_markers && markers[marker].offset <= upto) {
      Token m;
      m.offset = markers[marker].offset;
      m.sentence = sentence_of(std::max(0, std::min(m.offset, n) - 1));  // the text the marker follows
      m.kind = "footnote";
      m.text = markers[marker].id;
      out.push_back(m);
      ++marker;
    }
  };
  auto emit = [&](int a, int b, std::string_view kind) {
    flush_markers(a);
    Token tok;
    tok.offset = a;
    tok.length = b - a;
    tok.sentence = sentence_of(a);
    tok.kind = kind;
    tok.text = std::string_view(text.data() + t.byte[a], t.byte[b] - t.byte[a]);  // (within text: no substr check)
    out.push_back(tok);
  };

  const Terms& dict = terms();
  auto& its = iterators();
  Scanner scan(t.cp);
  std::vector<int>& bounds = ws.bounds;
  std::vector<int>& rebounds = ws.rebounds;
  std::vector<int32_t>& status = ws.status;
  std::vector<int32_t>& restatus = ws.restatus;
  std::vector<Workspace::Slot>& slot = ws.slots;  // per position within a stretch

  auto stretch = [&](int from, int to) {
    if (from >= to) return;
    icu_words(*its.words, t, from, to, bounds, status);
    const int len = to - from;
    slot.assign(len + 1, Workspace::Slot{});
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
      slot[bounds[i] - from].seg_end = bounds[i + 1];
      slot[bounds[i] - from].seg_status = status[i];
    }
    if (dict.empty()) {
      for (int p = from; p < to; p = slot[p - from].seg_end) {
        bool space = true;
        for (int k = p; k < slot[p - from].seg_end && space; ++k) space = is_space(t.cp[k]);
        if (!space) emit(p, slot[p - from].seg_end, icu_kind(slot[p - from].seg_status));
      }
      return;
    }
    // A term is cheaper than the ICU segments it covers; a segment of ICU's
    // re-run after a term that ended inside one of its words costs more than
    // one of its first run, so a term that cuts a word of ICU's apart must
    // save more than one segment (发展中 + 心 loses to 发展 + 中心).
    constexpr double kSeg = 1.0, kTerm = 0.8, kResync = 1.3, kStray = 1.6;
    static const HanBits kFunction(U"的对于所中有在和与是将已也都并而及等为把被向从由就以之其");
    slot[0].cost = 0;
    for (int p = from; p < to; ++p) {
      const int pi = p - from;
      if (slot[pi].cost >= 1e299) continue;
      if (slot[pi].seg_end == 0) {
        // reached inside an ICU segment (after a term): segment the rest afresh until it meets ICU's cuts again
        // (a window up to one of ICU's cuts at least 16 characters on, so the work stays linear)
        // (and at most 64 on: inside one long segment of ICU's, a window to its
        // end at every term would be quadratic)
        auto w = std::lower_bound(bounds.begin(), bounds.end(), std::min(to, p + 16));
        const int wend = std::min(w == bounds.end() ? to : *w, std::min(to, p + 64));
        icu_words(*its.resync, t, p, wend, rebounds, restatus);
        for (size_t i = 0; i + 1 < rebounds.size(); ++i) {
          Workspace::Slot& q = slot[rebounds[i] - from];
          if (q.seg_end != 0) break;
          q.seg_end = rebounds[i + 1];
          q.seg_status = restatus[i];
          q.resynced = true;
        }
      }
      auto relax = [&](int q, double c, int term) {
        Workspace::Slot& to_q = slot[q - from];
        if (slot[pi].cost + c < to_q.cost - 1e-9) {
          to_q.cost = slot[pi].cost + c;
          to_q.back = p;
          to_q.back_term = term;
        }
      };
      if (slot[pi].seg_end != 0) {
        // a function word ICU had glued to a term's last character (秘书|处的 -> 秘书处|的) costs as
        // a segment of ICU's first run
        const bool function_word =
            slot[pi].seg_end == p + 1 && kFunction(t.cp[p]);
        relax(slot[pi].seg_end, slot[pi].resynced && !function_word ? kResync : kSeg, -1);
      }
      else relax(p + 1, kStray, -1);
      if (p + 1 < to && dict.may_start(t.cp[p], t.cp[p + 1])) {
        int node = 0;
        for (int q = p; q < to; ++q) {
          node = dict.child(node, t.cp[q]);
          if (node == 0) break;
          int term = dict.term(node);
          if (term >= 0) relax(q + 1, kTerm, term);
        }
      }
    }
    // walk back
    std::vector<std::pair<int, int>>& path = ws.path;  // (start, term or -1)
    path.clear();
    for (int q = to; q > from;) {
      int p = slot[q - from].back;
      path.emplace_back(p, slot[q - from].back_term);
      q = p;
    }
    std::reverse(path.begin(), path.end());
    for (size_t i = 0; i < path.size(); ++i) {
      int a = path[i].first, b = i + 1 < path.size() ? path[i + 1].first : to;
      int term = path[i].second;
      if (term >= 0) {
        int prev = a;
        for (int cut : dict.cuts(term)) {
          emit(prev, a + cut, "word");
          prev = a + cut;
        }
        emit(prev, b, "word");
        continue;
      }
      bool space = true;
      for (int k = a; k < b && space; ++k) space = is_space(t.cp[k]);
      if (space) continue;
      std::string_view kind = slot[a - from].seg_end == b ? icu_kind(slot[a - from].seg_status) : "word";
      // (the length first: it rules out most segments before ICU's property lookup)
      // (and no ideograph of the CJK block is punctuation: tests/unit/tokens_test.cpp)
      if (b == a + 1 && kind == "word" && !(t.cp[a] >= 0x4E00 && t.cp[a] <= 0x9FFF) && u_ispunct(t.cp[a]))
        kind = "punct";
      emit(a, b, kind);
    }
  };

  int from = 0;
  for (int i = 0; i < n;) {
    Unit u = scan.at(i);
    if (u.kind.empty() || u.end <= i) {
      ++i;
      continue;
    }
    stretch(from, i);
    emit(i, u.end, u.kind);
    i = from = u.end;
  }
  stretch(from, n);
  join_affixes(out, t.cp, text, t.byte);
  flush_markers(std::numeric_limits<int>::max());  // markers at the very end
}

std::vector<std::pair<int, int>> detail::word_breaks(std::string_view text, bool icu_only) {
  Text t;
  t.assign(text);
  std::vector<int> bounds;
  std::vector<int32_t> status;
  icu_words(*iterators().words, t, 0, static_cast<int>(t.cp.size()), bounds, status, icu_only);
  std::vector<std::pair<int, int>> out;
  for (size_t i = 0; i + 1 < bounds.size(); ++i) out.emplace_back(bounds[i + 1], status[i]);
  return out;
}

bool detail::own_dictionary_search() { return cjdict().ok(); }

void detail::tokenize_pieces(std::string_view text, const std::vector<FootnoteRef>& markers,
                             std::vector<TokenView>& out, size_t piece_bytes, PieceFn f) {
  const std::vector<Cut> cuts = piece_cuts(text, piece_bytes);
  if (cuts.empty()) {
    tokenize_into(text, markers, out);
    size_t bound = text.size();
    for (const FootnoteRef& m : markers) bound += m.id.size();
    f(out, bound);
    return;
  }
  // The pieces' tokens are the whole text's, their offsets and sentence
  // numbers counted on from the pieces before.
  std::vector<FootnoteRef> local;
  size_t m = 0, start = 0;
  int cp_base = 0, sentence_base = 0;
  for (size_t k = 0; k <= cuts.size(); ++k) {
    const bool last = k == cuts.size();
    const size_t end = last ? text.size() : static_cast<size_t>(cuts[k].byte);
    // the piece's markers at offsets from its start (one at its very end
    // stands after its last token, as in the whole text); the last takes those left
    local.clear();
    size_t bound = end - start;
    for (; m < markers.size() && (last || markers[m].offset <= cuts[k].cp); ++m) {
      local.push_back(markers[m]);
      local.back().offset -= cp_base;
      bound += markers[m].id.size();
    }
    tokenize_into(text.substr(start, end - start), local, out);
    for (TokenView& t : out) {
      t.offset += cp_base;
      t.sentence += sentence_base;
    }
    f(out, bound);
    if (last) break;
    // (after a ，, the next piece's first sentence goes on with this piece's last)
    sentence_base += static_cast<int>(workspace().starts.size()) - (cuts[k].sentence ? 0 : 1);
    start = end;
    cp_base = cuts[k].cp;
  }
}

}  // namespace undoc
