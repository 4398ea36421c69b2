// Given names that are also the letters of common words: "دينا" (Dina) in
// "ولدينا" (and we have), "صادق" (Sadiq) in the condolence formula "صادق
// المواساة" (sincere sympathy). The name still opens a person's name where
// a title or a surname stands beside it. Sentences written for these tests,
// over the shipped data and the text stage with the word list.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class GivenNamesInsideCommonPhrasesTest : public test::WordListTest {};

TEST_F(GivenNamesInsideCommonPhrasesTest, CommonPhrases) {
  const test::PersonCase cases[] = {
      // "We have full confidence in the players, and we have great
      // ambitions." (ولدينا: و + ل + "دينا")
      {"نثق في اللاعبين ولدينا طموحات كبيرة هذا الموسم.", {}, {"دينا طموحات"}},
      // "And we have a clear plan to finish the project." (فلدينا)
      {"فلدينا خطة واضحة لإنجاز المشروع.", {}, {"دينا خطة"}},
      // "The family received sincere condolences and sympathy from the
      // prince." (a formula of condolence)
      {"وتلقت الأسرة خالص العزاء وصادق المواساة من الأمير.", {}, {"صادق المواساة"}},
      // "He asked for a temporary civil compensation." (مدني, Madani: civil)
      {"وطالب المحامي بتعويض مدني مؤقت من المتهمين.", {}, {"مدني مؤقت"}},
      // "Najran's civil defence rescues a family" (a headline's short form).
      {"مدني نجران ينقذ أسرة احتجزتها السيول.", {}, {"مدني نجران"}},
      // "The association launched an annual charity programme." (خيري, Khairi)
      {"وأطلقت الجمعية برنامج خيري سنوي للأسر المحتاجة.", {}, {"خيري سنوي"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(GivenNamesInsideCommonPhrasesTest, NamesStillFound) {
  const test::PersonCase cases[] = {
      // "The singer Dina al-Wadidi took part in the concert."
      {"وشاركت المطربة دينا الوديدي في الحفل.", {"دينا الوديدي"}, {}},
      // "The producer Sadiq al-Sabah said the series is finished."
      {"وقال المنتج صادق الصباح إن المسلسل اكتمل.", {"صادق الصباح"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

}  // namespace
}  // namespace rased::ner
