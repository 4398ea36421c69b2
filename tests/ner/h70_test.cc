// Person names and the titles before them (round s6b, h70): a demonstrative
// that is the verb's object before an indefinite title, a kunya that closes a
// name before its apposition, "عمر" (age) before the verb that measures it,
// and a place name that is the family name after two given names.
// Sentences written for these tests, over the shipped data.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class H70PersonsTest : public testing::Test {
 public:
  static void SetUpTestSuite() { test::LoadStages({}, &stages_); }

  // Whether the person with a mention `person` has a role titled `title`.
  static bool HasRole(const Document& doc, std::string_view person, std::string_view title) {
    for (const Role& r : doc.roles) {
      if (r.title != title) continue;
      for (uint32_t m : doc.entities[r.person].mentions) {
        if (doc.Slice(doc.mentions[m].span) == person) return true;
      }
    }
    return false;
  }

  static test::Stages stages_;
};

test::Stages H70PersonsTest::stages_;

struct Case {
  const char* text;
  std::vector<const char*> persons;  // mention texts that must be PERSON mentions
  std::vector<const char*> absent;   // mention texts that must not be entities
};

void ExpectCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = H70PersonsTest::stages_.Run(c.text);
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

TEST_F(H70PersonsTest, DemonstrativeObjectBeforeIndefiniteTitle) {
  struct RoleCase {
    const char* text;
    const char* person;
    const char* title;
  };
  const RoleCase cases[] = {
      // "The director of public relations at the municipality, Saad
      // al-Qahtani, explained that." (ذلك is the verb's object)
      {"أوضح ذلك مدير العلاقات العامة بالأمانة سعد القحطاني في بيان.", "سعد القحطاني",
       "مدير العلاقات العامة بالأمانة"},
      // "Among them the former governor of the central bank, Khalid
      // al-Mutairi." (بما في ذلك, including)
      {"حضر خبراء كثيرون بما في ذلك محافظ البنك المركزي السابق خالد المطيري.", "خالد المطيري",
       "محافظ البنك المركزي السابق"},
  };
  for (const RoleCase& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = stages_.Run(c.text);
    EXPECT_TRUE(HasRole(doc, c.person, c.title)) << test::Dump(doc);
  }
  // After a reporting verb a demonstrative is its object before a definite
  // title too: "The police spokesman, Colonel Saad al-Ghamdi, explained
  // that."
  {
    Document doc = stages_.Run("أوضح ذلك المتحدث الرسمي لشرطة المنطقة العقيد سعد الغامدي.");
    EXPECT_TRUE(HasRole(doc, "سعد الغامدي", "المتحدث الرسمي لشرطة المنطقة")) << test::Dump(doc);
  }
  // "This general (the team) won the match" stays no title: a noun the
  // demonstrative points at takes the article.
  // "This team won the final match yesterday."
  Document doc = stages_.Run("فاز هذا الفريق بالمباراة النهائية أمس.");
  EXPECT_TRUE(doc.roles.empty()) << test::Dump(doc);
}

TEST_F(H70PersonsTest, KunyaBeforeApposition) {
  ExpectCases({
      // "Khalid Abu Rashid, the lawyer, said the case goes on."
      {"وقال خالد أبو راشد المحامي إن القضية مستمرة.",
       {"خالد أبو راشد"},
       {"خالد أبو راشد المحامي"}},
      // "The coach Nasser Abu Hamad thanked everyone." (الجميع, everyone, is
      // the verb's object)
      {"وشكر المدرب ناصر أبو حمد الجميع على دعمهم.", {"ناصر أبو حمد"}, {"ناصر أبو حمد الجميع"}},
      // A kunya turned surname with the article stays whole: "Dr Ramadan Abu
      // al-Ala said ..."
      {"وقال الدكتور رمضان أبو العلا إن المشروع يتقدم.", {"رمضان أبو العلا"}, {}},
  });
}

TEST_F(H70PersonsTest, AgeIsNoName) {
  ExpectCases({
      // "The poet died yesterday at an age nearing ninety."
      {"توفي الشاعر أمس عن عمر ناهز التسعين عاما.", {}, {"عمر ناهز"}},
      // "Those who are at an age exceeding sixty are exempted."
      {"ويعفى من الرسوم من هم بعمر يتجاوز الستين.", {}, {"عمر يتجاوز"}},
      // Omar the name stays: "Omar al-Shehri, the club's director, said ..."
      {"وقال عمر الشهري مدير النادي إن الفريق جاهز.", {"عمر الشهري"}, {}},
  });
}

TEST_F(H70PersonsTest, PlaceAsFamilyNameAfterTwoGivenNames) {
  ExpectCases({
      // "Sheikh Hamad Nasser al-Barh, commander of the western front,
      // attended the meeting." (البرح is also a place)
      {"وحضر الشيخ حمد ناصر البرح قائد الجبهة الغربية الاجتماع.", {"حمد ناصر البرح"}, {}},
  });
}

TEST_F(H70PersonsTest, ClanIsNoPerson) {
  ExpectCases({
      // "The opposition says the rule of the Assad family is over."
      {"ويقول المعارضون إن حكم آل الأسد انتهى.", {}, {"آل الأسد"}},
      // "Sheikh of the Al Harbi tribe, Saad al-Harbi, said ..."
      {"وقال سعد الحربي شيخ قبيلة آل مسعود إن الطريق مغلق.", {"سعد الحربي"}, {"آل مسعود"}},
      // A name that ends with the clan stays whole: "Sheikh Fahd bin Saad Al
      // Masoud received the delegation."
      {"استقبل الشيخ فهد بن سعد آل مسعود الوفد أمس.", {"فهد بن سعد آل مسعود"}, {}},
  });
}

