// Names the person rules used to miss or cut short: a father's name that is
// also a gentilic after "بن". Sentences written for these tests, over the
// shipped data and the text stage with the word list.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PersonNamesUnfoundTest : public test::WordListTest {};

TEST_F(PersonNamesUnfoundTest, GentilicGivenNameAfterBinIsTheFather) {
  const test::PersonCase cases[] = {
      // "Prince Faisal bin Turki bin Abdullah and Prince Saud bin Turki bin
      // Muhammad saw the king off." (تركي, Turki, is also "Turkish")
      {"وكان في وداع الملك الأمير فيصل بن تركي بن عبدالله، والأمير سعود بن تركي بن محمد.",
       {"فيصل بن تركي بن عبدالله", "سعود بن تركي بن محمد"},
       {"فيصل", "سعود"}},
      // "The former emir of the region, Muhammad bin Turki al-Sudairi,
      // opened the exhibition."
      {"افتتح أمير المنطقة السابق محمد بن تركي السديري المعرض.",
       {"محمد بن تركي السديري"},
       {"محمد"}},
  };
  test::ExpectPersons(stages_, cases);
}

}  // namespace
}  // namespace rased::ner
