// Passes 1 and 2: layout facts and page furniture.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <functional>

#include "parser.hpp"

namespace undoc::detail {

using namespace std::literals;  // (U"…"sv: a literal's length known when compiled, not counted at each comparison)

std::vector<char> Parser::agenda_title_lines() const {
  std::vector<char> out(L_.size(), 0);
  // (only lines well short of the widest: the column is about half the
  // page's width)
  // (the masthead heads the first page: its item lines are among the first
  // lines of the text, before any line that ends a sentence)
  for (size_t i = 0; i < L_.size() && i < 40; ++i) {
    if (L_[i].blank()) continue;
    const U32View f = trimmed_line(i);
    if (contains(f, U'。')) break;
    const bool label = f.find(U"议程"sv) != U32View::npos || f.find(U"项目清单"sv) != U32View::npos ||
                       f.find(U"项目表"sv) != U32View::npos;
    if (!label) continue;
    const size_t at = conv::item_number_at(f);
    size_t k = i + 1;
    if (at == U32View::npos || at >= 16) {
      // ("临时议程" / "项目 5": the item's number on the line below)
      while (k < L_.size() && L_[k].blank()) ++k;
      if (f.size() > 12 || k >= L_.size() || conv::item_number_at(trimmed_line(k)) != 0) continue;
      ++k;
    }
    // the titles: the lines right below, to a blank line, a sentence's or a
    // clause's end (a resolution's formula, "大会，"), a dated line (a
    // letter's title) or a kind's line ("…的报告", "秘书长的说明", 摘要)
    for (size_t n = 0; k < L_.size() && n < 8 && L_[k].kind == LineKind::Text && !L_[k].page_start; ++k, ++n) {
      const U32View g = trimmed_line(k);
      std::string iso;
      if (g.empty() || contains(g, U'。') || g.back() == U'，' || g.back() == U',' || g.back() == U'；' ||
          g.back() == U';' || conv::chinese_date_at(g, 0, &iso, false) > 0 || conv::is_front_matter_break(g))
        break;
      // (a line as wide as the text's, where the masthead sets the title
      // across the page, is measured with the text's)
      if (L_[k].width * 4 < widest_ * 3) out[k] = 1;
    }
    break;
  }
  return out;
}

void Parser::measure_layout() {
  for (const Line& ln : L_)
    if (ln.kind == LineKind::Text || ln.kind == LineKind::Numbered) widest_ = std::max(widest_, ln.width);
  {
    // (paragraphs set in by "　　": three such lines at least, each below a
    // line not set in so, and a fifth of the text's lines)
    int set_in = 0, text = 0, to_margin = 0, blank_after = 0, text_after = 0;
    for (size_t i = 0; i < L_.size(); ++i) {
      if (L_[i].kind != LineKind::Text && L_[i].kind != LineKind::Numbered) continue;
      ++text;
      set_in += ideographic_indent(i) && i > 0 && !ideographic_indent(i - 1);
      to_margin += ideographic_indent(i) && i + 1 < L_.size() && L_[i + 1].kind == LineKind::Text &&
                   !ideographic_indent(i + 1) && !is_space(L_[i + 1].text.empty() ? U' ' : L_[i + 1].text[0]);
      // (and, in the same pass, what stands below a sentence's end: a blank line or text)
      if (i + 2 < L_.size()) {
        const U32View f = trimmed_line(i);
        if (!f.empty() && fold_char(f.back()) == U'。') {
          if (L_[i + 1].blank() && L_[i + 2].kind == LineKind::Text) ++blank_after;
          else if (L_[i + 1].kind == LineKind::Text) ++text_after;
        }
      }
    }
    // (or an eighth, where a line set in is seen three times at least with its
    // wrapped line at the margin below it: long paragraphs in a narrow text
    // have few first lines)
    indent_opens_ = set_in >= 3 && (set_in * 5 >= text || (to_margin >= 3 && set_in * 8 >= text));
    indent_first_only_ = indent_opens_ && to_margin >= 3;
    blanks_part_ = blank_after >= 3 && blank_after >= 4 * text_after;
  }
  {
    int wide = 0, ending = 0, clauses = 0;
    for (size_t i = 0; i < L_.size(); ++i) {
      const Line& ln = L_[i];
      if ((ln.kind != LineKind::Text && ln.kind != LineKind::Numbered) || ln.width < widest_ - 4) continue;
      ++wide;
      const U32View f = trimmed_line(i);
      if (!f.empty() && is_sentence_end(fold_char(f.back()))) ++ending;
      else if (!f.empty() && is_clause_end(fold_char(f.back()))) ++clauses;
    }
    widest_end_sentences_ = ending * 2 > wide;
    widest_end_clauses_ = (ending + clauses) * 2 > wide;
    for (size_t i = 0; i + 1 < L_.size(); ++i) {
      const Line& ln = L_[i];
      if ((ln.kind != LineKind::Text && ln.kind != LineKind::Numbered) || L_[i + 1].kind != LineKind::Text ||
          ln.width <= widest_cut_)
        continue;
      const U32View f = trimmed_line(i);
      if (!f.empty() && !is_sentence_end(fold_char(f.back())) && !is_clause_end(fold_char(f.back())) &&
          !is_cjk_closing(f.back()) && f.back() != U')')
        widest_cut_ = ln.width;
    }
  }
  // Measured on the trimmed width first; then on the right edge (the width
  // with the indent), for -layout text whose first lines are indented; and,
  // text without pages, on the count of characters: a tool that wraps at so
  // many characters (Python's textwrap, a fixed-width field) leaves lines of
  // one length whose widths differ by their digits and Latin letters.
  // (the wrap found, how many lines it holds and the hanging paragraphs'
  // width, for each way of measuring)
  struct Wrap {
    bool wrapped = false;
    int width = 0, lines = 0, hang = 0;
    int mid = 0, at = 0, total = 0;  // lines at the width that end mid-sentence and run on; at the width; measured
    bool by_short = false;           // decided by the short-text rule
  };
  // (the lines a wrap is measured on: text and numbered paragraphs; and,
  // for a short text only, lines labelled as chapters or sections, long
  // enough to wrap: a letter's enclosure of points "一、…" wrapped at the
  // text's width. A longer text has lines enough without them, and its
  // headings and table of contents rows, of many lengths, would only
  // thin the lines at the width)
  bool labelled = false;
  // (nor the titles of the masthead's agenda items: set in its narrow left
  // column below the item's line, "议程项目 18、73和124" / "促进和保护人权：人权
  // 问题，包括增进人权和基本" / "自由切实享受的各种途径", they wrap at the
  // column's width, about half the text's; in a one-page letter they can
  // outnumber the text's own lines at its width)
  const std::vector<char> agenda_column = agenda_title_lines();
  auto prose = [&labelled, &agenda_column, this](const Line& ln) {
    if (agenda_column[static_cast<size_t>(&ln - L_.data())]) return false;
    return ln.kind == LineKind::Text || ln.kind == LineKind::Numbered ||
           (labelled && (ln.kind == LineKind::Chapter || ln.kind == LineKind::Section));
  };
  auto detect = [&](int way) {
    edge_mode_ = way == 1;
    count_mode_ = way == 2;
    // (the widths sorted and counted: a vector, not a tree node per width)
    std::vector<int> widths;
    int total = 0, followed = 0, one_blank = 0;
    for (size_t i = 0; i < L_.size(); ++i) {
      const Line& ln = L_[i];
      if (!prose(ln)) continue;
      if (ln.width < 30 || measure(i) < 30) continue;
      widths.push_back(measure(i));
      ++total;
      if (i + 1 < L_.size() && !L_[i + 1].blank()) ++followed;
      // (one blank line, then text: MuPDF sets each line a block of its own)
      if (i + 2 < L_.size() && L_[i + 1].blank() && !L_[i + 2].blank()) ++one_blank;
    }
    if (total < 6) return Wrap{};
    std::sort(widths.begin(), widths.end());
    std::vector<std::pair<int, int>> hist;  // (width, lines), by width
    for (int w : widths) {
      if (hist.empty() || hist.back().first != w) hist.push_back({w, 0});
      ++hist.back().second;
    }
    // the lines of widths w - 3 … w + 1, for each width w in turn: the wrap
    // width w + 1 that keeps the most (the first of them), among those
    // `accept` takes
    auto most_kept = [&](auto&& accept) {
      int kept_w = 0, kept = 0;
      size_t lo = 0, hi = 0;
      int window = 0;
      for (const auto& [w, c] : hist) {
        while (hi < hist.size() && hist[hi].first <= w + 1) window += hist[hi++].second;
        while (hist[lo].first < w - 3) window -= hist[lo++].second;
        if (window > kept && accept(w + 1)) {
          kept = window;
          kept_w = w + 1;
        }
      }
      return std::pair<int, int>{kept_w, kept};
    };
    auto [best, best_count] = most_kept([](int) { return true; });
    // (a short text whose numbered paragraphs hang, their lines set in by
    // the number's indent, wraps at two widths: the text's and, a few
    // columns narrower, the hanging paragraphs'. When the lines at the most
    // kept width are too few alone, the most kept width 5 to 16 columns
    // off it is the other of the two, if its lines too run on mid-sentence;
    // the wider of the two is the wrap width)
    int hanging = 0, hang = 0;
    if (!count_mode_ && best_count * 10 < total * 3) {
      auto [second_w, second] = most_kept([&, b = best](int x) { return std::abs(x - b) >= 5 && std::abs(x - b) <= 16; });
      int second_ending = 0;
      for (size_t i = 0; second >= 4 && i < L_.size(); ++i) {
        const Line& ln = L_[i];
        if (!prose(ln) || measure(i) < second_w - 4 ||
            measure(i) > second_w)
          continue;
        const U32View f = trimmed_line(i);
        if (!f.empty() && is_sentence_end(fold_char(f.back()))) ++second_ending;
      }
      if (second >= 4 && second_ending * 2 <= second) {
        hanging = second;
        if (second_w > best) {
          std::swap(best, second_w);
          hanging = best_count;
          best_count = second;
        }
        hang = second_w;
      }
    }
    // (a count of characters, the widest lines: five or more within a few
    // characters of the widest, each with a text line right below it and
    // none ending a sentence, are the wrap's, however many shorter lines
    // share another length: a note's few paragraphs wrapped at 60 above
    // annexes of short lines)
    if (count_mode_ && !widths.empty() && widths.back() + 1 > best) {
      const int top = widths.back();
      int n_top = 0;
      bool clean = true;
      for (size_t i = 0; i < L_.size() && clean; ++i) {
        if (!prose(L_[i]) || L_[i].width < 30 || measure(i) < top - 3) continue;
        ++n_top;
        const U32View f = trimmed_line(i);
        clean = i + 1 < L_.size() && L_[i + 1].kind == LineKind::Text && !L_[i + 1].page_start && !f.empty() &&
                !is_sentence_end(fold_char(f.back()));
      }
      if (clean && n_top >= 5) {
        best = top + 1;
        best_count = n_top;
      }
    }
    // Hard-wrapped text: many lines share one width and run on into the next,
    // cut mid-sentence (lines of one width that mostly end a sentence are
    // sentences of one length, not a wrap)
    int at_width = 0, ending = 0, at_width_followed = 0, overtaken = 0, cut = 0, mid = 0;
    // (a line that ends mid-sentence: no clause end, no closing bracket, the
    // word or number going on; and, for a line at the width, the text it
    // runs into goes on, over lines at the width that end so too, to a line
    // that ends a sentence or a clause: a paragraph's wrapped lines, not a
    // list of titles one a line)
    auto ends_mid_sentence = [&](U32View f) {
      const char32_t e = fold_char(f.back());
      return !is_clause_end(e) && !is_cjk_closing(f.back()) && e != U')' && e != U']';
    };
    // (the text line line i runs into: the next, past blank lines, and past
    // a page's foot and the next page's head where a page ends below it)
    auto going_on = [&](size_t i) {
      size_t k = i + 1;
      bool skipped = false;
      for (; k < L_.size() && L_[k].kind != LineKind::Text; ++k) {
        if (L_[k].blank()) continue;
        const LineKind kk = L_[k].kind;
        if (!lines_.has_form_feeds || !(kk == LineKind::JobNumber || kk == LineKind::BareNumber ||
                                         kk == LineKind::Symbol || kk == LineKind::PageOf || kk == LineKind::Rule ||
                                         kk == LineKind::FootnoteBody || kk == LineKind::DigitNote))
          return L_.size();
        skipped = true;
      }
      if (k < L_.size() && skipped && L_[k].page == L_[i].page) return L_.size();
      return k;
    };
    // (the width captured by value: clang takes no structured binding into a lambda)
    auto run_closes = [&, best = best](size_t k) {
      while (k < L_.size()) {
        const U32View g = trimmed_line(k);
        if (g.empty()) return false;
        if (!ends_mid_sentence(g)) return true;
        if (measure(k) < best - 4 || measure(k) > best + 1) return false;
        k = going_on(k);
      }
      return false;
    };
    for (size_t i = 0; i < L_.size(); ++i) {
      const Line& ln = L_[i];
      if (!prose(ln) || measure(i) < best - 4 || measure(i) > best + 1)
        continue;
      ++at_width;
      U32View f = trimmed_line(i);
      if (!f.empty() && (f.back() == U'。' || f.back() == U';' || f.back() == U'!' || f.back() == U'?')) ++ending;
      if (i + 1 < L_.size() && !L_[i + 1].blank()) ++at_width_followed;
      // (a line at the width followed right below by a line wider than the
      // width: no wrap at that width made either; a short text a paragraph a
      // line, its title or a clause as long as the guessed width, then a
      // longer paragraph)
      if (i + 1 < L_.size() && prose(L_[i + 1]) &&
          measure(i + 1) > best + 6)
        ++overtaken;
      // (and one cut, the next text line going on with it: no full stop at
      // its end, an unlabelled line next)
      size_t k = i + 1;
      while (k < L_.size() && L_[k].blank()) ++k;
      if (!f.empty() && !is_sentence_end(fold_char(f.back())) && k < L_.size() && L_[k].kind == LineKind::Text) ++cut;
      // (counted for a short text only: each line's run walked to its end)
      if (total < 24 && !f.empty() && ends_mid_sentence(f)) {
        const size_t g = going_on(i);
        if (g < L_.size() && run_closes(g)) ++mid;
      }
    }
    // (-layout sets blank lines between paragraphs: then the full lines,
    // not all lines, are the ones that run on)
    // (and a PDF's text of a line a block, a blank line after nearly every
    // line, MuPDF's: the lines at the width end mid-sentence)
    const bool runs_on =
        followed * 10 >= total * 4 || (at_width_followed * 10 >= at_width * 7 && lines_.has_form_feeds) ||
        (lines_.has_form_feeds && one_blank * 10 >= total * 7 && at_width >= 6 && ending * 5 <= at_width);
    // (and no wrap leaves more lines wider than its width than at it: a text
    // a paragraph a line whose title and a heading happen to be of one width)
    const auto wider = static_cast<int>(widths.end() - std::upper_bound(widths.begin(), widths.end(), best + 6));
    // (text without pages: few of the lines at the width overtaken by a
    // wider line below; and, in a short text, a few lines at the width, most
    // of them running on into an unlabelled line, as a wrap leaves them; a
    // text a paragraph a line, its lines short, has titles and clauses of one
    // length by chance. A PDF's page says where its lines stop.)
    auto short_text_cut = [&] {
      return lines_.has_form_feeds || (overtaken * 4 <= at_width && (total >= 24 || cut * 2 > at_width));
    };
    // (a count of characters only where two fifths of the lines hold it: a
    // text of short lines, a paragraph a line, has a few long ones at the wrap)
    Wrap r;
    r.wrapped = best_count >= 4 && (best_count + hanging) * 10 >= total * (count_mode_ ? 4 : 3) && runs_on &&
                ending * 2 <= at_width && wider <= best_count && short_text_cut();
    // A short text (a one-page letter or note verbale, a decision): too few
    // lines for the counts above, and with a blank line between paragraphs
    // of two or three lines few lines run on. Its evidence is in the lines
    // at the width: two or more, half of them at least, end mid-sentence
    // and run on into the next line, which goes on to a sentence's or a
    // clause's end; at most half end a sentence; and no line is wider, none
    // overtaken by a wider one below (a text a paragraph a line has its
    // paragraphs' lines of many lengths, ending a sentence, and its titles
    // and headings shorter or followed by a blank line or a heading).
    if (!r.wrapped && !count_mode_ && total < 24 && best_count >= 3 && best_count * 10 >= total * 3 && mid >= 2 &&
        mid * 2 >= at_width && ending * 2 <= at_width && wider <= 1 && overtaken == 0) {
      r.wrapped = true;
      r.by_short = true;
    }
    // (a count of characters wide enough that most paragraphs take a line
    // or two, Python's textwrap at 60: fewer lines stand at the wrap, but
    // they stand at one count within two characters, run on mid-sentence,
    // and no line is longer, which a paragraph a line never gives)
    // (with a blank line between paragraphs, most of them a line or two,
    // few lines run on; but those at the wrap do)
    if (!r.wrapped && count_mode_ && best_count >= 5 && best_count * 20 >= total * 3 &&
        (runs_on || at_width_followed * 10 >= at_width * 7) && ending * 5 <= at_width * 2 && wider * 10 <= best_count &&
        short_text_cut())
      r.wrapped = true;
    // (or however few of the lines stand there, where the evidence is whole:
    // five lines or more at one count, every one with a line right below it,
    // none ending a sentence, none longer: a note's few paragraphs wrapped at
    // 60 above annexes of short lines)
    if (!r.wrapped && count_mode_ && best_count >= 5 && at_width == best_count && at_width_followed == at_width &&
        ending == 0 && wider == 0 && short_text_cut())
      r.wrapped = true;
    // (and a PDF's text, its pages told by form feeds, whose lines at the
    // width are few among many short ones, a budget fascicle's headings and
    // table cells: eight or more, every one with a text line right below it
    // that it runs into mid-sentence but one in five, hardly any ending a
    // sentence, none overtaken by a wider line below)
    if (!r.wrapped && lines_.has_form_feeds && !count_mode_ && best_count >= 8 && at_width == best_count &&
        at_width_followed == at_width && cut * 5 >= at_width * 4 && ending * 5 <= at_width && overtaken == 0 &&
        wider * 2 <= best_count)
      r.wrapped = true;
    r.width = best;
    r.mid = mid;
    r.at = at_width;
    r.total = total;
    r.lines = best_count + hanging;
    r.hang = r.wrapped ? hang : 0;
    return r;
  };
  Wrap wrap = detect(0);
  int mode = 0;
  // (the passes for a short text below only where the first counted fewer
  // than 24 lines: measured on the right edge, or with labelled lines
  // counted too, a text counts no fewer, and a short text is what they
  // accept; a long one is not measured again)
  const bool short_text = wrap.total < 24;
  if (!wrap.wrapped && lines_.has_form_feeds) wrap = detect(mode = 1);
  if (!lines_.has_form_feeds) {
    // (by characters where that holds clearly more lines at the wrap: text
    // wrapped by columns has lines of one width and many lengths)
    const Wrap count = detect(2);
    if (count.wrapped && (!wrap.wrapped || count.lines * 4 > wrap.lines * 5)) {
      wrap = count;
      mode = 2;
    }
  }
  // (a text without pages whose paragraphs' first lines are set in, "　　",
  // the lines after them at the margin: measured on the right edge, where
  // that holds clearly more lines at the wrap; from the text's start, a set-in
  // first line stops as many columns short as it is set in, and its wrap,
  // read so, would end a paragraph at every line a few columns short)
  bool edge_set_in = false;
  if (wrap.wrapped && mode == 0 && !short_text && !lines_.has_form_feeds) {
    const Wrap e = detect(1);
    if (e.wrapped && e.lines * 4 > wrap.lines * 5) {
      wrap = e;
      mode = 1;
      edge_set_in = true;
    }
  }
  if (short_text && !wrap.wrapped && !lines_.has_form_feeds) {
    // (a short text without pages whose paragraphs' first lines are set in,
    // by spaces or "　　": measured on the right edge; a short text only)
    const Wrap w = detect(1);
    if (w.wrapped && w.total < 24) {
      wrap = w;
      mode = 1;
    }
  }
  if (short_text && !wrap.wrapped) {
    // (a short text again, its lines labelled as chapters or sections
    // counted too)
    labelled = true;
    int m = 0;
    Wrap w = detect(m = 0);
    if (!w.wrapped) {
      const Wrap e = detect(1);
      if (e.wrapped) {
        w = e;
        m = 1;
      }
    }
    if (w.wrapped && w.total < 24) {
      wrap = w;
      mode = m;
    } else {
      labelled = false;
    }
  }
  // A PDF's lines are wrapped by its page, whatever the counts above say: a
  // one-page corrigendum has too few lines at one width for them, a report
  // of lists, tables and short paragraphs too few among its short lines.
  // The page measured where each line stops (right_gap), and full() reads
  // that: a line run to the right margin goes on below, one short of it ends
  // its paragraph; read a paragraph a line, a heading's or a paragraph's
  // wrapped line stood alone.
  const bool page_measured = std::any_of(L_.begin(), L_.end(), [](const Line& l) { return l.right_gap >= 0; });
  const bool by_page = page_measured && !wrap.wrapped;
  if (by_page) {
    wrap.wrapped = true;
    mode = 0;  // (measured from the line's start: a PDF's text sets no indent in spaces)
  }
  wrapped_ = wrap.wrapped;
  if (wrapped_) wrap_width_ = wrap.width;
  const bool edge_short = mode == 1 && !lines_.has_form_feeds && !edge_set_in;
  if (wrapped_ && edge_set_in) short_wrap_evidence_ = "measured on the right edge: paragraphs' first lines set in";
  if (wrapped_ && (wrap.by_short || labelled || edge_short))
    short_wrap_evidence_ =
        fmt::format("a short text: {} of the {} lines at the width end mid-sentence and run on{}{}", wrap.mid, wrap.at,
                    labelled ? " (lines labelled as chapters or sections counted)" : "",
                    edge_short ? " (measured on the right edge: first lines set in)" : "");
  if (by_page) short_wrap_evidence_ = "a PDF's lines, wrapped by its page (too few at one width to count)";
  hang_width_ = wrap.hang;
  edge_mode_ = wrapped_ && mode == 1;
  count_mode_ = wrapped_ && mode == 2;
}

bool Parser::spaced_numbers() const {
  if (spaced_) return *spaced_;
  // Latin or digits beside Han within a line: set apart by a space, or not
  // (only the ASCII letters and digits looked at: few in a Chinese text;
  // and a text keeps to one way: 24 meetings of the two say which)
  // (not the masthead's ways, which any text keeps: its cells a space apart
  // in -raw, "联 合 国 A/78/256", "大 会 Distr.: General"; its agenda line,
  // "临时议程* 项目 71(b)"; nor a document's symbol, "见 A/78/150", set apart
  // where the text's figures are not)
  int apart = 0, together = 0;
  auto symbol_at = [](U32View t, size_t k) {
    for (; k < t.size() && (is_ascii_alnum(t[k]) || t[k] == U'/' || t[k] == U'.' || t[k] == U'-'); ++k)
      if (t[k] == U'/') return true;
    return false;
  };
  for (size_t i = 0; i < L_.size() && apart + together < 24; ++i) {
    const Line& ln = L_[i];
    if (ln.kind == LineKind::Blank) continue;
    const U32View t = ln.fold();
    if (t.find(U"Distr"sv) != U32View::npos) continue;
    for (size_t k = find_in_range(t, U'0', U'z' + 1); k != U32View::npos;
         k = find_in_range(t, U'0', U'z' + 1, k + 1)) {
      if (!is_ascii_alnum(t[k])) continue;
      if (k + 1 < t.size() && is_han(t[k + 1])) ++together;
      if (k > 0 && is_han(t[k - 1])) ++together;
      if (k + 2 < t.size() && t[k + 1] == U' ' && is_han(t[k + 2])) ++apart;
      if (k > 1 && t[k - 1] == U' ' && is_han(t[k - 2]) && !symbol_at(t, k) &&
          !(k > 2 && t[k - 3] == U'项' && t[k - 2] == U'目'))
        ++apart;
    }
  }
  spaced_ = apart >= together;
  return *spaced_;
}

bool Parser::grouped_amounts() const {
  if (grouped_) return *grouped_;
  int grouped = 0, long_runs = 0;
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  for (size_t i = 0; i < L_.size(); ++i) {
    const U32View t = L_[i].fold();
    size_t run = 0;
    for (size_t k = 0; k <= t.size(); ++k) {
      if (k < t.size() && digit(t[k])) {
        ++run;
        continue;
      }
      if (run >= 5) ++long_runs;
      // (a group of three after a space after a digit, no digit after it)
      if (run == 3 && k >= 5 && t[k - 4] == U' ' && digit(t[k - 5])) ++grouped;
      run = 0;
    }
  }
  grouped_ = grouped >= 3 && long_runs * 4 <= grouped;
  return *grouped_;
}

void Parser::join_text(U32& a, U32View b) const {
  // (the text's way is counted only where a break between Latin or digits
  // and Han asks for it: most texts join none, or only Han to Han)
  bool spaced = true;
  if (!a.empty() && !b.empty()) {
    const char32_t x = fold_char(a.back()), y = fold_char(b.front());
    if ((is_ascii_alnum(x) && is_han(y)) || (is_han(x) && is_ascii_alnum(y))) spaced = spaced_numbers();
    // a document symbol cut at the line's end ("(CEDAW/C/PE" / "R/9)"): its
    // pieces join with no space, as a word of English would take
    if (is_ascii_alnum(x) && is_ascii_alnum(y)) {
      size_t k = a.size();
      bool slash = false;
      while (k > 0 && a.size() - k < 40) {
        const char32_t c = fold_char(a[k - 1]);
        if (!(is_ascii_alnum(c) || c == U'/' || c == U'.' || c == U'-')) break;
        slash = slash || c == U'/';
        --k;
      }
      // (a symbol's pieces are capitals, digits and slashes: "CEDAW/C/PER/9")
      const bool upper = std::all_of(a.begin() + static_cast<std::ptrdiff_t>(k), a.end(), [](char32_t c) {
        const char32_t f = fold_char(c);
        return !(f >= U'a' && f <= U'z');
      });
      if (slash && upper && k < a.size() && (k == 0 || !is_ascii_alnum(fold_char(a[k - 1]))) &&
          fold_char(a[k]) >= U'A' && fold_char(a[k]) <= U'Z') {
        a.append(b);
        return;
      }
    }
    // an amount cut at a group's space where neither piece shows a group
    // ("…估计为458" / "300美元，…"): in a document that sets its amounts in
    // groups, a run of one to three digits (not part of a symbol, "78/1",
    // "L.3") then a run of exactly three going on with an amount's word,
    // not a year's 年, is one amount; the space goes back
    if (x >= U'0' && x <= U'9' && y >= U'0' && y <= U'9' && grouped_amounts()) {
      size_t ra = 0, rb = 0;
      while (ra < a.size() && ra < 4 && fold_char(a[a.size() - 1 - ra]) >= U'0' && fold_char(a[a.size() - 1 - ra]) <= U'9') ++ra;
      while (rb < b.size() && rb < 4 && fold_char(b[rb]) >= U'0' && fold_char(b[rb]) <= U'9') ++rb;
      const char32_t before = ra < a.size() ? fold_char(a[a.size() - 1 - ra]) : U' ';
      const char32_t after = rb < b.size() ? fold_char(b[rb]) : U' ';
      if (ra >= 1 && ra <= 3 && rb == 3 && is_han(before) && is_han(after) && after != U'年') {
        a.push_back(U' ');
        a.append(b);
        return;
      }
    }
    // a line that is a number and nothing else after a digit: a cell of its
    // own (a table set a cell a line, "6" / "12 500"), not the rest of a
    // number cut at the line's end; kept apart, never read as one number
    if (x >= U'0' && x <= U'9' && y >= U'0' && y <= U'9' &&
        std::all_of(b.begin(), b.end(), [](char32_t c) {
          const char32_t f = fold_char(c);
          return (f >= U'0' && f <= U'9') || f == U' ' || f == U'.' || f == U',' || f == U'%';
        })) {
      a.push_back(U' ');
      a.append(b);
      return;
    }
  }
  undoc::join_text(a, b, spaced);
}

// A corrigendum's item line: its number, then the place it corrects, a
// paragraph ("1.\t第 12 段，第二句", "2.\t第 8 段第一行", "3.\t第 27 段，(c)分段"),
// no sentence: what to do stands on the next line. (In a corrigendum, any
// such short numbered line that ends in no mark: "7.\t附件，表 2，第三行",
// "4.\t脚注 3".)
bool Parser::corrigendum_place(size_t i) const {
  if (L_[i].kind != LineKind::Numbered) return false;
  const U32View c = trim_view(U32View(L_[i].fold()).substr(std::min<size_t>(L_[i].body, L_[i].fold().size())));
  if (c.size() > 24 || c.empty() || contains(c, U'。')) return false;
  if (corrigendum_ && !is_clause_end(c.back()) && !is_sentence_end(c.back()) && !is_cjk_closing(c.back()) &&
      c.back() != U'"')
    return true;
  if (c.front() != U'第') return false;
  size_t k = 1;
  while (k < c.size() && is_space(c[k])) ++k;
  const size_t digits = k;
  while (k < c.size() && c[k] >= U'0' && c[k] <= U'9') ++k;
  if (k == digits) return false;
  while (k < c.size() && is_space(c[k])) ++k;
  return k < c.size() && c[k] == U'段';
}

void Parser::decide_shape() {
  Layout& lay = doc_.source.layout;
  // (a corrigendum: 更正 alone on a line near the top, or the masthead's
  // symbol, the last word of one of its first lines, ending in /Corr.1)
  for (size_t i = 0, seen = 0; i < L_.size() && seen < 40 && !corrigendum_; ++i) {
    if (L_[i].blank()) continue;
    ++seen;
    const U32View g = trim_view(L_[i].fold());
    if (g == U"更正"sv) corrigendum_ = true;
    size_t w = g.size();
    while (w > 0 && !is_space(g[w - 1])) --w;
    const U32View last = g.substr(w);
    const size_t corr = last.rfind(U"/Corr."sv);
    if (seen <= 8 && corr != U32View::npos && corr > 0 && corr + 6 < last.size() &&
        std::all_of(last.begin() + static_cast<std::ptrdiff_t>(corr + 6), last.end(),
                    [](char32_t c) { return c >= U'0' && c <= U'9'; }))
      corrigendum_ = true;
  }
  lay.form_feeds = lines_.has_form_feeds && !lines_.pages_inferred;
  if (lines_.markdown)
    lay.evidence.push_back(fmt::format("Markdown: {} lines read without their marks (#, **, |, [^1], \\), "
                                       "which are listed as furniture",
                                       lines_.markup.size()));
  if (lines_.pages_inferred)
    lay.evidence.push_back(lines_.pages == 1
                               ? std::string("1 page, closed by its footer's job number (no form feeds)")
                               : fmt::format("{} pages, each but the last closed by its footer's job number (no form feeds)",
                                             lines_.pages));
  else if (lines_.has_form_feeds)
    lay.evidence.push_back(lines_.pages == 1 ? std::string("1 page, ended by a form feed")
                                             : fmt::format("{} pages separated by form feeds", lines_.pages));
  if (wrapped_) {
    shape_ = Shape::Wrapped;
    lay.shape = "wrapped";
    lay.width = wrap_width_;
    lay.evidence.push_back(count_mode_ ? fmt::format("lines of {} characters run on into the next line", wrap_width_ / 2)
                                       : fmt::format("lines of {} columns run on into the next line", wrap_width_));
    if (!short_wrap_evidence_.empty()) lay.evidence.push_back(short_wrap_evidence_);
    return;
  }
  // Text lines long enough to hold a sentence: how many hold more than one
  // (paragraphs do, sentence-aligned lines do not), how many run on into an
  // adjacent line without ending a clause (blocks of lines cut anywhere).
  int text = 0, multi = 0, runs_on = 0, numbered_then_text = 0, full_stops = 0, numbered = 0;
  // blocks of two or more adjacent text lines, set off by blank lines
  int blocks = 0;
  for (size_t i = 0; i + 1 < L_.size(); ++i)
    if (!L_[i].blank() && !L_[i + 1].blank() && (i == 0 || L_[i - 1].blank())) ++blocks;
  for (size_t i = 0; i < L_.size(); ++i) {
    const Line& ln = L_[i];
    if (ln.kind != LineKind::Text && ln.kind != LineKind::Numbered) continue;
    U32View f = trimmed_line(i);
    // (a paragraph's number alone on its line, "1.", its first sentence on the
    // next line and an unlabelled sentence below that: a numbered paragraph
    // followed by unlabelled sentences too)
    if (ln.kind == LineKind::Numbered && trimmed_content(i).empty() && i + 2 < L_.size() &&
        L_[i + 1].kind == LineKind::Text && L_[i + 2].kind == LineKind::Text && !L_[i + 1].page_start &&
        !L_[i + 2].page_start) {
      const U32View a = trimmed_line(i + 1);
      if (a.size() >= 8 && is_sentence_end(fold_char(a.back())) && !starts_sub_item(a) &&
          !starts_sub_item(trimmed_line(i + 2)) && !heading_shape(i + 2, kMaxSubheadChars) &&
          !is_procedural_line(trimmed_fold(i + 2)) && !decimal_label(trimmed_fold(i + 2)))
        ++numbered_then_text;
    }
    if (f.size() < 12) continue;
    // (not a record's notice on its first page, "本记录包括中文发言的文本…。定本将
    // 刊印在…": a set text, typed as one block whatever the shape of the rest)
    if (starts_with(f, U"本记录包括"sv) || starts_with(f, U"本记录可以更正"sv)) continue;
    // (a footnote's marker after the line's last stop, plain digits or raised
    // ones, "…即根据这一请求编写。1": the sentence ends at the stop, the
    // marker is no second sentence)
    {
      size_t d = 0;
      while (d < 2 && d + 2 < f.size() &&
             ((f[f.size() - 1 - d] >= U'0' && f[f.size() - 1 - d] <= U'9') || is_superscript_digit(f[f.size() - 1 - d])))
        ++d;
      if (d > 0 && is_sentence_end(fold_char(f[f.size() - 1 - d]))) f = f.substr(0, f.size() - d);
    }
    ++text;
    if (f.back() == U'。') ++full_stops;
    if (ln.kind == LineKind::Numbered) ++numbered;
    // (the next 。 ! or ? before the line's last character, from k; looked
    // for four characters at a time)
    auto next_stop = [&](size_t k) {
      const size_t e = find_first_of_chars<U'。', U'!', U'?'>(f.substr(0, f.size() - 1), k);
      return e == U32View::npos ? f.size() : e;
    };
    for (size_t k = next_stop(0); k < f.size(); k = next_stop(k + 1)) {
      size_t n = k + 1;
      while (n < f.size() && (is_cjk_closing(f[n]) || f[n] == U')' || is_space(f[n]))) ++n;
      if (n < f.size() && !is_superscript_digit(f[n])) {
        ++multi;
        break;
      }
    }
    const bool next_text = i + 1 < L_.size() && L_[i + 1].kind == LineKind::Text && !L_[i + 1].page_start;
    // (a sentence's end inside closing brackets or quotes ends the line too:
    // a record's "[随后，…代表团通知秘书处，它原打算投赞成票。]"; and a
    // recorded vote's list of members, below its 赞成： / 反对： / 弃权：, ends
    // at its last member's name, with no stop, whatever follows it)
    // (nor a corrigendum's item, the place to correct on its numbered line
    // and what to do on the next: "1.\t第 12 段，第二句" / "该句应改为：")
    char32_t last = f.back();
    if (f.size() >= 2 && (is_cjk_closing(last) || last == U']' || last == U')') && is_sentence_end(fold_char(f[f.size() - 2])))
      last = f[f.size() - 2];
    if (next_text && !is_clause_end(fold_char(last)) && !starts_sub_item(trimmed_line(i + 1)) && !after_vote_label(i) &&
        !corrigendum_place(i))
      ++runs_on;
    // (not a record's procedural line: "主席离席，由…主持会议。", "中午12时散会。")
    // (or labelled within its section: "29E.4 …")
    if ((ln.kind == LineKind::Numbered || decimal_label(trimmed_fold(i))) && next_text && is_sentence_end(f.back()) &&
        !heading_shape(i + 1, kMaxSubheadChars) && !starts_sub_item(trimmed_line(i + 1)) &&
        !is_procedural_line(trimmed_fold(i + 1)) && !decimal_label(trimmed_fold(i + 1)))
      ++numbered_then_text;
  }
  // (so does an article's unnumbered text, its sentences on lines of their
  // own: "规则18 表决方式" / "委员会通常以举手方式进行表决。" / "任何成员均可…。";
  // an instrument numbers an article's paragraphs where it has more than one)
  for (size_t i = 0; i + 2 < L_.size(); ++i) {
    if (L_[i].kind != LineKind::Article || L_[i + 1].kind != LineKind::Text || L_[i + 2].kind != LineKind::Text ||
        L_[i + 1].page_start || L_[i + 2].page_start)
      continue;
    const U32View a = trimmed_line(i + 1), b = trimmed_line(i + 2);
    if (a.size() >= 8 && is_sentence_end(fold_char(a.back())) && !starts_sub_item(a) && !starts_sub_item(b) &&
        !heading_shape(i + 2, kMaxSubheadChars) && !decimal_label(trimmed_fold(i + 2)))
      ++numbered_then_text;
  }
  // Blocks: paragraphs set off by blank lines, their lines cut anywhere. A
  // text with no blank lines between its blocks is never read so: that
  // would glue the whole text into one paragraph.
  if (text >= 8 && runs_on * 5 >= text && runs_on >= 3 && blocks >= 3 && blocks * 3 >= runs_on) {
    shape_ = Shape::Blocks;
    lay.shape = "blocks";
    lay.evidence.push_back(fmt::format(
        "{} of {} text lines run on into the next line mid-sentence, at no steady width, in {} blocks set off by "
        "blank lines",
        runs_on, text, blocks));
    return;
  }
  // (one line in ten may hold two sentences: an aligner's merged pair, a
  // short document's one long sentence)
  if (text >= 8 && multi * 10 < text && numbered_then_text >= 2) {
    shape_ = Shape::SentencePerLine;
    lay.shape = "sentence_per_line";
    lay.evidence.push_back(fmt::format(
        "{} of {} text lines hold more than one sentence; {} numbered paragraphs are followed by unlabelled sentences",
        multi, text, numbered_then_text));
    return;
  }
  // unnumbered prose where no line holds two sentences and most end one: a
  // sentence a line (said, so that lines kept apart are not taken for paragraphs)
  if (text >= 10 && multi == 0 && numbered == 0 && full_stops * 10 >= text * 6) {
    shape_ = Shape::SentencePerLine;
    lay.shape = "sentence_per_line";
    lay.evidence.push_back(
        fmt::format("none of {} text lines holds more than one sentence, and {} end one", text, full_stops));
    return;
  }
  shape_ = Shape::ParagraphPerLine;
  lay.shape = "paragraph_per_line";
  if (text > 0)
    lay.evidence.push_back(fmt::format("{} of {} text lines hold more than one sentence; no steady wrap width", multi, text));
}

void Parser::add_furniture(size_t i, const char* kind) {
  used_[i] = 1;
  doc_.furniture.push_back({kind, to_utf8(trim_view(L_[i].text)), L_[i].number});
}

// A barcode ("*2308562*": seven digits or more between stars) and the
// recycling mark's caption on one line, in either order.
static bool barcode_and_recycle(U32View f) {
  if (f.size() < 12 || (f.front() != U'*' && f.back() != U'*')) return false;  // (the barcode at one end)
  size_t cut = 0;
  while (cut < f.size() && !is_space(f[cut])) ++cut;
  if (cut == f.size()) return false;
  U32View a = f.substr(0, cut), b = trim_view(f.substr(cut));
  // (the barcode as the lexer knows it alone on its line, a job number
  // between stars)
  auto barcode = [](U32View x) { return x.front() == U'*' && classify_kind(x) == LineKind::JobNumber; };
  if (barcode(a)) return is_recycle_note(b);
  // (the caption first: the barcode is the last word)
  size_t last = f.size();
  while (last > 0 && !is_space(f[last - 1])) --last;
  return last > 0 && barcode(f.substr(last)) && is_recycle_note(trim_view(f.substr(0, last)));
}

void Parser::find_furniture() {
  // The masthead symbol: the first symbol line near the top of page 1.
  size_t seen = 0;
  for (size_t i = 0; i < L_.size() && seen < 15 && L_[i].page == 0; ++i) {
    if (L_[i].blank()) continue;
    if (L_[i].kind == LineKind::Chapter || L_[i].kind == LineKind::Numbered || L_[i].kind == LineKind::TocTitle)
      break;  // the masthead is above the text
    ++seen;
    if (L_[i].kind == LineKind::Symbol) {
      U32View sym = trimmed_line(i);
      while (!sym.empty() && sym.back() == U'*') sym.remove_suffix(1);
      symbol_ = to_utf8(without_format(sym));  // (a format character within it read through)
      masthead_symbol_line_ = i;
      break;
    }
    // 联合国 A/61/187 on one line
    U32View f = trimmed_line(i);
    if (starts_with(f, U"联合国"sv)) {
      U32View rest = trim_view(f.substr(3));
      if (!rest.empty() && classify_kind(rest) == LineKind::Symbol) symbol_ = to_utf8(trim(without_format(rest)));
    }
  }
  // (among the first two or last two non-blank lines of its page)
  auto is_page_edge = [&](size_t i) { return lines_.has_form_feeds && within_page_edge(i, 2); };
  std::vector<char> furn(L_.size(), 0);
  // pages whose number was read in words or beside the symbol ("第 2 页"):
  // a bare number at such a page's other edge is no second page number (a
  // table's last cell, a footnote's label, set there by pdftotext's default
  // mode); only where form feeds bound the pages (inferred pages may take in
  // the foot of the page before)
  std::set<size_t> numbered_pages;
  const U32 symbol = from_utf8(symbol_);  // (decoded once, not for every line)
  // the masthead's symbol whole where -raw cut it at its last dot or slash
  // ("A/CN.10/2023/WP" / ".4"): the piece on the line below goes with it
  U32 whole_symbol = symbol;
  if (masthead_symbol_line_ != std::string::npos && masthead_symbol_line_ + 1 < L_.size()) {
    const U32View rest = trimmed_line(masthead_symbol_line_ + 1);
    if (rest.size() >= 2 && rest.size() <= 8 && (rest[0] == U'.' || rest[0] == U'/') &&
        std::all_of(rest.begin() + 1, rest.end(), [](char32_t c) { return is_ascii_alnum(c) || c == U'.'; }))
      whole_symbol += rest;
  }
  for (size_t i = 0; i < L_.size(); ++i) {
    const Line& ln = L_[i];
    if (ln.kind == LineKind::JobNumber) {
      add_furniture(i, trimmed_line(i).front() == U'*' ? "barcode" : "job_number");
      furn[i] = 1;
    } else if (ln.kind == LineKind::Rule) {
      add_furniture(i, "rule");
      furn[i] = 1;
    } else if (barcode_and_recycle(trimmed_line(i))) {
      // "*2308562*   请回收": the barcode and the recycling mark's caption side
      // by side at page 1's foot (-layout, -raw; a PDF's two cells)
      add_furniture(i, "barcode");
      furn[i] = 1;
    } else if (is_recycle_note(trimmed_line(i)) && (is_page_edge(i) || !lines_.has_form_feeds)) {
      // 请回收 / Please recycle: the caption of the recycling mark on a UN
      // document's first page foot
      add_furniture(i, "recycle");
      furn[i] = 1;
    } else if (ln.kind == LineKind::Symbol && i != masthead_symbol_line_) {
      // (a symbol with a part's suffix, "A/78/100 (Part II)", names another
      // document unless it stands at a page's edge or is the symbol itself)
      const std::string sym = to_utf8(trimmed_line(i));
      const bool suffixed = sym.find('(') != std::string::npos && sym != symbol_;
      // (or one of a joint symbol's, "A/78/520–S/2023/745": the header gives
      // them a line each, which -raw may write last on the page, above the footer)
      bool joint_part = false;
      if (symbol.size() > sym.size()) {
        const U32 line = from_utf8(sym);
        size_t from = 0;
        for (size_t k = 0; k <= symbol.size() && !joint_part; ++k)
          if (k == symbol.size() || symbol[k] == U'–' || symbol[k] == U'—' || symbol[k] == U'-') {
            joint_part = U32View(symbol).substr(from, k - from) == U32View(line);  // (a part: the whole is longer)
            from = k + 1;
          }
      }
      if ((!suffixed && (symbol_.empty() || sym.find(symbol_) != std::string::npos || joint_part)) || is_page_edge(i)) {
        add_furniture(i, "running_header");
        furn[i] = 1;
        // (-raw may cut the header's symbol at its last dot, "A/CN.10/2023/WP" /
        // ".4": the piece on the next line that completes the document's symbol
        // is the header's too)
        size_t j = i + 1;
        while (j < L_.size() && L_[j].blank() && L_[j].page == ln.page) ++j;
        if (whole_symbol.size() > symbol.size() && j < L_.size() && L_[j].page == ln.page && !furn[j]) {
          const U32View rest = trimmed_line(j);
          if (!rest.empty() && rest.size() <= 8 && without_spaces(trimmed_line(i)) + without_spaces(rest) == whole_symbol) {
            add_furniture(j, "running_header");
            furn[j] = 1;
          }
        }
      }
    } else if ((ln.kind == LineKind::Text || ln.kind == LineKind::TableRow) && page_in_words(i, furn, symbol)) {
      // "第 3 页" at a page's top, alone or beside the running symbol
      const bool alone = without_spaces(trimmed_line(i)).front() == U'第';
      add_furniture(i, alone ? "page_number" : "running_header");
      furn[i] = 1;
      if (!lines_.pages_inferred) numbered_pages.insert(ln.page);
    } else if ((ln.kind == LineKind::Text || ln.kind == LineKind::TableRow) && !symbol.empty() &&
               headed_by_symbol(i, furn, symbol)) {
      add_furniture(i, "running_header");
      furn[i] = 1;
    } else if (ln.band == 1 && ln.kind != LineKind::BareNumber && ln.kind != LineKind::PageOf &&
               i != masthead_symbol_line_) {
      // a PDF page's top or bottom band, the same words on other pages (a
      // running header or footer of any wording); page numbers are taken below
      size_t before = 0, after = 0;
      for (size_t k = i; k-- > 0 && L_[k].page == ln.page;) before += !L_[k].blank();
      for (size_t k = i + 1; k < L_.size() && L_[k].page == ln.page; ++k) after += !L_[k].blank();
      add_furniture(i, before <= after ? "running_header" : "running_footer");
      furn[i] = 1;
    }
  }
  // A job number's date stamps (DDMMYY: "23-15612 (C)  250823  280823")
  // that pdftotext set on lines of their own, within a few lines of it
  for (size_t i = 0; i < L_.size(); ++i) {
    if (furn[i] || L_[i].blank() || L_[i].width != 6) continue;  // (six digits: six columns)
    const U32View f = trimmed_fold(i);
    if (f.size() != 6) continue;
    if (!std::all_of(f.begin(), f.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) continue;
    const long dd = (f[0] - U'0') * 10 + (f[1] - U'0'), mm = (f[2] - U'0') * 10 + (f[3] - U'0');
    if (dd < 1 || dd > 31 || mm < 1 || mm > 12) continue;
    auto job_near = [&](int step) {
      int seen = 0;
      for (size_t k = i; seen < 4;) {
        if (step < 0 ? k == 0 : k + 1 >= L_.size()) return false;
        k = step < 0 ? k - 1 : k + 1;
        if (L_[k].page != L_[i].page) return false;
        if (L_[k].blank()) continue;
        ++seen;
        if (L_[k].kind == LineKind::JobNumber && trimmed_line(k).front() != U'*') return true;
        // (past the other stamp, or the barcode)
        if (!furn[k] && trimmed_fold(k).size() != 6) return false;
      }
      return false;
    };
    if (job_near(-1) || job_near(1)) {
      add_furniture(i, "job_number");
      furn[i] = 1;
    }
  }
  // Bare page numbers. With form feeds: the first number met walking in
  // from either edge of a page past other furniture. Without: a number
  // right next to a job number or running header.
  auto take = [&](size_t i) {
    add_furniture(i, "page_number");
    furn[i] = 1;
  };
  if (lines_.has_form_feeds) {
    size_t start = 0;
    while (start < L_.size()) {
      size_t end = start;
      while (end < L_.size() && L_[end].page == L_[start].page) ++end;
      // (a job number's line may hold the page's number too, "3/5   22-11633 (C)":
      // a number walked to past it is no second page number; a footnote's
      // label set below its body, most likely)
      auto holds_page_number = [&](size_t k) {
        if (L_[k].kind != LineKind::JobNumber || trimmed_line(k).front() == U'*') return false;
        // a run of one to three digits beside the job number ("22-11633" is
        // two runs of 2 and 5; a date stamp "200706" has six; a barcode
        // "*0650315*" stands between stars)
        const U32View f = L_[k].fold();
        auto digit = [&](size_t c) { return c < f.size() && f[c] >= U'0' && f[c] <= U'9'; };
        for (size_t c = 0; c < f.size();) {
          if (!digit(c)) {
            ++c;
            continue;
          }
          size_t e = c;
          while (digit(e)) ++e;
          const bool job = (e < f.size() && f[e] == U'-' && digit(e + 1)) || (c > 0 && f[c - 1] == U'-' && digit(c - 2));
          const bool starred = (c > 0 && f[c - 1] == U'*') || (e < f.size() && f[e] == U'*');
          if (!job && !starred && e - c <= 3) return true;
          c = e;
        }
        return false;
      };
      // (a page has one number: the foot's "2/3", numbering this very page,
      // leaves none for the top, where a lone number is a raised marker the
      // wrap carried over from the page above: "…各附属机关的工作。" / "3" /
      // "9. …", its body at this page's foot)
      bool foot_numbered = false;
      for (int dir = 0; dir < 2 && !numbered_pages.count(L_[start].page) && !foot_numbered; ++dir) {
        for (size_t n = 0; n < end - start; ++n) {
          size_t k = dir == 0 ? end - 1 - n : start + n;
          if (!L_[k].blank() && furn[k] && holds_page_number(k)) break;
          if (L_[k].blank() || furn[k]) continue;
          if ((L_[k].kind == LineKind::BareNumber && !(dir == 1 && starts_footnote_label(k))) ||
              L_[k].kind == LineKind::PageOf) {
            take(k);
            foot_numbered = L_[k].kind == LineKind::PageOf && L_[k].value == static_cast<long>(L_[k].page) + 1;
          }
          break;
        }
      }
      start = end;
    }
    // a page number in a form no text takes ("-2-", "2/6"), numbering its
    // own page, wherever pdftotext set it on the page: its default mode may
    // put a hanging paragraph's text below the page's foot
    for (size_t i = 0; i < L_.size(); ++i)
      if (!furn[i] && L_[i].kind == LineKind::PageOf && L_[i].value == static_cast<long>(L_[i].page) + 1) take(i);
  } else {
    // (a one-page document's number: a bare number ending the text, after a blank line)
    size_t last = L_.size();
    while (last > 0 && L_[last - 1].blank()) --last;
    if (last >= 3 && L_[last - 1].kind == LineKind::BareNumber && L_[last - 1].value == 1 && L_[last - 2].blank())
      take(last - 1);
    // (the last page's number ending the text: "15/15", its own page of as
    // many; nothing follows it to show it furniture, as the next page's
    // header shows the numbers of the pages before)
    if (last >= 2 && L_[last - 1].kind == LineKind::PageOf && L_[last - 1].value >= 2) {
      const U32View f = trimmed_fold(last - 1);
      const size_t slash = f.find(U'/');
      if (slash != U32View::npos && f.substr(slash + 1) == f.substr(0, slash)) take(last - 1);
    }
    for (size_t i = 0; i < L_.size(); ++i) {
      if (furn[i]) continue;
      if (L_[i].kind != LineKind::BareNumber && L_[i].kind != LineKind::PageOf) continue;
      size_t prev = i, next = i + 1;
      while (prev > 0 && L_[prev - 1].blank()) --prev;
      while (next < L_.size() && L_[next].blank()) ++next;
      bool after_furniture = prev > 0 && furn[prev - 1];
      bool before_furniture = next < L_.size() && furn[next];
      if (after_furniture || (before_furniture && !(prev > 0 && L_[prev - 1].kind == LineKind::BareNumber)))
        take(i);
    }
  }
}

bool Parser::page_in_words(size_t i, const std::vector<char>& furn, U32View sym) const {
  // A page's number at its top: in words, "第 3 页" (Geneva's running
  // header: the symbol on one side, "第 3 页" on the other, or below it), or
  // in any form beside the document's symbol ("2/3   A/78/456", "A/78/456
  // - 3 -"; a PDF's two cells), the spaces and TABs the extraction set in it
  // aside: with form feeds, at the edge of the page it numbers; without,
  // beside the symbol or other furniture.
  // (a look at the ink first, no copy: such a line holds the symbol and a
  // few characters more at the most, and 页 or the symbol's slash; this runs
  // on every text line)
  {
    const U32View t = trimmed_line(i);
    size_t ink = 0;
    bool mark = false;
    for (char32_t c : t) {
      if (!is_space(c) && ++ink > sym.size() + 8) return false;
      mark = mark || c == U'页' || c == U'/';
    }
    if (!mark) return false;
  }
  const U32 f = without_spaces(trimmed_line(i));
  const U32 s = without_spaces(sym);
  U32View rest(f);
  bool with_symbol = false, symbol_after = false;
  if (!s.empty() && rest.size() > s.size() && rest.substr(0, s.size()) == s) {
    rest.remove_prefix(s.size());
    with_symbol = true;
  } else if (!s.empty() && rest.size() > s.size() && rest.substr(rest.size() - s.size()) == s) {
    rest.remove_suffix(s.size());
    with_symbol = true;
    symbol_after = true;
  }
  auto number = [](U32View n, long* v) {
    if (n.empty() || n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
      return false;
    *v = 0;
    for (char32_t c : n) *v = *v * 10 + static_cast<long>(c - U'0');
    return true;
  };
  long value = 0;
  if (rest.size() >= 3 && rest.front() == U'第' && rest.back() == U'页') {
    if (!number(rest.substr(1, rest.size() - 2), &value)) return false;
  } else if (!with_symbol) {
    return false;
  } else if (const size_t slash = rest.find(U'/'); slash != U32View::npos) {
    long total = 0;  // (2/3: page 2 of 3)
    if (!number(rest.substr(0, slash), &value) || !number(rest.substr(slash + 1), &total) || value > total) return false;
  } else if (rest.size() >= 3 && rest.front() == U'-' && rest.back() == U'-') {
    if (!number(rest.substr(1, rest.size() - 2), &value)) return false;
  } else if (symbol_after && rest.size() >= 2 && rest.front() == U'-') {
    // ("-3S/RES/2719 (2023)": pdftotext's default mode takes the page
    // number's closing dash, "-3-" above the symbol's line, for a hyphen
    // at a line's end and joins the lines without it)
    if (!number(rest.substr(1), &value)) return false;
  } else {
    return false;  // (a bare number beside the symbol: the lexer's)
  }
  // (pages told by the text's furniture, not its form feeds, may start a
  // line above or below where the page did: the neighbours' rule below)
  if (lines_.has_form_feeds && !(lines_.pages_inferred && (with_symbol || near_furniture(i, furn)))) {
    if (value != static_cast<long>(L_[i].page) + 1) return false;
    return within_page_edge(i, 3);  // (among the first three or last three lines of its page)
  }
  return with_symbol || near_furniture(i, furn);
}

bool Parser::within_page_edge(size_t i, int n) const {
  const int page = L_[i].page;
  int before = 0, after = 0;
  for (size_t k = i; k-- > 0 && L_[k].page == page && before < n;)
    if (!L_[k].blank()) ++before;
  for (size_t k = i + 1; k < L_.size() && L_[k].page == page && after < n; ++k)
    if (!L_[k].blank()) ++after;
  return before < n || after < n;
}

bool Parser::near_furniture(size_t i, const std::vector<char>& furn) const {
  // the line next above line i is furniture, or the one next below a job
  // number or a symbol (blank lines aside)
  size_t prev = i, next = i + 1;
  while (prev > 0 && L_[prev - 1].blank()) --prev;
  while (next < L_.size() && L_[next].blank()) ++next;
  return (prev > 0 && furn[prev - 1]) ||
         (next < L_.size() && (L_[next].kind == LineKind::JobNumber || L_[next].kind == LineKind::Symbol));
}

bool Parser::headed_by_symbol(size_t i, const std::vector<char>& furn, U32View sym) const {
  // A page's running header set on one line with the document's short
  // title, the symbol on one side and the title on the other
  // ("A/RES/78/165 农业技术促进可持续发展" / "农业技术促进可持续发展 A/RES/78/165"):
  // at a page's top (the first line of a page, or the first after the page
  // foot's furniture), the title one the first page states
  const U32View f = trimmed_line(i);
  U32View rest;
  if (f.size() > sym.size() + 1 && f.substr(0, sym.size()) == sym && is_space(f[sym.size()]))
    rest = trim_view(f.substr(sym.size()));
  else if (f.size() > sym.size() + 1 && f.substr(f.size() - sym.size()) == sym && is_space(f[f.size() - sym.size() - 1]))
    rest = trim_view(f.substr(0, f.size() - sym.size()));
  else
    return false;
  if (rest.size() < 2 || rest.size() > 60 || contains(rest, U'。') || contains(rest, U',')) return false;
  size_t prev = i;
  while (prev > 0 && L_[prev - 1].blank()) --prev;
  bool top = L_[i].page_start || (i > 0 && L_[i - 1].page_start) || prev == 0 || L_[prev - 1].page != L_[i].page ||
             (!lines_.has_form_feeds && furn[prev - 1]);
  // (or at its page's end, only the footer's job number and page number
  // below it: -raw writes the lines in the order they were drawn, a header
  // drawn after the text last)
  if (!top && lines_.has_form_feeds && !lines_.pages_inferred) {
    bool foot = true;
    size_t k = i + 1;
    for (; foot && k < L_.size() && L_[k].page == L_[i].page; ++k)
      foot = L_[k].blank() || L_[k].kind == LineKind::JobNumber || L_[k].kind == LineKind::PageOf ||
             L_[k].kind == LineKind::BareNumber;
    top = foot && k > i + 1;
  }
  if (!top || (L_[i].page == 0 && lines_.has_form_feeds)) return false;
  for (size_t k = 0; k < i && k < 80; ++k)
    if (k != i && U32View(L_[k].text).find(rest) != U32View::npos) return true;
  return false;
}

bool Parser::starts_footnote_label(size_t i) const {
  size_t j = i + 1;
  if (j >= L_.size() || L_[j].blank() || L_[j].page != L_[i].page) return false;
  return L_[j].kind == LineKind::Text || L_[j].kind == LineKind::Symbol;
}

}  // namespace undoc::detail
