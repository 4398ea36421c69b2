// Roles of round two: a post in the accusative with its body after "ل",
// posts held then ("عندما كان", "الذي عمل"), an office joined by "و" to a
// kinship phrase in apposition. Sentences written for these tests (not taken
// from any corpus), over the small fixture knowledge base of tests/kb/testdata.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ner_test_support.h"
#include "text/lexicon.h"
#include "text/text_annotator.h"

namespace rased::ner {
namespace {

class RolesRoundTwoTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    test::LoadStages({"/tests/kb/testdata/fixture_kb.tsv"}, &stages_);
  }
  static Document Run(const std::string& text) { return stages_.Run(text); }

  // The titles of the roles of the person with a mention `person`.
  static std::vector<std::string> TitlesOf(const Document& doc, std::string_view person) {
    std::vector<std::string> out;
    for (const Role& r : doc.roles) {
      for (uint32_t m : doc.entities[r.person].mentions) {
        if (doc.Slice(doc.mentions[m].span) == person) {
          out.push_back(r.title);
          break;
        }
      }
    }
    return out;
  }

  static test::Stages stages_;
};

test::Stages RolesRoundTwoTest::stages_;

struct TitlesCase {
  const char* text;
  const char* person;               // a mention of the holder
  std::vector<const char*> titles;  // his roles' titles, in order
};

void ExpectTitles(const Document& doc, const TitlesCase& c, const std::vector<std::string>& got) {
  const std::string context = std::string(c.text) + "\n" + test::Dump(doc);
  ASSERT_NE(test::FindEntity(doc, c.person), nullptr) << context;
  ASSERT_EQ(got.size(), c.titles.size()) << context;
  for (size_t k = 0; k < c.titles.size(); ++k) EXPECT_EQ(got[k], c.titles[k]) << context;
}

