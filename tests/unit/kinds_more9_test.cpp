// Kinds of document, more (helper 4 of the ninth round): a General Assembly
// plenary verbatim record with recorded votes (进行了记录表决。 / 赞成： / the
// States parted by 、 / 反对： / … / 弃权： / … / "决议草案…以115票赞成、8票反对、
// 44票弃权获得通过(第78/131号决议)。"), a statement of programme budget
// implications (秘书长根据大会议事规则第153条提交的说明: amounts in groups of
// three parted by spaces, a table of requirements by object of expenditure, 所要求
// 的行动), and a functional commission's report (第一章 需要经济及社会理事会采取行动
// 或提请理事会注意的事项: draft resolutions and decisions, a draft decision's
// provisional agenda, and the recorded vote in the chapter on action). samples/
// holds whole documents of these kinds in two shapes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/text.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more9_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const std::string kRecordHead =
    "联合国\tA/78/PV.49\n"
    "大会\n"
    "第七十八届会议\n"
    "正式记录\n"
    "第49次全体会议\n"
    "2023年12月6日星期三下午3时举行\n"
    "纽约\n"
    "\n"
    "主席： 弗朗西斯先生 (特立尼达和多巴哥)\n"
    "\n"
    "下午3时05分宣布开会。\n"
    "\n";

const std::string kFavour =
    "阿尔巴尼亚、阿尔及利亚、安道尔、安哥拉、安提瓜和巴布达、阿根廷、亚美尼亚、澳大利亚、奥地利、阿塞拜疆、巴哈马、巴林、"
    "孟加拉国、巴巴多斯、比利时、伯利兹、贝宁、不丹、博茨瓦纳、巴西、保加利亚、布基纳法索、佛得角、柬埔寨";
const std::string kAgainst = "白俄罗斯、布隆迪、尼加拉瓜、俄罗斯联邦";
const std::string kAbstain =
    "阿富汗、乍得、中国、古巴、赤道几内亚、埃塞俄比亚、印度、伊朗伊斯兰共和国、伊拉克、哈萨克斯坦、基里巴斯、吉尔吉斯斯坦、"
    "老挝人民民主共和国、利比亚、马里、毛里塔尼亚、蒙古、缅甸、瑙鲁";

std::vector<std::string> texts(const Document& d) {
  std::vector<std::string> out;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph)) out.push_back(n->text);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

// A record's recorded votes, a paragraph a line, speeches set off by blank
// lines under each item: the lists of States end with no stop, and were
// counted as lines running on mid-sentence, so the record was read as blocks
// and each speaker's paragraphs, and each label with its list, glued together.
// Each label and each list is a paragraph of its own, and so is the vote's
// result below the last list.
TEST(KindsMore9, RecordedVoteListsKeepARecordAParagraphALine) {
  const std::string text = kRecordHead +
                           "议程项目31(续)\n海洋和海洋法\n决议草案(A/78/L.27)\n\n"
                           "代理主席(以西班牙语发言)：大会现在就决议草案A/78/L.27作出决定。已要求进行记录表决。\n"
                           "进行了记录表决。\n"
                           "赞成：\n" + kFavour + "\n反对：\n" + kAgainst + "\n弃权：\n" + kAbstain + "\n"
                           "决议草案A/78/L.27以24票赞成、4票反对、19票弃权获得通过(第78/131号决议)。\n"
                           "奥卡福先生(尼日利亚)(以英语发言)：尼日利亚投了赞成票。沿海渔业社区的生计取决于健康的海洋生态系统。\n"
                           "我们欢迎决议就加强区域渔业管理组织之间的信息交流作出的规定。\n\n"
                           "议程项目64\n促进和保护儿童权利\n决议草案(A/78/L.30)\n\n"
                           "代理主席(以西班牙语发言)：我现在将执行部分第9段付诸表决。\n"
                           "进行了记录表决。\n"
                           "赞成：\n" + kFavour + "\n反对：\n" + kAgainst + "\n弃权：\n" + kAbstain + "\n"
                           "执行部分第9段以24票赞成、4票反对、19票弃权获得保留。\n"
                           "哈桑先生(埃及)(以阿拉伯语发言)：埃及对执行部分第9段投了弃权票。\n"
                           "我们认为该段的措辞未充分考虑各国的国内立法。\n\n"
                           "下午6时10分散会。\n";
  const Document d = doc_of(text);
  EXPECT_EQ(d.source.layout.shape, "paragraph_per_line");
  const auto t = texts(d);
  EXPECT_TRUE(has(t, "赞成："));
  EXPECT_TRUE(has(t, kFavour));
  EXPECT_TRUE(has(t, "反对："));
  EXPECT_TRUE(has(t, kAgainst));
  EXPECT_TRUE(has(t, kAbstain));
  EXPECT_TRUE(has(t, "决议草案A/78/L.27以24票赞成、4票反对、19票弃权获得通过(第78/131号决议)。"));
  EXPECT_TRUE(has(t, "执行部分第9段以24票赞成、4票反对、19票弃权获得保留。"));
  EXPECT_TRUE(has(t, "我们欢迎决议就加强区域渔业管理组织之间的信息交流作出的规定。"));
}

