#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cstring>
#include <functional>
#include <type_traits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "rows.hpp"
#include "undoc/analyze.hpp"
#include "undoc/emit.hpp"

namespace undoc {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "?";
}

namespace {

// ---- writers ------------------------------------------------------------------
// The document is described once (write_document and the functions below it,
// templates over a writer) and handed to one of two writers: TextWriter
// writes the JSON text itself, the bytes nlohmann's dump(2 or -1, ' ', false,
// replace) gives of the same tree (render_json, write_json, render_jsonl:
// no tree is built, nor freed); TreeWriter builds the ordered_json tree
// (to_json, diagnostic_json). A unit test holds the text to the tree's dump.

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <>
struct is_optional<OptString> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T>
struct is_vector<SparseVector<T>> : std::true_type {};

// a value of the model: null, a boolean, an integer, a string, an optional
// one or a vector of them
template <class W, class T>
void put(W& w, const T& v) {
  if constexpr (std::is_same_v<T, std::nullptr_t>) w.null();
  else if constexpr (std::is_same_v<T, bool>) w.boolean(v);
  else if constexpr (std::is_integral_v<T>) w.integer(v);
  else if constexpr (is_optional<T>::value) {
    if (v) put(w, *v);
    else w.null();
  } else if constexpr (is_vector<T>::value) {
    w.begin_array();
    for (const auto& e : v) put(w, e);
    w.end_array();
  } else if constexpr (std::is_array_v<T>) {
    w.literal(v);  // (the words written as they stand: "section", "zh")
  } else {
    w.string(std::string_view(v));
  }
}

// What a byte of a string asks of the writer: kept as it is (ASCII but a
// control character, quote or backslash), escaped, or the first of a UTF-8
// sequence, by the second bytes it allows (Unicode's table 3-7, which
// nlohmann's decoder follows); anything else is ill-formed.
enum ByteClass : unsigned char {
  kKeep,
  kEscape,
  kLead2,     // C2..DF
  kLead3,     // E1..EC, EE..EF
  kLead3E0,   // E0: A0..BF
  kLead3ED,   // ED: 80..9F
  kLead4,     // F1..F3
  kLead4F0,   // F0: 90..BF
  kLead4F4,   // F4: 80..8F
  kIllFormed  // 80..C1, F5..FF
};
constexpr auto kByteClass = [] {
  std::array<ByteClass, 256> t{};
  for (int c = 0; c < 256; ++c) {
    ByteClass k = kIllFormed;
    if (c < 0x20 || c == '"' || c == '\\') k = kEscape;
    else if (c < 0x80) k = kKeep;
    else if (c >= 0xC2 && c <= 0xDF) k = kLead2;
    else if (c == 0xE0) k = kLead3E0;
    else if (c == 0xED) k = kLead3ED;
    else if (c >= 0xE1 && c <= 0xEF) k = kLead3;
    else if (c == 0xF0) k = kLead4F0;
    else if (c == 0xF4) k = kLead4F4;
    else if (c >= 0xF1 && c <= 0xF3) k = kLead4;
    t[c] = k;
  }
  return t;
}();

inline bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// JSON text into a string, laid out as nlohmann's dump: pretty (indent 2,
// "key": value) or compact. It writes through a cursor into the string's
// storage, grown ahead of need (the string's size is its capacity while
// writing; finish() cuts it to the text). With a sink, the text so far is
// handed to it whenever a container closes past `chunk` bytes (write_json).
class TextWriter {
 public:
  TextWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {
    const size_t used = out_.size();
    out_.resize(std::max(out_.capacity(), used + 4096));
    p_ = out_.data() + used;
    end_ = out_.data() + out_.size();
    first_.resize(32);
  }
  // (writing from the start of `out` over whatever its bytes hold, its size
  // kept when finished: a buffer used again for each document, not cleared
  // and filled with zeros each time; written() is the text's length)
  struct Reuse {};
  TextWriter(std::string& out, bool pretty, Reuse) : out_(out), pretty_(pretty), keep_(true) {
    if (out_.size() < 4096) out_.resize(4096);
    p_ = out_.data();
    end_ = out_.data() + out_.size();
    first_.resize(32);
  }
  size_t written() const { return written_; }
  TextWriter(const TextWriter&) = delete;
  TextWriter& operator=(const TextWriter&) = delete;
  ~TextWriter() { finish(); }
  void set_sink(const std::function<void(std::string_view)>* sink, size_t chunk) { sink_ = sink, chunk_ = chunk; }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // (keys are the literals below: nothing in them to escape)
  template <size_t N>
  void key(const char (&k)[N]) {
    // (in an object, after a value or none: the comma, the line end and
    // indent and the key written through one cursor, room asked once)
    if (!after_key_ && depth_ != 0 && (!pretty_ || depth_ <= 16)) {
      need(N + 40);
      char* q = p_;
      if (!first_[depth_]) *q++ = ',';
      first_[depth_] = false;
      if (pretty_) {
        static constexpr char nl[] = "\n                                ";
        std::memcpy(q, nl, 33);
        q += depth_ * 2 + 1;
      }
      *q++ = '"';
      std::memcpy(q, k, N - 1);
      q += N - 1;
      *q++ = '"';
      *q++ = ':';
      if (pretty_) *q++ = ' ';
      p_ = q;
      after_key_ = true;
      return;
    }
    separate();
    need(N + 3);
    *p_++ = '"';
    std::memcpy(p_, k, N - 1);
    p_ += N - 1;
    *p_++ = '"';
    *p_++ = ':';
    if (pretty_) *p_++ = ' ';
    after_key_ = true;
  }
  void null() { raw("null", 4); }
  void boolean(bool b) { b ? raw("true", 4) : raw("false", 5); }
  template <class T>
  void integer(T v) {
    separate();
    need(24);
    p_ = std::to_chars(p_, p_ + 24, v).ptr;
  }
  void string(std::string_view s) {
    separate();
    escaped(s);
  }
  // [a, b]: begin_array(), integer(a), integer(b), end_array() in one
  void pair(long a, long b) {
    separate();
    raw_char('[');
    newline(depth_ + 1);
    need(24);
    p_ = std::to_chars(p_, p_ + 24, a).ptr;
    raw_char(',');
    newline(depth_ + 1);
    need(24);
    p_ = std::to_chars(p_, p_ + 24, b).ptr;
    newline(depth_);
    raw_char(']');
    if (sink_ && static_cast<size_t>(p_ - out_.data()) >= chunk_) flush();
  }
  // a string literal of this file's ("section", "zh"): printable ASCII,
  // nothing in it to escape, copied as it stands; any other array of
  // characters (up to its NUL, as string() reads it) goes through string()
  template <size_t N>
  void literal(const char (&s)[N]) {
    const std::string_view v(s);
    for (const unsigned char c : v)
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return string(v);
    separate();
    need(v.size() + 2);
    *p_++ = '"';
    std::memcpy(p_, v.data(), v.size());
    p_ += v.size();
    *p_++ = '"';
  }
  // the text not yet handed to the sink
  void flush() {
    if (!sink_ || p_ == out_.data()) return;
    (*sink_)(std::string_view(out_.data(), static_cast<size_t>(p_ - out_.data())));
    p_ = out_.data();
  }
  // the string cut to the text written
  void finish() {
    if (p_ && keep_) written_ = static_cast<size_t>(p_ - out_.data());
    else if (p_) out_.resize(static_cast<size_t>(p_ - out_.data()));
    p_ = end_ = nullptr;
  }
  void raw_char(char c) {
    need(1);
    *p_++ = c;
  }

