// Person names on constructions of everyday Arabic news, on sentences written
// for these tests (not taken from any corpus), over the shipped data tables
// and the small fixture knowledge bases of tests/kb/testdata and
// tests/ner/testdata/persons_kb.tsv.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PersonNamesTest : public testing::Test {
 public:
  static void SetUpTestSuite() {
    test::LoadStages({"/tests/kb/testdata/fixture_kb.tsv", "/tests/ner/testdata/persons_kb.tsv"},
                     &stages_);
  }
  static Document Run(const std::string& text) { return stages_.Run(text); }
  static const Entity* Find(const Document& doc, std::string_view mention) {
    return test::FindEntity(doc, mention);
  }
  static std::string Dump(const Document& doc) { return test::Dump(doc); }

  static test::Stages stages_;
};

test::Stages PersonNamesTest::stages_;

using Case = test::PersonCase;

// Runs every case through `stages`: each listed person found as a PERSON,
// each absent text not an entity.
template <size_t N>
void ExpectCases(const Case (&cases)[N], const test::Stages& stages = PersonNamesTest::stages_) {
  test::ExpectPersons(stages, cases);
}

// Over the shipped knowledge base and tables, whose gentilics, given names
// and known people the fixture lacks.
class PersonNamesShippedKbTest : public test::ShippedDataTest {};

