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

// References in paragraph text (undoc parse --analyze): UN document symbols
// (A/61/150), resolutions and decisions (第 60/227 号决议), dates
// (2006 年 7 月 12 日 -> 2006-07-12) and instruments in 《》.
std::vector<Reference> find_references(const std::string& text);

// An agenda table (time ranges in its first column) as a schedule; empty
// when the table is no agenda.
std::vector<ScheduleItem> read_schedule(const Node& table);

// Adds references to every paragraph and footnote, and schedules to agenda
// tables (doc.analyzed).
void analyze(Document& doc);

// tokens of every paragraph, one CSV row or JSON object per token
std::string render_tokens_csv(const std::vector<const Document*>& docs, bool header = true);
std::string render_tokens_jsonl(const Document& doc);

}  // namespace undoc
