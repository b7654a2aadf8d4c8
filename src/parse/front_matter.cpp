// Pass 4a: the front matter (masthead, session, agenda items, title, transmittal text).
#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>

#include "parser.hpp"

namespace undoc::detail {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

// The languages a document is issued in, when not all six: "English only",
// "English, French and Spanish only" (a masthead line below Original:)
static bool languages_only(U32View f) {
  if (f.size() < 12 || f.size() > 70 || !f.ends_with(U" only"sv)) return false;
  static constexpr U32View names[] = {U"Arabic"sv, U"Chinese"sv, U"English"sv, U"French"sv, U"Russian"sv, U"Spanish"sv};
  U32View rest = f.substr(0, f.size() - 5);
  while (!rest.empty()) {
    const U32View* name = std::find_if(std::begin(names), std::end(names), [&](U32View n) { return starts_with(rest, n); });
    if (name == std::end(names)) return false;
    rest.remove_prefix(name->size());
    if (starts_with(rest, U", "sv)) rest.remove_prefix(2);
    else if (starts_with(rest, U" and "sv)) rest.remove_prefix(5);
    else if (!rest.empty()) return false;
  }
  return true;
}

// A masthead's notes, kept as they stand: a record's masthead; the category
// of an executive board's or the Council's document (供参考 for information,
// 供作决定 for decision); an addendum's or corrigendum's line (no title); the
// Secretariat's issuances, which name their type above the title; the
// languages a document is issued in, when not all six.
static bool masthead_note(U32View f) {
  if (languages_only(f)) return true;
  static const U32View notes[] = {U"正式记录"sv, U"Official Records"sv, U"临时文件"sv, U"临时"sv, U"Provisional"sv, U"供参考"sv, U"供作决定"sv, U"供决定"sv,
                                  U"供讨论"sv, U"供审议"sv, U"供讨论和决定"sv, U"供讨论和指导"sv, U"增编"sv, U"更正"sv, U"订正"sv,
                                  U"秘书长公报"sv, U"行政指示"sv, U"信息通告"sv, U"情况通报"sv};
  return std::find(std::begin(notes), std::end(notes), f) != std::end(notes);
}

// The versions a corrigendum touches, below its mark: (仅涉及中文本),
// (仅涉及阿拉伯文、中文和俄文文本)
static bool versions_line(U32View f) {
  const U32View bare = without_trailing_markers(f);
  // (仅涉及 or 只涉及, both "only": (只涉及中文本))
  return bare.size() >= 7 && bare.size() <= 40 && (starts_with(bare, U"(仅涉及"sv) || starts_with(bare, U"(只涉及"sv)) &&
         bare.ends_with(U"本)"sv);
}

// A convention's conference of the parties, or a subsidiary body of its own,
// named below the masthead that names the convention where an organ stands:
// 缔约方会议, 作为《巴黎协定》缔约方会议的《公约》缔约方会议, 作为《京都议定书》
// 缔约方会议的《公约》缔约方会议, 生物多样性公约缔约方大会, 巴塞尔公约缔约方大会,
// 附属科学技术咨询机构, 附属履行机构 (f without spaces)
static bool conference_body(U32View f) {
  if (f.size() < 4 || f.size() > 40 || contains(f, U'。') || contains(f, U'，') || contains(f, U',') ||
      contains(f, U':'))
    return false;
  // (and a convention's conference of States parties: 残疾人权利公约 / 缔约国会议)
  if (f.ends_with(U"缔约方会议"sv) || f.ends_with(U"缔约方大会"sv) || f.ends_with(U"缔约国会议"sv)) return true;
  return f.size() <= 20 && starts_with(f, U"附属"sv) && f.ends_with(U"机构"sv);
}

// A conference's session below its name: 第二十八届会议 (session_line's), and
// a meeting as the Convention on Biological Diversity numbers its sessions,
// 第十五次会议, with the part it met in: 第十五次会议第二阶段, 第十五届会议—第二阶段,
// 第十五次会议(第二阶段), 第十五次会议续会
static std::optional<Session> conference_session(U32View f) {
  if (auto s = session_line(f)) return s;
  const U32 g = without_spaces(f);
  const U32View v = g;
  if (v.size() < 5 || v.size() > 30 || v[0] != U'第') return std::nullopt;
  size_t j = 1;
  while (j < v.size() && (is_chinese_numeral_char(v[j]) || (v[j] >= U'0' && v[j] <= U'9'))) ++j;
  if (j == 1 || j + 3 > v.size() || (v[j] != U'届' && v[j] != U'次') || v.substr(j + 1, 2) != U"会议"sv)
    return std::nullopt;
  U32View tail = v.substr(j + 3);
  if (!tail.empty() && (tail[0] == U'—' || tail[0] == U'-' || tail[0] == U'–')) tail.remove_prefix(1);
  if (!tail.empty() && tail[0] == U'(') {
    if (tail.back() != U')') return std::nullopt;
    tail = tail.substr(1, tail.size() - 2);
  }
  if (!tail.empty() && tail != U"续会"sv) {
    if (tail.size() < 4 || tail[0] != U'第' || !(tail.ends_with(U"阶段"sv) || tail.ends_with(U"部分"sv))) return std::nullopt;
    const U32View n = tail.substr(1, tail.size() - 3);
    if (!std::all_of(n.begin(), n.end(), [](char32_t c) { return is_chinese_numeral_char(c); })) return std::nullopt;
  }
  Session s;
  const U32View n = v.substr(1, j - 1);
  long value = chinese_numeral_value(n);
  if (value < 0) {
    value = 0;
    for (char32_t c : n) value = (c >= U'0' && c <= U'9' && value >= 0) ? value * 10 + (c - U'0') : -1;
  }
  if (value > 0) s.number = value;
  return s;
}

// The right cell of a masthead line set out in columns: Distr., the date,
// the languages, the symbol (what the masthead's right column holds).
static bool right_column_item(U32View c) {
  return (starts_with(c, U"Distr."sv) && c.size() <= 24) || (starts_with(c, U"Original:"sv) && c.size() <= 30) ||
         languages_only(c) ||
         c == U"Chinese"sv || c == U"中文"sv || (c.size() <= 20 && date_only(c).has_value()) ||
         (c.size() <= 40 && classify_kind(c) == LineKind::Symbol);
}

const std::vector<Line>& Parser::split_masthead_columns(const std::vector<Line>& lines, std::vector<Line>& copy,
                                                        std::vector<std::pair<size_t, size_t>>& cells) {
  // Only the first page's head, down to the first sentence: the masthead.
  bool date_seen = false;
  for (size_t i = 0, seen = 0; i < lines.size() && seen < 30; ++i) {
    const Line& ln = lines[i];
    if (ln.blank()) continue;
    if (ln.page > 0) break;
    ++seen;
    const U32View f = ln.fold();
    // (nor past a labelled paragraph or heading: the text has begun)
    if (contains(f, U'。') || ln.kind == LineKind::Numbered || ln.kind == LineKind::Chapter ||
        ln.kind == LineKind::Section || ln.kind == LineKind::Article)
      break;
    if (f.size() > 200) continue;
    // (a line that is a date and nothing else, or ends in one after a gap: the masthead's date seen)
    const bool date_above = date_seen;
    if (!date_seen && f.size() <= 80) {
      const U32View t = trim_view(f);
      size_t w = t.size();
      while (w > 0 && !(is_space(t[w - 1]) && w >= 3 && is_space(t[w - 2]) && is_space(t[w - 3])) && t[w - 1] != U'\t') --w;
      date_seen = date_only(t).has_value() || (w > 0 && date_only(trim_view(t.substr(w))).has_value());
    }
    // the last gap of three spaces or more, or a TAB, with ink on both sides
    size_t e = f.size();
    while (e > 0 && is_space(f[e - 1])) --e;
    size_t gap_end = std::string::npos, gap_begin = 0;
    for (size_t k = e; k > 0; --k) {
      if (!is_space(f[k - 1])) continue;
      size_t b = k;
      while (b > 0 && is_space(f[b - 1])) --b;
      const bool tab = std::find(f.begin() + b, f.begin() + k, U'\t') != f.begin() + k;
      if (k - b >= 3 || tab) {
        gap_end = k, gap_begin = b;
        break;
      }
      k = b + 1;
    }
    // (or a single space between a Han cell and the date, as pdftotext -raw
    // joins a row of the masthead: "消除种族歧视国际公约 16 August 2023";
    // while no date line came above it, the masthead's own)
    if (gap_end == std::string::npos && !date_above) {
      size_t h = e;
      while (h > 0 && !is_han(f[h - 1])) --h;
      size_t r = h;
      while (r < e && is_space(f[r])) ++r;
      if (h > 0 && r > h && r < e && f[r] >= U'0' && f[r] <= U'9' && e - r <= 20 &&
          date_only(f.substr(r, e - r)).has_value() &&
          std::none_of(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(h), is_ascii_alnum))
        gap_begin = h, gap_end = r;
    }
    if (gap_end == std::string::npos || gap_begin == 0) continue;
    const U32View left = trim_view(f.substr(0, gap_begin)), right = f.substr(gap_end, e - gap_end);
    if (left.empty() || !right_column_item(right)) continue;
    // (the symbol's line, 联合国 and the symbol, is the masthead's own: furniture.cpp
    // knows it; and a left cell that is a right column's item is no left column)
    const U32 compact = without_spaces(left);
    if (compact == U"联合国"sv || right_column_item(left) || starts_with(left, U"Distr."sv)) continue;
    if (!std::any_of(left.begin(), left.end(), [](char32_t c) { return is_han(c); })) continue;
    // (the left cell must read as a line of the same kind, its label where it was;
    // a line of TAB stops, read as a table's row, is a text line once cut:
    // "联合国项目事务署执行局<TAB>2 June 2023", a board's name over two lines)
    const bool row = ln.kind == LineKind::TableRow;
    const LineKind left_kind = classify_kind(U32View(ln.text).substr(0, gap_begin));
    if ((row ? left_kind != LineKind::Text : left_kind != ln.kind) || ln.body > gap_begin ||
        ln.label_at + ln.label_size > gap_begin)
      continue;
    if (copy.empty()) copy = lines;
    Line& cut = copy[i];
    if (row) cut.kind = LineKind::Text;
    cut.text = U32View(ln.text).substr(0, gap_begin);
    const size_t lead = skip_spaces(U32View(cut.text), 0);
    cut.width = display_width(trim_view(U32View(cut.text).substr(lead)));
    cells.emplace_back(i, gap_end);
  }
  return copy.empty() ? lines : copy;
}

// An organ line of the masthead, once: a joint document names its organs
// side by side in the masthead and again above each one's session block
// (大会 / 第七十八届会议 / 议程项目 34 …, 安全理事会 / 第七十八年). False
// where organs holds it already: the caller keeps the repeated line with the
// notes, so that no word of it is lost.
// An executive board named in the masthead, the document's organ: its name
// as written (its lines joined, spaces dropped: 联合国儿童基金会 / 执行局 gives
// 联合国儿童基金会执行局; 联合国开发计划署、联合国人口基金和联合国项目事务署执行局
// on one line or two); 执行局 alone as it stands, where the symbol's series is
// a board's (E/ICEF/, DP/, UNW/, WFP/: no name made up from the symbol). Not
// another body ending so (反恐怖主义委员会执行局).
static std::optional<std::string> board_organ(U32View name, const std::optional<std::string>& symbol) {
  using namespace std::literals;
  if (!name.ends_with(U"执行局"sv) || name.size() > 40) return std::nullopt;
  if (name == U"执行局"sv) {
    const std::string s = symbol ? *symbol : std::string();
    if (s.starts_with("E/ICEF/") || s.starts_with("DP/") || s.starts_with("UNW/") || s.starts_with("WFP/"))
      return "执行局";
    return std::nullopt;
  }
  static constexpr U32View agencies[] = {U"儿童基金会"sv, U"开发计划署"sv, U"人口基金"sv, U"项目事务署"sv,
                                         U"妇女署"sv,     U"妇女权能署"sv, U"粮食计划署"sv, U"儿基会"sv};
  for (auto a : agencies)
    if (name.find(a) != U32View::npos) return to_utf8(name);
  return std::nullopt;
}

static bool add_organ(FrontMatter& fm, std::string organ) {
  if (std::find(fm.organs.begin(), fm.organs.end(), organ) != fm.organs.end()) return false;
  fm.organs.push_back(std::move(organ));
  return true;
}

// The weekday and the hour after a date, from k: "星期二下午3时", "，星期四，上午
// 10 时 30 分" (spaces and commas between); where they end, or npos where an
// hour is asked for and none stands there or it is ill-formed
static size_t weekday_and_hour(U32View g, size_t k, bool hour_needed) {
  auto gap = [&](size_t j) {
    while (j < g.size() && (is_space(g[j]) || g[j] == U',' || g[j] == U'，')) ++j;
    return j;
  };
  auto at = [&](size_t j, U32View w) { return j <= g.size() && g.substr(j).substr(0, w.size()) == w; };
  k = gap(k);
  if (at(k, U"星期"sv)) k = gap(std::min(g.size(), k + 3));
  if (!at(k, U"上午"sv) && !at(k, U"下午"sv) && !at(k, U"晚上"sv)) return hour_needed ? U32View::npos : k;
  k = skip_spaces(g, k + 2);
  const size_t d = k;
  while (k < g.size() && g[k] >= U'0' && g[k] <= U'9') ++k;
  if (k == d) return U32View::npos;
  k = skip_spaces(g, k);
  if (k >= g.size() || g[k] != U'时') return U32View::npos;
  k = skip_spaces(g, k + 1);
  while (k < g.size() && ((g[k] >= U'0' && g[k] <= U'9') || g[k] == U'分' || is_space(g[k]))) ++k;
  return k;
}

// A meeting named with its day and hour on one line, as a Security Council
// record's masthead and its provisional agenda give it when extraction joins
// their lines: "第9400次会议 2023年8月21日星期一上午10时 纽约" (the meeting,
// then when, 举行 perhaps, then where) or "2023年6月20日星期二上午10时举行的第
// 9350次会议" (when, then the meeting). The three pieces' bounds in g (the
// meeting's [0] to [1], when [2] to [3], where [4] to [5], empty where it
// says none), and the meeting's number; nullopt where the line says more.
struct MeetingLine {
  size_t at[6] = {};
  long number = 0;
};
static std::optional<MeetingLine> meeting_with_date(U32View g) {
  if (g.size() < 12 || g.size() > 60) return std::nullopt;
  // when: a date, its weekday and hour, 举行 perhaps; where it ends, or npos
  auto when = [&](size_t p) -> size_t {
    std::string iso;
    const size_t n = chinese_date_at(g, p, &iso, false);
    if (n == 0) return U32View::npos;
    size_t k = weekday_and_hour(g, p + n, true);
    if (k == U32View::npos) return k;
    // (举行, or 在 a place 举行: "…上午10时在日内瓦万国宫举行")
    if (g.substr(k).substr(0, 1) == U"在"sv) {
      const size_t h = g.find(U"举行"sv, k);
      if (h != U32View::npos && h - k <= 14 &&
          std::all_of(g.begin() + k, g.begin() + h, [](char32_t c) { return is_han(c); }))
        k = h;
    }
    if (g.substr(k).substr(0, 2) == U"举行"sv) k += 2;
    return k;
  };
  MeetingLine m;
  if (g[0] == U'第') {
    // the meeting, up to the first date after it
    for (size_t e = 4; e < g.size() && e <= 20; ++e) {
      const auto n = meeting_number(g.substr(0, e));
      if (!n) continue;
      const size_t p = skip_spaces(g, e);
      const size_t k = when(p);
      if (k == U32View::npos) continue;
      const size_t v = skip_spaces(g, k);
      if (v != g.size() && !is_un_venue(g.substr(v))) continue;
      m.number = *n;
      m.at[1] = e;
      m.at[2] = p;
      m.at[3] = k;
      m.at[4] = v;
      m.at[5] = g.size();
      return m;
    }
    return std::nullopt;
  }
  // when, 举行的, then the meeting
  const size_t k = when(0);
  if (k == U32View::npos || k < 2 || g.substr(k).substr(0, 1) != U"的"sv || g.substr(k - 2, 2) != U"举行"sv)
    return std::nullopt;
  const size_t b = skip_spaces(g, k + 1);
  const auto n = meeting_number(g.substr(b));
  if (!n) return std::nullopt;
  m.number = *n;
  m.at[0] = b;
  m.at[1] = g.size();
  m.at[2] = 0;
  m.at[3] = k + 1;
  m.at[4] = m.at[5] = g.size();
  return m;
}

// What follows a session's opening date: the weekday and the hour, then,
// unless the line said 开幕日期 before the date, where and 开幕
// ("星期二下午3时在联合国总部开幕"); nothing else.
static bool opening_hour(U32View g, bool said_opening) {
  size_t k = weekday_and_hour(g, 0, false);
  if (k == U32View::npos) return false;
  if (said_opening) {
    size_t e = k;
    while (e < g.size() && (is_space(g[e]) || g[e] == U',' || g[e] == U'，')) ++e;
    return k > 0 && e == g.size();
  }
  const U32View rest = g.substr(k);
  if (!rest.ends_with(U"开幕"sv) || k == 0) return false;
  // (在 and a place: Han characters only, "联合国总部", "日内瓦万国宫")
  const U32View place = rest.substr(0, rest.size() - 2);
  return place.empty() || (place.front() == U'在' && place.size() <= 14 &&
                           std::all_of(place.begin(), place.end(), [](char32_t c) { return is_han(c); }));
}

// A session's or a conference's dates and place: 2022年7月25日至2023年7月26日,
// 2023年4月3日至21日，纽约, 2023年6月19日和20日，纽约, set in brackets on an
// Official Records cover ((2023年4月24日至6月2日和7月3日至8月4日)); a date and
// a short rest that names no one: not a letter's title ("2023年5月3日…代表给秘书长的信")
static bool dates_and_place(U32View g) {
  if (g.size() >= 2 && g.front() == U'(' && g.back() == U')') g = g.substr(1, g.size() - 2);
  // (a session's opening, as a provisional agenda states it under the
  // session: "开幕日期：2023年9月5日星期二下午3时", "2023年9月5日星期二下午3时在联合国总部开幕")
  bool opening = false;
  for (U32View w : {U"开幕日期:"sv, U"开幕:"sv})
    if (starts_with(g, w)) {
      g = trim_view(g.substr(w.size()));
      opening = true;
      break;
    }
  std::string iso;
  size_t n = chinese_date_at(g, 0, &iso, false);
  // (a range whose first day goes without its 日, as real documents write
  // it: "2023年2月21至3月1日", "2023年3月5至9日": read to the 至)
  if (n == 0) {
    n = chinese_date_at(g, 0, &iso, true);  // 2023年2月
    size_t k = n;
    while (n != 0 && k < g.size() && k - n < 2 && g[k] >= U'0' && g[k] <= U'9') ++k;
    if (n == 0 || k == n || k >= g.size() || g[k] != U'至' || !contains(g.substr(k), U'日')) return false;
    n = k;
  }
  // (40 characters at most, the spaces a text sets between digits and Han aside:
  // "2023 年 4 月 24 日至 6 月 2 日和 7 月 3 日至 8 月 4 日")
  if (n == 0 || contains(g, U'。') ||
      (g.size() > 40 && std::count_if(g.begin(), g.end(), [](char32_t c) { return !is_space(c); }) > 40))
    return false;
  if (g.find(U'至') != U32View::npos) return true;
  if (opening_hour(g.substr(n), opening)) return true;
  const U32View rest = g.substr(n);
  return (starts_with(rest, U"和"sv) || starts_with(rest, U","sv)) && rest.size() <= 20 && !contains(rest, U'的') &&
         !contains(rest, U'给');
}

// A session with its dates in brackets on its line, as a treaty body's annual
// report lists on its cover the sessions it covers: 第七十五届会议(2022年10月31日
// 至11月25日) (the session alone, its dates below it, is session_line's)
static std::optional<Session> dated_session(U32View g) {
  g = trim_view(g);
  const size_t b = g.find(U'(');
  if (b == U32View::npos || b < 3 || g.back() != U')' || !dates_and_place(trim_view(g.substr(b)))) return std::nullopt;
  return session_line(trim_view(g.substr(0, b)));
}

// 补编第10号(A/78/10), 补编第6A号: an Official Records supplement's number, its
// symbol in brackets (where it is, from where it starts)
static bool supplement_line(U32View f, size_t* symbol_at = nullptr) {
  if (!starts_with(f, U"补编第"sv) || f.size() > 40) return false;
  const size_t hao = f.find(U'号');
  if (hao == U32View::npos || hao > 10) return false;
  const U32View rest = trim_view(f.substr(hao + 1));
  if (rest.empty()) return true;
  if (rest.front() != U'(' || rest.back() != U')') return false;
  if (symbol_at) *symbol_at = static_cast<size_t>(rest.data() - f.data()) + 1;
  return classify_kind(rest.substr(1, rest.size() - 2)) == LineKind::Symbol;
}

// 第八编, 第29E款, 方案21: a budget fascicle's part, section and programme
static bool budget_label(U32View line) {
  if (line.size() > 12) return false;
  const U32 compact = without_spaces(line);  // (第 29E 款: the digits set apart)
  const U32View f(compact);
  if (f.size() < 3 || f.size() > 8) return false;
  auto digits_then = [&](size_t from, size_t to) {  // 29E / 21
    size_t k = from;
    while (k < to && f[k] >= U'0' && f[k] <= U'9') ++k;
    if (k == from) return false;
    while (k < to && f[k] >= U'A' && f[k] <= U'Z') ++k;
    return k == to;
  };
  if (f[0] == U'第' && f.back() == U'编')
    return std::all_of(f.begin() + 1, f.end() - 1, [](char32_t c) { return U32View(U"一二三四五六七八九十"sv).find(c) != U32View::npos; });
  if (f[0] == U'第' && f.back() == U'款') return digits_then(1, f.size() - 1);
  if (starts_with(f, U"方案"sv)) return digits_then(skip_spaces(f, 2), f.size());
  return false;
}

// Does a line's end cut a word that the next line finishes ("…高级专" / "员办事处…")?
// ICU's dictionary word break read over the join: no boundary where the
// lines meet, between two Han characters. (Its iterator made once a thread.)
static bool wrap_cuts_word(U32View above, U32View below) {
  if (above.empty() || below.empty() || !is_han(above.back()) || !is_han(below.front())) return false;
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode ec = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), ec));
    return U_FAILURE(ec) ? nullptr : std::move(it);
  }();
  if (!words) return false;
  const U32View a = above.substr(above.size() - std::min<size_t>(above.size(), 6));
  const U32View b = below.substr(0, std::min<size_t>(below.size(), 6));
  icu::UnicodeString joined;
  for (char32_t c : a) joined.append(static_cast<UChar32>(c));
  const int32_t at = joined.length();
  for (char32_t c : b) joined.append(static_cast<UChar32>(c));
  words->setText(joined);
  return !words->isBoundary(at);
}

