// A place whose name is shaped like a nisba adjective ("مالي", Mali; "أبوظبي",
// Abu Dhabi; "كوباني", Kobani), right after a noun: an adjective of that noun
// only when it is the adjective of a noun the dictionary knows ("دعم مالي",
// financial support: مال, money) and the place is no capital. Sentences
// written for these tests, not taken from any corpus, over the shipped
// knowledge base and tables of data/.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class KbPlaceAdjectiveShapeTest : public test::ShippedDataTest {};

TEST_F(KbPlaceAdjectiveShapeTest, NisbaShapedPlaceAfterANoun) {
  const LinkCountCase cases[] = {
      // "The king received the crown prince of Abu Dhabi yesterday."
      {"واستقبل الملك أمس ولي عهد أبوظبي في قصره.", "abu-dhabi", 1},
      // "The delegation visited the town of Kobani. The book tells of the
      // battles of Kobani last winter." (the second after a noun)
      {"وزار الوفد مدينة كوباني أمس. ويروي الكتاب تفاصيل معارك كوباني في الشتاء الماضي.", "kobani",
       2},
      // "The charity received financial support from the ministry."
      // (مالي, financial: the adjective of مال, money; not Mali)
      {"وتلقت الجمعية دعم مالي من الوزارة لتنفيذ برامجها.", "mali", 0},
  };
  ExpectLinkCounts(cases);
}

}  // namespace
}  // namespace rased::ner
