// More of one document in other shapes of text giving the structure it gives
// as a paragraph a line (tests/corpus/same_structure.py): differences that
// script listed as known, each fixed by how a wrap or an export sets the text
// and how the headings are written. The inputs are samples/*-para.txt in the
// shapes same_structure.shapes() makes (tests/unit/data/README.md says which).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

const Node* first_section(const Document& d) {
  const auto s = nodes_of(d, NodeKind::Section);
  return s.empty() ? nullptr : s.front();
}

// a paragraph whose text opens and ends so
bool has_paragraph(const Document& d, const std::string& start, const std::string& last) {
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->text.starts_with(start) && n->text.ends_with(last)) return true;
  return false;
}

}  // namespace

// A list of issues' "第一部分" has no title: the paragraph under it asks for
// the replies ("请缔约国在…提交以下资料(不超过10 700字)，如有可能，…。").
// Wrapped, that paragraph's first line stops before its comma: at 60
// characters before "700字)，…", a run too long for the line, the bracket left
// open; at 40 at the width; set in at 64 columns over the figure's rest, which
// the lexer reads as a plain footnote's label. The text the line runs on into
// ends a sentence before the run stops; a title has no stop. (And at 60
// characters, lines wider than any PDF line, a line that leaves a bracket open
// goes on into the line right below that closes it.)
TEST(SameStructureMore, PartsParagraphWrappedIsNoTitle) {
  for (const char* shape : {"tw60", "tw40nb", "setin64"}) {
    SCOPED_TRACE(shape);
    const Document d =
        doc_of(test::read_file(std::string("tests/unit/data/same_structure_more_crc_") + shape + ".txt"));
    const Node* part = first_section(d);
    ASSERT_NE(part, nullptr);
    EXPECT_EQ(part->section_kind, "part");
    EXPECT_EQ(part->title, "");
    // (one paragraph: the first line's rest below it too, whatever the wrap)
    EXPECT_TRUE(has_paragraph(d, "请缔约国在2023年10月15日之前以书面形式提交以下资料(不超过10", "所载儿童权利的所有方面。"));
  }
}

// An administrative instruction set in at 50 columns: clause 4.1's last line
// ends in its stop and a raised footnote marker ("…费率确定。²") near the
// width; the line below, "4.2 由本组织…", is the next clause's label, as below
// a stop with a plain marker ("…确定。2"), not a wrapped line's start.
TEST(SameStructureMore, ClauseLabelBelowARaisedMarker) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_structure_more_ai_travel_setin50.txt"));
  bool found = false;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->text.starts_with("由本组织、政府或有关机构免费提供住宿或膳食的")) {
      found = true;
      EXPECT_EQ(n->paragraph_kind, "numbered");
      EXPECT_EQ(n->label, "4.2");
    }
  EXPECT_TRUE(found);
}
