// The ministers of the governments of 2014-2016 (data/kb/people_cabinets_2015.tsv):
// found by the names the press gives them, in the matcher and in sentences;
// a family name that is also an ordinary word ("sparrow", "the Arab",
// "governor") names no one alone, and a Gulf patronymic is not a Moroccan
// minister's name; every record points to known records.
// Sentences written for these tests, not taken from any corpus.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../ner/ner_test_support.h"
#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

TEST(Cabinets2015KbTest, NamesFindTheirRecordsAndWordsAloneDoNot) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "Bijan Zanganeh", Iran's oil minister, in full, with his middle name
      // and by his family name, which is nobody else's.
      {"بيجن زنغنه", "bijan-zanganeh", true},
      {"بيجن نامدار زنغنه", "bijan-zanganeh", true},
      {"زنغنه", "bijan-zanganeh", true},
      // "Eshaq Jahangiri", Iran's first vice-president, in two spellings.
      {"إسحاق جهانغيري", "eshaq-jahangiri", true},
      {"إسحق جهانغيري", "eshaq-jahangiri", true},
      // "Abdel Wahed el-Nabawy", written apart and joined.
      {"عبد الواحد النبوي", "abdel-wahed-el-nabawy", true},
      {"عبدالواحد النبوي", "abdel-wahed-el-nabawy", true},
      // "Mbarka Bouaida", with and without the initial alif.
      {"امباركة بوعيدة", "mbarka-bouaida", true},
      {"مباركة بوعيدة", "mbarka-bouaida", true},
      // "Sheikh Mohammad al-Abdullah al-Mubarak al-Sabah" of Kuwait.
      {"محمد عبدالله المبارك الصباح", "mohammad-al-abdullah-al-sabah", true},
      // Family names that are words name no one alone: "sparrow", "the
      // Arab", "the mullah", "governor", "my news", "the prophetic".
      {"عصفور", "gaber-asfour", false},
      {"العربي", "ashraf-el-araby", false},
      {"الملا", "tarek-el-molla", false},
      {"والي", "ghada-waly", false},
      {"خبري", "salah-khebri", false},
      {"النبوي", "abdel-wahed-el-nabawy", false},
      // "Mohamed Shaker" is many people: only the minister's full name.
      {"محمد شاكر", "mohamed-shaker-el-markabi", false},
      {"محمد شاكر المرقبي", "mohamed-shaker-el-markabi", true},
      // "Nabil bin Abdullah" is a Gulf name and patronymic; the Moroccan
      // minister is written joined, "Benabdallah".
      {"نبيل بن عبدالله", "nabil-benabdallah", false},
      {"نبيل بنعبد الله", "nabil-benabdallah", true},
      // "Mohammed al-Suwail" is also a football referee: the Saudi minister
      // only with his patronymic.
      {"محمد السويل", "mohammed-al-suwaiyel", false},
      {"محمد بن إبراهيم السويل", "mohammed-al-suwaiyel", true},
      // "Tugrul Turkes", Turkey's deputy prime minister, in two spellings.
      {"طغرل توركش", "tugrul-turkes", true},
      {"توغرول توركش", "tugrul-turkes", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

TEST(Cabinets2015KbTest, CountriesAndAffiliationsNameKnownRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const auto records = test::RecordsFrom(**kb, {"people_cabinets_2015.tsv"});
  for (const KbEntity* e : records) {
    EXPECT_EQ(e->type, EntityType::kPerson) << e->source;
    EXPECT_FALSE(e->country.empty()) << e->source;
    EXPECT_FALSE(e->description.empty()) << e->source;
    test::ExpectParentsKnown(**kb, *e);
  }
  EXPECT_GT(records.size(), 100u);
}

class Cabinets2015SentencesTest : public ner::test::ShippedDataTest {};

TEST_F(Cabinets2015SentencesTest, MinistersNamedInNewsLink) {
  const ner::test::LinkCase cases[] = {
      // "The Iranian oil minister Bijan Zanganeh said that production would
      // rise after the sanctions are lifted."
      {"وقال وزير النفط الإيراني بيجن زنغنه إن الإنتاج سيرتفع بعد رفع العقوبات.", "بيجن زنغنه",
       "bijan-zanganeh"},
      // "The Egyptian planning minister Ashraf el-Araby announced the growth
      // figures."
      {"وأعلن وزير التخطيط المصري أشرف العربي أرقام النمو.", "أشرف العربي", "ashraf-el-araby"},
      // "The Algerian energy minister Salah Khebri met his Saudi counterpart."
      {"والتقى وزير الطاقة الجزائري صالح خبري نظيره السعودي.", "صالح خبري", "salah-khebri"},
      // "The Turkish minister for European affairs Volkan Bozkir visited
      // Brussels."
      {"وزار الوزير التركي للشؤون الأوروبية فولكان بوزكير بروكسل.", "فولكان بوزكير",
       "volkan-bozkir"},
      // "The Yemeni information minister Nadia al-Sakkaf accused the Houthis
      // of shelling the city."
      {"واتهمت وزيرة الإعلام اليمنية نادية السقاف الحوثيين بقصف المدينة.", "نادية السقاف",
       "nadia-al-sakkaf"},
      // "The Jordanian awqaf minister Hayel Daoud opened the conference in
      // Amman."
      {"وافتتح وزير الأوقاف الأردني هايل داود المؤتمر في عمان.", "هايل داود", "hayel-daoud"},
  };
  ner::test::ExpectLinks(stages_, cases);
}

TEST_F(Cabinets2015SentencesTest, WordsAndPatronymicsLinkNoMinister) {
  const NoLinkCase cases[] = {
      // "A sparrow landed on the window." عصفور is a bird.
      {"وحط عصفور على النافذة.", "gaber-asfour"},
      // "The governor of Khartoum opened the new bridge." والي is a title.
      {"وافتتح والي الخرطوم الجسر الجديد.", "ghada-waly"},
      // "The Arab summit opened in Sharm el-Sheikh." العربي is "Arab".
      {"وافتتحت القمة العربية في شرم الشيخ والتقى الوفد العربي الرئيس.", "ashraf-el-araby"},
      // "Nabil bin Abdullah al-Dosari was appointed ambassador." A Saudi
      // name with its patronymic, not the Moroccan minister.
      {"وعين نبيل بن عبدالله الدوسري سفيرا.", "nabil-benabdallah"},
      // "The painter Mohamed Shaker showed his works in Cairo." Not the
      // electricity minister, whose record needs his full name.
      {"وعرض الفنان محمد شاكر أعماله في القاهرة.", "mohamed-shaker-el-markabi"},
  };
  ExpectNoLinks(cases);
}

}  // namespace
}  // namespace rased
