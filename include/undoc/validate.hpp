// validate: rules over a Document, each with a stable code
// (docs/diagnostics.md lists them all).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "undoc/model.hpp"

namespace undoc {

std::vector<Diagnostic> validate(const Document& doc);

// "上午 10 时 35 分 至 11 时 45 分" -> {635, 705} (minutes after midnight)
std::optional<std::pair<int, int>> parse_time_range(const std::string& cell);

}  // namespace undoc
