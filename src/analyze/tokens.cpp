// Token rows (undoc tokens, parse -f csv --table tokens): every text of a
// document, each token with the JSON pointer of the text it indexes in parse's
// output (docs/tokens.md).
#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <memory>

#include "segment.hpp"
#include "undoc/analyze.hpp"
#include "undoc/emit.hpp"
#include "undoc/text.hpp"

namespace undoc {
namespace {

// One text of a document: where it stands in parse's JSON (a view, valid
// for the call it is passed to), its first line.
struct TextRef {
  std::string_view ptr;
  int line = 0;
  const std::string* text = nullptr;
  const std::vector<FootnoteRef>* markers = nullptr;
};

template <class Int>
void append_int(std::string& out, Int v) {
  char num[24];
  auto [end, ec] = std::to_chars(num, num + sizeof num, v);
  out.append(num, end);
}

// The texts of `nodes`, their pointers `path`/i/... (one buffer for the whole
// walk, grown and cut back: a string made per node and per text, and another
// for each child list, cost more than the walk)
template <class F>
void walk_nodes(const std::vector<Node>& nodes, std::string& path, F&& f) {
  const size_t base = path.size();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    path.resize(base);
    path += '/';
    append_int(path, i);
    const size_t node = path.size();
    switch (n.kind) {
      case NodeKind::Section:
        path += "/title";
        f(TextRef{path, n.lines.first, &n.title, nullptr});
        path.resize(node);
        path += "/children";
        walk_nodes(n.children, path, f);
        break;
      case NodeKind::Paragraph:
        path += "/text";
        f(TextRef{path, n.lines.first, &n.text, &n.footnote_refs.vec()});
        break;
      case NodeKind::Table:
        for (size_t r = 0; r < n.rows.size(); ++r)
          for (size_t c = 0; c < n.rows[r].size(); ++c) {
            path.resize(node);
            path += "/rows/";
            append_int(path, r);
            path += '/';
            append_int(path, c);
            // (the markers taken out of the cell: its tokens put them back at their offsets)
            std::vector<FootnoteRef> refs;
            for (const auto& ref : n.footnote_refs)
              if (ref.row == static_cast<int>(r) && ref.col == static_cast<int>(c)) refs.push_back(ref);
            f(TextRef{path, n.lines.first, &n.rows[r][c], refs.empty() ? nullptr : &refs});
          }
        break;
    }
  }
  path.resize(base);
}

// Every text of the document in the order of parse's output.
template <class F>
void for_each_text(const Document& d, F&& f) {
  const FrontMatter& fm = d.front_matter;
  std::string path;
  auto at = [&](std::string p) -> std::string& {
    path = std::move(p);
    return path;
  };
  if (fm.session_text) f(TextRef{"/front_matter/session/text", fm.lines.first, &*fm.session_text, nullptr});
  for (size_t i = 0; i < fm.agenda_items.size(); ++i)
    f(TextRef{at(fmt::format("/front_matter/agenda_items/{}/title", i)), fm.agenda_items[i].lines.first,
              &fm.agenda_items[i].title, nullptr});
  if (fm.title) f(TextRef{"/front_matter/title", fm.lines.first, &*fm.title, nullptr});
  if (fm.subtitle) f(TextRef{"/front_matter/subtitle", fm.lines.first, &*fm.subtitle, nullptr});
  for (size_t i = 0; i < fm.notes.size(); ++i)
    f(TextRef{at(fmt::format("/front_matter/notes/{}", i)), fm.lines.first, &fm.notes[i], nullptr});
  if (fm.adoption) f(TextRef{"/front_matter/adoption/text", fm.adoption->lines.first, &fm.adoption->text, nullptr});
  if (fm.meeting) f(TextRef{"/front_matter/meeting/text", fm.lines.first, &fm.meeting->text, nullptr});
  walk_nodes(fm.paragraphs, at("/front_matter/paragraphs"), f);
  if (d.toc.present)
    for (size_t i = 0; i < d.toc.entries.size(); ++i)
      f(TextRef{at(fmt::format("/toc/entries/{}/title", i)), d.toc.entries[i].lines.first, &d.toc.entries[i].title,
                nullptr});
  walk_nodes(d.body, at("/body"), f);
  for (size_t i = 0; i < d.annexes.size(); ++i) {
    const Annex& a = d.annexes[i];
    if (a.caption) f(TextRef{at(fmt::format("/annexes/{}/caption", i)), a.lines.first, &*a.caption, nullptr});
    f(TextRef{at(fmt::format("/annexes/{}/title", i)), a.lines.first, &a.title, nullptr});
    walk_nodes(a.children, at(fmt::format("/annexes/{}/children", i)), f);
  }
  for (size_t i = 0; i < d.footnotes.size(); ++i)
    f(TextRef{at(fmt::format("/footnotes/{}/text", i)), d.footnotes[i].lines.first, &d.footnotes[i].text, nullptr});
  for (size_t i = 0; i < d.closing.size(); ++i)
    f(TextRef{at(fmt::format("/closing/{}/text", i)), d.closing[i].line, &d.closing[i].text, nullptr});
}

const std::vector<FootnoteRef> kNoMarkers;

std::string json_string(std::string_view s) {
  return Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// n bytes at p, for W <= n <= 2W: a word of W bytes (a Word) from each end,
// the two overlapping where n < 2W
struct Bytes16 {
  char b[16];
};
template <class Word, size_t W = sizeof(Word)>
[[gnu::always_inline]] inline char* put_ends(char* p, const char* s, size_t n) {
  Word a, b;
  std::memcpy(&a, s, W);
  std::memcpy(&b, s + n - W, W);
  std::memcpy(p, &a, W);
  std::memcpy(p + n - W, &b, W);
  return p + n;
}

// n bytes at p (a row's pieces are a few bytes each: two overlapping word
// copies for 4 to 32 bytes, where a loop cost three instructions a byte and a
// call of memcpy more than the copy; 17 to 32 bytes: a head of `undoc
// tokens`' rows, its pointer and line)
[[gnu::always_inline]] inline char* put_bytes(char* p, const char* s, size_t n) {
  if (n >= 8) {  // (the tests in this order: most pieces are of 8 to 16 bytes)
    if (n > 16) {
      if (n > 32) {
        std::memcpy(p, s, n);
        return p + n;
      }
      return put_ends<Bytes16>(p, s, n);
    }
    return put_ends<uint64_t>(p, s, n);
  }
  if (n >= 4) return put_ends<uint32_t>(p, s, n);
  for (size_t i = 0; i < n; ++i) p[i] = s[i];
  return p + n;
}

// True when some byte of s is below '-', eight bytes at a time ((x - 0x2D
// in every byte) & ~x has a top bit set exactly when a byte of x is below
// 0x2D, a bound not above 0x80; the last piece read overlapping the one
// before, a field of 4 to 7 bytes as its first and last four).
bool any_below_dash(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kTops = 0x8080808080808080u;
  auto below = [](uint64_t x) { return ((x - kOnes * '-') & ~x & kTops) != 0; };
  const char* d = s.data();
  const size_t n = s.size();
  if (n >= 8) {
    uint64_t x;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&x, d + i, 8);
      if (below(x)) return true;
    }
    std::memcpy(&x, d + n - 8, 8);
    return below(x);
  }
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, d, 4);
    std::memcpy(&b, d + n - 4, 4);
    return below(a | uint64_t{b} << 32);
  }
  for (size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(d[i]) < '-') return true;
  return false;
}