// A title line that stops mid-phrase ("…听询会的", "…仇外心理和"): the title
// goes on. Not a noun that ends in such a character: 行为 (conduct), as in
// 消除种族主义、种族歧视、仇外心理和相关不容忍行为.
// (and a line that stops at 包括, "including", which always has its object
// after it: "…经济、社会和文化权利，包括" / "发展权")
// (or at 并, "and", which joins two verbs: "…在经济、社会及相关领域的成果并" /
// "采取后续行动"; not 合并 or 兼并, merger, a noun)
static bool title_mid_phrase(U32View f) {
  return (ends_mid_phrase(f) && !f.ends_with(U"行为"sv)) || f.ends_with(U"包括"sv) ||
         (f.ends_with(U"并"sv) && !f.ends_with(U"合并"sv) && !f.ends_with(U"兼并"sv));
}

// A line naming who submits the document: "大会主席提交的决议草案",
// "哥斯达黎加、蒙古和瑞士提交的工作文件", "阿尔及利亚、……和越南：决议草案"
// (and the other drafts a chair submits: "主席根据非正式协商提交的商定结论草案",
// "…提交的结论草案": a short draft's name after 提交的)
static bool submitted_draft(U32View g) {
  if (g.size() > 120 || contains(g, U'。')) return false;
  for (U32View v : {U"提交的"sv, U"提出的"sv}) {
    const size_t at = g.rfind(v);
    if (at == U32View::npos || at == 0) continue;
    const U32View tail = g.substr(at + v.size());
    if ((tail.size() >= 4 && tail.size() <= 8 && tail.ends_with(U"草案"sv)) || tail == U"工作文件"sv) return true;
  }
  return false;
}
// "阿尔及利亚、……和越南：决议草案": the sponsors, a colon, the draft's kind
// (the sponsor's footnote markers between: "古巴：*，** 决议草案")
// (a revision's: "……和乌拉圭：订正决议草案", its L document's symbol ending in /Rev.1)
static bool sponsors_draft(U32View g) {
  for (U32View w : {U"决议草案"sv, U"决定草案"sv}) {
    if (!g.ends_with(w)) continue;
    U32View head = g.substr(0, g.size() - w.size());
    if (head.ends_with(U"订正"sv)) head.remove_suffix(2);
    while (!head.empty() && (is_space(head.back()) || head.back() == U'*' || head.back() == U',' ||
                             is_superscript_digit(head.back())))
      head.remove_suffix(1);
    if (head.ends_with(U":"sv) && head.size() > 2) return true;
  }
  return false;
}
static bool submitter_line(U32View g) {
  if (g.size() > 120 || contains(g, U'。')) return false;
  return submitted_draft(g) || sponsors_draft(g);
}

size_t Parser::front_matter_end() const {
  for (size_t i = 0; i < L_.size(); ++i) {
    if (used_[i]) continue;
    switch (L_[i].kind) {
      case LineKind::TocTitle:
      case LineKind::Article:
        return i;
      case LineKind::Chapter:
      case LineKind::Section:
        if (heading_shape(i, kMaxHeadingChars)) return i;
        // (its label alone, its title on the next line: 第一章 / 特别委员会的报告, 一. / 导言)
        if (trimmed_fold(i).empty()) {
          const size_t j = next_free(i + 1, L_.size());
          // (or after two blank lines, as -layout mode sets a centred heading)
          if (j < L_.size() && j <= i + 3 && L_[j].kind == LineKind::Text && heading_shape(j, kMaxHeadingChars)) return i;
        }
        break;
      case LineKind::Numbered:
        if (L_[i].value == 1) return i;
        break;
      case LineKind::Annex:
        if (annex_follows(i)) return i;
        break;
      case LineKind::Part: {
        // (a report issued in parts names its part under the title, over the
        // contents: "增编" / "第二部分：缔约方会议第二十八届会议采取的行动" / "目录",
        // the document's subtitle, not a part of its body)
        // (or right under the masthead's note, no contents below it: an
        // addendum's mark, a corrigendum's, a revision's, as written, letter-spaced
        // or with a marker, "增 编", "更正*")
        const size_t j = next_free(i + 1, L_.size());
        if (j < L_.size() && L_[j].kind == LineKind::TocTitle) break;
        size_t k = i;
        while (k > 0 && L_[k - 1].blank()) --k;
        if (k > 0 && masthead_note(without_spaces(without_trailing_markers(trimmed_line(k - 1))))) break;
        return i;
      }
      case LineKind::Text: {
        const U32View f = trimmed_line(i);
        if (is_enacting_formula(f) || opens_annex(i)) return i;  // (a letter's annex caption wrapped)
        // (a decision's formula over its lettered clauses, "经济及社会理事会决定：" /
        // "(a) …；" / "(b) 核准下列临时议程：" / "1. …": the body starts at it, not
        // at the agenda's item 1 below)
        if (f.size() <= 60 && colon_formula(fold(f))) return i;
        // (the Council's formula with no comma over its recommendation:
        // "经济及社会理事会" / "建议大会通过下列决议草案：")
        if (const size_t j = next_free(i + 1, L_.size());
            j < L_.size() && L_[j].kind == LineKind::Text && formula_without_comma(f, trimmed_line(j)))
          return i;
        // 序言 over the parties' formula (本协定缔约方，): an instrument's preamble starts
        // (an agreement's two parties too: 联合国与…政府，)
        if (f == U"序言"sv) {
          const size_t j = next_free(i + 1, L_.size());
          const U32View g = j < L_.size() ? trimmed_line(j) : U32View();
          if (j < L_.size() && L_[j].kind == LineKind::Text &&
              ((g.size() <= 20 && (g.ends_with(U"缔约国,"sv) || g.ends_with(U"缔约方,"sv))) || parties_formula(g)))
            return i;
        }
        // 建议大会通过下列决议草案： (a body recommending a draft, its formula lost)
        if (f.size() <= 30 && starts_with(f, U"建议"sv) && f.find(U"通过下列"sv) != U32View::npos && f.back() == U':')
          return i;
        // "A" / a part's title / … 大会，: the first part of a resolution
        // (or "A" / 大会，, a part with no title of its own)
        if (f.size() == 1 && f[0] >= U'A' && f[0] <= U'Z') {
          size_t j = next_free(i + 1, L_.size());
          size_t k = j < L_.size() ? next_free(j + 1, L_.size()) : j;
          if (k < L_.size() && is_enacting_formula(trimmed_line(k))) return i;
          if (j < L_.size() && is_enacting_formula(trimmed_line(j))) return i;
        }
        // 导言 / 引言 alone over paragraph 1: the body's unnumbered first heading
        // (a report's introduction, no chapter number before it)
        if (f == U"导言"sv || f == U"引言"sv) {
          const size_t j = next_free(i + 1, L_.size());
          if (j < L_.size() && L_[j].kind == LineKind::Numbered && L_[j].value == 1) return i;
        }
        // (or any short heading over paragraph 1 below the summary: an executive
        // board's report, "摘要" / … / "概述" / "1. …")
        // (or below the kind's line, "秘书长的报告" / "背景" / "1. …", where a PDF
        // sets the line in bold: the title block ends at the kind's line, and
        // a bold line at the body's type over paragraph 1 is its first heading,
        // not a paragraph of the front matter; not a note under the title,
        // 增编, nor a session's line)
        // (a long heading wrapped onto a second bold line too: "…在报告所述期间开展的" /
        // "主要活动和取得的成果" / "1. …")
        const size_t bold_end = bold_title_end(i, L_.size());
        if (((f.size() >= 2 && f.size() <= 12 && std::all_of(f.begin(), f.end(), [](char32_t c) { return is_han(c); })) ||
             (bold_end > i && is_han(f.front()))) &&
            !is_front_matter_break(f) && f != U"摘要"sv && f != U"概要"sv) {
          const size_t j = next_free(bold_end + 1, L_.size());
          const bool bold_heading = L_[i].bold == 1 && L_[i].large == 0 && !masthead_note(f) && !session_line(f) &&
                                    f != U"增编"sv && f != U"更正"sv && f != U"订正"sv;
          if (j < L_.size() && L_[j].kind == LineKind::Numbered && L_[j].value == 1 &&
              std::any_of(L_.begin(), L_.begin() + static_cast<std::ptrdiff_t>(i), [&](const Line& l) {
                const U32View g = trim_view(l.fold());
                return g == U"摘要"sv || g == U"概要"sv ||
                       (bold_heading && (g.ends_with(U"的报告"sv) || g.ends_with(U"的说明"sv)) && g.size() <= 24);
              }))
            return i;
        }
        // 上午10时10分宣布开会。: a record's body starts
        bool opened = false;
        if (adjourned_at(f, &opened) && opened) return i;
        break;
      }
      default:
        break;
    }
  }
  return L_.size();
}

// The first line a part of the list (broken after a 、, running to the wrap
// width, or naming three or more), the lines joined ending as the
// sponsors' line does (：决议草案, …提交的决议草案), its last piece perhaps
// a word's end ("…：决议草" / "案").
size_t Parser::sponsors_list_end(size_t i, size_t end) const {
  auto sponsors_end = [](U32View g) {
    return ((g.ends_with(U":决议草案"sv) || g.ends_with(U":决定草案"sv) || g.ends_with(U":订正决议草案"sv) ||
             g.ends_with(U":订正决定草案"sv)) &&
            g.size() > 6) ||
           (!g.ends_with(U"工作文件"sv) && submitted_draft(g));
  };
  U32 joined;
  size_t k = i;
  for (int n = 0; n < 8; ++n) {
    if (k >= end || !free_line(k) || L_[k].kind != LineKind::Text) return std::string::npos;
    const U32View g = trimmed_line(k);
    if (g.empty() || contains(g, U'。') || joined.size() + g.size() > 400) return std::string::npos;
    joined += without_spaces(g);
    if (k > i && sponsors_end(joined)) return k;
    // (the first line a list's: the lines after it may be any of its pieces)
    const auto commas = std::count(g.begin(), g.end(), U'、');
    if (k == i && (commas == 0 || !(g.back() == U'、' || full(k) || commas >= 3))) return std::string::npos;
    k = adjacent_next(k, end);
    if (k == std::string::npos) return std::string::npos;
  }
  return std::string::npos;
}

size_t Parser::block(size_t i, size_t end, U32* out, LineRange* range, size_t max_lines) {
  size_t k = i;
  while (k < end && free_line(k) && k - i < max_lines) {
    if (k > i && (L_[k].page_start || L_[k].kind != LineKind::Text)) break;
    // (read from a PDF page: a line in larger type than the one above, or
    // the other way round, starts another block: an agenda item's title in
    // body type above the document's title set large)
    if (k > i && L_[k].large >= 0 && L_[k - 1].large >= 0 && L_[k].large != L_[k - 1].large) break;
    // A title goes on to the next line when its line is full (hard-wrapped
    // text) or stops mid-phrase ("…听询会的" / "议程安排").
    // (or the agenda item's title, which repeats it, goes on with the next
    // line: a title set in larger type wraps at a narrower width,
    // "…增强所有妇女和女" / "童权能")
    auto agenda_title_goes_on = [&] {
      if (out->empty()) return false;
      const U32 joined = without_spaces(fold(*out)) + without_spaces(trimmed_line(k));
      // (each item's title folded once, again only where it changed, and
      // the last 16 items' only, the masthead's: every item's folded for
      // every line asked, a text of thousands of 议程项目 lines cost time
      // quadratic in their number)
      const auto& items = doc_.front_matter.agenda_items;
      for (size_t n = items.size() > 16 ? items.size() - 16 : 0; n < items.size(); ++n) {
        auto& [title, key] = agenda_title_keys_[n % agenda_title_keys_.size()];
        if (title != items[n].title) {
          title = items[n].title;
          key = without_spaces(fold(from_utf8(title)));
        }
        if (!title.empty() && key.find(joined) != U32::npos) return true;
      }
      return false;
    };
    // (a letter's title cut at a line's end: "…常驻联合国代表给安全" / "理事会主席的信")
    auto letter_title_goes_on = [&] {
      if (out->empty() || trimmed_line(k).size() > 24 || letter_head(*out)) return false;
      U32 joined = *out;
      joined += trimmed_content(k);
      return letter_head(joined).has_value();
    };
    // (nor does a line that opens as no title can, with 的 or a closing mark:
    // "…加强联合国人道主义紧急援助" / "的协调", where no width says the line above is full)
    const U32View here = trimmed_line(k);
    // (or a single character left over at a line's end, "…包括发展" / "权": no title
    // or heading is one character)
    const bool opens_mid_phrase =
        !here.empty() && (here[0] == U'的' || is_cjk_closing(here[0]) || (here.size() == 1 && is_han(here[0])));
    // (or, no wrap measured, a short text's line as wide as its widest, cut
    // mid-phrase, and a short piece below it: "…文化权利，包括发" / "展权", as
    // the body's paragraphs run on from the widest lines)
    auto widest_goes_on = [&] {
      // (a piece of three characters at most: no title of a line, 临时议程, is taken so)
      if (wrapped_ || widest_end_sentences_ || L_[k - 1].width < widest_ - 4 || here.size() > 3 ||
          L_[k].width * 4 > L_[k - 1].width)
        return false;
      const U32View above = trimmed_line(k - 1);
      // (nor a heading's word that may stand below a title: 序言, 导言…)
      for (U32View w : {U"序言"sv, U"导言"sv, U"引言"sv, U"前言"sv, U"背景"sv, U"目录"sv, U"概述"sv, U"结论"sv, U"建议"sv})
        if (without_spaces(here) == w) return false;
      return !above.empty() && !is_sentence_end(fold_char(above.back())) && !is_clause_end(fold_char(above.back())) &&
             !is_cjk_closing(above.back()) && above.back() != U')' && !is_front_matter_break(here);
    };
    // (or a title "X关于Y的工作文件" cut before its kind's word: the line above
    // opened 关于 and named no kind yet, the line below ends in one,
    // "不结盟运动关于…《联合国宪章》" / "第三十三条…方法的工作文件")
    auto kind_title_goes_on = [&] {
      const U32View g = trimmed_line(k);
      // (a kind's line whole, "大会主席的说明" / "秘书长的报告", is the subtitle below a title)
      if (out->empty() || g.size() > 60 || contains(g, U'。') || submitter_line(g) || is_front_matter_break(g))
        return false;
      const U32 above = without_spaces(fold(*out));
      static constexpr U32View kinds[] = {U"的工作文件"sv, U"的报告"sv, U"的说明"sv};
      auto kind_end = [&](U32View t) {
        for (auto e : kinds)
          if (t.ends_with(e)) return true;
        return false;
      };
      return U32View(above).find(U"关于"sv) != U32View::npos && !kind_end(above) && !is_clause_end(above.back()) &&
             kind_end(g);
    };
    // (or a submitter's line cut short, neither part one alone: "…联合王国" / "提交的
    // 工作文件", "…提交的工作" / "文件")
    auto submitter_goes_on = [&] {
      const U32View g = trimmed_line(k);
      if (out->empty() || g.size() > 40 || submitter_line(g)) return false;
      const U32 above = without_spaces(fold(*out));
      return !submitter_line(above) && submitter_line(above + without_spaces(g));
    };
    // (or, read from a PDF page, the line is set in the same larger type as
    // the one above: a title set large wraps at a narrower width than the
    // text's, "…促进可持续发展和减少灾害" / "风险的国际合作", no width says its
    // line is full; the kind's line below it is set in body type)
    const bool same_large_type = k > i && L_[k].large == 1 && L_[k - 1].large == 1;
    // (but the states a colon lists after the title's 的信 go on over a full
    // line, or one that ends in the list's 、: "…给秘书长的信：斐济、基里巴斯、马绍" /
    // "尔群岛、瑙鲁和图瓦卢", no sentence's or clause's mark in them)
    auto letter_list_goes_on = [&] {
      const U32View above = trimmed_line(k - 1), g = trimmed_fold(k);
      if (above.empty() || g.empty() || contains(g, U'。') || contains(g, U',') || contains(g, U':') ||
          is_clause_end(g.back()))
        return false;
      const U32 t = fold(*out);
      for (U32View e : {U"的信:"sv, U"的同文信:"sv, U"照会:"sv}) {
        const size_t at = U32View(t).find(e);
        if (at == U32View::npos) continue;
        // (a list of states ends in its 和 or 及, "…、瑙鲁和图瓦卢": none yet
        // after the colon, the list goes on, whatever the width says)
        const U32View list = U32View(t).substr(at + e.size());
        return full(k - 1) || above.back() == U'、' || (!contains(list, U'和') && !contains(list, U'及'));
      }
      return false;
    };
    if (k > i && !full(k - 1) && !title_mid_phrase(trimmed_line(k - 1)) && !agenda_title_goes_on() &&
        !letter_title_goes_on() && !opens_mid_phrase && !widest_goes_on() && !kind_title_goes_on() &&
        !submitter_goes_on() && !same_large_type && !(k > i && letter_list_goes_on()))
      break;
    if (k > i && contains(L_[k].fold(), U'。')) break;  // a sentence: not part of a title
    // (nor a letter's dated title whole on its line, "2023年10月5日…给秘书长的信",
    // below a full line: it opens the letter and goes on from no title above,
    // an agenda item's below the masthead where no blank line parts them)
    if (k > i) {
      std::string iso;
      const U32View g = trimmed_fold(k);
      if (chinese_date_at(g, 0, &iso, false) > 0 && letter_head(g)) break;
    }
    // (nor an annex's note of its original language, "[原件：英文]", below a full line)
    if (k > i && original_language_note(trimmed_line(k))) break;
    // (nor an addendum's, a corrigendum's or a revision's mark below the
    // title, "…在阿拉伯联合酋长国迪拜举行" / "增编": the masthead's note, kept so
    // below, though the title's line ran to the widest)
    if (k > i && masthead_note(without_spaces(without_trailing_markers(trimmed_line(k))))) break;
    // (a letter's title ends at its 的信 / 的普通照会, a full line or not: what
    // follows is the letter, "…给秘书长的普通照会" / "阿根廷常驻联合国代表团向…致意")
    if (k > i && letter_head(*out) && !agenda_title_goes_on() && !letter_list_goes_on()) break;
    // (but a title cut after its 和 goes on to what it joins, a report's line
    // though it is: "…办事处的报告和" / "秘书长的报告", a joint agenda item's
    // title wrapped; no title ends in 和 or 的)
    const U32View above = trimmed_line(k > i ? k - 1 : k);
    // (nor after its 的, "…办事处的" / "报告和秘书长的报告"; nor after 以及, 与 or
    // a list's 、: "…高级专员的年度报告以及" / "高级专员办事处和秘书长的报告")
    // (nor, below a full line, before its 和: "…办事处的报告" / "和秘书长的报告";
    // not 和平 or 和解, which open titles)
    auto joins_on = [&] {  // (asked only of a break's line: ICU's word break read seldom)
      return k > i && !above.empty() &&
        (((above.back() == U'和' || above.back() == U'的' || above.back() == U'及' || above.back() == U'与' ||
           above.back() == U'、') &&
          !above.ends_with(U"总和"sv) &&
          !above.ends_with(U"缓和"sv) && !above.ends_with(U"目的"sv)) ||
         (full(k - 1) && here.size() > 1 && here[0] == U'和' && here[1] != U'平' && here[1] != U'解') ||
         // (or a word cut between them: "…人权事务高级专" / "员办事处的报告…")
         (full(k - 1) && wrap_cuts_word(above, here)));
    };
    if (k > i && is_front_matter_break(trimmed_line(k)) && !letter_title_goes_on() && !joins_on()) break;
    if (k > i && submitter_line(trimmed_line(k))) break;  // (the sponsors' or submitter's line: the subtitle)
    if (k > i && sponsors_list_end(k, end) != std::string::npos) break;  // (or their list, wrapped)
    if (k > i) {  // a session, adoption, meeting or date line is no part of a title
      U32View g = trimmed_line(k);
      if (session_line(g) || adoption_line(g) || meeting_number(g) || date_only(g) || resolution_title_at(g)) break;
    }
    Node probe;
    if (k > i && flattened_table(k, end, &probe, true)) break;  // a table's first cell
    std::vector<FootnoteRef> refs;
    join_text(*out, piece(k, 0, &refs));
    for (auto& r : refs) loose_refs_.push_back({r.id, L_[k].number, "front_matter"});
    range->extend(L_[k].number);
    used_[k] = 1;
    ++k;
  }
  return k;
}

