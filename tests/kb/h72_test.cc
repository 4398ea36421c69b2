// The parliamentary blocs, parties, bodies and office holders of 2015
// (data/kb/organizations_bodies_2015.tsv, data/kb/people_officials_2015.tsv)
// and the aliases added to older records: their records are found by the
// names the press gives them, phrases that are also ordinary Arabic are not
// taken for them, and every record points to known records.
// Sentences written for these tests, not taken from any corpus.

#include <gtest/gtest.h>

#include <string>

#include "../ner/ner_test_support.h"
#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

TEST(Bodies2015KbTest, NamesFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "the Ahrar bloc", the Sadrists' bloc in the Iraqi parliament.
      {"كتلة الأحرار", "ahrar-bloc", true},
      {"كتلة الأحرار النيابية", "ahrar-bloc", true},
      // "the Iraqi Forces Alliance", under both of its names.
      {"تحالف القوى العراقية", "iraqi-forces-alliance", true},
      {"اتحاد القوى العراقية", "iraqi-forces-alliance", true},
      // "the Badr bloc" is the Badr Organization's bloc.
      {"كتلة بدر", "badr-organization", true},
      // "the Virtue bloc" and "the Virtue party" of Basra.
      {"كتلة الفضيلة", "fadhila-party", true},
      {"حزب الفضيلة", "fadhila-party", true},
      // "the Integrity Committee of parliament".
      {"لجنة النزاهة النيابية", "integrity-committee-iraq", true},
      // "the Cairo Criminal Court".
      {"محكمة جنايات القاهرة", "cairo-criminal-court", true},
      // "the Zionist Camp" list of the 2015 Knesset election.
      {"المعسكر الصهيوني", "zionist-union", true},
      // "the Joint Arab List", with the adjective news often adds.
      {"القائمة العربية المشتركة", "joint-list", true},
      // "the General Authority of Civil Aviation" of Saudi Arabia and of
      // other states: the bare name names no record (the head rules find
      // the body), only the name with the country does.
      {"الهيئة العامة للطيران المدني", "gaca-saudi", false},
      {"الهيئة العامة للطيران المدني السعودي", "gaca-saudi", true},
      // "the UN Population Fund".
      {"صندوق الأمم المتحدة للسكان", "unfpa", true},
      // Iraq's "South Oil Company" and Kuwait's "Gulf Oil Company".
      {"شركة نفط الجنوب", "south-oil-company-iraq", true},
      {"شركة نفط الخليج", "kuwait-gulf-oil-company", true},
      // Egypt's "Supreme Administrative Court": Saudi Arabia has a court of
      // the same name, so only the name with the country is an alias.
      {"المحكمة الإدارية العليا", "supreme-administrative-court-egypt", false},
      {"المحكمة الإدارية العليا المصرية", "supreme-administrative-court-egypt", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

TEST(Officials2015KbTest, NamesFindTheirRecordsAndNotOthers) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // Lebanon's environment minister; the bare family name stays with
      // the interior minister Nohad Machnouk.
      {"محمد المشنوق", "mohammad-machnouk", true},
      {"المشنوق", "mohammad-machnouk", false},
      {"المشنوق", "nohad-machnouk", true},
      // Sudan's vice-president, with «عبد الرحمن» written apart and joined,
      // and without the father's name.
      {"حسبو محمد عبد الرحمن", "hasabo-abdel-rahman", true},
      {"حسبو محمد عبدالرحمن", "hasabo-abdel-rahman", true},
      {"حسبو عبد الرحمن", "hasabo-abdel-rahman", true},
      // Kuwait's interior minister as the press shortens him.
      {"محمد الخالد", "mohammad-khalid-al-hamad-al-sabah", true},
      // Tunisia's interior minister, full and short.
      {"محمد ناجم الغرسلي", "najem-gharsalli", true},
      {"ناجم الغرسلي", "najem-gharsalli", true},
      // Taiz's governor, with and without his grandfather's name.
      {"شوقي أحمد هائل", "shawki-hael", true},
      {"شوقي هائل", "shawki-hael", true},
      // Turkey's deputy prime minister in two spellings.
      {"بولنت أرينتش", "bulent-arinc", true},
      {"بولنت أرينج", "bulent-arinc", true},
      // The UN's deputy envoy for Syria.
      {"رمزي عز الدين رمزي", "ramzy-ezzeldin-ramzy", true},
      // Yemen's deputy speaker, full and as the press shortens him.
      {"محمد علي الشدادي", "mohammed-al-shaddadi", true},
      {"محمد الشدادي", "mohammed-al-shaddadi", true},
      // The WHO's director-general, with «غ» and with «ج» for the g.
      {"مارغريت تشان", "margaret-chan", true},
      {"مارجريت تشان", "margaret-chan", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

// Ordinary phrases that are also short forms of a party's name do not name
// the party: "the state of law" (rule of law), "there is a future".
TEST(Bodies2015KbTest, OrdinaryPhrasesAreNoParties) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      {"دولة القانون", "state-of-law-coalition", false},
      {"يوجد مستقبل", "yesh-atid", false},
      {"هناك مستقبل", "yesh-atid", false},
      {"حزب يوجد مستقبل", "yesh-atid", true},
      // "metals": the mining company only with its head «شركة».
      {"معادن", "maaden", false},
      // A Latin acronym other bodies share ("GRC") names none of them.
      {"GRC", "gulf-research-center", false},
  };
  test::ExpectNamesFind(**kb, cases);
}

// Every country and parent the two files name is itself a record.
TEST(Bodies2015KbTest, CountriesAndAffiliationsNameKnownRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  int records = 0;
  for (const KbEntity& e : (*kb)->entities()) {
    if (e.source.find("organizations_bodies_2015.tsv") == std::string::npos &&
        e.source.find("people_officials_2015.tsv") == std::string::npos) {
      continue;
    }
    ++records;
    if (!e.country.empty()) {
      EXPECT_NE((*kb)->FindById(e.country), nullptr) << e.source << ": unknown country";
    }
    for (const std::string& a : e.affiliations) {
      EXPECT_NE((*kb)->FindById(a), nullptr) << e.source << ": unknown affiliation " << a;
    }
    EXPECT_FALSE(e.description.empty()) << e.source;
  }
  EXPECT_GT(records, 80);
}

class Officials2015InTextTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { ner::test::LoadStages({}, &stages_); }

  // The knowledge-base id of the entity with the mention `mention`; "" when
  // no entity has that mention or the entity has no record.
  static std::string KbIdOf(const std::string& text, const std::string& mention) {
    const Document doc = stages_.Run(text);
    const Entity* e = ner::test::FindEntity(doc, mention);
    return e == nullptr ? "" : e->kb_id;
  }

  static bool Links(const std::string& text, const std::string& id) {
    const Document doc = stages_.Run(text);
    for (const Entity& e : doc.entities) {
      if (e.kb_id == id) return true;
    }
    return false;
  }

  static ner::test::Stages stages_;
};