// a CSV field (emit.hpp's append_csv_field) written at p, which has room for
// 2 * s.size() + 2 bytes; returns its end (the field looked through first:
// the characters that quote it are all below '-', and so is no byte of a
// character beyond ASCII; then copied whole)
char* put_csv_field(char* p, std::string_view s) {
  if (!any_below_dash(s)) return put_bytes(p, s.data(), s.size());
  for (char c : s) {
    if (static_cast<unsigned char>(c) < '-' && (c == ',' || c == '"' || c == '\r' || c == '\n')) {
      *p++ = '"';
      for (char d : s) {
        if (d == '"') *p++ = '"';
        *p++ = d;
      }
      *p++ = '"';
      return p;
    }
  }
  return put_bytes(p, s.data(), s.size());
}

// (a sentence number or an offset: mostly one to three digits)
char* put_int(char* p, int v) {
  if (v >= 0 && v < 10) {
    *p = static_cast<char>('0' + v);
    return p + 1;
  }
  return std::to_chars(p, p + 12, v).ptr;
}

// Room for a text's rows before they are appended to the output: the
// calling thread's, kept from text to text and never cleared (made in the
// output by a resize, the room was zeroed for each text, about twice the bytes
// its rows took: 2% of `undoc tokens`).
char* row_room(size_t n) {
  thread_local std::unique_ptr<char[]> buf;
  thread_local size_t size = 0;
  if (n > size) {
    size = std::max(n, 2 * size);
    buf = std::make_unique_for_overwrite<char[]>(size);
  }
  return buf.get();
}