// A record's notice on its first page, set without a marker: a verbatim
// record's "本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在…", a summary
// record's "本记录可以更正。" / "更正应以一种工作语文提出，…" / "本次会议的任何更正
// 将合并为一份更正印发。" (its sentences a line each, or wrapped): one note of
// the front matter. The last line taken, or npos.
size_t Parser::record_notice_last(size_t i, size_t end) const {
  if (!doc_.front_matter.meeting || i >= end || !free_line(i) || L_[i].kind != LineKind::Text) return std::string::npos;
  const U32View f = trimmed_fold(i);
  const bool summary = starts_with(f, U"本记录可以更正"sv);
  if (!summary && !starts_with(f, U"本记录包括"sv)) return std::string::npos;
  // (set a sentence a line, its later sentences go on: 定本将刊印在…, 更正应…;
  // a summary record's each speak of the correction, 更正; not the opening)
  auto notice_sentence = [&](size_t k) {
    const U32View g = trimmed_fold(k);
    if (summary) {
      bool opened = false;
      return g.find(U"更正"sv) != U32View::npos && !(adjourned_at(g, &opened) && opened);
    }
    return starts_with(g, U"定本"sv) || starts_with(g, U"更正应"sv) || starts_with(g, U"更正后的记录"sv);
  };
  size_t last = i;
  for (size_t k = next_free(i + 1, end); k < end && free_line(k) && L_[k].kind == LineKind::Text && !L_[k].page_start;
       k = next_free(k + 1, end)) {
    // (a blank line between: a sentence of the notice only; a wrapped line
    // goes on below a full one)
    // (or below a line that stopped mid-sentence: the notice is sentences;
    // not the meeting's opening, "下午3时开会。")
    const U32View above = trimmed_fold(last);
    bool opened = false;
    const bool mid_sentence = !above.empty() && !is_sentence_end(above.back()) &&
                              !(adjourned_at(trimmed_fold(k), &opened) && opened);
    if (!(notice_sentence(k) || (k == last + 1 && (full(last) || mid_sentence)))) break;
    last = k;
  }
  return last;
}

size_t Parser::take_record_notice(size_t i, size_t end) {
  const size_t last = record_notice_last(i, end);
  if (last == std::string::npos) return last;
  FrontMatter& fm = doc_.front_matter;
  U32 text;
  for (size_t k = i; k <= last; ++k) {
    if (!free_line(k)) continue;
    join_text(text, piece(k, 0, nullptr));
    claim_front_matter_line(k);
    fm.lines.extend(L_[k].number);
  }
  fm.notes.push_back(to_utf8(text));
  return last;
}

void Parser::claim_front_matter_line(size_t i) {
  used_[i] = 1;
  for (const auto& m : markers_[i]) loose_refs_.push_back({m.id, L_[i].number, "front_matter"});
}

