// Foreign given names after a title whose first letter reads as the
// proclitic ب or ك ("كيرن" as ك + "يرن", "بيجان" as ب + "يجان"), before a
// surname of foreign shape: the first letter stays in the name. ب + a noun
// of the language stays a preposition's phrase. Sentences written for these
// tests, over the shipped data and the text stage with the word list, as the
// pipeline runs them (the rule reads the word list).
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class ForeignNamesReadAsPrepositionTest : public test::WordListTest {};

TEST_F(ForeignNamesReadAsPrepositionTest, FirstNameAfterATitle) {
  const test::PersonCase cases[] = {
      // "The deputy interior minister Kiren Rijiju denied the reports about
      // hostages." (كيرن: ك + the verb يرن, which takes no preposition)
      {"ونفى نائب وزير الداخلية كيرن ريجيجو التقارير عن وجود رهائن.", {"كيرن ريجيجو"}, {}},
      // "The Iranian oil minister Bijan Namdar Zanganeh said that exports
      // will rise." (بيجان: ب + a word no list knows)
      {"وقال وزير النفط الإيراني بيجان نامدار زانجانة إن الصادرات سترتفع.",
       {"بيجان نامدار زانجانة"},
       {}},
      // "The spokeswoman Kendra Barkoff said in a statement that the visit
      // was postponed."
      {"وقالت المتحدثة كيندرا باركوف في بيان إن الزيارة تأجلت.", {"كيندرا باركوف"}, {}},
  };
  ExpectPersons(cases);
}

TEST_F(ForeignNamesReadAsPrepositionTest, PrepositionBeforeAForeignWord) {
  const test::PersonCase cases[] = {
      // "The health minister was dismissed because of corona." (ب + سبب, a
      // noun: the minister has no name here)
      {"وأقيل وزير الصحة بسبب كورونا الأسبوع الماضي.", {}, {"بسبب كورونا", "سبب كورونا"}},
      // "The actress won an Oscar for best supporting actress." (ب + جائزة)
      {"وفازت الممثلة بجائزة أوسكار أفضل ممثلة مساعدة.", {}, {"بجائزة أوسكار", "جائزة أوسكار"}},
  };
  ExpectPersons(cases);
}

TEST_F(ForeignNamesReadAsPrepositionTest, PabloIsAGivenName) {
  const test::PersonCase cases[] = {
      // "The club signed the Argentine striker Pablo Osvaldo yesterday."
      // (بابلو, Pablo, from the given-name table: not ب + a word)
      {"وتعاقد النادي مع المهاجم الأرجنتيني بابلو أوسفالدو أمس.", {"بابلو أوسفالدو"}, {}},
  };
  ExpectPersons(cases);
}

}  // namespace
}  // namespace rased::ner
