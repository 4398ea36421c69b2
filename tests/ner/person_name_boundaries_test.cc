// Where a person's name begins and ends around a family particle or a known
// name: a later short form keeps its particle ("بن سليم", "آل فرج"), and a
// known person's chain of descent before a family name the knowledge base
// does not give is another man's longer name. Sentences written for these
// tests, over the shipped data and the text stage with the word list.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PersonNameBoundariesTest : public test::WordListTest {};

TEST_F(PersonNameBoundariesTest, ShortFormKeepsItsFamilyParticle) {
  const test::PersonCase cases[] = {
      // "Dr Khalid bin Salim, the university's director, said the school
      // year would start on time. Bin Salim added that the university had
      // prepared a new plan."
      {"قال الدكتور خالد بن سليم مدير الجامعة إن العام الدراسي سيبدأ في موعده. "
       "وأضاف بن سليم أن الجامعة أعدت خطة جديدة.",
       {"خالد بن سليم", "بن سليم"},
       {"سليم"}},
      // "Engineer Ahmed Al Faraj, the municipality's director, said the
      // project would end soon. Al Faraj stressed that the work goes on."
      {"قال المهندس أحمد آل فرج مدير البلدية إن المشروع سينتهي قريبا. "
       "وأكد آل فرج أن العمل مستمر.",
       {"أحمد آل فرج", "آل فرج"},
       {"فرج"}},
      // "Abdullah Al Salem, the committee's chairman, said the meeting
      // succeeded. Al Salem said the decision was final." (سالم is a word
      // too, safe: the short form was missed whole)
      {"وقال عبدالله آل سالم رئيس اللجنة إن الاجتماع ناجح. وقال آل سالم إن القرار نهائي.",
       {"عبدالله آل سالم", "آل سالم"},
       {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNameBoundariesTest, APostThatIsAlsoAFamilyName) {
  const test::PersonCase cases[] = {
      // "The mayor of Asir region, Saleh al-Qadi, explained that the projects
      // are new." (القاضي, the judge, is his family name)
      {"وأوضح أمين منطقة عسير صالح القاضي أن المشروعات جديدة.", {"صالح القاضي"}, {}},
      // "Abdullah al-Qadi said the project was complete."
      {"وقال عبدالله القاضي إن المشروع اكتمل.", {"عبدالله القاضي"}, {}},
      // "The mayor of Riyadh, Engineer Ibrahim al-Sultan, stated that the
      // works were done." (السلطان, the sultan, is his family name)
      {"وأوضح أمين منطقة الرياض المهندس إبراهيم السلطان، أن الأعمال انتهت.",
       {"إبراهيم السلطان"},
       {}},
      // "John Smith, the federal judge, said the ruling is final": an apposed
      // post that goes on stays a post.
      {"وقال جون سميث القاضي الفيدرالي إن الحكم نهائي.", {"جون سميث"}, {"جون سميث القاضي"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNameBoundariesTest, ShortFormIsTheSamePerson) {
  // "Bin Salim" later in the text is the "Khalid bin Salim" named before.
  const Document doc =
      Run("قال الدكتور خالد بن سليم مدير الجامعة إن العام الدراسي سيبدأ في موعده. "
          "وأضاف بن سليم أن الجامعة أعدت خطة جديدة.");
  const Entity* full = test::FindEntity(doc, "خالد بن سليم");
  ASSERT_NE(full, nullptr) << test::Dump(doc);
  EXPECT_EQ(test::FindEntity(doc, "بن سليم"), full) << test::Dump(doc);
}

TEST_F(PersonNameBoundariesTest, LinkOfADynastyAfterANameIsNoShortForm) {
  const test::PersonCase cases[] = {
      // "King Salman bin Abdulaziz received the guests, in the presence of
      // Prince Turki bin Abdullah al-Faisal bin Abdulaziz." ("بن عبدالعزيز"
      // after "الفيصل" continues the prince's chain, no one on its own)
      {"استقبل الملك سلمان بن عبدالعزيز الضيوف بحضور الأمير تركي بن عبدالله الفيصل بن "
       "عبدالعزيز.",
       {"الملك سلمان بن عبدالعزيز"},
       {"بن عبدالعزيز"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNameBoundariesTest, KnownChainBeforeAnUnknownFamilyNameIsAnotherMan) {
  const test::PersonCase cases[] = {
      // "Sheikh Mohammed bin Nasser al-Khuzaim, the mosque's imam, said the
      // prayer would be held on time." (the knowledge base knows a prince
      // "محمد بن ناصر"; this is another man)
      {"وقال الشيخ محمد بن ناصر الخزيم إمام الجامع إن الصلاة ستقام في موعدها.",
       {"محمد بن ناصر الخزيم"},
       {"محمد بن ناصر"}},
      // "Brigadier Khalid bin Ahmed al-Damouk, the civil defence director,
      // opened the exhibition."
      {"وافتتح العميد خالد بن أحمد الداموك مدير الدفاع المدني المعرض.",
       {"خالد بن أحمد الداموك"},
       {"خالد بن أحمد"}},
  };
  test::ExpectPersons(stages_, cases);
  // "The officials praised Prince Mohammed bin Salman's last two visits to
  // Washington." ("الأخيرتين", the last two, qualifies the visits: the
  // prince keeps his name and his record)
  const Document doc = Run("وأشاد المسؤولون بزيارتي الأمير محمد بن سلمان الأخيرتين إلى واشنطن.");
  const Entity* prince = test::FindEntity(doc, "الأمير محمد بن سلمان");
  ASSERT_NE(prince, nullptr) << test::Dump(doc);
  EXPECT_FALSE(prince->kb_id.empty()) << test::Dump(doc);
}

// After "بن" the father's kunya in the genitive ("بن أبي") goes on the chain.
TEST_F(PersonNameBoundariesTest, FathersKunyaAfterBin) {
  const test::PersonCase cases[] = {
      // "Sheikh Mohammed bin Abi Bakr said the decision is final."
      {"وقال الشيخ محمد بن أبي بكر إن القرار نهائي.", {"محمد بن أبي بكر"}, {"محمد"}},
  };
  test::ExpectPersons(stages_, cases);
}

// A given name that is also a noun heading a genitive ("عمر", lifetime;
// "رياض", gardens; "عز", the height of; "رائد", pioneer), before a definite
// word of the language and with no sign of a name around it, is that noun
// phrase; where a name is expected it stays a name.
TEST_F(PersonNameBoundariesTest, GivenNameThatIsANounBeforeItsGenitive) {
  const test::PersonCase cases[] = {
      // "The researchers found that a man's lifetime grows longer with sport."
      {"ووجد الباحثون أن عمر الإنسان يطول مع ممارسة الرياضة.", {}, {"عمر الإنسان"}},
      // "Kindergartens open their doors to children on Sunday."
      {"وتفتح رياض الأطفال أبوابها للصغار يوم الأحد.", {}, {"رياض الأطفال"}},
      // "The festival is held at the height of summer every year."
      {"ويقام المهرجان في عز الصيف من كل عام.", {}, {"عز الصيف"}},
      // "The astronaut returned to Earth after six months."
      {"وعاد رائد الفضاء إلى الأرض بعد ستة أشهر.", {}, {"رائد الفضاء"}},
      // "The development of the city's infrastructure goes on" (لبنى read as
      // ل + البنى, for the structures).
      {"وتطوير لبنى التحتية في المدينة مستمر.", {}, {"لبنى التحتية"}},
      // "Omar al-Sharif said the film was new": after a reporting verb.
      {"وقال عمر الشريف إن الفيلم جديد.", {"عمر الشريف"}, {}},
      // "The Syrian striker Omar al-Hassan scored the goal": after a gentilic.
      {"وسجل المهاجم السوري عمر الحسن هدف المباراة.", {"عمر الحسن"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

// A feminine nisba with the article after a man's name is the adjective of
// the feminine noun the name completes (King Saud Medical City), no family
// name; a house's name of that shape that the tables know stays one.
TEST_F(PersonNameBoundariesTest, FeminineAdjectiveAfterAMansNameIsNoFamilyName) {
  const test::PersonCase cases[] = {
      // "King Saud Medical City opened a new department for children."
      {"وافتتحت مدينة الملك سعود الطبية قسما جديدا للأطفال.", {}, {"سعود الطبية"}},
      // "The Abdul Latif Jameel social programme supported a hundred families."
      {"ودعمت برامج عبداللطيف جميل الاجتماعية مئة أسرة.", {}, {"عبداللطيف جميل الاجتماعية"}},
      // "Khalid al-Attiyah said the talks went on": العطية is a house's name.
      {"وقال خالد العطية إن المحادثات مستمرة.", {"خالد العطية"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

// A foreign surname alone that no list knows, before a definite word of the
// language, is the whole name: the word is the verb's object.
TEST_F(PersonNameBoundariesTest, ForeignSurnameAloneBeforeTheVerbsObject) {
  const test::PersonCase cases[] = {
      // "The Portuguese coach Gorvalho started the match with the regular
      // players." (an invented surname)
      {"ودخل المدرب البرتغالي غورفالو المباراة بالأسماء الأساسية.",
       {"غورفالو"},
       {"غورفالو المباراة"}},
      // A regnal number stays: "the reign of King Amenemhat IV".
      {"وفي عهد الملك أمنمحات الرابع ازدهرت الزراعة.", {"أمنمحات الرابع"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

}  // namespace
}  // namespace rased::ner