size_t Parser::parse_front_matter() {
  const size_t end = front_matter_end();
  FrontMatter& fm = doc_.front_matter;
  // A first page has no running header: a symbol taken for one there, when
  // the masthead gave none, is the masthead's (pdftotext's default mode reads
  // the right column last, below the text and the job number:
  // "…(S/2023/453)" / "22-20925 (C)" / "S/Agenda/9350"). Called at each of
  // the front matter's returns.
  auto first_page_symbol = [&] {
    if (fm.symbol) return;
    for (auto& f : doc_.furniture) {
      if (f.kind != "running_header" || f.line < 1 || static_cast<size_t>(f.line) > L_.size() ||
          L_[static_cast<size_t>(f.line - 1)].number != f.line || L_[static_cast<size_t>(f.line - 1)].page != 0)
        continue;
      const U32View g = trimmed_fold(static_cast<size_t>(f.line - 1));
      if (classify_kind(g) != LineKind::Symbol || contains(g, U' ')) continue;
      fm.symbol = to_utf8(trimmed_content(static_cast<size_t>(f.line - 1)));
      f.kind = "masthead";
      note_layout("the masthead's symbol read below the first page's text (the right column of page 1)");
      return;
    }
  };
  enum { Start, AfterAgenda, AfterTitle, Paragraphs } state = Start;
  ParaBuilder para;
  std::vector<Node> paras;
  // the front matter ends at line `at`: its paragraphs kept, the masthead's
  // late lines and the first page's symbol read
  auto close_at = [&](size_t at) {
    flush(para, paras, "front_matter");
    fm.paragraphs = std::move(paras);
    for (auto& p : fm.paragraphs) fm.lines.extend(p.lines);
    claim_late_masthead(at);
    first_page_symbol();
    return at;
  };
  U32 compact_room;  // (a short line's text without its spaces; its room kept from line to line)
  bool official_cover = false;  // an organ's line read below the title (an Official Records cover)
  bool official_session = false;  // and the session below it read
  bool supplement_seen = false;    // 补编第7号: the symbol may stand alone below it
  bool circulation_note = false;   // a statement's "秘书长收到下列声明，现根据…分发。" opened
  size_t budget_notes_at = std::string::npos;  // where a budget fascicle's labels start among the notes
  U32 board_agency;  // the agency's line above its board's 执行局 (联合国儿童基金会), its words
  size_t board_agency_line = std::string::npos;
  bool board_read = false;  // an executive board read as the organ
  bool convention_read = false;  // a treaty body's masthead: its convention where an organ stands
  size_t convention_head = std::string::npos;  // the note holding a convention's name's first line
  bool conference_read = false;  // a convention's conference of the parties read as the organ
  bool numbered_title = false;     // the title read from a resolution's or decision's number line (61/295. …)
  // A session read first, then found to be the reporting body's (an Official
  // Records cover's own session below the organ): a note, set among the notes
  // where its line stands, not after the lines read since
  size_t session_note_at = 0;
  size_t title_line = std::string::npos;  // the title's line, where the title took one line
  // an addendum's mark, 增编, read below the title (its line, and where its note
  // stands among the notes): the addendum's own title may follow it
  size_t addendum_mark = std::string::npos, addendum_note_at = 0;
  auto mark_addendum = [&](size_t i, U32View bare) {
    if (!fm.title || bare != U"增编"sv) return;
    addendum_mark = i;
    addendum_note_at = fm.notes.size() - 1;
  };
  // (read from a PDF page: lines a and b set in different types, a title in
  // larger type over a line in the body's, "…国际合作" / "和平利用外层空间委员会"
  // / "秘书长的说明": the title ends where its type does; -1, text input, says nothing)
  auto type_apart = [&](size_t a, size_t b) {
    return L_[a].large >= 0 && L_[b].large >= 0 && L_[a].large != L_[b].large;
  };
  // line i is the title's next line: joined to it, its markers kept as the front matter's
  auto go_on_with_title = [&](size_t i) {
    U32 title = from_utf8(*fm.title);
    std::vector<FootnoteRef> refs;
    join_text(title, piece(i, 0, &refs));
    for (auto& r : refs) loose_refs_.push_back({r.id, L_[i].number, "front_matter"});
    fm.title = to_utf8(title);
    claim_front_matter_line(i);
    title_line = std::string::npos;
  };
  auto displace_session = [&] {
    fm.notes.insert(fm.notes.begin() + static_cast<std::ptrdiff_t>(std::min(session_note_at, fm.notes.size())),
                    *fm.session_text);
  };
  // the masthead's right column, cut off its lines (split_masthead_columns)
  for (const auto& [line, at] : right_cells_) {
    const Line& whole = lines_.lines[line];
    const U32View cell = trim_view(whole.fold().substr(at)), orig = trim_view(whole.text.substr(at));
    const bool first_date = !fm.date;
    if (!read_masthead_item(cell, to_utf8(orig))) {
      fm.notes.push_back(to_utf8(orig));
    } else {
      // (as written, beside what was read from it; after its line's left part)
      masthead_.emplace_back(2 * whole.number + 1, to_utf8(orig));
      // (the date, a cell of its own, as written beside its ISO form)
      if (first_date && fm.date && !fm.date_text) fm.date_text = to_utf8(orig);
    }
  }
  if (!right_cells_.empty()) note_layout("masthead's right column set on the lines of its left one");
  // a masthead line claimed: kept as written beside the fields read from it
  // (联合国 and the labels Distr.: and Original: are in no field)
  // the title read anew where one was read before (a line above taken for it,
  // "联 合 国   x" cut from its symbol): the one before kept with the notes,
  // never dropped
  auto retitle = [&](std::string t) {
    if (fm.title && !fm.title->empty() && *fm.title != t) fm.notes.push_back(std::move(*fm.title));
    fm.title = std::move(t);
  };
  auto claim_masthead_line = [&](size_t i) {
    claim_front_matter_line(i);
    masthead_.emplace_back(2 * L_[i].number, to_utf8(trim_view(L_[i].text)));
  };
  for (size_t i = 0; i < end; ++i) {
    if (used_[i] || L_[i].blank()) {
      if (used_[i] && !L_[i].blank()) fm.lines.extend(L_[i].number);
      continue;
    }
    const U32View f = trimmed_line(i);  // the whole line: masthead lines carry no labels
    const Line& ln = L_[i];
    // 第2023/201号决定 alone under a title already read (经济及社会理事会2023年届会
    // 通过的决议和决定): the first decision of a compilation, a heading of the
    // body as the decisions after it are, not the document's title
    if (fm.title && !fm.resolution_number && numbered_decision_line(f)) return close_at(i);
    // (and the head over the decisions, right above the first, where the title
    // names a report, not them: "缔约方会议第二十八届会议通过的决定" / "第1/CP.28号决定")
    if (fm.title && !fm.resolution_number && compilation_title(f))
      if (const size_t j = next_free(i + 1, end); j < end && numbered_decision_line(trimmed_line(j))) return close_at(i);
    // (and so is its first "2023/201. 选举理事会主席团成员", the number and the
    // title on one line, under a title naming what the session adopted:
    // …届会通过的决议和决定, …通过的决定)
    if (fm.title && !fm.resolution_number && resolution_title_at(f) && compilation_title(from_utf8(*fm.title)))
      return close_at(i);
    // (or its part's head, "决议" or "决定" alone, over the numbered ones)
    if (fm.title && !fm.resolution_number && (f == U"决议"sv || f == U"决定"sv) && compilation_title(from_utf8(*fm.title)))
      return close_at(i);
    // a table below the title, its cells parted by TABs (a country programme
    // document's cover: "拟议指示性人口基金援助：\t…" / "方案期间：\t五年(2024-2028年)",
    // then its proposed assistance by outcome, a row each): the body's, as a
    // table, not run together into a paragraph of the front matter
    // (not a record's roster below its meeting line: "主席：\t…" / "成员：\t…", front matter;
    // nor a memorandum's head, "致：\t…" / "事由：\t…", its fields the front matter's paragraphs)
    if (fm.title && !fm.meeting && ln.kind == LineKind::TableRow && !memo_field(trimmed_fold(i)) &&
        dry_table_at(i, end))
      return close_at(i);
    fm.lines.extend(ln.number);
    // a record's chair line (主席： 某某先生(国家)) and the place below its
    // held line (纽约), wherever they stand in the front matter
    // a committee report's rapporteur (报告员：某某先生(国家)): kept with the notes
    if (f.substr(0, 4) == U"报告员:"sv && f.size() <= 60) {
      fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
      claim_front_matter_line(i);
      continue;
    }
    // the symbol's end broken onto the next line by extraction ("A/CN.10/2023/WP" /
    // ".4"): part of the symbol on the line above
    if (fm.symbol && f.size() >= 2 && f.size() <= 8 && (f[0] == U'.' || f[0] == U'/') &&
        std::all_of(f.begin() + 1, f.end(), [](char32_t c) { return is_ascii_alnum(c) || c == U'.' || c == U'/'; }) &&
        is_ascii_alnum(f[1])) {
      size_t k = i;
      while (k > 0 && L_[k - 1].blank()) --k;
      if (k > 0 && used_[k - 1] && to_utf8(trimmed_line(k - 1)).ends_with(*fm.symbol)) {
        *fm.symbol += to_utf8(trimmed_content(i));
        claim_front_matter_line(i);
        continue;
      }
    }
    // an Official Records supplement's number, 补编第10号(A/78/10): kept with the
    // notes, the symbol in it the document's when no masthead gave one
    if (size_t at = 0; supplement_line(f, &at)) {
      const U32View t = trimmed_content(i);
      fm.notes.push_back(to_utf8(t));
      if (!fm.symbol && at > 0) fm.symbol = to_utf8(trim_view(t.substr(at, t.size() - at - 1)));
      supplement_seen = true;
      claim_front_matter_line(i);
      continue;
    }
    // a budget fascicle's place in the programme budget, each label with its
    // name below it: 第八编 / 共同支助事务, 第29E款 / 行政，日内瓦, 方案21 /
    // 管理和支助事务 (the fascicle's part, section and programme): kept with the notes
    // (the section's name is the fascicle's title, under the programme
    // budget's, 2024年拟议方案预算, read first as the title: that one kept
    // with the notes where it stood, above the part's label)
    if (budget_label(f)) {
      if (budget_notes_at == std::string::npos) budget_notes_at = fm.notes.size();
      fm.notes.push_back(to_utf8(trimmed_content(i)));
      claim_front_matter_line(i);
      const size_t j = next_free(i + 1, end);
      if (j < end && L_[j].kind == LineKind::Text && !budget_label(trimmed_fold(j)) && trimmed_fold(j).size() <= 30 &&
          !contains(trimmed_fold(j), U'。') && !is_clause_end(trimmed_fold(j).back())) {
        const U32 label = without_spaces(f);
        if (fm.title && label.back() == U'款' && !fm.subtitle &&
            U32View(without_spaces(fold(from_utf8(*fm.title)))).ends_with(U"方案预算"sv)) {
          fm.notes.insert(fm.notes.begin() + static_cast<std::ptrdiff_t>(budget_notes_at), std::move(*fm.title));
          fm.title = to_utf8(piece(j, 0, nullptr));
          title_line = j;
        } else {
          fm.notes.push_back(to_utf8(piece(j, 0, nullptr)));
        }
        claim_front_matter_line(j);
        fm.lines.extend(L_[j].number);
        i = j;
      }
      continue;
    }
    // (and its symbol on a line of its own below it: E/2023/27-E/CN.6/2023/16)
    if (!fm.symbol && supplement_seen && ln.kind == LineKind::Symbol && f.size() <= 60) {
      fm.symbol = to_utf8(trimmed_content(i));
      claim_front_matter_line(i);
      continue;
    }
    // (its leader dots aside: pdftotext -layout sets the name and the country
    // apart, "主席：   马尔加良先生 ..................... (亚美尼亚)")
    if ((f.substr(0, 3) == U"主席:"sv || f.substr(0, 5) == U"代理主席:"sv) &&
        std::count_if(f.begin(), f.end(), [](char32_t c) { return !is_space(c) && !is_toc_leader(c); }) <= 60) {
      if (!fm.meeting) fm.meeting.emplace();
      U32 chair = piece(i, 0, nullptr);
      claim_front_matter_line(i);
      // "主席：" alone, the name on the next line (pdftotext sets the
      // columns of the chair's line apart: "弗朗西斯先生 …… (特立尼达和多巴哥)")
      if (f.back() == U':') {
        const size_t k = next_free(i + 1, end);
        const U32View g = k < end ? trimmed_fold(k) : U32View();
        if (k < end && k <= i + 2 && L_[k].kind == LineKind::Text && g.size() <= 60 && !contains(g, U'。') &&
            (g.ends_with(U")"sv) || g.ends_with(U"先生"sv) || g.ends_with(U"女士"sv))) {
          join_text(chair, piece(k, 0, nullptr));
          claim_front_matter_line(k);
          fm.lines.extend(L_[k].number);
          i = k;
        }
      }
      fm.meeting->chair = to_utf8(chair);
      continue;
    }
    // the officer who took the chair later in the meeting, below the chair's
    // line: "后来：\t蒙特罗先生(副主席)(乌拉圭)" (a summary record's "Later:"),
    // kept with the notes, no subtitle of the record's
    if (fm.meeting && fm.meeting->chair && f.substr(0, 3) == U"后来:"sv && f.size() <= 60) {
      fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
      claim_front_matter_line(i);
      continue;
    }
    // a Security Council record: its members, country and representative
    // ("成员：<TAB>阿尔巴尼亚<TAB>霍克沙先生" / "<TAB>巴西<TAB>德索萨先生" …), kept with the notes
    if (fm.meeting && f.substr(0, 3) == U"成员:"sv && f.size() <= 60) {
      fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
      claim_front_matter_line(i);
      // (a line each, with or without blank lines between them)
      for (size_t k = next_free(i + 1, end); k < end && free_line(k); k = next_free(k + 1, end)) {
        const U32View g = trimmed_fold(k);
        if (g.size() > 60 || !(g.ends_with(U"先生"sv) || g.ends_with(U"女士"sv) || g.ends_with(U")"sv))) break;
        // (across a blank line, only a country and its representative parted by a TAB or spaces)
        if (k > i + 1 && L_[k - 1].blank() && split_spaces(g).size() < 2) break;
        fm.notes.push_back(to_utf8(piece(k, 0, nullptr)));
        claim_front_matter_line(k);
        fm.lines.extend(L_[k].number);
        i = k;
      }
      continue;
    }
    // ... its agenda: 议程, the item (no number), its sub-item and documents
    if (fm.meeting && fm.meeting->number && f == U"议程"sv && fm.agenda_items.empty()) {
      size_t k = next_free(i + 1, end);
      if (k < end && L_[k].kind == LineKind::Text && !contains(trimmed_fold(k), U'。')) {
        claim_front_matter_line(i);
        AgendaItem item;
        item.label = to_utf8(trimmed_content(i));
        item.text = item.label;
        item.title = to_utf8(piece(k, 0, nullptr));
        council_agenda_.push_back(without_spaces(trimmed_fold(k)));
        item.lines.extend(ln.number);
        item.lines.extend(L_[k].number);
        claim_front_matter_line(k);
        // (pdftotext may set blank lines between them)
        for (size_t q = next_free(k + 1, end); q < end && L_[q].kind == LineKind::Text && !contains(trimmed_fold(q), U'。') &&
                                               trimmed_fold(q).substr(0, 5) != U"本记录包括"sv;
             q = next_free(q + 1, end)) {
          fm.notes.push_back(to_utf8(piece(q, 0, nullptr)));
          council_agenda_.push_back(without_spaces(trimmed_fold(q)));
          claim_front_matter_line(q);
          item.lines.extend(L_[q].number);
          k = q;
        }
        fm.lines.extend(item.lines);
        fm.agenda_items.push_back(std::move(item));
        i = k;
        continue;
      }
    }
    // ... and the notice below it, set without a marker: "本记录包括中文发言的文本和
    // 其他语言发言的译文。定本将刊印在…" (its wrapped lines with it)
    if (size_t last = take_record_notice(i, end); last != std::string::npos) {
      i = last;
      continue;
    }
    if (fm.meeting && fm.meeting->held && !fm.meeting->place && is_un_venue(f)) {
      fm.meeting->place = to_utf8(piece(i, 0, nullptr));
      claim_front_matter_line(i);
      continue;
    }
    // (a masthead line read through the format characters set within it,
    // "大\u200b会", "Distr.:\u200bGeneral", "A/78/\u200b205": the fields are
    // read from the line without them, the line as written is what the
    // masthead and the notes keep)
    // An addendum's own title under its mark, below the report's title: "…特别
    // 报告员的报告" / "增编" / "访问某国", "…" / "秘书长的报告" / "增编" / "各国
    // 政府来文". The addendum's own is the title; the report's title the
    // subtitle, or, where a kind's line is the subtitle already, kept with the
    // notes where it stood, above the mark. (Not the kind's line itself, "增编" /
    // "秘书长的报告", nor the summary, a part's line or a sentence.)
    if (addendum_mark != std::string::npos && fm.title && !fm.resolution_number && !numbered_title && paras.empty() &&
        !para.open && ln.kind == LineKind::Text && next_free(addendum_mark + 1, end) == i) {
      addendum_mark = std::string::npos;
      const U32View bare = without_trailing_markers(f);
      if (!bare.empty() && bare.size() <= 60 && !contains(f, U'。') && !is_clause_end(bare.back()) &&
          !is_front_matter_break(bare) && !submitter_line(f) && !masthead_note(without_spaces(bare)) &&
          !versions_line(bare) && !session_line(f) && !date_only(f) && !dates_and_place(f) && !adoption_line(f) &&
          !letter_head(f) && bare != U"导言"sv && bare != U"引言"sv && bare != U"序言"sv && bare != U"前言"sv &&
          item_number_at(f) == U32View::npos && !letter_head(from_utf8(*fm.title))) {
        U32 own;
        LineRange r;
        const size_t k = block(i, end, &own, &r, 2);
        fm.lines.extend(r);
        if (!fm.subtitle) {
          fm.subtitle = std::move(fm.title);
        } else {
          fm.notes.insert(fm.notes.begin() + static_cast<std::ptrdiff_t>(std::min(addendum_note_at, fm.notes.size())),
                          std::move(*fm.title));
        }
        fm.title = to_utf8(own);
        title_line = std::string::npos;
        state = std::max(state, AfterTitle);
        i = k - 1;
        continue;
      }
    }
    U32 read_through;
    if (state != Paragraphs && has_format_char(f)) read_through = trim(without_format(f));
    const U32View line_f = read_through.empty() ? f : U32View(read_through);
    if (state != Paragraphs) {
      const U32View f = line_f;
      // Masthead and session lines, in any order. Mastheads are often set
      // letter-spaced ("联 合 国", "大 会"): compare without spaces.
      // (a long line's in a string of its own, let go when the line is done:
      // the room kept is for short lines only, or a 50 MB single line would
      // hold 100 MB to the end of the front matter)
      U32 long_compact;
      if (f.size() > 4096) {
        long_compact = without_spaces(f);
      } else {
        compact_room.clear();
        for (const char32_t c : f)
          if (!is_space(c)) compact_room.push_back(c);
      }
      const U32& compact = f.size() > 4096 ? long_compact : compact_room;
      if (i == masthead_symbol_line_) {
        fm.symbol = symbol_;
        claim_masthead_line(i);
        continue;
      }
      // a document under two symbols set one above the other, before its title
      // (an Economic and Social Council's Official Records cover: E/2023/24 /
      // E/CN.3/2023/37): the second kept with the notes, the masthead read on
      if (!fm.title && fm.symbol && ln.page == 0 && ln.kind == LineKind::Symbol && f.size() <= 40 &&
          f.find_first_of(U" \t"sv) == U32View::npos && to_utf8(trimmed_content(i)) != *fm.symbol) {
        fm.notes.push_back(to_utf8(trimmed_content(i)));
        claim_front_matter_line(i);
        continue;
      }
      // A masthead line set in columns (-layout mode, a masthead table or
      // TAB stops): "联 合 国      A/RES/61/211", "大会      Distr.: General".
      // Each cell is read on its own when every one is a masthead item.
      if (ln.page == 0 && masthead_cells(i)) {
        claim_masthead_line(i);
        continue;
      }
      // 联 / 合 / 国 a character a line: the masthead's letter-spaced label as a
      // PDF reader that sets each wide-spaced character apart gives it (MuPDF)
      if (compact == U"联"sv && ln.page == 0) {
        const size_t j = next_free(i + 1, end), k = j < end ? next_free(j + 1, end) : end;
        if (k < end && without_spaces(trimmed_line(j)) == U"合"sv && without_spaces(trimmed_line(k)) == U"国"sv) {
          claim_masthead_line(i);
          claim_masthead_line(j);
          claim_masthead_line(k);
          continue;
        }
      }
      // 大 / 会, 安 / 全 / 理 / 事 / 会: the organ letter-spaced wider than
      // an em, as pdftotext's default mode gives it, a character a line (blank
      // lines between): the run of one-character lines that spells an organ
      // is its line, each kept as written
      if (ln.page == 0 && !fm.title && compact.size() == 1 && is_han(compact[0])) {
        // (the right column's lines, Distr., the date, the languages, may
        // stand between its characters: read in their turn, after it)
        // (right_column_item, or such a line run together with the next one,
        // "Distr.: General 23 June 2023")
        auto right_column = [&](size_t j) {
          const U32View g = trimmed_fold(j);
          return right_column_item(g) ||
                 (g.size() <= 40 && (g.find(U"Distr."sv) != U32View::npos || date_only(g).has_value()));
        };
        std::vector<size_t> run{i};
        U32 word = compact;
        int passed = 0;
        for (size_t j = next_free(i + 1, end); j < end && run.size() < 8 && !is_organ(word); j = next_free(j + 1, end)) {
          const U32 c = without_spaces(trimmed_line(j));
          if (L_[j].page != 0) break;
          if (c.size() != 1 && passed < 6 && right_column(j)) {
            ++passed;
            continue;
          }
          if (c.size() != 1 || !is_han(c[0])) break;
          run.push_back(j);
          word += c;
        }
        if (run.size() >= 2 && is_organ(word)) {
          const bool added = add_organ(fm, to_utf8(word));
          if (!added) fm.notes.push_back(to_utf8(word));
          if (!fm.organ) fm.organ = fm.organs.front();
          for (size_t k : run) added ? claim_masthead_line(k) : claim_front_matter_line(k);
          continue;
        }
      }
      if (starts_with(compact, U"联合国"sv) && f.size() <= 3 + 40) {
        size_t after = 0;
        for (size_t seen = 0; after < f.size() && seen < 3; ++after)
          if (!is_space(f[after])) ++seen;
        U32View rest = trim_view(f.substr(after));
        // S/RES/2693 (2023): a Security Council symbol carries its year
        const size_t sp = rest.find(U' ');
        const U32View tail = sp == U32View::npos ? U32View() : trim_view(rest.substr(sp));
        const bool bracketed = tail.size() >= 6 && tail[0] == U'(' && tail.back() == U')';
        const bool head_symbol = bracketed && classify_kind(rest.substr(0, sp)) == LineKind::Symbol;
        const bool sc_year = head_symbol && tail.size() == 6;
        // S/PV.9400 (Resumption 1): a meeting resumed, its record's symbol with the bracket
        const bool resumption = head_symbol && starts_with(tail, U"(Resumption"sv) && tail.size() <= 16;
        if (rest.empty() || sc_year || resumption || classify_kind(rest) == LineKind::Symbol) {
          if (!rest.empty() && !fm.symbol) {
            U32View sym = sc_year || resumption ? rest : rest.substr(0, rest.find(U' '));
            while (!sym.empty() && sym.back() == U'*') sym.remove_suffix(1);
            fm.symbol = to_utf8(sym);
          }
          claim_masthead_line(i);
          continue;
        }
      }
      // 大会 / 安全理事会: every organ, in order, once (a joint document has two;
      // set side by side, or letter-spaced in columns, masthead_cells read them)
      if (is_organ(compact)) {
        const bool added = add_organ(fm, to_utf8(compact));
        if (!added) fm.notes.push_back(to_utf8(trimmed_content(i)));
        if (!fm.organ) fm.organ = fm.organs.front();
        if (fm.title) official_cover = true;  // (below the title: an Official Records cover)
        if (added) claim_masthead_line(i);
        else claim_front_matter_line(i);
        continue;
      }
      bool masthead = false;
      if (auto p = f.find(U"Distr."sv); p != U32View::npos) {
        size_t c = f.find(U':', p);
        U32View v = c == U32View::npos ? f.substr(p + 6) : f.substr(c + 1);
        size_t stop = v.find(U"  "sv);
        // (a second Distr. line, as a cover above a document's own masthead
        // gives one, is kept with the notes, not read over the first)
        if (!fm.distribution) fm.distribution = to_utf8(trim_view(v.substr(0, stop)));
        else fm.notes.push_back(to_utf8(trimmed_content(i)));
        masthead = true;
        // what stands before it on the line ("大 会Distr.: General"): another
        // masthead item, or else a note; never dropped
        if (U32View before = trim_view(f.substr(0, p)); !before.empty()) {
          // (the fold keeps offsets; read through format characters, its
          // offsets are those of the characters that are not one)
          size_t at = p;
          if (!read_through.empty()) {
            const U32View t = trimmed_content(i);
            size_t seen = 0;
            at = 0;
            while (at < t.size() && (is_space(t[at]) || is_format_char(t[at]))) ++at;  // (what trim dropped)
            for (; at < t.size() && seen < p; ++at)
              if (!is_format_char(t[at])) ++seen;
          }
          const U32View orig_before = trim_view(trimmed_content(i).substr(0, at));
          if (!read_masthead_item(before, to_utf8(orig_before))) fm.notes.push_back(to_utf8(orig_before));
        }
      }
      if (auto p = f.find(U"Original:"sv); p != U32View::npos) {
        U32View v = trim_view(f.substr(p + 9));
        fm.language_original = to_utf8(v.substr(0, v.find(U' ')));
        masthead = true;
      }
      // (a masthead given in Chinese, as some conversions give it: 分发：普遍,
      // 原文：英文; the labels' words kept with the notes, as every line's
      // words no field holds are)
      if (read_chinese_masthead_item(f, trimmed_content(i))) masthead = true;
      // a record's masthead; the category of an executive board's or the
      // Council's document (供参考 for information, 供作决定 for decision)
      // (an Economic and Social Council's Official Records name their year: 正式记录，2023年)
      // (and the versions a corrigendum touches: (仅涉及中文本))
      if (masthead_note(f) || (starts_with(f, U"正式记录,"sv) && f.size() <= 12 && f.back() == U'年') ||
          versions_line(f)) {
        fm.notes.push_back(to_utf8(trimmed_content(i)));
        claim_front_matter_line(i);
        mark_addendum(i, without_spaces(f));
        continue;
      }
      // (an issuance's type line with a marker: "情况通报*", its footnote the
      // circular's expiry date; the marker the front matter's, linked as the
      // front matter's lines' markers are)
      if (f.size() <= 8 && without_trailing_markers(f).size() < f.size() && masthead_note(without_trailing_markers(f))) {
        fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
        claim_front_matter_line(i);
        continue;
      }
      if (f == U"Chinese"sv || f == U"中文"sv) {
        fm.language_this = to_utf8(f);
        masthead = true;
      }
      // the masthead date: a line that is a date and nothing else (a date
      // with more words is an adoption, letter or meeting line), or one in
      // the Distr. block
      if (!fm.date && f.size() <= 40) {
        if (auto d = masthead ? find_date(f) : date_only(f)) {
          fm.date = *d;
          if (!masthead) fm.date_text = to_utf8(piece(i, 0, nullptr));  // the words beside the ISO date
          masthead = true;
        }
      }
      if (masthead) {
        claim_masthead_line(i);
        continue;
      }
      // a subsidiary body under the organ (预防犯罪和刑事司法委员会, 裁军审议委员会,
      // 第六委员会), before the title: kept with the notes
      // (an executive board's name may be long: 联合国开发计划署、联合国人口基金和
      // 联合国项目事务署执行局; or 执行局 alone, the agency's name above it)
      auto body_line = [&](U32View g) {
        if (g.size() < 3 || g.size() > 40 || contains(g, U'。') || contains(g, U',')) return false;
        const U32View end3 = g.substr(g.size() - 3);
        // (a convention's bodies: 缔约方会议, 附属科学技术咨询机构, 附属履行机构)
        // (and the Economic and Social Council's segments: 人道主义事务部分, 高级别部分)
        if (g.size() >= 4 && g.size() <= 12 && g.ends_with(U"部分"sv) && g[0] != U'第') return true;
        // (a forum and the organ under whose auspices it meets: 可持续发展高级别政治论坛 /
        // 由经济及社会理事会主持召开)
        if (g.size() >= 4 && g.size() <= 20 && g.ends_with(U"论坛"sv)) return true;
        if (g.size() <= 24 && g[0] == U'由' && g.ends_with(U"主持召开"sv)) return true;
        // (and an assembly of a programme or a convention: 联合国环境大会, 联合国人居大会,
        // 生物多样性公约缔约方大会, 缔约方大会; not 大会 itself, an organ)
        if (g.size() >= 5 && g.size() <= 20 && g != U"联合国大会"sv && std::all_of(g.begin(), g.end(), is_han) &&
            (g.ends_with(U"缔约方大会"sv) || (starts_with(g, U"联合国"sv) && g.ends_with(U"大会"sv))))
          return true;
        return (end3 == U"执行局"sv || end3 == U"理事会"sv || g.ends_with(U"缔约方会议"sv) ||
                (g.size() <= 20 && starts_with(g, U"附属"sv) && g.ends_with(U"机构"sv)) ||
                (g.size() >= 4 && g.size() <= 20 && (end3 == U"委员会"sv || end3 == U"工作组"sv)));
      };
      // a treaty body's masthead names its convention where an organ stands
      // ("联合国 CEDAW/C/CHN/CO/9" / "消除对妇女一切形式歧视公约" / "Distr.: General"):
      // kept with the notes, like the committee's name below it
      // (within the masthead: below the symbol, before its Distr. block ends;
      // an instrument's own title stands after it, or alone; and no
      // resolution's numbered title, 78/200. 残疾人权利公约)
      auto in_distr_block = [&] {
        // (between Distr. and Original:, right below a masthead line: not after a
        // conference's name and dates, where an instrument's own title stands)
        auto below_masthead_line = [&] {
          size_t k = i;
          while (k > 0 && L_[k - 1].blank()) --k;
          if (k == 0) return false;
          const U32View g = trimmed_line(k - 1);
          return g.find(U"Distr."sv) != U32View::npos || date_only(g) || g == U"Chinese"sv ||
                 classify_kind(g) == LineKind::Symbol || is_organ(without_spaces(g)) ||
                 starts_with(without_spaces(g), U"联合国"sv);
        };
        if (fm.distribution && !fm.language_original && below_masthead_line()) return true;
        // (or set beside the right column's items: split_masthead_columns cut them off it)
        if (std::any_of(right_cells_.begin(), right_cells_.end(), [&](const auto& c) { return c.first == i; }))
          return true;
        const size_t j = next_free(i + 1, end);  // (or right above Distr.)
        return !fm.distribution && j < end && trimmed_fold(j).find(U"Distr."sv) != U32View::npos;
      };
      // (but never an instrument's own title, over its preamble: 序言, 本公约缔约国，)
      auto over_preamble = [&] {
        const size_t j = next_free(i + 1, end);
        if (j >= L_.size()) return false;
        const U32View g = trimmed_line(j);
        return g == U"序言"sv || (g.size() <= 20 && (g.ends_with(U"缔约国,"sv) || g.ends_with(U"缔约方,"sv)));
      };
      // (or stacked under 联合国, above the symbol: "联合国" / "消除对妇女一切形式歧视公约" / "CEDAW/C/…")
      const bool above_symbol = masthead_symbol_line_ != std::string::npos && i < masthead_symbol_line_;
      // (or right under 联合国 standing alone, wherever the symbol went: pdftotext's
      // default mode reads the right column first, "CEDAW/C/…" / "Distr.…" / "联 合 国" / "…公约")
      auto under_un = [&] {
        size_t k = i;
        while (k > 0 && L_[k - 1].blank()) --k;
        return k > 0 && without_spaces(trimmed_line(k - 1)) == U"联合国"sv;
      };
      if (!fm.title && ln.page == 0 && f.size() >= 4 && f.size() <= 40 && f.ends_with(U"公约"sv) &&
          !contains(f, U'。') && !contains(f, U',') && !contains(f, U':') && !resolution_title_at(f) &&
          ((fm.symbol && (in_distr_block() || under_un())) || above_symbol) && !over_preamble()) {
        // (the name's last line below its first: one note, "公民权利和政治权利国际公约")
        if (convention_head != std::string::npos && convention_head + 1 == fm.notes.size()) {
          fm.notes.back() += to_utf8(piece(i, 0, nullptr));
          convention_head = std::string::npos;
        } else {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
        }
        claim_front_matter_line(i);
        convention_read = true;
        continue;
      }
      // (the convention's name set over two lines in the masthead's narrow
      // column, "公民权利和政治权利" / "国际公约<TAB>Distr.: General": its first
      // line, the next line's Han characters ending the name)
      if (!fm.title && !convention_read && ln.page == 0 && fm.symbol && f.size() >= 4 && f.size() <= 30 &&
          std::all_of(f.begin(), f.end(), is_han) && !is_organ(f)) {
        const size_t j = next_free(i + 1, end);
        if (j < end) {
          const U32View g = trimmed_fold(j);
          size_t k = 0;
          while (k < g.size() && is_han(g[k])) ++k;
          const U32View rest = g.substr(0, k);
          if (k >= 2 && k <= 10 && rest.ends_with(U"公约"sv) && f.size() + k <= 40 &&
              (k == g.size() || is_space(g[k])) &&
              (g.find(U"Distr."sv) != U32View::npos || under_un() ||
               std::any_of(right_cells_.begin(), right_cells_.end(), [&](const auto& c) { return c.first == j; }) ||
               [&] {
                 size_t a = i;
                 while (a > 0 && L_[a - 1].blank()) --a;
                 return a > 0 && classify_kind(trimmed_line(a - 1)) == LineKind::Symbol;
               }() ||
               (masthead_symbol_line_ != std::string::npos && masthead_symbol_line_ + 1 == i))) {
            fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
            convention_head = fm.notes.size() - 1;
            claim_front_matter_line(i);
            continue;
          }
        }
      }
      // a programme named in the masthead's organ slot, beside Distr. (the
      // Environment Assembly's papers: "联合国 UNEP/EA.6/26" / "联合国环境规划署
      // Distr.: General"): the document's organ, as 大会 stands there
      if (!fm.title && ln.page == 0 && fm.organs.empty() && f.size() >= 5 && f.size() <= 20 &&
          starts_with(f, U"联合国"sv) && std::all_of(f.begin(), f.end(), is_han) &&
          std::any_of(right_cells_.begin(), right_cells_.end(), [&](const auto& c) { return c.first == i; })) {
        add_organ(fm, to_utf8(trimmed_content(i)));
        fm.organ = fm.organs.front();
        claim_masthead_line(i);
        continue;
      }
      // (a long committee's name too, over a letter's or note verbale's title:
      // 给予殖民地国家和人民独立宣言执行情况特别委员会 / 2023年6月9日…的普通照会)
      // (the name's last line `last`: a name set over two lines in a narrow
      // column, "给予殖民地国家和人民独立宣言" / "执行情况特别委员会", is one name)
      auto over_letter = [&](size_t last, U32View f) {
        if (f.size() <= 20 || f.size() > 40 || contains(f, U'。') || contains(f, U',') ||
            !(f.ends_with(U"委员会"sv) || f.ends_with(U"工作组"sv)))
          return false;
        const size_t j = next_free(last + 1, end);
        if (j < end && L_[j].kind == LineKind::Text && letter_head(trimmed_fold(j)).has_value()) return true;
        // (or over its session's line and its dates and place, then the letter's
        // title: 给予殖民地国家和人民独立宣言执行情况特别委员会 / 2023年实质性会议 /
        // 2023年6月12日至23日，纽约 / 2023年6月5日…给秘书长的普通照会)
        for (size_t q = j, n = 0; q < end && n < 3 && L_[q].kind == LineKind::Text; q = next_free(q + 1, end), ++n) {
          const U32View g = trimmed_fold(q);
          if (n > 0 && letter_head(g).has_value()) return true;
          if (!session_line(g) && !dates_and_place(g)) break;
        }
        // (or over a title and the line naming its kind below it: the Special
        // Committee on decolonization's 美属萨摩亚 / 秘书处编写的工作文件)
        const size_t k = j < end ? next_free(j + 1, end) : end;
        if (j >= end || k >= end || L_[j].kind != LineKind::Text || L_[k].kind != LineKind::Text) return false;
        // (the kind's line may carry the paper's footnote marker: "秘书处编写的工作文件*")
        const U32View t = trimmed_fold(j), g = without_trailing_markers(trimmed_fold(k));
        return t.size() <= 40 && !contains(t, U'。') && !is_clause_end(t.back()) && g.size() <= 40 && !g.empty() &&
               !contains(g, U'。') && (g.ends_with(U"工作文件"sv) || is_front_matter_break(g));
      };
      // (a body's name over its session report's line, as an Economic and Social
      // Council's Official Records cover sets them: 统计委员会 / 第五十四届会议的报告:
      // one title, the report's, which names the body)
      // (a long name too, 给予殖民地国家和人民独立宣言执行情况特别委员会, when its
      // report's line is below it)
      const bool long_body_name = f.size() > 20 && f.size() <= 40 && f.ends_with(U"委员会"sv) && !contains(f, U'。') &&
                                  !contains(f, U'，') && !contains(f, U',');
      // (or such a name set over two lines in a narrow column: "…执行情况特" / "别委员会")
      size_t name_end = i;
      if (!fm.title && !body_line(f) && !long_body_name && f.size() >= 8 && ln.kind == LineKind::Text &&
          !contains(f, U'。') && !contains(f, U'，') && !contains(f, U',')) {
        const size_t n2 = next_free(i + 1, end);
        if (n2 < end && n2 == i + 1 && L_[n2].kind == LineKind::Text && !L_[n2].page_start) {
          const U32 both = without_spaces(f) + without_spaces(trimmed_line(n2));
          if (both.size() <= 40 && U32View(both).ends_with(U"委员会"sv) && !contains(both, U'。') &&
              !contains(both, U'，') && !contains(both, U','))
            name_end = n2;
        }
      }
      if (!fm.title && (body_line(f) || long_body_name || name_end != i) && ln.kind == LineKind::Text) {
        size_t j = next_free(name_end + 1, end);  // (the next line, or the one after a blank line)
        if (j >= end || j > name_end + 2) j = std::string::npos;
        const U32View g = j != std::string::npos ? trimmed_line(j) : U32View();
        U32View bare = g;
        bool report = false;
        for (U32View e : {U"的报告"sv, U"报告"sv})
          if (!report && bare.ends_with(e)) {
            bare.remove_suffix(e.size());
            report = true;
          }
        if (report && bare.ends_with(U"工作"sv)) bare.remove_suffix(2);
        // (or the year it reports on: 给予殖民地国家和人民独立宣言执行情况特别委员会 / 2023年的报告)
        const U32 year_text = report ? without_spaces(bare) : U32();
        const bool year = year_text.size() == 5 && year_text[4] == U'年' &&
                          std::all_of(year_text.begin(), year_text.end() - 1, [](char32_t c) { return c >= U'0' && c <= U'9'; });
        if (report && L_[j].kind == LineKind::Text && (session_line(bare) || year)) {
          U32 title = piece(i, 0, nullptr);
          if (name_end != i) join_text(title, piece(name_end, 0, nullptr));
          join_text(title, piece(j, 0, nullptr));
          retitle(to_utf8(title));
          claim_front_matter_line(i);
          if (name_end != i) claim_front_matter_line(name_end);
          claim_front_matter_line(j);
          fm.lines.extend(L_[j].number);
          i = j;
          state = AfterTitle;
          continue;
        }
      }
      // a convention's conference of the parties (or a subsidiary body of its
      // own) below the masthead that names the convention, or under a symbol
      // of the series the conventions' secretariats give (FCCC/, CBD/): the
      // document's organ, as an organ's line is (缔约方会议, 作为《巴黎协定》
      // 缔约方会议的《公约》缔约方会议, 生物多样性公约缔约方大会); its session on
      // the same line or below it, 第二十八届会议, 第十五次会议第二阶段. The line
      // is kept with the notes as well, as a treaty body's committee's is.
      const bool convention_series =
          convention_read || (fm.symbol && (fm.symbol->starts_with("FCCC/") || fm.symbol->starts_with("CBD/")));
      if (!fm.title && convention_series && ln.kind == LineKind::Text && f.size() <= 60) {
        // (the body and its session on one line: 缔约方会议 第二十八届会议)
        size_t at = std::string::npos;
        if (!conference_body(compact))
          for (size_t q = 1; q < f.size() && at == std::string::npos; ++q)
            if (f[q] == U'第' && conference_body(without_spaces(f.substr(0, q))) && conference_session(f.substr(q)))
              at = q;
        if (conference_body(compact) || at != std::string::npos) {
          const U32View t = trimmed_content(i);
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
          claim_front_matter_line(i);
          add_organ(fm, to_utf8(without_spaces(at == std::string::npos ? t : t.substr(0, at))));
          if (!fm.organ) fm.organ = fm.organs.front();
          conference_read = true;
          if (at != std::string::npos && !fm.session_text) {
            fm.session_text = to_utf8(trim_view(t.substr(at)));
            fm.session_number = conference_session(f.substr(at))->number;
          }
          continue;
        }
      }
      // (the session below it, as a convention numbers it: 第十五次会议第二阶段)
      if (conference_read && !fm.title && !fm.session_text && !session_line(f) && ln.kind == LineKind::Text) {
        if (auto sess = conference_session(f)) {
          session_note_at = fm.notes.size();
          fm.session_text = to_utf8(piece(i, 0, nullptr));
          fm.session_number = sess->number;
          claim_front_matter_line(i);
          continue;
        }
      }
      if (!fm.title && name_end != i) {
        const U32 both = without_spaces(f) + without_spaces(trimmed_line(name_end));
        if (over_letter(name_end, both)) {
          U32 name = piece(i, 0, nullptr);
          join_text(name, piece(name_end, 0, nullptr));
          fm.notes.push_back(to_utf8(name));
          claim_front_matter_line(i);
          claim_front_matter_line(name_end);
          i = name_end;
          continue;
        }
      }
      if (!fm.title && (body_line(f) || over_letter(i, f))) {
        fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
        claim_front_matter_line(i);
        // (an executive board, the document's organ, the line kept with the notes as well;
        // its full name below the masthead's bare 执行局 names it: 开发计划署、联合国人口基金和
        // 联合国项目事务署执行局)
        const bool bare_board = board_read && fm.organ == "执行局";
        if ((!board_read || bare_board) && body_line(f)) {
          size_t k = i;
          while (k > 0 && L_[k - 1].blank()) --k;
          const U32 own = without_spaces(trimmed_content(i));  // (as written: 、 unfolded)
          const U32 name = k > 0 && k - 1 == board_agency_line ? board_agency + own : own;
          if (auto board = board_organ(name, fm.symbol); board && !(bare_board && *board == "执行局")) {
            board_read = true;
            for (const std::string& was : {*board, std::string(bare_board ? "执行局" : "")}) {
              auto at = std::find(fm.organs.begin(), fm.organs.end(), was);
              if (at != fm.organs.end()) fm.organs.erase(at);
            }
            fm.organs.insert(fm.organs.begin(), *board);
            fm.organ = *board;
          }
        }
        // (a treaty body's committee, below the masthead that names its
        // convention where an organ stands: the document's organ, 儿童权利委员会
        // under 儿童权利公约; where the masthead names an organ, 经济及社会理事会
        // over 经济、社会、文化权利委员会, that one stays the organ)
        if (convention_read && !fm.organ && f.ends_with(U"委员会"sv)) {
          add_organ(fm, to_utf8(without_spaces(trimmed_content(i))));
          fm.organ = fm.organs.front();
        }
        continue;
      }
      // the agency whose board it is, above it: 联合国儿童基金会 / 执行局
      if (!fm.title && starts_with(compact, U"联合国"sv) && f.size() <= 40 && !contains(f, U'。') &&
          !contains(f, U',')) {
        const size_t j = next_free(i + 1, L_.size());
        if (j < L_.size() && body_line(trimmed_fold(j))) {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
          claim_front_matter_line(i);
          board_agency = without_spaces(trimmed_content(i));
          board_agency_line = i;
          continue;
        }
      }
      // an agenda heading without a number below a committee's name and its
      // session's dates (the Charter's Special Committee: 联合国宪章和加强联合国作用
      // 特别委员会 / 2023年2月21日至3月1日 / 和平解决争端 / the paper's title): no
      // agenda item (no number to give one) and not the title; kept with the notes
      if (!fm.title && f.size() >= 2 && f.size() <= 16 && ln.kind == LineKind::Text && !contains(f, U'。') &&
          !contains(f, U'，') && !contains(f, U',') && !contains(f, U':') && !session_line(f) &&
          !is_front_matter_break(f) && !date_only(f) && item_number_at(f) == U32View::npos &&
          f.find(U"议程"sv) == U32View::npos && !is_organ(compact)) {
        auto prev = [&](size_t k) {
          while (k > 0 && L_[k - 1].blank()) --k;
          return k == 0 ? std::string::npos : k - 1;
        };
        const size_t d = prev(i);
        const size_t c = d == std::string::npos ? d : prev(d);
        const size_t j = next_free(i + 1, end);
        if (c != std::string::npos && dates_and_place(trimmed_fold(d)) &&
            without_spaces(trimmed_fold(c)).ends_with(U"委员会"sv) && j < end && L_[j].kind == LineKind::Text &&
            !trimmed_fold(j).empty() && item_number_at(trimmed_fold(j)) == U32View::npos) {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
          claim_front_matter_line(i);
          continue;
        }
      }
      // 第六十一届会议, 2023年届会, 2006 年实质性会议, 第十届紧急特别会议续会,
      // 第七十八年; a second one (a joint document: 第七十七届会议 / 第七十八年)
      // is kept with the notes
      // (its dates in brackets on its line too, as a treaty body's session
      // under its name: 第七十五届会议(2022年10月31日至11月25日), kept whole)
      auto sess = session_line(f);
      if (!sess) sess = dated_session(f);
      if (sess) {
        // (on an Official Records cover, the session under the organ is the
        // document's; the one by the title, the reporting body's, a note)
        if (fm.session_text && official_cover && !official_session) {
          displace_session();
          fm.session_text.reset();
        }
        official_session = official_session || official_cover;
        if (!fm.session_text) {
          session_note_at = fm.notes.size();
          fm.session_text = to_utf8(piece(i, 0, nullptr));
          fm.session_number = sess->number;
        } else {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
        }
        claim_front_matter_line(i);
        continue;
      }
      // 2023年6月23日经济及社会理事会决议: the line kept whole, date and organ beside it
      if (auto a = adoption_line(f); a && !fm.adoption) {
        Adoption ad;
        ad.text = to_utf8(piece(i, 0, nullptr));
        ad.date = a->date;
        ad.organ = a->organ;
        ad.lines.extend(ln.number);
        fm.adoption = std::move(ad);
        claim_front_matter_line(i);
        continue;
      }
      // (the meeting and when it was held on one line: each piece its field,
      // the meeting's the title where none was read, as on its own line)
      if (auto mw = meeting_with_date(f); mw && !(fm.meeting && fm.meeting->number)) {
        const U32View t = U32View(L_[i].text).substr(static_cast<size_t>(f.data() - L_[i].fold().data()), f.size());
        auto cut = [&](size_t a, size_t b) { return to_utf8(trim_view(t.substr(a, b - a))); };
        if (!fm.meeting) fm.meeting.emplace();
        fm.meeting->text = cut(mw->at[0], mw->at[1]);
        fm.meeting->number = mw->number;
        fm.meeting->held = cut(mw->at[2], mw->at[3]);
        fm.meeting->date = find_date(f.substr(mw->at[2], mw->at[3] - mw->at[2]));
        if (mw->at[5] > mw->at[4]) fm.meeting->place = cut(mw->at[4], mw->at[5]);
        if (!fm.title) {
          fm.title = fm.meeting->text;
          state = AfterTitle;
        }
        claim_front_matter_line(i);
        continue;
      }
      // a record: 第12次会议简要记录, the line saying when and where it was
      // held, 主席：…
      // (a meeting's agenda: 第9452次会议临时议程, the meeting its heading names)
      auto meeting_of = [](U32View g) -> std::optional<long> {
        if (auto m = meeting_number(g)) return m;
        for (U32View tail : {U32View(U"临时议程"sv), U32View(U"议程"sv)})
          if (g.size() > tail.size() + 4 && g.ends_with(tail))
            if (auto m = meeting_number(trim_view(g.substr(0, g.size() - tail.size())))) return m;
        return std::nullopt;
      };
      if (auto m = meeting_of(f); m && !(fm.meeting && fm.meeting->number)) {
        if (!fm.meeting) fm.meeting.emplace();
        fm.meeting->text = to_utf8(piece(i, 0, nullptr));
        fm.meeting->number = *m;
        if (!fm.title) {  // a record's heading is its title: 第12次会议简要记录
          fm.title = fm.meeting->text;
          state = AfterTitle;
        }
        claim_front_matter_line(i);
        continue;
      }
      // (a line that says when and where, and ends there: a sentence that
      // mentions a meeting "…举行的" is no held line)
      std::string held_iso;
      // (or, a Security Council record's, the day and hour alone: "2023年4月20日星期四上午10时")
      // ("2023 年 4 月 20 日，星期四，上午 10 时 30 分" too: spaces and commas between)
      auto day_and_hour = [&](U32View g) {
        std::string iso;
        const size_t n = chinese_date_at(g, 0, &iso, false);
        return n > 0 && weekday_and_hour(g, n, true) == g.size();
      };
      // (an agenda's: "定于2023年10月23日星期一上午10时在纽约总部举行", the
      // date after 定于; and the line wrapped before where: "定于 2023 年 10 月
      // 23 日星期一上午 10 时" / "在纽约总部举行")
      const size_t date_from = starts_with(f, U"定于"sv) ? skip_spaces(f, 2) : 0;
      size_t held_next = end;  // the held line's second line, where it was wrapped
      U32 held_joined;
      if (f.size() > 2 && f.size() <= 60 && !f.ends_with(U"举行"sv) && chinese_date_at(f, date_from, &held_iso, false) &&
          !contains(f, U'。') && !contains(f, U',')) {
        const size_t j = next_free(i + 1, end);
        if (j < end && !L_[j].page_start) {
          const U32View g = trimmed_fold(j);
          if (g.size() > 2 && g.size() <= 20 && g.ends_with(U"举行"sv) && !contains(g, U'。') &&
              f.size() + g.size() <= 60) {
            held_next = j;
            held_joined = U32(f);
            held_joined += g;
          }
        }
      }
      const U32View h = held_next < end ? U32View(held_joined) : f;
      if (h.size() <= 60 && h.size() > 2 &&
          ((h.substr(h.size() - 2) == U"举行"sv && chinese_date_at(h, date_from, &held_iso, false)) ||
           (fm.meeting && fm.meeting->number && !fm.meeting->held && day_and_hour(h)))) {
        if (auto d = find_date(h)) {
          const U32View f = h;
          if (!fm.meeting) fm.meeting.emplace();
          U32 held = piece(i, 0, nullptr);
          if (held_next < end) {
            join_text(held, piece(held_next, 0, nullptr));
            claim_front_matter_line(held_next);
            fm.lines.extend(L_[held_next].number);
          }
          fm.meeting->held = to_utf8(held);
          fm.meeting->date = *d;
          // (and where, beside it: "…上午10时在纽约总部举行" gives 纽约总部)
          if (const size_t at = f.rfind(U'在'); !fm.meeting->place && at != U32View::npos && at + 3 < f.size()) {
            const U32View where = f.substr(at + 1, f.size() - 2 - (at + 1));
            if (where.size() <= 14 && std::all_of(where.begin(), where.end(), [](char32_t c) { return is_han(c); }))
              fm.meeting->place = to_utf8(where);
          }
          claim_front_matter_line(i);
          continue;
        }
      }
      // the session's dates and place: 2022年7月25日至2023年7月26日, 2023年4月3日至21日，纽约,
      // a conference's: 2023年6月19日和20日，纽约 (a date, a short rest that names
      // no one: not a letter's title, "2023年5月3日…代表给秘书长的信")
      // a conference's name above its dates and place (联合国海洋生物多样性会议 /
      // 2023年6月19日和20日，纽约), where an organ's subsidiary body stands: kept with the notes
      if (!fm.title && f.size() >= 4 && f.size() <= 40 && f.ends_with(U"会议"sv) && !contains(f, U',') &&
          !contains(f, U'。') && !session_line(f)) {
        const size_t j = next_free(i + 1, end);
        if (j < end && dates_and_place(trimmed_fold(j))) {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
          claim_front_matter_line(i);
          continue;
        }
      }
      {
        if (dates_and_place(f)) {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
          claim_front_matter_line(i);
          continue;
        }
        // (the dates in brackets set over two lines in a narrow column, as an
        // Official Records cover sets them: "(2023 年 4 月 24 日至 6 月 2 日和 7 月 3 日至 8" /
        // "月 4 日)")
        if (f.size() >= 2 && f.front() == U'(' && !contains(f, U')')) {
          const size_t j = next_free(i + 1, end);
          if (j < end && j == i + 1 && L_[j].kind == LineKind::Text && !L_[j].page_start) {
            const U32View g = trimmed_fold(j);
            if (!g.empty() && g.size() <= 20 && g.back() == U')' && !contains(g, U'(') &&
                dates_and_place(without_spaces(f) + without_spaces(g))) {
              U32 text = piece(i, 0, nullptr);
              join_text(text, piece(j, 0, nullptr));
              fm.notes.push_back(to_utf8(text));
              claim_front_matter_line(i);
              claim_front_matter_line(j);
              fm.lines.extend(L_[j].number);
              i = j;
              continue;
            }
          }
        }
      }
      // 第二委员会 and the like, under the organ (also after the title): kept with the notes
      // (and read as the document's committee when the front matter is done: run())
      // (its full name too, its number in brackets: "特别政治和非殖民化委员会(第四委员会)")
      if (main_committee_line(f)) {
        fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
        claim_front_matter_line(i);
        continue;
      }
      // A marker that PDF extraction put on a line of its own ("*" above
      // 临时议程 项目 71(a)) belongs to the agenda line that follows.
      if (std::all_of(f.begin(), f.end(), [](char32_t c) { return c == U'*' || is_superscript_digit(c); })) {
        size_t j = next_free(i + 1, end);
        if (j < end && trimmed_fold(j).find(U"议程"sv) != U32View::npos) {
          loose_marker_ = id_of(f);
          used_[i] = 1;
          continue;
        }
      }
      // 临时议程* 项目 54(b), 暂定项目清单* 项目 55, 暂定项目表* 项目 136 (the
      // preliminary list of a session's items); raw extraction may put
      // 项目 54(b) on the next line
      const bool agenda_label = f.find(U"议程"sv) != U32View::npos || f.find(U"项目清单"sv) != U32View::npos ||
                                f.find(U"项目表"sv) != U32View::npos;
      size_t item_at = item_number_at(f);
      size_t item_line = i;
      if (item_at == U32View::npos && agenda_label && f.size() <= 12) {
        size_t j = next_free(i + 1, end);
        if (j < end && item_number_at(trimmed_fold(j)) == 0) item_line = j, item_at = 0;
        // "临时议程项目*" / "24": the number alone on the next line
        if (j < end && item_line == i && without_trailing_markers(f).ends_with(U"项目"sv) &&
            is_item_number(trimmed_fold(j)))
          item_line = j;
      }
      if ((item_at != U32View::npos && agenda_label && item_at < 16) || item_line != i) {
        AgendaItem item;
        std::vector<FootnoteRef> refs;
        U32 whole = piece(i, 0, &refs);
        // (the line as written, its markers and 项目 with it, beside what is read from it)
        item.text = to_utf8(trim_view(L_[i].text));
        if (item_line != i) {
          whole += U" "sv;
          whole += piece(item_line, 0, &refs);
          used_[item_line] = 1;
          item.lines.extend(L_[item_line].number);
          item.text += " " + to_utf8(trim_view(L_[item_line].text));
        }
        // (the item's number taken for a plain-digit footnote marker, "临时议程项目 2"
        // read as "临时议程项目" and marker 2: the number is the item's, the line read whole)
        if (item_number_at(fold(whole)) == U32View::npos) {
          refs.clear();
          whole = U32(trimmed_content(i));
          if (item_line != i) {
            whole += U" "sv;
            whole += U32(trimmed_content(item_line));
          }
          markers_.of(i).clear();
          if (item_line != i) markers_.of(item_line).clear();
        }
        U32View w(whole);
        size_t q = item_number_at(fold(w));
        if (q == U32View::npos) q = 0;  // (never: the line was read for its number)
        item.label = to_utf8(trim(w.substr(0, q)));
        // (the session before it on the line, "第七十八届会议 临时议程* 项目 70", as
        // a converter or an extraction runs the masthead's left column together:
        // the session's, not the label's)
        if (const size_t sp = w.substr(0, q).find(U' '); sp != U32View::npos && !fm.session_text) {
          const U32View head = trim_view(w.substr(0, sp));
          if (auto sess = session_line(fold(head)); sess && !trim_view(w.substr(sp, q - sp)).empty()) {
            fm.session_text = to_utf8(head);
            fm.session_number = sess->number;
            item.label = to_utf8(trim(w.substr(sp, q - sp)));
          }
        }
        U32View number = trim_view(w.substr(q + 2));
        // "临时议程项目* 24": the marker raised after 项目 came out before the
        // number; it is the item's footnote marker, not part of the number
        std::vector<std::string> leading;
        while (!number.empty() && (number.front() == U'*' || is_superscript_digit(number.front()))) {
          size_t n = 1;
          const bool star = number.front() == U'*';
          while (n < number.size() && (star ? number[n] == U'*' : is_superscript_digit(number[n]))) ++n;
          leading.push_back(id_of(number.substr(0, n)));
          number = trim_view(number.substr(n));
        }
        if (!number.empty()) item.item = to_utf8(number);
        if (!loose_marker_.empty()) item.footnotes.push_back(loose_marker_);
        loose_marker_.clear();
        for (auto& r : refs) item.footnotes.push_back(r.id);
        for (auto& id : leading)
          if (std::find(item.footnotes.begin(), item.footnotes.end(), id) == item.footnotes.end())
            item.footnotes.push_back(id);
        item.lines.extend(ln.number);
        used_[i] = 1;
        size_t j = next_free(item_line + 1, end);
        // the marker may also come out on a line of its own below ("临时议程 项目 71(a)" / "*")
        if (j < end) {
          U32View g = trimmed_line(j);
          if (!g.empty() && g.size() <= 3 &&
              std::all_of(g.begin(), g.end(), [](char32_t c) { return c == U'*' || is_superscript_digit(c); })) {
            item.footnotes.push_back(id_of(g));
            item.lines.extend(L_[j].number);
            used_[j] = 1;
            j = next_free(j + 1, end);
          }
        }
        // a joint agenda line: 议程项目2和3, one item each, each with its own title below
        std::vector<AgendaItem> items;
        {
          const U32 number = from_utf8(item.item.value_or(""));
          std::vector<U32> parts;
          std::vector<char32_t> joins;  // the connective before each part after the first
          size_t a = 0;
          for (size_t k = 0; k <= number.size(); ++k)
            if (k == number.size() || number[k] == U'和' || number[k] == U'、' || number[k] == U'及') {
              parts.push_back(trim(U32View(number).substr(a, k - a)));
              if (k < number.size()) joins.push_back(number[k]);
              a = k + 1;
            }
          const bool joint = parts.size() >= 2 &&
                             std::all_of(parts.begin(), parts.end(), [](const U32& x) { return is_item_number(fold(x)); });
          if (joint) {
            // (a later item's label is the connective that joins it: nothing of the line is lost)
            for (size_t n = 0; n < parts.size(); ++n) {
              AgendaItem one = item;
              one.item = to_utf8(parts[n]);
              if (n > 0) {
                one.label = to_utf8(U32(1, joins[n - 1]));
                one.footnotes.clear();  // (the line's markers go with its first item)
                one.text.clear();       // (and the line as written)
              }
              items.push_back(std::move(one));
            }
          } else {
            items.push_back(item);
          }
        }
        // A letter's masthead sets its items' titles in its narrow left column,
        // a long one over two or three lines, and the letter's dated title
        // right below them ("…联合国主要会议和首脑" / "会议成果的统筹协调执行和后续
        // 行动" / "2023年12月5日…给秘书长的信"): a letter has no title but its
        // dated one, so each line between the item's line and it is an item's
        // title's. Shared out by the column's width: a line as wide as the
        // widest of them runs on to the next, while the items left have a line
        // each below; the lines all taken so, or none (plan empty).
        std::vector<std::pair<size_t, size_t>> titles_over_letter;  // each item's first and last line
        {
          std::vector<size_t> ls;
          bool letter_below = false;
          for (size_t k = j; k < end && ls.size() <= 3 * items.size(); k = next_free(k + 1, end)) {
            if (L_[k].kind != LineKind::Text || (!ls.empty() && separated_page(ls.back(), k))) break;
            const U32View g = trimmed_fold(k);
            std::string iso;
            if (chinese_date_at(g, 0, &iso, false) > 0) {
              const size_t k2 = next_free(k + 1, end);
              letter_below = letter_head(g).has_value() ||
                             (k2 < end && L_[k2].kind == LineKind::Text && letter_head(U32(g) + U32(trimmed_fold(k2))));
              break;
            }
            // (a kind's line, "秘书长的报告", is no item's title; but the column
            // may cut a title a character or two before its end, "…特别报告员和
            // 特别代" / "表的报告", a line that names no one's report)
            auto cut_tail = [&] {
              if (ls.empty() || L_[ls.back()].width < 24) return false;
              const U32View above = trimmed_fold(ls.back());
              if (is_clause_end(above.back()) || is_sentence_end(above.back())) return false;
              for (U32View kind : {U"的报告"sv, U"的说明"sv})
                if (g.ends_with(kind) && g.size() <= kind.size() + 2) return true;
              return false;
            };
            if (g.empty() || contains(g, U'。') || g.size() > 40 || (is_front_matter_break(g) && !cut_tail()) ||
                find_date(g) || masthead_note(without_spaces(without_trailing_markers(g))) || versions_line(g))
              break;
            ls.push_back(k);
          }
          if (letter_below && ls.size() > items.size()) {
            int widest = 0;
            for (size_t k : ls) widest = std::max(widest, L_[k].width);
            auto runs_on = [&](size_t k) {
              const U32View g = trimmed_fold(k);
              return L_[k].width >= widest - 4 && L_[k].width >= 24 && !is_clause_end(g.back()) &&
                     !is_sentence_end(g.back()) && g.back() != U')';
            };
            size_t p = 0;
            for (size_t n = 0; n < items.size() && p < ls.size(); ++n) {
              const size_t first = p;
              while (p + 1 < ls.size() && ls.size() - (p + 1) > items.size() - (n + 1) && runs_on(ls[p])) ++p;
              titles_over_letter.emplace_back(ls[first], ls[p]);
              ++p;
            }
            if (p != ls.size() || titles_over_letter.size() != items.size()) titles_over_letter.clear();
          }
        }
        // the agenda titles; not the date line of a resolution ("2007 年 9 月 13 日大会决议")
        for (size_t n = 0; n < items.size(); ++n) {
          if (!titles_over_letter.empty()) {
            AgendaItem& it = items[n];
            if (n > 0) it.lines = LineRange{};
            U32 title;
            for (size_t k = titles_over_letter[n].first; k <= titles_over_letter[n].second; k = next_free(k + 1, end)) {
              std::vector<FootnoteRef> refs;
              join_text(title, piece(k, 0, &refs));
              for (auto& r : refs) loose_refs_.push_back({r.id, L_[k].number, "front_matter"});
              it.lines.extend(L_[k].number);
              used_[k] = 1;
            }
            it.title = to_utf8(title);
            j = next_free(titles_over_letter[n].second + 1, end);
            continue;
          }
          AgendaItem& it = items[n];
          if (n > 0) {
            it.lines = LineRange{};
            j = next_free(j, end);
          }
          // (nor a corrigendum's mark below an item named without its title:
          // 议程项目 138 / 更正 / (仅涉及中文本))
          if (!(j < end && L_[j].kind == LineKind::Text && !contains(trimmed_fold(j), U'。') &&
                !find_date(trimmed_fold(j)) && !resolution_title_at(trimmed_fold(j)) &&
                !masthead_note(trimmed_fold(j)) && !versions_line(trimmed_fold(j))))
            break;
          U32 title;
          const LineRange lines_before = it.lines;
          const size_t refs_before = loose_refs_.size();
          // (a joint line's titles: one line each, but for the last; a full
          // line goes on to a short piece below it, "…和秘书长的报" / "告",
          // where a line as long as a title is the next item's)
          size_t max_lines = 6;
          if (items.size() > 1 && n + 1 < items.size()) {
            const size_t below = next_free(j + 1, end);
            // (or a line cut mid-phrase, wrapped or not: "…办事处的报告和" / "秘书长的报告",
            // "…办事处的" / "报告和秘书长的报告")
            const U32View here = trimmed_fold(j);
            const bool cut_mid_phrase = !here.empty() && title_mid_phrase(here) && !here.ends_with(U"总和"sv) &&
                                      !here.ends_with(U"缓和"sv);
            // (or a full line that cuts a word the line below finishes: "…人权事务高级专" /
            // "员办事处的报告和秘书长的报告")
            max_lines = below == j + 1 && below < end &&
                                ((full(j) && (measure(below) * 4 < wrap_width_ ||
                                              wrap_cuts_word(here, trimmed_fold(below)))) ||
                                 cut_mid_phrase)
                            ? 2
                            : 1;
          }
          size_t after = block(j, end, &title, &it.lines, max_lines);
          // an item's title that ends in a colon goes on past a blank line to its
          // sub-item's part ("…进一步的行动和倡议：" / "优先主题：…"), as
          // 3(a)(一) names it
          for (int more = 0; more < 2 && n + 1 == items.size() && !title.empty() && fold_char(title.back()) == U':';
               ++more) {
            const size_t k = next_free(after, end);
            if (k >= end || L_[k].kind != LineKind::Text || contains(trimmed_fold(k), U'。') ||
                separated_page(after - 1, k) || is_front_matter_break(trimmed_fold(k)))
              break;
            U32 part;
            LineRange r;
            const size_t a2 = block(k, end, &part, &r, max_lines);
            if (a2 == k) break;
            title += part;
            it.lines.extend(r);
            after = a2;
          }
          // (but a title with the summary or the text right below it, or
          // the end of the front matter, is the document's own: an executive
          // board's "临时议程* 项目 8" / "对…的最新情况" / "摘要" names no
          // agenda item title; nor, below a joint line's first title, the
          // one over its subtitle: "…的报告")
          const size_t next = next_free(after, end);
          const U32View below = next < end ? trimmed_fold(next) : U32View();
          // (a mandate holder's report below is the document's title, of its
          // own: the title above it is the item's, "…包括发展权" / "老年人享有
          // 人权问题独立专家的报告")
          if (!fm.title && (next >= end || below == U"摘要"sv || below == U"概要"sv || below == U"摘 要"sv ||
                            L_[next].kind == LineKind::Chapter ||
                            (n > 0 && is_front_matter_break(below) && !mandate_holder_report(below)))) {
            // (a joint line's later item has a title of its own, as every item
            // the masthead lists does: of lines that ran together because one
            // stood full, "…包括发展权" / "保护公民空间…", all but the last are
            // the item's, the last the document's title over its subtitle)
            size_t lines_taken = 0, last = j;
            for (size_t k = j; k < after; ++k)
              if (used_[k] && !L_[k].blank()) ++lines_taken, last = k;
            if (n > 0 && next < end && is_front_matter_break(below) && lines_taken >= 2 && full(j)) {
              for (size_t k = j; k < after; ++k) used_[k] = 0;
              loose_refs_.resize(refs_before);
              it.lines = lines_before;
              title.clear();
              const size_t again = block(j, last, &title, &it.lines, max_lines);
              it.title = to_utf8(title);
              j = again;
              continue;
            }
            for (size_t k = j; k < after; ++k) used_[k] = 0;
            loose_refs_.resize(refs_before);
            it.lines = lines_before;
            break;
          }
          // The masthead sets the item's title in a column narrower than the
          // text: a long line of it runs on onto a line that no width says is
          // full ("…包括增进人权和基本" / "自由切实享受的各种途径"). Known by what
          // stands below: that line, then a report's line and its note's
          // ("…特别报告员的报告" / "秘书长的说明"), then the text. A title of
          // the document's own never has both below it.
          size_t went_on = after;
          if (n + 1 == items.size() && after > j && !fm.title) {
            const size_t l1 = next_free(after, end);
            const size_t l2 = l1 < end ? next_free(l1 + 1, end) : end;
            const size_t l3 = l2 < end ? next_free(l2 + 1, end) : end;
            const size_t l4 = l3 < end ? next_free(l3 + 1, end) : end;
            // (the summary's heading, 摘要 or 概要 (HRC documents), is no note's line)
            auto summary_heading = [](U32View g) { return g == U"摘要"sv || g == U"概要"sv || g == U"摘 要"sv; };
            auto title_shaped = [&](size_t k) {
              if (k >= end || L_[k].kind != LineKind::Text || separated_page(after - 1, k)) return false;
              const U32View g = trimmed_fold(k);
              return !g.empty() && !contains(g, U'。') && !is_clause_end(g.back()) && g.size() <= 40 && !full(k);
            };
            const U32View last = trimmed_fold(after - 1);
            const U32View g1 = l1 < end ? trimmed_fold(l1) : U32View();
            bool goes_on = false;
            if (title_shaped(l1) && title_shaped(l2) && title_shaped(l3) && last.size() >= 15 && g1.size() <= last.size() &&
                !is_front_matter_break(g1) && !is_clause_end(last.back()) && last.back() != U')' &&
                is_front_matter_break(trimmed_fold(l2)) && is_front_matter_break(trimmed_fold(l3)) &&
                !summary_heading(trimmed_fold(l3)) && (l4 >= end || !title_shaped(l4) || summary_heading(trimmed_fold(l4)))) {
              goes_on = true;
            }
            // (or that line, then the document's title, longer than it, then the
            // report's or note's line: "…优先主题：创造充分的生产" / "性就业和人人获得
            // 体面工作" / "创造充分的生产性就业…以此克服不平等现象" / "秘书长的报告", as a
            // one-page corrigendum gives it, no width measured to say the line is full)
            const U32View g2 = l2 < end ? trimmed_fold(l2) : U32View();
            if (!goes_on && title_shaped(l1) && title_shaped(l2) && l3 < end && L_[l3].kind == LineKind::Text &&
                !separated_page(after - 1, l3) && last.size() >= 20 && g1.size() < last.size() && g1.size() < g2.size() &&
                !is_front_matter_break(g1) && !is_front_matter_break(g2) && !is_clause_end(last.back()) &&
                last.back() != U')' && is_front_matter_break(trimmed_fold(l3)) && !summary_heading(trimmed_fold(l3)))
              goes_on = true;
            // (or that line right below the title's last, where a blank line
            // then parts it from the document's title and the report's or
            // note's line: "…包括增进人权和基本自由" / "切实享受的各种途径" / "" /
            // "老龄化问题" / "秘书长的报告", the masthead's narrow column as
            // extraction gives it, no width measured to say the line is full)
            if (!goes_on && l1 == after && l1 + 1 < end && L_[l1 + 1].blank() && title_shaped(l1) && title_shaped(l2) &&
                l3 < end && L_[l3].kind == LineKind::Text && !separated_page(after - 1, l3) && last.size() >= 15 &&
                !is_front_matter_break(g1) && !is_front_matter_break(g2) && !is_clause_end(last.back()) &&
                last.back() != U')' && is_front_matter_break(trimmed_fold(l3)) && !summary_heading(trimmed_fold(l3)))
              goes_on = true;
            // (or that line, then a draft's sponsors or the one who submits it
            // ("阿根廷、……：决议草案", "理事会副主席…在非正式协商基础上提出的决议草案"),
            // then the draft's title: an L document sets the agenda item's title,
            // the sponsors' line and the draft's title in that order, a title of the
            // document's own never above its sponsors, "协调、方案和其他问题：联合国
            // 系统内" / "农村妇女经济赋权的主流化" / "…提出的决议草案" / "标题")
            if (!goes_on && title_shaped(l1) && l2 < end && !separated_page(after - 1, l2) && last.size() >= 12 &&
                !is_front_matter_break(g1) && !is_clause_end(last.back()) && last.back() != U')' &&
                !submitted_draft(g1) && !sponsors_draft(g1) && sponsors_list_end(l1, end) == std::string::npos) {
              const U32View g2 = l2 < end ? trimmed_fold(l2) : U32View();
              const size_t s_end = (sponsors_draft(g2) || submitted_draft(g2)) ? l2 : sponsors_list_end(l2, end);
              const size_t t = s_end < end ? next_free(s_end + 1, end) : end;
              if (t < end && title_shaped(t)) goes_on = true;
            }
            if (goes_on) {
              std::vector<FootnoteRef> refs;
              join_text(title, piece(l1, 0, &refs));
              for (auto& r : refs) loose_refs_.push_back({r.id, L_[l1].number, "front_matter"});
              it.lines.extend(L_[l1].number);
              used_[l1] = 1;
              went_on = l1 + 1;
            }
          }
          it.title = to_utf8(title);
          j = went_on;
        }
        for (auto& it : items) {
          // (a joint line's later item with no title below: the line that names it)
          if (it.lines.empty()) it.lines = item.lines;
          fm.lines.extend(it.lines);
          fm.agenda_items.push_back(std::move(it));
        }
        state = AfterAgenda;
        i = item_line;
        continue;
      }
      // an L document's sponsors: "阿尔及利亚、巴西、……和越南：决议草案" (the
      // draft's title follows on the next line)
      // (or the one who submits it: "大会主席提交的决议草案", "委员会副主席…根据…非正式协商提交的决议草案")
      auto submitted = [](U32View g) { return !g.ends_with(U"工作文件"sv) && submitted_draft(g); };
      // (a long list of sponsors wraps: "阿尔巴尼亚、安道尔、……塞浦路斯、" / "捷克、……和芬兰：
      // 决议草案": one subtitle)
      if (!fm.title && !fm.subtitle) {
        if (const size_t last = sponsors_list_end(i, end); last != std::string::npos) {
          U32 text = piece(i, 0, nullptr);
          claim_front_matter_line(i);
          for (size_t q = i + 1; q <= last; ++q) {
            if (L_[q].blank()) continue;
            join_text(text, piece(q, 0, nullptr));
            claim_front_matter_line(q);
            fm.lines.extend(L_[q].number);
          }
          fm.subtitle = to_utf8(text);
          i = last;
          continue;
        }
      }
      if (!fm.title && !fm.subtitle &&
          ((sponsors_draft(f) && f.size() > 6) ||
           (submitted(f) && f.size() <= 120 && !contains(f, U'。')))) {
        fm.subtitle = to_utf8(piece(i, 0, nullptr));
        claim_front_matter_line(i);
        continue;
      }
      // [未经发交主要委员会 (A/61/L.67 和 Add.1)]
      if (f.front() == U'[' && f.back() == U']') {
        fm.notes.push_back(to_utf8(trimmed_content(i)));
        used_[i] = 1;
        continue;
      }
      // (or wrapped: "[根据特别政治和非殖民化委员会(第四委员会)的报告(A/77/404)" /
      // "通过]", the bracket closed on a line below, within three lines)
      if (f.front() == U'[' && !contains(f, U']')) {
        size_t close = std::string::npos;
        for (size_t q = i + 1, seen = 0; q < end && seen < 3; ++q) {
          if (L_[q].blank() || used_[q]) continue;
          ++seen;
          const U32View g = trimmed_fold(q);
          if (contains(g, U'[') || contains(g, U'。')) break;
          if (g.back() == U']') {
            close = q;
            break;
          }
        }
        if (close != std::string::npos) {
          U32 text(trimmed_content(i));
          used_[i] = 1;
          for (size_t q = i + 1; q <= close; ++q) {
            if (L_[q].blank() || used_[q]) continue;
            join_text(text, trimmed_content(q));
            used_[q] = 1;
          }
          fm.notes.push_back(to_utf8(text));
          i = close;
          continue;
        }
      }
      // 第2693(2023)号决议: a Security Council resolution's number is its title
      // (the organ may name itself first, as a Human Rights Council decision's
      // title does: "人权理事会第53/104号决定")
      const size_t organ_end = [&]() -> size_t {
        if (f.size() < 8 || f.size() > 30 || (!f.ends_with(U"号决议"sv) && !f.ends_with(U"号决定"sv))) return 0;
        const size_t di = f.find(U'第');
        if (di == U32View::npos || di < 2 || di > 10 || !is_organ(f.substr(0, di))) return 0;
        return di;
      }();
      if (!fm.resolution_number && f.size() >= 5 && f.size() <= 20 + organ_end && f[organ_end] == U'第' &&
          (f.ends_with(U"号决议"sv) || f.ends_with(U"号决定"sv))) {
        U32View t = trimmed_content(i);
        const U32View tn = t.substr(organ_end);
        const U32 num = trim(fold(tn.substr(1, tn.size() - 4)));
        if (!num.empty() && num[0] >= U'0' && num[0] <= U'9') {
          fm.resolution_number = to_utf8(trim_view(tn.substr(1, tn.size() - 4)));
          retitle(to_utf8(t));
          claim_front_matter_line(i);
          state = AfterTitle;
          continue;
        }
      }
      // 61/295. 联合国土著人民权利宣言
      // (or the number alone on its line, its title on the next: a wrap at a
      // count of characters moves a title too long for the number's line
      // below it, "77/321." / "国家管辖范围以外区域…协定")
      std::optional<size_t> dot = resolution_title_at(f);
      size_t title_below_number = std::string::npos;
      if (!dot && f.size() >= 4 && f.size() <= 12 && f.back() == U'.') {
        U32 probe(f);
        probe += U" 题";
        const auto alone = resolution_title_at(probe);
        const size_t k = next_free(i + 1, end);
        if (alone && *alone + 1 == f.size() && k < end && L_[k].kind == LineKind::Text && !L_[k].page_start) {
          const U32View g = trimmed_fold(k);
          if (!g.empty() && g.size() <= kMaxHeadingChars && !contains(g, U'。') && !is_enacting_formula(g) &&
              !session_line(g) && !adoption_line(g) && !date_only(g) && g.front() != U'[' && !is_clause_end(g.back())) {
            dot = alone;
            title_below_number = k;
          }
        }
      }
      if (dot) {
        U32View t = trimmed_content(i);
        fm.resolution_number = to_utf8(trim_view(t.substr(0, *dot)));
        U32 title;
        LineRange r;
        title = trim(t.substr(std::min(t.size(), *dot + 1)));
        used_[i] = 1;
        r.extend(ln.number);
        if (title_below_number != std::string::npos) {
          std::vector<FootnoteRef> refs;
          title = trim(piece(title_below_number, 0, &refs));
          for (auto& ref : refs) loose_refs_.push_back({ref.id, L_[title_below_number].number, "front_matter"});
          used_[title_below_number] = 1;
          r.extend(L_[title_below_number].number);
          i = title_below_number;
        }
        // A long title wraps ("77/321. 《〈联合国海洋法公约〉下…生物多样性" / "的养护和可持续
        // 利用协定》"): it goes on while its line runs to the wrap width, stops
        // mid-phrase or leaves a bracket open, or the next line opens as no
        // title can (的, a closing mark)
        auto left_open = [](U32View g) {
          int book = 0, quote = 0, paren = 0;
          for (const char32_t c : g) {
            book += c == U'《' ? 1 : c == U'》' ? -1 : 0;
            quote += c == U'“' ? 1 : c == U'”' ? -1 : 0;
            paren += c == U'(' ? 1 : c == U')' ? -1 : 0;
          }
          return book > 0 || quote > 0 || paren > 0;
        };
        for (size_t prev = i, k = adjacent_next(i, end), n = 0; n < 3 && k != std::string::npos && k < end; ++n) {
          if (!free_line(k) || L_[k].kind != LineKind::Text || L_[k].page_start) break;
          const U32View g = trimmed_line(k);
          if (g.empty() || contains(g, U'。') || is_enacting_formula(g) || is_front_matter_break(g) || session_line(g) ||
              adoption_line(g) || date_only(g) || resolution_title_at(g) || g.front() == U'[')
            break;
          // (nor a part's letter alone below it, "78/253. 标题" / "A" / "大会，":
          // the resolution's part A, the body's)
          if (g.size() == 1 && fold_char(g[0]) >= U'A' && fold_char(g[0]) <= U'Z') break;
          const U32 so_far = fold(title);
          // (or the line is the last above the enacting formula, a short one ending
          // no clause: a title set narrower than the text's width goes on there,
          // "2023/19. …在反恐方面" / "提供的技术援助" / "经济及社会理事会，")
          auto last_above_formula = [&] {
            if (g.size() > kMaxHeadingChars || is_clause_end(g.back()) || L_[k].kind != LineKind::Text) return false;
            // (the formula opens the body: look past the front matter's end)
            const size_t j = next_free(k + 1, L_.size());
            if (j >= L_.size() || j > k + 2 || L_[j].page_start) return false;
            const U32View h = trimmed_fold(j);
            if (is_enacting_formula(h)) return true;
            const size_t j2 = next_free(j + 1, L_.size());
            return j2 < L_.size() && formula_without_comma(h, trimmed_fold(j2));
          };
          if (!(full(prev) || title_mid_phrase(so_far) || left_open(so_far) || g.front() == U'的' || is_cjk_closing(g.front()) ||
                last_above_formula()) ||
              type_apart(prev, k))
            break;
          std::vector<FootnoteRef> refs;
          join_text(title, piece(k, 0, &refs));
          for (auto& ref : refs) loose_refs_.push_back({ref.id, L_[k].number, "front_matter"});
          used_[k] = 1;
          r.extend(L_[k].number);
          prev = k;
          i = k;
          k = adjacent_next(k, end);
        }
        if (fm.title && !fm.subtitle) {  // "2007 年 9 月 13 日大会决议"
          fm.subtitle = std::move(fm.title);
          fm.title.reset();
        }
        retitle(to_utf8(title));
        fm.lines.extend(r);
        state = AfterTitle;
        numbered_title = true;
        continue;
      }
      // The title, then a short subtitle (大会主席的说明, 秘书长的报告).
      bool sentence = contains(f, U'。') || is_clause_end(f.back());
      auto take_block = [&](size_t max_lines) {  // the block from line i, claimed
        U32 text;
        LineRange r;
        size_t k = block(i, end, &text, &r, max_lines);
        fm.lines.extend(r);
        i = k - 1;
        return to_utf8(text);
      };
      // (the first of the parts a title names, "临时议程" under 临时议程和说明: the
      // heading of that part, not a subtitle)
      auto first_part_of_title = [&](U32View g) {
        if (!fm.title || g.size() < 2) return false;
        const U32 t = without_spaces(fold(from_utf8(*fm.title)));
        const U32 c = without_spaces(g);
        return t.size() > c.size() + 1 && starts_with(U32View(t), U32View(c)) &&
               (t[c.size()] == U'和' || t[c.size()] == U'及');
      };
      // An information circular's head under its type line (情况通报 / 致：… /
      // 发文：… / 事由：…) has no title line: its subject names it, the title.
      // The fields stay the front matter's paragraphs, a field a line.
      if (!fm.title && memo_field(f)) {
        for (size_t k = i, n = 0; k < end && n < 6 && memo_field(trimmed_fold(k)); k = next_free(k + 1, end), ++n) {
          const U32View g = trimmed_fold(k);
          if (!starts_with(g, U"事由"sv) && !starts_with(g, U"主题"sv)) continue;
          const U32View c = trimmed_content(k);
          const size_t colon = std::min(c.find(U'：'), c.find(U':'));
          if (colon == U32View::npos) break;
          U32 title(trim_view(c.substr(colon + 1)));
          // (a subject too long for its line, the wrap carrying it on below:
          // "事由：2023年联合国在纽约的健康保险计划年度登" / "记期")
          for (size_t j = k, n2 = 0; n2 < 3 && full(j); ++n2) {
            j = adjacent_next(j, end);
            if (j == std::string::npos || L_[j].kind != LineKind::Text || memo_field(trimmed_fold(j))) break;
            join_text(title, trimmed_content(j));
          }
          fm.title = to_utf8(title);
          break;
        }
        state = Paragraphs;
      }
      if (!fm.title && !sentence && ln.kind == LineKind::Text) {
        const size_t first = i;
        fm.title = take_block(4);
        title_line = i == first ? first : std::string::npos;
        // (the submitter's line wrapped over two lines: the subtitle, the draft's title below it)
        if (!fm.subtitle && submitted(without_spaces(fold(from_utf8(*fm.title))))) {
          fm.subtitle = std::move(fm.title);
          fm.title.reset();
          continue;
        }
        state = AfterTitle;
        continue;
      }
      // A title set in larger type wraps at a narrower width than the text,
      // so no width says its line is full ("…从性别视角加快实现性别平等并增" /
      // "强所有妇女和女童的权能" / "秘书长的报告"). Known by what follows: a
      // shorter line, then the report's or note's line. A subtitle stands
      // right above the text or the summary, never above another subtitle.
      if (fm.title && !fm.subtitle && !sentence && state == AfterTitle && title_line != std::string::npos &&
          ln.kind == LineKind::Text && adjacent_next(title_line, end) == i && !numbered_title) {
        const U32View t = trimmed_line(title_line);
        const size_t j = adjacent_next(i, end);
        const U32View below = j != std::string::npos ? trimmed_line(j) : U32View();
        if (t.size() >= 24 && f.size() < t.size() && !is_front_matter_break(f) && !submitter_line(f) &&
            !type_apart(title_line, i) &&
            !is_clause_end(t.back()) && !is_clause_end(f.back()) && j != std::string::npos && L_[j].kind == LineKind::Text &&
            is_front_matter_break(below) && below != U"摘要"sv && below != U"概要"sv && below != U"摘 要"sv &&
            !letter_head(from_utf8(*fm.title))) {
          go_on_with_title(i);
          continue;
        }
      }
      // A mandate holder's report, its title wrapped after the mandate: "和平
      // 集会和结社自由权问题特别报告员" / "克莱芒·尼亚莱特西·武勒的报告". The
      // line below names the holder (no role of its own) and ends in 的报告:
      // the title goes on, it is no subtitle
      if (fm.title && !fm.subtitle && !sentence && state == AfterTitle && title_line != std::string::npos &&
          ln.kind == LineKind::Text && adjacent_next(title_line, end) == i && !numbered_title && f.size() <= 30 &&
          f.ends_with(U"的报告"sv)) {
        const U32View t = trimmed_line(title_line);
        static constexpr std::u32string_view roles[] = {U"特别报告员"sv, U"独立专家"sv, U"特别代表"sv, U"特使"sv,
                                                        U"高级专员"sv, U"工作组主席兼报告员"sv};
        const U32View who = f.substr(0, f.size() - 3);
        bool role_above = false, role_here = false;
        for (auto r : roles) role_above = role_above || t.ends_with(r);
        // (an office or a body is no holder's name: "秘书长的报告" is a subtitle)
        static constexpr std::u32string_view offices[] = {U"秘书长"sv, U"主席"sv, U"委员会"sv, U"理事会"sv, U"专员"sv,
                                                          U"工作组"sv, U"办事处"sv, U"报告员"sv, U"专家"sv, U"代表"sv,
                                                          U"秘书处"sv, U"大会"sv, U"组织"sv};
        for (auto r : offices) role_here = role_here || who.find(r) != U32View::npos;
        if (role_above && !role_here && !who.empty() && who.size() <= 20 && !contains(who, U'的') &&
            !letter_head(from_utf8(*fm.title)) && !type_apart(title_line, i)) {
          go_on_with_title(i);
          continue;
        }
      }
      // The kind's line (秘书处的说明, 秘书长的报告) stands right below the title:
      // a line set apart below the title block with that line under it is the
      // title, and the block above it the theme or heading it comes under
      // (a forum's: "加快冠状病毒病(COVID-19)疫后复苏和在各级" / "全面落实…" / "" /
      // "由…提交的材料汇总" / "" / "秘书处的说明"), kept with the notes
      // (a line is that title, set apart, with the kind's line under it)
      auto title_over_kind = [&](size_t k) {
        if (k >= end || L_[k].kind != LineKind::Text || L_[k].page_start) return false;
        const U32View g = trimmed_fold(k);
        if (g.empty() || g.size() > 60 || contains(g, U'。') || is_clause_end(g.back()) || is_front_matter_break(g) ||
            session_line(g) || date_only(g) || submitter_line(g))
          return false;
        const size_t j = next_free(k + 1, end);
        const U32View below = j < end ? trimmed_fold(j) : U32View();
        return j < end && j <= k + 2 && L_[j].kind == LineKind::Text && !L_[j].page_start &&
               is_front_matter_break(below) && below != U"摘要"sv && below != U"概要"sv && below != U"摘 要"sv;
      };
      if (fm.title && !fm.subtitle && state == AfterTitle && !sentence && ln.kind == LineKind::Text &&
          !numbered_title && i > 0 && L_[i - 1].blank() && !letter_head(from_utf8(*fm.title)) && title_over_kind(i)) {
        fm.notes.push_back(*fm.title);
        fm.title = take_block(2);
        title_line = std::string::npos;
        continue;
      }
      // (a special procedure's report line under its theme names the mandate
      // in full with its holder, longer than an office's kind line and
      // wrapped over two lines: "适足生活水准权所含适足住房问题以及在这方面
      // 不受歧视权问题特别报告员…的报告*", "…问题独立专家…的报告")
      auto mandate_report_line = [&] {
        if (f.size() <= 40 && !full(i)) return false;
        U32 g = without_spaces(f);
        const size_t j = adjacent_next(i, end);
        if (full(i) && j != std::string::npos && L_[j].kind == LineKind::Text && !L_[j].page_start)
          g += without_spaces(trimmed_fold(j));
        const U32View bare = without_trailing_markers(g);
        // (a mandate's name may hold a comma, "当代形式奴役，包括其原因和后果问题特别报告员";
        // two holders report together, "…问题特别报告员的联合报告")
        if (bare.size() > 100 || contains(bare, U'。') || !(bare.ends_with(U"的报告"sv) || bare.ends_with(U"的联合报告"sv)))
          return false;
        static constexpr std::u32string_view roles[] = {U"特别报告员"sv, U"独立专家"sv, U"特别代表"sv,
                                                        U"工作组"sv};
        return std::any_of(std::begin(roles), std::end(roles),
                           [&](std::u32string_view r) { return bare.find(r) != U32View::npos; });
      };
      // (or the part a report issued in parts holds, named under its title
      // over the contents: "增编" / "第二部分：缔约方会议第二十八届会议采取的行动")
      if (fm.title && !fm.subtitle && !sentence && ln.kind == LineKind::Part && state == AfterTitle &&
          f.size() <= 40 && !numbered_title) {
        fm.subtitle = take_block(1);
        state = Paragraphs;
        continue;
      }
      if (fm.title && !fm.subtitle && !sentence && ln.kind == LineKind::Text &&
          (f.size() <= 40 || mandate_report_line()) &&
          state == AfterTitle && f != U"摘要"sv && f != U"概要"sv && f != U"序言"sv && f != U"前言"sv && f != U"导言"sv &&
          f != U"引言"sv &&
          // (a full line running on is text)
          (!(full(i) && adjacent_next(i, end) != std::string::npos) || mandate_report_line()) &&
          // (nor a clause and more, "…第77/256号决议，并根据…" with the line below
          // going on: a subtitle names a kind or a body, it holds no clause)
          (!(contains(f, U',') && adjacent_next(i, end) != std::string::npos) || mandate_report_line()) &&
          !first_part_of_title(f) &&
          !memo_field(f) &&  // (a memorandum's head: "致：…" is a field, no subtitle)
          !numbered_title &&  // (a numbered resolution's or decision's title: its formula or text follows)
          // (a letter's title, or a presidential statement's, has no subtitle: its text follows)
          !letter_head(from_utf8(*fm.title)) && !U32View(without_spaces(fold(from_utf8(*fm.title)))).ends_with(U"主席的声明"sv)) {
        // (but the block's own second line, a title set apart with its kind's
        // line under it below: the theme goes on, "…和在各级" / "全面落实…")
        // (a title in larger type ends where its type does: a line in the body's
        // type below it is no part of it)
        size_t title_end = i;
        while (title_end > 0 && L_[title_end - 1].blank()) --title_end;
        if (const size_t k = next_free(i + 1, end);
            !numbered_title && k > i + 1 && !is_front_matter_break(f) && !submitter_line(f) && title_over_kind(k) &&
            !(title_end > 0 && type_apart(title_end - 1, i))) {
          go_on_with_title(i);
          continue;
        }
        // (a heading of the body right over its first numbered paragraph, no
        // kind's line: a list of issues' "一般情况" / "1. 请说明…")
        auto kind_line = [&] {
          static constexpr std::u32string_view kinds[] = {U"报告"sv, U"说明"sv, U"工作文件"sv, U"草案"sv, U"的信"sv,
                                                          U"照会"sv, U"备忘录"sv, U"声明"sv, U"议程"sv, U"摘要"sv};
          const U32View g = without_trailing_markers(f);
          for (auto k : kinds)
            if (g.ends_with(k)) return true;
          return is_front_matter_break(g) || submitter_line(f);
        };
        if (const size_t k = next_free(i + 1, L_.size());
            k < L_.size() && L_[k].kind == LineKind::Numbered && L_[k].value == 1 && !kind_line()) {
          state = Paragraphs;
          fm.lines = LineRange{};  // (the heading's line is the body's)
          for (size_t q = 0; q < i; ++q)
            if (!L_[q].blank()) fm.lines.extend(L_[q].number);
          return close_at(i);
        }
        // (a line in the body's type right below a title set larger, over
        // the kind's line, "…国际合作" / "和平利用外层空间委员会" / "秘书长的说明":
        // the body or theme the document comes under, kept with the notes;
        // the kind's line is the subtitle)
        if (const size_t j = adjacent_next(i, end);
            !kind_line() && title_end > 0 && type_apart(title_end - 1, i) && j != std::string::npos &&
            L_[j].kind == LineKind::Text && !L_[j].page_start && !type_apart(i, j)) {
          const U32View below = trimmed_fold(j);
          if (is_front_matter_break(below) && below != U"摘要"sv && below != U"概要"sv && below != U"摘 要"sv) {
            fm.notes.push_back(to_utf8(trimmed_content(i)));
            claim_front_matter_line(i);
            continue;
          }
        }
        fm.subtitle = take_block(2);
        state = Paragraphs;
        continue;
      }
      state = Paragraphs;
    }
    // 更正 / 增编 / 订正 below the title (a corrigendum's, an addendum's or a
    // revision's mark, set under the title block as the masthead's notes are)
    // before any text: kept with the notes, not a heading of the front matter
    if (paras.empty() && !para.open) {
      const U32View bare = without_trailing_markers(f);
      // (and the versions a corrigendum touches, below its mark: (仅涉及中文本),
      // (仅涉及阿拉伯文、中文和俄文文本))
      const bool versions = versions_line(bare);
      if (bare == U"更正"sv || bare == U"增编"sv || bare == U"订正"sv || versions) {
        fm.notes.push_back(to_utf8(trimmed_content(i)));
        claim_front_matter_line(i);
        mark_addendum(i, bare);
        continue;
      }
    }
    // (a line of its own: no paragraph open, or the one open ended a sentence)
    if (!para.open || ends_sentence(para)) {
      // An Official Records cover sets the report's title above the organ's
      // lines: 国际法委员会的报告 / 第七十四届会议 / (dates) / 大会 / 正式记录 /
      // 第七十八届会议 / 补编第10号(A/78/10). The organ, 正式记录 and the
      // session below it are the masthead's (that session the document's, one
      // read above it the reporting body's, kept with the notes); the dates too.
      // (大会正式记录: the organ and the note on one line)
      // (its letters without spaces made only where a rule below can use them:
      // an organ's line is short, a note is the cover's)
      const U32 compact = f.size() <= 16 || official_cover ? without_spaces(f) : U32();
      const bool with_records = compact.size() > 4 && U32View(compact).ends_with(U"正式记录"sv) &&
                                is_organ(U32View(compact).substr(0, compact.size() - 4));
      if ((is_organ(compact) || with_records) && f.size() <= 16) {
        const U32 organ = with_records ? compact.substr(0, compact.size() - 4) : compact;
        if (!add_organ(fm, to_utf8(organ)) && !with_records) fm.notes.push_back(to_utf8(trimmed_content(i)));
        if (!fm.organ) fm.organ = fm.organs.front();
        if (with_records) fm.notes.push_back(to_utf8(trimmed_content(i)));
        claim_front_matter_line(i);
        official_cover = true;
        continue;
      }
      if (official_cover && masthead_note(compact)) {
        fm.notes.push_back(to_utf8(trimmed_content(i)));
        claim_front_matter_line(i);
        continue;
      }
      if (auto sess = session_line(f); sess && official_cover) {
        if (!official_session) {
          if (fm.session_text) displace_session();
          fm.session_text = to_utf8(piece(i, 0, nullptr));
          fm.session_number = sess->number;
          official_session = true;
        } else {
          fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
        }
        claim_front_matter_line(i);
        continue;
      }
      if (dates_and_place(f) && fm.title) {
        fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
        claim_front_matter_line(i);
        continue;
      }
    }
    // No table of contents, heading or numbered paragraph anywhere (a
    // letter, a note): the text after the title is the body, not front matter.
    // (A letter with an annex too: its text up to the annex is the letter.)
    auto letter_title = [&] {
      if (!fm.title) return false;
      U32 t = fold(from_utf8(*fm.title));
      for (U32View e : {U32View(U"的信"sv), U32View(U"同文信"sv), U32View(U"照会"sv), U32View(U"的函"sv)})
        if (t.size() >= e.size() && U32View(t).substr(t.size() - e.size()) == e) return true;
      // (or one of several senders, named after its colon: "…下列国家常驻联合国
      // 代表给秘书长的信：斐济、基里巴斯…和图瓦卢")
      return letter_head(t).has_value();
    };
    const bool letter_then_annex = end < L_.size() && annex_label_lines(end) > 0 && letter_title();
    // (but the note under a statement's title saying the body circulates it
    // as received, "秘书长收到下列声明，现根据…第1996/31号决议…分发。", is the
    // front matter's, as a note's transmittal sentence over the report it
    // transmits is: the statement below it is the body. It is taken whole,
    // over lines too, and the body starts after its full stop.)
    // (the note's lines are the open paragraph's until its sentence ends, or
    // a blank line parts it from what follows)
    const bool note_done = circulation_note && para.open && (ends_sentence(para) || separated(para.last_line, i));
    if ((end == L_.size() || letter_then_annex) && (fm.title || !fm.agenda_items.empty() || fm.session_text) &&
        !para.open && !circulation_note && opens_circulation_note(trimmed_fold(i))) {
      circulation_note = true;
      start_paragraph(para, i, std::nullopt);
      continue;
    }
    if ((end == L_.size() || letter_then_annex) && (fm.title || !fm.agenda_items.empty() || fm.session_text) &&
        (!para.open || note_done)) {
      flush(para, paras, "front_matter");
      fm.paragraphs = std::move(paras);
      fm.lines = LineRange{};
      for (size_t k = 0; k < i; ++k)
        if (!L_[k].blank()) fm.lines.extend(L_[k].number);
      first_page_symbol();
      return i;
    }
    // A short line with no punctuation between paragraphs ("摘要") is a
    // heading of the front matter, kept as a paragraph of its own kind.
    // (so is the title of a report a note transmits, "…独立专家的报告", above
    // its summary's "摘要", a heading itself: a heading may stand over another)
    auto summary_word = [&](size_t k) {
      const U32View g = trimmed_fold(k);
      return g == U"摘要"sv || g == U"概要"sv;
    };
    auto report_title = [&](size_t k) {
      // (its marker aside: "…的报告*" over the footnote that says it came late)
      const U32View g = without_trailing_markers(trimmed_fold(k));
      return g.size() > 4 && g.ends_with(U"的报告"sv) && heading_shape(k, kMaxHeadingChars) && !full(k);
    };
    // (and so is the title of the document a note transmits, right below the
    // sentence that transmits it, "秘书长谨向经济及社会理事会转递…的报告。" /
    // "世界卫生组织总干事关于…的报告", over the report's first heading or
    // paragraph: the body's start, the front matter's end)
    // (wrapped, the title's lines but its last run to the width: "…机构间工作" / "队的报告")
    if (para.open && ends_sentence(para) && !para.text.empty() && L_[i].kind == LineKind::Text &&
        U32View(para.text).find(U"转递"sv) != U32View::npos && end < L_.size()) {
      std::vector<size_t> title_lines{i};
      size_t chars = trimmed_fold(i).size();
      // (a text too short to measure its wrap: as wide as the transmittal's
      // widest line, a line of more than one, is full)
      int widest = 0;
      if (para.node.lines.first >= 1 && static_cast<size_t>(para.node.lines.first - 1) < para.last_line)
        for (size_t k = static_cast<size_t>(para.node.lines.first - 1); k <= para.last_line; ++k)
          widest = std::max(widest, measure(k));
      auto runs_full = [&](size_t k) { return full(k) || (!wrapped_ && widest >= 40 && measure(k) + 4 >= widest); };
      for (size_t k = i; runs_full(k) && title_lines.size() < 3;) {
        const size_t j = adjacent_next(k, end);
        if (j == std::string::npos || j >= end || L_[j].kind != LineKind::Text) break;
        title_lines.push_back(j);
        chars += trimmed_fold(j).size();
        k = j;
      }
      const size_t last = title_lines.back();
      const bool title = !runs_full(last) && next_free(last + 1, end) >= end && chars <= kMaxHeadingChars &&
                         std::none_of(title_lines.begin(), title_lines.end(), [&](size_t k) {
                           const U32View g = trimmed_fold(k);
                           return contains(g, U'。') || (!g.empty() && is_clause_end(g.back()));
                         }) &&
                         (title_lines.size() > 1 || heading_shape(i, kMaxHeadingChars));
      if (title) {
        flush(para, paras, "front_matter");
        start_paragraph(para, i, std::nullopt);
        for (size_t n = 1; n < title_lines.size(); ++n) append(para, title_lines[n], 0, false);
        para.node.paragraph_kind = "heading";
        flush(para, paras, "front_matter");
        i = last;
        continue;
      }
    }
    if ((!para.open || ends_sentence(para) || separated(para.last_line, i)) &&
        ((heading_shape(i, 20) && !full(i)) || report_title(i))) {
      size_t j = next_free(i + 1, end);
      if (j < end && L_[j].kind == LineKind::Text &&
          (!heading_shape(j, 20) || (summary_word(j) && next_free(j + 1, end) < end))) {
        flush(para, paras, "front_matter");
        start_paragraph(para, i, std::nullopt);
        para.node.paragraph_kind = "heading";
        flush(para, paras, "front_matter");
        continue;
      }
    }
    // Unnumbered paragraphs (the transmittal text).
    bool gap = para.open && separated(para.last_line, i);
    // (wrapped text: a line that stopped short, a blank line on the same page,
    // then a line: the paragraph has ended, after a clause end too, as a
    // charter's preamble sets its clauses a line each, "…同兹决心，" / "欲使…")
    // (and in text of a paragraph a line, whose blank lines part paragraphs,
    // a clause well short of the widest lines: not a line of a text that
    // sets a blank line after each of its wrapped lines, as MuPDF's may)
    const bool short_clause = gap &&
                              ((shape_ == Shape::Wrapped && lines_.has_form_feeds && !L_[i].page_start &&
                                L_[i].page == L_[para.last_line].page && !full(para.last_line)) ||
                               short_line_then_blank(para.last_line, i) ||
                               (shape_ == Shape::ParagraphPerLine && L_[para.last_line].width * 4 < widest_ * 3)) &&
                              !para.text.empty() && is_clause_end(fold_char(para.text.back())) &&
                              L_[i].kind == LineKind::Text && !starts_sub_item(trimmed_fold(i));
    bool new_para = !para.open || (gap && ends_sentence(para) && !L_[i].page_start) || short_clause ||
                    (para.open && ended_before(para, i)) || starts_clause(para, i) ||
                    (para.open && clause_break(para, i)) ||
                    // a memorandum's head, a field a line ("致：…" / "事由：…"): each its own
                    (para.open && !para.text.empty() && memo_field(trimmed_fold(i)) &&
                     memo_field(fold(U32View(para.text).substr(0, std::min<size_t>(para.text.size(), 12)))));
    if (new_para) {
      flush(para, paras, "front_matter");
      start_paragraph(para, i, std::nullopt);
    } else {
      append(para, i, 0, gap);
    }
  }
  return close_at(end);
}

