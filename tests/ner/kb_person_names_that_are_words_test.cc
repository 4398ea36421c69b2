// A known person's one-word name that is also an Arabic word ("الأسد" the
// lion, "البرهان" the proof, "العطاس" sneezing) names the person only where
// the story names the person by another name, or the person's country, or a
// title stands before it; and a one-word name that is also a given name,
// with a word of another name after it ("عباس ميلاني"), is someone else's.
// Sentences written for these tests, not taken from any corpus, over the
// shipped knowledge base and tables of data/.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class KbPersonNamesThatAreWordsTest : public test::ShippedDataTest {};

TEST_F(KbPersonNamesThatAreWordsTest, AWordWhereTheStoryNamesNoOneIsAWord) {
  const LinkCountCase cases[] = {
      // "The hunters killed the lion last month, and the lion was thirteen
      // years old." (an animal: nothing in the story names Syria or Assad)
      {"قتل الصيادون الأسد الشهر الماضي، وكان الأسد في الثالثة عشرة من عمره.", "bashar-al-assad",
       0},
      // "The wolf said: why did you judge me? The lion said: you were right."
      {"قال الذئب: لماذا حكمت علي؟ فقال الأسد: صدقت.", "bashar-al-assad", 0},
  };
  ExpectLinkCounts(cases);
}

TEST_F(KbPersonNamesThatAreWordsTest, TheStoryNamesThePersonOrTheCountry) {
  const LinkCountCase cases[] = {
      // "The Syrian president Bashar al-Assad received the envoy, and Assad
      // said that the talks were positive."
      {"استقبل الرئيس السوري بشار الأسد المبعوث، وقال الأسد إن المحادثات كانت إيجابية.",
       "bashar-al-assad", 2},
      // "Syria has lived a crisis for years, and Assad rejects any political
      // solution." (the country is named)
      {"تعيش سوريا أزمة منذ سنوات، ويرفض الأسد أي حل سياسي.", "bashar-al-assad", 1},
      // "Assad rejects any political solution to the crisis." (no country,
      // no other name: the lion's word)
      {"ويرفض الأسد أي حل سياسي للأزمة.", "bashar-al-assad", 0},
  };
  ExpectLinkCounts(cases);
}

TEST_F(KbPersonNamesThatAreWordsTest, AGivenNameBeforeAnotherNamesWordIsSomeoneElse) {
  // "Dr Abbas Milani, the director of Iranian studies at Stanford, said
  // that ..." (another Abbas than the Palestinian president)
  EXPECT_EQ(LinkedMentions("وقال الدكتور عباس ميلاني، مدير الدراسات الإيرانية في جامعة ستانفورد، "
                           "إن الاتفاق لن يغير شيئا.",
                           "mahmoud-abbas"),
            0);
  // "In the days of the Khedive Abbas Hilmi II the palaces were built."
  // (another given name after the one-word alias: a chain of names)
  EXPECT_EQ(LinkedMentions("وفي عهد الخديوي عباس حلمي الثاني شيدت القصور.", "mahmoud-abbas"), 0);
}

}  // namespace
}  // namespace rased::ner
