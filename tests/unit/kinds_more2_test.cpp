// Kinds of document, more (helper 11): letters from several senders, executive
// boards as the organ, agenda headings without a number, quoted drafts. Each
// text is written in the real conventions (../shared/real), in three shapes:
// a paragraph a line; hard-wrapped at 38 characters, blank lines between
// paragraphs; pdftotext -layout-like, set in by spaces, with a page break's
// furniture (job number, running symbol, page number).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

namespace undoc_test_kinds_more2_test {

using namespace undoc;

namespace {

using test::doc_of;

// a UTF-8 string cut into pieces of n code points
std::vector<std::string> cut(const std::string& s, size_t n) {
  std::vector<std::string> out;
  std::string cur;
  size_t count = 0;
  for (size_t k = 0; k < s.size();) {
    size_t len = 1;
    const unsigned char c = static_cast<unsigned char>(s[k]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    cur += s.substr(k, len);
    k += len;
    if (++count == n) {
      out.push_back(cur);
      cur.clear();
      count = 0;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

struct Shaped {
  const char* name;
  std::string text;
};

// The masthead's lines (TAB between the columns) and the paragraphs, in the
// three shapes.
std::vector<Shaped> shapes(const std::vector<std::string>& masthead, const std::vector<std::string>& paras) {
  std::string para, wrap, layout;
  for (const auto& m : masthead) {
    para += m + "\n";
    wrap += m + "\n";
    std::string l = m;
    if (const size_t t = l.find('\t'); t != std::string::npos) l.replace(t, 1, std::string(24, ' '));
    layout += "   " + l + "\n";
  }
  para += "\n";
  size_t n = 0;
  for (const auto& p : paras) {
    para += p + "\n";
    wrap += "\n";
    layout += "\n";
    for (const auto& piece : cut(p, 38)) {
      wrap += piece + "\n";
      layout += "        " + piece + "\n";
    }
    // (a page break after the third paragraph)
    if (++n == 3) layout += "\n\n   23-07012 (C)\n\f   A/78/321\n\n                                                     2/5\n";
  }
  return {{"para", para}, {"wrap", wrap}, {"layout", layout}};
}

const std::vector<std::string> kGaMasthead = {"联合国\tA/78/321", "大会", "Distr.: General", "5 September 2023", "Chinese",
                                              "Original: English"};

}  // namespace

// A letter of three states' representatives: senders lists each, the shared
// role given to each state; sender keeps the phrase whole.
TEST(KindsMore2, LetterFromSeveralSendersListsThem) {
  for (const auto& s : shapes(kGaMasthead,
                              {"第七十八届会议", "临时议程* 项目98", "全面彻底裁军",
                               "2023年8月30日阿塞拜疆、白俄罗斯和哈萨克斯坦常驻联合国代表给秘书长的信",
                               "我们谨随函转递三国外交部长关于加强区域合作的联合声明(见附件)。",
                               "请将本信及其附件作为大会第七十八届会议临时议程项目98下的文件分发为荷。"})) {
    SCOPED_TRACE(s.name);
    Document d = doc_of(s.text);
    ASSERT_TRUE(d.front_matter.letter);
    const auto& l = *d.front_matter.letter;
    EXPECT_EQ(l.sender, "阿塞拜疆、白俄罗斯和哈萨克斯坦常驻联合国代表");
    EXPECT_EQ(l.senders, (std::vector<std::string>{"阿塞拜疆常驻联合国代表", "白俄罗斯常驻联合国代表",
                                                   "哈萨克斯坦常驻联合国代表"}));
    EXPECT_EQ(l.addressee, "秘书长");
  }
}

// A note verbale of two missions (致, 以及), a name holding 和 kept whole.
TEST(KindsMore2, NoteVerbaleFromTwoMissions) {
  for (const auto& s : shapes(kGaMasthead,
                              {"第七十八届会议", "临时议程项目 71", "促进和保护人权",
                               "2023年9月1日波斯尼亚和黑塞哥维那以及特立尼达和多巴哥常驻联合国代表团致秘书长的普通照会",
                               "两国常驻联合国代表团向秘书长致意，谨随函转递两国政府的联合声明。"})) {
    SCOPED_TRACE(s.name);
    Document d = doc_of(s.text);
    ASSERT_TRUE(d.front_matter.letter);
    EXPECT_EQ(d.front_matter.letter->senders,
              (std::vector<std::string>{"波斯尼亚和黑塞哥维那常驻联合国代表团", "特立尼达和多巴哥常驻联合国代表团"}));
  }
}

// One sender (a republic: 共和国 holds 和): a one-element list, the phrase.
TEST(KindsMore2, OneSenderIsAOneElementList) {
  auto h = doc_of("2023年3月30日委内瑞拉玻利瓦尔共和国常驻联合国代表团临时代办给经济及社会理事会主席的信\n\n谨此致函。\n")
               .front_matter.letter;
  ASSERT_TRUE(h);
  EXPECT_EQ(h->senders, (std::vector<std::string>{"委内瑞拉玻利瓦尔共和国常驻联合国代表团临时代办"}));
  // (each with a role of its own: as written)
  auto g = doc_of("2023年5月2日大会主席和经济及社会理事会主席给秘书长的信\n\n谨此致函。\n").front_matter.letter;
  ASSERT_TRUE(g);
  EXPECT_EQ(g->senders, (std::vector<std::string>{"大会主席", "经济及社会理事会主席"}));
  // (the states listed after the title's colon)
  auto c = doc_of("2023年6月1日下列国家常驻联合国代表致会议委员会主席的信：文莱达鲁萨兰国、柬埔寨和越南\n\n谨此致函。\n")
               .front_matter.letter;
  ASSERT_TRUE(c);
  EXPECT_EQ(c->sender, "下列国家常驻联合国代表");
  EXPECT_EQ(c->senders, (std::vector<std::string>{"文莱达鲁萨兰国常驻联合国代表", "柬埔寨常驻联合国代表",
                                                  "越南常驻联合国代表"}));
}

// An executive board's documents: the board the masthead names is the organ
// (first in organs), its lines kept with the notes as before.
TEST(KindsMore2, ExecutiveBoardIsTheOrgan) {
  struct Case {
    std::vector<std::string> masthead;
    const char* organ;
    size_t organs;
  };
  const std::vector<Case> cases = {
      {{"联合国\tDP/FPA/2023/4", "联合国开发计划署、联合国人口基金和联合国项目事务署执行局", "Distr.: General",
        "20 March 2023", "Chinese", "Original: English"},
       "联合国开发计划署、联合国人口基金和联合国项目事务署执行局", 1},
      // (the board's name over two lines)
      {{"联合国\tDP/2023/14", "联合国开发计划署、联合国人口基金和", "联合国项目事务署执行局", "Distr.: General",
        "20 March 2023", "Chinese", "Original: English"},
       "联合国开发计划署、联合国人口基金和联合国项目事务署执行局", 1},
      // (the Council above, the agency and 执行局 below it)
      {{"联合国\tE/ICEF/2023/9", "经济及社会理事会", "Distr.: General", "5 January 2023", "Chinese",
        "Original: English", "供作决定", "", "联合国儿童基金会", "执行局"},
       "联合国儿童基金会执行局", 2},
      // (执行局 alone, as written: a board's, as the symbol's series supports)
      {{"联合国\tE/ICEF/2023/9", "经济及社会理事会", "Distr.: General", "5 January 2023", "Chinese",
        "Original: English", "供作决定", "", "执行局"},
       "执行局", 2},
      {{"联合国\tUNW/2023/3", "联合国促进性别平等和增强妇女权能署执行局", "Distr.: General", "5 April 2023",
        "Chinese", "Original: English"},
       "联合国促进性别平等和增强妇女权能署执行局", 1},
      {{"联合国\tWFP/EB.A/2023/5-A", "世界粮食计划署执行局", "Distr.: General", "5 May 2023", "Chinese",
        "Original: English"},
       "世界粮食计划署执行局", 1},
  };
  for (const auto& c : cases)
    for (const auto& s : shapes(c.masthead, {"2023年年度会议", "2023年6月5日至9日，纽约", "临时议程项目7",
                                             "评价", "评价办公室2022年年度报告", "摘要",
                                             "本报告介绍评价办公室在2022年开展的工作及其成果。",
                                             "1. 本报告根据执行局第2019/7号决定提交。"})) {
      SCOPED_TRACE(std::string(s.name) + " " + c.masthead.front());
      Document d = doc_of(s.text);
      ASSERT_TRUE(d.front_matter.organ);
      EXPECT_EQ(*d.front_matter.organ, c.organ);
      ASSERT_EQ(d.front_matter.organs.size(), c.organs);
      EXPECT_EQ(d.front_matter.organs.front(), c.organ);
      if (c.organs == 2) EXPECT_EQ(d.front_matter.organs[1], "经济及社会理事会");
    }
}

// Another body ending in 执行局 (the Counter-Terrorism Committee's) is no
// board of an agency: not the organ.
TEST(KindsMore2, OtherExecutiveDirectorateIsNoOrgan) {
  Document d = doc_of(
      "联合国\tS/2023/900\n安全理事会\nDistr.: General\n1 December 2023\nChinese\nOriginal: English\n\n"
      "反恐怖主义委员会执行局\n\n某某问题的报告\n\n1. 本报告介绍情况。\n");
  ASSERT_TRUE(d.front_matter.organ);
  EXPECT_EQ(*d.front_matter.organ, "安全理事会");
}

// The Charter's Special Committee sets an agenda heading without a number below
// its name and its session's dates ('和平解决争端'): no agenda item (no number
// to give one) and not the title; its words kept with the notes, the paper's
// title the title. A numbered item there still gives its item.
TEST(KindsMore2, UnnumberedAgendaHeadingIsANoteNotTheTitle) {
  const std::vector<std::string> masthead = {"联合国\tA/AC.182/L.170", "大会", "Distr.: Limited", "22 February 2023",
                                             "Chinese", "Original: English"};
  for (const auto& s : shapes(masthead, {"联合国宪章和加强联合国作用特别委员会", "2023年2月21日至3月1日，纽约",
                                         "和平解决争端", "某国关于和平解决争端的修订提案",
                                         "1. 大会在其第77/109号决议中请特别委员会继续审议和平解决争端问题。",
                                         "2. 本提案的目的是促进各方交流和平解决争端的经验。"})) {
    SCOPED_TRACE(s.name);
    Document d = doc_of(s.text);
    const auto& fm = d.front_matter;
    EXPECT_TRUE(fm.agenda_items.empty());
    ASSERT_TRUE(fm.title);
    EXPECT_EQ(*fm.title, "某国关于和平解决争端的修订提案");
    EXPECT_NE(std::find(fm.notes.begin(), fm.notes.end(), "和平解决争端"), fm.notes.end());
  }
  Document n = doc_of(
      "联合国\tA/CN.10/2023/WP.2\n大会\nDistr.: General\n10 April 2023\nChinese\nOriginal: English\n\n"
      "裁军审议委员会\n2023年4月3日至21日，纽约\n议程项目5\n外层空间活动中的透明度和建立信任措施\n\n某国提交的工作文件\n\n"
      "1. 空间系统对于全球繁荣至关重要。\n");
  ASSERT_EQ(n.front_matter.agenda_items.size(), 1u);
  EXPECT_EQ(n.front_matter.agenda_items[0].item, "5");
}

// A draft quoted in a committee's report, each of its paragraphs opening with
// a quote and set in (spaces or a TAB), an operative paragraph's number parted
// from its text by a TAB ('“1.<TAB>鼓励…'): paragraphs, not a table; the
// formula, the preamble and the numbered operative paragraphs read inside the
// quotes, the text keeping them.
TEST(KindsMore2, QuotedDraftIsParagraphsNotATable) {
  for (const char* quote : {"“", "\""}) {
    const std::string o = quote, c = std::string(quote) == "“" ? "”" : "\"";
    for (const char* indent : {"\t", "    "}) {
      const std::string in = indent;
      for (const auto& s :
           shapes(kGaMasthead, {"第七十八届会议", "议程项目 20", "可持续发展", "第二委员会的报告",
                                "1. 第二委员会在2023年10月5日第10次会议上审议了本项目。",
                                "2. 第二委员会建议大会通过下列决议草案：", in + o + "大会，",
                                in + o + "回顾其关于可持续发展的各项决议，", in + o + "认识到科学和技术的关键作用，",
                                in + o + "1.\t鼓励会员国加强能力；",
                                in + o + "2.\t请秘书长向大会第七十九届会议提交报告。" + c})) {
        SCOPED_TRACE(std::string(s.name) + " " + quote + (indent[0] == '\t' ? " TAB" : " spaces"));
        Document d = doc_of(s.text);
        int tables = 0, formulas = 0, preambular = 0;
        std::vector<long> numbers;
        std::vector<std::string> labels;  // (every numbered paragraph has its label: the schema asks it)
        walk(d.body, [&](const Node& n) {
          if (n.kind == NodeKind::Paragraph && n.paragraph_kind == "numbered") labels.push_back(n.label);
          if (n.kind == NodeKind::Table) ++tables;
          if (n.kind != NodeKind::Paragraph) return;
          if (n.paragraph_kind == "formula") ++formulas;
          if (n.paragraph_kind == "preambular") ++preambular;
          if (n.paragraph_kind == "numbered" && n.paragraph_number && n.text.starts_with(o))
            numbers.push_back(*n.paragraph_number);
        });
        EXPECT_EQ(tables, 0);
        EXPECT_EQ(formulas, 1);
        EXPECT_EQ(preambular, 2);
        EXPECT_EQ(numbers, (std::vector<long>{1, 2}));
        EXPECT_EQ(labels, (std::vector<std::string>{"1.", "2.", "1.", "2."}));
      }
    }
  }
}

// A session's dates whose first day goes without its 日, as real documents
// write a range ("2023年2月21至3月1日", "2023年3月5至9日"): the dates line is a
// note under the session, not the title.
TEST(KindsMore2, DateRangeWithoutFirstDayMarkIsADatesLine) {
  for (const char* dates : {"2023年2月21至3月1日", "2023年3月5至9日，多哈", "2023年2月21日至3月1日"})
    for (const auto& s : shapes({"联合国\tA/AC.182/2023/1", "大　会", "Distr.: General", "10 January 2023", "Chinese",
                                 "Original: English"},
                                {"联合国宪章和加强联合国作用特别委员会", dates, "临时议程项目2",
                                 "通过议程", "临时议程", "1. 会议开幕。"})) {
      SCOPED_TRACE(std::string(s.name) + " " + dates);
      Document d = doc_of(s.text);
      ASSERT_TRUE(d.front_matter.title);
      EXPECT_EQ(*d.front_matter.title, "临时议程");
      EXPECT_TRUE(std::find(d.front_matter.notes.begin(), d.front_matter.notes.end(), dates) !=
                  d.front_matter.notes.end());
    }
  // (a count range in a sentence is no dates line: 6至59个月大的儿童)
  const char* sentence = "2023年有1080852名6至59个月大的儿童接受了治疗";
  Document d = doc_of(std::string("联合国\tE/ICEF/2023/9\n经济及社会理事会\nDistr.: General\n5 January 2023\n\n") +
                      "评价报告\n\n" + sentence + "。\n");
  EXPECT_TRUE(std::find(d.front_matter.notes.begin(), d.front_matter.notes.end(), sentence) == d.front_matter.notes.end());
}

}  // namespace undoc_test_kinds_more2_test