bool Parser::masthead_cells(size_t i) {
  // Split at white space into masthead items: runs of spaces or TABs part
  // the columns of -layout and TAB-stop mastheads; -raw mode leaves one
  // space ("第七十七届会议 18 November 2022"), so every split is tried.
  const U32View f = trimmed_fold(i);
  // a masthead line holds little ink (and the split below tries every space)
  if (std::count_if(f.begin(), f.end(), [](char32_t c) { return !is_space(c); }) > 80) return false;
  auto compact = [](U32View c) {
    U32 out;
    for (char32_t x : c)
      if (!is_space(x) && !is_format_char(x)) out.push_back(x);
    return out;
  };
  auto symbol_cell = [](U32View c) { return classify_kind(c) == LineKind::Symbol; };
  auto known_read = [&](U32View c) {
    // (the cell without its spaces in a buffer on the stack, not a new string
    // at each split tried: a cell of the line holds at most its 80 ink)
    char32_t buf[80];
    size_t n = 0;
    for (char32_t x : c)
      if (!is_space(x)) buf[n++] = x;
    const U32View k(buf, n);
    // (Distr. with its kind: "Distr.: General" is one cell, not "Distr.:" and a
    // date cell "General 27 July 2022")
    return k == U"联合国"sv || symbol_cell(c) || is_organ(k) ||
           (starts_with(c, U"Distr."sv) && c.size() <= 20 && k.size() > 7) ||
           // (Original: with its language: "Original: Chinese" is one cell, not two)
           (starts_with(c, U"Original:"sv) && !trim_view(c.substr(9)).empty()) || c == U"Chinese"sv ||
           // (the language in Chinese, as a converter's masthead may give it: "中文")
           c == U"中文"sv ||
           date_only(c).has_value() || masthead_note(k) ||
           session_line(c).has_value();
  };
  // (a cell read through the format characters within it, "A/78/\u200b205")
  auto known = [&](U32View c) {
    if (!has_format_char(c)) return known_read(c);
    const U32 r = trim(without_format(c));
    return known_read(r);
  };
  std::vector<U32View> cells;
  // (a lambda given itself, not a std::function: a call at each split tried)
  auto split = [&](auto& self, U32View rest) -> bool {
    rest = trim_view(rest);
    if (rest.empty()) return true;
    if (cells.size() > 8) return false;
    for (size_t k = 1; k <= rest.size(); ++k) {
      if (k < rest.size() && !is_space(rest[k])) continue;
      U32View head = trim_view(rest.substr(0, k));
      if (head.empty() || !known(head)) continue;
      cells.push_back(head);
      if (self(self, rest.substr(k))) return true;
      cells.pop_back();
    }
    return false;
  };
  if (f.find_first_of(U" \t"sv) == U32View::npos || !split(split, f) || cells.size() < 2) return false;
  note_layout("masthead lines set in columns");
  FrontMatter& fm = doc_.front_matter;
  // the head of a joint session block repeats the organs: kept with the notes
  if (std::all_of(cells.begin(), cells.end(), [&](U32View c) {
        return is_organ(compact(c)) &&
               std::find(fm.organs.begin(), fm.organs.end(), to_utf8(compact(c))) != fm.organs.end();
      })) {
    fm.notes.push_back(to_utf8(piece(i, 0, nullptr)));
    return true;
  }
  // the original characters of a cell (the folded view has the same length)
  auto orig = [&](U32View c) {
    const size_t at = static_cast<size_t>(c.data() - L_[i].fold().data());
    return to_utf8(U32View(L_[i].text).substr(at, c.size()));
  };
  for (U32View c : cells) {
    const bool first_date = !fm.date;
    if (compact(c) != U"联合国"sv && !read_masthead_item(c, orig(c))) fm.notes.push_back(orig(c));  // a second date: kept
    // (the date, a cell of its own, as written beside its ISO form: "秘书处 1 June 2023",
    // -raw mode's one space, as the right column's cell is)
    else if (first_date && fm.date && !fm.date_text) fm.date_text = orig(c);
  }
  return true;
}

