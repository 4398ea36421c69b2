// Roles of long posts before a name: a genitive coordinated with "و" inside
// the post, a post with its scope before the holder's next post, a name
// after a title in the genitive of a post (the genitive's holder), and
// ranks and religious titles of their own. Sentences written for these tests
// (not taken from any corpus), over the shipped data.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

using test::ExpectTitles;
using test::RolesCase;
using test::TitlesOf;

class RolesLongPostsTest : public test::WordListTest {};

TEST_F(RolesLongPostsTest, AGenitiveCoordinatedInsideThePost) {
  const RolesCase cases[] = {
      // "The deputy prime minister and minister of the interior and
      // municipal affairs, Salem al-Kaabi, said ...": "وشؤون البلديات" is
      // the second genitive of one post.
      {"وقال نائب رئيس الوزراء وزير الداخلية وشؤون البلديات سالم الكعبي إن الخطة جاهزة.",
       "سالم الكعبي",
       {"نائب رئيس الوزراء", "وزير الداخلية وشؤون البلديات"}},
      // "The minister of labour and refugee affairs, Khalid al-Dosari,
      // visited the camp."
      {"وزار وزير العمل وشؤون اللاجئين خالد الدوسري المخيم أمس.",
       "خالد الدوسري",
       {"وزير العمل وشؤون اللاجئين"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, APostInChargeOfSomethingTakesItsCharge) {
  const RolesCase cases[] = {
      // "Khalid al-Harbi, the official in charge of the security file in the
      // government, said ...": "عن" + the charge is part of the post.
      {"وقال خالد الحربي، المسؤول عن ملف الأمن في الحكومة، إن الوضع مستقر.",
       "خالد الحربي",
       {"المسؤول عن ملف الأمن في الحكومة"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, AnAdjectiveBeforeThePostsScope) {
  const RolesCase cases[] = {
      // "Khalid al-Harbi, who is a prominent leader in the Islah party,
      // said ...": "بارز" is the post's adjective, "في" its scope.
      {"وقال خالد الحربي، وهو قيادي بارز في حزب الإصلاح، إن الوضع مستقر.",
       "خالد الحربي",
       {"قيادي بارز في حزب الإصلاح"}},
      // "Sami al-Otaibi, a former member of parliament, said ..."
      {"وقال سامي العتيبي، عضو سابق في البرلمان، إن الوضع مستقر.",
       "سامي العتيبي",
       {"عضو سابق في البرلمان"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, APostOverAPlaceNamedWithoutTheArticle) {
  const RolesCase cases[] = {
      // "Khalid al-Harbi, the prime minister of Lebanon, said ...": "وزراء"
      // awaits its genitive, the country's name.
      {"وقال خالد الحربي رئيس وزراء لبنان إن الحكومة مستمرة.", "خالد الحربي", {"رئيس وزراء لبنان"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, ACoordinatedNounAfterTheHolderIsNoPartOfHisPost) {
  const RolesCase cases[] = {
      // "In the presence of Fahd al-Mutairi, chairman of the board, and the
      // board's members": the members are other people.
      {"وأقر الاتحاد اللائحة بحضور فهد المطيري رئيس مجلس الإدارة وأعضاء المجلس أمس.",
       "فهد المطيري",
       {"رئيس مجلس الإدارة"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, APostWithItsScopeBeforeTheHoldersNextPost) {
  const RolesCase cases[] = {
      // "The doyen of the Egyptian community in the Kingdom, head of the
      // community in the Eastern Province, Saeed al-Zahrani, condemned the
      // attack": both posts are his.
      {"ودان عميد الجالية المصرية في المملكة رئيس الجالية بالمنطقة الشرقية سعيد الزهراني "
       "الهجوم.",
       "سعيد الزهراني",
       {"عميد الجالية المصرية في المملكة", "رئيس الجالية بالمنطقة الشرقية"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, ANameAfterAGenitiveTitleWithItsCountryIsTheGenitives) {
  const RolesCase cases[] = {
      // "The Egyptian president's spokesman Abdel Fattah el-Sisi said ...":
      // the spokesman is unnamed; Sisi is the president.
      {"وقال المتحدث باسم الرئيس المصري عبد الفتاح السيسي إن القمة ناجحة.",
       "عبد الفتاح السيسي",
       {"الرئيس المصري"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, RanksAndReligiousTitles) {
  const RolesCase cases[] = {
      // "Private Saad al-Qahtani was wounded in the attack."
      {"وأصيب الجندي سعد القحطاني في الهجوم.", "سعد القحطاني", {"الجندي"}},
      // "Private first class Majed al-Anzi died."
      {"واستشهد الجندي أول ماجد العنزي أمس.", "ماجد العنزي", {"الجندي أول"}},
      // "The Shiite religious authority Sayyid Hussein al-Sadr called for
      // calm": the authority is a post; "السيد" is his form of address.
      {"ودعا المرجع الشيعي السيد حسين الصدر إلى التهدئة.", "حسين الصدر", {"المرجع الشيعي"}},
      // "The ambassadors Khalid al-Harbi and Sami al-Otaibi attended the
      // ceremony": a plural title is each listed name's.
      {"وحضر الحفل السفراء خالد الحربي وسامي العتيبي أمس.", "سامي العتيبي", {"السفراء"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, PlayersByPosition) {
  const RolesCase cases[] = {
      // "The club signed al-Wahda's goalkeeper Fahd al-Qarni for three
      // years."
      {"وتعاقد النادي مع حارس مرمى الوحدة فهد القرني لمدة ثلاثة أعوام.",
       "فهد القرني",
       {"حارس مرمى الوحدة"}},
      // "Striker Nasser al-Shammari returned to training."
      {"وعاد المهاجم ناصر الشمري إلى التدريبات.", "ناصر الشمري", {"المهاجم"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, APostBeforeTheShortFormOfANamedPerson) {
  const RolesCase cases[] = {
      // "Fahd al-Zahrani opened the fair. The head of the chamber of
      // commerce, al-Zahrani, said the fair was a success": the family name
      // alone after the post is the man named before.
      {"وافتتح فهد الزهراني المعرض أمس. وقال رئيس الغرفة التجارية الزهراني إن المعرض ناجح.",
       "فهد الزهراني",
       {"رئيس الغرفة التجارية"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
  // "Alex Rocco's manager said ...": the name is the post's genitive.
  const Document doc =
      Run("وتوفي الممثل أليكس روكو أمس. وقالت مديرة أعمال روكو إن الوفاة كانت بسبب المرض.");
  for (const std::string& title : TitlesOf(doc, "أليكس روكو")) {
    EXPECT_NE(title, "مديرة أعمال") << test::Dump(doc);
  }
}

TEST_F(RolesLongPostsTest, ABareRankAfterACommaOpensTheNextNameOfAList) {
  // "The martyrs: Sergeant Saad al-Qahtani (30), Corporal Falaj Mutlaq
  // (21)": "العريف" is the next man's rank, whatever his name.
  const Document doc =
      Run("وتضمنت أسماء الشهداء الرقيب سعد القحطاني (30 عاما)، العريف فلاج مطلق (21 عاما).");
  const std::vector<std::string> got = TitlesOf(doc, "سعد القحطاني");
  EXPECT_EQ(std::count(got.begin(), got.end(), "العريف"), 0) << test::Dump(doc);
  EXPECT_EQ(std::count(got.begin(), got.end(), "الرقيب"), 1) << test::Dump(doc);
}

TEST_F(RolesLongPostsTest, AFamilyNameThatLooksLikeATitleStaysTheNames) {
  // "Khalid al-Jundi said the match was hard": "الجندي" after a given name
  // is his family name, no rank.
  const Document doc = Run("وقال خالد الجندي إن المباراة صعبة.");
  EXPECT_TRUE(TitlesOf(doc, "خالد الجندي").empty()) << test::Dump(doc);
}

TEST_F(RolesLongPostsTest, AForeignHolderAfterTheClubOfAPostWithItsSport) {
  const RolesCase cases[] = {
      // "The head coach of the first football team at al-Shabab club,
      // Dimitrios Papadopoulos (Greek), said the match is hard": the
      // holder's foreign name, which no list knows, follows the club.
      {"قال المدير الفني للفريق الأول لكرة القدم بنادي الشباب ديميتريوس بابادوبولوس (يوناني) "
       "إن المباراة صعبة.",
       "ديميتريوس بابادوبولوس",
       {"المدير الفني للفريق الأول لكرة القدم بنادي الشباب"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesLongPostsTest, AVerbalNounOfFormTwoInsideTheBodysName) {
  const RolesCase cases[] = {
      // "The head of the festival organising committee, Mohammed al-Otaibi,
      // said the work goes on": "تنظيم" (organising), which the word facts
      // may read as an imperfect, is a noun of the body's name.
      {"وقال رئيس لجنة تنظيم المهرجان محمد العتيبي إن العمل مستمر.",
       "محمد العتيبي",
       {"رئيس لجنة تنظيم المهرجان"}},
      // "The head of the Quran memorisation society in Hail, Khalid
      // al-Amer, opened the course."
      {"وافتتح رئيس جمعية تحفيظ القرآن بحائل خالد العامر الدورة.",
       "خالد العامر",
       {"رئيس جمعية تحفيظ القرآن بحائل"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

}  // namespace
}  // namespace rased::ner
