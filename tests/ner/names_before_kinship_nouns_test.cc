// A person's name ends before a noun of kinship in apposition ("أرملة",
// widow; "ابنة", daughter; "طليق", ex-husband): the noun and the relative
// after it describe the person, and the title inside that phrase belongs to
// the relative, not to the person named. Sentences written for these tests,
// over the shipped data and the text stage with the word list.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class NamesBeforeKinshipNounsTest : public test::WordListTest {};

TEST_F(NamesBeforeKinshipNounsTest, NameEndsBeforeTheKinshipNoun) {
  const test::PersonCase cases[] = {
      // "Suha Arafat, widow of the late leader, said the inquiry was not
      // over."
      {"وقالت سهى عرفات أرملة الزعيم الراحل إن التحقيق لم ينته.",
       {"سهى عرفات"},
       {"سهى عرفات أرملة"}},
      // "Mona al-Husseini, daughter of the late poet, attended the
      // ceremony."
      {"وقالت منى الحسيني ابنة الشاعر الراحل إن الحفل كان مؤثرا.",
       {"منى الحسيني"},
       {"منى الحسيني ابنة"}},
      // "Fahd bin Abdullah, the artist's ex-husband, said the case was
      // closed."
      {"وقال فهد بن عبدالله طليق الفنانة إن القضية انتهت.", {"فهد بن عبدالله"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(NamesBeforeKinshipNounsTest, TitleAfterTheKinshipNounIsNotTheirs) {
  // "Suha Arafat, widow of the Palestinian leader, filed a complaint." (the
  // leader is her late husband: she holds no title)
  const test::RolesCase c = {
      "وتقدمت سهى عرفات أرملة الزعيم الفلسطيني بدعوى قضائية.", "سهى عرفات", {}};
  test::ExpectTitles(stages_.Run(c.text), c);
}

}  // namespace
}  // namespace rased::ner