 private:
  void need(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) grow(n);
  }
  void grow(size_t n) {
    const size_t used = static_cast<size_t>(p_ - out_.data());
    out_.resize(std::max(out_.size() * 2, used + n + 4096));
    p_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }
  void raw(const char* s, size_t n) {
    separate();
    need(n);
    std::memcpy(p_, s, n);
    p_ += n;
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (!first_[depth_]) raw_char(',');
    first_[depth_] = false;
    newline(depth_);
  }
  void open(char c) {
    separate();
    raw_char(c);
    if (++depth_ >= first_.size()) first_.resize(first_.size() * 2);
    first_[depth_] = true;
  }
  void close(char c) {
    if (!first_[depth_]) newline(depth_ - 1);
    --depth_;
    raw_char(c);
    if (sink_ && static_cast<size_t>(p_ - out_.data()) >= chunk_) flush();
  }
  void newline(size_t depth) {
    if (!pretty_) return;
    const size_t n = depth * 2;
    // (up to 15 levels: the line end and its 32 bytes of spaces stored in
    // one fixed copy, the bytes past the indent overwritten after)
    if (n <= 32) {
      static constexpr char nl[] = "\n                                ";
      need(33);
      std::memcpy(p_, nl, 33);
      p_ += n + 1;
      return;
    }
    need(n + 9);  // (spaces stored 8 at a time: up to 7 past the end, overwritten after)
    *p_++ = '\n';
    for (size_t i = 0; i < n; i += 8) std::memcpy(p_ + i, "        ", 8);
    p_ += n;
  }

