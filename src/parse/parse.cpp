// parse: classified lines -> Document.
//
// Passes, in order, each over the whole line list:
//   1. layout facts: is the text hard-wrapped, and at what width;
//   2. page furniture (running headers, job numbers, page numbers);
//   3. footnote bodies (superscript, star and plain-digit labels) and the
//      markers in the text that point at them;
//   4. front matter, table of contents, body and annexes, in reading order.
// Every line a pass claims is marked used; a non-blank line that no pass
// claims is reported (W-UNPLACED), so nothing is lost silently.
#include <functional>
#include <fmt/format.h>

#include <algorithm>

#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "parser.hpp"

namespace undoc {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)
namespace detail {

Parser::Parser(const Lines& lines, Source source) : L_(split_masthead_columns(lines.lines, split_lines_, right_cells_)), lines_(lines) {
  doc_.source = std::move(source);
  used_.assign(L_.size(), 0);
}

// The front matter reads fields from its lines; a line whose words no field
// holds (a masthead line repeated, a date line after the date was read) is
// kept as a note, so nothing is lost. Words are counted as Han characters
// and Latin words, the masthead's 联合国, Distr. and Original: and an agenda
// line's 项目 being labels.
void Parser::keep_front_matter_words(size_t end) {
  FrontMatter& fm = doc_.front_matter;
  // a text's units, each counted into a tally: each Han character, each
  // Latin word of two letters or more (counted as they come: a front-matter
  // paragraph may be a whole document's one line). (Hashed, the characters
  // by their code point: a unit is looked up per character, and nothing here
  // reads the tallies in order.)
  // Han characters by code point, in a table of open addressing (a node
  // allocated per character in an unordered_map cost more than the counting)
  struct HanCounts {
    std::vector<std::pair<char32_t, long>> slots = std::vector<std::pair<char32_t, long>>(32);  // 0: empty
    size_t size = 0;
    long& operator[](char32_t c) {
      for (;;) {
        const size_t mask = slots.size() - 1;
        for (size_t h = (static_cast<size_t>(c) * 2654435761u) & mask;; h = (h + 1) & mask) {
          if (slots[h].first == c) return slots[h].second;
          if (slots[h].first != 0) continue;
          if (2 * (size + 1) > slots.size()) break;  // grown first, then placed
          ++size;
          slots[h].first = c;
          return slots[h].second;
        }
        std::vector<std::pair<char32_t, long>> old(2 * slots.size());
        old.swap(slots);
        for (const auto& [k, n] : old)
          if (k != 0) {
            size_t h = (static_cast<size_t>(k) * 2654435761u) & (slots.size() - 1);
            while (slots[h].first != 0) h = (h + 1) & (slots.size() - 1);
            slots[h] = {k, n};
          }
      }
    }
  };
  struct Tally {
    HanCounts han;
    std::unordered_map<U32, long> words;
    // every unit of `need` held here at least as often
    bool holds(const Tally& need) {
      for (auto [c, n] : need.han.slots)
        if (c != 0 && han[c] < n) return false;
      for (const auto& [w, n] : need.words)
        if (words[w] < n) return false;
      return true;
    }
    void take(const Tally& need) {
      for (auto [c, n] : need.han.slots)
        if (c != 0) han[c] -= n;
      for (const auto& [w, n] : need.words) words[w] -= n;
    }
  };
  auto units = [](U32View t, Tally& tally, long by) {
    for (size_t k = 0; k < t.size();) {
      if (is_han(t[k])) {
        tally.han[t[k++]] += by;
        continue;
      }
      size_t e = k;
      while (e < t.size() && ((t[e] >= U'a' && t[e] <= U'z') || (t[e] >= U'A' && t[e] <= U'Z'))) ++e;
      if (e - k >= 2) {
        const U32View w = t.substr(k, e - k);
        if (w != U"Distr"sv && w != U"Original"sv) tally.words[U32(w)] += by;
      }
      k = e > k ? e : k + 1;
    }
  };
  // the same of a field's UTF-8, read as it stands (a front-matter paragraph
  // may be a whole document's one line: no copy of it as code points). A
  // Latin word's letters are ASCII, one byte each.
  auto units8 = [](std::string_view s, Tally& tally, long by) {
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (size_t k = 0; k < s.size();) {
      if (letter(s[k])) {
        size_t e = k;
        while (e < s.size() && letter(s[e])) ++e;
        if (e - k >= 2) {
          const std::string_view w = s.substr(k, e - k);
          if (w != "Distr" && w != "Original") tally.words[U32(w.begin(), w.end())] += by;
        }
        k = e;
        continue;
      }
      char32_t c = 0;
      const size_t at = k;
      k = utf8_next(s, k, &c);
      if (k == at) ++k;
      if (is_han(c)) tally.han[c] += by;
    }
  };
  Tally have;
  // fields that are a line as written, by their UTF-8 length (views of the
  // fields, which nothing changes while they are looked up; a line is
  // compared with them as it stands, not copied into UTF-8 first)
  std::multimap<size_t, std::string_view> whole;
  std::vector<std::string> joined;  // (the agenda items' fields, joined)
  joined.reserve(fm.agenda_items.size());
  // (the fields' words are counted below, once a line is left to weigh
  // against them: what the fields hold is what `whole` still holds after the
  // lines that are a field as written took theirs)
  auto count = [&](std::string_view s) { whole.emplace(s.size(), s); };
  for (const auto* o : {&fm.symbol, &fm.organ, &fm.distribution, &fm.language_this, &fm.language_original,
                        &fm.date_text, &fm.session_text, &fm.title, &fm.subtitle, &fm.resolution_number})
    if (*o) count(**o);
  for (const auto& o : fm.organs) count(o);
  for (const auto& n : fm.notes) count(n);
  for (const auto& a : fm.agenda_items) count(joined.emplace_back(a.label + a.item.value_or("") + a.title));
  if (fm.adoption) count(fm.adoption->text);
  if (fm.meeting) {
    count(fm.meeting->text);
    for (const auto* o : {&fm.meeting->held, &fm.meeting->place, &fm.meeting->chair})
      if (*o) count(**o);
  }
  for (const auto& p : fm.paragraphs) count(p.text);
  // lines that furniture and footnotes hold (sorted, looked up by halving:
  // no tree node per line)
  std::vector<int> elsewhere;
  for (const auto& f : doc_.furniture) elsewhere.push_back(f.line);
  for (const auto& f : doc_.footnotes)
    for (int l = f.lines.first; !f.lines.empty() && l <= f.lines.last; ++l) elsewhere.push_back(l);
  std::sort(elsewhere.begin(), elsewhere.end());
  std::vector<size_t> rest;
  for (size_t k = 0; k < end && k < L_.size(); ++k) {
    if (!used_[k] || L_[k].blank() || std::binary_search(elsewhere.begin(), elsewhere.end(), L_[k].number)) continue;
    if (L_[k].number < fm.lines.first || L_[k].number > fm.lines.last) continue;
    // (first, a line that is a field as written takes that field's words)
    const U32View t = trim_view(L_[k].text);
    auto [from, to] = whole.equal_range(utf8_size(t));
    while (from != to && !utf8_equal(t, from->second)) ++from;
    if (from != to) {
      whole.erase(from);
      continue;
    }
    rest.push_back(k);
  }
  if (rest.empty()) return;
  for (const auto& [size, s] : whole) units8(s, have, 1);
  if (fm.organ)  // (organ is the first of organs: count it once)
    units8(*fm.organ, have, -1);
  for (size_t k : rest) {
    U32 t = U32(trimmed_line(k));
    if (t.find(U"联"sv) != U32::npos) {  // 联 合 国 / 联合国: the masthead's label
      const U32 compact = without_spaces(t);
      if (compact.rfind(U"联合国"sv, 0) == 0) t = compact.substr(3);
    }
    // (联 / 合 / 国 a character a line: the same label, set apart by MuPDF)
    if (t == U"联"sv || t == U"合"sv || t == U"国"sv) continue;
    // (a symbol alone, as a masthead or header line gives it again, is the
    // document's symbol: fm.symbol holds it however often it stands)
    if (classify_kind(t) == LineKind::Symbol) continue;
    // (and an agenda line's 项目: 临时议程* 项目 54(b), or 项目 54(b) alone)
    if (t.find(U"议程"sv) != U32::npos || t.find(U"项目清单"sv) != U32::npos || t.find(U"项目表"sv) != U32::npos ||
        item_number_at(t) == 0) {
      if (size_t at = t.find(U"项目"sv); at != U32::npos) t.erase(at, 2);
    }
    Tally need;
    units(t, need, 1);
    if (have.holds(need)) {
      have.take(need);
      continue;
    }
    fm.notes.push_back(to_utf8(trim_view(L_[k].text)));
  }
}

Document Parser::run() {
  measure_layout();
  decide_shape();
  find_furniture();
  find_footnotes();
  const size_t n = L_.size();
  size_t i = parse_front_matter();
  // (the masthead's lines and cells in line order, a line's cells as they stood)
  std::stable_sort(masthead_.begin(), masthead_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [line, text] : masthead_) doc_.front_matter.masthead.push_back(std::move(text));
  {
    // a report with no title of its own under its agenda item ("议程项目18(a)" /
    // "宏观经济政策问题：国际贸易与发展" / "第二委员会的报告"): the item's title
    // is the document's, the report line its subtitle
    auto& fm = doc_.front_matter;
    // (a report's or a note's line only: a letter's title stays, with its date and sender;
    // and so does a numbered decision's or resolution's own title, under its
    // adoption line: "2023/205. 联合国地名专家组2023年届会的报告")
    // (not where the masthead names two items or more, "议程项目2和3": no one
    // item's title is the document's; nor a mandate holder's report, which
    // its line names, "老年人享有人权问题独立专家的报告", "…问题特别报告员的报告",
    // "…问题工作组的报告": the Human Rights Council's special procedures
    // report under their own titles)
    if (fm.title && !fm.subtitle && !fm.resolution_number && !fm.adoption && fm.agenda_items.size() == 1 &&
        !fm.agenda_items.back().title.empty() &&
        (fm.title->ends_with("的报告") || fm.title->ends_with("的说明")) && fm.title->size() <= 60 &&
        !mandate_holder_report(fold(from_utf8(*fm.title)))) {
      fm.subtitle = fm.title;
      fm.title = fm.agenda_items.back().title;
    }
  }
  keep_front_matter_words(i);
  // the main committee the masthead names under the organ ("第三委员会", a
  // draft's, A/C.3/78/L.12, or a committee's record): the document's
  // committee, out of the notes where the masthead's reading kept it (a
  // second one stays there)
  {
    auto& fm = doc_.front_matter;
    for (auto it = fm.notes.begin(); it != fm.notes.end(); ++it)
      if (main_committee_line(without_spaces(fold(from_utf8(*it))))) {
        fm.committee = std::move(*it);
        fm.notes.erase(it);
        break;
      }
  }
  i = parse_toc(i);
  // (a summary record's notice stands below its contents, above the opening)
  if (size_t last = take_record_notice(next_free(i, n), n); last != std::string::npos) i = last + 1;
  size_t annex_at = n;
  for (size_t k = i; k < n; ++k)
    if (!used_[k] && opens_annex(k)) {
      annex_at = k;
      break;
    }
  doc_.body = parse_nodes(i, annex_at);
  // (the annexes to the end; or, where an annex stands inside a chapter, to
  // the body's next chapter, the body taken up there, its annexes after it)
  const size_t body_begin = i;
  while (annex_at < n) {
    const size_t resume = body_resumes_at(body_begin, annex_at, n);
    parse_annexes(annex_at, resume);
    if (resume >= n) break;
    annex_at = n;
    for (size_t k = resume; k < n; ++k)
      if (!used_[k] && opens_annex(k)) {
        annex_at = k;
        break;
      }
    in_annex_ = false;
    std::vector<Node> more = parse_nodes(resume, annex_at);
    doc_.body.insert(doc_.body.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  take_cell_markers();
  link_footnotes();
  report_unplaced();
  lift_table_notes(doc_.body, "body");
  for (auto& a : doc_.annexes) lift_table_notes(a.children, "annex");
  lift_notes_below(doc_.body, "body");
  for (auto& a : doc_.annexes) lift_notes_below(a.children, "annex");
  // a table whose every row ends in a separator (a TAB after the last cell,
  // as some exports set one): the empty column that makes holds nothing and
  // is no column
  auto trim_empty_last_column = [](Node& t) {
    if (t.kind != NodeKind::Table || t.rows.empty()) return;
    auto& rows = t.rows;
    while (std::all_of(rows.begin(), rows.end(), [](const std::vector<std::string>& r) {
      return r.size() >= 2 && r.back().empty();
    }))
      for (auto& r : rows) r.pop_back();
  };
  walk_mut(doc_.body, trim_empty_last_column);
  for (auto& a : doc_.annexes) walk_mut(a.children, trim_empty_last_column);
  walk_mut(doc_.front_matter.paragraphs, trim_empty_last_column);
  // a Markdown text's marks, taken from its lines as the lexer read them
  for (const auto& [line, marks] : lines_.markup) doc_.furniture.push_back({"markup", to_utf8(marks), line});
  // (in line order: the body's pass may take a page number late)
  std::stable_sort(doc_.furniture.begin(), doc_.furniture.end(),
                   [](const Furniture& a, const Furniture& b) { return a.line < b.line; });
  unique_footnote_ids();
  doc_.kind = document_kind(doc_);
  // an agenda's numbered headings (its annotations: "1. 由…团长宣布开幕") are its items
  if (doc_.kind == std::string("agenda"))
    walk_mut(doc_.body, [](Node& n) {
      if (n.kind == NodeKind::Section && n.section_kind == "subsection"sv) n.section_kind = "item";
    });
  if (doc_.front_matter.title) doc_.front_matter.letter = letter_head(from_utf8(*doc_.front_matter.title));
  // a record with no masthead date (a verbatim record): its date is the meeting's
  if (auto& fm = doc_.front_matter; !fm.date && fm.meeting && fm.meeting->date) fm.date = fm.meeting->date;
  if (sentences_apart_ > 0)
    doc_.diagnostics.push_back({"I-SENTENCES-APART", Severity::Info, 0, 0,
                                fmt::format("text set one sentence per line: {} unnumbered sentences kept as paragraphs "
                                            "of their own (nothing says which belong together)",
                                            sentences_apart_)});
  if (sentences_joined_ > 0)
    doc_.diagnostics.push_back({"I-SENTENCES-JOINED", Severity::Info, 0, 0,
                                fmt::format("text set one sentence per line: {} sentence lines joined to the "
                                            "numbered paragraph above them",
                                            sentences_joined_)});
  return std::move(doc_);
}

size_t Parser::next_free(size_t i, size_t end) const {
  while (i < end && (used_[i] || L_[i].blank())) ++i;
  return i;
}

size_t Parser::adjacent_next(size_t i, size_t end) const {
  size_t j = i + 1;
  if (j < end && free_line(j) && !L_[j].page_start) return j;
  return std::string::npos;
}

U32 Parser::piece(size_t i, size_t from, std::vector<FootnoteRef>* refs) const {
  U32 out;
  piece_into(out, i, from, refs);
  return out;
}

// A sub-item's label at a line's start ("(a)", "(iii)", "㈠", "•") and the
// run of two or more spaces after it, where pdftotext -layout pads the label
// to the tab stop its text is set at ("(a)   将北部…"): the extra spaces of the
// run, [*pad_from, return), are the page's layout, as an indent's are, and
// the label keeps one space, as -raw and the default mode give it ("(a) 将…");
// a TAB typed after the label is kept. Returns *pad_from when there is none.
static size_t label_padding(U32View t, size_t b, size_t e, size_t* pad_from) {
  *pad_from = b;
  if (b >= e) return b;
  size_t j = b;
  const char32_t c = t[b];
  if (c == U'•' || c == U'·' || c == U'▪' || (c >= 0x3220 && c <= 0x3229) || (c >= 0x2474 && c <= 0x2487) ||
      (c >= 0x249C && c <= 0x24B5)) {
    j = b + 1;
  } else {
    const char32_t open = fold_char(c);
    if (open != U'(') return b;
    size_t k = b + 1;
    while (k < e && k - b - 1 < 4 &&
           ((fold_char(t[k]) >= U'a' && fold_char(t[k]) <= U'z') || is_chinese_numeral_char(t[k]) ||
            (fold_char(t[k]) >= U'0' && fold_char(t[k]) <= U'9')))
      ++k;
    if (k == b + 1 || k >= e || fold_char(t[k]) != U')') return b;
    j = k + 1;
  }
  size_t n = j;
  while (n < e && t[n] == U' ') ++n;
  if (n - j < 2 || n >= e) return b;
  *pad_from = j + 1;
  return n;
}

void Parser::piece_into(U32& out, size_t i, size_t from, std::vector<FootnoteRef>* refs) const {
  const Line& ln = L_[i];
  size_t b = from, e = ln.text.size();
  while (b < e && is_space(ln.text[b])) ++b;
  while (e > b && is_space(ln.text[e - 1])) --e;
  size_t pad_from = b;
  const size_t pad_to = label_padding(ln.text, b, e, &pad_from);
  out.clear();
  out.reserve(e - b);  // (at most the trimmed line: markers and spaces only drop out)
  const auto& ms = markers_[i];
  if (ms.empty()) {
    // (no marker on the line: the runs between spaces copied whole)
    const char32_t* t = ln.text.data();
    for (size_t k = b; k < e;) {
      size_t r = k;
      while (r < e) {
#if defined(__SSE2__)
        // (four at a time past the characters above U+3000, none of them
        // a space: most of a Chinese line)
        if (r + 4 <= e) {
          const int m = detail::above_u3000_mask(t + r);
          if (m == 0xF) {
            r += 4;
            continue;
          }
          r += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(~m)));  // (the first that may be a space)
        }
#endif
        if (is_space(t[r])) break;
        ++r;
      }
      out.append(t + k, r - k);
      if (r == e) break;
      k = r;
      if (k >= pad_from && k < pad_to) {
        ++k;
        continue;
      }
      if (!out.empty() && k + 1 < e && !is_space(t[k + 1]) && (is_cjk_closing(t[k + 1]) || is_cjk_opening(out.back()))) {
        ++k;
        continue;
      }
      out.push_back(t[k]);
      ++k;
    }
    return;
  }
  size_t m = 0;
  for (size_t k = b; k < e;) {
    while (m < ms.size() && ms[m].pos + ms[m].len <= k) ++m;
    if (m < ms.size() && ms[m].pos == k) {
      k += ms[m].len;
      // "运作 3。": the space before a spaced-out marker goes with it
      if (!out.empty() && is_space(out.back()) && (k >= e || !is_ascii_alnum(fold_char(ln.text[k])))) {
        out.pop_back();
        // and, between Chinese words, the space after it ("宣言》 2 呼吁": -layout spaces both sides)
        size_t j = k;
        while (j < e && is_space(ln.text[j])) ++j;
        if (j > k && j < e && !out.empty() && !is_ascii_alnum(fold_char(ln.text[j])) &&
            !is_ascii_alnum(fold_char(out.back())) && !is_space(out.back()))
          k = j;
      }
      if (refs) refs->push_back({ms[m].id, static_cast<int>(out.size())});
      continue;
    }
    if (k >= pad_from && k < pad_to) {
      ++k;
      continue;
    }
    // PDF extraction puts spaces around full-width punctuation where the
    // glyphs sit apart ("认为 ，国际"); Chinese text never has them there
    if (is_space(ln.text[k]) && !out.empty() && k + 1 < e && !is_space(ln.text[k + 1]) &&
        (is_cjk_closing(ln.text[k + 1]) || is_cjk_opening(out.back()))) {
      ++k;
      continue;
    }
    out.push_back(ln.text[k]);
    ++k;
  }
}

// Footnote ids are unique within a document: a note whose marker an earlier
// note used already (two tables that letter their notes a, b; an annex that
// numbers its footnotes from 1 again) is "a-2", "a-3"… in document order, its
// marker kept beside the id as written; the markers linked to it (by the line
// link_footnotes linked them from) take its id.
void Parser::unique_footnote_ids() {
  std::map<std::string, int> seen;
  for (const Footnote& fn : doc_.footnotes) seen.emplace(fn.id, 0);
  // (each renamed note's uses, by area and line, sorted; then each tree
  // walked once, a node's first line looked up among them: no walk per
  // renamed note, which cost time quadratic in the notes of a text whose
  // annexes number theirs from 1 again, and no index of every node, which
  // cost memory at the parse's peak)
  struct Rename {
    int area, line;
    std::string marker, id;
    bool operator<(const Rename& o) const { return std::tie(area, line) < std::tie(o.area, o.line); }
  };
  std::vector<Rename> renames;
  for (Footnote& fn : doc_.footnotes) {
    fn.marker = fn.id;
    const int n = ++seen[fn.id];
    if (n == 1) continue;
    std::string id = fmt::format("{}-{}", fn.marker, n);
    for (int k = n + 1; seen.count(id); ++k) id = fmt::format("{}-{}", fn.marker, k);
    seen.emplace(id, 1);
    for (const FootnoteUse& u : fn.refs) {
      const int area = u.in == "front_matter" ? 0 : u.in == "body" ? 1 : u.in == "annex" ? 2 : -1;
      if (area < 0) continue;
      if (area == 0)
        for (auto& item : doc_.front_matter.agenda_items)
          if (item.lines.first == u.line)
            for (auto& f : item.footnotes)
              if (f == fn.marker) f = id;
      renames.push_back({area, u.line, fn.marker, id});
    }
    fn.id = std::move(id);
  }
  if (renames.empty()) return;
  std::stable_sort(renames.begin(), renames.end());
  auto in_area = [&](int area) {
    return [&renames, area](Node& nd) {
      const Rename key{area, nd.lines.first, {}, {}};
      for (auto r = std::lower_bound(renames.begin(), renames.end(), key); r != renames.end() && !(key < *r); ++r)
        for (FootnoteRef& ref : nd.footnote_refs)
          if (ref.id == r->marker) ref.id = r->id;
    };
  };
  walk_mut(doc_.front_matter.paragraphs, in_area(0));
  walk_mut(doc_.body, in_area(1));
  for (auto& an : doc_.annexes) walk_mut(an.children, in_area(2));
}

// a table's notes below its rows, each marked with a letter ("a<TAB>包括前一
// 期间的债务。"), as UN tables set them, and the letter set after a cell's
// figure or words above ("505 123a"): footnotes of the table, lifted out
// of its rows and linked to the cells' lines (the cells keep the letter)
void Parser::lift_table_notes(std::vector<Node>& nodes, const char* in) {
  walk_mut(nodes, [&](Node& t) {
    if (t.kind != NodeKind::Table || t.rows.size() < 3 || t.lines.empty()) return;
    auto& rows = t.rows;
    auto note_of = [](const std::vector<std::string>& r) -> std::optional<std::pair<std::string, std::string>> {
      std::vector<std::string> cells;
      for (const std::string& c : r)
        if (!c.empty()) cells.push_back(c);
      if (cells.size() == 2 && cells[0].size() == 1 && cells[0][0] >= 'a' && cells[0][0] <= 'z' &&
          static_cast<unsigned char>(cells[1][0]) >= 0x80)
        return std::make_pair(cells[0], cells[1]);
      return std::nullopt;
    };
    size_t first = rows.size();
    while (first > 0 && note_of(rows[first - 1])) --first;
    if (first == rows.size() || first < 2) return;
    // (each letter set after a cell's figure or words above the notes)
    auto marked = [&](const std::string& id) {
      for (size_t r = 0; r < first; ++r)
        for (const std::string& c : rows[r]) {
          const U32 u = from_utf8(c);
          if (u.size() >= 2 && u.back() == static_cast<char32_t>(id[0]) &&
              (is_han(u[u.size() - 2]) || (u[u.size() - 2] >= U'0' && u[u.size() - 2] <= U'9') ||
               u[u.size() - 2] == U')' || u[u.size() - 2] == U'）'))
            return c;
        }
      return std::string();
    };
    for (size_t r = first; r < rows.size(); ++r)
      if (marked(note_of(rows[r])->first).empty()) return;
    const int lo = t.lines.first, hi = t.lines.last;
    auto line_of = [&](auto pred) {
      for (int k = lo; k <= hi; ++k)
        if (pred(L_[static_cast<size_t>(k - 1)])) return k;
      return 0;
    };
    int last_row_line = hi;
    std::vector<Footnote> notes;
    for (size_t r = first; r < rows.size(); ++r) {
      const auto [id, text] = *note_of(rows[r]);
      const std::string cell = marked(id);
      const U32 want = from_utf8(text);
      const int at = line_of([&](const Line& l) {
        const U32View f = trim_view(U32View(l.text));
        return f.size() > 2 && f[0] == static_cast<char32_t>(id[0]) && is_space(f[1]) &&
               f.find(U32View(want).substr(0, std::min<size_t>(want.size(), 4))) != U32View::npos;
      });
      const U32 cu = from_utf8(cell);
      const int ref = line_of([&](const Line& l) { return U32View(l.text).find(U32View(cu)) != U32View::npos; });
      if (at == 0 || ref == 0) return;
      if (r == first) last_row_line = at - 1;
      Footnote fn;
      fn.id = id;
      fn.text = text;
      fn.lines.extend(at);
      fn.refs.push_back(FootnoteUse{std::nullopt, in, ref});
      notes.push_back(std::move(fn));
    }
    for (Footnote& fn : notes) doc_.footnotes.push_back(std::move(fn));
    rows.mut().erase(rows.mut().begin() + static_cast<std::ptrdiff_t>(first), rows.mut().end());
    t.lines.last = std::max(t.lines.first, last_row_line);
  });
}

// (and where the cells are parted by spaces, the notes come out as
// paragraphs right below the table, "a    包括…": the same notes)
void Parser::lift_notes_below(std::vector<Node>& nodes, const char* in) {
  for (size_t t = 0; t < nodes.size(); ++t) {
    if (nodes[t].kind == NodeKind::Section) {
      lift_notes_below(nodes[t].children.mut(), in);
      continue;
    }
    if (nodes[t].kind != NodeKind::Table || nodes[t].rows.size() < 2 || nodes[t].lines.empty()) continue;
    const Node& table = nodes[t];
    std::vector<Footnote> notes;
    std::vector<size_t> taken;  // the notes' paragraphs
    // (past the table's source and general note, "资料来源：…" / "注：…", which
    // UN tables set above or below their lettered notes: paragraphs they stay)
    int sources = 0;
    for (size_t k = t + 1; k < nodes.size(); ++k) {
      const Node& p = nodes[k];
      if (p.kind != NodeKind::Paragraph || p.paragraph_number || !p.footnote_refs.empty() || p.lines.empty()) break;
      const U32 u = from_utf8(p.text);
      if (sources < 3 && (starts_with(u, U"资料来源："sv) || starts_with(u, U"资料来源:"sv) || starts_with(u, U"注："sv) ||
                          starts_with(u, U"注:"sv))) {
        ++sources;
        continue;
      }
      if (u.size() < 4 || u[0] < U'a' || u[0] > U'z' || !is_space(u[1])) break;
      const U32View rest = trim_view(U32View(u).substr(1));
      if (rest.empty() || rest[0] < 0x80) break;
      // (the letter set after a cell's figure or words)
      int ref = 0;
      for (int l = table.lines.first; l <= table.lines.last && !ref; ++l) {
        const U32View f = U32View(L_[static_cast<size_t>(l - 1)].text);
        for (size_t c = 1; c < f.size() && !ref; ++c)
          if (f[c] == u[0] && (c + 1 == f.size() || is_space(f[c + 1])) &&
              (is_han(f[c - 1]) || (f[c - 1] >= U'0' && f[c - 1] <= U'9') || f[c - 1] == U')'))
            ref = l;
      }
      if (!ref) break;
      Footnote fn;
      fn.id = std::string(1, static_cast<char>(u[0]));
      fn.text = to_utf8(rest);
      fn.lines = p.lines;
      fn.refs.push_back(FootnoteUse{std::nullopt, in, ref});
      notes.push_back(std::move(fn));
      taken.push_back(k);
    }
    if (notes.empty()) continue;
    for (Footnote& fn : notes) doc_.footnotes.push_back(std::move(fn));
    for (size_t n = taken.size(); n-- > 0;) nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(taken[n]));
  }
}

}  // namespace detail

Document parse(const Lines& lines, Source source) {
  source.lines = static_cast<int>(lines.lines.size());
  detail::Parser p(lines, std::move(source));
  return p.run();
}

}  // namespace undoc
