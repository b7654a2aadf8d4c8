// Text set as Chinese text is: each paragraph's first line set in by two
// ideographic spaces ("　　"), its wrapped lines at the margin, no blank line
// between paragraphs; headings and the masthead not set in. Wrapped at a
// count of columns (a Han character two), as a fixed-width export wraps.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using test::doc_of;

// the code points of a UTF-8 string, each as its bytes
std::vector<std::string> chars_of(const std::string& s) {
  std::vector<std::string> out;
  for (size_t k = 0; k < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    out.push_back(s.substr(k, len));
    k += len;
  }
  return out;
}

// a line (or a paragraph set in by "　　") wrapped at `width` columns
std::string wrapped(const std::string& line, int width, bool set_in) {
  std::string out, cur;
  int w = 0;
  for (const std::string& ch : chars_of(set_in ? "　　" + line : line)) {
    const int cw = ch.size() >= 3 ? 2 : 1;
    if (w + cw > width) {
      out += cur + "\n";
      cur.clear();
      w = 0;
    }
    cur += ch;
    w += cw;
  }
  return out + cur + "\n";
}

const char* kMasthead =
    "联合国\tA/78/999\n大　会\nDistr.: General\n1 August 2023\nChinese\nOriginal: English\n第七十八届会议\n";

// A paragraph whose one line runs exactly to the width, set in: the line set
// in below it opens the next paragraph (the wrapped lines stand at the margin).
TEST(ShapesIndent, LineSetInBelowAFullLineSetInOpensAParagraph) {
  const std::vector<std::string> paras = {
      "本报告概述了秘书处在本报告所述期间为支持会员国执行相关决议而开展的各项工作，并介绍了取得的主要成果和面临的挑战。",
      "各国在这方面采取的措施多种多样，涉及立法、政策和体制各个层面，",  // (33 characters: 66 columns, set in 70)
      "秘书处继续与各区域委员会和各专门机构密切合作，协助各国加强能力。",
      "秘书长建议会员国进一步加强国际合作，特别是在数据收集、技术援助和能力建设方面的合作，以便在规定期限内实现各项目标。",
      "各区域委员会报告说，区域一级的合作机制在过去两年中得到加强，但资金不足仍然是主要制约因素，许多项目因此推迟执行。",
      "秘书处还注意到，一些会员国在编写国家报告时遇到困难，主要原因是缺乏分类数据和统计能力。",
      "本报告最后提出了供大会审议的若干建议，供会员国在下一届会议期间进一步讨论。"};
  std::string text = std::string(kMasthead) + "议程项目20\n可持续发展\n\n加强区域合作\n秘书长的报告\n一. 导言\n";
  for (const auto& p : paras) text += wrapped(p, 70, true);
  Document d = doc_of(text);
  std::vector<std::string> got;
  walk(d.body, [&](const Node& n) {
    if (n.kind == NodeKind::Paragraph) got.push_back(n.text);
  });
  EXPECT_EQ(got, paras);
}

// A joint agenda line's first title cut after its 和, the report's line it
// joins below ("…办事处的报告和" / "秘书长的报告"): one title, the next item's
// on the line after.
TEST(ShapesIndent, JointAgendaTitleCutAfterHeGoesOn) {
  for (int width : {60, 70}) {
    std::string text =
        "联合国\tA/HRC/53/99\n大　会\nDistr.: General\n4 May 2023\nChinese\nOriginal: English\n人权理事会\n"
        "第五十三届会议\n2023年6月19日至7月14日\n议程项目2和3\n";
    const std::string first = "联合国人权事务高级专员的年度报告以及人权事务高级专员办事处的报告和秘书长的报告";
    const std::string second = "促进和保护所有人权——公民权利、政治权利、经济、社会和文化权利，包括发展权";
    // (the title cut right after its 和)
    const auto cs = chars_of(first);
    std::string head, rest;
    bool cut = false;
    for (const auto& c : cs) {
      (cut ? rest : head) += c;
      if (c == "和" && head.size() > 60) cut = true;
    }
    text += head + "\n" + rest + "\n" + wrapped(second, width, false) + "\n保护公民空间的权利\n联合国人权事务高级专员的报告\n摘要\n";
    text += wrapped("本报告根据人权理事会第50/15号决议提交，审查了公民空间面临的主要挑战。", width, true);
    SCOPED_TRACE(width);
    Document d = doc_of(text);
    ASSERT_EQ(d.front_matter.agenda_items.size(), 2u);
    EXPECT_EQ(d.front_matter.agenda_items[0].title, first);
    EXPECT_EQ(d.front_matter.agenda_items[1].title, second);
    ASSERT_TRUE(d.front_matter.title);
    EXPECT_EQ(*d.front_matter.title, "保护公民空间的权利");
    ASSERT_TRUE(d.front_matter.subtitle);
    EXPECT_EQ(*d.front_matter.subtitle, "联合国人权事务高级专员的报告");
  }
}

}  // namespace