ner::test::Stages Officials2015InTextTest::stages_;

TEST_F(Officials2015InTextTest, NewsSentencesLinkTheRecords) {
  struct Case {
    const char* text;
    const char* mention;
    const char* want_id;
  };
  const Case cases[] = {
      // "Lebanese health minister Wael Abou Faour said the ministry will
      // close the offending restaurants."
      {"وقال وزير الصحة اللبناني وائل أبو فاعور إن الوزارة ستغلق المطاعم المخالفة.",
       "وائل أبو فاعور", "wael-abou-faour"},
      // "The Iraqi Forces Alliance demanded that the National Guard law be
      // passed."
      {"وطالب تحالف القوى العراقية بإقرار قانون الحرس الوطني.", "تحالف القوى العراقية",
       "iraqi-forces-alliance"},
      // "Yemeni government spokesman Rajeh Badi said ministers will return
      // to Aden."
      {"وقال المتحدث باسم الحكومة اليمنية راجح بادي إن الوزراء سيعودون إلى عدن.", "راجح بادي",
       "rajeh-badi"},
      // "Kuwaiti oil minister Ali al-Omair expected prices to rise."
      {"وتوقع وزير النفط الكويتي علي العمير ارتفاع الأسعار.", "علي العمير", "ali-al-omair"},
      // "Yemeni transport minister Badr Basalmah said the port of Aden will
      // reopen next week."
      {"وقال وزير النقل اليمني بدر باسلمة إن ميناء عدن سيعاد فتحه الأسبوع المقبل.", "بدر باسلمة",
       "badr-basalmah"},
      // "The Egyptian writer Fahmy Howeidy wrote in his column yesterday ..."
      {"وكتب الكاتب المصري فهمي هويدي في مقاله أمس عن الانتخابات.", "فهمي هويدي", "fahmy-howeidy"},
      // "The Cairo Criminal Court adjourned the trial to next month."
      {"وأجلت محكمة جنايات القاهرة المحاكمة إلى الشهر المقبل.", "محكمة جنايات القاهرة",
       "cairo-criminal-court"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(KbIdOf(c.text, c.mention), c.want_id) << c.text;
  }
}

// Several states have a body of the same name: the bare name is not linked
// to one state's record.
TEST_F(Officials2015InTextTest, SharedBareNamesAreNotLinkedToOneState) {
  // "The General Authority of Civil Aviation closed the airspace over
  // Dubai for an hour."
  EXPECT_FALSE(
      Links("وأغلقت الهيئة العامة للطيران المدني الأجواء فوق دبي لمدة ساعة.", "gaca-saudi"));
  // "The president of the Supreme Administrative Court received the
  // minister of justice in Riyadh." Saudi Arabia's court, not Egypt's.
  EXPECT_FALSE(Links("واستقبل رئيس المحكمة الإدارية العليا وزير العدل في الرياض.",
                     "supreme-administrative-court-egypt"));
}

}  // namespace
}  // namespace rased
