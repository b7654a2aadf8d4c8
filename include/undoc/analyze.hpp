// analyze: optional passes over paragraph text (ICU word and sentence breaks).
#pragma once
#include <string>
#include <vector>

#include "undoc/model.hpp"

namespace undoc {

struct Token {
  std::string text;
  int offset = 0;    // code-point offset in the paragraph text
  int sentence = 0;  // 0-based sentence index in the paragraph
  std::string kind;  // "word" (letters or ideographs), "number", "punct"
};

// ICU's word break rules (dictionary-based for Chinese); spaces are dropped.
std::vector<Token> tokenize(const std::string& text);

// tokens of every paragraph, one CSV row or JSON object per token
std::string render_tokens_csv(const std::vector<const Document*>& docs, bool header = true);
std::string render_tokens_jsonl(const Document& doc);

}  // namespace undoc
