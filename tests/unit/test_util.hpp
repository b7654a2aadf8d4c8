// Helpers shared by the unit tests.
#pragma once
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "undoc/undoc.hpp"

namespace undoc::test {

// A file of the repository, as bytes.
inline std::string read_file(const std::string& rel) {
  std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// UTF-8 text in another encoding, by ICU.
inline std::string reencode(const std::string& utf8, const char* charset) {
  UErrorCode ec = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &ec);
  EXPECT_TRUE(U_SUCCESS(ec)) << u_errorName(ec);
  out.resize(static_cast<size_t>(n));
  return out;
}

// A text parsed, not validated, its tree checked (check_tree) as it is made.
inline Document doc_of(const std::string& text) {
  Options o;
  o.validate = false;
  Document d = convert(text, "t.txt", o);
  auto problems = check_tree(d);
  EXPECT_TRUE(problems.empty()) << problems.front();
  return d;
}

// The body's nodes of one kind, depth first (nested ones included).
inline std::vector<const Node*> nodes_of(const Document& d, NodeKind kind) {
  std::vector<const Node*> out;
  walk(d.body, [&](const Node& n) {
    if (n.kind == kind) out.push_back(&n);
  });
  return out;
}

}  // namespace undoc::test
