#include "extract/date_parser.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/calendar.h"

namespace rased::extract {
namespace {

struct Case {
  const char* input;
  const char* expected;  // "" = not a date
};

// Table of stand-alone dates as page metadata and date lines print them.
const Case kCases[] = {
    // ISO forms.
    {"2023-09-29", "2023-09-29"},
    {"2023-09-29T10:15:00+03:00", "2023-09-29"},
    {"2023-09-29T23:59:59.123Z", "2023-09-29"},
    {"2023-09-29 10:15", "2023-09-29"},
    {"2023-09", "2023-09"},
    {"2023", "2023"},
    {"20230929", "2023-09-29"},
    // Numeric, day first.
    {"29/09/2023", "2023-09-29"},
    {"29.09.2023", "2023-09-29"},
    {"05/09/2023", "2023-09-05"},
    {"09/29/2023", "2023-09-29"},  // only month-first is valid
    {"29/09/23", "2023-09-29"},
    {"09/2023", "2023-09"},
    // Arabic month names. "29-sibtambir-2023".
    {"29-سبتمبر-2023", "2023-09-29"},
    // "26 sibtambir 2023".
    {"26 سبتمبر 2023", "2023-09-26"},
    // "al-jum'a 29 aylul/sibtambir 2023" (Friday, Syriac/Gregorian pair).
    {"الجمعة 29 أيلول/سبتمبر 2023", "2023-09-29"},
    // "3 adhar 2020" (Syriac name).
    {"3 آذار 2020", "2020-03-03"},
    // "tishrin al-awwal 2018" (two-word Syriac name) with the era mark "m".
    {"7 تشرين الأول 2018م", "2018-10-07"},
    // "kanun al-awwal/disambir 2019".
    {"كانون الأول/ديسمبر 2019", "2019-12"},
    // Arabic-Indic digits: "12 maris 2020".
    {"١٢ مارس ٢٠٢٠", "2020-03-12"},
    // Harakat and tatweel: "sibtambir" with a fatha and a tatweel.
    {"29 سَبتمـبر 2023", "2023-09-29"},
    // Maghrebi names: "12 juwan 2021", "3 ghusht 2022".
    {"12 جوان 2021", "2021-06-12"},
    {"3 غشت 2022", "2022-08-03"},
    // English and French.
    {"September 29, 2023", "2023-09-29"},
    {"Fri, 29 Sep 2023 10:15:00 +0300", "2023-09-29"},
    {"29 septembre 2023", "2023-09-29"},
    {"Sept. 29th, 2023", "2023-09-29"},
    // Date-line labels: "nushira fi 29 sibtambir 2023", "akhir tahdith: ...".
    {"نشر في 29 سبتمبر 2023", "2023-09-29"},
    {"آخر تحديث: الجمعة 29 سبتمبر 2023 - 10:15 صباحاً", "2023-09-29"},
    {"Published on 2023-09-29", "2023-09-29"},
    // Hijri: "15 rabi' al-awwal 1445 h" (Umm al-Qura: 30 September 2023).
    {"15 ربيع الأول 1445 هـ", "2023-09-30"},
    // "1 ramadan 1444 h" = 23 March 2023.
    {"1 رمضان 1444هـ", "2023-03-23"},
    // Gregorian and Hijri renderings together: the Gregorian one wins.
    {"الجمعة 29 سبتمبر 2023 الموافق 14 ربيع الأول 1445 هـ", "2023-09-29"},
    // Month and year only.
    {"سبتمبر 2023", "2023-09"},
    // Not dates.
    {"", ""},
    {"استقبل بوتين حفتر", ""},  // "Putin received Haftar"
    {"29 سبتمبر", ""},          // no year
    {"31/02/2023", ""},         // no such day
    {"1500", ""},               // a number, not a year
    {"3000 مقاتل", ""},         // "3000 fighters"
    {"12:30", ""},
    {"31.43%", ""},
    {"سبتمبر", ""},
};

class DateParserTest : public testing::TestWithParam<Case> {};

TEST_P(DateParserTest, ParsesToIsoPrefix) {
  EXPECT_EQ(ParseStandaloneDate(GetParam().input), GetParam().expected) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(Table, DateParserTest, testing::ValuesIn(kCases));

TEST(DateParserTest, RejectsLongInputAndBrokenUtf8) {
  EXPECT_EQ(ParseStandaloneDate(std::string(300, '1')), "");
  EXPECT_EQ(ParseStandaloneDate("29 \xFF\xFE 2023"), "");
}

TEST(CalendarTest, WeekdaysAndArithmetic) {
  EXPECT_EQ(Weekday({2023, 9, 29}), 5);  // Friday
  EXPECT_EQ(Weekday({2020, 3, 3}), 2);   // Tuesday
  EXPECT_EQ(Weekday({1970, 1, 1}), 4);   // Thursday
  EXPECT_EQ(AddDays({2023, 9, 29}, -1), (CivilDate{2023, 9, 28}));
  EXPECT_EQ(AddDays({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2023, 12, 31}, 1), (CivilDate{2024, 1, 1}));
  EXPECT_EQ(AddMonths({2023, 1, 0}, -2), (CivilDate{2022, 11, 0}));
  EXPECT_EQ(AddMonths({2023, 11, 5}, 3), (CivilDate{2024, 2, 0}));
  EXPECT_EQ(CivilFromDays(DaysFromCivil(1600, 2, 29)), (CivilDate{1600, 2, 29}));
}

TEST(CalendarTest, IsoRoundTrip) {
  EXPECT_EQ(ToIso({2023, 9, 0}), "2023-09");
  EXPECT_EQ(ToIso({2019, 0, 0}), "2019");
  EXPECT_EQ(FromIso("2023-09-29T10:00:00Z"), (CivilDate{2023, 9, 29}));
  EXPECT_EQ(FromIso("2023-02"), (CivilDate{2023, 2, 0}));
  EXPECT_FALSE(FromIso("2023-02-30").has_value());
  EXPECT_FALSE(FromIso("20x3").has_value());
}

TEST(CalendarTest, HijriConversionBothWays) {
  // 1 Muharram 1445 = 19 July 2023; 1 Shawwal 1444 (Eid al-Fitr) = 21 April 2023.
  EXPECT_EQ(HijriToGregorian({1445, 1, 1}), (CivilDate{2023, 7, 19}));
  EXPECT_EQ(HijriToGregorian({1444, 10, 1}), (CivilDate{2023, 4, 21}));
  EXPECT_EQ(GregorianToHijri({2023, 7, 19}), (CivilDate{1445, 1, 1}));
  EXPECT_FALSE(HijriToGregorian({1445, 13, 1}).has_value());
}

}  // namespace
}  // namespace rased::extract