bool Parser::read_chinese_masthead_item(U32View f, U32View orig) {
  FrontMatter& fm = doc_.front_matter;
  if (f.size() > 12 || f.size() != orig.size()) return false;
  const bool distr = starts_with(f, U"分发:"sv), original = starts_with(f, U"原文:"sv);
  if (!distr && !original) return false;
  const U32View v = trim_view(orig.substr(3));
  if (v.empty()) return false;
  if (distr && !fm.distribution) fm.distribution = to_utf8(v);
  if (original && !fm.language_original) fm.language_original = to_utf8(v);
  return true;
}

bool Parser::read_masthead_item(U32View f, const std::string& orig) {
  FrontMatter& fm = doc_.front_matter;
  // (format characters within it read through: orig keeps them)
  U32 read_through;
  if (has_format_char(f)) f = read_through = trim(without_format(f));
  U32 compact;
  for (char32_t x : f)
    if (!is_space(x)) compact.push_back(x);
  if (classify_kind(f) == LineKind::Symbol) {
    U32View sym = f;
    while (!sym.empty() && sym.back() == U'*') sym.remove_suffix(1);
    if (!fm.symbol) fm.symbol = to_utf8(sym);
  } else if (is_organ(compact)) {
    if (!add_organ(fm, to_utf8(compact))) fm.notes.push_back(orig);
    if (!fm.organ) fm.organ = fm.organs.front();
  } else if (size_t p = f.find(U"Distr."sv); p != U32View::npos) {
    const size_t colon = f.find(U':', p);
    if (!fm.distribution)
      fm.distribution = to_utf8(trim_view(colon == U32View::npos ? f.substr(p + 6) : f.substr(colon + 1)));
  } else if (starts_with(f, U"Original:"sv)) {
    fm.language_original = to_utf8(trim_view(f.substr(9)));
  } else if (read_chinese_masthead_item(f, from_utf8(orig))) {
    // (read into the front matter there: 分发：普遍, 原文：英文)
  } else if (f == U"Chinese"sv || f == U"中文"sv) {
    fm.language_this = orig;
  } else if (masthead_note(compact)) {
    fm.notes.push_back(orig);
  } else if (auto sess = session_line(f)) {
    if (!fm.session_text) {
      fm.session_text = orig;
      fm.session_number = sess->number;
    } else {
      fm.notes.push_back(orig);
    }
  } else if (auto d = date_only(f); d && !fm.date) {
    fm.date = *d;
    if (contains(f, U'年')) fm.date_text = orig;
  } else {
    return false;
  }
  return true;
}

