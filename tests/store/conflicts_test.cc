#include "store/conflicts.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace rased::store {
namespace {

UnitClasses Classes() {
  UnitClasses c;
  for (const char* w : {"مقاتل", "رجل", "عنصر", "جندي"}) c[text::MatchKey(w)] = "people";
  for (const char* w : {"رحلة", "رحلات"}) c[text::MatchKey(w)] = "flights";
  return c;
}

QuantityClaim Claim(double low, double high, std::string unit, std::string rate, int64_t subject,
                    int64_t doc, std::string source = "") {
  QuantityClaim c;
  c.low = low;
  c.high = high;
  c.unit = std::move(unit);
  c.rate = std::move(rate);
  c.subject = subject;
  c.doc_id = c.original_doc_id = doc;
  c.doc = "doc" + std::to_string(doc);
  c.source_text = std::move(source);
  return c;
}

TEST(ConflictsTest, ClassifiesCountedNounsWithArticleAndClitics) {
  QuantityClaim c;
  c.unit = "المقاتلين";  // al-muqatilin
  UnitClasses classes = Classes();
  classes[text::MatchKey("مقاتلين")] = "people";
  EXPECT_EQ(UnitClassOf(c, classes), "people");
  c.unit = "طائرة";
  EXPECT_EQ(UnitClassOf(c, classes), "");
}

TEST(ConflictsTest, DifferentCountsOfTheSameSubjectConflict) {
  auto out =
      QuantityConflicts({Claim(300, 300, "مقاتل", "", 7, 1, "مصدر دولي"),
                         Claim(1500, 1500, "رجل", "", 7, 2), Claim(1000, 1000, "عنصر", "", 7, 3)},
                        Classes());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].claims.size(), 3u);
  EXPECT_EQ(out[0].subject->id, "7");
}

TEST(ConflictsTest, RoundingAndRangesThatOverlapAgree) {
  auto out =
      QuantityConflicts({Claim(1000, 1500, "جندي", "", 7, 1), Claim(1200, 1200, "عنصر", "", 7, 2),
                         Claim(1100, 1100, "مقاتل", "", 7, 3)},
                        Classes());
  EXPECT_TRUE(out.empty());
}

TEST(ConflictsTest, RatesAreComparedPerMonth) {
  // 10 a month against 1–2 a week (4.3–8.7 a month): disagree.
  auto out = QuantityConflicts(
      {Claim(10, 10, "رحلات", "month", 0, 1), Claim(1, 2, "رحلة", "week", 0, 2)}, Classes());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].about.find("per month"), std::string::npos);
  // 8 a month against 2 a week (8.7 a month): agree.
  EXPECT_TRUE(
      QuantityConflicts({Claim(8, 8, "رحلات", "month", 0, 1), Claim(2, 2, "رحلة", "week", 0, 2)},
                        Classes())
          .empty());
}

TEST(ConflictsTest, OneReportDoesNotContradictItself) {
  // "from one flight a month to one or two a week" is a change, not a conflict.
  auto out = QuantityConflicts(
      {Claim(1, 1, "رحلة", "month", 0, 1, "خبير"), Claim(1, 2, "رحلة", "week", 0, 1, "خبير")},
      Classes());
  EXPECT_TRUE(out.empty());
}

TEST(ConflictsTest, ABareCountJoinsItsSubjectsOnlyGroup) {
  // "How many are they? About three hundred" (no counted noun) against
  // "1500 men", both about the same commander.
  auto out = QuantityConflicts(
      {Claim(300, 300, "", "", 7, 1, "مصدر دولي"), Claim(1500, 1500, "رجل", "", 7, 2)}, Classes());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].claims.size(), 2u);
}

TEST(ConflictsTest, ARateWithoutSubjectJoinsTheOnlyRateGroupOfItsClass) {
  auto out = QuantityConflicts({Claim(10, 10, "رحلات", "month", 9, 1, "مصادر أمنية"),
                                Claim(1, 2, "رحلة", "week", 0, 2, "خبير")},
                               Classes());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].subject->id, "9");
}

TEST(ConflictsTest, CountsWithoutSubjectAreNotCompared) {
  EXPECT_TRUE(
      QuantityConflicts({Claim(300, 300, "مقاتل", "", 0, 1), Claim(1500, 1500, "مقاتل", "", 0, 2)},
                        Classes())
          .empty());
}

}  // namespace
}  // namespace rased::store