TEST_F(RolesRoundTwoTest, AnAccusativePostTakesItsBodyAfterLam) {
  const TitlesCase cases[] = {
      // "The management named Saad al-Otaibi director of the juniors' grade
      // team.": "ل" + a construct chain, up to the full stop.
      {"عينت الإدارة سعد العتيبي مديرا لفريق درجة الناشئين.",
       "سعد العتيبي",
       {"مديرا لفريق درجة الناشئين"}},
      // "The council elected Ahmad al-Ali president and commander of the
      // resistance council": one role per post in the accusative.
      {"وانتخب المجلس أحمد العلي رئيسا وقائدا لمجلس المقاومة في المدينة.",
       "أحمد العلي",
       {"رئيسا", "قائدا لمجلس المقاومة"}},
      // "The decision named Khalid al-Salem head of the public relations
      // department and Majid al-Harbi director of the president's office":
      // "و" opens the next appointment of the list.
      {"ونص القرار على تعيين خالد السالم رئيسا لإدارة العلاقات العامة وماجد الحربي مديرا "
       "لمكتب الرئيس.",
       "خالد السالم",
       {"رئيسا لإدارة العلاقات العامة"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(RolesRoundTwoTest, APostHeldThenIsTheNamesToo) {
  const TitlesCase cases[] = {
      // "The gunmen tried to kill Saad al-Harbi when he was assistant to the
      // interior minister in 2009."
      {"حاول المسلحون اغتيال سعد الحربي عندما كان مساعدا لوزير الداخلية عام 2009.",
       "سعد الحربي",
       {"مساعدا لوزير الداخلية"}},
      // "Maher al-Nuaimi, who worked as adviser to the foreign minister,
      // stressed that the agreement matters."
      {"وأكد ماهر النعيمي، الذي عمل مستشارا لوزير الخارجية، أن الاتفاق مهم.",
       "ماهر النعيمي",
       {"مستشارا لوزير الخارجية"}},
      // "Khalid al-Salem left the hall when the prime minister was
      // speaking": a definite post after "عندما كان" is the verb's subject,
      // another person.
      {"وغادر خالد السالم القاعة عندما كان رئيس الوزراء يتحدث.", "خالد السالم", {}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(RolesRoundTwoTest, AnOfficeAfterAKinshipPhraseIsTheNames) {
  const TitlesCase cases[] = {
      // "Hisham al-Asaad, the Syrian president's cousin and commander of the
      // National Defence Forces in Latakia, said the fighting goes on":
      // kinship is no post; the office after "و" is his.
      {"وقال هشام الأسعد، ابن عم الرئيس السوري وقائد قوات الدفاع الوطني في اللاذقية، إن "
       "المعارك مستمرة.",
       "هشام الأسعد",
       {"قائد قوات الدفاع الوطني في اللاذقية"}},
      // "Salem al-Qahtani, the governor's brother and director of the
      // region's hospital, said the wounded are stable": the same after
      // "شقيق".
      {"وقال سالم القحطاني، شقيق المحافظ ومدير مستشفى المنطقة، إن حالة المصابين مستقرة.",
       "سالم القحطاني",
       {"مدير مستشفى المنطقة"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(RolesRoundTwoTest, APostAfterManisbIsItsSubjects) {
  const TitlesCase cases[] = {
      // "Fahd al-Otaibi said the government will return. Al-Otaibi has held
      // the post of prime minister since last year.": the subject between
      // the verb and "منصب".
      {"وقال فهد العتيبي إن الحكومة ستعود. ويشغل العتيبي منصب رئيس الوزراء منذ العام الماضي.",
       "فهد العتيبي",
       {"رئيس الوزراء"}},
      // "Major General Nasser Maqula holds the post of deputy chief of staff
      // for manpower, and held the post of commander of the southern
      // military region": "و" + the verb goes on with the same holder.
      {"يشار إلى أن اللواء ناصر مقولة يشغل منصب نائب رئيس هيئة الأركان لشؤون القوى البشرية، "
       "وشغل منصب قائد المنطقة الجنوبية العسكرية خلال الحرب.",
       "ناصر مقولة",
       {"اللواء", "نائب رئيس هيئة الأركان لشؤون القوى البشرية", "قائد المنطقة الجنوبية العسكرية"}},
      // "Saad al-Harbi held several posts during his 29 years in the army,
      // and held the post of deputy defence minister": the subject of the
      // earlier verb of holding.
      {"وتولى سعد الحربي عدة مناصب خلال عمله في الجيش لأكثر من 29 عاما، وشغل منصب نائب "
       "وزير الدفاع خلال الفترة الانتقالية.",
       "سعد الحربي",
       {"نائب وزير الدفاع"}},
      // "He stressed that Hussein al-Rubaie formerly held the post of deputy
      // legal adviser to the president": "في السابق" between verb and post.
      {"وأكد أن حسين الربيعي كان يشغل في السابق منصب نائب المستشار القانوني للرئيس.",
       "حسين الربيعي",
       {"نائب المستشار القانوني للرئيس"}},
      // "Ismail al-Ghamdi holds the post of chief executive of the business
      // sector and Mazid al-Harbi ...": the post reads on to the "و".
      {"ويشغل إسماعيل الغامدي منصب الرئيس التنفيذي لقطاع الأعمال ومزيد الحربي منصب المدير "
       "المالي.",
       "إسماعيل الغامدي",
       {"الرئيس التنفيذي لقطاع الأعمال"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(RolesRoundTwoTest, HisPostAsIsTheSubjects) {
  const TitlesCase cases[] = {
      // "Khalid al-Salem said, in his post as deputy head of the council,
      // that the decision is final."
      {"وقال خالد السالم في منصبه كنائب لرئيس المجلس إن القرار نهائي.",
       "خالد السالم",
       {"نائب لرئيس المجلس"}},
      // "Khalid al-Omari was sworn in as deputy to President Hadi, besides
      // his post as prime minister": the name after "للرئيس" is a genitive,
      // not the subject.
      {"وكان خالد العمري قد أدى اليمين نائبا للرئيس هادي، إضافة إلى منصبه كرئيس للوزراء.",
       "خالد العمري",
       {"رئيس للوزراء"}},
      // "Saad al-Harbi added that he read the news of Khalid al-Salem's
      // removal from his post as minister": "أنه" opens another clause, whose
      // subject is not named; Saad gets no post.
      {"وأضاف سعد الحربي أنه قرأ خبر إعفاء الوزير من منصبه كوزير للخارجية.", "سعد الحربي", {}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(RolesRoundTwoTest, AQuotedHolderAfterHisPost) {
  const TitlesCase cases[] = {
      // "The commander of the third brigade, "Brigadier Salem al-Harbi",
      // said the fighting goes on": the rank and name in quotes of their own.
      {"وقال قائد اللواء الثالث \"العميد سالم الحربي\" إن المعارك مستمرة.",
       "سالم الحربي",
       {"قائد اللواء الثالث", "العميد"}},
      // "The deputy head of the military council in the eastern region,
      // "Brigadier Yousef al-Sharaji", said ...": after a scope with "في".
      {"وقال نائب رئيس المجلس العسكري في المنطقة الشرقية \"العميد يوسف الشراجي\" إن المعارك "
       "مستمرة.",
       "يوسف الشراجي",
       {"نائب رئيس المجلس العسكري في المنطقة الشرقية", "العميد"}},
      // "The foreign minister said "President Salem al-Harbi has no place"
      // in the future": a quote that opens with a title is speech; the
      // minister is another person.
      {"وقال وزير الخارجية \"الرئيس سالم الحربي لا مكان له\" في المستقبل.",
       "سالم الحربي",
       {"الرئيس"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(RolesRoundTwoTest, AMonarchsTitleWithItsGentilic) {
  const TitlesCase cases[] = {
      // "The Bahraini monarch, King Hamad bin Isa, took part in the
      // ceremony": "العاهل" + a gentilic is a post, chained to the rank.
      {"وشارك العاهل البحريني الملك حمد بن عيسى في الحفل.",
       "حمد بن عيسى",
       {"العاهل البحريني", "الملك"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(RolesRoundTwoTest, AProfessionWithItsAdjectiveAfterTheName) {
  const TitlesCase cases[] = {
      // "Salem al-Harbi, the Yemeni political analyst, said the dialogue
      // failed": no comma, a definite profession, its adjective and gentilic.
      {"وقال سالم الحربي المحلل السياسي اليمني إن الحوار فشل.",
       "سالم الحربي",
       {"المحلل السياسي اليمني"}},
      // "Salem al-Harbi, the economic expert, said prices will rise."
      {"وقال سالم الحربي الخبير الاقتصادي إن الأسعار سترتفع.", "سالم الحربي", {"الخبير الاقتصادي"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

}  // namespace
}  // namespace rased::ner
