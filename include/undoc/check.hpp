// The invariants of a parsed Document, checked in one place (as cmark's
// cmark_node_check does): the tests and the fuzzer run it on every output.
#pragma once
#include <string>
#include <vector>

#include "undoc/model.hpp"

namespace undoc {

// Empty when the tree is sound; otherwise one message per broken rule.
std::vector<std::string> check_tree(const Document& doc);

}  // namespace undoc
