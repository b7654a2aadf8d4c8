// The model's small types: Tag (a node's kind words) and SparseVector (its
// rarely filled vectors).
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "undoc/model.hpp"

namespace undoc {
namespace {

TEST(Tag, HoldsItsOwnCopyOfTheWord) {
  Tag t;
  EXPECT_TRUE(t.empty());
  EXPECT_EQ(t, "");
  {
    std::string mine = "my own kind";
    t = mine;
    mine.assign("overwritten, then freed");  // (the Tag does not view the string)
  }
  EXPECT_EQ(t, "my own kind");
  EXPECT_EQ(t.size(), 11u);
  EXPECT_EQ(std::string_view(t), "my own kind");
  Tag u = std::string_view("my own kind");
  EXPECT_EQ(t, u);
  EXPECT_EQ(t.c_str(), u.c_str());  // (the same word: the same copy)
  t = "chapter";
  EXPECT_EQ(t, std::string("chapter"));
  EXPECT_EQ(std::string("chapter"), t);
  EXPECT_NE(t, u);
  EXPECT_NE(t, "section");
  EXPECT_EQ(t.str() + "s", "chapters");
  std::ostringstream os;
  os << t;
  EXPECT_EQ(os.str(), "chapter");
  std::map<std::string, int> m;
  m[t] = 1;
  EXPECT_EQ(m.count("chapter"), 1u);
  t = "";
  EXPECT_TRUE(t.empty());
}

TEST(SparseVector, UsedAsAVector) {
  SparseVector<int> v;
  EXPECT_TRUE(v.empty());
  EXPECT_EQ(v.size(), 0u);
  EXPECT_TRUE(v.vec().empty());
  int sum = 0;
  for (int x : v) sum += x;
  EXPECT_EQ(sum, 0);
  v.push_back(1);
  v.emplace_back(2);
  EXPECT_EQ(v, (std::vector<int>{1, 2}));
  v = {3, 4, 5};
  EXPECT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0], 3);
  EXPECT_EQ(v.front(), 3);
  EXPECT_EQ(v.back(), 5);
  for (int& x : v) x *= 2;
  EXPECT_EQ(v, (std::vector<int>{6, 8, 10}));
  SparseVector<int> c = v;  // a copy has its own elements
  c[0] = 0;
  EXPECT_EQ(v[0], 6);
  const std::vector<int>& r = v;
  EXPECT_EQ(r.size(), 3u);
  v = std::vector<int>{};  // (an empty vector frees the room)
  EXPECT_TRUE(v.empty());
  c.clear();
  EXPECT_TRUE(c.empty());
  EXPECT_EQ(c, v);
}

TEST(Node, StaysSmall) {
  EXPECT_LE(sizeof(Node), 264u);  // (408 bytes when its kinds were strings and all its vectors std::vectors)
}

}  // namespace
}  // namespace undoc
