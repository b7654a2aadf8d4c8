// Flat paragraph rows with their heading path, shared by the JSONL and CSV
// renderers.
#pragma once
#include <string>
#include <vector>

#include "undoc/model.hpp"

namespace undoc::detail {

// (the headings are the section nodes themselves: their number and title
// are read in place, not copied for every row)
struct ParagraphRow {
  const char* part = "";                    // "front_matter", "body", "annex"
  const Annex* annex = nullptr;             // the annex it stands in (annex rows)
  const Node* paragraph = nullptr;
  const Node *chapter = nullptr, *section = nullptr, *subsection = nullptr, *subhead = nullptr, *article = nullptr;
};

std::vector<ParagraphRow> paragraph_rows(const Document& doc);
std::string footnote_ids(const Node& p);  // "1;*"
const std::string& heading_text(const ParagraphRow& r);  // innermost heading title ("" for none)

}  // namespace undoc::detail
