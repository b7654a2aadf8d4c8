#include <gtest/gtest.h>
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "test_util.hpp"
#include "undoc/undoc.hpp"
#include "undoc/validate.hpp"

namespace undoc_test_parse_test {

using namespace undoc;

namespace {

using test::read_file;
using test::reencode;
using test::doc_of;

// lines of one width that run on: wrapped text, to measure a wrap width on
std::string wrapped_lines(int n) {
  std::string out;
  for (int k = 0; k < n; ++k)
    out += "这是一个很长的段落行，用来确定文本的换行宽度，内容没有实际意义，只是为了测量宽度而写的文字，\n";
  return out;
}

std::vector<const Node*> collect(const std::vector<Node>& nodes, const std::function<bool(const Node&)>& pred) {
  std::vector<const Node*> out;
  walk(nodes, [&](const Node& n) {
    if (pred(n)) out.push_back(&n);
  });
  return out;
}

// The texts of the body's paragraphs, then of the front matter's.
std::vector<std::string> paragraph_texts(const Document& d) {
  std::vector<std::string> texts;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
  });
  for (const auto& p : d.front_matter.paragraphs) texts.push_back(p.text);
  return texts;
}

std::vector<const Node*> numbered(const Document& d) {
  return collect(d.body, [](const Node& n) { return n.kind == NodeKind::Paragraph && n.paragraph_number; });
}

const Node* paragraph(const Document& d, long number) {
  for (auto* p : numbered(d))
    if (*p->paragraph_number == number) return p;
  return nullptr;
}

size_t sections(const Document& d, const std::string& kind) {
  return collect(d.body, [&](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == kind; }).size();
}

bool has_code(const Document& d, const std::string& code) {
  for (auto& g : d.diagnostics)
    if (g.code == code) return true;
  return false;
}

}  // namespace

// (the fixture outside the file's unnamed namespace: the tests derive from it)
class Sample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    doc_ = new Document(convert(read_file("samples/a-61-hearings-migration-summary.txt"), "sample.txt"));
  }
  static void TearDownTestSuite() { delete doc_; }
  static Document* doc_;
};
Document* Sample::doc_ = nullptr;

// ---- the seed document ---------------------------------------------------------

TEST_F(Sample, FrontMatter) {
  const auto& fm = doc_->front_matter;
  EXPECT_EQ(fm.session_text.value_or(""), "第六十一届会议");
  EXPECT_EQ(fm.session_number.value_or(0), 61);
  ASSERT_EQ(fm.agenda_items.size(), 1u);
  EXPECT_EQ(fm.agenda_items[0].label, "临时议程");
  EXPECT_EQ(fm.agenda_items[0].item, "54(b)");
  EXPECT_EQ(fm.agenda_items[0].title, "全球化和相互依存：国际移徙与发展");
  EXPECT_EQ(fm.agenda_items[0].footnotes, std::vector<std::string>{"*"});
  ASSERT_TRUE(fm.title);
  EXPECT_TRUE(fm.title->size() > 6 && fm.title->substr(fm.title->size() - 6) == "摘要");
  EXPECT_EQ(fm.subtitle.value_or(""), "大会主席的说明");
  ASSERT_EQ(fm.paragraphs.size(), 1u);
  EXPECT_FALSE(fm.paragraphs[0].paragraph_number);
  EXPECT_NE(fm.paragraphs[0].text.find("谨转递"), std::string::npos);
}

TEST_F(Sample, TableOfContents) {
  const auto& e = doc_->toc.entries;
  ASSERT_EQ(e.size(), 18u);
  int chapters = 0, sections = 0, annexes = 0;
  for (const auto& t : e) {
    chapters += t.kind == "chapter";
    sections += t.kind == "section";
    annexes += t.kind == "annex";
    EXPECT_TRUE(t.page) << t.title;
  }
  EXPECT_EQ(chapters, 5);
  EXPECT_EQ(sections, 12);
  EXPECT_EQ(annexes, 1);
  EXPECT_EQ(e[0].title, "导言");
  EXPECT_EQ(e[0].paragraphs, std::make_pair(1L, 7L));
  EXPECT_EQ(e[0].level, 1);
  EXPECT_EQ(e[3].level, 2);
  // the stray space a wrap left between two Han characters is gone
  EXPECT_NE(e[2].title.find("所有移徙者"), std::string::npos);
  EXPECT_EQ(e[2].title.find(' '), std::string::npos);
  EXPECT_EQ(e.back().title, "大会与非政府组织、民间社会组织和私营部门代表非正式互动听询会的议程安排");
  EXPECT_EQ(e.back().page.value_or(0), 16);
  EXPECT_EQ(e.back().lines.first, 41);
  EXPECT_EQ(e.back().lines.last, 42);
}

TEST_F(Sample, Body) {
  EXPECT_EQ(sections(*doc_, "chapter"), 5u);
  EXPECT_EQ(sections(*doc_, "section"), 12u);
  EXPECT_EQ(sections(*doc_, "subsection"), 17u);
  EXPECT_EQ(sections(*doc_, "subhead"), 3u);
  auto ps = numbered(*doc_);
  ASSERT_EQ(ps.size(), 76u);
  for (size_t i = 0; i < ps.size(); ++i) EXPECT_EQ(*ps[i]->paragraph_number, static_cast<long>(i + 1));
}

TEST_F(Sample, SubheadsNestUnderTheirSubsection) {
  // 四 > C > 2 > 女性移徙者 / 移徙儿童 / 土著人民
  const Node& four = doc_->body[3];
  ASSERT_EQ(four.number.value_or(""), "四");
  const Node* c = nullptr;
  for (auto& n : four.children)
    if (n.number.value_or("") == "C") c = &n;
  ASSERT_NE(c, nullptr);
  const Node* two = nullptr;
  for (auto& n : c->children)
    if (n.number.value_or("") == "2") two = &n;
  ASSERT_NE(two, nullptr);
  std::vector<std::string> subheads;
  for (auto& n : two->children)
    if (n.kind == NodeKind::Section) {
      subheads.push_back(n.title);
      EXPECT_EQ(n.level, two->level + 1);
    }
  EXPECT_EQ(subheads, (std::vector<std::string>{"女性移徙者", "移徙儿童", "土著人民"}));
}

TEST_F(Sample, PageBreakContinuations) {
  for (long n : {9L, 22L, 26L, 30L, 73L}) {
    const Node* p = paragraph(*doc_, n);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->fragments, 2) << n;
    EXPECT_EQ(p->breaks.size(), 1u) << n;
  }
  EXPECT_NE(paragraph(*doc_, 22)->text.find("秘书长在他的报告中"), std::string::npos);
  for (auto* p : numbered(*doc_))
    if (p->fragments == 1) EXPECT_TRUE(p->breaks.empty());
}

TEST_F(Sample, Footnotes) {
  ASSERT_EQ(doc_->footnotes.size(), 2u);
  EXPECT_EQ(doc_->footnotes[0].id, "*");
  EXPECT_EQ(doc_->footnotes[0].text, "A/61/150。");
  EXPECT_EQ(doc_->footnotes[0].refs.at(0).in, "front_matter");
  EXPECT_EQ(doc_->footnotes[1].id, "1");
  EXPECT_EQ(doc_->footnotes[1].text, "A/60/871。");
  EXPECT_EQ(doc_->footnotes[1].refs.at(0).paragraph.value_or(0), 22);
  for (auto* p : numbered(*doc_)) EXPECT_EQ(p->text.find("A/60/871"), std::string::npos);
  const Node* p22 = paragraph(*doc_, 22);
  ASSERT_EQ(p22->footnote_refs.size(), 1u);
  U32 t = from_utf8(p22->text);
  // the marker stood right after 他的报告
  EXPECT_EQ(to_utf8(U32View(t).substr(p22->footnote_refs[0].offset - 4, 4)), "他的报告");
}

TEST_F(Sample, Annex) {
  ASSERT_EQ(doc_->annexes.size(), 1u);
  const Annex& a = doc_->annexes[0];
  EXPECT_EQ(a.title, "大会与非政府组织、民间社会组织和私营部门代表非正式互动听询会的议程安排");
  ASSERT_EQ(a.children.size(), 1u);
  const Node& t = a.children[0];
  ASSERT_EQ(t.kind, NodeKind::Table);
  ASSERT_EQ(t.rows.size(), 12u);
  for (auto& r : t.rows) EXPECT_EQ(r.size(), 3u);
  EXPECT_EQ(t.rows[0][0], "上午 10 时至 下午 1 时");
  EXPECT_EQ(t.rows[2][0], "");
  EXPECT_EQ(t.rows[2][1], "大会代理主席发言");
}

TEST_F(Sample, EveryNonBlankLineIsPlaced) {
  EXPECT_FALSE(has_code(*doc_, "W-UNPLACED"));
  std::vector<char> covered(static_cast<size_t>(doc_->source.lines) + 1, 0);
  auto mark = [&](const LineRange& r) {
    for (int l = r.first; l && l <= r.last; ++l) covered[static_cast<size_t>(l)] = 1;
  };
  mark(doc_->front_matter.lines);
  mark(doc_->toc.lines);
  walk(doc_->body, [&](const Node& n) { mark(n.lines); });
  for (auto& a : doc_->annexes) mark(a.lines);
  for (auto& f : doc_->footnotes) mark(f.lines);
  std::string text = read_file("samples/a-61-hearings-migration-summary.txt");
  Lines ls = lex(from_utf8(text));
  for (auto& l : ls.lines)
    if (!l.blank()) EXPECT_TRUE(covered[static_cast<size_t>(l.number)]) << "line " << l.number;
}

// ---- conventions beyond the sample --------------------------------------------------

TEST(Parse, ChineseCommaNumberingAndFullWidthDigits) {
  Document d = doc_of(
      "一、导言\n"
      "１．秘书长谨提交本报告。\n"
      "２．报告涉及两个问题。\n"
      "二、结论\n"
      "３．会员国应当采取行动。\n");
  EXPECT_EQ(sections(d, "chapter"), 2u);
  auto ps = numbered(d);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(*ps[2]->paragraph_number, 3);
  EXPECT_EQ(d.body[1].number.value_or(""), "二");
}

TEST(Parse, HardWrappedParagraphsAreJoinedWithoutFragments) {
  std::string text =
      "一、导言\n"
      "1. 本报告是根据大会 1991 年 12 月 19 日第 46/182 号决议提交的，大会在该决议中\n"
      "请秘书长每年就人道主义紧急援助的协调问题向大会提出报告。本报告还响应大会\n"
      "第 61/134 号决议，其中请秘书长就决议的执行情况提出报告。\n"
      "2. 本报告所述期间为 2006 年 1 月至 12 月。报告审查了人道主义援助的主要趋势，\n"
      "介绍了为加强人道主义协调所作的努力，并概述了在人道主义改革进程中取得的进\n"
      "展。\n"
      "3. 在此期间，自然灾害的次数有所减少，但受灾人数仍然很多。冲突和长期危机继\n"
      "续造成大规模流离失所，人道主义工作者进入受影响人口的机会在若干情况下受到\n"
      "执行情况\n"
      "严重限制。\n";
  Document d = doc_of(text);
  auto ps = numbered(d);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[0]->fragments, 1);
  EXPECT_EQ(ps[0]->lines.first, 2);
  EXPECT_EQ(ps[0]->lines.last, 4);
  EXPECT_NE(ps[1]->text.find("取得的进展。"), std::string::npos);
  // a short wrapped line inside a paragraph is text, not a subhead
  EXPECT_EQ(sections(d, "subhead"), 0u);
  EXPECT_NE(ps[2]->text.find("受到执行情况严重限制"), std::string::npos);
}

TEST(Parse, ATocCutByItsCapSaysSo) {
  std::string rows, body;
  for (int k = 1; k <= 1005; ++k) {
    rows += "议程项目 " + std::to_string(k) + "：议题" + std::to_string(k) + "\n";
    body += "议程项目 " + std::to_string(k) + "：议题" + std::to_string(k) + "\n" + std::to_string(k) + ". 发言。\n";
  }
  Document d = doc_of("目录\n" + rows + "\n" + body);
  EXPECT_EQ(d.toc.entries.size(), 1000u);
  int cut = 0;
  for (const auto& g : d.diagnostics) cut += g.code == "W-TOC-CUT";
  EXPECT_EQ(cut, 1);
}

TEST(Parse, APdfsBoldLineOverPlainTextIsASubhead) {
  // wrapped text; a short title line runs straight on into a paragraph. Set
  // in bold over plain text (as a PDF's page says), it is a subhead.
  const std::string wrapped = wrapped_lines(6);
  const std::string text = "一、导言\n" + wrapped + "最后一行。\n新技术的作用\n" + wrapped + "最后一行。\n";
  auto run = [&](bool bold) {
    Lines lines = lex(from_utf8(text));
    for (auto& l : lines.lines) l.bold = 0;
    if (bold) lines.lines[8].bold = 1;  // 新技术的作用
    Source src;
    src.name = "x.pdf";
    return parse(lines, src);
  };
  auto subheads = [](const Document& d) {
    int n = 0;
    walk(d.body, [&](const Node& x) { n += x.kind == NodeKind::Section && x.section_kind == "subhead"; });
    return n;
  };
  EXPECT_EQ(subheads(run(false)), 0);
  EXPECT_EQ(subheads(run(true)), 1);
}

TEST(Parse, APdfsCentredOrLargerLineOverTextIsASubhead) {
  // the same title line, set in the middle of the page or in larger type
  const std::string wrapped = wrapped_lines(6);
  const std::string text = "一、导言\n" + wrapped + "最后一行。\n新技术的作用\n" + wrapped + "最后一行。\n";
  auto subheads = [&](int how) {
    Lines lines = lex(from_utf8(text));
    for (auto& l : lines.lines) l.bold = l.centered = l.large = 0;
    if (how == 1) lines.lines[8].centered = 1;
    if (how == 2) lines.lines[8].large = 1;
    Source src;
    src.name = "x.pdf";
    int n = 0;
    walk(parse(lines, src).body, [&](const Node& x) { n += x.kind == NodeKind::Section && x.section_kind == "subhead"; });
    return n;
  };
  EXPECT_EQ(subheads(0), 0);
  EXPECT_EQ(subheads(1), 1);  // centred
  EXPECT_EQ(subheads(2), 1);  // larger
}

TEST(Parse, APdfLineShortOfTheMarginEndsItsParagraph) {
  // wrapped text; a line nearly as wide as the others ends in "？". Its
  // width in characters cannot say whether it is full; the page can.
  const std::string wrapped = wrapped_lines(6);
  const std::string text =
      "一、导言\n" + wrapped + "这一行几乎一样长，但它在这里结束了，大会是否同意这项建议和这项决定呢？\n就这样决定。\n";
  auto paragraphs = [&](int right_gap) {
    Lines lines = lex(from_utf8(text));
    for (auto& l : lines.lines) l.right_gap = 0;
    lines.lines[7].right_gap = static_cast<signed char>(right_gap);  // the line ending in ？
    Source src;
    src.name = "x.pdf";
    int n = 0;
    walk(parse(lines, src).body, [&](const Node& x) { n += x.kind == NodeKind::Paragraph; });
    return n;
  };
  EXPECT_EQ(paragraphs(0), 1);  // at the margin: the paragraph runs on
  EXPECT_EQ(paragraphs(3), 2);  // three ems short: it ended there
}

TEST(Parse, APdfFirstLineIndentOpensAParagraph) {
  // wrapped text whose first paragraph's last line is full and ends in "。":
  // the text alone runs the next paragraph on; the page's first-line indent
  // (two ems) says it opens a new one
  const std::string line = wrapped_lines(1);
  const std::string full_end = "这是一个很长的段落行，用来确定文本的换行宽度，内容没有实际意义，只是为了测量宽度而写的文字。\n";
  std::string text = "一、导言\n";
  for (int k = 0; k < 5; ++k) text += line;
  text += full_end;  // line 7
  for (int k = 0; k < 5; ++k) text += line;  // lines 8-12
  text += "就这样决定。\n";
  auto paragraphs = [&](bool indents) {
    Lines lines = lex(from_utf8(text));
    for (auto& l : lines.lines) {
      l.right_gap = 0;
      l.indent = 0;
    }
    if (indents) lines.lines[1].indent = lines.lines[7].indent = 2;  // the first lines of the two paragraphs
    Source src;
    src.name = "x.pdf";
    int n = 0;
    walk(parse(lines, src).body, [&](const Node& x) { n += x.kind == NodeKind::Paragraph; });
    return n;
  };
  EXPECT_EQ(paragraphs(false), 1);  // nothing on the page says so: one paragraph
  EXPECT_EQ(paragraphs(true), 2);   // set in two ems: a new paragraph
}

TEST(Parse, APdfParagraphEndingShortAtAPageFootEndsThere) {
  // a speech ends on a page's last line, well short of the margin; the next
  // page opens with the next speech. Text alone keeps a paragraph open over a
  // page break; the page shows this one ended.
  const std::string line = wrapped_lines(1);
  std::string text = "一、导言\n";
  for (int k = 0; k < 6; ++k) text += line;
  text += "共同维护世界和平与稳定。\n";  // line 8: the page's last
  // (the next page's line opens with no speaker's label, "杜邦先生(法国)：", which would
  // open a speech whatever the page says)
  text += "\f杜邦先生(法国)指出，法国赞同欧洲联盟观察员将要作的发言，现在以本国名义补充几点意见，只是为了测量宽度而写\n";
  for (int k = 0; k < 3; ++k) text += line;
  text += "就这样决定。\n";
  auto paragraphs = [&](int gap) {
    Lines lines = lex(from_utf8(text));
    for (auto& l : lines.lines) {
      l.right_gap = 0;
      l.indent = 0;
    }
    lines.lines[7].right_gap = static_cast<signed char>(gap);
    lines.lines.back().right_gap = 20;
    Source src;
    src.name = "x.pdf";
    int n = 0;
    walk(parse(lines, src).body, [&](const Node& x) { n += x.kind == NodeKind::Paragraph; });
    return n;
  };
  EXPECT_EQ(paragraphs(0), 1);   // the page's last line full: the paragraph runs on over the page
  EXPECT_EQ(paragraphs(20), 2);  // twenty ems short: it ended there
}

TEST(Parse, FootnoteBodiesAboveTheirLabelsTheLastRunningOnToTheNextPage) {
  // pdftotext's default mode: a page foot gives the bodies first ("A/77/150。",
  // then one cut off where it runs on to the next page), then their labels
  const std::string wrapped = wrapped_lines(6);
  const std::string text = "一、导言\n1. " + wrapped + "据估计，受饥饿影响的人数多达 8.28 亿，比 2019 年增加约 1.5 亿。1\n"
                           "A/77/150。\n"
                           "粮农组织、农发基金、联合国儿童基金会、粮食署和世界卫生组织，《2022 年世界粮食安全和营养状况》(2022\n"
                           "\n*\n\n1\n\n22-11633 (C)\n\fA/77/212\n2. " + wrapped + "就这样决定。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].text, "A/77/150。");
  EXPECT_EQ(d.footnotes[1].id, "1");
  EXPECT_EQ(d.footnotes[1].text.substr(0, 12), "粮农组织");
}

TEST(Parse, FootnoteGoesOnAtTheNextPagesVeryFoot) {
  // pdftotext -layout of tests/pdf/reportlab/report-footnote-over-page.pdf:
  // footnote 1 cut at page 1's foot; its last two lines, no label, wider than
  // the text's wrapped lines, stand below page 2's last paragraph
  std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/tests/pdf/reportlab/report-footnote-over-page-layout.txt");
  std::stringstream ss;
  ss << f.rdbuf();
  Document d = doc_of(ss.str());
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_TRUE(d.footnotes[0].text.ends_with("约 30% 停滞不前或出现倒退。报告还强调，必须大幅增加对发展中国家的投资，"
                                            "并改革国际金融架构，以便在 2030 年之前扭转这一局面。"))
      << d.footnotes[0].text;
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].paragraph, 9);
  const Node* p18 = paragraph(d, 18);
  ASSERT_NE(p18, nullptr);
  EXPECT_TRUE(p18->text.ends_with("各国动员了更多资源，但进展仍然不足。")) << p18->text;
}

TEST(Parse, LayoutTableCellRunningToTheNextColumn) {
  // pdftotext -layout of tests/pdf/reportlab/note-schedule.pdf: a caption
  // above the table, a first cell that runs to the next column's start with
  // one space before it, and lines of the last column set some columns off
  std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/tests/pdf/reportlab/note-schedule-layout.txt");
  std::stringstream ss;
  ss << f.rdbuf();
  Document d = doc_of(ss.str());
  ASSERT_EQ(d.annexes.size(), 1u);
  const Node* table = nullptr;
  std::vector<std::string> texts;
  undoc::walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Table) table = &n;
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
  });
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(table->rows[1], (std::vector<std::string>{"上午 10 时 15 分至下午 1 时", "第一次互动会议",
                                                       "移徙对发展的影响主持人：国际移民组织总干事"}));
  EXPECT_EQ(table->rows[0][2], "大会主席致开幕词秘书长致辞");
  EXPECT_EQ(texts, (std::vector<std::string>{"2024 年 5 月 16 日，纽约"}));
}

TEST(Parse, ATableCutByItsCapSaysSo) {
  // a report's annex table as pdftotext -layout gives it (columns set apart by
  // runs of spaces), its five data rows repeated to 425 lines
  std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/tests/layouts/report-sg-smallholder-resilience/00-layout.txt");
  std::vector<std::string> lines;
  for (std::string l; std::getline(f, l);) lines.push_back(l);
  ASSERT_GT(lines.size(), 214u);
  ASSERT_NE(lines[209].find("孟加拉国"), std::string::npos);
  std::string text;
  for (size_t k = 0; k < 209; ++k) text += lines[k] + "\n";
  for (int rep = 0; rep < 85; ++rep)
    for (size_t k = 209; k < 214; ++k) text += lines[k] + "\n";
  for (size_t k = 214; k < lines.size(); ++k) text += lines[k] + "\n";
  Document d = doc_of(text);
  int cut = 0;
  for (const auto& g : d.diagnostics) cut += g.code == "W-TABLE-CUT";
  EXPECT_EQ(cut, 1);
}

TEST(Parse, FirstPageFootOfARealUnDocumentIsFurniture) {
  // an ODS PDF's first page foot: job number with its dates, the barcode's
  // text, and the recycling mark's caption
  std::string text =
      "联合国\tA/77/212\n大会\tDistr.: General\n27 July 2022\n第七十七届会议\n"
      "加强小农户抵御粮食系统冲击的能力\n秘书长的报告\n摘要\n本报告根据大会第76/222号决议提交。\n"
      "22-11633 (C)    010822    020822\n*2211633*\n请回收\n"
      "\f一. 导言\n1. 大会在第76/222号决议中请秘书长提交报告。\n";
  Document d = doc_of(text);
  std::vector<std::string> kinds;
  for (auto& f : d.furniture) kinds.push_back(f.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"job_number", "barcode", "recycle"}));
  for (const auto& p : d.front_matter.paragraphs) EXPECT_EQ(p.text.find("请回收"), std::string::npos);
}

TEST(Parse, PageFurnitureIsListedAndDropped) {
  std::string text =
      "一、导言\n"
      "1. 第一段的第一部分在这一页上结束，但是还没有结束这个句子，因为它很长，所以\n"
      "\n"
      "06-45095 (C)\n"
      "2\n"
      "\fA/61/187\n"
      "继续到下一页。\n"
      "2. 第二段。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.furniture.size(), 3u);
  // (in line order)
  EXPECT_EQ(d.furniture[0].kind, "job_number");
  EXPECT_EQ(d.furniture[1].kind, "page_number");
  EXPECT_EQ(d.furniture[2].kind, "running_header");
  const Node* p1 = paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->fragments, 2);
  EXPECT_EQ(p1->text.find("06-45095"), std::string::npos);
  EXPECT_NE(p1->text.find("所以继续到下一页。"), std::string::npos);
}

TEST(Parse, JobNumberDateStampsOnLinesOfTheirOwn) {
  // pdftotext sets a first page's job number and its date stamps (DDMMYY)
  // apart: page furniture, not paragraphs; a six-digit number elsewhere is text
  Document d = doc_of(
      "联合国\tA/78/321\n大会\tDistr.: General\n15 August 2023\n第七十八届会议\n"
      "加强联合国人道主义紧急援助的协调\n秘书长的报告\n\n"
      "一. 导言\n1. 本报告是根据大会第 46/182 号决议提交的。\n\n"
      "23-15612 (C)\n*2315612*\n\n250823\n\n280823\n"
      "\fA/78/321\n2. 第二段。\n\n123456\n\n3. 第三段。\n");
  int stamps = 0;
  for (const auto& f : d.furniture) stamps += f.kind == "job_number" && (f.text == "250823" || f.text == "280823");
  EXPECT_EQ(stamps, 2);
  for (const auto& t : paragraph_texts(d)) EXPECT_EQ(t.find("2808"), std::string::npos) << t;
  for (const auto& f : d.furniture) EXPECT_NE(f.text, "123456");  // (no job number near it)
}

// pdftotext's default mode on a one-page note drawn line by line: the page
// foot's labels stacked, the agenda item's star first ("*" / "1" / "2"),
// then the three bodies; with the page's form feed and without it
TEST(Parse, StackedLabelsAStarFirstAtAOnePageFoot) {
  const std::string text =
      "联合国\n\nA/78/312\nDistr.: General\n12 September 2023\nChinese\nOriginal: English\n\n大会\n\n"
      "第七十八届会议\n临时议程 * 项目 71\n促进和保护人权：人权问题\n\n秘书长的说明\n"
      "秘书长谨向大会成员转递特别报告员根据大会第 77/195 号决议 1 和人权理事会第 52/8\n"
      "号决议 2 提交的报告。\n\n"
      "*\n1\n2\n\nA/78/150。\nA/RES/77/195。\n见《大会正式记录，第七十八届会议，补编第53号》(A/78/53)。\n\n"
      "23-17210 (C)\n*2317210*\n\n180923\n\n200923\n\n";
  for (const std::string& t : {text + "\f", text}) {
    Document d = doc_of(t);
    ASSERT_EQ(d.footnotes.size(), 3u) << (t.back() == '\f' ? "with" : "without") << " its form feed";
    EXPECT_EQ(d.footnotes[0].id, "*");
    EXPECT_EQ(d.footnotes[0].text, "A/78/150。");
    EXPECT_EQ(d.footnotes[1].id, "1");
    EXPECT_EQ(d.footnotes[1].text, "A/RES/77/195。");
    EXPECT_EQ(d.footnotes[2].id, "2");
    ASSERT_EQ(d.body.size(), 1u);
    EXPECT_EQ(d.body[0].footnote_refs.size(), 2u);
    EXPECT_EQ(d.body[0].text.find("决议 1"), std::string::npos) << d.body[0].text;
    EXPECT_FALSE(has_code(d, "W-UNPLACED"));
  }
}

// A one-page note's text from a PDF, too short to measure a wrap: two
// unnumbered paragraphs with no blank line between them (pdftotext sets
// none for a few points' spacing). The first ends a sentence well short of
// its line that ran on mid-sentence: it has ended there.
TEST(Parse, OnePagePdfParagraphsWithoutABlankLineBetween) {
  const std::string text =
      "联合国\n\nA/78/312\nDistr.: General\n12 September 2023\nChinese\nOriginal: English\n\n大会\n\n"
      "第七十八届会议\n临时议程 * 项目 71\n促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径\n\n"
      "秘书长的说明\n"
      "秘书长谨向大会成员转递人权理事会特别报告员根据大会第 77/195 号决议 1 和人权理事会第 52/8\n"
      "号决议 2 提交的报告。\n"
      "特别报告员在报告中审查了各国在落实相关建议方面取得的进展，并就今后的工作提出了若干建\n"
      "议，供会员国审议。\n\n"
      "*\n1\n2\n\nA/78/150。\nA/RES/77/195。\n见 A/78/53。\n\n"
      "23-17210 (C)\n*2317210*\n\n";
  for (const std::string& t : {text + "\f", text}) {
    Document d = doc_of(t);
    ASSERT_EQ(d.body.size(), 2u) << (t.back() == '\f' ? "with" : "without") << " its form feed";
    EXPECT_EQ(d.body[0].text, "秘书长谨向大会成员转递人权理事会特别报告员根据大会第 77/195 号决议和人权理事会第 52/8 号决议提交的报告。");
    EXPECT_EQ(d.body[1].text, "特别报告员在报告中审查了各国在落实相关建议方面取得的进展，并就今后的工作提出了若干建议，供会员国审议。");
  }
}

// A word processor's text (Word's or LibreOffice's plain-text export, a
// copy and paste) sets its notes after the body with no rule above them,
// "1<TAB>…。" or "1 …。", their markers raised ("决议¹") or plain ("决议1")
TEST(Parse, WordProcessorNotesAtTheEndWithoutARule) {
  const std::string head =
      "A/78/312\n大会\n第七十八届会议\n议程项目 71\n促进和保护人权\n秘书长的说明\n"
      "1.\t秘书长谨向大会成员转递特别报告员根据大会第 77/195 号决议¹提交的报告。\n"
      "2.\t特别报告员在报告中审查了各国取得的进展²，并提出了若干建议。\n"
      "3.\t报告还载有关于今后工作的结论。\n";
  const std::string plain_head = std::string(head).replace(head.find("¹"), 2, "1").replace(head.find("²") - 1, 2, "2");
  for (const std::string& h : {head, plain_head})
    for (const char* sep : {"\t", " "}) {
      const std::string text = h + "1" + sep + "大会第 77/195 号决议。\n2" + sep + "见 A/78/53，第五章。\n";
      Document d = doc_of(text);
      ASSERT_EQ(d.footnotes.size(), 2u) << text;
      EXPECT_EQ(d.footnotes[0].text, "大会第 77/195 号决议。");
      EXPECT_EQ(d.footnotes[1].text, "见 A/78/53，第五章。");
      ASSERT_EQ(d.body.size(), 3u);
      EXPECT_EQ(d.body[0].text, "秘书长谨向大会成员转递特别报告员根据大会第 77/195 号决议提交的报告。");
      ASSERT_EQ(d.body[0].footnote_refs.size(), 1u);
      EXPECT_EQ(d.body[0].footnote_refs[0].id, "1");
      EXPECT_FALSE(has_code(d, "E-FN-NO-BODY"));
    }
  // (rows that are no notes: no marker calls them, or they do not run to the end)
  Document t = doc_of("报告如下。\n1\t第一项。\n2\t第二项。\n");
  EXPECT_TRUE(t.footnotes.empty());
}

// Python's textwrap.fill(line, width) of each line, no blank lines between
// (words are runs up to a space; a run longer than a line is cut to fill it,
// after a hyphen where one falls in the room left)
std::string textwrap_fill(const std::string& text, size_t width, bool blank_lines = false) {
  std::string out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    U32 t;  // (tabs expanded to columns of 8, as textwrap does)
    for (char32_t c : from_utf8(line)) {
      if (c != U'\t') t.push_back(c);
      else do t.push_back(U' '); while (t.size() % 8 != 0);
    }
    std::vector<U32> chunks;  // words and the runs of spaces between them
    for (size_t k = 0; k < t.size();) {
      const bool sp = t[k] == U' ';
      size_t e = k;
      while (e < t.size() && (t[e] == U' ') == sp) ++e;
      chunks.push_back(t.substr(k, e - k));
      k = e;
    }
    std::reverse(chunks.begin(), chunks.end());
    for (bool first = true; !chunks.empty(); first = false) {
      U32 cur;
      if (!first && chunks.back().front() == U' ') chunks.pop_back();  // (a line after the first opens with no space)
      while (!chunks.empty() && cur.size() + chunks.back().size() <= width) {
        cur += chunks.back();
        chunks.pop_back();
      }
      if (!chunks.empty() && chunks.back().size() > width) {
        U32& c = chunks.back();
        size_t end = width - cur.size();
        const size_t hy = c.rfind(U'-', end == 0 ? 0 : end - 1);
        if (hy != U32::npos && hy > 0 && hy < end) end = hy + 1;
        if (end == 0 && cur.empty()) end = width;
        cur += c.substr(0, end);
        c = c.substr(end);
      }
      while (!cur.empty() && cur.back() == U' ') cur.pop_back();
      if (!cur.empty()) out += to_utf8(cur) + "\n";
    }
    if (blank_lines) out += "\n";
  }
  return out;
}

// Text wrapped by Python's textwrap at 60 characters, no blank lines: most
// paragraphs take a line or two, so few lines stand at the wrap; the wrap is
// still read (lines at one count, running on mid-sentence, none longer), and
// a line with room left for the next line's first word ends its paragraph,
// whatever it ends with. The paragraphs read as they do one a line.
TEST(Parse, TextwrapAtSixtyReadsAsOneALine) {
  for (const char* name :
       {"record-summary-sixth-committee-sr12", "agenda-annotated-ga-78", "instrument-convention-transboundary-wildfires"}) {
    std::string para = read_file(std::string("samples/") + name + "-para.txt");
    ASSERT_FALSE(para.empty()) << name;
    // (and a line that stops at a full stop short of the width, the next
    // word a symbol that would not have fit there: "…资料清单。" / "A/C.6/77/L.12 号…")
    if (const size_t at = para.find("\n27. "); at != std::string::npos)
      para.insert(para.find('\n', at + 1) + 1,
                  "28. 主席说，委员会将在下次会议上继续审议本项目，并请秘书处在会前分发有关的文件和资料清单。 "
                  "A/C.6/77/L.12 号决议草案已在会上散发，供各代表团审议。\n");
    const Document a = doc_of(para);
    for (const bool blank : {false, true}) {
    // (with blank lines, a line that had room for the next word ends its
    // paragraph over the blank line: the agenda's list of documents, a title
    // a line under "文件", "…备忘录(A/BUR/78/1)" / "" / "总务委员会的报告")
    // (with a blank line between paragraphs too: few lines run on into the
    // next, but those at the wrap do)
    const Document b = doc_of(textwrap_fill(para, 60, blank));
    EXPECT_EQ(b.source.layout.shape, "wrapped") << name << (blank ? ", blank lines" : "");
    // (every paragraph's text as it reads one a line, but for spaces: the
    // wrap drops the space it breaks at, "清单。" / "A/C.6/77/L.12"; the agenda's
    // line "大会第七十八届常会临时议程(A/78/150)", a heading there, is a paragraph here)
    auto spaceless = [](std::vector<std::string> v) {
      for (auto& t : v) t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
      return v;
    };
    const auto want = spaceless(paragraph_texts(a)), got = spaceless(paragraph_texts(b));
    size_t missing = 0;
    for (const auto& w : want) missing += std::find(got.begin(), got.end(), w) == got.end();
    EXPECT_EQ(missing, 0u) << name << (blank ? ", blank lines" : "");
    EXPECT_LE(got.size(), want.size() + 1) << name;
    }
  }
}

// MuPDF's text (mutool draw -F txt) sets each row of a table as a block of
// its own, a cell a line, blank lines between the rows; the header's cells
// above, wrapped in their columns ("获得气候信" / "" / "息服务的比" / "" / "例(%)")
TEST(Parse, MuPdfTableARowABlock) {
  const std::string text =
      "一. 导言\n1. 本报告载有部分国家的资料。\n\n附件\n\n部分国家小农户获得气候信息服务和预期行动资金的情况\n\n"
      "国家\n小农户(千户)\n获得气候信\n\n息服务的比\n\n例(%)\n\n2021 年预期行动资金(百万美元)\n\n"
      "孟加拉国\n16 500\n42\n12.4\n\n埃塞俄比亚\n14 800\n35\n9.7\n\n肯尼亚\n4 600\n51\n6.1\n\n"
      "马达加斯加\n3 200\n28\n3.5\n\n尼日尔\n2 900\n19\n4.8\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.annexes.size(), 1u);
  const auto tables = collect(d.annexes[0].children, [](const Node& n) { return n.kind == NodeKind::Table; });
  ASSERT_EQ(tables.size(), 1u);
  const auto& rows = tables[0]->rows;
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"孟加拉国", "16 500", "42", "12.4"}));
  EXPECT_EQ(rows[5], (std::vector<std::string>{"尼日尔", "2 900", "19", "4.8"}));
  EXPECT_EQ(rows[0][0], "国家小农户(千户)获得气候信息服务的比例(%)2021 年预期行动资金(百万美元)");
  EXPECT_FALSE(has_code(d, "W-UNPLACED"));
  // (short lines of words, a block each, are no table: no numbers in them)
  Document e = doc_of("一. 导言\n\n甲方\n乙方\n丙方\n\n丁方\n戊方\n己方\n\n庚方\n辛方\n壬方\n");
  EXPECT_TRUE(collect(e.body, [](const Node& n) { return n.kind == NodeKind::Table; }).empty());
}

// MuPDF's text of a resolution: each line of the page a block of its own,
// a blank line between; a justified line of Han alone stands a character
// short of the width measured on lines holding digits ("…同时也可能" /
// "" / "使现有的…"), and a clause's line may end at a comma, its clause going
// on below ("…一切权利和自由，" / "" / "不论年龄…"): the clause goes on over the
// blank line; the next clause opens with its verb.
TEST(Parse, MuPdfLinesABlockEachGoOnOverTheBlankLines) {
  const std::string text = read_file("tests/pdf/mupdf/resolution-ga-older-persons-digital-08.txt");
  ASSERT_FALSE(text.empty());
  Document d = doc_of(text);
  const auto texts = paragraph_texts(d);
  for (const char* whole : {"认识到数字技术的迅速发展为老年人参与社会、经济、文化和政治生活提供了新的机会，同时也可能使现有的不平等进一步加深，",
                            "重申《世界人权宣言》以及各项核心国际人权条约，确认人人有权享有其中所载的一切权利和自由，不论年龄或任何其他身份，",
                            "又深为关切老年人日益成为网上欺诈、金融剥削和其他形式网上虐待的对象，而这些行为往往未被举报，"})
    EXPECT_NE(std::find(texts.begin(), texts.end(), whole), texts.end()) << whole;
  EXPECT_NE(std::find(texts.begin(), texts.end(), "遵循《联合国宪章》的宗旨和原则，"), texts.end());
  // (and the report's annex table, a row per block)
  Document r = doc_of(read_file("tests/pdf/mupdf/report-sg-smallholder-resilience-00.txt"));
  ASSERT_EQ(r.annexes.size(), 1u);
  const auto tables = collect(r.annexes[0].children, [](const Node& n) { return n.kind == NodeKind::Table; });
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0]->rows.size(), 6u);
}

// A page foot's raised labels side by side on one line ("1 2", "* 1 2"),
// then the bodies, as many, down to the page end (pdftotext reads labels set
// one above the other on one baseline); with the form feed and without it
TEST(Parse, PageFootLabelsSideBySide) {
  const std::string head =
      "联合国\n\nA/78/312\nDistr.: General\n12 September 2023\nChinese\nOriginal: English\n\n大会\n\n"
      "第七十八届会议\n临时议程 * 项目 71\n促进和保护人权\n\n秘书长的说明\n"
      "秘书长谨向大会成员转递特别报告员根据大会第 77/195 号决议 1 和人权理事会第 52/8\n"
      "号决议 2 提交的报告。\n\n";
  const std::string foot = "23-17210 (C)\n*2317210*\n\n180923\n\n200923\n\n";
  for (const std::string& labels : {std::string("* 1 2\n\nA/78/150。\n"), std::string("1 2\n\n")})
    for (const char* ff : {"\f", ""}) {
      const bool star = labels[0] == '*';
      const std::string text = head + labels + "A/RES/77/195。\n见《大会正式记录，第七十八届会议，补编第53号》(A/78/53)。\n\n" + foot + ff;
      Document d = doc_of(text);
      ASSERT_EQ(d.footnotes.size(), star ? 3u : 2u) << text;
      EXPECT_EQ(d.footnotes[star ? 1 : 0].id, "1");
      EXPECT_EQ(d.footnotes[star ? 1 : 0].text, "A/RES/77/195。");
      EXPECT_EQ(d.footnotes.back().id, "2");
      ASSERT_EQ(d.body.size(), 1u);
      EXPECT_EQ(d.body[0].footnote_refs.size(), 2u);
      EXPECT_FALSE(has_code(d, "W-UNPLACED"));
    }
}

// Pandoc's plain text (and many web pages) calls a note "[1]" in the text
// and sets the notes after the body, "[1] …。", a blank line between
TEST(Parse, BracketedNotesAtTheEnd) {
  const std::string text =
      "A/78/312\n大会\n第七十八届会议\n议程项目 71\n促进和保护人权\n秘书长的说明\n"
      "1.  秘书长谨向大会成员转递特别报告员根据大会第 77/195 号决议[1]提交的报告。\n"
      "2.  特别报告员在报告中审查了各国取得的进展[2]，并提出了若干建议。\n"
      "3.  报告还载有关于今后工作的结论。\n\n[1] 大会第 77/195 号决议。\n\n[2] 见 A/78/53，第五章。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "大会第 77/195 号决议。");
  EXPECT_EQ(d.footnotes[1].text, "见 A/78/53，第五章。");
  ASSERT_NE(paragraph(d, 1), nullptr);
  EXPECT_EQ(paragraph(d, 1)->text, "秘书长谨向大会成员转递特别报告员根据大会第 77/195 号决议提交的报告。");
  ASSERT_EQ(paragraph(d, 1)->footnote_refs.size(), 1u);
  EXPECT_EQ(paragraph(d, 3)->text, "报告还载有关于今后工作的结论。");
  // (no marker "[1]" above: not notes)
  Document e = doc_of("一. 导言\n1. 报告如下。\n\n[1] 第一项。\n");
  EXPECT_TRUE(e.footnotes.empty());
}

// MuPDF's text of a report whose numbered paragraphs hang ("14." alone on
// its line): a blank line after nearly every line, so few lines run on into
// the next; the wrap is still read from the lines at the width, which end
// mid-sentence, and a paragraph's lines go on over the blank lines
TEST(Parse, MuPdfWrapReadThroughTheBlankLines) {
  Document d = doc_of(read_file("tests/pdf/mupdf/report-sg-smallholder-resilience-10.txt"));
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  const Node* p14 = paragraph(d, 14);
  ASSERT_NE(p14, nullptr);
  EXPECT_EQ(p14->text,
            "粮食署与各国政府合作，在若干易受灾国家制定了基于预报的预期行动框架，一旦预报达到预先商定的阈值，"
            "即向处境最危险的家庭发放现金，并通过广播和手机短信发布预警信息。");
}

TEST(Parse, PlainDigitFootnotesAtThePageFoot) {
  std::string text =
      "一、导言\n"
      "1. 秘书长在其报告中提出了建议；6\n会员国表示欢迎。\n"
      "2. 会议审议了该报告7。\n"
      "\n"
      "6 A/60/871。\n"
      "7\n"
      "A/61/150。\n"
      "\n"
      "06-45095 (C)\n"
      "3\n"
      "\fA/61/187\n"
      "3. 第三段。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 0u) << "numbering starts at 1: 6 and 7 alone are not footnotes";
  std::string fixed = text;
  fixed.replace(fixed.find("；6"), 4, "；1");
  fixed.replace(fixed.find("报告7"), 7, "报告2");
  fixed.replace(fixed.find("6 A/60"), 1, "1");
  fixed.replace(fixed.find("7\nA/61"), 1, "2");
  Document e = doc_of(fixed);
  ASSERT_EQ(e.footnotes.size(), 2u);
  EXPECT_EQ(e.footnotes[0].text, "A/60/871。");
  EXPECT_EQ(e.footnotes[1].text, "A/61/150。");
  EXPECT_EQ(e.footnotes[1].lines.first, 7);  // the label alone on its line
  EXPECT_EQ(e.footnotes[1].lines.last, 8);
  const Node* p1 = paragraph(e, 1);
  ASSERT_EQ(p1->footnote_refs.size(), 1u);
  EXPECT_EQ(p1->text, "秘书长在其报告中提出了建议；会员国表示欢迎。");
  EXPECT_EQ(paragraph(e, 2)->text, "会议审议了该报告。");
  EXPECT_FALSE(has_code(e, "W-UNPLACED"));
}

TEST(Parse, NumberedSubsectionVersusParagraph) {
  Document d = doc_of(
      "一、导言\n"
      "A. 背景\n"
      "1. 历史\n"
      "1. 大会于 1946 年设立了该机构。\n"
      "2. 其任务随后扩大。\n"
      "2. 现状\n"
      "3. 该机构目前有 193 个成员。\n");
  EXPECT_EQ(sections(d, "subsection"), 2u);
  EXPECT_EQ(numbered(d).size(), 3u);
}

TEST(Parse, SeveralAnnexesWithTheirOwnNumbering) {
  Document d = doc_of(
      "一、导言\n"
      "1. 正文。\n"
      "附件一\n"
      "与会者名单\n"
      "1. 第一个附件的段落。\n"
      "附件二\n"
      "议程\n"
      "上午 10 时至 11 时\t开幕\n"
      "上午 11 时至 12 时\t讨论\n");
  ASSERT_EQ(d.annexes.size(), 2u);
  EXPECT_EQ(d.annexes[0].number.value_or(""), "一");
  EXPECT_EQ(d.annexes[0].title, "与会者名单");
  EXPECT_EQ(d.annexes[1].title, "议程");
  ASSERT_EQ(d.annexes[1].children.size(), 1u);
  EXPECT_EQ(d.annexes[1].children[0].rows.size(), 2u);
}

TEST(Parse, ArticlesAndPreambularParagraphs) {
  Document d = doc_of(
      "大会，\n"
      "回顾其以往的决议，\n"
      "注意到秘书长的报告，\n"
      "1. 通过本决议所附宣言；\n"
      "附件\n"
      "宣言\n"
      "第一条\n"
      "人人有权享有本宣言所载的一切权利。\n"
      "第二条\n"
      "1. 各国应当尊重这些权利。\n");
  auto pre = collect(d.body, [](const Node& n) { return n.paragraph_kind == "preambular"; });
  EXPECT_EQ(pre.size(), 2u);
  ASSERT_EQ(d.annexes.size(), 1u);
  auto arts = collect(d.annexes[0].children, [](const Node& n) { return n.section_kind == "article"; });
  ASSERT_EQ(arts.size(), 2u);
  EXPECT_EQ(arts[1]->number.value_or(""), "第二条");
}

TEST(Parse, UnknownStructureKeepsAllText) {
  Document d = doc_of("这不是联合国文件。\n只是一些文字，\n没有任何结构。\n");
  size_t chars = 0;
  for (auto& p : d.front_matter.paragraphs) chars += p.text.size();
  walk(d.body, [&](const Node& n) { chars += n.text.size(); });
  EXPECT_GE(chars, std::string("这不是联合国文件。只是一些文字，没有任何结构。").size());
}

TEST(Parse, FlattenedTableFromOneCellPerLine) {
  std::string text = "附件\n拨款情况\n区域\n\n拨款\n\n国家\n\n非洲\n\n156.3\n\n19\n\n亚洲\n\n51.7\n\n8\n";
  Document d = doc_of("一、导言\n1. 正文。\n" + text);
  ASSERT_EQ(d.annexes.size(), 1u);
  ASSERT_EQ(d.annexes[0].children.size(), 1u);
  const Node& t = d.annexes[0].children[0];
  ASSERT_EQ(t.kind, NodeKind::Table);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"非洲", "156.3", "19"}));
}

TEST(Parse, LongSingleLineIsLinear) {
  std::string line(3 * 1000000, 'x');
  for (size_t i = 0; i < line.size(); i += 3) line.replace(i, 3, "字");
  Document d = doc_of(line);
  size_t chars = 0;
  for (auto& p : d.front_matter.paragraphs) chars += p.text.size();
  if (d.front_matter.title) chars += d.front_matter.title->size();
  EXPECT_EQ(chars, line.size());
}

// ---- the sample in other encodings and line ends ------------------------------------

namespace {
std::string without_source(const Document& d) {
  Json j = to_json(d);
  j.erase("source");
  return j.dump(1);
}
}  // namespace

TEST(SampleVariants, SameJsonApartFromSource) {
  const std::string utf8 = read_file("samples/a-61-hearings-migration-summary.txt");
  const std::string want = without_source(convert(utf8, "s"));
  std::string crlf;
  for (char c : utf8) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  std::string cr = utf8;
  for (char& c : cr)
    if (c == '\n') c = '\r';
  struct Variant {
    const char* what;
    std::string bytes;
    const char* encoding;
  } variants[] = {
      {"GB18030", reencode(utf8, "GB18030"), "GB18030"},
      {"UTF-16LE with BOM", "\xFF\xFE" + reencode(utf8, "UTF-16LE"), "UTF-16LE"},
      {"UTF-16BE with BOM", "\xFE\xFF" + reencode(utf8, "UTF-16BE"), "UTF-16BE"},
      {"UTF-8 with BOM", "\xEF\xBB\xBF" + utf8, "UTF-8 BOM"},
      {"CRLF", crlf, "UTF-8"},
      {"CR", cr, "UTF-8"},
      {"GB18030 and CRLF", reencode(crlf, "GB18030"), "GB18030"},
  };
  for (const auto& v : variants) {
    Document d = convert(v.bytes, "s");
    EXPECT_EQ(d.source.encoding, v.encoding) << v.what;
    EXPECT_EQ(without_source(d), want) << v.what;
  }
}

TEST(Parse, RealFirstPageConventions) {
  std::string text =
      "联 合 国\tA/63/100*\n"
      "大  会\n"
      "Distr.: General\n"
      "1 July 2008\n"
      "Chinese\n"
      "Original: English\n"
      "第六十三届会议\n"
      "暂定项目清单**项目 55\n"
      "可持续发展\n"
      "可持续发展问题世界首脑会议的后续行动\n"
      "秘书长的报告\n"
      "摘要\n"
      "本报告介绍了执行情况，并提出了建议。\n"
      "__________________\n"
      "* 因技术原因重新印发。\n"
      "** A/63/50。\n"
      "GE.08-12345 (C)\n"
      "1/12\n"
      "\f一、导言\n"
      "1. 正文。\n"
      "A/63/100\n"
      "2/12\n";
  Document d = doc_of(text);
  EXPECT_EQ(d.front_matter.symbol.value_or(""), "A/63/100");
  EXPECT_EQ(d.front_matter.organ.value_or(""), "大会");
  EXPECT_EQ(d.front_matter.date.value_or(""), "2008-07-01");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].label, "暂定项目清单");
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "55");
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "可持续发展");
  EXPECT_EQ(d.front_matter.title.value_or(""), "可持续发展问题世界首脑会议的后续行动");
  EXPECT_EQ(d.front_matter.subtitle.value_or(""), "秘书长的报告");
  ASSERT_EQ(d.front_matter.paragraphs.size(), 2u);
  EXPECT_EQ(d.front_matter.paragraphs[0].paragraph_kind, "heading");
  EXPECT_EQ(d.front_matter.paragraphs[0].text, "摘要");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u) << "the star on the symbol";
  EXPECT_EQ(d.footnotes[0].refs[0].in, "front_matter");
  EXPECT_EQ(d.footnotes[1].id, "**");
  std::vector<std::string> kinds;
  for (auto& f : d.furniture) kinds.push_back(f.kind);
  std::sort(kinds.begin(), kinds.end());
  EXPECT_EQ(kinds, (std::vector<std::string>{"job_number", "page_number", "page_number", "rule", "running_header"}));
  EXPECT_FALSE(has_code(d, "W-UNPLACED"));
}

TEST(Parse, SubItemsStayInTheirParagraph) {
  std::string text =
      "一、建议\n"
      "1. 会员国、联合国系统和人道主义组织应当采取下列行动，以便加强人道主义协调：\n"
      "(a) 进一步加强集群办法，确保国家当局和非政府组织的充分参与；\n"
      "(b) 支持人道主义协调员制度；\n"
      "(c) 确保人道主义人员能够安全、无阻碍地接触受影响人口。\n"
      "2. 鼓励所有会员国向中央应急基金提供及时和可预测的捐助，以期实现年度供资目标，\n"
      "并为此进一步扩大捐助方的范围，包括私营部门和各种基金会以及个人捐助者的范围。\n"
      "3. 请秘书长在下届会议上报告本决议的执行情况，并在报告中提出进一步的建议，以便\n"
      "大会审议，同时确保报告及时分发给所有会员国和观察员。\n";
  Document d = doc_of(text);
  auto ps = numbered(d);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_NE(ps[0]->text.find("；(b) 支持"), std::string::npos);
  EXPECT_NE(ps[0]->text.find("(c) 确保"), std::string::npos);
  EXPECT_EQ(collect(d.body, [](const Node& n) { return n.paragraph_kind == "unnumbered"; }).size(), 0u);
}

TEST(Parse, LongFormChaptersAndAppendices) {
  Document d = doc_of("第一章 导言\n1. 段。\n第二章 结论\n2. 段。\n附录\n术语表\n1. 段。\n");
  EXPECT_EQ(sections(d, "chapter"), 2u);
  EXPECT_EQ(d.body[1].number.value_or(""), "第二章");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "术语表");
}

// The sample hard-wrapped at 35 characters, as PDF extraction lays it out,
// must give the same structure and text (only line numbers move).
namespace {
void strip_positions(Json& j) {
  if (j.is_object()) {
    for (const char* k : {"lines", "line", "breaks", "fragments", "message", "source"}) j.erase(k);
    for (auto& [k, v] : j.items()) strip_positions(v);
  } else if (j.is_array()) {
    for (auto& v : j) strip_positions(v);
  }
}
}  // namespace

TEST(SampleVariants, HardWrappedAt35Characters) {
  U32 text = from_utf8(read_file("samples/a-61-hearings-migration-summary.txt"));
  U32 wrapped;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(U'\n', start);
    if (end == U32::npos) end = text.size();
    U32View line = U32View(text).substr(start, end - start);
    if (line.find(U'\t') != U32View::npos || line.size() <= 35) {
      wrapped += line;
      wrapped += U'\n';
    } else {
      for (size_t i = 0; i < line.size(); i += 35) {
        wrapped += line.substr(i, 35);
        wrapped += U'\n';
      }
    }
    start = end + 1;
  }
  Json a = to_json(convert(read_file("samples/a-61-hearings-migration-summary.txt"), "s"));
  Json b = to_json(convert(to_utf8(wrapped), "s"));
  strip_positions(a);
  strip_positions(b);
  EXPECT_EQ(a.dump(1), b.dump(1));
}

TEST(Parse, ListItemOutOfSequenceIsNotAChapter) {
  // hard-wrapped at 30 characters; "一、…" inside paragraph 2 runs on into
  // the next line and is out of the chapter sequence (chapter 一 is open)
  std::string text =
      "一、导言\n"
      "1. 本报告是根据大会第六十一届会议的决议提交的，大会在该决议中请秘\n"
      "书长每年就人道主义紧急援助的协调问题向大会提出报告并提出各项建议\n"
      "和意见。\n"
      "2. 会员国在讨论中提出了下列两个方面的优先事项，供今后的工作参考：\n"
      "一、加强各国之间在备灾和应对方面的合作，包括交流经验和最佳做法\n"
      "以及提供技术援助；二、加强国家和地方的能力，包括预警系统和应急\n"
      "规划，以便减少灾害对受影响人口造成的损失。\n"
      "二、结论\n"
      "3. 本报告最后提出了若干建议，供大会审议，其中包括加强协调和问责\n"
      "以及改进供资机制的建议，以便更好地满足受影响人口的各种需要。\n";
  Document d = doc_of(text);
  EXPECT_EQ(sections(d, "chapter"), 2u);
  const Node* p2 = paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  EXPECT_NE(p2->text.find("参考：一、加强各国之间"), std::string::npos) << p2->text;
}

TEST(Parse, AnnexTitleOnTheLabelLine) {
  Document d = doc_of("一、导言\n1. 段。\n附件一 与会者名单\n1. 甲。\n附件二：议程\n上午 10 时至 11 时\t开幕\n");
  ASSERT_EQ(d.annexes.size(), 2u);
  EXPECT_EQ(d.annexes[0].title, "与会者名单");
  EXPECT_EQ(d.annexes[1].number.value_or(""), "二");
  EXPECT_EQ(d.annexes[1].title, "议程");
  ASSERT_EQ(d.annexes[1].children.size(), 1u);
  EXPECT_EQ(d.annexes[1].children[0].kind, NodeKind::Table);
}

TEST(Parse, SpacedMarkersOfPdftotextLayout) {
  // pdftotext -layout of a PDF whose markers are raised strings of their own:
  // a space on both sides of each ("报告 1 。", "临时议程 * 项目"), and a
  // date cut at the line's end ("2022 年 1 月 1" / "日至…") whose 1 is no marker
  const std::string text =
      "联合国                                                     A/78/321\n"
      "大会                                           Distr.: General\n"
      "                                             15 August 2023\n"
      "\n"
      "第七十八届会议\n"
      "临时议程 * 项目 73(a)\n"
      "加强协调\n"
      "\n"
      "加强联合国人道主义紧急援助的协调\n"
      "秘书长的报告\n"
      "\n"
      " *   A/78/150。\n"
      "\n"
      "23-15612 (C)     250823   280823\n"
      "\fA/78/321\n"
      "\n"
      "一. 导言\n"
      "\n"
      "1.     本报告是根据大会第 46/182 号决议提交的，大会在该决议中请秘书长每年就协调问题向\n"
      "       大会提出报告 1 。本报告所述期间为 2022 年 1 月 1\n"
      "        日至 12 月 31 日。\n"
      "\n"
      "2.     2022 年，估计有 2.74 亿人需要人道主义援助和保护，比上一年增加约 17%。冲突、气候变\n"
      "       化和经济冲击相互交织，使需求达到创纪录水平 2 。\n"
      "\n"
      " 1    关于此前的报告，见 A/77/72-E/2022/48。\n"
      " 2    见 S/2023/345，第 12-15 段。\n"
      "\n"
      "2/3                                                   23-15612 (C)\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 3u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].in, "front_matter");
  const Node* p1 = paragraph(d, 1);
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->text,
            "本报告是根据大会第 46/182 号决议提交的，大会在该决议中请秘书长每年就协调问题向大会提出报告。"
            "本报告所述期间为 2022 年 1 月 1 日至 12 月 31 日。");
  ASSERT_EQ(p1->footnote_refs.size(), 1u);
  // the second page's footnotes are footnotes, not the text of paragraph 2
  const Node* p2 = paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p2->lines.last, 24);
  ASSERT_EQ(p2->footnote_refs.size(), 1u);
  EXPECT_EQ(d.footnotes[2].text, "见 S/2023/345，第 12-15 段。");
}

TEST(Parse, AgendaItemNumberAtALineEndIsNoMarker) {
  // "临时议程项目 2" at a line's end is the item's number: the page number "2"
  // below the next page's last line is no footnote 2 whose marker it is
  Document d = doc_of(
      "联合国\n\nE/CN.15/2023/1\n\n经济及社会理事会\n\nDistr.: General\n22 February 2023\n\n"
      "预防犯罪和刑事司法委员会\n第三十二届会议\n临时议程项目 2\n通过议程和其他组织事项\n\n临时议程\n1.\n\n"
      "选举主席团成员。\n\n2.\n\n通过议程和其他组织事项¹。\n\n¹ 第十四届大会于 2021 年 3 月 7 日至 12 日在日本京都举行。\n\n"
      "22-29148 (C)\n\fE/CN.15/2023/1\n3.\n\n其他事项。\n\n4.\n\n通过委员会第三十二届会议报告。\n\n2\n\n22-29148 (C)\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_TRUE(std::any_of(d.furniture.begin(), d.furniture.end(),
                          [](const Furniture& f) { return f.kind == "page_number" && f.text == "2"; }));
  EXPECT_FALSE(has_code(d, "E-FN-NO-MARKER"));
}

TEST(Parse, SpacedMarkerAfterAClosingMark) {
  // "《…宣言》 2 呼吁": -layout's spaces on both sides of a raised marker after
  // a closing mark; the spaces go with the marker. After Han, "附件 1 所载"
  // is a number, not a marker.
  Document d = doc_of(
      "大会，\n"
      "回顾其第 76/13 号决议 1 ，\n"
      "又回顾《联合国千年宣言》 2 呼吁会员国遵守奥林匹克休战，\n"
      "注意到附件 1 所载的资料，\n"
      "1. 敦促会员国遵守奥林匹克休战，各国动员 3 了更多资源。\n"
      "2. 如表 3 所示，第 3 段所述进展仍然不足。\n"
      "\n"
      "1   见 A/76/PV.35。\n"
      "2   第 55/2 号决议。\n"
      "3   见 A/78/100。\n");
  ASSERT_EQ(d.footnotes.size(), 3u);
  ASSERT_EQ(d.footnotes[2].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[2].refs[0].paragraph, 1);
  EXPECT_EQ(paragraph(d, 1)->text, "敦促会员国遵守奥林匹克休战，各国动员了更多资源。");
  EXPECT_EQ(paragraph(d, 2)->text, "如表 3 所示，第 3 段所述进展仍然不足。");
  std::vector<std::string> texts;
  undoc::walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
  });
  ASSERT_GE(texts.size(), 4u);
  EXPECT_EQ(texts[1], "回顾其第 76/13 号决议，");
  EXPECT_EQ(texts[2], "又回顾《联合国千年宣言》呼吁会员国遵守奥林匹克休战，");
  EXPECT_EQ(texts[3], "注意到附件 1 所载的资料，");
  ASSERT_EQ(d.footnotes[1].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[1].refs[0].line, 3);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].line, 2);
}

TEST(Parse, AnnexFootnotesNumberedAfresh) {
  std::string text =
      "一、导言\n"
      "1. 见报告¹。\n"
      "\n"
      "¹ A/61/1。\n"
      "附件\n"
      "说明\n"
      "1. 见决议¹。\n"
      "\n"
      "¹ 第 60/1 号决议。\n";
  Document d = convert(text, "t.txt");
  ASSERT_EQ(d.footnotes.size(), 2u);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].in, "body");
  ASSERT_EQ(d.footnotes[1].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[1].refs[0].in, "annex");
  EXPECT_FALSE(has_code(d, "E-FN-ORDER"));
  EXPECT_FALSE(has_code(d, "E-FN-NO-MARKER"));
}

TEST(Parse, LetterWithoutHeadingsHasItsTextInTheBody) {
  Document d = doc_of(
      "联合国\tA/62/500\n大会\n第六十二届会议\n议程项目 10\n"
      "2007 年 10 月 1 日某国常驻联合国代表给秘书长的信\n"
      "谨随函转递某国政府的声明。\n请将本信及其附件作为大会文件分发为荷。\n");
  EXPECT_EQ(d.front_matter.title.value_or(""), "2007 年 10 月 1 日某国常驻联合国代表给秘书长的信");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 2u);  // one paragraph per line when the text is not hard-wrapped
  EXPECT_EQ(d.body[1].text, "请将本信及其附件作为大会文件分发为荷。");
}

TEST(TreeCheck, EverySampleAndTestInputIsSound) {
  for (const char* name : {"a-61-hearings-migration-summary", "a-62-87-humanitarian-report-pdftotext",
                           "a-62-87-humanitarian-report-raw", "a-62-87-humanitarian-report-layout",
                           "a-res-61-295-declaration-gb18030-crlf", "a-62-violence-against-women-seed-format"}) {
    Document d = convert(read_file(std::string("samples/") + name + ".txt"), name);
    auto problems = check_tree(d);
    EXPECT_TRUE(problems.empty()) << name << ": " << (problems.empty() ? "" : problems.front());
  }
}

TEST(TreeCheck, FindsBrokenTrees) {
  Document d = convert("一、导言\n1. 段落。\n", "t");
  ASSERT_TRUE(check_tree(d).empty());
  Document bad = d;
  bad.body[0].children[0].fragments = 3;
  EXPECT_FALSE(check_tree(bad).empty());
  bad = d;
  bad.body[0].children[0].lines = {};
  EXPECT_FALSE(check_tree(bad).empty());
  bad = d;
  bad.body[0].children[0].footnote_refs.push_back({"1", 99});
  EXPECT_FALSE(check_tree(bad).empty());
}

TEST(Parse, SubItemsSetOffByBlankLinesAreNoPageBreaks) {
  Document d = doc_of("二、结论\n\n6. 大会不妨：\n\n(a) 敦促会员国加强努力；\n\n(b) 请秘书长提交进一步报告。\n");
  const Node* p = paragraph(d, 6);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "大会不妨：(a) 敦促会员国加强努力；(b) 请秘书长提交进一步报告。");
  EXPECT_EQ(p->fragments, 1);
  EXPECT_TRUE(p->breaks.empty());
}

TEST(Parse, PageFootNoteWithoutAFoundMarkerIsStillANote) {
  Document d = convert("一、导言\n1. 秘书长在其报告中提出了建议。\n\n1 A/60/871。\n\n06-45095 (C)\n3\n\fA/61/187\n2. 第二段。\n", "t");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(paragraph(d, 1)->text, "秘书长在其报告中提出了建议。");
  EXPECT_TRUE(has_code(d, "E-FN-NO-MARKER"));
}

TEST(Parse, EcosocSessionsAndCommittees) {
  Document e = doc_of("联合国\tE/2006/56\n经济及社会理事会\n2006 年实质性会议\n临时议程项目 14(a)\n提高妇女地位\n秘书长的报告\n一、导言\n1. 本报告。\n");
  EXPECT_EQ(e.front_matter.organ.value_or(""), "经济及社会理事会");
  EXPECT_EQ(e.front_matter.session_text.value_or(""), "2006 年实质性会议");
  EXPECT_FALSE(e.front_matter.session_number);
  ASSERT_EQ(e.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(e.front_matter.agenda_items[0].item, "14(a)");
  Document c = doc_of("大会\n第六十一届会议\n第二委员会\n议程项目 52\n宏观经济政策问题\n决议草案\n1. 决定。\n");
  EXPECT_TRUE(c.front_matter.notes.empty());
  EXPECT_EQ(c.front_matter.committee.value_or(""), "第二委员会");
  EXPECT_EQ(c.front_matter.title.value_or(""), "决议草案");
}

// The seed laid out by LibreOffice and extracted by pdftotext (tests/data/
// make_pdf_samples.py): hard-wrapped, with page furniture, real footnotes, a
// TOC whose cells come on lines of their own and an agenda whose cells wrap.
// The structure must come out the same as from the seed.
class PdfOfTheSeed : public ::testing::TestWithParam<const char*> {};

INSTANTIATE_TEST_SUITE_P(PdftotextModes, PdfOfTheSeed,
                         ::testing::Values("samples/a-61-hearings-migration-summary-pdf.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-raw.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-layout.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-12pt.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-12pt-raw.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-12pt-layout.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-narrow.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-narrow-raw.txt",
                                           "samples/a-61-hearings-migration-summary-pdf-narrow-layout.txt"));

TEST_P(PdfOfTheSeed, HasTheSameStructureAsTheSeed) {
  Document a = convert(read_file("samples/a-61-hearings-migration-summary.txt"), "a");
  Document b = convert(read_file(GetParam()), "b");
  auto headings = [](const Document& d) {
    std::vector<std::string> out;
    walk(d.body, [&](const Node& n) {
      if (n.kind == NodeKind::Section) out.push_back(n.section_kind.str() + ":" + n.number.value_or("") + ":" + n.title);
    });
    return out;
  };
  EXPECT_EQ(headings(a), headings(b));
  auto no_spaces = [](const std::string& s) {
    std::string out;
    for (char c : s)
      if (c != ' ') out += c;
    return out;
  };
  auto pa = numbered(a), pb = numbered(b);
  ASSERT_EQ(pa.size(), pb.size());
  for (size_t i = 0; i < pa.size(); ++i) {
    EXPECT_EQ(*pa[i]->paragraph_number, *pb[i]->paragraph_number);
    EXPECT_EQ(no_spaces(pa[i]->text), no_spaces(pb[i]->text)) << "paragraph " << *pa[i]->paragraph_number;
  }
  ASSERT_EQ(a.toc.entries.size(), b.toc.entries.size());
  for (size_t i = 0; i < a.toc.entries.size(); ++i) {
    EXPECT_EQ(a.toc.entries[i].title, b.toc.entries[i].title);
    EXPECT_EQ(a.toc.entries[i].paragraphs, b.toc.entries[i].paragraphs);
  }
  ASSERT_EQ(a.footnotes.size(), b.footnotes.size());
  for (size_t i = 0; i < a.footnotes.size(); ++i) {
    EXPECT_EQ(a.footnotes[i].id, b.footnotes[i].id);
    EXPECT_EQ(a.footnotes[i].text, b.footnotes[i].text);
    ASSERT_EQ(b.footnotes[i].refs.size(), 1u);
    EXPECT_EQ(a.footnotes[i].refs[0].paragraph, b.footnotes[i].refs[0].paragraph);
  }
  EXPECT_EQ(a.front_matter.title, b.front_matter.title);
  EXPECT_EQ(a.front_matter.subtitle, b.front_matter.subtitle);
  EXPECT_EQ(b.front_matter.symbol.value_or(""), "A/61/187");
  ASSERT_EQ(b.annexes.size(), 1u);
  ASSERT_EQ(b.annexes[0].children.size(), 1u);
  const Node& agenda = b.annexes[0].children[0];
  ASSERT_EQ(agenda.kind, NodeKind::Table);
  EXPECT_EQ(agenda.rows.size(), 8u);  // the 12 rows less the 4 whose first cell is empty, merged above
  EXPECT_EQ(agenda.rows[2][0], "上午 10 时 35 分 至 11 时 45 分");
  EXPECT_EQ(b.annexes[0].title, a.annexes[0].title);
  EXPECT_FALSE(has_code(b, "W-UNPLACED"));
  EXPECT_TRUE(check_tree(b).empty());
}

// The report in another page set-up (narrow column, "3/5" page numbers) and
// in all three pdftotext modes parses to the structure of the default one.
class ReportLayouts : public ::testing::TestWithParam<const char*> {};

INSTANTIATE_TEST_SUITE_P(NarrowColumn, ReportLayouts,
                         ::testing::Values("samples/a-62-87-humanitarian-report-narrow.txt",
                                           "samples/a-62-87-humanitarian-report-narrow-raw.txt",
                                           "samples/a-62-87-humanitarian-report-narrow-layout.txt"));

TEST_P(ReportLayouts, SameStructureAsTheDefaultLayout) {
  auto structure = [](const std::string& path) {
    Json j = to_json(convert(read_file(path), "r"));
    j.erase("furniture");  // page numbers differ: "3" and "3/5"
    for (auto& e : j["toc"]["entries"]) e.erase("page");
    // (lines as written differ with the layout: the masthead's, the agenda
    // line's with its marker where the mode set it, the TOC's heads on one
    // line or two)
    j["front_matter"].erase("masthead");
    for (auto& a : j["front_matter"]["agenda_items"]) a.erase("text");
    j["toc"].erase("heads");
    strip_positions(j);
    return j.dump(1);
  };
  EXPECT_EQ(structure("samples/a-62-87-humanitarian-report-pdftotext.txt"), structure(GetParam()));
}

// ---- kinds of document and input shapes (issue: every common kind) -------------

TEST(Kinds, EcosocResolutionOneParagraphPerLine) {
  Document d = doc_of(
      "联合国 E/RES/2023/5\n经济及社会理事会\nDistr.: General\n2023年6月28日\n"
      "2023年届会\n议程项目19(c)\n社会与人权问题\n"
      "2023年6月23日经济及社会理事会决议\n[根据委员会的建议(E/2023/30)通过]\n"
      "2023/5. 在少年司法中推广非监禁措施\n"
      "经济及社会理事会，\n回顾其以往的各项决议，\n注意到秘书长的报告，\n建议大会通过下列决议草案：\n"
      "大会，\n重申其承诺，\n请会员国加强合作；\n又请秘书长提交报告。\n"
      "第43次全体会议\n2023年6月23日\n");
  EXPECT_EQ(d.kind, "resolution");
  EXPECT_EQ(d.source.layout.shape, "paragraph_per_line");
  EXPECT_EQ(d.front_matter.session_text, "2023年届会");
  EXPECT_EQ(d.front_matter.title, "在少年司法中推广非监禁措施");
  EXPECT_EQ(d.front_matter.resolution_number, "2023/5");
  ASSERT_TRUE(d.front_matter.adoption);
  EXPECT_EQ(d.front_matter.adoption->text, "2023年6月23日经济及社会理事会决议");  // kept whole
  EXPECT_EQ(d.front_matter.adoption->date, "2023-06-23");
  EXPECT_EQ(d.front_matter.adoption->organ, "经济及社会理事会");
  EXPECT_EQ(d.front_matter.date, "2023-06-28");
  std::vector<std::string> kinds;
  for (const auto& n : d.body) kinds.push_back(n.paragraph_kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"formula", "preambular", "preambular", "unnumbered", "formula",
                                             "preambular", "unnumbered", "unnumbered"}));
  ASSERT_EQ(d.closing.size(), 2u);
  EXPECT_EQ(d.closing[0].kind, "meeting");
  EXPECT_EQ(d.closing[0].value, "43");
  EXPECT_EQ(d.closing[1].value, "2023-06-23");
}

