#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "undoc/undoc.hpp"

namespace undoc_test_emit_test {

using namespace undoc;

TEST(Emit, CsvQuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

TEST(Emit, JsonHasTheContractKeysInOrder) {
  Document d = convert("一、导言\n1. 段落。\n", "x.txt");
  Json j = to_json(d);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"schema", "source", "language", "kind", "front_matter", "toc", "body",
                                            "annexes", "footnotes", "closing", "furniture", "diagnostics"}));
  EXPECT_EQ(j["schema"], "undoc/1");
  EXPECT_EQ(j["body"][0]["children"][0]["number"], 1);
  EXPECT_EQ(j["body"][0]["children"][0]["lines"], Json::array({2, 2}));
}

TEST(Emit, OutputIsDeterministic) {
  std::string text = "一、导言\n1. 段落¹。\n\n¹ 注。\n";
  EXPECT_EQ(render_json(convert(text, "x")), render_json(convert(text, "x")));
}

TEST(Emit, JsonlOneParagraphPerLineWithHeadingPath) {
  Document d = convert("一、导言\nA. 背景\n1. 第一段。\n2. 第二段¹。\n\n¹ 注。\n", "x.txt");
  std::string out = render_jsonl(d);
  std::vector<Json> rows;
  size_t a = 0;
  for (size_t b; (b = out.find('\n', a)) != std::string::npos; a = b + 1) rows.push_back(Json::parse(out.substr(a, b - a)));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1]["number"], 2);
  EXPECT_EQ(rows[1]["chapter"]["number"], "一");
  EXPECT_EQ(rows[1]["section"]["title"], "背景");
  EXPECT_EQ(rows[1]["footnotes"], Json::array({"1"}));
  EXPECT_EQ(rows[1]["source"], "x.txt");
}

TEST(Emit, CsvParagraphsHeaderAndRows) {
  Document d = convert("一、导言\n1. 甲，乙\"丙\"。\n", "x.txt");
  std::string csv = render_csv({&d}, CsvTable::Paragraphs);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "source,part,annex_number,annex_title,number,chapter,section,subsection,subhead,heading,text,footnotes,line_start,"
            "line_end,label");
  EXPECT_NE(csv.find("\"甲，乙\"\"丙\"\"。\""), std::string::npos);
}

TEST(Emit, OutlineShowsTreeAndDiagnostics) {
  Document d = convert("一、导言\n1. 第一段。\n3. 第三段。\n", "x.txt");
  std::string o = render_outline(d, false);
  EXPECT_NE(o.find("一. 导言"), std::string::npos);
  EXPECT_NE(o.find("E-PARA-GAP"), std::string::npos);
  EXPECT_EQ(o.find("\x1b["), std::string::npos);
  EXPECT_NE(render_outline(d, true).find("\x1b["), std::string::npos);
}

// A heading labelled in brackets, "(a) 刑事司法" under a numbered subsection,
// is outlined by its label as written, not "a."
TEST(Emit, OutlineShowsABracketedLabelAsWritten) {
  Document d = convert("一. 导言\n1. 第一段。\nA. 背景\n2. 第二段。\n1. 定义\n(a) 刑事司法\n3. 第三段。\n", "x.txt");
  std::string o = render_outline(d, false);
  EXPECT_NE(o.find("(a) 刑事司法"), std::string::npos) << o;
  EXPECT_EQ(o.find("a. 刑事司法"), std::string::npos) << o;
}

TEST(Emit, DiagnosticLineIsCompilerStyle) {
  Diagnostic g{"W-OVERLAP", Severity::Warning, 59, 1, "repeat"};
  EXPECT_EQ(diagnostic_line("doc.txt", g), "doc.txt:59:1: warning: repeat [W-OVERLAP]");
}

namespace {
// RFC 4180 reader for the round-trip check below (quoted fields, doubled
// quotes, line breaks inside quotes).
std::vector<std::vector<std::string>> read_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field), field.clear(), was_quoted = false;
    } else if (c == '\n') {
      rows.back().push_back(field), field.clear(), was_quoted = false;
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}
}  // namespace

TEST(Emit, CsvRoundTripsCommasQuotesAndNewlines) {
  Document d;
  d.source.name = "x,\"y\".txt";
  Node p;
  p.kind = NodeKind::Paragraph;
  p.paragraph_number = 1;
  p.text = "他说：\"甲，乙\"，\n然后, 继续。";
  p.lines = {2, 3};
  d.body.push_back(p);
  auto rows = read_csv(render_csv({&d}, CsvTable::Paragraphs));
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[1].size(), rows[0].size());
  EXPECT_EQ(rows[1][0], d.source.name);
  EXPECT_EQ(rows[1][10], p.text);
  EXPECT_EQ(rows[1][12], "2");
}

TEST(Emit, AnnexRowsSayNumberAndTitleApart) {
  // a lone 附件 has no number: the annex_number column is empty (null in JSON Lines),
  // its title in annex_title, never in its place
  Document d = convert("一、导言\n1. 正文。\n附件\n议程安排\n1. 附件的段。\n", "x.txt");
  auto rows = read_csv(render_csv({&d}, CsvTable::Paragraphs));
  ASSERT_GE(rows.size(), 3u);
  EXPECT_EQ(rows.back()[2], "");
  EXPECT_EQ(rows.back()[3], "议程安排");
  std::string jl = render_jsonl(d);
  EXPECT_NE(jl.find("\"annex_number\":null,\"annex_title\":\"议程安排\""), std::string::npos) << jl;
}