// A paragraph a line, too few blocks to read as blocks: the last list, long
// and with no stop, took the vote's result below it for the rest of a line
// cut at a count of characters ("…瑙鲁" / "决议草案…获得通过…。").
TEST(KindsMore9, RecordedVoteListEndsAtItsLine) {
  const std::string text = kRecordHead +
                           "议程项目31(续)\n海洋和海洋法\n决议草案(A/78/L.27)\n\n"
                           "代理主席(以西班牙语发言)：大会现在就决议草案A/78/L.27作出决定。已要求进行记录表决。\n"
                           "进行了记录表决。\n"
                           "赞成：\n" + kFavour + "\n反对：\n" + kAgainst + "\n弃权：\n" + kAbstain + "\n"
                           "决议草案A/78/L.27获得通过(第78/131号决议)。\n"
                           "代理主席(以西班牙语发言)：我们听取了最后一位解释投票的发言者的发言。\n\n"
                           "下午6时10分散会。\n";
  const Document d = doc_of(text);
  EXPECT_EQ(d.source.layout.shape, "paragraph_per_line");
  const auto t = texts(d);
  EXPECT_TRUE(has(t, kAbstain));
  EXPECT_TRUE(has(t, "决议草案A/78/L.27获得通过(第78/131号决议)。"));
}

// The record hard-wrapped over pages: the list in favour runs over a page
// break (its last line on the page ends with 、) and stays one paragraph; a
// note "[随后，…它原打算投赞成票。]" ends its sentence inside its bracket, and
// the next page's speaker opens a paragraph of its own; the "*" marker after
// the vote's result calls the note at the page's foot.
TEST(KindsMore9, RecordedVoteWrappedOverPages) {
  const Document d = doc_of(test::read_file("samples/record-verbatim-ga-plenary-recorded-vote-wrap.txt"));
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  const auto t = texts(d);
  const auto favour = std::find_if(t.begin(), t.end(), [](const std::string& s) { return s.starts_with("阿尔巴尼亚"); });
  ASSERT_NE(favour, t.end());
  EXPECT_NE(favour->find("塞浦路斯"), std::string::npos);  // (the next page's first member)
  EXPECT_TRUE(favour->ends_with("斯洛文尼亚"));
  EXPECT_TRUE(has(t, "[随后，赞比亚代表团通知秘书处，它原打算投赞成票。]"));
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].refs.size(), 1u);
}

// Python's textwrap.wrap(line, width) on code points: words are runs up to a
// space, a line takes the words that fit, a word longer than a line is cut to
// fill it, and the space at a break is dropped (a TAB's row is kept whole)
std::string textwrap(const std::string& text, size_t width) {
  std::string out;
  U32 all = from_utf8(text);
  size_t start = 0;
  while (start <= all.size()) {
    size_t nl = all.find(U'\n', start);
    if (nl == U32::npos) nl = all.size();
    const U32 line = all.substr(start, nl - start);
    start = nl + 1;
    if (line.find(U'\t') != U32::npos || line.size() <= width) {
      out += to_utf8(line) + "\n";
      continue;
    }
    std::vector<U32> words;
    size_t k = 0;
    while (k < line.size()) {
      size_t e = line.find(U' ', k);
      if (e == U32::npos) e = line.size();
      words.push_back(line.substr(k, e - k));
      k = e + 1;
    }
    U32 cur;
    for (U32 w : words) {
      if (!cur.empty() && cur.size() + 1 + w.size() <= width) {
        cur += U' ';
        cur += w;
        continue;
      }
      if (!cur.empty() && cur.size() + 1 < width && w.size() > width) {  // a long word fills the line
        cur += U' ';
        const size_t room = width - cur.size();
        cur += w.substr(0, room);
        w = w.substr(room);
      }
      if (!cur.empty()) out += to_utf8(cur) + "\n";
      while (w.size() > width) {
        out += to_utf8(w.substr(0, width)) + "\n";
        w = w.substr(width);
      }
      cur = w;
    }
    if (!cur.empty()) out += to_utf8(cur) + "\n";
  }
  return out;
}

