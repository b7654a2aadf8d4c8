// emit: Document -> text. Renderers only read the model.
#pragma once
#include <nlohmann/json.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "undoc/model.hpp"

namespace undoc {

using Json = nlohmann::ordered_json;

inline constexpr const char* kSchema = "undoc/1";

Json to_json(const Document& doc);
std::string render_json(const Document& doc, bool pretty = true);
// The same JSON as render_json, in a buffer kept per thread: valid until the
// thread's next call (no allocation, nor zeroed storage, per document)
std::string_view render_json_view(const Document& doc, bool pretty = true);
// The same JSON as render_json, handed to `out` piece by piece as it is
// written: no tree of the whole document, nor its whole text, is held.
void write_json(const Document& doc, bool pretty, const std::function<void(std::string_view)>& out);

// One JSON object per paragraph (front matter, body, annexes), one per line.
std::string render_jsonl(const Document& doc);
// The same rows handed to `out` about 64 KB at a time (a large document's
// rows are never held whole).
void write_jsonl(const Document& doc, const std::function<void(std::string_view)>& out);

// RFC 4180 CSV, one table per call.
enum class CsvTable { Paragraphs, Toc, Footnotes, Tables, Diagnostics };
bool parse_csv_table(const std::string& name, CsvTable* out);
std::string render_csv(const std::vector<const Document*>& docs, CsvTable table, bool header = true);
std::string csv_field(const std::string& s);
void append_csv_field(std::string& out, std::string_view s);  // the same, appended

// An indented tree for a person; `color` adds ANSI colours.
std::string render_outline(const Document& doc, bool color);

// Diagnostics, one per line, in the form compilers use.
std::string diagnostic_line(const std::string& file, const Diagnostic& d);
Json diagnostic_json(const std::string& file, const Diagnostic& d);

}  // namespace undoc