TEST(Emit, StreamedJsonIsTheTreesDump) {
  // write_json writes piece by piece what to_json's tree dumps whole: pretty
  // and compact, with analysis and tokens, for documents of several kinds
  for (const char* name : {"a-61-hearings-migration-summary.txt", "a-res-61-295-declaration-gb18030-crlf.txt",
                           "record-summary-sixth-committee-sr12-wrap.txt", "letter-sg-annex-kazakhstan-water-diplomacy-para.txt"}) {
    std::ifstream f(std::string(UNDOC_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(bytes.empty()) << name;
    Options opt;
    opt.analyze = true;
    opt.tokens = true;
    for (const Document& d : {convert(bytes, name), convert(bytes, name, opt)})
      for (bool pretty : {true, false}) {
        std::string streamed;
        size_t pieces = 0, largest = 0;
        write_json(d, pretty, [&](std::string_view p) { streamed += p, ++pieces, largest = std::max(largest, p.size()); });
        EXPECT_EQ(streamed, to_json(d).dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n") << name;
        // (handed over in pieces of about 64 KB: no whole text is held)
        EXPECT_LE(largest, size_t{96} << 10) << name;
        EXPECT_GE(pieces, streamed.size() / (size_t{96} << 10)) << name;
      }
  }
}

// render_json writes its text itself: the bytes of nlohmann's dump of
// to_json's tree, pretty and compact, for every sample (with analysis and
// tokens too), and each JSON Lines row is its own parse's dump.
TEST(Emit, WrittenJsonIsTheTreesDumpOnEverySample) {
  size_t seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(UNDOC_SOURCE_DIR) + "/samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream f(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    const std::string name = entry.path().filename().string();
    Options opt;
    opt.decode.lenient = true;
    Options full = opt;
    full.analyze = true;
    full.tokens = true;
    for (const Options& o : {opt, full}) {
      const Document d = convert(bytes, name, o);
      const Json tree = to_json(d);
      for (bool pretty : {true, false})
        EXPECT_EQ(render_json(d, pretty), tree.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n")
            << name << (pretty ? " pretty" : " compact");
      const std::string jl = render_jsonl(d);
      size_t a = 0;
      for (size_t b; (b = jl.find('\n', a)) != std::string::npos; a = b + 1) {
        const std::string row = jl.substr(a, b - a);
        EXPECT_EQ(Json::parse(row).dump(-1, ' ', false, Json::error_handler_t::replace), row) << name;
      }
      EXPECT_EQ(a, jl.size()) << name;
    }
    ++seen;
  }
  EXPECT_GT(seen, 100u);
}

// Strings nlohmann escapes or replaces: every control character, quote,
// backslash, DEL, U+2028/U+2029, non-BMP characters, and (in a file name,
// which can hold any bytes) ill-formed UTF-8: truncated, overlong, surrogate
// and out-of-range sequences, stray continuation bytes.
TEST(Emit, WrittenJsonEscapesAsNlohmann) {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
  const std::vector<std::string> texts = {
      "", controls, "\"quoted\" \\ back/slash \x7f", "a\u2028b\u2029c", "😀𠀀\U0010FFFF 中文",
      "x\xff", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5", "\x80" "abc", "ab\xe4\xb8",
      "\xe4\xb8\xad\xe4", "\xf0\x9f\x98", "ok \xc3\xa9 \xc3", "\xed\x9f\xbf\xee\x80\x80", "\x01\xff\x02"};
  // (and each of them, and the bytes around the writer's word-at-a-time
  // tests, at every offset in runs of ASCII and of Han characters)
  std::vector<std::string> all = texts;
  for (const std::string mid : {std::string(1, '\0'), std::string("\""), std::string("\\"), std::string("\x1f"),
                                std::string("\x20"), std::string("\x21"), std::string("\x5b"), std::string("\x5d"),
                                std::string("\x7f"), std::string("\xe0\xa0\x80"), std::string("\xed\x9f\xbf"),
                                std::string("\xed\xa0\x80"), std::string("\xee\x80\x80"), std::string("\xef\xbf\xbf"),
                                std::string("\xe4\xb8"), std::string("\xc2\x80"), std::string("\xf0\x9f\x98\x80")})
    for (size_t k = 0; k <= 17; ++k) {
      all.push_back(std::string("abcdefghijklmnopq").insert(k, mid));
      std::string han;
      for (size_t i = 0; i < 7; ++i) han += "中";
      all.push_back(han.insert(k < 7 ? k * 3 : han.size(), mid) + "x");
      all.push_back(std::string("ab") + han);
      // (a longer run: the sixteen-byte loads of four characters, the mid
      // bytes at each character of the first three loads)
      std::string long_han;
      for (size_t i = 0; i < 14; ++i) long_han += "文";
      all.push_back(long_han.insert(k < 14 ? k * 3 : long_han.size(), mid) + "x");
    }
  for (const auto& t : all) {
    Document d;
    d.source.name = t;
    d.source.layout.evidence = {t, t + t};
    Node p;
    p.kind = NodeKind::Paragraph;
    p.text = t;
    p.paragraph_kind = "unnumbered";
    p.lines = {1, 2};
    p.footnote_refs.push_back({t, 3});
    Node sec;
    sec.kind = NodeKind::Section;
    sec.title = t;
    sec.children.push_back(p);
    sec.children.push_back(Node{});
    d.body.push_back(sec);
    d.body.push_back(p);
    Footnote fn;
    fn.id = "1";
    fn.text = t;
    d.footnotes.push_back(fn);
    d.diagnostics.push_back({"W-X", Severity::Warning, 1, 0, t});
    const Json tree = to_json(d);
    for (bool pretty : {true, false}) {
      const std::string want = tree.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n";
      EXPECT_EQ(render_json(d, pretty), want) << testing::PrintToString(t);
      std::string streamed;
      write_json(d, pretty, [&](std::string_view s) { streamed += s; });
      EXPECT_EQ(streamed, want) << testing::PrintToString(t);
    }
    EXPECT_EQ(diagnostic_json("f", d.diagnostics[0]).dump(-1, ' ', false, Json::error_handler_t::replace),
              Json({{"file", "f"}, {"code", "W-X"}, {"severity", "warning"}, {"line", 1}, {"column", 0}, {"message", t}})
                  .dump(-1, ' ', false, Json::error_handler_t::replace));
  }
}

TEST(Analyze, References) {
  auto rs = find_references("遵照大会 2005 年 12 月 23 日第 60/227 号决议和第 61/509 号决定，见 A/61/85-E/2006/81 和《世界人权宣言》；2007 年 6 月。");
  std::vector<std::string> got;
  for (auto& r : rs) got.push_back(r.type + ":" + r.value);
  EXPECT_EQ(got, (std::vector<std::string>{"date:2005-12-23", "resolution:60/227", "decision:61/509",
                                           "symbol:A/61/85-E/2006/81", "instrument:世界人权宣言", "date:2007-06"}));
  EXPECT_EQ(rs[0].offset, 5);
  EXPECT_EQ(rs[0].text, "2005 年 12 月 23 日");
  EXPECT_TRUE(find_references("U.S. 和 5 个国家").empty());
  // lists of numbers, a reference each; the Security Council's numbers; an
  // emergency special session's without 第; bodies of more than four letters
  got.clear();
  rs = find_references("根据大会第72/242、73/17和75/316号决议以及安全理事会第2133 (2014)号决议和大会ES-10/15号决议，"
                       "见CEDAW/C/GC/39、UNCTAD/DTL/STICT/2019/4和WHA61/2008/REC/1号文件。");
  for (auto& r : rs) got.push_back(r.type + ":" + r.value + "@" + std::to_string(r.offset) + "=" + r.text);
  EXPECT_EQ(got, (std::vector<std::string>{
                     "resolution:72/242@5=72/242", "resolution:73/17@12=73/17", "resolution:75/316@18=75/316",
                     "resolution:2133 (2014)@34=第2133 (2014)号决议", "resolution:ES-10/15@52=ES-10/15号决议",
                     "symbol:CEDAW/C/GC/39@65=CEDAW/C/GC/39", "symbol:UNCTAD/DTL/STICT/2019/4@79=UNCTAD/DTL/STICT/2019/4",
                     "symbol:WHA61/2008/REC/1@103=WHA61/2008/REC/1"}));
  // (a list of the Security Council's, each with its 第: both)
  got.clear();
  for (auto& r : find_references("安全理事会第2719(2023)和第2720(2023)号决议"))
    got.push_back(r.type + ":" + r.value + "=" + r.text);
  EXPECT_EQ(got, (std::vector<std::string>{"resolution:2719 (2023)=2719(2023)", "resolution:2720 (2023)=2720(2023)"}));
  // a number alone without 第 or a slash names nothing; nor does a year range
  EXPECT_TRUE(find_references("共有 2133 号决议草案").empty());
}

// A date range is one reference: the first day as its value, the last as its
// end, the whole range as its text (a meeting's days, a reporting period).
TEST(Analyze, DateRanges) {
  std::vector<std::string> got;
  for (auto& r : find_references("会议于2023年6月5日至9日举行，续会于2022年12月5日至2023年1月6日，"
                                 "访问于2023年2月21日至3月1日，报告期为2021年1月至2022年12月和2023年1月-6月；"
                                 "2022 年 10 月 17 日 至 21 日派出。"))
    got.push_back(r.value + ".." + r.end + "@" + std::to_string(r.offset) + "=" + r.text);
  EXPECT_EQ(got, (std::vector<std::string>{"2023-06-05..2023-06-09@3=2023年6月5日至9日",
                                           "2022-12-05..2023-01-06@21=2022年12月5日至2023年1月6日",
                                           "2023-02-21..2023-03-01@45=2023年2月21日至3月1日",
                                           "2021-01..2022-12@65=2021年1月至2022年12月",
                                           "2023-01..2023-06@82=2023年1月-6月",
                                           "2022-10-17..2022-10-21@93=2022 年 10 月 17 日 至 21 日"}));
  // no range: a day then a month's part, two days joined by 和, an end
  // before the start, a day after a month
  got.clear();
  for (auto& r : find_references("2022年2月24日至9月初；2023年6月5日和6日；2023年6月5日至3日；2023年6月至9日"))
    got.push_back(r.value + ".." + r.end);
  EXPECT_EQ(got, (std::vector<std::string>{"2022-02-24..", "2023-06-05..", "2023-06-05..", "2023-06.."}));
}

// A symbol with a session in brackets within a part (a convention's
// Conference of the Parties, IAEA's General Conference), as the masthead
// reads it: the whole symbol. Before, ICCD/COP(16)/2 was missed and only
// "RES/1" would have been tried of GC(67)/RES/1.
TEST(Analyze, ReferencesToSymbolsWithASessionInBrackets) {
  std::vector<std::string> got;
  for (auto& r : find_references("见ICCD/COP(16)/2、ICCD/CRIC(21)/2/Add.1和GC(67)/RES/1号文件，以及A/78/206(见附件)。"))
    got.push_back(r.type + ":" + r.value);
  EXPECT_EQ(got, (std::vector<std::string>{"symbol:ICCD/COP(16)/2", "symbol:ICCD/CRIC(21)/2/Add.1",
                                           "symbol:GC(67)/RES/1", "symbol:A/78/206"}));
}

TEST(Analyze, AgendaScheduleGroupsContinuationRows) {
  Node t;
  t.kind = NodeKind::Table;
  t.lines = {10, 13};
  t.rows = {{"上午 10 时至 10 时 30 分", "开幕", ""}, {"", "主席发言", ""}, {"下午 3 时至 4 时 15 分", "第 3 部分", "讨论"},
            {"", "", ""}};
  auto s = read_schedule(t);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].start.value_or(""), "10:00");
  EXPECT_EQ(s[0].end.value_or(""), "10:30");
  EXPECT_EQ(s[0].items, std::vector<std::string>{"主席发言"});
  EXPECT_EQ(s[1].start.value_or(""), "15:00");
  EXPECT_EQ(s[1].end.value_or(""), "16:15");
  EXPECT_EQ(s[1].cells, (std::vector<std::string>{"第 3 部分", "讨论"}));
  EXPECT_EQ(s[1].line, 12);
  Node not_agenda = t;
  not_agenda.rows = {{"区域", "拨款"}, {"非洲", "156.3"}};
  EXPECT_TRUE(read_schedule(not_agenda).empty());
}

// A symbol's suffix is part of it: a report's section, volume or part, a
// Security Council resolution's year. Before, "A/78/6 (Sect. 29E)" gave
// the value A/78/6 (the fascicle's whole budget) and "S/RES/2700 (2023)"
// gave S/RES/2700, the text cut before the bracket.
TEST(Analyze, SymbolsWithTheirSuffix) {
  std::vector<std::string> got;
  for (auto& r : find_references("见A/78/6 (Sect. 29E)、A/78/6（Sect.29E）、A/77/5 (Vol. I)、A/77/10 (Part II)、"
                                 "S/RES/2700 (2023)、S/RES/2700(2023)和S/RES/2701 (2023)号决议，以及A/78/206 (见附件)、"
                                 "A/78/7 (2023)和S/RES/2702 (草案)。"))
    got.push_back(r.value + "=" + r.text);
  EXPECT_EQ(got, (std::vector<std::string>{
                     "A/78/6 (Sect. 29E)=A/78/6 (Sect. 29E)", "A/78/6 (Sect. 29E)=A/78/6（Sect.29E）",
                     "A/77/5 (Vol. I)=A/77/5 (Vol. I)", "A/77/10 (Part II)=A/77/10 (Part II)",
                     "S/RES/2700 (2023)=S/RES/2700 (2023)", "S/RES/2700 (2023)=S/RES/2700(2023)",
                     "S/RES/2701 (2023)=S/RES/2701 (2023)", "A/78/206=A/78/206", "A/78/7=A/78/7",
                     "S/RES/2702=S/RES/2702"}));
}

}  // namespace undoc_test_emit_test