TEST(Kinds, ExecutiveBoardFrontMatter) {
  // an executive board's report: the agency above 执行局, a regular session
  // of the year, its dates, and an agenda item with the document's own title
  // below it (no agenda title: 摘要 follows)
  Document d = doc_of(
      "E/ICEF/2023/5\n联合国\n经济及社会理事会\nDistr.: General\n12 December 2022\nChinese\nOriginal: English\n"
      "联合国儿童基金会\n执行局\n2023年第一届常会\n2023年2月7日至10日\n临时议程* 项目8\n"
      "对儿基会评价职能进行独立同行审议的最新情况\n摘要\n本报告提供最新情况。\n* E/ICEF/2023/1。\n"
      "一. 导言\n1. 同行审议的目的是提供评估。\n");
  const auto& fm = d.front_matter;
  EXPECT_EQ(fm.session_text, "2023年第一届常会");
  EXPECT_EQ(fm.notes, (std::vector<std::string>{"联合国儿童基金会", "执行局", "2023年2月7日至10日"}));
  ASSERT_EQ(fm.agenda_items.size(), 1u);
  EXPECT_EQ(fm.agenda_items[0].item, "8");
  EXPECT_EQ(fm.agenda_items[0].title, "");
  EXPECT_EQ(fm.title, "对儿基会评价职能进行独立同行审议的最新情况");
  EXPECT_EQ(d.kind, "report");  // (its summary says so)
  // a board's long name on one line
  Document u = doc_of(
      "DP/FPA/2023/1\n联合国开发计划署、联合国人口基金和联合国项目事务署执行局\n2023年年度会议\n"
      "临时议程项目 7\n人口基金\n人口基金执行主任的报告\n一. 导言\n1. 本报告概述进展。\n");
  EXPECT_EQ(u.front_matter.notes.front(), "联合国开发计划署、联合国人口基金和联合国项目事务署执行局");
  EXPECT_EQ(u.front_matter.session_text, "2023年年度会议");
  ASSERT_EQ(u.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(u.front_matter.agenda_items[0].title, "人口基金");
}

TEST(Kinds, TreatyBodyAndConventionBodyFrontMatter) {
  // a treaty body's masthead names its convention where an organ stands
  Document c = doc_of(
      "联合国 CEDAW/C/CHN/CO/9\n消除对妇女一切形式歧视公约\nDistr.: General\n31 May 2023\nChinese\nOriginal: English\n"
      "消除对妇女歧视委员会\n关于中国第九次定期报告的结论性意见*\n1. 委员会审议了报告。\nA. 导言\n"
      "2. 委员会表示赞赏。\n* 委员会第八十五届会议通过。\n");
  EXPECT_EQ(c.front_matter.title, "关于中国第九次定期报告的结论性意见");
  EXPECT_EQ(c.front_matter.notes, (std::vector<std::string>{"消除对妇女一切形式歧视公约", "消除对妇女歧视委员会"}));
  ASSERT_EQ(c.footnotes.size(), 1u);
  EXPECT_FALSE(c.footnotes[0].refs.empty());
  // a convention's own title, with no masthead, stays its title
  Document t = doc_of("关于跨界野火预防和应对合作的公约\n\n序言\n\n本公约缔约国，\n兹协议如下：\n第一条 定义\n为本公约的目的：\n");
  EXPECT_EQ(t.front_matter.title, "关于跨界野火预防和应对合作的公约");
  // a conference of the parties; an addendum's line is no title
  Document f = doc_of(
      "联合国 FCCC/CP/2022/10/Add.1\nDistr.: General\n17 March 2023\nChinese\nOriginal: English\n缔约方会议\n"
      "第二十七届会议\n2022年11月6日至20日在沙姆沙伊赫举行\n增编\n第二部分：缔约方会议第二十七届会议采取的行动\n"
      "第1/CP.27号决定\n沙姆沙伊赫执行计划\n缔约方会议，\n回顾第1/CP.19号决定，\n1. 欢迎各缔约方的努力；\n");
  EXPECT_EQ(f.front_matter.session_text, "第二十七届会议");
  EXPECT_EQ(f.front_matter.notes, (std::vector<std::string>{"缔约方会议", "增编"}));
  ASSERT_TRUE(f.front_matter.meeting);  // (when and where the session was held)
  EXPECT_EQ(f.front_matter.meeting->held, "2022年11月6日至20日在沙姆沙伊赫举行");
  EXPECT_NE(f.front_matter.title, "增编");
}

TEST(Kinds, JointAgendaLineHasAnItemAndATitleEach) {
  Document d = doc_of(
      "联合国 A/HRC/53/20\n大会\nDistr.: General\n4 May 2023\nChinese\nOriginal: English\n人权理事会\n第五十三届会议\n"
      "2023年6月19日至7月14日\n议程项目2和3\n联合国人权事务高级专员的年度报告\n促进和保护所有人权\n\n"
      "保护公民空间的权利\n\n联合国人权事务高级专员的报告\n\n摘要\n本报告审查了公民空间。\n一. 导言\n1. 本报告提交。\n");
  const auto& fm = d.front_matter;
  ASSERT_EQ(fm.agenda_items.size(), 2u);
  EXPECT_EQ(fm.agenda_items[0].item, "2");
  EXPECT_EQ(fm.agenda_items[0].title, "联合国人权事务高级专员的年度报告");
  EXPECT_EQ(fm.agenda_items[1].item, "3");
  EXPECT_EQ(fm.agenda_items[1].title, "促进和保护所有人权");
  EXPECT_EQ(fm.title, "保护公民空间的权利");
  EXPECT_EQ(d.kind, "report");
}

TEST(Kinds, SecurityCouncilVerbatimRecord) {
  Document d = doc_of(
      "联合国\tS/PV.9300\n临时文件\n安全理事会\n第七十八年\n第9300次会议\n2023年4月20日星期四上午10时\n纽约\n\n"
      "主席：\t瓦西里耶夫先生\t(俄罗斯联邦)\n成员：\t阿尔巴尼亚\t霍克沙先生\n\t巴西\t德索萨先生\n\n"
      "议程\n维持国际和平与安全\n冲突局势中的粮食不安全\n\n"
      "本记录包括中文发言的文本和其他语言发言的译文。更正应只对原文提出。\n\n"
      "上午10时05分开会。\n\n通过议程\n\n议程通过。\n\n维持国际和平与安全\n冲突局势中的粮食不安全\n\n"
      "主席(以俄语发言)：安全理事会现在开始审议议程项目。\n\n上午11时35分散会。\n");
  const auto& fm = d.front_matter;
  EXPECT_EQ(d.kind, "record");
  ASSERT_TRUE(fm.meeting);
  EXPECT_EQ(fm.meeting->held, "2023年4月20日星期四上午10时");
  EXPECT_EQ(fm.date, "2023-04-20");
  EXPECT_EQ(fm.title, "第9300次会议");  // not 临时文件, which is a note
  ASSERT_EQ(fm.agenda_items.size(), 1u);
  EXPECT_EQ(fm.agenda_items[0].title, "维持国际和平与安全");
  EXPECT_NE(std::find(fm.notes.begin(), fm.notes.end(), "巴西\t德索萨先生"), fm.notes.end());
  EXPECT_EQ(fm.notes.back(), "本记录包括中文发言的文本和其他语言发言的译文。更正应只对原文提出。");
  // the body takes up the agenda, repeated unnumbered
  ASSERT_GE(d.body.size(), 3u);
  EXPECT_EQ(d.body[1].section_kind, "subhead");
  EXPECT_EQ(d.body[1].title, "通过议程");
  EXPECT_EQ(d.body[2].section_kind, "item");
  EXPECT_EQ(d.body[2].title, "维持国际和平与安全");
  ASSERT_FALSE(d.body[2].children.empty());
  EXPECT_EQ(d.body[2].children[0].section_kind, "subhead");
}

TEST(Kinds, PresidentialStatementInQuotedParagraphs) {
  const std::string l1 = "“安全理事会重申对中部非洲区域各国的主权、独立、统一和领土完整的坚定承诺，";
  Document d = doc_of(
      "联合国\tS/PRST/2023/2\n安全理事会\nDistr.: General\n24 March 2023\nChinese\nOriginal: English\n\n"
      "安全理事会主席的声明\n\n在2023年3月24日举行的安全理事会第9291次会议上，在安理会审议题为“中部非洲\n"
      "区域”的项目时，安全理事会主席代表安理会发表声明如下：\n\n" + l1 + "\n并重申睦邻友好、不干涉和区域合作的原则。\n"
      "“安理会强调妇女充分、平等和切实参与预防和解决冲突以及建设和平进程的重要性，并鼓\n"
      "励中非办继续支持本区域各国执行关于妇女与和平与安全的议程的各项工作和努力。\n"
      "“安理会表示打算继续密切关注中部非洲区域的局势。”\n\n1\n");
  EXPECT_EQ(d.kind, "decision");
  ASSERT_EQ(d.body.size(), 4u);
  EXPECT_EQ(d.body[1].text, l1 + "并重申睦邻友好、不干涉和区域合作的原则。");
  EXPECT_EQ(d.body[3].text, "“安理会表示打算继续密切关注中部非洲区域的局势。”");
  ASSERT_EQ(d.furniture.size(), 1u);  // the one page's number
  EXPECT_EQ(d.furniture[0].kind, "page_number");
}

TEST(Kinds, SecretaryGeneralsBulletin) {
  Document d = doc_of(
      "联合国\tST/SGB/2023/1\n秘书处\n2023年1月1日\n\n秘书长公报\n\n工作人员细则的临时适用\n\n"
      "秘书长为执行大会第77/256号决议，特此颁布如下：\n\n第1节\n一般规定\n\n1.1 本公报颁布的修正案临时适用。\n\n"
      "第2节\n生效\n\n本公报自2023年1月1日起生效。\n");
  EXPECT_EQ(d.kind, "instrument");
  EXPECT_EQ(d.front_matter.title, "工作人员细则的临时适用");
  ASSERT_EQ(d.body.size(), 2u);  // (the opening line goes with the front matter)
  EXPECT_EQ(d.body[0].section_kind, "section");
  EXPECT_EQ(d.body[0].number, "第1节");
  EXPECT_EQ(d.body[0].title, "一般规定");
  EXPECT_EQ(d.body[1].number, "第2节");  // beside the first, not inside it
}

TEST(Kinds, BoardDecisionOpensWithTheBoardsName) {
  // a draft decision at the end of a board's report: "执行局" alone, then 1., 2.
  Document d = doc_of("联合国\tE/ICEF/2023/7\n经济及社会理事会\nDistr.: General\n1 December 2022\n\n"
                      "分散评价职能的最新情况\n\n摘要\n本报告介绍进展。\n一. 导言\n1. 本报告提交执行局。\n二. 决定草案\n\n"
                      "执行局\n\n1. 注意到本报告；\n\n2. 请儿基会继续报告。\n");
  bool formula = false;
  walk(d.body, [&](const Node& n) { formula = formula || (n.paragraph_kind == "formula" && n.text == "执行局"); });
  EXPECT_TRUE(formula);
  EXPECT_EQ(d.kind, "report");  // (a board's draft decision does not make its report a decision)
  // and its paragraphs, numbered afresh after the formula, are no duplicates
  for (const auto& v : validate(d)) EXPECT_NE(v.code, "E-PARA-DUP") << v.message;
}

TEST(Kinds, ReviewedEdgesOfTheNewRules) {
  // quantities stay in the text: 在2日内, 2项目标, 2次区域 are no footnote markers
  // (the page's footnote 1 is called at paragraph 4, not by these numbers)
  Document q = doc_of("1. 各国应在1日内通报灾情。\n2. 各方承诺实现1项目标。\n3. 本组织举行了1次区域磋商。\n4. 见报告。1\n\n"
                      "1 见 A/77/1。\n\n22-12345 (C)\n\f5. 后文。\n");
  for (long k = 1; k <= 4; ++k) ASSERT_NE(paragraph(q, k), nullptr);
  EXPECT_EQ(paragraph(q, 1)->text, "各国应在1日内通报灾情。");
  EXPECT_EQ(paragraph(q, 2)->text, "各方承诺实现1项目标。");
  EXPECT_EQ(paragraph(q, 3)->text, "本组织举行了1次区域磋商。");
  EXPECT_EQ(paragraph(q, 4)->text, "见报告。");
  // a day-and-hour line cut after 星期, or spaced with commas: no error, and read when whole
  for (const char* held : {"2023年4月20日星期", "2023 年 4 月 20 日，星期四，上午 10 时 30 分"}) {
    Document r = doc_of(std::string("联合国\tS/PV.9300\n安全理事会\n第七十八年\n第9300次会议\n") + held +
                        "\n纽约\n\n上午10时05分开会。\n");
    ASSERT_TRUE(r.front_matter.meeting) << held;
    if (std::string(held).find("时") != std::string::npos) EXPECT_EQ(r.front_matter.meeting->held, held);
  }
  // a numbered paragraph that opens with a quoted term is no quoted statement
  Document n = doc_of("1. 前文。\n2. “无偿照护工作”是指在家庭中提供的照料。\n“照护经济”则包括有偿和无偿的照护工作。\n3. 后文。\n");
  ASSERT_NE(paragraph(n, 2), nullptr);
  EXPECT_EQ(paragraph(n, 2)->text, "“无偿照护工作”是指在家庭中提供的照料。“照护经济”则包括有偿和无偿的照护工作。");
  // 第一节 of a convention holds its articles
  Document c = doc_of("第二部分 预防\n第一节 国家层面\n第五条 国家措施\n缔约方应采取措施。\n"
                      "第二节 区域层面\n第六条 风险评估\n缔约方应评估风险。\n");
  ASSERT_EQ(c.body.size(), 1u);
  ASSERT_EQ(c.body[0].children.size(), 2u);
  EXPECT_EQ(c.body[0].children[0].number, "第一节");
  ASSERT_EQ(c.body[0].children[0].children.size(), 1u);
  EXPECT_EQ(c.body[0].children[0].children[0].section_kind, "article");
  // a compilation's decisions: 第77/418号决定 and its title
  Document d = doc_of("A. 选举和任命\n\n第77/418号决定\n选举安全理事会五个非常任理事国\n\n大会选出五个国家。\n\n"
                      "第77/419号决定\n选举经济及社会理事会十八个理事国\n\n大会选出十八个国家。\n");
  EXPECT_EQ(d.kind, "decision");
  ASSERT_EQ(d.body.size(), 1u);
  ASSERT_EQ(d.body[0].children.size(), 2u);
  EXPECT_EQ(d.body[0].children[1].number, "第77/419号决定");
  EXPECT_EQ(d.body[0].children[1].title, "选举经济及社会理事会十八个理事国");
}

TEST(Kinds, DraftResolutionAndBudgetFascicleMastheads) {
  // an L document: the sponsors' line is the subtitle, the draft's title below it
  Document l = doc_of("联合国\tA/77/L.56\n大会\nDistr.: Limited\n1 June 2023\n\n第七十七届会议\n议程项目13\n"
                      "可持续发展\n\n阿尔及利亚、巴西和越南：决议草案\n\n国际山地牧民日\n\n大会，\n回顾其决议，\n"
                      "1. 决定宣布国际日；\n");
  EXPECT_EQ(l.front_matter.subtitle, "阿尔及利亚、巴西和越南：决议草案");
  EXPECT_EQ(l.front_matter.title, "国际山地牧民日");
  // a budget section's symbol, its letter after the number; a section titled by a year
  Document b = doc_of("联合国\tA/78/6 (Sect. 29E)\n大会\nDistr.: General\n1 May 2023\n\n一. 导言\n"
                      "A. 2024年拟议方案计划和2022年方案执行情况\n1. 文本。\n");
  EXPECT_EQ(b.front_matter.symbol, "A/78/6 (Sect. 29E)");
  ASSERT_EQ(b.body.size(), 1u);
  ASSERT_FALSE(b.body[0].children.empty());
  EXPECT_EQ(b.body[0].children[0].section_kind, "section");
  EXPECT_EQ(b.body[0].children[0].title, "2024年拟议方案计划和2022年方案执行情况");
}

TEST(Kinds, SecondReviewEdges) {
  // a footnote opening with 国内 or 席位 is a footnote, not a count
  Document f = doc_of("1. 见报告。1\n2. 见研究。2\n\n1 国内流离失所监测中心，《全球报告》。\n2 席位分配见TD/541/Add.2。\n\n"
                      "22-12345 (C)\n\f3. 后文。\n");
  ASSERT_EQ(f.footnotes.size(), 2u);
  EXPECT_EQ(f.footnotes[1].text, "席位分配见TD/541/Add.2。");
  // a letter under an agenda item keeps its title, and so its date and sender
  Document l = doc_of("联合国\tA/77/900\n大会\nDistr.: General\n5 May 2023\n\n第七十七届会议\n议程项目32\n预防武装冲突\n\n"
                      "2023年5月3日法国常驻联合国代表给秘书长的信\n\n谨随函转递声明。\n");
  EXPECT_EQ(l.front_matter.title, "2023年5月3日法国常驻联合国代表给秘书长的信");
  ASSERT_TRUE(l.front_matter.letter);
  // a resolution titled by a committee's report is a resolution
  Document r = doc_of("77/114. 东道国关系委员会的报告\n\n大会，\n注意到委员会的报告，\n1. 赞同委员会的建议；\n");
  EXPECT_EQ(r.kind, "resolution");
  // a report citing decisions in its headings is a report
  Document k = doc_of("联合国\tA/77/1000\n大会\nDistr.: General\n5 May 2023\n\n决定的执行情况\n\n秘书长的报告\n\n一. 导言\n"
                      "1. 本报告介绍情况。\n第77/418号决定\n选举安全理事会非常任理事国\n2. 选举已举行。\n第77/420号决定\n"
                      "选举大会主席\n3. 选举已举行。\n");
  EXPECT_EQ(k.kind, "report");
  // a table of numbered recommendations stays a table (no rule above it)
  Document t = doc_of("1. 委员会提出以下建议。\n序号\t建议\n1\t各区域办事处应列入评价规划。\n2\t区域评价顾问应审查评价质量。\n"
                      "3\t国家办事处应按时提交回应。\n2. 后文。\n");
  EXPECT_TRUE(t.footnotes.empty());
  // a draft's head, its title below, then its formula
  Document h = doc_of("一. 建议\n1. 委员会建议大会通过下列决议草案：\n\n决议草案一\n\n残疾人权利\n\n大会，\n1. 决定采取行动；\n");
  std::vector<std::string> subheads;
  walk(h.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.section_kind == "subhead") subheads.push_back(n.title);
  });
  EXPECT_EQ(subheads, (std::vector<std::string>{"决议草案一", "残疾人权利"}));
  // a symbol with a part's suffix in the text is no running header
  Document y = doc_of("联合国\tA/78/100\n大会\n\n一. 导言\n1. 见下列文件：\nA/78/100 (Part II)\n2. 后文。\n");
  EXPECT_TRUE(y.furniture.empty());
}

TEST(Kinds, CurriculumVitaeFields) {
  // a candidate's name over the fields of a CV, each field a line without a full stop
  Document d = doc_of("1. 秘书长收到下列提名。\n\n阿米娜·卡马拉女士(塞拉利昂)\n\n出生日期和地点：1971年3月4日，弗里敦\n"
                      "现任职务：塞拉利昂大学法学院教授\n学历：伦敦大学国际法博士\n");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[1].section_kind, "subhead");
  EXPECT_EQ(d.body[1].title, "阿米娜·卡马拉女士(塞拉利昂)");
  ASSERT_EQ(d.body[1].children.size(), 3u);
  EXPECT_EQ(d.body[1].children[1].text, "现任职务：塞拉利昂大学法学院教授");
}

TEST(Kinds, TwoOrganLinesAreBothKept) {
  Document d = doc_of("联合国 A/77/893-S/2023/331\n大会\n安全理事会\nDistr.: General\n\n"
                      "2023年5月3日哈萨克斯坦常驻联合国代表给秘书长的信\n谨随函转递会议的主席总结。\n");
  EXPECT_EQ(d.front_matter.organs, (std::vector<std::string>{"大会", "安全理事会"}));
  EXPECT_EQ(d.front_matter.organ, "大会");
  EXPECT_EQ(d.kind, "letter");
}

TEST(Kinds, CharterChaptersArticlesAndParagraphsPerArticle) {
  Document d = doc_of(
      "第一章：宗旨及原则\n第一条\n1. 维持和平。\n2. 发展友好关系。\n第二条\n1. 各会员国主权平等。\n"
      "第二章 会员\n第三条\n1. 会员国应为爱好和平之国家。\n2. 准许入会。\n第三章\n机关\n第四条\n设立下列主要机关。\n");
  ASSERT_EQ(d.body.size(), 3u);
  EXPECT_EQ(d.body[0].title, "宗旨及原则");  // the colon is not part of the title
  EXPECT_EQ(d.body[1].title, "会员");
  EXPECT_EQ(d.body[2].title, "机关");  // the title on the line below
  EXPECT_EQ(d.body[1].children[0].number, "第三条");
  auto codes = [](const Document& doc) {
    std::set<std::string> out;
    for (const auto& x : validate(doc)) out.insert(x.code);
    return out;
  };
  EXPECT_EQ(codes(d).count("E-PARA-DUP"), 0u);     // numbered afresh in each article
  EXPECT_EQ(codes(d).count("W-HEADING-SEQ"), 0u);  // articles run on across chapters
  Document bad = doc_of("第一章：宗旨\n第一条\n1. 甲。\n1. 乙。\n第三条\n1. 丙。\n");
  EXPECT_EQ(codes(bad).count("E-PARA-DUP"), 1u);
  EXPECT_EQ(codes(bad).count("W-HEADING-SEQ"), 1u);
}

TEST(Kinds, SentencePerLineJoinsSentencesOfANumberedParagraph) {
  std::string text = "一. 导言\n";
  const char* more[] = {"这一段的第二句话补充了更多细节。", "此外，与会者还提出了若干具体的建议和意见。",
                        "这一点很重要。", "委员会注意到，许多会员国已经采取了相应的措施来解决这一问题。",
                        "秘书处将继续提供支助。", "他们还强调了国际合作的重要性以及相关各方之间加强协调的必要性。"};
  for (int i = 1; i <= 6; ++i) text += fmt::format("{}. 第{}段的第一句话说明了有关情况。\n{}\n", i, i, more[i - 1]);
  Document d = doc_of(text);
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
  ASSERT_NE(paragraph(d, 3), nullptr);
  EXPECT_EQ(paragraph(d, 3)->text, "第3段的第一句话说明了有关情况。这一点很重要。");
  EXPECT_TRUE(has_code(d, "I-SENTENCES-JOINED"));
}

TEST(Kinds, AgendaTitleLineOpeningWithDe) {
  // the agenda item's title wrapped where no width says the line is full (a
  // text of blank-line blocks): a line opening with 的 goes on with it
  Document d = doc_of(
      "联合国 A/78/321\n大会\nDistr.: General\n15 August 2023\n\n第七十八届会议\n临时议程 项目 73(a)\n"
      "加强联合国人道主义援助和救灾援助，包括特别经济援助的协调：加强联合国人道主义紧急援助\n的协调\n\n"
      "加强联合国人道主义紧急援助的协调\n秘书长的报告\n\n一. 导言\n\n1. 本报告是根据大会第 46/182 号决议提交的。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title,
            "加强联合国人道主义援助和救灾援助，包括特别经济援助的协调：加强联合国人道主义紧急援助的协调");
  EXPECT_EQ(d.front_matter.title, "加强联合国人道主义紧急援助的协调");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
}

TEST(Kinds, RecordChairAloneAboveTheName) {
  // pdftotext sets the chair line's columns apart: "主席：", a blank, the name
  Document d = doc_of(
      "联合国\n\nA/78/PV.43\n\n大会\n\n正式记录\n\n第七十八届会议\n第43次全体会议\n"
      "2023年11月13日星期一上午10时举行\n纽约\n\n主席：\n\n"
      "弗朗西斯先生 ……………………………… (特立尼达和多巴哥)\n\n"
      "上午10时05分开会。\n议程项目 121\n安全理事会席位公平分配问题\n"
      "主席（以英语发言）：我们认为，安全理事会改革是联合国更广泛改革的一个重要组成部分。\n"
      "上午11时40分散会。\n");
  EXPECT_EQ(d.kind, "record");
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->chair, "主席：弗朗西斯先生 ……………………………… (特立尼达和多巴哥)");
  EXPECT_FALSE(d.front_matter.subtitle) << *d.front_matter.subtitle;
}

TEST(Kinds, SummaryRecordMeetingItemsAndTimes) {
  Document d = doc_of(
      "联合国 A/C.6/77/SR.12\n大会\n第七十七届会议\n第六委员会\n第12次会议简要记录\n"
      "2022年10月25日星期二上午10时在纽约总部举行\n主席： 某某女士(危地马拉)\n\n"
      "上午10时05分宣布开会。\n议程项目78：国际法委员会的报告(续)\n1. 主席说，委员会将继续审议该项目。\n"
      "2. 某某先生(墨西哥)说，他支持报告。\n上午11时35分散会。\n");
  EXPECT_EQ(d.kind, "record");
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->number, 12);
  EXPECT_EQ(d.front_matter.meeting->date, "2022-10-25");
  EXPECT_EQ(d.front_matter.meeting->opened, "10:05");
  EXPECT_EQ(d.front_matter.meeting->closed, "11:35");
  EXPECT_EQ(d.front_matter.meeting->chair, "主席： 某某女士(危地马拉)");
  const Node* item = nullptr;
  for (const auto& n : d.body)
    if (n.kind == NodeKind::Section) item = &n;
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->section_kind, "item");
  EXPECT_EQ(item->number, "78");
  EXPECT_EQ(item->label, "议程项目78：");
  EXPECT_EQ(item->title, "国际法委员会的报告(续)");
  ASSERT_EQ(d.closing.size(), 1u);
  EXPECT_EQ(d.closing[0].kind, "adjourned");
}

// ---- PDF text in other page layouts (issue: any page layout) -------------------

TEST(Layouts, FooterWithPageAndJobNumberOnOneLineIsFurniture) {
  for (const char* footer : {"2   06-50315 (C)", "- 2 - 06-50315 (C)", "2/9 06-50315 (C)", "06-50315 (C)    2", "- 2 -"}) {
    std::string text = std::string("1. 第一段的文字。\n\n") + footer + "\n\fA/61/1\n2. 第二段的文字。\n";
    Document d = doc_of(text);
    ASSERT_NE(paragraph(d, 1), nullptr) << footer;
    EXPECT_EQ(paragraph(d, 1)->text, "第一段的文字。") << footer;
    EXPECT_FALSE(has_code(d, "W-UNPLACED")) << footer;
  }
}

TEST(Layouts, MastheadInColumns) {
  Document d = doc_of(
      "联 合 国                                        A/RES/78/247\n"
      "大会                                           Distr.: General\n"
      "                                            2024 年 1 月 5 日\n"
      "第七十八届会议 18 November 2023\n"
      "议程项目 19\n\n78/247. 宣言\n\n大会，\n回顾其决议，\n1. 通过宣言。\n\f");
  EXPECT_EQ(d.front_matter.symbol, "A/RES/78/247");
  EXPECT_EQ(d.front_matter.organs, (std::vector<std::string>{"大会"}));
  EXPECT_EQ(d.front_matter.distribution, "General");
  EXPECT_EQ(d.front_matter.date, "2024-01-05");
  EXPECT_EQ(d.front_matter.session_text, "第七十八届会议");
  EXPECT_EQ(d.front_matter.title, "宣言");
}

TEST(Layouts, MastheadReadAfterTheFrontMatter) {
  // pdftotext's default mode reads the right column of page 1 after the left one
  Document d = doc_of(
      "联 合 国\n大会\n第七十八届会议\n议程项目 19\n78/247. 宣言\n大会，\n\nA/RES/78/247\nDistr.: General\n"
      "2024 年 1 月 5 日\n\n回顾其决议，\n1. 通过宣言。\n\f");
  EXPECT_EQ(d.front_matter.symbol, "A/RES/78/247");
  EXPECT_EQ(d.front_matter.date, "2024-01-05");
  ASSERT_GE(d.body.size(), 2u);
  EXPECT_EQ(d.body[1].text, "回顾其决议，");
}

TEST(Layouts, TocGivenColumnByColumn) {
  std::string text =
      "目录\n一. 导言\n二. 背景\nA. 历史\n附件\n统计表\n\n段次\n1-3\n4-8\n4-6\n\n页次\n3\n3\n4\n9\n\n"
      "一. 导言\n1. 甲。\n2. 乙。\n3. 丙。\n二. 背景\n4. 丁。\nA. 历史\n5. 戊。\n6. 己。\n7. 庚。\n8. 辛。\n附件\n统计表\n表中数字。\n\f";
  Document d = doc_of(text);
  ASSERT_EQ(d.toc.entries.size(), 4u);
  EXPECT_EQ(d.toc.entries[1].title, "背景");
  EXPECT_EQ(d.toc.entries[1].paragraphs, std::make_pair(4L, 8L));
  EXPECT_EQ(d.toc.entries[2].page, 4);
  EXPECT_EQ(d.toc.entries[3].kind, "annex");
  EXPECT_EQ(d.toc.entries[3].title, "统计表");
  EXPECT_EQ(d.toc.entries[3].page, 9);
  EXPECT_FALSE(d.toc.entries[3].paragraphs);
}

TEST(Layouts, TocColumnGivenRowByRow) {
  // pdftotext's default mode: the titles, then the number cells row by row,
  // some lines holding a row's range and page together ("4-8 3")
  Document d = doc_of(
      "目录\n一. 导言\n二. 背景\nA. 历史\n附件\n统计表\n\n段次\n页次\n1-3\n3\n4-8 3\n4-6\n4\n9\n\n"
      "一. 导言\n1. 甲。\n2. 乙。\n3. 丙。\n二. 背景\n4. 丁。\nA. 历史\n5. 戊。\n6. 己。\n7. 庚。\n8. 辛。\n附件\n统计表\n表中数字。\n\f");
  ASSERT_EQ(d.toc.entries.size(), 4u);
  EXPECT_EQ(d.toc.entries[0].paragraphs, std::make_pair(1L, 3L));
  EXPECT_EQ(d.toc.entries[0].page, 3);
  EXPECT_EQ(d.toc.entries[1].paragraphs, std::make_pair(4L, 8L));
  EXPECT_EQ(d.toc.entries[1].page, 3);
  EXPECT_EQ(d.toc.entries[2].paragraphs, std::make_pair(4L, 6L));
  EXPECT_EQ(d.toc.entries[2].page, 4);
  EXPECT_EQ(d.toc.entries[3].title, "统计表");
  EXPECT_EQ(d.toc.entries[3].page, 9);
  EXPECT_FALSE(d.toc.entries[3].paragraphs);
}

TEST(Layouts, TocOfRangesWithAnAnnexRowWithoutNumbers) {
  // a TOC under 段次 alone, each title above its range; the annex's row has
  // none, and the body opens with the first row again below its title: the
  // annex row is the TOC's, not an annex holding the whole body
  Document d = doc_of(
      "目录\n段次\n一. 导言\n\n1-2\n\n二. 背景\n\n3-4\n\n附件\n部分国家的统计表\n一. 导言\n1. 甲。\n2. 乙。\n二. 背景\n3. 丙。\n"
      "4. 丁。\n附件\n部分国家的统计表\n表中数字。\n\f");
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[0].paragraphs, std::make_pair(1L, 2L));
  EXPECT_FALSE(d.toc.entries[0].page);
  EXPECT_EQ(d.toc.entries[2].kind, "annex");
  EXPECT_EQ(d.toc.entries[2].title, "部分国家的统计表");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].title, "导言");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].title, "部分国家的统计表");
}

TEST(Layouts, TocAnnexRowCutAtThePageEndAboveAStarFootnote) {
  // pdftotext's default mode: the TOC's annex label ends page 1, above the
  // star footnote given body first ("A/77/150。" / "*") and the page column's
  // head ("页次"); the annex row's title and page open page 2
  Document d = doc_of(
      "A/77/212\n\n大会\n\n第七十七届会议\n临时议程项目* 24\n\n加强能力\n秘书长的报告\n目录\n段次\n"
      "一. 导言 .............................. 1-2 3\n二. 背景 .............................. 3-4 3\n"
      "三. 结论 .............................. 5 4\n附件\nA/77/150。\n\n*\n\n22-11633 (C)\n\n页次\n\f"
      "A/77/212\n部分国家的统计表 ... 5\n一. 导言\n1. 甲。\n2. 乙。\n二. 背景\n3. 丙。\n4. 丁。\n三. 结论\n5. 戊。\n"
      "附件\n部分国家的统计表\n表中数字。\n\f");
  ASSERT_EQ(d.toc.entries.size(), 4u);
  EXPECT_EQ(d.toc.entries[3].kind, "annex");
  EXPECT_EQ(d.toc.entries[3].title, "部分国家的统计表");
  EXPECT_EQ(d.toc.entries[3].page, 5);
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].text, "A/77/150。");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  EXPECT_EQ(d.annexes.size(), 1u);
}

TEST(Layouts, TocWithoutPageColumn) {
  Document d = doc_of("目录\n段次\n一. 导言 1-2\n二. 背景 3-4\n三. 结论 5\n一. 导言\n1. 甲。\n2. 乙。\n二. 背景\n3. 丙。\n4. 丁。\n"
                      "三. 结论\n5. 戊。\n\f");
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[2].paragraphs, std::make_pair(5L, 5L));
  EXPECT_FALSE(d.toc.entries[2].page);
}

TEST(Layouts, FootnoteLabelsApartFromTheirBodies) {
  // labels first, then bodies (a page foot read column by column)
  Document a = doc_of("1. 见第一份报告1。\n2. 见第二份报告2。\n1\n2\n\n第 1 号文件。\n第 2 号文件。\n\n22-12345 (C)\n\f3. 后文。\n");
  ASSERT_EQ(a.footnotes.size(), 2u);
  EXPECT_EQ(a.footnotes[1].text, "第 2 号文件。");
  EXPECT_EQ(paragraph(a, 2)->footnote_refs.size(), 1u);
  // bodies first, then the labels (a * and a 1)
  Document b = doc_of("临时议程* 项目 5\n\n标题\n\n1. 数字为 1.5 亿。1\nA/77/150。\n第 1 号文件。\n\n*\n\n1\n\n22-12345 (C)\n\f2. 后文。\n");
  ASSERT_EQ(b.footnotes.size(), 2u);
  EXPECT_EQ(b.footnotes[0].id, "*");
  EXPECT_EQ(b.footnotes[0].text, "A/77/150。");
  EXPECT_EQ(b.footnotes[1].text, "第 1 号文件。");
  EXPECT_EQ(paragraph(b, 1)->text, "数字为 1.5 亿。");
}

TEST(Layouts, StarBodyBelowALineCutMidSentence) {
  // the page's last text line is full and cut mid-sentence ("…比"); the
  // star's body is the short line below it alone, and the sentence goes on
  // at the top of the next page
  const std::string line = "联合国系统各实体继续加强早期预警系统并将其与预先商定的融资安排联系";
  std::string text = "临时议程项目* 24\n\n标题\n\n";
  for (int n = 1; n <= 4; ++n) text += fmt::format("{}. {}\n{}\n{}。\n", n, line, line, line.substr(0, 30));
  text += "5. " + line + "\n" + line + "\n" + line + "比\nA/77/150。\n\n*\n\n22-12345 (C)\n\fA/77/212\n" +
          "2019 年增加约 1.5 亿。\n6. 后文。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].text, "A/77/150。");
  ASSERT_NE(paragraph(d, 5), nullptr);
  EXPECT_EQ(paragraph(d, 5)->text, line + line + line + "比 2019 年增加约 1.5 亿。");
  // and the star raised after 项目 is the item's marker, not its number
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "24");
  EXPECT_EQ(d.front_matter.agenda_items[0].footnotes, std::vector<std::string>{"*"});
}

TEST(Layouts, FootnoteCutAtPageEndGoesOnAtNextFoot) {
  // -raw: footnote 1 stops unfinished at its page's end; its last words
  // stand above the next page's first label
  Document d = doc_of(
      "1. 据估计，人数多达 8.28 亿。1\n1\n粮农组织，《2022 年世界粮食安全和营养状况》(2022\n22-12345 (C)\n\f"
      "2. 非洲之角已连续四个雨季降雨不足。2粮食署发放现金，并通过手机短信发\n年，罗马)。\n2\n见粮农组织，《干旱》(2022 年，罗马)。\n"
      "22-12345 (C)\n\f布预警信息。\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "粮农组织，《2022 年世界粮食安全和营养状况》(2022 年，罗马)。");
  EXPECT_EQ(d.footnotes[1].text, "见粮农组织，《干旱》(2022 年，罗马)。");
  ASSERT_NE(paragraph(d, 2), nullptr);
  EXPECT_EQ(paragraph(d, 2)->text, "非洲之角已连续四个雨季降雨不足。粮食署发放现金，并通过手机短信发布预警信息。");
}

TEST(Layouts, LabelsAboveBodiesBelowAContinuation) {
  // -layout: the next page's foot opens with the end of footnote 1, then
  // labels above their bodies; "年，罗马)。" is not footnote 2's body, as it
  // would be were the labels below their bodies (the foot would end with a label)
  Document d = doc_of(
      "1. 据估计，人数多达 8.28 亿。1\n1\n 粮农组织，《2022 年世界粮食安全和营养状况》(2022\n\n22-12345 (C)\n\f"
      "2. 非洲之角降雨不足。2粮价上涨。3粮食署通过手机短信发\n\n年，罗马)。\n2\n  见粮农组织，《干旱》(2022 年，罗马)。\n"
      "3\n  粮农组织，《粮食展望》(2022 年，罗马)。\n\n22-12345 (C)\n\f布预警信息。\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 3u);
  EXPECT_EQ(d.footnotes[0].text, "粮农组织，《2022 年世界粮食安全和营养状况》(2022 年，罗马)。");
  EXPECT_EQ(d.footnotes[1].text, "见粮农组织，《干旱》(2022 年，罗马)。");
  EXPECT_EQ(d.footnotes[2].text, "粮农组织，《粮食展望》(2022 年，罗马)。");
}

TEST(Layouts, LabelBelowItsBodyUnderAFullLine) {
  // -layout: footnote 1's body right under the page's last text line, which
  // is full and cut mid-sentence (its sentence goes on at the next page), and
  // its label below it; the footer line holds the page's number ("2/3"), so
  // the lone "1" is no second page number
  Document d = doc_of("一. 导言\n\n1. " + wrapped_lines(6) +
                      "2. 据估计，人数多达 8.28 亿。1这是一个很长的段落行，用来确定文本的换行宽度，内容没有实际意义，只是为了\n"
                      "粮农组织，《2022 年世界粮食安全和营养状况》。\n1\n\n2/3       22-12345 (C)\n\f"
                      "测量宽度而写的文字。\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "粮农组织，《2022 年世界粮食安全和营养状况》。");
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_NE(nums[1]->text.find("只是为了测量宽度而写的文字。"), std::string::npos) << nums[1]->text;
  EXPECT_EQ(nums[1]->text.find("粮农组织"), std::string::npos) << nums[1]->text;
  ASSERT_EQ(d.furniture.size(), 1u);
  EXPECT_EQ(d.furniture[0].kind, "job_number");
}

TEST(Layouts, LabelsBelowTheirBodiesFirstLines) {
  // -layout: a star below its one-line body ("A/77/150。" / "*"), and "1"
  // below its body's first line, which leaves a bracket open that the line
  // below the label closes ("…(2022" / "1" / "年，罗马)。")
  const std::string w = wrapped_lines(6);
  Document d = doc_of("一. 导言\n\n1. 人数多达 8.28 亿。1" + w + "2. " + w +
                      "附件载有部分国家小农户获得\n\nA/77/150。\n*\n\n粮农组织，《2022 年世界粮食安全和营养状况》(2022\n1\n\n"
                      "年，罗马)。\n\n22-12345 (C)\n\f气候信息服务的情况。\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].text, "A/77/150。");
  EXPECT_EQ(d.footnotes[1].id, "1");
  EXPECT_EQ(d.footnotes[1].text, "粮农组织，《2022 年世界粮食安全和营养状况》(2022 年，罗马)。");
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_NE(nums[1]->text.find("小农户获得气候信息服务的情况。"), std::string::npos) << nums[1]->text;
}

TEST(Layouts, HangingTextSetInUnderAFullNumberedLine) {
  // -layout with hanging numbers: the lines under "2." stand a few columns
  // further in than the text after the number; after a full first line
  // ending with a comma they go on with it
  Document d = doc_of("一. 导言\n\n1. " + wrapped_lines(6) +
                      "\n2. 农发基金支持的项目向小农户提供了种子、化肥、储存设备和获得市场的支助，用来测量宽度而写的文字内容，\n"
                      "       帮助他们在大流行期间维持了生产。\n\n3. 后文。\n");
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_NE(nums[1]->text.find("文字内容，帮助他们"), std::string::npos) << nums[1]->text;
}

TEST(Layouts, StarBodyBelowTheTextOfALoneNumber) {
  // pdftotext's default mode: "2." alone, its text below it, cut at the page
  // foot mid-sentence above the star's body and label: the lines under the
  // lone number are its text, not the star's body
  const std::string w = wrapped_lines(6);
  Document d = doc_of("一. 导言\n\n1.\n" + w + "2.\n" + w.substr(0, w.find('\n') + 1) +
                      "这是一个很长的段落行，用来确定文本的换行宽度，内容没有实际意义，只是为了测量宽度而写的文字据\n"
                      "A/77/150。\n\n*\n\n22-11633 (C)\n\f估计，人数多达 8.28 亿。\n3.\n后文。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].text, "A/77/150。");
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_NE(nums[1]->text.find("而写的文字据估计，人数多达 8.28 亿。"), std::string::npos) << nums[1]->text;
}

TEST(Layouts, LabelPastTheNextNumberBelowItsBody) {
  // default mode: footnotes 1 to 3 out of reach (not found), then "4" a
  // blank line below its body, which stands under the page's last full text
  // line; the page number "3/5" on a line of its own below
  const std::string w = wrapped_lines(6);
  Document d = doc_of("一. 导言\n\n1. 人数多达 8.28 亿。4" + w + "2. " + w +
                      "这是一个很长的段落行，用来确定文本的换行宽度，内容没有实际意义，只是为了测量宽度而写的文字\n"
                      "会员国提交的资料可在经济和社会事务部网站上查阅。\n\n4\n\n3/5\n\n22-11633 (C)\n\f而已。\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].id, "4");
  EXPECT_EQ(d.footnotes[0].text, "会员国提交的资料可在经济和社会事务部网站上查阅。");
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_NE(nums[1]->text.find("而写的文字而已。"), std::string::npos) << nums[1]->text;
}

TEST(Layouts, LabelsBetweenALoneNumberAndItsText) {
  // pdftotext's default mode: the labels "1" / "2" set between a paragraph's
  // number alone and its text, the bodies below that text
  Document d = doc_of(
      "大会，\n\n回顾《世界人权宣言》1和《2030年可持续发展议程》，2\n\n欢迎各方采取的措施，\n\n1.\n1\n2\n\n"
      "重申老年人的各项人权在网上和网下都必须同样得到保护；\n\n第 217 A (III)号决议。\n第 70/1 号决议。\n\n22-28754 (C)\n\f"
      "2.\n\n敦促各国采取一切必要措施；\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "第 217 A (III)号决议。");
  EXPECT_EQ(d.footnotes[1].text, "第 70/1 号决议。");
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 2u);
  EXPECT_EQ(nums[0]->text, "重申老年人的各项人权在网上和网下都必须同样得到保护；");
}

TEST(Layouts, LabelsAndAllSubItemsBetweenALoneNumberAndItsText) {
  // the same, with the paragraph above's sub-items, all of them, carried
  // below the next number and the labels ("…时：" / "6." / "1" / "2" / "(a) …")
  Document d = doc_of(
      "大会，\n\n回顾《世界人权宣言》1和《2030年可持续发展议程》，2\n\n5.\n\n促请各国在使用数字技术时：\n\n6.\n\n1\n2\n\n"
      "(a) 查明并消除算法偏见；\n(b) 与老年人进行有意义的协商；\n敦促各国加强法律和政策框架；\n\n第 217 A (III)号决议。\n"
      "第 70/1 号决议。\n\n22-28754 (C)\n\f7.\n\n鼓励各国收集数据；\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "第 217 A (III)号决议。");
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_EQ(nums[0]->text, "促请各国在使用数字技术时：(a) 查明并消除算法偏见；(b) 与老年人进行有意义的协商；");
  EXPECT_EQ(nums[1]->text, "敦促各国加强法律和政策框架；");
}

TEST(Layouts, NoteInSmallerTypeDoesNotTakeTheTextLineAbove) {
  // a star's body set wider than the text's wrapped lines (a note's smaller
  // type) does not go up into the text's last line, cut mid-sentence
  Document d = doc_of("一. 导言\n\n1. " + wrapped_lines(6) +
                      "2. 刘洋先生(中国)说，中国赞赏贸易法委员会在数字经济领域开展的前瞻性工作。有关自动订约和数据交易的探索性研究应\n"
                      "充分考虑各国法律传统和发展水平的差异，这是一个很长的段落行，用来确定文本的换行宽度，内容没有避\n"
                      "本记录可以更正。更正应以一种工作语言提出，列明于一份印发的记录副本上，并在本记录印发之日起一周内送交文件管理科科\n"
                      "长(dms@un.org)。经更正的记录将以电子文本形式在联合国正式文件系统上重新印发。\n*\n\n22-24105 (C)\n\f"
                      "免给发展中国家带来新的负担。\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text.substr(0, 24), "本记录可以更正。");
  const auto nums = numbered(d);
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_NE(nums[1]->text.find("内容没有避免给发展中国家带来新的负担。"), std::string::npos) << nums[1]->text;
}

TEST(Layouts, UnnumberedOperativeClausesApartInWrappedText) {
  // wrapped text: unnumbered operative clauses, each ending in "；", whatever
  // the wrap left of the line; the next opens with its verb (又请, 邀请)
  Document d = doc_of("经济及社会理事会，\n\n" + wrapped_lines(6) + "\n注意到秘书长的报告，\n"
                      "请联合国毒品和犯罪问题办公室与联合国儿童基金会和其他相关实体协调，继续根据请求提供援助；\n"
                      "又请联合国毒品和犯罪问题办公室在现有资源范围内编写一份实用工具；\n"
                      "邀请会员国交流在执行本决议方面的良好做法和经验教训，包括通过区域论坛交流；\n"
                      "邀请会员国和其他捐助方提供预算外资源；\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  for (const char* want : {"又请联合国毒品和犯罪问题办公室在现有资源范围内编写一份实用工具；",
                           "邀请会员国交流在执行本决议方面的良好做法和经验教训，包括通过区域论坛交流；",
                           "邀请会员国和其他捐助方提供预算外资源；"})
    EXPECT_NE(std::find(texts.begin(), texts.end(), want), texts.end()) << want;
}

TEST(Layouts, ShortLastLineEndsAParagraphAcrossAPageBreak) {
  // a record's speech whose last line stopped well short after a full stop,
  // then the page break: the next page's first line is the next speaker's
  const std::string w = wrapped_lines(6);
  // (the next page's paragraph no speaker's line, which would say so itself)
  Document d = doc_of("S/PV.9300\n\n主席(以俄语发言)：我宣布会议开始。" + w + "我现在请蒙特斯女士发言。\n\n2/3 23-12093 (C)\n\f"
                      "S/PV.9300\n米勒先生在发言中指出，" + w + "我们呼吁各方。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0].substr(texts[0].size() - 36), "我现在请蒙特斯女士发言。");
  EXPECT_EQ(texts[1].rfind("米勒先生在发言中指出", 0), 0u) << texts[1];
}

TEST(Layouts, OriginalLanguageNoteAndDatelineStandAlone) {
  // an annex's "[原件：…]" and its meeting's date and place, each a line of
  // its own in wrapped text, whatever they end with
  Document d = doc_of("附件\n会议主席总结\n[原件：俄文和英文]\n2023 年 4 月 27 日和 28 日，阿斯塔纳\n"
                      "中亚跨界水资源合作与预防性外交高级别区域会议于 2023 年 4 月 27\n" + wrapped_lines(6) + "会议结束。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  std::vector<std::string> texts;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
  });
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[0], "[原件：俄文和英文]");
  EXPECT_EQ(texts[1], "2023 年 4 月 27 日和 28 日，阿斯塔纳");
}

TEST(Layouts, TitleWrappedNarrowerThanTheTextGoesOnAsTheAgendaTitleSays) {
  // a long agenda title over five lines (its last item "优先主题：…"), then
  // the document's title set in larger type, wrapped at a narrower width:
  // "…所有妇女" / "和女童权能", which the agenda title repeats whole
  std::string w;  // lines of 78 columns, as wide as the agenda title's
  for (int k = 0; k < 6; ++k) w += "这是一个很长的段落行，用来确定文本的换行宽度，内容没有实际意义，只是为了测，\n";
  Document d = doc_of(
      "联 合 国\nE/CN.6/2023/3\n经济及社会理事会\n妇女地位委员会\n第六十七届会议\n2023 年 3 月 6 日至 17 日\n临时议程*\n项目 3(a)(一)\n"
      "第四次妇女问题世界会议和题为“2000 年妇女：二十一世纪性别平等、发展与和平”的大\n"
      "会第二十三届特别会议的后续行动：实现战略目标，在重大关切领域采取行动以及进一步\n的行动和倡议：\n"
      "优先主题：通过普及社会保护和重新分配无偿照护工作实现性别平等和增强所有妇女和女\n童权能\n"
      "通过普及社会保护和重新分配无偿照护工作实现性别平等和增强所有妇女\n和女童权能\n秘书长的报告\n摘要\n" + w +
      "报告最后提出了建议。\n\f一. 导言\n1. " + w + "后文。\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "通过普及社会保护和重新分配无偿照护工作实现性别平等和增强所有妇女和女童权能");
  ASSERT_TRUE(d.front_matter.subtitle);
  EXPECT_EQ(*d.front_matter.subtitle, "秘书长的报告");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_NE(d.front_matter.agenda_items[0].title.find("倡议：优先主题：通过普及"), std::string::npos)
      << d.front_matter.agenda_items[0].title;
}

TEST(Layouts, ConventionNameStackedAboveTheSymbol) {
  // a treaty body's masthead stacked: 联合国, the convention, then the symbol
  Document d = doc_of("联合国\n消除对妇女一切形式歧视公约\n\nCEDAW/C/CLV/CO/9\nDistr.: General\n31 May 2023\nChinese\n"
                      "Original: English\n\n消除对妇女歧视委员会\n\n关于卡洛维亚第九次定期报告的结论性意见\n"
                      "1. 委员会审议了卡洛维亚的第九次定期报告。\nA. 导言\n2. 委员会赞赏缔约国提交报告。\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "关于卡洛维亚第九次定期报告的结论性意见");
  ASSERT_GE(d.front_matter.notes.size(), 1u);
  EXPECT_EQ(d.front_matter.notes[0], "消除对妇女一切形式歧视公约");
}

TEST(Layouts, SubheadAboveANumberedParagraphRunningOverThePage) {
  // "编写下次报告" above "29. …", whose full first line runs on over the page
  // break: a subhead, the paragraph numbered
  const std::string w = wrapped_lines(6);
  Document d = doc_of("一. 导言\n\n1. " + w + "而采取的步骤。\n编写下次报告\n"
                      "2. 委员会将根据今后可预测的缔约国报告审议日历确定，内容没有实际意义，只是为了测量宽度而写的文并通\n"
                      "23-20117 (C)\n3\n\fCEDAW/C/CLV/CO/9\n报第十次定期报告的提交日期。\n3. 后文。\n");
  const auto subs = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "subhead"; });
  ASSERT_EQ(subs.size(), 1u);
  EXPECT_EQ(subs[0]->title, "编写下次报告");
  EXPECT_EQ(numbered(d).size(), 3u);
}

TEST(Layouts, FirstOperativeClauseAfterThePreamble) {
  // wrapped text: the preamble's last clause ends in a comma; the first
  // operative clause opens with its verb ("敦促…", over two lines) or is a
  // whole clause on its line ("建议大会通过下列决议草案：")
  Document d = doc_of("经济及社会理事会，\n\n" + wrapped_lines(6) +
                      // (the preamble's last lines full, ending in a comma: nothing but the
                      // operative clause's opening says a paragraph begins)
                      "认识到许多会员国仍需技术援助，以便建立和加强少年司法中的转送处理和非监禁措施以及其他，\n"
                      "建议大会通过下列决议草案：\n在少年司法中推广非监禁措施\n大会，\n"
                      "注意到联合国毒品和犯罪问题办公室与联合国儿童基金会在少年司法领域开展的合作和协调，\n"
                      "敦促会员国审查本国少年司法立法、政策和做法，确保在刑事司法程序的各个阶段都能采用转\n送处理和非监禁措施；\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  for (const char* want : {"建议大会通过下列决议草案：",
                           "敦促会员国审查本国少年司法立法、政策和做法，确保在刑事司法程序的各个阶段都能采用转送处理和非监禁措施；"})
    EXPECT_NE(std::find(texts.begin(), texts.end(), want), texts.end()) << want;
}

TEST(Layouts, RecordDocumentLineInWrappedText) {
  // a verbatim record's document line under its agenda item, a title and its
  // symbol in brackets, right above a speech in wrapped text: a subhead
  const std::string w = wrapped_lines(6);
  Document d = doc_of("A/77/PV.45\n大会\n第七十七届会议\n第 45 次全体会议\n2022 年 12 月 7 日星期三上午 10 时在纽约举行\n"
                      "主席： 克勒希先生 (匈牙利)\n上午 10 时 05 分宣布开会。\n议程项目 15\n文化和平\n决议草案(A/77/L.30)\n"
                      "主席(以英语发言)：" + w + "就这样决定。\n");
  const auto subs = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "subhead"; });
  ASSERT_EQ(subs.size(), 1u);
  EXPECT_EQ(subs[0]->title, "决议草案(A/77/L.30)");
}

TEST(Layouts, CategoryNoteInAMastheadColumn) {
  // -layout: an executive board document's category shares its line with
  // the language block's "Chinese"; both are masthead items, neither a title
  Document d = doc_of("联合国                                                E/ICEF/2023/7\n"
                      "                                                   Distr.: General\n经济及社会理事会\n"
                      "                                               2 December 2022\n"
                      "供作决定                                                       Chinese\n"
                      "                                                 Original: English\n联合国儿童基金会\n执行局\n"
                      "2023 年第一届常会\n2023 年 2 月 7 日至 10 日\n临时议程* 项目 8\n\n\n加强儿基会分散评价职能的最新情况\n\n摘要\n"
                      "本报告介绍分散评价职能。\n\n一. 导言\n1. 执行局请儿基会提交报告。\n");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "加强儿基会分散评价职能的最新情况");
  EXPECT_NE(std::find(d.front_matter.notes.begin(), d.front_matter.notes.end(), "供作决定"), d.front_matter.notes.end());
  EXPECT_EQ(d.front_matter.language_this, "Chinese");
  EXPECT_TRUE(d.front_matter.session_text);
}

TEST(Layouts, OperativeOpeningsInsideASpeechStayInIt) {
  // a speech's full line ending in "；", then 促进…; a full line ending in
  // "，", then 关切的是…: the speech goes on each time (an operative clause
  // opens only after an operative clause; 关切的 is a noun's)
  const std::string w = wrapped_lines(6);
  Document d = doc_of("主席：\n" + w + "各国应当加强对话与合作，只是为了测量宽度而写的文字，内容没有实际意义的内容没有实际意义的共同应对；\n"
                      "促进可持续发展，消除贫困和饥饿。\n" + w +
                      "对于对于对于对于对于对于对于发展中国家的代表团而言，只是为了测量宽度而写的文字，内容没有实际，\n"
                      "关切的是如何获得资金和技术。\n");
  std::vector<const Node*> paras = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Paragraph; });
  for (const auto& p : d.front_matter.paragraphs) paras.push_back(&p);
  bool first = false, second = false;
  for (const Node* p : paras) {
    first = first || p->text.find("共同应对；促进可持续发展") != std::string::npos;
    if (p->text.find("内容没有实际，关切的是") != std::string::npos) {
      second = true;
      EXPECT_NE(p->paragraph_kind, "preambular");
    }
  }
  EXPECT_TRUE(first);
  EXPECT_TRUE(second);
}

TEST(Layouts, NoLabelPastTheNextNumberWithoutItsNotesCalled) {
  // "7" below a sentence at a page foot, its marker "表7" above, but no
  // markers 2 to 6 ("附件2" alone): no note 7, and notes 2 and 3 on the next
  // page are found
  const std::string w = wrapped_lines(2);
  Document d = doc_of("A/77/999\n\n1. " + w + "委员会审议了有关报告1\n。\n\n2. " + w + "\n1\nA/77/150。\n\n1\nA/77/999\n\n"
                      "3. " + w + "详见附件2。\n\n4. " + w + "这些数字载于表7。\n\n\n总计为数据。\n7\n\n2\nA/77/999\n\n"
                      "5. " + w + "委员会审议了有关报告2\n。\n6. " + w + "委员会审议了有关报告3\n。\n\n2\nA/77/151。\n3\nA/77/152。\n\n3\n");
  std::vector<std::string> ids;
  for (const auto& f : d.footnotes) ids.push_back(f.id);
  EXPECT_EQ(std::find(ids.begin(), ids.end(), "7"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "2"), ids.end());
}

TEST(Layouts, LettersCirculationRequestStandsAlone) {
  // wrapped text: a letter's last sentence ends near the width, then its
  // request to circulate it: a paragraph of its own
  const std::string w = wrapped_lines(6);
  Document d = doc_of("2023 年 4 月 28 日马耳他常驻联合国代表给安全理事会主席的信\n\n谨随函转递会议的摘要(见附件)。\n" + w +
                      "马耳他希望，会议摘要所载的意见和建议有助于安理会进一步审议气候变化对国际和平与安全的影响。\n"
                      "请将本信及其附件作为安全理事会的文件分发为荷。\n");
  const auto texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "请将本信及其附件作为安全理事会的文件分发为荷。"), texts.end());
}

TEST(Layouts, JointAgendaFirstTitleWrappedToAShortPiece) {
  // "议程项目 2 和 3": the first item's title full and wrapped onto a short
  // piece ("告"), the second item's title below it, then the document's
  std::string w;  // lines as wide as the agenda title's first
  for (int k = 0; k < 6; ++k) w += "这是一个很长的段落行，用来确定文本的换行宽度，内容没有实际意义，只是为了测，\n";
  Document d = doc_of("联合国\n大会\n\nA/HRC/53/20\nDistr.: General\n4 May 2023\nChinese\nOriginal: English\n\n人权理事会\n"
                      "第五十三届会议\n2023 年 6 月 19 日至 7 月 14 日\n议程项目 2 和 3\n"
                      "联合国人权事务高级专员的年度报告以及人权事务高级专员办事处的报告和秘书长的报\n告\n"
                      "促进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权\n\n"
                      "保护公民空间和人人参与公共事务的权利\n联合国人权事务高级专员的报告\n摘要\n" + w +
                      "并提出了建议。\n一. 导言\n1. " + w + "后文。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 2u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "联合国人权事务高级专员的年度报告以及人权事务高级专员办事处的报告和秘书长的报告");
  EXPECT_EQ(d.front_matter.agenda_items[1].title, "促进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权");
  ASSERT_TRUE(d.front_matter.title);
  EXPECT_EQ(*d.front_matter.title, "保护公民空间和人人参与公共事务的权利");
}

TEST(Layouts, LoneNumberBeforeTheSubItemsAbove) {
  // pdftotext's default mode set "6." before the last sub-items of paragraph
  // 5, carried over the page
  Document d = doc_of(
      "大会，\n\n4.\n\n鼓励各国开展合作；\n\n5.\n\n促请各国在使用数字技术时：\n(a) 查明并消除算法偏见；\n\n"
      "22-28754 (C)\n\fA/RES/77/221\n\n6.\n\n(b) 与老年人进行协商；\n(c) 确保有效的人工监督；\n"
      "敦促各国加强法律和政策框架；\n\n7.\n\n鼓励各国收集数据；\n");
  ASSERT_NE(paragraph(d, 5), nullptr);
  EXPECT_EQ(paragraph(d, 5)->text, "促请各国在使用数字技术时：(a) 查明并消除算法偏见；(b) 与老年人进行协商；(c) 确保有效的人工监督；");
  ASSERT_NE(paragraph(d, 6), nullptr);
  EXPECT_EQ(paragraph(d, 6)->text, "敦促各国加强法律和政策框架；");
}

TEST(Layouts, FootnoteBodyOpeningWithAUnitsCharacter) {
  // "2 人权事务委员会，…": 人 opens a word here, not a count ("2 人")
  Document d = doc_of(
      "1. 各国提交了书面材料。1人权高专办收到了答复。\n2. 限制措施应当是相称的。2\n\n"
      "1 所收到的材料可在网站上查阅。\n2 人权事务委员会，第37号一般性意见(2020年)。\n\n22-12345 (C)\n\f3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[1].text, "人权事务委员会，第37号一般性意见(2020年)。");
  EXPECT_EQ(paragraph(d, 1)->text, "各国提交了书面材料。人权高专办收到了答复。");
  EXPECT_EQ(paragraph(d, 2)->text, "限制措施应当是相称的。");
}

TEST(Layouts, NotesAtTheEndWithATabAfterTheirNumber) {
  // a word processor's text: the footnotes gathered at the end below a rule,
  // "1<TAB>…。": notes, not a table of two columns
  Document d = doc_of("一.\t导言\n1.\t大会请秘书长提交报告。1\n2.\t本报告是根据这一要求提交的。2\n\n__________________\n"
                      "1\t粮农组织，《粮食展望》(2022年，罗马)。\n2\t见A/77/150。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "粮农组织，《粮食展望》(2022年，罗马)。");
  EXPECT_EQ(paragraph(d, 2)->text, "本报告是根据这一要求提交的。");
  ASSERT_EQ(paragraph(d, 2)->footnote_refs.size(), 1u);
  // (a table row of a number and a phrase stays a row)
  EXPECT_EQ(classify(1, U"1\t阿富汗").kind, LineKind::TableRow);
}

TEST(Layouts, StarLabelAloneAboveItsBody) {
  Document d = doc_of("第12次会议简要记录*\n\n1. 主席宣布开会。\n*\n本记录可以更正。\n22-12345 (C)\n\f2. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "本记录可以更正。");
  EXPECT_FALSE(d.footnotes[0].refs.empty());
}

TEST(Layouts, TableColumnsFromRunsOfSpaces) {
  Document d = doc_of(
      "附件\n表\n"
      "国家         小农户(千户)   获得气候信息服 2021 年资金\n"
      "                     务的比例(%)\n"
      "孟加拉国       16 500    42        12.4\n\n"
      "埃塞俄比亚      14 800    35        9.7\n"
      "肯尼亚        4 600     51        6.1\n"
      "尼日尔        2 900     19        4.8\n\f");
  ASSERT_EQ(d.annexes.size(), 1u);
  const Node* t = nullptr;
  for (const auto& n : d.annexes[0].children)
    if (n.kind == NodeKind::Table) t = &n;
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->rows.size(), 5u);
  EXPECT_EQ(t->rows[1], (std::vector<std::string>{"孟加拉国", "16 500", "42", "12.4"}));
}

// A short text, a paragraph a line, its paragraphs of about one length: the
// lines as wide as the widest end sentences, so they are paragraphs, not a
// wrap that runs on; and a heading's words alone on a short line (摘要, 全球概览)
// take no line below them. A summary heading the body says report.
TEST(Kinds, ShortParagraphsOfOneLengthStayApart) {
  Document d = doc_of(
      "2024年届会\n2023年7月27日至2024年7月24日\n议程项目18(a)\n经济和环境问题：可持续发展\n"
      "2024年中期世界经济形势与展望*\n摘要\n全球经济增长前景依然疲弱，多数区域的投资低迷。\n"
      "各国央行的紧缩政策开始见效，通货膨胀逐步回落。\n全球概览\n全球经济在高利率环境中表现出一定韧性。\n"
      "各区域前景分化，发展中国家面临的融资条件收紧。\n区域前景\n发达经济体的增长预计放缓。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  EXPECT_EQ(texts, (std::vector<std::string>{"摘要", "全球经济增长前景依然疲弱，多数区域的投资低迷。",
                                             "各国央行的紧缩政策开始见效，通货膨胀逐步回落。", "全球概览",
                                             "全球经济在高利率环境中表现出一定韧性。",
                                             "各区域前景分化，发展中国家面临的融资条件收紧。", "区域前景",
                                             "发达经济体的增长预计放缓。"}));
  // (a numbered paragraph still takes the unlabelled line below it)
  Document n = doc_of("1. 前文。\n2. “无偿照护工作”是指在家庭中提供的照料。\n“照护经济”则包括有偿和无偿的照护工作。\n3. 后文。\n");
  ASSERT_NE(paragraph(n, 2), nullptr);
  EXPECT_EQ(paragraph(n, 2)->text, "“无偿照护工作”是指在家庭中提供的照料。“照护经济”则包括有偿和无偿的照护工作。");
  // the summary as the body's first section: a report, though no line names it one
  Document r = doc_of(
      "2024年届会\n议程项目18(a)\n经济和环境问题：可持续发展\n2024年中期世界经济形势与展望\n摘要\n"
      "全球经济增长前景依然疲弱，多数区域的投资低迷，贸易增长乏力，债务脆弱性上升，气候灾害频发，这些因素共同拖累了增长。\n"
      "各国央行的紧缩政策开始见效，通货膨胀逐步回落。\n");
  ASSERT_FALSE(r.body.empty());
  EXPECT_EQ(r.body.front().kind, NodeKind::Section);
  EXPECT_EQ(r.body.front().title, "摘要");
  EXPECT_EQ(r.kind, "report");
}

// Conventions the probes of 2026-11-30 found unread (tests by kind of
// document, each in the wording real documents use).
TEST(Kinds, MastheadAndTitleConventionsOfJointLettersAndResolutions) {
  // "Original: Chinese" is the original language, not this one's line
  Document o = doc_of("联合国\tA/78/400\n大会\tDistr.: General\n\t2023年9月1日\n\tOriginal: Chinese\n第七十八届会议\n"
                      "议程项目 10\n某项报告\n秘书长的说明\n1. 秘书长谨转递该报告。\n");
  EXPECT_EQ(o.front_matter.language_original, "Chinese");
  EXPECT_FALSE(o.front_matter.language_this);
  // a joint symbol with its en dash; one letter to two addressees (同文信)
  Document j = doc_of("联合国 A/78/520–S/2023/745\n大会\n安全理事会\nDistr.: General\n6 October 2023\n"
                      "2023年10月5日卡塔尔常驻联合国代表给秘书长和安全理事会主席的同文信\n"
                      "奉本国政府指示，谨随函转递卡塔尔国外交部的声明(见附件)。\n常驻代表\n（签名）阿勒萨尼\n");
  EXPECT_EQ(j.front_matter.symbol, "A/78/520–S/2023/745");
  EXPECT_EQ(j.kind, "letter");
  ASSERT_TRUE(j.front_matter.letter);
  EXPECT_EQ(j.front_matter.letter->addressee, "秘书长和安全理事会主席");
  // an emergency special session's resolution number
  Document e = doc_of("联合国\tA/RES/ES-11/6\n大会\tDistr.: General\n\t2023年2月23日\n第十一届紧急特别会议\n"
                      "2023年2月23日大会决议\nES-11/6. 乌克兰境内全面、公正和持久和平所依据的《联合国宪章》原则\n大会，\n"
                      "1. 重申致力于乌克兰的主权。\n");
  EXPECT_EQ(e.front_matter.resolution_number, "ES-11/6");
  EXPECT_EQ(e.front_matter.title, "乌克兰境内全面、公正和持久和平所依据的《联合国宪章》原则");
  // a resolution whose title is a convention's name keeps its number and title
  Document c = doc_of("联合国\tA/RES/78/200\n大会\tDistr.: General\n\t2023年12月28日\n第七十八届会议\n议程项目 79\n"
                      "2023年12月22日大会决议\n78/200. 残疾人权利公约\n大会，\n回顾其以往各项决议，\n1. 决定继续审议这一问题。\n");
  EXPECT_EQ(c.front_matter.resolution_number, "78/200");
  EXPECT_EQ(c.front_matter.title, "残疾人权利公约");
  // the Human Rights Council's adoption line: the organ before the date
  Document h = doc_of("联合国\tA/HRC/RES/52/14\n大会\tDistr.: General\n\t2023年4月11日\n人权理事会\n第五十二届会议\n"
                      "议程项目3\n人权理事会2023年4月4日通过的决议\n52/14. 享有适足食物权\n人权理事会，\n"
                      "1. 重申人人有权获得安全和营养的食物。\n");
  ASSERT_TRUE(h.front_matter.adoption);
  EXPECT_EQ(h.front_matter.adoption->date, "2023-04-04");
  EXPECT_EQ(h.front_matter.adoption->organ, "人权理事会");
  EXPECT_EQ(h.kind, "resolution");
  // an agreement's parties enact it as a convention's do (缔约方, not only 缔约国)
  Document a = doc_of("关于国家管辖范围以外区域海洋生物多样性的协定\n本协定缔约方，\n回顾《联合国海洋法公约》的相关规定，\n"
                      "议定如下：\n第一条\n用语\n为本协定的目的：\n");
  ASSERT_FALSE(a.body.empty());
  EXPECT_EQ(a.body.front().paragraph_kind, "formula");
  EXPECT_EQ(a.kind, "instrument");
}

// A paragraph a line, no blank lines, the title and a heading of one width
// (40-odd columns) among paragraphs far wider: no wrap at that width, which
// would glue the body into one paragraph.
TEST(Kinds, NoWrapWidthThatMostLinesExceed) {
  Document d = doc_of(
      "联合国\tA/78/500\n大会\tDistr.: General\n\t2023年10月6日\n第七十八届会议\n议程项目 20\n可持续发展\n"
      "秘书长关于小岛屿发展中国家可持续发展的说明\n"
      "秘书长谨向大会转递小岛屿发展中国家问题高级代表关于其工作的报告，该报告是根据大会第77/174号决议提交的。\n"
      "报告概述了2022年7月至2023年6月期间在执行《萨摩亚途径》方面取得的进展。\n"
      "小岛屿发展中国家问题高级代表办公室的报告\n"
      "高级代表办公室在本报告所述期间继续支持小岛屿发展中国家筹备第四次小岛屿发展中国家问题国际会议。\n"
      "办公室还与各区域委员会合作，组织了三次区域筹备会议。\n");
  EXPECT_NE(d.source.layout.shape, "wrapped");
  EXPECT_EQ(paragraph_texts(d).size(), 4u);
}

// An annex's lines run to its last line, over its sections' (a section held
// only its heading's line when the annex was measured).
TEST(Kinds, AnAnnexsLinesCoverItsLastSection) {
  Document d = doc_of("联合国 A/78/412\n大会\nDistr.: General\n2 October 2023\n"
                      "2023年9月25日大韩民国常驻联合国代表团给秘书长的普通照会\n"
                      "大韩民国常驻联合国代表团谨请将本照会及其附件作为大会的文件分发为荷。\n"
                      "2023年9月25日大韩民国常驻联合国代表团给秘书长的普通照会的附件\n大韩民国的自愿承诺和保证\n一. 导言\n"
                      "1. 大韩民国曾多次担任人权理事会成员。\n二. 承诺\n2. 大韩民国将继续积极参与人权理事会的工作。\n"
                      "3. 大韩民国将继续增加对人权高专办的自愿捐款。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].lines.first, 7);
  EXPECT_EQ(d.annexes[0].lines.last, 13);
  ASSERT_EQ(d.annexes[0].children.size(), 2u);
  EXPECT_EQ(d.annexes[0].children[1].lines.last, 13);
}

// A line break between digits and Han stands for a space only in a text that
// sets them apart ("收到 77 个", the seed's style); one that writes
// "2023年5月31日" gets no space where its lines were cut.
TEST(Kinds, JoinedLinesFollowTheTextsSpacingOfNumbers) {
  Document d = doc_of("A/78/200\n一. 导言\n1. 本报告是根据大会第77/165号决议提交的。大会在该决议中请秘书\n"
                      "长于2023年12月31日前报告各国所作的努力，报告截至2023年5月\n31日收到的资料，并提出加快行动的建议，以供会员国在第七十九\n"
                      "届会议上审议。\n2. 秘书长鼓励会员国提高国家自主贡献的力度，并加强国际合作。\n");
  ASSERT_NE(paragraph(d, 1), nullptr);
  EXPECT_NE(paragraph(d, 1)->text.find("截至2023年5月31日收到"), std::string::npos) << paragraph(d, 1)->text;
  Document s = doc_of("A/61/200\n一. 导言\n1. 本报告是根据大会第 60/165 号决议提交的。大会在该决议中请秘书\n"
                      "长于 2006 年 12 月 31 日前报告各国所作的努力，报告截至 2006 年 5 月\n31 日收到的资料，并提出加快行动的建议，以供会员国在第六十一\n"
                      "届会议上审议。\n2. 秘书长鼓励会员国加强国际合作。\n");
  ASSERT_NE(paragraph(s, 1), nullptr);
  EXPECT_NE(paragraph(s, 1)->text.find("截至 2006 年 5 月 31 日收到"), std::string::npos) << paragraph(s, 1)->text;
}

// A record's recorded vote: each label and the members listed below it a
// paragraph of its own, with or without blank lines between (the lists end
// in no full stop, and a list is no subhead).
TEST(Kinds, RecordedVoteLabelsAndListsStandApart) {
  const std::string head = "联合国 A/78/PV.41\n大会\n第七十八届会议\n第41次全体会议\n2023年11月16日星期四下午3时\n"
                           "下午3时宣布开会。\n议程项目 38\n巴勒斯坦问题\n进行记录表决。\n";
  const std::vector<std::string> lines = {"赞成：", "阿尔及利亚、阿根廷、巴西、智利、中国、古巴", "反对：",
                                          "以色列、瑙鲁、美利坚合众国", "弃权：", "澳大利亚、加拿大、德国、日本",
                                          "决议草案A/78/L.18以6票赞成、3票反对、4票弃权获得通过(第78/22号决议)。"};
  for (const char* between : {"\n", "\n\n"}) {
    std::string text = head;
    for (const auto& l : lines) text += l + between;
    Document d = doc_of(text);
    std::vector<std::string> texts;
    walk(d.body, [&](const Node& n) {
      if (n.kind == NodeKind::Paragraph) texts.push_back(n.text);
      if (n.kind == NodeKind::Section) EXPECT_NE(n.section_kind, "subhead") << n.title.substr(0, 30);
    });
    ASSERT_GE(texts.size(), lines.size()) << (between[1] ? "blank lines" : "none");
    EXPECT_EQ(std::vector<std::string>(texts.end() - static_cast<long>(lines.size()), texts.end()), lines)
        << (between[1] ? "blank lines" : "none");
  }
}

// A record's heading of items taken together or in a range is an item like
// one of a single number: its TOC entry, its section, the opening line apart.
TEST(Kinds, JointAndRangeItemHeadingsInRecords) {
  Document d = doc_of("联合国 A/C.3/78/SR.20\n大会\n第七十八届会议\n第三委员会\n第20次会议简要记录\n"
                      "2023年10月20日星期五上午10时在纽约总部举行\n目录\n议程项目71和72：消除种族主义；人民自决权利\n"
                      "上午10时宣布开会。\n议程项目71和72：消除种族主义；人民自决权利\n"
                      "1. 主席说，委员会将开始审议议程项目71和72。\n下午1时散会。\n");
  ASSERT_EQ(d.toc.entries.size(), 1u);
  EXPECT_EQ(d.toc.entries[0].title, "消除种族主义；人民自决权利");
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->opened, "10:00");
  const Node* item = nullptr;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Section && n.section_kind == "item") item = &n;
  });
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->number, "71和72");
  EXPECT_EQ(item->title, "消除种族主义；人民自决权利");
}

// A letter's title cut at a line's end is one title, the letter read from it
// (its second line, ending in 的信, is no subtitle), and the text below it
// the letter's body with its signature.
TEST(Kinds, ALettersTitleOverTwoLines) {
  Document d = doc_of("联合国 S/2023/715\n安全理事会\nDistr.: General\n26 September 2023\nChinese\nOriginal: English\n\n"
                      "2023年9月25日大不列颠及北爱尔兰联合王国常驻联合国代表给安全\n理事会主席的信\n\n"
                      "谨通知你，联合王国将于2023年10月担任安全理事会主席。\n请将本函作为安全理事会的文件分发为荷。\n\n"
                      "常驻代表\n（签名）芭芭拉·伍德沃德\n");
  EXPECT_EQ(d.front_matter.title, "2023年9月25日大不列颠及北爱尔兰联合王国常驻联合国代表给安全理事会主席的信");
  EXPECT_FALSE(d.front_matter.subtitle);
  ASSERT_TRUE(d.front_matter.letter);
  EXPECT_EQ(d.front_matter.letter->addressee, "安全理事会主席");
  EXPECT_EQ(d.kind, "letter");
  EXPECT_EQ(d.body.size(), 2u);
}

// A lead-in's sub-items set off by blank lines stay in its paragraph, each
// as the first does (a decision's "大会决定：" / "(a) …；" / "(b) …。", an
// article's definitions), as they do under a number.
TEST(Kinds, SubItemsAfterBlankLinesStayWithTheirLeadIn) {
  Document d = doc_of("1. 前文。\n一. 建议\n特别委员会建议大会：\n\n"
                      "(a) 将该项目列入大会第七十九届会议临时议程；\n\n(b) 请秘书长提交一份报告。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[1], "特别委员会建议大会：(a) 将该项目列入大会第七十九届会议临时议程；(b) 请秘书长提交一份报告。");
  // (a decision's own formula, "在…全体会议上，大会决定：", is no lead-in: a
  // paragraph of its own, each lettered clause one, as under "经济及社会理事会：")
  Document f = doc_of("78/540. 联合国内部司法\n\n在2023年12月22日第51次全体会议上，大会决定：\n\n"
                      "(a) 将该项目列入大会第七十九届会议临时议程；\n\n(b) 请秘书长提交一份报告。\n");
  EXPECT_EQ(paragraph_texts(f), (std::vector<std::string>{"在2023年12月22日第51次全体会议上，大会决定：",
                                                          "(a) 将该项目列入大会第七十九届会议临时议程；",
                                                          "(b) 请秘书长提交一份报告。"}));
  // (only the next in the sequence: "(c)" where no "(b)" went before opens a paragraph, as before)
  Document e = doc_of("1. 前文。\n一. 建议\n委员会建议：\n\n(a) 第一项；\n\n(c) 第三项。\n");
  const std::vector<std::string> kept = paragraph_texts(e);
  ASSERT_FALSE(kept.empty());
  EXPECT_EQ(kept.back(), "(c) 第三项。");
}

// Sentence per line with some one-sentence paragraphs (a line in ten may hold
// two): still sentence per line, each numbered paragraph taking the sentences
// below it; a record's procedural line after a numbered paragraph is no
// sentence of it, and no evidence of the shape.
TEST(Kinds, SentencePerLineWithOneSentenceParagraphsAndProceduralLines) {
  Document d = doc_of(
      "联合国\tA/78/210\n大会\tDistr.: General\n\t2023年7月20日\n第七十八届会议\n议程项目 67\n土著人民的权利\n"
      "国际土著语言十年\n秘书长的报告\n一. 导言\n1. 大会在第77/203号决议中请秘书长提交一份报告。\n本报告即根据该请求编写。\n"
      "2. 报告借鉴了会员国、联合国系统各实体和土著人民组织提供的资料。\n二. 进展情况\n"
      "3. 截至2023年6月，已有40个国家设立了国家十年委员会。\n其中一些委员会由土著人民代表担任共同主席。\n"
      "4. 若干国家通过了保护土著语言的法律，例如将土著语言定为官方语言。这些法律已经生效。\n例如，一个国家将三种土著语言定为官方语言。\n"
      "5. 联合国教育、科学及文化组织牵头协调十年的执行工作。\n该组织制定了全球行动计划。\n"
      "6. 秘书长鼓励会员国为十年的执行工作提供充足资金。\n7. 秘书长还建议会员国确保土著人民充分参与。\n");
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
  ASSERT_NE(paragraph(d, 3), nullptr);
  EXPECT_EQ(paragraph(d, 3)->text, "截至2023年6月，已有40个国家设立了国家十年委员会。其中一些委员会由土著人民代表担任共同主席。");
  Document r = doc_of("联合国 A/C.6/78/SR.20\n大会\n第七十八届会议\n第六委员会\n第20次会议简要记录\n"
                      "2023年10月27日星期五上午10时在纽约总部举行\n上午10时05分宣布开会。\n"
                      "议程项目84：国际法委员会第七十四届会议工作报告(续)\n"
                      "1. 罗德里格斯女士(秘鲁)说，秘鲁支持委员会关于海平面上升问题的工作。\n"
                      "2. 卡塔尔的代表说，卡塔尔欢迎关于一般法律原则的结论草案。\n"
                      "3. 主席说，委员会就此结束了对国际法委员会报告第一组章节的审议。\n"
                      "主席离席，由副主席努尔先生(马来西亚)主持会议。\n"
                      "4. 努尔先生(马来西亚)说，马来西亚认为应当谨慎对待国家官员豁免问题。\n中午12时散会。\n");
  ASSERT_NE(paragraph(r, 3), nullptr);
  EXPECT_EQ(paragraph(r, 3)->text, "主席说，委员会就此结束了对国际法委员会报告第一组章节的审议。");
}

// Cells set a line each that no rule rebuilds as a table: a line that is a
// number and nothing else stays apart from the number before it ("6" /
// "12 500" never reads 612 500).
TEST(Kinds, ANumberLineIsNeverGluedToTheNumberBefore) {
  Document d = doc_of("A/78/95\n附件\n各部门提供的语文服务\n部门\n正式语文数目\n网页数目\n大会和会议管理部\n6\n12 500\n"
                      "全球传播部\n6\n48 000\n");
  std::string all;
  auto collect = [&](const std::vector<Node>& ns) {
    walk(ns, [&](const Node& n) {
      if (n.kind == NodeKind::Paragraph) all += n.text + "|";
    });
  };
  collect(d.body);
  for (const Annex& a : d.annexes) collect(a.children);
  EXPECT_EQ(all.find("612"), std::string::npos) << all;
  EXPECT_EQ(all.find("648"), std::string::npos) << all;
  EXPECT_NE(all.find("12 500"), std::string::npos) << all;
}

// "并强调…" at a line's start goes on with the preambular clause above it
// (real clauses open with 又 or 还 and their verb, never 并).
TEST(Kinds, BingOpensNoPreambularClause) {
  Document d = doc_of("78/172. 粮食安全\n大会，\n认识到小农户家庭农民妇女青年和土著人民在粮食生产中关键作用，\n"
                      "并强调必须加强他们在粮食体系各个层面的能力，\n又重申人人有权获得安全、充足和富有营养的食物，\n"
                      "1. 注意到秘书长的报告；\n2. 决定继续审议这一问题。\n");
  std::vector<std::string> preamble;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph && n.paragraph_kind == "preambular") preamble.push_back(n.text);
  });
  EXPECT_EQ(preamble, (std::vector<std::string>{
                          "认识到小农户家庭农民妇女青年和土著人民在粮食生产中关键作用，并强调必须加强他们在粮食体系各个层面的能力，",
                          "又重申人人有权获得安全、充足和富有营养的食物，"}));
}

// The Economic and Social Council's segment line in a record's masthead
// (人道主义事务部分) is a note, as a committee's line is; the title is the
// meeting's heading. As an agenda item's title (议程项目5 / 高级别部分) it stays one.
TEST(Kinds, EcosocSegmentLineIsANote) {
  Document d = doc_of("联合国 E/2023/SR.14\n经济及社会理事会\n2023年届会\n2022年7月25日至2023年7月26日\n人道主义事务部分\n"
                      "Distr.: General\n12 July 2023\n第14次会议简要记录\n2023年6月21日星期三上午10时在日内瓦万国宫举行\n"
                      "上午10时10分宣布开会。\n议程项目9：特别经济、人道主义和救灾援助\n"
                      "1. 主席说，人道主义事务部分的主题是加强人道主义援助的协调。\n");
  EXPECT_EQ(d.kind, "record");
  EXPECT_NE(d.front_matter.title, "人道主义事务部分");
  EXPECT_NE(std::find(d.front_matter.notes.begin(), d.front_matter.notes.end(), "人道主义事务部分"),
            d.front_matter.notes.end());
  Document a = doc_of("2024年届会\n2023年7月27日至2024年7月24日\n议程项目5\n高级别部分\n2024年中期世界经济形势与展望\n摘要\n"
                      "全球经济增长前景依然疲弱，多数区域的投资低迷，贸易增长乏力，债务脆弱性上升，这些因素共同拖累了增长。\n");
  ASSERT_EQ(a.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(a.front_matter.agenda_items[0].title, "高级别部分");
  EXPECT_EQ(a.front_matter.title, "2024年中期世界经济形势与展望");
}

// An annex's caption over two lines, its second 附件 alone (an annex line
// itself): one annex, the caption whole, its title below.
TEST(Kinds, AnAnnexCaptionEndingInALoneAnnexWord) {
  Document d = doc_of("联合国 S/2023/716\n安全理事会\nDistr.: General\n26 September 2023\n"
                      "2023年9月25日联合王国常驻联合国代表给安全理事会主席的信\n"
                      "谨随函转递联合王国外交部关于该区域局势的声明(见附件)。\n请将本函及其附件作为安全理事会的文件分发为荷。\n"
                      "常驻代表\n（签名）芭芭拉·伍德沃德\n2023年9月25日联合王国常驻联合国代表给安全理事会主席的信的\n附件\n"
                      "联合王国外交部的声明\n联合王国呼吁各方保持最大限度的克制。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  EXPECT_EQ(d.annexes[0].caption, "2023年9月25日联合王国常驻联合国代表给安全理事会主席的信的附件");
  EXPECT_EQ(d.annexes[0].title, "联合王国外交部的声明");
  EXPECT_EQ(d.body.size(), 2u);
}

// A letter's annex caption broken after the addressee's organ or before 给,
// its second line itself ending in 的附件 ("…给安全理事会" / "主席的信的附件"):
// one caption, the first half not left in the body. A whole caption below a
// signature stays whole, the signature in the body.
TEST(Kinds, AnAnnexCaptionBrokenBeforeItsLastWords) {
  const std::string head =
      "联合国 S/2023/716\n安全理事会\nDistr.: General\n26 September 2023\n"
      "2023年9月25日联合王国常驻联合国代表给安全理事会主席的信\n"
      "谨随函转递联合王国外交部关于该区域局势的声明(见附件)。\n请将本函及其附件作为安全理事会的文件分发为荷。\n"
      "常驻代表\n（签名）芭芭拉·伍德沃德\n";
  const std::string tail = "联合王国外交部的声明\n联合王国呼吁各方保持最大限度的克制。\n";
  const std::string whole = "2023年9月25日联合王国常驻联合国代表给安全理事会主席的信的附件";
  for (const char* caption : {"2023年9月25日联合王国常驻联合国代表给安全理事会\n主席的信的附件\n",
                              "2023年9月25日联合王国常驻联合国代表\n给安全理事会主席的信的附件\n"}) {
    Document d = doc_of(head + caption + tail);
    ASSERT_EQ(d.annexes.size(), 1u) << caption;
    EXPECT_EQ(d.annexes[0].caption, whole) << caption;
    EXPECT_EQ(d.annexes[0].title, "联合王国外交部的声明");
    EXPECT_EQ(d.body.size(), 2u) << caption;
  }
  Document w = doc_of(head + whole + "\n" + tail);
  ASSERT_EQ(w.annexes.size(), 1u);
  EXPECT_EQ(w.annexes[0].caption, whole);
  EXPECT_EQ(w.closing.size(), 2u);
}

// "***" / "* * *" at a document's end (or between its parts), after a blank
// line: a rule in the furniture, not text joined to the paragraph above.
TEST(Kinds, StarsAtTheEndAreARule) {
  for (const char* stars : {"***", "* * *"}) {
    Document d = doc_of(std::string("大会\n第七十八届会议\n议程项目 12\n\n决议\n\n1. 决定继续审议这一问题。\n\n"
                                    "2. 请秘书长提交报告。\n\n") +
                        stars + "\n");
    const Node* p = paragraph(d, 2);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->text, "请秘书长提交报告。") << stars;
    ASSERT_FALSE(d.furniture.empty());
    EXPECT_EQ(d.furniture.back().kind, "rule");
    EXPECT_EQ(d.furniture.back().text, stars);
  }
}

// A table whose cells stand one a line with no blank lines between (a text
// of a paragraph a line): rebuilt into rows, its label and title one
// paragraph above it; a header with an empty corner keeps the corner empty.
TEST(Layouts, TableOfACellALineWithoutBlankLines) {
  const std::string head = "1. 下表列出了截至2023年6月30日按区域分列的工作人员人数。\n表1\n按区域分列的工作人员人数\n";
  const std::string rows =
      "非洲\n1 245\n1 312\n亚洲及太平洋\n2 031\n2 104\n东欧\n612\n640\n共计\n3 888\n4 056\n";
  const std::string tail = "2. 如表1所示，所有区域的工作人员人数均有所增加。\n";
  for (const char* header : {"区域\n2022年\n2023年\n", "2022年\n2023年\n"}) {
    Document d = doc_of(head + header + rows + tail);
    auto tables = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Table; });
    ASSERT_EQ(tables.size(), 1u) << header;
    ASSERT_EQ(tables[0]->rows.size(), 5u);
    EXPECT_EQ(tables[0]->rows[0][1], "2022年");
    EXPECT_EQ(tables[0]->rows[1], (std::vector<std::string>{"非洲", "1 245", "1 312"}));
    EXPECT_EQ(tables[0]->rows[4], (std::vector<std::string>{"共计", "3 888", "4 056"}));
    const auto texts = paragraph_texts(d);
    EXPECT_NE(std::find(texts.begin(), texts.end(), "表1按区域分列的工作人员人数"), texts.end());
    ASSERT_NE(paragraph(d, 2), nullptr);
  }
}

// A budget fascicle's paragraphs are labelled within their section (29E.1,
// 29E.2, …): numbered paragraphs (number 1, 2, …; the label as written in
// `label`, the text after it), and a short line over one is a subhead (two
// such lines, two subheads), and set a sentence a line it takes the
// sentences below it.
TEST(Kinds, BudgetFascicleParagraphsLabelledWithinTheirSection) {
  const std::string head = "A. 拟议2024年方案计划\n";
  Document d = doc_of(head +
                      "总体方向\n任务和背景\n"
                      "29E.1 联合国日内瓦办事处负责为设在日内瓦的秘书处各实体提供行政支助服务。\n"
                      "29E.2 该办事处的任务源自大会的各项决议，包括第72/266 A号决议。\n"
                      "战略和外部因素\n29E.3 为实现这一目标，该办事处将：\n(a) 继续推行数字化和精简的业务流程；\n"
                      "(b) 加强与其他服务提供者的合作。\n");
  auto heads = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "subhead"; });
  ASSERT_EQ(heads.size(), 3u);
  EXPECT_EQ(heads[0]->title, "总体方向");
  EXPECT_EQ(heads[1]->title, "任务和背景");
  EXPECT_EQ(heads[2]->title, "战略和外部因素");
  const auto texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(),
                      "为实现这一目标，该办事处将：(a) 继续推行数字化和精简的业务流程；(b) 加强与其他服务提供者的合作。"),
            texts.end());
  // a sentence a line: the sentences below a label go with it, to the next label
  Document s = doc_of("联合国 A/78/6 (Sect. 29E)\n大会\n" + head +
                      "任务和背景\n29E.1 行政司负责提供人力资源管理服务。\n行政司的任务源自大会的各项决议。\n"
                      "行政司还与东道国当局保持联络。\n29E.2 行政司由司长办公室和四个处组成。\n"
                      "各处按照服务级别协议提供服务。\n方案的目标\n29E.3 目标是确保高效的行政支助。\n"
                      "各实体的业务需求预计在2024年保持稳定。\n会员国将及时缴纳其摊款。\n");
  const auto st = paragraph_texts(s);
  EXPECT_NE(std::find(st.begin(), st.end(),
                      "行政司负责提供人力资源管理服务。行政司的任务源自大会的各项决议。行政司还与东道国当局保持联络。"),
            st.end());
  EXPECT_NE(std::find(st.begin(), st.end(), "行政司由司长办公室和四个处组成。各处按照服务级别协议提供服务。"),
            st.end());
  for (const Document* x : {&d, &s}) {
    auto ps = collect(x->body, [](const Node& n) { return n.kind == NodeKind::Paragraph && n.paragraph_kind == "numbered"; });
    ASSERT_EQ(ps.size(), 3u);
    for (size_t k = 0; k < ps.size(); ++k) {
      EXPECT_EQ(ps[k]->paragraph_number, static_cast<long>(k + 1));
      EXPECT_EQ(ps[k]->label, "29E." + std::to_string(k + 1));
    }
  }
}

// A page's running header set on one line with the short title
// ("A/RES/78/165 农业技术促进可持续发展"), at the next page's top: furniture,
// not text glued into the paragraph that runs over the page.
TEST(Layouts, RunningHeaderOfSymbolAndShortTitle) {
  for (const char* ff : {"\n", "\f"}) {
    Document d = doc_of(std::string("联合国 A/RES/78/165\n大会\nDistr.: General\n28 December 2023\n第七十八届会议\n"
                                    "议程项目 25\n2023年12月19日大会决议\n78/165. 农业技术促进可持续发展\n大会，\n"
                                    "重申《2030年可持续发展议程》，\n"
                                    "1. 鼓励会员国、联合国系统相关组织和其他利益攸关方在各级加\n"
                                    "强努力，并促进各国之间交流最佳做法和经\n\n23-26171 (C)\n") +
                        ff + "\nA/RES/78/165 农业技术促进可持续发展\n\n验；\n2. 请秘书长向大会第八十届会议提交报告。\n");
    const Node* p = paragraph(d, 1);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->text, "鼓励会员国、联合国系统相关组织和其他利益攸关方在各级加强努力，并促进各国之间交流最佳做法和经验；");
    EXPECT_TRUE(std::any_of(d.furniture.begin(), d.furniture.end(), [](const Furniture& f) {
      return f.kind == "running_header" && f.text == "A/RES/78/165 农业技术促进可持续发展";
    }));
  }
}

// A footnote cut at its page's end goes on, unlabelled, below the next page's
// footnote rule: its rest, not a paragraph of the body.
TEST(Layouts, FootnoteGoesOnBelowTheNextPagesRule) {
  for (const char* ff : {"\n", "\f"}) {
    Document d = doc_of(std::string("联合国 A/78/300\n大会\nDistr.: General\n1 August 2023\n第七十八届会议\n"
                                    "1. 本报告根据大会第77/203号决议提交，并参考了秘书长的报告²以及会\n"
                                    "员国提供的资料，介绍了联合国系统为落实该决议所开展的各项活动。\n"
                                    "__________________\n² A/77/233。该报告根据大会第76/194号决议编写，介绍了各会员国\n\n"
                                    "23-14321 (C)\n") +
                        ff + "\nA/78/300\n\n2. 秘书长建议大会继续审议这一问题。\n__________________\n"
                             "和联合国系统各组织提供的资料。\n\n2/2 23-14321\n");
    ASSERT_EQ(d.footnotes.size(), 1u);
    EXPECT_EQ(d.footnotes[0].text, "A/77/233。该报告根据大会第76/194号决议编写，介绍了各会员国和联合国系统各组织提供的资料。");
    const auto texts = paragraph_texts(d);
    EXPECT_EQ(std::find(texts.begin(), texts.end(), "和联合国系统各组织提供的资料。"), texts.end());
  }
}

// pdftotext -layout: a table's label and title (表1 / 按区域分列的工作人员人数)
// above its columns are one paragraph, not a header row of the table.
TEST(Layouts, LayoutTableLabelAndTitleAboveIt) {
  Document d = doc_of(
      "    1.    下表列出了截至2023年6月30日按区域分列的工作人员人数。\n"
      "                          表1\n"
      "                          按区域分列的工作人员人数\n"
      "          区域                          2022年            2023年\n"
      "          非洲                           1 245             1 312\n"
      "          亚洲及太平洋                   2 031             2 104\n"
      "          东欧                             612               640\n"
      "    2.    如表1所示，所有区域的工作人员人数均有所增加。\n\n23-18765 (C)\n\f"
      "                                                                        A/78/415\n"
      "    3.    秘书长建议大会注意到本报告。\n");
  auto tables = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Table; });
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0]->rows[0], (std::vector<std::string>{"区域", "2022年", "2023年"}));
  EXPECT_EQ(tables[0]->rows.size(), 4u);
  const auto texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "表1按区域分列的工作人员人数"), texts.end());
}

// A table's note below it ("资料来源：…", "注：…") is a paragraph, never a
// subhead over the paragraph that follows.
TEST(Kinds, TableSourceNoteIsNoSubhead) {
  Document d = doc_of("1. 下表列出了各区域的工作人员人数。\n区域\t2022年\t2023年\n非洲\t1 245\t1 312\n"
                      "亚洲\t2 031\t2 104\n资料来源：秘书处人力资源管理厅\n"
                      "2. 如表1所示，所有区域的工作人员人数均有所增加。\n");
  auto heads = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section; });
  EXPECT_TRUE(heads.empty());
  const auto texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "资料来源：秘书处人力资源管理厅"), texts.end());
}

// A signature with the name first and (签名) after it ("安东尼奥·古特雷斯(签名)")
// is a closing line, as "(签名)安东尼奥·古特雷斯" is.
TEST(Kinds, SignatureWithTheNameFirst) {
  Document d = doc_of("联合国 S/2023/802\n安全理事会\nDistr.: General\n25 October 2023\n"
                      "2023年10月24日秘书长给安全理事会主席的信\n谨随函转递国际原子能机构总干事的信。\n"
                      "请提请安全理事会成员注意本函为荷。\n安东尼奥·古特雷斯(签名)\n");
  ASSERT_FALSE(d.closing.empty());
  EXPECT_EQ(d.closing.back().kind, "signature");
  EXPECT_EQ(d.closing.back().text, "安东尼奥·古特雷斯(签名)");
}

// 附文 alone below an annex's letter: the enclosure it transmits, a part
// whose title stands below it, not lines taken for the signature's next.
TEST(Kinds, EnclosureOfAnAnnexLetter) {
  Document d = doc_of("联合国 S/2023/802\n安全理事会\nDistr.: General\n25 October 2023\n"
                      "2023年10月24日秘书长给安全理事会主席的信\n谨随函转递国际原子能机构总干事的信(见附件)。\n"
                      "(签名)安东尼奥·古特雷斯\n附件\n2023年10月20日国际原子能机构总干事给秘书长的信\n"
                      "谨转递关于扎波罗热核电站核安全与安保的报告(见附文)。\n(签名)拉斐尔·马里亚诺·格罗西\n附文\n"
                      "扎波罗热核电站的核安全与安保\n一. 导言\n1. 本报告介绍了2023年9月以来该电站的情况。\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  auto parts = collect(d.annexes[0].children, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "part"; });
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0]->label, "附文");
  EXPECT_EQ(parts[0]->title, "扎波罗热核电站的核安全与安保");
  for (const auto& c : d.closing) EXPECT_NE(c.text, "附文");
}

// A document symbol cut at a wrapped line's end ("(CEDAW/C/PE" / "R/9)")
// joins with no space: a symbol is no pair of English words.
TEST(Layouts, SymbolCutAtALineEndJoinsWithoutASpace) {
  std::string text = wrapped_lines(6);
  text += "1. 委员会在2022年2月15日举行的第1868次会议上审议了秘鲁的第九次定期报告(CEDAW/C/PE\n"
          "R/9)。委员会与缔约国代表团进行了建设性对话，并感谢缔约国对问题清单作出的书面答复。\n";
  Document d = doc_of(text);
  const Node* p = paragraph(d, 1);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->text.find("(CEDAW/C/PER/9)"), std::string::npos) << p->text;
}

// A table label and title above a table of TAB-separated rows: one paragraph
// of their own, not the end of the paragraph above.
TEST(Layouts, TableLabelAboveTabRows) {
  Document d = doc_of("1. 下表列出了截至2023年6月30日按区域分列的工作人员人数。\n表1\n按区域分列的工作人员人数\n"
                      "区域\t2022年\t2023年\n非洲\t1 245\t1 312\n亚洲\t2 031\t2 104\n"
                      "2. 如表1所示，所有区域的工作人员人数均有所增加。\n");
  const Node* p = paragraph(d, 1);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "下表列出了截至2023年6月30日按区域分列的工作人员人数。");
  const auto texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "表1按区域分列的工作人员人数"), texts.end());
}

// A table's header row set again at the top of its next page (a UN table's
// headings repeat on every page): page furniture, kept there, not a row.
TEST(Layouts, TableHeaderRepeatedOnTheNextPage) {
  Document d = doc_of("联合国 A/78/415\n大会\nDistr.: General\n2 October 2023\n"
                      "1. 下表列出了截至2023年6月30日按区域分列的工作人员人数。\n"
                      "区域\t2022年\t2023年\n非洲\t1 245\t1 312\n亚洲及太平洋\t2 031\t2 104\n\n23-18765 (C)\n\f"
                      "A/78/415\n\n区域\t2022年\t2023年\n东欧\t612\t640\n共计\t3 888\t4 056\n"
                      "2. 如表1所示，所有区域的工作人员人数均有所增加。\n");
  auto tables = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Table; });
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0]->rows.size(), 5u);
  EXPECT_EQ(tables[0]->rows[3], (std::vector<std::string>{"东欧", "612", "640"}));
  EXPECT_TRUE(std::any_of(d.furniture.begin(), d.furniture.end(), [](const Furniture& f) {
    return f.kind == "running_header" && f.text == "区域\t2022年\t2023年";
  }));
}

// A recommendation set in a box ("建议1" / its text) holds its text only: the
// numbered paragraph after it stands in the section around the box.
TEST(Kinds, RecommendationBoxHoldsItsTextOnly) {
  Document d = doc_of("二. 政策框架\n3. 大多数组织已制定业务连续性政策，但政策的执行情况参差不齐。\n建议1\n"
                      "各组织的行政首长应在2024年底之前审查并更新其业务连续性政策。\n"
                      "4. 检查专员还注意到，各组织之间在业务连续性方面的协调有限。\n");
  ASSERT_EQ(d.body.size(), 1u);
  const Node& chapter = d.body[0];
  ASSERT_EQ(chapter.children.size(), 3u);
  EXPECT_EQ(chapter.children[1].title, "建议1");
  EXPECT_EQ(chapter.children[1].children.size(), 1u);
  EXPECT_EQ(chapter.children[2].paragraph_number, 4);
}

// A record's contents whose item labels stand alone, each title on the line
// below ("议程项目 21" / "全球化与相互依存"): one row each, the title read,
// "21" no page number; the body's items keep their headings.
TEST(Toc, ItemTitleOnTheLineBelowItsLabel) {
  Document d = doc_of("联合国 A/C.2/78/SR.20\n大会\n第七十八届会议\n第二委员会\n第20次会议简要记录\n"
                      "2023年10月26日星期四上午10时在纽约总部举行\n目录\n议程项目 21\n全球化与相互依存\n"
                      "议程项目90至108(续)\n所有裁军和国际安全议程项目的一般性辩论\n上午10时宣布开会。\n"
                      "议程项目 21\n全球化与相互依存\n1. 主席说，委员会将开始审议议程项目21。\n"
                      "议程项目90至108(续)\n所有裁军和国际安全议程项目的一般性辩论\n2. 迪亚洛先生(塞内加尔)说，塞内加尔深表关切。\n"
                      "中午12时55分散会。\n");
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].label, "议程项目 21");
  EXPECT_EQ(d.toc.entries[0].title, "全球化与相互依存");
  EXPECT_FALSE(d.toc.entries[0].page.has_value());
  EXPECT_EQ(d.toc.entries[1].number, "90至108");
  EXPECT_EQ(d.toc.entries[1].title, "所有裁军和国际安全议程项目的一般性辩论");
  auto items = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "item"; });
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]->title, "全球化与相互依存");
  EXPECT_EQ(items[0]->lines.first, 13);
}

// pdftotext -layout sets the masthead's right column (Distr., the date, the
// languages) on the lines of its left one: the agenda item and the title
// are read without them, the cells as masthead items.
TEST(FrontMatter, MastheadRightColumnOnTheLeftColumnsLines) {
  const std::string pad(45, ' ');
  Document d = doc_of("联合国" + pad + "A/78/300\n大会" + pad + "Distr.: General\n第七十八届会议" + pad +
                      "22 November 2023\n议程项目 139" + pad + "Chinese\n2024年拟议方案预算" + pad +
                      "Original: English\n秘书长的说明\n1. 秘书长谨向大会转递联合检查组的报告。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "139");
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "2024年拟议方案预算");
  EXPECT_EQ(d.front_matter.language_this, "Chinese");
  EXPECT_EQ(d.front_matter.language_original, "English");
  EXPECT_EQ(d.front_matter.date, "2023-11-22");
  EXPECT_EQ(d.front_matter.date_text, "22 November 2023");
  EXPECT_EQ(d.front_matter.session_number, 78);
  EXPECT_TRUE(d.front_matter.notes.empty());
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的说明");
  EXPECT_NE(d.source.layout.shape, "wrapped");
}

// A corrigendum's mark (更正) set under its title block, before the text:
// one of the masthead's notes, not a heading of the front matter.
TEST(FrontMatter, CorrigendumMarkBelowTheTitleIsANote) {
  Document d = doc_of("联合国 A/78/289/Corr.1\n大会\nDistr.: General\n20 September 2023\nChinese\nOriginal: English\n"
                      "第七十八届会议\n临时议程*项目73(b)\n促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径\n"
                      "残疾人权利特别报告员的报告\n秘书长的说明\n更正\n"
                      "第15段第三句应为：特别报告员强调，各国必须确保残疾人能够平等地获得服务。\n");
  EXPECT_EQ(d.front_matter.title, "残疾人权利特别报告员的报告");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的说明");
  EXPECT_NE(std::find(d.front_matter.notes.begin(), d.front_matter.notes.end(), "更正"), d.front_matter.notes.end());
  for (const auto& p : d.front_matter.paragraphs) EXPECT_NE(p.text, "更正");
}

// "附件" alone in a table of contents over rows numbered 一. 二.: the
// annexes' group head; each row below it is an annex (附件一, 附件二), not a
// chapter, and none is glued to the head.
TEST(Toc, AnnexGroupHeadOverNumberedRows) {
  Document d = doc_of("联合国 A/78/300\n大会\nDistr.: General\n1 August 2023\n第七十八届会议\n秘书长的报告\n目录\n页次\n"
                      "一. 导言\t3\n二. 执行情况\t4\n附件\n一. 组织结构和员额分配情况\t10\n二. 所需资源摘要\t11\n"
                      "一. 导言\n1. 本报告根据大会第77/1号决议提交。\n二. 执行情况\n2. 执行工作取得了进展。\n"
                      "附件一\n组织结构和员额分配情况\n本附件列出组织结构图。\n附件二\n所需资源摘要\n本附件列出所需资源。\n");
  ASSERT_EQ(d.toc.entries.size(), 4u);
  EXPECT_EQ(d.toc.entries[1].kind, "chapter");
  EXPECT_EQ(d.toc.entries[2].kind, "annex");
  EXPECT_EQ(d.toc.entries[2].number, "一");
  EXPECT_EQ(d.toc.entries[2].title, "组织结构和员额分配情况");
  EXPECT_EQ(d.toc.entries[3].kind, "annex");
  EXPECT_EQ(d.toc.entries[3].number, "二");
  EXPECT_EQ(d.toc.entries[3].page, 11);
  for (const auto& g : d.diagnostics) EXPECT_NE(g.code.rfind("W-TOC", 0), 0u) << g.message;
}

// The agenda item's title, set in the masthead's narrow column, runs on onto
// a line no width calls full; below it stand the report's line and the
// note's: the line goes with the item's title, not the document's.
TEST(FrontMatter, AgendaTitleWrappedInTheMastheadColumn) {
  const std::string head = "联合国 A/78/289\n大会\nDistr.: General\n4 August 2023\n第七十八届会议\n临时议程*项目 73 (b)\n"
                           "促进和保护人权：人权问题，包括增进人权和基本\n";
  Document d = doc_of(head + "自由切实享受的各种途径\n残疾人权利特别报告员的报告\n秘书长的说明\n"
                             "秘书长谨向大会转递残疾人权利特别报告员根据人权理事会第52/8号决议提交的报告。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径");
  EXPECT_EQ(d.front_matter.title, "残疾人权利特别报告员的报告");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的说明");
  // (a title of the document's own and its note's line: the item's title stays one line)
  Document e = doc_of(head + "人权与国际团结\n秘书长的说明\n秘书长谨向大会转递人权与国际团结问题独立专家的报告。\n");
  EXPECT_EQ(e.front_matter.agenda_items[0].title, "促进和保护人权：人权问题，包括增进人权和基本");
  EXPECT_EQ(e.front_matter.title, "人权与国际团结");
}

// A conference's document: the conference's name and its dates and place
// (2023年6月19日和20日，纽约) stand where an organ's body and session do; the
// instrument's title below is the title, and 序言 over the parties' formula
// opens the body, not the title's second line.
TEST(FrontMatter, ConferenceNameAndDatesAboveAnInstrument) {
  Document d = doc_of("联合国 A/CONF.999/2023/3\n大会\nDistr.: General\n2023年6月1日\n联合国海洋生物多样性会议\n"
                      "2023年6月19日和20日，纽约\n关于养护和可持续利用国家管辖范围以外区域海洋生物多样性的协定\n序言\n本协定缔约方，\n"
                      "回顾《联合国海洋法公约》的相关规定，\n议定如下：\n第一条\n用语\n为本协定的目的，“公约”是指《联合国海洋法公约》。\n"
                      "第二条\n目标\n本协定的目标是确保养护和可持续利用海洋生物多样性。\n第三条\n适用范围\n本协定适用于国家管辖范围以外的区域。\n");
  EXPECT_EQ(d.front_matter.title, "关于养护和可持续利用国家管辖范围以外区域海洋生物多样性的协定");
  EXPECT_FALSE(d.front_matter.subtitle.has_value());
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "联合国海洋生物多样性会议"), notes.end());
  EXPECT_NE(std::find(notes.begin(), notes.end(), "2023年6月19日和20日，纽约"), notes.end());
  EXPECT_EQ(d.kind, "instrument");
  // (a letter's title opening with its date is no dates line)
  Document l = doc_of("联合国 S/2023/1\n安全理事会\nDistr.: General\n3 May 2023\n"
                      "2023年5月3日亚美尼亚和阿塞拜疆常驻联合国代表给秘书长的信\n谨随函转递一份声明。\n");
  EXPECT_EQ(l.front_matter.title, "2023年5月3日亚美尼亚和阿塞拜疆常驻联合国代表给秘书长的信");
}

// An Official Records cover: the report's title first, then the organ, 正式记录,
// the session and the supplement's number with the symbol in brackets. The
// organ's lines are the masthead's, the session under them the document's
// (the reporting body's, above, a note), the symbol read from the supplement.
TEST(FrontMatter, OfficialRecordsCover) {
  Document d = doc_of("联合国\n国际法委员会的报告\n第七十四届会议\n(2023年4月24日至6月2日和7月3日至8月4日)\n大会\n正式记录\n"
                      "第七十八届会议\n补编第10号(A/78/10)\n一. 导言\n1. 国际法委员会第七十四届会议在日内瓦举行。\n");
  EXPECT_EQ(d.front_matter.symbol, "A/78/10");
  EXPECT_EQ(d.front_matter.organ, "大会");
  EXPECT_EQ(d.front_matter.session_number, 78);
  EXPECT_EQ(d.front_matter.title, "国际法委员会的报告");
  EXPECT_FALSE(d.front_matter.subtitle.has_value());
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  const auto& notes = d.front_matter.notes;
  for (const char* n : {"第七十四届会议", "(2023年4月24日至6月2日和7月3日至8月4日)", "正式记录", "补编第10号(A/78/10)"})
    EXPECT_NE(std::find(notes.begin(), notes.end(), n), notes.end()) << n;
  // (the organ and the note on one line, under a volume's title and subtitle)
  Document v = doc_of("联合国\tA/77/49 (Vol. III)\n大会第七十七届会议通过的决议和决定\n第三卷\n决议和决定\n"
                      "2022年12月24日至2023年9月5日\n大会正式记录\n第七十七届会议\n补编第49号\n"
                      "三. 大会未发交主要委员会而通过的决定\n1. 大会决定推迟审议该项目。\n");
  EXPECT_EQ(v.front_matter.organ, "大会");
  EXPECT_EQ(v.front_matter.session_number, 77);
  for (const auto& p : v.front_matter.paragraphs) EXPECT_NE(p.text, "补编第49号");
}

// A programme budget fascicle: under the budget's title, the part, section and
// programme it covers, each label over its name (第八编 / 共同支助事务, 第 29E 款 /
// 行政，日内瓦, 方案21 / 管理和支助事务): the section's name is the fascicle's
// title (each of the budget's forty fascicles has the budget's), the budget's
// title and the other labels and names notes, not a subtitle and paragraphs;
// the fascicle is the Secretary-General's proposals, a report.
TEST(FrontMatter, BudgetFascicleParts) {
  Document d = doc_of("联合国 A/78/6 (Sect. 29E)\n大会\nDistr.: General\n18 April 2023\n第七十八届会议\n暂定项目清单*项目139\n"
                      "2024年拟议方案预算\n2024年拟议方案预算\n第八编\n共同支助事务\n第 29E 款\n行政，日内瓦\n方案21\n管理和支助事务\n"
                      "前言\n1. 联合国日内瓦办事处行政司负责向日内瓦的秘书处实体提供行政服务。\n");
  EXPECT_EQ(d.front_matter.title, "行政，日内瓦");
  EXPECT_FALSE(d.front_matter.subtitle.has_value());  // (nor 前言, the foreword's heading)
  for (const auto& p : d.front_matter.paragraphs) EXPECT_EQ(p.text, "前言");
  const std::vector<std::string> want{"2024年拟议方案预算", "第八编", "共同支助事务", "第 29E 款", "方案21", "管理和支助事务"};
  EXPECT_EQ(d.front_matter.notes, want);
  EXPECT_EQ(d.kind, "report");
}

// The -layout masthead's right column beside a title that opens with 联合国
// (only the symbol's own line is 联合国 alone), and beside a treaty body's
// convention line (within the masthead block: a note, as between Distr. and Original:).
TEST(FrontMatter, MastheadRightColumnBesideTitleAndConventionLines) {
  const std::string pad(40, ' ');
  Document d = doc_of("联合国" + pad + "S/2023/589\n安全理事会" + pad + "Distr.: General\n联合国阿富汗援助团的任务执行情况" + pad +
                      "4 August 2023\n秘书长的报告" + pad + "Chinese\n" + pad + "Original: English\n"
                      "一. 导言\n1. 本报告是根据安全理事会第2678(2023)号决议提交的。\n");
  EXPECT_EQ(d.front_matter.title, "联合国阿富汗援助团的任务执行情况");
  EXPECT_EQ(d.front_matter.date, "2023-08-04");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
  Document c = doc_of("联合国" + pad + "CEDAW/C/CHN/CO/9\n消除对妇女一切形式歧视公约" + pad + "Distr.: General\n" + pad +
                      "31 May 2023\n" + pad + "Chinese\n" + pad + "Original: English\n消除对妇女歧视委员会\n"
                      "关于中国第九次定期报告的结论性意见\nA. 导言\n1. 委员会审议了中国的第九次定期报告。\n");
  EXPECT_EQ(c.front_matter.title, "关于中国第九次定期报告的结论性意见");
  const auto& notes = c.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "消除对妇女一切形式歧视公约"), notes.end());
}

// A provisional agenda with its annotations: the title 临时议程和说明, then
// 临时议程 over the list: the heading of the title's first part, not a
// subtitle; the document is an agenda.
TEST(FrontMatter, FirstPartOfTheTitleIsNoSubtitle) {
  Document d = doc_of("联合国 E/CN.6/2024/1\n经济及社会理事会\nDistr.: General\n13 December 2023\n妇女地位委员会\n第六十八届会议\n"
                      "2024年3月11日至22日\n临时议程项目2\n通过议程和其他组织事项\n临时议程和说明\n临时议程\n1. 选举主席团成员。\n"
                      "2. 通过议程和其他组织事项。\n说明\n1. 选举主席团成员\n根据经济及社会理事会第2015/6号决议，委员会将选举主席团成员。\n");
  EXPECT_EQ(d.front_matter.title, "临时议程和说明");
  EXPECT_FALSE(d.front_matter.subtitle.has_value());
  EXPECT_EQ(d.kind, "agenda");
}

// A Security Council verbatim record's masthead marks it provisional (临时):
// a note, not the subtitle.
TEST(FrontMatter, ProvisionalRecordMarkIsANote) {
  Document d = doc_of("联合国 S/PV.9334\n安全理事会\n第七十八年\n第9334次会议\n2023年5月23日星期二上午10时\n纽约\n临时\n"
                      "主席：\t马斯科洛女士\t(瑞士)\n议程\n维持国际和平与安全\n上午10时05分开会。\n通过议程\n议程通过。\n"
                      "维持国际和平与安全\n主席：我谨代表安理会欢迎秘书长。\n上午11时50分散会。\n");
  EXPECT_EQ(d.kind, "record");
  EXPECT_EQ(d.front_matter.title, "第9334次会议");
  EXPECT_FALSE(d.front_matter.subtitle.has_value());
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "临时"), notes.end());
}

// A record's notice set a sentence a line (本记录包括…的译文。 / 定本将刊印在…。):
// one note, its later sentences with it, not a front-matter paragraph.
TEST(FrontMatter, RecordNoticeSetASentenceALine) {
  Document d = doc_of("联合国 S/PV.9334\n安全理事会\n第七十八年\n第9334次会议\n2023年5月23日星期二上午10时\n纽约\n"
                      "议程\n维持国际和平与安全\n本记录包括中文发言的文本和其他语言发言的译文。\n定本将刊印在《安全理事会正式记录》。\n"
                      "更正应只对原文提出。\n上午10时05分开会。\n通过议程\n议程通过。\n上午11时50分散会。\n");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(),
                      "本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在《安全理事会正式记录》。更正应只对原文提出。"),
            notes.end());
}

// An agenda item's title ending in 行为 (conduct: …仇外心理和相关不容忍行为)
// has ended: 为 there ends a noun, not a phrase cut mid-way; the document's
// title below is its own.
TEST(FrontMatter, AgendaTitleEndingInXingWeiHasEnded) {
  Document d = doc_of("联合国 A/78/245\n大会\nDistr.: General\n25 July 2023\n第七十八届会议\n临时议程*项目 69(a)\n"
                      "消除种族主义、种族歧视、仇外心理和\n相关不容忍行为\n全面落实和贯彻《德班宣言和行动纲领》的执行情况\n秘书长的报告\n"
                      "一. 导言\n1. 本报告根据大会第77/205号决议提交。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "消除种族主义、种族歧视、仇外心理和相关不容忍行为");
  EXPECT_EQ(d.front_matter.title, "全面落实和贯彻《德班宣言和行动纲领》的执行情况");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
}

// A record's contents listing an item's sub-item under it ("(a) 国际贸易与发展(续)"):
// a row of its own one level down, and the items after it still read.
TEST(Toc, RecordSubItemRow) {
  Document d = doc_of("联合国 A/C.2/78/SR.15\n大会\n第七十八届会议\n第二委员会\n第15次会议简要记录\n"
                      "2023年10月19日星期四下午3时在纽约总部举行\n目录\n议程项目18：宏观经济政策问题(续)\n(a) 国际贸易与发展(续)\n"
                      "议程项目19：发展筹资的后续行动和执行情况(续)\n下午3时10分宣布开会。\n议程项目18：宏观经济政策问题(续)\n"
                      "(a) 国际贸易与发展(续)\n1. 阿尔瓦雷斯女士(墨西哥)说，多边贸易体制必须以规则为基础。\n"
                      "议程项目19：发展筹资的后续行动和执行情况(续)\n2. 费尔南德斯先生(古巴)说，官方发展援助仍远低于目标。\n下午4时55分散会。\n");
  ASSERT_EQ(d.toc.entries.size(), 3u);
  EXPECT_EQ(d.toc.entries[1].level, 2);
  // (its letter the number, "(a)" the label, the words after it the title)
  EXPECT_EQ(d.toc.entries[1].title, "国际贸易与发展(续)");
  EXPECT_EQ(d.toc.entries[1].number, "a");
  EXPECT_EQ(d.toc.entries[1].label, "(a)");
  EXPECT_EQ(d.toc.entries[2].number, "19");
  auto items = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "item"; });
  EXPECT_EQ(items.size(), 2u);
}

// A resumed meeting's record: its symbol carries the resumption,
// S/PV.9400 (Resumption 1), read whole from the masthead.
TEST(FrontMatter, ResumptionSymbol) {
  Document d = doc_of("联合国\tS/PV.9400 (Resumption 1)\n安全理事会\n第七十八年\n第9400次会议\n2023年8月15日星期二下午3时\n纽约\n"
                      "议程\n中东局势，包括巴勒斯坦问题\n下午3时开会。\n主席：我请以色列代表发言。\n下午5时散会。\n");
  EXPECT_EQ(d.front_matter.symbol, "S/PV.9400 (Resumption 1)");
  EXPECT_TRUE(d.front_matter.notes.empty());
}

// A draft resolution's line naming who submits it (大会主席提交的决议草案;
// a Vice-Chair's after informal consultations) is its subtitle, like a
// sponsors' line; the draft's own title below it is the title.
TEST(FrontMatter, SubmittersLineOfADraftIsTheSubtitle) {
  Document d = doc_of("联合国 A/78/L.1\n大会\nDistr.: Limited\n12 September 2023\n第七十八届会议\n议程项目 118\n振兴大会工作\n"
                      "大会主席提交的决议草案\n大会第七十八届会议工作安排\n大会，\n回顾其第77/335号决议，\n"
                      "1. 决定通过本决议附件所载工作安排。\n");
  EXPECT_EQ(d.front_matter.title, "大会第七十八届会议工作安排");
  EXPECT_EQ(d.front_matter.subtitle, "大会主席提交的决议草案");
  EXPECT_EQ(d.kind, "resolution");
  Document c = doc_of("联合国 A/C.2/78/L.50\n大会\nDistr.: Limited\n24 November 2023\n第七十八届会议\n第二委员会\n议程项目18(a)\n"
                      "宏观经济政策问题：国际贸易与发展\n委员会副主席马丁·瓦伦丁(罗马尼亚)根据就决议草案A/C.2/78/L.10进行的非正式协商提交的决议草案\n"
                      "国际贸易与发展\n大会，\n回顾其关于国际贸易与发展的各项决议，\n1. 注意到秘书长的报告；\n");
  EXPECT_EQ(c.front_matter.title, "国际贸易与发展");
}

// A record's contents row that wraps inside a bracket ("…十年(2018-" /
// "2027年)") goes on to the line that closes it, in text not hard-wrapped too.
TEST(Toc, RecordRowWrappedInsideABracket) {
  Document d = doc_of("联合国 A/C.2/78/SR.22\n大会\n第七十八届会议\n第二委员会\n第22次会议简要记录\n"
                      "2023年11月2日星期四上午10时在纽约总部举行\n目录\n议程项目23：消除贫穷和其他发展问题：执行第三个联合国消除贫穷十年(2018-\n"
                      "2027年)\n\n上午10时05分宣布开会。\n\n议程项目23：消除贫穷和其他发展问题：执行第三个联合国消除贫穷十年(2018-\n"
                      "2027年)(A/78/239)\n1. 恩科西先生(南非)代表77国集团和中国发言说，冲突使数以百万计的人重新陷入极端贫困。\n");
  ASSERT_EQ(d.toc.entries.size(), 1u);
  EXPECT_EQ(d.toc.entries[0].title, "消除贫穷和其他发展问题：执行第三个联合国消除贫穷十年(2018-2027年)");
  EXPECT_EQ(d.body.front().kind, NodeKind::Paragraph);
  EXPECT_EQ(d.body.front().text, "上午10时05分宣布开会。");
}

// pdftotext's default mode reads a treaty body's right column first (symbol,
// Distr., date, languages), then 联合国 and the convention's name under it:
// that name is the masthead's, a note, not the title.
TEST(FrontMatter, ConventionNameUnderUnitedNationsAfterTheRightColumn) {
  Document d = doc_of("CEDAW/C/CLV/CO/9\nDistr.: General\n31 May 2023\nChinese\nOriginal: English\n\n联 合 国\n"
                      "消除对妇女一切形式歧视公约\n\n消除对妇女歧视委员会\n\n关于卡洛维亚第九次定期报告的结论性意见\n"
                      "1. 委员会审议了卡洛维亚的第九次定期报告。\nA. 导言\n2. 委员会赞赏缔约国提交第九次定期报告。\n");
  EXPECT_EQ(d.front_matter.title, "关于卡洛维亚第九次定期报告的结论性意见");
  const auto& notes = d.front_matter.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(), "消除对妇女一切形式歧视公约"), notes.end());
}

// A title line that runs to the full width stops before the submitters'
// line (…提交的工作文件): the agenda item keeps its title, the working paper's
// line is the document's title.
TEST(FrontMatter, FullTitleLineStopsBeforeTheSubmittersLine) {
  std::string text = "联合国 A/CN.10/2023/WP.4\n大 会 Distr.: General\n14 April 2023\n裁军审议委员会\n2023 年实质性会议\n议程项目 5\n"
                     "关于在外层空间活动中切实执行透明度和建立信任措施以防止外层空间军备竞赛的建议\n"
                     "哥斯达黎加、蒙古和瑞士提交的工作文件\n一. 导言\n";
  // (hard-wrapped at the agenda title's width: its line is full)
  for (int k = 1; k <= 12; ++k)
    text += std::to_string(k) + ". 本工作文件旨在协助裁军审议委员会就议程项目开展讨论，并为委员会在本届实\n质性会议结束时可能达成的建议提供若干要素。\n";
  Document d = doc_of(text);
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "关于在外层空间活动中切实执行透明度和建立信任措施以防止外层空间军备竞赛的建议");
  EXPECT_EQ(d.front_matter.title, "哥斯达黎加、蒙古和瑞士提交的工作文件");
}

// An agenda line whose item number the footnote pass took for a plain-digit
// marker ("临时议程项目 2", a page number "2" below a page's last line read as a
// footnote's label): the number is the item's, read with the line.
TEST(FrontMatter, AgendaItemNumberNotAFootnoteMarker) {
  Document d = convert(read_file("tests/layouts-wide/agenda-provisional-ccpcj-32/01-default.txt"), "t.txt");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].item, "2");
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "通过议程和其他组织事项");
}

// A symbol whose end extraction broke onto the next line ("A/CN.10/2023/WP" /
// ".4"): one symbol, and the rest of the masthead read as usual.
TEST(FrontMatter, SymbolEndOnTheNextLine) {
  Document d = doc_of("联合国\n大 会\nA/CN.10/2023/WP\n.4\nDistr.: General\n14 April 2023\n裁军审议委员会\n2023 年实质性会议\n"
                      "议程项目 5\n关于在外层空间活动中切实执行透明度和建立信任措施以防止外层空间军备竞赛的建议\n"
                      "哥斯达黎加、蒙古和瑞士提交的工作文件\n一. 导言\n1. 本工作文件旨在协助裁军审议委员会开展讨论。\n");
  EXPECT_EQ(d.front_matter.symbol, "A/CN.10/2023/WP.4");
  EXPECT_EQ(d.front_matter.title, "哥斯达黎加、蒙古和瑞士提交的工作文件");
  EXPECT_EQ(d.front_matter.session_text, "2023 年实质性会议");
}

// An agenda item's title ending in a colon goes on past a blank line to the
// sub-item's part ("…进一步的行动和倡议：" / "优先主题：…"); the document's
// title below is its own.
TEST(FrontMatter, AgendaTitleEndingInAColonGoesOn) {
  Document d = doc_of("联合国 E/CN.6/2023/3\n经济及社会理事会\nDistr.: General\n20 December 2022\n妇女地位委员会\n\n第六十七届会议\n\n"
                      "临时议程* 项目 3(a)(一)\n\n第四次妇女问题世界会议的后续行动：进一步的行动和倡议：\n\n"
                      "优先主题：通过普及社会保护实现性别平等\n\n\n通过普及社会保护实现性别平等\n\n秘书长的报告\n\n"
                      "一. 导言\n\n1. 本报告审查了普及社会保护的情况。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "第四次妇女问题世界会议的后续行动：进一步的行动和倡议：优先主题：通过普及社会保护实现性别平等");
  EXPECT_EQ(d.front_matter.title, "通过普及社会保护实现性别平等");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
}

// An instrument's own title over its preamble (序言, 本公约缔约国，) is the
// title, even inside a masthead with no Original: line (where a treaty
// body's convention name is a note), and after a conference's lines.
TEST(FrontMatter, InstrumentTitleOverItsPreambleIsTheTitle) {
  Document d = doc_of("联合国\tA/CONF.232/2023/4\n大会\tDistr.: General\n\t2023年6月19日\n"
                      "关于国家管辖范围以外区域海洋生物多样性的公约\n序言\n本公约缔约国，\n回顾《联合国海洋法公约》的相关规定，\n"
                      "议定如下：\n第一条\n用语\n为本公约的目的，“公约”是指《联合国海洋法公约》。\n第二条\n目标\n本公约的目标是养护海洋生物多样性。\n"
                      "第三条\n适用范围\n本公约适用于国家管辖范围以外的区域。\n");
  EXPECT_EQ(d.front_matter.title, "关于国家管辖范围以外区域海洋生物多样性的公约");
  EXPECT_TRUE(d.front_matter.notes.empty());
  Document c = doc_of("联合国\tA/CONF.232/2023/4\n大会\tDistr.: General\n\t2023年6月19日\n政府间会议\n2023年6月19日和20日，纽约\n"
                      "关于国家管辖范围以外区域海洋生物多样性的公约\n序言\n本公约缔约国，\n议定如下：\n第一条\n用语\n"
                      "为本公约的目的，“公约”是指《联合国海洋法公约》。\n");
  EXPECT_EQ(c.front_matter.title, "关于国家管辖范围以外区域海洋生物多样性的公约");
}

// A joint agenda line's later item whose title line happens to stand full,
// so that the document's title ran on with it, above the subtitle: the item
// keeps its line, the document its title.
TEST(FrontMatter, JointItemsLaterTitleOverTheDocumentsTitle) {
  Document d = convert(read_file("tests/layouts-wide/report-hrc-high-commissioner-annual/00-raw.txt"), "t.txt");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 2u);
  EXPECT_EQ(d.front_matter.agenda_items[1].title, "促进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权");
  EXPECT_EQ(d.front_matter.title, "保护公民空间和人人参与公共事务的权利");
  EXPECT_EQ(d.front_matter.subtitle, "联合国人权事务高级专员的报告");
}

// pdftotext's default mode: a page foot's labels, then the page's number
// ("2/3"), then the bodies. The number between them is furniture, and the
// labels still pair with their bodies (they were text, "1 2 32/3", and no
// footnote was found).
TEST(Layouts, PageNumberBetweenFootnoteLabelsAndBodies) {
  Document d = doc_of("A/78/900\n\f1. 秘书长每年提出报告 1 。\n\n2. 冲突仍是主要驱动因素 2 。\n\n1\n2\n\n2/3\n\n"
                      "关于此前的报告，见 A/77/72。\n见 S/2023/345，第 12 段。\n\n23-15612 (C)\n\fA/78/900\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "关于此前的报告，见 A/77/72。");
  EXPECT_EQ(d.footnotes[1].text, "见 S/2023/345，第 12 段。");
  ASSERT_NE(paragraph(d, 2), nullptr);
  EXPECT_EQ(paragraph(d, 2)->footnote_refs.size(), 1u);
  EXPECT_TRUE(std::any_of(d.furniture.begin(), d.furniture.end(),
                          [](const Furniture& f) { return f.kind == "page_number" && f.text == "2/3"; }));
}

// -raw and the default mode break a line at a raised marker: "…号决议" /
// "1" / "，" (the marker a line of its own, the comma after it opening the
// next). The number is the marker (it was left in the text, "号决议 1，",
// and footnote 1 had no reference).
TEST(Layouts, MarkerOnALineOfItsOwnBeforeAComma) {
  for (const char* gap : {"\n", "\n\n"}) {
    Document d = doc_of(std::string("A/RES/78/900\n\f大会，\n回顾其关于农村妇女的各项决议，包括第 76/140 号决议\n1") + gap +
                        "，\n注意到秘书长的报告，\n1. 欢迎秘书长的报告；\n2. 请秘书长提交报告。\n\n1\n\n"
                        "以往各项决议的清单，见 A/76/221。\n\n23-25871 (C)\n\f第 50 次全体会议\n");
    ASSERT_EQ(d.footnotes.size(), 1u) << gap;
    EXPECT_EQ(d.footnotes[0].text, "以往各项决议的清单，见 A/76/221。");
    ASSERT_EQ(d.footnotes[0].refs.size(), 1u) << gap;
    const Node& p = d.body[1];
    EXPECT_EQ(p.text, "回顾其关于农村妇女的各项决议，包括第 76/140 号决议，") << gap;
    ASSERT_EQ(p.footnote_refs.size(), 1u);
  }
}

// The default mode may set a blank line between a star label alone and its
// body, then the numbered notes' bodies and their labels: "*" / "" /
// "A/78/150。" / "关于…。" / "" / "1". The star's body was left in the
// paragraph the page break cuts ("…访问*A/78/150。量中有…").
TEST(Layouts, StarLabelABlankLineAboveItsBody) {
  Document d = doc_of("临时议程* 项目 139\n\n标题\n\n1. 报告是根据决议提交的 1 。又见数据 2 。\n\n2. 新闻网站的访问\n\n*\n\nA/78/150。\n"
                      "关于上一次报告，见 A/76/761。\n见业绩数据。\n\n1\n\n2\n\n23-16220 (C)\n\fA/78/305\n\n量中有 46% 来自其他语文版本。\n3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 3u);
  EXPECT_EQ(d.footnotes[0].id, "*");
  EXPECT_EQ(d.footnotes[0].text, "A/78/150。");
  EXPECT_EQ(d.footnotes[1].text, "关于上一次报告，见 A/76/761。");
  ASSERT_NE(paragraph(d, 2), nullptr);
  EXPECT_EQ(paragraph(d, 2)->text, "新闻网站的访问量中有 46% 来自其他语文版本。");
  EXPECT_EQ(d.footnotes[2].text, "见业绩数据。");
}

// A table a cell a line whose first column numbers its rows (序号 1, 2,
// 3…), its grouped numbers spaced ("98 450"), and a total row below whose
// number is empty: rebuilt, with blank lines between the cells (pdftotext's
// default mode) or without. (Neither was: the rows' labels had to be words,
// "98 450" was no number between blank lines, and the cell count was one
// short of whole rows.)
TEST(Layouts, CellPerLineTableNumberedRowsAndATotal) {
  const std::vector<std::string> cells = {"序号", "工作地点", "页数", "准时率(%)", "1",  "纽约",    "98 450",  "79",
                                          "2",    "日内瓦",   "81 200", "83",        "3",  "维也纳",  "27 930",  "85",
                                          "4",    "内罗毕",   "11 640", "76",        "共计", "219 220", "81"};
  for (const char* sep : {"\n", "\n\n"}) {
    std::string text = "一、导言\n1. 本报告介绍工作量。\n附件\n2022 年各工作地点笔译工作量\n\n";
    for (const auto& c : cells) text += c + sep;
    Document d = doc_of(text);
    ASSERT_EQ(d.annexes.size(), 1u) << sep;
    const auto tables = collect(d.annexes[0].children, [](const Node& n) { return n.kind == NodeKind::Table; });
    ASSERT_EQ(tables.size(), 1u) << sep;
    const auto& rows = tables[0]->rows;
    ASSERT_EQ(rows.size(), 6u) << sep;
    EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "纽约", "98 450", "79"}));
    EXPECT_EQ(rows[5], (std::vector<std::string>{"", "共计", "219 220", "81"}));
  }
}

// -layout: a total row below the rows, its first cell empty ("共计  219 220
// 81" under the columns of the names and numbers), is a row of its own; it
// was joined to the row above as a wrapped cell ("内罗毕共计", "11 640 219 220").
TEST(Layouts, LayoutTableTotalRowWithAnEmptyFirstCell) {
  Document d = doc_of("A/78/305\n\f附件一\n\n2022 年各工作地点笔译工作量\n\n"
                      "序号             工作地点          页数          准时率(%)\n"
                      "1              纽约            98 450      79\n"
                      "2              日内瓦           81 200      83\n"
                      "3              维也纳           27 930      85\n"
                      "4              内罗毕           11 640      76\n"
                      "               共计            219 220     81\n\n23-16220 (C)\n");
  ASSERT_EQ(d.annexes.size(), 1u);
  const auto tables = collect(d.annexes[0].children, [](const Node& n) { return n.kind == NodeKind::Table; });
  ASSERT_EQ(tables.size(), 1u);
  const auto& rows = tables[0]->rows;
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[4], (std::vector<std::string>{"4", "内罗毕", "11 640", "76"}));
  EXPECT_EQ(rows[5], (std::vector<std::string>{"", "共计", "219 220", "81"}));
}

// A draft's list of sponsors long enough to wrap ("阿尔巴尼亚、……塞浦路斯、" /
// "捷克、……和芬兰：决议草案"): one subtitle, the draft's title below it.
TEST(FrontMatter, SponsorsListWrappedOverLines) {
  Document d = doc_of("联合国\tA/78/L.21\n大会\tDistr.: Limited\n\t28 November 2023\n\tChinese\n\tOriginal: English\n"
                      "第七十八届会议\n议程项目31\n联合国和平文化\n阿尔巴尼亚、安道尔、奥地利、比利时、保加利亚、克罗地亚、塞浦路斯、\n"
                      "捷克、丹麦、爱沙尼亚和芬兰：决议草案\n不同宗教和文化之间对话、谅解与合作促进和平\n大会，\n"
                      "回顾其关于促进不同宗教和文化之间对话的各项决议，\n1. 鼓励会员国推动不同宗教和文化之间的对话；\n"
                      "2. 决定将题为“联合国和平文化”的项目列入第七十九届会议临时议程。\n");
  EXPECT_EQ(d.front_matter.subtitle,
            "阿尔巴尼亚、安道尔、奥地利、比利时、保加利亚、克罗地亚、塞浦路斯、捷克、丹麦、爱沙尼亚和芬兰：决议草案");
  EXPECT_EQ(d.front_matter.title, "不同宗教和文化之间对话、谅解与合作促进和平");
  EXPECT_EQ(d.kind, "resolution");
}

// A chair's draft other than a resolution's ("主席根据非正式协商提交的商定结论草案")
// under a title that runs to the wrap width: the subtitle, not the title's end.
TEST(FrontMatter, ChairsDraftAgreedConclusionsIsTheSubtitle) {
  Document d = doc_of("联合国\tE/CN.6/2023/L.3\n经济及社会理事会\tDistr.: Limited\n\t15 March 2023\n妇女地位委员会\n第六十七届会议\n"
                      "议程项目3(a)\n第四次世界妇女问题会议的后续行动\n"
                      "在数字时代通过创新和技术变革以及教育实现性别平等并增强所有妇女和女童权能的各项途径和办法\n"
                      "主席根据非正式协商提交的商定结论草案\n1. 妇女地位委员会重申《北京宣言和行动纲要》，\n" +
                      wrapped_lines(8) + "2. 委员会确认数字技术带来机遇。\n");
  EXPECT_EQ(d.front_matter.title, "在数字时代通过创新和技术变革以及教育实现性别平等并增强所有妇女和女童权能的各项途径和办法");
  EXPECT_EQ(d.front_matter.subtitle, "主席根据非正式协商提交的商定结论草案");
}

// A note verbale issued as a committee's document: the committee's name above
// its title, longer than a short body's (给予殖民地国家和人民独立宣言执行情况特别委员会),
// is a note; the title is the note verbale's.
TEST(FrontMatter, NoteVerbaleUnderALongCommitteeName) {
  Document d = doc_of("联合国\tA/AC.109/2023/15\n大会\tDistr.: General\n\t12 June 2023\n\tChinese\n\tOriginal: Spanish\n"
                      "给予殖民地国家和人民独立宣言执行情况特别委员会\n2023年6月9日阿根廷常驻联合国代表团给秘书长的普通照会\n"
                      "阿根廷常驻联合国代表团向秘书长致意，并谨随函转递阿根廷共和国政府的声明(见附件)。\n");
  EXPECT_EQ(d.front_matter.title, "2023年6月9日阿根廷常驻联合国代表团给秘书长的普通照会");
  EXPECT_FALSE(d.front_matter.subtitle);
  ASSERT_FALSE(d.front_matter.notes.empty());
  EXPECT_EQ(d.front_matter.notes.back(), "给予殖民地国家和人民独立宣言执行情况特别委员会");
  EXPECT_EQ(d.kind, "letter");
}

// (a letter's title wrapped at the text's width: the text's first line is no
// part of the title)
TEST(FrontMatter, LettersTitleEndsAtItsLetterWordsWhenFull) {
  Document w = doc_of("联合国\tS/2023/505\n安全理事会\tDistr.: General\n\t6 July 2023\n"
                      "2023年7月5日马里共和国常驻联合国代表团临时代办给联合国秘书长和安全理事会轮值主席的同文信\n"
                      "谨随函转递马里过渡政府关于联合国马里多层面综合稳定团撤出问题的公报，该公报由过渡政府发言人于\n"
                      "2023年6月16日在巴马科发表。\n" +
                      wrapped_lines(6));
  EXPECT_EQ(w.front_matter.title, "2023年7月5日马里共和国常驻联合国代表团临时代办给联合国秘书长和安全理事会轮值主席的同文信");
  EXPECT_FALSE(w.front_matter.subtitle);
}

// (a presidential statement's title has no subtitle: the line below is its text)
TEST(FrontMatter, PresidentialStatementTakesNoSubtitle) {
  Document p = doc_of("联合国\tS/PRST/2023/2\n安全理事会\tDistr.: General\n\t3 May 2023\n\tChinese\n\tOriginal: English\n"
                      "安全理事会主席的声明\n在2023年5月3日举行的安全理事会第9316次会议上，安全理事会主席以安理\n"
                      "会名义，在安理会审议“维护国际和平与安全”的项目时发表如下声明：\n"
                      "“安全理事会重申其根据《联合国宪章》负有维护国际和平与安全的首要责\n任。\n"
                      "“安全理事会强调必须加强对冲突后局势中建设和平工作的支持。\n");
  EXPECT_EQ(p.front_matter.title, "安全理事会主席的声明");
  EXPECT_FALSE(p.front_matter.subtitle);
}

// A TOC's column heads with the rows' leader dots running up to them
// ("……段次   页次", as a PDF's tab leaders come out): the heads, not a line
// left over (W-UNPLACED) before the rows.
TEST(Toc, ColumnHeadsAfterLeaderDots) {
  Document d = doc_of("A/78/150\n\n秘书长的报告\n\n目录\n" + std::string(60, '.') +
                      "段次   页次\n一. 导言" + std::string(40, '.') + "1-3    3\n二. 结论" + std::string(40, '.') +
                      "4-5    4\n\n一. 导言\n\n1. 大会请秘书长提交报告。\n\n2. 本报告述及进展。\n\n3. 报告附有建议。\n\n"
                      "二. 结论\n\n4. 进展有限。\n\n5. 需要更多努力。\n");
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].title, "导言");
  EXPECT_EQ(d.toc.entries[0].paragraphs, (std::pair<long, long>{1, 3}));
  EXPECT_EQ(d.toc.entries[1].page, 4);
  for (const auto& g : d.diagnostics) EXPECT_NE(g.code, "W-UNPLACED") << g.message;
}

// A General Assembly record's agenda item heading with its sub-items below it,
// a line each with their documents, before the first speech: subheads, not
// one paragraph of both (as a line a paragraph and wrapped).
TEST(Body, RecordSubItemsUnderAnAgendaItemAreSubheads) {
  for (const std::string sep : {"\n", "\n\n"}) {
    Document d = doc_of("联合国 A/C.3/78/SR.12\n大会\n第七十八届会议\n第三委员会\n第12次会议简要记录\n"
                        "2023年10月10日星期二下午3时在纽约总部举行\n下午3时05分宣布开会。\n议程项目28：提高妇女地位(续)" + sep +
                        "(a) 提高妇女地位(A/78/210、A/78/256和A/78/309)\n(b) 第四次妇女问题世界会议成果的执行情况(A/78/214)" +
                        sep + "1. 佩雷斯女士(阿根廷)说，阿根廷政府于2023年通过了一项关于照料工作的国家政策。\n下午6时散会。\n");
    const auto heads = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section; });
    ASSERT_EQ(heads.size(), 3u) << sep.size();
    EXPECT_EQ(heads[0]->section_kind, "item");
    // (lettered headings: the letter the number, "(a)" the label)
    EXPECT_EQ(heads[1]->title, "提高妇女地位(A/78/210、A/78/256和A/78/309)");
    EXPECT_EQ(heads[1]->number, "a");
    EXPECT_EQ(heads[1]->label, "(a)");
    EXPECT_EQ(heads[2]->title, "第四次妇女问题世界会议成果的执行情况(A/78/214)");
    EXPECT_EQ(heads[2]->number, "b");
    EXPECT_EQ(heads[2]->section_kind, "subhead");
    ASSERT_EQ(heads[2]->children.size(), 1u);
    EXPECT_EQ(heads[2]->children[0].paragraph_number, 1);
  }
}

// -raw: a table a row a line, its rows numbered 1, 2, 3…, and a total row
// one cell short below them ("共计 219 220 81"): the total is the table's
// last row, its first cell empty (it was left out as a paragraph).
TEST(Layouts, RawTableTotalRowOneCellShort) {
  Document d = doc_of("A/78/305\n\f附件一\n2022 年各工作地点笔译工作量\n序号 工作地点 页数 准时率(%)\n1 纽约 98 450 79\n"
                      "2 日内瓦 81 200 83\n3 维也纳 27 930 85\n4 内罗毕 11 640 76\n共计 219 220 81\n附件二\n职权范围\n"
                      "1. 协调人网络由协调人组成。\n23-16220 (C)\n");
  ASSERT_EQ(d.annexes.size(), 2u);
  const auto tables = collect(d.annexes[0].children, [](const Node& n) { return n.kind == NodeKind::Table; });
  ASSERT_EQ(tables.size(), 1u);
  const auto& rows = tables[0]->rows;
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[5], (std::vector<std::string>{"", "共计", "219 220", "81"}));
}

// The default mode: a page foot's labels set between a paragraph's number
// alone and its text, then the page's number, then the text and the bodies
// ("5." / "1" / "2" / "2/3" / "特别报告员建议…。" / the bodies): the page
// number is furniture and the labels pair with the bodies (the labels, page
// number and bodies were the paragraph's text).
TEST(Layouts, LabelsAndPageNumberBetweenALoneNumberAndItsText) {
  Document d = doc_of("A/HRC/54/33\n\f一. 导言\n\n1.\n\n本报告是根据第 51/19 号决议提交的 1 。\n\n2.\n\n共收到 46 份答复 2 。\n\n"
                      "二. 建议\n3.\n\n1\n2\n\n2/3\n\n特别报告员建议各国加强透明度。\n\n见 A/HRC/RES/51/19，第 10 段。\n"
                      "答复可查阅特别报告员的网页。\n\n23-13456 (C)\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "见 A/HRC/RES/51/19，第 10 段。");
  EXPECT_EQ(d.footnotes[1].text, "答复可查阅特别报告员的网页。");
  ASSERT_NE(paragraph(d, 3), nullptr);
  EXPECT_EQ(paragraph(d, 3)->text, "特别报告员建议各国加强透明度。");
  EXPECT_TRUE(std::any_of(d.furniture.begin(), d.furniture.end(),
                          [](const Furniture& f) { return f.kind == "page_number" && f.text == "2/3"; }));
}

// A marker set off by spaces after a percentage, before the full stop
// ("高达 10% 至 30% 3。", -layout and the default mode): the marker (it was
// left in the text, and its footnote had no reference).
TEST(Layouts, SpacedMarkerAfterAPercentage) {
  Document d = doc_of("A/HRC/54/33\n\f1. 损失的投资高达 10% 至 30% 1。这些损失由最贫穷的群体承担。\n2. 后文。\n\n"
                      "1 透明国际，《全球腐败报告》(2008 年)。\n\n23-13456 (C)\n\f3. 再后文。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  ASSERT_NE(paragraph(d, 1), nullptr);
  EXPECT_EQ(paragraph(d, 1)->text, "损失的投资高达 10% 至 30%。这些损失由最贫穷的群体承担。");
}

// -raw gives a page in the order it was drawn: a PDF that drew the page's
// foot first gives its footnotes at the page's top, above the footer's line
// and the page's text ("A/78/289" / "1" / "见…。" / "2" / "见…。" /
// "2/4 23-15544 (C)" / "一. 导言"…). They are the page's footnotes, their
// markers in the text below (they were left as text of the page above).
TEST(Layouts, RawFootDrawnBeforeThePageText) {
  Document d = doc_of("联合国 A/78/289\n大会\n\n第七十八届会议\n标题\n秘书长的说明\n秘书长谨转递特别报告员的报告。\n23-15544 (C)\n"
                      "\fA/78/289\n1\n见国际劳工组织，《世界社会保护报告》(日内瓦，2021 年)。\n2 见《经济、社会、文化权利国际公约》第九条。\n"
                      "2/4 23-15544 (C)\n一. 导言\n1. 特别报告员指出现金转移方案覆盖面不足，无法使受益人摆脱贫困1\n。\n"
                      "2. 各国应确保福利水平足以维持适当的生活水准2\n。\n\f3. 后文。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "见国际劳工组织，《世界社会保护报告》(日内瓦，2021 年)。");
  EXPECT_EQ(d.footnotes[1].text, "见《经济、社会、文化权利国际公约》第九条。");
  ASSERT_NE(paragraph(d, 1), nullptr);
  EXPECT_EQ(paragraph(d, 1)->text, "特别报告员指出现金转移方案覆盖面不足，无法使受益人摆脱贫困。");
  ASSERT_EQ(paragraph(d, 2)->footnote_refs.size(), 1u);
}

// -raw glues a raised marker to a percentage and breaks the line after it
// ("高达 10% 至 30%3" / "。"): the marker (the number stayed in the text,
// "30%3。", and its footnote had no reference).
TEST(Layouts, GluedMarkerAfterAPercentageAtALineEnd) {
  Document d = doc_of("A/HRC/54/33\n\f1. 损失的投资高达 10% 至 30%1\n。这些损失由最贫穷的群体承担。\n2. 后文。\n\n"
                      "1 透明国际，《全球腐败报告》(2008 年)。\n\n23-13456 (C)\n\f3. 再后文。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  ASSERT_NE(paragraph(d, 1), nullptr);
  EXPECT_EQ(paragraph(d, 1)->text, "损失的投资高达 10% 至 30%。这些损失由最贫穷的群体承担。");
}

// A superscript marker in a table's cell ("秘书长关于专题讨论的说明¹") calls
// its note: the note has that use (it had none, E-FN-NO-MARKER); the cell
// keeps its text as written, and a unit's power ("m²") is no marker.
TEST(Parse, SuperscriptMarkerInATableCell) {
  Document d = doc_of("临时议程\n1. 通过议程。\n附件\n为届会印发的文件清单\n文件\t议程项目\t标题或说明\n"
                      "E/CN.15/2024/1\t1\t临时议程和说明\nE/CN.15/2024/2\t1\t秘书长关于专题讨论的说明¹\n"
                      "E/CN.15/2024/3\t1\t场地面积 200 m²\n¹ 将作为会议室文件印发。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].in, "annex");
}

// An agenda item's title on one line, then the document's title, its report
// line and the summary's heading 概要 (as HRC documents name it, where others
// say 摘要): the document's title is its own, not the item's title going on.
TEST(FrontMatter, TitleAboveReportLineAndGaiyaoIsTheDocuments) {
  Document d = doc_of("联合国\tA/HRC/53/27\n大会\tDistr.: General\n\t26 April 2023\n\tChinese\n\tOriginal: English\n人权理事会\n"
                      "第五十三届会议\n2023年6月19日至7月14日\n议程项目3\n"
                      "增进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权\n数字时代的隐私权\n"
                      "联合国人权事务高级专员办事处的报告\n概要\n本报告根据人权理事会第48/4号决议提交。\n一. 导言\n"
                      "1. 人权理事会在第48/4号决议中请高级专员编写一份报告。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "增进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权");
  EXPECT_EQ(d.front_matter.title, "数字时代的隐私权");
  EXPECT_EQ(d.front_matter.subtitle, "联合国人权事务高级专员办事处的报告");
}

// A resolution's numbered title too long for its line ("77/321. 《…生物多样性" /
// "的养护和可持续利用协定》", or broken with its 《 still open): one title, no subtitle.
TEST(FrontMatter, NumberedResolutionTitleWrapped) {
  const std::string head = "联合国\tA/RES/77/321\n大会\tDistr.: General\n\t1 August 2023\n第七十七届会议\n议程项目75(a)\n海洋和海洋法\n"
                           "大会2023年7月31日通过的决议\n[未交付主要委员会审议(A/77/L.82)]\n";
  const std::string body = "大会，\n回顾其第72/249号决议，\n1. 通过本决议所附协定；\n2. 请秘书长开放协定供签署。\n";
  for (const std::string& title : {std::string("77/321. 《〈联合国海洋法公约〉下国家管辖范围以外区域海洋生物多样性\n的养护和可持续利用协定》\n"),
                                   std::string("77/321. 《〈联合国海洋法公约〉下国家管辖范围以外区域海洋生物多样性的养护和可\n持续利用协定》\n")}) {
    Document d = doc_of(head + title + body);
    EXPECT_EQ(d.front_matter.resolution_number, "77/321");
    EXPECT_EQ(d.front_matter.title, "《〈联合国海洋法公约〉下国家管辖范围以外区域海洋生物多样性的养护和可持续利用协定》");
    EXPECT_FALSE(d.front_matter.subtitle);
  }
}

// A decision's numbered title ("78/512. …"), its text right below with no
// formula, the text's first line stopping short without a full stop: the text,
// not a subtitle.
TEST(FrontMatter, NumberedDecisionTitleTakesNoSubtitle) {
  Document d = doc_of("联合国\tA/DEC/78/512\n大会\tDistr.: General\n\t5 December 2023\n第七十八届会议\n议程项目16\n"
                      "信息和通信技术促进可持续发展\n大会2023年12月4日通过的决定\n[根据第二委员会的报告(A/78/456)通过]\n"
                      "78/512. 信息和通信技术促进可持续发展\n大会根据第二委员会的建议，决定推迟到第七十九届会议审议关于信息和通\n"
                      "信技术促进可持续发展的决议草案。\n第45次全体会议\n2023年12月4日\n");
  EXPECT_EQ(d.front_matter.title, "信息和通信技术促进可持续发展");
  EXPECT_FALSE(d.front_matter.subtitle);
  EXPECT_EQ(d.kind, "decision");
}

// A decision whose adoption line is not the usual one ("大会2023年12月4日决定"):
// its symbol in the decisions' series (A/DEC/…) says it is a decision.
TEST(Kind, DecisionsSymbolSaysDecision) {
  Document d = doc_of("联合国\tA/DEC/78/512\n大会\tDistr.: General\n\t5 December 2023\n第七十八届会议\n议程项目16\n"
                      "信息和通信技术促进可持续发展\n大会2023年12月4日决定\n78/512. 信息和通信技术促进可持续发展\n"
                      "大会根据第二委员会的建议，决定推迟审议该决议草案。\n第45次全体会议\n2023年12月4日\n");
  EXPECT_EQ(d.front_matter.resolution_number, "78/512");
  EXPECT_EQ(d.kind, "decision");
}

// An agenda item's title broken after 包括 ("…经济、社会和文化权利，包括" / "发展权"),
// where no wrap width is measured (a short resolution): the item's title goes on.
TEST(FrontMatter, AgendaTitleBrokenAfterBaokuoGoesOn) {
  Document d = doc_of("联合国\tA/HRC/RES/53/4\n大会\tDistr.: General\n\t17 July 2023\n\tChinese\n\tOriginal: English\n人权理事会\n"
                      "第五十三届会议\n2023年6月19日至7月14日\n议程项目3\n"
                      "增进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括\n发展权\n"
                      "人权理事会2023年7月12日通过的决议\n53/4. 新技术与人权\n人权理事会，\n重申《联合国宪章》的宗旨和原则，\n"
                      "1. 决定继续审议这一问题。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "增进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权");
  EXPECT_EQ(d.front_matter.title, "新技术与人权");
  EXPECT_FALSE(d.front_matter.subtitle);
}

// An Official Records cover: the reporting body's sessions by the title (read
// first as the document's, then kept with the notes once the organ's own
// session is found) stand among the notes in the order of their lines.
TEST(FrontMatter, OfficialRecordsCoverNotesInLineOrder) {
  Document d = doc_of("联合国\n人权理事会的报告\n第五十二届会议\n(2023年2月27日至4月4日)\n第五十三届会议\n(2023年6月19日至7月14日)\n"
                      "大会\n正式记录\n第七十八届会议\n补编第53号\nA/78/53\n目录\n页次\n一. 导言\t5\n二. 组织事项\t40\n一. 导言\n"
                      "1. 人权理事会在第五十二届会议上通过了以下决议。\n二. 组织事项\n2. 人权理事会举行了第五十二届会议。\n");
  EXPECT_EQ(d.front_matter.session_number, 78);
  EXPECT_EQ(d.front_matter.title, "人权理事会的报告");
  const std::vector<std::string> notes = {"第五十二届会议", "(2023年2月27日至4月4日)", "第五十三届会议", "(2023年6月19日至7月14日)",
                                          "正式记录", "补编第53号"};
  EXPECT_EQ(d.front_matter.notes, notes);
}

// A short resolution a paragraph a line, three of whose six long lines happen
// to be of about one width (the adoption line, the numbered title, a
// preambular clause): too few lines to say the text wraps there.
TEST(Layout, ShortResolutionAParagraphALineIsNotWrapped) {
  Document d = doc_of("联合国\tA/HRC/RES/52/1\n大会\tDistr.: General\n\t11 April 2023\n\tChinese\n\tOriginal: English\n人权理事会\n"
                      "第五十二届会议\n2023年2月27日至4月4日\n议程项目2\n"
                      "联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告\n人权理事会2023年4月3日通过的决议\n"
                      "52/1. 斯里兰卡促进和解、问责和人权\n人权理事会，\n遵循《联合国宪章》的宗旨和原则，\n"
                      "1. 欢迎斯里兰卡政府与人权理事会进行接触；\n2. 请高级专员办事处加强监测和报告斯里兰卡的人权状况。\n"
                      "2023年4月3日\n第51次会议\n");
  EXPECT_EQ(d.source.layout.shape, "paragraph_per_line");
  EXPECT_EQ(d.front_matter.title, "斯里兰卡促进和解、问责和人权");
}

// A title set in larger type wraps at a narrower width than the text, where
// no width says its line is full: its shorter second line, right above the
// report's line, is the title's end, not a subtitle.
TEST(FrontMatter, TitleInLargerTypeWrappedAboveReportLine) {
  Document d = doc_of("联合国\tE/CN.6/2024/3\n经济及社会理事会\tDistr.: General\n\t13 December 2023\n妇女地位委员会\n第六十八届会议\n"
                      "2024年3月11日至22日\n临时议程*项目3(a)\n第四次妇女问题世界会议的后续行动：实现战略目标以及进一步的行动和倡议\n\n"
                      "通过消除贫困和加强体制及资金筹措，从性别视角加快实现性别平等并增\n强所有妇女和女童的权能\n秘书长的报告\n\n"
                      "*\tA/78/150。\n一. 导言\n1. 本报告根据经济及社会理事会第2020/15号决议提交。\n");
  EXPECT_EQ(d.front_matter.title, "通过消除贫困和加强体制及资金筹措，从性别视角加快实现性别平等并增强所有妇女和女童的权能");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
  EXPECT_EQ(d.kind, "report");
}

// An Economic and Social Council's Official Records cover: the commission's
// name over its session report's line (统计委员会 / 第五十四届会议的报告) is one
// title, the report's, which names the body.
TEST(FrontMatter, EcosocSupplementCoverTitleNamesItsBody) {
  for (const std::string gap : {"\n", "\n\n"}) {
    Document d = doc_of("联合国" + gap + "统计委员会" + gap + "第五十四届会议的报告" + gap + "(2022年3月4日和2023年2月28日至3月3日)" + gap +
                        "经济及社会理事会" + gap + "正式记录，2023年" + gap + "补编第4号" + gap + "E/2023/24-E/CN.3/2023/37" + gap +
                        "一. 会议安排" + gap + "1. 委员会于2023年2月28日至3月3日在联合国总部举行第五十四届会议。\n");
    EXPECT_EQ(d.front_matter.title, "统计委员会第五十四届会议的报告");
    EXPECT_EQ(d.front_matter.symbol, "E/2023/24-E/CN.3/2023/37");
    EXPECT_EQ(d.front_matter.organ, "经济及社会理事会");
    EXPECT_EQ(d.kind, "report");
  }
}

// A masthead of TAB stops whose left column holds a board's name over two
// lines ("联合国开发计划署、联合国人口基金和<TAB>Distr.: General" /
// "联合国项目事务署执行局<TAB>2 June 2023"): such a line reads as a table's row,
// and its right cell was never cut off, so the whole front matter ran into one
// paragraph. The right cells are the masthead's, the left ones notes.
TEST(FrontMatter, TabMastheadWithABoardsNameOverTwoLines) {
  Document d = doc_of("联合国\tDP/FPA/2023/7\n联合国开发计划署、联合国人口基金和\tDistr.: General\n联合国项目事务署执行局\t2 June 2023\n"
                      "\tChinese\n\tOriginal: English\n2023年年度会议\n2023年6月5日至9日，纽约\n临时议程项目10\n人口基金：评价\n"
                      "2022年人口基金评价职能年度报告\n执行主任的报告\n摘要\n本报告介绍了2022年人口基金评价职能的绩效。\n一. 导言\n"
                      "1. 本报告根据人口基金评价政策提交。\n");
  EXPECT_EQ(d.front_matter.date, "2023-06-02");
  EXPECT_EQ(d.front_matter.distribution, "General");
  EXPECT_EQ(d.front_matter.session_text, "2023年年度会议");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "人口基金：评价");
  EXPECT_EQ(d.front_matter.title, "2022年人口基金评价职能年度报告");
  EXPECT_EQ(d.front_matter.subtitle, "执行主任的报告");
  EXPECT_EQ(d.kind, "report");
}

// A Human Rights Council draft's title, its number not yet given ("53/…  和平集会
// 和结社自由权"): the number and the title apart, as a numbered title's are.
TEST(FrontMatter, DraftsTitleWithNumberNotYetGiven) {
  Document d = doc_of("联合国\tA/HRC/53/L.12\n大会\tDistr.: Limited\n\t10 July 2023\n人权理事会\n第五十三届会议\n2023年6月19日至7月14日\n"
                      "议程项目3\n增进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权\n"
                      "阿尔巴尼亚、奥地利、比利时和智利：决议草案\n53/…  和平集会和结社自由权\n人权理事会，\n"
                      "遵循《联合国宪章》的宗旨和原则，\n1. 决定继续审议这一问题。\n");
  EXPECT_EQ(d.front_matter.resolution_number, "53/…");
  EXPECT_EQ(d.front_matter.title, "和平集会和结社自由权");
  EXPECT_EQ(d.front_matter.subtitle, "阿尔巴尼亚、奥地利、比利时和智利：决议草案");
  EXPECT_EQ(d.kind, "resolution");
}

// A list of sponsors wrapped mid-name at the text's width, below an agenda
// item's title that runs to that width: the item's title stops there; the list,
// its last piece a word's end, is one subtitle.
TEST(FrontMatter, SponsorsListWrappedMidNameBelowAFullAgendaTitle) {
  Document d = doc_of("联合国\tA/HRC/53/L.12\n大会\tDistr.: Limited\n\t10 July 2023\n人权理事会\n第五十三届会议\n议程项目2\n"
                      "联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告以及人权理事会的其他有关报告\n"
                      "阿尔巴尼亚、安道尔、奥地利、比利时、保加利亚、智利、哥斯达黎加、克罗地亚、塞浦路斯、捷克、丹\n"
                      "麦、厄瓜多尔、芬兰和法国：决议草\n案\n53/…  和平集会和结社自由权\n人权理事会，\n"
                      "遵循《联合国宪章》的宗旨和原则，\n1. 决定继续审议这一问题，\n" +
                      wrapped_lines(8) + "2. 决定继续积极处理此案。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告以及人权理事会的其他有关报告");
  EXPECT_EQ(d.front_matter.subtitle,
            "阿尔巴尼亚、安道尔、奥地利、比利时、保加利亚、智利、哥斯达黎加、克罗地亚、塞浦路斯、捷克、丹麦、厄瓜多尔、芬兰和法国：决议草案");
  EXPECT_EQ(d.front_matter.title, "和平集会和结社自由权");
}

// An agenda item's title broken one character before its end ("…包括发展" /
// "权"), where no wrap width is measured: the lone character is the title's end,
// not the document's title.
TEST(FrontMatter, AgendaTitlesLastCharacterOnALineOfItsOwn) {
  Document d = doc_of("联合国\tA/HRC/53/34/Add.1\n大会\tDistr.: General\n\t2 May 2023\n\tChinese\n\tOriginal: English\n人权理事会\n"
                      "第五十三届会议\n2023年6月19日至7月14日\n议程项目3\n"
                      "增进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展\n权\n访问马来西亚\n"
                      "人人有权享有能达到的最高标准身心健康问题特别报告员的报告\n摘要\n特别报告员访问了马来西亚。\n一. 导言\n"
                      "1. 特别报告员感谢马来西亚政府的邀请。\n");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "增进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权");
  EXPECT_EQ(d.front_matter.title, "访问马来西亚");
  EXPECT_EQ(d.front_matter.subtitle, "人人有权享有能达到的最高标准身心健康问题特别报告员的报告");
  EXPECT_EQ(d.kind, "report");
}

// A long title line with a shorter line below it that is the text's last:
// the rule for a title wrapped narrower looks at the line after the shorter
// one, and there is none (it read the line before the first, found by
// AddressSanitizer on a mutated sample in CI). Both lines are kept.
TEST(FrontMatter, LongTitleAboveTheLastLine) {
  Document d = doc_of("（2021年3月9日委员会第1次会议通过，经2023年4月18日第12次会议修正）\n国际内陆航运安全委员会议事规则");
  EXPECT_EQ(d.front_matter.title, "（2021年3月9日委员会第1次会议通过，经2023年4月18日第12次会议修正）");
  EXPECT_EQ(d.front_matter.subtitle, "国际内陆航运安全委员会议事规则");
}

// --- helper h2 ---

// A compilation of an organ's decisions, its title read first (经济及社会理事会
// 2023年届会通过的决议和决定), then 第2023/201号决定 and its title: the first
// decision is a heading of the body, as the decisions after it are, not the
// document's title (it took the title and left the compilation's in the notes).
TEST(FrontMatter, FirstDecisionOfACompilationUnderItsTitle) {
  Document d = doc_of("联合国\tE/2023/INF/2/Add.1\n经济及社会理事会\tDistr.: General\n\t28 July 2023\n2023年届会\n"
                      "2022年7月25日至2023年7月26日\n议程项目1\n选举、提名、认可和任命\n"
                      "经济及社会理事会2023年届会通过的决议和决定\n第2023/201号决定\n理事会附属机构的选举、提名、认可和任命\n"
                      "在2023年4月5日第2次全体会议上，经济及社会理事会选出巴西为人口与发展委员会成员。\n"
                      "第2023/202号决定\n非政府组织委员会2023年常会的报告\n"
                      "在2023年6月7日第18次全体会议上，经济及社会理事会注意到非政府组织委员会的报告。\n");
  EXPECT_EQ(d.front_matter.title, "经济及社会理事会2023年届会通过的决议和决定");
  EXPECT_EQ(d.front_matter.subtitle, std::nullopt);
  EXPECT_EQ(d.front_matter.resolution_number, std::nullopt);
  auto decisions = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.number && n.number->ends_with("号决定"); });
  ASSERT_EQ(decisions.size(), 2u);
  EXPECT_EQ(decisions[0]->number, "第2023/201号决定");
  EXPECT_EQ(decisions[0]->title, "理事会附属机构的选举、提名、认可和任命");
  EXPECT_EQ(d.kind, "decision");
}

// A report whose chapters are 第一章… lists them so in its contents, the label
// and the title set apart by a space ("第一章 特别委员会的报告<TAB>3"): the row is
// a chapter's, numbered 第一章 (the spaces dropped between Han characters had
// made it one title, "第一章特别委员会的报告", that matched no heading). Its
// column heads name the label column 章次 ("章次<TAB>页次"): heads, not text.
TEST(Toc, ChapterRowsLabelled第一章UnderHeads章次) {
  Document d = doc_of("联合国\tA/78/23\n大会\tDistr.: General\n\t30 June 2023\n第七十八届会议\n补编第23号\n"
                      "给予殖民地国家和人民独立宣言执行情况特别委员会2023年的报告\n目录\n章次\t页次\n"
                      "第一章 特别委员会的报告\t3\n第二章 特别委员会的组织和工作\t4\n\n"
                      "第一章\n特别委员会的报告\n1. 特别委员会谨向大会第七十八届会议提交2023年工作报告。\n"
                      "第二章\n特别委员会的组织和工作\n2. 特别委员会2023年届会于2023年2月24日开幕。\n");
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].kind, "chapter");
  EXPECT_EQ(d.toc.entries[0].number, "第一章");
  EXPECT_EQ(d.toc.entries[0].title, "特别委员会的报告");
  EXPECT_EQ(d.toc.entries[1].number, "第二章");
  EXPECT_EQ(d.toc.entries[1].page, 4);
  EXPECT_FALSE(has_code(d, "W-UNPLACED"));
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
}

// A chapter's label alone on its line, its title below (第一章 / 导言), right
// after the title: the body's first heading, where the front matter ends (its
// label alone had no heading's shape, so the front matter ran on to the first
// numbered paragraph and kept "第一章导言" as a paragraph of its own; validate
// then found 第二章 first: W-HEADING-SEQ).
TEST(FrontMatter, EndsAtAChapterLabelAloneWithItsTitleBelow) {
  Document d = doc_of("联合国\tA/78/23\n大会\tDistr.: General\n\t30 June 2023\n第七十八届会议\n某某委员会的报告\n"
                      "第一章\n导言\n1. 委员会谨提交报告。\n第二章\n组织和工作\n2. 委员会举行了会议。\n");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].number, "第一章");
  EXPECT_EQ(d.body[0].title, "导言");
  EXPECT_EQ(d.front_matter.title, "某某委员会的报告");
}

// An Official Records cover: a committee's long name over the line of its
// report for a year (给予殖民地国家和人民独立宣言执行情况特别委员会 / 2023年的报告):
// one title, the report's, which names the body, as 统计委员会 / 第五十四届会议的
// 报告 is (the name had been the title and "2023年的报告" its subtitle).
TEST(FrontMatter, CommitteesNameOverItsReportForAYear) {
  Document d = doc_of("A/78/23\n联合国\n给予殖民地国家和人民独立宣言执行情况特别委员会\n2023年的报告\n大会\n正式记录\n"
                      "第七十八届会议\n补编第23号\n\n第一章\n特别委员会的报告\n1. 特别委员会谨提交2023年工作报告。\n"
                      "第二章\n特别委员会的组织和工作\n2. 特别委员会2023年届会于2023年2月24日开幕。\n");
  EXPECT_EQ(d.front_matter.title, "给予殖民地国家和人民独立宣言执行情况特别委员会2023年的报告");
  EXPECT_EQ(d.front_matter.subtitle, std::nullopt);
  EXPECT_EQ(d.front_matter.session_text, "第七十八届会议");
  EXPECT_EQ(d.kind, "report");
}

// A one-page document as pdftotext's default mode gives it: the masthead's
// right column (the symbol) read last, below the text and the job number. A
// first page has no running header: the symbol there is the masthead's, listed
// as furniture of kind masthead (it was a running_header and the symbol null).
TEST(FrontMatter, SymbolReadBelowAOnePageDocumentsText) {
  Document d = doc_of("联 合 国\n安全理事会\nProvisional\n临时议程\n2023 年 6 月 20 日星期二上午 10 时举行的第 9350 次会议\n1.\n\n"
                      "通过议程。\n\n2.\n\n阿富汗局势\n秘书长的报告(S/2023/453)\n\n22-20925 (C)\n\nS/Agenda/9350\n\n\f");
  EXPECT_EQ(d.front_matter.symbol, "S/Agenda/9350");
  EXPECT_EQ(d.kind, "agenda");
  bool listed = false;
  for (const auto& f : d.furniture) listed = listed || (f.kind == "masthead" && f.text == "S/Agenda/9350");
  EXPECT_TRUE(listed);
}

// A one-page corrigendum's front matter, where no wrap width is measured: the
// agenda item's long title runs on onto a short line ("…优先主题：创造充分的生产"
// / "性就业和人人获得体面工作"), then the document's title, longer than that
// line, then the report's line. The short line is the item title's end (it
// had been taken for the document's title, the real title for the subtitle).
TEST(FrontMatter, AgendaTitleRunsOnAboveALongerDocumentTitle) {
  Document d = doc_of("联合国\nE/CN.5/2023/6/Corr.1\n经济及社会理事会\nDistr.: General\n2023 年 2 月 3 日\n\n社会发展委员会\n"
                      "第六十一届会议\n临时议程* 项目 3(a)\n"
                      "社会发展问题世界首脑会议和大会第二十四届特别会议的后续行动：优先主题：创造充分的生产\n"
                      "性就业和人人获得体面工作\n创造充分的生产性就业和人人获得体面工作，以此克服不平等现象\n秘书长的报告\n更正\n"
                      "第 8 段第一行\n“非正规就业”应改为“非正规部门就业”。\n\n*E/CN.5/2023/1。\n\f");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title,
            "社会发展问题世界首脑会议和大会第二十四届特别会议的后续行动：优先主题：创造充分的生产性就业和人人获得体面工作");
  EXPECT_EQ(d.front_matter.title, "创造充分的生产性就业和人人获得体面工作，以此克服不平等现象");
  EXPECT_EQ(d.front_matter.subtitle, "秘书长的报告");
}

// A corrigendum's mark and, below it, the language versions it touches
// ("更正" / "（仅涉及中文本）"): both kept with the notes, the body starting at
// the first correction (the versions line had been the body's first paragraph).
TEST(FrontMatter, CorrigendumsLanguageVersionsLineIsANote) {
  Document d = doc_of("联合国\tE/CN.5/2023/6/Corr.1\n经济及社会理事会\tDistr.: General\n\t3 February 2023\n社会发展委员会\n"
                      "第六十一届会议\n临时议程* 项目3(a)\n社会发展问题世界首脑会议的后续行动\n\n* E/CN.5/2023/1。\n\n"
                      "创造充分的生产性就业和人人获得体面工作\n秘书长的报告\n更正\n（仅涉及中文本）\n第8段第一行\n"
                      "“非正规就业”应改为“非正规部门就业”。\n");
  ASSERT_GE(d.front_matter.notes.size(), 2u);
  EXPECT_EQ(d.front_matter.notes[d.front_matter.notes.size() - 2], "更正");
  EXPECT_EQ(d.front_matter.notes.back(), "（仅涉及中文本）");
  ASSERT_FALSE(d.body.empty());
  EXPECT_EQ(d.body.front().text, "第8段第一行");
}

// An agenda item's title cut after 并 ("…在经济、社会及相关领域的成果并" /
// "采取后续行动", the General Assembly's item 13), where no width says the line
// is full: 并 joins two verbs, so the title goes on (the piece had been the
// document's title, and the sponsors' list below it text of the front matter).
TEST(FrontMatter, AgendaTitleCutAfter并GoesOn) {
  Document d = doc_of("联合国\nA/78/L.10\n大会\nDistr.: Limited\n2023 年 11 月 1 日\n第七十八届会议\n议程项目 13\n"
                      "统筹协调地执行和落实联合国各次主要会议和首脑会议在经济、社会及相关领域的成果并\n采取后续行动\n"
                      "阿尔及利亚、安哥拉、孟加拉国、巴西、智利、哥斯达黎加、厄瓜多尔、斐济、加纳、危\n"
                      "地马拉、印度尼西亚、肯尼亚、墨西哥、蒙古、尼泊尔、秘鲁、菲律宾和越南：决议草案\n世界土著语言日\n大会，\n"
                      "回顾其 2019 年 12 月 18 日第 74/135 号决议，\n1. 决定宣布 2 月 21 日为世界土著语言日；\n"
                      "2. 请秘书长提请所有会员国注意本决议。\n\n24-26984 (C)\n\n\f");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title,
            "统筹协调地执行和落实联合国各次主要会议和首脑会议在经济、社会及相关领域的成果并采取后续行动");
  EXPECT_EQ(d.front_matter.title, "世界土著语言日");
  EXPECT_EQ(d.front_matter.subtitle, "阿尔及利亚、安哥拉、孟加拉国、巴西、智利、哥斯达黎加、厄瓜多尔、斐济、加纳、危地马拉、"
                                     "印度尼西亚、肯尼亚、墨西哥、蒙古、尼泊尔、秘鲁、菲律宾和越南：决议草案");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
}

// A Human Rights Council summary record lists under an item of its contents
// the dialogue held under it ("与适足食物权问题特别报告员的互动对话"), a line the
// body repeats under the item's heading: a row one level below the item (the
// contents had ended above it, and the line opened a section of the body
// before the meeting was opened).
TEST(Toc, RecordsRowUnderAnItemThatTheBodyRepeats) {
  Document d = doc_of("联合国\tA/HRC/52/SR.12\n大会\tDistr.: General\n\t15 March 2023\n人权理事会\n第五十二届会议\n"
                      "第12次会议简要记录\n2023年3月8日星期三上午10时在日内瓦万国宫举行\n主席：\t巴莱克先生\t(捷克)\n目录\n"
                      "议程项目3：增进和保护所有人权(续)\n与适足食物权问题特别报告员的互动对话\n"
                      "上午10时宣布开会。\n议程项目3：增进和保护所有人权(续)\n与适足食物权问题特别报告员的互动对话\n"
                      "1. 主席请特别报告员介绍其报告。\n2. 福赫里先生说，全球饥饿人数持续上升。\n上午11时55分散会。\n");
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].kind, "item");
  EXPECT_EQ(d.toc.entries[1].level, 2);
  EXPECT_EQ(d.toc.entries[1].title, "与适足食物权问题特别报告员的互动对话");
  auto sections = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section; });
  ASSERT_FALSE(sections.empty());
  EXPECT_EQ(sections.front()->section_kind, "item");
  EXPECT_EQ(d.kind, "record");
}

// A record's contents where no wrap width is measured: an item's row that
// ran on ("…包括发" / "展权(续)", or "…经济、社会及" / "文化权利，包括发展权(续)")
// is one row, its piece below no row of its own (and the dialogue line under
// it a row one level below).
TEST(Toc, RecordsItemRowRunningOnWithoutAWidth) {
  const std::string head = "议程项目 3：增进和保护所有人权——公民权利、政治权利、";
  for (const std::string& row : {head + "经济、社会及文化权利，包括发\n展权(续)\n", head + "经济、社会及\n文化权利，包括发展权(续)\n"}) {
    Document d = doc_of("联合国\nA/HRC/52/SR.12\n大会\nDistr.: General\n2023 年 3 月 15 日\n人权理事会\n第五十二届会议\n"
                        "第 12 次会议简要记录\n2023 年 3 月 8 日星期三上午 10 时在日内瓦万国宫举行\n目录\n" + row +
                        "与适足食物权问题特别报告员的互动对话\n上午 10 时宣布开会。\n" + row +
                        "与适足食物权问题特别报告员的互动对话\n1. 主席请特别报告员介绍其报告。\n上午 11 时 55 分散会。\n\f");
    ASSERT_EQ(d.toc.entries.size(), 2u) << row;
    EXPECT_EQ(d.toc.entries[0].title, "增进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权(续)");
    EXPECT_EQ(d.toc.entries[1].title, "与适足食物权问题特别报告员的互动对话");
  }
}

// An Economic and Social Council's Official Records cover, the report under
// two symbols set one above the other (E/2023/24 / E/CN.3/2023/37): the second
// is kept with the notes and the cover read on (it had stopped the masthead,
// every line below it a paragraph of the front matter, no title, no kind).
TEST(FrontMatter, TwoSymbolsStackedAboveAnOfficialRecordsCover) {
  Document d = doc_of("E/2023/24\nE/CN.3/2023/37\n联合国\n统计委员会\n第五十四届会议的报告\n(2023年2月28日至3月3日)\n"
                      "经济及社会理事会\n正式记录，2023年\n补编第4号\n\n一. 需要经济及社会理事会采取行动的事项\n"
                      "1. 统计委员会建议经济及社会理事会通过下列决定草案。\n二. 方案问题\n2. 委员会审议了人口和社会统计问题。\n");
  EXPECT_EQ(d.front_matter.symbol, "E/2023/24");
  EXPECT_EQ(d.front_matter.title, "统计委员会第五十四届会议的报告");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_FALSE(d.front_matter.notes.empty());
  EXPECT_EQ(d.front_matter.notes.front(), "E/CN.3/2023/37");
  EXPECT_EQ(d.kind, "report");
}

// The same cover as pdftotext gives it: the committee's name set over two lines
// in a narrow column ("…执行情况特" / "别委员会") and the year spaced
// ("2023 年的报告"): one title still (the name's first line had been the title,
// its end the subtitle, and the kind null).
TEST(FrontMatter, CommitteesNameOverTwoLinesOverItsReportForAYear) {
  Document d = doc_of("联 合 国\nA/78/23\n给予殖民地国家和人民独立宣言执行情况特\n别委员会\n2023 年的报告\n大会\n正式记录\n"
                      "第七十八届会议\n补编第 23 号\n第一章\n特别委员会的报告\n"
                      "1. 给予殖民地国家和人民独立宣言执行情况特别委员会谨向大会提交 2023 年工作报告。\n\f");
  EXPECT_EQ(d.front_matter.title, "给予殖民地国家和人民独立宣言执行情况特别委员会 2023 年的报告");
  EXPECT_EQ(d.front_matter.subtitle, std::nullopt);
  EXPECT_EQ(d.kind, "report");
}

// An Official Records cover's session dates in brackets, spaced ("(2023 年 4
// 月 24 日至 6 月 2 日和 7 月 3 日至 8 月 4 日)", over 40 characters with its
// spaces) or set over two lines in a narrow column: kept with the notes, and
// the organ, 正式记录 and the Assembly's session below them read (the dates had
// been the subtitle or a paragraph, every cover line below them text).
TEST(FrontMatter, OfficialRecordsCoversDatesInBracketsSpacedOrOverTwoLines) {
  const std::string head = "A/78/10\n联合国\n国际法委员会的报告\n第七十四届会议\n";
  const std::string tail = "大会\n正式记录\n第七十八届会议\n补编第 10 号(A/78/10)\n第一章\n导言\n"
                           "1. 国际法委员会于 2023 年 4 月 24 日至 6 月 2 日在日内瓦举行了第七十四届会议。\n\f";
  for (const std::string& dates : {std::string("(2023 年 4 月 24 日至 6 月 2 日和 7 月 3 日至 8 月 4 日)\n"),
                                   std::string("(2023 年 4 月 24 日至 6 月 2 日和 7 月 3 日至 8\n月 4 日)\n")}) {
    Document d = doc_of(head + dates + tail);
    EXPECT_EQ(d.front_matter.title, "国际法委员会的报告") << dates;
    EXPECT_EQ(d.front_matter.subtitle, std::nullopt) << dates;
    EXPECT_EQ(d.front_matter.session_text, "第七十八届会议") << dates;
    ASSERT_EQ(d.front_matter.organs.size(), 1u) << dates;
    EXPECT_TRUE(d.front_matter.paragraphs.empty()) << dates;
    const auto& n = d.front_matter.notes;
    EXPECT_NE(std::find(n.begin(), n.end(), "(2023 年 4 月 24 日至 6 月 2 日和 7 月 3 日至 8 月 4 日)"), n.end()) << dates;
  }
}

// A chapter's label alone with two blank lines before its title, as -layout
// mode sets a centred heading ("第一章" / "" / "" / "导言"): still where the front
// matter ends.
TEST(FrontMatter, EndsAtAChapterLabelWithItsTitleTwoBlankLinesBelow) {
  Document d = doc_of("联合国\tA/78/23\n大会\tDistr.: General\n\t30 June 2023\n第七十八届会议\n某某委员会的报告\n\n"
                      "                第一章\n\n\n                 导言\n\n1. 委员会谨提交报告。\n第二章\n组织和工作\n2. 委员会举行了会议。\n");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].number, "第一章");
  EXPECT_EQ(d.body[0].title, "导言");
}

// Identical letters to the two Presidents, the joint session block set one
// column below the other ("大会" / "第七十八届会议" / "议程项目35" / … / "安全理事会"
// / "第七十八年"): each organ listed once (they were listed twice, the block's
// heads read as organ lines again), the repeated lines kept with the notes.
TEST(FrontMatter, JointDocumentsOrgansListedOnce) {
  Document d = doc_of("联合国\tA/78/123–S/2023/456\n大会\n安全理事会\nDistr.: General\n12 June 2023\n\n大会\n第七十八届会议\n"
                      "议程项目35\n旷日持久的冲突\n安全理事会\n第七十八年\n\n"
                      "2023年6月5日哈萨克斯坦常驻联合国代表给大会主席和安全理事会主席的同文信\n"
                      "谨随函转递中亚国家外交部长会议通过的联合声明(见附件)。\n常驻代表\n阿克兰·乌马罗夫(签名)\n");
  EXPECT_EQ(d.front_matter.organs, (std::vector<std::string>{"大会", "安全理事会"}));
  EXPECT_EQ(d.front_matter.session_text, "第七十八届会议");
  EXPECT_EQ(d.kind, "letter");
  const auto& n = d.front_matter.notes;
  EXPECT_EQ(std::count(n.begin(), n.end(), "安全理事会"), 1);
}

