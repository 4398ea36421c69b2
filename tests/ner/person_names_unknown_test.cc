// Persons the tables did not know: given names of the Peninsula missing from
// data/ner/given_names.tsv; bylines. Sentences written for these tests, over
// the shipped data and the text stage with the word list.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PersonNamesUnknownTest : public test::WordListTest {};

TEST_F(PersonNamesUnknownTest, GivenNamesOfThePeninsula) {
  const test::PersonCase cases[] = {
      // "The journalist Battal al-Harbi said the club will sign two players."
      {"وقال الإعلامي بتال الحربي إن النادي سيتعاقد مع لاعبين.", {"بتال الحربي"}, {}},
      // "The preacher Shuja al-Dosari took part in the festival." (شجاع,
      // brave, is also a word)
      {"وشارك الداعية شجاع الدوسري في فعاليات المهرجان.", {"شجاع الدوسري"}, {}},
      // "Dr. Hatoon al-Fassi says women's work has grown."
      {"وتقول الدكتورة هتون الفاسي إن عمل المرأة زاد.", {"هتون الفاسي"}, {}},
      // "The lyrics are by Saeed bin Mani and the music by Samir Mabrouk."
      {"والأوبريت من كلمات سعيد بن مانع وألحان سمير مبروك.", {"سعيد بن مانع"}, {}},
      // "The citizen Mani al-Mulfi told the paper he bought a meal."
      {"وقال المواطن مانع الملفي للصحيفة إنه اشترى وجبة.", {"مانع الملفي"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

}  // namespace
}  // namespace rased::ner
