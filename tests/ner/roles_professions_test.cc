// Roles from professions written before a person's name: the trades an
// annotator marks as titles (the chanter, the designer, the pharmacist, the
// runner, the tweeter, the cleric ...), a bare profession joined by "و" to
// another that carries a gentilic (both are the person's trades), and no role
// from the words that are also adjectives or family names (اقتصادي، كوميدي،
// فقيه). Sentences written for these tests (not taken from any corpus), over
// the shipped data.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

using test::ExpectTitles;
using test::RolesCase;

class RolesProfessionsTest : public test::WordListTest {};

TEST_F(RolesProfessionsTest, ATradeBeforeANameIsItsHoldersRole) {
  const RolesCase cases[] = {
      // "The chanter Saad al-Harbi performed a national song."
      {"وقدم المنشد سعد الحربي شيلة وطنية.", "سعد الحربي", {"المنشد"}},
      // "The Saudi fashion designer Noura al-Qahtani said the season starts
      // early."
      {"وقالت مصممة الأزياء السعودية نورة القحطاني إن الموسم يبدأ مبكرا.",
       "نورة القحطاني",
       {"مصممة الأزياء السعودية"}},
      // "The pharmacist Ali al-Zahrani warned against the drug."
      {"وحذر الصيدلي علي الزهراني من الدواء.", "علي الزهراني", {"الصيدلي"}},
      // "The runner Majed al-Otaibi won the gold medal."
      {"وحقق العداء ماجد العتيبي الميدالية الذهبية.", "ماجد العتيبي", {"العداء"}},
      // "The tweeter Fahd al-Dosari wrote that the decision is late."
      {"وكتب المغرد فهد الدوسري أن القرار تأخر.", "فهد الدوسري", {"المغرد"}},
      // "The French painter Pierre Martin painted the portrait in Paris."
      {"ورسم الرسام الفرنسي بيير مارتان اللوحة في باريس.", "بيير مارتان", {"الرسام الفرنسي"}},
      // "The Iraqi cleric Hassan al-Moussawi called for calm."
      {"ودعا رجل الدين العراقي حسن الموسوي إلى التهدئة.", "حسن الموسوي", {"رجل الدين العراقي"}},
      // "The surgeon Khalid al-Ghamdi performed the operation."
      {"وأجرى الجراح خالد الغامدي العملية.", "خالد الغامدي", {"الجراح"}},
      // "The German orientalist Karl Schmidt wrote about the city."
      {"وكتب المستشرق الألماني كارل شميت عن المدينة.", "كارل شميت", {"المستشرق الألماني"}},
      // "The chef Samir Haddad said the dish is easy."
      {"وقال الشيف سمير حداد إن الطبق سهل.", "سمير حداد", {"الشيف"}},
      // "Iran's decision is in the hands of the supreme jurist Ali Khamenei."
      {"وقرار إيران بيد الولي الفقيه علي خامنئي.", "علي خامنئي", {"الولي الفقيه"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesProfessionsTest, CallingsAndANavalRankBeforeANameAreRoles) {
  const RolesCase cases[] = {
      // "The vendor Hassan al-Harbi explained that prices rose."
      {"وأوضح البائع حسن الحربي أن الأسعار ارتفعت.", "حسن الحربي", {"البائع"}},
      // "The volunteer Noura al-Shammari said the work goes on."
      {"وقالت المتطوعة نورة الشمري إن العمل مستمر.", "نورة الشمري", {"المتطوعة"}},
      // "The master Saeed al-Juhani steered the boat to the harbour."
      {"وقاد الربان سعيد الجهني القارب إلى الميناء.", "سعيد الجهني", {"الربان"}},
      // "The goalkeeper Fawaz al-Qarni saved a penalty."
      {"وتصدى الحارس فواز القرني لركلة جزاء.", "فواز القرني", {"الحارس"}},
      // "Professor Mark Taylor said the study is new." (the spelling without ي)
      {"وقال البروفسور مارك تايلور إن الدراسة جديدة.", "مارك تايلور", {"البروفسور"}},
      // "The scholarship student Majed al-Otaibi said he will return."
      {"وقال المبتعث ماجد العتيبي إنه سيعود.", "ماجد العتيبي", {"المبتعث"}},
      // "Commodore Fahd al-Balawi warned swimmers."
      {"وحذر العميد البحري فهد البلوي السباحين.", "فهد البلوي", {"العميد البحري"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesProfessionsTest, TradesTitledOnlyWithTheArticle) {
  const RolesCase cases[] = {
      // "The producer Samer al-Hakim signed a contract for a new series."
      {"ووقع المنتج سامر الحكيم عقدا لمسلسل جديد.", "سامر الحكيم", {"المنتج"}},
      // "The author Khaled Mansour wrote the script of the film."
      {"وكتب المؤلف خالد منصور سيناريو الفيلم.", "خالد منصور", {"المؤلف"}},
      // "The student Reem al-Shammari won first place."
      {"وفازت الطالبة ريم الشمري بالمركز الأول.", "ريم الشمري", {"الطالبة"}},
      // "The employee Saad al-Dosari said the system stopped."
      {"وقال الموظف سعد الدوسري إن النظام توقف.", "سعد الدوسري", {"الموظف"}},
      // "The accountant Nasser al-Otaibi reviewed the accounts."
      {"وراجع المحاسب ناصر العتيبي الحسابات.", "ناصر العتيبي", {"المحاسب"}},
      // "The companion Abdullah bin Masoud narrated that ..."
      {"وروى الصحابي عبدالله بن مسعود أن النبي صلى.", "عبدالله بن مسعود", {"الصحابي"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
  // "The company, the largest maker of electronics Samsung ...": bare, the
  // word is a common noun, and what follows it no person.
  Document doc = Run("وتعد الشركة أكبر منتج إلكترونيات في العالم.");
  EXPECT_EQ(test::FindEntity(doc, "إلكترونيات"), nullptr) << test::Dump(doc);
}

TEST_F(RolesProfessionsTest, TwoTradesJoinedByWaShareTheGentilic) {
  const RolesCase cases[] = {
      // "The Italian artist and painter Marco Rossi said the exhibition
      // succeeded."
      {"وقال الفنان والرسام الإيطالي ماركو روسي إن المعرض نجح.",
       "ماركو روسي",
       {"الفنان", "الرسام الإيطالي"}},
      // "The writer and Kuwaiti novelist Saud al-Enezi won the prize."
      {"وفاز الكاتب والروائي الكويتي سعود العنزي بالجائزة.",
       "سعود العنزي",
       {"الكاتب", "الروائي الكويتي"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesProfessionsTest, AnAdjectiveOrAFamilyNameIsNoTrade) {
  const RolesCase cases[] = {
      // "The economic movement saw a slowdown." (الاقتصادي after a noun is
      // its adjective, شهد the verb: no person, no role)
      {"وقال التقرير إن الحراك الاقتصادي شهد تباطؤا.", "شهد", {}},
      // "The chanter Osama Faqih performed, and the audience cheered." (فقيه
      // is his family name, no second title)
      {"وشارك المنشد أسامة فقيه وتفاعل الجمهور.", "أسامة", {"المنشد"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesProfessionsTest, TheEngineersTitleIsARoleAndStillChains) {
  const RolesCase cases[] = {
      // "Eng. Fahd al-Shehri inaugurated the new road project."
      {"ودشن المهندس فهد الشهري مشروع الطريق الجديد.", "فهد الشهري", {"المهندس"}},
      // "The mayor of Unaizah, Eng. Saleh al-Otaibi, attended the ceremony."
      // (the office still reaches the name across the engineer's title)
      {"وحضر الحفل رئيس بلدية عنيزة المهندس صالح العتيبي.",
       "صالح العتيبي",
       {"رئيس بلدية عنيزة", "المهندس"}},
      // "Mr. Fahd al-Shehri" makes no role: a form of address alone.
      {"ودشن السيد فهد الشهري مشروع الطريق الجديد.", "فهد الشهري", {}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesProfessionsTest, ClericalHonorificsWrittenWithoutTheArticle) {
  const RolesCase cases[] = {
      // "Ayatollah Hassan Tabatabai said the talks would go on." (the
      // honorific has no article of its own: "الله" carries it)
      {"وقال آية الله حسن طباطبائي إن المحادثات ستستمر.", "حسن طباطبائي", {"آية الله"}},
      // "Grand Ayatollah Mohammed al-Modarresi called for calm."
      {"ودعا آية الله العظمى محمد المدرسي إلى التهدئة.", "محمد المدرسي", {"آية الله العظمى"}},
      // "Hojatoleslam Ali Mousavi, the cleric, gave the sermon."
      {"وألقى حجة الإسلام علي موسوي خطبة الجمعة.", "علي موسوي", {"حجة الإسلام"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

}  // namespace
}  // namespace rased::ner
