// Entity stage tests for heads that name places and units: a known place
// after a head news writes into the name ("مدينة", "محافظة", "قرية"), a unit
// named by an ordinal, "لل" before a head that starts with ل read as the
// preposition before a noun in the construct state, and banks named by a
// relative adjective (src/ner/head_mentions.cc, src/ner/word_facts.cc and the
// head tables of data/ner), on sentences written for them (not taken from
// any corpus).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PlaceAndUnitHeadsTest : public test::WordListTest {};

using Case = test::MentionCase;

// A known place after a head that is part of its written name is mentioned
// with the head and without it, as annotators write it either way; a head
// with the article or a dual head stays out.
TEST_F(PlaceAndUnitHeadsTest, KnownPlaceIsMentionedWithItsHead) {
  const Case cases[] = {
      // "The minister arrived in the city of Aden yesterday evening."
      {"ووصل الوزير إلى مدينة عدن مساء أمس.",
       {"LOCATION مدينة عدن", "LOCATION عدن"},
       {"LOCATION مدينة"}},
      // "The forces entered the town of Zinjibar after the battles."
      {"ودخلت القوات بلدة زنجبار بعد المعارك.", {"LOCATION بلدة زنجبار", "LOCATION زنجبار"}, {}},
      // "The delegation visited the Darfur region and met officials." (the
      // knowledge base knows the name with its head: one mention)
      {"وزار الوفد إقليم دارفور والتقى المسؤولين.", {"LOCATION إقليم دارفور"}, {}},
      // "The city witnessed protests; Aden is calm today." (the head with the
      // article is a reference, not part of a name)
      {"وشهدت المدينة عدن احتجاجات واسعة.", {"LOCATION عدن"}, {"LOCATION المدينة عدن"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After a town's head a word with the article is the town's name when a
// relative pronoun closes it; after a facility's head, one word the word list
// lacks that "في" or punctuation closes is the facility's name.
TEST_F(PlaceAndUnitHeadsTest, NameClosedAfterASettlementOrFacilityHead) {
  const Case cases[] = {
      // "The residents returned to the town of al-Hamra, which the militia
      // had left."
      {"وعاد السكان إلى مدينة الحمراء التي غادرتها الميليشيا.", {"LOCATION الحمراء"}, {}},
      // "The detainee was moved to Qezelhesar prison in Iran."
      {"ونقل المعتقل إلى سجن قزلحصار في إيران.", {"FACILITY سجن قزلحصار"}, {}},
      // "Aircraft struck positions in the Nihm area east of Sanaa." (one
      // word a larger place locates after an area's head)
      {"وقصفت الطائرات مواقع في منطقة نهم شرق صنعاء.", {"LOCATION نهم"}, {}},
      // "The forces reached a safe area in Syria." (an adjective agreeing
      // with the head)
      {"ووصلت القوات إلى منطقة آمنة في سوريا.", {}, {"LOCATION آمنة"}},
      // "Aircraft struck a school that was destroyed completely." (a verb
      // agreeing with the head names nothing)
      {"وقصفت الطائرات مدرسة دمرت بالكامل.", {}, {"FACILITY مدرسة دمرت"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A unit's head with the article and an ordinal names one unit, as a number
// would.
TEST_F(PlaceAndUnitHeadsTest, UnitNamedByAnOrdinal) {
  const Case cases[] = {
      // "The seventh brigade advanced towards the hills."
      {"وتقدم اللواء السابع نحو التلال.", {"ORGANIZATION اللواء السابع"}, {}},
      // "Fighters of the fifth regiment withdrew from the village."
      {"وانسحب مقاتلو الفوج الخامس من القرية.", {"ORGANIZATION الفوج الخامس"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "لل" before a head that starts with ل: before a definite noun the head is
// in the construct state and "لل" is the preposition ل and the head; before a
// number or an ordinal it is ل and the article, kept in the mention; a rank
// of two words is a person's title.
TEST_F(PlaceAndUnitHeadsTest, LilBeforeAHeadThatStartsWithLam) {
  const Case cases[] = {
      // "The fighters joined the al-Nasr al-Mubin brigade a year ago."
      {"وانضم المقاتلون للواء النصر المبين قبل عام.", {"ORGANIZATION لواء النصر المبين"}, {}},
      // "The party submitted a request to the elections committee."
      {"وقدم الحزب طلبا للجنة الانتخابات أمس.", {"ORGANIZATION لجنة الانتخابات"}, {}},
      // "The soldiers belong to Brigade 33."
      {"وينتمي الجنود للواء 33 منذ سنوات.", {"ORGANIZATION للواء 33"}, {}},
      // "The men returned to the third brigade."
      {"وعاد الرجال للواء الثالث بعد الهدنة.", {"ORGANIZATION للواء الثالث"}, {}},
      // "The letter was sent to Staff Major General Ahmed al-Salem."
      {"وأرسلت الرسالة للواء الركن أحمد السالم.", {}, {"ORGANIZATION لواء الركن"}},
      // "The party submitted a request to the international committee." (an
      // adjective after "لل": the article, and no name)
      {"وقدم الحزب طلبا للجنة الدولية أمس.", {}, {"ORGANIZATION لجنة الدولية"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A bank's head with the article and a relative adjective names one bank.
TEST_F(PlaceAndUnitHeadsTest, BankNamedByAnAdjective) {
  const Case cases[] = {
      // "The National Bank announced its profits for the quarter."
      {"وأعلن البنك الأهلي أرباحه للربع الأول.", {"ORGANIZATION البنك الأهلي"}, {}},
      // "The Commercial Bank raised its capital."
      {"ورفع المصرف التجاري رأس ماله.", {"ORGANIZATION المصرف التجاري"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A committee's name goes on with "في" and the body it sits in.
TEST_F(PlaceAndUnitHeadsTest, CommitteeWithinABody) {
  const Case cases[] = {
      // "The foreign affairs committee in the Senate approved the bill."
      {"ووافقت لجنة الشؤون الخارجية في مجلس الشيوخ على المشروع.",
       {"ORGANIZATION لجنة الشؤون الخارجية في مجلس الشيوخ"},
       {}},
      // "The defence committee in parliament met yesterday."
      {"واجتمعت لجنة الدفاع في البرلمان أمس.", {"ORGANIZATION لجنة الدفاع في البرلمان"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner
