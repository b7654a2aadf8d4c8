// The kind of document, decided after parsing from the evidence the passes
// found: a record's meeting, a resolution's number, adoption line and enacting
// formula, a letter's title, an instrument's articles. Null when none is clear.
#include <algorithm>

#include "parser.hpp"

namespace undoc::detail {

using namespace std::literals;

namespace {

bool ends_with(const std::string& s, std::string_view e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}
bool has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

// The title with spaces dropped (a letter-spaced 临 时 议 程) and without a
// marker at its end (秘书长的报告*, …¹).
std::string compact(const std::optional<std::string>& t) {
  if (!t) return {};
  const U32 whole = from_utf8(*t);
  return to_utf8(without_spaces(conv::without_trailing_markers(whole)));
}

// t without the bracket that closes it, where `is_it` holds of what the
// bracket holds, the closing bracket with it: the part of a report issued in
// parts, …的报告(第二部分); a session's dates, …届会议报告(2023年2月6日至15日)
template <class Is>
std::string without_end_bracket(std::string t, Is is_it) {
  for (std::string_view open : {"("sv, "（"sv})
    if (const size_t b = t.rfind(open); b != std::string::npos && b > 0 &&
                                        is_it(std::string_view(t).substr(b + open.size())))
      t.erase(b);
  return t;
}

// A decision's number as a compilation heads it ("2023/201", "77/418"): the
// decisions of a year's or a session's series are numbered on from 201
// (ECOSOC, 2023/201) or 401 (the General Assembly, 77/401), after its
// resolutions (2023/1…, 77/1…)
bool decision_number(const std::string& n) {
  const size_t slash = n.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 >= n.size() || n.size() > 12) return false;
  auto digits = [](std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::string_view a(n.data(), slash), b(n.data() + slash + 1, n.size() - slash - 1);
  if (!digits(a) || !digits(b) || b.size() > 3) return false;
  const long v = std::stol(std::string(b));
  return a.size() == 4 ? v >= 201 : v >= 401;
}

}  // namespace

std::optional<std::string> document_kind(const Document& d) {
  const FrontMatter& fm = d.front_matter;
  const std::string title = compact(fm.title), subtitle = compact(fm.subtitle);
  size_t articles = 0, items = 0, formulas = 0, decisions = 0, chapters = 0;
  // (a compilation of decisions alone, an executive board's: "执行局2023年年度会议
  // 通过的决定", its decisions numbered from 1, 2023/10.)
  const bool decisions_compiled =
      compilation_title(from_utf8(title)) && has(title, "决定") && !has(title, "决议");
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.number &&
        (ends_with(*n.number, "号决定") || decision_number(*n.number) ||
         (decisions_compiled && n.section_kind == "subsection"sv && n.label.ends_with(".") && has(*n.number, "/"))))
      ++decisions;
    if (n.kind == NodeKind::Section && n.section_kind == "article"sv) ++articles;
    if (n.kind == NodeKind::Section && n.section_kind == "chapter"sv) ++chapters;
    if (n.kind == NodeKind::Section && n.section_kind == "item"sv) ++items;
    // an organ's formula (大会，), not the parties of an instrument (本公约缔约国，, 本协定缔约方，,
    // an agreement's 联合国与…政府，)
    // (nor a board's draft decision at the end of its report: 执行局; nor an
    // instrument's or a declaration's operative formula, 兹宣布： / 兹协议如下：)
    if (n.kind == NodeKind::Paragraph && n.paragraph_kind == "formula"sv && !has(n.text, "缔约国") &&
        !has(n.text, "缔约方") && !conv::parties_formula(from_utf8(n.text)) &&
        !conv::is_operative_formula(from_utf8(n.text)) &&
        !has(n.text, "执行局"))
      ++formulas;
  });
  // a record: its meeting heading (第12次会议简要记录), or a meeting with
  // agenda-item headings or opening and closing times
  if (fm.meeting && (has(fm.meeting->text, "记录") || items > 0 || fm.meeting->opened || fm.meeting->closed))
    return "record";
  // (or the symbol says so: A/DEC/78/512, E/DEC/2023/206, the decisions' series)
  const bool decision = (fm.adoption && ends_with(fm.adoption->text, "决定")) || ends_with(title, "号决定") ||
                        (fm.symbol && has(*fm.symbol, "/DEC/"));
  if (fm.resolution_number || fm.adoption) return decision ? "decision" : "resolution";
  // a committee's report to the Assembly, the drafts it recommends included
  // (one issued in parts, the part in brackets: 第五委员会的报告(第二部分))
  auto without_part = [](const std::string& t) {
    return without_end_bracket(t, [](std::string_view in) {
      return in.starts_with("第") && (in.ends_with("部分)") || in.ends_with("部分）"));
    });
  };
  if (ends_with(without_part(subtitle), "委员会的报告") || ends_with(without_part(title), "委员会的报告"))
    return "report";
  // a body's report on its session, in chapters, the drafts it recommends in
  // the first (a functional commission's to the Council: 第六十一届会议报告
  // (2022年2月18日和2023年2月6日至15日), the session's dates in brackets)
  if (chapters > 0) {
    const std::string core = without_end_bracket(title, [](std::string_view in) {
      return in.find("年") != std::string_view::npos && (in.ends_with(")") || in.ends_with("）"));
    });
    // (and a UN conference's report, the resolutions it adopted in its first
    // chapter, each with its formula: 联合国旱地与粮食安全会议的报告)
    for (std::string_view e : {"届会议报告"sv, "会议的报告"sv, "届会报告"sv, "届会的报告"sv})
      if (ends_with(core, e)) return "report";
  }
  // a compilation of decisions (第77/418号决定 headings), one set out with its
  // formula or not; not a report or a note that cites them in its headings
  const bool reported = ends_with(subtitle, "的报告") || ends_with(subtitle, "的说明");
  // (one decision will do under a title naming the decisions it compiles:
  // 经济及社会理事会2023年届会通过的决议和决定)
  if ((decisions >= 2 || (decisions == 1 && ends_with(title, "决定"))) && !reported) return "decision";
  // (a report or note that transmits a body's drafts, its formula among them,
  // is that report or note: 统计委员会关于第五十四届会议工作的报告 / 秘书处的说明)
  if (formulas > 0 && !reported) return decision ? "decision" : "resolution";
  // a draft: …提出的决议草案 / …的决定草案
  // (the line naming who submits it stands as the subtitle: 大会主席提交的决议草案)
  if (ends_with(title, "决议草案") || ends_with(subtitle, "决议草案")) return "resolution";
  if (ends_with(title, "决定草案") || ends_with(subtitle, "决定草案")) return "decision";
  for (const std::string* t : {&title, &subtitle}) {
    if (ends_with(*t, "的信") || ends_with(*t, "同文信") || ends_with(*t, "照会") || ends_with(*t, "的函")) return "letter";
    // (a letter of several senders, listed after its title's colon: "…致会议委员会主席的信：文莱…和越南")
    if (!t->empty() && conv::letter_head(from_utf8(*t))) return "letter";
    // (and the provisional agenda with its annotations: 临时议程和说明)
    if (*t == "临时议程" || *t == "议程" || *t == "暂定议程" || ends_with(*t, "临时议程") || *t == "临时议程和说明" ||
        *t == "临时议程及说明")
      return "agenda";
    if (ends_with(*t, "工作文件")) return "working_paper";
    // (and a statement a body's observer submits, which the Secretary-General
    // circulates as the paper is: "具有经济及社会理事会咨商地位的非政府组织X提交
    // 的声明", "…提交的书面声明", "…提交的联合书面声明")
    if (ends_with(*t, "声明") && has(*t, "提交的")) return "working_paper";
  }
  for (const std::string* t : {&subtitle, &title}) {
    // (a programme budget's proposals, the Secretary-General's, a fascicle a section: 2024年拟议方案预算)
    if (ends_with(*t, "的报告") || ends_with(*t, "报告") || ends_with(*t, "拟议方案预算")) return "report";
    if (ends_with(*t, "的说明")) return "note";
  }
  // the Secretariat's administrative issuances (ST/SGB/2009/4 names three): a
  // Secretary-General's bulletin, an administrative instruction, an information
  // circular (情况通报, also rendered 信息通告), each naming its type above the title
  for (const auto& n : fm.notes)
    if (n == "秘书长公报" || n == "行政指示" || n == "情况通报" || n == "信息通告") return "instrument";
  // (a budget fascicle, titled by its section, the programme budget's title
  // among its notes: 2024年拟议方案预算 / 第八编 / … / 第29E款 / 行政，日内瓦;
  // the note made compact only where it may be one)
  for (const auto& n : fm.notes)
    if (ends_with(n, "方案预算") && ends_with(compact(n), "拟议方案预算")) return "report";
  // treaty bodies' concluding observations; a document with a summary (摘要)
  // that no other evidence names is a report
  if (ends_with(title, "结论性意见")) return "report";
  // (and their lists of issues, …定期报告的问题清单, 报告前问题清单; an executive
  // board's country programme documents, 莱索托国家方案文件, 共同国家方案文件草案)
  if (ends_with(title, "问题清单") || ends_with(title, "方案文件") || ends_with(title, "方案文件草案"))
    return "report";
  // (and their general comments and general recommendations, issued in the
  // committee's series as the two above are, the year adopted in brackets:
  // 关于…的第28号一般性意见(2023年), 关于…的第39号一般性建议(2022年), a joint
  // one's …联合一般性建议/…第18号联合一般性意见(2019年); or, the title not
  // read, the series' symbol: CRC/C/GC/28, CCPR/C/GC/37, E/C.12/GC/25,
  // CEDAW/C/GC/39. Not an instrument: a committee's reading of its treaty,
  // not a text that States adopt or that binds them)
  {
    const std::string core = without_end_bracket(title, [](std::string_view in) {
      return in.size() <= 12 && (in.ends_with("年)") || in.ends_with("年）"));
    });
    if (ends_with(core, "一般性意见") || ends_with(core, "一般性建议")) return "report";
    if (fm.symbol && has(*fm.symbol, "/GC/")) return "report";
  }
  auto summary = [](const std::string& t) { return t == "摘要" || t == "概要"; };
  for (const auto& p : fm.paragraphs)
    if (p.paragraph_kind == "heading"sv && summary(compact(p.text))) return "report";
  // (or the summary heads the body: the title's report line lost or never set)
  if (!d.body.empty() && d.body.front().kind == NodeKind::Section && summary(compact(d.body.front().title)))
    return "report";
  // a presidential statement of the Security Council: the Council's decision, as its
  // Resolutions and Decisions print it
  if (title == "安全理事会主席的声明" || (fm.symbol && has(*fm.symbol, "/PRST/"))) return "decision";
  static constexpr std::string_view instruments[] = {"公约", "宪章", "宣言", "议定书", "规则", "章程", "规约", "协定"};
  for (auto w : instruments)
    if (has(title, w) && articles > 0) return "instrument";
  if (articles >= 3 && !fm.symbol) return "instrument";
  // (last, the symbol's series, where nothing above tells: A/RES/78/1 and
  // S/RES/2700 (2023) a resolution's, A/78/PV.12 and S/PV.9400 a verbatim
  // record's, A/C.6/77/SR.12 a summary record's, S/Agenda/9400 an agenda's)
  if (fm.symbol) {
    const std::string& s = *fm.symbol;
    if (has(s, "/RES/")) return "resolution";
    if (has(s, "/PV.") || has(s, "/SR.")) return "record";
    if (has(s, "/Agenda/") || has(s, "/AGENDA/")) return "agenda";
    // (and the Secretariat's issuances, whose type line is not there or not
    // read: ST/SGB/2023/1, ST/AI/2023/2, ST/IC/2023/15)
    if (s.starts_with("ST/SGB/") || s.starts_with("ST/AI/") || s.starts_with("ST/IC/")) return "instrument";
  }
  return std::nullopt;
}

}  // namespace undoc::detail
