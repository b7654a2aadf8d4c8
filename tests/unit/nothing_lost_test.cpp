// Texts the fuzz targets found losing words: every character of the input
// ends up in the output's text (a field read from a line is added beside
// its words, never instead).
#include <gtest/gtest.h>

#include "test_util.hpp"

using namespace undoc;

namespace {

bool has_note(const Document& d, const std::string& s) {
  for (const auto& n : d.front_matter.notes)
    if (n.find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

// A second Distr. line (a cover's masthead above the document's own) was
// read over the first: the first line's words were lost.
TEST(NothingLost, ASecondDistrLineIsKeptWithTheNotes) {
  const Document d = test::doc_of(
      "联合国                                          E/2023/74\n"
      "经济及社会理事会                                 Distr.: Limited\n"
      "18 November 2022\n"
      "Chinese\n"
      "Original: English\n"
      "\n"
      "Distr.: General\n"
      "\n"
      "第六委员会\n"
      "1. 委员会开会。\n");
  EXPECT_EQ(d.front_matter.distribution, "Limited");
  EXPECT_TRUE(has_note(d, "Distr.: General"));
}
