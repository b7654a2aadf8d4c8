// Conventions of UN documents, as functions of a piece of text: what a line
// or phrase is, never where it stands (that is the parser's job).
#include "conventions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace undoc::conv {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

namespace {
const U32View kOrgans[] = {U"经济及社会理事会"sv, U"安全理事会"sv, U"人权理事会"sv, U"托管理事会"sv, U"大会"sv,
                           U"国际法院"sv, U"秘书处"sv};
bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool ends_with(U32View s, U32View e) { return s.size() >= e.size() && s.substr(s.size() - e.size()) == e; }
}  // namespace


bool contains(U32View s, char32_t c) { return find_char(s, c) != U32View::npos; }

bool starts_with(U32View s, U32View p) { return s.substr(0, p.size()) == p; }

bool is_cjk_closing(char32_t c) { return U32View(U"，。；：、！？）》」』”"sv).find(c) != U32View::npos; }
bool only_closing_marks(U32View f) {
  return !f.empty() && f.size() <= 3 && std::all_of(f.begin(), f.end(), [](char32_t c) {
    return is_cjk_closing(c) || c == U')' || c == U']' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?';
  });
}
bool is_cjk_opening(char32_t c) { return U32View(U"（《「『“"sv).find(c) != U32View::npos; }

// Opening words of preambular paragraphs of resolutions.
namespace {
// the verbs a preambular clause opens with after 又 / 还 (又回顾, 还注意到)
bool preamble_verb_at(U32View rest) {
  static const U32View after[] = {U"回顾"sv, U"注意到"sv, U"重申"sv, U"认识到"sv, U"确认"sv, U"欢迎"sv, U"深信"sv, U"关切"sv,
                                  U"深为关切"sv, U"意识到"sv, U"强调"sv, U"考虑到"sv, U"申明"sv, U"赞赏"sv, U"承认"sv, U"铭记"sv,
                                  U"表示"sv};
  for (auto w : after)
    if (starts_with(rest, w)) return true;
  return false;
}
}  // namespace

bool goes_on_with_bing(U32View f) { return f.size() > 3 && f[0] == U'并' && preamble_verb_at(f.substr(1)); }

bool is_preamble_start(U32View f) {
  // the opening words of preambular clauses, after an optional 又 / 还 /
  // 再次 / 也 (又深为关切, 还回顾, 再次重申); not 并, which goes on with the
  // clause before it ("…的关键作用，" / "并强调…"): the real sentences of 2023
  // open 63 clauses with 又 or 还 and their verb, none with 并
  static const U32View prefixes[] = {U"又"sv, U"还"sv, U"再次"sv, U"也"sv, U"亦"sv, U"进一步"sv};
  static const U32View words[] = {U"鉴于"sv, U"回顾"sv, U"注意到"sv, U"重申"sv, U"认识到"sv, U"铭记"sv, U"确认"sv, U"欢迎"sv,
                                  U"深信"sv, U"关切"sv, U"深为关切"sv, U"深感关切"sv, U"意识到"sv, U"强调"sv, U"考虑到"sv,
                                  U"申明"sv, U"赞赏"sv, U"表示注意到"sv, U"承认"sv, U"遵循"sv, U"深切关注"sv, U"震惊"sv,
                                  U"极为关切"sv, U"坚信"sv, U"满意地注意到"sv, U"赞赏地注意到"sv, U"忆及"sv,
                                  // (the Security Council's and others': 认定…构成威胁, 决心…, 痛惜…,
                                  // 表示严重关切…, 根据《联合国宪章》第七章采取行动)
                                  U"认定"sv, U"决心"sv, U"痛惜"sv, U"赞扬"sv, U"深感震惊"sv, U"严重关切"sv,
                                  U"着重指出"sv, U"欣见"sv, U"念及"sv, U"表示关切"sv, U"表示严重关切"sv,
                                  U"表示深为关切"sv, U"表示深切关注"sv, U"表示赞赏"sv, U"表示感谢"sv, U"表示满意"sv,
                                  U"表示遗憾"sv, U"根据《联合国宪章》第七章"sv, U"根据《宪章》第七章"sv};
  // (a line whose first character opens no prefix and no word is none: asked first)
  static const U32 firsts = [] {
    U32 s = U"特在审指";  // (the openings below the words': 特别…, 在这方面…, 审议了, 指出，)
    for (auto p : prefixes) s += p[0];
    for (auto w : words) s += w[0];
    return s;
  }();
  if (f.empty() || find_char(firsts, f[0]) == U32View::npos) return false;
  for (auto p : prefixes)
    if (starts_with(f, p) && f.size() > p.size() + 1) {
      U32View rest = f.substr(p.size());
      if (preamble_verb_at(rest)) return true;
    }
  // (特别 / 在这方面 before a clause's verb: "特别回顾其…第74/175号决议，",
  // "在这方面表示注意到…，", "特别表示严重关切…，", as the real sentences of 2023 open clauses)
  for (U32View p : {U32View(U"特别"sv), U32View(U"在这方面"sv), U32View(U"在此方面"sv)})
    if (starts_with(f, p) && f.size() > p.size() + 1) {
      const U32View rest = f.substr(p.size());
      if (preamble_verb_at(rest)) return true;
      for (auto w : words)
        if (starts_with(rest, w)) return true;
    }
  // (审议了秘书长的报告，: the Council's; 指出，…: a clause that opens with its verb and a comma)
  if (starts_with(f, U"审议了"sv) || starts_with(f, U"指出,"sv) || starts_with(f, U"又指出,"sv) ||
      starts_with(f, U"还指出,"sv))
    return true;
  for (auto w : words)
    if (starts_with(f, w)) {
      // (关切 alone is a noun as often: "关切的是…", "关切事项", "关切问题")
      if (w == U32View(U"关切"sv) && f.size() > 2 && (f[2] == U'的' || f[2] == U'事' || f[2] == U'问' || f[2] == U'点'))
        return false;
      return true;
    }
  return false;
}

// Opening words of a resolution's or decision's operative clauses (请, 鼓励,
// 邀请…), after an optional 又 / 还 / 并 / 再次 / 也: "又请秘书长…；".
bool is_operative_start(U32View f, bool verbs_only) {
  static const U32View prefixes[] = {U"又"sv, U"还"sv, U"并"sv, U"再次"sv, U"也"sv, U"亦"sv, U"进一步"sv, U"强烈"sv};
  for (auto p : prefixes)
    if (starts_with(f, p) && f.size() > p.size() + 1) {
      f = f.substr(p.size());
      break;
    }
  // verbs that open nothing else (请求, a noun too, aside)
  static const U32View verbs[] = {U"邀请"sv, U"鼓励"sv, U"吁请"sv, U"促请"sv, U"敦促"sv, U"呼吁"sv, U"授权"sv, U"责成"sv, U"敦请"sv};
  // and words that may as well be nouns going on with a clause (建议, 决定…)
  static const U32View words[] = {U"请求"sv, U"决定"sv, U"核可"sv, U"赞同"sv, U"建议"sv, U"要求"sv, U"重申"sv, U"强调"sv, U"欢迎"sv,
                                  U"赞扬"sv, U"支持"sv, U"表示"sv, U"注意到"sv, U"认可"sv, U"宣布"sv, U"谴责"sv, U"促进"sv};
  // (a first character that opens no verb, no 请 and no word: none, asked first)
  static const U32 firsts = [] {
    U32 s = U"请";
    for (auto w : verbs) s += w[0];
    for (auto w : words) s += w[0];
    return s;
  }();
  if (f.empty() || find_char(firsts, f[0]) == U32View::npos) return false;
  for (auto w : verbs)
    if (starts_with(f, w)) return true;
  if (starts_with(f, U"请"sv) && !starts_with(f, U"请求"sv)) return true;
  if (verbs_only) return false;
  for (auto w : words)
    if (starts_with(f, w)) return true;
  return false;
}

// Remove spaces that a wrap left between two CJK characters ("所有 移徙者").
U32 drop_cjk_wrap_spaces(U32View s) {
  U32 out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_space(s[i]) && !out.empty()) {
      size_t j = i;
      while (j < s.size() && is_space(s[j])) ++j;
      char32_t a = out.back(), b = j < s.size() ? s[j] : U' ';
      auto cjk = [](char32_t c) { return is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || c == U'，' || c == U'：'; };
      if (cjk(a) && cjk(b)) {
        i = j - 1;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string month_number(U32View m) {
  static const std::pair<U32View, const char*> months[] = {
      {U"January"sv, "01"}, {U"February"sv, "02"}, {U"March"sv, "03"},     {U"April"sv, "04"},
      {U"May"sv, "05"},     {U"June"sv, "06"},     {U"July"sv, "07"},      {U"August"sv, "08"},
      {U"September"sv, "09"}, {U"October"sv, "10"}, {U"November"sv, "11"}, {U"December"sv, "12"}};
  for (auto& [name, num] : months)
    if (m == name) return num;
  return {};
}

// "27 July 2006" or "2006年7月27日" anywhere in a folded line -> 2006-07-27
size_t chinese_date_at(U32View f, size_t p, std::string* iso, bool month_only) {
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  if (p >= f.size() || !digit(f[p]) || (p > 0 && digit(f[p - 1]))) return 0;
  auto number = [&](size_t& i, size_t max) {
    size_t b = i;
    long v = 0;
    while (i < f.size() && digit(f[i]) && i - b < max) v = v * 10 + (f[i++] - U'0');
    return i > b ? v : -1L;
  };
  size_t i = p;
  long y = number(i, 4);
  if (y < 1900 || i - p != 4) return 0;
  i = skip_spaces(f, i);
  if (i >= f.size() || f[i] != U'年') return 0;
  i = skip_spaces(f, i + 1);
  long m = number(i, 2);
  if (m < 1 || m > 12) return 0;
  i = skip_spaces(f, i);
  if (i >= f.size() || f[i] != U'月') return 0;
  size_t month_end = i + 1;
  size_t j = skip_spaces(f, i + 1);
  long d = number(j, 2);
  j = skip_spaces(f, j);
  if (d >= 1 && d <= 31 && j < f.size() && f[j] == U'日') {
    *iso = fmt::format("{}-{:02}-{:02}", y, m, d);
    return j + 1 - p;
  }
  if (!month_only) return 0;
  *iso = fmt::format("{}-{:02}", y, m);
  return month_end - p;
}

std::optional<std::string> find_date(U32View f) {
  auto digits = [&](size_t i) {
    size_t j = i;
    while (j < f.size() && f[j] >= U'0' && f[j] <= U'9') ++j;
    return j - i;
  };
  auto num = [&](size_t i, size_t n) {
    long v = 0;
    for (size_t k = 0; k < n; ++k) v = v * 10 + (f[i + k] - U'0');
    return v;
  };
  for (size_t i = 0; i < f.size(); ++i) {
    if (i > 0 && f[i - 1] >= U'0' && f[i - 1] <= U'9') continue;
    size_t nd = digits(i);
    if (nd == 0) continue;
    if (nd <= 2) {  // 27 July 2006
      size_t j = skip_spaces(f, i + nd);
      size_t k = j;
      while (k < f.size() && ((f[k] >= U'a' && f[k] <= U'z') || (f[k] >= U'A' && f[k] <= U'Z'))) ++k;
      std::string mm = month_number(f.substr(j, k - j));
      if (!mm.empty() && k > j) {
        size_t y = skip_spaces(f, k);
        if (digits(y) == 4) {
          long d = num(i, nd);
          if (d >= 1 && d <= 31) return fmt::format("{}-{}-{:02}", num(y, 4), mm, d);
        }
      }
    }
    if (nd == 4) {  // 2006年7月27日
      std::string iso;
      if (chinese_date_at(f, i, &iso, false)) return iso;
    }
    i += nd - 1;
  }
  return std::nullopt;
}

std::string id_of(U32View label) {
  std::string id;
  for (char32_t c : label) {
    int v = superscript_value(c);
    if (v >= 0) id.push_back(static_cast<char>('0' + v));
    else if (c >= U'0' && c <= U'9') id.push_back(static_cast<char>(c));
    else id += to_utf8(U32(1, c));
  }
  return id;
}

bool parties_formula(U32View f) {
  f = trim_view(f);
  if (f.size() < 7 || f.size() > 40 || (f.back() != U',' && f.back() != U'，')) return false;
  const U32View who = trim_view(f.substr(0, f.size() - 1));
  if (!std::all_of(who.begin(), who.end(), [](char32_t c) { return is_han(c) || c == U'·'; })) return false;
  // (a party: the United Nations, a government, an organization or agency)
  auto party = [](U32View p) {
    return p == U"联合国"sv || (p.size() >= 3 && (ends_with(p, U"政府"sv) || ends_with(p, U"组织"sv) ||
                                                   ends_with(p, U"机构"sv)));
  };
  // (parted by 与, 和 or 及 where both sides are parties: not the 和 inside
  // a name, 联合国和平…, 波斯尼亚和黑塞哥维那共和国政府)
  for (size_t k = 1; k + 1 < who.size(); ++k)
    if ((who[k] == U'与' || who[k] == U'和' || who[k] == U'及') && party(who.substr(0, k)) && party(who.substr(k + 1)))
      return true;
  return false;
}

// The body a resolution's or a decision's formula names: an organ (大会), a
// commission (统计委员会), an assembly or conference (缔约方会议)
bool is_enacting_body(U32View who) {
  who = trim_view(who);
  // (a commission's, alone on its line, enacting its own decision: "欧洲经济委员会，",
  // "妇女地位委员会，", "统计委员会，")
  const bool commission = who.size() >= 4 && who.size() <= 12 && ends_with(who, U"委员会"sv) &&
                          std::all_of(who.begin(), who.end(), [](char32_t c) { return is_han(c); });
  // (and an assembly or a conference enacting its own resolutions and
  // decisions: "联合国环境大会，", "缔约方大会，", "缔约方会议，", a UN conference's
  // "联合国旱地与粮食安全会议，")
  const bool assembly = who.size() >= 5 && who.size() <= 20 &&
                        std::all_of(who.begin(), who.end(), [](char32_t c) { return is_han(c); }) &&
                        (ends_with(who, U"缔约方大会"sv) || ends_with(who, U"缔约方会议"sv) ||
                         (starts_with(who, U"联合国"sv) && (ends_with(who, U"大会"sv) || ends_with(who, U"会议"sv))));
  // (not a clause's words ending in a commission's name: "建议委员会：", "请委员会：")
  return is_organ(who) || ((commission || assembly) && !is_operative_start(who, false));
}

// "经济及社会理事会决定：" / "大会根据第五委员会的建议决定：": the body, then
// its verb, 决定 (the decision's words after it lettered in clauses, or an
// agenda it approves), perhaps after whose recommendation it acts on; the
// body's name before the verb, or "" where none stands there
static U32View body_before_decides(U32View g) {
  if (!g.ends_with(U"决定"sv)) return {};
  g.remove_suffix(2);
  g = trim_view(g);
  // (…根据X的建议决定: the recommendation a committee's, a short phrase)
  if (g.ends_with(U"的建议"sv)) {
    const size_t at = g.rfind(U"根据"sv);
    if (at == U32View::npos || g.size() - at > 30) return {};
    g = trim_view(g.substr(0, at));
  }
  return g;
}

bool colon_formula(U32View g) {
  g = trim_view(g);
  if (g.size() < 3 || (g.back() != U':' && g.back() != U'：')) return false;
  g.remove_suffix(1);
  if (is_enacting_body(g)) return true;
  if (const U32View who = body_before_decides(g); !who.empty() && is_enacting_body(who)) return true;
  // (the meeting before the body: "在2023年6月7日第12次全体会议上，经济及社会理事会：")
  if (g.size() > 60 || !opens_with_meeting(g)) return false;
  const size_t comma = g.find_last_of(U",，"sv);
  if (comma == U32View::npos || !g.substr(0, comma).ends_with(U"会议上"sv)) return false;
  const U32View who = g.substr(comma + 1);
  return is_enacting_body(who) || (!body_before_decides(who).empty() && is_enacting_body(body_before_decides(who)));
}

// "我们，各国元首和政府首脑，" / "我们，联合国会员国，": the subject a declaration
// opens with (its preamble's clauses, then its operative paragraphs, below),
// alone or with where and when they met ("…，于2023年9月18日聚集在纽约，"),
// a clause ending in a comma; not a letter's "我们，以下签名者，谨…。"
static bool declaration_formula(U32View f) {
  if (f.size() < 6 || f.size() > 100 || !starts_with(f, U"我们"sv)) return false;
  const char32_t after = f[2];
  if (after != U',' && after != U'，') return false;
  for (char32_t c : f)
    if (c == U'。' || c == U';' || c == U'；' || c == U':' || c == U'：' || c == U'!' || c == U'?') return false;
  return true;
}

// "大会，" alone on a line opens the preamble of a resolution.
bool is_enacting_formula(U32View f) {
  if (f.empty() || (f.back() != U',' && f.back() != U'，')) return false;
  U32View who = trim_view(f.substr(0, f.size() - 1));
  // 大会，; 本公约缔约国，/ 本宣言缔约国，/ 本协定缔约方，(the parties enacting an instrument)
  return is_enacting_body(who) || parties_formula(f) || declaration_formula(f) ||
         (who.size() <= 16 && (ends_with(who, U"缔约国"sv) || ends_with(who, U"缔约方"sv)) &&
          who.find(U',') == U32View::npos && who.find(U'，') == U32View::npos);
}

bool formula_without_comma(U32View f, U32View next) {
  f = trim_view(f);
  next = trim_view(next);
  return is_organ(f) && next.size() >= 4 && next.size() <= 60 && (next.back() == U':' || next.back() == U'：') &&
         is_operative_start(next) && !contains(next, U'。');
}

bool original_language_note(U32View f) {
  f = trim_view(f);
  return f.size() >= 5 && f.size() <= 40 && f.front() == U'[' && f.back() == U']' &&
         (starts_with(f.substr(1), U"原件"sv) || starts_with(f.substr(1), U"原文"sv));
}

bool memo_field(U32View f) {
  f = trim_view(f);
  // (an information circular's sender: "发文：主管人力资源助理秘书长")
  for (U32View label : {U32View(U"致"sv), U32View(U"发件人"sv), U32View(U"发文"sv), U32View(U"事由"sv), U32View(U"主题"sv), U32View(U"日期"sv),
                        U32View(U"抄送"sv), U32View(U"经由"sv), U32View(U"参考"sv)})
    if (starts_with(f, label)) {
      const size_t c = skip_spaces(f, label.size());
      return c < f.size() && f[c] == U':' && skip_spaces(f, c + 1) < f.size();
    }
  return false;
}

bool opens_with_meeting(U32View f) {
  if (f.size() < 8 || f[0] != U'在') return false;
  // (within the line's head: "在同次会议上", "在2023年6月6日第12次全体会议上",
  // "在2023年11月23日举行的安全理事会第9485次会议上")
  const U32View head = f.substr(0, std::min<size_t>(f.size(), 48));
  const size_t at = head.find(U"会议上"sv);
  if (at == U32View::npos) return false;
  return head.substr(0, at).find(U'次') != U32View::npos || starts_with(f, U"在同次会议上"sv);
}

// "61/295. 联合国土著人民权利宣言": a resolution number and its title (an
// emergency or special session's too: ES-11/6., S-32/1.).
std::optional<size_t> resolution_title_at(U32View f) {
  const size_t from = starts_with(f, U"ES-"sv) ? 3 : starts_with(f, U"S-"sv) ? 2 : 0;
  size_t i = from;
  while (i < f.size() && f[i] >= U'0' && f[i] <= U'9') ++i;
  if (i == from || i - from > 4 || i >= f.size() || f[i] != U'/') return std::nullopt;
  size_t j = i + 1;
  // (a draft's, its number not yet given: "53/… 和平集会和结社自由权", the
  // number an ellipsis and a space after it)
  if (j < f.size() && (f[j] == U'…' || f[j] == U'.')) {
    size_t k = j;
    while (k < f.size() && (f[k] == U'…' || f[k] == U'.')) ++k;
    const bool ellipsis = f[j] == U'…' || k - j >= 3;
    if (!ellipsis || k >= f.size() || !is_space(f[k])) return std::nullopt;
    const size_t b = skip_spaces(f, k);
    if (b >= f.size()) return std::nullopt;
    return k;
  }
  while (j < f.size() && ((f[j] >= U'0' && f[j] <= U'9') || (f[j] >= U'A' && f[j] <= U'Z'))) ++j;
  if (j == i + 1 || j >= f.size() || f[j] != U'.') return std::nullopt;
  size_t b = skip_spaces(f, j + 1);
  if (b >= f.size()) return std::nullopt;
  return j;
}

bool ends_mid_phrase(U32View f) {
  if (f.empty()) return false;
  return U32View(U"的和与及或、,:之对在为把将向从于"sv).find(f.back()) != U32View::npos;
}

bool decision_number_text(U32View num) {
  const size_t slash = num.find(U'/');
  if (slash == U32View::npos || slash == 0 || slash + 1 >= num.size()) return false;
  auto digits = [](U32View d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
  };
  auto capitals = [](U32View d) {
    return d.size() >= 1 && d.size() <= 6 &&
           std::all_of(d.begin(), d.end(), [](char32_t c) { return c >= U'A' && c <= U'Z'; });
  };
  // (the session's part: 418, 201; or the body's series and its session, CP.28, CMA.5)
  const U32View a = num.substr(0, slash), b = num.substr(slash + 1);
  const size_t dot = b.find(U'.');
  const bool after = digits(b) || (dot != U32View::npos && dot >= 2 && capitals(b.substr(0, dot)) &&
                                   digits(b.substr(dot + 1)));
  // (the session before it: 77, 2023; a convention's meeting with its body's
  // letters, BC-16, SC-11; or in Roman numerals, the Montreal Protocol's XXXV)
  const size_t dash = a.find(U'-');
  const bool before = digits(a) || capitals(a) ||
                      (dash != U32View::npos && capitals(a.substr(0, dash)) && digits(a.substr(dash + 1)));
  return before && after;
}

bool numbered_decision_line(U32View f) {
  if (f.size() < 7 || f.size() > 24 || f[0] != U'第' || !f.ends_with(U"号决定"sv)) return false;
  const U32 nospace = without_spaces(f);
  if (nospace.size() > 16) return false;
  return decision_number_text(U32View(nospace).substr(1, nospace.size() - 4));
}

// The title of a compilation of what a session adopted: "经济及社会理事会2023年
// 届会通过的决议和决定", "大会第七十七届会议通过的决定" (not a resolution's own
// title, which names its subject, nor a resolution's adoption line, which
// gives the day: 2022年12月14日大会通过的决议)
bool compilation_title(U32View t) {
  const U32 c = without_spaces(without_trailing_markers(t));
  const U32View v(c);
  // (or a compendium of them, as executive boards title theirs: "执行局2023年
  // 年度会议通过的决定汇编", "…通过的决议和决定汇编")
  const U32View w = v.ends_with(U"汇编"sv) ? v.substr(0, v.size() - 2) : v;
  return v.size() <= 40 && (w.find(U"通过的决议"sv) != U32View::npos || w.find(U"通过的决定"sv) != U32View::npos) &&
         w.find(U'月') == U32View::npos &&
         (w.ends_with(U"决议"sv) || w.ends_with(U"决定"sv));
}

// Where "项目 54(b)" starts: 项目 followed by a number (not 项目清单).
size_t item_number_at(U32View f) {
  for (size_t p = f.find(U"项目"sv); p != U32View::npos; p = f.find(U"项目"sv, p + 2)) {
    size_t d = skip_spaces(f, p + 2);
    // 临时议程项目* 24: a marker between the word and the number
    while (d < f.size() && (f[d] == U'*' || is_superscript_digit(f[d]))) d = skip_spaces(f, d + 1);
    if (d < f.size() && f[d] >= U'0' && f[d] <= U'9') return p;
  }
  return U32View::npos;
}

// Lines that open a new part of the front matter: the subtitle (秘书长的报告,
// 大会主席的说明) or the summary heading. A title block stops before them.
bool is_front_matter_break(U32View f) {
  static const U32View endings[] = {U"的报告"sv, U"的说明"sv, U"的信"sv, U"同文信"sv, U"的照会"sv, U"备忘录"sv};
  if (f == U"摘要"sv || f == U"概要"sv || f == U"摘 要"sv) return true;
  if (f.size() > 24) return false;
  for (auto e : endings)
    if (f.size() >= e.size() && f.substr(f.size() - e.size()) == e) return true;
  return false;
}

bool mandate_holder_report(U32View f) {
  while (!f.empty() && (f.back() == U'*' || is_space(f.back()))) f.remove_suffix(1);
  if (f.size() > 60) return false;
  for (U32View e : {U"特别报告员的报告"sv, U"独立专家的报告"sv, U"工作组的报告"sv})
    if (f.ends_with(e)) return true;
  return false;
}

// "第三委员会" / "第 六 委员会" / "特别政治和非殖民化委员会(第四委员会)": a main
// committee of the Assembly named in the masthead (f folded, trimmed)
bool main_committee_line(U32View f) {
  f = trim_view(f);
  if (f.size() < 4 || f.size() > 24) return false;
  if (f[0] == U'第' && f.ends_with(U"委员会"sv)) return true;
  // (its name, then its number in brackets)
  if (f.back() != U')' || !f.ends_with(U"委员会)"sv)) return false;
  const size_t open = f.rfind(U'(');
  return open != U32View::npos && open >= 4 && open + 1 < f.size() && f[open + 1] == U'第' &&
         f.substr(0, open).ends_with(U"委员会"sv) && !contains(f.substr(0, open), U'(');
}

bool is_organ(U32View f) {
  for (auto o : kOrgans)
    if (f == o) return true;
  return false;
}

std::optional<std::string> date_only(U32View f) {
  f = trim_view(f);
  std::string iso;
  if (size_t n = chinese_date_at(f, 0, &iso, false); n > 0 && trim_view(f.substr(n)).empty()) return iso;
  // 27 July 2006: digits and Latin letters only
  for (char32_t c : f)
    if (!(digit(c) || is_space(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U',')) return std::nullopt;
  return find_date(f);
}

bool dateline(U32View f) {
  f = trim_view(f);
  std::string iso;
  size_t n = chinese_date_at(f, 0, &iso, false);
  if (n == 0 || f.size() > 30) return false;
  U32View rest = trim_view(f.substr(n));
  // a second day, "和 28 日" / "至 28 日"
  if (starts_with(rest, U"和"sv) || starts_with(rest, U"至"sv) || starts_with(rest, U"-"sv) || starts_with(rest, U"–"sv)) {
    size_t k = 1;
    while (k < rest.size() && (digit(rest[k]) || is_space(rest[k]))) ++k;
    if (k == 1 || k >= rest.size() || rest[k] != U'日') return false;
    rest = trim_view(rest.substr(k + 1));
  }
  if (rest.empty()) return false;  // a date alone is date_only's
  if (rest[0] != U'，' && rest[0] != U',') return false;
  rest = trim_view(rest.substr(1));
  return !rest.empty() && rest.size() <= 10 && std::all_of(rest.begin(), rest.end(), [](char32_t c) { return is_han(c); });
}

std::optional<Session> session_line(U32View f) {
  f = trim_view(f);
  if (f.size() < 3 || f.size() > 30 || contains(f, U'。') || contains(f, U',') || contains(f, U'，')) return std::nullopt;
  Session s;
  if (f[0] == U'第') {
    size_t j = 1;
    while (j < f.size() && (is_chinese_numeral_char(f[j]) || digit(f[j]) || is_space(f[j]))) ++j;
    if (j == 1 || j >= f.size()) return std::nullopt;
    U32View n = trim_view(f.substr(1, j - 1));
    long v = chinese_numeral_value(n);
    if (v < 0) {
      v = 0;
      for (char32_t c : n) v = (digit(c) && v >= 0) ? v * 10 + (c - U'0') : -1;
    }
    // 第六十一届会议, 第十届紧急特别会议续会; 第七十八年 (the Security Council's year)
    if (f[j] == U'届' && (ends_with(f, U"会议"sv) || ends_with(f, U"续会"sv) || ends_with(f, U"届会"sv))) {
      if (v > 0) s.number = v;
      return s;
    }
    if (f[j] == U'年' && j + 1 == f.size()) {
      if (v > 0) s.number = v;
      return s;
    }
    return std::nullopt;
  }
  // 2023年届会, 2006 年实质性会议, 2006年组织会议, 2023年常会
  size_t d = 0;
  while (d < f.size() && digit(f[d])) ++d;
  if (d != 4) return std::nullopt;
  size_t y = skip_spaces(f, d);
  if (y >= f.size() || f[y] != U'年') return std::nullopt;
  if (contains(f.substr(y + 1), U'月')) return std::nullopt;  // a date
  // (an executive board's: 2023年第一届常会, 2023年年会, 2023年年度会议)
  if (ends_with(f, U"届会"sv) || ends_with(f, U"会议"sv) || ends_with(f, U"续会"sv) || ends_with(f, U"常会"sv) ||
      ends_with(f, U"年会"sv)) {
    // (the year's session numbered: 2023年第一届常会, 2023年第二届常会续会 the
    // year's first and second regular sessions; its number the ordinal's)
    size_t k = skip_spaces(f, y + 1);
    if (k < f.size() && f[k] == U'第') {
      size_t j = k + 1;
      while (j < f.size() && (is_chinese_numeral_char(f[j]) || digit(f[j]))) ++j;
      if (j > k + 1 && j < f.size() && f[j] == U'届') {
        const U32View n = f.substr(k + 1, j - k - 1);
        long v = chinese_numeral_value(n);
        if (v < 0) {
          v = 0;
          for (char32_t c : n) v = (digit(c) && v >= 0) ? v * 10 + (c - U'0') : -1;
        }
        if (v > 0) s.number = v;
      }
    }
    return s;
  }
  return std::nullopt;
}

std::optional<std::string> board_session_date(U32View f) {
  f = trim_view(f);
  if (f.size() > 30) return std::nullopt;
  std::string iso;
  const size_t n = chinese_date_at(f, 0, &iso, false);
  if (n == 0 || iso.size() != 10) return std::nullopt;
  U32View rest = trim_view(f.substr(n));
  // (a comma between them as some set it: "2023年6月16日，年度会议")
  if (!rest.empty() && (rest[0] == U',' || rest[0] == U'，')) rest = trim_view(rest.substr(1));
  if (board_session_name(rest)) return iso;
  return std::nullopt;
}

bool board_session_name(U32View rest) {
  rest = trim_view(rest);
  // 年度会议, 年会, 第一届常会, 第二届常会, 常会, 届会, 特别会议, and their 续会
  if (rest.ends_with(U"续会"sv) && rest.size() > 2) rest = rest.substr(0, rest.size() - 2);
  if (rest == U"年度会议"sv || rest == U"年会"sv || rest == U"常会"sv || rest == U"届会"sv || rest == U"特别会议"sv)
    return true;
  if (rest.size() >= 4 && rest[0] == U'第' && (rest.ends_with(U"届常会"sv) || rest.ends_with(U"届特别会议"sv))) {
    const size_t end = rest.find(U'届');
    return end > 1 && std::all_of(rest.begin() + 1, rest.begin() + end, [](char32_t c) { return is_chinese_numeral_char(c); });
  }
  return false;
}

std::optional<AdoptionLine> adoption_line(U32View f) {
  f = trim_view(f);
  std::string iso;
  size_t n = chinese_date_at(f, 0, &iso, false);
  // (or the organ before the date: 人权理事会2023年4月4日通过的决议)
  std::optional<U32View> before;
  if (n == 0)
    for (auto o : kOrgans)
      if (f.substr(0, o.size()) == o) {
        const size_t d = skip_spaces(f, o.size());
        if (const size_t m = chinese_date_at(f, d, &iso, false); m > 0) {
          before = o;
          n = d + m;
        }
        break;
      }
  if (n == 0 || f.size() > 60 || contains(f, U'。')) return std::nullopt;
  U32View rest = trim_view(f.substr(n));
  // 大会决议, 经济及社会理事会决议, 人权理事会通过的决议, 安全理事会第9385次会议通过, 大会决定
  if (!(ends_with(rest, U"决议"sv) || ends_with(rest, U"决定"sv) || ends_with(rest, U"通过"sv))) return std::nullopt;
  // (a resolution cited by its number is no adoption: "2023年12月20日安全理事会
  // 关于利比亚的第1970(2011)号决议" / "所设委员会主席给…的信", a letter's dated
  // title cut at a line's end)
  if (rest.find(U"号决议"sv) != U32View::npos || rest.find(U"号决定"sv) != U32View::npos) return std::nullopt;
  // (after the organ and the date, only 通过的决议 / 通过的决定)
  if (before && !(rest == U"通过的决议"sv || rest == U"通过的决定"sv)) return std::nullopt;
  AdoptionLine a;
  a.date = iso;
  if (before) {
    a.organ = to_utf8(*before);
    return a;
  }
  for (auto o : kOrgans)
    if (rest.substr(0, o.size()) == o) {
      a.organ = to_utf8(o);
      break;
    }
  // a subsidiary body: 预防犯罪和刑事司法委员会决议
  if (!a.organ) {
    for (U32View body : {U32View(U"委员会"sv), U32View(U"理事会"sv)})
      if (size_t p = rest.find(body); p != U32View::npos && p > 0) {
        a.organ = to_utf8(rest.substr(0, p + body.size()));
        break;
      }
  }
  return a;
}

bool is_toc_leader(char32_t c) { return c == U'.' || c == U'…' || c == U'·' || c == U'．'; }

bool is_recycle_note(U32View f) {
  return f == U"请回收"sv || f == U"请 回 收"sv || f == U"please recycle"sv || f == U"Please recycle"sv ||
         f == U"请回收 Please recycle"sv;
}

bool is_item_number(U32View f) {
  size_t i = 0;
  while (i < f.size() && digit(f[i])) ++i;
  if (i == 0 || i > 3) return false;
  // 24, 68(b), 19 (c)
  i = skip_spaces(f, i);
  if (i == f.size()) return true;
  return f.size() - i == 3 && f[i] == U'(' && f[i + 1] >= U'a' && f[i + 1] <= U'z' && f[i + 2] == U')';
}

U32View without_trailing_markers(U32View f) {
  f = trim_view(f);
  while (!f.empty() && (f.back() == U'*' || is_superscript_digit(f.back()))) f = trim_view(f.substr(0, f.size() - 1));
  return f;
}

std::optional<long> meeting_number(U32View f) {
  f = without_trailing_markers(f);  // a marker on the heading: 第12次会议简要记录*
  if (f.size() < 4 || f[0] != U'第') return std::nullopt;
  size_t j = skip_spaces(f, 1);
  long v = 0;
  size_t b = j;
  while (j < f.size() && digit(f[j])) v = v * 10 + (f[j++] - U'0');
  if (j == b) {
    while (j < f.size() && is_chinese_numeral_char(f[j])) ++j;
    if (j == b) return std::nullopt;
    v = chinese_numeral_value(f.substr(b, j - b));
  }
  j = skip_spaces(f, j);
  if (j >= f.size() || f[j] != U'次' || v <= 0) return std::nullopt;
  U32View rest = f.substr(j + 1);
  // (a resumed meeting's mark after it: 第9350次会议(恢复1), 第12次会议(续))
  if (rest.size() >= 5 && rest.back() == U')') {
    const size_t open = rest.rfind(U'(');
    if (open != U32View::npos && rest.size() - open <= 7) rest = trim_view(rest.substr(0, open));
  }
  // 第83次全体会议, 第54次会议, 第12次会议简要记录, 第45次全体会议逐字记录
  static const U32View forms[] = {U"全体会议"sv, U"会议"sv, U"会议简要记录"sv, U"会议逐字记录"sv, U"全体会议逐字记录"sv,
                                  U"全体会议简要记录"sv};
  for (auto form : forms)
    if (rest == form) return v;
  return std::nullopt;
}

std::optional<std::string> adjourned_at(U32View f, bool* opened) {
  f = trim_view(f);
  // (a summary record whose meeting went on in private closes with the end
  // of its public part: "会议的公开部分于下午5时55分结束。" / "会议公开部分于
  // 中午12时结束。"; the record ends there, at that time)
  bool part_ended = false;
  for (U32View lead : {U32View(U"会议的公开部分于"sv), U32View(U"会议公开部分于"sv)})
    if (starts_with(f, lead) && ends_with(f, U"结束。"sv)) {
      f = trim_view(f.substr(lead.size()));
      part_ended = true;
      break;
    }
  // (the meeting named before its time, "会议于下午1时散会。", as a record
  // translated from "The meeting rose at 1 p.m." may say it)
  if (!part_ended && starts_with(f, U"会议于"sv) && (ends_with(f, U"散会。"sv) || ends_with(f, U"休会。"sv) ||
                                                    ends_with(f, U"复会。"sv)))
    f = trim_view(f.substr(3));
  if (f.size() > 24) return std::nullopt;
  bool open = !part_ended && (ends_with(f, U"宣布开会。"sv) || ends_with(f, U"开会。"sv) || ends_with(f, U"复会。"sv));
  bool close = part_ended || ends_with(f, U"散会。"sv) || ends_with(f, U"休会。"sv);
  if (!open && !close) return std::nullopt;
  // 上午10时10分, 下午1时, 中午12时
  size_t i = 0;
  bool pm = false;
  if (f.substr(0, 2) == U"上午"sv) i = 2;
  else if (f.substr(0, 2) == U"下午"sv || f.substr(0, 2) == U"晚上"sv) i = 2, pm = true;
  else if (f.substr(0, 2) == U"中午"sv) i = 2;
  i = skip_spaces(f, i);
  long h = 0, m = 0;
  size_t b = i;
  while (i < f.size() && digit(f[i])) h = h * 10 + (f[i++] - U'0');
  if (i == b || h > 24) return std::nullopt;
  i = skip_spaces(f, i);
  if (i >= f.size() || f[i] != U'时') return std::nullopt;
  i = skip_spaces(f, i + 1);
  b = i;
  while (i < f.size() && digit(f[i])) m = m * 10 + (f[i++] - U'0');
  if (i > b) {
    i = skip_spaces(f, i);
    if (i >= f.size() || f[i] != U'分' || m > 59) return std::nullopt;
  }
  if (pm && h < 12) h += 12;
  if (opened) *opened = open;
  return fmt::format("{:02}:{:02}", h, m);
}

// A letter's request to circulate it: "请将本信及其附件作为大会议程项目 32 下的文件
// 分发为荷。" / "谨请将本照会…" / "如能将本信…分发，不胜感激。"
bool is_circulation_request(U32View f) {
  f = trim_view(f);
  for (U32View p : {U32View(U"请将本"sv), U32View(U"谨请将本"sv), U32View(U"如能将本"sv), U32View(U"请把本"sv)})
    if (starts_with(f, p) && f.size() > p.size() && U32View(U"信函照会普通照会"sv).find(f[p.size()]) != U32View::npos)
      return true;
  // (after the one who asks, "常驻代表团谨请将本照会…", "阿塞拜疆常驻代表团请将本
  // 照会…", "我谨请将本信…": a subject of a few words, no clause before it)
  for (U32View p : {U32View(U"请将本"sv), U32View(U"如能将本"sv)}) {
    const size_t at = f.find(p);
    if (at == U32View::npos || at == 0 || at > 24 || at + p.size() >= f.size() ||
        U32View(U"信函照会"sv).find(f[at + p.size()]) == U32View::npos)
      continue;
    const U32View who = f.substr(0, at);
    if (std::all_of(who.begin(), who.end(), [](char32_t c) { return is_han(c); }) &&
        (who.ends_with(U"代表团"sv) || who.ends_with(U"代表团谨"sv) || who == U"我谨"sv || who == U"我"sv ||
         who.ends_with(U"代表谨"sv) || who.ends_with(U"代表"sv)))
      return true;
  }
  return false;
}

bool is_courtesy_closing(U32View f) {
  f = trim_view(f);
  // "…常驻联合国代表团借此机会再次向秘书长致以最崇高的敬意。": the sender, then
  // the formula, no clause before it
  const size_t at = f.find(U"借此机会"sv);
  if (at == U32View::npos || at > 30) return false;
  const U32View who = f.substr(0, at);
  if (!std::all_of(who.begin(), who.end(), [](char32_t c) { return is_han(c) || c == U'(' || c == U')'; })) return false;
  const size_t stop = f.find(U'。');
  const U32View sentence = f.substr(0, stop == U32View::npos ? f.size() : stop);
  return sentence.find(U"敬意"sv) != U32View::npos || (stop == U32View::npos && sentence.size() < 60);
}

bool opens_circulation_note(U32View f) {
  f = trim_view(f);
  return starts_with(f, U"秘书长收到下列"sv) || starts_with(f, U"秘书长收到以下"sv);
}

bool personal_name(U32View f) {
  f = trim_view(f);
  if (f.size() < 2 || f.size() > 20) return false;
  size_t dots = 0;
  for (char32_t c : f) {
    if (c == U'·' || c == U'•' || c == U'・') ++dots;
    else if (!is_han(c)) return false;
  }
  if (f.front() == U'·' || f.back() == U'·' || f.front() == U'•' || f.back() == U'•') return false;
  return dots > 0 || f.size() <= 4;
}

// A treaty's testimonium: "下列签署人，经正式授权，在本公约上签字，以昭信守。"
bool is_testimonium(U32View f) {
  f = trim_view(f);
  return f.size() <= 80 && f.find(U"以昭信守"sv) != U32View::npos && f.find(U"签"sv) != U32View::npos;
}

namespace {
// A date in Chinese numerals at p, as a treaty writes it: the year digit by
// digit, month and day counted (二〇二三年十一月十五日). Its length, or 0.
size_t han_date_at(U32View f, size_t p, std::string* iso) {
  auto value = [](char32_t c) -> int {
    static const U32View digits = U"〇一二三四五六七八九"sv;
    if (c == U'零') return 0;
    size_t k = digits.find(c);
    return k == U32View::npos ? -1 : static_cast<int>(k);
  };
  // 一 … 九, 十, 十一 … 十九, 二十 … 三十一
  auto counted = [&](size_t& i) -> int {
    int tens = 0, ones = 0;
    if (i < f.size() && f[i] != U'十' && value(f[i]) > 0 && i + 1 < f.size() && f[i + 1] == U'十') tens = value(f[i]), i += 2;
    else if (i < f.size() && f[i] == U'十') tens = 1, ++i;
    if (i < f.size() && value(f[i]) > 0) ones = value(f[i]), ++i;
    return tens * 10 + ones;
  };
  size_t i = p;
  int y = 0;
  for (int n = 0; n < 4; ++n, ++i) {
    if (i >= f.size() || value(f[i]) < 0) return 0;
    y = y * 10 + value(f[i]);
  }
  if (y < 1900 || i >= f.size() || f[i] != U'年') return 0;
  ++i;
  const int m = counted(i);
  if (m < 1 || m > 12 || i >= f.size() || f[i] != U'月') return 0;
  ++i;
  const int d = counted(i);
  if (d < 1 || d > 31 || i >= f.size() || f[i] != U'日') return 0;
  *iso = fmt::format("{}-{:02}-{:02}", y, m, d);
  return i + 1 - p;
}
}  // namespace

// A treaty's place and date of signing, its date in ISO form: "二〇二三年十一月
// 十五日订于纽约，正本一份。" / "…订于纽约。"
std::optional<std::string> treaty_done_at(U32View f) {
  f = trim_view(f);
  if (f.size() > 80) return std::nullopt;
  const size_t at = f.find(U"订于"sv);
  if (at == U32View::npos) return std::nullopt;
  for (size_t k = 0; k < at; ++k) {
    std::string iso;
    size_t n = chinese_date_at(f, k, &iso, false);
    if (n == 0) n = han_date_at(f, k, &iso);
    if (n > 0 && k + n <= at && trim_view(f.substr(k + n, at - k - n)).empty()) return iso;
  }
  return std::nullopt;
}

bool representative_label(U32View f) {
  f = trim_view(f);
  if (f.size() < 3 || f.size() > 30 || (f.back() != U':' && f.back() != U'：')) return false;
  const U32View who = trim_view(f.substr(0, f.size() - 1));
  if (contains(who, U'，') || contains(who, U',') || contains(who, U'。')) return false;
  return ends_with(who, U"代表"sv) || (starts_with(who, U"代表"sv) && who.size() > 2);
}

bool is_signature_line(U32View f) {
  f = trim_view(f);
  if (f.empty() || f.size() > 40 || contains(f, U'。') || contains(f, U'，') || contains(f, U',')) return false;
  if (f.front() == U'(' && f.substr(0, 4) == U"(签名)"sv) return true;
  if (f.substr(0, 2) == U"签名"sv) return true;
  // the name first, "安东尼奥·古特雷斯(签名)"
  if (f.size() > 5 && f.substr(f.size() - 4) == U"(签名)"sv) return true;
  // (a decision's title that names an office: "77/401. 选举大会主席",
  // "任命联合检查组检查专员", a heading, not the one who signs)
  if (resolution_title_at(f) || starts_with(f, U"选举"sv) || starts_with(f, U"任命"sv)) return false;
  // (a representative "of X to the United Nations", the title letters sign
  // with: "尼加拉瓜共和国常驻联合国代表", "…常驻联合国副代表")
  // (and a permanent observer's, who writes as a representative does: "巴勒斯坦国常驻联合国观察员")
  static const U32View roles[] = {U"常驻代表"sv, U"常驻联合国代表"sv, U"常驻联合国副代表"sv, U"常驻观察员"sv,
                                  U"常驻联合国观察员"sv, U"临时代办"sv, U"代办"sv, U"大使"sv, U"特命全权大使"sv, U"主席"sv, U"秘书长"sv,
                                  U"副常驻代表"sv, U"部长"sv, U"协调员"sv,
                                  // (the head of an office signing a foreword or a report:
                                  // "联合国日内瓦办事处总干事", "儿童基金会执行主任", "开发署署长")
                                  U"总干事"sv, U"执行主任"sv, U"署长"sv, U"高级专员"sv};
  for (auto r : roles)
    if (ends_with(f, r) && f.size() <= 30) return true;
  return false;
}

// (a) (b) (i) (一) a) • — items inside a paragraph
bool starts_sub_item(U32View f) {
  if (f.empty()) return false;
  if (f[0] == U'•' || f[0] == U'·' || f[0] == U'▪' || f[0] == U'–' || f[0] == U'—') return true;
  // a label in one character, which the fold leaves alone (its NFKC form is
  // longer): ㈠ ㈡ (the Chinese documents' (i), (ii)), ⑴, ⒜
  if ((f[0] >= 0x3220 && f[0] <= 0x3229) || (f[0] >= 0x2474 && f[0] <= 0x2487) || (f[0] >= 0x249C && f[0] <= 0x24B5))
    return true;
  size_t i = f[0] == U'(' ? 1 : 0;
  size_t j = i;
  while (j < f.size() && j - i < 4 &&
         ((f[j] >= U'a' && f[j] <= U'z') || is_chinese_numeral_char(f[j]) || (f[j] >= U'0' && f[j] <= U'9')))
    ++j;
  return j > i && j < f.size() && f[j] == U')';
}

std::optional<LetteredLabel> lettered_label(U32View f) {
  if (f.size() < 4 || f[0] != U'(') return std::nullopt;
  const size_t close = f.find(U')');
  if (close == U32View::npos || close < 2 || close > 5) return std::nullopt;
  if (!std::all_of(f.begin() + 1, f.begin() + static_cast<std::ptrdiff_t>(close),
                   [](char32_t c) { return c >= U'a' && c <= U'z'; }))
    return std::nullopt;
  size_t t = close + 1;
  while (t < f.size() && is_space(f[t])) ++t;
  // (the title right after the label, or after spaces: "(a)人权…", "(a) 人权…";
  // not a bracket of symbols or a clause, "(a)(A/78/40)", "(a)，")
  if (t >= f.size() || (t == close + 1 && !is_han(f[t]) && f[t] != U'《' && f[t] != U'“')) return std::nullopt;
  return LetteredLabel{f.substr(1, close - 1), close, t};
}

// Parses "title<TAB>23-29<TAB>6", "title ....... 23-29 6", "title 6".
std::optional<TocTail> toc_tail(U32View f) {
  size_t e = f.size();
  while (e > 0 && is_space(f[e - 1])) --e;
  auto read_num = [&](size_t& end, long& v) {
    size_t b = end;
    while (b > 0 && f[b - 1] >= U'0' && f[b - 1] <= U'9') --b;
    if (b == end || end - b > 4) return false;
    v = 0;
    for (size_t k = b; k < end; ++k) v = v * 10 + (f[k] - U'0');
    end = b;
    return true;
  };
  auto is_dash = [](char32_t c) { return c == U'-' || c == U'–' || c == U'—' || c == U'－' || c == U'~'; };
  auto is_leader = is_toc_leader;
  TocTail t;
  size_t p = e;
  long page = 0;
  if (!read_num(p, page)) {
    // "附件<TAB><TAB>" style rows: empty cells (only: text after the TAB is
    // the title's, "…有关者<TAB>的作用", and must not be cut off)
    if (size_t tab = f.find(U'\t'); tab != U32View::npos && trim_view(f.substr(tab)).empty()) {
      t.title_end = tab;
      t.tab = true;
      return t;
    }
    return std::nullopt;
  }
  if (p == 0 || !(is_space(f[p - 1]) || is_leader(f[p - 1]))) return std::nullopt;
  t.page = page;
  size_t q = p;
  while (q > 0 && is_space(f[q - 1])) --q;
  t.tab = f.substr(q, p - q).find(U'\t') != U32View::npos;
  // optional paragraph range before the page
  size_t r = q;
  long hi = 0, lo = 0;
  if (read_num(r, hi)) {
    size_t s = r;
    bool ok = true;
    while (s > 0 && is_space(f[s - 1])) --s;
    if (s > 0 && is_dash(f[s - 1])) {
      size_t u = s - 1;
      while (u > 0 && is_space(f[u - 1])) --u;
      if (read_num(u, lo)) r = u;
      else ok = false;
    } else {
      lo = hi;
      s = r;
    }
    if (ok && (r == 0 || is_space(f[r - 1]) || is_leader(f[r - 1]))) {  // (r == 0: "30-64 7" alone)
      t.range = std::make_pair(lo, hi);
      q = r;
      while (q > 0 && is_space(f[q - 1])) --q;
      t.tab = t.tab || f.substr(q, r - q).find(U'\t') != U32View::npos;
    }
  }
  while (q > 0 && (is_space(f[q - 1]) || is_leader(f[q - 1]))) --q;
  t.title_end = q;
  return t;
}

// "1-4" or "23" alone on a line: a TOC cell that extraction split off.
std::optional<std::pair<long, long>> number_cell(U32View f) {
  f = trim_view(f);
  size_t i = 0;
  auto num = [&](long& v) {
    size_t b = i;
    v = 0;
    while (i < f.size() && f[i] >= U'0' && f[i] <= U'9' && i - b < 5) v = v * 10 + (f[i++] - U'0');
    return i > b;
  };
  long lo = 0, hi = 0;
  if (!num(lo)) return std::nullopt;
  hi = lo;
  size_t j = skip_spaces(f, i);
  if (j < f.size() && (f[j] == U'-' || f[j] == U'–' || f[j] == U'—' || f[j] == U'－')) {
    i = skip_spaces(f, j + 1);
    if (!num(hi)) return std::nullopt;
  }
  if (i != f.size()) return std::nullopt;
  return std::make_pair(lo, hi);
}

int ink_width(U32View f) {
  int ink = 0;
  for (char32_t c : f) ink += is_space(c) ? 0 : (c < 0x80 ? 1 : 2);
  return ink;
}

bool ink_within(U32View f, int limit) {
  // (the ink only grows: past the limit at a block's end is past it within)
  int ink = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // (four at a time where each is above U+3000: no space, two each)
  for (; i + 4 <= f.size(); i += 4) {
    if (detail::above_u3000_mask(f.data() + i) == 0xF) {
      ink += 8;
    } else {
      for (size_t j = i; j < i + 4; ++j) ink += is_space(f[j]) ? 0 : (f[j] < 0x80 ? 1 : 2);
    }
    if (ink > limit) return false;
  }
#endif
  for (; i < f.size(); ++i) {
    const char32_t c = f[i];
    ink += is_space(c) ? 0 : (c < 0x80 ? 1 : 2);
    if (ink > limit) return false;
  }
  return true;
}

// "29E.4 " / "4.2 ": a paragraph's label numbered within its section (a
// budget fascicle's 29E.4, a bulletin's 4.2), then a space or the text; its
// length (0 when none), with its parts
size_t decimal_label(U32View t, long* a, char32_t* letter, long* b) {
  size_t k = 0;
  long x = 0, y = 0;
  char32_t l = 0;
  while (k < t.size() && t[k] >= U'0' && t[k] <= U'9' && k < 3) x = x * 10 + (t[k++] - U'0');
  if (k == 0 || k >= t.size()) return 0;
  if (t[k] >= U'A' && t[k] <= U'Z') l = t[k++];
  if (k >= t.size() || t[k] != U'.') return 0;
  const size_t d = ++k;
  while (k < t.size() && t[k] >= U'0' && t[k] <= U'9' && k - d < 3) y = y * 10 + (t[k++] - U'0');
  if (k == d || k >= t.size() || !(is_space(t[k]) || is_han(t[k]))) return 0;
  if (a) *a = x;
  if (letter) *letter = l;
  if (b) *b = y;
  return k;
}

bool numeric_cell(U32View f) {
  f = trim_view(f);
  if (f.empty()) return false;
  bool digit = false;
  for (char32_t c : f) {
    if (c >= U'0' && c <= U'9') digit = true;
    else if (!(c == U'.' || c == U',' || c == U'%' || c == U'-' || c == U'–')) return false;
  }
  return digit;
}

// Cells of a row: split at runs of two or more spaces when the line has
// them (pdftotext -layout, where a cell may hold "上午 10 时"), else at
// single spaces (-raw).
std::vector<U32View> split_spaces(U32View f) {
  std::vector<U32View> out;
  split_spaces_into(f, out);
  return out;
}

void split_spaces_into(U32View f, std::vector<U32View>& out) {
  out.clear();
  f = trim_view(f);
  bool wide = false;
  for (size_t i = 0; i + 1 < f.size() && !wide; ++i) wide = is_space(f[i]) && is_space(f[i + 1]);
  size_t i = 0;
  while (i < f.size()) {
    i = skip_spaces(f, i);
    if (i >= f.size()) break;
    size_t j = i;
    while (j < f.size() && !(is_space(f[j]) && (!wide || (j + 1 < f.size() && is_space(f[j + 1]))))) ++j;
    out.push_back(trim_view(f.substr(i, j - i)));
    i = j;
  }
  // single spaces: "16 500" is one number (a space sets off thousands)
  if (!wide) {
    auto digits = [](U32View t, size_t lo, size_t hi) {
      return t.size() >= lo && t.size() <= hi && std::all_of(t.begin(), t.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
    };
    // (and a decimal number so grouped, a budget table's "42 615.3", negative
    // in brackets too, "(1 284.0)")
    auto head = [&](U32View t) { return digits(t.substr(!t.empty() && t[0] == U'(' ? 1 : 0), 1, 3); };
    auto tail = [&](U32View t) {
      if (!t.empty() && t.back() == U')') t.remove_suffix(1);
      if (t.size() > 3 && t[3] == U'.') {
        const U32View frac = t.substr(4);
        if (!digits(frac, 1, 3)) return false;
        t = t.substr(0, 3);
      }
      return digits(t, 3, 3);
    };
    // (merged in place: the cells kept are written at w, never past the one read)
    size_t w = 0;
    for (size_t r = 0; r < out.size(); ++r) {
      const U32View t = out[r];
      if (w > 0 && head(out[w - 1]) && tail(t) && (out[w - 1][0] == U'(') == (t.back() == U')')) {
        const char32_t* b = out[w - 1].data();
        out[w - 1] = U32View(b, static_cast<size_t>(t.data() + t.size() - b));
        continue;
      }
      out[w++] = t;
    }
    out.resize(w);
  }
}

size_t time_prefix(U32View f) {
  size_t i = 0;
  auto period = [&] {
    for (U32View w : {U32View(U"上午"sv), U32View(U"下午"sv), U32View(U"中午"sv), U32View(U"晚上"sv), U32View(U"早上"sv)})
      if (f.substr(i, 2) == w) {
        i = skip_spaces(f, i + 2);
        return;
      }
  };
  auto number = [&] {
    size_t b = i;
    while (i < f.size() && f[i] >= U'0' && f[i] <= U'9' && i - b < 2) ++i;
    return i > b;
  };
  // one time: N 时 [M 分]; `cut` accepts a bare number where a wrap cut it
  auto time = [&](bool cut) {
    size_t save = i;
    period();
    if (!number()) return (i = save, false);
    size_t after_number = i;
    i = skip_spaces(f, i);
    if (i >= f.size() || (f[i] != U'时' && f[i] != U'点')) {
      i = after_number;
      return cut ? true : (i = save, false);
    }
    i = skip_spaces(f, i + 1);
    size_t before_minutes = i;
    if (number()) {
      size_t after = i;
      i = skip_spaces(f, i);
      if (i < f.size() && f[i] == U'分') ++i;
      else if (!cut) i = before_minutes;  // a number that is not minutes
      else i = after;                     // "至 11 时 45": the 分 went to the next line
    }
    return true;
  };
  if (!time(false)) return 0;
  size_t end = i;
  i = skip_spaces(f, i);
  if (i < f.size() && (f[i] == U'至' || f[i] == U'-' || f[i] == U'–' || f[i] == U'到')) {
    i = skip_spaces(f, i + 1);
    if (time(true)) end = i;
  }
  while (end > 0 && is_space(f[end - 1])) --end;
  return end;
}


std::optional<ItemLabel> agenda_item_label(U32View f, bool bare_word) {
  size_t d = 0;
  if (f.substr(0, 4) == U"议程项目"sv) d = 4;
  else if (bare_word && f.substr(0, 2) == U"项目"sv) d = 2;
  else return std::nullopt;
  d = skip_spaces(f, d);
  size_t e = d;
  while (e < f.size() && digit(f[e])) ++e;
  if (e == d) return std::nullopt;
  // 议程项目19(c): a sub-item is part of the number; 议程项目7(续) is not
  auto sub_item = [&] {
    if (e < f.size() && f[e] == U'(' && f.substr(e, 3) != U"(续)"sv) {
      size_t c = f.find(U')', e);
      if (c != U32View::npos && c <= e + 3) e = c + 1;
    }
  };
  sub_item();
  // items taken together or in a range, all part of the number: 议程项目71和72,
  // 议程项目90至108, 议程项目20、21和23
  for (;;) {
    size_t k = skip_spaces(f, e);
    if (k >= f.size() || !(f[k] == U'和' || f[k] == U'至' || f[k] == U'、' || f[k] == U',' || f[k] == U'-' ||
                           f[k] == U'–'))
      break;
    k = skip_spaces(f, k + 1);
    size_t n = k;
    while (n < f.size() && digit(f[n])) ++n;
    if (n == k) break;
    e = n;
    sub_item();
  }
  size_t t = skip_spaces(f, e);
  if (f.substr(t, 3) == U"(续)"sv) t = skip_spaces(f, t + 3);
  if (t < f.size() && (f[t] == U':' || f[t] == U'.')) t = skip_spaces(f, t + 1);
  if (t < f.size() && t == e) return std::nullopt;  // "项目5的…": text, not a label
  return ItemLabel{d, e, t};
}

bool is_vote_label(U32View f) {
  f = trim_view(f);
  if (f.size() != 3 || (f[2] != U'：' && f[2] != U':')) return false;
  const U32View w = f.substr(0, 2);
  return w == U"赞成"sv || w == U"反对"sv || w == U"弃权"sv;
}

bool is_procedural_line(U32View f) {
  f = trim_view(f);
  if (f.size() < 4 || f.size() > 50 || f.back() != U'。') return false;
  static const U32View words[] = {U"主持会议"sv, U"离席"sv, U"暂停"sv, U"复会"sv, U"宣布开会"sv, U"散会"sv};
  // (one pass over the line: at each of the words' first characters, the
  // words that open with it; the same answer as a search for each word)
  for (size_t k = 0; k < f.size(); ++k) {
    const char32_t c = f[k];
    if (c != U'主' && c != U'离' && c != U'暂' && c != U'复' && c != U'宣' && c != U'散') continue;
    for (auto w : words)
      if (w[0] == c && f.substr(k, w.size()) == w) return true;
  }
  return false;
}


bool is_un_venue(U32View f) {
  static const U32View venues[] = {U"纽约"sv, U"日内瓦"sv, U"维也纳"sv, U"内罗毕"sv, U"曼谷"sv, U"亚的斯亚贝巴"sv, U"圣地亚哥"sv,
                                   U"贝鲁特"sv, U"海牙"sv, U"纽约总部"sv, U"联合国总部"sv};
  f = trim_view(f);
  for (auto v : venues)
    if (f == v) return true;
  return false;
}


bool is_operative_formula(U32View f) {
  f = trim_view(f);
  if (f.size() < 3 || f.size() > 12 || (f.back() != U':' && f.back() != U'：')) return false;
  if (starts_with(f, U"兹"sv) || starts_with(f, U"特此"sv) || starts_with(f, U"谨此"sv) || starts_with(f, U"爰"sv))
    return true;
  // (and the formulas that open with their verb: a declaration's "庄严宣布：",
  // a treaty's "议定如下：" / "协议如下：" / "商定如下：", "议定条款如下：")
  static const U32View verbs[] = {U"庄严宣布"sv, U"郑重宣布"sv, U"议定如下"sv, U"协议如下"sv, U"商定如下"sv, U"议定条款如下"sv};
  const U32View g = f.substr(0, f.size() - 1);
  return std::any_of(std::begin(verbs), std::end(verbs), [&](U32View v) { return g == v; });
}


namespace {

// The senders a letter's sender phrase lists ("阿塞拜疆、白俄罗斯和哈萨克斯坦常驻
// 联合国代表"): the phrase cut at 、 和 及 以及 (never inside a name that holds
// one: 波斯尼亚和黑塞哥维那, 大不列颠及北爱尔兰联合王国, 经济及社会理事会, 共和国,
// 阿尔及利亚), and the role the last names (常驻联合国代表, from its first 常驻,
// 驻, 代表, 政府…) given to each that names none of its own. One sender, or a
// list whose last holds no role while another lacks one: the phrase whole.
// f is the folded phrase, t the original (folding keeps positions).
constexpr U32View kRoleStarts[] = {U"常驻"sv, U"驻"sv, U"代表"sv, U"政府"sv, U"观察员"sv, U"外交部"sv,
                                   U"临时代办"sv, U"大使"sv, U"总统"sv, U"总理"sv, U"特使"sv};
constexpr U32View kOwnRoles[] = {U"主席"sv, U"秘书长"sv, U"部长"sv, U"主任"sv, U"协调员"sv, U"小组"sv, U"集团"sv,
                                 U"委员会"sv, U"团"sv};
constexpr U32View kJoinedNames[] = {U"安提瓜和巴布达"sv, U"波斯尼亚和黑塞哥维那"sv, U"圣基茨和尼维斯"sv,
                                    U"圣文森特和格林纳丁斯"sv, U"圣多美和普林西比"sv, U"特立尼达和多巴哥"sv,
                                    U"大不列颠及北爱尔兰"sv, U"塞尔维亚和黑山"sv, U"特克斯和凯科斯"sv,
                                    U"经济及社会理事会"sv, U"粮食及农业组织"sv, U"教育、科学及文化组织"sv,
                                    U"拉丁美洲和加勒比"sv, U"亚洲及太平洋"sv, U"西欧和其他国家"sv,
                                    U"非洲、加勒比和太平洋"sv, U"和平"sv, U"和解"sv};

// where the role begins in a name (0 or npos: none after a name)
size_t role_start(U32View f) {
  size_t best = U32View::npos;
  for (auto r : kRoleStarts)
    if (const size_t p = f.find(r); p != U32View::npos && p > 0 && p < best) best = p;
  return best;
}

bool own_role(U32View f) {
  if (role_start(f) != U32View::npos) return true;
  for (auto r : kOwnRoles)
    if (f.find(r) != U32View::npos) return true;
  return false;
}

// the pieces [begin, end) of f between its list separators
std::vector<std::pair<size_t, size_t>> list_pieces(U32View f) {
  std::vector<bool> kept(f.size(), false);
  for (auto n : kJoinedNames)
    for (size_t p = f.find(n); p != U32View::npos; p = f.find(n, p + 1))
      for (size_t k = p; k < p + n.size(); ++k) kept[k] = true;
  std::vector<std::pair<size_t, size_t>> out;
  size_t from = 0;
  for (size_t k = 0; k < f.size(); ++k) {
    if (kept[k]) continue;
    size_t len = 0;
    if (f[k] == U'、' || f[k] == U',' || f[k] == U'，') len = 1;
    else if (f[k] == U'以' && k + 1 < f.size() && f[k + 1] == U'及') len = 2;
    else if (f[k] == U'和' && !(k > 0 && f[k - 1] == U'共')) len = 1;
    else if (f[k] == U'及' && !(k > 0 && (f[k - 1] == U'埃' || f[k - 1] == U'尔' || f[k - 1] == U'普'))) len = 1;
    if (len == 0) continue;
    out.emplace_back(from, k);
    from = k + len;
    k += len - 1;
  }
  out.emplace_back(from, f.size());
  return out;
}

std::vector<std::string> split_senders(U32View f, U32View t) {
  const auto pieces = list_pieces(f);
  std::vector<std::string> out;
  if (pieces.size() < 2) return {to_utf8(t)};
  for (const auto& pc : pieces)
    if (trim_view(f.substr(pc.first, pc.second - pc.first)).empty()) return {to_utf8(t)};
  const U32View last = f.substr(pieces.back().first, pieces.back().second - pieces.back().first);
  const size_t r = role_start(last);
  const U32View tail = r == U32View::npos ? U32View() : t.substr(pieces.back().first + r, last.size() - r);
  for (const auto& pc : pieces) {
    const U32View name = trim_view(t.substr(pc.first, pc.second - pc.first));
    if (own_role(f.substr(pc.first, pc.second - pc.first))) out.push_back(to_utf8(name));
    else if (!tail.empty()) out.push_back(to_utf8(name) + to_utf8(tail));
    else return {to_utf8(t)};
  }
  return out;
}

}  // namespace

std::optional<LetterHead> letter_head(U32View title) {
  // [date] sender 给 addressee 的信 / 的同文信 (one letter to two: the
  // Secretary-General and the Council's President) / 的普通照会 / 的照会 / 的函
  U32 f = fold(title);
  U32View v = without_trailing_markers(f);
  // (a letter of several senders names them after a colon: "…下列国家常驻联合国
  // 代表致会议委员会主席的信：文莱达鲁萨兰国、柬埔寨…和越南")
  static const U32View endings[] = {U"的普通照会"sv, U"的照会"sv, U"的同文信"sv, U"的信"sv, U"的函"sv};
  // (each ending with its colon, made once: this is asked of many lines)
  static const std::array<U32, std::size(endings)> with_colon = [] {
    std::array<U32, std::size(endings)> a;
    for (size_t k = 0; k < std::size(endings); ++k) a[k] = U32(endings[k]) + U':';
    return a;
  }();
  size_t cut = U32View::npos;
  for (size_t n = 0; n < std::size(endings); ++n) {
    const U32View e = endings[n];
    if (v.size() > e.size() && v.substr(v.size() - e.size()) == e) {
      cut = v.size() - e.size();
      break;
    }
    if (const size_t c = v.find(with_colon[n]); c != U32View::npos && c > 0 && c + e.size() + 1 < v.size() &&
                                                !contains(v.substr(c + e.size() + 1), U'。')) {
      cut = c;
      break;
    }
  }
  if (cut == U32View::npos) return std::nullopt;
  // sender 给 addressee, or 致 ("…常驻联合国代表致会议委员会主席的信"; not 一致)
  size_t gei = v.rfind(U'给', cut);
  if (gei == U32View::npos)
    for (size_t k = cut; k-- > 1;)
      if (v[k] == U'致' && v[k - 1] != U'一') {
        gei = k;
        break;
      }
  if (gei == U32View::npos || gei == 0) return std::nullopt;
  LetterHead h;
  std::string iso;
  size_t n = chinese_date_at(v, 0, &iso, false);
  if (n > 0) h.date = iso;
  const U32View t(title);  // the original characters (folding keeps positions)
  h.sender = to_utf8(trim_view(t.substr(n, gei - n)));
  h.addressee = to_utf8(trim_view(t.substr(gei + 1, cut - gei - 1)));
  if (h.sender.empty() || h.addressee.empty()) return std::nullopt;
  // the senders: listed in the phrase, or after the title's colon where the
  // phrase names them as 下列国家 ("下列国家常驻联合国代表…的信：文莱达鲁萨兰国、
  // 柬埔寨…和越南", each state with the phrase's role)
  const U32View fs = trim_view(v.substr(n, gei - n));
  const size_t lead = n + static_cast<size_t>(fs.data() - v.substr(n).data());
  const U32View ts = t.substr(lead, fs.size());
  U32View list_f, list_t;
  for (size_t k = cut; k < v.size(); ++k)
    if (v[k] == U':' || v[k] == U'：') {
      list_f = trim_view(without_trailing_markers(v.substr(k + 1)));
      const size_t at = static_cast<size_t>(list_f.data() - v.data());
      list_t = t.substr(at, list_f.size());
      break;
    }
  if (starts_with(fs, U"下列"sv) && !list_f.empty() && role_start(fs) != U32View::npos) {
    const U32View tail = ts.substr(role_start(fs));
    for (const auto& pc : list_pieces(list_f)) {
      const U32View name = trim_view(list_t.substr(pc.first, pc.second - pc.first));
      if (!name.empty()) h.senders.push_back(to_utf8(name) + to_utf8(tail));
    }
  }
  if (h.senders.empty()) h.senders = split_senders(fs, ts);
  return h;
}

}  // namespace undoc::conv
