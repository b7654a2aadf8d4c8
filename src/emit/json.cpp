#include <fmt/format.h>

#include <functional>

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

// An object whose keys are appended in the order given. nlohmann's
// ordered_map looks a key up before inserting it (a linear search over the
// keys so far) and grows its vector a doubling at a time, copying the keys;
// the objects written per paragraph and footnote add distinct literal keys,
// so they go straight into storage reserved once.
class Object {
 public:
  explicit Object(size_t keys) : j_(Json::value_t::object) { map().reserve(keys); }
  template <class V>
  Object& add(const char* key, V&& value) {
    map().emplace_back(key, std::forward<V>(value));
    return *this;
  }
  Json take() { return std::move(j_); }

 private:
  Json::object_t& map() { return *j_.get_ptr<Json::object_t*>(); }
  Json j_;
};

Json lines_json(const LineRange& r) {
  if (r.empty()) return nullptr;
  return Json::array({r.first, r.last});
}

template <class T>
Json opt(const std::optional<T>& v) {
  if (!v) return nullptr;
  return Json(*v);
}

// A PDF file's nodes say on which pages they stand: [first, last].
Json pages_json(const Source& src, const LineRange& r) {
  auto p = src.pages_of(r);
  return p ? Json::array({p->first, p->second}) : Json(nullptr);
}
void add_pages(Object& o, const Source& src, const LineRange& r) {
  if (src.format == "pdf") o.add("pages", pages_json(src, r));
}

Json references_json(const std::vector<Reference>& rs) {
  Json a = Json::array();
  for (const auto& r : rs) a.push_back({{"type", r.type}, {"text", r.text}, {"value", r.value}, {"offset", r.offset}});
  return a;
}

// parse --analyze: a text's sentences as [start, end) code-point offsets
Json sentences_json(const std::string& text) {
  Json a = Json::array();
  for (auto [s, e] : sentences(text)) a.push_back(Json::array({s, e}));
  return a;
}

// parse --tokens: a text's tokens (docs/tokens.md)
void add_tokens(Json& a, const std::string& text, const std::vector<FootnoteRef>& markers = {}, int row = -1,
                int col = -1) {
  for (const Token& t : tokenize(text, markers)) {
    Json j = {{"token", t.text}, {"kind", t.kind}, {"offset", t.offset}, {"sentence", t.sentence}};
    if (row >= 0) {
      j["row"] = row;
      j["col"] = col;
    }
    a.push_back(std::move(j));
  }
}
Json tokens_json(const std::string& text, const std::vector<FootnoteRef>& markers = {}) {
  Json a = Json::array();
  add_tokens(a, text, markers);
  return a;
}

struct Emit {
  bool analyzed = false, tokenized = false;
  bool shallow = false;  // sections' and annexes' children left empty: a stream writes them (write_json)
};

Json node_json(const Node& n, Emit analyzed, const Source& src) {
  switch (n.kind) {
    case NodeKind::Section: {
      Object j(10);
      j.add("type", "section");
      j.add("kind", n.section_kind);
      j.add("level", n.level);
      j.add("number", opt(n.number));
      j.add("label", n.label);
      j.add("title", n.title);
      if (analyzed.tokenized) j.add("tokens", tokens_json(n.title));
      j.add("lines", lines_json(n.lines));
      add_pages(j, src, n.lines);
      Json children = Json::array();
      if (!analyzed.shallow) {
        children.get_ptr<Json::array_t*>()->reserve(n.children.size());
        for (const auto& c : n.children) children.push_back(node_json(c, analyzed, src));
      }
      j.add("children", std::move(children));
      return j.take();
    }
    case NodeKind::Paragraph: {
      Object j(12);
      j.add("type", "paragraph");
      j.add("kind", n.paragraph_kind);
      j.add("number", opt(n.paragraph_number));
      j.add("text", n.text);
      Json refs = Json::array();
      for (const auto& r : n.footnote_refs) refs.push_back(Object(2).add("id", r.id).add("offset", r.offset).take());
      j.add("footnote_refs", std::move(refs));
      j.add("lines", lines_json(n.lines));
      add_pages(j, src, n.lines);
      j.add("fragments", n.fragments);
      j.add("breaks", n.breaks);
      if (analyzed.analyzed) {
        j.add("references", references_json(n.references));
        j.add("sentences", sentences_json(n.text));
      }
      if (analyzed.tokenized) j.add("tokens", tokens_json(n.text, n.footnote_refs));
      return j.take();
    }
    case NodeKind::Table: {
      Object j(6);
      j.add("type", "table");
      j.add("rows", n.rows);
      j.add("lines", lines_json(n.lines));
      add_pages(j, src, n.lines);
      if (analyzed.tokenized) {
        Json toks = Json::array();
        for (size_t r = 0; r < n.rows.size(); ++r)
          for (size_t c = 0; c < n.rows[r].size(); ++c)
            add_tokens(toks, n.rows[r][c], {}, static_cast<int>(r), static_cast<int>(c));
        j.add("tokens", std::move(toks));
      }
      if (analyzed.analyzed) {
        Json sched = Json::array();
        for (const auto& it : n.schedule)
          sched.push_back({{"time", it.time}, {"start", opt(it.start)}, {"end", opt(it.end)}, {"cells", it.cells},
                           {"items", it.items}, {"line", it.line}});
        j.add("schedule", std::move(sched));
      }
      return j.take();
    }
  }
  return Json();
}

