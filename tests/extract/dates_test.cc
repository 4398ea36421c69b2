// Table-driven tests of the date stage on Arabic news sentences written for
// these tests. Each case runs the real text stage, then the date stage, and
// compares every DateExpr produced: its text, value, precision and end value.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/date_annotator.h"
#include "text/lexicon.h"
#include "text/text_annotator.h"

namespace rased::extract {
namespace {

using P = DatePrecision;

struct Expected {
  std::string text;
  std::string value;
  P precision;
  std::string end_value = "";
};

struct Case {
  std::string name;
  std::string text;
  std::string published;  // "" = unknown
  std::vector<Expected> dates;
};

const std::vector<Case>& Cases() {
  static const auto* cases = new std::vector<Case>{
      // "The president arrived in Cairo yesterday, Thursday."
      {"YesterdayWithWeekday",
       "وصل الرئيس إلى القاهرة أمس الخميس في زيارة رسمية.",
       "2023-09-29",
       {{"أمس الخميس", "2023-09-28", P::kDay}}},
      // "The ministry announced on the third of August 2015 ...; he was freed on
      // the twentieth of June last; the blast came on the night of the fifth of
      // September": ordinal days before "من" and a month.
      {"OrdinalDays",
       "أعلنت الوزارة في الثالث من آب/أغسطس 2015 عن خطة، وأفرج عنه في العشرين من يونيو "
       "الماضي، ووقع الانفجار ليل الخامس من أيلول.",
       "2015-08-08",
       {{"الثالث من آب/أغسطس 2015", "2015-08-03", P::kDay},
        {"العشرين من يونيو الماضي", "2015-06-20", P::kDay},
        {"ليل الخامس من أيلول", "2015-09-05", P::kDay}}},
      // "The minister said the situation is better now and the forces currently
      // hold the city, and no losses have been announced so far": "now" and
      // "currently" are the publication date, "so far" stays vague.
      {"NowIsPublicationDate",
       "قال الوزير إن الوضع الآن أفضل، وإن القوات تسيطر حالياً على المدينة، ولم تعلن حتى "
       "الآن عن خسائر.",
       "2015-08-08",
       {{"الآن", "2015-08-08", P::kDay},
        {"حالياً", "2015-08-08", P::kDay},
        {"حتى الآن", "", P::kUnresolved}}},
      // "The toll rose in the past two days, and the police arrested 30 people
      // in the past 48 hours, after raids in recent weeks": a known count of
      // units is a period up to publication; a plural without one stays vague.
      {"LastNUnits",
       "ارتفعت الحصيلة في اليومين الماضيين، واعتقلت الشرطة 30 شخصا خلال 48 ساعة الماضية، "
       "بعد مداهمات في الأسابيع الماضية.",
       "2015-08-08",
       {{"اليومين الماضيين", "2015-08-06", P::kDay, "2015-08-08"},
        {"48 ساعة الماضية", "2015-08-06", P::kDay, "2015-08-08"},
        {"الأسابيع الماضية", "", P::kUnresolved}}},
      // "20 people were killed in the past 24 hours" with "الـ" written apart.
      {"LastNHoursWithArticle",
       "قتل 20 شخصا في الساعات الـ24 الماضية.",
       "2015-08-08",
       {{"الساعات الـ24 الماضية", "2015-08-07", P::kDay, "2015-08-08"}}},
      // "The president called for dialogue more than a year ago."
      {"HedgedRelativeCount",
       "دعا الرئيس إلى الحوار قبل أكثر من عام، لكن المعارضة رفضت.",
       "2015-08-08",
       {{"قبل أكثر من عام", "2014", P::kYear}}},
      // "The minister arrived in Aden yesterday, Sunday. His visit comes a week
      // after the airport was retaken": the count from an event dates the event
      // the sentence before gave.
      {"CountAfterEventTakesClauseDate",
       "وصل الوزير إلى عدن أمس الأحد. وتأتي زيارته بعد أسبوع على استعادة المطار.",
       "2015-08-10",
       {{"أمس الأحد", "2015-08-09", P::kDay}, {"بعد أسبوع", "2015-08-09", P::kDay}}},
      // "The police ran arrests on Friday, on the eve of the elections."
      {"EveTakesSentenceDate",
       "شنت الشرطة حملة اعتقالات يوم الجمعة عشية الانتخابات.",
       "2015-08-08",
       {{"يوم الجمعة", "2015-08-07", P::kDay}, {"عشية", "2015-08-07", P::kDay}}},
      // "The police arrested activists on the eve of the elections set for
      // 5 September next": the date after "عشية" is the event's, a day later.
      {"EveOfDatedEvent",
       "اعتقلت الشرطة ناشطين عشية الانتخابات المقررة في 5 أيلول/سبتمبر المقبل.",
       "2023-08-23",
       {{"عشية", "2023-09-04", P::kDay}, {"5 أيلول/سبتمبر المقبل", "2023-09-05", P::kDay}}},
      // "The visit comes two months after the mutiny of 24 June last": the
      // count moves the event's date, at the precision of the unit.
      {"CountAfterDatedEvent",
       "وتأتي الزيارة بعد شهرين من التمرد الذي وقع في 24 حزيران/يونيو الماضي.",
       "2023-08-23",
       {{"بعد شهرين", "2023-08", P::kMonth}, {"24 حزيران/يونيو الماضي", "2023-06-24", P::kDay}}},
      // "The embassy reopened in March 2020, eight years after it closed": the
      // date before the count is the clause's.
      {"CountAfterEventWithClauseDate",
       "أعيد افتتاح السفارة في آذار/مارس 2020، بعد ثماني سنوات من إغلاقها.",
       "2023-08-23",
       {{"آذار/مارس 2020", "2020-03", P::kMonth}, {"بعد ثماني سنوات", "2020-03", P::kMonth}}},
      // "Clashes broke out on the eve of the elections" with no date to take.
      {"EveWithoutDate",
       "اندلعت اشتباكات عشية الانتخابات.",
       "2015-08-08",
       {{"عشية", "", P::kUnresolved}}},
      // "The statement came after holding a meeting; the kingdom looks at oil
      // after a decade of time": neither is a date.
      {"NotRelativeCounts",
       "صدر البيان بعد عقد اجتماع موسع، وتنظر المملكة إلى النفط بعد عقد من الزمن.",
       "2015-08-08",
       {}},
      // "The country has been in crisis since mid-March" ("مارس" alone needs
      // context; a part of a period gives it).
      {"PartGivesAmbiguousMonthContext",
       "تشهد البلاد أزمة منذ منتصف مارس.",
       "2015-08-08",
       {{"منتصف مارس", "2015-03", P::kMonth}}},
      // "The factions signed the Cairo agreement (for reconciliation) 2011 to end
      // the split, then a document (2014)."
      {"YearsNextToBrackets",
       "وقعت الفصائل على اتفاق القاهرة (للمصالحة) 2011 لإنهاء الانقسام، ثم على وثيقة (2014).",
       "2015-08-08",
       {{"2011", "2011", P::kYear}, {"(2014)", "2014", P::kYear}}},
      // "The ministry holds the festival for the fifth year running": this year.
      {"NthYearRunning",
       "تنظم الوزارة المهرجان للعام الخامس على التوالي.",
       "2015-08-08",
       {{"للعام الخامس", "2015", P::kYear}}},
      // "Exports fell in the spring of last year" (not last spring).
      {"SeasonOfLastYear",
       "تراجعت الصادرات في ربيع العام الماضي.",
       "2015-08-08",
       {{"ربيع العام الماضي", "2014-03", P::kSeason}}},
      // "The delegation arrived the day before yesterday (Gulf usage), and aid
      // has flowed since the first day of the operation" (which day that was,
      // the text does not say).
      {"DayBeforeYesterdayAndSinceTheFirstDay",
       "وصل الوفد أمس الأول، وتتدفق المساعدات منذ اليوم الأول للعملية.",
       "2015-08-08",
       {{"أمس الأول", "2015-08-06", P::kDay}, {"منذ اليوم الأول", "", P::kUnresolved}}},
      // "Gold stayed close to its lowest level in five and a half years today,
      // Monday": "قريبا من" is "close to", not "soon".
      {"CloseToIsNotSoon",
       "ظل الذهب قريبا من أدنى مستوى في خمس سنوات ونصف اليوم الاثنين.",
       "2015-08-10",
       {{"اليوم الاثنين", "2015-08-10", P::kDay}}},
      // "Detainees moved since March; he practised his hobby": a preposition
      // of time makes "مارس" the month, the verb stays a verb.
      {"PrepositionGivesAmbiguousMonthContext",
       "نقل المعتقلون منذ مارس، بينما مارس الرجل هوايته.",
       "2015-08-08",
       {{"مارس", "2015-03", P::kMonth}}},
      // "Clashes in Ibb": "إب" folds like "آب" (August); a preposition is not
      // enough for it.
      {"PlaceNameIsNotAugust", "اندلعت اشتباكات عنيفة في إب وسط اليمن.", "2015-08-08", {}},
      // "He was formerly an army commander."
      {"FormerlyIsVague", "كان سابقاً قائدا للجيش.", "2015-08-08", {{"سابقاً", "", P::kUnresolved}}},
      // "The two sides signed the agreement on 26 September 2023."
      {"DayMonthYear",
       "وقّع الجانبان الاتفاق في 26 سبتمبر 2023 بالعاصمة الروسية.",
       "",
       {{"26 سبتمبر 2023", "2023-09-26", P::kDay}}},
      // Dateline "29-September-2023" alone on the first line, then "yesterday".
      {"DatelineAnchorsRelativeDates",
       "29-سبتمبر-2023\nأعلن الجيش أمس عن عملية جديدة.",
       "",
       {{"29-سبتمبر-2023", "2023-09-29", P::kDay}, {"أمس", "2023-09-28", P::kDay}}},
      // "Relations go back to the year 2016." / "in the year 2018" / "in 2016".
      {"YearWords",
       "تعود العلاقات إلى عام 2016، وشهدت المدينة معارك سنة 2018.",
       "",
       {{"عام 2016", "2016", P::kYear}, {"سنة 2018", "2018", P::kYear}}},
      {"YearAfterPreposition",
       "تأسست الشركة في 2016 بدعم حكومي.",
       "",
       {{"2016", "2016", P::kYear}}},
      // "He held the post during the period (2013-2016)."
      {"ParenthesisedYearRange",
       "تولى منصبه خلال الفترة (2013-2016) قبل أن يستقيل.",
       "",
       {{"(2013-2016)", "2013", P::kYear, "2016"},
        {"2013", "2013", P::kYear},
        {"2016", "2016", P::kYear}}},
      // "The conflict lasted between April 2019 and June 2020" (Syriac/Gregorian pairs).
      {"MonthRangeWithProcliticLink",
       "امتد النزاع بين نيسان/أبريل 2019، وحزيران/يونيو 2020 دون حسم.",
       "",
       {{"بين نيسان/أبريل 2019، وحزيران/يونيو 2020", "2019-04", P::kMonth, "2020-06"},
        {"نيسان/أبريل 2019", "2019-04", P::kMonth},
        {"وحزيران/يونيو 2020", "2020-06", P::kMonth}}},
      // "The project started at the beginning of 2023": the value stays the year.
      {"PartOfYear",
       "بدأ المشروع مطلع عام 2023 في العاصمة.",
       "",
       {{"مطلع عام 2023", "2023", P::kYear}}},
      // "Protests broke out in the spring of 2019": season, first month.
      {"Season",
       "اندلعت الاحتجاجات في ربيع عام 2019 في عدة مدن.",
       "",
       {{"ربيع عام 2019", "2019-03", P::kSeason}}},
      // "early in 2018" as a multi-word part.
      {"EarlyInYear",
       "بدأ التجنيد في وقت مبكر من عام 2018 حسب المصدر.",
       "",
       {{"وقت مبكر من عام 2018", "2018", P::kYear}}},
      // "The conference will be held in mid-February" (published in January 2024).
      {"PartOfYearlessMonth",
       "سيعقد المؤتمر في منتصف فبراير/شباط في جنيف.",
       "2024-01-10",
       {{"منتصف فبراير/شباط", "2024-02", P::kMonth}}},
      // "The incident happened in January" in a July article: the past January is
      // nearer than the next once later dates count half again as far.
      {"YearlessMonthPrefersPast",
       "وقعت الحادثة في يناير/كانون الثاني قرب الحدود.",
       "2015-07-21",
       {{"يناير/كانون الثاني", "2015-01", P::kMonth}}},
      // "The delegation left in late September last" (published 5 October 2023).
      {"PartOfMonthWithDirection",
       "غادر الوفد في أواخر سبتمبر/أيلول الماضي.",
       "2023-10-05",
       {{"أواخر سبتمبر/أيلول الماضي", "2023-09", P::kMonth}}},
      // "The minister visited in 2018. In the autumn of that year the consulate opened."
      {"AnaphoricYear",
       "زار الوزير المنطقة سنة 2018. وفي خريف ذلك العام افتتحت القنصلية.",
       "",
       {{"سنة 2018", "2018", P::kYear}, {"خريف ذلك العام", "2018-09", P::kSeason}}},
      // "The forces withdrew last Tuesday" / "on Tuesday" (published Friday 29 Sept 2023).
      {"LastWeekday",
       "قال المتحدث إن القوات انسحبت الثلاثاء الماضي من المدينة.",
       "2023-09-29",
       {{"الثلاثاء الماضي", "2023-09-26", P::kDay}}},
      {"WeekdayWithDayWord",
       "أعلن الجيش يوم الثلاثاء عن عملية جديدة.",
       "2023-09-29",
       {{"يوم الثلاثاء", "2023-09-26", P::kDay}}},
      // "last week" (ISO week before the publication's), "last month", "last year".
      {"RelativeUnits",
       "ارتفعت الأسعار الأسبوع الماضي، وانخفض التضخم الشهر الماضي، وتراجعت الصادرات العام "
       "الماضي.",
       "2023-09-29",
       {{"الأسبوع الماضي", "2023-09-18", P::kDay, "2023-09-24"},
        {"الشهر الماضي", "2023-08", P::kMonth},
        {"العام الماضي", "2022", P::kYear}}},
      // "...arrived in Benghazi on 17 September last" and "next October".
      {"YearlessDayWithDirection",
       "وصل نائب الوزير إلى بنغازي في 17 أيلول/سبتمبر الماضي.",
       "2023-09-29",
       {{"17 أيلول/سبتمبر الماضي", "2023-09-17", P::kDay}}},
      {"NextMonth",
       "ستستضيف المدينة مؤتمرا دوليا في تشرين الأول /أكتوبر القادم.",
       "2023-09-29",
       {{"تشرين الأول /أكتوبر القادم", "2023-10", P::kMonth}}},
      // "today (Monday)" in the parenthesised style of some outlets, and "until the
      // 22nd of the month of Shawwal" with "الحالي" (the current Hijri year, 1444).
      {"ParenthesisedWeekdayAndHijriDayOfMonth",
       "أعلنت الوزارة اليوم (الاثنين) أن المعسكر سيستمر حتى 22 من شهر شوال الحالي.",
       "2023-04-24",
       {{"اليوم (الاثنين)", "2023-04-24", P::kDay},
        {"22 من شهر شوال الحالي", "2023-05-12", P::kDay}}},
      // "today" and "tomorrow".
      {"TodayTomorrow",
       "أعلنت الحكومة اليوم عن خطة جديدة، وسيصل الوفد غداً إلى الرياض.",
       "2023-09-29",
       {{"اليوم", "2023-09-29", P::kDay}, {"غداً", "2023-09-30", P::kDay}}},
      // Hijri: "15 Rabi' al-Awwal 1445 AH" (Umm al-Qura: 30 September 2023).
      {"HijriDay",
       "صدر القرار في 15 ربيع الأول 1445 هـ بعد مشاورات.",
       "",
       {{"15 ربيع الأول 1445 هـ", "2023-09-30", P::kDay}}},
      // "the month of Ramadan" near a publication date in early March 2024 (Ramadan 1445).
      {"HijriMonthWithoutYear",
       "تستعد الأسواق لاستقبال شهر رمضان هذا العام.",
       "2024-03-01",
       {{"شهر رمضان", "2024-03", P::kMonth}, {"هذا العام", "2024", P::kYear}}},
      // Vague expressions are found but unresolved.
      {"VagueExpressions",
       "تصاعدت الهجمات مؤخراً على الحدود طيلة الأشهر الماضية، ولم يصدر أي تعليق حتى الآن.",
       "",
       {{"مؤخراً", "", P::kUnresolved},
        {"الأشهر الماضية", "", P::kUnresolved},
        {"حتى الآن", "", P::kUnresolved}}},
      {"VagueSince",
       "يعمل في المنظمة منذ سنوات عدة، ولم يغادرها منذ ذلك الحين.",
       "",
       {{"منذ سنوات عدة", "", P::kUnresolved}, {"منذ ذلك الحين", "", P::kUnresolved}}},
      {"VaguePluralWithCoordination",
       "تغيرت الدعاية على مدى العامين أو الثلاثة أعوام الماضية بشكل واضح.",
       "",
       {{"العامين أو الثلاثة أعوام الماضية", "", P::kUnresolved}}},
      // "He joined the party about two years ago."
      {"AgoWithPublication",
       "انضم إلى الحزب قبل عامين تقريبًا.",
       "2023-09-29",
       {{"قبل عامين تقريبًا", "2021", P::kYear}}},
      // Without a publication date, an explicit year in apposition resolves it.
      {"AgoByApposition",
       "بدأ التعاون قبل عامين تقريبا، سنة 2018.",
       "",
       {{"قبل عامين تقريبا", "2018", P::kYear}, {"سنة 2018", "2018", P::kYear}}},
      // "In mid-January 2020 negotiations began. At the same time the opposition refused."
      {"SameTime",
       "في منتصف يناير/كانون الثاني 2020 انطلقت المفاوضات. وفي الوقت نفسه أعلنت المعارضة رفضها.",
       "",
       {{"منتصف يناير/كانون الثاني 2020", "2020-01", P::kMonth},
        {"وفي الوقت نفسه", "2020-01", P::kMonth}}},
      // Numeric dates.
      {"NumericDate",
       "نشر التقرير بتاريخ 29/09/2023 على موقع الوزارة.",
       "",
       {{"29/09/2023", "2023-09-29", P::kDay}}},
      // "He emigrated to France in the eighties."
      {"Decade",
       "هاجر إلى فرنسا في الثمانينيات مع عائلته.",
       "",
       {{"الثمانينيات", "198", P::kDecade}}},
      // "yesterday" with no publication date stays unresolved.
      {"UnanchoredYesterday", "أعلن الجيش أمس عن عملية جديدة.", "", {{"أمس", "", P::kUnresolved}}},
      // A weekday written with a yearless date picks the year: 5 March 2023 was a Sunday.
      {"WeekdayPicksYearWithPublication",
       "اجتمع الطرفان يوم الأحد 5 مارس في الدوحة.",
       "2023-09-29",
       {{"يوم الأحد 5 مارس", "2023-03-05", P::kDay}}},
      // No publication date: the latest dated month is December 2019; Tuesday 3 March
      // fits 2020, not 2019.
      {"WeekdayPicksYearFromDocument",
       "أعيد فتح السفارة يوم الثلاثاء، 3 مارس/آذار. وكانت قد أغلقت في أواخر "
       "ديسمبر/كانون الأول 2019.",
       "",
       {{"يوم الثلاثاء، 3 مارس/آذار", "2020-03-03", P::kDay},
        {"أواخر ديسمبر/كانون الأول 2019", "2019-12", P::kMonth}}},
      // Two yearless dates joined by "and" are two dates, not a range.
      {"CoordinatedDates",
       "التقى الوزيران مرتين في 23 أغسطس و17 سبتمبر.",
       "2023-09-29",
       {{"23 أغسطس", "2023-08-23", P::kDay}, {"17 سبتمبر", "2023-09-17", P::kDay}}},
      // "since 2018-2019".
      {"BareYearRange",
       "يوجد عناصر فاغنر في ليبيا منذ 2018-2019 بشكل غير رسمي.",
       "",
       {{"منذ 2018-2019", "2018", P::kYear, "2019"},
        {"2018", "2018", P::kYear},
        {"2019", "2019", P::kYear}}},
      // Not dates: counts, a brigade number, the verb "مارس" (exercised), the Arab
      // Spring, an international day, and the first name "رجب".
      {"NotDates",
       "أرسل اللواء 128 نحو 3000 مقاتل، ومارس الضغط على الحكومة في ذكرى الربيع العربي، وفي "
       "اليوم العالمي للمرأة التقى رجب طيب أردوغان بالوفد.",
       "2023-09-29",
       {}},
  };
  return *cases;
}

class DatesTest : public testing::TestWithParam<Case> {
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
  }
  static text::Lexicon* lexicon_;
  static Annotator* text_;
  static Annotator* dates_;
};
text::Lexicon* DatesTest::lexicon_ = nullptr;
Annotator* DatesTest::text_ = nullptr;
Annotator* DatesTest::dates_ = nullptr;

TEST_P(DatesTest, FindsAndResolves) {
  const Case& c = GetParam();
  Document doc;
  doc.text = c.text;
  doc.published = c.published;
  ASSERT_TRUE(text_->Annotate(doc).ok());
  ASSERT_TRUE(dates_->Annotate(doc).ok());
  std::vector<std::string> got, want;
  for (const DateExpr& d : doc.dates) {
    got.push_back(std::string(doc.Slice(d.span)) + " | " + d.value + " | " +
                  std::string(DatePrecisionName(d.precision)) + " | " + d.end_value);
  }
  for (const Expected& e : c.dates) {
    want.push_back(e.text + " | " + e.value + " | " + std::string(DatePrecisionName(e.precision)) +
                   " | " + e.end_value);
  }
  EXPECT_EQ(got, want) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, DatesTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(DatesRelativeFlagTest, SetOnlyWhenResolvedAgainstPublication) {
  auto text = text::NewTextAnnotator(&text::Lexicon::BuiltIn());
  auto dates = NewDateAnnotator(RASED_TEST_DATA_DIR);
  ASSERT_TRUE(dates.ok());
  Document doc;
  // "Yesterday the minister said the talks began in the year 2019."
  doc.text = "قال الوزير أمس إن المحادثات بدأت عام 2019.";
  doc.published = "2023-09-29";
  ASSERT_TRUE(text->Annotate(doc).ok());
  ASSERT_TRUE((*dates)->Annotate(doc).ok());
  ASSERT_EQ(doc.dates.size(), 2u);
  EXPECT_TRUE(doc.dates[0].relative);
  EXPECT_FALSE(doc.dates[1].relative);
}

TEST(DatesDataTest, MissingDataDirIsNotFound) {
  auto dates = NewDateAnnotator("/nonexistent");
  ASSERT_FALSE(dates.ok());
  EXPECT_EQ(dates.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace rased::extract