  // a string that is not well-formed UTF-8, written by nlohmann from `start`
  void replaced(size_t start, std::string_view s) {
    p_ = out_.data() + start;
    const std::string d = Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
    need(d.size());
    std::memcpy(p_, d.data(), d.size());
    p_ += d.size();
  }

  // A JSON string as nlohmann's dump writes it (ensure_ascii off): quote,
  // backslash and control characters escaped (\b \t \n \f \r, else \u00xx),
  // everything else as it is. A string that is not well-formed UTF-8 (a file
  // name can be anything) is written by nlohmann itself, which replaces its
  // ill-formed bytes.
  void escaped(std::string_view s) {
    const size_t start = static_cast<size_t>(p_ - out_.data());
    raw_char('"');
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    const auto* run = p;
    auto copy_run = [&] {
      const size_t n = static_cast<size_t>(p - run);
      need(n);
      std::memcpy(p_, run, n);
      p_ += n;
    };
    while (p < end) {
      // (most of a Chinese text: a three-byte character E1..EC or EE..EF
      // with its two continuation bytes, tested in one load)
#if defined(__SSE2__)
      // (four such characters per sixteen-byte load while they last: each
      // lead E0..EF but E0 and ED, its two bytes 80..BF; the load's last
      // four bytes not looked at)
      while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const auto X = static_cast<char>(0xFF), F0 = static_cast<char>(0xF0), C0 = static_cast<char>(0xC0),
                   E0 = static_cast<char>(0xE0), B8 = static_cast<char>(0x80);
        const __m128i shape_mask = _mm_setr_epi8(F0, C0, C0, F0, C0, C0, F0, C0, C0, F0, C0, C0, 0, 0, 0, 0);
        const __m128i shape = _mm_setr_epi8(E0, B8, B8, E0, B8, B8, E0, B8, B8, E0, B8, B8, 0, 0, 0, 0);
        const __m128i low_mask = _mm_setr_epi8(15, 0, 0, 15, 0, 0, 15, 0, 0, 15, 0, 0, 0, 0, 0, 0);
        const __m128i zero_at_leads = _mm_setr_epi8(0, X, X, 0, X, X, 0, X, X, 0, X, X, X, X, X, X);
        const __m128i d_at_leads = _mm_setr_epi8(13, X, X, 13, X, X, 13, X, X, 13, X, X, X, X, X, X);
        const __m128i ok = _mm_cmpeq_epi8(_mm_and_si128(v, shape_mask), shape);
        const __m128i low = _mm_and_si128(v, low_mask);
        const __m128i bad = _mm_or_si128(_mm_cmpeq_epi8(low, zero_at_leads), _mm_cmpeq_epi8(low, d_at_leads));
        if (_mm_movemask_epi8(_mm_andnot_si128(bad, ok)) != 0xFFFF) break;
        p += 12;
      }
#endif
      // (two such characters per eight-byte load while they last)
      while (end - p >= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        const uint64_t l0 = v & 0x0Fu, l1 = (v >> 24) & 0x0Fu;
        if ((v & 0xC0C0F0C0C0F0u) != 0x8080E08080E0u || l0 == 0 || l0 == 0x0D || l1 == 0 || l1 == 0x0D) break;
        p += 6;
      }
      while (end - p >= 4) {
        uint32_t w;
        std::memcpy(&w, p, 4);
        if ((w & 0xC0C0F0u) != 0x8080E0u || (w & 0x0Fu) == 0 || (w & 0x0Fu) == 0x0D) break;
        p += 3;
      }
      // (and eight ASCII bytes to keep at a time: none a control character,
      // quote or backslash)
      while (end - p >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        constexpr uint64_t ones = ~uint64_t{0} / 255, high = ones * 0x80;
        auto has_zero = [&](uint64_t x) { return (x - ones) & ~x & high; };
        if ((w & high) || ((w - ones * 0x20) & ~w & high) || has_zero(w ^ (ones * '"')) || has_zero(w ^ (ones * '\\')))
          break;
        p += 8;
      }
      if (p >= end) break;
      const unsigned char c = *p;
      const size_t left = static_cast<size_t>(end - p);
      switch (kByteClass[c]) {
        case kKeep: ++p; continue;
        case kEscape: break;
        case kLead3:
          if (left >= 3 && continuation(p[1]) && continuation(p[2])) {
            p += 3;
            continue;
          }
          return replaced(start, s);
        case kLead2:
          if (left >= 2 && continuation(p[1])) {
            p += 2;
            continue;
          }
          return replaced(start, s);
        case kLead3E0:
        case kLead3ED:
          if (left >= 3 && continuation(p[2]) &&
              (c == 0xE0 ? p[1] >= 0xA0 && p[1] <= 0xBF : p[1] >= 0x80 && p[1] <= 0x9F)) {
            p += 3;
            continue;
          }
          return replaced(start, s);
        case kLead4:
        case kLead4F0:
        case kLead4F4:
          if (left >= 4 && continuation(p[2]) && continuation(p[3]) &&
              (c == 0xF0 ? p[1] >= 0x90 && p[1] <= 0xBF : c == 0xF4 ? p[1] >= 0x80 && p[1] <= 0x8F : continuation(p[1]))) {
            p += 4;
            continue;
          }
          return replaced(start, s);
        case kIllFormed: return replaced(start, s);
      }
      copy_run();
      need(6);
      *p_++ = '\\';
      switch (c) {
        case '"': *p_++ = '"'; break;
        case '\\': *p_++ = '\\'; break;
        case '\b': *p_++ = 'b'; break;
        case '\t': *p_++ = 't'; break;
        case '\n': *p_++ = 'n'; break;
        case '\f': *p_++ = 'f'; break;
        case '\r': *p_++ = 'r'; break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          *p_++ = 'u', *p_++ = '0', *p_++ = '0', *p_++ = hex[c >> 4], *p_++ = hex[c & 15];
        }
      }
      run = ++p;
    }
    copy_run();
    raw_char('"');
  }

  std::string& out_;
  char* p_ = nullptr;    // where the next byte goes
  char* end_ = nullptr;  // the end of the string's storage
  bool pretty_;
  bool keep_ = false;     // (Reuse: the string's size kept at finish)
  size_t written_ = 0;
  bool after_key_ = false;
  size_t depth_ = 0;
  std::vector<char> first_;  // per open container: nothing written in it yet
  const std::function<void(std::string_view)>* sink_ = nullptr;
  size_t chunk_ = 0;
};

