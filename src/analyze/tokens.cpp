#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>

#include <memory>

#include "../emit/rows.hpp"
#include "undoc/analyze.hpp"
#include "undoc/emit.hpp"

namespace undoc {
namespace {

std::unique_ptr<icu::BreakIterator> make(bool words) {
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(words ? icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), ec)
                                               : icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), ec));
  if (U_FAILURE(ec)) return nullptr;
  return it;
}

}  // namespace

std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  // One iterator pair per thread: creating them is the expensive part.
  thread_local std::unique_ptr<icu::BreakIterator> words = make(true), sentences = make(false);
  if (!words || !sentences) return out;
  words->setText(u);
  sentences->setText(u);
  // sentence boundaries, as UTF-16 offsets
  std::vector<int32_t> sentence_ends;
  for (int32_t e = sentences->next(); e != icu::BreakIterator::DONE; e = sentences->next()) sentence_ends.push_back(e);
  size_t sentence = 0;
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
    int32_t status = words->getRuleStatus();
    icu::UnicodeString piece = u.tempSubStringBetween(start, end);
    bool space = true;
    for (int32_t i = 0; i < piece.length() && space; ++i) space = u_isUWhiteSpace(piece.char32At(i));
    while (sentence + 1 < sentence_ends.size() && start >= sentence_ends[sentence]) ++sentence;
    if (space) continue;
    Token t;
    piece.toUTF8String(t.text);
    t.offset = u.countChar32(0, start);
    t.sentence = static_cast<int>(sentence);
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) t.kind = "number";
    else if (status >= UBRK_WORD_LETTER) t.kind = "word";
    else t.kind = "punct";
    out.push_back(std::move(t));
  }
  return out;
}

std::string render_tokens_csv(const std::vector<const Document*>& docs, bool header) {
  std::string out;
  if (header) out += "source,part,paragraph,line_start,sentence,token,offset,kind\n";
  for (const Document* d : docs)
    for (const auto& r : detail::paragraph_rows(*d)) {
      const Node& p = *r.paragraph;
      std::string number = p.paragraph_number ? fmt::format("{}", *p.paragraph_number) : "";
      for (const auto& t : tokenize(p.text))
        out += fmt::format("{},{},{},{},{},{},{},{}\n", csv_field(d->source.name), r.part, number, p.lines.first,
                           t.sentence, csv_field(t.text), t.offset, t.kind);
    }
  return out;
}

std::string render_tokens_jsonl(const Document& doc) {
  std::string out;
  for (const auto& r : detail::paragraph_rows(doc)) {
    const Node& p = *r.paragraph;
    for (const auto& t : tokenize(p.text)) {
      Json j;
      j["source"] = doc.source.name;
      j["part"] = r.part;
      j["paragraph"] = p.paragraph_number ? Json(*p.paragraph_number) : Json(nullptr);
      j["line_start"] = p.lines.first;
      j["sentence"] = t.sentence;
      j["token"] = t.text;
      j["offset"] = t.offset;
      j["kind"] = t.kind;
      out += j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    }
  }
  return out;
}

}  // namespace undoc
