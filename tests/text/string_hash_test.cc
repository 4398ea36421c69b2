// FlatStringMap: the open-addressing table behind the lexicon and the
// per-thread caches of the text and entity stages.
#include "text/string_hash.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rased::text {
namespace {

TEST(FlatStringMapTest, FindsWhatWasInsertedThroughGrowth) {
  FlatStringMap<int> m;
  // Enough keys to grow the table several times; Arabic words and numbers.
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("كلمه" + std::to_string(i));  // "word" + i
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(m.Insert(keys[i], i), i);
  EXPECT_EQ(m.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const int* v = m.Find(keys[i]);
    ASSERT_NE(v, nullptr) << keys[i];
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(m.Find("كلمه5000"), nullptr);
  EXPECT_EQ(m.Find(""), nullptr);
  // Inserting an existing key keeps the first value.
  EXPECT_EQ(m.Insert(keys[7], 99), 7);
  EXPECT_EQ(m.size(), 5000u);
  // Entries keep insertion order.
  EXPECT_EQ(m.entries()[42].first, keys[42]);
  m.Clear();
  EXPECT_EQ(m.size(), 0u);
  EXPECT_EQ(m.Find(keys[0]), nullptr);
  EXPECT_EQ(m.Insert(keys[0], 1), 1);
}

TEST(FlatStringMapTest, BatchedLookupsAgreeWithPlainOnes) {
  FlatStringMap<int> m;
  const std::vector<std::string> in = {"حفتر", "الجفره", "موسكو", "دمشق", "a", "", "1500"};
  for (size_t i = 0; i < in.size(); ++i) m.Insert(in[i], static_cast<int>(i));
  const std::vector<std::string> probe = {"حفتر", "بنغازي", "", "دمشق", "b", "1500", "a"};
  std::vector<uint64_t> h;
  for (const std::string& k : probe) {
    h.push_back(HashString(k));
    m.Prefetch(h.back());
  }
  for (uint64_t x : h) m.PrefetchEntry(x);
  for (size_t i = 0; i < probe.size(); ++i) EXPECT_EQ(m.Find(probe[i], h[i]), m.Find(probe[i]));
  FlatStringMap<int> empty;
  empty.Prefetch(h[0]);
  empty.PrefetchEntry(h[0]);
  EXPECT_EQ(empty.Find(probe[0], h[0]), nullptr);
}

TEST(FlatStringMapTest, HashSeesEveryByte) {
  // Keys that differ in one byte anywhere, or only in length, hash apart.
  const std::string base = "الحكومه الليبيه";  // al-hukuma al-libiya
  const uint64_t h = HashString(base);
  for (size_t i = 0; i < base.size(); ++i) {
    std::string other = base;
    other[i] ^= 1;
    EXPECT_NE(HashString(other), h) << i;
  }
  EXPECT_NE(HashString(base.substr(0, base.size() - 1)), h);
  EXPECT_NE(HashString(std::string("ab\0", 3)), HashString("ab"));
}

}  // namespace
}  // namespace rased::text
