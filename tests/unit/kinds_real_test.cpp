// Kinds of document in the real wording of 2023's documents (helper 8):
// letters and notes verbales (their signatures, several senders), ECOSOC
// resolutions recommending a draft to the Assembly, working papers. The texts
// are written here in the real conventions, not copied.
#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"
#include "undoc/undoc.hpp"

using namespace undoc;

namespace {

using test::doc_of;

const char* kEcosocMasthead =
    "联合国\tE/2023/110\n经济及社会理事会\tDistr.: General\n24 July 2023\nChinese\nOriginal: English\n\n"
    "2023年届会\n2022年7月25日至2023年7月26日\n议程项目19\n社会和人权问题\n\n";

// A letter signed by a permanent representative "to the United Nations"
// (尼加拉瓜共和国常驻联合国代表), the role above the name or below it: both
// lines are the letter's signature, not paragraphs of its body.
TEST(KindsReal, LetterSignedByARepresentativeToTheUnitedNations) {
  for (bool role_first : {true, false}) {
    SCOPED_TRACE(role_first);
    const std::string sig = role_first ? "某国常驻联合国代表\n某某·某某(签名)\n" : "某某·某某(签名)\n某国常驻联合国代表\n";
    Document d = doc_of(std::string(kEcosocMasthead) +
                        "2023年7月20日某国常驻联合国代表给经济及社会理事会主席的信\n\n"
                        "我们谨提及经济及社会理事会的有关决定草案。\n"
                        "请将本函作为理事会议程项目19的文件印发为荷。\n\n" + sig);
    ASSERT_TRUE(d.kind);
    EXPECT_EQ(*d.kind, "letter");
    ASSERT_EQ(d.closing.size(), 2u);
    for (const auto& c : d.closing) EXPECT_EQ(c.kind, "signature") << c.text;
    for (const Node* p : test::nodes_of(d, NodeKind::Paragraph))
      EXPECT_EQ(p->text.find("常驻联合国代表"), std::string::npos) << p->text;
  }
}

// A letter from several representatives, listed after the title's colon
// ("…下列国家常驻联合国代表致会议委员会主席的信：甲国、乙国和丙国"), its verb 致
// rather than 给: a letter, its date, sender and addressee read; each
// representative's title and name a signature.
TEST(KindsReal, LetterOfSeveralSendersListedAfterTheTitle) {
  Document d = doc_of(
      "联合国\tA/AC.172/2023/3\n大 会\tDistr.: General\n14 August 2023\nChinese\nOriginal: English\n\n"
      "会议委员会\n2023年实质性会议\n\n"
      "2023年8月10日下列国家常驻联合国代表致会议委员会主席的信：甲国、乙国和丙国\n\n"
      "几千年来，这一节日一直是全球最重要的节日之一。\n"
      "为此，请将本函作为会议委员会的文件分发以便其2023年实质性会议审议为荷。\n\n"
      "甲国常驻联合国代表\n某甲(签名)\n乙国常驻联合国代表\n某乙(签名)\n丙国常驻联合国代表\n某丙(签名)\n");
  ASSERT_TRUE(d.kind);
  EXPECT_EQ(*d.kind, "letter");
  ASSERT_TRUE(d.front_matter.letter);
  const auto& h = *d.front_matter.letter;
  EXPECT_EQ(h.date, "2023-08-10");
  EXPECT_EQ(h.sender, "下列国家常驻联合国代表");
  EXPECT_EQ(h.addressee, "会议委员会主席");
  EXPECT_EQ(d.closing.size(), 6u);
  EXPECT_EQ(test::nodes_of(d, NodeKind::Paragraph).size(), 2u);
}

}  // namespace
