// Flat paragraph rows with their heading path, shared by the JSONL and CSV
// renderers.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "undoc/model.hpp"

namespace undoc::detail {

struct HeadingRef {
  std::optional<std::string> number;
  std::string title;
};

struct ParagraphRow {
  std::string part;                         // "front_matter", "body", "annex"
  const Annex* annex = nullptr;             // the annex it stands in (annex rows)
  const Node* paragraph = nullptr;
  std::optional<HeadingRef> chapter, section, subsection, subhead, article;
};

std::vector<ParagraphRow> paragraph_rows(const Document& doc);
std::string footnote_ids(const Node& p);  // "1;*"
std::string heading_text(const ParagraphRow& r);  // innermost heading title

}  // namespace undoc::detail