// An ordered_json tree, built as the text writer writes.
class TreeWriter {
 public:
  Json take() { return std::move(root_); }

  void begin_object() { stack_.push_back(&(slot() = Json::object())); }
  void end_object() { stack_.pop_back(); }
  void begin_array() { stack_.push_back(&(slot() = Json::array())); }
  void end_array() { stack_.pop_back(); }
  void key(const char* k) { key_ = k; }
  void null() { slot() = nullptr; }
  void boolean(bool b) { slot() = b; }
  template <class T>
  void integer(T v) {
    slot() = v;
  }
  void string(std::string_view s) { slot() = std::string(s); }
  template <size_t N>
  void literal(const char (&s)[N]) {
    string(std::string_view(s));
  }

 private:
  // where the next value goes (the keys are distinct: appended unsearched)
  Json& slot() {
    if (stack_.empty()) return root_;
    Json& top = *stack_.back();
    if (top.is_object()) return top.get_ptr<Json::object_t*>()->emplace_back(key_, nullptr).second;
    return top.get_ptr<Json::array_t*>()->emplace_back();
  }
  Json root_;
  std::vector<Json*> stack_;  // open containers (each the last value of the one before: it stays put)
  const char* key_ = "";
};

// ---- the document ------------------------------------------------------------

template <class W, size_t N, class T>
void field(W& w, const char (&k)[N], const T& v) {
  w.key(k);
  put(w, v);
}

template <class W>
void pair(W& w, long a, long b) {
  if constexpr (std::is_same_v<W, TextWriter>) {
    w.pair(a, b);
  } else {
    w.begin_array();
    w.integer(a);
    w.integer(b);
    w.end_array();
  }
}

template <class W>
void lines(W& w, const LineRange& r) {
  w.key("lines");
  if (r.empty()) return w.null();
  pair(w, r.first, r.last);
}

// A PDF file's nodes say on which pages they stand: [first, last].
template <class W>
void pages(W& w, const Source& src, const LineRange& r) {
  if (src.format != "pdf") return;
  w.key("pages");
  auto p = src.pages_of(r);
  if (!p) return w.null();
  pair(w, p->first, p->second);
}

template <class W>
void references(W& w, const std::vector<Reference>& rs) {
  w.key("references");
  w.begin_array();
  for (const auto& r : rs) {
    w.begin_object();
    field(w, "type", r.type);
    field(w, "text", r.text);
    field(w, "value", r.value);
    if (!r.end.empty()) field(w, "end", r.end);
    field(w, "offset", r.offset);
    w.end_object();
  }
  w.end_array();
}

// parse --analyze: a text's sentences as [start, end) code-point offsets
template <class W>
void sentences_of(W& w, const std::string& text) {
  w.key("sentences");
  w.begin_array();
  for (auto [s, e] : sentences(text)) pair(w, s, e);
  w.end_array();
}

// parse --tokens: a text's tokens (docs/tokens.md)
// The markers a table's cell r, c called a note with (offsets in the cell's text).
inline std::vector<FootnoteRef> cell_refs(const Node& t, size_t r, size_t c) {
  std::vector<FootnoteRef> out;
  for (const auto& ref : t.footnote_refs)
    if (ref.row == static_cast<int>(r) && ref.col == static_cast<int>(c)) out.push_back(ref);
  return out;
}

template <class W>
void token_items(W& w, const std::string& text, const std::vector<FootnoteRef>& markers = {}, int row = -1,
                 int col = -1) {
  for (const Token& t : tokenize(text, markers)) {
    w.begin_object();
    field(w, "token", t.text);
    field(w, "kind", t.kind);
    field(w, "offset", t.offset);
    field(w, "sentence", t.sentence);
    if (row >= 0) {
      field(w, "row", row);
      field(w, "col", col);
    }
    w.end_object();
  }
}
template <class W>
void tokens_of(W& w, const std::string& text, const std::vector<FootnoteRef>& markers = {}) {
  w.key("tokens");
  w.begin_array();
  token_items(w, text, markers);
  w.end_array();
}

template <class W>
void nodes(W& w, const std::vector<Node>& ns, const Document& doc);

template <class W>
void node(W& w, const Node& n, const Document& doc) {
  const Source& src = doc.source;
  w.begin_object();
  switch (n.kind) {
    case NodeKind::Section:
      field(w, "type", "section");
      field(w, "kind", n.section_kind);
      field(w, "level", n.level);
      field(w, "number", n.number);
      field(w, "label", n.label);
      field(w, "title", n.title);
      if (doc.tokenized) tokens_of(w, n.title);
      lines(w, n.lines);
      pages(w, src, n.lines);
      w.key("children");
      nodes(w, n.children, doc);
      break;
    case NodeKind::Paragraph:
      field(w, "type", "paragraph");
      field(w, "kind", n.paragraph_kind);
      field(w, "number", n.paragraph_number);
      // (the label as written, "23." / "29E.4" / "VIII.12"; null for a paragraph with none)
      w.key("label");
      if (n.label.empty()) w.null();
      else w.string(n.label);
      field(w, "text", n.text);
      w.key("footnote_refs");
      w.begin_array();
      for (const auto& r : n.footnote_refs) {
        w.begin_object();
        field(w, "id", r.id);
        field(w, "offset", r.offset);
        w.end_object();
      }
      w.end_array();
      lines(w, n.lines);
      pages(w, src, n.lines);
      field(w, "fragments", n.fragments);
      field(w, "breaks", n.breaks);
      if (doc.analyzed) {
        references(w, n.references);
        sentences_of(w, n.text);
      }
      if (doc.tokenized) tokens_of(w, n.text, n.footnote_refs);
      break;
    case NodeKind::Table:
      field(w, "type", "table");
      field(w, "rows", n.rows);
      // (the markers taken out of its cells, each with its cell: only where
      // a cell called a note)
      if (!n.footnote_refs.empty()) {
        w.key("footnote_refs");
        w.begin_array();
        for (const auto& r : n.footnote_refs) {
          w.begin_object();
          field(w, "id", r.id);
          field(w, "row", r.row);
          field(w, "col", r.col);
          field(w, "offset", r.offset);
          w.end_object();
        }
        w.end_array();
      }
      lines(w, n.lines);
      pages(w, src, n.lines);
      if (doc.tokenized) {
        w.key("tokens");
        w.begin_array();
        for (size_t r = 0; r < n.rows.size(); ++r)
          for (size_t c = 0; c < n.rows[r].size(); ++c)
            token_items(w, n.rows[r][c], cell_refs(n, r, c), static_cast<int>(r), static_cast<int>(c));
        w.end_array();
      }
      if (doc.analyzed) {
        w.key("schedule");
        w.begin_array();
        for (const auto& it : n.schedule) {
          w.begin_object();
          field(w, "time", it.time);
          field(w, "start", it.start);
          field(w, "end", it.end);
          field(w, "cells", it.cells);
          field(w, "items", it.items);
          field(w, "line", it.line);
          w.end_object();
        }
        w.end_array();
      }
      break;
  }
  w.end_object();
}

