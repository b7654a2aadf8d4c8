// The PDF reader (src/pdf/pdf.cpp) on small committed PDF files.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "undoc/analyze.hpp"
#include "undoc/emit.hpp"
#include "undoc/pdf.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_pdf_test {

namespace {

std::string slurp(const std::string& rel) {
  std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string error_code_of(const std::string& bytes) {
  try {
    undoc::read_pdf(bytes);
  } catch (const undoc::InputError& e) {
    return e.code;
  }
  return "";
}

}  // namespace

TEST(Pdf, RecognisedByItsHeader) {
  EXPECT_TRUE(undoc::looks_like_pdf("%PDF-1.4\n..."));
  EXPECT_TRUE(undoc::looks_like_pdf("\r\n%PDF-1.7"));  // a little junk before the header
  EXPECT_FALSE(undoc::looks_like_pdf("联合国 A/61/187\n"));
  EXPECT_FALSE(undoc::looks_like_pdf(""));
}

#ifdef UNDOC_WITH_PDF

TEST(Pdf, WordsGroupedIntoLinesWithCellsApart) {
  // three words on two baselines; a wide gap between the first two
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/latin-minimal.pdf"));
  EXPECT_EQ(t.pages, 1);
  EXPECT_EQ(undoc::to_utf8(t.text), "Hello UN\tA/61/150\n1. First paragraph.\n");
  ASSERT_EQ(t.lines.size(), 2u);
  EXPECT_EQ(t.lines[0].page, 0);
  EXPECT_NEAR(t.lines[0].x, 72, 1);
  EXPECT_LT(t.lines[0].y, t.lines[1].y);
  EXPECT_DOUBLE_EQ(t.body_size, 12);
}

TEST(Pdf, HeaderCellsSetToTheirColumnsEdge) {
  // layout set-up 01: the header cell "获得气候信息" runs to 0.7 pt short of
  // the next column's "2021 年…", and wraps ("服务的比例" / "(%)") at uneven pitches
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/report-sg-smallholder-resilience/01.pdf"));
  const std::string s = undoc::to_utf8(t.text);
  EXPECT_NE(s.find("\n国家\t小农户(千户)\t获得气候信息服务的比例(%)\t2021 年预期行动资金(百万美元)\n孟加拉国\t16 500\t42\t12.4\n"),
            std::string::npos)
      << s;
}

TEST(Pdf, RunningHeaderAndFooterByTheirPlace) {
  // a header and a footer in words, no symbol (tests/data/make_band_pdf.py):
  // furniture because they stand in the pages' bands, page after page
  undoc::Document d = undoc::convert(slurp("tests/pdf/running-header-words.pdf"), "b.pdf");
  int headers = 0, footers = 0;
  for (const auto& f : d.furniture) {
    headers += f.kind == "running_header" && f.text == "儿童基金会执行局 2023 年年度会议";
    footers += f.kind == "running_footer" && f.text.rfind("执行局文件 第 ", 0) == 0;
  }
  ASSERT_EQ(d.source.pages, 4);
  EXPECT_EQ(headers, 3);  // (not on the first page, which has the masthead)
  EXPECT_EQ(footers, 3);
  // and in no text but the furniture's
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(undoc::render_json(d));
  j.erase("furniture");
  // (the masthead's board, 联合国儿童基金会 / 执行局, is the organ, its name joined: not the header's words)
  EXPECT_EQ(j["front_matter"]["organ"], "联合国儿童基金会执行局");
  j["front_matter"].erase("organ");
  j["front_matter"].erase("organs");
  const std::string rest = j.dump();
  EXPECT_EQ(rest.find("儿童基金会执行局"), std::string::npos);
  EXPECT_EQ(rest.find("执行局文件"), std::string::npos);
  // the session line of the first page is not taken for furniture
  EXPECT_EQ(d.front_matter.session_text, "2023 年年度会议");
  EXPECT_EQ(d.front_matter.title, "儿童基金会 2022 年执行主任年度报告");
}

TEST(Pdf, AHeadingsLabelOpeningPagesIsNoFurniture) {
  // an administrative instruction whose pages 2 and 4 open with a section's
  // label alone, 第3节 and 第7节 (tests/layouts-rest set-up 00 of
  // instrument-administrative-instruction-travel): the same words but the
  // digits in the top band of two pages, yet headings, not running headers
  undoc::Document d = undoc::convert(slurp("tests/pdf/sections-at-page-tops.pdf"), "s.pdf");
  for (const auto& f : d.furniture) EXPECT_EQ(f.text.find("节"), std::string::npos) << f.text;
  std::vector<std::string> numbers;
  for (const auto& n : d.body)
    if (n.kind == undoc::NodeKind::Section && n.number) numbers.push_back(*n.number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"第1节", "第2节", "第3节", "第4节", "第5节", "第6节", "第7节", "第8节"}));
}

TEST(Pdf, NumberColumnsSetCloserThanAWideGap) {
  // a budget fascicle's table (tests/layouts-rest set-up 01 of
  // report-budget-section-fascicle): its number columns 6 pt apart, less than
  // a wide gap, "(512.6)" then "43 395.2"; the columns read from where words
  // start after a number in three rows or more, a number's thousands kept whole
  undoc::Document d = undoc::convert(slurp("tests/pdf/budget-table-columns.pdf"), "b.pdf");
  const undoc::Node* t = nullptr;
  undoc::walk(d.body, [&](const undoc::Node& n) {
    if (n.kind == undoc::NodeKind::Table && !t) t = &n;
  });
  ASSERT_NE(t, nullptr);
  ASSERT_GE(t->rows.size(), 3u);
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"支出用途", "2022 年支出", "2023 年批款", "变动共计", "2024 年估计数(重计费用前)"}));
  EXPECT_EQ(t->rows[1], (std::vector<std::string>{"员额", "42 615.3", "43 907.8", "(512.6)", "43 395.2"}));
  EXPECT_EQ(t->rows[2], (std::vector<std::string>{"其他工作人员费用", "1 284.0", "1 102.5", "–", "1 102.5"}));
}

TEST(Pdf, RaisedMarkersBecomeSuperscriptsAndPagesFormFeeds) {
  // a resolution set with superscript footnote markers (layout set-up 02)
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/resolution-ga-older-persons-digital/02.pdf"));
  const std::string s = undoc::to_utf8(t.text);
  EXPECT_NE(s.find("《世界人权宣言》¹以及"), std::string::npos);
  EXPECT_NE(s.find("\n¹第 217 A (III)号决议。"), std::string::npos) << s;
  EXPECT_EQ(t.pages, 2);
  EXPECT_EQ(std::count(s.begin(), s.end(), '\f'), 1);
  EXPECT_GE(t.raised_markers, 4);
  // every line has its geometry; the footnote lines are set smaller
  EXPECT_EQ(t.lines.size(), static_cast<size_t>(std::count(s.begin(), s.end(), '\n')));
  bool small_foot = false;
  for (const auto& g : t.lines) small_foot = small_foot || (g.small && g.foot);
  EXPECT_TRUE(small_foot);
}

TEST(Pdf, AnotherProducersLinesFootersAndMarkers) {
  // PDF files drawn line by line with reportlab (tests/data/make_reportlab_pdf.py),
  // not by LibreOffice: page footers "2/3<TAB>23-15612 (C) 250823 280823",
  // markers drawn as smaller strings of their own
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/reportlab/report.pdf"));
  const std::string s = undoc::to_utf8(t.text);
  // the page's number is not a footnote label, though footnote 2 is on its page
  EXPECT_NE(s.find("\n2/3\t23-15612 (C) 250823 280823\n"), std::string::npos) << s;
  EXPECT_EQ(s.find("²/3"), std::string::npos) << s;
  // the labels at the page foot still are
  EXPECT_NE(s.find("\n² 见 S/2023/345"), std::string::npos) << s;
  // a marker sits between its words with no space added after it
  EXPECT_NE(s.find("报告¹。本报告"), std::string::npos) << s;

  undoc::Document d = undoc::convert(slurp("tests/pdf/reportlab/report.pdf"), "r.pdf");
  int jobs = 0;
  for (const auto& f : d.furniture) jobs += f.kind == "job_number";
  EXPECT_EQ(jobs, 3);  // the first page's and both page footers
  // no footer in the body or the annex table
  ASSERT_EQ(d.annexes.size(), 1u);
  ASSERT_EQ(d.annexes[0].children.size(), 1u);
  EXPECT_EQ(d.annexes[0].children[0].rows.size(), 6u);
  EXPECT_EQ(d.annexes[0].children[0].rows.back(), (std::vector<std::string>{"共计", "265.6", "165.0"}));
  undoc::walk(d.body, [](const undoc::Node& n) { EXPECT_NE(n.kind, undoc::NodeKind::Table); });
  ASSERT_EQ(d.footnotes.size(), 4u);
  EXPECT_EQ(d.footnotes[2].id, "2");
  ASSERT_EQ(d.footnotes[2].refs.size(), 1u);
  EXPECT_EQ(d.footnotes[2].refs[0].paragraph, 3);

  undoc::Document r = undoc::convert(slurp("tests/pdf/reportlab/resolution.pdf"), "res.pdf");
  EXPECT_EQ(r.front_matter.resolution_number, "78/25");
  bool found = false;
  undoc::walk(r.body, [&](const undoc::Node& n) {
    found = found || n.text == "又回顾《联合国千年宣言》呼吁会员国单独和集体地在当前和未来遵守奥林匹克休战，";
  });
  EXPECT_TRUE(found);
}

TEST(Pdf, TitleInLargerTypeIsNotTheAgendaItemsTitle) {
  // agenda items 2 and 3, each title a line of body type, above the title
  // set large (tests/data/make_reportlab_pdf.py): no blank line between
  // them in a PDF's lines, the change of type size parts them
  undoc::Document d = undoc::convert(slurp("tests/pdf/reportlab/report-hrc.pdf"), "h.pdf");
  EXPECT_EQ(d.front_matter.title, "发展权");
  EXPECT_EQ(d.front_matter.subtitle, "联合国人权事务高级专员的报告");
  ASSERT_EQ(d.front_matter.agenda_items.size(), 2u);
  EXPECT_EQ(d.front_matter.agenda_items[0].title, "联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告");
  EXPECT_EQ(d.front_matter.agenda_items[1].title, "促进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权");
  // the justified lines (characters spaced to the margin) read as the text
  int numbered = 0;
  undoc::walk(d.body, [&](const undoc::Node& n) {
    if (n.kind == undoc::NodeKind::Paragraph && n.paragraph_kind == "numbered") {
      ++numbered;
      EXPECT_EQ(n.text.find(' '), std::string::npos) << n.text;
    }
  });
  EXPECT_EQ(numbered, 8);
}

TEST(Pdf, FootnoteGoesOnOverLinesAtTheNextPagesFoot) {
  // a footnote cut at page 1's foot, its last two lines at page 2's foot in
  // footnote type, no label (tests/data/make_reportlab_pdf.py): both join it
  undoc::Document d = undoc::convert(slurp("tests/pdf/reportlab/report-footnote-over-page.pdf"), "f.pdf");
  ASSERT_EQ(d.footnotes.size(), 1u);
  const std::string& t = d.footnotes[0].text;
  EXPECT_EQ(t.rfind("联合国经济和社会事务部，《2023 年可持续发展目标报告：特别版》", 0), 0u) << t;
  EXPECT_NE(t.find("约 30% 停滞不前或出现倒退。"), std::string::npos) << t;
  EXPECT_TRUE(t.ends_with("以便在 2030 年之前扭转这一局面。")) << t;
  ASSERT_EQ(d.source.pages, 2);
  auto pages = d.source.pages_of(d.footnotes[0].lines);
  ASSERT_TRUE(pages);
  EXPECT_EQ(pages->first, 1);
  EXPECT_EQ(pages->second, 2);
  // and the body's last paragraph keeps none of it
  const undoc::Node* last = nullptr;
  undoc::walk(d.body, [&](const undoc::Node& n) {
    if (n.kind == undoc::NodeKind::Paragraph) last = &n;
  });
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->paragraph_number, 18);
  EXPECT_EQ(last->text.find("投资"), std::string::npos) << last->text;
}

TEST(Pdf, ScheduleWithoutAHeaderRowKeepsItsRows) {
  // an annex schedule (tests/data/make_reportlab_pdf.py), no header row: the
  // line below the first row that leaves its first two cells empty is a row
  // of its own (the first row's last cell is short of its column's edge),
  // not that cell's wrapped line
  undoc::Document d = undoc::convert(slurp("tests/pdf/reportlab/note-schedule.pdf"), "s.pdf");
  ASSERT_EQ(d.annexes.size(), 1u);
  const undoc::Node* table = nullptr;
  undoc::walk(d.annexes[0].children, [&](const undoc::Node& n) {
    if (n.kind == undoc::NodeKind::Table) table = &n;
  });
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 6u);
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"上午 10 时至 10 时 15 分", "开幕", "大会主席致开幕词"}));
  EXPECT_EQ(table->rows[1], (std::vector<std::string>{"", "", "秘书长致辞"}));
  undoc::analyze(d);
  ASSERT_EQ(table->schedule.size(), 4u);
  EXPECT_EQ(table->schedule[0].items, (std::vector<std::string>{"秘书长致辞"}));
  EXPECT_EQ(table->schedule[1].start, "10:15");
  EXPECT_EQ(table->schedule[1].end, "13:00");
}

TEST(Pdf, DocumentGetsPagesOnEveryNode) {
  undoc::Document d = undoc::convert(slurp("tests/pdf/resolution-ga-older-persons-digital/02.pdf"), "r.pdf");
  EXPECT_EQ(d.source.format, "pdf");
  EXPECT_EQ(d.source.pages, 2);
  EXPECT_EQ(d.front_matter.symbol, "A/RES/77/221");
  ASSERT_FALSE(d.footnotes.empty());
  auto p = d.source.pages_of(d.footnotes.front().lines);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->first, 1);
  const std::string json = undoc::render_json(d);
  EXPECT_NE(json.find("\"pages\": ["), std::string::npos);
  EXPECT_NE(json.find("\"format\": \"pdf\""), std::string::npos);
}

TEST(Pdf, BadFilesGetTheirOwnErrors) {
  EXPECT_EQ(error_code_of(slurp("tests/pdf/bad/scanned.pdf")), "E-PDF-NO-TEXT");
  EXPECT_EQ(error_code_of(slurp("tests/pdf/bad/locked.pdf")), "E-PDF-ENCRYPTED");
  EXPECT_EQ(error_code_of(slurp("tests/pdf/bad/trunc.pdf")), "E-PDF");
  EXPECT_EQ(error_code_of("%PDF-1.7\nnot a PDF at all\n"), "E-PDF");
  EXPECT_EQ(error_code_of("%PDF-"), "E-PDF");
}

TEST(Pdf, FuzzFoundInputsParse) {
  // a mutated layout PDF whose text ends in a short title line: the parser
  // looked one line past the end for what follows it (libFuzzer, PDF target)
  undoc::Document d = undoc::convert(slurp("tests/pdf/bad/fuzz-heading-at-end.pdf"), "f.pdf");
  EXPECT_EQ(d.source.format, "pdf");
  EXPECT_TRUE(undoc::check_tree(d).empty());
}

#else

TEST(Pdf, BuildWithoutPdfRefusesClearly) {
  EXPECT_FALSE(undoc::pdf_supported());
  EXPECT_EQ(error_code_of("%PDF-1.4\n"), "E-PDF-UNSUPPORTED");
}

#endif

TEST(Pdf, NumberOpeningAFootnotesNextLineIsNoLabel) {
  // a footnote wraps, its next line opening with a number that a marker on
  // the page shares ("…第一章，决议" / "1，附件一和二。",
  // tests/data/make_reportlab_pdf.py): the line is indented to the note's
  // text, not at the labels' edge, so the number is text (it was read as
  // label 1: a footnote 1 with no marker and the numbering out of order)
  undoc::Document d = undoc::convert(slurp("tests/pdf/reportlab/resolution-footnote-number-wraps.pdf"), "f.pdf");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_TRUE(d.footnotes[0].text.ends_with("第一章，决议 1，附件一和二。")) << d.footnotes[0].text;
  EXPECT_EQ(d.footnotes[1].id, "2");
  for (const auto& g : d.diagnostics) EXPECT_NE(g.code.rfind("E-FN", 0), 0u) << g.code << " " << g.message;
}

TEST(Pdf, BodyTypeOfAShortDocumentWithALongFootnote) {
  // a one-page resolution whose one footnote holds more characters than its
  // text (tests/data/make_reportlab_pdf.py): the body type is the text's,
  // 10.5 pt, not the note's 8.5 pt (which made the note's lines body text)
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/reportlab/resolution-one-page-long-footnote.pdf"));
  EXPECT_DOUBLE_EQ(t.body_size, 10.5);
}

TEST(Pdf, OnePageFootnoteGoesOnOverItsNextLine) {
  // the same file: one page, no form feed, the note wrapping onto a second
  // line of footnote type; the line is the note's (without a page foot to
  // find by form feeds it was joined to the paragraph above the foot)
  undoc::Document d = undoc::convert(slurp("tests/pdf/reportlab/resolution-one-page-long-footnote.pdf"), "f.pdf");
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_TRUE(d.footnotes[0].text.ends_with("第一章，决议 2，附件。")) << d.footnotes[0].text;
  const undoc::Node* last = nullptr;
  undoc::walk(d.body, [&](const undoc::Node& n) {
    if (n.kind == undoc::NodeKind::Paragraph) last = &n;
  });
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->text, "请秘书长提交一份关于本决议执行情况的报告。");
}

TEST(Pdf, PlainLabelsOfNotesSetJustSmallerThanTheText) {
  // a report in 11 pt whose notes are set in 10 pt, as a word processor's
  // defaults give, their labels plain at the notes' size
  // (tests/pdf/probe/make_probe_pdf.py): the labels of markers raised on
  // the page, in type smaller than the text's, are the notes' labels
  undoc::Document d = undoc::convert(slurp("tests/pdf/probe/notes-plain-labels-11-10.pdf"), "n.pdf");
  ASSERT_EQ(d.footnotes.size(), 6u);
  for (size_t i = 0; i < d.footnotes.size(); ++i) {
    EXPECT_EQ(d.footnotes[i].id, std::to_string(i + 1));
    EXPECT_EQ(d.footnotes[i].refs.size(), 1u) << d.footnotes[i].id;
  }
  EXPECT_EQ(d.footnotes[0].text, "大会第70/1号决议。");
  EXPECT_EQ(d.footnotes[3].text, "见《亚的斯亚贝巴行动议程》（大会第69/313号决议，附件），第20段。");
  int numbered = 0, other = 0;
  undoc::walk(d.body, [&](const undoc::Node& n) {
    if (n.kind != undoc::NodeKind::Paragraph) return;
    if (n.paragraph_number) ++numbered;
    else ++other;
  });
  EXPECT_EQ(numbered, 12);
  EXPECT_EQ(other, 0);
}

