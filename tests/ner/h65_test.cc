// Person names of unknown people (round s6, h65): foreign names that open
// with "أل"/"إل" or "ال", a father's name Ali spelt like the preposition, a
// known one-word alias before another man's chain of descent, names after a
// noun for a person (الشاب، الشهيد), and given names that are ordinary words
// too (رضا "satisfaction", حسن "good"). Sentences written for these tests,
// over the shipped data.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class H65PersonsTest : public testing::Test {
 public:
  static void SetUpTestSuite() { test::LoadStages({}, &stages_); }
  static test::Stages stages_;
};

test::Stages H65PersonsTest::stages_;

struct Case {
  const char* text;
  std::vector<const char*> persons;  // mention texts that must be PERSON mentions
  std::vector<const char*> absent;   // mention texts that must not be entities
};

template <size_t N>
void ExpectCases(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = H65PersonsTest::stages_.Run(c.text);
    for (const char* p : c.persons) {
      const Entity* e = test::FindEntity(doc, p);
      ASSERT_NE(e, nullptr) << p << "\n" << test::Dump(doc);
      EXPECT_EQ(e->type, EntityType::kPerson) << p << "\n" << test::Dump(doc);
    }
    for (const char* a : c.absent) {
      EXPECT_EQ(test::FindEntity(doc, a), nullptr) << a << "\n" << test::Dump(doc);
    }
  }
}

TEST_F(H65PersonsTest, ForeignNamesOpeningWithAlefLam) {
  const Case cases[] = {
      // "The Lebanese singer Elissa gave a concert in Beirut yesterday."
      // (a hamza before the lam: no article)
      {"أحيت المطربة اللبنانية إليسا حفلا غنائيا في بيروت أمس.", {"إليسا"}, {}},
      // "The minister met his Ethiopian counterpart, Dr Alemayehu Tegenu."
      {"التقى الوزير نظيره الإثيوبي الدكتور ألامايو تيجنو في الخرطوم.", {"ألامايو تيجنو"}, {}},
      // "Alistair Campbell, the embassy spokesman, said the meeting ended."
      {"وقال اليستير كامبل المتحدث باسم السفارة إن الاجتماع انتهى.", {"اليستير كامبل"}, {}},
      // "The resignation of the Greek finance minister Yanis Varoufakis is a
      // sign." (يانيس reads as ي + a verb's stem)
      {"إن استقالة وزير المالية اليوناني يانيس فاروفاكيس تعد دليلا.", {"يانيس فاروفاكيس"}, {}},
      // "A report by the firm JLL for real-estate consulting said ..." (إل,
      // a Latin letter's name, is no family particle آل)
      {"وذكر تقرير لشركة جيه.إل.إل للاستشارات العقارية أن المبيعات تراجعت.",
       {},
       {"إل للاستشارات العقارية"}},
      // "The statement, the committee spokesman said, ..." (a known word with
      // the article is the speaker's description, no name)
      {"وقال البيان الختامي المتحدث باسم اللجنة إن الاجتماع انتهى.", {}, {"البيان الختامي"}},
  };
  ExpectCases(cases);
}

TEST_F(H65PersonsTest, ChainsOfDescent) {
  const Case cases[] = {
      // "Saad bin Ali al-Harbi, the society's director, said registration
      // began." (على, the preposition's spelling, is the father's name)
      {"وقال سعد بن على الحربي مدير الجمعية إن التسجيل بدأ.", {"سعد بن على الحربي"}, {}},
      // "Dr Hadi bin Salem al-Marri, the committee head, explained ..." (هادي
      // alone would be the Yemeni president's alias)
      {"وأوضح الدكتور هادي بن سالم المري رئيس اللجنة أن الزيارة ناجحة.",
       {"هادي بن سالم المري"},
       {"هادي"}},
  };
  ExpectCases(cases);
}

TEST_F(H65PersonsTest, GivenNamesThatAreWords) {
  const Case cases[] = {
      // "The survey measured patient satisfaction with the services."
      {"وقاس الاستبيان رضا المريض عن الخدمات.", {}, {"رضا المريض"}},
      // "Hassan Arabi, who works at the port, said the blast was loud." (حسن,
      // good, and عربي, Arab, are words too)
      {"وقال حسن عربي، الذي يعمل في الميناء، إن الانفجار كان قويا.", {"حسن عربي"}, {}},
      // "Omar al-Zahrani, the club president, said the team is ready."
      {"وقال عمر الزهراني رئيس النادي إن الفريق جاهز.", {"عمر الزهراني"}, {}},
  };
  ExpectCases(cases);
}

TEST_F(H65PersonsTest, NamesAfterNounsForAPerson) {
  const Case cases[] = {
      // "The people buried the martyr Majid al-Qarni yesterday." (ماجد, a
      // given name that is also an adjective, glorious)
      {"شيع الأهالي جثمان الشهيد ماجد القرني أمس.", {"ماجد القرني"}, {}},
      // "The young man Anwar Masoud's mother said her son is innocent."
      {"وقالت والدة الشاب أنور مسعود إن ابنها بريء.", {"أنور مسعود"}, {}},
      // "The little child was slightly injured." (an adjective, no name)
      {"وأصيب الطفل الصغير بجروح طفيفة.", {}, {"الصغير"}},
  };
  ExpectCases(cases);
}

}  // namespace
}  // namespace rased::ner