// Where a document's rows go: appended to `buf`, which is handed to `out`
// (when there is one: write_tokens_csv and the like) whenever it holds
// kChunk bytes or more, so that a large document's rows are never held whole.
struct RowSink {
  static constexpr size_t kChunk = size_t{1} << 20;
  std::string& buf;
  const std::function<void(std::string_view)>* out = nullptr;
  void rows_done() {
    if (out && buf.size() >= kChunk) {
      (*out)(buf);
      buf.clear();
    }
  }
};

// (`tokens`, `head`: the caller's buffers, kept from text to text; a head
// formatted anew for each text of --lines, a line, was a cost of its own)
// A text's rows are written into room made for the most they can take (each
// field quoted, the numbers at their longest) and the rest cut off: appended
// piece by piece, each of a row's nine pieces paid std::string's checks.
void csv_rows(RowSink& sink, std::vector<detail::TokenView>& tokens, std::string& head, size_t doc,
              std::string_view ptr, int line, std::string_view text, const std::vector<FootnoteRef>& markers) {
  head.clear();
  append_int(head, doc);
  head += ',';
  append_csv_field(head, ptr);
  head += ',';
  append_int(head, line);
  head += ',';
  // (`bound`: the tokens' texts are pieces of the text, one after the
  // other, or footnote markers' ids: their bytes are at most the text's and
  // the ids')
  auto rows = [&](std::vector<detail::TokenView>& toks, size_t bound) {
    if (toks.empty()) return;
    constexpr size_t kIntMost = 11;   // an int's digits and sign
    constexpr size_t kKindMost = 16;  // the longest kind, "resolution", and more
    const size_t most =
        2 * bound + toks.size() * (head.size() + 2 * kIntMost + kKindMost + 2 + 2 + 2);  // the numbers, the quotes, , , \n
    char* const start = row_room(most);
    char* p = start;
    for (const detail::TokenView& t : toks) {
      p = put_bytes(p, head.data(), head.size());
      p = put_int(p, t.sentence);
      *p++ = ',';
      p = put_int(p, t.offset);
      *p++ = ',';
      p = put_csv_field(p, t.text);
      *p++ = ',';
      p = put_bytes(p, t.kind.data(), t.kind.size());
      *p++ = '\n';
    }
    sink.buf.append(start, static_cast<size_t>(p - start));
    sink.rows_done();
  };
  detail::tokenize_pieces(text, markers, tokens, detail::kPieceBytes, rows);
}

// A JSON string of s as json_string writes it (nlohmann's dump, ensure_ascii
// off: " \\ and the control characters escaped, \u00xx in lower case for
// those without a short escape, everything else as it is) at p, which has room
// for 6 * s.size() + 2 bytes; nullptr if s is not well-formed UTF-8 (for
// json_string, which replaces what is not).
char* put_json_string(char* p, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  *p++ = '"';
  for (int32_t i = 0; i < n;) {
    const uint8_t c = b[i];
    if (c >= 0x80) {
      int32_t j = i;
      UChar32 cp;
      U8_NEXT(b, j, n, cp);
      if (cp < 0) return nullptr;
      while (i < j) *p++ = static_cast<char>(b[i++]);
      continue;
    }
    ++i;
    switch (c) {
      case '"': *p++ = '\\'; *p++ = '"'; break;
      case '\\': *p++ = '\\'; *p++ = '\\'; break;
      case '\b': *p++ = '\\'; *p++ = 'b'; break;
      case '\f': *p++ = '\\'; *p++ = 'f'; break;
      case '\n': *p++ = '\\'; *p++ = 'n'; break;
      case '\r': *p++ = '\\'; *p++ = 'r'; break;
      case '\t': *p++ = '\\'; *p++ = 't'; break;
      default:
        if (c < 0x20) {
          *p++ = '\\'; *p++ = 'u'; *p++ = '0'; *p++ = '0';
          *p++ = kHex[c >> 4];
          *p++ = kHex[c & 15];
        } else {
          *p++ = static_cast<char>(c);
        }
    }
  }
  *p++ = '"';
  return p;
}

