#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/utf8.h"
#include "rased/text.h"

namespace rased::text {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

// MatchKey, rule by rule.
const std::vector<Case>& MatchKeyCases() {
  static const std::vector<Case> cases = {
      // al-asad with fatha/sukun marks: harakat go.
      {"harakat", "الأَسَد", "الاسد"},
      // shadda, tanwin, superscript alef (U+0670) in "hadha".
      {"shadda_tanwin", "مُحَمَّدٌ هٰذا", "محمد هذا"},
      // Quranic marks U+06D6.. are dropped like the scorer does.
      {"quranic_marks", "قال\u06D6", "قال"},
      // tatweel: "Haftar" stretched.
      {"tatweel", "حفـــتر", "حفتر"},
      // alef with hamza above/below, madda, wasla.
      {"alef_variants", "أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"},
      // alef maqsura: "ila" (to), "Mustafa".
      {"alef_maqsura", "إلى مصطفى", "الي مصطفي"},
      // ta marbuta: "wilaya" (state).
      {"ta_marbuta", "ولاية", "ولايه"},
      // hamza carriers: "mas'ul" (official), "ra'is" (president).
      {"hamza_carriers", "مسؤول رئيس", "مسوول رييس"},
      // bare hamza stays: "sama'" (sky).
      {"bare_hamza", "سماء", "سماء"},
      // Persian letters: keheh, farsi yeh, gaf, peh, tcheh, jeh, veh.
      {"persian", "کی گپ چژڤ", "كي كب جزف"},
      // Arabic-Indic and Persian digits, with Arabic number signs.
      {"digits", "٣٠٠٠ و۱۲ ٣٫٥٪ ١٬٥٠٠", "3000 و12 3.5% 1,500"},
      // format controls: ZWNJ, ZWJ, LRM, RLM, bidi embedding, isolate, BOM, soft hyphen.
      {"format_controls",
       "\xEF\xBB\xBF\xE2\x80\x8E\xD8\xAD\xE2\x80\x8C\xD9\x81\xE2\x80\x8D\xD8\xAA\xD8\xB1"
       "\xE2\x80\x8F \xE2\x80\xAB"
       "A\xE2\x80\xAC \xE2\x81\xA6x\xE2\x81\xA9 so\xC2\xAD"
       "ft",
       "حفتر a x soft"},
      // presentation forms: lam-alef ligature, isolated/final forms, the Allah ligature.
      {"presentation_forms", "\xEF\xBB\xBB \xEF\xBA\x8D\xEF\xBB\x9F \xEF\xB7\xB2", "لا ال الله"},
      // an isolated haraka form (U+FE70, NFKC " ً") vanishes whole.
      {"isolated_haraka_form", "ب\xEF\xB9\xB0", "ب"},
      // full-width Latin goes through NFKC then lower case.
      {"fullwidth", "\xEF\xBC\xA8\xEF\xBD\x81", "ha"},
      // Latin lower case, accents kept; Cyrillic lower-cased too.
      {"latin_lower", "Haftar ÉLYSÉE Путин", "haftar élysée путин"},
      // Arabic punctuation is left as is: comma, semicolon, question mark.
      {"arabic_punct", "نعم، لا؛ لماذا؟", "نعم، لا؛ لماذا؟"},
      // no-break and narrow no-break spaces become plain spaces; runs are kept.
      {"spaces",
       "a\xC2\xA0\xE2\x80\xAF"
       "b  c\nd",
       "a  b  c\nd"},
      // invalid UTF-8 becomes U+FFFD.
      {"invalid_utf8",
       "a\xFF"
       "b",
       "a\xEF\xBF\xBD"
       "b"},
      {"empty", "", ""},
  };
  return cases;
}

TEST(MatchKeyTest, AppliesEveryRule) {
  for (const Case& c : MatchKeyCases()) {
    EXPECT_EQ(MatchKey(c.input), c.expected) << c.name;
    EXPECT_EQ(Normalize(c.input).text, c.expected) << c.name;
    std::string appended = "x";
    AppendMatchKey(c.input, &appended);
    EXPECT_EQ(appended, "x" + c.expected) << c.name;
    EXPECT_EQ(NormalizeForMatch(c.input), c.expected) << c.name;
  }
}

TEST(MatchKeyTest, IsIdempotent) {
  for (const Case& c : MatchKeyCases()) {
    const std::string once = MatchKey(c.input);
    EXPECT_EQ(MatchKey(once), once) << c.name;
    EXPECT_EQ(Normalize(Normalize(c.input).text).text, Normalize(c.input).text) << c.name;
  }
}

TEST(MatchKeyTest, OutputIsValidUtf8) {
  for (const Case& c : MatchKeyCases()) EXPECT_TRUE(utf8::IsValid(MatchKey(c.input))) << c.name;
}

TEST(MatchKeyTest, KeepTaMarbutaDiffersOnlyInTaMarbuta) {
  // "mamluka" (owned, feminine) and "madina" (city).
  EXPECT_EQ(MatchKeyKeepTaMarbuta("مملوكة المدينة"), "مملوكة المدينة");
  EXPECT_EQ(MatchKey("مملوكة المدينة"), "مملوكه المدينه");
  // Everything else is the same: alef folding and harakat.
  EXPECT_EQ(MatchKeyKeepTaMarbuta("أُسْرَة"), "اسرة");
}

TEST(NamedStepsTest, EachRuleAlone) {
  // "al-asad" with harakat and tatweel, alef with hamza.
  const std::string s = "الأَسَـد";
  EXPECT_EQ(RemoveHarakat(s), "الأسـد");
  EXPECT_EQ(StripTatweel(s), "الأَسَد");
  EXPECT_EQ(FoldAlefVariants(s), "الاَسَـد");
  EXPECT_EQ(FoldAlefMaqsura("على"), "علي");         // ala (on)
  EXPECT_EQ(FoldTaMarbuta("قوة"), "قوه");           // quwwa (force)
  EXPECT_EQ(FoldHamzaCarriers("مؤتمر"), "موتمر");   // mu'tamar (conference)
  EXPECT_EQ(FoldPersianLetters("پوتین"), "بوتين");  // Putin, Persian spelling
  EXPECT_EQ(FoldDigits("٢٠١٩"), "2019");
  EXPECT_EQ(RemoveFormatControls("a\xE2\x80\x8F"
                                 "b"),
            "ab");
  EXPECT_EQ(FoldSpaces("a\xC2\xA0"
                       "b"),
            "a b");
  EXPECT_EQ(LowerCase("Wagner"), "wagner");
  EXPECT_EQ(NfkcPresentationForms("\xEF\xBB\xBB"), "لا");
  // A step leaves what other steps would change.
  EXPECT_EQ(FoldDigits("أَ"), "أَ");
}

TEST(NormalizeTest, OffsetsMapBackToTheOriginal) {
  struct OffsetCase {
    std::string original;
    std::string match;     // a substring of the normalised text
    std::string expected;  // what it maps back to in the original
  };
  const std::vector<OffsetCase> cases = {
      // "The Marshal Khalifa Haftar" with harakat and tatweel.
      {"قال المُشِيرُ خليفة حفـتر", "خليفه حفتر", "خليفة حفـتر"},
      // ligature expansion maps to the ligature.
      {"x \xEF\xBB\xBB y", "لا", "\xEF\xBB\xBB"},
      // digits.
      {"عدد ٣٠٠٠ مقاتل", "3000", "٣٠٠٠"},
      // "al-Asad" after a BOM and an RLM.
      {"\xEF\xBB\xBF\xE2\x80\x8F"
       "Al-Assad",
       "al-assad", "Al-Assad"},
  };
  for (const OffsetCase& c : cases) {
    NormalizedText n = Normalize(c.original);
    ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
    const size_t pos = n.text.find(c.match);
    ASSERT_NE(pos, std::string::npos) << c.match;
    const uint32_t b = n.to_original[pos];
    const uint32_t e = n.to_original[pos + c.match.size()];
    // The end maps to the start of the next kept code point; trim what lies
    // between (removed characters and spaces) by re-normalising.
    std::string cited = c.original.substr(b, e - b);
    while (!cited.empty() && MatchKey(cited) != c.match) cited.pop_back();
    EXPECT_EQ(cited, c.expected) << c.original;
  }
}

TEST(NormalizeTest, OffsetMapIsMonotonicAndInBounds) {
  for (const Case& c : MatchKeyCases()) {
    NormalizedText n = Normalize(c.input);
    ASSERT_EQ(n.to_original.size(), n.text.size() + 1) << c.name;
    EXPECT_EQ(n.to_original.back(), c.input.size()) << c.name;
    for (size_t i = 0; i + 1 < n.to_original.size(); ++i) {
      EXPECT_LE(n.to_original[i], n.to_original[i + 1]) << c.name;
      EXPECT_LT(n.to_original[i], c.input.size()) << c.name;
    }
  }
}

TEST(NormalizeTest, UnchangedTextMapsByteForByte) {
  const std::string s = "روسيا 2019";  // Russia 2019
  NormalizedText n = Normalize(s);
  EXPECT_EQ(n.text, s);
  for (size_t i = 0; i <= s.size(); ++i) EXPECT_EQ(n.to_original[i], i);
}

TEST(ApplyRulesTest, BaseOffsetIsAdded) {
  std::string out;
  std::vector<uint32_t> map;
  ApplyRules("أب", kMatchKeyRules, &out, &map, 100);
  EXPECT_EQ(out, "اب");
  // The rewritten alef maps both its bytes to its start; the copied ba maps
  // byte for byte.
  EXPECT_EQ(map, (std::vector<uint32_t>{100, 100, 102, 103}));
}

}  // namespace
}  // namespace rased::text
