// Roles from a dual title before its holders joined by "و" (the two singers
// X and Y), and from a profession after its holder's name whose scope opens
// with "ب" + a definite noun (X the expert on Arab affairs). Sentences
// written for these tests (not taken from any corpus), over the shipped data.
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
      // "The coach decided to include the two players Sami al-Harbi and
      // Majid al-Qahtani." (the oblique dual)
      {"وقرر المدرب ضم اللاعبين سامي الحربي وماجد القحطاني إلى القائمة.",
       "ماجد القحطاني",
       {"اللاعبين"}},
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

}  // namespace
}  // namespace rased::ner
