// The undoc document model (schema undoc/1). One Node type with a kind tag,
// a source line range on every node; see docs/schema.md.
#pragma once
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace undoc {

// A word naming a kind ("chapter", "numbered"): a pointer's size, where a
// std::string is 32 bytes. It points at the word's one copy in a table of
// the words used, kept for the life of the process: a Tag made from a
// string of one's own does not depend on that string. Assign it a string,
// read it as a std::string or std::string_view, compare it with strings.
class Tag {
 public:
  constexpr Tag() = default;
  Tag(const char* s) : p_(intern(s)) {}
  Tag(std::string_view s) : p_(intern(s)) {}
  Tag(const std::string& s) : p_(intern(s)) {}
  const std::string& str() const { return p_ ? *p_ : empty_string(); }
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }
  const char* c_str() const { return str().c_str(); }
  const char* data() const { return str().data(); }
  std::size_t size() const { return str().size(); }
  bool empty() const { return p_ == nullptr; }
  // (one copy of each word: the same word, the same pointer)
  friend bool operator==(const Tag& a, const Tag& b) { return a.p_ == b.p_; }
  friend bool operator==(const Tag& a, std::string_view b) { return std::string_view(a.str()) == b; }
  friend bool operator==(const Tag& a, const char* b) { return std::string_view(a.str()) == std::string_view(b); }
  friend bool operator==(const Tag& a, const std::string& b) { return a.str() == b; }

 private:
  static const std::string* intern(std::string_view s);  // nullptr for ""
  static const std::string& empty_string();
  const std::string* p_ = nullptr;
};
std::ostream& operator<<(std::ostream& os, const Tag& t);

// A vector that most nodes leave empty (a table's rows, a paragraph's page
// breaks or footnote markers): a pointer's size until something is put in
// it, where a std::vector is 24 bytes. Used like one (size, [], range for,
// push_back, assignment from a vector or a braced list); vec() is the
// std::vector itself (an empty one when nothing was put in).
template <class T>
class SparseVector {
 public:
  using value_type = T;
  using size_type = std::size_t;
  using iterator = T*;
  using const_iterator = const T*;

  SparseVector() = default;
  SparseVector(std::initializer_list<T> l) { if (l.size() != 0) p_ = std::make_unique<std::vector<T>>(l); }
  SparseVector(const SparseVector& o) : p_(o.p_ ? std::make_unique<std::vector<T>>(*o.p_) : nullptr) {}
  SparseVector(SparseVector&&) noexcept = default;
  SparseVector& operator=(const SparseVector& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<std::vector<T>>(*o.p_) : nullptr;
    return *this;
  }
  SparseVector& operator=(SparseVector&&) noexcept = default;
  SparseVector& operator=(std::vector<T> v) {  // (an empty vector frees the room)
    if (v.empty()) p_.reset();
    else if (p_) *p_ = std::move(v);
    else p_ = std::make_unique<std::vector<T>>(std::move(v));
    return *this;
  }
  SparseVector& operator=(std::initializer_list<T> l) { return *this = std::vector<T>(l); }

  const std::vector<T>& vec() const { return p_ ? *p_ : none(); }
  std::vector<T>& mut() { return room(); }  // the vector itself, to change (made if there was none)
  operator const std::vector<T>&() const { return vec(); }
  std::size_t size() const { return p_ ? p_->size() : 0; }
  bool empty() const { return !p_ || p_->empty(); }
  T* begin() { return p_ ? p_->data() : nullptr; }
  T* end() { return p_ ? p_->data() + p_->size() : nullptr; }
  const T* begin() const { return p_ ? p_->data() : nullptr; }
  const T* end() const { return p_ ? p_->data() + p_->size() : nullptr; }
  T& at(std::size_t i) { return room().at(i); }
  const T& at(std::size_t i) const { return vec().at(i); }
  T& operator[](std::size_t i) { return (*p_)[i]; }
  const T& operator[](std::size_t i) const { return (*p_)[i]; }
  T& front() { return p_->front(); }
  const T& front() const { return p_->front(); }
  T& back() { return p_->back(); }
  const T& back() const { return p_->back(); }
  void push_back(const T& v) { room().push_back(v); }
  void push_back(T&& v) { room().push_back(std::move(v)); }
  template <class... A>
  T& emplace_back(A&&... a) { return room().emplace_back(std::forward<A>(a)...); }
  void clear() { p_.reset(); }
  friend bool operator==(const SparseVector& a, const SparseVector& b) { return a.vec() == b.vec(); }
  friend bool operator==(const SparseVector& a, const std::vector<T>& b) { return a.vec() == b; }

 private:
  std::vector<T>& room() {
    if (!p_) p_ = std::make_unique<std::vector<T>>();
    return *p_;
  }
  static const std::vector<T>& none() {
    static const std::vector<T> empty;
    return empty;
  }
  std::unique_ptr<std::vector<T>> p_;
};

// An optional string that most nodes leave empty (a section's number): a
// pointer's size, where std::optional<std::string> is 40 bytes. Used like
// one (has_value, *, ->, value_or, reset, assignment, comparison); it
// converts to std::optional<std::string> where one is asked for.
class OptString {
 public:
  OptString() = default;
  OptString(std::nullopt_t) {}
  OptString(const std::string& s) : p_(std::make_unique<std::string>(s)) {}
  OptString(std::string&& s) : p_(std::make_unique<std::string>(std::move(s))) {}
  OptString(const char* s) : p_(std::make_unique<std::string>(s)) {}
  OptString(const std::optional<std::string>& o) : p_(o ? std::make_unique<std::string>(*o) : nullptr) {}
  OptString(std::optional<std::string>&& o) : p_(o ? std::make_unique<std::string>(std::move(*o)) : nullptr) {}
  OptString(const OptString& o) : p_(o.p_ ? std::make_unique<std::string>(*o.p_) : nullptr) {}
  OptString(OptString&&) noexcept = default;
  OptString& operator=(const OptString& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<std::string>(*o.p_) : nullptr;
    return *this;
  }
  OptString& operator=(OptString&&) noexcept = default;
  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return p_ != nullptr; }
  const std::string& operator*() const { return *p_; }
  std::string& operator*() { return *p_; }
  const std::string* operator->() const { return p_.get(); }
  std::string* operator->() { return p_.get(); }
  const std::string& value() const {
    if (!p_) throw std::bad_optional_access();
    return *p_;
  }
  std::string value_or(std::string_view other) const { return p_ ? *p_ : std::string(other); }
  void reset() { p_.reset(); }
  template <class... A>
  std::string& emplace(A&&... a) {
    p_ = std::make_unique<std::string>(std::forward<A>(a)...);
    return *p_;
  }
  operator std::optional<std::string>() const { return p_ ? std::optional<std::string>(*p_) : std::nullopt; }
  friend bool operator==(const OptString& a, const OptString& b) {
    return a.p_ ? (b.p_ && *a.p_ == *b.p_) : !b.p_;
  }
  friend bool operator==(const OptString& a, std::nullopt_t) { return !a.p_; }
  friend bool operator==(const OptString& a, const std::string& b) { return a.p_ && *a.p_ == b; }
  friend bool operator==(const OptString& a, std::string_view b) { return a.p_ && std::string_view(*a.p_) == b; }
  friend bool operator==(const OptString& a, const char* b) { return a.p_ && *a.p_ == b; }
  friend bool operator==(const OptString& a, const std::optional<std::string>& b) {
    return a.p_ ? (b && *a.p_ == *b) : !b;
  }

 private:
  std::unique_ptr<std::string> p_;
};

struct LineRange {
  int first = 0;  // 1-based, inclusive; 0 = none
  int last = 0;
  bool empty() const { return first == 0; }
  void extend(int line) {
    if (first == 0 || line < first) first = line;
    if (line > last) last = line;
  }
  void extend(const LineRange& r) {
    if (!r.empty()) { extend(r.first); extend(r.last); }
  }
};

enum class Severity { Error, Warning, Info };
const char* severity_name(Severity s);

struct Diagnostic {
  std::string code;      // stable, listed in docs/diagnostics.md
  Severity severity = Severity::Warning;
  int line = 0;          // 1-based; 0 = whole file
  int column = 0;        // 1-based code-point column; 0 = whole line
  std::string message;
};

struct FootnoteRef {
  std::string id;
  int offset = 0;  // code-point offset in the clean paragraph text (a table's: in its cell's)
  int row = -1, col = -1;  // a table's: the cell the marker was taken from (0-based); -1 in a paragraph
};

struct Reference {
  std::string type;   // "symbol", "resolution", "decision", "date", "instrument"
  std::string text;   // as written
  std::string value;  // A/61/150, 60/227, 2006-07-12, the instrument's title
  int offset = 0;     // code-point offset in the paragraph text
  std::string end;    // a date range's last day (or month), ISO 8601 as value; empty for one date
};

// An agenda table read as a schedule (analyze): rows with an empty first
// cell belong to the row above.
struct ScheduleItem {
  std::string time;                  // as written: 上午 10 时至 10 时 30 分
  std::optional<std::string> start;  // "10:00"
  std::optional<std::string> end;    // "10:30"
  std::vector<std::string> cells;    // the other cells of the row
  std::vector<std::string> items;    // cells of the rows below that continue it
  int line = 0;
};

