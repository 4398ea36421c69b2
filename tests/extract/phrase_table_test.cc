// PhraseTable: longest match over token keys, and the shape filter that lets
// the scanners skip most lookups (it must never reject a word the table has).
#include "extract/phrase_table.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"

namespace rased::extract {
namespace {

std::vector<std::string> Words(std::string_view phrase) {
  return KeyWords(phrase, [](std::string_view w) { return text::MatchKey(w); });
}

TEST(PhraseTableTest, LongestPhraseWinsAndAnyFirstFormMayOpenIt) {
  PhraseTable t;
  t.Add(Words("كانون"), 1);          // kanun (first word alone)
  t.Add(Words("كانون الثاني"), 2);   // kanun al-thani: January
  t.Add(Words("منذ ذلك الحين"), 3);  // mundhu dhalika al-hin: since then
  t.Add(Words("كانون الثاني"), 9);   // a second payload for a phrase is ignored
  const std::vector<std::string> keys = {"في", "كانون", "الثاني", "2020", "ومنذ", "ذلك", "الحين"};
  std::vector<std::string_view> views(keys.begin(), keys.end());
  PhraseMatch m = t.Longest(views, 1, {views[1]});
  EXPECT_EQ(m.payload, 2);
  EXPECT_EQ(m.length, 2u);
  // Cut before "الثاني": only the one-word phrase fits.
  m = t.Longest(std::span<const std::string_view>(views).first(2), 1, {views[1]});
  EXPECT_EQ(m.payload, 1);
  EXPECT_EQ(m.length, 1u);
  // "ومنذ" (and since) opens the phrase through its form without "و".
  EXPECT_FALSE(t.Longest(views, 4, {views[4]}).ok());
  m = t.Longest(views, 4, {views[4], "منذ"});
  EXPECT_EQ(m.payload, 3);
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(t.Find("كانون"), 1);
  EXPECT_EQ(t.Find("منذ"), -1);  // only as the start of a longer phrase
  EXPECT_EQ(t.Find(""), -1);
}

TEST(PhraseTableTest, ShapeFilterNeverRejectsAFirstWord) {
  // Month names, weekdays and a few markers, in Arabic and Latin script, and
  // digits: every first word must pass MayStart.
  const char* forms[] = {"يناير", "فبراير",  "مارس",  "أبريل",   "أيار",  "حزيران", "تموز",
                         "آب",    "أيلول",   "تشرين", "كانون",   "شباط",  "رمضان",  "شوال",
                         "الأحد", "الإثنين", "أمس",   "غدا",     "اليوم", "منذ",    "قبل",
                         "عام",   "هـ",      "م",     "january", "2020",  "9",      "/"};
  PhraseTable t;
  for (const char* f : forms) t.Add(Words(f), 0);
  for (std::string_view first : t.FirstWords()) {
    EXPECT_TRUE(t.MayStart(first)) << first;
    EXPECT_TRUE(t.MayStart(PhraseTable::Shape(first))) << first;
    EXPECT_EQ(t.Find(first), 0) << first;
  }
  // Words that are not in the table are still answered correctly, whether
  // or not the filter lets them through.
  for (const char* other : {"وزير", "الحكومه", "february", "2021", "-"}) {
    EXPECT_EQ(t.Find(text::MatchKey(other)), -1) << other;
  }
  EXPECT_FALSE(PhraseTable().MayStart("يناير"));  // an empty table starts nothing
}

}  // namespace
}  // namespace rased::extract
