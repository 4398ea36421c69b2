// Entity stage tests for knowledge-base names in context: which contexts keep
// a place the knowledge base knows and which drop it as an ordinary word, and
// the surface forms (clitics, heads, genitives) a known name is found in.
// Sentences written for these tests (not taken from any corpus), over the
// shipped knowledge base and tables of data/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"
#include "text/lexicon.h"
#include "text/normalize.h"

namespace rased::ner {
namespace {

class KbContextTest : public test::ShippedDataTest {};

using Case = test::MentionCase;

// A place whose name hunspell lists only as a noun ("جدة", "أوروبا", "عسير")
// is the place, with no preposition or head before it: a continent always,
// a place of a country where the document names the country. A clitic on a
// common word ("فرقة", not ف + "رقة") and a name in a person's slot are not.
TEST_F(KbContextTest, DictionaryNamesNeedNoPlaceContext) {
  const Case cases[] = {
      // "The council said that Asia is much exposed to natural disasters."
      // (after إن, a particle that may govern a verb)
      {"وقال المجلس إن آسيا معرضة بدرجة كبيرة للكوارث الطبيعية.", {"LOCATION آسيا"}, {}},
      // "Europe had received hundreds of thousands of refugees this year."
      {"وكانت أوروبا قد استقبلت مئات الآلاف من اللاجئين هذا العام.", {"LOCATION أوروبا"}, {}},
      // "Jeddah received the delegations to the conference, and the Saudi
      // interior ministry announced a security plan."
      {"واستقبلت جدة الوفود المشاركة في المؤتمر، وأعلنت وزارة الداخلية السعودية خطة أمنية.",
       {"LOCATION جدة"},
       {}},
      // "Asir saw heavy rain yesterday, and the Saudi civil defence warned
      // the inhabitants."
      {"وشهدت عسير أمطارا غزيرة أمس، وحذر الدفاع المدني السعودي السكان.", {"LOCATION عسير"}, {}},
      // "The director of education of Najran confirmed that school starts
      // on time in the Kingdom." (hunspell also has the verb "نجرأن", which
      // the match keys fold onto the name; "المملكة" names the kingdom)
      {"وأكد مدير تعليم نجران انطلاق الدراسة في موعدها في المملكة.", {"LOCATION نجران"}, {}},
      // "The rescue team reached the site after an hour." (فرقة: a team,
      // not ف + Raqqa)
      {"وصلت فرقة الإنقاذ إلى الموقع بعد ساعة.", {}, {"LOCATION رقة"}},
      // "Mzab said that the border sees arms smuggling." (a man's name after
      // a reporting verb)
      {"وقال ميزاب إن الحدود تشهد تهريبا للسلاح في الجزائر.", {}, {"LOCATION ميزاب"}},
      // "The writer Khalil Suwaileh spoke about his new novel." (a family
      // name that is also a Jordanian town)
      {"وتحدث الكاتب خليل صويلح عن روايته الجديدة في الأردن.", {"PERSON خليل صويلح"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "على" is how news spells the preposition and, in some outlets, the name
// Ali: a known "X علي" written "X على" before another word is a name and
// the preposition; after "بن" it stays the father's name.
TEST_F(KbContextTest, ThePrepositionAfterAGivenNameIsNoSurname) {
  const Case cases[] = {
      // "Khaled stressed the importance of the project."
      {"وأكد خالد على أهمية المشروع أمس.", {}, {"PERSON خالد على"}},
      // "Khaled Ali said the case goes on." (written with ي)
      {"وقال خالد علي إن القضية مستمرة.", {"PERSON خالد علي"}, {}},
      // "Zine El Abidine Ben Ali had left."
      {"وكان زين العابدين بن على قد غادر البلاد.", {"PERSON زين العابدين بن على"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A short name several records share weakly ("~مجلس النواب" of every House
// of Representatives) goes, when none of them is named in full, to the one
// whose country the story names most; with no country named, to the first.
TEST_F(KbContextTest, ASharedShortNameGoesToTheCountryTheStoryNames) {
  // "The Foreign Relations Committee of the American Senate began a hearing,
  // and the Speaker of the House, the Republican John Boehner, said the deal
  // is bad."
  const std::string congress =
      "بدأت لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي جلسة، وقال رئيس مجلس النواب "
      "الجمهوري جون بينر إن الاتفاق سيئ.";
  EXPECT_TRUE(stages_.Links(congress, "us-house-of-representatives"))
      << test::Dump(stages_.Run(congress));
  EXPECT_FALSE(stages_.Links(congress, "house-of-representatives-libya"))
      << test::Dump(stages_.Run(congress));
  // "The House of Representatives passed the budget yesterday." (no country)
  const std::string bare = "وأقر مجلس النواب الموازنة أمس.";
  EXPECT_TRUE(stages_.Links(bare, "house-of-representatives-libya"))
      << test::Dump(stages_.Run(bare));
}

// A gentilic after a club's name of two words or more is its player's or
// coach's, no sign of another country's club of that name.
TEST_F(KbContextTest, AClubBeforeItsCoachsGentilic) {
  const Case cases[] = {
      // "The Italian coach of Real Madrid, Carlo Ancelotti, spoke of the
      // signing."
      {"وتحدث مدرب ريال مدريد الإيطالي كارلو أنشيلوتي عن الصفقة.",
       {"ORGANIZATION ريال مدريد", "PERSON كارلو أنشيلوتي"},
       {"LOCATION مدريد"}},
      // "Manchester United's Dutch coach Louis van Gaal touched on the deal."
      {"وتطرق مدرب مانشستر يونايتد الهولندي لويس فان غال إلى الصفقة.",
       {"ORGANIZATION مانشستر يونايتد", "PERSON لويس فان غال"},
       {"PERSON مانشستر يونايتد"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Without its country named, a Saudi town that is also a word in its
// letters stays unlinked: "جدة" may be a grandmother.
TEST_F(KbContextTest, DictionaryNameOfACountrysPlaceWantsTheCountry) {
  const Case cases[] = {
      // "A grandmother and uncles told us: we were treated well."
      {"جدة وأعمام قالوا لنا: لقينا أحسن معاملة.", {}, {"LOCATION جدة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Places listed with commas name one another: "أبين، وعدن، ولحج" (Aden is
// also a verb, Lahij a word after ل), "نجران، وجازان" (a city and its
// province share the name). A verb in a list of clauses is no place.
TEST_F(KbContextTest, PlacesListedWithCommas) {
  const Case cases[] = {
      // "The campaign covered the governorates of Abyan, Aden and Lahij,
      // according to Yemeni sources."
      {"وشملت الحملة محافظات أبين، وعدن، ولحج، وفق مصادر يمنية.",
       {"LOCATION أبين", "LOCATION عدن", "LOCATION لحج"},
       {}},
      // "The weather office recorded rain over Najran, Jazan and Asir in the
      // Kingdom."
      {"وسجلت الأرصاد هطول أمطار على نجران، وجازان، وعسير في المملكة.",
       {"LOCATION نجران", "LOCATION جازان", "LOCATION عسير"},
       {}},
      // "We die every day, the environment is destroyed, our culture is
      // destroyed, and Iran practises cleansing." (تدمر: is destroyed, not
      // Palmyra)
      {"نحن نموت كل يوم، والبيئة تدمر، وثقافتنا تدمر، وإيران تمارس التطهير.",
       {"LOCATION إيران"},
       {"LOCATION تدمر"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "?القاعدة" in al-Qaeda's record (a fixture knowledge base): the bare word
// names the group where the document names it by another name, and is the
// word ("the base", "the rule") elsewhere.
class KbContextualBodyTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    test::LoadStages({"/tests/ner/testdata/contextual_alias_kb.tsv"}, &stages_);
  }
  static test::Stages stages_;
};

test::Stages KbContextualBodyTest::stages_;

TEST_F(KbContextualBodyTest, BareNameOfABodyNamedElsewhere) {
  const Case cases[] = {
      // "Al-Qaeda claimed the attack. Al-Qaeda's gunmen spread through
      // Mukalla."
      {"وتبنى تنظيم القاعدة الهجوم. وانتشر مسلحو القاعدة في المكلا.",
       {"ORGANIZATION تنظيم القاعدة", "ORGANIZATION القاعدة"},
       {}},
      // "The gunmen left the base near Mukalla." (no body named: the base)
      {"وغادر المسلحون القاعدة قرب المكلا.", {}, {"ORGANIZATION القاعدة"}},
  };
  for (const Case& tc : cases) {
    test::ExpectMentions(test::TypedMentions(stages_.Run(tc.text)), tc);
  }
}

// "صحيفة «الشرق الأوسط»" and "لـ«الشرق الأوسط»" in one document: the new
// name the heads give the first is the outlet the knowledge base linked in
// the second, one entity (the alias alone is the region's).
TEST_F(KbContextTest, NewNameWrittenAsALinkedMentionIsThatEntity) {
  // "The spokesman said in remarks carried by the newspaper «Asharq
  // al-Awsat» that the position had not changed. He told «Asharq al-Awsat»
  // that relations were good."
  const Document doc = stages_.Run(
      "وقال المتحدث في تصريحات نقلتها صحيفة «الشرق الأوسط» إن الموقف لم يتغير. وقال المتحدث "
      "في تصريح لـ«الشرق الأوسط» إن العلاقات جيدة.");
  int outlets = 0;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kOrganization) continue;
    for (uint32_t m : e.mentions) {
      if (doc.Slice(doc.mentions[m].span) == "الشرق الأوسط") {
        ++outlets;
        EXPECT_EQ(e.mentions.size(), 2u) << test::Dump(doc);
        break;
      }
    }
  }
  EXPECT_EQ(outlets, 1) << test::Dump(doc);
}

// The keys fold the hamza: "وأم" (and a mother) meets "وام" (WAM), "بفأس"
// (with an axe) meets "فاس" (Fez). A word written with a hamza on its alef
// is not a one-word name printed without one; a name printed with it stays.
TEST_F(KbContextTest, HamzaInTextIsNoNamePrintedWithout) {
  const Case cases[] = {
      // "Every father and mother must watch their children's behaviour."
      {"على كل أب وأم أن يراقبا سلوك أبنائهما.", {}, {"ORGANIZATION وأم", "ORGANIZATION أم"}},
      // "He was struck with an axe and a piece of wood."
      {"وتعرض للضرب بفأس وخشبة في أنحاء جسمه.", {}, {"LOCATION فأس"}},
      // "The Emirates News Agency (WAM) reported that the minister arrived in
      // Iran." (وام as printed; إيران printed with its hamza)
      {"وذكرت وكالة وام أن الوزير وصل إلى إيران.", {"LOCATION إيران"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A one-word place shaped like an adjective ("السلمية", Salamiyah) after a
// definite word it agrees with is that word's adjective, also after a noun
// or adjective that itself ends in ية.
TEST_F(KbContextTest, AdjectiveAfterNisbaShapedNoun) {
  const Case cases[] = {
      // "The minister said the peaceful settlement in Syria is possible."
      {"وقال الوزير إن التسوية السلمية في سوريا ممكنة.", {"LOCATION سوريا"}, {"LOCATION السلمية"}},
      // "They agreed on cooperation in peaceful nuclear energy in Syria."
      {"واتفقا على التعاون في مجال الطاقة النووية السلمية في سوريا.",
       {"LOCATION سوريا"},
       {"LOCATION السلمية"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A head in the dual construct state before known names: "حركتي فتح وحماس"
// (the movements of Fatah and Hamas) names Fatah, known as "حركة فتح", and
// the mention is the name without the shared head.
TEST_F(KbContextTest, NameAfterDualHead) {
  const Case cases[] = {
      // "No agreement was reached between the Fatah and Hamas movements to
      // form a government."
      {"وأخفق التوصل لاتفاق بين حركتي فتح وحماس لتشكيل حكومة.",
       {"ORGANIZATION فتح", "ORGANIZATION حماس"},
       {"ORGANIZATION حركتي فتح"}},
      // "Clashes broke out in the governorates of Marib and Taiz."
      {"واندلعت اشتباكات في محافظتي مأرب وتعز.", {"LOCATION مأرب", "LOCATION تعز"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// An outlet's mention drops its country's gentilic ("الشرق المصرية" is
// "الشرق"), but not where a head still opens the name: the gentilic is then
// part of it ("هيئة الإذاعة البريطانية", "التلفزيون السعودي").
TEST_F(KbContextTest, OutletNameKeepsGentilicAfterHead) {
  const Case cases[] = {
      // "The British Broadcasting Corporation reported that the report is
      // true."
      {"ونقلت هيئة الإذاعة البريطانية عن المسؤول قوله إن التقرير صحيح.",
       {"ORGANIZATION هيئة الإذاعة البريطانية"},
       {"ORGANIZATION هيئة الإذاعة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// The dictionary's section of nouns and proper names is told from its verbs
// and particles: "جدة" (Jeddah), "أوروبا" and "وزير" (minister) are only
// nouns, "عدن" (Aden; to dwell) and "قم" (Qom; stand up) are verbs too.
TEST(LexiconNounsTest, OnlyAsNounKnowsTheNounsSection) {
  auto lexicon = text::Lexicon::Load("", RASED_TEST_DATA_DIR);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  if (!(*lexicon)->has_hunspell()) GTEST_SKIP() << "no hunspell ar.dic";
  EXPECT_TRUE((*lexicon)->OnlyAsNoun(text::MatchKey("جدة")));
  EXPECT_TRUE((*lexicon)->OnlyAsNoun(text::MatchKey("أوروبا")));
  EXPECT_TRUE((*lexicon)->OnlyAsNoun(text::MatchKey("نجران")));
  EXPECT_FALSE((*lexicon)->OnlyAsNoun(text::MatchKey("عدن")));
  EXPECT_TRUE((*lexicon)->OnlyAsNoun(text::MatchKey("وزير")));
  EXPECT_FALSE((*lexicon)->OnlyAsNoun(text::MatchKey("قم")));
  EXPECT_TRUE((*lexicon)->Contains(text::MatchKey("جدة")));
}

}  // namespace
}  // namespace rased::ner
