#include "kb/alias_matcher.h"

#include <gtest/gtest.h>

namespace rased {
namespace {

TEST(AliasMatcherTest, WalksTokenSequencesAndReportsHitsAtTheirEnd) {
  AliasMatcher m;
  // "خليفه حفتر" (Khalifa Haftar, normalised), "حفتر" (Haftar).
  m.Add({"خليفه", "حفتر"}, AliasHit{1, false, false});
  m.Add({"حفتر"}, AliasHit{1, false, false});
  m.Add({"خليفه"}, AliasHit{2, true, false});  // weak: a given name shared by many

  int32_t node = m.Step(AliasMatcher::kRoot, "خليفه");
  ASSERT_GE(node, 0);
  ASSERT_EQ(m.Hits(node).size(), 1u);
  EXPECT_EQ(m.Hits(node)[0].entity, 2u);
  EXPECT_TRUE(m.Hits(node)[0].weak);
  node = m.Step(node, "حفتر");
  ASSERT_GE(node, 0);
  ASSERT_EQ(m.Hits(node).size(), 1u);
  EXPECT_EQ(m.Hits(node)[0].entity, 1u);
  EXPECT_EQ(m.Step(node, "حفتر"), -1);
  EXPECT_TRUE(m.StartsAlias("حفتر"));
  EXPECT_FALSE(m.StartsAlias("مملوك"));  // mamluk: never added
}

TEST(AliasMatcherTest, SameAliasTwiceKeepsOneHitAndStrongWins) {
  AliasMatcher m;
  m.Add({"الاسد"}, AliasHit{7, true, false});  // al-Assad
  m.Add({"الاسد"}, AliasHit{7, false, false});
  m.Add({"الاسد"}, AliasHit{8, true, false});
  int32_t node = m.Step(AliasMatcher::kRoot, "الاسد");
  ASSERT_GE(node, 0);
  ASSERT_EQ(m.Hits(node).size(), 2u);
  EXPECT_FALSE(m.Hits(node)[0].weak);
  EXPECT_TRUE(m.Hits(node)[1].weak);
}

TEST(AliasMatcherTest, EdgesAreKeyedByParentAndLabel) {
  AliasMatcher m;
  // Same label under different parents: "وزاره الدفاع" / "لجنه الدفاع".
  m.Add({"وزاره", "الدفاع"}, AliasHit{1, false, false});
  m.Add({"لجنه", "الدفاع"}, AliasHit{2, false, false});
  int32_t a = m.Step(m.Step(AliasMatcher::kRoot, "وزاره"), "الدفاع");
  int32_t b = m.Step(m.Step(AliasMatcher::kRoot, "لجنه"), "الدفاع");
  ASSERT_GE(a, 0);
  ASSERT_GE(b, 0);
  EXPECT_NE(a, b);
  EXPECT_EQ(m.Hits(a)[0].entity, 1u);
  EXPECT_EQ(m.Hits(b)[0].entity, 2u);
  EXPECT_EQ(m.Step(AliasMatcher::kRoot, "الدفاع"), -1);
}

TEST(AliasMatcherTest, ManyAliasesSurviveTableGrowth) {
  AliasMatcher m;
  // Two-word aliases "مدينه<i> الشمال" (city<i> of the north), each its own
  // entity, added in numbers that grow the edge table many times.
  for (uint32_t i = 0; i < 3000; ++i) {
    m.Add({"مدينه" + std::to_string(i), "الشمال"}, AliasHit{i, false, false});
  }
  for (uint32_t i = 0; i < 3000; ++i) {
    int32_t node = m.Step(m.Step(AliasMatcher::kRoot, "مدينه" + std::to_string(i)), "الشمال");
    ASSERT_GE(node, 0) << i;
    ASSERT_EQ(m.Hits(node).size(), 1u);
    EXPECT_EQ(m.Hits(node)[0].entity, i);
  }
  EXPECT_EQ(m.Step(AliasMatcher::kRoot, "مدينه3000"), -1);
  EXPECT_EQ(m.Step(AliasMatcher::kRoot, "الشمال"), -1);
  EXPECT_EQ(m.node_count(), 1u + 2 * 3000);
}

}  // namespace
}  // namespace rased
