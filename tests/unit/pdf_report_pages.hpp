// Shared by the PDF tests that build a report's pages word by word
// (pdf_more5_test.cpp, pdf_more6_test.cpp).
#pragma once
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc::test {

// Pages of words set in SimSun, parsed (not validated), the tree checked.
inline Document parsed_pages(const std::vector<std::vector<PdfWord>>& pages) {
  Options o;
  o.validate = false;
  Document d = convert(pdf_pages(pages, "SimSun"), "t.pdf", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

// A report's first page: 联合国 and the symbol, the organ set large beside
// the right column's Distr., date and languages; the session, the agenda
// item, its title, the report's title set large and its kind's line.
inline std::vector<PdfWord> report_masthead() {
  return {{72, 790, 13, true, "联合国"},         {440, 790, 14, false, "A/78/310"},
          {110, 742, 22, true, "大  会"},        {403, 756, 10, false, "Distr.: General"},
          {403, 744, 10, false, "15 August 2023"}, {403, 732, 10, false, "Chinese"},
          {403, 720, 10, false, "Original: English"}, {72, 686, 10, true, "第七十八届会议"},
          {72, 672, 10, false, "临时议程项目140"},  {72, 658, 10, true, "联合国内部司法"},
          {110, 628, 13, true, "联合国内部司法系统的活动"}, {110, 608, 10, true, "秘书长的报告"}};
}

}  // namespace undoc::test
