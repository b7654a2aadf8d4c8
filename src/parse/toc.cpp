// Pass 4b: the table of contents.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>

#include "parser.hpp"

namespace undoc::detail {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

// A line of column heads and nothing else ("段次 页次", "……页次"; a report
// whose chapters are 第一章… heads its label column 章次: "章次 页次"): a head
// glued to a row ("页次导言<TAB>3") is that row, the head aside.
static bool heads_only(U32View f) {
  U32 rest(f);
  // (a compilation heads its number column with what it compiles: "决定 页次",
  // "决议 页次")
  for (U32View h : {U32View(U"页次"sv), U32View(U"段次"sv), U32View(U"章次"sv), U32View(U"决定"sv), U32View(U"决议"sv)})
    for (size_t at = rest.find(h); at != U32::npos; at = rest.find(h)) rest.erase(at, h.size());
  return std::all_of(rest.begin(), rest.end(),
                     [](char32_t c) { return is_space(c) || is_toc_leader(c); });
}

bool toc_column_heads(U32View f) {
  // (leader dots may run up to the heads, as the rows' do: "……………段次   页次")
  while (!f.empty() && (is_toc_leader(f.front()) || is_space(f.front()))) f.remove_prefix(1);
  // (the heads counted without the spaces -layout sets between them: "决定      页次")
  size_t chars = 0;
  for (char32_t c : f) chars += !is_space(c);
  return chars <= 20 && f.size() <= 120 && (f.find(U"页次"sv) != U32View::npos || f.find(U"段次"sv) != U32View::npos) &&
         heads_only(f);
}

bool Parser::opens_toc_row(size_t i) const {
  U32View f = trimmed_line(i);  // the whole line, label included
  f = trim_view(f.substr(0, f.find(U'\t')));  // the title cell
  switch (classify_kind(f)) {
    case LineKind::Chapter: case LineKind::Section: case LineKind::Numbered: case LineKind::Annex:
    case LineKind::Article:
      return true;
    default:
      return starts_with(trimmed_fold(i), U"附件"sv);
  }
}

bool Parser::toc_row_goes_on(U32View so_far, U32View next) const {
  if (!doc_.toc.present || doc_.toc.entries.empty() || next.empty()) return false;
  const U32 a = without_spaces(fold(so_far)), b = without_spaces(fold(next));
  if (a.size() < 4) return false;
  const U32 joined = a + b;
  // (the rows' titles that open with the line's words: a run of the sorted
  // titles, found in log time, not every row's title folded for every line)
  for (auto it = std::lower_bound(toc_title_keys_.begin(), toc_title_keys_.end(), a);
       it != toc_title_keys_.end() && starts_with(*it, a); ++it) {
    const U32& t = *it;
    // (the row goes past the heading's line, and the line below goes on as
    // the row does, perhaps with the item's documents after it)
    if (t.size() > a.size() && (starts_with(t, joined) || starts_with(joined, t))) return true;
  }
  return false;
}

int Parser::repeats_unlabelled_toc_row(U32View f) const {
  if (!doc_.toc.present || !doc_.front_matter.meeting || unlabelled_toc_stems_.empty()) return 0;
  // (a sub-item's label, "(a)", then its title after a space or a tab, as
  // its row is keyed: the label, then the title)
  U32 relabelled;
  if (const auto lab = lettered_label(f); lab && lab->title > lab->close + 1) {
    relabelled = U32(f.substr(0, lab->close + 1)) + U32(f.substr(lab->title));
    f = relabelled;
  }
  // (an unlabelled row's title, its "(续)" aside, that the line opens with:
  // each of the line's openings as long as a title may be, looked up; the
  // longest row the line repeats, "…报告(续)" and not a shorter row its
  // words open with, and of rows alike the first)
  int level = 0;
  for (size_t n = 4; n <= f.size() && n <= unlabelled_toc_stem_max_; ++n) {
    const U32View stem = f.substr(0, n);
    const auto it = std::lower_bound(unlabelled_toc_stems_.begin(), unlabelled_toc_stems_.end(), stem,
                                     [](const std::pair<U32, int>& x, U32View y) { return U32View(x.first) < y; });
    if (it == unlabelled_toc_stems_.end() || U32View(it->first) != stem) continue;
    // (the row, then its "(续)" or its documents in brackets, or nothing:
    // not a sentence that opens with the row's words)
    const U32View rest = trim_view(f.substr(stem.size()));
    if (rest.empty() || rest.front() == U'(') level = it->second;
  }
  return level;
}

bool Parser::names_unlabelled_toc_row(U32View f) const {
  if (unlabelled_toc_rows_.empty()) return false;
  const U32 line = without_spaces(f);
  return std::binary_search(unlabelled_toc_rows_.begin(), unlabelled_toc_rows_.end(), line);
}

size_t Parser::parse_toc(size_t i) {
  const size_t end = toc_rows(i);
  keep_toc_heads();
  // (the unlabelled rows' titles, folded and without spaces, once: the body
  // asks of its short lines whether they name one)
  // (and every row's, and the unlabelled rows' stems, their "(续)" aside,
  // each sorted: looked up, not searched row by row, for every line)
  if (doc_.toc.present) {
    for (const TocEntry& e : doc_.toc.entries) {
      // (a record's sub-item, "(a)" its number, kept with its label: the body
      // repeats it so, "(a)\t人权条约的执行情况(A/78/40…)")
      const bool lettered = e.kind == "other" && e.number && !e.label.empty() && e.label[0] == '(';
      const U32 t = fold(from_utf8(lettered ? e.label + e.title : e.title));
      toc_title_keys_.push_back(without_spaces(t));
      if (e.kind == "other" && (!e.number || lettered) && !e.title.empty()) {
        unlabelled_toc_rows_.push_back(toc_title_keys_.back());
        U32View stem(t);
        if (stem.ends_with(U"(续)"sv)) stem = trim_view(stem.substr(0, stem.size() - 3));
        if (stem.size() >= 4) {
          unlabelled_toc_stems_.emplace_back(U32(stem), e.level);
          unlabelled_toc_stem_max_ = std::max(unlabelled_toc_stem_max_, stem.size());
        }
      }
    }
    std::sort(toc_title_keys_.begin(), toc_title_keys_.end());
    std::sort(unlabelled_toc_rows_.begin(), unlabelled_toc_rows_.end());
    std::stable_sort(unlabelled_toc_stems_.begin(), unlabelled_toc_stems_.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
  }
  return end;
}

// The TOC's lines that are no row, as written, so that their words are kept
// (heads_ of the TOC): its column heads ("段次 页次", a line each; a head glued
// before a row's title, "页次导言", alone) and the annexes' group head, 附件
// alone over their rows.
void Parser::keep_toc_heads() {
  Toc& toc = doc_.toc;
  if (!toc.present || toc.lines.empty()) return;
  // (which of the TOC's lines an entry's range holds: a count of the ranges
  // open at each line, their starts and ends marked once, so that a TOC of
  // many rows costs as many steps, not rows times rows)
  const int first = toc.lines.first, span = toc.lines.last - first + 1;
  std::vector<int> open(static_cast<size_t>(span) + 1, 0);
  for (const TocEntry& e : toc.entries) {
    if (e.lines.empty()) continue;
    const int a = std::clamp(e.lines.first, first, toc.lines.last) - first;
    const int b = std::clamp(e.lines.last, first, toc.lines.last) - first;
    ++open[static_cast<size_t>(a)];
    --open[static_cast<size_t>(b) + 1];
  }
  for (size_t k = 1; k < open.size(); ++k) open[k] += open[k - 1];
  auto in_entry = [&](int number) { return open[static_cast<size_t>(number - first)] > 0; };
  for (int n = toc.lines.first + 1; n <= toc.lines.last; ++n) {
    const size_t k = static_cast<size_t>(n - 1);
    if (k >= L_.size() || L_[k].number != n || L_[k].blank() || !used_[k]) continue;
    const U32View f = trimmed_line(k), orig = trim_view(U32View(L_[k].text));
    if (toc_column_heads(f)) {
      toc.heads.push_back(to_utf8(orig));
      continue;
    }
    if ((f == U"附件"sv || f == U"附件:"sv) && !in_entry(n)) {
      toc.heads.push_back(to_utf8(orig));
      continue;
    }
    for (U32View h : {U32View(U"页次"sv), U32View(U"段次"sv)})
      if (starts_with(f, h) && in_entry(n)) toc.heads.push_back(to_utf8(h));
  }
}

// A table of contents' title over the rows a page break carried on:
// "目录(续)", "目录（续）", "目录(续完)" (folded, spaces dropped)
static bool toc_title_continued(U32View f) {
  if (!starts_with(f, U"目录"sv) && !starts_with(f, U"目次"sv)) return false;
  f.remove_prefix(2);
  return f == U"(续)"sv || f == U"(续完)"sv;
}

size_t Parser::toc_rows(size_t i) {
  i = next_free(i, L_.size());
  if (i >= L_.size() || L_[i].kind != LineKind::TocTitle) return i;
  Toc& toc = doc_.toc;
  toc.present = true;
  toc.title = to_utf8(trim_view(L_[i].text));
  toc.lines.extend(L_[i].number);
  used_[i] = 1;
  std::vector<size_t> pending;       // title lines of the row being read
  std::vector<size_t> cells;         // number cells split off onto their own lines
  std::optional<std::pair<long, long>> cell_range;
  std::optional<bool> tab_style;
  auto leaders_to_end = [](U32View g) {
    size_t n = g.size(), leaders = 0;
    while (n > 0 && (is_toc_leader(g[n - 1]) || is_space(g[n - 1])))
      leaders += !is_space(g[--n]);
    return leaders >= 3 && n > 0;
  };
  auto completes = [&](size_t j) {
    U32View g = trimmed_fold(j);
    if (number_cell(g) || leaders_to_end(g)) return true;
    auto t2 = toc_tail(g);
    return t2 && t2->page && (!tab_style || *tab_style == t2->tab);
  };
  // a number cell after a run of leaders (". . . . 3"): the cell
  auto past_leaders = [](U32View g) {
    U32View r = g;
    size_t leaders = 0;
    while (!r.empty() && (is_toc_leader(r.front()) || is_space(r.front()))) leaders += is_toc_leader(r.front()), r.remove_prefix(1);
    return leaders >= 3 ? r : g;
  };
  if (size_t end = columnar_toc(i + 1); end != std::string::npos) return end;
  if (size_t end = plain_toc(i + 1); end != std::string::npos) return end;
  size_t k = i + 1;
  bool head_range = false, head_page = false;  // the column heads said so: 段次, 页次
  // "附件" alone over rows numbered 一. 二. (or 1. 2.): the annexes' group
  // head, each row below it an annex (附件一 …); the entries from here on
  size_t annex_group = std::string::npos;
  for (; k < L_.size(); ++k) {
    if (L_[k].blank() || used_[k]) continue;
    U32View f = trimmed_fold(k);
    if (pending.empty() && annex_group == std::string::npos && !toc.entries.empty() &&
        (trimmed_line(k) == U"附件"sv || trimmed_line(k) == U"附件:"sv)) {
      const size_t j = next_free(k + 1, L_.size());
      if (j < L_.size()) {
        const U32View row = trim_view(trimmed_line(j).substr(0, trimmed_line(j).find(U'\t')));
        const LineKind rk = classify_kind(row);
        if ((rk == LineKind::Chapter || rk == LineKind::Numbered) && completes(j)) {
          annex_group = toc.entries.size();
          used_[k] = 1;
          toc.lines.extend(L_[k].number);
          continue;
        }
      }
    }
    // the title again over the rows a page break carried on, "目录(续)": a
    // head of the TOC's, no row's words
    if (pending.empty() && !toc.entries.empty() && toc_title_continued(without_spaces(trimmed_line(k)))) {
      toc.heads.push_back(to_utf8(trim_view(U32View(L_[k].text))));
      used_[k] = 1;
      toc.lines.extend(L_[k].number);
      continue;
    }
    if (pending.empty() && toc_column_heads(f)) {
      head_range = head_range || f.find(U"段次"sv) != U32View::npos;
      head_page = head_page || f.find(U"页次"sv) != U32View::npos;
      used_[k] = 1;
      toc.lines.extend(L_[k].number);
      continue;
    }
    // "B. 性别 26" then "6": the number read as the page was the paragraph
    // range, and this lone number is the page (after leaders too, ". . . 6":
    // -raw sets the title cell and its range on one line, the leaders and
    // the page on the next)
    const U32View after_leaders = past_leaders(f);
    if (auto cell = number_cell(after_leaders); cell && pending.empty() && cell->first == cell->second && !toc.entries.empty() &&
                                    toc.entries.back().page && !toc.entries.back().paragraphs &&
                                    next_free(static_cast<size_t>(toc.entries.back().lines.last - 1) + 1, L_.size()) == k) {
      TocEntry& prev = toc.entries.back();
      prev.paragraphs = std::make_pair(*prev.page, *prev.page);
      prev.page = cell->first;
      prev.lines.extend(L_[k].number);
      toc.lines.extend(L_[k].number);
      used_[k] = 1;
      continue;
    }
    // "一. 导言……………" then "3": a row whose leaders ran to its line's end,
    // its number on the next line (pdftotext's default mode sets the page
    // column's cell apart): the row's page (or its paragraphs, a range)
    // (the leaders may run on there before it, "第一章 …………" / "…… 4": a
    // row whose leaders a narrow line could not hold, however few of them)
    U32View after_any_leaders = f;
    while (!after_any_leaders.empty() && (is_toc_leader(after_any_leaders.front()) || is_space(after_any_leaders.front())))
      after_any_leaders.remove_prefix(1);
    if (auto cell = number_cell(after_any_leaders); cell && pending.empty() && !toc.entries.empty() && !toc.entries.back().page &&
                                    !toc.entries.back().paragraphs && toc.entries.back().kind != "item" &&
                                    leaders_to_end(trimmed_fold(static_cast<size_t>(toc.entries.back().lines.last - 1))) &&
                                    next_free(static_cast<size_t>(toc.entries.back().lines.last - 1) + 1, L_.size()) == k) {
      TocEntry& prev = toc.entries.back();
      if (cell->first == cell->second && !(head_range && !head_page)) prev.page = cell->first;
      else prev.paragraphs = cell;
      prev.lines.extend(L_[k].number);
      toc.lines.extend(L_[k].number);
      used_[k] = 1;
      continue;
    }
    // Several held rows, then as many lone numbers: extraction put the page
    // column after the titles ("附件一 …" / "附件二 …" / "8" / "9").
    if (auto cell = number_cell(f); cell && pending.size() >= 2 && cells.empty() &&
                                    std::all_of(pending.begin(), pending.end(), [&](size_t r) { return opens_toc_row(r); })) {
      std::vector<size_t> pages{k};
      for (size_t j = next_free(k + 1, L_.size()); j < L_.size() && pages.size() < pending.size();
           j = next_free(j + 1, L_.size())) {
        auto c = number_cell(trimmed_fold(j));
        if (!c || c->first != c->second) break;
        pages.push_back(j);
      }
      if (pages.size() == pending.size()) {
        for (size_t r = 0; r < pending.size(); ++r)
          add_toc_entry({pending[r]}, {pages[r]}, std::nullopt, number_cell(trimmed_fold(pages[r]))->second);
        k = pages.back();
        pending.clear();
        continue;
      }
    }
    // (MuPDF sets a row's cells a line each: "一. 导言" / "1–3" / ". . . . 3")
    if (auto cell = number_cell(cells.empty() ? f : after_leaders); cell && !pending.empty()) {
      cells.push_back(k);
      // a range cell is followed by the page cell; a single number may be either
      size_t j = next_free(k + 1, L_.size());
      // (or the leaders alone on a line between the range and the page)
      size_t leaders_line = std::string::npos;
      // (the whole line: a line that is a label alone, "第1节", has no text
      // after its label, and is no line of leaders)
      if (j < L_.size() && cells.size() < 2 && past_leaders(trimmed_line(j)).empty()) {
        leaders_line = j;
        j = next_free(j + 1, L_.size());
      }
      bool more = j < L_.size() && number_cell(past_leaders(trimmed_fold(j))) && cells.size() < 2;
      if (more) {
        cell_range = cell;
        if (leaders_line != std::string::npos) cells.push_back(leaders_line), k = leaders_line;
        continue;
      }
      // (under a head of 段次 alone, a lone cell is the row's paragraphs)
      if (head_range && !head_page && cells.size() == 1) add_toc_entry(pending, cells, cell, std::nullopt);
      else add_toc_entry(pending, cells, cell_range, cell->second);
      pending.clear();
      cells.clear();
      cell_range.reset();
      continue;
    }
    auto tail = toc_tail(f);
    bool complete = tail && tail->page && (!tab_style || *tab_style == tail->tab || !*tab_style);
    if (complete) {
      if (!tab_style) tab_style = tail->tab;
      if (!pending.empty() && opens_toc_row(k) && !opens_toc_row(pending.front())) pending.clear();
      pending.push_back(k);
      add_toc_entry(pending, {}, std::nullopt, std::nullopt);
      pending.clear();
      continue;
    }
    // A row whose leaders run to the end of the line, its numbers set
    // elsewhere (pdftotext's default mode may put an annex row's page after
    // the page foot): the row, without them.
    {
      if (leaders_to_end(f) && (opens_toc_row(k) || (!pending.empty() && opens_toc_row(pending.front())))) {
        if (!pending.empty() && opens_toc_row(k) && !opens_toc_row(pending.front())) pending.clear();
        pending.push_back(k);
        add_toc_entry(pending, {}, std::nullopt, std::nullopt);
        pending.clear();
        continue;
      }
    }
    // A row that wraps or whose numbers come on later lines: accept it only
    // if a completing line follows soon.
    bool follows = false;
    for (size_t j = k + 1, seen = 0; j < L_.size() && seen < 3; ++j) {
      if (L_[j].blank() || used_[j]) continue;
      ++seen;
      if (L_[j].kind == LineKind::Numbered && contains(trimmed_fold(j), U'。')) break;
      if (completes(j)) {
        follows = true;
        break;
      }
    }
    // An annex's row without numbers ("附件" / its title; a TOC of ranges
    // gives an annex none), known by what follows its title: the body, opening
    // with the TOC's first row again ("一. 导言"). Taken for the annex itself,
    // it would hold the whole body.
    if (!follows && pending.empty() && !toc.entries.empty() && L_[k].kind == LineKind::Annex) {
      const size_t title = next_free(k + 1, L_.size());
      const size_t after = title < L_.size() ? next_free(title + 1, L_.size()) : L_.size();
      const size_t first = static_cast<size_t>(toc.entries.front().lines.first - 1);
      if (after < L_.size() && L_[title].kind == LineKind::Text && !contains(trimmed_fold(title), U'。')) {
        U32View row = trimmed_line(first);
        if (auto t = toc_tail(row)) row = row.substr(0, t->title_end);
        while (!row.empty() && (is_toc_leader(row.back()) || is_space(row.back()))) row.remove_suffix(1);
        const U32 opening = without_spaces(row);
        if (opening.size() >= 3 && without_spaces(trimmed_line(after)) == opening) {
          add_toc_entry({k, title}, {}, std::nullopt, std::nullopt);
          note_layout("an annex's table-of-contents row without numbers, known by the body's first heading below it");
          k = title;
          continue;
        }
      }
    }
    if (!follows || pending.size() >= 4) break;
    // A line that opens a row (一. / A. / 1. / 附件) after held lines that
    // opened none: those were no row at all. They stay unplaced, and are
    // reported, rather than glued to this row's title.
    if (!pending.empty() && opens_toc_row(k) && !opens_toc_row(pending.front())) pending.clear();
    pending.push_back(k);
  }
  if (!pending.empty()) k = pending.front();
  if (annex_group != std::string::npos) {
    // (the first row's kind is the annexes' numbering: 一. or 1.; rows of
    // another kind below them are their sections)
    const std::string numbering = annex_group < toc.entries.size() ? toc.entries[annex_group].kind : "";
    for (size_t e = annex_group; e < toc.entries.size(); ++e)
      if (toc.entries[e].kind == numbering) {
        toc.entries[e].kind = "annex";
        toc.entries[e].level = 1;
      }
  }
  return k;
}

constexpr size_t kMaxPlainTocRows = 1000;

size_t Parser::plain_toc(size_t from) {
  // A table of contents with neither paragraph ranges nor pages (a record's
  // list of agenda items, a short report's list of chapters): rows that open
  // like headings, none with a number column, whose titles come back as
  // headings further down. Returns one past the list, or npos.
  std::vector<size_t> rows;
  std::map<size_t, std::vector<size_t>> wraps;  // a row's title wrapped onto lines below it
  size_t k = next_free(from, L_.size());
  // a record's sub-item: "(a) 国际贸易与发展(续)" (a letter in brackets, then its title)
  std::vector<size_t> sub_items;
  auto sub_item_row = [&](size_t r) {
    const U32View g = trimmed_line(r);
    return g.size() >= 5 && g[0] == U'(' && g[1] >= U'a' && g[1] <= U'z' && g[2] == U')' && !contains(g, U'。') &&
           g.size() <= kMaxHeadingChars;
  };
  // an item's label with no title after it ("议程项目 21", "议程项目90至108(续)"):
  // a record's contents set the title on the line below, as its body does
  auto bare_item = [&](size_t r) {
    const U32View g = trimmed_fold(r);
    auto it = agenda_item_label(g, true);
    return it && it->title >= g.size();
  };
  // (a record's unlabelled row: see below; the meeting's heading read, 第2705次会议简要记录)
  const bool record = doc_.front_matter.meeting && doc_.front_matter.meeting->number;
  auto unlabelled_record_row = [&](size_t r) {
    const U32View g = trimmed_fold(r);
    if (!record || L_[r].kind != LineKind::Text || g.size() < 4 || g.size() > kMaxHeadingChars || contains(g, U'。') ||
        is_clause_end(g.back()) || L_[r].page_start || starts_with(g, U"(续)"sv))
      return false;
    // (its "(续)" aside: the body's heading may say it or not)
    U32View stem = g;
    if (stem.ends_with(U"(续)"sv)) stem = trim_view(stem.substr(0, stem.size() - 3));
    if (stem.size() < 4) return false;
    for (size_t j = r + 1; j < L_.size() && j < r + 5000; ++j) {
      if (L_[j].blank()) continue;
      const U32View h = trimmed_fold(j);
      if (starts_with(h, stem) && h.size() <= kMaxHeadingChars + 40 && !contains(h, U'。')) return true;
    }
    return false;
  };
  for (; k < L_.size(); k = next_free(k + 1, L_.size())) {
    U32View f = trimmed_fold(k);
    if (f.size() <= 20 && (f.find(U"页次"sv) != U32View::npos || f.find(U"段次"sv) != U32View::npos)) return std::string::npos;
    // (an item's label alone, its title below: no page number, "议程项目 21")
    const bool bare = bare_item(k);
    if ((!bare && toc_tail(f)) || contains(f, U'。') || L_[k].kind == LineKind::TableRow) break;
    // the body repeats the list's first row: the list has ended
    if (!rows.empty() && trimmed_fold(rows.front()) == f) break;
    // the title of an item whose label stands alone: the line below it
    if (!rows.empty() && bare_item(rows.back()) && wraps[rows.back()].empty() && L_[k].kind == LineKind::Text &&
        !agenda_item_label(f, true) && f.size() <= kMaxHeadingChars && !is_clause_end(f.back()) &&
        !L_[k].page_start) {
      wraps[rows.back()].push_back(k);
      continue;
    }
    // "(a) 国际贸易与发展(续)" under an item's row: its sub-item, a row of its own
    if (!rows.empty() && (agenda_item_label(trimmed_fold(rows.front()), true)) && sub_item_row(k)) {
      rows.push_back(k);
      sub_items.push_back(k);
      continue;
    }
    // the line under an item's row that the body repeats under that item's
    // heading (a Human Rights Council record's "与…特别报告员的互动对话", a
    // plenary record's document line): a row of the item's, one level below it
    if (!rows.empty() && agenda_item_label(trimmed_fold(rows.front()), true) && !agenda_item_label(f, true) &&
        !opens_toc_row(k) && L_[k].kind == LineKind::Text && f.size() >= 4 && f.size() <= kMaxHeadingChars &&
        !is_clause_end(f.back()) && !L_[k].page_start && !starts_with(f, U"(续)"sv)) {
      const size_t last = wraps[rows.back()].empty() ? rows.back() : wraps[rows.back()].back();
      // (the end of a row whose title ran on, where no width says it is full:
      // "…包括发" / "展权(续)", the row's mark on the piece below it; or the row
      // stopped mid-phrase, "…经济、社会及" / "文化权利，包括发展权(续)")
      if (last == rows.back() && next_free(last + 1, L_.size()) == k && !trimmed_fold(last).ends_with(U"(续)"sv) &&
          ((f.size() <= 20 && f.ends_with(U"(续)"sv)) || ends_mid_phrase(trimmed_fold(last)))) {
        wraps[rows.back()].push_back(k);
        continue;
      }
      // (not the end of a row that wrapped; a row that ends in 续, "(续)", is whole)
      const bool wraps_row = full(last) && next_free(last + 1, L_.size()) == k && f.size() <= 20 &&
                             !trimmed_fold(last).ends_with(U"(续)"sv);
      bool again = false;
      for (size_t j = k + 1; !wraps_row && !again && j < L_.size() && j < k + 5000; ++j)
        again = !L_[j].blank() && trimmed_fold(j) == f;
      if (again) {
        rows.push_back(k);
        sub_items.push_back(k);
        continue;
      }
    }
    if (!agenda_item_label(f, true) && !opens_toc_row(k)) {
      // "议程项目 80：…援助方案" / "(续)": a row that ran to the full width goes on
      const size_t last = rows.empty() ? 0 : (wraps[rows.back()].empty() ? rows.back() : wraps[rows.back()].back());
      // (or its "(续)" came onto a line of its own: a title's mark, never a row)
      const bool continued = starts_with(f, U"(续)"sv);
      // (or the row left a bracket open that this line closes: "…十年(2018-" / "2027年)",
      // as the body's heading reads it)
      auto open_brackets = [](U32View t) {
        long n = 0;
        for (char32_t c : t) n += (c == U'(') - (c == U')');
        return n;
      };
      long open = 0;
      if (!rows.empty()) {
        open = open_brackets(trimmed_fold(rows.back()));
        for (size_t w : wraps[rows.back()]) open += open_brackets(trimmed_fold(w));
      }
      const bool closes = open > 0 && open_brackets(f) < 0;
      // (a row that ends in "(续)" is whole, at the width or not)
      const bool whole = !rows.empty() && trimmed_fold(last).ends_with(U"(续)"sv);
      if (!rows.empty() && ((full(last) && !whole) || continued || closes) && next_free(last + 1, L_.size()) == k &&
          f.size() <= 20 && L_[k].kind == LineKind::Text) {
        wraps[rows.back()].push_back(k);
        continue;
      }
      // A treaty body's record lists its items without labels or numbers
      // ("审议缔约国根据《公约》第44条提交的报告(续)" / "墨西哥第六和第七次合并
      // 定期报告(续)", "会议开幕", "通过议程"): under the meeting's heading, a
      // heading-shaped line that a line of the body below repeats (its
      // documents perhaps after it) is a row, while every row is such a line
      if (unlabelled_record_row(k) && std::all_of(rows.begin(), rows.end(), [&](size_t r) {
            return !agenda_item_label(trimmed_fold(r), true) && !opens_toc_row(r);
          })) {
        rows.push_back(k);
        continue;
      }
      break;
    }
    rows.push_back(k);
    if (rows.size() >= kMaxPlainTocRows) {
      // (a cap, said: the rows after it are read as the body's)
      doc_.diagnostics.push_back({"W-TOC-CUT", Severity::Warning, L_[k].number, 1,
                                  fmt::format("table of contents read up to {} rows without numbers; the lines after "
                                              "this one are read as text",
                                              kMaxPlainTocRows)});
      break;
    }
  }
  if (rows.empty()) return std::string::npos;
  // a row that goes on with its numbers below ("一. 关于…的" / "标题<TAB>1<TAB>3"): a TOC with numbers
  // (not an item's label alone below it: "议程项目 21" names no page 21)
  for (size_t j = k, seen = 0; j < L_.size() && seen < 3; j = next_free(j + 1, L_.size()), ++seen)
    if (auto t = toc_tail(trimmed_fold(j)); ((t && t->page) || number_cell(trimmed_fold(j))) && !bare_item(j))
      return std::string::npos;
  // the titles come back below the list
  size_t back = 0;
  for (size_t r : rows) {
    U32View f = trimmed_fold(r);
    U32View title = f;
    if (auto it = agenda_item_label(f, true)) title = f.substr(it->title);
    else title = trim_view(U32View(L_[r].fold()).substr(L_[r].body));
    if (bare_item(r) && !wraps[r].empty()) title = trimmed_fold(wraps[r].front());  // (its title below it)
    title = title.substr(0, std::min<size_t>(title.size(), 12));
    if (title.size() < 2) continue;
    // (within the next few thousand lines: a record's body is not longer)
    const size_t last = wraps[rows.back()].empty() ? rows.back() : wraps[rows.back()].back();
    for (size_t j = last + 1; j < L_.size() && j < last + 5000; ++j)
      if (!L_[j].blank() && U32View(L_[j].fold()).find(title) != U32View::npos) {
        ++back;
        break;
      }
  }
  if (back * 2 < rows.size()) return std::string::npos;
  // (a treaty body's contents: every row unlabelled)
  const bool unlabelled = std::all_of(rows.begin(), rows.end(), [&](size_t r) {
    return !agenda_item_label(trimmed_fold(r), true) && !opens_toc_row(r) && !sub_item_row(r);
  });
  // the row set in further than the list's first row (spaces or a tab
  // before it in a text file, its indent on a PDF's page)
  auto set_in_under = [&](size_t r) {
    const size_t first = rows.front();
    if (L_[r].indent >= 0 && L_[first].indent >= 0) return L_[r].indent > L_[first].indent;
    return indent(r) > indent(first);
  };
  // a State party's report ("秘鲁第六次定期报告(续)", "瓦尔德尼亚的初次报告",
  // "…第二至第四次合并定期报告") below a row that considers reports ("审议缔约国
  // 根据…提交的报告(续)", "审议缔约国的报告"), with only such reports between
  auto considers_reports = [&](size_t r) {
    const U32View g = trimmed_fold(r);
    return starts_with(g, U"审议"sv) && g.find(U"报告"sv) != U32View::npos;
  };
  auto state_report = [&](size_t r) {
    U32View g = trimmed_fold(r);
    if (g.ends_with(U"(续)"sv)) g = trim_view(g.substr(0, g.size() - 3));
    return !starts_with(g, U"审议"sv) && g.ends_with(U"报告"sv) &&
           (g.find(U"定期报告"sv) != U32View::npos || g.find(U"初次报告"sv) != U32View::npos ||
            g.find(U"次报告"sv) != U32View::npos);
  };
  auto state_report_under = [&](size_t r) {
    if (!state_report(r)) return false;
    for (auto it = std::find(rows.begin(), rows.end(), r); it != rows.begin();) {
      --it;
      if (considers_reports(*it)) return true;
      if (!state_report(*it)) return false;
    }
    return false;
  };
  for (size_t r : rows) {
    U32View f = trimmed_fold(r);
    if (auto it = agenda_item_label(f, true)) {
      TocEntry e;
      e.kind = "item";
      e.level = 1;
      const U32View text = trimmed_content(r);
      e.number = number_text(text.substr(it->number_begin, it->number_end - it->number_begin));
      e.label = to_utf8(trim_view(text.substr(0, it->title)));
      U32 title(trim_view(text.substr(it->title)));
      e.lines.extend(L_[r].number);
      doc_.toc.lines.extend(L_[r].number);
      used_[r] = 1;
      for (size_t w : wraps[r]) {
        join_text(title, trimmed_content(w));
        e.lines.extend(L_[w].number);
        doc_.toc.lines.extend(L_[w].number);
        used_[w] = 1;
      }
      e.title = to_utf8(title);
      doc_.toc.entries.push_back(std::move(e));
    } else {
      std::vector<size_t> lines{r};
      lines.insert(lines.end(), wraps[r].begin(), wraps[r].end());
      add_toc_entry(lines, {}, std::nullopt, std::nullopt);
      // (a sub-item: one level below its item, its title as it stands, "(a) …")
      if (std::find(sub_items.begin(), sub_items.end(), r) != sub_items.end()) {
        TocEntry& e = doc_.toc.entries.back();
        e.level = 2;
        // (its letter the number, "(a)" the label, the words after it the
        // title, as a lettered heading's in the body)
        const U32 t = from_utf8(e.title), ft = fold(t);
        if (const auto lab = lettered_label(ft); lab && !e.number) {
          e.number = to_utf8(lab->letters);
          e.label = to_utf8(U32View(t).substr(0, lab->close + 1));
          e.title = to_utf8(U32View(t).substr(lab->title));
        }
      }
      // (a treaty body's row under the row above it: set in further than the
      // list's first row, or a State party's report under the item that
      // considers the reports, "审议缔约国根据《公约》第四十条提交的报告(续)" /
      // "秘鲁第六次定期报告(续)", as the contents of such records go)
      else if (unlabelled && r != rows.front() && (set_in_under(r) || state_report_under(r)))
        doc_.toc.entries.back().level = 2;
    }
  }
  return (wraps[rows.back()].empty() ? rows.back() : wraps[rows.back()].back()) + 1;
}

// A compilation's row or heading: its decision's or resolution's number,
// then its title ("2023/8<TAB>执行主任2022年年度报告…", "77/418. 选举…").
struct DecisionRow {
  U32View label, number, title;  // the label as written (77/418.), its number (77/418)
};
static std::optional<DecisionRow> decision_row(U32View text) {
  const U32View t = trim_view(text);
  const size_t sp = t.find_first_of(U" \t\u3000"sv);
  if (sp == U32View::npos || sp < 3 || sp > 12) return std::nullopt;
  U32View num = t.substr(0, sp);
  if (num.back() == U'.') num.remove_suffix(1);
  const U32View title = trim_view(t.substr(sp));
  const size_t slash = num.find(U'/');
  auto digits = [](U32View d) {
    return !d.empty() && d.size() <= 4 && std::all_of(d.begin(), d.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
  };
  // (or a convention's body's, in its own series: "1/CP.28<TAB>…", "3/CMA.5<TAB>…")
  const bool series = slash != U32View::npos && !(digits(num.substr(0, slash)) && digits(num.substr(slash + 1))) &&
                      num.find(U'.') != U32View::npos && decision_number_text(num);
  if (slash == U32View::npos || ((!digits(num.substr(0, slash)) || !digits(num.substr(slash + 1))) && !series) || title.empty() ||
      is_space(title.front()) || (!series && title.front() >= U'0' && title.front() <= U'9'))
    return std::nullopt;
  return DecisionRow{t.substr(0, sp), num, title};
}

// A TOC row's kind, level, number and title from its text ("一. 导言").
// (joined: the row's text before the spaces between Han characters were
// dropped: "第一章 特别委员会的报告" is a chapter's label and its title, which
// "第一章特别委员会的报告" no longer says)
static void set_entry_kind(TocEntry& e, const U32& text, const U32& joined) {
  auto probe = classify(0, text);
  if (probe.kind == LineKind::Text && joined != text) {
    auto spaced = classify(0, joined);
    if (spaced.kind == LineKind::Chapter || spaced.kind == LineKind::Article || spaced.kind == LineKind::Part) {
      const U32 title = drop_cjk_wrap_spaces(trim_view(U32View(spaced.text).substr(spaced.body)));
      probe = classify(0, U32(spaced.label()) + U32(U" ") + title);
    }
  }
  // (a compilation's row, its decision's or resolution's number in a cell of
  // its own: "2023/8<TAB>执行主任2022年年度报告…", "77/418. 选举…": the number,
  // as the body's heading has it, a level-1 subsection)
  if (probe.kind != LineKind::Chapter && probe.kind != LineKind::Section && probe.kind != LineKind::Numbered &&
      probe.kind != LineKind::Annex && probe.kind != LineKind::Article && probe.kind != LineKind::Part) {
    if (auto d = decision_row(text)) {
      e.kind = "subsection";
      e.level = 1;
      e.number = to_utf8(d->number);
      if (e.label.empty()) e.label = to_utf8(d->label);
      e.title = to_utf8(d->title);
      return;
    }
  }
  switch (probe.kind) {
    case LineKind::Chapter: e.kind = "chapter"; e.level = 1; break;
    case LineKind::Section: e.kind = "section"; e.level = 2; break;
    case LineKind::Numbered: e.kind = "subsection"; e.level = 3; break;
    case LineKind::Annex: e.kind = "annex"; e.level = 1; break;
    case LineKind::Article: e.kind = "article"; e.level = 1; break;
    case LineKind::Part: e.kind = "part"; e.level = 1; break;
    default: e.kind = "other"; e.level = 1; break;
  }
  if (e.kind != "other") {
    e.number = number_text(probe.label());
    // (the label as written beside the number read from it: 第一章, 附件一, 一.)
    if (e.label.empty()) e.label = to_utf8(trim_view(U32View(probe.text).substr(0, probe.body)));
    e.title = to_utf8(trim_view(U32View(probe.text).substr(probe.body)));
  } else {
    e.title = to_utf8(trim_view(text));
  }
}

// Where the body repeats a contents list's first row, a labelled one
// (row: the row's line, folded, its leaders dropped): the first line below
// that opens with the same label (kind and number: "一." as "一、" or
// "第一章") and whose title is the row's, or shares at least half its
// characters with it (导言 / 引言: a body may reword a title a little), or,
// the label alone on its line, whose next line is such a title. npos where
// no such line follows within the lines a contents list may take.
size_t Parser::labelled_row_repeat(size_t k, U32View row) const {
  // (a heading's kind, number and title, spaces dropped; a compilation's
  // decision, "2023/8 …", read as one of its own kind)
  struct Head {
    LineKind kind;
    std::string number;
    U32 title;
  };
  auto heading = [](U32View t) -> std::optional<Head> {
    if (t.empty() || t.size() > kMaxHeadingChars || contains(t, U'。')) return std::nullopt;
    const OwnedLine p = classify(0, U32(t));
    switch (p.kind) {
      case LineKind::Chapter: case LineKind::Section: case LineKind::Numbered: case LineKind::Article:
      case LineKind::Part: case LineKind::Annex:
        // (the number's value: 一. and 第一章 write the same chapter's)
        return Head{p.kind, p.value >= 0 ? std::to_string(p.value) : number_text(p.label()),
                    without_spaces(trim_view(p.content()))};
      default:
        break;
    }
    if (auto d = decision_row(t)) return Head{LineKind::Text, number_text(d->number), without_spaces(d->title)};
    return std::nullopt;
  };
  auto alike = [](U32View a, U32View b) {
    if (a == b) return true;
    const U32View s = a.size() <= b.size() ? a : b, l = a.size() <= b.size() ? b : a;
    if (s.empty()) return false;
    size_t common = 0;
    for (char32_t c : s) common += l.find(c) != U32View::npos;
    return common * 2 >= l.size();
  };
  const auto first = heading(row);
  if (!first || first->title.empty()) return std::string::npos;
  for (size_t j = next_free(k + 1, L_.size()), seen = 0; j < L_.size() && seen < 400;
       j = next_free(j + 1, L_.size()), ++seen) {
    U32View g = trimmed_line(j);
    while (!g.empty() && (is_toc_leader(g.back()) || is_space(g.back()))) g.remove_suffix(1);
    const auto h = heading(g);
    if (!h || h->kind != first->kind || h->number != first->number) continue;
    U32 title = h->title;
    if (title.empty()) {  // the label alone, its title below
      const size_t t = next_free(j + 1, L_.size());
      if (t >= L_.size() || contains(trimmed_line(t), U'。')) continue;
      title = without_spaces(trimmed_line(t));
    }
    if (alike(title, first->title)) return j;
  }
  return std::string::npos;
}

size_t Parser::columnar_toc(size_t from) {
  // Two shapes the row-by-row reader below cannot take:
  //  - pdftotext's default mode gives a TOC table column by column: all the
  //    titles, then (maybe after the 段次/页次 heads) all the ranges and/or
  //    all the pages;
  //  - a TOC without a page column (head 段次 alone): "一. 导言 1-3".
  // Rows are lines that open like headings (and an annex label with its
  // title on the next line); numbers are lone number cells after them.
  bool head_range = false, head_page = false;
  auto whole = [&](size_t k) { return trim_view(U32View(L_[k].fold())); };  // labels included
  auto head = [&](size_t k) {
    U32View f = whole(k);
    while (!f.empty() && is_toc_leader(f.front())) f.remove_prefix(1);
    f = trim_view(f);
    if (f.size() > 20 || (f.find(U"页次"sv) == U32View::npos && f.find(U"段次"sv) == U32View::npos) || !heads_only(f))
      return false;
    head_range = head_range || f.find(U"段次"sv) != U32View::npos;
    head_page = head_page || f.find(U"页次"sv) != U32View::npos;
    return true;
  };
  auto strip_leaders = [](U32View f) {
    size_t e = f.size();
    while (e > 0 && (is_space(f[e - 1]) || is_toc_leader(f[e - 1]))) --e;
    return f.substr(0, e);
  };
  struct Row {
    std::vector<size_t> lines;
    std::optional<std::pair<long, long>> range;
    bool annex = false;
  };
  std::vector<Row> rows;
  std::vector<size_t> heads, numbers;       // the lines of the number cells
  std::vector<std::pair<long, long>> cells;  // the cells, in the order given
  bool row_by_row = false;                   // a line held a row's range and page
  size_t k = next_free(from, L_.size());
  // leading heads and a lone leader line
  for (; k < L_.size(); k = next_free(k + 1, L_.size())) {
    if (head(k)) heads.push_back(k);
    else if (strip_leaders(whole(k)).empty()) heads.push_back(k);
    else break;
  }
  U32 first_title;
  // (a TOC with no numbers at all, its rows short lines with a label or
  // none, "前言" / "A. …" / "附件" / "…摘要": it ends where the body repeats
  // its first row, the line found first; every line above that one a row)
  size_t repeat_at = std::string::npos;
  auto short_row = [&](U32View f) {
    return !f.empty() && f.size() <= 40 && !contains(f, U'。') && !contains(f, U'，') && !contains(f, U',') &&
           !is_clause_end(f.back());
  };
  for (; k < L_.size(); k = next_free(k + 1, L_.size())) {
    U32View f = strip_leaders(whole(k));
    if (number_cell(f) || head(k)) break;
    if (k == repeat_at) break;  // the body repeats the first row
    // (a row of two cells, "一. 导言<TAB>1-3", as a PDF's columns give it, is such a row)
    const U32View w = whole(k);
    const bool range_cell_row = std::count(w.begin(), w.end(), U'\t') == 1 && number_cell(trim_view(w.substr(w.find(U'\t') + 1)));
    // (and a compilation's row, its decision's number in a cell of its own: "2023/8<TAB>执行主任…")
    const bool decision_cells_row = std::count(w.begin(), w.end(), U'\t') == 1 && decision_row(w);
    if (contains(f, U'。') || (L_[k].kind == LineKind::TableRow && !range_cell_row && !decision_cells_row))
      return std::string::npos;
    if (!rows.empty() && U32(f) == first_title) break;  // the body repeats the first heading
    // "一. 导言 1-3" (a TOC without pages) or "一. 导言......1-3" (the page
    // column comes later): the range ends the row
    std::optional<std::pair<long, long>> range;
    {
      U32View raw = whole(k);
      size_t sp = raw.find_last_of(U" .…·\t"sv);
      if (sp != U32View::npos && sp + 1 < raw.size()) {
        range = number_cell(raw.substr(sp + 1));
        // (a number after leaders and a space, "第二章 …………………… 5", is a
        // row's own number cell, as the row-by-row reader takes it: no list
        // of titles with their numbers set apart)
        if (range && raw[sp] == U' ' && head_page && !head_range) {
          size_t e = sp, leaders = 0;
          while (e > 0 && (is_space(raw[e - 1]) || is_toc_leader(raw[e - 1]))) leaders += is_toc_leader(raw[--e]);
          if (leaders >= 3) return std::string::npos;
        }
        if (range && (raw[sp] == U' ' || raw[sp] == U'\t') && !(head_range && !head_page))
          range.reset();  // "B. 性别 26": ambiguous
        if (range) f = strip_leaders(trim_view(raw.substr(0, sp)));
      }
    }
    bool opens = opens_toc_row(k) || starts_with(f, U"附件"sv);
    // (a compilation's row, its decision's number before its title, "2023/8
    // 执行主任…": a row where its list has no numbers, the first row's repeat
    // found below, as a labelled row's is)
    if (!opens && !range && decision_row(f) &&
        (repeat_at != std::string::npos ? k < repeat_at : rows.empty() && !toc_tail(f)))
      opens = true;
    if (!opens && rows.empty() && !range && short_row(f)) {
      for (size_t j = next_free(k + 1, L_.size()), seen = 0; j < L_.size() && seen < 100;
           j = next_free(j + 1, L_.size()), ++seen)
        if (strip_leaders(whole(j)) == f) {
          repeat_at = j;
          opens = true;
          break;
        }
    }
    // (a labelled first row, "一. 导言" / "第一章 …" / "A. …", with no numbers
    // after it: the list ends where the body's heading of that label comes,
    // its title as the row's or reworded a little, "一. 引言", or on the line
    // below its label, "第一章" / "会议通过的决议")
    if (opens && rows.empty() && repeat_at == std::string::npos && !range && !toc_tail(f))
      repeat_at = labelled_row_repeat(k, f);
    // (a labelled row's title that ran onto the line below, as a PDF's column
    // wraps it: the line before runs to the width, or stops mid-phrase)
    const bool wrapped_row = !opens && repeat_at != std::string::npos && k < repeat_at && !rows.empty() && !range &&
                             !(rows.back().annex && rows.back().lines.size() == 1) &&
                             (full(rows.back().lines.back()) || ends_mid_phrase(strip_leaders(whole(rows.back().lines.back()))));
    // (below the first, an unlabelled row above the repeat: 前言, 结论; not an
    // annex's title below its label)
    if (!opens && !wrapped_row && repeat_at != std::string::npos && k < repeat_at && short_row(f) && !range &&
        !(!rows.empty() && rows.back().annex && rows.back().lines.size() == 1))
      opens = true;
    if (wrapped_row) {
      rows.back().lines.push_back(k);
    } else if (opens) {
      Row r;
      r.lines.push_back(k);
      r.range = range;
      r.annex = starts_with(f, U"附件"sv);
      if (rows.empty()) first_title = U32(f);
      rows.push_back(std::move(r));
    } else if (!rows.empty() && rows.back().annex && rows.back().lines.size() == 1) {
      rows.back().lines.push_back(k);  // the annex's title below its label
    } else {
      return std::string::npos;
    }
    if (rows.size() > 400) return std::string::npos;
  }
  if (rows.size() < 3) return std::string::npos;
  // (the heads may come after the titles)
  for (; k < L_.size() && head(k); k = next_free(k + 1, L_.size())) heads.push_back(k);
  for (; k < L_.size(); k = next_free(k + 1, L_.size())) {
    if (head(k)) {  // 段次 … 页次 between the columns
      heads.push_back(k);
      continue;
    }
    // (pdftotext's default mode may set a row's range and page on one line,
    // "4-11 3", among lone cells: the column read row by row)
    const U32View f = trimmed_fold(k);
    std::vector<std::pair<long, long>> on_line;
    if (auto c = number_cell(f)) {
      on_line.push_back(*c);
    } else if (size_t sp = f.find(U' '); sp != U32View::npos) {
      auto a = number_cell(trim_view(f.substr(0, sp))), b = number_cell(trim_view(f.substr(sp + 1)));
      if (a && b && a->first != a->second && b->first == b->second) on_line = {*a, *b}, row_by_row = true;
    }
    if (on_line.empty() || cells.size() >= 2 * rows.size()) break;
    numbers.push_back(k);
    cells.insert(cells.end(), on_line.begin(), on_line.end());
  }
  const size_t n = rows.size();
  size_t plain = 0;  // rows that have a range (all but the annexes)
  for (auto& r : rows) plain += !r.annex;
  const bool inline_ranges = std::all_of(rows.begin(), rows.end(), [](const Row& r) { return r.annex || r.range; });
  std::vector<std::optional<std::pair<long, long>>> ranges(n);
  std::vector<std::optional<long>> pages(n);
  auto cell = [&](size_t idx) { return cells[idx]; };
  if (row_by_row) {  // each row's range, then its page; an annex's page alone
    if (cells.size() != plain + n) return std::string::npos;
    size_t idx = 0;
    for (size_t r = 0; r < n; ++r) {
      if (!rows[r].annex) ranges[r] = cell(idx++);
      pages[r] = cell(idx++).first;
    }
  } else if (numbers.empty()) {
    // (nothing says it is a TOC, but ranges under 段次, or the body repeating its first row)
    const bool none = std::none_of(rows.begin(), rows.end(), [](const Row& r) { return r.range.has_value(); });
    if (!(inline_ranges && head_range && !head_page) && !(none && k == repeat_at)) return std::string::npos;
    for (size_t r = 0; r < n; ++r) ranges[r] = rows[r].range;
  } else if (cells.size() == n) {  // one column: pages (or ranges when the head says so)
    for (size_t r = 0; r < n; ++r) {
      if (head_range && !head_page && !inline_ranges) ranges[r] = cell(r);
      else pages[r] = cell(r).first;
      if (!ranges[r]) ranges[r] = rows[r].range;
    }
  } else if (cells.size() == plain && plain < n && head_range && !head_page) {  // ranges only, annexes have none
    size_t idx = 0;
    for (size_t r = 0; r < n; ++r)
      if (!rows[r].annex) ranges[r] = cell(idx++);
  } else if (cells.size() == plain + n) {  // ranges of the non-annex rows, then every page
    size_t idx = 0;
    for (size_t r = 0; r < n; ++r)
      if (!rows[r].annex) ranges[r] = cell(idx++);
    for (size_t r = 0; r < n; ++r) pages[r] = cell(idx++).first;
  } else {
    return std::string::npos;
  }
  Toc& toc = doc_.toc;
  for (size_t h : heads) {
    used_[h] = 1;
    toc.lines.extend(L_[h].number);
  }
  for (size_t idx : numbers) {
    used_[idx] = 1;
    toc.lines.extend(L_[idx].number);
  }
  for (size_t r = 0; r < n; ++r) {
    TocEntry e;
    U32 joined;
    for (size_t line : rows[r].lines) {
      U32View fold_line = whole(line);
      if (rows[r].range && line == rows[r].lines.front()) {
        size_t sp = fold_line.find_last_of(U" .…·\t"sv);
        if (sp != U32View::npos) fold_line = fold_line.substr(0, sp);
      }
      fold_line = strip_leaders(trim_view(fold_line));
      const size_t at = static_cast<size_t>(fold_line.data() - L_[line].fold().data());
      U32View orig = U32View(L_[line].text).substr(at, fold_line.size());
      if (!joined.empty()) joined.push_back(U' ');
      joined += U32(orig);
      used_[line] = 1;
      e.lines.extend(L_[line].number);
      toc.lines.extend(L_[line].number);
    }
    U32 text = drop_cjk_wrap_spaces(joined);
    if (rows[r].annex) {
      // (the label read where the row sets it apart from its title, "附件二
      // 参与集群办法的组织", or its title on the line below: with the spaces
      // between Han characters dropped, "附件二参与…", the label runs into the title)
      {
        const U32View j = trim_view(joined);
        const size_t sp = j.find_first_of(U" \t\u3000"sv);
        if (sp != U32View::npos && classify_kind(j.substr(0, sp)) == LineKind::Annex &&
            !classify(0, U32(j.substr(0, sp))).label().empty())
          text = U32(j.substr(0, sp)) + U32(U" ") + drop_cjk_wrap_spaces(trim_view(j.substr(sp)));
      }
      auto probe = classify(0, text);
      e.kind = "annex";
      e.level = 1;
      if (probe.kind == LineKind::Annex && !probe.label().empty()) e.number = number_text(probe.label());
      U32View rest = trim_view(U32View(text).substr(2));
      if (e.number) rest = trim_view(rest.substr(rest.find(U32(probe.label())) + probe.label().size()));
      // (what stands before the title: the label as written, 附件一)
      e.label = to_utf8(trim_view(U32View(text).substr(0, static_cast<size_t>(rest.data() - text.data()))));
      e.title = to_utf8(rest);
    } else {
      set_entry_kind(e, text, joined);
    }
    e.paragraphs = ranges[r];
    e.page = pages[r];
    toc.entries.push_back(std::move(e));
  }
  note_layout(numbers.empty() ? "table of contents without a page column"
                              : "table of contents read column by column (titles, then their numbers)");
  if (!numbers.empty()) return numbers.back() + 1;
  return rows.back().lines.back() + 1;
}

void Parser::add_toc_entry(const std::vector<size_t>& rows, const std::vector<size_t>& cells,
                   std::optional<std::pair<long, long>> range, std::optional<long> page) {
  TocEntry e;
  for (size_t c : cells) {
    used_[c] = 1;
    e.lines.extend(L_[c].number);
    doc_.toc.lines.extend(L_[c].number);
  }
  U32 joined;
  bool annex = false;
  U32 annex_label;
  U32 annex_written;  // (the label as written: 附件一, 附件 二)
  // (the row's last line gave its numbers after leaders and nothing else,
  // ". . . . 3": pdftotext's -raw mode sets the title cell and its range on
  // the line above, "一. 导言 1–3", the leaders and page below)
  bool numbers_below = false;
  for (size_t n = 0; n < rows.size(); ++n) {
    size_t r = rows[n];
    used_[r] = 1;
    e.lines.extend(L_[r].number);
    doc_.toc.lines.extend(L_[r].number);
    U32View f(L_[r].fold());
    if (n > 0 && toc_column_heads(trim_view(f))) continue;  // (the column heads, repeated after a page break)
    auto tail = toc_tail(f);
    size_t end = tail ? tail->title_end : f.size();
    // "一. 导言<TAB>1-3": the title is the first cell
    if (size_t t = f.rfind(U'\t'); !tail && t != U32View::npos && number_cell(trim_view(f.substr(t + 1)))) end = t;
    // (a row's leaders with its numbers set elsewhere are not its title)
    if (!tail)
      while (end > 0 && (is_toc_leader(f[end - 1]) || is_space(f[end - 1]))) --end;
    if (page && tail && tail->page) tail.reset();  // numbers came on their own lines
    if (n > 0 && n + 1 == rows.size() && tail && tail->page && !tail->range && !page && !range) {
      // (the title cell empty, the line's leaders before its page)
      const U32View before = trim_view(f.substr(0, tail->title_end));
      size_t leaders = 0;
      for (char32_t c : f) leaders += is_toc_leader(c);
      numbers_below = before.empty() && leaders >= 3;
    }
    if (n + 1 == rows.size() && (page || range)) {
      e.paragraphs = range;
      e.page = page;
    } else if (n + 1 == rows.size() && tail) {
      e.paragraphs = tail->range;
      e.page = tail->page;
    }
    U32View orig = U32View(L_[r].text).substr(0, end);
    U32View orig_trim = trim_view(orig);
    // (a column head glued before the row's title: 页次导言)
    for (U32View h : {U32View(U"页次"sv), U32View(U"段次"sv)})
      if (n == 0 && orig_trim.starts_with(h)) orig_trim = trim_view(orig_trim.substr(h.size()));
    if (n == 0 && starts_with(trim_view(f), U"附件"sv)) {
      auto probe = classify(0, U32(orig_trim));
      if (probe.kind == LineKind::Annex) {
        annex = true;
        annex_label = probe.label();
        annex_written = trim(U32View(probe.text).substr(0, probe.body));
        U32 title = trim(probe.content());
        if (title.empty()) continue;
        joined += title;
        continue;
      }
      // 附件一 标题 on one line
      size_t sp = orig_trim.find_first_of(U" \t\u3000"sv);
      if (sp != U32View::npos && classify_kind(orig_trim.substr(0, sp)) == LineKind::Annex) {
        annex = true;
        annex_label = classify(0, U32(orig_trim.substr(0, sp))).label();
        annex_written = U32(orig_trim.substr(0, sp));
        orig_trim = trim_view(orig_trim.substr(sp));
      }
    }
    if (!joined.empty()) joined.push_back(U' ');  // wrap point: dropped below between CJK
    joined += U32(orig_trim);
  }
  // "…互动部分30-64" with the page on a line of its own: the range was glued
  // to the title when the row wrapped
  // (or set apart by spaces: "一. 导言 1-7", then "3")
  if ((!cells.empty() || numbers_below) && !e.paragraphs) {
    size_t end = joined.size();
    while (end > 0 && is_space(joined[end - 1])) --end;
    size_t b = end;
    while (b > 0 && ((joined[b - 1] >= U'0' && joined[b - 1] <= U'9') || joined[b - 1] == U'-' || joined[b - 1] == U'–')) --b;
    size_t h = b;
    // (after a run of leaders too: "一. 导言......1-3", then "3")
    size_t leaders = 0;
    while (h > 0 && (is_space(joined[h - 1]) || is_toc_leader(joined[h - 1]))) leaders += is_toc_leader(joined[--h]);
    if (b < end && h > 0 && (is_han(joined[h - 1]) || leaders >= 3)) {
      if (auto r = number_cell(fold(U32View(joined).substr(b, end - b)))) {
        e.paragraphs = r;
        joined.resize(h);
      }
    }
  }
  U32 text = drop_cjk_wrap_spaces(joined);
  if (annex) {
    e.kind = "annex";
    e.level = 1;
    if (!annex_label.empty()) e.number = number_text(annex_label);
    e.label = to_utf8(annex_written);
    e.title = to_utf8(text);
  } else {
    set_entry_kind(e, text, joined);
  }
  doc_.toc.entries.push_back(std::move(e));
}

}  // namespace undoc::detail
