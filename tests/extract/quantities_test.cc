// Table-driven tests of the quantity stage on Arabic news sentences written for
// these tests. Each case runs the real text stage, the date stage (which claims
// years and days of the month) and the quantity stage, and compares every
// Quantity produced.
#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "extract/date_annotator.h"
#include "extract/quantity_annotator.h"
#include "text/lexicon.h"
#include "text/text_annotator.h"

namespace rased::extract {
namespace {

struct Expected {
  double low;
  double high;
  bool approximate;
  std::string unit;
  std::string about;
  std::string rate = "";
};

struct Case {
  std::string name;
  std::string text;
  std::vector<Expected> quantities;
};

std::string Show(double low, double high, bool approx, const std::string& unit,
                 const std::string& about, const std::string& rate) {
  std::ostringstream s;
  s << low << ".." << high << (approx ? " ~" : "") << " [" << unit << "] [" << about << "] ["
    << rate << "]";
  return s.str();
}

const std::vector<Case>& Cases() {
  static const auto* cases = new std::vector<Case>{
      // "The government sent about 3000 Syrian fighters to the front."
      {"ApproximateCountWithModifier",
       "أرسلت الحكومة حوالي 3000 مقاتل سوري إلى الجبهة.",
       {{3000, 3000, true, "مقاتل", "مقاتل سوري"}}},
      // "About 1200 of the Wagner elements took part in the attack."
      {"Partitive",
       "شارك نحو 1200 من عناصر \"فاغنر\" في الهجوم.",
       {{1200, 1200, true, "عناصر", "عناصر فاغنر"}}},
      // "The number of forces ranges between 1000 and 1500 soldiers."
      {"Range",
       "يتراوح عدد القوات بين 1000 و1500 جندي في المنطقة.",
       {{1000, 1500, false, "جندي", "جندي"}}},
      // "The regime runs 10 flights a month (monthly) toward the east."
      {"RateBeforeNumber",
       "يسهل النظام شهرياً 10 رحلات جوية نحو الشرق.",
       {{10, 10, false, "رحلات", "رحلات جوية", "month"}}},
      // "20 people were killed in the past 24 hours; he spent the past years in
      // prison" (a definite plural without its number counts nothing).
      {"DefinitePluralUnitWithNumberAfter",
       "قتل 20 شخصا في الساعات الـ24 الماضية، وقضى السنوات الماضية في السجن.",
       {{20, 20, false, "شخصا", "شخصا"}, {24, 24, false, "الساعات", "الساعات"}}},
      // "The talks lasted a year and a half, the siege three years and a half,
      // and the child of a year and a half was wounded."
      {"AndAHalf",
       "استمرت المحادثات عاما ونصف، ودام الحصار ثلاث سنوات ونصف، وأصيب الطفل ابن العام ونصف "
       "العام.",
       {{1.5, 1.5, false, "عاما", "عاما"},
        {3.5, 3.5, false, "سنوات", "سنوات"},
        {1.5, 1.5, false, "العام", "العام"}}},
      // "The army withdrew from the town four years ago, after a siege of
      // five months": a relative date is also a count of years.
      {"DurationInsideRelativeDate",
       "انسحب الجيش من البلدة قبل ثلاث سنوات بعد حصار دام خمسة أشهر.",
       {{3, 3, false, "سنوات", "سنوات"}, {5, 5, false, "أشهر", "أشهر"}}},
      // "The council extended the mandate of the envoy for a year, and the talks
      // have stalled for more than a decade."
      {"SingleUnitAfterDurationWord",
       "مدد المجلس ولاية المبعوث لمدة عام، وتعثرت المفاوضات منذ أكثر من عقد في العاصمة.",
       {{1, 1, false, "عام", "عام"}, {10, 10, true, "عقد", "عقد"}}},
      // "After holding a meeting during the month of Ramadan": "عقد" is
      // "holding" and "شهر رمضان" a month, not durations.
      {"SingleUnitNeedsClauseEnd", "صدر البيان بعد عقد اجتماع موسع خلال شهر رمضان.", {}},
      // "The camp lasted one week; in the past two days the forces advanced."
      {"OneAfterUnitAndDefiniteDualWithDirection",
       "استمر المخيم أسبوعا واحدا، وتقدمت القوات خلال اليومين الماضيين.",
       {{1, 1, false, "أسبوعا", "أسبوعا"}, {2, 2, false, "اليومين", "اليومين"}}},
      // "The clashes killed ten members of the organisation" (a teen word alone
      // is a count unless an ordinal precedes it: "الحادي عشر").
      {"TeenWordCount",
       "أسفرت الاشتباكات عن مقتل عشرة عناصر من التنظيم في الحادي عشر من الشهر.",
       {{10, 10, false, "عناصر", "عناصر"}}},
      // "The leaders of the three states met, and the eight Tornado jets took
      // part in the strikes of the twentieth century" (tens after a definite
      // noun are ordinals).
      {"DefiniteNumberAfterDefiniteNoun",
       "اجتمع قادة الدول الثلاث، وشاركت طائرات التورنيدو الثماني في معارك القرن العشرين.",
       {{3, 3, false, "الدول", "الدول"}, {8, 8, false, "التورنيدو", "التورنيدو"}}},
      // "All 24 ministers must approve; the sessions, whose number exceeded 26,
      // failed; 5 people were killed and 12 were wounded."
      {"CountsWithoutNounAfter",
       "يجب أن يوافق جميع الوزراء الـ24، وفشلت الجلسات التي فاق عددها الـ26، وقتل 5 أشخاص وأصيب "
       "12.",
       {{24, 24, false, "الوزراء", "الوزراء"},
        {26, 26, false, "", ""},
        {5, 5, false, "أشخاص", "أشخاص"},
        {12, 12, false, "", ""}}},
      // "from one flight a month to one or two flights a week".
      {"RatesAfterCounts",
       "ارتفع عدد الرحلات من رحلة واحدة في الشهر إلى رحلة أو رحلتين في الأسبوع.",
       {{1, 1, false, "رحلة", "رحلة", "month"}, {1, 2, false, "رحلة", "رحلة", "week"}}},
      // "salaries between 800 and 1500 dollars (1350 euros)".
      {"MoneyRangeAndEquivalent",
       "يغرون المجندين برواتب تتراوح بين 800 و1500 دولار (1350 يورو).",
       {{800, 1500, false, "دولار", "دولار"}, {1350, 1350, false, "يورو", "يورو"}}},
      // "a frequency more than four times higher".
      {"Times", "وهو تردد يزيد عن أربعة أضعاف ما كان عليه.", {{4, 4, true, "أضعاف", "أضعاف"}}},
      // "a peak of four consecutive flights".
      {"NumberWordCount",
       "شهدت بعض الأسابيع ذروة من أربع رحلات متتالية.",
       {{4, 4, false, "رحلات", "رحلات متتالية"}}},
      // "31.43% of this article remains."
      {"Percent", "لديك 31.43% من هذه المقالة متبقية للقراءة.", {{31.43, 31.43, false, "%", ""}}},
      // "about three hundred people were killed".
      {"NumberWordApproximate",
       "قتل حوالي ثلاثمائة شخص في القصف.",
       {{300, 300, true, "شخص", "شخص"}}},
      // "the disaster left thousands of dead": an order of magnitude.
      {"VaguePlural",
       "خلفت الكارثة الآلاف من القتلى في المدينة.",
       {{1000, 1000, true, "القتلى", "القتلى"}}},
      // "Half of these flights went to Damascus."
      {"Fraction", "نصف هذه الرحلات كان إلى دمشق.", {{0.5, 0.5, false, "الرحلات", "هذه الرحلات"}}},
      // "The marshal met the deputy minister twice."
      {"DualNoun", "التقى المشير نائب الوزير مرتين في بنغازي.", {{2, 2, false, "مرتين", "مرتين"}}},
      // "between 22 and 28 million": the scale written once applies to both ends.
      {"RangeSharesScale",
       "قدر التقرير عدد قطع السلاح بما بين 22 و28 مليون قطعة.",
       {{22e6, 28e6, false, "قطعة", "قطعة"}}},
      // "16.5 percent in the year before it": "في العام" names a year, not a rate.
      {"PeriodThatIsNotARate",
       "ارتفعت المبيعات بنسبة 16.5 في المائة في العام الذي سبقه.",
       {{16.5, 16.5, false, "%", ""}}},
      // "the most vulnerable (weakest) communities": "ضعفاً" is weakness, not "double".
      {"WeaknessIsNotDouble", "نعمل في المجتمعات الأكثر ضعفًا في مصر.", {}},
      // "the weakness of investment slowed growth": "ضعف" before what it is the
      // weakness of; and "many countries of the world": "بلدان" is a plural.
      {"WeaknessOfANounIsNotDouble", "أبطأ ضعف الاستثمارات النمو في عدد من بلدان العالم.", {}},
      // "the coach found a great weakness in the players' fitness".
      {"AccusativeWeaknessIsNotDouble", "وجد المدرب ضعفاً كبيراً في لياقة اللاعبين.", {}},
      // "the number of visitors reached double the number of last year".
      {"DoubleTheNumber",
       "بلغ عدد الزوار هذا الموسم ضعف عدد زوار العام الماضي.",
       {{2, 2, false, "ضعف", "ضعف"}}},
      // "Dozens of civilians were wounded": a vague plural with a genitive noun.
      {"VagueGenitive", "أصيب عشرات المدنيين في القصف.", {{10, 10, true, "المدنيين", "المدنيين"}}},
      // "about 2000 to 3000 fighters": a range without "بين" or "من".
      {"RangeWithoutOpener",
       "شارك حوالي 2000 إلى 3000 مقاتل في المعارك.",
       {{2000, 3000, true, "مقاتل", "مقاتل"}}},
      // "one or two days".
      {"MasculineAlternative",
       "تستغرق الرحلة يوما أو يومين حسب الطقس.",
       {{1, 2, false, "يوما", "يوما"}}},
      // Not counts: a brigade number, a year, days of the month, a phone number, a
      // fighter model, a time of day; only "40 experts" is a count.
      {"NotCounts",
       "قاد اللواء 128 الهجوم في عام 2019، وفي 17 أيلول/سبتمبر 2023 وصل 40 خبيرا على متن "
       "طائرة إف-16 عند الساعة 10:30، للاتصال 0912345678.",
       {{40, 40, false, "خبيرا", "خبيرا"}}},
  };
  return *cases;
}

class QuantitiesTest : public testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() {
    // The lexicon the pipeline uses (hunspell when installed, plus data/lexicon):
    // clitic splits and dual nouns ("رحلتين") depend on it.
    auto lexicon = text::Lexicon::Load("", RASED_TEST_DATA_DIR);
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    lexicon_ = std::move(*lexicon).release();
    text_ = text::NewTextAnnotator(lexicon_).release();
    auto dates = NewDateAnnotator(RASED_TEST_DATA_DIR);
    ASSERT_TRUE(dates.ok()) << dates.status().ToString();
    dates_ = std::move(*dates).release();
    auto quantities = NewQuantityAnnotator(RASED_TEST_DATA_DIR);
    ASSERT_TRUE(quantities.ok()) << quantities.status().ToString();
    quantities_ = std::move(*quantities).release();
  }
  static text::Lexicon* lexicon_;
  static Annotator* text_;
  static Annotator* dates_;
  static Annotator* quantities_;
};
text::Lexicon* QuantitiesTest::lexicon_ = nullptr;
Annotator* QuantitiesTest::text_ = nullptr;
Annotator* QuantitiesTest::dates_ = nullptr;
Annotator* QuantitiesTest::quantities_ = nullptr;

TEST_P(QuantitiesTest, FindsCounts) {
  const Case& c = GetParam();
  Document doc;
  doc.text = c.text;
  ASSERT_TRUE(text_->Annotate(doc).ok());
  ASSERT_TRUE(dates_->Annotate(doc).ok());
  ASSERT_TRUE(quantities_->Annotate(doc).ok());
  std::vector<std::string> got, want;
  for (const Quantity& q : doc.quantities) {
    got.push_back(Show(q.low, q.high, q.approximate, q.unit, q.about, q.rate));
    EXPECT_EQ(q.subject, -1);
    EXPECT_EQ(q.attribution, -1);
    EXPECT_LE(q.span.end, doc.text.size());
  }
  for (const Expected& e : c.quantities) {
    want.push_back(Show(e.low, e.high, e.approximate, e.unit, e.about, e.rate));
  }
  EXPECT_EQ(got, want) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, QuantitiesTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(QuantitiesDataTest, MissingDataDirIsNotFound) {
  auto q = NewQuantityAnnotator("/nonexistent");
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace rased::extract
