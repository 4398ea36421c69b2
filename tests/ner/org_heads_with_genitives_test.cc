// Entity stage tests for organisations named by a head and its complement
// (src/ner/head_mentions.cc, data/ner/org_heads.tsv): a head in the construct
// state before any known noun and a definite genitive or a place ("محكمة
// استئناف القاهرة"), and a head with the article, a gentilic and what the
// body is for ("الجمعية السعودية لطب الأسنان"), on sentences written for them
// (not taken from any corpus).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class OrgHeadsWithGenitivesTest : public test::WordListTest {};

using Case = test::MentionCase;

// A head in the construct state, a noun the word list knows and a definite
// genitive (or a place's name): the noun cannot close the phrase, so the
// whole chain is the body's name. A head that needs a proper name ("مكتب")
// still does, and a verb after the head names nothing.
TEST_F(OrgHeadsWithGenitivesTest, HeadNounAndDefiniteGenitive) {
  const Case cases[] = {
      // "The Cairo appeals court rejected the defence's appeal yesterday."
      {"ورفضت محكمة استئناف القاهرة طعن الدفاع أمس.", {"ORGANIZATION محكمة استئناف القاهرة"}, {}},
      // "The Friends of the Patients society opened a new branch in Jeddah."
      {"وافتتحت جمعية أصدقاء المرضى فرعا جديدا في جدة.", {"ORGANIZATION جمعية أصدقاء المرضى"}, {}},
      // "The travel coordination office closed its doors." (any office)
      {"وأغلق مكتب تنسيق الرحلات أبوابه.", {}, {"مكتب تنسيق الرحلات"}},
      // "A committee formed the report's text last week." (a verb after
      // the head, no name)
      {"وقالت إن لجنة صاغت التقرير الأسبوع الماضي.", {}, {"لجنة صاغت التقرير"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A head with the article, a country's gentilic and ل + what the body is
// for name one body; the head and the gentilic alone only describe one.
TEST_F(OrgHeadsWithGenitivesTest, DefiniteHeadGentilicAndPurpose) {
  const Case cases[] = {
      // "The Saudi Society for Dentistry held its annual conference."
      {"وعقدت الجمعية السعودية لطب الأسنان مؤتمرها السنوي.",
       {"ORGANIZATION الجمعية السعودية لطب الأسنان"},
       {}},
      // "The Libyan Iron Company signed a new contract."
      {"ووقعت الشركة الليبية للحديد عقدا جديدا.", {"ORGANIZATION الشركة الليبية للحديد"}, {}},
      // "The Egyptian company said it would raise its prices." (no purpose:
      // a description)
      {"وقالت الشركة المصرية إنها سترفع أسعارها.", {}, {"الشركة المصرية"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Any organisation's head with the article, a relative adjective and a
// country's gentilic names that country's body; the gentilic alone after a
// head that is no state's body only describes one.
TEST_F(OrgHeadsWithGenitivesTest, DefiniteHeadAdjectiveAndGentilic) {
  const Case cases[] = {
      // "The Kuwaiti Paralympic Committee announced its participation."
      {"وأعلنت اللجنة البارالمبية الكويتية مشاركتها في البطولة.",
       {"ORGANIZATION اللجنة البارالمبية الكويتية"},
       {}},
      // "The Egyptian office opened its doors to visitors." (any office)
      {"وفتح المكتب المصري أبوابه للزوار.", {}, {"المكتب المصري"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A head that needs a proper name takes two definite nouns joined by و
// instead, which list what the body deals in as names do; not a body's own
// words nor verbal nouns with their object.
TEST_F(OrgHeadsWithGenitivesTest, WeakHeadAndTwoJoinedNouns) {
  const Case cases[] = {
      // "The Chamber of Commerce and Industry in Jeddah said exports rose."
      {"وقالت غرفة التجارة والصناعة بجدة إن الصادرات ارتفعت.",
       {"ORGANIZATION غرفة التجارة والصناعة", "LOCATION جدة"},
       {}},
      // "The Media and Documentation Centre announced the survey's results."
      {"وأعلن مركز الإعلام والتوثيق نتائج المسح.", {"ORGANIZATION مركز الإعلام والتوثيق"}, {}},
      // "The minister praised the leaders' wisdom in managing security and
      // dealing with crises." (verbal nouns, no body)
      {"وأشاد الوزير بحكمة القادة في إدارة الأمن والتعامل مع الأزمات.",
       {},
       {"ORGANIZATION إدارة الأمن والتعامل"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A dual head names two bodies only with a second name joined by و; with
// one name it is the same body of two states, neither named.
TEST_F(OrgHeadsWithGenitivesTest, DualHeadNeedsTwoNames) {
  const Case cases[] = {
      // "The two leaders agreed on cooperation between the interior
      // ministries of both countries."
      {"واتفق الزعيمان على تعاون بين وزارتي الداخلية في البلدين.", {}, {"وزارتي الداخلية"}},
      // "The ministries of defence and interior issued a joint statement."
      {"وأصدرت وزارتا الدفاع والداخلية بيانا مشتركا.", {"ORGANIZATION وزارتا الدفاع"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A verbal noun of the complement that takes its object with a preposition
// keeps the preposition and the object in the body's name (data/ner/
// prepositional_nouns.tsv), after the head or after a purpose's ل; not a
// noun the table lacks, nor a preposition no noun with the article follows.
TEST_F(OrgHeadsWithGenitivesTest, VerbalNounAndItsPrepositionalObject) {
  const Case cases[] = {
      // "The committee for supervising the hospitals met its members."
      {"واجتمعت لجنة الإشراف على المستشفيات بأعضائها.",
       {"ORGANIZATION لجنة الإشراف على المستشفيات"},
       {"لجنة الإشراف"}},
      // "The board for settling labour disputes issued its rulings."
      {"وأصدرت هيئة الفصل في المنازعات العمالية أحكامها.",
       {"ORGANIZATION هيئة الفصل في المنازعات العمالية"},
       {"هيئة الفصل"}},
      // "The national committee for eradicating illiteracy announced its plan."
      {"وأعلنت اللجنة الوطنية للقضاء على الأمية خطتها.",
       {"ORGANIZATION اللجنة الوطنية للقضاء على الأمية"},
       {}},
      // "The society for the defence of human rights demanded their release."
      {"وطالبت جمعية الدفاع عن حقوق الإنسان بالإفراج عنهم.",
       {"ORGANIZATION جمعية الدفاع عن حقوق الإنسان"},
       {"جمعية الدفاع"}},
      // "The supervising committee met at its headquarters yesterday." (no
      // object after the preposition: the name stops before it)
      {"واجتمعت لجنة الإشراف في مقرها أمس.", {}, {"لجنة الإشراف في مقرها"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A university's deanship is named by its head and complement as a college
// is; the teaching staff of whichever university ("أعضاء هيئة التدريس") is
// no body's name.
TEST_F(OrgHeadsWithGenitivesTest, DeanshipAndTeachingStaff) {
  const Case cases[] = {
      // "The deanship of admission and registration announced that the
      // results would be out tomorrow."
      {"وأعلنت عمادة القبول والتسجيل أن النتائج ستعلن غدا.",
       {"ORGANIZATION عمادة القبول والتسجيل"},
       {}},
      // "The deanship of student affairs honoured a number of graduates."
      {"وكرمت عمادة شؤون الطلاب عددا من الخريجين.", {"ORGANIZATION عمادة شؤون الطلاب"}, {}},
      // "The university appointed ten members of the teaching staff."
      {"وعينت الجامعة عشرة من أعضاء هيئة التدريس.", {}, {"هيئة التدريس"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After a definite word of the complement a verbal noun of the derived
// forms (التوقف، التعليق، الاستمرار) is no adjective: it is the verb's object
// and the name ends before it; an adjective or a purpose with ل goes on.
TEST_F(OrgHeadsWithGenitivesTest, VerbalNounAfterTheComplementIsTheObject) {
  const Case cases[] = {
      // "The anti-corruption authority declined to comment on the reports."
      {"ورفضت هيئة مكافحة الفساد التعليق على التقارير.",
       {"ORGANIZATION هيئة مكافحة الفساد"},
       {"هيئة مكافحة الفساد التعليق"}},
      // "The football association decided to keep the coach."
      {"وقرر اتحاد الكرة الاستمرار مع المدرب.",
       {"ORGANIZATION اتحاد الكرة"},
       {"اتحاد الكرة الاستمرار"}},
      // "The ministry of transport, despite the delay, opened the road." (و
      // and a preposition open an adverb, no noun of the name)
      {"وافتتحت وزارة النقل وبالرغم من التأخير الطريق.",
       {"ORGANIZATION وزارة النقل"},
       {"وزارة النقل وبالرغم"}},
      // "The Saudi tennis federation announced that the tournament starts
      // tomorrow." (a purpose with ل)
      {"وأعلن الاتحاد السعودي للتنس أن البطولة تبدأ غدا.",
       {"ORGANIZATION الاتحاد السعودي للتنس"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After و a body's head with words of its own name after it starts a second
// body ("وزارة التجارة والغرفة التجارية"); a head that ends the name or takes
// a gentilic joins it ("مؤسسة الإذاعة والتلفزيون").
TEST_F(OrgHeadsWithGenitivesTest, SecondBodyAfterAnd) {
  const Case cases[] = {
      // "The ministry of commerce and the chamber of commerce and industry
      // signed an agreement."
      {"ووقعت وزارة التجارة والغرفة التجارية الصناعية اتفاقية.",
       {"ORGANIZATION وزارة التجارة"},
       {"وزارة التجارة والغرفة التجارية الصناعية"}},
      // "The municipality of al-Khabra and the municipal council met."
      {"واجتمعت بلدية الخبراء والمجلس البلدي أمس.",
       {"ORGANIZATION بلدية الخبراء"},
       {"بلدية الخبراء والمجلس البلدي"}},
      // "The radio and television corporation said the broadcast goes on."
      {"وقالت مؤسسة الإذاعة والتلفزيون إن البث مستمر.",
       {"ORGANIZATION مؤسسة الإذاعة والتلفزيون"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A weak head, a complement noun in the construct state and a definite
// noun name one standing unit ("إدارة شؤون المعلمين"، "إدارة مكافحة
// المخدرات"); running the country's affairs is no department, and a head
// that is also a common noun ("حركة", movement) names none so.
TEST_F(OrgHeadsWithGenitivesTest, WeakHeadAndComplementNounChain) {
  const Case cases[] = {
      // "The form is handed over by the teachers' affairs department."
      {"ويسلم النموذج من إدارة شؤون المعلمين لإنهاء الإجراءات.",
       {"ORGANIZATION إدارة شؤون المعلمين"},
       {}},
      // "The anti-narcotics department seized two tonnes."
      {"وضبطت إدارة مكافحة المخدرات طنين.", {"ORGANIZATION إدارة مكافحة المخدرات"}, {}},
      // "The council took over running the country's affairs."
      {"وتولى المجلس إدارة شؤون البلاد مؤقتا.", {}, {"إدارة شؤون البلاد"}},
      // "The movement of oil trade slowed down last month."
      {"وتباطأت حركة تجارة النفط الشهر الماضي.", {}, {"حركة تجارة النفط"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner
