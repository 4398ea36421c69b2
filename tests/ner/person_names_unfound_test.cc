// Names the person rules used to miss or cut short: a father's name that is
// also a gentilic after "بن"; a name after a noun for a person and its
// gentilic or age; a nisba family name after a title, before "و" and the
// next item of a list; compound "عبد" names written as one word; a tribe's
// nisba the word list reads as an adjective; foreign names; a byline at the
// head of a line. Sentences
// written for these tests, over the shipped data and the text stage with
// the word list.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PersonNamesUnfoundTest : public test::WordListTest {};

TEST_F(PersonNamesUnfoundTest, GentilicGivenNameAfterBinIsTheFather) {
  const test::PersonCase cases[] = {
      // "Prince Faisal bin Turki bin Abdullah and Prince Saud bin Turki bin
      // Muhammad saw the king off." (تركي, Turki, is also "Turkish")
      {"وكان في وداع الملك الأمير فيصل بن تركي بن عبدالله، والأمير سعود بن تركي بن محمد.",
       {"فيصل بن تركي بن عبدالله", "سعود بن تركي بن محمد"},
       {"فيصل", "سعود"}},
      // "The former emir of the region, Muhammad bin Turki al-Sudairi,
      // opened the exhibition."
      {"افتتح أمير المنطقة السابق محمد بن تركي السديري المعرض.",
       {"محمد بن تركي السديري"},
       {"محمد"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, NameAfterANounForAPersonAndItsAdjective) {
  const test::PersonCase cases[] = {
      // "Soldiers assaulted the elderly Palestinian Khair al-Shimi during his
      // arrest." (خير, good, is a common given name)
      {"اعتدى الجنود على المسن الفلسطيني خير الشيمي أثناء اعتقاله.", {"خير الشيمي"}, {}},
      // "The accountant in his fifties, Majid Omran, says angrily that the
      // situation is bad."
      {"ويقول المحاسب الخمسيني ماجد عمران بغضب إن الوضع سيء.", {"ماجد عمران"}, {}},
      // "The seller Fadel Muhammad said the benefits of honey are many."
      {"وقال البائع فاضل محمد إن فوائد العسل كثيرة.", {"فاضل محمد"}, {}},
      // "The contestant Salih al-Quraishi sees that ..."
      {"بينما يرى المتسابق صالح القريشي أن المسابقة صعبة.", {"صالح القريشي"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, NisbaAfterATitledGivenNameBeforeAList) {
  const test::PersonCase cases[] = {
      // "The coach Khalil al-Masri and the physiotherapist attended the
      // training." (المصري, Egyptian, is the family name: a list goes on)
      {"وحضر التدريب المدرب خليل المصري واختصاصي العلاج.", {"خليل المصري"}, {}},
      // "The Saudi coach Khalil al-Masri attended the training." (the
      // title gave his nation already)
      {"وحضر المدرب السعودي خليل المصري التدريب.", {"خليل المصري"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, CompoundAbdNamesWrittenAsOneWord) {
  const test::PersonCase cases[] = {
      // "The late Abdullatif al-Kuwaiti sang at the party."
      {"وغنى المرحوم عبداللطيف الكويتي في الحفل.", {"عبداللطيف الكويتي"}, {}},
      // "Anwar Abdulmalik wrote the story and Najib directed it." (أنور,
      // brighter, is a common given name; the father's name is the sign)
      {"وكتب القصة أنور عبدالملك وأخرجها نجيب.", {"أنور عبدالملك"}, {}},
      // "Abbas Abdulhussein Abdullah Muhammad (30 years old) was arrested."
      {"واعتقل عباس عبدالحسين عبدالله محمد (30 عاما) في المطار.",
       {"عباس عبدالحسين عبدالله محمد"},
       {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, LeagueNamedAfterItsSponsorIsNoPerson) {
  const test::PersonCase cases[] = {
      // "The Jazan clubs qualified for the Abdul Latif Jameel League of
      // professionals."
      {"وتأهلت أندية جازان لدوري عبداللطيف جميل للمحترفين.", {}, {"عبداللطيف جميل"}},
      // "The leaders of the Abdullah Jameel League met." (another sponsor)
      {"واجتمع مسؤولو دوري عبدالله جميل أمس.", {}, {"عبدالله جميل"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, TribalNisbaTheWordListReadsAsAnAdjective) {
  const test::PersonCase cases[] = {
      // "Fahd al-Harbi took part in the meeting." (فهد, leopard, is a common
      // given name; الحربي, military, a tribe's name)
      {"وشارك فهد الحربي في الاجتماع.", {"فهد الحربي"}, {}},
      // "Zahir al-Bariqi gave a speech on the occasion."
      {"وقد ألقى زاهر البارقي كلمة بهذه المناسبة.", {"زاهر البارقي"}, {}},
      // "Salih al-Shahri recorded a new song." (الشهري, monthly)
      {"وسجل صالح الشهري أغنية جديدة.", {"صالح الشهري"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, TemporalAdjectiveAfterACommonGivenNameIsNoName) {
  const test::PersonCase cases[] = {
      // "The series was shown last Ramadan on the channel." (رمضان is a
      // given name too; الماضي, last, no family name)
      {"وعرض المسلسل في رمضان الماضي على القناة.", {}, {"رمضان الماضي"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, ForeignGivenNames) {
  const test::PersonCase cases[] = {
      // "Finance minister Taro Aso voiced his displeasure."
      {"وأعرب وزير المالية تارو آسو عن استيائه.", {"تارو آسو"}, {}},
      // "Orlando Ochoa, the economist, said the situation is bad."
      {"وقال أورلاندو أوشوا، المختص الاقتصادي، إن الوضع سيء.", {"أورلاندو أوشوا"}, {}},
      // "The coach said Sergio will stay with the team." (the future verb
      // after the first name is no surname)
      {"وأكد المدرب أن سيرخيو راموس سيبقى مع الفريق. وقال إن سيرخيو سيبقى معنا.",
       {"سيرخيو راموس"},
       {"سيرخيو سيبقى"}},
      // "Orlando was speaking to Italian television." (an imperfect before
      // its preposition ends the name)
      {"ودعا أورلاندو الزعماء إلى التضامن. وكان أورلاندو يتحدث إلى التلفزيون.",
       {},
       {"أورلاندو يتحدث"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, CompoundGivenNameThatNamesAPlace) {
  const test::PersonCase cases[] = {
      // "Saladin al-Ayyubi began preparing to free Jerusalem." (صلاح الدين
      // is also the Iraqi province)
      {"وبدأ صلاح الدين الأيوبي يعد العدة لتحرير القدس.", {"صلاح الدين الأيوبي"}, {}},
      // "Salahuddin Demirtas, the party's leader, called for calm."
      {"ودعا صلاح الدين دميرتاش زعيم الحزب إلى التهدئة.", {"صلاح الدين دميرتاش"}, {}},
      // "Salah al-Din Abdul Karim, the club's player, scored twice."
      {"وسجل صلاح الدين عبد الكريم هدفين للنادي.", {"صلاح الدين عبد الكريم"}, {}},
  };
  test::ExpectPersons(stages_, cases);
  // "Ten were killed in Salahuddin yesterday." (the place)
  const Document doc = Run("وقتل عشرة في صلاح الدين أمس.");
  const Entity* place = test::FindEntity(doc, "صلاح الدين");
  ASSERT_NE(place, nullptr) << test::Dump(doc);
  EXPECT_EQ(place->type, EntityType::kLocation) << test::Dump(doc);
}

TEST_F(PersonNamesUnfoundTest, ForeignNameBeforeAnOfficeAtTheHeadOfAClause) {
  const test::PersonCase cases[] = {
      // "Tanaka pointed out that Masashi Muromachi, the chairman of the
      // board, would take the post." (no reporting verb before the name;
      // the final ي of both words is no pronoun)
      {"وأشار تاناكا إلى أن ماساشي موروماتشي رئيس مجلس الإدارة سيتولى المنصب.",
       {"ماساشي موروماتشي"},
       {}},
      // "Masashi Muromachi, the chairman of the board, said the company is
      // well."
      {"وقال ماساشي موروماتشي رئيس مجلس الإدارة إن الشركة بخير.", {"ماساشي موروماتشي"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, BylineAtTheHeadOfALine) {
  const test::PersonCase cases[] = {
      // "Amira al-Mawlid – Ain Alyoum / Civil defence teams started work."
      // (أميرة, princess, is a common given name)
      {"أميرة المولد – عين اليوم\nباشرت فرق الدفاع المدني العمل.", {"أميرة المولد"}, {}},
      // "... / Mukhtar al-Yafi'i - Riyadh" (a reader's letter signed at its end)
      {"هذه رسالة قارئ عن غلاء الأسعار.\nمختار اليافعي - الرياض", {"مختار اليافعي"}, {}},
      // "Ali al-Sahari – Qunfudhah: the adviser thanked the association."
      {"علي السحاري – القنفذة: قدم المستشار شكره للجمعية.", {"علي السحاري"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, LeagueNamedAfterASponsorRecallsNoOne) {
  const test::PersonCase cases[] = {
      // "The fitness coach Abdullatif al-Husseini said the players are ready
      // for the Abdul Latif Jameel League." (the league's name recalls no
      // person named before)
      {"وقال المعد البدني عبداللطيف الحسيني إن اللاعبين جاهزون لدوري عبداللطيف جميل.",
       {"عبداللطيف الحسيني"},
       {"عبداللطيف", "عبداللطيف جميل"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, BylineWithTheFathersGivenName) {
  const test::PersonCase cases[] = {
      // "... / Amal Khaled Asal - Riyadh" (a reader's letter signed with
      // a three-part name; the family name عسل, honey, is also a word)
      {"هذه رسالة قارئة عن زحام الطرق.\nأمل خالد عسل - الرياض", {"أمل خالد عسل"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, NameAfterACompanysHeadIsNoPerson) {
  // "The Hamad Saleh al-Rumaih company announced a new training programme."
  // / "The Fahd Nasser al-Otaibi group signed an agreement with the
  // university." (a company or business group named after its founder; a
  // band or a militia named after its leader still names him)
  for (const char* text : {"وأعلنت شركة حمد صالح الرميح عن برنامج جديد للتدريب.",
                           "ووقعت مجموعة فهد ناصر العتيبي اتفاقية مع الجامعة."}) {
    const Document doc = Run(text);
    for (const Entity& e : doc.entities) {
      EXPECT_NE(e.type, EntityType::kPerson) << text << "\n" << test::Dump(doc);
    }
  }
  const test::PersonCase cases[] = {
      // "The committee's media spokesman Saud al-Tuwaim said the voting
      // goes on." (the head in a title's complement: the holder follows)
      {"وقال المتحدث الإعلامي للجنة سعود الرميح إن التصويت مستمر.", {"سعود الرميح"}, {}},
      // "The club's board, chaired by Fawzi al-Tamimi, signed the striker."
      {"وتعاقدت إدارة النادي برئاسة فوزي التميمي مع المهاجم.", {"فوزي التميمي"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, GivenNameShapedLikeAVerbAfterATitle) {
  const test::PersonCase cases[] = {
      // "The Nasr captain Tayseer al-Hamad scored a goal in the match."
      // (تيسر, Tayseer's short spelling, also reads "it eases")
      {"وسجل قائد النصر تيسر الحمد هدفا في المباراة.", {"تيسر الحمد"}, {}},
      // "The player Yazan al-Shahri scored the equaliser." (يزن, also "he
      // weighs")
      {"وسجل اللاعب يزن الشهري هدف التعادل.", {"يزن الشهري"}, {}},
      // "The ministry eases the procedures for citizens." (the verb)
      {"وتيسر الوزارة الإجراءات للمواطنين.", {}, {"تيسر الوزارة"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, ForeignSurnameThatReadsAsFaAndAWord) {
  const test::PersonCase cases[] = {
      // "Andrew Fastow, the former chief financial officer, said the company
      // collapsed." (فاستو is no ف + استو after a foreign given name)
      {"وقال أندرو فاستو، المدير المالي السابق، إن الشركة انهارت.", {"أندرو فاستو"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, CommonGivenNameInACompoundWithAddin) {
  const test::PersonCase cases[] = {
      // "The spokesman (Jamal al-Din Omar) confirmed the accident happened
      // in the morning." (جمال, beauty, is a common given name; the name in
      // brackets after a bare title)
      {"وأكد المتحدث (جمال الدين عمر) أن الحادث وقع صباحا.", {"جمال الدين عمر"}, {}},
      // "Nour al-Din al-Harbi attended the meeting."
      {"وحضر نور الدين الحربي الاجتماع أمس.", {"نور الدين الحربي"}, {}},
      // "Prayer is the pillar of the Islamic religion." (no name)
      {"الصلاة عماد الدين الإسلامي كما قال العلماء.", {}, {"عماد الدين الإسلامي"}},
      // "They robbed us in the name of religion." (ب + اسم)
      {"باسم الدين سرقونا الحرامية.", {}, {"باسم الدين سرقونا الحرامية"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnfoundTest, SecondForeignNameAfterADualTitle) {
  const test::PersonCase cases[] = {
      // "The two ministers Adel al-Hamad and Yorgos Stathakis met in Athens."
      // (the second name, two words no list knows, after و)
      {"واجتمع الوزيران عادل الحمد وجيورجيوس ستاثاكيس في أثينا.",
       {"عادل الحمد", "جيورجيوس ستاثاكيس"},
       {}},
  };
  test::ExpectPersons(stages_, cases);
}

}  // namespace
}  // namespace rased::ner
