// Roles from a dual title before its holders joined by "و" (the two singers
// X and Y), from a profession after its holder's name whose scope opens with
// "ب" + a definite noun (X the expert on Arab affairs), from a profession
// after a complete office (a second title), and no role from a participle
// that agrees with a body (the opposition coalition). Sentences written for
// these tests (not taken from any corpus), over the shipped data.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

using test::ExpectTitles;
using test::RolesCase;

class RolesDualTitlesTest : public test::WordListTest {};

TEST_F(RolesDualTitlesTest, EachNameAfterADualTitleHoldsIt) {
  const RolesCase cases[] = {
      // "The two Egyptian singers Hani Shaker and Ali al-Haggar sang at the
      // party."
      {"وغنى المطربان المصريان هاني شاكر، وعلي الحجار في الحفل.",
       "هاني شاكر",
       {"المطربان المصريان"}},
      {"وغنى المطربان المصريان هاني شاكر، وعلي الحجار في الحفل.",
       "علي الحجار",
       {"المطربان المصريان"}},
      // "The two players Khalid al-Shahri and Fahd al-Otaibi missed the
      // training session."
      {"وغاب اللاعبان خالد الشهري وفهد العتيبي عن الحصة التدريبية.", "فهد العتيبي", {"اللاعبان"}},
      // "The king received the two ministers Sami al-Harbi and Majid
      // al-Qahtani." (the oblique dual)
      {"واستقبل الملك الوزيرين سامي الحربي وماجد القحطاني في القصر.",
       "ماجد القحطاني",
       {"الوزيرين"}},
      // "The two countries' foreign ministers, Fahd al-Saud and Peter
      // Miller, held a press conference.": a dual in the construct state
      // before a construct chain, no accusative post.
      {"وعقد وزيرا خارجية البلدين فهد السعود وبيتر ميلر مؤتمرا صحفيا.",
       "بيتر ميلر",
       {"وزيرا خارجية البلدين"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesDualTitlesTest, AProfessionsScopeOpensWithBi) {
  const RolesCase cases[] = {
      // "Saeed al-Shammari, the expert on Arab affairs, said the situation
      // is dangerous." (no comma after the name)
      {"وقال سعيد الشمري الخبير بالشؤون العربية إن الوضع خطير.",
       "سعيد الشمري",
       {"الخبير بالشؤون العربية"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesDualTitlesTest, AProfessionAfterACompleteOfficeIsASecondTitle) {
  const RolesCase cases[] = {
      // "The head of the literary club, the writer Khalid al-Harbi, thanked
      // the audience."
      {"وشكر رئيس النادي الأدبي الكاتب خالد الحربي الحضور.",
       "خالد الحربي",
       {"رئيس النادي الأدبي", "الكاتب"}},
      // "The director of the arts society, the Saudi artist Omar al-Saleh,
      // opened the exhibition."
      {"وافتتح مدير جمعية الفنون الفنان السعودي عمر الصالح المعرض.",
       "عمر الصالح",
       {"مدير جمعية الفنون", "الفنان السعودي"}},
      // "The head of the media office Khalid al-Harbi said ...": a relative
      // adjective stays the office's.
      {"وقال رئيس المكتب الإعلامي خالد الحربي إن الوضع مستقر.",
       "خالد الحربي",
       {"رئيس المكتب الإعلامي"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesDualTitlesTest, AParticipleAgreeingWithABodyIsNoTitle) {
  const RolesCase cases[] = {
      // "The head of the Syrian opposition coalition, Khalid Saad, said ...":
      // "المعارض" is the coalition's adjective, part of the post.
      {"وقال رئيس الائتلاف السوري المعارض خالد سعد إن الوضع صعب.",
       "خالد سعد",
       {"رئيس الائتلاف السوري المعارض"}},
      // "The opposition coalition elected Khalid Saad its president."
      {"وانتخب الائتلاف السوري المعارض خالد سعد رئيسا له.", "خالد سعد", {"رئيسا"}},
      // "... the party leader Naftali Cohen, who calls for settlement in
      // every place": a participle with its object, no preacher.
      {"وحذرت الوزارة من تصريحات زعيم الحزب نفتالي كوهين، الداعية إلى الاستيطان في كل مكان.",
       "نفتالي كوهين",
       {"زعيم الحزب"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesDualTitlesTest, DeputyGovernorDespiteTheFoldedWali) {
  const RolesCase cases[] = {
      // "Khalid Othman, the deputy governor of Khartoum, said ...": "والي"
      // folds to "وإلى" (and to), but not after "نائب".
      {"وقال خالد عثمان، نائب والي الخرطوم، إن الوضع مستقر.", "خالد عثمان", {"نائب والي الخرطوم"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesDualTitlesTest, ABodyNamedInBracketsOrQuotesCompletesThePost) {
  const RolesCase cases[] = {
      // "Kamal Arslan, director of the (Nour Bank) bank, said ...": the
      // bank's name in brackets is the genitive the post awaits.
      {"وقال كمال أرسلان، مدير مصرف (نور بنك)، إن الأرباح زادت.",
       "كمال أرسلان",
       {"مدير مصرف (نور بنك)"}},
      // "Sami Nasser, director of the «Petro Qassim» company, said ..."
      {"وقال سامي ناصر، مدير شركة «بترو القصيم»، إن الإنتاج زاد.",
       "سامي ناصر",
       {"مدير شركة «بترو القصيم»"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

}  // namespace
}  // namespace rased::ner
