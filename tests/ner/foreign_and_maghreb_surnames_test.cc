// Person names whose family name reads, by its letters, as a word with a
// clitic or a verb: foreign names right after a reporting verb with no
// title, a foreign first name before a surname in ه, and family names of the
// Maghreb built on "بو" (father of). Sentences written for these tests, over
// the shipped data and the text stage with the word list, as the pipeline
// runs them (the rules read the word list).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class ForeignAndMaghrebSurnamesTest : public test::WordListTest {};

TEST_F(ForeignAndMaghrebSurnamesTest, TwoForeignWordsAfterAReportingVerb) {
  const test::PersonCase cases[] = {
      // "Tanju Bilgic told the reporters that the talks had ended." (تانجو
      // reads as ت + a verb; the surname is no word at all)
      {"وقال تانجو بيلجيتش للصحفيين إن المحادثات انتهت.", {"تانجو بيلجيتش"}, {}},
      // "Mark Rinaldo said that the plan was ready."
      {"وقال ماركو رينالدوفيتش إن الخطة جاهزة.", {"ماركو رينالدوفيتش"}, {}},
      // "A well-informed source said that the plan was ready." (two words
      // of the language: someone unnamed)
      {"وقال مصدر مطلع إن الخطة جاهزة.", {}, {"مصدر مطلع"}},
      // "Mourinho said, according to his words, that the team is ready." (a
      // one-word name and a verbal noun with its pronoun)
      {"وقال مورينهو قوله إن الفريق جاهز.", {}, {"مورينهو قوله"}},
      // "Military spokesmen said that the raid failed." (a plural)
      {"وقال متحدثون عسكريون إن الغارة فشلت.", {}, {"متحدثون عسكريون"}},
      // "A report obtained by the newspaper said that ..." (a verbal noun
      // تفعيل and a verb)
      {"وذكر تقرير حصلت عليه الصحيفة أن الخطة جاهزة.", {}, {"تقرير حصلت"}},
  };
  ExpectPersons(cases);
}

TEST_F(ForeignAndMaghrebSurnamesTest, ForeignFirstNameBeforeASurnameInHa) {
  const test::PersonCase cases[] = {
      // "Christian Noyer, the governor of the Bank of France, said the banks
      // are stable." (نوايه is no noun + ه)
      {"وقال كريستيان نوايه، حاكم بنك فرنسا، إن المصارف مستقرة.", {"كريستيان نوايه"}, {}},
      // "Christian Noyer said that the banks are stable."
      {"وقال كريستيان نوايه إن المصارف مستقرة.", {"كريستيان نوايه"}, {}},
      // "Maria ended her career in the club." (a noun with its pronoun,
      // then the sentence goes on)
      {"وأنهت ماريا مسيرته في النادي.", {}, {"ماريا مسيرته"}},
      // "John confirmed his visit to the country."
      {"وأكد جون زيارته للبلاد.", {}, {"جون زيارته"}},
  };
  ExpectPersons(cases);
}

TEST_F(ForeignAndMaghrebSurnamesTest, FamilyNamesBuiltOnBu) {
  const test::PersonCase cases[] = {
      // "Hassan Bousnina said that the toll had risen." (حسن is also
      // "good": the family name in بو makes it a name)
      {"وقال حسن بوسنينة إن الحصيلة ارتفعت.", {"حسن بوسنينة"}, {}},
      // "Mohammed Boulahya said that the toll had risen."
      {"وقال محمد بولحية إن الحصيلة ارتفعت.", {"محمد بولحية"}, {}},
      // "Ali said clearly that the toll had risen." (ب + "وضوح", a word)
      {"وقال علي بوضوح إن الحصيلة ارتفعت.", {}, {"علي بوضوح"}},
  };
  ExpectPersons(cases);
}

}  // namespace
}  // namespace rased::ner