// Contents as pdftotext's default mode may give them: each row's leaders run to
// its line's end and its page stands on a line of its own below it, after a
// blank line ("二. 方案问题……………" / "" / "5"): the page is the row's (it
// was left unplaced, W-UNPLACED).
TEST(Toc, PageOnTheLineBelowARowWhoseLeadersRanToItsEnd) {
  Document d = doc_of("联合国 A/78/300\n大会\nDistr.: General\n1 August 2023\n第七十八届会议\n秘书长的报告\n目录\n\n页次\n\n"
                      "一. 需要采取行动的事项.........................................\n\n3\n\n"
                      "二. 方案问题..................................................\n\n5\n\n"
                      "一. 需要采取行动的事项\n1. 委员会建议通过下列决定草案。\n二. 方案问题\n2. 委员会审议了社会统计问题。\n");
  ASSERT_EQ(d.toc.entries.size(), 2u);
  EXPECT_EQ(d.toc.entries[0].page, 3);
  EXPECT_EQ(d.toc.entries[1].page, 5);
  EXPECT_EQ(d.toc.entries[1].title, "方案问题");
  EXPECT_FALSE(has_code(d, "W-UNPLACED"));
}

// A compilation holding one decision only (its title …通过的决议和决定, then
// 第2023/201号决定 and its title, a heading of the body since ff03107): a
// decision still (kind had become null: two decision headings were asked for).
TEST(Kind, CompilationOfOneDecisionUnderATitleNamingDecisions) {
  Document d = doc_of("联合国\tE/2023/INF/2/Add.3\n经济及社会理事会\tDistr.: General\n\t28 July 2023\n2023年届会\n"
                      "经济及社会理事会2023年届会通过的决议和决定\n第2023/328号决定\n非政府组织委员会2023年续会的报告\n"
                      "在2023年7月25日第40次全体会议上，经济及社会理事会注意到非政府组织委员会的报告。\n");
  EXPECT_EQ(d.front_matter.title, "经济及社会理事会2023年届会通过的决议和决定");
  EXPECT_EQ(d.kind, "decision");
}

// A report's introduction headed 导言 with no chapter number, right above
// paragraph 1 (the Security Council's annual report, A/78/2, after its Official
// Records cover): the body's first heading, not a paragraph of the front matter.
TEST(FrontMatter, EndsAtAnUnnumbered导言OverParagraphOne) {
  Document d = doc_of("A/78/2\n联合国\n安全理事会的报告\n2022年8月1日至2023年7月31日\n大会\n正式记录\n第七十八届会议\n补编第2号\n\n"
                      "导言\n1. 本报告是根据《联合国宪章》第二十四条第3款提交大会的。\n2. 安全理事会举行了280次正式会议。\n");
  EXPECT_TRUE(d.front_matter.paragraphs.empty());
  ASSERT_FALSE(d.body.empty());
  EXPECT_EQ(d.body.front().kind, NodeKind::Section);
  EXPECT_EQ(d.body.front().title, "导言");
  EXPECT_EQ(d.front_matter.title, "安全理事会的报告");
}

// --- helper h1 ---

// A verbatim record's speeches in wrapped text: a speech whose last line ends
// its full stop right at the wrap width, then the next speaker's name, country
// and language before a colon: the speaker's line opens a paragraph, as every
// speech of a record does (a full line ending in "。" alone says nothing).
TEST(Layouts, RecordSpeakerLineOpensASpeechAfterAFullLine) {
  Document d = doc_of("A/77/PV.45\n\n主席(以英语发言)：我宣布会议开始。" + wrapped_lines(6) + "大会现在开始审议议程项目15。\n"
                      "主席(以英语发言)：我现在请希望在通过决议后解释立场的代表发言。我谨提醒各代表团，解释投票或立\n"
                      "场的发言以10分钟为限，代表团应在座位上发言。我现在请美利坚合众国代表发言，请代表们简短发言。\n"
                      "哈里斯先生(美利坚合众国)(以英语发言)：美国加入了关于决议草案的协商一致意见。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[1].rfind("主席(以英语发言)：我现在请", 0), 0u) << texts[1];
  EXPECT_EQ(texts[2], "哈里斯先生(美利坚合众国)(以英语发言)：美国加入了关于决议草案的协商一致意见。");
}

// pdftotext's default mode may set a page's number above the last hanging
// paragraph's text at the page's foot ("3." / "-2-" / its text / the job
// number): a number between dashes that numbers its own page is the page's
// number wherever it stands, not text of the paragraph.
TEST(Layouts, DashedPageNumberAboveAHangingParagraphsText) {
  Document d = doc_of("联 合 国\n关于跨界野火预防和应对合作的公约\n第一条 定义\n1.\n\n为本公约的目的，“野火”是指在植被中发生并蔓延的任何火灾。\n"
                      "\n22-27824 (C)\n\f第五条 国家措施\n1.\n\n各缔约方应采取必要的立法、行政和其他措施，预防和减少野火风险。\n\n2.\n-2-\n\n"
                      "缔约方应确保地方社区，包括土著人民，有机会参与制定和执行本条所述措施。\n22-27824 (C)\n\n\f第六条 风险评估\n"
                      "各缔约方应定期评估其领土内的野火风险。\n");
  bool page2 = false;
  for (const auto& f : d.furniture) page2 = page2 || (f.kind == "page_number" && f.text == "-2-");
  EXPECT_TRUE(page2);
  const std::vector<std::string> texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "缔约方应确保地方社区，包括土著人民，有机会参与制定和执行本条所述措施。"), texts.end());
}

// An instrument's article label left alone at a page's foot ("第二条", the job
// number, the form feed) with its title the next page's first line ("目标"):
// the title is the article's, not the first words of its paragraph.
TEST(Layouts, ArticleLabelAtAPageFootTitleOnTheNextPage) {
  Document d = doc_of("联 合 国\n关于跨界野火预防和应对合作的公约\n第一条 定义\n为本公约的目的，“野火”是指在植被中发生并蔓延的任何火灾。\n"
                      "第二条\n\n22-27824 (C)\n\n\f目标\n本公约的目标是通过加强国际合作，预防和减少跨界野火的发生。\n"
                      "第三条 适用范围\n本公约适用于缔约方之间的合作。\n");
  auto articles = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "article"; });
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[1]->title, "目标");
  ASSERT_EQ(articles[1]->children.size(), 1u);
  EXPECT_EQ(articles[1]->children[0].text, "本公约的目标是通过加强国际合作，预防和减少跨界野火的发生。");
}

// A short letter whose annex numbers its paragraphs with hanging numbers, as
// pdftotext's default mode gives them ("1." / blank / the text set in by the
// number's indent): the text wraps at two widths, the letter's and a few
// columns narrower the hanging paragraphs', neither alone most of the lines.
// Both together say the text is wrapped (it was read as blocks, the letter's
// four paragraphs one); and a hanging paragraph's line that runs to its own
// width, after a comma and a blank line, goes on.
TEST(Layouts, HangingParagraphsWrapNarrowerThanTheText) {
  Document d = doc_of(
      "联 合 国\n"
      "大会\n"
      "A/77/893\n"
      "Distr.: General\n"
      "8 May 2023\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "2023 年 5 月 3 日哈萨克斯坦常驻联合国代表给秘书长的信\n"
      "谨随函转递二〇二三年四月在阿斯塔纳举行的中亚跨界水资源合作与预防性外交高级别区域会议的主席总结\n"
      "(见附件)，供各会员国参考，并请各国政府和有关组织提出意见。\n"
      "会议由哈萨克斯坦共和国外交部与联合国中亚预防性外交区域中心共同举办。中亚五国政府的代表以及联合\n"
      "国系统各实体和民间社会的代表出席了会议。\n"
      "会议的讨论表明，在气候变化使水资源日益紧张的情况下，加强跨界水资源合作对于维护本区域的和平、稳\n"
      "定和可持续发展具有重要意义，是预防性外交的一项切实可行的工具。\n"
      "哈萨克斯坦认为，联合国中亚预防性外交区域中心在促进中亚各国之间的对话和建立信任方面发挥着独特作\n"
      "用，愿意继续与该中心和本区域各国密切合作，落实会议的建议。\n"
      "常驻代表\n"
      "(签名)努尔兰·别克塔耶夫\n"
      "\n"
      "22-21483 (C)\n"
      "\n"
      "\f2023 年 5 月 3 日哈萨克斯坦常驻联合国代表给秘书长的信的附件\n"
      "中亚跨界水资源合作与预防性外交高级别区域会议主席总结\n"
      "主要结论和建议\n"
      "1.\n"
      "\n"
      "与会者一致认为，气候变化正在加剧中亚的水资源压力。冰川退缩、降水模式改变和用水需求增长意\n"
      "味着本区域今后数十年可能面临严重的供水短缺。\n"
      "\n"
      "2.\n"
      "\n"
      "与会者强调，跨界水资源合作是维护中亚和平与稳定的重要因素，各国应以《联合国宪章》的原则和\n"
      "国际水法为基础，通过对话和协商处理分歧，不诉诸单方面行动。\n"
      "\n"
      "3.\n"
      "\n"
      "与会者欢迎中亚各国在拯救咸海国际基金框架内开展的合作，并呼吁进一步加强该基金的体制能力，\n"
      "\n"
      "并加强各执行机构之间的协调。\n"
      "\n"
      "4.\n"
      "\n"
      "与会者建议建立一个区域水文气象数据交换平台，以便及时共享关于河流流量、水库蓄水量和冰川状\n"
      "况的资料，并请各有关国家的水文气象部门就此开展技术磋商。\n"
      "\n"
      "5.\n"
      "\n"
      "与会者鼓励各国在制定国家适应计划时考虑上游国家和下游国家的共同利益，并在规划大型水利基础\n"
      "设施项目时及早相互通报和协商，以免引起争端。\n"
      "\n"
      "会议主席\n"
      "(签名)阿伊古丽·卡斯莫娃\n"
      "\n"
      "22-21483 (C)\n");
  EXPECT_EQ(d.source.layout.shape, "wrapped");
  int body = 0;
  walk(d.body, [&](const Node& n) { body += n.kind == NodeKind::Paragraph; });
  EXPECT_EQ(body, 4);
  ASSERT_EQ(d.annexes.size(), 1u);
  std::vector<std::string> annex;
  walk(d.annexes[0].children, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) annex.push_back(n.text);
  });
  ASSERT_EQ(annex.size(), 5u);
  EXPECT_EQ(annex[2], "与会者欢迎中亚各国在拯救咸海国际基金框架内开展的合作，并呼吁进一步加强该基金的体制能力，并加强各执行机构之间的协调。");
}

// pdftotext's default mode may give a page foot's bodies right below the
// page's last text line and their labels below them ("4. 《关于…义务宣言" /
// "所收到的…查阅。" / "人权事务委员会…。" / "1" / "2"): that last line, full
// and cut mid-sentence, goes on at the next page's top, so the bodies below
// it are set apart from the text; each label takes its body and its marker.
TEST(Layouts, FootBodiesRightBelowAFullLineThatRunsOnLabelsBelow) {
  Document d = doc_of(
      "A/HRC/53/20\n"
      "\n"
      "1. 本报告根据人权理事会第50/15号决议提交。理事会在该决议中请联合国人权事务高级专员编写\n"
      "一份报告，说明公民空间面临的挑战和各国为保护公民空间而采取的良好做法，并提交理事会第五\n"
      "十三届会议。\n"
      "2. 为编写本报告，联合国人权事务高级专员办事处于2022年11月向会员国、国家人权机构、民间\n"
      "社会组织和其他利益攸关方征集资料，共收到74份书面材料。1人权高专办还借鉴了人权条约机构\n"
      "、特别程序和普遍定期审议的相关结论和建议。\n"
      "3. 人权事务委员会在关于和平集会权的一般性意见中指出，这项权利既保护在公共场所举行的集\n"
      "会，也保护在网上举行的集会；对这项权利的任何限制都必须由法律规定，并且必须是为实现正当\n"
      "目的所必要和相称的。2\n"
      "4. 《关于个人、群体和社会机构在促进和保护普遍公认的人权和基本自由方面的权利和义务宣言\n"
      "所收到的材料可在人权高专办网站上查阅。\n"
      "人权事务委员会，关于和平集会权(第二十一条)的第37号一般性意见(2020年)。\n"
      "\n"
      "1\n"
      "2\n"
      "\n"
      "22-21391 (C)\n"
      "\n"
      "\fA/HRC/53/20\n"
      "》进一步确认，人人有权单独地和与他人一起在国家和国际各级促进和努力保护和实现人权和基本\n"
      "自由。\n"
      "5. 国家不仅有义务不干涉上述权利的行使，而且有积极义务创造安全和有利的环境，使个人和群\n"
      "体能够在不受恐吓、骚扰或报复的情况下参与公共事务。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].id, "1");
  EXPECT_EQ(d.footnotes[0].text, "所收到的材料可在人权高专办网站上查阅。");
  EXPECT_EQ(d.footnotes[1].text, "人权事务委员会，关于和平集会权(第二十一条)的第37号一般性意见(2020年)。");
  const Node* p4 = paragraph(d, 4);
  ASSERT_NE(p4, nullptr);
  EXPECT_EQ(p4->text,
            "《关于个人、群体和社会机构在促进和保护普遍公认的人权和基本自由方面的权利和义务宣言》进一步确认，"
            "人人有权单独地和与他人一起在国家和国际各级促进和努力保护和实现人权和基本自由。");
  EXPECT_FALSE(has_code(d, "E-FN-ORDER"));
}

// pdftotext's default mode with hanging numbers may set a page foot's labels
// between a paragraph's number and its text, the bodies after that text's
// block ("4." / "1" / "2" / "《关于…还进一步确" / the bodies): the text ends at
// its block's end when its full line goes on at the next page's top ("认，
// 人人有权…"), not only at a clause end; then each label takes its body.
TEST(Layouts, FootLabelsBetweenAHangingNumberAndItsTextThatRunsOn) {
  Document d = doc_of(
      "A/HRC/53/20\n"
      "\n"
      "1.\n"
      "\n"
      "本报告根据人权理事会第50/15号决议提交。理事会在该决议中请联合国人权事务高级专员编写一份报告，说\n"
      "明公民空间面临的挑战和各国为保护公民空间而采取的良好做法，并提交理事会第五十三届会议。\n"
      "\n"
      "2.\n"
      "\n"
      "为编写本报告，联合国人权事务高级专员办事处于2022年11月向会员国、国家人权机构、民间社会组织和其他\n"
      "利益攸关方征集资料，共收到74份书面材料。1人权高专办还借鉴了人权条约机构、特别程序和普遍定期审议\n"
      "的相关结论和建议。\n"
      "\n"
      "3.\n"
      "\n"
      "人权事务委员会在关于和平集会权的一般性意见中指出，这项权利既保护在公共场所举行的集会，也保护在网\n"
      "上举行的集会；对这项权利的任何限制都必须由法律规定，并且必须是为实现正当目的所必要和相称的。2\n"
      "\n"
      "4.\n"
      "1\n"
      "2\n"
      "\n"
      "《关于个人、群体和社会机构在促进和保护普遍公认的人权和基本自由方面的权利和义务的宣言》还进一步确\n"
      "\n"
      "所收到的材料可在人权高专办网站上查阅。\n"
      "人权事务委员会，关于和平集会权(第二十一条)的第37号一般性意见(2020年)。\n"
      "\n"
      "22-21391 (C)\n"
      "\n"
      "\fA/HRC/53/20\n"
      "认，人人有权单独地和与他人一起在国家和国际各级促进和努力保护和实现人权和基本自由。\n"
      "5.\n"
      "\n"
      "国家不仅有义务不干涉上述权利的行使，而且有积极义务创造安全和有利的环境，使个人和群体能够在不受恐\n"
      "吓、骚扰或报复的情况下参与公共事务。\n");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[0].text, "所收到的材料可在人权高专办网站上查阅。");
  EXPECT_EQ(d.footnotes[1].text, "人权事务委员会，关于和平集会权(第二十一条)的第37号一般性意见(2020年)。");
  const Node* p4 = paragraph(d, 4);
  ASSERT_NE(p4, nullptr);
  EXPECT_EQ(p4->text,
            "《关于个人、群体和社会机构在促进和保护普遍公认的人权和基本自由方面的权利和义务的宣言》还进一步确认，"
            "人人有权单独地和与他人一起在国家和国际各级促进和努力保护和实现人权和基本自由。");
  EXPECT_FALSE(has_code(d, "E-FN-ORDER"));
}

// A numbered paragraph whose last line stops short after its full stop and
// a plain marker left after it ("…缴费型社会保险。2"), then a blank line on
// the same page: the paragraph has ended there, as one ending in the stop
// itself has; the page foot below (here set out of order, "E/CN.6/2023/1。" /
// …) is not its text.
TEST(Layouts, ParagraphEndingInAStopAndAPlainMarkerEndsAtABlankLine) {
  Document d = doc_of(
      "E/CN.6/2023/3\n"
      "\n"
      "1. 根据经济及社会理事会第2020/15号决议所载的多年期工作方案，妇女地位委员会将在第六十七届会议上审议这\n"
      "一优先主题。本报告是为协助委员会的审议工作而编写的。\n"
      "2. 本报告借鉴了联合国促进性别平等和增强妇女权能署于2022年9月召开的专家组会议的成果、1会员国和联合国\n"
      "系统各实体提供的资料以及最新的研究和数据。\n"
      "3. 尽管过去十年中社会保护的覆盖面有所扩大，但全世界仍有一半以上的人口没有得到社会保护福利的保障。妇\n"
      "女在没有保障的人口中所占比例过高，因为她们更有可能从事非正规就业、非全时工作或无报酬工作，因而无法享\n"
      "受与正规就业挂钩的缴费型社会保险。2\n"
      "\n"
      "E/CN.6/2023/1。\n"
      "专家组会议的报告可在妇女署网站上查阅。\n"
      "2\n"
      "国际劳工组织，《2020-2022年世界社会保护报告》(2021年，日内瓦)。\n"
      "*\n"
      "\n"
      "1\n"
      "\n"
      "24-14493 (C)\n"
      "\n"
      "\fE/CN.6/2023/3\n"
      "4. 养老金领取方面的性别差距尤为明显。在有数据的国家中，达到法定退休年龄的妇女领取养老金的比例比男子\n"
      "低约10个百分点，而且妇女领取的养老金数额平均明显低于男子。\n"
      "5. 冠状病毒病大流行期间，许多国家迅速扩大了现金转移方案，但只有少数措施专门针对妇女的经济保障或照护\n"
      "需要。\n");
  const Node* p3 = paragraph(d, 3);
  ASSERT_NE(p3, nullptr);
  EXPECT_EQ(p3->text.find("E/CN.6/2023/1"), std::string::npos) << p3->text;
  EXPECT_EQ(p3->text.rfind("社会保险。") + std::string("社会保险。").size() + 1, p3->text.size()) << p3->text;
}

// pdftotext may set a raised marker that ends a paragraph on a line of its
// own below it ("…80%的目标。" / "1" / "6. 各区域…"), its note's label glued to
// the body at the page's foot ("1儿基会…。"): the lone number after the
// paragraph's stop, the next numbered paragraph right below, is the marker
// (found, the note is lifted out of paragraph 6), and its line is the
// paragraph's, not a subhead "1".
TEST(Layouts, MarkerOnALineOfItsOwnAfterAParagraphsStop) {
  Document d = doc_of(
      "E/ICEF/2023/7\n"
      "\n"
      "二. 分散评价的覆盖面\n"
      "4. 2022年，儿基会各区域办事处和国家办事处共完成了118项分散评价，其中国家方案评价\n"
      "12项，专题和方案评价89项，联合评价17项。\n"
      "5. 评价覆盖面是指在一个国家方案周期内至少完成一项评价的国家办事处所占的比例。按\n"
      "此计算，2022年的评价覆盖面为87%，高于经修订的评价政策所定的80%的目标。\n"
      "1\n"
      "6. 各区域之间的覆盖面仍不均衡。东部和南部非洲区域以及拉丁美洲和加勒比区域的所有\n"
      "国家办事处均已达到目标，而在中东和北非区域，受冲突影响国家的若干办事处由于准入受\n"
      "1儿基会经修订的评价政策(E/ICEF/2018/14)。\n"
      "22-20391 (C)\n"
      "\fE/ICEF/2023/7\n"
      "限和安全原因推迟了计划中的评价。\n"
      "7. 人道主义局势中的评价有所增加。2022年完成的分散评价中，约有四分之一涉及人道主\n"
      "义应对工作，包括对大流行应对措施的评价和对若干突发紧急情况应对工作的实时评价。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "儿基会经修订的评价政策(E/ICEF/2018/14)。");
  const Node* p5 = paragraph(d, 5);
  ASSERT_NE(p5, nullptr);
  ASSERT_EQ(p5->footnote_refs.size(), 1u);
  EXPECT_EQ(p5->footnote_refs[0].id, "1");
  EXPECT_EQ(sections(d, "subhead"), 0u);
  const Node* p6 = paragraph(d, 6);
  ASSERT_NE(p6, nullptr);
  EXPECT_EQ(p6->text.find("儿基会经修订"), std::string::npos) << p6->text;
}

// A Security Council record takes up its agenda by repeating it; the
// document's line, wrapped by the body's narrower text ("…给秘书长的信(S/" /
// "2023/260)"), is still the agenda's line: a subhead of both lines, not the
// first words of the President's speech.
TEST(Kinds, SecurityCouncilRecordsAgendaDocumentLineWrappedInTheBody) {
  Document d = doc_of(
      "联合国\tS/PV.9300\n临时文件\n安全理事会\n第七十八年\n第9300次会议\n2023年4月20日星期四上午10时\n纽约\n\n"
      "主席：\t瓦西里耶夫先生\t(俄罗斯联邦)\n\n"
      "议程\n维持国际和平与安全\n冲突局势中的粮食不安全\n2023年4月10日俄罗斯联邦常驻联合国代表给秘书长的信(S/2023/260)\n\n"
      "本记录包括中文发言的文本和其他语言发言的译文。更正应只对原文提出。\n\n"
      "上午10时05分开会。\n\n维持国际和平与安全\n冲突局势中的粮食不安全\n"
      "2023年4月10日俄罗斯联邦常驻联合国代表给秘书长的信(S/\n2023/260)\n"
      "主席(以俄语发言)：安全理事会现在开始审议议程项目。\n\n上午11时35分散会。\n");
  auto subheads = collect(d.body, [](const Node& n) { return n.kind == NodeKind::Section && n.section_kind == "subhead"; });
  bool letter = false;
  for (auto* s : subheads) letter = letter || s->title == "2023年4月10日俄罗斯联邦常驻联合国代表给秘书长的信(S/2023/260)";
  EXPECT_TRUE(letter);
  const std::vector<std::string> texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "主席(以俄语发言)：安全理事会现在开始审议议程项目。"), texts.end());
}

// The same with the speaker's line justified and letter-spaced by pdftotext
// ("蒙 特 斯 女 士 ( 厄 瓜 多 尔 )( 以 西 班 牙 语 发 言 ) ： …"): still a speaker's line.
TEST(Layouts, RecordLetterSpacedSpeakerLineOpensASpeech) {
  Document d = doc_of("A/77/PV.45\n\n主席(以英语发言)：我宣布会议开始。" + wrapped_lines(6) + "大会现在开始审议议程项目15。\n"
                      "主席(以英语发言)：我现在请希望在通过决议后解释立场的代表发言。我谨提醒各代表团，解释投票或立\n"
                      "场的发言以10分钟为限，代表团应在座位上发言。我现在请美利坚合众国代表发言，请代表们简短发言。\n"
                      "蒙 特 斯 女 士 ( 厄 瓜 多 尔 )( 以 西 班 牙 语 发 言 ) ： 厄 瓜 多 尔 认 为 ， 安 理 会 第\n"
                      "2417(2018)号决议为应对冲突引发的饥饿提供了重要框架。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[2].rfind("蒙 特 斯 女 士", 0), 0u) << texts[2];
}

// A General Assembly record's decision lines (a record's: its front matter
// names the meeting) stand alone after the President's question, even one
// ending right at the wrap width: "就这样决定。"
// (It was so decided) and "决议草案…获得通过(第…号决议)。".
TEST(Layouts, RecordDecisionLinesStandAloneAfterAFullLine) {
  Document d = doc_of("A/77/PV.45\n大会\n第七十七届会议\n第 45 次全体会议\n2022 年 12 月 7 日星期三上午 10 时在纽约举行\n"
                      "主席： 克勒希先生 (匈牙利)\n上午 10 时 05 分宣布开会。\n"
                      "主席(以英语发言)：我宣布会议开始。" + wrapped_lines(6) + "大会现在开始审议议程项目15。\n"
                      "主席(以英语发言)：总务委员会还建议将该补充项目直接分配给第六委员会审议。我是否可以认为大会同\n"
                      "意这项建议？我是否可以认为大会同意将该项目分配给第六委员会，并请该委员会尽早审议这一问题？\n"
                      "就这样决定。\n"
                      "提案国希望大会不经表决通过决议草案。我是否可以认为大会决定通过决议草案A/77/L.30，照此办理？\n"
                      "决议草案A/77/L.30获得通过(第77/102号决议)。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "就这样决定。"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "决议草案A/77/L.30获得通过(第77/102号决议)。"), texts.end());
}

// A Security Council record's presiding officer speaks in set sentences, each
// a paragraph of its own even after a line that ends at the wrap width: the
// invitation under rule 37 or 39, the opening of the item, the floor given,
// the chair resumed.
TEST(Layouts, RecordChairsSetSentencesOpenParagraphsAfterAFullLine) {
  Document d = doc_of(
      "联合国\tS/PV.9300\n安全理事会\n第七十八年\n第9300次会议\n2023年4月20日星期四上午10时\n纽约\n\n"
      "主席：\t瓦西里耶夫先生\t(俄罗斯联邦)\n\n上午10时05分开会。\n\n"
      "主席(以俄语发言)：我宣布会议开始。" + wrapped_lines(6) + "大会现在开始审议议程项目15。\n"
      "主席(以俄语发言)：根据安理会暂行议事规则第37条，我邀请埃塞俄比亚、尼日利亚和苏丹的代表参加本次\n"
      "会议，并邀请有关代表团的代表就座。我谨此欢迎各位代表出席今天关于冲突与饥饿问题的公开辩论会议。\n"
      "根据安理会暂行议事规则第39条，我邀请下列通报者参加本次会议：联合国粮食及农业组织副总干事卡斯\n"
      "特罗女士和红十字国际委员会水与居住环境部门负责人贝尔纳先生。请他们在议席就座并作简短发言。\n"
      "安全理事会现在开始审议议程项目。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  bool rule39 = false, item = false;
  for (const auto& t : texts) {
    rule39 = rule39 || t.rfind("根据安理会暂行议事规则第39条", 0) == 0;
    item = item || t == "安全理事会现在开始审议议程项目。";
  }
  EXPECT_TRUE(rule39);
  EXPECT_TRUE(item);
}

// A plain marker after an enumeration comma at a line's end, set by the
// extraction at the next line's start ("…专家组会议的成果、" / "1会员国和…"):
// the marker of the note whose label is glued to its body at the page's foot
// ("1专家组会议的报告…。"), which is then lifted out of the text.
TEST(Layouts, MarkerAtALinesStartAfterAnEnumerationComma) {
  Document d = doc_of(
      "E/CN.6/2023/3\n"
      "\n"
      "1. 根据经济及社会理事会第2020/15号决议所载的多年期工作方案，妇女地位委员会将在第六十七届会议上审议这\n"
      "一优先主题。本报告是为协助委员会的审议工作而编写的。\n"
      "2. 本报告借鉴了联合国促进性别平等和增强妇女权能署于2022年9月召开的专家组会议的成果、\n"
      "1会员国和联合国系统各实体提供的资料以及最新的研究和数据。\n"
      "3. 尽管过去十年中社会保护的覆盖面有所扩大，但全世界仍有一半以上的人口没有得到社会保护福利的保障。妇\n"
      "女在没有保障的人口中所占比例过高，因为她们更有可能从事非正规就业、非全时工作或无报酬工作。\n"
      "1专家组会议的报告可在妇女署网站上查阅。\n"
      "24-14493 (C)\n"
      "\fE/CN.6/2023/3\n"
      "\n"
      "4. 养老金领取方面的性别差距尤为明显。在有数据的国家中，达到法定退休年龄的妇女领取养老金的比例比男子\n"
      "低约10个百分点，而且妇女领取的养老金数额平均明显低于男子。\n");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].text, "专家组会议的报告可在妇女署网站上查阅。");
  const Node* p2 = paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  ASSERT_EQ(p2->footnote_refs.size(), 1u);
  EXPECT_EQ(p2->text.find("、1会员国"), std::string::npos) << p2->text;
}

// pdftotext's default mode may stack the next hanging numbers below a lead-in
// ("8." / "请秘书长…列入：" / "9." / "10." / "(a) …；" / "(b) …；" / the text of 9 /
// the text of 10): the sub-items are paragraph 8's, and each stacked number
// takes the next clause below them in turn.
TEST(Layouts, StackedHangingNumbersTakeTheClausesBelowTheSubItems) {
  Document d = doc_of("联合国\tS/RES/2693 (2023)\n安全理事会\n第2693(2023)号决议\n安全理事会，\n"
                      "重申其对保护平民的承诺，\n7.\n\n鼓励维持和平行动将保护关键民用基础设施的问题纳入其保护平民战略；\n\n"
                      "8.\n\n请秘书长在其关于在武装冲突中保护平民的年度报告中列入：\n\n9.\n10.\n\n"
                      "(a) 关于供水系统受到攻击的情况及其对平民的影响的资料；\n(b) 关于为防止此类攻击可采取的措施的建议；\n"
                      "强调必须确保对攻击平民基础设施的行为追究责任，并吁请会员国在这方面调查其\n管辖范围内的此类行为；\n"
                      "鼓励会员国和人道主义组织加强合作，增强供水系统的复原力；\n\n11.\n\n决定继续积极处理此案。\n");
  const Node* p8 = paragraph(d, 8);
  const Node* p9 = paragraph(d, 9);
  const Node* p10 = paragraph(d, 10);
  ASSERT_NE(p8, nullptr);
  ASSERT_NE(p9, nullptr);
  ASSERT_NE(p10, nullptr);
  EXPECT_EQ(p8->text, "请秘书长在其关于在武装冲突中保护平民的年度报告中列入：(a) 关于供水系统受到攻击的情况及其对平民的影响的资料；"
                      "(b) 关于为防止此类攻击可采取的措施的建议；");
  EXPECT_EQ(p9->text, "强调必须确保对攻击平民基础设施的行为追究责任，并吁请会员国在这方面调查其管辖范围内的此类行为；");
  EXPECT_EQ(p10->text, "鼓励会员国和人道主义组织加强合作，增强供水系统的复原力；");
}

// pdftotext -raw may cut a symbol at its last dot, in the masthead and in
// each page's running header alike ("A/CN.10/2023/WP" / ".4"): the piece below
// the header that completes the masthead's symbol is the header's too, not
// text of the paragraph running over the page.
TEST(Layouts, RunningHeaderSymbolCutAtItsLastDot) {
  Document d = doc_of(
      "联合国\n"
      "大 会\n"
      "A/CN.10/2023/WP\n"
      ".4\n"
      "Distr.: General\n"
      "14 April 2023\n"
      "Chinese\n"
      "Original: English\n"
      "裁军审议委员会\n"
      "2023 年实质性会议\n"
      "2023 年 4 月 3 日至 21 日，纽约\n"
      "议程项目 5\n"
      "外层空间活动中的透明度和建立信任措施\n"
      "哥斯达黎加、蒙古和瑞士提交的工作文件\n"
      "1. 根据《关于登记射入外层空间物体的公约》向秘书长提交的登记资料是现有最重要的透明度工具之一。然\n"
      "而，部分登记资料提交时间滞后，内容也不够完整。\n"
      "2. 少数国家定期发布本国的空间政策和国家安全战略，并向联合国外层空间事务厅通报有关信息。提交国鼓\n"
      "23-12414 (C)\n"
      "\fA/CN.10/2023/WP\n"
      ".4\n"
      "励更多国家这样做，并建议在联合国网站上设立统一的信息汇编。\n"
      "3. 关于发射前通知，《防止弹道导弹扩散海牙行为准则》所载做法可提供有益经验，但该准则的适用范围有\n"
      "限。\n");
  bool piece = false;
  for (const auto& f : d.furniture) piece = piece || (f.kind == "running_header" && f.text == ".4");
  EXPECT_TRUE(piece);
  const Node* p2 = paragraph(d, 2);
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p2->text.find(".4"), std::string::npos) << p2->text;
}

// Wrapped text with a blank line between paragraphs and no form feeds: a
// line well short of the width, then one blank line, ends its paragraph
// whatever it ends with (a page's last line inside a paragraph runs to the
// width): a charter's preamble sets its clauses a line each, each ending in
// a comma. Before, "…同兹决心，" and "欲使…之苦，" ran into one paragraph
// (the front matter's rule asked for form feeds).
TEST(Layouts, ShortClauseThenABlankLineEndsItsParagraphWithoutFormFeeds) {
  Document d = doc_of(
      "国际淡水合作组织宪章\n\n"
      "序言\n\n"
      "我国际淡水合作组织会员国人民同兹决心，\n\n"
      "欲使今世及后世免受水源枯竭、水质败坏及水旱灾害之\n苦，\n\n"
      "重申淡水为一切生命所系，为人类尊严、健康及发展之\n根本，\n\n"
      "并为达此目的，\n\n"
      "力行互助，以睦邻之道分享水文资料、技术及经验，\n\n"
      "用是发愤立志，务当同心协力，以竟厥功。\n\n"
      "爰由我各本国政府，经齐集日内瓦之代表各将所奉全权\n证书，互相校阅，均属妥善，议定本宪章，并设立国际\n组织，定名为“国际淡水合作组织”。\n\n"
      "第一章\n\n"
      "宗旨及原则\n\n"
      "第一条\n\n"
      "国际淡水合作组织之宗旨为促进各国在淡水资源之养护\n、管理及公平合理利用方面之国际合作，协助会员国建\n立及加强水文监测、预报及预警系统，以减少水旱灾害\n所造成之生命及财产损失。\n\n"
      "第二条\n\n"
      "本组织系基于各会员国主权平等之原则。各会员国对共\n享水资源之利用，应以公平合理之方式为之，并采取一\n切适当措施，防止对其他国家造成重大损害。\n");
  const std::vector<std::string> texts = paragraph_texts(d);
  for (const char* want : {"我国际淡水合作组织会员国人民同兹决心，", "欲使今世及后世免受水源枯竭、水质败坏及水旱灾害之苦，",
                           "并为达此目的，"})
    EXPECT_NE(std::find(texts.begin(), texts.end(), want), texts.end()) << want;
  // (a line as wide as the width may be a page's last: "力行互助…经验，" is
  // no evidence either way; a clause cut at the width runs on over its lines)
  EXPECT_NE(std::find(texts.begin(), texts.end(),
                      "国际淡水合作组织之宗旨为促进各国在淡水资源之养护、管理及公平合理利用方面之国际合作，协助会员国建立及加强"
                      "水文监测、预报及预警系统，以减少水旱灾害所造成之生命及财产损失。"),
            texts.end());
}

// A footnote's marker alone on its line right below a heading (a PDF's
// raised marker set apart from the title it follows) was an empty paragraph,
// a tree the checks call broken (the fuzz target found it): the marker is
// the heading's, its line inside the section's range.
TEST(Parse, AMarkerAloneBelowAHeadingIsTheHeadings) {
  const Document d = test::doc_of(
      "一、导言\n\n1. 本报告。\n\nB. 移徙与发展之间的联系\n\n²\n\n2. 与会者发言。\n\n"
      "² 见附件一。\n");
  EXPECT_TRUE(check_tree(d).empty());
  ASSERT_EQ(d.body.size(), 1u);
  const Node& b = d.body[0].children.back();
  ASSERT_EQ(b.kind, NodeKind::Section);
  EXPECT_EQ(b.title, "移徙与发展之间的联系");
  EXPECT_LE(b.lines.first, 7);
  EXPECT_GE(b.lines.last, 7);
  for (const Node& c : b.children) EXPECT_FALSE(c.kind == NodeKind::Paragraph && c.text.empty());
  ASSERT_EQ(d.footnotes.size(), 1u);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].in, "heading");
  EXPECT_EQ(d.footnotes[0].refs[0].line, 7);
}

// The same below a resolution's title in its front matter ("2023/21. 标题" /
// "²"): the title's marker, linked in the front matter, not an empty
// paragraph of it (the fuzz target found this one too, seed 13).
TEST(Parse, AMarkerAloneBelowATitleIsTheFrontMatters) {
  const Document d = test::doc_of(
      "联合国 E/RES/2023/21\n经济及社会理事会\nDistr.: General\n2023年7月28日\n\n"
      "2023年7月25日经济及社会理事会决议\n\n2023/21. 在少年司法中推广非监禁措施\n\n²\n\n"
      "经济及社会理事会，\n\n回顾其以往的各项决议，\n\n1. 请会员国加强合作。\n\n² 见附件一。\n");
  EXPECT_TRUE(check_tree(d).empty());
  for (const Node& p : d.front_matter.paragraphs) EXPECT_FALSE(p.text.empty());
  ASSERT_EQ(d.footnotes.size(), 1u);
  ASSERT_EQ(d.footnotes[0].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[0].refs[0].in, "front_matter");
  EXPECT_EQ(d.footnotes[0].refs[0].line, 10);
}

}  // namespace undoc_test_parse_test
