#include "common/utf8.h"

#include <gtest/gtest.h>

namespace rased::utf8 {
namespace {

TEST(Utf8Test, DecodesArabicLetters) {
  std::string s = "حفتر";  // ḥftr
  size_t i = 0;
  EXPECT_EQ(Next(s, i), U'\u062D');
  EXPECT_EQ(i, 2u);
  EXPECT_EQ(CountCodePoints(s), 4u);
}

TEST(Utf8Test, RejectsBrokenSequences) {
  EXPECT_TRUE(IsValid("ليبيا Libya"));
  EXPECT_FALSE(IsValid(std::string("\xD9", 1)));          // truncated
  EXPECT_FALSE(IsValid(std::string("\xC0\xAF", 2)));      // overlong
  EXPECT_FALSE(IsValid(std::string("\xED\xA0\x80", 3)));  // surrogate
  EXPECT_TRUE(IsValid("\xEF\xBF\xBD"));                   // U+FFFD itself is fine
}

TEST(Utf8Test, RepairReplacesEachBadByte) {
  std::string out;
  size_t n = Repair(std::string("\xD8\xB3\xFF\xD9", 4), out);  // س + two bad bytes
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(out, "س\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(IsValid(out));
}

TEST(Utf8Test, ClassifiesArabicLetters) {
  EXPECT_TRUE(IsArabicLetter(U'\u0628'));   // ب
  EXPECT_TRUE(IsArabicLetter(U'\u06A9'));   // ک keheh
  EXPECT_FALSE(IsArabicLetter(U'\u064E'));  // fatha
  EXPECT_FALSE(IsArabicLetter(U'\u0640'));  // tatweel
  EXPECT_FALSE(IsArabicLetter(U'\u0661'));  // Arabic-Indic one
  EXPECT_FALSE(IsArabicLetter(U'a'));
}

}  // namespace
}  // namespace rased::utf8