// (`tokens`, `head`: the caller's buffers.) Written like csv_rows' rows, into
// room made for the most they can take: a row formatted by fmt, its token by
// nlohmann's dump, cost more than tokenising it.
void jsonl_rows(RowSink& sink, std::vector<detail::TokenView>& tokens, std::string& head, size_t doc,
                const std::string_view* ptr, int line, std::string_view text, const std::vector<FootnoteRef>& markers) {
  head = fmt::format("{{\"doc\":{},\"ptr\":{},\"line\":{},", doc, ptr ? json_string(*ptr) : "null", line);
  auto rows = [&](std::vector<detail::TokenView>& toks, size_t) {
    if (toks.empty()) return;
    static constexpr std::string_view kSentence = "\"sentence\":", kOffset = ",\"offset\":", kToken = ",\"token\":",
                                      kKind = ",\"kind\":\"", kEnd = "\"}\n";
    constexpr size_t kIntMost = 11;
    const size_t fixed = head.size() + kSentence.size() + kOffset.size() + kToken.size() + kKind.size() + kEnd.size() +
                         2 * kIntMost + 2;
    std::string& out = sink.buf;
    size_t most = 0;
    for (const detail::TokenView& t : toks) most += fixed + 6 * t.text.size() + t.kind.size();
    size_t at = out.size();
    out.resize(at + most);
    for (const detail::TokenView& t : toks) {
      char* const start = out.data();
      char* p = start + at;
      p = put_bytes(p, head.data(), head.size());
      p = put_bytes(p, kSentence.data(), kSentence.size());
      p = put_int(p, t.sentence);
      p = put_bytes(p, kOffset.data(), kOffset.size());
      p = put_int(p, t.offset);
      p = put_bytes(p, kToken.data(), kToken.size());
      if (char* e = put_json_string(p, t.text)) {
        p = e;
      } else {
        // not UTF-8: json_string's replacements, room made for them
        const std::string js = json_string(t.text);
        const size_t done = static_cast<size_t>(p - start);
        out.resize(out.size() + js.size());
        p = out.data() + done;
        p = put_bytes(p, js.data(), js.size());
      }
      p = put_bytes(p, kKind.data(), kKind.size());
      p = put_bytes(p, t.kind.data(), t.kind.size());
      p = put_bytes(p, kEnd.data(), kEnd.size());
      at = static_cast<size_t>(p - out.data());
    }
    out.resize(at);
    sink.rows_done();
  };
  detail::tokenize_pieces(text, markers, tokens, detail::kPieceBytes, rows);
}

std::string document_row_csv(const Document& d, size_t doc) {
  return fmt::format("{},,,,,{},document\n", doc, csv_field(d.source.name));
}

std::string document_row_jsonl(const Document& d, size_t doc) {
  Json j;
  j["doc"] = doc;
  j["kind"] = "document";
  j["source"] = d.source.name;
  j["format"] = d.source.format;
  j["sha256"] = d.source.sha256;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

// Reserves a document's token rows ahead of them. Rows take several times
// the bytes of their text (a row per word of two or three characters, each
// with its document, pointer and line: about 5 times with --lines and 13
// without for bench/tokens_speed.sh's text), and a string grown by doubling
// copies all its rows at each step and ends up touching twice the memory it
// holds, a page fault per page: once a sixteenth of the text is tokenised,
// the rows so far scaled to the whole text, and an eighth more, are reserved
// (were that short, it doubles from there as before).
class ReserveAhead {
 public:
  explicit ReserveAhead(size_t text_bytes) : total_(text_bytes) {}
  // after the rows of `bytes` more of the text
  void advance(std::string& out, size_t bytes) {
    done_ += bytes;
    if (reserved_ || done_ * 16 < total_ || done_ >= total_) return;
    reserved_ = true;
    out.reserve(static_cast<size_t>(static_cast<double>(out.size()) * total_ / done_ * 1.125));
  }

 private:
  size_t total_, done_ = 0;
  bool reserved_ = false;
};

// The bytes of every text of the document (for_each_text).
size_t text_bytes(const Document& d) {
  size_t bytes = 0;
  for_each_text(d, [&](const TextRef& r) { bytes += r.text->size(); });
  return bytes;
}

// each line of a plain text, a page's form feed dropped (offsets count from its text)
template <class F>
void each_text_line(std::string_view text, F&& f) {
  for_each_line(text, [&](int number, std::string_view l) {
    if (!l.empty() && l.front() == '\f') l.remove_prefix(1);
    f(number, l);
  });
}

}  // namespace