// Amounts set in groups of three ("1 195 600美元"): a wrap that fell at a
// group's space leaves no group on either side ("…估计为458" / "300美元，…");
// in a document that sets its amounts so, the space goes back.
TEST(KindsMore9, AmountCutAtItsGroupSpaceRejoined) {
  const std::string para = test::read_file("samples/note-sg-programme-budget-implications-para.txt");
  const std::string wrapped = textwrap(para, 60);
  ASSERT_NE(wrapped.find("估计为458\n300美元"), std::string::npos);  // (the cut this is about)
  const Document d = doc_of(wrapped);
  const auto t = texts(d);
  for (const std::string& s : t) {
    EXPECT_EQ(s.find("458300"), std::string::npos) << s;
    EXPECT_EQ(s.find("709100"), std::string::npos) << s;
    EXPECT_EQ(s.find("48200"), std::string::npos) << s;
  }
  EXPECT_TRUE(std::any_of(t.begin(), t.end(), [](const std::string& s) {
    return s.find("估计为458 300美元") != std::string::npos;
  }));
}

// A footnote whose text opens with a word whose first character is a unit's
// (美 of 美元, 日 of 日): "1 美利坚合众国不是委员会成员，…" is a footnote's
// label and its text, not a quantity.
TEST(KindsMore9, FootnoteOpeningWithUnitCharacterWord) {
  EXPECT_FALSE(is_number_unit_at(U"1 美利坚合众国不是委员会成员", 2));
  EXPECT_FALSE(is_number_unit_at(U"1 日本代表作了发言", 2));
  EXPECT_TRUE(is_number_unit_at(U"458 美元", 4));
  EXPECT_EQ(classify_kind(U"1 美利坚合众国不是委员会成员，其代表以观察员身份发言。"), LineKind::DigitNote);
  const Document d = doc_of(test::read_file("samples/report-commission-crime-prevention-32-wrap.txt"));
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "1");
  EXPECT_EQ(d.footnotes[0].text, "美利坚合众国不是委员会成员，其代表以观察员身份发言。");
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
}

// A draft decision's text that announces a heading ("(b) 核准下文所载的委员会
// 第三十三届会议临时议程。" / "第三十三届会议临时议程" / "1. 选举主席团成员。"):
// the heading and its items are the draft's, below its title, numbered with
// the draft; the report's own paragraphs go on after it ("3.").
TEST(KindsMore9, DraftDecisionsAnnouncedAgendaNestsInTheDraft) {
  const std::string text = test::read_file("samples/report-commission-crime-prevention-32-para.txt");
  Options o;
  const Document d = convert(text, "t.txt", o);
  for (const auto& g : d.diagnostics) EXPECT_NE(g.code, "E-PARA-DUP") << g.message;
  const Node* agenda = nullptr;
  const Node* draft = nullptr;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.title == "第三十三届会议临时议程") agenda = &n;
    if (n.kind == NodeKind::Section && n.title.starts_with("犯罪预防和刑事司法委员会第三十二届会议报告")) draft = &n;
  });
  ASSERT_NE(agenda, nullptr);
  ASSERT_NE(draft, nullptr);
  EXPECT_EQ(agenda->level, draft->level + 1);
  EXPECT_TRUE(std::any_of(draft->children.begin(), draft->children.end(), [&](const Node& c) { return &c == agenda; }));
}

// A draft decision of one sentence, the organ its subject ("经济及社会理事会
// 决定，…"), hard-wrapped: its first line ends with no stop, and the draft's
// title above it was taken for the start of its paragraph.
TEST(KindsMore9, OneSentenceDecisionWrappedKeepsItsTitle) {
  const Document d = doc_of(test::read_file("samples/report-commission-crime-prevention-32-wrap.txt"));
  bool title = false;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.title == "联合国毒品和犯罪问题办公室战略框架") title = true;
  });
  EXPECT_TRUE(title);
  for (const auto& s : texts(d)) EXPECT_FALSE(s.starts_with("联合国毒品和犯罪问题办公室战略框架")) << s;
}

// The report set in blocks (a blank line after each paragraph, its lines cut
// at 40 characters): after a draft decision's agenda (1. … 6.) the report's
// own paragraphs go on, "4. 在2023年5月26日第9次会议上，…" its first line
// ending mid-sentence; it was read as a numbered subsection (its number not
// the 7 that the agenda's count asked for), its text cut off below it.
TEST(KindsMore9, ReportParagraphsResumeAfterADraftsAgendaInBlocks) {
  // (as tests/corpus/shapes.py's "textwrap": each non-blank line filled at
  // 40, a blank line between them)
  const std::string para = test::read_file("samples/report-commission-crime-prevention-32-para.txt");
  std::string blocks;
  size_t k = 0;
  while (k < para.size()) {
    size_t nl = para.find('\n', k);
    if (nl == std::string::npos) nl = para.size();
    const std::string line = para.substr(k, nl - k);
    k = nl + 1;
    if (line.empty()) continue;
    if (!blocks.empty()) blocks += "\n";
    blocks += textwrap(line, 40);
  }
  const Document d = doc_of(blocks);
  for (const Node* n : nodes_of(d, NodeKind::Section)) EXPECT_FALSE(n->number && *n->number == "4") << n->title;
  std::vector<long> numbers;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->paragraph_number && n->text.find("同次会议") != std::string::npos) numbers.push_back(*n->paragraph_number);
  EXPECT_EQ(numbers, std::vector<long>{6});
  const auto t = texts(d);
  EXPECT_TRUE(std::any_of(t.begin(), t.end(), [](const std::string& s) {
    return s.starts_with("在2023年5月26日第9次会议上") && s.ends_with("巴基斯坦");
  }));
}