template <class W>
void nodes(W& w, const std::vector<Node>& ns, const Document& doc) {
  w.begin_array();
  for (const auto& n : ns) node(w, n, doc);
  w.end_array();
}

template <class W>
void diagnostic(W& w, const std::string& file, const Diagnostic& d) {
  w.begin_object();
  if (!file.empty()) field(w, "file", file);
  field(w, "code", d.code);
  field(w, "severity", severity_name(d.severity));
  field(w, "line", d.line);
  field(w, "column", d.column);
  field(w, "message", d.message);
  w.end_object();
}

template <class W>
void footnote(W& w, const Document& doc, const Footnote& fn) {
  w.begin_object();
  field(w, "id", fn.id);
  field(w, "marker", fn.marker.empty() ? fn.id : fn.marker);
  field(w, "text", fn.text);
  lines(w, fn.lines);
  pages(w, doc.source, fn.lines);
  w.key("refs");
  w.begin_array();
  for (const auto& r : fn.refs) {
    w.begin_object();
    if (r.paragraph) field(w, "paragraph", *r.paragraph);
    if (!r.paragraph || r.in != "body") field(w, "in", r.in);  // annex paragraph numbers are the annex's own
    field(w, "line", r.line);
    w.end_object();
  }
  w.end_array();
  if (doc.analyzed) {
    references(w, fn.references);
    sentences_of(w, fn.text);
  }
  if (doc.tokenized) tokens_of(w, fn.text);
  w.end_object();
}

template <class W>
void annex(W& w, const Document& doc, const Annex& a) {
  w.begin_object();
  field(w, "type", "annex");
  field(w, "number", a.number);
  field(w, "label", a.label);
  field(w, "caption", a.caption);
  field(w, "title", a.title);
  lines(w, a.lines);
  if (doc.tokenized) tokens_of(w, a.title);
  pages(w, doc.source, a.lines);
  w.key("children");
  nodes(w, a.children, doc);
  w.end_object();
}

template <class W>
void front_matter(W& w, const Document& doc) {
  const FrontMatter& fm = doc.front_matter;
  w.begin_object();
  field(w, "symbol", fm.symbol);
  field(w, "organ", fm.organ);
  field(w, "organs", fm.organs);
  field(w, "committee", fm.committee);
  field(w, "distribution", fm.distribution);
  field(w, "date", fm.date);
  field(w, "date_text", fm.date_text);
  w.key("languages");
  w.begin_object();
  field(w, "this", fm.language_this);
  field(w, "original", fm.language_original);
  w.end_object();
  field(w, "masthead", fm.masthead);
  w.key("session");
  w.begin_object();
  field(w, "text", fm.session_text);
  field(w, "number", fm.session_number);
  w.end_object();
  w.key("agenda_items");
  w.begin_array();
  for (const auto& a : fm.agenda_items) {
    w.begin_object();
    field(w, "label", a.label);
    field(w, "item", a.item);
    field(w, "title", a.title);
    field(w, "footnotes", a.footnotes);
    field(w, "text", a.text);
    lines(w, a.lines);
    w.end_object();
  }
  w.end_array();
  field(w, "title", fm.title);
  field(w, "subtitle", fm.subtitle);
  field(w, "resolution_number", fm.resolution_number);
  field(w, "notes", fm.notes);
  w.key("adoption");
  if (fm.adoption) {
    w.begin_object();
    field(w, "text", fm.adoption->text);
    field(w, "date", fm.adoption->date);
    field(w, "organ", fm.adoption->organ);
    lines(w, fm.adoption->lines);
    w.end_object();
  } else {
    w.null();
  }
  w.key("meeting");
  if (fm.meeting) {
    const Meeting& m = *fm.meeting;
    w.begin_object();
    field(w, "text", m.text);
    field(w, "number", m.number);
    field(w, "held", m.held);
    field(w, "date", m.date);
    field(w, "place", m.place);
    field(w, "chair", m.chair);
    field(w, "opened", m.opened);
    field(w, "closed", m.closed);
    w.end_object();
  } else {
    w.null();
  }
  w.key("letter");
  if (fm.letter) {
    w.begin_object();
    field(w, "date", fm.letter->date);
    field(w, "sender", fm.letter->sender);
    field(w, "senders", fm.letter->senders);
    field(w, "addressee", fm.letter->addressee);
    w.end_object();
  } else {
    w.null();
  }
  w.key("paragraphs");
  nodes(w, fm.paragraphs, doc);
  lines(w, fm.lines);
  w.end_object();
}