Json nodes_json(const std::vector<Node>& nodes, Emit analyzed, const Source& src) {
  Json a = Json::array();
  a.get_ptr<Json::array_t*>()->reserve(nodes.size());
  for (const auto& n : nodes) a.push_back(node_json(n, analyzed, src));
  return a;
}

}  // namespace

Json diagnostic_json(const std::string& file, const Diagnostic& d) {
  Object j(6);
  if (!file.empty()) j.add("file", file);
  j.add("code", d.code);
  j.add("severity", severity_name(d.severity));
  j.add("line", d.line);
  j.add("column", d.column);
  j.add("message", d.message);
  return j.take();
}

std::string diagnostic_line(const std::string& file, const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", file, d.line, d.column, severity_name(d.severity), d.message, d.code);
}

Json footnote_json(const Document& doc, const Footnote& fn) {
  Json refs = Json::array();
  for (const auto& r : fn.refs) {
    Object jr(3);
    if (r.paragraph) jr.add("paragraph", *r.paragraph);
    if (!r.paragraph || r.in != "body") jr.add("in", r.in);  // annex paragraph numbers are the annex's own
    jr.add("line", r.line);
    refs.push_back(jr.take());
  }
  Object note(8);
  note.add("id", fn.id).add("text", fn.text).add("lines", lines_json(fn.lines));
  add_pages(note, doc.source, fn.lines);
  note.add("refs", std::move(refs));
  if (doc.analyzed) {
    note.add("references", references_json(fn.references));
    note.add("sentences", sentences_json(fn.text));
  }
  if (doc.tokenized) note.add("tokens", tokens_json(fn.text));
  return note.take();
}

Json annex_json(const Document& doc, const Annex& a, bool shallow) {
  Object ja(8);
  ja.add("type", "annex")
      .add("number", opt(a.number))
      .add("caption", opt(a.caption))
      .add("title", a.title)
      .add("lines", lines_json(a.lines));
  if (doc.tokenized) ja.add("tokens", tokens_json(a.title));
  add_pages(ja, doc.source, a.lines);
  ja.add("children", shallow ? Json::array() : nodes_json(a.children, Emit{doc.analyzed, doc.tokenized}, doc.source));
  return ja.take();
}


// The document; `shallow`: body, annexes and footnotes left empty, for a
// stream to write them piece by piece (write_json).
Json document_json(const Document& doc, bool shallow) {
  // (the document's and the front matter's objects are reserved whole: an
  // ordered_map that grows copies every value it holds, the body with them,
  // since its pairs' const keys make their moves throwing)
  Object j(12);
  j.add("schema", kSchema);
  j.add("source", Json{{"name", doc.source.name},
                       {"format", doc.source.format},
                       {"bytes", doc.source.bytes},
                       {"encoding", doc.source.encoding.empty() ? Json(nullptr) : Json(doc.source.encoding)},
                       {"sha256", doc.source.sha256},
                       {"lines", doc.source.lines},
                       {"pages", opt(doc.source.pages)},
                       {"layout", {{"shape", doc.source.layout.shape},
                                   {"width", opt(doc.source.layout.width)},
                                   {"form_feeds", doc.source.layout.form_feeds},
                                   {"evidence", doc.source.layout.evidence}}}});
  j.add("language", "zh");
  j.add("kind", opt(doc.kind));
  const FrontMatter& fm = doc.front_matter;
  Object f(20);
  f.add("symbol", opt(fm.symbol));
  f.add("organ", opt(fm.organ));
  f.add("organs", fm.organs);
  f.add("distribution", opt(fm.distribution));
  f.add("date", opt(fm.date));
  f.add("date_text", opt(fm.date_text));
  f.add("languages", Json{{"this", opt(fm.language_this)}, {"original", opt(fm.language_original)}});
  f.add("session", Json{{"text", opt(fm.session_text)}, {"number", opt(fm.session_number)}});
  Json items = Json::array();
  for (const auto& a : fm.agenda_items)
    items.push_back({{"label", a.label}, {"item", a.item}, {"title", a.title}, {"footnotes", a.footnotes},
                     {"lines", lines_json(a.lines)}});
  f.add("agenda_items", std::move(items));
  f.add("title", opt(fm.title));
  f.add("subtitle", opt(fm.subtitle));
  f.add("resolution_number", opt(fm.resolution_number));
  f.add("notes", fm.notes);
  if (fm.adoption)
    f.add("adoption", Json{{"text", fm.adoption->text},
                           {"date", opt(fm.adoption->date)},
                           {"organ", opt(fm.adoption->organ)},
                           {"lines", lines_json(fm.adoption->lines)}});
  else
    f.add("adoption", nullptr);
  if (fm.meeting)
    f.add("meeting", Json{{"text", fm.meeting->text},     {"number", opt(fm.meeting->number)},
                          {"held", opt(fm.meeting->held)}, {"date", opt(fm.meeting->date)},
                          {"place", opt(fm.meeting->place)},
                          {"chair", opt(fm.meeting->chair)}, {"opened", opt(fm.meeting->opened)},
                          {"closed", opt(fm.meeting->closed)}});
  else
    f.add("meeting", nullptr);
  if (fm.letter)
    f.add("letter", Json{{"date", opt(fm.letter->date)}, {"sender", fm.letter->sender}, {"addressee", fm.letter->addressee}});
  else
    f.add("letter", nullptr);
  f.add("paragraphs", nodes_json(fm.paragraphs, Emit{doc.analyzed, doc.tokenized}, doc.source));
  f.add("lines", lines_json(fm.lines));
  j.add("front_matter", f.take());

  if (doc.toc.present) {
    Json entries = Json::array();
    for (const auto& e : doc.toc.entries) {
      Object je(10);
      je.add("level", e.level);
      je.add("kind", e.kind);
      je.add("number", opt(e.number));
      if (!e.label.empty()) je.add("label", e.label);
      je.add("title", e.title);
      if (doc.tokenized) je.add("tokens", tokens_json(e.title));
      je.add("paragraphs", e.paragraphs ? Json::array({e.paragraphs->first, e.paragraphs->second}) : Json(nullptr));
      je.add("page", opt(e.page));
      je.add("lines", lines_json(e.lines));
      add_pages(je, doc.source, e.lines);
      entries.push_back(je.take());
    }
    j.add("toc", Object(3)
                     .add("title", doc.toc.title)
                     .add("lines", lines_json(doc.toc.lines))
                     .add("entries", std::move(entries))
                     .take());
  } else {
    j.add("toc", nullptr);
  }
  j.add("body", shallow ? Json::array() : nodes_json(doc.body, Emit{doc.analyzed, doc.tokenized}, doc.source));
  Json annexes = Json::array();
  if (!shallow)
    for (const auto& a : doc.annexes) annexes.push_back(annex_json(doc, a, false));
  j.add("annexes", std::move(annexes));
  Json notes = Json::array();
  if (!shallow)
    for (const auto& fn : doc.footnotes) notes.push_back(footnote_json(doc, fn));
  j.add("footnotes", std::move(notes));
  Json closing = Json::array();
  for (const auto& c : doc.closing) {
    Object jc(7);
    jc.add("kind", c.kind).add("text", c.text).add("value", opt(c.value)).add("in", c.in).add("line", c.line);
    if (doc.tokenized) jc.add("tokens", tokens_json(c.text));
    add_pages(jc, doc.source, LineRange{c.line, c.line});
    closing.push_back(jc.take());
  }
  j.add("closing", std::move(closing));
  Json furn = Json::array();
  for (const auto& f2 : doc.furniture) {
    Object jf(4);
    jf.add("kind", f2.kind).add("text", f2.text).add("line", f2.line);
    add_pages(jf, doc.source, LineRange{f2.line, f2.line});
    furn.push_back(jf.take());
  }
  j.add("furniture", std::move(furn));
  Json diags = Json::array();
  for (const auto& d : doc.diagnostics) diags.push_back(diagnostic_json("", d));
  j.add("diagnostics", std::move(diags));
  return j.take();
}

Json to_json(const Document& doc) { return document_json(doc, false); }

namespace {

// Writes JSON as nlohmann's dump would, piece by piece: the values are
// nlohmann's own dumps, re-indented to where they stand; objects and arrays
// that hold a document's bulk (its body, sections' children, annexes,
// footnotes) are written one element at a time, so no tree of the whole
// document is built.
class JsonStream {
 public:
  JsonStream(const std::function<void(std::string_view)>& out, bool pretty) : out_(out), pretty_(pretty) {}

  void value(const Json& v, int depth) {
    std::string s = v.dump(pretty_ ? 2 : -1, ' ', false, Json::error_handler_t::replace);
    if (pretty_ && depth > 0 && s.find('\n') != std::string::npos) {
      // (a JSON string holds no raw line break: each one is the layout's)
      const std::string pad(static_cast<size_t>(depth) * 2, ' ');
      std::string r;
      r.reserve(s.size() + s.size() / 8);
      for (char c : s) {
        r.push_back(c);
        if (c == '\n') r += pad;
      }
      s.swap(r);
    }
    out_(s);
  }

  // an object with j's keys; `streamed(key, depth)` writes a key's value itself, or returns false
  template <class F>
  void object(const Json& j, int depth, F&& streamed) {
    if (j.empty()) return out_("{}");
    out_("{");
    bool first = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (!first) out_(",");
      first = false;
      newline(depth + 1);
      out_(Json(it.key()).dump(-1, ' ', false, Json::error_handler_t::replace));
      out_(pretty_ ? ": " : ":");
      if (!streamed(it.key(), depth + 1)) value(it.value(), depth + 1);
    }
    newline(depth);
    out_("}");
  }

  template <class F>
  void array(size_t n, int depth, F&& item) {
    if (n == 0) return out_("[]");
    out_("[");
    for (size_t i = 0; i < n; ++i) {
      if (i) out_(",");
      newline(depth + 1);
      item(i, depth + 1);
    }
    newline(depth);
    out_("]");
  }

 private:
  void newline(int depth) {
    if (!pretty_) return;
    out_("\n");
    for (int k = 0; k < depth; ++k) out_("  ");
  }
  const std::function<void(std::string_view)>& out_;
  bool pretty_;
};

void stream_nodes(JsonStream& js, const std::vector<Node>& nodes, int depth, const Document& doc) {
  const Emit emit{doc.analyzed, doc.tokenized, true};
  js.array(nodes.size(), depth, [&](size_t i, int d) {
    const Node& n = nodes[i];
    const Json j = node_json(n, emit, doc.source);
    if (n.kind != NodeKind::Section) return js.value(j, d);
    js.object(j, d, [&](const std::string& key, int dd) {
      if (key != "children") return false;
      stream_nodes(js, n.children, dd, doc);
      return true;
    });
  });
}

}  // namespace

void write_json(const Document& doc, bool pretty, const std::function<void(std::string_view)>& out) {
  JsonStream js(out, pretty);
  const Json top = document_json(doc, true);
  js.object(top, 0, [&](const std::string& key, int depth) {
    if (key == "body") {
      stream_nodes(js, doc.body, depth, doc);
    } else if (key == "annexes") {
      js.array(doc.annexes.size(), depth, [&](size_t i, int d) {
        const Annex& a = doc.annexes[i];
        js.object(annex_json(doc, a, true), d, [&](const std::string& k, int dd) {
          if (k != "children") return false;
          stream_nodes(js, a.children, dd, doc);
          return true;
        });
      });
    } else if (key == "footnotes") {
      js.array(doc.footnotes.size(), depth, [&](size_t i, int d) { js.value(footnote_json(doc, doc.footnotes[i]), d); });
    } else {
      return false;
    }
    return true;
  });
  out("\n");
}

std::string render_json(const Document& doc, bool pretty) {
  // (the whole tree's dump: a fifth faster than the stream, which is for
  // documents too large to hold twice)
  std::string s = to_json(doc).dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
  s.push_back('\n');
  return s;
}

namespace detail {

std::vector<ParagraphRow> paragraph_rows(const Document& doc) {
  std::vector<ParagraphRow> rows;
  for (const auto& p : doc.front_matter.paragraphs) rows.push_back({"front_matter", nullptr, &p, {}, {}, {}, {}, {}});
  struct Path {
    std::optional<HeadingRef> chapter, section, subsection, subhead, article;
  };
  std::function<void(const std::vector<Node>&, Path, const char*, const Annex*)> visit =
      [&](const std::vector<Node>& nodes, Path path, const char* part, const Annex* annex) {
        for (const auto& n : nodes) {
          if (n.kind == NodeKind::Paragraph) {
            rows.push_back({part, annex, &n, path.chapter, path.section, path.subsection, path.subhead, path.article});
          } else if (n.kind == NodeKind::Section) {
            Path p = path;
            HeadingRef h{n.number, n.title};
            if (n.section_kind == "chapter") p = Path{h, {}, {}, {}, {}};
            else if (n.section_kind == "section") p.section = h, p.subsection.reset(), p.subhead.reset();
            else if (n.section_kind == "subsection") p.subsection = h, p.subhead.reset();
            else if (n.section_kind == "subhead") p.subhead = h;
            else if (n.section_kind == "article") p.article = h;
            visit(n.children, p, part, annex);
          }
        }
      };
  visit(doc.body, {}, "body", nullptr);
  for (const auto& a : doc.annexes) visit(a.children, {}, "annex", &a);
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

std::string heading_text(const ParagraphRow& r) {
  for (const auto* h : {&r.subhead, &r.article, &r.subsection, &r.section, &r.chapter})
    if (*h) return (*h)->title;
  return {};
}

}  // namespace detail

std::string render_jsonl(const Document& doc) {
  std::string out;
  auto href = [](const std::optional<detail::HeadingRef>& h) -> Json {
    if (!h) return nullptr;
    return {{"number", opt(h->number)}, {"title", h->title}};
  };
  for (const auto& r : detail::paragraph_rows(doc)) {
    const Node& p = *r.paragraph;
    Object j(16);
    j.add("source", doc.source.name);
    j.add("part", r.part);
    // the annex's number (null for a lone 附件) and, apart, its title
    j.add("annex_number", r.annex ? opt(r.annex->number) : Json(nullptr));
    j.add("annex_title", r.annex ? Json(r.annex->title) : Json(nullptr));
    j.add("number", opt(p.paragraph_number));
    j.add("kind", p.paragraph_kind);
    j.add("chapter", href(r.chapter));
    j.add("section", href(r.section));
    j.add("subsection", href(r.subsection));
    j.add("subhead", href(r.subhead));
    j.add("article", href(r.article));
    j.add("text", p.text);
    Json ids = Json::array();
    for (const auto& f : p.footnote_refs) ids.push_back(f.id);
    j.add("footnotes", std::move(ids));
    j.add("line_start", p.lines.first);
    j.add("line_end", p.lines.last);
    if (doc.analyzed) j.add("references", references_json(p.references));
    out += j.take().dump(-1, ' ', false, Json::error_handler_t::replace);
    out.push_back('\n');
  }
  return out;
}

}  // namespace undoc