TEST_F(H70PersonsTest, WordBeforeAYearIsNoSurname) {
  ExpectCases({
      // "The victim is Fatima Ibrahim, born in 1990, of Syrian nationality."
      {"والضحية هي فاطمة إبراهيم مواليد عام 1990 سورية الجنسية.",
       {"فاطمة إبراهيم"},
       {"فاطمة إبراهيم مواليد"}},
      // "The player Fabian, suspended for 3 matches, returns next week."
      {"ويعود اللاعب فابيان موقوف 3 مباريات الأسبوع المقبل.", {}, {"فابيان موقوف"}},
  });
}

TEST_F(H70PersonsTest, GivenNamesAddedThisRound) {
  ExpectCases({
      // "The Syrian broadcaster Manhal Abdulqader was accused of the crime."
      {"اتهم الإعلامي السوري منهل عبدالقادر بالجريمة.", {"منهل عبدالقادر"}, {}},
      // "Kifah Mahmoud, the media adviser in the president's office, said ..."
      {"وقال كفاح محمود، المستشار الإعلامي في مكتب الرئيس، إن الوضع هادئ.", {"كفاح محمود"}, {}},
      // "Aysar al-Khafaji, one of the protesters, said the demands are clear."
      {"وقال أيسر الخفاجي، أحد المتظاهرين، إن المطالب واضحة.", {"أيسر الخفاجي"}, {}},
      // كفاح is also a struggle: "The people go on with the struggle against
      // the occupation."
      {"ويواصل الشعب كفاح الاحتلال منذ عقود.", {}, {"كفاح الاحتلال"}},
      // منهل is also a spring (common): "The travellers drank from a spring."
      {"وشرب المسافرون من منهل الماء العذب.", {}, {"منهل الماء"}},
  });
}

TEST_F(H70PersonsTest, TribalNisbaAfterCommonGivenName) {
  ExpectCases({
      // "Fahd al-Baslani took part in the meeting." (فهد, leopard, is a
      // common given name; البصلاني a nisba the word list does not know)
      {"وشارك فهد البصلاني في الاجتماع أمس.", {"فهد البصلاني"}, {}},
      // "Referees such as Majid al-Khaibari and Turki al-Mardasi."
      {"ويؤمن المتابعون بحكام مثل ماجد الخيبري وتركي المرداسي.", {"ماجد الخيبري"}, {}},
      // After another given name the name starts there: "Hamid Saeed
      // al-Ghamdi took part in the meeting."
      {"وشارك حامد سعيد الغامدي في الاجتماع أمس.", {"حامد سعيد الغامدي"}, {"سعيد الغامدي"}},
      // A nisba the word list knows stays an adjective: "the political
      // hope".
      {"ويبقى أمل السياسي معلقا على الحوار.", {}, {"أمل السياسي"}},
  });
}

TEST_F(H70PersonsTest, ServantOfTheLiving) {
  ExpectCases({
      // "The university's president Abdulhay al-Ansari said ..." (الحي, the
      // Living, one of God's names, is also "the quarter", a place head)
      {"وقال رئيس الجامعة عبد الحي الأنصاري إن الدراسة بدأت.", {"عبد الحي الأنصاري"}, {}},
  });
}

TEST_F(H70PersonsTest, WordSurnameAfterTwoGivenNames) {
  ExpectCases({
      // "The writer Mohamed Hassanein Heikal said the situation is hard."
      // (هيكل, a frame, is a word of the language)
      {"وقال الكاتب محمد حسنين هيكل إن الوضع صعب.", {"محمد حسنين هيكل"}, {}},
      // "Dr Mohammed Khidr Arif, the university's dean, said ..."
      {"وقال الدكتور محمد خضر عريف عميد الكلية إن الدراسة بدأت.", {"محمد خضر عريف"}, {}},
      // A word that goes on with its own complement stays out: "Mohammed
      // Ali visited the exhibition in the evening."
      {"وزار محمد علي معرض الكتاب مساء أمس.", {}, {"محمد علي معرض"}},
  });
}

TEST_F(H70PersonsTest, ObjectAfterAnIndefiniteFamilyName) {
  ExpectCases({
      // "Madani Rahimi confirmed the decision the committee took."
      {"وأكد مدني رحيمي القرار الذي اتخذته اللجنة.", {"مدني رحيمي"}, {"مدني رحيمي القرار"}},
      // "Francois Hollande discussed cooperation with the minister."
      {"وبحث فرنسوا هولاند التعاون مع الوزير.", {}, {"فرنسوا هولاند التعاون"}},
  });
}

TEST_F(H70PersonsTest, CliticLookingSurnameAfterTwoNames) {
  ExpectCases({
      // "The prosecutor Mark John Blassin said the court met." (بلاسين is no
      // ب + a word)
      {"وقال المدعي العام مارك جون بلاسين إن المحكمة انعقدت.", {"مارك جون بلاسين"}, {}},
  });
}

}  // namespace
}  // namespace rased::ner
