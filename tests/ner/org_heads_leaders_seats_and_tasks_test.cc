// Entity stage tests for organisation heads named by their leader or their
// city (src/ner/head_mentions.cc, data/ner/org_heads.tsv: the "leader" and
// "seat" flags), for ل + a verbal noun after a body's name, which says what
// the body does and is no part of the name, and for the words after a head
// that end or undo a name (a quantifier, an adjective shaped like a
// country's name), for a weak head with a noun and its adjective, and for
// a council named by its relative adjective, a company by its trade, and
// dual heads of ministries of several states; on sentences written for
// them (not taken from any corpus).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class OrgHeadsLeadersSeatsAndTasksTest : public test::WordListTest {};

using Case = test::MentionCase;

// "إدارة" before a known person alone is the administration that person
// leads; an office's head before a person stays the person's office.
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, AdministrationNamedByItsLeader) {
  const Case cases[] = {
      // "The Obama administration criticised the latest Iranian decision."
      {"وانتقدت إدارة أوباما القرار الإيراني الأخير.",
       {"ORGANIZATION إدارة أوباما", "PERSON أوباما"},
       {}},
      // "The delegation visited Khalifa Haftar's office in Benghazi." (an
      // office, no body)
      {"وزار الوفد مكتب خليفة حفتر في بنغازي.", {}, {"ORGANIZATION مكتب خليفة حفتر"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A chamber's head before a city's name alone names that city's chamber of
// commerce; other heads that need a name only describe a body sitting there.
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, ChamberNamedByItsCity) {
  const Case cases[] = {
      // "The Abha chamber announced a new training programme for the young."
      {"وأعلنت غرفة أبها عن برنامج تدريبي جديد للشباب.",
       {"ORGANIZATION غرفة أبها", "LOCATION أبها"},
       {}},
      // "The Tripoli authorities said they closed the airport." (whatever
      // body sits in Tripoli)
      {"وقالت سلطات طرابلس إنها أغلقت المطار.", {}, {"ORGANIZATION سلطات طرابلس"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After a body's noun in the genitive, ل + a verbal noun is what the body is
// asked or moved to do, outside its name; after an adjective, and after an
// institution's head, it is what the body is for, inside it.
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, TaskAfterTheGenitiveEndsTheName) {
  const Case cases[] = {
      // "The defence ministry called for starting the investigation at once."
      {"ودعت وزارة الدفاع للمباشرة في التحقيق فورا.",
       {"ORGANIZATION وزارة الدفاع"},
       {"وزارة الدفاع للمباشرة"}},
      // "The labour ministry's deputy for inspection said the visits rose."
      {"وقال وكيل وزارة العمل للتفتيش إن الزيارات ارتفعت.",
       {"ORGANIZATION وزارة العمل"},
       {"وزارة العمل للتفتيش"}},
      // "The Organization of the Petroleum Exporting Countries kept its output."
      {"وأبقت منظمة البلدان المصدرة للبترول على إنتاجها.",
       {"ORGANIZATION منظمة البلدان المصدرة للبترول"},
       {}},
      // "Egypt's army stood up to the invaders in that battle." (a state's
      // army is named by its state alone)
      {"وتصدى جيش مصر للغزاة في تلك المعركة.", {"ORGANIZATION جيش مصر"}, {"جيش مصر للغزاة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A quantifier ("العديد", "الكثير": many) ends a body's name; a place's name
// that is also a relative adjective ("مالي": Mali, financial) after an
// indefinite head is the head's adjective, neither a body nor the place.
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, QuantifiersAndAdjectivesAfterTheHead) {
  const Case cases[] = {
      // "The football federation held many courses for referees."
      {"ونظم اتحاد الكرة العديد من الدورات للحكام.",
       {"ORGANIZATION اتحاد الكرة"},
       {"اتحاد الكرة العديد"}},
      // "A new financial regulation for the banks came out last month."
      {"وصدر تنظيم مالي جديد للمصارف الشهر الماضي.", {}, {"مالي"}},
      // "The president of Mali arrived in Algiers yesterday." (the country)
      {"ووصل رئيس مالي إلى الجزائر أمس.", {"LOCATION مالي"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A weak head in the construct state, a definite noun and its relative
// adjective name a standing body (a department, an agency); one noun alone
// does not, nor does a head that is also a common noun ("حركة", movement).
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, WeakHeadNounAndAdjective) {
  const Case cases[] = {
      // "The criminal investigation department arrested the two suspects."
      {"وألقت إدارة البحث الجنائي القبض على المشتبه بهما.",
       {"ORGANIZATION إدارة البحث الجنائي"},
       {}},
      // "The social affairs office received forty requests."
      {"واستقبل مكتب الشؤون الاجتماعية أربعين طلبا.", {"ORGANIZATION مكتب الشؤون الاجتماعية"}, {}},
      // "The traffic department closed the road." (one noun: any city's)
      {"وأغلقت إدارة المرور الطريق.", {}, {"إدارة المرور"}},
      // "World trade's movement slowed this year." (no body)
      {"وتباطأت حركة التجارة العالمية هذا العام.", {}, {"حركة التجارة العالمية"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A council's head with the article and a relative adjective names one
// council, as a party's does ("المجلس الدستوري"); a city's council every
// city has stays a description.
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, CouncilWithRelativeAdjective) {
  const Case cases[] = {
      // "The deputies appealed against the law before the Constitutional
      // Council."
      {"وطعن النواب في القانون أمام المجلس الدستوري.", {"ORGANIZATION المجلس الدستوري"}, {}},
      // "The head of the municipal council said the project was delayed."
      {"وقال رئيس المجلس البلدي إن المشروع تأخر.", {}, {"المجلس البلدي"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A company's head, one word with the article and ل + the company's trade
// name one company; the word alone is any company of that trade.
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, CompanyNamedWithItsTrade) {
  const Case cases[] = {
      // "The al-Rimal Contracting and Maintenance Company won the tender."
      {"وفازت شركة الرمال للمقاولات والصيانة بالمناقصة.",
       {"ORGANIZATION شركة الرمال للمقاولات والصيانة"},
       {}},
      // "The electricity company cut the power for two hours." (any)
      {"وقطعت شركة الكهرباء التيار ساعتين.", {}, {"شركة الكهرباء", "الكهرباء"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A dual head with two names is each state's ministry when "في" and a dual
// or plural noun follow (both countries'): neither is named; with a place
// there, the first name is that state's ministry.
TEST_F(OrgHeadsLeadersSeatsAndTasksTest, DualMinistriesOfSeveralStates) {
  const Case cases[] = {
      // "The two ministers discussed coordination of the health and
      // education ministries in the two states."
      {"وبحث الوزيران تنسيق عمل وزارتي الصحة والتعليم في الدولتين.",
       {},
       {"وزارتي الصحة", "وزارتي الصحة والتعليم"}},
      // "The delegation visited the interior and justice ministries in
      // Baghdad."
      {"وزار الوفد وزارتي الداخلية والعدل في بغداد.",
       {"ORGANIZATION وزارتي الداخلية", "LOCATION بغداد"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner
