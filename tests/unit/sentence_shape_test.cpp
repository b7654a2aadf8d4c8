// Sentence-aligned text (a sentence a line, no blank lines): which sentence
// lines open a paragraph and which go on with the one above.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace undoc_test_sentence_shape_test {

namespace {

using undoc::NodeKind;
using undoc::test::doc_of;
using undoc::test::nodes_of;

std::vector<std::string> paragraph_texts(const undoc::Document& d) {
  std::vector<std::string> out;
  for (const undoc::Node* n : nodes_of(d, NodeKind::Paragraph)) out.push_back(n->text);
  return out;
}

// A Security Council verbatim record, a sentence a line; its first-page
// notice a block of several sentences, as the front matter types it.
const char* kVerbatimSentences =
    "联合国\tS/PV.9411\n"
    "安全理事会\n"
    "第七十八年\n"
    "第9411次会议\n"
    "2023年9月12日星期二上午10时\n"
    "纽约\n"
    "主席：\t帕特森先生\t(大不列颠及北爱尔兰联合王国)\n"
    "议程\n"
    "西非和萨赫勒和平与安全\n"
    "本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在《安全理事会正式记录》。更正应只对原文提出。\n"
    "上午10时开会。\n"
    "通过议程\n"
    "议程通过。\n"
    "西非和萨赫勒和平与安全\n"
    "主席(以英语发言)：根据安理会暂行议事规则第37条，我邀请马里和尼日尔的代表参加本次会议。\n"
    "我现在请西门子先生发言。\n"
    "西门子先生(以英语发言)：感谢主席给我这个机会向安理会通报情况。\n"
    "过去六个月，萨赫勒中部的安全局势继续恶化。\n"
    "武装团体对平民和基础设施的袭击有所增加。\n"
    "奥卡福女士(加纳)(以英语发言)：加纳感谢西门子先生的通报。\n"
    "我们呼吁国际社会继续支持区域各国加强边境管理的努力。\n"
    "主席(以英语发言)：我现在以联合王国代表的身份发言。\n"
    "联合王国继续支持萨赫勒各国政府应对恐怖主义威胁的努力。\n"
    "我们呼吁尽早恢复宪政秩序。\n"
    "我现在恢复行使安理会主席的职能。\n"
    "名单上没有其他发言者。\n"
    "上午11时20分散会。\n";

TEST(SentenceShape, VerbatimSpeechTakesItsSentences) {
  const undoc::Document d = doc_of(kVerbatimSentences);
  ASSERT_TRUE(d.front_matter.meeting);
  const auto texts = paragraph_texts(d);
  auto has = [&](const std::string& t) { return std::find(texts.begin(), texts.end(), t) != texts.end(); };
  // a speech's sentences, the speaker's up to the next speaker
  EXPECT_TRUE(has("西门子先生(以英语发言)：感谢主席给我这个机会向安理会通报情况。过去六个月，萨赫勒中部的安全局势继续恶化。"
                  "武装团体对平民和基础设施的袭击有所增加。"));
  EXPECT_TRUE(has("奥卡福女士(加纳)(以英语发言)：加纳感谢西门子先生的通报。我们呼吁国际社会继续支持区域各国加强边境管理的努力。"));
  // the chair's set sentences each a paragraph of its own
  EXPECT_TRUE(has("主席(以英语发言)：根据安理会暂行议事规则第37条，我邀请马里和尼日尔的代表参加本次会议。"));
  EXPECT_TRUE(has("我现在请西门子先生发言。"));
  EXPECT_TRUE(has("主席(以英语发言)：我现在以联合王国代表的身份发言。"));
  EXPECT_TRUE(has("我现在恢复行使安理会主席的职能。"));
  EXPECT_TRUE(has("名单上没有其他发言者。"));
  // the chair speaking for the country: its statement a paragraph below it
  // (paragraph breaks inside a speech are lost to sentence alignment: its
  // sentences go on together)
  EXPECT_TRUE(has("联合王国继续支持萨赫勒各国政府应对恐怖主义威胁的努力。我们呼吁尽早恢复宪政秩序。"));
}

// The record's first-page notice, several sentences typed as one block,
// says nothing of the shape of the speeches below it
TEST(SentenceShape, RecordNoticeDoesNotHideSentenceShape) {
  const undoc::Document d = doc_of(kVerbatimSentences);
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
}

// Rules of procedure, a sentence a line: an article's text unnumbered right
// below its label is one paragraph (an instrument numbers an article's
// paragraphs where it has more than one), and that shape is read from it
const char* kRulesSentences =
    "联合国区域渔业咨询委员会议事规则\n"
    "一. 届会\n"
    "规则1 常会\n"
    "委员会每年举行常会一次，会期一般不超过五个工作日。\n"
    "规则2 特别会议\n"
    "1. 委员会经其过半数成员请求，得举行特别会议。\n"
    "2. 举行特别会议的请求应向执行秘书提出，并应说明拟审议的事项。\n"
    "规则3 法定人数\n"
    "委员会成员过半数出席即构成法定人数。\n"
    "二. 表决\n"
    "规则4 表决方式\n"
    "委员会通常以举手方式进行表决。\n"
    "任何成员均可要求进行唱名表决。\n"
    "规则5 作出决定所需的多数\n"
    "1. 委员会应尽力以协商一致方式作出决定。\n"
    "2. 如未能达成协商一致，委员会的决定应以出席并参加表决的成员的过半数作出。\n"
    "规则6 记录\n"
    "委员会的公开会议应有录音记录。\n"
    "委员会的报告应以所有正式语文分发。\n"
    "第七条\n"
    "本议事规则可由委员会以出席并参加表决的成员的三分之二多数加以修正。\n"
    "修正应至少在届会开幕前四个星期分发。\n";

TEST(SentenceShape, ArticleTextTakesItsSentences) {
  const undoc::Document d = doc_of(kRulesSentences);
  EXPECT_EQ(d.source.layout.shape, "sentence_per_line");
  const auto texts = paragraph_texts(d);
  auto has = [&](const std::string& t) { return std::find(texts.begin(), texts.end(), t) != texts.end(); };
  EXPECT_TRUE(has("委员会通常以举手方式进行表决。任何成员均可要求进行唱名表决。"));
  EXPECT_TRUE(has("委员会的公开会议应有录音记录。委员会的报告应以所有正式语文分发。"));
  EXPECT_TRUE(has("本议事规则可由委员会以出席并参加表决的成员的三分之二多数加以修正。修正应至少在届会开幕前四个星期分发。"));
  // (one sentence an article: alone; numbered paragraphs stay apart)
  EXPECT_TRUE(has("委员会成员过半数出席即构成法定人数。"));
  EXPECT_TRUE(has("委员会应尽力以协商一致方式作出决定。"));
  EXPECT_TRUE(has("如未能达成协商一致，委员会的决定应以出席并参加表决的成员的过半数作出。"));
}

}  // namespace

}  // namespace undoc_test_sentence_shape_test
