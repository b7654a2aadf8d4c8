// The PDF path on documents of the kinds corpus rendered in page set-ups of
// tests/data/make_layout_corpus.py --rest / --wide (helper 6): each test reads
// the text undoc reads from such a PDF (undoc text FILE) with the geometry the
// page gave each line (tests/unit/data/NAME.geom: one line each, "right_gap
// indent foot bold centered large band [space_above]", as src/undoc.cpp sets them), so the
// parse sees what it sees on the PDF without a PDF file over 100 KB.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_pdf_more_test {

using namespace undoc;

namespace {

using test::pdf_doc;

std::vector<const Node*> paragraphs(const Document& d) {
  std::vector<const Node*> out;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) out.push_back(&n);
  });
  return out;
}

const Node* labelled(const Document& d, const std::string& label) {
  for (const Node* p : paragraphs(d))
    if (p->label == label) return p;
  return nullptr;
}

}  // namespace

// An administrative instruction's clauses numbered by section, "4.1 …" /
// "4.2 …", a footnote's plain marker (not raised) after the first one's full
// stop: "…费率确定。2" runs the line to the right margin, so the page calls it
// full; the clause "4.2 …" below still opens its own paragraph (the stop
// before the marker ended the sentence), not the rest of a wrapped line.
TEST(PdfMore, ASectionClauseBelowAPlainMarkerAtTheMarginOpensItsParagraph) {
  const Document d = pdf_doc("pdf_more_instruction_marker_at_margin");
  const Node* p41 = labelled(d, "4.1");
  const Node* p42 = labelled(d, "4.2");
  ASSERT_NE(p41, nullptr);
  ASSERT_NE(p42, nullptr);
  EXPECT_EQ(p41->text, "工作人员在公务旅行期间领取每日生活津贴，数额按照国际公务员制度委员会公布的费率确定。");
  EXPECT_EQ(p42->text, "由本组织、政府或有关机构免费提供住宿或膳食的，每日生活津贴应相应减少。");
}

// An annotated agenda's item, its paragraphs set without a first-line indent
// and apart by the paragraph's spacing (0.2 cm): "…并应从非洲国家中选出。" ran
// to the right margin, and "大会在第七十七届会议期间…" below it was taken for
// the rest of its paragraph. The page sets the line lower below it than its
// lines follow each other: a paragraph's spacing, after a full stop, opens
// a paragraph.
TEST(PdfMore, AParagraphsSpacingAboveALineAfterAFullStopOpensAParagraph) {
  const Document d = pdf_doc("pdf_more_agenda_paragraph_spacing");
  bool ends = false, opens = false;
  for (const Node* p : paragraphs(d)) {
    const std::string& t = p->text;
    const std::string stop = "并应从非洲国家中选出。";
    ends = ends || (t.size() >= stop.size() && t.compare(t.size() - stop.size(), stop.size(), stop) == 0);
    opens = opens || t.rfind("大会在第七十七届会议期间已选出第七十八届会议主席", 0) == 0;
  }
  EXPECT_TRUE(ends);
  EXPECT_TRUE(opens);
}

}  // namespace undoc_test_pdf_more_test