std::string render_tokens_csv_header() { return "doc,ptr,line,sentence,offset,token,kind\n"; }

namespace {

using Out = std::function<void(std::string_view)>;

// A document's rows through `sink`: every text of the document (for_each_text)
// or each line of `lines` (--lines), as CSV or JSON Lines. Without an output
// (`render_*`), the rows are kept whole and room for them reserved ahead.
void document_rows(const Document& d, const std::string_view* lines, size_t doc, bool jsonl, RowSink sink) {
  sink.buf += jsonl ? document_row_jsonl(d, doc) : document_row_csv(d, doc);
  std::vector<detail::TokenView> tokens;
  std::string head;
  if (lines) {
    ReserveAhead ahead(sink.out ? 0 : lines->size());
    each_text_line(*lines, [&](int line, std::string_view l) {
      if (jsonl) jsonl_rows(sink, tokens, head, doc, nullptr, line, l, kNoMarkers);
      else csv_rows(sink, tokens, head, doc, "", line, l, kNoMarkers);
      ahead.advance(sink.buf, l.size() + 1);  // (and its line end)
    });
  } else {
    // (walked twice, the bytes first: the texts' pointers are made as the walk goes)
    ReserveAhead ahead(sink.out ? 0 : text_bytes(d));
    for_each_text(d, [&](const TextRef& r) {
      const std::vector<FootnoteRef>& markers = r.markers ? *r.markers : kNoMarkers;
      if (jsonl) jsonl_rows(sink, tokens, head, doc, &r.ptr, r.line, *r.text, markers);
      else csv_rows(sink, tokens, head, doc, r.ptr, r.line, *r.text, markers);
      ahead.advance(sink.buf, r.text->size());
    });
  }
  if (sink.out && !sink.buf.empty()) (*sink.out)(sink.buf);
}

std::string rendered(const Document& d, const std::string_view* lines, size_t doc, bool jsonl) {
  std::string out;
  document_rows(d, lines, doc, jsonl, RowSink{out});
  return out;
}

void written(const Document& d, const std::string_view* lines, size_t doc, bool jsonl, const Out& out) {
  std::string buf;
  document_rows(d, lines, doc, jsonl, RowSink{buf, &out});
}

}  // namespace

std::string render_tokens_csv(const Document& d, size_t doc) { return rendered(d, nullptr, doc, false); }
std::string render_tokens_jsonl(const Document& d, size_t doc) { return rendered(d, nullptr, doc, true); }
std::string render_line_tokens_csv(const Document& d, std::string_view text, size_t doc) {
  return rendered(d, &text, doc, false);
}
std::string render_line_tokens_jsonl(const Document& d, std::string_view text, size_t doc) {
  return rendered(d, &text, doc, true);
}

void write_tokens_csv(const Document& d, size_t doc, const Out& out) { written(d, nullptr, doc, false, out); }
void write_tokens_jsonl(const Document& d, size_t doc, const Out& out) { written(d, nullptr, doc, true, out); }
void write_line_tokens_csv(const Document& d, std::string_view text, size_t doc, const Out& out) {
  written(d, &text, doc, false, out);
}
void write_line_tokens_jsonl(const Document& d, std::string_view text, size_t doc, const Out& out) {
  written(d, &text, doc, true, out);
}

}  // namespace undoc