// The report as pandoc writes it (a blank line between paragraphs, a numbered
// paragraph's lines hanging under its text): each draft's operative
// paragraphs are numbered afresh, "1.  敦促…的" / "    严重性相称；" its first
// line ending mid-sentence. The draft's 1, after the report's own "1. …通过下列
// 决议草案：", and the second draft's 2, above the report's own "2. …", were read
// as numbered subsections (1 not the count's next; 2 repeated by the next
// number below), their text cut off below them, and the next draft's head
// nested under them.
TEST(KindsMore9, DraftsOperativeParagraphsNumberedAfreshInBlocks) {
  const std::string text = test::read_file("tests/unit/data/kinds_more9_pandoc_drafts.txt");
  ASSERT_FALSE(text.empty());
  const Document d = doc_of(text);
  // (no numbered subsection but the resolutions 第32/1号决议 and 第32/2号决议)
  for (const Node* n : nodes_of(d, NodeKind::Section))
    EXPECT_FALSE(n->section_kind == "subsection" && n->number && n->number->find('/') == std::string::npos) << n->title;
  std::vector<long> numbers;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->paragraph_number) numbers.push_back(*n->paragraph_number);
  EXPECT_EQ(numbers, (std::vector<long>{1, 1, 2, 3, 4, 1, 2, 2, 1, 2, 3, 4, 5, 6, 3, 4, 5, 6}));
  const auto t = texts(d);
  EXPECT_TRUE(has(t, "敦促会员国将与林业部门有关的严重犯罪定为刑事犯罪，并确保处罚与罪行的严重性相称；"));
  EXPECT_TRUE(has(t, "请联合国毒品和犯罪问题办公室编写一份关于数字证据处理做法的汇编，供会员国参考。"));
  const Node* second = nullptr;
  for (const Node* n : nodes_of(d, NodeKind::Section))
    if (n->title == "决议草案二") second = n;
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->level, 3);
}

// A record set as Chinese text is (each paragraph's first line set in by
// "　　", lines cut at 50 columns, no blank lines): the document line under an
// item, "决议草案(A/78/L.27)", stands right over a speaker's turn whose first
// line is short, and was taken for a paragraph of its own; it is the heading
// the speeches are under, as where a blank line sets it off.
TEST(KindsMore9, RecordsDocumentLineOverASpeakerSetIn) {
  const Document d = doc_of(test::read_file("tests/unit/data/kinds_more9_record_set_in_50.txt"));
  std::vector<std::string> titles;
  for (const Node* n : nodes_of(d, NodeKind::Section)) titles.push_back(n->title);
  EXPECT_TRUE(has(titles, "决议草案(A/78/L.27)"));
  EXPECT_TRUE(has(titles, "决议草案(A/78/L.30)"));
  const auto t = texts(d);
  EXPECT_FALSE(has(t, "决议草案(A/78/L.27)"));
  EXPECT_TRUE(std::any_of(t.begin(), t.end(), [](const std::string& s) {
    return s.starts_with("代理主席(以西班牙语发言)：我现在请希望在表决前解释投票的代表发言。");
  }));
}

// The report set as Chinese text is (a paragraph's first line set in by "　　",
// lines cut at 38 characters, no blank lines): the lead-in "1. …建议经济及社会
// 理事会通过下列决议草案：" fills its line, and the draft's head "决议草案一"
// below it was taken for the rest of the paragraph, its title for a paragraph.
// No wrapped line of a paragraph is a draft's head alone with a title below.
TEST(KindsMore9, DraftHeadBelowALeadInThatFillsItsLine) {
  const Document d = doc_of(test::read_file("tests/unit/data/kinds_more9_report_indented.txt"));
  std::vector<std::string> titles;
  for (const Node* n : nodes_of(d, NodeKind::Section)) titles.push_back(n->title);
  for (const char* t : {"决议草案一", "加强国际合作，打击与林业部门有关的犯罪", "决定草案一",
                        "犯罪预防和刑事司法委员会第三十二届会议报告和第三十三届会议临时议程"})
    EXPECT_TRUE(has(titles, t)) << t;
  const auto t = texts(d);
  EXPECT_TRUE(has(t, "犯罪预防和刑事司法委员会建议经济及社会理事会通过下列决议草案："));
}

}  // namespace undoc_test_kinds_more9_test
