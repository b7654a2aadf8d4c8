// analyze: optional passes over paragraph text (ICU word and sentence breaks).
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "undoc/model.hpp"

namespace undoc {

// A token of a text (docs/tokens.md). `offset` and `length` count code
// points of the text it indexes; a footnote marker (kind "footnote") was
// taken out of the text by the parser: it has the marker's id as its text,
// stands at the offset where the marker stood, and has length 0.
struct Token {
  std::string text;
  int offset = 0;
  int length = 0;
  int sentence = 0;                // 0-based sentence index in the text
  const char* kind = "word";       // word, punct, number, symbol, resolution, years, ordinal,
                                   // paragraph, date, time, amount, percent, footnote
};

// Words of a text: UN units kept whole, ICU's word break for the rest, the
// UN term list (data/terms/) and any added lists applied over ICU's segments.
// Whitespace is no token. `markers`: the text's footnote markers, by offset.
std::vector<Token> tokenize(std::string_view text, const std::vector<FootnoteRef>& markers = {});

// Sentences of a text as [start, end) code-point offsets: ICU's sentence
// break, never inside “…” 《…》 「…」 『…』.
std::vector<std::pair<int, int>> sentences(std::string_view text);

// Adds a term list in the data/terms format (`term` or `term<TAB>w1 w2 ...`
// per line, # comments). Must come before the first tokenize(); throws
// std::runtime_error "NAME:LINE: why" on a bad line.
void add_terms(std::string data, const std::string& name);
void add_terms_file(const std::string& path);

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

// Token rows of every text of a document (docs/tokens.md): a "document" row,
// then one row per token with the JSON pointer of the text it indexes in
// parse's output. `doc` numbers the document in the run (1-based).
std::string render_tokens_csv_header();
std::string render_tokens_csv(const Document& doc, size_t doc_number);
std::string render_tokens_jsonl(const Document& doc, size_t doc_number);
// The same rows for a plain text, each line tokenised as it stands (tokens --lines).
std::string render_line_tokens_csv(const Document& doc, std::string_view text, size_t doc_number);
std::string render_line_tokens_jsonl(const Document& doc, std::string_view text, size_t doc_number);
// The same rows handed to `out` about a megabyte at a time, so that a large
// document's rows are never held whole (the same bytes as render_*'s, joined).
void write_tokens_csv(const Document& doc, size_t doc_number, const std::function<void(std::string_view)>& out);
void write_tokens_jsonl(const Document& doc, size_t doc_number, const std::function<void(std::string_view)>& out);
void write_line_tokens_csv(const Document& doc, std::string_view text, size_t doc_number,
                           const std::function<void(std::string_view)>& out);
void write_line_tokens_jsonl(const Document& doc, std::string_view text, size_t doc_number,
                             const std::function<void(std::string_view)>& out);

}  // namespace undoc