TEST(Pdf, ATableInSmallTypeAtAPagesEndIsNoFootnotesRest) {
  // page 2 ends with a table set in 9 pt under the text's 10.5 (its title,
  // rows and source below the last paragraph), page 1's foot holding note 1
  // (tests/pdf/probe/make_probe_pdf.py): a page foot of small type is a
  // note's rest only when the note broke off or a label stands below it
  undoc::Document d = undoc::convert(slurp("tests/pdf/probe/table-small-type-page-end.pdf"), "t.pdf");
  ASSERT_EQ(d.footnotes.size(), 2u);
  EXPECT_EQ(d.footnotes[1].id, "1");
  EXPECT_EQ(d.footnotes[1].text, "大会第77/154号决议，第30段。");
  bool caption = false;
  undoc::walk(d.body, [&](const undoc::Node& n) {
    caption = caption || n.text.find("按区域分列的货物贸易增长率") != std::string::npos;
  });
  EXPECT_TRUE(caption);
}

TEST(Pdf, HangingLabelsWithinSectionsAreNoTableCells) {
  // a bulletin whose labels "1.1" and "㈠" stand 40 pt left of their text,
  // farther than a gap between cells (tests/pdf/probe/make_probe_pdf.py):
  // a line's label before words is an indent, not a table's first column
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/probe/bulletin-hanging-labels.pdf"));
  const std::string s = undoc::to_utf8(t.text);
  EXPECT_NE(s.find("\n1.1 在本公报中：\n"), std::string::npos) << s;
  EXPECT_NE(s.find("\n㈠ 收集、记录、组织和储存；\n"), std::string::npos) << s;
  EXPECT_EQ(s.find('\t', s.find("第1节")), std::string::npos) << s;  // (the masthead's columns above)
  undoc::Document d = undoc::convert(slurp("tests/pdf/probe/bulletin-hanging-labels.pdf"), "b.pdf");
  int tables = 0;
  undoc::walk(d.body, [&](const undoc::Node& n) { tables += n.kind == undoc::NodeKind::Table; });
  EXPECT_EQ(tables, 0);
}

TEST(Pdf, TwoColumnsOfTextReadColumnByColumn) {
  // a verbatim record's speeches in two columns below a masthead set across
  // the page (tests/pdf/probe/make_probe_pdf.py): the left column's lines,
  // then the right's, not each line of the left run into the right's
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/probe/record-two-columns.pdf"));
  const std::string s = undoc::to_utf8(t.text);
  const size_t from = s.find("一般性辩论");
  ASSERT_NE(from, std::string::npos) << s;
  const size_t page2 = s.find('\f');
  EXPECT_EQ(s.substr(from, page2 - from).find('\t'), std::string::npos) << s;
  // (the speakers in their order)
  const size_t a = s.find("主席：各会员国"), b = s.find("卡多佐先生（巴西）："), c = s.find("王先生（中国）：");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(c, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  undoc::Document d = undoc::convert(slurp("tests/pdf/probe/record-two-columns.pdf"), "r.pdf");
  int tables = 0;
  undoc::walk(d.body, [&](const undoc::Node& n) { tables += n.kind == undoc::NodeKind::Table; });
  EXPECT_EQ(tables, 0);
  ASSERT_TRUE(d.front_matter.meeting);
  EXPECT_EQ(d.front_matter.meeting->closed, "11:50");
}

TEST(Pdf, ATableOfTwoProseColumnsIsNoTwoColumnPage) {
  // an annex table of two wide columns of prose, each row's cells side by
  // side (tests/pdf/probe/make_probe_pdf.py): its rows' cells open side by
  // side, so the page is no page of two columns of text; its lines are read
  // across, as any table's
  undoc::PdfText t = undoc::read_pdf(slurp("tests/pdf/probe/table-two-prose-columns.pdf"));
  const std::string s = undoc::to_utf8(t.text);
  const size_t row = s.find("\n各会员国在本报告所述期间采取了进一步措施，加");
  ASSERT_NE(row, std::string::npos) << s;
  const size_t end = s.find('\n', row + 1);
  EXPECT_NE(s.substr(row, end - row).find("联合国"), std::string::npos) << s.substr(row, end - row);
}

}  // namespace undoc_test_pdf_test