template <class W>
void toc(W& w, const Document& doc) {
  w.key("toc");
  if (!doc.toc.present) return w.null();
  w.begin_object();
  field(w, "title", doc.toc.title);
  field(w, "heads", doc.toc.heads);
  lines(w, doc.toc.lines);
  w.key("entries");
  w.begin_array();
  for (const auto& e : doc.toc.entries) {
    w.begin_object();
    field(w, "level", e.level);
    field(w, "kind", e.kind);
    field(w, "number", e.number);
    if (!e.label.empty()) field(w, "label", e.label);
    field(w, "title", e.title);
    if (doc.tokenized) tokens_of(w, e.title);
    w.key("paragraphs");
    if (e.paragraphs) pair(w, e.paragraphs->first, e.paragraphs->second);
    else w.null();
    field(w, "page", e.page);
    lines(w, e.lines);
    pages(w, doc.source, e.lines);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

template <class W>
void document(W& w, const Document& doc) {
  w.begin_object();
  field(w, "schema", kSchema);
  const Source& s = doc.source;
  w.key("source");
  w.begin_object();
  field(w, "name", s.name);
  field(w, "format", s.format);
  field(w, "bytes", s.bytes);
  w.key("encoding");
  if (s.encoding.empty()) w.null();
  else w.string(s.encoding);
  field(w, "sha256", s.sha256);
  field(w, "lines", s.lines);
  field(w, "pages", s.pages);
  w.key("layout");
  w.begin_object();
  field(w, "shape", s.layout.shape);
  field(w, "width", s.layout.width);
  field(w, "form_feeds", s.layout.form_feeds);
  field(w, "evidence", s.layout.evidence);
  w.end_object();
  w.end_object();
  field(w, "language", "zh");
  field(w, "kind", doc.kind);
  w.key("front_matter");
  front_matter(w, doc);
  toc(w, doc);
  w.key("body");
  nodes(w, doc.body, doc);
  w.key("annexes");
  w.begin_array();
  for (const auto& a : doc.annexes) annex(w, doc, a);
  w.end_array();
  w.key("footnotes");
  w.begin_array();
  for (const auto& fn : doc.footnotes) footnote(w, doc, fn);
  w.end_array();
  w.key("closing");
  w.begin_array();
  for (const auto& c : doc.closing) {
    w.begin_object();
    field(w, "kind", c.kind);
    field(w, "text", c.text);
    field(w, "value", c.value);
    field(w, "in", c.in);
    field(w, "line", c.line);
    if (doc.tokenized) tokens_of(w, c.text);
    pages(w, s, LineRange{c.line, c.line});
    w.end_object();
  }
  w.end_array();
  w.key("furniture");
  w.begin_array();
  for (const auto& f : doc.furniture) {
    w.begin_object();
    field(w, "kind", f.kind);
    field(w, "text", f.text);
    field(w, "line", f.line);
    pages(w, s, LineRange{f.line, f.line});
    w.end_object();
  }
  w.end_array();
  w.key("diagnostics");
  w.begin_array();
  for (const auto& d : doc.diagnostics) diagnostic(w, std::string(), d);
  w.end_array();
  w.end_object();
}

// JSON text's size, guessed from the input's: reserved once (pretty JSON
// runs to about twice the text; analysis and tokens add more, and the
// string grows past the guess then)
size_t json_guess(const Document& doc, bool pretty) {
  size_t g = doc.source.bytes * (pretty ? 5 : 3) / 2 + 4096;
  if (doc.analyzed) g += doc.source.bytes / 2;
  if (doc.tokenized) g += doc.source.bytes * 4;
  return g;
}

}  // namespace

Json diagnostic_json(const std::string& file, const Diagnostic& d) {
  TreeWriter w;
  diagnostic(w, file, d);
  return w.take();
}

std::string diagnostic_line(const std::string& file, const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", file, d.line, d.column, severity_name(d.severity), d.message, d.code);
}

Json to_json(const Document& doc) {
  TreeWriter w;
  document(w, doc);
  return w.take();
}

namespace {

// What `write(w)` writes, handed to `out` about 64 KB at a time (write_json, write_jsonl)
template <class F>
void write_streamed(bool pretty, const std::function<void(std::string_view)>& out, F&& write) {
  constexpr size_t kChunk = 64 << 10;
  std::string buf;
  buf.reserve(kChunk + (kChunk >> 1));
  TextWriter w(buf, pretty);
  w.set_sink(&out, kChunk);
  write(w);
  w.flush();
}

}  // namespace

void write_json(const Document& doc, bool pretty, const std::function<void(std::string_view)>& out) {
  write_streamed(pretty, out, [&](TextWriter& w) {
    document(w, doc);
    w.raw_char('\n');
  });
}

std::string render_json(const Document& doc, bool pretty) {
  std::string s;
  s.reserve(json_guess(doc, pretty));
  TextWriter w(s, pretty);
  document(w, doc);
  w.raw_char('\n');
  w.finish();
  return s;
}

std::string_view render_json_view(const Document& doc, bool pretty) {
  thread_local std::string buf;  // (its size is its room: grown, never cut)
  if (const size_t g = json_guess(doc, pretty); buf.size() < g) buf.resize(g);
  TextWriter w(buf, pretty, TextWriter::Reuse{});
  document(w, doc);
  w.raw_char('\n');
  w.finish();
  return std::string_view(buf.data(), w.written());
}

namespace detail {

namespace {
void visit_rows(std::vector<ParagraphRow>& rows, const std::vector<Node>& nodes, ParagraphRow path) {
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::Paragraph) {
      path.paragraph = &n;
      rows.push_back(path);
    } else if (n.kind == NodeKind::Section) {
      ParagraphRow p = path;
      if (n.section_kind == "chapter") p.chapter = &n, p.section = p.subsection = p.subhead = p.article = nullptr;
      else if (n.section_kind == "section") p.section = &n, p.subsection = p.subhead = nullptr;
      else if (n.section_kind == "subsection") p.subsection = &n, p.subhead = nullptr;
      else if (n.section_kind == "subhead") p.subhead = &n;
      else if (n.section_kind == "article") p.article = &n;
      visit_rows(rows, n.children, p);
    }
  }
}
}  // namespace

