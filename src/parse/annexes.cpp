// Pass 4d: annexes; then footnote links and the report of unplaced lines.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "parser.hpp"

namespace undoc::detail {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

// "所附文件" (an enclosure) alone on its line below an annex: the document
// the annex's letter encloses, an annex of its own, the line its caption
static bool enclosure_line(U32View f) { return f == U"所附文件"sv || f == U"所 附 文 件"sv; }

// "…给安全理事会主席的信的附件一": a letter's caption naming one of its annexes,
// a numeral after 的附件 (the caption's letter dated or naming its sender's
// 给/致): the numeral's length, 0 when the line is no such caption
static size_t numbered_caption(U32View f) {
  // (asked of every text line that may open an annex: its end first, a
  // numeral after 的附件, before the line is searched)
  if (f.size() < 8 || f.size() > 100) return 0;
  size_t k = f.size();
  while (k > 0 && f.size() - k < 3 && (is_chinese_numeral_char(f[k - 1]) || (f[k - 1] >= U'0' && f[k - 1] <= U'9'))) --k;
  const size_t n = f.size() - k;
  if (n == 0) return 0;
  const U32View head = f.substr(0, k);
  bool ends = false;
  for (U32View e : {U32View(U"的信的附件"sv), U32View(U"同文信的附件"sv), U32View(U"照会的附件"sv), U32View(U"的函的附件"sv)})
    ends = ends || head.ends_with(e);
  if (!ends || contains(f, U'。')) return 0;
  std::string iso;
  return chinese_date_at(head, 0, &iso, false) > 0 || contains(head, U'给') || contains(head, U'致') ? n : 0;
}

void Parser::parse_annexes(size_t i, size_t n) {
  in_annex_ = true;
  while (i < n) {
    size_t next = n;
    // (after the annex's own label lines: a caption over two lines may end in 附件 alone)
    for (size_t k = i + std::max(1, annex_label_lines(i)); k < n; ++k)
      if (!used_[k] && opens_annex(k)) {
        next = k;
        break;
      }
    Annex a;
    const Line& ln = L_[i];
    if (!ln.label().empty()) a.number = number_text(ln.label());
    a.lines.extend(ln.number);
    used_[i] = 1;
    const int label_lines = annex_label_lines(i);
    size_t j = next_free(i + label_lines, next);
    U32View whole = trimmed_line(i);
    U32 whole2(whole);  // (the caption over two lines, read as one)
    if (label_lines == 2) whole2 += trimmed_line(i + 1);
    const size_t numeral = ln.kind == LineKind::Text ? numbered_caption(fold(whole2)) : 0;
    if (numeral > 0) a.number = number_text(U32View(whole2).substr(whole2.size() - numeral));
    const bool caption = label_lines == 2 ||
                         (ln.label().empty() && whole.size() > 3 && whole.substr(whole.size() - 3) == U"的附件"sv) ||
                         (ln.kind == LineKind::Text && enclosure_line(whole)) || numeral > 0;
    if (caption) {  // "…给秘书长的信的附件": kept as the caption; the title is below
      U32 text = piece(i, 0, nullptr);
      if (label_lines == 2) {  // wrapped onto a second line
        join_text(text, piece(i + 1, 0, nullptr));
        used_[i + 1] = 1;
        a.lines.extend(L_[i + 1].number);
      }
      a.caption = to_utf8(text);
    } else {
      // (the label as written, 附件一 or 附件 alone: its number read from it
      // above, its words kept beside it)
      a.label = to_utf8(trim_view(ln.text.substr(0, std::min<size_t>(ln.body, ln.text.size()))));
    }
    // (a letter's annex notes its original language below its caption, above
    // its title: "…的信的附件" / "[原件：西班牙文]" / the title; the note stays a
    // paragraph of the annex, the title is the line below it)
    size_t below_note = j;
    if (j < next && L_[j].kind == LineKind::Text && original_language_note(trimmed_fold(j)))
      below_note = next_free(j + 1, next);
    if (!caption && !trim_view(ln.content()).empty()) {  // 附件一 与会者名单
      a.title = to_utf8(piece(i, ln.body, nullptr));
    } else if (below_note != j && below_note < next && L_[below_note].kind == LineKind::Text &&
               !contains(trimmed_fold(below_note), U'。') && heading_shape(below_note, kMaxHeadingChars)) {
      U32 title;
      size_t k = block(below_note, next, &title, &a.lines, 4);
      title_goes_on(k, next, title, a.lines);
      title_as_at(k, next, title, a.lines);
      a.title = to_utf8(title);
    } else if (j < next && L_[j].kind == LineKind::Text && !contains(trimmed_fold(j), U'。')) {
      U32 title;
      size_t k = block(j, next, &title, &a.lines, 4);
      // a title cut mid-phrase goes on past a blank line ("…听询会的" / "议程安排")
      size_t m = next_free(k, next);
      if (m < next && m > k && ends_mid_phrase(fold(title)) && L_[m].kind == LineKind::Text &&
          heading_shape(m, kMaxHeadingChars))
        block(m, next, &title, &a.lines, 2);
      else
        title_goes_on(k, next, title, a.lines);
      title_as_at(k, next, title, a.lines);
      a.title = to_utf8(title);
    }
    a.children = parse_nodes(j, next);
    for (auto& c : a.children) a.lines.extend(c.lines);
    doc_.annexes.push_back(std::move(a));
    i = next;
  }
}

// The line after the annex opening at `from` where the body takes up its
// chapters again, or `end`: an annex set inside a chapter (a conference's
// report, its first chapter's resolution and the declaration annexed to it,
// then 第二章 出席情况和工作安排). The chapter next in the body's sequence, in
// the body's style (第二章 after 第一章, 二. after 一.), where the annex has no
// such chapters of its own before it (an annex's own 一. … 二. stays the
// annex's).
size_t Parser::body_resumes_at(size_t body_begin, size_t from, size_t end) const {
  auto styled = [&](size_t k) { return trimmed_fold(k).front() == U'第'; };
  long last = 0;
  bool last_styled = false;
  for (size_t k = body_begin; k < from; ++k)
    if (used_[k] && L_[k].kind == LineKind::Chapter && L_[k].value > 0) {
      last = L_[k].value;
      last_styled = styled(k);
    }
  if (last == 0) return end;
  for (size_t k = from + 1; k < end; ++k) {
    if (used_[k] || L_[k].kind != LineKind::Chapter || styled(k) != last_styled) continue;
    if (L_[k].value >= 1 && L_[k].value <= last) return end;  // the annex's own chapters
    if (L_[k].value == last + 1) return k;
  }
  return end;
}

// An annex's title over two lines, the second short and whole (each line a
// phrase: "哥斯达黎加竞选2025-2027年任期人权理事会成员" / "自愿保证和承诺"), the
// annex's first heading right below it: no paragraph stands alone between the
// title and the heading that opens the text (nor a subhead above a chapter),
// so the line is the title's. The line k is the one after the title's block.
void Parser::title_goes_on(size_t k, size_t next, U32& title, LineRange& lines) {
  const size_t m = next_free(k, next);
  if (title.empty() || m >= next || L_[m].kind != LineKind::Text || !heading_shape(m, kMaxHeadingChars)) return;
  const U32View f = trimmed_fold(m), t = trim_view(U32View(title));
  if (contains(f, U'。') || is_clause_end(f.back()) || f.back() == U':' || original_language_note(f) || t.empty() ||
      is_clause_end(t.back()) || is_sentence_end(t.back()) || t.back() == U':')
    return;
  const size_t h = next_free(m + 1, next);
  if (h >= next || !(L_[h].kind == LineKind::Chapter || L_[h].kind == LineKind::Section || L_[h].kind == LineKind::Part) ||
      trimmed_content(h).empty() || !heading_shape(h, kMaxHeadingChars))
    return;
  std::vector<FootnoteRef> refs;  // (its markers linked as the title's first lines' are, block())
  join_text(title, piece(m, 0, &refs));
  for (auto& r : refs) loose_refs_.push_back({r.id, L_[m].number, "front_matter"});
  used_[m] = 1;
  lines.extend(L_[m].number);
}

// An annex's title qualified, on the line below it, by the day its figures
// stand at, in parentheses: "联合国…稳定特派团军事和警察人员实力" /
// "(截至2023年8月31日)" (a Secretary-General's report to the Security Council
// sets its mission's strength so, a table below): the title's, not a
// paragraph of the annex.
void Parser::title_as_at(size_t k, size_t next, U32& title, LineRange& lines) {
  const size_t m = next_free(k, next);
  if (title.empty() || m >= next || L_[m].kind != LineKind::Text) return;
  const U32View f = trimmed_fold(m);
  if (f.size() < 8 || f.size() > 30 || f.front() != U'(' || f.back() != U')' || !starts_with(f.substr(1), U"截至"sv) ||
      contains(f, U'。') || std::count(f.begin(), f.end(), U'(') != 1)
    return;
  std::vector<FootnoteRef> refs;
  join_text(title, piece(m, 0, &refs));
  for (auto& r : refs) loose_refs_.push_back({r.id, L_[m].number, "front_matter"});
  used_[m] = 1;
  lines.extend(L_[m].number);
}

int Parser::annex_label_lines(size_t i) const {
  if (L_[i].kind == LineKind::Annex) return 1;
  // (a caption naming the annex by its numeral: "…给安全理事会主席的信的附件一",
  // or broken over two lines, "…主席的信的" / "附件一", "…主席的" / "信的附件二")
  if (L_[i].kind == LineKind::Text && numbered_caption(trimmed_fold(i)) > 0) return 1;
  if (L_[i].kind == LineKind::Text && i + 1 < L_.size() && !L_[i + 1].blank() && !L_[i + 1].page_start &&
      (L_[i + 1].kind == LineKind::Text || L_[i + 1].kind == LineKind::Annex)) {
    const U32View b = trimmed_line(i + 1);  // (the whole line: an annex line's label too)
    size_t k = b.size();
    while (k > 0 && b.size() - k < 3 && is_chinese_numeral_char(b[k - 1])) --k;
    if (k < b.size() && k > 0 && b[k - 1] == U'件' && b.size() <= 12) {
      U32 joined(trimmed_line(i));
      joined += b;
      if (numbered_caption(joined) > 0 && !contains(trimmed_line(i), U'。')) return 2;
    }
  }
  if (L_[i].kind == LineKind::Text && enclosure_line(trimmed_line(i))) {
    for (size_t k = i; k-- > 0;)
      if (L_[k].kind == LineKind::Annex) return 1;
    return 0;
  }
  // (the second line may be 附件 alone, itself an annex line: "…给安全理事会主席的信的" / "附件")
  // (or a caption's tail that itself ends in 的附件, the line broken after the
  // sender or the addressee: "…给安全理事会" / "主席的信的附件"; then the first
  // line opens as a caption does, with the date or the sender's 给/致, and the
  // second does not: a caption whole on its line below a signature stays whole)
  if (L_[i].kind != LineKind::Text || i + 1 >= L_.size() || L_[i + 1].blank() || L_[i + 1].page_start) return 0;
  if (L_[i + 1].kind != LineKind::Text && !(L_[i + 1].kind == LineKind::Annex && trimmed_line(i + 1) == U"附件"sv)) {
    if (L_[i + 1].kind != LineKind::Annex || L_[i + 1].value != -1) return 0;
    const U32View fa = trimmed_fold(i), fb = trimmed_fold(i + 1);
    std::string iso;
    auto dated = [&](U32View f) { return chinese_date_at(f, 0, &iso, false) > 0; };
    auto sends = [](U32View f) { return contains(f, U'给') || contains(f, U'致'); };
    // (b naming a sender of its own, 给 or 致 within it, is a caption whole)
    const bool b_opens_addressee = !fb.empty() && (fb[0] == U'给' || fb[0] == U'致');
    // (but the sender's phrase itself cut, the date and the first of its
    // words above: "2023年12月20日安全理事会关于利比亚的第1970(2011)号决议" /
    // "所设委员会主席给安全理事会主席的信的附件", a line that opens with the
    // date, names no addressee and ends mid-phrase, over a line with no date)
    const bool sender_cut = dated(fa) && !sends(fa) && !date_only(fa) && !fa.empty() &&
                            !is_clause_end(fa.back()) && !is_sentence_end(fa.back());
    if (dated(fb) || !(dated(fa) || sends(fa)) || (sends(fb) && !b_opens_addressee && !sender_cut)) return 0;
  }
  // the two lines read as one (not joined into a string: this is asked of
  // every pair of text lines)
  const U32View a = trimmed_line(i), b = trimmed_line(i + 1);
  const size_t both = a.size() + b.size();
  // (each ending below ends in 件: a pair that does not is let go before
  // its lines are searched)
  if (!b.empty() && b.back() != U'件') return 0;
  if (both > 100 || contains(a, U'。') || contains(b, U'。')) return 0;
  // a + b ends with e
  auto ends_with = [&](U32View e) {
    if (b.size() >= e.size()) return b.substr(b.size() - e.size()) == e;
    const size_t head = e.size() - b.size();
    return e.substr(head) == b && a.size() >= head && a.substr(a.size() - head) == e.substr(0, head);
  };
  for (U32View e : {U32View(U"的信的附件"sv), U32View(U"同文信的附件"sv), U32View(U"照会的附件"sv), U32View(U"的函的附件"sv)})
    if (both > e.size() && ends_with(e)) return 2;
  return 0;
}

size_t Parser::part_of(int line) const {
  // (the annexes stand in line order: the number of those opened by `line`)
  const auto& a = doc_.annexes;
  return static_cast<size_t>(std::upper_bound(a.begin(), a.end(), line, [](int l, const Annex& x) {
                               return l < x.lines.first;
                             }) - a.begin());
}

// A table's cell that calls a note with a superscript number ("刚果民主共和国³",
// a marker raised in a PDF's cell): the marker is taken out of the cell's
// text, as a paragraph's is out of its text, and kept in the table's
// footnote_refs with its cell and its offset there. Only a marker after
// words (not at the cell's start, not a unit's power after a Latin letter,
// "m²") whose note the document has.
void Parser::take_cell_markers() {
  std::set<std::string> ids;
  for (const Footnote& f : doc_.footnotes) ids.insert(f.id);
  if (ids.empty()) return;
  auto take = [&](Node& t) {
    if (t.kind != NodeKind::Table) return;
    for (size_t r = 0; r < t.rows.size(); ++r)
      for (size_t c = 0; c < t.rows[r].size(); ++c) {
        std::string& cell = t.rows[r][c];
        if (cell.find("\xE2\x81") == std::string::npos && cell.find("\xC2\xB9") == std::string::npos &&
            cell.find("\xC2\xB2") == std::string::npos && cell.find("\xC2\xB3") == std::string::npos)
          continue;  // (no superscript digit: U+00B9, U+00B2, U+00B3, U+2070…)
        const U32 u = from_utf8(cell);
        U32 kept;
        size_t from = 0;
        std::vector<FootnoteRef> refs;
        for_each_superscript_run(u, [&](size_t k, size_t e) {
          if (k == 0 || (u[k - 1] >= U'a' && u[k - 1] <= U'z') || (u[k - 1] >= U'A' && u[k - 1] <= U'Z')) return;
          std::string id = id_of(U32View(u).substr(k, e - k));
          if (!ids.count(id)) return;
          kept.append(u, from, k - from);
          refs.push_back({std::move(id), static_cast<int>(kept.size()), static_cast<int>(r), static_cast<int>(c)});
          from = e;
        });
        if (refs.empty()) continue;
        kept.append(u, from, U32::npos);
        cell = to_utf8(kept);
        for (auto& ref : refs) t.footnote_refs.push_back(std::move(ref));
      }
  };
  walk_mut(doc_.body, take);
  for (auto& a : doc_.annexes) walk_mut(a.children, take);
}

void Parser::link_footnotes() {
  // Each id's footnotes by part (the body 0, annex k k): a reference links to
  // the first footnote of its own part, or else the last of the nearest part
  // before, or else the first of all. (Sorted and searched: a document of
  // thousands of annexes that each number their footnotes from 1 links in
  // n log n, not n².)
  std::map<std::string, std::vector<std::pair<size_t, size_t>>> by_id;  // id -> (part, footnote), in order
  for (size_t k = 0; k < doc_.footnotes.size(); ++k)
    by_id[doc_.footnotes[k].id].push_back({part_of(doc_.footnotes[k].lines.first), k});
  for (auto& [id, v] : by_id) std::stable_sort(v.begin(), v.end());
  auto use = [&](const std::string& id, FootnoteUse u) {
    auto found = by_id.find(id);
    if (found == by_id.end()) return;  // a marker with no body: validate reports it
    const auto& v = found->second;
    const size_t part = part_of(u.line);
    auto it = std::lower_bound(v.begin(), v.end(), std::make_pair(part, size_t{0}));
    size_t best = v.front().second;
    if (it != v.end() && it->first == part) best = it->second;
    else if (it != v.begin()) best = std::prev(it)->second;  // the nearest part before
    doc_.footnotes[best].refs.push_back(std::move(u));
  };
  for (auto& item : doc_.front_matter.agenda_items)
    for (auto& id : item.footnotes) use(id, {std::nullopt, "front_matter", item.lines.first});
  for (auto& p : doc_.front_matter.paragraphs)
    for (auto& r : p.footnote_refs) use(r.id, {std::nullopt, "front_matter", p.lines.first});
  auto in_nodes = [&](const std::vector<Node>& nodes, const char* where) {
    walk(nodes, [&](const Node& nd) {
      // (a table's cells' markers, taken out of them by take_cell_markers, are
      // its footnote_refs, each with its cell)
      for (auto& r : nd.footnote_refs) {
        FootnoteUse u{std::nullopt, where, nd.lines.first};
        if (nd.paragraph_number) u.paragraph = nd.paragraph_number;
        use(r.id, u);
      }
    });
  };
  in_nodes(doc_.body, "body");
  for (auto& a : doc_.annexes) in_nodes(a.children, "annex");
  for (auto& h : loose_refs_) use(h.id, {std::nullopt, h.in, h.line});
}

void Parser::report_unplaced() {
  // Extend section ranges over their children.
  std::function<void(std::vector<Node>&)> extend = [&](std::vector<Node>& nodes) {
    for (auto& n : nodes) {
      if (n.children.empty()) continue;
      extend(n.children.mut());
      for (auto& c : n.children) n.lines.extend(c.lines);
    }
  };
  extend(doc_.body);
  // (and an annex's over its children so extended: it was extended over
  // them as parsed, a section then holding only its heading's lines)
  for (auto& a : doc_.annexes) {
    extend(a.children);
    for (auto& c : a.children) a.lines.extend(c.lines);
  }
  // A line that no rule placed is kept where it stood, as an unnumbered
  // paragraph (in the front matter, or in the innermost section of the body
  // or annex whose lines hold it), and W-UNPLACED quotes it whole.
  std::function<void(std::vector<Node>&, Node&&)> put = [&](std::vector<Node>& nodes, Node&& p) {
    const int n = p.lines.first;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
      if (it->kind == NodeKind::Section && !it->lines.empty() && it->lines.first <= n && n <= it->lines.last &&
          !it->children.empty()) {
        put(it->children.mut(), std::move(p));
        return;
      }
      if (!it->lines.empty() && it->lines.first > n) {
        nodes.insert(it, std::move(p));
        return;
      }
    }
    nodes.push_back(std::move(p));
  };
  const int body_first = doc_.body.empty() ? 0 : doc_.body.front().lines.first;
  for (size_t i = 0; i < L_.size(); ++i) {
    if (used_[i] || L_[i].blank()) continue;
    const std::string text = to_utf8(trim_view(L_[i].text));
    doc_.diagnostics.push_back({"W-UNPLACED", Severity::Warning, L_[i].number, 1,
                                fmt::format("text no rule placed, kept as a paragraph where it stood: \"{}\"", text)});
    Node p;
    p.kind = NodeKind::Paragraph;
    p.paragraph_kind = "unnumbered";
    p.text = text;
    p.lines.extend(L_[i].number);
    used_[i] = 1;
    const int n = L_[i].number;
    Annex* in = nullptr;
    for (auto& a : doc_.annexes)
      if (!a.lines.empty() && a.lines.first <= n) in = &a;
    if (in) {
      put(in->children, std::move(p));
      in->lines.extend(n);
    } else if (body_first == 0 || n < body_first) {
      auto& fp = doc_.front_matter.paragraphs;
      auto at = std::find_if(fp.begin(), fp.end(), [&](const Node& x) { return !x.lines.empty() && x.lines.first > n; });
      fp.insert(at, std::move(p));
    } else {
      put(doc_.body, std::move(p));
    }
  }
}

}  // namespace undoc::detail
