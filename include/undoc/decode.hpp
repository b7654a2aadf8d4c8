// decode: bytes -> text. Only this stage looks at bytes.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "undoc/model.hpp"
#include "undoc/text.hpp"

namespace undoc {

struct DecodeOptions {
  bool lenient = false;         // replace undecodable bytes with U+FFFD and warn
  std::string encoding;         // force an encoding ("" = detect)
};

struct DecodedText {
  U32 text;                     // code points, line endings as in the input
  std::string encoding;         // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"
  std::vector<Diagnostic> diagnostics;  // lenient replacements, empty input
};

// An input that cannot be read as text. `offset` is the byte offset of the
// first offending byte.
struct InputError : std::runtime_error {
  std::size_t offset;
  std::string code;
  InputError(std::string code_, std::size_t offset_, const std::string& what)
      : std::runtime_error(what), offset(offset_), code(std::move(code_)) {}
};

DecodedText decode(std::string_view bytes, const DecodeOptions& options = {});

// Whether ICU has a converter by that name (for --encoding).
bool known_encoding(const std::string& name);

}  // namespace undoc