std::vector<ParagraphRow> paragraph_rows(const Document& doc) {
  std::vector<ParagraphRow> rows;
  for (const auto& p : doc.front_matter.paragraphs) rows.push_back({"front_matter", nullptr, &p});
  visit_rows(rows, doc.body, {"body", nullptr, nullptr});
  for (const auto& a : doc.annexes) visit_rows(rows, a.children, {"annex", &a, nullptr});
  return rows;
}

std::string footnote_ids(const Node& p) {
  std::string s;
  for (const auto& r : p.footnote_refs) {
    if (!s.empty()) s += ';';
    s += r.id;
  }
  return s;
}

const std::string& heading_text(const ParagraphRow& r) {
  static const std::string none;
  for (const Node* h : {r.subhead, r.article, r.subsection, r.section, r.chapter})
    if (h) return h->title;
  return none;
}

}  // namespace detail

namespace {

// A row per paragraph: its text, and the titles of the headings above it.
void jsonl_rows(TextWriter& w, const Document& doc) {
  auto href = [&](const auto& k, const Node* h) {
    w.key(k);
    if (!h) return w.null();
    w.begin_object();
    field(w, "number", h->number);
    field(w, "title", h->title);
    w.end_object();
  };
  for (const auto& r : detail::paragraph_rows(doc)) {
    const Node& p = *r.paragraph;
    w.begin_object();
    field(w, "source", doc.source.name);
    field(w, "part", r.part);
    // the annex's number (null for a lone 附件) and, apart, its title
    w.key("annex_number");
    if (r.annex) put(w, r.annex->number);
    else w.null();
    w.key("annex_title");
    if (r.annex) w.string(r.annex->title);
    else w.null();
    field(w, "number", p.paragraph_number);
    field(w, "kind", p.paragraph_kind);
    href("chapter", r.chapter);
    href("section", r.section);
    href("subsection", r.subsection);
    href("subhead", r.subhead);
    href("article", r.article);
    field(w, "text", p.text);
    w.key("footnotes");
    w.begin_array();
    for (const auto& f : p.footnote_refs) w.string(f.id);
    w.end_array();
    field(w, "line_start", p.lines.first);
    field(w, "line_end", p.lines.last);
    if (doc.analyzed) references(w, p.references);
    // (label last: the keys before it stand where they stood before it came)
    w.key("label");
    if (p.label.empty()) w.null();
    else w.string(p.label);
    w.end_object();
    w.raw_char('\n');
  }
}

}  // namespace

std::string render_jsonl(const Document& doc) {
  std::string out;
  out.reserve(doc.source.bytes * 2 + 4096);
  TextWriter w(out, false);
  jsonl_rows(w, doc);
  w.finish();
  return out;
}

void write_jsonl(const Document& doc, const std::function<void(std::string_view)>& out) {
  write_streamed(false, out, [&](TextWriter& w) { jsonl_rows(w, doc); });
}

}  // namespace undoc
