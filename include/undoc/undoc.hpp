// The whole pipeline: bytes -> Document, for the CLI and library users.
#pragma once
#include <string>
#include <string_view>

#include "undoc/analyze.hpp"
#include "undoc/check.hpp"
#include "undoc/decode.hpp"
#include "undoc/emit.hpp"
#include "undoc/lex.hpp"
#include "undoc/model.hpp"
#include "undoc/parse.hpp"
#include "undoc/pdf.hpp"
#include "undoc/validate.hpp"

namespace undoc {

struct Options {
  DecodeOptions decode;
  bool validate = true;  // add validate()'s diagnostics to the document
  bool analyze = false;  // add references and sentences to every paragraph
  bool tokens = false;   // the JSON carries tokens on every text (Document::tokenized)
  bool digest = true;    // fill source.sha256 (validate shows no digest: a tenth of its time)
};

// decode -> lex -> parse -> validate. Throws InputError for input that is not
// text (binary, undecodable without --lenient).
Document convert(std::string_view bytes, const std::string& name, const Options& options = {});
// The same, taking the bytes: they are let go once decoded, so a large
// input is not held through the parse.
Document convert_owning(std::string&& bytes, const std::string& name, const Options& options = {});

// The text the pipeline reads from these bytes, as UTF-8: decoded text as it
// is (line endings kept), or what a PDF file's pages hold, one line per line
// of a page and a form feed before each page after the first. The "lines"
// of parse's output count the lines of this text.
std::string read_text(std::string_view bytes, const Options& options = {});
// The same, taking the bytes: where they are the text (well-formed UTF-8
// without a byte-order mark), they are handed back, not copied.
std::string read_text_owning(std::string&& bytes, const Options& options = {});

std::string sha256_hex(std::string_view bytes);

const char* version();

}  // namespace undoc