TEST_F(PersonNamesTest, FamilyNamesThatOpenWithFa) {
  const Case cases[] = {
      // "The British defence minister Mark Fallon said the aircraft arrived."
      // (فالون is no ف + "الون")
      {"وقال وزير الدفاع البريطاني مارك فالون إن الطائرات وصلت.", {"مارك فالون"}, {"مارك"}},
      // "The ambassador Khaled said: so the government is stable." (ف + a
      // known noun with the article stays prose)
      {"وقال السفير خالد فالحكومة مستقرة.", {}, {"خالد فالحكومة"}},
      // "The minister Ahmed said only that the meeting ended."
      {"وقال الوزير أحمد فقط إن الاجتماع انتهى.", {}, {"أحمد فقط"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, GivenNamesOfTheRegion) {
  const Case cases[] = {
      // "The brother of Colonel Hassan al-Sheikh said he filed a complaint."
      {"وقال شقيق العقيد حسان الشيخ إنه أودع شكوى لدى الشرطة.", {"حسان الشيخ"}, {}},
      // "The spokeswoman of the mission, Radhia Achouri, said the operation ended."
      {"وقالت المتحدثة باسم البعثة، راضية عاشوري، إن العملية انتهت.", {"راضية عاشوري"}, {}},
      // "The official of the party's branch in the city, Ghiyas Surchi, confirmed ..."
      {"وأكد مسؤول فرع الحزب في المدينة غياس سورجي أن الطريق مقطوع.", {"غياس سورجي"}, {}},
      // "... the chief of staff, Abdelaziz Adam al-Hilu, was relieved."
      {"وأعفت الحركة رئيس هيئة الأركان عبد العزيز آدم الحلو من منصبه.",
       {"عبد العزيز آدم الحلو"},
       {"عبد العزيز"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, NamesInAppositionToATitle) {
  const Case cases[] = {
      // "The spokeswoman of the UN mission in Libya “UNSMIL”, Radhia Achouri,
      // said the operation was carried out." (the body's short name in quotes
      // between the title and the name)
      {"وقالت المتحدثة باسم بعثة الأمم المتحدة في ليبيا “أونسميل”، راضية عاشوري، إن العملية تمت.",
       {"راضية عاشوري"},
       {}},
      // "The head of the mission, Karen Pierre, said the operation goes on."
      {"وقالت رئيسة البعثة، كارين بيير، إن العملية مستمرة.", {"كارين بيير"}, {}},
      // "Dimitris Koutsouras, deputy foreign minister, declared the talks go
      // on." (an unknown name after a reporting verb, then an office)
      {"وصرح ديميتريس كوتسوراس نائب وزير الخارجية بأن المحادثات مستمرة.",
       {"ديميتريس كوتسوراس"},
       {}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, CommonGivenNameBeforeAFamilyName) {
  const Case cases[] = {
      // "The child Ali Dawabsheh, a year and a half old, was killed."
      {"وكان الطفل علي دوابشة ابن العام ونصف العام قد قتل.", {"علي دوابشة"}, {}},
      // "... carrying pictures of the child Ali Dawabsheh, aged a year and a
      // half." (البالغ, aged, describes him)
      {"وهم يحملون صور الطفل علي دوابشة البالغ من العمر عاما ونصف العام.",
       {"علي دوابشة"},
       {"علي دوابشة البالغ"}},
      // "Saleh al-Makhzoum, deputy head of the congress, said ..." (a name,
      // then an office in apposition)
      {"وقال صالح المخزوم نائب رئيس المؤتمر إن الحوار مستمر.", {"صالح المخزوم"}, {}},
      // "Mansour al-Jamri, the editor of the paper, said ..."
      {"وقال منصور الجمري رئيس تحرير الصحيفة إن القرار جائر.", {"منصور الجمري"}, {}},
      // "The citizen Saeed al-Ghamdi said prices rose." (the subject of a
      // reporting verb, before إن)
      {"وقال المواطن سعيد الغامدي إن الأسعار ارتفعت.", {"سعيد الغامدي"}, {}},
      // "He said that the land must bear it." (علي for على after إن)
      {"وقال إن علي الأرض أن يتحمل ذلك.", {}, {"علي الأرض"}},
      // "It is known by the name flaperon." (باسم, also a given name, is
      // ب + "اسم" here)
      {"وهي تعرف باسم جنيح بين الطيارين.", {}, {"باسم جنيح"}},
      // "... the reasons for the challenge's success, which we hope to see."
      {"وهذه أسباب نجاح التحدي التي نتمنى أن نراها.", {}, {"نجاح التحدي"}},
      // "In the month of Ramadan no weddings are held." (a month's name)
      {"وتمت الحجوزات ففي شهر رمضان لاتقام الزواجات.", {}, {"رمضان لاتقام"}},
      // "... came to confirm the programme's success." (نجاح, success, is
      // also a given name)
      {"وهذه الدورة تأتي لتؤكد نجاح البرنامج وتطور وسائله.", {}, {"نجاح البرنامج"}},
      // "He fell on the ground, then rose." (علي for على, before a noun)
      {"وسقط علي الأرض، ثم نهض.", {}, {"علي الأرض"}},
      // "The company obtained new funding." (علي for على)
      {"وحصلت الشركة علي تمويل جديد.", {}, {"علي تمويل"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, LongChainsOfGivenNames) {
  const Case cases[] = {
      // "Captain Mohammed Amin Ismail al-Habashi, an assistant of the
      // investigations office, was killed." (أمين, also "secretary", is the
      // father's name; الحبشي, also "Abyssinian", the family name)
      {"واستشهد النقيب محمد أمين إسماعيل الحبشي معاون مباحث القسم.",
       {"محمد أمين إسماعيل الحبشي"},
       {"محمد", "إسماعيل"}},
      // "Mohammed, the party's secretary general, said the elections are near."
      {"وقال محمد أمين عام الحزب إن الانتخابات قريبة.", {}, {"محمد أمين"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, KnownOneWordNameOpeningAnotherName) {
  const Case cases[] = {
      // "The provincial police chief, Major General Hadi Rzaij, said the
      // forces arrived." (هادي alone would be the Yemeni president)
      {"وقال مدير شرطة المحافظة اللواء هادي رزيج إن القوات وصلت.", {"هادي رزيج"}, {"هادي"}},
      // "The military spokesman, Colonel Souleymane Maiga, said ..." (two
      // one-word aliases of two other people)
      {"وقال المتحدث العسكري، العقيد سليماني مايغا، إن القتلى أجانب.",
       {"سليماني مايغا"},
       {"سليماني", "مايغا"}},
      // "President Hadi received a delegation in Aden." (وفدا is a noun)
      {"واستقبل الرئيس هادي وفدا في عدن.", {"هادي"}, {"هادي وفدا"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, VerbsAfterATitleAreNoNames) {
  const Case cases[] = {
      // "Since the government took the powers of the president, it adopted a
      // mechanism for decisions."
      {"ومنذ تولي الحكومة صلاحيات رئيس الجمهورية، أقرت آلية لاتخاذ القرارات.", {}, {"أقرت"}},
      // "The sources said the prime minister's decisions were taken on Friday."
      {"وأكدت المراجع أن قرارات رئيس الوزراء العراقي اتخذت يوم الجمعة.", {}, {"اتخذت"}},
      // "She said the security services of the ruling party tried to sway ..."
      {"وقالت إن أجهزة أمن الحزب الحاكم حاولت في اليومين الماضيين التأثير.", {}, {"حاولت"}},
      // "Groups that were opposed to Gaddafi split after his fall." (a known
      // name after ل, then a verb: no new name)
      {"وكانت الجماعات معارضة للقذافي انقسمت بعد سقوطه.", {}, {"للقذافي انقسمت"}},
      // "Minister Medhat said ..." (a given name ending in ت stays a name)
      {"وقال الوزير مدحت شوكت إن الخطة جاهزة.", {"مدحت شوكت"}, {}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, WordsOfKinshipAreNoNames) {
  const Case cases[] = {
      // "Suleiman, the son of the president's cousin, killed the colonel."
      {"وأقدم سليمان الأسد وهو نجل ابن عم الرئيس على قتل العقيد.", {"سليمان الأسد"}, {"ابن عم"}},
      // "The brother told how Suleiman killed his brother."
      {"وروى الشقيق كيف قتل سليمان أخاه لأنه لم يفسح المجال.", {}, {"سليمان أخاه"}},
      // "Khaled's wife said ..." (زوجته, his wife, with the folded ta)
      {"وقالت زوجة خالد العلي إن زوجته الثانية غادرت.", {"خالد العلي"}, {"خالد العلي زوجته"}},
      // "Abu Bakr said the situation is hard." (a particle before a name)
      {"وقال أبو بكر إن الوضع صعب.", {"أبو بكر"}, {}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, SonOfAnotherPersonInApposition) {
  const Case cases[] = {
      // "The protesters called for the execution of Suleiman al-Assad, son of
      // Hilal al-Assad." (ابن with its alef after a full name: his father)
      {"ودعا المعتصمون إلى إعدام سليمان الأسد ابن هلال الأسد الذي قتل في المعارك.",
       {"سليمان الأسد", "هلال الأسد"},
       {"سليمان الأسد ابن هلال الأسد", "ابن هلال الأسد"}},
      // "Hilal al-Assad said the city is calm." (a common given name before a
      // known one-word name)
      {"وقال هلال الأسد إن المدينة هادئة.", {"هلال الأسد"}, {}},
      // "... bears responsibility for the safety of al-Assad." (سلامة,
      // safety, also a given name)
      {"وقالت إنها تحمل الحكومة مسؤولية سلامة الأسد في السجن.", {}, {"سلامة الأسد"}},
      // "They spoke in al-Assad's name." (باسم is ب + "اسم" here)
      {"وتحدثوا باسم الأسد في الاجتماع.", {}, {"باسم الأسد"}},
      // "Ali bin Saeed said it is over." (بن in a chain of descent)
      {"وقال علي بن سعيد إن الأمر انتهى.", {"علي بن سعيد"}, {}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, ChainsWithAnHonorificAsFamilyName) {
  const Case cases[] = {
      // "Nasser Mahmoud al-Sheikh said, as a personal claim, the killer is
      // known." (ناصر, also "supporter", opens a chain; الشيخ is the family
      // name)
      {"وقال ناصر محمود الشيخ كادعاء شخصي إن القاتل معروف.", {"ناصر محمود الشيخ"}, {}},
      // "Mohammed Ahmed visited Sheikh Mohammed al-Ali at his home." (الشيخ
      // before a name is his title)
      {"وزار محمد أحمد الشيخ محمد العلي في منزله.",
       {"محمد أحمد", "محمد العلي"},
       {"محمد أحمد الشيخ"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, FamilyNamesThatAreWordsReferBack) {
  // "Mohammed al-Habashi said the situation is hard. Al-Habashi added that
  // the Abyssinian army arrived." (the second الحبشي qualifies the army)
  Document doc = Run("قال محمد الحبشي إن الوضع صعب. وأضاف الحبشي أن الجيش الحبشي وصل.");
  const Entity* person = Find(doc, "محمد الحبشي");
  ASSERT_NE(person, nullptr) << Dump(doc);
  EXPECT_EQ(person->mentions.size(), 2u) << Dump(doc);
  EXPECT_EQ(Find(doc, "الحبشي"), person) << Dump(doc);
  // "Colonel Hassan al-Sheikh said the road is cut. The sheikh's wife said
  // he was killed. Sheikh Mohammed arrived later."
  doc =
      Run("وقال العقيد حسان الشيخ إن الطريق مقطوع. وقالت زوجة الشيخ إنه قتل. ووصل الشيخ محمد "
          "لاحقا.");
  person = Find(doc, "حسان الشيخ");
  ASSERT_NE(person, nullptr) << Dump(doc);
  EXPECT_EQ(person->mentions.size(), 2u) << Dump(doc);
}

TEST_F(PersonNamesTest, KunyasWithTheArticle) {
  const Case cases[] = {
      // "The report mentions an account in the name (Abu al-Walid al-Sinawi)
      // that publishes posts." (الوليد is the given name وليد with the article)
      {"ويتضمن البلاغ وجود حساب باسم (أبو الوليد السيناوي) يقوم بنشر منشورات.",
       {"أبو الوليد السيناوي"},
       {}},
      // "Abu al-Hasan al-Muhajir said the organisation goes on."
      {"وقال أبو الحسن المهاجر إن التنظيم مستمر.", {"أبو الحسن المهاجر"}, {}},
      // "The cousin said it is over." (a word of kinship, no kunya)
      {"وقال ابن العم إن الأمر انتهى.", {}, {"ابن العم"}},
  };
  ExpectCases(cases);
}

// A gentilic without the article right after a given name, before an office
// in apposition, is the family name, title or not. (The gentilics come from
// the countries of the shipped knowledge base, which the fixture lacks.)
TEST_F(PersonNamesShippedKbTest, GentilicSurnameBeforeAnOffice) {
  struct Row {
    const char* text;
    const char* person;  // nullptr: the absent text must be no entity
    const char* absent;
  };
  const Row rows[] = {
      // "Khaled Maghribi, the manager of a bank branch, explained that loans rose."
      {"وأوضح خالد مغربي مدير فرع مصرفي أن القروض ارتفعت.", "خالد مغربي", nullptr},
      // "Hassan Maghribi, the director of the centre, told the paper that the
      // work goes on." (حسن is also "good": a given name that needs a family
      // name beside it; no reporting verb right before it)
      {"وأوضح للصحيفة حسن مغربي مدير المركز أن العمل مستمر.", "حسن مغربي", nullptr},
      // "The Moroccan Khaled arrived yesterday." (an adjective, no office)
      {"ووصل خالد المغربي أمس.", nullptr, "خالد مغربي"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    Document doc = stages_.Run(r.text);
    if (r.person != nullptr) {
      const Entity* e = test::FindEntity(doc, r.person);
      ASSERT_NE(e, nullptr) << test::Dump(doc);
      EXPECT_EQ(e->type, EntityType::kPerson) << test::Dump(doc);
    }
    if (r.absent != nullptr) {
      EXPECT_EQ(test::FindEntity(doc, r.absent), nullptr) << test::Dump(doc);
    }
  }
}

// Foreign given names after a party adjective or a title: "النائب الجمهوري
// دينيس روس" (روس also reads as "Russians").
TEST_F(PersonNamesTest, ForeignGivenNamesBeforeWordLikeSurnames) {
  const Case cases[] = {
      // "The Republican congressman Dennis Ross said he tends to reject the deal."
      {"وقال النائب الجمهوري دينيس روس إنه يميل لرفض الاتفاق.", {"دينيس روس"}, {}},
      // "Among them the congressman Mark Ross, who said he tends to reject
      // it." (a relative pronoun, not an adjective, after the gentilic-looking
      // surname)
      {"ومن هؤلاء النائب مارك روس الذي قال إنه يميل لرفضه.", {"مارك روس"}, {}},
      // "Among these, the Republican congressman Dennis Ross said ..." (the
      // plural demonstrative points back; the title after it is the name's)
      {"ومن هؤلاء النائب الجمهوري دينيس روس الذي قال إنه يميل لرفضه.", {"دينيس روس"}, {}},
      // "These ministers said the matter is hard." (no name)
      {"وقال هؤلاء الوزراء إن الأمر صعب.", {}, {"الوزراء"}},
  };
  ExpectCases(cases);
}

// A known person's given name after a title, then a noun of the language in
// the construct state: the short form of the name and the verb's object, not
// a new person. A first mention keeps a construct surname.
TEST_F(PersonNamesTest, AGivenNameRecallingAPersonBeforeAnObject) {
  // "Sheikh Ahmed al-Kaabi said the matter is hard. Sheikh Ahmed widened the
  // scope of his influence, and Sheikh Ahmed did not enter the race of the
  // elections."
  Document doc =
      Run("وقال الشيخ أحمد الكعبي إن الأمر صعب. ووسع الشيخ أحمد نطاق تأثيره في المنطقة. "
          "ولم يدخل الشيخ أحمد سباق الانتخابات.");
  const Entity* full = Find(doc, "أحمد الكعبي");
  ASSERT_NE(full, nullptr) << Dump(doc);
  EXPECT_EQ(Find(doc, "أحمد نطاق"), nullptr) << Dump(doc);
  EXPECT_EQ(Find(doc, "أحمد سباق الانتخابات"), nullptr) << Dump(doc);
  EXPECT_EQ(Find(doc, "أحمد"), full) << Dump(doc);
  // "Field Marshal Abdulrahman Siwar al-Dahab handed over power." (a first
  // mention: the surname in the construct state stays)
  Document first = Run("وسلم المشير عبدالرحمن سوار الذهب السلطة للحكومة.");
  EXPECT_NE(Find(first, "عبدالرحمن سوار الذهب"), nullptr) << Dump(first);
}

// A feminine adjective with the article after a name in the genitive agrees
// with the noun before the name, and ends it.
TEST_F(PersonNamesTest, AFeminineAdjectiveAfterANameEndsIt) {
  const Case cases[] = {
      // "He founded Khaled al-Harbi's musical band in Jeddah."
      {"وأسس فرقة خالد الحربي الموسيقية في جدة.", {"خالد الحربي"}, {"خالد الحربي الموسيقية"}},
  };
  ExpectCases(cases);
}

// A kunya turned family name after a given name: "أبو" and a word with the
// article, even a word of the language ("العلا", the heights; "الخير", good).
TEST_F(PersonNamesTest, KunyaSurnamesAfterAGivenName) {
  const Case cases[] = {
      // "Dr Ramadan Abu al-Ula, an oil engineering expert, said prices will fall."
      {"وقال الدكتور رمضان أبو العلا خبير هندسة البترول إن الأسعار ستنخفض.",
       {"رمضان أبو العلا"},
       {"رمضان"}},
      // "Ahmed Abu al-Khair said the meeting was postponed."
      {"وقال أحمد أبو الخير إن الاجتماع تأجل.", {"أحمد أبو الخير"}, {"أحمد", "أبو الخير"}},
      // "Engineer Majed Abu al-Khair said ..." (ماجد, also "glorious", after a title)
      {"وقال المهندس ماجد أبو الخير إن العمل بدأ.", {"ماجد أبو الخير"}, {"ماجد"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, AGivenNameAloneAsASource) {
  const Case cases[] = {
      // "The clashes killed ten members, according to Abdulrahman."
      {"وتسببت الاشتباكات وفق عبدالرحمن بمقتل عشرة عناصر.", {"عبدالرحمن"}, {}},
      // "According to Abdulrahman, ten members were killed."
      {"وبحسب عبدالرحمن، قتل عشرة عناصر.", {"عبدالرحمن"}, {}},
  };
  ExpectCases(cases);
  // "Khaled al-Ali said the situation is hard. Khaled added that a solution
  // is near." (the lone given name is the person named before)
  Document doc = Run("وقال خالد العلي إن الوضع صعب. وأضاف خالد أن الحل قريب.");
  const Entity* person = Find(doc, "خالد العلي");
  ASSERT_NE(person, nullptr) << Dump(doc);
  EXPECT_EQ(Find(doc, "خالد"), person) << Dump(doc);
  EXPECT_EQ(doc.entities.size(), 1u) << Dump(doc);
}

TEST_F(PersonNamesTest, ListsOfNames) {
  const Case cases[] = {
      // "The meeting was attended by the leaders (Khalifa Haftar, Saleh
      // al-Mutlaq, Rose Nouri)." (المطلق is also "the absolute")
      {"وحضر الاجتماع القادة (خليفة حفتر، صالح المطلق، روز نوري) أمس.",
       {"صالح المطلق", "روز نوري"},
       {}},
      // "... launched by the late Ghazi al-Qusaibi, God have mercy on him, in
      // his work." (a prayer after a name is no list)
      {"وهي المسيرة التي بدأها الوزير غازي القصيبي، رحمه الله، في عمله.",
       {"غازي القصيبي"},
       {"رحمه الله"}},
      // "The delegation visited Damascus, on the ground, then returned." (no
      // person listed; علي for على)
      {"وزار الوفد دمشق، علي الأرض، ثم عاد.", {}, {"علي الأرض"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, AnHonorificAfterAGivenNameIsAFamilyName) {
  const Case cases[] = {
      // "Colonel Hassan al-Sheikh, an officer in the air force, was killed
      // yesterday." (الشيخ, sheikh, is his family name: no name follows it)
      {"وقتل العقيد حسان الشيخ الضابط في القوات الجوية أمس.", {"حسان الشيخ"}, {}},
      // "The artist Majid al-Muhandis greeted the audience." (the name ends
      // with the honorific that is his family name)
      {"وحيا الفنان ماجد المهندس الجمهور في الحفل.", {"ماجد المهندس"}, {"ماجد المهندس الجمهور"}},
      // "Prince Mohammed met Sheikh Sami al-Otaibi yesterday." (before a name
      // the honorific stays another person's)
      {"والتقى الأمير محمد الشيخ سامي العتيبي أمس.", {"سامي العتيبي"}, {"محمد الشيخ"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, PlaceNamesAsFamilyNames) {
  const Case cases[] = {
      // "The French president Francois Hollande attended the ceremony."
      // (أولاند is also the Aland Islands)
      {"وحضر الحفل الرئيس الفرنسي فرانسوا أولاند أمس.", {"فرانسوا أولاند"}, {"أولاند"}},
      // "Adnan al-Kaf, the spokesman of the association, said aid arrived."
      // (الكاف is also El Kef, before the office he holds)
      {"وقال عدنان الكاف المتحدث باسم الجمعية إن المساعدات وصلت.", {"عدنان الكاف"}, {"الكاف"}},
      // "Prince Faisal visited Riyadh yesterday." (a place after a bare
      // given name stays a place)
      {"وزار الأمير فيصل الكاف أمس.", {}, {"فيصل الكاف"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, NamesOfListsAndTheirEnds) {
  const Case cases[] = {
      // "Among the signatories: the former Shin Bet heads Yossi Ben-Ami and
      // Uzi Dror, and the generals Shlomo Katz and Amnon Levi." (Hebrew
      // given names open the names of a list)
      {"ومن بين الموقعين: رئيسا الجهاز سابقا يوسي بنعامي، وعوزي درور، والجنرالات شلومو "
       "كاتس، وأمنون ليفي.",
       {"يوسي بنعامي", "عوزي درور", "شلومو كاتس", "أمنون ليفي"},
       {}},
      // "The spokesman Hikmat Suleiman told "Al-Watan" that forces advanced."
      // (لـ drawn out with a tatweel ends the name)
      {"وقال المتحدث حكمت سليمان لـ\"الوطن\" إن القوات تقدمت.",
       {"حكمت سليمان"},
       {"حكمت سليمان لـ"}},
      // "The government includes Dr. Kamal Sultan, minister of health." (a
      // given name that is a title, before the office, is the family name)
      {"وتضم الحكومة د. كمال سلطان وزير الصحة والسكان.", {"كمال سلطان"}, {}},
      // "The MP Shant Kevorkian said the council will meet." (شانت is no
      // verb before an unknown surname)
      {"وقال النائب شانت كيفوركيان : «إن المجلس سيجتمع».", {"شانت كيفوركيان"}, {}},
      // "The deputy of Libya's envoy to Turkey, Hassan Hamid Hassan, said
      // the delegation arrived." (the envoy inside the phrase takes "لدى")
      {"وقال نائب مندوب ليبيا لدى تركيا حسن حميد حسن إن الوفد وصل.", {"حسن حميد حسن"}, {}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, AccusativesAfterATitleAreNoNames) {
  const Case cases[] = {
      // "The deputy governor for development issued a decision to close the
      // schools." (قرارا, a decision)
      {"وأصدر وكيل المحافظة لشؤون التنمية قرارا بإغلاق المدارس.", {}, {"قرارا"}},
      // "The president went on, relying on his allies, rejecting the talks."
      {"ويواصل الرئيس عباس مستقويا بحلفائه رفض الحوار.", {}, {"عباس مستقويا", "مستقويا"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, TitlesWithAScopeBeforeTheName) {
  const Case cases[] = {
      // "Sources said the cadre in the rebel forces Anwar al-Mutawakkil
      // stormed the building." (القيادي, a cadre, is a title; أنور is also
      // "brighter")
      {"وكشفت مصادر أن القيادي في قوى التمرد أنور المتوكل اقتحم المبنى.", {"أنور المتوكل"}, {}},
      // "The head of the engineering section in the municipality, Jamal
      // al-Harbi, was wounded in the blast." (في + the post's scope)
      {"وأصيب رئيس قسم الهندسة في البلدية جمال الحربي في الانفجار.", {"جمال الحربي"}, {}},
      // "The minister of sport in the republic Khalid Abdulaziz attended."
      {"وحضر الحفل وزير الرياضة في الجمهورية خالد عبد العزيز أمس.", {"خالد عبد العزيز"}, {}},
      // "The vice-president in those years, Anwar Sadat, did not dare." (a
      // time phrase between the post and its holder)
      {"ولم يجرؤ نائب رئيس الجمهورية في تلك السنوات أنور السادات على التصريح.",
       {"أنور السادات"},
       {}},
      // "Khadija Ashik, aged 42, said she was innocent." (البالغة, aged,
      // describes her)
      {"وقالت خديجة أشيك البالغة 42 عاما إنها بريئة.", {"خديجة أشيك"}, {"خديجة أشيك البالغة"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, AFamilyNameWithAParticleRefersBack) {
  // "The writer Fathi Abu Ghanem met the minister; Abu Ghanem said the talk
  // was frank." (the kunya-like family name is the same person)
  Document doc = Run("والتقى الكاتب فتحي أبو غانم الوزير أمس. وقال أبو غانم إن الحديث كان صريحا.");
  const Entity* full = Find(doc, "فتحي أبو غانم");
  const Entity* short_form = Find(doc, "أبو غانم");
  ASSERT_NE(full, nullptr) << Dump(doc);
  ASSERT_NE(short_form, nullptr) << Dump(doc);
  EXPECT_EQ(full, short_form) << Dump(doc);
  // "Ahmed Abdel Rahman and Khalid Abdel Rahman met; Abdel Rahman said ..."
  // (two people end so: the short form joins neither)
  Document two =
      Run("والتقى الكاتب أحمد عبد الرحمن والمهندس خالد عبد الرحمن أمس. وقال عبد الرحمن إن اللقاء "
          "كان مثمرا.");
  const Entity* a = Find(two, "أحمد عبد الرحمن");
  const Entity* b = Find(two, "خالد عبد الرحمن");
  ASSERT_NE(a, nullptr) << Dump(two);
  ASSERT_NE(b, nullptr) << Dump(two);
  EXPECT_NE(a, b) << Dump(two);
}

TEST_F(PersonNamesTest, NounsThatLookLikeNamesAfterAVerbOrTitle) {
  const Case cases[] = {
      // "The agenda lists the country as represented at ministerial level."
      // (تمثيلا, a verbal noun in the accusative)
      {"وتشير القائمة إلى البلد على أنه ممثل تمثيلا وزاريا في الاجتماع.", {}, {"تمثيلا"}},
      // "... as his critics say, and they say more." (منتقدوه, his critics)
      {"ويعادي المعارضة كما يقول منتقدوه، ويقولون أكثر من ذلك.", {}, {"منتقدوه"}},
      // "The resistance took the Sheikh Abdullah lands." (a place named after
      // a person: بلاد + a title and a name)
      {"وسيطرت المقاومة على بلاد الشيخ عبدالله أمس.", {}, {"عبدالله"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, ListOfNamesEachBeforeItsOffice) {
  // "The new ministers: Khalid al-Shami, minister of education, Abir Odeh,
  // minister of the economy, Samih Tabila, minister of transport." (each
  // office is the name's before it)
  Document doc =
      Run("والوزراء الجدد هم: خالد الشامي وزير التربية، عبير عودة وزيرة الاقتصاد الوطني، سميح "
          "طبيلة وزير النقل والمواصلات.");
  const Entity* abir = Find(doc, "عبير عودة");
  const Entity* samih = Find(doc, "سميح طبيلة");
  ASSERT_NE(abir, nullptr) << Dump(doc);
  ASSERT_NE(samih, nullptr) << Dump(doc);
  for (const Role& r : doc.roles) {
    const Entity* holder = &doc.entities[r.person];
    if (r.title.find("\xD8\xA7\xD9\x84\xD8\xA7\xD9\x82\xD8\xAA\xD8\xB5\xD8\xA7\xD8\xAF") !=
        std::string::npos) {  // الاقتصاد
      EXPECT_EQ(holder, abir) << Dump(doc);
    }
    if (r.title.find("\xD8\xA7\xD9\x84\xD9\x86\xD9\x82\xD9\x84") != std::string::npos) {  // النقل
      EXPECT_EQ(holder, samih) << Dump(doc);
    }
  }
  EXPECT_FALSE(doc.roles.empty()) << Dump(doc);
}

TEST_F(PersonNamesTest, MembersOfListsJoinedByWaw) {
  const Case cases[] = {
      // "The players Saad al-Ahmad, Badr al-Otaibi and Mansour Mubarak won
      // silver." (common given names after a member of the list)
      {"وحصل اللاعبون سعد الأحمد وبدر العتيبي ومنصور مبارك على الميداليات الفضية.",
       {"بدر العتيبي", "منصور مبارك"},
       {}},
      // "... with Mohammed Abdelshafi and Mansour al-Harbi, back from injury."
      // (العائد, back, describes the member)
      {"في ظل وجود المصري محمد عبدالشافي ومنصور الحربي العائد من الإصابة.",
       {"منصور الحربي"},
       {"منصور الحربي العائد"}},
      // "Among the signatories Shlomo Gazit, Avieser Yaari, Amram Mitzna and
      // others." (two unknown words between the commas of a list of persons)
      {"ومن الموقعين شلومو غازيت، وابيعيز يعاري، وعمرام متسناع، وغيرهم.",
       {"ابيعيز يعاري", "عمرام متسناع"},
       {"وابيعيز يعاري"}},
      // "... the generals David Ben-Bashat and Shlomo Gazit." (بعشاط is no
      // ب + a word after بن)
      {"ومن الموقعين الجنرالات ديفيد بن بعشاط، وشلومو غازيت.", {"ديفيد بن بعشاط"}, {}},
      // "Talks between Kerry and Zarif, and the American side allowing Tehran
      // ..." (سماح, allowing, is no member)
      {"المحادثات بين الوزير جون كيري ونظيره محمد جواد ظريف، وسماح الجانب الأميركي لطهران بذلك.",
       {},
       {"سماح الجانب"}},
      // "I came to know a unique character, and a seasoned leader." (no name
      // before a bare indefinite title after و)
      {"وتعرفت عن كثب على شخصية فذة، وقيادي محنك.", {}, {"فذة"}},
      // "... whose burdens grew with other burdens." (a perfect verb before a
      // noun with a pronoun)
      {"ثم عين وزيرا للداخلية فزادت أعباؤه أعباء أخرى.", {}, {"زادت أعباؤه"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, AKnownNisbaSurnameQualifyingATitle) {
  // "The fighters captured the Houthi cadre Abu Muhsin al-Ayani." (الحوثي
  // qualifies the title; the holder is the name after it)
  Document doc = Run("وأسر المقاومون القيادي الحوثي أبو محسن العياني مع آخرين.");
  const Entity* cadre = Find(doc, "أبو محسن العياني");
  ASSERT_NE(cadre, nullptr) << Dump(doc);
  EXPECT_EQ(Find(doc, "الحوثي"), nullptr) << Dump(doc);
  // "A Houthi cadre said the truce ended." (no name: not the group's leader)
  Document bare = Run("وقال القيادي الحوثي إن الهدنة انتهت.");
  EXPECT_EQ(Find(bare, "الحوثي"), nullptr) << Dump(bare);
  // "The Houthi leader Abdulmalik al-Houthi said ..." (his own name stays)
  Document named = Run("وقال زعيم الجماعة عبد الملك الحوثي إن الهدنة انتهت.");
  EXPECT_NE(Find(named, "عبد الملك الحوثي"), nullptr) << Dump(named);
}

TEST_F(PersonNamesTest, IndefiniteNounsWhereANameIsExpected) {
  const Case cases[] = {
      // "The club handed the player an offer during the season." (عرضا)
      {"وسلم النادي اللاعب عرضا أثناء الموسم.", {}, {"عرضا"}},
      // "The guard says thanks from the heart." (شكرا)
      {"ويقول الحارس شكرا من الأعماق.", {}, {"شكرا"}},
      // "The inventors of this technique say the rays are stronger." (a
      // plural in the construct state)
      {"ويقول مبتكرو هذه التقنية إن الأشعة أقوى.", {}, {"مبتكرو"}},
      // "The coach Luca Gottardino said the team is ready." (a foreign given
      // name shaped like an accusative, before an unknown surname)
      {"وقال المدرب لوكا غوتاردينو إن الفريق جاهز.", {"لوكا غوتاردينو"}, {}},
      // "Sheikh Uqla bin Ali al-Uqla opened the forum." (before a particle
      // of descent)
      {"وافتتح الملتقى الشيخ عقلا بن علي العقلا أمس.", {"عقلا بن علي العقلا"}, {}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, APrayerAfterTheNameEndsIt) {
  const Case cases[] = {
      // "The late prince Abdulmajid bin Abdulaziz, God have mercy on him,
      // founded the office." (no comma before the prayer)
      {"وكان الأمير عبدالمجيد بن عبدالعزيز رحمه الله قد أسس المكتب.",
       {"عبدالمجيد بن عبدالعزيز"},
       {"عبدالمجيد بن عبدالعزيز رحمه الله"}},
      // "Prime minister Najib Abdul Razak last week dismissed his deputy."
      // (a time word after the name ends it)
      {"وأقال رئيس الوزراء نجيب عبد الرزاق الأسبوع الماضي نائبه.",
       {"نجيب عبد الرزاق"},
       {"نجيب عبد الرزاق الأسبوع"}},
      // "Sheikh Abdullah bin Abdulilah al-Harbi attended." (الله inside
      // theophoric names stays)
      {"وحضر الحفل الشيخ عبد الله بن عبد الإله الحربي.", {"عبد الله بن عبد الإله الحربي"}, {}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, AGivenNameAndAWordBeforeAnOffice) {
  const Case cases[] = {
      // "Imad Helwa, general manager of the company, said sales rose." (حلوة
      // is also "sweet"; the office after ؛ or a comma makes it a name)
      {"وقال عماد حلوة؛ مدير عام الشركة في الإمارات إن المبيعات ارتفعت.", {"عماد حلوة"}, {}},
      {"وقال عماد حلوة، مدير عام الشركة إن المبيعات ارتفعت.", {"عماد حلوة"}, {}},
      // "Hussein al-Libi, who lives in the city, saw prices were high." (a
      // gentilic after a given name right after the reporting verb)
      {"ورأى حسين الليبي المقيم في المدينة أن الأسعار مرتفعة.", {"حسين الليبي"}, {}},
      // "Suleiman confirmed the siege of Ramadi from three sides." (محاصرة,
      // a verbal noun before its genitive, is the object)
      {"وأكد سليمان محاصرة الرمادي من ثلاث جهات.", {}, {"سليمان محاصرة"}},
      // "Imad said frankly that sales rose." (no office: no name)
      {"وقال عماد صراحة إن المبيعات ارتفعت.", {}, {"عماد صراحة"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, GivenNamesWithTheArticle) {
  const Case cases[] = {
      // "The party leader al-Taher bin Amer said elections are near."
      {"وصرح رئيس الحزب الطاهر بن عامر بأن الانتخابات قريبة.", {"الطاهر بن عامر"}, {}},
      // "The spokesman Ali al-Sadiq declined to comment." (الصادق, also
      // "truthful", is his family name)
      {"وامتنع علي الصادق المتحدث باسم الوزارة عن التعليق.", {"علي الصادق"}, {}},
  };
  ExpectCases(cases);
}

// A verb or noun with an object pronoun, a passive auxiliary and a verbal
// noun of the tenth form follow a name; none is its family name.
TEST_F(PersonNamesTest, VerbsAndVerbalNounsAfterANameEndIt) {
  const Case cases[] = {
      // "The party mourned the late president Jamal Abdelhamid yesterday. He
      // said that a poisoned pistol killed Jamal Abdelhamid."
      {"ونعى الحزب الرئيس الراحل جمال عبدالحميد أمس. وقال إن جمال عبدالحميد قتله مسدس مسموم.",
       {"جمال عبدالحميد"},
       {"عبدالحميد قتله"}},
      // "... He said that Jamal Abdelhamid was tried in absentia."
      {"ونعى الحزب الرئيس الراحل جمال عبدالحميد أمس. وقال إن جمال عبدالحميد تمت محاكمته غيابيا.",
       {"جمال عبدالحميد"},
       {"عبدالحميد تمت"}},
      // "The deputy Dori Shamoun ruled out the resignation of the government."
      {"واستبعد النائب دوري شمعون استقالة الحكومة.", {}, {"شمعون استقالة"}},
  };
  ExpectCases(cases);
}

// A verb of the perfect or the future after a given name is the verb the
// name is the subject of, never a family name.
TEST_F(PersonNamesTest, PerfectAndFutureVerbsAfterAGivenNameEndIt) {
  const Case cases[] = {
      // "In the district of Bani Saad they stormed the council building."
      {"وفي ناحية بني سعد اقتحموا مبنى المجلس.", {}, {"سعد اقتحموا"}},
      // "The witness said that Abdelaziz spent years in prison."
      {"وقال الشاهد إن عبدالعزيز أمضى سنوات في السجن.", {}, {"عبدالعزيز أمضى"}},
      // "Then Suleiman poured insults on the officer."
      {"ثم سليمان انهال بالشتائم على الضابط.", {}, {"سليمان انهال"}},
      // "The club said that Salah will accept the offer."
      {"وقال النادي إن صلاح سيقبل العرض.", {}, {"صلاح سيقبل"}},
      // "The economist Orlando Ochoa said ...": before a comma "أوشوا" is the
      // surname, no verb.
      {"وقال الخبير الاقتصادي أورلاندو أوشوا، إن ما حصل خطير.", {"أورلاندو أوشوا"}, {}},
      // "Mustafa al-Khatim, the Libyan resident, said ...": after one given
      // name a known word with the article is still the family name.
      {"وأفاد مصطفى الختم الليبي المقيم في المدينة أن العيد جميل.", {"مصطفى الختم"}, {}},
      // "His mother said that Jason holds both nationalities."
      {"وقالت والدته إن جيسون يحمل الجنسيتين.", {}, {"جيسون يحمل"}},
      // "The spokesman of the office, Pierre Peron, told the news agency ..."
      // (بيرون is no ب + "يرون", they see)
      {"وقال الناطق باسم المكتب بيار بيرون لوكالة الأنباء إن الوضع صعب.", {"بيار بيرون"}, {}},
  };
  ExpectCases(cases);
}

// Given names of the region and beyond that the press writes often.
TEST_F(PersonNamesTest, MoreGivenNamesAfterATitle) {
  const Case cases[] = {
      // "The minister of the displaced, Alice Haddad, welcomed the decision."
      {"ورحبت وزيرة المهجرين أليس حداد بالقرار.", {"أليس حداد"}, {"حداد"}},
      // "The deputy governor of Benghazi, Turki al-Harithi, conveyed the
      // condolences": "تركي" (Turki, or Turkish) without the article after a
      // title and before a nisba family name is the given name.
      {"ونقل نائب محافظ بنغازي تركي الحارثي تعازي المحافظ.", {"تركي الحارثي"}, {}},
      // "The minister, Turkish by nationality, said ...": no name.
      {"وقال الوزير تركي الجنسية إن الوضع صعب.", {}, {"تركي الجنسية"}},
      // "As for the head of the council, Wadih Karam, he expressed his optimism."
      {"أما رئيس المجلس وديع كرم فأعرب عن تفاؤله.", {"وديع كرم"}, {}},
      // "An official, who asked not to be named, said ...": "طلب" (asked)
      // is a verb there, no given name.
      {"وقال مسؤول خليجي، طلب عدم الكشف عن اسمه، إن المحادثات مستمرة.", {}, {"طلب عدم"}},
  };
  ExpectCases(cases);
}

// A known noun with the article before a gentilic that agrees with it is an
// apposition after the name, no family name.
TEST_F(PersonNamesTest, ANounAndItsGentilicAfterTheName) {
  const Case cases[] = {
      // "The family of Ahmed Youssef Abdelkarim, the young Russian who
      // attacked the centre, said that Abdelkarim was ill."
      {"وقالت عائلة أحمد يوسف عبدالكريم الشاب الروسي الذي هاجم المركز إن عبدالكريم كان مريضا.",
       {"أحمد يوسف عبدالكريم"},
       {"أحمد يوسف عبدالكريم الشاب"}},
      // "Just as George Bush inclined to settle crises by force ...": "بوش"
      // is no ب + a two-letter word.
      {"فمثلما كان جورج بوش يميل إلى القوة فإن خلفه رجل سلام.", {"جورج بوش"}, {}},
      // "The mayor of the city, Andy Burke, said ..."
      {"وقال رئيس بلدية المدينة أندي بيرك إن التحقيق مستمر.", {"أندي بيرك"}, {}},
  };
  ExpectCases(cases);
}

// Verbs of stance introduce a speaker as "قال" does.
TEST_F(PersonNamesTest, VerbsOfStanceBeforeAnUnknownName) {
  const Case cases[] = {
      // "Nasr al-Libi pointed out that the forces advanced": a common given
      // name and a nisba after a reporting verb.
      {"ونوه نصر الليبي إلى أن القوات تقدمت.", {"نصر الليبي"}, {}},
      // "Kostas Papadis ruled out that the situation would change soon."
      {"واستبعد كوستاس باباديس أن يتغير الوضع قريبا.", {"كوستاس باباديس"}, {}},
      // "Kostas Papadis judged it likely that the plan would fail."
      {"ورجح كوستاس باباديس أن تفشل الخطة.", {"كوستاس باباديس"}, {}},
  };
  ExpectCases(cases);
}

// A word right before "بن" and the father's name is the given name, even
// one no table knows or one that is also a word ("سفر", travel), and after a
// title even before a father's name no table knows.
TEST_F(PersonNamesTest, AGivenNameBeforeBin) {
  const Case cases[] = {
      // "The border guard commander, Major General Safar bin Ahmed al-Ghamdi,
      // thanked the workers."
      {"ووجه قائد حرس الحدود اللواء سفر بن أحمد الغامدي شكره للعاملين.",
       {"سفر بن أحمد الغامدي"},
       {"بن أحمد الغامدي"}},
      // "Colonel Shabnan bin Saad al-Qarni said a car overturned."
      {"وأوضح العقيد شبنان بن سعد القرني أن سيارة انقلبت.", {"شبنان بن سعد القرني"}, {}},
      // "Prince Fahd bin Sultan, emir of the region, consoled Sadad bin
      // Mahmoud": after an office in apposition to a name, a word of the
      // language before "بن" is no holder's given name.
      {"وواسى الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة بنغازي سداد بن محمود الفاخري.",
       {},
       {"سداد بن محمود الفاخري"}},
      // "Sheikh Dr Nahar bin Abdulrahman al-Otaibi said ...": after "د."
      {"وقال الشيخ د. نهار بن عبدالرحمن العتيبي إن البلاد آمنة.",
       {"نهار بن عبدالرحمن العتيبي"},
       {}},
      // "Joseph Stalin demanded ...": "ستالين" is no "س" + a verb.
      {"منذ أن طالب جوزيف ستالين تركيا بأراض.", {"جوزيف ستالين"}, {}},
      // "The governor of al-Khurma, Ajab bin Dhafer al-Shahrani, opened the
      // new exhibition": after an office and its complement too, and with a
      // father's name no list holds.
      {"وافتتح محافظ الخرمة عجب بن ظافر الشهراني المعرض الجديد.",
       {"عجب بن ظافر الشهراني"},
       {"بن ظافر الشهراني"}},
      // "The poet Ghallab bin Duhaim al-Thubaiti recited a national poem."
      {"وألقى الشاعر غلاب بن دهيم الثبيتي قصيدة وطنية.", {"غلاب بن دهيم الثبيتي"}, {}},
      // "After the travel of Ibn Khaldun ...": no title, a word of the
      // language before "بن" stays a word.
      {"وبعد سفر بن خلدون إلى القاهرة كتب المقدمة.", {}, {"سفر بن خلدون"}},
  };
  ExpectCases(cases);
}

// A sports trade without the article before a word no list knows is in the
// construct state with a club: no person there.
TEST_F(PersonNamesTest, ASportsTradeInTheConstructStateTakesAClub) {
  const Case cases[] = {
      // "Martinez, Everton's coach, backs a winter World Cup."
      {"وقال مارتينيز مدرب ايفرتون إنه يؤيد إقامة البطولة في الشتاء.", {}, {"ايفرتون"}},
      // "A Celtic player was banned for six matches."
      {"وأوقف لاعب سيلتيك ست مباريات.", {}, {"سيلتيك"}},
  };
  ExpectCases(cases);
}

// A given name alone after the title the document gave a longer name is
// that person again.
TEST_F(PersonNamesTest, AGivenNameAfterTheSameTitleRefersBack) {
  Document doc = Run("كتب الأمير بندر بن فهد مقالا. ثم ألم يسأل الأمير بندر عن الأسباب؟");
  const Entity* full = Find(doc, "بندر بن فهد");
  ASSERT_NE(full, nullptr) << Dump(doc);
  EXPECT_EQ(Find(doc, "بندر"), full) << Dump(doc);
  // "King Abdulaziz" is not "Prince Abdulaziz bin Fahd".
  Document other = Run("التقى الأمير عبدالعزيز بن فهد، أمس، الوفد في قصر الملك عبدالعزيز.");
  const Entity* prince = Find(other, "عبدالعزيز بن فهد");
  ASSERT_NE(prince, nullptr) << Dump(other);
  EXPECT_NE(Find(other, "عبدالعزيز"), prince) << Dump(other);
}

// "رضوان الله عليهم" (God's pleasure be upon them) after a name of the
// Prophet's companions is a prayer, no person.
TEST_F(PersonNamesTest, APrayerIsNoName) {
  const Case cases[] = {
      // "He attacked the companions, God be pleased with them."
      {"وهاجم الصحابة رضوان الله عليهم في مقابلة.", {}, {"رضوان الله"}},
  };
  ExpectCases(cases);
}

// After "عبد" a word with the article that is also a rank or title
// (الرقيب, sergeant; الأمير, prince) completes the given name.
TEST_F(PersonNamesTest, TitlesAfterAbdAreGivenNames) {
  const Case cases[] = {
      // "The local administration minister Abd al-Raqib Saif Fath said the
      // situation is good."
      {"وقال وزير الإدارة المحلية عبد الرقيب سيف فتح إن الوضع جيد.",
       {"عبد الرقيب سيف فتح"},
       {"سيف فتح"}},
      // "Abd al-Amir al-Zaidi said that the talks went well."
      {"وقال عبد الأمير الزيدي إن المحادثات سارت بشكل جيد.", {"عبد الأمير الزيدي"}, {}},
  };
  ExpectCases(cases);
}

// Foreign names the Arabic word list half knows: "ديف" is a word, "وايد" reads
// as و + a word, "فيورينا" as ف + a verb. Between a reporting verb and an
// office in apposition they are still the speaker's name; a described
// unnamed source or a plural object there is not.
TEST_F(PersonNamesTest, KnownLookingNameBeforeAnOffice) {
  const Case cases[] = {
      // "Dave Wade, secretary general of the teachers' union, said the strike
      // goes on."
      {"وقال ديف وايد، أمين عام نقابة المعلمين، إن الإضراب مستمر.", {"ديف وايد"}, {}},
      // The same without commas, the office's hamza dropped (امين).
      {"وقال ديف وايد امين عام نقابة المعلمين إن الإضراب مستمر.", {"ديف وايد"}, {}},
      // "Carly Fiorina, the former head of the company, said she would win."
      {"وقالت كارلي فيورينا الرئيسة السابقة للشركة إنها ستفوز.", {"كارلي فيورينا"}, {}},
      // "A military source, an official in the ministry, said the road is
      // open." (a noun and its nisba adjective: no name)
      {"وقال مصدر عسكري مسؤول في الوزارة إن الطريق مفتوح.", {}, {"مصدر عسكري"}},
      // "Statements of Rudolf, the club's president, were carried about the deal."
      {"ونقلت تصريحات رودولف، رئيس النادي، عن الصفقة.", {}, {"تصريحات رودولف"}},
  };
  ExpectCases(cases);
}

// A given name that is also a gentilic (وجدي, Vecdi, and "of Oujda"; تركي,
// Turki and "Turkish") opens the name after a title when a foreign family
// name no list knows follows it; the title does not swallow it.
TEST_F(PersonNamesTest, GentilicGivenNameBeforeAForeignFamilyName) {
  const Case cases[] = {
      // "The interior minister Vecdi Gonul said the army is ready."
      {"وقال وزير الداخلية وجدي غونول إن الجيش مستعد.", {"وجدي غونول"}, {"غونول"}},
      // "The director of the branch of the society in the north, Turki
      // Radiman, opened the exhibition."
      {"وافتتح مدير فرع الجمعية بالمنطقة الشمالية تركي رضيمان المعرض.", {"تركي رضيمان"}, {}},
  };
  ExpectCases(cases);
}

// "الكابتن" (captain), how the sports press addresses players and coaches,
// opens the name after it and ends a title before it.
TEST_F(PersonNamesTest, CaptainAsAFormOfAddress) {
  const Case cases[] = {
      // "The fitness coach, captain Hamdi Sadiq, said the team is ready."
      {"وقال مدرب اللياقة الكابتن حمدي صادق إن الفريق جاهز.", {"حمدي صادق"}, {}},
  };
  ExpectCases(cases);
  // The title stops before the form of address.
  Document doc = Run("وقال مدرب اللياقة الكابتن حمدي صادق إن الفريق جاهز.");
  for (const Role& r : doc.roles) {
    EXPECT_EQ(r.title.find("\xD8\xA7\xD9\x84\xD9\x83\xD8\xA7\xD8\xA8\xD8\xAA\xD9\x86"),  // الكابتن
              std::string::npos)
        << Dump(doc);
  }
}

// A participle that takes an object with ل after it (المتابع, following;
// المطلع, informed) describes the person and ends the name.
TEST_F(PersonNamesTest, ParticipleWithItsObjectEndsTheName) {
  const Case cases[] = {
      // "The activist Abu Ali, who follows the city's affairs, said it is calm."
      {"وقال الناشط أبو علي المتابع لشؤون المدينة إن الوضع هادئ.",
       {"أبو علي"},
       {"أبو علي المتابع"}},
  };
  ExpectCases(cases);
}

TEST_F(PersonNamesTest, AnOfficialIsATitle) {
  // "The official in charge of media at the club, Ahmad Bamaouda, said the
  // deal is done." (مسؤول is a post of its own, as the gold roles have it)
  Document doc = Run("وقال مسؤول الإعلام بالنادي أحمد بامعوضة إن الصفقة اكتملت.");
  const Entity* ahmad = Find(doc, "أحمد بامعوضة");
  ASSERT_NE(ahmad, nullptr) << Dump(doc);
  bool role = false;
  for (const Role& r : doc.roles) {
    role = role || (&doc.entities[r.person] == ahmad &&
                    r.title.starts_with("\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84"));  // مسؤول
  }
  EXPECT_TRUE(role) << Dump(doc);
}

// Given names of the Gulf, Yemen and the Maghreb, and foreign ones, that the
// table lacked; those that are words too only open a name where one is
// expected.
TEST_F(PersonNamesTest, GivenNamesOfTheGulfAndTheMaghreb) {
  const Case cases[] = {
      // "The ministry's spokesman Rajih al-Sarari said the road is open."
      // (راجح, Rajih, is also "likely")
      {"وقال المتحدث باسم الوزارة راجح الصراري إن الطريق مفتوح.", {"راجح الصراري"}, {}},
      // "Miloud al-Warfalli, the army's spokesman, said the fighting ended."
      {"قال ميلود الورفلي الناطق باسم الجيش إن القتال انتهى.", {"ميلود الورفلي"}, {}},
      // "The senator Mitch Kaminsky voted against the bill."
      {"وصوت السناتور ميتش كامينسكي ضد القانون.", {"ميتش كامينسكي"}, {}},
      // "Major General Ismat Nour said the situation is calm." (عصمت)
      {"وقال اللواء عصمت نور إن الوضع هادئ.", {"عصمت نور"}, {}},
      // "The winners are: Hizabr Saeed and Aida al-Harbi." (هزبر, عيضة)
      {"وفاز بالجائزة هزبر سعيد وعيضة الحربي.", {"هزبر سعيد", "عيضة الحربي"}, {}},
      // "The school's headmaster, hoped that the pupils pass." (أمل, hope,
      // is a verb after the title's comma, not a given name)
      {"وكان مدير المدرسة، أمل أن ينجح الطلاب.", {}, {"أمل"}},
      // "A Gulf official, who hoped the attack is not repeated, said the talks
      // go on." (أمل عدم تكرار: a verb, its verbal noun and its genitive)
      {"وقال مسؤول خليجي، أمل عدم تكرار الهجوم، إن المحادثات مستمرة.",
       {},
       {"أمل عدم تكرار", "أمل عدم"}},
      // "To meet the request of the competent bodies in the ministry." (لطلب
      // is "for the request", before a noun the word list may lack)
      {"وجاء القرار تحقيقا لطلب جهات الاختصاص في الوزارة.", {}, {"لطلب جهات"}},
  };
  ExpectCases(cases);
}

// Words that look like the next part of a name but end it or make none.
TEST_F(PersonNamesTest, WordsThatEndOrMakeNoName) {
  const Case cases[] = {
      // "The new coach is the son of a father from Ghana." (ل + a word of
      // kinship after "ابن" is no name)
      {"والمدرب الجديد هو ابن لأب من غانا.", {}, {"ابن لأب"}},
      // "According to Abdulmajid, al-Sayyid is the most important leader."
      // ("فان" after an Arabic name is "فإن" without its hamza)
      {"وبحسب عبد المجيد فان السيد هو أهم قائد.", {}, {"عبد المجيد فان السيد"}},
      // "The coach Luis van Dijk said the team is ready." (a European
      // particle after a European given name stays in the name)
      {"وقال المدرب لويس فان دايك إن الفريق جاهز.", {"لويس فان دايك"}, {}},
      // "If the verdict is published in the media, the message will reach
      // every offender." (an accusative profession is an adverb here)
      {"وإذا نشر الحكم إعلاميا، فستصل الرسالة إلى كل مخالف.", {}, {"فستصل الرسالة"}},
      // "Our neighbour Ahmad, that kind man, helped us." (a demonstrative
      // makes no family name)
      {"وكان جارنا أحمد ذاك الرجل الطيب يساعدنا.", {}, {"أحمد ذاك الرجل", "أحمد ذاك"}},
      // "The school's headmaster was glad about the results." (فرح من: a
      // verb right after an office; فرح is a given name too)
      {"وكان مدير المدرسة فرح من النتائج.", {}, {"فرح"}},
      // "They called him «the crown of corruption»." (تاج, crown, is a
      // given name that is a word too)
      {"ووصفوه بأنه «تاج الفساد» في البلاد.", {}, {"تاج الفساد"}},
  };
  ExpectCases(cases);
}

// Lists that set one name a line after a bullet: a member opening with a
// given name, next to a member found on its own, is a person too.
TEST_F(PersonNamesTest, ListsOfNamesByLines) {
  const Case cases[] = {
      // "The injured in hospital:\n• Nasser al-Dawsari\n• Saad al-Mutairi\n
      // • Amer al-Harbi" (ناصر and عامر are words too; سعد opens a name)
      {"المصابون في المستشفى\n\xE2\x80\xA2 ناصر الدوسري\n\xE2\x80\xA2 سعد المطيري\n"
       "\xE2\x80\xA2 عامر الحربي",
       {"ناصر الدوسري", "سعد المطيري", "عامر الحربي"},
       {}},
  };
  ExpectCases(cases);
}

// A common given name after a gentilic with the article opens a name whose
// family name a known person has too: "the Syrian defender Jihad al-Qadhafi"
// is not Muammar Gaddafi.
TEST_F(PersonNamesTest, AGivenNameAfterAGentilicBeforeAKnownSurname) {
  Document doc = Run("وتعاقد النادي مع المدافع الليبي جهاد القذافي لموسم واحد.");
  const Entity* jihad = Find(doc, "جهاد القذافي");
  ASSERT_NE(jihad, nullptr) << Dump(doc);
  EXPECT_EQ(jihad->type, EntityType::kPerson) << Dump(doc);
  EXPECT_TRUE(jihad->kb_id.empty()) << Dump(doc);
}

// Words after a given name that describe the person or are function words:
// an age, a participle before its preposition, ب/ل + a pronoun.
TEST_F(PersonNamesTest, AgesParticiplesAndPronounsAfterAGivenName) {
  const Case cases[] = {
      // "He left school at the age of eleven." (عمر is age here)
      {"وترك المدرسة في عمر الحادية عشرة.", {}, {"عمر الحادية"}},
      // "She became famous at fifty."
      {"واشتهرت في عمر الخمسين.", {}, {"عمر الخمسين"}},
      // "Omar, born in Jeddah, said he is happy."
      {"وقال عمر المولود في جدة إنه سعيد.", {}, {"عمر المولود"}},
      // "Khalid, accused of theft, said he is innocent."
      {"وقال خالد المتهم بالسرقة إنه بريء.", {}, {"خالد المتهم"}},
      // "Saad told them the team is ready." (بهم: with them)
      {"وقال سعد لهم إن الفريق جاهز.", {}, {"سعد لهم"}},
      // "Colonel Omar al-Harbi said the road is safe." (a family name stays)
      {"وقال العقيد عمر الحربي إن الطريق آمن.", {"عمر الحربي"}, {}},
  };
  ExpectCases(cases);
}

// A byline opening the text: the reporter's name, a dash, the outlet, and a
// dash or a colon before the place.
TEST_F(PersonNamesTest, TheReportersNameInABylineIsAPerson) {
  const Case cases[] = {
      // "Fahd al-Harbi - Sabq - Taif: the municipality opened a park."
      {"فهد الحربي - سبق - الطائف: افتتحت البلدية حديقة جديدة.", {"فهد الحربي"}, {}},
      // "Falah al-Shammari- Sabq- follow-up: the ministry announced ..."
      {"فلاح الشمري- سبق- متابعة: أعلنت الوزارة نتائج القبول.", {"فلاح الشمري"}, {}},
      // "The minister said that the government - according to the statement
      // - will act." (a dash inside a sentence opens no byline)
      {"أكد الوزير أن الحكومة - بحسب البيان - ستعمل.", {}, {"الحكومة"}},
  };
  ExpectCases(cases);
}

// "قائد" (commander) is also a Yemeni given name; "مساعد" (assistant) a Gulf
// one. Before a name they open it; before a noun and its genitive they are
// the office.
TEST_F(PersonNamesTest, GivenNamesThatAreOfficesToo) {
  const Case cases[] = {
      // "The spokesman of the base, Qaid Salem, said the road is open."
      {"وقال الناطق باسم القاعدة قائد سالم إن الطريق مفتوح.", {"قائد سالم"}, {}},
      // "The commander of the border force visited the post." (no name)
      {"وزار قائد قوة الحدود المركز.", {}, {"قائد قوة"}},
      // "The deputy assistant defence secretary Mark Kelly arrived."
      {"ووصل نائب مساعد وزير الدفاع مارك كيلي إلى بغداد.", {"مارك كيلي"}, {"مساعد"}},
  };
  ExpectCases(cases);
}

// A noun and its adjective in the accusative after "أبا", a prayer after a
// name, and a chain of descent ending in a compound with "عبد".
TEST_F(PersonNamesTest, AccusativesPrayersAndLongChains) {
  const Case cases[] = {
      // "He was a tender father to his children." (أبًا: a father)
      {"وكان أبًا حنونًا لأبنائه.", {}, {"أبًا حنونًا"}},
      // "The Prophet Muhammad, peace be upon him, said ..." (a prayer)
      {"وقال النبي محمد صلى الله عليه وسلم إن الدين يسر.", {}, {"محمد صلى الله"}},
      // "Prince Khalid bin Saud bin Khalid bin Abdulrahman attended."
      {"وحضر الأمير خالد بن سعود بن خالد بن عبد الرحمن الحفل.",
       {"خالد بن سعود بن خالد بن عبد الرحمن"},
       {}},
  };
  ExpectCases(cases);
}

// After a rank, a word of the language before a tribal nisba the word list
// does not know is a given name the table lacks.
TEST_F(PersonNamesTest, AnUnlistedGivenNameBeforeATribalNisba) {
  const Case cases[] = {
      // "Brigadier Mushabbab al-Qahtani praised the pilgrims' reception."
      {"وأشاد العميد مشبب القحطاني بحسن استقبال الحجاج.", {"مشبب القحطاني"}, {}},
      // "Mushabbab al-Qahtani, the police spokesman, said the accident
      // happened yesterday." (after a reporting verb, before an office)
      {"وقال مشبب القحطاني المتحدث باسم الشرطة إن الحادث وقع أمس.", {"مشبب القحطاني"}, {}},
      // "The security source said the accident happened." (no name)
      {"وقال المصدر الأمني إن الحادث وقع.", {}, {"المصدر الأمني"}},
      // "The colonel inspected the old building." (no name: a known noun
      // with the article)
      {"وتفقد العقيد المبنى القديم.", {}, {"المبنى القديم"}},
  };
  ExpectCases(cases);
}

// Foreign names whose words read as Arabic words or clitics: a first word
// that reads as ب + an unknown word keeps its ب after a title, and after a
// foreign given name a word of the language before an unknown word is the
// first of two surnames.
TEST_F(PersonNamesTest, ForeignNamesThatReadAsWords) {
  const Case cases[] = {
      // "The foreign minister of the country, Barnaba Deng, arrived in Juba."
      {"ووصل وزير خارجية البلاد برنابا دينغ إلى جوبا.", {"برنابا دينغ"}, {"رنابا دينغ"}},
      // "The Mexican president Enrique Peña Nieto said the inquiry goes on."
      // (بينا reads as "between us")
      {"وقال الرئيس المكسيكي إنريكي بينا نييتو إن التحقيق مستمر.", {"إنريكي بينا نييتو"}, {}},
      // "Prime minister John Key gave verbal support." (كي, a particle too,
      // and دعما, support, are no surnames)
      {"وقدم رئيس الوزراء جون كي دعما شفهيا للعملة.", {}, {"جون كي دعما"}},
      // "The Republican John Boehner, the Speaker of the House, told
      // reporters ..." (بينر is no ب + a word: an office follows it)
      {"وقال الجمهوري جون بينر رئيس مجلس النواب للصحافيين إن الأمر صعب.", {"جون بينر"}, {}},
      // "The minister John met with the foreign minister." (ب + a title)
      {"والتقى الوزير جون بوزير الخارجية أمس.", {}, {"جون بوزير"}},
  };
  ExpectCases(cases);
}

// Unknown people over the shipped data: foreign names that open with
// "أل"/"إل" or "ال", a father's name Ali spelt like the preposition, a known
// one-word alias before another man's chain of descent, names after a noun
// for a person (الشاب، الشهيد), and given names that are ordinary words too
// (رضا "satisfaction", حسن "good").

TEST_F(PersonNamesShippedKbTest, ForeignNamesOpeningWithAlefLam) {
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
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, APrepositionAfterATitleIsNoName) {
  const Case cases[] = {
      // "The supervisor praised the programme of the guests of the Custodian
      // of the Two Holy Mosques for the pilgrimage and umrah." (للحج is ل +
      // the article + "pilgrimage", though لحج is also a Yemeni town)
      {"وأشاد المشرف على برنامج ضيوف خادم الحرمين الشريفين للحج والعمرة بالعاملين.", {}, {"للحج"}},
      // "The president travelled for the pilgrimage this year."
      {"وسافر الرئيس للحج هذا العام.", {}, {"للحج"}},
      // "The former governor of Arkansas Mike Huckabee said the deal is bad."
      // (ل before a hamza on alef: a preposition, whatever the rest)
      {"وقال الحاكم السابق لأركنسو مايك هاكابي إن الاتفاق سيئ.", {"مايك هاكابي"}, {"لأركنسو"}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, FatherOfParticleAndAWordWithTheArticle) {
  const Case cases[] = {
      // "The signing was attended by the club's vice-president Faisal Aba
      // al-Khail at the airport." (الخيل, the horses, is the family name's)
      {"وجاء التوقيع بحضور نائب رئيس النادي فيصل أبا الخيل في المطار.", {"فيصل أبا الخيل"}, {}},
      // "Nasser bin Hamoud Abu al-Ula opened the exhibition."
      {"وافتتح ناصر بن حمود أبو العلا المعرض أمس.", {"ناصر بن حمود أبو العلا"}, {}},
      // "The child's father said he had gone out in the morning." (no given
      // name before the particle: a father and his child)
      {"وقال أبو الطفل إنه خرج صباحا.", {}, {"أبو الطفل"}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, PlayersOnTheSportsPages) {
  const Case cases[] = {
      // "The Venezuelan pro Rivas joined his teammates in training." (ب + a
      // noun with its pronoun is no surname)
      {"والتحق المحترف الفنزويلي ريفاس بزملائه في التدريبات.", {"ريفاس"}, {"ريفاس بزملائه"}},
      // "The player Marquinho, the former pro at al-Ittihad club, ..."
      {"وتعثرت مفاوضات النادي مع اللاعب ماركينهو المحترف السابق بنادي الاتحاد.",
       {"ماركينهو"},
       {"ماركينهو المحترف"}},
      // "The right back Hassan Muath missed the match."
      {"وغاب الظهير الأيمن حسن معاذ عن المباراة.", {"حسن معاذ"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, TheFutureOfAVerbAfterATitleIsNoName) {
  const Case cases[] = {
      // "As for the rights side, the session will discuss new laws." (ف +
      // the future's س + an imperfect, after a word that looks like a title)
      {"أما في الجانب الحقوقي، فستشهد الدورة مناقشة قوانين جديدة.", {}, {"فستشهد الدورة"}},
      // "The coach Sergio Conceicao said the team is ready." (a name that
      // opens with س stays one)
      {"وقال المدرب سيرجيو كونسيساو إن الفريق جاهز.", {"سيرجيو كونسيساو"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, APluralGentilicIsNoFamilyName) {
  const Case cases[] = {
      // "The sanctions support the Palestinians' struggle, ..." (نضال,
      // struggle, is also a given name; a people is no family name)
      {"وتدعم العقوبات نضال الفلسطينيين، كما يقول المنظمون.", {}, {"نضال الفلسطينيين"}},
      // "Mahmoud al-Masri said the work goes on." (a singular nisba is)
      {"وقال محمود المصري إن العمل مستمر.", {"محمود المصري"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, ChainsOfDescent) {
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
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, GivenNamesThatAreWords) {
  const Case cases[] = {
      // "The survey measured patient satisfaction with the services."
      {"وقاس الاستبيان رضا المريض عن الخدمات.", {}, {"رضا المريض"}},
      // "Hassan Arabi, who works at the port, said the blast was loud." (حسن,
      // good, and عربي, Arab, are words too)
      {"وقال حسن عربي، الذي يعمل في الميناء، إن الانفجار كان قويا.", {"حسن عربي"}, {}},
      // "Omar al-Zahrani, the club president, said the team is ready."
      {"وقال عمر الزهراني رئيس النادي إن الفريق جاهز.", {"عمر الزهراني"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, NamesAfterNounsForAPerson) {
  const Case cases[] = {
      // "The people buried the martyr Majid al-Qarni yesterday." (ماجد, a
      // given name that is also an adjective, glorious)
      {"شيع الأهالي جثمان الشهيد ماجد القرني أمس.", {"ماجد القرني"}, {}},
      // "The young man Anwar Masoud's mother said her son is innocent."
      {"وقالت والدة الشاب أنور مسعود إن ابنها بريء.", {"أنور مسعود"}, {}},
      // "The little child was slightly injured." (an adjective, no name)
      {"وأصيب الطفل الصغير بجروح طفيفة.", {}, {"الصغير"}},
  };
  ExpectCases(cases, stages_);
}

// Titles before a name and what ends a name, over the shipped data: a
// demonstrative that is the verb's object before an indefinite title, a kunya
// that closes a name before its apposition, "عمر" (age) before the verb that
// measures it, and a place name that is the family name after two given names.
TEST_F(PersonNamesShippedKbTest, DemonstrativeObjectBeforeIndefiniteTitle) {
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
    test::ExpectAllPresent(test::TitlesOf(doc, c.person), {c.title}, test::Dump(doc));
  }
  // After a reporting verb a demonstrative is its object before a definite
  // title too: "The police spokesman, Colonel Saad al-Ghamdi, explained
  // that."
  {
    Document doc = stages_.Run("أوضح ذلك المتحدث الرسمي لشرطة المنطقة العقيد سعد الغامدي.");
    test::ExpectAllPresent(test::TitlesOf(doc, "سعد الغامدي"), {"المتحدث الرسمي لشرطة المنطقة"},
                           test::Dump(doc));
  }
  // "This general (the team) won the match" stays no title: a noun the
  // demonstrative points at takes the article.
  // "This team won the final match yesterday."
  Document doc = stages_.Run("فاز هذا الفريق بالمباراة النهائية أمس.");
  EXPECT_TRUE(doc.roles.empty()) << test::Dump(doc);
}

TEST_F(PersonNamesShippedKbTest, KunyaBeforeApposition) {
  const Case cases[] = {
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
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, AgeIsNoName) {
  const Case cases[] = {
      // "The poet died yesterday at an age nearing ninety."
      {"توفي الشاعر أمس عن عمر ناهز التسعين عاما.", {}, {"عمر ناهز"}},
      // "Those who are at an age exceeding sixty are exempted."
      {"ويعفى من الرسوم من هم بعمر يتجاوز الستين.", {}, {"عمر يتجاوز"}},
      // Omar the name stays: "Omar al-Shehri, the club's director, said ..."
      {"وقال عمر الشهري مدير النادي إن الفريق جاهز.", {"عمر الشهري"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, PlaceAsFamilyNameAfterTwoGivenNames) {
  const Case cases[] = {
      // "Sheikh Hamad Nasser al-Barh, commander of the western front,
      // attended the meeting." (البرح is also a place)
      {"وحضر الشيخ حمد ناصر البرح قائد الجبهة الغربية الاجتماع.", {"حمد ناصر البرح"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, ClanIsNoPerson) {
  const Case cases[] = {
      // "The opposition says the rule of the Assad family is over."
      {"ويقول المعارضون إن حكم آل الأسد انتهى.", {}, {"آل الأسد"}},
      // "Sheikh of the Al Harbi tribe, Saad al-Harbi, said ..."
      {"وقال سعد الحربي شيخ قبيلة آل مسعود إن الطريق مغلق.", {"سعد الحربي"}, {"آل مسعود"}},
      // A name that ends with the clan stays whole: "Sheikh Fahd bin Saad Al
      // Masoud received the delegation."
      {"استقبل الشيخ فهد بن سعد آل مسعود الوفد أمس.", {"فهد بن سعد آل مسعود"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, WordBeforeAYearIsNoSurname) {
  const Case cases[] = {
      // "The victim is Fatima Ibrahim, born in 1990, of Syrian nationality."
      {"والضحية هي فاطمة إبراهيم مواليد عام 1990 سورية الجنسية.",
       {"فاطمة إبراهيم"},
       {"فاطمة إبراهيم مواليد"}},
      // "The player Fabian, suspended for 3 matches, returns next week."
      {"ويعود اللاعب فابيان موقوف 3 مباريات الأسبوع المقبل.", {}, {"فابيان موقوف"}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, GivenNamesBesideTheirNounSenses) {
  const Case cases[] = {
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
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, TribalNisbaAfterCommonGivenName) {
  const Case cases[] = {
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
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, ServantOfTheLiving) {
  const Case cases[] = {
      // "The university's president Abdulhay al-Ansari said ..." (الحي, the
      // Living, one of God's names, is also "the quarter", a place head)
      {"وقال رئيس الجامعة عبد الحي الأنصاري إن الدراسة بدأت.", {"عبد الحي الأنصاري"}, {}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, WordSurnameAfterTwoGivenNames) {
  const Case cases[] = {
      // "The writer Mohamed Hassanein Heikal said the situation is hard."
      // (هيكل, a frame, is a word of the language)
      {"وقال الكاتب محمد حسنين هيكل إن الوضع صعب.", {"محمد حسنين هيكل"}, {}},
      // "Dr Mohammed Khidr Arif, the university's dean, said ..."
      {"وقال الدكتور محمد خضر عريف عميد الكلية إن الدراسة بدأت.", {"محمد خضر عريف"}, {}},
      // A word that goes on with its own complement stays out: "Mohammed
      // Ali visited the exhibition in the evening."
      {"وزار محمد علي معرض الكتاب مساء أمس.", {}, {"محمد علي معرض"}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, ObjectAfterAnIndefiniteFamilyName) {
  const Case cases[] = {
      // "Mahdi Rahimi confirmed the decision the committee took." (With مدني,
      // also "civil", a common given name, a title or known surname must stand by.)
      {"وأكد مهدي رحيمي القرار الذي اتخذته اللجنة.", {"مهدي رحيمي"}, {"مهدي رحيمي القرار"}},
      // "Francois Hollande discussed cooperation with the minister."
      {"وبحث فرنسوا هولاند التعاون مع الوزير.", {}, {"فرنسوا هولاند التعاون"}},
  };
  ExpectCases(cases, stages_);
}

TEST_F(PersonNamesShippedKbTest, CliticLookingSurnameAfterTwoNames) {
  const Case cases[] = {
      // "The prosecutor Mark John Blassin said the court met." (بلاسين is no
      // ب + a word)
      {"وقال المدعي العام مارك جون بلاسين إن المحكمة انعقدت.", {"مارك جون بلاسين"}, {}},
  };
  ExpectCases(cases, stages_);
}

// A common given name (a word too) before a nisba with the article and a
// relative pronoun: a noun without the article takes no such adjective.
TEST_F(PersonNamesShippedKbTest, CommonGivenNameBeforeANisbaAndARelative) {
  const Case cases[] = {
      // "The paper is headed by Mansour al-Harbi, who was a journalist."
      {"ويرأس الصحيفة منصور الحربي الذي كان صحفيا.", {"منصور الحربي"}, {}},
      // "Amal al-Otaibi, who heads the society, said the campaign worked."
      {"وقالت أمل العتيبي التي ترأس الجمعية إن الحملة نجحت.", {"أمل العتيبي"}, {}},
      // "The international player who joined recently scored it." (a noun
      // with the article: no name)
      {"وسجله اللاعب الدولي الذي انضم حديثا.", {}, {"اللاعب الدولي"}},
  };
  ExpectCases(cases, stages_);
}

}  // namespace
}  // namespace rased::ner
