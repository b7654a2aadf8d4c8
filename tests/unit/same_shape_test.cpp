// One document in other shapes of text gives the structure it gives as a
// paragraph a line (tests/corpus/same_structure.py): the differences that
// script found, each fixed by how a wrap or an export sets the text and how
// the headings are written. The inputs are samples/*-para.txt in the shapes
// same_structure.shapes() makes (tests/unit/data/README.md says which).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_same_shape_test {

using namespace undoc;

namespace {

using test::doc_of;
using test::nodes_of;

std::vector<std::string> titles(const Document& d) {
  std::vector<std::string> out;
  for (const Node* n : nodes_of(d, NodeKind::Section)) out.push_back(n->title);
  return out;
}

std::vector<std::string> texts(const Document& d) {
  std::vector<std::string> out;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph)) out.push_back(n->text);
  return out;
}

std::vector<long> numbers(const Document& d) {
  std::vector<long> out;
  for (const Node* n : nodes_of(d, NodeKind::Paragraph))
    if (n->paragraph_number) out.push_back(*n->paragraph_number);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

const char* const kDraftOneTitle =
    "通过充分就业和人人有体面工作创造充分的生产性就业，以克服不平等现象，加快从2019冠状病毒病疫情中复苏";

}  // namespace

// textwrap at 40 characters cuts a draft's long title under its head
// "决议草案一" inside a figure: "…加快从201" / "9冠状病毒病疫情中复苏" /
// "经济及社会理事会，". The lexer reads "9冠状…" as a plain footnote's label
// and its text; no note claims it, and the full line above ends in the
// figure's other digits: the title's rest, not a paragraph's.
TEST(SameShape, DraftTitleWrappedInsideAFigure) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_shape_csd61_tw40nb.txt"));
  const auto t = titles(d);
  EXPECT_TRUE(has(t, "决议草案一"));
  EXPECT_TRUE(has(t, kDraftOneTitle));
  EXPECT_FALSE(has(texts(d), kDraftOneTitle));
}

// pandoc's plain text sets a blank line after each paragraph and heading and
// cuts a line at 72 columns: a draft's title under its head is a block of
// two lines, the first short of any steady width ("…加快" / "从2019冠状…"),
// then the formula's block. The block is the title.
TEST(SameShape, DraftTitleInABlockOfTwoLines) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_shape_csd61_pandoc72.txt"));
  const auto t = titles(d);
  EXPECT_TRUE(has(t, kDraftOneTitle));
  EXPECT_FALSE(has(texts(d), kDraftOneTitle));
}

// A resolution a commission's report brings to the Council's attention,
// "第61/1号决议" over its title and "社会发展委员会，", numbers its paragraphs
// afresh (1, 2) as a draft does; the report's own count goes on after it
// (3 above it, 4 below). Counted as the report's, its 2 made the report's
// "4. 委员会于…举行第六十一届" (a first line with no stop, as pandoc's hung
// lines leave it) a numbered heading instead of paragraph 4.
TEST(SameShape, ReportsCountGoesOnAfterAResolutionItQuotes) {
  const Document d = doc_of(test::read_file("tests/unit/data/same_shape_csd61_pandoc72.txt"));
  const auto n = numbers(d);
  // the report's 1, the draft's 1-5, 1-3, the report's 2, the draft decision's
  // agenda 1-2, the report's 3, the resolution's 1-2, the report's 4-6
  const std::vector<long> want{1, 1, 2, 3, 4, 5, 1, 2, 3, 2, 1, 2, 3, 1, 2, 4, 5, 6};
  EXPECT_EQ(n, want);
  for (const Node* s : nodes_of(d, NodeKind::Section)) EXPECT_NE(s->number.value_or(""), "4") << s->title;
}

}  // namespace undoc_test_same_shape_test
