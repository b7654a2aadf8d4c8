// The tokenizer (docs/tokens.md): UN units whole with their kind, UN terms
// over ICU's segments, sentences, footnote markers, user term lists.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "undoc/analyze.hpp"
#include "undoc/emit.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>

using namespace undoc;

namespace {

std::string cut(const std::string& text) {
  std::string out;
  for (const auto& t : tokenize(text)) out += (out.empty() ? "" : "|") + t.text;
  return out;
}

std::string kind_of(const std::string& text, const std::string& token) {
  for (const auto& t : tokenize(text))
    if (t.text == token) return t.kind;
  return "(not a token)";
}

}  // namespace

TEST(Tokens, UnitsAreOneTokenWithTheirKind) {
  EXPECT_EQ(kind_of("见A/61/150。", "A/61/150"), "symbol");
  EXPECT_EQ(kind_of("第A/RES/61/211号决议", "A/RES/61/211"), "symbol");
  EXPECT_EQ(kind_of("(E/CN.4/1998/53/Add.2)", "E/CN.4/1998/53/Add.2"), "symbol");
  EXPECT_EQ(kind_of("见A/77/895-S/2023/363。", "A/77/895-S/2023/363"), "symbol");
  EXPECT_EQ(kind_of("第 60/227 号决议", "60/227"), "resolution");
  EXPECT_EQ(kind_of("第1265(1999)号决议", "1265(1999)"), "resolution");
  EXPECT_EQ(kind_of("第 217 A (III) 号决议", "217 A (III)"), "resolution");
  EXPECT_EQ(kind_of("S-28/2号决议", "S-28/2"), "resolution");
  EXPECT_EQ(kind_of("2001-2010年期间", "2001-2010年"), "years");
  EXPECT_EQ(kind_of("2001-2010", "2001-2010"), "years");
  EXPECT_EQ(kind_of("第六十一届会议", "第六十一届"), "ordinal");
  EXPECT_EQ(kind_of("第413次会议", "第413次"), "ordinal");
  EXPECT_EQ(kind_of("第一部分", "第一部分"), "ordinal");
  EXPECT_EQ(kind_of("见第 11 段。", "第 11 段"), "paragraph");
  EXPECT_EQ(kind_of("第11(a)段", "第11(a)段"), "paragraph");
  EXPECT_EQ(kind_of("于 2006 年 7 月 12 日举行", "2006 年 7 月 12 日"), "date");
  EXPECT_EQ(kind_of("2006年", "2006年"), "date");
  EXPECT_EQ(kind_of("于12月举行", "12月"), "date");
  EXPECT_EQ(kind_of("上午10 时 30 分开会", "上午10 时 30 分"), "time");
  EXPECT_EQ(kind_of("15:00开会", "15:00"), "time");
  EXPECT_EQ(kind_of("共2 500万美元", "2 500万美元"), "amount");
  EXPECT_EQ(kind_of("约1.5亿人", "1.5亿"), "amount");
  EXPECT_EQ(kind_of("占15%", "15%"), "percent");
  EXPECT_EQ(kind_of("占百分之十五", "百分之十五"), "percent");
  EXPECT_EQ(kind_of("约1 000项", "1 000"), "number");
  EXPECT_EQ(kind_of("约三分之一", "三分之一"), "number");
  EXPECT_EQ(kind_of("见http://documents.un.org/。", "http://documents.un.org/"), "word");
  EXPECT_EQ(kind_of("(dms@un.org)", "dms@un.org"), "word");
  EXPECT_EQ(kind_of("决议¹中", "¹"), "footnote");
}

TEST(Tokens, RangesWrittenWithWordsAreThreeTokens) {
  EXPECT_EQ(cut("2021年至2022年"), "2021年|至|2022年");
  EXPECT_EQ(cut("第 60/227 号"), "第|60/227|号");
}

TEST(Tokens, UnTermsStayWhole) {
  // ICU's own dictionary cuts these apart; the term list keeps them (data/terms)
  EXPECT_EQ(cut("联合国秘书长"), "联合国|秘书长");
  EXPECT_EQ(cut("与会者"), "与会者");
  EXPECT_EQ(cut("科托努"), "科托努");
  EXPECT_EQ(cut("布雷顿森林"), "布雷顿森林");
  // an entry that names its words
  EXPECT_EQ(cut("最不发达国家"), "最|不|发达|国家");
  EXPECT_EQ(cut("各项目标"), "各项|目标");
}

TEST(Tokens, ATermDoesNotCutAWordOfIcusApart) {
  // a term must not cut one of ICU's words apart for one character: 发展|中心 stands
  EXPECT_EQ(cut("区域发展中心"), "区域|发展|中心");
  EXPECT_EQ(cut("发展中国家"), "发展中|国家");
  // a function word ICU glued to a term's last character comes off (秘书|处的)
  EXPECT_EQ(cut("秘书处的报告"), "秘书处|的|报告");
  EXPECT_EQ(cut("委员会对此"), "委员会|对|此");
}

TEST(Tokens, AffixesAndNames) {
  EXPECT_EQ(cut("移徙者"), "移徙者");
  EXPECT_EQ(cut("彼得·萨瑟兰说"), "彼得·萨瑟兰|说");
}

TEST(Tokens, OffsetsCountCodePointsAndSpacesAreNoTokens) {
  auto ts = tokenize("与会者强调了汇款的重要性。2006 年共报告了 427 起灾害。");
  std::string joined;
  for (auto& t : ts) joined += t.text;
  EXPECT_EQ(joined, "与会者强调了汇款的重要性。2006 年共报告了427起灾害。");  // spaces between tokens dropped, nothing else
  bool seen = false;
  for (auto& t : ts)
    if (t.text == "2006 年") {
      seen = true;
      EXPECT_STREQ(t.kind, "date");
      EXPECT_EQ(t.sentence, 1);
      EXPECT_EQ(t.offset, 13);
      EXPECT_EQ(t.length, 6);
    }
  EXPECT_TRUE(seen);
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize("   ").empty());
}

TEST(Tokens, SentencesNeverBreakInsideQuotesOrTitles) {
  const std::string text = "他说：“会议开始。请发言。”随后散会。见《宣言。第一条》。";
  auto ss = sentences(text);
  // 。” ends a sentence after the quote; the full stops inside “…” and 《…》 end none
  ASSERT_EQ(ss.size(), 3u);
  EXPECT_EQ(ss[0], std::make_pair(0, 14));  // 他说：“会议开始。请发言。”
  EXPECT_EQ(ss[1], std::make_pair(14, 19));  // 随后散会。
  EXPECT_EQ(ss[2], std::make_pair(19, 29));  // 见《宣言。第一条》。
  // nested pairs hold their stops too
  EXPECT_EQ(sentences("他说：“见《宣言。第一条》。好。”随后散会。").size(), 2u);
  // an unclosed quote does not swallow the rest
  EXPECT_EQ(sentences("他说：“开始。结束。").size(), 2u);
}

TEST(Tokens, FootnoteMarkersStandWhereTheyWereTaken) {
  std::vector<FootnoteRef> refs{{"1", 4}, {"*", 8}};
  auto ts = tokenize("通过决议中的建议", refs);
  int markers = 0;
  for (size_t i = 0; i < ts.size(); ++i)
    if (std::string(ts[i].kind) == "footnote") {
      ++markers;
      EXPECT_EQ(ts[i].length, 0);
      if (ts[i].text == "1") {
        EXPECT_EQ(ts[i].offset, 4);
        ASSERT_GT(i, 0u);
        EXPECT_EQ(ts[i - 1].offset + ts[i - 1].length, 4);  // after 决议
      }
    }
  EXPECT_EQ(markers, 2);
  EXPECT_STREQ(ts.back().kind, "footnote");
}

TEST(Tokens, ABadTermListIsRefusedWithItsLine) {
  try {
    add_terms("正确\n两个 字\n", "mine.txt");
    FAIL() << "accepted a term with a space";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "mine.txt:2: a term has no spaces; its words go after a tab: \"最不发达国家<TAB>最 不 发达 国家\"");
  }
  EXPECT_THROW(add_terms("最不发达国家\t最 发达 国家\n", "x"), std::runtime_error);  // words must spell the term
  EXPECT_THROW(add_terms("国\n", "x"), std::runtime_error);                          // one character
}

// Token rows in JSON Lines write each token as nlohmann's dump does: quotes,
// backslashes and control characters escaped, ill-formed UTF-8 replaced.
TEST(Tokens, JsonlRowsWriteTokensAsJsonDumpDoes) {
  const std::string text = "a\"b\\c\x01d\x1f \xff\xfe 联合国\xed\xa0\x80秘书长 x\ty \x7f";
  std::string expected;
  for (const auto& t : tokenize(text))
    expected += "{\"doc\":3,\"ptr\":null,\"line\":1,\"sentence\":" + std::to_string(t.sentence) +
                ",\"offset\":" + std::to_string(t.offset) +
                ",\"token\":" + Json(t.text).dump(-1, ' ', false, Json::error_handler_t::replace) + ",\"kind\":\"" +
                t.kind + "\"}\n";
  const std::string rows = render_line_tokens_jsonl(Document{}, text, 3);
  ASSERT_NE(rows.find('\n'), std::string::npos);
  EXPECT_EQ(rows.substr(rows.find('\n') + 1), expected);
}

// The sentence break is not asked of a text without a character after which
// ICU's sentence break can put a boundary, and no ideograph of the CJK block
// is one (segment.cpp's SentenceEnds answers the block without asking ICU).
TEST(Tokens, NoIdeographOfTheCjkBlockEndsASentence) {
  for (UChar32 c = 0x4E00; c <= 0x9FFF; ++c) {
    const int sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    ASSERT_TRUE(sb != U_SB_STERM && sb != U_SB_ATERM && sb != U_SB_SEP && sb != U_SB_CR && sb != U_SB_LF) << c;
    ASSERT_FALSE(u_ispunct(c)) << c;  // (segment.cpp asks u_ispunct of no ideograph of the block)
  }
  EXPECT_EQ(sentences("他说：好").size(), 1u);
  EXPECT_EQ(sentences("他说。好").size(), 2u);
}

// A text with terminators but no paragraph separator has its sentence
// boundaries found by UAX #29's rules in segment.cpp (terminator_breaks), not
// by ICU's iterator: the two agree on random text of every class the rules
// weigh (terminators, closes, spaces, Extend and Format, SContinue, letters,
// digits; a few separators, which go to ICU). (No opening quote: inside one
// sentences() keeps no boundary.)
TEST(Tokens, SentenceBoundariesAsIcusIterator) {
  const std::vector<std::vector<char32_t>> classes = {
      {U'.', 0x2024, 0xFE52, 0xFF0E},                                                   // ATerm
      {U'!', U'?', U'。', U'！', U'？', 0x0589, 0x061F, 0x06D4, 0x0964, 0x203C, 0xFF61},  // STerm
      {U'"', U'\'', U'(', U')', U'[', U']', U'”', U'’', U'」', U'』', U'》', U'）', 0xAB, 0xBB},  // Close
      {U' ', 0x3000, 0xA0, U'\t'},                                                      // Sp
      {0x301, 0x300, 0x200D, 0xFE0F},                                                   // Extend
      {0x200B, 0xAD, 0x2060, 0xFEFF},                                                   // Format
      {U',', U'-', U':', U';', U'、', U'，', U'：', U'；'},                              // SContinue
      {U'A', U'Z', 0xFF21, 0x391},                                                      // Upper
      {U'a', U'z', 0xAA, 0x3B1},                                                        // Lower
      {U'0', U'5', 0x660, 0xFF10},                                                      // Numeric
      {U'中', U'文', 0x3042, 0x627, 0x20000},                                            // OLetter
      {U'$', U'%', U'/', 0x1F600},                                                      // Other
      {0x2028, 0x2029, 0x85, U'\r'},                                                    // Sep CR
  };
  const std::vector<double> weights = {6, 6, 5, 5, 2, 2, 3, 4, 4, 3, 8, 2, 0.05};
  std::discrete_distribution<int> pick(weights.begin(), weights.end());
  std::mt19937 rng(29);
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), ec));
  ASSERT_TRUE(U_SUCCESS(ec));
  for (int r = 0; r < 20000; ++r) {
    std::u32string s;
    for (int i = static_cast<int>(rng() % 25); i > 0; --i) {
      const auto& c = classes[pick(rng)];
      s += c[rng() % c.size()];
    }
    const icu::UnicodeString u =
        icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()), static_cast<int32_t>(s.size()));
    std::string utf8;
    u.toUTF8String(utf8);
    it->setText(u);
    std::vector<std::pair<int, int>> want;
    int prev = 0;
    for (int32_t e = it->next(); e != icu::BreakIterator::DONE; e = it->next()) {
      const int at = u.countChar32(0, e);
      if (at > prev) want.emplace_back(prev, at);
      prev = at;
    }
    ASSERT_EQ(sentences(utf8), want) << utf8;
  }
}

// A text longer than a piece is tokenised a piece at a time (cut after a 。
// or ， before an ideograph, outside quotes): the tokens are those of the whole
// text, offsets, sentence numbers and footnote markers included, and so are
// its sentences. The text:
// every paragraph of the samples in one line (quotes, titles, units, terms),
// with markers at every 97th character and at its end; a quote never closed
// before it, a pair of quotes around a 。 and a sentence of 3,000 clauses in
// it; and the same with line ends in it.
#include <filesystem>
#include <limits>
#include <fstream>
#include <sstream>

#include "analyze/segment.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_tokens_test {

TEST(Tokens, PiecesOfALongTextAreTheWholeTextsTokens) {
  std::string text;
  for (const auto& e : std::filesystem::directory_iterator(std::string(UNDOC_SOURCE_DIR) + "/samples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Document d = convert(ss.str(), e.path().filename().string());
    auto walk = [&](auto& self, const std::vector<Node>& nodes) -> void {
      for (const Node& n : nodes) {
        if (n.kind == NodeKind::Paragraph) text += n.text;
        self(self, n.children);
      }
    };
    walk(walk, d.body);
    for (const Annex& a : d.annexes) walk(walk, a.children);
    for (const Footnote& f : d.footnotes) text += f.text;
  }
  ASSERT_GT(text.size(), 200000u);
  // a quote never closed (it spans nothing) and a pair around a cut; a long
  // sentence (cut at its commas)
  text = "“" + text + "他说：“决定。会议继续。”";
  for (int i = 0; i < 3000; ++i) text += "大会注意到秘书长的第 60/227 号决议，";
  text += "。" + text;
  // (a piece's tokens are views valid during the call that hands them over: kept as Tokens)
  auto owned = [](const detail::TokenView& v) {
    return Token{std::string(v.text), v.offset, v.length, v.sentence, v.kind.data()};
  };
  auto same = [](const Token& a, const Token& b) {
    return a.text == b.text && a.offset == b.offset && a.length == b.length && a.sentence == b.sentence &&
           std::string_view(a.kind) == b.kind;
  };
  // as it stands, and with line ends in it (ICU's sentence iterator then: cut at 。 only)
  std::string with_lines = text;
  for (size_t at = 1000; at < with_lines.size(); at += 50000) {
    while (at < with_lines.size() && (static_cast<unsigned char>(with_lines[at]) & 0xC0) == 0x80) ++at;
    with_lines.insert(at, "\n");
  }
  for (const std::string* t : {&text, &with_lines}) {
    const int n = static_cast<int>(icu::UnicodeString::fromUTF8(*t).countChar32());
    std::vector<FootnoteRef> markers;
    for (int at = 5; at < n; at += 97) markers.push_back({std::to_string(at), at});
    markers.push_back({"end", n});
    std::vector<detail::TokenView> views;
    detail::tokenize_into(*t, markers, views);
    std::vector<Token> whole;
    for (const auto& v : views) whole.push_back(owned(v));
    ASSERT_GT(whole.size(), 50000u);
    const auto whole_sentences = detail::sentences(*t, std::numeric_limits<size_t>::max());
    ASSERT_GT(whole_sentences.size(), 1000u);
    for (size_t piece_bytes : {size_t{1}, size_t{300}, size_t{20000}, detail::kPieceBytes}) {
      EXPECT_EQ(detail::sentences(*t, piece_bytes), whole_sentences) << piece_bytes;
      std::vector<Token> joined;
      std::vector<detail::TokenView> out;
      int pieces = 0;
      size_t most = 0;
      auto keep = [&](std::vector<detail::TokenView>& ts, size_t bound) {
        ++pieces;
        size_t bytes = 0;
        for (const auto& tk : ts) bytes += tk.text.size();
        most = std::max(most, bytes - std::min(bytes, bound));  // (over the bound: a fault)
        for (const auto& tk : ts) joined.push_back(owned(tk));
      };
      detail::tokenize_pieces(*t, markers, out, piece_bytes, keep);
      EXPECT_GT(pieces, piece_bytes == 1 ? 5000 : 1) << piece_bytes;  // (cut where it may be)
      EXPECT_EQ(most, 0u);
      ASSERT_EQ(joined.size(), whole.size()) << piece_bytes;
      for (size_t i = 0; i < whole.size(); ++i)
        ASSERT_TRUE(same(joined[i], whole[i])) << piece_bytes << ": token " << i << " " << joined[i].text << "@"
                                               << joined[i].offset << " s" << joined[i].sentence << " vs "
                                               << whole[i].text << "@" << whole[i].offset << " s" << whole[i].sentence;
    }
  }
}

// The segmenter searches runs of ideographs over ICU's dictionary itself
// (segment.cpp, CjDict) and hands the rest to ICU's iterator: the boundaries
// and rule statuses are ICU's iterator's, on every line of the samples, on
// random text of every class ICU's word rules tell apart (ideographs of the
// CJK block, Extension A and the compatibility block, the punctuation the
// segmenter takes itself and other punctuation, kana, Hangul, Thai, Latin
// letters and digits, ASCII and full-width, the separators of numbers and
// words, spaces, combining marks, joiners, format characters, a character
// beyond the BMP, line ends), and for each punctuation mark it takes, between
// ideographs, doubled and at either end.
TEST(Tokens, WordBreaksAsIcusIterator) {
  ASSERT_TRUE(detail::own_dictionary_search());
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(std::string(UNDOC_SOURCE_DIR) + "/samples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) texts.push_back(line);
  }
  ASSERT_GT(texts.size(), 1000u);
  const std::u32string lone = U"·—―‘’“”•…、。！（），：；？［］〈〉《》「」『』【】〔〕〖〗〘〙〚〛";
  for (const char32_t p : lone) {
    for (const std::u32string& s : {std::u32string(U"联合国") + p + U"秘书长", std::u32string(1, p) + p,
                                    std::u32string(1, p) + U"会议", std::u32string(U"会议") + p,
                                    std::u32string(U"a") + p + U"b", std::u32string(U"1") + p + U"2"}) {
      std::string utf8;
      icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()), static_cast<int32_t>(s.size()))
          .toUTF8String(utf8);
      texts.push_back(utf8);
    }
  }
  const std::vector<std::vector<char32_t>> classes = {
      {U'联', U'合', U'国', U'秘', U'书', U'长', U'的', U'报', U'告', U'发', U'展', U'中', U'心', U'会', U'议',
       U'一', U'和', U'平', U'约', U'瑟', U'兰', U'年', U'月', U'日', U'第', U'号', U'决', 0x9FA5, 0x4E00},  // CJK block
      {0x3400, 0x4DB5, 0xF900, 0xFA30, U'々', U'〇', U'〆'},                               // Extension A, compatibility, marks
      {U'·', U'—', U'“', U'”', U'‘', U'’', U'…', U'、', U'。', U'，', U'：', U'；', U'（', U'）', U'《', U'》',
       U'【', U'】', U'〔', U'〕', U'！', U'？', U'［', U'］', U'•'},                          // taken by the segmenter
      {U'〃', U'～', U'〜', U'％', U'＆', U'－', U'／', U'＿', U'﹏', U'「', U'」', U'〝', U'〞'},  // other punctuation
      {U'あ', U'の', U'ア', U'カ', U'ー', U'ｱ', 0x3031, 0x309B},                           // kana
      {U'한', U'국', U'ก', U'ไ', 0x1000},                                                   // Hangul, Thai, Myanmar
      {U'a', U'Z', U'é', U'Ａ', U'ｚ', U'0', U'9', U'０', U'５', U'_'},                      // letters, digits
      {U'.', U',', U':', U'\'', U';', U'-', U'/', U'%', U'(', U')', U'"'},                   // separators
      {U' ', 0x3000, 0xA0, U'\t'},                                                          // spaces
      {0x301, 0x300, 0x200D, 0xFE0F, 0x200B, 0xAD, 0x2060, 0x3099},                         // extend, joiner, format
      {0x20000, 0x1F600, U'\n', U'\r', 0x2028},                                             // beyond the BMP, line ends
  };
  const std::vector<double> weights = {20, 3, 10, 3, 3, 2, 4, 3, 2, 1, 0.3};
  std::discrete_distribution<int> pick(weights.begin(), weights.end());
  std::mt19937 rng(23);
  for (int r = 0; r < 30000; ++r) {
    std::u32string s;
    for (int i = static_cast<int>(rng() % 30); i > 0; --i) {
      const auto& c = classes[pick(rng)];
      s += c[rng() % c.size()];
    }
    std::string utf8;
    icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()), static_cast<int32_t>(s.size()))
        .toUTF8String(utf8);
    texts.push_back(utf8);
  }
  for (const std::string& t : texts) ASSERT_EQ(detail::word_breaks(t, false), detail::word_breaks(t, true)) << t;
}

}  // namespace undoc_test_tokens_test
