// A place's name that is also an Arabic word ("عدن" Eden, "تعز" you
// honour, "دبي", "أبها" more beautiful) is read as the place without a place
// context before it (a head, a preposition of place, a list of places) where
// the same story names that place unambiguously elsewhere: a name keeps one
// sense in one story. Sentences written for these tests, not taken from any
// corpus, over the shipped knowledge base and tables of data/.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class KbPlaceOneSenseTest : public test::ShippedDataTest {};

TEST_F(KbPlaceOneSenseTest, WordLikePlaceNamedElsewhereInTheStory) {
  const LinkCountCase cases[] = {
      // "The ministers arrived in Aden yesterday. The government said that
      // the control of Aden opens the way to the north." («على عدن»: no
      // place context, the story names Aden after «في» before)
      {"ووصل الوزراء إلى مطار صنعاء ثم توجهوا أمس في عدن إلى مقر الحكومة. وقالت الحكومة إن "
       "السيطرة على عدن تفتح الطريق نحو الشمال.",
       "aden", 2},
      // "The festival opens in the city of Abha tonight. Abha awaits
      // thousands of visitors." (the headed name first, the bare one after)
      {"يفتتح المهرجان في مدينة أبها مساء اليوم. وتنتظر أبها آلاف الزوار.", "abha", 2},
      // "The delegation arrived in Dubai yesterday. Many surprises that
      // Dubai hides for its visitors." (after «إلى», then the verb's subject)
      {"ووصل الوفد إلى دبي أمس. مفاجآت كثيرة تخبئها دبي لزوارها.", "dubai", 2},
  };
  ExpectLinkCounts(cases);
}

TEST_F(KbPlaceOneSenseTest, WordLikePlaceNotNamedElsewhereStaysAWord) {
  const LinkCountCase cases[] = {
      // "Many surprises that Dubai hides for its visitors this summer."
      // (alone, with no place context: the story never names Dubai
      // unambiguously, so the word decides nothing)
      {"مفاجآت كثيرة تخبئها دبي لزوارها هذا الصيف.", "dubai", 0},
      // "We do not find a solution to the crisis." (نجد, we find; Najd is
      // named nowhere)
      {"ولا نجد حلا للأزمة في القريب العاجل.", "najd", 0},
      // "The group took Raqqa. The researcher presented a paper on the war."
      // («ورقة», a paper: و + «رقة» is a word of its own)
      {"وسيطر التنظيم على الرقة. وقدم الباحث ورقة عن الحرب.", "raqqa", 1},
  };
  ExpectLinkCounts(cases);
}

}  // namespace
}  // namespace rased::ner