void Parser::claim_late_masthead(size_t from) {
  // pdftotext's default mode may read a right-aligned masthead block (the
  // symbol, Distr., the date, the languages) after the left column, below
  // the session, title and even the enacting formula: on the first page, a
  // run of such lines is the masthead wherever it stands.
  FrontMatter& fm = doc_.front_matter;
  const std::string symbol = fm.symbol.value_or(symbol_);
  auto kind_of = [&](size_t i) -> int {  // 1 symbol, 2 Distr., 3 language, 4 date; 0 none
    U32View f = trimmed_fold(i);
    // (the symbol itself, maybe with a marker; not another part of it: "A/78/100 (Part II)")
    if (L_[i].kind == LineKind::Symbol && (symbol.empty() || to_utf8(f).find(symbol) == 0) &&
        (f.find(U'(') == U32View::npos || to_utf8(f) == symbol))
      return 1;
    if (f.size() <= 40 && f.find(U"Distr."sv) != U32View::npos) return 2;  // (the length first: a search less per line)
    if (starts_with(f, U"Original:"sv) || f == U"Chinese"sv || f == U"中文"sv) return 3;
    if (date_only(f)) return 4;
    return 0;
  };
  for (size_t i = from; i < L_.size() && L_[i].page == 0; ++i) {
    if (!free_line(i)) continue;
    if (const int kind = kind_of(i); kind == 0 || kind == 4) continue;  // (the line classified once)
    // a run around a symbol or Distr. line: the lines right before and after
    size_t a = i, b = i;
    while (a > from && free_line(a - 1) && kind_of(a - 1)) --a;
    for (size_t k = i + 1; k < L_.size() && L_[k].page == 0; ++k) {
      if (L_[k].blank()) continue;
      if (!free_line(k) || !kind_of(k)) break;
      b = k;
    }
    bool any_head = false;
    for (size_t k = a; k <= b; ++k)
      if (free_line(k) && (kind_of(k) == 1 || kind_of(k) == 2)) any_head = true;
    if (!any_head) continue;
    for (size_t k = a; k <= b; ++k) {
      // (a second date is not the masthead's: a closing line)
      if (!free_line(k) || !read_masthead_item(trimmed_fold(k), to_utf8(trimmed_content(k)))) continue;
      // (listed as furniture: the front matter's range ends above the body,
      // and these lines stand inside it)
      used_[k] = 1;
      doc_.furniture.push_back({"masthead", to_utf8(trim_view(L_[k].text)), L_[k].number});
    }
    note_layout("masthead lines read below the front matter (the right column of page 1)");
    i = b;
  }
}

}  // namespace undoc::detail