enum class NodeKind { Section, Paragraph, Table };

// (408 bytes a node before its kinds were Tags and its rarely filled vectors
// SparseVectors; the fields in an order that leaves no padding)
struct Node {
  NodeKind kind = NodeKind::Paragraph;
  // section
  int level = 0;
  LineRange lines;
  // paragraph
  int fragments = 1;
  // section
  Tag section_kind;                   // "part", "chapter", "section", "subsection", "subhead", "article", "item"
  OptString number;                   // "一", "A", "1", "第一条" or null
  std::string title;
  std::string label;                  // the heading's label as written: "一.", "第一条", "议程项目77：";
                                      // a numbered paragraph's: "23.", "29E.4", "VIII.12" (empty: none)
  SparseVector<Node> children;
  // paragraph
  Tag paragraph_kind;                 // "numbered", "unnumbered", "preambular", "heading"
  std::optional<long> paragraph_number;
  std::string text;
  SparseVector<FootnoteRef> footnote_refs;
  SparseVector<int> breaks;           // code-point offsets where page breaks fell
  SparseVector<int> break_lines;      // source line where each fragment after a break starts (not emitted)
  SparseVector<Reference> references;  // filled by analyze()
  // table
  SparseVector<std::vector<std::string>> rows;
  SparseVector<ScheduleItem> schedule;  // filled by analyze() for agenda tables
};

struct AgendaItem {
  std::string label;   // 临时议程
  std::optional<std::string> item;  // 54(b); none where the item has no number (a Security Council record's)
  std::string title;
  std::vector<std::string> footnotes;
  std::string text;    // the agenda line (and the item's line below it) as written: 临时议程* 项目 54(b)
  LineRange lines;
};

// The adoption line of a resolution or decision ("2023年6月23日经济及社会理事会决议"):
// the line as written, with the date and organ read from it.
struct Adoption {
  std::string text;
  std::optional<std::string> date;   // ISO 8601
  std::optional<std::string> organ;  // 经济及社会理事会
  LineRange lines;
};

// A meeting record's heading: "第12次会议简要记录", held "2022年10月25日星期二上午10时在纽约总部举行".
struct Meeting {
  std::string text;
  std::optional<long> number;
  std::optional<std::string> held;   // the line saying when and where, as written
  std::optional<std::string> date;   // ISO 8601, read from `held`
  std::optional<std::string> place;  // the line below `held` naming the place (纽约)
  std::optional<std::string> chair;  // "主席：某某某女士(国家)", as written
  std::optional<std::string> opened, closed;  // HH:MM, from "…宣布开会。" / "…散会。"
};

// A letter's or note verbale's title read: "2023年4月26日乌克兰常驻联合国代表团给秘书长的普通照会".
struct LetterHead {
  std::optional<std::string> date;  // ISO 8601
  std::string sender;               // 乌克兰常驻联合国代表团
  // each sender, in order: one for one sender; several where the phrase lists
  // them ("阿塞拜疆、白俄罗斯和哈萨克斯坦常驻联合国代表": each state with the
  // shared role, "阿塞拜疆常驻联合国代表", …; or the states a colon lists after
  // "下列国家常驻联合国代表…的信：")
  std::vector<std::string> senders;
  std::string addressee;            // 秘书长
};

struct FrontMatter {
  std::optional<std::string> symbol, organ, distribution, date, language_this, language_original;
  std::optional<std::string> date_text;  // the date line as written, when it stands alone
  std::vector<std::string> organs;  // every organ the masthead names, in order, each once (organ is the first)
  // the main committee the masthead names under the organ, a draft's or a
  // committee's document: 第三委员会, 特别政治和非殖民化委员会(第四委员会)
  std::optional<std::string> committee;
  std::optional<Adoption> adoption;
  std::optional<Meeting> meeting;
  std::optional<LetterHead> letter;  // read from a letter's title, beside it
  std::optional<std::string> session_text;
  std::optional<long> session_number;
  std::vector<AgendaItem> agenda_items;
  // the masthead's lines (or cells) as written, every one the fields above
  // were read from: 联合国, A/78/205, 大  会, Distr.: General, 18 July 2023,
  // Chinese, Original: English
  std::vector<std::string> masthead;
  std::optional<std::string> title, subtitle;
  std::optional<std::string> resolution_number;  // 61/295
  std::vector<std::string> notes;                // [未经发交主要委员会 (A/61/L.67 和 Add.1)]
  std::vector<Node> paragraphs;
  LineRange lines;
};

struct TocEntry {
  int level = 1;
  std::string kind;                   // "chapter", "section", "subsection", "annex"
  std::optional<std::string> number;
  std::string label;                  // a record's item, an annex row's label as written: "议程项目78：", "附件一"; empty otherwise
  std::string title;
  std::optional<std::pair<long, long>> paragraphs;
  std::optional<long> page;
  LineRange lines;
};

struct Toc {
  bool present = false;
  std::string title;
  std::vector<std::string> heads;  // the column heads as written: "段次 页次" (a line each; a head glued to a row, alone)
  LineRange lines;
  std::vector<TocEntry> entries;
};

struct Annex {
  std::optional<std::string> number;  // 附件一 -> "一"; a lone 附件 -> null
  std::string label;                  // the annex's label as written: 附件一, 附件 (empty when none: a letter's enclosure)
  std::optional<std::string> caption;  // "2023年5月3日…的信的附件": the line that opens a letter's annex
  std::string title;
  LineRange lines;
  std::vector<Node> children;
};

struct FootnoteUse {
  std::optional<long> paragraph;      // numbered paragraph, or
  std::string in;                     // "front_matter", "body", "annex", "toc"
  int line = 0;
};

struct Footnote {
  std::string id;      // unique within the document: the marker, or "a-2", "1-2"… for a marker used again
  std::string marker;  // the marker as its label reads (normalised as the id: ¹ → "1"); notes may share one
  std::string text;
  LineRange lines;
  std::vector<FootnoteUse> refs;
  std::vector<Reference> references;  // filled by analyze()
};

struct Furniture {
  std::string kind;  // running_header, job_number, page_number, barcode, form_feed
  std::string text;
  int line = 0;
};

// How the text is laid out, decided from evidence in it (see parse/furniture.cpp).
struct Layout {
  std::string shape = "paragraph_per_line";  // paragraph_per_line, sentence_per_line, wrapped, blocks
  std::optional<int> width;                  // the wrap width (display columns) of wrapped text
  bool form_feeds = false;                   // pages separated by form feeds
  std::vector<std::string> evidence;         // what decided it, for a person
};

struct Source {
  std::string name;
  std::string format = "text";        // "text" or "pdf"
  std::size_t bytes = 0;
  std::string encoding;               // of text; empty for a PDF file (null in JSON)
  std::string sha256;
  int lines = 0;                      // of the text (for a PDF: of the text read from its pages)
  std::optional<int> pages;           // a PDF file's pages
  std::vector<int> line_pages;        // a PDF file's page (1-based) of each line; not emitted as such:
                                      // every node's "pages" comes from it
  Layout layout;
  // [first, last] page of a line range, for a PDF file's nodes
  std::optional<std::pair<int, int>> pages_of(const LineRange& r) const {
    if (line_pages.empty() || r.empty()) return std::nullopt;
    auto at = [&](int line) {
      const size_t i = static_cast<size_t>(std::clamp(line, 1, static_cast<int>(line_pages.size()))) - 1;
      return line_pages[i];
    };
    return std::make_pair(at(r.first), at(r.last));
  }
};

// A closing line of a resolution, record or letter: 第83次全体会议, a date,
// 上午11时35分散会。, a signature. The line as written, with what was read from it.
struct ClosingLine {
  std::string kind;                  // meeting, date, adjourned, signature, place
  std::string text;
  std::optional<std::string> value;  // "83", "2006-12-20", "11:35"
  std::string in = "body";           // body or annex
  int line = 0;
};

struct Document {
  Source source;
  // resolution, decision, report, note, record, letter, agenda, working_paper,
  // instrument, or null: decided from evidence after parsing (parse/kind.cpp)
  std::optional<std::string> kind;
  FrontMatter front_matter;
  Toc toc;
  std::vector<Node> body;
  std::vector<Annex> annexes;
  std::vector<Footnote> footnotes;
  std::vector<ClosingLine> closing;
  std::vector<Furniture> furniture;
  std::vector<Diagnostic> diagnostics;
  bool analyzed = false;  // paragraphs carry "references" and "sentences"
  bool tokenized = false; // every text carries "tokens" in the JSON (parse --tokens)
};

// Visit every node depth-first (pre-order).
template <class F>
void walk(const std::vector<Node>& nodes, F&& f) {
  for (const auto& n : nodes) {
    f(n);
    walk(n.children, f);
  }
}

// The same, for changing the nodes (a std::vector or a node's children).
template <class Nodes, class F>
void walk_mut(Nodes& nodes, F&& f) {
  for (auto& n : nodes) {
    f(n);
    walk_mut(n.children, f);
  }
}

}  // namespace undoc
