#include "store/name_keys.h"

#include <gtest/gtest.h>

namespace rased::store {
namespace {

TEST(NameKeysTest, NameKeyStripsOnlySafeProclitics) {
  EXPECT_EQ(NameKey("للأسد"), NameKey("الأسد"));     // li-l-Asad -> al-Asad
  EXPECT_EQ(NameKey("والجفرة"), NameKey("الجفرة"));  // wa-l-Jufra
  EXPECT_EQ(NameKey("وزارة الدفاع"), NameKey("وزارة الدفاع"));
  EXPECT_NE(NameKey("وزير"), NameKey("زير"));  // wazir is a word, not wa+zir
}

TEST(NameKeysTest, DeletionKeysMeetWithinOneEdit) {
  auto a = SkeletonDeletionKeys("mmlwk");
  auto b = SkeletonDeletionKeys("mlwk");
  bool shared = false;
  for (const auto& x : a) {
    for (const auto& y : b) shared |= x == y;
  }
  EXPECT_TRUE(shared);
  EXPECT_EQ(SkeletonDeletionKeys("abc").size(), 1u);  // too short to vary
}

TEST(NameKeysTest, EditDistanceCountsCodePoints) {
  EXPECT_EQ(EditDistance("يفكوروف", "يفكيروف", 3), 1);  // Yevkurov spellings
  EXPECT_EQ(EditDistance("مملوك", "ملوك", 3), 1);
  EXPECT_EQ(EditDistance("بشار", "حافظ", 2), 3);  // stops above the limit
}

TEST(NameKeysTest, SimHashOfNearCopiesIsClose) {
  // A wire story of twenty distinct sentences, published by two sites that
  // append their own credit line.
  std::string body;
  const char* places[] = {"بنغازي", "طرابلس", "سرت", "درنة", "مصراتة"};
  for (int i = 0; i < 20; ++i) {
    body += "قالت مصادر ليبية إن وفدا عسكريا زار " + std::string(places[i % 5]) + " في اليوم " +
            std::to_string(i + 1) + " من الشهر وبحث مع المسؤولين ملف رقم " +
            std::to_string(100 + i) + ". ";
  }
  const uint64_t a = SimHash(body + "المصدر: وكالة الأنباء");
  const uint64_t b = SimHash(body + "المصدر: موقع إخباري");
  const uint64_t c =
      SimHash("أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة بالحمى في أسوان والأقصر.");
  EXPECT_LE(__builtin_popcountll(a ^ b), 3);
  EXPECT_GT(__builtin_popcountll(a ^ c), 10);
}

}  // namespace
}  // namespace rased::store
