// Conventions of UN documents as pure functions of a piece of folded text
// (see text.hpp): what a line or phrase is, not where it stands. The parser
// decides with context; these only recognise.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "undoc/model.hpp"
#include "undoc/text.hpp"

namespace undoc::conv {

bool contains(U32View s, char32_t c);
bool starts_with(U32View s, U32View p);

// full-width punctuation that closes (，。；：、！？）》」』”) or opens (（《「『“)
bool is_cjk_closing(char32_t c);
// a folded line of nothing but closing marks, three at most ("。", "”。", ")；"):
// what a wrap at a count of characters leaves of a sentence's end
bool only_closing_marks(U32View f);
bool is_cjk_opening(char32_t c);

// "29E.4 " / "4.2 ": a paragraph's label numbered within its section (a
// budget fascicle's, a bulletin's), then a space or the text: its length (0
// when none), with its parts
size_t decimal_label(U32View t, long* a = nullptr, char32_t* letter = nullptr, long* b = nullptr);
// 鉴于, 回顾, 注意到…: the opening words of preambular paragraphs
bool is_preamble_start(U32View f);
// 请, 又请, 鼓励, 邀请…: the opening words of operative clauses
// (verbs_only: 请, 邀请, 敦促… alone, words that open nothing but a clause)
bool is_operative_start(U32View f, bool verbs_only = false);
// "所有 移徙者" -> "所有移徙者": spaces a wrap left between CJK characters
U32 drop_cjk_wrap_spaces(U32View s);
// "27 July 2006" or "2006年7月27日" anywhere in the text -> "2006-07-27"
std::optional<std::string> find_date(U32View f);
// "2006 年 7 月 12 日" starting at p: its length and ISO date (with month_only,
// "2006 年 7 月" too, as "2006-07"); 0 when none starts there
size_t chinese_date_at(U32View f, size_t p, std::string* iso, bool month_only);
// a footnote label (¹², 6, *) -> its id ("12", "6", "*")
std::string id_of(U32View label);

// front matter
bool is_organ(U32View f);                                // 大会, 安全理事会, …
// a main committee of the Assembly named in the masthead: "第三委员会",
// "特别政治和非殖民化委员会(第四委员会)" (folded)
bool main_committee_line(U32View f);
// the body a formula names: an organ, a commission (统计委员会), a conference
// of parties (缔约方会议)
bool is_enacting_body(U32View who);
// a decision's formula over its lettered clauses, its body and a colon:
// "统计委员会：", "在2023年6月7日第12次全体会议上，经济及社会理事会："
bool colon_formula(U32View g);
// a line that is a date and nothing else: "2006年12月20日", "27 July 2006"
std::optional<std::string> date_only(U32View f);
// "2023 年 4 月 27 日和 28 日，阿斯塔纳": a meeting's date and place, a line of its own
bool dateline(U32View f);
// A treaty's closing lines: its testimonium ("…在本公约上签字，以昭信守。")
// and its place and date of signing ("二〇二三年十一月十五日订于纽约，正本一份。"),
// the date read in ISO form.
bool is_testimonium(U32View f);
// "请将本信及其附件作为…的文件分发为荷。": a letter's request to circulate it
bool is_circulation_request(U32View f);
// "…常驻联合国代表团借此机会再次向秘书长致以最崇高的敬意。": a note verbale's
// closing courtesy, a paragraph of its own
bool is_courtesy_closing(U32View f);
// "秘书长收到下列声明，现根据经济及社会理事会第1996/31号决议第36和37段分发。": the
// note under the title of a statement an observer submits, saying the body
// circulates it as received ("下列书面声明", "以下联合书面声明", "现依照…分发");
// true of its first words, "秘书长收到下列" / "秘书长收到以下"
bool opens_circulation_note(U32View f);
// "安东尼奥·古特雷斯", "穆萨·法基·穆罕默德", "张军": a person's name alone
// (Han characters parted by a middle dot, or two to four Han characters)
bool personal_name(U32View f);
std::optional<std::string> treaty_done_at(U32View f);
// 第六十一届会议, 2023年届会, 2006年实质性会议, 第十届紧急特别会议续会, 第七十八年
struct Session {
  std::optional<long> number;
};
std::optional<Session> session_line(U32View f);
// "2023年6月16日年度会议", "2023年2月8日第一届常会": a day and an executive
// board's session on one line (a board's decision closes so); the ISO date
std::optional<std::string> board_session_date(U32View f);
// "年度会议", "第一届常会", "第二届常会续会": an executive board's session named without its year
bool board_session_name(U32View f);
// 2023年6月23日经济及社会理事会决议, 2023年7月27日安全理事会第9385次会议通过
struct AdoptionLine {
  std::string date;
  std::optional<std::string> organ;
};
std::optional<AdoptionLine> adoption_line(U32View f);
// the text without a footnote marker at its end (第12次会议简要记录*, 秘书长的报告¹)
U32View without_trailing_markers(U32View f);
// 请回收 (Please recycle): the recycling mark's caption on a first page foot
bool is_recycle_note(U32View f);
// A TOC leader character: . … · ．
bool is_toc_leader(char32_t c);
// An agenda item's number alone: 24, 68(b)
bool is_item_number(U32View f);
// "议程项目78：标题", "议程项目7(续)", "议程项目19(c)" (and "项目 5" with bare_word):
// where the item number is and where the title starts
struct ItemLabel {
  size_t number_begin = 0, number_end = 0, title = 0;
};
std::optional<ItemLabel> agenda_item_label(U32View f, bool bare_word);
// 第83次全体会议, 第12次会议简要记录: the meeting number
std::optional<long> meeting_number(U32View f);
// 上午10时10分宣布开会。/ 下午1时散会。: the time as HH:MM (opened: which of the two)
std::optional<std::string> adjourned_at(U32View f, bool* opened);
// 兹宣布： / 兹协议如下： (the operative formula of a declaration or convention)
bool is_operative_formula(U32View f);
// "2023年4月26日乌克兰常驻联合国代表团给秘书长的普通照会": date, sender, addressee
std::optional<LetterHead> letter_head(U32View title);
// a place where UN bodies meet, alone on a line: 纽约, 日内瓦, 维也纳…
bool is_un_venue(U32View f);
// a record's procedural line: 主席离席，由副主席…主持会议。/ 会议于…暂停，…复会。
bool is_procedural_line(U32View f);
// 并 and a preamble's verb (并强调…): the clause above goes on, none opens
// ("…的关键作用，" / "并强调…"; but "并为达此目的，" is a clause of a charter's own)
bool goes_on_with_bing(U32View f);
// a recorded vote's label, alone on its line: 赞成： / 反对： / 弃权： (the
// members voting so listed below it)
bool is_vote_label(U32View f);
// a signature line at a letter's foot: (签名)某某, 常驻代表
bool is_signature_line(U32View f);
// a party's representative over its signature in an agreement's signature
// block: "联合国代表：", "…政府代表：", "代表…政府："
bool representative_label(U32View f);
bool is_enacting_formula(U32View f);                     // 大会，
// "联合国与卡斯特拉共和国政府，": the parties to an agreement naming
// themselves at the head of its preamble, as 本协定缔约方， does
bool parties_formula(U32View f);
// "经济及社会理事会" / "建议大会通过下列决议草案：": an organ's name alone, no
// comma, over a clause that opens with its verb and ends in a colon (the
// Council's resolution recommending a draft to the Assembly): the enacting
// formula as the Chinese text sets it there (both lines folded)
bool formula_without_comma(U32View f, U32View next);
// "在2023年6月6日第12次全体会议上，…": a decision's text (a statement's
// introduction) opening with the meeting it was taken at
bool opens_with_meeting(U32View f);
// "[原件：俄文和英文]", "[原文：法文]": an annex's note of its original language
bool original_language_note(U32View f);
// "致：…", "发件人：…", "事由：…": a field of a memorandum's head (an
// information circular's, an inter-office memorandum's), folded
bool memo_field(U32View f);
std::optional<size_t> resolution_title_at(U32View f);    // "61/295. 标题": where the dot is
size_t item_number_at(U32View f);                        // where "项目 54(b)" starts, or npos
bool is_front_matter_break(U32View f);                   // 秘书长的报告, 摘要: a title stops before
// "老年人享有人权问题独立专家的报告", "…问题特别报告员的报告", "…问题工作组的报告":
// a mandate holder's report, which goes under a title of its own (the line),
// not its agenda item's
bool mandate_holder_report(U32View f);
bool ends_mid_phrase(U32View f);                         // "…听询会的": the title goes on
// 第2023/201号决定, 第77/418号决定 (第 77/418 号决定 as spaced): a decision's number
// line, a heading of a compilation of decisions
bool numbered_decision_line(U32View f);
// what such a line numbers the decision by: an organ's 77/418, 2023/201; a
// convention's bodies' 1/CP.28, 3/CMA.5, 2/CMP.18, BC-16/1, XXXV/1
bool decision_number_text(U32View num);
// "经济及社会理事会2023年届会通过的决议和决定": a compilation's title
bool compilation_title(U32View t);

// paragraphs
bool starts_sub_item(U32View f);  // (a) (i) (一) a) • —
// A heading's label of a small letter (or small roman numerals) in brackets,
// "(a)" of "(a)\t人权条约的执行情况" (an agenda item's sub-item as a record's
// heading or its contents' row): the letters (the heading's number) and where
// its title starts (after the spaces); nullopt when the line opens otherwise
// or nothing follows the label (f folded)
struct LetteredLabel {
  U32View letters;  // "a", "iv"
  size_t close;     // the index of ")"
  size_t title;     // where the title starts
};
std::optional<LetteredLabel> lettered_label(U32View f);

// table of contents: "title<TAB>23-29<TAB>6", "title ....... 23-29 6", "title 6"
struct TocTail {
  size_t title_end = 0;  // in the folded line
  std::optional<std::pair<long, long>> range;
  std::optional<long> page;
  bool tab = false;
};
std::optional<TocTail> toc_tail(U32View f);
// "1-4" or "23" alone: a TOC cell that extraction split off
std::optional<std::pair<long, long>> number_cell(U32View f);

// "上午 10 时 35 分 至 11 时 45 分" at the start of a line: how many code points
// the time (or time range) takes, 0 when the line opens with none. A range
// cut by a wrap ("至 11 时 45") counts up to where it was cut.
size_t time_prefix(U32View f);

// tables that extraction flattened
int ink_width(U32View f);                         // width without the spaces that lay out columns
// ink_width(f) <= limit, read only as far as it takes to know
bool ink_within(U32View f, int limit);
bool numeric_cell(U32View f);                     // 156.3, 19, 67%
std::vector<U32View> split_spaces(U32View f);     // cells at runs of spaces (or single spaces)
void split_spaces_into(U32View f, std::vector<U32View>& out);  // the same into out (its room reused)

}  // namespace undoc::conv
