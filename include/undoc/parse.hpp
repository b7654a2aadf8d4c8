// parse: classified lines -> Document tree.
#pragma once
#include "undoc/lex.hpp"
#include "undoc/model.hpp"

namespace undoc {

// Builds front matter, table of contents, body, annexes, footnotes and page
// furniture. Diagnostics about lines it could not place are added to
// doc.diagnostics; structural checks are validate()'s job.
Document parse(const Lines& lines, Source source);

}  // namespace undoc
